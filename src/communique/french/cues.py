"""The phrases that tell a press release from a text about one, as named patterns.

A release is written by its issuer: it announces in its own voice ("X a le plaisir de vous
annoncer"), invites the press, sets out the practical details of its event and names its
officials the way institutions do (``Christian DUPONT, préfet``; ``Anne Martin, Présidente``).
A news article *cites* a release ("selon un communiqué"); a glossary or a guide *explains*
what a release is; a press-room index *lists* releases; a speech says that only its delivery
counts. The classify step turns each of these into an evidence code.

Rules of this module (those of `communique.french.vocabulary`): case-insensitive where
French typography varies, both apostrophes, every space, and linear time: every repetition
bounded, no nested quantifiers. Word lists are data (tuples) composed into the patterns.

Speed: a regular expression that cannot start with a literal is tried at every position of
the text, a hundred times slower than ``str.find``. So each pattern is wrapped in a
`Cue` with its *keywords*, lower-case words one of which every match contains, and its
*reach*, how far a match can extend around a keyword; `Cue.search` looks for the
keywords and runs the pattern only near them. A text read by many cues is scanned for all
their keywords at once (`KeywordIndex`): a pattern shaped like a trie of the keywords
beginning with each character, instead of a ``str.find`` through the whole text for each of
about 170 keywords.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Collection, Iterable, Iterator, Mapping, Sequence
from typing import Any

import attrs

from .dates import _MONTH, _WEEKDAY, WEEKDAYS
from .vocabulary import PUBLIC_NOTICE_HEADING

__all__ = [
    "ABOUT_PRESS_RELEASES",
    "ADMINISTRATIVE_TODAY",
    "ANNOUNCEMENT_LEAD",
    "CALL_FOR_APPLICATIONS",
    "CASE_TWINS",
    "CITES_A_RELEASE",
    "COUNCIL_OF_MINISTERS",
    "DATED_LINE_ITEM",
    "DATED_LINK_ITEM",
    "DATE_LINE_ITEM",
    "END_OF_RELEASE",
    "EVENT_AHEAD",
    "EVENT_DETAILS",
    "EVENT_PAGE",
    "FORUM_POST",
    "FURTHER_INFORMATION",
    "FUTURE_ENDING",
    "FUTURE_VERB",
    "INTERVIEW_CREDIT",
    "INVESTOR_RELATIONS",
    "ISSUER_WE",
    "JOURNALIST_BYLINE",
    "JOURNALIST_INQUIRY",
    "NEWS_AGENCIES",
    "NEWS_AGENCY_CREDIT",
    "NEWS_AGENCY_INITIALS",
    "NEWS_REPORTING",
    "NEWS_SITE_FURNITURE",
    "NOTES_TO_EDITORS",
    "NOTICE_GIVEN",
    "NOT_ADMINISTRATIVE_TODAY",
    "NOT_A_LABEL_BEFORE",
    "OFFICES",
    "OFFICIAL_NAME_STYLE",
    "OPINION_PIECE",
    "PLACEHOLDER",
    "PLEASED_TO_ANNOUNCE",
    "PRESS_CONFERENCE_AHEAD",
    "PRESS_CONTACT_LABEL",
    "PRESS_INVITATION",
    "PUBLIC_NOTICE",
    "QUOTED_IN_PRESENT",
    "QUOTE_VERBS",
    "READING_TIME",
    "READ_MORE_END",
    "RELEASE_LABEL",
    "RELEASE_LABELS",
    "RELEASE_LISTING_ITEM",
    "RELEASE_RELAYED",
    "RELEASE_SELF_REFERENCE",
    "REPLY_QUOTING",
    "SALUTATION_LINE",
    "SPEECH_MARKER",
    "TODAY_ANNOUNCEMENT",
    "UNADDRESSED_SALUTATION",
    "VERSION_RELEASE",
    "WIRE_CREDIT",
    "WIRE_NAME",
    "WIRE_SERVICES",
    "Cue",
    "KeywordIndex",
    "case_free_twin",
]

#: Keyword occurrences looked at before a cue falls back to one scan of the whole text, so
#: that a text repeating a keyword costs no more than that scan.
MAX_KEYWORD_HITS = 64

#: The letters a case-insensitive pattern matches to ``i`` and ``s`` that ``str.lower``
#: leaves alone (dotless ı, long ſ): a text holding one is read with the cues' own patterns.
CASE_TWINS = ("\u0131", "\u017f")

# The characters a case-free twin's pattern may name where its case-insensitive flag holds:
# letters that are their own lower case and other characters of the Latin scripts and of
# general punctuation, none of which the engine matches to a character in another script
# (µ to μ, k to the Kelvin sign) but ``i`` and ``s`` (`CASE_TWINS`).
_CASE_FREE_BLOCKS = ((0x00, 0xB4), (0xB6, 0x130), (0x132, 0x17E), (0x180, 0x24F), (0x2000, 0x206F))


def _case_free(code: int) -> bool:
    """Whether the character ``code``, named in a case-insensitive pattern, matches a text
    character exactly when it equals that character's lower case."""
    char = chr(code)
    return char.lower() == char and any(low <= code <= high for low, high in _CASE_FREE_BLOCKS)


def case_free_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``pattern`` without `re.IGNORECASE`, when it finds in a text's lower case exactly what
    ``pattern`` finds in the text: the same places, the same lengths (``None`` otherwise).

    The engine matches a character case-insensitively by comparing its lower case: the twin
    reads the text lowered once instead (a third faster), which gives the same answers when
    every letter the pattern names is its own lower case (a capital would never match the
    lowered text) and no part of the pattern sets its own case (``(?-i:…)`` tells capitals),
    when the text lowers letter for letter, and when it holds neither of `CASE_TWINS`. The
    character classes (``\\w``, ``\\s``, ``\\d``) and ``\\b`` read a letter and its lower
    case alike.

    The pattern is read with the standard library's own parser (``re._parser``); on any
    surprise there, there is no twin.

    !!! info "Added in version 0.1"
    """
    if not pattern.flags & re.IGNORECASE or not isinstance(pattern.pattern, str):
        return None
    try:
        from re import _parser  # type: ignore[attr-defined]  # (no stub: CPython's own)

        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if not _case_free_items(parsed.data, _parser):
            return None
    except Exception:  # (a parser of another version: no twin, the pattern itself is read)
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def _case_free_items(items: Iterable[tuple[Any, Any]], parser: Any) -> bool:
    """Whether the parsed ``items`` name only `_case_free` characters and set no case of
    their own (see `case_free_twin`)."""
    c = parser  # (the opcodes are the parser's constants)
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            if not _case_free(av):
                return False
        elif op is c.IN:
            for item_op, item_av in av:
                if item_op is c.LITERAL:
                    if not _case_free(item_av):
                        return False
                elif item_op is c.RANGE:
                    low, high = item_av
                    if high - low > 0x400 or not all(map(_case_free, range(low, high + 1))):
                        return False
                elif item_op not in (c.CATEGORY, c.NEGATE):
                    return False
        elif op in (c.ANY, c.AT):
            continue
        elif op is c.BRANCH:
            if not all(_case_free_items(branch.data, parser) for branch in av[1]):
                return False
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if (add_flags | del_flags) & re.IGNORECASE:
                return False
            if not _case_free_items(inner.data, parser):
                return False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            if not _case_free_items(av[2].data, parser):
                return False
        elif op in (c.ASSERT, c.ASSERT_NOT):
            if not _case_free_items(av[1].data, parser):
                return False
        elif op is c.ATOMIC_GROUP:
            if not _case_free_items(av.data, parser):
                return False
        else:  # a back-reference, a conditional: not looked into
            return False
    return True


# Each cue pattern's case-free twin, made on first use.
_TWINS: dict[re.Pattern[str], re.Pattern[str] | None] = {}


@attrs.frozen
class Cue:
    """A pattern, the keywords every match contains and how far a match reaches around one.

    !!! info "Added in version 0.1"
    """

    pattern: re.Pattern[str]
    #: lower-case words, one of which every match of ``pattern`` contains
    keywords: tuple[str, ...]
    #: the most characters a match, and what its look-ahead reads, extends before or after a
    #: keyword
    reach: int
    #: a character class holding the first character of every match, tried as a look-ahead
    #: before the pattern (``None``: the pattern is tried at every position)
    starts: str | None = None

    @property
    def lowered_pattern(self) -> re.Pattern[str] | None:
        """``pattern`` without its case-insensitive flag, read in the lower-case text where it
        finds the places ``pattern`` finds in the text (`case_free_twin`); ``None`` when the
        pattern is not one of those. Made on first use (a process that never reads the cue
        does not compile it)."""
        try:
            return _TWINS[self.pattern]
        except KeyError:
            twin = _TWINS[self.pattern] = case_free_twin(self.pattern)
            return twin

    @classmethod
    def compile(
        cls,
        pattern: str,
        *,
        keywords: tuple[str, ...],
        reach: int,
        flags: int = re.I,
        starts: str | None = None,
    ) -> Cue:
        """A cue for ``pattern`` (case-insensitive unless ``flags`` say otherwise).

        ``starts``, a character class (``"[lu]"``) holding the first character of every
        match, is read as a look-ahead before the pattern (under the same flags, so the
        matches are the same): the engine still stops at every position, but leaves most of
        them after one test of a character, about twice as fast as trying the pattern there.
        Only a pattern that itself opens with a literal or a class, without a case-insensitive
        letter in it, lets the engine skip to the places where it can start
        (`OFFICIAL_NAME_STYLE` opens on its capital so).
        """
        if starts is not None:
            pattern = f"(?={starts})(?:{pattern})"
        return cls(re.compile(pattern, flags), keywords, reach, starts)

    def finditer(
        self, text: str, lowered: str, index: KeywordIndex | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of the pattern in ``text``, looked for near the keywords only.

        ``lowered`` is ``text.lower()``, computed once by the caller for every cue. Each
        match is given once; they come keyword by keyword, not in the order of the text.
        ``index``, when given, is the `KeywordIndex` of ``lowered`` (or of a text that
        ``lowered`` begins), shared by the cues that read the same text.

        The windows around the keywords are listed first (a text holding none of them, the
        usual case, costs no generator); each is then scanned on its own, as its end may cut
        a match that only a later window or the whole text gives whole (merging overlapping
        windows into one scan could change what is found, so they are not merged).
        """
        if len(lowered) != len(text):  # a letter whose lower case is longer: no shortcut
            return self.pattern.finditer(text)
        if index is not None and index.holds_none_of(self.keywords):
            return iter(())  # no keyword in the text (the usual case): no window
        windows = self._windows(lowered, index)
        if not windows:
            return iter(())
        return self._scan(text, windows, *self._reader(text, lowered, index))

    def _windows(self, lowered: str, index: KeywordIndex | None) -> list[tuple[int, int]]:
        """The windows to scan, ``(start, end)``, keyword by keyword and place by place, as
        many as `MAX_KEYWORD_HITS` and one more when the keywords occur more often."""
        size = len(lowered)
        reach = self.reach
        windows: list[tuple[int, int]] = []
        # (the callers ask `holds_none_of` first; the index's empty places give no window)
        places: Mapping[str, Sequence[int]] = {} if index is None else index.places
        for keyword in self.keywords:
            spots = places.get(keyword)
            if spots == ():
                continue  # the index saw no such keyword (the usual case): nothing to look near
            length = len(keyword)
            if spots is None:  # no index, or a keyword the index does not know
                find = lowered.find if index is None else index.find
                found = find(keyword, 0, size)
                while found >= 0:
                    windows.append((max(0, found - reach), min(size, found + length + reach)))
                    if len(windows) > MAX_KEYWORD_HITS:
                        return windows
                    found = find(keyword, found + length, size)
                continue
            # The index's places, read as its find() would give them: the first place, then
            # the first one past the end of the keyword found, while the keyword ends within
            # ``lowered`` (the index may be of a longer text that ``lowered`` begins).
            after = 0
            for found in spots:
                if found < after:
                    continue
                if found + length > size:
                    break
                windows.append((max(0, found - reach), min(size, found + length + reach)))
                if len(windows) > MAX_KEYWORD_HITS:
                    return windows
                after = found + length
        return windows

    def _scan(
        self, text: str, windows: list[tuple[int, int]], read: re.Pattern[str], where: str
    ) -> Iterator[re.Match[str]]:
        """The matches in ``windows`` (found by ``read`` in ``where``: see `_reader`), each
        start once; past `MAX_KEYWORD_HITS` windows, the rest from one scan of the whole
        text."""
        size = len(text)
        seen: set[int] = set()
        for start, end in windows[:MAX_KEYWORD_HITS]:
            for match in read.finditer(where, start, end):
                # A match running to the window's end may only exist because the window
                # cut the text (its look-ahead saw the cut); the text's own match is
                # found from a later keyword, or with the whole text.
                if (match.end() < end or end == size) and match.start() not in seen:
                    seen.add(match.start())
                    yield self._in_text(match, text, end)
        if len(windows) > MAX_KEYWORD_HITS:
            yield from (m for m in self.pattern.finditer(text) if m.start() not in seen)

    def search(
        self, text: str, lowered: str, index: KeywordIndex | None = None
    ) -> re.Match[str] | None:
        """A match of the pattern in ``text`` if there is one (see `finditer`): the first
        that `finditer` gives, found without its generator."""
        if len(lowered) != len(text):  # a letter whose lower case is longer: no shortcut
            return self.pattern.search(text)
        if index is not None and index.holds_none_of(self.keywords):
            return None  # no keyword in the text (the usual case): no window, as finditer finds
        windows = self._windows(lowered, index)
        size = len(text)
        # (the index says whether the lower-case text may stand for the text: see `_reader`)
        read, where = self._reader(text, lowered, index)
        for start, end in windows[:MAX_KEYWORD_HITS]:
            # The window's first match is `finditer`'s first; only a match cut by the
            # window's end (rare) sends for the ones after it.
            match = read.search(where, start, end)
            if match is None:
                continue
            if match.end() < end or end == size:  # (as `_scan` keeps them)
                return self._in_text(match, text, end)
            for match in read.finditer(where, start, end):
                if match.end() < end or end == size:
                    return self._in_text(match, text, end)
        if len(windows) > MAX_KEYWORD_HITS:
            return self.pattern.search(text)  # (`_scan`'s scan of the whole text)
        return None

    def _reader(
        self, text: str, lowered: str, index: KeywordIndex | None
    ) -> tuple[re.Pattern[str], str]:
        """The pattern to scan the windows with and the text it reads: `lowered_pattern` in
        ``lowered`` where it finds what `pattern` finds in ``text`` (``lowered`` is the text's
        own lower case, letter for letter, and holds neither of `CASE_TWINS`), else `pattern`
        in ``text``."""
        twin = self.lowered_pattern
        if twin is not None and index is not None and index.case_free:
            return twin, lowered
        return self.pattern, text

    def _in_text(self, match: re.Match[str], text: str, end: int) -> re.Match[str]:
        """``match``, found by `_reader`'s pattern, as `pattern` finds it in ``text``: the
        same place, so the pattern is tried there only."""
        if match.re is self.pattern:
            return match
        found = self.pattern.match(text, match.start(), end)
        # (`case_free_twin`'s promise: the pattern matches there, as far; were it broken, the
        # twin's match, of the same span, is given rather than none)
        return found if found is not None else match


