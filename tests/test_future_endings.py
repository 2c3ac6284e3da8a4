"""The future endings found by ``str.find`` are the pattern's matches (in another order)."""

from __future__ import annotations

import importlib

from hypothesis import example, given
from hypothesis import strategies as st

from communique.french import cues

classify = importlib.import_module("communique.extract.classify")

_PIECES = st.sampled_from(
    ["era", "ira", "eront", "iront", "ERA", "er", "ir", "a", "ont", " ", "_", "1", "é", "x", "\n"]
)


def _expected(head: str) -> list[tuple[int, int]]:
    return sorted(m.span() for m in cues.FUTURE_ENDING.finditer(head, 0, classify.FUTURE_LIMIT))


@given(st.lists(_PIECES, max_size=16).map("".join))
@example("accueillera et présenteront, finira_ ira1 erae")
def test_the_endings_are_the_pattern_s(text: str) -> None:
    assert sorted(classify._future_endings(text)) == _expected(text)


@given(st.lists(_PIECES, max_size=8).map("".join))
def test_an_ending_cut_by_the_limit_ends_a_word(text: str) -> None:
    head = "x" * (classify.FUTURE_LIMIT - 3) + text
    assert sorted(classify._future_endings(head)) == _expected(head)
