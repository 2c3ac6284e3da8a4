"""Accuracy floors: the scores on the labelled sets never fall below the pinned minimums.

Four sets are measured. The development corpus and the blind set live outside the repository,
in ``../shared/corpus/dev`` and ``../shared/corpus/blind`` beside the checkout (or wherever the
``COMMUNIQUE_CORPUS`` and ``COMMUNIQUE_BLIND_CORPUS`` environment variables point); without
them their tests skip and say so. The holdout sets, ``tests/holdout``, ``tests/holdout2``,
``tests/holdout3`` … ``tests/holdout32``
(releases written for the project, see their READMEs), are in the repository, so their floors
are always checked.

The blind set is measured in aggregate only: its tests keep nothing but the figures of the
table, and their messages name no document (see ``docs/evaluation.md``).

The floors are in ``tests/accuracy_floors.json`` as ``{field: {measure: minimum}}`` per set
(``floors`` for the corpus, ``blind_floors``, ``holdout_floors``, ``holdout2_floors``,
``holdout3_floors`` … ``holdout12_floors``), the
shape of :meth:`communique.evaluate.Report.scores`, written by ``scripts/pin_floors.py``.
Raising a floor is a normal commit; lowering one needs a stated reason in the commit message
(see ``docs/evaluation.md``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import NamedTuple

import pytest

from communique.evaluate import FIELD_NAMES, Report, evaluate

FLOORS_FILE = Path(__file__).with_name("accuracy_floors.json")
SHARED_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
DEFAULT_CORPUS = SHARED_CORPUS / "dev"
ENV_VAR = "COMMUNIQUE_CORPUS"
DEFAULT_BLIND_CORPUS = SHARED_CORPUS / "blind"
BLIND_ENV_VAR = "COMMUNIQUE_BLIND_CORPUS"

Floors = dict[str, dict[str, float]]


def _floors(key: str) -> Floors:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    floors: Floors = data[key]
    return floors


def _measured(floors: Floors) -> list[tuple[str, str]]:
    return [(field, measure) for field, measures in floors.items() for measure in measures]


FLOORS = _floors("floors")
MEASURED = _measured(FLOORS)
BLIND_FLOORS = _floors("blind_floors")
BLIND_MEASURED = _measured(BLIND_FLOORS)
#: The holdout sets in the repository (``tests/<name>``) and their floors (``<name>_floors``).
HOLDOUT_SETS = (
    "holdout",
    "holdout2",
    "holdout3",
    "holdout4",
    "holdout5",
    "holdout6",
    "holdout7",
    "holdout8",
    "holdout9",
    "holdout10",
    "holdout11",
    "holdout12",
    "holdout13",
    "holdout14",
    "holdout15",
    "holdout16",
    "holdout17",
    "holdout18",
    "holdout19",
    "holdout20",
    "holdout21",
    "holdout22",
    "holdout23",
    "holdout24",
    "holdout25",
    "holdout26",
    "holdout27",
    "holdout28",
    "holdout29",
    "holdout30",
    "holdout31",
    "holdout32",
    "holdout33",
    "holdout34",
    "holdout35",
    "holdout36",
    "holdout37",
    "holdout38",
    "holdout39",
    "holdout40",
    "holdout41",
    "holdout42",
    "holdout43",
    "holdout44",
    "holdout45",
    "holdout46",
    "holdout47",
    "holdout48",
    "holdout49",
    "holdout50",
    "holdout51",
    "holdout52",
    "holdout53",
    "holdout54",
    "holdout55",
    "holdout56",
    "holdout57",
    "holdout58",
    "holdout59",
    "holdout60",
    "holdout61",
    "holdout62",
    "holdout63",
    "holdout64",
    "holdout65",
    "holdout66",
    "holdout67",
    "holdout68",
    "holdout69",
    "holdout70",
    "holdout71",
    "holdout72",
    "holdout73",
    "holdout74",
    "holdout75",
    "holdout76",
    "holdout77",
    "holdout78",
    "holdout79",
    "holdout80",
    "holdout81",
    "holdout82",
    "holdout83",
    "holdout84",
    "holdout85",
    "holdout86",
    "holdout87",
)
HOLDOUT_FLOORS = {name: _floors(f"{name}_floors") for name in HOLDOUT_SETS}
HOLDOUT_MEASURED = [
    (name, field, measure)
    for name, floors in HOLDOUT_FLOORS.items()
    for field, measure in _measured(floors)
]
ALL_FLOORS = {"corpus": FLOORS, "blind": BLIND_FLOORS, **HOLDOUT_FLOORS}


def _labelled_set(env_var: str, default: Path) -> Path:
    """The folder in ``env_var``, else ``default``; skip when neither is there."""
    configured = os.environ.get(env_var)
    if configured:
        path = Path(configured)
        if not path.is_dir():  # asked for explicitly: a wrong path is an error, not a skip
            pytest.fail(f"{env_var}={configured} is not a directory")
        return path
    if not default.is_dir():
        pytest.skip(
            f"accuracy floors not checked: no labelled set at {default} "
            f"(set {env_var} to a folder of documents with gold NNN.json files)"
        )
    return default


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(_labelled_set(ENV_VAR, DEFAULT_CORPUS))


class BlindFigures(NamedTuple):
    """What the blind tests may know of the blind set: aggregate figures, no document."""

    scores: Floors
    documents: int
    crashes: int
    unpaired: int


@pytest.fixture(scope="module")
def blind() -> BlindFigures:
    report = evaluate(_labelled_set(BLIND_ENV_VAR, DEFAULT_BLIND_CORPUS))
    return BlindFigures(
        report.scores(), len(report.documents), len(report.crashes), len(report.unpaired)
    )


@pytest.fixture(scope="module")
def holdout_reports() -> dict[str, Report]:
    return {name: evaluate(Path(__file__).with_name(name)) for name in HOLDOUT_FLOORS}


# The floating-point error a score may carry (scripts/pin_floors.py rounds with the same slack).
_ROUNDING = 1e-9


def _check_floor(report: Report, floors: Floors, field: str, measure: str) -> None:
    score = report.scores()[field][measure]
    floor = floors[field][measure]
    # (a floor is the score rounded down to two decimals; 0.7999999999999999 is 0.80)
    assert score + _ROUNDING >= floor, (
        f"{field} {measure} fell to {score:.3f}, below its floor {floor:.2f}; "
        f"see `communique evaluate {report.directory} --show-errors`"
    )


def test_no_document_crashes(report: Report) -> None:
    crashes = "\n".join(f"{c.document}: {c.error}" for c in report.crashes)
    assert not report.crashes, f"documents whose parse raised:\n{crashes}"


def test_every_corpus_document_is_paired_with_its_gold(report: Report) -> None:
    unpaired = "\n".join(f"{u.file}: {u.problem}" for u in report.unpaired)
    assert not report.unpaired, f"files the floors do not measure:\n{unpaired}"


@pytest.mark.parametrize(("field", "measure"), MEASURED, ids=[f"{f}.{m}" for f, m in MEASURED])
def test_score_is_at_least_its_floor(report: Report, field: str, measure: str) -> None:
    _check_floor(report, FLOORS, field, measure)


# The blind tests fail with pytest.fail and a message of aggregate figures only: no assertion
# introspection, no document name, no suggestion to list the blind set's errors.


def test_no_blind_document_crashes(blind: BlindFigures) -> None:
    if blind.crashes:
        pytest.fail(f"{blind.crashes} of the {blind.documents} blind documents crash")


def test_every_blind_document_is_paired_with_its_gold(blind: BlindFigures) -> None:
    if blind.unpaired:
        pytest.fail(f"{blind.unpaired} files of the blind set cannot be paired with a gold")


@pytest.mark.parametrize(
    ("field", "measure"), BLIND_MEASURED, ids=[f"{f}.{m}" for f, m in BLIND_MEASURED]
)
def test_blind_score_is_at_least_its_floor(blind: BlindFigures, field: str, measure: str) -> None:
    score, floor = blind.scores[field][measure], BLIND_FLOORS[field][measure]
    if score + _ROUNDING < floor:
        pytest.fail(
            f"blind {field} {measure} fell to {score:.3f}, below its floor {floor:.2f} "
            "(the blind set is measured in aggregate only)"
        )


def test_no_holdout_document_crashes(holdout_reports: dict[str, Report]) -> None:
    for report in holdout_reports.values():
        assert len(report.documents) >= 20
        assert not report.crashes
        assert not report.unpaired


@pytest.mark.parametrize(
    ("name", "field", "measure"), HOLDOUT_MEASURED, ids=[".".join(m) for m in HOLDOUT_MEASURED]
)
def test_holdout_score_is_at_least_its_floor(
    holdout_reports: dict[str, Report], name: str, field: str, measure: str
) -> None:
    _check_floor(holdout_reports[name], HOLDOUT_FLOORS[name], field, measure)


@pytest.mark.parametrize("floors", ALL_FLOORS.values(), ids=ALL_FLOORS)
def test_every_measured_score_has_a_floor(floors: Floors) -> None:
    expected = {*FIELD_NAMES, "whole_record", "classification"}
    assert set(floors) == expected
    assert floors["classification"].keys() == {"accuracy"}
    for field in expected - {"classification"}:
        assert {"exact", "loose"} <= floors[field].keys(), field
    assert {m for f in ("headline", "lede") for m in floors[f]} == {"exact", "loose", "token_f1"}


@pytest.mark.parametrize("floors", ALL_FLOORS.values(), ids=ALL_FLOORS)
def test_floors_are_proportions_with_two_decimals(floors: Floors) -> None:
    for field, measure in _measured(floors):
        value = floors[field][measure]
        assert 0.0 <= value <= 1.0, (field, measure)
        assert round(value, 2) == value, (field, measure)
