"""The dateline step: where and when the release was issued.

Looked for, in order: a header line that is a dateline (``Paris, le 24 juillet 2012``,
``PARIS, LE 24 JUILLET 2012``, ``Lyon (Rhône), le …``, ``24 juillet 2012`` alone); a dateline
glued to the first sentence of the body (``Québec, le 1er mars 2001. Le ministre…``,
``Paris, le … –``); a wire dateline (``PARIS--(BUSINESS WIRE)--``); and last the metadata date.
Dates further down the body are event dates or legal references, never the release date.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Callable, Iterable, Iterator, Mapping

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Line
from ..french.cues import WIRE_NAME
from ..french.dates import (
    DATE,
    ENGLISH_WIRE_DATELINE,
    MONTH_PATTERN,
    PORTAL_STAMP,
    PUBLICATION_LABEL,
    TIMESTAMP_PREFIX,
    UPDATE_LABEL,
    WEEKDAY_PATTERN,
    WEEKDAYS,
    FrenchDate,
    address_date,
    english_date,
    fold,
    form_of,
    parse_date,
    portal_stamp,
)
from ..french.embargo import LABEL_RULES as EMBARGO_LABELS
from ..french.vocabulary import (
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    EVENT_NOUNS,
    ISSUER_WORDS,
    NAME_PARTICLES,
    OFFICE,
    ORGANISATION_HEADS,
    REFERENCE,
    RUBRICS,
    SENTENCE_OPENERS,
    STRIP_LABEL_PREFIX,
    WIRE,
    address_in,
    council_session_title,
)
from ..french.weights import DATE_EVIDENCE
from ..models import Candidate, Dateline, Explanation
from ..steps import Rules, Step
from ._keywords import _lowered
from .draft import Draft, Role
from .text import dates_in, first_date_in, folded, month_year_in, strip_decoration

__all__ = [
    "COLLECTORS",
    "TITLE_PAGE_BLOCKS",
    "Collector",
    "DatelineCandidate",
    "DatelineMatch",
    "broken_dateline",
    "dateline",
    "dateline_step",
    "match_dateline",
]

# What may stand before the date: a place (capitalised, up to ~6 words, an optional
# "(Department)" and one ", Country" part), then ", le", ",", "–" or " le " (Belgian
# usage writes ", ce": "Bruxelles, ce 12 mars 2024").
_PLACE_PREFIX = re.compile(
    # (the runs of spaces are bounded: the lines read are collapsed, and an unbounded run
    # between the place's bounded words would make one attempt cubic on a raw run)
    r"\s*+(?P<place>www\.[\w.-]{2,60}"
    r"|[A-ZÀ-Ý][\w'’./\- \u00a0\u202f]{0,45}?(?:\s{0,8}\([^()\n]{1,40}\))?"
    r"(?:\s{0,8},\s{0,8}[A-ZÀ-Ý][\w'’./\- \u00a0\u202f]{0,30}?(?:\s{0,8}\([^()\n]{1,40}\))?)?)"
    # ("Ie": OCR reads the "l" of "le" as a capital I, "Lille, Ie 9 avril 2026")
    r"\s{0,8}(?:,\s{0,8}(?:(?:les?|(?-i:Ie)|du|ce)\s{1,8})?|[–—·|-]\s{0,8}(?:le\s{1,8})?"
    r"|\s{1,8}(?:les?|du|ce)\s{1,8}|:\s*)",
    re.I,
)
# A date standing alone may be introduced by "le", "Le", "Date :", a publication label
# ("Publié le", "Publication :", the Swiss cantons' stamp), or a dash (a pandoc title block's
# "— 3 octobre 2016").
_DATE_ONLY_PREFIX = re.compile(
    # (a CMS's stamp may set its weekday apart by a comma: "Mardi, 16 Novembre 2010 10:32")
    rf"\s*+(?:{WEEKDAY_PATTERN},\s*+)?(?:[–—]\s*+)?(?:(?:(?:actualit[ée]|article|communiqu[ée])\s+)?"
    r"(?P<published>(?:publi[ée]e?|mis\s+en\s+ligne|diffus[ée]e?|d[ée]pos[ée]e?|post[ée]e?"
    # a bulletin's stamp ("Produit le …", "Émis le …"): french.dates.PUBLICATION_LABELS
    r"|produit|[ée]mise?|[ée]dit[ée]e?)\s+le"
    r"|(?:publication|parution|diffusion)\s*:)|le|date\s*:?)?\s*",
    re.I,
)
# What may follow a dateline on the same line (after emphasis marks left as characters):
# nothing, a reference, or a separator and text.
_TAIL = re.compile(
    r"(?:\s*+[*_]{1,3})?\s*(?:[.,;:]?\s*$|[.:–—|-]\s*|\s*\(|\s+(?=N\s?°)|,?\s*(?=(?:[àa]\s+)?\d\d?\s?[:h])"
    # a Canadian wire's tag: "QUÉBEC, le 14 févr. 2024 /CNW/ - Le ministre…"
    r"|/[^/\n]{2,30}/\s*(?:[–—-]\s*)?"
    # a wire's name after a slash, closed or not: "18 février 2014/African Press Organization"
    rf"|/(?=[ \t]{{0,2}}{WIRE_NAME})"
    # a dateline run into its first sentence with no mark, as flattened text keeps it:
    # "Paris, le 12 mars 2024 Le ministère annonce…"
    r"|\s+(?=[A-ZÀ-Ý«\"“][a-zà-ÿ'’])"
    # a PDF flattened into one line: "Colmar, le 25 juin 2015 Communiqué de presse Colmar : …"
    rf"|\s+(?={DOC_TYPE.pattern}(?!\w)))",
    re.I,
)
# Words no place's name ends with (unhyphenated): a preposition before the date a title gives.
_ENDS_NO_PLACE = frozenset(
    ("dès", "depuis", "jusqu", "avant", "après", "pour", "par", "avec", "sans", "sur", "sous",
     "entre", "vers", "chez", "contre", "de", "des", "du", "à", "au", "aux", "en", "et")
)  # fmt: skip
# A title's head noun before its date ("FERMETURE DU PONT VIEUX LE 3 JUIN 2026", "ENTRÉE EN
# VIGUEUR … LE 1ER JUIN"): an action noun (no French commune's first word is one) or a
# title's usual opening noun.
_ACTION_NOUN = re.compile(r"\w{3,}(?:tion|sion|ment|ture)s?", re.I)
_TITLE_HEADS = frozenset(
    ("entrée", "fin", "début", "reprise", "report", "venue", "visite", "journée", "journées",
     "semaine", "remise", "tenue", "fête", "nouvelle", "nouvelles", "nouveau", "nouveaux",
     "prochaine", "prochain")
)  # fmt: skip
# The verbs of an act or a meeting whose past participle in "-é" stamps a line with its date.
_ACT_STEMS_IN_E = (
    "valid", "adopt", "approuv", "vot", "sign", "install", "arrêt", "convoqu", "enregistr",
    "délibér", "ratifi", "homologu",
)  # fmt: skip
# Capitalised words that open sentences, not place names.
_NOT_PLACE = (
    frozenset(
        (
            "depuis",
            "dès",
            "des",
            "du",
            "au",
            "aux",
            "en",
            "ce",
            "cette",
            "jusqu",
            "partir",  # "À PARTIR DU 19 OCTOBRE 2026": a title's or a rule's start, no place
            "avant",
            "après",
            "mis",
            "publié",
            "publiée",
            "diffusé",
            "diffusée",
            "déposé",  # a distribution portal's stamp: "Déposé le 10/04/2026 par …"
            "déposée",
            "posté",
            "postée",
            "paru",
            "parue",
            "produit",  # a bulletin's stamp: "Produit le …", "Émis le …"
            "émis",
            "émise",
            "édité",
            "éditée",
            "date",
            "fait",  # "Fait à Rabat, le …": the formula, then the place
            "bienvenue",  # "Bienvenue à Bordeaux, le …"
            # what a month names on a cover, not where: "Newsletter – Mars 2024", "Bilan – mai 2023"
            "newsletter",
            "lettre",
            "bulletin",
            "édition",
            "numéro",
            "rapport",
            "bilan",
            "agenda",
            "publication",
            "parution",
            "diffusion",
            "mise",
            "modifié",
            "créé",
            "un",
            "une",
            "il",
            "elle",
            "nous",
            "on",
            "ils",
            "elles",
            "pour",
            "par",
            "dans",
            "sur",
            "lors",
            "entre",
            "flash",
            "info",
            "infos",
            "exclusif",
            "urgent",
            "alerte",
            "communiqué",
            "actualité",
            "breaking",
            # the header of a forwarded e-mail: "Envoyé : lundi 8 avril 2024 09:12"
            "envoyé",
            "reçu",
            "objet",
            "sent",
            "from",
            "to",
        )
    )
    | EVENT_NOUNS  # events a line may date: "Inauguration le samedi 1er avril"
    # an act's stamp before its date: "Validé en Comité Directeur le 30 juin 2016", "Réunis
    # le 12 mai, les élus…", "Adoptée le 3 mars"
    | frozenset(
        stem + ending
        for stem, endings in (
            *((stem, ("é", "ée", "és", "ées")) for stem in _ACT_STEMS_IN_E),
            ("réun", ("i", "ie", "is", "ies")),
            ("él", ("u", "ue", "us", "ues")),
        )
        for ending in endings
    )
)
_PLACE_WORD = re.compile(r"[^\W\d_]+", re.U)


def _is_place(text: str) -> bool:
    """Capitalised words (particles aside), at most six, no figure but a district's:
    ``Lyon (Rhône)``, ``Le Bourget``, ``Paris 8e``; never a body's name, its department or
    an office (``Cabinet du Préfet``, ``Le Président``)."""
    if text.startswith("www."):
        return True  # open-source projects date their releases from their web address
    words = _place_words(text)
    return words is not None and not _names_body(words)


def _place_words(text: str) -> list[str] | None:
    """The words of ``text`` if it is shaped as a place (`_is_place` but for what the words
    name), else ``None``."""
    bare = re.sub(r"\([^()]*\)", " ", text).strip()
    at = _AT.match(bare)  # "À Paris 8e, le …"
    district = _DISTRICT.fullmatch(bare, at.end() if at is not None else 0)
    if district is not None and _has_district(district):
        bare = district.group("city")  # "Paris 8e": the city, and one of its districts
    if _DIGIT.search(bare):
        return None  # "CP 24-031 Lyon": a code before the place (a district is read above)
    words = _PLACE_WORD.findall(bare)
    if not words or len(words) > 6 or words[0].lower() in _NOT_PLACE:
        return None
    if len(words) == 1 and folded(words[0]) in WEEKDAYS:
        return None  # "Mardi, 16 Novembre 2010 10:32": a CMS's stamp opens with its day
    if at is not None and len(words) > 1 and words[1].lower() in _NOT_PLACE:
        return None  # "À PARTIR DU 19 OCTOBRE": no place after the "À"
    if len(words) > 1 and words[-1].lower() in _ENDS_NO_PLACE:
        return None  # "COPROPRIÉTÉS DÈS LE 1ER JUIN 2026": a title's words before its date
    head = words[0].lower()
    compound = bare.lstrip()[len(words[0]) : len(words[0]) + 1] == "-"  # "Nouvelle-Calédonie"
    if not compound and (
        head in _TITLE_HEADS
        or (
            _ACTION_NOUN.fullmatch(head)
            and head not in ORGANISATION_HEADS
            and head not in _DEPARTMENT_HEADS  # "Direction de la communication, le …": who signs
        )
    ):
        return None  # "FERMETURE DU PONT VIEUX LE 3 JUIN 2026": a title's head noun
    for _code, pattern, _names, _words in EMBARGO_LABELS:  # (a loop, no generator)
        if pattern.match(text):
            return None  # "Embargo : 12 mars 2024", "À NE PAS PUBLIER AVANT LE …": an embargo
    if DOC_TYPE.fullmatch(bare):
        return None  # "5 OCTOBRE 2026 – INFORMATION PRESSE": the type after the date
    if all(w[0].isupper() or w.lower() in NAME_PARTICLES for w in words):
        return words
    return None


def _names_body(words: list[str]) -> bool:
    """Whether a place's words name a body, its office or its holder rather than a town: an
    organisation's head noun (``Conseil départemental de l'Ain``), a department of it
    (``Cabinet du Préfet``, ``Direction de la Communication``, ``Rédaction``) or an office
    after its article (``Le Président``, ``La Directrice générale``)."""
    head = words[0].lower()
    if head in ORGANISATION_HEADS or head in _DEPARTMENT_HEADS:
        return True
    if head in _ARTICLES and len(words) > 1:
        head = words[1].lower()
    return OFFICE.fullmatch(head) is not None


# The head nouns of an organisation's departments, which sign a line with its date.
_DEPARTMENT_HEADS = frozenset(
    ("cabinet", "rédaction", "bureau", "cellule", "délégation", "secrétariat", "pôle")
)
_ARTICLES = frozenset(("le", "la", "l", "les"))


# A dash or a bar closing a field of a header strip, before the date.
_FIELD_SEPARATOR = re.compile(r"\s[–—|-]\s*\Z")


def _names_organisation(text: str) -> bool:
    """Whether ``text`` opens with an organisation's head noun (``Région Normandie``)."""
    words = text.split(maxsplit=1)
    return bool(words) and words[0].lower() in ORGANISATION_HEADS


