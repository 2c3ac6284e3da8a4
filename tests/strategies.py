"""Every hypothesis strategy of the test suite, in one place.

Three families:

* **metamorphic transforms** of a release text that must not change what is extracted
  (line endings, blank lines, Unicode form, no-break spaces, emphasis, re-wrapping, a BOM);
* **generated releases**: a :class:`GenRelease` is drawn from French vocabulary (issuers,
  places, dates in every supported style, headlines, bodies, ``À propos`` sections, contacts
  in every supported layout) and rendered to plain text or Markdown; it knows the values the
  parser must give back;
* **release-like noise** for totality tests: header words, datelines, contact keywords,
  Markdown and HTML fragments, control characters, lone surrogates and enormous lines.

When a model field is added, add it here.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import unicodedata
from collections.abc import Callable

import attrs
from hypothesis import strategies as st

NBSP = "\N{NO-BREAK SPACE}"
NNBSP = "\N{NARROW NO-BREAK SPACE}"

# -- vocabulary ----------------------------------------------------------------------------

MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
# The abbreviations French typography uses (``mai``, ``juin``, ``août`` are never abbreviated).
MONTH_ABBREVIATIONS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)
WEEKDAY_NAMES = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")

PLACES = (
    "Paris",
    "Lyon",
    "Marseille",
    "Le Bourget",
    "Saint-Étienne",
    "Aix-en-Provence",
    "Clermont-Ferrand",
    "Lyon (Rhône)",
    "Rennes",
    "La Rochelle",
    "Fort-de-France",
    "Boulogne-sur-Mer",
)
ORGANISATION_ISSUERS = (
    "MINISTÈRE DE LA CULTURE",
    "MINISTÈRE DE L'AGRICULTURE ET DE L'ALIMENTATION",
    "PRÉFECTURE DE LA RÉGION OCCITANIE",
    "Préfecture du Rhône",
    "Région Bretagne",
    "Conseil départemental de la Gironde",
    "Agence régionale de santé Normandie",
    "Ville de Nantes",
)
# Organisations named by a head noun of culture, teaching, health or mutual aid, set in
# capitals at the top of a letterhead: no ministry or region word to tell them by.
BODY_ISSUERS = (
    "FESTIVAL LUMIÈRES DU NORD",
    "MUSÉE DES BEAUX-ARTS DE ROUEN",
    "THÉÂTRE DU MOULIN",
    "ORCHESTRE NATIONAL DE LA LOIRE",
    "CAMPUS MER & LITTORAL",
    "CHU DE SAINT-ÉTIENNE",
    "COLLECTIF LOIRE VIVANTE",
    "RÉGIE DES EAUX DU PAYS DE FOUGÈRES",
    "MUTUELLE DES ARTISANS DU JURA",
    "CONSERVATOIRE DE CAEN LA MER",
)
GIVEN_NAMES = (
    "Anaïs",
    "Aziz",
    "Jean-Luc",
    "Marie-Hélène",
    "Sophie",
    "Karim",
    "Élodie",
    "Thomas",
    "Nathalie",
    "Benoît",
)
FAMILY_NAMES = (
    "MARQUES",
    "RIDOUAN",
    "DUPONT",
    "Lefèvre",
    "Martin",
    "BERNARD",
    "Nguyen",
    "Girard",
    "FONTAINE",
    "Rousseau",
)
ROLES = (
    "conseiller presse",
    "conseillère presse et communication",
    "chargée de communication",
    "attaché de presse",
    "responsable des relations presse",
)
# Roles written in title case, a role noun and a capitalised complement: shaped like a
# name ("Coordinateur Allemagne"), read as a role.
TITLE_CASE_ROLES = (
    "Coordinateur Allemagne",
    "Directrice Communication",
    "Responsable Presse",
    "Attachée Presse",
    "Président Fondateur",
    "Chargée Relations Médias",
    "Head Communications",
    "Porte-parole National",
)
DOC_TYPES = (
    "Communiqué de presse",
    "COMMUNIQUÉ DE PRESSE",
    "COMMUNIQUE DE PRESSE",
    "Dossier de presse",
    "Invitation presse",
)
CONTACT_HEADINGS = (
    "Contact presse",
    "Contacts presse",
    "Contact presse :",
    "Relations presse",
    "Attachée de presse",
)
SUBJECTS = (
    "Le préfet",
    "La ministre",
    "La Région",
    "Le pôle de compétitivité",
    "L'agence régionale",
    "La métropole",
)
VERBS = ("lance", "inaugure", "présente", "soutient", "annonce", "signe")
OBJECTS = (
    "un appel à projets pour l'innovation numérique",
    "la nouvelle médiathèque du quartier des Minguettes",
    "un plan de soutien aux PME exportatrices",
    "la convention de partenariat avec les chambres consulaires",
    "les lauréats du concours d'innovation 2019",
    "un fonds de 20 millions d'euros pour la transition écologique",
)
SENTENCES = (
    "Le dispositif s'adresse aux entreprises de moins de 250 salariés installées dans la région.",
    "Les candidatures seront examinées par un comité réunissant l'État et les collectivités.",
    "Plus de 140 PME ont déjà exprimé leur intérêt lors des réunions d'information.",
    "Cette initiative s'inscrit dans la continuité des actions engagées depuis trois ans.",
    "Les premiers résultats seront présentés au public à l'occasion du salon professionnel.",
    "Le financement est assuré conjointement par l'État, la Région et les partenaires privés.",
    "Les élus ont salué une démarche collective au service de l'emploi et des territoires.",
)
# Press services signing a contact block without a person's name.
SERVICES = (
    "Service de presse de la préfecture",
    "Bureau de la communication interministérielle",
    "Direction de la communication",
    "Pôle presse du ministère",
)
ABOUT_NAMES = ("ASTech Paris Region", "la Région Bretagne", "l'Agence régionale de santé")
DOMAINS = ("culture.gouv.fr", "pole-astech.org", "bretagne.bzh", "rhone.gouv.fr")


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# -- dates in every supported French style --------------------------------------------------

DATE_STYLES = (
    "plain",  # 24 juillet 2012
    "weekday",  # mardi 24 juillet 2012
    "capitals",  # 24 JUILLET 2012 (with the whole dateline in capitals)
    "abbreviated",  # 24 juil. 2012
    "slash",  # 24/07/2012
    "dot",  # 24.07.2012
    "nbsp",  # 24 juillet 2012 with no-break spaces
    "unaccented",  # 5 fevrier 2018
    "superscript",  # 1ᵉʳ mars 2005 (the first of the month with a superscript ordinal)
    "dash",  # 24-07-2012
    "short-year",  # 24/07/12
    "unpadded",  # 5/3/2024
    "iso",  # 2012-07-24 (year first, as metadata and portal timestamps write it)
)


def render_date(date: dt.date, style: str) -> str:
    """``date`` written in ``style``; the first of the month is ``1er`` in word styles."""
    if style == "slash":
        return f"{date.day:02d}/{date.month:02d}/{date.year}"
    if style == "dot":
        return f"{date.day:02d}.{date.month:02d}.{date.year}"
    if style == "dash":
        return f"{date.day:02d}-{date.month:02d}-{date.year}"
    if style == "short-year":
        return f"{date.day:02d}/{date.month:02d}/{date.year % 100:02d}"
    if style == "unpadded":
        return f"{date.day}/{date.month}/{date.year}"
    if style == "iso":
        return date.isoformat()
    day = str(date.day)
    if date.day == 1:
        day = "1ᵉʳ" if style == "superscript" else "1er"
    month = MONTH_NAMES[date.month - 1]
    if style == "abbreviated":
        month = MONTH_ABBREVIATIONS[date.month - 1]
    elif style == "unaccented":
        month = _ascii_fold(month)
    text = f"{day} {month} {date.year}"
    if style == "weekday":
        text = f"{WEEKDAY_NAMES[date.weekday()]} {text}"
    elif style == "capitals":
        text = text.upper()
    elif style == "nbsp":
        text = text.replace(" ", NBSP)
    return text


dates = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2030, 12, 31))


def _address_forms(date: dt.date) -> tuple[str, ...]:
    """The ways blogs and static sites write a post's day in its address or file name."""
    y, m, d = date.year, date.month, date.day
    return (
        f"/{y}/{m:02d}/{d:02d}/communique-de-presse/",  # WordPress's and Jekyll's permalinks
        f"https://www.example.org/fr/{y}/{m:02d}/{d:02d}/statement.html",
        f"_posts/{y}-{m:02d}-{d:02d}-communique.md",  # Jekyll's file names
        f"{y}-{m:02d}-{d:02d}-cp-{m}-{y % 100:02d}.md",
        f"content/presse/{y}_{m:02d}_{d:02d}_titre.md",
        f"communique-de-presse-du-{d}-{m:02d}-{y}.md",  # a French slug of a dated title
        f"communique-du-{d}-{_SLUG_MONTHS[m - 1]}-{y}.md",
        f"/actualites/{y}/{m}/{d}/",
        f"{y}{m:02d}{d:02d}_CP.md",  # the compact form press rooms name their files with
    )


# The months as a slug spells them (no accent).
_SLUG_MONTHS = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
    "octobre", "novembre", "decembre",
)  # fmt: skip


#: A day and an address (a URL's path or a file's name) that writes it.
dated_addresses = dates.flatmap(
    lambda date: st.tuples(st.just(date), st.sampled_from(_address_forms(date)))
)

#: Where a release states its date, besides a dateline under its header: each form renders
#: the date line (or the paragraph opening) that the parser must read the date from.
DATE_PLACEMENTS = (
    "publication-label",  # Date de publication : 24 juillet 2012
    "published-then-updated",  # Publié le 24/07/2012 – Mis à jour le 30/07/2012
    "signed-at",  # Fait à Lyon, le 24 juillet 2012 (closing the release)
    "lead",  # Le mardi 24 juillet 2012, la préfecture … (opening the first paragraph)
    "date-alone",  # 24 juillet 2012 on its own line under the headline
)
#: How a dateline joins its place and its date, in French usage: ", le" (France), a bare
#: comma or a dash (wires, Switzerland), ", ce" (Belgium), and the date first.
DATELINE_FORMS = (
    "{place}, le {date}",
    "{place}, {date}",
    "{place} – {date}",
    "{place}, ce {date}",
    "{place} le {date}",
    "À {place}, le {date}",
    "{date}, {place}",
    "{date} – {place}",
)
PUBLICATION_LABELS = (
    "Date de publication :",
    "Publié le",
    "Mis en ligne le",
    "Date de diffusion :",
    "Communiqué du",
    "Déposé le",
    "Produit le",
    "Émis le",
)


def render_range(first: dt.date, style: str) -> str:
    """A two-day range in words (``les 7 et 8 février 2024``, ``du 7 au 8 …``, ``7-8 …``)."""
    last = first + dt.timedelta(days=1)
    month = MONTH_NAMES[first.month - 1]
    join = {"et": "les {} et {}", "au": "du {} au {}", "dash": "{}-{}"}[style]
    return join.format(first.day, last.day) + f" {month} {first.year}"


# -- embargoes: every label, date style, time form and zone -----------------------------------

#: Embargo labels as releases write them (each followed by the moment).
EMBARGO_LABELS = (
    "EMBARGO JUSQU'AU",
    "Sous embargo jusqu'au",
    "SOUS EMBARGO JUSQU’AU",
    "Embargo :",
    "Embargo –",
    "ATTENTION – Sous embargo jusqu'au",
    "Ne pas diffuser avant le",
    "À NE PAS PUBLIER AVANT LE",
    "Pas de diffusion avant le",
    "Diffusion autorisée à partir du",
    "*** EMBARGO :",
)
#: The label alone on its line, the moment on the next one.
EMBARGO_ALONE = ("SOUS EMBARGO", "EMBARGO", "Embargo :")
#: How a release says there is no embargo.
IMMEDIATE_LABELS = (
    "Pour diffusion immédiate",
    "POUR DIFFUSION IMMÉDIATE",
    "Pour publication immédiate",
    "Sans embargo",
    "FOR IMMEDIATE RELEASE",
)
TIME_STYLES = (
    "h",  # 10h, 0h01
    "h-spaced",  # 10 h 30, 10 h
    "H00",  # 10H00
    "colon",  # 10:30
    "heures",  # 10 heures 30
    "nbsp",  # 10 h 30 with no-break spaces
    "word",  # midi, minuit (only 12:00 and 00:00)
)
#: How the time joins the date.
TIME_JOINS = (", ", " à ", " – ", " ", ", à ")
#: Zones as written -> as read (``None``: no zone, French legal time).
EMBARGO_ZONES = (
    (None, "Europe/Paris"),
    ("heure de Paris", "Europe/Paris"),
    ("(heure de Paris)", "Europe/Paris"),
    ("CET", "CET"),
    ("GMT", "GMT"),
    ("heure de Montréal", "America/Toronto"),
    ("UTC+1", "UTC+1"),
)


