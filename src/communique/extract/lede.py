"""The lede (the chapô): an emphasised paragraph under the headline, as named rules.

The rules of `LEDE_FIELD`, in order:

``metadata``
    a front-matter ``summary``/``chapo``, a page's description marked as the lede;
``after-front-matter``
    under a front-matter title (not in the text), the first block after the front matter
    (a document-type line, an embargo line, a dateline alone, a logo or the issuer's name
    aside), when it is an emphasised paragraph;
``teaser``
    the first paragraph under the title, when the metadata's description repeats it or an
    excerpt break (``<!--more-->``) closes it: the post's teaser;
``body-opening``
    the first body block after the headline, when it is an emphasised paragraph (or, in
    text, sentences in capitals: the emphasis PDF text keeps);
``subheading``
    the block right after the headline, when it is a heading that reads as prose (a chapô a
    page generator set as a heading);
``quote-opening``
    the first body block after the headline, when it is a block quotation that is not a
    quotation (no quotation mark opens it): the chapô a converter or a theme set as
    ``<blockquote>``/``>``;
``header-paragraph``
    a header block after the headline, when it is an emphasised paragraph.

The weights (`communique.french.weights.LEDE_EVIDENCE`) put them in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..blocks import Block, BlockKind, Line, collapse
from ..french.dates import PUBLICATION_LABEL, portal_stamp
from ..french.embargo import LABEL_RULES as EMBARGO_LABELS
from ..french.vocabulary import CONTACT_HEADING, CREDIT, DISTRIBUTION_LEGEND
from ..french.weights import LEDE_EVIDENCE
from ..models import Span
from ..steps import Rules
from .choice import FieldCandidate, FieldRules, HeaderRule, HeaderScan
from .dateline import match_dateline
from .draft import Draft, Field
from .text import is_caps

__all__ = ["LEDE_FIELD", "LEDE_RULES", "lines_span"]

# A chapô is at least this long: a shorter emphasised line is a subtitle or a label.
_LEDE_LENGTH = 60


def lines_span(lines: Sequence[Line]) -> Span:
    """Where a run of lines is written, from the first one's text to the last one's."""
    first, last = lines[0], lines[-1]
    return (first.locate(0, len(first.text))[0], last.locate(0, len(last.text))[1])


def _lede_like(block: Block) -> bool:
    return block.kind is BlockKind.PARAGRAPH and block.emphasis is not None and _chapo_text(block)


def _chapo_text(block: Block) -> bool:
    """Long enough for a chapô, and neither a contact, a distribution legend nor a picture's
    caption or credit ("*Photo : la nouvelle salle de lecture …*")."""
    return (
        len(block.text) >= _LEDE_LENGTH
        and not CONTACT_HEADING.match(block.text)
        and not DISTRIBUTION_LEGEND.match(block.text)  # "NE PAS DISTRIBUER AUX ÉTATS-UNIS…"
        and not CREDIT.match(block.text)
        and not PUBLICATION_LABEL.match(block.text)  # a page's stamp: "Publié par … le …"
        and not portal_stamp(block.text)
    )


def _set_in_capitals(text: str) -> bool:
    """A paragraph of sentences in capitals: the chapô's emphasis as PDF text keeps it (its
    style was capitals); a title in capitals has no full stop."""
    return (
        text.rstrip().endswith((".", "!", "…"))
        and len(text.split()) > _CAPITALS_WORDS
        and is_caps(text)
        # (a notice under its label, "AVIS À LA POPULATION : …", or a legal legend about the
        # release, "CE COMMUNIQUÉ NE CONSTITUE PAS UNE OFFRE …", is no chapô)
        and _LABELLED_NOTE.match(text) is None
        and "communiqu" not in text.casefold()
    )


# More words than a title or a label in capitals holds.
_CAPITALS_WORDS = 15


def _lede(block: Block, code: str, index: int | None) -> FieldCandidate:
    return FieldCandidate(Field(block.text, lines_span(block.lines)), (code,), index)


def _headline_end(draft: Draft) -> int:
    """Where the headline ends in the text; -1 when it is not written there."""
    return draft.headline.span[1] if draft.headline and draft.headline.span else -1


def _from_metadata(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    metadata = draft.document.metadata
    if metadata.lede and not metadata.lede_is_summary:
        yield FieldCandidate(Field(metadata.lede, None), ("metadata",))


def _from_metadata_summary(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A front matter's ``summary``: a listing's teaser, the chapô when the text sets none in
    emphasis under its title."""
    metadata = draft.document.metadata
    if metadata.lede and metadata.lede_is_summary:
        yield FieldCandidate(Field(metadata.lede, None), ("metadata-summary",))


