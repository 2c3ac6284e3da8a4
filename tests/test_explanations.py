"""An explanation never lies: the candidate it calls chosen is the value the release holds.

Checked over every document of the holdout sets in the repository (releases of every format
and layout), for every explained field, with the span of the chosen value when it has one.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from communique import PressRelease, parse_file

HERE = Path(__file__).parent
DOCUMENTS = sorted(
    path
    for folder in ("holdout", "holdout2", "holdout3", "holdout4", "holdout5")
    for path in (HERE / folder).iterdir()
    if path.suffix in (".txt", ".md", ".html")
)


def _held(release: PressRelease, field: str) -> str | None:
    header, dateline = release.header, release.dateline
    if field == "date":
        return release.date.isoformat() if isinstance(release.date, dt.date) else None
    if field == "place":
        return dateline.place if dateline is not None else None
    if field == "issuers":
        return " | ".join(issuer.name for issuer in header.issuers) or None
    if field == "event":
        event = release.event
        return event.date.isoformat() if event is not None and event.date else None
    if field == "embargo":
        embargo = release.embargo
        if embargo is None:
            return None
        if embargo.immediate:
            return "immediate"
        return embargo.moment.isoformat() if embargo.moment is not None else "undated"
    value: str | None = getattr(header, field)
    return value


@pytest.mark.parametrize("document", DOCUMENTS, ids=[p.name for p in DOCUMENTS])
def test_the_chosen_candidate_is_the_value_the_release_holds(document: Path) -> None:
    release = parse_file(document)
    for explanation in release.explanations:
        held = _held(release, explanation.field)
        chosen = explanation.chosen
        assert (chosen.value if chosen is not None else None) == held, explanation.field
        if chosen is not None and chosen.span is not None and explanation.field != "issuers":
            start, end = chosen.span
            assert 0 <= start <= end <= len(release.text)
        if explanation.rejected is not None:
            assert explanation.rejected.value != held or explanation.field == "issuers"
