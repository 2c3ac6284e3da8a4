"""Where the body starts: the find-body step, run before the header step.

The header is the run of blocks before the first body paragraph. This module finds that
paragraph (`find_body` sets ``draft.body_start``): front matter (metadata blocks) is claimed
first; a note forwarding the release, an e-mail's covering note above a rule line and a
document host's viewer header over a PDF's text are set aside as furniture; then the first
block that reads as the body opens it (a long paragraph in ordinary type, a full sentence,
an ``À propos`` heading, a contact block, a dateline glued to its first sentence), within
the header's reach. A post or a page that pastes a release has the release's header start
at its type line. With no such block, the header is what precedes the first sentence-like
block.
"""

from __future__ import annotations

import re

from ..blocks import Block, BlockKind, Line
from ..french.dates import PUBLICATION_LABEL
from ..french.phones import phone_in
from ..french.vocabulary import (
    CONTACT_HEADING,
    DOC_TYPE,
    DOCUMENT_VIEWER,
    FORWARDED_MARKER,
    ISSUER_WORDS,
    OFFICE,
    REPUBLICATION_NOTICE,
    REPUBLICATION_NOTICE_WORDS,
    email_in,
    is_about_heading,
    is_consent_banner,
)
from .dateline import match_dateline
from .doc_type import type_line
from .draft import Draft, Role
from .letterhead import DEPARTMENT_LINE, issuer_like
from .packed_title import title_after_date
from .page_furniture import source_line
from .text import may_hold, strip_decoration, word_count

__all__ = ["find_body"]


# A body paragraph: longer than this, in ordinary type.
_BODY_LENGTH = 200
# The header never runs longer than this many blocks.
_MAX_HEADER_BLOCKS = 25
# A portal's notice on a republished text, a cache's banner, is a few sentences.
_NOTICE_LENGTH = 600


def find_body(draft: Draft) -> None:
    """Claim front matter and find the first body block (``draft.body_start``)."""
    blocks = draft.blocks
    start = 0
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.METADATA:
            draft.roles[index] = Role.METADATA
            start = index + 1
    start = _past_forwarding_note(draft, start)
    start = _past_covering_note(draft, start)
    start = _past_document_viewer(draft, start)
    opening = _first_body_block(blocks, start)
    if opening is None:
        end = min(len(blocks), start + _MAX_HEADER_BLOCKS)
        draft.body_start = start + _short_header(blocks[start:end])
        return
    pasted = _pasted_release(blocks, opening)
    if pasted is None:
        draft.body_start = opening
        on_top = _contacts_on_top(blocks, start, opening)
        if on_top is not None:
            draft.contacts_on_top, draft.body_start = on_top
        return
    # a post or a page that pastes a release: its words are the page's, the release's own
    # header starts at its type line, or at the letterhead right above it ("PRÉFECTURE DE
    # L'ORNE" / "Cabinet du préfet" over "COMMUNIQUÉ DE PRESSE", under a CMS's title)
    first = pasted
    while first - 1 > opening and blocks[first - 1].lines:
        if not _letterhead_line(strip_decoration(blocks[first - 1].lines[0].text)):
            break
        first -= 1
    for claimed in range(start, first):
        draft.roles.setdefault(claimed, Role.FURNITURE)
    below = _first_body_block(blocks, pasted + 1)
    draft.body_start = below if below is not None else pasted + 1


def _contacts_on_top(
    blocks: tuple[Block, ...], start: int, opening: int
) -> tuple[tuple[int, int], int] | None:
    """When the release sets its press contacts first, under its type and dateline and above
    its title (a listed company's layout: "Communiqué de presse" / "Paris, le …" /
    "Contacts" … / "NORVANE : CHIFFRE D'AFFAIRES …" / the text): the contact blocks (first,
    past the last) and where the body starts, after the title."""
    first = blocks[opening].lines[0].text if blocks[opening].lines else ""
    if not CONTACT_HEADING.match(first) or not all(
        _marks_only(block) for block in blocks[start:opening]
    ):
        return None
    below = opening + 1
    while below < len(blocks) and _contact_lines_only(blocks[below]):
        below += 1  # another contact block ("Relations presse" after "Contacts")
    if below + 1 >= len(blocks) or _is_body(blocks[below], None):
        return None
    title = blocks[below]
    if (
        title.kind is BlockKind.LIST_ITEM
        or len(title.text) > _TITLE_ON_TOP
        or _PROSE.search(title.text)
        or not _is_body(blocks[below + 1], None)
    ):
        return None
    return (opening, below), below + 1


# A title set under the contacts runs to this many characters at most.
_TITLE_ON_TOP = 250


