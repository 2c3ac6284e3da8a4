"""The release date is chosen among every place a French release states it, by weighed evidence.

A dateline under the header wins; without one, the date comes from a publication line, a
date alone under the headline, the signature (``Fait à …, le …``), the opening of the first
paragraph, then the metadata. ``release.explain("date")`` says which, and what was rejected.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.french.dates import DATE, DATE_FORMS, address_date, metadata_date, parse_date
from communique.french.embargo import IMMEDIATE_WORDS
from communique.french.vocabulary import FILING_LABELS, RELEASE_MARKER
from communique.french.weights import DATE_EVIDENCE
from communique.models import PressRelease

from . import strategies
from .strategies import (
    DATE_PLACEMENTS,
    DATE_STYLES,
    PLACES,
    PUBLICATION_LABELS,
    WEEKDAY_NAMES,
    dates,
    render_date,
    render_range,
)

HEADLINE = "La préfecture renforce le dispositif de prévention des inondations"
BODY = (
    "la préfecture du Rhône active un plan de prévention renforcé sur les communes riveraines "
    "de la Saône, avec des patrouilles quotidiennes et une cellule de veille ouverte jour et "
    "nuit."
)
SECOND = (
    "Les habitants sont invités à consulter les bulletins de vigilance et à signaler toute "
    "montée des eaux aux services municipaux."
)
# The date styles a release writes in its text (the ISO form is for metadata and portals).
TEXT_STYLES = tuple(style for style in DATE_STYLES if style != "iso")


def release_with(date: dt.date, style: str, placement: str, label: str) -> str:
    """A release whose only statement of its date is ``placement``."""
    written = render_date(date, style)
    lead = f"Ce matin, {BODY}"
    top = ""
    bottom = ""
    if placement == "publication-label":
        top = f"{label} {written}\n\n"
    elif placement == "published-then-updated":
        later = render_date(date + dt.timedelta(days=6), style)
        top = f"Publié le {written} – Mis à jour le {later}\n\n"
    elif placement == "signed-at":
        bottom = f"\n\nFait à Lyon, le {written}\n\nLe préfet du Rhône"
    elif placement == "lead":
        weekday = WEEKDAY_NAMES[date.weekday()]
        lead = f"Le {weekday} {written}, {BODY}"
    elif placement == "date-alone":
        top = f"{written}\n\n"
    return f"{HEADLINE}\n\n{top}{lead}\n\n{SECOND}{bottom}\n"


EXPECTED_SOURCE = {
    "publication-label": {"publication-line", "header-date"},
    "published-then-updated": {"publication-line", "header-date", "glued-dateline"},
    "signed-at": {"closing-dateline"},
    "lead": {"lead-date"},
    "date-alone": {"header-date", "title-page-date"},
}


@given(
    date=dates,
    style=st.sampled_from(TEXT_STYLES),
    placement=st.sampled_from(DATE_PLACEMENTS),
    label=st.sampled_from(PUBLICATION_LABELS),
)
def test_the_release_date_is_read_wherever_the_release_states_it(
    date: dt.date, style: str, placement: str, label: str
) -> None:
    if placement == "lead" and style not in ("plain", "abbreviated", "unaccented", "nbsp"):
        date_words = render_date(date, "plain")  # a lead writes its date in words
        text = release_with(date, "plain", placement, label)
        assert date_words in text
    else:
        text = release_with(date, style, placement, label)
    release = parse(text)
    assert release.date == date, text
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source in EXPECTED_SOURCE[placement]
    assert explanation.chosen.value == date.isoformat()
    start, end = explanation.chosen.span or (0, 0)
    assert DATE.fullmatch(release.text[start:end]), "the span is the date as written"


@given(date=dates, style=st.sampled_from(TEXT_STYLES))
def test_a_dateline_under_the_header_wins_over_the_metadata_and_says_what_it_rejected(
    date: dt.date, style: str
) -> None:
    other = date - dt.timedelta(days=3)
    text = (
        f"---\ntitle: {HEADLINE}\ndate: {other.isoformat()}\n---\n\n"
        f"Lyon, le {render_date(date, style)}\n\n{BODY.capitalize()}\n\n{SECOND}\n"
    )
    release = parse(text)
    assert release.date == date
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "header-dateline"
    assert explanation.rejected is not None
    assert (explanation.rejected.source, explanation.rejected.value) == (
        "metadata",
        other.isoformat(),
    )
    assert explanation.chosen.score > explanation.rejected.score
    assert any(d.code == "metadata-disagrees" for d in release.diagnostics)


def test_an_update_date_never_outweighs_the_publication_date() -> None:
    text = (
        f"{HEADLINE}\n\nMis à jour le 20/03/2024\n\nDate de publication : 12/03/2024\n\n"
        f"Ce matin, {BODY}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2024, 3, 12)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.rejected is not None
    assert explanation.rejected.value == "2024-03-20"
    assert "update-label" in explanation.rejected.evidence


def test_a_text_with_no_date_has_none_and_says_so() -> None:
    release = parse(f"{HEADLINE}\n\nCe matin, {BODY}\n\n{SECOND}\n")
    assert release.date is None
    explanation = release.explain("date")
    assert explanation is not None
    assert (explanation.chosen, explanation.candidates) == (None, 0)
    assert any(d.code == "missing-date" for d in release.diagnostics)


def test_a_date_deep_in_the_body_is_an_event_not_the_release_date() -> None:
    text = (
        f"{HEADLINE}\n\nCe matin, {BODY}\n\n{SECOND}\n\n"
        "La réunion publique se tiendra le 12 avril 2024 à la mairie.\n\n"
        "Les inscriptions ouvrent le 3 avril 2024.\n\nUn bilan sera publié à l'automne.\n\n"
        "La préfecture remercie les communes.\n\nLes services restent mobilisés.\n\n"
        "Plus d'informations sur le site de la préfecture.\n\nMerci de relayer.\n"
    )
    assert parse(text).date is None


@given(date=dates, join=st.sampled_from(("et", "au", "dash")))
def test_a_dateline_over_two_days_dates_the_release_by_the_first(date: dt.date, join: str) -> None:
    written = render_range(date, join)
    if date.month != (date + dt.timedelta(days=1)).month:
        return  # a range across two months is written with both months, not generated here
    text = f"Communiqué de presse\n\nStrasbourg, {written}\n\n{HEADLINE}\n\n{BODY.capitalize()}\n"
    release = parse(text)
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place == "Strasbourg"


@given(date=dates, separator=st.sampled_from("-/."))
def test_year_first_dates_are_read(date: dt.date, separator: str) -> None:
    written = f"{date.year}{separator}{date.month:02d}{separator}{date.day:02d}"
    match = DATE.fullmatch(written)
    assert match is not None
    parsed = parse_date(match)
    assert parsed is not None
    assert parsed.date == date
    assert parsed.form == "year-first"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-03-05T10:00:00+01:00", dt.date(2024, 3, 5)),
        ("2024/03/05", dt.date(2024, 3, 5)),
        ("05/03/2024", dt.date(2024, 3, 5)),
        ("5 mars 2024", dt.date(2024, 3, 5)),
        (dt.date(2024, 3, 5), dt.date(2024, 3, 5)),
        (dt.datetime(2024, 3, 5, 10, 0), dt.date(2024, 3, 5)),
        ("2024-13-01", None),
        ("31/02/2024", None),
        ("bientôt", None),
        (20240305, None),
    ],
)
def test_metadata_dates_are_read_in_every_form_and_never_raise(
    value: object, expected: dt.date | None
) -> None:
    assert metadata_date(value) == expected


def test_every_date_form_is_named_once() -> None:
    names = [form.name for form in DATE_FORMS]
    assert len(names) == len(set(names))


def test_every_evidence_code_a_candidate_can_carry_has_a_weight() -> None:
    release = parse(release_with(dt.date(2024, 3, 12), "plain", "signed-at", "Publié le"))
    codes = {
        code
        for explanation in release.explanations
        if explanation.field in ("date", "place")
        for candidate in (explanation.chosen, explanation.rejected)
        if candidate is not None
        for code in candidate.evidence
    }
    assert codes <= DATE_EVIDENCE.keys()


def test_explanations_survive_a_json_round_trip() -> None:
    release = parse(release_with(dt.date(2024, 3, 12), "plain", "signed-at", "Publié le"))
    assert release.explanations
    assert PressRelease.from_dict(release.to_dict()) == release


def test_every_date_evidence_code_is_documented_with_its_weight() -> None:
    model = (Path(__file__).parents[1] / "docs" / "model.md").read_text("utf-8")
    model = model[model.index("## Dateline") : model.index("## Section")]
    documented = {
        m["code"]: float(m["weight"].replace("−", "-").lstrip("+"))
        for m in re.finditer(
            r"^\| `(?P<code>[a-z-]+)` \| [^\n]+ \| (?P<weight>[−+-]?\d+(?:\.\d+)?) \|$",
            model,
            re.M,
        )
    }
    assert documented == DATE_EVIDENCE


def test_a_date_line_led_by_a_dash_under_the_title_dates_the_release() -> None:
    text = f"# Communiqué de presse\n\n### — 3 octobre 2016\n\n# {HEADLINE}\n\nCe matin, {BODY}\n"
    assert parse(text).date == dt.date(2016, 10, 3)


@pytest.mark.parametrize("attribute", ["newsdate", "data-date", "date", "data-publication-date"])
def test_a_date_attribute_on_the_root_element_is_the_metadata_date(attribute: str) -> None:
    page = (
        f'<html {attribute}="2011-11-28"><head><title>{HEADLINE}</title></head>'
        f"<body><h1>{HEADLINE}</h1><p>Ce matin, {BODY}</p></body></html>"
    )
    release = parse(page)
    assert release.date == dt.date(2011, 11, 28)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "metadata"


def test_an_edit_date_on_the_root_element_is_not_the_release_date() -> None:
    page = f'<html data-lastmod="2011-11-28"><body><h1>{HEADLINE}</h1><p>{BODY}</p></body></html>'
    assert parse(page).date is None


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ("Lyon,", "Lyon"),
        ("Paris, Lyon, Marseille,", "Paris, Lyon, Marseille"),
        ("Bruxelles ,", "Bruxelles"),
    ],
)
def test_a_dateline_over_two_lines_keeps_its_place(places: str, expected: str) -> None:
    dateline = f"{places}\nle 23 octobre 2013 –"
    text = f"Communiqué de presse\n\n{dateline}\n\n{HEADLINE}\n\nCe matin, {BODY}\n"
    release = parse(text)
    assert release.date == dt.date(2013, 10, 23)
    assert release.dateline is not None
    assert release.dateline.place == expected
    start, end = release.dateline.place_span or (0, 0)
    assert release.text[start:end] == expected


def test_a_signature_with_its_date_dates_the_release_even_above_contacts_and_boilerplate() -> None:
    text = (
        f"{HEADLINE}\n\nCe matin, {BODY}\n\n{SECOND}\n\nFait à Lyon, le 12 mars 2024\n\n"
        "Le préfet du Rhône\n\nContact presse\n\nBureau de la communication\n\n"
        "pref-communication@rhone.gouv.fr\n\n04 72 61 60 60\n\nÀ propos de la préfecture\n\n"
        "La préfecture représente l'État dans le département.\n\nwww.rhone.gouv.fr\n"
    )
    release = parse(text)
    assert release.date == dt.date(2024, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place == "Lyon"


def test_a_strip_of_header_fields_gives_the_place_and_the_date() -> None:
    text = (
        f"COMMUNIQUÉ DE PRESSE NATIONAL | LYON | 9 AVRIL 2024\n\n{HEADLINE}\n\nCe matin, {BODY}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2024, 4, 9)
    assert release.dateline is not None
    assert release.dateline.place == "LYON"
    assert release.header.doc_type == "COMMUNIQUÉ DE PRESSE NATIONAL"
    assert release.headline == HEADLINE


@pytest.mark.parametrize("theme", ["Économie", "Santé", "Transports", "Vie locale"])
def test_a_field_after_the_date_in_a_strip_is_the_page_s_theme_not_the_place(theme: str) -> None:
    release = parse(f"Communiqué | 09 avril 2024 | {theme}\n\n{HEADLINE}\n\nCe matin, {BODY}\n")
    assert release.date == dt.date(2024, 4, 9)
    assert release.dateline is not None
    assert release.dateline.place is None


@pytest.mark.parametrize(
    "organisation",
    ["Région Normandie", "Préfecture du Rhône", "Ministère de la Culture", "Université de Lyon"],
)
@pytest.mark.parametrize("separator", [" – ", " | "])
def test_an_organisation_before_the_date_dates_the_release_without_being_its_place(
    organisation: str, separator: str
) -> None:
    strip = separator.join(("Communiqué de presse", organisation, "9 avril 2024"))
    release = parse(f"{strip}\n\n{HEADLINE}\n\nCe matin, {BODY}\n")
    assert release.date == dt.date(2024, 4, 9)
    assert release.dateline is not None
    assert release.dateline.place is None


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("À Lyon, le 12 mars 2024", "Lyon"),
        ("A Saint-Étienne, le 12 mars 2024", "Saint-Étienne"),
        ("Le 12 mars 2024 à Lyon", "Lyon"),
        ("12 mars 2024, à Villeurbanne", "Villeurbanne"),
    ],
)
def test_the_preposition_a_is_not_part_of_the_place(dateline: str, place: str) -> None:
    release = parse(f"Communiqué de presse\n\n{dateline}\n\n{HEADLINE}\n\nCe matin, {BODY}\n")
    assert release.date == dt.date(2024, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place == place


def test_the_day_named_in_the_first_sentence_dates_a_release_without_a_dateline() -> None:
    text = (
        f"{HEADLINE}\n\nLe préfet a convoqué pour ce jeudi 12 mars 2020 à 18 heures une "
        f"réunion de la cellule de crise consacrée aux crues de la Saône.\n\n{SECOND}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2020, 3, 12)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert "this-day" in explanation.chosen.evidence


def test_a_day_ahead_in_the_first_sentence_is_not_the_release_date() -> None:
    text = (
        f"{HEADLINE}\n\nLa réunion se tiendra ce jeudi 12 mars prochain à la mairie.\n\n{SECOND}\n"
    )
    assert parse(text).date is None


def test_a_dateline_flattened_with_the_document_type_on_one_line_is_read() -> None:
    text = f" Lyon, le 25 juin 2015 Communiqué de presse {HEADLINE} Ce matin, {BODY}\n"
    release = parse(text)
    assert release.date == dt.date(2015, 6, 25)
    assert release.dateline is not None
    assert release.dateline.place == "Lyon"


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Conseil des ministres du 24 juin 2015", dt.date(2015, 6, 24)),
        ("Communiqué du Conseil fédéral du mercredi 12 mars 2024", dt.date(2024, 3, 12)),
        ("Salon de l'industrie du 3 au 5 mars 2024", None),  # an event's range
        ("Grève du 5 décembre", None),  # no year
    ],
)
def test_a_title_closing_on_its_day_dates_a_release_that_states_no_other(
    title: str, expected: dt.date | None
) -> None:
    assert parse(f"# {title}\n\n{SECOND}\n").date == expected


@given(key=st.sampled_from(["date-de-publication", "Date_Publication", "pub-date", "dateParution"]))
def test_front_matter_date_keys_are_read_whatever_their_separators(key: str) -> None:
    assert parse(f"---\ntitle: {HEADLINE}\n{key}: 2024-03-12\n---\n\n{SECOND}\n").date == dt.date(
        2024, 3, 12
    )


def test_every_chosen_field_is_explained_once() -> None:
    release = parse(release_with(dt.date(2024, 3, 12), "plain", "signed-at", "Publié le"))
    fields = [explanation.field for explanation in release.explanations]
    assert sorted(fields) == sorted(
        ["headline", "date", "place", "doc_type", "lede", "reference", "issuers"]
    )
    for field in fields:
        assert release.explain(field) is not None
    assert release.explain("no-such-field") is None


def test_an_adapter_adds_a_date_collector_by_name_with_its_weight() -> None:
    from communique.adapters.text import TextAdapter
    from communique.extract.dateline import COLLECTORS, DatelineCandidate, dateline_step
    from communique.extract.draft import Draft
    from communique.models import Dateline
    from communique.steps import Steps

    stamp = re.compile(r"\[CP-(\d{4})-(\d\d)-(\d\d)\]")

    def intranet_stamp(draft: Draft, reference: dt.date | None) -> list[DatelineCandidate]:
        # An organisation's own convention: "[CP-2024-03-12]" opening its releases.
        found = stamp.match(draft.document.text)
        if found is None:
            return []
        date = dt.date(*(int(part) for part in found.groups()))
        dateline = Dateline(found.group(), date=date, span=found.span(), date_span=found.span())
        return [DatelineCandidate("intranet-stamp", dateline, ("intranet-stamp",))]

    collectors = COLLECTORS.before("metadata", "intranet-stamp", intranet_stamp)
    assert collectors.names.index("intranet-stamp") == collectors.names.index("metadata") - 1

    class IntranetText(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            weights = {**DATE_EVIDENCE, "intranet-stamp": 5.0}
            return steps.replace("dateline", dateline_step(collectors, weights))

    text = f"[CP-2024-03-12]\n\n{HEADLINE}\n\nCe matin, {BODY}\n"
    assert parse(text).date is None
    release = parse(text, adapter=IntranetText())
    assert release.date == dt.date(2024, 3, 12)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "intranet-stamp"
    with pytest.raises(ValueError, match="already exists"):
        collectors.after("header", "intranet-stamp", intranet_stamp)
    with pytest.raises(KeyError, match="no rule named"):
        COLLECTORS.remove("no-such-rule")


def test_a_dateline_split_after_le_keeps_its_place() -> None:
    dateline = "    Dakar, le\n    29 janvier 2024"
    text = f"INVITATION PRESSE\n\n{dateline}\n\n{HEADLINE}\n\nCe matin, {BODY}\n"
    release = parse(text)
    assert release.date == dt.date(2024, 1, 29)
    assert release.dateline is not None
    assert release.dateline.place == "Dakar"


def test_a_forwarded_release_is_dated_by_its_own_dateline_not_the_e_mail_s() -> None:
    text = (
        "De : Service presse <presse@cuma.example.org>\nEnvoyé : mardi 12 décembre 2023 10:42\n"
        "À : redactions@listes.example.org\nObjet : [CP] Un plan pour l'irrigation\n\n"
        "Madame, Monsieur,\n\nVous trouverez ci-dessous notre communiqué de presse.\n\n"
        "Bien cordialement,\nLe service presse\n\n" + "-" * 60 + "\n\n"
        "COMMUNIQUÉ DE PRESSE – Châlons-la-Vallée, le 11 décembre 2023\n\n"
        f"{HEADLINE}\n\nCe matin, {BODY}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2023, 12, 11)
    assert release.dateline is not None
    assert release.dateline.place == "Châlons-la-Vallée"


@pytest.mark.parametrize(
    "envelope",
    [
        # Thunderbird: fields set apart by a tab
        "Sujet : \tCommuniqué – {title}\nDate : \tThu, 22 Jan 2026 12:02:41 +0100\n"
        "De : \tDirection de la communication <communication@example.fr>\n"
        "Pour : \tpresse@example.fr",
        # Outlook
        "De : Direction de la communication\nEnvoyé : jeudi 22 janvier 2026 12:02\n"
        "À : presse@example.fr\nCc : direction@example.fr\nObjet : Communiqué – {title}",
    ],
)
def test_a_release_forwarded_under_its_envelope_has_its_own_title_and_date(envelope: str) -> None:
    text = (
        "De : Sophie Garat <sophie.garat@example.fr>\nEnvoyé : jeudi 22 janvier 2026 17:05\n"
        "À : Liste presse\nObjet : TR: Communiqué – ouverture\n\nBonsoir à toutes et à tous,\n\n"
        "Je vous transfère le communiqué diffusé ce midi par la direction.\n\nSophie\n\n"
        "-------- Message transféré --------\n"
        + envelope.format(title="Ouverture de l'unité")
        + f"\n\n\nCommuniqué de presse\nDax, le 22 janvier 2026\n\n{HEADLINE}\n\nCe matin, {BODY}\n"
    )
    release = parse(text)
    assert release.headline == HEADLINE
    assert release.date == dt.date(2026, 1, 22)


@pytest.mark.parametrize("joint", [" ", "\n"])
def test_a_release_forwarded_under_outlook_s_packed_envelope_starts_after_it(joint: str) -> None:
    # Outlook forwards with no marker: the original's envelope, run together, under the note.
    envelope = joint.join(
        (
            "De : Communication Province <communication@example.org>",
            "Envoyé : mardi 18 mai 2026 09:30",
            "À : presse@example.org",
            "Objet : CP – Les musées gratuits",
        )
    )
    text = (
        "Bonjour Madame Dufour,\n\nComme convenu, je vous transfère le communiqué de ce matin."
        "\n\nBien à vous,\n\nThibault Renard\nService communication – +32 (0)81 00 00 01\n\n"
        f"{envelope}\n\nPROVINCE DE NAMUR\nCommuniqué de presse\nNamur, le 18 mai 2026\n\n"
        f"{HEADLINE}\n\nCe matin, {BODY}\n"
    )
    release = parse(text)
    assert release.headline == HEADLINE
    assert [issuer.name for issuer in release.header.issuers] == ["PROVINCE DE NAMUR"]
    assert release.date == dt.date(2026, 5, 18)


def test_a_memo_release_s_own_fields_are_no_forwarded_envelope() -> None:
    # "De : / Date : / Objet :" under the release's own letterhead and type are its fields.
    text = (
        "Ville de Figeac\nCommuniqué de presse\n\nFermeture de la piscine municipale\n\n"
        "Date : 3 juin 2026\nDe : la direction des sports\nObjet : travaux de rénovation\n\n"
        f"{BODY}\n"
    )
    release = parse(text)
    assert release.header.doc_type == "Communiqué de presse"
    assert release.headline == "Fermeture de la piscine municipale"


def test_an_e_mail_quoted_in_a_release_is_no_envelope() -> None:
    text = (
        f"COMMUNIQUÉ DE PRESSE\n\n{HEADLINE}\n\nLe maire a reçu le message suivant :\n\n"
        "De : Jean Roux <jean.roux@example.fr> Envoyé : lundi 1 juin 2026 À : mairie "
        "Objet : fermeture\n\n"
        f"{BODY}\n"
    )
    release = parse(text)
    assert release.header.doc_type == "COMMUNIQUÉ DE PRESSE"
    assert release.headline == HEADLINE


def test_the_first_date_the_lead_mentions_dates_a_release_that_states_no_other() -> None:
    text = (
        f"{HEADLINE}\n\nLa convention a été signée à Lyon, le 5 mars 2019, par le préfet et "
        f"les maires des six communes riveraines.\n\n{SECOND}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2019, 3, 5)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "lead-mention"


@pytest.mark.parametrize(
    "lead",
    [
        "Les inscriptions sont ouvertes jusqu'au 5 mars 2019 sur le site de la préfecture.",
        "La convention annuelle se tiendra le 5 mars 2019 au palais des congrès.",
        "Le pôle organise sa convention annuelle le lundi 4 mars 2019 à 12h45 à Paris.",
        "Les nouvelles règles s'appliqueront à partir du 5 mars 2019 dans tout le département.",
        "Le salon se déroulera les 5 et 6 mars 2019 au parc des expositions.",
    ],
)
def test_a_deadline_a_start_or_an_event_ahead_in_the_lead_is_not_the_release_date(
    lead: str,
) -> None:
    assert parse(f"{HEADLINE}\n\n{lead}\n\n{SECOND}\n").date is None


@pytest.mark.parametrize(
    "closing",
    [
        "clos le",
        "close le",
        "clôturé le",
        "clôturés au",
        "se terminant le",
        "terminé le",
        "s'achevant le",
        "achevé le",
    ],
)
@pytest.mark.parametrize("period", ["31 décembre 2021", "30 juin 2023", "31/03/2024"])
def test_the_end_of_an_accounting_period_is_not_the_release_date(closing: str, period: str) -> None:
    lead = (
        f"Le groupe annonce aujourd'hui ses résultats de l'exercice {closing} {period}, "
        "arrêtés par le conseil d'administration."
    )
    assert parse(f"{HEADLINE}\n\n{lead}\n\n{SECOND}\n").date is None


@pytest.mark.parametrize(
    ("dateline", "place"),
    [
        ("Paris, le 12 mars 2024", "Paris"),
        ("Nouméa, 12 mars 2024", "Nouméa"),
        ("Genève, 12.03.2024", "Genève"),
        ("Paris 8e, le 12 mars 2024", "Paris 8e"),
        ("Strasbourg/Kehl, le 12 mars 2024", "Strasbourg/Kehl"),
        ("Lyon · 12 mars 2024", "Lyon"),
    ],
)
def test_a_dateline_run_into_its_first_sentence_without_a_mark_is_read(
    dateline: str, place: str
) -> None:
    release = parse(f"{HEADLINE}\n\n{dateline} {BODY.capitalize()}\n\n{SECOND}\n")
    assert release.date == dt.date(2024, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place == place


@pytest.mark.parametrize(
    "text",
    [
        "# Le département lance un plan vélo\n\nMis à jour le 5 mai 2024\n\n"
        "Le vendredi 3 mai 2024, le département a présenté son plan vélo aux élus.\n",
        "# Conseil des ministres du 3 mai 2024\n\nMis à jour le 5 mai 2024\n\n"
        "Le conseil a adopté trois projets de loi.\n",
    ],
)
def test_an_update_date_is_the_last_resort(text: str) -> None:
    assert parse(text).date == dt.date(2024, 5, 3)


def test_a_dateline_never_shows_a_date_it_does_not_hold() -> None:
    text = (
        f"{HEADLINE}\n\nPublié le 5 mai 2024\n\nCe matin, {BODY}\n\n{SECOND}\n\n"
        "Fait à Lyon, le 3 mai 2024\n"
    )
    release = parse(text)
    dateline = release.dateline
    assert dateline is not None
    assert release.date == dt.date(2024, 5, 3)
    assert "5 mai" not in dateline.text
    if dateline.span is not None:
        assert "5 mai" not in release.text[dateline.span[0] : dateline.span[1]]


@pytest.mark.parametrize(
    "stamp", ["Publié le 26 janvier 2026", "26 janvier 2026", "Mis en ligne le 26/01/2026"]
)
def test_the_signed_date_closing_a_release_outranks_the_portal_s_stamp(stamp: str) -> None:
    text = (
        f"{HEADLINE}\n\n{stamp}\n\nCe matin, {BODY}\n\n{SECOND}\n\n"
        "Fait à Abidjan, le 24 janvier 2026\n\nLe ministre\n"
    )
    release = parse(text)
    assert release.date == dt.date(2026, 1, 24)
    assert release.dateline is not None
    assert release.dateline.place == "Abidjan"


@pytest.mark.parametrize(
    "stamp",
    [
        "Publié le 15/10/2026 - Affichages : 3418",
        "Publié le 15 octobre 2026 – Lecture : 3 min",
        "Yaoundé | Jeudi 15 octobre 2026 | English",
    ],
)
def test_a_page_s_stamp_or_strip_is_no_dateline_glued_to_the_text(stamp: str) -> None:
    text = (
        f"{HEADLINE}\n\n{stamp}\n\nCe matin, {BODY}\n\n{SECOND}\n\n"
        "Yaoundé, le 14 octobre 2026\n\nLe ministre\n"
    )
    release = parse(text)
    assert release.date == dt.date(2026, 10, 14)
    assert release.dateline is not None
    assert release.dateline.place == "Yaoundé"


@given(
    date=strategies.dates,
    style=st.sampled_from(("plain", "weekday", "slash", "abbreviated")),
    place=st.sampled_from(strategies.PLACES),
    day_first=st.booleans(),
)
def test_a_short_notice_that_is_only_a_body_is_dated_and_placed_by_its_signature(
    date: dt.date, style: str, place: str, day_first: bool
) -> None:
    # One sentence, then the signature: no block is long enough to start a body, and the
    # signature is neither the headline nor lost.
    text = (
        "La préfète informe les usagers que la route départementale 12 sera fermée demain.\n\n"
        + (
            f"Fait le {strategies.render_date(date, style)} à {place}"
            if day_first
            else f"Fait à {place}, le {strategies.render_date(date, style)}"
        )
        + "\n\nLa préfète,\nClaire Vidal\n"
    )
    release = parse(text)
    assert "Fait " not in (release.headline or "")
    assert release.dateline is not None
    assert release.dateline.place == place
    assert release.date == date


@pytest.mark.parametrize(
    "label", ["Communiqué du 12 mars 2024", "Communiqué de presse du mardi 12 mars 2024"]
)
def test_a_document_type_dated_by_du_gives_the_release_date(label: str) -> None:
    release = parse(f"{label}\n\n{HEADLINE}\n\nCe matin, {BODY}\n")
    assert release.date == dt.date(2024, 3, 12)
    assert release.header.doc_type is not None


_ENGLISH_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


@given(
    dates,
    st.sampled_from(
        [
            "{wd}, {d:02d} {mon} {y} 10:00:00 +0100",  # RFC 2822: RSS pubDate, e-mail Date:
            "{month} {d}, {y}",
            "{d} {month} {y}",
            "{d:02d}-{mon}-{y}",
            "{weekday}, {month} {d}, {y}",
        ]
    ),
)
def test_a_metadata_date_written_in_english_is_read(date: dt.date, form: str) -> None:
    month = _ENGLISH_MONTH_NAMES[date.month - 1]
    weekday = _ENGLISH_WEEKDAYS[date.weekday()]
    value = form.format(
        wd=weekday[:3], weekday=weekday, d=date.day, mon=month[:3], month=month, y=date.year
    )
    assert metadata_date(value) == date


_ENGLISH_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@pytest.mark.parametrize(
    "label",
    ["Publication :", "Parution :", "Publié le", "Mis en ligne le", "Déposé le", "Posté le"],
)
def test_a_publication_stamp_dates_the_release_and_names_no_place(label: str) -> None:
    text = f"{HEADLINE}\n\n{label} 05 octobre 2023\n\nCe matin, {BODY}\n"
    release = parse(text)
    assert release.date == dt.date(2023, 10, 5)
    assert release.dateline is not None
    assert release.dateline.place is None


def test_a_portal_s_deposit_stamp_gives_way_to_the_release_s_dateline() -> None:
    # a free distribution portal stamps the day the release was deposited, often the next
    text = (
        f"{HEADLINE}\n\nDéposé le 10/04/2026 par Service communication Kelvance | 412 lectures"
        f"\n\nRennes, le 9 avril 2026 – Kelvance, éditeur de logiciels, annonce {BODY}\n"
    )
    release = parse(text)
    assert release.date == dt.date(2026, 4, 9)
    assert release.dateline is not None
    assert release.dateline.place == "Rennes"


@pytest.mark.parametrize(
    "event", ["Inauguration", "Réunion publique", "Visite", "Vernissage", "Cérémonie"]
)
def test_an_event_line_below_the_text_gives_no_place(event: str) -> None:
    lines = "\n".join(f"{BODY} Ligne {n}." for n in range(6))  # a capture: a paragraph a line
    text = (
        f"{HEADLINE}\nPublié le mardi 7 mars 2023 à 16h20\n{lines}\n"
        f"{event} le samedi 1er avril\nLe parc sera inauguré à 11 h en présence du maire.\n"
    )
    release = parse(text)
    assert release.date == dt.date(2023, 3, 7)
    assert release.dateline is not None
    assert release.dateline.place is None


# -- the last resort: the first date the top of the text writes ---------------------------

OPENING = (
    "La métropole ouvre un nouveau centre de tri des déchets recyclables, qui traitera "
    "chaque année quarante mille tonnes d'emballages et de papiers."
)
CONTEXT = (
    "Le chantier a mobilisé une vingtaine d'entreprises du territoire pendant deux ans, "
    "pour un investissement de trente-deux millions d'euros."
)


def _capture(*paragraphs: str) -> str:
    return "Un nouveau centre de tri pour la métropole\n\n" + "\n\n".join(paragraphs) + "\n"


def test_the_first_date_of_the_text_s_top_dates_a_release_that_states_no_other() -> None:
    text = _capture(OPENING, CONTEXT, "Communiqué de la métropole · 12 mars 2024", CONTEXT)
    release = parse(text)
    assert release.date == dt.date(2024, 3, 12)
    explanation = release.explain("date")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "first-date"


@pytest.mark.parametrize(
    "sentence",
    [
        "Vernissage : jeudi 3 octobre 2024, 18 h 30, en présence du maire.",
        "Le 1er janvier 2025, la nouvelle grille entrera en vigueur pour tous les adhérents.",
        "Les inscriptions ouvriront le lundi 2 septembre 2024 en ligne et en mairie.",
        "Programme complet : samedi 16 mars 2024, lectures au jardin des plantes.",
        "Diplômée de l'ESSEC, elle a rejoint le groupe le 2 mai 2011 comme contrôleuse.",
        "Rendez-vous le samedi 12 octobre 2024 au parc des expositions.",
        "Ouverture des portes : 12 octobre 2024, parc des expositions.",
        "Conformément à l'arrêté ministériel publié le 4 janvier 2022, les tarifs évoluent.",
        "Les inscriptions sont ouvertes jusqu'au 30 juin 2024.",
        "Le centre ouvrira à partir du 2 septembre 2024 aux particuliers.",
        "Une visite aura lieu le 12 mars 2024 à 10 h 30 sur le site.",
        "Les portes ouvertes se tiendront les 7 et 8 juin 2024.",
    ],
)
def test_a_first_date_that_is_a_deadline_or_an_event_dates_nothing(sentence: str) -> None:
    assert parse(_capture(OPENING, CONTEXT, sentence)).date is None


def test_a_date_far_below_the_top_is_an_event_s_not_the_release_s() -> None:
    filler = [CONTEXT] * 12  # more than 1,500 characters
    text = _capture(OPENING, *filler, "Le bilan sera présenté le 12 mars 2024.")
    assert parse(text).date is None


@pytest.mark.parametrize(
    "title",
    [
        "Journée portes ouvertes samedi 12 octobre 2024",
        "Grève : perturbations attendues le jeudi 5 décembre 2024",
    ],
)
def test_a_date_in_the_title_is_the_event_s_not_the_first_date(title: str) -> None:
    text = f"{title}\n\n{OPENING}\n\n{CONTEXT}\n"
    assert parse(text).date is None


def test_an_update_line_is_passed_over_for_the_date_after_it() -> None:
    text = _capture(OPENING, "Mis à jour le 20 mars 2024", CONTEXT, "Métropole · 12 mars 2024")
    assert parse(text).date == dt.date(2024, 3, 12)


def test_the_metadata_date_outweighs_the_first_date_of_the_text() -> None:
    front = "---\ntitle: Un nouveau centre de tri\ndate: 2024-03-11\n---\n\n"
    text = front + _capture(OPENING, CONTEXT, "Communiqué de la métropole · 12 mars 2024")
    assert parse(text).date == dt.date(2024, 3, 11)


@pytest.mark.parametrize(
    ("dateline", "place"),
    [("Paris, mai 2023", "Paris"), ("LYON – MARS 2024", "LYON"), ("À Nantes, juin 2024", "Nantes")],
)
def test_a_dateline_giving_only_its_month_gives_the_place_and_no_day(
    dateline: str, place: str
) -> None:
    for text in (
        f"Communiqué de presse\n\n{dateline}\n\n{HEADLINE}\n\n{BODY}\n",
        f"Communiqué de presse\n\n{HEADLINE}\n\n{dateline} – {BODY}\n",
    ):
        release = parse(text)
        assert release.dateline is not None
        assert release.dateline.place == place
        assert release.date is None


@pytest.mark.parametrize("place", ["Pointe-à-Pitre", "Pont-à-Mousson", "Pointe-à-Pitre et Paris"])
def test_a_place_with_a_lower_case_a_in_its_name_is_read(place: str) -> None:
    release = parse(f"Communiqué de presse\n\n{place}, le 12 mars 2024\n\n{HEADLINE}\n\n{BODY}\n")
    assert release.dateline is not None
    assert release.dateline.place == place


def test_the_signing_formula_is_not_part_of_the_place() -> None:
    text = f"{HEADLINE}\n\n{BODY}\n\nFait à Pointe-à-Pitre, le 12 mars 2024\n\nLe préfet\n"
    release = parse(text)
    assert release.dateline is not None
    assert release.dateline.place == "Pointe-à-Pitre"


@pytest.mark.parametrize(
    "line", ["Newsletter – Mars 2024", "Bilan – mai 2023", "Bienvenue à Bordeaux, le 3 mars 2024"]
)
def test_a_cover_s_words_are_no_place(line: str) -> None:
    release = parse(f"{line}\n\n{HEADLINE}\n\n{BODY}\n")
    assert release.dateline is None or release.dateline.place is None


# What a line may hold before the dateline run into it, in captures of PDFs and flattened
# pages: a reference code, a page number, a label and its colon, the end of a sentence, a
# wide gap (a letterhead's column), emphasis marks a converter left as characters.
DATELINE_LEAD_INS = (
    "CP 24-031 ",
    "N° 046 ",
    "Réf. 2024/15 : ",
    "p. 1/3 ",
    "Information presse : ",
    "Les précisions suivent. ",
    "Communiqué de la préfecture          ",
)


@given(
    lead_in=st.sampled_from(DATELINE_LEAD_INS),
    place=st.sampled_from(PLACES),
    date=dates,
    style=st.sampled_from(TEXT_STYLES),
    form=st.sampled_from(("{place}, le {date} – ", "{place}, {date}. ", "{place} - {date} - ")),
)
def test_a_dateline_run_into_what_precedes_it_on_its_line_keeps_its_place(
    lead_in: str, place: str, date: dt.date, style: str, form: str
) -> None:
    dateline = form.format(place=place, date=render_date(date, style))
    release = parse(f"{HEADLINE}\n\n{lead_in}{dateline}{BODY.capitalize()}\n\n{SECOND}\n")
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place == place


@pytest.mark.parametrize("adapter", ["text", "markdown"])
@pytest.mark.parametrize(
    "marked",
    [
        "**{place} - {date} -** {body}",
        "**{place}, le {date}** – {body}",
        "__{place}, le {date}__ – {body}",
        "** {place}, le {date} ** – {body}",  # not emphasis for CommonMark: left as characters
    ],
)
def test_emphasis_marks_around_a_dateline_are_markup_not_part_of_the_place(
    adapter: str, marked: str
) -> None:
    opening = marked.format(place="Bourg-en-Bresse", date="12 mars 2024", body=BODY.capitalize())
    release = parse(f"{HEADLINE}\n\n{opening}\n\n{SECOND}\n", adapter=adapter)
    assert release.date == dt.date(2024, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place == "Bourg-en-Bresse"


@pytest.mark.parametrize(
    "sentence",
    [
        "Le Président de la République, le 3 mars 2024, a reçu les élus du territoire.",
        "Selon le rapport publié. Lyon, le 3 mars 2024, a accueilli le congrès national.",
    ],
)
def test_a_dated_clause_inside_a_sentence_is_no_dateline(sentence: str) -> None:
    release = parse(f"{HEADLINE}\n\n{sentence}\n\n{SECOND}\n")
    assert release.dateline is None or release.dateline.place is None


@given(date=dates, style=st.sampled_from(("plain", "abbreviated")))
def test_a_wire_s_stamp_with_a_comma_before_the_year_is_a_date_not_a_title(
    date: dt.date, style: str
) -> None:
    day_month = render_date(date, style).rsplit(" ", 1)[0]
    stamp = f"{day_month}, {date.year}, 10 h 30 HNE"  # "12 févr., 2026, 10 h 30 HNE" (CNW)
    text = f"NOUVELLES FOURNIES PAR\nCabinet du ministre\n{stamp}\n\n{HEADLINE}\n\n{BODY}\n"
    release = parse(text)
    assert release.headline == HEADLINE
    assert release.date == date


@pytest.mark.parametrize("marker", ["1. ", "- ", "• "])
def test_a_list_item_opening_with_a_name_and_a_period_is_no_dateline(marker: str) -> None:
    items = "\n".join(
        f"{marker}{phase}, du {start} au {end} ;"
        for phase, start, end in (
            ("Veille", "1er juin", "15 septembre"),
            ("Alerte", "2 juillet", "3 août"),
        )
    )
    text = f"{HEADLINE}\n\n{BODY.capitalize()} Le plan a trois niveaux :\n\n{items}\n\n{SECOND}\n"
    release = parse(text)
    assert release.dateline is None or release.dateline.place is None


@given(date=dates, place=st.sampled_from(PLACES), style=st.sampled_from(("plain", "weekday")))
def test_a_date_first_dateline_closed_by_a_full_stop_gives_its_place(
    date: dt.date, place: str, style: str
) -> None:
    opening = f"{render_date(date, style).capitalize()} – {place}. {BODY.capitalize()}"
    release = parse(f"{HEADLINE}\n\n{opening}\n\n{SECOND}\n")
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place == place


def test_the_signature_of_a_quoted_order_does_not_date_the_release() -> None:
    text = (
        f"{HEADLINE}\n\nPublié le 10/03/2026\n\nCe matin, {BODY}\n\n"
        "Extrait de l'arrêté préfectoral n° 2026-114 :\n\n"
        "Article 1 : l'arrosage des pelouses est interdit jusqu'au 31 mai.\n\n"
        "Fait à Lyon, le 6 mars 2026\n\nLe préfet\n"
    )
    assert parse(text).date == dt.date(2026, 3, 10)


@given(
    label=st.sampled_from(FILING_LABELS + IMMEDIATE_WORDS)
    .map(lambda label: st.sampled_from([label, label.upper(), label.capitalize()]))
    .flatmap(lambda labels: labels),
    separator=st.sampled_from([" – ", " - ", " | ", " : ", " — ", ", ", " / "]),
    typed=st.booleans(),
    hour=st.sampled_from(["", ", 17 h 45", " à 8 h"]),
)
def test_a_strip_label_before_the_dateline_leaves_the_place_and_date(
    label: str, separator: str, typed: bool, hour: str
) -> None:
    strip = (
        f"{'Communiqué de presse – ' if typed else ''}{label}{separator}Lyon, le 22 octobre 2026"
    )
    text = (
        f"# Vellanor publie son chiffre d'affaires\n\n**{strip}{hour}**\n\nVellanor publie un "
        "chiffre d'affaires de 31,6 M€ pour le troisième trimestre, en hausse de 11 %.\n"
    )
    release = parse(text, adapter="markdown")
    assert release.date == dt.date(2026, 10, 22)
    assert release.dateline is not None
    assert release.dateline.place == "Lyon"
    if RELEASE_MARKER.match(label):  # a regulated filing's label, an immediate release
        assert "release-marker" in release.evidence


# -- a date only in the page's address or the file's name --------------------------------------

UNDATED_POST = (
    "Le collectif appelle à une action immédiate\n\n"
    "Une centaine de militants occuperont la place fédérale ce samedi pour demander au "
    "Parlement des mesures immédiates en faveur du climat.\n"
)


def _undated_post_at(address: str) -> str:
    """The undated post, its address given as a file's name or as its permalink."""
    if address.endswith(".md"):
        return UNDATED_POST
    return f'---\ntitle: "Le collectif appelle à une action"\npermalink: "{address}"\n---\n\n' + (
        UNDATED_POST
    )


