"""The fuzzing harnesses: name -> (input kind, adapter forced by name or ``None``).

``str`` and ``bytes`` are ``parse()`` on text and on bytes with the adapter the library
chooses; the others force one built-in adapter, given text or bytes as that adapter reads.
Shared by ``fuzz/harness.py`` and ``fuzz/campaign.py`` (which must not import atheris).
"""

from __future__ import annotations

TARGETS: dict[str, tuple[str, str | None]] = {
    "str": ("text", None),
    "bytes": ("bytes", None),
    "text": ("text", "text"),
    "markdown": ("text", "markdown"),
    "html": ("text", "html"),
    "email": ("text", "email"),
    "docx": ("bytes", "docx"),
    "pdf": ("bytes", "pdf"),
}
