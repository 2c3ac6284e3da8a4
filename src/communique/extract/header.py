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
import itertools
import re
from collections.abc import Callable, Mapping

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Emphasis, Line
from ..french.announcer import (
    ANNOUNCING_VERB,
    COMMUNICATED_BY,
    LOGO_TEXT,
    PROVIDED_BY,
    SUBJECT_ARTICLE,
    WIRE_SIGN,
)
from ..french.dates import DATE, MONTH_YEAR, PUBLICATION_LABEL, UPDATE_LABEL
from ..french.phones import PHONE
from ..french.vocabulary import (
    ADDRESS,
    CONTACT_HEADING,
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    EMAIL,
    FORWARDED_MARKER,
    FURNITURE,
    ISSUER_WORDS,
    KIT_SECTION_HEADINGS,
    LANGUAGE_SWITCH,
    OFFICE,
    PORTAL_FIELD,
    REFERENCE,
    RELEASE_MARKER,
    REPUBLICATION_NOTICE,
    SERVICE_LINE,
    SITE_TITLE,
    TICKER,
    WEBSITE,
    WORD_STRIP,
    is_about_heading,
    is_consent_banner,
)
from ..french.weights import HEADLINE_EVIDENCE
from ..models import Candidate, Explanation, Issuer, Span
from ..steps import Rules, Step
from . import doc_type as doc_types_read
from .choice import FieldCandidate, FieldRules, HeaderScan, inserted
from .dateline import TITLE_PAGE_BLOCKS, DatelineMatch, broken_dateline, match_dateline
from .doc_type import DOC_TYPE_FIELD, name_words
from .draft import Draft, Field, Role
from .lede import LEDE_FIELD, lines_span
from .reference import REFERENCE_FIELD, read_reference
from .text import folded, is_caps, is_person_name, is_state_frame, strip_decoration, word_count

__all__ = [
    "DOC_TYPE_FIELD",
    "HEADLINE_FIELD",
    "HEADLINE_RULES",
    "LEDE_FIELD",
    "REFERENCE_FIELD",
    "HeaderLine",
    "HeadlineRule",
    "HeadlineRules",
    "find_body",
    "header",
    "header_step",
]

# A body paragraph: longer than this, in ordinary type.
_BODY_LENGTH = 200
# The header never runs longer than this many blocks.
_MAX_HEADER_BLOCKS = 25
# A portal's notice on a republished text, a cache's banner, is a few sentences.
_NOTICE_LENGTH = 600
_TITLE_WORDS_LIMIT = 40


def find_body(draft: Draft) -> None:
    """Claim front matter and find the first body block (``draft.body_start``)."""
    blocks = draft.blocks
    start = 0
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.METADATA:
            draft.roles[index] = Role.METADATA
            start = index + 1
    start = _past_forwarding_note(draft, start)
    start = _past_covering_note(draft, start)
    opening = _first_body_block(blocks, start)
    if opening is None:
        end = min(len(blocks), start + _MAX_HEADER_BLOCKS)
        draft.body_start = start + _short_header(blocks[start:end])
        return
    pasted = _pasted_release(blocks, opening)
    if pasted is None:
        draft.body_start = opening
        return
    # a post or a page that pastes a release: its words are the page's, the release's own
    # header starts at its type line
    for claimed in range(start, pasted):
        draft.roles.setdefault(claimed, Role.FURNITURE)
    below = _first_body_block(blocks, pasted + 1)
    draft.body_start = below if below is not None else pasted + 1


def _first_body_block(blocks: tuple[Block, ...], start: int) -> int | None:
    """The first block from ``start`` that opens the body, within the header's reach."""
    for index in range(start, min(len(blocks), start + _MAX_HEADER_BLOCKS)):
        if _is_body(blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None):
            return index
    return None


def _pasted_release(blocks: tuple[Block, ...], index: int) -> int | None:
    """Where a pasted release's type line stands, when the text read as the body's start
    (``index``: a post's words, a portal's note) is followed closely by a line that is only
    a document type ("COMMUNIQUÉ DE PRESSE") and then a dateline: the type line's index."""
    opening = blocks[index]
    first = opening.lines[0].text if opening.lines else ""
    if len(opening.text) > _PASTED_NOTE_LENGTH or CONTACT_HEADING.match(first):
        return None  # (a press contact set first is the release's own)
    for at in range(index + 1, min(len(blocks), index + 1 + _PASTED_NOTE_BLOCKS)):
        block = blocks[at]
        if len(block.lines) != 1:
            continue
        if not DOC_TYPE.fullmatch(strip_decoration(block.lines[0].text)):
            continue
        for below in blocks[at + 1 : at + 1 + _PASTED_HEADER_BLOCKS]:
            if below.lines and match_dateline(below.lines[0].text, None) is not None:
                return at
        return None
    return None


# A post's or a portal's words before a pasted release are short, a few blocks; the
# release's type line has its dateline a few blocks below.
_PASTED_NOTE_LENGTH = 600
_PASTED_NOTE_BLOCKS = 3
_PASTED_HEADER_BLOCKS = 3


def _past_covering_note(draft: Draft, start: int) -> int:
    """Where a release sent in an e-mail's body starts: an envelope (``De :``, ``Envoyé :``,
    ``À :``, ``Objet :``), a covering note and its sender's signature, then a rule line
    (``-----``) over the release. The envelope and the note are furniture: the subject is
    the e-mail's, the signature is no press contact."""
    blocks = draft.blocks
    if start >= len(blocks):
        return start
    envelope = [line for line in blocks[start].lines if _ENVELOPE_FIELD.match(line.text)]
    if len(envelope) < _ENVELOPE_FIELDS:
        return start
    for index in range(start + 1, min(len(blocks), start + _FORWARD_NOTE_BLOCKS)):
        if blocks[index].kind is BlockKind.RULE:
            for claimed in range(start, index + 1):
                draft.roles[claimed] = Role.FURNITURE
            return index + 1
        if _is_body(blocks[index], None) and len(blocks[index].text) > _NOTE_LENGTH:
            return start  # prose before any rule: the release is the e-mail's own text
    return start


# An e-mail's envelope shows at least this many fields; a covering note is short.
_ENVELOPE_FIELDS = 2
_NOTE_LENGTH = 400


def _past_forwarding_note(draft: Draft, start: int) -> int:
    """Where a forwarded release starts: after the note that forwards it and the envelope of
    the forwarded message ("---------- Message transféré ---------", "De : …", "Objet : …").
    The note and the envelope are furniture: kept, never the release's header."""
    blocks = draft.blocks
    for index in range(start, min(len(blocks), start + _FORWARD_NOTE_BLOCKS)):
        lines = blocks[index].lines
        at = next(
            (n for n, line in enumerate(lines) if FORWARDED_MARKER.fullmatch(line.text)), None
        )
        if at is None:
            continue
        last = index
        rest = lines[at + 1 :]
        if not rest and index + 1 < len(blocks):  # the envelope in the next block
            following = blocks[index + 1].lines
            if following and all(_ENVELOPE_FIELD.match(line.text) for line in following):
                last = index + 1
        elif rest and not all(_ENVELOPE_FIELD.match(line.text) for line in rest):
            return start  # the release itself follows the marker in its block: keep it
        for claimed in range(start, last + 1):
            draft.roles[claimed] = Role.FURNITURE
        return last + 1
    return start


# How far down the note forwarding a release may run.
_FORWARD_NOTE_BLOCKS = 12
# A field of a forwarded message's envelope: "De : …", "Envoyé : …", "Objet : …".
_ENVELOPE_FIELD = re.compile(
    r"\s*(?:de|from|envoy[ée]|sent|date|objet|subject|[àa]|to|cc|cci|bcc|r[ée]pondre\s+[àa]"
    r"|reply-to)\s*:",
    re.I,
)


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
        if (
            glued.place is None
            and len(block.lines) == 1
            and _title_after_date(block.lines[0], glued)
        ):
            return False  # "12 mars 2026 – Budget participatif : à vos idées !": a title
        # "Québec, le 7 avril 2021 – Le député…": the body starts here; "Publié le 03/04/2024
        # – Mis à jour le …" is a page's publication line, no dateline.
        return PUBLICATION_LABEL.match(first) is None
    text = block.text
    if block.emphasis is not None or is_consent_banner(text):
        return False  # a cookie banner's sentences are the site's, not the release's
    if len(text) <= _NOTICE_LENGTH and REPUBLICATION_NOTICE.search(text):
        return False  # "ce texte est publié tel qu'il nous a été transmis": the portal's
    if (
        len(text) >= _SENTENCE_LENGTH
        and text.endswith((".", "!", "?"))
        and not text.endswith(("...", "…"))  # a page's copy cut short
        and word_count(text) >= 15
    ):
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
# A title or a phrase quoted in guillemets or curly quotes, on one line.
_QUOTED = re.compile(r"«[^«»\n]{0,300}»|“[^“”\n]{0,300}”")
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
    weights: Mapping[str, float] = attrs.field(eq=False, repr=False)

    @property
    def score(self) -> float:
        """How much the line looks like the headline: the sum of its evidence's weights."""
        return sum(self.weights[code] for code in self.evidence)


