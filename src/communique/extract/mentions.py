"""The mentions step: dates mentioned in the body, relative ones resolved against the dateline.

``le 25 novembre dernier`` is the last 25 November before the release date, ``lundi
prochain`` the next Monday after it, ``hier``/``demain`` the day before/after. Without a
release date (or a caller's reference date) relative mentions stay unresolved; so do those
that would fall before year 1 or after year 9999, with a ``date-out-of-range`` diagnostic.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator

from dateutil.relativedelta import relativedelta, weekday

from .. import diagnostics
from ..french.dates import DATE, MONTHS, WEEKDAYS, _fold, parse_date
from ..models import DateMention
from .draft import Draft

__all__ = ["mentions"]

_RELATIVE = re.compile(
    r"(?<!\w)(?:(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
    r"(?P<direction>prochain|dernier)"
    r"|(?P<day>[0-3]?\d)(?:er)?\s+(?P<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t"
    r"|septembre|octobre|novembre|d[ée]cembre)\s+(?P<mdirection>prochain|dernier)"
    r"|(?P<word>hier|demain))(?!\w)",
    re.I,
)
# Where a match can start. Every date form starts with a digit (the first of a run: a
# look-behind refuses a digit or a letter before it), a weekday or "premier"; every relative
# mention with a weekday, a digit (the first of a run), "hier" or "demain". These places are
# found with str.find and one scan for digit runs, and the patterns tried there only: the
# engine would otherwise try them at every position (a look-ahead on the first character
# still costs a step per character). The matches are the same (tests/test_mentions_scan.py
# checks the list of start words against the patterns).
_DIGIT_RUN = re.compile(r"\d+")
START_WORDS = (*WEEKDAYS, "premier", "hier", "demain")
# Letters a case-insensitive pattern matches to "i" and "s" that str.lower() leaves alone
# (dotless ı, long ſ): a text holding one is scanned by the patterns themselves.
_CASE_TWINS = ("\u0131", "\u017f")
_DIRECTION = re.compile(r"\s+(?:prochain|dernier)\b", re.I)
_WEEKDAY_OBJECTS = {n: weekday(n - 1) for n in range(1, 8)}
_MAX_MENTIONS = 200
_DIGIT = re.compile(r"\d")
_FIRST = re.compile(r"premier", re.I)


def mentions(draft: Draft) -> None:
    """Collect dated mentions from the section blocks."""
    anchor = draft.dateline.date if draft.dateline is not None else None
    anchor = anchor or draft.options.reference_date
    text = draft.document.text
    starts = _starts(text) if draft.sections else []
    for section in draft.sections:
        for block in section.blocks:
            start, end = block.span
            if end - start > 20000:
                end = start + 20000
            # Every date form writes a digit but "premier mars": a block with neither is
            # not scanned by the (long) date pattern (the start places already say so).
            dated = (
                starts is not None
                or _DIGIT.search(text, start, end) is not None
                or _FIRST.search(text, start, end) is not None
            )
            for match in _matches(DATE, text, start, end, starts) if dated else ():
                if _DIRECTION.match(text, match.end()):
                    continue  # "le 25 novembre dernier": a relative mention, read below
                parsed = parse_date(match, anchor)
                if parsed is not None and parsed.date is not None:
                    draft.mentions.append(
                        DateMention(match.group(), parsed.date, match.span(), False)
                    )
            for match in _matches(_RELATIVE, text, start, end, starts):
                draft.mentions.append(
                    DateMention(match.group(), _resolved(match, anchor, draft), match.span(), True)
                )
            if len(draft.mentions) >= _MAX_MENTIONS:
                return
    draft.mentions.sort(key=lambda m: m.span)


def _starts(text: str) -> list[int] | None:
    """Every place in ``text`` where a date or a relative mention can start, in order, or
    ``None`` when the lower-case text cannot say (a letter whose lower case is longer, or a
    letter matched case-insensitively that ``str.lower`` does not turn into its twin)."""
    lowered = text.lower()
    if len(lowered) != len(text) or any(twin in lowered for twin in _CASE_TWINS):
        return None
    found = [match.start() for match in _DIGIT_RUN.finditer(text)]
    for word in START_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    found.sort()
    return found


def _matches(
    pattern: re.Pattern[str], text: str, start: int, end: int, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, trying the pattern at ``starts`` only."""
    if starts is None:
        yield from pattern.finditer(text, start, end)
        return
    after = start  # where the last match ended: matches do not overlap
    for index in range(bisect.bisect_left(starts, start), len(starts)):
        at = starts[index]
        if at >= end:
            return
        if at >= after and (match := pattern.match(text, at, end)) is not None:
            yield match
            after = match.end()


def _resolved(match: re.Match[str], anchor: dt.date | None, draft: Draft) -> dt.date | None:
    """The day a relative mention names, or ``None``; a day past the calendar's ends (``demain``
    from 31 December 9999, a date metadata or ``reference_date`` can give) is a
    ``date-out-of-range`` diagnostic, never an exception."""
    if anchor is None:
        return None
    try:
        return _resolve(match, anchor)
    except (OverflowError, ValueError):
        draft.diagnostics.append(
            diagnostics.make(
                "date-out-of-range",
                f"« {match.group()} » counted from {anchor.isoformat()} falls outside the "
                "calendar (years 1 to 9999); left unresolved",
                match.span(),
            )
        )
        return None


def _resolve(match: re.Match[str], anchor: dt.date) -> dt.date | None:
    """The day of a relative mention; raises `OverflowError` past the calendar."""
    if match.group("word"):
        word = _fold(match.group("word"))
        return anchor + dt.timedelta(days={"hier": -1, "demain": 1}.get(word, 0))
    if match.group("weekday"):
        number = WEEKDAYS[match.group("weekday").lower()]
        if match.group("direction").lower() == "prochain":
            return anchor + relativedelta(days=1, weekday=_WEEKDAY_OBJECTS[number](+1))
        return anchor + relativedelta(days=-1, weekday=_WEEKDAY_OBJECTS[number](-1))
    month = MONTHS[_fold(match.group("month"))]
    day = int(match.group("day"))
    future = match.group("mdirection").lower() == "prochain"
    for year in (anchor.year, anchor.year + (1 if future else -1)):
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise OverflowError(f"year {year} is out of range")
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            return None  # "le 31 février prochain" names no day
        if (candidate > anchor) if future else (candidate < anchor):
            return candidate
    return None
