"""How press contacts are laid out, and what the contacts step makes of each layout.

Each test states one behaviour on a small text written for it: international phone numbers,
link targets that hold the address, mailing-list addresses and credit lines that are not
contacts, and contacts spread over several blocks or several lines.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.french.phones import PHONE, to_e164
from communique.french.vocabulary import SOCIAL_BAR
from communique.registry import get as get_adapter
from communique.source import load


def phones_in(text: str) -> list[str]:
    return [match.group() for match in PHONE.finditer(text)]


# -- phone numbers -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "phone", "e164"),
    [
        ("Téléphone : 01-408-404-4976.", "01-408-404-4976", "+14084044976"),
        ("tél. 001 212 555 0134", "001 212 555 0134", "+12125550134"),
        ("téléphone : (01) 312-555-0186 x204.", "(01) 312-555-0186 x204", "+13125550186"),
        ("+1 (415) 555-0199", "+1 (415) 555-0199", "+14155550199"),
        ("+1 617.555.0143.", "+1 617.555.0143", "+16175550143"),
    ],
)
def test_a_north_american_number_may_carry_its_country_code_the_french_way(
    text: str, phone: str, e164: str
) -> None:
    assert phones_in(text) == [phone]
    assert to_e164(phone) == e164


@pytest.mark.parametrize(
    ("text", "phone", "e164"),
    [
        ("téléphone (61-2) 9555 0172", "(61-2) 9555 0172", "+61295550172"),
        ("Tél. : (44-20) 7946 0018", "(44-20) 7946 0018", "+442079460018"),
        ("(+33 1) 53 18 41 00", "(+33 1) 53 18 41 00", "+33153184100"),
    ],
)
def test_a_bracketed_country_and_area_code_starts_a_number(
    text: str, phone: str, e164: str
) -> None:
    assert phones_in(text) == [phone]
    assert to_e164(phone) == e164


@pytest.mark.parametrize(
    "extension",
    [
        "poste 2045",
        "Poste 2045",
        "x2045",
        "ext. 2045",
        "Ext. 2045",
        "EXT 2045",
        "extension 2045",
        "int. 2045",
        "Int. 2045",
        ", poste 2045",
    ],
)
@pytest.mark.parametrize("number", ["01 53 18 41 00", "+32 2 123 45 67", "+41 58 123 45 67"])
def test_an_extension_belongs_to_the_number_but_not_to_its_e164_form(
    number: str, extension: str
) -> None:
    written = f"{number}{'' if extension.startswith((',', 'x')) else ' '}{extension}"
    assert phones_in(f"Standard : {written}") == [written]
    assert to_e164(written) == to_e164(number)


def test_a_number_in_brackets_after_a_name_is_found() -> None:
    assert phones_in("Claire Morel (06 12 34 56 78)") == ["06 12 34 56 78"]


def test_a_north_american_number_without_its_country_code_has_no_e164_form() -> None:
    assert to_e164("(418) 643-1234") == ""


@pytest.mark.parametrize(
    "text",
    [
        "Paris, le 05/11/2018",
        "publié le 2018-11-05",
        "75008 Paris",
        "BP 1234 – 69001 Lyon Cedex 01",
        "SIRET 123 456 789 00012",
        "RCS Nanterre 552 032 534",
        "TVA intracommunautaire FR 40 303 265 045",
        "ISBN 978-2-07-036822-8",
        "ISBN 9782070368228",
        "EAN 3 760 123 456 789",
        "un budget de 1 200 000 000 euros",
        "pour 12 345 678,90 €",
        "le plan 2019-2020 puis 2021-2027",
        "la période (2019-2020) 2021 2022",
        "arrêté n° 2019-07-1234",
        "décret n° 2023-859 du 6 septembre 2023",
        "dossier réf. 12-345-6789",
    ],
)
def test_dates_codes_prices_and_references_are_not_phones(text: str) -> None:
    assert phones_in(text) == []


# -- addresses and names that are not press contacts ---------------------------------------------

NEWSLETTER_ENDING = """\
Paris, le 12 septembre 2023

# La médiathèque ouvre un fonds consacré à la bande dessinée

La ville est heureuse d'annoncer l'ouverture d'un fonds de 4 000 albums consultables sur place.

Le fonds couvre un siècle de création, des illustrés d'avant-guerre aux romans graphiques.

Des rencontres avec des autrices et des auteurs seront organisées chaque trimestre.

## Pour plus d'informations

Pour recevoir nos annonces, écrivez à annonces-subscribe@mediatheque.example.org.
Pour ne plus les recevoir : annonces-unsubscribe@mediatheque.example.org.

*Traduction : Hélène Garnier.*
"""


def test_a_mailing_list_address_is_not_a_press_contact() -> None:
    assert parse(NEWSLETTER_ENDING).contacts == ()


@pytest.mark.parametrize(
    "address",
    [
        "lettre-subscribe@ville.example.fr",
        "annonces-unsubscribe@liste.example.org",
        "sympa@listes.example.fr",
        "noreply@region.example.fr",
        "ne-pas-repondre@prefecture.example.gouv.fr",
        "newsletter@agence.example.fr",
    ],
)
def test_list_and_no_reply_addresses_do_not_reach_a_press_officer(address: str) -> None:
    release = parse(
        f"Contact presse\n\nLéa Fontaine – 01 53 18 41 00 – lea.fontaine@ville.example.fr\n\n"
        f"Abonnement et désabonnement : {address}\n"
    )
    assert [c.emails for c in release.contacts] == [("lea.fontaine@ville.example.fr",)]


@pytest.mark.parametrize(
    "credit",
    [
        "Traduction : Hélène Garnier",
        "Translation: Hélène Garnier.",
        "Crédit photo : Hélène Garnier",
        "Photo : Hélène Garnier",
    ],
)
def test_a_credited_person_is_not_a_press_contact(credit: str) -> None:
    release = parse(
        "Contact presse\n\nLéa Fontaine\n01 53 18 41 00\nlea.fontaine@ville.example.fr\n\n"
        f"{credit}\n"
    )
    assert [c.name for c in release.contacts] == ["Léa Fontaine"]


def test_an_opening_announcement_in_the_issuers_voice_is_evidence_of_a_release() -> None:
    release = parse(NEWSLETTER_ENDING.replace("Paris, le 12 septembre 2023\n\n", ""))
    assert "pleased-to-announce" in release.evidence
    assert release.is_press_release


# -- addresses behind links ------------------------------------------------------------------------

BODY = (
    "Paris, le 4 mars 2024\n\n# Le festival des sciences ouvre ses portes\n\n"
    "Le festival accueille cette année plus de deux cents chercheurs venus de toute la France.\n\n"
)


def test_an_address_only_behind_a_link_reaches_the_contact() -> None:
    release = parse(
        BODY + "Contact presse\n\n[Julie Perrin](mailto:julie.perrin@festival.example.fr)\n",
        adapter="markdown",
    )
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Julie Perrin", ("julie.perrin@festival.example.fr",))
    ]


def test_a_bare_address_used_as_a_link_target_is_an_email() -> None:
    release = parse(
        BODY + "Accréditations presse :\n[Écrire au service](presse@festival.example.fr)\n",
        adapter="markdown",
    )
    assert [c.emails for c in release.contacts] == [("presse@festival.example.fr",)]


def test_a_contact_behind_a_link_is_spanned_up_to_the_link_text() -> None:
    link = "[par courriel](mailto:j.perrin@festival.example.fr)"
    text = BODY + f"Contact presse\n\nJulie Perrin, {link}\n"
    release = parse(text, adapter="markdown")
    [contact] = release.contacts
    assert contact.span is not None
    assert release.text[contact.span[0] : contact.span[1]] == "Julie Perrin, [par courriel"


def test_a_phone_behind_a_tel_link_is_read() -> None:
    release = parse(
        BODY + "Contact presse\n\nJulie Perrin – [nous appeler](tel:+33612345678)\n",
        adapter="markdown",
    )
    assert [(c.name, c.phones, c.phones_e164) for c in release.contacts] == [
        ("Julie Perrin", ("+33612345678",), ("+33612345678",))
    ]


def test_a_number_shown_as_its_link_text_is_read_once() -> None:
    release = parse(
        BODY + "Contact presse\n\nJulie Perrin – [06 12 34 56 78](tel:+33612345678)\n",
        adapter="markdown",
    )
    assert [c.phones for c in release.contacts] == [("06 12 34 56 78",)]


def test_a_link_outside_a_contact_zone_is_no_contact() -> None:
    release = parse(
        BODY + "Le programme complet est [en ligne](mailto:programme@festival.example.fr).\n",
        adapter="markdown",
    )
    assert release.contacts == ()


def test_a_link_to_a_list_address_is_no_contact() -> None:
    release = parse(
        BODY + "Contact presse\n\nJulie Perrin – julie.perrin@festival.example.fr\n\n"
        "[Recevoir la lettre](mailto:lettre-subscribe@festival.example.fr)\n",
        adapter="markdown",
    )
    assert [c.emails for c in release.contacts] == [("julie.perrin@festival.example.fr",)]


def test_an_inline_html_link_in_markdown_is_read_too() -> None:
    release = parse(
        BODY
        + 'Contact presse : <a href="mailto:julie.perrin@festival.example.fr">Julie Perrin</a>\n',
        adapter="markdown",
    )
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Julie Perrin", ("julie.perrin@festival.example.fr",))
    ]


# -- contacts given in the course of a paragraph ---------------------------------------------------


@pytest.mark.parametrize(
    "cue",
    ["Veuillez adresser vos questions à", "Envoyez toutes vos demandes à"],
)
def test_a_request_to_write_to_someone_gives_a_contact(cue: str) -> None:
    release = parse(
        BODY + "Le laboratoire partenaire présentera ses travaux sur les océans. "
        f"{cue} Marc Olivier, Institut Océan, m.olivier@ocean.example.org, "
        "téléphone (61-2) 9555 0172.\n"
    )
    assert [(c.name, c.emails, c.phones) for c in release.contacts] == [
        ("Marc Olivier", ("m.olivier@ocean.example.org",), ("(61-2) 9555 0172",))
    ]


def test_an_address_for_the_public_is_not_a_press_contact() -> None:
    release = parse(
        BODY + "Une pétition est ouverte dans les mairies riveraines ; les habitants peuvent "
        "également écrire à petition@canal.example.org.\n"
    )
    assert release.contacts == ()


def test_an_inline_contact_runs_on_over_wrapped_lines() -> None:
    release = parse(
        BODY + "Le laboratoire partenaire présentera ses travaux. Pour en savoir plus, contactez\n"
        "Marc Olivier (en anglais\nuniquement) : m.olivier@ocean.example.org,\n"
        "téléphone : (01) 312-555-0186 x204.\n",
        adapter="markdown",
    )
    assert [(c.name, c.emails, c.phones) for c in release.contacts] == [
        ("Marc Olivier", ("m.olivier@ocean.example.org",), ("(01) 312-555-0186 x204",))
    ]


def test_an_inline_contact_stops_at_the_end_of_its_sentence() -> None:
    release = parse(
        BODY + "Le laboratoire présentera ses travaux. "
        "Contact : Marc Olivier (m.olivier@ocean.example.org).\n"
        "La Fondation Océan soutient la recherche depuis 1990 : 01 53 18 41 00.\n",
        adapter="markdown",
    )
    assert [(c.name, c.phones) for c in release.contacts] == [("Marc Olivier", ())]


def test_a_phone_given_in_the_next_sentence_by_its_label_belongs_to_the_contact() -> None:
    release = parse(
        BODY + "Contact en anglais : Marc Olivier (m.olivier@ocean.example.org). "
        "Téléphone : +1 617.555.0143.\n"
    )
    assert [(c.name, c.phones) for c in release.contacts] == [
        ("Marc Olivier", ("+1 617.555.0143",))
    ]


# -- what adapters say about links -----------------------------------------------------------------


def test_the_markdown_adapter_records_where_each_link_text_is() -> None:
    text = (
        "Écrire à [Julie Perrin](mailto:j.perrin@example.fr) "
        "ou <a href='tel:+33612345678'>appeler</a>\n"
    )
    document = get_adapter("markdown").segment(load(text, max_input_bytes=10_000))
    [block] = document.blocks
    assert block.links == ("mailto:j.perrin@example.fr", "tel:+33612345678")
    assert [text[start:end] for start, end in block.link_spans] == ["Julie Perrin", "appeler"]


def test_the_html_adapter_records_where_each_link_text_is() -> None:
    html = "<p>Écrire à <a href='mailto:j.perrin@example.fr'>Julie Perrin</a></p>"
    document = get_adapter("html").segment(load(html, max_input_bytes=10_000))
    [block] = document.blocks
    [(start, end)] = block.link_spans
    assert document.text[start:end] == "Julie Perrin"


def test_a_markdown_line_after_a_break_tag_is_spanned_where_it_is_written() -> None:
    text = "Inscriptions sur le site\n<br>Accréditations : presse@example.fr\n"
    document = get_adapter("markdown").segment(load(text, max_input_bytes=10_000))
    last = document.blocks[0].lines[-1]
    assert text[last.span[0] : last.span[1]] == "Accréditations : presse@example.fr"


# -- contacts over several blocks ------------------------------------------------------------------


def test_a_block_that_only_adds_a_missing_means_continues_the_contact() -> None:
    release = parse(
        BODY
        + "Contact presse\n\nJulie Perrin\n\n06 12 34 56 78\n\njulie.perrin@festival.example.fr\n"
    )
    assert [(c.name, c.emails, c.phones) for c in release.contacts] == [
        ("Julie Perrin", ("julie.perrin@festival.example.fr",), ("06 12 34 56 78",))
    ]


def test_a_second_address_in_a_new_block_is_a_second_contact() -> None:
    release = parse(
        BODY + "Contact presse\n\nJulie Perrin – julie.perrin@festival.example.fr\n\n"
        "presse@festival.example.fr\n"
    )
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Julie Perrin", ("julie.perrin@festival.example.fr",)),
        (None, ("presse@festival.example.fr",)),
    ]


# -- raw HTML in Markdown, with blank lines between its lines --------------------------------------

SPACED_HTML = """\
---
title: "Sortie de Logiciel 5.0"
---

