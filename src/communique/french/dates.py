"""French dates: month and weekday names as tables, date forms as a registry.

The month and weekday names are written once, in `MONTH_NAMES` and `WEEKDAYS`;
the month pattern and the lookup `MONTHS` are derived from them (accented and
unaccented spellings, upper case, abbreviations with or without a dot).

Each way of writing a date is a `DateForm` of `DATE_FORMS` — one dialect a
form, as feedparser keeps one date dialect a handler — and `DATE` is their union, tried
left to right at each position of the text:

* ``words``: ``24 juillet 2012``, ``1er mars 2005``, ``1ᵉʳ``, ``lundi 23 juillet 2012``,
  ``le 5 mars`` (year-less: only a caller-supplied reference date resolves it);
* ``day-range``: ``les 7 et 8 février 2024``, ``du 3 au 5 mars 2024``, ``7-8 juin 2024``: the
  first day (a release issued over two days is dated by the first);
* ``day-first``: ``05/11/2018``, ``05.11.2018``, ``05-11-2018``, ``5/11/18``;
* ``year-first``: ``2018-11-05`` (ISO 8601, metadata and portal timestamps), ``2018/11/05``.

The module never reads the clock.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable

import attrs

__all__ = [
    "DATE",
    "DATE_FORMS",
    "ENGLISH_WIRE_DATELINE",
    "MONTHS",
    "MONTH_NAMES",
    "MONTH_PATTERN",
    "MONTH_YEAR",
    "PORTAL_STAMP",
    "PUBLICATION_LABEL",
    "PUBLICATION_LABELS",
    "TIMESTAMP_PREFIX",
    "UPDATE_LABEL",
    "UPDATE_LABELS",
    "WEEKDAYS",
    "WEEKDAY_PATTERN",
    "DateForm",
    "FrenchDate",
    "address_date",
    "english_date",
    "fold",
    "form_of",
    "metadata_date",
    "parse_date",
    "portal_stamp",
    "resolve_year",
]


def fold(word: str) -> str:
    """Lower case without accents or trailing dot: ``Févr.`` -> ``fevr``."""
    lowered = word.lower().rstrip(".")
    if lowered.isascii():
        return lowered  # (nothing to decompose, no accent to drop)
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join([c for c in decomposed if not unicodedata.combining(c)])


_fold = fold  # the name other modules imported before it was public

#: Month names as written, then their abbreviations (the first spelling is the full name).
MONTH_NAMES: dict[int, tuple[str, ...]] = {
    1: ("janvier", "janv", "jan"),
    2: ("février", "févr", "fév", "févrie"),
    3: ("mars", "mar"),
    4: ("avril", "avr"),
    5: ("mai",),
    6: ("juin",),
    7: ("juillet", "juil", "juill"),
    8: ("août", "aout"),
    9: ("septembre", "sept", "sep"),
    10: ("octobre", "oct"),
    11: ("novembre", "nov"),
    12: ("décembre", "déc"),
}

#: Month spellings, accent-folded (:func:`fold`) -> month number.
MONTHS: dict[str, int] = {
    fold(spelling): month for month, spellings in MONTH_NAMES.items() for spelling in spellings
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


def _accent_tolerant(spelling: str) -> str:
    """A pattern for ``spelling`` with or without its accents: ``févr`` -> ``f[ée]vr``."""
    parts = []
    for char in spelling:
        base = fold(char)
        parts.append(f"[{char}{base}]" if base != char else re.escape(char))
    return "".join(parts)


def _initials(spellings: Iterable[str]) -> str:
    """A look-ahead for the characters the ``spellings`` (as `_accent_tolerant` writes them)
    can start with: before their alternation, it lets the engine leave a position after one
    test of its character instead of trying every spelling there (the matches are the
    same)."""
    chars = {char for spelling in spellings for char in spelling[0] + fold(spelling[0])}
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])"


def _month_pattern() -> str:
    # Longest spellings first, so that "janvier" wins over "jan"; abbreviations take a dot.
    full = {spellings[0] for spellings in MONTH_NAMES.values()}
    spellings = sorted(
        {s for names in MONTH_NAMES.values() for s in names}, key=lambda s: (-len(s), s)
    )
    alternatives = [
        _accent_tolerant(s) + ("" if s in full else r"\.?")
        for s in spellings
        if not any(s != other and fold(s) == fold(other) for other in full)
    ]
    return "(?:" + _initials(spellings) + "(?:" + "|".join(alternatives) + "))"


#: Any month spelling of :data:`MONTH_NAMES` (use with ``re.I``).
MONTH_PATTERN = _month_pattern()
#: Any weekday name.
WEEKDAY_PATTERN = "(?:" + _initials(WEEKDAYS) + "(?:" + "|".join(WEEKDAYS) + "))"
_MONTH = MONTH_PATTERN  # the names other modules imported before they were public
_WEEKDAY = WEEKDAY_PATTERN

# "1er", "1ᵉʳ", "1re", "1ère", "1e" (ordinal suffixes of the first of the month).
_ORDINAL = r"(?:er|ᵉʳ|re|ère|e|<sup>er</sup>)"
# A four-digit year of the press-release era.
_YEAR = r"(?:1[89]|20)\d\d"
# What may follow a wire stamp's year after a comma ("12 févr., 2026, 10 h 30 HNE"): a
# comma, a slash, a dash or a bracket, a time, a full stop, or the end of the line.
_STAMP_GOES_ON = r"(?=[ \t]*+(?:[,/|)–—-]|(?:[àa][ \t]+)?\d{1,2}[ \t]?[h:]|\.(?!\w)|\r?\n|\Z))"
# Two days joined into a range: "7 et 8", "du 3 au 5", "7-8", "7 & 8".
_RANGE_JOIN = r"\s*(?:et|au|&|[–—-])\s*"


@attrs.frozen
class DateForm:
    """One way of writing a date: a regex fragment and how to read its match.

    ``fragment`` uses named groups of its own (the registry joins every fragment in one
    alternation, so group names must not repeat across forms); ``build`` returns
    ``(year, month, day)``, ``year`` being ``None`` when the text gives none.
    """

    name: str
    fragment: str
    build: Callable[[re.Match[str]], tuple[int | None, int, int] | None]


def _two_digit_year(year: int) -> int:
    return year + (2000 if year < 70 else 1900) if year < 100 else year


def _words(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    day_text = match.group("day")
    month = MONTHS.get(fold(match.group("month")))
    if month is None:
        return None
    day = 1 if day_text.lower() == "premier" else int(day_text)
    return (int(match.group("year")) if match.group("year") else None), month, day


def _day_range(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    month = MONTHS.get(fold(match.group("rmonth")))
    if month is None or int(match.group("rfirst")) >= int(match.group("rlast")):
        return None
    return int(match.group("ryear")), month, int(match.group("rfirst"))


def _day_first(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    year = _two_digit_year(int(match.group("ny")))
    return year, int(match.group("nm")), int(match.group("nd"))


def _year_first(match: re.Match[str]) -> tuple[int | None, int, int] | None:
    return int(match.group("iy")), int(match.group("im")), int(match.group("id"))


#: The date forms, tried in this order at each position of a text.
DATE_FORMS: tuple[DateForm, ...] = (
    DateForm(
        "day-range",
        # The range needs its year: "les 7 et 8 février 2024"; a year-less range is an event's.
        rf"(?<!\w)(?P<rfirst>[0-3]?\d)(?:{_ORDINAL})?{_RANGE_JOIN}(?P<rlast>[0-3]?\d)"
        rf"\s+(?P<rmonth>{MONTH_PATTERN})(?!\w)\s+(?P<ryear>{_YEAR})(?!\d)",
        _day_range,
    ),
    DateForm(
        "words",
        rf"(?<!\w)(?:(?P<weekday>{WEEKDAY_PATTERN})\s+)?(?P<day>[0-3]?\d|premier)\s*(?:{_ORDINAL})?"
        # (a comma may part the month from the year, as Canadian wires stamp a release:
        # "12 févr., 2026, 10 h 30 HNE", but only where the stamp goes on as a stamp: in
        # "samedi 14 mars, 2000 coureurs" the figure counts runners, the year is unsaid)
        rf"\s+(?P<month>{MONTH_PATTERN})(?!\w)"
        rf"(?:(?P<comma>,)?\s+(?P<year>{_YEAR})(?!\d)(?(comma){_STAMP_GOES_ON}))?",
        _words,
    ),
    DateForm(
        "day-first",
        r"(?<![\d/.-])(?P<nd>[0-3]?\d)(?P<sep>[/.-])(?P<nm>[01]?\d)(?P=sep)"
        rf"(?P<ny>{_YEAR}|\d\d)(?![\d/.-]*\d)",
        _day_first,
    ),
    DateForm(
        "year-first",
        rf"(?<![\d/.-])(?P<iy>{_YEAR})(?P<isep>[/.-])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)"
        r"(?![\d/.-]*\d)",
        _year_first,
    ),
)

#: A date in any of :data:`DATE_FORMS`; ``match.lastgroup`` is not reliable for the form,
#: use :func:`parse_date` (or the form's own groups).
DATE = re.compile(
    "|".join(f"(?P<form_{i}>{form.fragment})" for i, form in enumerate(DATE_FORMS)), re.I
)

#: A month and a year without a day ("novembre 2005"): a period, not a release date.
MONTH_YEAR = re.compile(rf"(?<!\w){MONTH_PATTERN}\s+{_YEAR}(?!\d)", re.I)


@attrs.frozen
class FrenchDate:
    """A parsed date: ``date`` is ``None`` when the year is missing and unresolved.

    ``form`` names the `DateForm` that read it.
    """

    date: dt.date | None
    year_missing: bool
    start: int
    end: int
    form: str = "words"


def form_of(match: re.Match[str]) -> DateForm:
    """The `DateForm` that produced a `DATE` match."""
    for index, form in enumerate(DATE_FORMS):
        if match.group(f"form_{index}") is not None:
            return form
    raise ValueError("not a match of communique.french.dates.DATE")


def parse_date(match: re.Match[str], reference: dt.date | None = None) -> FrenchDate | None:
    """Turn a `DATE` match into a date; ``None`` if it names no real day.

    A year-less date takes the year that puts it closest to ``reference``; without a
    reference it stays unresolved (``date`` is ``None``, ``year_missing`` true).
    """
    form = form_of(match)
    parts = form.build(match)
    if parts is None:
        return None
    year, month, day = parts
    if year is None:
        if reference is None:
            if not 1 <= day <= 31:
                return None
            return FrenchDate(None, True, match.start(), match.end(), form.name)
        year = resolve_year(month, day, reference)
    try:
        value = dt.date(year, month, day)
    except (ValueError, OverflowError):
        return None
    return FrenchDate(value, parts[0] is None, match.start(), match.end(), form.name)


def resolve_year(month: int, day: int, reference: dt.date) -> int:
    """The year that puts ``day``/``month`` closest to ``reference``."""
    best = reference.year
    best_gap: int | None = None
    for year in (reference.year - 1, reference.year, reference.year + 1):
        try:
            gap = abs((dt.date(year, month, day) - reference).days)
        except (ValueError, OverflowError):
            continue
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


# ISO 8601 as software writes it, whatever the year ("9999-12-31" as "no end").
_MACHINE_DATE = re.compile(r"(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?!\d)")

#: English month names and their abbreviations, as machines write dates in metadata: RSS's
#: ``pubDate`` and e-mail headers (RFC 2822: ``Mon, 15 Mar 2020 10:00:00 +0100``), English
#: ``<meta>`` values (``March 15, 2020``, ``15 March 2020``, ``15-Mar-2020``).
ENGLISH_MONTHS: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_ENGLISH_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
_ENGLISH_DATE = re.compile(
    r"(?:[a-z]{3,9},?\s+)?"  # a weekday: "Mon, ", "Sunday, "
    rf"(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?[\s-]+(?P<month>{_ENGLISH_MONTH})\.?[\s,-]+"
    rf"|(?P<month_first>{_ENGLISH_MONTH})\.?\s+(?P<day_after>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)"
    r"(?P<year>\d{4})(?!\d)",
    re.I,
)


#: A wire's dateline in English over a French release, as PR Newswire and others keep it
#: (``PARIS, April 28, 2011 /PRNewswire/ --``, ``Lyon, 5 May 2011 (GLOBE NEWSWIRE) --``): the
#: place, the day in English, the wire's tag or a dash; groups ``place`` and ``date``.
ENGLISH_WIRE_DATELINE = re.compile(
    # (a place with its country: "LYON, France, 5 May 2011")
    r"(?P<place>[A-ZÀ-Ý][^\n,/()–—]{0,60}?(?:,[ \t]+[A-ZÀ-Ý][^\n,/()–—\d]{0,30}?)?),[ \t]+"
    rf"(?P<date>(?:{_ENGLISH_MONTH})\.?[ \t]+\d{{1,2}},?[ \t]+\d{{4}}"
    rf"|\d{{1,2}}[ \t]+(?:{_ENGLISH_MONTH})\.?,?[ \t]+\d{{4}})(?!\d)"
    # the wire's tag, then its dash
    r"[ \t]*(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))?[ \t]*(?:-{1,3}|[–—])[ \t]*",
    re.I,
)


def english_date(text: str) -> dt.date | None:
    """The day an English date writes (``April 28, 2011``, ``28 April 2011``, ``Mon, 15 Mar
    2020``), else ``None``."""
    match = _ENGLISH_DATE.match(text)
    if match is None:
        return None
    month = ENGLISH_MONTHS[(match["month"] or match["month_first"]).lower()]
    day = int(match["day"] or match["day_after"])
    try:
        return dt.date(int(match["year"]), month, day)
    except ValueError:
        return None


def metadata_date(value: object) -> dt.date | None:
    """The date a metadata value states, in any form of `DATE_FORMS`, else ``None``.

    Metadata (front matter, ``<meta>``, JSON-LD, ``<time datetime>``) writes dates as ISO
    8601 (``2024-03-05T10:00+01:00``) most of the time, but also ``05/03/2024`` or ``5 mars
    2024``, and in English as feeds and e-mail headers write them (``Mon, 15 Mar 2020``,
    ``March 15, 2020``). A `datetime.date` (YAML reads one) is returned as it is; an
    impossible date is ``None``, never an exception.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    head = value[:64].strip()
    iso = _MACHINE_DATE.match(head)
    if iso is not None:  # a machine's date: any year it can write, 0001 to 9999
        try:
            return dt.date(*(int(part) for part in iso.groups()))
        except ValueError:
            return None
    match = DATE.match(head)
    if match is None:
        return english_date(head)
    parsed = parse_date(match)
    return parsed.date if parsed is not None else None


