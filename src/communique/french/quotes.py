"""How French releases quote people: quotation marks, verbs of saying, speakers.

Press usage, as the quotes step (`communique.extract.quotes`) reads it:

* the quotation between guillemets ``« … »`` (with no-break spaces inside), English curly
  quotes ``“ … ”`` or straight quotes ``" … "``; a quotation over several paragraphs reopens
  each paragraph with ``«`` (or ``»``) and closes only the last; a ``>`` block (a Markdown or
  e-mail quotation) is a quotation without marks;
* the speaker **after** the quotation, with a verb of saying in the present or the past:
  ``« … », déclare Jean Dupont, ministre de …``, ``« … » souligne le préfet.``,
  ``« … », a précisé Marie Curie.``, ``« … », explique-t-elle`` (a pronoun: the speaker
  quoted just before);
* the speaker **before** it: ``Pour Marie Curie, présidente du pôle, « … »``, ``Selon le
  préfet, « … »``, ``Jean Dupont, maire de Lyon, déclare : « … »``, ``Le préfet a déclaré :
  « … »``.

Each table is data: `SAYING_VERBS` (present, past participle), `SPEAKER_INTROS`
(``pour``, ``selon``…), `SPEAKER_TITLES` (offices named without a name, ``le préfet``),
`HONORIFICS` (``M.``, ``Mme``…). Every repetition is bounded.
"""

from __future__ import annotations

import re

from ._phrases import alternatives
from .dates import fold

__all__ = [
    "AFTER_QUOTE",
    "BEFORE_QUOTE",
    "CLOSING",
    "HONORIFICS",
    "OPENING",
    "PRONOUN_SPEAKERS",
    "SAYING_VERBS",
    "SIGNATURE",
    "SPEAKER_INTROS",
    "SPEAKER_THEN_VERB",
    "SPEAKER_TITLES",
    "VERB_ENDING",
    "VERB_ENDINGS",
]

#: Verbs of saying: the present (``déclare``) and the past participle (``a déclaré``).
SAYING_VERBS: tuple[tuple[str, str], ...] = (
    ("déclare", "déclaré"),
    ("affirme", "affirmé"),
    ("souligne", "souligné"),
    ("précise", "précisé"),
    ("se félicite", "s'est félicité"),
    ("se félicite", "s'est félicitée"),
    ("se réjouit", "s'est réjoui"),
    ("se réjouit", "s'est réjouie"),
    ("indique", "indiqué"),
    ("explique", "expliqué"),
    ("ajoute", "ajouté"),
    ("commente", "commenté"),
    ("rappelle", "rappelé"),
    ("estime", "estimé"),
    ("conclut", "conclu"),
    ("poursuit", "poursuivi"),
    ("insiste", "insisté"),
    ("résume", "résumé"),
    ("témoigne", "témoigné"),
    ("confie", "confié"),
    ("note", "noté"),
    ("assure", "assuré"),
    ("détaille", "détaillé"),
    ("salue", "salué"),
    ("observe", "observé"),
    ("analyse", "analysé"),
    ("complète", "complété"),
    ("martèle", "martelé"),
    ("relève", "relevé"),
    ("reconnaît", "reconnu"),
    ("confirme", "confirmé"),
    ("annonce", "annoncé"),
    ("dit", "dit"),
    ("lance", "lancé"),
    ("réagit", "réagi"),
    ("prévient", "prévenu"),
    ("déplore", "déploré"),
    ("regrette", "regretté"),
    ("dénonce", "dénoncé"),
    ("s'enthousiasme", "s'est enthousiasmé"),
    ("tient à souligner", "a tenu à souligner"),
)

#: Words introducing a speaker before the quotation: ``Pour Marie Curie, « … »``.
SPEAKER_INTROS: tuple[str, ...] = (
    "pour",
    "selon",
    "d'après",
    "comme le souligne",
    "comme le rappelle",
    "comme l'explique",
    "comme le précise",
    "comme le dit",
)

