"""release.attachments: the files a release links, collected from every adapter's links."""

from __future__ import annotations

import importlib
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import PressRelease, parse
from communique.french.attachments import DOWNLOAD_WORDS, EXTENSIONS, KIND_WORDS, NOT_ATTACHMENTS
from communique.french.dates import fold
from communique.records import to_record
from communique.view import render_html, render_terminal

# (the module: ``communique.extract.attachments`` is also the name of its step function)
_step = importlib.import_module("communique.extract.attachments")

BODY = (
    "La préfecture présente le bilan de la campagne de prévention des risques liés aux fortes "
    "chaleurs, menée pendant tout l'été auprès des communes du département."
)

PAGE = f"""<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<base href="https://www.exemple.gouv.fr/presse/">
<title>Bilan de la campagne canicule</title></head>
<body><article>
<h1>Bilan de la campagne canicule</h1>
<p>Toulouse, le 3 septembre 2024</p>
<p>{BODY}</p>
<p><a href="cp-2024-09-03.pdf">Télécharger le communiqué (PDF, 245 Ko)</a></p>
<p><a href="/medias/dossier-canicule.zip">Dossier de <b>presse</b></a> ·
<a href="https://photos.exemple.fr/canicule-hd.jpg">Photo HD</a> ·
<a href="mailto:presse@exemple.gouv.fr">presse@exemple.gouv.fr</a> ·
<a href="#haut">Haut de page</a> · <a href="/agenda">Agenda</a></p>
</article></body></html>
"""


def test_an_html_page_gives_its_pdf_press_kit_and_photo_resolved_against_its_base() -> None:
    release = parse(PAGE)
    found = [(a.kind, a.url, a.text, a.resolved_url) for a in release.attachments]
    assert found == [
        ("pdf", "cp-2024-09-03.pdf", "Télécharger le communiqué (PDF, 245 Ko)",
         "https://www.exemple.gouv.fr/presse/cp-2024-09-03.pdf"),
        ("press-kit", "/medias/dossier-canicule.zip", "Dossier de presse",
         "https://www.exemple.gouv.fr/medias/dossier-canicule.zip"),
        ("image", "https://photos.exemple.fr/canicule-hd.jpg", "Photo HD",
         "https://photos.exemple.fr/canicule-hd.jpg"),
    ]  # fmt: skip
    for attachment in release.attachments:
        assert attachment.span is not None
        start, end = attachment.span
        assert attachment.text.split()[0] in release.text[start:end]


def test_a_canonical_link_is_the_base_when_the_page_has_no_base_tag() -> None:
    page = PAGE.replace(
        '<base href="https://www.exemple.gouv.fr/presse/">',
        '<link rel="canonical" href="https://www.exemple.gouv.fr/actualites/canicule.html">',
    )
    (pdf, *_rest) = parse(page).attachments
    assert pdf.resolved_url == "https://www.exemple.gouv.fr/actualites/cp-2024-09-03.pdf"


def test_markdown_links_and_pictures() -> None:
    text = (
        "# Bilan de la campagne canicule\n\nToulouse, le 3 septembre 2024\n\n"
        f"{BODY}\n\n[Télécharger le communiqué (PDF)](cp.pdf) · [Kit média](kit.zip) · "
        "[le site de la préfecture](https://www.exemple.gouv.fr)\n\n"
        "![Photo du préfet](img/prefet.jpg)\n"
    )
    found = [(a.kind, a.url, a.resolved_url) for a in parse(text).attachments]
    assert found == [("pdf", "cp.pdf", None), ("press-kit", "kit.zip", None),
                     ("image", "img/prefet.jpg", None)]  # fmt: skip


@pytest.mark.parametrize(
    ("target", "text", "kind"),
    [("cp.pdf", "Le communiqué", "pdf"), ("https://x.fr/d.pdf", "Dossier de presse", "press-kit"),
     ("https://x.fr/galerie", "Photos de l'événement", "image"),
     ("https://x.fr/doc", "Télécharger le rapport", "document"),
     ("visuels.zip", "Les visuels", "archive"), ("https://x.fr/agenda", "Agenda", None),
     ("mailto:a@b.fr", "a@b.fr", None), ("tel:+33153184100", "01 53 18 41 00", None)],
)  # fmt: skip
def test_what_a_link_is(target: str, text: str, kind: str | None) -> None:
    page = PAGE.replace('<a href="/agenda">Agenda</a>', f'<a href="{target}">{text}</a>')
    kinds = {a.url: a.kind for a in parse(page).attachments}
    assert kinds.get(target) == kind


