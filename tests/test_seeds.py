"""The founding releases parse to exactly the values the project was founded on."""

from __future__ import annotations

import datetime as dt

from communique import SectionKind, parse, parse_file

from .conftest import SEEDS

ASTECH = SEEDS / "000_27ed43d6ae4ba0dc.txt"
PELLERIN = SEEDS / "004_29ff205f2d2e4edb.txt"


def test_astech_dateline_headline_and_lede() -> None:
    release = parse_file(ASTECH)
    assert release.adapter == "markdown"  # Markdown in a .txt file: content beats extension
    assert release.dateline is not None
    assert release.dateline.place == "Le Bourget"
    assert release.dateline.date == dt.date(2018, 11, 5)
    assert release.header.headline == (
        "Direction la phase IV des pôles de compétitivité pour ASTech Paris Region"
    )
    assert release.header.lede is not None
    assert release.header.lede.startswith("Lancée par le gouvernement")
    assert "1 600m² au Salon du Bourget" in release.header.lede  # <sup>2</sup> became ²


def test_astech_about_section_and_contact() -> None:
    release = parse_file(ASTECH)
    assert [s.heading for s in release.about_sections()] == ["A propos d'ASTech paris Region"]
    (contact,) = release.contacts
    assert contact.name == "Anaïs MARQUES"
    assert contact.organisation == "ASTech Paris Region"
    assert contact.emails == ("anais.marques@pole-astech.org",)
    assert contact.phones == ()


def test_pellerin_header() -> None:
    header = parse_file(PELLERIN).header
    (issuer,) = header.issuers
    assert issuer.name == "FLEUR PELLERIN"
    assert issuer.title == (
        "MINISTRE DELEGUEE AUPRES DU MINISTRE DU REDRESSEMENT PRODUCTIF, CHARGEE DES PETITES ET "
        "MOYENNES ENTREPRISES, DE L'INNOVATION ET DE L'ECONOMIE NUMERIQUE"
    )
    assert header.doc_type == "Communiqué de presse"
    assert header.websites == ("www.redressement-productif.gouv.fr",)
    assert header.reference == "N° 046"
    assert header.headline == (
        "Fleur PELLERIN a reçu les représentants des pôles de compétitivité au ministère du "
        "Redressement productif"
    )


def test_pellerin_doc_type_written_twice_is_reported_once() -> None:
    release = parse_file(PELLERIN)
    assert [d.code for d in release.diagnostics].count("duplicate-doc-type") == 1


def test_pellerin_dateline_proposals_and_contact() -> None:
    release = parse_file(PELLERIN)
    assert release.dateline is not None
    assert (release.dateline.place, release.dateline.date) == ("Paris", dt.date(2012, 7, 24))
    items = [b.text for s in release.sections for b in s.blocks if b.kind == "list_item"]
    assert len(items) == 3
    assert items[0] == "l'ancrage dans l'émergence de projets de R&D collaboratifs des pôles ;"
    (contact,) = release.contacts
    assert contact.name == "Aziz RIDOUAN"
    assert contact.role == "conseiller presse et communication"
    assert contact.organisation == "Cabinet de Fleur PELLERIN"
    assert contact.phones == ("01 53 18 41 00",)
    assert contact.phones_e164 == ("+33153184100",)


def test_seeds_are_press_releases_with_their_evidence() -> None:
    for path in (ASTECH, PELLERIN):
        release = parse_file(path)
        assert release.is_press_release
        assert "contact-block" in release.evidence
    assert "doc-type" in parse_file(PELLERIN).evidence


def test_contact_sections_hold_the_contact_block() -> None:
    release = parse_file(PELLERIN)
    kinds = [s.kind for s in release.sections]
    assert kinds[-1] is SectionKind.CONTACT


def test_parse_accepts_bytes_and_str_alike() -> None:
    raw = PELLERIN.read_bytes()
    assert parse(raw).to_dict() == parse(raw.decode("utf-8")).to_dict()
