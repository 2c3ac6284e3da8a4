"""The block stream: what every adapter turns its input into, and what extraction reads.

A [`Document`][communique.blocks.Document] is the normalised text plus a flat tuple of
[`Block`][communique.blocks.Block] objects in reading order. A block holds
[`Line`][communique.blocks.Line] objects: the plain text of one visual line (markup removed,
whitespace collapsed) and an alignment that maps any character range of that plain text back to a
span of the document text. Extraction steps therefore work on clean text and still report exact
source spans.
"""

from __future__ import annotations

import bisect
import datetime as dt
import enum
import re

import attrs

from .models import Diagnostic, Span

__all__ = [
    "REGISTRATION_FORM",
    "Block",
    "BlockKind",
    "Document",
    "Line",
    "Metadata",
    "align",
    "collapse",
]


class BlockKind(enum.StrEnum):
    """The kinds of blocks adapters emit."""

    HEADING = "heading"
    PARAGRAPH = "paragraph"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    TABLE_ROW = "table_row"
    CODE = "code"
    RULE = "rule"  # a thematic break: ---, ***, a line of underscores
    METADATA = "metadata"  # front matter, e-mail headers: read as metadata, not as text
    FURNITURE = "furniture"  # page numbers, navigation: kept only so nothing is lost


class Emphasis(enum.StrEnum):
    """Emphasis covering a whole line."""

    STRONG = "strong"
    EM = "em"


# What collapse() replaces with one space: a run of two or more whitespace characters, or a
# single one that is neither a plain space (already what it would become) nor a no-break
# space (typography, kept as written). One pass, no callback: a single no-break space is
# simply not matched. Written to start with the whitespace class itself (the run, or one
# character that the look-behind says is none of the kept ones), so that the engine skips
# from one whitespace character to the next instead of trying every position: the matches
# are those of ``\s{2,}|[^\S \u00a0\u202f]`` (a run, or a single other whitespace character).
_WHITESPACE_RUN = re.compile("\\s(?:\\s+|(?<![ \u00a0\u202f]))")


