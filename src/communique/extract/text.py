"""Small text predicates shared by the steps: what a line looks like."""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from ..french.dates import DATE, MONTH_YEAR, WEEKDAYS
from ..french.vocabulary import ISSUER_WORDS, OFFICE, STATE_HEADING, STATE_MOTTOS
from ._keywords import lowered_if_known

__all__ = [
    "dangling_end",
    "date_starts",
    "dates_in",
    "first_date_in",
    "is_caps",
    "is_person_name",
    "is_pictograph",
    "lowered_holds",
    "matches_at",
    "month_year_in",
    "name_by_emblem",
    "opens_a_title",
    "speaker_with_office",
    "strip_decoration",
    "word_count",
]

_DECORATION = ' \t:;,.-–—_*|•·>»«"“”'

_T = TypeVar("_T")
# The steps ask the same questions of the same lines (a header line is read by the header,
# letterhead, contact and dateline rules): the predicates below are pure functions of a short
# text, so their answers for a few thousand short texts are remembered (a long text is never
# kept in memory).
_CACHED_TEXT = 300
_TEXT_CACHE = 4096


def _remembered(function: Callable[[str], _T]) -> Callable[[str], _T]:
    """``function``, its answers for short texts remembered."""
    cached = functools.lru_cache(maxsize=_TEXT_CACHE)(function)

    @functools.wraps(function)
    def remembered(text: str) -> _T:
        return cached(text) if len(text) <= _CACHED_TEXT else function(text)

    return remembered


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ASCII_LOWER = re.compile("[a-z]")
# Given names: Capitalised (Anaïs, Jean-Luc, Marie-Hélène) or capitals (AZIZ).
_GIVEN = re.compile(
    r"[A-ZÀ-ÖØ-Þ](?:[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+)(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿA-ZÀ-ÖØ-Þ]+)?\.?"
)
# Family names: Capitalised, capitals, with particles (de, du, Le, d', van) allowed before,
# and Breton names' "c'h" ("Guivarc'h", "KERC'HOAS").
_FAMILY = re.compile(
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:(?<=c)['’]h[a-zß-öø-ÿ]*)?|[A-ZÀ-ÖØ-Þ]{2,}(?:(?<=C)['’]H[A-ZÀ-ÖØ-Þ]*)?|[A-ZÀ-ÖØ-Þ]['’][A-ZÀ-ÖØ-Þ][\wà-ÿ]+|Mc[A-Z][a-z]+)(?:-[A-ZÀ-ÖØ-Þ][\wà-ÿ]+)*"
)
_PARTICLE = {
    "de",
    "du",
    "des",
    "d'",
    "d’",
    "le",
    "la",
    "van",
    "von",
    "da",
    "di",
    "del",
    "ben",
    "el",
}
_CIVILITY = re.compile(r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me)\s+")
_NOT_GIVEN = {
    "Page",
    "Pages",
    "Site",
    "Web",
    "Le",
    "La",
    "Les",
    "Un",
    "Une",
    "Des",
    "Pour",
    "Paris",
    "Contact",
    "Contacts",
    "Presse",
    "Service",
    "Cabinet",
    "Direction",
    "Relations",
    "Tél",
    "Tel",
    "Mail",
    "Email",
    "Courriel",
    "Communiqué",
    "Dossier",
    "Mobile",
    "Portable",
    "Fax",
    "Source",
    "Information",
    "Informations",
    "Région",
    "Ville",
    "Agence",
    "Ministère",
    "Préfecture",
    "Conseil",
    "France",
    "Département",
    "Madame",
    "Monsieur",
    "Office",
    "Bureau",
    "Groupe",
    "Pôle",
    "Media",
    "Médias",
    "Press",
    "Chargée",
    "Chargé",
    "Attachée",
    "Attaché",
    "Responsable",
    "Directeur",
    "Directrice",
    # a site's words: "Rubrique Santé", "Accueil Presse", "Catégorie Actualités"
    "Rubrique",
    "Rubriques",
    "Accueil",
    "Actualité",
    "Actualités",
    "Catégorie",
    "Article",
    "Retour",
    "Menu",
    "Espace",
}


