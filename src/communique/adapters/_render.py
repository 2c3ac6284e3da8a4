"""Rendering structured input (HTML, DOCX, PDF, e-mail) to the plain text spans index into.

The container adapters do not have a text source whose offsets mean anything to a user, so
they render their own: one line of text per visual line, a blank line between blocks. A
`Builder` collects blocks as ``(kind, lines, level, links)`` records and renders them
at the end, so every [`Line`][communique.blocks.Line] span indexes exactly its text in the
rendered document (``document.text[line.span[0]:line.span[1]] == line.text``).

Records are plain data, so an adapter can reuse another's (the e-mail adapter renders an
attached DOCX or PDF this way).
"""

from __future__ import annotations

import attrs

from ..blocks import Block, BlockKind, Document, Emphasis, Line, Metadata, collapse
from ..models import Diagnostic, Span
from ..source import remove_invisible_characters

__all__ = [
    "EM",
    "STRONG",
    "Builder",
    "Record",
    "RecordLine",
    "line_from_runs",
    "runs_emphasis",
    "text_span",
]


@attrs.frozen
class RecordLine:
    """One rendered line: plain text (already collapsed) and its whole-line emphasis."""

    text: str
    emphasis: Emphasis | None = None


@attrs.frozen
class Record:
    """One block before rendering."""

    kind: BlockKind
    lines: tuple[RecordLine, ...]
    level: int = 0
    links: tuple[str, ...] = ()
    #: the text of each link, in the order of ``links``; empty when not known
    link_texts: tuple[str, ...] = ()


class Builder:
    """Collects records; `document` renders them into a [`Document`][communique.blocks.Document]."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        #: what the renderer noticed (a PDF library's warnings…), added to the document's
        self.diagnostics: list[Diagnostic] = []

    def add(
        self,
        kind: BlockKind,
        lines: list[RecordLine] | tuple[RecordLine, ...],
        level: int = 0,
        links: tuple[str, ...] = (),
        link_texts: tuple[str, ...] = (),
    ) -> None:
        """Add a block; blank lines are dropped and a block without text is skipped.

        A target linked twice is kept once, with the text of its first link.
        """
        kept = tuple(
            RecordLine(text, line.emphasis)
            for line in lines
            if (text := collapse(self.visible(line.text)))
        )
        if kept:
            self.add_kept(kind, kept, level, links, link_texts)

    def add_kept(
        self,
        kind: BlockKind,
        kept: tuple[RecordLine, ...],
        level: int = 0,
        links: tuple[str, ...] = (),
        link_texts: tuple[str, ...] = (),
    ) -> None:
        """Add a block whose lines are already as `add` keeps them: visible characters only,
        whitespace collapsed, none blank, at least one (an adapter that makes its lines in
        one pass, the HTML walk, gives them so instead of having each line made again)."""
        texts: dict[str, str] = {}
        for target, text in zip(links, link_texts or ("",) * len(links), strict=True):
            texts.setdefault(target, text)
        known = tuple(texts.values()) if link_texts else ()
        self.records.append(Record(kind, kept, level, tuple(texts), known))

    def visible(self, text: str) -> str:
        """``text`` without soft hyphens and zero-width spaces (``&shy;`` in a page), said
        once per document, as the loader says it for text input."""
        found: list[Diagnostic] = []
        text = remove_invisible_characters(text, found)
        if found and not any(d.code == found[0].code for d in self.diagnostics):
            self.diagnostics.extend(found)
        return text

    def add_text(self, kind: BlockKind, text: str, emphasis: Emphasis | None = None) -> None:
        """Add a block whose lines are the lines of ``text``."""
        self.add(kind, [RecordLine(line, emphasis) for line in text.split("\n")])

    def extend(self, records: list[Record] | tuple[Record, ...]) -> None:
        """Append records rendered by another builder."""
        self.records.extend(records)

    def include(self, other: Builder) -> None:
        """Append another builder's records and diagnostics (an e-mail's attachment)."""
        self.records.extend(other.records)
        self.diagnostics.extend(other.diagnostics)

    def document(
        self, metadata: Metadata | None = None, diagnostics: tuple[Diagnostic, ...] = ()
    ) -> Document:
        """Render the records: lines joined by newlines, blocks by blank lines."""
        records = self.records
        # The text in one join of the lines' texts; each line's span counted as they are
        # made, in the same order (a line, a newline; a blank line after a block's last).
        text = "\n\n".join(["\n".join([line.text for line in r.lines]) for r in records])
        blocks = []
        position = 0
        for record in records:
            lines = []
            first = position
            for line in record.lines:
                end = position + len(line.text)
                lines.append(Line(line.text, (position, end), line.emphasis, text))
                position = end + 1
            span = (first, position - 1)
            position += 1
            if record.link_texts:
                link_spans = tuple([text_span(lines, t, span) for t in record.link_texts])
            else:
                link_spans = ()
            blocks.append(
                Block(
                    record.kind,
                    tuple(lines),
                    span,
                    level=record.level,
                    links=record.links,
                    link_spans=link_spans,
                )
            )
        found = (*diagnostics, *self.diagnostics)
        return Document(text, tuple(blocks), metadata or Metadata(), found)


#: Style bits of a text run: bold, italic; a run with a negative style (a table-cell
#: separator the adapter inserted) does not count towards a line's emphasis.
STRONG = 1
EM = 2


def text_span(lines: tuple[Line, ...] | list[Line], text: str, fallback: Span) -> Span:
    """The span of the first line holding ``text`` (a link's text); ``fallback`` if none does.

    The text is looked for as written in the line's source first (no alignment needed).
    """
    for line in lines:
        at = line.text.find(text) if text else -1
        if at < 0:
            continue
        written = line.source.find(text, *line.span) if line.source else -1
        if written >= 0:
            return (written, written + len(text))
        return line.locate(at, at + len(text))
    return fallback


def line_from_runs(runs: list[tuple[str, int]]) -> RecordLine:
    """One line from ``(text, style bits)`` runs: emphasis when every visible run shares it."""
    return RecordLine("".join(t for t, _ in runs), runs_emphasis(runs))


def runs_emphasis(runs: list[tuple[str, int]]) -> Emphasis | None:
    """A line's emphasis from its ``(text, style bits)`` runs: the one every visible run shares."""
    if len(runs) == 1:  # most lines are one run: no set to build
        text, style = runs[0]
        if style < 0 or not text.strip():
            return None
        return Emphasis.STRONG if style & STRONG else Emphasis.EM if style & EM else None
    styles = {style for t, style in runs if style >= 0 and t.strip()}
    if styles and all(style & STRONG for style in styles):
        return Emphasis.STRONG
    if styles and all(style & EM for style in styles):
        return Emphasis.EM
    return None
