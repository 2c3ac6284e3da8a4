"""The loader reads a UTF-8 input's bytes for the characters normalisation replaces.

`normalise` scans the text once for lone surrogates, controls and invisible characters
(`_REPLACED`). For bytes that decode as UTF-8 the loader asks the bytes instead, each of those
characters a byte sequence a scan finds from its first byte, and skips the text's scan when
they hold none. The loaded source is the same either way.
"""

from __future__ import annotations

from hypothesis import given, settings

from communique import source
from communique.exceptions import DecodeError

from . import strategies as gs


@settings(max_examples=400, deadline=None)
@given(gs.loader_inputs)
def test_the_bytes_read_for_the_replaced_characters_answer_as_the_text_scan(raw: bytes) -> None:
    body = raw.removeprefix(b"\xef\xbb\xbf")
    if any(byte < 0x20 and byte not in b"\t\n\x0c\r" for byte in body):
        return  # read only without a C0 control (those the decoder counts)
    expected = source._REPLACED.search(body.decode("utf-8")) is None
    assert source._holds_none_replaced(body) is expected


@settings(max_examples=400, deadline=None)
@given(gs.loader_inputs)
def test_a_source_loaded_with_its_bytes_read_is_the_source_scanned_as_text(raw: bytes) -> None:
    def load() -> source.Source | str:
        try:
            return source.load(raw, max_input_bytes=10**6)
        except DecodeError as error:
            return str(error)

    read = load()
    reading = source._holds_none_replaced
    source._holds_none_replaced = lambda raw: False  # every text scanned
    try:
        scanned = load()
    finally:
        source._holds_none_replaced = reading
    assert read == scanned


def test_the_bytes_are_read_only_for_a_strict_utf8_input_without_control_bytes() -> None:
    assert source._decode("Le 4 mai\u00a02023".encode(), [])[2] is True
    assert source._decode("Le 4 mai\u00ad2023".encode(), [])[2] is False
    assert source._decode(b"Le 4 mai 2023. " * 4 + b"\x07", [])[2] is False
    assert source._decode(b"Le 4 mai \xe9t\xe9", [])[2] is False  # not UTF-8: cp1252
    assert source._decode(b"x" * 70_000 + b"\x07", [])[2] is False  # past the sample
