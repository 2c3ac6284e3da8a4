"""The quotes step: who said what in the body of a release.

A quotation is the text between an opening mark and its closing mark (``« »``, ``“ ”``,
``" "``), over several paragraphs when each reopens with ``«`` or ``»`` (French usage), or a
``>`` block without marks. Its speaker is found by the first rule of `ATTRIBUTION_RULES`
that gives one, and the rule's name is kept on the quote (``Quote.attribution``), so each
value says where it came from:

``after``        ``« … », déclare Jean Dupont, ministre de …`` / ``« … » souligne le préfet.``
``pronoun``      ``« … », explique-t-elle.``: the speaker of the quote just before
``before``       ``Pour Marie Curie, présidente du pôle, « … »`` / ``Le préfet a déclaré : « … »``
``colon-above``  a paragraph ``Jean Dupont, maire de Lyon, déclare :`` then the quotation
``incise``       ``« … , a affirmé M. Jean à la suite de son élection. … »``
``signature``    a quotation closing its paragraph, then a line ``— Jean Dupont, maire de Lyon``
                 or ``**Stanislas Guerini**, ministre de …`` (in the same ``>`` block or below)

A quotation nobody is given stays a quote (``speaker`` ``None``) when it reads as speech (it
ends with a full stop, or holds twelve words); a short quoted name (``« Territoires
d'industrie »``) is no quote. The vocabulary is `communique.french.quotes`. The step only
reads: it claims no block.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from typing import overload

import attrs

from ..blocks import Block, BlockKind, Line
from ..french.quotes import (
    AFTER_QUOTE,
    BEFORE_QUOTE,
    CLOSING,
    OPENING,
    SIGNATURE,
    SPEAKER_THEN_VERB,
    VERB_ENDING,
    VERB_ENDINGS,
)
from ..models import Quote, Span
from ..steps import Rules
from .draft import Draft, Role

__all__ = ["ATTRIBUTION_RULES", "Attribution", "Passage", "quotes"]

# At most this many quotes a release (a transcript is not a release).
_MAX_QUOTES = 200
# A quotation reopened over at most this many paragraphs.
_MAX_PARAGRAPHS = 8
# How far before an opening mark its sentence may start.
_BEFORE_REACH = 200
_SKIPPED = (Role.CONTACT, Role.METADATA, Role.FURNITURE)
_MARK = re.compile(r"[«“\"„]")
# A sentence's end; not the full stop of an initial or an honorific ("M. Dupont", "J. Roy").
# (The mark first, then the look-behind: a pattern opening with a class lets the engine skip
# to the marks; the matches are those of "(?<!\b[A-Z])\.\s|[!?…»”]\s".)
_SENTENCE_END = re.compile(r"[.!?…»”](?<!\b[A-Z]\.)\s")
_WORD = re.compile(r"\w+")
# Where a speaker may start: a capitalised word, or "le"/"la"/"l'" (an office).
_SPEAKER_START = re.compile(r"(?<![\w'’-])(?:[A-ZÀ-Ý]|(?:le|la|les|l['’])\s?)")
# An office named without a name: "le préfet", "la présidente".
_TITLE_START = re.compile(r"(?:le|la|les|l['’])\s", re.I)


@attrs.frozen
class Passage:
    """One block's lines joined with spaces, with a way back to document spans."""

    text: str
    starts: tuple[int, ...]
    lines: tuple[Line, ...]

    @classmethod
    def of(cls, block: Block) -> Passage:
        starts, parts, lines, here = [], [], [], 0
        for line in block.lines:
            if not line.text:
                continue
            starts.append(here)
            parts.append(line.text)
            lines.append(line)
            here += len(line.text) + 1
        return cls(" ".join(parts), tuple(starts), tuple(lines))

    def locate(self, start: int, end: int) -> Span:
        """The document span of ``text[start:end]``."""
        first = self._at(start)
        last = self._at(max(start, end - 1))
        a = self.lines[first].locate(start - self.starts[first], start - self.starts[first] + 1)
        b = self.lines[last].locate(end - 1 - self.starts[last], end - self.starts[last])
        return (a[0], max(a[1], b[1]))

    def _at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)


