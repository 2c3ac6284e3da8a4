"""Extraction conventions of French releases, each on a small release written for the test."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import ParseError, SectionKind, parse
from communique.french.vocabulary import TICKER

WIRE = """\
RÉSULTATS ANNUELS 2024 : LA SOCIÉTÉ EXEMPLE ACCÉLÈRE SA CROISSANCE

PARIS--(BUSINESS WIRE)--Regulatory News:

Exemple SA (Paris:EXM) :

Le chiffre d'affaires progresse de 12 % sur l'exercice, porté par toutes les divisions du groupe.
"""

QUEBEC = """\
Transports – Le ministère annonce un nouveau programme d'aide aux municipalités rurales

Québec, le 7 avril 2021 – Le ministre des Transports annonce aujourd'hui un programme d'aide de 20 millions de dollars destiné aux municipalités rurales.

Les demandes pourront être déposées jusqu'au 30 juin.
"""

PLACE_ONLY = """\
Pour diffusion immédiate

Moncton (Nouveau-Brunswick) – L'association régionale élit une nouvelle présidente pour un mandat de deux ans, a-t-on appris lors de l'assemblée générale.

–30–

Information :
Julie Arsenault
Responsable des communications
506-555-0142
julie.arsenault@example.ca
"""

DATE_FIRST = """\
# Sortie de Logiciel 2.0

12 mars 2019, Lyon (Rhône) – Le projet Logiciel annonce la disponibilité de sa version 2.0, fruit de deux années de développement communautaire.
"""

SUBJECT = """\
Subject: Logiciel 3.1 publié

Pour publication immédiate

Le groupe de développement de Logiciel publie aujourd'hui la version 3.1, qui améliore nettement les performances des requêtes complexes.
"""

INLINE_CONTACTS = """\
Paris, le 3 février 2022

# Le réseau des pôles présente son rapport annuel

Le réseau des pôles de compétitivité publie aujourd'hui son rapport annuel, qui détaille les projets financés au cours de l'année écoulée et leurs retombées économiques.

« Notre partenariat a été décisif », déclare Marc Lenoir, directeur de Société Exemple. Contact Société Exemple : Marc Lenoir, marc.lenoir@exemple.fr (en anglais uniquement).

**Contacts presse :**
Service de presse du ministère
Tél : 01 53 18 42 68 / 42 76
Courriel : presse at exemple dot gouv dot fr
"""

FRONT_MATTER = """\
---
title: Le Gouvernement lance un appel à projets pour les territoires
date: 2023-05-17 10:00:00 +02:00
chapeau: Un appel à projets de 30 millions d'euros soutient l'innovation dans les territoires.
contact-presse:
  name: Claire Dubois
  tel: 01 40 00 00 01
  email: claire.dubois@exemple.gouv.fr
---

Le Gouvernement annonce le lancement d'un appel à projets doté de 30 millions d'euros pour soutenir l'innovation dans les territoires ruraux et périurbains.
"""

RELATIVE = """\
Lyon, le mercredi 15 mars 2023

# La métropole inaugure sa nouvelle médiathèque

La nouvelle médiathèque ouvrira ses portes au public lundi prochain, après l'inauguration officielle qui s'est tenue le 25 février dernier en présence des élus de la métropole.
"""

TEMPLATE = """\
# Modèle de communiqué de presse

Pour diffusion immédiate

