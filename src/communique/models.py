"""The result types: frozen, slotted attrs classes holding plain Python values.

Rules of this module:

* Sequences are tuples, optional values are ``X | None``, dates are `datetime.date`,
  moments naive `datetime.datetime` (their zone is a field beside them), times of day
  `datetime.time`.
* Every extracted value knows where it came from: a *span* is a ``(start, end)`` pair of
  offsets into `PressRelease.text`, the normalised source text.
* [`PressRelease.to_dict`][communique.PressRelease.to_dict] mirrors the attribute names key for key,
  and [`PressRelease.from_dict`][communique.PressRelease.from_dict] restores an equal object, so
  JSON round trips are lossless; a key that is missing, unknown or of the wrong type raises
  ``ValueError`` naming its path (``sections[2].span``).
* ``repr(release)`` is one short line (headline, date, place, counts): a release holds its
  whole text, which a notebook should not print.
"""

from __future__ import annotations

import datetime as dt
import enum
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from ._arguments import given

__all__ = [
    "Attachment",
    "Candidate",
    "Contact",
    "DateMention",
    "Dateline",
    "Diagnostic",
    "Embargo",
    "Event",
    "Explanation",
    "Header",
    "Issuer",
    "PressRelease",
    "Quote",
    "Section",
    "SectionKind",
    "Severity",
    "Span",
    "TextBlock",
]

#: ``(start, end)`` offsets into `PressRelease.text`; ``text[start:end]`` is the source
#: of a value (with its markup, when the input had any).
Span = tuple[int, int]


