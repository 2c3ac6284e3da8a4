"""Word documents (.docx), read with `zipfile` and lxml: no extra dependency.

Rules:

* The archive is checked before anything is read: at most `MAX_MEMBERS` members, no
  absolute or ``..`` member names, at most `MAX_TOTAL_BYTES` declared in all, and no
  large member compressed more than `MAX_RATIO` times. Any breach raises
  [`UnsafeInputError`][communique.UnsafeInputError]. XML parts are parsed without DTDs, entity
  resolution or network access; a part with a DOCTYPE is refused (Word never writes one).
* Every call into `zipfile` (and through it zlib, bz2, lzma) and lxml runs behind
  `foreign_parser`, which names the part in the error
  (``word/footer2.xml: Bad CRC-32 …``). The body (``word/document.xml``) must be readable:
  its failure is the parse's [`DecodeError`][communique.DecodeError] (or
  [`UnsafeInputError`][communique.UnsafeInputError]). A header, footer, style or relationship part
  that fails is left out with an ``unreadable-part`` diagnostic.
* Work is bounded by what is actually read, not by what the archive declares: at most
  `MAX_PART_BYTES` unpacked per part (a larger body is refused, a larger header or
  footer left out), `MAX_READ_BYTES` unpacked and `MAX_PARTS_READ` parts in all,
  `MAX_TAGS` XML tags parsed (the part that crosses it is read up to it),
  `MAX_ELEMENTS` XML elements walked and `MAX_TEXT_CHARS` characters of text
  kept. Past one of these the rest is not read and a ``limit-reached`` diagnostic says so.
  Headers and footers named by several relationships are read once.
* Paragraph styles: ``Title`` → HEADING level 1, ``Heading n`` (``Titre n``, or an outline
  level) → HEADING level n; a paragraph with numbering (``numPr``, directly or from its
  style) is a LIST_ITEM at level ``ilvl + 1``; others are paragraphs.
* Runs: bold and italic (direct or from the run's character style) make whole-line
  emphasis; ``w:br`` and ``w:cr`` break lines, ``w:tab`` is a space.
* Hyperlinks (relationship targets and ``HYPERLINK`` fields) go to `Block.links`.
* Tables: a row with several cells is one TABLE_ROW whose lines are the cells' paragraphs;
  a one-column table is layout, read as paragraphs.
* Headers come before the body and footers after it (a press contact often lives in the
  footer); a header or footer repeated across sections is read once.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterator
from itertools import chain
from typing import Any, ClassVar

from lxml import etree

from .. import diagnostics
from ..blocks import BlockKind, Document
from ..exceptions import CommuniqueError, DecodeError, UnsafeInputError, foreign_parser
from ..source import Source
from . import BaseAdapter
from ._render import EM, STRONG, Builder, RecordLine, line_from_runs

__all__ = [
    "MAX_ELEMENTS",
    "MAX_MEMBERS",
    "MAX_PARTS_READ",
    "MAX_PART_BYTES",
    "MAX_RATIO",
    "MAX_READ_BYTES",
    "MAX_TAGS",
    "MAX_TEXT_CHARS",
    "MAX_TOTAL_BYTES",
    "DocxAdapter",
]

#: Archives with more members than this are refused.
MAX_MEMBERS = 5000
#: No XML part is read past this many bytes once uncompressed (counted while reading).
MAX_PART_BYTES = 4 * 1024 * 1024
#: All parts read together are unpacked to at most this many bytes.
MAX_READ_BYTES = 8 * 1024 * 1024
#: At most this many parts (body, styles, relationships, headers, footers) are read.
MAX_PARTS_READ = 64
#: At most this many XML tags are parsed in all parts together (counted before parsing).
MAX_TAGS = 250_000
#: At most this many XML elements (paragraphs, tables, runs and their children) are walked.
MAX_ELEMENTS = 25_000
#: At most this many characters of text are kept (a press release has a few thousand).
MAX_TEXT_CHARS = 50_000
#: The declared uncompressed size of all members together may not exceed this.
MAX_TOTAL_BYTES = 512 * 1024 * 1024
#: A member larger than 1 MiB may not be compressed more than this many times.
MAX_RATIO = 200

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_Element = Any  # lxml elements

_HEADING_STYLE = re.compile(r"(?:heading|titre|berschrift)\s?([1-9])", re.I)
_TITLE_STYLE = re.compile(r"title|titre", re.I)
_HYPERLINK_FIELD = re.compile(r'HYPERLINK\s+"([^"]{1,2000})"')
_OFF = frozenset(("0", "false", "off", "none"))


class DocxAdapter(BaseAdapter):
    """Word 2007+ documents.

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "docx"
    media_types: ClassVar[tuple[str, ...]] = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    extensions: ClassVar[tuple[str, ...]] = (".docx", ".docm", ".dotx")

    def sniff(self, source: Source) -> float:
        data = source.data
        if data is None or not data.startswith(b"PK\x03\x04"):
            return 0.0
        return 1.0 if b"word/document.xml" in data[-65536:] or b"word/" in data[:4096] else 0.0

    def segment(self, source: Source) -> Document:
        return render_docx(source.data or b"").document()


