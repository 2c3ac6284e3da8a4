"""Dates are looked for only where one can start.

``extract.text`` finds the places where a date or a relative mention can start (the first
digit of a run, a weekday, "premier", "hier", "demain") with ``str.find`` and one scan for
digits, and tries the patterns there only (the mentions step, the dateline's lead). These
tests say it finds exactly what a scan of every position finds, and that the list of start
words still covers every date form.
"""

from __future__ import annotations

import importlib
import re
import unicodedata
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

from hypothesis import example, given
from hypothesis import strategies as st

from communique.extract import text
from communique.french.dates import DATE, MONTH_YEAR

from .strategies import date_texts

# The module (``communique.extract.mentions`` is also the name of its step function).
mentions = importlib.import_module("communique.extract.mentions")

_ZERO_WIDTH = (sre.ASSERT, sre.ASSERT_NOT, sre.AT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


def _leads(items: list[Any], prefix: str = "") -> set[str]:
    """How a match of the parsed ``items`` can begin: its literal prefix (lower case) up to
    the first item that is not a literal, that item's kind after a ``|``."""
    if not items:
        return {prefix + "|end"}
    op, av = items[0]
    rest = items[1:]
    if op in _ZERO_WIDTH:
        return _leads(rest, prefix)
    if op is sre.LITERAL and not prefix and chr(av).isdigit():
        return {"|digit"}
    if op is sre.LITERAL:
        return _leads(rest, prefix + chr(av).lower())
    if op is sre.SUBPATTERN:
        return _leads(list(av[3]) + rest, prefix)
    if op is sre.BRANCH:
        return set().union(*(_leads(list(alt) + rest, prefix) for alt in av[1]))
    if op in _REPEATS:
        low, _high, body = av
        once = _leads(list(body) + rest, prefix)
        return once | _leads(rest, prefix) if low == 0 else once
    if op is sre.IN and not prefix:
        digits = all(
            (kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT)
            or (kind is sre.RANGE and chr(value[0]).isdigit() and chr(value[1]).isdigit())
            for kind, value in av
        )
        return {"|digit" if digits else "|other"}
    return {prefix + "|" + str(op)}


def _starts_at_a_start_place(pattern: re.Pattern[str]) -> list[str]:
    """The ways a match of ``pattern`` can begin that are not a digit or a start word."""
    leads = _leads(list(sre_parse.parse(pattern.pattern, pattern.flags)))
    return sorted(
        lead for lead in leads if lead != "|digit" and not lead.startswith(text.START_WORDS)
    )


def test_every_date_form_starts_with_a_digit_or_a_start_word() -> None:
    # A new date form starting otherwise ("mi-mars", "fin mars") must add its first word to
    # START_WORDS, or the step would not try it there.
    assert _starts_at_a_start_place(DATE) == []


def test_every_relative_mention_starts_with_a_digit_or_a_start_word() -> None:
    assert _starts_at_a_start_place(mentions._RELATIVE) == []


def test_the_lead_reader_sees_a_form_that_starts_elsewhere() -> None:
    assert _starts_at_a_start_place(re.compile(r"\bmi-(?:mars|avril)|\d+", re.I)) == [
        "mi-avril|end",
        "mi-mars|end",
    ]


def _same_matches(pattern: re.Pattern[str], written: str, start: int, end: int) -> None:
    expected = [(m.span(), m.group()) for m in pattern.finditer(written, start, end)]
    found = text.matches_at(pattern, written, start, end, text.date_starts(written))
    assert [(m.span(), m.group()) for m in found] == expected
    # The places of the window only, as the dateline reads a line's first sentence.
    found = text.matches_at(pattern, written, start, end, text.date_starts(written, start, end))
    assert [(m.span(), m.group()) for m in found] == expected


@given(date_texts(), st.integers(0, 30), st.integers(0, 400))
def test_the_start_places_find_every_date(written: str, start: int, end: int) -> None:
    start, end = min(start, len(written)), min(end, len(written))
    _same_matches(DATE, written, start, end)
    _same_matches(mentions._RELATIVE, written, start, end)


@given(date_texts(), st.integers(-5, 30), st.integers(0, 400))
def test_dates_in_is_finditer_and_its_first_is_search(written: str, start: int, end: int) -> None:
    expected = [m.span() for m in DATE.finditer(written, start, end)]
    assert [m.span() for m in text.dates_in(written, start, end)] == expected
    first = DATE.search(written, start, end)
    found = next(text.dates_in(written, start, end), None)
    assert (found.span() if found else None) == (first.span() if first else None)


@given(date_texts(), st.integers(-5, 30), st.one_of(st.none(), st.integers(-5, 400)))
@example("ſamedi 4 mai", 0, None)
@example("lundı 3 mars, 1er avril", 0, None)
@example("İ 4 mai", 0, 5)
@example("Paris, lundi 3 mars", 0, None)
@example("lundi premier mars, 4 mai", 2, None)
@example("le premier mars", 0, None)  # no digit
@example("Lyon, lundi premier mars", 0, None)  # two start words before any digit
def test_the_first_date_is_the_first_of_dates_in(written: str, start: int, end: int | None) -> None:
    first = next(text.dates_in(written, start, end), None)
    found = text.first_date_in(written, start, end)
    expected = (first.span(), first.group()) if first else None
    assert ((found.span(), found.group()) if found else None) == expected
    search = DATE.search(written, max(start, 0), len(written) if end is None else end)
    assert (found.span() if found else None) == (search.span() if search else None)


@given(date_texts(), st.integers(0, 30), st.one_of(st.none(), st.integers(0, 400)))
@example("Paris, mai 2023", 0, None)
@example("Paris, mai 2023", 0, 14)  # the year cut by the window
@example("Lyon – mars ٢٠٢٤", 0, None)  # digits, but no year written in ASCII ones
@example("mai", 0, None)
@example("mai 20٢٤", 0, None)  # a year's last digits in other scripts: still a year
@example("mai 20245, juin 1999", 0, None)  # a run of five digits, then a year
@example("mai 2024", 5, None)  # the year's run cut by the window's start
@example("tél. 01 23 45 67 89, mars 1975", 0, None)  # runs before the year
@example("12 avril 3024", 0, None)  # four digits, not of the era
def test_a_month_and_its_year_are_looked_for_where_a_digit_stands(
    written: str, start: int, end: int | None
) -> None:
    expected = MONTH_YEAR.search(written, start, len(written) if end is None else end)
    found = text.month_year_in(written, start, end)
    assert (found.span() if found else None) == (expected.span() if expected else None)


def test_a_text_with_a_dotless_i_or_a_long_s_is_scanned_everywhere() -> None:
    # re.I reads "ı" as "i" and "ſ" as "s"; str.lower() keeps them: no shortcut.
    assert text.date_starts("lundı 3 mars") is None
    assert text.date_starts("ſamedi 4 mai") is None
    assert text.date_starts("İ 4 mai") is None  # its lower case is two characters
    _same_matches(mentions._RELATIVE, "lundı prochain", 0, 14)
    assert [m.group() for m in text.matches_at(DATE, "ſamedi 4 mai", 0, 12, None)] == [
        "ſamedi 4 mai"
    ]


def test_the_start_places_are_digit_runs_and_words() -> None:
    assert text.date_starts("Le 12 mars, Lundi 3 et hier") == [3, 12, 18, 23]
    # without "di" no weekday is looked for; the other words are
    assert text.date_starts("hier, demain ou le premier") == [0, 6, 19]


def _starts_as_first_written(written: str) -> list[int] | None:
    lowered = written.lower()
    if len(lowered) != len(written) or "ı" in lowered or "ſ" in lowered:
        return None
    found = [m.start() for m in re.finditer(r"\d+", written)]
    for word in text.START_WORDS:
        at = lowered.find(word)
        while at >= 0:
            found.append(at)
            at = lowered.find(word, at + 1)
    return sorted(found)


@given(
    st.lists(st.sampled_from([*text.START_WORDS, "d", "i", "di", "12", " ", "Di", "x"])).map(
        "".join
    )
)
def test_the_start_places_are_those_of_every_word_searched(written: str) -> None:
    assert text.date_starts(written) == _starts_as_first_written(written)


@given(
    st.text(st.sampled_from("0٣９a é\n-’\U0001d7d9\U0001f4e2\U000104a0\u0b6f\uabf9"), max_size=40),
    st.integers(0, 20),
    st.integers(0, 45),
)
@example("Tél. 01 23 — 📢 𝟙𝟚 ٣ ௧", 0, 45)
def test_the_digit_runs_are_those_of_a_plain_scan(written: str, start: int, end: int) -> None:
    # The scan opens on one digit (so that the engine skips to digits): the runs of \d+, in
    # the whole text and in a window (a run cut by the window's start is read from there).
    assert [m.span() for m in text._DIGIT_RUN.finditer(written)] == [
        m.span() for m in re.finditer(r"\d+", written)
    ]
    assert [m.span() for m in text._DIGIT_RUN.finditer(written, start, end)] == [
        m.span() for m in re.compile(r"\d+").finditer(written, start, end)
    ]


def test_the_first_digit_s_class_is_every_digit_of_the_basic_plane() -> None:
    # The class of the run's first digit holds the decimal digits below U+10000 and nothing
    # else there (each script's ten in a row, from its zero); past the plane "\d" decides.
    plane = "".join(chr(c) for c in range(0x10000) if not 0xD800 <= c <= 0xDFFF)
    first = re.compile(f"[{text._FIRST_DIGIT}]")
    assert first.findall(plane) == re.findall(r"\d", plane)
    assert all(
        chr(zero) == "0" or unicodedata.digit(chr(zero)) == 0 for zero in text._BMP_DIGIT_ZEROS
    )
