"""What a pattern's matches can open with, read from the parsed pattern (tests only: the
parser is private to `re`)."""

from __future__ import annotations

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
