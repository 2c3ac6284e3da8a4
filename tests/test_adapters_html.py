"""The HTML adapter: the release found in a press-room page, its structure and metadata kept,
hostile pages refused or read safely."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique import parse
from communique.adapters import html as html_adapter
from communique.adapters.html import HtmlAdapter, flatten
from communique.blocks import BlockKind, Document, Emphasis
from communique.extract.metadata_title import paraphrased_copy, shortened_copy
from communique.source import load

from . import strategies as gs

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Ouverture de la médiathèque | Ville de Rennes</title>
<meta property="og:site_name" content="Ville de Rennes">
<meta property="article:published_time" content="2024-05-06T09:00:00+02:00">
<script>var tracking = "Paris, le 1er janvier 2000";</script>
<style>.menu { color: red }</style>
</head><body>
<header><nav class="mainNav"><a href="/">Accueil</a> <a href="/agenda">Agenda</a></nav></header>
<div class="cookie-consent">Nous utilisons des cookies pour mesurer l'audience.</div>
<aside>Les plus lus : un autre sujet</aside>
<article>
<h1>La médiathèque des Champs-Libres rouvre le 15 mai</h1>
<p><em>Rennes, le 6 mai 2024</em></p>
<p>Après huit mois de travaux, la médiathèque rouvre ses portes au public le
<time datetime="2024-05-15">15 mai</time> avec des horaires élargis.</p>
<h2>Les nouveautés</h2>
<ul><li>un espace jeux vidéo ;</li><li>un <strong>fablab</strong> ouvert le samedi.</li></ul>
<table><tr><th>Jour</th><th>Horaires</th></tr><tr><td>Samedi</td><td>10 h – 19 h</td></tr></table>
<p><strong>Contact presse</strong><br>Julie Morel<br>
<a href="mailto:j.morel@ville-rennes.example">Écrire à la presse</a><br>
<a href="tel:+33299000000">02 99 00 00 00</a></p>
<div class="share-links">Partager sur Facebook</div>
<section class="related-articles"><h2>À lire aussi</h2><p>Un autre article</p></section>
</article>
<footer>Mentions légales – Plan du site</footer>
</body></html>
"""


def _document(html: str) -> Document:
    return HtmlAdapter().segment(load(html, max_input_bytes=10**7))


def test_the_release_is_read_from_the_article_without_page_furniture() -> None:
    text = _document(PAGE).text
    assert text.startswith("La médiathèque des Champs-Libres rouvre le 15 mai")
    for furniture in (
        "Accueil",
        "cookies",
        "Les plus lus",
        "Partager",
        "À lire aussi",
        "Mentions légales",
        "tracking",
        "color",
    ):
        assert furniture not in text


def test_structure_and_emphasis_are_kept() -> None:
    blocks = _document(PAGE).blocks
    headings = [(b.text, b.level) for b in blocks if b.kind is BlockKind.HEADING]
    assert headings == [
        ("La médiathèque des Champs-Libres rouvre le 15 mai", 1),
        ("Les nouveautés", 2),
    ]
    assert [b.text for b in blocks if b.kind is BlockKind.LIST_ITEM] == [
        "un espace jeux vidéo ;",
        "un fablab ouvert le samedi.",
    ]
    assert [b.text for b in blocks if b.kind is BlockKind.TABLE_ROW] == [
        "Jour | Horaires",
        "Samedi | 10 h – 19 h",
    ]
    assert blocks[1].emphasis is Emphasis.EM
    contact = next(b for b in blocks if b.text.startswith("Contact presse"))
    assert [line.text for line in contact.lines] == [
        "Contact presse",
        "Julie Morel",
        "Écrire à la presse (j.morel@ville-rennes.example)",
        "02 99 00 00 00",
    ]
    assert contact.lines[0].emphasis is Emphasis.STRONG
    assert contact.links == ("mailto:j.morel@ville-rennes.example", "tel:+33299000000")


def test_every_line_span_slices_its_text() -> None:
    document = _document(PAGE)
    for block in document.blocks:
        for line in block.lines:
            assert document.text[line.span[0] : line.span[1]] == line.text


def test_metadata_and_parse_end_to_end() -> None:
    document = _document(PAGE)
    assert document.metadata.title is None  # <title> differs from the <h1>: the text decides
    assert document.metadata.date == dt.date(2024, 5, 6)
    release = parse(PAGE, filename="cp.html")
    assert release.adapter == "html"
    assert release.header.headline == "La médiathèque des Champs-Libres rouvre le 15 mai"
    assert release.dateline is not None
    assert (release.dateline.place, release.dateline.date) == ("Rennes", dt.date(2024, 5, 6))
    (contact,) = release.contacts
    assert contact.name == "Julie Morel"
    assert contact.emails == ("j.morel@ville-rennes.example",)


def test_json_ld_and_opengraph_metadata() -> None:
    page = """<html><head>
    <meta property="og:title" content="Titre OpenGraph">
    <meta name="description" content="La région investit 3 millions d'euros dans les lycées">
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "WebPage"},
      {"@type": "NewsArticle", "headline": "Titre JSON-LD", "datePublished": "2023-11-02",
       "author": {"@type": "Organization", "name": "Région Bretagne"}}]}</script>
    </head><body><main><p>La région investit 3 millions d'euros dans les lycées bretons.</p>
    </main></body></html>"""
    metadata = _document(page).metadata
    assert metadata.title == "Titre JSON-LD"
    assert metadata.date == dt.date(2023, 11, 2)
    assert metadata.author == "Région Bretagne"
    assert metadata.lede == "La région investit 3 millions d'euros dans les lycées bretons."


def test_a_site_suffix_is_dropped_from_the_page_title() -> None:
    page = (
        "<html><head><title>Un titre de communiqué - Ma Préfecture</title></head>"
        "<body><p>Texte du communiqué.</p></body></html>"
    )
    assert _document(page).metadata.title == "Un titre de communiqué"


def test_latin1_bytes_are_decoded() -> None:
    page = '<html><head><meta charset="iso-8859-1"></head><body><p>Préfète déléguée</p></body>'
    source = load(page.encode("latin-1"), max_input_bytes=10**6, filename="cp.html")
    assert "Préfète déléguée" in HtmlAdapter().segment(source).text


PARAGRAPH = "Le préfet de la Haute-Vienne annonce l'ouverture du nouveau centre de secours."


@pytest.mark.parametrize(
    "page",
    [
        pytest.param(
            "<html><body>" + '<font face="Arial">' * 300 + f"<p>{PARAGRAPH}</p></body></html>",
            id="300-unclosed-font",
        ),
        pytest.param("<div>" * 250 + f"<p>{PARAGRAPH}</p>" + "</div>" * 250, id="250-div"),
        pytest.param("<div>" * 5000 + PARAGRAPH, id="5000-div"),
        pytest.param(
            '<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><body>'
            + "<div><span>·</span>" * 400
            + f"<p>{PARAGRAPH}</p>"
            + "</div>" * 400
            + "</body></html>",
            id="xhtml",
        ),
    ],
)
@pytest.mark.parametrize("as_bytes", [False, True], ids=["str", "bytes"])
def test_a_page_nested_past_the_parsers_depth_is_read_whole(page: str, as_bytes: bool) -> None:
    release = parse(page.encode("utf-8") if as_bytes else page, filename="page.html")
    assert PARAGRAPH in release.text
    assert release.text.count("·") == page.count("·")


