"""PDF releases, read with pypdf (the optional extra: ``pip install communique[pdf]``).

Rules:

* Without pypdf, [`MissingDependencyError`][communique.MissingDependencyError] names the extra to
  install. Every call into pypdf runs behind `foreign_parser`: a PDF
  pypdf cannot open raises [`DecodeError`][communique.DecodeError] (nesting too deep for it:
  [`UnsafeInputError`][communique.UnsafeInputError]); a page whose text cannot be extracted is left
  out with an ``unreadable-part`` diagnostic. What pypdf repairs in a damaged file (it logs
  warnings) becomes one ``pdf-reader-warnings`` diagnostic instead of lines on standard error.
* Work is bounded by the input: a page tree of more than `MAX_PAGE_TREE` entries is
  refused ([`UnsafeInputError`][communique.UnsafeInputError]) before pypdf lists its pages; at most
  `MAX_PAGES` pages and `MAX_CONTENT_BYTES`
  bytes of decoded content streams are read, and `MAX_TEXT_CHARS` characters of text
  kept; past a limit the rest is not read, with a ``limit-reached`` diagnostic (and
  [`UnsafeInputError`][communique.UnsafeInputError] if not one page could be read). Pages that share
  their content stream (and resources) are extracted once. Extraction that takes longer than
  `MAX_SECONDS` (checked between pages) raises [`UnsafeInputError`][communique.UnsafeInputError].
* Page furniture: a line at the top or bottom of a page (two lines each way) that repeats,
  digits aside, on at least half the pages (and two or more), and any line that is only a
  page number (``3``, ``- 3 -``, ``Page 3``, ``3/12``, ``page 3 sur 12``), is furniture. The
  first page's repeated *header* stays in place (it is usually the issuer's letterhead); every
  other furniture line is moved to FURNITURE blocks at the end, so no text is lost.
* Text comes from pypdf's layout mode, whose blank lines mark vertical gaps (paragraph
  breaks). Reflow: the body lines of all pages run together; a line at least
  `FULL_LINE` of the typical line width continues into the next one (a hyphen between
  two letters is joined away when the next line starts in lower case), a shorter line ends
  its block, and an empty line or a bulleted line starts a new block. A line starting in
  lower case also continues a long line that does not end a sentence (a headline in a larger
  font wraps at fewer characters). Short lines (headers,
  datelines, contact blocks) therefore keep their own lines.
"""

from __future__ import annotations

import io
import logging
import re
import time
import zlib
from collections import Counter
from contextvars import ContextVar
from typing import Any, ClassVar

from .. import diagnostics
from ..blocks import BlockKind, Document
from ..exceptions import (
    CommuniqueError,
    DecodeError,
    MissingDependencyError,
    UnsafeInputError,
    foreign_parser,
)
from ..french.vocabulary import PAGE_NUMBER
from ..models import Diagnostic
from ..source import Source
from . import BaseAdapter
from ._render import Builder, RecordLine

__all__ = [
    "FULL_LINE",
    "MAX_CONTENT_BYTES",
    "MAX_PAGES",
    "MAX_PAGE_TREE",
    "MAX_SECONDS",
    "MAX_TEXT_CHARS",
    "PdfAdapter",
    "reflow_pages",
    "render_pdf",
]

#: At most this many pages are read; the rest are left out with a diagnostic.
MAX_PAGES = 100
#: A page tree with more entries than this is refused before its pages are listed.
MAX_PAGE_TREE = 1000
#: At most this many bytes of decoded content streams are extracted (a text page has 2-20 KB).
MAX_CONTENT_BYTES = 512 * 1024
#: At most this many characters of text are kept (a press release has a few thousand).
MAX_TEXT_CHARS = 50_000
#: Extraction stops with an error after this many seconds (checked between pages).
MAX_SECONDS = 60.0
#: A line at least this fraction of the typical line width is hard-wrapped.
FULL_LINE = 0.7