@_remembered
def strip_decoration(text: str) -> str:
    """``text`` without surrounding punctuation, bullets and markup residue; a guillemet or
    a quotation mark whose pair is inside the text is kept: ``GROUPE « ROUBAIX SOLIDAIRE »``,
    ``« Rivages » : l'exposition``."""
    bare = text.strip(_DECORATION)
    # (a pictograph is past U+2190: the ends are tested only when one of them is)
    if (
        bare
        and (ord(bare[0]) >= _PICTOGRAPHS or ord(bare[-1]) >= _PICTOGRAPHS)
        and (is_pictograph(bare[0]) or is_pictograph(bare[-1]))
    ):
        # "🚧 COMMUNIQUÉ 🚧", "📢 Communiqué de presse": a social network's post decorates
        # its label with pictographs
        while bare and is_pictograph(bare[0]):
            bare = bare[1:].strip(_DECORATION)
        while bare and is_pictograph(bare[-1]):
            bare = bare[:-1].strip(_DECORATION)
    if not bare or bare == text:
        return bare
    start = text.find(bare)
    end = start + len(bare)
    for opening, closing in _QUOTES:
        if bare.count(opening) > bare.count(closing):
            after = text.find(closing, end)
            if after >= 0 and not text[end:after].strip(_SPACES):
                end = after + 1
        elif bare.count(closing) > bare.count(opening):
            before = text.rfind(opening, 0, start)
            if before >= 0 and not text[before + 1 : start].strip(_SPACES):
                start = before
    return text[start:end]


def is_pictograph(char: str) -> bool:
    """A pictograph or a dingbat (``🚧``, ``📢``, ``⚠``, ``➡``) or the selector that
    draws one in colour; not a currency, a letter or a mark of the text's own."""
    return char == "\ufe0f" or (
        ord(char) >= _PICTOGRAPHS and unicodedata.category(char) in ("So", "Sk")
    )


# Pictographs start with the arrows' block (U+2190); below it, symbols such as "©" or "°".
_PICTOGRAPHS = 0x2190

_SPACES = " \t\u00a0\u202f"
# Quotation marks that pair up: what strip_decoration keeps when the text holds its pair.
_QUOTES = (("«", "»"), ("“", "”"))


# Ligatures NFKD leaves whole, spelled out for comparison (replaced one by one: a translation
# table with strings for values takes the slow path of str.translate).
_LIGATURES = (("œ", "oe"), ("æ", "ae"), ("ß", "ss"))
# The accents NFKD separates from French letters (the combining marks of U+0300-U+036F with a
# non-zero combining class), removed in one pass (a mark, then the rest of the run: a pattern
# opening with one character class lets the engine skip from one mark to the next, where
# "[…]+" is tried at every position); and the runs of letters and digits (``\w`` is
# str.isalnum() or "_").
_COMMON_MARK = (
    "[" + "".join(chr(c) for c in range(0x300, 0x370) if unicodedata.combining(chr(c))) + "]"
)
_COMMON_MARKS = re.compile(f"{_COMMON_MARK}{_COMMON_MARK}*")
_ALNUM_RUN = re.compile(r"[^\W_]+")
# Every byte that is no ASCII letter or digit, to a space.
_ASCII_NOT_ALNUM = bytes(c if chr(c).isascii() and chr(c).isalnum() else 32 for c in range(256))


@_remembered
def folded(text: str) -> str:
    """``text`` for a tolerant comparison: no case, accents, ligatures or punctuation (each
    run of characters that are not letters or digits becomes one space)."""
    lowered = text.casefold()
    for ligature, letters in _LIGATURES:
        if ligature in lowered:
            lowered = lowered.replace(ligature, letters)
    decomposed = unicodedata.normalize("NFKD", lowered)
    bare = _COMMON_MARKS.sub("", decomposed)
    if bare.isascii():
        # The runs of letters and digits, as below (as bytes: translated and split in C).
        return b" ".join(bare.encode().translate(_ASCII_NOT_ALNUM).split()).decode()
    if not any(unicodedata.combining(c) for c in set(bare) if not c.isascii()):
        # No combining mark left: what the loop below keeps, read as runs in one scan.
        return " ".join(_ALNUM_RUN.findall(bare))
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


# Letters a case-insensitive pattern matches to other letters than str.lower() gives: "i"
# (dotless ı, dotted İ), "k" (the Kelvin sign) and "s" (long ſ).
CASE_TWIN_LETTERS = "iks"


