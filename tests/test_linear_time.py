"""No regular expression of the library is super-linear, and huge inputs parse.

Every module-level compiled pattern of ``communique.french``, ``communique.extract``,
``communique.adapters``, ``communique.source``, ``communique.blocks`` and
``communique._outputs`` (the command line's output names) is found by
introspection, so a new pattern is covered the day it is written. For each, adversarial
strings are built from the characters it repeats (read from its parsed form) and from
near-misses of the things the library looks for (dates, phones, e-mails, datelines…). Each
string is scanned with ``finditer`` -- the worst case, a match attempt at every position --
at 10 KB; the slowest strings are scanned again at 1 MB, and the time must grow roughly
linearly: a ratio measured in the same run, never an absolute time.
"""

from __future__ import annotations

import importlib
import itertools
import pkgutil
import re
import time
from collections.abc import Iterator
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest

import communique
from communique import Options, parse

PACKAGES = ("communique.french", "communique.extract", "communique.adapters")
MODULES = ("communique.source", "communique.blocks", "communique._outputs")

SMALL = 10_000
LARGE = 1_000_000
# 100 times the input: a linear scan takes ~100 times as long; quadratic would take 10,000.
MAX_RATIO = 400
# A 10 KB scan taking longer than this is super-linear already (linear scans take ~1 ms).
SMALL_LIMIT = 0.25

SOURCE = Path(communique.__file__).resolve().parent
_CALL = re.compile(r"(?<![\w.])(?P<name>[A-Z_][A-Z0-9_]*)\.(?P<method>\w+)\(")


def _methods_used() -> dict[str, set[str]]:
    """``NAME`` -> the methods the library calls on it (``match``, ``search``…), by module."""
    used: dict[str, set[str]] = {}
    for path in SOURCE.rglob("*.py"):
        module = ".".join(path.relative_to(SOURCE.parent).with_suffix("").parts)
        module = module.removesuffix(".__init__")
        for call in _CALL.finditer(path.read_text("utf-8")):
            used.setdefault(f"{module}.{call['name']}", set()).add(call["method"])
    return used


def anchored(name: str) -> bool:
    r"""Whether the library only ever calls ``.match``/``.fullmatch`` on the pattern.

    Such a pattern starts at one position per call, so a leading ``\s*`` cannot make it
    restart along a run; it is timed with ``.match``. Patterns used in any other way, or
    passed around (no direct call found), are timed with ``finditer``, the worst case.
    """
    short = name.rsplit(".", 1)[-1]
    methods: set[str] = set().union(*(m for n, m in USED.items() if n.endswith(f".{short}")))
    return bool(methods) and methods <= {"match", "fullmatch"}


def _modules() -> Iterator[Any]:
    for name in PACKAGES:
        package = importlib.import_module(name)
        yield package
        for info in pkgutil.iter_modules(package.__path__):
            yield importlib.import_module(f"{name}.{info.name}")
    for name in MODULES:
        yield importlib.import_module(name)


def library_patterns() -> dict[str, re.Pattern[str]]:
    """Every module-level ``re.Pattern`` of the library, by its first qualified name.

    A module-level object holding a pattern in its ``pattern`` attribute (a
    :class:`communique.french.cues.Cue`) counts too, named after the object.
    """
    found: dict[int, tuple[str, re.Pattern[str]]] = {}
    for module in _modules():
        for attribute, value in vars(module).items():
            held = getattr(value, "pattern", None) if not isinstance(value, type) else None
            if isinstance(held, re.Pattern):
                value = held
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                found.setdefault(id(value), (f"{module.__name__}.{attribute}", value))
    return dict(sorted(found.values()))


PATTERNS = library_patterns()
# Patterns held in a module-level table rather than by a name of their own.
PATTERNS.update(
    (f"communique.adapters.markdown._SIGNALS[{number}]", signal[0])
    for number, signal in enumerate(
        importlib.import_module("communique.adapters.markdown")._SIGNALS
    )
)
PATTERNS.update(
    (f"communique.french.cues._KEYWORD_SCANS[{number}]", scan)
    for number, scan in enumerate(importlib.import_module("communique.french.cues")._KEYWORD_SCANS)
)
USED = _methods_used()

