"""The library's errors: one root class, each error also subclassing the matching builtin."""

from __future__ import annotations

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
]


class CommuniqueError(Exception):
    """Root of every error the library raises on purpose.

    .. versionadded:: 0.1
    """


class ParseError(CommuniqueError, ValueError):
    """Raised in strict mode when the input produced warnings or errors.

    ``diagnostics`` lists what went wrong and ``partial`` is the result that lenient mode
    would have returned.

    .. versionadded:: 0.1
    """

    def __init__(self, message: str, diagnostics: tuple[Diagnostic, ...], partial: PressRelease):
        super().__init__(message)
        self.diagnostics = diagnostics
        self.partial = partial

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.args[0], self.diagnostics, self.partial))


class DecodeError(CommuniqueError, ValueError):
    """The bytes are not text the library can read (binary data, NUL bytes, unknown format).

    .. versionadded:: 0.1
    """


class InputTooLargeError(CommuniqueError, ValueError):
    """The input is larger than ``Options.max_input_bytes``; raise the limit to accept it.

    .. versionadded:: 0.1
    """


class UnsafeInputError(CommuniqueError, ValueError):
    """The input is hostile or pathological (zip bomb, entity expansion, extreme nesting).

    .. versionadded:: 0.1
    """


class AdapterError(CommuniqueError, LookupError):
    """An adapter was asked for by a name that is unknown, or it failed to load.

    .. versionadded:: 0.1
    """


class MissingDependencyError(CommuniqueError, ImportError):
    """An optional dependency is needed; the message names the extra to install.

    .. versionadded:: 0.1
    """
