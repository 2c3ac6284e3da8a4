"""The headline evidence: named rules over a header line, and their weights.

Each rule of `HEADLINE_RULES` is a small predicate on a `HeaderLine` (its block, the line,
whether a document type or a dateline stands above it); the codes that fire are the line's
evidence, weighed by `communique.french.weights.HEADLINE_EVIDENCE`. The header step
chooses the best-scored line; `HeadlineRules.with_rule` adds a rule by name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

import attrs

from ..blocks import Block, BlockKind, Emphasis, Line
from ..french.cues import SALUTATION_LINE
from ..french.dates import DATE, MONTH_YEAR, PUBLICATION_LABEL
from ..french.phones import phone_in
from ..french.vocabulary import (
    CONTACT_HEADING,
    DISTRIBUTION_LEGEND,
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    ISSUER_WORDS,
    OFFICE,
    SITUATION_UPDATE,
    TICKER,
    council_session_title,
    is_about_heading,
    typed_issuer,
)
from ..french.weights import HEADLINE_EVIDENCE
from ..steps import Rules
from .choice import inserted
from .letterhead import communicates, department_or_address, issuer_like, legal_mention
from .page_furniture import SECTION_TITLE
from .text import (
    is_caps,
    is_person_name,
    opens_a_title,
    speaker_with_office,
    strip_decoration,
    word_count,
)

__all__ = [
    "HEADLINE_FIELD",
    "HEADLINE_RULES",
    "NEWS_WORDS",
    "HeaderLine",
    "HeadlineRule",
    "HeadlineRules",
    "is_byline",
    "is_prose",
]


@attrs.frozen
class HeaderLine:
    """What a headline evidence rule reads of a header line: its block, the line itself,
    whether a document type or a dateline stands above it (``after_marker``), and whether
    no other candidate line stands between them (``next_to_marker``).

    !!! info "Added in version 0.2"
    """

    block: Block
    line: Line
    after_marker: bool
    next_to_marker: bool

    @property
    def text(self) -> str:
        return self.line.text


# A date (or month and year) opening a line, then a colon or dash and the text it dates.
_DATED_OPENING = re.compile(rf"\s*(?:{DATE.pattern}|{MONTH_YEAR.pattern})\s*[:–—-]\s+\S", re.I)


# Where and when a signatory signed: "Fait à Figeac, le 2 juin 2026" or "Fait le 2 juin 2026
# à Figeac" closes a text that is only a body, and its header zone may reach it.
_SIGNED_AT = re.compile(
    rf"\s*fait\s+(?:[àa]\s+(?-i:[A-ZÀ-Ý])[^\n]{{0,80}}?|le\s+)(?:{DATE.pattern})", re.I
)


def _under_a_name(seen: HeaderLine) -> bool:
    """A few words right under an organisation's name in its block ("MSA Sud Aquitaine" /
    "La sécurité sociale agricole"): the letterhead's slogan, not a title (a title under
    its letterhead in one block runs longer, or is set in capitals)."""
    lines = seen.block.lines
    if seen.block.kind is BlockKind.HEADING or len(lines) > _LETTERHEAD_LINES:
        return False  # (asked first: finding the line in a long block would be quadratic)
    at = next((n for n, line in enumerate(lines) if line is seen.line), 0)
    if at == 0:
        return False
    text = seen.text
    if word_count(text) > _SLOGAN_WORDS or is_caps(text) or text.rstrip().endswith((".", ":")):
        return False
    if ":" in text or _SLOGAN_OPENING.match(text) is None:
        return False  # a title's grammar: "Fermeture du pont Max-Jacob", "Retraite : …"
    above = lines[at - 1].text
    if DOC_TYPE.match(above.lstrip(" *_#")) is not None:
        return False  # under a type naming its issuer: "COMMUNIQUÉ DU CONSEIL DES MINISTRES"
    return issuer_like(above) and ISSUER_WORDS.search(above) is not None


# How a slogan opens: an article, a preposition, a possessive ("La sécurité sociale
# agricole", "Au service des artisans", "Ensemble, pour l'emploi", "Votre caisse").
_SLOGAN_OPENING = re.compile(
    r"\W*(?:la|le|les|l['’]|un|une|au|aux|ensemble|pour|votre|vos|notre|nos|avec|partenaire)\b",
    re.I,
)
# A letterhead's block holds a few lines; its slogan a few words.
_LETTERHEAD_LINES = 3
_SLOGAN_WORDS = 6


#: A headline evidence rule: whether its code fires for a header line.
HeadlineRule = Callable[[HeaderLine], bool]

#: The headline evidence, by name (the evidence code), in order: code -> predicate on a header
#: line. Weights are :data:`communique.french.weights.HEADLINE_EVIDENCE`; a line's score is
#: their sum over the codes that fire, and the best-scored line is the headline.
HEADLINE_RULES: Rules[HeadlineRule] = Rules(
    (
        ("heading", lambda c: c.block.kind is BlockKind.HEADING),
        ("top-heading", lambda c: c.block.kind is BlockKind.HEADING and c.block.level == 1),
        # A paragraph set in bold is a title; bold inside a heading is decoration.
        (
            "bold",
            lambda c: c.line.emphasis is Emphasis.STRONG and c.block.kind is not BlockKind.HEADING,
        ),
        ("italic", lambda c: c.line.emphasis is Emphasis.EM),
        ("after-marker", lambda c: c.next_to_marker),
        ("title-length", lambda c: 20 <= len(c.text) <= 250),
        ("long-sentence", lambda c: len(c.text) > 150 and _full_stop(c.text)),
        ("prose", lambda c: is_prose(c.text, heading=c.block.kind is BlockKind.HEADING)),
        ("enumeration", lambda c: _enumeration(c)),
        ("lower-case-start", lambda c: c.text[:1].islower()),
        ("dated-opening", lambda c: _DATED_OPENING.match(c.text) is not None),
        ("signed-at", lambda c: _SIGNED_AT.match(c.text) is not None),
        ("publication-stamp", lambda c: _publication_stamp(c.text)),
        ("label", lambda c: _label(c)),
        (
            "field-strip",
            lambda c: (
                c.text.count(" | ") >= 2
                or _dash_fields(c.text)
                or _dated_dots(c.text)
                or _site_path(c.text)
            ),
        ),
        (
            "names-a-doc-type",
            lambda c: (
                _typed_by_its_speaker(c.text)
                or (word_count(c.text) <= 8 and _names_a_doc_type(c.text))
            ),
        ),
        ("byline", lambda c: is_byline(c.text)),
        # "Monsieur le Ministre, cher Renaud," / "Mesdames, Messieurs,": a letter's or a
        # speech's opening
        (
            "salutation",
            lambda c: (
                len(c.text) <= _SALUTATION_LENGTH and SALUTATION_LINE.fullmatch(c.text) is not None
            ),
        ),
        ("section-name", lambda c: SECTION_TITLE.fullmatch(c.text) is not None),
        ("council-session", lambda c: council_session_title(c.text)),
        ("situation-update", lambda c: SITUATION_UPDATE.fullmatch(c.text) is not None),
        (
            "issuer-like",
            lambda c: (
                issuer_like(c.text)
                and not _in_caps_headline(c)
                and not council_session_title(c.text)  # "Conseil des ministres du …"
            ),
        ),
        ("under-a-name", lambda c: _under_a_name(c)),
        ("issuer-communicates", lambda c: communicates(c.text)),
        ("contact-or-about", lambda c: _contact_or_about(c.text)),
        ("legal-mention", lambda c: legal_mention(c.text)),
        ("distribution-legend", lambda c: DISTRIBUTION_LEGEND.match(c.text) is not None),
        (
            "department-or-address",
            lambda c: len(c.text) <= 120 and department_or_address(c.text),
        ),
    )
)


@attrs.frozen
class HeadlineRules:
    """The headline's evidence rules, in order, and their weights.

    !!! info "Added in version 0.2"
    """

    rules: Rules[HeadlineRule]
    weights: Mapping[str, float]

    def with_rule(
        self,
        name: str,
        rule: HeadlineRule,
        *,
        weight: float,
        before: str | None = None,
        after: str | None = None,
    ) -> HeadlineRules:
        """A copy with the evidence ``name`` (fired by ``rule``, weighed ``weight``) added last,
        or ``before``/``after`` another rule."""
        rules = inserted(self.rules, name, rule, before=before, after=after)
        return attrs.evolve(self, rules=rules, weights={**self.weights, name: weight})

    def evidence(self, seen: HeaderLine) -> tuple[str, ...]:
        """The evidence codes that fire for the header line ``seen``."""
        return tuple([code for code, fires in self.rules if fires(seen)])  # (a list: no generator)


#: The headline's default rules and weights.
HEADLINE_FIELD = HeadlineRules(HEADLINE_RULES, HEADLINE_EVIDENCE)


# A greeting runs to this many characters at most ("Monsieur le Préfet,", "Chers amis,").
_SALUTATION_LENGTH = 120


def is_byline(text: str) -> bool:
    """An author's line: "Par Sarah Delafortrie, Christophe Springael", "Propos recueillis
    par Léa Martin", "By Anna Smith and John Doe", "La rédaction" — who wrote the page,
    never its title."""
    if len(text) > _BYLINE_LENGTH:
        return False
    if _NEWSROOM.fullmatch(text) is not None:
        return True  # "La rédaction", "Par la Rédaction": a news site's own byline
    opening = _BYLINE.match(text)
    if opening is None:
        return False
    names = _NAME_JOINT.split(strip_decoration(text[opening.end() :]))
    return all(is_person_name(name) for name in names)


_BYLINE = re.compile(
    r"\W*(?:par|by|propos\s+recueillis\s+par|r[ée]dig[ée]e?\s+par|texte\s+de)\s+", re.I
)
_NEWSROOM = re.compile(r"\W*(?:par\s+)?(?:la\s+)?r[ée]daction\W*", re.I)
# Between two authors' names (from a run of spaces' start: linear).
_NAME_JOINT = re.compile(r"(?<!\s)\s*+,\s*|(?<!\s)\s++(?:et|and|&)\s+")
_BYLINE_LENGTH = 160


def _dash_fields(text: str) -> bool:
    """Short capitalised fields joined by dashes, four or more, and no colon: a letterhead's
    row of campuses or sites ("ESIL – Boulogne-sur-Mer – Calais – Dunkerque"), not a title."""
    if ":" in text or (" – " not in text and " — " not in text and " - " not in text):
        return False
    fields = _FIELD_DASH.split(text.strip(" *_"))
    return len(fields) >= _DASH_FIELDS and all(
        0 < word_count(field) <= _FIELD_WORDS and field.strip()[:1].isupper() for field in fields
    )


def _site_path(text: str) -> bool:
    """A site's name and the path to its section, joined by dashes ("Fil Éco Wire –
    Communiqués – Santé", "Ville de Brest — Actualités"): short fields, no colon, a site's
    section after the first."""
    if ":" in text or (" – " not in text and " — " not in text):
        return False
    fields = [field.strip() for field in _FIELD_DASH.split(text.strip(" *_"))]
    return (
        len(fields) >= _PATH_FIELDS
        and all(0 < word_count(field) <= _FIELD_WORDS for field in fields)
        and any(SECTION_TITLE.fullmatch(field) for field in fields[1:])
    )


_PATH_FIELDS = 2


def _publication_stamp(text: str) -> bool:
    """A page's stamp, a label and a date: "Date de publication : 03/03/2026", "Publié le 4
    mai 2026 à 10 h"."""
    label = PUBLICATION_LABEL.match(text)
    return label is not None and DATE.match(text, label.end()) is not None