def render_time(time: dt.time, style: str) -> str:
    """``time`` in one French form (``word`` only for noon and midnight)."""
    if style == "word" and time.minute == 0 and time.hour in (0, 12):
        return "midi" if time.hour == 12 else "minuit"
    minutes = f"{time.minute:02d}" if time.minute else ""
    if style == "H00":
        return f"{time.hour}H{time.minute:02d}"
    if style == "colon":
        return f"{time.hour:02d}:{time.minute:02d}"
    if style == "heures":
        return f"{time.hour} heures" + (f" {minutes}" if minutes else "")
    if style == "h-spaced":
        return f"{time.hour} h" + (f" {minutes}" if minutes else "")
    if style == "nbsp":
        return f"{time.hour}{NNBSP}h" + (f"{NNBSP}{minutes}" if minutes else "")
    return f"{time.hour}h{minutes}"


@attrs.frozen
class GenEmbargo:
    """An embargo statement as rendered, and the moment and zone it must give back."""

    lines: tuple[str, ...]  # one line, or the label then the moment
    moment: dt.datetime | None
    zone: str | None
    immediate: bool = False


@st.composite
def gen_embargoes(draw: st.DrawFn) -> GenEmbargo:
    """An embargo in any label, date style, time form and zone, or an immediate release."""
    if draw(st.integers(0, 9)) == 0:
        return GenEmbargo((draw(st.sampled_from(IMMEDIATE_LABELS)),), None, None, True)
    date = draw(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2030, 12, 31)))
    style = draw(st.sampled_from(TIME_STYLES))
    if style == "word":
        time = draw(st.sampled_from((dt.time(12, 0), dt.time(0, 0))))
    else:
        time = dt.time(draw(st.integers(0, 23)), draw(st.sampled_from((0, 0, 1, 15, 30, 45))))
    date_style = draw(st.sampled_from(DATE_STYLES))
    written, zone = draw(st.sampled_from(EMBARGO_ZONES))
    moment_text = render_date(date, date_style) + draw(st.sampled_from(TIME_JOINS))
    moment_text += render_time(time, style) + (f" {written}" if written else "")
    if draw(st.booleans()):
        lines: tuple[str, ...] = (f"{draw(st.sampled_from(EMBARGO_LABELS))} {moment_text}",)
    else:
        lines = (draw(st.sampled_from(EMBARGO_ALONE)), moment_text)
    return GenEmbargo(lines, dt.datetime.combine(date, time), zone)


# -- press invitations: labels, dates, hours, places, accreditation ------------------------

INVITATION_LABELS = ("INVITATION PRESSE", "Avis aux médias", "Point presse", "Invitation",
                     "AVIS AUX RÉDACTIONS", "Conférence de presse")  # fmt: skip
#: (venue, address, town): the address's last piece names the town.
EVENT_PLACES = (
    ("Lycée Charles-de-Gaulle", "12 avenue de la République, 31600 Muret", "Muret"),
    ("Maison de la Région", "22 boulevard du Maréchal-Juin, 31400 Toulouse", "Toulouse"),
    ("Hôtel de préfecture", "1 place Saint-Étienne, 31038 Toulouse Cedex 9", "Toulouse"),
    ("Salle des fêtes", "3, rue des Écoles, 97200 Fort-de-France", "Fort-de-France"),
    ("Cité universitaire – Maison internationale", "17 boulevard Jourdan, Paris 14ème", "Paris"),
)
#: How the event's day and hours are written: a practical line or a sentence.
EVENT_DATE_LAYOUTS = ("date-line", "sentence")
ACCREDITATION_LINES = (
    "Accréditation obligatoire avant le {deadline}, auprès de {email}",
    "Merci de confirmer votre présence avant le {deadline} à {email}",
    "Inscription obligatoire jusqu'au {deadline} : {email}",
)


@attrs.frozen
class GenInvitation:
    """A press invitation as rendered, and the event it must give back."""

    text: str
    release_date: dt.date
    date: dt.date
    start: dt.time
    end: dt.time | None
    venue: str
    address: str
    town: str
    deadline: dt.date | None
    contact: str | None


@st.composite
def gen_invitations(draw: st.DrawFn) -> GenInvitation:
    """An invitation with its event a few days after its release date."""
    release_date = draw(st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2030, 12, 1)))
    date = release_date + dt.timedelta(days=draw(st.integers(2, 20)))
    start = dt.time(draw(st.integers(8, 18)), draw(st.sampled_from((0, 30, 45))))
    end = draw(st.none() | st.just(dt.time(start.hour + 2, start.minute)))
    start_style, end_style = (
        draw(st.sampled_from(TIME_STYLES[:-1])),
        draw(st.sampled_from(TIME_STYLES[:-1])),
    )
    hours = (
        f"de {render_time(start, start_style)} à {render_time(end, end_style)}"
        if end
        else (f"à {render_time(start, start_style)}")
    )
    day = render_date(date, draw(st.sampled_from(("plain", "weekday", "slash"))))
    venue, address, town = draw(st.sampled_from(EVENT_PLACES))
    if draw(st.sampled_from(EVENT_DATE_LAYOUTS)) == "date-line":
        practical = [f"Date : {day}, {hours}", f"Lieu : {venue}, {address}"]
    else:
        practical = [
            f"Les journalistes sont invités à l'inauguration le {day} {hours}.",
            f"Lieu : {venue}, {address}",
        ]
    deadline: dt.date | None = None
    contact: str | None = None
    if draw(st.booleans()):
        deadline = date - dt.timedelta(days=1)
        contact = "presse@laregion.fr"
        line = draw(st.sampled_from(ACCREDITATION_LINES))
        practical.append(line.format(deadline=render_date(deadline, "plain"), email=contact))
    label = draw(st.sampled_from(INVITATION_LABELS))
    text = "\n\n".join(
        [
            label,
            f"Toulouse, le {render_date(release_date, 'plain')}",
            "La présidente de la Région inaugurera le nouveau lycée",
            "La présidente de la Région inaugurera le lycée, en présence des élus du territoire, "
            "des représentants de l'État et de la communauté éducative réunie pour l'occasion.",
            *practical,
        ]
    )
    return GenInvitation(text + "\n", release_date, date, start, end, venue, address, town,
                         deadline, contact)  # fmt: skip


# -- quotations: marks, speakers, verbs and positions ------------------------------------------

#: What officials say in releases (each a full sentence, no quotation mark inside).
QUOTE_TEXTS = (
    "Ce projet répond à une attente forte des habitants du territoire",
    "Nous avons voulu un équipement ouvert à tous, toute l'année",
    "La sécurité des usagers reste notre priorité absolue",
    "Cette signature marque une étape décisive pour la filière",
    "Les résultats de cette première année dépassent nos objectifs",
)
#: Offices a release names instead of a person.
QUOTE_TITLES = ("le préfet", "la ministre de la Culture", "le maire de Rennes", "la présidente")
QUOTE_ROLES = ("ministre de la Culture", "présidente de la Région", "maire de Lyon",
               "directeur général de l'agence")  # fmt: skip
#: Verbs after the quotation: present and past.
QUOTE_VERBS_AFTER = ("déclare", "souligne", "précise", "se félicite", "indique", "affirme",
                     "explique", "a déclaré", "a souligné", "s'est félicitée")  # fmt: skip
#: (opening, closing) marks as releases write them.
QUOTE_MARKS = (("« ", " »"), (f"«{NNBSP}", f"{NNBSP}»"), (f"«{NBSP}", f"{NBSP}»"), ("“", "”"),
               ('"', '"'))  # fmt: skip
#: Where the speaker stands.
QUOTE_POSITIONS = (
    "after",  # « … », déclare X, role.
    "after-no-comma",  # « … » souligne X.
    "before-pour",  # Pour X, role, « … ».
    "before-selon",  # Selon X, « … ».
    "before-verb",  # X, role, a déclaré : « … »
    "colon-above",  # X, role, déclare :  (paragraph) « … »
    "signature",  # > … (paragraph) — X, role
    "multi-paragraph",  # X a déclaré : (paragraph) « … (paragraph) » … »
)


@attrs.frozen
class GenQuote:
    """A quotation as rendered (its paragraphs), and the quote it must give back."""

    paragraphs: tuple[str, ...]
    text: str
    speaker: str
    role: str | None


@st.composite
def gen_quotes(draw: st.DrawFn) -> GenQuote:
    """One quotation in any mark, speaker, verb and position."""
    words = draw(st.sampled_from(QUOTE_TEXTS))
    if draw(st.booleans()):
        speaker = f"{draw(st.sampled_from(GIVEN_NAMES))} {draw(st.sampled_from(FAMILY_NAMES))}"
        speaker = draw(st.sampled_from(("", "M. ", "Mme "))) + speaker
        role = draw(st.none() | st.sampled_from(QUOTE_ROLES))
    else:
        speaker, role = draw(st.sampled_from(QUOTE_TITLES)), None
    with_role = f"{speaker}, {role}" if role else speaker
    opening_role = f"{with_role[0].upper()}{with_role[1:]}"  # the speaker opening a sentence
    opening, closing = draw(st.sampled_from(QUOTE_MARKS))
    position = draw(st.sampled_from(QUOTE_POSITIONS))
    verb = draw(st.sampled_from(QUOTE_VERBS_AFTER))
    quoted = f"{opening}{words}{closing}"
    text = words
    if position == "after":
        paragraphs: tuple[str, ...] = (f"{quoted}, {verb} {with_role}.",)
    elif position == "after-no-comma":
        paragraphs = (f"{quoted} {verb} {with_role}.",)
    elif position == "before-pour":
        paragraphs = (f"Pour {with_role}, {quoted}.",)
    elif position == "before-selon":
        paragraphs = (f"Selon {with_role}, {quoted}.",)
    elif position == "before-verb":
        paragraphs = (f"{opening_role}{',' if role else ''} a déclaré : {quoted}",)
    elif position == "colon-above":
        paragraphs = (f"{opening_role}{',' if role else ''} déclare :", f"{quoted}")
    elif position == "signature":
        dash = draw(st.sampled_from(("— ", "– ", "")))
        paragraphs = (f"> {words}.", f"{dash}{with_role}")
        text = f"{words}."
    else:
        second = draw(st.sampled_from(QUOTE_TEXTS))
        paragraphs = (
            f"{opening_role}{',' if role else ''} a déclaré :",
            f"« {words}.",
            f"» {second}. »",
        )
        text = f"{words}.\n\n{second}."
    if position in ("signature",) and not speaker[0].isupper():
        # An office signs no quotation: "— le préfet" is not a signature line.
        paragraphs = (f"{quoted}, {verb} {with_role}.",)
        text = words
    if position in ("before-verb", "colon-above", "multi-paragraph"):
        speaker = f"{speaker[0].upper()}{speaker[1:]}"  # as written, opening its sentence
    return GenQuote(paragraphs, text, speaker, role)


# -- generated releases ---------------------------------------------------------------------

CONTACT_LAYOUTS = ("one-line", "multi-line", "service")


@attrs.frozen
class GenContact:
    """A contact as rendered, and what the parser must give back."""

    layout: str
    name: str | None
    role: str | None
    organisation: str | None
    email: str | None
    phone: str | None


@attrs.frozen
class GenRelease:
    """A generated release: the values, from which both renderings are made."""

    issuers: tuple[str, ...]
    doc_type: str
    place: str
    date: dt.date
    date_style: str
    reference: str | None
    headline: str
    lede: str
    body: tuple[str, ...]
    about: tuple[str, ...]  # the organisation names of the "À propos de …" sections
    about_text: str
    contact_heading: str
    contacts: tuple[GenContact, ...]

    def dateline_text(self) -> str:
        text = f"{self.place}, le {render_date(self.date, self.date_style)}"
        return text.upper() if self.date_style == "capitals" else text

    def expected_place(self) -> str:
        return self.place.upper() if self.date_style == "capitals" else self.place

    def about_headings(self) -> tuple[str, ...]:
        return tuple(_about_heading(name) for name in self.about)


def _about_heading(name: str) -> str:
    if name.startswith("l'"):
        return f"À propos de {name}"
    if name[0] in "AEIOUÉ":
        return f"À propos d'{name}"
    return f"À propos de {name}"


PHONE_FORMS = ("spaces", "dots", "intl-zero", "intl")


def render_phone(digits: str, form: str) -> str:
    """A French number (ten digits) in one of the common written forms."""
    pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
    if form == "dots":
        return ".".join(pairs)
    if form == "intl-zero":
        return f"+33 (0){digits[1]} " + " ".join(pairs[1:])
    if form == "intl":
        return f"+33 {digits[1]} " + " ".join(pairs[1:])
    return " ".join(pairs)


phone_digits = st.builds(
    lambda first, rest: f"0{first}{rest}",
    st.sampled_from("123459"),
    st.text("0123456789", min_size=8, max_size=8),
)
phones = st.builds(render_phone, phone_digits, st.sampled_from(PHONE_FORMS))
#: Overseas national prefixes and the country code their numbers dial.
OVERSEAS_PREFIXES = (("0590", "590"), ("0690", "590"), ("0594", "594"), ("0694", "594"),
                     ("0596", "596"), ("0696", "596"), ("0262", "262"), ("0692", "262"),
                     ("0269", "262"), ("0639", "262"), ("0508", "508"))  # fmt: skip


@attrs.frozen
class GenOverseasPhone:
    """An overseas number as written, and its E.164 form."""

    written: str
    e164: str


