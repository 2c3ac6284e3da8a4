"""E-mail releases (.eml, RFC 5322 with MIME), read with the standard library.

Rules:

* The body is the HTML part if there is one (read by the HTML adapter), else the plain-text
  part (read like plain text). When the body is short (a covering note, under
  `COVER_NOTE_CHARS` characters) and a PDF or DOCX is attached, the attachment is the
  release: its blocks come first and the covering note follows.
* The main headers (From, To, Date, Subject) become a METADATA block at the top, so they are
  kept but never read as the release's text.
* ``Subject`` (without ``Re:``/``Fwd:``/``TR:`` prefixes or a leading ``Communiqué de presse :``)
  is the title hint: the body line it starts, or the subject itself when the body is only a
  couple of blocks (otherwise the text's own headline is left to the header step). ``Date``
  is the date hint and ``From`` (its display name, else its address) the author hint, in
  [`Metadata`][communique.blocks.Metadata].
* Every call into the standard library's e-mail parser runs behind
  `foreign_parser`: a header it cannot read is left out, a body
  it cannot decode is read as the raw text after the headers, and an attachment that cannot
  be read (damaged, encrypted, too large) is left out; each with an ``unreadable-part``
  diagnostic. An e-mail is text, so it always parses.
"""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from email.message import EmailMessage, Message
from functools import partial
from typing import ClassVar, TypeVar

import attrs

from .. import diagnostics
from ..blocks import BlockKind, Document, Metadata, collapse
from ..exceptions import CommuniqueError, foreign_parser
from ..models import Diagnostic
from ..source import Source
from . import BaseAdapter
from ._render import Builder, RecordLine
from .html import render_html

__all__ = ["COVER_NOTE_CHARS", "EmailAdapter"]

#: A body shorter than this, with a PDF or DOCX attached, is a covering note.
COVER_NOTE_CHARS = 600

_HEADER_LINE = re.compile(r"([A-Za-z][A-Za-z0-9-]{0,40}):[ \t]")
_MAIL_HEADERS = frozenset(
    (
        "from",
        "to",
        "cc",
        "subject",
        "date",
        "mime-version",
        "content-type",
        "received",
        "return-path",
        "message-id",
        "reply-to",
        "delivered-to",
        "x-mailer",
        "sender",
        "objet",
        "de",
        "à",
    )
)
# A reply/forward prefix, or a "this is a press release" prefix, at the start of a subject.
_SUBJECT_PREFIX = re.compile(
    r"(?:(?:re|fwd?|tr|transf|réf|ref)\s?:"
    r"|\[?(?:cp|communiqué de presse|communique de presse|info presse)\]?\s?[:–-])\s*",
    re.I,
)
_T = TypeVar("_T")
_DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class EmailAdapter(BaseAdapter):
    """E-mails saved as .eml files (or pasted with their headers).

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "email"
    media_types: ClassVar[tuple[str, ...]] = ("message/rfc822",)
    extensions: ClassVar[tuple[str, ...]] = (".eml", ".mht", ".mhtml")

    def sniff(self, source: Source) -> float:
        if source.data is not None:
            return 0.0
        seen = set()
        for line in source.text[:8192].split("\n", 60)[:60]:
            if not line.strip():
                break
            match = _HEADER_LINE.match(line)
            if match:
                seen.add(match.group(1).lower())
            elif not line[:1].isspace():
                return 0.0  # not a header block
        known = len(seen & _MAIL_HEADERS)
        if known >= 3 or (known >= 2 and {"from", "subject"} <= seen):
            return 0.9
        return 0.0

    def segment(self, source: Source) -> Document:
        found: list[Diagnostic] = []
        message = _read(
            lambda: email.message_from_string(source.text, policy=email.policy.default),
            "the e-mail",
            found,
        )
        if message is None:  # not even its headers could be read: the text as it is
            builder = Builder()
            builder.add_text(BlockKind.PARAGRAPH, source.text)
            return builder.document(diagnostics=tuple(found))
        builder = Builder()
        headers = [
            f"{name}: {value}"
            for name in ("From", "To", "Date", "Subject")
            if (value := _read(partial(_header, message, name), name, found))
        ]
        builder.add(BlockKind.METADATA, [RecordLine(line) for line in headers])
        body, metadata = _body(message, source.text, found)
        attachment = _attachment(message, found)
        note_length = sum(len(line.text) for record in body.records for line in record.lines)
        if attachment is not None and note_length < COVER_NOTE_CHARS:
            builder.include(attachment)
            builder.extend(body.records)
        else:
            builder.extend(body.records)
        builder.diagnostics.extend(body.diagnostics)
        hints = _read(lambda: _hints(message, metadata), "the e-mail's headers", found)
        hints = hints or metadata
        document = builder.document(attrs.evolve(hints, title=_title(hints.title, builder)))
        return attrs.evolve(document, diagnostics=(*document.diagnostics, *found))


def _read(call: Callable[[], _T], where: str, found: list[Diagnostic]) -> _T | None:
    """``call()``, the e-mail parser's work, behind the library's boundary: what it raises is
    an ``unreadable-part`` diagnostic naming ``where``, and ``None``."""
    try:
        with foreign_parser(where):
            return call()
    except CommuniqueError as error:
        found.append(diagnostics.make("unreadable-part", f"{error}; it was left out"))
        return None


def _header(message: Message, name: str) -> str:
    return collapse(str(message.get(name) or ""))


def _raw_body(text: str) -> Builder:
    """The text after the header block, read like plain text."""
    builder = Builder()
    _, _, body = text.partition("\n\n")
    for chunk in re.split(r"\n[ \t]*\n", body):
        builder.add_text(BlockKind.PARAGRAPH, chunk)
    return builder


def _body(message: Message, text: str, found: list[Diagnostic]) -> tuple[Builder, Metadata]:
    """The body's blocks: the e-mail parser's work behind the boundary, ours outside it."""
    read = _read(partial(_body_content, message), "the e-mail's body", found)
    if read is None:
        return _raw_body(text), Metadata()
    content, subtype = read
    if content is None:
        return Builder(), Metadata()
    if subtype == "html":
        return render_html(content)
    builder = Builder()
    for chunk in re.split(r"\n[ \t]*\n", content.replace("\r\n", "\n")):
        builder.add_text(BlockKind.PARAGRAPH, chunk)
    return builder, Metadata()


def _body_content(message: Message) -> tuple[str | None, str]:
    """The body part's text and subtype (``html``, ``plain``), or ``None`` without one."""
    part = (
        message.get_body(preferencelist=("html", "plain"))
        if isinstance(message, EmailMessage)
        else None
    )
    if part is None:
        return None, ""
    return _content(part), part.get_content_subtype()


