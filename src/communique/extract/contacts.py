"""The contacts step: the press contacts of a release, found by named rules.

The rules run in order over the shared draft (`CONTACT_RULES`, a
[`Steps`][communique.steps.Steps] list editable by name like the pipeline's steps):

    zones     -> contact zones opened by a heading (``Contact presse``, ``Relations presse``,
                 ``Personnes-ressources``, ``Source :`` after ``-30-``…), read to their end
    inline    -> contacts given in the course of a paragraph after a cue (``Contact : …``,
                 ``contactez …``), not an appeal to the public
    metadata  -> a front-matter ``contact-presse`` mapping
    cards     -> when nothing else gave a contact: a closing card with no heading
    about-cards -> the contact card closing an ``À propos`` section (an agency's, a partner's)

The grammar of the lines themselves (fields, names, means, links, columns) is
`communique.extract.contact_lines` and `communique.extract.contact_names`; the words
are tables of `communique.french.contact_words`. E-mails and phones elsewhere are not
contacts, nor are list and no-reply addresses, numbers for the public or the person of a
credit line. A layout rule of one's own is added by name:

```python
from communique.extract import DEFAULT_STEPS
from communique.extract.contacts import CONTACT_RULES, contacts_with

steps = DEFAULT_STEPS.replace(
    "contacts", contacts_with(CONTACT_RULES.before("cards", "my-layout", my_rule))
)
```
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Line
from ..french.contact_words import (
    OBFUSCATED_EMAIL,
    PUBLIC_APPEAL,
    PUBLIC_INFORMATION,
)
from ..french.phones import phone_in
from ..french.vocabulary import (
    ABOUT_HEADING,
    EMAIL,
    END_MARKER,
    INLINE_CONTACT,
    ISSUER_WORDS,
    NOTES_HEADING,
    PAGE_NUMBER,
    RELATED_CONTENT,
    REPUBLICATION_NOTICE,
    REPUBLICATION_NOTICE_WORDS,
    SERVICE_LINE,
    SOCIAL_BAR,
    address_in,
    email_in,
)
from ..models import Contact
from ..steps import Step, Steps
from ._keywords import text_may_hold
from .contact_lines import (
    COLUMN_GAP,
    ContactField,
    columns,
    contact_heading,
    is_contact_address,
    link_means,
    parse_contact_lines,
    table_contacts,
    within,
)
from .contact_names import is_strong_name, user_spells
from .draft import Draft, Role
from .letterhead import DEPARTMENT_LINE
from .page_furniture import source_line
from .text import folded, may_hold, strip_decoration

__all__ = [
    "CONTACT_RULES",
    "ZONE_ENDS",
    "ContactField",
    "ZoneEnd",
    "contacts",
    "contacts_with",
    "parse_contact_lines",
]

# Headings that only open a contact zone near the end of the release (they are common words).
_WEAK_HEADING = re.compile(
    r"(?:informations?|renseignements|sources?(?!\s+et\s+renseignements)|pour\b|de\s+plus"
    r"|plus\s+de)|(?:presse|m[ée]dias|journalistes)(?=\s*(?:[:：]|$|[–—-]\s))",
    re.I,
)

# "Accréditations :" opens a zone only when a way to reach someone follows (it may also
# announce conditions: "Accréditation : avant le 12 mars").
_ACCREDITATION = re.compile(r"accr[ée]ditation", re.I)

_PROSE_LENGTH = 300


def zones(draft: Draft) -> None:
    """Rule ``zones``: contact zones after the header, each read to its end.

    A zone opens at a contact heading (weak ones only late in the release or after an end
    marker, with a means below) and runs to what ends it (`ZONE_ENDS`).
    """
    blocks = draft.blocks
    index = draft.body_start
    on_top = draft.contacts_on_top
    if on_top is not None and draft.free(on_top[0]):
        # set above the title, under the type and dateline: a zone, its heading however weak
        _read_zone(draft, on_top[0])
    after_end_marker = False
    last_prose = _last_prose(draft)
    while index < len(blocks):
        block = blocks[index]
        if not draft.free(index) or not block.lines:
            index += 1
            continue
        opening = None
        for number, line in enumerate(block.lines):
            if END_MARKER.fullmatch(line.text):
                after_end_marker = True  # "-30-" may close the text's last paragraph
            elif (
                contact_heading(line.text) is not None
                or _heading_beside(draft, line)
                or _table_headed(block, line)
            ) and _opens_zone(draft, index, line.text, after_end_marker, last_prose):
                opening = number
                break
        if opening is None and index > last_prose and _press_service_card(block):
            opening = 0
        if opening is not None:
            index = _read_zone(draft, index, opening)
            continue
        index += 1


def _table_of_rows(draft: Draft, index: int, first_line: int) -> int:
    """Read a contact table whose rows are blocks of their own (a Markdown or an HTML
    table), from block ``index`` on; returns how many blocks it held (0: no such table)."""
    blocks = draft.blocks
    end = index
    while end < len(blocks) and blocks[end].kind is BlockKind.TABLE_ROW and draft.free(end):
        end += 1
    lines = [line for block in blocks[index:end] for line in block.lines][first_line:]
    table = table_contacts(lines)
    if table is None:
        return 0
    rows, held = table
    draft.contacts.extend(rows)
    draft.evidence.append("contact-block")
    claimed, lines_held = 0, first_line
    while lines_held < held + first_line and index + claimed < end:
        lines_held += len(blocks[index + claimed].lines)
        draft.roles[index + claimed] = Role.CONTACT
        claimed += 1
    return claimed


def _table_headed(block: Block, line: Line) -> bool:
    """A table whose first column is headed by a contact heading (``| Contact presse |
    Téléphone | Courriel |``): a table of press contacts."""
    if block.kind is not BlockKind.TABLE_ROW:
        return False
    first = line.text.split(" | ", 1)[0]
    # (a bare "Contact" column heads a table of desks for the public as well)
    bare = folded(first).strip() in ("contact", "contacts")
    return first != line.text and not bare and contact_heading(first) is not None


def _press_service_card(block: Block) -> bool:
    """A block after the text's last paragraph naming the issuer's communication service over
    its phone or its address (``**Direction de la Communication**`` / ``Tél. : …`` / ``presse@
    …``): the press contact, without a heading."""
    first = strip_decoration(block.lines[0].text)
    rest = block.lines[1:]
    return (
        len(block.lines) >= _CARD_MIN_LINES
        and len(first) <= _CARD_LINE_LENGTH
        and DEPARTMENT_LINE.search(first) is not None
        and _reachable(rest[0].text)  # its means right under its name
        # (a footer's card gives the body's address, a box office's its public label)
        and not any(address_in(line.text) for line in block.lines)
        and not any(PUBLIC_INFORMATION.match(strip_decoration(line.text)) for line in rest)
        and not any(_PUBLIC_MEANS.search(line.text) for line in rest)
    )


# The public's lines of a service's card: "Renseignements et billetterie : …", "Accueil : …".
_PUBLIC_MEANS = re.compile(
    r"\b(?:billetterie|r[ée]servations?|renseignements|accueil|standard)\b", re.I
)


_CARD_MIN_LINES = 2


def _heading_beside(draft: Draft, line: Line) -> bool:
    """Whether the line's source opens with a contact heading in a column of its own, beside
    the right column's first line (``Contact presse      Service de presse de la Région``, as
    ``pdftotext -layout`` sets a contact block in two columns)."""
    if line.source.find("  ", *line.span) < 0:  # (not in the line's source: no copy of it)
        return False
    raw = source_line(draft.document.text, line.span).strip()
    gap = COLUMN_GAP.search(raw)
    return gap is not None and _HEADING_CELL.fullmatch(raw[: gap.start()]) is not None


# A cell that is a contact heading and nothing else ("Contact presse", "Contacts presse :").
_HEADING_CELL = re.compile(r"[*_]*(?:contacts?|relations)\s+(?:presse|m[ée]dias?)[*_]*\s*:?", re.I)


# How far after an inline cue an e-mail or phone must appear.
_INLINE_REACH = 150

# How far before an inline cue the sentence may say whom it addresses.
_APPEAL_REACH = 400

# An inline contact never runs longer than this: bounds the work per cue, so a huge line
# with many cues stays linear.
_INLINE_PIECE = 600


#: Words every match of `INLINE_CONTACT` holds ("contact", "… vos questions à", "… vos
#: demandes à", "s'adresser", "écrire", "auprès"), any letters (read by `may_hold`): a line
#: without one is not scanned.
INLINE_CONTACT_WORDS = ("contact", "question", "demande", "adresser", "crire", "aupr")


def inline(draft: Draft) -> None:
    """Rule ``inline``: contacts given inside body paragraphs, after a cue (``Contact : X
    (x@y.org) +41 …``).

    The contact may run on over the next lines of the paragraph (a wrapped line, a ``<br>``)
    until its sentence ends; a sentence that gives a phone or an address by its label
    (``Téléphone : …``) still belongs to it.
    """
    known = {e for c in draft.contacts for e in c.emails}
    for index in range(draft.body_start, len(draft.blocks)):
        if not draft.free(index):
            continue
        block = draft.blocks[index]
        # The means the block's links hide, read at its first cue (most blocks have none).
        hidden: list[ContactField] | None = None
        ends: list[int] = []
        for number, line in enumerate(block.lines):
            cues = may_hold(line.text, INLINE_CONTACT_WORDS)
            for cue in INLINE_CONTACT.finditer(line.text) if cues else ():
                if _appeals_to_public(line.text, cue.start()):
                    continue
                if hidden is None:
                    hidden = link_means(block) if block.links else []  # (none without a link)
                    ends = [found[2][1] for found in hidden]
                shown = _reachable(_ahead(block.lines, number, cue.end()))
                if not (shown or hidden):
                    continue
                piece = _inline_piece(block.lines, number, cue.end())
                if not piece:
                    continue
                linked = within(hidden, ends, (piece[0].span[0], piece[-1].span[1]))
                if not (shown or linked):
                    continue
                for contact in parse_contact_lines([(index, p) for p in piece], linked):
                    if not set(contact.emails) & known and (contact.emails or contact.name):
                        draft.contacts.append(contact)
                        known.update(contact.emails)


def _appeals_to_public(text: str, cue: int) -> bool:
    """Whether the sentence of the cue at ``cue`` asks the public to get in touch ("Toute
    personne … est invitée à contacter la brigade au …"): its number is no press contact."""
    # Only the reach before the cue is scanned, so that many cues on a huge line stay linear.
    reach = max(0, cue - _APPEAL_REACH)
    starts = [match.end() for match in _SENTENCE_END.finditer(text, reach, cue)]
    start = starts[-1] if starts else reach
    return PUBLIC_APPEAL.search(text, start, cue) is not None


def _ahead(lines: tuple[Line, ...], number: int, start: int) -> str:
    """The ``_INLINE_REACH`` characters after ``start`` on line ``number`` and the next ones."""
    text = lines[number].text[start : start + _INLINE_REACH]
    while len(text) < _INLINE_REACH and number + 1 < len(lines):
        number += 1
        text += " " + lines[number].text[: _INLINE_REACH - len(text)]
    return text


def _inline_piece(lines: tuple[Line, ...], number: int, start: int) -> list[Line]:
    """The text of an inline contact from ``start`` on line ``number``: to its sentence end,
    over the following lines of the block, within ``_INLINE_PIECE`` characters."""
    piece: list[Line] = []
    budget = _INLINE_PIECE
    while number < len(lines) and budget > 0:
        line = lines[number]
        text = line.text
        end = _sentence_end(text, start, min(len(text), start + budget))
        if end > start:
            piece.append(line.part(start, end))
        budget -= end - start
        following = lines[number + 1].text if number + 1 < len(lines) else ""
        if end < len(text) or (
            text.rstrip()[-1:] in (".", "!", "?") and _STARTS_SENTENCE.match(following)
        ):
            break
        number, start = number + 1, 0
    return piece


def _sentence_end(text: str, start: int, stop: int) -> int:
    """Where the sentence holding ``start`` ends (a full stop before a capital), by ``stop``.

    A following sentence that gives a means by its label (``Tél. : …``) is not an end.
    """
    for match in _SENTENCE_END.finditer(text, start, stop):
        if not _MEANS_LABEL.match(text, match.end()):
            return match.start() + 1
    return min(stop, len(text))


# A full stop that ends a sentence: not inside an e-mail or a number.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-ZÀ-Ý«])")

# A line that starts a sentence (when the line before ends with a full stop).
_STARTS_SENTENCE = re.compile(r"\s*[A-ZÀ-Ý«]")

# A sentence that only gives a means of contact: "Téléphone : …", "Courriel : …".
_MEANS_LABEL = re.compile(
    r"\s+(?:t[ée]l(?:[ée]phone)?|tel|mobile|portable|fax|e-?mail|courriel|m[ée]l)\b\.?\s*:?",
    re.I,
)

# A contact card has at most this many lines, each at most this long.
_CARD_LINES = 6

_CARD_LINE_LENGTH = 120

# Cards are looked for in the last part of the release only (a share of its blocks).
_CARD_REACH = 0.5


def cards(draft: Draft) -> None:
    """Rule ``cards``: contact cards with no heading at the end of a release, when no rule
    before gave a contact.

    A card is a short block (a figure caption, a closing paragraph) that opens with a
    person's name for certain (a known given name, a civility) and gives an e-mail or a
    phone: ``Pierre Martin, / Co-fondateur / pierre@… / 06 …``. Press rooms set the heading
    of such cards as an image, or leave it out; a quote's attribution has no means, and a
    block of prose is no card.
    """
    beside_only = bool(draft.contacts)  # then only cards set beside a contact block
    first = max(draft.body_start, int(len(draft.blocks) * _CARD_REACH))
    for index in range(first, len(draft.blocks)):
        block = draft.blocks[index]
        if not draft.free(index) or not 2 <= len(block.lines) <= _CARD_LINES:
            continue
        if any(len(line.text) > _CARD_LINE_LENGTH for line in block.lines):
            continue
        if beside_only:
            # A contact table's first cell, before a cell that opened a zone ("Noréva" /
            # name / role / phone, then "Calliope Finance" / "Relations investisseurs" / …).
            following = index + 1
            if following >= len(draft.blocks) or draft.roles.get(following) is not Role.CONTACT:
                continue
        else:
            opening = strip_decoration(block.lines[0].text.split(",")[0].split(" – ")[0])
            if not is_strong_name(opening):
                continue
        known = {e for c in draft.contacts for e in c.emails}
        found = [
            contact
            for contact in parse_contact_lines(
                [(index, line) for line in block.lines], link_means(block)
            )
            if contact.name
            and (contact.emails or contact.phones)
            and not set(contact.emails) & known
        ]
        if found:
            draft.roles[index] = Role.CONTACT
            draft.contacts.extend(found)


def about_cards(draft: Draft) -> None:
    """Rule ``about-cards``: the contact card that closes an ``À propos`` section.

    A co-issuer's or an agency's boilerplate often ends with its own press contact and no
    heading (``À propos d'Agence Bleue`` / its description / ``Agence Bleue – Jean Petit`` /
    ``02 …`` / ``jean.petit@…``): the card is read as a contact, its block left to the
    section when the description shares it, the section's organisation its own when it names
    none. A card is a run of short lines after the description's last sentence, one of them
    giving an e-mail or a phone; an organisation's postal address, a switchboard, a line for
    the public or a site's footer is no card.
    """
    known = {e for c in draft.contacts for e in c.emails}
    phoned = {p for c in draft.contacts for p in c.phones}
    named = {c.name for c in draft.contacts if c.name}
    for index, whole, body in _about_blocks(draft):
        block = draft.blocks[index]
        card = _trailing_card(block.lines, whole)
        if card is None:
            continue
        alone = len(card) == len(block.lines)
        found = [
            contact
            for contact in parse_contact_lines(
                [(index, line) for line in card], link_means(block) if alone else ()
            )
            if (contact.emails or contact.phones)
            and not set(contact.emails) & known
            and not set(contact.phones) & phoned
            and (contact.name is None or contact.name not in named)
        ]
        if not found:
            continue
        if alone:
            draft.roles[index] = Role.CONTACT
        # (the section's organisation is the card's, when the card names none)
        draft.contacts.extend(
            attrs.evolve(c, organisation=body) if body and c.organisation is None else c
            for c in found
        )
        draft.evidence.append("contact-block")


def _about_blocks(draft: Draft) -> list[tuple[int, bool, str]]:
    """The free blocks of the text's ``À propos`` sections, each with whether it may be a
    card as a whole (not when it holds the heading or is the description right under it),
    up to the next heading."""
    found: list[tuple[int, bool, str]] = []
    body = ""
    # (the first line that may open such a section, found by one scan of the text: the
    # blocks above it are not read)
    opening = (
        _ABOUT_LINE.search(draft.document.text) if text_may_hold(draft, _ABOUT_WORDS) else None
    )
    if opening is None:
        return found
    blocks = draft.blocks
    start = draft.body_start
    while start < len(blocks) and blocks[start].span[1] <= opening.start():
        start += 1
    inside = False
    description = False
    for index in range(start, len(blocks)):
        block = blocks[index]
        if not block.lines:
            continue
        raw = block.lines[0].text[:_ABOUT_HEADING_LINE]
        # (a cheap test before the pattern)
        first = strip_decoration(raw) if "ropos" in raw or "ROPOS" in raw or "bout" in raw else ""
        if first and len(first) <= _ABOUT_HEADING_LINE and ABOUT_HEADING.match(first):
            inside, description = True, len(block.lines) == 1
            body = _about_name(first)
            if not description and draft.free(index):
                found.append((index, False, body))  # the heading over its text, a card at its end
            continue
        caps_title = len(block.lines) == 1 and len(first) <= _LABEL_LINE and first.isupper()
        if block.kind is BlockKind.HEADING or caps_title or not draft.free(index):
            inside = False
        elif inside:
            found.append((index, not description, body))
            description = False
    return found


_ABOUT_HEADING_LINE = 120


def _about_name(heading: str) -> str:
    """The organisation an ``À propos`` heading names ("À propos d'Agence Bleue" -> "Agence
    Bleue"), or ``""``."""
    match = ABOUT_HEADING.match(heading)
    name = match.group("name") if match is not None else None
    return name.strip(" .:*_") if name else ""


# A line that may open an "À propos" section: its first words, after a mark or two.
_ABOUT_LINE = re.compile(r"^[^\w\n]{0,6}(?:[àa]\s+propos|about)\b", re.I | re.M)
# What every match of `_ABOUT_LINE` holds in lower case: where the text does not, it is not run.
_ABOUT_WORDS = ("propo", "about")


def _trailing_card(lines: tuple[Line, ...], whole: bool) -> tuple[Line, ...] | None:
    """The lines of a contact card closing ``lines`` (all of them when ``whole``), after a
    line that ends a sentence; ``None`` when the block does not end so."""
    for start in range(max(0, len(lines) - _CARD_LINES), len(lines)):
        if start == 0 and not whole:
            continue
        if start > 0 and not _ends_sentence(lines[start - 1].text):
            continue
        card = lines[start:]
        # (a name or a label alone, or a name with its means: "Nolwenn Le Bihan | 02 … | …")
        longest = _CARD_LINE_LENGTH if _reachable(card[0].text) else _LABEL_LINE
        if len(card[0].text) > longest or any(_ends_sentence(line.text) for line in card):
            continue
        texts = [strip_decoration(line.text) for line in card]
        if any(
            len(text) > _CARD_LINE_LENGTH
            or address_in(text)
            or PUBLIC_INFORMATION.match(text)
            or _PUBLIC_MEANS.search(text)
            or _PUBLIC_CARD.search(text)
            or _FOOTER_MARK.search(text)
            for text in texts
        ) or any(_GOES_ON.match(text) for text in texts[1:]):
            return None
        if _directory(texts) or not any(_reachable(text) for text in texts):
            return None
        return card
    return None


# What a boilerplate's closing lines give the public, not the press: opening hours, a
# helpline, sign-ups, prices, bookings, jobs, a call to follow the body.
_PUBLIC_CARD = re.compile(
    r"\b(?:inscriptions?|b[ée]n[ée]voles?|tarifs?|groupes|billets?|horaires|recrutement"
    r"|candidatures?|all[ôo]|num[ée]ro\s+vert|service\s+client(?:[èe]le)?|sav"
    r"|office\s+de\s+tourisme|(?:retrouvez|suivez|rejoignez)-nous|du\s+lundi|7\s?j\s?/\s?7"
    r"|24\s?h\s?/\s?24|\d{1,2}\s?h(?:\s?\d\d)?\s+[àa-]\s+\d{1,2}\s?h)\b"
    # a mailbox for everyone: contact@, info@, recrutement@ (a press office's is its own)
    r"|(?<![\w.-])(?:contact|infos?|hello|bonjour|rh|jobs|recrutement)@",
    re.I,
)
# A card's later line that goes on with a sentence ("… / ou appelez le …").
_GOES_ON = re.compile(r"(?:ou|et|rendez-vous|appelez|sur|au|par|pour)\b", re.I)


def _directory(texts: list[str]) -> bool:
    """Lines that each give a place's number, no e-mail among them: a list of offices."""
    phoned = [text for text in texts if phone_in(text)]
    return len(phoned) >= _DIRECTORY_LINES and not any(email_in(text) for text in texts)


_DIRECTORY_LINES = 3


def _ends_sentence(text: str) -> bool:
    """Whether ``text`` ends a sentence (a card's lines do not; an address's dot is no end)."""
    return text.rstrip().endswith((".", "!", "?", "»")) and not email_in(text)


def from_metadata(draft: Draft) -> None:
    """Rule ``metadata``: contacts named in metadata (a front-matter ``contact-presse``
    mapping) not already found."""
    metadata = draft.document.metadata
    if not metadata.contact:
        return
    span = metadata.span or (0, 0)
    lines = [
        (-1, Line(text.strip(), span)) for text in metadata.contact.split("\n") if text.strip()
    ]
    known = {e for c in draft.contacts for e in c.emails} | {
        n for c in draft.contacts if (n := c.name)
    }
    for contact in parse_contact_lines(lines):
        if not (set(contact.emails) & known or contact.name in known):
            draft.contacts.append(attrs.evolve(contact, span=None))


def _reachable(text: str) -> bool:
    """Whether ``text`` gives a way to reach a press contact: a phone or a contact address."""
    if phone_in(text):
        return True
    addresses = [match.group() for match in EMAIL.finditer(text)]
    addresses += [match.group("user") for match in OBFUSCATED_EMAIL.finditer(text)]
    return any(is_contact_address(address) for address in addresses)


def _opens_zone(
    draft: Draft, index: int, first: str, after_end_marker: bool, last_prose: int
) -> bool:
    if len(first) > 120 and not (email_in(first) or phone_in(first)):
        return False
    bare = strip_decoration(first)
    if PUBLIC_INFORMATION.match(bare):
        return False  # "Renseignements pour le public :": practical information, not the press
    if address_in(bare) and not email_in(bare) and not _PRESS_WORD.search(bare):
        # "Contact : Chancellerie d'Etat, Information, Rue de Conthey 11, 1950 Sion, tél. …":
        # an office's postal address and switchboard, a page's footer, not a press contact
        return False
    weak = _WEAK_HEADING.match(bare) is not None
    if weak or _ACCREDITATION.match(bare):
        late = index >= len(draft.blocks) * 0.6 or after_end_marker or index > last_prose
        following = draft.blocks[index : index + 5]
        reachable = any(
            _reachable(line.text) for block in following for line in block.lines
        ) or any(link_means(block) for block in following)
        return reachable and (late or not weak)
    return True


# A heading naming the press: "Contact presse : Agence X – 12 rue … – 01 …" is a contact
# even with an address on its line.
_PRESS_WORD = re.compile(r"\b(?:presse|m[ée]dias?|journalistes?|attach[ée]e?s?)\b", re.I)


def _short_lines(lines: tuple[Line, ...]) -> bool:
    """Lines of a name or a label, none a sentence: a contact card's heading lines."""
    return all(len(line.text) <= _LABEL_LINE and not line.text.endswith(".") for line in lines)


# A line this short is a name or a label, not a sentence.
_LABEL_LINE = 60


def _last_prose(draft: Draft) -> int:
    """The index of the text's last paragraph of prose (-1 if none): after it the release's
    text has ended, though a page's attachments, "related releases" and footer may still
    come and make a block look early by its position alone."""
    for index in range(len(draft.blocks) - 1, -1, -1):
        block = draft.blocks[index]
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) < _TEXT_PARAGRAPH:
            continue
        text = block.text.rstrip()
        ends_sentence = text.endswith((".", "!", "?", "»"))
        if ends_sentence and not email_in(text) and not phone_in(text):
            return index
    return -1


