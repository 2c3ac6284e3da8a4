"""The scored fields and their scorers: one value against its gold, many values into a score.

Each row of `FIELDS` says where a field's gold value is in an annotation, where the
parser's value is in a [`PressRelease`][communique.PressRelease], how both are normalised at each
tolerance, and on which documents it is scored. `score_value` scores one predicted value
against a gold annotation with exactly the rules of ``communique evaluate``; it does not need
communique's parser, so a benchmark can score another parser's output the same way.
`field_score` sums the scores of many documents into the figure of the table.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from ..models import PressRelease
from .normalise import (
    f1,
    normalise_email,
    normalise_exact,
    normalise_loose,
    normalise_phone,
    normalise_phone_loose,
    token_f1,
)

__all__ = [
    "ANNOTATED_FIELDS",
    "FIELDS",
    "FIELD_NAMES",
    "Counts",
    "Field",
    "FieldKind",
    "FieldResult",
    "FieldScore",
    "Value",
    "field_named",
    "field_score",
    "score_field",
    "score_value",
    "scored_fields",
]


class FieldKind(enum.StrEnum):
    """How a field is compared."""

    SCALAR = "scalar"  # one value or null, right or wrong
    SET = "set"  # a set of values, scored by F1


#: A field's value: a string or ``None`` for a scalar field, a tuple of strings for a set field.
Value = str | tuple[str, ...] | None
Normaliser = Callable[[str], str]
Annotation = Mapping[str, Any]


@attrs.frozen
class Field:
    """One scored field: a row of the evaluation table.

    ``gold`` reads the field in a gold annotation, ``ours`` in a parse result; ``exact`` and
    ``loose`` normalise a value at each tolerance. ``token_f1`` fields also get partial credit;
    ``contacts`` fields are not scored on truncated documents; ``skip_empty_gold`` fields are
    not scored when the gold holds no value.
    """

    name: str
    label: str
    kind: FieldKind
    gold: Callable[[Annotation], Value]
    ours: Callable[[PressRelease], Value]
    exact: Normaliser = normalise_exact
    loose: Normaliser = normalise_loose
    token_f1: bool = False
    contacts: bool = False
    skip_empty_gold: bool = False
    #: Scored only on documents whose gold has this key (see `ANNOTATED_FIELDS`).
    annotation: str | None = None


def _gold_scalar(key: str) -> Callable[[Annotation], Value]:
    def get(gold: Annotation) -> Value:
        value = gold.get(key)
        return None if value is None else str(value)

    return get


def _gold_contacts(key: str) -> Callable[[Annotation], Value]:
    def get(gold: Annotation) -> Value:
        values: list[str] = []
        for contact in gold.get("contacts") or ():
            item = contact.get(key)
            if isinstance(item, list):
                values.extend(str(v) for v in item if v)
            elif item:
                values.append(str(item))
        return tuple(values)

    return get


def _gold_list(key: str) -> Callable[[Annotation], Value]:
    def get(gold: Annotation) -> Value:
        return tuple(str(v) for v in gold.get(key) or () if v)

    return get


def _place(release: PressRelease) -> Value:
    return release.dateline.place if release.dateline is not None else None


def _date(release: PressRelease) -> Value:
    return release.date.isoformat() if release.date is not None else None


def _identity(value: str) -> str:
    return value.strip()


#: Every scored field, in the order of the table.
FIELDS: tuple[Field, ...] = (
    Field("date", "date", FieldKind.SCALAR, _gold_scalar("date"), _date, _identity, _identity),
    Field(
        "dateline_place", "dateline place", FieldKind.SCALAR, _gold_scalar("dateline_place"), _place
    ),
    Field(
        "headline",
        "headline",
        FieldKind.SCALAR,
        _gold_scalar("headline"),
        lambda r: r.header.headline,
        token_f1=True,
    ),
    Field(
        "doc_type",
        "doc type",
        FieldKind.SCALAR,
        _gold_scalar("doc_type"),
        lambda r: r.header.doc_type,
    ),
    Field(
        "reference",
        "reference",
        FieldKind.SCALAR,
        _gold_scalar("reference"),
        lambda r: r.header.reference,
    ),
    Field(
        "lede",
        "lede",
        FieldKind.SCALAR,
        _gold_scalar("lede"),
        lambda r: r.header.lede,
        token_f1=True,
    ),
    Field(
        "issuers",
        "issuers (F1)",
        FieldKind.SET,
        _gold_list("issuer"),
        lambda r: tuple(i.name for i in r.header.issuers),
        skip_empty_gold=True,
    ),
    Field(
        "emails",
        "contact e-mails (F1)",
        FieldKind.SET,
        _gold_contacts("emails"),
        lambda r: tuple(e for c in r.contacts for e in c.emails),
        normalise_email,
        normalise_email,
        contacts=True,
    ),
    Field(
        "phones",
        "contact phones (F1)",
        FieldKind.SET,
        _gold_contacts("phones"),
        lambda r: tuple(p for c in r.contacts for p in c.phones),
        normalise_phone,
        normalise_phone_loose,
        contacts=True,
    ),
    Field(
        "contact_names",
        "contact names (F1)",
        FieldKind.SET,
        _gold_contacts("name"),
        lambda r: tuple(c.name for c in r.contacts if c.name),
        contacts=True,
    ),
    Field(
        "about_sections",
        "À propos headings (F1)",
        FieldKind.SET,
        _gold_list("about_sections"),
        lambda r: tuple(s.heading for s in r.about_sections() if s.heading),
    ),
)


# -- fields of one's own labelled sets ---------------------------------------------------------

# A quote's speaker is paired with the quotation's first words: who said *what*.
_QUOTE_OPENING_WORDS = 8


def _quote_pair(speaker: str | None, text: str) -> str:
    return f"{speaker or '-'} :: {' '.join(text.split()[:_QUOTE_OPENING_WORDS])}"


def _gold_quotes(gold: Annotation) -> Value:
    return tuple(str(q.get("text") or "") for q in gold.get("quotes") or () if q.get("text"))


def _gold_quote_speakers(gold: Annotation) -> Value:
    return tuple(
        _quote_pair(q.get("speaker"), str(q.get("text")))
        for q in gold.get("quotes") or ()
        if q.get("text")
    )


#: Fields scored only on the documents whose gold annotates them (a ``quotes`` key): a
#: labelled set of one's own measures them, and the table of a corpus that does not annotate
#: them is unchanged (no row).
ANNOTATED_FIELDS: tuple[Field, ...] = (
    Field(
        "quotes",
        "quotes (F1)",
        FieldKind.SET,
        _gold_quotes,
        lambda r: tuple(q.text for q in r.quotes),
        annotation="quotes",
    ),
    Field(
        "quote_speakers",
        "quote speakers (F1)",
        FieldKind.SET,
        _gold_quote_speakers,
        lambda r: tuple(_quote_pair(q.speaker, q.text) for q in r.quotes),
        annotation="quotes",
    ),
)

FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
_BY_NAME = {f.name: f for f in (*FIELDS, *ANNOTATED_FIELDS)}


def field_named(name: str) -> Field:
    """The row of `FIELDS` called ``name``; `KeyError` for another name."""
    try:
        return _BY_NAME[name]
    except KeyError:
        raise KeyError(
            f"{name!r} is not a scored field; fields: {', '.join(FIELD_NAMES)}"
        ) from None


def scored_fields(gold: Annotation) -> tuple[Field, ...]:
    """The fields scored on the document annotated ``gold``.

    None on a negative (it counts for the classification only); not the contacts of a
    truncated document (their end is missing); not the issuers when the gold names none (the
    issuer is only implicit); the `ANNOTATED_FIELDS` only when the gold has their key.
    """
    if not gold.get("is_press_release"):
        return ()
    truncated = bool(gold.get("truncated"))
    return tuple(
        field
        for field in FIELDS
        if not (field.contacts and truncated)
        and not (field.skip_empty_gold and not field.gold(gold))
    ) + tuple(field for field in ANNOTATED_FIELDS if field.annotation in gold)


# -- one document ------------------------------------------------------------------------------


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
        return f1(self.tp, self.predicted, self.gold)

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


def _as_text(value: Value) -> str | None:
    return value if isinstance(value, str) else None


def score_field(field: Field, expected: Value, got: Value) -> FieldResult:
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


def _as_value(field: Field, predicted: str | Sequence[str] | None) -> Value:
    if field.kind is FieldKind.SCALAR:
        if predicted is None or isinstance(predicted, str):
            return predicted
        raise TypeError(f"{field.name} is a scalar field: pass a string or None")
    if predicted is None:
        return ()
    if isinstance(predicted, str) or not all(isinstance(v, str) for v in predicted):
        raise TypeError(f"{field.name} is a set field: pass a sequence of strings")
    return tuple(predicted)


def score_value(
    field: str, predicted: str | Sequence[str] | None, gold: Annotation
) -> FieldResult | None:
    """Score one predicted value of the field called ``field`` against a gold annotation.

    The rules of ``communique evaluate`` for one field of one document, usable on any parser's
    output. ``predicted`` is a string or ``None`` for a scalar field (``date`` as
    ``YYYY-MM-DD``; ``None`` means "no value"), a sequence of strings for a set field (issuers,
    e-mails, phones, contact names, ``À propos`` headings). ``gold`` is the document's
    annotation, the object of its ``NNN.json``.

    Returns ``None`` when the rules do not score the field on this document (see
    `scored_fields`). Raises `KeyError` for an unknown field name and
    `TypeError` for a value of the wrong shape.

    ```pycon
    >>> gold = {"is_press_release": True, "headline": "L’État lance « Alliance »"}
    >>> score_value("headline", "L'État lance “Alliance”.", gold).exact
    1.0
    ```

    !!! info "Added in version 0.1"
    """
    spec = field_named(field)
    if spec not in scored_fields(gold):
        return None
    return score_field(spec, spec.gold(gold), _as_value(spec, predicted))


# -- many documents ----------------------------------------------------------------------------


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


def mean(values: Iterable[float]) -> float:
    """The mean of ``values``; 1 when there are none (nothing to get wrong)."""
    items = list(values)
    return sum(items) / len(items) if items else 1.0


def field_score(field: str, results: Iterable[FieldResult]) -> FieldScore:
    """The corpus score of the field called ``field`` from its per-document ``results``.

    A scalar field's accuracy (and mean token F1) over the documents; a set field's F1
    micro-averaged: matching counts are summed over the documents first.

    !!! info "Added in version 0.1"
    """
    spec = field_named(field)
    items = list(results)
    n = len(items)
    if spec.kind is FieldKind.SET:
        exact = sum((r.exact_counts or Counts() for r in items), Counts())
        loose = sum((r.loose_counts or Counts() for r in items), Counts())
        return FieldScore(
            spec.name, spec.label, spec.kind, n, exact.f1, loose.f1, gold_items=exact.gold
        )
    token = [r.token_f1 for r in items if r.token_f1 is not None]
    return FieldScore(
        spec.name,
        spec.label,
        spec.kind,
        n,
        mean(r.exact for r in items),
        mean(r.loose for r in items),
        mean(token) if spec.token_f1 else None,
    )
