"""The document type (``Communiqué de presse``, ``Dossier de presse``…): where it is written,
as named rules.

The header step's scan reads the header lines one by one and keeps the document types it
meets (`read_line`, `read_continued`, `read_after_date`); the rules of
`DOC_TYPE_FIELD` then collect every candidate, in order:

``header``
    a header line naming the type, a title prefix (``Communiqué de presse : …``), a type
    broken over two lines, one field of a portal's strip, the type after a dateline's date;
``headline``
    the headline opening or closing with one (``[Communiqué] …``, ``Logiciel 5 Press Kit``);
``metadata``
    a front-matter or page-metadata type;
``title-page``
    a line of the title page further down, or a heading naming one;
``closing-line``
    a footer line opening with the type at the end of a text that is only a body.

The weights (`communique.french.weights.DOC_TYPE_EVIDENCE`) put them in that order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import attrs

from .. import diagnostics
from ..blocks import BlockKind, Line
from ..french.announcer import COMPANY_RELEASE_HEADER, PROVIDED_BY
from ..french.dates import DATE
from ..french.vocabulary import (
    DETERMINERS,
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    NAME_PARTICLES,
    PAGE_NUMBER,
    REFERENCE,
    RELEASE_MARKER,
    TYPE_ABBREVIATION,
    TYPE_ABBREVIATION_WORD,
    is_section_label,
    typed_issuer,
)
from ..french.weights import DOC_TYPE_EVIDENCE
from ..steps import Rules
from .choice import FieldCandidate, FieldRules, HeaderRule, HeaderScan
from .dateline import TITLE_PAGE_BLOCKS, match_dateline
from .draft import Draft, Field
from .page_furniture import BREADCRUMB
from .text import (
    dangling_end,
    folded,
    is_pictograph,
    may_hold,
    strip_decoration,
)

__all__ = [
    "DOC_TYPE_FIELD",
    "DOC_TYPE_RULES",
    "category_stamp",
    "closing_type",
    "day_field",
    "doc_type_in_title",
    "filed_as_release",
    "marked_type",
    "name_words",
    "read_after_date",
    "read_continued",
    "read_line",
    "read_prefix",
    "type_line",
    "without_type",
]


def _header(kind: str, field: Field) -> FieldCandidate:
    return FieldCandidate(field, _modified((kind,), field.value))


def _modified(evidence: tuple[str, ...], label: str) -> tuple[str, ...]:
    """A plural type names a site's section ("Communiqués de presse"), not the text's type."""
    return (*evidence, "section-label") if is_section_label(label) else evidence


def _company_stamp(text: str) -> bool:
    """A portal's stamp naming the company and the day, alone on its line: "Communiqué de la
    société OL GROUPE du 21/02/2017" (a title after it, " - …", is read as a title's line)."""
    named = COMPANY_RELEASE_HEADER.match(text)
    return named is not None and DATE.fullmatch(text.rstrip(" \t."), named.end()) is not None


# A document type, then who sent it through the wire: "Communiqué de presse publié par X".
_PROVIDED_TYPE = re.compile(
    rf"[ \t]*(?=(?-i:[A-ZÀ-Ý]))({DOC_TYPE.pattern})\s+"
    r"(?=(?:fourni|diffus|transmis|publi|[ée]mis)\w*\s+par\b)",
    re.I,
)