def lowered_holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` in lower case holds one of ``words``: a cheap test before a
    case-insensitive pattern each match of which holds one of them.

    The words are lower case and hold none of `CASE_TWIN_LETTERS`, so that the test never
    says no where the pattern would match.
    """
    lowered = text.lower()
    # (a loop, not any() over a generator: a third cheaper, and it is asked thousands of times
    # a parse)
    for word in words:  # noqa: SIM110 -- see above
        if word in lowered:
            return True
    return False


def may_hold(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` may hold a match of a case-insensitive pattern every match of which
    holds one of ``words`` (lower case; any letters, ``i`` and ``s`` too): a cheap test
    before such a pattern.

    True, without a test, for a text holding a letter the pattern matches to ``i`` or ``s``
    that ``str.lower`` leaves alone (dotless ı, long ſ), or a letter whose lower case is
    longer (dotted İ): elsewhere each letter of a match is, in lower case, the pattern's.
    """
    lowered = text.lower()
    if len(lowered) != len(text) or (not text.isascii() and ("ı" in text or "ſ" in text)):
        return True
    for word in words:  # noqa: SIM110 -- a loop, as in lowered_holds
        if word in lowered:
            return True
    return False


@_remembered
def word_count(text: str) -> int:
    return len(_WORD.findall(text))


def is_caps(text: str) -> bool:
    """Whether ``text`` has letters and none of them is lower case."""
    if _ASCII_LOWER.search(text) is not None:
        return False  # a lower-case letter (found by a scan that skips to one)
    letters = list(filter(str.isalpha, text))
    return len(letters) >= 3 and not any(map(str.islower, letters))


@_remembered
def speaker_with_office(name: str) -> str | None:
    """The person a type line names with their office and nothing more (``Claire Morel,
    ministre de l'Éducation nationale`` → ``Claire Morel``); ``None`` for a body, or for a
    title that goes on after the office (``Claire Vasseur, maire de Saint-Aubin, après
    l'incendie de l'école``)."""
    person, comma, office = name.partition(", ")
    if not comma or "," in office or len(office) > _OFFICE_LENGTH or not is_person_name(person):
        return None
    return person if OFFICE.match(office) else None


# An office, its portfolio included, holds this many characters at most.
_OFFICE_LENGTH = 100


def is_person_name(text: str) -> bool:
    """Whether ``text`` is shaped like a name: ``Anaïs MARQUES``, ``Jean-Luc de La Tour``."""
    text = strip_decoration(_CIVILITY.sub("", text.strip(), count=1))
    if not 3 <= len(text) <= 45 or ISSUER_WORDS.search(text):
        return False
    words = text.split()
    first = words[0] if words else ""
    # (an article is no given name in any case: "LA RÉUNION", "LE HAVRE")
    if not 2 <= len(words) <= 5 or first.capitalize() in _NOT_GIVEN or not _GIVEN.fullmatch(first):
        return False
    if any(w.strip(".,").lower() in _ORGANISATION_WORDS for w in words):
        return False
    rest = [w for w in words[1:] if w.lower() not in _PARTICLE]
    return bool(rest) and all(_FAMILY.fullmatch(w) for w in rest)


# Words that make a capitalised phrase a company or a service, not a person.
_ORGANISATION_WORDS = frozenset(
    (
        "services",
        "service",
        "business",
        "group",
        "groupe",
        "pr",
        "press",
        "presse",
        "media",
        "médias",
        "communication",
        "communications",
        "consulting",
        "agency",
        "agence",
        "partners",
        "international",
        "france",
        "europe",
        "systems",
        "solutions",
        "technologies",
        "software",
        "inc",
        "sa",
        "sas",
        "sarl",
        "ltd",
        "gmbh",
        "llc",
        "corp",
        "corporation",
        "company",
        "foundation",
        "fondation",
        "association",
        "institut",
        "network",
        "labs",
        "lab",
        # the words of a label or a template placeholder ("[INFORMATION DE CONTACT]")
        "contact",
        "contacts",
        "information",
        "informations",
    )
)


# -- dates, tried only where one can start --------------------------------------------------
# Every date form (`communique.french.dates.DATE`) starts with a digit (the first of a run: a
# look-behind refuses a digit or a letter before it), a weekday or "premier"; every relative
# mention ("lundi prochain", "le 3 mars dernier", "hier") with a weekday, a digit (the first
# of a run), "hier" or "demain". These places are found with str.find and one scan for digit
# runs, and a date pattern tried there only: the engine would otherwise try it at every
# position (the look-ahead on a first character still costs a step per character). The
# matches are the same (tests/test_mentions_scan.py checks the start words against the
# patterns, and the matches against finditer's).
# (a digit then the rest of the run: a pattern opening with one character class lets the
# engine skip from one digit to the next, where "\d+" is tried at every position)
# The run's first digit is read through a class of code points, which the engine tests with
# a table lookup where "\d" costs a category call for every character it skips: the decimal
# digits of the Basic Multilingual Plane (Unicode writes each script's ten digits in a row:
# their zeros below), or any character past that plane, which "\d" then confirms (digits of
# other scripts, but mostly emoji). The runs are those of "\d\d*" (tests/test_date_scan.py
# compares the class with "\d" over the whole plane).
_BMP_DIGIT_ZEROS = (
    0x30, 0x660, 0x6F0, 0x7C0, 0x966, 0x9E6, 0xA66, 0xAE6, 0xB66, 0xBE6, 0xC66, 0xCE6, 0xD66,
    0xDE6, 0xE50, 0xED0, 0xF20, 0x1040, 0x1090, 0x17E0, 0x1810, 0x1946, 0x19D0, 0x1A80,
    0x1A90, 0x1B50, 0x1BB0, 0x1C40, 0x1C50, 0xA620, 0xA8D0, 0xA900, 0xA9D0, 0xA9F0, 0xAA50,
    0xABF0, 0xFF10,
)  # fmt: skip
_FIRST_DIGIT = "".join(f"\\u{zero:04x}-\\u{zero + 9:04x}" for zero in _BMP_DIGIT_ZEROS)
_DIGIT_RUN = re.compile(rf"[{_FIRST_DIGIT}\U00010000-\U0010ffff](?<=\d)\d*")
START_WORDS = (*WEEKDAYS, "premier", "hier", "demain")
_NO_WEEKDAY_WORDS = tuple(word for word in START_WORDS if "di" not in word)
# Letters a case-insensitive pattern matches to "i" and "s" that str.lower() leaves alone
# (dotless ı, long ſ): a text holding one is scanned by the patterns themselves.
_CASE_TWINS = ("\u0131", "\u017f")


def date_starts(text: str, start: int = 0, end: int | None = None) -> list[int] | None:
    """Every place in ``text[start:end]`` where a date or a relative mention can start, in
    order, or ``None`` when the lower-case text cannot say (a letter whose lower case is
    longer, or a letter matched case-insensitively that ``str.lower`` does not give)."""
    end = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    piece = text[start:end] if start or end < len(text) else text
    # (the document's whole text was lowered for the steps already)
    lowered = (lowered_if_known(text) if piece is text else None) or piece.lower()
    if len(lowered) != len(piece) or _CASE_TWINS[0] in lowered or _CASE_TWINS[1] in lowered:
        return None
    found = [match.start() for match in _DIGIT_RUN.finditer(text, start, end)]
    found += _start_words(lowered, start)
    found.sort()
    return found


def _start_words(lowered: str, start: int) -> list[int]:
    """Where the words a date or a relative mention can open with stand in ``lowered`` (the
    lower case of the text from ``start``), unordered."""
    found = []
    # (every weekday holds "di": a text without it is not searched for the seven of them)
    for word in START_WORDS if "di" in lowered else _NO_WEEKDAY_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(start + at)
            at = lowered.find(word, at + 1)
    return found


def matches_at(
    pattern: re.Pattern[str], text: str, start: int, end: int, starts: list[int] | None
) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, the pattern tried at ``starts`` only (all the
    places where one of its matches can start; ``None``: everywhere)."""
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


def dates_in(text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """``DATE.finditer(text, start, end)``, found faster: DATE tried only where a date can
    start."""
    end = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    if _DIGIT_RUN.search(text, start, end) is None:
        # Every date form writes a digit but "premier mars": without either, no date (unless
        # a dotless ı or a letter whose lower case is longer hides a "premier" from lower()).
        lowered = text[start:end].lower()
        if (
            "premier" not in lowered
            and len(lowered) == end - start
            and _CASE_TWINS[0] not in lowered
        ):
            return iter(())
    return matches_at(DATE, text, start, end, date_starts(text, start, end))


def first_date_in(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``next(dates_in(text, start, end), None)``, found without listing every place a date
    can start: the digit runs are read one at a time, and the start words before each."""
    end = len(text) if end is None else min(end, len(text))
    start = max(start, 0)
    lowered = (text[start:end] if start or end < len(text) else text).lower()
    if len(lowered) != end - start or _CASE_TWINS[0] in lowered:
        return DATE.search(text, start, end)  # the lower-case text cannot say where
    if "premier" not in lowered and _DIGIT_RUN.search(text, start, end) is None:
        return None  # no digit and no "premier": no date (as in dates_in)
    if _CASE_TWINS[1] in lowered:
        return DATE.search(text, start, end)
    words = sorted(_start_words(lowered, start))
    tried = 0  # the start words tried so far
    for run in _DIGIT_RUN.finditer(text, start, end):
        digit = run.start()
        while tried < len(words) and words[tried] < digit:
            if (match := DATE.match(text, words[tried], end)) is not None:
                return match
            tried += 1
        if (match := DATE.match(text, digit, end)) is not None:
            return match
    for at in words[tried:]:
        if (match := DATE.match(text, at, end)) is not None:
            return match
    return None


def month_year_in(text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """``MONTH_YEAR.search(text, start, end)``, not tried where no year stands: its year is a
    run of four digits (a space before it, no digit after it) opening with 18, 19 or 20."""
    end = len(text) if end is None else end
    run = _DIGIT_RUN.search(text, start, end)
    while run is not None:  # (the runs finditer gives: each ends before a non-digit)
        if len(run.group()) == _YEAR_DIGITS and run.group()[:2] in _CENTURIES:
            return MONTH_YEAR.search(text, start, end)
        run = _DIGIT_RUN.search(text, run.end(), end)
    return None


# The year of `MONTH_YEAR`: four digits, after a space and before no digit (a whole run), of
# the press-release era.
_YEAR_DIGITS = 4
_CENTURIES = ("18", "19", "20")


def is_state_frame(text: str) -> bool:
    """The State's heading or its motto on an official letterhead (``RÉPUBLIQUE DU
    SÉNÉGAL``, ``Un Peuple – Un But – Une Foi``): the frame, never the issuer."""
    if len(text) > _MOTTO_LENGTH:
        return False
    return STATE_HEADING.fullmatch(text) is not None or folded(text) in _MOTTOS


# No State heading or motto is longer.
_MOTTO_LENGTH = 60
_MOTTOS = frozenset(folded(motto) for motto in STATE_MOTTOS)


@_remembered
def is_state_emblem(text: str) -> bool:
    """A line of a State's emblem as banners set it: its frame (`is_state_frame`) or a word
    of its motto alone on its line ("Liberté" / "Égalité" / "Fraternité")."""
    if len(text) > _MOTTO_LENGTH:
        return False
    if STATE_HEADING.fullmatch(text) is not None:
        return True
    bare = folded(text)  # (once, for both the mottos and their words)
    return bare in _MOTTOS or bare in _MOTTO_WORDS


# The words of the mottos that stand a line each under the emblem ("la", "ou" never do).
_MOTTO_WORDS = frozenset(word for motto in _MOTTOS for word in motto.split() if len(word) > 3)


def name_by_emblem(lines: Sequence[str]) -> tuple[int, int] | None:
    """Where a State site's banner names its authority by the Republic's emblem (the État's
    brand block: the name over the motto, "PRÉFET" / "DU FINISTÈRE" / "Liberté" / "Égalité" /
    "Fraternité", or a page that sets it under, "RÉPUBLIQUE FRANÇAISE" / "Liberté Égalité
    Fraternité" / "Ministère de la Culture"): the first and past-the-last of ``lines`` that
    hold the name — the line right above the emblem, else the first line under it, when it
    names a body or an office; a bare office is read with its territory on the next line
    ("PRÉFET" / "DE LA HAUTE-MARNE"). ``None`` when no emblem stands in ``lines`` or no name
    stands by it."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    texts = {number: strip_decoration(lines[number]) for number in filled}
    emblem: list[int] = []  # the emblem's lines read in a row
    framed = False  # among them, the frame or the whole motto
    for at, number in enumerate(filled):
        text = texts[number]
        above_text = texts[filled[at - 1]] if at else ""
        # ("RÉPUBLIQUE" / "FRANÇAISE": a frame's two short words a line each)
        short = len(text) <= _FRAME_WORD and 0 < len(above_text) <= _FRAME_WORD
        joined = f"{above_text} {text}" if short else ""
        if is_state_emblem(text):
            emblem.append(at)
            framed = framed or is_state_frame(text)
            continue
        if joined and is_state_frame(joined):  # "RÉPUBLIQUE" / "FRANÇAISE": over two lines
            emblem = [*(emblem or [at - 1]), at]
            framed = True
            continue
        if not (framed or len(emblem) >= _MOTTO_LINES):
            emblem, framed = [], False
            continue
        above = filled[: emblem[0]]
        if above and (found := _banner_name(lines, texts, above[-2:])) is not None:
            return found
        return _banner_name(lines, texts, filled[at : at + 2], under=True)
    if emblem and (framed or len(emblem) >= _MOTTO_LINES) and emblem[0] > 0:
        # the emblem ends the lines (the État's brand block right over the page's title):
        # its name stands above it
        return _banner_name(lines, texts, filled[: emblem[0]][-2:])
    return None


def _banner_name(
    lines: Sequence[str], texts: dict[int, str], pair: list[int], *, under: bool = False
) -> tuple[int, int] | None:
    """The authority's name on the last (above the emblem) or first (under it) of the two
    lines ``pair``, with the other when it is a bare office over its territory."""
    wrapped = len(pair) == 2 and _BARE_OFFICE.fullmatch(texts[pair[0]]) is not None
    if wrapped and _TERRITORY.match(texts[pair[1]]) is not None:
        return _named(lines, f"{texts[pair[0]]} {texts[pair[1]]}", pair[0], pair[1] + 1)
    own = pair[0] if under else pair[-1]
    if not under and _TERRITORY.match(texts[own]) is not None:
        return None  # the end of a name whose start is no office
    return _named(lines, texts[own], own, own + 1)


def _named(lines: Sequence[str], name: str, first: int, end: int) -> tuple[int, int] | None:
    """``(first, end)`` when ``name`` names a body or an office, the way a banner writes it:
    no address, no sentence's full stop."""
    named = ISSUER_WORDS.match(name) is not None or OFFICE.match(name) is not None
    # (a title opening with a body's name says something of it: "Ministère de la Culture :
    # lancement du Pass Culture")
    sentence = lines[end - 1].rstrip(" *_").endswith(".") or ":" in name
    plain = len(name) <= _BRAND_LENGTH and "@" not in name and not sentence
    return (first, end) if named and plain and not is_state_frame(name) else None


# A word of a State's frame set alone on its line is this long at most ("RÉPUBLIQUE").
_FRAME_WORD = 16
# The motto's words set a line each, two at least, make an emblem without its frame.
_MOTTO_LINES = 2
# An office alone on its line, its territory on the next ("PRÉFET" / "DE LA HAUTE-MARNE").
_BARE_OFFICE = re.compile(r"pr[ée]f[èe]te?|haute?-commissaire|ministre", re.I)
_TERRITORY = re.compile(r"(?:de|du|des|d['’]|en|aux?)\s", re.I)
# No authority's name in a banner is longer.
_BRAND_LENGTH = 150


# A line ending with a word no title ends with ("… PASSENT EN" / "ALERTE RENFORCÉE").
DANGLING = re.compile(
    r"(?<!\S)(?:en|de|du|des|la|le|les|l['’]|d['’]|et|ou|à|au|aux|pour|sur|par|avec|dans|un|une"
    r"|contre|vers|entre|sans|sous|chez"
    # a date or a limit to come on the next line: "… 12 000 places d'ici" / "2028 et …"
    r"|d['’]ici|jusqu['’]à|jusqu['’]au|jusqu['’]aux|jusqu['’]en|depuis)\s*$",
    re.I,
)
# The longest of those words: a match starts this many characters at most before the
# text's trailing whitespace.
_LONGEST_DANGLING = 9


def dangling_end(text: str) -> re.Match[str] | None:
    """``DANGLING.search(text)``, tried only over the end of ``text``, where its matches
    stand (the pattern is tried at every position; its look-behind still reads the character
    before)."""
    return DANGLING.search(text, max(0, len(text.rstrip()) - _LONGEST_DANGLING))


def opens_a_title(text: str) -> bool:
    """Whether a line ends with a colon after words of its own (``RÉSULTATS ANNUELS 2025 :``,
    ``ACQUISITION :``): it announces what follows, the rest of a title, as no name line does."""
    line = text.rstrip()
    before = line[:-1].rstrip()[-1:]
    return line.endswith(":") and bool(before) and (before.isalnum() or before in ")»”")