class KeywordIndex:
    """Where the keywords of every cue of this module occur in a lower-case text.

    Built with one scan of the text, it answers `find` as ``str.find`` would: the cues
    reading the same text share it instead of searching the whole text for each keyword.

    !!! info "Added in version 0.1"
    """

    __slots__ = ("_present", "_text", "case_free", "places")

    #: every keyword of the cues of this module -> where it starts in the text, in order
    #: (an empty tuple where it does not occur); read-only
    places: dict[str, Sequence[int]]
    #: whether the cues' `Cue.lowered_pattern` may read the text: it holds neither of
    #: `CASE_TWINS` (that it is, letter for letter, the lower case of the text a cue reads is
    #: the caller's to vouch for, as `Cue.finditer` asks)
    case_free: bool

    def __init__(self, lowered: str) -> None:
        self._text = lowered
        found: dict[str, list[int]] = {}
        # At each place where some keyword starts, a scan gives the longest one; the others
        # starting there are its prefixes, known in advance (and scanned for with it).
        for scan in _KEYWORD_SCANS:
            search = scan.search
            match = search(lowered)
            while match is not None:
                start = match.start()
                for keyword in _KEYWORDS_BEGINNING[match.group()]:
                    # (no setdefault: it would make an empty list at every place)
                    places = found.get(keyword)
                    if places is None:
                        found[keyword] = [start]
                    else:
                        places.append(start)
                match = search(lowered, start + 1)
        self.places = {**_NOWHERE, **found}
        self._present = frozenset(found)
        self.case_free = not any(twin in lowered for twin in CASE_TWINS)

    def holds_none_of(self, keywords: Collection[str]) -> bool:
        """Whether none of ``keywords`` occurs in the text, all of them keywords of the cues
        of this module (a set test, instead of a lookup for each keyword)."""
        return self._present.isdisjoint(keywords) and _INDEXED_KEYWORDS.issuperset(keywords)

    def find(self, keyword: str, start: int = 0, end: int | None = None) -> int:
        """``lowered.find(keyword, start, end)``, for a ``start`` and an ``end`` of zero or
        more; a keyword no cue of this module has is searched for in the text."""
        places = self.places.get(keyword)
        if places is None:
            return self._text.find(keyword, start, end)
        if not places:
            return -1
        at = bisect.bisect_left(places, start)
        if at == len(places):
            return -1
        place = places[at]
        limit = len(self._text) if end is None else min(end, len(self._text))
        return place if place + len(keyword) <= limit else -1


_APOSTROPHE = "['’]"
_S = r"\s{1,8}"  # a space, a line break, a few of them: never an unbounded run
_S0 = r"\s{0,8}"
_DE = rf"d(?:e{_S}|{_APOSTROPHE}{_S0})"  # "de " or "d'"

# -- the issuer's voice ------------------------------------------------------------------------

# What an issuer is pleased to do for its readers.
_TO_ANNOUNCE = (
    rf"(?:vous{_S})?(?:annoncer|pr[ée]senter|inviter|convier|informer|accueillir|d[ée]voiler"
    rf"|faire{_S}part)"
)
#: Pleasure or pride in the third person, the issuer's voice ("X a le plaisir de vous
#: annoncer", "est fière de présenter", "a fièrement annoncé"); a journalist never writes it.
#: An authority informing the public, the formula of a préfecture's or a town's notice:
#: "La préfète du Nord informe les usagers que…", "La mairie porte à la connaissance du public
#: que…", "Le préfet rappelle aux automobilistes que…".
INFORMS_THE_PUBLIC = Cue.compile(
    rf"\b(?:informe(?:nt)?|rappelle(?:nt)?|avise(?:nt)?){_S}(?:les|la|le|l{_APOSTROPHE}|aux?)"
    rf"{_S0}(?:usagers|public|population|habitants|administr[ée]s|automobilistes|riverains"
    rf"|populations|usag[èe]res|abonn[ée]s|voyageurs|candidats|agriculteurs|[ée]leveurs)\b"
    rf"|\bporte(?:nt)?{_S}[àa]{_S}la{_S}connaissance{_S}(?:du|des|de\s+la)\b"
    # the notice's own heading, opening its line: "Information à la population",
    # "Information des élus et de la population", "## Informations aux usagers"
    # (a heading: its capital, the line ending after the audience or at a colon; not a
    # wrapped sentence's "… une meilleure / information des riverains sur le chantier")
    rf"|(?:(?<![^\n*#_>])|(?<=[\n#>*] ))(?=(?-i:I)){PUBLIC_NOTICE_HEADING}"
    r"(?=[ \t*_]{0,4}(?::|\n|\Z))",
    keywords=("informe", "rappelle", "avise", "connaissance", "information"),
    reach=60,
    starts="[aipr]",  # informe, rappelle, avise, porte, information
)

PLEASED_TO_ANNOUNCE = Cue.compile(
    rf"\b(?:a|ont){_S}(?:le{_S}plaisir|l{_APOSTROPHE}honneur|la{_S}joie|la{_S}fiert[ée])"
    rf"{_S}{_DE}{_TO_ANNOUNCE}"
    rf"|\b(?:est|sont){_S}(?:(?:tr[èe]s|particuli[èe]rement){_S})?"
    rf"(?:heureu(?:x|se|ses)|fi[èe]re?s?){_S}{_DE}{_TO_ANNOUNCE}"
    rf"|\bfi[èe]rement{_S}annonc|\bannonc(?:e|ent){_S}fi[èe]rement",
    keywords=("plaisir", "honneur", "joie", "fier", "fièr", "heureu"),
    reach=120,
    starts="[aefos]",  # the first letters of its alternatives
)

# Verbs an issuer opens its release with, in the present ("annonce", "lancent") or as "a
# annoncé", directly before an article or possessive: an adjective ("présente dans 30 pays")
# does not count, nor a news report's weekday ("a annoncé mardi").
_LEAD_VERB = (
    r"(?:(?:annonc|lanc|d[ée]voil|pr[ée]sent|inaugur|organis|accueill|sign|c[ée]l[èe]br"
    # an association's or a union's stance, the lead of its communiqué
    r"|d[ée]nonc|condamn|salu|regrett|demand|r[ée]clam|d[ée]plor)e(?:nt)?"
    rf"|(?:a|ont){_S}(?:officiellement{_S})?annonc[ée])"
    rf"{_S}(?:aujourd{_APOSTROPHE}hui{_S}|officiellement{_S}|vivement{_S}|fermement{_S})?"
    rf"(?:l[ae]s?\s|l{_APOSTROPHE}|une?\s|des\s|son\s|sa\s|ses\s|leurs?\s|ce\s|cet\s|cette\s)"
)
#: The opening of a paragraph: a capitalised subject and, before any comma or sentence end,
#: the issuer announcing ("Le pôle X organise sa convention", "Les ministres se félicitent").
#: Used with ``match`` on the first body paragraph only: a news lead ("X annonce …") looks
#: the same, so this is weak evidence.
ANNOUNCEMENT_LEAD = re.compile(
    rf"[A-ZÀ-Ý][^,.;:!?«»\"\n]{{2,160}}?\s(?:{_LEAD_VERB}|se{_S}f[ée]licite(?:nt)?\b)"
)

