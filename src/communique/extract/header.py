"""The header step: document type, reference, websites, headline, lede and issuers.

The header is the run of blocks before the first body paragraph (``draft.body_start``, set
by the find-body step, `communique.extract.body_start`). The step, top to bottom:

1. scan the header lines one by one, each by the first of the line rules (`SCAN_RULES`, an
   ordered list of named rules, editable by name) that consumes it: page furniture is set aside
   (`communique.extract.page_furniture`), document types, datelines, references and websites
   are read, a title packed with a date, a timestamp, a reference or a type is unpacked
   (`communique.extract.packed_title`); what remains are candidates, each with the headline
   evidence that fires for it (`communique.extract.headline_rules`);
2. choose the headline (`_choose_headline`): the best-scored candidate, or the metadata
   title unless it is clearly wrong (`communique.extract.metadata_title`); the candidates
   above it are read for the issuers (`communique.extract.letterhead`: organisation lines,
   or a person's name line with the office below it);
3. look past a press kit's cover title and for a fuller copy of a cut title;
4. choose the document type, the lede and the reference by their field rules
   (`communique.extract.choice`), and give short paragraphs below the headline back to the
   body.
"""

from __future__ import annotations

import collections
import itertools
import re
from collections.abc import Callable

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Line
from ..french.dates import DATE
from ..french.vocabulary import (
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    ENGLISH_FUNCTION_WORDS,
    FRENCH_FUNCTION_WORDS,
    ISSUER_WORDS,
    MARKET_QUOTE,
    MARKET_TICKER_LINES,
    OTHER_FUNCTION_WORDS,
    PORTAL_FIELD,
    RELEASE_MARKER,
    WEBSITE,
    WIRE,
)
from ..models import Candidate, Explanation, Issuer, Span
from ..steps import Rules, Step
from . import doc_type as doc_types_read
from .choice import FieldCandidate, FieldRules, HeaderCandidate, HeaderScan
from .dateline import TITLE_PAGE_BLOCKS, broken_dateline, match_dateline
from .doc_type import DOC_TYPE_FIELD
from .draft import Draft, Field, Role
from .headline_rules import (
    HEADLINE_FIELD,
    HEADLINE_RULES,
    NEWS_WORDS,
    HeaderLine,
    HeadlineRule,
    HeadlineRules,
    is_byline,
    is_prose,
)
from .lede import LEDE_FIELD, lines_span
from .letterhead import (
    KICKER_WORDS,
    LETTERHEAD_RULES,
    LetterheadRule,
    below_navigation,
    issuer_like,
    issuer_lines,
    read_issuers,
)
from .metadata_title import (
    compare_titles,
    paraphrased_copy,
    prefixed_copy,
    shortened_copy,
    typed_topic,
    without_site_name,
    wrong_title,
)
from .packed_title import (
    after_timestamp,
    name_beside_type,
    title_after_date,
    title_after_type,
    unpacked_title,
)
from .page_furniture import (
    BREADCRUMB,
    BREADCRUMB_WORDS,
    SECTION_TITLE,
    furniture,
    menu_blocks,
    menu_line,
    source_line,
)
from .reference import REFERENCE_FIELD, read_reference
from .text import (
    dangling_end,
    is_caps,
    lowered_holds,
    opens_a_title,
    strip_decoration,
    word_count,
)

__all__ = [
    "DOC_TYPE_FIELD",
    "HEADLINE_FIELD",
    "HEADLINE_RULES",
    "LEDE_FIELD",
    "REFERENCE_FIELD",
    "SCAN_RULES",
    "HeaderLine",
    "HeadlineRule",
    "HeadlineRules",
    "LineRule",
    "LineScan",
    "header",
    "header_step",
]


def header(draft: Draft) -> None:
    """Document type, reference, websites, headline, lede and issuers."""
    _header(
        draft,
        HEADLINE_FIELD,
        DOC_TYPE_FIELD,
        LEDE_FIELD,
        REFERENCE_FIELD,
        SCAN_RULES,
        LETTERHEAD_RULES,
    )


def header_step(
    *,
    headline: HeadlineRules | None = None,
    doc_type: FieldRules = DOC_TYPE_FIELD,
    lede: FieldRules = LEDE_FIELD,
    reference: FieldRules = REFERENCE_FIELD,
    scan: Rules[LineRule] | None = None,
    letterhead: Rules[LetterheadRule] = LETTERHEAD_RULES,
) -> Step:
    """The header step with other rules (or weights) for the headline, the document type, the
    lede or the reference than the defaults (`HEADLINE_FIELD`, `DOC_TYPE_FIELD`,
    `LEDE_FIELD`, `REFERENCE_FIELD`), or other line rules for the scan of the header lines
    than `SCAN_RULES`, or for the issuer lines above the headline than `LETTERHEAD_RULES`
    (`communique.extract.letterhead`), edited by name:

    ```python
    mine = DOC_TYPE_FIELD.with_rule("my-label", read_my_label, before="metadata", weight=2.5)
    steps = DEFAULT_STEPS.replace("header", header_step(doc_type=mine))
    lines = SCAN_RULES.before("furniture", "my-banner", skip_my_banner)
    steps = DEFAULT_STEPS.replace("header", header_step(scan=lines))
    names = LETTERHEAD_RULES.before("organisation", "my-logo", read_my_logo)
    steps = DEFAULT_STEPS.replace("header", header_step(letterhead=names))
    ```

    !!! info "Added in version 0.2"
    """
    evidence = HEADLINE_FIELD if headline is None else headline
    line_rules = SCAN_RULES if scan is None else scan

    def step(draft: Draft) -> None:
        _header(draft, evidence, doc_type, lede, reference, line_rules, letterhead)

    return step