def test_attachments_travel_through_json_records_and_views() -> None:
    release = parse(PAGE)
    data = json.loads(json.dumps(release.to_dict()))
    assert data["attachments"][0]["kind"] == "pdf"
    assert PressRelease.from_dict(data) == release
    assert to_record(release)["attachments"].startswith(
        "https://www.exemple.gouv.fr/presse/cp-2024-09-03.pdf | "
    )
    assert "[press-kit] Dossier de presse" in render_terminal(release, width=120)
    assert 'class="m m-attachment"' in render_html(release)


@given(
    st.sampled_from(("pdf", "jpg", "png", "zip", "docx", "xlsx", "pptx", "mp4", "mp3")),
    st.sampled_from(("", "https://www.exemple.gouv.fr/", "/medias/", "../")),
)
def test_every_file_link_is_an_attachment_of_its_kind(extension: str, prefix: str) -> None:
    kinds = {"pdf": "pdf", "jpg": "image", "png": "image", "zip": "archive",
             "docx": "document", "xlsx": "spreadsheet", "pptx": "presentation", "mp4": "video",
             "mp3": "audio"}  # fmt: skip
    target = f"{prefix}fichier-joint.{extension}"
    page = PAGE.replace('<a href="/agenda">Agenda</a>', f'<a href="{target}">Le fichier</a>')
    kinds_found = {a.url: a.kind for a in parse(page).attachments}
    assert kinds_found[target] == kinds[extension]


@pytest.mark.parametrize(
    "target", ["http://[x/doc.pdf", "https://[2001:db8::1/cp.pdf", "http://]/a.pdf"]
)
def test_a_link_no_url_parser_accepts_is_read_as_written(target: str) -> None:
    page = (
        "<html><body><h1>Un titre de communiqué</h1><p>Le texte du communiqué.</p>"
        f'<p><a href="{target}">Communiqué (PDF)</a></p></body></html>'
    )
    attachments = parse(page).attachments
    assert [a.url for a in attachments] == [target]


def _kind_reading_every_word(target: str, text: str) -> str | None:
    """`attachments._kind` as it read before the stems spared the words' scans."""
    if target.lower().startswith(NOT_ATTACHMENTS):
        return None
    lowered = text.lower()
    words = fold(text) if any(stem in lowered for stem in _step._STEMS) else lowered
    by_words = next((kind for word, kind in KIND_WORDS if word in words), None)
    if by_words == "press-kit":
        return by_words
    path = _step._path(target)
    extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if (by_file := EXTENSIONS.get(extension)) is not None:
        return by_file
    if by_words is not None and (
        any(word in words for word in DOWNLOAD_WORDS) or by_words in ("pdf", "image")
    ):
        return by_words
    if any(word in words for word in DOWNLOAD_WORDS) and text.strip() != target.strip():
        return "document"
    return None


def test_every_word_of_a_link_holds_a_stem() -> None:
    # (a text holding no stem is read by its target's file only)
    for word in (*(word for word, _ in KIND_WORDS), *DOWNLOAD_WORDS):
        assert any(stem in word for stem in _step._STEMS), word


@given(
    st.sampled_from(
        ("cp.pdf", "https://x.fr/d.PDF?v=2", "/m/kit.zip", "https://x.fr/galerie", "#haut",
         "mailto:a@b.fr", "visuels", "http://[x/doc.pdf", "rapport.docx", "https://x.fr/doc")
    ),
    st.lists(
        st.sampled_from(
            ("Télécharger", "TÉLÉCHARGEZ", "le", "rapport", "Dossier de presse", "dossier",
             "presse", "kit", "média", "Photo", "HD", "vidéo", "PDF", "Ko", "visuel", "image",
             "Podcast", "Version imprimable", "download", "Agenda", "ﬁchier", "ŒUVRE", "İ")
        ),
        max_size=5,
    ).map(" ".join),
)  # fmt: skip
def test_a_link_s_kind_is_read_as_before(target: str, text: str) -> None:
    assert _step._kind(target, text) == _kind_reading_every_word(target, text)