# A paragraph of the release's text: a sentence or two at least.
_TEXT_PARAGRAPH = 120


def _read_zone(draft: Draft, start: int, first_line: int = 0) -> int:
    """Read the zone opening at line ``first_line`` of block ``start``; returns the next index.

    The blocks of a zone that opens a block are claimed as contact blocks; a zone opening
    inside a paragraph ("… Contacter Brian Daly (…)") leaves that paragraph to the body.
    """
    blocks = draft.blocks
    lines: list[tuple[int, Line]] = []
    links: list[ContactField] = []
    index = start
    while index < len(blocks):
        block = blocks[index]
        if index > start and _is_linked_prose(block) and draft.free(index):
            # The zone's last paragraph gives its addresses behind links: only the contacts
            # it reaches count, not every capitalised phrase of its prose.
            means = link_means(block)
            paragraph = parse_contact_lines([(index, line) for line in block.lines], means)
            extra = [c for c in paragraph if c.emails or c.phones]
            extra = [c if _certain_name(c) else attrs.evolve(c, name=None) for c in extra]
            if extra:
                draft.roles[index] = Role.CONTACT
                draft.contacts.extend(extra)
                draft.evidence.append("contact-block")
                index += 1
                continue
            break
        opens_rows = index == start or blocks[index - 1].kind is not BlockKind.TABLE_ROW
        if block.kind is BlockKind.TABLE_ROW and opens_rows and draft.free(index):
            # (tried once a run of rows, from its first: a long table stays linear)
            claimed = _table_of_rows(draft, index, first_line if index == start else 0)
            if claimed:
                index += claimed
                continue
        closing = _closing_rule(block) if index > start else None
        if closing is not None and not (
            closing in _SEPARATORS and _continues_zone(draft, index, start)
        ):
            break
        if not draft.free(index):
            break
        if index > start or first_line == 0 or _short_lines(block.lines[:first_line]):
            # (a zone opening inside a paragraph leaves it to the body; under a table
            # cell's organisation line, "Calliope Finance" / "Relations presse", it does not)
            draft.roles[index] = Role.CONTACT
        read = block.lines[first_line if index == start else 0 :]
        headed = bool(read) and contact_heading(read[0].text) is not None
        table = table_contacts(read[1:] if headed else read)
        if table is not None:  # a table whose header row names its columns
            rows, held = table
            draft.contacts.extend(rows)
            draft.evidence.append("contact-block")
            read = read[held + headed :]
        lines.extend(columns(index, read))
        if read:
            means = link_means(block)
            ends = [found[2][1] for found in means]
            links.extend(within(means, ends, (read[0].span[0], block.span[1])))
        index += 1
    found = parse_contact_lines(lines, links)
    draft.contacts.extend(found)
    for contact in found:
        if not contact.emails and not contact.phones:
            draft.diagnostics.append(diagnostics.make("contact-without-means", span=contact.span))
    if found:
        draft.evidence.append("contact-block")
    return index


