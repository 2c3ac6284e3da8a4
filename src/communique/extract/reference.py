"""The reference number (``N° 046``, ``Réf. : CP/2020/03``), as named rules.

The header step's scan keeps the reference each header line holds (`read_reference`);
the rules of `REFERENCE_FIELD` collect them (``header``: the first written wins), with
the weights of `communique.french.weights.REFERENCE_EVIDENCE`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..blocks import Line
from ..french.vocabulary import REFERENCE, SITUATION_UPDATE
from ..french.weights import REFERENCE_EVIDENCE
from ..steps import Rules
from .choice import FieldCandidate, FieldRules, HeaderRule, HeaderScan
from .draft import Draft
from .text import strip_decoration

__all__ = ["REFERENCE_FIELD", "REFERENCE_RULES", "read_reference"]


def read_reference(draft: Draft, line: Line, found: list[FieldCandidate]) -> bool:
    """Keep the reference number a header line holds; whether the line holds only that."""
    if _DIGIT.search(line.text) is None:
        return False  # every reference writes a figure (REFERENCE, tried at every place, not run)
    match = REFERENCE.search(line.text)
    if match is None:
        return False
    if _RANK_BEFORE.search(line.text, max(0, match.start() - _RANK_REACH), match.start()):
        return False  # "… DEVIENT LE N° 2 FRANÇAIS DE …": a rank in a title, no number of it
    if SITUATION_UPDATE.fullmatch(line.text):
        return False  # "Point de situation n° 3 – 14 h 00": the update's rank in a series
    found.append(FieldCandidate(draft.field(line, match.start(), match.end()), ("header-line",)))
    return strip_decoration(line.text) == match.group()


# Every match of `REFERENCE` reads a digit: its number's, which the look-ahead after the
# label requires, or a press office's code's (``CP-2026-014``).
_DIGIT = re.compile(r"\d")

# A determiner right before "N°": the number is a rank ("le n° 1 européen", "au n° 3 du
# marché"); a release's number never takes one.
_RANK_BEFORE = re.compile(r"(?<![^\W\d_])(?:le|la|au|du|un|une|l['’])\s*\Z", re.I)
_RANK_REACH = 8


def _from_header(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    yield from scan.references


#: The rules that collect reference candidates, by name, in order.
REFERENCE_RULES: Rules[HeaderRule] = Rules((("header", _from_header),))

#: The reference's rules and weights.
REFERENCE_FIELD = FieldRules("reference", REFERENCE_RULES, REFERENCE_EVIDENCE)
