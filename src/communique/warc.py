"""Web archives as input: every HTML (and PDF) response of a WARC file, parsed, streaming.

Archivists (the web legal deposit) and researchers on Common Crawl hold releases inside WARC
files. `parse_warc` reads one record at a time (a 1 GB ``.warc.gz`` never sits in
memory: each record's body is read, parsed and dropped) and yields a `WarcItem` per
HTML, XHTML or PDF response, with the record's target URI and capture date as source
metadata:

* the capture date never replaces the release's own date; when the release gives none, it is
  the fallback, with a ``date-from-capture`` diagnostic;
* the target URI is the base against which relative attachments are resolved when the page
  gives no base of its own.

Every other record is skipped and counted in `WarcReader.skipped` by reason:
``not-a-response`` (requests, metadata, warcinfo), ``revisit`` (a deduplicated capture: its
body is elsewhere), ``http-error`` (a status other than 2xx), ``not-html`` (images, scripts,
style sheets…), ``too-large`` (over ``Options.max_input_bytes``).

It needs the ``warc`` extra (``pip install 'communique[warc]'``, the warcio library); without
it, `parse_warc` raises `MissingDependencyError` naming the extra.
warcio was chosen over FastWARC by measuring (``benchmarks/warc_readers.py``): FastWARC reads
records four times faster, but reading is under 2 % of the time a parse takes, and warcio is
pure Python (every platform, no compiled wheel) and also reads ARC files.

!!! info "Added in version 0.1"
"""

from __future__ import annotations

import collections
import datetime as dt
import os
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from . import diagnostics
from ._arguments import wrong_type
from .api import parse
from .exceptions import MissingDependencyError
from .models import Dateline, PressRelease
from .options import Options

__all__ = [
    "WARC_EXTENSIONS",
    "WarcItem",
    "WarcReader",
    "is_warc",
    "parse_warc",
    "warc_inputs",
    "warc_items",
]

#: File names read as web archives.
WARC_EXTENSIONS: tuple[str, ...] = (".warc", ".warc.gz", ".arc", ".arc.gz")

#: The media types parsed; every other response is skipped as ``not-html``.
_PARSED_TYPES = frozenset(("text/html", "application/xhtml+xml", "application/pdf"))


@attrs.frozen
class WarcItem:
    """One parsed record of a WARC file: its target URI and capture date, and the release
    (or the reason there is none, as in `BatchItem`).

    !!! info "Added in version 0.1"
    """

    uri: str
    captured: dt.datetime | None
    release: PressRelease | None = None
    error: str | None = None
    record_id: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the record gave a release."""
        return self.error is None


def is_warc(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` names a web archive (``.warc``, ``.warc.gz``, ``.arc``…)."""
    return str(path).lower().endswith(WARC_EXTENSIONS)


def _warcio() -> Any:
    try:
        from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    except ImportError as error:
        raise MissingDependencyError(
            "reading WARC files needs warcio: pip install 'communique[warc]'"
        ) from error
    return ArchiveIterator


@attrs.frozen
class _Record:
    uri: str
    captured: dt.datetime | None
    record_id: str | None
    media_type: str
    body: bytes


def _captured(value: str | None) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _records(stream: IO[bytes], limit: int, skipped: collections.Counter[str]) -> Iterator[_Record]:
    """The parseable responses of a WARC stream, one at a time; the others counted."""
    for record in _warcio()(stream, arc2warc=True):
        kind = record.rec_type
        if kind == "revisit":
            skipped["revisit"] += 1
            continue
        if kind not in ("response", "resource"):
            skipped["not-a-response"] += 1
            continue
        headers = record.rec_headers
        http = record.http_headers
        if http is not None and not str(http.get_statuscode() or "").startswith("2"):
            skipped["http-error"] += 1
            continue
        content_type = (http.get_header("Content-Type") if http is not None else None) or (
            headers.get_header("Content-Type") or ""
        )
        media_type = content_type.split(";", 1)[0].strip().lower()
        if media_type not in _PARSED_TYPES:
            skipped["not-html"] += 1
            continue
        body = record.content_stream().read(limit + 1)
        if len(body) > limit:
            skipped["too-large"] += 1
            continue
        yield _Record(
            headers.get_header("WARC-Target-URI") or "",
            _captured(headers.get_header("WARC-Date")),
            headers.get_header("WARC-Record-ID"),
            content_type,
            body,
        )