# The zone ends that may only separate two of its contacts (see `_continues_zone`).
_SEPARATORS = frozenset({"rule", "heading"})


def _continues_zone(draft: Draft, index: int, start: int) -> bool:
    """Whether a block that would end the zone only separates two of its contacts: a heading
    under the zone's own naming the organisation of the contacts below it (``## Contacts
    presse`` / ``### Région Normandie`` / ``Marie Dupont – 01 …``), or a rule between two
    contact cards (``---`` between the issuer's contact and its agency's)."""
    block = draft.blocks[index]
    if not _card_follows(draft, index + 1):
        return False
    if block.kind is BlockKind.RULE:
        return not block.lines
    if block.kind is not BlockKind.HEADING or len(block.lines) != 1:
        return False
    opening = draft.blocks[start]
    if opening.kind is not BlockKind.HEADING and (
        len(opening.lines) != 1 or _reachable(opening.lines[0].text)
    ):
        return False  # a one-line "Contact presse : … – 06 …" paragraph heads no sections
    deeper = block.level > (opening.level if opening.kind is BlockKind.HEADING else 1)
    text = strip_decoration(block.lines[0].text)
    return (
        deeper
        and len(text) <= _LABEL_LINE
        and not text.endswith((".", "?", "!"))
        and not ABOUT_HEADING.match(text)
        and not NOTES_HEADING.match(text)
        and not PUBLIC_INFORMATION.match(text)
        # it names a body ("Région Normandie", "Ville du Mans", "CCI Caen"), not a section
        # of the release ("Dates de la tournée", "Partenaires", "Équipe artistique")
        and (
            ISSUER_WORDS.search(text) is not None
            or SERVICE_LINE.match(text) is not None
            or _ACRONYM.match(text) is not None
        )
    )


