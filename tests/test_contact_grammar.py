"""The grammar of press contacts, generated form by form.

Each property draws a form from the tables of ``tests/strategies.py`` (every written form of
a phone number, every contact heading, every disguise of an e-mail, every shape of a person's
name) and checks that the library's tables read it back: a phone whole and with its E.164
form, a heading as the opening of a contact block, a disguised address as the address, a name
as a name and an organisation written like a name as the organisation. The texts are
invented for these tests.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.blocks import Line
from communique.extract.contacts import parse_contact_lines
from communique.french.contact_words import PUBLIC_INFORMATION
from communique.french.phones import PHONE, phone_form, to_e164

from . import strategies as gs

_BODY = (
    "Paris, le 4 mars 2024\n\n"
    "# La métropole ouvre un guichet unique pour les entreprises\n\n"
    "Le guichet réunit en un seul lieu les services de la métropole, de la Région et des "
    "chambres consulaires. Il accompagne les entreprises de moins de 250 salariés dans leurs "
    "démarches de financement, de recrutement et d'implantation sur le territoire.\n\n"
)


def spaced(text: str) -> str:
    """``text`` with every kind of space as a plain one (loading a text normalises some)."""
    return re.sub(r"\s", " ", text)


def zone(*texts: str) -> list[tuple[int, Line]]:
    """The lines of a contact zone, one block, as the contacts step reads them."""
    source = "\n".join(texts)
    lines: list[tuple[int, Line]] = []
    offset = 0
    for text in texts:
        lines.append((0, Line(text, (offset, offset + len(text)), source=source)))
        offset += len(text) + 1
    return lines


# -- phones --------------------------------------------------------------------------------


@given(gs.written_phones(), st.sampled_from(gs.PHONE_SETTINGS))
def test_every_written_form_of_a_number_is_read_whole(
    written: tuple[str, str, str], setting: str
) -> None:
    form, phone, e164 = written
    assert [m.group() for m in PHONE.finditer(setting.format(phone))] == [phone]
    found = phone_form(phone)
    assert found is not None
    assert found.name == form
    assert to_e164(phone) == e164


@given(gs.written_phones(), gs.written_phones())
def test_two_numbers_after_a_slash_are_two_numbers(
    first: tuple[str, str, str], second: tuple[str, str, str]
) -> None:
    (contact,) = parse_contact_lines(zone("Léa Morel", f"Tél. : {first[1]} / {second[1]}"))
    assert contact.phones == tuple(dict.fromkeys((first[1], second[1])))


@given(st.sampled_from(gs.PUBLIC_LINES), gs.written_phones())
def test_a_number_for_the_public_is_no_press_contact(
    line: str, written: tuple[str, str, str]
) -> None:
    text = (
        f"{_BODY}Contact presse\n\nLéa Morel – 06 12 34 56 78 – lea.morel@metropole.example.fr\n\n"
        f"{line.format(written[1])}\n"
    )
    assert PUBLIC_INFORMATION.match(line)
    assert [c.phones for c in parse(text).contacts] == [("06 12 34 56 78",)]


@given(st.sampled_from(gs.POSTAL_FOOTERS), gs.phones)
def test_the_organisation_s_address_and_switchboard_below_the_contacts_are_no_contact(
    footer: str, switchboard: str
) -> None:
    text = (
        f"{_BODY}Contact presse\n\nLéa Morel – 06 12 34 56 78 – lea.morel@metropole.example.fr\n\n"
        f"{footer}\nTél. : {switchboard} – www.metropole.example.fr\n"
    )
    assert [c.phones for c in parse(text).contacts] == [("06 12 34 56 78",)]


@given(st.sampled_from(gs.PLACES), st.sampled_from(["Le Directeur général", "La Préfète"]))
def test_the_signatory_under_the_contacts_is_no_contact(place: str, office: str) -> None:
    text = (
        f"{_BODY}Contact presse\n\nLéa Morel – 06 12 34 56 78 – lea.morel@metropole.example.fr\n\n"
        f"Fait à {place}, le 12 mars 2021\n\n{office}\nKarim El Ouazzani\n"
    )
    assert [c.name for c in parse(text).contacts] == ["Léa Morel"]


# -- headings ------------------------------------------------------------------------------


@given(st.sampled_from(gs.CONTACT_HEADING_FORMS), gs.written_phones())
def test_every_contact_heading_opens_a_contact_block(
    heading: str, written: tuple[str, str, str]
) -> None:
    text = f"{_BODY}{heading}\n\nLéa Morel\n{written[1]}\nlea.morel@metropole.example.fr\n"
    (contact,) = parse(text).contacts
    assert (contact.name, tuple(map(spaced, contact.phones)), contact.emails) == (
        "Léa Morel",
        (spaced(written[1]),),
        ("lea.morel@metropole.example.fr",),
    )


@given(st.sampled_from(gs.CONTACT_HEADING_FORMS), gs.written_phones())
def test_every_contact_heading_opens_a_block_that_names_only_an_office(
    heading: str, written: tuple[str, str, str]
) -> None:
    """Without a person's name, only the heading says the block is a press contact."""
    text = f"{_BODY}{heading}\n\nService de presse OFROU\n{written[1]}\nmedien@ofrou.example.ch\n"
    assert [c.emails for c in parse(text).contacts] == [("medien@ofrou.example.ch",)]


# -- e-mails -------------------------------------------------------------------------------


