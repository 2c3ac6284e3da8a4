"""The grammar of contact lines: the fields of a line, and the contacts that a zone's lines
make.

A line is cut into fields at the usual separators (``–``, ``,``, ``:``, ``|``, ``/``, ``·``);
e-mails (plain, disguised or behind a link) and phones are taken out first, then each field is
a name, a role or an organisation. A new contact starts when a second name appears, at a press
service named on its own line, or at a block boundary once a contact has a way to be reached
(unless the block only gives a means the contact lacks). E-mails and phones that links hold
without showing them are read where the link text ends. Credit lines, list and no-reply
addresses and lines for the public are not contacts. A block laid out in two columns is read
column by column.

!!! info "Added in version 0.2"
   Split from ``communique.extract.contacts``.
"""

from __future__ import annotations

import bisect
import re
import urllib.parse
from collections.abc import Sequence

import attrs

from ..blocks import Block, Line
from ..dialling import phone_kind, to_e164
from ..french.contact_words import (
    CONTACT_HEADING,
    CONTACT_INVITATION,
    DOMAIN_DOT,
    OBFUSCATED_EMAIL,
    ORGANISATION_NAME_LINKS,
    ROLE_TITLE,
    SERVICE_NUMBER_LABEL,
)
from ..french.phones import PHONE, phone_in
from ..french.vocabulary import (
    CREDIT,
    EMAIL,
    END_MARKER,
    ISSUER_WORDS,
    LIST_ADDRESS,
    ROLE_WORDS,
    SERVICE_LINE,
    WEBSITE,
    email_in,
)
from ..models import Contact, Span
from .contact_names import is_name, is_strong_name, leading_name, spelled_in, without_civility
from .text import folded, strip_decoration, word_count

__all__ = [
    "COLUMN_GAP",
    "ContactField",
    "columns",
    "contact_heading",
    "is_contact_address",
    "link_means",
    "parse_contact_lines",
    "within",
]

#: A field of a contact line: ``(kind, value, span)``; kind is ``email``, ``phone``, ``name``,
#: ``role`` or ``organisation``.
ContactField = tuple[str, str, Span]

# Field separators inside a contact line (pandoc writes an en dash "--", an em dash "---").
# The look-behind starts the space-led alternatives only at the start of a space run, which
# keeps finditer linear on long runs (a match inside a run would also match from its start).
# A full stop after a word of two small letters ends a sentence ("… Léa Roux. Téléphone"), not
# one after an initial or a title ("M. Dupont"). Every separator opens with a space or one of
# its marks: a look-ahead for them first leaves most positions after one test (the same
# matches, tests/test_vocabulary_initials.py).
_SEPARATORS = re.compile(
    r"(?=[\s|/:;,.])(?:"
    r"(?<!\s)(?:\s+(?:[–—-]|-{2,3})\s+|\s*[|/]\s+|\s+[|/]\s*|\s*:\s+|\s*;\s+|\s+[·•]\s+)|,\s+|\t+"
    r"|(?<=[a-zß-öø-ÿ]{2})\.\s+(?=[A-ZÀ-ÖØ-Þ])"
    # a second person after the first one's bracketed means: "… (06 …) et Marc Tixier, …"
    r"|(?<=\))\s+(?:et|&)\s+(?=[A-ZÀ-ÖØ-Þ])"
    r")"
)

# A press service named with its complement, alone on its line: "Service de presse de la
# préfecture", "Pôle presse du ministère" (not "Service de presse :").
_SERVICE_LINE = re.compile(
    r"(?:services?|bureau|cellule|p[ôo]le)\s+(?:de\s+(?:la\s+)?)?(?:presse|communication)"
    r"\s+(?:de|du|des|d['’])\b[^:：]{1,120}$",
    re.I,
)

# An office that may head a contact line and be the contact: "Cellule de communication du
# MINEE : 01 …", "Direction de la communication – 01 … – presse@…".
_OFFICE_HEADING = re.compile(
    r"(?:services?|cellules?|directions?|bureaux?|p[ôo]les?)\s+(?:de\s+(?:la\s+)?)?"
    r"(?:presse|communication)",
    re.I,
)

# Labels in front of e-mails and phones.
_LABEL = re.compile(
    r"^(?:t[ée]l(?:[ée]phone)?|tel|t|ph|phone|mob(?:ile)?|port(?:able)?|gsm|fax|standard|ligne\s+directe"
    r"|e-?mail|mail|m[ée]l|courriel|adresse|site|web|cell|bureau|office)\.?\s*(?:[:.]\s*)?$",
    re.I,
)