def _from_after_front_matter(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A front-matter title's lede: the first block after the front matter (a document-type
    line and the text's own first-level title aside), when it is an emphasised paragraph
    (under a section heading, it opens that section)."""
    front_matter = draft.document.metadata.span
    if _headline_end(draft) >= 0 or draft.headline is None or front_matter is None:
        return
    doc_type_at = draft.doc_type.span[0] if draft.doc_type and draft.doc_type.span else -1
    for index, block in enumerate(draft.blocks):
        if block.span[0] < front_matter[1] or block.kind is BlockKind.METADATA:
            continue
        own_title = block.kind is BlockKind.HEADING and block.level == 1
        if block.span[0] <= doc_type_at < block.span[1] or own_title:
            continue  # the type line; the text's own title, which the front matter's outranks
        if _marker(block):
            continue  # an embargo line, a dateline alone: the chapô may follow them
        if not block.text.strip() or _letterhead(draft, block):
            continue  # a logo; the issuer's name over the text
        if _lede_like(block):
            claimed = index if index >= draft.body_start else None
            yield _lede(block, "after-front-matter", claimed)
        return


def _from_teaser(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """The paragraph a site shows as the post's teaser, when it opens the text under the
    title: the one the metadata's description repeats word for word (a front matter's
    ``description`` or ``excerpt``, written once for listings and search engines), or the
    one an excerpt break closes (``<!--more-->``, WordPress's, Jekyll's and Hugo's)."""
    if draft.headline is None:
        return
    after = _headline_end(draft)
    if after < 0:
        front_matter = draft.document.metadata.span
        after = front_matter[1] if front_matter is not None else 0
    blocks = draft.blocks
    for index, block in enumerate(blocks):
        if block.span[0] < after or block.kind is not BlockKind.PARAGRAPH or _marker(block):
            continue
        if (
            _chapo_text(block)
            # (a paragraph the dateline opens is the body's lead, and a text of one
            # paragraph has no chapô apart from it)
            and match_dateline(block.lines[0].text, None) is None
            and any(other.kind is BlockKind.PARAGRAPH for other in blocks[index + 1 :])
            and (
                _repeats_the_description(draft, block) or _closed_by_an_excerpt_break(draft, block)
            )
        ):
            yield _lede(block, "teaser", index if index >= draft.body_start else None)
        return


def _repeats_the_description(draft: Draft, block: Block) -> bool:
    """Whether the metadata's description is the paragraph word for word, or its beginning
    cut short with an ellipsis (a listing's teaser): a description of other words, or an
    abridged paragraph, is no sign that the paragraph stands apart."""
    description = draft.document.metadata.description
    if not description:
        return False
    written, paragraph = collapse(description), collapse(block.text)
    if written.endswith(("…", "...")):
        cut = written.rstrip(".… ")
        return len(cut) >= _DESCRIPTION_PROBE_MIN and paragraph.startswith(cut)
    return written.rstrip(".!… ") == paragraph.rstrip(".!… ")


# A description cut short holds enough of the paragraph to be its sentence, not a label.
_DESCRIPTION_PROBE_MIN = 30


def _closed_by_an_excerpt_break(draft: Draft, block: Block) -> bool:
    text = draft.document.text
    end = block.span[1]
    return (
        _EXCERPT_BREAK.match(text, end, end + _EXCERPT_BREAK_REACH) is not None
        or _EXCERPT_BREAK_CLOSING.search(text[max(0, end - _EXCERPT_BREAK_REACH) : end]) is not None
    )


# "<!--more-->" (or "<!-- more -->") on the lines right after the paragraph, its closing
# markup ("**", "</p>") between them, or closing the paragraph's own last line.
_EXCERPT_BREAK = re.compile(r"[*_]{0,3}(?:</p>)?\s*<!--\s*more\s*-->", re.I)
_EXCERPT_BREAK_CLOSING = re.compile(r"<!--\s*more\s*-->\s*\Z", re.I)
_EXCERPT_BREAK_REACH = 40


def _letterhead(draft: Draft, block: Block) -> bool:
    """A one-line block that names an issuer of the release (its letterhead)."""
    return len(block.lines) == 1 and any(
        issuer.span is not None and block.span[0] <= issuer.span[0] < block.span[1]
        for issuer in draft.issuers
    )


def _marker(block: Block) -> bool:
    """A one-line block that marks the release, not its text: an embargo line or a dateline
    alone (``EMBARGO : jusqu'au 24 novembre, 6 h``, ``Quimper, le 23 novembre 2026``)."""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].text
    if any(pattern.match(text) for _code, pattern, _names, _words in EMBARGO_LABELS):
        return True
    dated = match_dateline(text, None)
    return dated is not None and not dated.glued