<p>Le projet Logiciel publie aujourd'hui la version 5.0 de son tableur libre.</p>

<h2>Communiqué

de presse</h2>

<p>Contact presse&nbsp;:<br />

Claire Morel

<br />

Responsable des relations presse<br />

+41 22 555 01 50

<br />

<a href="mailto:claire.morel@logiciel.example.org">écrire</a></p>

<p>La société Exemple contribue au projet depuis 2015.

Contact en anglais&nbsp;: <a href="tom@exemple.example.com">Tom

Baker</a>, en français&nbsp;: <a href="mailto:lea.roux@exemple.example.com">Léa Roux</a>.

Téléphone&nbsp;: +1 617.555.0143.</p>
"""


def test_an_html_element_spread_over_blank_lines_is_one_block() -> None:
    release = parse(SPACED_HTML, adapter="markdown")
    assert release.header.doc_type == "Communiqué de presse"


def test_a_contact_spread_over_blank_lines_of_raw_html_is_one_contact() -> None:
    release = parse(SPACED_HTML, adapter="markdown")
    claire = release.contacts[0]
    assert (claire.name, claire.emails, claire.phones) == (
        "Claire Morel",
        ("claire.morel@logiciel.example.org",),
        ("+41 22 555 01 50",),
    )


def test_lines_of_spread_raw_html_are_spanned_where_they_are_written() -> None:
    text = SPACED_HTML
    release = parse(text, adapter="markdown")
    claire = release.contacts[0]
    assert claire.span is not None
    assert text[claire.span[0] :].startswith("Claire Morel")


def test_names_and_addresses_behind_links_of_spread_raw_html_are_read() -> None:
    release = parse(SPACED_HTML, adapter="markdown")
    assert [(c.name, c.emails) for c in release.contacts[1:]] == [
        ("Tom Baker", ("tom@exemple.example.com",)),
        ("Léa Roux", ("lea.roux@exemple.example.com",)),
    ]


def test_a_bare_address_as_an_html_link_target_is_shown_as_an_email() -> None:
    release = parse(
        "<html><body><h1>Le festival ouvre ses portes</h1><p>Paris, le 4 mars 2024</p>"
        "<p>Contact presse : <a href='julie.perrin@festival.example.fr'>Julie Perrin</a></p>"
        "</body></html>",
        adapter="html",
    )
    assert [(c.name, c.emails) for c in release.contacts] == [
        ("Julie Perrin", ("julie.perrin@festival.example.fr",))
    ]


def test_a_template_placeholder_is_not_a_contact_name() -> None:
    release = parse(BODY + "Contact presse : [INFORMATION DE CONTACT]\n")
    assert release.contacts == ()


def test_a_labelled_link_after_the_contact_is_not_a_second_contact() -> None:
    release = parse(
        BODY + "Contact presse :\nJulie Perrin\njulie.perrin@festival.example.fr\n\n"
        "* Dossier de presse complet : https://festival.example.fr/presse\n"
    )
    assert [c.name for c in release.contacts] == ["Julie Perrin"]


def test_each_press_service_named_in_one_block_is_its_own_contact() -> None:
    release = parse(
        BODY + "**Contacts presse**\n"
        "Service presse de **Camille DURAND**\n"
        "Ministre de la Culture\n"
        "Tél : 01 40 15 80 00 / Mél : presse@culture.example.gouv.fr\n"
        "Service de presse de la préfecture\n"
        "Tél : 04 72 61 60 60\n"
        "Mél : pref-communication@rhone.example.gouv.fr\n"
    )
    assert [(c.role, c.organisation, c.emails) for c in release.contacts] == [
        (
            "Service presse de Camille DURAND",
            "Ministre de la Culture",
            ("presse@culture.example.gouv.fr",),
        ),
        (
            "Service de presse de la préfecture",
            None,
            ("pref-communication@rhone.example.gouv.fr",),
        ),
    ]


@pytest.mark.parametrize("text", ["<p>&nbsp;<", '<a href="mailto:a@b.fr">&nbsp;<'])
def test_a_line_opening_with_an_entity_space_is_located_inside_the_text(text: str) -> None:
    document = get_adapter("markdown").segment(load(text, max_input_bytes=10_000))
    for block in document.blocks:
        for line in block.lines:
            start, end = line.locate(0, len(line.text))
            assert 0 <= start <= end <= len(text)


def test_an_accreditation_heading_without_a_means_opens_no_contact_zone() -> None:
    release = parse(
        BODY + "Accréditations :\n\nLes journalistes s'inscrivent avant le 12 mars.\n\n"
        "Jean Morel\n\nLe programme sera publié la semaine prochaine.\n"
    )
    assert release.contacts == ()


# -- layouts of unseen releases ------------------------------------------------------------------


def test_a_contact_paragraph_with_its_addresses_behind_links_continues_the_block() -> None:
    html = (
        "<html><body><article><h1>La Région ouvre un guichet pour les associations</h1>"
        "<p>Paris, le 4 mars 2024</p>"
        "<p>La Région ouvre un guichet unique pour les associations, qui y trouveront les "
        "services de l'État, de la Région et des départements.</p>"
        "<h3>Contacts presse</h3>"
        "<p>Léa Morel, chargée des relations presse : 06 12 34 56 78</p>"
        "<p>Pour les demandes d'entretien avec la présidente, les rédactions peuvent écrire à "
        '<a href="mailto:cabinet.presse@region.example.fr">son cabinet</a>, qui répond dans la '
        "journée ; pour les visuels et la photothèque de la Région, les demandes vont à "
        '<a href="mailto:photos@region.example.fr">la photothèque</a>, ouverte du lundi au '
        "vendredi de 9 h à 18 h.</p>"
        "</article></body></html>"
    )
    release = parse(html, adapter="html")
    emails = [e for c in release.contacts for e in c.emails]
    assert emails == ["cabinet.presse@region.example.fr", "photos@region.example.fr"]
    assert [c.name for c in release.contacts if c.name] == ["Léa Morel"]


def test_two_contacts_side_by_side_are_read_column_by_column() -> None:
    release = parse(
        BODY + "Contacts\n\n"
        "ALPHAMÉCA                              Agence Vermeil\n"
        "Laurent Peyrat                         Anaïs Coste\n"
        "Directeur financier                    Relations presse\n"
        "finance@alphameca.example.fr           06 12 34 56 78\n"
    )
    assert [(c.name, c.role, c.organisation) for c in release.contacts] == [
        ("Laurent Peyrat", "Directeur financier", "ALPHAMÉCA"),
        ("Anaïs Coste", "Relations presse", "Agence Vermeil"),
    ]
    assert [c.emails or c.phones for c in release.contacts] == [
        ("finance@alphameca.example.fr",),
        ("06 12 34 56 78",),
    ]


def test_a_contact_card_without_a_heading_closes_a_release() -> None:
    release = parse(
        BODY + "« Nous voulons que chaque association trouve un interlocuteur », "
        "explique la présidente.\n\n"
        "Pierre Lambert,\nCo-fondateur de l'association\npierre@association.example.org\n"
        "(+33) 6 02 13 14 57\n"
    )
    assert [(c.name, c.emails, c.phones) for c in release.contacts] == [
        ("Pierre Lambert", ("pierre@association.example.org",), ("(+33) 6 02 13 14 57",))
    ]


def test_an_appeal_to_the_public_in_the_body_is_no_press_contact() -> None:
    release = parse(
        BODY + "Toute personne ayant été témoin de l'accident survenu dans la nuit de samedi "
        "à dimanche sur la route départementale est invitée à contacter la gendarmerie au "
        "05 55 00 00 17.\n\n"
        "Contact presse :\nBureau de la communication\n05 55 20 11 11\n"
    )
    assert [c.phones for c in release.contacts] == [("05 55 20 11 11",)]


def test_a_number_given_in_a_paragraph_without_a_name_or_an_address_is_for_readers() -> None:
    release = parse(
        BODY + "Les entreprises intéressées peuvent contacter le guichet au 01 53 00 00 00 "
        "du lundi au vendredi.\n"
    )
    assert release.contacts == ()


def test_a_quebec_source_block_after_the_end_marker_is_the_contact() -> None:
    release = parse(
        "Québec, le 12 mars 2024 – La Ville annonce la réfection de la rue Principale.\n"
        "Les travaux dureront six semaines.\n"
        "-30-\n"
        "Source et renseignements :\n"
        "Ville de Saint-Amable\n"
        "Geneviève Tremblay\n"
        "Conseillère en communication\n"
        "418 555-0187, poste 2214\n"
        "gtremblay@saint-amable.example.ca\n"
    )
    assert [(c.name, c.role, c.organisation, c.phones) for c in release.contacts] == [
        (
            "Geneviève Tremblay",
            "Conseillère en communication",
            "Ville de Saint-Amable",
            ("418 555-0187, poste 2214",),
        )
    ]


# -- the rules, editable by name -----------------------------------------------------------------


def test_the_contact_rules_read_in_order_and_a_layout_rule_is_added_by_name() -> None:
    from communique.extract import DEFAULT_STEPS, run
    from communique.extract.contacts import CONTACT_RULES, contacts_with
    from communique.extract.draft import Draft
    from communique.models import Contact
    from communique.options import Options

    assert CONTACT_RULES.names == (
        "zones",
        "inline",
        "metadata",
        "cards",
        "about-cards",
        "mail-signature",
    )

    def signature_rule(draft: Draft) -> None:  # a publisher's own layout: "Porte-voix — Name"
        for block in draft.blocks:
            if block.text.startswith("Porte-voix — "):
                name = block.text.removeprefix("Porte-voix — ")
                draft.contacts.append(Contact(name or None, None, None, (), (), (), block.span))

    steps = DEFAULT_STEPS.replace(
        "contacts", contacts_with(CONTACT_RULES.before("cards", "signature", signature_rule))
    )
    document = get_adapter("text").segment(
        load(BODY + "Porte-voix — Jeanne Morel\n", max_input_bytes=100_000)
    )
    draft = run(document, Options(), steps)
    assert [c.name for c in draft.contacts] == ["Jeanne Morel"]
    assert parse(BODY + "Porte-voix — Jeanne Morel\n").contacts == ()


@pytest.mark.parametrize("heading", ["Presse :", "Presse —", "Médias –", "Journalistes :"])
def test_a_bare_press_word_opens_a_contact_block_only_with_a_means(heading: str) -> None:
    assert parse(BODY + f"{heading} Jeanne Morel\n").contacts == ()
    release = parse(BODY + f"{heading} Jeanne Morel – 06 12 34 56 78\n")
    assert [(c.name, c.phones) for c in release.contacts] == [("Jeanne Morel", ("06 12 34 56 78",))]


def test_a_civility_in_full_makes_a_name_certain() -> None:
    release = parse(BODY + "Contact presse\n\nMadame Jeanne Morel, 06 12 34 56 78\n")
    assert [c.name for c in release.contacts] == ["Jeanne Morel"]  # the title is not the name


def test_two_people_named_together_share_the_means() -> None:
    release = parse(BODY + "Contacts presse\n\nJeanne Morel et Karim Haddad : 06 12 34 56 78\n")
    assert [c.name for c in release.contacts] == ["Jeanne Morel", "Karim Haddad"]


def test_an_opening_time_after_a_phone_is_no_second_number() -> None:
    from communique import parse

    text = (
        "Un numéro pour les sinistrés\n\nLa préfecture ouvre une cellule d'information pour les "
        "habitants touchés par les crues de la semaine.\n\nContact presse\n"
        "Claire Martin, Tél. : 01 23 45 67 89 / 24h/24, claire.martin@example.fr\n"
    )
    phones = [phone for contact in parse(text).contacts for phone in contact.phones]
    assert phones == ["01 23 45 67 89"]


# -- where the contact block stands ----------------------------------------------------------


@pytest.mark.parametrize(
    "heading", ["Renseignements complémentaires :", "Pour plus d'informations :", "Informations :"]
)
def test_a_contact_block_under_a_weak_heading_is_read_before_a_page_s_attachments(
    heading: str,
) -> None:
    # The release's text ends with its contact block; the page goes on with the attachments,
    # a link back to the list and related releases, which push the block out of the last
    # part of the page.
    prose = (
        "Le Conseil d'Etat a adopté ce mercredi le premier plan cantonal de protection des "
        "sols. Doté de 8,4 millions de francs sur cinq ans, il vise à freiner "
        "l'imperméabilisation et à réhabiliter 120 hectares de terres dégradées."
    )
    related = "".join(
        f"<li><span>{day}.11.2022</span> <a href='/cp/{day}'>Un autre communiqué du {day}</a></li>"
        for day in range(10, 18)
    )
    page = (
        "<html><body><h1>Un plan cantonal pour protéger les sols</h1>"
        f"<p>{prose}</p><p>{prose}</p>"
        f"<p><strong>{heading}</strong><br/>DES, Nicole Berthoud, conseillère d'Etat, "
        "+41 21 557 45 00</p>"
        "<h2>Documents</h2><ul><li><a href='/cp.pdf'>Communiqué (PDF, 96 Ko)</a></li>"
        "<li><a href='/plan.pdf'>Plan cantonal (PDF, 3,2 Mo)</a></li></ul>"
        "<p><a href='/cp/'>Retour à la liste des communiqués</a></p>"
        f"<h2>Dans le même département</h2><ul>{related}</ul></body></html>"
    )
    contacts = parse(page).contacts
    assert [(c.name, c.organisation, c.phones) for c in contacts] == [
        ("Nicole Berthoud", "DES", ("+41 21 557 45 00",))
    ]


def test_a_weak_heading_early_in_the_text_is_not_a_contact_block() -> None:
    prose = (
        "Les habitants peuvent consulter les bulletins de vigilance et signaler toute "
        "montée des eaux aux services de la commune, qui tiennent une permanence."
    )
    text = (
        "Communiqué de presse\n\nLyon, le 12 mars 2024\n\nUn plan contre les crues\n\n"
        f"{prose}\n\nInformations :\nla mairie répond au 04 72 10 30 30\n\n"
        + f"{prose} {prose}\n\n"
        * 3
    )
    assert parse(text).contacts == ()


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("M. Laurent Vuilleumier", "Laurent Vuilleumier"),
        ("Mme Aurélie Despont", "Aurélie Despont"),
        ("Dr Valérie Salamin-Rey", "Valérie Salamin-Rey"),
        ("Pr Jean-Luc Marty", "Jean-Luc Marty"),
    ],
)
def test_a_contact_s_courtesy_title_is_not_part_of_the_name(written: str, name: str) -> None:
    text = (
        "Communiqué de presse\n\nGenève, le 3 février 2022\n\nUn titre de communiqué\n\n"
        "Le département lance un plan pour la qualité de l'air dans les écoles du canton.\n\n"
        f"Personnes de contact\n{written}, secrétaire général adjoint, 022 546 76 12\n"
    )
    contacts = parse(text).contacts
    assert [(c.name, c.phones) for c in contacts] == [(name, ("022 546 76 12",))]


def test_an_office_s_address_and_switchboard_in_a_footer_is_no_press_contact() -> None:
    text = (
        "Communiqué pour les médias\n\nUn titre de communiqué\n\nPublication : 05 octobre 2023\n\n"
        "Le Conseil d'Etat a décidé de lever l'interdiction de baignade dès la saison 2024.\n\n"
        "Personnes de contact\nOlivier Fournier, chef du Service de l'environnement, "
        "027 552 31 52 / 079 412 36 85\n\n"
        "Contact : Chancellerie d'Etat, Information, Rue de Conthey 11, 1950 Sion, "
        "tél. 027 552 20 60\n"
    )
    release = parse(text)
    assert release.header.doc_type == "Communiqué pour les médias"
    assert [c.phones for c in release.contacts] == [("027 552 31 52", "079 412 36 85")]


@pytest.mark.parametrize(
    "footer",
    [
        "Secrétariat : 02 99 40 58 00 – Télécopie : 02 99 40 58 01",
        "Festival Lumières du Nord – association loi 1901 – billetterie : 03-20-41-00-00",
        "© 2023 Observatoire alpin de l'air — Standard : 04 76 22 58 00",
        "Hôtel de Ville – Place de l'Hôtel-de-Ville – 44600 Saint-Nazaire – Tél. 02 40 17 29 00",
    ],
)
def test_an_office_s_labelled_number_below_the_contacts_is_no_contact_s(footer: str) -> None:
    text = (
        "Communiqué de presse\n\nRennes, le 4 mai 2023\n\nUn titre de communiqué\n\n"
        "Le campus réunit chercheurs, pêcheurs et élus pour deux journées d'échanges.\n\n"
        "CONTACT PRESSE\n\nÉmilie Caradec\nChargée des relations presse\n"
        "Téléphone : 02 99 40 58 16\nemilie.caradec@example.fr\n\n"
        f"{footer}\n"
    )
    contacts = parse(text).contacts
    assert [(c.name, c.phones) for c in contacts] == [("Émilie Caradec", ("02 99 40 58 16",))]


LEDE = (
    "Le conseil d'administration proposera à l'assemblée générale un dividende de 2,40 CHF "
    "par action, en hausse de 9 % sur un an, grâce à la croissance des ventes en Europe."
)


@pytest.mark.parametrize(
    "heading",
    [
        "Contact investisseurs / Investor contact",
        "Relations investisseurs",
        "Contact médias / Media contact",
        "Investor Relations",
        "Contacts actionnaires",
    ],
)
def test_investor_and_bilingual_contact_headings_open_a_contact_block(heading: str) -> None:
    # the release's text, then its contact block
    page = (
        "<html><body><h1>Dividende 2024 : 2,40 CHF par action</h1>"
        f"<p>{LEDE}</p><p>{LEDE}</p>"
        f"<p><strong>{heading}</strong><br/>Anouk Perrenoud, Head of Investor Relations<br/>"
        "T : +41 22 555 48 10<br/>anouk.perrenoud@example.com</p></body></html>"
    )
    contacts = parse(page).contacts
    assert [(c.name, c.phones) for c in contacts] == [("Anouk Perrenoud", ("+41 22 555 48 10",))]


def test_every_cell_of_a_contact_table_is_read() -> None:
    # The company's cell has no heading of its own; the agency's cells name their service.
    cells = (
        "<td><strong>Noréva</strong><br/>Pierre-Alain Desgranges<br/>Président-directeur "
        "général<br/>Tél. : 04 72 18 60 40<br/>investisseurs@noreva.example.fr</td>"
        "<td><strong>Calliope Finance</strong><br/>Relations investisseurs<br/>Inès Baumel<br/>"
        "Tél. : 01 56 88 11 42<br/>ibaumel@calliope.example.fr</td>"
        "<td><strong>Calliope Finance</strong><br/>Relations presse<br/>Quentin Marsan<br/>"
        "Tél. : 01 56 88 11 57<br/>qmarsan@calliope.example.fr</td>"
    )
    page = (
        "<html><body><h1>Noréva : chiffre d'affaires annuel en hausse de 12 %</h1>"
        f"<p>{LEDE}</p><p>{LEDE}</p><table class='contacts'><tr>{cells}</tr></table>"
        "</body></html>"
    )
    contacts = parse(page).contacts
    names = ["Pierre-Alain Desgranges", "Inès Baumel", "Quentin Marsan"]
    assert [c.name for c in contacts] == names
    assert [c.phones for c in contacts] == [
        ("04 72 18 60 40",),
        ("01 56 88 11 42",),
        ("01 56 88 11 57",),
    ]


def test_a_press_contact_line_with_its_agency_s_address_is_a_contact() -> None:
    text = (
        "Communiqué de presse\n\nParis, le 3 mars 2024\n\nUn titre de communiqué\n\n"
        "Le festival accueille cette année plus de deux cents chercheurs de toute la France.\n\n"
        "Contact presse : Agence Rouge Vif – 12 rue de la Paix – 75002 Paris – 01 42 00 00 00\n"
    )
    contacts = parse(text).contacts
    assert [c.phones for c in contacts] == [("01 42 00 00 00",)]


@pytest.mark.parametrize(
    "line",
    [
        "Contact presse : Julie Martin – Permanence : 06 12 34 56 78",
        "Contact presse : Agence Halifax – 01 42 00 00 00",
    ],
)
def test_a_press_office_s_own_numbers_are_kept(line: str) -> None:
    text = (
        "Communiqué de presse\n\nParis, le 3 mars 2024\n\nUn titre de communiqué\n\n"
        "Le festival accueille cette année plus de deux cents chercheurs de toute la France.\n\n"
        f"{line}\n"
    )
    assert [len(c.phones) for c in parse(text).contacts] == [1]


@pytest.mark.parametrize("rank", ["Capitaine", "Commandant", "Lieutenant-colonel", "Adjudant-chef"])
def test_a_rank_is_not_part_of_a_contact_s_name(rank: str) -> None:
    text = (
        "APPEL À TÉMOINS\n\nCrest, le 12 août 2025\n\nDisparition inquiétante d'un adolescent\n\n"
        "La gendarmerie lance un appel à témoins après la disparition d'un adolescent.\n\n"
        f"Contact presse : {rank} Élodie Marchand – 04 75 00 00 00\n"
    )
    release = parse(text)
    assert [c.name for c in release.contacts] == ["Élodie Marchand"]
    assert release.header.doc_type == "APPEL À TÉMOINS"


TABLE_PEOPLE = (
    ("SPH 44", "Nadine Guérin", "06 21 47 85 30", "sph44@example.org"),
    ("Union autonome des soignants", "Karim Bensaïd", "06 78 02 14 66", "uas@example.org"),
)
TABLE_COLUMNS = {
    "organisation": ("Organisation", "Structure", "Syndicat"),
    "name": ("Nom", "Contact", "Interlocuteur"),
    "phone": ("Téléphone", "Tél.", "Portable"),
    "email": ("Courriel", "E-mail", "Mail"),
}


@pytest.mark.parametrize("gap", ["\t", "    "])
@pytest.mark.parametrize("variant", [0, 1, 2])
@pytest.mark.parametrize("order", [(0, 1, 2, 3), (1, 0, 3, 2), (1, 2, 3, 0)])
def test_a_contact_table_is_read_by_the_columns_its_header_row_names(
    gap: str, variant: int, order: tuple[int, ...]
) -> None:
    labels = [TABLE_COLUMNS[key][variant] for key in ("organisation", "name", "phone", "email")]
    rows = [[labels[i] for i in order]] + [[person[i] for i in order] for person in TABLE_PEOPLE]
    table = "\n".join(gap + gap.join(row) for row in rows)
    wrapped = "\n".join(  # a PDF's text: hard-wrapped lines, the table far below the top
        [
            "Les organisations syndicales appellent les personnels à se rassembler ce jeudi",
            "devant la direction générale, pour demander l'ouverture de négociations sur les",
            "effectifs des services d'urgence et de réanimation, en tension depuis l'été.",
        ]
        * 4
    )
    text = (
        "Grève au CHU : les syndicats appellent à un rassemblement\n\n"
        f"{wrapped}\n\nContacts :\n{table}\n"
    )
    found = [(c.organisation, c.name, c.phones, c.emails) for c in parse(text).contacts]
    assert found == [(org, name, (phone,), (email,)) for org, name, phone, email in TABLE_PEOPLE]


@pytest.mark.parametrize(
    ("name_column", "headed"),
    [
        ("Contact presse", True),
        ("Contacts presse", True),
        ("Contact", True),
        ("Nom", True),
        # the name column's own heading opens the zone: no heading above the table
        ("Contact presse", False),
        ("Contacts presse", False),
        ("Relations presse", False),
    ],
)
def test_a_markdown_table_of_press_contacts_is_read_by_its_columns(
    name_column: str, headed: bool
) -> None:
    # A converter's table: cells between bars, a name cell with the role after a comma.
    heading = "## Contacts presse\n\n" if headed else ""
    text = (
        "# Lycées : 95 millions d'euros de travaux\n\n"
        "La Région engage la rénovation de quatorze lycées d'ici 2028, pour 95 millions "
        "d'euros, avec un premier chantier dès cet été.\n\n"
        f"{heading}| {name_column} | Téléphone | Courriel |\n| --- | --- | --- |\n"
        "| Margaux Lefebvre, attachée de presse | 02 31 06 98 15 | m.lefebvre@example.org |\n"
        "| Service presse de la Région | 02 31 06 98 10 | presse@example.org |\n"
    )
    found = [(c.name, c.role, c.phones, c.emails) for c in parse(text).contacts]
    assert found == [
        (
            "Margaux Lefebvre",
            "attachée de presse",
            ("02 31 06 98 15",),
            ("m.lefebvre@example.org",),
        ),
        (None, "Service presse de la Région", ("02 31 06 98 10",), ("presse@example.org",)),
    ]


@pytest.mark.parametrize(
    ("cell", "name", "role"),
    [
        ("Margaux Lefebvre, 06 12 34 56 78", None, None),
        ("Margaux Lefebvre, Paul Martin", None, None),
    ],
)
def test_a_name_cell_s_comma_gives_a_role_only_when_words_of_a_role_follow(
    cell: str, name: str | None, role: str | None
) -> None:
    text = (
        "# Lycées : 95 millions d'euros de travaux\n\nLa Région engage la rénovation de "
        "quatorze lycées d'ici 2028, pour 95 millions d'euros.\n\n"
        "| Contact presse | Téléphone | Courriel |\n| --- | --- | --- |\n"
        f"| {cell} | 02 31 06 98 15 | m.lefebvre@example.org |\n"
    )
    (contact,) = parse(text).contacts
    # (a phone or a second name after the comma is no role)
    assert contact.role == role
    assert contact.name == name or contact.name == cell


def test_a_bare_contact_column_opens_no_zone_on_its_own() -> None:
    # A closing table of desks for the public, with no press heading above it.
    text = (
        "# Canicule : les salles rafraîchies de la ville\n\nLa Ville ouvre six salles "
        "rafraîchies du lundi au samedi pendant toute la durée de l'épisode.\n\n"
        "| Contact | Téléphone | Courriel |\n| --- | --- | --- |\n"
        "| Maison de quartier du Breil, accueil | 02 40 00 11 22 | breil@example.org |\n"
    )
    assert all(contact.name is None for contact in parse(text).contacts)


def test_an_html_table_of_press_contacts_is_read_by_its_columns() -> None:
    html = (
        "<h1>Lycées : 95 millions d'euros de travaux</h1><p>La Région engage la rénovation de "
        "quatorze lycées d'ici 2028, pour 95 millions d'euros, dès cet été.</p><table>"
        "<tr><th>Contact presse</th><th>Téléphone</th><th>Courriel</th></tr>"
        "<tr><td>Margaux Lefebvre, attachée de presse</td><td>02 31 06 98 15</td>"
        "<td>m.lefebvre@example.org</td></tr></table>"
    )
    (contact,) = parse(html, adapter="html").contacts
    assert (contact.name, contact.role) == ("Margaux Lefebvre", "attachée de presse")
    assert contact.emails == ("m.lefebvre@example.org",)


def test_a_table_whose_header_names_no_person_is_read_as_lines() -> None:
    text = (
        "Un titre de communiqué pour la table\n\nLe texte du communiqué, assez long pour être "
        "une phrase entière du corps de la publication.\n\n"
        "Contact presse\nMarie Dupont\nService\tTéléphone\tCourriel\n"
        "Communication\t01 23 45 67 89\tmarie.dupont@example.org\n"
    )
    (contact,) = parse(text).contacts
    assert contact.name == "Marie Dupont"
    assert contact.emails == ("marie.dupont@example.org",)


def _far_below_the_top(zone: str) -> str:
    wrapped = "\n".join(
        [
            "Les équipes du groupe hospitalier se mobilisent pour accueillir les patients",
            "des stations de ski pendant les vacances d'hiver, avec des renforts dans tous",
            "les services d'urgence et une ligne de coordination avec les secours en montagne.",
        ]
        * 4
    )
    return f"Un dispositif renforcé pour la saison d'hiver\n\n{wrapped}\n\n{zone}\n"


@pytest.mark.parametrize("gap", ["\t", "     "])
def test_a_contact_table_without_a_header_row_is_read_cell_by_cell(gap: str) -> None:
    rows = [
        ["Service communication", "Laetitia Favre", "04 50 63 62 12", "communication@example.org"],
        ["Astreinte presse (week-end)", "Olivier Duret", "06 07 41 22 85"],
    ]
    zone = "Contacts presse\n" + "\n".join(gap + gap.join(row) for row in rows)
    found = [(c.name, c.role, c.phones, c.emails) for c in parse(_far_below_the_top(zone)).contacts]
    assert found == [
        (
            "Laetitia Favre",
            "Service communication",
            ("04 50 63 62 12",),
            ("communication@example.org",),
        ),
        ("Olivier Duret", "Astreinte presse (week-end)", ("06 07 41 22 85",), ()),
    ]


def test_a_headless_table_s_organisation_cell_is_the_organisation_not_the_role() -> None:
    rows = [
        ["Office de tourisme", "Laetitia Favre", "04 50 45 00 33", "presse@example.org"],
        ["Ville d'Annecy", "Marc Girard", "04 50 33 88 88", "marc.girard@example.fr"],
    ]
    zone = "Contacts presse\n" + "\n".join("    ".join(row) for row in rows)
    found = [(c.name, c.role, c.organisation) for c in parse(_far_below_the_top(zone)).contacts]
    assert found == [
        ("Laetitia Favre", None, "Office de tourisme"),
        ("Marc Girard", None, "Ville d'Annecy"),
    ]


@pytest.mark.parametrize(
    ("written", "phone"),
    [
        ("04 50 45 00 33 x304", "04 50 45 00 33 x304"),
        ("04 50 45 00 33 poste 12", "04 50 45 00 33 poste 12"),
        ("04 50 45 00 33 X 2 lignes", "04 50 45 00 33"),  # a count of lines, no extension
    ],
)
def test_an_extension_is_a_lower_case_x_or_a_word(written: str, phone: str) -> None:
    (contact,) = parse(_far_below_the_top(f"Contact presse : Laetitia Favre, {written}")).contacts
    assert contact.phones == (phone,)


@pytest.mark.parametrize("joint", [" et ", " & "])
def test_two_people_on_one_line_after_bracketed_means_are_two_contacts(joint: str) -> None:
    zone = (
        "Contacts : Hélène Vergnaud, présidente (06 00 00 00 00)"
        f"{joint}Marc Tixier, secrétaire général (06 00 00 00 01)"
    )
    found = [(c.name, c.role, c.phones) for c in parse(_far_below_the_top(zone)).contacts]
    assert found == [
        ("Hélène Vergnaud", "présidente", ("06 00 00 00 00",)),
        ("Marc Tixier", "secrétaire général", ("06 00 00 00 01",)),
    ]


@pytest.mark.parametrize("dash", ["--", "---", "–"])
def test_pandoc_s_dashes_part_the_fields_of_a_contact_line(dash: str) -> None:
    zone = f"Contacts presse\n\nUnion des boulangers : Jeanne Poulain {dash} 06 22 81 49 03"
    (contact,) = parse(_far_below_the_top(zone)).contacts
    assert (contact.name, contact.phones) == ("Jeanne Poulain", ("06 22 81 49 03",))


_ONE_PARAGRAPH = (
    "Un dispositif renforcé pour la saison d'hiver\n\nLes équipes du groupe hospitalier se "
    "mobilisent pour accueillir les patients\ndes stations de ski pendant les vacances d'hiver, "
    "avec des renforts dans tous\nles services d'urgence."
)


@pytest.mark.parametrize(
    "release",
    [_far_below_the_top, lambda zone: f"{_ONE_PARAGRAPH}\n\n{zone}\n"],
    ids=["far-below", "short-release"],
)
def test_three_contacts_side_by_side_are_three_contacts(release: Callable[[str], str]) -> None:
    zone = "\n".join(
        [
            "Contacts :",
            "HYDRA SA                        AGENCE PRISME                   AGENCE PRISME",
            "Claire Vasseur                  Hélène Poirier                  Julien Martel",
            "Directrice financière           Relations investisseurs         Relations presse",
            "finance@example.com             hpoirier@example.com            jmartel@example.com",
            "04 00 00 00 51                  01 00 00 00 52                  01 00 00 00 53",
        ]
    )
    contacts = parse(release(zone)).contacts
    assert [c.organisation for c in contacts] == ["HYDRA SA", "AGENCE PRISME", "AGENCE PRISME"]
    found = {(c.name, c.emails, c.phones) for c in contacts}
    assert found == {
        ("Claire Vasseur", ("finance@example.com",), ("04 00 00 00 51",)),
        ("Hélène Poirier", ("hpoirier@example.com",), ("01 00 00 00 52",)),
        ("Julien Martel", ("jmartel@example.com",), ("01 00 00 00 53",)),
    }


def test_a_wire_s_trailer_after_the_contacts_is_no_contact() -> None:
    zone = (
        "Contacts\nArvelia – Communication financière : Mathieu Ferrand, directeur financier, "
        "finance@example.com, 05 00 00 00 70\n\n"
        "14.04.2026 CET/CEST Diffusion d'un communiqué de presse, transmis par NEWSFLUX.\n"
        "Le contenu de ce communiqué relève de la seule responsabilité de l'émetteur.\n\n"
        "Langue :     Français\nEntreprise : Arvelia SE\n             31000 Toulouse\n"
        "ISIN :       FR0000000000"
    )
    names = [contact.name for contact in parse(_far_below_the_top(zone)).contacts]
    assert names == ["Mathieu Ferrand"]


@pytest.mark.parametrize(
    "bar",
    [
        "J'aime · Commenter · Partager",
        "J’aime    Commenter    Republier    Envoyer",
        "👍❤️ 148 · 23 commentaires · 11 republications",
        "Voir la traduction",
        "Like · Reply · 2d",
        "Ajouter un commentaire…",
        "Afficher plus de commentaires",
    ],
)
def test_a_social_network_s_bar_under_a_post_ends_the_contacts(bar: str) -> None:
    # A release pasted in a post, copied with the network's page: the members who comment
    # below the bar are no press contacts.
    zone = (
        "Contact presse\nLéa Quéré – lea.quere@example.fr – 06 00 00 00 47\n\n"
        f"{bar}\n\n"
        "Yann Riou • 2e\nChargé de mission – Port de Brest\nBravo à toute l'équipe !\n\n"
        "Inès Caradec • 3e et +\nJournaliste\nPouvez-vous m'envoyer le dossier ?"
    )
    names = [contact.name for contact in parse(_far_below_the_top(zone)).contacts]
    assert names == ["Léa Quéré"]


@given(
    phone=st.sampled_from(("06 22 81 49 03", "+33 6 22 81 49 03", "+41 22 000 00 00")),
    cut=st.integers(1, 4),
    markdown=st.booleans(),
)
def test_a_phone_wrapped_over_two_lines_of_a_contact_is_read_whole(
    phone: str, cut: int, markdown: bool
) -> None:
    # pandoc and PDF text wrap long lines at a space, inside a number if need be.
    groups = phone.split(" ")
    cut = min(cut, len(groups) - 1)
    head, tail = " ".join(groups[:cut]), " ".join(groups[cut:])
    bullet, indent = ("-   ", "    ") if markdown else ("", "")
    zone = (
        f"Contacts presse\n\n{bullet}Union des boulangers du Bessin : Jeanne Poulain -- {head}\n"
        f"{indent}{tail} -- contact@example.org"
    )
    release = parse(_far_below_the_top(zone), adapter="markdown" if markdown else "text")
    assert [c.phones for c in release.contacts] == [(phone,)]


@pytest.mark.parametrize("phone", ["06 22 81 49 03", "+33 6 22 81 49 03", "01 53 18 41 00"])
def test_a_whole_phone_ending_a_line_keeps_the_next_line_s_figures_out(phone: str) -> None:
    zone = f"Contact presse\nJeanne Poulain – {phone}\n12 rue des Lilas, 14000 Caen"
    release = parse(_far_below_the_top(zone))
    assert [c.phones for c in release.contacts] == [(phone,)]


def test_a_postcode_s_district_ending_a_line_starts_no_phone() -> None:
    zone = (
        "Contact presse\nJeanne Poulain – jeanne.poulain@example.fr\n"
        "Ministère – 75340 Paris Cedex 07\n01 42 19 30 11"
    )
    release = parse(_far_below_the_top(zone))
    assert [phone for c in release.contacts for phone in c.phones] == ["01 42 19 30 11"]


@pytest.mark.parametrize(
    "reply",
    [
        "Merci de confirmer votre présence avant le jeudi 21 mai à 12 heures auprès de :",
        "Accréditations presse auprès de :",
        "Les journalistes sont invités à s’inscrire auprès du :",
        "Réponse souhaitée avant le 21 mai auprès de :",
    ],
)
def test_a_press_invitation_s_reply_line_introduces_its_contact(reply: str) -> None:
    zone = f"{reply}\nMathilde Roux, attachée de presse – 05 00 00 00 12 – m.roux@example.fr"
    contacts = parse(_far_below_the_top(zone)).contacts
    assert [(c.name, c.emails) for c in contacts] == [("Mathilde Roux", ("m.roux@example.fr",))]


def test_a_reply_line_naming_its_contact_before_the_colon_gives_it() -> None:
    zone = (
        "Merci de confirmer votre présence auprès de Mathilde Roux :\n"
        "05 00 00 00 12 – m.roux@example.fr"
    )
    contacts = parse(_far_below_the_top(zone)).contacts
    assert [(c.name, c.emails) for c in contacts] == [("Mathilde Roux", ("m.roux@example.fr",))]


def test_a_public_service_s_reply_is_no_press_contact() -> None:
    zone = (
        "En réponse aux demandes des habitants, une permanence est ouverte auprès de la maison "
        "France Services :\n05 00 00 00 14 – accueil@example.fr"
    )
    assert parse(_far_below_the_top(zone)).contacts == ()


def test_the_public_s_box_office_is_no_press_contact() -> None:
    zone = "Réservations auprès de :\nOffice de tourisme – 05 00 00 00 13 – accueil@example.fr"
    assert parse(_far_below_the_top(zone)).contacts == ()


@pytest.mark.parametrize(
    "line",
    [
        "Service de presse – 23 rue des Lilas – presse@example.fr",
        "Marie Roux, chargée de la commission des partages d'expérience",
        "Jean Le Bihan – 06 00 00 00 12 – vos commentaires sont bienvenus",
        "Dossier de 12 pages · 3 annexes",
    ],
)
def test_a_contact_line_naming_comments_or_shares_is_no_social_bar(line: str) -> None:
    assert SOCIAL_BAR.search(line) is None


@pytest.mark.parametrize("field", ["Internet : www.example.fr", "Entreprise : Clair de Lune"])
def test_a_company_or_website_field_inside_a_contact_block_keeps_the_contact(field: str) -> None:
    zone = f"Contact presse\nMarie Dupont\n{field}\nmarie.dupont@example.fr\n04 76 76 36 36"
    contacts = parse(_far_below_the_top(zone)).contacts
    assert [email for c in contacts for email in c.emails] == ["marie.dupont@example.fr"]
    assert [phone for c in contacts for phone in c.phones] == ["04 76 76 36 36"]


# -- contacts set above the title ---------------------------------------------------------------


@pytest.mark.parametrize("heading", ["Contacts", "Contacts presse", "Relations presse"])
@pytest.mark.parametrize(
    "title",
    [
        "NORVANE : CHIFFRE D'AFFAIRES SEMESTRIEL EN HAUSSE DE 12 %\nCONFIRMATION DES OBJECTIFS",
        "Norvane publie un chiffre d'affaires semestriel en hausse de 12 %",
    ],
)
def test_contacts_set_between_the_dateline_and_the_title_are_contacts_and_the_title_a_title(
    heading: str, title: str
) -> None:
    text = (
        "Communiqué de presse\nParis, le 28 juillet 2026 – 17 h 45\n\n"
        f"{heading}\nRelations investisseurs : Thomas Aubry – +33 (0)1 00 00 00 41 – "
        "investisseurs@norvane.example.com\nRelations presse : Agence Kairn – Louise Perret – "
        "06 00 00 00 42 – louise.perret@kairn.example.fr\n\n"
        f"{title}\n\nNorvane, spécialiste des capteurs de qualité de l'air, publie son chiffre "
        "d'affaires du premier semestre 2026, qui s'établit à 48,3 millions d'euros, en hausse "
        "de 12 % par rapport au premier semestre 2025.\n"
    )
    release = parse(text)
    assert release.headline == " ".join(title.splitlines())
    assert [contact.name for contact in release.contacts] == ["Thomas Aubry", "Louise Perret"]
    assert release.date == dt.date(2026, 7, 28)


@pytest.mark.parametrize(
    "related",
    [
        "Télécharger le communiqué (PDF, 210 Ko)",
        "À lire aussi",
        "Sur le même sujet",
        "Ces actualités peuvent vous intéresser",
        "Derniers communiqués",
    ],
)
def test_a_page_s_related_items_or_download_link_end_the_contact_block(related: str) -> None:
    text = (
        "Routes : le plan hivernal est activé\n\nAuch, le 20 novembre 2026\n\nLe Département "
        "active son plan de viabilité hivernale sur 2 000 kilomètres de routes, avec 80 agents "
        "mobilisés jour et nuit jusqu'au 15 mars.\n\n"
        "Contact presse\nÉlise Dupouy – Service presse du Département\n05 00 00 00 24\n"
        f"e.dupouy@gers.example.fr\n\n{related}\n\nCollèges : 2,4 M€ pour la restauration – "
        "17 novembre 2026\n\nDépartement du Gers\n81 route de Pessan – 32022 Auch Cedex 9\n"
        "Tél. 05 00 00 00 00\n"
    )
    assert [contact.phones for contact in parse(text).contacts] == [("05 00 00 00 24",)]


@given(
    column=st.integers(min_value=36, max_value=60),
    indent=st.integers(min_value=0, max_value=4),
    heading=st.sampled_from(("Contact presse", "Contacts presse :", "Relations presse")),
)
def test_a_contact_block_in_two_columns_as_pdftotext_layout_sets_it_is_one_contact(
    column: int, indent: int, heading: str
) -> None:
    left = [heading, "Yann Le Goff"]
    right = ["Service de presse de la Région", "02 00 00 00 88 – 06 00 00 00 89",
             "presse@bretagne.example.fr"]  # fmt: skip
    rows = [
        (" " * indent + (left[n] if n < len(left) else "")).ljust(column) + right[n]
        for n in range(len(right))
    ]
    # (at the end of a page of text: a letterhead's columns are read as cells, further down
    # a line's gaps stay in the line)
    paragraph = "\n".join(
        ["La Région Bretagne a commandé deux navires hybrides pour la desserte des îles."] * 12
    )
    text = (
        "La Région commande deux navires\n\nRennes, le 15 juin 2026\n\n"
        f"{paragraph}\n\n" + "\n".join(rows) + "\n"
    )
    (contact,) = parse(text).contacts
    assert contact.name == "Yann Le Goff"
    assert contact.phones == ("02 00 00 00 88", "06 00 00 00 89")
    assert contact.emails == ("presse@bretagne.example.fr",)


def test_journalists_told_whom_to_address_in_a_sentence_get_a_contact() -> None:
    text = (
        "Tram : les travaux débuteront le 6 juillet\n\nLuxembourg, le 18 mai 2026\n\nLa ministre "
        "a présenté le calendrier du prolongement de la ligne de tram vers Hesperange.\n\n"
        "Pour toute question, les journalistes peuvent s'adresser au Service de presse du "
        "ministère : tél. (+352) 247-8 00 05, presse@mmtp.example.org.\n"
    )
    (contact,) = parse(text).contacts
    assert (contact.phones, contact.emails) == (
        ("(+352) 247-8 00 05",),
        ("presse@mmtp.example.org",),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Les journalistes qui souhaitent un entretien avec l'équipe peuvent écrire à\n",
        "Les médias peuvent écrire à ",
        "Pour une démonstration, la presse peut écrire à ",
    ],
)
def test_journalists_told_where_to_write_get_a_contact(sentence: str) -> None:
    text = (
        "# Cartobase 3.0 est disponible\n\nLe projet publie la version 3.0 de son logiciel de "
        "cartographie.\n\n"
        f"{sentence}[presse@cartobase.example.org](mailto:presse@cartobase.example.org).\n"
    )
    (contact,) = parse(text, adapter="markdown").contacts
    assert contact.emails == ("presse@cartobase.example.org",)


def test_the_public_told_where_to_write_gets_no_contact() -> None:
    text = (
        "# Cartobase 3.0 est disponible\n\nLe projet publie la version 3.0 de son logiciel de "
        "cartographie.\n\nLes utilisateurs peuvent écrire à aide@cartobase.example.org.\n"
    )
    assert parse(text, adapter="markdown").contacts == ()


@pytest.mark.parametrize(
    "service", ["**Direction de la Communication**", "Service communication", "Bureau de presse"]
)
def test_the_communication_service_over_its_means_after_the_text_is_the_contact(
    service: str,
) -> None:
    text = (
        "# La promenade ouvre le 10 juillet\n\nLe Gouvernement annonce l'ouverture au public de "
        "la promenade littorale, longue de 1,1 km, qui relie le Grimaldi Forum au port.\n\n***\n\n"
        f"{service}  \nTél. : +377 98 00 00 27  \npresse@gouv-mc.example.org\n"
    )
    (contact,) = parse(text, adapter="markdown").contacts
    assert contact.emails == ("presse@gouv-mc.example.org",)
    assert contact.phones == ("+377 98 00 00 27",)


def test_a_service_named_in_the_text_with_a_public_number_is_no_card() -> None:
    text = (
        "# La promenade ouvre le 10 juillet\n\nLe Gouvernement annonce l'ouverture au public de "
        "la promenade littorale, longue de 1,1 km, qui relie le Grimaldi Forum au port.\n\n"
        "Renseignements pour le public\nAccueil de la mairie : 04 00 00 00 00\n"
    )
    assert parse(text, adapter="markdown").contacts == ()


def test_bilingual_about_and_contact_headings_english_first() -> None:
    text = (
        "Vigisol au salon Pollutec\n\nLyon, le 1er décembre 2026\n\nVigisol présente ses capteurs "
        "de détection des fuites pour les réseaux d'eau sur le stand 4C12.\n\n"
        "About Vigisol / À propos de Vigisol\nFondée en 2022, Vigisol développe des capteurs.\n\n"
        "Media contact / Contact presse\nBastien Morel – Responsable communication\n"
        "bastien.morel@vigisol.example.com\n+33 (0)4 00 00 00 78\n"
    )
    release = parse(text)
    assert [issuer.name for issuer in release.header.issuers] == ["Vigisol"]
    assert [contact.name for contact in release.contacts] == ["Bastien Morel"]


@pytest.mark.parametrize(
    "after",
    [
        "Mentions légales | Nous contacter : redaction@fileco.example.com | © FilÉco 2027",
        "Ce communiqué est diffusé par Fil Presse Éco. L'émetteur est seul responsable de son "
        "contenu.\n\nFil Presse Éco – 8 rue des Martyrs, 75009 Paris – "
        "contact@filpresse.example.com",
        "Voir tous les communiqués de Dorvane\n\nredaction@fileco.example.com",
    ],
)
def test_a_wire_portal_s_footer_after_the_contacts_gives_no_contact(after: str) -> None:
    text = (
        "Dorvane : résultats annuels 2026\n\nNantes, le 24 mars 2027 – Dorvane publie ses "
        "résultats annuels, en hausse de 14 %.\n\nContacts\nDorvane – Relations investisseurs – "
        f"investisseurs@dorvane.example.com\n\n{after}\n"
    )
    emails = [email for contact in parse(text).contacts for email in contact.emails]
    assert emails == ["investisseurs@dorvane.example.com"]


# -- contacts of several organisations ----------------------------------------------------------

_RELEASE_START = (
    "La Région ouvre son appel à projets\n\nCaen, le 3 mars 2027 – La Région annonce l'ouverture "
    "d'un appel à projets de 2 millions d'euros pour les entreprises du territoire.\n\n"
)
_BODY = (
    "Les dossiers sont à déposer avant le 30 avril 2027 sur le site de la Région. Un jury "
    "d'élus et d'experts les examinera en juin,\net les lauréats seront reçus à l'Abbaye-aux-"
    "Dames en septembre.\n\nLes projets retenus recevront jusqu'à 200 000 euros chacun.\n\n"
)
_ABOUT_AGENCY = (
    "À propos de Quadra Conseil\nQuadra Conseil accompagne les collectivités dans leurs projets "
    "numériques depuis 2004.\n"
)


@pytest.mark.parametrize(
    "card",
    [
        "Yoann Kerhervé\n02 00 00 00 05 / 06 00 00 00 09\npresse@quadra.example.fr",
        "Quadra Conseil – Relations médias\n02 00 00 00 05\npresse@quadra.example.fr",
        "Service communication : 02 00 00 00 05 – presse@quadra.example.fr",
    ],
)
@pytest.mark.parametrize("gap", ["", "\n"])
def test_the_card_closing_an_about_section_is_that_organisation_s_contact(
    card: str, gap: str
) -> None:
    text = (
        f"{_RELEASE_START}Contact presse : Maëlle Corre – 01 00 00 00 01 – "
        f"maelle.corre@region.example.fr\n\n{_ABOUT_AGENCY}{gap}{card}\n"
    )
    release = parse(text)
    emails = [email for contact in release.contacts for email in contact.emails]
    assert emails == ["maelle.corre@region.example.fr", "presse@quadra.example.fr"]
    assert "02 00 00 00 05" in release.contacts[1].phones
    # the section's organisation is the card's, unless the card names its own unit
    unit = "Service communication" if card.startswith("Service") else "Quadra Conseil"
    assert release.contacts[1].organisation == unit
    # the section keeps its description, whether or not the card shares its block
    (about,) = [section for section in release.sections if section.kind == "about"]
    assert "depuis 2004" in about.blocks[0].text


@pytest.mark.parametrize(
    "tail",
    [
        "Siège : 12 rue des Tanneurs, 14000 Caen\n02 00 00 00 05",
        "Standard : 02 00 00 00 05",
        "Renseignements pour le public : 02 00 00 00 05",
        "Elle emploie 40 personnes. Tél. 02 00 00 00 05.",
        "Allô Quadra\n02 00 00 00 05\nDu lundi au samedi de 7h à 20h",
        "Inscriptions des bénévoles\n02 00 00 00 05\nbenevoles@quadra.example.fr",
        "Office de tourisme de Caen\n02 00 00 00 05\ninfo@caen-tourisme.example.fr",
        "Billets en vente\nTarif plein : 12 €\nGroupes : 02 00 00 00 05",
        "Pour en savoir plus sur nos offres,\nrendez-vous sur www.quadra.example.fr\n"
        "ou appelez le 02 00 00 00 05",
        "Caen : 02 00 00 00 05\nRouen : 02 00 00 00 06\nLe Havre : 02 00 00 00 07",
        "Maëlle Corre\n01 00 00 00 01",
    ],
)
def test_an_about_section_s_address_switchboard_or_sentence_is_no_card(tail: str) -> None:
    text = (
        f"{_RELEASE_START}Contact presse : Maëlle Corre – 01 00 00 00 01 – "
        f"maelle.corre@region.example.fr\n\n{_ABOUT_AGENCY}\n{tail}\n"
    )
    phones = [phone for contact in parse(text).contacts for phone in contact.phones]
    assert phones == ["01 00 00 00 01"]


@pytest.mark.parametrize("organisation", ["Quadra Conseil", "Région Normandie", "CCI Caen"])
@pytest.mark.parametrize("heading", ["Contact presse", "Contacts médias", "Relations presse"])
def test_a_press_heading_followed_by_its_organisation_without_a_colon_opens_the_contacts(
    heading: str, organisation: str
) -> None:
    text = f"{_RELEASE_START}{heading} {organisation}\nYoann Kerhervé – 06 00 00 00 02\n"
    (contact,) = parse(text).contacts
    assert contact.phones == ("06 00 00 00 02",)
    assert contact.organisation == organisation


def test_organisation_sub_headings_under_the_contacts_heading_keep_the_zone_open() -> None:
    text = (
        "# La Région ouvre son appel à projets\n\n**Caen, le 3 mars 2027** – La Région annonce "
        "l'ouverture d'un appel à projets de 2 millions d'euros.\n\n## Contacts presse\n\n"
        "### Région Normandie\n\nMaëlle Corre – 01 00 00 00 01 – maelle.corre@region.example.fr\n\n"
        "### Préfecture du Calvados\n\nBureau de la communication – 02 00 00 00 05\n\n"
        "### À propos de la Région\n\nLa Région compte 3,3 millions d'habitants.\n"
    )
    release = parse(text, adapter="markdown")
    assert [contact.phones for contact in release.contacts] == [
        ("01 00 00 00 01",),
        ("02 00 00 00 05",),
    ]
    assert [contact.organisation for contact in release.contacts] == [
        "Région Normandie",
        "Préfecture du Calvados",
    ]


@pytest.mark.parametrize("rule", ["---", "* * *", "___"])
def test_a_rule_between_two_contact_cards_does_not_end_the_contacts(rule: str) -> None:
    text = (
        "# La Région ouvre son appel à projets\n\n**Caen, le 3 mars 2027** – La Région annonce "
        "l'ouverture d'un appel à projets de 2 millions d'euros.\n\n**Contacts presse**\n\n"
        "Région Normandie – Maëlle Corre – 01 00 00 00 01\n\n"
        f"{rule}\n\nQuadra Conseil – Yoann Kerhervé – 06 00 00 00 02\n\n{rule}\n\n"
        "© Région Normandie 2027 – Mentions légales – 02 00 00 00 99\n"
    )
    release = parse(text, adapter="markdown")
    phones = [phone for contact in release.contacts for phone in contact.phones]
    assert phones == ["01 00 00 00 01", "06 00 00 00 02"]


@pytest.mark.parametrize(
    ("cell", "role", "organisation"),
    [
        ("Service presse", "Service presse", None),
        ("Ville de Dole", None, "Ville de Dole"),
    ],
)
def test_a_service_in_a_contact_table_s_name_column_is_no_person(
    cell: str, role: str | None, organisation: str | None
) -> None:
    rows = [
        ("Nom", "Fonction", "Téléphone", "Courriel"),
        ("Aurélie Chevalier", "Attachée de presse", "03 00 00 00 81", "achevalier@bfc.example.fr"),
        (cell, "–", "03 00 00 00 80", "presse@bfc.example.fr"),
    ]
    table = "".join(f"   {a:<22}{b:<24}{c:<19}{d}\n" for a, b, c, d in rows)
    footer = "Région – 4, square Castan – 25031 Besançon"
    text = f"{_RELEASE_START}{_BODY}Contacts presse\n\n{table}\n\n{footer}\n"
    release = parse(text, adapter="text")
    assert [contact.name for contact in release.contacts] == ["Aurélie Chevalier", None]
    service = release.contacts[1]
    assert (service.role, service.organisation) == (role, organisation)
    assert service.phones == ("03 00 00 00 80",)


def test_a_press_heading_may_name_its_organisation_in_lower_case() -> None:
    card = "**Contact presse pôle Mer Atlantique**  \nNadia Ferrand  \n02 00 00 00 81"
    text = f"{_RELEASE_START}{card}\n"
    (contact,) = parse(text, adapter="markdown").contacts
    assert (contact.name, contact.organisation) == ("Nadia Ferrand", "pôle Mer Atlantique")


def test_organisation_sub_headings_over_list_items_keep_the_zone_open() -> None:
    text = (
        "# La Région ouvre son appel à projets\n\n**Caen, le 3 mars 2027** – La Région annonce "
        "l'ouverture d'un appel à projets de 2 millions d'euros.\n\n### Contacts presse\n\n"
        "#### Préfecture de la Sarthe\n\n* Bureau de la communication interministérielle\n"
        "* 02 00 00 00 31 / 06 00 00 00 32\n\n#### Ville du Mans\n\n"
        "* Mathilde Gravier – Attachée de presse\n* [02 00 00 00 35](tel:+33200000035)\n"
    )
    phones = [p for contact in parse(text, adapter="markdown").contacts for p in contact.phones]
    assert phones == ["02 00 00 00 31", "06 00 00 00 32", "02 00 00 00 35"]


@pytest.mark.parametrize("service", ["Service communication", "Cabinet du maire", "Agence Bleue"])
def test_the_person_named_in_brackets_after_a_service_is_the_contact_s_name(service: str) -> None:
    text = f"{_RELEASE_START}Contact presse : {service} (Maëlle Corre) – 01 00 00 00 01\n"
    (contact,) = parse(text).contacts
    assert contact.name == "Maëlle Corre"
    assert service in (contact.role, contact.organisation)
    assert contact.phones == ("01 00 00 00 01",)


@pytest.mark.parametrize(
    "section",
    [
        "### Dates de la tournée\n\nThéâtre de Vannes – 10 mars\n02 00 00 00 70",
        "### Partenaires\n\nCrédit Mutuel de Bretagne\nFondation Orange\n02 00 00 00 71",
        "### Équipe artistique\n\n* Mise en scène : Lou Perrin – lou@ombres.example.fr\n"
        "* Lumières : Yann Riou",
    ],
)
@pytest.mark.parametrize(
    "opening",
    [
        "## Contact presse\n\nClaire Morel – 06 00 00 00 01 – claire@ombres.example.fr",
        "**Contact presse :** Claire Morel – 06 00 00 00 01 – claire@ombres.example.fr",
    ],
)
def test_a_section_of_the_release_under_the_contacts_ends_them(opening: str, section: str) -> None:
    text = (
        "# La compagnie Ombres part en tournée\n\nLa compagnie présente son spectacle dans six "
        f"villes de l'Ouest à partir du 10 mars.\n\n{opening}\n\n{section}\n"
    )
    release = parse(text, adapter="markdown")
    assert [contact.name for contact in release.contacts] == ["Claire Morel"]


def test_a_rule_before_a_box_office_s_lines_ends_the_contacts() -> None:
    text = (
        "# La compagnie Ombres part en tournée\n\nLa compagnie présente son spectacle dans six "
        "villes de l'Ouest.\n\n## Contact presse\n\nClaire Morel – 06 00 00 00 01\n\n---\n\n"
        "Le Grand T, Nantes\nBilletterie : 02 00 00 00 25\n\nSalle Vasse\n02 00 00 00 22\n"
    )
    phones = [p for contact in parse(text, adapter="markdown").contacts for p in contact.phones]
    assert phones == ["06 00 00 00 01"]


def test_a_sub_title_opening_with_the_press_words_is_no_contact_heading() -> None:
    text = (
        f"{_RELEASE_START}Relations presse Lumen recrute une directrice\nSophie Laurent rejoint "
        "l'agence comme directrice du pôle.\n\nContact : Paul Roux – paul.roux@lumen.example.fr\n"
    )
    assert [contact.name for contact in parse(text).contacts] == ["Paul Roux"]


@pytest.mark.parametrize("place", ["Lyon Part-Dieu", "Rhône Alpes"])
def test_a_place_in_brackets_after_a_service_is_no_person(place: str) -> None:
    text = f"{_RELEASE_START}Contact presse : Agence Bleue ({place}) – 01 00 00 00 01\n"
    (contact,) = parse(text).contacts
    assert contact.name is None


_MAILED_RELEASE = (
    "COMMUNIQUÉ DE PRESSE\n\nParis, le 20 avril 2026\n\nUn fonds d'urgence pour les éleveurs\n\n"
    "Le ministre annonce un fonds d'urgence de 60 millions d'euros pour les éleveurs touchés "
    "par la sécheresse, ouvert dès le 4 mai.\n\n"
    "Contact presse :\nCabinet du ministre – Claire Montagné – 01 00 00 00 45 – "
    "claire.montagne@agriculture.example.fr\n\n"
    "--\n{signature}\n\nCe message et ses pièces jointes peuvent contenir des informations "
    "confidentielles.\n"
)


@pytest.mark.parametrize(
    "signature",
    [
        "Claire Montagné\nConseillère presse\nCabinet du ministre\n"
        "Tél. : 01 00 00 00 45 | Port. : 06 00 00 00 45",
        "Claire Montagné | Conseillère presse\nclaire.montagne@agriculture.example.fr",
    ],
)
def test_a_mail_signature_repeating_the_release_s_contact_is_the_sender_not_a_contact(
    signature: str,
) -> None:
    release = parse(_MAILED_RELEASE.format(signature=signature))
    assert [c.name for c in release.contacts] == ["Claire Montagné"]
    assert release.contacts[0].phones == ("01 00 00 00 45",)


def test_a_mail_signature_naming_someone_the_release_does_not_stays_a_contact() -> None:
    signature = (
        "Julien Marec\nAttaché de presse\nTél. : 01 00 00 00 46\njulien.marec@agri.example.fr"
    )
    release = parse(_MAILED_RELEASE.format(signature=signature))
    assert "julien.marec@agri.example.fr" in [e for c in release.contacts for e in c.emails]
