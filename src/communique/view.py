"""Seeing what was understood: a terminal view, a Markdown re-rendering, an HTML page.

The public renderers are [`to_markdown`][communique.to_markdown] and [`to_html`][communique.to_html]
(also ``communique.to_markdown`` and ``communique.to_html``); they check their arguments and call
the renderers below, which the command line uses directly.

* `render_terminal`: the release as readable plain text (header, dateline, sections,
  contacts, dates, diagnostics), for ``communique show FILE``.
* `render_markdown`: a clean Markdown re-rendering of the release, for
  ``communique parse --format markdown``.
* `render_html`: one self-contained page (inline CSS, no script, no external resource)
  showing the normalised source text with every extracted field highlighted and labelled,
  and a summary listing what was found and what was not, for ``communique show --html``.

Everything taken from the input is HTML-escaped, in text and in attribute values alike, and
never becomes a tag, an attribute, a link or a style; the page also carries a
Content-Security-Policy that forbids every script and request, should escaping ever fail.
Spans that overlap without nesting are split so the markup always nests.
"""

from __future__ import annotations

import html
import itertools
import os
import shutil
import textwrap
from collections.abc import Iterable

import attrs

from ._arguments import as_optional_path_name, wrong_type
from .models import PressRelease, Section, SectionKind, Span, TextBlock

__all__ = ["render_html", "render_markdown", "render_terminal", "to_html", "to_markdown"]


def to_markdown(release: PressRelease) -> str:
    """``release`` re-rendered as clean Markdown: issuers in bold, document type and reference,
    the dateline, ``# headline``, the lede in italics, every section under its ``##`` heading
    (lists, quotes, subheadings kept), and the websites.

    Values are the extracted plain text, so the Markdown is clean whatever the input format
    was; parsed again, it gives the same headline, date, reference and contact e-mails.

    !!! info "Added in version 0.1"
    """
    return render_markdown(_checked_release(release))


def to_html(release: PressRelease, *, source: str | os.PathLike[str] | None = None) -> str:
    """One self-contained HTML page (inline CSS, no script, no external resource) showing
    ``release.text`` with every extracted field highlighted and labelled, and a summary of
    what was found and what was not. ``source`` names the input in the page (a file name).

    Everything taken from the input is HTML-escaped.

    !!! info "Added in version 0.1"
    """
    return render_html(_checked_release(release), as_optional_path_name("source", source) or "")


def _checked_release(release: object) -> PressRelease:
    if not isinstance(release, PressRelease):
        hint = "parse the input first, parse(text)" if isinstance(release, str | bytes) else ""
        raise wrong_type("release", release, "a communique.PressRelease", hint)
    return release


# -- terminal ----------------------------------------------------------------------------


