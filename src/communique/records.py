"""Releases as flat rows: `to_records` (dicts, the CSV columns) and `to_dataframe`.

One row per release, one column per `COLUMNS` entry. Lists (issuers, contact names,
e-mails, phones, diagnostic codes, the speakers quoted, each once) are joined with `JOINER`
so a row fits a CSV line and a spreadsheet cell; the full structure stays available through
[`to_dict`][communique.PressRelease.to_dict].

`to_dataframe` has one row per input: a `BatchItem` that failed is
a row too, with its ``file`` and the reason in an ``error`` column (``<NA>`` for the rows
that parsed) and every other column missing, so counting rows counts inputs.

Dtypes of `to_dataframe` -- a choice, explained:

* ``date`` is ``datetime64[s]``: a real datetime column (``.dt`` accessors, resampling,
  comparisons with ``"2012-07-24"``), missing dates are ``NaT``, and the second unit covers
  any year a press release may carry (nanoseconds stop at 1677 and 2262). Use
  ``df["date"].dt.date`` for `datetime.date` objects.
* text columns, ``error`` included, are pandas' ``string`` dtype (missing values are
  ``<NA>``, not ``NaN``);
* ``embargo`` (the moment of `embargo`, naive, in its zone)
  and ``event_date`` (the day of `event`) are
  ``datetime64[s]`` too;
* ``n_sections`` and ``n_quotes`` are ``Int64``, ``is_press_release`` and ``immediate_release`` are
  ``boolean``: pandas' nullable dtypes, ``<NA>`` on the rows of failed inputs rather than a
  made-up 0 or False.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ._arguments import wrong_type
from .batch import BatchItem
from .exceptions import MissingDependencyError
from .models import PressRelease

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["COLUMNS", "ERROR_COLUMN", "JOINER", "to_dataframe", "to_record", "to_records"]

#: The columns of a record, in CSV order.
COLUMNS: tuple[str, ...] = (
    "file",
    "date",
    "place",
    "doc_type",
    "reference",
    "headline",
    "lede",
    "issuers",
    "contact_names",
    "contact_emails",
    "contact_phones",
    "n_sections",
    "is_press_release",
    "diagnostics",
    "embargo",
    "immediate_release",
    "event_date",
    "event_town",
    "n_quotes",
    "quote_speakers",
    "contact_phones_e164",
    "attachments",
)

#: The column `to_dataframe` adds after `COLUMNS`: why an input gave no release.
ERROR_COLUMN = "error"

#: Joins the values of list-valued columns.
JOINER = " | "

_TEXT_COLUMNS = (
    *(
        c
        for c in COLUMNS
        if c
        not in (
            "date",
            "n_sections",
            "is_press_release",
            "embargo",
            "immediate_release",
            "event_date",
        )
    ),
    ERROR_COLUMN,
)


def to_record(release: PressRelease, file: str | None = None) -> dict[str, Any]:
    """One flat row for ``release`` (keys are `COLUMNS`; ``file`` names its source).

    ``date`` and ``event_date`` are `datetime.date` or ``None``, ``embargo`` a naive
    `datetime.datetime` or ``None`` and ``immediate_release`` a ``bool``; list-valued columns
    are strings joined with `JOINER` (``""`` when empty); the others are ``str | None``,
    ``int`` and ``bool``.

    !!! info "Added in version 0.1"
    """
    if not isinstance(release, PressRelease):
        raise wrong_type("release", release, "a communique.PressRelease")
    header = release.header
    contacts = release.contacts
    return {
        "file": file,
        "date": release.date,
        "place": release.dateline.place if release.dateline is not None else None,
        "doc_type": header.doc_type,
        "reference": header.reference,
        "headline": header.headline,
        "lede": header.lede,
        "issuers": JOINER.join(issuer.name for issuer in header.issuers),
        "contact_names": JOINER.join(c.name for c in contacts if c.name),
        "contact_emails": JOINER.join(e for c in contacts for e in c.emails),
        "contact_phones": JOINER.join(p for c in contacts for p in c.phones),
        "n_sections": len(release.sections),
        "is_press_release": release.is_press_release,
        "diagnostics": JOINER.join(d.code for d in release.diagnostics),
        "embargo": release.embargo.moment if release.embargo is not None else None,
        "immediate_release": release.embargo is not None and release.embargo.immediate,
        "event_date": release.event.date if release.event is not None else None,
        "event_town": release.event.town if release.event is not None else None,
        "n_quotes": len(release.quotes),
        "quote_speakers": JOINER.join(
            dict.fromkeys(q.speaker for q in release.quotes if q.speaker)
        ),
        "contact_phones_e164": JOINER.join(e for c in contacts for e in c.phones_e164 if e),
        "attachments": JOINER.join(a.resolved_url or a.url for a in release.attachments),
    }


def to_records(releases: Iterable[PressRelease | BatchItem]) -> list[dict[str, Any]]:
    """Flat rows for ``releases`` (see `to_record`), in order.

    `BatchItem` values give their ``source`` as ``file``; items
    that failed (no release) have no row -- `parse_many` reports them, and
    `to_dataframe` keeps them as rows with an ``error``.
    For very large batches, call `to_record` item by item instead of holding a list.

    !!! info "Added in version 0.1"
    """
    rows: list[dict[str, Any]] = []
    for value in _checked_values("to_records", releases):
        if isinstance(value, BatchItem):
            if value.release is not None:
                rows.append(to_record(value.release, value.source))
        else:
            rows.append(to_record(value))
    return rows


def to_dataframe(releases: Iterable[PressRelease | BatchItem]) -> pd.DataFrame:
    """A pandas DataFrame with one row per value of ``releases``: the `to_records` row
    of each release, and for each `BatchItem` that failed a row with its
    ``file`` and ``error`` (the other columns missing). The columns are `COLUMNS` then
    ``error``, with the dtypes the module docstring gives.

    Needs pandas (``pip install communique[pandas]``); without it, raises
    [`MissingDependencyError`][communique.MissingDependencyError].

    !!! info "Added in version 0.1"
    """
    values = list(_checked_values("to_dataframe", releases))
    try:
        import pandas as pd
    except ImportError as error:
        raise MissingDependencyError(
            "to_dataframe needs pandas: pip install 'communique[pandas]'"
        ) from error
    rows = [_row_with_error(value) for value in values]
    columns: dict[str, Any] = {
        name: pd.Series([row[name] for row in rows], dtype="string") for name in _TEXT_COLUMNS
    }
    columns["date"] = pd.Series([_timestamp(row["date"]) for row in rows], dtype="datetime64[s]")
    columns["event_date"] = pd.Series(
        [_timestamp(row["event_date"]) for row in rows], dtype="datetime64[s]"
    )
    columns["embargo"] = pd.Series([row["embargo"] for row in rows], dtype="datetime64[s]")
    columns["immediate_release"] = pd.Series(
        [row["immediate_release"] for row in rows], dtype="boolean"
    )
    columns["n_sections"] = pd.Series([row["n_sections"] for row in rows], dtype="Int64")
    columns["n_quotes"] = pd.Series([row["n_quotes"] for row in rows], dtype="Int64")
    columns["is_press_release"] = pd.Series(
        [row["is_press_release"] for row in rows], dtype="boolean"
    )
    return pd.DataFrame({name: columns[name] for name in (*COLUMNS, ERROR_COLUMN)})


def _row_with_error(value: PressRelease | BatchItem) -> dict[str, Any]:
    if isinstance(value, PressRelease):
        return {**to_record(value), ERROR_COLUMN: None}
    if value.release is not None:
        return {**to_record(value.release, value.source), ERROR_COLUMN: None}
    return {**dict.fromkeys(COLUMNS), "file": value.source, ERROR_COLUMN: value.error}


def _checked_values(
    function: str, releases: Iterable[PressRelease | BatchItem]
) -> Iterable[PressRelease | BatchItem]:
    accepted = "an iterable of PressRelease or BatchItem values"
    if isinstance(releases, PressRelease | BatchItem):
        raise wrong_type(
            "releases", releases, accepted, f"for one release, pass a list: {function}([...])"
        )
    if isinstance(releases, str | bytes) or not isinstance(releases, Iterable):
        raise wrong_type(
            "releases", releases, accepted, "parse the inputs first, with parse_many()"
        )
    for index, value in enumerate(releases):
        if not isinstance(value, PressRelease | BatchItem):
            raise wrong_type(f"releases[{index}]", value, "a PressRelease or a BatchItem")
        yield value


def _timestamp(value: dt.date | None) -> dt.datetime | None:
    return None if value is None else dt.datetime(value.year, value.month, value.day)
