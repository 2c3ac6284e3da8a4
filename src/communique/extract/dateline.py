"""The dateline step: where and when the release was issued.

Looked for, in order: a header line that is a dateline (``Paris, le 24 juillet 2012``,
``PARIS, LE 24 JUILLET 2012``, ``Lyon (Rhône), le …``, ``24 juillet 2012`` alone); a dateline
glued to the first sentence of the body (``Québec, le 1er mars 2001. Le ministre…``,
``Paris, le … –``); a wire dateline (``PARIS--(BUSINESS WIRE)--``); and last the metadata date.
Dates further down the body are event dates or legal references, never the release date.
"""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .. import diagnostics
from ..blocks import BlockKind, Line
from ..french.dates import DATE, FrenchDate, parse_date
from ..french.vocabulary import DOC_TYPE_PREFIX, REFERENCE, WIRE
from ..models import Dateline
from .draft import Draft, Role

__all__ = ["TITLE_PAGE_BLOCKS", "DatelineMatch", "dateline", "match_dateline"]

# What may stand before the date: a place (capitalised, up to ~6 words, an optional
# "(Department)" and one ", Country" part), then ", le", ",", "–" or " le ".
_PLACE_PREFIX = re.compile(
    r"\s*(?P<place>www\.[\w.-]{2,60}|[A-ZÀ-Ý][\w'’.\- \u00a0\u202f]{0,45}?(?:\s*\([^()\n]{1,40}\))?"
    r"(?:\s*,\s*[A-ZÀ-Ý][\w'’.\- \u00a0\u202f]{0,30}?(?:\s*\([^()\n]{1,40}\))?)?)"
    r"\s*(?:,\s*(?:le\s+)?|[–—-]\s*(?:le\s+)?|\s+le\s+|:\s*)",
    re.I,
)
# A date standing alone may be introduced by "le", "Le", or "Date :".
_DATE_ONLY_PREFIX = re.compile(
    r"\s*(?:(?:(?:actualit[ée]|article|communiqu[ée])\s+)?(?:publi[ée]e?|mis\s+en\s+ligne|diffus[ée]e?)"
    r"\s+le|le|date\s*:?)?\s*",
    re.I,
)
# What may follow a dateline on the same line: nothing, a reference, or a separator and text.
_TAIL = re.compile(
    r"\s*(?:[.,;:]?\s*$|[.:–—|-]\s*|\s*\(|\s+(?=N\s?°)|,?\s*(?=(?:[àa]\s+)?\d\d?\s?[:h])"
    # a Canadian wire's tag: "QUÉBEC, le 14 févr. 2024 /CNW/ - Le ministre…"
    r"|/[^/\n]{2,30}/\s*(?:[–—-]\s*)?)",
    re.I,
)
# Capitalised words that open sentences, not place names.
_NOT_PLACE = frozenset(
    (
        "depuis",
        "dès",
        "des",
        "du",
        "au",
        "aux",
        "en",
        "ce",
        "cette",
        "jusqu",
        "avant",
        "après",
        "mis",
        "publié",
        "publiée",
        "date",
        "mise",
        "modifié",
        "créé",
        "un",
        "une",
        "il",
        "elle",
        "nous",
        "on",
        "ils",
        "elles",
        "pour",
        "par",
        "dans",
        "sur",
        "lors",
        "entre",
        "flash",
        "info",
        "infos",
        "exclusif",
        "urgent",
        "alerte",
        "communiqué",
        "actualité",
        "breaking",
    )
)
# Lower-case words allowed inside a place name: "Saint-Martin-de-Ré", "Aix-en-Provence".
_PLACE_PARTICLES = {
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "l",
    "sur",
    "en",
    "lès",
    "et",
    "sous",
    "aux",
    "au",
}
_PLACE_WORD = re.compile(r"[^\W\d_]+", re.U)


def _is_place(text: str) -> bool:
    """Capitalised words (particles aside), at most six: ``Lyon (Rhône)``, ``Le Bourget``."""
    if text.startswith("www."):
        return True  # open-source projects date their releases from their web address
    bare = re.sub(r"\([^()]*\)", " ", text)
    words = _PLACE_WORD.findall(bare)
    if not words or len(words) > 6 or words[0].lower() in _NOT_PLACE:
        return False
    return all(w[0].isupper() or w.lower() in _PLACE_PARTICLES for w in words)


@attrs.frozen
class DatelineMatch:
    """A dateline found in a line of plain text (offsets into the line)."""

    place: tuple[int, int] | None
    date: FrenchDate | None
    end: int  # where the dateline ends in the line
    glued: bool  # text follows on the same line