def render_terminal(release: PressRelease, source: str = "", width: int | None = None) -> str:
    """A readable plain-text view of ``release`` (``source`` names the input in the title)."""
    width = width or min(shutil.get_terminal_size((100, 24)).columns, 100)
    lines: list[str] = []
    verdict = "yes" if release.is_press_release else "no"
    evidence = f" ({', '.join(release.evidence)})" if release.evidence else ""
    title = f"{source} · " if source else ""
    lines += [f"{title}adapter: {release.adapter} · press release: {verdict}{evidence}", ""]

    def field(label: str, value: str | None) -> None:
        shown = value if value else "—"
        lines.extend(
            textwrap.wrap(
                shown,
                width,
                initial_indent=f"{label:<11} ",
                subsequent_indent=" " * 12,
            )
            or [f"{label:<11} {shown}"]
        )

    header = release.header
    for issuer in header.issuers or (None,):
        if issuer is None:
            field("Issuer", None)
        else:
            field("Issuer", f"{issuer.name} — {issuer.title}" if issuer.title else issuer.name)
    field("Type", header.doc_type)
    field("Reference", header.reference)
    if header.websites:
        field("Websites", ", ".join(header.websites))
    dateline = release.dateline
    if dateline is None:
        field("Dateline", None)
    else:
        parsed = " · ".join(
            p for p in (dateline.place, dateline.date and dateline.date.isoformat()) if p
        )
        field("Dateline", f"{dateline.text}  →  {parsed}" if parsed else dateline.text)
    field("Headline", header.headline)
    field("Lede", header.lede)
    if release.embargo is not None:
        field("Embargo", f"{release.embargo.text}  →  {_embargo_value(release)}")
    if release.event is not None:
        field("Event", _event_value(release))

    lines += ["", "SECTIONS"]
    for section in release.sections:
        heading = f" {section.heading}" if section.heading else ""
        lines.append(f"  [{section.kind.value}]{heading}")
        for block in section.blocks:
            bullet = "- " if block.kind == "list_item" else ""
            lines.extend(
                textwrap.wrap(
                    bullet + block.text,
                    width,
                    initial_indent="    ",
                    subsequent_indent="      " if bullet else "    ",
                )
            )
    if not release.sections:
        lines.append("  —")

    lines += ["", "CONTACTS"]
    for contact in release.contacts:
        who = ", ".join(p for p in (contact.name, contact.role, contact.organisation) if p)
        lines.append(f"  - {who or '(no name)'}")
        for email in contact.emails:
            lines.append(f"      e-mail  {email}")
        for phone, e164 in zip(contact.phones, contact.phones_e164, strict=False):
            lines.append(f"      phone   {phone}" + (f"  ({e164})" if e164 else ""))
    if not release.contacts:
        lines.append("  —")

    if release.quotes:
        lines += ["", "QUOTES"]
        for quote in release.quotes:
            who = ", ".join(p for p in (quote.speaker or "(speaker unknown)", quote.role) if p)
            lines.extend(
                textwrap.wrap(
                    f"« {quote.text} » — {who}",
                    width,
                    initial_indent="  - ",
                    subsequent_indent="    ",
                )
            )

    if release.attachments:
        lines += ["", "ATTACHMENTS"]
        for attachment in release.attachments:
            lines.append(
                f"  - [{attachment.kind}] {attachment.text or '(no text)'}  →  "
                f"{attachment.resolved_url or attachment.url}"
            )

    if release.mentions:
        lines += ["", "DATES MENTIONED"]
        for mention in release.mentions:
            resolved = mention.date.isoformat() if mention.date else "unresolved"
            lines.append(f"  - {mention.text}  →  {resolved}")

    lines += ["", "DIAGNOSTICS"]
    for diagnostic in release.diagnostics:
        where = f"  [{diagnostic.span[0]}:{diagnostic.span[1]}]" if diagnostic.span else ""
        lines.append(
            f"  {diagnostic.severity.value:<7} {diagnostic.code}: {diagnostic.message}{where}"
        )
    if not release.diagnostics:
        lines.append("  —")
    return "\n".join(lines) + "\n"


# -- Markdown ----------------------------------------------------------------------------


def render_markdown(release: PressRelease) -> str:
    """A clean Markdown rendering: header lines, ``# headline``, lede, sections, contacts."""
    header = release.header
    parts: list[str] = []
    for issuer in header.issuers:
        parts.append(f"**{issuer.name}**" + (f"  \n{issuer.title}" if issuer.title else ""))
    meta = [p for p in (header.doc_type, header.reference) if p]
    if meta:
        parts.append(" — ".join(meta))
    if release.dateline is not None:
        parts.append(release.dateline.text)
    if header.headline:
        parts.append(f"# {header.headline}")
    if header.lede:
        parts.append(f"*{header.lede}*")
    # what the header lines above already say is not said again by the first blocks
    said = {" ".join(v.split()).casefold() for v in (header.doc_type, header.headline) if v}
    for section in release.sections:
        parts.extend(_markdown_section(section, release.text, said))
    if header.websites:
        parts.append(" · ".join(f"<{_as_url(site)}>" for site in header.websites))
    return "\n\n".join(parts) + "\n"


def _markdown_section(section: Section, text: str, said: set[str]) -> list[str]:
    parts = [f"## {section.heading}"] if section.heading else []
    items: list[str] = []
    for block in section.blocks:
        if not parts and not items and " ".join(block.text.split()).casefold() in said:
            continue  # a repeat of the header's document type or headline
        if block.kind == "list_item":
            items.append(f"- {block.text}")
            continue
        if items:
            parts.append("\n".join(items))
            items = []
        if block.kind == "heading":
            parts.append(f"### {block.text}")
        elif block.kind == "quote":
            parts.append(f"> {block.text}")
        elif block.kind == "contact" or section.kind is SectionKind.CONTACT:
            parts.append(_kept_lines(text, block))
        else:
            parts.append(block.text)
    if items:
        parts.append("\n".join(items))
    return parts


def _kept_lines(text: str, block: TextBlock) -> str:
    """A block whose lines mean something apart (a contact: name, e-mail, phone), with its
    source line breaks kept as Markdown hard breaks."""
    start, end = block.span
    lines = [" ".join(line.split()) for line in text[start:end].splitlines()]
    kept = [line for line in lines if line]
    if " ".join(kept) != " ".join(block.text.split()):
        return block.text  # the span holds more or less than the block: keep its text
    return "  \n".join(kept)


