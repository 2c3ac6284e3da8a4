"""The words of a French press release, as named and composed regular expressions.

Rules of this module: every pattern is case-insensitive where French typography varies
(``COMMUNIQUE DE PRESSE``), accepts accented and unaccented spellings, both apostrophes
(``'`` and ``’``) and every space (``\\s`` covers U+00A0 and U+202F), and runs in linear time:
no nested quantifiers, every repetition bounded or anchored.
"""

from __future__ import annotations

import re

from ._phrases import alternatives
from .dates import DATE, WEEKDAY_PATTERN, WEEKDAYS, fold
from .embargo import IMMEDIATE_WORDS

__all__ = [
    "ABOUT_HEADING",
    "ABOUT_HEADING_LENGTH",
    "ADDRESS",
    "CLAUSE_VERB",
    "COMPANY_SECTOR_WORDS",
    "CONTACT_HEADING",
    "COOKIE_HEADING",
    "CREDIT",
    "DETERMINERS",
    "DISTRIBUTION_LEGEND",
    "DOCUMENT_VIEWER",
    "DOC_TYPE",
    "DOC_TYPE_PREFIX",
    "EMAIL",
    "END_MARKER",
    "ENGLISH_FUNCTION_WORDS",
    "EVENT_NOUNS",
    "FILING_LABELS",
    "FORWARDED_MARKER",
    "FRENCH_FUNCTION_WORDS",
    "FURNITURE",
    "INLINE_CONTACT",
    "ISSUER_WORDS",
    "KIT_SECTION_HEADINGS",
    "LANGUAGE_SWITCH",
    "LIST_ADDRESS",
    "MARKET_IDENTIFIERS",
    "MARKET_NAMES",
    "MARKET_QUOTE",
    "MARKET_TICKER_LINES",
    "NAME_PARTICLES",
    "NOTES_HEADING",
    "OBFUSCATED_EMAIL",
    "OFFICE",
    "OTHER_FUNCTION_WORDS",
    "OTHER_LANGUAGE_LABEL",
    "OTHER_LANGUAGE_WORDS",
    "PAGE_NUMBER",
    "PORTAL_FIELD",
    "PRESS_ROOM_SECTION",
    "PUBLIC_NOTICE_HEADING",
    "REFERENCE",
    "RELATED_CONTENT",
    "RELEASE_MARKER",
    "ROLE_WORDS",
    "RUBRICS",
    "SENTENCE_OPENERS",
    "SERVICE_LINE",
    "SITE_TITLE",
    "SITUATION_UPDATE",
    "SOCIAL_BAR",
    "STATE_HEADING",
    "STATE_MOTTOS",
    "STRIP_LABEL_PREFIX",
    "TICKER",
    "TYPED_ISSUER",
    "TYPE_ABBREVIATION",
    "TYPE_ABBREVIATION_WORD",
    "WEBSITE",
    "WIRE",
    "WORD_STRIP",
    "address_in",
    "council_session_title",
    "email_in",
    "is_about_heading",
    "is_consent_banner",
    "is_rubric",
    "is_section_label",
    "is_sector_word",
    "typed_issuer",
]

_APOSTROPHE = "['’]"

# Who a type is meant for, by a participle: "Information destinée aux médias".
_INTENDED_FOR = r"destin[ée]e?s?\s+"
# "Communiqué de presse" and its kin, as a whole (the line may hold nothing else).
# French usage in France, Belgium, Switzerland and Québec: "Communiqué aux médias" (Swiss
# federal), "Communiqué pour les médias" (Swiss cantons), "Avis de convocation" and
# "Convocation de presse" (Québec, Belgium: a media advisory), "Appel aux médias", "Point
# presse", "Note d'information", "Info presse", "Information aux médias".
_DOC_TYPE_BASE = (
    r"(?:communiqu[ée]s?(?:\s+(?:de\s+presse|conjoints?|communs?|officiels?|finals?|financiers?"
    # "Communiqué radio-presse" (francophone Africa), "Communiqué intersyndical"
    r"|radio-?presse|intersyndica(?:l|ux)|unitaires?"
    # several associations' or organisations' joint communiqué: "Communiqué inter-associatif"
    r"|inter-?associatifs?|inter-?organisations?|interprofessionnels?"
    # a body's regular communiqué: "Communiqué hebdomadaire n° 48", "Communiqué quotidien"
    r"|hebdomadaires?|quotidiens?|mensuels?"
    # a prosecutor's communiqué: "Communiqué du procureur de la République"
    r"|du\s+procureur\s+de\s+la\s+r[ée]publique|du\s+parquet"
    r"|nationa(?:l|ux)|r[ée]giona(?:l|ux)|d[ée]partementa(?:l|ux)|interminist[ée]riels?"
    # who issues it, by its adjective: "Communiqué municipal", "Communiqué préfectoral"
    r"|municipa(?:l|ux)|intercommuna(?:l|ux)|pr[ée]fectora(?:l|ux)|minist[ée]riels?"
    r"|gouvernementa(?:l|ux)|pr[ée]sidentiels?"
    r"|aux\s+m[ée]dias|aux\s+r[ée]dactions|de\s+synth[èe]se"
    # its audience by a participle: "Communiqué destiné aux médias" (Swiss, Belgian usage)
    rf"|{_INTENDED_FOR}(?:aux\s+(?:m[ée]dias|r[ée]dactions|journalistes)|[àa]\s+la\s+presse)"
    # "Communiqué pour les médias" (Swiss cantons), "Communiqué à la presse"
    r"|pour\s+les\s+m[ée]dias|[àa]\s+la\s+presse)){0,2}"
    r"|dossiers?\s+de\s+presse"
    r"|(?:kits?|dossiers?)\s+(?:presse|m[ée]dias?)"
    r"|invitations?\s+(?:(?:[àa]\s+la\s+)?presse|m[ée]dias?|aux\s+m[ée]dias)"
    rf"|notes?\s+(?:(?:{_INTENDED_FOR})?(?:aux\s+(?:r[ée]dactions?|m[ée]dias)|[àa]\s+la\s+presse)"
    r"|d['’]information|de\s+presse|presse)"
    # a statement or an open letter released to the press: "Déclaration conjointe"; a body's
    # reaction to the day's news, the press rooms' "Réaction" ("Réaction de la CGT")
    r"|d[ée]clarations?(?:\s+(?:conjointes?|communes?|de\s+presse))?"
    r"|r[ée]actions?(?:\s+(?:conjointes?|communes?))?"
    r"|lettres?\s+ouvertes?"
    # the gendarmerie's and the police's call for witnesses
    r"|appels?\s+[àa]\s+t[ée]moins"
    # "Info presse" (regional press rooms), "Information aux médias" (Swiss, Belgian usage)
    r"|infos?\s+(?:presse|m[ée]dias?)"
    rf"|informations?\s+(?:(?:{_INTENDED_FOR})?aux\s+(?:m[ée]dias|r[ée]dactions?)|m[ée]dias?)"
    r"|alertes?\s+m[ée]dias?"
    r"|avis\s+(?:aux\s+m[ée]dias|de\s+presse|aux\s+r[ée]dactions?|m[ée]dias?|de\s+convocation)"
    r"|convocations?\s+(?:de\s+presse|aux\s+m[ée]dias|m[ée]dias?)"
    r"|appels?\s+aux\s+m[ée]dias"
    r"|points?\s+(?:de\s+)?presse"
    r"|(?:information|flash|synth[èe]se|revue|alerte)s?\s+(?:de\s+|[àa]\s+la\s+)?presse"
    # a town's or an agency's short notice: "Flash info", "FLASH INFO", "Info flash"
    r"|flash[\s-]+infos?|infos?\s+flash"
    r"|press\s+(?:releases?|kits?|statements?|notes?)"
    r"|(?:news|media)\s+(?:releases?|advisory|advisories|statements?)"
    r")"
)
# The type in the other languages of a bilingual release, after the French one: Dutch
# (Belgium: "Communiqué de presse – Persbericht"), German (Switzerland, Luxembourg:
# "Communiqué de presse / Medienmitteilung"), Italian (Ticino: "Comunicato stampa").
_TRANSLATED_TYPE = (
    r"(?:persbericht|persmededeling|pressemitteilung|medienmitteilung|mediamitteilung"
    r"|pressecommuniqu[ée]|comunicato\s+stampa)(?!\w)"
)
# A type with its kind, its legal status or its translation, as written on one line:
# "Communiqué de presse – Information financière", "Communiqué de presse – Information
# réglementée", "Communiqué – Information de sécurité" (a health agency's), "Communiqué de
# presse / Press release". (A status on a line of its own under the type, or after a field's
# "|", is the filing's: a portal's strip of fields.)
_DOC_TYPE = (
    rf"(?:{_DOC_TYPE_BASE}(?:\s*[/–—-]\s*{_DOC_TYPE_BASE}"
    r"|\s*[/–—-]\s*informations?\s+(?:financi[èe]res?"
    r"|r[ée]glement[ée]es?|privil[ée]gi[ée]es?|permanentes?|de\s+s[ée]curit[ée])"
    rf"|\s*[/|–—-]\s*{_TRANSLATED_TYPE})?)"
)
#: A whole line that names the document type.
DOC_TYPE = re.compile(_DOC_TYPE, re.I)
# Head nouns that are the same in the singular and the plural ("Avis aux médias").
_INVARIABLE_HEADS = frozenset(("avis",))
# English words standing before the head noun ("Press releases", "Media advisory").
_ENGLISH_MODIFIERS = frozenset(("press", "news", "media"))


def is_section_label(label: str) -> bool:
    """Whether a document type is written in the plural (``Communiqués de presse``,
    ``Dossiers de presse``, ``Press releases``): the name of a site's section listing
    releases, not the type of the text below it.

    French puts the head noun first (``Communiqués de presse``, ``Invitations presse``),
    English last (``Press releases``); the plural ends with an ``s`` (``x`` for the rare
    ``-eau``), except for nouns that do not change (``Avis aux médias``).
    """
    words = label.split()
    if not words or DOC_TYPE.fullmatch(label.strip()) is None:
        return False
    head = words[-1] if words[0].casefold() in _ENGLISH_MODIFIERS else words[0]
    head = head.casefold()
    return head not in _INVARIABLE_HEADS and head.endswith(("s", "x")) and not head.endswith("ss")