# An organisation's acronym opening its name: "CCI Normandie", "SNCF Réseau".
_ACRONYM = re.compile(r"(?-i:[A-Z]{2,})\b")


def _card_follows(draft: Draft, index: int) -> bool:
    """Whether a contact card starts at block ``index``: blocks of short lines up to the next
    heading (a card's list items are blocks of their own), one of them reaching someone (a
    phone, a contact address, a link to either), opening with neither a postal address nor
    a site's footer."""
    card = list(itertools.takewhile(_card_block, draft.blocks[index : index + _CARD_LINES]))
    if not card:
        return False
    first = strip_decoration(card[0].lines[0].text)
    if PUBLIC_INFORMATION.match(first) or any(address_in(block.text) for block in card):
        return False
    if any(_PUBLIC_MEANS.search(b.text) or _PUBLIC_CARD.search(b.text) for b in card):
        return False  # a box office's, a reception desk's lines: the public's
    return any(
        any(_reachable(line.text) for line in block.lines) or link_means(block) for block in card
    )


def _card_block(block: Block) -> bool:
    """A block that may belong to a contact card: short lines, no heading, no footer."""
    return (
        block.kind is not BlockKind.HEADING
        and bool(block.lines)
        and all(len(line.text) <= _CARD_LINE for line in block.lines)
        and not _FOOTER_MARK.search(block.text)
    )


