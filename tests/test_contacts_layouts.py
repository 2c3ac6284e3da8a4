"""How press contacts are laid out, and what the contacts step makes of each layout.

Each test states one behaviour on a small text written for it: international phone numbers,
link targets that hold the address, mailing-list addresses and credit lines that are not
contacts, and contacts spread over several blocks or several lines.
"""

from __future__ import annotations

import pytest

from communique.french.phones import PHONE, to_e164


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


def test_an_extension_belongs_to_the_number_but_not_to_its_e164_form() -> None:
    assert phones_in("Standard : 01 53 18 41 00 poste 2045") == ["01 53 18 41 00 poste 2045"]
    assert to_e164("01 53 18 41 00 poste 2045") == "+33153184100"


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
