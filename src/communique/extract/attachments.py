"""The attachments step: the files a release links (its PDF version, press kit, photos).

Links are collected in one place, here, from two sources, so that no adapter changes:

* the links the adapters put on blocks (`links`, with the
  span of their text): HTML ``<a href>`` (relative targets naming a file included), Markdown
  ``[text](target)``;
* Markdown pictures ``![alt](src)``, which the Markdown adapter keeps as text.

A link is an attachment when its target names a file (`communique.french.attachments.
EXTENSIONS`) or its text says so (``Télécharger …``, ``Dossier de presse``, ``Photo HD``);
its kind comes from the same tables. A relative target is resolved against the page's base
URL when the source gives one (the HTML adapter reads ``<base href>``, a canonical ``<link>``
or ``og:url`` into `base_url`).
The step only reads: it claims no block.
"""

from __future__ import annotations

import html
import re
import urllib.parse
from collections.abc import Iterator

from ..french.attachments import DOWNLOAD_WORDS, EXTENSIONS, KIND_WORDS, NOT_ATTACHMENTS
from ..french.dates import fold
from ..models import Attachment, Span
from .draft import Draft

__all__ = ["attachments"]

# At most this many attachments a release.
_MAX_ATTACHMENTS = 100
# A Markdown picture: ![alt](src "title").
_IMAGE = re.compile(r"!\[(?P<alt>[^\]\n]{0,300})\]\(\s*(?P<src>[^)\s]{1,2000})")
# Markup left in a link's text.
_TAG = re.compile(r"<[^<>]{0,500}>")


def _links(draft: Draft) -> Iterator[tuple[str, str, Span]]:
    """Every link: (target as written, its text, the span of its text)."""
    text = draft.document.text
    for block in draft.blocks:
        for index, target in enumerate(block.links):
            span = block.link_spans[index] if block.link_spans else block.span
            yield target, text[span[0] : span[1]], span
    if "![" in text:
        for image in _IMAGE.finditer(text):
            yield image.group("src"), image.group("alt"), image.span()


def _clean(text: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", text)).replace("*", " ").split())


# A stem of every word of KIND_WORDS and DOWNLOAD_WORDS, as written with or without accents.
_STEMS = (
    "dossier", "kit", "press", "pdf", "photo", "visuel", "image", "illustration", "infographie",
    "vid", "podcast", "charg", "download", "imprimable", "media", "média",
)  # fmt: skip


def _path(target: str) -> str:
    """The path of a link's target; a target no URL parser accepts ("http://[x") is read
    up to its query, as written."""
    if "://" in target:
        try:
            return urllib.parse.urlsplit(target).path
        except ValueError:  # "Invalid IPv6 URL": a bracket the author typed
            pass
    return target.split("?")[0]


def _kind(target: str, text: str) -> str | None:
    """The attachment's kind, or ``None`` when the link is no attachment."""
    if target.lower().startswith(NOT_ATTACHMENTS):
        return None
    lowered = text.lower()
    # Accents are folded only for a text that may hold one of the words (most links hold none).
    # Every word holds one of the stems: a text holding no stem holds no word (in lower case
    # or folded), and only its target's file can say what the link is.
    words = None
    for stem in _STEMS:  # (a loop: any() over a generator costs more)
        if stem in lowered:
            words = fold(text)
            break
    by_words = None if words is None else next((k for w, k in KIND_WORDS if w in words), None)
    if by_words == "press-kit":
        return by_words
    path = _path(target)
    extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    by_file = EXTENSIONS.get(extension)
    if by_file is not None or words is None:
        return by_file
    if by_words is not None and (
        any(word in words for word in DOWNLOAD_WORDS) or by_words in ("pdf", "image")
    ):
        return by_words
    if any(word in words for word in DOWNLOAD_WORDS) and text.strip() != target.strip():
        return "document"  # "Télécharger le rapport" (not a bare address holding "download")
    return None


def attachments(draft: Draft) -> None:
    """Read the files the release links into ``draft.attachments``."""
    base: str | None = None
    seen: set[str] = set()
    for target, written, span in _links(draft):
        if target in seen or len(draft.attachments) >= _MAX_ATTACHMENTS:
            continue
        label = _clean(written)
        kind = _kind(target, label)
        if kind is None:
            continue
        seen.add(target)
        if base is None:
            base = draft.document.metadata.base_url or ""
        if "://" in target:
            resolved: str | None = target
        elif base:
            resolved = urllib.parse.urljoin(base, target)
        else:
            resolved = None
        draft.attachments.append(Attachment(target, label, kind, resolved, span))
