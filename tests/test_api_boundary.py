"""The public API names the mistake: wrong calls fail at the boundary, in the user's words.

Every public function checks its arguments before any work and raises ``TypeError`` (a value
of the wrong kind) or ``ValueError`` (an impossible value) -- the library's own subclass where
one exists -- naming the argument, what was given and what is accepted. What users naturally
pass is accepted where it is unambiguous: an ISO date string, an ``Adapter`` instance, any
``os.PathLike``. Also here: the short ``repr`` of a release, the library logger, and the
public renderers.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import communique
from communique import (
    AdapterError,
    Options,
    PressRelease,
    parse,
    parse_file,
    to_html,
    to_markdown,
)
from communique.adapters import BaseAdapter
from communique.blocks import Document
from communique.source import Source
from communique.view import render_html, render_markdown

from .batch_fixtures import release_text

YEARLESS = "Lyon, le 12 mars\n\n# La Métropole ouvre un nouveau parc\n"


def raised(error: type[Exception], call: Any, *args: Any, **keywords: Any) -> str:
    """The message of the ``error`` that ``call(*args, **keywords)`` raises."""
    with pytest.raises(error) as info:
        call(*args, **keywords)
    assert type(info.value) is error, f"{type(info.value).__name__}: {info.value}"
    return str(info.value)


# -- parse: reference_date -----------------------------------------------------------------


@pytest.mark.parametrize(
    "reference", ["2024-01-15", " 2024-01-15 ", dt.date(2024, 1, 15), dt.datetime(2024, 1, 15, 9)]
)
def test_reference_date_accepts_a_date_a_datetime_or_an_iso_string(reference: object) -> None:
    release = parse(YEARLESS, reference_date=reference)  # type: ignore[arg-type]
    assert release.date == dt.date(2024, 3, 12)


def test_a_reference_date_of_the_wrong_kind_names_the_argument_and_what_it_accepts() -> None:
    message = raised(TypeError, parse, YEARLESS, reference_date=20240115)
    assert message == (
        "reference_date must be None, a datetime.date or an ISO date string such as "
        "'2024-01-15', not an int (20240115)"
    )


@pytest.mark.parametrize(
    ("given", "reason"),
    [("2024-13-01", " (month must be in 1..12)"), ("demain", ""), ("15/01/2024", "")],
)
def test_an_impossible_reference_date_is_a_value_error_that_quotes_it(
    given: str, reason: str
) -> None:
    message = raised(ValueError, parse, YEARLESS, reference_date=given)
    assert message.endswith(f"such as '2024-01-15', not {given!r}{reason}")


# -- parse: source ---------------------------------------------------------------------------


def test_parse_of_none_says_what_a_source_is() -> None:
    message = raised(TypeError, parse, None)
    assert (
        message == "source must be the text (str) or the raw bytes (bytes) of one release, not None"
    )


def test_parse_of_a_path_points_at_parse_file(tmp_path: Path) -> None:
    message = raised(TypeError, parse, tmp_path / "communique.txt")
    assert "not a PosixPath (" in message or "not a WindowsPath (" in message
    assert message.endswith("to read a file, call parse_file(path)")


def test_parse_of_an_open_file_asks_for_its_content() -> None:
    message = raised(TypeError, parse, io.StringIO(release_text(0)))
    assert message.endswith("not a StringIO; pass its content, source.read()")


def test_bytearray_and_memoryview_are_bytes() -> None:
    data = release_text(1).encode("utf-8")
    expected = parse(data)
    assert parse(bytearray(data)) == expected
    assert parse(memoryview(data)) == expected  # type: ignore[arg-type]


# -- parse: adapter, strict, options -----------------------------------------------------------


class Reversed(BaseAdapter):
    """A made-up format for these tests: the lines of the release in reverse order."""

    name = "reversed"

    def segment(self, source: Source) -> Document:
        text = "\n".join(reversed(source.text.split("\n")))
        return communique.registry.get("text").segment(Source(text))


class Crashing(BaseAdapter):
    name = "crashing"

    def segment(self, source: Source) -> Document:
        raise RuntimeError("the format's reader is broken")


def test_an_adapter_instance_is_used_as_is() -> None:
    text = "\n\n".join(reversed(release_text(2).split("\n\n")))
    release = parse(text, adapter=Reversed())
    assert release.adapter == "reversed"
    assert release.headline == parse(release_text(2)).headline
    assert parse(text, options=Options(adapter=Reversed())).adapter == "reversed"


def test_an_adapter_class_asks_for_an_instance() -> None:
    message = raised(TypeError, parse, YEARLESS, adapter=Reversed)
    assert message == (
        "adapter must be None, an adapter name such as 'html', or an Adapter instance, "
        "not the class Reversed; pass an instance: adapter=Reversed()"
    )


def test_an_object_that_is_not_an_adapter_says_what_it_lacks() -> None:
    class Half:
        name = "half"

        def segment(self, source: Source) -> Document:
            raise NotImplementedError

    message = raised(TypeError, parse, YEARLESS, adapter=Half())
    assert message.endswith("not a Half; it lacks media_types, extensions, sniff, adjust_steps")
    assert "not an int (3)" in raised(TypeError, parse, YEARLESS, adapter=3)


def test_an_unknown_adapter_name_is_the_library_lookup_error() -> None:
    message = raised(AdapterError, parse, YEARLESS, adapter="rtf")
    assert message.startswith("no adapter named 'rtf'; known adapters: ")
    assert isinstance(AdapterError("x"), LookupError)
    assert "not an empty string" in raised(ValueError, parse, YEARLESS, adapter=" ")


@pytest.mark.parametrize("strict", ["yes", 1, None])
def test_strict_is_true_or_false_only(strict: object) -> None:
    message = raised(TypeError, parse, YEARLESS, strict=strict)
    assert message.startswith("strict must be True or False, not ")


def test_options_must_be_options() -> None:
    message = raised(TypeError, parse, YEARLESS, options={"strict": True})
    assert message == "options must be None or a communique.Options, not a dict ({'strict': True})"


@pytest.mark.parametrize(
    ("keywords", "error", "message"),
    [
        ({"max_input_bytes": 0}, ValueError, "a positive number of bytes, not 0"),
        ({"max_input_bytes": True}, TypeError, "a positive number of bytes, not a bool (True)"),
        ({"max_input_bytes": "1MB"}, TypeError, "a positive number of bytes, not a str ('1MB')"),
        (
            {"media_type": b"text/html"},
            TypeError,
            "None or a media type such as 'text/html', not a bytes (b'text/html')",
        ),
        ({"filename": 7}, TypeError, "None or a file name (str or os.PathLike), not an int (7)"),
        ({"strict": "false"}, TypeError, "True or False, not a str ('false')"),
    ],
)
def test_options_check_every_field_when_built(
    keywords: dict[str, object], error: type[Exception], message: str
) -> None:
    (name,) = keywords
    assert raised(error, Options, **keywords) == f"{name} must be {message}"


def test_options_accept_a_path_as_file_name_and_a_string_as_date() -> None:
    options = Options(filename=Path("dossier") / "annonce.md", reference_date="2024-01-15")
    assert options.filename == os.path.join("dossier", "annonce.md")
    assert options.reference_date == dt.date(2024, 1, 15)


# -- parse_file --------------------------------------------------------------------------------


class _Located:
    """An ``os.PathLike`` that is not a ``pathlib.Path``, as other libraries hand out."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def __fspath__(self) -> str:
        return str(self._path)