@st.composite
def overseas_phones(draw: st.DrawFn) -> GenOverseasPhone:
    """``0590 12 34 56``, ``05 90 12 34 56``, ``+33 590 12 34 56``, ``+590 590 12 34 56``."""
    prefix, code = draw(st.sampled_from(OVERSEAS_PREFIXES))
    rest = draw(st.text("0123456789", min_size=6, max_size=6))
    pairs = " ".join(rest[i : i + 2] for i in range(0, 6, 2))
    written = draw(
        st.sampled_from(
            (
                f"{prefix} {pairs}",
                f"{prefix[:2]} {prefix[2:]} {pairs}",
                f"{prefix}{rest}",
                f"+33 {prefix[1:]} {pairs}",
                f"+{code} {prefix[1:]} {pairs}",
            )
        )
    )
    return GenOverseasPhone(written, f"+{code}{prefix[1:]}{rest}")


person_names = st.builds(
    lambda g, f: f"{g} {f}", st.sampled_from(GIVEN_NAMES), st.sampled_from(FAMILY_NAMES)
)


def _email_for(name: str, domain: str) -> str:
    given, family = name.split(" ", 1)
    local = f"{_ascii_fold(given)}.{_ascii_fold(family)}".lower().replace(" ", "-")
    return f"{local}@{domain}"


@st.composite
def gen_contacts(draw: st.DrawFn, layout: str) -> GenContact:
    domain = draw(st.sampled_from(DOMAINS))
    phone = draw(phones)
    if layout == "service":
        service = draw(st.sampled_from(SERVICES))
        return GenContact(layout, None, None, service, f"presse@{domain}", phone)
    name = draw(person_names)
    role = draw(st.sampled_from(ROLES))
    organisation = draw(st.sampled_from(("Cabinet du préfet", "Cabinet de la ministre", None)))
    email = draw(st.none() | st.just(_email_for(name, domain)))
    if layout == "one-line":
        organisation = organisation or "Cabinet du préfet"
        return GenContact(layout, name, role, organisation, email, phone)
    return GenContact(layout, name, role, None, email, phone)


@st.composite
def sentences_paragraph(draw: st.DrawFn, minimum: int = 220) -> str:
    """A body paragraph long enough to read as prose (over 200 characters)."""
    chosen = draw(st.permutations(SENTENCES))
    paragraph = ""
    for sentence in chosen:
        paragraph = f"{paragraph} {sentence}".strip()
        if len(paragraph) >= minimum:
            break
    return paragraph


@st.composite
def gen_releases(draw: st.DrawFn) -> GenRelease:
    """A release drawn from the vocabulary above."""
    issuers = tuple(
        draw(st.lists(st.sampled_from(ORGANISATION_ISSUERS), min_size=1, max_size=2, unique=True))
    )
    layout = draw(st.sampled_from(CONTACT_LAYOUTS))
    count = 1 if layout != "multi-line" else draw(st.integers(1, 3))
    contacts: list[GenContact] = []
    names: set[str] = set()
    for _ in range(count):
        contact = draw(gen_contacts(layout))
        if contact.name in names:
            continue
        names.add(contact.name or "")
        contacts.append(contact)
    headline = (
        f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(VERBS))} "
        f"{draw(st.sampled_from(OBJECTS))}"
    )
    return GenRelease(
        issuers=issuers,
        doc_type=draw(st.sampled_from(DOC_TYPES)),
        place=draw(st.sampled_from(PLACES)),
        date=draw(dates),
        date_style=draw(st.sampled_from(DATE_STYLES)),
        reference=draw(st.none() | st.integers(1, 999).map(lambda n: f"N° {n:03d}")),
        headline=headline,
        lede=draw(sentences_paragraph(minimum=120)),
        body=tuple(draw(st.lists(sentences_paragraph(), min_size=1, max_size=3))),
        about=tuple(draw(st.lists(st.sampled_from(ABOUT_NAMES), max_size=2, unique=True))),
        about_text=draw(sentences_paragraph(minimum=80)),
        contact_heading=draw(st.sampled_from(CONTACT_HEADINGS)),
        contacts=tuple(contacts),
    )


def _contact_lines(contact: GenContact) -> list[str]:
    if contact.layout == "one-line":
        line = f"{contact.organisation} – {contact.name}, {contact.role} : {contact.phone}"
        return [line] + ([contact.email] if contact.email else [])
    if contact.layout == "service":
        return [str(contact.organisation), f"Tél. : {contact.phone}", f"Courriel : {contact.email}"]
    lines = [str(contact.name), str(contact.role), f"Tél. : {contact.phone}"]
    return lines + ([contact.email] if contact.email else [])


def render_text(release: GenRelease) -> str:
    """The release as plain text, as it comes out of a word processor."""
    parts = ["\n".join(release.issuers), release.doc_type, release.dateline_text()]
    if release.reference:
        parts.append(release.reference)
    parts += [release.headline, release.lede, *release.body]
    for name in release.about:
        parts += [_about_heading(name), release.about_text]
    contact_blocks = ["\n".join(_contact_lines(c)) for c in release.contacts]
    parts += [release.contact_heading, *contact_blocks]
    return "\n\n".join(parts) + "\n"


def render_markdown(release: GenRelease) -> str:
    """The release as Markdown, the way press rooms publish it."""
    parts = ["  \n".join(release.issuers), f"*{release.doc_type}*", release.dateline_text()]
    if release.reference:
        parts[-1] += f"  \n{release.reference}"
    parts += [f"## {release.headline}", f"*{release.lede}*", *release.body]
    for name in release.about:
        parts += [f"**{_about_heading(name)}**", release.about_text]
    contact_blocks = ["  \n".join(_contact_lines(c)) for c in release.contacts]
    parts += [f"**{release.contact_heading}**", *contact_blocks]
    return "\n\n".join(parts) + "\n"


#: How an old or mangled web page nests its elements past the depth libxml2 builds (256):
#: FrontPage-era unclosed ``<font>`` tags, ``<div>`` wrappers, and an XHTML page of nested
#: ``<div><span>`` pairs.
DEEP_HTML_STYLES = ("unclosed-font", "nested-div", "xhtml")


def render_deep_html(release: GenRelease, style: str, depth: int) -> str:
    """The release as a web page whose paragraphs sit ``depth`` elements deep or deeper."""
    paragraphs = [
        "<br>".join(html.escape(line) for line in part.split("\n"))
        for part in render_text(release).strip().split("\n\n")
    ]
    if style == "unclosed-font":
        per_paragraph = max(depth // len(paragraphs), 1) + 1
        body = "".join('<font size="2">' * per_paragraph + f"<p>{p}" for p in paragraphs)
        return f"<html><head><title>Communiqué</title></head><body>{body}</body></html>"
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    if style == "nested-div":
        return "<html><body>" + "<div>" * depth + inner + "</div>" * depth + "</body></html>"
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml"><body>'
        + '<div class="bloc"><span class="x"></span>' * depth
        + inner
        + "</div>" * depth
        + "</body></html>"
    )


#: A generated release as a deeply nested page: ``(page, release)``.
deep_html_pages = st.builds(
    lambda release, style, depth: (render_deep_html(release, style, depth), release),
    gen_releases(),
    st.sampled_from(DEEP_HTML_STYLES),
    st.integers(150, 1200),
)


# -- metamorphic transforms -----------------------------------------------------------------

Transform = Callable[[str], str]


def crlf(text: str) -> str:
    return re.sub("(?<!\r)\n", "\r\n", text)


def trailing_spaces(text: str) -> str:
    """A space at the end of every line (one, so that Markdown hard breaks keep their meaning)."""
    return "\n".join(line + " " if not line.endswith("  ") else line for line in text.split("\n"))


def extra_blank_lines(text: str) -> str:
    return re.sub(r"\n\n+", "\n\n\n\n", text)


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def bom(text: str) -> str:
    return "\ufeff" + text


# Spaces between two letters or digits: replacing them never changes Markdown structure.
_INNER_SPACE = re.compile(r"(?<=[^\W_]) (?=[^\W_])")


def no_break_spaces(char: str) -> Transform:
    def transform(text: str) -> str:
        return _INNER_SPACE.sub(char, text)

    transform.__name__ = f"no_break_spaces_{ord(char):04x}"
    return transform


# A closing emphasis glued to an opening one (``*Paris…***Titre**``): two runs, two lines.
_GLUED_EMPHASIS = re.compile(r"(?<=\S)\*{3}(?=\S)")
_EMPHASIS = re.compile(r"\*{1,3}(?=\S)|(?<=\S)\*{1,3}")


def strip_emphasis(text: str) -> str:
    """Markdown emphasis removed; runs that were glued by their markers go on their own line."""
    return _EMPHASIS.sub("", _GLUED_EMPHASIS.sub("\n", text))


# A word that must not start a line of a re-wrapped Markdown paragraph (it would open a
# list item, a heading, a quote or a thematic break).
_BLOCK_OPENER = re.compile(r"[-+*>#=_|]|\d{1,9}[.)]$")


def rewrap(width: int) -> Transform:
    """Re-wrap every long prose line (Markdown paragraph or plain text) at ``width``."""

    def transform(text: str) -> str:
        out: list[str] = []
        for line in text.split("\n"):
            if len(line) <= max(width, 150) or line.lstrip()[:1] in "#->|*0123456789":
                out.append(line)
                continue
            current = ""
            for word in line.split(" "):
                if (
                    current
                    and len(current) + 1 + len(word) > width
                    and not _BLOCK_OPENER.match(word)
                ):
                    out.append(current)
                    current = word
                else:
                    current = f"{current} {word}" if current else word
            out.append(current)
        return "\n".join(out)

    transform.__name__ = f"rewrap_{width}"
    return transform


TRANSFORMS: tuple[Transform, ...] = (
    crlf,
    trailing_spaces,
    extra_blank_lines,
    nfd,
    bom,
    no_break_spaces(NBSP),
    no_break_spaces(NNBSP),
    strip_emphasis,
)

transforms = st.sampled_from(TRANSFORMS) | st.integers(40, 120).map(rewrap)
transform_chains = st.lists(transforms, min_size=1, max_size=4)


def apply_all(chain: list[Transform], text: str) -> str:
    for transform in chain:
        text = transform(text)
    return text


# -- release-like noise ---------------------------------------------------------------------

FRAGMENTS = (
    "COMMUNIQUÉ DE PRESSE",
    "Communiqué de presse",
    "Paris, le 24 juillet 2012",
    "PARIS, LE 1ER MARS 2005",
    "Lyon (Rhône), le lundi 23 juillet 2012 –",
    "le 05/11/2018",
    "N° 046",
    "Réf. : CP/2020/03",
    "Contact presse :",
    "Relations presse",
    "Service de presse",
    "À propos de ",
    "A propos d'",
    "Tél. : 01 53 18 41 00",
    "+33 (0)1 53 18 41 00",
    "anais.marques@pole-astech.org",
    "mailto:presse@culture.gouv.fr",
    "www.redressement-productif.gouv.fr",
    "Cabinet de Fleur PELLERIN – Aziz RIDOUAN, conseiller presse : ",
    "MINISTÈRE DE LA CULTURE",
    "-30-",
    "###",
    "# ",
    "## **",
    "**",
    "*",
    "- ",
    "> ",
    "1. ",
    "---\n",
    "---\ntitle: Titre\ndate: 2018-11-05\n---\n",
    "[lien](http://exemple.fr)",
    "<sup>2</sup>",
    "1<sup>er</sup>",
    "<br>",
    "<p>",
    "</div>",
    "&nbsp;",
    "&amp;",
    "<!--",
    "```",
    "|",
    "\t",
    "\n",
    "\n\n",
    "\r\n",
    "\x00",
    "\x0c",
    "\x85",
    "\u2028",
    "\ufeff",
    "\ud800",
    "\udfff",
    NBSP,
    NNBSP,
    "Ã©",
    "â€™",
    "1ᵉʳ",
    "janv.",
    "févr",
)

release_fragments = st.sampled_from(FRAGMENTS)
words = st.text(
    st.characters(codec="utf-8", categories=["L", "N", "P", "Zs"]) | st.sampled_from(" .,:;-@'’"),
    max_size=20,
)
enormous_lines = st.builds(
    lambda char, n: char * n,
    st.sampled_from(["a", "1", " ", ".", "-", "@", "*", "#", "<", "é", "A "]),
    st.integers(1_000, 20_000),
)

#: Text built to look like a release, or to break a parser that expects one.
release_like_text = st.lists(
    st.one_of(release_fragments, release_fragments, words, enormous_lines, st.text(max_size=10)),
    max_size=40,
).map("".join)

#: Bytes that look like encoded releases, or like nothing at all.
release_like_bytes = st.one_of(
    st.binary(max_size=300),
    release_like_text.map(lambda t: t.encode("utf-8", "surrogatepass")),
    release_like_text.map(lambda t: t.encode("utf-16", "surrogatepass")),
    release_like_text.map(lambda t: t.encode("cp1252", "replace")),
    release_like_text.map(lambda t: b"\xef\xbb\xbf" + t.encode("utf-8", "replace")),
    st.tuples(st.binary(max_size=20), release_like_text).map(
        lambda p: p[0] + p[1].encode("utf-8", "replace")
    ),
)

# -- classification cues ----------------------------------------------------------------------

