"""Every failure of a parser the library calls is the library's own error or a diagnostic.

One test per row of issue 19's table, each on an input written for it (``tests/crafted.py``):
damaged archives, impossible front-matter values, relative dates at the calendar's ends,
charsets that are not text encodings, and the inputs that took seconds (their speed is
measured by ``benchmarks/worst_cases.py``; here only the limits' effects are checked).
"""

from __future__ import annotations

import base64
import datetime as dt
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from communique import DecodeError, PressRelease, UnsafeInputError, parse
from communique.adapters import docx, pdf
from communique.exceptions import foreign_parser

from . import crafted


def codes(release: PressRelease) -> list[str]:
    return [d.code for d in release.diagnostics]


def messages(release: PressRelease, code: str) -> list[str]:
    return [d.message for d in release.diagnostics if d.code == code]


# -- the boundary itself ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (zipfile.BadZipFile("Bad CRC-32"), DecodeError),
        (OverflowError("date value out of range"), DecodeError),
        (RecursionError("maximum recursion depth exceeded"), UnsafeInputError),
        (MemoryError(), UnsafeInputError),
    ],
)
def test_the_boundary_turns_what_a_foreign_parser_raises_into_a_library_error(
    raised: BaseException, expected: type[Exception]
) -> None:
    with pytest.raises(expected, match=r"^word/footer2\.xml: "), foreign_parser("word/footer2.xml"):
        raise raised


def test_the_boundary_lets_the_librarys_own_errors_through() -> None:
    with pytest.raises(UnsafeInputError, match=r"^as raised$"), foreign_parser("somewhere"):
        raise UnsafeInputError("as raised")


# -- DOCX: opening the archive, opening a part, reading a part --------------------------------


@pytest.mark.parametrize("damage", crafted.DAMAGES)
def test_a_damaged_footer_is_left_out_and_the_body_is_read(damage: str) -> None:
    data = crafted.damaged_docx(damage, "word/footer1.xml")
    if damage in ("version", "negative-seek"):  # the archive itself cannot be opened
        with pytest.raises(DecodeError):
            parse(data)
        return
    release = parse(data)
    assert release.header.headline == crafted.BODY[2]
    (message,) = messages(release, "unreadable-part")
    assert message.startswith("word/footer1.xml: ")
    assert "Contact presse" not in release.text


@pytest.mark.parametrize("damage", [d for d in crafted.DAMAGES if d != "header-magic"])
def test_a_damaged_body_is_a_decode_error_naming_the_part(damage: str) -> None:
    with pytest.raises(DecodeError) as raised:
        parse(crafted.damaged_docx(damage, "word/document.xml"))
    assert "word/document.xml" in str(raised.value) or "DOCX archive" in str(raised.value)


def test_a_bad_crc_names_the_part_in_the_error() -> None:
    with pytest.raises(DecodeError, match=r"^word/document\.xml: Bad CRC-32"):
        parse(crafted.damaged_docx("crc", "word/document.xml"))


def test_footers_that_unpack_to_a_megabyte_each_are_cut_at_the_text_limit() -> None:
    data = crafted.docx_with_big_parts(parts=2, unpacked=1_000_000)
    assert len(data) < 100_000
    release = parse(data)
    assert len(release.text) <= docx.MAX_HEADER_FOOTER_CHARS + 10_000
    (message,) = messages(release, "limit-reached")
    assert "characters of text in its headers and footers" in message
    assert release.header.headline == crafted.BODY[2]  # the body comes before the footers


def test_a_footer_named_by_many_relationships_is_read_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(docx, "MAX_PARTS_READ", 6)
    data = crafted.docx(footers={"footer1.xml": "<w:p><w:r><w:t>Pied</w:t></w:r></w:p>"})
    release = parse(data)
    assert "limit-reached" not in codes(release)


def test_parts_past_the_unpacked_total_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx, "MAX_READ_BYTES", 1200)
    release = parse(crafted.docx_with_big_parts(parts=2, unpacked=2000))
    assert any("bytes unpacked" in m for m in messages(release, "limit-reached"))
    assert release.header.headline == crafted.BODY[2]


# -- Markdown front matter, on str -------------------------------------------------------------


def test_an_impossible_front_matter_date_is_a_diagnostic_and_no_date() -> None:
    release = parse("---\ntitle: La médiathèque ouvre\ndate: 2024-13-01\n---\n\nTexte.\n")
    assert release.date is None
    (message,) = messages(release, "invalid-date")
    assert "2024-13-01" in message
    assert release.header.headline == "La médiathèque ouvre"  # the rest of the front matter


