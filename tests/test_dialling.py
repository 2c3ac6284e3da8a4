"""Phones a program can dial: the E.164 form and the kind of each number, with phonenumbers
and without it (the library's own grammar): French numbers read the same both ways."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from hypothesis import given

from communique import MissingDependencyError, dialling, parse

from . import strategies as gs


@pytest.fixture(params=["phonenumbers", "builtin"])
def reader(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """Each test runs with each reader (phonenumbers is skipped when not installed)."""
    if request.param == "phonenumbers":
        pytest.importorskip("phonenumbers")
    else:
        monkeypatch.setitem(sys.modules, "phonenumbers", None)  # makes the import fail
    dialling._phonenumbers.cache_clear()
    yield request.param
    dialling._phonenumbers.cache_clear()


# (as written, E.164, kind): French numbers, mainland and overseas, read the same both ways.
FRENCH = [
    ("01 53 18 41 00", "+33153184100", "fixed"),
    ("01.53.18.41.00", "+33153184100", "fixed"),
    ("+33 (0)1 53 18 41 00", "+33153184100", "fixed"),
    ("04 76 12 34 56", "+33476123456", "fixed"),
    ("06 12 34 56 78", "+33612345678", "mobile"),
    ("07 12 34 56 78", "+33712345678", "mobile"),
    ("09 72 12 34 56", "+33972123456", "voip"),
    ("0 800 123 456", "+33800123456", "freephone"),
    ("08 00 12 34 56", "+33800123456", "freephone"),
    ("08 10 12 34 56", "+33810123456", "shared-cost"),
    ("0590 12 34 56", "+590590123456", "fixed"),  # Guadeloupe
    ("0690 12 34 56", "+590690123456", "mobile"),
    ("+590 590 12 34 56", "+590590123456", "fixed"),
    ("+33 590 12 34 56", "+590590123456", "fixed"),
    ("0596 12 34 56", "+596596123456", "fixed"),  # Martinique
    ("0594 12 34 56", "+594594123456", "fixed"),  # Guyane
    ("0262 12 34 56", "+262262123456", "fixed"),  # La Réunion
    ("0269 61 00 00", "+262269610000", "fixed"),  # Mayotte
    ("0639 12 34 56", "+262639123456", "mobile"),
    ("0508 41 10 10", "+508508411010", "fixed"),  # Saint-Pierre-et-Miquelon
    ("3949", "", "short"),
    ("39 49", "", "short"),
    ("01 53 18 41 00 poste 12", "+33153184100", "fixed"),
]


@pytest.mark.parametrize(("written", "e164", "kind"), FRENCH, ids=[c[0] for c in FRENCH])
def test_french_numbers_read_the_same_with_either_reader(
    reader: str, written: str, e164: str, kind: str
) -> None:
    assert dialling.backend() == reader
    assert dialling.to_e164(written) == e164
    assert dialling.phone_kind(written) == kind


@pytest.mark.parametrize(
    ("written", "e164"),
    [("+41 21 312 45 80", "+41213124580"), ("+1 418 643 1234", "+14186431234"),
     ("+44 20 7946 0018", "+442079460018"), ("0475 12 34 56", ""), ("(418) 643-1234", "")],
)  # fmt: skip
def test_other_numbers_keep_their_country_and_a_shared_grouping_none(
    reader: str, written: str, e164: str
) -> None:
    assert dialling.to_e164(written) == e164


def test_phonenumbers_gives_the_kind_of_every_country() -> None:
    pytest.importorskip("phonenumbers")
    dialling._phonenumbers.cache_clear()
    assert dialling.phone_kind("+44 20 7946 0018") == "fixed"
    assert dialling.phone_kind("+41 21 312 45 80") == "fixed"


def test_without_phonenumbers_a_foreign_kind_is_unknown_and_the_extra_is_named(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "phonenumbers", None)
    dialling._phonenumbers.cache_clear()
    try:
        assert dialling.phone_kind("+44 20 7946 0018") is None
        with pytest.raises(MissingDependencyError, match=r"pip install 'communique\[phones\]'"):
            dialling.require_phonenumbers()
    finally:
        dialling._phonenumbers.cache_clear()


def test_a_contact_gives_the_e164_form_and_kind_of_each_phone(reader: str) -> None:
    release = parse(
        "RÉGION GUADELOUPE\n\nCOMMUNIQUÉ DE PRESSE\n\nBasse-Terre, le 3 mars 2024\n\n"
        "La Région ouvre un guichet unique\n\n"
        "La Région Guadeloupe ouvre un guichet unique pour les entreprises du territoire, "
        "avec des conseillers disponibles sur rendez-vous du lundi au vendredi.\n\n"
        "Contact presse\nMarie Joseph – 0590 12 34 56 – 0690 98 76 54 – "
        "marie.joseph@region-guadeloupe.exemple.fr\n"
    )
    (contact,) = release.contacts
    assert contact.phones_e164 == ("+590590123456", "+590690987654")
    assert contact.phone_kinds == ("fixed", "mobile")


@given(gs.overseas_phones())
def test_every_overseas_number_dials_its_territory(phone: gs.GenOverseasPhone) -> None:
    assert dialling.to_e164(phone.written) == phone.e164