def read_line(
    draft: Draft, line: Line, found: list[FieldCandidate], references: list[FieldCandidate]
) -> bool:
    """Keep the document type a header line names (the whole line, a ``Communiqué de presse :
    …`` prefix, a field of a strip) and the number it gives (``COMMUNIQUÉ N° 12/2024``, kept
    in ``references``); whether the line is only that (no headline, no issuer)."""
    bare = _bare_label(line.text)
    if _company_stamp(bare):
        # "Communiqué de la société OL GROUPE du 21/02/2017": a regulated-information
        # portal's stamp over the release, naming the company (the issuers' step reads it),
        # not the release's own label; the title follows
        return True
    if DOC_TYPE.fullmatch(bare):
        start = line.text.find(bare)
        if found and found[0].field.value.lower() == bare.lower():
            draft.diagnostics.append(
                diagnostics.make("duplicate-doc-type", span=line.locate(0, len(line.text)))
            )
        found.append(_header("header-line", draft.field(line, start, start + len(bare))))
        if marked_type(bare):
            # "Communiqué de presse – Information réglementée": the type and the filing's
            # label, written together, still mark a release
            draft.evidence.append("release-marker")
        return True
    if (category := category_stamp(line.text)) is not None:
        # "*Communiqué* | 28 octobre 2026": the portal's category of the page, below the
        # document's own label when it writes one
        start = line.text.find(category)
        typed = draft.field(line, start, start + len(category))
        found.append(FieldCandidate(typed, _modified(("field-strip", "category-stamp"), category)))
        return True
    labelled = _LABELLED_TYPE.fullmatch(line.text)
    if labelled is not None:  # "Type de document : Communiqué de presse", a portal's field
        found.append(_header("field-strip", draft.field(line, *labelled.span("type"))))
        return True
    numbered = _NUMBERED_DOC_TYPE.fullmatch(bare)
    if numbered is not None:  # "COMMUNIQUÉ DE PRESSE N° 12/2024": a type and its number
        start = line.text.find(bare)
        typed = draft.field(line, start + numbered.start(1), start + numbered.end(1))
        found.append(_header("header-line", typed))
        number = draft.field(line, start + numbered.start(2), start + numbered.end(2))
        references.append(FieldCandidate(number, ("header-line",)))
        return True
    provided = _PROVIDED_TYPE.match(line.text)
    if provided is not None and PROVIDED_BY.fullmatch(line.text):
        # "Communiqué de presse publié par Brévane Cosmétiques": a wire's line, its type
        found.append(_header("header-line", draft.field(line, *provided.span(1))))
        return True
    # (after the pictographs a social network's post opens with: "🔴 COMMUNIQUÉ N°3 – …")
    lead = _pictographs_before(line.text)
    prefix = DOC_TYPE_PREFIX.match(line.text, lead) or _DOC_TYPE_TITLE.match(line.text, lead)
    if prefix is not None and _page_number(line.text[prefix.end() :]):
        # "Communiqué de presse – page 1/2": a PDF's running header, below the label itself
        typed = draft.field(line, prefix.start(1), prefix.end(1))
        found.append(FieldCandidate(typed, ("title-prefix", "running-header")))
        return True
    if prefix is not None:
        found.append(_header("title-prefix", draft.field(line, prefix.start(1), prefix.end(1))))
        if RELEASE_MARKER.fullmatch(strip_decoration(line.text[prefix.end() :])):
            draft.evidence.append("release-marker")
            return True  # "Communiqué de presse – Information réglementée": a label, no title
    elif (joint := next((j for j in _FIELD_JOINTS if j in line.text), None)) is not None:
        # A portal's strip of fields: "09/01/2025 | Press release | Distributed by …",
        # "**Ville de Villeurbanne** · Communiqué de presse · 2 juillet 2026".
        offset = 0
        for part in line.text.split(joint):
            label = strip_decoration(part)
            if DOC_TYPE.fullmatch(label):
                # (the portal files the page under it; the document's own label, written
                # alone, wins: "Publié le … • Communiqué de presse • Source : …")
                start = line.text.find(label, offset)
                typed = draft.field(line, start, start + len(label))
                found.append(
                    FieldCandidate(typed, _modified(("field-strip", "category-stamp"), label))
                )
                break
            offset += len(part) + len(joint)
    elif (closing := closing_type(line.text)) is not None and not BREADCRUMB.match(line.text):
        # (a breadcrumb's last step, "Accueil > Actualités > Flash info", is the site's
        # section the page is filed under, not the document's type)
        found.append(_header("field-strip", draft.field(line, *closing)))
    elif not _own_type(found) and (named := typed_issuer(bare)) is not None:
        # "Communiqué de la Préfecture du Rhône", "Communiqué de presse du Gouvernement": a
        # label naming the body it speaks for; the type is the label's head ("Communiqué"),
        # the body it names the issuer (the issuers' step reads it: `label_issuer`)
        start = line.text.find(bare)
        span = named.span("type")
        found.append(_header("header-line", draft.field(line, *_shift(span, start))))
    return False


def _own_type(found: list[FieldCandidate]) -> bool:
    """Whether a type line was read before, other than a site's section ("Communiqués de
    presse" over the page's release)."""
    return any("section-label" not in candidate.evidence for candidate in found)


def _page_number(rest: str) -> bool:
    """Whether ``rest`` is a page's number (``page 1/2``, ``– 2 –``, ``1 sur 3``)."""
    return any(char.isdigit() for char in rest) and PAGE_NUMBER.fullmatch(rest) is not None