@pytest.mark.parametrize(
    "front_matter",
    [
        "---\nsummary: " + "9" * 4301 + "\n---\n",
        "---\nsummary: 0x" + "f" * 5000 + "\n---\n",
        "---\ncontact: " + "[" * 3000 + "]" * 3000 + "\n---\n",
        "---\ncontact: " + "{a: " * 1000 + "b" + "}" * 1000 + "\n---\n",
        "---\ncontact: &a [*a]\n---\n",
        "---\n"
        + "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        + "".join(
            f"{c}: &{c} [{', '.join([f'*{p}'] * 10)}]\n"
            for p, c in zip("abcdefgh", "bcdefghi", strict=True)
        )
        + "contact: *i\n---\n",
        "+++\ntitle = " + "9" * 4301 + "\n+++\n",
        "+++\ntitle = 0x" + "f" * 5000 + "\n+++\n",
        "+++\na = " + "[" * 3000 + "]" * 3000 + "\n+++\n",
        "+++\ndate = 2024-13-01\n+++\n",
    ],
    ids=[
        "yaml-4301-digits",
        "yaml-hex-5000-digits",
        "yaml-deep-lists",
        "yaml-deep-maps",
        "yaml-cycle",
        "yaml-billion-laughs",
        "toml-4301-digits",
        "toml-hex-5000-digits",
        "toml-deep-lists",
        "toml-impossible-date",
    ],
)
def test_front_matter_the_parsers_cannot_hold_never_stops_the_parse(front_matter: str) -> None:
    release = parse(front_matter + "\nNantes, le 4 février 2025\n\n# La médiathèque ouvre\n")
    assert release.header.headline == "La médiathèque ouvre"
    assert release.date == dt.date(2025, 2, 4)


# -- relative dates at the calendar's ends ----------------------------------------------------

BODY = "# La médiathèque ouvre\n\nElle ouvrira {} à 10 heures, annonce la ville.\n"


@pytest.mark.parametrize("mention", ["demain", "lundi prochain", "le 3 mars prochain"])
def test_a_relative_date_past_year_9999_is_a_diagnostic(mention: str) -> None:
    for release in (
        parse("---\ndate: 9999-12-31\n---\n\n" + BODY.format(mention)),
        parse(BODY.format(mention), reference_date=dt.date.max),
        parse(
            '<html><head><meta name="date" content="9999-12-31"></head><body>'
            "<h1>La médiathèque ouvre</h1><p>Elle ouvrira "
            + mention
            + " à 10 heures, annonce la ville.</p></body></html>"
        ),
    ):
        (mention_found,) = [m for m in release.mentions if m.relative]
        assert mention_found.date is None
        (span,) = [d.span for d in release.diagnostics if d.code == "date-out-of-range"]
        assert span == mention_found.span


def test_an_e_mail_dated_9999_12_31_parses() -> None:
    release = parse(
        "From: presse@ville.example\nTo: redaction@journal.example\n"
        "Subject: La médiathèque ouvre\nDate: Fri, 31 Dec 9999 23:00:00 -1200\n\n"
        "Nantes, le 4 février 2025\n\nLa médiathèque ouvre demain, annonce la ville.\n"
    )
    assert release.adapter == "email"


@pytest.mark.parametrize("mention", ["hier", "lundi dernier", "le 3 mars dernier"])
def test_a_relative_date_before_year_1_is_a_diagnostic(mention: str) -> None:
    release = parse(BODY.format(mention), reference_date=dt.date.min)
    (found,) = [m for m in release.mentions if m.relative]
    assert found.date is None
    assert "date-out-of-range" in codes(release)


# -- declared charsets that are not text encodings ---------------------------------------------


@pytest.mark.parametrize("charset", ["idna", "undefined", "punycode", "base64", "unicode_escape"])
def test_a_declared_charset_that_is_not_a_text_encoding_falls_back_to_detection(
    charset: str,
) -> None:
    release = parse(f'<meta charset="{charset}"><h1>Caf\xe9 d\xe9couverte</h1>'.encode("latin-1"))
    assert "ignored-declared-encoding" in codes(release)
    assert "Café découverte" in release.text
    release = parse(b"<h1>Caf\xe9</h1>", media_type=f"text/html; charset={charset}")
    assert "Café" in release.text


# -- PDF: shared content streams and limits ---------------------------------------------------


def test_pages_sharing_one_content_stream_are_cut_at_the_text_limit() -> None:
    data = crafted.pdf_sharing_one_stream(pages=100)
    assert len(data) < 20_000
    release = parse(data)
    assert len(release.text) <= pdf.MAX_TEXT_CHARS + 5_000
    assert messages(release, "limit-reached")


def test_pages_past_the_page_limit_are_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pdf, "MAX_PAGES", 2)
    pages = [crafted.text_page([f"Page {n} : la médiathèque ouvre"]) for n in range(4)]
    release = parse(crafted.pdf(pages))
    assert any("4 pages (limit 2)" in m for m in messages(release, "limit-reached"))


def test_a_pdf_whose_first_page_is_over_the_content_limit_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pdf, "MAX_CONTENT_BYTES", 10)
    with pytest.raises(UnsafeInputError, match="not one page could be read"):
        parse(crafted.pdf([crafted.text_page(["La médiathèque ouvre ses portes"])]))


