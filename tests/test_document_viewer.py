"""A PDF's text read through a document host's viewer (doczz, calameo, yumpu, an investor
site's viewer): the host's header is furniture, the release starts under it."""

from __future__ import annotations

import pytest

from communique import parse
from communique.models import SectionKind

_RELEASE = (
    "RÉGION NORMANDIE\n\nCOMMUNIQUÉ DE PRESSE\n\nCaen, le 4 juin 2026\n\n"
    "Pêche : la Région ouvre un fonds de 12 millions d'euros pour moderniser les navires\n\n"
    "La Région Normandie ouvre un fonds de 12 millions d'euros pour aider les armateurs à "
    "remplacer les moteurs de leurs navires par des motorisations moins émettrices. Les "
    "dossiers sont déposés auprès de l'agence régionale jusqu'au 30 septembre 2026, et les "
    "premières aides seront versées avant la fin de l'année.\n"
)
_HEADLINE = "Pêche : la Région ouvre un fonds de 12 millions d'euros pour moderniser les navires"

VIEWER_HEADERS = [
    # a host's name, the uploader's title, counts and buttons, then "Transcription"
    "doczz.example.com\nRégion Normandie – CP fonds pêche\n3 pages · 412 vues · Ajouté par "
    "presse_normandie\nTélécharger le PDF    Signaler ce document\n\nTranscription\n\n",
    "calameo.example.com › Institutions\nCP fonds pêche 2026\nMis en ligne le 05/06/2026 par "
    "presse · 2 pages · PDF · 88 Ko\n[ Lire en plein écran ]   [ Télécharger ]\n\n",
    "Région Normandie – Publications\nVisionneuse : CP_peche_2026.pdf\nPage 1 / 3   ‹ ›   "
    "Zoom 100 %   Télécharger le PDF\n\n",
    "# Région Normandie – CP fonds pêche – juin 2026\n\n*Publié le 5 juin 2026 · PDF · 2 pages"
    "*\n\n[Télécharger le PDF](https://docs.example.org/cp.pdf) · [Signaler ce document]"
    "(https://docs.example.org/signaler)\n\n---\n\n## Transcription\n\n",
]


@pytest.mark.parametrize("header", VIEWER_HEADERS)
def test_a_document_host_s_header_is_furniture(header: str) -> None:
    release = parse(header + _RELEASE)
    assert release.headline == _HEADLINE
    assert [issuer.name for issuer in release.header.issuers] == ["RÉGION NORMANDIE"]
    assert release.sections[0].kind is SectionKind.FURNITURE


@pytest.mark.parametrize(
    "title",
    [
        # one sign alone: a title about a PDF's pages, or about a transcription
        "Le rapport de 3 pages que la Région publie sur la pêche",
        "Transcription de la directive : la Région se prépare",
    ],
)
def test_one_viewer_word_is_no_host_s_header(title: str) -> None:
    text = (
        f"RÉGION NORMANDIE\n\n{title}\n\nCaen, le 4 juin 2026\n\n" + _RELEASE.split("\n\n", 4)[-1]
    )
    assert parse(text).headline == title


def test_the_host_s_similar_documents_under_the_text_sign_nothing() -> None:
    text = (
        VIEWER_HEADERS[0] + _RELEASE + "\nPage 2\n\nDocuments similaires\n"
        "Motion AG 2026 – Fédération des pêcheurs.pdf\nEnquête énergie octobre 2026.pdf\n"
    )
    release = parse(text)
    assert [issuer.name for issuer in release.header.issuers] == ["RÉGION NORMANDIE"]


def test_a_press_room_s_own_pdf_link_is_no_viewer() -> None:
    # a download, a count of pages, a file: none of them a host's own sign
    text = (
        "Ville de Lyon\n\nCommuniqué de presse\n\nUn nouveau centre de secours à Vaise\n\n"
        "Télécharger le communiqué (PDF, 2 pages)\ncp-vaise.pdf\n\nLyon, le 3 mars 2026 – La "
        "Ville ouvre un centre de secours dans le 9e arrondissement, avec quarante pompiers.\n"
    )
    release = parse(text)
    assert release.headline == "Un nouveau centre de secours à Vaise"
    assert [issuer.name for issuer in release.header.issuers] == ["Ville de Lyon"]
