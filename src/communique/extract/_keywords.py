"""The blocks that hold a keyword: a cheap test before a step reads lines with a pattern.

The document's text is lowered once; each keyword is found with ``str.find`` (C speed) and
mapped to its block by bisection over the blocks' spans. A step that reads only lines holding
one of its keywords then skips every other block without lowering or matching its lines.
"""

from __future__ import annotations

import bisect
import functools
import re

from ..blocks import Block
from .draft import Draft

__all__ = ["blocks_with", "lowered_if_known", "search_from_word", "text_may_hold"]

# Past this many occurrences of the keywords, every block is read (a text repeating a keyword
# costs no more than one pass over its blocks).
_MAX_HITS = 500


@functools.lru_cache(maxsize=2)
def _lowered(text: str) -> str:
    """The text in lower case, once for the steps of one parse (a string's hash is kept)."""
    lowered = text.lower()
    _last_lowered[:] = [(text, lowered)]
    return lowered


# The text `_lowered` lowered last, and its lower case: a reader holding a text that may be
# the document's asks by identity (`lowered_if_known`), without hashing a long string or
# putting another text in the cache.
_last_lowered: list[tuple[str, str]] = []


def lowered_if_known(text: str) -> str | None:
    """``text.lower()`` when it is the text lowered last for the steps (the same object);
    else ``None``."""
    for known, lowered in _last_lowered[:1]:  # (one read: another thread may replace it)
        if known is text:
            return lowered
    return None


# The blocks' starts of the last document asked about (the steps of one parse share it); a
# tuple is compared by identity, never hashed (hashing frozen blocks reads all their lines).
_last_starts: list[tuple[tuple[Block, ...], list[int]]] = []


def _starts(blocks: tuple[Block, ...]) -> list[int]:
    if _last_starts and _last_starts[0][0] is blocks:
        return _last_starts[0][1]
    starts = [block.span[0] for block in blocks]
    _last_starts[:] = [(blocks, starts)]
    return starts


def blocks_with(draft: Draft, keywords: tuple[str, ...]) -> list[int]:
    """The indices, in order, of the blocks whose text may hold one of ``keywords`` (lower
    case); every block when the lowered text cannot be mapped back (a letter whose lower case
    is longer) or when the keywords occur very often."""
    text = draft.document.text
    lowered = _lowered(text)
    blocks = draft.blocks
    if len(lowered) != len(text):
        return list(range(len(blocks)))
    starts = _starts(blocks)
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


def text_may_hold(
    draft: Draft, words: tuple[str, ...], start: int = 0, end: int | None = None
) -> bool:
    """Whether the document's text between ``start`` and ``end``, in lower case, may hold one
    of ``words``: a cheap test before a case-insensitive pattern every match of which holds
    one of them, read on the text lowered once for the steps of a parse.

    The words are lower case and hold none of ``extract.text.CASE_TWIN_LETTERS`` (letters
    a case-insensitive pattern matches to others than ``str.lower`` gives), so that the test
    never says no where the pattern would match; true when the lowered text cannot be mapped
    back (a letter whose lower case is longer).
    """
    text = draft.document.text
    lowered = _lowered(text)
    if len(lowered) != len(text):
        return True
    stop = len(text) if end is None else end
    for word in words:  # noqa: SIM110 -- a loop: any() over a generator costs more
        if lowered.find(word, start, stop) >= 0:
            return True
    return False


def search_from_word(
    draft: Draft, pattern: re.Pattern[str], word: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` over the document's text, for a pattern every
    match of which opens with ``word`` in lower case (a case-insensitive pattern opening with
    a literal is tried at every position): the pattern is tried only where the lowered text
    holds the word, in order, and the first match is the search's.

    ``word`` holds none of ``extract.text.CASE_TWIN_LETTERS``, so that no match opens
    elsewhere; the whole search runs when the lowered text cannot be mapped back.
    """
    text = draft.document.text
    lowered = _lowered(text)
    stop = len(text) if end is None else min(end, len(text))
    if len(lowered) != len(text):
        return pattern.search(text, start, stop)
    at = lowered.find(word, start, stop)
    while at >= 0:
        found = pattern.match(text, at, stop)
        if found is not None:
            return found
        at = lowered.find(word, at + 1, stop)
    return None