# Characters tried against each repeated set: letters, digits, every kind of space and the
# punctuation French releases and markup are made of.
PALETTE = "aAeEéÉzZ019 \u00a0\u202f\t\n.,;:!?-–—_'’\"«»()[]{}<>/\\|@#*+=&%°º$€^~`ᵉʳ²\ufffd\u2028"
# Near-misses of what the library looks for, each repeated to the wanted size.
NEAR_MISSES = (
    "01 53 18 41 0",
    "+33 (0)1 53 18 41 ",
    "1 800 463-50",
    "01-408-404-497",
    "(61-2) 9452 906",
    "(01) 269-483-1234 x",
    "12/13/20",
    "05.11.",
    "1er janvier 2",
    "lundi 23 ",
    "Paris, le ",
    "Lyon (Rhône) ",
    "PARIS--(",
    "a.b.c@d",
    "x@y.",
    "www.a",
    "http://",
    "N° ",
    "Réf. ",
    "À propos de ",
    "Contact presse ",
    "Communiqué de presse ",
    "<sup>",
    "<a href='",
    "<!--<div",
    "<script><div>",
    "</script <",
    "<font size=2>",
    "**a",
    "[a](",
    "Ã©",
    "â€",
    "Jean-Luc ",
    "M. ",
    " > ",
)


def _category(code: Any) -> re.Pattern[str]:
    names = {
        sre.CATEGORY_DIGIT: r"\d",
        sre.CATEGORY_NOT_DIGIT: r"\D",
        sre.CATEGORY_SPACE: r"\s",
        sre.CATEGORY_NOT_SPACE: r"\S",
        sre.CATEGORY_WORD: r"\w",
        sre.CATEGORY_NOT_WORD: r"\W",
    }
    return re.compile(names.get(code, r"[^\s\S]"))


def _in_set(char: str, items: list[tuple[Any, Any]], ignore_case: bool) -> bool:
    negate = False
    hit = False
    variants = {char, char.lower(), char.upper()} if ignore_case else {char}
    for op, av in items:
        if op is sre.NEGATE:
            negate = True
        elif op is sre.LITERAL:
            hit |= chr(av) in variants
        elif op is sre.RANGE:
            hit |= any(av[0] <= ord(v) <= av[1] for v in variants)
        elif op is sre.CATEGORY:
            hit |= _category(av).match(char) is not None
    return hit != negate


def _first_chars(items: Any, ignore_case: bool) -> set[str]:
    """Palette characters that the sub-pattern ``items`` can consume."""
    chars: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            chars.add(chr(av))
        elif op is sre.NOT_LITERAL:
            chars |= {c for c in PALETTE if c != chr(av)}
        elif op is sre.ANY:
            chars |= set(PALETTE) - {"\n"}
        elif op is sre.IN:
            chars |= {c for c in PALETTE if _in_set(c, av, ignore_case)}
        elif op is sre.SUBPATTERN:
            chars |= _first_chars(av[-1], ignore_case)
        elif op is sre.BRANCH:
            for branch in av[1]:
                chars |= _first_chars(branch, ignore_case)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            chars |= _first_chars(av[2], ignore_case)
        elif op is sre.ATOMIC_GROUP:
            chars |= _first_chars(av, ignore_case)
    return chars