#: "ce jour", the administration's word for today ("déposées ce jour à la préfecture"). The
#: word before it is checked against :data:`NOT_ADMINISTRATIVE_TODAY` ("à ce jour" means
#: "so far"), and "ce jour-là" / "ce jour où" / "ce jour même" are narrative.
ADMINISTRATIVE_TODAY = Cue.compile(
    rf"(?<!\w)ce{_S}jour\b(?![-\u2011]{_S0}l[àa]|{_S}o[ùu]\b|{_S}m[êe]me\b)",
    keywords=("jour",),
    reach=30,
)
#: Words before "ce jour" (after any elision) that make it something else than "today":
#: "à ce jour", "jusqu'à ce jour", "en ce jour".
NOT_ADMINISTRATIVE_TODAY = frozenset(
    {"à", "a", "en", "de", "du", "dès", "des", "depuis", "pour", "dans", "par", "sur", "avant",
     "après", "jusque", "entre", "que"}
)  # fmt: skip

#: Offices institutions give their officials. Capitalised after a name ("Anne Martin,
#: Présidente") they are the institution's own typography; news style writes them in lower
#: case ("Anne Martin, présidente").
OFFICES = (
    "Président", "Présidente", "Vice-président", "Vice-présidente", "Vice-Président",
    "Vice-Présidente", "Directeur", "Directrice", "Ministre", "Préfet", "Préfète", "Délégué",
    "Déléguée", "Secrétaire", "Maire", "Fondateur", "Fondatrice", "Co-fondateur",
    "Co-fondatrice", "Cofondateur", "Cofondatrice", "Responsable", "Chef", "Cheffe", "Gérant",
    "Gérante", "Administrateur", "Administratrice", "Conseiller", "Conseillère", "Député",
    "Députée", "Sénateur", "Sénatrice", "Commissaire", "Recteur", "Rectrice",
)  # fmt: skip
_OFFICE = "(?:" + "|".join(sorted(OFFICES, key=len, reverse=True)) + r")\b"
_OFFICE_WORDS = frozenset(o.lower() for o in OFFICES)
_LOWER_OFFICE = "(?:" + "|".join(sorted(_OFFICE_WORDS, key=len, reverse=True)) + r")\b"
# The keywords: the offices in lower case, none containing another ("président" stands for
# "présidente" and "vice-président").
_OFFICE_KEYWORDS = tuple(
    sorted(o for o in _OFFICE_WORDS if not any(p != o and p in o for p in _OFFICE_WORDS))
)
_NAME_SPACES = " \t\u00a0\u202f"  # spaces inside a name: never a line break
_SPACE = f"[{_NAME_SPACES}]"
_COMMA = rf"{_SPACE}{{0,3}},{_SPACE}{{0,3}}"
_CAPITAL = "[A-ZÀ-Ý]"
#: A first name after its capital ("ean", "ean-Marc")
_FIRST_NAME_REST = rf"[a-zà-ÿ]{{1,20}}(?:-{_CAPITAL}[a-zà-ÿ]{{1,20}})?"
_CAPS_SURNAME = rf"[A-ZÀ-Ý]{{2,25}}(?:[-'’{_NAME_SPACES}][A-ZÀ-Ý]{{2,25}}){{0,2}}"
_SURNAME = rf"(?:(?:de|du|Le|La|Van|von){_SPACE})?[A-ZÀ-Ý][a-zà-ÿ'’-]{{1,25}}"
_HEAD_OF_STATE = rf"{_SPACE}{{1,3}}de{_SPACE}{{1,3}}la{_SPACE}{{1,3}}R[ée]publique"
#: A named official in institutional typography: the surname in capitals before an office
#: ("Christian DUPONT, préfet de région") or a capitalised office after the name ("Anne
#: Martin, Directrice générale"), but not the head of state, whom everyone capitalises.
OFFICIAL_NAME_STYLE = Cue.compile(
    # The first name's capital first, and only then the look-behind (no letter, apostrophe or
    # hyphen before it): a pattern opening with a character class lets the engine skip to the
    # capitals of the text.
    rf"{_CAPITAL}(?<![\w'’-]{_CAPITAL}){_FIRST_NAME_REST}{_SPACE}{{1,3}}"
    rf"(?:{_CAPS_SURNAME}{_COMMA}(?:(?:l[ae]|son|sa){_SPACE}{{1,3}})?(?i:{_LOWER_OFFICE})"
    rf"|{_SURNAME}{_COMMA}{_OFFICE}(?!{_HEAD_OF_STATE}))",
    keywords=_OFFICE_KEYWORDS,
    reach=200,
    flags=0,
)


def _word_pattern(phrase: str) -> str:
    """A phrase as a pattern: any run of spaces between words, ``e`` or ``é`` for ``é``."""
    words = (re.escape(word).replace("é", "[ée]").replace("è", "[èe]") for word in phrase.split())
    return _S.join(words)


# -- the release's own label ------------------------------------------------------------------

#: The labels a release carries, in the singular: its document type, the wire's or the
#: investor portal's label, the regulator's. Accents and case vary; a plural
#: ("Communiqués de presse") is a press room's section, not a label.
RELEASE_LABELS = (
    "communiqué de presse",
    "communiqué",
    "communiqué officiel",
    "communiqué conjoint",
    "communiqué commun",
    "communiqué final",
    "communiqué financier",
    "communiqué du conseil des ministres",
    "press release",
    "news release",
    "avis aux médias",
    "avis de presse",
    "note aux rédactions",
    "information réglementée",
    "information privilégiée",
    "regulatory news",
    "pour diffusion immédiate",
    "for immediate release",
    "sous embargo",
)


#: A release label, whole words and singular ("communiqué", not "communiqués" nor
#: "communiquer"). The classify step looks for it in the opening only, and rejects one after
#: an article or a preposition (:data:`NOT_A_LABEL_BEFORE`).
RELEASE_LABEL = Cue.compile(
    r"(?<![\w-])(?:"
    + "|".join(_word_pattern(label) for label in sorted(RELEASE_LABELS, key=len, reverse=True))
    + r")(?![\w-])",
    keywords=(
        "communiqu",
        "release",
        "avis",
        "note",
        "information",
        "regulatory",
        "diffusion",
        "embargo",
    ),
    reach=60,
    starts="[acfinprs]",  # the first letters of its alternatives
)
#: Words before a label (after any elision) that make it a mention, not a label: "dans un
#: communiqué", "télécharger le communiqué de presse", "selon l'information réglementée".
NOT_A_LABEL_BEFORE = frozenset(
    {"un", "une", "le", "la", "l", "les", "des", "du", "de", "d", "au", "aux", "ce", "cet",
     "cette", "son", "sa", "ses", "leur", "leurs", "notre", "nos", "votre", "vos", "mon", "ma",
     "dans", "selon", "par", "en", "sur", "pour", "avec", "à", "a", "dernier", "nouveau",
     "premier", "prochain", "même", "ont", "ai", "avons", "avez", "est", "sont", "été",
     "sera", "seront", "être", "bien", "déjà", "pas"}
)  # fmt: skip

# -- more of the issuer's voice -------------------------------------------------------------------

#: Verbs a release puts after a quotation, in the present ("», souligne Anne Martin"). A news
#: report writes them in the past ("», a souligné…") or before the quotation.
QUOTE_VERBS = (
    "déclare", "explique", "souligne", "indique", "précise", "ajoute", "commente", "affirme",
    "se réjouit", "rappelle", "estime", "conclut", "poursuit", "insiste", "résume", "témoigne",
    "confie", "note", "assure", "détaille", "salue", "observe", "analyse", "complète",
)  # fmt: skip


_QUOTE_VERB = "(?:" + "|".join(_word_pattern(verb) for verb in QUOTE_VERBS) + ")"
#: A quotation closed and attributed in the present tense to a named person ("», souligne
#: Anne Martin", "" explique M. Roux"), or to an office the institution capitalises, its own
#: typography ("», déclare la Présidente de la Région", "», précise le Vice-président"; news
#: style writes "la présidente"). Releases quote their officials this way; it is weak
#: evidence, as a feature article may too.
QUOTED_IN_PRESENT = Cue.compile(
    rf"[»\"”][ \t\u00a0\u202f]{{0,3}},?{_S0}(?i:{_QUOTE_VERB}){_S}"
    rf"(?:M\.|Mme|(?:l[ae]{_SPACE}{{1,3}}|l['’]){_OFFICE}|[A-ZÀ-Ý])",
    # the closing quotation mark: rarer than the verbs ("note", "assure")
    keywords=("»", '"', "”"),
    reach=40,
    flags=0,
)

#: What an issuer says of its coming event: "se tiendra", "aura lieu", "sera inauguré",
#: "ouvrira ses portes". A news report tells what happened.
EVENT_AHEAD = Cue.compile(
    rf"\bse{_S}tiendr(?:a|ont)\b|\baur(?:a|ont){_S}lieu\b"
    rf"|\bser(?:a|ont){_S}(?:officiellement{_S})?(?:inaugur|pr[ée]sent|lanc|d[ée]voil|organis)"
    rf"[ée]e?s?\b|\bouvrir(?:a|ont){_S}(?:ses|leurs){_S}portes\b"
    rf"|\b(?:d[ée]butera|d[ée]marrera|d[ée]buteront|d[ée]marreront)\b",
    # "buter" stands for "débutera" and "debutera", "marrer" for "démarrera"
    keywords=("tiendr", "lieu", "sera", "seront", "portes", "buter", "marrer"),
    reach=60,
    starts="[ados]",  # the first letters of its alternatives
)

