"""A wire release names its issuer as the subject of its first sentence.

Corporate and government releases carried by a wire (CNW, Business Wire, Actusnews…) have
no letterhead; their first sentence says who announces: ``Velora SA annonce…``, ``Le
premier ministre, Jeanne Tremblay, a procédé…``. Elsewhere that subject is often an office
holder speaking for an institution named otherwise, so the rule needs a sign of the wire.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique import parse
from communique.french import announcer
from communique.french.announcer import ANNOUNCING_VERBS, WIRE_END_MARK, WIRE_SERVICES
from communique.french.vocabulary import WIRE

DATELINE = "MONTRÉAL, le 12 mars 2024 /CNW/ - "
REST = (
    " un nouveau programme d'investissement de 40 millions de dollars destiné aux entreprises "
    "manufacturières de la région, qui pourront déposer leur demande dès le mois prochain."
)
CLOSING = (
    "\n\nLes détails du programme sont en ligne.\n\n-30-\n\nSource : service des communications\n"
)


def wire_release(lead: str) -> str:
    return f"Un programme pour l'industrie\n\n{DATELINE}{lead}{REST}{CLOSING}"


def issuer_names(text: str) -> list[str]:
    return [issuer.name for issuer in parse(text).header.issuers]


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("Velora SA annonce", "Velora SA"),
        ("Groupe Mistral inc. a annoncé aujourd'hui", "Groupe Mistral inc."),
        ("Le Groupe Tessier (TSX : GTS) dévoile", "Groupe Tessier"),
        ("Nordvent, leader canadien de l'éolien, annonce", "Nordvent"),
        (
            "À la suite de la consultation publique menée cet hiver, Hydro-Laurentides annonce",
            "Hydro-Laurentides",
        ),
        ("Le premier ministre, Jeanne Tremblay, a procédé au lancement d'", "Jeanne Tremblay"),
        (
            "La ministre de l'Économie, de l'Innovation et de l'Énergie, l'honorable Claire "
            "Gagnon, annoncera",
            "Claire Gagnon",
        ),
    ],
)
def test_the_subject_announcing_in_a_wire_release_is_its_issuer(lead: str, issuer: str) -> None:
    assert issuer_names(wire_release(lead)) == [issuer]


@pytest.mark.parametrize("hour", ["7h30", "07:30", "17 h 45", "à 8h00", "7h30 CET"])
def test_the_hour_a_listed_company_publishes_at_is_no_part_of_its_name(hour: str) -> None:
    text = (
        "Maréval : chiffre d'affaires en hausse\n\nCommuniqué de presse\n\n"
        f"Paris, le 5 novembre 2026 – {hour} – Maréval (Euronext Paris : MRVL), spécialiste "
        "européen des équipements de conditionnement, publie son chiffre d'affaires du "
        "troisième trimestre 2026, en hausse de 8,4 %.\n\nLe carnet de commandes atteint 118 M€.\n"
    )
    assert issuer_names(text) == ["Maréval"]


@given(
    above=st.sampled_from(
        [
            "",
            # a portal's subtitle, then its share line, above the paragraph the dateline opens
            "Une opération de 38 millions d'euros financée en numéraire et par des actions\n\n",
            "Une opération de 38 millions d'euros financée en numéraire\n\nPartager : "
            "Facebook | LinkedIn | E-mail\n\n",
        ]
    ),
    day=st.sampled_from(["", "12 février 2026--", "12 février 2026 -- "]),
    dateline=st.sampled_from(
        [
            "LYON--(BUSINESS WIRE)--",
            "**LYON**--(BUSINESS WIRE)--",  # the markup is no part of the block's text
            "[LYON](https://www.example.com/lyon)--(BUSINESS WIRE)--",
        ]
    ),
)
def test_a_wire_s_lead_is_the_paragraph_its_dateline_opens(
    above: str, day: str, dateline: str
) -> None:
    text = (
        "# Norvalis annonce l'acquisition de Capteo\n\n"
        f"{above}{dateline}{day}Norvalis (Euronext Growth : ALNRV), leader "
        "européen des capteurs sans fil, annonce aujourd'hui la signature d'un accord en vue de "
        "l'acquisition de Capteo, spécialiste nantais de la traçabilité.\n\n"
        "Fondée en 2014, Capteo emploie 96 collaborateurs à Nantes et à Rennes.\n"
    )
    assert issuer_names(text) == ["Norvalis"]


def test_a_wire_s_dateline_on_its_own_line_leads_to_the_paragraph_under_it() -> None:
    text = (
        "Norvalis annonce l'acquisition de Capteo\n\nUne opération de 38 millions d'euros "
        "financée en numéraire et par des actions nouvelles\n\nLYON--(BUSINESS WIRE)--\n\n"
        "Norvalis (Euronext Growth : ALNRV), leader européen des capteurs sans fil, annonce "
        "aujourd'hui l'acquisition de Capteo, spécialiste nantais de la traçabilité.\n"
    )
    assert issuer_names(text) == ["Norvalis"]


@pytest.mark.parametrize(
    "opening",
    [
        # the day the first sentence names is the event's: the subject before it stays
        "PARIS--(BUSINESS WIRE)--Norvalis (Euronext : NRV) annonce qu'elle tiendra le 12 mars 2026",
        # a dateline set in bold: the markup is no part of the text the subject is read from
        "**Paris, le 5 mars 2026** – Norvalis (Euronext : NRV) annonce qu'elle tiendra",
        "**Paris, le 5 mars 2026 –** Norvalis (Euronext : NRV) annonce qu'elle tiendra",
    ],
)
def test_only_the_dateline_and_its_day_are_cut_from_the_lead(opening: str) -> None:
    text = (
        f"# Titre du communiqué\n\n{opening} son assemblée générale à Lyon, au Palais des "
        "congrès de la Cité internationale.\n"
    )
    assert issuer_names(text) == ["Norvalis"]


@pytest.mark.parametrize(
    "lead",
    [
        "Il annonce",  # a pronoun: the name is elsewhere
        "Depuis trois ans, la région annonce",  # no name in the subject
        "Les entreprises de la région, qui attendaient ce soutien depuis longtemps, saluent",
    ],
)
def test_a_subject_that_is_not_a_name_gives_no_issuer(lead: str) -> None:
    assert issuer_names(wire_release(lead)) == []


def test_without_a_sign_of_the_wire_the_first_sentence_names_no_issuer() -> None:
    text = (
        "Un programme pour l'industrie\n\nLyon, le 12 mars 2024 – Le préfet de région, "
        f"Paul Martin, annonce{REST}\n\nLes détails du programme sont en ligne.\n"
    )
    assert issuer_names(text) == []


@given(verb=st.sampled_from(ANNOUNCING_VERBS), wire=st.sampled_from(WIRE_SERVICES))
def test_every_announcing_verb_under_every_wire_names_the_issuer(verb: str, wire: str) -> None:
    text = (
        f"Un programme pour l'industrie\n\nParis, le 12 mars 2024 ({wire.title()}) – "
        f"Velora SA {verb}{REST}\n\nLes détails du programme sont en ligne.\n"
    )
    assert issuer_names(text) == ["Velora SA"]


def test_the_issuer_explanation_names_the_rule_and_the_next_rule_s_answer() -> None:
    text = (
        f"Un programme pour l'industrie\n\n{DATELINE}Velora SA annonce{REST}\n\n"
        "Les détails du programme sont en ligne.\n\nÀ propos de Nordvent\n\n"
        "Nordvent fabrique des éoliennes.\n"
    )
    explanation = parse(text).explain("issuers")
    assert explanation is not None
    assert explanation.chosen is not None
    assert (explanation.chosen.source, explanation.chosen.value) == ("about", "Nordvent")
    assert explanation.rejected is not None
    assert (explanation.rejected.source, explanation.rejected.value) == ("announcer", "Velora SA")


def test_an_organisation_signing_its_release_is_the_issuer() -> None:
    text = (
        "Trois phares du littoral classés monuments historiques\n\n"
        "Le classement reconnaît vingt ans de travail des bénévoles qui ont restauré les "
        "lanternes et les escaliers des trois phares de la côte.\n\n"
        "Les phares seront ouverts au public lors des Journées du patrimoine.\n\n"
        "Association des Amis des Phares de Bretagne\nLe Conseil d'administration\n\n"
        "Contact presse :\nJeanne Le Goff, +33 2 98 00 00 00\n"
    )
    issuers = [issuer.name for issuer in parse(text).header.issuers]
    assert issuers == ["Association des Amis des Phares de Bretagne"]


def test_a_closing_sentence_is_no_signature() -> None:
    text = (
        "Trois phares du littoral classés monuments historiques\n\n"
        "Le classement reconnaît vingt ans de travail des bénévoles qui ont restauré les "
        "lanternes et les escaliers des trois phares de la côte.\n\n"
        "La Région remercie les associations.\n"
    )
    assert parse(text).header.issuers == ()


def test_an_acronym_under_the_organisation_s_name_is_the_same_issuer() -> None:
    text = (
        "AGENCE NATIONALE POUR LA GESTION DES EAUX ET DES LITTORAUX\nANGEL\n\n"
        "COMMUNIQUÉ DE PRESSE\n\nUn plan pour les lagunes du sud\n\n"
        "L'agence lance un plan de restauration des lagunes du sud, doté de 40 millions.\n"
    )
    issuers = [issuer.name for issuer in parse(text).header.issuers]
    assert issuers == ["AGENCE NATIONALE POUR LA GESTION DES EAUX ET DES LITTORAUX"]


def test_an_adapter_adds_an_issuer_rule_by_name() -> None:
    from communique.adapters.text import TextAdapter
    from communique.extract.draft import Draft
    from communique.extract.issuers import ISSUER_RULES, issuers_step
    from communique.models import Issuer
    from communique.steps import Steps

    def emitted_by(draft: Draft) -> None:
        # An intranet's convention: "Émis par : <service>" closing its releases.
        text = draft.document.text
        at = text.find("Émis par : ")
        if at >= 0:
            name = text[at + len("Émis par : ") :].split("\n", 1)[0].strip()
            start = at + len("Émis par : ")
            draft.issuers.append(Issuer(name, None, (start, start + len(name))))

    class Intranet(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            rules = ISSUER_RULES.before("metadata", "emitted-by", emitted_by)
            return steps.replace("issuers", issuers_step(rules))

    text = f"Un programme pour l'industrie\n\nLe programme{REST}\n\nÉmis par : Service des achats\n"
    assert parse(text).header.issuers == ()
    release = parse(text, adapter=Intranet())
    assert [issuer.name for issuer in release.header.issuers] == ["Service des achats"]
    explanation = release.explain("issuers")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "emitted-by"


@pytest.mark.parametrize("last", ["Crédit photo : Ville de Lyon", "© Ville de Lyon"])
def test_a_photo_credit_closing_the_text_is_no_signature(last: str) -> None:
    text = (
        "Trois phares classés\n\nLe classement reconnaît vingt ans de travail des bénévoles qui "
        f"ont restauré les lanternes et les escaliers des phares.\n\n{last}\n"
    )
    assert parse(text).header.issuers == ()


def test_an_organisation_signing_with_its_address_is_the_issuer() -> None:
    text = (
        "Trois phares du littoral classés monuments historiques\n\n"
        "Le classement reconnaît vingt ans de travail des bénévoles qui ont restauré les "
        "lanternes et les escaliers des trois phares de la côte.\n\n"
        "Association des Amis des Phares de Bretagne\n12 rue du Port, 29200 Brest\n"
    )
    assert issuer_names(text) == ["Association des Amis des Phares de Bretagne"]


@pytest.mark.parametrize(
    "venue",
    [
        "Médiathèque de Vaise\nSamedi 14 mars 2026 à 15 h\nEntrée libre sur réservation",
        "Théâtre de la Croix-Rousse\nSamedi 14 mars à 20 h 30",
        "Hôtel de Ville de Lyon – Salle des Fêtes",
    ],
)
def test_an_event_s_venue_closing_the_text_is_no_signature(venue: str) -> None:
    text = (
        "Une lecture publique pour le printemps des poètes\n\nLa Ville de Lyon invite le public "
        "à une lecture de poèmes contemporains par les élèves du conservatoire.\n\n"
        f"{venue}\n"
    )
    venue_name = venue.split("\n")[0]
    names = [issuer.name for issuer in parse(text).header.issuers]
    assert not any(name in venue_name or venue_name in name for name in names)


@pytest.mark.parametrize(("mark", "wired"), [("-30-", True), ("– 30 –", True), ("04-30-12", False)])
def test_the_canadian_end_mark_is_a_sign_of_the_wire_a_phone_s_digits_are_not(
    mark: str, wired: bool
) -> None:
    text = (
        f"Un programme pour l'industrie\n\nMONTRÉAL, le 12 mars 2024 - Velora SA annonce{REST}"
        f"\n\nRenseignements : {mark}\n"
    )
    assert issuer_names(text) == (["Velora SA"] if wired else [])


@pytest.mark.parametrize(
    ("text", "mark"),
    [
        ("-30-", "-30-"),
        ("Fin.\n– 30 –\n", "– 30 –"),
        ("—30—", "—30—"),
        ("Source : Velora -30- ", "-30-"),
        ("a-30-", None),  # glued to a word
        ("--30-", None),  # a longer rule of dashes
        ("_-30-", None),
        ("04-30-12", None),  # a phone number's digits
        ("-30-x", None),
    ],
)
def test_the_end_mark_stands_alone_between_its_dashes(text: str, mark: str | None) -> None:
    found = WIRE_END_MARK.search(text)
    assert (found.group() if found is not None else None) == mark


# -- the header of a regulated-information portal --------------------------------------------

COMPANIES = ("NORVALIS", "Velora SA", "Groupe Mistral", "Hélios Technologies")


@given(
    st.sampled_from(["de la société", "du groupe", "de l'entreprise"]),
    st.sampled_from(COMPANIES),
    st.sampled_from(["", " (VELORA DIGITAL)", " (ALNRV)"]),
    st.sampled_from(["30/10/2024", "30 octobre 2024", "2024-10-30"]),
)
def test_the_company_a_portal_names_over_the_release_is_the_issuer(
    words: str, company: str, trade_name: str, date: str
) -> None:
    """ "Communiqué de la société X (Y) du 30/10/2024 - titre": the portal names the company
    whose release it carries; the trade name in brackets is not part of it."""
    text = (
        "Portail de l'information réglementée\n\n"
        f"Communiqué {words} {company}{trade_name} du {date} - Résultats du troisième trimestre\n\n"
        "Résultats du troisième trimestre\n\n"
        "Le chiffre d'affaires du trimestre progresse de 12 % à périmètre constant, porté par "
        "la croissance des ventes à l'international et par les nouveaux contrats signés.\n"
    )
    assert issuer_names(text) == [company]
    explanation = parse(text).explain("issuers")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "company-header"


# -- the text of a letterhead image -----------------------------------------------------------

ORGANISATIONS = (
    ("ministère de la Culture", "du"),
    ("Région Bretagne", "de la"),
    ("Préfecture de la Gironde", ""),
    ("Agence régionale de santé Occitanie", "de l'"),
)


@given(
    st.sampled_from(["Bandeau", "Logo", "Logotype", "Bannière"]),
    st.sampled_from(ORGANISATIONS),
    st.booleans(),
)
def test_the_organisation_a_captured_letterhead_image_names_is_the_issuer(
    image: str, organisation: tuple[str, str], after_menu: bool
) -> None:
    """A page captured as text keeps the alt text of its banner: "Bandeau du ministère de
    la Culture" above the headline names the issuer."""
    name, joining = organisation
    written = f"{image} {joining} {name}".replace("  ", " ").replace("de l' ", "de l'")
    menu = "Accueil Plan du site Nous joindre Recherche " if after_menu else ""
    text = (
        f"{menu}{written}\n\nCommuniqués\n\nUN PLAN POUR LES MUSÉES DE FRANCE\n\n"
        "Rennes, le 12 mars 2024 - La ministre a présenté aujourd'hui un plan de soutien aux "
        "musées, doté de 20 millions d'euros sur trois ans, pour rénover les collections.\n"
    )
    assert issuer_names(text) == [name]