def _bomb_page(unpacked: int) -> bytes:
    line = b"(Contact presse : Jeanne Dupont 01 02 03 04 05) ' "
    return b"BT /F1 10 Tf 12 TL 40 800 Td " + line * (unpacked // len(line)) + b" ET"


def test_a_deflated_content_stream_bomb_is_measured_without_inflating_it_whole() -> None:
    bomb = crafted.pdf([_bomb_page(20_000_000)], deflate=1)
    assert len(bomb) < 100_000
    with pytest.raises(UnsafeInputError, match="bytes of page content"):
        parse(bomb)


def test_a_stream_deflated_twice_counts_as_over_the_content_limit() -> None:
    page = crafted.text_page(["La médiathèque ouvre ses portes"])
    with pytest.raises(UnsafeInputError, match="bytes of page content"):
        parse(crafted.pdf([page], deflate=2))
    assert "médiathèque" in parse(crafted.pdf([page], deflate=1)).text


# -- e-mail: the parser's failures and an unreadable attachment --------------------------------


def _eml(attachment: bytes, kind: str, filename: str) -> str:
    encoded = base64.encodebytes(attachment).decode("ascii")
    return (
        "From: Service presse <presse@ville.example>\nTo: redaction@journal.example\n"
        "Subject: Communiqué : la médiathèque\nDate: Tue, 4 Feb 2025 09:30:00 +0100\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XX"\n\n--XX\n'
        "Content-Type: text/plain; charset=utf-8\n\nVeuillez trouver le communiqué ci-joint.\n"
        f'\n--XX\nContent-Type: {kind}\nContent-Disposition: attachment; filename="{filename}"\n'
        f"Content-Transfer-Encoding: base64\n\n{encoded}\n--XX--\n"
    )


@pytest.mark.parametrize(
    ("attachment", "kind", "filename"),
    [
        (crafted.damaged_docx("crc", "word/document.xml"), crafted.DOCX_TYPE, "cp.docx"),
        (crafted.damaged_docx("encrypted", "word/document.xml"), crafted.DOCX_TYPE, "cp.docx"),
        (b"%PDF-1.4 truncated", "application/pdf", "cp.pdf"),
    ],
)
def test_an_unreadable_attachment_is_left_out_and_the_note_read(
    attachment: bytes, kind: str, filename: str
) -> None:
    release = parse(_eml(attachment, kind, filename))
    assert release.adapter == "email"
    assert "Veuillez trouver le communiqué ci-joint." in release.text
    (message,) = messages(release, "unreadable-part")
    assert message.startswith("the attached ")


def test_a_header_the_e_mail_parser_cannot_read_is_left_out() -> None:
    release = parse(
        "From: =?utf-8?q?=FF?= <\nTo: redaction@journal.example\nSubject: La médiathèque\n"
        "Date: Tue, 4 Feb 2025 09:30:00 +0100\n\nLa médiathèque ouvre ses portes.\n"
    )
    assert any(m.startswith("From: ") for m in messages(release, "unreadable-part"))
    assert "La médiathèque ouvre ses portes." in release.text


def test_a_page_tree_larger_than_the_limit_is_refused_before_pypdf_lists_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    release = parse(crafted.pdf_of_packed_pages(120))
    assert any("120 pages (limit 100)" in m for m in messages(release, "limit-reached"))
    monkeypatch.setattr(pdf, "MAX_PAGE_TREE", 100)
    with pytest.raises(UnsafeInputError, match="page tree has more than 100 entries"):
        parse(crafted.pdf_of_packed_pages(120))


# -- the limits are the documented ones -------------------------------------------------------

DOCS = Path(__file__).resolve().parent.parent / "docs" / "robustness.md"


def _shown(name: str, value: int) -> str:
    if name.endswith("_BYTES"):
        return f"{value // 2**20} MiB" if value % 2**20 == 0 else f"{value // 1024} KiB"
    return f"{value:,}"


@pytest.mark.parametrize(
    ("module", "name"),
    [
        (docx, "MAX_PART_BYTES"),
        (docx, "MAX_READ_BYTES"),
        (docx, "MAX_PARTS_READ"),
        (docx, "MAX_TAGS"),
        (docx, "MAX_ELEMENTS"),
        (docx, "MAX_TEXT_CHARS"),
        (docx, "MAX_HEADER_FOOTER_CHARS"),
        (pdf, "MAX_PAGE_TREE"),
        (pdf, "MAX_PAGES"),
        (pdf, "MAX_CONTENT_BYTES"),
        (pdf, "MAX_TEXT_CHARS"),
    ],
)
def test_each_work_limit_is_stated_in_the_robustness_page(module: ModuleType, name: str) -> None:
    label = f"`{module.__name__.rsplit('.', 1)[-1]}.{name}`"
    (row,) = [line for line in DOCS.read_text("utf-8").splitlines() if label in line]
    assert _shown(name, getattr(module, name)) in row
