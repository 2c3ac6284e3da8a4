"""The letterhead: the issuers the header's own lines name.

The header step scans the header lines and chooses the headline; the lines it leaves
above the headline (and, on a page that pastes a release, the release's own letterhead
below the page's copy of the title) are read here: an organisation's name, possibly over
several lines or in columns (``PRÉFET`` / ``DU CANTAL``), several organisations side by side
(``Université X · Centre Y``), a person's name over the office below it, or ``Name,
office, communique :``; not a department, a legal mention, an acronym under its name, the
site's section or a wire's name.

Top to bottom: which header lines may name the issuers (`issuer_lines`, `below_navigation`),
the issuers they name (`read_issuers`: each line read by the first of the letterhead rules,
`LETTERHEAD_RULES`, an ordered list of named rules, editable by name, that consumes it),
then what a line reads like (`issuer_like`, `legal_mention`, `department_or_address`), which
the headline rules ask too.

`extract/issuers.py` is another step, run after the sections: when the header named no
issuer, it looks for one in the rest of the release (``À propos``, a signature, the
metadata). This module stays apart from it: it reads the header zone's lines, during the
header step, with the header's candidates.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import attrs

from ..blocks import Line
from ..french.announcer import ANNOUNCING_VERB, LOGO_TEXT, SUBJECT_ARTICLE, WIRE_SIGN
from ..french.contact_words import ORGANISATION_NAME_LINKS
from ..french.dates import PUBLICATION_LABEL
from ..french.vocabulary import (
    CLAUSE_VERB,
    CONTACT_HEADING,
    DOC_TYPE,
    ISSUER_WORDS,
    KIT_SECTION_HEADINGS,
    OFFICE,
    OTHER_LANGUAGE_LABEL,
    OTHER_LANGUAGE_WORDS,
    SERVICE_LINE,
    address_in,
    council_session_title,
    is_rubric,
    is_sector_word,
    typed_issuer,
)
from ..models import Issuer, Span
from ..steps import Rules
from .choice import HeaderCandidate
from .dateline import match_dateline
from .doc_type import category_stamp, day_field
from .draft import Draft
from .page_furniture import SECTION_TITLE, source_line
from .text import (
    dangling_end,
    first_date_in,
    folded,
    is_caps,
    is_person_name,
    is_state_frame,
    lowered_holds,
    may_hold,
    opens_a_title,
    speaker_with_office,
    strip_decoration,
    word_count,
)

__all__ = [
    "COMMUNIQUE_SUFFIX",
    "KICKER_WORDS",
    "LETTERHEAD_RULES",
    "LetterheadRule",
    "LetterheadScan",
    "PersonLine",
    "below_navigation",
    "communicates",
    "department_or_address",
    "issuer_like",
    "issuer_lines",
    "legal_mention",
    "read_issuers",
]


# -- the header lines that may name the issuers ------------------------------------------------


def issuer_lines(
    draft: Draft, candidates: list[HeaderCandidate], until: int
) -> list[HeaderCandidate]:
    """The lines that may name the issuers: those above the headline, and, when the page
    writes the title again around a pasted release's own letterhead ("Titre" / meta line /
    "AQUARISK MÉDITERRANÉE" / "COMMUNIQUÉ" / "Titre", or "Titre" / "Titre" / "MINISTÈRE DE
    L'EAU" / "COMMUNIQUÉ DE PRESSE"), the header's lines below the first copy too."""
    if until >= len(candidates):
        return candidates[:until]
    if "repeated" not in candidates[until].evidence:
        # A page's title over a pasted release's letterhead, before any type or dateline:
        # "<h1>Titre</h1>" / "Centre hospitalier universitaire de Brest" / "Communiqué de
        # presse" / "Brest, le 2 février 2022".
        title = candidates[until]
        later = candidates[until + 1 :]
        # A minister's letterhead under the title: the name over the portfolio ("CLÉMENCE
        # VAUTRIN" / "MINISTRE DE LA MER"), with or without a type or date above the title.
        signed = [
            line
            for c, under in itertools.pairwise(later)
            if c.block != title.block
            # (on one block, or on two: "**Claire MOREL**" / "Ministre de la Mer" in Markdown)
            and under.block in (c.block, c.block + 1)
            # (under a portal's stamp, "Publié le …", the minister still heads the release)
            and ("after-marker" not in c.evidence or _stamped_only(draft, title, c))
            and is_person_name(strip_decoration(c.line.text))
            and _GOVERNMENT_OFFICE.match(strip_decoration(under.line.text)) is not None
            and _PERSON_NEWS.search(title.line.text) is None
            for line in (c, under)
        ]
        if "after-marker" in title.evidence:
            # a type or dateline above the title: no pasted release, but its minister
            return candidates[:until] + signed
        below = [
            c
            for c in later
            if c in signed
            or (
                c.block != title.block
                # (under a portal's stamp, "Publié le …", the release's letterhead still opens it)
                and (
                    ("issuer-like" in c.evidence and "after-marker" not in c.evidence)
                    or _stamped_only(draft, title, c)
                )
                and (ISSUER_WORDS.match(c.line.text) or OFFICE.match(c.line.text))
                and not _LISTED_NOUN.match(c.line.text)
            )  # "THÉÂTRE, DANSE ET MUSIQUE": a list
        ]
        # (a letterhead's name goes on under its first line: "PRÉFET" / "DU MORBIHAN")
        below += [
            c
            for above, c in itertools.pairwise(later)
            if above in below
            and c not in below
            and c.block == above.block
            and _name_continues(strip_decoration(above.line.text), strip_decoration(c.line.text))
        ]
        below.sort(key=later.index)
        return candidates[:until] + below
    key = " ".join(candidates[until].line.text.casefold().split())
    copies = [
        n
        for n in range(until + 1, len(candidates))
        if " ".join(candidates[n].line.text.casefold().split()) == key
    ]
    if not copies:
        return candidates[:until]
    return [
        c
        for n, c in enumerate(candidates)
        if n != until and " ".join(c.line.text.casefold().split()) != key
    ]


# A noun followed by a comma: the start of a list, not an organisation's name.
_LISTED_NOUN = re.compile(r"\s*[\w'’-]+\s*,")


# A government's portfolio under a minister's name: "MINISTRE DE LA MER", "Secrétaire d'État
# chargée du Numérique" (a director's title under her name is a nomination's subject).
_GOVERNMENT_OFFICE = re.compile(
    r"\W*(?:ministre|secr[ée]taire\s+d['’][ée]tat|haute?[- ]commissaire"
    r"|porte-parole\s+du\s+gouvernement)\b",
    re.I,
)
# A title about a person: an appointment, a tribute ("Nomination à la direction générale",
# "Hommage à …").
_PERSON_NEWS = re.compile(
    r"\b(?:nomination|nomm[ée]e?s?|portrait|hommage|disparition|d[ée]c[èe]s|succ[èe]de)\b", re.I
)


def _stamped_only(draft: Draft, title: HeaderCandidate, line: HeaderCandidate) -> bool:
    """Whether what stands between the page's title and ``line`` marks the page only: its
    publication stamps (``Publié le …``), no document type and no dateline of the release."""
    between = draft.document.text[title.line.span[1] : line.line.span[0]]
    stamped = False
    for text in between.splitlines():
        text = strip_decoration(text)
        if not text:
            continue
        if category_stamp(text):
            stamped = True  # "*Communiqué* | 28 octobre 2026": the page's category and day
            continue
        if DOC_TYPE.fullmatch(text):
            return False
        dated = match_dateline(text, None)
        if dated is not None:
            if dated.place is not None or not PUBLICATION_LABEL.match(text):
                return False
            stamped = True
    return stamped


def below_navigation(
    candidates: list[HeaderCandidate], navigation: list[int]
) -> list[HeaderCandidate]:
    """The issuer lines below the last navigation line above them, when there are some: a
    page's banner ("Canton du Valais", "Kanton Wallis") sits above its breadcrumb, the
    release's letterhead below it."""
    if not candidates or not navigation:
        return candidates
    top = max(c.line.span[0] for c in candidates)
    last = max((start for start in navigation if start < top), default=-1)
    below = [c for c in candidates if c.line.span[0] > last]
    return below if below else candidates


# -- the issuers they name ---------------------------------------------------------------------


@attrs.define
class PersonLine:
    """A person's name line read in the letterhead, and the office lines read below it so far
    (their text, and the lines)."""

    line: Line
    office: list[str] = attrs.Factory(list)
    office_lines: list[Line] = attrs.Factory(list)