def _dated_dots(text: str) -> bool:
    """A page's category strip: fields joined by middle dots, one of them a date alone
    ("Actualités · Vie du pôle · 7 juillet 2026"), not a title."""
    fields = [field.strip(" *_") for field in text.split(" · ")]
    return len(fields) >= _DOT_FIELDS and any(DATE.fullmatch(field) for field in fields)


_DOT_FIELDS = 3
_FIELD_DASH = re.compile(r"\s[–—-]\s")
# (three fields are often a title's topics and place: "Vigilance orange – Orages – Var")
_DASH_FIELDS = 4
_FIELD_WORDS = 3


def _full_stop(text: str) -> bool:
    """Whether ``text`` ends with a full stop, not with the ellipsis of a copy cut short."""
    return text.endswith(".") and not text.endswith("...")


def is_prose(text: str, *, heading: bool = False) -> bool:
    """Two sentences, or a long one with its full stop; a heading's author set one sentence
    as a title, full stop and all ("Six raisons de changer d'outils."). A sentence's end
    inside a quoted title does not count ("« Rivages. Peindre la côte » : l'exposition")."""
    if "«" in text or "“" in text:
        text = _QUOTED.sub("«»", text)
    if _SENTENCES.search(text):
        return True
    return not heading and _full_stop(text) and word_count(text) > 12


