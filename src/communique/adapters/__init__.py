"""Format adapters: the contract, and a base class with sensible defaults.

An adapter turns a :class:`~communique.source.Source` into a
:class:`~communique.blocks.Document` (the text spans index into, and its blocks); the shared
extraction steps do the rest. ``docs/adapters.md`` explains how to write one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, Protocol, runtime_checkable

if TYPE_CHECKING:  # names of the contract only: the registry imports this module cheaply
    from ..blocks import Document
    from ..source import Source
    from ..steps import Steps

__all__ = ["Adapter", "BaseAdapter"]


@runtime_checkable
class Adapter(Protocol):
    """What a format adapter provides.

    * ``name``: unique, lower-case; users force the adapter with it.
    * ``media_types`` and ``extensions`` (with the dot, lower-case): the inputs it claims.
    * ``sniff(source)``: how sure it is, from 0.0 to 1.0, that ``source`` is its format.
      Must be cheap, never raise, and return a value in range for any input.
    * ``segment(source)``: the document's blocks, in reading order, with spans.
    * ``adjust_steps(steps)``: the extraction steps for its inputs (return ``steps`` as is to
      keep the defaults).

    .. versionadded:: 0.1
    """

    name: ClassVar[str]
    media_types: ClassVar[tuple[str, ...]]
    extensions: ClassVar[tuple[str, ...]]

    def sniff(self, source: Source) -> float: ...

    def segment(self, source: Source) -> Document: ...

    def adjust_steps(self, steps: Steps) -> Steps: ...


class BaseAdapter:
    """Defaults for adapters: claims nothing, sniffs 0, keeps the default steps.

    .. versionadded:: 0.1
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