def is_contact_address(address: str) -> bool:
    """Whether an address (or its part before ``@``) can be a press contact's.

    Mailing-list commands, list robots, no-reply senders and newsletters are not.
    """
    return LIST_ADDRESS.fullmatch(address.partition("@")[0]) is None


def _is_credit(text: str) -> bool:
    """A credit line (``Traduction : …``, ``Crédit photo : …``): its person is no contact."""
    return CREDIT.match(text.lstrip(" \t*_#>•·|([")) is not None


def _address_kind(address: str) -> str:
    """``email`` for a contact address; a list or no-reply address is taken out as ``other``."""
    return "email" if is_contact_address(address) else "other"


def contact_heading(text: str) -> re.Match[str] | None:
    """A contact heading at the start of ``text`` (bullets and markup residue skipped).

    The organisation a heading names without a colon ("Contact presse Agence Bleue",
    "Contact presse pôle Mer Atlantique") is a name: a sentence there ("Relations presse
    Lumen recrute une directrice") is a title of the text, no heading."""
    bare = text.lstrip(" \t*_#>•·|")
    found = CONTACT_HEADING.match(text, len(text) - len(bare))
    beside = found.group("beside") if found is not None else None
    if beside is not None and _sentence_words(beside) > 1:
        return None
    return found


def _sentence_words(name: str) -> int:
    """How many words of ``name`` are in lower case and no particle of a name."""
    return sum(
        1 for word in name.split() if word[:1].islower() and word not in ORGANISATION_NAME_LINKS
    )


#: The gap between two columns of a contact block laid out side by side (PDF text, a
#: word processor's tab stops): three spaces or more, or tabs, between two non-spaces.
COLUMN_GAP = re.compile(r"(?<=\S)(?: {3,}|\t+)(?=\S)")

# How far the right column's start may wander from one line to the next.
_COLUMN_SLACK = 4


def columns(index: int, lines: Sequence[Line]) -> list[tuple[int, Line]]:
    """The ``(block, line)`` pairs of a zone block, its left column read before its right.

    Two contacts set side by side (``MÉCATRIX      FINACTU Communication`` over the names,
    roles and means of each) are two columns when at least two lines break at one place of
    their source text (adapters collapse the spaces of the text they give). The right column
    then reads as a block of its own (numbered below zero, as no real block is), so that it
    starts a contact of its own; three or more columns are read the same way, left to right.
    """
    return _columns(index, lines, index, 1)


def _columns(index: int, lines: Sequence[Line], number: int, column: int) -> list[tuple[int, Line]]:
    """``columns`` for the lines of one column (numbered ``number``): its first column, then
    the columns right of it, each read the same way (three agencies side by side)."""
    raws = [_raw(line) for line in lines]
    gaps = [COLUMN_GAP.search(raw) if raw is not None else None for raw in raws]
    starts = sorted(gap.end() for gap in gaps if gap is not None)
    if len(starts) < 2 or starts[-1] - starts[0] > _COLUMN_SLACK or column > _MAX_COLUMNS:
        return [(number, line) for line in lines]
    # where the right column stands on the page, for a line of it alone on its row
    # ("Yann Le Goff      02 …" over "                  presse@…")
    edges = [_indent(line) + gap.end() for line, gap in zip(lines, gaps, strict=True) if gap]
    left: list[tuple[int, Line]] = []
    right: list[Line] = []
    for line, raw, gap in zip(lines, raws, gaps, strict=True):
        if raw is None or gap is None:
            if edges and _indent(line) >= min(edges) - _COLUMN_SLACK and _indent(line) > 0:
                right.append(line)
            else:
                left.append((number, line))
            continue
        left.append((number, _piece(line, raw, 0, gap.start())))
        right.append(_piece(line, raw, gap.end(), len(raw)))
    # each column right of the first reads as a block no real block is numbered as
    return left + _columns(index, right, -1 - index - column * _COLUMN_NUMBERS, column + 1)


# At most this many columns side by side; the numbers of the columns right of the first.
_MAX_COLUMNS = 6
_COLUMN_NUMBERS = 1_000_000


def _indent(line: Line) -> int:
    """How far from its source line's start ``line`` starts."""
    if not line.source:
        return 0
    return line.span[0] - (line.source.rfind("\n", 0, line.span[0]) + 1)


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


