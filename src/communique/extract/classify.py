"""The classify step: does the text look like a press release at all?

Each kind of evidence has a weight; a text is a press release when the weights add up to
:data:`THRESHOLD`. The evidence codes are part of the result, so a crawler can see why.
"""

from __future__ import annotations

from .. import diagnostics
from .draft import Draft

__all__ = ["THRESHOLD", "WEIGHTS", "classify"]

#: evidence code -> weight
WEIGHTS: dict[str, float] = {
    "doc-type": 2.0,
    "dateline": 2.0,
    "contact-block": 2.0,
    "about-section": 2.0,
    "wire-format": 3.0,
    "reference": 1.0,
    "metadata-doc-type": 2.0,
    "release-date": 1.0,
    "release-marker": 2.0,
}
THRESHOLD = 2.0


def classify(draft: Draft) -> None:
    """Collect the evidence and decide."""
    evidence = draft.evidence
    if draft.doc_type is not None:
        evidence.append("doc-type" if draft.doc_type.span is not None else "metadata-doc-type")
    if draft.dateline is not None and draft.dateline.place is not None:
        evidence.append("dateline")
    elif draft.dateline is not None and draft.dateline.date is not None:
        evidence.append("release-date")
    if draft.reference is not None:
        evidence.append("reference")
    draft.evidence = list(dict.fromkeys(evidence))
    score = sum(WEIGHTS.get(code, 0.0) for code in draft.evidence)
    draft.is_press_release = score >= THRESHOLD
    if not draft.is_press_release:
        draft.diagnostics.append(diagnostics.make("not-a-press-release"))