@attrs.frozen
class Found:
    """A quotation found: where it opens and closes, in which passages."""

    text: str
    first: int  # passage index of the opening
    opening: int  # offset of the opening mark in the first passage
    last: int  # passage index of the closing
    closing: int  # offset just after the closing mark (or the passage's end)
    marked: bool  # between quotation marks (not a bare ">" block)


@attrs.frozen
class Attribution:
    """A speaker found by a rule: the name as written, its role, their spans."""

    speaker: str
    role: str | None
    speaker_span: Span | None
    role_span: Span | None


#: An attribution rule reads the passages around a quotation and the quotes before it.
AttributionRule = Callable[["Passages", Found, list[Quote]], Attribution | None]


def _from_match(passage: Passage, match: re.Match[str]) -> Attribution | None:
    speaker = match.group("speaker")
    if not speaker:
        return None
    role = match.group("role")
    role_span = passage.locate(*match.span("role")) if role else None
    return Attribution(
        speaker.strip(),
        role.strip() if role else None,
        passage.locate(*match.span("speaker")),
        role_span,
    )


def _after(passages: Passages, found: Found, _quotes: list[Quote]) -> Attribution | None:
    passage = passages[found.last]
    match = AFTER_QUOTE.match(passage.text, found.closing)
    return _from_match(passage, match) if match is not None and match.group("speaker") else None


def _pronoun(passages: Passages, found: Found, quotes: list[Quote]) -> Attribution | None:
    passage = passages[found.last]
    match = AFTER_QUOTE.match(passage.text, found.closing)
    if match is None or not match.group("pronoun"):
        return None
    previous = next((q for q in reversed(quotes) if q.speaker is not None), None)
    if previous is None or previous.speaker is None or previous.span is None:
        return None
    # The quote just before, in this paragraph or the one above: further, the pronoun may
    # stand for a person named since (a known gap: left unattributed rather than wrong).
    before = passages.preceding(found.first)
    above = passages[found.first if before is None else before].lines[0].span[0]
    if previous.span[1] < above:
        return None
    return Attribution(previous.speaker, previous.role, None, None)


def _before(passages: Passages, found: Found, _quotes: list[Quote]) -> Attribution | None:
    if not found.marked:
        return None
    passage = passages[found.first]
    text = passage.text
    floor = max(0, found.opening - _BEFORE_REACH)
    start = floor
    for end in _SENTENCE_END.finditer(text, floor, found.opening):
        start = end.end()
    match = BEFORE_QUOTE.match(text, start, found.opening)
    if match is not None and (match.group("intro") or match.group("verb")):
        return _from_match(passage, match)
    tail = text[max(start, found.opening - 40) : found.opening].rstrip().lower()
    if not tail.endswith((":", "que")) and not tail.endswith(VERB_ENDINGS):
        return None  # no verb of saying ends the sentence: SPEAKER_THEN_VERB cannot match
    if VERB_ENDING.search(text, start, found.opening) is None:
        return None  # (the same, read exactly: SPEAKER_THEN_VERB ends so)
    # The leftmost speaker whose verb ends the sentence: tried at each word that may open one.
    inside = None
    for word in _SPEAKER_START.finditer(text, start, found.opening):
        inside = SPEAKER_THEN_VERB.match(text, word.start(), found.opening)
        if inside is not None:
            break
    if inside is None:
        return None
    found_here = _from_match(passage, inside)
    if found_here is None or (
        not _TITLE_START.match(found_here.speaker) and len(_WORD.findall(found_here.speaker)) < 2
    ):
        return None
    role = found_here.role
    if _TITLE_START.match(found_here.speaker) and role and SIGNATURE.fullmatch(role):
        # "le président de l'université, Michel Deneken, rappelle que": the name is the speaker
        return Attribution(role, found_here.speaker, found_here.role_span, found_here.speaker_span)
    return found_here


