"""Checks for adapter authors: the contract every built-in adapter passes, as plain functions.

Call them from your own tests (pytest or anything else); each raises `AssertionError`
with an explanation when the adapter breaks the contract:

```python
from communique import testing
from my_package import MyAdapter

def test_my_adapter_keeps_the_contract():
    testing.check_adapter(MyAdapter())

def test_my_format_keeps_the_seed_fields():
    testing.check_seed_fields_survive(MyAdapter(), render=my_renderer)
```

The property-based checks use hypothesis (install ``communique[test]``); hypothesis is
imported only when they run.

!!! info "Added in version 0.1"
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from .adapters import Adapter
from .blocks import Document
from .exceptions import CommuniqueError
from .models import PressRelease
from .source import Source, load

__all__ = [
    "SEED_RELEASE",
    "check_adapter",
    "check_seed_fields_survive",
    "check_segment_total_and_deterministic",
    "check_sniff_in_range",
    "check_spans_ordered_and_in_range",
    "release_fields",
    "release_like_texts",
]

#: A small French release in Markdown, with every field the round-trip check compares.
SEED_RELEASE = """\
PRÉFECTURE DE LA GIRONDE

Communiqué de presse

Bordeaux, le 12 mars 2024

# Le pont de pierre rouvre aux cyclistes le 2 avril

Après six mois de travaux, le pont de pierre rouvrira aux cyclistes et aux piétons le
mardi 2 avril 2024 à 7 heures.

Les travaux ont porté sur l'étanchéité du tablier et sur l'éclairage.

**Contact presse**