# A city's district closing its name: "Paris 8e", "Lyon 3ème", "Marseille 1er" (an ordinal
# anywhere else is an edition's: "Les 20e Rencontres du Cinéma", "Salon Habitat 3e Édition").
_DISTRICT = re.compile(
    r"(?P<city>[^\W\d_]+)[ \u00a0\u202f]+(?P<number>\d{1,2})(?:er|ème|è|e)"
    r"(?:[ \u00a0\u202f]+arrondissement)?",
    re.I,
)
# The cities divided into numbered districts, and how many each has.
_DISTRICTS = {"paris": 20, "lyon": 9, "marseille": 16}


def _has_district(district: re.Match[str]) -> bool:
    """Whether the city of a `_DISTRICT` match has the district it names."""
    count = _DISTRICTS.get(district.group("city").lower(), 0)
    return 1 <= int(district.group("number")) <= count


# The header, the dateline's collectors and the body finder ask about the same lines: a
# dateline match is a pure function of the line, so it is remembered (a few thousand lines,
# each of them short).
_MATCH_CACHE = 4096
_CACHED_LINE = 400


@attrs.frozen
class DatelineMatch:
    """A dateline found in a line of plain text (offsets into the line)."""

    place: tuple[int, int] | None
    date: FrenchDate | None
    end: int  # where the dateline ends in the line
    glued: bool  # text follows on the same line


# After a date, a place then a dash (or a full stop): "8 novembre 2005, Francfort, Allemagne
# (OpenDBCon) –",
# "Le 7 mars 2024 – Mont-Laurier (Québec) – Agence …" (the Canadian government's layout).
_PLACE_AFTER = re.compile(
    r"\s*(?:(?P<comma>,)|[–—]|(?<=\s)-{1,2})\s*(?P<place>[A-ZÀ-Ý][^\n–—:|]{0,60}?)"
    # (a colon only after a comma: "12 mars 2024, Paris : …"; after a dash it closes a
    # title's subject: "12 mars 2026 – Budget Participatif : à vos idées !"; a full stop,
    # then the text, only as the weekday-opened stamp writes it: "Mardi 05 mai 2026 – Dakar.
    # Le ministère …", where "12 mars 2026 – Culture. Le musée …" names a rubric)
    r"\s*(?:[–—|]|(?<=\s)-{1,2}|-{2}|(?P<colon>:)|(?P<stop>\.)(?=\s+[A-ZÀ-Ý]))\s*"
)
# A date then its place, closing the line: "12 mars 2024, Paris", "12 mars 2024 – Genève".
_PLACE_CLOSING = re.compile(
    r"\s*(?:,|[–—]|(?<=\s)-{1,2})\s*(?P<place>[A-ZÀ-Ý][^\n–—:|,.;]{0,40}?)\s*\.?\s*"
)
# "À Paris, le …": the preposition is not part of the place.
_AT = re.compile(r"[ÀA]\s+(?=[A-ZÀ-Ý])")
# A date then its place: "Le 12 mars 2024 à Lyon".
_AT_PLACE_AFTER = re.compile(
    r"(?:\s*,)?\s+[àa]\s+(?P<place>[A-ZÀ-Ý][\w'’ -]{0,40}?)\s*[.,:–—-]?\s*"
)
# A place alone, then a dash, opening the first paragraph: "Ottawa (Ontario) – Le …".
_PLACE_ONLY = re.compile(
    r"\s*(?P<place>[A-ZÀ-Ý][\w'’.\- ]{0,40}?(?:\s*\([^()\n]{1,40}\))?)\s*(?:[–—]|-{2})\s+(?=\S)"
)


def match_dateline(
    text: str, reference: dt.date | None, *, need_place: bool = False
) -> DatelineMatch | None:
    """The dateline at the start of ``text`` (after an optional document-type prefix).

    With ``need_place`` (a dateline glued to the first sentence), a place is required, and
    a place alone followed by a dash (``Montréal — Les groupes…``) is accepted. Short lines
    are remembered (only they can be asked again; a long one is never kept in memory).
    """
    if len(text) <= _CACHED_LINE:
        return _remembered_dateline(text, reference, need_place)
    return _match_dateline(text, reference, need_place)


@functools.lru_cache(maxsize=_MATCH_CACHE)
def _remembered_dateline(
    text: str, reference: dt.date | None, need_place: bool
) -> DatelineMatch | None:
    return _match_dateline(text, reference, need_place)