def _colon_above(passages: Passages, found: Found, _quotes: list[Quote]) -> Attribution | None:
    before = passages.preceding(found.first)
    if found.opening > 1 or before is None:
        return None  # the quotation must open its paragraph
    above = passages[before]
    text = above.text.rstrip()
    if not text.endswith(":"):
        return None
    start = 0
    for end in _SENTENCE_END.finditer(text, max(0, len(text) - _BEFORE_REACH)):
        start = end.end()
    match = BEFORE_QUOTE.match(text, start, len(text))
    if match is None or not match.group("verb"):
        return None
    return _from_match(above, match)


def _incise(passages: Passages, found: Found, _quotes: list[Quote]) -> Attribution | None:
    if not found.marked:
        return None
    passage = passages[found.first]
    end = found.closing if found.last == found.first else len(passage.text)
    commas = 0
    position = passage.text.find(",", found.opening, end)
    while position >= 0 and commas < 20:
        match = AFTER_QUOTE.match(passage.text, position, end)
        if match is not None and match.group("speaker"):
            found_here = _from_match(passage, match)
            # The quotation goes on after an incise: what follows its comma is no role.
            return attrs.evolve(found_here, role=None, role_span=None) if found_here else None
        commas += 1
        position = passage.text.find(",", position + 1, end)
    return None


def _signature(passages: Passages, found: Found, _quotes: list[Quote]) -> Attribution | None:
    passage = passages[found.last]
    rest = passage.text[found.closing :]
    if rest.strip(" *_."):
        line = _line_at(passage, found.closing)
        if line is None:
            return None  # text follows the quotation on its line: no signature line
        return _signed(passage, line)
    after = passages.following(found.last)
    if after is None:
        return None
    below = passages[after]
    return _signed(below, 0) if len(below.text) <= 240 else None


def _line_at(passage: Passage, offset: int) -> int | None:
    """The start of the line after ``offset`` when only spaces stand between."""
    index = bisect.bisect_right(passage.starts, offset)
    if index >= len(passage.starts):
        return None
    start = passage.starts[index]
    return start if not passage.text[offset:start].strip(" *_.") else None


def _signed(passage: Passage, start: int) -> Attribution | None:
    match = SIGNATURE.fullmatch(passage.text, start)
    if match is None or len(_WORD.findall(match.group("speaker"))) < 2:
        return None
    return _from_match(passage, match)


#: The attribution rules, in order: the first that names a speaker wins.
ATTRIBUTION_RULES: Rules[AttributionRule] = Rules(
    (
        ("after", _after),
        ("pronoun", _pronoun),
        ("before", _before),
        ("colon-above", _colon_above),
        ("incise", _incise),
        ("signature", _signature),
    )
)


