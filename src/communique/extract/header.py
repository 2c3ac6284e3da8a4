"""The header steps: where the body starts, then document type, reference, websites,
headline, lede and issuers.

The header is the run of blocks before the first body paragraph (a long paragraph in
ordinary type). Its lines are classified one by one: portal chrome, document type,
dateline, reference, website; what remains are candidates. The headline is the best-scored
candidate (a heading, a bold line, a line after the document type and dateline); candidates
above it are issuers (organisation lines, or a person's name line with the office below it).
"""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Sequence

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Emphasis, Line
from ..french.announcer import LOGO_TEXT, WIRE_SIGN
from ..french.dates import DATE, MONTH_YEAR
from ..french.phones import PHONE
from ..french.vocabulary import (
    ADDRESS,
    CONTACT_HEADING,
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    EMAIL,
    FURNITURE,
    ISSUER_WORDS,
    OFFICE,
    PORTAL_FIELD,
    REFERENCE,
    RELEASE_MARKER,
    SERVICE_LINE,
    STATE_HEADING,
    STATE_MOTTOS,
    TICKER,
    WEBSITE,
    is_about_heading,
)
from ..french.weights import HEADLINE_EVIDENCE
from ..models import Candidate, Explanation, Issuer, Span
from .dateline import TITLE_PAGE_BLOCKS, match_dateline
from .draft import Draft, Field, Role
from .text import folded, is_caps, is_person_name, strip_decoration, word_count

__all__ = ["HEADLINE_RULES", "find_body", "header"]

# A body paragraph: longer than this, in ordinary type.
_BODY_LENGTH = 200
# The header never runs longer than this many blocks.
_MAX_HEADER_BLOCKS = 25
_TITLE_WORDS_LIMIT = 40


def find_body(draft: Draft) -> None:
    """Claim front matter and find the first body block (``draft.body_start``)."""
    blocks = draft.blocks
    start = 0
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.METADATA:
            draft.roles[index] = Role.METADATA
            start = index + 1
    end = min(len(blocks), start + _MAX_HEADER_BLOCKS)
    for index in range(start, end):
        if _is_body(blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None):
            draft.body_start = index
            return
    draft.body_start = start + _short_header(blocks[start:end])


def _is_body(block: Block, following: Block | None) -> bool:
    if block.kind in (BlockKind.HEADING, BlockKind.METADATA, BlockKind.RULE):
        return False
    first = block.lines[0].text if block.lines else ""
    if is_about_heading(first):
        return True
    if CONTACT_HEADING.match(first):
        # A contact block, not a "Service de presse" letterhead: it gives a way to reach someone.
        near = [line.text for b in (block, following) if b is not None for line in b.lines]
        return any(EMAIL.search(text) or PHONE.search(text) for text in near)
    glued = match_dateline(first, None, need_place=True)
    if glued is not None and glued.glued and glued.date is not None:
        return True  # "Québec, le 7 avril 2021 – Le député…": the body starts here
    text = block.text
    if block.emphasis is not None:
        return False
    if len(text) >= _SENTENCE_LENGTH and text.endswith((".", "!", "?")) and word_count(text) >= 15:
        return True  # a full sentence: headlines do not end with a full stop
    return len(text) > _BODY_LENGTH and _PROSE.search(text) is not None


# A complete sentence at least this long starts the body.
_SENTENCE_LENGTH = 100


# "LA PRÉFECTURE COMMUNIQUE": the issuer announcing itself.
_COMMUNIQUE_SUFFIX = re.compile(r"(?<!\s)\s+communique\s*:?\s*$", re.I)  # linear under sub
# An e-mail subject line kept in the text: its value is the headline.
_SUBJECT = re.compile(r"\s*(?:subject|objet|sujet)\s*:\s*(?=\S)", re.I)
# Two sentences in one line: prose, not a title.
_SENTENCES = re.compile(r"\w[.!?]\s+[A-ZÀ-Ý]")
# Prose: a sentence end followed by more text, or a final full stop.
_PROSE = re.compile(r"[.!?»…]\s+\S|[.!?»…]\s*$")


def _short_header(blocks: tuple[Block, ...]) -> int:
    """No long paragraph near the top: the header is what precedes the first sentence-like block."""
    for index, block in enumerate(blocks):
        if (
            block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and index > 0
            and (block.text.endswith((".", "!", "?", "»")) and word_count(block.text) > 12)
        ):
            return index
    return len(blocks)


@attrs.frozen
class _Candidate:
    """A header line with no other role: a headline, an issuer or a lede."""

    block: int
    line: Line
    evidence: tuple[str, ...]

    @property
    def score(self) -> float:
        return _score(self.evidence)