def _marks_only(block: Block) -> bool:
    """Whether ``block`` holds only a release's marks: its type, its dateline, its date."""
    return bool(block.lines) and all(
        DOC_TYPE.fullmatch(strip_decoration(line.text)) or match_dateline(line.text, None)
        for line in block.lines
    )


def _contact_lines_only(block: Block) -> bool:
    """Whether every line of ``block`` is a contact heading or gives a phone or an e-mail."""
    return bool(block.lines) and all(
        CONTACT_HEADING.match(line.text) or email_in(line.text) or phone_in(line.text)
        for line in block.lines
    )


def _first_body_block(blocks: tuple[Block, ...], start: int) -> int | None:
    """The first block from ``start`` that opens the body, within the header's reach.

    A page's menu items, share buttons and skip links captured as text are blocks of a word
    or two each: they do not count toward the reach, so that the body of a page copied
    from its top is still found under its chrome."""
    counted = 0
    for index in range(start, len(blocks)):
        if _is_body(blocks[index], blocks[index + 1] if index + 1 < len(blocks) else None):
            return index
        counted += not _chrome_item(blocks[index])
        if counted >= _MAX_HEADER_BLOCKS or index - start >= _MAX_CHROME_BLOCKS:
            return None
    return None


def _chrome_item(block: Block) -> bool:
    """A block of one short line of a few words: a menu item, a button, a skip link."""
    return len(block.lines) == 1 and len(block.text) <= _CHROME_ITEM and word_count(block.text) <= 3


# A menu item or a button: a line this short, of three words at most.
_CHROME_ITEM = 30
# However short its blocks, the header never runs longer than this many.
_MAX_CHROME_BLOCKS = 80


def _pasted_release(blocks: tuple[Block, ...], index: int) -> int | None:
    """Where a pasted release's type line stands, when the text read as the body's start
    (``index``: a post's words, a portal's note) is followed closely by a line that is only
    a document type ("COMMUNIQUÉ DE PRESSE") and then a dateline: the type line's index."""
    opening = blocks[index]
    first = opening.lines[0].text if opening.lines else ""
    if len(opening.text) > _PASTED_NOTE_LENGTH or CONTACT_HEADING.match(first):
        return None  # (a press contact set first is the release's own)
    for at in range(index + 1, min(len(blocks), index + 1 + _PASTED_NOTE_BLOCKS)):
        block = blocks[at]
        if len(block.lines) != 1:
            continue
        if not type_line(strip_decoration(block.lines[0].text)):
            continue
        for below in blocks[at + 1 : at + 1 + _PASTED_HEADER_BLOCKS]:
            if below.lines and match_dateline(below.lines[0].text, None) is not None:
                return at
        return None
    return None


def _letterhead_line(text: str) -> bool:
    """A body's name or its department's, as a letterhead sets it over the type line (not a
    post's rubric or button in capitals: "À LIRE AUSSI")."""
    if DEPARTMENT_LINE.search(text) is not None:
        return True  # "Cabinet du préfet" under the name
    return issuer_like(text) and (
        ISSUER_WORDS.search(text) is not None or OFFICE.match(text) is not None
    )


# A post's or a portal's words before a pasted release are short, a few blocks; the
# release's type line has its dateline a few blocks below.
_PASTED_NOTE_LENGTH = 600
_PASTED_NOTE_BLOCKS = 3
_PASTED_HEADER_BLOCKS = 3


# What every match of `DOCUMENT_VIEWER` holds in lower case, a word of each of its signs: a
# line holding none of them is not searched (the pattern is tried at every position).
_VIEWER_WORDS = (
    "transcription",
    "charg",
    "signaler",
    "lire",
    "page",
    "vue",
    "ajout",
    "ligne",
    "visionneuse",
    "zoom",
    ".pdf",
)


