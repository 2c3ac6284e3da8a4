"""Which adapters exist, and which one reads a given input.

Discovery: a static tuple of built-in adapters, plus third-party adapters registered in the
``communique.adapters`` entry-point group. Entry points are listed once, on first use, and
each is imported lazily; one that fails to import or to instantiate is left out of sniffing
(so it never breaks inputs it does not claim) and asking for it by name raises
[`AdapterError`][communique.AdapterError] with the reason.

Selection is deterministic:

1. an explicit name wins;
2. otherwise every adapter sniffs the content, and one whose extensions or media types claim
   the input gets a bonus of `CLAIM_BONUS` -- content beats extension when the content
   is clear (a Markdown file named ``.txt`` is read as Markdown);
3. ties are broken by the order of `BUILTIN_ADAPTERS`, then third-party adapters by name.

An adapter can also be registered in-process with [`register`][communique.registry.register],
to try it before packaging it: it is then found by name and sniffed like an installed one.
The names of the built-ins are reserved: an entry point that uses one is ignored with an
[`AdapterWarning`][communique.registry.AdapterWarning] (also logged on the ``communique``
logger), and `register` refuses one. Of two entry points with one name, the first found on
``sys.path`` is used and the other ignored, with the same warning.
"""

from __future__ import annotations

import importlib
import logging
import os
import warnings
from functools import cache
from typing import TYPE_CHECKING

from ._arguments import given, wrong_type
from .exceptions import AdapterError

if TYPE_CHECKING:
    from .adapters import Adapter
    from .source import Source

__all__ = [
    "BUILTIN_ADAPTERS",
    "CLAIM_BONUS",
    "ENTRY_POINT_GROUP",
    "AdapterWarning",
    "adapter_names",
    "extensions",
    "get",
    "register",
    "select",
    "unregister",
]

logger = logging.getLogger(__name__)

ENTRY_POINT_GROUP = "communique.adapters"
"""The entry-point group a distribution declares its adapters in (``name = "module:Class"``)."""

BUILTIN_ADAPTERS: dict[str, str] = {
    "docx": "communique.adapters.docx:DocxAdapter",
    "pdf": "communique.adapters.pdf:PdfAdapter",
    "email": "communique.adapters.email:EmailAdapter",
    "html": "communique.adapters.html:HtmlAdapter",
    "markdown": "communique.adapters.markdown:MarkdownAdapter",
    "text": "communique.adapters.text:TextAdapter",
}
"""Name -> ``"module:Class"`` of the built-in adapters, in tie-break order; their names are
reserved."""

_MODULE_PREFIX = "communique.adapters."

CLAIM_BONUS = 0.25
"""Added to the sniff score of adapters that claim the input's extension or media type."""


def _protocol() -> type[Adapter]:
    """The adapter protocol, imported when first checked: `communique.adapters` re-exports
    the extension surface (the extraction steps among it), which --version and --help need
    not import."""
    from .adapters import Adapter

    return Adapter


def _load(target: str) -> Adapter:
    module_name, _, attr = target.partition(":")
    cls = getattr(importlib.import_module(module_name), attr)
    adapter = cls()
    if not isinstance(adapter, _protocol()):
        raise TypeError(f"{target} does not implement the Adapter protocol")
    return adapter


class AdapterWarning(UserWarning):
    """A plug-in adapter was left out: its name is a built-in's, or another plug-in's.

    Also logged (level ``WARNING``) on the ``communique.registry`` logger, for applications
    that watch logs rather than warnings.

    !!! info "Added in version 0.2"
    """


def _warn(message: str) -> None:
    logger.warning("%s", message)
    warnings.warn(message, AdapterWarning, stacklevel=3)


@cache
def _third_party() -> dict[str, str]:
    from importlib.metadata import entry_points  # on first use: it costs an import time

    found: dict[str, str] = {}
    for point in entry_points(group=ENTRY_POINT_GROUP):
        if point.name in BUILTIN_ADAPTERS:
            _warn(
                f"the plug-in adapter {point.name!r} ({point.value}) is ignored: {point.name!r} "
                "is a built-in adapter's name; the plug-in must choose another name"
            )
        elif point.name in found and found[point.name] != point.value:
            _warn(
                f"two plug-in adapters are named {point.name!r}: {found[point.name]} is used, "
                f"{point.value} is ignored"
            )
        else:
            found.setdefault(point.name, point.value)
    return dict(sorted(found.items()))


_loaded: dict[str, Adapter] = {}
_broken: dict[str, str] = {}
# Adapters registered in this process (register()); they win over an entry point's name.
_registered: dict[str, Adapter] = {}


def _instance(name: str) -> Adapter | None:
    if name in _registered:
        return _registered[name]
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
        logger.warning("the plug-in adapter %r failed to load and is left out: %s", name, error)
        return None
    _loaded[name] = adapter
    return adapter


def adapter_names() -> tuple[str, ...]:
    """Every adapter name, built-ins first, in tie-break order.

    After the built-ins come the plug-ins, installed (entry points) or registered in-process
    ([`register`][communique.registry.register]), by name.
    """
    return (*BUILTIN_ADAPTERS, *sorted({*_third_party(), *_registered}))


