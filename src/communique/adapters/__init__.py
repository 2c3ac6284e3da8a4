"""Format adapters: the contract, a base class, and everything an adapter may use.

An adapter turns a [`Source`][communique.adapters.Source] into a
[`Document`][communique.blocks.Document] (the text spans index into, and its blocks); the shared
extraction steps do the rest. ``docs/adapters.md`` explains how to write one.

This namespace is the whole public surface for adapter authors: what an adapter imports
comes from here (or from ``communique`` itself: the errors, ``Diagnostic``), and is typed
and documented field by field. The modules with a leading underscore, and the other
modules of ``communique.adapters`` (the built-ins), are not part of it.

* the contract, and its defaults: [`Adapter`][communique.adapters.Adapter],
  [`BaseAdapter`][communique.adapters.BaseAdapter];
* what ``sniff`` and ``segment`` receive: [`Source`][communique.adapters.Source];
* what ``segment`` returns: [`Document`][communique.blocks.Document],
  [`Block`][communique.blocks.Block], [`BlockKind`][communique.blocks.BlockKind],
  [`Line`][communique.blocks.Line], [`Emphasis`][communique.blocks.Emphasis],
  [`Metadata`][communique.blocks.Metadata];
* plain text into blocks, for formats whose text is the input:
  [`segment_text`][communique.adapters.segment_text];
* blocks into a text of their own, for formats that render one:
  [`DocumentBuilder`][communique.adapters.DocumentBuilder];
* what ``adjust_steps`` edits, and what a step reads and fills:
  [`Steps`][communique.steps.Steps], [`Step`][communique.adapters.Step],
  [`DEFAULT_STEPS`][communique.adapters.DEFAULT_STEPS], [`Draft`][communique.adapters.Draft],
  [`Field`][communique.adapters.Field], [`Role`][communique.adapters.Role].

Registering an adapter (installed, or in-process to try it) is ``communique.registry``'s
work: [`register`][communique.registry.register].
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Protocol, TypeAlias, runtime_checkable

from ..blocks import Block, BlockKind, Document, Emphasis, Line, Metadata
from ..extract import DEFAULT_STEPS
from ..extract.draft import Draft, Field, Role
from ..source import Source
from ..steps import Steps

__all__ = [
    "DEFAULT_STEPS",
    "Adapter",
    "BaseAdapter",
    "Block",
    "BlockKind",
    "Document",
    "DocumentBuilder",
    "Draft",
    "Emphasis",
    "Field",
    "Line",
    "LineInput",
    "Metadata",
    "Role",
    "Source",
    "Step",
    "Steps",
    "segment_text",
]

Step: TypeAlias = Callable[[Draft], None]
"""A step: reads and fills the shared [`Draft`][communique.adapters.Draft], returns nothing.

The same type as ``communique.steps.Step``, usable at run time.
"""


@runtime_checkable
class Adapter(Protocol):
    """What a format adapter provides: the contract, written once.

    The class attributes say what the adapter is; the three methods are called by the
    library, never by users. A third-party adapter is found through the ``communique.adapters``
    entry-point group, or registered in-process with
    [`register`][communique.registry.register].

    Attributes:
        name: unique, lower-case, not a built-in's; users force the adapter with it
            (``parse(..., adapter="wire")``, ``--adapter wire``).
        media_types: the media types it claims (``text/html``), lower-case.
        extensions: the file extensions it claims, lower-case with the dot (``.html``).

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str]
    media_types: ClassVar[tuple[str, ...]]
    extensions: ClassVar[tuple[str, ...]]

    def sniff(self, source: Source) -> float:
        """How sure the adapter is that ``source`` is its format.

        Called on every input when no adapter is forced: it must be cheap (look at the first
        bytes or lines), never raise, and return a value from 0.0 (not mine) to 1.0 for any
        input. An adapter claiming the input's extension or media type gets
        ``registry.CLAIM_BONUS`` on top.
        """
        ...

    def segment(self, source: Source) -> Document:
        """The document: its text, its blocks in reading order with their spans, its metadata.

        Never crashes on content: what the adapter cannot read in an input of its format is
        left out with a diagnostic.

        Raises:
            DecodeError: the input is not the adapter's format (the one rule for foreign
                input: never read it another way). Raise it with a sentence saying what was
                expected.
            UnsafeInputError: the input is hostile (a bomb, extreme nesting).
            MissingDependencyError: an optional dependency is missing; name the extra.
        """
        ...

    def adjust_steps(self, steps: Steps) -> Steps:
        """The extraction steps for this adapter's inputs: ``steps`` itself to keep them, or
        an edited copy ([`Steps`][communique.steps.Steps] edits never change the original).
        """
        ...


class BaseAdapter:
    """Defaults for adapters: claims nothing, sniffs 0, keeps the default steps.

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = ""
    media_types: ClassVar[tuple[str, ...]] = ()
    extensions: ClassVar[tuple[str, ...]] = ()

    def sniff(self, source: Source) -> float:
        return 0.0

    def segment(self, source: Source) -> Document:
        raise NotImplementedError

    def adjust_steps(self, steps: Steps) -> Steps:
        return steps


# Imported last: they subclass or use BaseAdapter, defined above.
from .builder import DocumentBuilder, LineInput  # noqa: E402
from .text import segment_text  # noqa: E402