_DIGITS = re.compile(r"\d{1,10}")
_BULLET = re.compile(r"[•·▪■◦●►✓➢→*–\-]\s")
_PAGE_BREAK = "\f"
_SENTENCE_END = (".", "!", "?", ":", ";")
_HYPHENATED = re.compile(r"(?<=[^\W\d_])-$")


class PdfAdapter(BaseAdapter):
    """PDF documents with a text layer (scanned PDFs without one read as empty).

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "pdf"
    media_types: ClassVar[tuple[str, ...]] = ("application/pdf",)
    extensions: ClassVar[tuple[str, ...]] = (".pdf",)

    def sniff(self, source: Source) -> float:
        return 1.0 if source.data is not None and source.data.startswith(b"%PDF-") else 0.0

    def segment(self, source: Source) -> Document:
        return render_pdf(source.data or b"").document()


# pypdf logs what it repairs in a damaged file; while we read, those records become one
# diagnostic instead of lines on the user's stderr (a context variable: thread-safe).
_PYPDF_WARNINGS: ContextVar[list[str] | None] = ContextVar("pypdf_warnings", default=None)


class _PypdfLogRouter(logging.Handler):
    """pypdf's log records: collected while communique reads a PDF, passed on otherwise.

    pypdf logs under lazily created ``pypdf.*`` loggers, so the router sits on the ``pypdf``
    logger with propagation off and hands records read outside communique to the root
    logger, as propagation would have.
    """

    def emit(self, record: logging.LogRecord) -> None:
        sink = _PYPDF_WARNINGS.get()
        if sink is None:
            logging.getLogger().handle(record)
        else:
            sink.append(record.getMessage())


def _route_pypdf_logs() -> None:
    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, _PypdfLogRouter) for handler in logger.handlers):
        logger.addHandler(_PypdfLogRouter())
        logger.propagate = False


def _pages(data: bytes, found: list[Diagnostic]) -> list[str]:
    try:
        from pypdf import PdfReader
    except ImportError:
        raise MissingDependencyError(
            "reading PDF needs the optional dependency pypdf: pip install communique[pdf]"
        ) from None
    if not data.startswith(b"%PDF-"):
        raise DecodeError("the input is not a PDF file (no %PDF- signature)")
    _route_pypdf_logs()
    warnings: list[str] = []
    token = _PYPDF_WARNINGS.set(warnings)
    try:
        return _read_pages(PdfReader, data, found)
    finally:
        _PYPDF_WARNINGS.reset(token)
        if warnings:
            count = len(warnings)
            found.append(
                diagnostics.make(
                    "pdf-reader-warnings",
                    f"pypdf repaired or skipped damaged parts ({count} warning(s)); "
                    f"first: {warnings[0][:200]}",
                )
            )


class _LimitReached(Exception):
    """A work limit was reached: the rest of the PDF is not read."""


def _read_pages(reader_class: Any, data: bytes, found: list[Diagnostic]) -> list[str]:
    """The text of each page read, within the limits of the module docstring."""
    started = time.monotonic()
    with foreign_parser("the PDF could not be read"):
        reader = reader_class(io.BytesIO(data), strict=False)
        _check_page_tree(reader)
        count = len(reader.pages)
    pages: list[str] = []
    extracted: dict[object, str] = {}  # content key -> text: shared streams extracted once
    content_left = MAX_CONTENT_BYTES
    chars_left = MAX_TEXT_CHARS
    try:
        for number in range(count):
            if number >= MAX_PAGES:
                raise _LimitReached(f"{count:,} pages (limit {MAX_PAGES:,})")
            try:
                with foreign_parser(f"page {number + 1} of the PDF"):
                    page = reader.pages[number]
                    key = _content_key(page)
                    text = extracted.get(key) if key is not None else None
                    if text is None:
                        content_left -= _content_size(page, content_left)
                        if content_left >= 0:
                            text = _page_text(page)
                if text is None:
                    raise _LimitReached(f"more than {MAX_CONTENT_BYTES:,} bytes of page content")
                if key is not None:
                    extracted[key] = text
            except CommuniqueError as error:
                found.append(diagnostics.make("unreadable-part", f"{error}; the page was left out"))
                continue
            chars_left -= len(text)
            if chars_left < 0:
                pages.append(text[: len(text) + chars_left])
                raise _LimitReached(f"more than {MAX_TEXT_CHARS:,} characters of text")
            pages.append(text)
            if time.monotonic() - started > MAX_SECONDS:
                raise UnsafeInputError(
                    f"extracting the PDF's text took longer than {MAX_SECONDS:.0f} seconds"
                )
    except _LimitReached as limit:
        if not pages:
            raise UnsafeInputError(f"the PDF has {limit}; not one page could be read") from None
        found.append(
            diagnostics.make("limit-reached", f"the PDF has {limit}; the rest was not read")
        )
    return pages


def _check_page_tree(reader: Any) -> None:
    """Refuse a page tree of more than `MAX_PAGE_TREE` entries before pypdf lists its
    pages: pypdf builds an object for every page of the tree, and object streams pack about
    a hundred page entries in a kilobyte. Only the tree's inner nodes are opened."""
    entries = 0
    pending = [reader.trailer["/Root"].get_object().get("/Pages")]
    while pending:
        node = _resolved(pending.pop())
        kids = _resolved(node.get("/Kids")) if isinstance(node, dict) else None
        if not isinstance(kids, list):
            continue
        entries += len(kids)
        if entries > MAX_PAGE_TREE:
            raise UnsafeInputError(
                f"the PDF's page tree has more than {MAX_PAGE_TREE:,} entries: refused"
            )
        pending.extend(
            kid for kid in map(_resolved, kids) if isinstance(kid, dict) and "/Kids" in kid
        )