def register(adapter: Adapter | type[Adapter]) -> Adapter:
    """Make ``adapter`` available in this process, as if it were installed as a plug-in.

    Use it to try an adapter before packaging it: from then on ``parse(...,
    adapter=NAME)`` and ``parse_file`` find it by its ``name``, and automatic selection
    sniffs it like the others. ``adapter`` is an instance or a class (instantiated without
    arguments, as an entry point's class is). Registering the same name again replaces the
    earlier registration; a registered adapter takes precedence over an installed plug-in of
    the same name (with an [`AdapterWarning`][communique.registry.AdapterWarning]).

    The registration belongs to this process. The workers of ``parse_many(jobs=N)`` inherit
    it where processes start by ``fork`` (Linux); where they start by ``spawn`` (macOS,
    Windows), pass the instance instead: ``Options(adapter=WireAdapter())``.

    Args:
        adapter: an object implementing [`Adapter`][communique.adapters.Adapter], or its
            class.

    Returns:
        The registered instance.

    Raises:
        TypeError: ``adapter`` does not implement the protocol (the message lists what it
            lacks).
        ValueError: its ``name`` is not a non-empty lower-case word, or is a built-in's.

    !!! info "Added in version 0.2"
    """
    instance: object = adapter() if isinstance(adapter, type) else adapter
    if not isinstance(instance, _protocol()):
        members = ("name", "media_types", "extensions", "sniff", "segment", "adjust_steps")
        missing = [member for member in members if not hasattr(instance, member)]
        hint = f"it lacks {', '.join(missing)}" if missing else ""
        raise wrong_type("adapter", adapter, "an Adapter instance or class", hint)
    name = instance.name
    if (
        not isinstance(name, str)
        or not name
        or name != name.lower()
        or name != "".join(name.split())
    ):
        raise ValueError(
            f"an adapter's name must be a non-empty lower-case word such as 'wire', "
            f"not {given(name)}"
        )
    if name in BUILTIN_ADAPTERS:
        raise ValueError(
            f"{name!r} is the name of a built-in adapter; give yours another name "
            f"(built-ins: {', '.join(BUILTIN_ADAPTERS)})"
        )
    if name in _third_party() and name not in _registered:
        _warn(f"the registered adapter {name!r} replaces the installed plug-in of that name")
    _registered[name] = instance
    return instance


def unregister(name: str) -> None:
    """Remove the adapter registered in-process as ``name``.

    An installed plug-in of that name, if any, is found again.

    Raises:
        KeyError: no adapter is registered in-process as ``name`` (built-ins and installed
            plug-ins cannot be removed).

    !!! info "Added in version 0.2"
    """
    if not isinstance(name, str):
        raise wrong_type("name", name, "the name (str) of an adapter registered in-process")
    if name not in _registered:
        raise KeyError(f"no adapter registered in-process as {name!r}")
    del _registered[name]


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
    """The adapter called ``name``; [`AdapterError`][communique.AdapterError] if unknown or broken.

    A built-in is also found by its module path (``communique.adapters.html``).
    """
    if not isinstance(name, str):
        raise wrong_type("name", name, "an adapter name (str) such as 'html'")
    if name.startswith(_MODULE_PREFIX) and name[len(_MODULE_PREFIX) :] in BUILTIN_ADAPTERS:
        name = name[len(_MODULE_PREFIX) :]
    adapter = _instance(name)
    if adapter is not None:
        return adapter
    if name in _broken:
        raise AdapterError(f"adapter {name!r} failed to load: {_broken[name]}")
    raise AdapterError(f"no adapter named {name!r}; known adapters: {', '.join(adapter_names())}")


def _claim_keys(source: Source, media_type: str | None) -> tuple[str | None, str]:
    """What an adapter may claim an input by: the media type without its parameters, lowered
    (``None`` when none is given), and the file name's extension, lowered (``""`` when there
    is none); worked out once for all the adapters a selection weighs."""
    media = media_type.split(";")[0].strip().lower() if media_type else None
    suffix = os.path.splitext(source.filename)[1].lower() if source.filename else ""
    return media, suffix


def _claimed_by(adapter: Adapter, media: str | None, suffix: str) -> bool:
    """Whether ``adapter`` claims an input of the media type and extension `_claim_keys`
    gives."""
    if media is not None and media in adapter.media_types:
        return True
    return bool(suffix) and suffix in adapter.extensions


def _safe_sniff(adapter: Adapter, source: Source) -> float:
    try:
        score = float(adapter.sniff(source))
    except Exception:  # a sniffer that raises is treated as "not mine"
        return 0.0
    return min(max(score, 0.0), 1.0) if score == score else 0.0


def select(source: Source, name: str | None = None, media_type: str | None = None) -> Adapter:
    """Choose the adapter for ``source`` (see the module docstring for the rules).

    Args:
        source: the loaded input ([`Source`][communique.adapters.Source]).
        name: an adapter's name, which wins over sniffing.
        media_type: the input's media type (``text/html; charset=utf-8``), a claim like an
            extension.
    """
    from .source import Source  # here: the command line's --version imports the registry

    if not isinstance(source, Source):
        raise wrong_type("source", source, "a communique.adapters.Source (load the input first)")
    if name is not None:
        return get(name)
    best: Adapter | None = None
    best_score = -1.0
    media, suffix = _claim_keys(source, media_type)
    for candidate in adapter_names():
        adapter = _instance(candidate)
        if adapter is None:
            continue
        score = _safe_sniff(adapter, source)
        if _claimed_by(adapter, media, suffix):
            score += CLAIM_BONUS
        if score > best_score:
            best, best_score = adapter, score
    return best if best is not None else get("text")
