"""The issuers step: when the header names no issuer, the ``À propos`` boilerplate does.

``À propos de la DINUM`` names ``DINUM``: the heading without its article (``de``, ``du``,
``de la``, ``de l'``, ``d'``, ``des``, ``la``).
"""

from __future__ import annotations

import re

from ..french.vocabulary import ABOUT_HEADING, TICKER
from ..models import Issuer, SectionKind
from .draft import Draft

__all__ = ["issuers_from_about"]


# Press kits carry the boilerplate of every company they quote: only the first is the issuer.
_PRESS_KIT = re.compile(r"dossiers?\s+de\s+presse|press\s+kits?", re.I)


def issuers_from_about(draft: Draft) -> None:
    """Fill the issuers from ``À propos`` headings if the header gave none.

    Only the first run of ``À propos`` sections counts: boilerplate further down, after other
    sections, describes companies quoted in an appendix. In a press kit (``Dossier de presse``,
    ``Press Kit``) only the first ``À propos`` counts: the others describe quoted companies.
    """
    if draft.issuers:
        return
    if _ticker(draft):
        return
    text = draft.document.text
    press_kit = draft.doc_type is not None and _PRESS_KIT.fullmatch(draft.doc_type.value)
    for section in draft.sections:
        if press_kit and draft.issuers:
            break
        if section.kind is not SectionKind.ABOUT or section.heading is None:
            if draft.issuers and section.kind is not SectionKind.CONTACT:
                break  # later boilerplate, after other sections, describes quoted companies
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


def _ticker(draft: Draft) -> bool:
    """A wire release names its company on a ticker line: ``Carrefour (Paris:CA):``."""
    for block in draft.blocks[: draft.body_start + 6]:
        for line in block.lines[:3]:
            match = TICKER.match(line.text)
            if match is not None:
                name = line.text[: line.text.index("(")].strip()
                if name:
                    draft.issuers.append(Issuer(name, None, line.locate(0, len(name))))
                    return True
    return False