@attrs.define
class LetterheadScan:
    """What the reading of the issuer lines holds while it reads them, shared by the
    letterhead rules (`LETTERHEAD_RULES`).

    ``text`` is the text of the line being read, without decoration; ``above``
    the issuer line read before it, ``same_block`` whether that line runs on into this one
    (same block, or the next line of the text); ``previous`` the issuer line read last;
    ``person`` a person's name line whose office lines may follow (an issuer once they end).
    The issuers read go to ``draft.issuers``.

    !!! info "Added in version 0.2"
    """

    draft: Draft
    text: str = ""
    above: HeaderCandidate | None = None
    same_block: bool = False
    previous: HeaderCandidate | None = None
    person: PersonLine | None = None
    #: a canton's state line read ("RÉPUBLIQUE ET CANTON DE NEUCHÂTEL"): the issuer when the
    #: letterhead names no department under it
    canton: HeaderCandidate | None = None

    def right_under_above(self, candidate: HeaderCandidate) -> bool:
        """Whether ``candidate`` stands right under the issuer line read before it: in the
        same block, or in the block after it."""
        above = self.above
        return above is not None and (self.same_block or above.block == candidate.block - 1)

    def end_person(self) -> None:
        """The person's name line read last, with the office below it, is an issuer."""
        if self.person is None:
            return
        person, self.person = self.person, None
        title = strip_decoration(" ".join(person.office)) or None
        title_span = None
        if person.office_lines:
            first, last = person.office_lines[0], person.office_lines[-1]
            title_span = (first.span[0], last.span[1])
        span = person.line.locate(0, len(person.line.text))
        self.draft.issuers.append(Issuer(person.line.text.strip(), title, span, title_span))


#: A letterhead rule reads one kind of issuer line: it takes the reading's state and the
#: candidate line (its text without decoration is ``scan.text``) and returns True when it
#: consumed the line, so that no later rule sees it. A rule that returns False may still
#: update the state.
LetterheadRule = Callable[[LetterheadScan, HeaderCandidate], bool]


