"""Weights of the evidence that chooses a field among its candidates, as data.

A field read from several places (the release date: a dateline, a ``Publié le`` line, the
metadata…) collects one candidate per place; each candidate's score is the sum of the
weights of the evidence codes that fired for it, and the highest score wins (the first
collected on a tie). The codes and what they mean are listed in ``docs/model.md``; the
result records them ([`communique.PressRelease.explain`][communique.PressRelease.explain]), so a
user can see why.

The weights were set by hand from the conventions of French press releases, then checked on
the development and blind corpora together (``communique evaluate``): the order of the
sources is the strength of the convention, modifiers adjust one candidate against another.
A new convention is a new row here and a collector in the step that reads it.
"""

from __future__ import annotations

__all__ = [
    "DATE_EVIDENCE",
    "DOC_TYPE_EVIDENCE",
    "EMBARGO_EVIDENCE",
    "EVENT_EVIDENCE",
    "HEADLINE_EVIDENCE",
    "LEDE_EVIDENCE",
    "REFERENCE_EVIDENCE",
]

#: The release date and the dateline's place (``extract/dateline.py``): code -> weight.
DATE_EVIDENCE: dict[str, float] = {
    # Where the candidate was read, strongest convention first.
    "header-dateline": 10.0,  # "Paris, le 24 juillet 2012" in the header
    "glued-dateline": 9.0,  # "Québec, le 1er mars 2001 – Le ministre…" opening the body
    "header-date": 7.0,  # a date alone, or "Publié le …", on a header line
    "field-strip": 6.0,  # a place and a date among fields joined by " | " in the header
    "title-page-date": 6.0,  # a date alone on a press kit's title page
    "title-page-dateline": 6.5,  # a dateline below an e-mail's cover note or a cover page
    "publication-line": 6.0,  # "Date de publication : …", "Mis en ligne le …" near the top
    "closing-dateline": 7.0,  # "Fait à Paris, le …" signing the release
    "metadata": 4.0,  # front matter, <meta>, JSON-LD, an e-mail's Date:
    "lead-date": 3.0,  # "Le mardi 12 mars 2024, le conseil…" opening the first paragraph
    "headline-date": 2.5,  # "Conseil des ministres du 24 juin 2015": the title's day
    "lead-mention": 1.5,  # the first full date the lead mentions, if nothing says it is ahead
    "wire": 2.0,  # "PARIS--(BUSINESS WIRE)--": a place, no date
    # The first full date in the text's top 1,500 characters: the last resort (above an
    # update line's 6 - 5 = 1).
    "first-date": 1.25,
    # The day the page's address or the file's name writes ("/2016/01/07/statement/",
    # "2020-07-18-communique.md"), below every date the text or the metadata gives, above
    # an update line's (6 - 5 = 1), which says it is not the release's day.
    "address": 1.1,
    # Modifiers.
    "this-day": -0.5,  # named in the lead's first sentence ("pour ce jeudi 12 mars 2020")
    "with-place": 0.5,  # a place and a date together make a dateline
    # "Mis à jour le", "Modifié le": a later day than the release's, the last resort: an
    # update line (6 - 5 = 1) stays below every source that states or tells the release day.
    "update-label": -5.0,
    "year-missing": -4.0,  # "le 5 mars": resolved only against a reference date
    # A signature closing an act the release quotes ("Article 1 : …" / "Fait à Lyon, le 6
    # mars"): the act's date, below a stamp or a dateline of the release's own.
    "quoted-act": -2.0,
}

