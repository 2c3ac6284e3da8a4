"""What the rules for captured pages, wire datelines and classification cues must leave alone.

Each rule below reads a convention of real captures (a page's widgets, a wire's dashes, a
council's communiqué, a company's periodic results, a press service's page, a portal's filing
fields); each test here is ordinary release or news text that looks like it and is not it.
"""

from __future__ import annotations

import datetime as dt

import pytest

from communique import parse

CONTACT = "Contact presse : Marie Dupont, 02 99 00 00 00"


def _release(title: str, dateline: str = "Rennes, le 12 mars 2026 – ") -> str:
    return (
        f"COMMUNIQUÉ DE PRESSE\n\n{title}\n\n{dateline}La Région Bretagne lance un plan de 40 "
        f"millions d'euros pour l'emploi des jeunes. Il sera présenté lundi.\n\n{CONTACT}\n"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Emploi / formation / insertion, la Région lance un nouveau plan",  # not a breadcrumb
        "Download Festival revient en juin 2026",  # a name, no button
        "Grand froid – (-5 à -10 degrés) – vigilance orange dans le Doubs",  # no wire
        "Secteurs : l'industrie et le BTP recrutent 2 000 jeunes en Bretagne",  # no filing field
        "Thématiques : l'eau, la forêt et l'énergie au cœur du budget régional",
    ],
)
def test_a_title_that_looks_like_a_widget_a_wire_or_a_field_stays_the_headline(
    title: str,
) -> None:
    assert parse(_release(title)).headline == title


def test_a_byline_in_its_own_paragraph_is_no_end_of_the_title() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nLa Ville rénove la piscine municipale\n\nPar Julie Martin\n\n"
        "Lyon, le 12 mars 2026 – La Ville de Lyon rénove la piscine du Rhône. Les travaux "
        "dureront dix mois.\n"
    )
    assert parse(text).headline == "La Ville rénove la piscine municipale"


def test_a_deck_between_the_title_and_the_dateline_s_paragraph_stays_a_deck() -> None:
    text = (
        "Mairie de Villeneuve\n\nLa Ville rénove la piscine municipale du Rhône\n\n"
        "Un chantier de dix mois\n\nLyon, le 12 mars 2026 – La Ville de Lyon rénove la piscine "
        "du Rhône. Les travaux dureront dix mois et coûteront 12 millions d'euros.\n"
    )
    assert parse(text).headline == "La Ville rénove la piscine municipale du Rhône"


@pytest.mark.parametrize("opening", ["Dernier-né de la gamme,", "Prochainement en concession,"])
def test_a_word_opening_with_dernier_or_prochain_after_a_dateline_keeps_its_place(
    opening: str,
) -> None:
    text = _release(
        "Le nouveau scooter électrique Voltane arrive en concession",
        f"PARIS, 12 mars 2026 {opening} ",
    )
    release = parse(text)
    assert release.dateline is not None
    assert release.dateline.place == "PARIS"


def test_a_firm_s_own_boilerplate_is_no_press_service_s() -> None:
    text = (
        "Le cabinet de recrutement Hays Conseil ouvre un bureau à Nantes\n\nLe cabinet ouvre "
        "son cinquième bureau régional et recrute vingt consultants spécialisés dans "
        "l'industrie et la logistique. L'équipe s'installera quai de la Fosse.\n\n"
        "À propos du cabinet de recrutement Hays Conseil\nFondé en 1998, le cabinet accompagne "
        "les entreprises industrielles dans leurs recrutements.\n"
    )
    assert "about-section" in parse(text).evidence


@pytest.mark.parametrize(
    "text",
    [
        "Réforme des retraites : le texte présenté mercredi\n\nLe Conseil des ministres a adopté "
        "mercredi le projet de loi sur les retraites, malgré l'opposition des syndicats qui "
        "appellent à une nouvelle journée de grève jeudi.\n",
        "Banques françaises : résultats annuels 2025 en forte hausse\n\nLes grandes banques "
        "françaises ont publié cette semaine des bénéfices record pour l'exercice 2025, selon "
        "notre décompte.\n",
    ],
)
def test_a_news_report_of_a_council_s_decision_or_of_results_is_no_release(text: str) -> None:
    assert not parse(text).is_press_release


@pytest.mark.parametrize(
    "name",
    ["Région Grand Est", "RÉGION GRAND EST", "Centre hospitalier Sud-Est", "Est Ensemble"],
)
def test_a_name_holding_est_is_no_clause(name: str) -> None:
    """An issuer's line holds no finite verb ("… doivent agir", "… a lancé"): a line that
    does is a surtitle; "Est" the direction is part of many names."""
    release = parse(f"{name}\n\n{_release('La Région lance un plan pour l’emploi des jeunes')}")
    assert [issuer.name for issuer in release.header.issuers] == [name]


@pytest.mark.parametrize(
    "lead",
    [
        "Le ministre de l'Agriculture a clôturé le 3 mars 2024 le Salon international de "
        "l'agriculture, après neuf jours de rencontres avec les éleveurs.",
        "La Semaine de la langue française s'est achevée le dimanche 3 mars 2024 à Marseille, "
        "avec une dictée géante sur le Vieux-Port.",
    ],
)
def test_an_event_ending_on_the_day_told_is_no_accounting_period(lead: str) -> None:
    text = f"Un titre de communiqué\n\n{lead}\n\nLa suite du texte en donne le détail.\n"
    assert parse(text).date == dt.date(2024, 3, 3)


