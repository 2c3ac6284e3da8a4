"""The public entry points: [`parse`][communique.parse] and [`parse_file`][communique.parse_file].

The pipeline, top to bottom: load (decode and normalise) -> select (the adapter) -> segment
(the adapter's blocks) -> extract (the named steps) -> build (the frozen result).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Any

import attrs

from . import diagnostics, extract, registry
from ._arguments import as_bool, given, wrong_type
from .adapters import Adapter
from .blocks import Document
from .exceptions import CommuniqueError, InputTooLargeError, ParseError
from .models import PressRelease, Severity
from .options import Options
from .source import Source, load

__all__ = ["parse", "parse_file"]

#: Reports what a batch operator wants to know and a result does not show on its own (an
#: adapter that failed and was replaced by plain text). Silent unless the application
#: configures logging: ``communique`` has a ``NullHandler``.
logger = logging.getLogger(__name__)


def parse(
    source: str | bytes,
    *,
    adapter: str | Adapter | None = None,
    strict: bool = False,
    reference_date: dt.date | str | None = None,
    filename: str | os.PathLike[str] | None = None,
    media_type: str | None = None,
    options: Options | None = None,
) -> PressRelease:
    """Parse one press release.

    ``source`` is text, or bytes (``bytearray`` and ``memoryview`` too) decoded with the
    policy of `communique.source` (UTF-8, UTF-16 with a BOM, else Windows-1252; repairs
    are diagnostics). Odd or missing parts never raise: they become
    `PressRelease.diagnostics`. With ``strict=True``, a result with warnings or errors
    raises [`ParseError`][communique.ParseError] carrying the diagnostics and the partial result.

    ``adapter`` forces an input format by name, or is an
    [`Adapter`][communique.adapters.Adapter] instance to use as is; ``reference_date`` (a date or
    an ISO date string) resolves year-less dates (the library never reads the clock);
    ``filename`` (``str`` or any path) is a hint for choosing the adapter, and so is
    ``media_type`` (an HTTP ``Content-Type``, whose ``charset`` also decodes bytes that are
    not UTF-8). ``options`` gives all of these at once (explicit keywords win).

    A wrong call raises ``TypeError`` or ``ValueError`` naming the argument (a path instead of
    text, an impossible date…); an unknown adapter name raises
    [`AdapterError`][communique.AdapterError].

    !!! info "Added in version 0.1"
    """
    source = _checked_source(source)
    options = _merged(
        options,
        adapter=adapter,
        strict=as_bool("strict", strict),
        reference_date=reference_date,
        filename=filename,
        media_type=media_type,
    )
    loaded = load(
        source,
        max_input_bytes=options.max_input_bytes,
        filename=options.filename,
        media_type=options.media_type,
    )
    if options.adapter is None or isinstance(options.adapter, str):
        chosen = registry.select(loaded, options.adapter, options.media_type)
    else:
        chosen = options.adapter
    document, name = _segment(chosen, loaded, options)
    steps = (
        chosen.adjust_steps(extract.DEFAULT_STEPS) if name == chosen.name else extract.DEFAULT_STEPS
    )
    release = extract.build(extract.run(document, options, steps), name)
    if options.strict:
        problems = tuple(d for d in release.diagnostics if d.severity is not Severity.INFO)
        if problems:
            codes = ", ".join(sorted({d.code for d in problems}))
            raise ParseError(f"the input produced warnings or errors: {codes}", problems, release)
    return release


def _checked_source(source: object) -> str | bytes:
    if isinstance(source, str | bytes):
        return source
    if isinstance(source, bytearray | memoryview):
        return bytes(source)
    hint = ""
    if isinstance(source, os.PathLike):
        hint = "to read a file, call parse_file(path)"
    elif hasattr(source, "read"):
        hint = "pass its content, source.read()"
    raise wrong_type(
        "source", source, "the text (str) or the raw bytes (bytes) of one release", hint
    )


#: The options of a call that passes none: frozen, so one instance serves every call.
_DEFAULTS = Options()


def _merged(options: Options | None, **keywords: Any) -> Options:
    """``options`` with the explicit keywords that are set (``None`` and ``False`` are not);
    [`Options`][communique.Options] checks and converts each of them."""
    if options is None:
        options = _DEFAULTS
    elif not isinstance(options, Options):
        raise wrong_type("options", options, "None or a communique.Options")
    changes = {k: v for k, v in keywords.items() if v is not None and v is not False}
    return attrs.evolve(options, **changes) if changes else options


def _segment(chosen: Adapter, loaded: Source, options: Options) -> tuple[Document, str]:
    """Run the adapter; a third-party adapter's crash falls back to plain text."""
    try:
        document = chosen.segment(loaded)
    except CommuniqueError:
        raise
    except Exception as error:
        if chosen.name in ("text", "markdown") or loaded.data is not None:
            raise
        fallback = registry.get("text").segment(loaded)
        reason = f"adapter {chosen.name!r} failed ({type(error).__name__}: {error})"
        note = diagnostics.make("adapter-fallback", reason)
        logger.warning("%s: %s; read as plain text", loaded.filename or "<input>", reason)
        return Document(fallback.text, fallback.blocks, diagnostics=(note,)), "text"
    return Document(
        document.text,
        document.blocks,
        document.metadata,
        loaded.diagnostics + document.diagnostics,
    ), chosen.name


def parse_file(
    path: str | os.PathLike[str],
    *,
    adapter: str | Adapter | None = None,
    strict: bool = False,
    reference_date: dt.date | str | None = None,
    options: Options | None = None,
) -> PressRelease:
    """Read the file at ``path`` (``str`` or any `os.PathLike`) and parse it; the
    adapter is chosen from content and name.

    The size limit is checked on the file's size before it is read. The other keywords are
    those of [`parse`][communique.parse]; a missing or unreadable file raises the ``OSError`` of
    reading it.

    !!! info "Added in version 0.1"
    """
    file = Path(_checked_path(path))
    options = _merged(
        options, adapter=adapter, strict=as_bool("strict", strict), reference_date=reference_date
    )
    limit = options.max_input_bytes
    size = file.stat().st_size
    if size > limit:
        raise InputTooLargeError(
            f"{file}: {size:,} bytes exceeds the limit of {limit:,}; "
            "pass a larger max_input_bytes to accept it"
        )
    return parse(file.read_bytes(), filename=file.name, options=options)


def _checked_path(path: object) -> str | os.PathLike[str]:
    accepted = "a file path (str or os.PathLike)"
    if isinstance(path, bytes | bytearray):
        raise wrong_type("path", path, accepted, "to parse raw bytes, call parse(data)")
    if isinstance(path, str):
        if "\n" in path or not path.strip():
            shown = "an empty string" if not path.strip() else "text with line breaks"
            raise ValueError(
                f"path must be {accepted}, not {shown} ({given(path)}); "
                "to parse the text of a release, call parse(text)"
            )
        return path
    if isinstance(path, os.PathLike):
        return path
    raise wrong_type("path", path, accepted)
