"""The words of press contacts, as tables: headings, public-information labels, disguised
e-mails, and the parts of a person's name.

Each table is data the contacts step reads; the regexes are built from the tables, so a new
heading or a new disguise is one more row. ``french/vocabulary.py`` keeps the headings the
header and sections steps share; `CONTACT_HEADING` here extends them with the forms only
the contacts step needs.

!!! info "Added in version 0.2"
"""

from __future__ import annotations

import re

from .vocabulary import CONTACT_HEADING as _SHARED_CONTACT_HEADING

__all__ = [
    "AT_WORDS",
    "CONTACT_HEADING",
    "CONTACT_HEADINGS",
    "DOMAIN_DOT",
    "DOT_WORDS",
    "GIVEN_NAMES",
    "NAME_PARTICLES",
    "OBFUSCATED_EMAIL",
    "ORGANISATION_NAME_LINKS",
    "ORGANISATION_WORDS",
    "PUBLIC_APPEAL",
    "PUBLIC_AUDIENCES",
    "PUBLIC_INFORMATION",
    "PUBLIC_LABELS",
    "ROLE_TITLE",
]

_APOSTROPHE = "['’]"


def _table(words: str) -> frozenset[str]:
    """A table written as words separated by white space (long tables read better so)."""
    return frozenset(words.split())


# -- headings ------------------------------------------------------------------------------

#: Contact headings beyond the shared ones, as regex fragments (each a whole heading, which
#: a colon, a dash or the end of the line follows).
CONTACT_HEADINGS: tuple[str, ...] = (
    # Canada and Québec: "Personnes-ressources", "Relations avec les médias",
    # "Source et renseignements", "Renseignements et source"
    r"personnes?[-\s]ressources?",
    r"relations?\s+avec\s+les\s+m[ée]dias",
    r"sources?\s+et\s+renseignements|renseignements\s+et\s+sources?",
    # "Demandes médias", "Demandes des médias", "Demandes de presse", "Media inquiries"
    r"demandes?\s+(?:des\s+|de\s+(?:la\s+)?|d['’])?(?:m[ée]dias?|presse|journalistes)",
    r"(?:media|press)\s+(?:inquiries|enquiries|contacts?)",
    # "Contacts presse et médias", "Contact presse & partenariats", "Contacts investisseurs"
    r"contacts?\s+(?:presse|m[ée]dias?|journalistes|investisseurs|analystes|r[ée]daction)"
    r"(?:\s*(?:et|&|/|,)\s*(?:presse|m[ée]dias?|journalistes|investisseurs|analystes"
    r"|partenariats?|relations?\s+publiques))+",
    r"contacts?\s+(?:investisseurs|analystes|actionnaires|r[ée]daction|relations\s+m[ée]dias)",
    # the Swiss federal administration: "Adresse pour l'envoi de questions", "Renseignements
    # complémentaires"
    r"adresses?\s+pour\s+l['’]envoi\s+(?:de\s+|des\s+)?questions",
    r"renseignements\s+compl[ée]mentaires",
    # "Coordonnées", "Coordonnées presse", "Pour nous contacter", "Contact (presse)"
    r"coordonn[ée]es(?:\s+(?:presse|m[ée]dias?))?",
    r"pour\s+nous\s+(?:contacter|joindre)",
    r"contacts?\s+\((?:presse|m[ée]dias?)\)",
    # "Contact presse FSFE", "Contacts médias SNCF": the organisation's acronym after it
    r"contacts?\s+(?:presse|m[ée]dias?)\s+(?-i:[A-Z]{2,8})",
    # "Interlocuteurs presse", "Vos interlocuteurs"
    r"(?:vos\s+)?interlocut(?:eur|rice)s?(?:\s+(?:presse|m[ée]dias))?",
    # A press officer's title used as the heading: "Chargée des relations presse :"
    r"(?:charg[ée]e?s?|responsables?|conseill[eè]re?s?)\s+(?:de\s+|des\s+)?"
    r"(?:presse|relations?\s+(?:presse|m[ée]dias)|communication)",
    # "Contact(s) presse", "Infos presse", "Presse et médias", "Nous contacter"
    r"contact\(s\)(?:\s+(?:presse|m[ée]dias?))?",
    r"infos?\s+(?:presse|m[ée]dias?)",
    r"presse\s+(?:et|&)\s+m[ée]dias?|m[ée]dias?\s+(?:et|&)\s+presse",
    r"nous\s+contacter|contactez-nous",
    # "Contacts presse régionaux", "Contact presse national"
    r"contacts?\s+(?:presse|m[ée]dias?)\s+(?:r[ée]gion(?:al|aux|ale|ales)|nation(?:al|aux|ale|ales)"
    r"|loca(?:l|ux|le|les)|internationa(?:l|ux|le|les)|france|[ée]tranger)",
    # "Pour toute information complémentaire", "Pour tout renseignement", "Pour toute
    # question", "Pour plus de renseignements": weak, like "Pour plus d'informations"
    r"pour\s+(?:toute?s?|tous)\s+(?:les\s+)?(?:informations?|renseignements?|questions?|demandes?"
    r"|pr[ée]cisions?)(?:\s+compl[ée]mentaires?)?(?:\s+(?:presse|m[ée]dias?))?",
    r"(?:pour\s+)?plus\s+de\s+(?:renseignements|d[ée]tails|pr[ée]cisions)",
    # "Presse :", "Médias :", "Journalistes :": the bare word, opening a zone only with a
    # means below (see the contacts step's weak headings)
    r"presse|m[ée]dias|journalistes",
)