#: Offices a release names instead of a person: ``« … » souligne le préfet.``
SPEAKER_TITLES: tuple[str, ...] = (
    "préfet",
    "préfète",
    "ministre",
    "maire",
    "président",
    "présidente",
    "directeur",
    "directrice",
    "directeur général",
    "directrice générale",
    "secrétaire d'État",
    "secrétaire général",
    "secrétaire générale",
    "porte-parole",
    "procureur",
    "procureure",
    "recteur",
    "rectrice",
    "délégué",
    "déléguée",
    "sous-préfet",
    "sous-préfète",
    "député",
    "députée",
    "sénateur",
    "sénatrice",
    "fondateur",
    "fondatrice",
    "dirigeant",
    "dirigeante",
    "responsable",
    "élu",
    "élue",
    "chef de projet",
    "cheffe de projet",
    "PDG",
)

#: Honorifics before a name: ``M. Dupont``, ``Mme Martin``.
HONORIFICS: tuple[str, ...] = ("M.", "MM.", "Mme", "Mmes", "Mlle", "Me", "Dr", "Pr", "Monsieur",
                               "Madame")  # fmt: skip

#: Pronouns after an inverted verb: ``explique-t-elle``: the speaker quoted just before.
PRONOUN_SPEAKERS: tuple[str, ...] = ("il", "elle", "ils", "elles")

# -- the grammar --------------------------------------------------------------------------------

#: Opening quotation marks; the closing mark of each (a straight quote closes itself).
OPENING: dict[str, str] = {"«": "»", "“": "”", '"': '"', "„": "“"}
#: Closing quotation marks.
CLOSING = frozenset(OPENING.values())

#: The last words of the verbs of saying, lower case, as written and unaccented: a text that
#: ends with none of them ends with no verb of saying (a cheap test before a pattern).
VERB_ENDINGS: tuple[str, ...] = tuple(
    sorted(
        {form.split()[-1].split("'")[-1] for pair in SAYING_VERBS for form in pair}
        | {fold(form.split()[-1].split("'")[-1]) for pair in SAYING_VERBS for form in pair}
    )
)

_PRESENT = alternatives(tuple(sorted({present for present, _ in SAYING_VERBS})))
_PASTS = {past for _, past in SAYING_VERBS}
# Participles after "a"/"ont" ("a déclaré"); the others carry their auxiliary ("s'est
# félicitée", "a tenu à souligner").
_PARTICIPLE = alternatives(tuple(sorted(p for p in _PASTS if " " not in p and "'" not in p)))
_WHOLE_PAST = alternatives(tuple(sorted(p for p in _PASTS if " " in p or "'" in p)))
# A verb of saying: "déclare", "a déclaré", "s'est félicitée", "a tenu à souligner".
_VERB = rf"(?:(?:a|ont)\s{{1,3}}(?:{_PARTICIPLE})|(?:{_WHOLE_PAST})|(?:{_PRESENT}))"
# A capitalised word of a name: "Dupont", "Le Pen", "Saint-Exupéry", "D'Alembert", "DUPONT".
# An initial counts as a word: "Jonathan S. Katz".
_NAME_WORD = r"(?-i:[A-ZÀ-Ý])(?:\.|[\w'’-]{0,30})"
# Particles inside a name: "de", "du", "d'", "van", "von", "le", "la".
_PARTICLE = r"(?:de|du|des|d['’]|van|von|der|le|la|ben|ibn|el)"
# A person: an optional honorific, then one to four name words (particles between).
_PERSON = (
    rf"(?:(?:{alternatives(HONORIFICS)})\s{{1,3}})?{_NAME_WORD}"
    rf"(?:\s{{1,3}}(?:{_PARTICLE}\s{{0,3}})?{_NAME_WORD}){{0,3}}"
)
# An office named without a name: "le préfet", "la ministre de la Culture", "l'élue".
_TITLE = (
    rf"(?:le|la|l['’]|les)\s{{0,3}}(?:{alternatives(SPEAKER_TITLES)})"
    r"(?:\s{1,3}(?:de|du|des|d['’]|la|le|l['’]|au|aux|en|et|[\w'’-]{1,30})){0,8}?"
)
# The speaker: a person or an office (group "speaker").
_SPEAKER = rf"(?P<speaker>{_PERSON}|{_TITLE})"
# A role after the speaker: ", ministre de la Culture" up to a sentence's end or a quote.
_ROLE = r"(?:\s{0,3},\s{0,3}(?P<role>[^.;!?«»“”\"\n]{2,160}?))?"
# A pronoun after an inverted verb: "explique-t-il", "déclare-t-elle", "dit-il".
_INVERTED = rf"-(?:t-)?(?P<pronoun>{alternatives(PRONOUN_SPEAKERS)})(?!\w)"

