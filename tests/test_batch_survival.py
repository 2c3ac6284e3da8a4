"""A batch survives its workers: a worker that dies or an input that never finishes costs
that input alone -- an error item naming the cause, a new worker, the order of the others
kept (issue 15, item 2). The misbehaving parsers are real plug-ins (tests/hostile_adapters.py)
found through their entry points, in this process and in the forked workers."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import parse_many, registry
from communique.batch import WorkerError, ordered_map

from . import hostile_adapters
from .batch_fixtures import release_date, release_text

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="the tests kill a worker with a POSIX signal"
)

#: Long enough for a tiny release on a loaded 2-CPU machine, short enough for a test.
TIMEOUT = 1.5


def _reset_registry() -> None:
    registry._third_party.cache_clear()
    registry._loaded.clear()
    registry._broken.clear()


@pytest.fixture
def hostile_plugins(tmp_path: Path) -> Iterator[Path]:
    site = hostile_adapters.install(tmp_path / "site-packages")
    sys.path.insert(0, str(site))
    _reset_registry()
    try:
        yield site
    finally:
        sys.path.remove(str(site))
        sys.modules.pop("communique_hostile_adapters", None)
        _reset_registry()


def _batch() -> list[tuple[str, str]]:
    """Good releases with a dying and a sleeping input among them."""
    return [
        ("a.txt", release_text(0)),
        ("dies.die", hostile_adapters.DIE + "\n" + release_text(1)),
        ("b.txt", release_text(2)),
        ("sleeps.sleep", hostile_adapters.SLEEP + "\n" + release_text(3)),
        *((f"c{n}.txt", release_text(n)) for n in range(4, 12)),
    ]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_dying_worker_and_a_stuck_input_cost_one_item_each(
    hostile_plugins: Path, jobs: int
) -> None:
    batch = _batch()
    items = list(parse_many(batch, jobs=jobs, timeout=TIMEOUT, chunksize=3))
    assert [item.source for item in items] == [name for name, _ in batch]
    died, stuck = items[1], items[3]
    assert died.error is not None
    assert died.error.startswith("WorkerError: the worker process died on this input")
    assert "SIGKILL" in died.error
    assert stuck.error is not None
    assert stuck.error.startswith(f"TimeoutError: no result after {TIMEOUT:g} s")
    good = [item for n, item in enumerate(items) if n not in (1, 3)]
    assert all(item.ok for item in good)
    dates = [item.release.date for item in good if item.release]
    assert dates == [release_date(n) for n in (0, 2, *range(4, 12))]


def test_workers_are_replaced_as_often_as_they_die(hostile_plugins: Path) -> None:
    batch = [(f"d{n}.die", hostile_adapters.DIE) for n in range(5)] + [("ok.txt", release_text(5))]
    items = list(parse_many(batch, jobs=2, chunksize=2))
    assert [item.ok for item in items] == [False] * 5 + [True]
    assert all("WorkerError" in (item.error or "") for item in items[:5])


def test_the_timeout_is_off_by_default_and_checked(hostile_plugins: Path) -> None:
    with pytest.raises(ValueError, match=r"timeout must be None \(no limit\) or a positive"):
        parse_many([b"x"], timeout=0)
    with pytest.raises(TypeError, match="timeout must be"):
        parse_many([b"x"], timeout="10")  # type: ignore[arg-type]


def _die_on_three(n: int) -> int:
    if n == 3:
        import os
        import signal

        os.kill(os.getpid(), signal.SIGKILL)
    return n * 10


def test_ordered_map_without_a_failure_handler_raises_worker_error() -> None:
    with pytest.raises(WorkerError, match="SIGKILL"):
        list(ordered_map(_die_on_three, range(6), jobs=2, chunksize=1))
    failed = list(
        ordered_map(_die_on_three, range(6), jobs=2, chunksize=1, on_failure=lambda n, why: -n)
    )
    assert failed == [0, 10, 20, -3, 40, 50]


def test_a_stuck_worker_never_blocks_the_batch_on_a_full_pipe(hostile_plugins: Path) -> None:
    # chunks far larger than a pipe holds, behind an input that never finishes: the chunks
    # wait in the feeding thread, and the time limit still frees the batch
    padding = "\n\n" + "Le quai rouvre aux navires de commerce. " * 2000  # ~80 KB a text
    batch = [("stuck.sleep", hostile_adapters.SLEEP + padding)] + [
        (f"r{n}.txt", release_text(n) + padding) for n in range(12)
    ]
    items = list(parse_many(batch, jobs=1, timeout=TIMEOUT, chunksize=4))
    assert [item.ok for item in items] == [False] + [True] * 12
    assert (items[0].error or "").startswith("TimeoutError:")