def header(draft: Draft) -> None:
    """Document type, reference, websites, headline, lede and issuers."""
    _header(draft, HEADLINE_FIELD, DOC_TYPE_FIELD, LEDE_FIELD, REFERENCE_FIELD)


def header_step(
    *,
    headline: HeadlineRules | None = None,
    doc_type: FieldRules = DOC_TYPE_FIELD,
    lede: FieldRules = LEDE_FIELD,
    reference: FieldRules = REFERENCE_FIELD,
) -> Step:
    """The header step with other rules (or weights) for the headline, the document type, the
    lede or the reference than the defaults (`HEADLINE_FIELD`, `DOC_TYPE_FIELD`,
    `LEDE_FIELD`, `REFERENCE_FIELD`), edited by name:

    ```python
    mine = DOC_TYPE_FIELD.with_rule("my-label", read_my_label, before="metadata", weight=2.5)
    steps = DEFAULT_STEPS.replace("header", header_step(doc_type=mine))
    ```

    !!! info "Added in version 0.2"
    """
    evidence = HEADLINE_FIELD if headline is None else headline

    def step(draft: Draft) -> None:
        _header(draft, evidence, doc_type, lede, reference)

    return step


def _header(
    draft: Draft,
    headline: HeadlineRules,
    doc_type: FieldRules,
    lede: FieldRules,
    reference: FieldRules,
) -> None:
    candidates, scan, chrome = _scan(draft, headline)
    headline_block = _choose_headline(draft, candidates, chrome)
    _fuller_title_in_text(draft, headline_block)
    scan = attrs.evolve(scan, header_blocks=tuple(c.block for c in candidates))
    chosen = doc_type.choose(draft, scan)
    draft.doc_type = chosen.field if chosen is not None else None
    if chosen is None and doc_types_read.filed_as_release(draft, scan):
        draft.evidence.append("press-section")  # the page stands in a site's press section
    cover = draft.headline
    headline_block = _past_cover_title(draft, headline_block)
    _explain_cover_title(draft, cover)
    chosen = lede.choose(draft, scan)
    if chosen is not None:
        draft.lede = chosen.field
        if chosen.block is not None:
            _claim_for_header(draft, chosen.block, chosen.block)
    draft.header_end = draft.body_start
    if headline_block is not None:
        _return_to_body(draft, candidates, headline_block)
    chosen = reference.choose(draft, scan)
    draft.reference = chosen.field if chosen is not None else None


def _scan(draft: Draft, headline: HeadlineRules) -> tuple[list[_Candidate], HeaderScan, list[int]]:
    """Read the header lines: document types, references and websites are kept, chrome and
    release markers set aside; the other lines are the headline's candidates. Also returns
    where each line of a site's navigation (breadcrumb, menu) starts."""
    candidates: list[_Candidate] = []
    navigation: list[int] = []
    doc_types: list[FieldCandidate] = []
    references: list[FieldCandidate] = []
    after_marker = False  # a document type or dateline was seen: the headline usually follows
    pending = False  # no candidate line was read since the last marker
    marker_after_block = False  # a marker stood beside other text: it counts from the next block
    previous: Line | None = None  # the line classified last
    doc_type_line: Line | None = None  # the line that just gave the first document type
    reference_date = draft.options.reference_date
    menu = _menu_blocks(draft.blocks, draft.body_start)
    for index in range(draft.body_start):
        if draft.roles.get(index) in (Role.METADATA, Role.FURNITURE):
            continue
        block = draft.blocks[index]
        draft.roles[index] = Role.HEADER
        if index in menu:
            navigation.append(block.span[0])
            continue
        if block.kind is BlockKind.RULE:
            continue
        if marker_after_block:
            after_marker = pending = True
            marker_after_block = False
        if broken_dateline(block, reference_date):
            after_marker = pending = True  # the dateline step reads it; the title follows
            previous = block.lines[-1]
            continue
        prose_seen = False
        for line in block.lines:
            text = line.text
            if doc_type_line is not None and doc_types_read.read_continued(
                doc_type_line, line, doc_types
            ):
                doc_type_line = None
                continue
            stamped = _after_timestamp(line)
            if stamped is not None:  # the dateline step reads the date; the title follows it
                line, text, after_marker, pending = stamped, stamped.text, True, True
            first = not doc_types
            if doc_types_read.read_line(draft, line, doc_types, references):
                if _beside_other_text(draft.document.text, line.span):
                    # A type in a letterhead's right column ("FESTIVAL X     FLASH PRESSE"):
                    # the letterhead's next line is no title; the next block may be.
                    marker_after_block = True
                else:
                    after_marker = pending = True
                doc_type_line = line if first and doc_types else None
                own_type = bool(doc_types) and "section-label" not in doc_types[-1].evidence
                if (
                    own_type
                    and candidates
                    and candidates[-1].line is previous
                    and draft.blocks[candidates[-1].block].lines[0] is candidates[-1].line
                    and "\n" in draft.document.text[candidates[-1].line.span[1] : line.span[0]]
                ):  # a title set apart, not the last line of a letterhead (name, tagline),
                    # nor a letterhead whose type stands beside it in a column of the same line
                    above = candidates[-1]  # "Titre" / "Communiqué de presse"
                    candidates[-1] = attrs.evolve(
                        above, evidence=(*above.evidence, "above-its-type")
                    )
                previous = line
                continue
            doc_type_line = None
            dated = match_dateline(text, reference_date)
            if dated is not None:
                after_marker = pending = True
                read_reference(draft, line, references)
                doc_types_read.read_after_date(draft, line, dated.end, doc_types)
                if (
                    candidates
                    and candidates[-1].line is previous
                    and draft.blocks[candidates[-1].block].lines[0] is candidates[-1].line
                ):
                    # A title directly above its date ("Titre" / "Publié le …") is the headline;
                    # the last line of a letterhead (name, tagline) is not.
                    above = candidates[-1]
                    candidates[-1] = attrs.evolve(
                        above, evidence=(*above.evidence, "above-its-date")
                    )
                titled = _title_after_date(line, dated)
                if titled is None:
                    previous = line
                    continue
                line, text = titled, titled.text  # "12 mars 2026 – Budget participatif : …"
            prior, previous = previous, line
            if RELEASE_MARKER.match(text) and len(text) <= 120:
                draft.evidence.append("release-marker")
                continue
            if _portal_field(draft, line):
                continue
            written = _source_line(draft.document.text, line.span)  # runs of spaces kept
            if read_reference(draft, line, references) or _website(draft, line):
                continue
            if _menu(written) or _BREADCRUMB.search(text):
                navigation.append(line.span[0])
                continue
            if _furniture(text):
                continue
            if line is not block.lines[-1] and _SECTION_TITLE.fullmatch(strip_decoration(text)):
                continue  # the site's section over the title ("Espace presse" / "Titre")
            unpacked = _unpacked_title(draft, line, doc_types) or _name_beside_type(line)
            if unpacked is not None:
                line, text = unpacked, unpacked.text
            subject = _SUBJECT.match(text)
            if subject is not None:
                line = Line(
                    text[subject.end() :], line.locate(subject.end(), len(text)), source=line.source
                )
                seen = HeaderLine(block, line, after_marker, pending)
                evidence = (*headline.evidence(seen), "subject-line")
                candidates.append(_Candidate(index, line, evidence, headline.weights))
                pending = False
                continue
            evidence = headline.evidence(HeaderLine(block, line, after_marker, pending))
            pending = False
            if candidates and candidates[-1].line is prior and _goes_on(candidates[-1], text):
                evidence = (*evidence, "continues-above")  # "… DES PORTS" / "ET DE L'ÉCONOMIE"
            if prose_seen:  # a line inside running text, below a full sentence of its block
                evidence = (*evidence, "inside-running-text")
            prose_seen = prose_seen or _is_prose(text)
            candidates.append(_Candidate(index, line, evidence, headline.weights))
    scan = HeaderScan(tuple(doc_types), tuple(references))
    return _lone_line(_repeated_titles(candidates)), scan, navigation


def _menu_blocks(blocks: tuple[Block, ...], end: int) -> set[int]:
    """The blocks of a site's menu captured one item a line ("Nouvelles", "Produits",
    "Contact", "Connexion", "Toutes les nouvelles"…): runs of `_MENU_RUN` one-line blocks or
    more, each a short label in lower or title case (a letterhead's lines are capitals, a
    title is longer, a line of text ends with punctuation)."""
    found: set[int] = set()
    run: list[int] = []
    for index in range(end + 1):
        block = blocks[index] if index < end else None
        if block is not None and _menu_item(block):
            run.append(index)
            continue
        # (a letterhead typed a line a paragraph names its organisation and services)
        named = sum(_names_a_body(blocks[i]) for i in run)
        if len(run) >= _MENU_RUN and named * 2 < len(run):
            found.update(run)
        run = []
    return found


def _menu_item(block: Block) -> bool:
    if len(block.lines) != 1 or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    text = block.lines[0].text.strip()
    return (
        0 < len(text) <= _MENU_ITEM
        and word_count(text) <= _MENU_ITEM_WORDS
        and not is_caps(text)
        and text[-1:].isalnum()
        and not any(ch.isdigit() for ch in text)
    )


def _names_a_body(block: Block) -> bool:
    text = block.lines[0].text.strip()
    return bool(ISSUER_WORDS.search(text) or OFFICE.match(text) or SERVICE_LINE.match(text))