[INSÉRER LE NOM] annonce aujourd'hui la participation de son école à la semaine du code, un événement national consacré à l'informatique.
"""


def test_wire_release_place_ticker_issuer_and_headline() -> None:
    release = parse(WIRE)
    assert release.dateline is not None
    assert release.dateline.place == "PARIS"
    assert release.dateline.date is None
    assert [i.name for i in release.header.issuers] == ["Exemple SA"]
    assert (
        release.header.headline
        == "RÉSULTATS ANNUELS 2024 : LA SOCIÉTÉ EXEMPLE ACCÉLÈRE SA CROISSANCE"
    )
    assert "wire-format" in release.evidence
    assert release.is_press_release


@given(
    st.sampled_from(["Marketwired", "BUSINESS WIRE", "GLOBE NEWSWIRE", "CNW"]),
    st.sampled_from(["", " - 8 nov. 2017", " – 12 mars 2024", " - Mar 5, 2024"]),
    st.sampled_from(["", " date 2017-11 ", "date 2024-03 "]),
    st.sampled_from([("--", " -"), ("–", "–"), ("—", "— "), ("--", "--")]),
)
def test_a_wire_dateline_with_its_day_or_under_a_capture_s_stamp_is_read(
    wire: str, day: str, stamp: str, dashes: tuple[str, str]
) -> None:
    """ "MONTRÉAL, QUÉBEC--(Marketwired - 8 nov. 2017) -": the wire's day may stand inside its
    brackets, a page may typeset its double hyphens as dashes ("–(BUSINESS WIRE)–"), and a
    capture may glue its month stamp ("date 2017-11") before the line; the place is still the
    dateline's and the text a wire release."""
    before, after = dashes
    text = (
        f"{stamp}MONTRÉAL, QUÉBEC{before}({wire}{day}){after} Exemple inc. (TSX:EXM) annonce "
        "aujourd'hui la vente de vingt et une de ses publications régionales à un groupe de presse.\n\n"
        "Au total, cent quarante employés sont transférés chez l'acquéreur.\n"
    )
    release = parse(text)
    assert release.dateline is not None
    assert release.dateline.place == "MONTRÉAL, QUÉBEC"
    assert "wire-format" in release.evidence
    assert release.is_press_release


@pytest.mark.parametrize("title", ["", "MEMSCAP publie son chiffre d'affaires semestriel\n\n"])
def test_a_wire_dateline_on_a_line_of_its_own_is_no_title(title: str) -> None:
    text = (
        f"{title}GRENOBLE, France--(BUSINESS WIRE)--\nRegulatory News:\nMEMSCAP (Euronext : MEMS), "
        "le fournisseur de capteurs de pression, annonce aujourd'hui son chiffre d'affaires et ses "
        "résultats pour le premier semestre clos le 30 juin 2022.\n"
    )
    release = parse(text)
    assert release.headline is None or "BUSINESS WIRE" not in release.headline
    assert release.dateline is not None
    assert release.dateline.place == "GRENOBLE, France"


@pytest.mark.parametrize("stamp", [" date 2020-08 ", "date 2020-08 "])
def test_a_dateline_opening_the_first_paragraph_after_a_capture_s_stamp_is_read(
    stamp: str,
) -> None:
    text = (
        f"{stamp}QUÉBEC, le 20 août 2020 /CNW Telbec/ - Le premier ministre annonce des "
        "changements de responsabilités au sein du Conseil des ministres.\n\n"
        "Ces changements prennent effet dès aujourd'hui.\n"
    )
    release = parse(text)
    assert release.dateline is not None
    assert (release.dateline.place, release.dateline.date) == ("QUÉBEC", dt.date(2020, 8, 20))


@pytest.mark.parametrize(
    ("line", "company"),
    [
        ("Exemple SA (Paris:EXM) :", "Exemple SA"),
        ("Exemple SA (Euronext Paris – EXM)", "Exemple SA"),
        ("Groupe Exemple (NYSE: EXM)", "Groupe Exemple"),
        ("Exemple Santé (Euronext Growth Paris)", "Exemple Santé"),
        ("Exemple SA (Paris : Mnémo EXS)", "Exemple SA"),
        # its other markets' codes after the first, a portal's quote
        ("Exemple SE (Paris:EXM) (LSE:EXM) (NYSE:EXM) :", "Exemple SE"),
        ("Exemple Graphics ( Cours :  EXGR  )", "Exemple Graphics"),
        # a city in brackets, a calendar's row: no market code
        ("Réunion des analystes (Paris)", None),
        ("17 mars | Résultats annuels | Communiqué et réunion SFAF (Paris)", None),
        ("Le cours de l'action (en euros) (hors dividende)", None),
    ],
)
def test_a_ticker_line_names_a_market_and_its_code(line: str, company: str | None) -> None:
    match = TICKER.match(line)
    assert (match is not None) == (company is not None)
    if company is not None:
        assert line[: line.index("(")].strip() == company