def test_a_logo_named_in_the_body_is_not_the_issuer() -> None:
    text = (
        "Un nouveau logo pour la ville\n\nRennes, le 12 mars 2024 - La ville présente son "
        "nouveau logo, dessiné par une agence locale après une consultation des habitants.\n\n"
        "Logo de la Ville de Rennes\n\nLe logo sera visible sur les bâtiments publics dès mai.\n"
    )
    assert issuer_names(text) == []


# -- an association's governing body signing the release ----------------------------------------


@given(
    st.sampled_from(
        [
            "Le conseil d'administration du Réseau des Ressourceries Solidaires",
            "Le bureau de l'Association des maires ruraux",
            "La direction de la Fédération des centres sociaux",
            "Le comité directeur de l'Union régionale des Scop",
        ]
    ),
    st.sampled_from(["{}", "**{}**", "*{}*"]),
)
def test_the_governing_body_signing_the_release_is_its_issuer(signature: str, markup: str) -> None:
    text = (
        "Fonds réemploi : les crédits doivent être rétablis\n\n"
        "Le projet de loi de finances prévoit une baisse de 40 % des crédits du fonds, qui "
        "finance les investissements des structures du réemploi solidaire depuis 2022.\n\n"
        "Le réseau propose un amendement de rétablissement des crédits, soutenu par 43 "
        f"sénateurs de quatre groupes politiques.\n\n{markup.format(signature)}\n\n"
        "Contact presse : Nadia Ferhat, 07 81 23 45 67, nadia.ferhat@reseau.example.org\n"
    )
    assert issuer_names(text) == [signature]


