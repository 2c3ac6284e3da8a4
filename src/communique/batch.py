"""Many releases at once: `parse_many`, in order, streaming, optionally in parallel.

Rules of this module:

* Output order is input order, whatever the number of processes.
* Memory stays bounded: inputs are read lazily and at most a fixed number of chunks are in
  flight (``jobs * _CHUNKS_AHEAD_PER_JOB`` chunks of ``chunksize`` items); no result is kept
  after it has been yielded.
* One bad input never stops the batch: it becomes a `BatchItem` with an ``error``,
  and the ``communique`` logger reports it as skipped. A wrong *call* is not a bad input: an
  item of a type the batch cannot read, or a bare ``str`` whose role was not given (see
  `BatchInput`), raises ``TypeError`` -- for a list, before any work.
* Everything that crosses a process boundary pickles: `BatchItem`, the results, the
  options, and `parse_item`, a module-level function (usable as is with Dask or Spark).

Why not ``multiprocessing.Pool.imap``: its feeder thread consumes the whole input iterator
up front and keeps every finished result until it is read, so neither end is bounded. A
window of futures over chunks gives the same ordered streaming with a hard bound.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Literal, TypeAlias, TypeVar

import attrs

from ._arguments import as_count, given, wrong_type
from .api import parse, parse_file
from .exceptions import CommuniqueError
from .models import PressRelease
from .options import Options

__all__ = ["BatchInput", "BatchItem", "Strings", "parse_item", "parse_many", "resolve_jobs"]

#: What :func:`parse_many` accepts, item by item:
#:
#: * an :class:`os.PathLike` (``pathlib.Path``): a file, read with :func:`~communique.parse_file`;
#: * ``bytes``: the content of one release;
#: * a ``(name, content)`` pair: content (``str`` or ``bytes``) with a name (a file name hint
#:   for choosing the adapter, and the item's ``source``) -- the shape of Spark's
#:   ``binaryFiles``;
#: * a ``str``, only with ``strings=`` saying what it is (:data:`Strings`): a ``str`` may be a
#:   path (``glob.glob`` gives them) or the text of a release, and the library does not guess.
BatchInput: TypeAlias = "os.PathLike[str] | str | bytes | tuple[str, str | bytes]"

#: What the bare ``str`` items of a batch are: ``"paths"`` (files to read) or ``"texts"``
#: (the text of one release each). ``None`` (the default) accepts no bare ``str``.
Strings: TypeAlias = Literal["paths", "texts"]

logger = logging.getLogger(__name__)

#: How many chunks each process may have queued ahead of the one being read.
_CHUNKS_AHEAD_PER_JOB = 4


@attrs.frozen
class BatchItem:
    """The outcome of one input of a batch: a release, or the reason there is none.

    ``source`` names the input (its path, its ``(name, content)`` name, or ``<input N>``
    for anonymous content, N counted from 0). Exactly one of ``release`` and ``error`` is
    set; ``error`` is a one-line reason (``"DecodeError: …"``), a string so it always pickles.

    !!! info "Added in version 0.1"
    """

    source: str
    release: PressRelease | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.error is None


def parse_item(
    item: BatchInput,
    options: Options | None = None,
    index: int = 0,
    *,
    strings: Strings | None = None,
) -> BatchItem:
    """Parse one batch input (see `BatchInput`) without ever raising for its content.

    Library errors ([`CommuniqueError`][communique.CommuniqueError], including strict-mode
    [`ParseError`][communique.ParseError]) and I/O errors become ``BatchItem.error``; other
    exceptions are bugs and are reported the same way, with their type, so a batch of a
    million files is never lost to one of them. A wrong call (an item of another type, a bare
    ``str`` without ``strings``) raises ``TypeError``.

    !!! info "Added in version 0.1"
    """
    options = _checked_options(options)
    item = _checked_item(item, "item", _checked_strings(strings))
    source = _source_name(item, index)
    try:
        release = _parse_one(item, options)
    except (CommuniqueError, OSError) as error:
        return BatchItem(source, error=_reason(error))
    except Exception as error:  # a parser bug must not sink the batch; say what it was
        return BatchItem(source, error=f"internal error, please report: {_reason(error)}")
    return BatchItem(source, release=release)


def parse_many(
    items: Iterable[BatchInput],
    *,
    strings: Strings | None = None,
    jobs: int = 1,
    options: Options | None = None,
    chunksize: int = 8,
) -> Iterator[BatchItem]:
    """Parse every input, yielding one `BatchItem` per input, in input order.

    Items are files (`os.PathLike`), contents (``bytes``, ``(name, content)`` pairs)
    or, with ``strings="paths"`` or ``strings="texts"``, bare ``str`` (see
    `BatchInput`): ``parse_many(glob.glob("*.txt"), strings="paths")``. A bare ``str``
    without ``strings`` raises ``TypeError``, since it could be either.

    ``jobs`` > 1 parses in that many worker processes; ``jobs`` = 1 parses in this process
    (no pool, no pickling); ``jobs`` = 0 uses one worker per CPU, like ``--jobs 0`` on the
    command line. Results stream: the first is yielded as soon as it is ready, and memory
    stays bounded whatever the number of inputs (see the module docstring). The arguments,
    and every item of a list or other sequence, are checked when this is called; the items of
    a lazy iterable as they are read.

    ```pycon
    >>> from pathlib import Path
    >>> for item in parse_many([Path("seeds/004_29ff205f2d2e4edb.txt")]):  # doctest: +SKIP
    ...     print(item.source, item.release.date if item.ok else item.error)
    ```

    !!! info "Added in version 0.1"
    """
    strings = _checked_strings(strings)
    options = _checked_options(options)
    workers = resolve_jobs(jobs)
    chunksize = as_count("chunksize", chunksize, minimum=1, meaning="a positive number of items")
    if isinstance(items, str | bytes | os.PathLike):
        one = "parse_file(path)" if isinstance(items, os.PathLike) else "parse(text)"
        raise wrong_type("items", items, "an iterable of inputs", f"for one release, call {one}")
    if not isinstance(items, Iterable):
        raise wrong_type(
            "items", items, "an iterable of inputs (paths, bytes, (name, content) pairs)"
        )
    if isinstance(items, Sequence):
        for index, item in enumerate(items):
            _checked_item(item, f"items[{index}]", strings)
    tasks = (
        (index, _checked_item(item, f"items[{index}]", strings), options, strings)
        for index, item in enumerate(items)
    )
    return _logged(ordered_map(_parse_task, tasks, jobs=workers, chunksize=chunksize))


def _logged(results: Iterator[BatchItem]) -> Iterator[BatchItem]:
    try:
        for item in results:
            if item.error is not None:
                logger.warning("skipped %s: %s", item.source, item.error)
            yield item
    finally:  # closing the batch early shuts the pool down now, not when collected
        close = getattr(results, "close", None)
        if close is not None:
            close()


def resolve_jobs(jobs: int) -> int:
    """The number of worker processes ``jobs`` means: itself, or one per CPU for 0.

    !!! info "Added in version 0.1"
    """
    meaning = "0 (one worker per CPU) or a positive number of worker processes"
    return as_count("jobs", jobs, minimum=0, meaning=meaning) or os.cpu_count() or 1


def _checked_strings(strings: object) -> Strings | None:
    if strings is None or strings == "paths" or strings == "texts":
        return strings
    if isinstance(strings, str):
        raise ValueError(f"strings must be None, 'paths' or 'texts', not {strings!r}")
    raise wrong_type("strings", strings, "None, 'paths' or 'texts'")


def _checked_options(options: object) -> Options:
    if options is None:
        return Options()
    if not isinstance(options, Options):
        raise wrong_type("options", options, "None or a communique.Options")
    return options


_ACCEPTED = (
    "a pathlib.Path (a file), bytes (one release's content), a (name, content) pair, "
    "or a str with strings='paths' or strings='texts'"
)


def _checked_item(item: object, label: str, strings: Strings | None) -> BatchInput:
    """``item`` as `_parse_one` reads it: a bare ``str`` becomes a path or stays text."""
    if isinstance(item, str):
        if strings == "paths":
            return Path(item)
        if strings == "texts":
            return item
        raise TypeError(
            f"{label} is {given(item)}, which could be a file path or the text of a release: "
            "pass strings='paths' to read files (parse_many(glob.glob('*.txt'), "
            "strings='paths')) or strings='texts' to parse the strings themselves"
        )
    if isinstance(item, bytes | os.PathLike):
        return item
    if isinstance(item, tuple) and len(item) == 2:
        name, content = item
        if isinstance(name, os.PathLike):
            name = os.fspath(name)
        if isinstance(name, str) and isinstance(content, str | bytes):
            return (name, content)
    raise wrong_type(label, item, _ACCEPTED)


def _parse_task(task: tuple[int, BatchInput, Options, Strings | None]) -> BatchItem:
    index, item, options, strings = task
    return parse_item(item, options, index, strings=strings)


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def ordered_map(
    func: Callable[[_In], _Out], items: Iterable[_In], *, jobs: int = 1, chunksize: int = 8
) -> Iterator[_Out]:
    """``map(func, items)`` over ``jobs`` processes: ordered, streaming, bounded memory.

    ``func`` and the items must pickle when ``jobs`` > 1 (``func`` defined at module level);
    ``jobs`` = 0 means one per CPU. The pool is shut down when the iterator is exhausted or
    closed.
    """
    jobs = resolve_jobs(jobs)
    chunksize = as_count("chunksize", chunksize, minimum=1, meaning="a positive number of items")
    if jobs == 1:
        return map(func, items)
    return _pooled(func, iter(items), jobs, chunksize)


def _pooled(
    func: Callable[[_In], _Out], items: Iterator[_In], jobs: int, chunksize: int
) -> Iterator[_Out]:
    window: deque[Future[list[_Out]]] = deque()
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        try:
            while True:
                while len(window) < jobs * _CHUNKS_AHEAD_PER_JOB:
                    chunk = list(islice(items, chunksize))
                    if not chunk:
                        break
                    window.append(pool.submit(_run_chunk, func, chunk))
                if not window:
                    return
                yield from window.popleft().result()
        finally:
            for pending in window:
                pending.cancel()


def _run_chunk(func: Callable[[_In], _Out], chunk: list[_In]) -> list[_Out]:
    return [func(item) for item in chunk]


def _parse_one(item: BatchInput, options: Options) -> PressRelease:
    if isinstance(item, os.PathLike):
        return parse_file(item, options=options)
    if isinstance(item, tuple):
        name, content = item
        return parse(content, filename=Path(name).name, options=options)
    return parse(item, options=options)


def _source_name(item: BatchInput, index: int) -> str:
    if isinstance(item, os.PathLike):
        return os.fspath(item)
    if isinstance(item, tuple):
        return item[0]
    return f"<input {index}>"


def _reason(error: BaseException) -> str:
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
