"""Shortcuts taken for speed give what the plain code or pattern gives."""

from __future__ import annotations

import datetime as dt
import importlib
import re
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique.adapters import text as text_adapter
from communique.adapters.markdown import MarkdownAdapter
from communique.blocks import Block
from communique.extract.contact_lines import link_means
from communique.extract.text import is_caps
from communique.french.dates import fold
from communique.source import load


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


# (the module: ``communique.extract.contacts`` is also the name of its step function)
contacts = importlib.import_module("communique.extract.contacts")


def _blocks_of(source: str) -> tuple[Block, ...]:
    return MarkdownAdapter().segment(load(source, max_input_bytes=10**6)).blocks


@pytest.mark.parametrize(
    "source",
    [
        "Contacts presse\n\nMarie Dupont\n\nÉcrire à [Marie Dupont](mailto:marie@ex.fr) pour toute"
        " demande d'entretien ou d'accréditation : elle vous répondra dans la journée, sans faute,"
        " et transmettra les demandes aux services concernés de la Région au plus tôt, avec les"
        " dossiers de presse, les photographies et les vidéos de la manifestation, le programme"
        " complet des trois journées et la liste des intervenants.\n",
        "Un paragraphe [avec un lien](https://example.org) et rien d'autre.\n\n---\n\n## Notes\n",
        "Texte sans lien.\n\n[tel](tel:+33102030405)\n",
    ],
)
def test_a_linked_prose_paragraph_is_read_as_before(source: str) -> None:
    # (the links first, then the zone's ends: the same answer as the ends first)
    blocks = _blocks_of(source)
    assert "Contacts" not in source or any(contacts._is_linked_prose(b) for b in blocks)
    for block in blocks:
        before = contacts._closes_zone(block) and bool(link_means(block))
        assert contacts._is_linked_prose(block) is before
        assert (link_means(block) if block.links else []) == link_means(block)


# (the module: ``communique.extract.dateline`` is also the name of its step function)
dateline = importlib.import_module("communique.extract.dateline")


@pytest.mark.parametrize(
    "line",
    [
        "Paris, le 12 mars 2026 – Le ministère annonce",
        "COMMUNIQUÉ DE PRESSE – Lyon, le 3 mai 2026",
        "Information réglementée – Lyon, le 22 octobre 2026",
        "**Lyon – mars 2024 –** Le groupe",
        "Montréal — Les groupes de défense",
        "Paris, mai 2023",
        "Un titre sans date",
    ],
)
def test_a_line_s_opening_is_read_once_for_every_reading(line: str) -> None:
    # the opening (marks, type, label, first date) is shared by the readings a line is
    # asked for: each answers as a reading from scratch
    readings = [(r, p) for r in (None, dt.date(2026, 1, 1)) for p in (False, True)]
    shared = [dateline._match_dateline(line, r, p) for r, p in readings]
    dateline._opening.cache_clear()
    fresh = []
    for r, p in readings:
        dateline._opening.cache_clear()
        fresh.append(dateline._match_dateline(line, r, p))
    assert shared == fresh
    cached, read = dateline._opening(line), dateline._read_opening(line)
    assert cached[0] == read[0]
    assert [m and m.span() for m in cached[1:]] == [m and m.span() for m in read[1:]]


def _dates_fold_as_first_written(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.lower().rstrip("."))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _names_fold_as_first_written(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@given(st.text(st.sampled_from("aZ.é ÉßǅﬁKİıſ\u0301Ω1-’"), max_size=12))
@example("Févr.")
@example("K")  # the Kelvin sign lowers to an ASCII k
@example("e\u0301")  # a combining accent written apart
def test_a_word_in_ascii_is_folded_without_decomposing(word: str) -> None:
    # (an ASCII text decomposes to itself and holds no combining mark)
    names = importlib.import_module("communique.extract.contact_names")
    assert fold(word) == _dates_fold_as_first_written(word)
    assert names._fold(word) == _names_fold_as_first_written(word)


def _strip_decoration_as_first_written(text: str) -> str:
    # (its pictograph test on both ends, without the code-point bound first)
    module = importlib.import_module("communique.extract.text")
    decoration, spaces = module._DECORATION, module._SPACES
    bare = text.strip(decoration)
    if bare and (module.is_pictograph(bare[0]) or module.is_pictograph(bare[-1])):
        while bare and module.is_pictograph(bare[0]):
            bare = bare[1:].strip(decoration)
        while bare and module.is_pictograph(bare[-1]):
            bare = bare[:-1].strip(decoration)
    if not bare or bare == text:
        return bare
    start = text.find(bare)
    end = start + len(bare)
    for opening, closing in module._QUOTES:
        if bare.count(opening) > bare.count(closing):
            after = text.find(closing, end)
            if after >= 0 and not text[end:after].strip(spaces):
                end = after + 1
        elif bare.count(closing) > bare.count(opening):
            before = text.rfind(opening, 0, start)
            if before >= 0 and not text[before + 1 : start].strip(spaces):
                start = before
    return text[start:end]


@given(st.text(st.sampled_from("a É-*: 🚧📢⚠➡\ufe0f©°«»“”←↑"), max_size=12))
@example("🚧 COMMUNIQUÉ 🚧")
@example("\ufe0f Communiqué")
@example("« Rivages » : l'exposition")
def test_a_pictograph_is_past_its_bound(text: str) -> None:
    module = importlib.import_module("communique.extract.text")
    assert ord("\ufe0f") >= module._PICTOGRAPHS
    assert all(ord(c) >= module._PICTOGRAPHS for c in text if module.is_pictograph(c))
    assert module.strip_decoration.__wrapped__(text) == _strip_decoration_as_first_written(text)
