"""Metadata dialects of the sites that publish releases: every key a press room writes.

Static-site generators put a release's title and date in front matter under many names
(Jekyll and Hugo ``date``, Astro ``pubDate``, Eleventy ``published``, CMS exports
``publication_date``…); Pelican and MultiMarkdown write unfenced ``Title:`` / ``Date:``
lines. Each dialect gives the same headline and date; an edit date is never the release's.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.adapters import markdown
from communique.blocks import collapse

ROOT = Path(__file__).resolve().parent.parent

TITLE = "Un nouveau centre de santé ouvre à Vierzon"
BODY = (
    "Le centre accueillera dès lundi les patients de six communes, avec quatre médecins "
    "généralistes, deux infirmières et un service de téléconsultation ouvert le samedi matin."
)
DATE = dt.date(2024, 3, 12)
DATE_KEYS = (
    "date",
    "Date",
    "published",
    "publishDate",
    "publish_date",
    "pubDate",
    "published_at",
    "publishedAt",
    "date_publication",
    "publication_date",
    "datePublished",
    "created",
    "posted_on",
    "posted",
    "published_on",
    "date_de_mise_en_ligne",
)
# How a front-matter value writes the date (YAML reads the ISO form as a date itself).
# (Hugo writes the offset without its colon, which YAML leaves a string.)
DATE_VALUES = (
    "2024-03-12",
    "2024-03-12T09:30:00+01:00",
    "2024-03-12T09:30:00+0100",
    '"12/03/2024"',
    '"12 mars 2024"',
)


@given(key=st.sampled_from(DATE_KEYS), value=st.sampled_from(DATE_VALUES))
def test_every_front_matter_date_key_dates_the_release(key: str, value: str) -> None:
    release = parse(f"---\ntitle: {TITLE}\n{key}: {value}\n---\n\n{BODY}\n")
    assert release.headline == TITLE
    assert release.date == DATE


@given(
    key=st.sampled_from([key for key in DATE_KEYS if key.lower() != "published"]),
    flag=st.sampled_from(["true", "false", "yes", "1"]),
    flag_first=st.booleans(),
)
def test_a_published_flag_does_not_hide_the_date_under_another_key(
    key: str, flag: str, flag_first: bool
) -> None:
    # Jekyll's ``published: true`` says whether the post is shown, not when it was.
    lines = [f"published: {flag}", f"{key}: 2024-03-12"]
    front = "\n".join(lines if flag_first else lines[::-1])
    release = parse(f"---\ntitle: {TITLE}\n{front}\n---\n\n{BODY}\n")
    assert release.date == DATE


@pytest.mark.parametrize("key", ["lastmod", "updated", "modified"])
def test_an_edit_date_is_not_the_release_date(key: str) -> None:
    release = parse(f"---\ntitle: {TITLE}\n{key}: 2024-04-01\n---\n\n{BODY}\n")
    assert release.date is None


PELICAN_KEYS = (
    "Category: Communiqués",
    "Tags: santé, Vierzon",
    "Slug: centre-sante-vierzon",
    "Author: Ville de Vierzon",
    "Authors: Service communication",
    "Summary: Un centre de santé ouvre.",
    "Modified: 2024-03-20",
    "Status: published",
    "Lang: fr",
)


@given(extra=st.lists(st.sampled_from(PELICAN_KEYS), max_size=4, unique=True))
def test_pelican_and_multimarkdown_header_lines_are_metadata(extra: list[str]) -> None:
    lines = [f"Title: {TITLE}", "Date: 2024-03-12 10:20", *extra]
    release = parse("\n".join(lines) + f"\n\n{BODY}\n")
    assert release.headline == TITLE
    assert release.date == DATE
    assert "Title:" not in " ".join(s.heading or "" for s in release.sections)


# -- the C loader reads front matter as the pure-Python one does ---------------------------------

FRONT_MATTER_FIXTURES = sorted(
    path
    for folder in (ROOT / "seeds", ROOT / "tests")
    for path in folder.rglob("*.md")
    if path.read_text("utf-8", errors="replace").startswith("---\n")
)
TRICKY_FRONT_MATTER = (
    "title: « Un titre » : avec deux-points\ndate: 2024-03-12\n",
    "date: 2024-03-12T10:30:00+01:00\nupdated: 12/03/2024\nweight: 007\nid: 0x1F\n",
    "big: " + "9" * 150 + "\nfloat: 1.5e3\nyes: yes\nnull: ~\n",
    "chapo: >\n  Une ligne\n  repliée\ncontacts:\n  - nom: Élise\n    tel: '01 02 03 04 05'\n",
    "base: &a {x: 1, y: [1, 2]}\ncopy: *a\nlist: [a, 'b', \"c\\u00e9\"]\n",
    "categories:\n  - Communiqués\n  - Presse\ntags: [été, 2024]\n",
)


def _front_matters() -> list[str]:
    found = [
        path.read_text("utf-8").split("\n---", 1)[0].removeprefix("---\n")
        for path in FRONT_MATTER_FIXTURES
    ]
    return found + list(TRICKY_FRONT_MATTER)


def test_the_front_matter_fixtures_are_found() -> None:
    assert len(FRONT_MATTER_FIXTURES) >= 5


def _read(load: Callable[[], object]) -> tuple[str, object]:
    """What a loader gives: its value, or the class of the error it raises."""
    try:
        return "value", load()
    except yaml.YAMLError as error:
        return "error", type(error)


@pytest.mark.parametrize("content", _front_matters())
def test_libyaml_reads_a_front_matter_as_the_pure_python_loader(content: str) -> None:
    class PurePythonLoader(yaml.SafeLoader):
        """The front-matter loader's constructors on PyYAML's pure-Python parser."""

    PurePythonLoader.add_constructor("tag:yaml.org,2002:timestamp", markdown._yaml_text)
    PurePythonLoader.add_constructor("tag:yaml.org,2002:int", markdown._yaml_int)
    assert _read(lambda: markdown._read_yaml(content)) == _read(
        lambda: yaml.load(content, Loader=PurePythonLoader)
    )


def test_the_front_matter_loader_uses_libyaml_when_pyyaml_has_it() -> None:
    assert issubclass(markdown._FrontMatterLoader, yaml.CSafeLoader) == yaml.__with_libyaml__


@given(st.text(st.sampled_from("abcéÉ Z.,;:-+#=~|%$@{}()'’«»?/\t\u00a0\u202f0123456789")))
def test_a_front_matter_value_without_markup_reads_as_tokenised(value: str) -> None:
    # The reader skips markdown-it for a value holding nothing Markdown would read.
    for blocks in (False, True):
        tokenised = "".join(
            child.content
            for token in (
                markdown._PARSER.parse(value) if blocks else markdown._PARSER.parseInline(value)
            )
            if token.type == "inline"
            for child in markdown._children(token)
            if child.type == "text"
        )
        if markdown._MARKUP_IN_VALUE.search(value) is None:
            assert collapse(markdown._markdown_text(value, blocks=blocks)) == collapse(tokenised)


@given(
    st.sampled_from(
        [
            "Travaux du pont : circulation alternée pendant trois semaines",
            "Santé : un centre ouvre à Vierzon",
            "Budget 2024 : 12 M€ pour les écoles",
        ]
    ),
    st.sampled_from(["Authors", "Author", "Auteur"]),
)
def test_a_pelican_value_may_hold_a_colon(title: str, author_key: str) -> None:
    """Pelican reads "Key: value" to the end of the line; YAML refuses the second colon, and
    the whole header used to be lost."""
    lines = [
        f"Title: {title}",
        "Date: 2024-03-12 10:20",
        f"{author_key}: Ville de Vierzon",
        "Summary: Un centre de santé ouvre : il accueille ses premiers patients lundi.",
    ]
    release = parse("\n".join(lines) + f"\n\n{BODY}\n")
    assert release.headline == title
    assert release.date == DATE
    assert (
        release.header.lede
        == "Un centre de santé ouvre : il accueille ses premiers patients lundi."
    )
    assert [issuer.name for issuer in release.header.issuers] == ["Ville de Vierzon"]
    assert not [d for d in release.diagnostics if d.code == "invalid-front-matter"]


def test_flat_page_yaml_lines_are_read_as_yaml() -> None:
    """Flask-FlatPages reads its unfenced lines as YAML: a quoted title loses its quotes."""
    release = parse(f'title: "{TITLE}"\ndate: 2024-03-12\nauthor: Ville de Vierzon\n\n{BODY}\n')
    assert release.headline == TITLE


# -- metadata kept in an HTML comment at the top ---------------------------------------------


@given(key=st.sampled_from(DATE_KEYS), value=st.sampled_from(DATE_VALUES))
def test_title_and_date_lines_in_a_leading_comment_are_metadata(key: str, value: str) -> None:
    release = parse(f"<!--\ntitle: {TITLE}\n{key}: {value}\n-->\n\n{BODY}\n", filename="cp.md")
    assert release.headline == TITLE
    assert release.date == DATE
    assert not any("title:" in b.text for section in release.sections for b in section.blocks)


def test_a_one_line_comment_can_hold_the_date() -> None:
    release = parse(f"<!-- date: 2024-03-12 -->\n# {TITLE}\n\n{BODY}\n", filename="cp.md")
    assert release.date == DATE
    assert release.headline == TITLE


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- TODO: relire le chapô avant envoi -->",  # a note with a colon, no title or date
        "<!--\nÀ relire avant publication\ndate: 2024-03-12\n-->",  # not only key lines
        "<!-- Titre : à valider par le cabinet -->",
    ],
)
def test_any_other_leading_comment_is_not_metadata(comment: str) -> None:
    release = parse(f"{comment}\n\n# {TITLE}\n\n{BODY}\n", filename="cp.md")
    assert release.date is None
    assert release.headline == TITLE


JBAKE_KEYS = ("type=post", "tags=presse, santé", "status=published", "author=Service presse")


@given(
    extra=st.lists(st.sampled_from(JBAKE_KEYS), max_size=4, unique=True),
    tildes=st.booleans(),
    date_value=st.sampled_from(("2024-03-12", "2024-03-12T09:30:00", "12/03/2024")),
)
def test_jbake_key_equals_value_lines_are_metadata(
    extra: list[str], tildes: bool, date_value: str
) -> None:
    header = "\n".join([f"title={TITLE}", f"date={date_value}", *extra])
    closing = "~~~~~~\n" if tildes else ""
    release = parse(f"{header}\n{closing}\n{BODY}\n", filename="release.md")
    assert release.headline == TITLE
    assert release.date == DATE
    assert all(
        not block.text.startswith(("title=", "date="))
        for s in release.sections
        for block in s.blocks
    )


def test_equals_lines_naming_no_title_nor_date_and_no_tildes_stay_text() -> None:
    release = parse(f"seuil=12\nmode=auto\n\n{TITLE}\n\n{BODY}\n", filename="release.md")
    assert release.text.startswith("seuil=12")
    assert release.date is None
    assert "seuil=12" in [block.text for section in release.sections for block in section.blocks]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("[Communiqué de presse]{.underline}", "Communiqué de presse"),
        ("[Communiqué de presse]{.smallcaps}", "Communiqué de presse"),
        ('[Communiqué de presse]{custom-style="Type"}', "Communiqué de presse"),
    ],
)
def test_pandoc_spans_and_attributes_are_markup_not_text(written: str, read: str) -> None:
    text = f"{written}\n\n# {TITLE} {{#sec-1 .unnumbered}}\n\nUn [mot]{{.mark}} ici. {BODY}\n"
    release = parse(text, filename="release.md")
    assert release.header.doc_type == read
    assert release.headline == TITLE
    (opening,) = [b.text for s in release.sections for b in s.blocks][:1]
    assert opening.startswith("Un mot ici.")


@pytest.mark.parametrize("opening", ["::: {.contact-presse}", "::: contact", ":::: {#contact}"])
def test_pandoc_fenced_divs_fence_blocks_and_are_no_text(opening: str) -> None:
    closing = ":" * opening.index(" ")
    text = (
        f"# {TITLE}\n\n{BODY}\n{closing}\n\n{opening}\n**Contact presse**\\\nLéa Morel -- "
        f"02 00 00 00 63\\\n<lea.morel@region.example.fr>\n{closing}\n\n{opening}\n"
        "[Partager](https://www.example.org/share){.btn} [Imprimer](https://www.example.org/print){.btn}\n"
        f"{closing}\n\n::: {{#footer}}\nRégion Normandie -- place Reine-Mathilde, "
        f"14035 Caen Cedex 1 -- 02 00 00 00 00\n{closing}\n"
    )
    release = parse(text, filename="release.md")
    blocks = [block.text for section in release.sections for block in section.blocks]
    assert not any(":::" in block or "{.btn}" in block for block in blocks)
    assert "Partager Imprimer" in blocks
    assert [(c.name, c.phones) for c in release.contacts] == [("Léa Morel", ("02 00 00 00 63",))]


def test_braces_that_are_no_pandoc_attributes_stay_text() -> None:
    release = parse(f"# {TITLE}\n\nLe paramètre {{seuil}} vaut 12. {BODY}\n", filename="r.md")
    assert release.sections[0].blocks[0].text.startswith("Le paramètre {seuil} vaut 12.")


@pytest.mark.parametrize("attributes", ['{:target="_blank"}', "{: .external}", "{:rel='noopener'}"])
def test_kramdown_attribute_lists_are_markup_in_the_text_and_in_the_front_matter(
    attributes: str,
) -> None:
    chapo = f"Selon [le rapport](https://example.org/rapport.pdf){attributes} publié ce jour."
    front = f'---\ntitle: "{TITLE}"\nsummary: >-\n  {chapo}\n---\n\n'
    release = parse(f"{front}{chapo} {BODY}\n", filename="release.md")
    assert release.header.lede == "Selon le rapport publié ce jour."
    assert release.sections[0].blocks[0].text.startswith("Selon le rapport publié ce jour.")


@pytest.mark.parametrize(
    ("block", "issuer"),
    [
        (f"% {TITLE}\n% Préfecture du Cher\n% 12 mars 2024\n", ["Préfecture du Cher"]),
        (
            f"% {TITLE}\n% Région Bretagne -- Direction de la communication\n% 2024-03-12\n",
            ["Région Bretagne"],
        ),
        (
            f"% {TITLE[:20]}\n  {TITLE[20:].strip()}\n"
            "% Mairie de Lyon; Service presse\n% 12/03/2024\n",
            ["Mairie de Lyon"],
        ),
    ],
)
def test_a_pandoc_title_block_gives_title_author_and_date(block: str, issuer: list[str]) -> None:
    release = parse(f"{block}\n{BODY}\n", filename="release.md")
    assert release.headline == " ".join(TITLE.split())
    assert release.date == DATE
    assert [i.name for i in release.header.issuers] == issuer


def test_a_percent_line_that_is_no_title_block_stays_text() -> None:
    release = parse(f"% de hausse en un an\nsur le prix du gaz\n\n{BODY}\n", filename="r.md")
    assert release.date is None
    assert release.text.startswith("% de hausse")


@pytest.mark.parametrize(
    "markers",
    [
        "EMBARGO : jusqu'au mardi 12 mars 2024, 6 h 00\n\n",
        "**COMMUNIQUÉ DE PRESSE**\n\nVierzon, le 12 mars 2024\n\n",
        "EMBARGO : jusqu'au 13 mars 2024\n\n**COMMUNIQUÉ DE PRESSE**\n\n"
        "Vierzon, le 12 mars 2024\n\n",
    ],
)
def test_the_chapo_under_a_front_matter_title_may_follow_an_embargo_or_a_dateline(
    markers: str,
) -> None:
    chapo = "Quatre médecins et deux infirmières accueilleront les patients de six communes."
    text = f"---\ntitle: {TITLE}\n---\n\n{markers}**{chapo}**\n\n{BODY}\n"
    assert parse(text, filename="release.md").header.lede == chapo


@pytest.mark.parametrize(
    "letterhead",
    ["**FÉDÉRATION FRANÇAISE DE LONGE-CÔTE**", "# FÉDÉRATION FRANÇAISE DE LONGE-CÔTE"],
)
def test_a_name_set_as_strongly_as_a_title_under_a_front_matter_title_is_the_issuer(
    letterhead: str,
) -> None:
    text = (
        f"---\ntitle: {TITLE}\n---\n\n![Logo de la FFLC](/images/logo.png)\n\n{letterhead}\n\n"
        f"Communiqué officiel n° 2026-31\n\nParis, le 12 mars 2024.\n\n{BODY}\n"
    )
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert [issuer.name for issuer in release.header.issuers] == [
        "FÉDÉRATION FRANÇAISE DE LONGE-CÔTE"
    ]


def test_a_logo_s_alt_text_in_markdown_ends_at_its_bracket() -> None:
    text = f"![Logo de la Région Bretagne]({{static}}/images/logo.png)\n\n{TITLE}\n\n{BODY}\n"
    names = [issuer.name for issuer in parse(text, filename="release.md").header.issuers]
    assert names == ["Région Bretagne"]


@pytest.mark.parametrize(
    ("opening", "close"),
    [("{% ", " %}"), ("{%- ", " -%}"), ("{%", "%}")],
)
def test_a_django_or_jinja_page_s_blocks_give_its_title_and_type(opening: str, close: str) -> None:
    def block(name: str, value: str) -> str:
        return f"{opening}block {name}{close}{value}{opening}endblock{close}"

    text = (
        f'{opening}extends "presse/communique.html"{close}\n{opening}load static{close}\n\n'
        f"{block('title', TITLE)}\n\n"
        f"{block('meta_description', 'Un centre de santé pour six communes du Cher.')}\n\n"
        f"{block('surtitre', 'Communiqué de presse')}\n\n"
        f"{opening}block content{close}\n{BODY}\n\n{opening}endblock{close}\n"
    )
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert release.header.doc_type == "Communiqué de presse"
    assert release.header.lede is None  # a description for search engines is no chapô
    assert release.sections[0].blocks[0].text.startswith(BODY[:40])
    assert "{%" not in " ".join(b.text for s in release.sections for b in s.blocks)


def test_a_page_title_block_is_the_title_and_a_kicker_that_is_no_type_is_none() -> None:
    text = (
        "{% block page_title %}" + TITLE + "{% endblock page_title %}\n"
        "{% block surtitre %}Santé{% endblock %}\n\n"
        f"{BODY}\n"
    )
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert release.header.doc_type is None
    assert release.text.endswith(f"{BODY}\n")


def test_template_directives_without_blocks_are_no_metadata_and_no_text() -> None:
    text = "{% load static %}\n\n# " + TITLE + f"\n\n{BODY}\n\n{{% include 'pied.html' %}}\n"
    metadata, body_start = markdown.read_front_matter(text, [])
    assert (metadata.title, metadata.span, body_start) == (None, None, 0)
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert [b.text for s in release.sections for b in s.blocks] == [BODY]


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("le 1^er^ mars", "le 1er mars"),
        ("la 3^e^ édition", "la 3e édition"),
        ("le n^o^ 12", "le no 12"),
        ("120 m^2^ de bureaux", "120 m² de bureaux"),
        ("les émissions de CO~2~", "les émissions de CO2"),
    ],
)
def test_pandoc_superscripts_and_subscripts_are_markup_not_text(written: str, read: str) -> None:
    release = parse(f"# {TITLE}\n\nDès {written}, {BODY}\n", filename="release.md")
    assert release.sections[0].blocks[0].text.startswith(f"Dès {read}, ")


def test_carets_and_tildes_that_are_no_pandoc_scripts_stay_text() -> None:
    text = f"# {TITLE}\n\nLe fichier ~/notes et l'exposant ^ seul restent. {BODY}\n"
    release = parse(text, filename="release.md")
    assert release.sections[0].blocks[0].text.startswith("Le fichier ~/notes et l'exposant ^ seul")


def test_the_chapo_under_a_front_matter_title_may_follow_a_logo_and_the_issuer_s_name() -> None:
    chapo = "Quatre médecins et deux infirmières accueilleront les patients de six communes."
    text = (
        f"---\ntitle: {TITLE}\n---\n\n![Logo](logo.png)\n\n"
        "**Communauté de communes du Vierzonnais**\n\n"
        f"Vierzon, le 12 mars 2024\n\n**{chapo}**\n\n{BODY}\n"
    )
    release = parse(text, filename="release.md")
    assert [issuer.name for issuer in release.header.issuers] == [
        "Communauté de communes du Vierzonnais"
    ]
    assert release.header.lede == chapo


@pytest.mark.parametrize(
    "opening",
    ['<a id="_Toc198765432"></a>', '<img src="logo.png" alt="Logo"> ', '<span id="haut"></span>'],
)
def test_markdown_that_opens_with_an_inline_element_is_markdown(opening: str) -> None:
    # mammoth writes a bookmark anchor before each heading of a Word file
    text = f"{opening}__COMMUNIQUÉ DE PRESSE__\n\n# {opening}{TITLE}\n\n*{BODY}*\n\n- un\n- deux\n"
    release = parse(text, filename="release.md")
    assert release.adapter == "markdown"
    assert release.headline == TITLE


@pytest.mark.parametrize("key", ["description", "excerpt"])
def test_a_front_matter_description_for_search_engines_is_no_chapo(key: str) -> None:
    text = (
        f'---\ntitle: "{TITLE}"\n{key}: "Un centre de santé pour six communes du Cher."\n---\n\n'
        f"{BODY}\n"
    )
    assert parse(text, filename="release.md").header.lede is None


@pytest.mark.parametrize("key", ["summary", "chapo", "chapeau", "lede"])
def test_a_front_matter_summary_or_chapo_is_the_chapo(key: str) -> None:
    text = f'---\ntitle: "{TITLE}"\n{key}: "Six communes, quatre médecins."\n---\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede == "Six communes, quatre médecins."


_BOLD_CHAPO = (
    "Le centre de santé intercommunal ouvre le 2 avril à Vierzon. Quatre médecins salariés y "
    "recevront les patients de six communes, dont trois n'avaient plus de généraliste."
)


@pytest.mark.parametrize(
    ("header", "key"),
    [("yaml", "summary"), ("yaml", "résumé"), ("pelican", "Summary"), ("pelican", "summary")],
)
def test_a_bold_chapo_under_the_title_outranks_a_summary_teaser(key: str, header: str) -> None:
    teaser = "Six communes, quatre médecins."
    front = (
        f'---\ntitle: "{TITLE}"\n{key}: "{teaser}"\n---\n'
        if header == "yaml"
        else f"Title: {TITLE}\nDate: 2024-03-12\n{key}: {teaser}\n"
    )
    opening = f"COMMUNIQUÉ DE PRESSE\n\nVierzon, le 12 mars 2024\n\n**{_BOLD_CHAPO}**"
    text = f"{front}\n{opening}\n\n{BODY}\n"
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert release.header.lede == _BOLD_CHAPO


def test_a_picture_s_caption_under_the_title_does_not_outrank_a_summary() -> None:
    teaser = "Six communes, quatre médecins : le centre de santé ouvre le 2 avril à Vierzon."
    caption = (
        "*Photo : le nouveau centre de santé intercommunal, rue de la Gare, avec ses six "
        "cabinets de consultation.*"
    )
    text = f'---\ntitle: "{TITLE}"\nsummary: "{teaser}"\n---\n\n{caption}\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede == teaser


@pytest.mark.parametrize("key", ["chapo", "chapeau", "chapeau-text", "lede"])
def test_a_chapo_key_outranks_a_bold_paragraph_under_the_title(key: str) -> None:
    chapo = "Six communes, quatre médecins."
    text = f'---\ntitle: "{TITLE}"\n{key}: "{chapo}"\n---\n\n**{_BOLD_CHAPO}**\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede == chapo


@pytest.mark.parametrize(
    ("heading", "issuers"),
    [
        ("**FÉDÉRATION FRANÇAISE DE CYCLISME**", ["FÉDÉRATION FRANÇAISE DE CYCLISME"]),
        ("# Université de Lyon, lauréate du label Excellence", []),
        ("# Centre hospitalier de Vienne : premier hôpital labellisé", []),
    ],
)
def test_under_a_front_matter_title_a_bare_name_is_an_issuer_and_a_title_is_not(
    heading: str, issuers: list[str]
) -> None:
    text = f"---\ntitle: {TITLE}\n---\n\n{heading}\n\nVierzon, le 12 mars 2024\n\n{BODY}\n"
    release = parse(text, filename="release.md")
    assert release.headline == TITLE
    assert [issuer.name for issuer in release.header.issuers] == issuers


def _reader_capture(body: str) -> str:
    return (
        f"Title: Communiqué - {TITLE} | Communauté de communes du Vierzonnais\n\n"
        "URL Source: https://www.example.fr/actualites/centre-de-sante\n\n"
        "Published Time: 2024-03-12T10:12:00+01:00\n\n"
        f"Markdown Content:\n{body}"
    )


def test_a_reader_capture_s_header_is_metadata_and_its_page_title_yields_to_a_heading() -> None:
    heading = "Le centre de santé de Vierzon ouvre lundi"
    text = _reader_capture(f"[Aller au contenu](#main)\n\n{heading}\n" + "=" * 20 + f"\n\n{BODY}\n")
    release = parse(text, filename="capture.md")
    assert release.headline == heading
    assert release.date == DATE
    assert "URL Source" not in " ".join(b.text for s in release.sections for b in s.blocks)


def test_a_reader_capture_without_a_heading_takes_its_page_title_less_the_site() -> None:
    release = parse(_reader_capture(f"{BODY}\n"), filename="capture.md")
    assert release.headline == f"Communiqué - {TITLE}"
    assert release.date == DATE


def test_a_title_line_without_a_reader_s_content_marker_is_no_reader_capture() -> None:
    text = f"Title: {TITLE}\n\nURL Source: https://www.example.fr/a\n\n{BODY}\n"
    metadata, body_start = markdown.read_front_matter(text, [])
    assert (metadata.title, metadata.span, body_start) == (None, None, 0)


def test_a_reader_capture_is_sniffed_as_markdown_without_an_extension() -> None:
    text = _reader_capture(f"{BODY}\n")
    release = parse(text)
    assert release.adapter == "markdown"
    assert release.headline == f"Communiqué - {TITLE}"


def test_a_django_template_of_an_html_page_stays_html() -> None:
    page = (
        '{% extends "base.html" %}\n{% block title %}Titre{% endblock %}\n{% block content %}\n'
        f"<div class='article'><h1>{TITLE}</h1>\n"
        + "".join(
            f"<p>{BODY}</p>\n<ul><li><a href='#s{n}'>Section {n}</a></li></ul>\n" for n in range(8)
        )
        + "</div>\n{% endblock %}\n"
    )
    assert parse(page, filename="page.html").adapter == "html"


@pytest.mark.parametrize(
    "author",
    ["ARS Bourgogne-Franche-Comté", "DREAL Occitanie", "CAF du Rhône", "Inserm Grand Ouest",
     "CPAM de la Sarthe", "ADEME Normandie"],
)  # fmt: skip
def test_a_front_matter_author_named_by_a_public_body_s_acronym_is_the_issuer(
    author: str,
) -> None:
    text = f'---\ntitle: "{TITLE}"\nauteur: "{author}"\n---\n\n{BODY}\n'
    release = parse(text, filename="release.md")
    assert [issuer.name for issuer in release.header.issuers] == [author]


@pytest.mark.parametrize("author", ["ars", "Caf Lyon Team", "fsuter"])
def test_an_acronym_in_lower_case_or_a_user_name_is_no_issuer(author: str) -> None:
    text = f'---\ntitle: "{TITLE}"\nauteur: "{author}"\n---\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.issuers == ()


# -- the post's teaser: the paragraph a description repeats, or an excerpt break closes ------

TEASER = (
    "Le centre de santé de Vierzon ouvre lundi avec quatre médecins et deux infirmières, "
    "au service de six communes du Cher."
)


@given(
    key=st.sampled_from(["description", "excerpt", "subtitle"]),
    cut=st.sampled_from([None, 60, 90]),
    title_in_text=st.booleans(),
)
def test_a_description_the_first_paragraph_repeats_marks_it_as_the_chapo(
    key: str, cut: int | None, title_in_text: bool
) -> None:
    # (a site's teaser may stop short with an ellipsis)
    description = TEASER if cut is None else TEASER[:cut].rstrip() + "…"
    heading = f"# {TITLE}\n\n" if title_in_text else ""
    text = f'---\ntitle: "{TITLE}"\n{key}: "{description}"\n---\n\n{heading}{TEASER}\n\n{BODY}\n'
    release = parse(text, filename="release.md")
    assert release.header.lede == TEASER
    assert "teaser" in release.explain("lede").chosen.evidence  # type: ignore[union-attr]
    assert not release.sections[0].blocks[0].text.startswith(TEASER[:30])


@pytest.mark.parametrize(
    "description",
    [
        "Un centre de santé pour six communes du Cher.",  # a teaser of its own words
        "Le centre de santé",  # too short to be the paragraph's sentence
    ],
)
def test_a_description_the_text_does_not_repeat_is_no_chapo(description: str) -> None:
    text = f'---\ntitle: "{TITLE}"\ndescription: "{description}"\n---\n\n{TEASER}\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede is None


@pytest.mark.parametrize(
    "joint",
    ["\n<!--more-->\n\n", "\n\n<!--more-->\n\n", " <!--more-->\n\n", "\n\n<!-- more -->\n\n"],
)
def test_the_paragraph_an_excerpt_break_closes_is_the_chapo(joint: str) -> None:
    text = f'---\ntitle: "{TITLE}"\n---\n\n{TEASER}{joint}{BODY}\n'
    release = parse(text, filename="release.md")
    assert release.header.lede == TEASER
    assert "<!--" not in release.header.lede


def test_an_excerpt_break_further_down_leaves_the_opening_paragraph_alone() -> None:
    text = f'---\ntitle: "{TITLE}"\n---\n\n{TEASER}\n\n{BODY}\n\n<!--more-->\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede is None


def test_a_paragraph_the_dateline_opens_is_no_teaser() -> None:
    opening = f"Vierzon, le 12 mars 2024 – {TEASER}"
    for front in (f'description: "{opening}"\n', ""):
        joint = "\n\n" if front else "\n\n<!--more-->\n\n"
        text = f'---\ntitle: "{TITLE}"\n{front}---\n\n{opening}{joint}{BODY}\n'
        assert parse(text, filename="release.md").header.lede is None


def test_the_only_paragraph_is_no_teaser() -> None:
    text = f'---\ntitle: "{TITLE}"\ndescription: "{TEASER}"\n---\n\n{TEASER}\n'
    release = parse(text, filename="release.md")
    assert release.header.lede is None
    assert release.sections  # the text stays in the body


def test_an_abridged_description_is_no_sign_of_a_teaser() -> None:
    # the description's first words are the paragraph's, then it says less
    description = TEASER[:70] + " du Cher."
    text = f'---\ntitle: "{TITLE}"\ndescription: "{description}"\n---\n\n{TEASER}\n\n{BODY}\n'
    assert parse(text, filename="release.md").header.lede is None