#: The issuer speaking as "nous" to announce or to invite: "nous lançons", "nous avons le
#: plaisir de", "rejoignez-nous", "retrouvez-nous au salon", "nos adhérents".
ISSUER_WE = Cue.compile(
    rf"\bnous{_S}(?:lan[cç]ons|annon[cç]ons|avons{_S}le{_S}plaisir|sommes{_S}(?:heureu|fi[èe]r|ravi)"
    rf"|proposons|invitons|organisons|pr[ée]sentons|r[ée]inventons|d[ée]voilons|inaugurons)"
    rf"|\b(?:rejoignez|retrouvez|contactez|suivez)-nous\b"
    # the issuer's own people and body: "nos adhérents", "notre fédération"
    rf"|\b(?:notre|nos){_S}(?:soci[ée]t[ée]s?|groupe|association|f[ée]d[ée]ration|[ée]quipes?"
    rf"|r[ée]seau|communaut[ée]|entreprise|collectivit[ée]|p[ôo]le|organisation|adh[ée]rents"
    rf"|membres|partenaires|clients|salari[ée]s|collaborateurs)\b",
    keywords=("nous", "notre", "nos"),
    reach=60,
    starts="[cnrs]",  # nous, notre, nos, rejoignez, retrouvez, contactez, suivez
)
#: A release's closing pointer: "Pour en savoir plus : …", "Plus d'informations sur …".
FURTHER_INFORMATION = Cue.compile(
    rf"\bpour{_S}(?:en{_S}savoir{_S}plus|plus{_S}d{_APOSTROPHE}informations?)"
    rf"|\bplus{_S}d{_APOSTROPHE}informations?{_S0}(?:sur\b|:)",
    keywords=("savoir", "information"),
    reach=60,
)

#: Wire services that distribute releases, as they tag a dateline: "/CNW Telbec/",
#: "/PRNewswire/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)". Only a release goes over them.
WIRE_SERVICES = (
    "CNW", "CNW Telbec", "PRNewswire", "PR Newswire", "Business Wire", "GlobeNewswire",
    "Globe Newswire", "Marketwired", "Marketwire", "ACCESSWIRE", "Newsfile", "Cision",
    "Actusnews Wire", "EQS Newswire", "Canada NewsWire", "African Press Organization",
)  # fmt: skip
#: A wire service's name, in any case and spacing: what follows the slash of its tag.
WIRE_NAME = "(?i:" + "|".join(_word_pattern(wire) for wire in WIRE_SERVICES) + r")\b"
#: A wire service's tag: between slashes ("QUÉBEC, le 20 août 2020 /CNW Telbec/ -"), or
#: after one at the line's end, with its acronym ("GENÈVE, 18 février 2014/African Press
#: Organization (APO)"), or in capitals between brackets ("(BUSINESS WIRE)"), or its name as
#: the wire's own line ("Actusnews Wire - …").
WIRE_CREDIT = Cue.compile(
    rf"/[ \t]{{0,2}}{WIRE_NAME}(?:[ \t]{{0,2}}\([A-Z]{{2,6}}\))?[ \t]{{0,2}}/"
    # (unclosed, after a date's digits or a space: "…/cision" ending a link is no tag)
    rf"|(?<=[\d \t])/[ \t]{{0,2}}{WIRE_NAME}(?:[ \t]{{0,2}}\([A-Z]{{2,6}}\))?[ \t]*$|\((?:"
    # between brackets only a "wire" name: "(CNW)" may be an abbreviation
    + "|".join(_word_pattern(wire.upper()) for wire in WIRE_SERVICES if "wire" in wire.lower())
    + r")\)|^[ \t]{0,8}(?i:actusnews[ \t]{1,3}wire|eqs[ \t]{1,3}newswire)\b",
    # each service's longest word: "newswire" for "PR Newswire", never a bare "pr"
    keywords=tuple(sorted({max(wire.lower().split(), key=len) for wire in WIRE_SERVICES})),
    reach=40,
    flags=re.M,
)
#: The line that ends a release sent to newsrooms: "-30-", "– 30 –", "###", "- FIN -",
#: "Fin du communiqué".
END_OF_RELEASE = Cue.compile(
    r"^[ \t]{0,8}(?:[-–—][ \t]{0,3}30[ \t]{0,3}[-–—]|#{3}|[-–—][ \t]{0,3}fin[ \t]{0,3}[-–—]"
    r"|fin[ \t]{1,3}du[ \t]{1,3}communiqu[ée])[ \t]{0,8}$",
    keywords=("30", "###", "fin"),
    reach=30,
    flags=re.I | re.M,
)
#: A press-contact label opening a line: "Contact presse :", "Relations médias",
#: "Source et renseignements :", "Renseignements :", "Service de presse".
PRESS_CONTACT_LABEL = Cue.compile(
    rf"^[ \t*_#-]{{0,8}}(?:contacts?{_S}(?:presse|m[ée]dias?|journalistes)"
    rf"|relations?{_S}(?:presse|m[ée]dias)|source{_S}et{_S}renseignements"
    rf"|renseignements{_S0}:|service{_S}(?:de{_S}(?:la{_S})?)?presse"
    rf"|attach[ée]e?s?{_S}de{_S}presse|press{_S}contacts?|media{_S}contacts?)",
    # each label holds one of these ("attachée de presse", "service de presse": "press")
    keywords=("contact", "relation", "renseignements", "press"),
    reach=60,
    flags=re.I | re.M,
)  # fmt: skip
#: The issuer dating its own news "aujourd'hui" right after its verb: "a procédé, aujourd'hui,
#: à…", "annonce aujourd'hui". A news report names the weekday.
TODAY_ANNOUNCEMENT = Cue.compile(
    rf"\b(?:a|ont){_S}[a-zà-ÿ]{{2,20}}[ée]e?s?{_S0},?{_S0}aujourd{_APOSTROPHE}hui\b"
    rf"|\b(?:annonc|lanc|d[ée]voil|pr[ée]sent|inaugur|publi|d[ée]pos|sign)e(?:nt)?"
    rf"{_S0},?{_S0}aujourd{_APOSTROPHE}hui\b",
    keywords=("aujourd",),
    reach=60,
    starts="[adilops]",  # the first letters of its alternatives
)

#: A version of a product or a piece of software made available: "annonce la sortie de la
#: version 9.0", "la disponibilité de la nouvelle version 2.4", "publie la version 17".
VERSION_RELEASE = Cue.compile(
    rf"\b(?:sortie|disponibilit[ée]|publication|lancement|publie|publient|sort)"
    rf"{_S}(?:(?:de|d{_APOSTROPHE}){_S0})?(?:la{_S}|sa{_S}|leur{_S})?(?:nouvelle{_S})?"
    rf"version{_S0}\d",
    keywords=("version",),
    reach=80,
    starts="[dlps]",  # sortie, disponibilité, publication, lancement, publie, sort
)

#: A verb in the simple future of the third person ("accueillera", "présenteront",
#: "réunira", "finiront"): an announcement tells what will happen, a report what happened.
#: The classify step counts distinct ones in the opening paragraphs. Lower case only: a
#: capitalised word ending so is a name ("Samira", "Pereira"), not a verb.
FUTURE_VERB = re.compile(r"(?<![\w-])[a-zà-ÿ]{3,25}(?:era|eront|ira|iront)\b")
#: The endings alone, found fast (the scan skips to an ``e`` or an ``i``); the classify step
#: reads the word before each with :data:`FUTURE_VERB`.
FUTURE_ENDING = re.compile(r"(?:er|ir)(?:a|ont)\b")

#: A note addressed to the newsrooms that receive the release: "Note aux rédactions", "Notes
#: pour les journalistes", "Note à l'attention des médias", "Notes to editors".
NOTES_TO_EDITORS = Cue.compile(
    rf"\bnotes?{_S}(?:aux|pour{_S}les|[àa]{_S}l{_APOSTROPHE}attention{_S}des){_S}"
    rf"(?:r[ée]dactions?|r[ée]dacteurs|journalistes|[ée]diteurs|m[ée]dias)\b"
    rf"|\bnotes?{_S}to{_S}editors\b",
    keywords=("note",),
    reach=60,
)

# -- official and financial communiqués ------------------------------------------------------

#: The fixed phrases of a council of ministers' communiqué, the way francophone governments
#: publish it: "Le Conseil a adopté…", "Au titre du Ministère de…", "un Conseil des ministres
#: s'est tenu…", and the Swiss executives' "Le Conseil fédéral a adopté", "Le Conseil d'État
#: a approuvé", a regional or federal government's own "Le Gouvernement wallon a adopté", a
#: council's "Le Conseil des ministres a pris les décisions suivantes". A news report names
#: "le Conseil des ministres" and what it adopted, and dates it.
COUNCIL_OF_MINISTERS = Cue.compile(
    rf"\bLe{_S}(?:Conseil(?:{_S}f[ée]d[ée]ral|{_S}d{_APOSTROPHE}[ÉE]tat)?"
    rf"|Gouvernement{_S}(?:wallon|flamand|bruxellois|f[ée]d[ée]ral|du{_S}Qu[ée]bec)){_S}a{_S}"
    rf"(?:(?:[ée]galement|en{_S}outre|par{_S}ailleurs|aujourd{_APOSTROPHE}hui){_S})?"
    r"(?:adopt|examin|entendu|approuv|pris\s{1,8}acte|autoris|proc[ée]d|nomm|d[ée]cid)"
    # the council's own list of its decisions (a news report tells one of them)
    rf"|\bLe{_S}Conseil{_S}des{_S}ministres{_S}a{_S}pris{_S}les{_S}d[ée]cisions{_S}suivantes"
    rf"|\b(?i:au{_S}titre{_S}d[ue]{_S}minist[èe]re)\b"
    rf"|\b(?i:conseil{_S}des{_S}ministres{_S}(?:s{_APOSTROPHE}est{_S}(?:tenu|r[ée]uni)|a{_S}eu{_S}lieu))",
    keywords=("conseil", "titre", "gouvernement"),
    reach=80,
    flags=0,
)
#: What only a listed company's own release carries: the regulator's labels, its ISIN code,
#: its next financial date, its investor-relations contact.
INVESTOR_RELATIONS = Cue.compile(
    rf"\binformation{_S}(?:r[ée]glement[ée]e|privil[ée]gi[ée]e)|\bcommuniqu[ée]{_S}financier"
    r"|\b(?:code\s{1,8})?ISIN\b|\bmn[ée]mo(?:nique)?\b"
    rf"|\bprochaine?s?{_S}(?:rendez-vous|publications?|communications?|[ée]ch[ée]ances?){_S}"
    rf"financi[èe]re?s?|\b(?:agenda|calendrier){_S}financier"
    rf"|\brelations?{_S}(?:avec{_S}les{_S})?investisseurs|\bcontacts?{_S}investisseurs",
    keywords=(
        "glement",  # "réglementée", "reglementee"
        "privil",
        "isin",
        "mnémo",
        "mnemo",
        "financi",
        "investisseurs",
    ),
    reach=80,
    starts="[acimpr]",  # the first letters of its alternatives
)

