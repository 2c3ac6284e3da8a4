"""The e-mail adapter: body part chosen, headers as hints, an attached release read."""

from __future__ import annotations

import datetime as dt
from email.message import EmailMessage

from communique import parse
from communique.adapters import email as email_adapter
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


# -- forwarded e-mails (message/rfc822 parts), nested (issue 15, item 1) ----------------

FORWARDED_RELEASE = """\
Communiqué de presse

Brest, le 14 mai 2024

Le port de commerce rouvre son quai après six mois de travaux

Le quai accueillera de nouveau les navires de commerce dès lundi, après la réfection de ses
défenses et de son éclairage.

Contact presse :
Yann Le Gall – yann.legall@port-exemple.fr – 02 98 00 00 00
"""


def _forwarding(depth: int, innermost: str = FORWARDED_RELEASE) -> str:
    """An e-mail forwarding an e-mail … ``depth`` times, each with its own short note."""
    message = (
        "From: Port de Brest <presse@port-exemple.fr>\nTo: redaction@journal.example\n"
        "Subject: Le quai rouvre\nContent-Type: text/plain; charset=utf-8\n\n" + innermost
    )
    for level in range(1, depth + 1):
        message = (
            f"From: relais{level}@journal.example\nTo: redaction@journal.example\n"
            f"Subject: TR: Le quai rouvre ({level})\nMIME-Version: 1.0\n"
            f'Content-Type: multipart/mixed; boundary="niveau{level}"\n\n'
            f"--niveau{level}\nContent-Type: text/plain; charset=utf-8\n\n"
            f"Pour info, transféré au niveau {level}.\n\n"
            f"--niveau{level}\nContent-Type: message/rfc822\n\n{message}\n--niveau{level}--\n"
        )
    return message


def test_a_forwarded_release_is_read_with_its_headers_before_a_short_note() -> None:
    release = parse(_forwarding(1), adapter="email")
    assert release.header.headline == (
        "Le port de commerce rouvre son quai après six mois de travaux"
    )
    assert release.date == dt.date(2024, 5, 14)
    assert [c.emails for c in release.contacts] == [("yann.legall@port-exemple.fr",)]
    assert "From: Port de Brest <presse@port-exemple.fr>" in release.text
    assert release.text.rstrip().endswith("Pour info, transféré au niveau 1.")
    assert _words(FORWARDED_RELEASE) <= _words(release.text)


def test_forwards_nested_past_the_limit_keep_every_text_with_a_diagnostic() -> None:
    depth = email_adapter.MAX_NESTED_DEPTH + 22
    release = parse(_forwarding(depth), adapter="email")
    for level in range(1, depth + 1):
        assert f"Pour info, transféré au niveau {level}." in release.text
    assert "Le port de commerce rouvre son quai après six mois de travaux" in release.text
    (flattened,) = [d for d in release.diagnostics if d.code == "nested-messages-flattened"]
    assert f"nests forwarded e-mails {depth} deep; below 8 levels" in flattened.message
    assert f"relais{depth - 8}@journal.example" in release.text  # headers down to the limit
    assert f"relais{depth - 9}@journal.example" not in release.text  # none below it
    assert _words(FORWARDED_RELEASE) <= _words(release.text)


def test_nesting_too_deep_for_the_mail_parser_still_keeps_the_text() -> None:
    release = parse(_forwarding(1200), adapter="email")
    assert "unreadable-part" in {d.code for d in release.diagnostics}  # read as raw text
    assert "Le port de commerce rouvre son quai après six mois de travaux" in release.text
    assert "Pour info, transféré au niveau 600." in release.text
    assert _words(FORWARDED_RELEASE) <= _words(release.text)


def _words(text: str) -> set[str]:
    return set(text.split())