#: Phrases that make, or nearly make, a classification cue (``communique.french.cues``).
CUE_PHRASES = (
    "a le plaisir de vous annoncer",
    "ont l’honneur d’inviter",
    "est fière de présenter",
    "sont très heureux de",
    "a fièrement annoncé",
    "annonce fièrement",
    "le plaisir",
    "fier",
    "Les journalistes sont cordialement invités",
    "les médias seront les bienvenus",
    "accréditation presse",
    "Merci de bien vouloir confirmer votre présence",
    "conférence de presse se tiendra",
    "point presse sera organisé",
    "presse",
    "Lieu :",
    "\nLieu : ",
    "\nHoraires :",
    "jeudi 4 juin 2024 de 9h30",
    "mardi 12 mars à 14 h",
    "lundi",
    "Christian DUPONT, préfet",
    "Anne Martin, Présidente",
    "Emmanuel Macron, Président de la République",
    "Jean Roux, directeur",
    "Directrice",
    "ce jour",
    "à ce jour",
    "ce jour-là",
    "signé ce jour",
    "selon un communiqué",
    "dans un communiqué",
    "par voie de communiqué",
    "précise un communiqué",
    "a annoncé mardi",
    "indique hier",
    "présente jeudi 4 juin",
    "communiqué",
    "Le communiqué de presse est un ",
    "qu’est-ce qu’un communiqué",
    "rédiger un bon communiqué",
    "How to write a press release",
    "Communiqué du 12/03/2024",
    "Dossier de presse – 4 mai",
    "Lire la suite",
    "Read more",
    "Seul le prononcé fait foi",
    "sous réserve du prononcé",
    "check against delivery",
)
_cue_pieces = st.one_of(
    st.sampled_from(CUE_PHRASES),
    st.sampled_from(CUE_PHRASES).map(str.upper),
    words,
    st.sampled_from([" ", "\n", "\n\n", "   ", NBSP, ", ", ". ", "-", "\t"]),
    st.integers(1, 300).map(lambda n: "a" * n),  # filler past a cue's reach
)
#: Text made of cue phrases, their near misses and filler: a cue's keyword shortcut must give
#: the answer of a whole scan on it.
cue_texts = st.lists(_cue_pieces, max_size=30).map("".join)
#: Letters whose case the regex engine and ``str.lower`` treat apart: the dotless ı and the
#: long ſ (matched to i and s, lowered to themselves), the dotted İ (lowered to two
#: characters), the Kelvin sign, capital sigma, the micro sign, capital sharp s, a title-case
#: digraph.
CASE_SPECIALS = ("\u0131", "\u017f", "\u0130", "\u212a", "\u03a3", "\u00b5", "\u1e9e", "\u01c5")
#: Cue texts in every case, now and then with a letter of `CASE_SPECIALS`: a cue's case-free
#: twin must find in their lower case what the cue finds in them, or not be used.
case_texts = st.lists(
    st.one_of(
        _cue_pieces,
        st.sampled_from(CUE_PHRASES).map(str.title),
        st.sampled_from(CUE_PHRASES).map(str.swapcase),
        st.sampled_from(CASE_SPECIALS),
    ),
    max_size=30,
).map("".join)


def word_mixtures(words: list[str]) -> st.SearchStrategy[str]:
    """Texts made of ``words``, their beginnings and ends, and a few separators: words that
    repeat, overlap, run into one another and begin one another (a search for them must find
    every place, as ``str.find`` does)."""
    pieces = st.one_of(
        st.sampled_from(words),
        st.sampled_from(words).flatmap(lambda w: st.integers(1, len(w)).map(lambda n: w[:n])),
        st.sampled_from(words).flatmap(lambda w: st.integers(0, len(w) - 1).map(lambda n: w[n:])),
        st.sampled_from([" ", "\n", "a", "é", "’", "\u0130"]),
    )
    return st.lists(pieces, max_size=40).map("".join)


# -- document types and the sections that list them (``communique.french.vocabulary``) --------

#: Document types as French press rooms write them, each with its plural: the singular is the
#: text's type, the plural the name of a site's section listing releases.
DOC_TYPE_NUMBERS = (
    ("communiqué", "communiqués"),
    ("communiqué de presse", "communiqués de presse"),
    ("communiqué conjoint", "communiqués conjoints"),
    ("communiqué aux médias", "communiqués aux médias"),
    ("dossier de presse", "dossiers de presse"),
    ("kit presse", "kits presse"),
    ("invitation presse", "invitations presse"),
    ("invitation aux médias", "invitations aux médias"),
    ("note aux rédactions", "notes aux rédactions"),
    ("convocation de presse", "convocations de presse"),
    ("appel aux médias", "appels aux médias"),
    ("point presse", "points presse"),
    ("information presse", "informations presse"),
    ("information aux médias", "informations aux médias"),
    ("info presse", "infos presse"),
    ("note aux médias", "notes aux médias"),
    ("alerte média", "alertes médias"),
    ("press statement", "press statements"),
    ("media release", "media releases"),
    ("press release", "press releases"),
    ("press kit", "press kits"),
    ("news release", "news releases"),
    ("communiqué pour les médias", "communiqués pour les médias"),
    ("communiqué destiné aux médias", "communiqués destinés aux médias"),
    ("communiqué municipal", "communiqués municipaux"),
    ("communiqué préfectoral", "communiqués préfectoraux"),
    ("communiqué gouvernemental", "communiqués gouvernementaux"),
    ("communiqué ministériel", "communiqués ministériels"),
    ("information destinée aux médias", "informations destinées aux médias"),
    ("note destinée à la presse", "notes destinées à la presse"),
    ("note destinée aux rédactions", "notes destinées aux rédactions"),
    ("communiqué radio-presse", "communiqués radio-presse"),
    ("communiqué intersyndical", "communiqués intersyndicaux"),
    ("communiqué inter-associatif", "communiqués inter-associatifs"),
    ("communiqué de presse inter-associatif", "communiqués de presse inter-associatifs"),
    ("communiqué interprofessionnel", "communiqués interprofessionnels"),
    ("communiqué hebdomadaire", "communiqués hebdomadaires"),
    ("communiqué quotidien", "communiqués quotidiens"),
    ("communiqué mensuel", "communiqués mensuels"),
    ("note à la presse", "notes à la presse"),
    ("déclaration", "déclarations"),
    ("déclaration conjointe", "déclarations conjointes"),
    ("réaction", "réactions"),
    ("réaction commune", "réactions communes"),
    ("lettre ouverte", "lettres ouvertes"),
)
#: Types whose head noun is the same in the plural: always the text's type.
INVARIABLE_DOC_TYPES = ("avis aux médias", "avis de presse", "media advisory", "revue de presse")