def _match_dateline(text: str, reference: dt.date | None, need_place: bool) -> DatelineMatch | None:
    opening = _opening(text) if len(text) <= _CACHED_LINE else _read_opening(text)
    offset, date_match, month = opening
    if "," in text[offset : offset + _ENGLISH_WIRE_PLACE] and (
        english := _english_wire(text, offset)
    ):
        # (before the French dates: a French one may follow in the sentence, "PARIS, April
        # 28, 2011 /PRNewswire/ -- Les résultats du trimestre clos le 31 mars …")
        return english
    if date_match is not None:
        found = _dated(text, offset, date_match, reference, need_place=need_place)
        if found is None and (other := text.rfind(" / ", offset, date_match.start())) >= 0:
            # a bilingual dateline, the French one after the other language's ("Rouen, 3
            # February 2026 / Rouen, le 3 février 2026")
            found = _dated(text, other + 3, date_match, reference, need_place=need_place)
        if found is None and _CIRCUMSTANCE.match(text, date_match.end()):
            # a dateline run into its sentence by a comma and a circumstance ("Lyon, le 26
            # novembre 2026, à la veille de la collecte, …"): a place only, no connector or
            # weekday ("Ainsi, le 12 mai 2026, lors de …" is a sentence)
            found = _dated(text[: date_match.end()], offset, date_match, reference, need_place=True)
            if found is not None and found.place is not None:
                place = folded(text[found.place[0] : found.place[1]])
                if place in SENTENCE_OPENERS:  # connectors, days: no place's name
                    found = None
        if found is None and text.startswith(" / ", date_match.end()):
            # the French one first, then the other language's ("Etterbeek, le 19 mars 2026 /
            # Etterbeek, 19 maart 2026"): read up to the slash
            french = text[: date_match.end()]
            found = _dated(french, offset, date_match, reference, need_place=need_place)
        if (
            found is not None
            and found.place is not None
            and PORTAL_STAMP.search(text, offset, date_match.start()) is not None
        ):
            # a portal's stamp ("Industrie Mag — rubrique Communiqués — publié par la
            # rédaction le 2 juillet 2026"): the day the page went up, and no place
            found = attrs.evolve(found, place=None)
        if found is not None:
            return found
    if month is not None:  # (read when no day is: a month and its year)
        found = _month_dated(text, offset, month)
        if found is not None:
            return found
    if need_place:
        alone = _PLACE_ONLY.match(text, offset)
        if (
            alone is not None
            and _is_place(alone.group("place"))
            and len(alone.group("place").split()) <= 4
        ):
            return DatelineMatch(alone.span("place"), None, alone.end("place"), glued=True)
    return None


def _read_opening(text: str) -> tuple[int, re.Match[str] | None, re.Match[str] | None]:
    """Where a dateline may start in ``text`` (past literal emphasis marks, a document type,
    a filing label), the first date within 120 characters from there, and when there is none
    a month and its year: what every reading of the line shares, whatever its reference date
    and whether it needs a place."""
    marks = _LITERAL_MARKS.match(text)
    offset = marks.end() if marks is not None else 0
    prefix = DOC_TYPE_PREFIX.match(text, offset)
    if prefix is not None:
        offset = prefix.end()
    label = STRIP_LABEL_PREFIX.match(text, offset)  # "Information réglementée – Lyon, le …"
    if label is not None:
        offset = label.end()
    date_match = first_date_in(text, offset, offset + 120)
    month = month_year_in(text, offset, offset + 120) if date_match is None else None
    return offset, date_match, month


# The opening of a short line, read once for the several readings the steps ask of it (the
# header's, the body's start, the dateline collectors' with their reference date).
_opening = functools.lru_cache(maxsize=_MATCH_CACHE)(_read_opening)


# A comma, then a circumstance ("à la veille de", "lors de", "en présence de"); "a" is the
# verb ("Lyon, le 3 mars 2024, a accueilli …" is a sentence about the city).
_CIRCUMSTANCE = re.compile(
    r",\s+(?=(?:à|au|aux|en|dans|lors|apr[èe]s|avant|depuis|avec|sous|sur|pour|par)\s)", re.I
)


# Emphasis marks a converter left as characters (``**Lyon – 3 mars 2024 –** Le …`` when
# the Markdown did not parse them): markup, not the start of a place.
_LITERAL_MARKS = re.compile(r"[*_]{0,3}")


def _month_dated(text: str, offset: int, month: re.Match[str]) -> DatelineMatch | None:
    """A dateline giving only its month, as PDF releases often do: ``Paris, mai 2023``,
    ``Lyon – mars 2024 –``. The place is read; the release has no day (date ``None``)."""
    place_match = _PLACE_PREFIX.fullmatch(text, offset, month.start())
    if place_match is None or not _is_place(place_match.group("place")):
        return None
    if _names_organisation(place_match.group("place")):
        return None
    tail = _TAIL.match(text, month.end())
    if tail is None:
        return None
    at_place = _AT.match(place_match.group("place"))  # "À Paris, mai 2023"
    start = place_match.start("place") + (at_place.end() if at_place else 0)
    glued = bool(text[tail.end() :].strip())
    return DatelineMatch((start, place_match.end("place")), None, month.end(), glued)


# The comma after a wire's place stands this near the line's start.
_ENGLISH_WIRE_PLACE = 96


def _english_wire(text: str, offset: int) -> DatelineMatch | None:
    """A wire's dateline in English over a French release (``PARIS, April 28, 2011
    /PRNewswire/ -- Les résultats …``): its place and its day, the text after it."""
    wire = ENGLISH_WIRE_DATELINE.match(text, offset)
    if wire is None or not _is_place(wire["place"].strip()):
        return None
    date = english_date(wire["date"])
    if date is None:
        return None
    day = FrenchDate(date, False, wire.start("date"), wire.end("date"), form="english")
    glued = wire.end() < len(text.rstrip())
    return DatelineMatch(wire.span("place"), day, wire.end() if glued else wire.end("date"), glued)


def _dated(
    text: str,
    offset: int,
    date_match: re.Match[str],
    reference: dt.date | None,
    *,
    need_place: bool,
) -> DatelineMatch | None:
    parsed = parse_date(date_match, reference)
    if parsed is None or _DIRECTION.match(text, date_match.end()) is not None:
        # ("Élus le 27 juin dernier, les conseillers…": a day before the release, no dateline)
        return None
    head = text[offset : date_match.start()]
    place_match = _PLACE_PREFIX.fullmatch(head)
    place: tuple[int, int] | None
    if place_match is not None and _who_not_where(place_match.group("place"), head):
        if council_session_title(text[offset:]):
            return None  # "CONSEIL DES MINISTRES DU 6 MARS 2019": a meeting's title and its day
        # "Communiqué – Région Normandie – 4 mai 2023", "Cabinet du Préfet, le 12 mars
        # 2026": who issues, not where; the line dates the release all the same
        place = None
    elif place_match is not None and _is_place(place_match.group("place")):
        start = place_match.start("place")
        at_place = _AT.match(place_match.group("place"))  # "À Paris, le …": the place is Paris
        place = (
            offset + start + (at_place.end() if at_place else 0),
            offset + place_match.end("place"),
        )
    elif (only_date := _DATE_ONLY_PREFIX.fullmatch(head)) is not None:
        # After a publication label ("Publié le 2 nov. 2021 – Presse") what follows the date
        # is the page's category or author, not the release's place.
        published = only_date.group("published") is not None
        closing = None if published else _PLACE_CLOSING.fullmatch(text, date_match.end())
        if closing is not None and _is_place(closing.group("place")) and not _rubric(closing):
            return DatelineMatch(closing.span("place"), parsed, closing.end("place"), False)
        after = None if published else _PLACE_AFTER.match(text, date_match.end())
        if after is not None and _place_after_date(after, date_match):
            return DatelineMatch(after.span("place"), parsed, after.end("place"), glued=True)
        at = _AT_PLACE_AFTER.fullmatch(text, date_match.end())
        if at is not None and _is_place(at.group("place")):
            return DatelineMatch(at.span("place"), parsed, at.end("place"), glued=False)
        if need_place and not _GLUED_DATE.match(text, date_match.end()):
            return None
        place = None
    else:
        return None
    tail = _TAIL.match(text, date_match.end())
    if tail is None:
        return None
    rest = text[tail.end() :]
    glued = (
        bool(rest.strip())
        and not REFERENCE.match(rest)
        and not _TIME.fullmatch(rest)
        and not DOC_TYPE.fullmatch(strip_decoration(rest))  # "12 MARS 2024 – COMMUNIQUÉ DE PRESSE."
    )
    return DatelineMatch(place, parsed, date_match.end(), glued)


def _place_after_date(after: re.Match[str], date_match: re.Match[str]) -> bool:
    """Whether a `_PLACE_AFTER` match names the release's place: a place, no page's rubric,
    closed by a colon only after a comma, and by a full stop only in at most three words
    after a weekday-opened date (``Mardi 05 mai 2026 – Dakar. Le …``) or with its region,
    else in one name (``12 mars 2026 – Paris. Le …``, not ``12 mars 2026 – Plan Vélo. La
    Ville accélère``)."""
    place = after.group("place")
    if not _is_place(place) or _rubric(after):
        return False
    if after.group("colon") is not None:
        return after.group("comma") is not None
    if after.group("stop") is not None:
        if "(" in place or date_match.group("weekday") is not None:
            return len(place.split()) <= _STOP_PLACE_WORDS
        return _ONE_NAME.fullmatch(place.strip()) is not None
    return True


_STOP_PLACE_WORDS = 3
# A town's name in one word, perhaps after its article: "Paris", "Aix-en-Provence", "Le
# Bourget" (where "Plan Vélo", a title's subject, is two names).
_ONE_NAME = re.compile(r"(?:(?:le|la|les|l['’])\s?)?[^\W\d_][\w'’-]*", re.I)


def _rubric(after: re.Match[str]) -> bool:
    """Whether the place a date-first line names is a page's rubric (``12 mars 2026 –
    Culture``)."""
    return fold(after.group("place").strip()) in RUBRICS


def _who_not_where(place: str, head: str) -> bool:
    """Whether the words before a date name who issues rather than where: an organisation
    before a field's dash (``Communiqué – Région Normandie – ``) or, whatever the separator,
    a body's department or an office (``Cabinet du Préfet, le``, ``Le Président, le``,
    ``Conseil départemental de l'Ain, le``)."""
    if _names_organisation(place) and _FIELD_SEPARATOR.search(head) is not None:
        return True
    words = _place_words(place)
    return words is not None and _names_body(words)


# The time of a release after its dateline: "Lyon, le 24 octobre 2024 – 18h00", "… à 7 h 30".
_TIME = re.compile(
    r"(?:[àa]\s+)?\d{1,2}\s?[h:]\s?(?:\d\d)?(?:\s*(?:CET|CEST|HNE|HAE|UTC|GMT|heure\s+de\s+Paris))?"
    r"\s*\.?\s*",
    re.I,
)


