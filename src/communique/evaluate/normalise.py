"""How values are normalised before they are compared, at each tolerance.

* *exact* forgives typography only (`normalise_exact`);
* *loose* also forgives case, accents, ligatures and punctuation (`normalise_loose`). Its
  folding is the one extraction uses (`communique.extract.text.folded`), so that the
  evaluation and the parser never disagree on which spellings are the same word.

E-mails and phones have their own keys (`normalise_email`, `normalise_phone`,
`normalise_phone_loose`); `token_f1` gives partial credit to a nearly right text.
"""

from __future__ import annotations

import collections
import re
import unicodedata

from ..extract.text import folded

__all__ = [
    "normalise_email",
    "normalise_exact",
    "normalise_loose",
    "normalise_phone",
    "normalise_phone_loose",
    "token_f1",
]

# The typographic variants the exact tolerance reads as one character (French text mixes them).
_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u2032`"
_QUOTES = "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_EXACT_TABLE = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_INVISIBLE, None),
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        "\N{HORIZONTAL ELLIPSIS}": "...",
    }
)
_TRAILING_PUNCTUATION = " .,;:!?"
#: French guillemets with the spaces typography puts inside them: ``« mot »`` reads ``"mot"``.
#: Each alternative is one guillemet beside one bounded run of spaces (linear time).
_GUILLEMET_INNER_SPACE = re.compile(r"([«‹])\s{1,8}|\s{1,8}([»›])")


def normalise_exact(value: str) -> str:
    """The text as compared at the *exact* tolerance.

    NFC; no-break and other spaces as a space; invisible characters removed; ``’`` as ``'``;
    ``« »`` (without the spaces inside them) and curly quotes as ``"``; dashes as ``-``;
    ``…`` as ``...``; whitespace collapsed; trailing ``. , ; : ! ?`` removed.
    """
    text = unicodedata.normalize("NFC", value)
    text = _GUILLEMET_INNER_SPACE.sub(lambda m: m.group(1) or m.group(2), text)
    text = text.translate(_EXACT_TABLE)
    return " ".join(text.split()).rstrip(_TRAILING_PUNCTUATION)


def normalise_loose(value: str) -> str:
    """The text as compared at the *loose* tolerance: `normalise_exact`, then without
    case, accents (``é`` as ``e``, ``œ`` as ``oe``) or punctuation (each run of characters
    that are not letters or digits becomes one space)."""
    return folded(normalise_exact(value))


def normalise_email(value: str) -> str:
    """An e-mail address for matching: trimmed, without ``mailto:``, case-insensitive."""
    text = normalise_exact(value).casefold()
    return text.removeprefix("mailto:").strip("<>")


def normalise_phone(value: str) -> str:
    """A phone number for matching: its digits only (``01.71.21.12.50`` -> ``0171211250``)."""
    return "".join(c for c in value if c.isdigit())


def normalise_phone_loose(value: str) -> str:
    """A phone number at the loose tolerance: digits, with a French international prefix
    (``+33``, ``0033``, ``+33 (0)``) read as the national ``0``."""
    digits = normalise_phone(value.replace("(0)", ""))
    if digits.startswith("0033"):
        return "0" + digits[4:]
    if value.lstrip().startswith("+") and digits.startswith("33"):
        return "0" + digits[2:]
    return digits


def token_f1(expected: str | None, got: str | None) -> float:
    """Token F1 of two strings after `normalise_loose` (tokens counted with repeats).

    Two empty values score 1, one empty value 0.
    """
    gold = collections.Counter(normalise_loose(expected or "").split())
    ours = collections.Counter(normalise_loose(got or "").split())
    if not gold and not ours:
        return 1.0
    return f1(sum((gold & ours).values()), sum(ours.values()), sum(gold.values()))


def f1(true_positives: int, predicted: int, expected: int) -> float:
    """F1 of matching counts; 1 when nothing was expected and nothing predicted."""
    if predicted == 0 and expected == 0:
        return 1.0
    if true_positives == 0:
        return 0.0
    precision, recall = true_positives / predicted, true_positives / expected
    return 2 * precision * recall / (precision + recall)
