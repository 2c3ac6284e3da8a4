"""The e-mail adapter: body part chosen, headers as hints, an attached release read."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from communique import parse
from communique.blocks import BlockKind

from .renderers import blocks_of, to_docx, to_eml, to_pdf

RELEASE = """\
Communiqué de presse

Dijon, le 20 septembre 2023

# Les Journées du patrimoine ont attiré 40 000 visiteurs

Le bilan de l'édition 2023 est le meilleur depuis dix ans.

**Contact presse**

Hugo Lambert
hugo.lambert@dijon.example
03 80 00 00 00
"""


def _message(subject: str = "TR: CP - Bilan des Journées du patrimoine") -> EmailMessage:
    message = EmailMessage()
    message["From"] = "Mairie de Dijon <presse@dijon.example>"
    message["To"] = "redaction@journal.example"
    message["Subject"] = subject
    message["Date"] = "Thu, 21 Sep 2023 08:15:00 +0200"
    return message


def test_the_html_part_is_read_and_headers_are_kept_as_metadata() -> None:
    release = parse(to_eml(blocks_of(RELEASE), "Les Journées du patrimoine"))
    assert release.adapter == "email"
    assert release.header.headline == "Les Journées du patrimoine ont attiré 40 000 visiteurs"
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2023, 9, 20)  # the text wins over the Date header
    assert [c.name for c in release.contacts] == ["Hugo Lambert"]


def test_subject_date_and_sender_are_hints() -> None:
    from communique.adapters.email import EmailAdapter
    from communique.source import load

    message = _message()
    message.set_content("Bonjour,\n\nLe bilan est très positif.\n")
    document = EmailAdapter().segment(load(message.as_string(), max_input_bytes=10**6))
    assert document.metadata.title == "Bilan des Journées du patrimoine"  # a short body
    assert document.metadata.date == dt.date(2023, 9, 21)
    assert document.metadata.author == "Mairie de Dijon"
    assert document.blocks[0].kind is BlockKind.METADATA
    assert document.blocks[0].lines[0].text == "From: Mairie de Dijon <presse@dijon.example>"


def test_an_attached_docx_release_is_read_after_a_covering_note() -> None:
    message = _message()
    message.set_content("Bonjour,\n\nVeuillez trouver ci-joint notre communiqué.\n")
    message.add_attachment(
        to_docx(blocks_of(RELEASE)),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename="cp.docx",
    )
    release = parse(message.as_bytes(), filename="message.eml")
    assert release.header.headline == "Les Journées du patrimoine ont attiré 40 000 visiteurs"
    assert [c.emails for c in release.contacts] == [("hugo.lambert@dijon.example",)]


def test_an_attached_pdf_release_is_read() -> None:
    message = _message()
    message.set_content("Bonjour, ci-joint le communiqué.\n")
    message.add_attachment(
        to_pdf(blocks_of(RELEASE)), maintype="application", subtype="pdf", filename="cp.pdf"
    )
    release = parse(message.as_string())
    assert release.adapter == "email"
    assert release.header.headline == "Les Journées du patrimoine ont attiré 40 000 visiteurs"