def collapse(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends.

    No-break spaces (U+00A0, U+202F) are typography, not layout: they are kept as written,
    except in runs with other whitespace, which become one plain space.
    """
    if "  " not in text and text.isprintable():
        # The only whitespace a printable text holds is the plain space (every other kind is
        # a separator or a control character), here never two in a row: nothing to replace.
        return text.strip(" ")
    if "\N{NO-BREAK SPACE}" not in text and "\N{NARROW NO-BREAK SPACE}" not in text:
        # Without a no-break space every run of whitespace, one character long or more,
        # becomes one space and the ends go: what str.split() and a join do, in C (its
        # whitespace is the pattern's ``\s``: both ask Py_UNICODE_ISSPACE).
        return " ".join(text.split())
    return _WHITESPACE_RUN.sub(" ", text).strip(" ")


@attrs.frozen
class Line:
    """One visual line: its plain text and the span of ``source`` it was rendered from.

    ``source`` is the whole document text (shared, never copied). The alignment between
    plain text and source is computed only when [`locate`][communique.blocks.Line.locate] needs it,
    which keeps the segmenting of large inputs cheap.

    Attributes:
        text: the line's plain text: markup removed, whitespace collapsed.
        span: where the line is in the document text, markup included.
        emphasis: the emphasis covering the whole line (bold, italics), if any; the header
            step reads it.
        source: the document text (pass ``Document.text``), so that
            [`locate`][communique.blocks.Line.locate] can map a part of ``text`` back to the
            source; when empty, every part maps to the whole ``span``.
    """

    text: str
    span: Span
    emphasis: Emphasis | None = None
    source: str = attrs.field(default="", eq=False, repr=False)
    # The alignment, computed on the first call of locate() and kept: a line located many
    # times (a contact line cut into fields) is aligned once, so locating stays linear.
    _alignment: tuple[tuple[int, ...], tuple[int, ...]] | None = attrs.field(
        default=None, init=False, eq=False, repr=False
    )

    def part(self, start: int, end: int | None = None) -> Line:
        """``text[start:end]`` as a line of its own, with its span in the document (no
        emphasis: a part of a line, a title after its date, a line past its stamp)."""
        stop = len(self.text) if end is None else end
        return Line(self.text[start:stop], self.locate(start, stop), source=self.source)

    def locate(self, start: int, end: int) -> Span:
        """The document span of ``text[start:end]``."""
        first, last = self.span
        if end <= start or not self.source or last <= first:
            return self.span
        alignment = self._alignment
        if alignment is None:
            if self.source[first:last] == self.text:
                alignment = ((0,), (first,))  # one run: the text is the source
            else:
                alignment = align(self.text, self.source, first, last)
            object.__setattr__(self, "_alignment", alignment)
        starts, offsets = alignment
        # The runs of the first and the last character (a single run, the usual case, needs
        # no search); characters before the first aligned one (leading spaces) map to its
        # position.
        if len(starts) == 1:
            low = high = 0
        else:
            low = max(bisect.bisect_right(starts, start) - 1, 0)
            high = max(bisect.bisect_right(starts, end - 1) - 1, 0)
        return (
            max(first, min(offsets[low] + max(start - starts[low], 0), last - 1)),
            max(first, min(offsets[high] + max(end - 1 - starts[high], 0), last - 1)) + 1,
        )

    @classmethod
    def aligned_to(
        cls, text: str, source: str, start: int, end: int, emphasis: Emphasis | None = None
    ) -> Line:
        """A line whose plain ``text`` was rendered from ``source[start:end]``.

        The span is narrowed to where the text actually is when markup surrounds it.
        """
        line = cls(text, (start, end), emphasis, source)
        if source[start:end] == text or not text:
            return line
        return cls(text, line.locate(0, len(text)), emphasis, source)


@attrs.frozen
class Block:
    """A paragraph, heading, list item, quote, table row… as one or more lines.

    Attributes:
        kind: what the block is; ``METADATA`` and ``FURNITURE`` blocks are kept (no text is
            lost) but never read as the release's text.
        lines: its visual lines, in order (a ``RULE`` or ``METADATA`` block may have none).
        span: where the block is in the document text, ``(start, end)``.
        level: a heading's level (1 for the title), a list item's nesting depth; 0 otherwise.
        links: the targets of its links (``mailto:``, ``tel:``, ``https:``), each once.
        link_spans: where the text of each link is, in the order of ``links``; empty when
            the adapter does not say (the steps then use the block's span).
    """

    kind: BlockKind
    lines: tuple[Line, ...]
    span: Span
    level: int = 0  # heading level, or list nesting depth
    links: tuple[str, ...] = ()  # link targets (``mailto:``, ``tel:``, ``http…``, relative)
    #: Where the text of each link is, in the order of ``links``; empty when the adapter does
    #: not say (the steps then use the block's span).
    #:
    #: .. versionadded:: 0.1
    link_spans: tuple[Span, ...] = attrs.field(default=())

    # The plain text, joined on the first reading of `text` and kept (the steps read it often).
    _text: str | None = attrs.field(default=None, init=False, eq=False, repr=False)

    @link_spans.validator
    def _one_span_per_link(self, _attribute: object, value: tuple[Span, ...]) -> None:
        if value and len(value) != len(self.links):
            raise ValueError(f"{len(value)} link spans for {len(self.links)} links")

    @property
    def text(self) -> str:
        """The block's plain text, lines joined with spaces."""
        text = self._text
        if text is None:
            # (a list, not a generator: join reads a list faster)
            text = " ".join([line.text for line in self.lines if line.text])
            object.__setattr__(self, "_text", text)
        return text

    @property
    def emphasis(self) -> Emphasis | None:
        """The emphasis shared by every line, if any."""
        kinds = {line.emphasis for line in self.lines if line.text}
        return kinds.pop() if len(kinds) == 1 else None


#: The page hint an adapter gives for a form asking a visitor's name, e-mail and more (an
#: event's registration, a journalist's accreditation): a page to sign up on, no release.
REGISTRATION_FORM = "registration-form"


@attrs.frozen
class Metadata:
    """What the input says about itself outside the text (front matter, HTML meta, headers).

    The extraction steps take these as hints: a value the text also gives is checked against
    it (a disagreement is a diagnostic), a value the text lacks is used as is. Leave a field
    ``None`` rather than guess.

    Attributes:
        title: the document's title. It is taken as the headline, so set it only when it is
            the release's headline (not a site name, not ``Communiqué de presse``).
        date: the publication date the input declares (front matter ``date``, an HTML
            ``article:published_time``, an e-mail's ``Date``), never a modification date.
        lede: the chapô (summary) the input declares (``chapo``, ``summary``).
        lede_is_summary: whether ``lede`` comes from a summary key (``summary``,
            ``résumé``): a site's teaser for its listings, which a chapô the text sets in
            emphasis under its title outranks; a chapô key (``chapo``, ``chapeau``,
            ``lede``) names the chapô itself.
        doc_type: the kind of document the input declares (``Communiqué de presse``).
        author: who signs the document; an issuer when the text names none.
        contact: press contacts written out, one line per ``\\n`` (name, phone, e-mail); the
            contacts in it that the text does not already give are added.
        span: where the metadata is in the document text (a front-matter block), or
            ``None`` when it is not in the text (HTML ``<meta>``, e-mail headers).
        release_hints: keys or values that say the document is a press release (a
            ``category: communiqué`` entry); evidence for the classifier.
        page_hints: keys that say the document is another kind of page: an event's
            (``event_start``, ``lieu``, ``billetterie``) or a site's standing page in its
            menu (``menu``); or `REGISTRATION_FORM`, an HTML page's form asking a visitor's
            name, e-mail and more; evidence for the classifier.
        base_url: the address the document's relative links are resolved against (an
            HTML page's ``<base href>``, canonical link or ``og:url``); ``None`` when the input
            gives none.
        description: the page's description for listings and search engines (a front
            matter's ``description``, ``excerpt`` or ``subtitle``): the chapô only when the
            text's first paragraph repeats it.
        address: the page's own address as its metadata states it (a front matter's
            ``permalink`` or ``url``); the release date is read from it (or from
            ``base_url``, or the file's name) only when neither the text nor the metadata
            dates the release.
    """

    title: str | None = None
    date: dt.date | None = None
    lede: str | None = None
    doc_type: str | None = None
    author: str | None = None
    contact: str | None = None
    span: Span | None = None
    #: metadata keys or values saying the document is a press release (evidence)
    release_hints: tuple[str, ...] = ()
    #: metadata keys saying the document is an event's page or a standing page (evidence)
    #:
    #: .. versionadded:: 0.1
    page_hints: tuple[str, ...] = ()
    #: the address relative links are resolved against (an HTML page's ``<base href>``, its
    #: canonical link or ``og:url``)
    #:
    #: .. versionadded:: 0.1
    base_url: str | None = None
    #: whether ``lede`` comes from a summary key (``summary``, ``résumé``), a listing's
    #: teaser, rather than a chapô key (``chapo``, ``chapeau``, ``lede``)
    #:
    #: .. versionadded:: 0.1
    lede_is_summary: bool = False
    #: the page's description for listings and search engines (a front matter's
    #: ``description`` or ``excerpt``): the chapô only when the text's first paragraph
    #: repeats it
    #:
    #: .. versionadded:: 0.1
    description: str | None = None
    #: the page's own address as its metadata states it (a front matter's ``permalink`` or
    #: ``url``): blogs and static sites date a post in it
    #:
    #: .. versionadded:: 0.1
    address: str | None = None


@attrs.frozen
class Document:
    """An adapter's output: the text spans index into, its blocks, and its metadata.

    Attributes:
        text: the text every span indexes into: ``source.text`` for a text format, the
            adapter's own rendering for a container format (see
            [`DocumentBuilder`][communique.adapters.DocumentBuilder]).
        blocks: the blocks in reading order, their spans in increasing order.
        metadata: what the input says about itself.
        diagnostics: what the adapter noticed while reading (a part it could not read, a
            limit reached), added to the result's diagnostics.
    """

    text: str
    blocks: tuple[Block, ...]
    metadata: Metadata = Metadata()
    diagnostics: tuple[Diagnostic, ...] = ()


# How far ahead in the source the aligner looks for the next plain character; markup
# between two characters of plain text is never longer than this in practice, and the
# bound keeps alignment linear.
_LOOKAHEAD = 256
# Where a word of plain text ends for the aligner: whitespace, or a "<" (a tag may start there).
_WORD_END = re.compile(r"[\s<]")


def align(plain: str, source: str, start: int, end: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Map the characters of ``plain`` onto ``source[start:end]`` it was rendered from.

    Greedy and linear: each plain character is looked for at most ``_LOOKAHEAD`` characters
    ahead; whitespace matches any whitespace run; HTML tags in the source are stepped over
    (the ``a`` of ``<a href…>`` is not the text's ``a``); characters the markup produced (an
    entity, ``<sup>2</sup>`` rendered as ``²``) map to the current position.

    The map is given as runs: ``plain[starts[n]:]`` maps to ``source[offsets[n]:]``, character
    for character, up to the next run; a run starts only where the map does not go on from
    the run before.
    """
    starts: list[int] = []
    offsets: list[int] = []
    j = start
    expected = -1  # the source offset at which the current run would continue

    def place(i: int, k: int) -> None:
        """``plain[i]`` is at ``source[k]``, not where the character before it ends."""
        if not starts or k - offsets[-1] != i - starts[-1]:  # else the last run goes on
            starts.append(i)
            offsets.append(k)

    i = 0
    while i < len(plain):
        char = plain[i]
        if char == " " or char.isspace():
            while j < end and source[j].isspace():
                j += 1
            i += 1
            continue
        if j < end and source[j] == "<" and char != "<":
            j = _past_tags(source, j, end)
        if j != expected and source.startswith(plain[i : i + 2], j, end):
            # Text written as it is in the source (the usual case: the rest of a line after
            # its markup) maps in one step: one run, as its characters would map one by one.
            length = _verbatim(plain, i, source, j, end)
            while length and plain[i + length - 1].isspace():
                length -= 1  # end on a word: a space goes on over the source's spaces
            if length > 1:
                place(i, j)
                i += length
                j += length
                expected = j
                continue
        if char != "<":
            # A word written as is in the source maps in one step, as its characters would
            # one by one: each where the one before it ends.
            word_end = _WORD_END.search(plain, i)
            stop = word_end.start() if word_end is not None else len(plain)
            if stop - i > 1 and source.startswith(plain[i:stop], j, end):
                if j != expected:
                    place(i, j)
                j += stop - i
                expected = j
                i = stop
                continue
        # What find() would say, without the call in the usual case: the next character.
        k = j if j < end and source[j] == char else source.find(char, j, min(j + _LOOKAHEAD, end))
        if k < 0:
            k = min(j, end - 1) if end > start else start
        else:
            j = k + 1
        if k != expected:
            place(i, k)
        expected = k + 1
        i += 1
    if not starts:
        return (0,), (start,)
    return tuple(starts), tuple(offsets)


def _verbatim(plain: str, i: int, source: str, j: int, end: int) -> int:
    """How many characters of ``plain`` from ``i`` are written as they are in ``source`` from
    ``j`` (before ``end``): compared a piece at a time, each piece twice as long as the one
    before, then the last piece by bisection."""
    limit = min(len(plain) - i, end - j)
    low, size = 0, 16
    while low < limit:
        high = min(low + size, limit)
        if not source.startswith(plain[i + low : i + high], j + low, end):
            break
        low, size = high, size * 2
    else:
        return max(limit, 0)
    # plain[i:i + low] is written as it is; plain[i:i + high] is not
    while high - low > 1:
        middle = (low + high) // 2
        if source.startswith(plain[i + low : i + middle], j + low, end):
            low = middle
        else:
            high = middle
    return low


def _past_tags(source: str, j: int, end: int) -> int:
    """``j``, or past the HTML tags (``<a href…>``, ``</a>``) that start there, within reach."""
    while j + 1 < end and source[j] == "<" and (source[j + 1].isalpha() or source[j + 1] == "/"):
        close = source.find(">", j, min(j + _LOOKAHEAD, end))
        if close < 0:
            break
        j = close + 1
    return j