def test_reading_a_page_flattened_is_a_diagnostic() -> None:
    page = "<html><body>" + "<font>" * 300 + f"<p>{PARAGRAPH}</p></body></html>"
    release = parse(page)
    assert "flattened-nesting" in {d.code for d in release.diagnostics}
    assert "flattened-nesting" not in {d.code for d in parse("<div>" * 20 + PARAGRAPH).diagnostics}


def test_raw_html_in_markdown_nested_past_the_parsers_depth_is_read_whole() -> None:
    text = (
        "# Un titre\n\n" + "<div>" * 300 + f"\n{PARAGRAPH}\n\nSecond paragraphe, après une "
        "ligne blanche.\n\n" + "</div>" * 300 + "\n"
    )
    release = parse(text, adapter="markdown")
    assert PARAGRAPH in release.text
    assert "Second paragraphe, après une ligne blanche." in release.text
    assert "flattened-nesting" in {d.code for d in release.diagnostics}


def test_flatten_leaves_out_only_the_tags_below_its_depth() -> None:
    page = "<div><p>un</p><div><b>deux</b><div>trois<br>quatre</div></div></div>"
    assert flatten(page, 2) == "<div><p>un</p><div>deuxtrois<br>quatre</div></div>"
    assert flatten(page, 1) == "<div>undeuxtrois<br>quatre</div>"
    assert flatten(page, 0) == "undeuxtrois<br>quatre"


def test_flatten_steps_over_comments_and_scripts_whole() -> None:
    page = "<div><!-- <div> --><script>document.write('<div>')</script><div>texte</div></div>"
    assert (
        flatten(page, 1) == "<div><!-- <div> --><script>document.write('<div>')</script>texte</div>"
    )


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("MOT-DE-PASSE-SECRET", encoding="utf-8")
    page = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY x SYSTEM "file://{secret}">]>'
        "<html><body><p>avant &x; après</p></body></html>"
    )
    assert "MOT-DE-PASSE-SECRET" not in _document(page).text


def test_entity_expansion_bombs_stay_small() -> None:
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {c} "{("&" + p + ";") * 10}">' for p, c in zip("abcdefg", "bcdefgh", strict=True)
    )
    page = f"<!DOCTYPE html [{entities}]><html><body><p>&h;</p></body></html>"
    assert len(_document(page).text) < 10_000


def test_garbage_and_empty_input_give_an_empty_document() -> None:
    assert _document("").blocks == ()
    assert _document("<<<>>>").text in ("", "<<<>>>")


@pytest.mark.parametrize(
    "css_class",
    ["chapo", "lead", "article__chapeau", "field--name-field-accroche", "standfirst",
     "gh-article-excerpt", "post-excerpt"],
)  # fmt: skip
def test_a_paragraph_a_cms_marks_as_the_chapo_is_the_lede(css_class: str) -> None:
    chapo = "La ligne reliera la gare au campus universitaire en vingt-deux minutes dès l'automne."
    page = (
        "<html><head><title>Tramway</title></head><body><article>"
        "<h1>Mise en service de la ligne T4 du tramway</h1>"
        f'<p class="{css_class}">{chapo}</p>'
        "<p>Lyon, le 12 mars 2024 – La Métropole annonce la mise en service de la ligne T4, "
        "qui desservira six communes.</p></article></body></html>"
    )
    assert parse(page).header.lede == chapo


@pytest.mark.parametrize("css_class", ["leadership-team", "excerpt-list", "related-excerpt"])
def test_a_class_that_merely_contains_the_letters_is_no_chapo(css_class: str) -> None:
    page = (
        "<html><body><article><h1>Mise en service de la ligne T4 du tramway</h1>"
        f'<p class="{css_class}">Notre équipe de direction réunit douze personnes.</p>'
        "<p>Lyon, le 12 mars 2024 – La Métropole annonce la mise en service de la ligne T4, "
        "qui desservira six communes.</p></article></body></html>"
    )
    assert parse(page).header.lede is None


@pytest.mark.parametrize(
    "page_title", ["Communiqués de presse 2024", "Actualités", "Salle de presse", "Espace médias"]
)
def test_a_page_title_naming_the_press_room_s_section_is_not_the_headline(page_title: str) -> None:
    page = (
        f'<html><head><title>{page_title}</title><meta property="og:title" content="{page_title}">'
        "</head><body><h1>Sécheresse : alerte renforcée sur la Marne amont</h1>"
        "<p>Chaumont, le 21 août 2024 – Le préfet place le bassin de la Marne amont en alerte "
        "renforcée sécheresse.</p></body></html>"
    )
    assert parse(page).headline == "Sécheresse : alerte renforcée sur la Marne amont"


@pytest.mark.parametrize("css_class", ["lead-image", "field--name-field-lead-image", "intro-video"])
def test_a_picture_s_credit_in_a_lead_image_is_no_chapo(css_class: str) -> None:
    page = (
        "<html><body><article><h1>La région lance un plan vélo</h1>"
        f'<div class="{css_class}"><img src="velo.jpg"><p>Photo : © Région / J. Martin, '
        "prise lors de l'inauguration</p></div>"
        "<p>Lyon, le 3 mai 2024 – La région lance un plan vélo de 40 millions d'euros pour les "
        "pistes cyclables.</p></article></body></html>"
    )
    assert parse(page).header.lede is None


def test_a_layout_block_named_content_is_not_taken_for_the_whole_release() -> None:
    """Page builders wrap each text-and-picture row in a block named "…__content": one of
    them holds a small part of the release, which runs on around it."""
    row = (
        '<div class="wp-block-media-text"><figure><img src="a.jpg" alt=""></figure>'
        '<div class="wp-block-media-text__content"><p>{}</p></div></div>'
    )
    paragraphs = [
        f"Paragraphe {n} du communiqué : l'association présente sa nouvelle application "
        "et détaille les fonctions que ses bénévoles ont développées cette année, "
        "de la recherche de produits à la comparaison côte à côte de plusieurs articles."
        for n in range(1, 9)
    ]
    page = "<div>" + "".join(
        row.format(text) if n % 3 == 0 else f"<p>{text}</p>" for n, text in enumerate(paragraphs)
    )
    page += "<p><strong>Contact presse</strong><br>Léa Morel<br>lea.morel@asso.example</p></div>"
    release = parse(page.encode(), adapter="html")
    for text in paragraphs:
        assert text in release.text
    assert release.contacts[0].emails == ("lea.morel@asso.example",)


SIDEBAR_PAGE = """<!DOCTYPE html><html lang="fr"><head><title>Appel d'urgence</title></head><body>
<header><nav><a href="/">Accueil</a></nav></header>
<main><div class="two-cols">
<article><h1>Sahel : l'ONG lance un appel d'urgence pour l'accès à l'eau</h1>
<p>{separator_line}</p>
<p>Après une saison sèche d'une intensité inédite, les puits de la région sont à sec et l'ONG
lance un appel de 3 millions d'euros pour réhabiliter 400 points d'eau avant les pluies.</p>
</article>
<aside class="sidebar"><section class="box"><h3>{heading}</h3>
<p><strong>Lucie Marchal</strong></p><p>Responsable communication</p>
<p><a href="tel:+33478000000">+33 4 78 00 00 00</a></p>
<p><a href="mailto:l.marchal@ong.example.org">l.marchal@ong.example.org</a></p></section>
<section><h3>Derniers communiqués</h3><ul><li>Un autre communiqué</li></ul></section>
</aside></div></main>
<footer><section><h3>Nous contacter</h3>
<p>accueil@ong.example.org – 04 78 11 11 11</p></section></footer>
</body></html>"""


