"""Render one release (its Markdown block stream) into every input format the library reads.

The renderers write what real producers write: a press-room page with navigation, a cookie
banner and a footer around an ``<article>``; a Word file with styles, runs and numbering,
written with :mod:`zipfile` by hand; a PDF laid out by fpdf2 with a repeated page header
and page numbers; an e-mail with HTML and plain-text alternatives.
"""

from __future__ import annotations

import email.policy
import html
import io
import zipfile
from email.message import EmailMessage

from communique.adapters.markdown import MarkdownAdapter
from communique.blocks import Block, BlockKind, Document, Emphasis
from communique.source import load

__all__ = ["blocks_of", "to_docx", "to_eml", "to_html", "to_pdf", "to_text"]

_TEXT_KINDS = (
    BlockKind.HEADING,
    BlockKind.PARAGRAPH,
    BlockKind.LIST_ITEM,
    BlockKind.QUOTE,
    BlockKind.TABLE_ROW,
)


def blocks_of(markdown: str) -> Document:
    """The Markdown adapter's reading of ``markdown``."""
    return MarkdownAdapter().segment(load(markdown, max_input_bytes=10**7))


def _blocks(document: Document) -> list[Block]:
    return [b for b in document.blocks if b.kind in _TEXT_KINDS and b.lines]


def to_text(document: Document) -> str:
    """Plain text: one line per line, a blank line between blocks, bullets for list items."""
    out = []
    for block in _blocks(document):
        lines = [line.text for line in block.lines]
        if block.kind is BlockKind.LIST_ITEM:
            lines[0] = f"- {lines[0]}"
        out.append("\n".join(lines))
    return "\n\n".join(out) + "\n"


def _inline_html(text: str, emphasis: Emphasis | None) -> str:
    words = []
    for word in html.escape(text, quote=False).split(" "):
        if "@" in word and "." in word:
            address = word.rstrip(".,;")
            word = f'<a href="mailto:{address}">{word}</a>'
        words.append(word)
    body = " ".join(words)
    if emphasis is Emphasis.STRONG:
        return f"<strong>{body}</strong>"
    if emphasis is Emphasis.EM:
        return f"<em>{body}</em>"
    return body


def to_html(document: Document, title: str | None = None) -> str:
    """A press-room page: navigation, cookie banner, the release in ``<article>``, a footer."""
    parts = []
    in_list = False
    for block in _blocks(document):
        if block.kind is BlockKind.LIST_ITEM and not in_list:
            parts.append("<ul>")
            in_list = True
        elif block.kind is not BlockKind.LIST_ITEM and in_list:
            parts.append("</ul>")
            in_list = False
        inner = "<br>\n".join(_inline_html(line.text, line.emphasis) for line in block.lines)
        if block.kind is BlockKind.HEADING:
            parts.append(f"<h{block.level}>{inner}</h{block.level}>")
        elif block.kind is BlockKind.LIST_ITEM:
            parts.append(f"<li>{inner}</li>")
        elif block.kind is BlockKind.QUOTE:
            parts.append(f"<blockquote><p>{inner}</p></blockquote>")
        else:
            parts.append(f"<p>{inner}</p>")
    if in_list:
        parts.append("</ul>")
    head = f"<title>{html.escape(title)} - Salle de presse</title>" if title else ""
    return (
        '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8">'
        f"{head}</head><body>\n"
        '<header class="site-header"><nav><ul><li><a href="/">Accueil</a></li>'
        '<li><a href="/presse">Espace presse</a></li></ul></nav></header>\n'
        '<div id="cookie-banner">Ce site utilise des cookies. <button>Accepter</button></div>\n'
        '<div class="layout"><aside class="sidebar"><h2>Derniers communiqués</h2>'
        "<ul><li>Un autre communiqué du 3 janvier 2020</li></ul></aside>\n"
        "<article>\n" + "\n".join(parts) + "\n"
        '<div class="share-buttons">Partager : Facebook Twitter LinkedIn</div>\n'
        "</article></div>\n"
        '<section class="related-articles"><h2>À lire aussi</h2><p>Autre actualité</p></section>\n'
        "<footer><p>© 2024 Mentions légales - Plan du site</p></footer>\n</body></html>\n"
    )


_W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


_RUN_PROPERTIES = {Emphasis.STRONG: "<w:rPr><w:b/></w:rPr>", Emphasis.EM: "<w:rPr><w:i/></w:rPr>"}
_PDF_STYLES = {Emphasis.STRONG: "B", Emphasis.EM: "I"}