# After a date, a place then a dash: "8 novembre 2005, Francfort, Allemagne (OpenDBCon) –",
# "Le 7 mars 2024 – Mont-Laurier (Québec) – Agence …" (the Canadian government's layout).
_PLACE_AFTER = re.compile(
    r"\s*(?:,|[–—]|(?<=\s)-{1,2})\s*(?P<place>[A-ZÀ-Ý][^\n–—:|]{0,60}?)"
    r"\s*(?:[–—:|]|(?<=\s)-{1,2}|-{2})\s*"
)
# A place alone, then a dash, opening the first paragraph: "Ottawa (Ontario) – Le …".
_PLACE_ONLY = re.compile(
    r"\s*(?P<place>[A-ZÀ-Ý][\w'’.\- ]{0,40}?(?:\s*\([^()\n]{1,40}\))?)\s*(?:[–—]|-{2})\s+(?=\S)"
)


def match_dateline(
    text: str, reference: dt.date | None, *, need_place: bool = False
) -> DatelineMatch | None:
    """The dateline at the start of ``text`` (after an optional document-type prefix).

    With ``need_place`` (a dateline glued to the first sentence), a place is required, and
    a place alone followed by a dash (``Montréal — Les groupes…``) is accepted.
    """
    offset = 0
    prefix = DOC_TYPE_PREFIX.match(text)
    if prefix is not None:
        offset = prefix.end()
    date_match = DATE.search(text, offset, offset + 120)
    if date_match is not None:
        found = _dated(text, offset, date_match, reference, need_place=need_place)
        if found is not None:
            return found
    if need_place:
        alone = _PLACE_ONLY.match(text, offset)
        if (
            alone is not None
            and _is_place(alone.group("place"))
            and len(alone.group("place").split()) <= 4
        ):
            return DatelineMatch(alone.span("place"), None, alone.end("place"), glued=True)
    return None


def _dated(
    text: str,
    offset: int,
    date_match: re.Match[str],
    reference: dt.date | None,
    *,
    need_place: bool,
) -> DatelineMatch | None:
    parsed = parse_date(date_match, reference)
    if parsed is None:
        return None
    head = text[offset : date_match.start()]
    place_match = _PLACE_PREFIX.fullmatch(head)
    if place_match is not None and _is_place(place_match.group("place")):
        place: tuple[int, int] | None = (
            offset + place_match.start("place"),
            offset + place_match.end("place"),
        )
    elif _DATE_ONLY_PREFIX.fullmatch(head):
        after = _PLACE_AFTER.match(text, date_match.end())
        if after is not None and _is_place(after.group("place")):
            return DatelineMatch(after.span("place"), parsed, after.end("place"), glued=True)
        if need_place and not _GLUED_DATE.match(text, date_match.end()):
            return None
        place = None
    else:
        return None
    tail = _TAIL.match(text, date_match.end())
    if tail is None:
        return None
    rest = text[tail.end() :]
    glued = bool(rest.strip()) and not REFERENCE.match(rest) and not _TIME.fullmatch(rest)
    return DatelineMatch(place, parsed, date_match.end(), glued)


# The time of a release after its dateline: "Lyon, le 24 octobre 2024 – 18h00", "… à 7 h 30".
_TIME = re.compile(
    r"(?:[àa]\s+)?\d{1,2}\s?[h:]\s?(?:\d\d)?(?:\s*(?:CET|CEST|HNE|HAE|UTC|GMT|heure\s+de\s+Paris))?"
    r"\s*\.?\s*",
    re.I,
)


# A date opening the first paragraph, then a colon or dash: "1er juillet 2009 : Le groupe…".
_GLUED_DATE = re.compile(r"\s*(?:[:–—]|-{1,2})\s+\S")


def dateline(draft: Draft) -> None:
    """Find the dateline (see the module docstring for the order)."""
    reference = draft.options.reference_date
    placed, dated = _in_header(draft, reference)
    found = _build(*placed, draft) if placed is not None else None
    if found is None:
        glued = _glued(draft, reference)
        alone = _build(*dated, draft) if dated is not None else None
        if glued is not None and glued.date is None and alone is not None:
            glued = attrs.evolve(glued, date=alone.date, date_span=alone.date_span)
        found = glued or alone or _standalone_date(draft, reference)
        wire = _wire(draft)
        if wire is not None and (found is None or found.place is None):
            found = attrs.evolve(wire, date=found.date if found else None)
    metadata_date = draft.document.metadata.date
    if found is None:
        if metadata_date is not None:
            draft.dateline = Dateline(text="", date=metadata_date)
            draft.diagnostics.append(diagnostics.make("date-from-metadata"))
            return
        draft.diagnostics.append(diagnostics.make("missing-dateline"))
        draft.diagnostics.append(diagnostics.make("missing-date"))
        return
    draft.dateline = found
    if found.date is None and metadata_date is not None:
        draft.dateline = attrs.evolve(found, date=metadata_date)
        draft.diagnostics.append(diagnostics.make("date-from-metadata"))
    elif found.date is not None and metadata_date is not None and found.date != metadata_date:
        draft.diagnostics.append(
            diagnostics.make(
                "metadata-disagrees",
                f"the text dates the release {found.date.isoformat()}, "
                f"the metadata {metadata_date.isoformat()}; the text was kept",
                found.date_span,
            )
        )


