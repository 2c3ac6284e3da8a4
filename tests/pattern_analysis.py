"""What a pattern's matches can open with, read from the parsed pattern (tests only: the
parser is private to `re`)."""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any


def first_characters(source: str, flags: int = 0) -> set[str]:
    """The first characters a match of ``source`` can have: each character a literal or a
    class names, "digit" for a digit, "start" where a start-of-text anchor comes first (any
    character may follow it), and the kind of anything else."""
    return _first(list(sre_parse.parse(source, flags)))


def _first(items: list[Any]) -> set[str]:
    if not items:
        return {"end"}
    op, av = items[0]
    rest = items[1:]
    if op is sre.AT and av in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
        return {"start"}
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _first(rest)
    if op is sre.LITERAL:
        return {_named(chr(av))}
    if op is sre.SUBPATTERN:
        return _first(list(av[3]) + rest)
    if op is sre.BRANCH:
        return set().union(*(_first(list(alt) + rest) for alt in av[1]))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        once = _first(list(body) + rest)
        return once | _first(rest) if low == 0 else once
    if op is sre.IN:
        found: set[str] = set()
        for kind, value in av:
            if kind is sre.LITERAL:
                found.add(_named(chr(value)))
            elif kind is sre.RANGE:
                found.update(_named(chr(c)) for c in range(value[0], value[1] + 1))
            elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                found.add("digit")
            else:
                found.add(str(kind))
        return found
    return {str(op)}


def _named(char: str) -> str:
    return "digit" if char.isdigit() else char


def holds_one_of(source: str, flags: int, words: tuple[str, ...], *, lowered: bool = True) -> bool:
    """Whether every match of ``source`` is proven, from the parsed pattern, to hold one of
    ``words`` once lowered (as written, with ``lowered=False``, for a case-sensitive
    pattern): a run of literal characters (or small classes of them) that the match must go
    through holds one of them, in every branch. False when no proof is found (look-arounds
    prove nothing: what they read need not be inside the match)."""
    if not lowered:
        assert not flags & re.IGNORECASE, "a case-insensitive pattern is read lowered"
    return _proven(list(sre_parse.parse(source, flags)), words, lowered)


# A run of small classes is spelled out up to this many strings.
_MOST_SPELLINGS = 256


def _proven(items: list[Any], words: tuple[str, ...], lowered: bool) -> bool:
    spellings = {""}

    def run_holds() -> bool:
        return spellings != {""} and all(any(w in s for w in words) for s in spellings)

    for op, av in items:
        chars = _one_of(op, av, lowered)
        if chars is not None and len(spellings) * len(chars) <= _MOST_SPELLINGS:
            spellings = {s + c for s in spellings for c in chars}
            continue
        if run_holds():
            return True
        spellings = {""}
        if chars is None and _item_proven(op, av, words, lowered):
            return True
    return run_holds()


def _item_proven(op: Any, av: Any, words: tuple[str, ...], lowered: bool) -> bool:
    if op is sre.SUBPATTERN:
        return _proven(list(av[3]), words, lowered)
    if op is sre.ATOMIC_GROUP:
        return _proven(list(av), words, lowered)
    if op is sre.BRANCH:
        return all(_proven(list(alternative), words, lowered) for alternative in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return low >= 1 and _proven(list(body), words, lowered)
    return False


def _one_of(op: Any, av: Any, lowered: bool) -> set[str] | None:
    """The characters (lowered, with ``lowered``) one of which the item matches, when it
    matches one character of a few literals; else None."""

    def spelled(value: int) -> str:
        return chr(value).lower() if lowered else chr(value)

    if op is sre.LITERAL:
        return {spelled(av)}
    if op is sre.IN and len(av) <= 4 and all(kind is sre.LITERAL for kind, _ in av):
        return {spelled(value) for _, value in av}
    return None


def opens_with(source: str, flags: int, word: str) -> bool:
    """Whether every match of ``source`` is proven, from the parsed pattern, to open with
    ``word`` once lowered: the characters it must consume first (past zero-width items) spell
    it, in every branch."""
    return _opens(list(sre_parse.parse(source, flags)), word)


def _opens(items: list[Any], word: str) -> bool:
    if not word:
        return True
    if not items:
        return False
    op, av = items[0]
    rest = items[1:]
    if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
        return _opens(rest, word)
    if op is sre.SUBPATTERN:
        return _opens(list(av[3]) + rest, word)
    if op is sre.BRANCH:
        return all(_opens(list(alternative) + rest, word) for alternative in av[1])
    chars = _one_of(op, av, True)
    return chars is not None and chars == {word[0]} and _opens(rest, word[1:])


def reads_a_digit(source: str, flags: int = 0) -> bool:
    """Whether every match of ``source`` is proven, from the parsed pattern, to read a decimal
    digit of the text (``\\d`` or a literal digit), in the match or in a positive look-around:
    the searched text holds one, so a text without a digit needs no search."""
    return _digit_read(list(sre_parse.parse(source, flags)))


def _digit_read(items: list[Any]) -> bool:
    return any(_item_reads_a_digit(op, av) for op, av in items)


def _item_reads_a_digit(op: Any, av: Any) -> bool:
    if op is sre.LITERAL:
        return chr(av).isdecimal()
    if op is sre.IN:
        return all(
            (kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT)
            or (kind is sre.LITERAL and chr(value).isdecimal())
            or (kind is sre.RANGE and all(chr(c).isdecimal() for c in range(*_through(value))))
            for kind, value in av
        )
    if op is sre.SUBPATTERN:
        return _digit_read(list(av[3]))
    if op is sre.ATOMIC_GROUP:
        return _digit_read(list(av))
    if op is sre.ASSERT:  # a positive look-around reads the text too
        return _digit_read(list(av[1]))
    if op is sre.BRANCH:
        return all(_digit_read(list(alternative)) for alternative in av[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _high, body = av
        return low >= 1 and _digit_read(list(body))
    return False


def _through(bounds: tuple[int, int]) -> tuple[int, int]:
    """A class's range as ``range`` reads it (the last character included)."""
    return bounds[0], bounds[1] + 1