def test_parse_file_reads_any_path_like(tmp_path: Path) -> None:
    path = tmp_path / "communique.txt"
    path.write_text(YEARLESS, encoding="utf-8")
    release = parse_file(_Located(path), reference_date="2024-01-15")
    assert release.date == dt.date(2024, 3, 12)
    assert parse_file(str(path)) == parse_file(path)


def test_parse_file_of_a_release_text_points_at_parse() -> None:
    message = raised(ValueError, parse_file, release_text(0))
    assert message.startswith("path must be a file path (str or os.PathLike), not text with line")
    assert message.endswith("to parse the text of a release, call parse(text)")


def test_parse_file_of_bytes_or_none_says_what_a_path_is() -> None:
    message = raised(TypeError, parse_file, b"Paris, le 3 mars 2024")
    assert message.endswith("to parse raw bytes, call parse(data)")
    assert raised(TypeError, parse_file, None) == (
        "path must be a file path (str or os.PathLike), not None"
    )


# -- PressRelease.from_dict -----------------------------------------------------------------------


def _data() -> dict[str, Any]:
    return parse(release_text(3)).to_dict()


def test_from_dict_of_something_else_than_a_mapping_is_a_type_error() -> None:
    message = raised(TypeError, PressRelease.from_dict, '{"header": {}}')
    assert message.startswith("PressRelease.from_dict: data must be a dict such as ")


def test_from_dict_names_the_missing_key() -> None:
    assert raised(ValueError, PressRelease.from_dict, {}) == (
        "PressRelease.from_dict: missing key 'header' (a PressRelease needs header, dateline, "
        "sections, contacts, diagnostics, adapter, text)"
    )
    data = _data()
    del data["sections"][0]["kind"]
    message = raised(ValueError, PressRelease.from_dict, data)
    assert message.startswith("PressRelease.from_dict: missing key 'sections[0].kind'")


def test_from_dict_names_an_unknown_key_and_the_keys_it_knows() -> None:
    data = _data()
    data["header"]["headlin"] = "Un titre"
    message = raised(ValueError, PressRelease.from_dict, data)
    assert message.startswith("PressRelease.from_dict: unknown key 'header.headlin' (a Header ")


