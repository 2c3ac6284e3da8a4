"""Who announces: the subject of a release's first sentence, before its announcing verb.

Wire and corporate releases rarely print a letterhead; their first sentence names the
issuer instead: ``METRO inc. annonce…``, ``FORTUNE a annoncé aujourd'hui…``, ``Le premier
ministre, François Legault, a procédé…``, ``Le groupe Globus (SIX : GLB), leader de …,
dévoile…``. This module holds the verbs (as a table of the forms a release uses: present,
plural, passé composé, future) and the words that introduce an office holder's name.

Rules of this module (those of `communique.french.vocabulary`): case-insensitive,
both apostrophes, every space, linear time (bounded repetitions, no nested quantifiers).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = [
    "ANNOUNCING_VERB",
    "ANNOUNCING_VERBS",
    "COMMUNICATED_BY",
    "COMPANY_RELEASE_HEADER",
    "DEAL_ANNOUNCED",
    "HONORIFIC",
    "LOGO_TEXT",
    "LOGO_WORDS",
    "OWN_FIGURES_ANNOUNCED",
    "SUBJECT_ARTICLE",
    "WIRE_END_MARK",
    "WIRE_SERVICES",
    "WIRE_SIGN",
]

#: The verbs a release opens with, as its issuer's action, in the forms releases use.
ANNOUNCING_VERBS: tuple[str, ...] = (
    "annonce",
    "annoncent",
    "a annoncé",
    "ont annoncé",
    "annoncera",
    "annonceront",
    "dévoile",
    "dévoilent",
    "a dévoilé",
    "lance",
    "lancent",
    "a lancé",
    "publie",
    "publient",
    "a publié",
    "présente",
    "présentent",
    "a présenté",
    "conclut",
    "a conclu",
    "signe",
    "signent",
    "a signé",
    "inaugure",
    "a inauguré",
    "ouvre",
    "rouvre",
    "renforce",
    "étend",
    "officialise",
    "informe",
    "communique",
    "procède",
    "a procédé",
    "se félicite",
    "se félicitent",
    "se réjouit",
    "se réjouissent",
    "salue",
    "accueille",
    "a accueilli",
    "reçoit",
    "a reçu",
    "nomme",
    "a nommé",
    "finalise",
    "a finalisé",
    "acquiert",
    "a acquis",
    "réalise",
    "a réalisé",
    "enregistre",
    "a enregistré",
    "affiche",
    "confirme",
    "a confirmé",
    "obtient",
    "a obtenu",
    "remporte",
    "a remporté",
    "lève",
    "a levé",
    "clôture",
    "a clôturé",
    "dénonce",
    "condamne",
    # a listed company's news in its headline's verb: "GROUPE X RÉUSSIT LE PLACEMENT …",
    # "X cède sa filiale …", "X rejoint l'indice …", "X devient …"
    "réussit",
    "a réussi",
    "cède",
    "a cédé",
    "rejoint",
    "a rejoint",
    "choisit",
    "a choisi",
    "investit",
    "a investi",
    "déploie",
    "a déployé",
    "poursuit",
    "franchit",
    "a franchi",
    "devient",
    "accélère",
    "s'associe",
    "s'associent",
    "renouvelle",
    "a renouvelé",
    "a eu l'honneur",
    "a l'honneur",
    "ont l'honneur",
    "a la joie",
    "a la fierté",
    "a le plaisir",
    "ont le plaisir",
    "est heureux",
    "est heureuse",
    "sont heureux",
    "est fier",
    "est fière",
    "sont fiers",
)

_APOSTROPHE = "['’]"


def _verb_pattern(form: str) -> str:
    words = []
    for word in form.split():
        word = re.escape(word).replace("'", _APOSTROPHE).replace("é", "[ée]").replace("è", "[èe]")
        words.append(word)
    return r"\s+".join(words)


def _initials(forms: tuple[str, ...]) -> str:
    """A look-ahead for the characters `_verb_pattern` of ``forms`` can start with ("é" is
    also written "e"): put before their alternation, it lets the engine leave a position after
    one test of its character instead of trying every form there (the matches are the same)."""
    chars = {form[0] for form in forms} | {"e" for form in forms if form[0] in "éè"}
    return f"(?=[{re.escape(''.join(sorted(chars)))}])"


def _verb_trie(forms: tuple[str, ...]) -> str:
    """The alternation of `_verb_pattern` of ``forms``, shaped like their trie: at each place
    one alternative per next letter (the engine tries a few, not every form), a form's end
    optional where a longer form goes on. Where no two forms can match at one place (each
    followed by a word's end: tests/test_announcer_trie.py), it matches as the flat
    alternation does, whatever the order of the forms."""
    tree: dict[str, dict[str, Any]] = {}
    for form in forms:
        node = tree
        for unit in _verb_units(form):
            node = node.setdefault(unit, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [unit + pattern(node[unit]) for unit in sorted(node) if unit]
        if not branches:
            return ""
        alternation = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{alternation})?" if "" in node else alternation

    return pattern(tree)


def _verb_units(form: str) -> list[str]:
    """`_verb_pattern` of ``form``, one piece a letter (a space between words is ``\\s+``)."""
    units: list[str] = []
    for number, word in enumerate(form.split()):
        if number:
            units.append(r"\s+")
        units.extend(_verb_pattern(char) for char in word)
    return units


#: An announcing verb after its subject (``… annonce``, ``… a annoncé``), a whole word.
ANNOUNCING_VERB = re.compile(
    rf"(?<=\s){_initials(ANNOUNCING_VERBS)}(?:{_verb_trie(ANNOUNCING_VERBS)})(?!\w)", re.I
)

#: What may stand before an office holder's name: ``l'honorable``, ``M.``, ``Mme``.
HONORIFIC = re.compile(
    rf"\s*+(?:l{_APOSTROPHE}honorable|monsieur|madame|son\s+excellence|M\.|Mme\.?|Me)\s+", re.I
)

#: An article opening a subject (``Le groupe X``, ``La Région Y``, ``L'Agence Z``).
SUBJECT_ARTICLE = re.compile(rf"(?:(?:le|la|les)\s+|l{_APOSTROPHE}\s*)(?=\S)", re.I)

#: Wire services and regulated-information portals that carry corporate and government
#: releases; their releases name the issuer in the first sentence, not in a letterhead.
WIRE_SERVICES: tuple[str, ...] = (
    "business wire",
    "businesswire",
    "globe newswire",
    "globenewswire",
    "pr newswire",
    "prnewswire",
    "cnw",
    "telbec",
    "cision",
    "actusnews",
    "accesswire",
    "newswire",
    "african press organization",
    "marketscreener",
    "boursorama",
    "zonebourse",
    "euronext",
    "information réglementée",
    "regulatory news",
    "communiqué financier",
)

#: A sign that a release came through a wire: a service's name or its tag (``/CNW/``).
WIRE_SIGN = re.compile(
    rf"(?<!\w){_initials(WIRE_SERVICES)}(?:"
    + "|".join(_verb_pattern(name) for name in WIRE_SERVICES)
    + r")(?!\w)",
    re.I,
)
#: The Canadian wires' end mark, ``-30-`` or ``– 30 –`` (not a phone's ``04-30-12``).
#: Searched in the whole text: it starts with the dash itself (the look-behind after it
#: reads the character before the dash), so that the engine skips from dash to dash
#: instead of trying every position; the matches are those of ``(?<![\w-])[-–—] ?30 …``.
WIRE_END_MARK = re.compile(r"[-–—](?<![\w-][-–—]) ?30 ?[-–—](?![\w-])")

#: The header a regulated-information portal prints over a listed company's release:
#: ``Communiqué de la société METAVISIO (THOMSON COMPUTING) du 30/10/2024 - …``,
#: ``Communiqué du groupe X du 12 mars 2024``. Group ``name`` is the company, without the
#: trade name in brackets.
COMPANY_RELEASE_HEADER = re.compile(
    rf"communiqu[ée]\s+(?:de\s+la\s+soci[ée]t[ée]|du\s+groupe|de\s+l{_APOSTROPHE}entreprise)\s+"
    r"(?P<name>[^\s()][^\n()]{0,59}?)\s*(?:\([^()\n]{1,60}\)\s*)?\s+du\s+(?=\d)",
    re.I,
)

#: The text a captured page keeps of its letterhead image (its ``alt`` text): ``Bandeau du
#: ministère du Développement durable``, ``Logo de la Région Bretagne``, ``Logotype
#: Préfecture de la Gironde``. Group ``name`` is the organisation, to the end of the line.
LOGO_TEXT = re.compile(
    r"(?<![\w-])(?:Bandeau|Banni[èe]re|Logo(?:type)?)\s+"
    rf"(?:(?:du|des|de\s+la|de\s+l{_APOSTROPHE}|de|d{_APOSTROPHE})\s*)?"
    # (in Markdown the name is an image's alt text, closed by its bracket: "![Logo de la X](…)")
    r"(?P<name>[^\s|\[\]][^\n|\[\]]{2,119})(?:\]|$)",
    re.M,
)

#: Words one of which every match of `LOGO_TEXT` holds, as written (the pattern is
#: case-sensitive): a text holding none is not searched.
LOGO_WORDS = ("Bandeau", "Banni", "Logo")

#: A wire's or a portal's label naming who provided the release: ``Nouvelles fournies par``
#: (Cision/CNW's French pages), ``Communiqué diffusé par``, ``Information transmise par``,
#: ``News provided by``; the name follows on the line (group ``name``) or on the next one.
PROVIDED_BY = re.compile(
    r"[ \t]*+(?:nouvelles?|communiqu[ée]s?(?:\s+de\s+presse)?|informations?|contenus?|news)\s+"
    r"(?:fournie?s?|diffus[ée]e?s?|transmise?s?|publi[ée]e?s?|[ée]mise?s?|provided|distributed)"
    r"\s+(?:par|by)\s*:?"
    r"(?:[ \t]+(?P<name>[^\s][^\n]{0,118}?))?[ \t]*",
    re.I,
)

#: The attribution closing a release that a government's site publishes for a service:
#: ``Communiqué par le Service information et presse`` (Luxembourg), ``Communiqué par le
#: ministère de la Santé`` ("communicated by": a participle, not a document type). Group
#: ``name`` is the service, without its article.
COMMUNICATED_BY = re.compile(
    rf"^[ \t]*+(?:\(\s*)?communiqu[ée]e?\s+par\s*:?\s+(?:le\s+|la\s+|les\s+|l{_APOSTROPHE}\s*)?"
    r"(?P<name>[A-ZÀ-Ýa-zà-ÿ][^\n()]{1,118}?)\s*\)?[ \t.]*$",
    re.I | re.M,
)

#: A company's own periodic figures, as the object of the announcing verb in the present
#: (regulated information: only the company announces them so; a news report tells them in
#: the past, "a annoncé"): "annonce ses résultats du deuxième trimestre", "annonce, pour
#: l'exercice 2019, un chiffre d'affaires de 204 M€", "publie son chiffre d'affaires".
OWN_FIGURES_ANNOUNCED = re.compile(
    r"(?:annonce|annoncent|publie|publient|pr[ée]sente|pr[ée]sentent|d[ée]voile|d[ée]voilent)"
    r"(?:\s+aujourd['’]hui|\s+ce\s+jour)?[\s,]{1,3}(?:[^.\n]{0,80}?[\s,])?"
    r"(?:son|ses|leurs?|une?|les?)\s+(?:chiffres?\s+d['’]\s*affaires|r[ée]sultats|comptes|ventes|revenus)\b",
    re.I,
)
#: A deal between the announcer and a company it buys or a fund that invests in it, as the
#: object of the announcing verb: "annonce l'acquisition de …", "annonce aujourd'hui la
#: signature d'un accord en vue de l'acquisition de …", "annonce la clôture d'un financement"
#: (a deal word further on, "un partenariat … pour le financement de …", is no deal)
DEAL_ANNOUNCED = re.compile(
    r"(?:\s+(?:aujourd['’]hui|ce\s+jour|avoir\s+(?:finalis[ée]|r[ée]alis[ée]|conclu)))?\s+"
    r"(?:l['’]\s*|la\s+|le\s+|une?\s+)?"
    r"(?:cl[ôo]ture\s+d['’]une?\s+(?:financement|augmentation\s+de\s+capital)"
    r"|(?:finalisation\s+de\s+l['’]\s*|signature\s+d['’]un\s+accord\s+en\s+vue\s+de\s+l['’]\s*)?"
    r"(?:acquisition|rachat|lev[ée]e\s+de\s+fonds|tour\s+de\s+table|prise\s+de\s+participation"
    r"|entr[ée]e\s+au\s+capital))\b",
    re.I,
)