class Severity(enum.StrEnum):
    """How much a diagnostic matters."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


class SectionKind(enum.StrEnum):
    """What a body section is."""

    BODY = "body"
    ABOUT = "about"  # "À propos de …" boilerplate, one per organisation
    CONTACT = "contact"  # the press-contact block
    NOTES = "notes"  # "Notes aux rédactions", "Pour en savoir plus", annexes
    FURNITURE = "furniture"  # text kept only so nothing is lost: page numbers, portal chrome


@attrs.frozen
class Diagnostic:
    """Something odd or missing in the input, recorded instead of raised.

    ``code`` is a stable kebab-case identifier (see ``docs/diagnostics.md``).
    """

    code: str
    severity: Severity
    message: str
    span: Span | None = None


@attrs.frozen
class Issuer:
    """An organisation or person issuing the release; ``title`` is the office held."""

    name: str
    title: str | None = None
    span: Span | None = None
    title_span: Span | None = None


@attrs.frozen
class Header:
    """What stands above the body: issuers, document type, reference, headline, lede."""

    issuers: tuple[Issuer, ...] = ()
    doc_type: str | None = None
    reference: str | None = None
    headline: str | None = None
    lede: str | None = None
    websites: tuple[str, ...] = ()
    doc_type_span: Span | None = None
    reference_span: Span | None = None
    headline_span: Span | None = None
    lede_span: Span | None = None
    website_spans: tuple[Span, ...] = ()


@attrs.frozen
class Dateline:
    """Where and when the release was issued: ``Paris, le 24 juillet 2012``."""

    text: str
    place: str | None = None
    date: dt.date | None = None
    span: Span | None = None
    place_span: Span | None = None
    date_span: Span | None = None


@attrs.frozen
class TextBlock:
    """One paragraph, list item, quote, heading or table row of a section, as plain text."""

    kind: str
    text: str
    span: Span


@attrs.frozen
class Section:
    """A run of body blocks under one heading (``heading`` is ``None`` before the first)."""

    kind: SectionKind
    heading: str | None
    blocks: tuple[TextBlock, ...]
    span: Span
    heading_span: Span | None = None


@attrs.frozen
class Contact:
    """A press contact: a person or a service, with e-mails and phones as written.

    ``phones_e164`` holds, in the same order, the E.164 form of each phone number when it
    could be derived, else an empty string: overseas numbers take their territory's code
    (``0590 12 34 56`` -> ``+590590123456``). ``phone_kinds`` says, in the same order, what
    each number rings (``fixed``, ``mobile``, ``voip``, ``freephone``, ``shared-cost``,
    ``premium``, ``short``…; ``""`` when it cannot be told); see `communique.dialling`.
    """

    name: str | None = None
    role: str | None = None
    organisation: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    phones_e164: tuple[str, ...] = ()
    span: Span | None = None
    phone_kinds: tuple[str, ...] = ()


@attrs.frozen
class DateMention:
    """A date mentioned in the body (an event, a deadline), resolved when possible.

    Relative mentions (``lundi prochain``, ``le 25 novembre dernier``) are resolved against
    the dateline's date; ``date`` is ``None`` when they cannot be.
    """

    text: str
    date: dt.date | None
    span: Span
    relative: bool = False


@attrs.frozen
class Embargo:
    """When the release may be published: ``Sous embargo jusqu'au 12 mars 2024, 10 h``.

    ``moment`` is naive, in ``zone`` (``Europe/Paris`` unless the text names another:
    ``heure de Montréal``, ``GMT``); it is ``None`` when the release is free to publish
    (``immediate``: ``Pour diffusion immédiate``) or when an embargo is announced without a
    moment that can be read. A date without a time is the start of that day (``time_span``
    is then ``None``). ``text`` is the embargo statement as written (plain text).

    !!! info "Added in version 0.1"
    """

    text: str
    moment: dt.datetime | None = None
    immediate: bool = False
    zone: str | None = None
    span: Span | None = None
    date_span: Span | None = None
    time_span: Span | None = None
    zone_span: Span | None = None


@attrs.frozen
class Event:
    """What a press invitation invites to: when, where, and how journalists get in.

    ``date`` is the event's day, never the release's (``release.date``); ``start`` and
    ``end`` are naive times of day in French legal time. ``venue``, ``address`` and ``town``
    are as written (``Maison de la Région`` / ``22 boulevard du Maréchal-Juin, 31000
    Toulouse`` / ``Toulouse``). ``accreditation`` is the line asking journalists to register,
    with its ``accreditation_deadline`` and its ``accreditation_contact`` (an e-mail or a
    phone as written). ``label`` is the invitation's label (``Invitation presse``).

    !!! info "Added in version 0.1"
    """

    label: str | None = None
    date: dt.date | None = None
    start: dt.time | None = None
    end: dt.time | None = None
    venue: str | None = None
    address: str | None = None
    town: str | None = None
    accreditation: str | None = None
    accreditation_deadline: dt.date | None = None
    accreditation_contact: str | None = None
    label_span: Span | None = None
    date_span: Span | None = None
    start_span: Span | None = None
    end_span: Span | None = None
    venue_span: Span | None = None
    address_span: Span | None = None
    town_span: Span | None = None
    accreditation_span: Span | None = None


@attrs.frozen
class Quote:
    """A quotation of a person in the body, and who said it.

    ``text`` is the quotation without its marks (paragraphs joined by a blank line);
    ``speaker`` is as written, a person (``Jean Dupont``, ``Mme Anne Martin``) or an office
    named without a name (``le préfet``), ``None`` when it cannot be told; ``role`` is the
    office written beside the name (``ministre de la Culture``). ``attribution`` names the
    rule that gave the speaker (``after``, ``pronoun``, ``before``, ``colon-above``,
    ``dash-below``; ``None`` with no speaker). ``span`` covers the quotation with its marks.

    !!! info "Added in version 0.1"
    """

    text: str
    speaker: str | None = None
    role: str | None = None
    span: Span | None = None
    speaker_span: Span | None = None
    role_span: Span | None = None
    attribution: str | None = None


@attrs.frozen
class Attachment:
    """A file the release links: its PDF version, its press kit, a photo.

    ``url`` is the target as written; ``resolved_url`` the absolute address (the target
    itself when absolute, resolved against the page's base URL when the source gives one,
    else ``None``). ``kind`` is ``pdf``, ``image``, ``press-kit``, ``archive``, ``document``,
    ``spreadsheet``, ``presentation``, ``video`` or ``audio``; ``text`` the link's text as
    written (``Télécharger le communiqué (PDF, 245 Ko)``) and ``span`` where it is.

    !!! info "Added in version 0.1"
    """

    url: str
    text: str
    kind: str
    resolved_url: str | None = None
    span: Span | None = None


@attrs.frozen
class Candidate:
    """A value a field could have taken: where it was read, and the evidence that weighed it.

    ``value`` is the value as the field holds it (an ISO string for a date); ``source`` names
    the rule that collected it (``header-dateline``, ``metadata``…); ``evidence`` lists the
    codes that fired, each with the weight of ``communique.french.weights`` that it added to
    ``score``.
    """

    value: str
    source: str
    evidence: tuple[str, ...]
    score: float
    span: Span | None = None


@attrs.frozen
class Explanation:
    """Why a field holds its value: the candidate chosen and the best one rejected.

    ``candidates`` counts every candidate collected for the field. Read one with
    [`PressRelease.explain`][communique.PressRelease.explain], or all of them with ``communique show
    --explain``.
    """

    field: str
    chosen: Candidate | None
    rejected: Candidate | None = None
    candidates: int = 0


@attrs.frozen
class PressRelease:
    """A parsed press release.

    ``text`` is the normalised source text (newlines as ``\\n``, Unicode NFC, no BOM) into
    which every span of the result indexes. ``is_press_release`` says whether the text looks
    like a press release at all, and ``evidence`` lists why (stable codes such as
    ``doc-type``, ``dateline``, ``contact-block``).
    """

    header: Header
    dateline: Dateline | None
    sections: tuple[Section, ...]
    contacts: tuple[Contact, ...]
    diagnostics: tuple[Diagnostic, ...]
    adapter: str
    text: str
    is_press_release: bool = False
    evidence: tuple[str, ...] = ()
    mentions: tuple[DateMention, ...] = ()
    explanations: tuple[Explanation, ...] = ()
    embargo: Embargo | None = None
    event: Event | None = None
    quotes: tuple[Quote, ...] = ()
    attachments: tuple[Attachment, ...] = ()

    def explain(self, field: str) -> Explanation | None:
        """Why ``field`` (``"date"``, ``"place"``…) holds its value; ``None`` if not recorded.

        The fields chosen among weighed candidates are listed in ``docs/model.md``.
        """
        for explanation in self.explanations:
            if explanation.field == field:
                return explanation
        return None

    @property
    def date(self) -> dt.date | None:
        """The release date (shortcut for ``dateline.date``)."""
        return self.dateline.date if self.dateline is not None else None

    @property
    def headline(self) -> str | None:
        """The headline (shortcut for ``header.headline``)."""
        return self.header.headline

    def about_sections(self) -> tuple[Section, ...]:
        """The ``À propos de …`` boilerplate sections."""
        return tuple(s for s in self.sections if s.kind is SectionKind.ABOUT)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict mirroring the attributes key for key (dates as ISO strings)."""
        result = _unstructure(self)
        assert isinstance(result, dict)
        return result

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PressRelease:
        """Restore a release from [`to_dict`][communique.PressRelease.to_dict] output (or its JSON).

        The ``file`` key the command line adds to each record is ignored. A key that is
        missing, unknown or holds a value of the wrong type raises ``ValueError`` naming it
        (``dateline.date``, ``sections[2].span``); ``data`` that is not a mapping raises
        ``TypeError``.
        """
        if not isinstance(data, Mapping):
            raise TypeError(
                "PressRelease.from_dict: data must be a dict such as PressRelease.to_dict() "
                f"gives, not {given(data)}"
            )
        return _structure({k: v for k, v in data.items() if k != "file"}, cls, "")

    def __repr__(self) -> str:
        place = self.dateline.place if self.dateline is not None else None
        date = self.date.isoformat() if self.date is not None else None
        return (
            f"PressRelease(headline={_shortened(self.header.headline)!r}, date={date}, "
            f"place={_shortened(place)!r}, sections={len(self.sections)}, "
            f"contacts={len(self.contacts)}, diagnostics={len(self.diagnostics)})"
        )