#: The headline among the header's lines (``extract/headline_rules.py``): code -> weight.
HEADLINE_EVIDENCE: dict[str, float] = {
    # Typography: how the line is set.
    "heading": 3.0,  # a heading (Markdown "#", HTML <h1>–<h6>, a Word heading style)
    "top-heading": 1.0,  # a first-level heading
    "bold": 2.0,  # the whole line in bold
    "italic": 0.5,  # the whole line in italics
    "subject-line": 3.0,  # "Objet :" / "Subject:": an e-mail's subject kept in the text
    # after the generic label and a separator on its line ("Communiqué de presse – Titre")
    "title-after-type": 2.0,
    # Position.
    "after-marker": 0.5,  # below a document type or a dateline: the headline usually follows
    "above-its-type": 0.5,  # directly above its document type ("Titre" / "Communiqué")
    # directly above its date ("Titre" / "Publié le …"), or above the paragraph its dateline
    # opens ("Titre" / "Québec, le 23 septembre 1998 - Le premier ministre…")
    "above-its-date": 0.5,
    # Shape.
    "title-length": 1.0,  # 20 to 250 characters
    "long-sentence": -1.0,  # longer than 150 characters and ending with a full stop
    "prose": -3.0,  # two sentences, or a long one ending with a full stop
    "inside-running-text": -3.0,  # a line below a full sentence of its own block
    "enumeration": -3.0,  # a bullet, or a clause ending with "," or ";"
    "lower-case-start": -2.0,  # titles start with a capital (or a digit, a quote)
    "continues-above": -2.0,  # goes on with the line above: "…, " / "ET DE L'ÉCONOMIE"
    "dated-opening": -5.0,  # "Novembre 2005 : Le groupe annonce…": the first sentence, dated
    "signed-at": -5.0,  # "Fait à Figeac, le 2 juin 2026": a signature's place and date
    "publication-stamp": -5.0,  # "Date de publication : 03/03/2026": when, not what
    "label": -2.0,  # ends with ":", or a ticker line "Carrefour (Paris:CA)"
    "field-strip": -4.0,  # fields joined by " | ": "COMMUNIQUÉ | PARIS | 9 AVRIL 2024"
    "names-a-doc-type": -2.0,  # a short label naming a document type: "Info ou communiqué"
    "situation-update": -3.0,  # a crisis's numbered update: "Point de situation n° 3 – 14 h"
    "byline": -4.0,  # an author's line: "Par Sarah Delafortrie, Christophe Springael"
    "salutation": -5.0,  # a letter's or a speech's greeting: "Monsieur le Ministre, cher Renaud,"
    # the site's section, even as the page's only heading: "# Espace presse", "Actualités"
    "section-name": -3.0,
    "council-session": 2.0,  # a government council's meeting: "Conseil des ministres du 3 mai 2024"
    "lone-line": 2.0,  # the header's only line over the body: the title a release always has
    "repeated": 2.0,  # written twice or more in the header (page title, then the document's)
    # What else a header line may be.
    "issuer-like": -2.0,  # an organisation, a person's name, an office, a short caps line
    "under-a-name": -0.5,  # a few words under an organisation's name in its block: a slogan
    "issuer-communicates": -5.0,  # "LA PRÉFECTURE COMMUNIQUE", "X, maire de Y, communique :"
    "contact-or-about": -5.0,  # a contact heading or an "À propos" heading
    "department-or-address": -4.0,  # a service of the issuer, or its postal address
    "legal-mention": -5.0,  # "RCS Montpellier 000 000 000", "SA au capital de …"
    # "NE PAS DIFFUSER, DIRECTEMENT OU INDIRECTEMENT, AUX ÉTATS-UNIS…", "Not for release…",
    # "Pour diffusion immédiate", "Information réglementée": how to release it, not what
    "distribution-legend": -5.0,
}

#: The embargo (``extract/embargo.py``): code -> weight. The labels are the rules of
#: ``communique.french.embargo``; the strongest candidate is the embargo.
EMBARGO_EVIDENCE: dict[str, float] = {
    # The label, strongest convention first.
    "embargo-label": 10.0,  # "Sous embargo jusqu'au …", "EMBARGO : …"
    "do-not-publish-before": 9.0,  # "Ne pas diffuser avant le …"
    "publish-from": 8.0,  # "Diffusion autorisée à partir du …"
    "immediate-release": 6.0,  # "Pour diffusion immédiate": no embargo
    # Modifiers.
    "opening": 1.0,  # in the header, or in the first blocks of the body
    "with-date": 2.0,  # the label is followed by a date
    "with-time": 1.0,  # ... and a time of day
    "named-zone": 0.5,  # ... and a time zone ("heure de Paris", "CET")
    "next-line": -0.5,  # the moment stands on the line below the label
    "year-missing": -1.0,  # "jusqu'au 12 mars": resolved against the release date
    "undated": -4.0,  # an embargo label with no moment that can be read
}