# A contact card's line at most: a name, its organisation and its means on one line.
_CARD_LINE = 160


# -- what ends a zone -----------------------------------------------------------------------

#: A rule that may end a zone at a block: ``True`` ends it, ``False`` keeps the block in the
#: zone, ``None`` leaves the decision to the next rule. It is given the block and the block's
#: first line without decoration.
ZoneEnd = Callable[[Block, str], "bool | None"]


def _rule_or_empty(block: Block, first: str) -> bool | None:
    """A block without lines ends the zone when it is a rule (``<hr>``, ``---``)."""
    return block.kind is BlockKind.RULE if not block.lines else None


def _end_marker_or_public(block: Block, first: str) -> bool | None:
    """``-30-``, ``###``, or a line for the public (``Renseignements pour les citoyens``)."""
    return True if END_MARKER.fullmatch(first) or PUBLIC_INFORMATION.match(first) else None


def _wire_trailer(block: Block, first: str) -> bool | None:
    """What a wire or a portal writes after the release: its notice (``Le contenu de ce
    communiqué relève de la seule responsabilité de l'émetteur``), its fields on the issuer
    (``Langue : Français``, ``ISIN : …``)."""
    notice = may_hold(first, REPUBLICATION_NOTICE_WORDS) and REPUBLICATION_NOTICE.search(first)
    return True if notice or _WIRE_FIELD.match(first) else None