def test_a_council_s_meeting_title_is_no_issuer() -> None:
    text = (
        "RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple - Un But - Une Foi\n\n"
        "CONSEIL DES MINISTRES DU 6 MARS 2019\n\nCOMMUNIQUÉ\n\n"
        "Le Président de la République a présidé ce mercredi 6 mars 2019 le Conseil des "
        "ministres au Palais de la République.\n"
    )
    release = parse(text)
    assert release.headline == "CONSEIL DES MINISTRES DU 6 MARS 2019"
    assert "CONSEIL DES MINISTRES DU 6 MARS 2019" not in [i.name for i in release.header.issuers]


def test_a_name_with_the_compass_point_after_an_elision_is_no_clause() -> None:
    name = "Communauté de communes de l'est lyonnais"
    release = parse(f"{name}\n\n{_release('La Région lance un plan pour l’emploi des jeunes')}")
    assert [issuer.name for issuer in release.header.issuers] == [name]


def test_a_release_page_under_a_section_name_with_dated_neighbours_is_no_listing() -> None:
    neighbours = "\n\n".join(
        f"{title}\n{day} mars 2024"
        for title, day in (("Vigilance orange crues", 10), ("Cérémonie de la citoyenneté", 7),
                           ("Campagne de vaccination", 5))
    )  # fmt: skip
    text = (
        "Actualités\n\nFermeture temporaire de la route départementale 906\n\n12 mars 2024\n\n"
        "Communiqué de presse\n\nEn raison de travaux de confortement de la chaussée, la route "
        "sera fermée à la circulation du lundi 18 mars au vendredi 22 mars 2024.\n\n"
        f"{CONTACT}\n\nDans la même rubrique\n\n{neighbours}\n"
    )
    release = parse(text)
    assert "release-listing" not in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize(
    "line",
    ["Suivez-nous : https://www.linkedin.com/company/cision", "Photo : Présidence/APO"],
)
def test_a_wire_s_name_ending_a_link_or_a_credit_is_no_wire_tag(line: str) -> None:
    text = f"Un titre de communiqué\n\nLa Région lance un plan pour l'emploi.\n\n{line}\n"
    assert "wire-credit" not in parse(text).evidence


def test_a_company_s_release_on_its_meeting_s_documents_is_no_public_notice() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nMise à disposition des documents préparatoires à l'assemblée "
        "générale mixte du 28 mai 2026\n\nVelora SA informe ses actionnaires que l'avis de "
        "réunion valant avis de convocation a été publié au BALO le 22 avril 2026. Les "
        "documents peuvent être consultés au siège social et sur le site de la société.\n\n"
        f"{CONTACT}\n"
    )
    release = parse(text)
    assert "public-notice" not in release.evidence
    assert release.is_press_release


def test_a_news_title_about_a_council_meeting_is_no_minutes() -> None:
    text = (
        "Compte rendu du conseil municipal du 3 mars 2026 : la piscine rouvrira en juin\n\n"
        "La Ville annonce la réouverture de la piscine municipale après six mois de travaux.\n"
    )
    assert "minutes" not in parse(text).evidence


def test_a_highlight_holding_a_date_is_no_issuer_a_dated_strip_s_name_is() -> None:
    highlights = (
        "• Nomination de Claire Martin au poste de Présidente du Conseil d'administration au "
        "1er avril 2026\n• Chiffre d'affaires en hausse de 12 %\n\n"
    )
    text = f"{highlights}{_release('Résultats annuels 2025 : une croissance de 12 %')}"
    names = [issuer.name for issuer in parse(text).header.issuers]
    assert not any("Nomination" in name for name in names)
    strip = "Ville de Villeurbanne · Communiqué de presse · 2 juillet 2026\n\n"
    release = parse(f"{strip}Un titre de communiqué\n\nLa Ville ouvre sa piscine d'été.\n")
    assert [issuer.name for issuer in release.header.issuers] == ["Ville de Villeurbanne"]


@pytest.mark.parametrize("link", ["Version PDF", "Version imprimable", "[Version PDF](/cp.pdf)"])
def test_a_link_to_the_page_s_other_version_is_no_issuer(link: str) -> None:
    text = f"---\ntitle: Un titre de communiqué\n---\n\n{link}\n\n{_release('Un titre')}"
    assert link not in [issuer.name for issuer in parse(text).header.issuers]
    assert "Version" not in " ".join(issuer.name for issuer in parse(text).header.issuers)


@pytest.mark.parametrize(
    "viewlets",
    [
        ["Actions sur le document"],
        ["Table des matières", "Actions sur le document"],
        ["Outils personnels"],
        ["Logo du site"],
    ],
)
def test_a_cms_s_viewlets_over_the_text_are_neither_title_nor_issuer(viewlets: list[str]) -> None:
    # Plone's document actions and table of contents, a logo's alternative text naming no one
    title = "Le collège communal soutient le festival d'été"
    body = (
        "Le collège communal s'est réuni ce vendredi 1er juillet 2022 et confirme son soutien "
        "au festival, qui accueillera 80 000 spectateurs.\n\nIl rappelle que le site appartient "
        "pour l'essentiel à la société régionale du logement.\n"
    )
    text = "\n\n".join([*viewlets, title, body])
    release = parse(text)
    assert release.headline == title
    assert not release.header.issuers


def test_a_logo_naming_its_body_is_still_read() -> None:
    text = "Logo de la Région Bretagne\n\nUn titre de communiqué\n\nLa Région ouvre un fonds.\n"
    assert [issuer.name for issuer in parse(text).header.issuers] == ["Région Bretagne"]