# A date opening the first paragraph, then a colon or dash: "1er juillet 2009 : Le groupe…".
_GLUED_DATE = re.compile(r"\s*(?:[:–—]|-{1,2})\s+\S")


def dateline_step(
    collectors: Rules[Collector] | None = None, weights: Mapping[str, float] = DATE_EVIDENCE
) -> Step:
    """The dateline step with other collectors or weights than the defaults.

    ``collectors`` defaults to `COLLECTORS`, ``weights`` to
    `communique.french.weights.DATE_EVIDENCE`; every evidence code a collector gives
    needs a weight. Replace the default step with it:

    ```python
    steps = DEFAULT_STEPS.replace("dateline", dateline_step(COLLECTORS.before(
        "metadata", "my-portal-stamp", collect_my_portal_stamp), weights={**DATE_EVIDENCE,
        "my-portal-stamp": 5.0}))
    ```
    """
    rules = COLLECTORS if collectors is None else collectors

    def step(draft: Draft) -> None:
        _choose(draft, rules, weights)

    return step


def dateline(draft: Draft) -> None:
    """Collect every dateline candidate, then choose the place and the date by their evidence."""
    _choose(draft, COLLECTORS, DATE_EVIDENCE)


def _choose(draft: Draft, collectors: Rules[Collector], weights: Mapping[str, float]) -> None:
    reference = draft.options.reference_date
    found = [candidate for _name, collect in collectors for candidate in collect(draft, reference)]
    dated = [f for f in found if f.dateline.date is not None]
    placed = [f for f in found if f.dateline.place is not None]

    def score(found: DatelineCandidate) -> float:
        return sum([weights[code] for code in found.evidence])  # (a list: summed faster)

    best_date = max(dated, key=score) if dated else None  # max keeps the first of the best
    if best_date is not None:
        # A place whose own line states another day, with far weaker evidence than the date
        # chosen, is an event's ("Inauguration le samedi 1er avril"), not the release's.
        floor = score(best_date) - _PLACE_MARGIN
        placed = [
            f
            for f in placed
            if score(f) >= floor
            or f.dateline.date == best_date.dateline.date
            or (f.dateline.date is None and not f.unresolved)  # a place with no day at all
        ]
    best_place = max(placed, key=score) if placed else None
    draft.explanations.append(_explain("date", best_date, dated, score))
    draft.explanations.append(_explain("place", best_place, placed, score))
    if best_place is not None and best_place.unresolved:
        line = best_place.dateline
        draft.diagnostics.append(
            diagnostics.make(
                "unresolved-year",
                f"the dateline {line.text!r} has no year and no reference_date was given",
                line.date_span,
            )
        )
    if best_date is None and best_place is None:
        draft.diagnostics.append(diagnostics.make("missing-dateline"))
        draft.diagnostics.append(diagnostics.make("missing-date"))
        return
    if best_place is None or best_place is best_date:
        assert best_date is not None
        draft.dateline = best_date.dateline
    elif best_date is None:
        draft.dateline = best_place.dateline
    else:
        dated_line, placed_line = best_date.dateline, best_place.dateline
        if placed_line.date is not None and placed_line.date != dated_line.date:
            # The place's own line states another day: keep only its place, so that the
            # dateline's text and span never show a date it does not hold.
            placed_line = Dateline(
                text=placed_line.place or "",
                place=placed_line.place,
                span=placed_line.place_span,
                place_span=placed_line.place_span,
            )
        draft.dateline = attrs.evolve(
            placed_line, date=dated_line.date, date_span=dated_line.date_span
        )
    if best_date is not None and best_date.source == "metadata":
        draft.diagnostics.append(diagnostics.make("date-from-metadata"))
    if best_date is not None and best_date.source == "address":
        draft.diagnostics.append(diagnostics.make("date-from-address"))
    metadata_date = draft.document.metadata.date
    chosen = draft.dateline.date
    from_text = best_date is not None and best_date.source not in ("metadata", "address")
    if from_text and metadata_date is not None and chosen != metadata_date:
        draft.diagnostics.append(
            diagnostics.make(
                "metadata-disagrees",
                f"the text dates the release {chosen.isoformat() if chosen else None}, "
                f"the metadata {metadata_date.isoformat()}; the text was kept",
                draft.dateline.date_span,
            )
        )


# How much weaker than the chosen date a place stating another day may be.
_PLACE_MARGIN = 2.0


@attrs.frozen
class DatelineCandidate:
    """What a collector read: the rule's name, the dateline (place, date or both, with their
    spans) and the evidence codes that weigh it (the rule's name first)."""

    source: str
    dateline: Dateline
    evidence: tuple[str, ...]
    unresolved: bool = False  # a year-less date and no reference date


def _explain(
    field: str,
    chosen: DatelineCandidate | None,
    found: list[DatelineCandidate],
    score: Callable[[DatelineCandidate], float],
) -> Explanation:
    """The chosen candidate and the best one that would have given another value."""

    def value(item: DatelineCandidate) -> object:
        return item.dateline.date if field == "date" else item.dateline.place

    def candidate(item: DatelineCandidate) -> Candidate:
        raw = value(item)
        text = raw.isoformat() if isinstance(raw, dt.date) else str(raw)
        line = item.dateline
        span = line.date_span if field == "date" else line.place_span
        return Candidate(text, item.source, item.evidence, score(item), span)

    others = [f for f in found if chosen is None or value(f) != value(chosen)]
    rejected = max(others, key=score) if others else None
    return Explanation(
        field,
        candidate(chosen) if chosen is not None else None,
        candidate(rejected) if rejected is not None else None,
        len(found),
    )


def _found(source: str, line: Line, match: DatelineMatch, *extra: str) -> DatelineCandidate:
    dateline = _build(line, match)
    evidence = [source, *extra]
    if match.date is not None and match.date.year_missing:
        evidence.append("year-missing")
    if dateline.place is not None and dateline.date is not None:
        evidence.append("with-place")
    unresolved = match.date is not None and match.date.date is None
    return DatelineCandidate(source, dateline, tuple(evidence), unresolved)