def _header(
    draft: Draft,
    headline: HeadlineRules,
    doc_type: FieldRules,
    lede: FieldRules,
    reference: FieldRules,
    line_rules: Rules[LineRule],
    letterhead: Rules[LetterheadRule],
) -> None:
    candidates, scan, chrome = _scan(draft, headline, line_rules)
    headline_block = _choose_headline(draft, candidates, chrome, letterhead)
    _fuller_title_in_text(draft, headline_block)
    _french_twin(draft, candidates)
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


# -- the scan of the header lines --------------------------------------------------------------


@attrs.define
class LineScan:
    """What the scan of the header lines holds while it reads them, shared by the line rules.

    The scan reads the header's blocks in order and hands each line to the line rules
    (`SCAN_RULES`). ``block_index`` and ``block`` are the block being read, ``line`` the line
    as the rules before the current one left it (a rule that unpacks a line, such as a title
    after its date, puts the unpacked line there). The lists fill as the rules read:
    ``candidates`` the headline's candidate lines, ``navigation`` where each line of a site's
    navigation starts, ``doc_types`` and ``references`` the fields read on header lines. The
    flags say what stands above: ``after_marker`` a document type or dateline (the headline
    usually follows), ``pending`` no candidate line since that marker, ``marker_after_block``
    a marker beside other text (it counts from the next block), ``prose_seen`` a full
    sentence earlier in the block. ``previous`` is the line read last and ``prior`` the one
    read before the current line (rules compare them with the last candidate's line);
    ``doc_type_line`` the line that just gave the first document type (its wrapped end may
    follow).

    !!! info "Added in version 0.2"
    """

    draft: Draft
    headline: HeadlineRules
    block_index: int = 0
    block: Block | None = None
    line: Line | None = None
    candidates: list[HeaderCandidate] = attrs.Factory(list)
    navigation: list[int] = attrs.Factory(list)
    doc_types: list[FieldCandidate] = attrs.Factory(list)
    references: list[FieldCandidate] = attrs.Factory(list)
    after_marker: bool = False
    pending: bool = False
    marker_after_block: bool = False
    prose_seen: bool = False
    previous: Line | None = None
    prior: Line | None = None
    doc_type_line: Line | None = None
    ticker: bool | None = None  # an investor portal's ticker over the page (`_market_ticker`)

    @property
    def current_block(self) -> Block:
        """The block being read (set by the scan before any rule runs)."""
        assert self.block is not None
        return self.block

    def add_candidate(self, line: Line, evidence: tuple[str, ...]) -> None:
        """Keep ``line`` of the current block as a headline candidate with ``evidence``."""
        weights = self.headline.weights
        self.candidates.append(HeaderCandidate(self.block_index, line, evidence, weights))
        self.pending = False

    def headline_evidence(self, line: Line) -> tuple[str, ...]:
        """The headline evidence that fires for ``line`` where it stands."""
        seen = HeaderLine(self.current_block, line, self.after_marker, self.pending)
        return self.headline.evidence(seen)

    def last_candidate_opens_block(self) -> bool:
        """Whether the last candidate is the line read last, and the first of its block (a
        title set apart, not the last line of a letterhead: name, tagline)."""
        if not self.candidates or self.candidates[-1].line is not self.previous:
            return False
        above = self.candidates[-1]
        return self.draft.blocks[above.block].lines[0] is above.line

    def mark_last_candidate(self, code: str, *, back: int = 1) -> None:
        """Add the evidence ``code`` to the last candidate (``back=2``: the one before it)."""
        marked = self.candidates[-back]
        self.candidates[-back] = attrs.evolve(marked, evidence=(*marked.evidence, code))


#: A line rule reads one kind of header line: it takes the scan's state and the line (as the
#: rules before it left it, also ``scan.line``) and returns True when it consumed the line,
#: so that no later rule sees it. A rule that returns False may still update the state, or
#: put an unpacked line in ``scan.line`` for the rules after it.
LineRule = Callable[[LineScan, Line], bool]


def _type_continued(scan: LineScan, line: Line) -> bool:
    """A document type broken over two lines ("COMMUNIQUÉ" / "DE PRESSE" on a cover page) is
    one type: the line right below the first type line may end it."""
    above, scan.doc_type_line = scan.doc_type_line, None
    return above is not None and doc_types_read.read_continued(above, line, scan.doc_types)


def _timestamp(scan: LineScan, line: Line) -> bool:
    """A portal's timestamp glued before a title: the dateline step reads the date; the rules
    below read the rest of the line, and the title follows a marker."""
    stamped = after_timestamp(line)
    if stamped is not None:
        scan.line, scan.after_marker, scan.pending = stamped, True, True
    return False


def _doc_type(scan: LineScan, line: Line) -> bool:
    """A document type line ("Communiqué de presse"): the headline usually follows it, and a
    title set apart right above it is the headline."""
    draft = scan.draft
    first = not scan.doc_types
    if not doc_types_read.read_line(draft, line, scan.doc_types, scan.references):
        return False
    if _beside_other_text(draft.document.text, line.span):
        # A type in a letterhead's right column ("FESTIVAL X     FLASH PRESSE"): the
        # letterhead's next line is no title; the next block may be.
        scan.marker_after_block = True
    else:
        scan.after_marker = scan.pending = True
    scan.doc_type_line = line if first and scan.doc_types else None
    own_type = bool(scan.doc_types) and "section-label" not in scan.doc_types[-1].evidence
    if (
        own_type
        and scan.last_candidate_opens_block()
        and "\n" in draft.document.text[scan.candidates[-1].line.span[1] : line.span[0]]
    ):  # not a letterhead whose type stands beside it in a column of the same line
        scan.mark_last_candidate("above-its-type")  # "Titre" / "Communiqué de presse"
    scan.previous = line
    return True