# A wire's field on the issuer after the release: "Langue :", "ISIN :" (not "Entreprise :"
# or "Internet :", which a contact block may hold too).
_WIRE_FIELD = re.compile(r"\s*(?:langue|isin|code\s+isin|mn[ée]mo(?:nique)?)\s*:", re.I)


def _social_bar(block: Block, first: str) -> bool | None:
    """A social network's bar under a post (``J'aime · Commenter · Partager``, ``23
    commentaires``, ``Voir la traduction``): the members' comments below it are no contacts."""
    return True if len(first) <= _SOCIAL_BAR_LENGTH and SOCIAL_BAR.search(first) else None


_SOCIAL_BAR_LENGTH = 120


def _related_content(block: Block, first: str) -> bool | None:
    """What a page sets after the release: its related items (``À lire aussi``, ``Sur le même
    sujet``) or a link to download it (``Télécharger le communiqué (PDF)``)."""
    return True if len(first) <= _SOCIAL_BAR_LENGTH and RELATED_CONTENT.match(first) else None


def _site_footer(block: Block, first: str) -> bool | None:
    """A site's footer: its legal links and copyright (``Mentions légales | Nous contacter :
    redaction@… | © FilÉco 2027``), never the release's contact."""
    return True if len(first) <= _FOOTER_LINE and _FOOTER_MARK.search(first) else None