@given(
    st.sampled_from(
        [
            (
                "La Direction générale du Centre hospitalier de Montélimar",
                "Centre hospitalier de Montélimar",
            ),
            ("L'équipe du pôle Littoralis", "pôle Littoralis"),
            ("Le service communication de la Ville de Vaise", "Ville de Vaise"),
        ]
    ),
    st.sampled_from(["{}", "*{}*"]),
    st.sampled_from(["", "\n\nPublié le 13 novembre 2026"]),
)
def test_a_unit_signing_for_its_organisation_names_the_organisation(
    signed: tuple[str, str], markup: str, stamp: str
) -> None:
    # The page's publication stamp may follow the signature.
    signature, organisation = signed
    text = (
        "Épidémie de grippe : les visites restreintes\n\n"
        "Face à la hausse des cas de grippe, des mesures temporaires de restriction des "
        "visites sont mises en place à compter du jeudi 3 décembre.\n\n"
        "Nous remercions les familles pour leur compréhension.\n\n"
        f"{markup.format(signature)}{stamp}\n"
    )
    assert issuer_names(text) == [organisation]


@pytest.mark.parametrize("markup", ["{}", "**{}**", "*{}*"])
def test_an_organisation_signing_under_the_closing_dateline_is_the_issuer(markup: str) -> None:
    name = "Fédération nationale des épiceries solidaires"
    body = (
        "Épiceries solidaires : le fonds doit être maintenu\n\n"
        "Nous demandons aux parlementaires de rétablir les crédits du fonds d'aide alimentaire, "
        "qui finance depuis 2022 les investissements de nos 410 épiceries.\n\n"
    )
    signed = f"{body}*Paris, le 14 octobre 2026*\n\n{markup.format(name)}\n"
    assert issuer_names(signed) == [name]
    # without the dateline above it, the name alone on the closing line still signs; a line
    # of lower-case words that is no body's name (figures, a verb, a mark) does not
    assert issuer_names(f"{body}{markup.format(name)}\n") == [name]
    for line in (f"{name}, 410 épiceries", "Fédération des épiceries : nous comptons sur vous"):
        assert issuer_names(f"{body}{markup.format(line)}\n") == []