# A menu captured one item a line has this many items at least; each is a few words.
_MENU_RUN = 5
_MENU_ITEM_WORDS = 4


# A breadcrumb: "Vous êtes ici : Accueil > Médias", "Accueil › Presse › Communiqués",
# "Accueil / Actualités / Presse / <the title>".
_BREADCRUMB = re.compile(
    r"vous\s+[êe]tes\s+ici|fil\s+d['’]ariane"
    r"|^[^>›»/\n]{1,60}(?:\s[>›»]\s[^>›»/\n]{1,120}){2,8}$"
    # with slashes, only from the home page: "Accueil / Actualités / Presse / <titre>"
    # ("Rennes / Nantes / Brest : le TER renforcé" is a title)
    r"|^\s*(?:accueil|home|page\s+d['’]accueil)(?:\s/\s[^/\n]{1,120}){2,8}$",
    re.I,
)


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
        draft.headline = Field(block.text, lines_span(block.lines))
        _claim_for_header(draft, draft.body_start, index)
        return index
    return headline_block


def _fuller_title_in_text(draft: Draft, headline_block: int | None) -> None:
    """A page's copy of the title is often cut: lower-cased, shortened with an ellipsis,
    without its kicker ("le troisième pilier…" for "Colmar : le troisième pilier…"). When the
    text below writes the title again, fuller, that is the headline."""
    headline = draft.headline
    if headline is None or headline_block is None or headline.span is None:
        return
    title = headline.value.rstrip().removesuffix("...").removesuffix("…").strip()
    if word_count(title) < _NEWS_WORDS:
        return
    if title != headline.value:
        _cover_title_of_cut_copy(draft, headline_block, title)
        return
    if not title[:1].islower():
        return
    wanted = title.casefold()
    last = min(len(draft.blocks), headline_block + 1 + _FULLER_BLOCKS)
    for block in draft.blocks[headline_block + 1 : last]:
        for line in block.lines:
            at = line.text.casefold().find(wanted)
            if at < 0 or line.text[at : at + len(title)].casefold() != wanted:
                continue
            window = max(0, at - _KICKER_LENGTH)
            for typed in _DOC_TYPE_ANYWHERE.finditer(line.text, window, at):
                window = typed.end()  # "Communiqué de presse Colmar : …": the type is no kicker
            kicker = _KICKER.search(line.text, window, at)
            start = kicker.start("kicker") if kicker is not None else at
            if start == at and line.text[at : at + len(title)] == headline.value:
                continue  # the same title again, no fuller
            draft.headline = draft.field(line, start, at + len(title))
            _explain_replaced(
                draft, ("written-again", "fuller-in-text"), headline, ("header-line", "page-copy")
            )
            return


def _cover_title_of_cut_copy(draft: Draft, headline_block: int, title: str) -> None:
    """A page's title shortened with an ellipsis runs on from the document's own title into
    the text below it ("Une aide historique de la Région - Rhône-Alpes · Pour…"): the title is
    the line of the title page the copy starts with, with the lines it wraps onto ("Une aide
    historique de la Région" / "pour l'Allier")."""
    wanted = title.casefold()
    blocks = draft.blocks
    for index in range(headline_block + 1, min(len(blocks), TITLE_PAGE_BLOCKS)):
        line = blocks[index].lines[0] if blocks[index].lines else None
        if line is None or len(blocks[index].lines) > 1:
            continue
        text = line.text.strip()
        if word_count(text) < _NEWS_WORDS or len(text) >= len(title):
            continue
        if not wanted.startswith(text.casefold()):
            continue
        kept = [line]
        for following in blocks[index + 1 : index + 1 + _WRAPPED_LINES]:
            if len(following.lines) != 1 or not _wraps_onto(kept[-1].text, following.lines[0].text):
                break
            kept.append(following.lines[0])
        held = draft.headline
        draft.headline = Field(" ".join(k.text.strip() for k in kept), lines_span(kept))
        if held is not None:
            _explain_replaced(
                draft, ("written-again", "cover-title"), held, ("header-line", "page-copy")
            )
        return


def _wraps_onto(above: str, line: str) -> bool:
    """Whether ``line`` goes on with the title line ``above`` (a PDF's text puts each line of a
    cover in a paragraph of its own): it opens in lower case or with a word no name opens
    with, or the line above ends with a word no title ends with."""
    text = line.strip()
    if not text or len(text) > _TITLE_LINE or text.endswith((".", "!", "?")):
        return False
    if DATE.match(text):
        return False  # "mercredi 9 juin 2021 à 19h26": the page's timestamp under the title
    return bool(text[:1].islower() or _CONTINUATION_START.match(text) or _DANGLING.search(above))


# A cover's title runs over this many lines at most; a longer line is text, not a title's.
_WRAPPED_LINES = 2
_TITLE_LINE = 120


# How far below the page's title the text writes the title again (a viewer's heading between).
_FULLER_BLOCKS = 4
_DOC_TYPE_ANYWHERE = re.compile(rf"(?<!\w)(?:{DOC_TYPE.pattern})(?!\w)", re.I)
# A kicker before the title's colon, right before where the title starts: "Colmar : ".
_KICKER_LENGTH = 60
_KICKER = re.compile(r"(?<![^\s])(?P<kicker>[A-ZÀ-Ý][\w'’-]*(?:\s[\w'’-]+){0,3})\s*:\s*$")


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


# A title line that packs its reference (and its document type) before the title:
# "N° 46–2016 : Appel aux médias : Conférence de presse avec…".
_LEADING_REFERENCE = re.compile(rf"\s*+(?:{REFERENCE.pattern})\s*[:–—-]\s*(?=\S)", re.I)


# A portal's timestamp glued before the title: "date 2020-08 Le premier ministre…".
_TIMESTAMP_PREFIX = re.compile(
    r"\s*+(?:date|publi[ée]e?\s+le|mis\s+en\s+ligne\s+le)\s*:?\s*"
    r"(?:(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?|[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+(?=\S)",
    re.I,
)


def _title_after_date(line: Line, dated: DatelineMatch) -> Line | None:
    """The title a date-first line carries after its date and a dash, when the date has no
    place: "12 mars 2026 – Budget Participatif : à vos idées !" (a capture's or a
    newsletter's item), not a sentence running on ("12 mars 2026 – Le ministère annonce…")."""
    if dated.place is not None or dated.date is None or not dated.glued or dated.date.start > 0:
        return None
    found = _TITLE_AFTER_DATE.match(line.text, dated.end)
    if found is None:
        return None
    at = found.end()
    rest = line.text[at:].strip()
    if not rest or len(rest) > _TITLE_AFTER_DATE_LENGTH or not rest[:1].isupper():
        return None
    if _BYLINE.match(rest):
        return None  # "12 mars 2026 – Par Marie Dupont": who wrote it
    if rest.endswith(".") or ". " in rest or "|" in rest:
        return None  # a sentence, a rubric and a sentence, a strip of fields
    return Line(line.text[at:], line.locate(at, len(line.text)), source=line.source)


_TITLE_AFTER_DATE = re.compile(r"[ \t]*+(?:[–—|]|-{1,2})[ \t]*+(?=\S)")
_TITLE_AFTER_DATE_LENGTH = 120
_BYLINE = re.compile(r"(?:par|by)\s", re.I)


def _after_timestamp(line: Line) -> Line | None:
    """What follows a portal's timestamp glued before a title, if the line opens with one."""
    stamp = _TIMESTAMP_PREFIX.match(line.text)
    if stamp is None or stamp.end() >= len(line.text.rstrip()):
        return None
    at = stamp.end()
    strip = _PAGE_STRIP.fullmatch(line.text, at)
    if strip is not None and (
        strip["lead"].strip() or strip["fields"] or name_words(strip["author"])
    ):
        # "Publié le 05/05/2026 | Par Cellule de communication | 1 248 vues", not a title
        # opening with "Par" ("Par arrêté préfectoral, la baignade est interdite")
        return None
    rest = line.text[at:].lstrip(" \t|·•–—-")
    update = UPDATE_LABEL.match(rest)
    if update is not None and DATE.match(rest, update.end()) is not None:
        return None  # "Publié le 07/05/2026 - Mis à jour le 11/05/2026": stamps only
    return Line(line.text[at:], line.locate(at, len(line.text)), source=line.source)


# The rest of a page's stamp line: its author and counters ("| Par Cellule de communication |
# 1 248 vues"), not a title.
_PAGE_STRIP = re.compile(
    r"(?P<lead>[\s|·•–-]*)(?:par|by|auteur\s*:)\s(?P<author>[^|·•\n]{1,80})"
    r"(?P<fields>(?:[|·•][^|·•\n]{1,40}){0,4})",
    re.I,
)


def _unpacked_title(draft: Draft, line: Line, doc_types: list[FieldCandidate]) -> Line | None:
    """The title of a line opening with its reference (recorded), without it and without a
    document type following it (kept too); ``None`` when the line opens otherwise."""
    reference = _LEADING_REFERENCE.match(line.text)
    if reference is None:
        return None
    at = doc_types_read.read_prefix(draft, line, reference.end(), doc_types)
    if at >= len(line.text.rstrip()):
        return None
    return Line(line.text[at:], line.locate(at, len(line.text)), source=line.source)


