"""The Dask path of docs/scaling.md works: a bag of files, parsed in worker processes.

Skipped unless the ``dask`` extra is installed (``pip install 'communique[dask]'``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from communique import BatchItem, parse_many, to_records
from communique.batch import parse_item
from communique.records import to_record

from .batch_fixtures import write_releases

db = pytest.importorskip("dask.bag")


def _row(item: BatchItem) -> dict[str, Any]:
    assert item.release is not None, item.error
    return to_record(item.release, item.source)


@pytest.mark.parametrize("scheduler", ["synchronous", "processes"])
def test_a_bag_of_files_gives_the_rows_of_parse_many(tmp_path: Path, scheduler: str) -> None:
    paths = write_releases(tmp_path, 8)
    bag = db.from_sequence(paths, npartitions=2).map(parse_item).map(_row)
    rows = bag.compute(scheduler=scheduler, num_workers=2)
    assert rows == to_records(parse_many(paths))


def test_failures_travel_through_the_bag_as_items(tmp_path: Path) -> None:
    paths = [*write_releases(tmp_path, 2), tmp_path / "absent.txt"]
    bag = db.from_sequence(paths, npartitions=3).map(parse_item)
    items = bag.compute(scheduler="processes", num_workers=2)
    assert [item.ok for item in items] == [True, True, False]
    assert items[2].error.startswith("FileNotFoundError")


def test_a_local_distributed_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    paths = write_releases(tmp_path, 4)
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        distributed.Client(cluster) as client,
    ):
        rows = (
            db.from_sequence(paths, npartitions=2)
            .map(parse_item)
            .map(_row)
            .compute(scheduler=client.get)
        )
    assert rows == to_records(parse_many(paths))