_FOOTER_LINE = 200
_FOOTER_MARK = re.compile(
    r"mentions\s+l[ée]gales|©|tous\s+droits\s+r[ée]serv[ée]s|politique\s+de\s+confidentialit[ée]"
    r"|plan\s+du\s+site|conditions\s+g[ée]n[ée]rales\s+d['’]utilisation",
    re.I,
)


def _postal_address(block: Block, first: str) -> bool | None:
    """A block opening with a postal address and no e-mail is the organisation's address
    (``Préfecture de la Gironde – 2, esplanade … – 33077 Bordeaux Cedex`` then its
    switchboard): a footer, not a contact."""
    lines = [line.text for line in block.lines[:3] if not PAGE_NUMBER.fullmatch(line.text)]
    opening = lines[0] if lines else ""
    if len(opening) <= 200 and address_in(opening) and not email_in(block.text):
        return True
    return None


def _signed(block: Block, first: str) -> bool | None:
    """A closing signature ("Fait à Rabat, le 12/03/21" over the signatory's office and name)
    ends the zone: the signatory is no press contact."""
    return True if _SIGNED_AT.match(first) else None


_SIGNED_AT = re.compile(r"\s*fait\s+[àa]\s+[A-ZÀ-Ý]", re.I)


def _contact_heading(block: Block, first: str) -> bool | None:
    """Another contact heading continues the zone (``Relations presse`` after ``Contacts``)."""
    return False if contact_heading(first) else None