def repeated_chars(pattern: re.Pattern[str]) -> list[str]:
    """The palette characters some unbounded or long repetition of ``pattern`` consumes."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    chars: set[str] = set()

    def walk(items: Any) -> None:
        for op, av in items:
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                if av[1] > 3:  # ? and {0,3} cannot blow up
                    chars.update(_first_chars(av[2], ignore_case))
                walk(av[2])
            elif op is sre.SUBPATTERN:
                walk(av[-1])
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                walk(av[1])
            elif op is sre.ATOMIC_GROUP:
                walk(av)

    walk(sre_parse.parse(pattern.pattern, pattern.flags))
    return sorted(chars)


def adversarial_units(pattern: re.Pattern[str]) -> list[str]:
    """Units that, repeated, make the adversarial inputs for ``pattern``."""
    chars = repeated_chars(pattern)
    units = [*chars, "".join(chars)] if chars else []
    # Pairs of repeated characters: a letter then a space defeats some word-run patterns.
    units += ["".join(pair) for pair in itertools.islice(itertools.combinations(chars, 2), 40)]
    return [u for u in dict.fromkeys([*units, *NEAR_MISSES]) if u]


def _grow(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def _scan_time(pattern: re.Pattern[str], text: str, *, match_only: bool, runs: int = 1) -> float:
    """The best of ``runs`` scans; a scan of 10 KB slower than ``SMALL_LIMIT`` stops early.

    The time is the thread's CPU time, not the wall clock's: on a loaded machine (CI runners,
    parallel test workers) the wall clock counts the time the scan waited for a CPU.
    """
    best = float("inf")
    for _ in range(runs):
        start = time.thread_time()
        if match_only:
            # Both anchored calls: .fullmatch explores a pattern's tail, which .match can
            # skip by succeeding at a short prefix (a lazy body followed by "\s*,?\s*").
            pattern.match(text)
            pattern.fullmatch(text)
        else:
            for _match in pattern.finditer(text):
                pass
        best = min(best, time.thread_time() - start)
        if best > SMALL_LIMIT:
            break
    return max(best, 1e-6)


def test_the_library_patterns_are_all_found() -> None:
    names = set(PATTERNS)
    # A few well-known ones, so that a broken introspection cannot pass vacuously.
    assert "communique.french.dates.DATE" in names
    assert "communique.french.phones.PHONE" in names
    assert "communique.french.vocabulary.EMAIL" in names
    assert "communique.french.cues.CITES_A_RELEASE" in names  # a pattern held by a cue
    assert any(name.startswith("communique.source.") for name in names)
    assert any(name.startswith("communique.adapters.markdown.") for name in names)
    assert len(names) > 40


def test_adversarial_inputs_repeat_what_the_patterns_repeat() -> None:
    units = adversarial_units(PATTERNS["communique.french.vocabulary.EMAIL"])
    assert "@" not in repeated_chars(PATTERNS["communique.french.vocabulary.EMAIL"])
    assert {"a", ".", "-", "1"} <= set(units)


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_scans_in_linear_time(name: str) -> None:
    pattern = PATTERNS[name]
    match_only = anchored(name)
    timed: list[tuple[float, str]] = []
    for unit in adversarial_units(pattern):
        small_time = _scan_time(pattern, _grow(unit, SMALL), match_only=match_only)
        if small_time >= SMALL_LIMIT:  # once more: a loaded machine stalls a scan now and then
            small_time = _scan_time(pattern, _grow(unit, SMALL), match_only=match_only)
        assert small_time < SMALL_LIMIT, f"{name} on {unit!r} * n: {small_time:.2f} s for 10 KB"
        timed.append((small_time, unit))
    # The slowest input at 10 KB is the one most likely to be super-linear: time it at 1 MB.
    _, unit = max(timed)
    small_time = _scan_time(pattern, _grow(unit, SMALL), match_only=match_only, runs=5)
    large_time = _scan_time(pattern, _grow(unit, LARGE), match_only=match_only)
    ratio = large_time / small_time
    if ratio >= MAX_RATIO:
        # A loaded machine can stall one scan several times over; a super-linear pattern is
        # slow every time (x10,000 for a quadratic one), so measure the best of three again.
        large_time = _scan_time(pattern, _grow(unit, LARGE), match_only=match_only, runs=3)
        small_time = _scan_time(pattern, _grow(unit, SMALL), match_only=match_only, runs=9)
        ratio = large_time / small_time
    assert ratio < MAX_RATIO, f"{name} on {unit!r} * n: x{ratio:.0f} for 100x the input"


def pattern_words(pattern: re.Pattern[str], count: int = 4) -> list[str]:
    """Words the pattern spells out literally ("postuler" in ``…postuler[ \\t]*…``): a
    match that starts with one of them may go on into a long run and fail at its end."""
    source = re.sub(r"\\[a-zA-Z]", " ", pattern.pattern)  # "\s", "\b", "\w": no letters
    return list(dict.fromkeys(re.findall(r"[a-zà-ÿ]{4,}", source)))[:count]


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_scans_a_word_then_a_long_run_in_linear_time(name: str) -> None:
    # "postuler" + 3,000 spaces + a character that fails: adjacent unbounded runs after a
    # literal are quadratic there, and a run alone never reaches the literal.
    # One attempt, from the word on (a scan from every start is the test above's): what one
    # attempt costs over the run is what a match starting at the word costs in any scan.
    pattern = PATTERNS[name]
    units = [" ", "\t", "\n", *repeated_chars(pattern)[:3]]
    for word in pattern_words(pattern):
        for unit in dict.fromkeys(units):
            text = f"\n{word}{_grow(unit, RUN)}\x00"
            took = _attempt_time(pattern, text)
            if took >= SMALL_LIMIT / 10:  # once more: a loaded machine stalls now and then
                took = min(took, _attempt_time(pattern, text), _attempt_time(pattern, text))
            assert took < SMALL_LIMIT / 10, f"{name} on {word!r} + {unit!r} * n: {took:.3f} s"


# The run after the word: a quadratic attempt over 3,000 characters takes tens of
# milliseconds (millions of steps), a linear one well under one.
RUN = 3_000


def _attempt_time(pattern: re.Pattern[str], text: str) -> float:
    """The thread's CPU time of one match attempt at ``text``'s second character, where the
    word starts, and one at its first (a pattern that reads the line's start before it)."""
    start = time.thread_time()
    pattern.match(text, 1)
    pattern.match(text)
    return time.thread_time() - start


def test_a_word_then_a_long_run_is_among_the_adversarial_inputs() -> None:
    assert "postuler" in pattern_words(re.compile(r"(?:comment\s)?postuler[ \t]*[:?]?[ \t]*$"))


# -- whole inputs ------------------------------------------------------------------------------

HUGE = Options(max_input_bytes=16 * 1024 * 1024)
FIVE_MB = 5 * 1024 * 1024


# Prose with what the extraction looks for (dates, a phone, an e-mail, a contact cue) now and
# then: one paragraph on one 5 MB line, as text converted from a PDF without line breaks.
PROSE = (
    "Le préfet de la région a présenté le 24 juillet 2012 le plan de soutien aux PME, doté de "
    "20 millions d'euros sur trois ans, aux élus réunis à Lyon (Rhône) ; les dossiers sont "
    "attendus avant le 05/11/2018 à l'adresse pme@region.fr ou au 01 53 18 41 00. Les "
    "entreprises de moins de 250 salariés, artisans et commerçants compris, pourront déposer "
    "un dossier auprès des services de l'État – contact presse : Anaïs MARQUES. "
)
# A cue every 70 characters: the densest contact text, for the scaling test below.
CUES = "Paris, le 24 juillet 2012 – Contact presse : 01 53 18 41 00 a.b@c.fr "


@pytest.mark.parametrize("adapter", ["text", "markdown"])
def test_a_five_megabyte_single_line_parses(adapter: str) -> None:
    release = parse(_grow(PROSE, FIVE_MB), adapter=adapter, options=HUGE)
    assert len(release.text) == FIVE_MB


def test_two_hundred_thousand_short_lines_parse() -> None:
    lines = ["COMMUNIQUÉ DE PRESSE", "Paris, le 1er mars 2005", "Tél. : 01 53 18 41 00", "- item"]
    text = "\n".join(itertools.islice(itertools.cycle(lines), 200_000))
    text += "\n" + "x" * (FIVE_MB - len(text.encode()) - 1)  # 5 MB in all
    release = parse(text, options=HUGE)
    assert release.text.count("\n") == 200_000


@pytest.mark.parametrize(
    "unit",
    [
        pytest.param(PROSE, id="prose"),
        pytest.param(CUES, id="contact-cues"),
        pytest.param(
            "Contact presse\nAnaïs MARQUES\nTél. : 01 53 18 41 00\nanais.marques@pole-astech.org"
            "\n\nParis, le 24 juillet 2012\n\n**Le préfet** inaugure *la médiathèque*.\n\n",
            id="release-lines",
        ),
    ],
)
def test_parse_time_grows_linearly_with_the_input(unit: str) -> None:
    def timed(size: int) -> float:
        start = time.thread_time()
        parse(_grow(unit, size), options=HUGE)
        return time.thread_time() - start

    timed(SMALL)  # warm-up
    small = min(timed(20_000) for _ in range(3))
    large = timed(200_000)
    assert large / small < 40, f"x{large / small:.0f} for 10x the input"


def test_a_header_of_thousands_of_short_lines_parses_in_linear_time() -> None:
    # Every line a capitalised word: each could be an issuer; the check of which header lines
    # no field took must not compare every line with every issuer.
    small = _best_parse_time("AADA\n" * 2_000)
    large = _best_parse_time("AADA\n" * 20_000)
    assert large / small < 40, f"x{large / small:.0f} for 10x the lines"


def test_a_type_over_thousands_of_short_title_like_lines_parses_in_linear_time() -> None:
    # Every line a headline candidate in one block under the type: a candidate's evidence
    # must not look for its line among all the block's lines.
    def text(lines: int) -> str:
        return "COMMUNIQUÉ DE PRESSE\n\n" + "\n".join(f"Ligne courte {n}" for n in range(lines))

    small = _best_parse_time(text(1_000))
    large = _best_parse_time(text(20_000))
    assert large / small < 50, f"x{large / small:.0f} for 20x the lines"


@pytest.mark.parametrize(
    "row",
    [
        "| Anaïs Marques, attachée de presse | 01 53 18 41 00 | a.marques@example.org |\n",
        "| Organisation | Ville |\n",  # rows no contact table is made of
    ],
)
def test_a_long_markdown_table_in_a_contact_zone_parses_in_linear_time(row: str) -> None:
    def table(rows: int) -> str:
        header = "| Contact presse | Téléphone | Courriel |\n| --- | --- | --- |\n"
        opening = "# Titre\n\nUn paragraphe du communiqué.\n\n## Contacts presse\n\n"
        return f"{opening}{header}{row * rows}"

    small = _best_parse_time(table(400), adapter="markdown")
    large = _best_parse_time(table(4_000), adapter="markdown")
    assert large / small < 40, f"x{large / small:.0f} for 10x the rows"


def _best_parse_time(text: str, adapter: str | None = None) -> float:
    best = float("inf")
    for _ in range(3):
        start = time.thread_time()
        parse(text, options=HUGE, adapter=adapter)
        best = min(best, time.thread_time() - start)
    return best