# How a portal's strip sets its fields apart.
_FIELD_JOINTS = (" | ", " · ", " • ")


def category_stamp(text: str) -> str | None:
    """The type a portal's stamp files the page under, its fields joined by bars, the type
    beside its day only (``*Communiqué* | 28 octobre 2026``), else None."""
    if " | " not in text:
        return None
    parts = [strip_decoration(part) for part in text.split(" | ")]
    types = [part for part in parts if DOC_TYPE.fullmatch(part)]
    days = [part for part in parts if day_field(part)]
    return types[0] if len(types) == 1 and len(types) + len(days) == len(parts) else None


def day_field(part: str) -> bool:
    """Whether a field of a strip is a day and nothing else (``28 octobre 2026``, no place)."""
    dated = match_dateline(part, None)
    return dated is not None and dated.place is None


def closing_type(text: str) -> tuple[int, int] | None:
    """Where a letterhead line closes on its document type, after its name: ``Mairie de Lyon
    – Communiqué de presse``, ``VILLE DE LYON   COMMUNIQUÉ DE PRESSE``, ``Ville de Lyon
    Communiqué de presse`` (a name's words only, then the type, capitalised as a label is)."""
    if len(text) > _CLOSING_LINE:
        return None
    match = _TYPE_CLOSING_FIELD.search(text) if may_hold(text, _TYPE_WORDS) else None
    if match is None or not match.group("type")[:1].isupper():
        return None
    head = text[: match.start()]
    if match.group("separator") is None and (
        not name_words(head) or " " not in match.group("type").strip()
    ):
        return None  # "LA PRÉFECTURE COMMUNIQUE": the verb, the issuer announcing itself
    if not strip_decoration(head) or DOC_TYPE_PREFIX.match(text):
        return None
    return match.span("type")


def without_type(text: str) -> tuple[int, int]:
    """The part of a letterhead line left when its document type, opening or closing it as a
    field, is set aside (``Communiqué de presse – Mairie de Lyon`` → ``Mairie de Lyon``)."""
    closing = closing_type(text)
    if closing is not None:
        return 0, len(text[: closing[0]].rstrip(_FIELD_MARKS))
    prefix = DOC_TYPE_PREFIX.match(text)
    if prefix is not None and prefix.end() < len(text):
        return prefix.end(), len(text)
    return 0, len(text)


# A letterhead line is short; a type closing it stands after a field's separator or a name.
_CLOSING_LINE = 120
_FIELD_MARKS = " \t|–—·•/-"
# (Tried only after a non-space: a run of spaces is read once, from its start.)
_TYPE_CLOSING_FIELD = re.compile(
    rf"(?<=\S)(?:\s+(?P<separator>[|–—·•/-])\s+|\s+)(?P<type>{DOC_TYPE.pattern})\s*$", re.I
)
# What every match of `_TYPE_CLOSING_FIELD` holds in lower case (a word of every document type,
# "action" for "réaction"):
# a line holding none of them is not searched (the pattern is tried at every position).
_TYPE_WORDS = (
    "communiqu",
    "press",
    "note",
    "claration",
    "action",
    "lettre",
    "appel",
    "info",
    "avis",
    "news",
    "dia",
)
_NAME_WORD = re.compile(r"[^\W\d_]+")


def name_words(text: str) -> bool:
    """Capitalised words and particles only, a few of them: a name, not a sentence."""
    words = _NAME_WORD.findall(text)
    return 0 < len(words) <= _NAME_WORDS and all(
        w[0].isupper() or w.lower() in NAME_PARTICLES for w in words
    )


_NAME_WORDS = 8


def read_prefix(draft: Draft, line: Line, at: int, found: list[FieldCandidate]) -> int:
    """Keep a ``Communiqué de presse :`` prefix written at ``at`` (after a reference); where
    the rest of the line starts."""
    prefix = DOC_TYPE_PREFIX.match(line.text, at)
    if prefix is None:
        return at
    found.append(_header("title-prefix", draft.field(line, prefix.start(1), prefix.end(1))))
    return prefix.end()


