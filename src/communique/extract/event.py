"""The event step: what a press invitation invites to, when, where, and how to get in.

A release invites when it says so: an invitation label as its document type or on a line of
its own near the top (``Invitation presse``, ``Avis aux médias``, ``Point presse``), the press
addressed (``les journalistes sont invités``), or an accreditation line. Then:

* the **date** is chosen among candidates weighed by
  `EVENT_EVIDENCE`: a ``Date :`` line (``date-line``), a body
  date followed by a time (``slot``: ``le jeudi 14 mars 2024 à 10 h 30``), the first date of a
  sentence inviting the press (``invited-date``); the dateline's own date is never a candidate,
  so the release date and the event date are read apart and neither overwrites the other;
* the **start** and **end** are the times after that date (``de 10 h à 12 h``, ``10h-12h``),
  else those of an ``Horaires :`` line;
* the **venue**, **address** and **town** come from a ``Lieu :`` / ``Adresse :`` line: the
  pieces before the first street or postcode are the venue, the rest the address, the town the
  one after its postcode (``31000 Toulouse``) or before its district (``Paris 14ème``);
* the **accreditation** is the line asking journalists to register, with its deadline (the
  date after ``avant le``) and its contact (an e-mail, else a phone).

The step only reads: it claims no block, so nothing else of the release changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from ..blocks import Line
from ..french.dates import PUBLICATION_LABEL, parse_date
from ..french.event import (
    ACCREDITATION,
    DEADLINE,
    FIELD_LINE,
    INVITATION_KEYWORDS,
    INVITATION_LABEL,
    INVITATION_LABEL_WORDS,
    INVITED_PRESS,
    POSTCODE_TOWN,
    TIME_JOIN,
    field_kind,
)
from ..french.phones import phone_in
from ..french.times import TIME, parse_time
from ..french.vocabulary import address_in, email_in
from ..french.weights import EVENT_EVIDENCE
from ..models import Candidate, Event, Explanation, Span
from ._keywords import blocks_with
from .draft import Draft, Role
from .text import dates_in, may_hold

__all__ = ["event"]

# Lines longer than this are read for dates and times only.
_FIELD_LINE_MAX = 300
# An invitation label is looked for in the header and the first blocks of the body.
_LABEL_BLOCKS = 4
# How far after a date its times may stand.
_TIME_REACH = 60
_SKIPPED_ROLES = (Role.CONTACT, Role.METADATA, Role.FURNITURE)
# A town before its district: "Paris 14ème", "Lyon 3e".
_TOWN_DISTRICT = re.compile(r"(?P<town>[A-ZÀ-Ý][\w'’ -]{1,40}?)\s{1,3}\d{1,2}(?:e|er|ème|è)\b")
# A piece of an address: a street with its number, a postcode, a district, a building.
_STREET_NUMBER = re.compile(r"\d{1,4}(?:\s?(?:bis|ter))?,?\s|(?:F-)?\d{5}(?!\d)", re.I)
_PIECES = re.compile(r"\s{0,3}[,;]\s{0,3}|\s[–—|]\s")
# A town written alone, as the last piece of an address: "Saint-Laurent-de-l'Orbe".
_TOWN_ALONE = re.compile(r"(?P<town>[A-ZÀ-Ý][\w'’-]{1,40}(?:\s{1,2}[\w'’-]{1,40}){0,4})")


@attrs.frozen
class _DateCandidate:
    date: dt.date
    line: Line
    at: tuple[int, int]
    code: str
    evidence: tuple[str, ...]
    score: float


def _body_lines(
    draft: Draft, skipped: tuple[Role, ...] = _SKIPPED_ROLES
) -> Iterator[tuple[int, Line]]:
    # From the top: a short invitation's practical lines may stand in the header zone.
    for index in range(len(draft.blocks)):
        if draft.roles.get(index) in skipped:
            continue
        for line in draft.blocks[index].lines:
            if not _publication_line(line.text):
                yield index, line


def _lines_of(draft: Draft, indices: set[int], skipped: tuple[Role, ...]) -> list[tuple[int, Line]]:
    """The lines of the blocks ``indices`` (from the body's start) and of the block after
    each, in order, with their block's index."""
    wanted = sorted({i for index in indices for i in (index, index + 1)})
    return [
        (index, line)
        for index in wanted
        if draft.body_start <= index < len(draft.blocks) and draft.roles.get(index) not in skipped
        for line in draft.blocks[index].lines
    ]


def _publication_line(text: str) -> bool:
    """``Publié le …``, ``Date de publication : …``: the release's day (a bare ``Date :``
    line of an invitation is the event's)."""
    if PUBLICATION_LABEL.match(text) is None:
        return False
    field = FIELD_LINE.match(text)
    return field is None or field_kind(field.group("label")) != "date"


def _label(draft: Draft) -> tuple[str, Span | None] | None:
    """The invitation label: the document type, else a short line near the top."""
    if draft.doc_type is not None and INVITATION_LABEL.fullmatch(draft.doc_type.value):
        return draft.doc_type.value, draft.doc_type.span
    for index in range(min(len(draft.blocks), draft.body_start + _LABEL_BLOCKS)):
        if draft.roles.get(index) in (Role.CONTACT, Role.METADATA):
            continue
        for line in draft.blocks[index].lines:
            if len(line.text) > 60:
                continue
            lowered = line.text.lower()
            for word in INVITATION_LABEL_WORDS:  # (a loop: any() over a generator costs more)
                if word in lowered:
                    break
            else:
                continue
            if match := INVITATION_LABEL.fullmatch(line.text):
                return match.group("label"), line.locate(*match.span("label"))
    return None


def event(draft: Draft) -> None:
    """Read the event a press invitation invites to into ``draft.event``."""
    label = _label(draft)
    pressed = set(blocks_with(draft, INVITATION_KEYWORDS))
    if label is None and not pressed:
        return  # no label, and no word of the press invited or accredited: the common case
    # Only the blocks holding a keyword are read, and the line after each of their lines (an
    # accreditation may stand in the contact block: "Accréditation :" as its heading).
    nearby = _lines_of(draft, pressed, (Role.METADATA, Role.FURNITURE))
    invited = any(
        may_hold(line.text, _INVITED_WORDS) and INVITED_PRESS.search(line.text)
        for index, line in nearby
        if index in pressed and draft.roles.get(index) not in _SKIPPED_ROLES
    )
    accreditation = _accreditation(draft, nearby, pressed)
    if label is None and not invited and accreditation is None:
        return
    lines = list(_body_lines(draft))
    reference = draft.dateline.date if draft.dateline is not None else None
    reference = reference or draft.options.reference_date
    candidates = sorted(_dates(draft, lines, reference), key=lambda c: -c.score)
    chosen = candidates[0] if candidates else None
    fields: dict[str, object] = {}
    if label is not None:
        fields["label"], fields["label_span"] = label
    if chosen is not None:
        fields["date"] = chosen.date
        fields["date_span"] = chosen.line.locate(*chosen.at)
        fields.update(_times(chosen.line, chosen.at[1]))
    if "start" not in fields:
        for _, line in lines:
            match = FIELD_LINE.match(line.text) if len(line.text) <= _FIELD_LINE_MAX else None
            if match is not None and field_kind(match.group("label")) == "time":
                fields.update(_times(line, match.start("value")))
                break
    for _, line in lines:
        match = FIELD_LINE.match(line.text) if len(line.text) <= _FIELD_LINE_MAX else None
        if match is not None and field_kind(match.group("label")) == "venue":
            named = match.group("label").lower()
            fields.update(_place(line, match.start("value"), address_only=named == "adresse"))
            break
    else:
        # No "Lieu :" line: the line below the event's date when it holds an address.
        below = _line_below(lines, chosen.line) if chosen is not None else None
        if below is not None and len(below.text) <= _FIELD_LINE_MAX and address_in(below.text):
            fields.update(_place(below, 0, address_only=False))
    if accreditation is not None:
        fields.update(accreditation)
    if not fields.keys() - {"label", "label_span"} and label is None:
        return  # the press addressed, but nothing said of an event
    draft.event = Event(**fields)  # type: ignore[arg-type]
    if candidates:
        rejected = next((c for c in candidates[1:] if c.date != candidates[0].date), None)
        draft.explanations.append(
            Explanation(
                "event",
                _explained(candidates[0]),
                _explained(rejected) if rejected is not None else None,
                len(candidates),
            )
        )


def _explained(found: _DateCandidate) -> Candidate:
    span = found.line.locate(*found.at)
    return Candidate(found.date.isoformat(), found.code, found.evidence, found.score, span)


# What every match of `INVITED_PRESS` holds in lower case: a line holding none of them is not
# searched (the pattern is tried at every position).
_INVITED_WORDS = ("journalistes", "dias", "dactions", "sentants", "invitons", "convions")


def _dates(
    draft: Draft, lines: list[tuple[int, Line]], reference: dt.date | None
) -> Iterator[_DateCandidate]:
    dateline = draft.dateline.date_span if draft.dateline is not None else None
    invited_seen = False
    for _, line in lines:
        text = line.text
        field = FIELD_LINE.match(text) if len(text) <= _FIELD_LINE_MAX else None
        kind = field_kind(field.group("label")) if field is not None else None
        invites = may_hold(text, _INVITED_WORDS) and INVITED_PRESS.search(text) is not None
        for match in dates_in(text):  # DATE.finditer(text), tried where a date can start
            parsed = parse_date(match, reference)
            if parsed is None or parsed.date is None:
                continue
            span = line.locate(*match.span())
            if dateline is not None and span[0] < dateline[1] and dateline[0] < span[1]:
                continue  # the dateline's date is the release's, never the event's
            if _after_deadline_words(text, match.start()):
                continue  # "avant le 12 mars": a deadline, not the event
            evidence: list[str] = []
            if kind == "date" and field is not None and match.start() >= field.start("value"):
                evidence.append("date-line")
            elif _time_after(text, match.end()) is not None:
                evidence.append("slot")
            elif invites or not invited_seen:
                evidence.append("invited-date" if invites else "first-date")
            else:
                continue
            if _time_after(text, match.end()) is not None:
                evidence.append("with-time")
            if parsed.year_missing:
                evidence.append("year-missing")
            if reference is not None and parsed.date < reference:
                evidence.append("before-release")
            score = sum(EVENT_EVIDENCE[code] for code in evidence)
            yield _DateCandidate(
                parsed.date, line, match.span(), evidence[0], tuple(evidence), score
            )
        invited_seen = invited_seen or invites


def _after_deadline_words(text: str, start: int) -> bool:
    """Whether ``avant le``, ``jusqu'au``… end right at ``start``."""
    for deadline in DEADLINE.finditer(text, max(0, start - 20), start):
        if deadline.end() == start:
            return True
    return False


def _time_after(text: str, start: int) -> re.Match[str] | None:
    match = TIME.search(text, start, min(len(text), start + _TIME_REACH))
    return match if match is not None and parse_time(match) is not None else None


def _times(line: Line, start: int) -> dict[str, object]:
    """The start (and end) times written after ``start`` in ``line``."""
    text = line.text
    first = _time_after(text, start)
    if first is None:
        return {}
    first_time = parse_time(first)
    assert first_time is not None
    found: dict[str, object] = {"start": first_time[0], "start_span": line.locate(*first.span())}
    join = TIME_JOIN.match(text, first.end())
    second = TIME.match(text, join.end()) if join is not None else None
    if second is not None and (second_time := parse_time(second)) is not None:
        found["end"], found["end_span"] = second_time[0], line.locate(*second.span())
    return found


def _line_below(lines: list[tuple[int, Line]], line: Line) -> Line | None:
    for position, (_, each) in enumerate(lines):
        if each is line:
            return lines[position + 1][1] if position + 1 < len(lines) else None
    return None


def _place(line: Line, start: int, *, address_only: bool) -> dict[str, object]:
    """Venue, address and town from a place line (from ``start``: after ``Lieu :``)."""
    text = line.text
    value = text[start:].rstrip(" .")
    pieces: list[tuple[int, int]] = []
    here = 0
    for cut in _PIECES.finditer(value):
        if cut.start() > here:
            pieces.append((start + here, start + cut.start()))
        here = cut.end()
    if here < len(value):
        pieces.append((start + here, start + len(value)))
    if not pieces:
        return {}
    addressed = [
        i
        for i, (a, b) in enumerate(pieces)
        if _STREET_NUMBER.match(text, a)
        or address_in(text[a:b])
        or _TOWN_DISTRICT.fullmatch(text[a:b])
    ]
    first_address = addressed[0] if addressed else len(pieces)
    if address_only and addressed:
        first_address = 0
    found: dict[str, object] = {}
    if first_address > 0:
        a, b = pieces[0][0], pieces[first_address - 1][1]
        found["venue"], found["venue_span"] = text[a:b].strip(), line.locate(a, b)
    if first_address < len(pieces):
        a, b = pieces[first_address][0], pieces[-1][1]
        found["address"], found["address_span"] = text[a:b].strip(), line.locate(a, b)
        last_start, last_end = pieces[-1]
        last = text[last_start:last_end]
        town = POSTCODE_TOWN.search(last) or _TOWN_DISTRICT.fullmatch(last)
        if town is None and len(pieces) - 1 > first_address and not any(c.isdigit() for c in last):
            town = _TOWN_ALONE.fullmatch(last.strip())
        if town is not None:
            t0, t1 = town.span("town")
            found["town"] = last[t0:t1].strip()
            found["town_span"] = line.locate(last_start + t0, last_start + t1)
    return found


def _accreditation(
    draft: Draft, lines: list[tuple[int, Line]], pressed: set[int]
) -> dict[str, object] | None:
    """The accreditation line (and the line after a bare label), its deadline and contact."""
    reference = draft.dateline.date if draft.dateline is not None else None
    reference = reference or draft.options.reference_date
    for position, (index, line) in enumerate(lines):
        text = line.text
        if index not in pressed or len(text) > _FIELD_LINE_MAX:
            continue
        found = ACCREDITATION.search(text)
        if found is None:
            continue
        parts = [line]
        if text.rstrip().endswith(":") and position + 1 < len(lines):
            parts.append(lines[position + 1][1])  # "Accréditation :" then the instructions
        written = " ".join(part.text.strip() for part in parts)
        span = (
            parts[0].locate(0, len(parts[0].text))[0],
            parts[-1].locate(0, len(parts[-1].text))[1],
        )
        result: dict[str, object] = {"accreditation": written, "accreditation_span": span}
        for part in parts:
            dates = (d for d in dates_in(part.text) if _after_deadline_words(part.text, d.start()))
            date = next(dates, None)
            parsed = parse_date(date, reference) if date is not None else None
            if parsed is not None and parsed.date is not None:
                result["accreditation_deadline"] = parsed.date
                break
        for part in parts:
            contact = email_in(part.text) or phone_in(part.text)
            if contact is not None:
                result["accreditation_contact"] = contact.group()
                break
        return result
    return None
