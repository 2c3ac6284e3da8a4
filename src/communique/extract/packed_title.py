"""Header lines that pack a title with something else, and the title unpacked from them.

A date-first line (``12 mars 2026 – Budget participatif : à vos idées !``), a portal's
timestamp glued before the title (``date 2020-08 Le premier ministre…``), a reference
before it (``N° 46–2016 : Appel aux médias : …``), or a letterhead line giving the document
type as one of its fields (``Mairie de Lyon – Communiqué de presse``): each function gives
the line's title (or name) as a line of its own, or ``None`` when the line is not packed so.
"""

from __future__ import annotations

import re

from ..blocks import Line
from ..french.dates import DATE, TIMESTAMP_PREFIX, UPDATE_LABEL
from ..french.vocabulary import DOC_TYPE_PREFIX, REFERENCE, TYPE_ABBREVIATION_WORD
from . import doc_type as doc_types_read
from .choice import FieldCandidate
from .dateline import DatelineMatch
from .doc_type import name_words
from .draft import Draft
from .letterhead import issuer_like

__all__ = [
    "after_timestamp",
    "name_beside_type",
    "title_after_date",
    "unpacked_title",
]


# A title line that packs its reference (and its document type) before the title:
# "N° 46–2016 : Appel aux médias : Conférence de presse avec…".
_LEADING_REFERENCE = re.compile(rf"\s*+(?:{REFERENCE.pattern})\s*[:–—-]\s*(?=\S)", re.I)


def title_after_date(line: Line, dated: DatelineMatch) -> Line | None:
    """The title a date-first line carries after its date and a dash, when the date has no
    place: "12 mars 2026 – Budget Participatif : à vos idées !" (a capture's or a
    newsletter's item), not a sentence running on ("12 mars 2026 – Le ministère annonce…")."""
    if dated.place is not None or dated.date is None or not dated.glued or dated.date.start > 0:
        return None
    found = _TITLE_AFTER_DATE.match(line.text, dated.end)
    if found is None:
        return None
    at = found.end()
    rest = line.text[at:].strip()
    if not rest or len(rest) > _TITLE_AFTER_DATE_LENGTH or not rest[:1].isupper():
        return None
    if _BYLINE.match(rest):
        return None  # "12 mars 2026 – Par Marie Dupont": who wrote it
    if rest.endswith(".") or ". " in rest or "|" in rest:
        return None  # a sentence, a rubric and a sentence, a strip of fields
    return line.part(at)


_TITLE_AFTER_DATE = re.compile(r"[ \t]*+(?:[–—|]|-{1,2})[ \t]*+(?=\S)")
_TITLE_AFTER_DATE_LENGTH = 120
_BYLINE = re.compile(r"(?:par|by)\s", re.I)


def after_timestamp(line: Line) -> Line | None:
    """What follows a portal's timestamp glued before a title, if the line opens with one."""
    stamp = TIMESTAMP_PREFIX.match(line.text)
    if stamp is None or stamp.end() >= len(line.text.rstrip()):
        return None
    at = stamp.end()
    strip = _PAGE_STRIP.fullmatch(line.text, at)
    if strip is not None and (
        strip["lead"].strip() or strip["fields"] or name_words(strip["author"])
    ):
        # "Publié le 05/05/2026 | Par Cellule de communication | 1 248 vues", not a title
        # opening with "Par" ("Par arrêté préfectoral, la baignade est interdite")
        return None
    rest = line.text[at:].lstrip(" \t|·•–—-")
    update = UPDATE_LABEL.match(rest)
    if update is not None and DATE.match(rest, update.end()) is not None:
        return None  # "Publié le 07/05/2026 - Mis à jour le 11/05/2026": stamps only
    return line.part(at)


# The rest of a page's stamp line: its author and counters ("| Par Cellule de communication |
# 1 248 vues"), not a title.
_PAGE_STRIP = re.compile(
    r"(?P<lead>[\s|·•–-]*)(?:par|by|auteur\s*:)\s(?P<author>[^|·•\n]{1,80})"
    r"(?P<fields>(?:[|·•][^|·•\n]{1,40}){0,4})",
    re.I,
)


def unpacked_title(draft: Draft, line: Line, doc_types: list[FieldCandidate]) -> Line | None:
    """The title of a line opening with its reference (recorded), without it and without a
    document type following it (kept too); ``None`` when the line opens otherwise."""
    reference = _LEADING_REFERENCE.match(line.text)
    if reference is None:
        return None
    at = doc_types_read.read_prefix(draft, line, reference.end(), doc_types)
    if at >= len(line.text.rstrip()):
        return None
    return line.part(at)


def name_beside_type(line: Line) -> Line | None:
    """The name of a letterhead line that gives the document type as one of its fields
    (``Mairie de Lyon – Communiqué de presse``, ``COMMUNIQUÉ DE PRESSE | VILLE DE RENNES``),
    without the type; ``None`` for any other line, and for a title opening or closing on its
    type (`title_after_type` reads the first; "PostgreSQL 9.0 Press Kit" is kept whole)."""
    start, end = doc_types_read.without_type(line.text)
    if (start, end) == (0, len(line.text)) or end <= start:
        return None
    if not issuer_like(line.text[start:end]):
        return None  # "PostgreSQL 9.0 Press Kit": a title closing on its type
    return line.part(start, end)


def title_after_type(line: Line) -> Line | None:
    """The title a line gives after the generic label and a separator (``Communiqué de presse
    : Un centre ouvre``, ``Communiqué de presse | Épidémie de COVID-19 : …``): the label is
    the document's type, the rest its title; ``None`` for any other line: a kind of release
    is part of its title (``Appel à témoins – Disparition …``, ``Communiqué commun : …``),
    and ``Dossier de presse Logiciel 5`` names the document with its type."""
    prefix = DOC_TYPE_PREFIX.match(line.text)
    if prefix is None or prefix.end() >= len(line.text.rstrip()):
        return None
    if line.text[prefix.end(1) : prefix.end()].strip()[:1] not in _TYPE_SEPARATORS:
        return None  # "COMMUNIQUÉ DE PRESSE du 01/03/2024": its date, read as such
    if _GENERIC_TYPE.fullmatch(prefix.group(1)) is None:
        return None  # "Appel à témoins – …", "Invitation presse – …": a kind the title keeps
    return line.part(prefix.end())


# What sets a title off its document type on one line.
_TYPE_SEPARATORS = frozenset(":|–—·•-")
# The generic label, which says only that the text is a release: the title is what follows.
# (and its abbreviation: "CP - Inauguration des services de pédiatrie")
_GENERIC_TYPE = re.compile(rf"communiqu[ée]\s+de\s+presse|{TYPE_ABBREVIATION_WORD}", re.I)
