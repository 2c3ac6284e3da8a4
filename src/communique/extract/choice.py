"""Header fields chosen among candidates: named rules collect them, weights choose.

The document type, the lede and the reference are each read by an ordered, editable list of
named rules (`communique.steps.Rules`), every rule a small function with one
signature, `HeaderRule`: it takes the draft and what the header step's
scan of the header lines met (`HeaderScan`) and yields `FieldCandidate` values, each with
the evidence codes that fired for it. A candidate's score is the sum of its codes' weights
(data, in `communique.french.weights`); the best score above zero wins, the first
collected on a tie; the result records the chosen candidate and the best one that would have
given another value (``release.explain(field)``).

A user or an adapter adds a layout rule by name, without touching the others:

```python
from communique.extract.header import DOC_TYPE_FIELD, header_step  # LEDE_FIELD, …
mine = DOC_TYPE_FIELD.with_rule("my-portal-label", collect_label, before="metadata", weight=3.5)
steps = DEFAULT_STEPS.replace("header", header_step(doc_type=mine))
```

(``docs/architecture.md`` has a worked example.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TypeVar

import attrs

from ..blocks import Line
from ..models import Candidate, Explanation
from ..steps import Rules
from .draft import Draft, Field
from .text import folded

__all__ = ["FieldCandidate", "FieldRules", "HeaderRule", "HeaderScan", "inserted"]


@attrs.frozen
class FieldCandidate:
    """A value a rule read for a field, with the evidence codes that fired for it.

    ``block`` is the index of a block the value claims for the header when it is chosen (a
    lede below the header zone); ``None`` when it claims none.

    !!! info "Added in version 0.2"
    """

    field: Field
    evidence: tuple[str, ...]
    block: int | None = None


@attrs.frozen
class HeaderScan:
    """What the header step's scan of the header lines met, for the field rules to read.

    ``doc_types`` and ``references`` are the candidates read on header lines, in the order of
    the text; ``header_blocks`` the indexes of the blocks holding a line that had no other role
    (a headline, an issuer or a lede), in order.

    !!! info "Added in version 0.2"
    """

    doc_types: tuple[FieldCandidate, ...] = ()
    references: tuple[FieldCandidate, ...] = ()
    header_blocks: tuple[int, ...] = ()


#: A rule reads one place a header field can come from: it takes the draft and the header
#: scan, and yields candidates.
HeaderRule = Callable[[Draft, HeaderScan], Iterable[FieldCandidate]]


_Rule = TypeVar("_Rule")


def inserted(
    rules: Rules[_Rule], name: str, rule: _Rule, *, before: str | None, after: str | None
) -> Rules[_Rule]:
    """``rules`` with ``rule`` added by ``name``: before or after another rule, else last."""
    if before is not None:
        return rules.before(before, name, rule)
    return rules.after(after if after is not None else rules.names[-1], name, rule)


@attrs.frozen
class FieldRules:
    """One header field's rules, in order, and the weights of their evidence codes.

    !!! info "Added in version 0.2"
    """

    field: str
    rules: Rules[HeaderRule]
    weights: Mapping[str, float]

    def with_rule(
        self,
        name: str,
        rule: HeaderRule,
        *,
        weight: float,
        before: str | None = None,
        after: str | None = None,
    ) -> FieldRules:
        """A copy with ``rule`` added by name (last, or ``before``/``after`` another) and its
        evidence code ``name`` weighed ``weight``."""
        rules = inserted(self.rules, name, rule, before=before, after=after)
        return attrs.evolve(self, rules=rules, weights={**self.weights, name: weight})

    def score(self, candidate: FieldCandidate) -> float:
        """The sum of the weights of ``candidate``'s evidence."""
        return sum(self.weights[code] for code in candidate.evidence)

    def choose(self, draft: Draft, scan: HeaderScan) -> FieldCandidate | None:
        """Collect every rule's candidates, record the explanation, return the chosen one."""
        found = [(name, c) for name, rule in self.rules for c in rule(draft, scan)]
        scores = [self.score(c) for _, c in found]
        best: int | None = None
        for index, score in enumerate(scores):
            if score > 0 and (best is None or score > scores[best]):
                best = index
        chosen = found[best] if best is not None else None
        held = folded(chosen[1].field.value) if chosen is not None else None
        rejected: int | None = None
        for index, (_, candidate) in enumerate(found):
            if index == best or folded(candidate.field.value) == held:
                continue
            if rejected is None or scores[index] > scores[rejected]:
                rejected = index

        def explained(index: int | None) -> Candidate | None:
            if index is None:
                return None
            name, candidate = found[index]
            value = candidate.field
            return Candidate(value.value, name, candidate.evidence, scores[index], value.span)

        draft.explanations.append(
            Explanation(self.field, explained(best), explained(rejected), len(found))
        )
        return chosen[1] if chosen is not None else None


@attrs.frozen
class HeaderCandidate:
    """A header line with no other role: a headline, an issuer or a lede."""

    block: int
    line: Line
    evidence: tuple[str, ...]
    weights: Mapping[str, float] = attrs.field(eq=False, repr=False)

    @property
    def score(self) -> float:
        """How much the line looks like the headline: the sum of its evidence's weights."""
        return sum([self.weights[code] for code in self.evidence])  # (a list: summed faster)