def _docx_run(text: str, emphasis: Emphasis | None) -> str:
    properties = _RUN_PROPERTIES[emphasis] if emphasis else ""
    escaped = html.escape(text, quote=False)
    return f'<w:r>{properties}<w:t xml:space="preserve">{escaped}</w:t></w:r>'


def _docx_paragraph(block: Block) -> str:
    runs = "<w:r><w:br/></w:r>".join(_docx_run(line.text, line.emphasis) for line in block.lines)
    if block.kind is BlockKind.HEADING:
        style = f'<w:pPr><w:pStyle w:val="Titre{block.level}"/></w:pPr>'
    elif block.kind is BlockKind.LIST_ITEM:
        style = (
            '<w:pPr><w:pStyle w:val="Paragraphedeliste"/>'
            '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        )
    else:
        style = ""
    return f"<w:p>{style}{runs}</w:p>"


def to_docx(document: Document, footer: str | None = None) -> bytes:
    """A Word document: French-named heading styles, bold/italic runs, numbered lists."""
    body = "".join(_docx_paragraph(block) for block in _blocks(document))
    footer_ref = '<w:footerReference w:type="default" r:id="rIdFooter1"/>' if footer else ""
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W_NS}" xmlns:r="{_R_NS}"><w:body>{body}'
        f"<w:sectPr>{footer_ref}</w:sectPr></w:body></w:document>"
    )
    styles = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W_NS}">'
        + "".join(
            f'<w:style w:type="paragraph" w:styleId="Titre{n}"><w:name w:val="heading {n}"/>'
            "</w:style>"
            for n in range(1, 7)
        )
        + '<w:style w:type="paragraph" w:styleId="Paragraphedeliste">'
        '<w:name w:val="List Paragraph"/></w:style></w:styles>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/styles" Target="styles.xml"/>'
        + (
            '<Relationship Id="rIdFooter1" Type="http://schemas.openxmlformats.org/'
            'officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            if footer
            else ""
        )
        + "</Relationships>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Override PartName="/word/document.xml" ContentType="'
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
            '"/></Types>',
        )
        archive.writestr("word/document.xml", xml)
        archive.writestr("word/styles.xml", styles)
        archive.writestr("word/_rels/document.xml.rels", rels)
        if footer:
            paragraphs = "".join(
                f"<w:p>{_docx_run(line, None)}</w:p>" for line in footer.split("\n")
            )
            archive.writestr("word/footer1.xml", f'<w:ftr xmlns:w="{_W_NS}">{paragraphs}</w:ftr>')
    return buffer.getvalue()


def to_pdf(document: Document, letterhead: str = "RÉPUBLIQUE FRANÇAISE") -> bytes:
    """A PDF (fpdf2, Windows-1252 core fonts): a letterhead and a page number on every page."""
    from fpdf import FPDF

    class _Pdf(FPDF):  # type: ignore[misc]
        def header(self) -> None:
            self.set_font("helvetica", size=8)
            self.cell(0, 5, letterhead, new_x="LMARGIN", new_y="NEXT")
            self.ln(4)

        def footer(self) -> None:
            self.set_y(-12)
            self.set_font("helvetica", size=8)
            self.cell(0, 5, f"Page {self.page_no()}", align="C")

    pdf = _Pdf()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_page()
    for block in _blocks(document):
        for line in block.lines:
            style = _PDF_STYLES[line.emphasis] if line.emphasis else ""
            size = 14 if block.kind is BlockKind.HEADING else 10
            pdf.set_font("helvetica", style=style, size=size)
            prefix = "- " if block.kind is BlockKind.LIST_ITEM else ""
            pdf.multi_cell(0, 5, prefix + line.text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    return bytes(pdf.output())


def to_eml(document: Document, subject: str, date: str = "Tue, 12 Mar 2024 09:30:00 +0100") -> str:
    """An e-mail with a plain-text and an HTML alternative, as a mail client saves it."""
    message = EmailMessage(policy=email.policy.SMTP)
    message["From"] = "Service de presse <presse@exemple.gouv.fr>"
    message["To"] = "redaction@journal.example"
    message["Subject"] = f"Communiqué de presse : {subject}"
    message["Date"] = date
    message.set_content(to_text(document))
    fragment = to_html(document)
    start, end = fragment.index("<article>"), fragment.index("</article>")
    message.add_alternative(
        f"<html><body>{fragment[start:end]}</article></body></html>", subtype="html"
    )
    return message.as_string()
