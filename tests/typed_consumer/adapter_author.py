"""An adapter author's code: mypy --strict must see the extension surface's types (py.typed).

Everything comes from ``communique.adapters`` (and ``communique`` for the errors), as the
adapters guide says; each ``assert_type`` fails if a type is not the one documented.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, assert_type

from communique import DecodeError, parse, registry
from communique.adapters import (
    DEFAULT_STEPS,
    Adapter,
    BaseAdapter,
    Block,
    BlockKind,
    Document,
    DocumentBuilder,
    Draft,
    Emphasis,
    Field,
    Metadata,
    Source,
    Step,
    Steps,
    segment_text,
)


def note_feed(draft: Draft) -> None:
    assert_type(draft.document, Document)
    assert_type(draft.document.metadata.date, dt.date | None)
    assert_type(draft.headline, Field | None)
    assert_type(draft.blocks, tuple[Block, ...])
    draft.evidence.append("typed-feed")


class FeedAdapter(BaseAdapter):
    name: ClassVar[str] = "typed-feed"
    extensions: ClassVar[tuple[str, ...]] = (".feed",)

    def sniff(self, source: Source) -> float:
        assert_type(source.data, bytes | None)
        return 0.5 if source.text.startswith("FEED") else 0.0

    def segment(self, source: Source) -> Document:
        if not source.text.startswith("FEED"):
            raise DecodeError("not a feed")
        if source.text.startswith("FEED TEXT"):
            blocks = segment_text(source.text, len("FEED TEXT"))
            assert_type(blocks, tuple[Block, ...])
            return Document(source.text, blocks)
        builder = DocumentBuilder()
        builder.add(BlockKind.HEADING, [source.text[4:40]], level=1)
        builder.add(BlockKind.PARAGRAPH, [("Paris, le 4 mars 2024", Emphasis.STRONG), "suite"])
        builder.add_text(BlockKind.PARAGRAPH, "une ligne\nune autre")
        return builder.document(Metadata(title=None, date=dt.date(2024, 3, 4)))

    def adjust_steps(self, steps: Steps) -> Steps:
        step: Step = note_feed
        return steps.after("classify", "note-feed", step)


def try_it() -> str:
    adapter = registry.register(FeedAdapter)
    assert_type(adapter, Adapter)
    assert_type(DEFAULT_STEPS, Steps)
    try:
        return parse("FEED Titre", adapter="typed-feed").adapter
    finally:
        registry.unregister("typed-feed")