@pytest.mark.parametrize("heading", ["Contact presse", "Contacts presse", "Relations presse"])
@pytest.mark.parametrize("joint", [" · ", " • ", " – ", " | "])
def test_a_press_contact_beside_the_article_belongs_to_the_release(
    heading: str, joint: str
) -> None:
    """Press rooms set the contact in a sidebar next to the article; the site's footer
    contact is not the release's."""
    page = SIDEBAR_PAGE.format(
        heading=heading, separator_line=f"Communiqué de presse{joint}Lyon, le 18 juin 2024"
    )
    release = parse(page.encode(), adapter="html")
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Lucie Marchal", ("l.marchal@ong.example.org",))
    ]
    assert release.header.doc_type == "Communiqué de presse"
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == ("Lyon", dt.date(2024, 6, 18))
    assert "Un autre communiqué" not in release.text


def test_a_press_contact_aside_itself_is_read_beside_the_article() -> None:
    """The box may be the <aside> itself, whose tag the page's chrome is made of."""
    page = (
        "<html><body><main><article><h1>Plan Littoral 2030 : 250 M€ contre l'érosion</h1>"
        "<p>Le ministre a présenté ce jeudi le plan Littoral 2030, qui mobilise 250 millions "
        "d'euros sur dix ans pour les communes menacées par le recul du trait de côte.</p>"
        "</article><aside class='contact-presse'><h2>Contact presse</h2>"
        "<p><strong>Cabinet du ministre</strong><br>Léa Rivoallan, conseillère presse<br>"
        "Tél. : <a href='tel:+33140819012'>01 40 81 90 12</a></p></aside>"
        "<aside><h2>À lire aussi</h2><p>Un autre sujet</p></aside></main></body></html>"
    )
    release = parse(page.encode(), adapter="html")
    assert [(c.name, c.phones) for c in release.contacts] == [
        ("Léa Rivoallan", ("01 40 81 90 12",))
    ]
    assert "Un autre sujet" not in release.text


def test_a_contact_box_in_a_sidebar_column_of_the_page_is_read() -> None:
    # A page builder's two columns: the release, then a sidebar column holding the press
    # contact (the sidebar is chrome to the walk; its contact box belongs to the release).
    page = (
        "<html><body><div class='wp-block-columns'>"
        "<div class='wp-block-column'><h1>Une nouvelle ligne de moulage à Issoire</h1>"
        "<p>Issoire, le 3 février 2026 – Les Fonderies investissent 18 millions d'euros dans "
        "une ligne de moulage électrique qui divise par trois leurs émissions.</p></div>"
        "<div class='wp-block-column sidebar'><div class='contact-presse'>"
        "<h2>Contact presse</h2><p>Manon Estival<br/>Consultante relations médias<br/>"
        "<a href='tel:+33473000000'>04 73 00 00 00</a><br/>"
        "<a href='mailto:m.estival@example.fr'>m.estival@example.fr</a></p></div>"
        "<div class='related'><h2>À lire aussi</h2><ul><li>Bilan carbone 2025</li></ul></div>"
        "</div></div></body></html>"
    )
    contacts = parse(page).contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Manon Estival", ("04 73 00 00 00",), ("m.estival@example.fr",))
    ]


def test_a_contact_box_in_an_aside_of_the_story_is_read_and_related_asides_are_not() -> None:
    page = (
        "<html><body><main><article class='story'><h1>Voltanis remporte le Grand Prix</h1>"
        "<p><strong>Grenoble, le 1er juillet 2026</strong> – Voltanis figure parmi les onze Grands "
        "Prix du concours d'innovation et reçoit une subvention de 600 000 euros.</p>"
        "<aside class='story__contacts'><h3>Contacts presse</h3><div class='contact-card'>"
        "<p>Clara Besson</p><p>Responsable communication</p><p><a href='mailto:clara@"
        "voltanis.example.com'>clara@voltanis.example.com</a></p><p>06 00 00 00 17</p></div>"
        "</aside><aside class='related'><h3>À lire aussi</h3><p>Voltanis lève 2 M€ – "
        "contact@voltanis.example.com</p></aside></article></main></body></html>"
    )
    contacts = parse(page).contacts
    assert [(c.name, c.phones, c.emails) for c in contacts] == [
        ("Clara Besson", ("06 00 00 00 17",), ("clara@voltanis.example.com",))
    ]


# -- the XPath expressions compiled once give what element.xpath() gives ------------------------

_PAGES = sorted(Path(__file__).parent.rglob("*.html"))
_COMPILED = {
    "string()": html_adapter._STRING_VALUE,
    "boolean(.//h1)": html_adapter._HOLDS_H1,
    "boolean(.//a[starts-with(@href,'mailto:') or starts-with(@href,'tel:')])": (
        html_adapter._MAIL_OR_PHONE_LINK
    ),
    "//body": html_adapter._BODIES,
    "//*[@role='main']": html_adapter._MAIN_ROLES,
    "//title": html_adapter._TITLES,
}


def _same_as_element_xpath(text: str) -> None:
    root, _ = html_adapter._parse_tree(text)
    if root is None:
        return
    for element in root.iter():
        for expression, compiled in _COMPILED.items():
            assert compiled(element) == element.xpath(expression), expression
        assert html_adapter._text_of(element) == element.xpath("string()")


@pytest.mark.parametrize("page", _PAGES, ids=lambda path: path.name)
def test_compiled_paths_find_what_element_xpath_finds(page: Path) -> None:
    _same_as_element_xpath(load(page.read_bytes(), max_input_bytes=10**7).text)


@given(gs.release_like_text)
def test_compiled_paths_find_what_element_xpath_finds_in_any_markup(text: str) -> None:
    _same_as_element_xpath(f"<html><head><title>{text[:40]}</title></head><body>{text}</body>")


# -- the container is the one the plain rule gives -----------------------------------------------


def _container_as_first_written(root: object) -> tuple[object, bool]:
    """The container rule measuring every candidate's collapsed text (the adapter skips
    collapsing where the text as written is already too short, or no candidate is named)."""
    h = html_adapter

    def length(element: object) -> int:
        return h._collapsed_length(element.xpath("string()"))  # type: ignore[attr-defined]

    articles = [a for a in root.iter("article") if not h._dropped_ancestor(a)][:50]  # type: ignore[attr-defined]
    long_articles = [a for a in articles if length(a) >= h._MIN_CONTAINER_TEXT]
    if len(long_articles) == 1:
        return long_articles[0], True
    mains = [m for m in root.iter("main") if not h._dropped_ancestor(m)]  # type: ignore[attr-defined]
    mains += root.xpath("//*[@role='main']")  # type: ignore[attr-defined]
    if mains:
        return mains[0], True
    if long_articles:
        return max(long_articles, key=length), True
    named = [
        e
        for e in root.iter("div", "section", "td")  # type: ignore[attr-defined]
        if not h._names(e).isdisjoint(h._CONTENT_WORDS) and not h._is_furniture(e)
    ][:50]
    bodies = root.xpath("//body")  # type: ignore[attr-defined]
    page = bodies[0] if bodies else root
    least = max(h._MIN_CONTAINER_TEXT, length(page) * h._CONTAINER_SHARE)
    named = [e for e in named if length(e) >= least]
    if not named:
        return page, False
    best = max(named, key=length)
    parent = best.getparent()

    def holds_h1(element: Any) -> bool:
        return bool(element.xpath(".//h1"))

    if (
        parent is not None
        and parent is not page
        and not holds_h1(best)
        and holds_h1(parent)
        and not h._is_furniture(parent)
        and length(parent) <= length(best) + h._RELEASE_HEAD_TEXT
    ):
        return parent, True
    return best, True