# The release's abbreviation, which press rooms write before a title as they would the
# type ("CP - Les nouvelles dates de pêche", "CP – …"): in capitals, before a dash only,
# and not before a figure, a school level or paid leave ("CP" is also a postcode's label,
# "CP : 69200 Vénissieux", the first year of primary school, "CP – CE1 : …", and
# "congés payés").
TYPE_ABBREVIATION_WORD = r"(?-i:CP)"
TYPE_ABBREVIATION = (
    rf"{TYPE_ABBREVIATION_WORD}(?=[ \t]*(?:[–—]|-{{1,3}})[ \t]+"
    r"(?!\d|(?-i:C[EM][12]|[GMP]S)\b|cong[ée]s\b))"
)

#: A document type written as a title prefix: ``Communiqué de presse : …``, ``CP - …``, or
#: followed by its date: ``COMMUNIQUÉ DE PRESSE du 01/03/2024``, ``Communiqué de presse, le
#: 14 juin 2023``. The dash may be typed as two
#: or three hyphens, as plain-text mail and pandoc's plain output write it (``Communiqué de
#: presse -- Réf. CP-2026-031``).
DOC_TYPE_PREFIX = re.compile(
    rf"({_DOC_TYPE}|{TYPE_ABBREVIATION})(?:\s*(?:[:|–—·•]|-{{1,3}})\s+(?=\S)"
    # "COMMUNIQUÉ DE PRESSE du 01/03/2024", "Communiqué de presse, le 14 JUIN 2023, 08h45"
    rf"|(?:\s+du|(?:(?<=communiqu[ée])|(?<=communiqu[ée] de presse)),\s*le)"
    rf"\s+(?=\d|premier|{WEEKDAY_PATTERN}))",
    re.I,
)

#: A listed company's filing label, which may stand before the dateline like a type
#: (``Information réglementée – Lyon, le 22 octobre 2026``): the filing's legal status.
FILING_LABELS: tuple[str, ...] = (
    "information réglementée",
    "informations réglementées",
    "information privilégiée",
    "communiqué réglementé",
    "information permanente",
    "information financière",
    "communication financière",
)

#: A label of a header strip before its dateline, then its separator: a filing label, or a
#: release's freedom to publish (``Pour diffusion immédiate – Paris, le 3 mars 2026``).
STRIP_LABEL_PREFIX = re.compile(
    rf"(?:{alternatives(FILING_LABELS + IMMEDIATE_WORDS)})\s*(?:[:|–—·•,/]|-{{1,3}})\s+(?=\S)", re.I
)

#: A document type, then its issuer: "Communiqué du Conseil d'État", "COMMUNIQUÉ DE LA
#: PRÉFECTURE DU RHÔNE", "Communiqué de presse de la Ville de Lyon" (group ``name``).
TYPED_ISSUER = re.compile(
    rf"(?P<type>{DOC_TYPE.pattern})\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*"
    # (the name is no longer type's rest: "COMMUNIQUÉ DE PRESSE NATIONAL"; an office may be
    # written in lower case: "Communiqué du préfet du Lot", "Communiqué de la maire de Figeac")
    r"(?P<name>(?!(?:presse|press|m[ée]dias?)\b)"
    r"(?:(?-i:[A-ZÀ-Ý])|(?=(?:sous-)?pr[ée]f[èe]te?\s|maire\s|ministre\s|pr[ée]sidente?\s"
    # "Communiqué de presse du ministère de la Santé" (Luxembourg writes the body in lower case)
    r"|procureure?\s|recteur\s|rectrice\s|minist[èe]re\s|secr[ée]tariat\s|gouvernement\s))"
    r"[^\n]{1,150})",
    re.I,
)

#: Small words that tell an English line from a French one (a bilingual release sets its
#: title twice: "AQUAPLAST: 14 European partners join forces …" / "AQUAPLAST : 14 partenaires
#: européens s'allient …").
ENGLISH_FUNCTION_WORDS: frozenset[str] = frozenset(
    # (not "an" nor "on", which are French words too: "par an", "on a")
    ("the", "and", "of", "to", "in", "for", "with", "by", "from", "at", "its", "their", "is",
     "are", "against", "into", "new")
)  # fmt: skip
FRENCH_FUNCTION_WORDS: frozenset[str] = frozenset(
    ("le", "la", "les", "des", "du", "de", "et", "pour", "dans", "avec", "sur", "par", "au",
     "aux", "un", "une", "en", "contre")
)  # fmt: skip
#: The small words of the languages a bilingual release sets beside French, each set without
#: the words it shares with French or English: Dutch (Belgium's releases: "Het Jourdanplein
#: wordt vanaf 4 april autovrij") and German (Switzerland's, Luxembourg's, Alsace's).
OTHER_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        ("het", "een", "van", "voor", "met", "wordt", "worden", "zijn", "naar", "bij", "aan",
         "uit", "door", "als", "vanaf", "tot", "ook", "niet", "deze", "dit", "op", "over")
    ),
    "de": frozenset(
        ("der", "die", "das", "und", "für", "mit", "von", "zu", "im", "auf", "wird", "werden",
         "ein", "eine", "dem", "den", "ab", "bei", "zum", "zur", "nach")
    ),
}  # fmt: skip


#: An authority's notice naming its audience in its heading: "Information à la population",
#: "Information des élus et de la population", "Informations aux usagers". The heading of a
#: communiqué to the public, no contact's ("Informations presse").
PUBLIC_NOTICE_HEADING = (
    r"informations?\s+(?:[àa]|de|des|aux?)\b[^\n.:]{0,30}?"
    r"\b(?:la\s+population|populations|usagers|habitants|riverains|administr[ée]s)\b"
)

#: A press-contact heading, possibly followed by the contact on the same line. Every heading
#: opens with one of the letters of the look-ahead (tests/test_vocabulary_initials.py holds
#: it to the headings): a line opening otherwise fails on one test of its first character.
CONTACT_HEADING = re.compile(
    rf"(?=[abcdimnprstv])(?!{PUBLIC_NOTICE_HEADING})"
    r"(?:(?:[nv]os\s+)?contacts?(?:\s+(?:presse|m[ée]dias?|journalistes?|relations\s+presse"
    r"|investisseurs|actionnaires|analystes|financiers?))?"
    r"|relations?\s+(?:presse|m[ée]dias?|publiques|investisseurs|actionnaires|analystes)"
    r"|investor\s+(?:relations|contacts?)"
    # "Personnes de contact" (Swiss cantons), "Personne à contacter", "Interlocutrice presse"
    r"|personnes?\s+(?:de\s+contact|[àa]\s+contacter)|interlocut(?:eur|rice)s?(?:\s+presse)?"
    r"|services?\s+(?:de\s+(?:la\s+)?)?(?:presse|communication)"
    r"|attach[ée]e?s?\s+de\s+presse"
    r"|bureau\s+de\s+(?:la\s+)?presse|cellule\s+(?:de\s+)?presse|p[ôo]le\s+presse"
    # "Cellule de communication du MINEE :" (a "Direction de la communication" line is the
    # organisation of the contact below it, not a heading)
    r"|cellules?\s+(?:de\s+(?:la\s+)?)?communication"
    # "Accréditations presse :": where journalists ask to attend, a press contact
    r"|accr[ée]ditations?(?:\s+(?:presse|m[ée]dias?|journalistes?))?"
    r"|press\s+contacts?|media\s+(?:contacts?|relations)"
    # "Pour toute information supplémentaire :" (Luxembourg's government, Belgian offices)
    r"|(?:pour\s+)?(?:plus\s+d|toute\s+demande\s+d|de\s+plus\s+amples\s+|toutes?\s+)"
    rf"(?:{_APOSTROPHE}\s*)?(?:informations?|renseignements)"
    r"(?:\s+(?:suppl[ée]mentaires?|compl[ée]mentaires?))?(?:\s+(?:presse|m[ée]dias?))?"
    r"|informations?(?:\s+(?:presse|m[ée]dias?))?|renseignements(?:\s+presse)?|sources?)"
    # "Contact presse du secrétariat d'État :": a complement up to the colon, in words (no
    # number, address or dash: "Service de presse du ministère – 01 … – presse@…" is a contact)
    rf"(?:\s+(?:de|du|des|d{_APOSTROPHE}|pour|[àa]|au|aux)\b[^:\n@\d–—|]{{0,120}}?(?=\s*(?:[:：]|$)))?"
    # "Pour de plus amples informations, contacter :", "Pour plus d'informations vous
    # pouvez contacter :", "…, n'hésitez pas à contacter :"
    r"(?:,?\s+(?:(?:vous\s+pouvez|veuillez|merci\s+de|n['’]h[ée]sitez\s+pas\s+[àa])\s+)?"
    r"(?:nous\s+)?contact(?:er|ez)(?:-nous)?)?"
    # a bilingual heading: "Contact médias / Media contact", "Media contact / Contact presse"
    r"(?:\s*/\s*(?:(?:media|press|investor)\s+(?:contacts?|relations|enquiries|inquiries)"
    r"|(?:contacts?|relations)\s+(?:presse|m[ée]dias?)))?"
    r"(?=\s*(?:[:：]|$|[–—-]\s)"
    # "Contact presse Agence Bleue", "Contact presse pôle Mer Atlantique": the press heading
    # and the organisation it is for (a capital in it), on a line of its own, with no colon
    r"|(?:(?<=presse)|(?<=m[ée]dias)|(?<=media))\s+(?=[^\n]{0,80}?(?-i:[A-ZÀ-Ý]))"
    r"(?P<beside>[^\n:@\d–—|]{1,80})$)"
    # "Contacter Brian Daly (brian.daly@…) : 215-986-2214": the verb opens a one-line contact
    r"|(?:pour\s+toute\s+question,?\s+)?contact(?:er|ez)(?:-nous)?(?=\s)",
    re.I,
)

#: A credit line: the person named after the label made the text or the picture, and is no
#: press contact (``Traduction : …``, ``Crédit photo : …``).
CREDIT = re.compile(
    r"(?:traduction|translation|cr[ée]dits?(?:\s+photos?)?|photos?(?:\s+credits?)?"
    r"|illustrations?)\s*[:：]",
    re.I,
)

