"""Crafted hostile inputs: damaged archives, bombs, pathological PDFs and front matter.

Each builder makes one kind of input that once escaped ``parse()`` as a raw exception or took
seconds (issue 19). ``tests/test_crash_boundaries.py`` replays them as regression tests,
``benchmarks/worst_cases.py`` times their largest forms and ``fuzz/`` seeds its campaigns with
them. Everything is built with :mod:`zipfile`, :mod:`struct` and plain PDF syntax.
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

__all__ = [
    "damaged_docx",
    "docx",
    "docx_with_big_parts",
    "pdf",
    "pdf_sharing_one_stream",
]

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

BODY = (
    "Communiqué de presse",
    "Nantes, le 4 février 2025",
    "La ville ouvre une nouvelle médiathèque de quartier",
    "La médiathèque Jules-Verne accueillera le public à partir du 1er mars.",
)
FOOTER = ("Contact presse : Hélène Morvan", "helene.morvan@ville.example – 02 40 00 00 00")


def _paragraphs(lines: tuple[str, ...] | list[str]) -> str:
    return "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in lines)


def docx(
    body: tuple[str, ...] = BODY,
    footers: dict[str, str] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
    compressions: dict[str, int] | None = None,
) -> bytes:
    """A small DOCX: ``body`` paragraphs and footer parts (``name -> XML text``)."""
    footers = {"footer1.xml": _paragraphs(FOOTER)} if footers is None else footers
    relationships = "".join(
        f'<Relationship Id="rf{i}" Type="{_REL}/footer" Target="{name}"/>'
        for i, name in enumerate(footers)
    )
    members = {
        "word/document.xml": f"<w:document {_W}><w:body>{_paragraphs(body)}</w:body></w:document>",
        "word/_rels/document.xml.rels": f'<Relationships xmlns="{_RELS}">{relationships}'
        "</Relationships>",
        **{f"word/{name}": f"<w:ftr {_W}>{xml}</w:ftr>" for name, xml in footers.items()},
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, text in members.items():
            method = (compressions or {}).get(name, compression)
            archive.writestr(name, text.encode("utf-8"), compress_type=method)
    return buffer.getvalue()


def _entries(data: bytes, name: str) -> tuple[int, int]:
    """The offsets of ``name``'s central-directory entry and local header."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    encoded = info.filename.encode("utf-8" if info.flag_bits & 0x800 else "cp437")
    central = data.find(b"PK\x01\x02")
    while data[central + 46 : central + 46 + len(encoded)] != encoded:
        central = data.find(b"PK\x01\x02", central + 4)
    return central, info.header_offset


def _set(data: bytearray, offset: int, fmt: str, value: int) -> None:
    data[offset : offset + struct.calcsize(fmt)] = struct.pack(fmt, value)


def damaged_docx(damage: str, part: str = "word/footer1.xml") -> bytes:
    """A DOCX whose ``part`` carries one kind of ``damage``; the names are the exceptions
    zipfile and its decompressors raise on them (issue 19's first three rows)."""
    compressions = {"lzma": zipfile.ZIP_LZMA, "bz2": zipfile.ZIP_BZIP2, "crc": zipfile.ZIP_STORED}
    data = bytearray(docx(compressions={part: compressions.get(damage, zipfile.ZIP_DEFLATED)}))
    central, local = _entries(bytes(data), part)
    start = local + 30 + struct.unpack_from("<H", data, local + 26)[0]
    start += struct.unpack_from("<H", data, local + 28)[0]
    if damage == "version":  # NotImplementedError: zip file version 9.9, opening the archive
        _set(data, central + 6, "<H", 99)
    elif damage == "header-magic":  # BadZipFile: bad magic number for file header
        data[local : local + 4] = b"PK\x09\x09"
    elif damage == "method":  # NotImplementedError: compression type 99
        _set(data, central + 10, "<H", 99)
    elif damage == "encrypted":  # RuntimeError: password required
        _set(data, central + 8, "<H", struct.unpack_from("<H", data, central + 8)[0] | 1)
    elif damage == "crc":  # BadZipFile: Bad CRC-32 (a stored part)
        _set(data, central + 16, "<I", struct.unpack_from("<I", data, central + 16)[0] ^ 0xFFFF)
    elif damage == "lzma":  # LZMAError: after zipfile's 4-byte header, bad properties
        data[start + 4 : start + 9] = b"\xff" * 5
    elif damage in ("deflate", "bz2"):  # zlib.error, OSError (bz2: invalid data stream)
        for offset in range(start + 2, start + 12):
            data[offset] ^= 0xA5
    elif damage == "eof":  # EOFError: the part claims more bytes than the file holds
        _set(data, central + 20, "<I", 0x7FFFFFF)
        _set(data, central + 24, "<I", 0x7FFFFFF)
        _set(data, central + 10, "<H", zipfile.ZIP_STORED)
    elif damage == "name-encoding":  # UnicodeDecodeError: a UTF-8 flagged name that is not
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        data[local + 30 + name_length - 5] = 0xFF  # "word/footer1\xffxml"
        _set(data, local + 6, "<H", struct.unpack_from("<H", data, local + 6)[0] | 0x800)
    elif damage == "negative-seek":  # ValueError: negative seek value (the first member)
        end = data.rindex(b"PK\x05\x06")
        _set(data, end + 16, "<I", struct.unpack_from("<I", data, end + 16)[0] + 4096)
    else:
        raise ValueError(f"unknown damage {damage!r}")
    return bytes(data)


