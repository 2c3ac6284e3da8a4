"""Patterns not run where a word every match holds is absent.

A case-insensitive pattern opening with a look-around is tried at every position of the text;
where the (lowered) text holds none of the words every match holds, the steps skip the search.
Each such guard is held to its pattern here: the words are proven, from the parsed pattern,
to be in every match (`pattern_analysis.holds_one_of`), they hold no letter a
case-insensitive pattern matches to another letter than ``str.lower`` gives, and the guarded
reading answers as the pattern does on texts made of the words themselves. The words of
`may_hold` may hold any letter: it searches every text holding such a letter. The helpers
that test for a digit (`address_in`, `phone_in`) are compared with their patterns.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique.adapters import text as text_adapter
from communique.extract import body_start, letterhead, page_furniture
from communique.extract import text as text_module
from communique.extract._keywords import (
    _lowered,
    lowered_if_known,
    search_from_word,
    text_may_hold,
)
from communique.extract.contacts import _ABOUT_LINE, _ABOUT_WORDS, INLINE_CONTACT_WORDS
from communique.extract.doc_type import _TYPE_CLOSING_FIELD, _TYPE_WORDS
from communique.extract.draft import Draft
from communique.extract.event import _INVITED_WORDS
from communique.extract.issuers import _COMMUNIQUE_WORD
from communique.extract.page_furniture import BREADCRUMB, BREADCRUMB_WORDS
from communique.extract.text import CASE_TWIN_LETTERS, DANGLING, lowered_holds, may_hold
from communique.french.announcer import (
    COMMUNICATED_BY,
    COMPANY_RELEASE_HEADER,
    LOGO_TEXT,
    LOGO_WORDS,
)
from communique.french.event import INVITED_PRESS
from communique.french.phones import PHONE, phone_in
from communique.french.vocabulary import (
    ADDRESS,
    CONSENT_WORD,
    COOKIE_WORD,
    COOKIE_WORDS,
    DOCUMENT_VIEWER,
    EMAIL,
    FURNITURE,
    INLINE_CONTACT,
    REFERENCE,
    REPUBLICATION_NOTICE,
    REPUBLICATION_NOTICE_WORDS,
    SITE_TITLE,
    address_in,
    email_in,
    is_consent_banner,
)
from communique.options import DEFAULT_MAX_INPUT_BYTES, Options
from communique.source import load

from .pattern_analysis import holds_one_of, opens_with, reads_a_digit, sre, sre_parse

# (name, pattern, the words one of which every match holds)
_GUARDED: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("EMAIL", EMAIL, ("@",)),
    ("packed envelope's sender", body_start._PACKED_ENVELOPE_FIELDS[0], ("@",)),
    ("COMPANY_RELEASE_HEADER", COMPANY_RELEASE_HEADER, _COMMUNIQUE_WORD),
    ("COMMUNICATED_BY", COMMUNICATED_BY, _COMMUNIQUE_WORD),
    ("contacts._ABOUT_LINE", _ABOUT_LINE, _ABOUT_WORDS),
    ("COMMUNIQUE_SUFFIX", letterhead.COMMUNIQUE_SUFFIX, letterhead._COMMUNIQUE_SUFFIX_WORDS),
    ("COOKIE_WORD", COOKIE_WORD, COOKIE_WORDS),
    ("BREADCRUMB", BREADCRUMB, BREADCRUMB_WORDS),
]

# (name, pattern, the words one of which every match holds, any letters: tested by may_hold)
_GUARDED_ANY_LETTER: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("DOCUMENT_VIEWER", DOCUMENT_VIEWER, body_start._VIEWER_WORDS),
    ("FURNITURE", FURNITURE, page_furniture._FURNITURE_WORDS),
    ("SITE_TITLE", SITE_TITLE, page_furniture._SITE_TITLE_WORDS),
    ("INVITED_PRESS", INVITED_PRESS, _INVITED_WORDS),
    ("REPUBLICATION_NOTICE", REPUBLICATION_NOTICE, REPUBLICATION_NOTICE_WORDS),
    ("letterhead._LEGAL_MENTION", letterhead._LEGAL_MENTION, letterhead._LEGAL_WORDS),
    ("doc_type._TYPE_CLOSING_FIELD", _TYPE_CLOSING_FIELD, _TYPE_WORDS),
    ("INLINE_CONTACT", INLINE_CONTACT, INLINE_CONTACT_WORDS),
]


@pytest.mark.parametrize(("name", "pattern", "words"), _GUARDED, ids=[g[0] for g in _GUARDED])
def test_every_match_holds_one_of_the_words(
    name: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    assert holds_one_of(pattern.pattern, pattern.flags, words), name


@pytest.mark.parametrize(("name", "pattern", "words"), _GUARDED, ids=[g[0] for g in _GUARDED])
def test_the_words_are_lower_case_without_a_case_twin(
    name: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    # re.I reads "ſ" as "s", "ı" and "İ" as "i"; str.lower() does not.
    assert all(w == w.lower() and not set(w) & set(CASE_TWIN_LETTERS) for w in words), name


@pytest.mark.parametrize(
    ("name", "pattern", "words"), _GUARDED_ANY_LETTER, ids=[g[0] for g in _GUARDED_ANY_LETTER]
)
def test_every_match_holds_one_of_the_words_of_any_letter(
    name: str, pattern: re.Pattern[str], words: tuple[str, ...]
) -> None:
    assert all(w == w.lower() for w in words), name
    assert holds_one_of(pattern.pattern, pattern.flags, words), name


def test_a_text_with_a_case_twin_may_hold_any_word() -> None:
    # re.I reads "ı" as "i" and "ſ" as "s"; "İ" is lowered to two characters
    for text in ("Page 1 / 3", "PAGE 1 / 3", "Signaler ce document", "Le groupe X annonce"):
        assert may_hold(text, ("page", "signaler", "annonc")), text
    assert not may_hold("Le groupe X investit", ("page", "signaler", "annonc"))
    for text in ("Sıgnaler", "ſignaler", "S\u0130GNALER", "Paris \u0130le"):
        assert may_hold(text, ("zzz",)), text
    # (what the pattern reads there, and str.lower() would hide)
    assert DOCUMENT_VIEWER.search("Sıgnaler") is not None
    assert DOCUMENT_VIEWER.search("ſignaler") is not None


def test_the_proof_is_not_vacuous() -> None:
    assert not holds_one_of(EMAIL.pattern, EMAIL.flags, ("x",))
    assert not holds_one_of(r"(?:ab)?cd|ab", 0, ("ab",))
    assert not holds_one_of(r"(?=ab)a", 0, ("ab",))  # a look-ahead reads past the match
    assert holds_one_of(r"x(?:ab|[aA]b)+|[Aa]B", re.I, ("ab",))


_CASES = [
    "À PROPOS DE LA VILLE",
    "- About us",
    "LA PRÉFECTURE COMMUNIQUE :",
    "Le Département de l'Aveyron INFORME",
    "COMMUNIQUÉ PAR LE SERVICE INFORMATION ET PRESSE",
    "Communiqué de la société METAVISIO du 30/10/2024",
    "De : Léa <lea@ville.fr> Envoyé : lundi Objet : Communiqué",
    "ÇA COMMUNIQUE\u0130",  # a letter whose lower case is longer
    "La vılle commune ınforme",  # a dotless ı
]

_PIECES = st.sampled_from(
    [
        "à",
        "À",
        "a",
        " ",
        "\n",
        "propos",
        "PROPOS",
        "about",
        "ABOUT",
        "communiqué",
        "COMMUNIQUE",
        "informe",
        "INFORME",
        "ınforme",
        "par",
        "de la société",
        "du",
        "12",
        ":",
        "-",
        "@",
        "lea",
        "ville.fr",
        "İ",
        "ſ",
        "Léa",
        "Le Service",
        "vous",
        "Vous êtes ici",
        "Fil d'Ariane",
        " > ",
        " › ",
        " / ",
        "Accueil",
        "Actus",
        "cookies",
        "COOKIE",
        "traceurs",
        "accepter",
        "Paramétrer",
        "Télécharger",
        "TELECHARGER",
        "signaler",
        "SıGNALER",
        "ſignaler",
        "12 pages",
        "vues",
        "Document.PDF",
        "Partager",
        "Imprımer",
        "annonce",
        "a annoncé",
        "DÉVOILE",
        "ſe félicite",
        "s’associe",
        "cède",
        "CEDE",
        "Les journalistes sont invités",
        "NOUS VOUS INVITONS",
        "les médias",
        "Site officiel",
        "ville.fr",
        "Les services de l'État dans le Cantal",
        "Association loi 1901",
        "RCS Lyon",
        "SİREN",
        "siège social",
        "sous la seule responsabilité de l'émetteur",
        "Version en cache de",
        "Mairie de Lyon – Communiqué de presse",
        "VILLE DE LYON   COMMUNIQUÉ DE PRESSE",
        " Note aux rédactions",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=12).map("".join)


@given(_TEXTS)
@example("ÇA COMMUNIQUE\u0130")
def test_a_matching_text_holds_a_word(text: str) -> None:
    for name, pattern, words in _GUARDED:
        if pattern.search(text) is not None:
            assert lowered_holds(text, words), (name, text)
    for name, pattern, words in _GUARDED_ANY_LETTER:
        if pattern.search(text) is not None:
            assert may_hold(text, words), (name, text)


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return None if match is None else match.span()


@pytest.mark.parametrize("text", _CASES)
def test_guarded_readings_answer_as_the_patterns(text: str) -> None:
    assert _span(email_in(text)) == _span(EMAIL.search(text))
    suffix = letterhead.COMMUNIQUE_SUFFIX.search(text)
    expected = suffix is not None and ":" not in text[: suffix.start()]
    assert letterhead.communicates(text) == expected


def _draft(text: str) -> Draft:
    source = load(text, max_input_bytes=DEFAULT_MAX_INPUT_BYTES)
    return Draft(text_adapter.TextAdapter().segment(source), Options())


def test_the_document_test_reads_the_lowered_text() -> None:
    draft = _draft("Bonjour.\nCOMMUNIQUÉ PAR LE SERVICE\n")
    assert text_may_hold(draft, ("commun",))
    assert not text_may_hold(draft, ("commun",), 0, 9)
    assert not text_may_hold(draft, ("propo",))
    # a letter whose lower case is longer: the lowered text cannot be mapped back
    assert text_may_hold(_draft("\u0130STANBUL"), ("propo",))


@given(st.text(alphabet=" \ta\u00a0", max_size=12))
def test_a_column_gap_is_a_tab_or_four_spaces(content: str) -> None:
    assert text_adapter._has_gap(content) == (text_adapter._COLUMN_GAP.search(content) is not None)


def test_a_logo_text_holds_one_of_its_words_as_written() -> None:
    assert holds_one_of(LOGO_TEXT.pattern, LOGO_TEXT.flags, LOGO_WORDS, lowered=False)
    assert not holds_one_of(LOGO_TEXT.pattern, LOGO_TEXT.flags, LOGO_WORDS[:2], lowered=False)


def test_a_dangling_word_is_found_at_the_end_only() -> None:
    # every match is a word of at most _LONGEST_DANGLING characters, then spaces to the end
    items = list(sre_parse.parse(DANGLING.pattern, DANGLING.flags))
    assert [op for op, _ in items][1:] == [sre.BRANCH, sre.MAX_REPEAT, sre.AT]
    alternatives = items[1][1][1]
    assert all(op in (sre.LITERAL, sre.IN) for alt in alternatives for op, _ in alt)
    assert max(len(alt) for alt in alternatives) == text_module._LONGEST_DANGLING


_DANGLING_PIECES = st.sampled_from(["de", "DE", "l’", "contre", "Entre", " ", "\n", "x", "ſous"])


@given(st.lists(_DANGLING_PIECES, max_size=10).map("".join))
@example("ALERTE CONTRE \n")
@example("contre")
def test_a_dangling_end_is_the_pattern_s_match(text: str) -> None:
    assert _span(text_module.dangling_end(text)) == _span(DANGLING.search(text))


@given(_TEXTS)
def test_a_consent_banner_is_read_as_before(text: str) -> None:
    expected = COOKIE_WORD.search(text) is not None and CONSENT_WORD.search(text) is not None
    assert is_consent_banner(text) == expected


def test_the_document_s_lower_case_is_shared_by_identity_only() -> None:
    text = "Lyon, le 3 MARS 2025. Lundi, la DÉPUTÉE annonce un premier bilan. " * 3
    other = "".join(list(text))  # equal, another object
    assert other == text
    assert other is not text
    _lowered(text)
    assert lowered_if_known(text) == text.lower()
    assert lowered_if_known(other) is None
    assert text_module.date_starts(text) == text_module.date_starts(other)
    assert text_module.date_starts(text, 5, 80) == text_module.date_starts(other, 5, 80)


def test_a_company_header_opens_with_its_word() -> None:
    assert opens_with(COMPANY_RELEASE_HEADER.pattern, COMPANY_RELEASE_HEADER.flags, "commun")
    assert not opens_with(COMMUNICATED_BY.pattern, COMMUNICATED_BY.flags, "commun")
    assert not opens_with(r"(?:ab|b)c", 0, "a")
    assert opens_with(r"\b(?=a)(?:ab|[aA]c)", re.I, "a")


@given(_TEXTS)
@example("Communiqué de la société X du 3 et communiqué du groupe Y du 4")
@example("COMMUNIQUÉ DU GROUPE \u0130NDIGO du 1")
def test_a_search_from_its_word_is_the_search(text: str) -> None:
    draft = _draft(text)
    document = draft.document.text
    for start, end in ((0, None), (3, 40)):
        expected = COMPANY_RELEASE_HEADER.search(
            document, start, len(document) if end is None else end
        )
        found = search_from_word(draft, COMPANY_RELEASE_HEADER, "commun", start, end)
        assert _span(found) == _span(expected)


_ADDRESS_PIECES = st.sampled_from(
    [
        "12",
        "٣",
        "3 bis",
        " rue ",
        "Rue de la Paix",
        "avenue",
        "quai",
        "place",
        " ",
        "\n",
        ", ",
        " – ",
        "69003 Lyon",
        "F-67000",
        "Strasbourg",
        "CEDEX",
        "cedex",
        "Cedex 9",
        "BP",
        "CS ",
        "x",
        "İ",
        "ſ",
    ]
)


@given(st.lists(_ADDRESS_PIECES, max_size=10).map("".join), st.integers(0, 12))
@example("69003 Lyon CEDEX", 0)
@example("Tour CEDEX", 0)
@example("Tour cedex 12", 6)
def test_an_address_is_searched_where_a_digit_or_cedex_stands(text: str, pos: int) -> None:
    # every form of ADDRESS writes a digit (\d) but "cedex" alone
    assert _span(address_in(text, pos)) == _span(ADDRESS.search(text, pos))


_PHONE_PIECES = st.sampled_from(
    [
        "01",
        "53",
        "18",
        " ",
        ".",
        "-",
        "+33",
        "(0)",
        "+41",
        "00",
        "٣",
        "٠١",
        "x",
        "Tél. ",
        "(",
        ")",
        "p. 4",
    ]
)


@given(st.lists(_PHONE_PIECES, max_size=12).map("".join))
@example("Tél. : +33 (0)1 53 18 41 00")
@example("Tél. : +33 ()")
def test_a_phone_is_searched_where_a_digit_stands(text: str) -> None:
    assert _span(phone_in(text)) == _span(PHONE.search(text))


def _menu_line_as_before(text: str) -> bool:
    if len(text) > 300:
        return False
    items = [item for item in page_furniture._MENU_GAP.split(text.strip()) if item]
    short = bool(items) and max(len(item) for item in items) <= page_furniture._MENU_ITEM
    if len(items) >= page_furniture._MENU_ITEMS and short:
        return True
    cells = [cell for cell in page_furniture._WIDE_GAP.split(text.strip()) if cell]
    return len(cells) > 1 and any(FURNITURE.match(cell) for cell in cells)


_MENU_PIECES = st.sampled_from(
    ["Accueil", "Presse", "Contact", "Rechercher", " ", "  ", "   ", "\t", "\n", "\u00a0", "x"]
)


@given(st.lists(_MENU_PIECES, max_size=14).map("".join))
@example("Accueil  Le Groupe  Nos solutions  Carrières  Contact")
@example("Rechercher dans les communiqués   Département : tous")
def test_a_line_without_a_gap_is_no_menu(text: str) -> None:
    assert page_furniture.menu_line(text) == _menu_line_as_before(text)


def test_every_reference_reads_a_digit() -> None:
    # extract.reference.read_reference does not search a line without a digit
    assert reads_a_digit(REFERENCE.pattern, REFERENCE.flags)
    assert not reads_a_digit(r"N\s?°\s*\w+|\d", re.I)  # (the proof is not vacuous)
    assert not reads_a_digit(r"(?!\d)x\d?", 0)
    assert reads_a_digit(r"(?=\w*[0-9])\w+|CP-[0-9]{2}", re.I)


@given(st.text(alphabet="N°o RéfCP-/_:.12 \u0661x", max_size=30))
@example("N° 12")
@example("Réf. : CP/2026/03")
@example("N° abc")
@example("CP-\u0661\u0662-\u0663")
def test_a_text_without_a_digit_holds_no_reference(text: str) -> None:
    if re.search(r"\d", text) is None:
        assert REFERENCE.search(text) is None
