"""The report as text: the score table (`format_report`) and the mismatches
(`format_errors`)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from .fields import Value
from .results import Report

__all__ = ["format_errors", "format_report"]


def _table(rows: Sequence[Sequence[str]], right: frozenset[int]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(row)
        ]
        lines.append("  ".join(cells).rstrip())
    return lines


def _ruled(table: list[str]) -> list[str]:
    """The table with a rule under its title row."""
    return [table[0], "-" * max(len(line) for line in table), *table[1:]]


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def _plural(count: int, noun: str, plural: str | None = None) -> str:
    return f"{count} {noun if count == 1 else plural or noun + 's'}"


def summary_line(report: Report) -> str:
    """``98 documents (49 .txt, 35 .md, 12 .html, 2 .xhtml): 80 press releases, 18 negatives;
    0 crashes``, with the count of unpaired files when there are any."""
    formats = ", ".join(f"{n} {suffix}" for suffix, n in report.documents_by_format().items())
    negatives = len(report.documents) - report.press_releases
    line = (
        f"{_plural(len(report.documents), 'document')} ({formats}): "
        f"{_plural(report.press_releases, 'press release')}, {_plural(negatives, 'negative')}; "
        f"{_plural(len(report.crashes), 'crash', 'crashes')}"
    )
    if report.unpaired:
        line += f"; {_plural(len(report.unpaired), 'unpaired file')}"
    return line


def format_report(report: Report) -> str:
    """The report as an aligned plain-text table, then the crashes and the unpaired files."""
    lines = [f"communique evaluate {report.directory}", summary_line(report), ""]
    rows: list[list[str]] = [["field", "n", "items", "exact", "loose", "token F1"]]
    for score in (*report.fields, report.whole_record):
        rows.append(
            [
                score.label,
                str(score.n),
                "" if score.gold_items is None else str(score.gold_items),
                _number(score.exact),
                _number(score.loose),
                _number(score.token_f1),
            ]
        )
    c = report.classification
    rows.append(["classification (accuracy)", str(c.n), "", _number(c.exact), "", ""])
    lines += [*_ruled(_table(rows, frozenset({1, 2, 3, 4, 5}))), ""]
    lines.append(f"crashes: {len(report.crashes)}")
    lines += [f"  {crash.document}: {crash.error}" for crash in report.crashes]
    lines.append(f"unpaired files: {len(report.unpaired)}")
    lines += [f"  {item.file}: {item.problem}" for item in report.unpaired]
    return "\n".join(lines) + "\n"


def _show(value: Value | bool, width: int = 60) -> str:
    if value is None:
        text = "null"
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, tuple):
        text = "[" + " | ".join(value) + "]"
    else:
        text = json.dumps(value, ensure_ascii=False)
    return _show_text(" ".join(text.split()), width)


def _show_pair(expected: Value, got: Value, width: int = 60) -> tuple[str, str]:
    """Both values for display; two long strings sharing a start are cut to show where they
    first differ (``…`` marks a cut)."""
    if isinstance(expected, str) and isinstance(got, str):
        first, second = " ".join(expected.split()), " ".join(got.split())
        common = 0
        for a, b in zip(first, second, strict=False):
            if a != b:
                break
            common += 1
        if common > width // 2:
            start = common - width // 4
            return _show_text("…" + first[start:], width), _show_text("…" + second[start:], width)
    return _show(expected, width), _show(got, width)


def _show_text(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def format_errors(report: Report) -> str:
    """Each mismatch as ``document  field  expected  got``.

    A field is listed when it is wrong at the exact tolerance; ``~`` after its name marks
    those that are right at the loose tolerance.
    """
    rows: list[list[str]] = [["document", "field", "expected", "got"]]
    for document in report.documents:
        if document.crash is not None:
            rows.append([document.document, "crash", "", _show(document.crash.error, 100)])
        if not document.classified_right:
            rows.append(
                [
                    document.document,
                    "is_press_release",
                    _show(document.is_press_release),
                    _show(document.predicted_press_release),
                ]
            )
        for result in document.fields:
            if result.exact == 1.0:
                continue
            name = result.field + ("~" if result.loose == 1.0 else "")
            rows.append([document.document, name, *_show_pair(result.expected, result.got)])
    if len(rows) == 1:
        return "no mismatches\n"
    return "\n".join(_ruled(_table(rows, frozenset()))) + "\n"
