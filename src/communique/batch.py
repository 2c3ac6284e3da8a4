"""Many releases at once: `parse_many`, in order, streaming, optionally in parallel.

Rules of this module:

* Output order is input order, whatever the number of processes.
* Memory stays bounded: inputs are read lazily and at most a fixed number of chunks are in
  flight (``jobs * _CHUNKS_AHEAD_PER_JOB`` chunks of ``chunksize`` items); no result is kept
  after it has been yielded.
* One bad input never stops the batch: it becomes a `BatchItem` with an ``error``,
  and the ``communique`` logger reports it as skipped. Neither does a worker process that
  dies on an input, nor an input that runs past the ``timeout``: that input's item says so,
  the worker is replaced, the others keep their order. A wrong *call* is not a bad input: an
  item of a type the batch cannot read, or a bare ``str`` whose role was not given (see
  `BatchInput`), raises ``TypeError`` -- for a list, before any work.
* Everything that crosses a process boundary pickles: `BatchItem`, the results, the
  options, and `parse_item`, a module-level function (usable as is with Dask or Spark).
  The options travel once per worker, the inputs in chunks, each result on its own as soon
  as it is ready.

Why not ``multiprocessing.Pool.imap``: its feeder thread consumes the whole input iterator
up front and keeps every finished result until it is read, so neither end is bounded. Why
not ``concurrent.futures.ProcessPoolExecutor``: one dead worker breaks the whole executor,
its results are per chunk (a dead worker loses the chunk and cannot say which input killed
it), and a running task cannot be stopped. The pool below knows which input each worker is
on, so a death or an overrun costs that input alone.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import multiprocessing
import multiprocessing.connection
import multiprocessing.context
import os
import queue
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from multiprocessing.reduction import ForkingPickler
from pathlib import Path
from typing import Generic, Literal, TypeAlias, TypeVar

import attrs

from ._arguments import as_count, given, wrong_type
from .api import parse, parse_file
from .exceptions import CommuniqueError, WorkerError
from .models import PressRelease
from .options import Options

__all__ = [
    "BatchInput",
    "BatchItem",
    "Strings",
    "WorkerError",
    "ordered_map",
    "parse_item",
    "parse_many",
    "resolve_jobs",
]

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
#: Bytes a pipe surely holds (one page, its least capacity): chunks within it are written at
#: once, larger ones by the worker's feeding thread, so that a stuck worker never blocks us.
_PIPE_ROOM = 4096


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
    timeout: float | None = None,
) -> Iterator[BatchItem]:
    """Parse every input, yielding one `BatchItem` per input, in input order.

    Items are files (`os.PathLike`), contents (``bytes``, ``(name, content)`` pairs)
    or, with ``strings="paths"`` or ``strings="texts"``, bare ``str`` (see
    `BatchInput`): ``parse_many(glob.glob("*.txt"), strings="paths")``. A bare ``str``
    without ``strings`` raises ``TypeError``, since it could be either.

    ``jobs`` > 1 parses in that many worker processes; ``jobs`` = 1 parses in this process
    (no pool, no pickling); ``jobs`` = 0 uses one worker per CPU, like ``--jobs 0`` on the
    command line. Results stream: the first is yielded as soon as it is ready, and memory
    stays bounded whatever the number of inputs (see the module docstring).

    ``timeout`` (seconds, ``None`` by default: no limit) bounds the time of each input: one
    that takes longer becomes an item whose ``error`` starts with ``TimeoutError:``. With
    ``jobs`` > 1 or a ``timeout``, inputs are parsed in worker processes, and a worker that
    dies (killed, out of memory, a crash in a C extension) costs only the input it was on:
    an item whose ``error`` starts with ``WorkerError:``; a new worker takes over and the
    other items keep their order. With ``jobs`` = 1 and no ``timeout``, everything runs in
    this process, which such a crash would end. The arguments,
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
    timeout = checked_timeout(timeout)
    tasks = (
        (index, _checked_item(item, f"items[{index}]", strings)) for index, item in enumerate(items)
    )
    work = functools.partial(_parse_task, options, strings)
    results = ordered_map(
        work, tasks, jobs=workers, chunksize=chunksize, timeout=timeout, on_failure=_failed_task
    )
    return _logged(results)


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


def _parse_task(
    options: Options, strings: Strings | None, task: tuple[int, BatchInput]
) -> BatchItem:
    index, item = task
    return parse_item(item, options, index, strings=strings)