def _resolved(value: Any) -> Any:
    return value.get_object() if hasattr(value, "get_object") else value


def _content_key(page: Any) -> object:
    """What makes two pages' text the same: the references of their content streams and
    resources; ``None`` when the content is not a reference (nothing to share)."""
    contents = page.get("/Contents")
    references = contents if isinstance(contents, list) else [contents]
    streams = tuple((getattr(r, "idnum", None), getattr(r, "generation", None)) for r in references)
    if not streams or any(idnum is None for idnum, _ in streams):
        return None
    resources = page.get("/Resources")
    return streams, getattr(resources, "idnum", None)


def _content_size(page: Any, allowance: int) -> int:
    """The decoded size of the page's content streams, counted no further than past
    ``allowance``: a deflated stream is inflated by at most that many bytes to measure it
    (pypdf 4 would inflate a stream bomb whole), and a stream whose filters expand more than
    once (``[/FlateDecode /FlateDecode]``) counts as over the limit."""
    contents = page.get("/Contents")
    total = 0
    for reference in contents if isinstance(contents, list) else [contents]:
        if reference is None:
            continue
        stream = reference.get_object() if hasattr(reference, "get_object") else reference
        total += _stream_size(stream, allowance - total)
        if total > allowance:
            break
    return total


def _stream_size(stream: Any, allowance: int) -> int:
    if not hasattr(stream, "get_data"):
        return 0
    filters = stream.get("/Filter")
    names = [str(f) for f in filters] if isinstance(filters, list) else [str(filters or "")]
    if sum(name in _EXPANDING_FILTERS for name in names) > 1:
        return allowance + 1
    raw = getattr(stream, "_data", None)  # the encoded bytes, in every pypdf from 4 on
    if names in (["/FlateDecode"], ["/Fl"]) and isinstance(raw, bytes):
        try:
            return len(zlib.decompressobj().decompress(raw, max(allowance, 0) + 1))
        except zlib.error:
            pass  # pypdf repairs some damaged streams: let it decode this one
    return len(stream.get_data())


# PDF filters whose output can be much larger than their input.
_EXPANDING_FILTERS = frozenset(
    ("/FlateDecode", "/Fl", "/LZWDecode", "/LZW", "/RunLengthDecode", "/RL")
)


def _page_text(page: Any) -> str:
    """The page's text; layout mode keeps vertical gaps as blank lines (paragraph breaks)."""
    try:
        return str(page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True))
    except Exception:  # layout mode fails on some fonts: fall back to the plain mode
        return str(page.extract_text() or "")