def _dateline(scan: LineScan, line: Line) -> bool:
    """A dateline ("Paris, le 12 mars 2026"): the dateline step reads it, the headline usually
    follows, a title right above it is the headline; a title after the date on the same line
    ("12 mars 2026 – Budget participatif : …") is read on by the rules below."""
    draft = scan.draft
    dated = match_dateline(line.text, draft.options.reference_date)
    if dated is None:
        return False
    scan.after_marker = scan.pending = True
    typed = DOC_TYPE_PREFIX.match(line.text)
    if RELEASE_MARKER.match(line.text, typed.end() if typed is not None else 0) or (
        typed is not None and doc_types_read.marked_type(typed.group(1))
    ):
        # "Information réglementée – Lyon, le …", "Pour diffusion immédiate – Paris, le …",
        # "Communiqué de presse – Information réglementée – Lyon, le …": the label before
        # the dateline still marks a release
        draft.evidence.append("release-marker")
    read_reference(draft, line, scan.references)
    doc_types_read.read_after_date(draft, line, dated.end, scan.doc_types)
    if scan.last_candidate_opens_block():
        scan.mark_last_candidate("above-its-date")  # "Titre" / "Publié le …"
    titled = title_after_date(line, dated)
    if titled is None:
        scan.previous = line
        return True
    scan.line = titled
    return False


def _wire_dateline(scan: LineScan, line: Line) -> bool:
    """A wire's dateline, a line of its own ("GRENOBLE, France--(BUSINESS WIRE)--"): the
    dateline step reads it; the headline usually follows, and it is none. (What follows the
    wire's dashes on the line, a label, a day or the lead, leaves it to the rules below.)"""
    wire = WIRE.match(line.text)
    if wire is None or not wire.group("wire") or line.text[wire.end() :].strip():
        return False
    scan.after_marker = scan.pending = True
    scan.previous = line
    return True


def _remember_line(scan: LineScan, line: Line) -> bool:
    """Every line that reaches here is read for what it says (a marker, a field, chrome or a
    candidate): it is the line above the next one, for the rules that look at the line read
    last. Consumes nothing."""
    scan.prior, scan.previous = scan.previous, line
    return False


def _release_marker(scan: LineScan, line: Line) -> bool:
    """A short embargo or immediate-release line ("Pour diffusion immédiate") is evidence
    that the text is a release, never a title."""
    if RELEASE_MARKER.match(line.text) and len(line.text) <= 120:
        scan.draft.evidence.append("release-marker")
        return True
    return False


def _portal_field(scan: LineScan, line: Line) -> bool:
    """A field of a wire's or portal's header (``Catégorie : …``) is no title; ``Société : X``
    names the issuer."""
    field = PORTAL_FIELD.fullmatch(line.text) if len(line.text) <= 160 else None
    if field is None:
        return False
    if field.group("issuer") is not None:
        name = strip_decoration(field.group("issuer"))
        start = line.text.find(name, field.start("issuer"))
        scan.draft.issuers.append(Issuer(name, None, line.locate(start, start + len(name))))
    return True


def _reference(scan: LineScan, line: Line) -> bool:
    """A reference line ("Réf. : CP-2026-014") gives the reference, no title."""
    return read_reference(scan.draft, line, scan.references)


def _website(scan: LineScan, line: Line) -> bool:
    """A line that is a web address gives a website, no title."""
    bare = strip_decoration(line.text)
    match = WEBSITE.fullmatch(bare) if len(bare) < 300 else None
    if match is None:
        return False
    start = line.text.find(bare)
    scan.draft.websites.append(scan.draft.field(line, start, start + len(bare)))
    return True


def _navigation(scan: LineScan, line: Line) -> bool:
    """A menu or a breadcrumb is the site's navigation: kept apart, since the issuers are
    read below it."""
    written = source_line(scan.draft.document.text, line.span)  # runs of spaces kept
    text = line.text
    if menu_line(written) or (
        lowered_holds(text, BREADCRUMB_WORDS) and BREADCRUMB.search(text) is not None
    ):
        scan.navigation.append(line.span[0])
        return True
    return False


def _furniture(scan: LineScan, line: Line) -> bool:
    """Portal chrome ("Partager", "Imprimer cette page", a template's directive) is no
    title, nor a line without a letter (a page's counter: "1/11", "38"), nor a line of an
    investor portal's ticker ("CAC 40 :", "• Dow Jones", "EUR/USD")."""
    if furniture(line.text) or not any(char.isalpha() for char in line.text):
        return True
    if not _market_line(line.text):
        return False
    if scan.ticker is None:
        scan.ticker = _market_ticker(scan.draft)
    return scan.ticker


def _market_line(text: str) -> bool:
    """A ticker's line: a market's name or a quote's label (`MARKET_QUOTE`), with letters."""
    return MARKET_QUOTE.fullmatch(text) is not None and any(char.isalpha() for char in text)


def _market_ticker(draft: Draft) -> bool:
    """Whether the header quotes several markets, each on its line: a portal's ticker (one
    market's name is a release's word, "NYSE" a letterhead)."""
    quoted = 0
    for block in draft.blocks[: draft.body_start]:
        for line in block.lines:
            if _market_line(line.text):
                quoted += 1
                if quoted >= MARKET_TICKER_LINES:
                    return True
    return False