#: A press-contact heading, possibly followed by the contact on the same line: the shared
#: headings of ``french/vocabulary.py`` and :data:`CONTACT_HEADINGS`. Each group looks ahead
#: for its headings' first letters (tests/test_vocabulary_initials.py holds them to the
#: headings): a line opening otherwise fails on one test of its first character.
CONTACT_HEADING = re.compile(
    rf"(?=[acdijmnprsv])(?:{'|'.join(CONTACT_HEADINGS)})(?=\s*(?:[:：]|$|[–—-]\s))|{_SHARED_CONTACT_HEADING.pattern}",
    re.I,
)

# -- roles ----------------------------------------------------------------------------------

#: A title that opens a person's role, even when an organisation word follows it
#: ("Directeur financier", "Directrice de la communication", "Délégué général").
ROLE_TITLE = re.compile(
    r"(?:directeur|directrice|responsable|charg[ée]e?|attach[ée]e?|conseill[eè]re?"
    r"|d[ée]l[ée]gu[ée]e?|chef|cheffe|porte-parole|secr[ée]taire\s+g[ée]n[ée]rale?"
    r"|pr[ée]sidente?|vice-pr[ée]sidente?)\b",
    re.I,
)

#: Nouns that open a role and never a person's name, folded (lower case, no accents):
#: "Coordinateur Allemagne" and "Directrice Communication" are capitalised pairs shaped
#: like names, and are roles. Both genders, French usage and the English of international
#: releases.
ROLE_NOUNS = _table(
    """
    president presidente vice-president vice-presidente directeur directrice
    coordinateur coordinatrice coordonnateur coordonnatrice responsable charge chargee
    attache attachee conseiller conseillere delegue deleguee chef cheffe secretaire
    tresorier tresoriere fondateur fondatrice cofondateur cofondatrice co-fondateur
    co-fondatrice gerant gerante administrateur administratrice animateur animatrice
    porte-parole maire adjoint adjointe prefet prefete sous-prefet sous-prefete ministre
    depute deputee senateur senatrice ambassadeur ambassadrice consultant consultante
    redacteur redactrice journaliste ingenieur ingenieure assistant assistante stagiaire
    representant representante avocat avocate commissaire inspecteur inspectrice
    president-directeur pdg dg
    chairman chairwoman chair director coordinator manager officer head founder
    co-founder spokesperson spokesman spokeswoman executive ceo cfo cto coo vp
    """
)

#: The words that invite a reader to reach a person in a sentence: "contactez Hugo Roy au
#: 06 …", "joindre Marie Dupont par courriel", "s'adresser à Léa Morel", "auprès de Jean
#: Martin". The name that follows is the contact's.
CONTACT_INVITATION = re.compile(
    r"\b(?:contacte[rz]|joindre|appele[rz]|[ée]cri(?:re|vez)\s+[àa]|s['’]adresser\s+[àa]"
    r"|adressez-vous\s+[àa]|aupr[èe]s\s+de|contact\s+avec)\s+",
    re.I,
)

# -- what is for the public, not the press --------------------------------------------------