# Two sentences in one line: prose, not a title.
_SENTENCES = re.compile(r"\w[.!?]\s+[A-ZÀ-Ý]")
# A title or a phrase quoted in guillemets or curly quotes, on one line.
_QUOTED = re.compile(r"«[^«»\n]{0,300}»|“[^“”\n]{0,300}”")


def _enumeration(c: HeaderLine) -> bool:
    """A bullet, or a clause of a list ending with "," or ";" — not a title wrapped after its
    comma onto the next line of its block ("…dans huit départements," / "les établissements…")."""
    if c.block.kind is BlockKind.LIST_ITEM:
        return True
    return c.text.endswith((",", ";")) and c.line is c.block.lines[-1]


def _label(c: HeaderLine) -> bool:
    """A line introducing what follows ("Contacts :", the last line of its block), or a
    ticker line; a title wrapped after its colon ("Résultats annuels 2023 :" / "croissance
    organique de 7,4 %") goes on in its own block."""
    if TICKER.match(c.text) is not None or _KEYWORDS_FIELD.search(c.text) is not None:
        return True  # "… / Mot-clé(s) : Acquisition/Fusion": a wire's header of fields
    return c.text.endswith(":") and c.line is c.block.lines[-1]


# A wire's keywords field on its header line ("NEWSFLUX-News : Arvelia SE / Mot-clé(s) :
# Acquisition", "Catégorie : …"), and the English of bilingual wires ("Keyword(s):").
_KEYWORDS_FIELD = re.compile(
    r"(?:^|\s)(?:mots?[- ]cl[ée]s?(?:\(s\))?|mot[- ]cl[ée]\(s\)|keywords?(?:\(s\))?)\s*:", re.I
)