#: What may follow a closing mark: ``, déclare Jean Dupont, ministre.`` / ``, explique-t-il.``
AFTER_QUOTE = re.compile(
    rf"\s{{0,3}},?\s{{0,3}}(?P<verb>{_VERB})(?:{_INVERTED}|\s{{1,3}}{_SPEAKER}{_ROLE})"
    r"\s{0,3}(?=[.;!?…]|$|\s[«“\"]|,\s{0,3}(?:qui|dont|lors|à|au|en|devant|dans|pour)\b"
    # without a comma, only what cannot continue a role ("adjointe à l'urbanisme" can)
    r"|\s{1,3}(?:lors|devant|à\s{1,3}l['’](?:issue|occasion|inauguration)|à\s{1,3}la\s{1,3}suite)\b)",
    re.I,
)
#: The sentence before an opening mark, to its end (use with ``match`` from the sentence's
#: start): ``Pour Marie Curie, présidente du pôle, `` / ``Jean Dupont, maire de Lyon, déclare
#: :`` / ``Le préfet a déclaré :``. A speaker with neither ``intro`` nor ``verb`` is no speaker.
BEFORE_QUOTE = re.compile(
    rf"\s{{0,3}}(?:(?P<intro>{alternatives(SPEAKER_INTROS)})\s{{1,3}})?"
    rf"{_SPEAKER}{_ROLE}\s{{0,3}},?\s{{0,3}}(?:(?P<verb>{_VERB})(?:\s{{1,3}}que)?\s{{0,3}}(?::|,)?)?"
    r"\s{0,3}$",
    re.I,
)
#: A speaker and a verb of saying ending the sentence before an opening mark, the speaker
#: inside the sentence: ``… par Johanna Rolland, maire de Nantes, qui se
#: félicite :``, ``De son côté, le président de l'université, Michel Deneken, rappelle que``.
#: Use with ``match`` at the words that may open a speaker (each match reads at most a role).
SPEAKER_THEN_VERB = re.compile(
    rf"{_SPEAKER}{_ROLE}\s{{0,3}},?\s{{0,3}}(?:qui\s{{1,3}})?(?P<verb>{_VERB})"
    r"(?:\s{1,3}que)?\s{0,3}:?\s{0,3}$",
    re.I,
)

#: A verb of saying ending the text (use with ``search`` over a sentence): what
#: `SPEAKER_THEN_VERB` ends with, so that where it finds none, no speaker can be read
#: (the speaker's pattern, tried at each word, costs far more than this one scan).
VERB_ENDING = re.compile(rf"(?P<verb>{_VERB})(?:\s{{1,3}}que)?\s{{0,3}}:?\s{{0,3}}$", re.I)

#: A line signing a quotation, below it: ``— Jean Dupont, maire de Lyon``, ``**Stanislas
#: Guerini**, ministre de …`` (a dash, a ``>``, emphasis and a kramdown ``{: .class}`` aside).
SIGNATURE = re.compile(
    rf"[\s>*_—–-]{{0,8}}(?P<speaker>{_PERSON})[*_]{{0,2}}"
    r"(?:\s{0,3},\s{0,3}(?P<role>(?=[^\W\d_])[^«»“”\"\n{]{2,160}?))?[\s*_.]{0,4}(?:\{:[^}]{0,40}\})?\s{0,3}"
)
