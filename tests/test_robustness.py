"""Never crash, never lose text: totality over every adapter, the bytes policy, the size
limit, and the regression inputs the long fuzz (``fuzz/run.py``) saved.

The two checks below, :func:`check_text` and :func:`check_bytes`, are the oracle of both
these tests and the long fuzz.
"""

from __future__ import annotations

import base64
import codecs
import datetime as dt
import importlib.util
import json
import re
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique import (
    CommuniqueError,
    DecodeError,
    InputTooLargeError,
    Options,
    PressRelease,
    UnsafeInputError,
    parse,
    parse_file,
    source,
)
from communique.models import Diagnostic
from communique.registry import adapter_names, get

from . import strategies as gs
from .conftest import SEED_FILES, seed_text
from .test_properties import all_spans

REGRESSIONS = Path(__file__).resolve().parent / "regressions"
# Large enough for the enormous lines the strategies draw; the limit has its own tests.
ROOMY = Options(max_input_bytes=64 * 1024 * 1024)


def reads_text(adapter: str) -> bool:
    """Whether an adapter reads text (it must then accept any ``str``), not a binary container."""
    return any(m.startswith(("text/", "message/")) for m in get(adapter).media_types)


def check_release(release: PressRelease) -> None:
    assert isinstance(release, PressRelease)
    for start, end in all_spans(release):
        assert 0 <= start <= end <= len(release.text), (start, end)
    json.dumps(release.to_dict())


def attempt(source: str | bytes, adapter: str | None) -> PressRelease | CommuniqueError:
    """Parse, returning the library error instead of raising it (anything else propagates)."""
    try:
        return parse(source, adapter=adapter, options=ROOMY)
    except CommuniqueError as error:
        return error


def check_text(text: str, adapter: str | None = None) -> None:
    """Any ``str`` parses. A text adapter may only refuse hostile input (a front matter past
    its limits); a binary-format adapter (DOCX, PDF) may refuse text, with a library error."""
    result = attempt(text, adapter)
    if isinstance(result, CommuniqueError):
        if adapter is None or reads_text(adapter):
            assert isinstance(result, UnsafeInputError), f"{type(result).__name__}: {result}"
        assert len(str(result)) > 10, repr(result)
        return
    check_release(result)


def check_bytes(raw: bytes, adapter: str | None = None) -> None:
    """Any ``bytes`` parse, or raise one documented library error with a message."""
    result = attempt(raw, adapter)
    if isinstance(result, CommuniqueError):
        assert len(str(result)) > 10, repr(result)
        return
    check_release(result)


# -- totality ----------------------------------------------------------------------------------


@given(gs.release_like_text, st.sampled_from((None, *adapter_names())))
@example("\ud800Paris, le 1er mars 2005\udfff", None)
@example("a" * 100_000, None)
@example("*" * 10_000 + "\n" + "#" * 5_000, "markdown")
@example("<" * 10_000, "html")
@example("<div>" * 5_000, "html")
@example("[" * 5_000 + "](" * 5_000, "markdown")
@example("> " * 5_000 + "x", "markdown")
@example("- " * 5_000 + "x", "markdown")
def test_any_release_like_text_parses_with_every_adapter(text: str, adapter: str | None) -> None:
    check_text(text, adapter)


@given(st.text(), st.sampled_from((None, *adapter_names())))
def test_any_text_parses_with_every_adapter(text: str, adapter: str | None) -> None:
    check_text(text, adapter)


@given(gs.release_like_bytes, st.sampled_from((None, *adapter_names())))
@example(b"PK\x03\x04" + b"\x00" * 100, None)
@example(b"%PDF-1.4\n" + b"\xff" * 100, None)
@example(b"\xff\xfe\x00", None)
@example(b"\xfe\xff\xd8\x00", None)
def test_any_bytes_parse_or_raise_a_library_error(raw: bytes, adapter: str | None) -> None:
    check_bytes(raw, adapter)


# -- bytes and encodings ----------------------------------------------------------------------

PELLERIN = seed_text(SEED_FILES[1].name)
FRENCH = "Paris, le 24 juillet 2012 – Communiqué de presse : « Très élevé »\n"


def codes(release: PressRelease) -> set[str]:
    return {d.code for d in release.diagnostics}


LATIN_1 = FRENCH.replace("’", "'").replace("–", "-")  # Latin-1 has neither character


