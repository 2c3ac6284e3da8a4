"""Which adapters exist, and which one reads a given input.

Discovery: a static tuple of built-in adapters, plus third-party adapters registered in the
``communique.adapters`` entry-point group. Entry points are listed once, on first use, and
each is imported lazily; one that fails to import or to instantiate is left out of sniffing
(so it never breaks inputs it does not claim) and asking for it by name raises
:class:`~communique.AdapterError` with the reason.

Selection is deterministic:

1. an explicit name wins;
2. otherwise every adapter sniffs the content, and one whose extensions or media types claim
   the input gets a bonus of :data:`CLAIM_BONUS` -- content beats extension when the content
   is clear (a Markdown file named ``.txt`` is read as Markdown);
3. ties are broken by the order of :data:`BUILTIN_ADAPTERS`, then third-party adapters by name.
"""

from __future__ import annotations

import importlib
import os
from functools import cache
from typing import TYPE_CHECKING

from .adapters import Adapter
from .exceptions import AdapterError

if TYPE_CHECKING:
    from .source import Source

__all__ = [
    "BUILTIN_ADAPTERS",
    "CLAIM_BONUS",
    "ENTRY_POINT_GROUP",
    "adapter_names",
    "extensions",
    "get",
    "select",
]

ENTRY_POINT_GROUP = "communique.adapters"

#: name -> "module:Class" of the built-in adapters, in tie-break order.
BUILTIN_ADAPTERS: dict[str, str] = {
    "docx": "communique.adapters.docx:DocxAdapter",
    "pdf": "communique.adapters.pdf:PdfAdapter",
    "email": "communique.adapters.email:EmailAdapter",
    "html": "communique.adapters.html:HtmlAdapter",
    "markdown": "communique.adapters.markdown:MarkdownAdapter",
    "text": "communique.adapters.text:TextAdapter",
}

_MODULE_PREFIX = "communique.adapters."

#: Added to the sniff score of adapters that claim the input's extension or media type.
CLAIM_BONUS = 0.25


def _load(target: str) -> Adapter:
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    adapter = cls()
    if not isinstance(adapter, Adapter):
        raise TypeError(f"{target} does not implement the Adapter protocol")
    return adapter


@cache
def _third_party() -> dict[str, str]:
    from importlib.metadata import entry_points  # on first use: it costs an import time

    found: dict[str, str] = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name not in BUILTIN_ADAPTERS:
            found.setdefault(point.name, point.value)
    return dict(sorted(found.items()))


_loaded: dict[str, Adapter] = {}
_broken: dict[str, str] = {}


def _instance(name: str) -> Adapter | None:
    if name in _loaded:
        return _loaded[name]
    if name in _broken:
        return None
    target = BUILTIN_ADAPTERS.get(name) or _third_party().get(name)
    if target is None:
        return None
    try:
        adapter = _load(target)
    except Exception as error:  # a broken plug-in must not break parsing
        _broken[name] = f"{type(error).__name__}: {error}"
        return None
    _loaded[name] = adapter
    return adapter


def adapter_names() -> tuple[str, ...]:
    """Every adapter name, built-ins first, in tie-break order."""
    return (*BUILTIN_ADAPTERS, *_third_party())


def extensions() -> frozenset[str]:
    """Every file extension an installed adapter claims, lower case with its dot (``.html``);
    an adapter that fails to load claims none."""
    found: set[str] = set()
    for name in adapter_names():
        adapter = _instance(name)
        if adapter is not None:
            found.update(extension.lower() for extension in adapter.extensions)
    return frozenset(found)


def get(name: str) -> Adapter:
    """The adapter called ``name``; :class:`AdapterError` if unknown or broken.

    A built-in is also found by its module path (``communique.adapters.html``).
    """
    if name.startswith(_MODULE_PREFIX) and name[len(_MODULE_PREFIX) :] in BUILTIN_ADAPTERS:
        name = name[len(_MODULE_PREFIX) :]
    adapter = _instance(name)
    if adapter is not None:
        return adapter
    if name in _broken:
        raise AdapterError(f"adapter {name!r} failed to load: {_broken[name]}")
    raise AdapterError(f"no adapter named {name!r}; known adapters: {', '.join(adapter_names())}")


def _claims(adapter: Adapter, source: Source, media_type: str | None) -> bool:
    if media_type and media_type.split(";")[0].strip().lower() in adapter.media_types:
        return True
    if source.filename:
        suffix = os.path.splitext(source.filename)[1].lower()
        return bool(suffix) and suffix in adapter.extensions
    return False


def _safe_sniff(adapter: Adapter, source: Source) -> float:
    try:
        score = float(adapter.sniff(source))
    except Exception:  # a sniffer that raises is treated as "not mine"
        return 0.0
    return min(max(score, 0.0), 1.0) if score == score else 0.0


def select(source: Source, name: str | None = None, media_type: str | None = None) -> Adapter:
    """Choose the adapter for ``source`` (see the module docstring for the rules)."""
    if name is not None:
        return get(name)
    best: Adapter | None = None
    best_score = -1.0
    for candidate in adapter_names():
        adapter = _instance(candidate)
        if adapter is None:
            continue
        score = _safe_sniff(adapter, source)
        if _claims(adapter, source, media_type):
            score += CLAIM_BONUS
        if score > best_score:
            best, best_score = adapter, score
    return best if best is not None else get("text")