def _same_container(text: str) -> None:
    root = html_adapter._parse(text, [])
    if root is not None:
        assert html_adapter._container(root) == _container_as_first_written(root)


@pytest.mark.parametrize("page", _PAGES, ids=lambda path: path.name)
def test_the_container_is_the_one_the_plain_rule_gives(page: Path) -> None:
    _same_container(load(page.read_bytes(), max_input_bytes=10**7).text)


_WORDS = st.sampled_from(["Le préfet", "annonce", "\u00a0", " ", "\n", "a" * 60, "mot " * 30])
_BOXES = st.recursive(
    st.lists(_WORDS, max_size=6).map("".join),
    lambda inner: st.tuples(
        st.sampled_from(["div", "section", "td", "p", "aside", "article"]),
        st.sampled_from(["content", "main-content", "entry", "sidebar", "post", "x", "nav"]),
        st.lists(inner, min_size=1, max_size=4),
    ).map(lambda t: f"<{t[0]} class='{t[1]}'>{''.join(t[2])}</{t[0]}>"),
    max_leaves=12,
)


@given(_BOXES)
# a named block under 30 % of the page's text, the page's share above the floor
@example("<div class='content'>" + "mot " * 65 + "</div><div>" + "texte " * 220 + "</div>")
@example("<div class='content'>" + "mot " * 65 + "</div><div>" + "texte " * 40 + "</div>")
def test_the_container_is_the_one_the_plain_rule_gives_on_any_layout(body: str) -> None:
    _same_container(f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="og:title" content="Un microscope unique inauguré à Rennes">',
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Un microscope unique inauguré à Rennes"}</script>',
        '<meta name="dc.title" content="Un microscope unique inauguré à Rennes">',
    ],
)
def test_the_article_s_h1_outranks_a_teaser_title_that_says_otherwise(head: str) -> None:
    h1 = "Cryo-microscopie : une plateforme de 6 millions d'euros ouvre à Rennes"
    page = (
        f"<html><head>{head}</head><body><header><p>Université de Rennes</p></header>"
        f"<main><h1>{h1}</h1><p>Rennes, le 4 mars 2026 – L'université inaugure une "
        "plateforme de cryo-microscopie électronique ouverte aux laboratoires.</p></main>"
        "</body></html>"
    )
    assert parse(page).headline == h1


@pytest.mark.parametrize(
    ("h1", "cut"),
    [
        (
            "Incendie du Semnoz : point de situation à 16 h 30",
            "Incendie du Semnoz : point de situation",
        ),
        (
            "La coopérative reprend la fromagerie de Gilley et ses 18 salariés",
            "La coopérative reprend la fromagerie de Gilley…",
        ),
        (
            "Fonds Chaleur : 212 projets soutenus en 2026, un record pour la géothermie",
            "Fonds Chaleur : 212 projets soutenus en 2026",
        ),
        # the topic before the colon dropped, and the end too
        (
            "Colis : l'autorité met en demeure trois opérateurs de respecter leurs obligations",
            "L'autorité met en demeure trois opérateurs",
        ),
        (
            "Fabriques de territoire : 212 nouveaux tiers-lieux labellisés",
            "212 nouveaux tiers-lieux labellisés",
        ),
    ],
)
@pytest.mark.parametrize("tag", ["og:title", "twitter:title"])
def test_a_metadata_title_that_keeps_the_h1_s_first_words_gives_way_to_the_h1(
    h1: str, cut: str, tag: str
) -> None:
    page = (
        f'<html><head><meta property="{tag}" content="{cut}"></head><body><main>'
        f"<p><strong>INFORMATION PRESSE</strong></p><h1>{h1}</h1><p>Annecy, le 4 août 2026 – "
        "Le feu a parcouru 40 hectares depuis ce matin ; 180 sapeurs-pompiers sont engagés."
        "</p></main></body></html>"
    )
    assert parse(page).headline == h1


@pytest.mark.parametrize(
    "h1",
    [
        "Plan vélo départemental - Communiqué de presse",
        "Plan vélo départemental | Actualités",
        "Plan vélo départemental (mis à jour le 6 mai)",
        "Plan vélo départemental, Dole, le 5 mai 2026",
        "Plan vélo départemental Département du Jura",
        "Actualités – Plan vélo départemental",
        "Plan vélo départemental : retrouvez le dossier de presse",
        "Actualités : Plan vélo départemental",
        "Communiqué de presse : Plan vélo départemental",
        "Espace presse – Mobilités : Plan vélo départemental",
        "Ville de Dole : Plan vélo départemental",
        "Communiqué du 3 mars 2026 : Plan vélo départemental",
        "Presse Dole 2e : Plan vélo départemental",
        "Mobilités : Plan vélo départemental",  # the title goes on in capitals: a rubric
    ],
)
def test_an_h1_that_only_adds_a_type_a_site_a_date_or_a_rubric_keeps_the_metadata_title(
    h1: str,
) -> None:
    assert not shortened_copy("Plan vélo départemental", h1)


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        (
            "Sécheresse : restrictions d'eau renforcées dans la Drôme",
            "Sécheresse : le préfet de la Drôme renforce les restrictions d'usage de l'eau "
            "dans quatre bassins versants",
        ),
        (
            "Tarif de l'eau 2026 : une part gratuite pour les premiers mètres cubes",
            "Tarif de l'eau 2026 : les quinze premiers mètres cubes gratuits pour chaque foyer",
        ),
    ],
)
def test_a_shorter_rewording_of_the_h1_gives_way_to_it(title: str, h1: str) -> None:
    assert paraphrased_copy(title, h1)
    body = (
        "Le comité de la ressource en eau a constaté des débits inférieurs de moitié aux "
        "moyennes de saison ; les mesures s'appliquent dès vendredi dans quatre bassins."
    )
    page = f"<title>{title}</title><h1>{h1}</h1><p>Communiqué de presse</p><p>{body}</p>"
    assert parse(page).headline == h1


