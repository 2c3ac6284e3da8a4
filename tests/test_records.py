"""to_records: one flat row per release; to_dataframe: the same rows with real dtypes."""

from __future__ import annotations

import datetime as dt
import pickle
import sys
from pathlib import Path

import attrs
import pytest

from communique import BatchItem, MissingDependencyError, parse, parse_many, to_records
from communique.records import COLUMNS, to_dataframe, to_record

from .batch_fixtures import headline, release_date, release_text, write_releases

TWO_CONTACTS = """\
Bordeaux, le 12 octobre 2022

Communiqué de presse

Le festival des sciences ouvre ses portes

Contacts presse :
Léa Durand – lea.durand@festival-exemple.fr – 05 56 00 00 01
Marc Petit – marc.petit@festival-exemple.fr – 05 56 00 00 02
"""


def test_a_row_has_every_column_in_order() -> None:
    (row,) = to_records([parse(release_text(2))])
    assert tuple(row) == COLUMNS
    assert row["file"] is None
    assert row["date"] == release_date(2)
    assert row["place"] == "Toulouse"
    assert row["doc_type"] == "Communiqué de presse"
    assert row["reference"] == "N° 102"
    assert row["headline"] == headline(2)
    assert row["issuers"] == "MÉTROPOLE DE TOULOUSE"
    assert row["contact_names"] == "Sophie Martin"
    assert row["contact_emails"] == "sophie.martin@metropole-exemple.fr"
    assert row["contact_phones"] == "04 72 00 00 02"
    assert row["is_press_release"] is True
    assert isinstance(row["n_sections"], int)
    assert row["n_sections"] >= 1


def test_several_contacts_are_joined_with_a_bar() -> None:
    (row,) = to_records([parse(TWO_CONTACTS)])
    assert (
        row["contact_emails"] == "lea.durand@festival-exemple.fr | marc.petit@festival-exemple.fr"
    )
    assert row["contact_phones"] == "05 56 00 00 01 | 05 56 00 00 02"


def test_missing_values_are_none_and_codes_are_listed() -> None:
    (row,) = to_records([parse("Une phrase isolée, sans rien d'autre.")])
    assert row["date"] is None
    assert row["place"] is None
    assert row["reference"] is None
    assert "missing-dateline" in row["diagnostics"].split(" | ")


def test_batch_items_give_their_source_and_failures_have_no_row(tmp_path: Path) -> None:
    paths = write_releases(tmp_path, 2)
    items = [*parse_many(paths), BatchItem("broken.txt", error="DecodeError: binary")]
    rows = to_records(items)
    assert [row["file"] for row in rows] == [str(p) for p in paths]


def test_rows_pickle() -> None:
    rows = to_records([parse(release_text(0))])
    assert pickle.loads(pickle.dumps(rows)) == rows


def test_dataframe_dtypes() -> None:
    pd = pytest.importorskip("pandas")
    releases = [parse(release_text(0)), parse("Une phrase isolée, sans rien d'autre.")]
    frame = to_dataframe(releases)
    assert tuple(frame.columns) == (*COLUMNS, "error")
    assert str(frame["date"].dtype) == "datetime64[s]"
    assert frame["date"].iloc[0] == pd.Timestamp(release_date(0))
    assert frame["date"].dt.date.iloc[0] == release_date(0)
    assert pd.isna(frame["date"].iloc[1])
    assert isinstance(frame["headline"].dtype, pd.StringDtype)
    assert pd.isna(frame["reference"].iloc[1])
    assert frame["n_sections"].dtype == "Int64"
    assert frame["is_press_release"].dtype == "boolean"
    assert isinstance(frame["error"].dtype, pd.StringDtype)
    assert frame["error"].isna().all()
    assert pickle.loads(pickle.dumps(frame)).equals(frame)


def test_dataframe_of_nothing_has_the_columns() -> None:
    pytest.importorskip("pandas")
    frame = to_dataframe([])
    assert tuple(frame.columns) == (*COLUMNS, "error")
    assert len(frame) == 0


def test_dataframe_keeps_failed_inputs_as_rows_with_their_source_and_error(
    tmp_path: Path,
) -> None:
    pd = pytest.importorskip("pandas")
    good = write_releases(tmp_path, 2)
    missing = tmp_path / "absent.txt"
    items = list(parse_many([good[0], missing, b"\x00\x01binary", good[1]]))
    frame = to_dataframe(items)
    assert len(frame) == 4  # one row per input: counting rows counts inputs
    assert list(frame["file"]) == [str(good[0]), str(missing), "<input 2>", str(good[1])]
    assert frame["error"].isna().tolist() == [True, False, False, True]
    assert frame["error"].iloc[1].startswith("FileNotFoundError: ")
    assert frame["error"].iloc[2].startswith("DecodeError: ")
    failed = frame.iloc[1]
    for column in COLUMNS:
        if column != "file":
            assert pd.isna(failed[column]), column
    assert frame["headline"].iloc[3] == headline(1)
    assert frame["n_sections"].iloc[0] > 0


def test_records_refuse_what_is_not_a_release_and_say_so() -> None:
    release = parse(release_text(0))
    with pytest.raises(
        TypeError,
        match=r"^releases must be an iterable of PressRelease .*"
        r"not a PressRelease; for one release, pass a list: to_records\(\[\.\.\.\]\)$",
    ):
        to_records(release)  # type: ignore[arg-type]
    with pytest.raises(
        TypeError,
        match=r"^releases\[1\] must be a PressRelease or a BatchItem, "
        r"not a str \('Lyon'\)$",
    ):
        to_records([release, "Lyon"])  # type: ignore[list-item]
    with pytest.raises(TypeError, match=r"^releases must be .*not an int \(3\)"):
        to_dataframe(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^release must be a communique.PressRelease, not None$"):
        to_record(None)  # type: ignore[arg-type]


def test_dataframe_keeps_dates_outside_the_nanosecond_range() -> None:
    pytest.importorskip("pandas")
    release = parse(release_text(0))
    assert release.dateline is not None
    old = attrs.evolve(release, dateline=attrs.evolve(release.dateline, date=dt.date(1650, 5, 1)))
    assert to_dataframe([old])["date"].dt.date.iloc[0] == dt.date(1650, 5, 1)


def test_dataframe_without_pandas_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError, match=r"communique\[pandas\]"):
        to_dataframe([parse(release_text(0))])
