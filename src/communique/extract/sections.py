"""The sections step: body blocks grouped under their headings, each section given a kind.

A heading is a Markdown/HTML heading, or a short line standing alone that is wholly bold, in
capitals, or an ``À propos de …`` line. In plain text an ``À propos de X`` line opening a
paragraph is split off as the heading of its section. Contact zones become ``contact``
sections, so that every body block belongs to exactly one section.
"""

from __future__ import annotations

import bisect
import re

import attrs

from ..blocks import Block, BlockKind, Emphasis, Line
from ..french.vocabulary import ABOUT_HEADING, CONTACT_HEADING, NOTES_HEADING, is_about_heading
from ..models import Section, SectionKind, Span, TextBlock
from .draft import Draft, Role
from .text import is_caps, strip_decoration

__all__ = ["sections"]

_HEADING_LENGTH = 150
_BLOCK_KIND = {
    BlockKind.PARAGRAPH: "paragraph",
    BlockKind.LIST_ITEM: "list_item",
    BlockKind.QUOTE: "quote",
    BlockKind.TABLE_ROW: "table_row",
    BlockKind.CODE: "code",
    BlockKind.HEADING: "heading",
    BlockKind.FURNITURE: "furniture",
}


class _Builder:
    def __init__(self) -> None:
        self.sections: list[Section] = []
        self.kind = SectionKind.BODY
        self.heading: str | None = None
        self.heading_span: Span | None = None
        self.blocks: list[TextBlock] = []

    def open(self, kind: SectionKind, heading: str | None, span: Span | None) -> None:
        self.close()
        self.kind, self.heading, self.heading_span = kind, heading, span

    def add(self, kind: str, lines: tuple[Line, ...]) -> None:
        text = " ".join([line.text for line in lines if line.text])  # (a list: joined faster)
        if text:
            self.blocks.append(TextBlock(kind, text, _span(lines)))

    def close(self) -> None:
        if self.blocks or self.heading is not None:
            spans = [b.span for b in self.blocks]
            if self.heading_span is not None:
                spans.append(self.heading_span)
            span = (min([s[0] for s in spans]), max([s[1] for s in spans])) if spans else (0, 0)
            self.sections.append(
                Section(self.kind, self.heading, tuple(self.blocks), span, self.heading_span)
            )
        self.blocks = []
        self.heading = self.heading_span = None


def _span(lines: tuple[Line, ...]) -> Span:
    """The span of whole lines: their source spans, markup included (no re-alignment)."""
    return (lines[0].span[0], lines[-1].span[1])


def _value_span(line: Line, value: str) -> Span:
    """The span of ``value`` inside ``line`` (a heading without its decoration)."""
    at = line.text.find(value) if value else -1
    return line.locate(at, at + len(value)) if at >= 0 else _span((line,))


def sections(draft: Draft) -> None:
    """Group the blocks after the header into sections."""
    builder = _Builder()
    in_contact = False
    for index in range(draft.body_start, len(draft.blocks)):
        block = draft.blocks[index]
        role = draft.roles.get(index)
        if role in (Role.METADATA, Role.HEADER) or not block.lines:
            continue
        if role is Role.CONTACT:
            if not in_contact:
                first = block.lines[0]
                title = strip_decoration(first.text)
                builder.open(SectionKind.CONTACT, title, _value_span(first, title))
                builder.add("contact", block.lines[1:])
                in_contact = True
            else:
                builder.add("contact", block.lines)
            continue
        in_contact = False
        if role is Role.FURNITURE:
            builder.add("furniture", block.lines)
            continue
        run_in = _run_in_about(block)
        if run_in is not None:
            first = block.lines[0]
            builder.open(
                SectionKind.ABOUT, first.text[: run_in[0]].strip(" *_"), first.locate(0, run_in[0])
            )
            rest = first.part(run_in[1])
            builder.add("paragraph", (rest, *block.lines[1:]) if rest.text else block.lines[1:])
            continue
        if _separator_then_about(block):
            # "***" / "A PROPOS DE LA FONDATION X" in one paragraph (a <br> between them):
            # the rule closes the text, the heading opens the boilerplate
            builder.add("paragraph", block.lines[:1])
            block = attrs.evolve(block, lines=block.lines[1:], span=_span(block.lines[1:]))
        heading = _heading(block)
        if heading is not None:
            kind = _kind(heading)
            first = block.lines[0]
            if block.kind is BlockKind.HEADING or len(block.lines) == 1:
                one = len(block.lines) == 1
                span = _value_span(first, heading) if one else _span(block.lines)
                builder.open(kind, heading, span)
                continue
            builder.open(kind, heading, _value_span(first, heading))
            builder.add("paragraph", block.lines[1:])
            continue
        builder.add(_BLOCK_KIND.get(block.kind, "paragraph"), block.lines)
    builder.close()
    furniture = _unclaimed_header_lines(draft)
    if furniture:
        blocks = tuple(TextBlock("furniture", line.text, line.span) for line in furniture)
        span = (blocks[0].span[0], blocks[-1].span[1])
        draft.sections.append(Section(SectionKind.FURNITURE, None, blocks, span))
    draft.sections.extend(builder.sections)
    if any(s.kind is SectionKind.ABOUT and not _about_the_press_service(s) for s in draft.sections):
        draft.evidence.append("about-section")