def table_contacts(lines: Sequence[Line]) -> tuple[list[Contact], int] | None:
    """The contacts of a table whose first row names its columns (``Organisation  Nom
    Téléphone  Courriel``, cells apart by tabs or runs of spaces): one contact a row, each
    cell read for its column; and how many lines the table holds. ``None`` when ``lines``
    open with no such row."""
    rows = _rows(lines)
    if not rows:
        return None
    header, _ = rows[0]
    fields = [_COLUMN_FIELDS.get(folded(cell)) for _, _, _, cell in header]
    if len(header) < _TABLE_MIN_COLUMNS or "name" not in fields or None in fields:
        return _headless_table(rows)
    if len(rows) < _TABLE_MIN_LINES:
        return None
    found: list[Contact] = []
    held = rows[0][1]
    for row, count in rows[1:]:
        if len(row) != len(header):
            break  # the table ends where its rows do
        found.append(_row_contact(row, fields))
        held += count
    return (found, held) if found else None


_Cell = tuple[Line, int, int, str]  # the line a cell is in, where in its text, the cell's text


def _headless_table(rows: list[tuple[list[_Cell], int]]) -> tuple[list[Contact], int] | None:
    """A table of contacts with no header row (``Service communication  Laetitia Favre
    04 50 63 62 12  communication@…``): rows of three cells or more, each with a person's name
    and a means; a cell is read for what it is (a name, phones, e-mails, else the role)."""
    found: list[Contact] = []
    held = 0
    for row, count in rows:
        fields: list[str | None] = [
            "name" if is_name(cell) else "means" if email_in(cell) or phone_in(cell) else None
            for _, _, _, cell in row
        ]
        if len(row) < _TABLE_MIN_COLUMNS or fields.count("name") != 1 or "means" not in fields:
            break
        if None in fields:  # the first other cell; the rest say nothing
            at = fields.index(None)
            fields[at] = "organisation" if _names_a_body(row[at][3]) else "role"
        found.append(_row_contact(row, fields))
        held += count
    return (found, held) if found else None


def _names_a_unit(cell: str) -> bool:
    """A cell naming a service or a body ("Service presse", "Cabinet du maire", "Ville de
    Dole"), not a person ("Karim", "M. Lefèvre", "LE GALL Yann")."""
    return bool(ISSUER_WORDS.match(cell) or ROLE_WORDS.search(cell) or SERVICE_LINE.match(cell))


def _names_a_body(cell: str) -> bool:
    """A cell that names an organisation ("Office de tourisme", "Ville d'Annecy"), not a role
    or a unit ("Attachée de presse", "Service communication")."""
    return bool(
        ISSUER_WORDS.match(cell) and not ROLE_WORDS.search(cell) and not ROLE_TITLE.search(cell)
    )


def _row_contact(row: list[_Cell], fields: Sequence[str | None]) -> Contact:
    """The contact a table's row gives, each cell read for its field (``means``: e-mails and
    phones; ``None``: nothing)."""
    person = _Person(-1)
    for field, (line, start, end, cell) in zip(fields, row, strict=True):
        person.cover(line.locate(start, end))
        if _EMPTY_CELL.fullmatch(cell):
            continue  # "–", "/", "n/a": the row has nothing there
        if field in ("emails", "means"):
            person.emails.extend(m.group() for m in EMAIL.finditer(cell))
        if field in ("phones", "means"):
            person.phones.extend(m.group() for m in PHONE.finditer(cell))
        split = _NAME_THEN_ROLE.fullmatch(cell) if field == "name" else None
        if split is not None and is_name(split[1]) and _only_a_role(split[2]):
            person.name, person.role = split[1], split[2]  # "Margaux Lefebvre, attachée de presse"
            continue
        if field == "name" and not is_name(cell) and _names_a_unit(cell):
            # a service in the name column ("Service presse", "Ville de Dole"): its role or
            # its organisation, no person's name
            field = "organisation" if _names_a_body(cell) else "role"
        if field == "name":
            person.name = cell
        elif field == "role":
            person.role = cell
        elif field == "organisation":
            person.organisation = cell
    return person.freeze()


def _only_a_role(text: str) -> bool:
    """Words of a role after a name's comma: no means ("06 12 …", "x@y.fr"), no second name."""
    return not any(ch.isdigit() or ch == "@" for ch in text) and not is_name(text)


# A name cell that gives the role after a comma: "Margaux Lefebvre, attachée de presse".
_NAME_THEN_ROLE = re.compile(r"([^,\n]{3,60}),[ \t]+([^,\n]{3,80})")
# A cell that holds nothing but a placeholder.
_EMPTY_CELL = re.compile(r"[-–—/.\s]*|n/?a|néant", re.I)


