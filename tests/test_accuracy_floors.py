"""Accuracy floors: the scores on the labelled sets never fall below the pinned minimums.

Three sets are measured. The development corpus lives outside the repository, in
``../shared/corpus/dev`` beside the checkout (or wherever the ``COMMUNIQUE_CORPUS``
environment variable points); without it its tests skip and say so. The holdout sets,
``tests/holdout`` and ``tests/holdout2`` (releases written for the project, see their
READMEs), are in the repository, so their floors are always checked.

The floors are in ``tests/accuracy_floors.json`` as ``{field: {measure: minimum}}`` per set
(``floors`` for the corpus, ``holdout_floors``, ``holdout2_floors``), the shape of
:meth:`communique.evaluate.Report.scores`. Raising a floor is a normal commit; lowering one
needs a stated reason in the commit message (see ``docs/evaluation.md``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from communique.evaluate import FIELD_NAMES, Report, evaluate

FLOORS_FILE = Path(__file__).with_name("accuracy_floors.json")
DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev"
ENV_VAR = "COMMUNIQUE_CORPUS"


def _floors(key: str) -> dict[str, dict[str, float]]:
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    floors: dict[str, dict[str, float]] = data[key]
    return floors


FLOORS = _floors("floors")
MEASURED = [(field, measure) for field, measures in FLOORS.items() for measure in measures]
#: The holdout sets in the repository (``tests/<name>``) and their floors (``<name>_floors``).
HOLDOUT_FLOORS = {name: _floors(f"{name}_floors") for name in ("holdout", "holdout2")}
HOLDOUT_MEASURED = [
    (name, field, measure)
    for name, floors in HOLDOUT_FLOORS.items()
    for field, measures in floors.items()
    for measure in measures
]


def _corpus() -> Path:
    configured = os.environ.get(ENV_VAR)
    if configured:
        path = Path(configured)
        if not path.is_dir():  # asked for explicitly: a wrong path is an error, not a skip
            pytest.fail(f"{ENV_VAR}={configured} is not a directory")
        return path
    if not DEFAULT_CORPUS.is_dir():
        pytest.skip(
            f"accuracy floors not checked: no labelled corpus at {DEFAULT_CORPUS} "
            f"(set {ENV_VAR} to a folder of documents with gold NNN.json files)"
        )
    return DEFAULT_CORPUS


@pytest.fixture(scope="module")
def report() -> Report:
    return evaluate(_corpus())


@pytest.fixture(scope="module")
def holdout_reports() -> dict[str, Report]:
    return {name: evaluate(Path(__file__).with_name(name)) for name in HOLDOUT_FLOORS}


def _check_floor(
    report: Report, floors: dict[str, dict[str, float]], field: str, measure: str
) -> None:
    score = report.scores()[field][measure]
    floor = floors[field][measure]
    assert score >= floor, (
        f"{field} {measure} fell to {score:.3f}, below its floor {floor:.2f}; "
        f"see `python -m communique.evaluate {report.directory} --show-errors`"
    )


def test_no_document_crashes(report: Report) -> None:
    crashes = "\n".join(f"{c.document}: {c.error}" for c in report.crashes)
    assert not report.crashes, f"documents whose parse raised:\n{crashes}"


@pytest.mark.parametrize(("field", "measure"), MEASURED, ids=[f"{f}.{m}" for f, m in MEASURED])
def test_score_is_at_least_its_floor(report: Report, field: str, measure: str) -> None:
    _check_floor(report, FLOORS, field, measure)


def test_no_holdout_document_crashes(holdout_reports: dict[str, Report]) -> None:
    for report in holdout_reports.values():
        assert len(report.documents) >= 20
        assert not report.crashes


@pytest.mark.parametrize(
    ("name", "field", "measure"), HOLDOUT_MEASURED, ids=[".".join(m) for m in HOLDOUT_MEASURED]
)
def test_holdout_score_is_at_least_its_floor(
    holdout_reports: dict[str, Report], name: str, field: str, measure: str
) -> None:
    _check_floor(holdout_reports[name], HOLDOUT_FLOORS[name], field, measure)


@pytest.mark.parametrize(
    "floors", [FLOORS, *HOLDOUT_FLOORS.values()], ids=["corpus", *HOLDOUT_FLOORS]
)
def test_every_measured_score_has_a_floor(floors: dict[str, dict[str, float]]) -> None:
    expected = {*FIELD_NAMES, "whole_record", "classification"}
    assert set(floors) == expected
    assert floors["classification"].keys() == {"accuracy"}
    for field in expected - {"classification"}:
        assert {"exact", "loose"} <= floors[field].keys(), field
    assert {m for f in ("headline", "lede") for m in floors[f]} == {"exact", "loose", "token_f1"}


def test_floors_are_proportions_with_two_decimals() -> None:
    for field, measure in MEASURED:
        value = FLOORS[field][measure]
        assert 0.0 <= value <= 1.0, (field, measure)
        assert round(value, 2) == value, (field, measure)