# -- where the signature stands: under the contact line, above the page's links ----------------

_NOTICE = (
    "Piscine municipale : fermeture pour travaux cet été\n\n"
    "La piscine municipale fermera ses portes du lundi 6 juillet au dimanche 30 août pour la "
    "rénovation de ses bassins et de sa toiture.\n\n"
    "Nous avons conscience de la gêne occasionnée en pleine saison estivale.\n\n"
)


@given(
    st.sampled_from(
        [
            ("Le Maire,\nYannick Kerdoncuff", "Yannick Kerdoncuff"),
            ("Gwenaëlle Guivarc'h\nMaire de Plouzané", "Gwenaëlle Guivarc'h"),
            ("Loïc KERVARC’H, maire de Plouzané", "Loïc KERVARC’H"),
            ("L'équipe du pôle Mer Iroise", "pôle Mer Iroise"),
            # a local public body named by its kind's acronym
            ("**EPTB Vézère-Dordogne**", "EPTB Vézère-Dordogne"),
            ("SIVOM du Val de Saône", "SIVOM du Val de Saône"),
        ]
    ),
    st.sampled_from(
        [
            # an inline contact line, then the signature
            "Renseignements : service des sports, 02 00 00 00 64, sports@ville.example.fr\n\n{}",
            "Contact presse : Julie Marec – julie.marec@ville.example.fr\n\n{}",
            # the signature, then the page's stamp, a shortcode, a footer naming the type
            "{}\n\nPublié le 3 juin 2026",
            "{}\n\n[/vc_column_text][/vc_column][/vc_row]",
            "{}\n\nCommuniqué de presse – Service communication – presse@ville.example.fr",
            # a contact block, the signature, then the site's related links and its footer
            "Contact presse\n\n02 00 00 00 41\n\npresse@ville.example.fr\n\n{}\n\n"
            "Dans la même rubrique\n\nLa saison culturelle 2026 - 29/05/2026\n\n"
            "Plan du site | Mentions légales",
        ]
    ),
)
def test_a_signature_is_found_wherever_the_page_sets_it(
    signed: tuple[str, str], layout: str
) -> None:
    signature, issuer = signed
    assert issuer_names(_NOTICE + layout.format(signature) + "\n") == [issuer]


@pytest.mark.parametrize("dateline", ["", "Autun, le 1er décembre 2026\n"])
@pytest.mark.parametrize("date_below", ["", "\n17 juin 2026"])
def test_an_organisation_signing_for_its_board_is_the_issuer(
    dateline: str, date_below: str
) -> None:
    """A letter's closing: "Pour le conseil d'administration," over the organisation's name,
    perhaps under the place and date and over the date alone."""
    text = (
        f"{_NOTICE}{dateline}Pour le conseil d'administration,\nAssociation Rail Sud-Morvan"
        f"{date_below}\n"
    )
    assert issuer_names(text) == ["Association Rail Sud-Morvan"]


@pytest.mark.parametrize(
    "contacts",
    [
        "Contact presse\n\nAgence Rivage Conseil\n\n02 00 00 00 41",
        "Contact presse\n\nJulie Marec, directrice de la communication\n\n"
        "julie.marec@ville.example.fr",
    ],
)
def test_a_press_contact_over_its_details_signs_nothing(contacts: str) -> None:
    assert issuer_names(f"{_NOTICE}{contacts}\n") == []