def _past_document_viewer(draft: Draft, start: int) -> int:
    """Where a PDF's text starts under a document host's viewer: the host's name, the title
    its uploader gave, the counts and the buttons (``3 pages · 412 vues``, ``Télécharger le
    PDF``, ``Signaler ce document``), down to the last of their lines, then ``Transcription``
    or the release. Those blocks are furniture: the uploader's title is no headline, the host
    no issuer. Two kinds of viewer signs at least, near the top."""
    blocks = draft.blocks
    signs: set[str] = set()
    lines = 0  # the lines holding a sign
    last = None
    seen = 0
    for index in range(start, min(len(blocks), start + _VIEWER_BLOCKS)):
        for line in blocks[index].lines:
            text = line.text
            if len(text) > _VIEWER_LINE or text.rstrip().endswith("."):
                continue
            if not may_hold(text, _VIEWER_WORDS):
                continue  # no viewer sign in the line
            found = {m.lastgroup for m in DOCUMENT_VIEWER.finditer(text) if m.lastgroup}
            if found:
                signs |= found
                lines += 1
                last = index
        seen += len(blocks[index].text)
        if seen > _VIEWER_REACH:
            break
    # (a press room's "Télécharger le communiqué (PDF, 2 pages)" shows a download, a count of
    # pages and a file, never a host's own signs: its views, its report button, its uploader)
    spread = lines >= 2 or len(signs) > _VIEWER_SIGNS  # on two lines, or three signs on one
    if last is None or len(signs) < _VIEWER_SIGNS or not spread or not signs & _HOST_SIGNS:
        return start
    for claimed in range(start, last + 1):
        draft.roles[claimed] = Role.FURNITURE
    return last + 1


# A viewer's header: within this many blocks and characters of the top, lines this short,
# two kinds of signs at least.
_VIEWER_BLOCKS = 8
_VIEWER_REACH = 1200
_VIEWER_LINE = 200
_VIEWER_SIGNS = 2
# The signs only a document host shows (a site offering its own PDF shows none of them).
_HOST_SIGNS = frozenset(("transcription", "report", "read", "views", "uploaded", "viewer"))


def _past_covering_note(draft: Draft, start: int) -> int:
    """Where a release sent in an e-mail's body starts: an envelope (``De :``, ``Envoyé :``,
    ``À :``, ``Objet :``), a covering note and its sender's signature, then a rule line
    (``-----``) over the release. The envelope and the note are furniture: the subject is
    the e-mail's, the signature is no press contact."""
    blocks = draft.blocks
    if start >= len(blocks):
        return start
    envelope = [line for line in blocks[start].lines if _ENVELOPE_FIELD.match(line.text)]
    if len(envelope) < _ENVELOPE_FIELDS:
        return start
    for index in range(start + 1, min(len(blocks), start + _FORWARD_NOTE_BLOCKS)):
        if blocks[index].kind is BlockKind.RULE:
            for claimed in range(start, index + 1):
                draft.roles[claimed] = Role.FURNITURE
            return index + 1
        if _is_body(blocks[index], None) and len(blocks[index].text) > _NOTE_LENGTH:
            return start  # prose before any rule: the release is the e-mail's own text
    return start


# An e-mail's envelope shows at least this many fields; a covering note is short.
_ENVELOPE_FIELDS = 2
_NOTE_LENGTH = 400


def _past_forwarding_note(draft: Draft, start: int) -> int:
    """Where a forwarded release starts: after the note that forwards it and the envelope of
    the forwarded message ("---------- Message transféré ---------", "De : …", "Objet : …").
    The note and the envelope are furniture: kept, never the release's header."""
    blocks = draft.blocks
    note = 0  # the length of the note read so far
    for index in range(start, min(len(blocks), start + _FORWARD_NOTE_BLOCKS)):
        lines = blocks[index].lines
        if (
            index > start
            and note <= _FORWARD_NOTE_LENGTH
            and _packed_envelope(lines)
            and not any(map(_release_header, blocks[start:index]))
        ):
            # Outlook's forward: no marker, the original's envelope run into one line ("De :
            # … Envoyé : … À : … Objet : …") under the note and the forwarder's signature
            for claimed in range(start, index + 1):
                draft.roles[claimed] = Role.FURNITURE
            return index + 1
        note += len(blocks[index].text)
        at = next(
            (n for n, line in enumerate(lines) if FORWARDED_MARKER.fullmatch(line.text)), None
        )
        if at is None:
            continue
        last = index
        rest = lines[at + 1 :]
        text = draft.document.text
        if not rest and index + 1 < len(blocks):  # the envelope in the next block
            following = blocks[index + 1].lines
            if following and all(_envelope_line(text, line) for line in following):
                last = index + 1
        elif rest and not all(_envelope_line(text, line) for line in rest):
            return start  # the release itself follows the marker in its block: keep it
        for claimed in range(start, last + 1):
            draft.roles[claimed] = Role.FURNITURE
        return last + 1
    return start


def _packed_envelope(lines: tuple[Line, ...]) -> bool:
    """Whether ``lines`` are a message's envelope run together: a sender, a date and a
    subject field ("De : … Envoyé : … À : … Objet : …"), on one line or a few."""
    text = " ".join([line.text for line in lines[:_ENVELOPE_LINES]])
    # (the sender's field holds an address: a text without "@" is not searched)
    return (
        len(text) <= _ENVELOPE_LENGTH
        and "@" in text
        and all(field.search(text) for field in _PACKED_ENVELOPE_FIELDS)
    )