def render_docx(data: bytes) -> Builder:
    """Render the DOCX bytes ``data`` into blocks (see the module docstring)."""
    if not data.startswith(b"PK\x03\x04"):
        raise DecodeError("the input is not a DOCX file (no ZIP signature)")
    with foreign_parser("the DOCX archive is damaged"):
        archive = zipfile.ZipFile(io.BytesIO(data))
    with archive:
        _check_archive(archive)
        return _Reader(archive).render()


def _check_archive(archive: zipfile.ZipFile) -> None:
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise UnsafeInputError(
            f"the DOCX archive has {len(members):,} members (limit {MAX_MEMBERS:,})"
        )
    total = 0
    for info in members:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", name) or ":" in name[:3]:
            raise UnsafeInputError(f"the DOCX archive has an unsafe member name: {name[:200]!r}")
        total += info.file_size
        if info.file_size > 1024 * 1024 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise UnsafeInputError(
                f"the DOCX member {name[:200]!r} is compressed "
                f"{info.file_size // max(info.compress_size, 1):,} times: refused as a zip bomb"
            )
    if total > MAX_TOTAL_BYTES:
        raise UnsafeInputError(
            f"the DOCX archive would unpack to {total:,} bytes (limit {MAX_TOTAL_BYTES:,})"
        )
    names = {info.filename for info in members}
    if "word/document.xml" not in names:
        raise DecodeError("the ZIP archive has no word/document.xml: it is not a DOCX file")


def _on(element: _Element | None) -> bool:
    if element is None:
        return False
    return (element.get(f"{_W}val") or "true").lower() not in _OFF


class _LimitReached(Exception):
    """A work limit was reached: the rest of the document is not read."""