def _about_or_notes(block: Block, first: str) -> bool | None:
    """An ``À propos`` or notes heading ends it."""
    short = len(first) <= 120
    return True if short and (ABOUT_HEADING.match(first) or NOTES_HEADING.match(first)) else None


def _heading(block: Block, first: str) -> bool | None:
    """Any other heading ends it."""
    return True if block.kind is BlockKind.HEADING else None


def _prose(block: Block, first: str) -> bool | None:
    """A long paragraph that shows neither an e-mail nor a phone ends it."""
    text = block.text
    long_prose = len(text) > _PROSE_LENGTH and not email_in(text) and not phone_in(text)
    return True if long_prose else None


#: What ends a contact zone, tried in order; the first rule that answers decides, and a block
#: no rule ends stays in the zone.
ZONE_ENDS: tuple[tuple[str, ZoneEnd], ...] = (
    ("rule", _rule_or_empty),
    ("end-marker-or-public", _end_marker_or_public),
    ("wire-trailer", _wire_trailer),
    ("social-bar", _social_bar),
    ("related-content", _related_content),
    ("site-footer", _site_footer),
    ("postal-address", _postal_address),
    ("signature", _signed),
    ("contact-heading", _contact_heading),
    ("about-or-notes", _about_or_notes),
    ("heading", _heading),
    ("prose", _prose),
)


def _drop_mail_signature_repeats(draft: Draft) -> None:
    """A release sent by e-mail ends with its sender's signature, under the separator ``--``
    on a line of its own: the press officer's name, office, address and numbers, where the
    release's own contact block above named them already. A contact of the signature that
    repeats one of the release's (a number or an address in common) is the sender, no
    second contact; one the release does not give stays."""
    text = draft.document.text
    if not draft.contacts or "\n--" not in text:
        return
    # (the last separator: a quoted message's own signature may come before)
    ends = [found.end() for found in _MAIL_SIGNATURE.finditer(text)]
    if not ends:
        return
    start = ends[-1]
    release = [c for c in draft.contacts if c.span is not None and c.span[0] < start]
    given = {means for c in release for means in (*c.emails, *c.phones)}
    draft.contacts[:] = [
        contact
        for contact in draft.contacts
        if contact in release or not given.intersection((*contact.emails, *contact.phones))
    ]


# The separator of an e-mail's signature (RFC 3676: "-- ", the space often lost), after a
# blank line.
_MAIL_SIGNATURE = re.compile(r"\n[ \t]*\n--[ \t]?\n")


def _certain_name(contact: Contact) -> bool:
    """A contact's name is certain, or its e-mail is written from it (``hread@`` for Heather
    Read)."""
    name = contact.name
    if name is None or is_strong_name(name):
        return True
    return any(user_spells(email.partition("@")[0], name) for email in contact.emails)


def _closes_zone(block: Block) -> bool:
    return _closing_rule(block) is not None


def _closing_rule(block: Block) -> str | None:
    """The name of the rule of `ZONE_ENDS` that ends a zone at ``block``, if one does."""
    first = strip_decoration(block.lines[0].text) if block.lines else ""
    for name, rule in ZONE_ENDS:
        verdict = rule(block, first)
        if verdict is not None:
            return name if verdict else None
    return None


def _is_linked_prose(block: Block) -> bool:
    """A prose paragraph whose e-mails are all behind links ("… écrire à Marie Dupont …")."""
    # (its links first: most blocks have none, and the zone's ends are read for them anyway)
    return bool(block.links) and bool(link_means(block)) and _closes_zone(block)


# -- the rules --------------------------------------------------------------------------------

#: The contact rules, in order (each reads and fills the draft, like a step).
CONTACT_RULES = Steps(
    (
        ("zones", zones),
        ("inline", inline),
        ("metadata", from_metadata),
        ("cards", cards),
        ("about-cards", about_cards),
        # (last: a sender's signature repeats contacts the rules above found)
        ("mail-signature", _drop_mail_signature_repeats),
    )
)


def contacts_with(rules: Steps) -> Step:
    """A contacts step that runs ``rules`` (an edited `CONTACT_RULES`).

    !!! info "Added in version 0.2"
    """

    def edited_contacts(draft: Draft) -> None:
        _run(rules, draft)

    return edited_contacts


def contacts(draft: Draft) -> None:
    """Find the press contacts of a release: `CONTACT_RULES` in order."""
    _run(CONTACT_RULES, draft)


def _run(rules: Steps, draft: Draft) -> None:
    for _name, rule in rules:
        rule(draft)
    # In the order the text gives them (a card beside a contact block is found after it).
    draft.contacts.sort(
        key=lambda contact: contact.span[0] if contact.span else len(draft.document.text)
    )
    if not draft.contacts:
        draft.diagnostics.append(diagnostics.make("missing-contacts"))