def _shortened(text: str | None, limit: int = 60) -> str | None:
    return text if text is None or len(text) <= limit else text[: limit - 1].rstrip() + "…"


# -- (un)structuring ---------------------------------------------------------------------
# A small generic converter driven by the attrs field annotations, so a new model field
# needs no serialisation code.


def _unstructure(value: Any) -> object:
    if attrs.has(type(value)):
        return {f.name: _unstructure(getattr(value, f.name)) for f in attrs.fields(type(value))}
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, tuple):
        return [_unstructure(v) for v in value]
    return value


_T = TypeVar("_T")


# The errors of from_dict name the key by its path in the data: ``sections[2].span``.


def _wrong(path: str, expected: str, value: object) -> ValueError:
    return ValueError(f"PressRelease.from_dict: {path!r} must be {expected}, not {given(value)}")


def _structure(data: Any, cls: type[_T], path: str) -> _T:
    if not isinstance(data, Mapping):
        raise _wrong(path, f"an object with the keys of {cls.__name__}", data)
    hints = _hints(cls)
    fields: tuple[attrs.Attribute[Any], ...] = attrs.fields(cls)  # type: ignore[arg-type]
    names = [f.name for f in fields]
    prefix = f"{path}." if path else ""
    unknown = [key for key in data if key not in names]
    if unknown:
        raise ValueError(
            f"PressRelease.from_dict: unknown key {prefix + unknown[0]!r} "
            f"(a {cls.__name__} has {', '.join(names)})"
        )
    missing = [f.name for f in fields if f.default is attrs.NOTHING and f.name not in data]
    if missing:
        raise ValueError(
            f"PressRelease.from_dict: missing key {prefix + missing[0]!r} "
            f"(a {cls.__name__} needs {', '.join(missing)})"
        )
    kwargs = {
        f.name: _structure_value(data[f.name], hints[f.name], f"{prefix}{f.name}")
        for f in fields
        if f.name in data
    }
    return cls(**kwargs)