@pytest.mark.parametrize(
    ("title", "h1"),
    [
        # a title that says something else than the text's
        ("Emploi tech : l'État propose 350 postes dans le numérique", "L'ÉTAT RECRUTE !"),
        # the metadata title is the longer one
        (
            "Le préfet de la Drôme renforce les restrictions d'usage de l'eau",
            "Restrictions d'eau",
        ),
        # a copy with a rubric: `shortened_copy`'s, which refuses it
        ("Plan vélo départemental", "Plan vélo départemental | Actualités"),
        # a chapô of several sentences set in bold under the label retells the title: it is
        # no title the metadata's rewords
        (
            "« Un vélo, une clé » : l'association lance sa campagne contre les vols",
            "Chaque année, près de 4 000 vélos sont volés dans l'agglomération, et moins d'un "
            "sur dix est rendu à son propriétaire. L'association lance « Un vélo, une clé », "
            "une campagne contre les vols qui combine marquage gratuit, conseils d'antivol et "
            "carte des stationnements sûrs.",
        ),
    ],
)
def test_a_title_that_is_no_rewording_of_the_h1_is_kept(title: str, h1: str) -> None:
    assert not paraphrased_copy(title, h1)


def test_shortened_copy_reads_whole_words_only() -> None:
    assert shortened_copy("Le préfet ouvre", "Le préfet ouvre la saison")
    assert shortened_copy("Le préfet ouvre…", "Le préfet ouvre la saison")
    assert not shortened_copy("Le préfet ouv", "Le préfet ouvre la saison")
    assert not shortened_copy("Le préfet ouvre la saison", "Le préfet ouvre la saison")
    assert shortened_copy("TER gratuits le week-end", "Transports : les TER gratuits le week-end")
    assert shortened_copy("Plan vélo", "Plan vélo : le Jura investit 12 millions d'euros")
    assert shortened_copy("Toits solaires", "Le programme « Toits solaires » : une aide de 50 %")
    assert not shortened_copy("Correctif de sécurité", "Sécurité | Correctif de sécurité")
    assert not shortened_copy("Sortie de la 8.0", "Dans les bacs > Sortie de la 8.0")


@pytest.mark.parametrize(
    "h1",
    ["Saint-Priest", "Mairie de Saint-Priest", "Espace presse", "Actualités",
     "Communiqué de presse", "Sport et loisirs"],
)  # fmt: skip
def test_a_short_h1_that_shares_no_word_with_the_title_is_the_site_s_not_the_article_s(
    h1: str,
) -> None:
    page = (
        '<html><head><meta property="og:title" content="Ouverture de la piscine Jean-Bouin">'
        f"</head><body><h1>{h1}</h1><div><p>Saint-Priest, le 4 mars 2026 – La ville rouvre "
        "son bassin couvert après dix mois de travaux de rénovation énergétique.</p></div>"
        "</body></html>"
    )
    assert parse(page).headline == "Ouverture de la piscine Jean-Bouin"


@pytest.mark.parametrize("site", ["Ville de Lyon", "Préfecture du Rhône"])
def test_an_og_title_that_names_the_site_gives_way_to_the_article_s_h1(site: str) -> None:
    page = (
        f'<html><head><title>{site}</title><meta property="og:title" content="{site}">'
        "</head><body><main><h1>Le marché de Noël revient</h1><p>Lyon, le 4 mars 2026 – Le "
        "marché de Noël revient place Carnot avec cent quarante chalets.</p></main></body></html>"
    )
    assert parse(page).headline == "Le marché de Noël revient"


def test_a_teaser_title_that_the_h1_holds_with_its_topic_gives_way_to_the_h1() -> None:
    h1 = "Cryo-microscopie : une plateforme ouvre à Rennes"
    page = (
        '<html><head><meta property="og:title" content="Une plateforme ouvre à Rennes">'
        f"</head><body><main><h1>{h1}</h1>"
        "<p>Rennes, le 4 mars 2026 – L'université inaugure une plateforme.</p></main>"
        "</body></html>"
    )
    assert _document(page).metadata.title == h1
    same = page.replace(h1, "Une plateforme ouvre à Rennes")
    assert _document(same).metadata.title == "Une plateforme ouvre à Rennes"


def _state_page(brand: str, letterhead: str = "") -> str:
    """A State site's page: the brand block in the header and the footer, a release in the
    article with no letterhead of its own unless one is given."""
    return f"""<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
<title>Fermeture de nuit de la RN 151 - Les services de l'État</title></head><body>
<header class="fr-header"><div class="fr-header__brand">{brand}
<p class="fr-header__service-title">Les services de l'État</p></div>
<nav><a href="/">Accueil</a> <a href="/presse">Salle de presse</a></nav></header>
<main><article><h1>Fermeture de nuit de la RN 151 entre deux échangeurs</h1>
{letterhead}<p>Communiqué de presse</p><p>Bourges, le 4 septembre 2024</p>
<p>La route nationale sera fermée chaque nuit, de 20 h à 6 h, du 16 au 27 septembre, pour des
travaux de renouvellement de la chaussée. Une déviation sera mise en place.</p>
</article></main><footer><div class="fr-footer__brand">{brand}</div></footer></body></html>"""


@given(gs.state_brand_blocks())
def test_a_state_sites_brand_block_names_the_issuer_when_the_text_names_none(
    block: tuple[str, str],
) -> None:
    brand, name = block
    page = _state_page(brand)
    assert _document(page).metadata.author == name
    release = parse(page, filename="cp.html")
    assert [issuer.name for issuer in release.header.issuers] == [name]


@pytest.mark.parametrize(
    "motto",
    [
        '<span class="devise">Liberté<br>Égalité<br>Fraternité</span>',
        "<br>Liberté Égalité Fraternité",
    ],
)
def test_the_republic_s_motto_under_the_brand_is_no_part_of_its_name(motto: str) -> None:
    page = _state_page(f'<p class="fr-logo">PRÉFET<br>DES DEUX-SÈVRES<br>{motto}</p>')
    assert _document(page).metadata.author == "PRÉFET DES DEUX-SÈVRES"


def test_the_release_s_own_letterhead_wins_over_the_site_s_brand_block() -> None:
    page = _state_page(
        '<p class="fr-logo">Préfet<br>du Cher</p>',
        letterhead="<p><strong>DIRECTION RÉGIONALE DES ROUTES CENTRE-OUEST</strong></p>",
    )
    release = parse(page, filename="cp.html")
    assert [i.name for i in release.header.issuers] == [
        "DIRECTION RÉGIONALE DES ROUTES CENTRE-OUEST"
    ]


@pytest.mark.parametrize(
    "brand",
    [
        '<p class="fr-logo">République<br>Française</p>',
        '<p class="fr-logo">Liberté<br>Égalité<br>Fraternité</p>',
        '<p class="fr-logo-devise">Préfet<br>du Cher</p>',  # another class, not the brand
        '<p class="logo">Préfet<br>du Cher</p>',
    ],
)
def test_the_bare_emblem_and_other_classes_name_no_issuer(brand: str) -> None:
    page = _state_page(brand)
    assert _document(page).metadata.author is None
    assert parse(page, filename="cp.html").header.issuers == ()


@pytest.mark.parametrize(
    ("logo", "name"),
    [
        (
            '<img class="logo" src="/img/gp.png" alt="Gouvernement Princier – Principauté de '
            'Monaco">',
            "Gouvernement Princier – Principauté de Monaco",
        ),
        ('<img src="/img/logo-ville.svg" alt="Logo de la Ville de Brest">', "Ville de Brest"),
    ],
)
def test_a_letterhead_logo_s_text_names_the_issuer_when_the_text_names_none(
    logo: str, name: str
) -> None:
    page = _state_page(logo)
    assert _document(page).metadata.author == name
    assert [i.name for i in parse(page, filename="cp.html").header.issuers] == [name]