def _failed_task(task: tuple[int, BatchInput], reason: str) -> BatchItem:
    index, item = task
    return BatchItem(_source_name(item, index), error=reason)


_In = TypeVar("_In")
_Out = TypeVar("_Out")


def ordered_map(
    func: Callable[[_In], _Out],
    items: Iterable[_In],
    *,
    jobs: int = 1,
    chunksize: int = 8,
    timeout: float | None = None,
    on_failure: Callable[[_In, str], _Out] | None = None,
) -> Iterator[_Out]:
    """``map(func, items)`` over ``jobs`` processes: ordered, streaming, bounded memory, and
    surviving its workers.

    ``func`` must pickle when the platform starts workers by ``spawn`` (define it at module
    level; `functools.partial` of one is fine): it is sent once to each worker, and
    the items are sent in chunks of ``chunksize``. ``jobs`` = 0 means one per CPU.

    When a worker process dies (killed, out of memory, a crash in a C extension) or one item
    runs longer than ``timeout`` seconds (the worker is then killed), that item's output is
    ``on_failure(item, reason)``, the worker is replaced and the other items go on, in order.
    Without ``on_failure`` such a failure raises `WorkerError`. ``jobs`` = 1 without
    a ``timeout`` runs in this process (no pool, nothing survives a crash); with a
    ``timeout``, in one worker process. The pool is shut down when the iterator is exhausted
    or closed.
    """
    jobs = resolve_jobs(jobs)
    chunksize = as_count("chunksize", chunksize, minimum=1, meaning="a positive number of items")
    timeout = checked_timeout(timeout)
    if jobs == 1 and timeout is None:
        return map(func, items)
    return _Pool(func, jobs, chunksize, timeout, on_failure).map(iter(items))


def checked_timeout(timeout: object) -> float | None:
    """``timeout`` as seconds: ``None`` (no limit) or a positive number."""
    meaning = "None (no limit) or a positive number of seconds"
    if timeout is None:
        return None
    if isinstance(timeout, bool) or not isinstance(timeout, int | float):
        raise wrong_type("timeout", timeout, meaning)
    if not timeout > 0 or timeout == float("inf"):
        raise ValueError(f"timeout must be {meaning}, not {timeout}")
    return float(timeout)


# -- the pool ------------------------------------------------------------------------------
#
# Each worker is a process with two one-way pipes: chunks of (index, item) go in, one
# (index, ok, output-or-reason) message per item comes out as soon as that item is done.
# The main process knows which item each worker is on (the first of those it was sent and
# has not answered), and since when, so a dead worker or an item past its time costs that
# item alone: the worker is killed and replaced, its other items are sent again, first.
# Chunks are pickled here; what the pipe surely has room for is written at once, the rest by
# one thread per worker, so the main loop never blocks on a worker that is stuck (a regex
# holding the GIL cannot drain its pipe).
# Results wait in ``done`` until every earlier one is yielded; at most ``window`` items are
# between being read and being yielded, which bounds memory whatever the input.


def _context() -> multiprocessing.context.BaseContext:
    # fork is fast and carries in-process state (a registered adapter) to the workers; the
    # platforms where it is unsafe (macOS) or absent (Windows) spawn.
    method = "fork" if sys.platform.startswith("linux") else "spawn"
    return multiprocessing.get_context(method)


def _death(process: multiprocessing.process.BaseProcess) -> str:
    """Why a worker is gone, as the reason of the input it was on."""
    process.join(5)  # its pipes close a moment before its exit status can be read
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        cause = f"killed by {name}"
        if -code == signal.SIGKILL:
            cause += " (out of memory, or killed from outside)"
    else:
        cause = f"exited with status {code}"
    return f"WorkerError: the worker process died on this input ({cause}); a new one took over"


def _overtime(limit: float) -> str:
    return (
        f"TimeoutError: no result after {limit:g} s, the time limit per input; "
        "its worker was stopped and a new one took over"
    )


