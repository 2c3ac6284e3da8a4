"""Extraction: the named steps that read a document's blocks into a release.

The default pipeline, top to bottom:

```text
find-body   -> where the header ends and the body starts
header      -> document type, reference, websites, headline, lede, issuers
dateline    -> place and date
contacts    -> the press-contact zone and the contacts in it
sections    -> body blocks grouped under headings (about, contact, notes, body)
issuers     -> when the header named none: "À propos" headings, ticker, closing signature
mentions    -> dates mentioned in the body, relative ones resolved
embargo     -> when the release may be published (or that it may be at once)
event       -> what a press invitation invites to: when, where, accreditation
quotes      -> who said what: quotations of the body and their speakers
attachments -> the files the release links: PDF version, press kit, photos
classify    -> does this look like a press release at all?
```

Adapters adjust it for their inputs with [`Steps`][communique.steps.Steps] edits.
"""

from __future__ import annotations

from ..blocks import Document
from ..models import Dateline, Header, PressRelease
from ..options import Options
from ..steps import Steps
from .attachments import attachments
from .body_start import find_body
from .classify import classify
from .contacts import contacts
from .dateline import dateline
from .draft import Draft
from .embargo import embargo
from .event import event
from .header import header
from .issuers import issuers
from .mentions import mentions
from .quotes import quotes
from .sections import sections

__all__ = ["DEFAULT_STEPS", "Draft", "build", "run"]

DEFAULT_STEPS = Steps(
    (
        ("find-body", find_body),
        ("header", header),
        ("dateline", dateline),
        ("contacts", contacts),
        ("sections", sections),
        ("issuers", issuers),
        ("mentions", mentions),
        ("embargo", embargo),
        ("event", event),
        ("quotes", quotes),
        ("attachments", attachments),
        ("classify", classify),
    )
)


def run(document: Document, options: Options, steps: Steps = DEFAULT_STEPS) -> Draft:
    """Run ``steps`` over ``document``."""
    draft = Draft(document, options, diagnostics=list(document.diagnostics))
    for _name, step in steps:
        step(draft)
    return draft


def build(draft: Draft, adapter: str) -> PressRelease:
    """Freeze a draft into a [`PressRelease`][communique.PressRelease]."""

    def value(field: object) -> str | None:
        return getattr(field, "value", None)

    def span(field: object) -> tuple[int, int] | None:
        return getattr(field, "span", None)

    # Each website once, with the span of its first mention: the two tuples of the header are
    # read from this one mapping, so that a site and its span never drift apart.
    websites: dict[str, tuple[int, int]] = {}
    for site in draft.websites:
        if site.span is not None:
            websites.setdefault(site.value, site.span)
    header = Header(
        issuers=tuple(draft.issuers),
        doc_type=value(draft.doc_type),
        reference=value(draft.reference),
        headline=value(draft.headline),
        lede=value(draft.lede),
        websites=tuple(websites),
        doc_type_span=span(draft.doc_type),
        reference_span=span(draft.reference),
        headline_span=span(draft.headline),
        lede_span=span(draft.lede),
        website_spans=tuple(websites.values()),
    )
    dateline: Dateline | None = draft.dateline
    return PressRelease(
        header=header,
        dateline=dateline,
        sections=tuple(draft.sections),
        contacts=tuple(draft.contacts),
        diagnostics=tuple(draft.diagnostics),
        adapter=adapter,
        text=draft.document.text,
        is_press_release=draft.is_press_release,
        evidence=tuple(draft.evidence),
        mentions=tuple(draft.mentions),
        explanations=tuple(draft.explanations),
        embargo=draft.embargo,
        event=draft.event,
        quotes=tuple(draft.quotes),
        attachments=tuple(draft.attachments),
    )