#: The public a line of practical information addresses: "Renseignements pour le public",
#: "Informations aux usagers", "Contact pour les familles".
PUBLIC_AUDIENCES: tuple[str, ...] = (
    "public",
    "grand public",
    "citoyens",
    "citoyennes",
    "usagers",
    "habitants",
    "riverains",
    "particuliers",
    "visiteurs",
    "familles",
    "parents",
    "candidats",
    "candidates",
    "entreprises",
    "professionnels",
    "patients",
    "abonnés",
    "voyageurs",
    "clients",
    "consommateurs",
    "lecteurs",
    "adhérents",
    "bénévoles",
    "exposants",
    "participants",
)

#: Labels of a number or an address for the public: a switchboard, a reception desk, a
#: free number, a booking line (their number is no press contact).
PUBLIC_LABELS: tuple[str, ...] = (
    r"standard(?:\s+t[ée]l[ée]phonique)?",
    r"accueil(?:\s+(?:du\s+public|t[ée]l[ée]phonique))?",
    r"num[ée]ro\s+(?:vert|azur|gratuit|unique|d['’]appel|d['’]information)",
    r"infos?\s+public",
    r"infos?(?:rmations?)?\s+pratiques?",
    r"billetterie",
    r"permanence(?:\s+t[ée]l[ée]phonique)?",
    r"cellule\s+d['’]information\s+du\s+public",
    r"plate-?forme\s+t[ée]l[ée]phonique",
    r"centre\s+d['’]appels?",
    r"service\s+client(?:[èe]le)?",
    r"allo\s+\w+",
)

#: A label right before a number that rings an office, not a press contact: a switchboard,
#: a reception desk, a free number, a box office, a secretariat, a fax ("Secrétariat : 02 …
#: – Télécopie : 02 …", "— Standard : 04 …"); a press office's "Permanence" is its own.
SERVICE_NUMBER_LABEL = re.compile(
    r"(?<!\w)(?:standard(?:\s+t[ée]l[ée]phonique)?|accueil(?:\s+du\s+public)?|billetterie"
    r"|num[ée]ro\s+(?:vert|azur|gratuit|unique)|centre\s+d['’]appels?|secr[ée]tariat"
    r"|t[ée]l[ée]copie|fax)(?:\s+t[ée]l\.?)?\s*+[:.]?\s*$",
    re.I,
)

_AUDIENCE = "|".join(re.escape(a).replace(r"\ ", r"\s+") for a in PUBLIC_AUDIENCES)

#: A heading or label whose e-mails and phones are for the public: "Renseignements pour le
#: public :", "Informations aux usagers", "Standard :", "Numéro vert : 0 800 …".
PUBLIC_INFORMATION = re.compile(
    r"(?:(?:renseignements?|informations?|infos?|contacts?|questions|demandes?)"
    rf"\s+(?:pour\s+(?:le|la|les)|du|de\s+la|des|aux?|[àa]\s+l['’])\s*(?:{_AUDIENCE})\b"
    # a label with its owner: "Standard de l'agence :", "Accueil du public de la mairie :"
    rf"|(?:{'|'.join(PUBLIC_LABELS)})(?:\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*[^:：\n\d]{{1,40}}?)?"
    r"(?=\s*(?:[:：(–—-]|$|\d|\+)))",
    re.I,
)

# -- disguised e-mails ----------------------------------------------------------------------

#: Words and signs written in place of ``@`` to fool harvesters: ``x [at] y.fr``,
#: ``x (arobase) y.fr``, ``x [@] y.fr``.
AT_WORDS: tuple[str, ...] = ("at", "arobase", "arobas", "@", "chez")
#: Words and signs written in place of the dot of a domain: ``y [dot] fr``, ``y (point) fr``.
DOT_WORDS: tuple[str, ...] = ("dot", "point", ".")

_AT = "|".join(re.escape(word) for word in AT_WORDS)
_DOT = "|".join(re.escape(word) for word in DOT_WORDS)
# A word in brackets, or between spaces ("x at y dot org"); the sign @ alone also between
# spaces ("x @ y.fr"). "chez" and "point" only in brackets: bare, they are French words.
_BRACKETED_AT = rf"\s*[\[({{]\s*(?:{_AT})\s*[\])}}]\s*"
_SPACED_AT = r"\s+(?:at|arobase|@)\s+"
_BRACKETED_DOT = rf"\s*[\[({{]\s*(?:{_DOT})\s*[\])}}]\s*"
_SPACED_DOT = r"\s+dot\s+"
#: The separator between the labels of a disguised domain, to turn back into a dot.
# (The look-behind starts a match only at the start of a run of spaces: linear on long runs.)
DOMAIN_DOT = re.compile(rf"(?<!\s)(?:{_BRACKETED_DOT}|{_SPACED_DOT})", re.I)

