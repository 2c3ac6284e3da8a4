"""The draft every extraction step reads and fills, before it is frozen into a result."""

from __future__ import annotations

import enum

import attrs

from ..blocks import Block, Document, Line
from ..models import (
    Attachment,
    Contact,
    Dateline,
    DateMention,
    Diagnostic,
    Embargo,
    Event,
    Explanation,
    Issuer,
    Quote,
    Section,
    Span,
)
from ..options import Options

__all__ = ["Draft", "Field", "Role"]


class Role(enum.StrEnum):
    """What a block was used for, so that later steps leave it alone."""

    METADATA = "metadata"
    HEADER = "header"
    CONTACT = "contact"
    FURNITURE = "furniture"


@attrs.frozen
class Field:
    """An extracted scalar value and its span."""

    value: str
    span: Span | None


@attrs.define
class Draft:
    """Mutable state shared by the steps; :func:`communique.extract.build` freezes it."""

    document: Document
    options: Options
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    roles: dict[int, Role] = attrs.Factory(dict)
    #: index of the first body block (set by the header step)
    body_start: int = 0
    #: where the header zone ended before short paragraphs after the headline went to the body
    header_end: int = 0
    issuers: list[Issuer] = attrs.Factory(list)
    doc_type: Field | None = None
    reference: Field | None = None
    headline: Field | None = None
    lede: Field | None = None
    websites: list[Field] = attrs.Factory(list)
    dateline: Dateline | None = None
    contacts: list[Contact] = attrs.Factory(list)
    sections: list[Section] = attrs.Factory(list)
    mentions: list[DateMention] = attrs.Factory(list)
    evidence: list[str] = attrs.Factory(list)
    #: why the fields chosen among candidates hold their values
    explanations: list[Explanation] = attrs.Factory(list)
    is_press_release: bool = False
    embargo: Embargo | None = None
    event: Event | None = None
    quotes: list[Quote] = attrs.Factory(list)
    attachments: list[Attachment] = attrs.Factory(list)

    @property
    def blocks(self) -> tuple[Block, ...]:
        return self.document.blocks

    def field(self, line: Line, start: int = 0, end: int | None = None) -> Field:
        """A field for ``line.text[start:end]`` (stripped), with its span."""
        end = len(line.text) if end is None else end
        piece = line.text[start:end]
        left = len(piece) - len(piece.lstrip())
        right = len(piece.rstrip())
        return Field(piece.strip(), line.locate(start + left, start + right))

    def free(self, index: int) -> bool:
        """Whether block ``index`` has no role yet."""
        return index not in self.roles
