"""The public entry points: :func:`parse` and :func:`parse_file`.

The pipeline, top to bottom: load (decode and normalise) -> select (the adapter) -> segment
(the adapter's blocks) -> extract (the named steps) -> build (the frozen result).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from . import diagnostics, extract, registry
from .adapters import Adapter
from .blocks import Document
from .exceptions import CommuniqueError, InputTooLargeError, ParseError
from .models import PressRelease, Severity
from .options import DEFAULT_MAX_INPUT_BYTES, Options
from .source import Source, load

__all__ = ["parse", "parse_file"]


def parse(
    source: str | bytes,
    *,
    adapter: str | None = None,
    strict: bool = False,
    reference_date: dt.date | None = None,
    filename: str | None = None,
    media_type: str | None = None,
    options: Options | None = None,
) -> PressRelease:
    """Parse one press release.

    ``source`` is text, or bytes decoded with the policy of :mod:`communique.source` (UTF-8,
    UTF-16 with a BOM, else Windows-1252; repairs are diagnostics). Odd or missing parts
    never raise: they become :attr:`PressRelease.diagnostics`. With ``strict=True``, a
    result with warnings or errors raises :class:`ParseError` carrying the diagnostics and
    the partial result.

    ``adapter`` forces an input format by name; ``reference_date`` resolves year-less dates
    (the library never reads the clock); ``filename`` is a hint for choosing the adapter, and
    so is ``media_type`` (an HTTP ``Content-Type``, whose ``charset`` also decodes bytes that
    are not UTF-8).
    ``options`` gives all of these at once (explicit keywords win).

    .. versionadded:: 0.1
    """
    options = options or Options()
    options = Options(
        adapter=adapter if adapter is not None else options.adapter,
        strict=strict or options.strict,
        reference_date=reference_date if reference_date is not None else options.reference_date,
        max_input_bytes=options.max_input_bytes,
        filename=filename if filename is not None else options.filename,
        media_type=media_type if media_type is not None else options.media_type,
    )
    loaded = load(
        source,
        max_input_bytes=options.max_input_bytes,
        filename=options.filename,
        media_type=options.media_type,
    )
    chosen = registry.select(loaded, options.adapter, options.media_type)
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
        note = diagnostics.make(
            "adapter-fallback", f"adapter {chosen.name!r} failed ({type(error).__name__}: {error})"
        )
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
    adapter: str | None = None,
    strict: bool = False,
    reference_date: dt.date | None = None,
    options: Options | None = None,
) -> PressRelease:
    """Read the file at ``path`` and parse it; the adapter is chosen from content and name.

    The size limit is checked on the file's size before it is read.

    .. versionadded:: 0.1
    """
    options = options or Options()
    file = Path(path)
    limit = options.max_input_bytes or DEFAULT_MAX_INPUT_BYTES
    size = file.stat().st_size
    if size > limit:
        raise InputTooLargeError(
            f"{file}: {size:,} bytes exceeds the limit of {limit:,}; "
            "pass a larger max_input_bytes to accept it"
        )
    return parse(
        file.read_bytes(),
        adapter=adapter,
        strict=strict,
        reference_date=reference_date,
        filename=file.name,
        options=options,
    )