#: Template placeholders: lorem ipsum, [INSÉRER UN NOM], [DATE], XX/XX/XXXX. A template
#: engine's tags (``{{ title }}``, ``<%= date %>``) are not placeholders: a release page's
#: source holds them around its real text.
PLACEHOLDER = Cue.compile(
    r"lorem\s{1,8}ipsum|\bXX/XX\b"
    r"|\[\s{0,8}(?:ins[ée]r|insert|nom\b|name\b|date\b)"
    # a blank's name alone in its brackets, no link's text: "[VILLE]", "[Titre]"
    r"|(?<!\]\[)\[\s{0,3}(?:ville|lieu|titre|entreprise|soci[ée]t[ée]|organisation|pr[ée]nom)\s{0,3}"
    r"\](?![\[(:])"
    # a template's variable in capitals: "{{VILLE}}", "{{ CONTACT_NAME }}" (a site's own
    # variables, "{{ release.version }}", fill a real page)
    r"|\{\{\s{0,3}(?-i:(?:VILLE|DATE|NOM|PRENOM|PRÉNOM|TITRE|LIEU|ENTREPRISE|SOCIETE|SOCIÉTÉ|ORG"
    r"|ORGANISATION|COMPANY|CITY|CONTACT|CITATION|PARTENAIRE)[A-Z0-9_]{0,20})\s{0,3}\}\}",
    keywords=("lorem", "[", "xx/xx", "{{"),
    reach=40,
    starts="[xl\\[{]",  # lorem, a bracket, XX, a template's braces
)

# -- an event, and the press invited to it ----------------------------------------------------

#: Journalists addressed: invited, asked to get accredited or to confirm their attendance.
PRESS_INVITATION = Cue.compile(
    rf"\bles{_S}(?:journalistes|m[ée]dias|repr[ée]sentants{_S}(?:de{_S}la{_S}presse"
    rf"|des{_S}m[ée]dias)){_S}(?:sont|seront){_S}(?:les{_S}bienvenus"
    rf"|(?:cordialement{_S})?(?:invit[ée]s|convi[ée]s))"
    rf"|\baccr[ée]ditations?{_S}(?:presse|obligatoires?|des{_S}journalistes|aupr[èe]s)"
    rf"|\b(?:merci|pri[èe]re){_S}de{_S}(?:bien{_S}vouloir{_S})?confirmer{_S}votre{_S}"
    r"(?:pr[ée]sence|participation|venue)",
    keywords=(
        "journalistes",
        "média",
        "media",
        "représentants",
        "representants",
        "accr",
        "confirmer",
    ),
    reach=120,
    starts="[almp]",  # the first letters of its alternatives
)
#: A press conference or press point still to come ("une conférence de presse sera organisée").
PRESS_CONFERENCE_AHEAD = Cue.compile(
    rf"\b(?:conf[ée]rence|point){_S}(?:de{_S})?presse{_S}(?:sera{_S}(?:organis|donn|tenu)"
    rf"|se{_S}tiendra|aura{_S}lieu)",
    keywords=("presse",),
    reach=60,
    starts="[cp]",  # the first letters of its alternatives
)
#: The practical details of an event: a label line ("Lieu : …", "Horaires : …"), its
#: admission ("Entrée libre", "sur inscription") or a slot on a given day ("le jeudi 4 juin
#: de 9h30 à 10h30").
EVENT_DETAILS = Cue.compile(
    r"^[ \t]{0,8}(?:lieu|horaires?|adresse|acc[èe]s|inscriptions?)[ \t\u00a0\u202f]{0,3}:"
    # admission: "Entrée libre", "Inscription gratuite", "sur inscription"
    rf"|\bentr[ée]e{_S}(?:libre|gratuite)\b|\binscriptions?{_S}(?:gratuite|obligatoire|en{_S}ligne)"
    rf"|\bsur{_S}inscription\b"
    rf"|\b{_WEEKDAY}{_S}\d{{1,2}}(?:er)?{_S}{_MONTH}(?:{_S}\d{{4}})?{_S0},?{_S0}"
    rf"(?:de|[àa]|d[èe]s){_S}\d{{1,2}}{_S0}h",
    keywords=(
        "lieu",
        "horaire",
        "adresse",
        "accès",
        "acces",
        "inscription",
        "entrée",
        "entree",
        *WEEKDAYS,
    ),
    reach=120,
    flags=re.I | re.M,
    # a label's indent or first letter (lieu, horaires, adresse, accès, inscription),
    # entrée, sur, a weekday
    starts="[ \\tlhaiesmjvd]",
)

# -- texts that are not releases ---------------------------------------------------------------