#: A contact cue inside a paragraph: "… Contact : Vera Hardmeier (vera@msys.ch)", "contacter X",
#: "adressez vos questions à X". ("Écrivez à X" is left out: releases say it to the public.)
INLINE_CONTACT = re.compile(
    r"(?<!\w)(?=[acejmprt])(?:contacts?(?:\s*\([^()\n]{0,40}\)|(?:\s+[^\s:.,;()]{1,30}){1,4})?\s*:"
    r"|contact(?:er|ez)(?:\s+(?!:)|$)"
    # "Veuillez adresser vos questions à X"
    r"|(?:envoy|adress|transmett)(?:er|ez)\s+(?:vos|toutes?\s+(?:vos|les))\s+"
    r"(?:questions|demandes)\s+[àa]\s+"
    # a press invitation's reply: "Merci de confirmer votre présence avant le 21 mai auprès
    # de :", "Accréditations auprès de Marie Dupont :", "Réponse souhaitée auprès du service
    # communication :" (the contact follows, after the colon or from the name before it;
    # "Réservations auprès de :" the public's box office is none)
    r"|(?:confirm|pr[ée]sence|accr[ée]dit|r[ée]ponse\s+souhait|presse|journalistes|m[ée]dias)"
    r"[^\n:]{0,80}?aupr[èe]s(?:\s+(?:de\s+la|du|des|de)\b|\s+(?:de\s+)?l['’]|\s+d['’])?\s*"
    r"(?::|(?=[^\n:]{1,60}:))"
    # "les journalistes peuvent s'adresser au Service de presse du ministère : tél. …", "Les
    # journalistes qui souhaitent un entretien peuvent écrire à presse@…"
    r"|(?:journalistes|m[ée]dias|(?<=la\s)presse)\b[^\n:]{0,80}?(?:s['’]adresser\s+"
    r"(?:au|aux|[àa])\s"
    r"[^\n:]{0,120}?:|[ée]crire\s+[àa](?=\s|$)))",
    re.I,
)

#: An e-mail written to fool harvesters: ``fr at postgresql dot org``, ``x [at] y.fr``.
OBFUSCATED_EMAIL = re.compile(
    r"(?<![\w.+-])(?P<user>[\w.+-]{1,64})\s*(?:\s|\[|\()(?:at|arobase)(?:\s|\]|\))\s*"
    r"(?P<domain>[\w-]{1,63}(?:(?:\s*(?:\s|\[|\()dot(?:\s|\]|\))\s*|\.)[\w-]{1,63}){1,4})",
    re.I,
)

#: ``À propos de X`` / ``A propos d'X`` / ``About X`` / ``Au sujet de X`` (the Canadian and
#: Debian wording, before a name only: "Au sujet de la réforme" is a topic's heading, "AU
#: SUJET DE LA RÉFORME DES RETRAITES" a heading in capitals, "Au sujet de l'Exposition, la
#: commissaire déclare …" a sentence): ``name`` is X without its article.
ABOUT_HEADING = re.compile(
    r"(?:[àa]\s+propos|about"
    rf"|(?-i:[Aa]u\s+sujet)(?=\s+(?:de\s+la\s+|de\s+l{_APOSTROPHE}\s*|d{_APOSTROPHE}\s*|de\s+|du\s+"
    r"|des\s+)(?-i:[A-ZÀ-Ý])[^\n,;:]{0,80}$))\s*(?:[:–—]\s*|-\s+)?"
    # (not the site's own matter, a consent banner's "À propos des cookies sur …": its
    # cookies, its pages, the visitor's data)
    r"(?!(?:d[eu]s?\s+|de\s+la\s+|de\s+l['’]\s*)?(?:cookies|traceurs|ce\s+site|cette\s+page"
    r"|vos\s+donn[ée]es|donn[ée]es\s+personnelles|(?:la\s+)?confidentialit[ée])\b)"
    # (an article written with its capital is the name's own: "À propos de La Poste", "de
    # L'Oréal" name "La Poste", "L'Oréal"; "de la DINUM" names "DINUM", and a heading set in
    # capitals, "À PROPOS DE LA FONDATION X", "FONDATION X")
    rf"(?:(?:(?-i:DE\s+(?:LA\s|L{_APOSTROPHE}))|de\s+(?-i:la\s|l{_APOSTROPHE})|du|des|de|d{_APOSTROPHE}"
    rf"|(?-i:la\s|le\s|les\s|l{_APOSTROPHE}))\s*)?"
    # (a name opens with a letter, a digit, a quotation, a hashtag or a handle: "À propos ·
    # Contacts" is a menu)
    r"(?P<name>[\w«\"“'’(\[#@].{0,200}?)\s*[:.]?\s*$",
    re.I,
)

#: A service of the issuing organisation, named on its letterhead below it ("Direction des
#: sécurités", "Service interministériel de défense et de protection civiles"): the issuer's
#: department, not a co-issuer, and never a title (a title's colon or full stop excludes it).
SERVICE_LINE = re.compile(
    # (a fire and rescue service is a body of its own: "Service départemental d'incendie …")
    r"(?!\s*service\s+d[ée]partemental\s+d['’]incendie)"
    r"\s*(?:sous-)?(?:direction|service|bureau|cellule|mission|p[ôo]le|d[ée]l[ée]gation|division"
    r"|antenne"
    r"|secr[ée]tariat\s+g[ée]n[ée]ral)\s+"
    r"(?:de\s|des\s|du\s|d['’]|g[ée]n[ée]ral|r[ée]gional|d[ée]partemental|interminist[ée]riel"
    r"|territorial|d[ée]partemental|central|juridique|technique|administratif|financier)"
    r"[^:;.!?\n]{0,70}",
    re.I,
)

# A State's name: capitalised words, with particles between them ("Côte d'Ivoire", "Sao
# Tomé-et-Principe", "SAINT-MARIN").
_STATE_WORD = r"(?-i:[A-ZÀ-Ý])[\w'’-]{0,30}"
_STATE_NAME = (
    rf"{_STATE_WORD}(?:[ \t]+(?:(?:et|de|du|des|la)[ \t]+)?(?:d['’])?{_STATE_WORD}){{0,4}}"
)

#: The State's heading on an official letterhead ("RÉPUBLIQUE FRANÇAISE", "RÉPUBLIQUE DU
#: SÉNÉGAL", "ROYAUME DU MAROC", "Confédération suisse"): the frame, not the issuer.
STATE_HEADING = re.compile(
    # a Swiss canton's state: "RÉPUBLIQUE ET CANTON DE GENÈVE", "… DU JURA"
    r"\s*r[ée]publique\s+et\s+canton\s+(?:du|de|d['’])\s*[\w'’ -]{2,40}?\s*"
    # the English half of a bilingual letterhead: "REPUBLIC OF CAMEROON"
    r"|\s*(?:republic|kingdom)\s+of\s+(?:the\s+)?[\w'’ -]{2,40}?\s*"
    r"|\s*(?:r[ée]publique\s+fran[çc]aise|conf[ée]d[ée]ration\s+(?:suisse|helv[ée]tique))\s*"
    # States named without a particle: "BURKINA FASO", "RÉPUBLIQUE TOGOLAISE"
    r"|\s*(?:burkina\s+faso|union\s+des\s+comores|r[ée]publique\s+(?:togolaise|gabonaise"
    r"|centrafricaine|tunisienne|alg[ée]rienne\s+d[ée]mocratique\s+et\s+populaire"
    r"|islamique\s+de\s+mauritanie|d[ée]mocratique\s+du\s+congo))\s*"
    # a State's name after its particle, every word capitalised: "ROYAUME DU MAROC",
    # "République de Côte d'Ivoire" (not "Confédération des petites et moyennes entreprises")
    r"|\s*(?:r[ée]publique|royaume|principaut[ée]|grand-duch[ée])"
    rf"\s+(?:du|de\s+la|de\s+l['’]|des|de|d['’])\s*{_STATE_NAME}\s*",
    re.I,
)
#: National mottos printed under the State's heading, as data.
STATE_MOTTOS: tuple[str, ...] = (
    "liberté égalité fraternité",
    "un peuple un but une foi",
    "union discipline travail",
    "unité progrès justice",
    "fraternité justice travail",
    "travail liberté patrie",
    "paix travail patrie",
    "unité travail progrès",
    "honneur fraternité justice",
    "unité dignité travail",
    "dieu la patrie le roi",
    "la patrie ou la mort nous vaincrons",
    "union travail justice",
    "fraternité travail progrès",
    "travail justice solidarité",
    "unité solidarité développement",
    "unité égalité paix",
    "justice paix travail",
    # the English halves of bilingual letterheads (Cameroon, Rwanda…)
    "peace work fatherland",
    "unity work patriotism",
)

#: The longest line that can be an ``À propos`` heading; a longer one is a sentence.
ABOUT_HEADING_LENGTH = 120


def is_about_heading(text: str) -> bool:
    """Whether ``text`` is an ``À propos de …`` heading: one short phrase, not a sentence
    that happens to open with "À propos"."""
    return (
        len(text) <= ABOUT_HEADING_LENGTH
        and ". " not in text
        and ABOUT_HEADING.match(text) is not None
    )


#: An office held by a minister or an official, opening a line or a signature's second half.
OFFICE = re.compile(
    r"(?:ministre|secr[ée]taire\s+d['’][ée]tat|pr[ée]f[èe]te?|pr[ée]sidente?|maire|d[ée]put[ée]e?"
    r"|s[ée]nat(?:eur|rice)|haute?[- ]commissaire|d[ée]l[ée]gu[ée]e?|directeur|directrice"
    r"|porte-parole|vice-pr[ée]sidente?|commissaire|ambassad(?:eur|rice)"
    # the offices of justice and education that sign communiqués: "Le procureur de la
    # République", "La procureure générale", "Le garde des Sceaux", "La rectrice"
    r"|procureure?|garde\s+des\s+sceaux|recteur|rectrice|sous-pr[ée]f[èe]te?"
    r"|(?:vice-)?premi(?:er|[èe]re)\s+ministre)\b",
    re.I,
)

# Types that are also the common nouns of news titles ("Déclaration de politique générale",
# "Réaction en chaîne",
# "Lettre ouverte aux parents", "Appel à témoins de la gendarmerie"): they name an issuer
# only when a body or an office follows them.
_STATEMENT_TYPE = re.compile(r"(?:d[ée]claration|r[ée]action|lettre|appel|point)", re.I)


def typed_issuer(text: str) -> re.Match[str] | None:
    """``text`` as a type naming its issuer (``Communiqué de la Préfecture du Rhône``,
    ``Déclaration du Gouvernement``, ``Déclaration d'Anne Morel, présidente``), else None."""
    typed = TYPED_ISSUER.fullmatch(text)
    if typed is None or not _STATEMENT_TYPE.match(typed.group("type")):
        return typed
    name = typed.group("name")
    office = name.partition(", ")[2]
    if ISSUER_WORDS.match(name) or OFFICE.match(name) or (office and OFFICE.match(office)):
        return typed
    return None


