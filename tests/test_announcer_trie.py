"""The announcing verbs' pattern, shaped like a trie, matches as their flat alternation did.

The flat alternation tried the forms longest first at every place; the trie tries one branch
per next letter. Both find the same match wherever no two forms can match at one place, each
followed by a word's end: then at any place at most one form matches, whatever the order.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import example, given
from hypothesis import strategies as st

from communique.french.announcer import (
    ANNOUNCING_VERB,
    ANNOUNCING_VERBS,
    _initials,
    _verb_pattern,
)

# The pattern as it was written before the trie (the reference).
_FLAT = re.compile(
    rf"(?<=\s){_initials(ANNOUNCING_VERBS)}(?:"
    + "|".join(_verb_pattern(v) for v in sorted(ANNOUNCING_VERBS, key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)


def _spellings(form: str) -> set[str]:
    ways = [{"é": "ée", "è": "èe", "'": "'’"}.get(char, char) for char in form]
    return {"".join(way) for way in itertools.product(*ways)}


def test_no_two_forms_match_at_one_place() -> None:
    alone = {form: re.compile(_verb_pattern(form) + r"(?!\w)", re.I) for form in ANNOUNCING_VERBS}
    for form, other in itertools.permutations(ANNOUNCING_VERBS, 2):
        for written in _spellings(other):
            for after in ("", " x", ".", "x", "\n"):
                for text in (written + after, written.upper() + after):
                    assert alone[form].match(text) is None, (form, text)


_PIECES = st.sampled_from(
    [
        *ANNOUNCING_VERBS,
        *(form.upper() for form in ANNOUNCING_VERBS),
        *(form.replace("é", "e") for form in ANNOUNCING_VERBS),
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "x",
        "ent",
        "s",
        "e",
        ".",
        ",",
        "’",
        "Le groupe",
        "a",
        "ont",
        "se",
        "l'",
        "ſ",
        "ı",
    ]
)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@given(st.lists(_PIECES, max_size=14).map("".join))
@example("Le groupe X a annoncé aujourd'hui")
@example("X annoncent  fièrement, Y se  félicitent")
@example("LA VILLE A EU L'HONNEUR de")
def test_the_trie_finds_what_the_alternation_found(text: str) -> None:
    assert _span(ANNOUNCING_VERB.search(text)) == _span(_FLAT.search(text))
    assert [m.span() for m in ANNOUNCING_VERB.finditer(text)] == [
        m.span() for m in _FLAT.finditer(text)
    ]
    for end in (5, 20):
        assert _span(ANNOUNCING_VERB.search(text, 0, end)) == _span(_FLAT.search(text, 0, end))