def _build(line: Line, match: DatelineMatch, draft: Draft) -> Dateline:
    date = match.date
    starts = [
        s
        for s in (match.place[0] if match.place else None, date.start if date else None)
        if s is not None
    ]
    start = min(starts)
    place = line.text[match.place[0] : match.place[1]].strip() if match.place else None
    if date is not None and date.date is None:
        draft.diagnostics.append(
            diagnostics.make(
                "unresolved-year",
                f"the dateline {line.text[date.start : date.end]!r} has no year and no "
                "reference_date was given",
                line.locate(date.start, date.end),
            )
        )
    return Dateline(
        text=line.text[start : match.end].strip(),
        place=place,
        date=date.date if date else None,
        span=line.locate(start, match.end),
        place_span=line.locate(*match.place) if match.place else None,
        date_span=line.locate(date.start, date.end) if date else None,
    )


def _in_header(
    draft: Draft, reference: dt.date | None
) -> tuple[tuple[Line, DatelineMatch] | None, tuple[Line, DatelineMatch] | None]:
    """In one pass over the header: the first dateline with a place, the first date alone."""
    placed: tuple[Line, DatelineMatch] | None = None
    dated: tuple[Line, DatelineMatch] | None = None
    for index in range(max(draft.body_start, draft.header_end)):
        if draft.roles.get(index) is Role.METADATA:
            continue
        for line in draft.blocks[index].lines:
            match = match_dateline(line.text, reference)
            if match is None or match.date is None:
                continue
            if placed is None and match.place is not None and not match.glued:
                placed = (line, match)
            elif dated is None and match.place is None:
                dated = (line, match)
            if placed is not None and dated is not None:
                return placed, dated
    return placed, dated


# A line this long is a sentence, not a header line.
_SENTENCE = 80


#: How far down a title page (a press kit's runs longer than a release's header) a date or a
#: document type standing alone on its line still belongs to the header.
TITLE_PAGE_BLOCKS = 30


def _standalone_date(draft: Draft, reference: dt.date | None) -> Dateline | None:
    """A date alone on its line near the top ("15 février 2019" on a press kit's title page)."""
    for block in draft.blocks[:TITLE_PAGE_BLOCKS]:
        if block.kind is BlockKind.METADATA:
            continue
        for line in block.lines:
            if len(line.text) > 40:
                continue
            match = match_dateline(line.text, reference)
            if (
                match is not None
                and match.date is not None
                and match.place is None
                and not match.glued
            ):
                return _build(line, match, draft)
    return None


def _glued(draft: Draft, reference: dt.date | None) -> Dateline | None:
    """A dateline opening one of the first body blocks, glued to its first sentence.

    A dated one wins over a place alone ("Transports – Le ministère…" above "Québec, le 7
    avril 2021 – …" is a headline, not a dateline).
    """
    undated: tuple[Line, DatelineMatch] | None = None
    seen = 0
    for index in range(len(draft.blocks)):
        block = draft.blocks[index]
        if block.kind in (BlockKind.METADATA, BlockKind.RULE) or not block.lines:
            continue
        first = block.lines[0]
        match = match_dateline(first.text, reference, need_place=True)
        in_header = index < max(draft.body_start, draft.header_end)
        if match is not None and match.date is not None:
            return _build(first, match, draft)
        # In the header only a sentence opens with a place alone: "CABINET – COMMUNICATION"
        # is not a place.
        if (
            match is not None
            and undated is None
            and (not in_header or len(first.text) >= _SENTENCE)
        ):
            undated = (first, match)
        if not in_header:
            seen += 1
            if seen >= 3:
                break
    return _build(*undated, draft) if undated is not None else None


def _wire(draft: Draft) -> Dateline | None:
    for index in range(min(len(draft.blocks), max(draft.body_start, draft.header_end) + 3)):
        for line in draft.blocks[index].lines[:2]:
            wire = WIRE.match(line.text)
            if wire is None:
                continue
            draft.evidence.append("wire-format")
            return Dateline(
                text=line.text[: wire.end()].strip(),
                place=wire.group("place").strip(),
                span=line.locate(0, wire.end()),
                place_span=line.locate(wire.start("place"), wire.end("place")),
            )
    return None