#: Headings of notes and annexes at the end of a release.
NOTES_HEADING = re.compile(
    r"(?:notes?\s+(?:aux|pour\s+les)\s+(?:r[ée]dactions?|r[ée]dacteurs|journalistes|[ée]diteurs)"
    r"|pour\s+en\s+savoir\s+plus|en\s+savoir\s+plus|annexes?|(?:[àa]\s+)?retenir|ressources"
    r"|liens?\s+utiles|informations?\s+pratiques)\b",
    re.I,
)

#: A reference number: ``N° 046``, ``n°2012-14``, ``Réf. : CP/2020/03``.
REFERENCE = re.compile(
    # (a release's abbreviation before the number is the reference's: "CP n° 2026-14")
    r"(?<!\w)(?:(?-i:CP)\s?)?(?:N\s?[°º o]|No\.?|R[ée]f(?:[ée]rence)?\.?)\s*:?\s*"
    # (the release's series before the number, a space apart: "N° CP 99/47"; an order's
    # "n° DDT 2026-12" is no release's number)
    r"(?:(?-i:CP|DP)[ \t](?=\d))?(?=[\w/-]{0,40}\d)"
    r"[\w/.–-]{0,40}\w"  # ("N° 3": one figure is a number too)
    # a press office's own code for its releases, alone on its line ("UBSA-CP-2026-014") or
    # closing the label's ("COMMUNIQUÉ DE PRESSE – CP-2026-04", "… -- CP-2026-04")
    # (or its series after "CP": "CP/AFEN/2026/014")
    r"|(?:\A\s*|(?<=\s[-–—|·]\s)|(?<=\s--\s))(?:[A-Z]{2,10}[-_/])?CP(?:[-_/][A-Z]{2,10})?"
    r"[-_/]\d{2,4}[-_/]\d{1,4}"
    r"(?=\s*\Z)",
    re.I,
)

#: Website addresses: ``www.example.gouv.fr``, ``https://…``.
WEBSITE = re.compile(r"(?<![\w@./])(?:https?://|www\.)[^\s<>()\"'’,;]{2,300}[^\s<>()\"'’,;.:!?]")

#: E-mail addresses; the look-behind keeps matching linear (one attempt per run of characters)
#: and refuses a fediverse handle (Mastodon's ``@nom@instance.example``), which is no address.
#: The domain ends with its top-level label, letters (``fr``, ``gouv.fr``, ``com``) or an
#: internationalised one (``xn--…``): a mail client's reference to an inline image,
#: ``[cid:image001.png@01DC93A2.5F0B7C10]``, is no address.
EMAIL = re.compile(
    r"(?<![\w.+'@-])[\w.+'-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){0,7}"
    r"\.(?:[^\W\d_]{2,63}|xn--[\w-]{1,59})(?![\w-])"
)


def email_in(text: str) -> re.Match[str] | None:
    """``EMAIL.search(text)``, without running the pattern on a text holding no ``@`` (every
    address holds one; the pattern, opening with a look-behind, is tried at every position)."""
    return EMAIL.search(text) if "@" in text else None


#: The local part (before ``@``) of an address nobody answers as a press contact: mailing-list
#: commands (``annonces-subscribe``, ``liste-unsubscribe``, ``liste-request``), list robots
#: (``listserv``, ``majordomo``, ``sympa``), no-reply senders and newsletters.
LIST_ADDRESS = re.compile(
    r"(?:[\w.+'-]{0,60}[-_.+])?(?:(?:un)?subscribe|request|owner|bounces?)"
    r"|no-?reply|do-?not-?reply|ne-?pas-?r[ée]pondre|ne-?pas-?repondre|noreponse|mailer-daemon"
    r"|listserv|majordomo|sympa|newsletters?|infolettres?|lettre-?d-?information",
    re.I,
)

#: The wire-service dateline: ``PARIS--(BUSINESS WIRE)--``, ``LYON, France--(GLOBE
#: NEWSWIRE)--``: the place, then the service in brackets between double hyphens. Any service
#: whose name ends with "Wire" or "Newswire" (``ACCESSWIRE``, a regional wire) writes it so,
#: some with the day after it: ``MONTRÉAL, QUÉBEC--(Marketwired - 8 nov. 2017) -``; a page
#: that typesets its text turns the double hyphens into dashes: ``CLERMONT-FERRAND,
#: France–(BUSINESS WIRE)–``.
WIRE = re.compile(
    r"(?P<place>[A-ZÀ-Ý][\w .,'’-]{0,60}?)\s*(?:-{1,3}|[–—])\s*\((?P<wire>|CNW|MARKETWIRED"
    r"|Marketwired|(?:[A-Z][\w&.'’-]{0,20}\s){0,3}(?:[A-Z][\w&.'’-]{0,20})?(?:WIRE|[Ww]ire))"
    r"(?:(?<=[A-Za-z])\s*[-–—]\s*[\w .,/:'’-]{1,40})?\)\s*(?:-{1,3}|[–—])",
)

#: End-of-release markers (``-30-``, ``###``, ``- FIN -``).
END_MARKER = re.compile(r"\s*(?:[-–—]\s*30\s*[-–—]|#{3}|[-–—]\s*fin\s*[-–—]|fin)\s*", re.I)

#: The French determiners: articles (with their contractions), demonstratives and
#: possessives. A noun after one is spoken of ("Recevoir nos communiqués", "le communiqué
#: publié hier"), not a label.
DETERMINERS: tuple[str, ...] = (
    "le", "la", "les", "l'", "un", "une", "des", "du", "au", "aux",
    "ce", "cet", "cette", "ces",
    "mon", "ma", "mes", "ton", "ta", "tes", "son", "sa", "ses",
    "notre", "nos", "votre", "vos", "leur", "leurs",
)  # fmt: skip


#: Lower-case words a proper name holds between its capitalised ones, as letters runs read
#: them (``d``, ``l`` of ``d'``, ``l'``): places ("Saint-Martin-de-Ré", "Aix-en-Provence",
#: "Pointe-à-Pitre", "Villeneuve-lès-Avignon") and organisations ("Ville de Lyon").
NAME_PARTICLES = frozenset(
    [
        "à",
        "au",
        "aux",
        "d",
        "de",
        "des",
        "du",
        "en",
        "et",
        "l",
        "la",
        "le",
        "les",
        "lez",
        "lès",
        "sous",
        "sur",
    ]
)

#: A social network's furniture under a post, as a copied page keeps it: its reaction bar
#: ("J'aime · Commenter · Partager", "Like · Reply"), its counters ("148 · 23 commentaires ·
#: 11 republications"), its comment box and its translation link. What follows is the
#: network's (members' comments, suggestions), never the post's.
_BAR_GAP = r"(?:[ \t]*[·•|][ \t]*|[ \t]+)"
SOCIAL_BAR = re.compile(
    rf"\bj['’]aime{_BAR_GAP}(?:commenter|r[ée]pondre){_BAR_GAP}(?:partager|republier|envoyer|\d)"
    rf"|\blike{_BAR_GAP}(?:comment|reply){_BAR_GAP}(?:share|repost|send|\d)"
    r"|\bvoir\s+la\s+traduction\b|\bsee\s+translation\b"
    r"|\b(?:ajouter|[ée]crire|r[ée]diger)\s+un\s+commentaire\b|\badd\s+a\s+comment\b"
    r"|\b(?:voir|afficher)\s+(?:les\s+|plus\s+de\s+)?(?:\d{1,6}\s+)?(?:autres\s+)?commentaires\b"
    r"|(?<![\w,.])\d{1,6}\s?(?:commentaires?|r[ée]actions?|partages?|republications?|reposts?"
    r"|comments?|shares?)(?=[ \t]*(?:[·•|]|$))",
    re.I | re.M,
)

#: The rubrics of news pages and newsletters (folded), as a date-first line tags an item
#: ("12 mars 2026 – Culture") or a kicker sets a release's topic above its title.
RUBRICS = frozenset(
    fold(word)
    for word in (
        "recherche",
        "innovation",
        "formation",
        "enseignement supérieur",
        "nomination",
        "nominations",
        "partenariat",
        "événement",
        "distinction",
        "actualité",
        "actualités",
        "agenda",
        "agriculture",
        "culture",
        "économie",
        "éducation",
        "emploi",
        "énergie",
        "environnement",
        "international",
        "jeunesse",
        "justice",
        "logement",
        "loisirs",
        "mobilité",
        "mobilités",
        "numérique",
        "patrimoine",
        "politique",
        "santé",
        "sécurité",
        "social",
        "société",
        "solidarité",
        "solidarités",
        "sport",
        "sports",
        "tourisme",
        "transports",
        "urbanisme",
    )
)
# A kind of call, a year perhaps: "APPEL À PROJETS 2027", "Appel à candidatures".
_CALL_KICKER = re.compile(
    r"appels?\s+(?:[àa]\s+(?:projets|candidatures|manifestation\s+d['’]int[ée]r[êe]t)"
    r"|d['’]offres)",
    re.I,
)


def is_rubric(text: str) -> bool:
    """Whether ``text`` is a kicker above a title, a rubric or a kind of call, a year perhaps
    (``APPEL À PROJETS 2027``, ``CULTURE``, ``Santé 2026``): no organisation's name."""
    bare = text.strip()
    head, _, year = bare.rpartition(" ")
    if head and len(year) == 4 and year.isdigit() and year[:2] in ("19", "20"):
        bare = head.rstrip()
    return _CALL_KICKER.fullmatch(bare) is not None or fold(bare) in RUBRICS


#: What a page sets after the release: its related items' heading ("À lire aussi", "Sur le
#: même sujet", "Ces actualités peuvent vous intéresser", "Derniers communiqués") or a link to
#: download the release ("Télécharger le communiqué (PDF, 210 Ko)"). It opens the line.
RELATED_CONTENT = re.compile(
    r"\W{0,4}(?:(?:[àa]\s+)?lire\s+(?:aussi|[ée]galement)|voir\s+aussi|(?:sur\s+le|du)\s+m[êe]me"
    r"\s+(?:sujet|th[èe]me)|dans\s+la\s+m[êe]me\s+rubrique|(?:articles?|contenus?)\s+li[ée]s"
    r"|actualit[ée]s\s+li[ée]es|(?:ces|d['’]autres)\s+actualit[ée]s|(?:les\s+)?(?:derniers|autres)"
    r"\s+communiqu[ée]s|(?:nos\s+|les\s+)?derni[èe]res\s+actualit[ée]s"
    r"|t[ée]l[ée]charger\s+(?:le|la|les|ce|cette|l['’])\b"
    # a wire portal's links to the issuer's other releases: "Voir tous les communiqués de X"
    r"|voir\s+tous\s+les\s+communiqu[ée]s"
    # a document host's other files under the text: "Documents similaires", "Documents
    # associés", "Dans la même catégorie"
    r"|documents\s+(?:similaires|associ[ée]s|li[ée]s|recommand[ée]s)"
    r"|dans\s+la\s+m[êe]me\s+cat[ée]gorie)",
    re.I,
)

