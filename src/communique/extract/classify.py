"""The classify step: does the text look like a press release at all?

Each kind of evidence has a weight; a text is a press release when the weights add up to
:data:`THRESHOLD`. The evidence codes are part of the result, so a crawler can see why
(``docs/model.md`` lists them all).

Structure (a document type, a dateline, a contact block…) is strong evidence, found by the
earlier steps. A web page captured without its header has none: then the text's voice
decides (:mod:`communique.french.cues`). Cues that news articles share (an opening "X
annonce…", a styled name, an event's time slot) weigh 1, so that one alone never makes a
release; cues only an issuer writes ("a le plaisir de vous annoncer", journalists invited)
weigh 2. Texts that cite, explain, list or deliver releases weigh against.

The cues read at most the first :data:`SCAN_LIMIT` characters, each near its keywords only
(:class:`~communique.french.cues.Cue`), and the opening cue only the first paragraphs: the
step costs the same on a 5 MB document as on a 20 KB one, and little beside the other steps.
"""

from __future__ import annotations

import re

from .. import diagnostics
from ..blocks import BlockKind
from ..french import cues
from .draft import Draft, Role

__all__ = ["SCAN_LIMIT", "THRESHOLD", "WEIGHTS", "classify"]

#: evidence code -> weight
WEIGHTS: dict[str, float] = {
    "doc-type": 2.0,
    "dateline": 2.0,
    "contact-block": 2.0,
    "about-section": 2.0,
    "wire-format": 3.0,
    "reference": 1.0,
    "metadata-doc-type": 2.0,
    "release-date": 1.0,
    "release-marker": 2.0,
    "metadata-release-keys": 2.0,
    "metadata-title-and-date": 1.0,
    "issuer-communicates": 2.0,
    # The issuer's voice, for texts without a release's structure.
    "pleased-to-announce": 2.0,
    "press-invitation": 2.0,
    "press-conference-ahead": 1.0,
    "event-details": 1.0,
    "announcement-lead": 1.0,
    "official-name-style": 1.0,
    "administrative-today": 1.0,
    # Negative evidence: a template, a press review, a news report, a text citing, explaining
    # or listing releases, a speech.
    "placeholder-text": -5.0,
    "press-review": -4.0,
    "cites-a-release": -3.0,
    "news-reporting": -2.0,
    "about-press-releases": -4.0,
    "release-listing": -4.0,
    "speech": -4.0,
}
THRESHOLD = 2.0
#: How much of the text the pattern cues read.
SCAN_LIMIT = 20000
#: Distinct listing items (a release and its date, "Lire la suite") that make an index page.
LISTING_ITEMS = 3
#: How many blocks are searched for the first body paragraph, and how long it must be.
_LEAD_BLOCKS = 12
_LEAD_MIN_LENGTH = 80

# Template placeholders: lorem ipsum, [INSÉRER UN NOM], <%= … %>, {{ … }}, XX/XX/XXXX.
_PLACEHOLDER = re.compile(
    r"lorem\s+ipsum|\[\s*(?:ins[ée]r|insert|nom\b|name\b|date\b)|<%=|\{\{|\bXX/XX\b",
    re.I,
)
_PRESS_REVIEW = re.compile(r"(?:synth[èe]se|revue)s?\s+de\s+presse", re.I)

# Cues found anywhere in the scanned text: code -> cue.
_TEXT_CUES: tuple[tuple[str, cues.Cue], ...] = (
    ("pleased-to-announce", cues.PLEASED_TO_ANNOUNCE),
    ("press-invitation", cues.PRESS_INVITATION),
    ("press-conference-ahead", cues.PRESS_CONFERENCE_AHEAD),
    ("event-details", cues.EVENT_DETAILS),
    ("official-name-style", cues.OFFICIAL_NAME_STYLE),
    ("cites-a-release", cues.CITES_A_RELEASE),
    ("news-reporting", cues.NEWS_REPORTING),
    ("about-press-releases", cues.ABOUT_PRESS_RELEASES),
    ("speech", cues.SPEECH_MARKER),
)


def classify(draft: Draft) -> None:
    """Collect the evidence and decide."""
    evidence = draft.evidence
    if draft.doc_type is not None:
        evidence.append("doc-type" if draft.doc_type.span is not None else "metadata-doc-type")
    if draft.dateline is not None and draft.dateline.place is not None:
        evidence.append("dateline")
    elif draft.dateline is not None and draft.dateline.date is not None:
        evidence.append("release-date")
    if draft.reference is not None:
        evidence.append("reference")
    metadata = draft.document.metadata
    if metadata.release_hints:
        evidence.append("metadata-release-keys")
    if metadata.title and metadata.date:
        evidence.append("metadata-title-and-date")  # a dated post in a static-site press room
    if draft.doc_type is not None and _PRESS_REVIEW.fullmatch(draft.doc_type.value):
        evidence.append("press-review")
    head = draft.document.text[:SCAN_LIMIT]
    if _PLACEHOLDER.search(head):
        evidence.append("placeholder-text")
    lowered = head.lower()
    evidence += [code for code, cue in _TEXT_CUES if cue.search(head, lowered) is not None]
    if _administrative_today(head, lowered):
        evidence.append("administrative-today")
    if _announcement_lead(draft):
        evidence.append("announcement-lead")
    if _release_listing(head, lowered):
        evidence.append("release-listing")
    draft.evidence = list(dict.fromkeys(evidence))
    score = sum(WEIGHTS.get(code, 0.0) for code in draft.evidence)
    draft.is_press_release = score >= THRESHOLD
    if not draft.is_press_release:
        draft.diagnostics.append(diagnostics.make("not-a-press-release"))


def _administrative_today(head: str, lowered: str) -> bool:
    """Whether "ce jour" means today ("signé ce jour"), not "so far" ("à ce jour")."""
    for match in cues.ADMINISTRATIVE_TODAY.finditer(head, lowered):
        words = head[max(0, match.start() - 30) : match.start()].replace("’", "'").split()
        # The word before, after any elision: "à" in "jusqu'à ce jour".
        before = words[-1].rsplit("'", 1)[-1].strip('([«"').lower() if words else ""
        if before not in cues.NOT_ADMINISTRATIVE_TODAY:
            return True
    return False


def _announcement_lead(draft: Draft) -> bool:
    """Whether the first body paragraph opens with its subject announcing something."""
    for index, block in enumerate(draft.blocks[:_LEAD_BLOCKS]):
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) < _LEAD_MIN_LENGTH:
            continue
        if draft.roles.get(index) in (Role.METADATA, Role.FURNITURE, Role.CONTACT):
            continue
        return cues.ANNOUNCEMENT_LEAD.match(block.text) is not None
    return False


def _release_listing(head: str, lowered: str) -> bool:
    """Whether the text lists several releases (an index page, a table of contents).

    A dated item counts once however often its line is repeated (a title and its link);
    each "Lire la suite" link counts.
    """
    items: set[str | int] = set()
    for match in cues.RELEASE_LISTING_ITEM.finditer(head, lowered):
        line_start = head.rfind("\n", 0, match.start()) + 1
        if match["dated"] is None:
            items.add(line_start)
        else:
            line_end = head.find("\n", match.end())
            items.add(head[line_start : line_end if line_end >= 0 else len(head)].strip())
        if len(items) >= LISTING_ITEMS:
            return True
    return False
