"""Building a document for a format that renders its own plain text.

A container format (HTML, a word processor's file, a PDF, a JSON feed…) has no text whose
offsets mean anything to a reader, so its adapter writes one: one line of text per visual
line, a blank line between blocks. [`DocumentBuilder`][communique.adapters.DocumentBuilder]
does that bookkeeping: add the blocks in reading order, then call
[`document`][communique.adapters.DocumentBuilder.document], and every line's span indexes
exactly its text in the rendered document (``document.text[line.span[0]:line.span[1]] ==
line.text``).

This is the public face of the builder the built-in container adapters use; it checks its
arguments and keeps its signature whatever the built-ins' internals become.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from .._arguments import given, wrong_type
from ..blocks import BlockKind, Document, Emphasis, Metadata
from ..models import Diagnostic
from ._render import Builder, RecordLine

__all__ = ["DocumentBuilder", "LineInput"]

LineInput = str | tuple[str, Emphasis | None]
"""A line given to [`DocumentBuilder.add`][communique.adapters.DocumentBuilder.add]: its text,
or its text and the emphasis covering the whole line."""


class DocumentBuilder:
    """Collects blocks in reading order and renders them into a
    [`Document`][communique.blocks.Document].

    Whitespace in a line's text is collapsed (runs become one space, ends stripped; no-break
    spaces are kept), blank lines are dropped, and a block left without text is skipped, so
    an adapter can add what it finds without cleaning it first.

    ```python
    from communique.adapters import BlockKind, DocumentBuilder, Emphasis

    builder = DocumentBuilder()
    builder.add(BlockKind.HEADING, ["Le port rouvre"], level=1)
    builder.add(BlockKind.PARAGRAPH, [("Paris, le 4 mars 2024", Emphasis.STRONG)])
    builder.add(
        BlockKind.PARAGRAPH,
        ["Contact presse :", "Claire Morel"],
        links=("mailto:claire.morel@example.fr",),
        link_texts=("Claire Morel",),
    )
    document = builder.document()
    assert document.text.split("\\n\\n") == [
        "Le port rouvre", "Paris, le 4 mars 2024", "Contact presse :\\nClaire Morel"
    ]
    ```

    !!! info "Added in version 0.2"
    """

    def __init__(self) -> None:
        self._builder = Builder()

    def add(
        self,
        kind: BlockKind,
        lines: Iterable[LineInput],
        *,
        level: int = 0,
        links: Sequence[str] = (),
        link_texts: Sequence[str] = (),
    ) -> None:
        """Add one block after the others.

        Args:
            kind: what the block is ([`BlockKind`][communique.blocks.BlockKind]).
            lines: its visual lines, each a ``str`` or a ``(text, emphasis)`` pair
                (``emphasis`` an [`Emphasis`][communique.blocks.Emphasis] or ``None``).
            level: a heading's level (1 for the title), a list item's depth; 0 otherwise.
            links: the targets of the block's links (``mailto:``, ``tel:``, ``https:``); a
                target given twice is kept once.
            link_texts: the text of each link, in the order of ``links``, so that the
                contacts step knows where each one is (a link's span becomes that of the
                first line holding its text); empty when not known.

        Raises:
            TypeError: an argument of the wrong kind (the message names it).
            ValueError: ``link_texts`` is given but not one text per link.
        """
        if not isinstance(kind, BlockKind):
            raise wrong_type("kind", kind, "a communique.blocks.BlockKind")
        if isinstance(level, bool) or not isinstance(level, int) or level < 0:
            raise wrong_type("level", level, "a whole number >= 0")
        if isinstance(lines, str):
            raise wrong_type("lines", lines, "an iterable of lines", "wrap one line: [text]")
        records = [_record(line) for line in lines]
        targets = _strings("links", links)
        texts = _strings("link_texts", link_texts)
        if texts and len(texts) != len(targets):
            raise ValueError(
                f"link_texts must give one text per link: {len(texts)} texts "
                f"for {len(targets)} links"
            )
        self._builder.add(kind, records, level, targets, texts)

    def add_text(self, kind: BlockKind, text: str, emphasis: Emphasis | None = None) -> None:
        """Add one block whose lines are the lines of ``text`` (split at ``\\n``).

        Args:
            kind: what the block is.
            text: its text, one visual line per line.
            emphasis: the emphasis covering every line, if any.
        """
        if not isinstance(text, str):
            raise wrong_type("text", text, "a str")
        self.add(kind, [(line, emphasis) for line in text.split("\n")])

    def document(
        self, metadata: Metadata | None = None, diagnostics: Sequence[Diagnostic] = ()
    ) -> Document:
        """Render the blocks added so far: lines joined by newlines, blocks by blank lines.

        Args:
            metadata: what the input says about itself
                ([`Metadata`][communique.blocks.Metadata]); empty when ``None``.
            diagnostics: what the adapter noticed while reading the input.

        Returns:
            The [`Document`][communique.blocks.Document] whose ``text`` every span indexes.
        """
        if metadata is not None and not isinstance(metadata, Metadata):
            raise wrong_type("metadata", metadata, "None or a communique.blocks.Metadata")
        found = tuple(diagnostics)
        for diagnostic in found:
            if not isinstance(diagnostic, Diagnostic):
                raise wrong_type("diagnostics", diagnostic, "communique.Diagnostic items")
        return self._builder.document(metadata, found)


def _record(line: object) -> RecordLine:
    if isinstance(line, str):
        return RecordLine(line)
    if (
        isinstance(line, tuple)
        and len(line) == 2
        and isinstance(line[0], str)
        and (line[1] is None or isinstance(line[1], Emphasis))
    ):
        return RecordLine(line[0], line[1])
    raise TypeError(f"each line must be a str or a (str, Emphasis | None) pair, not {given(line)}")


def _strings(name: str, values: object) -> tuple[str, ...]:
    if isinstance(values, str) or not isinstance(values, Sequence):
        raise wrong_type(name, values, "a sequence of str")
    items = tuple(values)
    for item in items:
        if not isinstance(item, str):
            raise wrong_type(name, values, "a sequence of str", f"an item is {given(item)}")
    return items