def test_dateline_glued_to_the_first_sentence() -> None:
    release = parse(QUEBEC)
    assert release.dateline is not None
    assert (release.dateline.place, release.dateline.date) == ("Québec", dt.date(2021, 4, 7))
    assert release.header.headline is not None
    assert release.header.headline.startswith("Transports – Le ministère annonce")


def test_place_alone_then_end_marker_and_information_block() -> None:
    release = parse(PLACE_ONLY)
    assert release.dateline is not None
    assert release.dateline.place == "Moncton (Nouveau-Brunswick)"
    (contact,) = release.contacts
    assert contact.name == "Julie Arsenault"
    assert contact.role == "Responsable des communications"
    assert contact.phones == ("506-555-0142",)
    assert contact.emails == ("julie.arsenault@example.ca",)
    assert "release-marker" in release.evidence


def test_date_before_the_place() -> None:
    release = parse(DATE_FIRST)
    assert release.dateline is not None
    assert (release.dateline.place, release.dateline.date) == ("Lyon (Rhône)", dt.date(2019, 3, 12))
    assert release.header.headline == "Sortie de Logiciel 2.0"


def test_subject_line_is_the_headline() -> None:
    assert parse(SUBJECT).header.headline == "Logiciel 3.1 publié"


def test_inline_contacts_obfuscated_emails_and_abbreviated_numbers() -> None:
    release = parse(INLINE_CONTACTS)
    phones = [p for c in release.contacts for p in c.phones]
    emails = [e for c in release.contacts for e in c.emails]
    assert phones == ["01 53 18 42 68", "01 53 18 42 76"]
    assert "presse@exemple.gouv.fr" in emails
    assert "marc.lenoir@exemple.fr" in emails
    assert "Marc Lenoir" in [c.name for c in release.contacts]


def test_front_matter_title_date_lede_and_contact() -> None:
    release = parse(FRONT_MATTER)
    assert (
        release.header.headline == "Le Gouvernement lance un appel à projets pour les territoires"
    )
    assert release.date == dt.date(2023, 5, 17)
    assert release.header.lede == (
        "Un appel à projets de 30 millions d'euros soutient l'innovation dans les territoires."
    )
    (contact,) = release.contacts
    assert contact.name == "Claire Dubois"
    assert contact.emails == ("claire.dubois@exemple.gouv.fr",)
    assert contact.phones == ("01 40 00 00 01",)
    assert "date-from-metadata" in [d.code for d in release.diagnostics]


def test_relative_dates_in_the_body_are_resolved_against_the_release_date() -> None:
    release = parse(RELATIVE)
    assert release.date == dt.date(2023, 3, 15)
    resolved = {m.text: m.date for m in release.mentions if m.relative}
    assert resolved == {
        "lundi prochain": dt.date(2023, 3, 20),
        "25 février dernier": dt.date(2023, 2, 25),
    }
    text = release.text
    for mention in release.mentions:
        assert text[mention.span[0] : mention.span[1]] == mention.text


def test_relative_dates_stay_unresolved_without_a_release_date() -> None:
    release = parse(
        "# Titre\n\nLa réunion publique consacrée au nouveau plan local d'urbanisme aura lieu "
        "lundi prochain à la mairie de la commune.\n"
    )
    assert [(m.text, m.date) for m in release.mentions] == [("lundi prochain", None)]


def test_year_less_dateline_needs_a_reference_date() -> None:
    text = "Paris, le 5 mars\n\n# Un titre de communiqué\n\nLe texte du communiqué commence ici et continue.\n"
    unresolved = parse(text)
    assert unresolved.date is None
    assert "unresolved-year" in [d.code for d in unresolved.diagnostics]
    resolved = parse(text, reference_date=dt.date(2024, 2, 20))
    assert resolved.date == dt.date(2024, 3, 5)


def test_template_is_not_a_press_release() -> None:
    release = parse(TEMPLATE)
    assert not release.is_press_release
    assert "placeholder-text" in release.evidence


def test_run_in_about_heading() -> None:
    text = (
        "# Titre\n\nLe texte du communiqué, assez long pour former un vrai paragraphe de corps.\n\n"
        "**À propos de la DINUM :** la direction interministérielle du numérique pilote la "
        "stratégie numérique de l'État.\n"
    )
    (about,) = parse(text).about_sections()
    assert about.heading == "À propos de la DINUM"
    assert about.kind is SectionKind.ABOUT
    assert about.blocks[0].text.startswith("la direction interministérielle")
    assert [i.name for i in parse(text).header.issuers] == ["DINUM"]