@given(dated=strategies.dated_addresses)
def test_a_date_only_in_the_address_dates_the_release_and_says_so(
    dated: tuple[dt.date, str],
) -> None:
    date, address = dated
    assert address_date(address) == date
    name = address.rsplit("/", 1)[-1] if address.endswith(".md") else "post.md"
    release = parse(_undated_post_at(address), filename=name)
    assert release.date == date
    assert "date-from-address" in [d.code for d in release.diagnostics]


@given(dated=strategies.dated_addresses, text_date=strategies.dates)
def test_the_text_s_date_outranks_the_address(
    dated: tuple[dt.date, str], text_date: dt.date
) -> None:
    _, address = dated
    text = f"Lyon, le {strategies.render_date(text_date, 'slash')}\n\n{_undated_post_at(address)}"
    release = parse(text, filename="2001-02-03-post.md")
    assert release.date == text_date
    assert "date-from-address" not in [d.code for d in release.diagnostics]


@pytest.mark.parametrize(
    "address",
    [
        "https://www.example.org/2021/03/",  # a month names no day
        "cp-202304081.md",  # a run of digits inside a name may be any number
        "version-1.2.3.md",
        "/2016/02/30/titre/",  # no such day
        "rapport-2019-13-45.md",
        "cp-2024-014.md",  # a reference number
        "fete-musique-21-06-2024.md",  # a day first, not after "du": often the event's day
        "/wp-content/uploads/2023/06/15-juin-communique.pdf",  # a media library's folders
        "https://www.example.org/actualites/?p=2024-03-05",  # a query, not the path
    ],
)
def test_an_address_naming_no_day_dates_nothing(address: str) -> None:
    assert address_date(address) is None
    name = address.rsplit("/", 1)[-1].replace(".pdf", ".txt") or "post.md"
    assert parse(UNDATED_POST, filename=name).date is None