def _section_title(scan: LineScan, line: Line) -> bool:
    """The site's section over the title ("Espace presse" / "Titre") is no title; alone in its
    block it may be the title."""
    last = line is scan.current_block.lines[-1]
    return not last and SECTION_TITLE.fullmatch(strip_decoration(line.text)) is not None


def _unpacked_title(scan: LineScan, line: Line) -> bool:
    """A title packed with a date, a reference or a type, or a name beside a type, or a title
    after its type and a separator, is read on without them by the rules below."""
    unpacked = unpacked_title(scan.draft, line, scan.doc_types) or name_beside_type(line)
    if unpacked is not None:
        scan.line = unpacked
        return False
    titled = title_after_type(line)
    if titled is None:
        return False
    if len(titled.text.split()) < _TITLE_AFTER_TYPE_WORDS:
        # "Communiqué de presse – Rennes Métropole", "– Santé", "– Mars 2024": a tag (the
        # issuer, a place, a section, a month), read on as any line
        scan.line = titled
        return False
    # "Communiqué de presse – inauguration des services …": what follows the generic label
    # and its separator is the title, whatever its case
    scan.pending = False
    evidence = [code for code in scan.headline_evidence(titled) if code != "lower-case-start"]
    scan.add_candidate(titled, (*evidence, "title-after-type"))
    return True


# A title after its type holds this many words at least; fewer are a tag.
_TITLE_AFTER_TYPE_WORDS = 4


def _subject_line(scan: LineScan, line: Line) -> bool:
    """An e-mail's subject line kept in the text: its value is a candidate, marked so."""
    subject = _SUBJECT.match(line.text)
    if subject is None:
        return False
    end = len(line.text)
    start = subject.end()
    typed = DOC_TYPE_PREFIX.match(line.text, start)
    if typed is not None and typed.end() < end:
        # "Objet : Communiqué de presse - Le Gouvernement adopte …": the type, then the title
        start = typed.end()
    value = Line(line.text[start:], line.locate(start, end), source=line.source)
    scan.add_candidate(value, (*scan.headline_evidence(value), "subject-line"))
    return True


def _candidate(scan: LineScan, line: Line) -> bool:
    """Any other line is a headline candidate (or an issuer's or a lede's line), with the
    headline evidence that fires for it where it stands."""
    text = line.text
    evidence = scan.headline_evidence(line)
    scan.pending = False
    candidates = scan.candidates
    if candidates and candidates[-1].line is scan.prior and _goes_on(candidates[-1], text):
        evidence = (*evidence, "continues-above")  # "… DES PORTS" / "ET DE L'ÉCONOMIE"
    if scan.prose_seen:  # a line inside running text, below a full sentence of its block
        evidence = (*evidence, "inside-running-text")
    scan.prose_seen = scan.prose_seen or is_prose(text)
    scan.add_candidate(line, evidence)
    return True


#: The line rules of the header scan, in the order they run: the first that consumes a line
#: decides what it is. Edit by name (``SCAN_RULES.before("furniture", "my-banner", rule)``)
#: and pass the list to `header_step` (``header_step(scan=…)``).
SCAN_RULES: Rules[LineRule] = Rules(
    (
        ("type-continued", _type_continued),
        ("timestamp", _timestamp),
        ("doc-type", _doc_type),
        ("dateline", _dateline),
        ("wire-dateline", _wire_dateline),
        ("remember-line", _remember_line),
        ("release-marker", _release_marker),
        ("portal-field", _portal_field),
        ("reference", _reference),
        ("website", _website),
        ("navigation", _navigation),
        ("furniture", _furniture),
        ("section-title", _section_title),
        ("unpacked-title", _unpacked_title),
        ("subject-line", _subject_line),
        ("candidate", _candidate),
    )
)


def _scan(
    draft: Draft, headline: HeadlineRules, rules: Rules[LineRule]
) -> tuple[list[HeaderCandidate], HeaderScan, list[int]]:
    """Read the header lines, each by the first of ``rules`` that consumes it: document types,
    references and websites are kept, chrome and release markers set aside; the other lines
    are the headline's candidates. Also returns where each line of a site's navigation
    (breadcrumb, menu) starts."""
    scan = LineScan(draft, headline)
    menu = menu_blocks(draft.blocks, draft.body_start)
    for index in range(draft.body_start):
        if not _reads_block(scan, index, menu):
            continue
        scan.block_index, scan.block, scan.prose_seen = index, draft.blocks[index], False
        for line in scan.current_block.lines:
            scan.line = line
            for _, rule in rules:
                if rule(scan, scan.line):
                    break
    _over_glued_dateline(scan)
    found = HeaderScan(tuple(scan.doc_types), tuple(scan.references))
    return _lone_line(_repeated_titles(scan.candidates)), found, scan.navigation


def _over_glued_dateline(scan: LineScan) -> None:
    """A title set apart right above the body's first paragraph, which opens with the
    dateline ("Titre" / "Québec, le 23 septembre 1998 – Le premier ministre…"), is above its
    date as a title over a dateline line is."""
    draft = scan.draft
    if draft.body_start >= len(draft.blocks) or not scan.last_candidate_opens_block():
        return
    title_over_deck = False
    if len(scan.candidates) > 1:
        above, last = scan.candidates[-2], scan.candidates[-1]
        deck = len(last.line.text) < len(above.line.text)
        if above.block == last.block - 1 and "title-length" in above.evidence and deck:
            return  # "Titre" / "Un chantier de dix mois": a deck sits between title and date
        # "TotalEnergies SE : Résultats du troisième trimestre 2022" / "TotalEnergies affiche
        # un résultat net … et partage la valeur avec …": a wire's long deck, a sentence
        # under the title, between it and the dateline
        title_over_deck = (
            above.block == last.block - 1
            and "title-length" in above.evidence
            and word_count(above.line.text) >= _TITLE_OVER_DECK_WORDS
            and len(last.line.text) >= max(_LONG_DECK, _DECK_SHARE * len(above.line.text))
        )
    first = draft.blocks[draft.body_start]
    if first.kind is not BlockKind.PARAGRAPH or not first.lines:
        return
    dated = match_dateline(first.lines[0].text, draft.options.reference_date, need_place=True)
    if dated is not None and dated.place is not None and dated.glued:
        scan.mark_last_candidate("above-its-date", back=2 if title_over_deck else 1)