def _hints(cls: type) -> dict[str, Any]:
    cached = _HINTS.get(cls)
    if cached is None:
        cached = _HINTS[cls] = typing.get_type_hints(cls)
    return cached


_HINTS: dict[type, dict[str, Any]] = {}


def _structure_value(value: Any, hint: Any, path: str) -> Any:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None:
            return None
        (inner,) = (a for a in typing.get_args(hint) if a is not type(None))
        return _structure_value(value, inner, path)
    if origin is tuple:
        args = typing.get_args(hint)
        if not isinstance(value, list | tuple):
            raise _wrong(path, "a list", value)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(_structure_value(v, args[0], f"{path}[{i}]") for i, v in enumerate(value))
        if len(value) != len(args):
            raise _wrong(path, f"a list of {len(args)} values", value)
        return tuple(
            _structure_value(v, a, f"{path}[{i}]")
            for i, (v, a) in enumerate(zip(value, args, strict=True))
        )
    if hint is dt.datetime or hint is dt.time:
        kind = "an ISO date and time such as '2024-01-15T10:30:00'"
        if hint is dt.time:
            kind = "an ISO time such as '10:30:00'"
        if not isinstance(value, str):
            raise _wrong(path, kind, value)
        try:
            return hint.fromisoformat(value)
        except ValueError:
            raise _wrong(path, kind, value) from None
    if hint is dt.date:
        if not isinstance(value, str):
            raise _wrong(path, "an ISO date string such as '2024-01-15'", value)
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            raise _wrong(path, "an ISO date string such as '2024-01-15'", value) from None
    if isinstance(hint, type) and attrs.has(hint):
        return _structure(value, hint, path)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        try:
            return hint(value)
        except ValueError:
            accepted = ", ".join(repr(member.value) for member in hint)
            raise _wrong(path, f"one of {accepted}", value) from None
    if hint is bool and not isinstance(value, bool):
        raise _wrong(path, "true or false", value)
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise _wrong(path, "an integer", value)
    if hint is str and not isinstance(value, str):
        raise _wrong(path, "a string", value)
    return value