def _rows(lines: Sequence[Line]) -> list[tuple[list[_Cell], int]]:
    """The rows of a table, each with its cells (the line a cell is in, where it is in that
    line's text, its text) and how many lines it spans: the lines of one source row (an
    adapter may give each cell as a line of its own) are one row, and a line's tabs or
    runs of spaces part its cells."""
    rows: list[tuple[list[_Cell], int]] = []
    previous: Line | None = None
    for line in lines:
        same_row = (
            previous is not None
            and bool(line.source)
            and "\n" not in line.source[previous.span[1] : line.span[0]]
        )
        cells = _cells(line)
        if same_row and rows:
            rows[-1][0].extend(cells)
            rows[-1] = (rows[-1][0], rows[-1][1] + 1)
        else:
            rows.append((cells, 1))
        previous = line
    return rows


def _cells(line: Line) -> list[_Cell]:
    """The cells of a line: its parts apart by tabs or runs of spaces in its source (which
    keeps what the line's text collapsed), each with where it is in the line's text."""
    raw = line.source[line.span[0] : line.span[1]] if line.source else line.text
    cells: list[_Cell] = []
    at = 0  # where the cell is in the collapsed text
    row, gap = raw.strip(), _CELL_GAP
    if row.startswith("|"):
        gap = _BAR_GAP  # a Markdown table's row
    elif " | " in line.text and not _CELL_GAP.search(raw):
        row, gap = line.text, _BAR_GAP  # an HTML table's row, its cells joined by bars
    for piece in gap.split(row.strip("|")):
        text = " ".join(piece.split())
        if not text:
            continue
        start = line.text.find(text, at)
        if start < 0:
            return [(line, 0, len(line.text), line.text)]
        cells.append((line, start, start + len(text), text))
        at = start + len(text)
    return cells


# What a contact table's header names, folded (no case, no accents): the field it fills.
_COLUMN_FIELDS = {
    **dict.fromkeys(
        (
            "nom",
            "noms",
            "prenom nom",
            "nom prenom",
            "contact",
            "contacts",
            "interlocuteur",
            # the column a table of press contacts names after itself
            "contact presse",
            "contacts presse",
            "contact medias",
            "contacts medias",
            "relations presse",
        ),
        "name",
    ),
    **dict.fromkeys(("fonction", "role", "titre", "poste", "qualite"), "role"),
    **dict.fromkeys(
        (
            "organisation",
            "organisme",
            "structure",
            "societe",
            "entreprise",
            "syndicat",
            "etablissement",
            "service",
            "collectivite",
            "association",
        ),
        "organisation",
    ),
    **dict.fromkeys(("telephone", "tel", "mobile", "portable", "numero"), "phones"),
    **dict.fromkeys(
        ("courriel", "e mail", "email", "mail", "adresse electronique", "mel"), "emails"
    ),
}
# (a Markdown table's row gives its cells between bars: "| Nom | Téléphone |")
_CELL_GAP = re.compile(r"\t+|[ \u00a0]{2,}")
# A Markdown table's row gives its cells between bars ("| Nom | Téléphone |"; "\\|" is a bar
# inside a cell); the cells' own spaces are dropped.
_BAR_GAP = re.compile(r"(?<!\\)\|")
_TABLE_MIN_LINES = 2
_TABLE_MIN_COLUMNS = 3


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
            name=without_civility(self.name) if self.name else self.name,
            role=self.role,
            organisation=self.organisation,
            emails=tuple(dict.fromkeys(self.emails)),
            phones=tuple(dict.fromkeys(self.phones)),
            phones_e164=tuple(to_e164(p) for p in dict.fromkeys(self.phones)),
            span=(self.start, self.end) if self.start >= 0 else None,
            phone_kinds=tuple(phone_kind(p) or "" for p in dict.fromkeys(self.phones)),
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


def _phones_rejoined(lines: list[tuple[int, Line]]) -> list[tuple[int, Line]]:
    """The lines with a phone number wrapped over two lines of one block joined into one
    line ("… Jeanne Poulain -- 06 22" / "81 49 03 -- contact@…"), as pandoc's and a PDF's
    line wrapping leave it; other lines as they are."""
    joined: list[tuple[int, Line]] = []
    for block, line in lines:
        if joined and joined[-1][0] == block and _wraps_a_phone(joined[-1][1].text, line.text):
            above = joined[-1][1]
            whole = Line(
                f"{above.text} {line.text}",
                (above.span[0], line.span[1]),
                above.emphasis if above.emphasis is line.emphasis else None,
                above.source,
            )
            joined[-1] = (block, whole)
        else:
            joined.append((block, line))
    return joined