def _name_beside_type(line: Line) -> Line | None:
    """The name of a letterhead line that gives the document type as one of its fields
    (``Mairie de Lyon – Communiqué de presse``, ``COMMUNIQUÉ DE PRESSE | VILLE DE RENNES``),
    without the type; ``None`` for any other line, and for a title opening or closing on its
    type (``Communiqué de presse : Un centre ouvre``), which the headline keeps whole."""
    start, end = doc_types_read.without_type(line.text)
    if (start, end) == (0, len(line.text)) or end <= start:
        return None
    if not _issuer_like(line.text[start:end]):
        return None  # "PostgreSQL 9.0 Press Kit": a title closing on its type
    return Line(line.text[start:end], line.locate(start, end), source=line.source)


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
    cette page"), not a title that uses one of their words ("300 points d'accueil"); a
    template's directives (``{% block content %}``)."""
    if _TEMPLATE_LINE.fullmatch(text) is not None or _IMAGE_PLACEHOLDER.fullmatch(text):
        return True  # a template's directive; an image's stand-in ("LOGO", "[cid:image001.png]")
    if LANGUAGE_SWITCH.fullmatch(text) or SITE_TITLE.fullmatch(text) or WORD_STRIP.fullmatch(text):
        return True
    if COMMUNICATED_BY.match(text) or PROVIDED_BY.fullmatch(text):
        return True  # "Communiqué par : ministère…", "Nouvelles fournies par": who sent it
    update = UPDATE_LABEL.match(text)
    if update is not None and DATE.match(text, update.end()) is not None:
        return True  # "Mis à jour le 5 mai 2023 à 8 h 00": when the page was edited
    parts = [part.strip() for part in _CHROME_JOINT.split(text)]
    if len(parts) > 1 and len(text) <= _CHROME_LINE and all(map(_chrome_item, parts)):
        return True  # "Aller au contenu | Aller à la navigation": links to skip, side by side
    if len(text) > 80:
        return False
    chrome = FURNITURE.search(text)
    if chrome is None or ": " in text:  # a title's colon: "Accueil extrascolaire : …"
        return False
    words = word_count(text)
    return words <= _CHROME_WORDS or (chrome.start() <= 2 and words <= 2 * _CHROME_WORDS)


# Links set side by side: " | ", " · ", " • ".
_CHROME_JOINT = re.compile(r"\s[|·•]\s")
_CHROME_LINE = 200


def _chrome_item(part: str) -> bool:
    """One link of a row of chrome: a few words, one of them a chrome word."""
    return (
        bool(part) and word_count(part) <= 2 * _CHROME_WORDS and FURNITURE.search(part) is not None
    )


def _beside_other_text(text: str, span: Span) -> bool:
    """Whether other text stands before ``span`` on its source line (a column of a layout)."""
    start = text.rfind("\n", 0, span[0]) + 1
    return bool(text[start : span[0]].strip())