#: The sections of a press room, as its menu names them ("Salle de presse · Communiqués ·
#: Médiathèque · Contacts"): a row of them is the site's navigation, not a letterhead.
PRESS_ROOM_SECTION = re.compile(
    r"\s*(?:(?:la\s+)?(?:salle|espace|centre|kit)\s+(?:de\s+)?(?:presse|m[ée]dias?)"
    r"|communiqu[ée]s(?:\s+de\s+presse)?|dossiers?\s+de\s+presse|actualit[ée]s|presse|m[ée]dias"
    r"|news(?:room)?|press(?:\s+releases|\s+room|\s+kits?)?|contacts?(?:\s+presse)?"
    r"|m[ée]diath[èe]que|phototh[èe]que|vid[ée]oth[èe]que|galeries?|photos|vid[ée]os|images"
    r"|agenda|[ée]v[ée]nements|publications|[àa]\s+propos|qui\s+sommes-nous|blog)\s*",
    re.I,
)

#: A portal's or a wire's notice that it republishes a text as its issuer sent it ("ce texte
#: est publié tel qu'il nous a été transmis", "n'engage pas la rédaction", "relève de la seule
#: responsabilité de l'émetteur"), or a search engine's over its cached copy ("Ceci est la
#: version en cache de …"): the page's furniture, not the release's text.
REPUBLICATION_NOTICE = re.compile(
    r"(?=[ilnstv])(?:\bversion\s+en\s+cache\s+de\b|\binstantan[ée]\s+de\s+la\s+page\b"
    r"|\bthis\s+is\s+\w+['’]s\s+cache\s+of\b|"
    r"\btel(?:le)?s?\s+qu['’](?:il|elle)s?\s+(?:nous\s+)?(?:a|ont)\s+été\s+(?:transmis|envoy|communiqu)"
    r"|\bn['’]engagen?t\s+pas\s+la\s+r[ée]daction"
    r"|\bsous\s+la\s+(?:seule\s+)?responsabilit[ée]\s+de\s+(?:l['’][ée]metteur|son\s+auteur)"
    r"|\bseule\s+responsabilit[ée]\s+de\s+l['’][ée]metteur"
    # "L'émetteur est seul responsable de son contenu" (a wire portal's notice)
    r"|\bl['’][ée]metteur\s+est\s+seul\s+responsable\b)",
    re.I,
)
#: Words one of which every match of `REPUBLICATION_NOTICE` holds in lower case (they may hold
#: any letter: a text is tested with ``communique.extract.text.may_hold``).
REPUBLICATION_NOTICE_WORDS = (
    "cache",
    "instantan",
    "transmis",
    "envoy",
    "communiqu",
    "engage",
    "responsab",
)

#: What a document host's viewer sets over a PDF's text (doczz, calameo, yumpu, an investor
#: site's viewer): "Transcription", "Télécharger le PDF", "Signaler ce document", "Lire en
#: plein écran", "3 pages · 412 vues", "Ajouté par …", "Vue du document", the file's name.
#: Each named group is one kind of sign; a host's header shows several.
DOCUMENT_VIEWER = re.compile(
    r"(?P<transcription>^\W{0,4}transcription(?:\s+du\s+document)?\W{0,4}$)"
    r"|(?P<download>\bt[ée]l[ée]charg(?:er|ez)\b|\bt[ée]l[ée]charg[ée]\s+\d{1,7}\s+fois\b)"
    r"|(?P<report>\bsignaler(?:\s+ce\s+document)?\b)"
    r"|(?P<read>\blire\s+en\s+(?:ligne|plein\s+[ée]cran)\b)"
    r"|(?P<pages>\b\d{1,4}\s+pages?\b|\bpage\s+1\s*/\s*\d{1,4}\b)"
    r"|(?P<views>\b\d{1,3}(?:[\s\u202f.]\d{3}){0,3}\s+vues\b|\bvues\s*:\s*\d)"
    r"|(?P<uploaded>\bajout[ée]\s+(?:par|le)\b|\bmis\s+en\s+ligne\s+le\b[^\n]{0,40}?\bpar\b)"
    r"|(?P<viewer>\bvue\s+du\s+document\b|\bvisionneuse\b|\bzoom\s+\d{2,3}\s*%)"
    r"|(?P<file>[\w-]{1,80}\.pdf\b)",
    re.I | re.M,
)

#: Words that open a sentence, never a name nor a place (folded: no accents, apostrophes as
#: spaces): connectives and adverbs of time ("Désormais, les clients…", "Ainsi, le 12 mai,
#: …"), articles and conjunctions, the days of the week ("Lundi, le ministre…").
SENTENCE_OPENERS = frozenset(
    ("ainsi", "enfin", "hier", "aujourd hui", "demain", "puis", "ensuite",
     "desormais", "egalement", "depuis", "par ailleurs", "de plus", "en outre", "cependant",
     "toutefois", "or", "alors", "des lors", "le", "la", "et", "mais", "donc", *WEEKDAYS)
)  # fmt: skip
#: A finite verb no organisation's name holds, which makes a line a clause (a title, a
#: surtitle over it): a modal and its infinitive ("… doivent agir immédiatement"), "est",
#: "sont", or a perfect tense ("… a lancé", "… ont signé"). In lower case only where a name
#: may write the word in capitals ("Région Grand EST") or join it ("Sud-est").
CLAUSE_VERB = re.compile(
    r"\b(?:doi(?:t|vent)|peu(?:t|vent)|veu(?:t|lent)|(?-i:(?<![-\w'’])(?:est|sont)(?![-\w])))\s"
    r"|(?-i:(?<![-\w'’])(?:a|ont)\s+(?:(?:d[ée]j[àa]|aussi|bien|enfin|ainsi)\s+)?\w{2,}[ée]e?s?)(?![-\w])",
    re.I,
)
#: Words that make a header line an organisation (the look-ahead on their first letters lets
#: the engine leave a position after one test; tests/test_vocabulary_initials.py holds it to
#: the words).
ISSUER_WORDS = re.compile(
    r"(?=[abcdefghilmoprstuvé])\b(?:minist[èe]re|ministre|minist[èe]res|(?:sous-)?pr[ée]fecture|(?:sous-)?pr[ée]fet"
    r"|(?:sous-)?pr[ée]f[èe]te|r[ée]gion"
    r"|conseil|d[ée]partement|direction|directeur|agence|secr[ée]tariat|secr[ée]taire|gouvernement"
    r"|r[ée]publique|ambassade|mairie|ville|commune|communaut[ée]|m[ée]tropole|p[ôo]le"
    r"|cluster|institut|centre|office|autorit[ée]|commissariat|commission|association"
    r"|f[ée]d[ée]ration|union|syndicat|chambre|universit[ée]|fondation|group[e]?|soci[ée]t[ée]"
    r"|[ée]tablissement|observatoire|cour|tribunal|parlement|s[ée]nat|premier\s+ministre"
    # (an assembly, not a body's general meeting: "Assemblée générale 2015 : X élu président")
    r"|assembl[ée]e(?!\s+g[ée]n[ée]rale\b(?!\s+des\s+nations))"
    # cultural, teaching, health and mutual bodies: "FESTIVAL LUMIÈRES DU NORD", "CHU DE NANTES"
    r"|festival|mus[ée]e|th[ée][âa]tre|op[ée]ra|orchestre|conservatoire|m[ée]diath[èe]que"
    r"|biblioth[èe]que|campus|[ée]cole|h[ôo]pital|chu|clinique|collectif|r[ée]seau"
    r"|comit[ée]|compagnie|mutuelle|coop[ée]rative|banque|r[ée]gie|agglom[ée]ration"
    r"|collectivit[ée]|consortium|intercommunalit[ée]|groupement|caisse"
    # the innovation ecosystem's bodies: "Incubateur d'innovation de …", "Technopole Brest"
    r"|incubateur|acc[ée]l[ée]rateur|technop[ôo]le|p[ée]pini[èe]re"
    # sports bodies ("LIGUE DE HANDBALL DES PAYS DE LA DORDOGNE", "District de football"),
    # education authorities, the gendarmerie's units
    r"|ligue|club|conf[ée]d[ée]ration|acad[ée]mie|rectorat|gendarmerie"
    # the State's representatives overseas ("Haut-commissaire de la République en Polynésie
    # française", and his office) and its independent authorities
    r"|haut-commissa(?:riat|ire)|haute?\s+autorit[ée]|haut\s+conseil"
    # the State's other services and offices, by their kind and its qualifier: "Délégation
    # interministérielle aux mobilités", "Mission interministérielle de lutte contre …",
    # "Inspection générale des finances", "Médiateur national de l'énergie", "Médiation
    # nationale des transports", "Défenseur des droits", "Contrôleur général des lieux …"
    # (only with the qualifier a body's name carries: "Mission locale renforcée …",
    # "Médiation des conflits …" open headlines)
    r"|d[ée]l[ée]gation\s+(?:interminist[ée]rielle|minist[ée]rielle|r[ée]gionale|d[ée]partementale"
    r"|acad[ée]mique|territoriale)"
    r"|mission\s+interminist[ée]rielle|inspection\s+g[ée]n[ée]rale\s+(?:de\s+l['’]|des|du)"
    # a youth employment body by its territory ("Mission locale du Pays de Morlaix", not
    # "Mission locale renforcée …"), the public employment service ("France Travail
    # Bretagne")
    r"|missions?\s+locales?\s+(?:de|du|des|d['’])|france\s+travail"
    r"|m[ée]dia(?:teur|trice|tion)\s+nationale?"
    r"|d[ée]fenseure?\s+des\s+droits|contr[ôo]l(?:eur|euse)\s+g[ée]n[ée]ral"
    # an international bureau: "Bureau international du Travail", "Bureau international des
    # poids et mesures" (a bare "Bureau de presse" is a department)
    r"|bureau\s+international"
    # a fire and rescue service: "Service départemental d'incendie et de secours", "SDIS 35"
    r"|service\s+d[ée]partemental\s+d['’]incendie|sdis"
    # the State's services and public bodies by their acronyms, in capitals only: "ARS
    # Bourgogne-Franche-Comté", "DREAL Occitanie", "CAF du Rhône", "CNRS", "ADEME"
    r"|(?-i:ARS|DREAL|DDTM?|DDETS(?:PP)?|DREETS|DRAAF|DRAC|DRIEAT|DIRECCTE|CAF|CPAM|URSSAF|CCI"
    r"|CMA|CNRS|INSERM|Inserm|INRAE|INRIA|Inria|ADEME|ONF|OFB|SNCF|RATP|CEA|CNES|IRD|BRGM"
    r"|IFREMER|Ifremer|ANSES|Anses|ANSM"
    # the social protection's regional funds: "Carsat Bretagne", "MSA Sud Aquitaine"
    r"|CARSAT|Carsat|MSA"
    # the local public bodies by their kinds' acronyms: "EPTB Vézère-Dordogne" (a river
    # basin's), "SIVOM du Val de Saône", "SIVU des écoles"
    r"|EPTB|EPCI|SIVOM|SIVU)"
    # Belgium's federal and regional public services: "SPF Mobilité et Transports", "SPW"
    r"|spf|spp|spw|service\s+public\s+(?:f[ée]d[ée]ral|de\s+wallonie|r[ée]gional)"
    # a Swiss canton's State: "État de Fribourg", "Etat du Valais" (not "État d'urgence")
    r"|[ée]tat\s+(?:de|du|d['’])\s*(?=(?-i:[A-ZÀ-Ý])))\b",
    re.I,
)