class _Reader:
    """Reads the parts of one archive, within the limits of the module docstring."""

    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = set(archive.namelist())
        self.builder = Builder()
        self.styles: dict[str, tuple[BlockKind, int, bool, int]] = {}  # kind, level, list, bits
        self.links: dict[str, str] = {}
        self.bytes_left = MAX_READ_BYTES
        self.parts_left = MAX_PARTS_READ
        self.elements_left = MAX_ELEMENTS
        self.tags_left = MAX_TAGS
        self.chars_left = MAX_TEXT_CHARS

    def unpack(self, name: str) -> bytes:
        """The part's bytes, unpacked within the limits; the boundary around zipfile."""
        if self.parts_left <= 0:
            raise _LimitReached(f"more than {MAX_PARTS_READ} parts")
        self.parts_left -= 1
        allowance = min(MAX_PART_BYTES, self.bytes_left)
        with foreign_parser(name), self.archive.open(name) as part:
            data = part.read(allowance + 1)
        if len(data) > MAX_PART_BYTES:
            raise UnsafeInputError(
                f"the DOCX part {name!r} is larger than {MAX_PART_BYTES:,} bytes once unpacked"
            )
        if len(data) > allowance:
            raise _LimitReached(f"more than {MAX_READ_BYTES:,} bytes unpacked")
        self.bytes_left -= len(data)
        return data

    def xml(self, name: str) -> _Element | None:
        """The part's XML root (``None`` for a missing part); the boundary around lxml."""
        if name not in self.names:
            return None
        data = self.unpack(name)
        if re.search(rb"<!DOCTYPE", data[:65536], re.I):
            raise UnsafeInputError(f"the DOCX part {name!r} declares a DOCTYPE: refused")
        data, cut = self.within_tag_budget(data)
        parser = etree.XMLParser(
            resolve_entities=False,
            no_network=True,
            huge_tree=False,
            load_dtd=False,
            remove_comments=True,
            recover=cut,  # a part cut at the tag budget is read up to the cut
        )
        with foreign_parser(f"{name} is not well-formed XML"):
            root = etree.fromstring(data, parser)
        if cut:
            self.builder.diagnostics.append(
                diagnostics.make(
                    "limit-reached",
                    f"the DOCX file holds more than {MAX_TAGS:,} XML tags; {name} was read "
                    "up to that limit and the parts after it were not read",
                )
            )
        return root

    def within_tag_budget(self, data: bytes) -> tuple[bytes, bool]:
        """``data``, or its start within the tags left of `MAX_TAGS` and ``True``.

        lxml makes a node for every tag it parses, so a part is cut before it is parsed;
        the tags are counted by 64 KiB chunks, at the speed of ``bytes.count``."""
        if self.tags_left <= 0:
            raise _LimitReached(f"more than {MAX_TAGS:,} XML tags")
        chunk = 65536
        for start in range(0, len(data), chunk):
            self.tags_left -= data.count(b"<", start, start + chunk)
            if self.tags_left < 0:
                return data[:start], True
        return data, False

    def optional_xml(self, name: str) -> _Element | None:
        """A part the body can do without: its failure is an ``unreadable-part`` diagnostic."""
        try:
            return self.xml(name)
        except CommuniqueError as error:
            self.builder.diagnostics.append(
                diagnostics.make("unreadable-part", f"{error}; the part was left out")
            )
            return None

    def relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, base = posixpath.split(part)
        root = self.optional_xml(posixpath.join(folder, "_rels", f"{base}.rels"))
        found: dict[str, tuple[str, str]] = {}
        if root is None:
            return found
        for rel in root.iter(f"{_REL}Relationship"):
            self.walked(1)
            kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
            found[rel.get("Id") or ""] = (kind, rel.get("Target") or "")
        return found

    def render(self) -> Builder:
        try:
            self.read_parts()
        except _LimitReached as limit:
            self.builder.diagnostics.append(
                diagnostics.make(
                    "limit-reached", f"the DOCX file holds {limit}; the rest was not read"
                )
            )
        return self.builder

    def read_parts(self) -> None:
        self.read_styles()
        relations = self.relationships("word/document.xml")
        document = self.xml("word/document.xml")
        parts = {
            kind: list(
                dict.fromkeys(  # a part named by several relationships is read once
                    posixpath.normpath(posixpath.join("word", target))
                    for k, target in relations.values()
                    if k == kind
                )
            )
            for kind in ("header", "footer")
        }
        self.read_part_list(parts["header"])
        self.links = {
            rid: target for rid, (kind, target) in relations.items() if kind == "hyperlink"
        }
        if document is not None:
            body = document.find(f"{_W}body")
            if body is not None:
                self.read_container(body)
        self.read_part_list(parts["footer"])

    def add(
        self, kind: BlockKind, lines: list[RecordLine], level: int = 0, links: tuple[str, ...] = ()
    ) -> None:
        """Add a block, counting its characters against `MAX_TEXT_CHARS`."""
        self.chars_left -= sum(len(line.text) for line in lines)
        if self.chars_left < 0:
            raise _LimitReached(f"more than {MAX_TEXT_CHARS:,} characters of text")
        self.builder.add(kind, lines, level, links)

    def walked(self, count: int) -> None:
        """Count ``count`` elements against `MAX_ELEMENTS`."""
        self.elements_left -= count
        if self.elements_left < 0:
            raise _LimitReached(f"more than {MAX_ELEMENTS:,} XML elements")

    def read_part_list(self, names: list[str]) -> None:
        seen: set[tuple[RecordLine, ...]] = set()
        for name in names:
            root = self.optional_xml(name)
            if root is None:
                continue
            self.links = {
                rid: target
                for rid, (kind, target) in self.relationships(name).items()
                if kind == "hyperlink"
            }
            before = len(self.builder.records)
            self.read_container(root)
            added = tuple(line for r in self.builder.records[before:] for line in r.lines)
            if added in seen:
                del self.builder.records[before:]
            seen.add(added)

    def read_styles(self) -> None:
        root = self.optional_xml("word/styles.xml")
        if root is None:
            return
        for style in root.iter(f"{_W}style"):
            self.walked(1)
            style_id = style.get(f"{_W}styleId") or ""
            name_element = style.find(f"{_W}name")
            name = name_element.get(f"{_W}val") if name_element is not None else ""
            label = f"{name or ''} {style_id}"
            kind, level = BlockKind.PARAGRAPH, 0
            heading = _HEADING_STYLE.search(label)
            outline = style.find(f"{_W}pPr/{_W}outlineLvl")
            if heading:
                kind, level = BlockKind.HEADING, int(heading.group(1))
            elif _TITLE_STYLE.fullmatch((name or "").strip()) or style_id.lower() == "title":
                kind, level = BlockKind.HEADING, 1
            elif outline is not None and (outline.get(f"{_W}val") or "").isdigit():
                value = int(outline.get(f"{_W}val") or "9")
                if value < 9:
                    kind, level = BlockKind.HEADING, value + 1
            numbered = style.find(f"{_W}pPr/{_W}numPr") is not None
            bits = (STRONG if _on(style.find(f"{_W}rPr/{_W}b")) else 0) | (
                EM if _on(style.find(f"{_W}rPr/{_W}i")) else 0
            )
            self.styles[style_id] = (kind, level, numbered, bits)

    def read_container(self, container: _Element) -> None:
        # A stack of iterators, not a list of children: lxml makes a Python object for each
        # element it hands out, so only the elements within MAX_ELEMENTS are ever made.
        pending: list[Iterator[_Element]] = [iter(container)]
        while pending:
            element = next(pending[-1], None)
            if element is None:
                pending.pop()
                continue
            self.walked(1)
            tag = element.tag
            if tag == f"{_W}p":
                self.paragraph(element)
            elif tag == f"{_W}tbl":
                self.table(element, pending)
            elif tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml", f"{_W}txbxContent"):
                pending.append(iter(element))

    def children(self, element: _Element, tag: str) -> list[_Element]:
        """The children of ``element`` named ``tag``, counted against `MAX_ELEMENTS`."""
        found = []
        for child in element.iterchildren(tag):
            self.walked(1)
            found.append(child)
        return found

    def table(self, table: _Element, pending: list[Iterator[_Element]]) -> None:
        rows = [(row, self.children(row, f"{_W}tc")) for row in self.children(table, f"{_W}tr")]
        if all(len(cells) <= 1 for _, cells in rows):
            pending.append(chain.from_iterable(cell for _, cells in rows for cell in cells))
            return
        for row, _ in rows:
            lines: list[RecordLine] = []
            links: list[str] = []
            for paragraph in row.iter(f"{_W}p"):
                found, paragraph_links = self.runs(paragraph)
                lines.extend(line_from_runs(runs) for runs in found)
                links.extend(paragraph_links)
            self.add(BlockKind.TABLE_ROW, lines, links=tuple(links))

    def paragraph(self, paragraph: _Element) -> None:
        found, links = self.runs(paragraph)
        if not any(text.strip() for line in found for text, _ in line):
            return  # an empty paragraph (Word spaces with them) adds no block
        properties = paragraph.find(f"{_W}pPr")
        style_id = ""
        numbered = False
        level = 0
        if properties is not None:
            style = properties.find(f"{_W}pStyle")
            style_id = style.get(f"{_W}val") or "" if style is not None else ""
            numbering = properties.find(f"{_W}numPr")
            if numbering is not None:
                number_id = numbering.find(f"{_W}numId")
                numbered = number_id is None or number_id.get(f"{_W}val") != "0"
                ilvl = numbering.find(f"{_W}ilvl")
                value = ilvl.get(f"{_W}val") if ilvl is not None else "0"
                level = int(value) + 1 if value and value.isdigit() and len(value) < 3 else 1
        kind, heading_level, style_numbered, _bits = self.styles.get(
            style_id, (BlockKind.PARAGRAPH, 0, False, 0)
        )
        if kind is BlockKind.HEADING:
            level = heading_level
        elif numbered or style_numbered:
            kind, level = BlockKind.LIST_ITEM, max(level, 1)
        self.add(kind, [line_from_runs(runs) for runs in found], level, tuple(links))

    def runs(self, paragraph: _Element) -> tuple[list[list[tuple[str, int]]], list[str]]:
        """The paragraph's lines as ``(text, style bits)`` runs, and its link targets."""
        lines: list[list[tuple[str, int]]] = [[]]
        links: list[str] = []
        for element in paragraph.iter(f"{_W}r", f"{_W}hyperlink", f"{_W}instrText"):
            tag = element.tag
            if tag == f"{_W}hyperlink":
                target = self.links.get(element.get(f"{_R}id") or "")
                if target:
                    links.append(target)
                continue
            if tag == f"{_W}instrText":
                match = _HYPERLINK_FIELD.search(element.text or "")
                if match:
                    links.append(match.group(1))
                continue
            bits = self.run_bits(element)
            self.walked(len(element) + 1)
            for child in element:
                child_tag = child.tag
                if child_tag == f"{_W}t":
                    lines[-1].append((child.text or "", bits))
                elif child_tag == f"{_W}tab":
                    lines[-1].append((" ", bits))
                elif child_tag in (f"{_W}br", f"{_W}cr"):
                    lines.append([])
                elif child_tag == f"{_W}noBreakHyphen":
                    lines[-1].append(("-", bits))
        return lines, links

    def run_bits(self, run: _Element) -> int:
        properties = run.find(f"{_W}rPr")
        if properties is None:
            return 0
        style = properties.find(f"{_W}rStyle")
        bits = (
            self.styles.get(style.get(f"{_W}val") or "", (None, 0, False, 0))[3]
            if (style is not None)
            else 0
        )
        bold = properties.find(f"{_W}b")
        italic = properties.find(f"{_W}i")
        if bold is not None:
            bits = (bits | STRONG) if _on(bold) else (bits & ~STRONG)
        if italic is not None:
            bits = (bits | EM) if _on(italic) else (bits & ~EM)
        return bits