def _from_body_opening(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    headline_end = _headline_end(draft)
    if headline_end < 0 or draft.body_start >= len(draft.blocks):
        return
    block = draft.blocks[draft.body_start]
    if (
        block.span[0] >= headline_end
        and (_lede_like(block) or _capitals_chapo(draft, draft.body_start))
        and not _holds_the_dateline(draft, block)
    ):
        yield _lede(block, "body-opening", draft.body_start)


def _from_before_dateline(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A chapô in plain text between the headline and the paragraph the dateline opens
    (``Pour la première fois …`` / ``Nancy, le 28 avril 2026 – L'Office publie …``): the body
    starts at the dateline, what stands above it summarises (a PDF's bold lost in text)."""
    headline_end = _headline_end(draft)
    start = draft.body_start
    if headline_end < 0 or start + 1 >= len(draft.blocks):
        return
    block, following = draft.blocks[start], draft.blocks[start + 1]
    if not (
        block.kind is BlockKind.PARAGRAPH
        and following.kind is BlockKind.PARAGRAPH
        and block.span[0] >= headline_end
        and block.text.rstrip().endswith((".", "!", "…"))
        and _chapo_text(block)
        and not block.text.startswith(_QUOTATION_MARKS)
        and match_dateline(block.lines[0].text, None) is None
        # (a note about the release, "Merci de trouver ci-dessous le communiqué …",
        # "Information sous embargo : …", is no summary of it)
        and _LABELLED_NOTE.match(block.text) is None
        and _ABOUT_THE_RELEASE.search(block.text) is None
    ):
        return
    line = following.lines[0].text
    opened = match_dateline(line, draft.options.reference_date)
    if (
        opened is not None
        and opened.date is not None
        and opened.glued
        and opened.place is not None
        # a place set apart by its comma or its department ("Nancy, le …", "Lyon (Rhône),
        # …"), not a sentence's participle ("Lancé le 20 mars 2025 avec …")
        and line[opened.place[1] : opened.place[1] + 2].startswith((",", " ("))
    ):
        yield _lede(block, "before-dateline", start)


def _capitals_chapo(draft: Draft, index: int) -> bool:
    """Whether block ``index`` is a paragraph of sentences in capitals standing apart from the
    text under it, in mixed case (a release written all in capitals has no chapô in
    capitals), under a title in mixed case."""
    blocks = draft.blocks
    block = blocks[index]
    if not (
        block.kind is BlockKind.PARAGRAPH and _set_in_capitals(block.text) and _chapo_text(block)
    ):
        return False
    later = (blocks[at] for at in range(index + 1, len(blocks)))  # (no copy of the tail)
    after = next((b for b in later if b.kind is BlockKind.PARAGRAPH and b.text), None)
    headline = draft.headline.value if draft.headline else ""
    return after is not None and not is_caps(after.text) and not is_caps(headline)


def _holds_the_dateline(draft: Draft, block: Block) -> bool:
    """Whether the block opens with a dateline, a type before it or not ("*Communiqué commun —
    Lyon, le 26 novembre 2026, à la veille de …*"): a header line set in italics, no chapô."""
    if len(block.lines) != 1:
        return False
    text = block.lines[0].text
    found = match_dateline(text, draft.options.reference_date)
    if found is None or found.date is None:
        return False
    # (a dateline glued to the chapô's sentence, "Lyon, le 26 novembre 2026 – La Métropole
    # lance …", keeps the block a chapô: only a short circumstance may follow the date)
    rest = text[found.end :].strip(" \t,–—-*_")
    return len(rest) < _CIRCUMSTANCE_LENGTH and not rest.endswith(".")


# What may follow a dateline on a header line set apart: "…, à la veille de la collecte".
_CIRCUMSTANCE_LENGTH = 60


def _from_subheading(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A chapô set as a heading under the headline (a page generator's ``<h3>``): the block
    right after the headline is a heading that reads as prose, a long sentence at least."""
    headline_end = _headline_end(draft)
    if headline_end < 0:
        return
    for index, block in enumerate(draft.blocks[: draft.body_start + 1]):
        if block.span[0] < headline_end:
            continue
        if block.kind is BlockKind.HEADING and _reads_as_prose(block.text):
            yield _lede(block, "subheading", index if index >= draft.body_start else None)
        return


def _from_quote_opening(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A chapô set as a block quotation right under the headline (``> Pour réduire …``): a
    paragraph of prose that no quotation mark opens; a quotation (``> « Nous … »``) is not."""
    headline_end = _headline_end(draft)
    if headline_end < 0 or draft.body_start >= len(draft.blocks):
        return
    block = draft.blocks[draft.body_start]
    if (
        block.kind is BlockKind.QUOTE
        and block.span[0] >= headline_end
        and not block.text.startswith(_QUOTATION_MARKS)
        and block.text.rstrip().endswith((".", "!", "?", "…"))
        # (a contact, an embargo, a legend or a labelled note set as a quotation is none)
        and _chapo_text(block)
        and not _marker(block)
        and _LABELLED_NOTE.match(block.text) is None
        and "@" not in block.text
    ):
        yield _lede(block, "quote-opening", draft.body_start)


# What opens a quotation (or a call-out, "[!NOTE]", or a cut in one, "[…]"): a block
# quotation opening with one is a quotation, not a chapô.
_QUOTATION_MARKS = ("«", '"', "“", "‘", "'", "‹", "„", "—", "–", "-", "[", "(", "…")
# What a note about the release says of it: "le communiqué ci-dessous", "sous embargo",
# "annule et remplace", "merci de ne pas diffuser".
_ABOUT_THE_RELEASE = re.compile(
    r"\b(?:communiqu[ée]|ci-dessous|embargo|annule\s+et\s+remplace|diffus(?:er|ion))", re.I
)
# A note's label before a colon: "Correctif :", "Note aux rédactions :", "Embargo :".
_LABELLED_NOTE = re.compile(r"[^\W\d][\w'’ ]{0,30}?\s?:")


def _from_bold_opening(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A chapô set in bold at the head of the first paragraph, after its dateline: the wires'
    layout (``Grenoble, 3 avr. 2024 (GLOBE NEWSWIRE) -- **Orvalis annonce…**``), read in the
    Markdown source where the bold still shows. Only a whole sentence or more, in plain words
    (no link or markup inside)."""
    if draft.body_start >= len(draft.blocks):
        return
    block = draft.blocks[draft.body_start]
    if block.kind is not BlockKind.PARAGRAPH or not block.lines:
        return
    text = draft.document.text
    end = min(block.span[1], block.span[0] + _BOLD_OPENING_REACH)
    bold = _BOLD_RUN.search(text, block.span[0], end)
    if bold is not None and match_dateline(bold.group("inner"), None) is not None:
        # "**Villeurbanne, le 2 juin 2026** — **Menus, provenance…**": the dateline in bold of
        # its own, then the chapô in bold
        dash = _DASH_GAP.match(text, bold.end(), end)
        bold = _BOLD_RUN.match(text, dash.end(), end) if dash is not None else None
    if bold is None:
        return
    ended = _SENTENCE_END.search(text, block.span[0], bold.start() + _LOOKAHEAD)
    if ended is not None and ended.start() < bold.start():
        return  # a bold run after the paragraph's first sentence: an emphasis, not a chapô
    inner = bold.group("inner")
    if len(inner) < _LEDE_LENGTH or not inner.rstrip().endswith((".", "!", "?", "»")):
        return
    if DISTRIBUTION_LEGEND.match(inner) or match_dateline(inner, None) is not None:
        return  # a legend or a dateline set in bold, not a chapô
    value = " ".join(inner.split())
    yield FieldCandidate(Field(value, bold.span("inner")), ("bold-opening",), None)


# A bold run in Markdown source (``**…**`` or ``__…__``), on one paragraph (its lines may be
# wrapped), without markup.
_BOLD_RUN = re.compile(r"(\*\*|__)(?=\S)(?P<inner>(?:[^*_\[\]<>`\n]|\n(?!\n)){1,1500}?\S)\1")
# The dash between a bold dateline and the bold chapô after it.
_DASH_GAP = re.compile(r"[ \t]{0,3}(?:[–—]|-{1,2})[ \t]{0,3}")
# A sentence's end before the bold run: the bold would then not open the paragraph.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[*_«\"“(]{0,3}[A-ZÀ-Ý])")
# What the sentence-end test may read past the bold run's start: its markers and a capital.
_LOOKAHEAD = 6
# How far into the first paragraph the bold chapô may start (after the dateline).
_BOLD_OPENING_REACH = 2000


def _reads_as_prose(text: str) -> bool:
    """Sentences, not a title: a full stop closing more than a subtitle's words (a question
    closing a section's heading, "Pourquoi … ?", needs a title's)."""
    end = text.rstrip()
    words = len(text.split())
    return (
        len(text) >= _LEDE_LENGTH
        and end.endswith(_SENTENCE_ENDS)
        and words > (_QUESTION_WORDS if end.endswith("?") else _PROSE_WORDS)
    )


# The marks a sentence ends with.
_SENTENCE_ENDS = (".", "!", "?", "»", "…")
# More words than a subtitle holds, ending with a full stop: prose (a deck is a phrase); a
# question needs more than a title's.
_PROSE_WORDS = 15
_QUESTION_WORDS = 25


def _from_header_paragraph(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    headline_end = _headline_end(draft)
    if headline_end < 0:
        return
    for index in scan.header_blocks:
        block = draft.blocks[index]
        # (a letterhead set in bold, "RÉPUBLIQUE DU CAMEROUN / Paix – Travail – Patrie /
        # MINISTÈRE …", is emphasised too, its lines short: a chapô is prose)
        if block.span[0] >= headline_end and _lede_like(block) and _holds_prose(block):
            yield _lede(block, "header-paragraph", None)
            return


def _holds_prose(block: Block) -> bool:
    """Whether ``block`` reads as prose: it ends a sentence, however its lines are wrapped,
    or a line of it runs to a sentence's length (`_PROSE_LINE_WORDS` words)."""
    return block.text.rstrip().endswith(_SENTENCE_ENDS) or any(
        len(line.text.split()) >= _PROSE_LINE_WORDS for line in block.lines
    )


_PROSE_LINE_WORDS = 8


#: The rules that collect lede candidates, by name, in order.
LEDE_RULES: Rules[HeaderRule] = Rules(
    (
        ("metadata", _from_metadata),
        ("metadata-summary", _from_metadata_summary),
        ("after-front-matter", _from_after_front_matter),
        ("teaser", _from_teaser),
        ("body-opening", _from_body_opening),
        ("before-dateline", _from_before_dateline),
        ("subheading", _from_subheading),
        ("quote-opening", _from_quote_opening),
        ("bold-opening", _from_bold_opening),
        ("header-paragraph", _from_header_paragraph),
    )
)

#: The lede's rules and weights.
LEDE_FIELD = FieldRules("lede", LEDE_RULES, LEDE_EVIDENCE)
