"""French phrases of a word table as patterns: accent-tolerant, both apostrophes, any spaces.

Shared by the tables of `communique.french.embargo`, `communique.french.event` and
`communique.french.quotes`: a phrase is written once, as French writes it, and the
pattern accepts its unaccented and upper-case spellings (with ``re.I``).
"""

from __future__ import annotations

import re

from .dates import _accent_tolerant, fold

__all__ = ["alternatives", "initials", "phrase"]


def phrase(text: str) -> str:
    """``text`` as a pattern: ``jusqu'au`` also matches ``jusqu’au`` and ``jusqu' au``; words
    are whole (not followed by a letter) and joined by one to three spaces."""
    words = text.replace("'", "' ").split()
    pattern = ""
    for index, word in enumerate(words):
        elided = word.endswith("'")
        part = _accent_tolerant(word)
        pattern += part.replace("'", "['’]") if elided else part + r"(?!\w)"
        if index < len(words) - 1:
            pattern += r"\s{0,3}" if elided else r"\s{1,3}"
    return pattern


def alternatives(texts: tuple[str, ...]) -> str:
    """The phrases as one alternation, longest first (so ``embargo jusqu'au`` wins over
    ``embargo``)."""
    return "|".join(phrase(t) for t in sorted(texts, key=len, reverse=True))


def initials(texts: tuple[str, ...]) -> str:
    """A look-ahead for the characters the phrases' patterns can start with: put before their
    `alternatives`, it lets the engine leave a position after one test of its character
    instead of trying every phrase there (the matches are the same)."""
    chars: set[str] = set()
    for text in texts:
        first = text.replace("'", "' ").split()[0][0]
        chars.update(first + fold(first) + ("’" if first == "'" else ""))
    return "(?=[" + "".join(re.escape(char) for char in sorted(chars)) + "])"
