"""The reference number (``N° 046``, ``Réf. : CP/2020/03``), as named rules.

The header step's scan keeps the reference each header line holds (`read_reference`);
the rules of `REFERENCE_FIELD` collect them (``header``: the first written wins), with
the weights of `communique.french.weights.REFERENCE_EVIDENCE`.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..blocks import Line
from ..french.vocabulary import REFERENCE
from ..french.weights import REFERENCE_EVIDENCE
from ..steps import Rules
from .choice import FieldCandidate, FieldRules, HeaderRule, HeaderScan
from .draft import Draft
from .text import strip_decoration

__all__ = ["REFERENCE_FIELD", "REFERENCE_RULES", "read_reference"]


def read_reference(draft: Draft, line: Line, found: list[FieldCandidate]) -> bool:
    """Keep the reference number a header line holds; whether the line holds only that."""
    match = REFERENCE.search(line.text)
    if match is None:
        return False
    found.append(FieldCandidate(draft.field(line, match.start(), match.end()), ("header-line",)))
    return strip_decoration(line.text) == match.group()


def _from_header(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    yield from scan.references


#: The rules that collect reference candidates, by name, in order.
REFERENCE_RULES: Rules[HeaderRule] = Rules((("header", _from_header),))

#: The reference's rules and weights.
REFERENCE_FIELD = FieldRules("reference", REFERENCE_RULES, REFERENCE_EVIDENCE)