def _release_header(block: Block) -> bool:
    """Whether ``block`` holds a release's own header line (its type, its dateline): then the
    "De : … Objet : …" below it are the release's fields or a quoted e-mail, not the
    envelope of a forwarded one."""
    return any(
        DOC_TYPE.fullmatch(strip_decoration(line.text)) or match_dateline(line.text, None)
        for line in block.lines
    )


# An envelope run together: its sender with an address, when it was sent (Outlook's
# "Envoyé :", "Sent:"), its subject, each a field's label.
_PACKED_ENVELOPE_FIELDS = (
    re.compile(r"(?:^|\s)(?:de|from)\s*:[^\n]{0,120}?@", re.I),
    re.compile(r"(?:^|\s)(?:envoy[ée]|sent)\s*:", re.I),
    re.compile(r"(?:^|\s)(?:objet|subject)\s*:", re.I),
)
_ENVELOPE_LINES = 6
_ENVELOPE_LENGTH = 600
# A note forwarding a release is short.
_FORWARD_NOTE_LENGTH = 1000


def _envelope_line(text: str, line: Line) -> bool:
    """Whether ``line`` is a field of an envelope, read on its source line (a text's first
    lines may be cut into columns at a tab: "Sujet :" | "Communiqué – …")."""
    return _ENVELOPE_FIELD.match(source_line(text, line.span)) is not None


# How far down the note forwarding a release may run.
_FORWARD_NOTE_BLOCKS = 12
# A field of a forwarded message's envelope: "De : …", "Envoyé : …", "Objet : …", and
# Thunderbird's "Sujet :", "Pour :", "Copie à :".
_ENVELOPE_FIELD = re.compile(
    r"\s*(?:de|from|envoy[ée]|sent|date|objet|sujet|subject|[àa]|pour|to|cc|cci|bcc"
    r"|copie(?:\s+[àa])?|destinataires?|r[ée]pondre\s+[àa]|reply-to)\s*:",
    re.I,
)


def _is_body(block: Block, following: Block | None) -> bool:
    if block.kind in (BlockKind.HEADING, BlockKind.METADATA, BlockKind.RULE):
        return False
    first = block.lines[0].text if block.lines else ""
    if is_about_heading(first):
        return True
    if CONTACT_HEADING.match(first):
        # A contact block, not a "Service de presse" letterhead: it gives a way to reach someone.
        near = [line.text for b in (block, following) if b is not None for line in b.lines]
        return any(email_in(text) or phone_in(text) for text in near)
    glued = match_dateline(first, None, need_place=True)
    if glued is not None and glued.glued and glued.date is not None:
        if (
            glued.place is None
            and len(block.lines) == 1
            and title_after_date(block.lines[0], glued)
        ):
            return False  # "12 mars 2026 – Budget participatif : à vos idées !": a title
        # "Québec, le 7 avril 2021 – Le député…": the body starts here; "Publié le 03/04/2024
        # – Mis à jour le …" is a page's publication line, no dateline.
        return PUBLICATION_LABEL.match(first) is None
    text = block.text
    if block.emphasis is not None or is_consent_banner(text):
        return False  # a cookie banner's sentences are the site's, not the release's
    if (
        len(text) <= _NOTICE_LENGTH
        and may_hold(text, REPUBLICATION_NOTICE_WORDS)
        and REPUBLICATION_NOTICE.search(text)
    ):
        return False  # "ce texte est publié tel qu'il nous a été transmis": the portal's
    if (
        len(text) >= _SENTENCE_LENGTH
        and text.endswith((".", "!", "?"))
        and not text.endswith(("...", "…"))  # a page's copy cut short
        and word_count(text) >= 15
    ):
        return True  # a full sentence: headlines do not end with a full stop
    return len(text) > _BODY_LENGTH and _PROSE.search(text) is not None


# A complete sentence at least this long starts the body.
_SENTENCE_LENGTH = 100


# Prose: a sentence end followed by more text, or a final full stop.
_PROSE = re.compile(r"[.!?»…]\s+\S|[.!?»…]\s*$")


def _short_header(blocks: tuple[Block, ...]) -> int:
    """No long paragraph near the top: the header is what precedes the first sentence-like block."""
    for index, block in enumerate(blocks):
        if (
            block.kind in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
            and index > 0
            and (block.text.endswith((".", "!", "?", "»")) and word_count(block.text) > 12)
        ):
            return index
    return len(blocks)