def _from_header(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    placed, dated = _in_header(draft, reference)
    if placed is not None:
        yield _found("header-dateline", *placed)
    if dated is not None:
        line, match = dated
        update = UPDATE_LABEL.match(line.text) is not None
        yield _found("header-date", line, match, *(("update-label",) if update else ()))


# A place closing its line with a comma, the date on the next line: "Paris, Lyon, Marseille,"
# then "le 23 octobre 2013 –".
_PLACE_LINE = re.compile(r"[ \t]*+(?P<place>[^\s,][^\n]{1,79}?),[ \t]*(?P<le>le[ \t]*)?", re.I)


def _from_two_lines(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """A dateline set over two header lines: the place (or places), then ``le`` and the date."""
    previous: Line | None = None
    for index in range(max(draft.body_start, draft.header_end)):
        if draft.roles.get(index) is Role.METADATA:
            continue
        for line in draft.blocks[index].lines:
            above, previous = previous, line
            if above is None:
                continue
            place = _PLACE_LINE.fullmatch(above.text) if len(above.text) <= 100 else None
            if place is None or not _is_place(place.group("place").rstrip()):
                continue
            # "le" ends the place's line ("Dakar, le" / "29 janvier 2024") or opens the date's.
            if (place.group("le") is None) is not line.text.lstrip()[:3].lower().startswith("le "):
                continue
            match = match_dateline(line.text, reference)
            if match is None or match.date is None or match.place is not None:
                continue
            date = match.date
            name = place.group("place").rstrip()
            place_span = above.locate(place.start("place"), place.start("place") + len(name))
            date_span = line.locate(date.start, date.end)
            dateline = Dateline(
                text=f"{above.text.strip()} {line.text[: match.end].strip()}".strip(),
                place=name,
                date=date.date,
                span=(place_span[0], line.locate(0, match.end)[1]),
                place_span=place_span,
                date_span=date_span,
            )
            evidence = ["header-dateline", "with-place"]
            if date.year_missing:
                evidence.append("year-missing")
            yield DatelineCandidate("header-dateline", dateline, tuple(evidence), date.date is None)
            return


def _from_field_strip(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """A header line of fields joined by `` | `` (or a middle dot, a bullet) holding a date,
    and perhaps a place: ``COMMUNIQUÉ DE PRESSE | PARIS | 9 AVRIL 2024``, ``**Mistrale
    Biotech** · Communiqué · Marseille, le 3 juillet 2026`` (a whole dateline as a field)."""
    for index in range(max(draft.body_start, draft.header_end)):
        if draft.roles.get(index) is Role.METADATA:
            continue
        for line in draft.blocks[index].lines:
            joint = next((j for j in _STRIP_FIELD_JOINTS if j in line.text), None)
            if joint is None or len(line.text) > 200:
                continue
            date: FrenchDate | None = None
            place: tuple[int, int] | None = None
            offset = 0
            # The place stands before the date ("COMMUNIQUÉ | PARIS | 9 AVRIL 2024"); a
            # field after it is the page's theme or section ("… | 9 avril 2024 | Économie").
            for part in line.text.split(joint):
                label = part.strip(" \t*_")
                start = line.text.find(label, offset) if label else offset
                offset += len(part) + len(joint)
                whole = match_dateline(label, reference) if joint != " | " and label else None
                if (
                    whole is not None
                    and whole.date is not None
                    and whole.place is not None
                    and not whole.glued
                ):
                    # "Marseille, le 3 juillet 2026": a dateline as one of the fields (a date
                    # alone in a middle dot's strip dates a teaser: "24 novembre 2026 · Travaux")
                    yield _found("field-strip", line, _shifted(whole, start))
                    return
                if joint != " | ":
                    continue  # (a middle dot's strip is read for a whole dateline only)
                found = DATE.fullmatch(label) if label else None
                parsed = parse_date(found, reference) if found is not None else None
                if parsed is not None and date is None:
                    date = attrs.evolve(parsed, start=start, end=start + len(label))
                elif (
                    date is None
                    and place is None
                    and 0 < len(label) <= 40
                    and _is_place(label)
                    and not _names_organisation(label)
                ):
                    place = None if DOC_TYPE.fullmatch(label) else (start, start + len(label))
            if date is not None:
                end = max(date.end, place[1] if place else 0)
                yield _found("field-strip", line, DatelineMatch(place, date, end, glued=False))
                return


# What joins a header strip's fields: bars, middle dots, bullets.
_STRIP_FIELD_JOINTS = (" | ", " · ", " • ")


def _from_body_opening(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    glued = _glued(draft, reference)
    if glued is not None:
        yield _found("glued-dateline", *glued)


def _from_title_page(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    alone = _standalone_date(draft, reference)
    if alone is not None:
        yield _found("title-page-date", *alone)


def _from_title_page_dateline(
    draft: Draft, reference: dt.date | None
) -> Iterator[DatelineCandidate]:
    """A dateline on a line of its own further down than the header: below an e-mail's cover
    note (``COMMUNIQUÉ DE PRESSE – Châlons, le 12 décembre 2023``) or a press kit's cover."""
    for block in draft.blocks[: min(len(draft.blocks), TITLE_PAGE_BLOCKS)]:
        if block.kind is BlockKind.METADATA or _index_entry(block) or len(block.lines) > 2:
            continue  # a dateline of its own stands in a block of one or two lines
        for line in block.lines:
            if len(line.text) > _SENTENCE + 20 or not _dated_line(line.text):
                continue
            match = match_dateline(line.text, reference)
            if match is None or match.place is None or match.date is None or match.glued:
                continue
            yield _found("title-page-dateline", line, match)
            return


def _from_publication_lines(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """``Date de publication : …``, ``Mis en ligne le …``, ``Mis à jour le …`` near the top
    or at the very end (a portal's timestamp under the text)."""
    blocks = draft.blocks
    indexes = [*range(min(len(blocks), TITLE_PAGE_BLOCKS))]
    indexes += range(max(len(indexes), len(blocks) - _CLOSING_BLOCKS), len(blocks))
    seen: set[bool] = set()  # the first publication and the first update line only
    for index in indexes:
        for line in blocks[index].lines:
            if len(line.text) > _SENTENCE:
                continue
            label = PUBLICATION_LABEL.match(line.text)
            if label is None:
                continue
            date_match = DATE.match(line.text, label.end())
            parsed = parse_date(date_match, reference) if date_match is not None else None
            if parsed is None or parsed.date is None:
                continue
            update = label.group("update") is not None
            if update in seen:
                continue
            seen.add(update)
            match = DatelineMatch(None, parsed, parsed.end, glued=False)
            yield _found("publication-line", line, match, *(("update-label",) if update else ()))


def _from_closing(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """A release signed with its place and date: ``Fait à Paris, le 12 mars 2024`` anywhere
    in the body (contacts and boilerplate may follow it), or ``Paris, le 12 mars 2024``
    alone among the last blocks."""
    blocks = draft.blocks
    last = len(blocks) - _CLOSING_BLOCKS
    first = max(draft.body_start, draft.header_end)
    # Above the last blocks only a block holding "Fait à" is read: one scan of the text.
    starts = [block.span[0] for block in blocks]
    holding = {
        bisect.bisect_right(starts, at) - 1 for at in _signed_at_positions(draft.document.text)
    }
    # (a short text that is only a body may have no block long enough to start it: its header
    # zone then reaches the signature, which is read unless it holds the headline)
    headline = draft.headline.span if draft.headline is not None else None
    indexes = sorted(
        {
            *range(max(first, last), len(blocks)),
            *(i for i in holding if i >= first or not _holds(blocks[i], headline)),
        }
    )
    for index in reversed(indexes):
        block = blocks[index]
        if draft.roles.get(index) is Role.METADATA:
            continue
        for line in block.lines:
            if len(line.text) > _SENTENCE:
                continue
            if index < last and line.text.lstrip()[:4].lower() != "fait":
                continue  # above the last blocks only "Fait à …" signs a release
            if not _dated_line(line.text):
                continue
            opening = _SIGNED_AT.match(line.text)
            if opening is None or (opening.end() == 0 and index < last):
                continue
            rest = line.text[opening.end() :]
            match = match_dateline(rest, reference)
            if match is None or match.place is None or match.date is None or match.glued:
                match = _signed_on(line.text, reference)  # "Fait le 2 juin 2026 à Figeac"
                if match is None:
                    continue
            else:
                match = _shifted(match, opening.end())
            quoted = _closes_an_act(draft, index)
            extra = ("quoted-act",) if quoted else ()
            yield _found("closing-dateline", line, match, *extra)
            return


def _signed_on(text: str, reference: dt.date | None) -> DatelineMatch | None:
    """A signature giving its day before its place: ``Fait le 2 juin 2026 à Figeac``."""
    signed = _SIGNED_ON.match(text)
    if signed is None or not _is_place(signed.group("place")):
        return None
    date_match = DATE.match(text, signed.start("date"))
    parsed = parse_date(date_match, reference) if date_match is not None else None
    if parsed is None or parsed.date is None:
        return None
    return DatelineMatch(signed.span("place"), parsed, signed.end("place"), glued=False)


# "Fait le 2 juin 2026 à Figeac", "Fait le 02/06/2026, à Figeac."
_SIGNED_ON = re.compile(
    rf"\s*fait\s+le\s+(?P<date>{DATE.pattern})\s*,?\s+[àa]\s+"
    r"(?P<place>(?-i:[A-ZÀ-Ý])[\w'’ ()-]{1,60}?)\s*[.,]?\s*$",
    re.I,
)


def _holds(block: Block, span: tuple[int, int] | None) -> bool:
    """Whether ``span`` lies inside ``block``."""
    return span is not None and block.span[0] <= span[0] < block.span[1]


def _closes_an_act(draft: Draft, index: int) -> bool:
    """Whether the signature at block ``index`` closes an act the release quotes (its
    ``Article 1`` a few blocks above: an order's or a decree's extract), not the release."""
    return any(
        _ARTICLE.match(block.text) is not None
        for block in draft.blocks[max(0, index - _ACT_BLOCKS) : index]
    )


# An act's article opening its block: "Article 1 :", "Article 2 –", "ARTICLE 3".
_ARTICLE = re.compile(r"\s*(?:article|art\.)\s+(?:\d{1,3}|premier|1er)\b", re.I)
_ACT_BLOCKS = 6


def _from_lead(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """The first paragraph opening with its date (``Le mercredi 24 juin 2015, le conseil…``)
    or naming the day it is written in its first sentence (``… a convoqué pour ce jeudi 12
    mars 2020 …``, ``… aujourd'hui 3 mai 2021 …``)."""
    for index in range(draft.body_start, min(len(draft.blocks), draft.body_start + 3)):
        block = draft.blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or not draft.free(index) or not block.lines:
            continue
        first = block.lines[0]
        opening = _LEAD_OPENING.match(first.text)
        date_match = DATE.match(first.text, opening.end()) if opening is not None else None
        if date_match is not None and _LEAD_DATE_END.match(first.text, date_match.end()):
            parsed = parse_date(date_match, reference)
            if parsed is not None and parsed.date is not None:
                yield _found("lead-date", first, DatelineMatch(None, parsed, parsed.end, True))
            return
        for this_day in _THIS_DAY.finditer(first.text, 0, _FIRST_SENTENCE):
            date_match = DATE.match(first.text, this_day.end())
            if date_match is None or _DIRECTION.match(first.text, date_match.end()):
                continue
            parsed = parse_date(date_match, reference)
            if parsed is not None and parsed.date is not None and not parsed.year_missing:
                match = DatelineMatch(None, parsed, parsed.end, True)
                yield _found("lead-date", first, match, "this-day")
                return
        return


def _from_lead_mention(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """The first full date the lead mentions, as the day of what it reports (``Le ministre a
    signé, le 5 mars 2019, …``), unless the words before it make it a deadline, a start or an
    event ahead (``jusqu'au``, ``à partir du``, ``se tiendra le``…)."""
    for index in range(draft.body_start, min(len(draft.blocks), draft.body_start + 3)):
        block = draft.blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or not draft.free(index) or not block.lines:
            continue
        for line in block.lines[:_LEAD_LINES]:
            for date_match in dates_in(line.text, 0, _FIRST_SENTENCE):
                parsed = parse_date(date_match, reference)
                if parsed is None or parsed.date is None or parsed.year_missing:
                    continue
                before = line.text[max(0, date_match.start() - 40) : date_match.start()]
                scheduled = _SCHEDULED.match(line.text, date_match.end()) is not None
                if form_of(date_match).name == "day-range" or scheduled:
                    return  # "le lundi 10 décembre 2012 à 12h45": an event's schedule
                if _NOT_THE_DAY.search(before):
                    return
                match = _placed(line.text, date_match, reference) or DatelineMatch(
                    None, parsed, parsed.end, True
                )
                yield _found("lead-mention", line, match)
                return
        return


def _from_first_date(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """The first full date the top of the text writes, wherever it stands (a capture's stamp
    in an unusual place, a date under a photo credit, a lead's second paragraph), when no
    line says more: the weakest evidence. Not when the words around it make it a deadline,
    a start or an event ahead, or a time follows it; an update line is passed over."""
    headline = draft.headline.span if draft.headline is not None else None
    for block in draft.blocks:
        if block.span[0] > _FIRST_DATE_REACH:
            return
        if block.kind is BlockKind.METADATA:
            continue
        if headline is not None and block.span[0] <= headline[0] < block.span[1]:
            continue  # the title's date is the headline collector's to read
        for line in block.lines:
            if UPDATE_LABEL.match(line.text):
                continue  # "Mis à jour le …": a later day; the release's may follow
            for date_match in dates_in(line.text):
                parsed = parse_date(date_match, reference)
                if parsed is None or parsed.date is None or parsed.year_missing:
                    continue
                before = line.text[max(0, date_match.start() - 40) : date_match.start()]
                if (
                    form_of(date_match).name == "day-range"
                    or _SCHEDULED.match(line.text, date_match.end()) is not None
                    or _NOT_THE_DAY.search(before)
                ):
                    return  # the first date the text gives is an event's: it says no more
                if _told_as_other_day(line.text, date_match):
                    return  # an event's, a biography's, a law's day: the text says no more
                match = _placed(line.text, date_match, reference) or DatelineMatch(
                    None, parsed, parsed.end, True
                )
                yield _found("first-date", line, match)
                return


def _placed(
    text: str, date_match: re.Match[str], reference: dt.date | None
) -> DatelineMatch | None:
    """The dateline a date found in running text closes, when the words just before it are
    one (``Lyon, le 3 mars 2024``) opening a line's field: after a sentence's end, a colon,
    a gap of spaces or a tab (``CP 24-031    Lyon, le …``, ``… fin. Lyon, le 3 mars 2024.``),
    as captures of PDFs and flattened pages run a dateline into what precedes it."""
    window = max(0, date_match.start() - _PLACE_REACH)
    starts = [0] if window == 0 else []
    starts += [m.end() for m in _FIELD_START.finditer(text, window, date_match.start())]
    for start in starts:
        found = match_dateline(text[start:], reference)
        if (
            found is not None
            and found.place is not None
            and found.date is not None
            and found.date.start + start == date_match.start()
        ):
            return _shifted(found, start)
    return None


# How far before a date its place is looked for, and where a dateline may open within a line.
_PLACE_REACH = 90
_FIELD_START = re.compile(r"[.!?:;]\s+|[ \u00a0]{2,}|\t+|(?<=\d)[ \u00a0]+(?=[A-ZÀ-Ý])")


# How far into the text (characters) the first date is looked for: its top, where a release
# states its day; further down, dates are the events it reports.
_FIRST_DATE_REACH = 1500


def _told_as_other_day(text: str, date_match: re.Match[str]) -> bool:
    """Whether the sentence around the date tells it as another day than the release's: it
    opens with an event ("Vernissage : …", "Rendez-vous le …", "Programme complet : …"),
    dates a career or an act ("a rejoint le groupe le …", "l'arrêté publié le …"), or speaks
    in the future ("… entrera en vigueur", "Les inscriptions ouvriront le …")."""
    start = max(text.rfind(". ", 0, date_match.start()) + 1, date_match.start() - _SENTENCE_REACH)
    stop = text.find(". ", date_match.end())
    before = text[max(0, start) : date_match.start()]
    after = text[date_match.end() : stop if stop >= 0 else date_match.end() + _SENTENCE_REACH]
    opening = _PLACE_WORD.search(before)
    if opening is not None and opening.group().lower() in EVENT_NOUNS:
        return True
    return bool(_OTHER_DAY.search(before) or _FUTURE.search(before) or _FUTURE.search(after))


# How far around a date its sentence is read.
_SENTENCE_REACH = 120
# A career's or an act's day: "a rejoint le groupe le …", "né le …", "fondée le …", "l'arrêté
# publié le …", "la loi du …".
_OTHER_DAY = re.compile(
    r"\b(?:rejoint|n[ée]e?|fond[ée]e?s?|cr[ée][ée]e?s?|nomm[ée]e?|[ée]lue?|d[ée]c[ée]d[ée]e?"
    r"|arr[êe]t[ée]|d[ée]cret|loi|ordonnance|circulaire|publi[ée]e?\s+au\s+journal)\b",
    re.I,
)
# A verb in the simple future (third person) or "aura lieu": an event ahead.
_FUTURE = re.compile(
    r"\b(?:aura|auront)\s+lieu\b|\b\w{3,}(?:era|eront|ira|iront|dra|dront)\b", re.I
)


# Words that make a date a deadline, a start, a period or an event ahead, not the day told;
# among them the end of an accounting period, which a results release names and is published
# weeks after ("l'exercice clos le 31 décembre 2021", "le trimestre se terminant le 30 juin"):
# the period's noun a few words before (an event "s'est achevé le 24 mars" on the day told).
_NOT_THE_DAY = re.compile(
    r"(?:exercice|trimestre|semestre|p[ée]riode|ann[ée]e|annuels?|comptes|r[ée]sultats)"
    r"(?:\s+\S+){0,3}?\s+(?:clos(?:es?)?|cl[ôo]tur[ée]e?s?|(?:se\s+|s['’])?termin(?:ant|[ée]e?s?)"
    r"|(?:s['’])?ach[eè]v(?:ant|[ée]e?s?))\s+(?:le\s+|au\s+)?$"
    r"|(?:jusqu['’]|avant|apr[èe]s|depuis|d[èe]s|partir|compter|d['’]ici|au-del[àa]|fin|entre"
    r"|prochain|pr[ée]vue?s?|tiendra|d[ée]roulera|aura\s+lieu|auront\s+lieu|ouvrira|fermera"
    r"|horizon|d[ée]lai|date\s+limite|[ée]ch[ée]ance|au|du|en)\s+(?:le\s+|du\s+|au\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?$",
    re.I,
)
# A time after the date: an event's schedule ("le 10 décembre à 12h45", ", de 9 h à 17 h").
_SCHEDULED = re.compile(r"[ \t]*+,?[ \t]*(?:(?:[àa]|de|dès|d[eè]s)\s+)?\d{1,2}\s?[h:]", re.I)
# How many lines of a wrapped lead are read for its first date.
_LEAD_LINES = 4


def _from_headline(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """A title naming the day of what it reports: ``Conseil des ministres du 24 juin 2015``,
    ``Communiqué du Conseil fédéral du 12 mars 2024`` (a single day closing the title)."""
    headline = draft.headline
    if headline is None or headline.span is None:
        return
    text = draft.document.text[headline.span[0] : headline.span[1]]
    for date_match in DATE.finditer(text):
        if date_match.end() < len(text.rstrip(" .)*_")):
            continue  # the date must close the title
        if form_of(date_match).name == "day-range" or not _OF_THE_DAY.search(
            text, max(0, date_match.start() - 12), date_match.start()
        ):
            return
        parsed = parse_date(date_match, reference)
        if parsed is None or parsed.date is None or parsed.year_missing:
            return
        dateline = Dateline(
            text=date_match.group(),
            date=parsed.date,
            span=(headline.span[0] + date_match.start(), headline.span[0] + date_match.end()),
            date_span=(headline.span[0] + date_match.start(), headline.span[0] + date_match.end()),
        )
        yield DatelineCandidate("headline-date", dateline, ("headline-date",))
        return


# "… du 24 juin 2015", "… du mercredi 24 juin 2015" closing a title.
_OF_THE_DAY = re.compile(r"(?<!\w)du\s+$", re.I)


def _from_wire(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    wire = _wire(draft)
    if wire is not None:
        yield DatelineCandidate("wire", wire, ("wire",))


def _from_metadata(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    date = draft.document.metadata.date
    if date is not None:
        yield DatelineCandidate("metadata", Dateline(text="", date=date), ("metadata",))


def _from_address(draft: Draft, reference: dt.date | None) -> Iterator[DatelineCandidate]:
    """The day the page's own address writes (``/2016/01/07/statement/``), or its file's
    name (``2020-07-18-communique.md``): a blog's or a static site's way of dating a post,
    the last resort."""
    metadata = draft.document.metadata
    filename = draft.options.filename
    # (the file's own name: a folder may be named by the day a crawl or an export ran)
    name = filename.replace("\\", "/").rsplit("/", 1)[-1] if filename else None
    for address in (metadata.address, metadata.base_url, name):
        date = address_date(address) if address else None
        if date is not None:
            yield DatelineCandidate("address", Dateline(text="", date=date), ("address",))
            return


#: A collector reads one place a release states where or when it was issued: it takes the
#: draft and the caller's reference date, and yields candidates.
Collector = Callable[[Draft, "dt.date | None"], Iterable[DatelineCandidate]]

#: The rules that collect dateline candidates, by name, in order (a tie goes to the first).
COLLECTORS: Rules[Collector] = Rules(
    (
        ("header", _from_header),
        ("two-lines", _from_two_lines),
        ("field-strip", _from_field_strip),
        ("body-opening", _from_body_opening),
        ("title-page", _from_title_page),
        ("title-page-dateline", _from_title_page_dateline),
        ("publication-lines", _from_publication_lines),
        ("closing", _from_closing),
        ("lead", _from_lead),
        ("headline", _from_headline),
        ("lead-mention", _from_lead_mention),
        ("wire", _from_wire),
        ("first-date", _from_first_date),
        ("metadata", _from_metadata),
        ("address", _from_address),
    )
)

# How many blocks at the end of a text may hold its signature or a portal's timestamp.
_CLOSING_BLOCKS = 6
# "Fait à Paris, le …": the formula that signs an official text.
_FAIT_A = "fait "


def _signed_at_positions(text: str) -> list[int]:
    """Where "Fait à" may stand in the text (str.find on the lower-cased text: one C scan; the
    lower case of the document's text is the one the keyword lookups of the parse share)."""
    lowered, at = _lowered(text), 0
    found: list[int] = []
    while (at := lowered.find(_FAIT_A, at)) >= 0 and len(found) < _MAX_SIGNATURES:
        found.append(at)
        at += len(_FAIT_A)
    return found


# "Fait" is a common word: past this many, the text is not read for signatures any further.
_MAX_SIGNATURES = 200
_SIGNED_AT = re.compile(r"(?:\s*fait\s+[àa]\s+)?", re.I)
# What opens a first paragraph with the day it tells of: "Le", "Ce", "Aujourd'hui,".
_LEAD_OPENING = re.compile(r"\s*+(?:aujourd['’]hui\s*,?\s*|en\s+ce\s+|ce\s+|le\s+)", re.I)
# "ce jeudi 12 mars 2020", "aujourd'hui, 3 mai 2021": the day the release is written.
_THIS_DAY = re.compile(r"(?<!\w)(?:ce|aujourd['’]hui\s*,?|en\s+ce\s+jour\s*,?)\s+(?=\w)", re.I)
# "le 25 novembre prochain": a day relative to the release, not the release's.
_DIRECTION = re.compile(r"\s+(?:prochain|dernier)(?![\w-])", re.I)
# How far the first sentence of a lead is read for the day it names.
_FIRST_SENTENCE = 300
# The date of a lead ends its phrase: "Le 12 mars 2024, le…", "Le 12 mars 2024 – …".
_LEAD_DATE_END = re.compile(r"\s*(?:,|[–—:]|-\s)")


def _shifted(match: DatelineMatch, offset: int) -> DatelineMatch:
    """``match`` found in a line's text from ``offset`` on, with offsets into the whole line."""
    place = (match.place[0] + offset, match.place[1] + offset) if match.place else None
    date = match.date
    if date is not None:
        date = attrs.evolve(date, start=date.start + offset, end=date.end + offset)
    return DatelineMatch(place, date, match.end + offset, match.glued)


def _build(line: Line, match: DatelineMatch) -> Dateline:
    date = match.date
    starts = [
        s
        for s in (match.place[0] if match.place else None, date.start if date else None)
        if s is not None
    ]
    start = min(starts)
    place = line.text[match.place[0] : match.place[1]].strip() if match.place else None
    return Dateline(
        text=line.text[start : match.end].strip(),
        place=place,
        date=date.date if date else None,
        span=line.locate(start, match.end),
        place_span=line.locate(*match.place) if match.place else None,
        date_span=line.locate(date.start, date.end) if date else None,
    )


def _in_header(
    draft: Draft, reference: dt.date | None
) -> tuple[tuple[Line, DatelineMatch] | None, tuple[Line, DatelineMatch] | None]:
    """In one pass over the header: the first dateline with a place, the first date alone."""
    placed: tuple[Line, DatelineMatch] | None = None
    dated: tuple[Line, DatelineMatch] | None = None
    for index in range(max(draft.body_start, draft.header_end)):
        if (
            draft.roles.get(index) is Role.METADATA
            or draft.blocks[index].kind is BlockKind.LIST_ITEM
        ):
            continue  # a dated list item is an entry of a press room's index, not a dateline
        lines = draft.blocks[index].lines
        readings: list[tuple[Line, DatelineMatch | None]] = []
        if len(lines) <= _JOINED_BLOCK_LINES:
            pairs = (_towns_over_date(*pair, reference) for pair in itertools.pairwise(lines))
            readings += [listed for listed in pairs if listed is not None]
        readings += [(line, None) for line in _with_joined_pairs(lines)]
        for line, read in readings:
            match = read or match_dateline(line.text, reference)
            if match is None or (match.date is None and match.place is None):
                continue
            if match.date is None:  # "Paris, mai 2023": a place, and only a month
                if placed is None and not match.glued:
                    placed = (line, match)
                continue
            if placed is None and match.place is not None and not match.glued:
                placed = (line, match)
            elif dated is None and match.place is None:
                dated = (line, match)
            if placed is not None and dated is not None:
                return placed, dated
    return placed, dated


def _with_joined_pairs(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """The lines of a header block, and, for two short lines of it broken inside a
    dateline's grammar, the two joined: a dateline a PDF broke in its middle ("Les Herbiers,
    le jeudi 6" / "mars 2025", "Valence, le 12 août" / "2025"), or a header's cell that sets
    its place over its date under a reference ("Communiqué n° 5" / "Montreuil
    (Seine-Saint-Denis)" / "le jeudi 12 février 2026")."""
    if len(lines) > _JOINED_BLOCK_LINES:
        return lines
    joined = [
        _joined(first, second)
        for first, second in itertools.pairwise(lines)
        if _broken_pair(first.text, second.text)
    ]
    return (*joined, *lines)  # the year under the day: the first line alone lacks it


# A header block of more lines than this is no letterhead's cell holding a broken dateline.
_JOINED_BLOCK_LINES = 4


def _towns_over_date(
    first: Line, second: Line, reference: dt.date | None
) -> tuple[Line, DatelineMatch] | None:
    """A dateline over two lines whose place is a list of towns, as releases issued in
    several places at once write it ("Paris, Lyon, Marseille" / "5 mars 2026", "Bruxelles –
    Luxembourg" / "le 23 octobre 2013 –"): the two lines joined, the towns as the place."""
    towns = first.text.strip()
    if len(towns) > _PAIR_LINE or _TOWN_LIST.fullmatch(towns) is None:
        return None
    if _NO_TOWN.search(towns) is not None:
        return None  # an acronym, a common noun: "EDF – ENEDIS", "Sécheresse – Restrictions"
    if not _dated_line(second.text) or _YEAR.search(second.text) is None:
        return None
    alone = match_dateline(second.text.strip(), reference)
    date = alone.date if alone is not None else None
    if alone is None or alone.place is not None or date is None:
        return None
    if _DATE_OPENING.fullmatch(second.text.strip(), 0, date.start) is None:
        return None  # the date does not open the line: no dateline's second half
    if alone.glued or date.year_missing:
        return None
    towns = towns.rstrip(" \t,–—")  # ("Paris, Lyon, Marseille," / "le 23 octobre 2013 –")
    at = first.text.find(towns)
    offset = len(first.text) + 1 + (len(second.text) - len(second.text.lstrip()))
    shifted = attrs.evolve(date, start=date.start + offset, end=date.end + offset)
    return _joined(first, second), DatelineMatch(
        (at, at + len(towns)), shifted, alone.end + offset, False
    )


def _joined(first: Line, second: Line) -> Line:
    """Two lines of a block read as one, a space between them (a dateline broken over them)."""
    return Line(
        f"{first.text} {second.text}", (first.span[0], second.span[1]), first.emphasis, first.source
    )


# A list of towns, two at least, each capitalised (perhaps after its article), apart by
# commas, "et", dashes or slashes: "Paris, Lyon, Marseille", "Bruxelles – Luxembourg".
_TOWN = r"(?:(?:L[ea]|Les|L['’]|LE|LA|LES)[ \u00a0]?)?[A-ZÀ-Ý][\w'’-]{1,30}"
# What no town's name holds: an acronym of two or three capitals (a company, a body), or a
# word with a common noun's ending (a title's subject).
_NO_TOWN = re.compile(
    r"\b(?:(?-i:[A-Z]{2,3})\b(?![’'-])|\w+(?:tions?|sions?|ments?|it[ée]s?|esses?|ismes?|ures?)\b)",
    re.I,
)
# What may stand before the date on the dateline's second line: "le", a weekday.
_DATE_OPENING = re.compile(
    rf"(?:(?:le|ce)[ \t\u00a0]++)?(?:{WEEKDAY_PATTERN}[ \t\u00a0,]*+)?[ \t\u00a0]*+", re.I
)
_TOWN_LIST = re.compile(
    rf"{_TOWN}(?:(?:,[ \u00a0]*+|[ \u00a0]+(?:et|&|[–—/·])[ \u00a0]+){_TOWN}){{1,6}}[ \t]*+[,–—]?"
)


def _broken_pair(first: str, second: str) -> bool:
    """Whether two short lines are one dateline broken in its middle: the first ends inside
    the dateline's grammar, after its place's separator and before the year (``Lyon, le``,
    ``Les Herbiers, le jeudi 6``, ``Valence, le 12 août``) or is a town's one word over
    ``le`` (``Lyon`` / ``le 12 mars 2026``), the second gives the year and is no placed
    dateline of its own, and the first opens with no organisation's name.

    ``Salon Habitat Déco`` / ``du 13 au 16 mars 2026`` (an event over its dates) and
    ``Conseil départemental du Rhône`` / ``Lyon, le 12 mars 2026`` (a letterhead over its
    dateline) are two lines, never one.
    """
    if max(len(first), len(second)) > _PAIR_LINE or _YEAR.search(second) is None:
        return False
    if _YEAR.search(first) is not None or _names_organisation(first.strip()):
        return False
    if _BROKEN_AFTER_PLACE.search(first) is None and not _lone_town_then_le(first, second):
        return False
    alone = match_dateline(second, None)
    return alone is None or alone.place is None


def _lone_town_then_le(first: str, second: str) -> bool:
    """A town's one-word name over ``le`` and the date ("Lyon" / "le 12 mars 2026", "Le
    Bourget" / "le …", "Lyon (Rhône)" / "le …"); not a
    title over a day ("Biennale de la Danse" / "le 14 septembre", "Mairie de Bron" / "Le 12
    mars": the date's own line opens with a capital)."""
    opening = second.lstrip()[:3]
    caps = first.isupper() and opening == "LE "
    return (opening == "le " or caps) and _LONE_TOWN.fullmatch(first.strip()) is not None


# A town's one-word name, capitalised, perhaps after its article and before its district
# or its region: "Lyon", "Aix-en-Provence", "LYON", "Le Bourget", "Paris 8e", "Lyon (Rhône)".
_LONE_TOWN = re.compile(
    r"(?:(?:L[ea]|Les|L['’]|LE|LA|LES)[ \u00a0]?)?[A-ZÀ-Ý][\w'’-]{1,40}"
    r"(?:[ \u00a0]\d{1,2}(?:er|ème|e|ER|ÈME|E))?(?:[ \u00a0]*\([^()\n]{1,40}\))?"
)
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
# The end of a dateline's first line broken before its year: the place's separator (a
# comma, a dash, or a bare "le" as in "Paris le 3 mars"), then "le"/"ce", a weekday, a day
# and a month, each optional.
_BROKEN_AFTER_PLACE = re.compile(
    r"(?:(?:[,–—]|(?<=\s)-)[ \t\u00a0]*+(?:(?:le|ce)(?![^\W\d_])[ \t\u00a0]*+)?"
    r"|(?:(?<=[^\W\d_])|(?<=\)))[ \t\u00a0]+(?-i:le|ce|LE|CE)(?![^\W\d_])[ \t\u00a0]*+)"
    rf"(?:{WEEKDAY_PATTERN}(?!\w)[ \t\u00a0]*+)?"
    r"(?:(?:[0-3]?\d|premier)(?:er|ᵉʳ|re|ère)?(?!\w)[ \t\u00a0]*+)?"
    rf"(?:{MONTH_PATTERN}(?!\w)[ \t\u00a0]*+)?\Z",
    re.I,
)


_PAIR = 2
_PAIR_LINE = 60


def broken_dateline(block: Block, reference: dt.date | None) -> bool:
    """Whether ``block`` is a dated dateline a PDF broke over its two lines ("Les Herbiers, le
    jeudi 6" / "mars 2025", "Lyon, le" / "6 mars 2025"): the break falls inside the
    dateline's grammar (`_broken_pair`), and the two joined are one with a place and a full
    date."""
    if len(block.lines) != _PAIR:
        return False
    first, second = block.lines
    if _towns_over_date(first, second, reference) is not None:
        return True
    if not _dated_line(second.text) or not _broken_pair(first.text, second.text):
        return False
    alone = match_dateline(first.text, reference)
    if alone is not None and (alone.date is None or not alone.date.year_missing):
        return False  # the first line is a dateline of its own
    joined = match_dateline(f"{first.text} {second.text}", reference)
    return (
        joined is not None
        and joined.place is not None
        and joined.date is not None
        and not joined.date.year_missing
        and not joined.glued
    )


def _dated_line(text: str) -> bool:
    """A cheap test before a dateline's grammar: the line writes a day in digits or the
    first of a month in words."""
    return _DIGIT.search(text) is not None or "premier" in text.lower()


_DIGIT = re.compile(r"\d")


def _index_entry(block: Block) -> bool:
    """A dated list item is an entry of a press room's index, not a dateline."""
    return block.kind is BlockKind.LIST_ITEM


# A line this long is a sentence, not a header line.
_SENTENCE = 80


def _names_an_organisation(rest: str) -> bool:
    """Whether what follows a place and its dash opens with an organisation's name
    (``Syndicat autonome des postiers – …``): the line is a letterhead's row of names."""
    return ISSUER_WORDS.match(rest.lstrip(" \t–—-*_")) is not None


def _reads_as_sentence(text: str) -> bool:
    """Whether what follows a place and its dash is a sentence ("Rabat — Voici un communiqué
    du Cabinet royal :"), not another header field ("CABINET – COMMUNICATION")."""
    words = [word for word in text.split() if word[:1].isalpha()]
    return len(words) >= 4 and sum(word[:1].islower() for word in words) >= 2


#: How far down a title page (a press kit's runs longer than a release's header) a date or a
#: document type standing alone on its line still belongs to the header.
TITLE_PAGE_BLOCKS = 30


def _standalone_date(draft: Draft, reference: dt.date | None) -> tuple[Line, DatelineMatch] | None:
    """A date alone on its line near the top ("15 février 2019" on a press kit's title page)."""
    for block in draft.blocks[:TITLE_PAGE_BLOCKS]:
        if block.kind is BlockKind.METADATA or _index_entry(block):
            continue
        for line in block.lines:
            if len(line.text) > 40:
                continue
            match = match_dateline(line.text, reference)
            if (
                match is not None
                and match.date is not None
                and match.place is None
                and not match.glued
            ):
                return line, match
    return None


def _without_timestamp(line: Line) -> Line:
    """``line`` without the portal's timestamp glued before its text ("date 2020-08 QUÉBEC, le
    20 août 2020 /CNW Telbec/ - …": a capture's month stamp), as its own span."""
    stamp = TIMESTAMP_PREFIX.match(line.text)
    return line if stamp is None else line.part(stamp.end())


def _glued(draft: Draft, reference: dt.date | None) -> tuple[Line, DatelineMatch] | None:
    """A dateline opening one of the first body blocks, glued to its first sentence.

    A dated one wins over a place alone ("Transports – Le ministère…" above "Québec, le 7
    avril 2021 – …" is a headline, not a dateline).
    """
    undated: tuple[Line, DatelineMatch] | None = None
    seen = 0
    for index in range(len(draft.blocks)):
        block = draft.blocks[index]
        if block.kind in (BlockKind.METADATA, BlockKind.RULE) or not block.lines:
            continue
        if block.kind is BlockKind.LIST_ITEM:
            continue  # "1. Veille, du 1er juin au 15 septembre": a list's item, no dateline
        first = block.lines[0]
        if (
            first.text.count(" | ") >= _STRIP_JOINTS
            or PUBLICATION_LABEL.match(first.text)
            or portal_stamp(first.text)
        ):
            # "Yaoundé | Jeudi 15 octobre 2026 | English": a page's strip of fields; "Publié le
            # 15/10/2026 - Affichages : 3418", "Industrie Mag — rubrique Communiqués — publié
            # par la rédaction le …": a page's stamp (the publication-line rule's)
            continue
        match = match_dateline(first.text, reference, need_place=True)
        in_header = index < max(draft.body_start, draft.header_end)
        if match is not None and match.date is not None:
            return first, match
        if match is not None and _holds_the_headline(draft, block) and _wire(draft) is not None:
            # "ALPHA MOS – RÉSULTATS ANNUELS 2011/2012" over "TOULOUSE, France--()--": the
            # title opens with the company's name, the wire's dateline gives the place (a
            # town before a title, "RENNES – Le festival revient", is still read)
            continue
        if match is not None and in_header and _names_an_organisation(first.text[match.end :]):
            continue  # "UNSL Logistique – Syndicat autonome des postiers": a row of names
        # In the header only a sentence opens with a place alone: "CABINET – COMMUNICATION"
        # is not a place.
        if (
            match is not None
            and undated is None
            and (
                not in_header
                or len(first.text) >= _SENTENCE
                or _reads_as_sentence(first.text[match.end :])
            )
            and not _in_a_run(draft, index, reference)
            # (a body's address line: "Matéria Sud – Technopôle … – 13013 Marseille – 04 …")
            and address_in(first.text, match.end) is None
        ):
            undated = (first, match)
        if not in_header:
            seen += 1
            if seen >= 3:
                break
    return undated


def _holds_the_headline(draft: Draft, block: Block) -> bool:
    headline = draft.headline
    span = headline.span if headline is not None else None
    return span is not None and block.span[0] <= span[0] < block.span[1]


def _in_a_run(draft: Draft, index: int, reference: dt.date | None) -> bool:
    """Whether the block before or after ``index`` opens the same way, a name and a dash: a
    run of named items ("SEACHAR – Conception d'une …" / "BIOFOUL – Revêtements …"), where a
    dateline would open one paragraph only."""
    for near in (index - 1, index + 1):
        block = draft.blocks[near] if 0 <= near < len(draft.blocks) else None
        if block is None or not block.lines:
            continue
        match = match_dateline(block.lines[0].text, reference, need_place=True)
        if match is not None and match.date is None:
            return True
    return False


# A strip of fields holds two joints at least ("place | date | link"); the field-strip rule
# reads its place and date.
_STRIP_JOINTS = 2


def _wire(draft: Draft) -> Dateline | None:
    for index in range(min(len(draft.blocks), max(draft.body_start, draft.header_end) + 3)):
        for written in draft.blocks[index].lines[:2]:
            line = _without_timestamp(written)  # "date 2017-11 MONTRÉAL, QUÉBEC--(Marketwired…"
            wire = WIRE.match(line.text)
            if wire is None:
                continue
            draft.evidence.append("wire-format")
            return Dateline(
                text=line.text[: wire.end()].strip(),
                place=wire.group("place").strip(),
                span=line.locate(0, wire.end()),
                place_span=line.locate(wire.start("place"), wire.end("place")),
            )
    return None
