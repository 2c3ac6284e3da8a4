"""An example communique adapter: agency wire dispatches.

A dispatch starts with a ``DEPECHE//`` marker line, then reads like plain text. The adapter
claims ``.wire`` files, sniffs the marker, segments the rest as plain text, and adds one
step to the extraction pipeline for its inputs only.
"""

from __future__ import annotations

from typing import ClassVar

from communique import DecodeError
from communique.adapters import (
    BaseAdapter,
    Block,
    BlockKind,
    Document,
    Draft,
    Source,
    Steps,
    segment_text,
)

__all__ = ["WireAdapter"]

MARKER = "DEPECHE//"


def note_wire(draft: Draft) -> None:
    """An extra step: wire dispatches are press material even without a contact block."""
    draft.evidence.append("wire-dispatch")


class WireAdapter(BaseAdapter):
    name: ClassVar[str] = "wire-example"
    media_types: ClassVar[tuple[str, ...]] = ("application/x-wire-dispatch",)
    extensions: ClassVar[tuple[str, ...]] = (".wire",)

    def sniff(self, source: Source) -> float:
        return 0.9 if source.data is None and source.text.startswith(MARKER) else 0.0

    def segment(self, source: Source) -> Document:
        text = source.text
        if not text.startswith(MARKER):  # not a dispatch: the one rule for foreign input
            raise DecodeError(f"not a wire dispatch: it does not start with {MARKER!r}")
        marker = Block(BlockKind.METADATA, (), (0, len(MARKER)))
        return Document(text, (marker, *segment_text(text, len(MARKER))))

    def adjust_steps(self, steps: Steps) -> Steps:
        return steps.after("classify", "note-wire", note_wire)
