"""Press-room pages of older CMS (SPIP, Joomla, eZ Publish, TYPO3, 2000s table layouts): the
release a page shows under its own title, chapô and date stamp, read as the press office wrote
it. Every page here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from communique import parse
from communique.adapters.html import HtmlAdapter
from communique.blocks import BlockKind, Document
from communique.source import load


def _document(html: str) -> Document:
    return HtmlAdapter().segment(load(html, max_input_bytes=10**7))


# A SPIP page: the site's title and the CMS's chapô over the release it pastes (letterhead,
# type, dateline, text), a press contact in the left column's box titled in bold.
SPIP_PAGE = """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html lang="fr"><head><meta charset="utf-8">
<title>Préfecture du Cantal - Canicule : le préfet déclenche le niveau 3 du plan</title>
</head><body>
<table width="960"><tr>
<td width="190" id="menu-gauche">
<ul class="menu"><li><a href="r1">L'État dans le Cantal</a></li>
<li><a href="r5">Presse</a></li></ul>
<div class="encart"><p><b>Contact presse</b><br>
Bureau de la communication interministérielle<br>
Tél. : 04 00 00 00 15<br>
<a href="mailto:com@cantal.example.fr">com@cantal.example.fr</a></p></div>
</td>
<td width="770"><div id="contenu">
<div class="ariane"><a href="./">Accueil</a> &gt; <a href="r5">Presse</a></div>
<span class="date">lundi 4 août 2008</span>
<h2 class="titre">Canicule : le préfet déclenche le niveau 3 du plan</h2>
<div class="chapo"><p>Les températures dépasseront 36 degrés jusqu'à jeudi. Les maires sont
invités à ouvrir des salles rafraîchies aux personnes âgées isolées.</p></div>
<div class="texte">
<p align="center"><b>PRÉFECTURE DU CANTAL</b><br>Cabinet du préfet</p>
<p align="center"><b>COMMUNIQUÉ DE PRESSE N° 118</b></p>
<p align="right">Aurillac, le 4 août 2008</p>
<p>Le préfet du Cantal a déclenché ce lundi le niveau 3 du plan canicule dans tout le
département, à la demande de l'agence régionale de santé, après trois jours au-dessus des
seuils d'alerte. Les établissements accueillant des personnes âgées ont été avertis.</p>
<p>Chacun est invité à boire régulièrement et à prendre des nouvelles de ses voisins isolés.</p>
</div></div></td></tr></table>
</body></html>
"""


def test_a_pasted_release_keeps_its_letterhead_type_and_number_under_the_page_title() -> None:
    release = parse(SPIP_PAGE, adapter="html")
    assert [issuer.name for issuer in release.header.issuers] == ["PRÉFECTURE DU CANTAL"]
    assert release.header.doc_type == "COMMUNIQUÉ DE PRESSE"
    assert release.header.reference == "N° 118"
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2008, 8, 4)


def test_the_page_title_after_the_site_name_is_the_headline_with_its_place() -> None:
    release = parse(SPIP_PAGE, adapter="html")
    title = "Canicule : le préfet déclenche le niveau 3 du plan"
    assert release.header.headline == title
    span = release.header.headline_span
    assert span is not None
    assert release.text[span[0] : span[1]] == title


def test_a_sidebar_box_titled_in_bold_gives_the_press_contact() -> None:
    release = parse(SPIP_PAGE, adapter="html")
    assert [contact.emails for contact in release.contacts] == [("com@cantal.example.fr",)]
    assert release.contacts[0].phones == ("04 00 00 00 15",)


def test_bold_words_inside_a_sentence_make_no_contact_box() -> None:
    page = SPIP_PAGE.replace(
        "<p><b>Contact presse</b><br>", "<p>Écrivez au <b>Contact presse</b> du service<br>"
    )
    assert parse(page, adapter="html").contacts == ()


@pytest.mark.parametrize(
    ("page_title", "expected"),
    [
        ("Ministère de la Mer / Presse / Communiqués / {h}", "{h}"),
        ("{h} / Communiqués / Presse - Agence Ouest", "{h}"),
        ("Région Armor - {h}", "{h}"),
        ("Région Armor - Actualités", None),
    ],
)
def test_a_page_title_that_writes_the_sites_path_around_the_heading(
    page_title: str, expected: str | None
) -> None:
    heading = "Douze nouvelles rames pour les lignes régionales du littoral"
    html = (
        f"<html><head><title>{page_title.format(h=heading)}</title></head><body>"
        f"<div id='contenu'><h2>{heading}</h2><p>Rennes, le 2 juillet 2010</p>"
        "<p>La Région a commandé douze rames pour 96 millions d'euros, livrées en 2013.</p>"
        "</div></body></html>"
    )
    wanted = expected.format(h=heading) if expected is not None else None
    assert _document(html).metadata.title == wanted


def test_a_site_first_title_without_a_heading_gives_the_article_part() -> None:
    html = (
        "<html><head><title>Pôle Hydréo - Le pôle labellise sept projets sur la gestion de "
        "l'eau</title></head><body><table><tr><td class='contentheading'>Le pôle labellise "
        "sept projets sur la gestion de l'eau</td><td><a href='p.pdf'><img alt=''></a></td>"
        "</tr></table><p>Montpellier, le 16 novembre 2010</p><p>Texte.</p></body></html>"
    )
    document = _document(html)
    assert document.metadata.title == "Le pôle labellise sept projets sur la gestion de l'eau"
    # the buttons' empty cells write no separator after the title
    assert document.blocks[0].text == "Le pôle labellise sept projets sur la gestion de l'eau"


@pytest.mark.parametrize(
    "page_title",
    [
        "Mairie de Trifouilly - Vie municipale - {t}",
        "Ville de Lyon - Lyon - {t}",
    ],
)
def test_a_site_first_title_with_its_section_gives_the_article_part(page_title: str) -> None:
    title = "Le maire inaugure la nouvelle piscine municipale"
    html = (
        f"<html><head><title>{page_title.format(t=title)}</title></head><body><p>Lyon, le 3 "
        "mars 2025</p><p>Le maire a inauguré samedi la nouvelle piscine municipale.</p>"
        "</body></html>"
    )
    assert _document(html).metadata.title == title


def test_empty_cells_write_no_separator_around_a_row_s_text_but_keep_their_column() -> None:
    html = (
        "<table><tr><td></td><td>Horaires</td><td>10 h</td><td></td><td>12 h</td><td></td>"
        "<td> </td></tr><tr><td>Lundi</td><td></td><td>fermé</td><td></td></tr></table>"
    )
    rows = [b for b in _document(html).blocks if b.kind is BlockKind.TABLE_ROW]
    assert [row.text for row in rows] == ["Horaires | 10 h | | 12 h", "Lundi | | fermé"]


def test_a_bare_bold_contact_box_beside_the_release_is_the_site_s_not_a_press_contact() -> None:
    page = SPIP_PAGE.replace("<b>Contact presse</b>", "<b>Contact</b>")
    assert parse(page, adapter="html").contacts == ()


def test_a_theme_s_subheader_is_no_chapo() -> None:
    html = (
        "<div class='content'><h1>Le maire inaugure la nouvelle piscine</h1>"
        "<div class='article-subheader'>Par la Direction de la communication · Temps de "
        "lecture : 3 minutes</div><p>Rennes, le 3 mars 2025 – Le maire a inauguré samedi la "
        "piscine.</p></div>"
    )
    assert _document(html).metadata.lede is None


def test_two_line_breaks_end_a_paragraph_of_a_page_without_paragraphs() -> None:
    html = (
        "<table><tr><td><font size='2'><b>VILLE DE SAINT-ORME</b><br>Cabinet du Maire</font>"
        "<br><br><font size='2'><b>COMMUNIQUE</b></font><br><br>"
        "<font size='4'><b>Fermeture de la piscine municipale du 2 au 17 novembre</b></font>"
        "<br><br><font size='2'>Saint-Orme, le 18 octobre 2004<br><br>"
        "La piscine sera fermée pour la vidange annuelle des bassins et des travaux de "
        "carrelage.<br>Réouverture le 18 novembre à 9 heures.</font></td></tr></table>"
    )
    texts = [block.text for block in _document(html).blocks]
    assert texts == [
        "VILLE DE SAINT-ORME Cabinet du Maire",
        "COMMUNIQUE",
        "Fermeture de la piscine municipale du 2 au 17 novembre",
        "Saint-Orme, le 18 octobre 2004",
        "La piscine sera fermée pour la vidange annuelle des bassins et des travaux de "
        "carrelage. Réouverture le 18 novembre à 9 heures.",
    ]
    release = parse(html, adapter="html")
    assert release.header.headline == "Fermeture de la piscine municipale du 2 au 17 novembre"
    assert [issuer.name for issuer in release.header.issuers] == ["VILLE DE SAINT-ORME"]


def test_two_line_breaks_in_a_list_item_keep_the_item_whole() -> None:
    html = "<ul><li>Premier point<br><br>suite du premier point</li></ul>"
    items = [b for b in _document(html).blocks if b.kind is BlockKind.LIST_ITEM]
    assert len(items) == 1


@pytest.mark.parametrize("marker", ["attribute-short", "introtext"])
def test_the_chapo_classes_of_older_cms(marker: str) -> None:
    chapo = "Une enveloppe de douze millions d'euros est mobilisée pour les éleveurs sinistrés."
    html = (
        f"<html><body><div id='content'><h1>Aide d'urgence aux éleveurs</h1>"
        f"<div class='{marker}'><p>{chapo}</p></div><p>Paris, le 14 décembre 2007</p>"
        "<p>Le ministre a décidé un dispositif d'aide d'urgence.</p></div></body></html>"
    )
    assert _document(html).metadata.lede == chapo


def test_a_cms_date_stamp_opening_with_its_weekday_names_no_place() -> None:
    html = (
        "<html><body><div id='content'><h1>Le pôle labellise sept nouveaux projets</h1>"
        "<p>Mardi, 16 Novembre 2010 10:32</p><p><b>COMMUNIQUE DE PRESSE</b></p>"
        "<p><b>Montpellier, le 16 novembre 2010</b></p><p>Le comité de labellisation du "
        "pôle a retenu sept projets collaboratifs représentant 21 millions d'euros.</p>"
        "</div></body></html>"
    )
    dateline = parse(html, adapter="html").dateline
    assert dateline is not None
    assert (dateline.place, dateline.date) == ("Montpellier", dt.date(2010, 11, 16))


@pytest.mark.parametrize("rubric", ["À LIRE AUSSI", "ROUTES ET TRANSPORTS"])
def test_a_post_s_rubric_over_a_pasted_release_is_no_letterhead(rubric: str) -> None:
    note = (
        "Voici le communiqué de la préfecture reçu ce matin, que nous reproduisons pour nos "
        "lecteurs de la vallée, avec nos excuses pour le retard dû au week-end prolongé."
    )
    body = (
        "Le département ferme la route départementale 912 du 10 au 20 mars pour des travaux de "
        "réfection de la chaussée ; une déviation sera mise en place par la RD 26."
    )
    text = (
        f"# Fermeture de la RD 912\n\n{note}\n\n{{}}\n\nCOMMUNIQUÉ DE PRESSE\n\n"
        f"Alençon, le 3 mars 2025\n\nFermeture de la RD 912 du 10 au 20 mars\n\n{body}\n"
    )
    assert parse(text.format(rubric), adapter="markdown").header.issuers == ()
    letterhead = "PRÉFECTURE DE L'ORNE\n\nCabinet du préfet"
    release = parse(text.format(letterhead), adapter="markdown")
    assert [i.name for i in release.header.issuers] == ["PRÉFECTURE DE L'ORNE"]
