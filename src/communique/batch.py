"""Many releases at once: :func:`parse_many`, in order, streaming, optionally in parallel.

Rules of this module:

* Output order is input order, whatever the number of processes.
* Memory stays bounded: inputs are read lazily and at most a fixed number of chunks are in
  flight (``jobs * _CHUNKS_AHEAD_PER_JOB`` chunks of ``chunksize`` items); no result is kept
  after it has been yielded.
* One bad input never stops the batch: it becomes a :class:`BatchItem` with an ``error``.
* Everything that crosses a process boundary pickles: :class:`BatchItem`, the results, the
  options, and :func:`parse_item`, a module-level function (usable as is with Dask or Spark).

Why not ``multiprocessing.Pool.imap``: its feeder thread consumes the whole input iterator
up front and keeps every finished result until it is read, so neither end is bounded. A
window of futures over chunks gives the same ordered streaming with a hard bound.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import TypeAlias, TypeVar

import attrs

from .api import parse, parse_file
from .exceptions import CommuniqueError
from .models import PressRelease
from .options import Options

__all__ = ["BatchInput", "BatchItem", "parse_item", "parse_many"]

#: What :func:`parse_many` accepts, item by item:
#:
#: * an :class:`os.PathLike` (``pathlib.Path``): a file, read with :func:`~communique.parse_file`;
#: * ``str`` or ``bytes``: the content of one release;
#: * a ``(name, content)`` pair: content with a name (a file name hint for choosing the
#:   adapter, and the item's ``source``) -- the shape of Spark's ``binaryFiles``.
#:
#: A plain ``str`` is always content, never a path: wrap paths in :class:`pathlib.Path`.
BatchInput: TypeAlias = "os.PathLike[str] | str | bytes | tuple[str, str | bytes]"

#: How many chunks each process may have queued ahead of the one being read.
_CHUNKS_AHEAD_PER_JOB = 4


@attrs.frozen
class BatchItem:
    """The outcome of one input of a batch: a release, or the reason there is none.

    ``source`` names the input (its path, its ``(name, content)`` name, or ``<input N>``
    for anonymous content, N counted from 0). Exactly one of ``release`` and ``error`` is
    set; ``error`` is a one-line reason (``"DecodeError: …"``), a string so it always pickles.

    .. versionadded:: 0.1
    """

    source: str
    release: PressRelease | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        """Whether the input was parsed."""
        return self.error is None


def parse_item(item: BatchInput, options: Options | None = None, index: int = 0) -> BatchItem:
    """Parse one batch input (see :data:`BatchInput`) without ever raising for its content.

    Library errors (:class:`~communique.CommuniqueError`, including strict-mode
    :class:`~communique.ParseError`) and I/O errors become ``BatchItem.error``; other
    exceptions are bugs and are reported the same way, with their type, so a batch of a
    million files is never lost to one of them.

    .. versionadded:: 0.1
    """
    options = options or Options()
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
    jobs: int = 1,
    options: Options | None = None,
    chunksize: int = 8,
) -> Iterator[BatchItem]:
    """Parse every input, yielding one :class:`BatchItem` per input, in input order.

    ``jobs`` > 1 parses in that many worker processes; ``jobs`` = 1 parses in this process
    (no pool, no pickling). Results stream: the first is yielded as soon as it is ready, and
    memory stays bounded whatever the number of inputs (see the module docstring).

    >>> from pathlib import Path
    >>> for item in parse_many([Path("seeds/004_29ff205f2d2e4edb.txt")]):  # doctest: +SKIP
    ...     print(item.source, item.release.date if item.ok else item.error)

    .. versionadded:: 0.1
    """
    options = options or Options()
    tasks = ((index, item, options) for index, item in enumerate(items))
    return ordered_map(_parse_task, tasks, jobs=jobs, chunksize=chunksize)


def _parse_task(task: tuple[int, BatchInput, Options]) -> BatchItem:
    index, item, options = task
    return parse_item(item, options, index)


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def ordered_map(
    func: Callable[[_In], _Out], items: Iterable[_In], *, jobs: int = 1, chunksize: int = 8
) -> Iterator[_Out]:
    """``map(func, items)`` over ``jobs`` processes: ordered, streaming, bounded memory.

    ``func`` and the items must pickle when ``jobs`` > 1 (``func`` defined at module level).
    The pool is shut down when the iterator is exhausted or closed.
    """
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, not {chunksize}")
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