#: An e-mail written to fool harvesters: ``fr at postgresql dot org``, ``x [at] y.fr``,
#: ``prenom.nom (arobase) ville.fr``, ``presse [@] region [point] fr``.
OBFUSCATED_EMAIL = re.compile(
    rf"(?<![\w.+-])(?P<user>[\w.+-]{{1,64}})(?:{_BRACKETED_AT}|{_SPACED_AT})"
    rf"(?P<domain>[\w-]{{1,63}}(?:(?:{_BRACKETED_DOT}|{_SPACED_DOT}|\.)[\w-]{{1,63}}){{1,4}})"
    r"(?![\w-])",
    re.I,
)

# -- names ----------------------------------------------------------------------------------

#: Particles of family names, written in lower case inside a name (``Jean de La Fontaine``,
#: ``Sarah Van den Broeck``, ``Ahmed Ben Ali`` also capitalised).
NAME_PARTICLES: frozenset[str] = _table(
    "de d' d’ du des de la le la l' l’ van von der den ter ten da di del della dos das do "
    "ben bin ibn el al mac saint sainte st ste"
)

#: The small words an organisation's name holds between its capitalised words ("Ville de
#: Lyon", "pôle Mer et Océans", "Châlons sur Marne"): a name of them is still a name.
ORGANISATION_NAME_LINKS: frozenset[str] = _table("de du des d' d’ la le les l' l’ et en sur")

#: Words that make a capitalised phrase in a contact block an organisation or a service,
#: not a person: "Littoral Vivant" is not told by them, "Réseau Paniers Partagés" is.
ORGANISATION_WORDS: frozenset[str] = _table(
    "réseau collectif coopérative cooperative mutuelle caisse banque finance finances "
    "capital conseil conseils énergie énergies energy industries industrie holding "
    "immobilier assurances assurance partenaires associés associes avocats cabinet "
    "studio studios éditions editions productions production films radio télévision tv "
    "journal magazine presse média médias agence agency relations publiques public "
    "ville mairie région département préfecture ministère hôpital clinique chu "
    "université école lycée collège musée théâtre festival fédération union syndicat "
    "club comité office observatoire laboratoire institut centre maison fondation "
    "association amis collectivité communauté métropole agglomération commune "
    "technologies technology tech digital numérique solutions systems logistique "
    "transports transport mobilités mobilité santé pharma laboratoires bio foods "
    "investissement investissements invest gestion ventures capital partners "
    "sa sas sasu sarl eurl sca scop inc ltd llc gmbh ag nv bv spa plc corp"
)

