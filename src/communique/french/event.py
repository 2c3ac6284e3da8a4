"""The words of a press invitation: its labels, its practical lines, its accreditation.

An ``Invitation presse``, an ``Avis aux médias`` or a ``Point presse`` announces an event:
when (``Date :``, ``le jeudi 14 mars 2024 de 10 h à 12 h``), where (``Lieu :``,
``Adresse :``), and how journalists get in (``Accréditation obligatoire avant le …``). Each
table below is data the event step (`communique.extract.event`) reads; the weights of
its date candidates are `communique.french.weights.EVENT_EVIDENCE`.

Rules of this module (those of `communique.french.vocabulary`): case-insensitive, both
apostrophes, any run of spaces between words, every repetition bounded.
"""

from __future__ import annotations

import re

from ._phrases import alternatives, initials

__all__ = [
    "ACCREDITATION",
    "ACCREDITATION_WORDS",
    "DATE_LABELS",
    "DEADLINE",
    "DEADLINE_WORDS",
    "FIELD_LINE",
    "INVITATION_KEYWORDS",
    "INVITATION_LABEL",
    "INVITATION_LABELS",
    "INVITATION_LABEL_WORDS",
    "INVITED_PRESS",
    "POSTCODE_TOWN",
    "TIME_JOIN",
    "TIME_LABELS",
    "VENUE_LABELS",
    "field_kind",
]

#: The labels of a document that invites the press (as a document type or a line of its own).
INVITATION_LABELS: tuple[str, ...] = (
    "invitation presse",
    "invitation de presse",
    "invitation à la presse",
    "invitation aux médias",
    "invitation média",
    "invitation médias",
    "avis aux médias",
    "appel aux médias",
    "avis aux rédactions",
    "avis de presse",
    "avis média",
    "point presse",
    "point de presse",
    "conférence de presse",
    "rendez-vous presse",
    "visite de presse",
    "voyage de presse",
    "save the date",
    "invitation",
    "media advisory",
)

#: Labels of a line giving the event's day (``Date : jeudi 14 mars 2024``).
DATE_LABELS: tuple[str, ...] = ("date", "quand", "jour", "date et heure", "date et horaires", "le")
#: Labels of a line giving its hours (``Horaires : 10 h – 12 h``).
TIME_LABELS: tuple[str, ...] = ("horaires", "horaire", "heure", "heures")
#: Labels of a line giving its place (``Lieu : Maison de la Région, 22 boulevard …``).
VENUE_LABELS: tuple[str, ...] = (
    "lieu",
    "où",
    "adresse",
    "lieu du rendez-vous",
    "rendez-vous",
    "rdv",
    "accueil",
)

#: What opens an accreditation line.
ACCREDITATION_WORDS: tuple[str, ...] = (
    "accréditation",
    "accréditations",
    "inscription obligatoire",
    "inscription préalable",
    "inscription indispensable",
    "sur inscription",
    "merci de confirmer votre présence",
    "merci de confirmer votre participation",
    "merci de bien vouloir confirmer votre présence",
    "prière de confirmer votre présence",
    "confirmation de présence",
)
#: What introduces an accreditation's deadline (``avant le 12 mars``).
DEADLINE_WORDS: tuple[str, ...] = ("avant le", "avant", "jusqu'au", "au plus tard le", "d'ici le")


#: An invitation label standing alone on a line (decorations and a trailing colon aside).
INVITATION_LABEL = re.compile(
    rf"[\s*_#>|•–—-]{{0,6}}(?P<label>{alternatives(INVITATION_LABELS)})(?!\w)[\s*_:!.–—-]{{0,6}}",
    re.I,
)

#: Journalists addressed: invited, asked to come or to get accredited.
INVITED_PRESS = re.compile(
    r"(?<!\w)(?:les\s{1,3}(?:journalistes|m[ée]dias|r[ée]dactions|repr[ée]sentants\s{1,3}de"
    r"\s{1,3}la\s{1,3}presse)\s{1,3}(?:sont|seront)\s{1,3}(?:cordialement\s{1,3})?"
    r"(?:invit[ée]s|convi[ée]s|les\s{1,3}bienvenus)"
    r"|nous\s{1,3}vous\s{1,3}(?:invitons|convions))"
    r"(?!\w)",
    re.I,
)

# A practical line: "Date : …", "• Lieu – …", "Horaires : …" (a label, a colon or a dash).
_FIELD_LABELS = alternatives(DATE_LABELS + TIME_LABELS + VENUE_LABELS)
#: A labelled line of an invitation; ``label`` and ``value`` are its two parts.
FIELD_LINE = re.compile(
    rf"[\s*_•>-]{{0,4}}(?P<label>{_FIELD_LABELS})\s{{0,3}}(?:[:–—]|-(?=\s))\s{{0,3}}(?P<value>\S.{{0,300}})",
    re.I,
)

_FOLDED = {
    **dict.fromkeys(DATE_LABELS, "date"),
    **dict.fromkeys(TIME_LABELS, "time"),
    **dict.fromkeys(VENUE_LABELS, "venue"),
}


def field_kind(label: str) -> str | None:
    """``date``, ``time`` or ``venue`` for a `FIELD_LINE` label; ``None`` otherwise."""
    key = " ".join(label.lower().replace("’", "'").split())
    return _FOLDED.get(key) or _FOLDED.get(key.replace("ù", "u"))


#: An accreditation line's opening words, anywhere in a short line.
ACCREDITATION = re.compile(
    rf"(?<!\w){initials(ACCREDITATION_WORDS)}(?:{alternatives(ACCREDITATION_WORDS)})(?!\w)", re.I
)
#: Words before an accreditation's deadline.
DEADLINE = re.compile(rf"(?<!\w)(?:{alternatives(DEADLINE_WORDS)})\s{{0,3}}", re.I)

#: What joins a start time and an end time: ``10 h – 12 h``, ``de 10 h à 12 h``, ``10h-12h``.
TIME_JOIN = re.compile(r"\s{0,3}(?:[-–—/]|[àa]|et|jusqu['’]\s?[àa])\s{0,3}", re.I)

#: A French postcode and its town: ``31000 Toulouse``, ``75014 Paris``, ``97200
#: Fort-de-France``, ``Paris 14ème`` is read by the caller.
POSTCODE_TOWN = re.compile(
    r"(?<!\d)(?:F-)?\d{5}\s{1,3}(?P<town>[A-ZÀ-Ý][\w'’-]{1,40}(?:\s{1,2}[\w'’-]{1,40}){0,3}?)"
    r"(?:\s{1,3}cedex(?:\s{1,2}\d{1,2})?)?\s*$",
    re.I,
)

#: Lower-case words one of which every match of `INVITED_PRESS` and
#: `ACCREDITATION` holds: a release with none of them is not read line by line.
INVITATION_KEYWORDS: tuple[str, ...] = (
    "invit",
    "convi",
    "bienvenu",
    "accr",
    "inscription",
    "confirm",
)

#: Lower-case words one of which every `INVITATION_LABEL` holds (a cheap test first).
INVITATION_LABEL_WORDS: tuple[str, ...] = (
    "invit", "avis", "point", "conf", "rendez", "visite", "voyage", "save", "appel", "advisory",
)  # fmt: skip
