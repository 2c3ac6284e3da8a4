"""Diagnostic codes: the stable, kebab-case names of everything odd or missing in an input.

The catalogue below is the single source of the codes; ``docs/diagnostics.md`` documents
each, and a test checks that both agree.
"""

from __future__ import annotations

from .models import Diagnostic, Severity, Span

__all__ = ["CODES", "make"]

#: code -> (severity, what it means)
CODES: dict[str, tuple[Severity, str]] = {
    # decoding and normalisation (source.py)
    "decoded-fallback-encoding": (
        Severity.WARNING,
        "the bytes were not UTF-8; decoded as Windows-1252",
    ),
    "decoded-declared-encoding": (
        Severity.INFO,
        "the bytes were not UTF-8; decoded with the encoding the input declares",
    ),
    "decoded-utf16": (Severity.INFO, "the bytes were UTF-16 (byte-order mark found)"),
    "replaced-undecodable-bytes": (Severity.WARNING, "undecodable bytes were replaced with U+FFFD"),
    "repaired-mojibake": (Severity.WARNING, "UTF-8 read as Latin-1 (Ã© for é) was repaired"),
    "removed-control-characters": (Severity.INFO, "control characters were replaced with spaces"),
    "removed-invisible-characters": (
        Severity.INFO,
        "soft hyphens, zero-width spaces or word joiners were removed",
    ),
    "replaced-lone-surrogates": (
        Severity.WARNING,
        "lone surrogate code points were replaced with U+FFFD",
    ),
    "empty-input": (Severity.WARNING, "the input holds no text"),
    "ignored-declared-encoding": (
        Severity.WARNING,
        "the declared charset is not a text encoding; the encoding was detected instead",
    ),
    # adapters
    "invalid-front-matter": (Severity.WARNING, "the front matter could not be read"),
    "pdf-reader-warnings": (
        Severity.INFO,
        "the PDF reader repaired or skipped damaged parts of the file",
    ),
    "adapter-fallback": (
        Severity.WARNING,
        "the chosen adapter failed; the text was read as plain text",
    ),
    "unreadable-part": (
        Severity.WARNING,
        "a part of the document could not be read and was left out",
    ),
    "limit-reached": (
        Severity.WARNING,
        "the document is larger than a reading limit; the rest was not read",
    ),
    "nested-messages-flattened": (
        Severity.WARNING,
        "e-mails forwarded inside e-mails past the depth limit were read as plain text",
    ),
    "flattened-nesting": (
        Severity.WARNING,
        "the HTML nests deeper than the parser reads; the deepest tags were left out, "
        "their text kept",
    ),
    # header and dateline
    "missing-headline": (Severity.WARNING, "no headline was found"),
    "missing-dateline": (Severity.INFO, "no dateline (place and date) was found"),
    "missing-date": (Severity.WARNING, "no release date was found"),
    "unresolved-year": (
        Severity.WARNING,
        "a date without a year could not be resolved (pass reference_date)",
    ),
    "invalid-date": (Severity.WARNING, "a date-like text names no real calendar day"),
    "date-out-of-range": (
        Severity.WARNING,
        "a relative date falls outside the calendar (before year 1 or after year 9999)",
    ),
    "embargo-undated": (
        Severity.WARNING,
        "an embargo is announced without a date that can be read",
    ),
    "date-from-capture": (
        Severity.INFO,
        "the release gives no date: the capture date of its WARC record stands in",
    ),
    "date-from-metadata": (Severity.INFO, "the release date comes from metadata, not the text"),
    "date-from-address": (
        Severity.INFO,
        "the release date comes from the page's address or the file's name, not the text",
    ),
    "metadata-disagrees": (Severity.WARNING, "metadata and text disagree"),
    "metadata-overridden": (
        Severity.INFO,
        "metadata looked wrong; the text's value was used instead",
    ),
    "duplicate-doc-type": (Severity.INFO, "the document type is written more than once"),
    # contacts and sections
    "missing-contacts": (Severity.INFO, "no press-contact block was found"),
    "contact-without-means": (Severity.INFO, "a contact has neither e-mail nor phone"),
    "not-a-press-release": (Severity.INFO, "the text does not look like a press release"),
}


def make(code: str, message: str | None = None, span: Span | None = None) -> Diagnostic:
    """Build the diagnostic for a catalogued ``code``; ``message`` adds detail."""
    severity, meaning = CODES[code]
    return Diagnostic(code, severity, message or meaning, span)