# A wire's deck under its title: this long at least, and half as long again as the title;
# the title over it holds this many words at least (a kicker fewer).
_LONG_DECK = 100
_DECK_SHARE = 1.5
_TITLE_OVER_DECK_WORDS = 5


def _reads_block(scan: LineScan, index: int, menu: set[int]) -> bool:
    """Whether the line rules read the block ``index``: not metadata or furniture (another
    step's), a menu, a rule, nor a dateline broken over lines (the dateline step reads it)."""
    draft = scan.draft
    if draft.roles.get(index) in (Role.METADATA, Role.FURNITURE):
        return False
    on_top = draft.contacts_on_top
    if on_top is not None and on_top[0] <= index < on_top[1]:
        return False  # a press contact set above the title: the contacts step reads it
    block = draft.blocks[index]
    draft.roles[index] = Role.HEADER
    if index in menu:
        scan.navigation.append(block.span[0])
        return False
    if block.kind is BlockKind.RULE:
        return False
    if scan.marker_after_block:
        scan.after_marker = scan.pending = True
        scan.marker_after_block = False
    if broken_dateline(block, draft.options.reference_date):
        scan.after_marker = scan.pending = True  # the dateline step reads it; the title follows
        scan.previous = block.lines[-1]
        return False
    return True


# An e-mail subject line kept in the text: its value is the headline.
_SUBJECT = re.compile(r"\s*(?:subject|objet|sujet)\s*:\s*(?=\S)", re.I)


def _beside_other_text(text: str, span: Span) -> bool:
    """Whether other text stands before ``span`` on its source line (a column of a layout)."""
    start = text.rfind("\n", 0, span[0]) + 1
    return bool(text[start : span[0]].strip())


def _goes_on(above: HeaderCandidate, text: str) -> bool:
    """Whether the line ``text`` goes on with the line read just above it (in its block, or
    in the block above when a PDF's text puts a blank line between them): that line ends
    with a comma or a word no line ends with, or this one opens with "et", "de"…"""
    last = above.line.text.rstrip()
    joins = _JOINS_ABOVE.match(text) is not None and (
        text.lstrip()[:1].islower() or is_caps(text)  # "Des jardins…" opens a line of its own
    )
    return bool(last.endswith(",") or dangling_end(last) or joins)


# A line opening with a conjunction or "de": the rest of the line above it in its block.
_JOINS_ABOVE = re.compile(r"\s*(?:et|ou|de|des|du|d['’])(?:\s|(?<=['’]))", re.I)


def _repeated_titles(candidates: list[HeaderCandidate]) -> list[HeaderCandidate]:
    """A title written twice or more in the header (the page's title above the document's,
    a portal capture's breadcrumb) is the headline more likely than any single line."""
    keys = [" ".join(c.line.text.casefold().split()) for c in candidates]
    # An organisation's name written twice (the site's banner, then the letterhead) is no title.
    names = {key for key, c in zip(keys, candidates, strict=True) if "issuer-like" in c.evidence}
    counts = collections.Counter(
        key
        for key, c in zip(keys, candidates, strict=True)
        if key.count(" ") >= NEWS_WORDS - 1 and key not in names
    )
    return [
        attrs.evolve(c, evidence=(*c.evidence, "repeated")) if counts[key] > 1 else c
        for key, c in zip(keys, candidates, strict=True)
    ]


def _lone_line(candidates: list[HeaderCandidate]) -> list[HeaderCandidate]:
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


# -- the headline, and the issuers above it ----------------------------------------------------


def _choose_headline(
    draft: Draft,
    candidates: list[HeaderCandidate],
    navigation: list[int],
    letterhead: Rules[LetterheadRule],
) -> int | None:
    """Choose the headline and the issuers above it; returns the headline's block index.

    A metadata title is the headline unless it is clearly wrong (a document type, a file
    name, a placeholder); a text title that says something else is reported. Lines above a
    site's navigation (``navigation``: where its lines start) name the site, not the issuer,
    when lines below it name one. The issuer lines are read by the ``letterhead`` rules.
    """
    title = draft.document.metadata.title
    if title:
        # "<title>Page title - Site name</title>" over the page's own "<h1>Page title</h1>"
        lines = (line.text for block in draft.blocks[:_SITE_TITLE_BLOCKS] for line in block.lines)
        title = without_site_name(title, lines) or title
    chosen: HeaderCandidate | None = None
    copied = False
    if candidates:
        chosen = max(candidates, key=lambda c: c.score)  # first of the best
        # (a portal's copy of the title after the company's name tells where it ends)
        own = _own_title(chosen, candidates)
        copied, chosen = own is not chosen, own
        if chosen.score <= 0:
            chosen = None
        elif not copied:
            chosen = _extend(chosen, candidates)
    wrong = wrong_title(title) if title else None
    # the text's title, read once: compared with the metadata title, or the headline
    written = _headline_field(draft, chosen, candidates, copied) if chosen is not None else None
    strong = chosen is not None and chosen.score >= 3
    if title and wrong is None and strong and written and prefixed_copy(title, written.value):
        title, wrong = None, "the text's title with a prefix"  # "QUORVANE : <the H1>"
    elif title and wrong is None and strong and written and typed_topic(title):
        title, wrong = None, "a type and a topic"  # "Invitation presse – Lycée de …"
    elif title and wrong is None and strong and written and shortened_copy(title, written.value):
        title, wrong = None, "the text's title cut short"  # og:title, the <h1>'s first words
    elif title and wrong is None and strong and written and paraphrased_copy(title, written.value):
        title, wrong = None, "a shorter rewording of the text's title"  # a site's SEO title
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
            compare_titles(draft, title, written)
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
    above = below_navigation(issuer_lines(draft, candidates, issuers_until), navigation)
    read_issuers(draft, above, letterhead)
    _explain_headline(draft, candidates, chosen)
    return chosen.block if chosen is not None else None


