"""Table tests for the small grammars: dates, datelines, phones, e-mails and contact lines.

Each table is one row per case, each row unique (checked below), so that a row added twice
or a case that silently stops being different is caught.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique.blocks import Line
from communique.extract.contacts import parse_contact_lines
from communique.extract.dateline import match_dateline
from communique.extract.text import strip_decoration
from communique.french.dates import DATE, parse_date
from communique.french.phones import PHONE, PHONE_FORMS, to_e164
from communique.french.vocabulary import EMAIL

from . import strategies as gs
from .pattern_analysis import first_characters

NBSP = "\N{NO-BREAK SPACE}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"
D = dt.date

# -- dates -------------------------------------------------------------------------------------

#: text -> the date it names (the whole text is the date)
DATES: list[tuple[str, dt.date]] = [
    ("24 juillet 2012", D(2012, 7, 24)),
    ("1er mars 2005", D(2005, 3, 1)),
    ("1ᵉʳ mars 2005", D(2005, 3, 1)),
    ("1re mars 2005", D(2005, 3, 1)),
    ("premier mars 2005", D(2005, 3, 1)),
    ("lundi 23 juillet 2012", D(2012, 7, 23)),
    ("24 JUILLET 2012", D(2012, 7, 24)),
    ("1ER MARS 2005", D(2005, 3, 1)),
    ("5 janv. 2018", D(2018, 1, 5)),
    ("5 févr. 2018", D(2018, 2, 5)),
    ("5 fevr 2018", D(2018, 2, 5)),
    ("5 fevrier 2018", D(2018, 2, 5)),
    ("15 août 2019", D(2019, 8, 15)),
    ("15 aout 2019", D(2019, 8, 15)),
    ("3 sept. 2020", D(2020, 9, 3)),
    ("3 déc. 2020", D(2020, 12, 3)),
    ("31 décembre 1999", D(1999, 12, 31)),
    ("05/11/2018", D(2018, 11, 5)),
    ("05.11.2018", D(2018, 11, 5)),
    ("05-11-2018", D(2018, 11, 5)),
    ("5/11/18", D(2018, 11, 5)),
    (f"24{NBSP}juillet{NBSP}2012", D(2012, 7, 24)),
    (f"24{NNBSP}juillet 2012", D(2012, 7, 24)),
    (f"mardi{NBSP}24 juillet 2012", D(2012, 7, 24)),
]


@pytest.mark.parametrize(("text", "expected"), DATES, ids=[t for t, _ in DATES])
def test_date_grammar(text: str, expected: dt.date) -> None:
    match = DATE.fullmatch(text)
    assert match is not None
    parsed = parse_date(match)
    assert parsed is not None
    assert parsed.date == expected


#: text that names no real calendar day, or no date at all
NOT_DATES = [
    "31 février 2018",
    "30/02/2018",
    "32 janvier 2018",
    "12/13/2018",
    "2018",
    "01 53 18 41 00",
    "75008 Paris",
    "24 juillets",
]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_a_date(text: str) -> None:
    match = DATE.search(text)
    assert match is None or parse_date(match) is None


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("5 mars", D(2021, 3, 1), D(2021, 3, 5)),
        ("28 décembre", D(2021, 1, 4), D(2020, 12, 28)),
        ("3 janvier", D(2021, 12, 20), D(2022, 1, 3)),
    ],
)
def test_a_year_less_date_resolves_against_the_reference_only(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    match = DATE.fullmatch(text)
    assert match is not None
    unresolved = parse_date(match)
    assert unresolved is not None
    assert (unresolved.date, unresolved.year_missing) == (None, True)  # never the clock
    resolved = parse_date(match, reference)
    assert resolved is not None
    assert resolved.date == expected


# -- datelines ---------------------------------------------------------------------------------

#: line -> (place, date, glued to a sentence)
DATELINES: list[tuple[str, str | None, dt.date, bool]] = [
    ("Paris, le 24 juillet 2012", "Paris", D(2012, 7, 24), False),
    ("Montpellier, le 1er mars 2005", "Montpellier", D(2005, 3, 1), False),
    ("PARIS, LE 24 JUILLET 2012", "PARIS", D(2012, 7, 24), False),
    ("Le Bourget, le 05 novembre 2018", "Le Bourget", D(2018, 11, 5), False),
    (
        f"Le{NBSP}Bourget, le{NBSP}05{NBSP}novembre{NBSP}2018",
        f"Le{NBSP}Bourget",
        D(2018, 11, 5),
        False,
    ),
    ("Lyon (Rhône), le 3 mars 2021", "Lyon (Rhône)", D(2021, 3, 3), False),
    ("Saint-Étienne, le lundi 23 juillet 2012", "Saint-Étienne", D(2012, 7, 23), False),
    ("Aix-en-Provence, 12 janv. 2019", "Aix-en-Provence", D(2019, 1, 12), False),
    ("Rennes, le 05/11/2018", "Rennes", D(2018, 11, 5), False),
    ("Paris, le 24 juillet 2012 N° 046", "Paris", D(2012, 7, 24), False),
    ("Québec, le 1er mars 2001. Le ministre a annoncé", "Québec", D(2001, 3, 1), True),
    ("Paris, le 24 juillet 2012 – La ministre a reçu", "Paris", D(2012, 7, 24), True),
    ("Le 24 juillet 2012", None, D(2012, 7, 24), False),
    ("24 juillet 2012", None, D(2012, 7, 24), False),
]


@pytest.mark.parametrize(
    ("line", "place", "date", "glued"), DATELINES, ids=[row[0] for row in DATELINES]
)
def test_dateline_grammar(line: str, place: str | None, date: dt.date, glued: bool) -> None:
    match = match_dateline(line, None)
    assert match is not None
    assert match.date is not None
    assert match.date.date == date
    assert (line[match.place[0] : match.place[1]] if match.place else None) == place
    assert match.glued is glued


@given(
    st.sampled_from(gs.DATELINE_FORMS),
    st.sampled_from(gs.PLACES),
    gs.dates,
    st.sampled_from([s for s in gs.DATE_STYLES if s != "capitals"]),
)
def test_every_join_of_a_place_and_its_date_is_a_dateline(
    form: str, place: str, date: dt.date, style: str
) -> None:
    line = form.format(place=place, date=gs.render_date(date, style))
    match = match_dateline(line, None)
    assert match is not None
    assert match.date is not None
    assert match.date.date == date
    assert match.place is not None
    assert line[match.place[0] : match.place[1]] == place
    assert not match.glued


@pytest.mark.parametrize(
    "line",
    [
        "Depuis le 20 juin 2012, la concertation est ouverte",
        "Le dispositif a été lancé en présence de 140 PME le 5 mars 2019 à Lyon.",
        "Les inscriptions ouvrent le 3 septembre",
    ],
)
def test_a_body_sentence_with_a_date_is_not_a_dateline(line: str) -> None:
    assert match_dateline(line, None, need_place=True) is None


# -- phones ------------------------------------------------------------------------------------

#: text -> (the phone as written, its E.164 form)
PHONES: list[tuple[str, str, str]] = [
    ("Tél. : 01 53 18 41 00", "01 53 18 41 00", "+33153184100"),
    ("Tél. : 01.53.18.41.00", "01.53.18.41.00", "+33153184100"),
    ("Tél. : 01-53-18-41-00", "01-53-18-41-00", "+33153184100"),
    ("Tél. : 0153184100", "0153184100", "+33153184100"),
    ("+33 (0)1 53 18 41 00", "+33 (0)1 53 18 41 00", "+33153184100"),
    ("+33 1 53 18 41 00", "+33 1 53 18 41 00", "+33153184100"),
    ("0033 1 53 18 41 00", "0033 1 53 18 41 00", "+33153184100"),
    (f"06{NBSP}12{NBSP}34{NBSP}56{NBSP}78", f"06{NBSP}12{NBSP}34{NBSP}56{NBSP}78", "+33612345678"),
    ("Portable : 06 12 34 56 78.", "06 12 34 56 78", "+33612345678"),
    ("(418) 643-1234", "(418) 643-1234", ""),
    ("+41 22 730 51 11", "+41 22 730 51 11", "+41227305111"),
    # an extension stays with its number: "poste", "p.", "ext."
    ("Tél. : 02 40 00 00 40 p. 412", "02 40 00 00 40 p. 412", "+33240000040"),
    ("Tél. : 02 40 00 00 40, poste 412", "02 40 00 00 40, poste 412", "+33240000040"),
    ("Tél. : (+352) 247-00040", "(+352) 247-00040", "+35224700040"),
]


def test_p_for_portable_before_a_second_number_is_no_extension() -> None:
    text = "T. 01 40 00 00 00 P. 06 12 34 56 78 – Tél. 01 40 00 00 00, p. 06 12 34 56 78"
    found = [m.group() for m in PHONE.finditer(text)]
    assert found == ["01 40 00 00 00", "06 12 34 56 78", "01 40 00 00 00", "06 12 34 56 78"]


@pytest.mark.parametrize(("text", "phone", "e164"), PHONES, ids=[row[0] for row in PHONES])
def test_phone_grammar(text: str, phone: str, e164: str) -> None:
    assert [m.group() for m in PHONE.finditer(text)] == [phone]
    assert to_e164(phone) == e164


@pytest.mark.parametrize(
    "text",
    [
        "le 05/11/2018",
        "05.11.2018",
        "un budget de 313 000 000 €",
        "75008 Paris",
        "1 600 m²",
        "SIRET 123 456 789 00012",
        "N° 2012-07-24",
        "01 53 18 41",
    ],
)
def test_dates_amounts_and_postcodes_are_not_phones(text: str) -> None:
    assert PHONE.search(text) is None


# -- e-mails -----------------------------------------------------------------------------------

EMAILS: list[tuple[str, str]] = [
    ("anais.marques@pole-astech.org", "anais.marques@pole-astech.org"),
    ("Courriel : presse@culture.gouv.fr.", "presse@culture.gouv.fr"),
    ("mailto:presse@culture.gouv.fr", "presse@culture.gouv.fr"),
    ("<jean-luc.o'neil+presse@sub.example.fr>", "jean-luc.o'neil+presse@sub.example.fr"),
    ("(sophie_martin@region-bretagne.bzh)", "sophie_martin@region-bretagne.bzh"),
    ("élodie.lefèvre@ville.fr", "élodie.lefèvre@ville.fr"),
    ("presse@ville.xn--pgbs0dh", "presse@ville.xn--pgbs0dh"),  # an internationalised domain
]


@pytest.mark.parametrize(("text", "email"), EMAILS, ids=[row[0] for row in EMAILS])
def test_email_grammar(text: str, email: str) -> None:
    assert [m.group() for m in EMAIL.finditer(text)] == [email]


@pytest.mark.parametrize(
    "text",
    [
        "@pole-astech",
        "contact@",
        "a@b",
        "Twitter : @ASTech_PR",
        # a mail client's reference to an inline image: its domain ends with no letters
        "[cid:image001.png@01DC93A2.5F0B7C10]",
        "x@a.b2",
        # a fediverse handle is no address
        "Mastodon : @codecommun@social.example.org",
        "@pyreneeslibres@mastodon.example.org",
    ],
)
def test_not_an_email(text: str) -> None:
    assert EMAIL.search(text) is None


# -- contact lines -----------------------------------------------------------------------------

#: lines of a contact zone -> (name, role, organisation, e-mails, phones) per contact
CONTACT_LINES: list[
    tuple[str, list[tuple[str | None, str | None, str | None, tuple[str, ...], tuple[str, ...]]]]
] = [
    (
        "Cabinet de Fleur PELLERIN – Aziz RIDOUAN, conseiller presse et communication : "
        "01 53 18 41 00",
        [
            (
                "Aziz RIDOUAN",
                "conseiller presse et communication",
                "Cabinet de Fleur PELLERIN",
                (),
                ("01 53 18 41 00",),
            )
        ],
    ),
    (
        "ASTech Paris Region\nAnaïs MARQUES\nanais.marques@pole-astech.org",
        [("Anaïs MARQUES", None, "ASTech Paris Region", ("anais.marques@pole-astech.org",), ())],
    ),
    (
        "Anaïs MARQUES\nAttachée de presse\nTél. : 01 53 18 41 00\nanais.marques@pole-astech.org",
        [
            (
                "Anaïs MARQUES",
                "Attachée de presse",
                None,
                ("anais.marques@pole-astech.org",),
                ("01 53 18 41 00",),
            )
        ],
    ),
    (
        "Jean-Luc DUPONT – 06 12 34 56 78 – jl.dupont@rhone.gouv.fr\n"
        "Sophie Martin – 06 98 76 54 32 – sophie.martin@rhone.gouv.fr",
        [
            ("Jean-Luc DUPONT", None, None, ("jl.dupont@rhone.gouv.fr",), ("06 12 34 56 78",)),
            ("Sophie Martin", None, None, ("sophie.martin@rhone.gouv.fr",), ("06 98 76 54 32",)),
        ],
    ),
    (
        "Tél. : 04 72 61 60 60\nCourriel : presse@rhone.gouv.fr",
        [(None, None, None, ("presse@rhone.gouv.fr",), ("04 72 61 60 60",))],
    ),
    (
        "Karim Nguyen | chargé de communication | +33 (0)1 53 18 41 00 | k.nguyen@bretagne.bzh",
        [
            (
                "Karim Nguyen",
                "chargé de communication",
                None,
                ("k.nguyen@bretagne.bzh",),
                ("+33 (0)1 53 18 41 00",),
            )
        ],
    ),
]


@pytest.mark.parametrize(
    ("lines", "contacts"), CONTACT_LINES, ids=[row[0].split("\n")[0][:40] for row in CONTACT_LINES]
)
def test_contact_line_grammar(
    lines: str,
    contacts: list[tuple[str | None, str | None, str | None, tuple[str, ...], tuple[str, ...]]],
) -> None:
    source = lines
    zone: list[tuple[int, Line]] = []
    offset = 0
    for text in lines.split("\n"):
        zone.append((0, Line(text, (offset, offset + len(text)), source=source)))
        offset += len(text) + 1
    found = parse_contact_lines(zone)
    assert [(c.name, c.role, c.organisation, c.emails, c.phones) for c in found] == contacts


# -- the tables themselves -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [DATES, NOT_DATES, DATELINES, PHONES, EMAILS, CONTACT_LINES],
    ids=["dates", "not-dates", "datelines", "phones", "emails", "contact-lines"],
)
def test_every_row_is_unique(table: list[object]) -> None:
    keys = [row[0] if isinstance(row, tuple) else row for row in table]
    assert len(keys) == len(set(keys))


@given(
    st.sampled_from(["Publié le", "Mis en ligne le", "Diffusé le"]),
    st.sampled_from(["Presse", "Actualités", "Communiqués", "Par la rédaction"]),
    gs.dates,
)
def test_what_follows_a_published_date_is_no_place(label: str, after: str, date: dt.date) -> None:
    """ "Publié le 2 nov. 2021 – Presse": a page's category or author, not a dateline's place."""
    line = f"{label} {gs.render_date(date, 'plain')} – {after}"
    match = match_dateline(line, None)
    assert match is not None
    assert match.date is not None
    assert match.date.date == date
    assert match.place is None


@given(
    inner=st.text(alphabet="abc XYZé.", min_size=1, max_size=20).filter(lambda t: t.strip(" .")),
    decoration=st.sampled_from(["", "**", "- ", " : ", "_"]),
    quotes=st.sampled_from([("«", "»"), ("“", "”")]),
)
def test_decoration_strips_markup_but_keeps_a_quotation_mark_paired_inside(
    inner: str, decoration: str, quotes: tuple[str, str]
) -> None:
    opening, closing = quotes
    named = f"Groupe {opening} {inner.strip(' .')} {closing}"
    assert strip_decoration(f"{decoration}{named}{decoration[::-1]}") == named
    assert strip_decoration(f"{opening} {inner.strip(' .')} {closing}") == inner.strip(" .")


def test_every_phone_form_opens_with_a_digit_a_plus_or_a_bracket() -> None:
    # PHONE looks ahead for one of them before trying the forms: a form opening otherwise
    # must be added to that look-ahead.
    for form in PHONE_FORMS:
        assert first_characters(form.fragment) <= {"digit", "+", "("}


# PHONE as first written: the forms tried at every position.
_PHONE_AS_WRITTEN = re.compile(re.sub(r"\A\(\?=\[[^\]]*\]\)", "", PHONE.pattern))


@given(
    st.one_of(
        gs.phones,
        st.lists(
            st.sampled_from(["01 53", " 18", "+33 ", "(0)", "(", "x", "Tél.", "1-800 ", "٣"]),
            max_size=12,
        ).map("".join),
    )
)
@example("Tél.01 53 18 41 00, (418) 643-1234, +41 22 730 51 11, (61-2) 9452 9068")
def test_phone_numbers_are_found_where_every_position_is_tried(text: str) -> None:
    assert _PHONE_AS_WRITTEN.pattern != PHONE.pattern
    assert [m.span() for m in PHONE.finditer(text)] == [
        m.span() for m in _PHONE_AS_WRITTEN.finditer(text)
    ]