_RELEASE = r"communiqu[ée]s?"
#: A text that reports on a release: "selon un communiqué", "dans un communiqué", "par voie
#: de communiqué", "précise un communiqué", "a diffusé un communiqué", "le communiqué ne
#: précise pas" (a release refers to itself as "ce communiqué" or "le présent communiqué").
# How someone else's release went out, said between the verb's words: "a enfin publié son
# communiqué", "ont discrètement diffusé un communiqué" (not when: "a publié hier un
# communiqué" opens many a reply release of a union or an opposition group).
_WHEN_SENT = r"(?:enfin|finalement|d[ée]j[àa]|discr[èe]tement|tardivement)"
CITES_A_RELEASE = Cue.compile(
    # (someone's release, as a report attributes to it: "selon le communiqué", "d'après son
    # communiqué"; "dans leur communiqué, les syndicats…" opens many a reply release, and a
    # release says "ce communiqué" of itself)
    rf"\b(?:selon|d{_APOSTROPHE}apr[èe]s){_S}(?:un|le|son|leur){_S}{_RELEASE}"
    rf"|\bdans{_S}un{_S}{_RELEASE}"
    rf"|\bpar{_S}(?:voie{_S}de{_S})?{_RELEASE}\b"
    r"|\b(?:indique|pr[ée]cise|explique|souligne|affirme|annonce|ajoute|rapporte|d[ée]taille"
    rf"|assure|estime)(?:nt)?{_S}(?:un|le|son|leur){_S}{_RELEASE}"
    # someone else's release, sent or discussed: "a diffusé un communiqué", "le communiqué
    # ne le précise pas", "le communiqué cite"
    rf"|\b(?:a|ont)(?:{_S}{_WHEN_SENT})?{_S}(?:diffus[ée]|publi[ée]|envoy[ée]|transmis"
    rf"|adress[ée]|rendu{_S}public){_S}(?:un|son|leur){_S}{_RELEASE}"
    rf"|\ble{_S}{_RELEASE}(?:{_S}de{_S}presse)?{_S}(?:ne{_S}(?:le{_S}|l['’])?|n['’]en{_S})?"
    r"(?:pr[ée]cise|cite|indique|omet|mentionne|passe|dit|explique|parle)\b",
    keywords=("communiqu",),
    reach=60,
    starts="[adeiloprs]",  # the first letters of its alternatives
)
#: A page that relays a release whole, and says so before it: "Nous publions ci-dessous le
#: communiqué de la Cinor", "Voici le communiqué du Conseil fédéral :", "Le communiqué :" on a
#: line of its own. What follows is the release itself, not a report on it.
RELEASE_RELAYED = Cue.compile(
    rf"\bnous{_S}(?:publions|reproduisons|relayons|vous{_S}livrons){_S}"
    rf"(?:ci-dess?ous{_S}|ci-apr[èe]s{_S}|ici{_S})?"
    rf"(?:l{_APOSTROPHE}int[ée]gralit[ée]{_S}d[ue]{_S}|le{_S}texte{_S}d[ue]{_S})?"
    rf"(?:le|ce|son|leur){_S}{_RELEASE}\b"
    rf"|\bvoici{_S}(?:le|son|leur){_S}{_RELEASE}\b[^.:]{{0,80}}:[ \t]*$"
    # (after a capture's stamp: " date 2023-04 Le communiqué :")
    rf"|^[ \t*_]{{0,3}}(?:date{_S}(?:19|20)\d\d-[01]\d{_S})?le{_S}{_RELEASE}(?:{_S}de{_S}presse)?"
    rf"{_S0}:[ \t*_]*$",
    keywords=("communiqu",),
    reach=120,
    flags=re.I | re.M,
)
#: A release naming itself: "le présent communiqué", "les signataires de ce communiqué".
#: Only the release's own text says "présent"; a report writes "ce communiqué" of one it has
#: just quoted ("Ce communiqué est signé par la LDH…"), so the bare demonstrative does not
#: count.
RELEASE_SELF_REFERENCE = Cue.compile(
    rf"\b(?:le|du|au|dans{_S}le|par{_S}le){_S}pr[ée]sent{_S}{_RELEASE}\b"
    rf"|\bsignataires{_S}(?:de{_S}ce|du{_S}pr[ée]sent){_S}{_RELEASE}\b",
    keywords=("communiqu",),
    reach=60,
)
#: A news report's attribution: a verb of saying and a bare weekday or "hier" ("a annoncé
#: mardi", "précise lundi la préfecture", "a indiqué hier"). A release dates its own news
#: with "aujourd'hui" or a full date ("présente jeudi 4 juin"), never so.
NEWS_REPORTING = Cue.compile(
    r"\b(?:annonc|indiqu|d[ée]clar|expliqu|pr[ée]cis|affirm|assur|confirm|estim|soulign|ajout)"
    rf"(?:e|ent|é|ée|és|ées){_S}(?:{_WEEKDAY}|hier)\b(?!{_S0}\d)",
    keywords=("hier", *WEEKDAYS),
    reach=60,
    starts="[acdeips]",  # the first letters of its alternatives
)
#: An interview's credit: "Propos recueillis par Yannick Morvan", "Entretien réalisé par …".
#: A journalist's questions and someone's answers: no release (a press kit's interview of its
#: director is a kit's page, and the kit says "Dossier de presse").
INTERVIEW_CREDIT = Cue.compile(
    # (by a journalist, named, or the newsroom: an issuer's own "Trois questions à …" credits
    # its communication service, "propos recueillis par le service communication")
    rf"\b(?:propos{_S}recueillis|(?:interview|entretien){_S}r[ée]alis[ée]e?){_S}par{_S}"
    rf"(?:(?-i:[A-ZÀ-Ý][a-zà-ÿ]+{_S}[A-ZÀ-Ý])|(?:la|notre){_S}r[ée]daction\b)",
    keywords=("propos", "réalis", "realis"),
    reach=60,
    starts="[pie]",  # the first letters of its alternatives
)
#: News agencies, as they credit a dispatch: "(AFP) –", "(Boursier.com) —".
NEWS_AGENCIES = (
    "AFP", "Reuters", "AP", "Belga", "ATS", "APS", "MAP", "AOF", "AFX", "Boursier.com",
    "Zonebourse", "Cercle Finance", "Agence France-Presse", "Agence Ecofin",
    # trade agencies (health, education, local government) and the francophone and world
    # agencies whose dispatches French sites carry
    "APMnews", "AEF info", "Hospimedia", "Relaxnews", "ETX Studio", "Keystone-ATS",
    "ATS-Keystone", "Presse Canadienne", "La Presse Canadienne", "Xinhua", "ANSA", "Kyodo",
    "Anadolu", "TASS", "Bloomberg", "Dow Jones",
)  # fmt: skip
#: Agencies whose initials are also common French acronyms (the "allocation personnalisée
#: d'autonomie (APA)", the "Trans Adriatic Pipeline (TAP)"): a credit only after a date.
NEWS_AGENCY_INITIALS = (
    "APM", "AEF", "APA", "ACP", "AIP", "TAP", "PANA", "AGP", "DPA", "EFE", "UPI",
)  # fmt: skip
#: A news agency's credit opening a dispatch: "(AFP) – Le préfet…". A wire service that
#: distributes releases writes "(BUSINESS WIRE)" between dashes instead, with no space.
_AGENCY_NAMES = "|".join(re.escape(agency) for agency in NEWS_AGENCIES)
_AGENCY_INITIALS = "|".join(NEWS_AGENCY_INITIALS)
NEWS_AGENCY_CREDIT = Cue.compile(
    rf"\((?:{_AGENCY_NAMES})\)[ \t\u00a0\u202f]{{0,3}}[-–—]"
    # the initials after the dispatch's date: "PARIS, 11 juillet 2025 (APM) -"
    rf"|(?<=\d)[ \t\u00a0]{{1,3}}\((?:{_AGENCY_INITIALS})\)[ \t\u00a0\u202f]{{0,3}}[-–—]"
    # or its byline opening a line over the dispatch: "Boursier.com, publié le mercredi 30
    # octobre 2019 à 08h30" (not an index "Reuters, publié le 1er mars" cited in a sentence)
    rf"|(?<![^\n])[ \t]{{0,3}}(?:{_AGENCY_NAMES})[ \t]{{0,2}},[ \t]{{1,2}}"
    r"(?:publi[ée]|mis[ \t]+[àa][ \t]+jour)[ \t]+le\b",
    # the agency in its brackets (a bare "ap" or "ats" is in every other word), or the
    # byline's participle
    keywords=(
        *sorted({f"({agency.lower()})" for agency in (*NEWS_AGENCIES, *NEWS_AGENCY_INITIALS)}),
        "publi",
        "jour",
    ),
    reach=40,
    flags=0,
)
#: A news site's furniture around an article: its reading time and its paywall ("Temps de
#: lecture : 3 min", "Article réservé aux abonnés", "Déjà abonné ?"). No issuer puts its
#: release behind a paywall.
#: A newsletter naming itself at its top: "L'Infolettre de la FQCE – Édition du …", "La
#: Lettre de l'Agence – n° 47", "Dans ce numéro :", "Voir cette infolettre dans votre
#: navigateur", "Vous recevez cette lettre parce que…". An issue of a newsletter gathers news;
#: it is no release (a release sent by e-mail says "communiqué", not "lettre" or "numéro").
NEWSLETTER = Cue.compile(
    rf"\binfolettre\b|\bnewsletter{_S}(?:n[°o]|#|\d)|\blettre{_S}d{_APOSTROPHE}information{_S}n[°o]"
    rf"|\bla{_S}lettre{_S}(?:de|du|des|d{_APOSTROPHE})[^\n]{{1,60}}?n[°o]{_S0}\d"
    # a masthead: a newsletter's kind and its issue's number opening a line ("La Lettre
    # culturelle – n° 47", "Bulletin municipal n° 112"; a préfecture's "bulletin de situation
    # n° 5" and a company's "BALO n° 45" are cited in releases)
    rf"|^[ \t#*]*(?:la{_S})?(?:lettre|bulletin){_S}(?:municipal|communal|mensuel|trimestriel"
    rf"|culturel(?:le)?|hebdomadaire|[ée]lectronique)[^\n]{{0,60}}?n[°o]{_S0}\d"
    # a newsletter's name and its issue opening a line or the front matter's title
    # ("Gazette BlueHats n°14", "title: Newsletter Alpha #12", "Lettre d'information n° 3")
    # (a name and its number, no sentence between: "La Gazette Drouot publie son numéro
    # 1000" is news about it, "n° 1 de la presse" its rank)
    rf"|^[ \t#*]*(?:title{_S0}:{_S0}[\"']?)?(?:la{_S}|le{_S})?(?:gazette|newsletter|infolettre"
    rf"|lettre{_S}d{_APOSTROPHE}info(?:rmations?|s)?)\b"
    # (between them, capitalised words, particles or signs only: no verb, no sentence)
    rf"(?:[ \t]{{1,3}}(?:(?-i:[A-ZÀ-Ý0-9])[\w'’-]{{0,30}}|de|du|des|la|le"
    rf"|d{_APOSTROPHE}[\w-]{{1,30}}|[^\w\s]{{1,4}})){{0,4}}"
    rf"[ \t]{{0,3}}(?:n[°o]|#|num[ée]ro){_S0}(?!1{_S}(?:de|du|des)\b)\d"
    rf"|^[ \t]*dans{_S}ce{_S}num[ée]ro{_S0}(?::|$)"
    rf"|\bvous{_S}recevez{_S}(?:cette|ce|notre){_S}(?:lettre|infolettre|newsletter|bulletin)\b",
    keywords=(
        *("infolettre", "newsletter", "lettre", "bulletin", "numéro", "numero", "recevez"),
        "gazette",
    ),
    reach=80,
    flags=re.I | re.M,
)
#: A forum's or a comment thread's post stamp, to the minute: "Posté le 23 juin 2026 à 21:14",
#: "Message posté le 23/06/2026 à 22h03", "Répondu le …". A page shows its own publication
#: once; a thread stamps each of its posts.
FORUM_POST = Cue.compile(
    rf"\b(?:post[ée]|publi[ée]|r[ée]pondu|envoy[ée]){_S}le{_S}"
    rf"(?:\d{{1,2}}(?:er)?{_S}[a-zéû]{{3,9}}\.?{_S}\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
    rf"{_S}(?:[àa]|-){_S}\d{{1,2}}{_S0}(?:h|:){_S0}\d{{2}}\b",
    keywords=("posté", "poste", "publié", "publie", "répondu", "repondu", "envoyé", "envoye"),
    reach=80,
    starts="[epr]",  # posté, publié, répondu, envoyé
)
#: A reply in a mailing list or an e-mail thread: the attribution of the message it answers,
#: ending its line ("Le Tue, 12 Oct 2004 09:14:27 +0200, Catherine a écrit :", "On Mon, 3
#: May 2021, Jean wrote:"), over the lines it quotes ("> COMMUNIQUE DE PRESSE"). A release
#: quoted so is someone's answer to it, not the release.
REPLY_QUOTING = Cue.compile(
    # (the attribution gives the sender's address or the message's time; a release quoting a
    # letter, "Elle a écrit :" over a block quotation, gives neither)
    rf"(?:[<@]|\d{{1,2}}:\d\d)[^\n]{{0,200}}?\b(?:a{_S}[ée]crit|wrote)[ \t]{{0,4}}:[ \t]{{0,4}}\n"
    rf"(?:[ \t]{{0,4}}\n)?[ \t]{{0,4}}>",
    keywords=("crit", "wrote"),
    reach=240,
    flags=re.I | re.M,
    starts="[\\d<@]",  # an address's bracket or at sign, a time's digit
)
#: A public procurement notice (avis d'appel public à la concurrence): its legal headings
#: ("Pouvoir adjudicateur", "Critères d'attribution", "Date limite de remise des offres").
#: A release may announce a call for projects; only a notice lays out a tender's procedure.
TENDER_NOTICE = Cue.compile(
    rf"\bavis{_S}d{_APOSTROPHE}appel{_S}public{_S}[àa]{_S}la{_S}concurrence\b"
    rf"|\bpouvoir{_S}adjudicateur\b"
    rf"|\bcrit[èe]res{_S}d{_APOSTROPHE}attribution{_S}(?:du{_S}march[ée]|des{_S}offres)\b"
    rf"|\bobjet{_S}du{_S}march[ée]\b|\btype{_S}de{_S}proc[ée]dure\b"
    rf"|\bdate{_S}limite{_S}de{_S}(?:remise|r[ée]ception){_S}des{_S}(?:offres|plis)\b",
    keywords=("avis", "pouvoir", "critères", "criteres", "limite", "objet", "procédure"),
    reach=80,
    starts="[acdopt]",  # avis, pouvoir, critères, objet, type, date
)