#: Given names common in France and the francophone world, folded to lower case without
#: accents. A name whose first word is one of them is a person's name with certainty; a
#: capitalised pair that starts with no known given name ("Littoral Vivant") is a person's
#: only when nothing says it is an organisation.
GIVEN_NAMES: frozenset[str] = _table(
    """
    aaron abdel abdelkader abdallah abdelaziz abdou abdoulaye abel adam adele adeline adrien
    adrienne agathe agnes ahmed aicha aime aimee alain alban albert albin alexandra alexandre
    alexandrine alexia alexis alfred alice alicia aline alix amandine amaury ambre amelie
    amine amir amira anais anastasia andre andrea andree ange angela angele angelique anissa
    anna annabelle anne annick annie anouk anthony antoine antoinette antonin apolline ariane
    arielle arlette armand armelle arnaud arthur astrid aude audrey augustin aurelie aurelien
    aurore axel axelle aymeric aziz baptiste barbara bastien beatrice benedicte benjamin benoit
    benoite berenice bernadette bernard berthe bertrand blanche boris brice brigitte bruno
    camille capucine carine carla carole caroline catherine cecile cedric celia celine
    chantal charles charlotte chloe christelle christian christiane christine christophe
    claire clara clarisse claude claudine clemence clement clementine colette coline
    corentin corinne cyril cyrille damien daniel daniele danielle david delphine denis
    denise diane didier dominique dorothee edgar edith edmond edouard elisa elisabeth elise
    eliane elodie eloise elsa emeline emile emilie emilien emma emmanuel emmanuelle enzo eric
    erwan estelle esther etienne eugene eugenie evelyne fabien fabienne fabrice fanny farid
    fatima fatou fatoumata felix fernand fernande flavie florence florent florian floriane
    francine francis francois francoise franck frederic frederique gabriel gabrielle gael
    gaelle gaetan gaspard gauthier genevieve georges geraldine gerard gerald germain
    ghislaine gilbert gilles ginette gisele gregoire gregory guillaume gustave guy gwenaelle
    gwendoline hafida hakim halima hamid harold helene henri henriette herve hippolyte
    hortense hubert hugo hugues ibrahim ines ingrid irene isabelle jacqueline jacques jade
    jean jeanne jeannine jeremie jeremy jerome jessica joel joelle johan johanna jonathan
    jordan josephine joseph josette josiane jules julia julie julien juliette justin justine
    karim karima karine kevin khadija lae laetitia lamine laura laure laurence laurent lea
    lea leila leo leon leonie leopold lila lina lionel loic lola lou louis louise luc lucas
    lucie lucien lucienne lucile ludivine ludovic lydie lynda madeleine mael maelle magali
    malik mamadou manon marc marcel marcelle margaux margot marguerite maria marianne marie
    marielle marine marion marius marjorie marc-antoine martine marthe martin mathias
    mathieu mathilde matthieu maud maurice max maxence maxime mehdi melanie melissa michel
    micheline michele mickael mireille mohamed mohammed monique morgan morgane moussa muriel
    myriam nabil nadia nadine nadege nathalie nathan naima nicolas nicole nina noe noel
    noemie oceane odette odile olivia olivier omar oscar pascal pascale patrice patricia
    patrick paul paule pauline perrine philippe pierre pierrick quentin rachel rachid raphael
    raphaelle raymond regine regis remi renaud rene renee richard robert robin rodolphe
    roger roland romain romane rose rosalie roxane sabine sabrina salim salome samia samir
    samuel sandra sandrine sarah sacha sebastien serge severine simon simone solene solenne
    sonia sophie stephane stephanie suzanne sylvain sylvie tatiana theo theophile therese
    thibault thibaut thierry thomas timothee tristan valentin valentine valerie vanessa
    veronique victor victoire vincent violette virginie vivien vivienne xavier yann yannick
    yasmina yasmine yves yvette yvonne zoe
    ali amadou aminata awa bakary boubacar cheikh djibril fode issa moussa ousmane seydou
    souleymane youssef youssouf yacine yanis younes ilyes idriss kader lamia leila malika
    meriem nora rania salma sofiane soraya wassim zineb zohra hassan hicham khalid driss
    mounir nabila naoufel othmane redouane said sami selim sonia tarik walid yassine
    anne-marie anne-sophie jean-baptiste jean-charles jean-christophe jean-claude
    jean-francois jean-jacques jean-louis jean-luc jean-marc jean-marie jean-michel
    jean-noel jean-paul jean-philippe jean-pierre jean-yves marie-christine marie-claire
    marie-claude marie-france marie-helene marie-laure marie-pierre marie-therese
    pierre-yves pierre-alexandre paul-henri
    genevieve gaetane jocelyne josee lise lyne maryse nathalie ghislain rejean rejeanne
    sylvain yvan yolande guylaine mylene melanie
    bart dirk els geert hilde jan joris katrien koen lieve pieter sofie stijn tom wim
    andreas anja barbara claudia daniela jurg kaspar lukas markus monika reto urs ursula
    alan alex alexander amanda amy andrew angela ann anthony ben brian carol chris
    christopher dan daniel david deborah elizabeth emily emma eric george heather helen
    jack james jane jason jennifer jessica jim joe john jonathan joseph josh julia karen
    kate katherine kevin laura linda lisa mark mary matthew michael michelle mike nancy
    nick patrick paul peter rachel richard robert ryan sam sarah scott steve steven susan
    thomas tim tony william
    """
)

#: Who a sentence addresses when it asks the public, not journalists, to get in touch:
#: "Toute personne … est invitée à contacter la brigade au …", "les habitants peuvent
#: contacter la mairie". Its number or address is no press contact.
PUBLIC_APPEAL = re.compile(
    r"\b(?:toute\s+personne|toutes\s+les\s+personnes|les\s+personnes|quiconque"
    r"|appel\s+[àa]\s+t[ée]moins?|t[ée]moins?"
    rf"|(?:les|le|aux?|des)\s+(?:{_AUDIENCE}))\b",
    re.I,
)