def read_after_date(draft: Draft, line: Line, date_end: int, found: list[FieldCandidate]) -> None:
    """A document type after the date on a dateline: "12 MARS 2024 – COMMUNIQUÉ DE PRESSE"."""
    rest = line.text[date_end:]
    bare = strip_decoration(rest)
    if bare and DOC_TYPE.fullmatch(bare):
        start = line.text.find(bare, date_end)
        found.append(_header("after-date", draft.field(line, start, start + len(bare))))


def read_continued(first: Line, line: Line, found: list[FieldCandidate]) -> bool:
    """A document type broken over two lines ("COMMUNIQUÉ" / "DE PRESSE" on a cover page):
    the last one kept, read from ``first``, is completed by ``line``."""
    head, tail = strip_decoration(first.text), strip_decoration(line.text)
    if not tail or len(tail) > 30 or not DOC_TYPE.fullmatch(f"{head} {tail}"):
        return False
    start = first.text.find(head)
    tail_start = line.text.find(tail)
    span = (
        first.locate(start, start + len(head))[0],
        line.locate(tail_start, tail_start + len(tail))[1],
    )
    found[-1] = _header("two-lines", Field(f"{head} {tail}", span))
    return True


def marked_type(label: str) -> bool:
    """Whether a type as written closes with a filing's label after its dash
    ("Communiqué de presse – Information réglementée")."""
    return RELEASE_MARKER.match(_TYPE_JOINTS.split(label)[-1]) is not None


# What joins a type to its kind, its status or its translation.
_TYPE_JOINTS = re.compile(r"[/–—-]")


def _pictographs_before(text: str) -> int:
    """Where ``text`` starts after the pictographs opening it and the blanks after them."""
    at = 0
    while at < len(text) and (is_pictograph(text[at]) or (at and text[at] in " \t\u00a0")):
        at += 1
    return at


def _bare_label(text: str) -> str:
    """A label without decoration or brackets: "(Communiqué)" -> "Communiqué"."""
    bare = strip_decoration(text)
    if len(bare) > 2 and bare[0] + bare[-1] in ("()", "[]"):
        return strip_decoration(bare[1:-1])
    return bare


# A portal's or a CMS's field giving the type: "Type de document : Communiqué de presse".
_LABELLED_TYPE = re.compile(
    r"\s*(?:type(?:\s+de\s+(?:document|contenu|publication|communiqu[ée]))?|nature|genre"
    rf"|cat[ée]gorie|rubrique|format)\s*:\s*(?P<type>{DOC_TYPE.pattern})\s*",
    re.I,
)
# A document type and its number, the whole line: "Communiqué n° 07/2024", "COMMUNIQUÉ DE
# PRESSE – N° 46", "COMMUNIQUE DE PRESSE -- CP-2026-04" (two hyphens: a dash in ASCII text).
_NUMBERED_DOC_TYPE = re.compile(
    rf"({DOC_TYPE.pattern})\s*(?:(?:[:|–—]|-{{1,2}})\s*)?({REFERENCE.pattern})"
    # the season or the year the numbering runs in: "Communiqué officiel n° 14 – Saison
    # 2025-2026" (a sports league's, a festival's), "… – Année 2024"
    r"(?:\s*[:|–—-]\s*(?:saison|ann[ée]e|exercice|session|campagne)?\s*(?:19|20)\d\d"
    r"(?:\s*[-/–]\s*(?:19|20)?\d\d)?)?",
    re.I,
)
# A title opening with the document type and no separator: "Dossier de presse PostgreSQL 9.3".
_DOC_TYPE_TITLE = re.compile(
    r"\s*((?:dossiers?|communiqu[ée]s?)\s+de\s+presse)\s+(?=(?-i:[A-ZÀ-Ý0-9]))(?=.{1,100}$)", re.I
)
# A document type opening (after a "[TAG]") or closing a title: "PostgreSQL 9.0 Press Kit".
_DOC_TYPE_IN_TITLE = re.compile(
    rf"(?<!\s)\s*(?:\[\s*(?P<tagged>{DOC_TYPE.pattern}|{TYPE_ABBREVIATION_WORD})\s*\]"
    rf"|(?:\[[^\]]{{1,30}}\]\s*)?(?P<opening>{DOC_TYPE.pattern}(?!\w)"
    # (the abbreviation only before its dash: "CP - Titre")
    rf"|{TYPE_ABBREVIATION}))"
    rf"|(?<!\w)(?P<closing>{DOC_TYPE.pattern})\s*$",
    re.I,
)
# Types that are labels only on a line of their own ("RÉACTION" over the title): in a title,
# "Réaction de … à …" is the news itself.
_LINE_ONLY_TYPE = re.compile(r"r[ée]actions?\b", re.I)
_DOC_TYPE_CLOSING = re.compile(rf"(?<!\w)(?P<type>{DOC_TYPE.pattern})\s*$", re.I)