def test_the_page_s_footer_under_a_contact_block_signs_nothing() -> None:
    text = (
        f"{_NOTICE}Contact presse\n\npresse@ville.example.fr\n\nMentions légales\n\n"
        "© Ville de Plouzané 2026\n"
    )
    assert issuer_names(text) == []


# -- a portal's strip of fields, a closing attribution -----------------------------------------


@given(
    st.sampled_from(["President of French Polynesia", "Ministère de la Santé", "Ville de Genève"]),
    st.sampled_from(["Press release", "Communiqué de presse", "Communiqué"]),
)
def test_the_name_over_a_portal_s_strip_of_fields_is_the_issuer(name: str, doc_type: str) -> None:
    text = (
        f"{name}\n\n09/01/2025 | {doc_type} | Distributed by Public on 09/01/2025 19:16\n\n"
        "Le nouveau haut-commissaire reçu à la Présidence\n\n"
        "Papeete, le 1er septembre 2025 - Le président a eu l'honneur d'accueillir le nouveau "
        "haut-commissaire lors d'une visite protocolaire, qui marque le début d'une "
        "collaboration renforcée entre le territoire et l'État.\n"
    )
    assert issuer_names(text) == [name]


@given(
    st.sampled_from(
        ["Service information et presse", "ministère de la Santé", "Service de communication"]
    ),
    st.sampled_from(["le ", "la ", "", ": ", ": le "]),
)
def test_the_service_a_closing_attribution_names_is_the_issuer(service: str, article: str) -> None:
    """ "Communiqué par le Service information et presse": communicated by, not a type."""
    text = (
        "Le gouvernement convoque un conseil extraordinaire\n\n"
        "Le Premier ministre a convoqué un conseil de gouvernement extraordinaire pour ce "
        "jeudi 12 mars 2020 à 18 heures, dédié aux mesures face à la propagation du virus.\n\n"
        f"Communiqué par {article}{service}\n\nDernière mise à jour\n"
    )
    assert issuer_names(text) == [service]


# How French listed companies write their market codes after their name, in their first
# sentence (market, ISIN, mnemonic, in any order and punctuation).
MARKET_CODES = (
    "(Euronext Paris : FR0013451234 – Mnémo : VLR)",
    "(Euronext Growth – ALVLR)",
    "(ISIN : FR0013451234)",
    "(Euronext : VLR)",
    "(NYSE : VLR)",
    "(SIX : VLR)",
    "(TSX : VLR)",
    "(FR0013451234 – VLR)",
    "(code ISIN FR0013451234, mnémonique VLR)",
)


@given(
    codes=st.sampled_from(MARKET_CODES),
    verb=st.sampled_from(
        ("annonce", "a le plaisir d'annoncer", "a l'honneur d'annoncer", "publie")
    ),
)
def test_a_company_named_with_its_market_codes_is_the_issuer_without_a_wire(
    codes: str, verb: str
) -> None:
    text = (
        "Un programme pour l'industrie\n\nParis, le 12 mars 2024 – "
        f"Velora SA {codes} {verb}{REST}\n\nLes détails du programme sont en ligne.\n"
    )
    assert issuer_names(text) == ["Velora SA"]


@pytest.mark.parametrize(
    ("subject", "verb", "issuers"),
    [
        ("Velora SA et Quorvane", "annoncent", ["Velora SA", "Quorvane"]),
        ("Procter & Gamble", "annoncent", ["Procter & Gamble"]),  # "&" joins one name
        ("Velora Recherche et Développement", "annonce", ["Velora Recherche et Développement"]),
    ],
)
def test_two_companies_announcing_together_are_two_issuers(
    subject: str, verb: str, issuers: list[str]
) -> None:
    text = (
        "Un programme pour l'industrie\n\nParis, le 12 mars 2024 – "
        f"{subject} (Euronext Growth – ALVLR) {verb}{REST}\n\nLes détails sont en ligne.\n"
    )
    assert issuer_names(text) == issuers


@pytest.mark.parametrize("aside", ["(Haute-Garonne)", "(voir ci-dessous)", "(PME, 40 salariés)"])
def test_brackets_that_are_no_market_codes_are_no_sign_of_a_listed_company(aside: str) -> None:
    text = (
        "Un programme pour l'industrie\n\nToulouse, le 12 mars 2024 – "
        f"Velora SA {aside} annonce{REST}\n\nLes détails du programme sont en ligne.\n"
    )
    assert issuer_names(text) == []


@pytest.mark.parametrize(
    "provider",
    [
        "Cabinet de la ministre de la Cybersécurité et du Numérique",
        "Ministère de l'Économie et de l'Innovation",
        "Cabinet du ministre délégué aux Transports et à la Mobilité durable",
    ],
)
def test_the_provider_a_wire_names_is_the_issuer_however_many_particles(provider: str) -> None:
    text = (
        f"NOUVELLES FOURNIES PAR\n{provider}\n\nUn programme pour l'industrie\n\n"
        f"{DATELINE}La ministre annonce{REST}{CLOSING}"
    )
    assert issuer_names(text) == [provider]


# The verbs as they were first written, tried after every space (the library's pattern
# looks ahead for their initials first).
_VERB_AFTER_A_SPACE = re.compile(
    r"(?<=\s)(?:"
    + "|".join(announcer._verb_pattern(v) for v in sorted(ANNOUNCING_VERBS, key=len, reverse=True))
    + r")(?!\w)",
    re.I,
)


@given(
    st.lists(
        st.sampled_from(
            [*ANNOUNCING_VERBS, " ", "  ", "\n", "La société", "Évoque", "É", "ſ", "x"]
        ),
        max_size=10,
    ).map(" ".join)
)
@example("La société ANNONCE  a   annoncé Évolue évoque")
def test_an_announcing_verb_is_found_where_every_space_is_tried(text: str) -> None:
    assert [m.span() for m in announcer.ANNOUNCING_VERB.finditer(text)] == [
        m.span() for m in _VERB_AFTER_A_SPACE.finditer(text)
    ]