@pytest.mark.parametrize(
    ("raw", "text", "diagnostic"),
    [
        pytest.param(FRENCH.encode("utf-8"), FRENCH, None, id="utf-8"),
        pytest.param(codecs.BOM_UTF8 + FRENCH.encode("utf-8"), FRENCH, None, id="utf-8-bom"),
        pytest.param(FRENCH.encode("utf-16"), FRENCH, "decoded-utf16", id="utf-16-bom"),
        pytest.param(
            codecs.BOM_UTF16_BE + FRENCH.encode("utf-16-be"), FRENCH, "decoded-utf16", id="be"
        ),
        pytest.param(FRENCH.encode("cp1252"), FRENCH, "decoded-fallback-encoding", id="cp1252"),
        pytest.param(LATIN_1.encode("latin-1"), LATIN_1, "decoded-fallback-encoding", id="latin-1"),
    ],
)
def test_encodings_decode_to_the_same_text(raw: bytes, text: str, diagnostic: str | None) -> None:
    release = parse(raw)
    assert release.text == text
    if diagnostic is not None:
        assert diagnostic in codes(release)
    else:
        assert not codes(release) & {"decoded-fallback-encoding", "replaced-undecodable-bytes"}


LATIN_9 = "Le cœur du budget : 5 M€ pour l'œuvre régionale.\n"  # œ and € differ from cp1252
PAGE = "<html><head>{meta}<title>Budget</title></head><body><p>{text}</p></body></html>"


@pytest.mark.parametrize(
    "meta",
    [
        '<meta charset="iso-8859-15">',
        "<meta http-equiv='Content-Type' content='text/html; charset=ISO-8859-15'>",
    ],
)
def test_an_html_charset_declaration_decodes_bytes_that_are_not_utf8(meta: str) -> None:
    release = parse(PAGE.format(meta=meta, text=LATIN_9).encode("iso-8859-15"))
    assert "Le cœur du budget : 5 M€ pour l'œuvre régionale." in release.text
    assert "decoded-declared-encoding" in codes(release)
    assert "decoded-fallback-encoding" not in codes(release)


def test_the_media_types_charset_decodes_and_chooses_the_adapter() -> None:
    raw = PAGE.format(meta="", text=LATIN_9).encode("iso-8859-15")
    release = parse(raw, media_type="text/html; charset=ISO-8859-15")
    assert release.adapter == "html"
    assert "5 M€" in release.text
    assert parse(raw, options=Options(media_type="text/html; charset=latin-9")).text == (
        release.text
    )


def test_a_latin_1_declaration_reads_as_windows_1252_like_browsers() -> None:
    raw = "L\u2019État investit.\n".encode("cp1252")  # 0x92: a curly apostrophe in cp1252
    release = parse(raw, media_type="text/plain; charset=iso-8859-1")
    assert release.text == "L’État investit.\n"


@pytest.mark.parametrize("charset", ["no-such-charset", "rot13", "utf-16"])
def test_an_unusable_declaration_falls_back_to_windows_1252(charset: str) -> None:
    release = parse(FRENCH.encode("cp1252"), media_type=f"text/plain; charset={charset}")
    assert release.text == FRENCH
    assert "decoded-fallback-encoding" in codes(release)


def test_utf8_bytes_win_over_a_wrong_declaration() -> None:
    raw = PAGE.format(meta='<meta charset="iso-8859-1">', text=LATIN_9).encode("utf-8")
    release = parse(raw)
    assert "5 M€" in release.text
    assert not codes(release) & {"decoded-declared-encoding", "decoded-fallback-encoding"}


def test_mojibake_is_repaired_with_a_diagnostic() -> None:
    mangled = FRENCH.encode("utf-8").decode("cp1252")  # "Ã©" for "é", "â€“" for "–"
    assert "Ã©" in mangled
    release = parse(mangled)
    assert release.text == FRENCH
    assert "repaired-mojibake" in codes(release)


def test_mojibake_in_bytes_is_repaired_too() -> None:
    mangled = FRENCH.encode("utf-8").decode("cp1252").encode("utf-8")
    release = parse(mangled)
    assert release.text == FRENCH
    assert "repaired-mojibake" in codes(release)


def test_a_no_break_space_that_lost_its_second_byte_is_repaired() -> None:
    # A Latin-1 file holding UTF-8 no-break spaces (C2 A0) whose A0 byte became a plain
    # space: each reads "Â " ("Â" is C2 in Latin-1).
    damaged = "Mars 2006 : Â Le groupe a publié la version 8.2. Â  Les 1Â 600 tests passent.\n"
    repaired = damaged.replace("Â ", "\N{NO-BREAK SPACE}")
    release = parse(damaged.encode("latin-1"))
    assert release.text == repaired
    assert "repaired-mojibake" in codes(release)
    assert parse(damaged).text == repaired  # the same in str input


@pytest.mark.parametrize("text", ["CHÂ TEAU", "PÂTE À CRÊPES", "Âge : 12 ans", "ÂÂ x"])
def test_a_capital_a_circumflex_inside_a_word_is_kept(text: str) -> None:
    assert parse(text + "\n").text == text + "\n"