def test_a_logo_s_brand_is_the_page_s_author() -> None:
    # (a brand without an organisation's word is the issuer only if the issuer step's
    # metadata rule finds it names one, as for any author)
    page = _state_page('<img id="site-logo" src="/img/a.png" alt="Logo Sénalia Aero">')
    assert _document(page).metadata.author == "Sénalia Aero"


@pytest.mark.parametrize(
    "logo",
    [
        '<img class="logo" src="/img/a.png" alt="Logo">',
        '<img class="logo" src="/img/a.png" alt="Accueil">',
        '<img class="photo" src="/img/pont.jpg" alt="Le pont de la RN 151">',  # no logo
    ],
)
def test_a_logo_without_a_name_names_no_issuer(logo: str) -> None:
    assert _document(_state_page(logo)).metadata.author is None


def test_the_release_s_own_letterhead_wins_over_the_site_s_logo() -> None:
    page = _state_page(
        '<img class="logo" src="/img/a.png" alt="Portail des communiqués">',
        letterhead="<p><strong>DIRECTION RÉGIONALE DES ROUTES CENTRE-OUEST</strong></p>",
    )
    assert [i.name for i in parse(page, filename="cp.html").header.issuers] == [
        "DIRECTION RÉGIONALE DES ROUTES CENTRE-OUEST"
    ]


def test_a_page_s_author_metadata_comes_before_its_brand_block() -> None:
    page = _state_page('<p class="fr-logo">Préfet<br>du Cher</p>').replace(
        "</title>", '</title><meta name="author" content="Préfecture du Cher">'
    )
    assert _document(page).metadata.author == "Préfecture du Cher"


@pytest.mark.parametrize(("style", "level"), [("MsoTitle", 1), ("MsoSubtitle", 2)])
def test_word_s_title_and_subtitle_styles_are_headings(style: str, level: int) -> None:
    """Word's "Save as Web Page" writes the Title style as ``<p class=MsoTitle>``; its
    ``<title>`` is the file's title property, often a working name ("CP dépistage")."""
    title = "Journée mondiale de l'audition : 60 cabines de dépistage dans les gares"
    page = f"""<html><head><title>CP Ouie dépistage</title><style>p.MsoNormal {{margin:0}}</style>
</head><body lang=FR><div class=WordSection1>
<p class=MsoNormal><b>COMMUNIQUÉ DE PRESSE</b></p>
<p class=MsoNormal>Lille, le 3&nbsp;mars 2026</p>
<p class={style}><span style='font-size:18.0pt'>{title}</span></p>
<p class=MsoNormal>Du 3 au 7 mars, les bénévoles de l'association proposent un test auditif de dix
minutes, sans rendez-vous, dans vingt gares de la région.</p></div></body></html>"""
    document = _document(page)
    headings = [b for b in document.blocks if b.kind is BlockKind.HEADING]
    assert [(b.text, b.level) for b in headings] == [(title, level)]
    if level == 1:
        assert parse(page, filename="cp.htm").header.headline == title


_EXPORTED_TITLE = "Rénovation énergétique : 1 000 logements accompagnés en un an"
_EXPORTED_CHAPO = (
    "Un an après l'ouverture de son guichet unique, l'agence dresse un premier bilan : 1 012 "
    "ménages accompagnés et 640 chantiers engagés."
)


def _exported_page(sheet: str, title_class: str, chapo_class: str) -> str:
    """A word processor's export: the title and the chapô styled by classes of its sheet."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>- no title specified</title>
<style type="text/css">{sheet}</style></head><body>
<p class="P2">Agence de l'énergie du Cantal</p><p class="P2">COMMUNIQUÉ</p>
<p class="P2">Aurillac, le 7 avril 2026</p>
<p class="{title_class}">{_EXPORTED_TITLE}</p>
<p class="Standard"><span class="{chapo_class}">{_EXPORTED_CHAPO}</span></p>
<p class="Standard">Ouvert le 1er avril 2025, le guichet offre aux habitants un conseil gratuit et
neutre sur leurs projets de rénovation, du diagnostic au montage des demandes d'aides.</p>
</body></html>"""


@pytest.mark.parametrize(
    ("sheet", "title_class", "chapo_class"),
    [
        # LibreOffice's export: a paragraph style, a text style
        (".P2 { font-size:11pt; } .P3 { font-size:18pt; font-weight:bold; } "
         ".T1 { font-style:italic; }", "P3", "T1"),
        # Google Docs': minified, numeric weights, classes side by side
        (".c1{font-weight:700;font-size:16pt}.c4{color:#000;font-style:italic}", "c1 c9", "c4"),
        # a tag with its class, a list of selectors
        ("p.titre, h2.titre { font-weight: bold } span.chapo { font-style: oblique }", "titre",
         "chapo"),
    ],
)  # fmt: skip
def test_an_export_s_classes_set_its_title_in_bold_and_its_chapo_in_italics(
    sheet: str, title_class: str, chapo_class: str
) -> None:
    page = _exported_page(sheet, title_class, chapo_class)
    blocks = {b.text: b for b in _document(page).blocks}
    assert blocks[_EXPORTED_TITLE].emphasis is Emphasis.STRONG
    assert blocks[_EXPORTED_CHAPO].emphasis is Emphasis.EM
    release = parse(page, filename="cp.xhtml")
    assert release.header.headline == _EXPORTED_TITLE
    assert release.header.lede == _EXPORTED_CHAPO


def test_a_class_styled_only_inside_another_element_is_not_read() -> None:
    # (a descendant selector styles the class in one place only: not read)
    page = _exported_page("div.box .P3 { font-weight:bold } .note .T1 { font-style:italic }",
                          "P3", "T1")  # fmt: skip
    blocks = {b.text: b for b in _document(page).blocks}
    assert blocks[_EXPORTED_TITLE].emphasis is None
    assert blocks[_EXPORTED_CHAPO].emphasis is None


@pytest.mark.parametrize("rule", [".texte{font-weight:600}", ".texte{font-style:italic}"])
def test_a_wrapper_s_class_emphasises_none_of_its_lines(rule: str) -> None:
    page = (
        f"<html><head><style>{rule}</style></head><body><h1>La Région lance un plan vélo de 40 "
        'millions d\'euros</h1><div class="texte"><p>Lyon, le 3 mars 2026</p><p>La Région a '
        "adopté jeudi un plan de 40 millions d'euros pour les pistes cyclables autour des "
        "lycées.</p><p>Le plan prévoit 300 kilomètres de pistes d'ici 2030.</p></div>"
        "</body></html>"
    )
    assert all(
        b.emphasis is None for b in _document(page).blocks if b.kind is not BlockKind.HEADING
    )
    assert parse(page, filename="cp.html").header.lede is None


def test_a_style_sheet_s_rules_are_read_after_an_embedded_font() -> None:
    font = "@font-face{font-family:'Marianne';src:url(data:font/woff2;base64," + "A" * 50_000
    page = _exported_page(
        font + ") format('woff2')} .P3 { font-weight:bold } .T1 { font-style:italic }", "P3", "T1"
    )
    blocks = {b.text: b for b in _document(page).blocks}
    assert blocks[_EXPORTED_TITLE].emphasis is Emphasis.STRONG
    assert blocks[_EXPORTED_CHAPO].emphasis is Emphasis.EM


