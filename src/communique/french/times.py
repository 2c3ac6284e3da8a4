"""French times of day and time zones: time forms as a registry, zone names as a table.

Each way of writing a time is a `TimeForm` of `TIME_FORMS` (as the date forms
of `communique.french.dates`), and `TIME` is their union:

* ``hours``: ``10h``, ``10 h``, ``10H00``, ``10 h 30``, ``0h01``, ``17 heures``,
  ``10 heures 30``;
* ``colon``: ``10:30``, ``08:00`` (a portal's or an agency's timestamp);
* ``words``: ``midi`` (12:00) and ``minuit`` (00:00 of the day named: the embargo
  ``jusqu'au 12 mars, minuit`` ends as 12 March begins; releases that mean the end of a day
  write ``23 h 59`` or ``0 h 01`` the next day).

`ZONES` maps the way a release names a time zone (``heure de Paris``, ``CET``,
``GMT``, ``heure de Montréal``) to an IANA name or the abbreviation itself; `ZONE`
finds one. A time without a named zone is French legal time (``Europe/Paris``,
`DEFAULT_ZONE`).

Rules of this module: every repetition bounded, no nested quantifiers; no clock is read.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import attrs

from .dates import _accent_tolerant, fold

__all__ = [
    "DEFAULT_ZONE",
    "TIME",
    "TIME_FORMS",
    "ZONE",
    "ZONES",
    "ZONE_NAMES",
    "TimeForm",
    "parse_time",
    "zone_of",
]


@attrs.frozen
class TimeForm:
    """One way of writing a time of day: a regex fragment and how to read its match.

    ``fragment`` uses group names of its own (the registry joins every fragment in one
    alternation); ``build`` returns ``(hour, minute)`` or ``None`` when the match names no
    time of day.
    """

    name: str
    fragment: str
    build: Callable[[re.Match[str]], tuple[int, int] | None]


# An hour of the day, 0 to 23 ("0", "00", "9", "09", "23"), never a part of a longer number.
_HOUR = r"(?:[01]?\d|2[0-3])"
# Minutes, two digits.
_MINUTE = r"[0-5]\d"
# The spaces French typography puts inside a time: none, a space, a no-break space.
_SP = r"[ \u00a0\u202f]?"


def _hours(match: re.Match[str]) -> tuple[int, int] | None:
    return int(match.group("hh")), int(match.group("hm") or 0)


def _colon(match: re.Match[str]) -> tuple[int, int] | None:
    return int(match.group("ch")), int(match.group("cm"))


#: The times named by a word, accent-folded.
TIME_WORDS: dict[str, tuple[int, int]] = {"midi": (12, 0), "minuit": (0, 0)}


def _words(match: re.Match[str]) -> tuple[int, int] | None:
    return TIME_WORDS.get(fold(match.group("tw")))


#: The time forms, tried in this order at each position of a text.
TIME_FORMS: tuple[TimeForm, ...] = (
    TimeForm(
        "hours",
        # "10h", "10 h 30", "10H00", "17 heures", "10 heures 30"; not "10 ha" nor "4h2".
        rf"(?<![\w:.,])(?P<hh>{_HOUR}){_SP}(?:heures?|h)(?:{_SP}(?P<hm>{_MINUTE})(?:{_SP}min\b)?)?"
        r"(?![\w:])",
        _hours,
    ),
    TimeForm(
        "colon",
        rf"(?<![\w:.,])(?P<ch>{_HOUR}):(?P<cm>{_MINUTE})(?![\d:])",
        _colon,
    ),
    TimeForm("words", r"(?<!\w)(?P<tw>midi|minuit)(?!\w)", _words),
)

#: A time in any of `TIME_FORMS` (use `parse_time` to read it).
TIME = re.compile(
    "|".join(f"(?P<tform_{i}>{form.fragment})" for i, form in enumerate(TIME_FORMS)), re.I
)


def parse_time(match: re.Match[str]) -> tuple[dt.time, str] | None:
    """The time of day of a `TIME` match and the name of its form, or ``None``."""
    for index, form in enumerate(TIME_FORMS):
        if match.group(f"tform_{index}") is not None:
            parts = form.build(match)
            if parts is None:
                return None
            hour, minute = parts
            return dt.time(hour, minute), form.name
    return None


def _key(name: str) -> str:
    return " ".join(fold(name).replace("’", "'").split())


#: French legal time: the zone of a time that names none.
DEFAULT_ZONE = "Europe/Paris"

#: How releases name a time zone, as written (lower case) -> the zone: an IANA name, or the
#: abbreviation itself. Looked up accent-folded (`fold`).
ZONE_NAMES: dict[str, str] = {
    "heure de paris": "Europe/Paris",
    "heure française": "Europe/Paris",
    "heure de france": "Europe/Paris",
    "heure de france métropolitaine": "Europe/Paris",
    "heure métropolitaine": "Europe/Paris",
    "heure de bruxelles": "Europe/Brussels",
    "heure de genève": "Europe/Zurich",
    "heure de londres": "Europe/London",
    "heure de new york": "America/New_York",
    "heure de montréal": "America/Toronto",
    "heure de québec": "America/Toronto",
    "heure de l'est": "America/Toronto",
    "heure des antilles": "America/Martinique",
    "heure de la réunion": "Indian/Reunion",
    "heure de guyane": "America/Cayenne",
    "cet": "CET",
    "cest": "CEST",
    "gmt": "GMT",
    "utc": "UTC",
    "hne": "America/Toronto",  # heure normale de l'Est
    "hae": "America/Toronto",  # heure avancée de l'Est
}

#: `ZONE_NAMES` keyed by the accent-folded name.
ZONES: dict[str, str] = {_key(name): zone for name, zone in ZONE_NAMES.items()}


def _zone_pattern() -> str:
    # Longest first. A zone of words ("heure de Paris") in any case, accent-tolerant, both
    # apostrophes; an abbreviation in capitals only ("cet" is also a French word).
    names = sorted(ZONE_NAMES, key=len, reverse=True)
    worded = "|".join(
        r"\s{1,3}".join(_accent_tolerant(w).replace("'", "['’]") for w in name.split())
        for name in names
        if " " in name
    )
    abbreviations = "|".join(name.upper() for name in names if " " not in name)
    return rf"(?i:{worded})|{abbreviations}"


#: A named time zone: ``heure de Paris``, ``CET``, ``GMT+1``, ``UTC``.
ZONE = re.compile(
    rf"(?<![\w])(?P<zone>{_zone_pattern()})(?P<offset>[+-]\d{{1,2}}(?::?\d\d)?)?(?![\w])"
)


def zone_of(match: re.Match[str]) -> str:
    """The zone a `ZONE` match names: ``Europe/Paris``, ``CET``, ``GMT+1``."""
    zone = ZONES.get(_key(match.group("zone")), match.group("zone").upper())
    offset = match.group("offset")
    return f"{zone}{offset}" if offset else zone