# How many of the text's first blocks the page's own title is looked for in.
_SITE_TITLE_BLOCKS = 30


def _find_title(
    draft: Draft, candidates: list[HeaderCandidate], title: str
) -> tuple[int, int] | None:
    for candidate in candidates:
        if candidate.line.text.strip() == title:
            return candidate.line.locate(0, len(candidate.line.text))
    # the page's title above a release it pastes (a CMS's heading over the letterhead): set
    # aside with the page's words, still where the title was read
    for block in draft.blocks[: draft.body_start]:
        for line in block.lines:
            if line.text.strip() == title:
                return line.locate(0, len(line.text))
    return None


def _bare_name(text: str) -> bool:
    """A name and nothing else: no apposition or subtitle after a comma, a colon or a dash,
    a few words."""
    name = strip_decoration(text)
    return word_count(name) <= _BARE_NAME_WORDS and _APPOSITION.search(name) is None


_BARE_NAME_WORDS = 8
_APPOSITION = re.compile(r"[,:;!?]|\s[–—-]\s")


def _own_title(chosen: HeaderCandidate, candidates: list[HeaderCandidate]) -> HeaderCandidate:
    """The release's own title where the chosen line is a portal's copy of it after the
    company's name (``COBALIS : Chiffre d'affaires …`` over the release's ``Chiffre
    d'affaires …`` under its dateline)."""
    copies = (
        other
        for other in candidates
        if other is not chosen
        and other.score > 0
        and prefixed_copy(chosen.line.text, other.line.text)
    )
    return next(copies, chosen)


def _extend(chosen: HeaderCandidate, candidates: list[HeaderCandidate]) -> HeaderCandidate:
    """A headline wrapped over several lines of one block starts at the block's first line,
    or at the line of its block right above that opens it with a topic and a colon
    ("RÉSULTATS ANNUELS 2025 :" / "TRÉSORERIE DE 61,3 M€ …", under the company's name)."""
    for candidate in candidates:
        if candidate.block == chosen.block:
            # (a page's <h1> broken by <br>s is one title, its first line in capitals
            # though it reads like a name: "LES ÉPICERIES SOLIDAIRES" / "FACE À …")
            close = candidate.score >= chosen.score - 1 or "top-heading" in chosen.evidence
            if close and not _kicker_over(candidate, chosen):
                return candidate
            break
    at = candidates.index(chosen)
    while at > 0 and candidates[at - 1].block == chosen.block and _topic_line(candidates[at - 1]):
        at -= 1
    return candidates[at]


def _kicker_over(first: HeaderCandidate, chosen: HeaderCandidate) -> bool:
    """A few words not in capitals over the title, ending nowhere a title could wrap, are a
    kicker ("Mobilités" / "Fermeture de la RN 88 …"), not the title's first line: a title
    wraps at the line's width, not after a word or two."""
    text = first.line.text
    return (
        first is not chosen
        and word_count(text) <= KICKER_WORDS
        and not is_caps(text)
        and dangling_end(text) is None
        and not text.rstrip().endswith((":", ",", "–", "-", "—"))
        and chosen.line.text.lstrip()[:1].isupper()
    )


def _topic_line(candidate: HeaderCandidate) -> bool:
    """A line in capitals that ends with a colon after a word: a title's topic."""
    return is_caps(candidate.line.text) and opens_a_title(candidate.line.text)


def _headline_field(
    draft: Draft, chosen: HeaderCandidate, candidates: list[HeaderCandidate], copied: bool = False
) -> Field:
    """The headline from the ``chosen`` line and the lines that go on with it (one line when
    a portal ``copied`` it whole)."""
    lines = [c.line for c in candidates if c.block == chosen.block]
    lines = lines[lines.index(chosen.line) :]
    if copied:
        return Field(lines[0].text.strip(), lines_span(lines[:1]))
    # Keep wrapped continuation lines with the same emphasis, and stop at a change.
    kept = [lines[0]]
    for line in lines[1:]:
        dangling = dangling_end(kept[-1].text) is not None
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
                # "ÉPISODE DE POLLUTION : / LE PRÉFET DÉCLENCHE …": a colon announces the rest
                or kept[-1].text.rstrip().endswith(":")
            )
        )
        issuer_below = issuer_like(line.text) and not dangling and not caps_title
        if line.emphasis is not kept[0].emphasis or issuer_below:
            break
        if kept[-1].text.endswith((".", "!", "?")) or is_byline(line.text):
            break  # a full stop ends a title; an author's line under it is none of it
        if not dangling and not caps_title and _deck_line(kept[-1].text, line.text):
            break  # a subtitle under the title, not the title's wrapped end
        if not dangling and DATE.match(line.text.lstrip()) is not None:
            break  # "26/02/2026 · 07:30 · Source : …": a stamp under the title, not its end
        if not dangling and _type_label_line(line.text):
            break  # "Communiqué de presse de l'UFC" under the title: its label, not its end
        if not dangling and not caps_title and _label_below(kept[-1].text, line.text):
            break  # "Pour le deuxième trimestre :": the label of a list, under the title
        kept.append(line)
    if kept[-1] is draft.blocks[chosen.block].lines[-1]:
        kept += _wrapped_blocks(draft, chosen.block, kept[-1])
    text = " ".join(line.text for line in kept)
    span = lines_span(kept)
    return Field(strip_decoration(text) if text.startswith(("*", "#")) else text.strip(), span)