def _newsroom_page(body_class: str, beside: str = "", paragraphs: int = 4) -> str:
    """A newsroom page: the release's head (type, dateline, title, chapô) set beside the block
    that holds its body, in a wrapper named for no content."""
    body = "".join(
        f"<p>Le nouveau service accompagne les copropriétés, étape {n} : diagnostic, plan de "
        "travaux, vote en assemblée générale et aides nationales et régionales mobilisées.</p>"
        for n in range(1, paragraphs + 1)
    )
    return f"""<html><head><title>Salle de presse | ADEME Normandie</title></head><body>
<div class="newsroom"><div class="logos"><img src="a.png" alt="ADEME"></div>
<p class="cp-type">COMMUNIQUÉ DE PRESSE</p>
<p class="cp-date"><span class="lieu">Caen</span>, le 17 février 2026</p>
<h1 class="cp-title">Rénovation énergétique : un guichet unique pour les copropriétés</h1>
<p class="lead">L'ADEME et la Région lancent un service public d'accompagnement gratuit destiné
aux copropriétés de la région construites avant 1990.</p>
<div class="{body_class}">{body}</div>{beside}</div></body></html>"""


@pytest.mark.parametrize("body_class", ["cp-body", "article-content", "texte"])
def test_a_release_s_head_beside_its_body_s_block_is_read(body_class: str) -> None:
    release = parse(_newsroom_page(body_class), filename="cp.html")
    assert release.header.doc_type == "COMMUNIQUÉ DE PRESSE"
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == ("Caen", dt.date(2026, 2, 17))
    assert release.header.headline == (
        "Rénovation énergétique : un guichet unique pour les copropriétés"
    )
    assert release.header.lede is not None
    assert release.header.lede.startswith("L'ADEME et la Région lancent")


def test_a_body_block_beside_much_more_text_stays_the_release() -> None:
    others = "".join(
        f"<p>Autre actualité numéro {n} de la salle de presse, sans rapport avec le communiqué, "
        "et assez longue pour peser dans la page entière.</p>"
        for n in range(14)
    )
    page = _newsroom_page("cp-body", beside=f"<div class='autres'>{others}</div>", paragraphs=16)
    release = parse(page, filename="cp.html")
    assert "Autre actualité numéro 3" not in release.text


@pytest.mark.parametrize("breaks", ["<br>", "<br/>", "<br>\n"])
def test_a_title_broken_by_br_is_compared_whole_with_the_metadata_title(breaks: str) -> None:
    lines = [
        "CERFONTAINE ANNONCE LE SUCCÈS",
        "DE SON AUGMENTATION DE CAPITAL",
        "D'UN MONTANT DE 22 M€",
    ]
    page = (
        '<html><head><meta property="og:title" content="Cerfontaine annonce le succès de son '
        'augmentation de capital de 22 M€"></head><body><main><p>COMMUNIQUÉ DE PRESSE</p>'
        f"<p>Reims, le 12 mai 2026</p><h1>{breaks.join(lines)}</h1><p>Cerfontaine annonce le "
        "succès de son augmentation de capital, pour un montant brut de 22 millions d'euros."
        "</p></main></body></html>"
    )
    assert parse(page, filename="cp.html").headline == " ".join(lines)


@pytest.mark.parametrize("builder", ["elementor", "fl", "wpb"])
def test_a_page_builder_s_widgets_keep_the_text_and_drop_the_menus(builder: str) -> None:
    # Every block of a built page is a "widget": the text's own too; its menus say "nav-menu".
    text = "Le centre hospitalier ouvre une unité de soins palliatifs de douze lits au printemps."
    page = (
        f'<div class="{builder}-widget {builder}-widget-nav-menu"><ul><li>Accueil</li>'
        f"<li>Actualités</li></ul></div>"
        f'<div class="{builder}-widget-wrap"><div class="{builder}-widget {builder}-widget-'
        f'text-editor"><div class="{builder}-widget-container"><p>{text}</p></div></div></div>'
    )
    release = parse(page, adapter="html")
    assert text in release.text
    assert "Accueil" not in release.text
    # a theme's sidebar widget is still chrome
    sidebar = f'<div class="widget widget_text"><p>Nos partenaires</p></div><p>{text}</p>'
    assert "partenaires" not in parse(sidebar, adapter="html").text


@pytest.mark.parametrize(
    "label",
    [
        '{% trans "Communiqué de presse" %}',
        "{% translate 'Communiqué de presse' %}",
        '{%- trans "Communiqué de presse" -%}',
        '{{ _("Communiqué de presse") }}',
        "{{ gettext('Communiqué de presse') }}",
    ],
)
def test_a_template_s_translated_label_reads_as_its_words(label: str) -> None:
    page = (
        '{% extends "presse/base.html" %}\n{% block content %}<article><p class="emetteur">'
        f"Fondation Code Commun</p><p>{label}</p><h1>Le marché doit rester ouvert aux "
        "logiciels libres</h1><p>La Fondation demande que le lot soit réécrit en termes de "
        "fonctionnalités et de formats ouverts.</p></article>{% endblock %}"
    )
    release = parse(page, adapter="html")
    assert release.header.doc_type == "Communiqué de presse"
    assert [issuer.name for issuer in release.header.issuers] == ["Fondation Code Commun"]


def test_a_translation_stored_in_a_variable_shows_nothing() -> None:
    page = (
        '<article><p>{% trans "Communiqué de presse" as kind %}</p><h1>Le marché reste '
        "ouvert</h1><p>La Fondation demande un cahier des charges neutre.</p></article>"
    )
    assert parse(page, adapter="html").header.doc_type is None


@pytest.mark.parametrize(
    "title",
    [
        "MATE - Communiqués de presse - Février 2001",
        "Université Rhin-Vosges :: Actualités :: Communiqués de presse",
        "Ville de Dole | Espace presse",
    ],
)
def test_a_page_title_naming_the_site_and_its_press_section_is_no_headline(title: str) -> None:
    headline = "Emballages ménagers : un nouvel agrément pour relancer le tri sélectif"
    page = (
        f"<html><head><title>{title}</title></head><body><table><tr><td><p><b>Communiqué de "
        f"presse</b></p><p>Paris, le 12 février 2001</p><p><font size=4><b>{headline}</b>"
        "</font></p><p>Le ministre a signé ce jour l'arrêté portant renouvellement de "
        "l'agrément des sociétés de tri pour six ans.</p></td></tr></table></body></html>"
    )
    assert parse(page).headline == headline


def test_a_page_title_with_its_section_and_site_after_it_is_the_headline() -> None:
    title = "Le ministre signe l'agrément des éco-organismes pour six ans"
    page = (
        f"<html><head><title>{title} - Communiqués de presse - Ministère de l'Environnement"
        "</title></head><body><p>Paris, le 12 février 2001</p><p>Le ministre a signé ce jour "
        "l'arrêté portant renouvellement de l'agrément des sociétés de tri.</p></body></html>"
    )
    assert parse(page).headline == title