# -- a wire's dateline in English over a French release --------------------------------------

ENGLISH_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@given(
    date=strategies.dates,
    place=st.sampled_from(["PARIS", "Lyon", "MONTRÉAL", "LYON, France", "Saint-Herblain"]),
    month_first=st.booleans(),
    tag=st.sampled_from(["/PRNewswire/ --", "(GLOBE NEWSWIRE) --", "(BUSINESS WIRE) --", "–"]),
)
def test_a_wire_s_english_dateline_dates_and_places_the_french_release(
    date: dt.date, place: str, month_first: bool, tag: str
) -> None:
    month = ENGLISH_MONTH_NAMES[date.month - 1]
    day = f"{month} {date.day}, {date.year}" if month_first else f"{date.day} {month} {date.year}"
    text = (
        "Maréval annonce des résultats en progression\n\n"
        f"{place}, {day} {tag} Les résultats du premier trimestre seront commentés lors de "
        "l'assemblée générale qui se tiendra ce jour.\n"
    )
    release = parse(text)
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place == place


@pytest.mark.parametrize(
    "opening",
    [
        # an English date in a sentence, no wire's dash after it
        "Paris, April 28, 2011 was the day the results were published in English.",
        # a French sentence that quotes one
        "La société rappelle, dans son rapport du 28 avril, les chiffres publiés en anglais.",
    ],
)
def test_an_english_date_without_a_wire_s_dash_is_no_dateline(opening: str) -> None:
    release = parse(f"Maréval annonce des résultats en progression\n\n{opening}\n")
    assert release.dateline is None or release.dateline.place is None


