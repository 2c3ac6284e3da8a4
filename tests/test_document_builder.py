"""The public document builder: what an adapter of a container format renders its text with."""

from __future__ import annotations

import pytest

from communique import Diagnostic, Severity
from communique.adapters import BlockKind, DocumentBuilder, Emphasis, Metadata


def test_every_line_span_indexes_exactly_its_text() -> None:
    builder = DocumentBuilder()
    builder.add(BlockKind.HEADING, ["  Le port   rouvre "], level=1)
    builder.add(BlockKind.PARAGRAPH, [("Brest, le 4 mars 2024", Emphasis.STRONG), "Suite"])
    builder.add_text(BlockKind.LIST_ITEM, "premier\n\n  second  ")
    document = builder.document()
    assert document.text == "Le port rouvre\n\nBrest, le 4 mars 2024\nSuite\n\npremier\nsecond"
    for block in document.blocks:
        assert document.text[block.span[0] : block.span[1]] == "\n".join(
            line.text for line in block.lines
        )
        for line in block.lines:
            assert document.text[line.span[0] : line.span[1]] == line.text
            assert line.source == document.text
    heading, paragraph, item = document.blocks
    assert (heading.kind, heading.level) == (BlockKind.HEADING, 1)
    assert [line.emphasis for line in paragraph.lines] == [Emphasis.STRONG, None]
    assert [line.text for line in item.lines] == ["premier", "second"]


def test_blocks_without_text_are_skipped() -> None:
    builder = DocumentBuilder()
    builder.add(BlockKind.PARAGRAPH, ["", "   "])
    builder.add_text(BlockKind.PARAGRAPH, "\n\n")
    builder.add(BlockKind.PARAGRAPH, ["Seul texte"])
    assert [block.text for block in builder.document().blocks] == ["Seul texte"]


def test_links_are_kept_once_with_the_span_of_their_text() -> None:
    builder = DocumentBuilder()
    builder.add(
        BlockKind.PARAGRAPH,
        ["Contact presse :", "Claire Morel, 02 98 00 00 00"],
        links=("mailto:claire@example.fr", "tel:+33298000000", "mailto:claire@example.fr"),
        link_texts=("Claire Morel", "02 98 00 00 00", "Claire Morel"),
    )
    document = builder.document()
    (block,) = document.blocks
    assert block.links == ("mailto:claire@example.fr", "tel:+33298000000")
    assert [document.text[start:end] for start, end in block.link_spans] == [
        "Claire Morel",
        "02 98 00 00 00",
    ]


def test_the_document_carries_the_metadata_and_diagnostics_given() -> None:
    builder = DocumentBuilder()
    builder.add(BlockKind.PARAGRAPH, ["Texte"])
    note = Diagnostic("limit-reached", Severity.WARNING, "cut", None)
    document = builder.document(Metadata(title="Titre"), [note])
    assert document.metadata.title == "Titre"
    assert document.diagnostics == (note,)
    assert DocumentBuilder().document().metadata == Metadata()


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (lambda b: b.add("paragraph", ["x"]), TypeError, r"kind must be a communique\.blocks"),
        (lambda b: b.add(BlockKind.PARAGRAPH, "x"), TypeError, r"lines must be .*wrap one line"),
        (lambda b: b.add(BlockKind.PARAGRAPH, [("x", "bold")]), TypeError, r"each line must"),
        (lambda b: b.add(BlockKind.PARAGRAPH, [42]), TypeError, r"not an int \(42\)"),
        (lambda b: b.add(BlockKind.HEADING, ["x"], level=-1), TypeError, r"level must be"),
        (lambda b: b.add(BlockKind.HEADING, ["x"], level=True), TypeError, r"level must be"),
        (lambda b: b.add(BlockKind.PARAGRAPH, ["x"], links="mailto:a@b.fr"), TypeError, "links"),
        (
            lambda b: b.add(
                BlockKind.PARAGRAPH, ["x"], links=("tel:1", "tel:2"), link_texts=("1",)
            ),
            ValueError,
            r"one text per link: 1 texts for 2 links",
        ),
        (lambda b: b.add_text(BlockKind.PARAGRAPH, b"x"), TypeError, r"text must be a str"),
        (lambda b: b.document({"title": "x"}), TypeError, r"metadata must be None or"),
        (lambda b: b.document(None, ["oops"]), TypeError, r"diagnostics must be"),
    ],
)
def test_a_wrong_call_names_the_argument(call: object, error: type, message: str) -> None:
    builder = DocumentBuilder()
    with pytest.raises(error, match=message):
        call(builder)  # type: ignore[operator]