@given(gs.state_banners())
def test_a_state_banner_of_another_make_names_the_authority_under_the_emblem(
    banner: tuple[str, list[str], str],
) -> None:
    """Sites that predate the DSFR set the emblem (its words, or a Marianne's alternative
    text) over the authority's name in a banner of their own make."""
    html, _, name = banner
    page = _state_page("").replace('<header class="fr-header">', f"<header>{html}")
    assert _document(page).metadata.author == name
    assert [i.name for i in parse(page, filename="cp.html").header.issuers] == [name]


@pytest.mark.parametrize(
    "under",
    [
        '<a href="/">Accueil</a>',  # the navigation, no name
        "<p>Rechercher</p>",
        "<p>Préfet du Cher.</p>",  # a sentence's end: not a banner's name
    ],
)
def test_an_emblem_over_no_authority_s_name_names_no_one(under: str) -> None:
    emblem = '<img src="/img/marianne.png" alt="Liberté Égalité Fraternité">'
    page = _state_page("").replace('<header class="fr-header">', f"<header>{emblem}{under}")
    assert _document(page).metadata.author is None


def test_a_bare_emblem_s_service_title_names_the_authority() -> None:
    """The DSFR's header with the bare emblem ("République" / "Française") names the
    authority in its service title when that is a body's name."""
    brand = '<p class="fr-logo">République<br>Française</p>'
    page = _state_page(brand).replace("Les services de l'État</p>", "Ministère de la Mer</p>", 1)
    assert _document(page).metadata.author == "Ministère de la Mer"


@pytest.mark.parametrize(
    ("banner", "name"),
    [
        # the État's brand block right over the page's title: the name over the motto
        (
            '<div class="bloc-marque"><p>PRÉFET<br>DU FINISTÈRE</p>'
            "<p>Liberté<br>Égalité<br>Fraternité</p></div>",
            "PRÉFET DU FINISTÈRE",
        ),
        # inline markup inside the name's line
        (
            "<p>République française</p><p>Liberté Égalité Fraternité</p>"
            "<p>Ministère de la <strong>Culture</strong></p>",
            "Ministère de la Culture",
        ),
    ],
)
def test_a_banner_s_name_is_read_whole_and_right_over_the_title(banner: str, name: str) -> None:
    page = (
        f"<html><body><header>{banner}</header><h1>Vigilance orange vents violents</h1>"
        "<p>Le département est placé en vigilance orange à partir de ce soir.</p></body></html>"
    )
    assert _document(page).metadata.author == name


_CLASS_WORDS = ("fr-logo", "fr-logo-x", "xfr-logo", "logo", "fr-header", "\tfr-logo\n", "")
_ROLES = ("main", "Main", " main", "navigation", "")


@given(
    st.lists(
        st.tuples(
            st.sampled_from(("div", "p", "span", "main", "section")),
            st.lists(st.sampled_from(_CLASS_WORDS), max_size=3),
            st.one_of(st.none(), st.sampled_from(_ROLES)),
            st.booleans(),  # nested in the element before it, or its sibling
        ),
        max_size=12,
    )
)
def test_the_page_queries_read_from_attributes_find_what_the_plain_ones_find(
    elements: list[tuple[str, list[str], str | None, bool]],
) -> None:
    # `_MAIN_ROLES` and `_STATE_BRANDS` start from the attributes, not from every element:
    # the same elements, in the same order, as the plain expressions.
    from lxml import etree

    parts, open_tags = [], []
    for tag, classes, role, nested in elements:
        if not nested:
            while open_tags:
                parts.append(f"</{open_tags.pop()}>")
        attributes = f' class="{" ".join(classes)}"' if classes else ""
        attributes += f' role="{role}"' if role is not None else ""
        parts.append(f"<{tag}{attributes}>x")
        open_tags.append(tag)
    root = etree.fromstring(f"<html><body>{''.join(parts)}</body></html>", etree.HTMLParser())
    plain_roles = etree.XPath("//*[@role='main']")
    plain_brands = etree.XPath(
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' fr-logo ')]"
    )
    assert html_adapter._MAIN_ROLES(root) == plain_roles(root)
    assert html_adapter._STATE_BRANDS(root) == plain_brands(root)


WML_NEWS = """<define-tag pagetitle>Publication de Gnoll <q>Azur</q> 4.2</define-tag>
<define-tag release_date>2019-03-11</define-tag>
#use wml::gnoll::news
#include "$(ENGLISHDIR)/releases/info"
# Status: [relu]

<p>Après deux ans de développement, le projet Gnoll a le plaisir d'annoncer la publication
de sa version 4.2, nommée <q>Azur</q>, et remercie les bénévoles qui l'ont rendue possible.</p>

<h2>Au sujet de Gnoll</h2>
<p>Gnoll est un système d'exploitation libre développé par des bénévoles du monde entier.</p>
"""


def test_a_wml_source_s_variables_are_its_title_and_date_and_its_directives_no_text() -> None:
    document = _document(WML_NEWS)
    assert document.metadata.title == "Publication de Gnoll Azur 4.2"
    assert document.metadata.date == dt.date(2019, 3, 11)
    assert not any("#" in block.text or "define" in block.text for block in document.blocks)
    release = parse(WML_NEWS, filename="20190311.wml")
    assert release.adapter == "html"
    assert release.header.headline == "Publication de Gnoll Azur 4.2"
    assert release.date == dt.date(2019, 3, 11)
    assert [s.heading for s in release.about_sections()] == ["Au sujet de Gnoll"]
    for block in document.blocks:  # the directives were blanked, never shifted
        for line in block.lines:
            assert document.text[line.span[0] : line.span[1]] == line.text


def test_a_hash_opening_a_line_of_any_other_page_is_its_text() -> None:
    page = "<html><body><p>Rejoignez-nous :\n# NoGoingBack est notre mot d'ordre.</p></body></html>"
    assert "# NoGoingBack" in " ".join(block.text for block in _document(page).blocks)


def test_a_bare_hash_line_in_a_wml_source_blanks_only_itself() -> None:
    page = (
        "<define-tag pagetitle>Gnoll 4.2 publié</define-tag>\n#use wml::gnoll::news\n#\n"
        "<p>Le projet Gnoll a le plaisir d'annoncer la version 4.2 de son système.</p>\n"
    )
    assert "Le projet Gnoll a le plaisir" in " ".join(b.text for b in _document(page).blocks)


def test_a_wml_source_s_own_title_wins_over_its_generic_one() -> None:
    page = (
        "<define-tag title>Nouvelles de Gnoll</define-tag>\n"
        "<define-tag pagetitle>Gnoll 4.2 publié</define-tag>\n#use wml::gnoll::news\n"
        "<p>Le projet Gnoll annonce la version 4.2.</p>\n"
    )
    assert _document(page).metadata.title == "Gnoll 4.2 publié"


def test_a_layout_wrapper_named_for_its_sidebar_keeps_the_article_it_holds() -> None:
    page = (
        "<html><body><div class='content'><div class='two_columns background_color_sidebar'>"
        "<div class='column1'><article><h1>La Région ouvre trois lycées</h1><p>La Région "
        "Bretagne ouvre trois nouveaux lycées à la rentrée, annonce son président.</p></article>"
        "</div><div class='column2'><aside class='sidebar'><p>Suivez-nous</p></aside></div>"
        "</div></div></body></html>"
    )
    text = _document(page).text
    assert "La Région Bretagne ouvre trois nouveaux lycées" in text
    assert "Suivez-nous" not in text
