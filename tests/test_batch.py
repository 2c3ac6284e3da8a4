"""parse_many: one BatchItem per input, in input order, streaming, errors kept per item."""

from __future__ import annotations

import glob
import itertools
import logging
import os
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import BatchItem, Options, PressRelease, parse, parse_many
from communique.batch import ordered_map, parse_item, resolve_jobs

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
    texts = ["Juste une phrase sans date ni contact."]
    (lenient,) = parse_many(texts, strings="texts")
    (strict,) = parse_many(texts, strings="texts", options=Options(strict=True))
    assert lenient.ok
    assert strict.error is not None
    assert strict.error.startswith("ParseError: ")


def test_texts_are_anonymous_and_named_pairs_carry_a_file_name_hint() -> None:
    markdown = "# Un titre\n\nLyon, le 2 mars 2021\n\nUn paragraphe.\n"
    plain, named = parse_many([release_text(1), ("dossier/annonce.md", markdown)], strings="texts")
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
        batch = parse_many(inputs(), strings="texts", jobs=jobs, chunksize=2)
        first = list(itertools.islice(batch, 3))
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
    item = parse_item(release_text(4), strings="texts")
    assert item.release == parse(release_text(4))


def test_ordered_map_rejects_nonsense_settings() -> None:
    with pytest.raises(ValueError, match=r"jobs must be 0 .* or a positive number"):
        list(ordered_map(str, [1], jobs=-1))
    with pytest.raises(ValueError, match="chunksize"):
        list(ordered_map(str, [1], chunksize=0))


# -- paths and texts cannot be confused ---------------------------------------------------


def test_path_strings_without_strings_fail_at_the_call_and_say_what_to_pass(
    tmp_path: Path,
) -> None:
    write_releases(tmp_path, 2)
    with pytest.raises(TypeError) as raised:
        parse_many(sorted(glob.glob(str(tmp_path / "*.txt"))))
    message = str(raised.value)
    assert message.startswith("items[0] is a str ('")
    assert "could be a file path or the text of a release" in message
    assert "strings='paths'" in message
    assert "strings='texts'" in message


def test_strings_paths_reads_the_files_the_strings_name(tmp_path: Path) -> None:
    paths = write_releases(tmp_path, 3)
    items = list(parse_many(sorted(glob.glob(str(tmp_path / "*.txt"))), strings="paths"))
    assert [item.source for item in items] == [str(p) for p in paths]
    assert [item.release.headline for item in items if item.release] == [
        headline(n) for n in range(3)
    ]


def test_strings_texts_parses_the_strings_whatever_they_look_like(tmp_path: Path) -> None:
    (path,) = write_releases(tmp_path, 1)
    (item,) = parse_many([str(path)], strings="texts")
    assert item.source == "<input 0>"
    assert item.release is not None
    assert item.release.text == str(path)


def test_bytes_are_content_and_paths_are_files_whatever_strings_says(tmp_path: Path) -> None:
    (path,) = write_releases(tmp_path, 1)
    data = release_text(2).encode()
    for strings in (None, "paths", "texts"):
        from_file, from_bytes = parse_many([path, data], strings=strings)  # type: ignore[arg-type]
        assert from_file.release is not None
        assert from_file.release.headline == headline(0)
        assert from_bytes.release is not None
        assert from_bytes.release.headline == headline(2)


def test_an_item_of_another_type_is_named_by_its_index_before_any_work(tmp_path: Path) -> None:
    (path,) = write_releases(tmp_path, 1)
    with pytest.raises(
        TypeError, match=r"^items\[1\] must be a pathlib.Path .*not an int \(123\)$"
    ):
        parse_many([path, 123])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^items\[0\] must be .*not None$"):
        parse_many([None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^item must be .*not a list"):
        parse_item([path])  # type: ignore[arg-type]


def test_a_lazy_iterable_fails_at_the_wrong_item_after_yielding_the_ones_before() -> None:
    def inputs() -> Iterator[object]:
        yield release_text(0).encode()
        yield 4.5

    batch = parse_many(inputs())  # type: ignore[arg-type]
    first = next(batch)
    assert first.ok
    with pytest.raises(TypeError, match=r"^items\[1\] must be .*not a float \(4.5\)$"):
        next(batch)


def test_one_input_instead_of_a_batch_points_at_parse_or_parse_file(tmp_path: Path) -> None:
    with pytest.raises(TypeError, match=r"not a str .*call parse\(text\)$"):
        parse_many(release_text(0))  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"not a PosixPath .*call parse_file\(path\)$"):
        parse_many(tmp_path / "a.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^items must be an iterable of inputs .*not an int"):
        parse_many(3)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("keywords", "error", "message"),
    [
        ({"strings": "files"}, ValueError, "strings must be None, 'paths' or 'texts', not 'files'"),
        ({"jobs": -2}, ValueError, "jobs must be 0 (one worker per CPU) or a positive number"),
        ({"jobs": "4"}, TypeError, "jobs must be 0 (one worker per CPU) or a positive number"),
        ({"chunksize": 0}, ValueError, "chunksize must be a positive number of items, not 0"),
        ({"options": {"strict": True}}, TypeError, "options must be None or a communique.Options"),
    ],
)
def test_wrong_settings_name_the_argument(
    keywords: dict[str, object], error: type[Exception], message: str
) -> None:
    with pytest.raises(error) as raised:
        parse_many([b"texte"], **keywords)  # type: ignore[arg-type]
    assert str(raised.value).startswith(message)


def test_jobs_zero_means_one_worker_per_cpu_like_the_command_line(tmp_path: Path) -> None:
    assert resolve_jobs(0) == (os.cpu_count() or 1)
    assert resolve_jobs(3) == 3
    paths = write_releases(tmp_path, 4)
    assert list(parse_many(paths, jobs=0)) == list(parse_many(paths))


def test_a_failed_item_is_logged_as_skipped_on_the_library_logger(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    missing = tmp_path / "absent.txt"
    with caplog.at_level(logging.WARNING, logger="communique"):
        (item,) = parse_many([missing])
    assert not item.ok
    (record,) = caplog.records
    assert record.name == "communique.batch"
    assert record.getMessage() == f"skipped {missing}: {item.error}"