def _as_url(site: str) -> str:
    return site if "://" in site else f"https://{site}"


# -- HTML --------------------------------------------------------------------------------


@attrs.frozen
class _Mark:
    """A labelled span of the source text: ``kind`` picks the colour, ``label`` the tag."""

    start: int
    end: int
    kind: str
    label: str
    value: str


def _marks(release: PressRelease) -> list[_Mark]:
    header = release.header
    found: list[tuple[Span | None, str, str, str | None]] = []
    for section in release.sections:
        found.append(
            (section.span, f"section-{section.kind.value}", f"{section.kind.value} section", None)
        )
        found.append((section.heading_span, "heading", "heading", section.heading))
    found += [(issuer.span, "issuer", "issuer", issuer.name) for issuer in header.issuers]
    found += [
        (header.doc_type_span, "doctype", "doc type", header.doc_type),
        (header.reference_span, "reference", "reference", header.reference),
        (header.headline_span, "headline", "headline", header.headline),
        (header.lede_span, "lede", "lede", header.lede),
    ]
    found += [
        (span, "website", "website", site)
        for span, site in zip(header.website_spans, header.websites, strict=False)
    ]
    dateline = release.dateline
    if dateline is not None:
        found += [
            (dateline.span, "dateline", "dateline", dateline.text),
            (dateline.place_span, "place", "place", dateline.place),
            (
                dateline.date_span,
                "date",
                "date",
                dateline.date.isoformat() if dateline.date else None,
            ),
        ]
    embargo = release.embargo
    if embargo is not None:
        found += [
            (embargo.span, "embargo", "embargo", _embargo_value(release)),
            (embargo.date_span, "embargo-part", "embargo date", None),
            (embargo.time_span, "embargo-part", "embargo time", None),
            (embargo.zone_span, "embargo-part", "time zone", embargo.zone),
        ]
    event = release.event
    if event is not None:
        found += [
            (event.label_span, "event", "invitation", event.label),
            (
                event.date_span,
                "event",
                "event date",
                event.date.isoformat() if event.date else None,
            ),
            (event.start_span, "event", "event start", str(event.start)),
            (event.end_span, "event", "event end", str(event.end)),
            (event.venue_span, "event", "venue", event.venue),
            (event.address_span, "event", "address", event.address),
            (event.town_span, "event-part", "town", event.town),
            (event.accreditation_span, "event", "accreditation", event.accreditation),
        ]
    for quote in release.quotes:
        found += [
            (quote.span, "quote", "quote", quote.speaker or "speaker unknown"),
            (quote.speaker_span, "speaker", "speaker", quote.attribution),
            (quote.role_span, "speaker", "speaker's role", quote.role),
        ]
    found += [
        (a.span, "attachment", f"attachment ({a.kind})", a.resolved_url or a.url)
        for a in release.attachments
    ]
    for contact in release.contacts:
        who = ", ".join(p for p in (contact.name, contact.role, contact.organisation) if p)
        found.append((contact.span, "contact", "contact", who))
    for mention in release.mentions:
        resolved = mention.date.isoformat() if mention.date else "unresolved"
        found.append((mention.span, "mention", "date mention", f"{mention.text} → {resolved}"))
    for diagnostic in release.diagnostics:
        found.append((diagnostic.span, f"diag-{diagnostic.severity.value}", diagnostic.code,
                      diagnostic.message))  # fmt: skip
    size = len(release.text)
    marks = []
    for span, kind, label, value in found:
        if span is None:
            continue
        start, end = max(0, span[0]), min(size, span[1])
        if start < end:
            marks.append(_Mark(start, end, kind, label, value or ""))
    return marks


def _embargo_value(release: PressRelease) -> str:
    """``2024-03-12 10:00 (Europe/Paris)``, ``immediate release``, or ``no date read``."""
    embargo = release.embargo
    if embargo is None or embargo.immediate:
        return "immediate release"
    if embargo.moment is None:
        return "no date read"
    return f"{embargo.moment.isoformat(sep=' ', timespec='minutes')} ({embargo.zone})"


def _event_value(release: PressRelease) -> str:
    """``2024-03-14 10:30–12:00 · Lycée Charles-de-Gaulle · Muret · accreditation``."""
    event = release.event
    if event is None:
        return ""
    when = event.date.isoformat() if event.date else "no date read"
    if event.start is not None:
        when += " " + event.start.isoformat(timespec="minutes")
        if event.end is not None:
            when += "–" + event.end.isoformat(timespec="minutes")
    parts = [when, event.venue, event.town or event.address]
    if event.accreditation is not None:
        parts.append("accreditation" + (f" before {event.accreditation_deadline.isoformat()}"
                                        if event.accreditation_deadline else ""))  # fmt: skip
    return " · ".join(p for p in parts if p)


