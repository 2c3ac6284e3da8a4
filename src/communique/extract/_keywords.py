"""The blocks that hold a keyword: a cheap test before a step reads lines with a pattern.

The document's text is lowered once; each keyword is found with ``str.find`` (C speed) and
mapped to its block by bisection over the blocks' spans. A step that reads only lines holding
one of its keywords then skips every other block without lowering or matching its lines.
"""

from __future__ import annotations

import bisect

from .draft import Draft

__all__ = ["blocks_with"]

# Past this many occurrences of the keywords, every block is read (a text repeating a keyword
# costs no more than one pass over its blocks).
_MAX_HITS = 500


def blocks_with(draft: Draft, keywords: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the blocks whose text may hold one of ``keywords`` (lower
    case); every block when the lowered text cannot be mapped back (a letter whose lower case
    is longer) or when the keywords occur very often."""
    text = draft.document.text
    lowered = text.lower()
    blocks = draft.blocks
    if len(lowered) != len(text):
        return list(range(len(blocks)))
    starts = [block.span[0] for block in blocks]
    found: set[int] = set()
    hits = 0
    for keyword in keywords:
        position = lowered.find(keyword)
        while position >= 0:
            hits += 1
            if hits > _MAX_HITS:
                return list(range(len(blocks)))
            index = bisect.bisect_right(starts, position) - 1
            if index >= 0 and position < blocks[index].span[1]:
                found.add(index)
            position = lowered.find(keyword, position + len(keyword))
    return sorted(found)