def type_line(text: str) -> bool:
    """Whether ``text`` is only a document type, or a type and its number (``COMMUNIQUÉ DE
    PRESSE N° 347``)."""
    return DOC_TYPE.fullmatch(text) is not None or _NUMBERED_DOC_TYPE.fullmatch(text) is not None


def doc_type_in_title(title: str) -> tuple[int, int] | None:
    """Where a title opens (after an optional ``[TAG]``) or closes with the document type.

    Only a type ending the title counts further in ("PostgreSQL 9.0 Press Kit"): a title
    that mentions a release in its second half ("… conteste le communiqué publié hier") is a
    news report's, and so is one closing on a release it speaks of ("… ce que dit le
    communiqué").
    """
    match = _DOC_TYPE_IN_TITLE.match(title)
    if match is not None:
        for group in ("tagged", "opening", "closing"):
            if match.group(group):
                if group == "closing" and _ARTICLE_BEFORE.search(title, 0, match.start(group)):
                    return None
                if group != "tagged" and _LINE_ONLY_TYPE.match(match.group(group)):
                    return None  # "Réaction de la FNES à …": the title's own words
                return match.span(group)
    closing = _DOC_TYPE_CLOSING.search(title, len(title) // 2)
    if closing is None or _ARTICLE_BEFORE.search(title, 0, closing.start("type")):
        return None  # "… ce que dit le communiqué": a release the title speaks of
    return closing.span("type")


# A determiner before a type closing a title: the title speaks of a release ("ce que dit le
# communiqué", "réagit à un communiqué", "Recevoir nos communiqués"), it is not one. An issuer
# names its own with "votre"/"notre" ("… : votre invitation presse", "notre dossier de
# presse") and "au" names an event ("Invitation au point presse").
_OWN_TYPE_DETERMINERS = frozenset(("au", "aux", "mon", "ma", "ton", "ta", "notre", "votre"))
_ARTICLE_BEFORE = re.compile(
    r"(?<!\w)(?:"
    + "|".join(
        d.replace("'", "['’]")
        for d in sorted(DETERMINERS, key=len, reverse=True)
        if d not in _OWN_TYPE_DETERMINERS
    )
    + r")\s*\Z",
    re.I,
)


def _from_header(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """The header's type lines; one that writes another's type with its qualifier
    ("Communiqué de presse commun", "… conjoint", "… du Gouvernement" under a page's
    category "Communiqué de presse") is the release's own, more exactly."""
    values = [" ".join(folded(c.field.value).split()) for c in scan.doc_types]
    for candidate, value in zip(scan.doc_types, values, strict=True):
        if any(value.startswith(other + " ") for other in values if other):
            yield attrs.evolve(candidate, evidence=(*candidate.evidence, "qualified"))
        else:
            yield candidate


def _from_headline(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """The headline names the document type: "[Communiqué] …" in the title before the site's
    categories, "Logiciel 5 Press Kit"."""
    if draft.headline is None:
        return
    headline = draft.headline.value
    found = doc_type_in_title(headline)
    title = draft.document.metadata.title
    if found is None and title and title != headline:
        # the metadata title gave way to the text's ("Communiqué de presse – <the H1>"): its
        # type is still the document's
        typed = doc_type_in_title(title)
        if typed is not None and not is_section_label(title[typed[0] : typed[1]]):
            yield FieldCandidate(Field(title[typed[0] : typed[1]], None), ("headline",))
        return
    if found is None:
        return
    start, end = found
    span = draft.headline.span
    if span is not None and draft.document.text[span[0] : span[1]] == headline:
        span = (span[0] + start, span[0] + end)
    else:
        span = None
    # (a plural type closing the title is the site's section: "Discours et communiqués de
    # presse")
    yield FieldCandidate(
        Field(headline[start:end], span), _modified(("headline",), headline[start:end])
    )


def _from_before_headline(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A document type written right before the headline on its line, as a PDF flattened
    into one line writes it: "Colmar, le 25 juin 2015 Communiqué de presse Colmar : …"."""
    headline = draft.headline
    if headline is None or headline.span is None:
        return
    text = draft.document.text
    start = headline.span[0]
    line_start = text.rfind("\n", 0, start) + 1
    before = _TYPE_BEFORE.search(text, max(line_start, start - _TYPE_BEFORE_LENGTH), start)
    if before is not None:
        span = before.span("type")
        yield FieldCandidate(Field(before.group("type"), span), ("before-headline",))


# A document type closing what stands before the title on its line.
_TYPE_BEFORE_LENGTH = 60
_TYPE_BEFORE = re.compile(rf"(?<!\w)(?P<type>{DOC_TYPE.pattern})\s*[:–—-]?\s*$", re.I)


def _from_metadata(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    stated = draft.document.metadata.doc_type
    if stated:
        slug = _SLUG.fullmatch(stated) is not None
        yield FieldCandidate(Field(stated, None), ("metadata", "slug") if slug else ("metadata",))


def filed_as_release(draft: Draft, scan: HeaderScan) -> bool:
    """Whether the site files the text among its releases without naming its type: a section's
    name over it ("Communiqués de presse"), a machine name in its metadata ("communique")."""
    stated = draft.document.metadata.doc_type
    return any("section-label" in c.evidence for c in scan.doc_types) or bool(
        stated and _SLUG.fullmatch(stated)
    )


# A template's or a taxonomy's machine name ("communique", "communique-de-presse"): the
# site's plumbing, not a type written for readers.
_SLUG = re.compile(r"[a-z0-9]{1,40}(?:[-_][a-z0-9]{1,40}){0,6}")


def _from_title_page(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """A document type further down a title page: a "Dossier de presse" line, or a heading
    that names it ("PostgreSQL 8.2 Press Kit")."""
    for index, block in enumerate(draft.blocks[:TITLE_PAGE_BLOCKS]):
        if index < draft.body_start and block.kind is not BlockKind.HEADING:
            continue  # header lines were read by the header loop
        if block.kind in _NOT_ON_A_TITLE_PAGE:
            continue  # "Liens : … Dossier de presse": an item links to another document
        # A PDF's text without blank lines puts its cover in the first lines of one block.
        lines = block.lines[: _COVER_LINES if index == draft.body_start else 1]
        for above, line in zip((None, *lines), lines, strict=False):
            if above is not None and dangling_end(above.text) is not None:
                continue  # a sentence wrapped onto it: "… consultez le / communiqué du 2 mars"
            # "Communiqué – Le Gouvernement annonce …": the label run into the first
            # paragraph, as a relay or a PDF's text glues it
            run_in = _run_in_type(line.text) if index == draft.body_start and not above else None
            if run_in is not None:
                yield FieldCandidate(draft.field(line, *run_in), ("title-page",))
                return
            bare = strip_decoration(line.text)
            if len(bare) <= 40 and DOC_TYPE.fullmatch(bare):
                start = line.text.find(bare)
                field = draft.field(line, start, start + len(bare))
                yield FieldCandidate(field, _modified(("title-page",), bare))
                return
            typed = _dated_type(line)
            if typed is not None:  # "Communiqué de presse — Villeurbanne, le 3 mars 2026 — …"
                yield FieldCandidate(draft.field(line, *typed), ("title-page",))
                return
            found = doc_type_in_title(line.text) if block.kind is BlockKind.HEADING else None
            if found is not None:
                yield FieldCandidate(draft.field(line, *found), ("title-page",))
                return


def _run_in_type(text: str) -> tuple[int, int] | None:
    """The span of a type label run into a paragraph's first sentence after a dash or a
    colon ("Communiqué – Le Gouvernement annonce …", "COMMUNIQUÉ DE PRESSE : La Région …"),
    not a site's section in the plural."""
    lead = len(text) - len(text.lstrip(" *_>"))
    typed = _RUN_IN.match(text, lead)
    if typed is None or is_section_label(typed.group(1)):
        return None
    if _RUN_IN_TYPES.match(typed.group(1)) is None:
        return None  # "FLASH INFO – …", "Alerte – …": a newsroom's kicker, no release's type
    return typed.span(1)


# The types a press office runs into its first sentence (a newsroom runs its kickers so).
_RUN_IN_TYPES = re.compile(
    r"communiqu|cp\b|d[ée]claration|r[ée]action|lettre\s+ouverte|point\s+presse"
    r"|infos?(?:rmations?)?\s+presse|note\s+aux|avis\s+aux|invitation|dossier\s+de\s+presse",
    re.I,
)
# A type, a dash or a colon, then a sentence opening with its capital.
_RUN_IN = re.compile(rf"({DOC_TYPE.pattern})\s*(?:[:–—]|-{{1,2}})\s+(?=(?-i:[A-ZÀ-Ý«\"“]))", re.I)


def _from_closing_line(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """The type opening a footer line at the end of the text, when the header names none: an
    e-mail's or a town's release that is only a body closes with "Communiqué de presse –
    Service communication – …" or "Communiqué de presse de la Fédération …"."""
    tail = [
        block
        for block in draft.blocks[-_CLOSING_BLOCKS:]
        if block.lines and block.kind not in _NOT_ON_A_TITLE_PAGE
    ]
    for block in reversed(tail):
        for line in block.lines:
            lead = len(line.text) - len(line.text.lstrip(" *_>"))
            closing = _CLOSING_TYPE.match(line.text, lead)
            if closing is None or is_section_label(closing["type"]):
                continue
            if _LINE_ONLY_TYPE.match(closing["type"]):
                continue  # "Réaction du Maire : « … »", a title "Réaction de … à …": words
            if _FILE_OR_CREDIT.search(line.text, closing.end("type")) is None:
                yield FieldCandidate(draft.field(line, *closing.span("type")), ("closing-line",))
                return


# What makes a closing line a download's or a report's source, not the release's footer:
# a file's format or size ("Communiqué de presse – PDF – 245 Ko"), a sentence crediting it
# ("Communiqué de presse de la CGT Santé, publié le 3 mars.").
_FILE_OR_CREDIT = re.compile(
    r"\b(?:pdf|docx?|odt|[kmg]o|[kmg]b|octets)\b"
    # (the participle, then when or where: "Santé publique France" is a name)
    r"|\b(?:publi[ée]|diffus[ée]|transmis)e?s?\s+(?:le|hier|ce|sur|dans|par)\b[^\n]{0,80}\.\s*$",
    re.I,
)
#: How many blocks at the end of the text a closing type line is looked for in.
_CLOSING_BLOCKS = 3
# A footer opening with the type, then nothing, a separator or the issuer it belongs to
# ("Communiqué par le service de presse" tells who communicated, and names no type).
_CLOSING_TYPE = re.compile(
    rf"(?=(?-i:[A-ZÀ-Ý]))(?P<type>{DOC_TYPE.pattern})"
    r"(?:[ \t]*$|[ \t]*[–—|:]|[ \t]+-[ \t]"
    r"|[ \t]+(?:(?:de\s+la|du|des|de)[ \t]+|de\s+l['’][ \t]*)(?-i:[A-ZÀ-Ý]))",
    re.I,
)


def _shift(span: tuple[int, int], by: int) -> tuple[int, int]:
    return span[0] + by, span[1] + by


def _dated_type(line: Line) -> tuple[int, int] | None:
    """Where the document type opening a dateline's line is (``Communiqué de presse —
    Villeurbanne (Rhône), le 3 mars 2026 — Pour diffusion immédiate``), if it opens one."""
    text = line.text
    lead = len(text) - len(text.lstrip(" *_>"))
    prefix = DOC_TYPE_PREFIX.match(text, lead)
    if prefix is None:
        return None
    dated = match_dateline(text[lead:], None)
    if dated is None or dated.date is None:
        return None
    return prefix.span(1)


# How many lines of the first body block may still be a cover's ("Titre" / "Communiqué de
# presse" / "Société" / "Titre" / first sentence…).
_COVER_LINES = 4


# Blocks that never name the document's own type: list items (links to other documents,
# a table of contents), code, navigation.
_NOT_ON_A_TITLE_PAGE = frozenset((BlockKind.LIST_ITEM, BlockKind.CODE, BlockKind.FURNITURE))


#: The rules that collect document-type candidates, by name, in order.
DOC_TYPE_RULES: Rules[HeaderRule] = Rules(
    (
        ("header", _from_header),
        ("headline", _from_headline),
        ("before-headline", _from_before_headline),
        ("metadata", _from_metadata),
        ("title-page", _from_title_page),
        ("closing-line", _from_closing_line),
    )
)

#: The document type's rules and weights.
DOC_TYPE_FIELD = FieldRules("doc_type", DOC_TYPE_RULES, DOC_TYPE_EVIDENCE)