def _typed_by_its_speaker(text: str) -> bool:
    """A type naming the person who speaks and their office, however long ("Communiqué de
    presse de Claire Morel, ministre de l'Éducation nationale et de la Jeunesse")."""
    typed = typed_issuer(text) if "," in text else None
    return typed is not None and speaker_with_office(typed.group("name")) is not None


def _names_a_doc_type(text: str) -> bool:
    """A portal's label listing kinds of document ("Info, dépêche ou communiqué de presse"),
    or a document type and who issues it ("Communiqué du maire"), not a title naming one
    ("PostgreSQL 9.0 Press Kit", "Un titre de communiqué")."""
    issued = _TYPE_OF_ISSUER.fullmatch(text)
    if issued is not None and DOC_TYPE.fullmatch(issued.group("type")):
        return True
    series = _SERIES_THEN_TYPE.fullmatch(text)
    if series is not None and DOC_TYPE.fullmatch(series.group("type")):
        return True  # "Note de conjoncture – Communiqué de presse": a series and the type
    listed = _LISTED.search(text)
    if listed is None:
        return False  # no list at all: the (long) document-type pattern need not run
    found = DOC_TYPE.search(text, listed.start())
    return found is not None and found.group()[:1].islower()


# A document type, then who issues it: "Communiqué du maire", "Communiqué de la préfecture".
_TYPE_OF_ISSUER = re.compile(
    r"\s*(?P<type>[^\W\d][\w’' -]{2,40}?)\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    r"[^\W\d][\w’' -]{1,40}"
)
# A publication's series, a dash, then the document type: "Note de conjoncture – Communiqué
# de presse", "Lettre d'information n° 12 — Communiqué" (a few words before the dash).
_SERIES_THEN_TYPE = re.compile(
    r"\s*[^\W\d][\w’'° -]{2,40}?\s[–—-]\s(?P<type>[^\W\d][\w’' ]{2,40}?)\s*"
)
# A list of kinds of document: "Info, dépêche ou …", "Actualités et …".
_LISTED = re.compile(r",|\s(?:ou|et)\s")


def _contact_or_about(text: str) -> bool:
    """A contact's heading or an ``À propos``'s; not a type label that a title follows after
    a separator ("Information presse – La Région vote …": the label, then the title)."""
    if is_about_heading(text):
        return True
    if CONTACT_HEADING.match(text) is None:
        return False
    typed = DOC_TYPE_PREFIX.match(text)
    rest = text[typed.end() :] if typed is not None else ""
    # (a title's figures are no contact's: "… vote son budget 2024"; a phone or an e-mail is)
    return typed is None or "@" in rest or phone_in(rest) is not None


def _in_caps_headline(c: HeaderLine) -> bool:
    """A headline set in capitals, as PDF releases set it: four words or more, below the
    document type or the dateline, or naming no organisation."""
    if not is_caps(c.text) or word_count(c.text) < NEWS_WORDS:
        return False
    if _OPENS_WITH_ARTICLE.match(c.text) is not None:
        return True  # "LE PRÉFET LANCE LA NOUVELLE": a sentence's subject, not a letterhead
    if _over_a_topic(c):
        return False  # "SOCIÉTÉ FONCIÈRE DU RHÔNE" / "RÉSULTATS ANNUELS 2025 :" / the title
    return c.after_marker or not (ISSUER_WORDS.search(c.text) or OFFICE.search(c.text))


def _over_a_topic(c: HeaderLine) -> bool:
    """Whether the next line of the block opens a title in capitals with its topic and a colon:
    a title does not put its topic after its first line, so this one is a name over it."""
    lines = c.block.lines
    at = next((i for i, line in enumerate(lines) if line is c.line), len(lines))
    below = lines[at + 1].text if at + 1 < len(lines) else ""
    return is_caps(below) and opens_a_title(below)


# A letterhead names its organisation without an article ("PRÉFET DU RHÔNE"); a title set in
# capitals opens with its subject ("LA RÉGION LANCE…").
_OPENS_WITH_ARTICLE = re.compile(r"\s*(?:le|la|les|l['’]|un|une)(?:\s|(?<=['’]))", re.I)


# A headline states news: fewer words than this make a label.
NEWS_WORDS = 4