class _Worker(Generic[_In]):
    """One worker process, its pipes, its feeding thread and the items it holds, in order."""

    def __init__(
        self,
        context: multiprocessing.context.BaseContext,
        func: Callable[..., object],
        inherited: list[int] | None,
    ) -> None:
        task_reader, self.tasks = context.Pipe(duplex=False)
        self.results, result_writer = context.Pipe(duplex=False)
        if inherited is not None:  # forked: the child also gets this side's ends, to close
            inherited = [*inherited, self.tasks.fileno(), self.results.fileno()]
        self.process = context.Process(  # type: ignore[attr-defined]
            target=_work,
            args=(func, task_reader, result_writer, inherited or []),
            daemon=True,
            name="communique-worker",
        )
        self.process.start()
        task_reader.close()
        result_writer.close()
        self._task_fd = self.tasks.fileno()
        self.held: deque[tuple[int, _In]] = deque()
        self.since = 0.0  # when the item it is on (held[0]) started, as far as we can tell
        self._outbox: queue.SimpleQueue[bytes | memoryview | None] = queue.SimpleQueue()
        self._queued = 0  # payloads in the outbox or being written by the feeder
        self._lock = threading.Lock()
        # (first index, bytes) of the chunks the worker may not have read from the pipe yet:
        # a chunk is read once the worker answers its first item
        self._unread: deque[tuple[int, int]] = deque()
        self._unread_bytes = 0
        self._feeder = threading.Thread(target=self._feed, daemon=True)
        self._feeder.start()

    def fds(self) -> list[int]:
        """This side's pipe ends: a worker forked later must close them."""
        return [self._task_fd, self.results.fileno()]

    def send(self, chunk: list[tuple[int, _In]]) -> None:
        if not self.held:
            self.since = time.monotonic()
        self.held.extend(chunk)
        payload = ForkingPickler.dumps(chunk)
        size = len(payload) + 8  # and the length header
        self._unread.append((chunk[0][0], size))
        self._unread_bytes += size
        with self._lock:
            direct = self._queued == 0 and self._unread_bytes <= _PIPE_ROOM
            if not direct:
                self._queued += 1
        if direct:  # the pipe has room for all the worker has not read: this cannot block
            with contextlib.suppress(OSError):  # a dead worker: its sentinel will say so
                self.tasks.send_bytes(payload)
        else:
            self._outbox.put(payload)

    def answered(self, index: int) -> None:
        """The worker answered item ``index``: the chunk it opens has left the pipe."""
        if self._unread and self._unread[0][0] == index:
            self._unread_bytes -= self._unread.popleft()[1]

    def _feed(self) -> None:
        try:
            while (payload := self._outbox.get()) is not None:
                self.tasks.send_bytes(payload)
                with self._lock:
                    self._queued -= 1
        except OSError:  # the worker is gone; the main loop sees it through its sentinel
            return
        self.tasks.close()  # the end of the work: the worker reads EOF and exits

    def stop(self, *, kill: bool) -> None:
        """End the process (at once with ``kill``, else after its last chunk) and the thread."""
        if kill:
            self.process.kill()
        self._outbox.put(None)
        self._feeder.join()
        self.process.join(None if kill else 10)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.tasks.close()
        self.results.close()


