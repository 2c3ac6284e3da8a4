"""Field-level accuracy on a labelled corpus: ``communique evaluate DIR``.

A labelled corpus is a folder of documents (``NNN.md``, ``NNN.txt``, ``NNN.html``), each with
its gold annotation ``NNN.json`` beside it (format: ``docs/evaluation.md``). Every document is
parsed with :func:`communique.parse_file` and each field is scored at two tolerances, as GROBID
does for scholarly headers:

* **exact** — equal after typographic normalisation (:func:`normalise_exact`: Unicode NFC,
  no-break spaces as spaces, whitespace collapsed, ``’`` as ``'``, ``« »`` and curly quotes as
  ``"``, dashes as ``-``, trailing ``. , ; : ! ?`` removed);
* **loose** — equal after :func:`normalise_loose`, which also ignores case, accents and
  punctuation.

Rules of scoring (each one is a decision, written down in ``docs/evaluation.md``):

* Only press releases (gold ``is_press_release: true``) are scored on their fields; every
  document counts for the press-release classification.
* A scalar field (date, dateline place, headline, doc type, reference, lede) is scored on every
  press release: a null gold value is right only when the prediction is null too.
* Set fields (issuers, contact e-mails, phones and names, ``À propos`` headings) are scored by
  F1, micro-averaged over documents (true positives, predictions and gold items are summed
  first); a document where gold and prediction are both empty scores 1 on its own.
* Contacts are not scored on documents marked ``truncated``; issuers are not scored when the
  gold issuer list is empty (the issuer is only implicit).
* A document whose parse raises is a *crash*: it is listed, never aborts the run, and scores
  as an empty prediction (so crashes lower the scores instead of vanishing from them).
* Whole-record accuracy is the share of press releases whose every scored field is right
  (at each tolerance; a set field is right when its document F1 is 1).

.. versionadded:: 0.1
"""

from __future__ import annotations

import argparse
import collections
import enum
import json
import re
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

import attrs

from .api import parse_file
from .extract.text import folded
from .models import PressRelease

__all__ = [
    "Crash",
    "DocumentResult",
    "FieldKind",
    "FieldResult",
    "FieldScore",
    "Report",
    "add_arguments",
    "evaluate",
    "main",
    "normalise_exact",
    "normalise_loose",
    "normalise_phone",
    "run",
    "token_f1",
]

#: Document suffixes looked for next to each gold file, in this order.
DOCUMENT_SUFFIXES = (".md", ".txt", ".html", ".htm", ".docx", ".pdf", ".eml")

# -- normalisation -------------------------------------------------------------------------

_SPACES = "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\u2004\u2005\u2006\u2008\u205f\u3000\t"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_APOSTROPHES = "\u2019\u2018\u02bc\u00b4\u2032`"
_QUOTES = "\u00ab\u00bb\u201c\u201d\u201e\u201f\u2039\u203a"
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"

