"""French dates: month and weekday names as tables, one grammar for every style.

Accepted: ``24 juillet 2012``, ``1er mars 2005``, ``1ᵉʳ``, ``lundi 23 juillet 2012``, upper
case, abbreviations with or without a dot (``janv.``, ``févr``), unaccented spellings,
numeric day-first dates (``05/11/2018``, ``05.11.2018``, ``05-11-2018``) and year-less dates
(``le 5 mars``), which only a caller-supplied reference date can resolve. The module never
reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import attrs

__all__ = ["DATE", "MONTHS", "MONTH_YEAR", "WEEKDAYS", "FrenchDate", "parse_date", "resolve_year"]


def _fold(word: str) -> str:
    """Lower case without accents or trailing dot: ``Févr.`` -> ``fevr``."""
    decomposed = unicodedata.normalize("NFD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


#: Month names and abbreviations (accent-folded) -> month number.
MONTHS: dict[str, int] = {
    **dict.fromkeys(("janvier", "janv", "jan"), 1),
    **dict.fromkeys(("fevrier", "fevr", "fev", "fevrie"), 2),
    **dict.fromkeys(("mars", "mar"), 3),
    **dict.fromkeys(("avril", "avr"), 4),
    **dict.fromkeys(("mai",), 5),
    **dict.fromkeys(("juin",), 6),
    **dict.fromkeys(("juillet", "juil", "juill"), 7),
    **dict.fromkeys(("aout",), 8),
    **dict.fromkeys(("septembre", "sept", "sep"), 9),
    **dict.fromkeys(("octobre", "oct"), 10),
    **dict.fromkeys(("novembre", "nov"), 11),
    **dict.fromkeys(("decembre", "dec"), 12),
}

#: Weekday names -> ISO weekday number (lundi = 1).
WEEKDAYS: dict[str, int] = {
    "lundi": 1,
    "mardi": 2,
    "mercredi": 3,
    "jeudi": 4,
    "vendredi": 5,
    "samedi": 6,
    "dimanche": 7,
}

# Month alternatives, accented and unaccented, longest first so that "janvier" wins over "jan".
_MONTH = (
    r"(?:janvier|janv\.?|jan\.?|f[ée]vrier|f[ée]vr\.?|f[ée]v\.?|mars|avril|avr\.?|mai|juin"
    r"|juillet|juill?\.?|ao[ûu]t|septembre|sept?\.?|octobre|oct\.?|novembre|nov\.?"
    r"|d[ée]cembre|d[ée]c\.?)"
)
_WEEKDAY = r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
# "1er", "1ᵉʳ", "1re", "1ère", "1e" (ordinal suffixes of the first of the month).
_ORDINAL = r"(?:er|ᵉʳ|re|ère|e|<sup>er</sup>)"

#: A date in words or digits. Groups: weekday, day, month, year (day-first numeric: nd, nm, ny).
DATE = re.compile(
    rf"(?<!\w)(?:(?P<weekday>{_WEEKDAY})\s+)?(?P<day>[0-3]?\d|premier)\s*(?:{_ORDINAL})?"
    rf"\s+(?P<month>{_MONTH})(?!\w)(?:\s+(?P<year>(?:1[89]|20)\d\d)(?!\d))?"
    r"|(?<![\d/.-])(?P<nd>[0-3]?\d)(?P<sep>[/.-])(?P<nm>[01]?\d)(?P=sep)(?P<ny>(?:1[89]|20)\d\d|\d\d)"
    r"(?![\d/.-]*\d)",
    re.I,
)

#: A month and a year without a day ("novembre 2005"): a period, not a release date.
MONTH_YEAR = re.compile(rf"(?<!\w){_MONTH}\s+(?:1[89]|20)\d\d(?!\d)", re.I)


@attrs.frozen
class FrenchDate:
    """A parsed date: ``date`` is ``None`` when the year is missing and unresolved."""

    date: dt.date | None
    year_missing: bool
    start: int
    end: int


def parse_date(match: re.Match[str], reference: dt.date | None = None) -> FrenchDate | None:
    """Turn a :data:`DATE` match into a date; ``None`` if it names no real day."""
    if match.group("nd") is not None:
        day, month = int(match.group("nd")), int(match.group("nm"))
        year = int(match.group("ny"))
        if year < 100:
            year += 2000 if year < 70 else 1900
        return _build(year, month, day, match, year_missing=False)
    day_text = match.group("day")
    day = 1 if day_text.lower() == "premier" else int(day_text)
    found_month = MONTHS.get(_fold(match.group("month")))
    if found_month is None:
        return None
    month = found_month
    if match.group("year"):
        return _build(int(match.group("year")), month, day, match, year_missing=False)
    if reference is None:
        if not 1 <= day <= 31:
            return None
        return FrenchDate(None, True, match.start(), match.end())
    return _build(resolve_year(month, day, reference), month, day, match, year_missing=True)


def resolve_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts ``day``/``month`` closest to ``reference``."""
    best = reference.year
    best_gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except ValueError:
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def _build(
    year: int, month: int, day: int, match: re.Match[str], *, year_missing: bool
) -> FrenchDate | None:
    try:
        value = dt.date(year, month, day)
    except ValueError:
        return None
    return FrenchDate(value, year_missing, match.start(), match.end())