def test_a_folder_named_by_a_day_does_not_date_the_file_in_it() -> None:
    # a crawl's or an export's folder: only the file's own name is read
    release = parse(UNDATED_POST, filename="/data/crawl/2024-03-12/guichet.md")
    assert release.date is None


def test_the_address_outranks_an_update_line() -> None:
    text = f"{UNDATED_POST}\nMis à jour le 12 mars 2024\n"
    release = parse(text, filename="2024-03-01-guichet.md")
    assert release.date == dt.date(2024, 3, 1)


@given(
    date=strategies.dates,
    style=st.sampled_from(["slash", "capitals", "weekday", "unpadded"]),
    label=st.sampled_from(["Communiqué de presse", "COMMUNIQUÉ DE PRESSE", "Communiqué"]),
    time=st.sampled_from(["", ", 08h45", " à 18 h"]),
)
def test_a_type_then_le_and_its_date_types_and_dates_the_release(
    date: dt.date, style: str, label: str, time: str
) -> None:
    text = (
        f"{label}, le {strategies.render_date(date, style)}{time}\n\n"
        "Augmentation de capital de la société Keranor\n\n"
        "La société annonce une augmentation de capital de cinq millions d'euros.\n"
    )
    release = parse(text, filename="cp.txt")
    assert release.date == date
    assert release.header.doc_type == label
    assert release.headline == "Augmentation de capital de la société Keranor"


def test_the_first_of_the_month_in_a_slug_is_read() -> None:
    assert address_date("https://x.fr/actualites/communique-du-1er-aout-2023") == dt.date(
        2023, 8, 1
    )
    assert address_date("communique-du-premier-aout-2023.md") == dt.date(2023, 8, 1)
