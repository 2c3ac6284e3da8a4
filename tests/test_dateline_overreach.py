"""What a dateline is not: the limits of the dateline's and the date's grammars.

A dateline names where and when a release was issued. A letterhead over its dateline, an
event's name over its dates, a title's subject after a date, a page's rubric, an edition's
ordinal, an office or a department signing a line with its date are none of them a place; a
figure after a comma following the month is a count, not a year, unless a wire's stamp goes on.
Each limit keeps the forms the grammar is for (``Lyon, le`` / ``12 mars 2026`` broken by a
PDF, ``Mardi 05 mai 2026 – Dakar. Le …``, ``Paris 8e, le …``, ``12 févr., 2026, 10 h 30 HNE``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.french.dates import DATE, parse_date

from .strategies import (
    MONTH_NAMES,
    PLACES,
    WEEKDAY_NAMES,
    dates,
    render_date,
    singular_doc_types,
)

HEADLINE = "Un nouveau parc public ouvre ses portes au cœur du quartier"
BODY = (
    "La commune ouvre au public un parc de deux hectares aménagé sur une ancienne friche "
    "industrielle, avec une aire de jeux, un jardin partagé, des allées accessibles aux "
    "personnes à mobilité réduite et trois cents arbres plantés par les écoles du quartier."
)
SECOND = (
    "Le parc sera ouvert tous les jours de huit heures à vingt heures, et jusqu'à vingt-deux "
    "heures pendant l'été, avec une équipe de gardiens présente le week-end."
)
REFERENCE = dt.date(2026, 3, 20)

# Letterheads set over a dateline in the same block (a PDF's top lines).
LETTERHEADS = (
    "Conseil départemental du Cantal",
    "Mairie de Vaulx-en-Velin",
    "Région Hauts-de-France",
    "Préfecture de la Corrèze",
    "Agence régionale de santé Bretagne",
)
# Events named above the day they happen.
EVENTS = (
    "Salon Maison et Jardin",
    "Festival Rires en Vallée",
    "Biennale de la Céramique",
    "Foire aux Vins de Colmar",
    "Rencontres Photographiques",
)


def _release(top: str) -> str:
    return f"{top}\n\n{HEADLINE}\n\n{BODY}\n\n{SECOND}\n"


# -- two lines are joined only where a PDF broke one dateline ---------------------------------


@given(
    letterhead=st.sampled_from(LETTERHEADS),
    place=st.sampled_from(PLACES),
    date=dates,
    join=st.sampled_from((", le ", ", ", " – ")),
)
def test_a_letterhead_over_a_whole_dateline_stays_out_of_the_place(
    letterhead: str, place: str, date: dt.date, join: str
) -> None:
    dateline = f"{place}{join}{render_date(date, 'plain')}"
    release = parse(_release(f"{letterhead}\n{dateline}"))
    assert release.dateline is not None
    assert release.dateline.place == place
    assert release.date == date


@given(
    event=st.sampled_from(EVENTS),
    date=dates,
    opening=st.sampled_from(("Le", "le", "Du", "du")),
)
def test_an_event_over_its_day_is_no_dateline_s_place(
    event: str, date: dt.date, opening: str
) -> None:
    when = render_date(date, "plain")
    if opening.lower() == "du" and date.day < 28:  # "du 13 au 14 mars 2026"
        when = f"{date.day} au {date.day + 1} {MONTH_NAMES[date.month - 1]} {date.year}"
    release = parse(_release(f"{event}\n{opening} {when}"))
    assert release.dateline is None or release.dateline.place is None


@pytest.mark.parametrize("letterhead", ["Mairie de Saint-Fons", "Ville de Saint-Fons"])
def test_an_organisation_over_a_date_alone_is_not_the_place(letterhead: str) -> None:
    release = parse(_release(f"{letterhead}\nLe 12 mars 2026"))
    assert release.date == dt.date(2026, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place is None


@given(
    place=st.sampled_from(PLACES),
    date=dates,
    join=st.sampled_from((", le", ",", " –", " le", ", ce")),
    cut=st.integers(min_value=0, max_value=3),
)
def test_a_dateline_broken_before_its_year_is_read_whole(
    place: str, date: dt.date, join: str, cut: int
) -> None:
    words = f"{WEEKDAY_NAMES[date.weekday()]} {render_date(date, 'plain')}".split()
    first = " ".join([f"{place}{join}", *words[:cut]])
    second = " ".join(words[cut:])
    release = parse(_release(f"COMMUNIQUÉ DE PRESSE\n\n{first}\n{second}"))
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (place, date)
    assert release.headline == HEADLINE


@given(
    town=st.sampled_from((*PLACES, "Paris 8e")),
    date=dates,
    caps=st.booleans(),
)
def test_a_town_s_name_over_le_and_its_date_is_read_whole(
    town: str, date: dt.date, caps: bool
) -> None:
    top = f"{town}\nle {render_date(date, 'plain')}"
    release = parse(_release(f"COMMUNIQUÉ DE PRESSE\n\n{top.upper() if caps else top}"))
    assert release.dateline is not None
    assert release.dateline.place == (town.upper() if caps else town)
    assert release.date == date
    assert release.headline == HEADLINE


# -- a figure after "mars," is a count unless a wire's stamp goes on ----------------------------


@given(
    date=dates.filter(lambda day: (day.month, day.day) != (2, 29)),  # a day of every year
    count=st.integers(min_value=1800, max_value=2099),
    noun=st.sampled_from(("coureurs", "exposants", "places", "visiteurs", "euros")),
)
def test_a_count_after_a_comma_is_never_the_year(date: dt.date, count: int, noun: str) -> None:
    day_month = render_date(date, "plain").rsplit(" ", 1)[0]
    text = f"Samedi {day_month}, {count} {noun} sont attendus."
    found = DATE.search(text)
    assert found is not None
    assert str(count) not in found.group()
    parsed = parse_date(found, REFERENCE)
    assert parsed is not None
    assert parsed.year_missing


@given(
    date=dates,
    style=st.sampled_from(("plain", "abbreviated")),
    after=st.sampled_from(("", ", 10 h 30 HNE", " /CNW/", " – Québec", " à 9 h", ".")),
)
def test_a_wire_stamp_s_year_after_a_comma_is_the_year(
    date: dt.date, style: str, after: str
) -> None:
    day_month = render_date(date, style).rsplit(" ", 1)[0]
    found = DATE.search(f"{day_month}, {date.year}{after}")
    assert found is not None
    parsed = parse_date(found)
    assert parsed is not None
    assert parsed.date == date


def test_a_lead_counting_runners_on_a_saturday_gives_no_year_2000() -> None:
    lead = (
        "Samedi 14 mars, 2000 coureurs prendront le départ de la place centrale pour la "
        "douzième édition de la course, un record depuis sa création."
    )
    release = parse(f"{HEADLINE}\n\n{lead}\n\n{SECOND}\n", reference_date=dt.date(2026, 3, 2))
    assert release.date is None or release.date.year == 2026
    assert [mention.date for mention in release.mentions] == [dt.date(2026, 3, 14)]


# -- a date-first line names a place, not a title's subject or a rubric ------------------------


@pytest.mark.parametrize(
    "line",
    [
        "12 mars 2026 – Budget Participatif : à vos idées !",
        "Jeudi 12 mars 2026 – Marché de Noël : les exposants retenus",
        "12 mars 2026 – Fête des Voisins : inscriptions ouvertes",
        "12 mars 2026 – Plan Vélo. La commune accélère",
        "12 mars 2026 – Culture. Le musée rouvre ses salles",
        "Jeudi 12 mars 2026 – Société. Le centre social fête ses dix ans",
        "12 mars 2026 – Sports",
    ],
)
def test_a_title_s_subject_or_a_rubric_after_a_date_is_no_place(line: str) -> None:
    release = parse(f"{line}\n\n{BODY}\n\n{SECOND}\n", reference_date=REFERENCE)
    assert release.date == dt.date(2026, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place is None


@pytest.mark.parametrize(
    ("date", "title"),
    [
        ("12 mars 2026 – ", "Budget Participatif : à vos idées !"),
        ("Jeudi 12 mars 2026 – ", "Conseil Municipal : les décisions"),
        ("12 mars 2026 | ", "Nouvelle Médiathèque : ouverture en juin"),
    ],
)
def test_the_title_after_a_date_first_line_s_dash_is_the_headline(date: str, title: str) -> None:
    release = parse(f"{date}{title}\n\n{BODY}\n\n{SECOND}\n", reference_date=REFERENCE)
    assert release.headline == title
    assert release.date == dt.date(2026, 3, 12)


def test_a_byline_after_a_date_first_line_s_dash_is_no_title_and_no_issuer() -> None:
    release = parse(f"12 mars 2026 – Par Marie Dupont\n\n{BODY}\n\n{SECOND}\n")
    assert release.headline != "Par Marie Dupont"
    assert [issuer.name for issuer in release.header.issuers] == []


@given(
    rubric=st.sampled_from(("Culture", "Société", "Sports", "Environnement", "Économie", "Santé")),
    date=dates,
    style=st.sampled_from(("plain", "weekday", "abbreviated")),
    closing=st.sampled_from(("", ". Le musée rouvre ses salles", " – Le musée rouvre ses salles")),
)
def test_a_page_s_rubric_after_a_date_is_no_place(
    rubric: str, date: dt.date, style: str, closing: str
) -> None:
    line = f"{render_date(date, style).capitalize()} – {rubric}{closing}"
    release = parse(f"{HEADLINE}\n\n{line}\n\n{BODY}\n\n{SECOND}\n")
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place is None


@pytest.mark.parametrize(
    ("line", "place"),
    [
        ("Mardi 05 mai 2026 – Dakar. Le ministère informe les usagers du port", "Dakar"),
        ("12 mai 2026 – Marseille. La métropole informe les usagers du port", "Marseille"),
        ("12 mai 2026, Nantes : la métropole informe les usagers du port", "Nantes"),
        (
            "12 mai 2026 – Rimouski (Québec) – La ville informe les usagers du port",
            "Rimouski (Québec)",
        ),
    ],
)
def test_a_date_first_dateline_still_gives_its_place(line: str, place: str) -> None:
    release = parse(f"{HEADLINE}\n\n{line}. {BODY}\n\n{SECOND}\n", reference_date=REFERENCE)
    assert release.dateline is not None
    assert release.dateline.date == dt.date(2026, 5, 12 if "12 mai" in line else 5)
    assert release.dateline.place == place


# -- a district closes a city's name; an edition's ordinal makes no place ---------------------


@given(
    city=st.sampled_from((("Paris", 20), ("Lyon", 9), ("Marseille", 16))),
    data=st.data(),
    suffix=st.sampled_from(("e", "ème", "er")),
    date=dates,
    at=st.sampled_from(("", "À ")),
)
def test_a_city_s_district_is_part_of_the_place(
    city: tuple[str, int], data: st.DataObject, suffix: str, date: dt.date, at: str
) -> None:
    name, count = city
    number = data.draw(st.integers(min_value=1, max_value=count))
    place = f"{name} {number}{suffix}"
    release = parse(_release(f"{at}{place}, le {render_date(date, 'plain')}"))
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (place, date)


@pytest.mark.parametrize(
    "title",
    [
        "Les 20e Rencontres du Cinéma Européen – 12 mars 2026",
        "Salon Vivre Mieux 3e Édition, le 14 mars 2026",
        "La 2e Biennale des Arts Numériques – 14 mars 2026",
    ],
)
def test_an_edition_s_ordinal_makes_no_place(title: str) -> None:
    release = parse(f"{title}\n\n{BODY}\n\n{SECOND}\n", reference_date=REFERENCE)
    assert release.dateline is None or release.dateline.place is None
    assert release.headline == title


# -- who signs a line with its date is not where -----------------------------------------------


@pytest.mark.parametrize(
    "who",
    [
        "Cabinet du Préfet, le",
        "Le Président, le",
        "La Directrice Générale, le",
        "Direction de la Communication,",
        "Conseil Départemental de l'Ain, le",
        "Rédaction –",
        "Secrétariat Général, le",
    ],
)
def test_an_office_or_a_body_before_the_date_is_no_place(who: str) -> None:
    release = parse(_release(f"COMMUNIQUÉ DE PRESSE\n\n{who} 12 mars 2026"))
    assert release.date == dt.date(2026, 3, 12)
    assert release.dateline is not None
    assert release.dateline.place is None


@given(place=st.sampled_from(("Le Bourget", "La Rochelle", "Les Herbiers", "Le Mans")), date=dates)
def test_a_town_named_with_its_article_is_still_a_place(place: str, date: dt.date) -> None:
    release = parse(_release(f"{place}, le {render_date(date, 'plain')}"))
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (place, date)


@given(
    label=singular_doc_types,
    date=dates,
    style=st.sampled_from(("plain", "capitals", "weekday")),
    joint=st.sampled_from((" – ", " - ", " — ")),
)
def test_a_document_type_after_a_date_first_line_is_no_place(
    label: str, date: dt.date, style: str, joint: str
) -> None:
    # "5 OCTOBRE 2026 – INFORMATION PRESSE": the line dates the release and names its type.
    text = f"{render_date(date, style)}{joint}{label}\n\n{HEADLINE}\n\n{BODY}\n"
    release = parse(text)
    assert release.date == date
    assert release.dateline is not None
    assert release.dateline.place is None


@pytest.mark.parametrize(
    "letterhead",
    [
        "**UNSL Logistique – Syndicat autonome des postiers – CSI Courrier**",
        "**Collectif Loire Vivante – Fédération des pêcheurs de la Loire**",
    ],
)
@given(day=dates, place=st.sampled_from(PLACES))
def test_a_letterhead_row_of_names_is_no_dateline_glued_to_a_sentence(
    letterhead: str, day: dt.date, place: str
) -> None:
    text = (
        f"{letterhead}\n\n# Les organisations syndicales exigent un moratoire\n\n"
        "Réunies hier, nos organisations ont pris connaissance du projet de la direction de "
        "fermer trois centres de tri dans l'Ouest et de regrouper leur activité.\n\n"
        f"{place}, le {render_date(day, 'long')}\n"
    )
    release = parse(text, adapter="markdown")
    assert release.dateline is not None
    assert release.dateline.place == place


@given(
    day=dates,
    place=st.sampled_from(PLACES),
    circumstance=st.sampled_from(
        [
            "à la veille de la collecte nationale",
            "à l'occasion du salon de l'agriculture",
            "en présence du préfet de région",
            "lors de l'assemblée générale de la fédération",
            "dans le cadre de la semaine européenne",
        ]
    ),
    label=st.sampled_from(["", "Communiqué commun — ", "COMMUNIQUÉ DE PRESSE – "]),
)
def test_a_dateline_run_into_its_sentence_by_a_comma_and_a_circumstance_keeps_its_place(
    day: dt.date, place: str, circumstance: str, label: str
) -> None:
    text = (
        "# Aide alimentaire : les fédérations alertent sur une hausse des bénéficiaires\n\n"
        f"*{label}{place}, le {render_date(day, 'long')}, {circumstance}*\n\n"
        "Les deux fédérations publient leur baromètre annuel : 2,6 millions de personnes ont eu "
        "recours à l'aide alimentaire cette année.\n"
    )
    release = parse(text, adapter="markdown")
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (place, day)
    assert release.header.lede is None  # the italic line is the header's, not a chapô


@given(
    day=dates,
    place=st.sampled_from(PLACES),
    joint=st.sampled_from([" · ", " • "]),
    label=st.sampled_from(["Communiqué", "COMMUNIQUÉ DE PRESSE", "Information réglementée"]),
)
def test_a_dateline_as_one_field_of_a_dotted_strip_is_read(
    day: dt.date, place: str, joint: str, label: str
) -> None:
    strip = joint.join(["**Mistrale Biotech**", label, f"{place}, le {render_date(day, 'long')}"])
    text = (
        f"{strip}\n\n# Bilan semestriel du contrat de liquidité du groupe\n\nAu titre du contrat "
        "de liquidité confié par la société, les moyens suivants figuraient au compte.\n"
    )
    release = parse(text, adapter="markdown")
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (place, day)


@given(days=st.lists(dates, min_size=2, max_size=3, unique=True))
def test_a_teaser_s_date_in_a_dotted_strip_is_no_dateline(days: list[dt.date]) -> None:
    teasers = "\n\n".join(
        f"{render_date(day, 'long')} · Travaux\n\n## Chantier numéro {n}\n\nLes travaux "
        "reprennent ce lundi. Lire la suite"
        for n, day in enumerate(days, start=1)
    )
    release = parse(f"# Actualités\n\n{teasers}\n", adapter="markdown")
    assert release.dateline is None or release.dateline.place is None


@pytest.mark.parametrize("opening", ["Ainsi", "Dimanche", "Enfin", "Hier", "Par ailleurs"])
def test_a_sentence_opening_with_a_connector_or_a_day_then_a_date_names_no_place(
    opening: str,
) -> None:
    text = (
        "# Le club élit son nouveau bureau pour la saison\n\n"
        f"{opening}, le 12 mai 2026, lors de l'assemblée générale, les membres du club ont élu "
        "leur nouveau bureau.\n"
    )
    release = parse(text, adapter="markdown")
    assert release.dateline is None or release.dateline.place is None


@given(
    st.sampled_from(["Élus", "Réunis", "Installée", "Adopté", "Annoncés"]),
    st.sampled_from(MONTH_NAMES),
    st.integers(1, 28),
    st.sampled_from(["dernier", "prochain", "DERNIER"]),
    st.booleans(),
)
def test_a_day_said_to_be_past_or_ahead_opens_a_sentence_not_a_dateline(
    participle: str, month: str, day: int, direction: str, with_year: bool
) -> None:
    """ "Élus le 27 juin dernier, les conseillers…": a day relative to the release's own is
    never its date, and the participle before it is no place."""
    year = " 2026" if with_year else ""
    text = (
        "Séance d'installation du conseil régional : élection du président\n\n"
        f"{participle} le {day} {month}{year} {direction}, les conseillers régionaux ont "
        "désigné ce jour leur président en session plénière.\n"
    )
    release = parse(text)
    assert release.dateline is None or release.dateline.place is None


@given(
    st.sampled_from(
        ["Validé", "Adoptée", "Approuvés", "Votées", "Signé", "Installée", "Réunis", "Élue"]
    ),
    st.sampled_from(["en Comité Directeur", "à Montpellier", "en séance plénière", ""]),
    dates,
    st.sampled_from([str, str.upper]),
)
def test_an_act_s_stamp_before_its_date_names_no_place(
    participle: str, where: str, date: dt.date, case: Callable[[str], str]
) -> None:
    """ "Validé en Comité Directeur le 30 juin 2016", "Réunie à Montpellier le …": the act's or
    the meeting's stamp, a past participle opening it, names no dateline's place."""
    stamp = case(" ".join(part for part in (participle, where) if part))
    text = (
        f"Procès-verbal du comité directeur\n\n{stamp} le {render_date(date, 'plain')}\n\n"
        "Membres présents : Pierre Camou, Alain Doucet, Christian Garnier.\n"
    )
    release = parse(text)
    assert release.dateline is None or release.dateline.place is None


def test_a_body_s_address_line_in_a_footer_is_no_place_alone() -> None:
    """ "Matéria Sud – Technopôle de Château-Gombert – 13013 Marseille – 04 …" under a
    directory's page names the body and its address: no dateline's place."""
    cards = "".join(
        f"-----------------------------------------\nSOCIÉTÉ NUMÉRO {n}\n"
        "Domaine : alliages légers, fonderie sous pression\n"
        f"Effectif : {n}5 salariés – Adhérent depuis 2009\nVitrolles (13)\n"
        f"Contact : Serge Barthélémy, directeur technique – 04 00 00 00 6{n}\n"
        for n in range(1, 6)
    )
    text = (
        "Annuaire des adhérents\n\n186 adhérents – page 3 sur 19\nMise à jour : 3 mars 2014\n\n"
        f"{cards}\nVous êtes une entreprise de la filière ? Adhérez au pôle : cotisation à "
        "partir de 250 € HT par an. Télécharger le bulletin d'adhésion (PDF, 180 Ko).\n\n"
        "Matéria Sud – Technopôle de Château-Gombert – 13013 Marseille – 04 00 00 00 10\n"
        "Mentions légales | Plan du site | Espace presse\n"
    )
    dateline = parse(text).dateline
    assert dateline is None or dateline.place is None


# -- a release issued in several towns at once -------------------------------------------------

TOWNS = ("Paris", "Lyon", "Marseille", "Saint-Étienne", "Le Havre", "Bruxelles", "Genève", "Nice")


@given(
    towns=st.lists(st.sampled_from(TOWNS), min_size=2, max_size=4, unique=True),
    joint=st.sampled_from((", ", " – ", " et ", " / ")),
    date=dates,
    style=st.sampled_from(("plain", "long", "weekday", "capitals")),
    opening=st.sampled_from(("", "le ", "Le ")),
)
def test_a_release_issued_in_several_towns_names_them_over_its_date(
    towns: list[str], joint: str, date: dt.date, style: str, opening: str
) -> None:
    # "Paris, Lyon, Marseille" / "5 mars 2026": one dateline over two lines
    listed = joint.join(towns)
    release = parse(
        _release(f"COMMUNIQUÉ DE PRESSE\n\n{listed}\n{opening}{render_date(date, style)}")
    )
    assert release.dateline is not None
    assert (release.dateline.place, release.date) == (listed, date)
    assert release.headline == HEADLINE


@given(event=st.sampled_from(EVENTS), date=dates)
def test_an_event_s_name_over_its_day_is_no_list_of_towns(event: str, date: dt.date) -> None:
    release = parse(_release(f"COMMUNIQUÉ DE PRESSE\n\n{event}\n{render_date(date, 'plain')}"))
    assert release.dateline is None or release.dateline.place != event


@pytest.mark.parametrize("above", ["EDF – ENEDIS", "Sécheresse – Restrictions", "Agenda, Culture"])
def test_names_and_titles_over_a_date_are_no_list_of_towns(above: str) -> None:
    # an acronym or a common noun is no town's name
    release = parse(_release(f"Préfecture du Finistère\n\n{above}\n5 mars 2026"))
    assert release.dateline is None or release.dateline.place != above