#: The kinds of public bodies and offices in the other languages of letterheads: the
#: languages of France's regions (Breton, Basque, Catalan, Corsican) and of its neighbours'
#: bilingual administrations (Dutch in Brussels, German in Fribourg or Biel, English in
#: Cameroon or Canada). Right under the French name, a line naming one translates it
#: ("RÉGION BRETAGNE" / "RANNVRO BREIZH", "Commune d'Ixelles" / "Gemeente Elsene", "Etat de
#: Fribourg" / "Staat Freiburg"): no second issuer. Only kinds, in lower case: the words
#: brands borrow ("Breizh Cola", "Euskal Moneta", "Press Club de France") are not here.
OTHER_LANGUAGE_WORDS = frozenset(
    (
        # Breton: "Kêr Lannuon", "Rannvro Breizh", "Kuzul-departamant", "Ti-kêr"
        "kêr",
        "rannvro",
        "departamant",
        "kuzul",
        # Basque: "Euskal Hirigune Elkargoa", "Hazparneko Udala", "Gipuzkoako Foru Aldundia"
        "elkargoa",
        "udala",
        "udaletxea",
        "aldundia",
        # Catalan, Corsican: "Ajuntament de Perpinyà", "Cullettività di Corsica"
        "ajuntament",
        "cullettività",
        # Dutch: "Gemeente Elsene", "Stad Brussel", "Kabinet van de Burgemeester", "Dienst
        # Communicatie", "Federale Overheidsdienst"
        "gemeente",
        "stad",
        "burgemeester",
        "kabinet",
        "dienst",
        "ministerie",
        "overheidsdienst",
        # German: "Staat Freiburg", "Stadt Biel", "Volkswirtschaftsdirektion"
        "staat",
        "stadt",
        "gemeinde",
        "direktion",
        "regierung",
        "bundesamt",
        # English: "MINISTRY OF WATER AND ENERGY", "Government of Canada"
        "ministry",
        "minister",
        "government",
        "department",
    )
)

#: A press release's label in another language, a line of its own in a bilingual
#: letterhead: "PERSBERICHT", "Medienmitteilung", "PRESS RELEASE", "PRENTSA OHARRA",
#: "KEMENN D'AR WASK", "Comunicat de premsa", "Cumunicatu di stampa": it names no one.
OTHER_LANGUAGE_LABEL = re.compile(
    r"(?i:persbericht|perscommuniqu[ée]|pressemitteilung|medienmitteilung"
    r"|(?:press|news|media)\s+release|prentsa\s+oharra|kemenn\s+d['’]ar\s+wask"
    r"|comunicat\s+de\s+premsa|cumunicatu\s+di\s+stampa)"
)

#: The first word of an organisation's name, never of a place: "Région Normandie",
#: "Ministère de la Culture", "Université de Lille". A dateline-like "Communiqué – Région
#: Normandie – 4 mai 2023" names who issues, not where.
ORGANISATION_HEADS = frozenset(
    (
        "région",
        "ministère",
        "préfecture",
        "conseil",
        "département",
        "direction",
        "agence",
        "mairie",
        "communauté",
        "métropole",
        "université",
        "fondation",
        "association",
        "fédération",
        "groupe",
        "société",
        "institut",
        "syndicat",
        "office",
        "commission",
        "gouvernement",
        "service",
    )
)

#: The sector a company's name closes with, a word its logo sets on a line of its own under
#: the brand ("VERNAUD" / "INDUSTRIES", "HELVANE" / "ÉNERGIES"): alone, such a word names no
#: one, so it completes the name above it ("médias" is left out: a press service's word).
#: Singular, French and English, in lower case
#: ([`is_sector_word`][communique.french.vocabulary.is_sector_word] reads the plurals).
COMPANY_SECTOR_WORDS = frozenset(
    (
        "industrie",
        "énergie",
        "technologie",
        "service",
        "système",
        "solution",
        "assurance",
        "transport",
        "finance",
        "pharma",
        "biotech",
        "immobilier",
        "ingénierie",
        "logistique",
        "distribution",
        "environnement",
        "composite",
        "matériau",
        "laboratoire",
        "électronique",
        "numérique",
        "robotique",
        "santé",
        "conseil",
        "développement",
        "industry",
        "technology",
        "system",
        "partner",
        "holding",
        "capital",
        "invest",
        "international",
        "aerospace",
        "automation",
        "electronic",
        "medical",
        "food",
        "agro",
        "digital",
        "robotic",
        "group",
    )
)


def is_sector_word(text: str) -> bool:
    """Whether ``text`` is one word of `COMPANY_SECTOR_WORDS`, in the singular or the plural
    (``INDUSTRIES``, ``Matériaux``, ``Technologies``)."""
    word = text.strip().lower()
    singulars = (word, word[:-1], word[:-3] + "y") if word.endswith(("s", "x")) else (word,)
    return any(form in COMPANY_SECTOR_WORDS for form in singulars)


#: The headings of a press kit's parts, set in capitals like a letterhead's name but naming
#: no one: "SOMMAIRE", "ÉDITO", "LE MOT DU DIRECTEUR", "CHIFFRES CLÉS", "ANNEXES".
KIT_SECTION_HEADINGS = frozenset(
    (
        "sommaire",
        "edito",
        "editorial",
        "le mot du directeur",
        "le mot de la directrice",
        "le mot du president",
        "le mot de la presidente",
        "chiffres cles",
        "les chiffres cles",
        "en chiffres",
        "annexes",
        "annexe",
        "introduction",
        "programme",
        "le programme",
        "presentation",
        "calendrier",
        "contacts",
        "partenaires",
        "les partenaires",
        "informations pratiques",
        "infos pratiques",
    )
)

#: The nouns of the events a release announces, opening a line or a sentence that dates the
#: event, never the release ("Inauguration le samedi 1er avril", "Vernissage : jeudi 3
#: octobre 2024"); none is ever a dateline's place.
EVENT_NOUNS = frozenset(
    (
        "inauguration",
        "réunion",
        "séance",
        "visite",
        "cérémonie",
        "vernissage",
        "lancement",
        "ouverture",
        "clôture",
        "conférence",
        "rendez",
        "programme",
        "journée",
        "soirée",
        "concert",
        "spectacle",
        "match",
        "inscriptions",
        "élections",
    )
)

#: Words of a press officer's role.
ROLE_WORDS = re.compile(
    r"\b(?:conseill[eè]re?|charg[ée]e?|attach[ée]e?|responsable|directeur|directrice|chef"
    r"|cheffe|porte-parole|presse|communications?|relations|m[ée]dias|manager|gestionnaire|officer|head"
    r"|d[ée]l[ée]gu[ée]e?|adjointe?|assistante?|secr[ée]taire|coordinat(?:eur|rice)|service)\b",
    re.I,
)

#: Release markers: embargo and immediate-release lines (evidence, never a headline).
RELEASE_MARKER = re.compile(
    r"\s*(?:(?:attention|important|note)\s*[:–—-]\s*)?"
    r"(?:pour\s+(?:diffusion|publication)\s+imm[ée]diate|for\s+immediate\s+release"
    r"|sous\s+embargo|embargo\b|regulatory\s+news|diffusion\s+imm[ée]diate"
    # the AMF's labels on listed companies' releases
    r"|informations?\s+r[ée]glement[ée]es?|informations?\s+privil[ée]gi[ée]es?)",
    re.I,
)

#: A crisis's numbered update, a line of its own: "Point de situation n° 3 – 14 h 00", "Point
#: de situation à 18 h" (a title below it is the headline; alone, it is no issuer's line
#: either; "Point de situation sur les crues" is a title). Its number is no reference.
SITUATION_UPDATE = re.compile(
    # (bounded runs of blanks: two free runs side by side would be tried at every split)
    r"\s{0,3}point\s+de\s+situation(?:\s+n[°o]\s?\d{1,3})?"
    r"(?:[ \t\u00a0\u202f]{0,3}(?:[–—,-][ \t\u00a0\u202f]{0,3})?(?:[àa]\s)?\d{1,2}\s?h"
    r"(?:\s?\d\d)?)?[ \t\u00a0\u202f]{0,8}",
    re.I,
)

#: A postal address line: a number and a street, a street and a number (Belgium,
#: Switzerland), a postcode and a town, a CEDEX or a post-office box.
ADDRESS = re.compile(
    # what a form can open with (tests/test_vocabulary_initials.py holds it to the forms):
    # elsewhere a position fails on one test of its character
    r"(?:^|(?=[\d,–—abcpqr]))(?:"
    r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?:rue|avenue|av\.|boulevard|bd|quai|place|chemin|all[ée]e"
    r"|impasse|cours|route|square|esplanade|parvis)\b"
    r"|\b(?:rue|avenue|boulevard|quai|place|chemin)\s[^\n\d]{1,40}?\s\d{1,4}\b"
    r"|(?:^|[–—,]\s*)(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Ý][\w'’-]+(?:\s+cedex)?\s*$"
    # between dashes inside a footer line ("– 44600 Saint-Nazaire – Tél. …"), never a title's
    # opening ("2030 Horizon – …"): a dash or a comma before the postcode
    r"|[–—,]\s*(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÀ-Ý][\w'’-]+(?:\s+cedex)?\s*[–—|]\s"
    r"|\bcedex\b|\b(?:BP|CS)\s?\d)",
    re.I,
)