def _wraps_a_phone(above: str, below: str) -> bool:
    """Whether a phone number starts at the end of ``above`` and ends at the start of
    ``below``: the number read across the join goes on into ``below``."""
    head = _PHONE_HEAD.search(above)
    if head is None or not below[:1].isdigit() or PHONE.match(below) is not None:
        return False  # (a number whole on the next line is its own: "Cedex 07" / "01 42 …")
    tail = below[:_PHONE_REACH].split(" -", 1)[0]
    found = PHONE.match(f"{head.group()} {tail}")
    return found is not None and found.end() > len(head.group()) + 1


# The start of a phone number ending a line: a country code and its first groups, a leading
# 0 and more groups, or a 0 and its digit alone after a label or a dash ("Tél. 06", "-- 06";
# "Paris Cedex 07" ends with a district, no number's start).
_PHONE_HEAD = re.compile(
    r"(?<![\w+])(?:\+\d{1,3}(?:\s?\(0\))?(?:[ .]\d{1,3}){0,4}|0\d(?:[ .]\d{2,3}){1,4}"
    r"|(?<=[-–—:.,] )0\d)$"
)
# How much of the next line a wrapped number's end is looked for in.
_PHONE_REACH = 20


def parse_contact_lines(
    lines: list[tuple[int, Line]], links: Sequence[ContactField] = ()
) -> list[Contact]:
    """Read contacts from the ``(block index, line)`` pairs of a contact zone.

    ``links`` are the e-mails and phones that links hold without showing them, as
    ``(kind, value, span of the link text)``: each is read where its link text ends.

    !!! info "Changed in version 0.1"
        ``links``.
    """
    lines = _phones_rejoined(lines)
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
        heading = contact_heading(text)
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
        if (
            heading is not None
            and _SERVICE_LINE.match(text, heading.start())
            and not _reaches(fields)
        ):
            # "Service presse de Camille DURAND": the role of the contact on the lines below,
            # whose organisation is its own, not one read for an earlier contact.
            if current is not None and current.reachable():
                current = None
            if people:
                shared_organisation = None
            fields = [("role", strip_decoration(text), line.span)]
        if (
            heading is not None
            and _OFFICE_HEADING.match(text, heading.start())
            and _reaches(fields)
        ):
            # "Direction de la communication – 01 … – presse@…": the office is the contact
            name = strip_decoration(text[heading.start() : heading.end()])
            fields = [("organisation", name, line.locate(heading.start(), heading.end())), *fields]
        if linked:
            fields = _with_links(fields, linked)
        if not fields:
            continue
        reaches = _reaches(fields)  # the line gives an e-mail or a phone
        if (
            current is not None
            and current.reachable()
            and fields[0][0] in ("role", "organisation")
            and reaches
        ):
            # "Cabinet du ministre – 01 … – cab@…" then "Service de presse – 01 … – presse@…":
            # a line that names its holder and gives a means is a contact of its own
            current = None
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
                    and not is_strong_name(current.name)
                    and is_strong_name(value)
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
                if current is None and reaches:
                    current = start_person(block)  # "Cabinet du ministre – 01 …": its own
                    current.organisation = value
                elif current is None or (current.name is None and not current.reachable()):
                    shared_organisation = value
                    if current is not None:
                        current.organisation = value
                elif current.organisation is None or current.organisation == shared_organisation:
                    current.organisation = value
                if current is not None:
                    current.cover(span)
    return [p.freeze() for p in people if _settle_name(p) and not p.empty()]


def _reaches(fields: list[ContactField]) -> bool:
    """Whether a line's fields give a way to reach someone (an e-mail or a phone)."""
    return any(kind in ("email", "phone") for kind, _, _ in fields)


