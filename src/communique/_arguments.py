"""Checking the arguments of the public functions at the boundary, in the user's words.

Rules of this module:

* A wrong call fails where it is made, before any work, with a ``TypeError`` (wrong kind of
  value) or a ``ValueError`` (right kind, impossible value) whose message names the argument,
  what was given and what is accepted: ``reference_date must be a datetime.date or an ISO date
  string such as '2024-01-15', not an int (20240115)``.
* What users naturally pass is accepted where it is unambiguous, and converted here once: an
  ISO date string for a date, any `os.PathLike` for a file name.
* Problems in the *content* of an input are never raised here: they are diagnostics.
"""

from __future__ import annotations

import datetime as dt
import os
import reprlib

__all__ = [
    "as_bool",
    "as_count",
    "as_optional_path_name",
    "as_optional_str",
    "as_reference_date",
    "given",
    "wrong_type",
]

_SHORT = reprlib.Repr()
_SHORT.maxstring = 60
_SHORT.maxother = 60
_SHORT.maxlist = _SHORT.maxtuple = _SHORT.maxdict = _SHORT.maxset = 3


def given(value: object) -> str:
    """What the caller passed: ``None``, ``a str ('Paris, le…')``, ``the class X``."""
    if value is None:
        return "None"
    if isinstance(value, type):
        return f"the class {value.__name__}"
    name = type(value).__name__
    article = "an" if name[:1].lower() in "aeiou" else "a"
    if type(value).__module__ != "builtins" and not isinstance(value, os.PathLike):
        return f"{article} {name}"  # a library object: its type says it, its repr would not
    return f"{article} {name} ({_SHORT.repr(value)})"


def wrong_type(name: str, value: object, accepted: str, hint: str = "") -> TypeError:
    """The ``TypeError`` of a value of the wrong kind for argument ``name``, to raise."""
    message = f"{name} must be {accepted}, not {given(value)}"
    return TypeError(f"{message}; {hint}" if hint else message)


def as_bool(name: str, value: object) -> bool:
    """``value`` if it is a bool: ``strict="no"`` is truthy, so only ``True``/``False`` mean it."""
    if not isinstance(value, bool):
        raise wrong_type(name, value, "True or False")
    return value


def as_count(name: str, value: object, *, minimum: int, meaning: str) -> int:
    """An ``int`` of at least ``minimum`` (``meaning`` says what the accepted values are)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise wrong_type(name, value, meaning)
    if value < minimum:
        raise ValueError(f"{name} must be {meaning}, not {value}")
    return value


def as_optional_str(name: str, value: object, accepted: str) -> str | None:
    """``value`` if it is ``None`` or a non-empty ``str`` (``accepted`` describes it)."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise wrong_type(name, value, f"None or {accepted}")
    if not value.strip():
        raise ValueError(f"{name} must be None or {accepted}, not an empty string")
    return value


def as_optional_path_name(name: str, value: object) -> str | None:
    """A file name given as ``str`` or any `os.PathLike`, as a ``str``."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
        if isinstance(value, bytes):
            value = os.fsdecode(value)
    return as_optional_str(name, value, "a file name (str or os.PathLike)")


def as_reference_date(value: object) -> dt.date | None:
    """A `datetime.date` from a date, a datetime (its day) or an ISO date string."""
    accepted = "None, a datetime.date or an ISO date string such as '2024-01-15'"
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        raise wrong_type("reference_date", value, accepted)
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as error:
        # "month must be in 1..12" helps; "Invalid isoformat string: '…'" only repeats.
        reason = "" if str(error).startswith("Invalid isoformat") else f" ({error})"
        raise ValueError(f"reference_date must be {accepted}, not {value!r}{reason}") from None