# A line ending with a word that stands before its noun: the title goes on below.
_PRENOMINAL_END = re.compile(
    r"(?<!\S)(?:nouvel(?:le)?s?|nouveaux?|grande?s?|grands|premi[èe]re?s?|futur(?:e|s|es)?"
    r"|seule?s?|son|sa|ses|leurs?|notre|nos|votre|vos|cet(?:te)?|ce|ces)\s*$",
    re.I,
)


# A line opening with a word no name opens with: the rest of a wrapped title.
_CONTINUATION_START = re.compile(
    r"\s*(?:dans|de|des|du|d['’]|en|à|au|aux|pour|par|sur|avec|et|ou|contre|vers|entre|sans"
    r"|sous|chez|qui|que)(?:\s|(?<=['’]))",
    re.I,
)


def _wrapped_blocks(draft: Draft, index: int, last: Line) -> list[Line]:
    """The lines of a title a PDF's text set in paragraphs of their own, one line each, after
    the block ``index`` that ends with ``last`` ("Une aide historique de la Région" / "pour
    l'Allier")."""
    found: list[Line] = []
    for block in draft.blocks[index + 1 : index + 1 + _WRAPPED_LINES]:
        if block.kind is not draft.blocks[index].kind or len(block.lines) != 1:
            break
        if block.level != draft.blocks[index].level:
            break  # "# Titre" / "## Sous-titre": a heading of another level is a subtitle
        line = block.lines[0]
        if line.emphasis is not last.emphasis or not _wraps_onto(last.text, line.text):
            break
        if is_byline(line.text):
            break  # "Par Julie Martin" in a paragraph of its own: who wrote, not the title's end
        found.append(line)
        last = line
    return found


def _label_below(above: str, line: str) -> bool:
    """Whether ``line`` labels what follows it ("Pour le deuxième trimestre :", "Chiffres
    clés :") under a title line ``above`` that leaves no clause open: a title wrapped onto
    the next line does not end with a colon."""
    return (
        line.rstrip().endswith(":")
        and line.lstrip()[:1].isupper()
        and not _leaves_a_clause_open(above)
    )


def _leaves_a_clause_open(line: str) -> bool:
    """Whether ``line`` ends where a title goes on below: a colon, a dash, a comma, an
    opening quotation mark."""
    return line.rstrip().endswith((":", "–", "—", "-", ",", "«"))


def _deck_line(above: str, line: str) -> bool:
    """Whether ``line`` opens a subtitle (a deck) under the title line ``above`` rather than
    going on with it: it opens with a capital after a line that leaves no clause open (no
    colon, dash or comma at its end), and its first word would have fitted on the line
    above, since the line runs longer than the two together: text wrapped to a width moves a
    word down only when it does not fit."""
    words = line.split()
    if not words or not words[0][:1].isupper():
        return False
    if _leaves_a_clause_open(above):
        return False
    return len(line.strip()) >= len(above.strip()) + 1 + len(words[0])


def _explain_headline(
    draft: Draft, candidates: list[HeaderCandidate], chosen: HeaderCandidate | None
) -> None:
    """Record the headline's candidate and the best line of another block that lost to it."""

    def explained(candidate: HeaderCandidate) -> Candidate:
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


# -- a fuller copy of a cut title --------------------------------------------------------------


def _french_twin(draft: Draft, candidates: list[HeaderCandidate]) -> None:
    """A bilingual release sets its title twice, one language a line: when the headline is
    (or holds) an English line beside a line that says it in French, the French line is the
    headline ("AQUAPLAST: 14 European partners join forces …" / "AQUAPLAST : 14 partenaires
    européens s'allient …"), in either order."""
    headline = draft.headline
    if headline is None:
        return
    held = " ".join(headline.value.split())
    for first, second in itertools.pairwise(candidates):
        if second.block - first.block > 1:
            continue
        one, other = first.line.text.strip(), second.line.text.strip()
        joined = " ".join(f"{one} {other}".split())
        if held not in (" ".join(one.split()), joined):
            continue
        languages = (_language(one), _language(other))
        if "fr" not in languages or None in languages or languages[0] == languages[1]:
            return
        if not 0.6 <= len(one) / max(1, len(other)) <= 1.6:
            return
        french = second if languages[1] == "fr" else first
        draft.headline = Field(
            french.line.text.strip(), french.line.locate(0, len(french.line.text))
        )
        return