def render_pdf(data: bytes) -> Builder:
    """Render PDF bytes into blocks (see the module docstring)."""
    found: list[Diagnostic] = []
    builder = reflow_pages(_pages(data, found))
    builder.diagnostics.extend(found)
    return builder


def reflow_pages(pages: list[str]) -> Builder:
    """Blocks from the text of each page: furniture set aside, hard-wrapped lines reflowed."""
    split = [[line.strip() for line in page.replace("\r", "\n").split("\n")] for page in pages]
    furniture = _furniture(split)
    body: list[str] = []
    moved: list[str] = []
    for number, lines in enumerate(split):
        for index, line in enumerate(lines):
            role = furniture.get((number, index))
            if role is None or (role == "header" and number == 0):
                body.append(line)
            else:
                moved.append(line)
        body.append(_PAGE_BREAK)  # a wrapped sentence continues across it
    builder = Builder()
    for block in _reflow(body):
        builder.add(BlockKind.PARAGRAPH, [RecordLine(line) for line in block])
    for line in moved:
        builder.add(BlockKind.FURNITURE, [RecordLine(line)])
    return builder


def _furniture(pages: list[list[str]]) -> dict[tuple[int, int], str]:
    """``(page, line) -> "header" | "footer" | "number"`` for furniture lines."""
    found: dict[tuple[int, int], str] = {}
    edges: list[list[tuple[int, str]]] = []
    for lines in pages:
        filled = [i for i, line in enumerate(lines) if line]
        edges.append(
            [(i, "header") for i in filled[:2]] + [(i, "footer") for i in filled[-2:][::-1]]
        )
    counts: Counter[str] = Counter()
    for number, page_edges in enumerate(edges):
        counts.update({_DIGITS.sub("#", pages[number][i]) for i, _ in page_edges})
    threshold = max(2, (len(pages) + 1) // 2)
    for number, page_edges in enumerate(edges):
        for index, role in page_edges:
            line = pages[number][index]
            if PAGE_NUMBER.fullmatch(line):
                found[(number, index)] = "number"
            elif len(pages) >= 2 and counts[_DIGITS.sub("#", line)] >= threshold:
                found.setdefault((number, index), role)
    return found


def _reflow(lines: list[str]) -> list[list[str]]:
    """Group lines into blocks, joining the lines of hard-wrapped paragraphs."""
    lengths = sorted(len(line) for line in lines if line and line != _PAGE_BREAK)
    if not lengths:
        return []
    width = lengths[int(len(lengths) * 0.9)] if len(lengths) >= 5 else lengths[-1]
    full = max(int(width * FULL_LINE), 30)
    blocks: list[list[str]] = []
    current: list[str] = []
    continuing = False

    def close() -> None:
        nonlocal current
        if current:
            blocks.append(current)
            current = []

    for line in lines:
        if line == _PAGE_BREAK:
            if not continuing:
                close()
            continue  # a page break inside a wrapped sentence does not end it
        if not line:
            close()
            continuing = False
            continue
        wraps = len(line) >= full
        if continuing and _BULLET.match(line):
            close()
            continuing = False
        if not continuing and current and line[:1].islower():
            # A line starting in lower case continues a long unfinished line before it (a
            # headline set in a larger font wraps at fewer characters than the body).
            previous = current[-1]
            continuing = len(previous) >= full // 2 and not previous.endswith(_SENTENCE_END)
        if continuing:
            previous = current[-1]
            # Searched from the end only: the paragraph grows with every joined line.
            if _HYPHENATED.search(previous, max(len(previous) - 1, 0)) and line[:1].islower():
                current[-1] = previous[:-1] + line
            else:
                current[-1] = f"{previous} {line}"
            if not wraps:
                close()  # the short last line of a paragraph
        else:
            if _BULLET.match(line) or wraps:
                close()  # a list item or a new paragraph starts
            current.append(line)
        continuing = wraps
    close()
    return blocks
