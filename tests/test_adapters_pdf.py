"""The PDF adapter: reflowed paragraphs, hyphens joined, page furniture set aside (not lost),
a clear error without the optional dependency."""

from __future__ import annotations

import logging
import sys

import pytest

from communique import DecodeError, MissingDependencyError, parse
from communique.adapters.pdf import PdfAdapter, reflow_pages
from communique.blocks import BlockKind
from communique.source import load

from .renderers import blocks_of, to_pdf

WIDE = "x" * 70


def test_hard_wrapped_lines_are_reflowed_and_hyphens_joined() -> None:
    page = (
        "Nantes, le 2 février 2024\n\n"
        "Le conseil départemental a voté un budget de 1,2 milliard d'euros pour l'année, en\n"
        "hausse de 4 % sur un an. Les investissements dans les collèges et les routes dépar-\n"
        "tementales représentent la moitié des dépenses nouvelles de cette année budgétaire.\n"
        "Le vote a eu lieu hier.\n\n"
        "Contact presse\nLéa Garnier\nlea.garnier@loire-atlantique.example\n"
    )
    blocks = reflow_pages([page]).document().blocks
    assert [[line.text for line in b.lines] for b in blocks] == [
        ["Nantes, le 2 février 2024"],
        [
            "Le conseil départemental a voté un budget de 1,2 milliard d'euros pour l'année, en "
            "hausse de 4 % sur un an. Les investissements dans les collèges et les routes "
            "départementales représentent la moitié des dépenses nouvelles de cette année "
            "budgétaire. Le vote a eu lieu hier."
        ],
        ["Contact presse", "Léa Garnier", "lea.garnier@loire-atlantique.example"],
    ]


def test_repeated_headers_and_page_numbers_become_furniture() -> None:
    words = ("Ouverture", "Calendrier", "Financement")
    pages = [
        f"CONSEIL RÉGIONAL\n{word} du dossier\n{word} : le texte.\nPage {n} sur 3"
        for n, word in enumerate(words, 1)
    ]
    document = reflow_pages(pages).document()
    body = [
        line.text for b in document.blocks if b.kind is not BlockKind.FURNITURE for line in b.lines
    ]
    furniture = [b.text for b in document.blocks if b.kind is BlockKind.FURNITURE]
    assert body[0] == "CONSEIL RÉGIONAL"  # the first page's letterhead stays in place
    assert body.count("CONSEIL RÉGIONAL") == 1
    assert furniture == [
        "Page 1 sur 3",
        "CONSEIL RÉGIONAL",
        "Page 2 sur 3",
        "CONSEIL RÉGIONAL",
        "Page 3 sur 3",
    ]


def test_a_sentence_continues_across_a_page_break() -> None:
    pages = [f"{WIDE} début de la phrase qui continue\n- 1 -", "sur la page suivante.\n- 2 -"]
    texts = [b.text for b in reflow_pages(pages).document().blocks]
    assert texts[0] == f"{WIDE} début de la phrase qui continue sur la page suivante."
    assert texts[1:] == ["- 1 -", "- 2 -"]


def test_a_multi_page_pdf_parses_with_its_letterhead_set_aside() -> None:
    paragraph = "Le syndicat mixte a lancé les travaux de rénovation du réseau d'eau potable. " * 6
    markdown = (
        "Communiqué de presse\n\nAngers, le 8 avril 2024\n\n"
        "# Les travaux du réseau d'eau potable commencent\n\n"
        + f"{paragraph}\n\n" * 12
        + "**Contact presse**\n\nMarc Petit\nmarc.petit@eau-anjou.example\n"
    )
    data = to_pdf(blocks_of(markdown), letterhead="SYNDICAT DES EAUX DE L'ANJOU")
    document = PdfAdapter().segment(load(data, max_input_bytes=10**8))
    furniture = [b.text for b in document.blocks if b.kind is BlockKind.FURNITURE]
    assert "SYNDICAT DES EAUX DE L'ANJOU" in furniture
    assert any(t.startswith("Page ") for t in furniture)
    release = parse(data)
    assert release.header.headline == "Les travaux du réseau d'eau potable commencent"
    assert [c.emails for c in release.contacts] == [("marc.petit@eau-anjou.example",)]


def test_without_pypdf_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pypdf", None)
    with pytest.raises(MissingDependencyError, match=r"pip install communique\[pdf\]"):
        parse(b"%PDF-1.4\n%%EOF\n")


def test_a_damaged_pdf_is_a_decode_error() -> None:
    with pytest.raises(DecodeError, match="PDF could not be read"):
        parse(b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer\n")


def _damaged_pdf() -> bytes:
    """A readable PDF whose cross-reference pointer is wrong: pypdf repairs it and warns."""
    data = to_pdf(blocks_of("# Un titre de communiqué\n\nLe texte du communiqué de presse."))
    head, _, tail = data.rpartition(b"startxref\n")
    pointer = int(tail.split(b"\n", 1)[0])  # five bytes off: every pypdf >= 4 finds the table
    return head + b"startxref\n" + str(pointer + 5).encode() + b"\n%%EOF\n"


def test_the_pdf_readers_warnings_are_a_diagnostic_not_stderr(
    capfd: pytest.CaptureFixture[str],
) -> None:
    release = parse(_damaged_pdf())
    assert release.header.headline == "Un titre de communiqué"
    (warned,) = [d for d in release.diagnostics if d.code == "pdf-reader-warnings"]
    assert "startxref" in warned.message
    assert capfd.readouterr().err == ""


def test_pypdf_logging_outside_communique_still_reaches_the_root_logger(
    caplog: pytest.LogCaptureFixture,
) -> None:
    parse(_damaged_pdf())  # installs the router
    logging.getLogger("pypdf._reader").warning("a warning of the user's own pypdf call")
    assert "a warning of the user's own pypdf call" in caplog.text
