"""The mentions step: dates mentioned in the body, relative ones resolved against the dateline.

``le 25 novembre dernier`` is the last 25 November before the release date, ``lundi
prochain`` the next Monday after it, ``hier``/``demain`` the day before/after. Without a
release date (or a caller's reference date) relative mentions stay unresolved; so do those
that would fall before year 1 or after year 9999, with a ``date-out-of-range`` diagnostic.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.relativedelta import relativedelta, weekday

from .. import diagnostics
from ..french.dates import DATE, MONTHS, WEEKDAYS, _fold, parse_date
from ..models import DateMention
from .draft import Draft
from .text import date_starts, matches_at

__all__ = ["mentions"]

_RELATIVE = re.compile(
    # (the words look ahead for their first letters: at a digit, one test instead of a try
    # of each weekday, and of "hier" and "demain")
    r"(?<!\w)(?:(?=[djlmsv])(?P<weekday>lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+"
    r"(?P<direction>prochain|dernier)"
    r"|(?P<day>[0-3]?\d)(?:er)?\s+(?P<month>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t"
    r"|septembre|octobre|novembre|d[ée]cembre)\s+(?P<mdirection>prochain|dernier)"
    r"|(?=[dh])(?P<word>hier|demain))(?!\w)",
    re.I,
)
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
    # Where a date or a relative mention can start, found once for every block.
    starts = date_starts(text) if draft.sections else []
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
            for match in matches_at(DATE, text, start, end, starts) if dated else ():
                if _DIRECTION.match(text, match.end()):
                    continue  # "le 25 novembre dernier": a relative mention, read below
                parsed = parse_date(match, anchor)
                if parsed is not None and parsed.date is not None:
                    draft.mentions.append(
                        DateMention(match.group(), parsed.date, match.span(), False)
                    )
            for match in matches_at(_RELATIVE, text, start, end, starts):
                draft.mentions.append(
                    DateMention(match.group(), _resolved(match, anchor, draft), match.span(), True)
                )
            if len(draft.mentions) >= _MAX_MENTIONS:
                return
    draft.mentions.sort(key=lambda m: m.span)


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
