"""release.event: what a press invitation invites to, read apart from the release date."""

from __future__ import annotations

import datetime as dt
import json
import re

from hypothesis import example, given
from hypothesis import strategies as st

from communique import PressRelease, parse
from communique.french import _phrases, event
from communique.records import to_record
from communique.view import render_html, render_terminal

from . import strategies as gs

INVITATION = """\
INVITATION PRESSE

Toulouse, le 11 mars 2024

La présidente de la Région inaugurera le nouveau lycée de Muret

Carole Delga, présidente de la Région Occitanie, inaugurera le lycée Charles-de-Gaulle de \
Muret, en présence des élus du territoire et de la communauté éducative.

Date : jeudi 14 mars 2024, de 10 h 30 à 12 h
Lieu : Lycée Charles-de-Gaulle, 12 avenue de la République, 31600 Muret

Accréditation obligatoire avant le mercredi 13 mars, 12 h, auprès de presse@laregion.fr

Contact presse
Jeanne Martin – 05 61 33 50 50 – jeanne.martin@laregion.fr
"""


def at(release: PressRelease, span: tuple[int, int] | None) -> str:
    assert span is not None
    return release.text[span[0] : span[1]]


def test_an_invitation_gives_its_event_and_keeps_the_release_date() -> None:
    release = parse(INVITATION)
    event = release.event
    assert event is not None
    assert release.date == dt.date(2024, 3, 11)
    assert event.label == "INVITATION PRESSE"
    assert event.date == dt.date(2024, 3, 14)
    assert (event.start, event.end) == (dt.time(10, 30), dt.time(12))
    assert event.venue == "Lycée Charles-de-Gaulle"
    assert event.address == "12 avenue de la République, 31600 Muret"
    assert event.town == "Muret"
    assert event.accreditation is not None
    assert event.accreditation.startswith("Accréditation obligatoire")
    assert event.accreditation_deadline == dt.date(2024, 3, 13)
    assert event.accreditation_contact == "presse@laregion.fr"
    assert at(release, event.date_span) == "jeudi 14 mars 2024"
    assert at(release, event.start_span) == "10 h 30"
    assert at(release, event.end_span) == "12 h"
    assert at(release, event.town_span) == "Muret"
    assert at(release, event.venue_span) == "Lycée Charles-de-Gaulle"


def test_the_event_date_is_explained() -> None:
    explanation = parse(INVITATION).explain("event")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.value == "2024-03-14"
    assert explanation.chosen.source == "date-line"


def test_a_slot_in_a_sentence_and_an_unlabelled_address_below_it() -> None:
    text = (
        "Avis aux médias\n\nLyon, le 2 avril 2024\n\nLe préfet visitera le chantier\n\n"
        "Les journalistes sont invités à la visite du chantier le mardi 9 avril 2024 à 10 h 30\n"
        "Dépôt de bus de la Garenne – 14, route de Vauclair – Saint-Laurent-de-l'Orbe\n"
    )
    release = parse(text)
    event = release.event
    assert event is not None
    assert release.date == dt.date(2024, 4, 2)
    assert event.date == dt.date(2024, 4, 9)
    assert event.start == dt.time(10, 30)
    assert event.venue == "Dépôt de bus de la Garenne"
    assert event.town == "Saint-Laurent-de-l'Orbe"


def test_a_town_before_its_district() -> None:
    text = (
        "Point presse\n\nParis, le 2 avril 2024\n\nDate : 9 avril 2024, 15h-16h\n"
        "Lieu : Cité internationale – Maison internationale, 17 boulevard Jourdan, Paris 14ème\n"
    )
    event = parse(text).event
    assert event is not None
    assert (event.start, event.end) == (dt.time(15), dt.time(16))
    assert event.venue == "Cité internationale – Maison internationale"
    assert event.address == "17 boulevard Jourdan, Paris 14ème"
    assert event.town == "Paris"


def test_a_release_that_invites_to_nothing_has_no_event() -> None:
    text = (
        "COMMUNIQUÉ DE PRESSE\n\nToulouse, le 11 mars 2024\n\nLa Région soutient les lycées\n\n"
        "La Région a voté le 10 mars 2024 un plan de 20 millions d'euros pour rénover les "
        "lycées du territoire, dont les travaux commenceront le 2 septembre 2024 à 8 h.\n"
    )
    release = parse(text)
    assert release.event is None
    assert release.explain("event") is None


def test_the_event_travels_through_json_records_and_views() -> None:
    release = parse(INVITATION)
    data = json.loads(json.dumps(release.to_dict()))
    assert data["event"]["start"] == "10:30:00"
    assert data["event"]["date"] == "2024-03-14"
    assert PressRelease.from_dict(data) == release
    row = to_record(release)
    assert row["event_date"] == dt.date(2024, 3, 14)
    assert row["event_town"] == "Muret"
    assert "2024-03-14 10:30–12:00" in render_terminal(release, width=100)
    assert 'class="m m-event"' in render_html(release)


@given(gs.gen_invitations())
def test_every_generated_invitation_reads_back(invitation: gs.GenInvitation) -> None:
    release = parse(invitation.text)
    event = release.event
    assert event is not None, invitation.text
    assert release.date == invitation.release_date  # never overwritten by the event's
    assert event.date == invitation.date, invitation.text
    assert event.start == invitation.start, invitation.text
    assert event.end == invitation.end, invitation.text
    assert event.venue == invitation.venue, invitation.text
    assert event.address == invitation.address, invitation.text
    assert event.town == invitation.town, invitation.text
    assert event.accreditation_deadline == invitation.deadline, invitation.text
    assert event.accreditation_contact == invitation.contact, invitation.text


# The accreditation phrases as first written, tried at every position (the library's pattern
# looks ahead for their initials first).
_ACCREDITATION_AS_WRITTEN = re.compile(
    rf"(?<!\w)(?:{_phrases.alternatives(event.ACCREDITATION_WORDS)})(?!\w)", re.I
)


@given(
    st.lists(
        st.sampled_from([*event.ACCREDITATION_WORDS, " ", "\n", "x", "É", "Accreditation"]),
        max_size=8,
    ).map(" ".join)
)
@example("ACCREDITATION obligatoire : sur inscription, Merci de confirmer votre présence")
def test_an_accreditation_is_found_where_every_position_is_tried(text: str) -> None:
    assert [m.span() for m in event.ACCREDITATION.finditer(text)] == [
        m.span() for m in _ACCREDITATION_AS_WRITTEN.finditer(text)
    ]


def test_the_initials_of_phrases_cover_their_unaccented_spellings() -> None:
    look = re.compile(_phrases.initials(("état civil", "œuvre", "'t")), re.I)
    assert all(look.match(text) for text in ("état", "Etat", "ETAT", "Œuvre", "’t", "'t"))
    assert not look.match("x")