def header(draft: Draft) -> None:
    """Document type, reference, websites, headline, lede and issuers."""
    candidates: list[_Candidate] = []
    after_marker = False  # a document type or dateline was seen: the headline usually follows
    previous: Line | None = None  # the line classified last
    doc_type_line: Line | None = None  # the line that just gave the document type
    reference_date = draft.options.reference_date
    for index in range(draft.body_start):
        if draft.roles.get(index) is Role.METADATA:
            continue
        block = draft.blocks[index]
        draft.roles[index] = Role.HEADER
        if block.kind is BlockKind.RULE:
            continue
        prose_seen = False
        for line in block.lines:
            text = line.text
            if doc_type_line is not None and _doc_type_continued(draft, doc_type_line, line):
                doc_type_line = None
                continue
            stamped = _after_timestamp(line)
            if stamped is not None:  # the dateline step reads the date; the title follows it
                line, text, after_marker = stamped, stamped.text, True
            before = draft.doc_type
            if _doc_type(draft, line):
                after_marker = True
                doc_type_line = line if draft.doc_type is not before else None
                previous = line  # a title above the type is not "directly above its date"
                continue
            doc_type_line = None
            dated = match_dateline(text, reference_date)
            if dated is not None:
                after_marker = True
                _reference(draft, line)
                _doc_type_after_date(draft, line, dated.end)
                if candidates and candidates[-1].line is previous:
                    # A title directly above its date ("Titre" / "Publié le …") is the headline.
                    above = candidates[-1]
                    candidates[-1] = attrs.evolve(
                        above, evidence=(*above.evidence, "above-its-date")
                    )
                previous = line
                continue
            previous = line
            if RELEASE_MARKER.match(text) and len(text) <= 120:
                draft.evidence.append("release-marker")
                continue
            if _portal_field(draft, line):
                continue
            if _reference(draft, line) or _website(draft, line) or _furniture(text):
                continue
            unpacked = _unpacked_title(draft, line)
            if unpacked is not None:
                line, text = unpacked, unpacked.text
            subject = _SUBJECT.match(text)
            if subject is not None:
                line = Line(
                    text[subject.end() :], line.locate(subject.end(), len(text)), source=line.source
                )
                evidence = (*_evidence(block, line, after_marker), "subject-line")
                candidates.append(_Candidate(index, line, evidence))
                continue
            evidence = _evidence(block, line, after_marker)
            if prose_seen:  # a line inside running text, below a full sentence of its block
                evidence = (*evidence, "inside-running-text")
            prose_seen = prose_seen or _is_prose(text)
            candidates.append(_Candidate(index, line, evidence))
    candidates = _repeated_titles(candidates)
    metadata = draft.document.metadata
    headline_block = _choose_headline(draft, candidates)
    _doc_type_in_headline(draft)  # "[Communiqué] …" in the title before the site's categories
    if metadata.doc_type and draft.doc_type is None:
        draft.doc_type = Field(metadata.doc_type, None)
    _doc_type_on_title_page(draft)
    cover = draft.headline
    headline_block = _past_cover_title(draft, headline_block)
    _explain_cover_title(draft, cover)
    _choose_lede(draft, candidates)
    draft.header_end = draft.body_start
    if headline_block is not None:
        _return_to_body(draft, candidates, headline_block)
    for name, found, stated in (
        ("doc_type", draft.doc_type, metadata.doc_type),
        ("lede", draft.lede, metadata.lede),
        ("reference", draft.reference, None),
    ):
        draft.explanations.append(_text_or_metadata(name, found, stated))


def _text_or_metadata(field: str, found: Field | None, stated: str | None) -> Explanation:
    """Where a field chosen by rule order came from: the text (with its span) or the
    metadata; the other one, when it says something else, is the rejected candidate."""
    chosen = None
    if found is not None:
        source = "metadata" if found.span is None else "text"
        chosen = Candidate(found.value, source, ("rule-order",), 1.0, found.span)
    rejected = None
    if (
        stated
        and (chosen is None or chosen.source == "text")
        and folded(stated) != folded(found.value if found else "")
    ):
        rejected = Candidate(stated, "metadata", ("rule-order",), 0.0, None)
    return Explanation(field, chosen, rejected, (chosen is not None) + (rejected is not None))


# A headline states news: fewer words than this make a label.
_NEWS_WORDS = 4


def _past_cover_title(draft: Draft, headline_block: int | None) -> int | None:
    """A press kit's cover title names the document ("Dossier de presse PostgreSQL 9.4"); the
    release's own headline is then the heading right above its dated first paragraph."""
    headline, doc_type = draft.headline, draft.doc_type
    if headline_block is None or headline is None or headline.span is None:
        return headline_block
    if doc_type is None or doc_type.span is None:
        return headline_block
    if not headline.span[0] <= doc_type.span[0] < headline.span[1]:
        return headline_block  # the title does not name the document type
    blocks = draft.blocks
    for index in range(headline_block + 1, min(len(blocks) - 1, TITLE_PAGE_BLOCKS)):
        block, following = blocks[index], blocks[index + 1]
        if block.kind is not BlockKind.HEADING or following.kind is not BlockKind.PARAGRAPH:
            continue
        if word_count(block.text) < _NEWS_WORDS:
            continue  # "Texte original", "Publication originale": a section label, not news
        opening = match_dateline(following.lines[0].text, draft.options.reference_date)
        if opening is None or opening.date is None:
            continue
        draft.headline = Field(block.text, _lines_span(block.lines))
        _claim_for_header(draft, draft.body_start, index)
        return index
    return headline_block


def _return_to_body(draft: Draft, candidates: list[_Candidate], headline_block: int) -> None:
    """Short paragraphs after the headline (and lede) are body text, not header."""
    lede_span = draft.lede.span if draft.lede is not None else None
    for candidate in candidates:
        index = candidate.block
        if index <= headline_block or index >= draft.body_start:
            continue
        block = draft.blocks[index]
        if lede_span is not None and block.span[0] <= lede_span[0] < block.span[1]:
            continue
        for later in range(index, draft.body_start):
            if draft.roles.get(later) is Role.HEADER:
                del draft.roles[later]
        draft.body_start = index
        return


# A document type opening (after a "[TAG]") or closing a title: "PostgreSQL 9.0 Press Kit".
_DOC_TYPE_IN_TITLE = re.compile(
    rf"(?<!\s)\s*(?:\[\s*(?P<tagged>{DOC_TYPE.pattern})\s*\]"
    rf"|(?:\[[^\]]{{1,30}}\]\s*)?(?P<opening>{DOC_TYPE.pattern})(?!\w))"
    rf"|(?<!\w)(?P<closing>{DOC_TYPE.pattern})\s*$",
    re.I,
)


def _doc_type_on_title_page(draft: Draft) -> None:
    """A document type further down a title page: a "Dossier de presse" line, or a heading
    that names it ("PostgreSQL 8.2 Press Kit")."""
    if draft.doc_type is not None:
        return
    for index, block in enumerate(draft.blocks[:TITLE_PAGE_BLOCKS]):
        if index < draft.body_start and block.kind is not BlockKind.HEADING:
            continue  # header lines were read by the header loop
        for line in block.lines[:1]:
            bare = strip_decoration(line.text)
            if len(bare) <= 40 and DOC_TYPE.fullmatch(bare):
                start = line.text.find(bare)
                draft.doc_type = draft.field(line, start, start + len(bare))
                return
            found = _doc_type_in_title(line.text) if block.kind is BlockKind.HEADING else None
            if found is not None:
                draft.doc_type = draft.field(line, *found)
                return