def address_in(text: str, pos: int = 0) -> re.Match[str] | None:
    """``ADDRESS.search(text, pos)``, without running the pattern on a text holding neither a
    digit from ``pos`` nor "cedex" (every form writes a number, a postcode or a box's number,
    but "CEDEX" alone; the pattern is tried at every position)."""
    if _DIGIT.search(text, pos) is None and "cedex" not in text.lower():
        return None
    return ADDRESS.search(text, pos)


_DIGIT = re.compile(r"\d")

#: A listed company's ticker line on the wires: ``Carrefour (Paris:CA):``, ``Exemple SA
#: (Euronext Paris – EXM)``, ``Exemple Santé (Euronext Growth Paris)``. A market's name is
#: enough; a city needs its code after a colon or a dash, perhaps after its label ("réunion
#: SFAF (Paris)" names a city); the company's name is no table row's cells.
TICKER = re.compile(
    r"[^()|\n]{1,80}\((?:(?:Euronext|Alternext|NYSE|Nasdaq|TSX)[^()\n]{0,40}"
    r"|(?:Paris|Bruxelles|Amsterdam)[^()\n:–—-]{0,25}[:–—-]\s*"
    r"(?:(?i:mn[ée]mo(?:nique)?|code\s+isin|isin|ticker)\s*:?\s*)?[A-Z0-9]{1,12}\b[^()\n]{0,20}"
    # a portal's quote: "Global Graphics ( Cours : GLGR )"
    r"|\s*(?i:cours|mn[ée]mo(?:nique)?)\s*:\s*[A-Z0-9.]{1,12}\s*)"
    # (its other markets' codes: "TotalEnergies SE (Paris:TTE) (LSE:TTE) (NYSE:TTE) :")
    r"\)(?:[ \t]*\([^()\n]{1,40}\)){0,6}\s*:?\s*$"
)

#: A listed company's market codes in brackets after its name, as French financial releases
#: write them in their first sentence: ``(Euronext Paris : FR0013451234 – ORV)``, ``(Euronext
#: Growth – ALORV)``, ``(ISIN : FR0000120271)``, ``(Mnémo : ORV)``, ``(NYSE : ORV)``,
#: ``(SIX : GLB)``, ``(TSX : ABC)``.
MARKET_IDENTIFIERS = re.compile(
    r"\((?=[^()\n]{0,80}(?:\b(?:euronext|alternext|isin|mn[ée]mo(?:nique)?|ticker|nyse|nasdaq"
    r"|tsx|six|bourse\s+de)\b|\b[A-Z]{2}\d{9}[\dA-Z]\b))[^()\n]{2,100}\)",
    re.I,
)

#: A field of a wire's or portal's header, one per line (``Société : HELIOPHARM``,
#: ``Catégorie : Résultats semestriels``, ``Secteur : Santé``, a news portal's ``Classé dans :
#: Les affaires, Science`` and ``Sujets : Dividendes``, keywords only): never a headline.
#: Group ``issuer`` holds the company when the label names it (``Société``, ``Émetteur``…).
PORTAL_FIELD = re.compile(
    r"\s*(?:(?:soci[ée]t[ée]|[ée]metteur|entreprise|company|issuer)\s*:\s*(?P<issuer>\S[^\n]{0,80})"
    r"|(?:cat[ée]gorie|rubrique|secteur|sous-secteur|th[èe]mes?|march[ée]|compartiment"
    r"|code\s+isin|isin|mn[ée]monique|ticker|langue|type\s+d['’]information)\s*:\s*\S[^\n]{0,120}"
    # a news portal's filing: a list of short keywords ("Sujets : Bénéfices, Dividendes /
    # Ristournes"), not a title's topic and its clause ("Sujet : la réforme expliquée…")
    r"|(?:cat[ée]gories|rubriques|secteurs|th[ée]matiques?|class[ée]e?s?\s+(?:dans|sous)"
    r"|sujets?|mots?[\s-]cl[ée]s?|tags?|[ée]tiquettes?|filed\s+under)\s*:\s*"
    r"[^\s,;/]+(?:[ \t]+[^\s,;/]+){0,3}(?:[ \t]*[,;/][ \t]*[^\s,;/]+(?:[ \t]+[^\s,;/]+){0,3}){0,9}"
    r"[ \t]*)$",
    re.I,
)

#: The line an e-mail client writes above a forwarded message, the whole line:
#: "---------- Message transféré ---------", "-------- Message d'origine --------",
#: "---------- Forwarded message ---------", "Début du message réexpédié :".
FORWARDED_MARKER = re.compile(
    r"\s*(?:-{2,}\s*(?:message\s+transf[ée]r[ée]|message\s+d['’]origine|message\s+original"
    r"|forwarded\s+message|original\s+message)\s*-{2,}"
    r"|d[ée]but\s+du\s+message\s+r[ée]exp[ée]di[ée]\s*:?|begin\s+forwarded\s+message\s*:?)\s*",
    re.I,
)

#: A line that is only a page number, as PDF text keeps it: "2/2", "Page 1 sur 1", "- 3 -".
PAGE_NUMBER = re.compile(
    r"[-–—\s]{0,3}(?:page|p\.)?\s{0,3}\d{1,4}(?:\s{0,3}(?:/|sur|of)\s{0,3}\d{1,4})?[-–—\s]{0,3}",
    re.I,
)

#: A site's language switch, the whole line: "Français English", "FR | EN | NL".
LANGUAGE_SWITCH = re.compile(
    r"\s*(?:(?:fran[çc]ais|english|deutsch|nederlands|espa[ñn]ol|italiano|portugu[êe]s"
    # (the languages named in English, as a bilingual wire's page names them)
    r"|french|german|dutch|spanish|italian|anglais|allemand|n[ée]erlandais"
    r"|fr|en|nl|de|es|it|lb)\b[ \t|/·•-]*){2,8}"
    # the codes' links glued together once converted to text: "[FR](…)[EN](…)" -> "FREN"
    r"|\s*(?-i:(?:EN|NL|DE|ES|IT|LB){0,6}FR(?:EN|NL|DE|ES|IT|LB){1,6}|(?:EN|NL|DE|ES|IT|LB){1,6}FR)\s*",
    re.I,
)

#: A site's own name or title line, not the release's: "Gouvernement de Wallonie - Portail
#: officiel", "Site officiel de la Ville de Nantes", "Québec.ca", "Les services de l'État en
#: Côte-d'Or".
_DOMAIN = r"(?:www\.)?[\w-]{2,40}\.(?:gouv\.fr|ca|fr|be|ch|lu|org|com|net|sn|ma|eu|info)"
SITE_TITLE = re.compile(
    r"[^\n]{0,80}?\b(?:portail|site)\s+(?:internet\s+)?officiel\b[^\n]{0,80}"
    # every préfecture's site: "Les services de l'État dans le Cantal", "… en Côte-d'Or"
    # (the place only, its words capitalised or joined: not "… en Bretagne mobilisés face …")
    r"|\s*les\s+services\s+de\s+l['’][ée]tat\s+(?:en|dans|à|au|aux)\s+(?:(?:le|la|les|l['’])\s?)?"
    r"(?:r[ée]gion\s+)?"  # ("… en région Hauts-de-France")
    r"(?-i:[A-ZÀ-Ý][\w'’-]*)(?:\s+(?:(?-i:[A-ZÀ-Ý])[\w'’-]*|de|du|des|d['’]\w+|et))*\s*"
    # the site's domain alone, opening the line or closing it: "Boursier.com : Bourse,
    # actualité financière…", "Le gouvernement luxembourgeois - gouvernement.lu"
    rf"|\s*{_DOMAIN}\s*(?:[:|–—-]\s*[^\n]{{0,120}})?"
    rf"|[^\n]{{1,120}}?\s[|–—-]\s*{_DOMAIN}\s*",
    re.I,
)

#: A motto or a menu of single words set apart by middle dots, bullets or bars, the whole
#: line: "Soigner · Former · Chercher", "Liberté • Égalité • Fraternité", "Accueil | Presse".
WORD_STRIP = re.compile(r"\s*[\w'’-]{2,30}(?:\s*[·•|]\s*[\w'’-]{2,30}){2,7}\s*")

#: A site's cookie-consent banner: it names cookies and asks to accept, refuse or set them
#: ("Nous utilisons des cookies… En cliquant sur « Tout accepter », vous consentez…").
COOKIE_WORD = re.compile(r"(?=[ct])(?:\bcookies?\b|\btraceurs\b)", re.I)
# Words one of which every match of COOKIE_WORD holds in lower case (none with a letter a
# case-insensitive pattern matches to another than str.lower gives: "i", "k", "s").
COOKIE_WORDS = ("coo", "traceur")
CONSENT_WORD = re.compile(
    r"\b(?:accept|consent|refus|param[èe]tr|personnalis|g[ée]rer\s+(?:mes|vos|les)\s+choix"
    # the site saying it uses them: "Nous utilisons des cookies pour améliorer …", "nous et
    # nos partenaires utilisons des cookies", "Le site laregion.fr utilise des cookies"
    r"|(?:nous(?:\s+et\s+nos\s+partenaires)?\s+utilisons"
    r"|(?:ce|notre|le)\s+site(?:\s+[\w.-]{2,60})?\s+utilise)\s+des\s+(?:cookies|traceurs))",
    re.I,
)


#: A consent banner's heading: "Gestion des cookies", "Paramétrer les cookies", "À propos des
#: cookies sur Les services de l'État en Savoie" (the site's name after "sur", no colon), "Nous
#: respectons votre vie privée"; and its buttons, a line each ("Tout accepter", "Refuser",
#: "Continuer sans accepter", "Personnaliser"). A
#: release's title about cookies says who does what ("Utilisation des cookies sur les sites
#: marchands : la CNIL sanctionne …", "Politique de cookies du Conseil d'État").
COOKIE_HEADING = re.compile(
    r"\s*(?:(?:gestion|param[èe]tr(?:es|age|er)|pr[ée]f[ée]rences|r[ée]glages|politique"
    r"|utilisation|personnalis(?:er|ation))\s+(?:(?:des|de\s+vos|de\s+mes|de\s+nos|les|de)\s+)?"
    # ("Gestion de vos préférences sur les cookies", "Paramétrer vos choix en matière de …")
    r"(?:(?:pr[ée]f[ée]rences|choix|param[èe]tres|consentement)\s+"
    r"(?:sur\s+les|en\s+mati[èe]re\s+de|relatifs?\s+aux|aux|des|de)\s+)?"
    r"(?:cookies|traceurs)"
    r"|[àa]\s+propos\s+des\s+(?:cookies|traceurs)(?:\s+sur\s+[^\s:;!?][^\n:;!?]{0,79})?"
    # the banner's title about the visitor's privacy, and its buttons
    r"|nous\s+respectons\s+votre\s+vie\s+priv[ée]e|votre\s+vie\s+priv[ée]e(?:\s+nous\s+importe)?"
    r"|(?:tout\s+)?accepter(?:\s+et\s+(?:fermer|continuer))?|(?:tout\s+)?refuser"
    r"|continuer\s+sans\s+accepter|personnaliser|param[ée]trer"
    r"|g[ée]rer\s+(?:mes|les|vos)\s+(?:choix|pr[ée]f[ée]rences|cookies))\s*",
    re.I,
)