def _about_the_press_service(section: Section) -> bool:
    """An ``À propos`` of the press service itself ("À propos du Département relations presse
    et réseaux sociaux"): a press room's page presenting its team, no release's boilerplate."""
    match = ABOUT_HEADING.match(section.heading or "")
    if match is None:
        return False
    return _PRESS_SERVICE.match(match.group("name").strip()) is not None


# A press service by its name: "Département relations presse et réseaux sociaux", "Service de
# presse", "Direction de la communication" (a firm, "Cabinet de conseil X", is no service).
_PRESS_SERVICE = re.compile(
    r"(?:(?:d[ée]partement|direction|service|p[ôo]le|bureau|cellule)\s+(?:de\s+la\s+|des?\s+|du\s+)?)?"
    r"(?:relations?\s+(?:presse|m[ée]dias)|service\s+de\s+presse|presse\s+et\s+communication"
    r"|communication)\b",
    re.I,
)


# A run-in "À propos de X :" heading opening its paragraph.
_RUN_IN_ABOUT = re.compile(r"[\s*_]*(?:[àa]\s+propos|about)\s[^:\n]{1,150}?(?P<end>[\s*_]*:)", re.I)


def _run_in_about(block: Block) -> tuple[int, int] | None:
    """Where a run-in ``À propos de X :`` heading ends, and where its text starts."""
    if block.kind is not BlockKind.PARAGRAPH or not block.lines:
        return None
    first = block.lines[0].text
    match = _RUN_IN_ABOUT.match(first)
    if match is None or match.end() >= len(first) - 1 or ". " in first[: match.start("end")]:
        return None
    rest = match.end()
    while rest < len(first) and first[rest] == " ":
        rest += 1
    return match.start("end"), rest


def _unclaimed_header_lines(draft: Draft) -> list[Line]:
    """Header lines no header field took (a motto, share buttons, "Pour diffusion immédiate").

    They are kept as a furniture section so that no text of the source is lost.
    """
    used: list[Span] = [
        span
        for field in (draft.doc_type, draft.reference, draft.headline, draft.lede, *draft.websites)
        if field is not None and (span := field.span) is not None
    ]
    for issuer in draft.issuers:
        used.extend(s for s in (issuer.span, issuer.title_span) if s is not None)
    if draft.dateline is not None and draft.dateline.span is not None:
        used.append(draft.dateline.span)
    # The used spans sorted, with the furthest end reached so far: whether a line overlaps
    # one is a bisection, not a scan (a header of thousands of issuer lines stays linear).
    used.sort()
    starts = [s for s, _ in used]
    reach: list[int] = []
    for _, e in used:
        reach.append(max(e, reach[-1]) if reach else e)
    lines: list[Line] = []
    # (the blocks given a role, in order: the others are neither header nor furniture)
    for index in sorted(i for i in draft.roles if 0 <= i < len(draft.blocks)):
        block, role = draft.blocks[index], draft.roles[index]
        if index < draft.body_start and role is Role.FURNITURE:
            lines.extend(block.lines)  # a note forwarding the release, above its header
            continue
        if role is not Role.HEADER:
            continue
        for line in block.lines:
            start, end = line.span
            before = bisect.bisect_left(starts, end)  # the spans starting before the line ends
            if line.text and not (before and reach[before - 1] > start):
                lines.append(line)
    return lines


def _separator_then_about(block: Block) -> bool:
    """Whether a paragraph opens with a separator line of marks only ("***", "---", "* * *")
    and an ``À propos`` heading on the line under it."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.lines) < 2:
        return False
    first = block.lines[0].text.strip()
    return (
        bool(first)
        and not strip_decoration(first)
        and not any(char.isalnum() for char in first)
        and is_about_heading(strip_decoration(block.lines[1].text))
    )


def _heading(block: Block) -> str | None:
    """The heading text if ``block`` is (or opens with) a heading."""
    if block.kind is BlockKind.HEADING:
        return strip_decoration(block.text) or block.text
    if block.kind not in (BlockKind.PARAGRAPH,):
        return None
    first = block.lines[0].text
    bare = strip_decoration(first)
    if (
        not bare
        or len(bare) > _HEADING_LENGTH
        or (bare.endswith((".", ";", ",")) and len(block.lines) == 1 and ". " in bare)
    ):
        return None
    if is_about_heading(bare):
        return bare
    if len(block.lines) != 1:
        return None
    if first.endswith((".", "!", "?", ";", ",")) and not first.endswith("..."):
        return None
    line = block.lines[0]
    if line.emphasis is Emphasis.STRONG or (is_caps(bare) and len(bare) <= 100):
        return bare
    if NOTES_HEADING.match(bare) and len(bare) <= 60:
        return bare
    return None


def _kind(heading: str) -> SectionKind:
    if ABOUT_HEADING.match(heading):
        return SectionKind.ABOUT
    if CONTACT_HEADING.match(heading + " "):
        return SectionKind.CONTACT
    if NOTES_HEADING.match(heading):
        return SectionKind.NOTES
    return SectionKind.BODY