def _settle_name(person: _Person) -> bool:
    """Settle a doubtful name with the person's e-mails; whether the person is kept.

    A name shaped like one but with no known given name is the organisation when an e-mail
    domain spells it (``presse@littoral-vivant.org``); a single word is the name when it is
    the e-mail's user (``pouhiou@…``); a doubtful name with neither a means nor a role
    ("Télécharger le PDF" under the block) is nobody.
    """
    if person.name is not None and not is_strong_name(person.name):
        users = [email.partition("@")[0] for email in person.emails]
        domains = [email.partition("@")[2] for email in person.emails]
        if any(spelled_in(person.name, d) for d in domains) and not any(
            spelled_in(person.name, u) for u in users
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
        and any(spelled_in(person.organisation, e.partition("@")[0]) for e in person.emails)
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


def link_means(block: Block) -> list[ContactField]:
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


def within(means: list[ContactField], ends: list[int], span: Span) -> list[ContactField]:
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
    if scheme in ("mailto", "") and EMAIL.fullmatch(value) and is_contact_address(value):
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
            label = text[max(offset, match.start() - _LABEL_REACH) : match.start()]
            if SERVICE_NUMBER_LABEL.search(label):  # "Standard : 04 …": an office's number
                found.append((match.start(), match.end(), "other", match.group()))
                continue
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


# How far before a number its label is looked for.
_LABEL_REACH = 30

# "01 53 18 42 68 / 42 76": a second number written as the digits that differ.
# ("/ 24h/24" is an opening time, not a number: a letter after the digits ends it.)
_SHORT_PHONE = re.compile(r"\s*/\s*(?P<digits>\d\d(?:[ .]\d\d){0,3})(?![\w.-])")


def _expand(phone: str, tail: str) -> str:
    """The full second number: ``phone`` with its last digit pairs replaced by ``tail``."""
    pairs = tail.replace(".", " ").split()
    groups = phone.split()
    if len(groups) > len(pairs):
        return " ".join(groups[: len(groups) - len(pairs)] + pairs)
    return tail


# Two names joined in one field: "Marie Dupont et Jean Martin", "Marie Dupont & Jean Martin".
_NAME_PAIR = re.compile(r"(?P<first>[^&]{3,60}?)\s+(?:et|&|and)\s+(?P<second>[^&]{3,60})")


def _text_fields(line: Line, start: int, end: int) -> list[ContactField]:
    result: list[ContactField] = []
    cursor = start
    text = line.text
    for separator in [*_SEPARATORS.finditer(text, start, end), None]:
        piece_end = separator.start() if separator is not None else end
        piece = text[cursor:piece_end]
        value = strip_decoration(strip_decoration(piece).strip("()[]"))
        named = value.partition(" (")[0]
        if named != value and is_name(named):
            value = named  # "Marc Olivier (en anglais uniquement)": a name and a remark
        elif named != value and is_strong_name(bracketed := value.partition(" (")[2].rstrip(")] ")):
            # "Service communication (Marie Dupont)": a service, then the person who answers
            at = text.find(bracketed, cursor, piece_end)
            span = line.locate(at, at + len(bracketed)) if at >= 0 else line.span
            result.append(("name", bracketed, span))
            value = named
        pair = _NAME_PAIR.fullmatch(value)
        if pair is not None and is_name(pair["first"]) and is_name(pair["second"]):
            # "Marie Dupont et Jean Martin : 01 …": two people who share the means
            for group in ("first", "second"):
                at = text.find(pair[group], cursor, piece_end)
                span = line.locate(at, at + len(pair[group])) if at >= 0 else line.span
                result.append(("name", pair[group], span))
            value = ""
        if value and CONTACT_HEADING.fullmatch(value) and _classify(value) == "organisation":
            value = ""  # "Pour plus d'informations, contactez …": an opening, no organisation
        invited = _invited_name(value) if value else None
        if invited is not None:
            at = text.find(invited, cursor, piece_end)
            span = line.locate(at, at + len(invited)) if at >= 0 else line.span
            result.append(("name", invited, span))
            value = ""
        if value and not _LABEL.match(value):
            kind = _classify(value)
            if kind in ("role", "organisation", None):
                lead = leading_name(value)
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


def _invited_name(value: str) -> str | None:
    """The name a sentence invites to reach: ``contactez Hugo Roy au``, ``auprès de Léa
    Morel``; the name ends at the first small word after it."""
    invitation = CONTACT_INVITATION.search(value)
    if invitation is None:
        return None
    words = value[invitation.end() :].split()
    for size in (5, 4, 3, 2):
        if len(words) < size or (len(words) > size and not words[size][:1].islower()):
            continue
        lead = " ".join(words[:size])
        if is_name(lead):
            return lead
    return None


_LABEL_PREFIX = re.compile(r"^(?:t[ée]l|tel|mob|port|e-?mail|mail|courriel|fax)\b\.?\s*:?\s*", re.I)


def _classify(value: str) -> str | None:
    value = _LABEL_PREFIX.sub("", value)
    if not value or not any(c.isalpha() for c in value):
        return None
    if is_name(value):
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