def _content(part: Message) -> str:
    raw = part.get_payload()
    encoding = str(part.get("Content-Transfer-Encoding") or "").strip().lower()
    if isinstance(raw, str) and not raw.isascii() and encoding in ("", "7bit", "8bit", "binary"):
        # The e-mail came as text, so an unencoded body is already decoded; the e-mail
        # package would encode it to ASCII and decode it again, turning "é" into U+FFFD.
        return raw
    try:
        value = part.get_content() if isinstance(part, EmailMessage) else part.get_payload()
    except (LookupError, ValueError, AssertionError):
        payload = part.get_payload(decode=True)
        value = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value if isinstance(value, str) else ""


def _attachment(message: Message, found: list[Diagnostic]) -> Builder | None:
    """The blocks of the first PDF or DOCX attached; one that cannot be read is left out."""
    attached = _read(partial(_attached_release, message), "the e-mail's attachments", found)
    if attached is None:
        return None
    kind, payload = attached
    try:
        if kind == "pdf":
            from .pdf import render_pdf

            return render_pdf(payload)
        from .docx import render_docx

        return render_docx(payload)
    except CommuniqueError as error:
        note = f"the attached {kind.upper()}: {error}; it was left out"
        found.append(diagnostics.make("unreadable-part", note))
        return None


def _attached_release(message: Message) -> tuple[str, bytes] | None:
    """``("pdf" | "docx", bytes)`` of the first attachment that may be the release."""
    if not isinstance(message, EmailMessage):
        return None
    for part in message.iter_attachments():
        kind = part.get_content_type()
        filename = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            continue
        if kind == "application/pdf" or filename.endswith(".pdf"):
            return "pdf", payload
        if kind == _DOCX_TYPE or filename.endswith(".docx"):
            return "docx", payload
    return None


def _title(subject: str | None, builder: Builder) -> str | None:
    """The subject as a title hint: the body line it abbreviates, else itself for a short body.

    The header step takes a metadata title as the headline, so a subject that matches no line
    of a real release ("Bilan" for a release titled otherwise) must not replace its headline.
    """
    if not subject:
        return None
    wanted = subject.casefold()
    records = [r for r in builder.records if r.kind is not BlockKind.METADATA]
    for record in records:
        for line in record.lines:
            if line.text.casefold().startswith(wanted):
                return line.text
    return subject if len(records) < 3 else None


def _hints(message: Message, body: Metadata) -> Metadata:
    subject = collapse(str(message.get("Subject", "") or ""))
    for _ in range(5):
        prefix = _SUBJECT_PREFIX.match(subject)
        if prefix is None or not prefix.end():
            break
        subject = subject[prefix.end() :]
    title = collapse(subject) or None
    date = None
    author = None
    try:
        moment = getattr(message.get("Date"), "datetime", None)
        date = moment.date() if moment is not None else None
        addresses = getattr(message.get("From"), "addresses", ())
        if addresses:
            author = addresses[0].display_name or addresses[0].addr_spec or None
    except (TypeError, ValueError, LookupError, AttributeError, OverflowError):
        pass  # a malformed header is no hint
    return Metadata(
        title=body.title or title,
        date=body.date or date,
        lede=body.lede,
        author=body.author or author,
    )