def address_date(address: str) -> dt.date | None:
    """The day a web address or a file name writes, else ``None``.

    Blogs and static sites date a post in its address: year, month and day as folders
    (``/fr/2016/01/07/statement/``, WordPress's and Jekyll's permalinks) or before its slug
    (``2020-07-18-communique.md``, Jekyll's and Hugo's file names, ``/2020_07_18_titre``); a
    French slug made from a dated title writes the day first after ``du`` or ``le``
    (``communique-de-presse-du-8-04-2023``, ``communique-du-5-mars-2024``); press rooms name
    their files with the compact ``20240305_CP.pdf``. Only the path is read (no query
    string), and not a media library's folders (``/uploads/2023/06/…``, a year and a month).
    A day-first date elsewhere in a slug is often an event's (``fete-musique-21-06-2024``); a
    year and a month alone name no day; a run of digits inside a name (``cp-202403051``) may
    be any number.
    """
    path = address.split("?", 1)[0].split("#", 1)[0][-_ADDRESS_REACH:]
    if "/uploads/" in path:
        return None
    for form in _ADDRESS_DATES:
        for match in form.finditer(path):
            month = match["month"]
            number = int(month) if month.isdigit() else MONTHS.get(fold(month))
            day = match["day"]
            if number is None:
                continue
            try:
                first = not day.isdigit()  # "1er", "premier"
                return dt.date(int(match["year"]), number, 1 if first else int(day))
            except ValueError:
                continue
    return None


