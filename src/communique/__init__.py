"""communique: French press releases (communiqués de presse) as structured, typed records.

```pycon
>>> from communique import parse
>>> release = parse("Paris, le 1er mars 2005\\n\\nCommuniqué de presse\\n\\n# Un titre\\n")
>>> release.dateline.date
datetime.date(2005, 3, 1)
```
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from .__about__ import __version__
from .exceptions import (
    AdapterError,
    CommuniqueError,
    DecodeError,
    InputTooLargeError,
    MissingDependencyError,
    ParseError,
    UnsafeInputError,
)

if TYPE_CHECKING:
    from .api import parse, parse_file
    from .batch import BatchItem, parse_many
    from .models import (
        Attachment,
        Contact,
        Dateline,
        DateMention,
        Diagnostic,
        Embargo,
        Event,
        Header,
        Issuer,
        PressRelease,
        Quote,
        Section,
        SectionKind,
        Severity,
        TextBlock,
    )
    from .options import Options
    from .records import to_dataframe, to_records
    from .view import to_html, to_markdown
    from .warc import WarcItem, parse_warc

# The library logger (``communique`` and its children: ``communique.api``, ``communique.batch``)
# reports adapter fallbacks and skipped batch inputs. Silent unless the application configures
# logging: without this handler, Python would print warnings to standard error by itself.
logging.getLogger(__name__).addHandler(logging.NullHandler())

# Where each public name lives. They are imported on first use, so that ``import communique``
# (and ``communique --version``) stays cheap: the extraction steps compile hundreds of
# patterns, and the adapters import lxml, markdown-it-py and PyYAML.
_LAZY: dict[str, str] = {
    "parse": "api",
    "parse_file": "api",
    "BatchItem": "batch",
    "parse_many": "batch",
    **dict.fromkeys(
        (
            "Attachment",
            "Contact",
            "Dateline",
            "DateMention",
            "Diagnostic",
            "Embargo",
            "Event",
            "Header",
            "Issuer",
            "PressRelease",
            "Quote",
            "Section",
            "SectionKind",
            "Severity",
            "TextBlock",
        ),
        "models",
    ),
    "Options": "options",
    "to_dataframe": "records",
    "to_records": "records",
    "to_html": "view",
    "to_markdown": "view",
    "WarcItem": "warc",
    "parse_warc": "warc",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value  # found directly from now on
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "AdapterError",
    "Attachment",
    "BatchItem",
    "CommuniqueError",
    "Contact",
    "DateMention",
    "Dateline",
    "DecodeError",
    "Diagnostic",
    "Embargo",
    "Event",
    "Header",
    "InputTooLargeError",
    "Issuer",
    "MissingDependencyError",
    "Options",
    "ParseError",
    "PressRelease",
    "Quote",
    "Section",
    "SectionKind",
    "Severity",
    "TextBlock",
    "UnsafeInputError",
    "WarcItem",
    "__version__",
    "parse",
    "parse_file",
    "parse_many",
    "parse_warc",
    "to_dataframe",
    "to_html",
    "to_markdown",
    "to_records",
]