def _source_line(text: str, span: Span) -> str:
    """The whole line of the source that holds ``span``, as written (an adapter may have cut
    it into cells and collapsed its spaces)."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return text[start : end if end >= 0 else len(text)]


def _menu(text: str) -> bool:
    """A site's menu kept as one line, its items set apart by runs of spaces or tabs
    ("Accueil  Le Groupe  Nos solutions  Carrières  Contact"): three gaps or more, and short
    items."""
    if len(text) > 300:
        return False
    items = [item for item in _MENU_GAP.split(text.strip()) if item]
    if items and len(items) >= _MENU_ITEMS and max(len(item) for item in items) <= _MENU_ITEM:
        return True
    # Widgets set wide apart, one of them a link of the site's chrome: a listing's filters
    # ("Rechercher dans les communiqués   Département : tous   Année : 2023").
    cells = [cell for cell in _WIDE_GAP.split(text.strip()) if cell]
    return len(cells) > 1 and any(FURNITURE.match(cell) for cell in cells)


# Menu items are set apart by two spaces or more (or a tab); an item is a few words.
_MENU_GAP = re.compile(r" {2,}|\t+")
_MENU_ITEMS = 4
_WIDE_GAP = re.compile(r" {3,}|\t+")
_MENU_ITEM = 30


# A page template's source: directives only ("{% extends "base.html" %}", "{{ page.title }}",
# "<%= t(:title) %>"), never text of the release.
_TEMPLATE_DIRECTIVE = r"(?:\{%[^%\n]{0,300}%\}|\{\{[^}\n]{0,300}\}\}|<%=?[^%\n]{0,300}%>)"
_TEMPLATE_LINE = re.compile(rf"\s*{_TEMPLATE_DIRECTIVE}(?:\s*{_TEMPLATE_DIRECTIVE}){{0,20}}\s*")


# A line of portal chrome holds a few words; a title using one of them holds more.
_CHROME_WORDS = 3


# A date (or month and year) opening a line, then a colon or dash and the text it dates.
_DATED_OPENING = re.compile(rf"\s*(?:{DATE.pattern}|{MONTH_YEAR.pattern})\s*[:–—-]\s+\S", re.I)


def _is_prose(text: str, *, heading: bool = False) -> bool:
    """Two sentences, or a long one with its full stop; a heading's author set one sentence
    as a title, full stop and all ("Six raisons de changer d'outils."). A sentence's end
    inside a quoted title does not count ("« Rivages. Peindre la côte » : l'exposition")."""
    if "«" in text or "“" in text:
        text = _QUOTED.sub("«»", text)
    if _SENTENCES.search(text):
        return True
    return not heading and _full_stop(text) and word_count(text) > 12


def _full_stop(text: str) -> bool:
    """Whether ``text`` ends with a full stop, not with the ellipsis of a copy cut short."""
    return text.endswith(".") and not text.endswith("...")


@attrs.frozen
class HeaderLine:
    """What a headline evidence rule reads of a header line: its block, the line itself,
    whether a document type or a dateline stands above it (``after_marker``), and whether
    no other candidate line stands between them (``next_to_marker``).

    !!! info "Added in version 0.2"
    """

    block: Block
    line: Line
    after_marker: bool
    next_to_marker: bool

    @property
    def text(self) -> str:
        return self.line.text


def _in_caps_headline(c: HeaderLine) -> bool:
    """A headline set in capitals, as PDF releases set it: four words or more, below the
    document type or the dateline, or naming no organisation."""
    if not is_caps(c.text) or word_count(c.text) < _NEWS_WORDS:
        return False
    if _OPENS_WITH_ARTICLE.match(c.text) is not None:
        return True  # "LE PRÉFET LANCE LA NOUVELLE": a sentence's subject, not a letterhead
    return c.after_marker or not (ISSUER_WORDS.search(c.text) or OFFICE.search(c.text))


# A letterhead names its organisation without an article ("PRÉFET DU RHÔNE"); a title set in
# capitals opens with its subject ("LA RÉGION LANCE…").
_OPENS_WITH_ARTICLE = re.compile(r"\s*(?:le|la|les|l['’]|un|une)(?:\s|(?<=['’]))", re.I)


#: A headline evidence rule: whether its code fires for a header line.
HeadlineRule = Callable[[HeaderLine], bool]

#: The headline evidence, by name (the evidence code), in order: code -> predicate on a header
#: line. Weights are :data:`communique.french.weights.HEADLINE_EVIDENCE`; a line's score is
#: their sum over the codes that fire, and the best-scored line is the headline.
HEADLINE_RULES: Rules[HeadlineRule] = Rules(
    (
        ("heading", lambda c: c.block.kind is BlockKind.HEADING),
        ("top-heading", lambda c: c.block.kind is BlockKind.HEADING and c.block.level == 1),
        # A paragraph set in bold is a title; bold inside a heading is decoration.
        (
            "bold",
            lambda c: c.line.emphasis is Emphasis.STRONG and c.block.kind is not BlockKind.HEADING,
        ),
        ("italic", lambda c: c.line.emphasis is Emphasis.EM),
        ("after-marker", lambda c: c.next_to_marker),
        ("title-length", lambda c: 20 <= len(c.text) <= 250),
        ("long-sentence", lambda c: len(c.text) > 150 and _full_stop(c.text)),
        ("prose", lambda c: _is_prose(c.text, heading=c.block.kind is BlockKind.HEADING)),
        ("enumeration", lambda c: _enumeration(c)),
        ("lower-case-start", lambda c: c.text[:1].islower()),
        ("dated-opening", lambda c: _DATED_OPENING.match(c.text) is not None),
        ("label", lambda c: _label(c)),
        ("field-strip", lambda c: c.text.count(" | ") >= 2),
        ("names-a-doc-type", lambda c: word_count(c.text) <= 8 and _names_a_doc_type(c.text)),
        ("issuer-like", lambda c: _issuer_like(c.text) and not _in_caps_headline(c)),
        ("issuer-communicates", lambda c: _COMMUNIQUE_SUFFIX.search(c.text) is not None),
        (
            "contact-or-about",
            lambda c: bool(CONTACT_HEADING.match(c.text)) or is_about_heading(c.text),
        ),
        ("legal-mention", lambda c: _legal_mention(c.text)),
        (
            "department-or-address",
            lambda c: len(c.text) <= 120 and _department_or_address(c.text),
        ),
    )
)


@attrs.frozen
class HeadlineRules:
    """The headline's evidence rules, in order, and their weights.

    !!! info "Added in version 0.2"
    """

    rules: Rules[HeadlineRule]
    weights: Mapping[str, float]

    def with_rule(
        self,
        name: str,
        rule: HeadlineRule,
        *,
        weight: float,
        before: str | None = None,
        after: str | None = None,
    ) -> HeadlineRules:
        """A copy with the evidence ``name`` (fired by ``rule``, weighed ``weight``) added last,
        or ``before``/``after`` another rule."""
        rules = inserted(self.rules, name, rule, before=before, after=after)
        return attrs.evolve(self, rules=rules, weights={**self.weights, name: weight})

    def evidence(self, seen: HeaderLine) -> tuple[str, ...]:
        """The evidence codes that fire for the header line ``seen``."""
        return tuple(code for code, fires in self.rules if fires(seen))


#: The headline's default rules and weights.
HEADLINE_FIELD = HeadlineRules(HEADLINE_RULES, HEADLINE_EVIDENCE)


def _enumeration(c: HeaderLine) -> bool:
    """A bullet, or a clause of a list ending with "," or ";" — not a title wrapped after its
    comma onto the next line of its block ("…dans huit départements," / "les établissements…")."""
    if c.block.kind is BlockKind.LIST_ITEM:
        return True
    return c.text.endswith((",", ";")) and c.line is c.block.lines[-1]


def _label(c: HeaderLine) -> bool:
    """A line introducing what follows ("Contacts :", the last line of its block), or a
    ticker line; a title wrapped after its colon ("Résultats annuels 2023 :" / "croissance
    organique de 7,4 %") goes on in its own block."""
    if TICKER.match(c.text) is not None or _KEYWORDS_FIELD.search(c.text) is not None:
        return True  # "… / Mot-clé(s) : Acquisition/Fusion": a wire's header of fields
    return c.text.endswith(":") and c.line is c.block.lines[-1]


# A wire's keywords field on its header line ("NEWSFLUX-News : Arvelia SE / Mot-clé(s) :
# Acquisition", "Catégorie : …"), and the English of bilingual wires ("Keyword(s):").
_KEYWORDS_FIELD = re.compile(
    r"(?:^|\s)(?:mots?[- ]cl[ée]s?(?:\(s\))?|mot[- ]cl[ée]\(s\)|keywords?(?:\(s\))?)\s*:", re.I
)


def _names_a_doc_type(text: str) -> bool:
    """A portal's label listing kinds of document ("Info, dépêche ou communiqué de presse"),
    or a document type and who issues it ("Communiqué du maire"), not a title naming one
    ("PostgreSQL 9.0 Press Kit", "Un titre de communiqué")."""
    issued = _TYPE_OF_ISSUER.match(text)
    if issued is not None and DOC_TYPE.fullmatch(issued.group("type")):
        return True
    listed = _LISTED.search(text)
    if listed is None:
        return False  # no list at all: the (long) document-type pattern need not run
    found = DOC_TYPE.search(text, listed.start())
    return found is not None and found.group()[:1].islower()


# A document type, then who issues it: "Communiqué du maire", "Communiqué de la préfecture".
_TYPE_OF_ISSUER = re.compile(
    r"\s*(?P<type>[^\W\d][\w’' -]{2,40}?)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    r"[^\W\d][\w’' -]{1,40}"
)
# A list of kinds of document: "Info, dépêche ou …", "Actualités et …".
_LISTED = re.compile(r",|\s(?:ou|et)\s")


def _repeated_titles(candidates: list[_Candidate]) -> list[_Candidate]:
    """A title written twice or more in the header (the page's title above the document's,
    a portal capture's breadcrumb) is the headline more likely than any single line."""
    keys = [" ".join(c.line.text.casefold().split()) for c in candidates]
    # An organisation's name written twice (the site's banner, then the letterhead) is no title.
    names = {key for key, c in zip(keys, candidates, strict=True) if "issuer-like" in c.evidence}
    counts = collections.Counter(
        key
        for key, c in zip(keys, candidates, strict=True)
        if key.count(" ") >= _NEWS_WORDS - 1 and key not in names
    )
    return [
        attrs.evolve(c, evidence=(*c.evidence, "repeated")) if counts[key] > 1 else c
        for key, c in zip(keys, candidates, strict=True)
    ]


def _lone_line(candidates: list[_Candidate]) -> list[_Candidate]:
    """A header of one line over the body (or of one title wrapped over a few lines, each
    going on with a small word): a release has a title, and this is it even when it opens
    like an organisation's name, unless other evidence says it is something else (a label,
    prose, an address, an issuer announcing itself)."""
    if not candidates or len(candidates) > _LONE_TITLE_LINES:
        return candidates
    only, *rest = candidates
    # (one title wrapped: "Un nouveau parc" / "au Confluent"; not lines of their own, nor a
    # name wrapped: "Communauté de communes" / "du Pays de Gex")
    if rest and ISSUER_WORDS.match(only.line.text):
        return candidates
    if any(c.block != only.block or not _wraps_on(c.line.text) for c in rest):
        return candidates
    if any(only.weights[code] < 0 and code != "issuer-like" for code in only.evidence):
        return candidates  # a label, prose, a contact…: it reads as something else
    return [attrs.evolve(only, evidence=(*only.evidence, "lone-line")), *rest]


# A lone title wraps over this many lines at most.
_LONE_TITLE_LINES = 3


def _wraps_on(text: str) -> bool:
    """A line that goes on with a title wrapped above it: it opens with a small word in
    lower case ("aux Minguettes", "pour les étudiants")."""
    return text.lstrip()[:1].islower() and _CONTINUATION_START.match(text) is not None


def _department_or_address(text: str) -> bool:
    return (
        DEPARTMENT_LINE.search(text) is not None
        or ADDRESS.search(text) is not None
        or SERVICE_LINE.fullmatch(text) is not None
        or is_state_frame(text)
    )


def _acronym_of(text: str, name: str) -> bool:
    """Whether ``text`` is ``name``'s acronym: its letters are the initials of the name's
    words, in order, some words (articles, prepositions) skipped."""
    letters = text.replace(".", "").strip()
    if not 2 <= len(letters) <= 12 or not letters.isalpha() or not letters.isupper():
        return False
    # (initials folded: "EPTB" is "Établissement public territorial du bassin")
    initials = [folded(word[:1]).upper() for word in re.split(r"[\s'’-]+", name) if word]
    letters = folded(letters).upper().replace(" ", "")
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return initials[:1] == [letters[0]]


# A title's colon between a subject and what is said of it ("Groupe Ardent : résultats
# records", "Vaise : un centre de secours…"): no name of an organisation or a person has one.
_TITLE_COLON = re.compile(r"[^\s:]\s+:\s+[^\s:]|\w:\s+[a-zà-ÿ]")


# "Direction la phase IV…" is a sentence; "Direction générale des entreprises" an issuer:
# an organisation's name never puts an article right after its first word.
_ARTICLE_AFTER_FIRST_WORD = re.compile(r"\S+\s+(?:la|le|les|un|une|l['’])(?:\s|(?<=['’]))", re.I)


def _issuer_like(text: str) -> bool:
    if folded(text) in KIT_SECTION_HEADINGS:
        return False  # "SOMMAIRE", "ÉDITO": a press kit's parts, in capitals like a name
    if _COMMUNIQUE_SUFFIX.search(text) is not None:
        return True  # "LA PRÉFECTURE COMMUNIQUE", "Anne Martin, maire de Vaise, communique :"
    if len(text) > 120 or _TITLE_COLON.search(text) is not None:
        return False
    if _DANGLING.search(text) is not None:
        return False  # "LE PRÉFET LANCE UN APPEL À": no name ends with a preposition
    return bool(
        # a name starts with a capital ("médiathèque du quartier…" goes on with a wrapped
        # title) and holds no verb ("Théâtre de la Ville lance sa saison" is a title)
        (
            ISSUER_WORDS.match(text)
            and text[:1].isupper()
            and not _ARTICLE_AFTER_FIRST_WORD.match(text)
            and ANNOUNCING_VERB.search(text) is None
        )
        or is_person_name(text)
        or OFFICE.match(text)
        or _office_with_article(text)
        or (is_caps(text) and word_count(text) <= 6 and not text.endswith((".", "!", "?")))
    )


def _office_with_article(text: str) -> bool:
    """An office named with its article on a letterhead line of its own (``La secrétaire
    d'État``, ``Le préfet de la Drôme``): who signs, not a title (no verb, a few words)."""
    article = SUBJECT_ARTICLE.match(text)
    office = OFFICE.match(text, article.end()) if article is not None else None
    if office is None or word_count(text) > _OFFICE_LINE_WORDS:
        return False
    rest = text[office.end() :].strip()
    return not rest or (_PORTFOLIO.match(rest) is not None and _only_portfolio(rest))


def _only_portfolio(rest: str) -> bool:
    """Whether the words after an office name its portfolio only ("de la Culture", "chargée
    de la Transition écologique", "délégué en charge de l'Industrie"), not what its holder
    does ("du Rhône en visite à Vénissieux", "du Rhône reçoit les maires", "des Sports au
    Stade de Gerland"): no preposition but "de" and "auprès de", no article but after "de"."""
    words = _WORDS.findall(rest.lower())
    for before, word in zip(["de", *words], words, strict=False):
        if word in _NOT_IN_PORTFOLIO and not (word == "en" and _IN_CHARGE.search(rest)):
            return False
        if word in _ARTICLES and before not in ("de", "auprès"):
            return False
    return True


_WORDS = re.compile(r"[^\W\d_]+(?:['’](?=\w))?")
_ARTICLES = frozenset(("le", "la", "les", "un", "une"))
# (prepositions no portfolio holds: "à", "au", "pour", "sur"…; "en" but in "en charge de")
_NOT_IN_PORTFOLIO = frozenset(
    (
        "à", "au", "aux", "avec", "pour", "sur", "dans", "chez", "par", "contre", "vers",
        "lors", "face", "pendant", "après", "avant", "en",
    )
)  # fmt: skip
_IN_CHARGE = re.compile(r"\ben\s+charge\s+d", re.I)


# What may follow an office on its line: its portfolio.
_PORTFOLIO = re.compile(
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|charg[ée]e?|d[ée]l[ée]gu[ée]e?|aupr[èe]s)(?:\s|(?<=['’]))",
    re.I,
)
_OFFICE_LINE_WORDS = 14  # (a portfolio may be long: its words are checked one by one)


def _choose_headline(
    draft: Draft, candidates: list[_Candidate], navigation: list[int]
) -> int | None:
    """Choose the headline and the issuers above it; returns the headline's block index.

    A metadata title is the headline unless it is clearly wrong (a document type, a file
    name, a placeholder); a text title that says something else is reported. Lines above a
    site's navigation (``navigation``: where its lines start) name the site, not the issuer,
    when lines below it name one.
    """
    title = draft.document.metadata.title
    chosen: _Candidate | None = None
    if candidates:
        chosen = max(candidates, key=lambda c: c.score)  # first of the best
        chosen = _extend(chosen, candidates) if chosen.score > 0 else None
    wrong = _wrong_title(title) if title else None
    # the text's title, read once: compared with the metadata title, or the headline
    written = _headline_field(draft, chosen, candidates) if chosen is not None else None
    strong = chosen is not None and chosen.score >= 3
    if title and wrong is None and strong and written and _prefixed_copy(title, written.value):
        title, wrong = None, "the text's title with a prefix"  # "QUORVANE : <the H1>"
    if title and wrong is None:
        draft.headline = Field(title, _find_title(draft, candidates, title))
        if chosen is not None and (
            chosen.score < 3 or ("issuer-like" in chosen.evidence and _bare_name(chosen.line.text))
        ):
            # the metadata title is the headline; lines above are issuers, and so is a name
            # the text sets as strongly as a title ("**FÉDÉRATION FRANÇAISE DE …**"), not a
            # title that opens with one ("# Université de Lyon, lauréate du label …")
            chosen = None
        if chosen is not None and written is not None:
            _compare_titles(draft, title, written)
        issuers_until = len(candidates) if chosen is None else candidates.index(chosen)
    elif chosen is not None and written is not None:
        draft.headline = written
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
    _issuers(draft, _below_navigation(_issuer_lines(draft, candidates, issuers_until), navigation))
    _explain_headline(draft, candidates, chosen)
    return chosen.block if chosen is not None else None


# A government's portfolio under a minister's name: "MINISTRE DE LA MER", "Secrétaire d'État
# chargée du Numérique" (a director's title under her name is a nomination's subject).
_GOVERNMENT_OFFICE = re.compile(
    r"\W*(?:ministre|secr[ée]taire\s+d['’][ée]tat|haute?[- ]commissaire"
    r"|porte-parole\s+du\s+gouvernement)\b",
    re.I,
)
# A title about a person: an appointment, a tribute ("Nomination à la direction générale",
# "Hommage à …").
_PERSON_NEWS = re.compile(
    r"\b(?:nomination|nomm[ée]e?s?|portrait|hommage|disparition|d[ée]c[èe]s|succ[èe]de)\b", re.I
)


def _stamped_only(draft: Draft, title: _Candidate, line: _Candidate) -> bool:
    """Whether what stands between the page's title and ``line`` marks the page only: its
    publication stamps (``Publié le …``), no document type and no dateline of the release."""
    between = draft.document.text[title.line.span[1] : line.line.span[0]]
    stamped = False
    for text in between.splitlines():
        text = strip_decoration(text)
        if not text:
            continue
        if DOC_TYPE.fullmatch(text):
            return False
        dated = match_dateline(text, None)
        if dated is not None:
            if dated.place is not None or not PUBLICATION_LABEL.match(text):
                return False
            stamped = True
    return stamped


def _bare_name(text: str) -> bool:
    """A name and nothing else: no apposition or subtitle after a comma, a colon or a dash,
    a few words."""
    name = strip_decoration(text)
    return word_count(name) <= _BARE_NAME_WORDS and _APPOSITION.search(name) is None


_BARE_NAME_WORDS = 8
_APPOSITION = re.compile(r"[,:;!?]|\s[–—-]\s")


def _issuer_lines(draft: Draft, candidates: list[_Candidate], until: int) -> list[_Candidate]:
    """The lines that may name the issuers: those above the headline, and, when the page
    writes the title again around a pasted release's own letterhead ("Titre" / meta line /
    "AQUARISK MÉDITERRANÉE" / "COMMUNIQUÉ" / "Titre", or "Titre" / "Titre" / "MINISTÈRE DE
    L'EAU" / "COMMUNIQUÉ DE PRESSE"), the header's lines below the first copy too."""
    if until >= len(candidates):
        return candidates[:until]
    if "repeated" not in candidates[until].evidence:
        # A page's title over a pasted release's letterhead, before any type or dateline:
        # "<h1>Titre</h1>" / "Centre hospitalier universitaire de Brest" / "Communiqué de
        # presse" / "Brest, le 2 février 2022".
        title = candidates[until]
        later = candidates[until + 1 :]
        # A minister's letterhead under the title: the name over the portfolio ("CLÉMENCE
        # VAUTRIN" / "MINISTRE DE LA MER"), with or without a type or date above the title.
        signed = [
            line
            for c, under in itertools.pairwise(later)
            if c.block != title.block
            and under.block == c.block
            and "after-marker" not in c.evidence
            and is_person_name(strip_decoration(c.line.text))
            and _GOVERNMENT_OFFICE.match(strip_decoration(under.line.text)) is not None
            and _PERSON_NEWS.search(title.line.text) is None
            for line in (c, under)
        ]
        if "after-marker" in title.evidence:
            # a type or dateline above the title: no pasted release, but its minister
            return candidates[:until] + signed
        below = [
            c
            for c in later
            if c in signed
            or (
                c.block != title.block
                # (under a portal's stamp, "Publié le …", the release's letterhead still opens it)
                and (
                    ("issuer-like" in c.evidence and "after-marker" not in c.evidence)
                    or _stamped_only(draft, title, c)
                )
                and (ISSUER_WORDS.match(c.line.text) or OFFICE.match(c.line.text))
                and not _LISTED_NOUN.match(c.line.text)
            )  # "THÉÂTRE, DANSE ET MUSIQUE": a list
        ]
        return candidates[:until] + below
    key = " ".join(candidates[until].line.text.casefold().split())
    copies = [
        n
        for n in range(until + 1, len(candidates))
        if " ".join(candidates[n].line.text.casefold().split()) == key
    ]
    if not copies:
        return candidates[:until]
    return [
        c
        for n, c in enumerate(candidates)
        if n != until and " ".join(c.line.text.casefold().split()) != key
    ]


def _below_navigation(candidates: list[_Candidate], navigation: list[int]) -> list[_Candidate]:
    """The issuer lines below the last navigation line above them, when there are some: a
    page's banner ("Canton du Valais", "Kanton Wallis") sits above its breadcrumb, the
    release's letterhead below it."""
    if not candidates or not navigation:
        return candidates
    top = max(c.line.span[0] for c in candidates)
    last = max((start for start in navigation if start < top), default=-1)
    below = [c for c in candidates if c.line.span[0] > last]
    return below if below else candidates


def _explain_replaced(
    draft: Draft, chosen: tuple[str, str], held: Field, rejected: tuple[str, str]
) -> None:
    """The headline chosen among the header's lines gave way to ``draft.headline``: the
    explanation names the rule that read it and the evidence code (``chosen``), and the value
    it replaced with its source and code (``rejected``)."""
    headline = draft.headline
    if headline is None:
        return
    for index, explanation in enumerate(draft.explanations):
        if explanation.field == "headline":
            draft.explanations[index] = attrs.evolve(
                explanation,
                chosen=Candidate(headline.value, chosen[0], (chosen[1],), 0.0, headline.span),
                rejected=Candidate(held.value, rejected[0], (rejected[1],), 0.0, held.span),
            )


def _explain_cover_title(draft: Draft, cover: Field | None) -> None:
    """The cover title gave way to the release's own headline: say so in the explanation."""
    if draft.headline is None or cover is None or draft.headline is cover:
        return
    _explain_replaced(
        draft,
        ("past-cover-title", "past-cover-title"),
        cover,
        ("cover-title", "names-the-document"),
    )


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
    if _TEMPLATE_LINE.fullmatch(title):
        return "a template's directive"
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


def _prefixed_copy(title: str, written: str) -> bool:
    """Whether the metadata title is the text's title after a short prefix: the company's
    or the site's name a wire page puts before it (``QUORVANE : Chiffre d'affaires…`` over
    the page's ``<h1>Chiffre d'affaires…</h1>``), or a document type before the title or its
    beginning (``Invitation presse – L'épave remonte`` over ``# L'épave remonte : …``)."""
    meta, text = (" ".join(value.casefold().split()) for value in (title, written))
    if not text or meta == text:
        return False
    typed = DOC_TYPE_PREFIX.match(meta)
    if typed is not None and text.startswith(meta[typed.end() :].strip()):
        return True  # "Invitation presse – L'épave remonte" over "L'épave remonte : …"
    if not meta.endswith(text):
        return False
    # The prefix a wire page's title puts before the release's title: a name, then a colon,
    # a bar or a dash ("quorvane : "), read without a pattern (the name holds any letter).
    prefix = meta[: -len(text)].rstrip()
    if not prefix or prefix[-1] not in _PREFIX_ENDS:
        return False
    name = prefix[:-1].strip()
    if not 0 < len(name) <= _PREFIX_NAME or any(mark in name for mark in ":|–—"):
        return False
    # a name ("quorvane :"), not a topical kicker ("budget 2024 :"): the title as written
    # gives it in capitals or with every word capitalised, and without a figure
    written = title.split(":", 1)[0].strip() if ":" in title else title
    return not any(ch.isdigit() for ch in written) and (
        written.isupper() or all(w[:1].isupper() for w in written.split() if len(w) > 3)
    )


_PREFIX_ENDS = ":|–—-"
_PREFIX_NAME = 60


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
            and (
                _CONTINUATION_START.match(line.text)
                or not ISSUER_WORDS.search(line.text)
                # "LE PÔLE … LANCE LA NOUVELLE / MÉDIATHÈQUE DU QUARTIER": a line that cannot
                # end there goes on
                or _PRENOMINAL_END.search(kept[-1].text) is not None
            )
        )
        issuer_below = _issuer_like(line.text) and not dangling and not caps_title
        if line.emphasis is not kept[0].emphasis or issuer_below:
            break
        if kept[-1].text.endswith((".", "!", "?")):
            break  # a full stop ends a title
        if not dangling and not caps_title and _deck_line(kept[-1].text, line.text):
            break  # a subtitle under the title, not the title's wrapped end
        kept.append(line)
    if kept[-1] is draft.blocks[chosen.block].lines[-1]:
        kept += _wrapped_blocks(draft, chosen.block, kept[-1])
    text = " ".join(line.text for line in kept)
    span = lines_span(kept)
    return Field(strip_decoration(text) if text.startswith(("*", "#")) else text.strip(), span)


def _wrapped_blocks(draft: Draft, index: int, last: Line) -> list[Line]:
    """The lines of a title a PDF's text set in paragraphs of their own, one line each, after
    the block ``index`` that ends with ``last`` ("Une aide historique de la Région" / "pour
    l'Allier")."""
    found: list[Line] = []
    for block in draft.blocks[index + 1 : index + 1 + _WRAPPED_LINES]:
        if block.kind is not draft.blocks[index].kind or len(block.lines) != 1:
            break
        line = block.lines[0]
        if line.emphasis is not last.emphasis or not _wraps_onto(last.text, line.text):
            break
        found.append(line)
        last = line
    return found


def _deck_line(above: str, line: str) -> bool:
    """Whether ``line`` opens a subtitle (a deck) under the title line ``above`` rather than
    going on with it: it opens with a capital after a line that leaves no clause open (no
    colon, dash or comma at its end), and its first word would have fitted on the line
    above, since the line runs longer than the two together: text wrapped to a width moves a
    word down only when it does not fit."""
    words = line.split()
    if not words or not words[0][:1].isupper():
        return False
    if above.rstrip().endswith((":", "–", "—", "-", ",", "«")):
        return False
    return len(line.strip()) >= len(above.strip()) + 1 + len(words[0])


def _goes_on(above: _Candidate, text: str) -> bool:
    """Whether the line ``text`` goes on with the line read just above it (in its block, or
    in the block above when a PDF's text puts a blank line between them): that line ends
    with a comma or a word no line ends with, or this one opens with "et", "de"…"""
    last = above.line.text.rstrip()
    joins = _JOINS_ABOVE.match(text) is not None and (
        text.lstrip()[:1].islower() or is_caps(text)  # "Des jardins…" opens a line of its own
    )
    return bool(last.endswith(",") or _DANGLING.search(last) or joins)


# What a PDF or an e-mail leaves of an image: "LOGO", "[cid:image001.png@01DB…]", "[image]".
_IMAGE_PLACEHOLDER = re.compile(
    r"\s*(?:logo|image|photo|\[cid:[^\]\n]{1,200}\]|\[(?:image|photo)[^\]\n]{0,100}\]"
    # a logo's alt text in capitals, as a conversion writes it: "LOGO SDIS 13"
    r"|(?-i:LOGO)(?:\s+[\w'’&.-]{1,20}){1,3})\s*",
    re.I,
)
# A noun followed by a comma: the start of a list, not an organisation's name.
_LISTED_NOUN = re.compile(r"\s*[\w'’-]+\s*,")
# A line ending with a word that stands before its noun: the title goes on below.
_PRENOMINAL_END = re.compile(
    r"(?<!\S)(?:nouvel(?:le)?s?|nouveaux?|grande?s?|grands|premi[èe]re?s?|futur(?:e|s|es)?"
    r"|seule?s?|son|sa|ses|leurs?|notre|nos|votre|vos|cet(?:te)?|ce|ces)\s*$",
    re.I,
)
# A line opening with a conjunction or "de": the rest of the line above it in its block.
_JOINS_ABOVE = re.compile(r"\s*(?:et|ou|de|des|du|d['’])(?:\s|(?<=['’]))", re.I)
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
        same_block = above is not None and (
            above.block == candidate.block or _next_line(draft, above, candidate)
        )
        if _LEGAL_MENTION.search(text):
            # "Association loi 1901", "SA au capital de …": the line above names the organisation
            if pending is None and same_block and above is not None:
                _issuer_above(draft, above)
            continue
        under_name = above is not None and (same_block or above.block == candidate.block - 1)
        if (draft.issuers or pending is not None) and under_name and _DESCRIPTOR.fullmatch(text):
            continue  # "Société d'économie mixte locale" under the name: what it is, not who
        last = draft.issuers[-1] if draft.issuers and pending is None else None
        if (
            last is not None
            and same_block
            and above is not None
            and _ends_on(last, above)
            and _name_continues(last.name, text)
            and _same_column(draft.document.text, last.span, candidate.line.span)
        ):
            _extend_issuer(draft, candidate.line)
            continue
        beside = _column_issuer(draft, candidate.line) if pending is None and same_block else None
        if beside is not None and _name_continues(draft.issuers[beside].name, text):
            # a letterhead in two columns: the left name goes on under itself
            _extend_issuer(draft, candidate.line, beside)
            continue
        if pending is not None and (OFFICE.match(text) or (pending[1] and _continues(text))):
            pending[1].append(candidate.line.text.strip(" *_\t"))
            pending[2].append(candidate.line)
            continue
        if is_state_frame(text) or text.count(" | ") >= 2:
            continue  # the State's frame; a strip of fields "COMMUNIQUÉ | PARIS | 9 AVRIL"
        if _SECTION_TITLE.fullmatch(text):
            continue  # "ESPACE PRESSE", "Salle de presse": the site's section, no name
        if word_count(text) <= 3 and WIRE_SIGN.search(text):
            continue  # the wire's own name over the release ("ACTUSNEWS WIRE")
        if (draft.issuers or pending is not None) and SERVICE_LINE.fullmatch(text):
            continue  # the issuer's department: "Direction des sécurités"
        if draft.issuers and pending is None and _office_with_article(text):
            continue  # "La secrétaire d'État" under the ministry: an office, no one's name
        flush()
        if draft.issuers and (
            _acronym_of(text, draft.issuers[-1].name)
            or _acronym_of(draft.issuers[-1].name.split(maxsplit=1)[0], text)
        ):
            # "ANVOA" under "AGENCE NATIONALE …", or the name spelt out under "FNAPH" or
            # under an acronym and its territory ("ARS Occitanie" / "Agence régionale de santé")
            continue
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
            line = candidate.line
            for part in _co_issuers(name):
                at = max(0, line.text.find(part))
                draft.issuers.append(Issuer(part, None, line.locate(at, at + len(part))))
    flush()
    _drop_repeated_issuers(draft)


def _co_issuers(name: str) -> list[str]:
    """The organisations a letterhead line names side by side (``Université des Antilles ·
    Centre national de recherche …``): split at a middle dot, a bullet or a bar when every
    part is an organisation's name; else the line's name whole."""
    if not any(mark in name for mark in "·•|"):
        return [name]
    parts = [strip_decoration(part) for part in _CO_ISSUER_SEPARATOR.split(name)]
    if len(parts) == 2 and ISSUER_WORDS.fullmatch(parts[0]):
        return [parts[1]]  # "Société | QUORVANE": a field's label, then the name
    if (
        len(parts) >= 2
        and _organisation_like(parts[0])
        and all(_department_or_status(part) for part in parts[1:])
    ):
        # "Ville de Lyon | Direction des Sports", "Mairie de Lyon · Cabinet du Maire",
        # "Théâtre des Célestins | Centre dramatique national": its unit or its status
        return [parts[0]]
    if len(parts) < 2 or not all(part and _organisation_like(part) for part in parts):
        return [name]
    return parts


_CO_ISSUER_SEPARATOR = re.compile(r"(?<!\s)\s+[·•|]\s+")


def _department_or_status(part: str) -> bool:
    """A unit of the body named before it ("Direction des Sports", "Cabinet du Maire") or
    what kind of body it is, its head then adjectives in lower case ("Centre dramatique
    national", "Scène nationale")."""
    if SERVICE_LINE.fullmatch(part) or DEPARTMENT_LINE.search(part) or _CABINET.match(part):
        return True
    if _DESCRIPTOR.fullmatch(part):
        return True
    words = part.split()
    return (
        2 <= len(words) <= _STATUS_WORDS  # ("Centre national de la recherche scientifique")
        and all(word.islower() for word in words[1:])
        # ("Office de tourisme": a body of its own, named by its complement)
        and words[1] not in ("de", "du", "des")
        and not words[1].startswith(("d'", "d’"))
    )


_STATUS_WORDS = 3
# The office of a holder: "Cabinet du Maire", "Cabinet de la Présidente".
_CABINET = re.compile(r"cabinet\s+(?:du|de\s+la|de\s+l['’])\s", re.I)


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
# A line saying what kind of body the name above is, in common nouns only: "Société
# d'économie mixte locale", "Régie publique de l'eau et de l'assainissement", "Établissement
# public à caractère industriel et commercial" (a second organisation has a proper name).
_DESCRIPTOR = re.compile(
    r"(?i:soci[ée]t[ée]\s+(?:d['’][ée]conomie\s+mixte|publique\s+locale|anonyme|coop[ée]rative"
    r"|par\s+actions|[àa]\s+responsabilit[ée]|d['’]int[ée]r[êe]t\s+collectif)"
    r"|r[ée]gie\s+(?:publique|municipale|intercommunale|personnalis[ée]e)"
    r"|[ée]tablissement\s+public|groupement\s+d['’]int[ée]r[êe]t\s+(?:public|[ée]conomique)"
    r"|association\s+(?:reconnue|agr[ée][ée]e|d[ée]clar[ée]e))[a-zà-ÿœæ'’ -]{0,100}"
)
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
    r"|pr[ée]f(?:et|[èe]te|ecture)|ville|commune|mairie"
    # a State body named after its region: "AGENCE RÉGIONALE DE SANTÉ" / "LA RÉUNION"
    r"|agence\s+r[ée]gionale\s+de\s+sant[ée]|rectorat|acad[ée]mie)",
    re.I,
)
# A word in capitals this short under a name is its acronym, not the rest of the name.
_ACRONYM_LENGTH = 5
# A ministry, whose letterhead sets its long name in capitals over as many lines as it takes.
_MINISTRY = re.compile(r"minist[èe]re\b", re.I)
# A name continued on the next line: "PRÉFET" / "D'ILLE-ET-VILAINE", "… de la Gironde".
_NAME_CONTINUATION = re.compile(
    r"(?:et\s+)?(?:de\s+la|de\s+l['’]|du|des|de|d['’])(?:\s|(?<=['’]))"
    # a ministry's portfolio: "SECRÉTARIAT D'ÉTAT" / "CHARGÉ DE LA MER", "… AUPRÈS DU …"
    r"|(?:charg[ée]e?s?|aupr[èe]s)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])",
    re.I,
)


def _next_line(draft: Draft, above: _Candidate, below: _Candidate) -> bool:
    """Whether ``below``'s line comes right after ``above``'s in the text, with no blank line
    between them: a page captured as text puts each line in a block of its own, and a
    letterhead's lines ("PRÉFET" / "DU CANTAL") still run on."""
    end, start = above.line.span[1], below.line.span[0]
    between = draft.document.text[end:start] if 0 <= end <= start else "\n\n"
    return between.count("\n") == 1 and not between.strip()


def _read_from(issuer: Issuer, candidate: _Candidate) -> bool:
    """Whether ``issuer`` was read from ``candidate``'s line."""
    span = candidate.line.span
    return issuer.span is not None and span[0] <= issuer.span[0] < span[1]


def _ends_on(issuer: Issuer, candidate: _Candidate) -> bool:
    """Whether ``issuer``'s name, perhaps read over several lines, ends on ``candidate``'s."""
    span = candidate.line.span
    return issuer.span is not None and span[0] < issuer.span[1] <= span[1]


def _same_column(text: str, above: Span | None, below: Span) -> bool:
    """Whether two lines of a letterhead laid out in columns stand in the same column (a
    name in the right column goes on in the right column); true outside column layouts."""
    if above is None:
        return True
    columns = [span[0] - (text.rfind("\n", 0, span[0]) + 1) for span in (above, below)]
    if abs(columns[0] - columns[1]) <= _COLUMN_SLACK or max(columns) < _COLUMN_START:
        return True
    # centred lines: their middles align ("AGENCE RÉGIONALE DE SANTÉ" over "LA RÉUNION")
    ends = [span[1] - (text.rfind("\n", 0, span[0]) + 1) for span in (above, below)]
    return abs((columns[0] + ends[0]) - (columns[1] + ends[1])) <= 2 * _COLUMN_SLACK


# How far apart two lines of one column may start; a column starts this far right at least.
_COLUMN_SLACK = 6
_COLUMN_START = 20


# A name's second line opening with "de", "du", "des"… runs to this many words.
_CONTINUATION_WORDS = 10


def _name_continues(name: str, text: str) -> bool:
    """Whether the line ``text`` completes the organisation ``name`` read just above it."""
    if text.endswith((".", "!", "?")) or DEPARTMENT_LINE.search(text):
        return False
    if (
        _NAME_CONTINUATION.match(text)
        and word_count(text) <= _CONTINUATION_WORDS
        and _continues_in_its_case(name, text)
    ):
        return True  # "COMMUNAUTÉ DE COMMUNES" / "DES VALLÉES DE L'OUCHE ET DU SUZON"
    if word_count(text) > 6:
        return False
    if _MINISTRY.match(name) and is_caps(name) and is_caps(text) and not ISSUER_WORDS.match(text):
        return True  # a ministry's name set in capitals line by line: … / "ALIMENTAIRE"
    if ISSUER_WORDS.match(name) and is_caps(name) and is_caps(text) and word_count(text) == 1:
        # "CENTRE HOSPITALIER" / "INTERCOMMUNAL", not an acronym ("ANVOA", "CHIC")
        return len(text) > _ACRONYM_LENGTH and not ISSUER_WORDS.match(text)
    return bool(
        _COLLECTIVE_KIND.fullmatch(name)
        and text[:1].isupper()
        and not ISSUER_WORDS.search(text)
        and not is_person_name(text)
    )


def _continues_in_its_case(name: str, text: str) -> bool:
    """A name goes on over a line in its own case: a line in capitals under a name in
    capitals, a line opening in lower case ("de la Drôme") under one in mixed case; a line
    opening with a capital particle ("Des jardins partagés…") under a mixed-case name, or in
    mixed case under capitals, is a title."""
    if is_caps(text):
        return is_caps(name)
    return text.lstrip(" *_")[:1].islower() or _PORTFOLIO_HEAD.match(text) is not None


# A ministry's portfolio line, capitalised or not: "Chargé de la Mer", "auprès du ministre".
_PORTFOLIO_HEAD = re.compile(r"\W*(?:charg[ée]e?s?|aupr[èe]s)\s", re.I)


def _column_issuer(draft: Draft, line: Line) -> int | None:
    """In a letterhead laid out in columns, the index of an issuer standing in ``line``'s
    column on the source line right above it, if any."""
    text = draft.document.text
    if "    " not in _source_line(text, line.span).strip():
        return None  # no other column on the line
    for index in range(len(draft.issuers) - 1, max(-1, len(draft.issuers) - 4), -1):
        span = draft.issuers[index].span
        if span is None or text.count("\n", span[1], line.span[0]) != 1:
            continue
        if _same_column(text, span, line.span):
            return index
    return None


def _extend_issuer(draft: Draft, line: Line, index: int = -1) -> None:
    last = draft.issuers[index]
    text = line.text.strip()
    start = line.text.find(text)
    end_span = line.locate(start, start + len(text))
    span = (last.span[0], end_span[1]) if last.span is not None else end_span
    name = last.name
    if last.span is not None and "," in draft.document.text[last.span[1] - 1 : last.span[1] + 1]:
        name += ","  # "MINISTÈRE DE L'ÉCONOMIE," / "DES FINANCES": the comma is the name's
    draft.issuers[index] = attrs.evolve(last, name=f"{name} {strip_decoration(text)}", span=span)


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
    if _TITLE_COLON.search(text):
        return False  # "Néovalis : une activité solide au premier semestre": a title
    return bool(ISSUER_WORDS.search(text)) or (is_caps(text) and word_count(text) <= 8)


# A title's colon: a subject, then what is said of it in lower case.
_TITLE_COLON = re.compile(r"(?<!\s)\s+:\s+[a-zà-ÿ]")


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