def _work(
    func: Callable[[object], object],
    tasks: multiprocessing.connection.Connection,
    results: multiprocessing.connection.Connection,
    inherited: list[int],
) -> None:
    """A worker's life: answer every item of every chunk, one message per item."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the main process's to handle
    for fd in inherited:  # other workers' pipes: holding them would hide their deaths
        with contextlib.suppress(OSError):
            os.close(fd)
    while True:
        try:
            chunk = tasks.recv()
        except EOFError:
            return
        for index, item in chunk:
            try:
                output = func(item)
                results.send((index, True, output))
            except Exception as error:  # a bug in func or an output that does not pickle
                results.send((index, False, f"internal error, please report: {_reason(error)}"))


class _Pool(Generic[_In, _Out]):
    def __init__(
        self,
        func: Callable[[_In], _Out],
        jobs: int,
        chunksize: int,
        timeout: float | None,
        on_failure: Callable[[_In, str], _Out] | None,
    ) -> None:
        self.func = func
        self.jobs = jobs
        self.chunksize = chunksize
        self.timeout = timeout
        self.on_failure = on_failure
        self.window = jobs * _CHUNKS_AHEAD_PER_JOB * chunksize
        self.context = _context()
        self.fork = self.context.get_start_method() == "fork"
        self.workers: list[_Worker[_In]] = []
        self.todo: deque[tuple[int, _In]] = deque()  # read, not yet sent (sent again first)
        self.done: dict[int, _Out] = {}
        self.read = 0  # items taken from the input
        self.exhausted = False

    def map(self, items: Iterator[_In]) -> Iterator[_Out]:
        yielded = 0
        try:
            while True:
                self._dispatch(items, yielded)
                while yielded in self.done:
                    yield self.done.pop(yielded)
                    yielded += 1
                if self.exhausted and yielded == self.read:
                    return
                self._wait()
        finally:
            finished = self.exhausted and yielded == self.read
            for worker in self.workers:
                worker.stop(kill=not finished)
            self.workers.clear()

    def _take(self, items: Iterator[_In], yielded: int) -> list[tuple[int, _In]]:
        chunk: list[tuple[int, _In]] = []
        while self.todo and len(chunk) < self.chunksize:
            chunk.append(self.todo.popleft())
        while (
            not self.exhausted and len(chunk) < self.chunksize and self.read - yielded < self.window
        ):
            try:
                item = next(items)
            except StopIteration:
                self.exhausted = True
                break
            chunk.append((self.read, item))
            self.read += 1
        return chunk

    def _dispatch(self, items: Iterator[_In], yielded: int) -> None:
        """Keep every worker holding up to two chunks, starting workers as needed."""
        for worker in sorted(self.workers, key=lambda w: len(w.held)):
            if len(worker.held) < self.chunksize:
                chunk = self._take(items, yielded)
                if not chunk:
                    return
                worker.send(chunk)
        while len(self.workers) < self.jobs:
            chunk = self._take(items, yielded)
            if not chunk:
                return
            inherited = [fd for w in self.workers for fd in w.fds()] if self.fork else None
            fresh: _Worker[_In] = _Worker(self.context, self.func, inherited)
            self.workers.append(fresh)
            fresh.send(chunk)

    def _wait(self) -> None:
        """Wait for results, a death or a timeout, and take them in."""
        busy = [worker for worker in self.workers if worker.held]
        if not busy:
            return
        deadline = None
        if self.timeout is not None:
            deadline = min(worker.since for worker in busy) + self.timeout
            left = max(deadline - time.monotonic(), 0.0)
        else:
            left = None
        waits = {worker.results: worker for worker in busy}
        sentinels = {worker.process.sentinel: worker for worker in busy}
        ready = multiprocessing.connection.wait([*waits, *sentinels], left)
        for handle in ready:
            if handle in waits:
                worker = waits[handle]
                if worker in self.workers:
                    self._receive(worker)
        for handle in ready:
            if handle in sentinels:
                worker = sentinels[handle]
                if worker in self.workers:
                    self._receive(worker)  # keep what it answered before it died
                    if worker in self.workers:
                        self._lose(worker, _death(worker.process))
        if self.timeout is not None:
            now = time.monotonic()
            for worker in busy:
                if worker in self.workers and worker.held and now - worker.since >= self.timeout:
                    self._lose(worker, _overtime(self.timeout))

    def _receive(self, worker: _Worker[_In]) -> None:
        """Take in every result ``worker`` has written so far."""
        while worker.results.poll():
            try:
                index, ok, output = worker.results.recv()
            except (EOFError, OSError):  # died mid-message: its sentinel says how
                self._drain_dead(worker)
                return
            expected, item = worker.held.popleft()
            assert index == expected, (index, expected)
            worker.answered(index)
            self.done[index] = output if ok else self._failed(item, output)
            worker.since = time.monotonic()

    def _drain_dead(self, worker: _Worker[_In]) -> None:
        self._lose(worker, _death(worker.process))

    def _lose(self, worker: _Worker[_In], reason: str) -> None:
        """``worker`` failed on its current item: that item's output is the failure, the
        process is ended, the items it still held go back to the front of the queue."""
        if worker not in self.workers:
            return
        self.workers.remove(worker)
        worker.stop(kill=True)
        if worker.held:
            index, item = worker.held.popleft()
            self.done[index] = self._failed(item, reason)
            self.todo.extendleft(reversed(worker.held))
            worker.held.clear()

    def _failed(self, item: _In, reason: str) -> _Out:
        if self.on_failure is None:
            raise WorkerError(reason)
        return self.on_failure(item, reason)


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
    if isinstance(error, OSError) and error.strerror and not isinstance(error, CommuniqueError):
        # the item's source already names the file: "FileNotFoundError: No such file or
        # directory", not "[Errno 2] No such file or directory: 'x.txt'" after "x.txt: "
        return f"{type(error).__name__}: {error.strerror}"
    message = " ".join(str(error).split())
    return f"{type(error).__name__}: {message}" if message else type(error).__name__