# The wires' names as first written, tried at every position.
_WIRE_AS_WRITTEN = re.compile(
    r"(?<!\w)(?:" + "|".join(announcer._verb_pattern(n) for n in WIRE_SERVICES) + r")(?!\w)",
    re.I,
)


@given(
    st.lists(st.sampled_from([*WIRE_SERVICES, " ", "/", "(", "Réglementée", "x"]), max_size=8).map(
        "".join
    )
)
@example("/CNW/ (BUSINESS WIRE) -- Information reglementee, Communique financier")
def test_a_wire_is_found_where_every_position_is_tried(text: str) -> None:
    assert [m.span() for m in announcer.WIRE_SIGN.finditer(text)] == [
        m.span() for m in _WIRE_AS_WRITTEN.finditer(text)
    ]


@pytest.mark.parametrize(
    "joint", [" | ", " ; ", " / ", " / Service information et presse / "]
)  # (a department among them is no issuer)
def test_a_communicated_by_line_under_the_title_names_the_issuers(joint: str) -> None:
    text = (
        "Le gouvernement luxembourgeois\n\nCommuniqué\n\nTram : les travaux débuteront le 6 "
        "juillet\n\nPublié le 18.05.2026\n\nCommuniqué par : ministère de la Mobilité et des "
        f"Travaux publics{joint}Ville de Luxembourg\n\nLa ministre et la bourgmestre ont présenté "
        "le calendrier du prolongement de la ligne de tram entre la Gare centrale et "
        "Hesperange, qui comptera six nouvelles stations.\n"
    )
    assert issuer_names(text) == [
        "ministère de la Mobilité et des Travaux publics",
        "Ville de Luxembourg",
    ]


@given(
    wire=st.sampled_from(
        ["BUSINESS WIRE", "GLOBE NEWSWIRE", "ACCESSWIRE", "PR Newswire", "OCCITANIE WIRE"]
    ),
    place=st.sampled_from(["PARIS", "TOULOUSE, France", "Lyon", "SAINT-ÉTIENNE, France"]),
    label=st.sampled_from(["Regulatory News:", "Information réglementée :", ""]),
    stamp=st.sampled_from(["", "17 juillet 2026 17:45 Heure d'Europe centrale\n"]),
)
def test_a_wire_dateline_on_its_own_line_leaves_the_issuer_to_the_next_paragraph(
    wire: str, place: str, label: str, stamp: str
) -> None:
    text = (
        "Valtérra : chiffre d'affaires du premier semestre en hausse de 7,4 %\n\n"
        f"{stamp}{place}--({wire})--{label}\n\n"
        "Valtérra (Euronext Paris : VALT), acteur européen de la maintenance des réseaux, "
        f"publie aujourd'hui son chiffre d'affaires semestriel.{REST}\n\n"
        "Les détails sont en ligne.\n"
    )
    release = parse(text)
    assert release.dateline is not None
    assert release.dateline.place == place
    assert [issuer.name for issuer in release.header.issuers] == ["Valtérra"]


@pytest.mark.parametrize("aside", ["Un texte", "ville de Paris", "PARIS"])
def test_brackets_between_double_hyphens_that_name_no_wire_are_no_wire_dateline(
    aside: str,
) -> None:
    assert WIRE.match(f"PARIS--({aside})--La société annonce") is None


SIGNING_ORGANISATIONS = (
    "Fédération des associations de parents d’élèves ruraux du Rhône",
    "Syndicat unifié des personnels de la recherche",
    "Union régionale des associations de consommateurs",
)


@given(
    organisation=st.sampled_from(SIGNING_ORGANISATIONS),
    layout=st.sampled_from(["signatory", "acronym", "body-above"]),
    bold=st.sampled_from(["", "**"]),
)
def test_an_organisation_named_in_lower_case_words_signs_its_release(
    organisation: str, layout: str, bold: str
) -> None:
    """A statement closed by its organisation's name, mostly lower-case words, over its
    signatory, with its acronym, or under "Le Bureau national"."""
    if layout == "signatory":
        signature = f"{bold}{organisation}{bold}\nMarion Delestre, présidente"
        name = organisation
    elif layout == "acronym":
        name = f"{organisation} (SUPR-Recherche)"
        signature = f"{bold}{name}{bold}"
    else:
        signature = f"Le Bureau national\n{bold}{organisation}{bold}"
        name = organisation
    text = (
        "# La fédération demande le rétablissement de l'aide au transport\n\n"
        "La suppression de l'aide pénalise des centaines de familles rurales, qui devront "
        "payer seules le transport de leurs enfants vers les lycées.\n\n"
        f"Lyon, le 22 septembre 2026\n\n{signature}\n"
    )
    issuers = [issuer.name for issuer in parse(text, adapter="markdown").header.issuers]
    assert issuers == [name]


@pytest.mark.parametrize(
    "closing",
    [
        "Direction de la communication des services de l'État\nMarion Delestre, directrice",
        "Conseil municipal : la séance est levée à 22 h",
        "Association des usagers annonce une manifestation (AUT)",
    ],
)
def test_a_department_a_label_or_a_sentence_closing_the_text_signs_nothing(closing: str) -> None:
    text = (
        "# La fédération demande le rétablissement de l'aide au transport\n\n"
        "La suppression de l'aide pénalise des centaines de familles rurales.\n\n"
        f"{closing}\n"
    )
    assert parse(text, adapter="markdown").header.issuers == ()


@pytest.mark.parametrize("items", [3, 8])
def test_the_announcer_under_a_wire_release_s_list_of_highlights_is_its_issuer(
    items: int,
) -> None:
    # the highlights run straight into the dateline's line, which the list item then holds
    highlights = "\n".join(f"- Revenus du trimestre en hausse de {n} %" for n in range(items))
    text = (
        f"La reprise se confirme\nPour le deuxième trimestre :\n{highlights}\n"
        f"{DATELINE}Velora SA, chef de file du voyage, annonce ses résultats du deuxième "
        f"trimestre.{CLOSING}"
    )
    assert issuer_names(text) == ["Velora SA"]


