"""One release, every format: rendered into text, Markdown, HTML, DOCX, PDF and e-mail, each
parses back to the header, dateline and contacts of the Markdown original, field for field,
as far as the format carries them.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from communique import parse
from communique.testing import release_fields

from .conftest import SEED_FILES
from .renderers import blocks_of, to_docx, to_eml, to_html, to_pdf, to_text

# Releases written for this test (each a Markdown original), beside the two seeds.
GENERATED = {
    "prefecture": """\
PRÉFET DU FINISTÈRE

Communiqué de presse

Quimper, le 3 octobre 2023

# Vigilance orange aux vents violents sur le Finistère

Météo-France a placé le département en vigilance orange aux vents violents à partir de
mercredi 4 octobre 2023 à 16 heures. Des rafales de 110 à 130 km/h sont attendues sur le
littoral.

Le préfet appelle chacun à limiter ses déplacements et à ne pas s'approcher du littoral.

**Contact presse**

Yann Le Goff
pref-communication@finistere.gouv.fr
02 98 76 29 29
""",
    "cluster": """\
Communiqué de presse

Toulouse, le 14 juin 2022

## **Le pôle Aéro Sud lance un appel à projets pour les PME de la filière**

*Doté de 2 millions d'euros, l'appel à projets soutiendra dix projets de recherche portés par
des PME de la région.*

Les dossiers sont à déposer avant le 30 septembre 2022 sur le site du pôle. Un jury
d'industriels et de chercheurs choisira les lauréats en novembre.

- les projets doivent associer au moins une PME et un laboratoire ;
- le financement couvre jusqu'à 50 % des dépenses ;
- la durée des projets ne dépasse pas 24 mois.

**À propos du pôle Aéro Sud**

Le pôle Aéro Sud rassemble 400 entreprises et laboratoires de l'aéronautique.

**Contacts presse**

Sophie Bernard – 06 12 34 56 78 – sophie.bernard@aerosud.example
""",
}

SEEDS = {path.name: path.read_text(encoding="utf-8") for path in SEED_FILES}
RELEASES = {**SEEDS, **GENERATED}

Render = Callable[[str], "str | bytes"]


def _title(markdown: str) -> str:
    return str(parse(markdown, adapter="markdown").header.headline)


RENDERERS: dict[str, tuple[str, Render]] = {
    "text": ("release.txt", lambda md: to_text(blocks_of(md))),
    "markdown": ("release.md", lambda md: md),
    "html": ("release.html", lambda md: to_html(blocks_of(md), _title(md))),
    "docx": ("release.docx", lambda md: to_docx(blocks_of(md))),
    "pdf": ("release.pdf", lambda md: to_pdf(blocks_of(md))),
    "email": ("release.eml", lambda md: to_eml(blocks_of(md), _title(md))),
}

# Where the extraction steps, not the format, lose a field: each an expected failure with
# its reason, so a fix in the steps shows up as an unexpected pass.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
@pytest.mark.parametrize("name", sorted(RELEASES))
def test_release_survives_every_format(name: str, fmt: str, request: pytest.FixtureRequest) -> None:
    if (name, fmt) in KNOWN_GAPS:
        request.applymarker(pytest.mark.xfail(reason=KNOWN_GAPS[name, fmt], strict=True))
    markdown = RELEASES[name]
    expected = release_fields(parse(markdown, adapter="markdown"))
    filename, render = RENDERERS[fmt]
    release = parse(render(markdown), filename=filename)
    assert release.adapter == fmt  # chosen from content and file name
    assert release_fields(release) == expected


def test_formats_are_chosen_by_content_without_a_file_name() -> None:
    markdown = RELEASES["prefecture"]
    for fmt, (_, render) in RENDERERS.items():
        assert parse(render(markdown)).adapter == fmt


def test_the_originals_have_every_compared_field() -> None:
    """The oracle is not vacuous: each original has a headline, a dated dateline and a contact."""
    for name, markdown in RELEASES.items():
        fields = release_fields(parse(markdown, adapter="markdown"))
        assert fields["headline"], name
        assert fields["date"] is not None, name
        assert fields["contacts"], name