#: A public inquiry's or consultation's notice (avis d'enquête publique, de consultation du
#: public): its title and its legal formulas ("le dossier peut être consulté", "le public
#: peut formuler ses observations", "registre ouvert à cet effet", the commissaire enquêteur).
#: A release may announce an inquiry; the notice lays out its procedure.
PUBLIC_NOTICE = Cue.compile(
    rf"\bavis{_S}(?:d{_APOSTROPHE}{_S0}enqu[êe]te{_S}publique|de{_S}consultation{_S}du{_S}public"
    rf"|de{_S}participation{_S}du{_S}public)\b"
    # (in the present or the future a notice writes them in: "pourra être consulté")
    rf"|\bdossier\b[^\n.]{{0,80}}?\b(?:peut|pourra){_S}[êe]tre{_S}consult[ée]"
    rf"|\bpublic{_S}(?:peut|pourra){_S}(?:formuler|consigner|adresser){_S}ses{_S}observations\b"
    rf"|\bregistre{_S}(?:d[ée]mat[ée]rialis[ée]{_S})?ouvert{_S}[àa]{_S}cet{_S}effet\b"
    rf"|\bcommissaire[- ]enqu[êe]teur\b"
    # Québec's and Belgium's notices: "assemblée publique de consultation", "… peuvent être
    # consultés au bureau du greffe", "enquête publique" held by the commune
    rf"|\bassembl[ée]e{_S}publique{_S}de{_S}consultation\b"
    rf"|\b(?:peuvent|pourront){_S}[êe]tre{_S}consult[ée]s?\b"
    # the notice's label alone on its line: "AVIS PUBLIC"
    rf"|^[ \t#*]*avis{_S}public[ \t*]*$"
    # a shareholders' meeting's notice (BALO): its resolutions ("PREMIÈRE RÉSOLUTION
    # (Approbation des comptes…)") and their formula; the company's release making the
    # meeting's documents available names the notice, never its resolutions
    rf"|^[ \t#*]*(?:premi[èe]re|deuxi[èe]me|troisi[èe]me|quatri[èe]me){_S}r[ée]solution\b"
    rf"|\bl{_APOSTROPHE}assembl[ée]e{_S}g[ée]n[ée]rale,?{_S}apr[èe]s{_S}avoir{_S}pris{_S}connaissance\b",
    keywords=(
        "avis",
        "consult",
        "observations",
        "registre",
        "commissaire",
        "résolution",
        "resolution",
        "assembl",
    ),
    reach=120,
    flags=re.I | re.M,
    starts="[ \t#*acdlpqrt]",  # its words' first letters, a label's indent
)
#: An opinion piece's formulas (a tribune, a point of view, an editorial): its label alone on
#: a line, where it was published, its list of signatories. A release may announce one; the
#: piece itself writes two of them.
OPINION_PIECE = Cue.compile(
    rf"^[ \t#*_]*(?:tribune(?:{_S}libre)?|point{_S}de{_S}vue|carte{_S}blanche|opinion"
    rf"|[ée]ditorial|[ée]dito)[ \t*_]*$"
    rf"|\btribune{_S}(?:publi[ée]e|parue){_S}(?:dans|par|sur)\b"
    rf"|^[ \t*_]*(?:les|liste{_S}des){_S}(?:premiers{_S})?(?:co-?)?signataires{_S0}:",
    keywords=("tribune", "point", "carte", "opinion", "édito", "edito", "signataires"),
    reach=80,
    flags=re.I | re.M,
    starts="[ \t#*_celopté]",  # its words' first letters, a label's indent
)
#: A call for applications' page (appel à candidatures, à projets): how to apply, who may,
#: what to send, by when. A release announcing a call names one or two of them; the call's
#: own page sets out three or more.
CALL_FOR_APPLICATIONS = Cue.compile(
    rf"\bqui{_S}peut{_S}(?:candidater|postuler|participer|d[ée]poser|en{_S}b[ée]n[ée]ficier)\b"
    rf"|\bcomment{_S}(?:candidater|postuler|participer|d[ée]poser{_S}(?:un|son|sa|votre))\b"
    rf"|\bpi[èe]ces{_S}[àa]{_S}(?:fournir|joindre)\b"
    rf"|\bmodalit[ée]s{_S}de{_S}(?:candidature|d[ée]p[ôo]t|participation|s[ée]lection)\b"
    rf"|\bdossiers?{_S}de{_S}candidature\b"
    rf"|\bcrit[èe]res{_S}(?:de{_S}s[ée]lection|d{_APOSTROPHE}[ée]ligibilit[ée])\b"
    rf"|\bconditions{_S}d{_APOSTROPHE}[ée]ligibilit[ée]\b"
    rf"|\bd[ée]p[ôo]t{_S}des{_S}(?:dossiers|candidatures|projets)\b"
    rf"|\bdate{_S}limite{_S}de{_S}(?:d[ée]p[ôo]t|candidature)\b",
    keywords=(
        "peut",
        "comment",
        "pièces",
        "pieces",
        "modalit",
        "candidature",
        "critères",
        "criteres",
        "conditions",
        "dépôt",
        "depot",
        "limite",
    ),
    reach=80,
    starts="[cdmpq]",  # qui, comment, pièces, modalités, dossiers, critères, conditions…
)
#: An event's own page (an agenda entry, an event's site): its practical fields, each opening
#: a line or standing alone on it — when (``Dates :``), where (``Lieu :``, ``Adresse :``), the
#: price (``Tarifs :``, ``Entrée libre``), the hours, the access, the programme, how to register
#: (``Inscription``, ``Billetterie``, ``Je m'inscris``), practical information. Each field is a
#: named group, so that a page is told by how many *kinds* of field it sets out: a release
#: announcing an event gives one or two of them under its own type or dateline.
EVENT_PAGE = Cue.compile(
    r"^[ \t*#>•-]{0,8}(?:"
    # (not a front matter's "date: 2026-06-02", which every post has)
    r"(?P<when>dates?|quand)[ \t\u00a0]{0,3}:(?![ \t]{0,3}[\"']?\d{4}-)"
    r"|(?P<where>lieu|adresse|où)[ \t\u00a0]{0,3}:"
    rf"|(?P<price>(?:tarifs?|prix|entr[ée]e)[ \t\u00a0]{{0,3}}:|entr[ée]e{_S}(?:libre|gratuite))"
    r"|(?P<hours>horaires?)[ \t\u00a0]{0,3}:"
    r"|(?P<access>acc[èe]s)[ \t\u00a0]{0,3}:"
    rf"|(?P<programme>programme(?:{_S}(?:complet|d[ée]taill[ée]|de{_S}la{_S}journ[ée]e))?)"
    r"[ \t*:]{0,8}$"
    r"|(?P<registration>(?:inscriptions?|billetterie|r[ée]servations?)[ \t*]{0,8}(?::|$)"
    rf"|je{_S}m{_APOSTROPHE}inscris|s{_APOSTROPHE}inscrire[ \t*]{{0,8}}$)"
    rf"|(?P<practical>(?:infos?|informations?){_S}pratiques)[ \t*:]{{0,8}}$"
    r")",
    keywords=(
        "date",
        "quand",
        "lieu",
        "adresse",
        "où",
        "tarif",
        "prix",
        "entrée",
        "entree",
        "horaire",
        "accès",
        "acces",
        "programme",
        "inscri",
        "billetterie",
        "réservation",
        "reservation",
        "pratiques",
    ),
    reach=40,
    flags=re.I | re.M,
    starts="[ \t*#>•dqlaoùtpehibrjsi-]",  # a field's indent or bullet, its first letter
)
#: The formula a public notice is given with ("AVIS PUBLIC est donné aux personnes
#: intéressées", "Avis est par les présentes donné"): a notice's own words, never a release's.
NOTICE_GIVEN = Cue.compile(
    rf"\bavis{_S}(?:public{_S})?est{_S}(?:par{_S}les{_S}pr[ée]sentes{_S})?donn[ée]\b",
    keywords=("avis",),
    reach=80,
)
#: A post's reading time, as blogs and magazines print it under the byline ("6 min de
#: lecture", "Temps de lecture : 4 minutes", "3 min read").
READING_TIME = Cue.compile(
    # (the label: a colon, a figure, "estimé" or the line's end after it; "le temps de
    # lecture/écriture" of a disk, in prose, is no post's)
    rf"\b\d{{1,2}}{_S0}min(?:utes?)?\.?{_S}de{_S}lecture\b"
    rf"|\btemps{_S}de{_S}lecture(?={_S0}(?::|\d|estim|moyen|\n|$))"
    rf"|\blecture{_S0}:?{_S0}\d{{1,2}}{_S0}min\b|\b\d{{1,2}}{_S0}min{_S}read\b",
    keywords=("lecture", "read"),
    reach=40,
    starts="[\\dlt]",  # a digit, lecture, temps
)
#: A job offer's formulas: its title, its contract, the profile sought, how to apply.
JOB_OFFER = Cue.compile(
    rf"\boffre{_S}d{_APOSTROPHE}emploi\b|\bposte{_S}[àa]{_S}pourvoir\b|\btype{_S}de{_S}contrat\b"
    rf"|\bprofil{_S}recherch[ée]\b|\blettre{_S}de{_S}motivation\b"
    rf"|\brémunération{_S}:|\bprise{_S}de{_S}poste\b",
    keywords=("offre", "poste", "contrat", "profil", "motivation", "rémunération", "prise"),
    reach=60,
    starts="[loprt]",  # offre, poste, type, profil, lettre, rémunération, prise
)
#: How to apply and what is asked ("Compétences requises", "Date limite de candidature",
#: "Envoyez votre CV", a "Postuler" heading): a job offer's, but a call for applications'
#: too (a market's exhibitors, a prize, a residency), which towns announce by release; they
#: count toward a job offer only beside one of `JOB_OFFER`'s own formulas.
JOB_APPLICATION = Cue.compile(
    rf"\bcomp[ée]tences{_S}(?:requises|attendues|recherch[ée]es)\b"
    rf"|\bdate{_S}limite{_S}de{_S}(?:d[ée]p[ôo]t{_S}des{_S})?candidatures?\b"
    rf"|\benvoy(?:ez|er){_S}(?:votre{_S}|un{_S})?(?:cv|candidature)\b"
    # how to apply, as a heading alone on its line: "## Postuler", "Comment postuler ?"
    # (every run bounded and apart: a long run of spaces after "postuler" costs one pass)
    rf"|(?<![^\n])[ \t#*_]{{0,6}}(?:comment{_S}|pour{_S})?postuler"
    r"(?:[ \t]{0,3}[:?])?[ \t*_]{0,6}(?=\n|\Z)",
    keywords=("compétences", "competences", "candidature", "envoy", "postuler"),
    reach=60,
    # compétences, date, envoyez, comment, pour, postuler, or a heading's marks before them
    starts="[cdeop#*_ \t]",
)
#: An official act's structure: its visas ("Vu le code…", "Vu la loi…") and its operative
#: word ("ARRÊTE :", "DÉCIDE :"), each opening a line (a release quoting an act's
#: "Article 1er" or "Considérant que" is still a release); a motion's, its recitals and its
#: operative verbs in capitals opening its paragraphs ("CONSIDÉRANT que", "MANDATE").
LEGAL_ACT = Cue.compile(
    rf"^[ \t]*vu{_S}(?:le|la|les|l{_APOSTROPHE})\b"
    rf"|^[ \t]*(?:arr[êe]te|d[ée]cr[èe]te|d[ée]cide){_S0}:"
    # a motion's or a deliberation's, in capitals opening its paragraphs: "CONSIDÉRANT que
    # …", "AFFIRME que …", "MANDATE la direction …", "DEMANDE …"
    r"|^[ \t]*(?-i:CONSID[ÉE]RANT|AFFIRME|R[ÉE]AFFIRME|MANDATE|APPELLE|DEMANDE|EXIGE"
    r"|D[ÉE]NONCE|D[ÉE]CIDE)\b",
    keywords=(
        "vu",
        "considérant",
        "considerant",
        "arrête",
        "arrete",
        "décrète",
        "décide",
        "decide",
        "article",
        "affirme",
        "mandate",
        "appelle",
        "demande",
        "exige",
        "dénonce",
        "denonce",
    ),
    reach=40,
    flags=re.I | re.M,
)

