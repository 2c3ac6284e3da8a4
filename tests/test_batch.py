"""parse_many: one BatchItem per input, in input order, streaming, errors kept per item."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import BatchItem, Options, PressRelease, parse, parse_many
from communique.batch import ordered_map, parse_item

from .batch_fixtures import headline, release_date, release_text, write_releases


def test_items_come_back_in_input_order_with_their_source(tmp_path: Path) -> None:
    paths = write_releases(tmp_path, 5)
    items = list(parse_many(paths))
    assert [item.source for item in items] == [str(p) for p in paths]
    assert [item.release.headline for item in items if item.release] == [
        headline(n) for n in range(5)
    ]


def test_two_processes_give_the_same_items_in_the_same_order(tmp_path: Path) -> None:
    paths = write_releases(tmp_path, 9)
    sequential = list(parse_many(paths))
    parallel = list(parse_many(paths, jobs=2, chunksize=2))
    assert parallel == sequential


def test_a_bad_input_is_an_item_with_a_reason_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write_releases(tmp_path, 2)
    missing = tmp_path / "absent.txt"
    items = list(parse_many([good[0], missing, b"\x00\x01binary", good[1]], jobs=2))
    assert [item.ok for item in items] == [True, False, False, True]
    assert items[1].source == str(missing)
    assert items[1].release is None
    assert items[1].error is not None
    assert items[1].error.startswith("FileNotFoundError: ")
    assert items[2].error is not None
    assert items[2].error.startswith("DecodeError: ")


def test_strict_options_turn_warnings_into_item_errors() -> None:
    (lenient,) = parse_many(["Juste une phrase sans date ni contact."])
    (strict,) = parse_many(["Juste une phrase sans date ni contact."], options=Options(strict=True))
    assert lenient.ok
    assert strict.error is not None
    assert strict.error.startswith("ParseError: ")


def test_str_is_content_and_named_pairs_carry_a_file_name_hint() -> None:
    markdown = "# Un titre\n\nLyon, le 2 mars 2021\n\nUn paragraphe.\n"
    plain, named = parse_many([release_text(1), ("dossier/annonce.md", markdown)])
    assert plain.source == "<input 0>"
    assert plain.release is not None
    assert plain.release.date == release_date(1)
    assert named.source == "dossier/annonce.md"
    assert named.release is not None
    assert named.release.adapter == "markdown"


def test_results_stream_without_reading_every_input_first() -> None:
    pulled: list[int] = []

    def inputs() -> Iterator[str]:
        for n in itertools.count():
            pulled.append(n)
            yield release_text(n)

    for jobs in (1, 2):
        pulled.clear()
        first = list(itertools.islice(parse_many(inputs(), jobs=jobs, chunksize=2), 3))
        assert [item.release.date for item in first if item.release] == [
            release_date(n) for n in range(3)
        ]
        # an endless input: only a bounded window (4 chunks per process) was ever read
        assert len(pulled) <= 3 + jobs * 4 * 2


def test_batch_items_and_releases_pickle_to_equal_objects(tmp_path: Path) -> None:
    (item,) = parse_many(write_releases(tmp_path, 1))
    restored = pickle.loads(pickle.dumps(item))
    assert restored == item
    assert isinstance(restored.release, PressRelease)
    failed = BatchItem("x.txt", error="DecodeError: not text")
    assert pickle.loads(pickle.dumps(failed)) == failed


def test_parse_item_matches_parse() -> None:
    item = parse_item(release_text(4))
    assert item.release == parse(release_text(4))


def test_ordered_map_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError, match="jobs"):
        list(ordered_map(str, [1], jobs=0))
    with pytest.raises(ValueError, match="chunksize"):
        list(ordered_map(str, [1], chunksize=0))