class Passages(Sequence[Passage]):
    """The body's blocks as passages, indexed like the document's blocks; a block is joined
    into a passage only when a rule reads it (most blocks of a release hold no quotation mark
    and are never looked at)."""

    def __init__(self, draft: Draft) -> None:
        self.text = draft.document.text
        self.blocks = draft.blocks
        self.roles = draft.roles
        self.start = draft.body_start
        self._joined: dict[int, Passage] = {}

    def usable(self, index: int) -> bool:
        """Whether block ``index`` is body text (not a contact, metadata, furniture or code)."""
        if index < self.start or index >= len(self.blocks):
            return False
        block = self.blocks[index]
        return (
            self.roles.get(index) not in _SKIPPED
            and block.kind not in (BlockKind.CODE, BlockKind.RULE)
            and any(line.text for line in block.lines)
        )

    def following(self, index: int) -> int | None:
        """The next usable block after ``index`` (empty and claimed blocks skipped)."""
        for later in range(index + 1, min(len(self.blocks), index + _MAX_PARAGRAPHS)):
            if self.usable(later):
                return later
        return None

    def preceding(self, index: int) -> int | None:
        """The usable block before ``index``."""
        for earlier in range(index - 1, max(self.start, index - _MAX_PARAGRAPHS) - 1, -1):
            if self.usable(earlier):
                return earlier
        return None

    def candidates(self) -> list[int]:
        """The usable blocks that may hold a quotation: those that write a mark (found with one
        scan of the text), and ``>`` blocks."""
        found: set[int] = set()
        blocks, text = self.blocks, self.text
        if self.start >= len(blocks):
            return []
        starts = [block.span[0] for block in blocks]
        position = starts[self.start]
        # One search a block at most: after a block's first mark, the search jumps to its end.
        while (mark := _MARK.search(text, position)) is not None:
            index = bisect.bisect_right(starts, mark.start()) - 1
            if index >= self.start and mark.start() < blocks[index].span[1]:
                found.add(index)
                position = max(blocks[index].span[1], mark.end())
            else:  # a mark between blocks (markup): on to the next block
                following = starts[index + 1] if index + 1 < len(starts) else len(text)
                position = max(following, mark.end())
        for index in range(self.start, len(blocks)):
            block = blocks[index]
            if block.kind is BlockKind.QUOTE or text.startswith(">", block.span[0]):
                found.add(index)
        return sorted(i for i in found if self.usable(i))

    def __len__(self) -> int:
        return len(self.blocks)

    @overload
    def __getitem__(self, index: int) -> Passage: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Passage]: ...
    def __getitem__(self, index: int | slice) -> Passage | Sequence[Passage]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        passage = self._joined.get(index)
        if passage is None:
            passage = self._joined[index] = Passage.of(self.blocks[index])
        return passage

    def marked(self, index: int) -> bool:
        """Whether block ``index`` writes a quotation mark."""
        start, end = self.blocks[index].span
        return _MARK.search(self.text, start, end) is not None

    def bare(self, index: int) -> bool:
        """Whether block ``index`` is a ``>`` block without marks."""
        block = self.blocks[index]
        quoted = block.kind is BlockKind.QUOTE or all(
            line.text.startswith(">") for line in self[index].lines
        )  # "> " lines of a plain-text e-mail
        return quoted and not self.marked(index)


def _closing(text: str, opening: int, mark: str) -> int:
    """Where the quotation opened at ``opening`` closes (after the mark), or -1; a quotation
    inside it with the same marks (``« … « … » … »``) closes first."""
    close = OPENING[mark]
    end = text.find(close, opening + 1)
    if mark != close:
        inner = text.count(mark, opening + 1, end) if end >= 0 else 0
        while inner > 0 and end >= 0:
            following = text.find(close, end + 1)
            inner += text.count(mark, end + 1, following) - 1 if following >= 0 else -inner
            end = following
    return end + 1 if end >= 0 else -1


def _opens(text: str, index: int) -> bool:
    """Whether the mark at ``index`` opens a quotation (a straight quote needs a space or the
    start before it and a letter after)."""
    if text[index] != '"':
        return True
    before = text[index - 1] if index > 0 else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-:") and not after.isspace()


def _inner(text: str) -> str:
    return text.strip().strip('«»“”"„').strip()


def _find(passages: Passages) -> list[Found]:
    found: list[Found] = []
    after = 0  # blocks before this one were read as part of a quotation
    for index in passages.candidates():
        if index < after or len(found) >= _MAX_QUOTES:
            continue
        if passages.bare(index):
            found.append(_bare(passages[index], index))
            continue
        if not passages.marked(index):
            continue
        text = passages[index].text
        position = 0
        while (mark := _MARK.search(text, position)) is not None:
            at = mark.start()
            if not _opens(text, at):
                position = at + 1
                continue
            end = _closing(text, at, mark.group())
            if end >= 0:
                found.append(Found(_inner(text[at:end]), index, at, index, end, True))
                position = end
                continue
            # Unclosed: a quotation over paragraphs, each reopened with a mark.
            over = _over_paragraphs(passages, index, at, mark.group())
            if over is not None:
                found.append(over)
                after = over.last + 1
            break
    return found


