"""Plain text, as it comes out of PDFs, word processors and web pages.

Rules: blank lines separate blocks; a line starting with a bullet (``•``, ``-``, ``–``,
``*``, ``·``, ``▪``, ``o``) starts a list item and the lines after it, up to the next
bullet or blank line, continue it; a line made only of ``-``, ``_``, ``=`` or ``*`` is a rule.
Hard-wrapped lines stay separate [`Line`][communique.blocks.Line] objects (headers and
contact blocks are line-oriented), and a block's text joins them. In the first lines, a
letterhead laid out in columns (a gap of four spaces or a tab) is read column by column.
"""

from __future__ import annotations

import itertools
import re
from typing import ClassVar

from ..blocks import Block, BlockKind, Document, Emphasis, Line
from ..french.dates import DATE
from ..french.vocabulary import DOC_TYPE, is_about_heading
from ..source import Source
from . import BaseAdapter

__all__ = ["TextAdapter", "segment_text"]

# A bullet and the space after it, at the start of a line.
_BULLET = re.compile(r"[ \t]*(?:[•·▪■◦●►✓➢→*]|[-–—](?=\s)|o(?=\s))[ \t]+")
# A thematic break: three or more of the same rule character, alone on the line (a text-mode
# browser draws a page's <hr> with a box-drawing line, "──────").
_RULE = re.compile(r"[ \t]*(?:-{3,}|_{3,}|={3,}|\*{3,}|─{3,}|━{3,}|═{3,}|~{3,})[ \t]*")
# A box's border and a line inside it, between its sides.
_BORDER = re.compile(r"[ \t]*[+┌└├╔╚╠][-─═=+┬┴┼╦╩╬]{3,}[+┐┘┤╗╝╣][ \t]*")
_SIDES = "|│║"
_FRAMED = re.compile(r"[ \t]*[|│║](?P<inner>[^|│║\n]*)[|│║][ \t]*")