_EXACT_TABLE = str.maketrans(
    {
        **dict.fromkeys(_SPACES, " "),
        **dict.fromkeys(_INVISIBLE, None),
        **dict.fromkeys(_APOSTROPHES, "'"),
        **dict.fromkeys(_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
        "\N{HORIZONTAL ELLIPSIS}": "...",
    }
)
_TRAILING_PUNCTUATION = " .,;:!?"
#: French guillemets with the spaces typography puts inside them: ``« mot »`` reads ``"mot"``.
#: Each alternative is one guillemet beside one bounded run of spaces (linear time).
_GUILLEMET_INNER_SPACE = re.compile(r"([«‹])\s{1,8}|\s{1,8}([»›])")


def normalise_exact(value: str) -> str:
    """The text as compared at the *exact* tolerance.

    NFC; no-break and other spaces as a space; invisible characters removed; ``’`` as ``'``;
    ``« »`` (without the spaces inside them) and curly quotes as ``"``; dashes as ``-``;
    ``…`` as ``...``; whitespace collapsed; trailing ``. , ; : ! ?`` removed.
    """
    text = unicodedata.normalize("NFC", value)
    text = _GUILLEMET_INNER_SPACE.sub(lambda m: m.group(1) or m.group(2), text)
    text = text.translate(_EXACT_TABLE)
    return " ".join(text.split()).rstrip(_TRAILING_PUNCTUATION)


def normalise_loose(value: str) -> str:
    """The text as compared at the *loose* tolerance: :func:`normalise_exact`, then without
    case, accents (``é`` as ``e``, ``œ`` as ``oe``) or punctuation (each run of characters
    that are not letters or digits becomes one space)."""
    return folded(normalise_exact(value))


def normalise_email(value: str) -> str:
    """An e-mail address for matching: trimmed, without ``mailto:``, case-insensitive."""
    text = normalise_exact(value).casefold()
    return text.removeprefix("mailto:").strip("<>")


def normalise_phone(value: str) -> str:
    """A phone number for matching: its digits only (``01.71.21.12.50`` -> ``0171211250``)."""
    return "".join(c for c in value if c.isdigit())


def normalise_phone_loose(value: str) -> str:
    """A phone number at the loose tolerance: digits, with a French international prefix
    (``+33``, ``0033``, ``+33 (0)``) read as the national ``0``."""
    digits = normalise_phone(value.replace("(0)", ""))
    if digits.startswith("0033"):
        return "0" + digits[4:]
    if value.lstrip().startswith("+") and digits.startswith("33"):
        return "0" + digits[2:]
    return digits


def token_f1(expected: str | None, got: str | None) -> float:
    """Token F1 of two strings after :func:`normalise_loose` (tokens counted with repeats).

    Two empty values score 1, one empty value 0.
    """
    gold = collections.Counter(normalise_loose(expected or "").split())
    ours = collections.Counter(normalise_loose(got or "").split())
    if not gold and not ours:
        return 1.0
    common = sum((gold & ours).values())
    if common == 0:
        return 0.0
    precision = common / sum(ours.values())
    recall = common / sum(gold.values())
    return 2 * precision * recall / (precision + recall)


def _f1(tp: int, predicted: int, gold: int) -> float:
    if predicted == 0 and gold == 0:
        return 1.0
    if tp == 0:
        return 0.0
    precision, recall = tp / predicted, tp / gold
    return 2 * precision * recall / (precision + recall)


# -- the fields ------------------------------------------------------------------------------


class FieldKind(enum.StrEnum):
    """How a field is compared."""

    SCALAR = "scalar"  # one value or null, right or wrong
    SET = "set"  # a set of values, scored by F1


Value = str | tuple[str, ...] | None
Normaliser = Callable[[str], str]


@attrs.frozen
class _Field:
    name: str
    label: str
    kind: FieldKind
    gold: Callable[[dict[str, Any]], Value]
    ours: Callable[[PressRelease], Value]
    exact: Normaliser = normalise_exact
    loose: Normaliser = normalise_loose
    token_f1: bool = False
    contacts: bool = False  # not scored on truncated documents
    skip_empty_gold: bool = False  # not scored when gold is empty


def _gold_scalar(key: str) -> Callable[[dict[str, Any]], Value]:
    def get(gold: dict[str, Any]) -> Value:
        value = gold.get(key)
        return None if value is None else str(value)

    return get


def _gold_contacts(key: str) -> Callable[[dict[str, Any]], Value]:
    def get(gold: dict[str, Any]) -> Value:
        values: list[str] = []
        for contact in gold.get("contacts") or ():
            item = contact.get(key)
            if isinstance(item, list):
                values.extend(str(v) for v in item if v)
            elif item:
                values.append(str(item))
        return tuple(values)

    return get


def _gold_list(key: str) -> Callable[[dict[str, Any]], Value]:
    def get(gold: dict[str, Any]) -> Value:
        return tuple(str(v) for v in gold.get(key) or () if v)

    return get


def _place(release: PressRelease) -> Value:
    return release.dateline.place if release.dateline is not None else None


def _date(release: PressRelease) -> Value:
    return release.date.isoformat() if release.date is not None else None


def _identity(value: str) -> str:
    return value.strip()


FIELDS: tuple[_Field, ...] = (
    _Field("date", "date", FieldKind.SCALAR, _gold_scalar("date"), _date, _identity, _identity),
    _Field(
        "dateline_place", "dateline place", FieldKind.SCALAR, _gold_scalar("dateline_place"), _place
    ),
    _Field(
        "headline",
        "headline",
        FieldKind.SCALAR,
        _gold_scalar("headline"),
        lambda r: r.header.headline,
        token_f1=True,
    ),
    _Field(
        "doc_type",
        "doc type",
        FieldKind.SCALAR,
        _gold_scalar("doc_type"),
        lambda r: r.header.doc_type,
    ),
    _Field(
        "reference",
        "reference",
        FieldKind.SCALAR,
        _gold_scalar("reference"),
        lambda r: r.header.reference,
    ),
    _Field(
        "lede",
        "lede",
        FieldKind.SCALAR,
        _gold_scalar("lede"),
        lambda r: r.header.lede,
        token_f1=True,
    ),
    _Field(
        "issuers",
        "issuers (F1)",
        FieldKind.SET,
        _gold_list("issuer"),
        lambda r: tuple(i.name for i in r.header.issuers),
        skip_empty_gold=True,
    ),
    _Field(
        "emails",
        "contact e-mails (F1)",
        FieldKind.SET,
        _gold_contacts("emails"),
        lambda r: tuple(e for c in r.contacts for e in c.emails),
        normalise_email,
        normalise_email,
        contacts=True,
    ),
    _Field(
        "phones",
        "contact phones (F1)",
        FieldKind.SET,
        _gold_contacts("phones"),
        lambda r: tuple(p for c in r.contacts for p in c.phones),
        normalise_phone,
        normalise_phone_loose,
        contacts=True,
    ),
    _Field(
        "contact_names",
        "contact names (F1)",
        FieldKind.SET,
        _gold_contacts("name"),
        lambda r: tuple(c.name for c in r.contacts if c.name),
        contacts=True,
    ),
    _Field(
        "about_sections",
        "À propos headings (F1)",
        FieldKind.SET,
        _gold_list("about_sections"),
        lambda r: tuple(s.heading for s in r.about_sections() if s.heading),
    ),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)

# -- results ---------------------------------------------------------------------------------


def _value_to_json(value: Value) -> object:
    return list(value) if isinstance(value, tuple) else value


@attrs.frozen
class Counts:
    """Set matching counts for one document or summed over many."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    @property
    def f1(self) -> float:
        """F1 of these counts; 1 when nothing was expected and nothing predicted."""
        return _f1(self.tp, self.predicted, self.gold)

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.predicted + other.predicted, self.gold + other.gold)


@attrs.frozen
class FieldResult:
    """One field of one document: expected and predicted values and their scores.

    ``exact`` and ``loose`` are 1 or 0 for a scalar field and the document's F1 for a set field
    (whose matching counts are in ``exact_counts`` / ``loose_counts``).
    """

    field: str
    expected: Value
    got: Value
    exact: float
    loose: float
    token_f1: float | None = None
    exact_counts: Counts | None = None
    loose_counts: Counts | None = None

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        result: dict[str, object] = {
            "field": self.field,
            "expected": _value_to_json(self.expected),
            "got": _value_to_json(self.got),
            "exact": self.exact,
            "loose": self.loose,
        }
        if self.token_f1 is not None:
            result["token_f1"] = self.token_f1
        if self.exact_counts is not None and self.loose_counts is not None:
            result["exact_counts"] = attrs.asdict(self.exact_counts)
            result["loose_counts"] = attrs.asdict(self.loose_counts)
        return result


@attrs.frozen
class Crash:
    """A document whose parse raised: ``error`` is ``Type: message``."""

    document: str
    error: str
    traceback: str


@attrs.frozen
class DocumentResult:
    """How one document scored. ``fields`` is empty for negatives (only classified)."""

    document: str
    is_press_release: bool
    predicted_press_release: bool | None  # None when the parse crashed
    truncated: bool
    fields: tuple[FieldResult, ...]
    crash: Crash | None = None

    @property
    def classified_right(self) -> bool:
        """Whether the press-release classification matches the gold."""
        return self.predicted_press_release is self.is_press_release

    @property
    def record_exact(self) -> bool:
        """Whether every scored field is right at the exact tolerance."""
        return all(f.exact == 1.0 for f in self.fields)

    @property
    def record_loose(self) -> bool:
        """Whether every scored field is right at the loose tolerance."""
        return all(f.loose == 1.0 for f in self.fields)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "document": self.document,
            "is_press_release": self.is_press_release,
            "predicted_press_release": self.predicted_press_release,
            "truncated": self.truncated,
            "crash": attrs.asdict(self.crash) if self.crash is not None else None,
            "record_exact": self.record_exact if self.is_press_release else None,
            "record_loose": self.record_loose if self.is_press_release else None,
            "fields": [f.to_dict() for f in self.fields],
        }


@attrs.frozen
class FieldScore:
    """A field's score over the corpus: accuracy for scalars, micro-averaged F1 for sets.

    ``n`` is the number of documents scored on the field; ``gold_items`` the number of gold
    values they hold (set fields only).
    """

    field: str
    label: str
    kind: FieldKind
    n: int
    exact: float
    loose: float
    token_f1: float | None = None
    gold_items: int | None = None

    def scores(self) -> dict[str, float]:
        """The measured figures by name (``exact``, ``loose`` and ``token_f1`` when given)."""
        result = {"exact": self.exact, "loose": self.loose}
        if self.token_f1 is not None:
            result["token_f1"] = self.token_f1
        return result


@attrs.frozen
class Report:
    """The result of :func:`evaluate`: per-field scores and per-document results."""

    directory: str
    documents: tuple[DocumentResult, ...]
    fields: tuple[FieldScore, ...]
    whole_record: FieldScore
    classification: FieldScore

    @property
    def crashes(self) -> tuple[Crash, ...]:
        """The documents whose parse raised."""
        return tuple(d.crash for d in self.documents if d.crash is not None)

    @property
    def press_releases(self) -> int:
        """How many documents the gold marks as press releases."""
        return sum(d.is_press_release for d in self.documents)

    def field(self, name: str) -> FieldScore:
        """The score of the field called ``name`` (``whole_record`` and ``classification``
        included)."""
        for score in (*self.fields, self.whole_record, self.classification):
            if score.field == name:
                return score
        raise KeyError(name)

    def scores(self) -> dict[str, dict[str, float]]:
        """Every measured figure as ``{field: {measure: value}}``, the shape of the floors file.

        Classification has the single measure ``accuracy``.
        """
        result = {s.field: s.scores() for s in (*self.fields, self.whole_record)}
        result["classification"] = {"accuracy": self.classification.exact}
        return result

    def to_dict(self) -> dict[str, object]:
        """Everything, JSON-ready: summary, scores, crashes and per-document results."""
        return {
            "directory": self.directory,
            "documents_total": len(self.documents),
            "press_releases": self.press_releases,
            "negatives": len(self.documents) - self.press_releases,
            "crash_count": len(self.crashes),
            "scores": self.scores(),
            "fields": [
                attrs.asdict(s) for s in (*self.fields, self.whole_record, self.classification)
            ],
            "crashes": [attrs.asdict(c) for c in self.crashes],
            "documents": [d.to_dict() for d in self.documents],
        }


# -- scoring ---------------------------------------------------------------------------------


def _normalised_set(values: Value, normalise: Normaliser) -> set[str]:
    items = values if isinstance(values, tuple) else ()
    return {n for n in (normalise(v) for v in items) if n}


def _counts(expected: Value, got: Value, normalise: Normaliser) -> Counts:
    gold = _normalised_set(expected, normalise)
    ours = _normalised_set(got, normalise)
    return Counts(len(gold & ours), len(ours), len(gold))


def _scalar_right(expected: Value, got: Value, normalise: Normaliser) -> float:
    gold = normalise(expected) if isinstance(expected, str) else ""
    ours = normalise(got) if isinstance(got, str) else ""
    return 1.0 if gold == ours else 0.0


def score_field(field: _Field, expected: Value, got: Value) -> FieldResult:
    """Compare one field's gold and predicted values."""
    if field.kind is FieldKind.SET:
        exact, loose = _counts(expected, got, field.exact), _counts(expected, got, field.loose)
        return FieldResult(field.name, expected, got, exact.f1, loose.f1, None, exact, loose)
    return FieldResult(
        field.name,
        expected,
        got,
        _scalar_right(expected, got, field.exact),
        _scalar_right(expected, got, field.loose),
        token_f1(_as_text(expected), _as_text(got)) if field.token_f1 else None,
    )


def _as_text(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def _scored_fields(gold: dict[str, Any]) -> Iterable[_Field]:
    truncated = bool(gold.get("truncated"))
    for field in FIELDS:
        if field.contacts and truncated:
            continue
        if field.skip_empty_gold and not field.gold(gold):
            continue
        yield field


def _empty_prediction(field: _Field) -> Value:
    return () if field.kind is FieldKind.SET else None


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
    is_press_release = bool(gold.get("is_press_release"))
    results: tuple[FieldResult, ...] = ()
    if is_press_release:
        results = tuple(
            score_field(
                field,
                field.gold(gold),
                field.ours(release) if release is not None else _empty_prediction(field),
            )
            for field in _scored_fields(gold)
        )
    return DocumentResult(
        document=document.name,
        is_press_release=is_press_release,
        predicted_press_release=release.is_press_release if release is not None else None,
        truncated=bool(gold.get("truncated")),
        fields=results,
        crash=crash,
    )


def _aggregate(field: _Field, results: Sequence[FieldResult]) -> FieldScore:
    n = len(results)
    if field.kind is FieldKind.SET:
        exact = sum((r.exact_counts or Counts() for r in results), Counts())
        loose = sum((r.loose_counts or Counts() for r in results), Counts())
        return FieldScore(
            field.name, field.label, field.kind, n, exact.f1, loose.f1, gold_items=exact.gold
        )
    token = [r.token_f1 for r in results if r.token_f1 is not None]
    return FieldScore(
        field.name,
        field.label,
        field.kind,
        n,
        _mean(r.exact for r in results),
        _mean(r.loose for r in results),
        _mean(token) if field.token_f1 else None,
    )


def _mean(values: Iterable[float]) -> float:
    items = list(values)
    return sum(items) / len(items) if items else 1.0


def _documents(directory: Path) -> list[tuple[Path, Path]]:
    """``(document, gold)`` pairs: each gold ``NNN.json`` with every ``NNN.<suffix>`` beside it."""
    pairs = []
    for gold in sorted(directory.glob("*.json")):
        for suffix in DOCUMENT_SUFFIXES:
            document = gold.with_suffix(suffix)
            if document.is_file():
                pairs.append((document, gold))
    return pairs


def _read_gold(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: unreadable gold annotation ({error})") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a gold annotation must be a JSON object")
    return data


def evaluate(directory: Path) -> Report:
    """Parse every labelled document in ``directory`` and score it against its gold.

    Raises :class:`FileNotFoundError` when ``directory`` is not a folder or holds no labelled
    document, and :class:`ValueError` for an unreadable gold file; a document that fails to
    parse is a :class:`Crash` in the report, never an exception.
    """
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory}: not a directory")
    pairs = _documents(directory)
    if not pairs:
        raise FileNotFoundError(
            f"{directory}: no labelled document (NNN.md/.txt/.html beside NNN.json)"
        )
    documents = tuple(evaluate_document(doc, _read_gold(gold)) for doc, gold in pairs)
    positives = [d for d in documents if d.is_press_release]
    by_field: dict[str, list[FieldResult]] = collections.defaultdict(list)
    for document in positives:
        for result in document.fields:
            by_field[result.field].append(result)
    fields = tuple(_aggregate(f, by_field[f.name]) for f in FIELDS)
    whole = FieldScore(
        "whole_record",
        "whole record",
        FieldKind.SCALAR,
        len(positives),
        _mean(float(d.record_exact) for d in positives),
        _mean(float(d.record_loose) for d in positives),
    )
    accuracy = _mean(float(d.classified_right) for d in documents)
    classification = FieldScore(
        "classification", "classification", FieldKind.SCALAR, len(documents), accuracy, accuracy
    )
    return Report(str(directory), documents, fields, whole, classification)


# -- rendering -------------------------------------------------------------------------------


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


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:.3f}"


