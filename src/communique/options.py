"""One frozen options object instead of long keyword signatures.

Every field is checked and normalised when the object is built (see ``_arguments``), so a
wrong setting fails where it is written, with a message that names it.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING

import attrs

from ._arguments import (
    as_bool,
    as_count,
    as_optional_path_name,
    as_optional_str,
    as_reference_date,
    wrong_type,
)

if TYPE_CHECKING:
    from .adapters import Adapter

__all__ = ["DEFAULT_MAX_INPUT_BYTES", "Options"]

#: Inputs larger than this are refused before any work (:class:`InputTooLargeError`).
DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024


def _adapter(value: str | Adapter | None) -> str | Adapter | None:
    from .adapters import Adapter

    accepted = "None, an adapter name such as 'html', or an Adapter instance"
    if isinstance(value, type):
        looks_like_one = hasattr(value, "segment") and hasattr(value, "sniff")
        hint = f"pass an instance: adapter={value.__name__}()" if looks_like_one else ""
        raise wrong_type("adapter", value, accepted, hint)
    if value is None or isinstance(value, str):
        return as_optional_str("adapter", value, "an adapter name such as 'html'")
    if isinstance(value, Adapter):
        return value
    members = ("name", "media_types", "extensions", "sniff", "segment", "adjust_steps")
    missing = [member for member in members if not hasattr(value, member)]
    raise wrong_type(
        "adapter", value, accepted, f"it lacks {', '.join(missing)}" if missing else ""
    )


def _strict(value: bool) -> bool:
    return as_bool("strict", value)


def _reference_date(value: dt.date | str | None) -> dt.date | None:
    return as_reference_date(value)


def _max_input_bytes(value: int) -> int:
    return as_count("max_input_bytes", value, minimum=1, meaning="a positive number of bytes")


def _filename(value: str | os.PathLike[str] | None) -> str | None:
    return as_optional_path_name("filename", value)


def _media_type(value: str | None) -> str | None:
    return as_optional_str("media_type", value, "a media type such as 'text/html'")


@attrs.frozen
class Options:
    """How to parse.

    * ``adapter``: force an input format by name (``"text"``, ``"markdown"``…), or pass an
      [`Adapter`][communique.adapters.Adapter] instance to use it directly (with
      ``parse_many(jobs=N)``, the instance must pickle: define its class at module level);
      ``None`` sniffs.
    * ``strict``: raise [`ParseError`][communique.ParseError] when warnings or errors were recorded.
    * ``reference_date``: resolves year-less and relative dates; a `datetime.date` or
      an ISO date string (``"2024-01-15"``). The library never reads the clock: without it,
      such dates stay unresolved with a diagnostic.
    * ``max_input_bytes``: the size limit, checked before any expensive work.
    * ``filename``: the file name (``str`` or any `os.PathLike`), if any, used as a hint
      when choosing the adapter.
    * ``media_type``: the media type the input came with (an HTTP ``Content-Type`` such as
      ``text/html; charset=iso-8859-15``): a hint for the adapter, and its ``charset`` decodes
      bytes that are not UTF-8.

    A value of the wrong kind raises ``TypeError``, an impossible one ``ValueError``, each
    naming the option.

    !!! info "Added in version 0.1"
    """

    adapter: str | Adapter | None = attrs.field(default=None, converter=_adapter)
    strict: bool = attrs.field(default=False, converter=_strict)
    reference_date: dt.date | None = attrs.field(default=None, converter=_reference_date)
    max_input_bytes: int = attrs.field(default=DEFAULT_MAX_INPUT_BYTES, converter=_max_input_bytes)
    filename: str | None = attrs.field(default=None, converter=_filename)
    media_type: str | None = attrs.field(default=None, converter=_media_type)
