"""Shortcuts taken for speed give what the plain code or pattern gives."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from communique.adapters import text as text_adapter
from communique.extract.text import is_caps


def _is_caps_as_first_written(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and not any(c.islower() for c in letters)


@given(st.text(st.sampled_from("aZé ÉßǅⓐA1-.ª"), max_size=12))
@example("COMMUNIQUÉ DE PRESSE")
@example("Communiqué")
@example("ⓐBC")
def test_is_caps_is_the_letter_by_letter_test(text: str) -> None:
    assert is_caps(text) is _is_caps_as_first_written(text)


_COLUMN_GAP_AS_FIRST_WRITTEN = re.compile(r"[ \t]{4,}|\t")


@given(st.text(st.sampled_from(" \ta\n\u00a0"), max_size=30))
@example("Nom    Téléphone\tCourriel \t  x")
def test_a_column_gap_is_what_the_plain_pattern_finds(text: str) -> None:
    assert text_adapter._COLUMN_GAP.pattern != _COLUMN_GAP_AS_FIRST_WRITTEN.pattern
    assert [m.span() for m in text_adapter._COLUMN_GAP.finditer(text)] == [
        m.span() for m in _COLUMN_GAP_AS_FIRST_WRITTEN.finditer(text)
    ]