def _bare(passage: Passage, index: int) -> Found:
    """A ``>`` block without marks: its last line stays out when it signs it."""
    lines = list(passage.lines)
    end = len(passage.text)
    if len(lines) > 1 and _signed(passage, passage.starts[len(lines) - 1]) is not None:
        end = passage.starts[len(lines) - 1] - 1
        lines.pop()
    text = " ".join(line.text.lstrip("> ").strip() for line in lines)
    return Found(text, index, 0, index, end, False)


def _over_paragraphs(passages: Passages, index: int, at: int, mark: str) -> Found | None:
    """A quotation opened at ``at`` in paragraph ``index`` and closed in a later one; each
    paragraph between reopens with a mark (``«`` or ``»`` in French usage)."""
    close = OPENING[mark]
    parts = [_inner(passages[index].text[at:])]
    later = index
    for _ in range(_MAX_PARAGRAPHS):
        following = passages.following(later)
        if following is None:
            return None
        later = following
        text = passages[later].text
        reopened = text[:1] in OPENING or text[:1] in CLOSING
        end = text.find(close, 1 if reopened else 0)
        if end >= 0:
            parts.append(_inner(text[:end]))
            return Found("\n\n".join(p for p in parts if p), index, at, later, end + 1, True)
        if not reopened:
            return None  # a paragraph that does not continue it: the mark was never closed
        parts.append(_inner(text))
    return None


def _followed_by_a_verb(passage: Passage, found: Found) -> bool:
    """``« … », explique-t-elle``: said by someone, even when nobody can be named."""
    return found.marked and AFTER_QUOTE.match(passage.text, found.closing) is not None


# Fewer words than this, unattributed, are no quotation (a quoted name or title).
_SPEECH_WORDS = 4
# The rules that read only beside the quotation (its verb, the words just before it).
_NEAR_RULES = frozenset(("after", "pronoun", "before"))


def _reads_as_speech(text: str, words: int, attributed: bool) -> bool:
    """Whether a quotation of ``words`` words reads as speech."""
    if attributed:
        return words >= 1
    return words >= 12 or (words >= _SPEECH_WORDS and text.rstrip()[-1:] in ".!?…")


def quotes(draft: Draft) -> None:
    """Read every quotation of the body and its speaker into ``draft.quotes``."""
    passages = Passages(draft)
    for found in _find(passages):
        attribution: Attribution | None = None
        rule_name: str | None = None
        # A few quoted words (a name, a title) are a quotation only when a verb of saying is
        # written right beside them: the rules reading further are not tried for them.
        words = len(_WORD.findall(found.text))
        short = found.marked and words < _SPEECH_WORDS
        for name, rule in ATTRIBUTION_RULES:
            if short and name not in _NEAR_RULES:
                continue
            attribution = rule(passages, found, draft.quotes)
            if attribution is not None:
                rule_name = name
                break
        said = attribution is not None or _followed_by_a_verb(passages[found.last], found)
        if not _reads_as_speech(found.text, words, said):
            continue
        first, last = passages[found.first], passages[found.last]
        start = first.locate(found.opening, found.opening + 1)[0]
        end = last.locate(max(0, found.closing - 1), found.closing)[1]
        draft.quotes.append(
            Quote(
                found.text,
                attribution.speaker if attribution else None,
                attribution.role if attribution else None,
                (start, end),
                attribution.speaker_span if attribution else None,
                attribution.role_span if attribution else None,
                rule_name,
            )
        )