@pytest.mark.parametrize(
    ("heading", "issuer"),
    [
        ("À propos de la DINUM", "DINUM"),
        ("À propos de La Poste", "La Poste"),  # the article written with its capital: the name's
        ("À propos de L’Escale", "L’Escale"),
        ("À propos de l’Agence du numérique", "Agence du numérique"),
        ("À PROPOS DE LA FONDATION TERRES VIVES", "FONDATION TERRES VIVES"),  # all in capitals
        ("À propos des Amis du Moulin", "Amis du Moulin"),
        ("À propos de La Fondation de France", "Fondation de France"),  # a kind of body follows
        ("À Propos De La Région Bretagne", "Région Bretagne"),
        ("Au sujet de Debian", "Debian"),  # the Canadian and Debian wording
        ("Au sujet de la Banque Laurentienne", "Banque Laurentienne"),
        ("Au sujet d’Énergir", "Énergir"),
    ],
)
def test_an_about_heading_names_its_organisation_without_the_preposition_s_article(
    heading: str, issuer: str
) -> None:
    text = (
        "# Titre\n\nLe texte du communiqué, assez long pour former un vrai paragraphe de corps.\n\n"
        f"## {heading}\n\nL'organisation accompagne les territoires depuis vingt ans.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == [issuer]


@pytest.mark.parametrize(
    "heading",
    [
        "## Au sujet de la réforme des aides",
        "## AU SUJET DE LA RÉFORME DES RETRAITES",
        "Au sujet de l'Exposition, la commissaire Anne Roy déclare vouloir montrer les carnets",
    ],
)
def test_au_sujet_de_before_a_topic_is_a_heading_of_the_text_not_boilerplate(
    heading: str,
) -> None:
    text = (
        "# Titre\n\nLe texte du communiqué, assez long pour former un vrai paragraphe de corps.\n\n"
        f"{heading}\n\nLa réforme entre en vigueur le 1er juillet.\n"
    )
    release = parse(text)
    assert release.about_sections() == ()
    assert release.header.issuers == ()


@pytest.mark.parametrize(
    "investor", ["Rhône Amorçage Capital", "Boréal Impact Partners", "Breizh Ventures", "Bpifrance"]
)
def test_an_investor_s_boilerplate_in_a_fundraising_release_names_no_issuer(investor: str) -> None:
    text = (
        "# Nérolia lève 4 millions d'euros\n\nNérolia, qui conçoit des capteurs pour "
        f"l'agriculture, annonce une levée de 4 millions d'euros menée par {investor}.\n\n"
        "## À propos de Nérolia\n\nNérolia emploie 30 personnes à Lyon.\n\n"
        f"## À propos de {investor}\n\n{investor} accompagne les jeunes entreprises.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == ["Nérolia"]


@pytest.mark.parametrize(
    ("lead", "counterparty"),
    [
        ("annonce l'acquisition de 100 % du capital de Moulins Arvel", "Moulins Arvel"),
        ("annonce une levée de fonds de 6 M€ menée par Auvergne Croissance", "Auvergne Croissance"),
        ("annonce l'entrée au capital de Coop Atlantique", "Coop Atlantique"),
        (
            "annonce aujourd'hui la clôture d'un financement de 6 M€ mené par Loire Amorçage",
            "Loire Amorçage",
        ),
    ],
)
def test_the_counterparty_of_a_deal_names_no_issuer_by_its_boilerplate(
    lead: str, counterparty: str
) -> None:
    """A company that buys, or raises funds, carries the boilerplate of the other side of
    the deal: the subject of its first sentence alone announces."""
    text = (
        f"# Le groupe Tellane et {counterparty}\n\nLyon, le 3 mars 2026 – Le groupe Tellane, "
        f"spécialiste des farines biologiques, {lead}.\n\n## À propos de Tellane\n\n"
        f"Tellane emploie 300 personnes.\n\n## À propos de {counterparty}\n\n"
        f"{counterparty} est implanté en Bretagne.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == ["Tellane"]


@pytest.mark.parametrize(
    "lead",
    [
        # two announcers, whatever the kinds their boilerplate drops ("pôle Hydrolia")
        "Le pôle de compétitivité Hydrolia et la société Tellane annoncent une levée de fonds",
        # a partnership, though a deal word comes later: each partner's boilerplate names
        # an issuer
        "Tellane annonce un partenariat avec le pôle Hydrolia pour le financement de thèses",
        # a subject naming neither of them
        "La start-up annonce l'acquisition de son premier site",
    ],
)
def test_boilerplates_of_a_joint_or_unclear_announcement_all_name_issuers(lead: str) -> None:
    text = (
        f"# Un titre\n\nLyon, le 3 mars 2026 – {lead} pour la filière hydrogène.\n\n"
        "## À propos de Tellane\n\nTellane emploie 300 personnes.\n\n"
        "## À propos du pôle Hydrolia\n\nLe pôle fédère 200 membres.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == ["Tellane", "pôle Hydrolia"]


def test_an_investor_alone_in_its_boilerplate_is_still_the_issuer() -> None:
    text = (
        "# Breizh Ventures clôture son deuxième fonds\n\nBreizh Ventures annonce la clôture de "
        "son deuxième fonds à 80 millions d'euros.\n\n## À propos de Breizh Ventures\n\n"
        "Breizh Ventures investit dans les jeunes entreprises bretonnes.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == ["Breizh Ventures"]


@pytest.mark.parametrize(
    "label", ["Communiqué de presse commun", "Communiqué conjoint", "COMMUNIQUÉ DE PRESSE CONJOINT"]
)
@pytest.mark.parametrize(
    "letterhead",
    [
        "CCI Hauts-de-France\n\n",  # the publishing site's name, one of the partners
        '<img src="cci.png" alt="CCI Hauts-de-France"> <img src="bpi.png" alt="Bpifrance">\n\n',
        "",  # no letterhead: the boilerplates alone, a bank among them
    ],
    ids=["site-name", "logo-row", "none"],
)
def test_a_joint_release_is_issued_by_every_partner_its_boilerplates_present(
    label: str, letterhead: str
) -> None:
    text = (
        f"{letterhead}{label}\n\n# Export : la CCI et Bpifrance lancent un guichet unique\n\n"
        "Lille, le 26 février 2024 – La CCI Hauts-de-France et Bpifrance ont signé ce lundi une "
        "convention qui regroupe leurs équipes export au sein d'un guichet unique.\n\n"
        "## À propos de la CCI Hauts-de-France\n\nLa CCI représente 180 000 entreprises.\n\n"
        "## À propos de Bpifrance\n\nBpifrance finance les entreprises.\n"
    )
    release = parse(text, filename="release.md")
    assert [i.name for i in release.header.issuers] == ["CCI Hauts-de-France", "Bpifrance"]


def test_a_joint_release_keeps_the_partners_its_letterhead_names_when_they_are_more() -> None:
    text = (
        "RÉGION OCCITANIE · OCCITANIE ESSOR · PÔLE AEROSPACE SUD-GARONNE\n\n"
        "COMMUNIQUÉ CONJOINT\n\nToulouse, le 4 juin 2024\n\n300 techniciens formés pour "
        "l'aéronautique\n\nLe pôle et ses partenaires lancent un programme de formation pour "
        "300 techniciens de l'aéronautique, avec les lycées professionnels de la région.\n\n"
        "À propos de la Région Occitanie\n\nLa Région soutient l'industrie.\n\n"
        "À propos d'Occitanie Essor\n\nL'agence accompagne les entreprises.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == [
        "RÉGION OCCITANIE",
        "OCCITANIE ESSOR",
        "PÔLE AEROSPACE SUD-GARONNE",
    ]


def test_strict_mode_raises_with_the_partial_result() -> None:
    with pytest.raises(ParseError) as caught:
        parse("du texte sans rien de reconnaissable", strict=True)
    assert isinstance(caught.value, ValueError)
    assert caught.value.partial.text == "du texte sans rien de reconnaissable"
    assert "missing-date" in {d.code for d in caught.value.diagnostics}


def test_short_paragraphs_after_the_headline_are_body_text() -> None:
    release = parse(
        "Paris, le 3 mars 2021\n\nUn titre de communiqué\n\n"
        "Premier paragraphe du corps du texte, assez long pour être un paragraphe.\n\n"
        "Contact presse :\nJean Dupont\njean.dupont@example.fr\n"
    )
    assert release.header.headline == "Un titre de communiqué"
    body = [b.text for s in release.sections if s.kind is SectionKind.BODY for b in s.blocks]
    assert body == ["Premier paragraphe du corps du texte, assez long pour être un paragraphe."]
    assert [c.name for c in release.contacts] == ["Jean Dupont"]


def test_a_service_de_presse_letterhead_is_not_the_contact_block() -> None:
    release = parse(
        "Service de presse\n\nParis, le 4 mai 2020\n\nUn titre de communiqué de presse\n\n"
        "Le ministère annonce aujourd'hui un plan de soutien de grande ampleur pour les "
        "entreprises du secteur.\n\nContact presse : Jean Dupont, 01 40 00 00 00\n"
    )
    assert release.header.headline == "Un titre de communiqué de presse"
    assert release.dateline is not None
    assert release.dateline.place == "Paris"
    assert [(c.name, c.phones) for c in release.contacts] == [("Jean Dupont", ("01 40 00 00 00",))]


def test_an_issuer_announcing_itself_is_evidence_of_a_release() -> None:
    release = parse(
        "LA PRÉFECTURE COMMUNIQUE\n\nLa situation sanitaire s'est dégradée ces dernières "
        "semaines. Le niveau de risque est désormais élevé pour tous les éleveurs de la région.\n"
    )
    assert [i.name for i in release.header.issuers] == ["LA PRÉFECTURE"]
    assert "issuer-communicates" in release.evidence
    assert release.is_press_release


def test_a_chapo_opening_with_its_dateline_stays_the_chapo() -> None:
    page = (
        "<html><body><main><h1>La Métropole lance un plan de 50 millions d'euros pour le vélo"
        "</h1><p><strong>Lyon, le 26 novembre 2026 – La Métropole de Lyon lance un plan de 50 "
        "millions d'euros pour doubler son réseau de pistes cyclables d'ici 2030.</strong></p>"
        "<p>Le plan prévoit 120 kilomètres de pistes nouvelles et 4 000 places de "
        "stationnement sécurisé dans les gares.</p></main></body></html>"
    )
    lede = parse(page, filename="cp.html").header.lede
    assert lede is not None
    assert "lance un plan de 50 millions" in lede


@pytest.mark.parametrize(
    ("listing", "names"),
    [
        (
            "Signataires : CGT FAPT 29, SUD PTT 29, FO Com 29",
            ["CGT FAPT 29", "SUD PTT 29", "FO Com 29"],
        ),
        (
            "### Signataires\n\nCollectif de défense de la maternité de Dinan ; CGT Santé "
            "Action sociale 22 ; Association des usagers de l'hôpital de Dinan.",
            [
                "Collectif de défense de la maternité de Dinan",
                "CGT Santé Action sociale 22",
                "Association des usagers de l'hôpital de Dinan",
            ],
        ),
    ],
    ids=["on-its-line", "under-a-heading"],
)
def test_a_joint_release_s_signatories_are_its_issuers(listing: str, names: list[str]) -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\n# Fermeture de bureaux de poste : les syndicats appellent à "
        "un rassemblement\n\nQuimper, le 12 mars 2026 – Les organisations syndicales dénoncent "
        "la fermeture de six bureaux de poste du Finistère d'ici l'été et appellent à un "
        f"rassemblement samedi.\n\n{listing}\n\nContact presse : Yannick Le Bihan – "
        "06 00 00 00 29\n"
    )
    assert [i.name for i in parse(text, filename="cp.md").header.issuers] == names


def test_a_release_s_own_about_outranks_its_signatories() -> None:
    text = (
        "# Un titre\n\nLyon, le 3 mars 2026 – Sept associations demandent un moratoire sur les "
        "forages dans la vallée.\n\nSignataires : Rivières Vivantes, Eau Claire, Les Amis du "
        "Rhône\n\n## À propos de Rivières Vivantes\n\nL'association défend les rivières.\n"
    )
    assert [i.name for i in parse(text, filename="cp.md").header.issuers] == ["Rivières Vivantes"]


@pytest.mark.parametrize("label", ["Éditeur", "Editeur", "Auteur", "Herausgeber"])
def test_the_bodies_a_closing_publisher_block_names_are_the_issuers(label: str) -> None:
    # the Swiss federal administration's news pages close with who publishes, a body a line
    html = (
        "<article><p>Communiqué aux médias</p><h1>Le Conseil fédéral renforce l'aide aux "
        "réseaux de chaleur</h1><p>Berne, 03.12.2026 - Le Conseil fédéral a adopté ce mercredi "
        "une ordonnance qui double l'aide aux réseaux de chaleur alimentés au bois.</p>"
        f"<h2>Adresse pour l'envoi de questions</h2><p>Service de presse, +41 58 000 00 12</p>"
        f"<h2>{label}</h2><p><a href='https://a.example.ch'>Le Conseil fédéral</a><br>"
        "https://a.example.ch</p><p>Office fédéral de l'énergie https://b.example.ch</p>"
        "<h2>Documents</h2><ul><li>Ordonnance (PDF, 310 kB)</li></ul></article>"
    )
    release = parse(html, adapter="html")
    assert [i.name for i in release.header.issuers] == [
        "Le Conseil fédéral",
        "Office fédéral de l'énergie",
    ]
    for issuer in release.header.issuers:
        assert issuer.span is not None
        assert release.text[issuer.span[0] : issuer.span[1]] == issuer.name


def test_a_closing_author_line_of_prose_names_no_issuer() -> None:
    text = (
        "# Un titre\n\nLyon, le 3 mars 2026 – La métropole ouvre deux lignes de bus.\n\n"
        "## Auteur\n\nCet article a été rédigé par le service communication. Merci.\n"
    )
    assert parse(text, filename="cp.md").header.issuers == ()


def test_the_body_a_page_names_over_its_publication_stamp_is_the_issuer() -> None:
    # Québec's government pages set the ministry and the day under the title
    html = (
        "<article><p>Communiqué de presse</p><h1>Forêts : 48 M$ pour les chemins "
        "multiusages</h1><p>Ministère des Ressources naturelles et des Forêts<br>Publié le "
        "21 avril 2026</p><p>QUÉBEC, le 21 avril 2026 – La ministre annonce une aide de 48 M$ "
        "pour remettre en état 1 900 kilomètres de chemins en région.</p></article>"
    )
    release = parse(html, adapter="html")
    assert [i.name for i in release.header.issuers] == [
        "Ministère des Ressources naturelles et des Forêts"
    ]


def test_a_ministry_listing_its_portfolios_is_one_issuer_however_long() -> None:
    name = (
        "Ministère de l'Agriculture, de la Pêche Maritime, du Développement Rural et des Eaux "
        "et Forêts"
    )
    text = (
        f"ROYAUME DU MAROC\n{name}\n\nCommuniqué de presse\n\nRabat, le 9 avril 2026\n\n"
        "Une récolte céréalière estimée à 68 millions de quintaux\n\nLa production des trois "
        "céréales principales est estimée à 68 millions de quintaux, en hausse de 45 %.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == [name]


@pytest.mark.parametrize("separator", ["***", "---", "* * *"])
def test_an_about_heading_under_a_separator_line_opens_the_boilerplate(separator: str) -> None:
    page = (
        "<html><body><article><h1>Un symposium pour le dialogue citoyen</h1>"
        "<p>Paris, le 3 novembre 2016 – Le symposium réunit cent organisations à Paris.</p>"
        f"<p>{separator}<br />A PROPOS DE LA FONDATION DIALOGUE (www.dialogue.example)</p>"
        "<p>La fondation rassemble 700 membres dans cinquante pays.</p></article></body></html>"
    )
    release = parse(page, adapter="html")
    assert [s.heading for s in release.about_sections()] == [
        "A PROPOS DE LA FONDATION DIALOGUE (www.dialogue.example)"
    ]
    assert [i.name for i in release.header.issuers] == ["FONDATION DIALOGUE"]
