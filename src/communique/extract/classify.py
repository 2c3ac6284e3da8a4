"""The classify step: does the text look like a press release at all?

Each kind of evidence is a row of `EVIDENCE`, an `Evidence` (code, weight,
predicate); a text is a press release when the weights of the rows that fire add up to
`THRESHOLD`. The codes that fired are part of the result, so a crawler can see why
(``docs/model.md`` lists them all, and says how the weights were set). A new convention is a
new row, and its phrases a `Cue`.

Structure (a document type, a dateline, a contact block…) is strong evidence, found by the
earlier steps. A web page captured without its header has none: then the text's voice
decides (`communique.french.cues`). Cues that news articles share (an opening "X
annonce…", a styled name, an event's time slot) weigh 1, so that one alone never makes a
release; cues only an issuer writes ("a le plaisir de vous annoncer", journalists invited)
weigh 2. Texts that cite, explain, list or deliver releases weigh against.

The cues read at most the first `SCAN_LIMIT` characters, each near its keywords only
(`Cue`, the keywords found for all the cues in one scan),
labels and credits only the first `OPENING_LIMIT`, and the opening cue only the first
paragraphs: the step costs the same on a 5 MB document as on a 20 KB one, and little beside
the other steps.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator

import attrs

from .. import diagnostics
from ..blocks import REGISTRATION_FORM, BlockKind
from ..french import cues
from ..french.announcer import OWN_FIGURES_ANNOUNCED
from ..french.dates import MONTH_PATTERN
from ..french.vocabulary import DOC_TYPE, RELATED_CONTENT, council_session_title
from ..models import SectionKind
from ._keywords import _lowered
from .contact_lines import contact_heading
from .dateline import match_dateline
from .draft import Draft, Role
from .page_furniture import SECTION_TITLE

__all__ = ["EVIDENCE", "SCAN_LIMIT", "THRESHOLD", "WEIGHTS", "Evidence", "Reading", "classify"]

THRESHOLD = 2.0
#: How much of the text the pattern cues read.
SCAN_LIMIT = 20000
#: How much of the text's opening a release label is looked for in.
OPENING_LIMIT = 1000
#: How much of the text's opening paragraphs the future-tense verbs are counted in, and how
#: many distinct ones make an announcement.
FUTURE_LIMIT = 3000
FUTURE_VERBS = 2
_LONGEST_WORD = 30
#: Distinct listing items (a release and its date, "Lire la suite") that make an index page.
LISTING_ITEMS = 3
#: Distinct publication stamps ("Publié le 11/08/2026") that make an index page by themselves.
STAMPED_ITEMS = 4
#: How long a paragraph must be to be a release's body (a teaser in a listing is shorter).
BODY_PARAGRAPH_LENGTH = 200
#: How many blocks are searched for the first body paragraph, and how long it must be.
_LEAD_BLOCKS = 12
_LEAD_MIN_LENGTH = 80

# A blank to fill in a sentence ("Jean Roux, ________ de la société"); a line of underscores
# alone is a rule, not a blank. Looked for only where the text holds four underscores.
_BLANK = "____"
# The default text a page builder's new text block holds (Elementor's), before its lorem ipsum.
_BUILDER_DEFAULT = "click edit button to change this text"
_BUILDER_DEFAULT_REACH = 60
_BLANK_IN_SENTENCE = re.compile(r"[^\W_][ \t,]{0,2}_{4}|(?<!_)_{4,}+[ \t]{0,2}[^\W_]")
_PRESS_REVIEW = re.compile(r"(?:synth[èe]se|revue)s?\s+de\s+presse", re.I)
# A schedule's title: "Agenda prévisionnel du préfet", "Agenda de la semaine", "Agenda du
# ministre", "Programme des déplacements du préfet".
_AGENDA_TITLE = re.compile(
    # ("Agenda 2030 : la Région adopte sa feuille de route" is a programme, not a schedule)
    # (matched at a title's start; the look-behind keeps a scan along a run of spaces linear)
    r"(?<!\s)\s*(?:agenda(?!\s*\d)(?:\s+(?:pr[ée]visionnel|officiel|public|hebdomadaire))?"
    # after the meeting it is the agenda of: "Conseil communautaire du 15 décembre : ordre du
    # jour"
    r"|(?:conseil|assembl[ée]e|s[ée]ance|comit[ée]|commission)[^:\n]{0,100}:\s{0,8}ordre\s+du\s+jour"
    r"|programme\s+(?:des\s+d[ée]placements|de\s+la\s+semaine|pr[ée]visionnel"
    r"|des\s+(?:pr[ée]sentations|interventions|conf[ée]rences))"
    # "Ordre du jour du Conseil des ministres du mercredi 20 mars 2024"
    r"|ordre\s+du\s+jour)\b",
    re.I,
)


@attrs.frozen
class Reading:
    """What the evidence predicates read: the draft and the head of its text, scanned once.

    !!! info "Added in version 0.1"
    """

    draft: Draft
    #: the first :data:`SCAN_LIMIT` characters of the text
    head: str
    #: ``head.lower()``, for the cues' keyword shortcut
    lowered: str
    #: where the cues' keywords occur in ``lowered``, found once for all the cues
    keywords: cues.KeywordIndex = attrs.field(eq=False)
    #: where the text's title may stand (`_title_lines`), read once for every title evidence
    titles: tuple[str, ...] = attrs.field(eq=False, default=())
    #: the first body paragraph long enough to be a lead (`_lead_paragraph`), read once
    lead: str | None = attrs.field(eq=False, default=None)

    @property
    def opening(self) -> str:
        """The first `OPENING_LIMIT` characters, where labels and credits stand."""
        return self.head[:OPENING_LIMIT]

    def opening_lowered(self) -> tuple[str, cues.KeywordIndex | None]:
        """The opening in lower case, and the keyword index that serves it.

        When every letter of the head lowers to one letter, the opening's lower case is the
        start of ``lowered`` (but for a final sigma, in no keyword) and the head's index
        serves it; otherwise the opening is lowered on its own, with no index.
        """
        if len(self.lowered) == len(self.head):
            return self.lowered[:OPENING_LIMIT], self.keywords
        return self.opening.lower(), None

    @classmethod
    def of(cls, draft: Draft) -> Reading:
        head = draft.document.text[:SCAN_LIMIT]
        lowered = _lowered(head)  # (the whole text's, which the steps lowered, when it is short)
        keywords = cues.KeywordIndex(lowered)
        return cls(draft, head, lowered, keywords, _title_lines(draft), _lead_paragraph(draft))


@attrs.frozen
class Evidence:
    """One kind of evidence: its stable code, its weight and when it is given.

    !!! info "Added in version 0.1"
    """

    code: str
    weight: float
    given_when: Callable[[Reading], bool]


def _reported(code: str) -> Callable[[Reading], bool]:
    """Evidence an earlier step reported itself (the contact step finds the contact block)."""

    def given_when(reading: Reading) -> bool:
        return code in reading.draft.evidence

    given_when.__name__ = f"reported_{code.replace('-', '_')}"
    return given_when


def _cue(cue: cues.Cue, *, opening: bool = False) -> Callable[[Reading], bool]:
    """A phrase of `communique.french.cues` found in the head of the text.

    With ``opening``, only in its first `OPENING_LIMIT` characters: where a wire's tag
    or an agency's credit stands, at the top of the text.
    """

    def given_when(reading: Reading) -> bool:
        if opening:
            return cue.search(reading.opening, *reading.opening_lowered()) is not None
        return cue.search(reading.head, reading.lowered, reading.keywords) is not None

    return given_when


def _distinct(cue: cues.Cue, wanted: int) -> Callable[[Reading], bool]:
    """``wanted`` different phrases of ``cue`` in the head of the text: a text of that kind
    writes several of its formulas (a job offer: its contract, its profile, its CV), where a
    release mentioning one writes it once."""

    def given_when(reading: Reading) -> bool:
        return len(_phrases(cue, reading)) >= wanted

    return given_when


def _phrases(cue: cues.Cue, reading: Reading) -> set[str]:
    """The different phrases of ``cue`` in the head of the text, spaces and case aside."""
    return {
        " ".join(match.group().lower().split())
        for match in cue.finditer(reading.head, reading.lowered, reading.keywords)
    }


def _job_offer(reading: Reading) -> bool:
    """Two different formulas of a job offer in the head of the text, one of them its own
    (`JOB_OFFER`: its contract, its profile, its post), not only how to apply (a call for
    applications, which a release announces, writes those)."""
    own = _phrases(cues.JOB_OFFER, reading)
    return bool(own) and len(own | _phrases(cues.JOB_APPLICATION, reading)) >= 2


def _without_type(given_when: Callable[[Reading], bool]) -> Callable[[Reading], bool]:
    """``given_when``, for a text that writes no document type of its own."""

    def without_type(reading: Reading) -> bool:
        return not _doc_type_in_text(reading) and given_when(reading)

    return without_type


def _unlabelled(given_when: Callable[[Reading], bool]) -> Callable[[Reading], bool]:
    """``given_when``, for a text without a release's own marks: no document type in its text
    and no dateline with a place (a standing page, a call's page, an opinion piece has
    neither)."""
    return _without_type(lambda reading: not _dateline_with_place(reading) and given_when(reading))


def _uncontacted(given_when: Callable[[Reading], bool]) -> Callable[[Reading], bool]:
    """``given_when``, for a text that gives no press contact (a release may be titled like
    a standing page and still give its press officer; a page's footer ``Contact`` with the
    body's address is no press contact)."""
    return lambda reading: not _press_contact(reading) and given_when(reading)


def _press_contact(reading: Reading, *, accreditation: bool = True) -> bool:
    """Whether a contact block stands under a heading naming the press or the media (one
    for the journalists an event accredits, "Presse : accréditations sur demande", only
    when ``accreditation``)."""
    return any(
        section.kind is SectionKind.CONTACT
        and section.heading is not None
        and _PRESS_WORD.search(section.heading) is not None
        and (accreditation or _ACCREDITATION.search(section.heading) is None)
        for section in reading.draft.sections
    )


_ACCREDITATION = re.compile(r"accr[ée]dit", re.I)


def _event_page(reading: Reading) -> bool:
    """An event's own page: `cues.EVENT_PAGE`'s practical fields of `_EVENT_FIELD_KINDS`
    kinds at least (its named groups: date, place, price, programme…, where a release
    announcing the event names one or two), unless the text announces the event in prose
    before its fields and names a press contact: a festival's release ends with the box an
    event's page is made of."""
    fields = list(cues.EVENT_PAGE.finditer(reading.head, reading.lowered, reading.keywords))
    if len({found.lastgroup for found in fields}) < _EVENT_FIELD_KINDS:
        return False
    if not _press_contact(reading, accreditation=False):
        return True  # (an event page's "Presse : accréditations …" line is no press contact)
    first = min(found.start() for found in fields)
    for block in reading.draft.blocks[:_LEAD_BLOCKS]:
        if block.span[0] >= first:
            break
        text = block.text.rstrip()
        if (
            block.kind is BlockKind.PARAGRAPH
            and len(text) >= _LEAD_MIN_LENGTH
            and text.endswith((".", "»", "!"))
        ):
            return False
    return True


_EVENT_FIELD_KINDS = 3


def _named_for_the_press(reading: Reading) -> bool:
    """Whether a contact of the text is named for the press: by its section's heading, or
    by the words in or just above it (``Contact presse : …``, ``…, chargée de
    communication``)."""
    if _press_contact(reading):
        return True
    text = reading.draft.document.text
    return any(
        _FOR_THE_PRESS.search(text, max(0, start - _CONTACT_LABEL_REACH), end)
        for start, end in (c.span for c in reading.draft.contacts if c.span is not None)
    )


def _contacts_for_anyone(reading: Reading) -> bool:
    """A contact block of which no contact is named for the press: neither the contact nor
    what stands just above it (its heading, its label) says ``presse``, ``médias``,
    ``journalistes`` (or ``Renseignements``, Québec's label for them), and none names a
    person unless there are a directory's many cards. A release's contacts are its press
    officers or a person to call; a directory's cards, a leaflet's secretariat, a service's
    mailbox serve anyone."""
    if "contact-block" not in reading.draft.evidence:
        return False
    contacts = reading.draft.contacts
    if len(contacts) < _DIRECTORY_CARDS and any(contact.name for contact in contacts):
        return False  # a person to call, in a body-only release as often as not
    spanned = any(contact.span is not None for contact in contacts)
    return spanned and not _named_for_the_press(reading)


# As many contacts as a directory's page lists (a release gives one or two people to call).
_DIRECTORY_CARDS = 3
# How far above a contact its label or heading stands ("Contact presse" / name / means).
_CONTACT_LABEL_REACH = 150
# A label naming the press, Québec's "Renseignements :" under which governments and bodies
# give their press officers (as `cues.PRESS_CONTACT_LABEL` reads it), or who speaks for it.
_PRESS_WORDS = r"press[e]?|m[ée]dias?|journalistes|relations?\s+publiques"
_FOR_THE_PRESS = re.compile(
    # (who speaks for the body: "chargée de communication", "porte-parole")
    rf"\b(?:{_PRESS_WORDS}|renseignements|communication|porte-parole)\b",
    re.I,
)
_PRESS_WORD = re.compile(rf"\b(?:{_PRESS_WORDS})\b", re.I)


def _schedule(reading: Reading) -> bool:
    """A programme of time slots, a line each ("08h30 – 09h00   Accueil café"), or a calendar
    of days ("5 novembre 2026 – Chiffre d'affaires du troisième trimestre"): an event's
    schedule, a financial calendar, not a release (an invitation's short programme, a
    release's few key dates stay below the count)."""
    # (a festival's release lists its dates too: a calendar page writes no type of its own)
    return _time_slot_lines(reading.head) >= _SCHEDULE_LINES or _calendar_of_days(reading)


@_without_type
def _calendar_of_days(reading: Reading) -> bool:
    head = "\n" + reading.head
    days = len(_DATED_ITEM_LINE.findall(head))
    dateline = reading.draft.dateline
    if dateline is None or dateline.place is None or dateline.date is None:
        # (a table's rows, "21 Mars | Résultats annuels |": a calendar page's; under a
        # release's own dateline, the dates it announces)
        days += len(_DATED_CELL_LINE.findall(head))
    return days >= _SCHEDULE_LINES


def _time_slot_lines(text: str) -> int:
    """How many lines of ``text`` open with a time of day."""
    return len(_TIME_SLOT_LINE.findall("\n" + text))


# A line opening with a time of day: "08h30", "9 h 00", "14:00". Looked for after a line
# break (the text is given one in front), which the engine skips to: a line start ("^" in
# multi-line mode) would be tried at every position.
_TIME_SLOT_LINE = re.compile(
    # (a list's bullet and an emphasis may stand around the time: "- **10 h 00** – Visite …",
    # "• _9 h 00_ – …"; no letter or figure may follow it)
    r"\n[ \t]*(?:[-–•*+][ \t]+)?[*_]{0,2}(?:[01]?\d|2[0-3])\s?[h:]\s?[0-5]\d(?![^\W_])"
)
_SCHEDULE_LINES = 6
# A line opening with a day, then a dash: "5 novembre 2026 – Chiffre d'affaires …" (after a
# line break, as above; a bullet may stand before it).
_DATED_ITEM_LINE = re.compile(
    rf"\n[ \t]*(?:[-–•*][ \t]+)?\d{{1,2}}(?:er)?[ \t]+{MONTH_PATTERN}[ \t]+\d{{4}}[ \t]*[–—-]",
    re.I,
)
# A table's row opening with a day, the year written or not: "21 Mars | Résultats annuels |".
_DATED_CELL_LINE = re.compile(
    rf"\n[ \t]*\d{{1,2}}(?:er)?[ \t]+{MONTH_PATTERN}(?:[ \t]+\d{{4}})?[ \t]*\|",
    re.I,
)


# -- structure found by the earlier steps ------------------------------------------------------


def _doc_type_in_text(reading: Reading) -> bool:
    doc_type = reading.draft.doc_type
    return (
        doc_type is not None
        and doc_type.span is not None
        and _chosen_source(reading, "doc_type") != "closing-line"
    )


def _closing_type(reading: Reading) -> bool:
    """The type only in a footer closing the text ("Communiqué de presse – Service
    communication – …"): a release that is only a body, or an article's last line."""
    return _chosen_source(reading, "doc_type") == "closing-line"


def _doc_type_in_metadata(reading: Reading) -> bool:
    doc_type = reading.draft.doc_type
    return doc_type is not None and doc_type.span is None


def _dateline_with_place(reading: Reading) -> bool:
    dateline = reading.draft.dateline
    return dateline is not None and dateline.place is not None


def _release_quoted(reading: Reading) -> bool:
    """Whether the release's structure (its type and its dateline) stands in a quotation after
    the text's own prose: a post or an article that reproduces someone else's release (not
    a press officer sending her own: "veuillez trouver ci-dessous notre communiqué")."""
    draft = reading.draft
    fields = (draft.doc_type, draft.dateline)
    spans = [field.span for field in fields if field is not None and field.span is not None]
    if len(spans) < len(fields):
        return False  # a quoted release shows both its type and its dateline
    prose: list[str] = []
    for block in draft.blocks:
        if block.kind is BlockKind.QUOTE:
            if all(block.span[0] <= span[0] for span in spans) and any(
                block.span[0] <= span[0] < block.span[1] for span in spans
            ):
                return bool(prose) and not any(map(_SENDS_ITS_OWN.search, prose))
        elif block.kind is BlockKind.PARAGRAPH and len(block.text) >= _LEAD_MIN_LENGTH:
            if any(span[0] < block.span[0] for span in spans):
                return False  # the structure came first: the text's own
            prose.append(block.text)
    return False


# A sender's words over the release she sends: "veuillez trouver ci-dessous notre
# communiqué", "merci de le diffuser", "nous vous transmettons".
_SENDS_ITS_OWN = re.compile(
    r"\bveuillez\s+trouver|\bci-(?:dessous|joint)\s+(?:notre|le\s+communiqu)"
    r"|\bmerci\s+de\s+(?:le|la|bien\s+vouloir)\s|\bnous\s+vous\s+(?:adressons|transmettons)",
    re.I,
)


def _reference(reading: Reading) -> bool:
    return reading.draft.reference is not None


def _metadata_release_keys(reading: Reading) -> bool:
    return bool(reading.draft.document.metadata.release_hints)


def _metadata_page_keys(reading: Reading) -> bool:
    return any(hint != REGISTRATION_FORM for hint in reading.draft.document.metadata.page_hints)


def _registration_form(reading: Reading) -> bool:
    return REGISTRATION_FORM in reading.draft.document.metadata.page_hints


def _metadata_title_and_date(reading: Reading) -> bool:
    metadata = reading.draft.document.metadata
    return bool(metadata.title and metadata.date)


def _release_date(reading: Reading) -> bool:
    """A release date without a place, unless it is the front matter's date counted already."""
    dateline = reading.draft.dateline
    if dateline is None or dateline.place is not None or dateline.date is None:
        return False
    if _date_source(reading) in _MENTIONED_DATES:
        return False  # a date the body mentions: any text has some, a release is not told by it
    return dateline.date_span is not None or not _metadata_title_and_date(reading)


# Dates read from what the text tells (a lead's mention, a title's day), not from where a
# release states its own date.
_MENTIONED_DATES = frozenset(("lead-mention", "headline-date"))


def _date_source(reading: Reading) -> str | None:
    return _chosen_source(reading, "date")


def _chosen_source(reading: Reading, field: str) -> str | None:
    """Where the candidate chosen for ``field`` was read (its explanation's source)."""
    for explanation in reading.draft.explanations:
        if explanation.field == field and explanation.chosen is not None:
            return explanation.chosen.source
    return None


def _press_review(reading: Reading) -> bool:
    doc_type = reading.draft.doc_type
    return doc_type is not None and _PRESS_REVIEW.fullmatch(doc_type.value) is not None


def _title_lines(draft: Draft) -> tuple[str, ...]:
    """Where a text's title may stand: the headline (or the metadata's title), and the text's
    first lines (a title the header read otherwise: a short one in capitals reads like a
    letterhead, one naming an office like an issuer's line)."""
    headline = draft.headline
    title = headline.value if headline is not None else draft.document.metadata.title
    # the header's lines only (the text below is the body's: its headings, its programme)
    opening = itertools.islice(
        (
            (line.text, block.kind is BlockKind.HEADING)
            for block in draft.blocks[: draft.body_start]
            if block.kind not in (BlockKind.METADATA, BlockKind.LIST_ITEM)
            for line in block.lines
        ),
        _TITLE_LINES,
    )
    # (a line of one or two words is a menu's item, "Agenda", "Résultats": no page's title,
    # unless set as a heading; "Agenda :" heads a list; a line naming a type is the release's)
    lines: list[str] = []
    for line, heading in opening:
        if DOC_TYPE.fullmatch(line.strip(" *_#")):
            break
        if (heading or len(line.split()) > _MENU_ITEM_WORDS) and not line.rstrip().endswith(":"):
            lines.append(line)
    return (title or "", *lines)


# A paragraph of prose ends with a sentence (a site's name, its menu and its breadcrumb do not).
_PROSE_END = re.compile(r"[.!?…»][\s*_]*$")
#: How many words a title set as a plain line holds at least (a menu's item holds one).
_TITLE_WORDS = 2
#: How many of the text's first lines its title is looked for in; a menu's item is this short.
_TITLE_LINES = 6
_MENU_ITEM_WORDS = 2


def _titled(pattern: re.Pattern[str]) -> Callable[[Reading], bool]:
    """Evidence that the text's title (`_title_lines`) opens with ``pattern``: a schedule
    ("Agenda prévisionnel du préfet"), minutes, an accreditation notice."""
    return _titled_as(pattern.match)


def _titled_as(kind: Callable[[str], object]) -> Callable[[Reading], bool]:
    """Evidence that one of the text's titles (`_title_lines`) is of a ``kind``."""

    def given_when(reading: Reading) -> bool:
        for title in reading.titles:  # noqa: SIM110 -- a loop: any() over a generator costs more
            if title and kind(title):
                return True
        return False

    return given_when


# A site's standing page for the public, by its title or the part after the title's colon:
# "Infos pratiques", "Vigilance cyclonique : les numéros utiles", "Canicule : les bons
# réflexes", "Foire aux questions", "Plan d'accès".
_PRACTICAL_TITLE = re.compile(
    r"(?:[^:\n]{0,120}:\s{0,8})?(?:les\s+)?(?:(?:infos?|informations?)\s+pratiques"
    r"|(?:num[ée]ros|contacts|liens|adresses)\s+utiles|bons\s+(?:r[ée]flexes|gestes)"
    r"|foire\s+aux\s+questions|questions\s+fr[ée]quentes|faq|plan\s+d['’]acc[èe]s"
    r"|acc[èe]s\s+et\s+horaires|horaires\s+et\s+acc[èe]s|mode\s+d['’]emploi)\b",
    re.I,
)
# A feature of a site's news section, by the genre its title opens with: a portrait
# ("Portrait : …", "Rencontre avec Nadia Belkacem, …", "Trois questions à …", "Une journée
# avec …", "Dans les coulisses de …") or a photo recap ("Retour en images sur …", "En images :
# …"). A release announces; these tell about someone, or show what happened.
_FEATURE_TITLE = re.compile(
    # a portrait as a rubric, or of someone named ("Portrait de territoire : …", "Portrait de
    # femme : le musée acquiert …" name a report and a work: announcements)
    r"\W{0,3}(?:portrait\s*+[:–—]|portrait\s+d['’]une?\s"
    r"|portrait\s+de\s+(?-i:[A-ZÀ-Ý][\w'’-]+(?:,|\s+[A-ZÀ-Ý]))(?![^:\n]*:)"
    r"|rencontre\s+avec\s+(?-i:[A-ZÀ-Ý][\w'’-]+\s+[A-ZÀ-Ý])"
    r"|(?:trois|3)\s+questions\s+[àa]\s|une\s+journ[ée]e\s+avec\s"
    # (not "Dans les coulisses de la Région : journées portes ouvertes …", an event)
    r"|dans\s+les\s+coulisses\s+d(?![^:\n]*:)"
    r"|retour\s+en\s+images?\b|en\s+images?\s*+:)",
    re.I,
)
# A body's standing page about itself, by its whole title: "Qui sommes-nous ?", "Notre
# histoire", "Nos missions", "Nos équipes", "Organigramme", "Annuaire des membres" (a release
# is news about the body, titled with what happened; a rubric such as "Présentation" or
# "Gouvernance" may title one, and is left out).
_INSTITUTION_TITLE = re.compile(
    r"\W{0,3}(?:qui\s+sommes[- ]nous|(?:notre|l['’])\s?histoire|historique"
    r"|nos\s+(?:missions|valeurs|m[ée]tiers|engagements|[ée]quipes)|organigramme"
    r"|annuaire\s+des\s+(?:adh[ée]rents|membres)|[àa]\s+propos\s+de\s+nous"
    # "Présentation", "Présentation de l'agence" (not "Présentation du budget 2026": news)
    r"|pr[ée]sentation(?:\s+(?:de\s+l['’]\s?|du\s+|de\s+la\s+|de\s+notre\s+|de\s+nos\s+)"
    r"(?:agence|association|p[ôo]le|f[ée]d[ée]ration|r[ée]seau|structure|cluster|chambre"
    r"|soci[ée]t[ée]|entreprise|groupe|collectif|syndicat|institut|fondation|[ée]quipes?))?)"
    r"\s*+[?!.:]?\s*+$",
    re.I,
)


# The kind of a document that states a body's views or reports on its year at length, not
# news: "Note de position", "Position paper", "Livre blanc", "Cahier d'acteur", "Plaidoyer",
# "Rapport annuel", "Rapport d'activité", "Note d'analyse", as its title or the label over it
# (alone on its line, or before a colon or a dash). A release presenting one writes its own
# type or dateline.
_POSITION_KIND = re.compile(
    r"\W{0,3}(?:notes?\s+de\s+positionnement|notes?\s+de\s+position|position\s+papers?"
    r"|livres?\s+blancs?|cahiers?\s+d['’]acteurs?|plaidoyer|rapport\s+annuel"
    r"|rapport\s+d['’]activit[ée]s?|notes?\s+d['’]analyse"
    r"|contribution\s+[àa]\s+la\s+consultation(?:\s+publique)?)"
    r"(?:\s+(?:19|20)\d\d)?(?:\s*[:–—-]|\W{0,3}$)",
    re.I,
)


# The kind of an administration's internal document, addressed to its staff: "Note de
# service n° 2026-31", "Note interne", "Circulaire n° 12/2026" (a release about a circular
# writes its own type or dateline).
_INTERNAL_KIND = re.compile(
    r"\W{0,3}(?:notes?\s+de\s+service|notes?\s+internes?|circulaire)"
    # with its number, alone or over its subject; or alone on its line ("Circulaire : le
    # Gouvernement harmonise …" is news about one)
    r"(?:\s+n[°o]\s?[\w./-]{1,20}(?:\s*[:–—-]|\W{0,3}$)|\W{0,3}$)",
    re.I,
)


# The kind of a call that asks for submissions, alone on its line or as the whole title:
# "Appel à communications", "Call for papers", "Appel à projets" ("Appel à candidatures : la
# Région retient 12 lauréats", "Appel à projets « X » : 46 lauréats" tell results: news).
_CALL_KIND = re.compile(
    r"\W{0,3}(?:(?:appels?\s+[àa]\s+(?:communications?|contributions?|propositions?"
    r"|candidatures?|manifestations?\s+d['’]\s?int[ée]r[êe]t)|call\s+for\s+(?:papers|proposals))"
    r"(?:\s+(?:19|20)\d\d)?\W{0,3}$"
    r"|appels?\s+[àa]\s+projets\W{0,3}$)",
    re.I,
)


# How many of the header's lines a document's kind is looked for in.
_KIND_LINES = 12


def _document_kind(kind: re.Pattern[str]) -> Callable[[Reading], bool]:
    """A line of the header is the ``kind`` alone (a label over the title: "Note de
    position"), or the title opens with it and the text gives no press contact ("Rapport
    annuel 2025 : la Cour des comptes alerte …" with its press contact is a release about
    one)."""

    def given_when(reading: Reading) -> bool:
        uncontacted = "contact-block" not in reading.draft.evidence
        if uncontacted and any(kind.match(title) for title in reading.titles if title):
            return True
        draft = reading.draft
        # (the header's lines, and the body's first block: a label the header left to the
        # body, "APPEL À COMMUNICATIONS" under an event's name and days)
        header_lines = (
            line.text for block in draft.blocks[: draft.body_start + 1] for line in block.lines
        )
        return any(
            kind.fullmatch(text.strip(" *_#:"))
            for text in itertools.islice(header_lines, _KIND_LINES)
        )

    return given_when


# "Accréditation presse", "Accréditations médias", "Demande d'accréditation des journalistes",
# "Modalités d'accréditation presse" (a hospital's "Accréditation par la HAS" is news).
_ACCREDITATION_TITLE = re.compile(
    r"\W{0,3}(?:(?:demandes?|modalit[ée]s|proc[ée]dure|formulaire)\s+d['’]\s?)?"
    r"accr[ée]ditations?\s+(?:de\s+la\s+|des\s+|aux\s+)?(?:presse|m[ée]dias?|journalistes)\b"
    # or closing the title after the event's name (and a separator): "Sommet régional 2026 –
    # Accréditation presse" ("… : ouverture des accréditations presse", after an article, news)
    r"|[^\n]{0,120}?(?:\s[:–—|-]\s|(?<![\s'’](?i:des|les|aux|une|ses))(?<![\s'’](?i:l|d))\s)"
    r"accr[ée]ditations?\s+(?:presse|m[ée]dias?|journalistes)"
    r"\W{0,3}\Z",
    re.I,
)


def _contacts_page(reading: Reading) -> bool:
    """A press room's contacts page: its title, at the top of the text, is a contact heading
    alone ("Contacts presse", "Nous contacter"), and no type line says it is a release (a
    release that opens with its contact block names its type below it)."""
    draft = reading.draft
    if draft.dateline is not None and draft.dateline.place is not None:
        return False  # "Rennes, le 10 mars 2026 – …": a release under its contacts tells news
    headline = draft.headline.span if draft.headline is not None else None
    doc_type = draft.doc_type
    if doc_type is not None and doc_type.span is not None:
        typed_at = doc_type.span[0]
        if typed_at < _first_body_paragraph(draft):
            return False
    for block in draft.blocks[:_TITLE_LINES]:
        if block.kind in (BlockKind.METADATA, BlockKind.LIST_ITEM) or not block.lines:
            continue
        # (a title: a heading, or two words or more on a line of their own; "Contact" among
        # a menu's items is a link)
        alone = block.kind is BlockKind.HEADING or len(block.lines) == 1
        bare = block.lines[0].text.strip(" *_#>•·|")
        found = contact_heading(bare) if alone else None
        if found is not None and found.end() == len(bare.rstrip(" :")):
            if headline is not None and headline[0] < block.span[0] and not _section_named(draft):
                return False  # the text's own title stands above its contacts
            return block.kind is BlockKind.HEADING or len(bare.split()) >= _TITLE_WORDS
        if block.kind is BlockKind.HEADING:
            return False  # the text's first heading is its title, and names no contacts
        if block.kind is BlockKind.PARAGRAPH and _PROSE_END.search(block.text):
            return False  # past the title: the text has begun
    return False


def _section_named(draft: Draft) -> bool:
    """Whether the headline names the site's section ("Presse et réseaux sociaux"), not the
    text."""
    headline = draft.headline
    return headline is not None and SECTION_TITLE.fullmatch(headline.value.strip()) is not None


def _home_page(reading: Reading) -> bool:
    """A site's home page: its title says so ("Accueil - Département de la Sarthe", "Home |
    …") or its title welcomes the visitor ("Bienvenue sur le site du Département")."""
    title = reading.draft.document.metadata.title or ""
    first = _TITLE_JOINT.split(title, maxsplit=1)[0].strip()
    if first and _HOME_TITLE.fullmatch(first):
        return True
    return any(_WELCOME.match(line) for line in reading.titles if line)


# A page title's parts: the page, then the site ("Accueil - Département de la Sarthe").
_TITLE_JOINT = re.compile(r"\s[-–—|·:]\s")
_HOME_TITLE = re.compile(r"(?:page\s+d['’]\s?)?accueil|home(?:\s*page)?", re.I)
_WELCOME = re.compile(
    r"\W{0,3}bienvenue\s+(?:sur|dans)\s+(?:le\s+(?:site|portail)|l['’]\s?espace|notre\s+site)\b",
    re.I,
)


def _search_results(reading: Reading) -> bool:
    """A site's search results ("Résultats de recherche pour « communiqué »", "1 248
    résultats"): its title or its first lines say so."""
    draft = reading.draft
    at = next(
        (
            line.span[0]
            # (the header, and the count opening the body: "820 résultats" over the items)
            for block in draft.blocks[: max(draft.body_start + 1, draft.header_end)]
            for line in block.lines
            if _SEARCH_RESULTS.fullmatch(line.text)
            # (a menu's item is a word or two; "820 résultats" alone in its block counts a
            # listing's items)
            and (
                block.kind is BlockKind.HEADING
                or len(line.text.split()) > _MENU_ITEM_WORDS
                or (len(block.lines) == 1 and line.text.lstrip()[:1].isdigit())
            )
        ),
        None,
    )
    if at is None:
        title = draft.document.metadata.title
        return bool(title) and _SEARCH_RESULTS.fullmatch(title or "") is not None
    # (under a type line, "Résultats de recherche" is a research institute's rubric; on a
    # search page the types are its results', below its title)
    typed = draft.doc_type.span if draft.doc_type is not None else None
    return typed is None or typed[0] > at


# The whole title of a search page: "Résultats de recherche pour « chasse »", "1 248
# résultats", "Search results".
_SEARCH_RESULTS = re.compile(
    r"\W{0,3}(?:r[ée]sultats?\s+(?:de\s+(?:la\s+|votre\s+)?recherche(?:\s*(?::|pour)\s*[^\n]{0,120})?"
    r"|pour\s*[«\"“][^\n]{0,120})"
    r"|\d[\d \u00a0\u202f]{0,12}\s?r[ée]sultats?(?:\s+(?:trouv[ée]s?|pour\s[^\n]{0,120}))?"
    r"|search\s+results(?:\s+for\s[^\n]{0,120})?)\W{0,3}",
    re.I,
)


def _periodic_results(reading: Reading) -> bool:
    """A listed company's periodic figures: "Résultats annuels 2023", "Chiffre d'affaires T3".

    Regulated information is titled by what it reports and the period it covers; only the
    company reports its own figures under such a title (a news article adds who and how).
    """
    for title in reading.titles:
        subject = _RESULTS_SUBJECT.match(title) if title else None
        year = _YEAR.search(title) if subject is not None else None
        if subject is None or year is None or _REPORTING_PERIOD.search(title) is None:
            continue
        # after the company's name, the title names the figures and their period: a news title
        # goes on past them after a colon ("Bourse – Résultats semestriels 2025 : le CAC 40…")
        if subject.group("company") is None or ":" not in title[year.end() :]:
            return True
    return False


# What periodic figures are called at the start of their title: "Résultats (annuels)",
# "Chiffre d'affaires", "Information financière trimestrielle", "Publication du chiffre
# d'affaires…" ("Ventes de logements neufs…" is a sector's figures: news), after the company's
# name and a colon or a dash as its own release writes it ("Acteos : Résultats annuels 2003").
_RESULTS_SUBJECT = re.compile(
    # (a name: each word capitalised, "Banques françaises : résultats…" is a news topic)
    r"\W{0,3}(?P<company>(?-i:[A-ZÀ-Ý0-9])[^\s:–—]{0,29}"
    r"(?:[ \t](?-i:[A-ZÀ-Ý0-9])[^\s:–—]{0,29}){0,3}[ \t]*[:–—][ \t]*)?"
    r"(?:publication\s+(?:des|du)\s+)?"
    r"(?:r[ée]sultats|chiffres?\s+d['’]affaires|information\s+financi[èe]re)\b"
    # a news title's subject after a colon: "Résultats annuels 2025 : Renault plonge…"
    r"(?![^:\n]{0,80}:\s+(?-i:[A-ZÀ-Ý])\w+\s+(?-i:[a-zà-ÿ])+\s)",
    re.I,
)
# The period the figures cover: a quarter or a half (spelled, numbered, "T3", "S1", "H1",
# "Q4"), a year's ("annuels", "exercice"), "9 mois".
_REPORTING_PERIOD = re.compile(
    r"\b(?:trimestre|semestre|annuel(?:le)?s?|semestriel(?:le)?s?|trimestriel(?:le)?s?"
    r"|exercice|[TQ][1-4]|[SH][12]|(?:3|6|9|trois|six|neuf)\s+(?:premiers\s+)?mois)\b",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _speech_title(reading: Reading) -> bool:
    """A page titled or described as a speech ("Discours de Claire Morel au congrès …",
    description: "Allocution du préfet lors de …"): the words a person spoke, which a press
    room files beside its releases."""
    described = reading.draft.document.metadata.description
    return any(
        _SPEECH_TITLE.match(title) is not None
        for title in (*reading.titles, described or "")
        if title
    )


# A speech's title: "Discours de …", "Allocution du …", "Discours prononcé par …" (not a
# news title after a colon: "Discours de politique générale : ce qu'il faut retenir").
_SPEECH_TITLE = re.compile(
    r"\W{0,3}(?:discours|allocution)\s+(?:de\s|du\s|des\s|d['’]|prononc[ée]e?\s)"
    r"(?![^:\n]{0,120}:\s+\S)",
    re.I,
)

_MINUTES_TITLE = re.compile(
    r"(?<!\s)\s*(?:proc[èe]s-verbal|compte[- ]rendu\s+(?:int[ée]gral\s+)?(?:(?:de\s+la\s+)?"
    r"(?:s[ée]ance|r[ée]union)\s+)?du\s+conseil\s+(?:municipal|communautaire|m[ée]tropolitain"
    r"|d[ée]partemental|r[ée]gional))"
    # (a news title about the meeting goes on after a colon: "… du 3 mars : la piscine rouvre")
    r"(?![^:\n]{0,120}:\s+\S)",
    re.I,
)


# -- the text itself ---------------------------------------------------------------------------


def _release_label(reading: Reading) -> bool:
    """A release label in the opening that the header did not take as the document type.

    A release copied by a portal, a wire or a document-sharing site keeps its label, but not
    always on a line of its own: ``(Communiqué)``, ``Communiqué de la société X du …``,
    ``date 2018-12 communiqué de presse``, ``Colmar, le 25 juin 2015 Communiqué de presse``.
    The label must not follow an article or a preposition: "dans un communiqué" cites one.
    """
    if reading.draft.doc_type is not None or "press-section" in reading.draft.evidence:
        return False  # the label is the header's, or one of a section's listed releases
    title = reading.draft.document.metadata.title or ""
    words = cues.NOT_A_LABEL_BEFORE
    return _unless_after(
        cues.RELEASE_LABEL, words, reading.opening, *reading.opening_lowered()
    ) or _unless_after(cues.RELEASE_LABEL, words, title, title.lower())


def _addressed(reading: Reading) -> bool:
    """A paragraph made only of salutations, one of them naming its addressee (``Monsieur le
    Préfet,``; a speech's protocol, ``Monsieur le Maire, / Mesdames et Messieurs les élus, /
    Mesdames et Messieurs,``), in a text that writes no release label: a letter, a speech,
    an editorial to members. A release may print an open letter it sends under its own label
    (or, `_uncontacted`, with its press contact); one mailed to journalists greets them with
    no name or as the press (``Madame, Monsieur,``, ``Chers journalistes,``)."""
    end = len(reading.head)
    for block in reading.draft.blocks:
        if block.span[0] >= end:
            break
        if block.text.lstrip(" \t>*_")[:1] not in _SALUTATION_INITIALS:
            continue  # (every salutation opens with one of them: the lines are not split)
        lines = block.text.splitlines()
        if (
            block.kind is BlockKind.PARAGRAPH
            and len(lines) <= _SALUTATION_LINES
            and all(cues.SALUTATION_LINE.fullmatch(line) for line in lines)
            and not all(cues.UNADDRESSED_SALUTATION.search(line) for line in lines)
        ):
            return not _labelled_release(reading)
    return False


# The first letters of the salutations (monsieur, madame, mesdames, messieurs, mes, mon,
# ma, cher, chère…), in both cases.
_SALUTATION_INITIALS = frozenset("MmCc")
#: How many lines a speech's protocol runs to, at most (one per dignitary greeted).
_SALUTATION_LINES = 12


def _labelled_release(reading: Reading) -> bool:
    """Whether the text writes a release's label as its type (``Communiqué de presse``) or
    in its opening."""
    doc_type = reading.draft.doc_type
    if doc_type is not None and cues.RELEASE_LABEL.search(doc_type.value, doc_type.value.lower()):
        return True
    return _release_label(reading)


def _press_contact_label(reading: Reading) -> bool:
    """A press-contact label under which the contact step found no contact block."""
    if "contact-block" in reading.draft.evidence:
        return False
    return (
        cues.PRESS_CONTACT_LABEL.search(reading.head, reading.lowered, reading.keywords) is not None
    )


def _future_announcements(reading: Reading) -> bool:
    """Whether the opening paragraphs tell, in the future, what will happen."""
    head = reading.head
    verbs: set[str] = set()
    for at, end in _future_endings(head):
        # the word that ends with this ending, read back to its start
        start = at
        while start > at - _LONGEST_WORD and start > 0 and head[start - 1].isalpha():
            start -= 1
        verb = cues.FUTURE_VERB.fullmatch(head, start, end)
        if verb is not None:
            verbs.add(verb.group())
            if len(verbs) >= FUTURE_VERBS:
                return True
    return False


def _future_endings(head: str) -> Iterator[tuple[int, int]]:
    """The spans of ``cues.FUTURE_ENDING.finditer(head, 0, FUTURE_LIMIT)``, ending by ending
    (an order the verbs' count does not read), found by ``str.find``: the pattern's scan stops
    at every "e" and "i". An ending is a whole match where a word's end follows it (the
    pattern's ``\\b``: the limit, or a character neither alphanumeric nor "_"); no two of them
    overlap."""
    limit = min(len(head), FUTURE_LIMIT)
    for ending in _FUTURE_ENDINGS:
        at = head.find(ending, 0, limit)
        while at >= 0:
            end = at + len(ending)
            if end == limit or not (head[end].isalnum() or head[end] == "_"):
                yield at, end
            at = head.find(ending, end, limit)


# The spellings of `cues.FUTURE_ENDING`: (er|ir)(a|ont).
_FUTURE_ENDINGS = ("era", "eront", "ira", "iront")


def _administrative_today(reading: Reading) -> bool:
    """Whether "ce jour" means today ("signé ce jour"), not "so far" ("à ce jour")."""
    return _unless_after(
        cues.ADMINISTRATIVE_TODAY,
        cues.NOT_ADMINISTRATIVE_TODAY,
        reading.head,
        reading.lowered,
        reading.keywords,
    )


def _unless_after(
    cue: cues.Cue,
    words: frozenset[str],
    text: str,
    lowered: str,
    index: cues.KeywordIndex | None = None,
) -> bool:
    """Whether ``cue`` matches ``text`` somewhere not right after one of ``words``.

    The word before is taken after any elision ("à" in "jusqu'à ce jour", "un" in "d'un")
    and without the brackets and markup that may open a label ("(Communiqué)").
    """
    for match in cue.finditer(text, lowered, index):
        before = text[max(0, match.start() - 30) : match.start()].replace("’", "'").split()
        word = before[-1].rsplit("'", 1)[-1].strip('([«"*#_|').lower() if before else ""
        if word not in words:
            return True
    return False


def _lead_paragraph(draft: Draft) -> str | None:
    """The text of the first body paragraph long enough to be a lead, among the first blocks
    (not the metadata's, the page's furniture or a contact's)."""
    for index, block in enumerate(draft.blocks[:_LEAD_BLOCKS]):
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) < _LEAD_MIN_LENGTH:
            continue
        if draft.roles.get(index) in (Role.METADATA, Role.FURNITURE, Role.CONTACT):
            continue
        return block.text
    return None


def _announcement_lead(reading: Reading) -> bool:
    """Whether the first body paragraph opens with its subject announcing something."""
    lead = reading.lead
    return lead is not None and cues.ANNOUNCEMENT_LEAD.match(lead) is not None


def _own_figures_lead(reading: Reading) -> bool:
    """Whether the first body paragraph announces its subject's own figures in the present
    ("X, groupe de conseil, annonce, pour l'exercice 2019, un chiffre d'affaires de …")."""
    lead = reading.lead
    return (
        lead is not None and OWN_FIGURES_ANNOUNCED.search(lead, 0, _OWN_FIGURES_REACH) is not None
    )


# How far into the lead its verb and the figures it announces are looked for.
_OWN_FIGURES_REACH = 400


def _placeholder_text(reading: Reading) -> bool:
    head = reading.head
    for found in cues.PLACEHOLDER.finditer(head, reading.lowered, reading.keywords):
        before = reading.lowered[max(0, found.start() - _BUILDER_DEFAULT_REACH) : found.start()]
        if _BUILDER_DEFAULT not in before:
            return True
        # (a page builder's default block, "I am text block. Click edit button to change this
        # text. Lorem ipsum…", left on a published page: residue, not a template)
    blank = head.find(_BLANK)
    return blank >= 0 and _BLANK_IN_SENTENCE.search(head, max(0, blank - 3)) is not None


def _release_listing(reading: Reading) -> bool:
    """Whether the text lists several releases (an index page, a table of contents).

    Dated items count once per date: an index lists releases of different days, a release
    page repeats its own date (its title, its breadcrumb, its download link). Each "Lire la
    suite" link counts. Items after the text's first body paragraph do not count: a release
    page ends with links to related releases, an index is made of them.
    """
    draft = reading.draft
    headline = draft.headline
    body = _first_body_paragraph(draft)
    if headline is not None and _PRESS_SECTION_TITLE.fullmatch(headline.value.strip()):
        head = reading.head  # "Espace presse": every teaser below the title is an item
    else:
        head = reading.head[:body]
    # A press room's page, titled so in its heading or its metadata, may list its items by
    # their day and their linked title only ("- 03/12/2026 — [Titre](…)"); a release page's
    # related items, after its text, do not count.
    first = next((b.text for b in draft.blocks if b.kind is BlockKind.HEADING), "")
    top = reading.head.lstrip()[:_TOP_LINE].partition("\n")[0]  # (a capture's plain first line)
    titles = (
        headline.value if headline is not None else "",
        draft.document.metadata.title,
        first,
        top,
    )
    if any(title and _PRESS_SECTION_TITLE.fullmatch(title.strip(" #*_")) for title in titles):
        # (a page labelled with its own type is a release's, its related items below it)
        if draft.doc_type is None and _dated_teasers(reading.head) >= LISTING_ITEMS:
            return True
        days = {" ".join(m["date"].lower().split()) for m in cues.DATED_LINK_ITEM.finditer(head)}
        if len(days) >= LISTING_ITEMS:
            return True
        # (or by lines each opening with its day: "22/10/2026 Information réglementée …")
        days = {" ".join(m["date"].lower().split()) for m in cues.DATED_LINE_ITEM.finditer(head)}
        if len(days) >= LISTING_ITEMS:
            return True
    if _dated_list_items(draft) >= LISTING_ITEMS:
        return True
    items: set[str | int] = set()
    stamps: set[str] = set()
    # (the index of the whole head serves a text the head begins)
    listed = cues.RELEASE_LISTING_ITEM.finditer(
        head, reading.lowered[: len(head)], reading.keywords
    )
    for match in listed:
        if match["stamp_date"] is not None:
            stamps.add(" ".join(match["stamp_date"].lower().split()))
            continue
        if match["cut_date"] is not None and not _teaser(head, match.start()):
            continue  # "- Ouverture officielle… 12 mai 2026": a programme's leader dots
        date = match["date"] or match["first_date"] or match["cut_date"]
        if date is None:
            items.add(head.rfind("\n", 0, match.start()) + 1)
        else:
            items.add(" ".join(date.lower().split()))
        if len(items) >= LISTING_ITEMS:
            return True
    # Publication stamps alone: a release page shows its own and a few related items' ("Sur
    # le même sujet"), a listing one per teaser.
    return len(stamps) >= STAMPED_ITEMS or len(items | stamps) >= LISTING_ITEMS + 1


def _dated_teasers(head: str) -> int:
    """How many days the teasers at the top of a press room's page give, each on a line of
    its own under its title and summary ("Titre" / "Résumé…" / "21 octobre 2022"): a run of
    such lines, each close to the one before, the first close to the top (a release's related
    items, under its text, stand further down)."""
    days: set[str] = set()
    last = 0
    related = _RELATED_HEADING.search(head)  # "Dans la même rubrique": a release's neighbours
    for match in cues.DATE_LINE_ITEM.finditer(head, 0, related.start() if related else len(head)):
        if match.start() - last > _TEASER_SPAN:
            break
        days.add(" ".join(match["date"].lower().split()))
        last = match.end()
    return len(days)


# A heading of related items opening its line.
_RELATED_HEADING = re.compile(rf"^(?:{RELATED_CONTENT.pattern})", re.I | re.M)
# A press room's teaser (a title, a summary, a day) holds this many characters at most; a
# page's first line is read this far.
_TEASER_SPAN = 900
_TOP_LINE = 200


def _dated_list_items(draft: Draft) -> int:
    """How many days the list items opening with a dateline give ("- Dinan, le 24 septembre
    2026 – Navette estivale : …"): an index's entries, each a release's place, day and title
    (a release lists no datelines). Not under the text's own type or dateline: a release's
    list of a tour's stops ("- Brest, le 12 mars 2026 – lycée de l'Iroise") is its news."""
    days: set[object] = set()
    items = [b.span for b in draft.blocks if b.kind is BlockKind.LIST_ITEM]
    own = [
        f.span[0]
        for f in (draft.doc_type, draft.dateline)
        if f is not None and f.span and not any(a <= f.span[0] < b for a, b in items)
    ]  # (a page without its own reads its first entry's dateline)
    if items and any(at < min(a for a, _ in items) for at in own):
        # The release's own marks stand above every item: the loop below would return 0 at
        # the first dated item, or count none (no item's dateline needs reading).
        return 0
    for block in draft.blocks:
        if block.kind is not BlockKind.LIST_ITEM or not block.lines:
            continue
        text = block.lines[0].text
        found = match_dateline(text, None)
        if found is None or found.place is None or found.date is None:
            continue
        if any(at < block.span[0] for at in own):
            return 0  # the release's own marks stand above its list
        # (a title after the day: a schedule's "Fontvieille : 1er septembre 2026 ;" has none)
        if found.date.date is not None and len(text[found.end :].split()) >= _ENTRY_TITLE_WORDS:
            days.add(found.date.date)
    return len(days)


# An index's entry gives its release's title after the dateline: this many words at least.
_ENTRY_TITLE_WORDS = 3


def _teaser(head: str, ellipsis: int) -> bool:
    """Whether the text cut short by the ellipsis at ``ellipsis`` is a teaser's summary: a
    sentence's worth on its line, not a list item's few words before leader dots."""
    start = head.rfind("\n", 0, ellipsis) + 1
    line = head[start:ellipsis]
    return len(line) >= _TEASER_LENGTH and not line.lstrip().startswith(("-", "*", "•", "–"))


# A teaser's summary, cut short, holds this many characters at least.
_TEASER_LENGTH = 60


# A page titled by the press section it is ("Espace presse", "Salle de presse", "Communiqués
# de presse", "Nos communiqués", "Newsroom", "Espace investisseurs"): a listing's title, never
# a release's.
_PRESS_SECTION_TITLE = re.compile(
    r"(?:(?:espace|salle|centre|coin|kiosque)\s+(?:de\s+)?presse|espace\s+m[ée]dias?|newsroom"
    r"|press\s+room|(?:(?:tous\s+)?les\s+|nos\s+)?communiqu[ée]s(?:\s+de\s+presse)?"
    r"|(?:toute\s+l['’])?actualit[ée]s?(?:\s+et\s+communiqu[ée]s)?"
    # an investor space, its releases listed by day and label (not "Information financière",
    # the kicker a listed company's release sets over its title)
    r"|espace\s+(?:investisseurs|actionnaires)|communiqu[ée]s\s+financiers)",
    re.I,
)


def _first_body_paragraph(draft: Draft) -> int:
    """Where the first paragraph long enough to be a release's body starts (or the end).

    A listing's teaser (its title, date and summary, run together when the page is captured
    as text) ends with its link to the item (``Lire la suite``), or has it right under it:
    however long, no body."""
    blocks = draft.blocks
    for at, block in enumerate(blocks):
        if (
            block.kind is BlockKind.PARAGRAPH
            and len(block.text) >= BODY_PARAGRAPH_LENGTH
            and cues.READ_MORE_END.search(block.text, len(block.text) - _READ_MORE_LINK) is None
            # (or its link on the line below it, a block of its own)
            and not (at + 1 < len(blocks) and _read_more_link(blocks[at + 1].text))
        ):
            return block.span[0]
    return len(draft.document.text)


def _read_more_link(text: str) -> bool:
    """A teaser's link alone: "Lire la suite", "> Lire le communiqué"."""
    return len(text) <= _READ_MORE_LINK and cues.READ_MORE_END.search(text) is not None


_READ_MORE_LINK = 40


#: The evidence, in the order it is listed. Structure found by the earlier steps is strong
#: (2); a page captured without its header has none, and then the text's voice decides.
#: Cues that news articles share (an opening "X annonce…", a styled name, an event's time
#: slot) weigh 1, so that one alone never makes a release; cues only an issuer writes weigh
#: 2. Texts that cite, explain, list or deliver releases weigh against.
EVIDENCE: tuple[Evidence, ...] = (
    Evidence("doc-type", 2.0, _doc_type_in_text),
    Evidence("closing-type", 2.0, _closing_type),
    Evidence("metadata-doc-type", 2.0, _doc_type_in_metadata),
    # "Communiqués de presse" over the text: the site files it among its releases
    Evidence("press-section", 2.0, _reported("press-section")),
    Evidence("dateline", 2.0, _dateline_with_place),
    # (every page shows a date: one without a place weighs half a cue, so that a date and one
    # cue news share, an event's details, a front matter's title, make no release)
    Evidence("release-date", 0.5, _release_date),
    Evidence("contact-block", 2.0, _reported("contact-block")),
    # (a contact block for anyone, no contact named for the press, is half of one)
    Evidence("contacts-for-anyone", -1.5, _contacts_for_anyone),
    Evidence("about-section", 2.0, _reported("about-section")),
    Evidence("wire-format", 3.0, _reported("wire-format")),
    Evidence("reference", 1.0, _reference),
    Evidence("release-marker", 2.0, _reported("release-marker")),
    Evidence("metadata-release-keys", 2.0, _metadata_release_keys),
    # a dated post in a static-site press room
    Evidence("metadata-title-and-date", 1.0, _metadata_title_and_date),
    Evidence("issuer-communicates", 2.0, _reported("issuer-communicates")),
    Evidence("release-label", 2.0, _release_label),
    Evidence("wire-credit", 2.0, _cue(cues.WIRE_CREDIT, opening=True)),
    Evidence("end-of-release", 2.0, _cue(cues.END_OF_RELEASE)),
    Evidence("notes-to-editors", 2.0, _cue(cues.NOTES_TO_EDITORS)),
    Evidence("press-contact-label", 1.0, _press_contact_label),
    # The issuer's voice, for texts without a release's structure.
    Evidence("pleased-to-announce", 2.0, _cue(cues.PLEASED_TO_ANNOUNCE)),
    Evidence("press-invitation", 2.0, _cue(cues.PRESS_INVITATION)),
    Evidence("informs-the-public", 2.0, _cue(cues.INFORMS_THE_PUBLIC, opening=True)),
    Evidence("press-conference-ahead", 1.0, _cue(cues.PRESS_CONFERENCE_AHEAD)),
    Evidence("event-details", 1.0, _cue(cues.EVENT_DETAILS)),
    Evidence("announcement-lead", 1.0, _announcement_lead),
    Evidence("official-name-style", 1.0, _cue(cues.OFFICIAL_NAME_STYLE)),
    Evidence("administrative-today", 1.0, _administrative_today),
    Evidence("quoted-in-present", 1.0, _cue(cues.QUOTED_IN_PRESENT)),
    Evidence("event-ahead", 1.0, _cue(cues.EVENT_AHEAD)),
    Evidence("future-announcements", 2.0, _future_announcements),
    Evidence("issuer-we", 1.0, _cue(cues.ISSUER_WE)),
    # (an organisation's name, or its unit's, closing the text on a line of its own)
    Evidence("signed-by-organisation", 1.5, _reported("signed-by-organisation")),
    Evidence("further-information", 1.0, _cue(cues.FURTHER_INFORMATION)),
    Evidence("today-announcement", 1.0, _cue(cues.TODAY_ANNOUNCEMENT)),
    Evidence("version-release", 1.0, _cue(cues.VERSION_RELEASE)),
    Evidence("council-of-ministers", 2.0, _cue(cues.COUNCIL_OF_MINISTERS)),
    # (a government's communiqué after each meeting is titled by the meeting)
    Evidence("council-session", 2.0, _titled_as(council_session_title)),
    Evidence("investor-relations", 2.0, _cue(cues.INVESTOR_RELATIONS)),
    Evidence("periodic-results", 2.0, _periodic_results),
    # (a company announcing its own figures in the present: its regulated information; news
    # tell them too, so it weighs one)
    Evidence("own-figures", 1.0, _own_figures_lead),
    # Negative evidence: a template, a press review, a news report, a text citing, explaining
    # or listing releases, a speech.
    Evidence("placeholder-text", -5.0, _placeholder_text),
    Evidence("press-review", -4.0, _press_review),
    # (a schedule, a meeting's minutes, how journalists register for an event: their titles)
    Evidence("agenda", -3.0, _titled(_AGENDA_TITLE)),
    Evidence("minutes", -4.0, _titled(_MINUTES_TITLE)),
    Evidence("accreditation-notice", -5.0, _titled(_ACCREDITATION_TITLE)),
    # (its results show types, datelines and dates: the results', not the page's)
    Evidence("search-results", -6.0, _search_results),
    # (its news cards show types and dates: theirs, not the page's)
    Evidence("home-page", -6.0, _home_page),
    # (a press room's page of contacts lists people and means; no release's title is one)
    Evidence("contacts-page", -4.0, _contacts_page),
    Evidence("cites-a-release", -3.0, _cue(cues.CITES_A_RELEASE)),
    # (a page that says it relays a release whole: the text below is the release)
    Evidence("release-relayed", 2.0, _cue(cues.RELEASE_RELAYED)),
    Evidence("names-itself", 2.0, _cue(cues.RELEASE_SELF_REFERENCE)),
    # (the type, the dateline and the contact block a quotation holds weigh 6 for the release
    # they belong to, not for the text that quotes it)
    Evidence("release-quoted", -6.0, _release_quoted),
    Evidence("news-reporting", -2.0, _cue(cues.NEWS_REPORTING)),
    Evidence("interview", -4.0, _cue(cues.INTERVIEW_CREDIT)),
    Evidence("news-agency-credit", -2.0, _cue(cues.NEWS_AGENCY_CREDIT, opening=True)),
    Evidence("news-site-furniture", -2.0, _cue(cues.NEWS_SITE_FURNITURE)),
    Evidence("journalist-inquiry", -2.0, _cue(cues.JOURNALIST_INQUIRY)),
    Evidence("journalist-byline", -4.0, _cue(cues.JOURNALIST_BYLINE)),
    # (a thread stamps each post to the minute; a page stamps itself once)
    Evidence("forum-thread", -4.0, _distinct(cues.FORUM_POST, 3)),
    Evidence("reply-quoting", -5.0, _cue(cues.REPLY_QUOTING)),
    Evidence("about-press-releases", -4.0, _cue(cues.ABOUT_PRESS_RELEASES)),
    Evidence("release-listing", -4.0, _release_listing),
    Evidence("newsletter", -6.0, _cue(cues.NEWSLETTER, opening=True)),
    Evidence("tender-notice", -6.0, _distinct(cues.TENDER_NOTICE, 2)),
    # (a release announcing an inquiry writes its type; the notice has none)
    Evidence("public-notice", -4.0, _without_type(_distinct(cues.PUBLIC_NOTICE, 3))),
    Evidence("notice-given", -3.0, _without_type(_cue(cues.NOTICE_GIVEN))),
    Evidence("speech", -6.0, _cue(cues.SPEECH_MARKER)),
    Evidence("speech-title", -6.0, _speech_title),
    # (a letter or a speech, by the salutation it opens with; an editorial to members)
    Evidence("addressed", -6.0, _uncontacted(_addressed)),
    Evidence("job-offer", -6.0, _uncontacted(_job_offer)),
    # (pages that write no release's own type or dateline: a release that reports a tribune,
    # launches a call, gives the useful numbers or a festival's dates writes them)
    Evidence("opinion-piece", -4.0, _unlabelled(_distinct(cues.OPINION_PIECE, 2))),
    Evidence("call-for-applications", -4.0, _unlabelled(_distinct(cues.CALL_FOR_APPLICATIONS, 3))),
    # (a blog's or a magazine's post prints its reading time)
    Evidence("reading-time", -3.0, _unlabelled(_cue(cues.READING_TIME))),
    # (a site's standing page for the public: practical information, useful numbers, advice)
    Evidence("practical-page", -3.0, _unlabelled(_titled(_PRACTICAL_TITLE))),
    # (an event's page: three kinds of practical fields, date, place, price, programme,
    # registration…, with no type or dateline of its own over them, nor announced in prose)
    Evidence("event-page", -4.0, _unlabelled(_event_page)),
    Evidence("institution-page", -4.0, _unlabelled(_uncontacted(_titled(_INSTITUTION_TITLE)))),
    # (a portrait or a photo recap of a news section, by its title's genre)
    Evidence("news-feature", -4.0, _unlabelled(_titled(_FEATURE_TITLE))),
    # (a position paper or an annual report, by the kind its title or label gives it)
    Evidence("position-paper", -4.0, _unlabelled(_document_kind(_POSITION_KIND))),
    # (a note to the staff: its kind over its title)
    Evidence("internal-note", -4.0, _unlabelled(_document_kind(_INTERNAL_KIND))),
    # (a call for papers, proposals or candidates: its kind over or opening its title; the
    # place and days of its event are no release's dateline, its press officer would be)
    Evidence("call-for-submissions", -4.0, _without_type(_uncontacted(_document_kind(_CALL_KIND)))),
    Evidence("legal-act", -6.0, _distinct(cues.LEGAL_ACT, 2)),
    # an event's page or a site's standing page, by its front matter's keys
    Evidence("metadata-page-keys", -6.0, _metadata_page_keys),
    # (a page to sign up on: an event's registration, a journalist's accreditation)
    Evidence("registration-form", -6.0, _registration_form),
    Evidence("schedule", -2.0, _schedule),
)
#: The evidence a listing of releases shows of its items, which says nothing of the page.
_LISTED_ITEMS_SHOW = frozenset(
    (
        "doc-type",
        "dateline",
        "release-date",
        "reference",
        # a label over an item ("Information réglementée", "Communiqué") or the page's rubric
        "release-label",
        # the section the listing stands in, and its items' teasers ("… présentera mardi")
        "press-section",
        "event-details",
        "event-ahead",
        "future-announcements",
    )
)
#: evidence code -> weight
WEIGHTS: dict[str, float] = {evidence.code: evidence.weight for evidence in EVIDENCE}


def classify(draft: Draft) -> None:
    """Collect the evidence and decide.

    The codes earlier steps reported come first, in the order they were found (a code no
    row knows, from an adapter's own step, is kept and weighs nothing); then the codes of
    `EVIDENCE` that fire.
    """
    reading = Reading.of(draft)
    fired = [evidence.code for evidence in EVIDENCE if evidence.given_when(reading)]
    draft.evidence = list(dict.fromkeys([*draft.evidence, *fired]))
    if "release-listing" in draft.evidence:
        # A page listing releases shows their types, datelines and dates: the items', not
        # the page's own.
        draft.evidence = [code for code in draft.evidence if code not in _LISTED_ITEMS_SHOW]
    score = sum([WEIGHTS.get(code, 0.0) for code in draft.evidence])
    draft.is_press_release = score >= THRESHOLD
    if not draft.is_press_release:
        draft.diagnostics.append(diagnostics.make("not-a-press-release"))