FIGURES = (
    " un chiffre d'affaires consolidé de 204,0 millions d'euros, en baisse de 6,6 % sur un an."
    "\n\nLa marge opérationnelle s'établit à 3,1 % du chiffre d'affaires.\n"
)


@pytest.mark.parametrize("stamp", ["", " date 2020-02 "])
@pytest.mark.parametrize(
    "verb", ["annonce, pour l'exercice 2019,", "publie aujourd'hui", "présente pour 2019"]
)
def test_a_company_announcing_its_own_figures_weighs_as_a_release(stamp: str, verb: str) -> None:
    # a portal's copy of regulated information: no wire's sign, the company's figures; a
    # union's reaction may open the same way, so the company is not taken as the issuer
    text = f"{stamp}Orvalis, groupe international de conseil, {verb}{FIGURES}"
    release = parse(text)
    assert "own-figures" in release.evidence
    assert release.header.issuers == ()


def test_a_wire_release_s_lead_under_its_capture_stamp_names_its_company() -> None:
    text = f" date 2020-02 {DATELINE}Orvalis, groupe international de conseil, annonce{FIGURES}"
    assert issuer_names(text) == ["Orvalis"]


@pytest.mark.parametrize("verb", ["a annoncé jeudi", "annonçait hier"])
def test_figures_told_in_the_past_name_no_announcer(verb: str) -> None:
    text = f"Orvalis, groupe international de conseil, {verb}{FIGURES}"
    release = parse(text)
    assert release.header.issuers == ()
    assert "own-figures" not in release.evidence


@pytest.mark.parametrize(
    ("lead", "issuer"),
    [
        ("TELUS continue le déploiement de ses réseaux dans les régions,", "TELUS"),
        (
            "Nordvent International (NYSE et TSX : NVI), une entreprise de premier plan qui "
            "conçoit, produit et livre des turbines de prochaine génération pour les parcs "
            "éoliens terrestres et marins d'Amérique du Nord et d'Europe du Nord, poursuit",
            "Nordvent International",
        ),
        ("Transat A.T. inc., référence du voyage loisirs, maintient", "Transat A.T. inc."),
    ],
)
def test_a_wire_release_s_first_sentence_opens_with_its_company_whatever_the_verb(
    lead: str, issuer: str
) -> None:
    assert issuer_names(wire_release(lead)) == [issuer]


@pytest.mark.parametrize(
    "lead",
    [
        "Mise à disposition du prospectus relatif à l'admission des actions,",
        "Le gouvernement du Québec poursuit",
        "Chiffre d'affaires en hausse pour le troisième trimestre consécutif,",
    ],
)
def test_a_noun_opening_a_wire_release_s_sentence_is_no_company(lead: str) -> None:
    assert issuer_names(wire_release(lead)) == []


def test_an_apposition_with_its_article_follows_the_company_s_name() -> None:
    lead = "MEMSCAP (Euronext : MEMS), le fournisseur de capteurs (MEMS), annonce"
    assert issuer_names(wire_release(lead)) == ["MEMSCAP"]


def test_the_company_in_a_release_over_the_african_wire_is_its_issuer() -> None:
    text = (
        "Un programme pour l'industrie\n\n"
        "ABIDJAN, Côte d'Ivoire, 18 février 2014/African Press Organization (APO)/ -- "
        f"Sanofi Côte d'Ivoire inaugure aujourd'hui{REST}{CLOSING}"
    )
    assert issuer_names(text) == ["Sanofi Côte d'Ivoire"]


@pytest.mark.parametrize(
    "lead",
    [
        "Désormais, les clients de la région pourront déposer leur demande en ligne,",
        "Lundi, le premier ministre a présenté",
        "Alors que Velora SA publie ses résultats annuels, les salariés rappellent",
    ],
)
def test_a_connective_or_a_day_opening_a_wire_lead_is_no_company(lead: str) -> None:
    assert issuer_names(wire_release(lead)) == []


@pytest.mark.parametrize("company", ["SES S.A.", "CES Group", "SON Énergies"])
def test_a_company_in_capitals_whose_name_is_a_french_word_announces(company: str) -> None:
    # "SES", "CES", "SON": in capitals before their market codes, an acronym, not a determiner
    text = (
        "Résultats du premier semestre 2026\n\n"
        f"LUXEMBOURG--(BUSINESS WIRE)--{company} (Euronext Paris:SESG) publie ses résultats "
        "financiers au titre du semestre clos le 30 juin 2026.\n"
    )
    names = [issuer.name for issuer in parse(text, filename="cp.txt").header.issuers]
    assert names == [company]


def test_a_wire_s_announcer_outranks_a_signature_cut_by_the_capture() -> None:
    # the corpus's rule 3 (the wire's announcer) before its rule 4 (a closing signature)
    text = (
        "Résultats du premier semestre 2026\n\n"
        "LUXEMBOURG--(BUSINESS WIRE)--Keranor S.A. (Euronext Paris:KER) publie ses résultats "
        "financiers au titre du semestre clos le 30 juin 2026.\n\n"
        "Le chiffre d'affaires ressort à 1 048,7 millions d'euros, en hausse de 9,6 %.\n\n"
        "Karim Delorme, Président et Directeur général, d\n"
    )
    names = [issuer.name for issuer in parse(text, filename="cp.txt").header.issuers]
    assert names == ["Keranor S.A."]