DAMAGES = (
    "version",
    "header-magic",
    "method",
    "encrypted",
    "crc",
    "deflate",
    "lzma",
    "bz2",
    "eof",
    "name-encoding",
    "negative-seek",
)


def docx_with_big_parts(parts: int = 2, unpacked: int = 1_000_000) -> bytes:
    """A DOCX whose footer parts each unpack to ``unpacked`` bytes of contact paragraphs
    (issue 19: 67 kB whose header and footer parts inflate to about 1 MB each)."""
    paragraph = "Contact presse : Jeanne Dupont{} 01 02 03 04 05"
    return docx(
        footers={
            f"footer{n}.xml": _paragraphs([paragraph.format(n)] * (unpacked // 80))
            for n in range(parts)
        }
    )


def pdf(pages: list[bytes], *, shared: bool = False, deflate: int = 0) -> bytes:
    """A PDF whose pages have the content streams ``pages`` (Helvetica as /F1); with ``shared``
    every page points at the first stream; the streams are deflated ``deflate`` times."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b""]
    objects.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )  # 3
    streams = pages[:1] if shared else pages
    first_stream = len(objects) + 1
    for content in streams:
        packed = content
        for _ in range(deflate):
            packed = zlib.compress(packed, 9)
        flate = b" /Filter [%s]" % b" ".join([b"/FlateDecode"] * deflate) if deflate else b""
        objects.append(b"<< /Length %d%s >>\nstream\n%s\nendstream" % (len(packed), flate, packed))
    kids = []
    for index in range(len(pages)):
        stream = first_stream if shared else first_stream + index
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 3 0 R >> >> >>" % stream
        )
        kids.append(b"%d 0 R" % len(objects))
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(pages))
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        table,
    )
    return bytes(out)


def text_page(lines: list[str]) -> bytes:
    """A content stream that shows ``lines`` (Latin-1 text) from the top of the page."""
    shown = b" ".join(b"(%s) '" % line.encode("latin-1") for line in lines)
    return b"BT /F1 10 Tf 12 TL 40 800 Td " + shown + b" ET"


def pdf_sharing_one_stream(pages: int = 100, lines: int = 60) -> bytes:
    """Issue 19's slow PDF: ``pages`` pages that all show one content stream."""
    content = text_page(
        [f"Contact presse : Jeanne Dupont 01 02 03 04 {n:02d}" for n in range(lines)]
    )
    return pdf([content] * pages, shared=True)


def pdf_of_packed_pages(pages: int) -> bytes:
    """A PDF 1.5 whose page tree (``pages`` pages sharing one content stream) sits in a
    deflated object stream with a cross-reference stream: about ten bytes a page."""
    content = b"BT /F1 10 Tf 40 800 Td (Contact presse : Jeanne Dupont) Tj ET"
    first_page = 5
    kids = b" ".join(b"%d 0 R" % (first_page + n) for n in range(pages))
    packed_objects = [(2, b"<</Type/Pages/Count %d/Kids[%s]>>" % (pages, kids))]
    packed_objects += [
        (first_page + n, b"<</Type/Page/Parent 2 0 R/Contents 4 0 R>>") for n in range(pages)
    ]
    offsets, body = [], b""
    for _, text in packed_objects:
        offsets.append(len(body))
        body += text + b" "
    header = b" ".join(
        b"%d %d" % (number, offset)
        for (number, _), offset in zip(packed_objects, offsets, strict=True)
    )
    header += b" "
    stream_number = first_page + pages
    packed = zlib.compress(header + body, 9)
    out = bytearray(b"%PDF-1.5\n")
    table: dict[int, tuple[int, int]] = {}  # number -> (type, offset or stream index)

    def add(number: int, text: bytes) -> None:
        table[number] = (1, len(out))
        out.extend(b"%d 0 obj\n%s\nendobj\n" % (number, text))

    add(1, b"<</Type/Catalog/Pages 2 0 R>>")
    add(3, b"<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>")
    add(4, b"<</Length %d>>stream\n%s\nendstream" % (len(content), content))
    add(
        stream_number,
        b"<</Type/ObjStm/N %d/First %d/Length %d/Filter/FlateDecode>>stream\n%s\nendstream"
        % (len(packed_objects), len(header), len(packed), packed),
    )
    for index, (number, _) in enumerate(packed_objects):
        table[number] = (2, index)
    xref_number = stream_number + 1
    table[xref_number] = (1, len(out))
    rows = b""
    for number in range(xref_number + 1):
        kind, value = table.get(number, (0, 0))
        field = stream_number if kind == 2 else value
        third = value if kind == 2 else 0
        rows += bytes([kind]) + field.to_bytes(4, "big") + third.to_bytes(3, "big")
    rows = zlib.compress(rows, 9)
    out.extend(
        b"%d 0 obj\n<</Type/XRef/Size %d/W[1 4 3]/Root 1 0 R/Length %d/Filter/FlateDecode>>"
        b"stream\n%s\nendstream\nendobj\n" % (xref_number, xref_number + 1, len(rows), rows)
    )
    out.extend(b"startxref\n%d\n%%%%EOF\n" % table[xref_number][1])
    return bytes(out)