#: The date of the event a press invitation invites to (``extract/event.py``): code -> weight.
#: The dateline's date is never a candidate: the release date and the event date are apart.
EVENT_EVIDENCE: dict[str, float] = {
    # Where the date was read, strongest convention first.
    "date-line": 10.0,  # "Date : jeudi 14 mars 2024" (a practical line of the invitation)
    "slot": 7.0,  # a body date followed by its time: "le jeudi 14 mars 2024 à 10 h 30"
    "invited-date": 5.0,  # a date in the sentence inviting the press
    "first-date": 3.0,  # the first date of the body
    # Modifiers.
    "with-time": 1.0,  # a time of day follows the date
    "year-missing": -0.5,  # "le jeudi 14 mars": resolved against the release date
    "before-release": -4.0,  # before the release date: a past event, not the one invited to
}

#: The document type (``extract/doc_type.py``): code -> weight. The header's own lines come
#: first (the first written wins among them), then the headline, the metadata, the title page.
DOC_TYPE_EVIDENCE: dict[str, float] = {
    # Where the candidate was read.
    "header-line": 4.0,  # a header line that is only a type: "COMMUNIQUÉ DE PRESSE"
    "title-prefix": 4.0,  # "Communiqué de presse : Titre", "Dossier de presse PostgreSQL 9.3"
    "two-lines": 4.0,  # "COMMUNIQUÉ" / "DE PRESSE" on a cover page
    "field-strip": 4.0,  # one field of a portal's strip: "09/01/2025 | Press release | …"
    "after-date": 4.0,  # after a dateline's date: "12 MARS 2024 – COMMUNIQUÉ DE PRESSE"
    "headline": 3.0,  # the headline opens or closes with it: "[Communiqué] …", "… Press Kit"
    "before-headline": 2.5,  # right before the headline on its line (a PDF flattened to one line)
    "metadata": 2.0,  # front matter, page metadata
    "title-page": 1.0,  # a title page's line or heading further down
    "closing-line": 0.5,  # a footer at the text's end: "Communiqué de presse – Service …"
    # Modifiers.
    "section-label": -5.0,  # in the plural: "Communiqués de presse", a site's section
    # a portal's stamp filing the page under a type beside its day ("Communiqué | 28 oct."):
    # the document's own label, written alone, wins
    "category-stamp": -0.5,
    # a PDF's running header: "Communiqué de presse – page 1/2", below the label itself
    "running-header": -0.5,
    # a type with its qualifier beside the bare type: "Communiqué de presse commun" under a
    # page's category "Communiqué de presse"
    "qualified": 0.5,
    "slug": -5.0,  # a machine name in the metadata: "layout: communique", not written for readers
}

#: The lede (``extract/lede.py``): code -> weight.
LEDE_EVIDENCE: dict[str, float] = {
    "metadata": 4.0,  # a front-matter chapô (chapo, chapeau, lede), a page's chapô
    # a front-matter summary (summary, résumé): a listing's teaser, which an emphasised
    # paragraph under the title (after-front-matter, body-opening) outranks
    "metadata-summary": 1.75,
    "after-front-matter": 3.0,  # the emphasised paragraph under a front-matter title
    # the first paragraph under the title that the metadata's description repeats or an
    # excerpt break (<!--more-->) closes: the post's teaser
    "teaser": 3.0,
    "body-opening": 2.0,  # the emphasised first body paragraph after the headline
    # a plain paragraph between the headline and the paragraph the dateline opens
    "before-dateline": 2.0,
    "subheading": 1.5,  # a heading under the headline that reads as prose: a chapô set as <h3>
    "quote-opening": 1.5,  # a block quotation under the headline, no quotation mark opening it
    "bold-opening": 1.5,  # a bold sentence opening the first paragraph after its dateline
    "header-paragraph": 1.0,  # an emphasised header paragraph after the headline
}

#: The reference number (``extract/reference.py``): code -> weight.
REFERENCE_EVIDENCE: dict[str, float] = {
    "header-line": 1.0,  # "N° 046", "Réf. : CP/2020/03" on a header line (the first written)
}