def format_report(report: Report) -> str:
    """The report as an aligned plain-text table."""
    negatives = len(report.documents) - report.press_releases
    lines = [
        f"communique evaluate {report.directory}",
        f"{len(report.documents)} documents: {report.press_releases} press releases, "
        f"{negatives} negatives; {len(report.crashes)} crashes",
        "",
    ]
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
    table = _table(rows, frozenset({1, 2, 3, 4, 5}))
    lines += [table[0], "-" * max(len(line) for line in table), *table[1:], ""]
    lines.append(f"crashes: {len(report.crashes)}")
    lines += [f"  {crash.document}: {crash.error}" for crash in report.crashes]
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
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


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
    table = _table(rows, frozenset())
    return "\n".join([table[0], "-" * max(len(line) for line in table), *table[1:]]) + "\n"


# -- command line ----------------------------------------------------------------------------


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``evaluate`` arguments to ``parser``: ``DIR``, ``--show-errors``, ``--json``."""
    parser.add_argument(
        "directory", metavar="DIR", type=Path, help="folder of documents with NNN.json gold files"
    )
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="list each mismatch as document, field, expected, got",
    )
    parser.add_argument(
        "--json",
        metavar="FILE",
        type=Path,
        dest="json_file",
        help="write every score and per-document result to FILE as JSON",
    )


def run(args: argparse.Namespace) -> int:
    """Evaluate ``args.directory`` and print the report.

    Returns 0, 1 when a document crashed, 2 when the folder could not be evaluated or the
    ``--json`` file could not be written.
    """
    try:
        report = evaluate(args.directory)
    except (OSError, ValueError) as error:
        print(f"communique evaluate: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(format_report(report))
    if args.show_errors:
        sys.stdout.write("\n" + format_errors(report))
    if args.json_file is not None:
        try:
            args.json_file.write_text(
                json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as error:
            print(f"communique evaluate: cannot write {args.json_file}: {error}", file=sys.stderr)
            return 2
    return 1 if report.crashes else 0


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m communique.evaluate DIR``: the same as ``communique evaluate DIR``."""
    parser = argparse.ArgumentParser(
        prog="communique evaluate",
        description="Score the parser against a labelled corpus (gold NNN.json files).",
    )
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