def _highlight(text: str, marks: Iterable[_Mark]) -> str:
    """``text`` escaped, with every mark wrapped in a labelled ``<span>``, properly nested.

    Outer marks open first (longest first at the same start); when a mark ends while marks
    opened after it are still running, those are closed and reopened around its end tag.
    """
    ordered = sorted(marks, key=lambda m: (m.start, -m.end))
    points = sorted({0, len(text)} | {m.start for m in ordered} | {m.end for m in ordered})
    out: list[str] = []
    stack: list[_Mark] = []
    pending = 0
    for here, following in itertools.pairwise(points):
        ended = [i for i, mark in enumerate(stack) if mark.end <= here]
        if ended:
            lowest = ended[0]
            out.append("</span>" * (len(stack) - lowest))
            reopen = [mark for mark in stack[lowest:] if mark.end > here]
            del stack[lowest:]
            for mark in reopen:
                out.append(_open(mark, first=False))
                stack.append(mark)
        while pending < len(ordered) and ordered[pending].start == here:
            mark = ordered[pending]
            out.append(_open(mark, first=True))
            stack.append(mark)
            pending += 1
        out.append(html.escape(text[here:following]))
    out.append("</span>" * len(stack))
    return "".join(out)


def _open(mark: _Mark, *, first: bool) -> str:
    title = html.escape(f"{mark.label}: {mark.value}" if mark.value else mark.label)
    tag = f'<span class="tag">{html.escape(mark.label)}</span>' if first else ""
    return f'<span class="m m-{html.escape(mark.kind)}" title="{title}">{tag}'


