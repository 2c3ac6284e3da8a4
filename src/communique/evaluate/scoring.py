"""Scoring a labelled folder: parse each document, score its fields, sum them into a report."""

from __future__ import annotations

import collections
import traceback
from pathlib import Path
from typing import Any

from ..api import parse_file
from ..models import PressRelease
from .corpus import read_gold, scan
from .fields import (
    ANNOTATED_FIELDS,
    FIELDS,
    Field,
    FieldKind,
    FieldResult,
    FieldScore,
    Value,
    field_score,
    mean,
    score_field,
    scored_fields,
)
from .results import Crash, DocumentResult, Report

__all__ = ["evaluate", "evaluate_document"]


def evaluate_document(document: Path, gold: dict[str, Any]) -> DocumentResult:
    """Parse ``document`` and score it against its ``gold`` annotation."""
    release: PressRelease | None
    crash: Crash | None = None
    try:
        release = parse_file(document)
    except Exception as error:  # a crash is a result, never the end of the run
        release = None
        crash = Crash(
            document.name,
            f"{type(error).__name__}: {error}",
            "".join(traceback.format_exception(error)),
        )
    results = tuple(
        score_field(field, field.gold(gold), _prediction(field, release))
        for field in scored_fields(gold)
    )
    return DocumentResult(
        document=document.name,
        is_press_release=bool(gold.get("is_press_release")),
        predicted_press_release=release.is_press_release if release is not None else None,
        truncated=bool(gold.get("truncated")),
        fields=results,
        crash=crash,
    )


def _prediction(field: Field, release: PressRelease | None) -> Value:
    """The parser's value, or an empty one when the parse crashed (a crash scores as a miss)."""
    if release is not None:
        return field.ours(release)
    return () if field.kind is FieldKind.SET else None


def evaluate(directory: Path) -> Report:
    """Parse every labelled document in ``directory`` and score it against its gold.

    Every format the installed adapters read is evaluated; files that cannot be paired with a
    gold (or a gold with a document) are listed in `Report.unpaired`. Raises
    `FileNotFoundError` when ``directory`` is not a folder or holds no labelled
    document, and `ValueError` for an unreadable gold file; a document that fails to
    parse is a `Crash` in the report, never an exception.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: not a directory")
    folder = scan(directory)
    if not folder.pairs:
        raise FileNotFoundError(
            f"{directory}: no labelled document (a document such as NNN.md beside its NNN.json)"
        )
    documents = tuple(evaluate_document(doc, read_gold(gold)) for doc, gold in folder.pairs)
    positives = [d for d in documents if d.is_press_release]
    by_field: dict[str, list[FieldResult]] = collections.defaultdict(list)
    for document in positives:
        for result in document.fields:
            by_field[result.field].append(result)
    fields = tuple(field_score(f.name, by_field[f.name]) for f in FIELDS) + tuple(
        field_score(f.name, by_field[f.name]) for f in ANNOTATED_FIELDS if by_field[f.name]
    )
    whole = FieldScore(
        "whole_record",
        "whole record",
        FieldKind.SCALAR,
        len(positives),
        mean(float(d.record_exact) for d in positives),
        mean(float(d.record_loose) for d in positives),
    )
    accuracy = mean(float(d.classified_right) for d in documents)
    classification = FieldScore(
        "classification", "classification", FieldKind.SCALAR, len(documents), accuracy, accuracy
    )
    return Report(str(directory), documents, fields, whole, classification, folder.unpaired)
