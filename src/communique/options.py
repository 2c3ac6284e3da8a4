"""One frozen options object instead of long keyword signatures."""

from __future__ import annotations

import datetime as dt

import attrs

__all__ = ["DEFAULT_MAX_INPUT_BYTES", "Options"]

#: Inputs larger than this are refused before any work (:class:`InputTooLargeError`).
DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024


@attrs.frozen
class Options:
    """How to parse.

    * ``adapter``: force an input format by name (``"text"``, ``"markdown"``…); ``None`` sniffs.
    * ``strict``: raise :class:`~communique.ParseError` when warnings or errors were recorded.
    * ``reference_date``: resolves year-less and relative dates. The library never reads the
      clock: without it, such dates stay unresolved with a diagnostic.
    * ``max_input_bytes``: the size limit, checked before any expensive work.
    * ``filename``: the file name, if any, used as a hint when choosing the adapter.
    * ``media_type``: the media type the input came with (an HTTP ``Content-Type`` such as
      ``text/html; charset=iso-8859-15``): a hint for the adapter, and its ``charset`` decodes
      bytes that are not UTF-8.

    .. versionadded:: 0.1
    """

    adapter: str | None = None
    strict: bool = False
    reference_date: dt.date | None = None
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    filename: str | None = None
    media_type: str | None = None