@pytest.mark.parametrize(
    ("label", "issuer"),
    [
        ("Communiqué de presse de ConsoFrance", "ConsoFrance"),
        ("Communiqué du SNESUP-FSU de l'UPVD", "SNESUP-FSU de l'UPVD"),
        ("Communiqué de la Préfecture du Rhône", "Préfecture du Rhône"),
        ("COMMUNIQUÉ DE LA FFF", "FFF"),
    ],
)
@pytest.mark.parametrize("under_the_title", [False, True])
def test_the_body_a_type_label_names_issues_the_release_wherever_the_header_sets_it(
    label: str, issuer: str, under_the_title: bool
) -> None:
    title = "Fermeture de la route départementale 12"
    head = f"{title}\n{label}" if under_the_title else f"{label}\n\n{title}"
    # (a brand or an acronym counts when the text names it again)
    text = (
        f"{head}\n\nLyon, le 3 mars 2024\n\nLa route départementale 12 sera fermée du 3 au 5 "
        f"mars pour des travaux de réfection de la chaussée, annonce la {issuer}.\n"
    )
    release = parse(text)
    assert [i.name for i in release.header.issuers] == [issuer]
    (named,) = release.header.issuers
    assert named.span is not None
    assert text[named.span[0] : named.span[1]] == issuer


@pytest.mark.parametrize(
    "label", ["Communiqué de presse de rentrée", "Communiqué de presse de la semaine"]
)
def test_a_type_label_naming_an_occasion_names_no_issuer(label: str) -> None:
    text = (
        f"Fermeture de la route départementale 12\n{label}\n\nLyon, le 3 mars 2024\n\n"
        "La route départementale 12 sera fermée du 3 au 5 mars pour des travaux de réfection "
        "de la chaussée entre les deux villages.\n"
    )
    assert parse(text).header.issuers == ()


_SIGNED_BODY = (
    "# Le camp du Magny appelle à manifester samedi\n\n"
    "Réunie en assemblée générale, notre assemblée a voté les revendications suivantes, "
    "que nous porterons samedi devant la sous-préfecture avec tous les habitants.\n\n"
    "Nous voulons simplement que chacun puisse vivre dignement de son travail.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "issuer"),
    [
        ("*Les gilets jaunes du Magny*", "Les gilets jaunes du Magny"),
        ("_Les habitants du quartier des Ormes_", "Les habitants du quartier des Ormes"),
        ("**Liste Unis pour l'Arménie**", "Liste Unis pour l'Arménie"),
        ("**Ackify CE** — *la preuve de lecture open-source, sans compromis.*", "Ackify CE"),
    ],
)
def test_a_name_set_in_emphasis_under_the_text_signs_it(closing: str, issuer: str) -> None:
    # (a name in bold before its tagline signs when the text names it again)
    named = f"{issuer} remercie les habitants de leur soutien.\n\n"
    release = parse(f"{_SIGNED_BODY}{named}{closing}\n", filename="cp.md")
    assert [i.name for i in release.header.issuers] == [issuer]


@pytest.mark.parametrize(
    "closing",
    [
        "*Les billets invités n’engagent que leurs auteurs.*",
        "**Liberté, Égalité, Fraternité**",
        "*Fin du communiqué*",
        "**Merci à tous les Habitants**",
        "*Les photos sont libres de droits*",
    ],
)
def test_a_sentence_or_a_motto_in_emphasis_under_the_text_signs_nothing(closing: str) -> None:
    release = parse(f"{_SIGNED_BODY}{closing}\n", filename="cp.md")
    assert release.header.issuers == ()


def test_a_brand_in_a_type_label_that_the_text_never_names_again_names_no_issuer() -> None:
    text = (
        "Pouvoir d'achat : un bilan désastreux\nCommuniqué de presse de ConsoFrance\n\n"
        "Paris, le 30 janvier 2007\n\nLes associations de consommateurs déplorent la décision "
        "du gouvernement de retirer le projet de loi.\n"
    )
    assert parse(text).header.issuers == ()


@pytest.mark.parametrize(
    "label",
    ["Communiqué de presse du CES 2024", "COMMUNIQUÉ DE PRESSE DE RENTRÉE", "COMMUNIQUÉ DU GROUPE"],
)
def test_a_type_label_naming_an_event_a_topic_or_a_bare_kind_names_no_issuer(label: str) -> None:
    text = (
        f"Capgemini lance une offre d'intelligence artificielle\n{label}\n\nLas Vegas, le 9 "
        "janvier 2024 – Le groupe présente son offre lors du CES 2024.\n"
    )
    assert parse(text).header.issuers == ()


def test_the_about_section_outranks_a_type_label_naming_an_event() -> None:
    text = (
        "Capgemini lance une offre IA\n\nCommuniqué de presse du Salon Viva Technology\n\n"
        "Paris, le 9 juin 2024 – Capgemini présente son offre.\n\nÀ propos de Capgemini\n\n"
        "Capgemini est un leader mondial.\n"
    )
    assert [i.name for i in parse(text).header.issuers] == ["Capgemini"]


@pytest.mark.parametrize(
    "closing",
    [
        "*Avec AFP*",
        "*La Rédaction*",
        "*Texte Marie Dupont*",
        "**Joyeux Noël**",
        "**Info Pratique** – la salle est accessible aux fauteuils",
        "**Vente Flash** — jusqu'à moins 50 pour cent",
    ],
)
def test_a_credit_a_greeting_or_a_bold_label_closing_the_text_signs_nothing(closing: str) -> None:
    release = parse(f"{_SIGNED_BODY}{closing}\n", filename="cp.md")
    assert release.header.issuers == ()


@pytest.mark.parametrize("person", ["Marie Dupont", "Jean-Pierre Martin"])
def test_a_person_beside_the_type_in_the_author_field_is_no_issuer(person: str) -> None:
    text = (
        f"---\ntitle: Un plan pour les campagnes\nauthor: {person} • Communiqué de presse\n---\n\n"
        "La Région vote un plan de trois millions d'euros pour les commerces des campagnes.\n"
    )
    assert person not in [i.name for i in parse(text).header.issuers]