def _contact_or_long(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An empty line, a contact heading or a line of running text names no issuer, and the
    lines around it are read as if it were not there."""
    text = scan.text
    return (
        not text
        or CONTACT_HEADING.match(text) is not None
        or len(text) > 200
        # (a title after its type, "Communiqué de presse – …", names what the release says)
        or "title-after-type" in candidate.evidence
    )


def _remember_line(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """Every line that reaches here is read: the line above it is the one read last, and runs
    on into it when in the same block or on the next line of the text. Consumes nothing."""
    scan.above, scan.previous = scan.previous, candidate
    above = scan.above
    scan.same_block = above is not None and (
        above.block == candidate.block or _next_line(scan.draft, above, candidate)
    )
    return False


def _legal_mention(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A legal mention ("Association loi 1901", "SA au capital de …") names no one; the line
    above it names the organisation."""
    if not legal_mention(scan.text):
        return False
    if scan.person is None and scan.same_block and scan.above is not None:
        _issuer_above(scan.draft, scan.above)
    return True


def _picture_credit(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A picture's credit over the title ("©Préfet Mayotte", "© Ville de Lyon", "(c) AFP")
    names who took or owns the picture, no issuer."""
    return scan.text.startswith(("©", "(c) ", "(C) "))


def _descriptor(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """What kind of body the name above is ("Société d'économie mixte locale"): not who."""
    if _MEMBERSHIP.match(scan.text) is not None:
        return True  # "Membre du réseau X": whose network it belongs to, under its name or alone
    named = bool(scan.draft.issuers) or scan.person is not None
    return (
        named and scan.right_under_above(candidate) and _DESCRIPTOR.fullmatch(scan.text) is not None
    )


# A body's membership of a network, a federation or a confederation, on a line of its own:
# "Membre du réseau des Missions locales", "Membre de l'Union des syndicats", "Adhérent de
# la Fédération …", "Affilié à la CGT".
_MEMBERSHIP_PATTERN = (
    r"(?:membres?|adh[ée]rente?s?|affili[ée]e?s?)\s+"
    r"(?:du|de\s+la|de\s+l['’]|des|d['’]|de|[àa]\s+la|[àa]\s+l['’]|[àa]|au|aux)(?=\s|(?<=['’]))"
)
_MEMBERSHIP = re.compile(_MEMBERSHIP_PATTERN, re.I)


def _name_goes_on(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An organisation's name wrapped onto the next line, in the same column ("PRÉFET" /
    "DU CANTAL"): the line ends the name."""
    draft, above = scan.draft, scan.above
    last = draft.issuers[-1] if draft.issuers and scan.person is None else None
    # (or the next block, when the line opens with a link word, "ET DE LA RECHERCHE": a
    # viewer's copy sets each line of a PDF in a paragraph of its own)
    # (a bare kind, "MINISTÈRE" / "DE L'AGRICULTURE", awaits its complement in any form)
    awaits = last is not None and ISSUER_WORDS.fullmatch(strip_decoration(last.name)) is not None
    link = _NAME_CONTINUATION if awaits else _NAME_GOES_ON_BELOW
    wrapped = scan.same_block or (
        above is not None
        and above.block == candidate.block - 1
        and link.match(scan.text) is not None
        and is_caps(scan.text)
    )
    if (
        last is not None
        and wrapped
        and above is not None
        and _ends_on(last, above)
        and _name_continues(last.name, scan.text)
        and _same_column(draft.document.text, last.span, candidate.line.span)
    ):
        _extend_issuer(draft, candidate.line)
        return True
    return False


def _column_goes_on(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A letterhead in two columns: the left name goes on under itself."""
    draft = scan.draft
    beside = None
    if scan.person is None and scan.same_block:
        beside = _column_issuer(draft, candidate.line)
    if beside is not None and _name_continues(draft.issuers[beside].name, scan.text):
        _extend_issuer(draft, candidate.line, beside)
        return True
    return False


def _person_office(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An office under a person's name line ("Préfète du Cantal"), or its wrapped end."""
    person = scan.person
    if person is None:
        return False
    if OFFICE.match(scan.text) or (person.office and _continues(scan.text)):
        person.office.append(candidate.line.text.strip(" *_\t"))
        person.office_lines.append(candidate.line)
        return True
    return False


def _state_frame(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """The State's frame ("Liberté Égalité Fraternité") names no issuer; a Swiss canton's
    ("RÉPUBLIQUE ET CANTON DE GENÈVE") is kept, for when no department follows it."""
    if not is_state_frame(scan.text):
        return False
    if scan.canton is None and _CANTON.match(scan.text) is not None:
        scan.canton = candidate
    return True


# A canton's chancellery: "Chancellerie d'État", "CHANCELLERIE D'ÉTAT – Service de la
# communication".
_CHANCELLERY = re.compile(r"\s*chancellerie\s+d['’]\s?[ée]tat\b", re.I)
# A Swiss canton's official name, which heads its letterhead as a State's would.
_CANTON = re.compile(r"\s*r[ée]publique\s+et\s+canton\s", re.I)


def _field_strip(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A strip of fields ("COMMUNIQUÉ | PARIS | 9 AVRIL") names no issuer; a row of
    organisations' names set apart by bars ("Fédération BTP | Union des artisans | Chambre
    de métiers") is no strip: each is an issuer."""
    return scan.text.count(" | ") >= 2 and len(_co_issuers(scan.text)) < 2


def _section_title(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """The site's section ("ESPACE PRESSE", "Salle de presse") or a kicker above the title
    ("APPEL À PROJETS 2027", "CULTURE") is no name."""
    return SECTION_TITLE.fullmatch(scan.text) is not None or is_rubric(scan.text)


def _kicker(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A few words below the release's type or dateline, once the letterhead above them has
    named the issuer, are a kicker over the title ("MUTUELLE X" / "COMMUNIQUÉ DE PRESSE" /
    "Paris, le …" / "RÉSEAU D'AGENCES" / "Titre"), not a second issuer."""
    return (
        "after-marker" in candidate.evidence
        and bool(scan.draft.issuers)
        and word_count(scan.text) <= KICKER_WORDS
        # a body or a person in mixed case under the type is a second issuer ("Rennes
        # Métropole" under "COMMUNIQUÉ DE PRESSE CONJOINT", the minister's name); a kicker in
        # capitals is a rubric
        and (is_caps(scan.text) or not _names_someone(scan.text))
    )


def _names_someone(text: str) -> bool:
    """A line naming a body (its kind opening it, or capitalised), an office or a person."""
    kind = ISSUER_WORDS.search(text)
    named = kind is not None and (kind.start() == 0 or text[kind.start()].isupper())
    return named or OFFICE.match(text) is not None or is_person_name(text)


#: A kicker over a title is this many words at most.
KICKER_WORDS = 4


def _wire_name(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """The wire's own name over the release ("ACTUSNEWS WIRE") is not the issuer."""
    return word_count(scan.text) <= 3 and WIRE_SIGN.search(scan.text) is not None


def _department(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """The issuer's department under its name ("Direction des sécurités") is no issuer."""
    named = bool(scan.draft.issuers) or scan.person is not None
    return named and SERVICE_LINE.fullmatch(scan.text) is not None


def _department_goes_on(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A department's name wrapped onto the next line ("DIRECTION DE LA COMMUNICATION" / "ET
    DES RELATIONS PRESSE") is no issuer either."""
    above = scan.above
    if above is None or not scan.same_block or not _NAME_CONTINUATION.match(scan.text):
        return False
    if ISSUER_WORDS.search(scan.text):
        return False  # "… / du Conseil départemental de la Gironde": the body, named there
    text = strip_decoration(above.line.text)
    return DEPARTMENT_LINE.search(text) is not None or SERVICE_LINE.fullmatch(text) is not None


def _office_under_name(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An office under the ministry ("La secrétaire d'État"): no one's name."""
    issuers = scan.draft.issuers
    return bool(issuers) and scan.person is None and _office_with_article(scan.text)


def _end_person(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A line that is no office ends the person's name line above it: it is an issuer, with
    the office read below it. Consumes nothing."""
    scan.end_person()
    return False


def _acronym(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An acronym under its name ("ANVOA" under "AGENCE NATIONALE …"), or the name spelt out
    under its acronym ("FNAPH"), or under an acronym and its territory ("ARS Occitanie" /
    "Agence régionale de santé"): the same issuer again."""
    issuers = scan.draft.issuers
    if not issuers:
        return False
    name = issuers[-1].name
    return _acronym_of(scan.text, name) or _acronym_of(name.split(maxsplit=1)[0], scan.text)


def _other_language(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A press release's label in another language ("PERSBERICHT", "PRENTSA OHARRA") names
    no one; a line naming a kind of body in another language right under the French name
    ("RÉGION BRETAGNE" / "RANNVRO BREIZH", "Etat de Fribourg" / "Staat Freiburg") translates
    it: no second issuer."""
    if OTHER_LANGUAGE_LABEL.fullmatch(scan.text):
        return True
    return (
        bool(scan.draft.issuers)
        and scan.right_under_above(candidate)
        and _in_other_language(scan.text)
    )


def _in_other_language(text: str) -> bool:
    """Whether a letterhead's line names a kind of body in another language than French."""
    return any(word in OTHER_LANGUAGE_WORDS for word in _LETTERS.findall(text.lower()))


_LETTERS = re.compile(r"[^\W\d_]+")


def _tagline(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """What the name in capitals just above is, said in lower case under it ("OCEALIS" /
    "Cluster des technologies marines de Bretagne", "FÉDÉRATION DU BTP DE LA SARTHE" / "Le
    syndicat des entreprises du BTP sarthois"): the organisation's tagline, no second
    issuer. Without an article, the line names a kind of body, which describes only a name
    that does not say its own kind: under "PRÉFET DU GARD", "Agence nationale de l'habitat"
    is a co-issuer."""
    name = _caps_name_above(scan, candidate)
    if name is None:
        return False
    described = _TAGLINE.fullmatch(scan.text)
    if described is None or not _describes(described.group("what").split()):
        return False
    return bool(described.group("article")) or ISSUER_WORDS.match(name) is None


def _caps_name_above(scan: LetterheadScan, candidate: HeaderCandidate) -> str | None:
    """The issuer's name in capitals that ends on the line right above the candidate, in its
    column (a line beside it, in a letterhead's other column, is another issuer's)."""
    issuers, above = scan.draft.issuers, scan.above
    if not issuers or above is None or scan.person is not None:
        return None
    last = issuers[-1]
    if not (scan.right_under_above(candidate) and _ends_on(last, above) and is_caps(last.name)):
        return None
    if not _same_column(scan.draft.document.text, last.span, candidate.line.span):
        return None
    return last.name


def _describes(words: list[str]) -> bool:
    """Whether the words after a kind of body say what it does, in common nouns: no proper
    name ("Agence régionale de santé Occitanie" is a body of its own), some word of
    substance ("Agence de Bretagne" has none)."""
    if any(_named_here(before, word) for before, word in itertools.pairwise(words)):
        return False
    return any(len(word) >= _CONTENT_WORD and word.isalpha() and word.islower() for word in words)


def _named_here(before: str, word: str) -> bool:
    """Whether ``word`` is a proper name that no place word leads to ("… santé Occitanie",
    not "… de Bretagne", "… du BTP sarthois")."""
    return word[:1].isupper() and not word.isupper() and before.casefold() not in _PLACE_LINKS


def _person(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A person's name line: an issuer once the office lines below it are read."""
    if not is_person_name(scan.text):
        return False
    scan.person = PersonLine(candidate.line)
    return True


def _person_communicates(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A name, an office, then "communique" on one line ("Hermeline Martin (PS), présidente du
    Conseil départemental, communique :"): the person is the issuer, with the office."""
    held = _name_and_office(scan.text)
    if not (held and is_person_name(held["name"]) and OFFICE.match(held["office"])):
        return False
    name, office = held["name"].strip(), strip_decoration(held["office"])
    line = candidate.line
    at, office_at = line.text.find(name), line.text.find(office)
    scan.draft.issuers.append(
        Issuer(
            name,
            office,
            line.locate(at, at + len(name)),
            line.locate(office_at, office_at + len(office)),
        )
    )
    scan.draft.evidence.append("issuer-communicates")
    return True


def _typed_issuer(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A type naming its issuer ("Communiqué du Conseil d'État"): the whole line is the
    document type; the organisation it names is the issuer when no letterhead line above
    named one ("ÉTAT DE VAUD" over "Communiqué du Conseil d'État": the State issues)."""
    if typed_issuer(scan.text) is None or DOC_TYPE.fullmatch(scan.text):
        return False
    text = scan.draft.document.text
    name = label_issuer(scan.text, text) if not scan.draft.issuers else None
    if name is not None:
        scan.draft.issuers.append(_named_on(candidate.line, name))
    return True


def label_issuer(label: str, text: str) -> str | None:
    """The issuer a type label names, if it names one: "Communiqué du Conseil d'État" →
    "Conseil d'État" (an organisation's noun), "… du préfet du Lot" → "préfet du Lot" (an
    office), "Communiqué de presse de Claire Morel, ministre de …" → "Claire Morel" (who
    speaks), "Communiqué de presse de ConsoFrance" → "ConsoFrance" (a brand or an acronym,
    which the ``text`` names again outside the label). Not an event, a topic or a plan:
    "Communiqué de presse du CES 2024", "… DE RENTRÉE", "… du PLU"."""
    typed = typed_issuer(label)
    if typed is None or DOC_TYPE.fullmatch(label):
        return None
    name = typed.group("name").strip()
    speaker = speaker_with_office(name)
    if speaker is not None:
        return speaker
    if _EDITION.search(name):
        return None  # "du CES 2024", "du Salon n° 12": an event's edition
    if folded(name) in _UNNAMED_BODIES:
        return None  # "COMMUNIQUÉ DE PRESSE DU GROUPE": a kind of body, no name
    if OFFICE.match(name) or (ISSUER_WORDS.search(name) and _organisation_like(name)):
        return name
    if _ACRONYM_NAME.fullmatch(name):
        return name  # "SNES-FSU", "FFF", "SNESUP-FSU de l'UPVD": initials name a body
    if _BRAND.fullmatch(name) and _named_again(name.split()[0], label, text):
        return name  # the body names it again: "… réunies au sein de ConsoFrance"
    return None


def _named_again(word: str, label: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` with its capital outside ``label`` (in any case:
    "Extinction Rebellion" for "EXTINCTION REBELLION"; "la rentrée" is no name)."""
    pattern = re.compile(re.escape(word), re.I)
    written = sum(1 for m in pattern.finditer(text) if m.group()[:1].isupper())
    return written > sum(1 for m in pattern.finditer(label) if m.group()[:1].isupper())


# Kinds of body that name none without a proper name after them ("du Groupe", "de la
# Société"); "du Gouvernement", "de la Préfecture" name the one they mean.
_UNNAMED_BODIES = frozenset(
    ("groupe", "societe", "entreprise", "association", "collectif", "reseau", "cabinet",
     "service", "federation", "syndicat", "mouvement", "comite", "bureau", "direction")
)  # fmt: skip
# An edition closing a name: a year or a number ("CES 2024", "Salon n° 12", "JO 2024").
_EDITION = re.compile(r"(?:\s(?:19|20)\d\d|\sn[°o]\s?\d+|\s\d{1,3}(?:e|ème)?)\s*$", re.I)


# What may follow a body's first word in its name: "de l'UPVD", "du Rhône", " REBELLION".
_NAME_TAIL = (
    r"(?:[ \t]+(?:(?:de|du|des|de[ \t]+la|de[ \t]+l['’]|d['’])[ \t]*)?[A-ZÀ-Ý][\w&'’.-]*){0,3}"
)
# Initials in plain capitals, no accent (an acronym carries none; "RENTRÉE", "NOËL" are
# words), with a few words after them: "FFF", "SNES-FSU", "SNESUP-FSU de l'UPVD".
_ACRONYM_NAME = re.compile(rf"[A-Z][A-Z0-9&.-]{{1,11}}(?<![.-]){_NAME_TAIL}")
# A brand written as one word (a capital inside it: "ConsoFrance", "BlaBlaCar") or words in
# capitals ("EXTINCTION REBELLION LAUSANNE"), which the text must name again to count.
_BRAND = re.compile(
    rf"(?:[A-ZÀ-Ý][a-zà-ÿ]+[A-ZÀ-Ý][\w&'’.-]*|[A-ZÀ-Ý0-9][A-ZÀ-Ý0-9&.-]{{1,15}}){_NAME_TAIL}"
)


def _organisation(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """An organisation's name (a logo's alt text, "LA PRÉFECTURE COMMUNIQUE", several side
    by side: "Université X · Centre Y"): each is an issuer."""
    text = scan.text
    name = _without_status(text)
    vouched = name != text and name[:1].isupper() and word_count(name) <= _NAME_WORDS
    # (a status after the name vouches for it: "Port de Sète – Établissement public de
    # l'État", "SYTRAL Mobilités — membre du réseau GART")
    if not (_organisation_like(name) or (vouched and not address_in(name))):
        return False
    logo = LOGO_TEXT.search(text)  # "Bandeau du ministère …": the image's alt text
    text = logo.group("name").strip(" .,:;") if logo is not None else text
    name = COMMUNIQUE_SUFFIX.sub("", text) or text  # "LA PRÉFECTURE COMMUNIQUE"
    if name != text:
        scan.draft.evidence.append("issuer-communicates")
    name = _without_descriptor(name)
    scan.draft.issuers.extend(_named_on(candidate.line, part) for part in _co_issuers(name))
    return True


def _without_status(name: str) -> str:
    """A name without the kind of body a dash sets after it, in common nouns ("HYDRALP —
    une société du groupe Volterra", "Port de Sète – Établissement public de l'État")."""
    parts = _DESCRIPTOR_DASH.split(name, maxsplit=1)
    if len(parts) == 2 and _DESCRIPTOR.fullmatch(strip_decoration(parts[1])):
        return strip_decoration(parts[0])
    return name


def _without_descriptor(name: str) -> str:
    """A proper name without the description a dash sets after it: "ATLANTIS LAB —
    INCUBATEUR D'INNOVATION DE NANTES UNIVERSITÉ" names Atlantis Lab, which the rest
    describes by its kind (two bodies by their kinds, "Région X – Ville de Y", stay whole);
    a tagline in lower case after a name is no part of it."""
    parts = _DESCRIPTOR_DASH.split(name, maxsplit=1)
    if len(parts) != 2:
        return name
    head, rest = (strip_decoration(part) for part in parts)
    if head[:1].isupper() and _without_status(name) == head:
        return head  # what kind of body, whose: "FIBRALP — une société du groupe Telvana"
    if head[:1].isupper() and DEPARTMENT_LINE.search(rest) is not None:
        return head  # its press department: "Ville de Vannes – Service communication"
    if head[:1].isupper() and all(map(_site_section, _SECTION_PATH.split(rest))):
        return head  # where its site files the page: "Université X – Actualités / Presse"
    if head[:1].isupper() and not any(word[:1].isupper() for word in rest.split()):
        # a tagline, all in lower case: "Association Lisière – logiciels libres pour la
        # recherche" (not a unit naming its place: "Union X – section CHU de Nantes")
        return head
    words = rest.split()
    described = len(words) > 1 and (
        words[1][:1].islower()
        or words[1].upper().startswith(("D'", "D’"))
        or words[1].upper() in _DESCRIBING
    )  # "Agence bruxelloise pour …", "INCUBATEUR D'INNOVATION …", not "Centre Val de Loire"
    named = _proper_name(head) or (head[:1].isupper() and head.isalpha())  # "Kerlab"
    if named and not ISSUER_WORDS.match(head) and ISSUER_WORDS.match(rest):
        return head if described else name
    return name


def _site_section(text: str) -> bool:
    """A site's section ("Actualités", "Espace presse"), a step of its path."""
    return SECTION_TITLE.fullmatch(text.strip()) is not None


# The steps of a site's path after a name: "Actualités / Presse", "Presse › Communiqués".
_SECTION_PATH = re.compile(r"(?<!\s)\s+[/›>»|]\s+")  # (from a run's start: linear)


# The words that open a description after its kind noun, in capitals: "DE", "POUR".
_DESCRIBING = frozenset(("DE", "DU", "DES", "POUR", "EN"))


_DESCRIPTOR_DASH = re.compile(r"(?<!\s)\s+(?:[–—]|-{2,3})\s+")  # ("--": a typed dash)


#: The letterhead rules, in the order they run over the issuer lines: the first that
#: consumes a line decides what it is; a line no rule consumes names no issuer. Edit by name
#: (``LETTERHEAD_RULES.before("organisation", "my-logo", rule)``) and pass the list to
#: `read_issuers` (the header step: ``header_step(letterhead=…)``).
LETTERHEAD_RULES: Rules[LetterheadRule] = Rules(
    (
        ("contact-or-long", _contact_or_long),
        ("remember-line", _remember_line),
        ("legal-mention", _legal_mention),
        ("picture-credit", _picture_credit),
        ("descriptor", _descriptor),
        ("name-goes-on", _name_goes_on),
        ("column-goes-on", _column_goes_on),
        ("person-office", _person_office),
        ("state-frame", _state_frame),
        ("field-strip", _field_strip),
        ("section-title", _section_title),
        ("kicker", _kicker),
        ("wire-name", _wire_name),
        ("department", _department),
        ("department-goes-on", _department_goes_on),
        ("office-under-name", _office_under_name),
        ("end-person", _end_person),
        ("acronym", _acronym),
        ("other-language", _other_language),
        ("tagline", _tagline),
        ("person", _person),
        ("person-communicates", _person_communicates),
        ("typed-issuer", _typed_issuer),
        ("organisation", _organisation),
    )
)


def read_issuers(
    draft: Draft,
    candidates: list[HeaderCandidate],
    rules: Rules[LetterheadRule] = LETTERHEAD_RULES,
) -> None:
    """Issuer lines above the headline, each read by the first of ``rules`` that consumes it:
    organisations, or a name with an office below it."""
    scan = LetterheadScan(draft)
    for candidate in _without_split_state_heading(draft, candidates):
        scan.text = strip_decoration(candidate.line.text)
        for _, rule in rules:
            if rule(scan, candidate):
                break
    scan.end_person()
    if scan.canton is not None:
        # A Swiss canton's letterhead: the canton issues, unless a department of its
        # government (a ministry) under its name does; its chancellery is its staff office
        # ("RÉPUBLIQUE ET CANTON DE NEUCHÂTEL" / "CHANCELLERIE D'ÉTAT – SERVICE DE LA
        # COMMUNICATION"), which speaks for it as a press service would.
        line = scan.canton.line
        start = line.span[0]
        above = [i for i in draft.issuers if i.span is not None and i.span[0] < start]
        below = [i for i in draft.issuers if i.span is None or i.span[0] >= start]
        # (no unit under it, or only its chancellery: the canton)
        if all(_CHANCELLERY.match(issuer.name) for issuer in below):
            draft.issuers[:] = [*above, _named_on(line, strip_decoration(line.text))]
    _drop_repeated_issuers(draft)
    _drop_bare_units(draft)


def _without_split_state_heading(
    draft: Draft, candidates: list[HeaderCandidate]
) -> list[HeaderCandidate]:
    """The candidates without the State's heading set over two lines ("RÉPUBLIQUE" /
    "FRANÇAISE", the emblem's words as PDF text gives them): the frame, never the issuer."""
    kept: list[HeaderCandidate] = []
    at = 0
    while at < len(candidates):
        above = candidates[at]
        below = candidates[at + 1] if at + 1 < len(candidates) else None
        if below is not None and _next_line(draft, above, below):
            joined = f"{strip_decoration(above.line.text)} {strip_decoration(below.line.text)}"
            if is_state_frame(joined) and _CANTON.match(joined) is None:
                at += 2  # both lines (a Swiss canton's state may speak for itself: kept)
                continue
        kept.append(above)
        at += 1
    return kept


def _named_on(line: Line, name: str) -> Issuer:
    """The issuer ``name``, with its span where ``line`` writes it (the whole line if not)."""
    at = max(0, line.text.find(name))
    return Issuer(name, None, line.locate(at, at + len(name)))


def _next_line(draft: Draft, above: HeaderCandidate, below: HeaderCandidate) -> bool:
    """Whether ``below``'s line comes right after ``above``'s in the text, with no blank line
    between them: a page captured as text puts each line in a block of its own, and a
    letterhead's lines ("PRÉFET" / "DU CANTAL") still run on."""
    end, start = above.line.span[1], below.line.span[0]
    between = draft.document.text[end:start] if 0 <= end <= start else "\n\n"
    return between.count("\n") == 1 and not between.strip()


def _issuer_above(draft: Draft, candidate: HeaderCandidate) -> None:
    """The organisation named on ``candidate``'s line, unless already read."""
    if draft.issuers and _read_from(draft.issuers[-1], candidate):
        return
    text = strip_decoration(candidate.line.text)
    if legal_mention(text):
        return  # "SA au capital de …" over "RCS …": the name is further up
    if text[:1].isupper() and word_count(text) <= 8 and not DEPARTMENT_LINE.search(text):
        draft.issuers.append(Issuer(text, None, candidate.line.locate(0, len(candidate.line.text))))


def _read_from(issuer: Issuer, candidate: HeaderCandidate) -> bool:
    """Whether ``issuer`` was read from ``candidate``'s line, or from lines it ends
    ("VERNAUD" / "INDUSTRIES" over "Société anonyme au capital de …")."""
    span = candidate.line.span
    return issuer.span is not None and issuer.span[0] < span[1] and span[0] < issuer.span[1]


def _ends_on(issuer: Issuer, candidate: HeaderCandidate) -> bool:
    """Whether ``issuer``'s name, perhaps read over several lines, ends on ``candidate``'s."""
    span = candidate.line.span
    return issuer.span is not None and span[0] < issuer.span[1] <= span[1]


# A line saying what kind of body the name above is, in common nouns only: "Société
# d'économie mixte locale", "Régie publique de l'eau et de l'assainissement", "Établissement
# public à caractère industriel et commercial" (a second organisation has a proper name).
_DESCRIPTOR = re.compile(
    r"(?i:soci[ée]t[ée]\s+(?:d['’][ée]conomie\s+mixte|publique\s+locale|anonyme|coop[ée]rative"
    r"|par\s+actions|[àa]\s+responsabilit[ée]|d['’]int[ée]r[êe]t\s+collectif)"
    r"|r[ée]gie\s+(?:publique|municipale|intercommunale|personnalis[ée]e)"
    r"|[ée]tablissement\s+public|groupement\s+d['’]int[ée]r[êe]t\s+(?:public|[ée]conomique)"
    # (the State it serves is the only capital: "concessionnaire de l'État")
    r"|association\s+(?:reconnue|agr[ée][ée]e|d[ée]clar[ée]e))(?:[a-zà-ÿœæ'’ -]|[ÉE]tat\b){0,100}"
    # who shelters or recognises it: "sous l'égide de la Fondation de France", "reconnue
    # d'utilité publique", "abritée par …", "membre du réseau …"
    r"|(?i:sous\s+l['’][ée]gide\s+d|abrit[ée]e?\s+par\s|reconnue?\s+d['’]utilit[ée]\s+publique"
    # a union's confederation, a club's federation: "Affilié à l'Union syndicale …"
    rf"|{_MEMBERSHIP_PATTERN}"
    # a subsidiary's group: "une société du groupe Telvana", "filiale du groupe …"
    r"|(?:une\s+)?(?:soci[ée]t[ée]|filiale|entreprise|marque)\s+du\s+groupe\s)[^\n]{0,100}"
)

# A tagline: the kind of body the name above is, then what it does, in common nouns ("Le
# cluster des mobilités aériennes décarbonées", "Association nationale des personnes
# malentendantes"). The word after the kind is in lower case: "Pôle Mer Bretagne" is a name.
_TAGLINE = re.compile(
    r"(?i:(?P<article>(?:le|la|les)\s+|l['’])?"
    r"(?:association|cluster|p[ôo]le|r[ée]seau|syndicat|f[ée]d[ée]ration|conf[ée]d[ée]ration"
    r"|union|institut|agence|collectif|centre|groupement|fondation|campus|[ée]cole|alliance"
    r"|incubateur|acc[ée]l[ée]rateur|technop[ôo]le|observatoire|mouvement|plateforme"
    r"|coop[ée]rative|organisme)\s+)"
    r"(?P<what>[a-zà-ÿœæ][^\n]{0,120})"
)
# A word of what the body does, not a link word: "protection", "technologies", "nationale"
_CONTENT_WORD = 5
# The words before a place's name in a description: "… de Bretagne", "… en Occitanie"
_PLACE_LINKS = frozenset(("de", "du", "des", "en", "à", "au", "aux", "la", "le", "les"))


def _name_continues(name: str, text: str) -> bool:
    """Whether the line ``text`` completes the organisation ``name`` read just above it."""
    if text.endswith((".", "!", "?")) or DEPARTMENT_LINE.search(text) or _in_other_language(text):
        return False  # (a name's translation under it: "MINISTRY OF FORESTRY")
    if _REPRESENTATIVE.match(name) and _WHERE_SERVED.fullmatch(text):
        return True  # "HAUT-COMMISSAIRE DE LA RÉPUBLIQUE" / "EN NOUVELLE-CALÉDONIE"
    if (
        _NAME_CONTINUATION.match(text)
        and word_count(text) <= _CONTINUATION_WORDS
        and _continues_in_its_case(name, text)
    ):
        return True  # "COMMUNAUTÉ DE COMMUNES" / "DES VALLÉES DE L'OUCHE ET DU SUZON"
    if word_count(text) > 6:
        return False
    if _sector_under_brand(name, text):
        return True  # "VERNAUD" / "INDUSTRIES", "HELVANE" / "ÉNERGIES"
    if _stacked_name(name, text):
        return True  # "UNIVERSITÉ" / "CAEN" / "NORMANDIE", "SAVOIE" / "LE DÉPARTEMENT"
    if _MINISTRY.match(name) and is_caps(name) and is_caps(text) and not ISSUER_WORDS.match(text):
        return True  # a ministry's name set in capitals line by line: … / "ALIMENTAIRE"
    if (
        is_caps(name)
        and is_caps(text)
        and _AWAITS_ITS_PLACE.search(name)
        and word_count(text) <= _STACKED_WORDS
    ):
        # "PRÉFET DE LA RÉGION" / "GRAND EST", / "CENTRE-VAL DE LOIRE" (a place whose first
        # word is a kind of body's), not a title ("PLAN ÉCOLES 2030") nor another body
        # ("RÉGION CENTRE-VAL DE LOIRE")
        kind = ISSUER_WORDS.match(text)
        return (
            (kind is None or text[kind.end() : kind.end() + 1] == "-")
            and _PLACE_NAME.fullmatch(text) is not None
            and not DOC_TYPE.fullmatch(text)
        )
    if (
        is_caps(name)
        and is_caps(text)
        and not ISSUER_WORDS.match(text)
        and ISSUER_WORDS.match(name)
        and _PURPOSE.match(text)
        and "," not in text
    ):
        return True  # "FONDATION MIRABELLE" / "POUR LA RECHERCHE EN PÉDIATRIE"
    if ISSUER_WORDS.match(name) and is_caps(name) and is_caps(text) and word_count(text) == 1:
        # "CENTRE HOSPITALIER" / "INTERCOMMUNAL", not an acronym ("ANVOA", "CHIC")
        return len(text) > _ACRONYM_LENGTH and not ISSUER_WORDS.match(text)
    return bool(
        _COLLECTIVE_KIND.fullmatch(name)
        and text[:1].isupper()
        and not ISSUER_WORDS.search(text)
        and not is_person_name(text)
    )


def _sector_under_brand(name: str, text: str) -> bool:
    """A company's logo in capitals: its brand, one word, over the sector its name closes with
    (a word naming no one alone)."""
    return (
        word_count(name) == 1
        and is_sector_word(text)
        and is_caps(name)
        and is_caps(text)
        and not ISSUER_WORDS.match(name)
        and not DOC_TYPE.fullmatch(name)
    )


def _stacked_name(name: str, text: str) -> bool:
    """A logo's name set in capitals a word or two a line: a bare kind of body, then its
    proper name ("RÉGION" / "CENTRE-VAL DE LOIRE", "UNIVERSITÉ" / "CAEN"), or a place, then
    the kind of body it brands ("SAVOIE" / "LE DÉPARTEMENT", "GIRONDE" / "LA RÉGION")."""
    if not (is_caps(name) and is_caps(text)) or word_count(text) > _STACKED_WORDS:
        return False
    if _BRAND_KIND.fullmatch(text):
        return word_count(name) <= _STACKED_WORDS and not ISSUER_WORDS.match(name)
    head = ISSUER_WORDS.match(text)
    if OFFICE.search(name) or SERVICE_LINE.match(text):
        return False  # "PREMIER MINISTRE" / "MISSION INTERMINISTÉRIELLE …": two bodies
    return (
        (_COLLECTIVE_KIND.fullmatch(name) is not None or ISSUER_WORDS.fullmatch(name) is not None)
        and (head is None or text[head.end() : head.end() + 1] == "-")  # "CENTRE-VAL DE LOIRE"
        and not DOC_TYPE.fullmatch(text)
    )


# A line of a stacked logo holds this many words at most.
_STACKED_WORDS = 4
# The kind of body a place's name brands, on the line under it: "SAVOIE" / "LE DÉPARTEMENT".
_BRAND_KIND = re.compile(
    r"(?:le|la|l['’])\s*(?:d[ée]partement|r[ée]gion|m[ée]tropole|ville|agglo(?:m[ée]ration)?)",
    re.I,
)


# A State's representative, named with where it serves on the next line ("AMBASSADE DE
# FRANCE" / "AU CANADA"); only a place follows ("Ville de Nantes" / "en partenariat avec …"
# is a tagline).
_REPRESENTATIVE = re.compile(
    r"\W*(?:haut-commissa|ambassade|consulat|repr[ée]sentation|d[ée]l[ée]gation|pr[ée]f)", re.I
)
_WHERE_SERVED = re.compile(
    r"(?:en|au|aux)\s+(?-i:[A-ZÀ-Ý])[\w'’-]*(?:\s+(?-i:[A-ZÀ-Ý])[\w'’-]*){0,2}", re.I
)


# A generic kind of local authority, completed by its proper name on the next line
# ("Communauté d'agglomération" / "Vallée de l'Orbe").
_COLLECTIVE_KIND = re.compile(
    r"(?:communaut[ée]\s+(?:d['’]agglom[ée]ration|de\s+communes|urbaine)|syndicat\s+(?:mixte|"
    r"intercommunal)|m[ée]tropole|conseil\s+(?:d[ée]partemental|r[ée]gional)|r[ée]gion|d[ée]partement"
    r"|pr[ée]f(?:et|[èe]te|ecture)|ville|commune|mairie"
    # a State body named after its region: "AGENCE RÉGIONALE DE SANTÉ" / "LA RÉUNION"
    r"|agence\s+r[ée]gionale\s+de\s+sant[ée]|rectorat|acad[ée]mie)",
    re.I,
)
# A word in capitals this short under a name is its acronym, not the rest of the name.
_ACRONYM_LENGTH = 5
# A ministry, whose letterhead sets its long name in capitals over as many lines as it takes.
_MINISTRY = re.compile(r"minist[èe]re\b", re.I)
# The bodies other than ministries whose names list what they regulate: "Autorité de
# régulation des communications électroniques, des postes et de la distribution de la presse".
_LONG_NAME = re.compile(r"(?:haute\s+)?autorit[ée]\s|commission\s", re.I)
# The link words that continue a name: "de la", "de l'", "du", "des", "de", "d'".
_LINK = r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])"
# A ministry's portfolio: "SECRÉTARIAT D'ÉTAT" / "CHARGÉ DE LA MER", "… AUPRÈS DU …".
_PORTFOLIO_LINK = rf"(?:charg[ée]e?s?|aupr[èe]s)\s+{_LINK}"
# A name continued on the next line: "PRÉFET" / "D'ILLE-ET-VILAINE", "… de la Gironde".
_NAME_CONTINUATION = re.compile(rf"(?:et\s+)?{_LINK}(?:\s|(?<=['’]))|{_PORTFOLIO_LINK}", re.I)
# Across paragraphs, only a link that cannot open a title: "ET DE LA RECHERCHE", "CHARGÉ DE
# LA MER" ("DES JARDINS PARTAGÉS DANS CHAQUE QUARTIER" under "VILLE DE RENNES" is a title).
_NAME_GOES_ON_BELOW = re.compile(rf"et\s+{_LINK}(?:\s|(?<=['’]))|{_PORTFOLIO_LINK}", re.I)


# A name that ends on the kind of territory it serves, its proper name to come on the next
# line: "PRÉFET DE LA RÉGION" / "GRAND EST", "CONSEIL DU DÉPARTEMENT" / "DE LA SAVOIE".
_AWAITS_ITS_PLACE = re.compile(
    r"\b(?:de\s+la|du|de\s+l['’])\s*(?:r[ée]gion|d[ée]partement|collectivit[ée]|province)\s*$",
    re.I,
)
# A place's name in capitals: words, hyphens and apostrophes, no figure, no preposition
# opening it ("DÉPLACEMENT À GRENOBLE", "EN ACTION" are no place).
_PLACE_NAME = re.compile(
    r"(?!(?:À|AU|AUX|EN|POUR|DANS|SUR|PAR|AVEC)\b)(?:DE\s+LA\s+|DE\s+L['’]\s*|DU\s+|DES\s+)?"
    r"[A-ZÀ-Ý][A-ZÀ-Ý'’-]*(?:\s+(?:[A-ZÀ-Ý][A-ZÀ-Ý'’-]*|D['’][A-ZÀ-Ý][A-ZÀ-Ý'’-]*))*"
)
# A body's purpose completing its name in capitals: "FONDATION MIRABELLE" / "POUR LA
# RECHERCHE EN PÉDIATRIE" (in lower case under a name, a line opened so is its tagline).
_PURPOSE = re.compile(r"pour\s+(?:la|le|les|l['’]|un|une)\b", re.I)

# A name's second line opening with "de", "du", "des"… runs to this many words.
_CONTINUATION_WORDS = 10


def _continues_in_its_case(name: str, text: str) -> bool:
    """A name goes on over a line in its own case: a line in capitals under a name in
    capitals, a line opening in lower case ("de la Drôme") under one in mixed case; a line
    opening with a capital particle ("Des jardins partagés…") under a mixed-case name, or in
    mixed case under capitals, is a title."""
    if is_caps(text):
        return is_caps(name)
    return text.lstrip(" *_")[:1].islower() or _PORTFOLIO_HEAD.match(text) is not None


# A ministry's portfolio line, capitalised or not: "Chargé de la Mer", "auprès du ministre".
_PORTFOLIO_HEAD = re.compile(r"\W*(?:charg[ée]e?s?|aupr[èe]s)\s", re.I)


def _same_column(text: str, above: Span | None, below: Span) -> bool:
    """Whether two lines of a letterhead laid out in columns stand in the same column (a
    name in the right column goes on in the right column); true outside column layouts."""
    if above is None:
        return True
    columns = [span[0] - (text.rfind("\n", 0, span[0]) + 1) for span in (above, below)]
    if abs(columns[0] - columns[1]) <= _COLUMN_SLACK or max(columns) < _COLUMN_START:
        return True
    # centred lines: their middles align ("AGENCE RÉGIONALE DE SANTÉ" over "LA RÉUNION")
    ends = [span[1] - (text.rfind("\n", 0, span[0]) + 1) for span in (above, below)]
    return abs((columns[0] + ends[0]) - (columns[1] + ends[1])) <= 2 * _COLUMN_SLACK


# How far apart two lines of one column may start; a column starts this far right at least.
_COLUMN_SLACK = 6
_COLUMN_START = 20


def _column_issuer(draft: Draft, line: Line) -> int | None:
    """In a letterhead laid out in columns, the index of an issuer standing in ``line``'s
    column on the source line right above it, if any."""
    text = draft.document.text
    if "    " not in source_line(text, line.span).strip():
        return None  # no other column on the line
    for index in range(len(draft.issuers) - 1, max(-1, len(draft.issuers) - 4), -1):
        span = draft.issuers[index].span
        if span is None or text.count("\n", span[1], line.span[0]) != 1:
            continue
        if _same_column(text, span, line.span):
            return index
    return None


def _extend_issuer(draft: Draft, line: Line, index: int = -1) -> None:
    last = draft.issuers[index]
    text = line.text.strip()
    start = line.text.find(text)
    end_span = line.locate(start, start + len(text))
    span = (last.span[0], end_span[1]) if last.span is not None else end_span
    name = last.name
    if last.span is not None and "," in draft.document.text[last.span[1] - 1 : last.span[1] + 1]:
        name += ","  # "MINISTÈRE DE L'ÉCONOMIE," / "DES FINANCES": the comma is the name's
    draft.issuers[index] = attrs.evolve(last, name=f"{name} {strip_decoration(text)}", span=span)


# A wrapped office line runs to this many words at most.
_TITLE_WORDS_LIMIT = 40


def _continues(text: str) -> bool:
    """A wrapped office line: capitals or a lower-case start, no sentence end."""
    return (is_caps(text) or text[:1].islower()) and len(text.split()) <= _TITLE_WORDS_LIMIT


def _acronym_of(text: str, name: str) -> bool:
    """Whether ``text`` is ``name``'s acronym: its letters are the initials of the name's
    words, in order, some words (articles, prepositions) skipped."""
    letters = text.replace(".", "").strip()
    if not 2 <= len(letters) <= 12 or not letters.isalpha() or not letters.isupper():
        return False
    # (initials folded: "EPTB" is "Établissement public territorial du bassin")
    initials = [folded(word[:1]).upper() for word in re.split(r"[\s'’-]+", name) if word]
    letters = folded(letters).upper().replace(" ", "")
    position = 0
    for letter in letters:
        while position < len(initials) and initials[position] != letter:
            position += 1
        if position == len(initials):
            return False
        position += 1
    return initials[:1] == [letters[0]]


# A person, a party in brackets perhaps, then the office: "Anne Martin (PS), présidente de …"
# (the line's trailing blanks and comma are stripped before: no tail to backtrack into).
_NAME_AND_OFFICE = re.compile(
    r"(?P<name>[^,()\n]{3,60}?)\s*+(?:\([^()\n]{1,30}\)\s*+)?,\s*+(?P<office>[^\n]{3,200})"
)


def _name_and_office(text: str) -> re.Match[str] | None:
    if "," not in text:
        return None
    return _NAME_AND_OFFICE.fullmatch(COMMUNIQUE_SUFFIX.sub("", text).rstrip(" \t,"))


def _organisation_like(text: str) -> bool:
    # (a ministry's name lists its portfolios, an authority's what it regulates)
    longest = _MINISTRY_WORDS if _listing_name(text) else _NAME_WORDS
    if DEPARTMENT_LINE.search(text) or word_count(text) > longest or address_in(text):
        return False
    if _ISIN.search(text):
        return False  # "FR0000000293 - ALAUB": a listed company's codes, under its name
    if _TITLE_COLON.search(text):
        return False  # "Néovalis : une activité solide au premier semestre": a title
    if CLAUSE_VERB.search(text):
        return False  # "Le Conseil de sécurité doit agir": a surtitle, no name
    if council_session_title(text):
        return False  # "CONSEIL DES MINISTRES DU 6 MARS 2019": the meeting's title
    dated = first_date_in(text)
    if dated is not None and text[: dated.start()].rstrip()[-1:] not in _FIELD_MARKS:
        return False  # "Nomination de X au poste de Président du Conseil au 1er avril 2022"
    return bool(ISSUER_WORDS.search(text)) or (is_caps(text) and word_count(text) <= 8)


def _listing_name(text: str) -> bool:
    """A ministry's name, or an authority's listing what it regulates after a comma ("…
    des communications électroniques, des postes et de la distribution de la presse"): no
    digit (a title's day, "réunie le 2 mars")."""
    if _MINISTRY.match(text):
        return True
    return (
        _LONG_NAME.match(text) is not None
        and _LISTED_COMPLEMENT.search(text) is not None
        and not any(char.isdigit() for char in text)
    )


# A complement listed after a comma: ", des postes", ", de la presse", ", du sport".
_LISTED_COMPLEMENT = re.compile(rf",\s+{_LINK}\s*\w", re.I)
# What sets a field off in a strip of them ("Ville de Lyon · Communiqué · 2 juillet 2026"): a
# date after one is the strip's, not words of a name.
_FIELD_MARKS = "·|–—-•/,"
# A name runs to this many words at most, a ministry's (its portfolios listed) to more.
_NAME_WORDS = 14
_MINISTRY_WORDS = 24
# An ISIN: two letters of a country, nine characters, a check digit; six digits at least
# after the country ("BRETAGNE2026", an event's name in one word, is none).
_ISIN = re.compile(r"(?<![\w-])[A-Z]{2}(?=(?:[A-Z]{0,9}\d){6})[A-Z0-9]{9}\d(?![\w-])")


# A title's colon: a subject, then what is said of it in lower case, or a figure, or a quote
# ("Commission permanente : 1,4 M€ pour …", "Budget : « une année charnière »").
_TITLE_COLON = re.compile(r"(?<!\s)\s+:\s+(?:[a-zà-ÿ]|\d|«)")


def _co_issuers(name: str) -> list[str]:
    """The organisations a letterhead line names side by side (``Université des Antilles ·
    Centre national de recherche …``): split at a middle dot, a bullet or a bar when every
    part is an organisation's name; else the line's name whole."""
    if not any(mark in name for mark in "·•|×"):
        return [name]
    parts = [strip_decoration(part) for part in _CO_ISSUER_SEPARATOR.split(name)]
    # "Ville de Villeurbanne · Communiqué de presse · 2 juillet 2026": a strip of fields, the
    # name first, then the type and the day, which name no issuer
    parts = [part for part in parts if not _type_or_day(part)] or parts
    # "Communauté d'Agglomération Pays Basque · Euskal Hirigune Elkargoa": the name, then
    # its translation
    parts = [part for part in parts if not _in_other_language(part)] or parts
    if len(parts) == 1:
        return parts
    if len(parts) == 2 and ISSUER_WORDS.fullmatch(parts[0]):
        return [parts[1]]  # "Société | QUORVANE": a field's label, then the name
    if (
        len(parts) >= 2
        and _organisation_like(parts[0])
        and all(_department_or_status(part) for part in parts[1:])
    ):
        # "Ville de Lyon | Direction des Sports", "Mairie de Lyon · Cabinet du Maire",
        # "Théâtre des Célestins | Centre dramatique national": its unit or its status
        return [parts[0]]
    if len(parts) < 2 or not any(_organisation_like(part) for part in parts):
        return [name]
    # each an organisation's name: with its kind ("Région Normandie") or a proper name of a
    # few capitalised words or an acronym ("Normandie Essor Innovation", "INRAE")
    if not all(part and (_organisation_like(part) or _proper_name(part)) for part in parts):
        return [name]
    return parts


def _proper_name(text: str) -> bool:
    """A name of capitalised words (two at least, small linking words aside) or an acronym,
    no figure: "Normandie Essor Innovation", "Atlantis Lab", "INRAE" (not a motto's verb)."""
    words = text.split()
    if any(char.isdigit() for char in text) or not 1 <= len(words) <= _PROPER_NAME_WORDS:
        return False
    if len(words) == 1:
        return len(text) >= 2 and text.isupper()
    return all(word[:1].isupper() or word in ORGANISATION_NAME_LINKS for word in words)


_PROPER_NAME_WORDS = 6


# (a co-branded letterhead sets its names apart by "×": "VÉLONDE × MAISON CORBIÈRE")
_CO_ISSUER_SEPARATOR = re.compile(r"(?<!\s)\s+[·•|×]\s+")


def _may_join_names(text: str) -> bool:
    """Whether ``text`` holds a mark that sets names side by side (a cheap test first)."""
    marked = "·" in text or "•" in text or "|" in text or "×" in text  # (no generator)
    return marked and _CO_ISSUER_SEPARATOR.search(text) is not None


def _type_or_day(part: str) -> bool:
    """A field of a strip that is a document type or a day (no place)."""
    return DOC_TYPE.fullmatch(part) is not None or (len(part) <= _DAY_FIELD and day_field(part))


def _department_or_status(part: str) -> bool:
    """A unit of the body named before it ("Direction des Sports", "Cabinet du Maire") or
    what kind of body it is, its head then adjectives in lower case ("Centre dramatique
    national", "Scène nationale")."""
    if SERVICE_LINE.fullmatch(part) or DEPARTMENT_LINE.search(part) or _CABINET.match(part):
        return True
    if _DESCRIPTOR.fullmatch(part):
        return True
    words = part.split()
    return (
        2 <= len(words) <= _STATUS_WORDS  # ("Centre national de la recherche scientifique")
        and all(word.islower() for word in words[1:])
        # ("Office de tourisme": a body of its own, named by its complement)
        and words[1] not in ("de", "du", "des")
        and not words[1].startswith(("d'", "d’"))
    )


_STATUS_WORDS = 3
# A day written as a strip's field holds this many characters at most ("Mardi 2 juillet 2026").
_DAY_FIELD = 30
# The office of a holder: "Cabinet du Maire", "Cabinet de la Présidente".
_CABINET = re.compile(r"cabinet\s+(?:du|de\s+la|de\s+l['’])\s", re.I)


def _drop_bare_units(draft: Draft) -> None:
    """A unit named alone under the body it belongs to ("SECRÉTARIAT GÉNÉRAL", "DIRECTION
    GÉNÉRALE" under a ministry) is no issuer of its own; named in full ("SECRÉTARIAT GÉNÉRAL
    DE LA MER") it is."""
    if len(draft.issuers) > 1:
        kept = [issuer for issuer in draft.issuers if not _BARE_UNIT.fullmatch(issuer.name)]
        draft.issuers[:] = kept or draft.issuers


_BARE_UNIT = re.compile(
    r"\s*(?:secr[ée]tariat\s+g[ée]n[ée]ral|direction\s+g[ée]n[ée]rale|cabinet)\s*", re.I
)


def _drop_repeated_issuers(draft: Draft) -> None:
    """An issuer named twice (a portal's ``Société : X`` field, then X's letterhead) is one."""
    seen: set[str] = set()
    kept = []
    for issuer in draft.issuers:
        key = folded(issuer.name)
        if key not in seen:
            seen.add(key)
            kept.append(issuer)
    draft.issuers[:] = kept


# -- what a line reads like (the headline rules ask it too) ------------------------------------

# The issuer announcing itself at the top of its text: "LA PRÉFECTURE COMMUNIQUE", "Le
# Département de l'Aveyron informe" (the verb alone ends the line: the name is before it).
# (not "… : la Ville vous informe", a title's clause after its colon, told to the reader)
COMMUNIQUE_SUFFIX = re.compile(
    r"(?<!\s)(?<!vous)(?<!nous)\s+(?:communique|informe)\s*+:?\s*$", re.I
)  # linear


def communicates(text: str) -> bool:
    """Whether the line is an issuer announcing itself ("LA PRÉFECTURE COMMUNIQUE", "Le
    Département de l'Aveyron informe"), not a title whose clause after a colon ends so."""
    if not lowered_holds(text, _COMMUNIQUE_SUFFIX_WORDS):
        return False
    found = COMMUNIQUE_SUFFIX.search(text)
    return found is not None and ":" not in text[: found.start()]


# What every match of `COMMUNIQUE_SUFFIX` holds in lower case: a line holding neither is not
# searched.
_COMMUNIQUE_SUFFIX_WORDS = ("ommun", "nforme")


def issuer_like(text: str) -> bool:
    if folded(text) in KIT_SECTION_HEADINGS:
        return False  # "SOMMAIRE", "ÉDITO": a press kit's parts, in capitals like a name
    if communicates(text):
        return True  # "LA PRÉFECTURE COMMUNIQUE", "Anne Martin, maire de Vaise, communique :"
    name = _without_status(text)
    if name != text:
        return issuer_like(name)  # "HYDRALP — une société du groupe Volterra"
    if len(text) > 120 or _TITLE_COLON.search(text) is not None:
        return False
    if dangling_end(text) is not None:
        return False  # "LE PRÉFET LANCE UN APPEL À": no name ends with a preposition
    if opens_a_title(text):
        # "RÉSULTATS ANNUELS 2025 :" over the rest of a title; a name line never ends so
        # ("LA PRÉFECTURE COMMUNIQUE :" is read above)
        return False
    if is_caps(text) and _news_verb(text):
        return False  # "GROUPE BRÉVANE RÉUSSIT" over the rest of its title: no name holds a verb
    if _may_join_names(text) and len(_co_issuers(strip_decoration(text))) > 1:
        return True  # "Normandie Essor Innovation · Région Normandie": names side by side
    return bool(
        # a name starts with a capital ("médiathèque du quartier…" goes on with a wrapped
        # title) and holds no verb ("Théâtre de la Ville lance sa saison" is a title)
        (
            ISSUER_WORDS.match(text)
            and text[:1].isupper()
            and not _ARTICLE_AFTER_FIRST_WORD.match(text)
            and ANNOUNCING_VERB.search(text) is None
        )
        or is_person_name(text)
        or OFFICE.match(text)
        or _office_with_article(text)
        or (
            is_caps(text)
            and word_count(text) <= 6
            and not text.endswith((".", "!", "?"))
            # "RÉSULTATS SEMESTRIELS 2016/2017": a listed company's report, no name
            and _FINANCIAL_REPORT.match(text) is None
        )
    )


# What a listed company's release reports, opening its title: no body's name opens so.
_FINANCIAL_REPORT = re.compile(
    r"\s*(?:r[ée]sultats|chiffre\s+d['’]affaires|comptes\s+(?:annuels|semestriels|consolid[ée]s)"
    r"|rapport\s+(?:annuel|financier|semestriel)|information\s+financi[èe]re\s+trimestrielle)\b",
    re.I,
)


def _news_verb(text: str) -> bool:
    """Whether a line holds a verb telling news (``RÉUSSIT``, ``LANCE``, ``CÈDE``), not one of
    an issuer communicating (``LE DÉPARTEMENT INFORME``, ``LA PRÉFECTURE COMMUNIQUE``)."""
    verb = ANNOUNCING_VERB.search(text)
    return verb is not None and folded(verb.group()) not in _COMMUNICATING_VERBS


_COMMUNICATING_VERBS = frozenset(("informe", "communique"))


# "Direction la phase IV…" is a sentence; "Direction générale des entreprises" an issuer:
# an organisation's name never puts an article right after its first word.
_ARTICLE_AFTER_FIRST_WORD = re.compile(r"\S+\s+(?:la|le|les|un|une|l['’])(?:\s|(?<=['’]))", re.I)


def _office_with_article(text: str) -> bool:
    """An office named with its article on a letterhead line of its own (``La secrétaire
    d'État``, ``Le préfet de la Drôme``): who signs, not a title (no verb, a few words)."""
    article = SUBJECT_ARTICLE.match(text)
    office = OFFICE.match(text, article.end()) if article is not None else None
    if office is None or word_count(text) > _OFFICE_LINE_WORDS:
        return False
    rest = text[office.end() :].strip()
    return not rest or (_PORTFOLIO.match(rest) is not None and _only_portfolio(rest))


def _only_portfolio(rest: str) -> bool:
    """Whether the words after an office name its portfolio only ("de la Culture", "chargée
    de la Transition écologique", "délégué en charge de l'Industrie"), not what its holder
    does ("du Rhône en visite à Vénissieux", "du Rhône reçoit les maires", "des Sports au
    Stade de Gerland"): no preposition but "de" and "auprès de", no article but after "de"."""
    words = _WORDS.findall(rest.lower())
    for before, word in zip(["de", *words], words, strict=False):
        if word in _NOT_IN_PORTFOLIO and not (word == "en" and _IN_CHARGE.search(rest)):
            return False
        if word in _ARTICLES and before not in ("de", "auprès"):
            return False
    return True


_WORDS = re.compile(r"[^\W\d_]+(?:['’](?=\w))?")
_ARTICLES = frozenset(("le", "la", "les", "un", "une"))
# (prepositions no portfolio holds: "à", "au", "pour", "sur"…; "en" but in "en charge de")
_NOT_IN_PORTFOLIO = frozenset(
    (
        "à", "au", "aux", "avec", "pour", "sur", "dans", "chez", "par", "contre", "vers",
        "lors", "face", "pendant", "après", "avant", "en",
    )
)  # fmt: skip
_IN_CHARGE = re.compile(r"\ben\s+charge\s+d", re.I)


# What may follow an office on its line: its portfolio.
_PORTFOLIO = re.compile(
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|charg[ée]e?|d[ée]l[ée]gu[ée]e?|aupr[èe]s)(?:\s|(?<=['’]))",
    re.I,
)
_OFFICE_LINE_WORDS = 14  # (a portfolio may be long: its words are checked one by one)


def legal_mention(text: str) -> bool:
    """A company's or an association's legal mention: "RCS …", "SA au capital de …"."""
    return may_hold(text, _LEGAL_WORDS) and _LEGAL_MENTION.search(text) is not None


# Legal mentions under an organisation's name: its status, capital, registration.
_LEGAL_MENTION = re.compile(
    r"\bassociation\s+(?:r[ée]gie\s+par\s+la\s+)?loi\s+(?:du\s+1er\s+juillet\s+|de\s+)?1901\b"
    r"|\breconnue?\s+d['’]utilit[ée]\s+publique|\bau\s+capital\s+de\b|\bRCS\b|\bSIRE[NT]\b"
    r"|\bsi[èe]ge\s+social\b",
    re.I,
)
# What every match of `_LEGAL_MENTION` holds in lower case: a line holding none is not searched.
_LEGAL_WORDS = ("1901", "publique", "capital", "rcs", "sire", "social")


def department_or_address(text: str) -> bool:
    return (
        DEPARTMENT_LINE.search(text) is not None
        or address_in(text) is not None
        or SERVICE_LINE.fullmatch(text) is not None
        or is_state_frame(text)
    )


#: Department lines name a service, not an issuer (``CABINET – COMMUNICATION``).
DEPARTMENT_LINE = re.compile(
    r"^\s*(?:cabinet|service\s+(?:de\s+)?(?:presse|communication)|communication|presse"
    r"|direction\s+de\s+la\s+communication|bureau\s+de\s+(?:la\s+)?presse)\b(?:\s*[–—-]\s*\w+)?\s*$"
    r"|^\s*cabinet\s*(?:[–—-]|d[eu]\s|de\s+la\s|des\s)"
    # "Bureau de la communication interministérielle", "Service départemental de la communication"
    # a fire service's "Groupement communication"
    r"|^\s*groupement\s+(?:de\s+la\s+)?communication\b"
    r"|^\s*(?:bureau|service|direction|p[ôo]le|cellule|mission|d[ée]partement)\b"
    r"[^\n]{0,60}?\b(?:communication|presse|relations\s+(?:presse|m[ée]dias|publiques))\b",
    re.I,
)