#: A news site's paywall: "Article réservé aux abonnés", "Déjà abonné ?", "Abonnez-vous". (A
#: reading time is `READING_TIME`'s: State and institutional sites print one too.)
NEWS_SITE_FURNITURE = Cue.compile(
    rf"\br[ée]serv[ée]e?s?{_S}aux{_S}abonn[ée]s|\bd[ée]j[àa]{_S}abonn[ée]"
    rf"|\babonnez-vous\b",
    keywords=("abonn",),
    reach=40,
    starts="[adr]",  # réservé, déjà, abonnez
)
#: A journalist's own inquiry: who was reached and who would not answer ("contacté par nos
#: soins", "interrogé par Le Progrès", "joint par téléphone", "n'a pas souhaité répondre").
#: An issuer does not report its own silence.
JOURNALIST_INQUIRY = Cue.compile(
    rf"\bcontact[ée]e?s?{_S}par{_S}(?:nos{_S}soins|la{_S}r[ée]daction|notre{_S}r[ée]daction)"
    rf"|\binterrog[ée]e?s?{_S}par{_S}(?:nos{_S}soins|la{_S}r[ée]daction|notre|[A-ZÀ-Ý])"
    rf"|\bjointe?s?{_S}par{_S}t[ée]l[ée]phone"
    rf"|\bn{_APOSTROPHE}(?:a|ont){_S}pas{_S}(?:souhait[ée]|donn[ée]{_S}suite|r[ée]pondu{_S}[àa]{_S}nos)",
    keywords=("contact", "interrog", "joint", "souhait", "suite", "pondu"),
    reach=80,
    starts="[cijn]",  # the first letters of its alternatives
)
#: A journalist's byline: "par Thomas Delmas, journaliste indépendant", "Par Anne Roux,
#: correspondante à Lyon", "par notre correspondant". An issuer signs with its name or its
#: service, never as a journalist.
JOURNALIST_BYLINE = Cue.compile(
    rf"\bpar{_S}(?-i:[A-ZÀ-Ý][\wà-ÿ'’-]+(?:{_S}[A-ZÀ-Ý][\wà-ÿ'’-]+){{1,3}}){_S0}[,–—-]{_S0}"
    rf"(?:journaliste|r[ée]dact(?:eur|rice)|correspondante?|envoy[ée]e?{_S}sp[ée]ciale?)\b"
    rf"|\bpar{_S}(?:notre|nos){_S}(?:correspondante?s?|envoy[ée]e?s?{_S}sp[ée]ciale?s?)\b",
    keywords=("journaliste", "rédact", "redact", "correspondant", "envoy"),
    reach=120,
)
#: A text about press releases: a definition ("Le communiqué de presse est un document…",
#: "Qu'est-ce qu'un communiqué ?") or a how-to ("rédiger un bon communiqué").
ABOUT_PRESS_RELEASES = Cue.compile(
    rf"qu{_APOSTROPHE}est-ce{_S}qu{_APOSTROPHE}un{_S}{_RELEASE}"
    rf"|\b(?:le|un){_S}{_RELEASE}(?:{_S}de{_S}presse)?{_S}est{_S}(?:un|une)\s"
    r"|\b(?:r[ée]diger|[ée]crire|r[ée]ussir|r[ée]digez|[ée]crivez"
    rf"|r[ée]daction{_S}d{_APOSTROPHE}){_S0}(?:un|une|votre|vos|son|ses|des|le|les){_S}"
    rf"(?:bons?{_S})?{_RELEASE}"
    rf"|\b(?:un|le)s?{_S}bons?{_S}{_RELEASE}"
    rf"|\bd[ée]finition{_S}d(?:u|{_APOSTROPHE}un){_S}{_RELEASE}"
    rf"|\bwhat{_S}is{_S}a{_S}press{_S}release|\bhow{_S}to{_S}write{_S}a{_S}press{_S}release",
    keywords=("communiqu", "release"),
    reach=80,
    # qu'est-ce, le/les, un/une, rédiger, écrire, réussir, rédaction, définition, what, how
    starts="[qlurédwhe]",
)
_LISTED_DATE = rf"(?:\d{{1,2}}[/.-]\d{{1,2}}[/.-]\d{{2,4}}|\d{{1,2}}(?:er)?{_S}{_MONTH}(?!\w))"
_LISTED_RELEASE = (
    rf"(?:{_RELEASE}|dossiers?{_S}de{_S}presse|press{_S}releases?"
    rf"|invitations?{_S}(?:presse|aux{_S}m[ée]dias)|avis{_S}aux{_S}m[ée]dias)\b"
)
# A teaser's link to the item it sums up ("Lire la suite", "Lire l'article", "Lire le
# communiqué", "Read more"; not "En savoir plus", which a release writes before its site's
# address).
_READ_MORE = (
    rf"\blire{_S}(?:la{_S}suite|l{_APOSTROPHE}article|le{_S}communiqu[ée])\b|\bread{_S}more\b"
)
#: A teaser ending with its link to the item: a listing's card, however long, is no body.
READ_MORE_END = re.compile(rf"(?:{_READ_MORE})[^\w\n]{{0,8}}\Z", re.I)
#: One item of a list of releases: a release word and, on the same line, its date before or
#: after it (group ``dated``: "[COMMUNIQUÉ — 10/06/21] …", "Communiqué de presse du 4 mai
#: 2023"; group ``date_first``: "18 octobre 2024 Communiqué de presse"; the date itself in
#: group ``date`` or ``first_date``), a "Lire la suite" link, a teaser cut short and its day
#: (group ``cut_date``), or an item's publication stamp (group ``stamp_date``). Several items
#: make an index page or a table of contents.
RELEASE_LISTING_ITEM = Cue.compile(
    rf"(?P<dated>{_LISTED_RELEASE}[^\n]{{0,40}}?(?P<date>{_LISTED_DATE}))"
    rf"|(?P<date_first>(?P<first_date>{_LISTED_DATE})(?:{_S}\d{{4}})?[^\n\w]{{0,12}}"
    rf"{_LISTED_RELEASE})"
    rf"|{_READ_MORE}"
    # a teaser cut short, then its item's day ("… une seconde IRM, de 1,5 tesla…15 avril 2026")
    rf"|(?:…|\.\.\.)[ \t]{{0,3}}(?P<cut_date>{_LISTED_DATE}(?:{_S}\d{{4}})?)"
    # each item's own stamp: "Publié le 11/08/2026" (a release page shows one)
    rf"|\bpubli[ée]e?{_S}le{_S}(?P<stamp_date>{_LISTED_DATE}(?:{_S}\d{{4}}(?!\d))?)",
    keywords=(
        "communiqu",
        "dossier",
        "press",
        "invitation",
        "avis",
        "lire",
        "read",
        "publi",
        "…",
        "...",
    ),
    reach=120,
    # communiqué, dossier, press, invitation, avis, a date's digit, lire, read, publié, an
    # ellipsis
    starts="[cdpia\\dlr….]",
)
#: A list item opening with its day, then a dash and a linked title: a press room's list of
#: its releases ("- **03/12/2026** — [Ortalis inaugure …](…)"), after a line break.
DATED_LINK_ITEM = re.compile(
    rf"\n[ \t]*[-*•+][ \t]+[*_]{{0,2}}(?P<date>{_LISTED_DATE})(?:{_S}\d{{4}})?[*_]{{0,2}}"
    r"[ \t]*[–—:|-][ \t]*[*_]{0,2}\[",
    re.I,
)
#: A line or a list item opening with its day, then the item's title, a press room's list
#: of its releases as plain lines: "22/10/2026 Information réglementée Chiffre d'affaires …",
#: "- 3 mars 2026 : Le préfet …".
DATED_LINE_ITEM = re.compile(
    rf"\n[ \t]*(?:[-*•+][ \t]+)?[*_]{{0,2}}(?P<date>{_LISTED_DATE}(?:{_S}\d{{4}})?)[*_]{{0,2}}"
    r"[ \t]*[–—:|-]?[ \t]*[*_\[]{0,3}[^\W\d_]",
    re.I,
)
#: A day alone on its line, as a press room's teaser closes ("21 octobre 2022", "12/10/2022").
DATE_LINE_ITEM = re.compile(
    rf"^[ \t]*[*_]{{0,2}}(?P<date>{_LISTED_DATE}(?:{_S}\d{{4}})?)[*_]{{0,2}}[ \t]*$",
    re.I | re.M,
)
#: A salutation on a line of its own, as a letter or a speech opens: "Monsieur le Préfet,",
#: "Madame la présidente du conseil départemental,", "Mesdames et Messieurs les élus,", "Mes
#: chers collègues,", "Mon colonel,", "Chers adhérents,", "Chères habitantes, chers
#: habitants,". A text that opens so is addressed to someone: a letter, a speech, an editorial
#: to members. A release is addressed to no one in particular.
SALUTATION_LINE = re.compile(
    r"[ \t>*_]{0,4}(?:monsieur|madame|mesdames|messieurs|mes|mon|ma|ch[èe]re?s?)(?![\w-])"
    r"[^\n]{0,100}?,[ \t*_]{0,4}",
    re.I,
)
#: The salutations a mailed release greets the journalists it is sent to with, searched in
#: a salutation line: they name no one ("Madame, Monsieur,", "Chère Madame, cher Monsieur,",
#: "Mesdames et Messieurs,"), or the press, its partners or its friends ("Mesdames, Messieurs
#: les journalistes,", "Mesdames, Messieurs de la presse,", "Chers confrères,", "Chers
#: partenaires,", "Chers amis de la presse,").
UNADDRESSED_SALUTATION = re.compile(
    rf"\A[ \t>*_]{{0,4}}(?:ch[èe]re?s?{_S})?(?:madame|mesdames){_S0},?{_S0}(?:et{_S})?"
    rf"(?:ch[èe]re?s?{_S})?(?:monsieur|messieurs){_S0},[ \t*_]{{0,4}}\Z"
    r"|\b(?:journalistes|presse|r[ée]dactions?|r[ée]dacteurs?|r[ée]dactrices?|m[ée]dias"
    r"|confr[èe]res|cons[œo]urs|correspondants?|correspondantes?|partenaires|amis|amies)\b",
    re.I,
)
#: The note a speech carries: only its delivery counts ("Seul le prononcé fait foi").
SPEECH_MARKER = Cue.compile(
    rf"\bseule?{_S}(?:le|la){_S}(?:discours{_S}|version{_S})?prononc[ée]e?{_S}fait{_S}foi"
    rf"|\bsous{_S}r[ée]serve{_S}d[ue]{_S}prononc[ée]|\bcheck{_S}against{_S}delivery",
    keywords=("prononc", "delivery"),
    reach=80,
    starts="[cs]",  # the first letters of its alternatives
)


# -- every keyword, found in one scan ----------------------------------------------------------


_Trie = dict[str, "_Trie"]  # next character -> the rest; "" marks the end of a word


def _trie(words: Iterable[str]) -> str:
    """A pattern matching any of ``words``, shaped like their trie: at each character one
    alternative per next character (the engine tries a few, not every word), a word's end
    optional where a longer word goes on, so that a match is the longest word there."""
    tree: _Trie = {}
    for word in words:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: _Trie) -> str:
        branches = [re.escape(char) + pattern(node[char]) for char in sorted(node) if char]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation

    return pattern(tree)


_INDEXED_KEYWORDS = frozenset(
    keyword for cue in list(globals().values()) if isinstance(cue, Cue) for keyword in cue.keywords
)
#: The keywords of the cues of this module, a pattern for those beginning with each
#: character: a match is the longest keyword starting at its place (a trie: bounded work at
#: each place, linear time), and the engine skips from one place holding the first character
#: to the next (a single pattern for all would be tried at nearly every letter of the text).
_KEYWORD_SCANS = tuple(
    re.compile(_trie(group))
    for _, group in itertools.groupby(sorted(_INDEXED_KEYWORDS), key=lambda keyword: keyword[0])
)
#: Every keyword, where it is when the text holds none.
_NOWHERE: dict[str, Sequence[int]] = dict.fromkeys(_INDEXED_KEYWORDS, ())
#: keyword -> the keywords it begins with, itself included ("presse": "press", "presse")
_KEYWORDS_BEGINNING = {
    keyword: tuple(
        keyword[:size] for size in range(1, len(keyword) + 1) if keyword[:size] in _INDEXED_KEYWORDS
    )
    for keyword in _INDEXED_KEYWORDS
}
