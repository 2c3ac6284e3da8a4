"""The DOCX adapter: styles, runs, lists, tables and footers read; hostile archives refused."""

from __future__ import annotations

import io
import zipfile

import pytest

from communique import DecodeError, UnsafeInputError, parse
from communique.adapters import docx
from communique.adapters.docx import DocxAdapter
from communique.blocks import BlockKind, Document, Emphasis
from communique.source import load

from .renderers import blocks_of, to_docx
from .test_robustness import uncovered

RELEASE = """\
Communiqué de presse

Lille, le 9 janvier 2024

# La métropole ouvre trois nouvelles lignes de bus

*Les lignes desserviront les zones d'activité du nord de l'agglomération.*

- ligne 12 : Roubaix – Wattrelos ;
- ligne 14 : Lille – Marcq-en-Barœul.
"""
FOOTER = "Contact presse : Paul Lefebvre\npaul.lefebvre@metropole.example – 03 20 00 00 00"


def _document(data: bytes) -> Document:
    return DocxAdapter().segment(load(data, max_input_bytes=10**8))


def _zip(members: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_styles_runs_lists_and_footer_are_read() -> None:
    document = _document(to_docx(blocks_of(RELEASE), footer=FOOTER))
    kinds = [(b.kind, b.level, b.text) for b in document.blocks]
    assert kinds[2] == (BlockKind.HEADING, 1, "La métropole ouvre trois nouvelles lignes de bus")
    assert document.blocks[3].emphasis is Emphasis.EM
    assert [(level, text) for kind, level, text in kinds if kind is BlockKind.LIST_ITEM] == [
        (1, "ligne 12 : Roubaix – Wattrelos ;"),
        (1, "ligne 14 : Lille – Marcq-en-Barœul."),
    ]
    assert [b.text for b in document.blocks[-2:]] == FOOTER.split("\n")  # footer comes last


def test_the_footer_contact_reaches_the_release() -> None:
    release = parse(to_docx(blocks_of(RELEASE), footer=FOOTER), filename="cp.docx")
    assert release.adapter == "docx"
    assert release.header.headline == "La métropole ouvre trois nouvelles lignes de bus"
    assert [c.emails for c in release.contacts] == [("paul.lefebvre@metropole.example",)]


def test_tables_and_hyperlinks() -> None:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    r = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = (
        f"<w:document {w} {r}><w:body><w:tbl>"
        f"<w:tr>{cell.format('Nom')}{cell.format('Téléphone')}</w:tr>"
        f"<w:tr>{cell.format('Inès Roux')}{cell.format('01 02 03 04 05')}</w:tr></w:tbl>"
        '<w:p><w:hyperlink r:id="rId9"><w:r><w:t>Écrire</w:t></w:r></w:hyperlink></w:p>'
        "</w:body></w:document>"
    )
    rels = (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/hyperlink" Target="mailto:ines.roux@exemple.fr" TargetMode="External"/>'
        "</Relationships>"
    )
    document = _document(
        _zip({"word/document.xml": body.encode(), "word/_rels/document.xml.rels": rels.encode()})
    )
    rows = [b for b in document.blocks if b.kind is BlockKind.TABLE_ROW]
    assert [[line.text for line in row.lines] for row in rows] == [
        ["Nom", "Téléphone"],
        ["Inès Roux", "01 02 03 04 05"],
    ]
    assert document.blocks[-1].links == ("mailto:ines.roux@exemple.fr",)


def test_a_zip_bomb_is_refused() -> None:
    bomb = _zip({"word/document.xml": b"<w:document/>", "word/media/x.bin": b"\0" * 20_000_000})
    with pytest.raises(UnsafeInputError, match="zip bomb"):
        _document(bomb)


def test_a_part_larger_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx, "MAX_PART_BYTES", 1000)
    big = _zip({"word/document.xml": b"<w:document>" + b" " * 5000 + b"</w:document>"})
    with pytest.raises(UnsafeInputError, match="larger than"):
        _document(big)


@pytest.mark.parametrize("name", ["../../etc/evil.xml", "/abs/path.xml", "word/../../x.xml"])
def test_path_traversal_names_are_refused(name: str) -> None:
    with pytest.raises(UnsafeInputError, match="unsafe member name"):
        _document(_zip({"word/document.xml": b"<w:document/>", name: b"x"}))


def test_too_many_members_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx, "MAX_MEMBERS", 10)
    members = {f"word/part{i}.xml": b"x" for i in range(11)}
    with pytest.raises(UnsafeInputError, match="members"):
        _document(_zip({"word/document.xml": b"<w:document/>", **members}))


def test_a_doctype_with_entities_is_refused() -> None:
    evil = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaa">]><w:document>&a;</w:document>'
    with pytest.raises(UnsafeInputError, match="DOCTYPE"):
        _document(_zip({"word/document.xml": evil}))


def test_a_zip_that_is_not_a_docx_and_a_damaged_archive_are_decode_errors() -> None:
    with pytest.raises(DecodeError, match="not a DOCX"):
        _document(_zip({"content.xml": b"<office/>"}))
    with pytest.raises(DecodeError, match="damaged"):
        _document(b"PK\x03\x04" + b"\x00" * 100)


# -- nothing refused that can be read (issue 15, item 1) --------------------------------

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _body_docx(body: str) -> bytes:
    return _zip(
        {"word/document.xml": f"<w:document {_NS}><w:body>{body}</w:body></w:document>".encode()}
    )


def _run(text: str) -> str:
    """One run as Word writes it when every character was typed apart (revision marks)."""
    return (
        '<w:r><w:rPr><w:rFonts w:ascii="Arial"/><w:lang w:val="fr-FR"/></w:rPr>'
        f'<w:t xml:space="preserve">{text}</w:t></w:r>'
    )


def test_paragraphs_of_thousands_of_runs_keep_every_character() -> None:
    sentence = "Le conseil municipal a voté la rénovation de la piscine du quartier nord. "
    paragraphs = [(sentence * 60)[: 4000 - n] for n in range(5)]  # 5 x ~4,000 runs
    body = "".join("<w:p>" + "".join(_run(c) for c in p) + "</w:p>" for p in paragraphs)
    release = parse(_body_docx("<w:p><w:r><w:t>Lyon, le 2 mars 2021</w:t></w:r></w:p>" + body))
    for paragraph in paragraphs:
        assert " ".join(paragraph.split()) in release.text
    assert "limit-reached" not in {d.code for d in release.diagnostics}
    assert uncovered(release) == []


def test_an_enormous_table_keeps_every_cell() -> None:
    rows = [[f"ligne {r} colonne {c}" for c in range(6)] for r in range(1500)]
    table = (
        "<w:tbl>"
        + "".join(
            "<w:tr>" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in row) + "</w:tr>"
            for row in rows
        )
        + "</w:tbl>"
    )
    release = parse(_body_docx("<w:p><w:r><w:t>Tarifs 2024</w:t></w:r></w:p>" + table))
    lines = set(release.text.splitlines())
    assert all(cell in lines for row in rows for cell in row)
    assert "limit-reached" not in {d.code for d in release.diagnostics}
    assert uncovered(release) == []