def _language(text: str) -> str | None:
    """``"fr"``, ``"en"``, ``"nl"`` or ``"de"`` when the line's small words say so (two of
    one language's at least, more than twice as many as of any other), else ``None``."""
    words = [word.strip('.,:;!?«»“”"()').lower() for word in text.split()]
    counts = {
        language: sum([word in small_words for word in words])
        for language, small_words in (
            ("fr", FRENCH_FUNCTION_WORDS),
            ("en", ENGLISH_FUNCTION_WORDS),
            *OTHER_FUNCTION_WORDS.items(),
        )
    }
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    (best, most), (_, next_most) = ranked[0], ranked[1]
    # (a word two languages share, Dutch and English "in", may count once for the other)
    return best if most >= 2 and next_most * 2 < most else None


def _fuller_title_in_text(draft: Draft, headline_block: int | None) -> None:
    """A page's copy of the title is often cut: lower-cased, shortened with an ellipsis,
    without its kicker ("le troisième pilier…" for "Colmar : le troisième pilier…"). When the
    text below writes the title again, fuller, that is the headline."""
    headline = draft.headline
    if headline is None or headline_block is None or headline.span is None:
        return
    title = headline.value.rstrip().removesuffix("...").removesuffix("…").strip()
    if word_count(title) < NEWS_WORDS:
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


# How far below the page's title the text writes the title again (a viewer's heading between).
_FULLER_BLOCKS = 4
_DOC_TYPE_ANYWHERE = re.compile(rf"(?<!\w)(?:{DOC_TYPE.pattern})(?!\w)", re.I)
# A kicker before the title's colon, right before where the title starts: "Colmar : ".
_KICKER_LENGTH = 60
_KICKER = re.compile(r"(?<![^\s])(?P<kicker>[A-ZÀ-Ý][\w'’-]*(?:\s[\w'’-]+){0,3})\s*:\s*$")


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
        if word_count(text) < NEWS_WORDS or len(text) >= len(title):
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
    with, or the line above ends with a word no title ends with, or with a colon after a
    topic in capitals."""
    text = line.strip()
    if not text or len(text) > _TITLE_LINE or text.endswith((".", "!", "?")):
        return False
    if DATE.match(text):
        return False  # "mercredi 9 juin 2021 à 19h26": the page's timestamp under the title
    if _type_label_line(text):
        return False  # "communiqué de presse" under the title: its label, never its end
    # ("MAPRIMERÉNOV' COPROPRIÉTÉ :" / "1 000 COPROPRIÉTÉS ENGAGÉES": a topic in capitals,
    # its colon announcing the rest)
    topic = is_caps(above) and above.rstrip().endswith(":") and is_caps(text)
    return bool(
        text[:1].islower() or _CONTINUATION_START.match(text) or dangling_end(above) or topic
    )


def _type_label_line(text: str) -> bool:
    """Whether a line is a document type's label: the type alone ("communiqué de presse"),
    before a separator or a date ("Communiqué – 12 mars"), or naming its issuer
    ("Communiqué de presse de ConsoFrance", "COMMUNIQUÉ DU SNES")."""
    text = text.strip()
    if DOC_TYPE_PREFIX.match(text):
        return True
    typed = DOC_TYPE.match(text)
    return typed is not None and (
        typed.end() == len(text) or _ISSUER_AFTER_TYPE.match(text, typed.end()) is not None
    )


# What names the issuer after a type: "de ConsoFrance", "du SNES", "de l'UFC" (a capital).
_ISSUER_AFTER_TYPE = re.compile(r"\s+(?:de\s+la\s+|de\s+l['’]|d['’]|de\s+|du\s+|des\s+)[A-ZÀ-Ý]")


# A cover's title runs over this many lines at most; a longer line is text, not a title's.
_WRAPPED_LINES = 2
_TITLE_LINE = 120


# -- past a press kit's cover title ------------------------------------------------------------


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
        if word_count(block.text) < NEWS_WORDS:
            continue  # "Texte original", "Publication originale": a section label, not news
        opening = match_dateline(following.lines[0].text, draft.options.reference_date)
        if opening is None or opening.date is None:
            continue
        draft.headline = Field(block.text, lines_span(block.lines))
        _claim_for_header(draft, draft.body_start, index)
        return index
    return headline_block


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


# -- where the header ends ---------------------------------------------------------------------


def _claim_for_header(draft: Draft, first: int, last: int) -> None:
    """Blocks ``first`` to ``last`` belong to the header; the body starts after them."""
    for index in range(first, last + 1):
        draft.roles[index] = Role.HEADER
    draft.body_start = max(draft.body_start, last + 1)


def _release_marks_below(draft: Draft, index: int) -> bool:
    """Whether a line of a document type or a placed dateline follows block ``index`` in the
    header."""
    for block in draft.blocks[index + 1 : draft.body_start]:
        if len(block.lines) != 1:
            continue
        text = strip_decoration(block.lines[0].text)
        dated = match_dateline(text, None)
        placed = dated is not None and dated.place is not None and dated.date is not None
        if DOC_TYPE.fullmatch(text) or placed:  # (an event's day alone is the text's)
            return True
    return False


def _return_to_body(draft: Draft, candidates: list[HeaderCandidate], headline_block: int) -> None:
    """Short paragraphs after the headline (and lede) are body text, not header."""
    lede_span = draft.lede.span if draft.lede is not None else None
    for candidate in candidates:
        index = candidate.block
        if index <= headline_block or index >= draft.body_start:
            continue
        block = draft.blocks[index]
        if lede_span is not None and block.span[0] <= lede_span[0] < block.span[1]:
            continue
        if _release_marks_below(draft, index):
            # a page's title over the release's own letterhead, type and dateline (a page
            # copied from its top): the lines above the marks are the release's header
            continue
        for later in range(index, draft.body_start):
            if draft.roles.get(later) is Role.HEADER:
                del draft.roles[later]
        draft.body_start = index
        return
