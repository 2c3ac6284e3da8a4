"""The embargo step: when the release may be published.

Each label rule of `communique.french.embargo.LABEL_RULES` is tried on every short
line that holds one of its keywords; a label is followed, on its line or on the next one,
by a moment: a date of `DATE_FORMS`, a time of
`TIME_FORMS`, a zone of
`ZONES`. Each label found is a candidate weighed by
`EMBARGO_EVIDENCE`; the strongest is the embargo, and
``release.explain("embargo")`` says why.

A year-less date (``jusqu'au mardi 12 mars``) takes the year that puts it closest to the
release date (or the caller's ``reference_date``). The step only reads: it claims no block,
so nothing else of the release changes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

import attrs

from .. import diagnostics
from ..blocks import Line
from ..french.dates import parse_date
from ..french.embargo import KEYWORDS, LABEL_MARKS, LABEL_RULES
from ..french.times import DEFAULT_ZONE, TIME, ZONE, parse_time, zone_of
from ..french.weights import EMBARGO_EVIDENCE
from ..models import Candidate, Embargo, Explanation, Span
from ._keywords import blocks_with
from .draft import Draft
from .text import dates_in

__all__ = ["EmbargoCandidate", "embargo", "read_moment"]

# A line longer than this is prose, not a label.
_MAX_LINE = 300
# How far after a label its moment may stand.
_REACH = 120
# How far after the date or the time its zone may stand ("10 h (heure de Paris)").
_ZONE_REACH = 30
# The first blocks of the body still count as the opening.
_OPENING_BLOCKS = 3
# What may stand between a label and the end of its line for the label to stand alone
# ("SOUS EMBARGO", "Embargo :"), its moment on the next line.
_NOTHING_LEFT = re.compile(r"[\s:–—,.*_)\]-]{0,6}")


@attrs.frozen
class Moment:
    """A moment read after a label (offsets into one line's text)."""

    date: dt.date | None
    year_missing: bool
    date_at: tuple[int, int] | None
    time: dt.time | None
    time_at: tuple[int, int] | None
    zone: str | None
    zone_at: tuple[int, int] | None

    def end(self, text: str) -> int:
        """Where the moment ends in ``text``, with the bracket closing it: ``10 h (CET)``."""
        end = max(at[1] for at in (self.date_at, self.time_at, self.zone_at) if at is not None)
        return end + 1 if text[end : end + 1] == ")" and "(" in text[:end] else end


def read_moment(text: str, start: int, reference: dt.date | None) -> Moment | None:
    """The date, time and zone written in ``text[start:start + 120]``; ``None`` if no date.

    The date is the first one after ``start``; the time, the first one that is not part of
    the date (before it or after it: ``à 10 h le 12 mars`` as well as ``12 mars, 10 h``);
    the zone, one named just after the time (or the date).
    """
    end = min(len(text), start + _REACH)
    date_match = next(dates_in(text, start, end), None)  # DATE.search, where a date can start
    if date_match is None:
        return None
    parsed = parse_date(date_match, reference)
    if parsed is None:
        return None
    time: dt.time | None = None
    time_at: tuple[int, int] | None = None
    for match in TIME.finditer(text, start, end):
        if date_match.start() < match.end() and match.start() < date_match.end():
            continue  # inside the date
        read = parse_time(match)
        if read is not None:
            time, time_at = read[0], match.span()
            break
    after = max(date_match.end(), time_at[1] if time_at else 0)
    zone_match = ZONE.search(text, after, min(len(text), after + _ZONE_REACH))
    return Moment(
        parsed.date,
        parsed.year_missing,
        date_match.span(),
        time,
        time_at,
        zone_of(zone_match) if zone_match else None,
        zone_match.span() if zone_match else None,
    )


@attrs.frozen
class EmbargoCandidate:
    """An embargo label found in a line, and the moment read after it."""

    code: str
    names_embargo: bool
    line: Line
    label_start: int
    label_end: int
    moment: Moment | None
    moment_line: Line
    block: int
    evidence: tuple[str, ...]
    score: float

    def record(self) -> Embargo:
        """The `Embargo` this candidate gives."""
        text = self.line.text
        if not self.names_embargo:
            span = self.line.locate(self.label_start, self.label_end)
            return Embargo(
                text[self.label_start : self.label_end].strip(), immediate=True, span=span
            )
        moment = self.moment
        if moment is None or moment.date is None:
            end = self.label_end
            return Embargo(
                text[self.label_start : end].strip(" :–—-,"),
                span=self.line.locate(self.label_start, end),
            )
        time = moment.time or dt.time(0, 0)
        on = self.moment_line

        def at(part: tuple[int, int] | None) -> Span | None:
            return on.locate(*part) if part is not None else None

        end = moment.end(on.text)
        if on is self.line:
            written = text[self.label_start : end]
            span = self.line.locate(self.label_start, end)
        else:
            written = f"{text[self.label_start :].strip()} {on.text[:end].strip()}"
            first, last = self.line.locate(self.label_start, len(text)), on.locate(0, end)
            span = (first[0], last[1])
        return Embargo(
            written.strip(),
            moment=dt.datetime.combine(moment.date, time),
            zone=moment.zone or DEFAULT_ZONE,
            span=span,
            date_span=at(moment.date_at),
            time_span=at(moment.time_at),
            zone_span=at(moment.zone_at),
        )

    def value(self) -> str:
        """The candidate's value as an explanation shows it."""
        return _value(self.record())


def _value(record: Embargo) -> str:
    if record.immediate:
        return "immediate"
    return record.moment.isoformat() if record.moment is not None else "undated"


def _lines(draft: Draft) -> Iterator[tuple[int, int, Line]]:
    """Every short line holding an embargo keyword: (block index, line index, line)."""
    for index in blocks_with(draft, KEYWORDS):
        for number, line in enumerate(draft.blocks[index].lines):
            if len(line.text) <= _MAX_LINE:
                lowered = line.text.lower()
                if any(keyword in lowered for keyword in KEYWORDS):
                    yield index, number, line


def _next_line(draft: Draft, index: int, number: int) -> Line | None:
    lines = draft.blocks[index].lines
    if number + 1 < len(lines):
        return lines[number + 1]
    if index + 1 < len(draft.blocks) and draft.blocks[index + 1].lines:
        return draft.blocks[index + 1].lines[0]
    return None


def _matches(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    """The matches of a label pattern that start where a label may stand."""
    after = 0
    for start in starts:
        if start < after:
            continue
        match = pattern.match(text, start)
        if match is not None:
            after = match.end()
            yield match


def _candidates(draft: Draft) -> Iterator[EmbargoCandidate]:
    reference = draft.dateline.date if draft.dateline is not None else None
    reference = reference or draft.options.reference_date
    opening = max(draft.body_start, 0) + _OPENING_BLOCKS
    for index, number, line in _lines(draft):
        lowered = line.text.lower()
        starts: list[int] | None = None
        for code, pattern, names_embargo, words in LABEL_RULES:
            if not any(word in lowered for word in words):
                continue
            if starts is None:  # the line's start, and after each separator
                starts = [0, *(m.end() for m in LABEL_MARKS.finditer(line.text))]
            for match in _matches(pattern, line.text, starts):
                evidence = [code]
                if index < opening:
                    evidence.append("opening")
                moment: Moment | None = None
                moment_line = line
                if names_embargo:
                    moment = read_moment(line.text, match.end(), reference)
                    if moment is None and _NOTHING_LEFT.fullmatch(line.text, match.end()):
                        below = _next_line(draft, index, number)
                        if below is not None:
                            moment = read_moment(below.text, 0, reference)
                            if moment is not None and moment.date_at is not None:
                                if moment.date_at[0] > 20:
                                    moment = None  # a date further along is the next line's
                                else:
                                    moment_line = below
                                    evidence.append("next-line")
                    if moment is None or moment.date is None:
                        if not _NOTHING_LEFT.fullmatch(line.text, match.end()):
                            continue  # "embargo" followed by prose: a word, not a label
                        evidence.append("undated")
                    else:
                        evidence.append("with-date")
                        if moment.time is not None:
                            evidence.append("with-time")
                        if moment.zone is not None:
                            evidence.append("named-zone")
                        if moment.year_missing:
                            evidence.append("year-missing")
                score = sum(EMBARGO_EVIDENCE[c] for c in evidence)
                yield EmbargoCandidate(
                    code,
                    names_embargo,
                    line,
                    match.start("label"),
                    match.end(),
                    moment,
                    moment_line,
                    index,
                    tuple(evidence),
                    score,
                )


def embargo(draft: Draft) -> None:
    """Read the embargo (or the absence of one) into ``draft.embargo``."""
    found = list(_candidates(draft))
    if not found:
        return
    ranked = sorted(found, key=lambda c: -c.score)  # stable: the first on a tie
    best = ranked[0]
    record = best.record()
    draft.embargo = record
    chosen_value = _value(record)
    rejected = next((c for c in ranked[1:] if c.value() != chosen_value), None)
    draft.explanations.append(
        Explanation(
            "embargo",
            _candidate(best, record),
            _candidate(rejected, rejected.record()) if rejected is not None else None,
            len(found),
        )
    )
    if not record.immediate and record.moment is None:
        draft.diagnostics.append(
            diagnostics.make(
                "embargo-undated",
                f"« {record.text} » announces an embargo but gives no date that can be read",
                record.span,
            )
        )


def _candidate(found: EmbargoCandidate, record: Embargo) -> Candidate:
    return Candidate(_value(record), found.code, found.evidence, found.score, record.span)