def _doc_type_in_headline(draft: Draft) -> None:
    """The headline names the document type when no header line did."""
    if draft.doc_type is not None or draft.headline is None:
        return
    headline = draft.headline.value
    found = _doc_type_in_title(headline)
    if found is None:
        return
    start, end = found
    span = draft.headline.span
    if span is not None and draft.document.text[span[0] : span[1]] == headline:
        span = (span[0] + start, span[0] + end)
    else:
        span = None
    draft.doc_type = Field(headline[start:end], span)


_DOC_TYPE_CLOSING = re.compile(rf"(?<!\w)(?P<type>{DOC_TYPE.pattern})\s*$", re.I)


def _doc_type_in_title(title: str) -> tuple[int, int] | None:
    """Where a title opens (after an optional ``[TAG]``) or closes with the document type.

    Only a type ending the title counts further in ("PostgreSQL 9.0 Press Kit"): a title
    that mentions a release in its second half ("… conteste le communiqué publié hier") is a
    news report's.
    """
    match = _DOC_TYPE_IN_TITLE.match(title)
    if match is not None:
        for group in ("tagged", "opening", "closing"):
            if match.group(group):
                return match.span(group)
    closing = _DOC_TYPE_CLOSING.search(title, len(title) // 2)
    return closing.span("type") if closing is not None else None


def _doc_type(draft: Draft, line: Line) -> bool:
    """Record a document-type line (or a ``Communiqué de presse : …`` prefix)."""
    bare = _bare_label(line.text)
    if DOC_TYPE.fullmatch(bare):
        start = line.text.find(bare)
        if draft.doc_type is None:
            draft.doc_type = draft.field(line, start, start + len(bare))
        elif draft.doc_type.value.lower() == bare.lower():
            draft.diagnostics.append(
                diagnostics.make("duplicate-doc-type", span=line.locate(0, len(line.text)))
            )
        return True
    numbered = _NUMBERED_DOC_TYPE.fullmatch(bare)
    if numbered is not None:  # "COMMUNIQUÉ DE PRESSE N° 12/2024": a type and its number
        start = line.text.find(bare)
        if draft.doc_type is None:
            draft.doc_type = draft.field(line, start + numbered.start(1), start + numbered.end(1))
        if draft.reference is None:
            draft.reference = draft.field(line, start + numbered.start(2), start + numbered.end(2))
        return True
    prefix = DOC_TYPE_PREFIX.match(line.text) or _DOC_TYPE_TITLE.match(line.text)
    if prefix is not None and draft.doc_type is None:
        draft.doc_type = draft.field(line, prefix.start(1), prefix.end(1))
    if prefix is not None and RELEASE_MARKER.fullmatch(strip_decoration(line.text[prefix.end() :])):
        draft.evidence.append("release-marker")
        return True  # "Communiqué de presse – Information réglementée": a label, no title
    if draft.doc_type is None and " | " in line.text:
        # A portal's strip of fields: "09/01/2025 | Press release | Distributed by …".
        offset = 0
        for part in line.text.split(" | "):
            label = part.strip()
            if DOC_TYPE.fullmatch(label):
                start = line.text.find(label, offset)
                draft.doc_type = draft.field(line, start, start + len(label))
                break
            offset += len(part) + 3
    return False


def _doc_type_after_date(draft: Draft, line: Line, date_end: int) -> None:
    """A document type after the date on a dateline: "12 MARS 2024 – COMMUNIQUÉ DE PRESSE"."""
    rest = line.text[date_end:]
    bare = strip_decoration(rest)
    if draft.doc_type is None and bare and DOC_TYPE.fullmatch(bare):
        start = line.text.find(bare, date_end)
        draft.doc_type = draft.field(line, start, start + len(bare))


def _bare_label(text: str) -> str:
    """A label without decoration or brackets: "(Communiqué)" -> "Communiqué"."""
    bare = strip_decoration(text)
    if len(bare) > 2 and bare[0] + bare[-1] in ("()", "[]"):
        return strip_decoration(bare[1:-1])
    return bare


def _doc_type_continued(draft: Draft, first: Line, line: Line) -> bool:
    """A document type broken over two lines ("COMMUNIQUÉ" / "DE PRESSE" on a cover page)."""
    head, tail = strip_decoration(first.text), strip_decoration(line.text)
    if not tail or len(tail) > 30 or not DOC_TYPE.fullmatch(f"{head} {tail}"):
        return False
    start = first.text.find(head)
    tail_start = line.text.find(tail)
    span = (
        first.locate(start, start + len(head))[0],
        line.locate(tail_start, tail_start + len(tail))[1],
    )
    draft.doc_type = Field(f"{head} {tail}", span)
    return True


# A title opening with the document type and no separator: "Dossier de presse PostgreSQL 9.3".
# A document type and its number, the whole line: "Communiqué n° 07/2024", "COMMUNIQUÉ DE
# PRESSE – N° 46".
_NUMBERED_DOC_TYPE = re.compile(
    rf"({DOC_TYPE.pattern})\s*(?:[:|–—-]\s*)?({REFERENCE.pattern})", re.I
)
_DOC_TYPE_TITLE = re.compile(
    r"\s*((?:dossiers?|communiqu[ée]s?)\s+de\s+presse)\s+(?=[A-ZÀ-Ý0-9])(?=.{1,100}$)", re.I
)


# A title line that packs its reference (and its document type) before the title:
# "N° 46–2016 : Appel aux médias : Conférence de presse avec…".
_LEADING_REFERENCE = re.compile(rf"\s*+(?:{REFERENCE.pattern})\s*[:–—-]\s*(?=\S)", re.I)


# A portal's timestamp glued before the title: "date 2020-08 Le premier ministre…".
_TIMESTAMP_PREFIX = re.compile(
    r"\s*+(?:date|publi[ée]e?\s+le|mis\s+en\s+ligne\s+le)\s*:?\s*"
    r"(?:(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?|[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+(?=\S)",
    re.I,
)


def _after_timestamp(line: Line) -> Line | None:
    """What follows a portal's timestamp glued before a title, if the line opens with one."""
    stamp = _TIMESTAMP_PREFIX.match(line.text)
    if stamp is None or stamp.end() >= len(line.text.rstrip()):
        return None
    at = stamp.end()
    return Line(line.text[at:], line.locate(at, len(line.text)), source=line.source)


def _unpacked_title(draft: Draft, line: Line) -> Line | None:
    """The title of a line opening with its reference (recorded), without it and without a
    document type following it (recorded too); ``None`` when the line opens otherwise."""
    reference = _LEADING_REFERENCE.match(line.text)
    if reference is None:
        return None
    at = reference.end()
    prefix = DOC_TYPE_PREFIX.match(line.text, at)
    if prefix is not None:
        if draft.doc_type is None:
            draft.doc_type = draft.field(line, prefix.start(1), prefix.end(1))
        at = prefix.end()
    if at >= len(line.text.rstrip()):
        return None
    return Line(line.text[at:], line.locate(at, len(line.text)), source=line.source)


def _reference(draft: Draft, line: Line) -> bool:
    match = REFERENCE.search(line.text)
    if match is None:
        return False
    if draft.reference is None:
        draft.reference = draft.field(line, match.start(), match.end())
    return strip_decoration(line.text) == match.group()


def _portal_field(draft: Draft, line: Line) -> bool:
    """A field of a wire's or portal's header (``Catégorie : …``); ``Société : X`` names the
    issuer."""
    field = PORTAL_FIELD.fullmatch(line.text) if len(line.text) <= 160 else None
    if field is None:
        return False
    if field.group("issuer") is not None:
        name = strip_decoration(field.group("issuer"))
        start = line.text.find(name, field.start("issuer"))
        draft.issuers.append(Issuer(name, None, line.locate(start, start + len(name))))
    return True


def _website(draft: Draft, line: Line) -> bool:
    bare = strip_decoration(line.text)
    match = WEBSITE.fullmatch(bare) if len(bare) < 300 else None
    if match is None:
        return False
    start = line.text.find(bare)
    draft.websites.append(draft.field(line, start, start + len(bare)))
    return True


def _furniture(text: str) -> bool:
    """Portal chrome: a short line of links ("Accueil > Actualités", "Partager", "Imprimer
    cette page"), not a title that uses one of their words ("300 points d'accueil")."""
    if len(text) > 80:
        return False
    chrome = FURNITURE.search(text)
    if chrome is None or ": " in text:  # a title's colon: "Accueil extrascolaire : …"
        return False
    words = word_count(text)
    return words <= _CHROME_WORDS or (chrome.start() <= 2 and words <= 2 * _CHROME_WORDS)


# A line of portal chrome holds a few words; a title using one of them holds more.
_CHROME_WORDS = 3


# A date (or month and year) opening a line, then a colon or dash and the text it dates.
_DATED_OPENING = re.compile(rf"\s*(?:{DATE.pattern}|{MONTH_YEAR.pattern})\s*[:–—-]\s+\S", re.I)


def _is_prose(text: str) -> bool:
    return bool(_SENTENCES.search(text) or (text.endswith(".") and word_count(text) > 12))


@attrs.frozen
class _Line:
    """What the headline evidence reads of a header line."""

    block: Block
    line: Line
    after_marker: bool  # a document type or a dateline stands above it

    @property
    def text(self) -> str:
        return self.line.text


def _in_caps_headline(c: _Line) -> bool:
    """A headline set in capitals, as PDF releases set it: four words or more, below the
    document type or the dateline, or naming no organisation."""
    if not is_caps(c.text) or word_count(c.text) < _NEWS_WORDS:
        return False
    return c.after_marker or not (ISSUER_WORDS.search(c.text) or OFFICE.search(c.text))


#: The headline evidence: code -> predicate on a header line. Weights are
#: :data:`communique.french.weights.HEADLINE_EVIDENCE`; a line's score is their sum over the
#: codes that fire, and the best-scored line is the headline.
HEADLINE_RULES: tuple[tuple[str, Callable[[_Line], bool]], ...] = (
    ("heading", lambda c: c.block.kind is BlockKind.HEADING),
    ("top-heading", lambda c: c.block.kind is BlockKind.HEADING and c.block.level == 1),
    ("bold", lambda c: c.line.emphasis is Emphasis.STRONG),
    ("italic", lambda c: c.line.emphasis is Emphasis.EM),
    ("after-marker", lambda c: c.after_marker),
    ("title-length", lambda c: 20 <= len(c.text) <= 250),
    ("long-sentence", lambda c: len(c.text) > 150 and c.text.endswith(".")),
    ("prose", lambda c: _is_prose(c.text)),
    ("enumeration", lambda c: c.block.kind is BlockKind.LIST_ITEM or c.text.endswith((",", ";"))),
    ("lower-case-start", lambda c: c.text[:1].islower()),
    ("dated-opening", lambda c: _DATED_OPENING.match(c.text) is not None),
    ("label", lambda c: _label(c)),
    ("field-strip", lambda c: c.text.count(" | ") >= 2),
    ("names-a-doc-type", lambda c: word_count(c.text) <= 8 and _names_a_doc_type(c.text)),
    ("issuer-like", lambda c: _issuer_like(c.text) and not _in_caps_headline(c)),
    ("contact-or-about", lambda c: bool(CONTACT_HEADING.match(c.text)) or is_about_heading(c.text)),
    ("legal-mention", lambda c: _legal_mention(c.text)),
    (
        "department-or-address",
        lambda c: len(c.text) <= 120 and _department_or_address(c.text),
    ),
)


def _label(c: _Line) -> bool:
    """A line introducing what follows ("Contacts :", the last line of its block), or a
    ticker line; a title wrapped after its colon ("Résultats annuels 2023 :" / "croissance
    organique de 7,4 %") goes on in its own block."""
    if TICKER.match(c.text) is not None:
        return True
    return c.text.endswith(":") and c.line is c.block.lines[-1]


def _names_a_doc_type(text: str) -> bool:
    """A portal's label listing kinds of document ("Info, dépêche ou communiqué de presse"),
    not a title naming one ("PostgreSQL 9.0 Press Kit", "Un titre de communiqué")."""
    listed = _LISTED.search(text)
    if listed is None:
        return False  # no list at all: the (long) document-type pattern need not run
    found = DOC_TYPE.search(text, listed.start())
    return found is not None and found.group()[:1].islower()


# A list of kinds of document: "Info, dépêche ou …", "Actualités et …".
_LISTED = re.compile(r",|\s(?:ou|et)\s")


def _repeated_titles(candidates: list[_Candidate]) -> list[_Candidate]:
    """A title written twice or more in the header (the page's title above the document's,
    a portal capture's breadcrumb) is the headline more likely than any single line."""
    keys = [" ".join(c.line.text.casefold().split()) for c in candidates]
    counts = collections.Counter(
        key for key, c in zip(keys, candidates, strict=True) if key.count(" ") >= _NEWS_WORDS - 1
    )
    return [
        attrs.evolve(c, evidence=(*c.evidence, "repeated")) if counts[key] > 1 else c
        for key, c in zip(keys, candidates, strict=True)
    ]


def _department_or_address(text: str) -> bool:
    return (
        DEPARTMENT_LINE.search(text) is not None
        or ADDRESS.search(text) is not None
        or SERVICE_LINE.fullmatch(text) is not None
        or _state_frame(text)
    )


def _acronym_of(text: str, name: str) -> bool:
    """Whether ``text`` is ``name``'s acronym: its letters are the initials of the name's
    words, in order, some words (articles, prepositions) skipped."""
    letters = text.replace(".", "").strip()
    if not 2 <= len(letters) <= 12 or not letters.isalpha() or not letters.isupper():
        return False
    initials = [word[:1].upper() for word in re.split(r"[\s'’-]+", name) if word]
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return initials[:1] == [letters[0]]


def _state_frame(text: str) -> bool:
    """The State's heading or its motto on an official letterhead."""
    if len(text) > _MOTTO_LENGTH:
        return False
    if STATE_HEADING.fullmatch(text):
        return True
    return folded(text) in _MOTTOS


# No State heading or motto is longer.
_MOTTO_LENGTH = 60


_MOTTOS = frozenset(folded(motto) for motto in STATE_MOTTOS)


def _evidence(block: Block, line: Line, after_marker: bool) -> tuple[str, ...]:
    """The headline evidence codes that fire for ``line``."""
    seen = _Line(block, line, after_marker)
    return tuple(code for code, fires in HEADLINE_RULES if fires(seen))


def _score(evidence: Sequence[str]) -> float:
    """How much a line with ``evidence`` looks like the headline."""
    return sum(HEADLINE_EVIDENCE[code] for code in evidence)


# "Direction la phase IV…" is a sentence; "Direction générale des entreprises" an issuer:
# an organisation's name never puts an article right after its first word.
_ARTICLE_AFTER_FIRST_WORD = re.compile(r"\S+\s+(?:la|le|les|un|une|l['’])(?:\s|(?<=['’]))", re.I)


def _issuer_like(text: str) -> bool:
    if len(text) > 120:
        return False
    return bool(
        (ISSUER_WORDS.match(text) and not _ARTICLE_AFTER_FIRST_WORD.match(text))
        or is_person_name(text)
        or OFFICE.match(text)
        or (is_caps(text) and word_count(text) <= 6 and not text.endswith((".", "!", "?")))
    )


def _choose_headline(draft: Draft, candidates: list[_Candidate]) -> int | None:
    """Choose the headline and the issuers above it; returns the headline's block index.

    A metadata title is the headline unless it is clearly wrong (a document type, a file
    name, a placeholder); a text title that says something else is reported.
    """
    title = draft.document.metadata.title
    chosen: _Candidate | None = None
    if candidates:
        chosen = max(candidates, key=lambda c: c.score)  # first of the best
        chosen = _extend(chosen, candidates) if chosen.score > 0 else None
    wrong = _wrong_title(title) if title else None
    if title and wrong is None:
        draft.headline = Field(title, _find_title(draft, candidates, title))
        if chosen is not None and chosen.score < 3:
            chosen = None  # the metadata title is the headline; lines above are issuers
        if chosen is not None:
            _compare_titles(draft, title, _headline_field(draft, chosen, candidates))
        issuers_until = len(candidates) if chosen is None else candidates.index(chosen)
    elif chosen is not None:
        draft.headline = _headline_field(draft, chosen, candidates)
        issuers_until = candidates.index(chosen)
        if title and wrong is not None:
            message = f"the metadata title {title!r} is {wrong}; the text's headline was used"
            draft.diagnostics.append(
                diagnostics.make("metadata-overridden", message, draft.headline.span)
            )
    else:
        missing = f"no headline was found (the metadata title {title!r} is {wrong})"
        draft.diagnostics.append(diagnostics.make("missing-headline", missing if wrong else None))
        issuers_until = len(candidates)  # no headline: every header line may name an issuer
    _issuers(draft, candidates[:issuers_until])
    _explain_headline(draft, candidates, chosen)
    return chosen.block if chosen is not None else None


def _explain_cover_title(draft: Draft, cover: Field | None) -> None:
    """The cover title gave way to the release's own headline: say so in the explanation."""
    headline = draft.headline
    if headline is None or cover is None or headline is cover:
        return
    for index, explanation in enumerate(draft.explanations):
        if explanation.field == "headline":
            chosen = Candidate(
                headline.value, "past-cover-title", ("past-cover-title",), 0.0, headline.span
            )
            rejected = Candidate(
                cover.value, "cover-title", ("names-the-document",), 0.0, cover.span
            )
            draft.explanations[index] = attrs.evolve(explanation, chosen=chosen, rejected=rejected)


def _explain_headline(
    draft: Draft, candidates: list[_Candidate], chosen: _Candidate | None
) -> None:
    """Record the headline's candidate and the best line of another block that lost to it."""

    def explained(candidate: _Candidate) -> Candidate:
        return Candidate(
            candidate.line.text.strip(),
            "header-line",
            candidate.evidence,
            candidate.score,
            candidate.line.locate(0, len(candidate.line.text)),
        )

    headline = draft.headline
    best: Candidate | None = None
    if headline is not None and headline.value == draft.document.metadata.title:
        best = Candidate(headline.value, "metadata", ("metadata-title",), 0.0, headline.span)
    elif headline is not None and chosen is not None:
        best = attrs.evolve(explained(chosen), value=headline.value, span=headline.span)
    held = headline.value if headline is not None else None
    others = [
        c
        for c in candidates
        if (chosen is None or c.block != chosen.block) and c.line.text.strip() != held
    ]
    rejected = max(others, key=lambda c: c.score) if others else None
    draft.explanations.append(
        Explanation(
            "headline",
            best,
            explained(rejected) if rejected is not None else None,
            len(candidates),
        )
    )


# Titles that say nothing about the release: a file name, an editor's placeholder.
_FILE_NAME_TITLE = re.compile(r"[^\n]{1,200}\.(?:docx?|odt|rtf|pdf|html?|txt|md)", re.I)
_PLACEHOLDER_TITLE = re.compile(
    r"(?:untitled|sans\s+titre|(?:nouveau\s+)?document\s*\d*|titre|title|page|accueil|home)"
    r"(?:\s*\d+)?",
    re.I,
)


def _wrong_title(title: str) -> str | None:
    """Why a metadata title is clearly not the release's headline, if it is not."""
    bare = strip_decoration(title)
    if not bare:
        return "empty"
    if DOC_TYPE.fullmatch(bare):
        return "only a document type"
    if _FILE_NAME_TITLE.fullmatch(bare) or bare.lower().startswith("microsoft word -"):
        return "a file name"
    if _PLACEHOLDER_TITLE.fullmatch(bare):
        return "a placeholder"
    if _SECTION_TITLE.fullmatch(bare):
        return "the name of the site's section"
    return None


# A page title naming the press room's section, not the release: "Communiqués de presse
# 2024", "Actualités", "Salle de presse", "Espace médias".
_SECTION_TITLE = re.compile(
    r"(?:communiqu[ée]s(?:\s+de\s+presse)?|actualit[ée]s|salle\s+de\s+presse|espace\s+"
    r"(?:presse|m[ée]dias?)|presse|m[ée]dias|news(?:room)?|press(?:\s+releases|\s+room)?)"
    r"(?:\s+(?:19|20)\d\d)?",
    re.I,
)


def _compare_titles(draft: Draft, title: str, text: Field) -> None:
    """Report a text title that says something else than the metadata title (which was kept)."""
    meta, written = folded(title), folded(text.value)
    if not meta or not written or meta in written or written in meta:
        return
    message = f"the metadata title {title!r} was kept; the text's title reads {text.value!r}"
    draft.diagnostics.append(diagnostics.make("metadata-disagrees", message, text.span))


def _extend(chosen: _Candidate, candidates: list[_Candidate]) -> _Candidate:
    """A headline wrapped over several lines of one block starts at the block's first line."""
    for candidate in candidates:
        if candidate.block == chosen.block:
            return candidate if candidate.score >= chosen.score - 1 else chosen
    return chosen


def _headline_field(draft: Draft, chosen: _Candidate, candidates: list[_Candidate]) -> Field:
    lines = [c.line for c in candidates if c.block == chosen.block]
    lines = lines[lines.index(chosen.line) :]
    # Keep wrapped continuation lines with the same emphasis, and stop at a change.
    kept = [lines[0]]
    for line in lines[1:]:
        dangling = _DANGLING.search(kept[-1].text) is not None
        # A title in capitals wraps onto another line in capitals (PDF text): the second
        # line is not an organisation's unless it names one.
        caps_title = (
            is_caps(kept[0].text)
            and is_caps(line.text)
            and (_CONTINUATION_START.match(line.text) or not ISSUER_WORDS.search(line.text))
        )
        issuer_below = _issuer_like(line.text) and not dangling and not caps_title
        if line.emphasis is not kept[0].emphasis or issuer_below:
            break
        if kept[-1].text.endswith((".", "!", "?")):
            break  # a full stop ends a title
        kept.append(line)
    text = " ".join(line.text for line in kept)
    span = _lines_span(kept)
    return Field(strip_decoration(text) if text.startswith(("*", "#")) else text.strip(), span)


# A line opening with a word no name opens with: the rest of a wrapped title.
_CONTINUATION_START = re.compile(
    r"\s*(?:dans|de|des|du|d['’]|en|à|au|aux|pour|par|sur|avec|et|ou|contre|vers|entre|sans"
    r"|sous|chez|qui|que)(?:\s|(?<=['’]))",
    re.I,
)
# A line ending with a word no title ends with ("… PASSENT EN" / "ALERTE RENFORCÉE").
_DANGLING = re.compile(
    r"(?<!\S)(?:en|de|du|des|la|le|les|l['’]|d['’]|et|ou|à|au|aux|pour|sur|par|avec|dans|un|une"
    r"|contre|vers|entre|sans|sous|chez)\s*$",
    re.I,
)


def _find_title(draft: Draft, candidates: list[_Candidate], title: str) -> tuple[int, int] | None:
    for candidate in candidates:
        if candidate.line.text.strip() == title:
            return candidate.line.locate(0, len(candidate.line.text))
    return None


def _choose_lede(draft: Draft, candidates: list[_Candidate]) -> None:
    metadata = draft.document.metadata
    if metadata.lede:
        draft.lede = Field(metadata.lede, None)
        return
    headline_end = draft.headline.span[1] if draft.headline and draft.headline.span else -1
    if headline_end < 0 and draft.headline is not None and metadata.span is not None:
        _lede_after_front_matter(draft, metadata.span[1])
        return
    if headline_end < 0:
        return
    for index in range(draft.body_start, min(len(draft.blocks), draft.body_start + 1)):
        block = draft.blocks[index]
        if block.span[0] >= headline_end and _lede_like(block):
            _set_lede(draft, block, index)
            return
    for candidate in candidates:
        block = draft.blocks[candidate.block]
        if block.span[0] >= headline_end and _lede_like(block):
            _set_lede(draft, block, None)
            return


def _lede_after_front_matter(draft: Draft, front_matter_end: int) -> None:
    """A front-matter title's lede: the first block after the front matter (a document-type
    line aside), when it is an emphasised paragraph."""
    doc_type_at = draft.doc_type.span[0] if draft.doc_type and draft.doc_type.span else -1
    for index, block in enumerate(draft.blocks):
        if block.span[0] < front_matter_end or block.kind is BlockKind.METADATA:
            continue
        if block.span[0] <= doc_type_at < block.span[1]:
            continue
        if _lede_like(block):
            _set_lede(draft, block, index if index >= draft.body_start else None)
        return


def _lede_like(block: Block) -> bool:
    return (
        block.kind is BlockKind.PARAGRAPH
        and block.emphasis is not None
        and len(block.text) >= 60
        and not CONTACT_HEADING.match(block.text)
    )


def _set_lede(draft: Draft, block: Block, index: int | None) -> None:
    draft.lede = Field(block.text, _lines_span(block.lines))
    if index is not None:
        _claim_for_header(draft, index, index)


def _lines_span(lines: Sequence[Line]) -> Span:
    """Where a run of lines is written, from the first one's text to the last one's."""
    first, last = lines[0], lines[-1]
    return (first.locate(0, len(first.text))[0], last.locate(0, len(last.text))[1])


def _claim_for_header(draft: Draft, first: int, last: int) -> None:
    """Blocks ``first`` to ``last`` belong to the header; the body starts after them."""
    for index in range(first, last + 1):
        draft.roles[index] = Role.HEADER
    draft.body_start = max(draft.body_start, last + 1)


def _issuers(draft: Draft, candidates: list[_Candidate]) -> None:
    """Issuer lines above the headline: organisations, or a name with an office below it."""
    pending: tuple[Line, list[str], list[Line]] | None = None

    def flush() -> None:
        nonlocal pending
        if pending is not None:
            line, office, office_lines = pending
            title = strip_decoration(" ".join(office)) or None
            title_span = None
            if office_lines:
                first, last = office_lines[0], office_lines[-1]
                title_span = (first.span[0], last.span[1])
            span = line.locate(0, len(line.text))
            draft.issuers.append(Issuer(line.text.strip(), title, span, title_span))
            pending = None

    previous: _Candidate | None = None  # the candidate line read last
    for candidate in candidates:
        text = strip_decoration(candidate.line.text)
        if not text or CONTACT_HEADING.match(text) or len(text) > 200:
            continue
        above, previous = previous, candidate
        same_block = above is not None and above.block == candidate.block
        if _LEGAL_MENTION.search(text):
            # "Association loi 1901", "SA au capital de …": the line above names the organisation
            if pending is None and same_block and above is not None:
                _issuer_above(draft, above)
            continue
        last = draft.issuers[-1] if draft.issuers and pending is None else None
        if (
            last is not None
            and same_block
            and above is not None
            and _ends_on(last, above)
            and _name_continues(last.name, text)
        ):
            _extend_issuer(draft, candidate.line)
            continue
        if pending is not None and (OFFICE.match(text) or (pending[1] and _continues(text))):
            pending[1].append(candidate.line.text.strip(" *_\t"))
            pending[2].append(candidate.line)
            continue
        if _state_frame(text) or text.count(" | ") >= 2:
            continue  # the State's frame; a strip of fields "COMMUNIQUÉ | PARIS | 9 AVRIL"
        if word_count(text) <= 3 and WIRE_SIGN.search(text):
            continue  # the wire's own name over the release ("ACTUSNEWS WIRE")
        if (draft.issuers or pending is not None) and SERVICE_LINE.fullmatch(text):
            continue  # the issuer's department: "Direction des sécurités"
        if draft.issuers and pending is None and _acronym_of(text, draft.issuers[-1].name):
            continue  # "ANVOA" under "AGENCE NATIONALE POUR LA VALORISATION DES OASIS …"
        flush()
        held = _name_and_office(text)
        if is_person_name(text):
            pending = (candidate.line, [], [])
        elif held and is_person_name(held["name"]) and OFFICE.match(held["office"]):
            # "Hermeline Martin (PS), présidente du Conseil départemental, communique :"
            name, office = held["name"].strip(), strip_decoration(held["office"])
            at, office_at = candidate.line.text.find(name), candidate.line.text.find(office)
            draft.issuers.append(
                Issuer(
                    name,
                    office,
                    candidate.line.locate(at, at + len(name)),
                    candidate.line.locate(office_at, office_at + len(office)),
                )
            )
            draft.evidence.append("issuer-communicates")
        elif _organisation_like(text):
            logo = LOGO_TEXT.search(text)  # "Bandeau du ministère …": the image's alt text
            text = logo.group("name").strip(" .,:;") if logo is not None else text
            name = _COMMUNIQUE_SUFFIX.sub("", text) or text  # "LA PRÉFECTURE COMMUNIQUE"
            if name != text:
                draft.evidence.append("issuer-communicates")
            at = max(0, candidate.line.text.find(name))
            draft.issuers.append(Issuer(name, None, candidate.line.locate(at, at + len(name))))
    flush()
    _drop_repeated_issuers(draft)


def _legal_mention(text: str) -> bool:
    """A company's or an association's legal mention: "RCS …", "SA au capital de …"."""
    return _LEGAL_MENTION.search(text) is not None


def _drop_repeated_issuers(draft: Draft) -> None:
    """An issuer named twice (a portal's ``Société : X`` field, then X's letterhead) is one."""
    seen: set[str] = set()
    kept = []
    for issuer in draft.issuers:
        key = folded(issuer.name)
        if key not in seen:
            seen.add(key)
            kept.append(issuer)
    draft.issuers[:] = kept


# A person, a party in brackets perhaps, then the office: "Anne Martin (PS), présidente de …"
# (the line's trailing blanks and comma are stripped before: no tail to backtrack into).
_NAME_AND_OFFICE = re.compile(
    r"(?P<name>[^,()\n]{3,60}?)\s*+(?:\([^()\n]{1,30}\)\s*+)?,\s*+(?P<office>[^\n]{3,200})"
)


def _name_and_office(text: str) -> re.Match[str] | None:
    if "," not in text:
        return None
    return _NAME_AND_OFFICE.fullmatch(_COMMUNIQUE_SUFFIX.sub("", text).rstrip(" \t,"))


# Legal mentions under an organisation's name: its status, capital, registration.
_LEGAL_MENTION = re.compile(
    r"\bassociation\s+(?:r[ée]gie\s+par\s+la\s+)?loi\s+(?:du\s+1er\s+juillet\s+|de\s+)?1901\b"
    r"|\breconnue?\s+d['’]utilit[ée]\s+publique|\bau\s+capital\s+de\b|\bRCS\b|\bSIRE[NT]\b"
    r"|\bsi[èe]ge\s+social\b",
    re.I,
)
# A generic kind of local authority, completed by its proper name on the next line
# ("Communauté d'agglomération" / "Vallée de l'Orbe").
_COLLECTIVE_KIND = re.compile(
    r"(?:communaut[ée]\s+(?:d['’]agglom[ée]ration|de\s+communes|urbaine)|syndicat\s+(?:mixte|"
    r"intercommunal)|m[ée]tropole|conseil\s+(?:d[ée]partemental|r[ée]gional)|r[ée]gion|d[ée]partement"
    r"|pr[ée]f(?:et|[èe]te|ecture)|ville|commune|mairie)",
    re.I,
)
# A ministry, whose letterhead sets its long name in capitals over as many lines as it takes.
_MINISTRY = re.compile(r"minist[èe]re\b", re.I)
# A name continued on the next line: "PRÉFET" / "D'ILLE-ET-VILAINE", "… de la Gironde".
_NAME_CONTINUATION = re.compile(
    r"(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])(?:\s|(?<=['’]))", re.I
)


def _read_from(issuer: Issuer, candidate: _Candidate) -> bool:
    """Whether ``issuer`` was read from ``candidate``'s line."""
    span = candidate.line.span
    return issuer.span is not None and span[0] <= issuer.span[0] < span[1]


def _ends_on(issuer: Issuer, candidate: _Candidate) -> bool:
    """Whether ``issuer``'s name, perhaps read over several lines, ends on ``candidate``'s."""
    span = candidate.line.span
    return issuer.span is not None and span[0] < issuer.span[1] <= span[1]


def _name_continues(name: str, text: str) -> bool:
    """Whether the line ``text`` completes the organisation ``name`` read just above it."""
    if word_count(text) > 6 or text.endswith((".", "!", "?")) or DEPARTMENT_LINE.search(text):
        return False
    if _NAME_CONTINUATION.match(text):
        return True
    if _MINISTRY.match(name) and is_caps(name) and is_caps(text) and not ISSUER_WORDS.match(text):
        return True  # a ministry's name set in capitals line by line: … / "ALIMENTAIRE"
    return bool(
        _COLLECTIVE_KIND.fullmatch(name)
        and text[:1].isupper()
        and not ISSUER_WORDS.search(text)
        and not is_person_name(text)
    )


def _extend_issuer(draft: Draft, line: Line) -> None:
    last = draft.issuers[-1]
    text = line.text.strip()
    start = line.text.find(text)
    end_span = line.locate(start, start + len(text))
    span = (last.span[0], end_span[1]) if last.span is not None else end_span
    name = last.name
    if last.span is not None and "," in draft.document.text[last.span[1] - 1 : last.span[1] + 1]:
        name += ","  # "MINISTÈRE DE L'ÉCONOMIE," / "DES FINANCES": the comma is the name's
    draft.issuers[-1] = attrs.evolve(last, name=f"{name} {strip_decoration(text)}", span=span)


def _issuer_above(draft: Draft, candidate: _Candidate) -> None:
    """The organisation named on ``candidate``'s line, unless already read."""
    if draft.issuers and _read_from(draft.issuers[-1], candidate):
        return
    text = strip_decoration(candidate.line.text)
    if _LEGAL_MENTION.search(text):
        return  # "SA au capital de …" over "RCS …": the name is further up
    if text[:1].isupper() and word_count(text) <= 8 and not DEPARTMENT_LINE.search(text):
        draft.issuers.append(Issuer(text, None, candidate.line.locate(0, len(candidate.line.text))))


def _continues(text: str) -> bool:
    """A wrapped office line: capitals or a lower-case start, no sentence end."""
    return (is_caps(text) or text[:1].islower()) and len(text.split()) <= _TITLE_WORDS_LIMIT


def _organisation_like(text: str) -> bool:
    if DEPARTMENT_LINE.search(text) or word_count(text) > 14 or ADDRESS.search(text):
        return False
    return bool(ISSUER_WORDS.search(text)) or (is_caps(text) and word_count(text) <= 8)


#: Department lines name a service, not an issuer (``CABINET – COMMUNICATION``).
DEPARTMENT_LINE = re.compile(
    r"^\s*(?:cabinet|service\s+(?:de\s+)?(?:presse|communication)|communication|presse"
    r"|direction\s+de\s+la\s+communication|bureau\s+de\s+(?:la\s+)?presse)\b(?:\s*[–—-]\s*\w+)?\s*$"
    r"|^\s*cabinet\s*(?:[–—-]|d[eu]\s|de\s+la\s|des\s)"
    # "Bureau de la communication interministérielle", "Service départemental de la communication"
    r"|^\s*(?:bureau|service|direction|p[ôo]le|cellule|mission|d[ée]partement)\b[^\n]{0,60}?"
    r"\b(?:communication|presse|relations\s+(?:presse|m[ée]dias|publiques))\b",
    re.I,
)