def is_consent_banner(text: str) -> bool:
    """Whether ``text`` is a cookie-consent banner (chrome, never the release's text)."""
    lowered = text.lower()
    for word in COOKIE_WORDS:  # (a loop: any() over a generator costs more)
        if word in lowered:
            break
    else:
        return False  # (COOKIE_WORD, tried at every position, is not run)
    return COOKIE_WORD.search(text) is not None and CONSENT_WORD.search(text) is not None


#: A distribution legend set in bold over a release, never its chapô nor its title: "NE PAS
#: DISTRIBUER AUX ÉTATS-UNIS…", "CE COMMUNIQUÉ NE DOIT PAS ÊTRE DIFFUSÉ … AUX ÉTATS-UNIS",
#: "Not for release, publication or distribution…", "Sous embargo…", "Information sous
#: embargo jusqu'au …".
DISTRIBUTION_LEGEND = re.compile(
    r"\s*(?:ne\s+pas\s+(?:distribuer|diffuser|publier)|not\s+for\s+(?:release|distribution"
    r"|publication)|sous\s+embargo|embargo\b|pour\s+diffusion\s+imm[ée]diate"
    # "CE COMMUNIQUÉ NE DOIT PAS ÊTRE DIFFUSÉ, PUBLIÉ OU DISTRIBUÉ … AUX ÉTATS-UNIS", "Ne doit
    # pas être publié …", "Pour diffusion au Canada seulement"
    r"|(?:(?:ce|le\s+pr[ée]sent)\s+(?:communiqu[ée](?:\s+de\s+presse)?|document)\s+)?"
    r"ne\s+(?:doit|peut|devra)\s+pas\s+[êe]tre\s+(?:diffus|publi|distribu|transmis)"
    # "NON DESTINÉ À ÊTRE DIFFUSÉ, PUBLIÉ OU DISTRIBUÉ …", "Non destiné à la diffusion …"
    r"|non\s+destin[ée]e?s?\s+[àa]\s+(?:[êe]tre\s+|la\s+)?(?:diffus|publi|distribu)"
    r"|pour\s+(?:diffusion|distribution)\s+(?:au\s+canada|hors\s+des\s+[ée]tats-unis)"
    # "INFORMATION SOUS EMBARGO JUSQU'AU JEUDI 16 AVRIL 2026 À 20 H"
    r"|(?:information|communiqu[ée](?:\s+de\s+presse)?|texte|document)\s+(?:diffus[ée]e?\s+)?"
    r"sous\s+embargo"
    r"|information\s+r[ée]glement[ée]e)",
    re.I,
)

#: Portal chrome: share buttons, breadcrumbs, print links; never a headline or an issuer.
FURNITURE = re.compile(
    # the words' first letters first (tests/test_vocabulary_initials.py holds them to the words)
    r"(?=[acdefilmnoprstvx])(?:partager|imprimer|t[ée]l[ée]charger|envoyer\s+par\s+(?:e-?mail|courriel)|retour"
    # a page's widgets: its search box, its text size, a blog platform's bar
    r"|fermer\s+(?:ce\s+champ\s+de\s+recherche|la\s+recherche|le\s+menu)"
    r"|(?:restaurer|augmenter|diminuer|r[ée]duire|agrandir)\s+la\s+taille\s+d[ue]s?\s+(?:texte|caract[èe]res)"
    r"|suivre\s+ce\s+blog|cr[ée]er\s+(?:mon|un)\s+blog"
    # a link to the page's other version: "Version PDF", "Version imprimable"
    r"|version\s+(?:pdf|imprimable|papier|[ée]cran)"
    # a CMS's viewlets over the text (Plone's: "Actions sur le document", "Table des
    # matières", "Outils personnels")
    r"|actions\s+sur\s+le\s+document|table\s+des\s+mati[èe]res|outils\s+personnels"
    # a logo's alternative text that names no one: "Logo du site" (alone: "Logo du site
    # Ville de Lyon" names the body)
    r"|logo\s+du\s+site\s*$"
    r"|accueil|menu|rechercher|facebook|twitter|linkedin|x\s*\(twitter\)|mis\s+[àa]\s+jour"
    r"|publi[ée]\s+le|vous\s+[êe]tes\s+ici|fil\s+d['’]ariane|suivez-nous"
    # skip links: "Aller au contenu", "Passer au pied de page", "Accéder à la recherche"
    r"|(?:aller|passer|acc[ée]der|sauter)\s+(?:au\s+(?:contenu|menu|pied\s+de\s+page|fil\s+d['’]ariane)"
    r"|[àa]\s+la\s+(?:navigation|recherche))|skip\s+to\s+(?:content|main\s+content|navigation)"
    r"|s['’]abonner|newsletter|lire\s+la\s+suite|plan\s+du\s+site|cookies?)\b"
    # A breadcrumb: segments cannot hold a separator, so that a long line of "\t/" or " / "
    # cannot be split in exponentially many ways before "$" fails.
    r"|^[^>›»/\n]{0,60}(?:\s[>›»/]\s[^>›»/\n]{0,60}){2,8}$",
    re.I,
)


#: The markets an investor portal's ticker quotes over the page: stock indices, currency pairs,
#: crypto-currencies, commodities (``CAC 40 :``, ``• Dow Jones``, ``EUR/USD``).
MARKET_NAMES: tuple[str, ...] = (
    "CAC 40", "CAC Mid 60", "CAC Small", "SBF 120", "SBF 250", "Euro Stoxx 50", "Stoxx 600",
    "Stoxx Europe 600", "Dow Jones", "Nasdaq", "Nasdaq 100", "Nasdaq Composite", "S&P 500",
    "S&P/TSX", "NYSE", "Russell 2000", "Nikkei", "Nikkei 225", "Topix", "Hang Seng",
    "Shanghai Composite", "DAX", "FTSE 100", "FTSE 250", "FTSE MIB", "IBEX 35", "SMI",
    "BEL 20", "AEX", "PSI 20", "ATX", "OMX", "VIX", "Bitcoin", "Bitcoin EUR", "Bitcoin USD",
    "Ethereum", "CMC Crypto 200", "Brent", "WTI", "Pétrole Brent", "Once d'or",
)  # fmt: skip
#: One of a ticker's lines, read whole (``fullmatch`` on one line; searched in a text, the
#: optional marks before the name would be tried at every position): a market's name, its
#: colon, its quote or change (``CAC 40 :``, ``Nikkei 225 30 725,99``, ``USD/JPY``), or a
#: change under a quote's label (``Cible : +0.77%``; a results release's "Ventes : +12 %"
#: is a highlight, not a quote).
MARKET_QUOTE = re.compile(
    rf"[\s•·*-]*(?:(?:{alternatives(MARKET_NAMES)}|[A-Z]{{3}}/[A-Z]{{3}})"
    r"(?:[ \t]*:)?(?:[ \t]+[-+−]?\d[\d \u00a0\u202f.,]{0,14}(?:[ \t]*%)?)?"
    r"|(?:cible|variation|var\.|cours|cl[ôo]ture|ouverture|dernier)[ \t]*:[ \t]*[-+−]\d[\d.,]{0,10}"
    r"[ \t]*%)[ \t]*",
    re.I,
)
# A ticker quotes this many markets at least; fewer names are a release's words.
MARKET_TICKER_LINES = 3


_COUNCIL = (
    r"(?:conseil\s+(?:des\s+ministres|f[ée]d[ée]ral|de\s+gouvernement|d['’][ée]tat)"
    r"|gouvernement\s+(?:de\s+wallonie|wallon|flamand|bruxellois"
    r"|de\s+la\s+f[ée]d[ée]ration\s+wallonie-bruxelles))"
)
_COUNCIL_SESSION = re.compile(
    r"\s*(?:le\s+)?"
    # a meeting's noun: "Séance spéciale du", "Compte rendu de la 7e réunion ordinaire du"
    r"(?:(?P<meeting>(?:compte[- ]rendu|relev[ée]\s+d(?:es|e)\s+d[ée]cisions"
    r"|point\s+(?:de\s+)?presse"
    r"|(?:s[ée]ance|r[ée]union|session)(?:\s+(?:sp[ée]ciale|extraordinaire|ordinaire"
    r"|hebdomadaire))?)"
    r"\s+(?:de\s+la\s+(?:[\w-]+\s+){0,2}?(?:s[ée]ance|r[ée]union|session)(?:\s+[\w-]+){0,2}?\s+)?"
    r"d[ue]\s+)"
    r"|communiqu[ée](?:\s+final)?\s+d[ue]\s+)?"
    # (a session out of the ordinary says so after the council: "… extraordinaire du 3 mai")
    rf"{_COUNCIL}(?:\s+(?:extraordinaire|sp[ée]cial|restreint))?"
    rf"(?:\s+(?:du|de\s+ce)\s+(?P<council_day>{DATE.pattern}))?[\s.]*$",
    re.I,
)


def council_session_title(text: str) -> bool:
    """Whether ``text`` is a government council's session as a whole title: the communiqué a
    government issues after each meeting is titled by the meeting ("Conseil des ministres du
    1er juillet 2011", "Compte rendu de la septième réunion ordinaire du Conseil des
    ministres", "Séance du Conseil fédéral de ce vendredi 15 mars 2002", "Gouvernement de
    Wallonie du 3 juillet 2025", "Point presse du Conseil d'État du 30 octobre 2019"): a
    meeting's noun over the council, or its day after it. The council's name alone ("Le
    Conseil fédéral") is its issuer's line, "Communiqué du Conseil d'État" its type and
    issuer; a title that goes on after the council ("Conseil des ministres : une centrale
    solaire…") is an item's, and an agenda ("Ordre du jour du Conseil des ministres") opens
    otherwise."""
    session = _COUNCIL_SESSION.match(text)
    return session is not None and bool(session["meeting"] or session["council_day"])
