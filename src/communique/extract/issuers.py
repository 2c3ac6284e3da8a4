"""The issuers step: when the header names no issuer, the rest of the release may.

In order: the ``À propos`` boilerplate (``À propos de la DINUM`` names ``DINUM``: the heading
without its article ``de``, ``du``, ``de la``, ``de l'``, ``d'``, ``des``, ``la``), a wire
release's ticker line, a closing signature (``Bruno Le Maire, ministre de l'Économie``), then
the metadata's author when it is an organisation.
"""

from __future__ import annotations

import re

from ..french.vocabulary import ABOUT_HEADING, ISSUER_WORDS, OFFICE, TICKER
from ..models import Issuer, SectionKind, TextBlock
from .draft import Draft
from .text import is_person_name, strip_decoration

__all__ = ["issuers"]


# Press kits carry the boilerplate of every company they quote: only the first is the issuer.
_PRESS_KIT = re.compile(r"dossiers?\s+de\s+presse|press\s+kits?", re.I)


def issuers(draft: Draft) -> None:
    """Issuers from the body when the header named none."""
    if not draft.issuers:
        issuers_from_about(draft)
    if not draft.issuers:
        issuers_from_signature(draft)
    if not draft.issuers:
        issuer_from_metadata(draft)


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


# The most signatures a release closes with (a joint statement by several ministers).
_MAX_SIGNATURES = 6
# "Name, office": the name before the first comma.
_SIGNATURE = re.compile(r"(?P<name>[^,\n]{3,60}),\s*(?P<office>[^\n]{3,300})")
# "Cédric O": a name whose family name is a single capital, acceptable before an office.
_SHORT_NAME = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?\s+[A-ZÀ-Ý]")


def issuers_from_signature(draft: Draft) -> None:
    """A statement signed at the end by office holders: ``Bruno Le Maire, ministre de …``.

    The signatures are the last paragraphs of the body, each a person's name, a comma and
    the office (the issuer's ``title``).
    """
    body = [section for section in draft.sections if section.kind is SectionKind.BODY]
    if not body:
        return
    text = draft.document.text
    blocks = body[-1].blocks
    signed: list[Issuer] = []
    for block in reversed(blocks[-_MAX_SIGNATURES:]):
        match = _SIGNATURE.fullmatch(block.text.strip())
        if match is None:
            break
        name, office = match.group("name").strip(), strip_decoration(match.group("office"))
        if not OFFICE.match(office) or not (is_person_name(name) or _SHORT_NAME.fullmatch(name)):
            break
        at = text.find(name, *block.span)
        office_at = text.find(office, *block.span)
        signed.append(
            Issuer(
                name,
                office,
                (at, at + len(name)) if at >= 0 else None,
                (office_at, office_at + len(office)) if office_at >= 0 else None,
            )
        )
    before = len(blocks) - len(signed) - 1
    if signed and before >= 0 and _quotation(blocks[before]):
        return  # « … » then "Name, office": the quote's attribution, not a signature
    draft.issuers.extend(reversed(signed))


def _quotation(block: TextBlock | None) -> bool:
    if block is None:
        return False
    text = block.text.strip()
    return (
        block.kind == "quote" or text.startswith(("«", "“", '"')) or text.endswith(("»", "”", '"'))
    )


def issuer_from_metadata(draft: Draft) -> None:
    """The metadata's author when it names an organisation (``auteur: Préfecture du Cher``),
    not a person or a user name (``author: fsuter``)."""
    author = draft.document.metadata.author
    if not author or len(author) > 150 or is_person_name(author):
        return
    if ISSUER_WORDS.search(author) and author[:1].isupper():
        draft.issuers.append(Issuer(author, None, None))
