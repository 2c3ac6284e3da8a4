"""Word patterns that look ahead for their words' first characters before trying the words.

Each pattern is compared with itself as first written (the look-ahead taken out): the same
matches, wherever a match is asked for, on texts made of the words themselves and on the
repository's texts; and the look-ahead is held to the words by a first-character analysis of
the pattern as written, so that a word added with a new initial fails here, not in silence.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique.extract import contact_lines
from communique.extract.mentions import _RELATIVE
from communique.french import contact_words, dates, vocabulary

from .pattern_analysis import first_characters

# (name, pattern, its look-ahead(s), the pattern as first written)
_GUARDED: list[tuple[str, re.Pattern[str], tuple[str, ...]]] = [
    ("ISSUER_WORDS", vocabulary.ISSUER_WORDS, ("(?=[abcdefghilmoprstuvé])",)),
    ("FURNITURE", vocabulary.FURNITURE, ("(?=[acdefilmnoprstvx])",)),
    ("ADDRESS", vocabulary.ADDRESS, ("(?:^|(?=[\\d,–—abcpqr]))",)),
    ("COOKIE_WORD", vocabulary.COOKIE_WORD, ("(?=[ct])",)),
    ("CONTACT_HEADING", vocabulary.CONTACT_HEADING, ("(?=[abcdimnprstv])",)),
    (
        "contact_words.CONTACT_HEADING",
        contact_words.CONTACT_HEADING,
        ("(?=[acdijmnprsv])", "(?=[abcdimnprstv])"),
    ),
    ("REPUBLICATION_NOTICE", vocabulary.REPUBLICATION_NOTICE, ("(?=[ilnstv])",)),
    ("INLINE_CONTACT", vocabulary.INLINE_CONTACT, ("(?=[acejmprt])",)),
    ("MONTH_YEAR", dates.MONTH_YEAR, ("(?=[adfjmnos])",)),
    ("mentions._RELATIVE", _RELATIVE, ("(?=[djlmsv])", "(?=[dh])")),
    ("DATE", dates.DATE, ("(?=[adfjmnos])", "(?=[djlmsv])")),
    ("contact_lines._SEPARATORS", contact_lines._SEPARATORS, ("(?=[\\s|/:;,.])",)),
]


def _as_written(pattern: re.Pattern[str], guards: tuple[str, ...]) -> re.Pattern[str]:
    source = pattern.pattern
    for guard in guards:
        assert guard in source
        source = source.replace(guard, "")
    return re.compile(source, pattern.flags)


_WRITTEN = {name: _as_written(pattern, guards) for name, pattern, guards in _GUARDED}
_NAMES = [name for name, _, _ in _GUARDED]
_PATTERNS = {name: pattern for name, pattern, _ in _GUARDED}


def _opens(guard: str, char: str, flags: int) -> bool:
    probe = {"digit": "7"}.get(char, char)
    return re.compile(guard.replace("^|", ""), flags).match(probe) is not None


@pytest.mark.parametrize("name", _NAMES)
def test_the_look_ahead_admits_every_first_character_of_the_words(name: str) -> None:
    pattern = _PATTERNS[name]
    written = _WRITTEN[name]
    guards = next(g for n, _, g in _GUARDED if n == name)
    if name == "mentions._RELATIVE":
        # one look-ahead a group of words: the weekdays, then "hier" and "demain"
        weekdays = re.search(r"\(\?P<weekday>([^)]*)\)", written.pattern)
        words = re.search(r"\(\?P<word>([^)]*)\)", written.pattern)
        assert weekdays is not None
        assert words is not None
        for group, guard in ((weekdays, "(?=[djlmsv])"), (words, "(?=[dh])")):
            assert guard + group.group(0) in pattern.pattern
            for word in group.group(1).split("|"):
                assert _opens(guard, word[0], pattern.flags), word
        return
    if name in ("DATE", "MONTH_YEAR"):
        # built from the month and weekday names by dates._initials: each spelling opens
        # with one of its characters
        months = [s for names in dates.MONTH_NAMES.values() for s in names]
        for spellings, guard in ((months, "(?=[adfjmnos])"), (dates.WEEKDAYS, "(?=[djlmsv])")):
            for spelling in spellings:
                assert _opens(guard, spelling[0], pattern.flags), spelling
                assert _opens(guard, spelling[0].upper(), pattern.flags), spelling
        return
    source = written.pattern
    if name == "contact_lines._SEPARATORS":
        # the analysis names a class like \\s by its kind: the spaces are read as one
        # character here (any other class opening a separator would still show as its kind),
        # and every character \\s matches is admitted
        assert all(
            _opens(guards[0], c, pattern.flags) for c in map(chr, range(0x3000)) if c.isspace()
        )
        source = source.replace("\\s", "[ ]")
    if name == "FURNITURE":  # the look-ahead opens the words; the breadcrumb is anchored
        source, breadcrumb = source.split("|^", 1)
        assert pattern.pattern.endswith("|^" + breadcrumb)
    firsts = first_characters(source, written.flags)
    for char in firsts:
        if char == "start":
            assert guards[0].startswith("(?:^|"), name  # only at the start of the text
            continue
        assert any(_opens(g, char, pattern.flags) for g in guards), (name, char)


def test_the_month_and_weekday_initials_are_those_of_their_names() -> None:
    assert dates.MONTH_PATTERN.startswith("(?:(?=[adfjmnos])(?:")
    assert dates.WEEKDAY_PATTERN.startswith("(?:(?=[djlmsv])(?:")
    assert dates._initials(["été", "œuvre"]) == "(?=[eéœ])"  # as _accent_tolerant writes them


# Texts made of the words the patterns look for, their neighbours and case twins (the
# dotless ı, the long ſ and the Kelvin sign match "i", "s" and "k" case-insensitively).
_PIECES = st.sampled_from(
    [
        " ",
        "\n",
        ", ",
        " – ",
        "—",
        "-",
        "/",
        ":",
        " : ",
        "(",
        ")",
        "É",
        "é",
        "ſ",
        "ı",
        "İ",
        "\u212a",
        "1",
        "12",
        "2024",
        "75008 ",
        "F-",
        "bis",
        "rue ",
        "Rue de la Paix ",
        "quai ",
        "Place ",
        "chemin des Dames 4",
        "cedex",
        "BP 4",
        "CS1",
        "ministère",
        "MINISTÈRE",
        "sous-préfecture",
        "Préfète",
        "région",
        "école",
        "ÉCOLE",
        "haute autorité",
        "haut conseil",
        "chu",
        "ligue",
        "union",
        "x",
        "co",
        "cookies",
        "traceurs",
        "partager",
        "imprimer",
        "x (twitter)",
        "menu",
        "Accueil > Presse > Communiqués",
        "contact presse",
        "Contacts médias",
        "relations presse",
        "service de presse",
        "pour plus d'informations",
        "renseignements",
        "sources",
        "Personnes-ressources",
        "demandes médias",
        "coordonnées",
        "presse et médias",
        "vos interlocuteurs",
        "janvier",
        "févr.",
        "FEVRIER",
        "mars",
        "août",
        "aout",
        "déc",
        "lundi",
        "Samedi",
        "premier",
        "hier",
        "Demain",
        "lundi prochain",
        "3 mars dernier",
        "version en cache de",
        "instantané de la page",
        "This is Google's cache of",
        "tel qu'il nous a été transmis",
        "n’engagent pas la rédaction",
        "sous la seule responsabilité de l'émetteur",
        "Contact : ",
        "contacts (presse) :",
        "Contactez ",
        "adressez vos questions à ",
        "Transmettez toutes les demandes à ",
        "Merci de confirmer votre présence auprès de :",
        "Accréditations auprès de :",
        "journalistes, auprès du :",
        "1er",
        "7 et 8",
        "12/03/2024",
        "2024-03-12",
        " | ",
        "/ ",
        " ; ",
        " · ",
        " -- ",
        "\t",
        "Léa Roux. Téléphone",
        "(06 12) et Marc",
        "M. Dupont",
    ]
)
_TEXTS = st.lists(_PIECES, max_size=14).map("".join)


def _same(name: str, text: str) -> None:
    pattern, written = _PATTERNS[name], _WRITTEN[name]
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in written.finditer(text)]
    for at in range(len(text) + 1):
        got, want = pattern.match(text, at), written.match(text, at)
        assert (got and got.span()) == (want and want.span()), (name, at)
    got, want = pattern.fullmatch(text), written.fullmatch(text)
    assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("name", _NAMES)
@given(text=_TEXTS)
@example(text="Ministère de la Culture – 3 rue de Valois, 75001 Paris cedex – 12 mars 2024")
def test_the_words_are_found_where_every_position_is_tried(name: str, text: str) -> None:
    _same(name, text)


@pytest.mark.parametrize("name", _NAMES)
@given(data=st.data())
def test_the_words_themselves_are_found_alike(name: str, data: st.DataObject) -> None:
    if name in ("COOKIE_WORD", "MONTH_YEAR"):  # their look-behinds defeat from_regex
        return
    text = data.draw(st.from_regex(_WRITTEN[name]))
    _same(name, text)


_ROOT = Path(__file__).parent
# the seeds, the hold-out sets, and the development corpus when COMMUNIQUE_CORPUS names it
_FOLDERS = [_ROOT.parent / "seeds", *sorted(_ROOT.glob("holdout*"))]
if os.environ.get("COMMUNIQUE_CORPUS"):
    _FOLDERS.append(Path(os.environ["COMMUNIQUE_CORPUS"]))
_CORPUS = sorted(
    p for folder in _FOLDERS for p in folder.glob("*") if p.suffix in (".txt", ".md", ".html")
)


@pytest.mark.parametrize("name", _NAMES)
def test_the_repository_texts_give_the_same_matches(name: str) -> None:
    pattern, written = _PATTERNS[name], _WRITTEN[name]
    assert _CORPUS
    for path in _CORPUS:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert [m.span() for m in pattern.finditer(text)] == [
            m.span() for m in written.finditer(text)
        ], path
        for line in text.splitlines():
            got, want = pattern.match(line), written.match(line)
            assert (got and got.span()) == (want and want.span()), (path, line)