Claire Martin
claire.martin@gironde.gouv.fr
05 56 90 60 60
"""

# Fragments that look like parts of releases: the generator glues them with separators.
_FRAGMENTS = (
    "Communiqué de presse",
    "COMMUNIQUE DE PRESSE",
    "Paris, le 1er mars 2024",
    "Lyon, le 31 février 2023 –",
    "PARIS--(BUSINESS WIRE)--",
    "Contact presse :",
    "Contacts presse",
    "presse@exemple.fr",
    "Tél. : 01 23 45 67 89",
    "+33 (0)6 12 34 56 78",
    "À propos de l'Agence",
    "# Titre",
    "## **Sous-titre**",
    "*Lede en italique*",
    "- un point ;",
    "<p>Un paragraphe</p>",
    "<html><body><h1>Titre</h1>",
    "<br/>",
    "&nbsp;&amp;&#233;",
    "---",
    "From: a@b.fr\nSubject: CP\n",
    "%PDF-1.4",
    "PK\x03\x04",
    "\u00a0:\u202f;",
    "Ã©tÃ©",
    "\x00\x07\x1b",
    "\ud800",
    "N° 046",
    "www.exemple.gouv.fr",
)


def release_like_texts() -> Any:
    """A hypothesis strategy of texts built to look like releases (and to break parsers).

    Header words, datelines, contact keywords, Markdown, HTML and e-mail fragments, control
    characters, lone surrogates and long runs, glued with spaces and newlines.
    """
    from hypothesis import strategies as st

    piece = st.one_of(
        st.sampled_from(_FRAGMENTS),
        st.text(max_size=40),
        st.sampled_from("<>*#-_|:\n ").map(lambda c: c * 300),
    )
    separator = st.sampled_from(("", " ", "\n", "\n\n", "\r\n", "\t"))
    return st.lists(st.tuples(piece, separator), max_size=12).map(
        lambda parts: "".join(p + s for p, s in parts)
    )


def _source(raw: str | bytes, filename: str | None = None) -> Source:
    return load(raw, max_input_bytes=50 * 1024 * 1024, filename=filename)


def check_sniff_in_range(adapter: Adapter, source: Source) -> float:
    """``adapter.sniff(source)`` returns a float in [0, 1] and does not raise; returns it."""
    score = adapter.sniff(source)
    assert isinstance(score, float | int), f"{adapter.name}.sniff returned {score!r}, not a float"
    assert 0.0 <= score <= 1.0, f"{adapter.name}.sniff returned {score}, outside [0, 1]"
    return float(score)


def check_segment_total_and_deterministic(adapter: Adapter, source: Source) -> Document | None:
    """Segmenting either returns a document or raises a
    [`CommuniqueError`][communique.CommuniqueError].

    Segmenting twice gives equal documents. Returns the document (``None`` when the adapter
    refused the input with a library error, which is allowed: a DOCX adapter given text).
    """
    try:
        first = adapter.segment(source)
    except CommuniqueError:
        return None
    except Exception as error:  # the contract: only the library's own errors
        raise AssertionError(
            f"{adapter.name}.segment raised {type(error).__name__}: {error}; adapters may only "
            "raise communique.CommuniqueError subclasses"
        ) from error
    second = adapter.segment(source)
    assert isinstance(first, Document), f"{adapter.name}.segment returned {type(first)}"
    assert first == second, f"{adapter.name}.segment is not deterministic"
    assert first.text == second.text
    return first


def check_spans_ordered_and_in_range(document: Document) -> None:
    """Block and line spans lie inside ``document.text``, in reading order, and hold text.

    Each block's span is within the text; blocks start in non-decreasing order; each line's
    span, and the span [`locate`][communique.blocks.Line.locate] gives for its whole text, lie
    within the text.
    """
    size = len(document.text)
    previous = 0
    for number, block in enumerate(document.blocks):
        start, end = block.span
        assert 0 <= start <= end <= size, f"block {number} span {block.span} outside 0..{size}"
        assert start >= previous, f"block {number} starts at {start}, before block {number - 1}"
        previous = start
        for line in block.lines:
            first, last = line.span
            assert 0 <= first <= last <= size, f"line span {line.span} outside 0..{size}"
            if line.text:
                located = line.locate(0, len(line.text))
                assert 0 <= located[0] <= located[1] <= size


def check_adapter(adapter: Adapter, *, max_examples: int = 50) -> None:
    """Run the sniff and segment checks over hypothesis-generated release-like inputs.

    Inputs are given as text and, encoded, as bytes (so binary-format adapters see both).
    """
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    assert adapter.name, "an adapter needs a name"
    assert adapter.name == adapter.name.lower(), "the name must be lower-case"
    assert all(e.startswith(".") and e == e.lower() for e in adapter.extensions), (
        "extensions must be lower-case and start with a dot"
    )

    @settings(
        max_examples=max_examples,
        deadline=None,
        derandomize=True,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(release_like_texts(), st.booleans())
    def run(text: str, as_bytes: bool) -> None:
        raw: str | bytes = text.encode("utf-8", errors="surrogatepass") if as_bytes else text
        try:
            source = _source(raw)
        except CommuniqueError:
            return  # refused before any adapter runs
        check_sniff_in_range(adapter, source)
        document = check_segment_total_and_deterministic(adapter, source)
        if document is not None:
            check_spans_ordered_and_in_range(document)

    run()


def release_fields(release: PressRelease) -> dict[str, Any]:
    """The fields that survive any format: headline, dateline, doc type and contacts."""
    dateline = release.dateline
    return {
        "headline": release.header.headline,
        "place": dateline.place if dateline else None,
        "date": dateline.date if dateline else None,
        "doc_type": release.header.doc_type,
        "contacts": [
            (contact.name, contact.emails, contact.phones_e164) for contact in release.contacts
        ],
    }


def check_seed_fields_survive(
    adapter: Adapter,
    render: Callable[[str], str | bytes],
    seeds: Iterable[str] = (SEED_RELEASE,),
    *,
    compare: Iterable[str] = ("headline", "place", "date", "doc_type", "contacts"),
    reference_date: dt.date | None = None,
) -> None:
    """A release rendered into the adapter's format parses back to the same fields.

    ``render`` turns a release written in Markdown (``seeds``; by default
    `SEED_RELEASE`) into the adapter's input (text or bytes). Each seed is parsed as
    Markdown and, rendered, with ``adapter``; the fields of `release_fields` named in
    ``compare`` must be equal.
    """
    from .api import parse

    names = tuple(compare)
    for seed in seeds:
        expected = release_fields(parse(seed, adapter="markdown", reference_date=reference_date))
        rendered = render(seed)
        got = release_fields(parse(rendered, adapter=adapter, reference_date=reference_date))
        for name in names:
            assert got[name] == expected[name], (
                f"{adapter.name}: {name} is {got[name]!r} after rendering, "
                f"{expected[name]!r} in the seed"
            )


def seed_paths(folder: str | Path) -> list[Path]:
    """The ``*.txt`` and ``*.md`` releases of ``folder``, sorted (a helper for seeds)."""
    root = Path(folder)
    return sorted([*root.glob("*.txt"), *root.glob("*.md")])
