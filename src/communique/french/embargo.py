"""The words of an embargo, and of its opposite, as tables composed into patterns.

A newsroom must not publish a release before its embargo: ``EMBARGO JUSQU'AU MARDI 12 MARS
2024, 10H00``, ``Sous embargo jusqu'au 12/03/2024 à 10 h``, ``Ne pas diffuser avant le …``.
A release free to publish says so: ``Pour diffusion immédiate``. Each table below is one
named rule of `communique.extract.embargo` (the rule's name is its evidence code in
`communique.french.weights.EMBARGO_EVIDENCE`).

A label counts only where a label stands: at the start of a line, after a bracket, an
asterisk, or a separator of a header strip (``Communiqué de presse – Sous embargo …``), never
inside a sentence (``la levée de l'embargo sur les armes``).

Rules of this module (those of `communique.french.vocabulary`): case-insensitive, both
apostrophes, any run of spaces between words, every repetition bounded.
"""

from __future__ import annotations

import re

from ._phrases import alternatives

__all__ = [
    "DO_NOT_PUBLISH_BEFORE",
    "DO_NOT_PUBLISH_WORDS",
    "EMBARGO_LABEL",
    "EMBARGO_WORDS",
    "IMMEDIATE_RELEASE",
    "IMMEDIATE_WORDS",
    "KEYWORDS",
    "LABEL_MARKS",
    "LABEL_RULES",
    "LABEL_STARTS",
    "PUBLISH_FROM",
    "PUBLISH_FROM_WORDS",
]

#: Labels naming the embargo itself (rule ``embargo-label``).
EMBARGO_WORDS: tuple[str, ...] = (
    "sous embargo strict jusqu'au",
    "sous embargo jusqu'au",
    "sous embargo jusqu'à",
    "sous embargo jusqu'",
    "sous embargo",
    "embargo strict jusqu'au",
    "embargo jusqu'au",
    "embargo jusqu'à",
    "embargo jusqu'",
    "embargo au",
    "embargo le",
    "embargo",
    "embargoed until",
)
#: Labels forbidding publication before a moment (rule ``do-not-publish-before``).
DO_NOT_PUBLISH_WORDS: tuple[str, ...] = (
    "à ne pas diffuser avant le",
    "à ne pas diffuser avant",
    "à ne pas publier avant le",
    "à ne pas publier avant",
    "ne pas diffuser avant le",
    "ne pas diffuser avant",
    "ne pas publier avant le",
    "ne pas publier avant",
    "pas de diffusion avant le",
    "pas de diffusion avant",
    "pas de publication avant le",
    "pas de publication avant",
    "diffusion interdite avant le",
    "diffusion interdite avant",
    "publication interdite avant le",
    "publication interdite avant",
    "not for release before",
)
#: Labels allowing publication from a moment (rule ``publish-from``).
PUBLISH_FROM_WORDS: tuple[str, ...] = (
    "diffusion autorisée à partir du",
    "diffusion autorisée à partir de",
    "publication autorisée à partir du",
    "publication autorisée à partir de",
    "à diffuser à partir du",
    "à publier à partir du",
    "diffusion à partir du",
    "publication à partir du",
    "diffusion autorisée le",
    "publication autorisée le",
)
#: Labels saying there is no embargo (rule ``immediate-release``).
IMMEDIATE_WORDS: tuple[str, ...] = (
    "pour diffusion immédiate",
    "pour publication immédiate",
    "pour parution immédiate",
    "à diffuser immédiatement",
    "à publier immédiatement",
    "diffusion immédiate",
    "publication immédiate",
    "sans embargo",
    "for immediate release",
)


# Where a label may stand: the start of a line, or after a bracket, an asterisk, a dash or a
# bar of a header strip; then decorations and an optional "ATTENTION :" ("IMPORTANT –").
_WHERE_A_LABEL_STANDS = (
    r"(?:^|(?<=[(\[*_|–—•·/:])|(?<=\s-))[\s*_(\[]{0,6}"
    r"(?:(?:attention|important|note|nb)\s{0,3}[:–—!-]\s{0,3})?"
)
# What may follow a label before its moment: ":" "–" ",", a few spaces.
_AFTER_LABEL = r"[\s:–—,-]{0,6}"


def _rule(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        rf"{_WHERE_A_LABEL_STANDS}(?P<label>{alternatives(words)}){_AFTER_LABEL}", re.I
    )


#: ``Sous embargo jusqu'au …``, ``EMBARGO : …``.
EMBARGO_LABEL = _rule(EMBARGO_WORDS)
#: ``Ne pas diffuser avant le …``.
DO_NOT_PUBLISH_BEFORE = _rule(DO_NOT_PUBLISH_WORDS)
#: ``Diffusion autorisée à partir du …``.
PUBLISH_FROM = _rule(PUBLISH_FROM_WORDS)
#: ``Pour diffusion immédiate``.
IMMEDIATE_RELEASE = _rule(IMMEDIATE_WORDS)

#: The label rules, in order: (evidence code, pattern, whether the label names an embargo,
#: the lower-case words one of which every match holds).
LABEL_RULES: tuple[tuple[str, re.Pattern[str], bool, tuple[str, ...]], ...] = (
    ("embargo-label", EMBARGO_LABEL, True, ("embargo",)),
    ("do-not-publish-before", DO_NOT_PUBLISH_BEFORE, True, ("avant", "before")),
    ("publish-from", PUBLISH_FROM, True, ("partir", "autoris")),
    ("immediate-release", IMMEDIATE_RELEASE, False, ("imm", "embargo")),
)

#: Lower-case words one of which every label contains: a line without any is not read.
KEYWORDS: tuple[str, ...] = tuple(
    dict.fromkeys(word for *_rule, words in LABEL_RULES for word in words)
)

#: Where a label may start in a line: its start, and after a bracket, an asterisk or a
#: separator (the positions `LABEL_RULES` patterns are matched at).
LABEL_STARTS = re.compile(r"(?<=[(\[*_|–—•·/:])|(?<=\s-)")
#: The same places, as the ends of the marks before them: a bracket, an asterisk or a
#: separator, or a hyphen after a space (a pattern opening with a class lets the engine skip
#: from one mark to the next, where `LABEL_STARTS` is tried at every position).
LABEL_MARKS = re.compile(r"[(\[*_|–—•·/:\-](?<!(?<!\s)-)")