@given(st.sampled_from(gs.EMAIL_DISGUISES), st.sampled_from(gs.DOMAINS))
def test_a_disguised_address_is_read_as_the_address(disguise: tuple[str, str], domain: str) -> None:
    at, dot = disguise
    labels = domain.split(".")
    written = f"lea.morel{at}{dot.join(labels)}"
    (contact,) = parse_contact_lines(zone("Léa Morel", f"Courriel : {written}"))
    assert contact.emails == (f"lea.morel@{domain}",)


# -- names ---------------------------------------------------------------------------------


@given(gs.contact_names, st.sampled_from(gs.ROLES), gs.phones)
def test_every_shape_of_a_name_is_a_name(name: str, role: str, phone: str) -> None:
    for lines in (
        zone(f"{name}, {role}", phone),
        zone(name, role, f"Tél. : {phone}"),
        zone(f"{name} · {role} · {phone}"),
        zone(f"{name} {role}", phone),
    ):
        (contact,) = parse_contact_lines(lines)
        assert (contact.name, contact.role, contact.phones) == (name, role, (phone,))


@given(gs.contact_names, st.sampled_from(gs.TITLE_CASE_ROLES), gs.phones)
def test_a_role_in_title_case_is_a_role_not_a_name(name: str, role: str, phone: str) -> None:
    (contact,) = parse_contact_lines(zone(name, role, f"Tél. : {phone}"))
    assert (contact.name, contact.role) == (name, role)


@given(st.sampled_from(gs.CONTACT_INVITATIONS), gs.contact_names, gs.phones)
def test_a_sentence_inviting_to_reach_a_person_names_the_contact(
    sentence: str, name: str, phone: str
) -> None:
    (contact,) = parse_contact_lines(zone(sentence.format(name=name, phone=phone)))
    assert (contact.name, contact.phones, contact.organisation) == (name, (phone,), None)


@given(st.sampled_from(gs.ACRONYM_ORGANISATIONS), gs.contact_names, gs.phones)
def test_an_organisation_named_by_its_acronym_under_a_name_is_no_second_person(
    organisation: str, name: str, phone: str
) -> None:
    (contact,) = parse_contact_lines(zone(name, "Chargée de communication", organisation, phone))
    assert (contact.name, contact.organisation, contact.phones) == (name, organisation, (phone,))


@given(st.sampled_from(gs.NAME_LIKE_ORGANISATIONS), gs.contact_names, gs.phones)
def test_an_organisation_over_a_name_is_the_organisation(
    organisation: str, name: str, phone: str
) -> None:
    for lines in (zone(f"{organisation} : {name} – {phone}"), zone(organisation, name, phone)):
        (contact,) = parse_contact_lines(lines)
        assert (contact.name, contact.organisation) == (name, organisation)


@given(st.sampled_from(gs.NAME_LIKE_ORGANISATIONS), gs.phones)
def test_an_organisation_its_address_spells_is_the_organisation(
    organisation: str, phone: str
) -> None:
    domain = organisation.lower().replace(" ", "-").replace("é", "e") + ".example.org"
    (contact,) = parse_contact_lines(zone(f"{organisation} – presse@{domain} – {phone}"))
    assert (contact.name, contact.organisation) == (None, organisation)


@given(gs.contact_names)
def test_an_address_written_from_the_name_is_the_persons(name: str) -> None:
    from communique.extract.contact_names import user_spells
    from communique.french.contact_words import NAME_PARTICLES

    given_name, *family = name.replace("'", "' ").split()
    if given_name.endswith("."):
        return  # initials: no given name to write the address from
    every = "".join(family).replace("'", "")
    core = "".join(w for w in family if w.lower() not in NAME_PARTICLES and not w.endswith("."))
    for user in (f"{given_name}.{every}", f"{given_name[0]}{every}", core):
        assert user_spells(user.lower(), name), user
    assert not user_spells("presse", name)


OFFICES = (
    "Cabinet du ministre",
    "Service de presse du ministère",
    "Bureau de presse de la préfecture",
    "Direction de la communication",
)


@given(st.lists(st.sampled_from(OFFICES), min_size=2, max_size=3, unique=True), st.data())
def test_each_line_naming_an_office_with_its_means_is_a_contact(
    offices: list[str], data: st.DataObject
) -> None:
    """ "Cabinet du ministre – 01 … – cab@…" over "Service de presse – 01 … – presse@…":
    one contact a line, even when the office's name reads like a contact heading."""
    phones = [data.draw(gs.phones) for _ in offices]
    emails = [f"presse{n}@ministere.example.gouv.fr" for n in range(len(offices))]
    lines = [f"{o} – {p} – {e}" for o, p, e in zip(offices, phones, emails, strict=True)]
    contacts = parse_contact_lines(zone(*lines))
    assert [(c.phones, c.emails) for c in contacts] == [
        ((p,), (e,)) for p, e in zip(phones, emails, strict=True)
    ]


@pytest.mark.parametrize(
    "lead",
    [
        "Pour plus d'informations vous pouvez contacter :",
        "Pour plus d’informations, n’hésitez pas à contacter :",
        "Pour de plus amples informations, veuillez contacter :",
    ],
)
def test_an_invitation_to_contact_opens_a_contact_block(lead: str) -> None:
    text = f"{_BODY}{lead}\n\n> Léa Morel - Agence Bleue\n> lea.morel@agence.example.fr\n"
    (contact,) = parse(text, filename="cp.md").contacts
    assert (contact.name, contact.emails) == ("Léa Morel", ("lea.morel@agence.example.fr",))
