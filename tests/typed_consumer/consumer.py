"""A downstream user's code: mypy --strict must see communique's types through py.typed.

Each ``assert_type`` fails if the type is not exactly the one the documentation promises
(``Any`` included, which is what mypy would see without ``py.typed``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any, assert_type

import communique
from communique import (
    Contact,
    Diagnostic,
    Header,
    Options,
    ParseError,
    PressRelease,
    Section,
    SectionKind,
    Severity,
    parse,
    parse_file,
)


def summarise(path: str) -> dict[str, Any]:
    release = parse_file(path, reference_date=dt.date(2024, 1, 1))
    assert_type(release, PressRelease)
    assert_type(release.header, Header)
    assert_type(release.header.headline, str | None)
    assert_type(release.header.headline_span, tuple[int, int] | None)
    assert_type(release.date, dt.date | None)
    assert_type(release.contacts, tuple[Contact, ...])
    assert_type(release.sections, tuple[Section, ...])
    assert_type(release.diagnostics, tuple[Diagnostic, ...])
    assert_type(release.to_dict(), dict[str, Any])
    assert_type(communique.__version__, str)
    kinds = {section.kind for section in release.sections}
    assert_type(kinds, set[SectionKind])
    warnings = [d.code for d in release.diagnostics if d.severity is Severity.WARNING]
    assert_type(warnings, list[str])
    return {"headline": release.headline, "phones": [c.phones for c in release.contacts]}


def strictly(text: str | bytes) -> PressRelease | None:
    try:
        return parse(text, options=Options(strict=True))
    except ParseError as error:
        assert_type(error.partial, PressRelease)
        assert_type(error.diagnostics, tuple[Diagnostic, ...])
        return None
