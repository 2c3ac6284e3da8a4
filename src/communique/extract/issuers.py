"""The issuers step: when the header names no issuer, the ``À propos`` boilerplate does.

``À propos de la DINUM`` names ``DINUM``: the heading without its article (``de``, ``du``,
``de la``, ``de l'``, ``d'``, ``des``, ``la``).
"""

from __future__ import annotations

from ..french.vocabulary import ABOUT_HEADING
from ..models import Issuer, SectionKind
from .draft import Draft

__all__ = ["issuers_from_about"]


def issuers_from_about(draft: Draft) -> None:
    """Fill the issuers from ``À propos`` headings if the header gave none."""
    if draft.issuers:
        return
    text = draft.document.text
    for section in draft.sections:
        if section.kind is not SectionKind.ABOUT or section.heading is None:
            continue
        match = ABOUT_HEADING.match(section.heading)
        if match is None:
            continue
        name = match.group("name").strip()
        span = None
        if section.heading_span is not None:
            at = text.find(name, *section.heading_span)
            span = (at, at + len(name)) if at >= 0 else None
        draft.issuers.append(Issuer(name, None, span))