# The forms of an address's date: year first (a day not followed by a month's name, as a
# media file's "15-juin-…" is), then day first after "du" or "le"; an address is read on
# its last characters (a path, not a whole page).
_ADDRESS_DATES = (
    re.compile(
        r"(?<!\d)(?<!\d\.)(?P<year>(?:19|20)\d\d)(?P<joint>[/_-])(?P<month>0?[1-9]|1[0-2])"
        r"(?P=joint)(?P<day>0?[1-9]|[12]\d|3[01])(?!\.?\d)"
        rf"(?![/_-](?:{MONTH_PATTERN})\b)",
        re.I,
    ),
    re.compile(
        r"(?:^|[/_-])(?:du|le)[_-](?P<day>0?[1-9]|[12]\d|3[01])(?P<joint>[_-])"
        r"(?P<month>0?[1-9]|1[0-2])(?P=joint)(?P<year>(?:19|20)\d\d)(?!\.?\d)",
        re.I,
    ),
    # a month's name, as a slug spells it: "communique-du-5-mars-2024", "du-1er-aout-2023"
    re.compile(
        r"(?:^|[/_-])(?:du|le)[_-](?P<day>0?[1-9]|[12]\d|3[01]|1er|premier)[_-]"
        r"(?P<month>[^\W\d_]{3,9})[_-](?P<year>(?:19|20)\d\d)(?!\.?\d)",
        re.I,
    ),
    # the compact form press rooms give their files, set apart on both sides:
    # "20240305_CP.pdf", "/20240305-communique/"
    re.compile(
        r"(?:^|[/_-])(?P<year>(?:19|20)\d\d)(?P<month>0[1-9]|1[0-2])(?P<day>0[1-9]|[12]\d|3[01])"
        r"(?=[/_.-]|$)"
    ),
)
_ADDRESS_REACH = 2000