_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f3; }
header { padding: 16px 28px; background: #22313f; color: #fff; }
header h1 { margin: 0; font-size: 19px; }
header p { margin: 4px 0 0; color: #cfd8e0; font-size: 13px; }
main { display: grid; grid-template-columns: minmax(0, 1fr) 360px; gap: 24px; padding: 24px 28px; }
.source { white-space: pre-wrap; overflow-wrap: anywhere; background: #fff; padding: 20px 24px;
  border: 1px solid #ddd; border-radius: 6px; font: 14px/1.75 ui-monospace, Menlo, monospace; }
aside { font-size: 13px; }
aside h2 { font-size: 14px; margin: 0 0 8px; text-transform: uppercase; letter-spacing: .04em; }
aside table { border-collapse: collapse; width: 100%; margin-bottom: 20px; background: #fff; }
aside td, aside th { border: 1px solid #ddd; padding: 4px 8px; vertical-align: top;
  text-align: left; }
aside th { width: 96px; background: #fafafa; font-weight: 600; }
.missing { color: #a33; font-style: italic; }
.m { border-radius: 3px; }
.tag { font: 600 10px/1 system-ui, sans-serif; text-transform: uppercase; letter-spacing: .03em;
  padding: 1px 4px; margin-right: 3px; border-radius: 3px; color: #fff; background: #555;
  vertical-align: 2px; user-select: none; white-space: nowrap; }
.m-issuer { background: #e4d7f5; } .m-issuer > .tag { background: #6b3fa0; }
.m-doctype { background: #d6ecf7; } .m-doctype > .tag { background: #1f6f9b; }
.m-reference { background: #dbe9dd; } .m-reference > .tag { background: #3c7a45; }
.m-headline { background: #ffe7a8; font-weight: 700; } .m-headline > .tag { background: #a86b00; }
.m-lede { background: #fff3d1; } .m-lede > .tag { background: #b88a1b; }
.m-website { background: #d9f1ef; } .m-website > .tag { background: #1b7f76; }
.m-dateline { background: #ffd9cc; } .m-dateline > .tag { background: #b4441f; }
.m-place { background: #ffc0a8; outline: 1px solid #e08a6a; }
.m-place > .tag { background: #c4562d; }
.m-date { background: #ffb199; outline: 1px solid #d9704d; } .m-date > .tag { background: #9c3414; }
.m-embargo { background: #f9d3e3; } .m-embargo > .tag { background: #a3295c; }
.m-embargo-part { outline: 1px solid #c4577f; } .m-embargo-part > .tag { background: #c4577f; }
.m-event { background: #dff0c8; } .m-event > .tag { background: #4f7a12; }
.m-event-part { outline: 1px solid #7aa33a; } .m-event-part > .tag { background: #7aa33a; }
.m-quote { background: #eae4fb; font-style: italic; } .m-quote > .tag { background: #5b46a8; }
.m-speaker { background: #d4c9f5; font-style: normal; } .m-speaker > .tag { background: #3f2d86; }
.m-attachment { border-bottom: 2px solid #8a5a00; } .m-attachment > .tag { background: #8a5a00; }
.m-heading { background: #e8e8e8; font-weight: 700; } .m-heading > .tag { background: #444; }
.m-contact { background: #d8f5d0; } .m-contact > .tag { background: #2e7d1f; }
.m-mention { border-bottom: 2px solid #1f6f9b; } .m-mention > .tag { background: #1f6f9b; }
.m-section-body > .tag { background: #8a8a8a; }
.m-section-about { background: #f1f1ea; } .m-section-about > .tag { background: #7a7a52; }
.m-section-contact > .tag { background: #2e7d1f; }
.m-section-notes { background: #f3eef7; } .m-section-notes > .tag { background: #6b5a7a; }
.m-section-furniture { color: #888; } .m-section-furniture > .tag { background: #aaa; }
.m-diag-info { text-decoration: underline dotted #1f6f9b; }
.m-diag-info > .tag { background: #1f6f9b; }
.m-diag-warning { text-decoration: underline wavy #c98a00; }
.m-diag-warning > .tag { background: #c98a00; }
.m-diag-error { text-decoration: underline wavy #c0262d; }
.m-diag-error > .tag { background: #c0262d; }
"""


#: The page's own policy, a second wall behind the escaping: no script, no request, no
#: form, no frame; only its inline stylesheet applies.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"


def render_html(release: PressRelease, source: str = "") -> str:
    """A self-contained HTML page: the highlighted source text and a summary of the fields."""
    escape = html.escape
    header = release.header
    dateline = release.dateline
    rows: list[tuple[str, str | None]] = [
        ("Issuers", "; ".join(i.name for i in header.issuers) or None),
        ("Doc type", header.doc_type),
        ("Reference", header.reference),
        ("Dateline", dateline.text if dateline else None),
        ("Place", dateline.place if dateline else None),
        ("Date", dateline.date.isoformat() if dateline and dateline.date else None),
        ("Headline", header.headline),
        ("Lede", header.lede),
        ("Embargo", _embargo_value(release) if release.embargo else None),
        ("Event", _event_value(release) if release.event else None),
        ("Attachments", ", ".join(f"{a.kind}: {a.text or a.url}" for a in release.attachments)
                        or None),
        ("Quotes", "; ".join(dict.fromkeys(q.speaker or "?" for q in release.quotes)) or None),
        ("Websites", ", ".join(header.websites) or None),
        ("Sections", ", ".join(s.kind.value for s in release.sections) or None),
        ("Press release", f"{'yes' if release.is_press_release else 'no'}"
                          f" ({', '.join(release.evidence) or 'no evidence'})"),
    ]  # fmt: skip
    summary = "".join(
        f"<tr><th>{escape(label)}</th><td>"
        + (escape(value) if value else '<span class="missing">not found</span>')
        + "</td></tr>"
        for label, value in rows
    )
    contacts = (
        "".join(
            "<tr><td>"
            + escape(", ".join(p for p in (c.name, c.role, c.organisation) if p) or "(no name)")
            + "".join(f"<br>{escape(e)}" for e in c.emails)
            + "".join(f"<br>{escape(p)}" for p in c.phones)
            + "</td></tr>"
            for c in release.contacts
        )
        or '<tr><td class="missing">no contact found</td></tr>'
    )
    diagnostics = (
        "".join(
            f"<tr><th>{escape(d.severity.value)}</th><td><code>{escape(d.code)}</code> "
            f"{escape(d.message)}</td></tr>"
            for d in release.diagnostics
        )
        or "<tr><td>none</td></tr>"
    )
    title = escape(release.header.headline or source or "communique")
    return f"""<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>{_CSS}</style>
</head>
<body>
<header><h1>What communique understood</h1>
<p>{escape(source)} · adapter: {escape(release.adapter)}</p></header>
<main>
<div class="source">{_highlight(release.text, _marks(release))}</div>
<aside>
<h2>Fields</h2><table>{summary}</table>
<h2>Contacts</h2><table>{contacts}</table>
<h2>Diagnostics</h2><table>{diagnostics}</table>
</aside>
</main>
</body>
</html>
"""