def _doc_type_forms(labels: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A label in any case, with or without accents, with any space between its words."""
    return st.builds(
        lambda label, case, accents, space: case(
            _spaced(label if accents else _strip_accents(label), space)
        ),
        labels,
        st.sampled_from([str.lower, str.upper, str.capitalize, str.title]),
        st.booleans(),
        st.sampled_from([" ", "  ", NBSP]),
    )


#: A document type in the singular (or an invariable one), as written on a header line.
singular_doc_types = st.deferred(
    lambda: _doc_type_forms(
        st.sampled_from([one for one, _ in DOC_TYPE_NUMBERS] + list(INVARIABLE_DOC_TYPES))
    )
)
#: The same in the plural: a section's name ("Communiqués de presse").
plural_doc_types = st.deferred(
    lambda: _doc_type_forms(st.sampled_from([many for _, many in DOC_TYPE_NUMBERS]))
)

# -- headlines as press rooms set them (``communique.extract.header``) --------------------------

#: What a title's kicker names before its colon: a place, a company, a programme, a body.
KICKERS = (
    "Vaise",
    "Groupe Ardent",
    "Conseil régional",
    "Préfecture du Rhône",
    "Agence de l'eau",
    "Sécheresse",
    "Résultats annuels 2023",
    "Ville de Saint-Étienne",
)
#: What a title says after its kicker, starting in lower case as French typography wants.
STATEMENTS = (
    "un centre de secours pour six communes",
    "la croissance dépasse les attentes",
    "des mesures de restriction des usages de l'eau",
    "ouverture d'une consultation publique jusqu'au 30 juin",
    "le plan vélo entre dans sa deuxième phase",
)
#: Bodies and meetings whose name opens like an organisation's but makes a title on its own.
MEETING_TITLES = (
    "Conseil municipal extraordinaire du 12 mars",
    "Conseil de gouvernement exceptionnel",
    "Commission permanente : les décisions du jour",
    "Agence régionale de santé : point de situation hebdomadaire",
    "Comité de pilotage du plan vélo départemental",
)
#: An issuer announcing itself on a line of its own: the issuer, never the title.
COMMUNICATING_ISSUERS = (
    "LA PRÉFECTURE COMMUNIQUE",
    "Le Conseil départemental communique :",
    "Anne Martin (PS), maire de Vaise, communique :",
    "Karim Benali, président de la métropole, communique",
    "Le Département de l'Aveyron informe",
    "LA MAIRIE DE FIGEAC INFORME :",
)


def _title_case(text: str, caps: bool) -> str:
    return text.upper() if caps else text


#: A title "Kicker : statement", any French colon spacing, in capitals or not.
kicker_titles = st.builds(
    lambda kicker, statement, colon, caps: _title_case(f"{kicker}{colon}{statement}", caps),
    st.sampled_from(KICKERS),
    st.sampled_from(STATEMENTS),
    st.sampled_from([" : ", f"{NBSP}: ", f"{NNBSP}: "]),
    st.booleans(),
)
#: A title of news: a subject, a verb and what it is about.
news_titles = st.builds(
    lambda subject, verb, obj: f"{subject} {verb} {obj}",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
)
#: A deck line under a title: a full statement, opening with a capital.
deck_lines = st.builds(
    lambda subject, verb, obj, place: (
        f"{subject} {verb} {obj} à {place} et dans tout le département"
    ),
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
    st.sampled_from(PLACES),
)

# -- a release's own label (``communique.french.cues.RELEASE_LABEL``) ---------------------------


def _strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def _spaced(label: str, space: str) -> str:
    return space.join(label.split())


#: A release label written the ways portals, wires and PDF captures write it: any case,
#: with or without accents, any space between its words.
release_label_forms = st.builds(
    lambda label, case, accents, space: case(
        _spaced(label if accents else _strip_accents(label), space)
    ),
    st.sampled_from(
        (
            "communiqué de presse",
            "communiqué",
            "communiqué officiel",
            "communiqué conjoint",
            "communiqué financier",
            "communiqué de la société",
            "press release",
            "avis aux médias",
            "information réglementée",
            "regulatory news",
            "pour diffusion immédiate",
        )
    ),
    st.sampled_from([str.lower, str.upper, str.capitalize, str.title]),
    st.booleans(),
    st.sampled_from([" ", "  ", NBSP, " \n"]),
)
#: What a label's line may hold around it: a bracket, a capture's debris, a date, a name.
release_label_lines = st.builds(
    lambda before, label, after: f"{before}{label}{after}",
    st.sampled_from(["", "(", "[", "** ", " date 2023-05 ", "Lyon, le 4 mai 2023 ", "| "]),
    release_label_forms,
    st.sampled_from(["", ")", "]", " :", " du 12/03/2024", " – Groupe Ardent", " |"]),
)
#: The same label mentioned, not worn: after an article or a preposition.
release_label_mentions = st.builds(
    lambda before, label: f"{before} {label}",
    st.sampled_from(["Dans un", "selon le", "Téléchargez le", "Lire notre", "voir ce"]),
    release_label_forms,
)

# -- the issuer's voice, the wires and the official communiqués (``communique.french.cues``) -----

_SPACES = st.sampled_from([" ", NBSP, "  ", "\n"])


def _phrase(*parts: st.SearchStrategy[str] | str) -> st.SearchStrategy[str]:
    """Words joined by any French space: each part a fixed word or a strategy of words."""
    return st.tuples(
        *(st.just(p) if isinstance(p, str) else p for p in parts),
        st.lists(_SPACES, min_size=len(parts), max_size=len(parts)),
    ).map(lambda t: "".join(w + s for w, s in zip(t[:-1], t[-1], strict=False)).strip())


_PERSONS = st.sampled_from(["Anne Martin", "M. Roux", "Mme Léa Duval", "Karim Benali"])
#: A speaker named by an office the institution capitalises: "la Présidente de la Région".
_CAPITALISED_OFFICES = st.sampled_from(
    ["la Présidente de la Région", "le Préfet", "le Vice-président en charge du Logement",
     "la Directrice générale", "l'Administrateur provisoire", "le Maire de Dole"]
)  # fmt: skip
#: "», souligne Anne Martin": a quotation attributed in the present.
quoted_in_present_forms = st.builds(
    lambda close, comma, verb, person: f"« Nous avançons{close}{comma}{verb} {person}",
    st.sampled_from([" »", NNBSP + "»", "\u00a0»", "\"", "”"]),
    st.sampled_from([", ", " , ", ",\u00a0", " "]),
    st.sampled_from(["souligne", "explique", "déclare", "précise", "ajoute", "se réjouit",
                     "estime", "conclut", "témoigne", "Indique", "SOULIGNE"]),
    st.one_of(_PERSONS, _CAPITALISED_OFFICES),
)  # fmt: skip
#: The same quotation attributed in the past, the way news reports it.
quoted_in_past_forms = st.builds(
    lambda verb, person: f"« Nous avançons », a {verb} {person}",
    st.sampled_from(["souligné", "expliqué", "déclaré", "précisé", "ajouté"]),
    st.one_of(_PERSONS, _CAPITALISED_OFFICES),
)
#: An office in news style, lower case: "», souligne la présidente de la région".
quoted_by_lower_case_office_forms = st.builds(
    lambda verb, office: f"« Nous avançons », {verb} {office}",
    st.sampled_from(["souligne", "explique", "déclare", "précise"]),
    st.sampled_from(["la présidente de la région", "le préfet", "la directrice générale",
                     "le maire", "l'administrateur"]),
)  # fmt: skip
#: "se tiendra", "aura lieu", "sera inaugurée", "ouvrira ses portes".
event_ahead_forms = st.one_of(
    _phrase("La", "cérémonie", st.sampled_from(["se tiendra", "aura lieu", "se tiendront"])),
    _phrase("Le", "site", st.sampled_from(["sera", "seront"]),
            st.sampled_from(["inauguré", "présentée", "lancés", "officiellement dévoilé",
                             "organisées"])),
    _phrase("Le", "musée", st.sampled_from(["ouvrira", "ouvriront"]),
            st.sampled_from(["ses", "leurs"]), "portes"),
    _phrase("Le", "chantier", st.sampled_from(["débutera", "démarrera", "DÉBUTERA"])),
)  # fmt: skip
#: "nous lançons", "rejoignez-nous".
issuer_we_forms = st.one_of(
    _phrase(st.sampled_from(["Nous", "nous", "NOUS"]),
            st.sampled_from(["lançons", "lancons", "annonçons", "avons le plaisir",
                             "sommes heureux", "sommes fiers", "invitons", "dévoilons"])),
    st.sampled_from(["Rejoignez-nous", "retrouvez-nous", "Contactez-nous", "Suivez-nous"]),
)  # fmt: skip
#: "Pour en savoir plus", "Plus d'informations sur".
further_information_forms = st.one_of(
    _phrase(st.sampled_from(["Pour", "pour", "POUR"]),
            st.sampled_from(["en savoir plus", "plus d'informations", "plus d’information"])),
    _phrase(st.sampled_from(["Plus", "plus"]), st.sampled_from(["d'informations", "d’information"]),
            st.sampled_from(["sur", ":"])),
)  # fmt: skip
#: "a procédé, aujourd'hui, à", "annonce aujourd'hui".
today_announcement_forms = st.one_of(
    st.builds(lambda aux, verb, comma, apo: f"{aux} {verb}{comma}aujourd{apo}hui",
              st.sampled_from(["a", "ont"]),
              st.sampled_from(["procédé", "annoncé", "signé", "inauguré", "présentée"]),
              st.sampled_from([", ", " ", " , "]), st.sampled_from(["'", "’"])),
    st.builds(lambda verb, apo: f"{verb} aujourd{apo}hui",
              st.sampled_from(["annonce", "lancent", "dévoile", "présente", "publie"]),
              st.sampled_from(["'", "’"])),
)  # fmt: skip
#: "Le Conseil a adopté", "Au titre du Ministère de", "un Conseil des ministres s'est tenu".
council_of_ministers_forms = st.one_of(
    _phrase("Le", "Conseil", "a", st.sampled_from(["", "également", "en outre"]),
            st.sampled_from(["adopté", "examiné", "entendu", "approuvé", "pris acte",
                             "autorisé", "procédé", "nommé", "décidé"])),
    _phrase(st.sampled_from(["Au", "AU"]), st.sampled_from(["titre", "TITRE"]),
            st.sampled_from(["du", "DU", "de"]), st.sampled_from(["Ministère", "ministère",
                                                                "MINISTERE"])),
    _phrase("un", st.sampled_from(["Conseil", "conseil"]), "des", "ministres",
            st.sampled_from(["s'est tenu", "s’est réuni", "s'est tenu"])),
)  # fmt: skip
#: "Information réglementée", "code ISIN", "Prochain rendez-vous financier".
investor_relations_forms = st.one_of(
    _phrase(st.sampled_from(["Information", "INFORMATION", "information"]),
            st.sampled_from(["réglementée", "reglementee", "privilégiée"])),
    _phrase("Communiqué", "financier"),
    st.sampled_from(["Code ISIN : FR0000123456", "ISIN FR0000123456"]),
    _phrase(st.sampled_from(["Prochain", "Prochaine", "Prochaines"]),
            st.sampled_from(["rendez-vous", "publication", "communication", "échéance"]),
            st.sampled_from(["financier", "financière", "financières"])),
    _phrase(st.sampled_from(["Agenda", "Calendrier"]), "financier"),
    _phrase(st.sampled_from(["Relations", "Relation"]), st.sampled_from(["", "avec les"]),
            "investisseurs"),
    _phrase(st.sampled_from(["Contact", "Contacts"]), "investisseurs"),
)  # fmt: skip
#: "/CNW Telbec/", "(BUSINESS WIRE)", "(GLOBE NEWSWIRE)", "/PRNewswire/".
wire_credit_forms = st.one_of(
    st.builds(
        lambda wire, pad: f"MONTRÉAL, le 3 mai 2024 /{pad}{wire}{pad}/ - La société",
        st.sampled_from(["CNW", "CNW Telbec", "PRNewswire", "Cision", "cnw telbec"]),
        st.sampled_from(["", " "]),
    ),
    st.builds(
        lambda wire: f"PARIS--({wire})--La société",
        st.sampled_from(["BUSINESS WIRE", "GLOBE NEWSWIRE", "MARKETWIRED", "PR NEWSWIRE"]),
    ),
    st.sampled_from(["Actusnews Wire - Diffusion d'information", "EQS Newswire / 3 mai 2024"]),
    # its closing slash lost at the line's end, its acronym after it
    st.builds(
        lambda pad, wire: f"GENÈVE, 18 février 2014/{pad}{wire}",
        st.sampled_from(["", " "]),
        st.sampled_from(["African Press Organization (APO)", "PRNewswire"]),
    ),
)
#: "-30-", "###", "- FIN -", "Fin du communiqué", alone on their line.
end_of_release_forms = st.builds(
    lambda indent, marker: f"La société n'émettra pas d'autre commentaire.\n{indent}{marker}\n",
    st.sampled_from(["", " ", "\t"]),
    st.sampled_from(["-30-", "– 30 –", "— 30 —", "###", "- FIN -", "-fin-", "Fin du communiqué",
                     "FIN DU COMMUNIQUE"]),
)  # fmt: skip
#: "Contact presse :", "Relations médias", "Source et renseignements :" opening a line.
press_contact_label_forms = st.builds(
    lambda mark, label: f"Le texte s'achève ici.\n{mark}{label}\nLéa Duval\n",
    st.sampled_from(["", "**", "- ", "## "]),
    st.sampled_from(["Contact presse :", "Contacts médias", "Relations presse", "RELATIONS MÉDIAS",
                     "Source et renseignements :", "Renseignements :", "Service de presse",
                     "Attachée de presse", "Press contact"]),
)  # fmt: skip
#: "(AFP) –", "(Reuters) -", "(Boursier.com) —" opening a dispatch.
#: "PARIS, 11 juillet 2025 (APM) -": initials that are also French acronyms, after a date.
news_agency_initials_forms = st.builds(
    lambda initials, dash: f"PARIS, 11 juillet 2025 ({initials}){dash} Le gouvernement a lancé",
    st.sampled_from(["APM", "AEF", "APA", "ACP", "TAP", "DPA"]),
    st.sampled_from([" -", " –", "\u00a0—"]),
)
news_agency_byline_forms = st.builds(
    lambda agency, participle: f"{agency}, {participle} le mercredi 30 octobre 2019 à 08h30",
    st.sampled_from(["Boursier.com", "AFP", "Reuters", "Zonebourse", "APMnews"]),
    st.sampled_from(["publié", "publie", "mis à jour"]),
)
news_agency_credit_forms = st.builds(
    lambda agency, dash: f"({agency}){dash} Le préfet a fermé la route.",
    st.sampled_from(
        [
            "AFP",
            "Reuters",
            "Belga",
            "APS",
            "Boursier.com",
            "Agence France-Presse",
            "APMnews",
            "AEF info",
            "Keystone-ATS",
            "La Presse Canadienne",
            "Xinhua",
            "Hospimedia",
        ]
    ),
    st.sampled_from([" –", " -", " —", "\u00a0–", "-"]),
)
#: "la sortie de la version 9.0", "la disponibilité de la nouvelle version 2.4".
version_release_forms = _phrase(
    st.sampled_from(["la sortie de", "la disponibilité de", "le lancement de", "publie",
                     "LA SORTIE DE"]),
    st.sampled_from(["la", "sa", "leur", ""]),
    st.sampled_from(["", "nouvelle"]),
    st.sampled_from(["version 9.0", "version 17", "Version 2.4.1", "version\u00a03"]),
)  # fmt: skip
#: The Swiss executives' forms and a "Mnémo" line, beside the forms above.
council_of_ministers_more_forms = st.one_of(
    _phrase("Le", st.sampled_from(["Conseil fédéral", "Conseil d'État", "Conseil d’Etat"]), "a",
            st.sampled_from(["adopté", "approuvé", "décidé"])),
    _phrase("Le", "Conseil", "des", "ministres", "a", "pris", "les", "décisions", "suivantes"),
    # a regional or federal government's own weekly communiqué
    _phrase("Le", st.sampled_from(["Gouvernement wallon", "Gouvernement flamand",
                                   "Gouvernement du Québec", "Gouvernement fédéral"]), "a",
            st.sampled_from(["", "également", "aujourd'hui"]),
            st.sampled_from(["adopté", "approuvé", "décidé", "nommé"])),
    _phrase(st.sampled_from(["Un", "un", "Le"]), st.sampled_from(["Conseil", "conseil"]), "des",
            "ministres", st.sampled_from(["a eu lieu", "s'est tenu", "s’est réuni"])),
)  # fmt: skip
#: A government council's meeting as a title: a meeting's noun over the council, or the
#: council and its day ("Compte rendu de la 7e réunion ordinaire du Conseil des ministres",
#: "Conseil des ministres du mercredi 6 mars 2019", "Gouvernement de Wallonie du 3 juillet 2025").
_COUNCILS = st.sampled_from(
    [
        "Conseil des ministres",
        "CONSEIL DES MINISTRES",
        "Conseil fédéral",
        "Conseil d'État",
        "Conseil d’Etat",
        "Conseil de gouvernement",
        "Gouvernement de Wallonie",
        "Gouvernement wallon",
    ]
)
_COUNCIL_DAYS = st.builds(
    lambda joint, date, style: f"{joint} {render_date(date, style)}",
    st.sampled_from(["du", "de ce"]),
    dates,
    st.sampled_from(["plain", "weekday", "slash", "capitals", "unaccented"]),
)
council_session_titles = st.one_of(
    st.builds(
        lambda meeting, council, day: f"{meeting} {council}{day}",
        st.sampled_from(["Séance du", "Séance spéciale du", "Réunion hebdomadaire du",
                         "Compte rendu du", "Compte-rendu de la séance du",
                         "COMPTE RENDU DE LA SEPTIEME REUNION ORDINAIRE DU",
                         "Relevé des décisions du", "Relevé de décisions du",
                         "Point presse du"]),
        _COUNCILS, st.one_of(st.just(""), _COUNCIL_DAYS.map(" ".__add__)),
    ),
    st.builds(lambda opening, council, kind, day: f"{opening}{council}{kind} {day}",
              st.sampled_from(["", "Communiqué du ", "Communiqué final du "]), _COUNCILS,
              st.sampled_from(["", " extraordinaire", " restreint"]), _COUNCIL_DAYS),
)  # fmt: skip
#: A page relaying a release whole: "Nous publions ci-dessous le communiqué de la Cinor",
#: "Voici le communiqué du Conseil fédéral :", "Le communiqué :" alone on its line.
#: A release naming itself.
release_self_reference_forms = st.one_of(
    _phrase(st.sampled_from(["le", "du", "au", "dans le", "par le"]),
            st.sampled_from(["présent", "present"]),
            st.sampled_from(["communiqué", "communique", "communiqués"])),
    _phrase(st.sampled_from(["signataires", "Signataires"]),
            st.sampled_from(["de ce", "du présent"]), "communiqué"),
)  # fmt: skip
release_relayed_forms = st.one_of(
    _phrase("Nous", st.sampled_from(["publions", "reproduisons", "relayons", "vous livrons"]),
            st.sampled_from(["ci-dessous", "ci-après", "ici", "", "ci-desous"]),
            st.sampled_from(["", "l'intégralité du", "le texte du"]),
            st.sampled_from(["le communiqué", "son communiqué", "leur communiqué",
                             "le communique"])),
    _phrase("Voici", st.sampled_from(["le", "son", "leur"]), "communiqué",
            st.sampled_from(["", "de la préfecture", "du Conseil fédéral"])).map(
        lambda form: form + " :"),
    st.sampled_from(["Le communiqué :", "Le communiqué de presse :", "**Le communiqué :**",
                     " date 2023-04 Le communiqué :"]),
)  # fmt: skip
investor_relations_more_forms = st.sampled_from(["Mnémo : ALXYZ", "Code mnémonique : ABC"])
release_label_more_forms = st.builds(
    lambda case, space: case(f"sous{space}embargo") + " jusqu'au 4 mai 2024, 10 h",
    st.sampled_from([str.lower, str.upper, str.capitalize]),
    st.sampled_from([" ", NBSP, "  "]),
)
#: A news site's reading time and paywall.
#: A post's reading time: "Temps de lecture", "Lecture : 3 min", "6 min de lecture".
reading_time_forms = st.one_of(
    _phrase(st.sampled_from(["Temps", "temps", "TEMPS"]), "de", "lecture"),
    st.builds(lambda sep, n: f"Lecture{sep}{n} min", st.sampled_from([" : ", " ", NNBSP + ": "]),
              st.integers(1, 30)),
    st.builds(lambda n, unit: f"{n} {unit} de lecture", st.integers(1, 30),
              st.sampled_from(["min", "min.", "minutes"])),
)  # fmt: skip
news_site_furniture_forms = st.one_of(
    _phrase("Article", st.sampled_from(["réservé", "reserve", "réservés"]), "aux",
            st.sampled_from(["abonnés", "abonnes"])),
    st.sampled_from(["Déjà abonné ?", "deja abonne", "Abonnez-vous"]),
)  # fmt: skip
#: A newsletter naming itself: its name and issue number, its contents, its mailing note.
newsletter_forms = st.one_of(
    st.sampled_from(["Infolettre", "INFOLETTRE", "L'infolettre de la FQCE"]),
    st.builds(lambda name, n: f"{name} n° {n}", st.sampled_from(
        ["Newsletter", "Lettre d'information", "La Lettre de l'Agence –", "La lettre du réseau",
         "La Lettre culturelle –", "Bulletin municipal", "La lettre mensuelle", "BULLETIN COMMUNAL"]
    ), st.integers(1, 300)),
    # a newsletter's name and issue, opening a line or a front matter's title
    st.builds(lambda opening, name, mark, n: f"{opening}{name} {mark}{n}",
              st.sampled_from(["", "## ", "title: ", 'title: "']),
              st.sampled_from(["Gazette BlueHats", "La Gazette du Réseau", "Newsletter Alpha",
                               "Lettre d'info du Pôle Mer", "Infolettre"]),
              st.sampled_from(["n°", "n° ", "#", "numéro "]), st.integers(1, 300)),
    _phrase(st.sampled_from(["Dans", "dans", "DANS"]), "ce", st.sampled_from(["numéro", "numero"])),
    _phrase("Vous", "recevez", st.sampled_from(["cette", "notre"]),
            st.sampled_from(["lettre", "infolettre", "newsletter"])),
)  # fmt: skip
#: How to apply and what is asked: a job offer's, and a call for applications'.
job_application_forms = st.one_of(
    _phrase("Compétences", st.sampled_from(["requises", "attendues", "recherchées"])),
    _phrase("Date", "limite", "de", st.sampled_from(["candidature", "dépôt des candidatures"])),
    _phrase(st.sampled_from(["Envoyez", "envoyer"]),
            st.sampled_from(["votre CV", "votre candidature", "un CV"])),
    # how to apply, a heading alone on its line
    st.sampled_from(["## Postuler", "Postuler", "**Comment postuler ?**", "Pour postuler :",
                     "### POSTULER"]),
)  # fmt: skip
#: A job offer's formulas.
job_offer_forms = st.one_of(
    _phrase(st.sampled_from(["Offre", "OFFRE", "offre"]), "d'emploi"),
    _phrase(st.sampled_from(["Poste", "poste"]), "à", "pourvoir"),
    _phrase(st.sampled_from(["Type", "TYPE"]), "de", "contrat"),
    _phrase("Profil", st.sampled_from(["recherché", "recherche"])),
    _phrase("lettre", "de", "motivation"),
    _phrase("Prise", "de", "poste"),
)  # fmt: skip
#: An opinion piece's formulas: its label alone on its line, where it was published, its
#: signatories.
opinion_piece_forms = st.one_of(
    st.sampled_from(["TRIBUNE", "Tribune", "Tribune libre", "POINT DE VUE", "Point de vue",
                     "Carte blanche", "Opinion", "Éditorial", "ÉDITO", "**Tribune**"]),
    _phrase("Tribune", st.sampled_from(["publiée", "parue", "publiee"]),
            st.sampled_from(["dans", "sur", "par"])),
    _phrase(st.sampled_from(["Les", "Liste des"]), st.sampled_from(["signataires", "cosignataires"])
            ).map(lambda phrase: phrase + " :"),
)  # fmt: skip
#: A call for applications' headings and formulas.
call_for_applications_forms = st.one_of(
    _phrase(st.sampled_from(["Qui", "qui"]), "peut",
            st.sampled_from(["candidater", "postuler", "participer", "déposer"])),
    _phrase(st.sampled_from(["Comment", "comment"]), st.sampled_from(["candidater", "postuler"])),
    _phrase(st.sampled_from(["Pièces", "pièces", "Pieces"]), "à",
            st.sampled_from(["fournir", "joindre"])),
    _phrase(st.sampled_from(["Modalités", "modalités"]), "de",
            st.sampled_from(["candidature", "dépôt", "participation", "sélection"])),
    _phrase(st.sampled_from(["Dossier", "dossiers"]), "de", "candidature"),
    _phrase(st.sampled_from(["Critères", "critères"]), st.sampled_from(["de sélection",
                                                                          "d'éligibilité"])),
    _phrase("Conditions", st.sampled_from(["d'éligibilité", "d’éligibilité"])),
    _phrase(st.sampled_from(["Dépôt", "dépôt"]), "des",
            st.sampled_from(["dossiers", "candidatures", "projets"])),
    _phrase("Date", "limite", "de", st.sampled_from(["dépôt", "candidature"])),
)  # fmt: skip
#: An official act's formulas, each opening its line.
legal_act_forms = st.one_of(
    _phrase(st.sampled_from(["Vu", "VU"]), st.sampled_from(["le", "la", "les"]), "code"),
    st.builds(lambda verb, space: f"{verb}{space}:",
              st.sampled_from(["ARRÊTE", "Arrête", "ARRETE", "DÉCIDE", "DÉCRÈTE"]),
              st.sampled_from(["", " ", NBSP])),
)  # fmt: skip
#: An authority informing the public.
informs_the_public_forms = st.one_of(
    _phrase(st.sampled_from(["informe", "informent", "rappelle", "avise"]),
            st.sampled_from(["les", "la", "aux"]),
            st.sampled_from(["usagers", "population", "habitants", "automobilistes",
                             "riverains", "voyageurs"])),
    _phrase("porte", "à", "la", "connaissance", st.sampled_from(["du", "des"])),
    # the notice's heading
    st.builds(lambda opening, heading: opening + heading,
              st.sampled_from(["", "## ", "**", "\n"]),
              st.sampled_from(["Information à la population", "INFORMATION À LA POPULATION",
                               "Information des élus et de la population",
                               "Informations aux usagers", "Information aux habitants",
                               "Information à l'attention des riverains"])),
)  # fmt: skip
#: A procurement notice's legal headings.
tender_notice_forms = st.one_of(
    _phrase(st.sampled_from(["Avis", "AVIS"]), "d'appel", "public", "à", "la", "concurrence"),
    _phrase(st.sampled_from(["Pouvoir", "pouvoir"]), "adjudicateur"),
    _phrase("Critères", "d'attribution", st.sampled_from(["du marché", "des offres"])),
    _phrase("Objet", "du", "marché"),
    _phrase("Date", "limite", "de", st.sampled_from(["remise", "réception"]), "des",
            st.sampled_from(["offres", "plis"])),
)  # fmt: skip
#: Two distinct verbs in the simple future, third person, any case.
future_verb_forms = st.lists(
    st.sampled_from(["accueillera", "présentera", "réunira", "proposeront", "finiront",
                     "inaugurera", "organiseront", "ACCUEILLERA", "Réunira", "lancera"]),
    min_size=2, max_size=2, unique_by=str.lower,
)  # fmt: skip
#: A journalist's own inquiry, in its usual turns.
journalist_inquiry_forms = st.one_of(
    _phrase(st.sampled_from(["Contacté", "contactée", "Contactés"]), "par",
            st.sampled_from(["nos soins", "la rédaction", "notre rédaction"])),
    _phrase(st.sampled_from(["Interrogé", "interrogée"]), "par",
            st.sampled_from(["nos soins", "Le Progrès", "notre journaliste"])),
    _phrase(st.sampled_from(["Joint", "jointe"]), "par", "téléphone"),
    st.builds(lambda aux, rest, apo: f"n{apo}{aux} pas {rest}",
              st.sampled_from(["a", "ont"]),
              st.sampled_from(["souhaité répondre", "donné suite", "répondu à nos questions"]),
              st.sampled_from(["'", "’"])),
)  # fmt: skip
#: A journalist's byline: a name and the trade, or the paper's own correspondent.
journalist_byline_forms = st.one_of(
    st.builds(
        lambda by, name, mark, trade: f"{by} {name}{mark} {trade}",
        st.sampled_from(["par", "Par", "Publié le 5 février 2026 par"]),
        st.sampled_from(["Thomas Delmas", "Anne-Claire Roux", "Jean Le Goff", "Léa De Smet"]),
        st.sampled_from([",", " –", " —", " -"]),
        st.sampled_from(["journaliste", "journaliste indépendant", "rédactrice",
                         "rédacteur en chef", "correspondant à Lyon", "correspondante",
                         "envoyé spécial à Bruxelles", "envoyée spéciale"]),
    ),
    _phrase(st.sampled_from(["par", "Par"]), st.sampled_from(["notre", "nos"]),
            st.sampled_from(["correspondant", "correspondante", "correspondants", "envoyé spécial",
                             "envoyée spéciale"])),
)  # fmt: skip
#: A forum post's stamp, to the minute.
forum_post_forms = st.builds(
    lambda verb, day, joint, time: f"{verb} le {day} {joint} {time}",
    st.sampled_from(["Posté", "posté", "Message posté", "Publié", "Répondu", "Envoyé", "poste"]),
    st.sampled_from(["23 juin 2026", "1er mars 2025", "23/06/2026", "3/6/26", "12 déc. 2024"]),
    st.sampled_from(["à", "a", "-"]),
    st.sampled_from(["21:14", "21h14", "9 h 05", "09:05"]),
)
#: A note to the newsrooms.
notes_to_editors_forms = st.one_of(
    _phrase(st.sampled_from(["Note", "Notes", "NOTE", "note"]),
            st.sampled_from(["aux", "pour les", "à l'attention des", "à l’attention des"]),
            st.sampled_from(["rédactions", "rédaction", "journalistes", "éditeurs", "médias",
                             "REDACTIONS"])),
    st.sampled_from(["Notes to editors", "Note to Editors"]),
)  # fmt: skip
#: The issuer naming its own people and body, and an event's admission.
issuer_we_more_forms = _phrase(
    st.sampled_from(["notre", "nos", "Notre", "NOS"]),
    st.sampled_from(["fédération", "adhérents", "membres", "équipes", "salariés", "réseau"]),
)
event_admission_forms = st.one_of(
    _phrase(st.sampled_from(["Entrée", "entrée", "ENTREE"]),
            st.sampled_from(["libre", "gratuite"])),
    _phrase(st.sampled_from(["Inscription", "inscriptions"]),
            st.sampled_from(["gratuite", "obligatoire", "en ligne"])),
    _phrase("sur", st.sampled_from(["inscription", "INSCRIPTION"])),
)  # fmt: skip
#: An event page's practical fields, by kind (``communique.french.cues.EVENT_PAGE``'s named
#: groups): each field's labels in the cases and with the bullets, bold and spaces pages give
#: them, a value after the colon.
_EVENT_PAGE_FIELDS = {
    "when": ["Dates :", "Date :", "DATE :", "Quand :", "Date\u00a0:"],
    "where": ["Lieu :", "Adresse :", "Où :", "LIEU:", "Lieu\u00a0:"],
    "price": ["Tarifs :", "Tarif :", "Prix :", "Entrée :", "Entrée libre", "entrée gratuite"],
    "hours": ["Horaires :", "Horaire :", "HORAIRES :"],
    "access": ["Accès :", "Acces :"],
    "programme": ["Programme", "PROGRAMME", "Programme complet", "Programme de la journée"],
    "registration": ["Inscription", "Inscriptions :", "Billetterie", "Réservations :",
                     "Je m'inscris", "Je m’inscris", "S’inscrire"],
    "practical": ["Informations pratiques", "Infos pratiques", "INFORMATIONS PRATIQUES :"],
}  # fmt: skip
_EVENT_PAGE_VALUES = {"when": " samedi 12 septembre 2026", "where": " halle aux grains, Tulle",
                      "price": " 8 € (gratuit pour les moins de 12 ans)", "hours": " 10 h – 18 h",
                      "access": " ligne 2, arrêt Mairie"}  # fmt: skip
#: ``(kind, line)``: an event page's field line, as a page writes it.
event_page_fields = st.sampled_from(sorted(_EVENT_PAGE_FIELDS)).flatmap(
    lambda kind: st.builds(
        lambda label, dress: (
            kind,
            dress.format(label + (_EVENT_PAGE_VALUES.get(kind, "") if label.endswith(":") else "")),
        ),
        st.sampled_from(_EVENT_PAGE_FIELDS[kind]),
        st.sampled_from(["{}", "- {}", "* {}", "**{}**", "## {}", "  {}", "• {}"]),
    )
)
#: A template's placeholders.
placeholder_forms = st.one_of(
    _phrase(st.sampled_from(["Lorem", "lorem", "LOREM"]), "ipsum"),
    st.builds(lambda space, word: f"[{space}{word} ]",
              st.sampled_from(["", " "]),
              st.sampled_from(["INSÉRER UN NOM", "insérer la date", "Inserer", "NOM", "DATE",
                               "name of the company", "VILLE", "Titre", "Nom de l'entreprise"])),
    st.sampled_from(["Paris, le XX/XX/2024", "xx/xx/xxxx"]),
    # a template's variable in capitals
    st.builds(lambda space, name: f"{{{{{space}{name}{space}}}}}",
              st.sampled_from(["", " "]),
              st.sampled_from(["VILLE", "DATE", "CONTACT_NAME", "ORG", "TITRE2"])),
)  # fmt: skip

# -- contact grammar ----------------------------------------------------------------------------
# Each table below generates every written form of one part of a press contact; the tests of
# tests/test_contact_grammar.py read them back through the library's tables.

#: How each national or international grouping writes a number, from its digits (without
#: the leading 0 or country code): ``(form, render, digits drawn, E.164 of the digits)``.
PhoneRendering = tuple[str, Callable[[str], str], st.SearchStrategy[str], Callable[[str], str]]


def _pairs(digits: str) -> list[str]:
    return [digits[i : i + 2] for i in range(0, len(digits), 2)]


def _national_digits(first: str, size: int) -> st.SearchStrategy[str]:
    return st.builds(
        lambda f, rest: f + rest,
        st.sampled_from(first),
        st.text("0123456789", min_size=size - 1, max_size=size - 1),
    )


PHONE_RENDERINGS: tuple[PhoneRendering, ...] = (
    (
        "french",
        lambda d: "0" + d[0] + " " + " ".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: "0" + d[0] + "." + ".".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: "0" + d[0] + "-" + "-".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    ("french", lambda d: "0" + d, _national_digits("1234567", 9), lambda d: "+33" + d),
    (
        "french",
        lambda d: f"+33 (0){d[0]} " + " ".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: f"+33 {d[0]} " + " ".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: f"(+33) {d[0]} " + " ".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: f"0033 {d[0]} " + " ".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: "0" + d[0] + NBSP + NBSP.join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french",
        lambda d: "0" + d[0] + "\N{THIN SPACE}" + "\N{THIN SPACE}".join(_pairs(d[1:])),
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french-threes",
        lambda d: f"+33 {d[:3]} {d[3:6]} {d[6:]}",
        _national_digits("1234567", 9),
        lambda d: "+33" + d,
    ),
    (
        "french-special",
        lambda d: f"0 {d[:3]} {d[3:6]} {d[6:]}",
        _national_digits("8", 9),
        lambda d: "+33" + d,
    ),
    (
        "four-pairs",
        lambda d: f"0{d[:3]} " + " ".join(_pairs(d[3:])),
        _national_digits("4569", 9),
        lambda d: "",
    ),
    (
        "swiss",
        lambda d: f"0{d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
        _national_digits("2345678", 9),
        lambda d: "+41" + d,
    ),
    (
        "belgian",
        lambda d: f"0{d[0]} {d[1:4]} {d[4:6]} {d[6:]}",
        _national_digits("23", 8),
        lambda d: "+32" + d,
    ),
    (
        "belgian",
        lambda d: f"0{d[:2]} " + " ".join(_pairs(d[2:])),
        _national_digits("56789", 8),
        lambda d: "+32" + d,
    ),
    (
        "north-american",
        lambda d: f"({d[:3]}) {d[3:6]}-{d[6:]}",
        _national_digits("23456789", 10),
        lambda d: "",
    ),
    (
        "north-american",
        lambda d: f"1-{d[:3]}-{d[3:6]}-{d[6:]}",
        _national_digits("2345678", 10),
        lambda d: "+1" + d,
    ),
    (
        "international",
        lambda d: f"+41 {d[:2]} {d[2:5]} {d[5:7]} {d[7:]}",
        _national_digits("2345678", 9),
        lambda d: "+41" + d,
    ),
    (
        "international",
        lambda d: f"+32 {d[0]} {d[1:4]} {d[4:6]} {d[6:]}",
        _national_digits("23", 8),
        lambda d: "+32" + d,
    ),
    (
        "international",
        lambda d: f"+212 {d[0]} {d[1:3]} " + " ".join(_pairs(d[3:])),
        _national_digits("56", 9),
        lambda d: "+212" + d,
    ),
    # the country code after 00, or a plus in brackets, as European releases write them
    (
        "international",
        lambda d: f"0049 {d[:3]} {d[3:]}",
        _national_digits("1", 11),
        lambda d: "+49" + d,
    ),
    (
        "international",
        lambda d: f"(+49) {d[:2]} {d[2:]}",
        _national_digits("3", 10),
        lambda d: "+49" + d,
    ),
    (
        "north-american",
        lambda d: f"+1 {d[:3]} {d[3:6]}-{d[6:]}",
        _national_digits("2345678", 10),
        lambda d: "+1" + d,
    ),
    # Luxembourg (a fixed line with its extension after a dash, a mobile by threes), Monaco
    (
        "international",
        lambda d: f"(+352) {d[:3]}-{d[3:]}",
        _national_digits("24", 8),
        lambda d: "+352" + d,
    ),
    (
        "international",
        lambda d: f"+352 {d[:3]} {d[3:6]} {d[6:]}",
        _national_digits("6", 9),
        lambda d: "+352" + d,
    ),
    (
        "international",
        lambda d: f"+377 {d[:2]} " + " ".join(_pairs(d[2:])),
        _national_digits("9", 8),
        lambda d: "+377" + d,
    ),
)


@st.composite
def written_phones(draw: st.DrawFn) -> tuple[str, str, str]:
    """A phone number in one of its written forms: ``(form name, text, E.164)``."""
    form, render, digits, e164 = draw(st.sampled_from(PHONE_RENDERINGS))
    drawn = draw(digits)
    return form, render(drawn), e164(drawn)


#: Text a phone number may stand in: a label before it, punctuation after it.
PHONE_SETTINGS = ("Tél. : {}", "Tél.{}", "Portable : {}.", "({})", "{} – presse", "T {}")

#: Contact headings as press rooms write them (France, Belgium, Switzerland, Québec).
CONTACT_HEADING_FORMS = (
    "Contact presse",
    "Contacts presse :",
    "CONTACTS PRESSE",
    "Contact(s) presse",
    "Relations presse",
    "Relations médias :",
    "Contacts médias",
    "Service de presse",
    "Attachée de presse :",
    "Attaché de presse",
    "Personnes-ressources",
    "Relations avec les médias",
    "Source et renseignements :",
    "Demandes médias :",
    "Interlocuteurs presse",
    "Infos presse",
    "Presse et médias",
    "Contacts presse régionaux",
    "Chargée des relations presse :",
    "Adresse pour l'envoi de questions",
    "Renseignements complémentaires :",
    "Pour toute information supplémentaire :",  # Luxembourg's government, Belgian offices
    "Pour toute information complémentaire",
    "Coordonnées presse",
    "Pour nous contacter :",
    "Pour plus d'informations vous pouvez contacter :",
    "Pour plus d’informations, n’hésitez pas à contacter :",
    "Pour de plus amples informations, contactez :",
    "Contact (presse)",
    "Contact presse FSFE",
)

#: How an address is disguised: ``(at, dot)`` as written.
EMAIL_DISGUISES = (
    (" [at] ", "."),
    (" (at) ", "."),
    ("[at]", "."),
    (" at ", " dot "),
    (" [@] ", "."),
    (" (arobase) ", "."),
    (" [arobase] ", " [point] "),
    (" @ ", "."),
    ("(@)", "(.)"),
)

#: Family names in their written forms: capitals, particles in any case, hyphens, elisions.
FAMILY_NAME_FORMS = (
    "DUPONT",
    "Martin",
    "Lefèvre-Roussel",
    "de La Tour",
    "Van den Broeck",
    "d'Aubigny",
    "N'Diaye",
    "LE GALL",
    "Ben Salah",
    "P. Girard",
)
#: Given names in their written forms (all in communique.french.contact_words.GIVEN_NAMES).
GIVEN_NAME_FORMS = ("Anaïs", "Jean-Luc", "Marie-Hélène", "SOPHIE", "Karim", "Élodie", "J.-P.")
contact_names = st.builds(
    lambda given, family: f"{given} {family}",
    st.sampled_from(GIVEN_NAME_FORMS),
    st.sampled_from(FAMILY_NAME_FORMS),
)

#: Sentences that invite the reader to reach a person: the name in them is the contact's.
CONTACT_INVITATIONS = (
    "Pour plus d'informations, contactez {name} au {phone}.",
    "Les journalistes peuvent joindre {name} au {phone}",
    "Renseignements auprès de {name} : {phone}",
    "Pour toute question, s'adresser à {name} ({phone})",
    "Merci de contacter {name} par téléphone au {phone}",
)

#: Organisations written like a person's name ("Littoral Vivant") or with an organisation word.
NAME_LIKE_ORGANISATIONS = ("Littoral Vivant", "Nordavia Énergies", "Calliope Finance", "Océalis")
#: Organisations named by an acronym then words, shaped like "GIVEN Family".
ACRONYM_ORGANISATIONS = ("ARB Hauts-Plateaux", "CHI des Deux-Rivières", "SDIS Cantal", "CCI Loire")

#: Lines that give a number or an address to the public, not to the press.
PUBLIC_LINES = (
    "Renseignements pour le public : {}",
    "Informations aux usagers : {}",
    "Standard : {}",
    "Accueil : {}",
    "Numéro vert : {}",
    "Contact pour les familles : {}",
    "Standard de l'agence : {}",
    "Accueil du public de la mairie : {}",
    "Standard téléphonique de la préfecture : {}",
)

#: The footer of a letter or a page: the organisation's postal address, then its switchboard.
POSTAL_FOOTERS = (
    "Préfecture de la Gironde – 2, esplanade Charles-de-Gaulle – CS 41397 – 33077 Bordeaux Cedex",
    "Hôtel de Région – 1, place du Parlement – 35000 Rennes",
    "Agence régionale de santé – BP 512 – 31050 Toulouse",
    "12 rue de la République 69002 Lyon",
    "Gouvernement de Wallonie – Rue de l'Écluse 14, 5000 Namur",
    "Agence nationale des ports – 12, avenue des Fictifs, Agdal – Rabat",
    "2/2\nDépartement de la Mayenne – Hôtel du Département – 39, rue Fictive – CS 21400",
    "Page 1 sur 1\nVille de Luxembourg – L-1341 Luxembourg",
)


# Pieces of text where dates and relative mentions start, and near-misses: digits (ASCII
# and others), weekdays, "premier", "hier", months, the words that end a relative mention,
# separators, and letters a case-insensitive pattern reads as "i" or "s" (ı, ſ, İ).
_DATE_PIECES = (
    "1",
    "12",
    "31",
    "2024",
    "٣",
    "1er",
    "1ᵉʳ",
    "/",
    ".",
    "-",
    " ",
    "\n",
    "  ",
    ",",
    "lundi",
    "Mardi",
    "MERCREDI",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "premier",
    "Premier",
    "hier",
    "demain",
    "mars",
    "août",
    "aout",
    "février",
    "décembre",
    "prochain",
    "dernier",
    "et",
    "au",
    "le",
    "la",
    "du",
    "de",
    "x",
    "é",
    "’",
    "ı",
    "ſ",
    "İ",
    "ſamedi",
    "lundı",
    "<sup>er</sup>",
)


@st.composite
def date_texts(draw: st.DrawFn) -> str:
    """Texts made of date pieces, where date and relative-mention patterns start and fail."""
    return "".join(draw(st.lists(st.sampled_from(_DATE_PIECES), max_size=40)))


#: Texts of words and every kind of whitespace: runs, single odd spaces (tab, line breaks, em
#: space, ideographic space, NEL, information separators) and the no-break spaces kept as
#: typography.
whitespace_texts = st.text(
    alphabet=st.sampled_from(
        [" ", "\t", "\n", "\r", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0", "\u202f", "\u2003",
         "\u3000", "a", "é", "-", "’"]
    ),
    max_size=30,
)  # fmt: skip

#: Texts with what folding for comparison removes or keeps: accents (composed and combining,
#: inside and outside the usual block), ligatures, capitals whose lower case is longer,
#: punctuation, no-break spaces, digits of other scripts.
folding_texts = st.lists(
    st.sampled_from(
        [*"aeEéÉèêàçœŒæÆßẞﬁǅİı’«»–-_.,;:!? \u00a0\u202f\n\t19٣²½ñüÿ", "\u0301", "\u0327",
         "\u034f", "\u0345", "\u0483", "\u05b0", "Préfète", "ŒUVRE"]
    ),
    max_size=30,
).map("".join)  # fmt: skip

#: Pieces of lines with and without an inline contact cue, in every case, with letters a
#: case-insensitive pattern reads as "i", "k" or "s" (ı, İ, K, ſ).
inline_contact_lines = st.lists(
    st.sampled_from(
        ["Contact", "CONTACTS", "contacter", "Contactez", "contact presse", " : ", ":", " ",
         "(", ")", "Marie", "Envoyez", "ADRESSEZ", "transmettez", "vos", "toutes les",
         "questions", "demandes", " à ", "a", "ſ", "ı", "İ", "K", "\n", ",", "adreſſez",
         "CONTACT ſervice", "conta", "ct", "auprès de", "AUPRES DU", "aupr", "ès d'",
         "journalistes", "Les médias", "la presse", " peuvent ", "écrire", "ECRIRE", "É"]
    ),
    max_size=14,
).map("".join)  # fmt: skip

#: Texts of Markdown marks and what stands around them: hashes, stars, list markers, spaces
#: before a line break, words.
markdown_mark_texts = st.lists(
    st.sampled_from(["#", " ", "\n", "*", "**", "-", "+", "a", "é", "_", "  \n", "x y", "\t", "1"]),
    max_size=16,
).map("".join)

_INLINE_PIECES = (
    "mot", "é", " ", "  ", "\t", "\n", "  \n", " \n", "\\", "\\*", "`", "`code`", "*", "**",
    "_", "[", "]", "(", ")", "[lien](http://x.fr)", "![img](a.png)", "!", "<", ">", "<b>",
    "</b>", "<http://x.fr>", "&", "&amp;", "&#233;", "~", "~~", "-", ":", "@", "a@b.fr",
    "%", "+", "=", "#", "|", "{", "}", "^", "$", "\n\n", "- ", "> ", "1. ",
)  # fmt: skip
#: Texts of what markdown-it's inline rules react to (escapes, code, emphasis, links, images,
#: autolinks, tags, entities, line breaks) and what only its extensions read, among words.
inline_markup_texts = st.lists(
    st.sampled_from(_INLINE_PIECES),
    max_size=24,
).map("".join)

_BLOCK_LINES = (
    "Texte", "texte suivi", "", "   ", "    code", "\tcode", "# Titre", "## Titre ##", "#Titre",
    "Titre", "===", "---", "***", "* * *", "___", "- point", "-point", "* point", "+ point",
    "1. un", "2) deux", "10. dix", "1.", "> cité", ">", "```", "```python", "~~~", "`",
    "<div>", "</div>", "<p>Contact :<br>", "<!-- note -->", "<b>gras</b> texte",
    "[ref]: http://x.fr", "[ref]", "| a | b |", "|---|---|", "a | b", "--- | ---", ":-:",
    "  - sous-point", "   > cité", "Texte  ", "**Gras**", "_x_",
)  # fmt: skip
#: Markdown texts of block constructs, a line each: headings (ATX and setext), rules, lists,
#: quotes, fences, indented code, raw HTML, link references, tables, paragraphs.
markdown_block_texts = st.lists(st.sampled_from(_BLOCK_LINES), max_size=14).map("\n".join)

#: The title of a listed company's periodic figures: what it reports, then the period it
#: covers and its year, in any order and case: "Résultats annuels 2023", "Chiffre d'affaires
#: du troisième trimestre 2024", "Information financière trimestrielle – T3 2024".
periodic_results_titles = st.builds(
    lambda subject, period, year, between, case: case(f"{subject}{between}{period} {year}"),
    st.sampled_from(
        [
            "Résultats",
            "RÉSULTATS",
            "Résultats financiers du Groupe Varenne",
            "Résultats consolidés",
            "Chiffre d'affaires",
            "Chiffre d’affaires",
            "Information financière",
            "Publication du chiffre d'affaires",
            "Publication des résultats",
        ]
    ),
    st.sampled_from(
        [
            "annuels",
            "semestriels",
            "du premier semestre",
            "du 1er trimestre",
            "du troisième trimestre",
            "trimestrielle",
            "de l'exercice",
            "T3",
            "S1",
            "H1",
            "Q4",
            "des 9 premiers mois",
            "à fin septembre : neuf mois",
            "– Quatrième trimestre et année",
        ]
    ),
    st.integers(1990, 2039),
    st.sampled_from([" ", " : ", " – "]),
    st.sampled_from([str, str.upper]),
)


# The authorities a State site's brand block names (the DSFR "bloc-marque"), a word group a
# line: the title, then what it is of; the case varies by site.
STATE_BRAND_TITLES = ("Préfet", "Préfète", "Ministère", "Préfet de la région", "Haut-commissaire")
STATE_BRAND_PLACES = (
    "du Cher",
    "de la Drôme",
    "de l'Isère",
    "des Landes",
    "de la Mer",
    "Grand Est",
)


@st.composite
def state_brand_blocks(draw: st.DrawFn) -> tuple[str, str]:
    """A brand block as a State site writes it (``<p class="fr-logo">Préfet<br>du Cher</p>``,
    sometimes among other classes, its lines in spans), and the name it gives."""
    title = draw(st.sampled_from(STATE_BRAND_TITLES))
    place = draw(st.sampled_from(STATE_BRAND_PLACES))
    if draw(st.booleans()):
        title, place = title.upper(), place.upper()
    words = f"{title} {place}".split()
    cut = draw(st.integers(1, len(words)))  # where the first <br> falls (none at the end)
    lines = [" ".join(words[:cut]), " ".join(words[cut:])]
    lines = [line for line in lines if line]
    if draw(st.booleans()):
        lines = [f"<span>{line}</span>" for line in lines]
    classes = draw(st.sampled_from(("fr-logo", "fr-logo fr-logo--lg", "brand fr-logo")))
    tag = draw(st.sampled_from(("p", "div")))
    return f'<{tag} class="{classes}">{"<br>".join(lines)}</{tag}>', " ".join(words)


# The emblem of the Republic as banners of every make set it above the authority's name:
# the frame and the motto on one line or a word a line, or a Marianne's alternative text.
STATE_EMBLEMS_TEXT = (
    ("RÉPUBLIQUE FRANÇAISE", "Liberté", "Égalité", "Fraternité"),
    ("RÉPUBLIQUE", "FRANÇAISE", "Liberté", "Égalité", "Fraternité"),
    ("République française", "Liberté Égalité Fraternité"),
    ("Liberté", "Égalité", "Fraternité"),
    ("Liberté Égalité Fraternité",),
    ("RÉPUBLIQUE FRANÇAISE",),
)
STATE_EMBLEM_IMAGES = tuple(
    (alt, f'<img src="/img/{file}" alt="{alt}">')
    for alt, file in (
        ("Liberté Égalité Fraternité", "marianne.png"),
        ("République française", "rf.svg"),
    )
)


@st.composite
def state_banners(draw: st.DrawFn) -> tuple[str, list[str], str]:
    """A State site's banner of another make than the DSFR's: the emblem and the authority's
    name, over or under it (an office alone on its line may have its territory on the next),
    then the site's title. As HTML, as the lines a text capture keeps, and the name it
    gives."""
    title = draw(st.sampled_from(STATE_BRAND_TITLES))
    place = draw(st.sampled_from(STATE_BRAND_PLACES))
    if draw(st.booleans()):
        title, place = title.upper(), place.upper()
    wrapped = title.split()[-1].lower() in ("préfet", "préfète", "haut-commissaire")
    # (a territory goes on under the office with its particle: "PRÉFET" / "DU CHER")
    wrapped = wrapped and len(title.split()) == 1 and place.lower().startswith(("de", "du"))
    wrapped = wrapped and draw(st.booleans())
    name_lines = [title, place] if wrapped else [f"{title} {place}"]
    emblem = list(draw(st.sampled_from(STATE_EMBLEMS_TEXT)))
    if draw(st.booleans()):
        # (a text browser shows the image's alternative text in its place)
        alt, html_emblem = draw(st.sampled_from(STATE_EMBLEM_IMAGES))
        emblem = [alt]
    else:
        html_emblem = '<span class="rf">' + "<br>".join(emblem) + "</span>"
    name_tag = draw(st.sampled_from(("p", "div", "span", "strong")))
    html_name = f'<{name_tag} class="entite">{"<br>".join(name_lines)}</{name_tag}>'
    # the État's brand block sets the name over the motto; other banners, under the emblem
    above = draw(st.booleans())
    html = (
        '<div class="bandeau">'
        + (f"{html_name}\n{html_emblem}\n" if above else f"{html_emblem}\n{html_name}\n")
        + '<p class="site">Les services de l\'État</p></div>\n'
        '<nav class="fil"><a href="/">Accueil</a> / <a href="/presse">Presse</a></nav>'
    )
    banner = [*name_lines, *emblem] if above else [*emblem, *name_lines]
    lines = ["Aller au contenu", *banner, "Rechercher", "Menu"]
    return html, lines, f"{title} {place}"


# The pieces of a web page's markup that the HTML adapter's walk reads otherwise: block and
# inline tags, dropped tags (scripts, navigation, asides, forms), furniture by attribute
# (hidden, a role, a style, an id or class naming a menu or a content), Word's title styles,
# links of every kind, line breaks, tables, preformatted text, comments and processing
# instructions; and the text between them: spaces of every kind, invisible characters,
# entities, a template's translated strings.
_WALK_TAGS = (
    "p",
    "div",
    "span",
    "b",
    "strong",
    "i",
    "em",
    "cite",
    "a",
    "br",
    "h1",
    "h2",
    "h3",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "table",
    "tr",
    "td",
    "th",
    "nav",
    "aside",
    "header",
    "footer",
    "article",
    "main",
    "section",
    "dl",
    "dt",
    "dd",
    "script",
    "font",
    "center",
    "figure",
    "figcaption",
    "form",
    "code",
)
_WALK_ATTRIBUTES = (
    "",
    "",
    "",
    ' class="content"',
    ' class="menu"',
    ' id="sidebar"',
    ' class="MsoTitle"',
    ' class="MsoSubtitle"',
    " hidden",
    ' aria-hidden="true"',
    ' style="display: none"',
    ' role="main"',
    ' role="navigation"',
    ' class="chapo"',
    ' class="elementor-widget text"',
    ' href="mailto:presse@ex.fr"',
    ' href="tel:+33123456789"',
    ' href="https://ex.fr/cp.pdf"',
    ' href="cp.pdf"',
    ' href="presse@ex.fr"',
    ' href="/page.html"',
    ' class="P3"',
    ' class="T1 x"',
)
_WALK_WORDS = (
    "Paris,",
    "le 3 mars 2024",
    "Contact presse :",
    "Jean Dupont",
    "01 23 45 67 89",
    "presse@ex.fr",
    "\u00a0",
    "\u202f:",
    "ma\u00adi",
    "01\u200b23",
    "  ",
    "\n",
    "\t",
    '{% trans "Bonjour" %}',
    "«\u00a0oui\u00a0»",
    "&amp;",
    "&shy;",
    "&nbsp;",
    "&#8203;",
    "<!-- c -->",
    "<?pi x?>",
    "",
)


@st.composite
def _walk_nodes(draw: st.DrawFn, depth: int = 0) -> str:
    words = st.lists(st.sampled_from(_WALK_WORDS), max_size=4).map(" ".join)
    if depth > 4 or draw(st.integers(0, 9)) < 3:
        return draw(words)
    tag = draw(st.sampled_from(_WALK_TAGS))
    if tag == "br":
        return "<br>" + draw(words)
    inner = "".join(draw(st.lists(_walk_nodes(depth + 1), max_size=3)))
    attribute = draw(st.sampled_from(_WALK_ATTRIBUTES))
    return f"<{tag}{attribute}>{draw(words)}{inner}</{tag}>{draw(words)}"


#: Web pages of `_WALK_TAGS` nested in every order, with furniture, links, comments and odd
#: spaces: what the HTML adapter's walk is compared on.
walk_pages = st.lists(_walk_nodes(), min_size=1, max_size=5).map(
    lambda nodes: f"<html><body>{''.join(nodes)}</body></html>"
)


# Every character the loader replaces or removes (C0 and C1 controls, DEL, the invisible
# characters), those beside them that it keeps (tab, newlines, NEL, the no-break spaces, the
# zero-width joiners) and others sharing their UTF-8 lead bytes (C2: «, °; E2: ’, –, …).
_LOADER_CHARACTERS = (
    *(chr(code) for code in range(0x20)),
    *(chr(code) for code in range(0x7F, 0xA1)),
    *("\u00ab\u00ad\u00b0\u00bb\u00e9\u2019\u2013\u2026\u200b\u200c\u200d\u2060\u202f\ufeff"),
    *("a", "b", " ", "\u2028", "\u2029", "\ufffd"),
)
#: UTF-8 inputs of those characters among words, with or without a byte-order mark, some
#: longer than the loader's 64 KB sample: what the loader's reading of the bytes is compared on.
loader_inputs = st.builds(
    lambda bom, text, pad: bom + (pad + text).encode("utf-8"),
    st.sampled_from([b"", b"\xef\xbb\xbf"]),
    st.lists(st.sampled_from(_LOADER_CHARACTERS), max_size=40).map("".join),
    st.sampled_from(["", "Le 4 mai 2023 ", "é" * 40_000]),
)