class WarcReader:
    """The records of a WARC file as `WarcItem` values, read when iterated.

    `skipped` counts the records that were not parsed, by reason, as they are read;
    `parsed` and `failed` count the others.

    !!! info "Added in version 0.1"
    """

    def __init__(self, path: Path, options: Options) -> None:
        self.path = path
        self.options = options
        self.skipped: collections.Counter[str] = collections.Counter()
        self.parsed = 0
        self.failed = 0

    def __iter__(self) -> Iterator[WarcItem]:
        with self.path.open("rb") as stream:
            for record in _records(stream, self.options.max_input_bytes, self.skipped):
                item = _parsed(record, self.options)
                if item.ok:
                    self.parsed += 1
                else:
                    self.failed += 1
                yield item


def parse_warc(path: str | os.PathLike[str], *, options: Options | None = None) -> WarcReader:
    """Every HTML, XHTML and PDF response record of the WARC file at ``path``, parsed.

    Iterate the result for one `WarcItem` per record, in the file's order (streaming:
    one record in memory at a time); its `skipped` counts the records
    skipped, by reason. ``options`` are those of `parse`. Needs the
    ``warc`` extra; a missing file raises the ``OSError`` of opening it when iterated.

    !!! info "Added in version 0.1"
    """
    if not isinstance(path, str | os.PathLike):
        raise wrong_type("path", path, "a WARC file path (str or os.PathLike)")
    if options is not None and not isinstance(options, Options):
        raise wrong_type("options", options, "None or a communique.Options")
    _warcio()  # a missing extra is said at the call, not at the first record
    return WarcReader(Path(path), options or Options())


def _parsed(record: _Record, options: Options) -> WarcItem:
    try:
        name = urllib.parse.urlsplit(record.uri).path.rsplit("/", 1)[-1] or None
    except ValueError:  # a capture's URI no parser accepts ("http://[x"): no file name
        name = None
    try:
        release = parse(
            record.body,
            filename=name,
            media_type=record.media_type,
            options=options,
        )
    except Exception as error:  # one bad record never stops the archive
        reason = f"{type(error).__name__}: {error}".splitlines()[0]
        return WarcItem(record.uri, record.captured, None, reason, record.record_id)
    return WarcItem(
        record.uri, record.captured, _with_capture(release, record), None, record.record_id
    )


def _with_capture(release: PressRelease, record: _Record) -> PressRelease:
    """The capture date as the fallback date, the URI as the attachments' base."""
    changes: dict[str, Any] = {}
    if release.date is None and record.captured is not None:
        captured = record.captured.date()
        dateline = release.dateline or Dateline(text="")
        changes["dateline"] = attrs.evolve(dateline, date=captured)
        note = diagnostics.make(
            "date-from-capture",
            f"the release gives no date: the capture date of its WARC record, "
            f"{captured.isoformat()}, stands in",
        )
        changes["diagnostics"] = (*release.diagnostics, note)
    if record.uri and any(a.resolved_url is None for a in release.attachments):
        changes["attachments"] = tuple(
            a
            if a.resolved_url is not None
            else attrs.evolve(a, resolved_url=urllib.parse.urljoin(record.uri, a.url))
            for a in release.attachments
        )
    return attrs.evolve(release, **changes) if changes else release


def warc_inputs(
    path: str | os.PathLike[str], skipped: collections.Counter[str] | None = None
) -> Iterator[tuple[str, bytes]]:
    """The parseable records of a WARC file as ``(target URI, body)`` pairs, the inputs
    `parse_many` (and ``communique parse crawl.warc.gz``) reads; the
    records skipped are counted in ``skipped`` when given.

    !!! info "Added in version 0.1"
    """
    counter = skipped if skipped is not None else collections.Counter()
    with Path(path).open("rb") as stream:
        for record in _records(stream, Options().max_input_bytes, counter):
            yield record.uri or str(path), record.body


def warc_items(path: str | os.PathLike[str], options: Options | None = None) -> list[WarcItem]:
    """Every `WarcItem` of one WARC file, as a list: a task of a distributed engine
    (one WARC file a task; see ``docs/scaling.md``). A module-level function, so it pickles
    into worker processes; the items pickle back.

    !!! info "Added in version 0.1"
    """
    return list(parse_warc(path, options=options))
