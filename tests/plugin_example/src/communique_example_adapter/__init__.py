"""An example communique adapter: agency wire dispatches.

A dispatch starts with a ``DEPECHE//`` marker line, then reads like plain text. The adapter
claims ``.wire`` files, sniffs the marker, segments the rest as plain text, and adds one
step to the extraction pipeline for its inputs only.
"""

from __future__ import annotations

from typing import ClassVar

from communique.adapters import BaseAdapter
from communique.adapters.text import segment_text
from communique.blocks import Block, BlockKind, Document
from communique.extract import Draft
from communique.source import Source
from communique.steps import Steps

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
        marker_end = len(MARKER) if text.startswith(MARKER) else 0
        blocks = segment_text(text, marker_end)
        if marker_end:
            blocks = (Block(BlockKind.METADATA, (), (0, marker_end)), *blocks)
        return Document(text, blocks)

    def adjust_steps(self, steps: Steps) -> Steps:
        return steps.after("classify", "note-wire", note_wire)