#: Labels that introduce the day a text was published, on a line of its own or in a
#: portal's timestamp ("Publié le 12/03/2024 à 10:30").
PUBLICATION_LABELS: tuple[str, ...] = (
    "date de publication",
    "date de parution",
    "date de diffusion",
    "date de mise en ligne",
    "date du communiqué",
    "publié le",
    "publiée le",
    "publié",
    "publiée",
    "paru le",
    "parution",
    "publication",
    "mis en ligne le",
    "mise en ligne le",
    "mise en ligne",
    "diffusé le",
    "diffusée le",
    # a distribution portal's stamp: the day the release was deposited there
    "déposé le",
    "déposée le",
    "posté le",
    "postée le",
    # a bulletin's or a notice's stamp: "Produit le …" (a forecaster's), "Émis le …"
    "produit le",
    "émis le",
    "émise le",
    "édité le",
    "éditée le",
    "date",
)
#: Labels that introduce a later day than the release's: an update of the page.
UPDATE_LABELS: tuple[str, ...] = (
    "dernière mise à jour",
    "dernière modification",
    "mis à jour le",
    "mise à jour le",
    "mis à jour",
    "mise à jour",
    "modifié le",
    "modifiée le",
    "actualisé le",
    "actualisée le",
    "màj",
)


def _labels(labels: tuple[str, ...]) -> str:
    # Longest first, each word accent-tolerant, any run of blanks between words.
    ordered = sorted(labels, key=len, reverse=True)
    return "|".join(r"\s+".join(_accent_tolerant(w) for w in label.split()) for label in ordered)