ISO_DATE = "an ISO date string such as '2024-01-15'"
SECTION_KINDS = "'body', 'about', 'contact', 'notes', 'furniture'"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["dateline"].update(date="2024-13-01"),
            f"'dateline.date' must be {ISO_DATE}, not a str ('2024-13-01')",
        ),
        (
            lambda d: d["sections"][1].update(kind="chapter"),
            f"'sections[1].kind' must be one of {SECTION_KINDS}, not a str ('chapter')",
        ),
        (
            lambda d: d["header"].update(headline_span=[3]),
            "'header.headline_span' must be a list of 2 values, not a list ([3])",
        ),
        (
            lambda d: d.update(is_press_release="yes"),
            "'is_press_release' must be true or false, not a str ('yes')",
        ),
        (lambda d: d.update(contacts=None), "'contacts' must be a list, not None"),
        (
            lambda d: d.update(header="Un titre"),
            "'header' must be an object with the keys of Header, not a str ('Un titre')",
        ),
        (lambda d: d.update(text=3), "'text' must be a string, not an int (3)"),
    ],
)
def test_from_dict_names_the_wrong_value_by_its_path(change: Any, message: str) -> None:
    data = _data()
    change(data)
    assert raised(ValueError, PressRelease.from_dict, data) == f"PressRelease.from_dict: {message}"


def test_from_dict_reads_the_command_lines_records_and_round_trips() -> None:
    release = parse(release_text(3))
    assert PressRelease.from_dict({"file": "communique.txt", **release.to_dict()}) == release


# -- repr --------------------------------------------------------------------------------------


def test_the_repr_of_a_release_is_one_short_line_with_what_identifies_it() -> None:
    text = release_text(5) + "\n\n".join(["Un long paragraphe du corps du communiqué. " * 20] * 30)
    release = parse(text)
    shown = repr(release)
    assert len(release.text) > 20_000
    assert len(shown) < 200
    assert "\n" not in shown
    assert shown == str(release)
    headline = release.headline
    assert headline is not None
    assert shown == (
        f"PressRelease(headline='{headline[:59].rstrip()}…', date={release.date}, "
        f"place='Dijon', sections={len(release.sections)}, contacts=1, "
        f"diagnostics={len(release.diagnostics)})"
    )


def test_the_repr_of_an_empty_result_says_what_is_missing() -> None:
    release = parse("")
    assert repr(release) == (
        f"PressRelease(headline=None, date=None, place=None, sections=0, contacts=0, "
        f"diagnostics={len(release.diagnostics)})"
    )


# -- the library logger -------------------------------------------------------------------------


def test_an_adapter_fallback_is_logged_with_the_input_and_the_reason(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="communique"):
        release = parse(release_text(0), adapter=Crashing(), filename="annonce.txt")
    assert release.adapter == "text"
    assert "adapter-fallback" in {d.code for d in release.diagnostics}
    (record,) = caplog.records
    assert record.name == "communique.api"
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        "annonce.txt: adapter 'crashing' failed (RuntimeError: the format's reader is broken); "
        "read as plain text"
    )


def test_the_library_logger_is_silent_unless_the_application_configures_logging(
    tmp_path: Path,
) -> None:
    script = (
        "import pathlib\n"
        "from communique import parse, parse_many\n"
        "from communique.adapters import BaseAdapter\n"
        "class Crashing(BaseAdapter):\n"
        "    name = 'crashing'\n"
        "    def segment(self, source):\n"
        "        raise RuntimeError('broken')\n"
        "parse('Lyon, le 2 mars 2021', adapter=Crashing())\n"
        f"list(parse_many([pathlib.Path({str(tmp_path / 'absent.txt')!r})]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stderr == ""
    assert any(isinstance(h, logging.NullHandler) for h in logging.getLogger("communique").handlers)


# -- the public renderers -------------------------------------------------------------------------


def test_the_renderers_are_public_and_render_what_the_command_line_renders() -> None:
    assert {"to_markdown", "to_html"} <= set(communique.__all__)
    release = parse(release_text(6))
    assert to_markdown(release) == render_markdown(release)
    assert to_html(release, source=Path("dossier") / "annonce.txt") == render_html(
        release, os.path.join("dossier", "annonce.txt")
    )
    assert to_html(release) == render_html(release)


def test_the_renderers_ask_for_a_parsed_release() -> None:
    message = raised(TypeError, to_markdown, release_text(0))
    assert message.startswith("release must be a communique.PressRelease, not a str (")
    assert message.endswith("parse the input first, parse(text)")
    assert raised(TypeError, to_html, None) == (
        "release must be a communique.PressRelease, not None"
    )