class TextAdapter(BaseAdapter):
    """Plain text (the fallback for anything that decodes as text).

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "text"
    media_types: ClassVar[tuple[str, ...]] = ("text/plain",)
    extensions: ClassVar[tuple[str, ...]] = (".txt", ".text")

    def sniff(self, source: Source) -> float:
        return 0.1 if source.data is None else 0.0

    def segment(self, source: Source) -> Document:
        return Document(source.text, segment_text(source.text), diagnostics=())


def segment_text(text: str, start: int = 0, end: int | None = None) -> tuple[Block, ...]:
    """Split ``text[start:end]`` into blocks, by the plain-text rules of the module.

    For formats whose text *is* the input (or a part of it): the blocks' spans and lines
    index into ``text`` itself, so return ``Document(text, blocks)`` with the same ``text``.
    Blank lines separate blocks; bullets start list items; a line of ``-``, ``_``, ``=`` or
    ``*`` is a rule; hard-wrapped lines stay separate lines of one block.

    Args:
        text: the whole document text (usually ``source.text``).
        start: where to start, to leave out a part the adapter reads itself (a header it
            turns into a ``METADATA`` block).
        end: where to stop; the end of ``text`` when ``None``.

    Returns:
        The blocks in reading order, every span within ``text[start:end]``.

    !!! info "Added in version 0.1"
    """
    end = len(text) if end is None else end
    blocks: list[Block] = []
    current: list[Line] = []
    current_kind = BlockKind.PARAGRAPH

    def flush() -> None:
        nonlocal current
        if not current:
            return
        if (
            current_kind is BlockKind.PARAGRAPH
            and 1 < len(current) < _RUN_ON_LINES
            and max(len(line.text) for line in current) <= _UNWRAPPED
        ):
            # "À propos de X" run into the text above it, after its last sentence (PDF text
            # without blank lines): the boilerplate's heading opens a block of its own (a page
            # of longer lines, or one run on, is cut at every sentence's end below)
            cut = next(
                (
                    n
                    for n, line in enumerate(current)
                    if n
                    and current[n - 1].text.rstrip().endswith((".", "!", "?", "»"))
                    and _about_heading_line(line)
                ),
                None,
            )
            if cut is not None:
                blocks.append(Block(current_kind, tuple(current[:cut]), _span(current[:cut])))
                current = current[cut:]
        if current_kind is BlockKind.PARAGRAPH and len(current) > 2:
            left, right = _column_by_column(text, current)
            if right:
                # (the left column first, then the right one: two blocks whose spans overlap)
                blocks.append(Block(current_kind, tuple(left), _span(left)))
                current = right
        if len(current) > 1 and max(len(line.text) for line in current) > _UNWRAPPED:
            # Lines this long were not hard-wrapped: each one is a paragraph of its own
            # (web pages captured as text put one paragraph per line, no blank lines); only
            # the first holds the bullet, the lines under a list item are paragraphs.
            blocks.append(Block(current_kind, (current[0],), current[0].span))
            blocks.extend(Block(BlockKind.PARAGRAPH, (line,), line.span) for line in current[1:])
        elif len(current) >= _RUN_ON_LINES and current_kind is BlockKind.PARAGRAPH:
            blocks.extend(_paragraphs(current))
        elif current_kind is BlockKind.PARAGRAPH and (title := _title_on_top(current)):
            # a title a PDF's text runs into its first paragraph, with no blank line
            blocks.append(Block(current_kind, tuple(current[:title]), _span(current[:title])))
            blocks.append(Block(current_kind, tuple(current[title:]), _span(current[title:])))
        else:
            blocks.append(Block(current_kind, tuple(current), _span(current)))
        current = []

    position = start
    seen = 0  # non-blank lines so far
    wide_above = False  # the line above is as wide as wrapped text
    while position < end:
        newline = text.find("\n", position, end)
        line_end = end if newline < 0 else newline
        raw = text[position:line_end]
        stripped = raw.strip()
        # A box drawn around lines ("+----+" / "|  CONTACT PRESSE  |", "┌──┐" / "│ … │"), as
        # a PDF's framed insert or an e-mail's ASCII art gives it: its borders are rules, its
        # sides no text.
        framed = _FRAMED.fullmatch(raw) if raw.lstrip()[:1] in _SIDES else None
        inner = framed.group("inner") if framed is not None else raw
        if not inner.strip():
            flush()
            wide_above = False
        elif _RULE.fullmatch(raw) or _BORDER.fullmatch(raw):
            flush()
            left = position + len(raw) - len(raw.lstrip())
            blocks.append(Block(BlockKind.RULE, (), (left, left + len(stripped))))
        else:
            inner_start = position + (framed.start("inner") if framed is not None else 0)
            bullet = _BULLET.match(inner)
            content_start = inner_start + (
                bullet.end() if bullet else len(inner) - len(inner.lstrip())
            )
            # A bullet with nothing after it ("- " then the end) ends where its content starts.
            content_end = max(inner_start + len(inner.rstrip()), content_start)
            content = text[content_start:content_end]
            if bullet is not None:
                flush()
                current_kind = BlockKind.LIST_ITEM
            elif not current:
                current_kind = BlockKind.PARAGRAPH
            # (running text: wide, no columns, not capitals: an address strip or a caps
            # letterhead line may be as wide)
            wide = len(content) >= _WRAPPED_LINE and not _has_gap(content) and not content.isupper()
            if seen < _LETTERHEAD_LINES and wide and wide_above:
                seen = _LETTERHEAD_LINES  # two lines of a wrapped paragraph: the text began
            wide_above = wide and bullet is None
            if seen < _LETTERHEAD_LINES and bullet is None:
                current.extend(_columns(text, content, content_start))
            else:
                current.append(_line(text, content, content_start, content_end))
            seen += 1
        position = line_end + 1
    flush()
    return tuple(blocks)


# A letterhead laid out in columns ("Communiqué de presse        Lyon, le 24 octobre 2024")
# is read column by column in the first lines; further down, wide gaps are table cells.
_LETTERHEAD_LINES = 12
# The letterhead ends where the text begins: two lines of a wrapped paragraph this long.
_WRAPPED_LINE = 60
# (four or more spaces or tabs, or one tab: written to open with a class, so that the engine
# skips to the next space or tab instead of trying the pattern at every position)
_COLUMN_GAP = re.compile(r"[ \t](?:[ \t]{3,}|(?<=\t))")


def _has_gap(content: str) -> bool:
    """``_COLUMN_GAP.search(content) is not None``, by two substring tests: a gap is a tab,
    or four spaces or tabs in a row, which without a tab are four spaces."""
    return "\t" in content or "    " in content


def _columns(text: str, content: str, start: int) -> list[Line]:
    """The line, or its columns when a wide gap separates them."""
    if not _has_gap(content):  # no gap: the usual line
        return [_line(text, content, start, start + len(content))]
    lines: list[Line] = []
    cell_start = 0
    for gap in _COLUMN_GAP.finditer(content):
        lines.append(
            _line(text, content[cell_start : gap.start()], start + cell_start, start + gap.start())
        )
        cell_start = gap.end()
    lines.append(_line(text, content[cell_start:], start + cell_start, start + len(content)))
    return lines


# A line longer than this was not hard-wrapped by a PDF or e-mail tool.
_UNWRAPPED = 160

# A block of this many lines or more is a whole page run together (a capture or a PDF's
# text without blank lines): it is cut into paragraphs where a line ends one.
_RUN_ON_LINES = 12
# A wrapped line fills most of the page's width; a paragraph's last line, a title, a label
# or a letterhead line is shorter than this share of it.
_SHORT_SHARE = 0.7


def _paragraphs(lines: list[Line]) -> list[Block]:
    """Cut a run-on block into paragraphs: a line shorter than the wrapped width (a title, a
    label, a paragraph's last line), or one closing a sentence, a list's introduction or a
    label (``.``, ``:``, ``!``, ``?``, ``»``), ends its paragraph."""
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[(len(lengths) * 9) // 10]  # the wrapped width, a few long lines aside
    paragraphs: list[Block] = []
    current: list[Line] = []
    for line, below in itertools.zip_longest(lines, lines[1:]):
        current.append(line)
        text = line.text.rstrip()
        if (
            text.endswith((".", "!", "?", "»"))
            or (
                not _caps_run_on(
                    text, below
                )  # ("ÉPISODE DE POLLUTION :" / "LE PRÉFET DÉCLENCHE …")
                and (
                    text.endswith(":")
                    or len(text) < width * _SHORT_SHARE
                    or (below is not None and _broken_before(text, below.text, width))
                )
            )
            or (below is not None and _dateline_below(text, below.text))
        ):
            paragraphs.append(Block(BlockKind.PARAGRAPH, tuple(current), _span(current)))
            current = []
    if current:
        paragraphs.append(Block(BlockKind.PARAGRAPH, tuple(current), _span(current)))
    return paragraphs


def _about_heading_line(line: Line) -> bool:
    """An ``À propos de …`` heading on a line of its own: a short name, no clause after a
    comma (``À propos de la circulation, la ville sera fermée …`` opens a sentence)."""
    text = line.text.strip()
    return (
        text[:1] in "AaÀà"
        and len(text) <= _ABOUT_LINE
        and "," not in text
        and is_about_heading(text)
    )


# An "À propos" heading line runs to this many characters at most.
_ABOUT_LINE = 60


def _caps_run_on(text: str, below: Line | None) -> bool:
    """A title set in capitals over several short lines goes on (``UNE ÉQUIPE TOURANGELLE
    IDENTIFIE`` / ``UN MARQUEUR PRÉCOCE …``): a line in capitals over another."""
    return (
        below is not None
        and _in_capitals(text)
        and _in_capitals(below.text)
        and DOC_TYPE.fullmatch(text.strip()) is None  # "COMMUNIQUÉ DE PRESSE" over the title
    )


def _in_capitals(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return len(letters) >= _CAPS_LETTERS and all(char.isupper() for char in letters)


# A line in capitals has this many letters at least (not a lone initial or an acronym).
_CAPS_LETTERS = 8


def _dateline_below(text: str, below: str) -> bool:
    """Whether the line below opens with a dateline (``Bordeaux, le 19 mars 2026 – Le pôle
    …``): the release's text starts there, under its title, unless the line above leaves a
    phrase open (``… signé à`` / ``Paris, le …``)."""
    place = _PLACE_OPENING.match(below)
    if place is None or DATE.match(below, place.end()) is None:
        return False
    last = text.rsplit(maxsplit=1)[-1] if text.strip() else ""
    return not text.endswith(",") and last.lower() not in _OPEN_ENDS


# A place opening a line, a comma perhaps, "le" perhaps: "Bordeaux, le ", "SAINT-LÔ – ".
_PLACE_OPENING = re.compile(
    r"[A-ZÀ-Ý][^\W\d_]*(?:[ '’-]+[^\W\d_]+){0,4}(?:,|\s[–—-])?\s+(?:le\s+)?"
)
_OPEN_ENDS = frozenset(("à", "a", "de", "du", "le", "la", "les", "en", "au", "aux", "et", "ou"))


def _broken_before(text: str, below: str, width: int) -> bool:
    """Whether a line was ended on purpose before a capital: the first word of the line
    below would have fitted at its end (a title's last line over the text, ``… et sans
    solution de relogement`` / ``À deux semaines de …``), with room to spare for a
    proportional font's wider letters."""
    first = below.lstrip()[:1]
    if not (first.isupper() or first in '«"“'):
        return False
    word = below.split(maxsplit=1)[0] if below.strip() else ""
    return len(text) + 1 + len(word) <= width * _FITTING_SHARE


# A line ends on purpose when the next word would have fitted within this share of the width.
_FITTING_SHARE = 0.85


def _title_on_top(lines: list[Line]) -> int:
    """How many lines of a paragraph are a title run into it (``Feux de forêt : le SDIS
    renforce son dispositif`` / ``pour l'été`` / ``Avec un niveau de sécheresse …``): up
    to three lines shorter than the wrapped width, the last with no closing punctuation,
    then a full-width line opening with a capital; 0 when the paragraph opens with text."""
    if len(lines) < _TITLE_TOP_MIN_LINES or _SALUTATION.fullmatch(lines[0].text):
        return 0  # (a letter's salutation opens its text: "Mesdames et Messieurs les …")
    if any(len(line.text) != line.span[1] - line.span[0] for line in lines) or any(
        "\n" not in above.source[above.span[1] : line.span[0]]
        for above, line in itertools.pairwise(lines)
    ):
        return 0  # columns (a contact block, a table, a letterhead's cells), not a text
    lengths = sorted(len(line.text) for line in lines)
    width = lengths[(len(lengths) * 9) // 10]
    for count in range(1, _TITLE_TOP_LINES + 1):
        head, following = lines[count - 1].text.rstrip(), lines[count].text.strip()
        if len(head) >= width * _SHORT_SHARE or head.endswith(_CLOSING_MARKS):
            return 0  # as long as the text, or a sentence's end: the paragraph's own line
        if following[:1].isupper() and len(following) >= width * _SHORT_SHARE:
            return count if len(lines) - count >= _TITLE_TOP_BODY else 0
    return 0


# How a letter greets its readers: "Mesdames et Messieurs les journalistes", "Madame,
# Monsieur", "Chers amis de la presse", "Bonjour à toutes et à tous".
_SALUTATION = re.compile(
    r"\s*(?:mesdames(?:\s+et\s+messieurs)?|messieurs|madame,?\s+monsieur|madame|monsieur"
    r"|ch[eè]re?s?\s+(?:amie?s?|coll[èe]gues|journalistes|partenaires|confr[èe]res)[^\n]{0,40}"
    r"|bonjour[^\n]{0,40}|bonsoir[^\n]{0,40}|[àa]\s+l['’]attention\s[^\n]{0,80})"
    r"(?:\s+les\s+(?:journalistes|r[ée]dactions?|r[ée]dacteurs|correspondants))?\s*,?\s*",
    re.I,
)
# A paragraph needs this many lines for its width to tell a title from text; the title has at
# most this many lines, and the text under it at least this many.
_TITLE_TOP_MIN_LINES = 4
_TITLE_TOP_LINES = 3
_TITLE_TOP_BODY = 2
_CLOSING_MARKS = (".", ",", ";", ":", "!", "?", "»", "…")


def _span(lines: list[Line]) -> tuple[int, int]:
    # (a column's cells are in the text's order too, each a row below the one before)
    return (lines[0].span[0], lines[-1].span[1])


# A right column stands this far from the left margin at least; its cells start within this
# many characters of one another.
_RIGHT_COLUMN = 24
_COLUMN_SLACK = 3


def _column_by_column(text: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A letterhead laid out in two columns (``pdftotext -layout``: the name, the type and
    the title on the left; the dateline and the press contact on the right), read column by
    column: the left cells, then the right ones. A right column is a start shared by the
    second cells of two rows at least; a line alone on its row belongs to the column its
    indent puts it in."""

    def column(line: Line) -> int:
        return line.span[0] - (text.rfind("\n", 0, line.span[0]) + 1)

    beside = [
        "\n" not in text[above.span[1] : line.span[0]] for above, line in itertools.pairwise(lines)
    ]
    if any(first and second for first, second in itertools.pairwise(beside)):
        return lines, []  # three cells on a row: a table's, not a letterhead's two columns
    second_cells = sorted(
        column(line) for line, next_to in zip(lines[1:], beside, strict=True) if next_to
    )
    right = next(
        (
            start
            for start, following in itertools.pairwise(second_cells)
            if following - start <= _COLUMN_SLACK and start >= _RIGHT_COLUMN
        ),
        None,
    )
    if right is None:
        return lines, []
    edge = right - _COLUMN_SLACK
    left_cells = [line for line in lines if column(line) < edge]
    right_cells = [line for line in lines if column(line) >= edge]
    return (left_cells, right_cells) if left_cells and right_cells else (lines, [])


_INNER_SPACES = re.compile(r"[ \t]{2,}|\t")


# Markdown's strong emphasis kept in plain text (a page or an e-mail copied as text):
# ``**Lyon, le 3 mars 2024 –** Le …``. A marker opens before a non-space or closes after one.
_STRONG_MARK = re.compile(r"\*\*(?=[^\s*])|(?<=[^\s*])\*\*")


def _line(text: str, content: str, start: int, end: int) -> Line:
    # Runs of spaces inside a line (PDF column layout) collapse to one.
    plain = _INNER_SPACES.sub(" ", content) if "  " in content or "\t" in content else content
    emphasis = None
    if "**" in plain:
        plain, emphasis = _without_strong_marks(plain)
    if plain == content:
        return Line(plain, (start, end), source=text)
    return Line.aligned_to(plain, text, start, end, emphasis)


def _without_strong_marks(plain: str) -> tuple[str, Emphasis | None]:
    """The line without its ``**`` markers when they pair up (an odd one is a character
    of the text: a footnote's star, a censored word), and whether they cover it whole."""
    marks = _STRONG_MARK.findall(plain)
    if len(marks) < 2 or len(marks) % 2:
        return plain, None
    whole = len(marks) == 2 and plain.startswith("**") and plain.endswith("**")
    return _STRONG_MARK.sub("", plain), Emphasis.STRONG if whole else None