_LABEL_END = r"\s*(?::|,|\s)\s*(?:le\s+)?"
#: A line opening with an update label (group ``update``) or a publication label.
PUBLICATION_LABEL = re.compile(
    rf"\s*+(?:(?P<update>{_labels(UPDATE_LABELS)})|(?:{_labels(PUBLICATION_LABELS)})){_LABEL_END}",
    re.I,
)
#: Who put a page up, in a portal's stamp: "publié par la rédaction le …", "posté par …",
#: "rubrique Communiqués".
PORTAL_STAMP = re.compile(
    r"\b(?:publi[ée]e?|post[ée]e?|mis\s+en\s+ligne)\s+par\b|\brubrique\b", re.I
)
# A portal's stamp is one short line.
_STAMP_LINE = 200


def portal_stamp(line: str) -> bool:
    """Whether ``line`` is a portal's stamp over a republished text ("Industrie Mag —
    rubrique Communiqués — publié par la rédaction le 2 juillet 2026"): a short line saying
    who put the page up or in which rubric."""
    return len(line) <= _STAMP_LINE and PORTAL_STAMP.search(line) is not None


#: A portal's timestamp glued before the line's text, the date in figures: "date 2020-06
#: Installux s'installe…" (a capture's month stamp), "Publié le 12/03/2026 Titre…".
TIMESTAMP_PREFIX = re.compile(
    r"\s*+(?:date|publi[ée]e?\s+le|mis\s+en\s+ligne\s+le)\s*+:?\s*"
    r"(?:(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?|[0-3]?\d/[01]?\d/(?:19|20)\d\d)\s+(?=\S)",
    re.I,
)


#: A line opening with an update label ("Mis à jour le …").
UPDATE_LABEL = re.compile(rf"\s*+(?:{_labels(UPDATE_LABELS)}){_LABEL_END}", re.I)
