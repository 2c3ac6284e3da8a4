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
    """What a block was used for, so that later steps leave it alone (``Draft.roles``)."""

    METADATA = "metadata"
    HEADER = "header"
    CONTACT = "contact"
    FURNITURE = "furniture"


@attrs.frozen
class Field:
    """An extracted scalar value and its span.

    Attributes:
        value: the value as the result gives it (stripped).
        span: where it is in the document text; ``None`` when it came from the metadata.
    """

    value: str
    span: Span | None


@attrs.define
class Draft:
    """Mutable state shared by the steps; `communique.extract.build` freezes it.

    Each step reads the document's blocks and what the steps before it found, fills its own
    fields, and gives the blocks it used a [`Role`][communique.adapters.Role], so that later
    steps leave them alone. A step of one's own (added by an adapter's ``adjust_steps``)
    may read everything; it should add to the lists and fill fields that are still
    ``None``, not undo what an earlier step decided. What the result holds comes from here
    field for field (in brackets).

    Attributes:
        document: the adapter's document: its text (every span indexes into it), its blocks
            and its metadata.
        options: the options of this parse (``reference_date`` resolves year-less dates).
        diagnostics: what went wrong or was repaired, in the order found; starts with the
            document's own (``PressRelease.diagnostics``).
        roles: the role given to each block used so far, by block index; a block without
            one is free ([`free`][communique.adapters.Draft.free]).
        body_start: the index of the first body block (set by the ``header`` step).
        header_end: where the header zone ended, before short paragraphs after the headline
            were given back to the body.
        contacts_on_top: the blocks (first, past the last) of a press contact set above the
            title, under the type and the dateline (set by the find-body step): the header
            leaves them to the contacts step.
        issuers: who issues the release (``Header.issuers``).
        doc_type: the document type as written, ``Communiqué de presse``
            (``Header.doc_type``, ``Header.doc_type_span``).
        reference: the release's reference, ``N° 046`` (``Header.reference``).
        headline: the headline (``Header.headline``).
        lede: the chapô (``Header.lede``).
        websites: the websites named in the header, in order, repeats included; the result
            keeps each once, with its first span (``Header.websites``,
            ``Header.website_spans``).
        dateline: the place and date of the release (``PressRelease.dateline``).
        contacts: the press contacts (``PressRelease.contacts``).
        sections: the body's sections, in order (``PressRelease.sections``).
        mentions: the dates mentioned in the body (``PressRelease.mentions``).
        evidence: stable codes saying why the text looks like a press release (a step may
            add its own) (``PressRelease.evidence``).
        explanations: why the fields chosen among candidates hold their values
            (``PressRelease.explanations``).
        is_press_release: whether the text looks like a press release, set by the
            ``classify`` step (``PressRelease.is_press_release``).
        embargo: when the release may be published, set by the ``embargo`` step
            (``PressRelease.embargo``).
        event: what a press invitation invites to, set by the ``event`` step
            (``PressRelease.event``).
        quotes: the quotations of the body and their speakers, in order, filled by the
            ``quotes`` step (``PressRelease.quotes``).
        attachments: the files the release links, filled by the ``attachments`` step
            (``PressRelease.attachments``).
    """

    document: Document
    options: Options
    diagnostics: list[Diagnostic] = attrs.Factory(list)
    roles: dict[int, Role] = attrs.Factory(dict)
    #: index of the first body block (set by the header step)
    body_start: int = 0
    #: where the header zone ended before short paragraphs after the headline went to the body
    header_end: int = 0
    #: the blocks (first, past the last) of a press contact set above the title
    contacts_on_top: tuple[int, int] | None = None
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