def test_real_text_with_capital_a_tilde_is_not_repaired() -> None:
    text = "São Paulo, Ã (la lettre), AÃ§ores\n"
    assert parse(text).text.startswith("São Paulo")


# A web page's hyphenation hints and line-break hints, inside the words a release is read by.
HIDDEN_IN_WORDS = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "word joiner": "\u2060",
}
RELEASE_WITH_HIDDEN_BREAKS = (
    "Région Normandie\n\nCOMMUNIQUÉ DE PRESSE\n\nRouen, le 4 ma{0}i 20{0}23\n\n"
    "Un pro{0}gramme pour l'inno{0}vation\n\n"
    "La région lance aujourd'hui un programme pour les entreprises innovantes.\n\n"
    "Contact presse : Marie Durand, 02 31 06 9{0}8 76, marie.durand@example.fr\n"
)


@pytest.mark.parametrize("mark", HIDDEN_IN_WORDS.values(), ids=HIDDEN_IN_WORDS.keys())
def test_invisible_characters_inside_words_are_removed_with_a_diagnostic(mark: str) -> None:
    release = parse(RELEASE_WITH_HIDDEN_BREAKS.format(mark))
    assert release.text == RELEASE_WITH_HIDDEN_BREAKS.format("")
    assert "removed-invisible-characters" in codes(release)
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2023, 5, 4)
    assert release.header.headline == "Un programme pour l'innovation"
    assert release.contacts[0].phones == ("02 31 06 98 76",)


@pytest.mark.parametrize("entity", ["&shy;", "&#8203;", "&#x2060;"])
def test_invisible_characters_in_a_page_are_removed_from_its_text(entity: str) -> None:
    page = (
        f"<html><body><h1>Un pro{entity}gramme</h1>"
        f"<p>Rouen, le 4 ma{entity}i 2023 – La région lance un programme.</p></body></html>"
    )
    release = parse(page)
    assert release.header.headline == "Un programme"
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2023, 5, 4)
    said = [d.code for d in release.diagnostics if d.code == "removed-invisible-characters"]
    assert len(said) == 1


def test_joiners_that_shape_emoji_are_kept() -> None:
    text = "Les équipes 👩\u200d🔬 du laboratoire\n"
    release = parse(text)
    assert release.text == text
    assert "removed-invisible-characters" not in codes(release)


def _characters_of(pattern: re.Pattern[str]) -> list[str]:
    """The characters a one-character class pattern (``[a-z\\x00]``) holds."""
    ((op, items),) = sre_parse.parse(pattern.pattern)
    assert op is sre.IN
    found: list[str] = []
    for kind, value in items:
        if kind is sre.LITERAL:
            found.append(chr(value))
        else:
            assert kind is sre.RANGE
            found.extend(chr(c) for c in range(value[0], value[1] + 1))
    return found


@pytest.mark.parametrize(
    ("pattern", "code"),
    [
        (source._SURROGATES, "replaced-lone-surrogates"),
        (source._CONTROLS, "removed-control-characters"),
        (source.INVISIBLE_CHARACTERS, "removed-invisible-characters"),
    ],
)
def test_every_character_normalising_replaces_is_seen_in_a_text(
    pattern: re.Pattern[str], code: str
) -> None:
    # Normalising looks for all of them in one scan first: none may be missing from it.
    for character in _characters_of(pattern):
        found: list[Diagnostic] = []
        text = source.normalise(f"Le 4 mai{character} 2023", found)
        assert character not in text
        assert code in [d.code for d in found], repr(character)


def test_undecodable_bytes_are_replaced_and_reported() -> None:
    raw = "Le préfet a signé l'arrêté n° 12 à Saint-Étienne.\n".encode() + b"\xff\xfe\x80 fin\n"
    release = parse(raw)
    assert "\ufffd" in release.text
    assert "replaced-undecodable-bytes" in codes(release)
    assert "Saint-Étienne" in release.text  # the rest was kept


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"Communiqu\x00e de presse", id="nul"),
        pytest.param(bytes(range(32)) * 20, id="control-bytes"),
        pytest.param(b"\x7fELF\x02\x01\x01" + b"\x00" * 50, id="elf"),
    ],
)
def test_binary_data_is_refused_with_a_decode_error(raw: bytes) -> None:
    with pytest.raises(DecodeError, match=r"binary|NUL"):
        parse(raw)


def test_decode_error_is_a_value_error_and_a_library_error() -> None:
    with pytest.raises(ValueError) as caught:  # noqa: PT011 - the builtin is the contract
        parse(b"\x00\x01\x02")
    assert isinstance(caught.value, CommuniqueError)


@pytest.mark.parametrize("raw", [b"x" * 1001, "é" * 1001], ids=["bytes", "str"])
def test_input_over_the_limit_is_refused_before_any_work(raw: str | bytes) -> None:
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        parse(raw, options=Options(max_input_bytes=1000))


