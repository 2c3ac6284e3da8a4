"""The classify step: does the text look like a press release at all?

Each kind of evidence has a weight; a text is a press release when the weights add up to
:data:`THRESHOLD`. The evidence codes are part of the result, so a crawler can see why.
"""

from __future__ import annotations

import re

from .. import diagnostics
from ..blocks import BlockKind
from ..french.vocabulary import ANNOUNCEMENT
from .draft import Draft

__all__ = ["THRESHOLD", "WEIGHTS", "classify"]

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
    "announcement": 2.0,
    # Negative evidence: a template or a press review is not a release.
    "placeholder-text": -5.0,
    "press-review": -4.0,
}
THRESHOLD = 2.0

# Template placeholders: lorem ipsum, [INSÉRER UN NOM], <%= … %>, {{ … }}, XX/XX/XXXX.
_PLACEHOLDER = re.compile(
    r"lorem\s+ipsum|\[\s*(?:ins[ée]r|insert|nom\b|name\b|date\b)|<%=|\{\{|\bXX/XX\b",
    re.I,
)
_PRESS_REVIEW = re.compile(r"(?:synth[èe]se|revue)s?\s+de\s+presse", re.I)
# How much of the opening paragraph is searched for an announcement.
_OPENING = 600


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
    if _announces(draft):
        evidence.append("announcement")
    head = draft.document.text[:20000]
    if _PLACEHOLDER.search(head):
        evidence.append("placeholder-text")
    draft.evidence = list(dict.fromkeys(evidence))
    score = sum(WEIGHTS.get(code, 0.0) for code in draft.evidence)
    draft.is_press_release = score >= THRESHOLD
    if not draft.is_press_release:
        draft.diagnostics.append(diagnostics.make("not-a-press-release"))


def _announces(draft: Draft) -> bool:
    """The lede, else the first body paragraph, opens with an announcement in the issuer's voice."""
    opening = draft.lede.value if draft.lede is not None else None
    if opening is None:
        opening = next(
            (
                block.text
                for block in draft.blocks[draft.body_start :]
                if block.kind is BlockKind.PARAGRAPH
            ),
            "",
        )
    return ANNOUNCEMENT.search(opening[:_OPENING]) is not None
