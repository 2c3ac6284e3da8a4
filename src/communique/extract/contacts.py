"""The contacts step: the press-contact block and the people and services in it.

A contact zone opens at a contact heading (``Contact presse``, ``Relations presse``,
``Service de presse``, ``Attachée de presse``, ``Information :`` after an end marker…) and
runs until an ``À propos`` or notes heading, a long prose paragraph, or the end. Its lines
are cut into fields at the usual separators (``–``, ``,``, ``:``, ``|``, ``/``); e-mails and
phones are taken out first, then each field is a name, a role or an organisation. A new
contact starts when a second name appears, at a press service named on its own line, or at a
block boundary once a contact has a way to be reached (unless the block only gives a means
the contact lacks). E-mails and phones that links hold without showing them are read where
the link text ends. A contact may also be given in the course of a paragraph, after a cue
(``Contact : …``, ``contactez …``, ``écrivez à …``). E-mails and phones elsewhere are not
contacts, nor are list and no-reply addresses or the person of a credit line.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
import urllib.parse
from collections.abc import Sequence

import attrs

from .. import diagnostics
from ..blocks import Block, BlockKind, Line
from ..french.contact_words import (
    CONTACT_HEADING,
    DOMAIN_DOT,
    GIVEN_NAMES,
    NAME_PARTICLES,
    OBFUSCATED_EMAIL,
    ORGANISATION_WORDS,
    PUBLIC_APPEAL,
    PUBLIC_INFORMATION,
    ROLE_TITLE,
)
from ..french.phones import PHONE, to_e164
from ..french.vocabulary import (
    ABOUT_HEADING,
    CREDIT,
    EMAIL,
    END_MARKER,
    INLINE_CONTACT,
    ISSUER_WORDS,
    LIST_ADDRESS,
    NOTES_HEADING,
    ROLE_WORDS,
    WEBSITE,
)
from ..models import Contact, Span
from .draft import Draft, Role
from .text import is_person_name, strip_decoration, word_count

__all__ = ["ContactField", "contacts", "parse_contact_lines"]

#: A field of a contact line: ``(kind, value, span)``; kind is ``email``, ``phone``, ``name``,
#: ``role`` or ``organisation``.
ContactField = tuple[str, str, Span]

# Headings that only open a contact zone near the end of the release (they are common words).
_WEAK_HEADING = re.compile(
    r"(?:informations?|renseignements|sources?(?!\s+et\s+renseignements)|pour\b|de\s+plus"
    r"|plus\s+de)|(?:presse|m[ée]dias|journalistes)\s*(?:[:：]|$)",
    re.I,
)
# "Accréditations :" opens a zone only when a way to reach someone follows (it may also
# announce conditions: "Accréditation : avant le 12 mars").
_ACCREDITATION = re.compile(r"accr[ée]ditation", re.I)
# Field separators inside a contact line.
# The look-behind starts the space-led alternatives only at the start of a space run, which
# keeps finditer linear on long runs (a match inside a run would also match from its start).
# A full stop after a word of two small letters ends a sentence ("… Léa Roux. Téléphone"), not
# one after an initial or a title ("M. Dupont").
_SEPARATORS = re.compile(
    r"(?<!\s)(?:\s+[–—-]\s+|\s*[|/]\s+|\s+[|/]\s*|\s*:\s+|\s*;\s+|\s+[·•]\s+)|,\s+|\t+"
    r"|(?<=[a-zß-öø-ÿ]{2})\.\s+(?=[A-ZÀ-ÖØ-Þ])"
)
# A press service named with its complement, alone on its line: "Service de presse de la
# préfecture", "Pôle presse du ministère" (not "Service de presse :").
_SERVICE_LINE = re.compile(
    r"(?:services?|bureau|cellule|p[ôo]le)\s+(?:de\s+(?:la\s+)?)?(?:presse|communication)"
    r"\s+(?:de|du|des|d['’])\b[^:：]{1,120}$",
    re.I,
)
# Labels in front of e-mails and phones.
_LABEL = re.compile(
    r"^(?:t[ée]l(?:[ée]phone)?|tel|t|ph|phone|mob(?:ile)?|port(?:able)?|gsm|fax|standard|ligne\s+directe"
    r"|e-?mail|mail|m[ée]l|courriel|adresse|site|web|cell|bureau|office)\.?\s*(?:[:.]\s*)?$",
    re.I,
)
_PROSE_LENGTH = 300


def contacts(draft: Draft) -> None:
    """Find contact zones after the header and read the contacts in them."""
    blocks = draft.blocks
    index = draft.body_start
    after_end_marker = False
    while index < len(blocks):
        block = blocks[index]
        if not draft.free(index) or not block.lines:
            index += 1
            continue
        opening = None
        for number, line in enumerate(block.lines):
            if END_MARKER.fullmatch(line.text):
                after_end_marker = True  # "-30-" may close the text's last paragraph
            elif _heading(line.text) is not None and _opens_zone(
                draft, index, line.text, after_end_marker
            ):
                opening = number
                break
        if opening is not None:
            index = _read_zone(draft, index, opening)
            continue
        index += 1
    _inline(draft)
    _from_metadata(draft)
    if not draft.contacts:
        _cards(draft)
    if not draft.contacts:
        draft.diagnostics.append(diagnostics.make("missing-contacts"))


# How far after an inline cue an e-mail or phone must appear.
_INLINE_REACH = 150
# How far before an inline cue the sentence may say whom it addresses.
_APPEAL_REACH = 400
# An inline contact never runs longer than this: bounds the work per cue, so a huge line
# with many cues stays linear.
_INLINE_PIECE = 600


def _inline(draft: Draft) -> None:
    """Contacts given inside body paragraphs, after a cue ("Contact : X (x@y.org) +41 …").

    The contact may run on over the next lines of the paragraph (a wrapped line, a ``<br>``)
    until its sentence ends; a sentence that gives a phone or an address by its label
    (``Téléphone : …``) still belongs to it.
    """
    known = {e for c in draft.contacts for e in c.emails}
    for index in range(draft.body_start, len(draft.blocks)):
        if not draft.free(index):
            continue
        block = draft.blocks[index]
        hidden = _link_means(block)
        ends = [found[2][1] for found in hidden]
        for number, line in enumerate(block.lines):
            for cue in INLINE_CONTACT.finditer(line.text):
                if _appeals_to_public(line.text, cue.start()):
                    continue
                shown = _reachable(_ahead(block.lines, number, cue.end()))
                if not (shown or hidden):
                    continue
                piece = _inline_piece(block.lines, number, cue.end())
                if not piece:
                    continue
                linked = _within(hidden, ends, (piece[0].span[0], piece[-1].span[1]))
                if not (shown or linked):
                    continue
                for contact in parse_contact_lines([(index, p) for p in piece], linked):
                    if not set(contact.emails) & known and (contact.emails or contact.name):
                        draft.contacts.append(contact)
                        known.update(contact.emails)


def _appeals_to_public(text: str, cue: int) -> bool:
    """Whether the sentence of the cue at ``cue`` asks the public to get in touch ("Toute
    personne … est invitée à contacter la brigade au …"): its number is no press contact."""
    starts = [match.end() for match in _SENTENCE_END.finditer(text, 0, cue)]
    start = max(starts[-1] if starts else 0, cue - _APPEAL_REACH)
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
            piece.append(Line(text[start:end], line.locate(start, end), source=line.source))
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


def _cards(draft: Draft) -> None:
    """Contact cards with no heading at the end of a release, when nothing else gave one.

    A card is a short block (a figure caption, a closing paragraph) that opens with a
    person's name for certain (a known given name, a civility) and gives an e-mail or a
    phone: ``Pierre Martin, / Co-fondateur / pierre@… / 06 …``. Press rooms set the heading
    of such cards as an image, or leave it out; a quote's attribution has no means, and a
    block of prose is no card.
    """
    first = max(draft.body_start, int(len(draft.blocks) * _CARD_REACH))
    for index in range(first, len(draft.blocks)):
        block = draft.blocks[index]
        if not draft.free(index) or not 2 <= len(block.lines) <= _CARD_LINES:
            continue
        if any(len(line.text) > _CARD_LINE_LENGTH for line in block.lines):
            continue
        opening = strip_decoration(block.lines[0].text.split(",")[0].split(" – ")[0])
        if not _is_strong_name(opening):
            continue
        found = [
            contact
            for contact in parse_contact_lines(
                [(index, line) for line in block.lines], _link_means(block)
            )
            if contact.name and (contact.emails or contact.phones)
        ]
        if found:
            draft.roles[index] = Role.CONTACT
            draft.contacts.extend(found)


def _from_metadata(draft: Draft) -> None:
    """Contacts named in metadata (a front-matter ``contact-presse`` mapping) not already found."""
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
    if PHONE.search(text):
        return True
    addresses = [match.group() for match in EMAIL.finditer(text)]
    addresses += [match.group("user") for match in OBFUSCATED_EMAIL.finditer(text)]
    return any(_is_contact_address(address) for address in addresses)


def _is_contact_address(address: str) -> bool:
    """Whether an address (or its part before ``@``) can be a press contact's.

    Mailing-list commands, list robots, no-reply senders and newsletters are not.
    """
    return LIST_ADDRESS.fullmatch(address.partition("@")[0]) is None


def _is_credit(text: str) -> bool:
    """A credit line (``Traduction : …``, ``Crédit photo : …``): its person is no contact."""
    return CREDIT.match(text.lstrip(" \t*_#>•·|([")) is not None


def _address_kind(address: str) -> str:
    """``email`` for a contact address; a list or no-reply address is taken out as ``other``."""
    return "email" if _is_contact_address(address) else "other"


def _heading(text: str) -> re.Match[str] | None:
    """A contact heading at the start of ``text`` (bullets and markup residue skipped)."""
    bare = text.lstrip(" \t*_#>•·|")
    return CONTACT_HEADING.match(text, len(text) - len(bare))


def _opens_zone(draft: Draft, index: int, first: str, after_end_marker: bool) -> bool:
    if len(first) > 120 and not (EMAIL.search(first) or PHONE.search(first)):
        return False
    bare = strip_decoration(first)
    if PUBLIC_INFORMATION.match(bare):
        return False  # "Renseignements pour le public :": practical information, not the press
    weak = _WEAK_HEADING.match(bare) is not None
    if weak or _ACCREDITATION.match(bare):
        late = index >= len(draft.blocks) * 0.6 or after_end_marker
        following = draft.blocks[index : index + 5]
        reachable = any(
            _reachable(line.text) for block in following for line in block.lines
        ) or any(_link_means(block) for block in following)
        return reachable and (late or not weak)
    return True


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
            means = _link_means(block)
            paragraph = parse_contact_lines([(index, line) for line in block.lines], means)
            extra = [c for c in paragraph if c.emails or c.phones]
            extra = [
                c if c.name is None or _is_strong_name(c.name) else attrs.evolve(c, name=None)
                for c in extra
            ]
            if extra:
                draft.roles[index] = Role.CONTACT
                draft.contacts.extend(extra)
                draft.evidence.append("contact-block")
                index += 1
                continue
            break
        if index > start and _closes_zone(block):
            break
        if not draft.free(index):
            break
        if index > start or first_line == 0:
            draft.roles[index] = Role.CONTACT
        read = block.lines[first_line if index == start else 0 :]
        lines.extend(_columns(index, read))
        if read:
            means = _link_means(block)
            ends = [found[2][1] for found in means]
            links.extend(_within(means, ends, (read[0].span[0], block.span[1])))
        index += 1
    found = parse_contact_lines(lines, links)
    draft.contacts.extend(found)
    for contact in found:
        if not contact.emails and not contact.phones:
            draft.diagnostics.append(diagnostics.make("contact-without-means", span=contact.span))
    if found:
        draft.evidence.append("contact-block")
    return index


# The gap between two columns of a contact block laid out side by side (PDF text, a
# word processor's tab stops): three spaces or more, or tabs, between two non-spaces.
_COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")
# How far the right column's start may wander from one line to the next.
_COLUMN_SLACK = 4


def _columns(index: int, lines: Sequence[Line]) -> list[tuple[int, Line]]:
    """The ``(block, line)`` pairs of a zone block, its left column read before its right.

    Two contacts set side by side (``MÉCATRIX      FINACTU Communication`` over the names,
    roles and means of each) are two columns when at least two lines break at one place of
    their source text (adapters collapse the spaces of the text they give). The right column
    then reads as a block of its own (numbered ``-2 - index``, which no real block has), so
    that it starts a contact of its own.
    """
    raws = [_raw(line) for line in lines]
    gaps = [_COLUMN_GAP.search(raw) if raw is not None else None for raw in raws]
    starts = sorted(gap.end() for gap in gaps if gap is not None)
    if len(starts) < 2 or starts[-1] - starts[0] > _COLUMN_SLACK:
        return [(index, line) for line in lines]
    left: list[tuple[int, Line]] = []
    right: list[tuple[int, Line]] = []
    for line, raw, gap in zip(lines, raws, gaps, strict=True):
        if raw is None or gap is None:
            left.append((index, line))
            continue
        left.append((index, _piece(line, raw, 0, gap.start())))
        right.append((-2 - index, _piece(line, raw, gap.end(), len(raw))))
    return left + right


def _raw(line: Line) -> str | None:
    """The source text of ``line`` when its text is that source with spaces collapsed."""
    raw = line.source[line.span[0] : line.span[1]] if line.source else ""
    if raw and raw != line.text and " ".join(raw.split()) == " ".join(line.text.split()):
        return raw
    return None


def _piece(line: Line, raw: str, start: int, end: int) -> Line:
    """The part ``raw[start:end]`` of ``line``'s source as a line of its own."""
    first = line.span[0]
    return Line(" ".join(raw[start:end].split()), (first + start, first + end), source=line.source)


def _closes_zone(block: Block) -> bool:
    if not block.lines:
        return block.kind is BlockKind.RULE
    first = strip_decoration(block.lines[0].text)
    if END_MARKER.fullmatch(first) or PUBLIC_INFORMATION.match(first):
        return True
    if _heading(first):
        return False
    if len(first) <= 120 and (ABOUT_HEADING.match(first) or NOTES_HEADING.match(first)):
        return True
    if block.kind is BlockKind.HEADING:
        return True
    return (
        len(block.text) > _PROSE_LENGTH
        and not EMAIL.search(block.text)
        and not PHONE.search(block.text)
    )


def _is_linked_prose(block: Block) -> bool:
    """A prose paragraph whose e-mails are all behind links ("… écrire à Marie Dupont …")."""
    return _closes_zone(block) and bool(_link_means(block))


@attrs.define
class _Person:
    """A contact being assembled."""

    block: int
    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    emails: list[str] = attrs.Factory(list)
    phones: list[str] = attrs.Factory(list)
    start: int = -1
    end: int = -1

    def reachable(self) -> bool:
        return bool(self.emails or self.phones)

    def empty(self) -> bool:
        """Neither a name nor a means: a role or a label alone ("Dossier de presse : www…")."""
        return not (self.name or self.emails or self.phones)

    def cover(self, span: Span) -> None:
        self.start = span[0] if self.start < 0 else min(self.start, span[0])
        self.end = max(self.end, span[1])

    def freeze(self) -> Contact:
        return Contact(
            name=self.name,
            role=self.role,
            organisation=self.organisation,
            emails=tuple(dict.fromkeys(self.emails)),
            phones=tuple(dict.fromkeys(self.phones)),
            phones_e164=tuple(to_e164(p) for p in dict.fromkeys(self.phones)),
            span=(self.start, self.end) if self.start >= 0 else None,
        )


def _adds_missing_means(person: _Person, fields: list[ContactField]) -> bool:
    """Whether a line only gives e-mails or phones, of a kind ``person`` has none of yet."""
    kinds = {kind for kind, _, _ in fields}
    if not kinds or not kinds <= {"email", "phone"}:
        return False
    return not (("email" in kinds and person.emails) or ("phone" in kinds and person.phones))


def _awaits_role(person: _Person) -> bool:
    """A person named but with no role and no means yet: a role line may follow."""
    return bool(person.name) and not person.role and not person.reachable()


def parse_contact_lines(
    lines: list[tuple[int, Line]], links: Sequence[ContactField] = ()
) -> list[Contact]:
    """Read contacts from the ``(block index, line)`` pairs of a contact zone.

    ``links`` are the e-mails and phones that links hold without showing them, as
    ``(kind, value, span of the link text)``: each is read where its link text ends.

    .. versionchanged:: 0.1 ``links``.
    """
    people: list[_Person] = []
    shared_organisation: str | None = None
    current: _Person | None = None
    pending = sorted(links, key=lambda means: means[2][1])
    taken = 0

    def start_person(block: int) -> _Person:
        person = _Person(block, organisation=shared_organisation)
        people.append(person)
        return person

    for block, line in lines:
        text = line.text
        heading = _heading(text)
        if heading is not None and current is not None and _awaits_role(current):
            heading = None  # "Attachée de presse" under a person's name is their role
        offset = 0
        if heading is not None:
            offset = heading.end()
            while offset < len(text) and text[offset] in " :：–—-\u00a0\u202f":
                offset += 1
        linked: list[ContactField] = []
        while taken < len(pending) and pending[taken][2][1] <= line.span[1]:
            linked.append(pending[taken])
            taken += 1
        if END_MARKER.fullmatch(text) or _is_credit(text):
            continue
        fields = _fields(line, offset) if offset < len(text) else []
        if heading is not None and _SERVICE_LINE.match(text, heading.start()):
            # "Service presse de Camille DURAND": the role of the contact on the lines below,
            # whose organisation is its own, not one read for an earlier contact.
            if current is not None and current.reachable():
                current = None
            if people:
                shared_organisation = None
            fields = [("role", strip_decoration(text), line.span)]
        if linked:
            fields = _with_links(fields, linked)
        if not fields:
            continue
        if current is not None and block != current.block and current.reachable():
            if _adds_missing_means(current, fields):
                current.block = block  # "01 53 18 41 00" then, alone, "presse@…": one contact
            else:
                current = None  # a new block after a complete contact: a new contact
        for kind, value, span in fields:
            if kind == "email" or kind == "phone":
                if current is None:
                    current = start_person(block)
                (current.emails if kind == "email" else current.phones).append(value)
                current.cover(span)
                continue
            if kind == "name":
                if (
                    current is not None
                    and current.name is not None
                    and not current.reachable()
                    and not _is_strong_name(current.name)
                    and _is_strong_name(value)
                    and current.organisation in (None, shared_organisation)
                ):
                    # "Littoral Vivant : Romain Ducros", "Nordavia Énergies / Julien Abadie":
                    # what looked like a name above a person's name is their organisation
                    current.organisation, current.name = current.name, None
                if (
                    current is None
                    or current.name is not None
                    or (current.reachable() and block != current.block)
                ):
                    current = start_person(block)
                current.name = value
                current.cover(span)
            elif kind == "role":
                if current is None:
                    current = start_person(block)
                current.role = value if current.role is None else f"{current.role}, {value}"
                current.cover(span)
            elif kind == "organisation":
                if current is None or (current.name is None and not current.reachable()):
                    shared_organisation = value
                    if current is not None:
                        current.organisation = value
                elif current.organisation is None or current.organisation == shared_organisation:
                    current.organisation = value
                if current is not None:
                    current.cover(span)
    return [p.freeze() for p in people if _settle_name(p) and not p.empty()]


def _settle_name(person: _Person) -> bool:
    """Settle a doubtful name with the person's e-mails; whether the person is kept.

    A name shaped like one but with no known given name is the organisation when an e-mail
    domain spells it (``presse@littoral-vivant.org``); a single word is the name when it is
    the e-mail's user (``pouhiou@…``); a doubtful name with neither a means nor a role
    ("Télécharger le PDF" under the block) is nobody.
    """
    if person.name is not None and not _is_strong_name(person.name):
        users = [email.partition("@")[0] for email in person.emails]
        domains = [email.partition("@")[2] for email in person.emails]
        if any(_spelled_in(person.name, d) for d in domains) and not any(
            _spelled_in(person.name, u) for u in users
        ):
            if person.organisation is None:
                person.organisation = person.name
            person.name = None
        elif not person.reachable() and person.role is None:
            return False
    if (
        person.name is None
        and person.organisation is not None
        and " " not in person.organisation
        and any(_spelled_in(person.organisation, e.partition("@")[0]) for e in person.emails)
    ):
        person.name, person.organisation = person.organisation, None
    return True


def _with_links(fields: list[ContactField], linked: list[ContactField]) -> list[ContactField]:
    """The fields of a line and the means its links hold, in order of where each text ends.

    A link's means comes after the text of its link (a name, then the address behind it).
    """
    ordered = [(span[1], 0, number) for number, (_, _, span) in enumerate(fields)]
    ordered += [(span[1], 1, number) for number, (_, _, span) in enumerate(linked)]
    return [(linked if side else fields)[number] for _, side, number in sorted(ordered)]


def _link_means(block: Block) -> list[ContactField]:
    """The e-mails and phones that ``block``'s links hold and its text does not show.

    Each comes with the span of its link text (the block's span when the adapter does not
    locate link texts), and they are sorted by where that text ends.
    """
    spans = block.link_spans or (block.span,) * len(block.links)
    targets = [
        (means, span)
        for target, span in zip(block.links, spans, strict=True)
        if (means := _target_means(target)) is not None
    ]
    if not targets:
        return []
    shown = block.text.casefold()
    digits = re.sub(r"\D", "", block.text)
    found: list[ContactField] = []
    for (kind, value), span in targets:
        if kind == "email" and value.casefold() in shown:
            continue
        if kind == "phone" and re.sub(r"\D", "", value)[-9:] in digits:
            continue
        found.append((kind, value, span))
    return sorted(found, key=lambda means: means[2][1])


def _within(means: list[ContactField], ends: list[int], span: Span) -> list[ContactField]:
    """The ``means`` whose link text ends inside ``span`` (``ends``: where each ends, sorted)."""
    return means[bisect.bisect_right(ends, span[0]) : bisect.bisect_right(ends, span[1])]


def _target_means(target: str) -> tuple[str, str] | None:
    """``("email", address)`` or ``("phone", number)`` for a link target that holds one.

    ``mailto:`` and ``tel:`` targets, and a bare address used as a target (a common slip for
    a ``mailto:`` link), are read; list and no-reply addresses are not.
    """
    scheme, colon, rest = target.strip().partition(":")
    if not colon:
        scheme, rest = "", target.strip()
    value = urllib.parse.unquote(rest.split("?", 1)[0]).strip()
    scheme = scheme.lower()
    if scheme in ("mailto", "") and EMAIL.fullmatch(value) and _is_contact_address(value):
        return ("email", value)
    if scheme in ("tel", "callto") and PHONE.fullmatch(value):
        return ("phone", value)
    return None


def _fields(line: Line, offset: int) -> list[ContactField]:
    """The classified fields of a contact line, in order: e-mails and phones first taken out."""
    text = line.text
    found: list[tuple[int, int, str, str]] = []
    for match in EMAIL.finditer(text, offset):
        found.append((match.start(), match.end(), _address_kind(match.group()), match.group()))
    for match in OBFUSCATED_EMAIL.finditer(text, offset):
        domain = DOMAIN_DOT.sub(".", match.group("domain"))
        address = f"{match.group('user')}@{domain}"
        found.append((match.start(), match.end(), _address_kind(address), address))
    for match in PHONE.finditer(text, offset):
        if not any(s <= match.start() < e for s, e, _, _ in found):
            found.append((match.start(), match.end(), "phone", match.group()))
            short = _SHORT_PHONE.match(text, match.end())
            if short is not None and not PHONE.match(text, short.start("digits")):
                full = _expand(match.group(), short.group("digits"))
                found.append((short.start("digits"), short.end(), "phone", full))
    for match in WEBSITE.finditer(text, offset):
        if not any(s <= match.start() < e for s, e, _, _ in found):
            found.append((match.start(), match.end(), "other", match.group()))
    found.sort()
    result: list[ContactField] = []
    cursor = offset
    for start, end, kind, value in found:
        result.extend(_text_fields(line, cursor, start))
        if kind in ("email", "phone"):
            result.append((kind, value, line.locate(start, end)))
        cursor = end
    result.extend(_text_fields(line, cursor, len(text)))
    return result


# "01 53 18 42 68 / 42 76": a second number written as the digits that differ.
_SHORT_PHONE = re.compile(r"\s*/\s*(?P<digits>\d\d(?:[ .]\d\d){0,3})(?![\d.-])")


def _expand(phone: str, tail: str) -> str:
    """The full second number: ``phone`` with its last digit pairs replaced by ``tail``."""
    pairs = tail.replace(".", " ").split()
    groups = phone.split()
    if len(groups) > len(pairs):
        return " ".join(groups[: len(groups) - len(pairs)] + pairs)
    return tail


def _text_fields(line: Line, start: int, end: int) -> list[ContactField]:
    result: list[ContactField] = []
    cursor = start
    text = line.text
    for separator in [*_SEPARATORS.finditer(text, start, end), None]:
        piece_end = separator.start() if separator is not None else end
        piece = text[cursor:piece_end]
        value = strip_decoration(strip_decoration(piece).strip("()[]"))
        named = value.partition(" (")[0]
        if named != value and _is_name(named):
            value = named  # "Marc Olivier (en anglais uniquement)": a name and a remark
        if value and not _LABEL.match(value):
            kind = _classify(value)
            if kind in ("role", "organisation", None):
                lead = _leading_name(value)
                if lead is not None:
                    at = text.find(value, cursor, piece_end)
                    span = line.locate(at, at + len(lead)) if at >= 0 else line.span
                    result.append(("name", lead, span))
                    value = strip_decoration(value[len(lead) :])
                    kind = _classify(value) if value else None
            if kind:
                at = text.find(value, cursor, piece_end)
                span = line.locate(at, at + len(value)) if at >= 0 else line.span
                result.append((kind, value, span))
        if separator is None:
            break
        cursor = separator.end()
    return result


_LABEL_PREFIX = re.compile(r"^(?:t[ée]l|tel|mob|port|e-?mail|mail|courriel|fax)\b\.?\s*:?\s*", re.I)


def _classify(value: str) -> str | None:
    value = _LABEL_PREFIX.sub("", value)
    if not value or not any(c.isalpha() for c in value):
        return None
    if _is_name(value):
        return "name"
    if ROLE_TITLE.match(value) or (
        ROLE_WORDS.search(value)
        and not ISSUER_WORDS.match(value)
        and not value.lower().startswith("cabinet")
    ):
        return "role"
    if word_count(value) > 12:
        return None
    if value[:1].isupper() or ISSUER_WORDS.search(value):
        return "organisation"
    return None


# -- names --------------------------------------------------------------------------------

# A civility before a name: M., Mme, Dr…
_CIVILITY = re.compile(r"(?:M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Me)\s+")
# A given name written as initials: J., J.-P., J-P.
_INITIALS = re.compile(r"[A-ZÀ-Ý]\.(?:-?[A-ZÀ-Ý]\.)?")
# A given name: Capitalised or in capitals, possibly hyphenated (Anaïs, Jean-Luc, AZIZ).
# Letters of European names beyond Latin-1 (Łukasz, Çağla, Šimon) are taken in either case.
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_GIVEN_WORD = re.compile(
    rf"[{_UPPER}](?:[{_LOWER}]+|[{_UPPER}]+)(?:-[{_UPPER}][{_LOWER}{_UPPER}]+)?"
)
# A family name: Capitalised, in capitals, O'Neil, N'Diaye, d'Aubigny, McLean, hyphenated;
# a middle initial (Jean P. Dupont) stands among them.
_FAMILY_WORD = re.compile(
    rf"(?:[{_UPPER}][{_LOWER}]+|[{_UPPER}]{{2,}}|[{_UPPER}dl]['’][{_UPPER}][\w{_LOWER}]+"
    rf"|Ma?c[A-Z][a-z]+)(?:-[{_UPPER}][\w{_LOWER}]+)*|[{_UPPER}]\."
)


def _fold(word: str) -> str:
    """``word`` in lower case without accents, to look it up in a table."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _name_words(text: str) -> list[str] | None:
    """The words of ``text`` when it is shaped like a person's name, else ``None``.

    A given name (or initials) then family names, with particles in any case between them
    (``Sarah Van den Broeck``, ``Jean de La Tour``, ``J.-P. Martin``), two to five words;
    no word of an organisation (``Réseau Paniers Partagés``).
    """
    bare = strip_decoration(_CIVILITY.sub("", text.strip(), count=1))
    words = bare.split()
    if not 3 <= len(bare) <= 45 or not 2 <= len(words) <= 5:
        return None
    if any(_fold(word.strip(".,")) in ORGANISATION_WORDS for word in words):
        return None
    if not (_GIVEN_WORD.fullmatch(words[0]) or _INITIALS.fullmatch(words[0])):
        return None
    family = [word for word in words[1:] if _fold(word) not in NAME_PARTICLES]
    if not family or not all(_FAMILY_WORD.fullmatch(word) for word in family):
        return None
    if family[-1].endswith("."):
        return None  # "Jean P." is a given name and an initial, no family name
    return words


def _is_name(text: str) -> bool:
    """Whether a contact field is a person's name (shape, or the shared name test)."""
    if _name_words(text) is not None:
        return is_person_name(text) or _is_strong_name(text)
    return False


def _is_strong_name(text: str) -> bool:
    """A name that is a person's for certain: a civility, initials or a known given name.

    "Littoral Vivant" is shaped like a name but starts with no given name: an organisation
    when the block says so (a person's name follows, its e-mail domain spells it).
    """
    if _CIVILITY.match(text.strip()):
        return True
    words = _name_words(text)
    if words is None:
        return False
    first = words[0]
    return bool(
        _INITIALS.fullmatch(first)
        or _fold(first) in GIVEN_NAMES
        or _fold(first.partition("-")[0]) in GIVEN_NAMES
    )


def _leading_name(value: str) -> str | None:
    """A person's name for certain opening a field that goes on without a separator:
    ``Marie Dupont chargée de communication``, ``Marie DUPONT Attachée de presse``.

    The name ends where a word can no longer be a family name (a small word, a role word).
    """
    words = value.split()
    for size in (4, 3, 2):
        if len(words) <= size:
            continue
        lead, rest = " ".join(words[:size]), words[size]
        ends = not _FAMILY_WORD.fullmatch(rest) or ROLE_WORDS.match(rest) is not None
        if ends and _is_name(lead) and _is_strong_name(lead):
            return lead
    return None


def _spelled_in(value: str, labels: str) -> bool:
    """Whether ``value``'s letters spell ``labels`` or a label of it ("Littoral Vivant" in
    ``littoral-vivant.example.org``)."""
    letters = "".join(c for c in _fold(value) if c.isalnum())
    if len(letters) < 4:
        return False
    return any(
        "".join(c for c in label if c.isalnum()) == letters
        for label in re.split(r"[.@]", _fold(labels))
    )