def test_file_over_the_limit_is_refused_from_its_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"a" * 2000)
    with pytest.raises(InputTooLargeError, match="max_input_bytes"):
        parse_file(path, options=Options(max_input_bytes=1000))


def test_the_default_limit_is_documented() -> None:
    from communique.options import DEFAULT_MAX_INPUT_BYTES

    page = (Path(__file__).resolve().parent.parent / "docs" / "robustness.md").read_text("utf-8")
    assert (
        f"{DEFAULT_MAX_INPUT_BYTES:,}" in page or f"{DEFAULT_MAX_INPUT_BYTES // 2**20} MiB" in page
    )


# -- nothing lost --------------------------------------------------------------------------------


def uncovered(release: PressRelease) -> list[str]:
    """The runs of non-blank characters of the text that no part of the result covers.

    Markdown markup (emphasis, heading marks, link destinations) is not text: a Markdown
    release is checked on its plain-text rendering instead.
    """
    covered = bytearray(len(release.text))
    for start, end in all_spans(release):
        covered[start:end] = b"\x01" * (end - start)
    runs: list[str] = []
    index = 0
    text = release.text
    while index < len(text):
        if covered[index] or text[index].isspace():
            index += 1
            continue
        end = index
        while end < len(text) and not covered[end]:
            end += 1
        runs.append(text[index:end].strip())
        index = end
    return runs


@given(gs.gen_releases())
def test_nothing_is_lost_from_a_generated_plain_text_release(release: gs.GenRelease) -> None:
    assert uncovered(parse(gs.render_text(release))) == []


def test_nothing_is_lost_from_an_issuer_with_a_title() -> None:
    plain = gs.strip_emphasis(PELLERIN).replace("## ", "").replace("  \n", "\n")
    assert uncovered(parse(plain, adapter="text")) == []


def test_nothing_is_lost_from_an_unclassified_header_line() -> None:
    text = (
        "Liberté\nÉgalité\nFraternité\n\nPRÉFET DE LA RÉGION BRETAGNE\n\nCommuniqué de presse\n\n"
        "Rennes, le 3 mars 2021\n\nLe préfet lance un appel à projets pour l'innovation\n\n"
        f"{gs.SENTENCES[0]} {gs.SENTENCES[1]} {gs.SENTENCES[2]}\n\n"
        "Contact presse\nJeanne DUPONT\nTél. : 02 99 02 10 35\n"
    )
    assert uncovered(parse(text)) == []


def visible(text: str) -> str:
    """The characters of ``text`` that are not whitespace, in order."""
    return "".join(text.split())


@given(gs.deep_html_pages, st.booleans())
def test_nothing_is_lost_from_a_deeply_nested_page(
    page: tuple[str, gs.GenRelease], as_bytes: bool
) -> None:
    html_page, generated = page
    release = parse(html_page.encode("utf-8") if as_bytes else html_page, filename="page.html")
    assert visible(release.text) == visible(gs.render_text(generated))
    assert uncovered(release) == []


# -- the regressions the long fuzz saved ----------------------------------------------------------


def load_regression(path: Path) -> tuple[str, str | bytes, str | None]:
    """A saved failing input: its target (``text`` or ``bytes``), the input and the adapter."""
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    if data["target"] == "bytes":
        return "bytes", base64.b64decode(data["input_base64"]), data.get("adapter")
    return "text", data["input"], data.get("adapter")


REGRESSION_FILES = sorted(REGRESSIONS.glob("*.json"))


@pytest.mark.parametrize("path", REGRESSION_FILES, ids=[p.stem for p in REGRESSION_FILES])
def test_saved_regression_inputs_no_longer_fail(path: Path) -> None:
    target, value, adapter = load_regression(path)
    if target == "bytes":
        assert isinstance(value, bytes)
        check_bytes(value, adapter)
    else:
        assert isinstance(value, str)
        check_text(value, adapter)


def test_the_fuzz_saves_a_failing_input_as_a_replayable_fixture(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec = importlib.util.spec_from_file_location(
        "fuzz_run", REGRESSIONS.parent.parent / "fuzz" / "run.py"
    )
    assert spec is not None
    assert spec.loader is not None
    fuzz = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fuzz)
    monkeypatch.setattr(fuzz, "REGRESSIONS", tmp_path)
    for value in ("Paris\ud800, le 1er mars", b"\xff\x00binary"):
        target = "bytes" if isinstance(value, bytes) else "text"
        path = fuzz.save(fuzz.Found(target, value, "text", IndexError("boom")))
        assert load_regression(path) == (target, value, "text")
        assert "IndexError: boom" in path.read_text("utf-8")
