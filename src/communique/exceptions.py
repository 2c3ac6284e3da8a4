"""The library's errors: one root class, each error also subclassing the matching builtin."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Diagnostic, PressRelease

__all__ = [
    "AdapterError",
    "CommuniqueError",
    "DecodeError",
    "InputTooLargeError",
    "MissingDependencyError",
    "ParseError",
    "UnsafeInputError",
    "foreign_parser",
]


class CommuniqueError(Exception):
    """Root of every error the library raises on purpose.

    !!! info "Added in version 0.1"
    """


class ParseError(CommuniqueError, ValueError):
    """Raised in strict mode when the input produced warnings or errors.

    ``diagnostics`` lists what went wrong and ``partial`` is the result that lenient mode
    would have returned.

    !!! info "Added in version 0.1"
    """

    def __init__(self, message: str, diagnostics: tuple[Diagnostic, ...], partial: PressRelease):
        super().__init__(message)
        self.diagnostics = diagnostics
        self.partial = partial

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.diagnostics, self.partial))


class DecodeError(CommuniqueError, ValueError):
    """The bytes are not text the library can read (binary data, NUL bytes, unknown format).

    !!! info "Added in version 0.1"
    """


class InputTooLargeError(CommuniqueError, ValueError):
    """The input is larger than ``Options.max_input_bytes``; raise the limit to accept it.

    !!! info "Added in version 0.1"
    """


class UnsafeInputError(CommuniqueError, ValueError):
    """The input is hostile or pathological (zip bomb, entity expansion, extreme nesting).

    !!! info "Added in version 0.1"
    """


class AdapterError(CommuniqueError, LookupError):
    """An adapter was asked for by a name that is unknown, or it failed to load.

    !!! info "Added in version 0.1"
    """


class MissingDependencyError(CommuniqueError, ImportError):
    """An optional dependency is needed; the message names the extra to install.

    !!! info "Added in version 0.1"
    """


#: How much of a foreign parser's message an error keeps.
_MESSAGE_CHARS = 200


@contextmanager
def foreign_parser(where: str) -> Iterator[None]:
    """The boundary around a call into a parser that is not ours (zipfile, zlib, lxml, PyYAML,
    tomllib, pypdf, the e-mail parser, codecs).

    Whatever the call raises becomes one of the library's errors whose message starts with
    ``where`` (the part of the input being read: ``word/footer2.xml: Bad CRC-32 …``): a
    `RecursionError` or `MemoryError` is an [`UnsafeInputError`][communique.UnsafeInputError] (the
    input is nested too deeply or too large for the reader), anything else a
    [`DecodeError`][communique.DecodeError]. The library's own errors pass through unchanged. Each
    adapter calls its foreign parsers only inside this boundary and decides there whether the
    failure ends the parse or becomes a diagnostic on a partial result.

    !!! info "Added in version 0.1"
    """
    try:
        yield
    except CommuniqueError:
        raise
    except RecursionError:
        raise UnsafeInputError(f"{where}: nested too deeply to read") from None
    except MemoryError:
        raise UnsafeInputError(f"{where}: too large to read in memory") from None
    except Exception as error:
        detail = str(error)[:_MESSAGE_CHARS] or "unreadable"
        raise DecodeError(f"{where}: {detail} ({type(error).__name__})") from None
