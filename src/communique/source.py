"""Loading: bytes or str in, one normalised text out, with what was repaired as diagnostics.

The decoding policy, in order:

1. The size limit is checked first, before any work
   ([`InputTooLargeError`][communique.InputTooLargeError]).
2. Binary containers the adapters read themselves (ZIP-based DOCX, PDF) are kept as bytes.
3. A byte-order mark decides: UTF-8 (dropped) or UTF-16.
4. NUL bytes or a high share of control bytes mean binary data:
   [`DecodeError`][communique.DecodeError].
5. Strict UTF-8; if that fails and most non-ASCII sequences are still valid UTF-8, UTF-8 with
   replacement characters; otherwise the declared encoding (the ``charset`` of the media type
   the caller passes, else a ``<meta charset>`` or ``<?xml encoding?>`` declaration in the
   first 4 KB; Latin-1 and ASCII labels read as Windows-1252, as browsers do); otherwise
   Windows-1252 (a superset of Latin-1 for text). Every fallback or replacement is a
   diagnostic. A declared charset that is no document encoding (``idna``, ``undefined``,
   ``base64``…) or whose codec fails on the bytes is ignored with an
   ``ignored-declared-encoding`` diagnostic: the codec runs behind
   `foreign_parser`, like every parser the library calls.

Normalisation (also for ``str`` input): newlines become ``\\n``; BOMs, lone surrogates and
control characters are replaced, never dropped silently; soft hyphens, zero-width spaces and
word joiners are removed, with a diagnostic; UTF-8-read-as-Latin-1 mojibake
(``Ã©``) is repaired, and so is the lone ``Â`` a UTF-8 no-break space leaves when its second
byte was turned into a plain space (``2005 : Â Le``); the text is put in Unicode NFC. Spans
index into the result.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

import attrs

from . import diagnostics
from .exceptions import CommuniqueError, DecodeError, InputTooLargeError, foreign_parser
from .models import Diagnostic

__all__ = ["Source", "load"]

# The control bytes that mark binary data: C0 controls but tab, newline, form feed and CR.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13))
# Magic numbers of the binary containers some adapters read.
_BINARY_SIGNATURES = (b"PK\x03\x04", b"%PDF-")


@attrs.frozen
class Source:
    """The decoded and normalised input: what an adapter's ``sniff`` and ``segment`` receive.

    ``text`` is empty and ``data`` holds the bytes for binary containers (DOCX, PDF), which
    their adapters turn into text themselves.

    Attributes:
        text: the input as text, decoded and normalised (newlines as ``\\n``, Unicode NFC,
            no BOM); empty for a binary container.
        data: the raw bytes of a binary container (the input starts with a ZIP or PDF
            signature), else ``None``.
        encoding: the encoding the bytes were decoded with (``utf-8``, ``cp1252``…);
            ``None`` for ``str`` input and binary containers.
        filename: the input's file name, when known (a hint, as for choosing the adapter).
        diagnostics: what decoding and normalisation repaired; the library adds them to the
            result, so an adapter need not copy them into its document.
    """

    text: str
    data: bytes | None = None
    encoding: str | None = None
    filename: str | None = None
    diagnostics: tuple[Diagnostic, ...] = ()


def load(
    raw: str | bytes,
    *,
    max_input_bytes: int,
    filename: str | None = None,
    media_type: str | None = None,
) -> Source:
    """Decode and normalise ``raw`` (see the module docstring for the policy); the
    ``charset`` of ``media_type`` is the declared encoding."""
    if len(raw) > max_input_bytes:
        raise InputTooLargeError(
            f"input of {len(raw):,} {'bytes' if isinstance(raw, bytes) else 'characters'} "
            f"exceeds the limit of {max_input_bytes:,}; pass a larger max_input_bytes to accept it"
        )
    found: list[Diagnostic] = []
    encoding: str | None = None
    read = False
    if isinstance(raw, bytes):
        if raw.startswith(_BINARY_SIGNATURES):
            return Source("", data=raw, filename=filename)
        text, encoding, read = _decode(raw, found, _charset(media_type))
    else:
        text = raw
    text = normalise(text, found, none_replaced=read)
    if not text.strip():
        found.append(diagnostics.make("empty-input"))
    return Source(text, encoding=encoding, filename=filename, diagnostics=tuple(found))


def _decode(
    raw: bytes, found: list[Diagnostic], declared: str | None = None
) -> tuple[str, str, bool]:
    """The text, its encoding, and whether the bytes were read to hold none of the
    characters `normalise` replaces or removes (`_holds_none_replaced`)."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        found.append(diagnostics.make("decoded-utf16"))
        return _decode_replacing(raw, "utf-16", found), "utf-16", False
    if b"\x00" in raw:
        raise DecodeError(
            "the input contains NUL bytes: it is binary data or UTF-16 without a byte-order "
            "mark, not text the library can read"
        )
    sample = raw[:65536]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if sample and controls / len(sample) > 0.05:
        raise DecodeError(
            f"the input looks binary ({controls} control bytes in its first {len(sample)}): "
            "not a text, HTML, DOCX or PDF file"
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        # (no C0 control in the sample counted above, nor in the rest of the input)
        rest = raw[len(sample) :]
        read = (
            not controls
            and len(rest.translate(None, _CONTROL_BYTES)) == len(rest)
            and _holds_none_replaced(raw)
        )
        return text, "utf-8", read
    replaced = raw.decode("utf-8", errors="replace")
    bad = replaced.count("\ufffd")
    good = len(replaced) - len(replaced.encode("ascii", "ignore")) - bad  # non-ASCII, decoded
    if good > 2 * bad:
        found.append(
            diagnostics.make(
                "replaced-undecodable-bytes", f"{bad} undecodable byte sequence(s) replaced"
            )
        )
        return replaced, "utf-8", False
    codec = _codec(declared, found) or _codec(_meta_charset(raw), found)
    if codec is not None and codec != "utf-8":
        declared_text = _decode_declared(raw, codec, found)
        if declared_text is not None:
            return declared_text, codec, False
    found.append(diagnostics.make("decoded-fallback-encoding"))
    return _decode_replacing(raw, "cp1252", found), "cp1252", False


# The UTF-8 bytes of a C1 control (U+0080-U+009F but NEL, which is a newline) or a soft
# hyphen: C2 and one byte. (C2 is never a continuation byte: each C2 starts a character.)
_C1_OR_SOFT_HYPHEN_UTF8 = re.compile(b"\xc2[\x80-\x84\x86-\x9f\xad]")


def _holds_none_replaced(raw: bytes) -> bool:
    """Whether ``raw``, valid UTF-8 without a C0 control byte (counted by the caller), holds
    none of the characters of `_REPLACED` but the C0 controls: no DEL, no C1 control, no
    soft hyphen, zero-width space or word joiner (a lone surrogate is no valid UTF-8).

    Read in the bytes, where each is a byte sequence a scan finds from its first byte (a
    literal, which the engine skips to), rather than by `_REPLACED`'s class tried at every
    character of the text: the same answer as ``_REPLACED.search(raw.decode())``.
    """
    return (
        b"\x7f" not in raw
        and b"\xe2\x80\x8b" not in raw
        and b"\xe2\x81\xa0" not in raw
        and _C1_OR_SOFT_HYPHEN_UTF8.search(raw) is None
    )


def _decode_declared(raw: bytes, codec: str, found: list[Diagnostic]) -> str | None:
    """``raw`` decoded with the codec the input declares, or ``None`` (with a diagnostic) when
    that codec fails on it: the boundary around `codecs`, whose codecs may raise
    anything (``idna`` refuses the ``replace`` error handler, ``punycode`` raises on
    non-ASCII bytes)."""
    try:
        with foreign_parser(f"the declared charset {codec!r}"):
            text = _decode_replacing(raw, codec, [])
    except CommuniqueError as error:
        found.append(
            diagnostics.make(
                "ignored-declared-encoding", f"{error}; the encoding was detected instead"
            )
        )
        return None
    found.append(
        diagnostics.make(
            "decoded-declared-encoding",
            f"the bytes were not UTF-8; decoded as {codec}, the encoding the input declares",
        )
    )
    if "\ufffd" in text:
        found.append(diagnostics.make("replaced-undecodable-bytes"))
    return text


def _decode_replacing(raw: bytes, codec: str, found: list[Diagnostic]) -> str:
    """``raw`` decoded with ``codec``; undecodable bytes become U+FFFD, with a diagnostic."""
    text = raw.decode(codec, errors="replace")
    if "\ufffd" in text:
        found.append(diagnostics.make("replaced-undecodable-bytes"))
    return text


# The charset parameter of a media type: "text/html; charset=ISO-8859-15".
_CHARSET_PARAMETER = re.compile(r";\s*charset\s*=\s*[\"']?([\w.:-]{1,40})", re.I)
# A charset declared near the top of an HTML or XML file: <meta charset="…">, <meta
# http-equiv="Content-Type" content="text/html; charset=…">, <?xml … encoding="…"?>.
_META_CHARSET = re.compile(
    rb"<meta\s[^<>]{0,300}?charset\s*=\s*[\"']?([\w.:-]{1,40})"
    rb"|<\?xml\s[^<>]{0,100}?encoding\s*=\s*[\"']([\w.:-]{1,40})",
    re.I,
)
# Where a declaration is looked for (HTML5 asks for it in the first 1024 bytes).
_DECLARATION_BYTES = 4096
# Labels that mean Windows-1252 in practice (the WHATWG Encoding Standard reads them so).
_AS_CP1252 = frozenset({"latin-1", "iso8859-1", "ascii"})
# Codecs Python calls text encodings that no document is written in: host-name encodings
# (idna, punycode), the codec that always fails (undefined) and Python-literal escapes.
_NOT_DOCUMENT_ENCODINGS = frozenset(
    {"idna", "punycode", "undefined", "unicode-escape", "raw-unicode-escape"}
)


def _charset(media_type: str | None) -> str | None:
    match = _CHARSET_PARAMETER.search(media_type or "")
    return match.group(1) if match else None


def _meta_charset(raw: bytes) -> str | None:
    match = _META_CHARSET.search(raw, 0, _DECLARATION_BYTES)
    if match is None:
        return None
    return (match.group(1) or match.group(2)).decode("ascii", errors="replace")


def _codec(label: str | None, found: list[Diagnostic]) -> str | None:
    """The Python codec for a declared charset label; ``None`` for unknown ones, and ``None``
    with an ``ignored-declared-encoding`` diagnostic for codecs that do not encode documents
    (see `_NOT_DOCUMENT_ENCODINGS`)."""
    if not label:
        return None
    try:
        info = codecs.lookup(label)
    except LookupError:
        try:  # "latin-9" is Python's "latin9"
            info = codecs.lookup(label.replace("-", "").replace("_", ""))
        except LookupError:
            return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_ENCODINGS:
        found.append(
            diagnostics.make(
                "ignored-declared-encoding",
                f"the declared charset {label!r} is not a text encoding; "
                "the encoding was detected instead",
            )
        )
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        return None  # UTF-16 or UTF-32 declared on bytes a BOM did not announce (nor NULs)
    return "cp1252" if info.name in _AS_CP1252 else info.name


# Newline variants besides CRLF and CR: vertical tab, form feed, NEL, line and paragraph
# separators.
_NEWLINE_VARIANTS = ("\x0b", "\x0c", "\x85", "\u2028", "\u2029")
# C0 controls except tab and newline, DEL, the remaining C1 controls, and BOMs in the text.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")
# Invisible characters that web pages and word processors leave inside words: the soft hyphen
# (a hyphenation hint), the zero-width space (a line-break hint) and the word joiner. Kept, they
# split "ma\u00adi" or "01\u200b23" for every pattern that reads the text. Zero-width joiners
# and non-joiners shape emoji and scripts, so they stay.
INVISIBLE = ("\N{SOFT HYPHEN}", "\N{ZERO WIDTH SPACE}", "\N{WORD JOINER}")
INVISIBLE_CHARACTERS = re.compile("[" + "".join(INVISIBLE) + "]")
# Any of the characters of _SURROGATES, _CONTROLS and INVISIBLE_CHARACTERS: a text without
# them (nearly every text) is scanned once instead of three times.
_REPLACED = re.compile(
    "[" + "".join(p.pattern[1:-1] for p in (_SURROGATES, _CONTROLS, INVISIBLE_CHARACTERS)) + "]"
)
# A UTF-8 sequence read as Windows-1252, restricted to the shapes French mojibake takes so
# that real text is never "repaired": a two-byte sequence for U+0080-U+017F shown as Â, Ã or Å
# plus one continuation character (Ã© for é, Â« for «, Å“ for œ), or a three-byte
# punctuation sequence shown as â plus two (â€™ for ’, â€“ for –).
_CP1252_CONTINUATION = (
    "\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2020\u2021\u2022\u2026\u2030"
    "\u2039\u203a\u20ac\u2122"
)
_MOJIBAKE = re.compile(
    f"[\u00c2\u00c3\u00c5][{_CP1252_CONTINUATION}]"
    f"|\u00e2[{_CP1252_CONTINUATION}][{_CP1252_CONTINUATION}]"
)
# What is left of a UTF-8 no-break space (C2 A0) whose A0 byte became a plain space, read as
# Latin-1: "Â" then a space. Never after a letter, where "Â" could belong to a word; a digit
# may come before ("1Â 600" is "1 600" with a no-break space). No French word is the lone "Â".
_STRAY_NBSP_LEAD = re.compile("(?<![^\\W\\d_])\u00c2 ")


def normalise(text: str, found: list[Diagnostic], *, none_replaced: bool = False) -> str:
    """Normalise newlines, controls, surrogates, mojibake and Unicode form (see module doc).

    ``none_replaced``: the text is known to hold none of the surrogates, controls and
    invisible characters replaced or removed here (its bytes were read for them), so it is
    not scanned for them again. (The newline variants and the BOMs replaced first are none
    of them.)
    """
    if "\r" in text:  # CRLF first, then a lone CR
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for newline in _NEWLINE_VARIANTS:
        if newline in text:
            text = text.replace(newline, "\n")
    text = text.replace("\ufeff", "")
    if not none_replaced and _REPLACED.search(text) is not None:  # (one scan for the three)
        if _SURROGATES.search(text):
            found.append(diagnostics.make("replaced-lone-surrogates"))
            text = _SURROGATES.sub("\ufffd", text)
        if _CONTROLS.search(text):
            found.append(diagnostics.make("removed-control-characters"))
            text = _CONTROLS.sub(" ", text)
        text = remove_invisible_characters(text, found)
    if _holds_mojibake(text):
        repaired, count = _repair_mojibake(text)
        if count:
            found.append(
                diagnostics.make("repaired-mojibake", f"{count} mis-decoded sequence(s) repaired")
            )
            text = repaired
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    return text


def remove_invisible_characters(text: str, found: list[Diagnostic]) -> str:
    """``text`` without `INVISIBLE_CHARACTERS`, saying so in ``found`` when there were any."""
    # (a substring test per character, each a scan in C, instead of the pattern's loop)
    if text.isascii():
        return text
    for character in INVISIBLE:  # (a loop: any() over a generator costs more, line by line)
        if character in text:
            break
    else:
        return text
    found.append(diagnostics.make("removed-invisible-characters"))
    return INVISIBLE_CHARACTERS.sub("", text)


# The characters a mis-decoded sequence starts with; where each stands, the pattern is tried.
_MOJIBAKE_LEADS = "\u00c2\u00c3\u00c5\u00e2"
# Past this many of them (a text of Portuguese, or of "â"), one scan of the text is cheaper.
_MOST_LEADS_TRIED = 500


def _holds_mojibake(text: str) -> bool:
    """Whether `_MOJIBAKE` or `_STRAY_NBSP_LEAD` matches in ``text``.

    The same answer as searching the text with both patterns, found faster: a match starts
    with one of a few letters (rare in French but for "â"), and the stray lead is a literal
    pair. The patterns' engine, which cannot skip ahead to those letters, scans every position.
    """
    if "\u00c2 " in text and _STRAY_NBSP_LEAD.search(text) is not None:
        return True
    tried = 0
    for lead in _MOJIBAKE_LEADS:
        at = text.find(lead)
        while at >= 0:
            if _MOJIBAKE.match(text, at) is not None:
                return True
            tried += 1
            if tried > _MOST_LEADS_TRIED:
                return _MOJIBAKE.search(text) is not None
            at = text.find(lead, at + 1)
    return False


def _repair_mojibake(text: str) -> tuple[str, int]:
    count = 0

    def fix(match: re.Match[str]) -> str:
        nonlocal count
        try:
            fixed = match.group().encode("cp1252").decode("utf-8")
        except UnicodeError:
            return match.group()
        count += 1
        return fixed

    text = _MOJIBAKE.sub(fix, text)
    text, stray = _STRAY_NBSP_LEAD.subn("\N{NO-BREAK SPACE}", text)
    return text, count + stray
