"""The issuers step: when the header names no issuer, the rest of the release may.

The rules, in the order of `ISSUER_RULES` (the first that names someone wins): the
``À propos`` boilerplate (``À propos de la DINUM`` names ``DINUM``: the heading without its
article ``de``, ``du``, ``de la``, ``de l'``, ``d'``, ``des``, ``la``) or a wire release's
ticker line, the company a regulated-information portal names in its header
(``Communiqué de la société X du 30/10/2024``), the subject announcing in the first
sentence of a wire's or a listed company's release (``METRO inc. annonce…``, ``Le premier
ministre, François Legault, a procédé…``: the corpus's rule 3 before its rule 4), a closing
signature (``Bruno Le Maire, ministre de l'Économie``), an organisation signing the release
on a line of its own, then the metadata's author when it is an organisation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterator, Sequence

import attrs

from ..blocks import Block, BlockKind, Line
from ..french.announcer import (
    ANNOUNCING_VERB,
    COMMUNICATED_BY,
    COMPANY_RELEASE_HEADER,
    DEAL_ANNOUNCED,
    HONORIFIC,
    LOGO_TEXT,
    LOGO_WORDS,
    PROVIDED_BY,
    SUBJECT_ARTICLE,
    WIRE_END_MARK,
    WIRE_SERVICES,
    WIRE_SIGN,
)
from ..french.contact_words import GIVEN_NAMES, ROLE_NOUNS
from ..french.dates import DATE, PUBLICATION_LABEL, TIMESTAMP_PREFIX, fold
from ..french.phones import phone_in
from ..french.vocabulary import (
    ABOUT_HEADING,
    CLAUSE_VERB,
    DISTRIBUTION_LEGEND,
    DOC_TYPE,
    DOC_TYPE_PREFIX,
    ISSUER_WORDS,
    MARKET_IDENTIFIERS,
    NAME_PARTICLES,
    OFFICE,
    ORGANISATION_HEADS,
    PAGE_NUMBER,
    RELATED_CONTENT,
    SENTENCE_OPENERS,
    SERVICE_LINE,
    TICKER,
    council_session_title,
    email_in,
)
from ..models import Candidate, Explanation, Issuer, SectionKind, TextBlock
from ..steps import Rules, Step
from ._keywords import search_from_word, text_may_hold
from .dateline import match_dateline
from .draft import Draft
from .letterhead import DEPARTMENT_LINE, label_issuer
from .page_furniture import TEMPLATE_LINE
from .text import folded, is_person_name, is_state_frame, name_by_emblem, strip_decoration

__all__ = ["ISSUER_RULES", "IssuerRule", "issuers", "issuers_step"]


# Press kits carry the boilerplate of every company they quote: only the first is the issuer.
_PRESS_KIT = re.compile(r"dossiers?\s+de\s+presse|press\s+kits?", re.I)


#: A rule that finds issuers outside the header: it appends to ``draft.issuers``.
IssuerRule = Callable[[Draft], None]


def issuers(draft: Draft) -> None:
    """Issuers from the body when the header named none: the first rule that names one.

    The explanation records the rule that named them (``header`` when the header did) and
    what the next rule in order would have named instead.
    """
    _find(draft, ISSUER_RULES)


def issuers_step(rules: Rules[IssuerRule]) -> Step:
    """The issuers step with another list of rules (``ISSUER_RULES`` edited by name):

    ```python
    steps.replace("issuers", issuers_step(ISSUER_RULES.before("metadata", "mine", rule)))
    ```
    """

    def step(draft: Draft) -> None:
        _find(draft, rules)

    return step


def _find(draft: Draft, rules: Rules[IssuerRule]) -> None:
    attributed = _attributed_in_header(draft)
    if attributed:
        # "Communiqué par : ministère X | Ville de Y" under the title: the page says who
        # communicates, above a site's name line the letterhead may have read
        draft.issuers[:] = attributed
    chosen = "header" if draft.issuers else None
    rest = rules.items
    for index, (name, rule) in enumerate(rules):
        if chosen is not None:
            break
        rule(draft)
        if draft.issuers:
            chosen, rest = name, rules.items[index + 1 :]
    if chosen == "header" and _joint_partners(draft):
        chosen = "about"
        rest = tuple(item for item in rules.items if item[0] != "about")
    _explain(draft, chosen, rest, rules)


def _joint_partners(draft: Draft) -> bool:
    """A joint release (``Communiqué commun``, ``Communiqué de presse conjoint``) presents
    each partner in an ``À propos`` of its own, where its letterhead may show one of them
    only (the publishing site's name, the first logo of a row): the partners are the
    issuers when they are more than the header named and include them. Replaces the
    issuers and says whether it did."""
    if not _joint(draft) or _ticker(draft):
        return False
    about = _about_names(draft)
    if len(about) <= len(draft.issuers):
        return False
    partners = [_named_words(issuer.name) for issuer in about]
    if not all(_named_words(issuer.name) in partners for issuer in draft.issuers):
        return False
    draft.issuers[:] = about
    return True


def _joint(draft: Draft) -> bool:
    """Whether the release's type says that several bodies issue it together."""
    return draft.doc_type is not None and _JOINT_RELEASE.search(draft.doc_type.value) is not None


# A release's type saying that several bodies issue it together.
_JOINT_RELEASE = re.compile(r"\b(?:conjointe?s?|communs?|communes|joint)\b", re.I)


def _explain(
    draft: Draft,
    chosen: str | None,
    rest: tuple[tuple[str, IssuerRule], ...],
    rules: Rules[IssuerRule],
) -> None:
    rank = {name: len(rules) - i for i, (name, _) in enumerate(rules)}
    rank["header"] = len(rules) + 1

    def candidate(source: str, found: list[Issuer]) -> Candidate:
        names = " | ".join(issuer.name for issuer in found)
        span = found[0].span if len(found) == 1 else None
        return Candidate(names, source, (source,), float(rank[source]), span)

    rejected = None
    for name, rule in rest if chosen is not None else ():
        trial = attrs.evolve(
            draft,
            issuers=[],
            diagnostics=[],
            evidence=list(draft.evidence),
            roles=dict(draft.roles),
        )
        rule(trial)
        if trial.issuers and [i.name for i in trial.issuers] != [i.name for i in draft.issuers]:
            rejected = candidate(name, trial.issuers)
            break
    chosen_candidate = candidate(chosen, draft.issuers) if chosen is not None else None
    found = (chosen_candidate is not None) + (rejected is not None)
    draft.explanations.append(Explanation("issuers", chosen_candidate, rejected, found))


def _first_language(name: str) -> str:
    """A bilingual ``About X / À propos de X`` heading's name: the first half's."""
    head, joint, tail = name.partition(" / ")
    return head.strip() if joint and ABOUT_HEADING.match(tail.strip()) else name


def _without_kind_article(name: str) -> str:
    """An ``À propos`` name without its capitalised article when a kind of body follows it
    (``La Fondation de France`` → ``Fondation de France``, ``La Région Bretagne`` → ``Région
    Bretagne``); the article of a proper name stays (``La Poste``, ``L’Escale``)."""
    article = _CAPITAL_ARTICLE.match(name)
    if article is None:
        return name
    rest = name[article.end() :]
    head = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
    return rest if head in ORGANISATION_HEADS or ISSUER_WORDS.match(rest) else name


_CAPITAL_ARTICLE = re.compile(r"(?:La|Le|Les)\s+|L['’]\s*")


def issuers_from_about(draft: Draft) -> None:
    """Fill the issuers from ``À propos`` headings if the header gave none.

    A fundraising release carries its investors' boilerplate too: they finance the company,
    they do not issue its release (in a joint release they are partners). Of several names,
    those its lead sentence makes its subject (`_keep_the_announcers`).
    """
    if draft.issuers or _ticker(draft):
        return
    draft.issuers.extend(_about_names(draft))
    issuing = [issuer for issuer in draft.issuers if not _INVESTOR.search(issuer.name)]
    if issuing and len(issuing) < len(draft.issuers) and not _joint(draft):
        draft.issuers[:] = issuing  # (in a joint release, a bank or a fund is a partner)
    if len(draft.issuers) > 1:
        _keep_the_announcers(draft)


def _about_names(draft: Draft) -> list[Issuer]:
    """The bodies the ``À propos`` headings name.

    Only the first run of ``À propos`` sections counts: boilerplate further down, after other
    sections, describes companies quoted in an appendix. In a press kit (``Dossier de presse``,
    ``Press Kit``) only the first ``À propos`` counts: the others describe quoted companies.
    """
    text = draft.document.text
    press_kit = draft.doc_type is not None and _PRESS_KIT.fullmatch(draft.doc_type.value)
    names: list[Issuer] = []
    for section in draft.sections:
        if press_kit and names:
            break
        if section.kind is not SectionKind.ABOUT or section.heading is None:
            if names and section.kind is not SectionKind.CONTACT:
                break  # later boilerplate, after other sections, describes quoted companies
            continue
        match = ABOUT_HEADING.match(section.heading)
        if match is None:
            continue
        name = _without_kind_article(_first_language(match.group("name").strip()))
        name = _SITE_IN_BRACKETS.sub("", name).rstrip() or name  # "… CONFERENCE (www.mjc.org)"
        span = None
        if section.heading_span is not None:
            at = text.find(name, *section.heading_span)
            span = (at, at + len(name)) if at >= 0 else None
        names.append(Issuer(name, None, span))
    return names


# A site's address in brackets after the name in an ``À propos`` heading: not the name.
# (matched from its bracket: a run of spaces before it is stripped after, not scanned from
# every start)
_SITE_IN_BRACKETS = re.compile(r"\((?:https?://|www\.)[^()\s]{2,100}\)[ \t]*$", re.I)


def _keep_the_announcers(draft: Draft) -> None:
    """Of several ``À propos`` names, those the first sentence makes its subject: "Brévalis,
    groupe agroalimentaire, annonce l'acquisition d'Oléaterre" carries both boilerplates,
    and Brévalis alone announces (the company it buys, the fund that invests, the partner
    laboratory are described, not issuing). "X et Y annoncent" keeps both; a subject that
    names none of them ("La start-up angevine réalise …") keeps all."""
    lead = _lead_sentence(draft)
    if lead is None:
        return
    verb = ANNOUNCING_VERB.search(lead[0], 0, _MAX_SUBJECT)
    if verb is None or DEAL_ANNOUNCED.match(lead[0], verb.end()) is None:
        return  # what the verb announces is no deal: "… annonce un partenariat avec …"
    subject = set(_WORD.findall(fold(lead[0][: verb.start()])))
    announcing = [
        issuer
        for issuer in draft.issuers
        if (_named_words(issuer.name) or set(_WORD.findall(fold(issuer.name)))) <= subject
    ]
    if announcing:
        draft.issuers[:] = announcing


def _named_words(name: str) -> set[str]:
    """The words that tell a body from others of its kind, folded: "pôle Hydrolia" ->
    {"hydrolia"}, as "Le pôle de compétitivité Hydrolia" names it too."""
    return {
        fold(written)
        for written in _WORD.findall(name)
        if written[:1].isupper() and not ISSUER_WORDS.fullmatch(written)
    }


_WORD = re.compile(r"\w+")


# An investor's name: a fund, a venture capital firm ("Rhône Amorçage Capital", "Breizh
# Ventures", "Alpes Industrie Capital", "Bpifrance").
_INVESTOR = re.compile(
    r"\b(?:capital|ventures?|partners|investissements?|invest|fonds|equity|bpifrance"
    r"|business\s+angels)\b",
    re.I,
)


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


# A press or communication job: "Directrice de la communication", "Chargé des relations
# presse": its holder writes for the issuer, she does not sign as it.
_PRESS_OFFICE = re.compile(r"\b(?:communication|presse|relations|m[ée]dias?)\b", re.I)


def _signature(written: str) -> tuple[str, str] | None:
    """The name and the office of a signature: on one line apart by a comma (``Bruno Le
    Maire, ministre de …``), or the name on its line and the office on the next
    (``**Christophe Arnaudie**`` / ``*Maire de Figeac*``)."""
    lines = [strip_decoration(line) for line in written.strip().split("\n") if line.strip()]
    if len(lines) == 1:
        match = _SIGNATURE.fullmatch(lines[0])
        if match is not None:
            return match.group("name").strip(), strip_decoration(match.group("office"))
    elif len(lines) == 2 and (office := _office_first(lines[0])) and is_person_name(lines[1]):
        # a letter's closing: the office, then the name ("Le Maire de Besançon," / "Jean-
        # Baptiste Curtet")
        return lines[1], office
    elif len(lines) == 2 and "," not in lines[0] and not _PRESS_OFFICE.search(lines[1]):
        return lines[0], lines[1]  # (a press officer's job is no office that signs)
    return None


def _office_first(line: str) -> str | None:
    """The office a letter's closing writes above the name, without its article and comma
    ("Le Maire de Besançon," → "Maire de Besançon"), if ``line`` is one."""
    found = _OFFICE_FIRST.fullmatch(line)
    if found is None or not OFFICE.match(found.group("office")):
        return None
    second = found.group("second")
    if second is not None and not OFFICE.match(second):
        return None
    return found.group("office")


# An office written first, as a letter closes ("Le Maire de Besançon,", "La Préfète,"), or
# two offices of one holder ("Le garde des Sceaux, ministre de la Justice,").
_OFFICE_FIRST = re.compile(
    r"(?:(?:le|la|l['’])\s*)?(?P<office>[^,\n]{3,100}?(?:,\s*(?P<second>[^,\n]{3,100}?))?),?",
    re.I,
)


def issuers_from_signature(draft: Draft) -> None:
    """A statement signed at the end by office holders: ``Bruno Le Maire, ministre de …``.

    The signatures are the last paragraphs of the body, each a person's name, a comma and
    the office (the issuer's ``title``), or the name over the office on two lines.
    """
    for closing in _closings(draft):
        if _read_signatures(draft, closing):
            return


def _read_signatures(draft: Draft, blocks: Sequence[TextBlock]) -> bool:
    """The signatures closing ``blocks``, appended to the issuers; whether there were any."""
    if not blocks:
        return False
    text = draft.document.text
    signed: list[Issuer] = []
    if len(blocks) >= 2 and _office_first(strip_decoration(blocks[-2].text)):
        # a page captured as text, a line a block: "Le Maire de Besançon," / "Jean-Baptiste …"
        span = (blocks[-2].span[0], blocks[-1].span[1])
        blocks = (*blocks[:-2], TextBlock(blocks[-2].kind, text[span[0] : span[1]], span))
    for block in reversed(blocks[-_MAX_SIGNATURES:]):
        signature = _signature(text[block.span[0] : block.span[1]])
        if signature is None:
            break
        name, office = signature
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
        return False  # « … » then "Name, office": the quote's attribution, not a signature
    draft.issuers.extend(reversed(signed))
    return bool(signed)


# An organisation signing its release: "Fondation Léman Patrimoine Navigant" (then "Le
# Conseil de fondation"), its name in capitals or title case, with an organisation's word.
# An association's governing body signing in its own name: "Le conseil d'administration du
# Réseau …", "Le bureau de l'association …", "La direction de …" (an article, and no verb).
_SIGNING_BODY_WORDS = (
    r"(?:le|la|les)\s+(?:conseil\s+d['’]administration|bureau(?:\s+national)?|comit[ée]"
    r"(?:\s+(?:directeur|ex[ée]cutif))?|direction|pr[ée]sidence|coordination|secr[ée]tariat"
    r"(?:\s+national)?|membres\s+du\s+(?:bureau|conseil))"
)
# A unit of the organisation signing for it (its staff, not its governing body): "La
# Direction générale du …", "L'équipe du …", "Le service communication de …".
_SIGNING_UNIT = re.compile(
    r"(?:la\s+direction\s+g[ée]n[ée]rale|l['’]\s?[ée]quipe|les\s+[ée]quipes"
    r"|le\s+service\s+(?:de\s+(?:la\s+)?)?communication)"
    r"\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])(?=\w)",
    re.I,
)
_SIGNING_BODY = re.compile(rf"{_SIGNING_BODY_WORDS}\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’])", re.I)
# The same body alone on its line, over the organisation's name on the next; a letter's
# closing writes it "Pour le conseil d'administration,".
_SIGNING_BODY_ALONE = re.compile(rf"(?:pour\s+)?{_SIGNING_BODY_WORDS}\s*,?", re.I)
_SIGNING_LINES = 3
_SIGNING_LENGTH = 80
# The room of a venue after its name: "Hôtel de Ville – Salle des Fêtes".
_ROOM = re.compile(r"\s[–—-]\s+(?:salle|auditorium|amphith[ée][âa]tre|salon|espace)\b", re.I)
# What the practical block of an event says besides its venue: a time, an admission (an
# address alone may close an organisation's signature as well).
_TIME_OR_ADMISSION = re.compile(
    r"\b\d{1,2}\s?h(?:\s?\d\d)?\b|\bentr[ée]e\s+(?:libre|gratuite)|\bgratuit|\bsur\s+"
    r"(?:r[ée]servation|inscription)|\btarifs?\b",
    re.I,
)


def _practical(line: str) -> bool:
    """A line of an event's practical block: a date, a time, an admission."""
    return bool(DATE.search(line) or _TIME_OR_ADMISSION.search(line))


def issuer_from_signing_organisation(draft: Draft) -> None:
    """A release closed by its organisation's name on a line of its own (the body's last
    block, a few short lines, no sentence): the organisation is the issuer."""
    for closing in _closings(draft):
        if _read_signing_organisation(draft, closing):
            return


def _read_signing_organisation(draft: Draft, closing: list[TextBlock]) -> bool:
    """The organisation signing under ``closing``, appended to the issuers; whether found."""
    body = [section for section in draft.sections if section.kind is SectionKind.BODY]
    block: TextBlock | None = closing[-1] if closing else None
    # A signature set in bold on its own reads as a heading over nothing: "**Le bureau**"
    # (or over nothing but the page's stamp, which the closing leaves out).
    span = block.span if block is not None else body[-1].heading_span if body else None
    if span is None:
        return False
    written = draft.document.text[span[0] : span[1]]
    lines = [line.strip() for line in written.split("\n") if line.strip()]
    while lines and is_state_frame(lines[0]):
        lines.pop(0)  # "RÉPUBLIQUE DU SÉNÉGAL" / its motto: the frame, then the name
    if len(lines) > 1 and _closing_dateline(lines[0]):
        lines.pop(0)  # "Autun, le 1er décembre 2026" / "Pour le conseil …" / the name
    if not lines or len(lines) > _SIGNING_LINES or _quotation(block):
        return False
    under_body = len(lines) > 1 and _SIGNING_BODY_ALONE.fullmatch(strip_decoration(lines[0]))
    if under_body:
        lines = lines[1:]  # "Le Bureau national" / "Syndicat unifié … (SUPR-Recherche)"
    first = strip_decoration(lines[0])
    tagline = _BOLD_NAME_TAGLINE.match(written) if len(lines) == 1 else None
    if tagline is not None:
        first = tagline.group(1).strip()  # "**Framasoft** — changer le monde, un octet …"
    if len(first) > _SIGNING_LENGTH or first.endswith((".", "!", "?")) or ":" in first:
        return False  # a sentence, or a label ("Crédit photo : Ville de Lyon")
    unit = _SIGNING_UNIT.match(first) if len(lines) == 1 else None
    if unit is not None:
        # "La Direction générale du Centre hospitalier de Vallon", "L'équipe du pôle
        # Littoralis": a unit of the organisation signs, the organisation is the issuer
        first = first[unit.end() :]
    if first.startswith(("©", "(c)", "Photo", "Crédit", "Source")):
        return False
    if _ROOM.search(first) or (not under_body and any(_practical(line) for line in lines[1:])):
        return False  # an event's venue, when and how to come: "Médiathèque de Vaise" / "Samedi…"
    words = first.split()
    named = sum(1 for word in words if word[:1].isupper())
    signed = bool(under_body) or unit is not None or _after_closing_dateline(draft, span)
    signing_body = _SIGNING_BODY.match(first) is not None or _signature_block(
        first, lines[1:], under_body=signed
    )
    # (a line set wholly in italics or bold under the text is a signature, whatever the
    # case of its words: "*Les gilets jaunes du Magny*", "**Liste Unis pour l'Arménie**")
    # (a name in bold before its tagline is a name the text gives again, or a body's: "**Info
    # Pratique** – …", "**Vente Flash** — …" are a page's bold labels)
    named_again = tagline is not None and (
        draft.document.text.count(first) > 1 or bool(ISSUER_WORDS.search(first))
    )
    signing_body = signing_body or (
        len(lines) == 1
        and (named_again or (tagline is None and _emphasised(draft, span)))
        and (_signed_name(first) or (named_again and _brand_author(first)))
        and (tagline is not None or not written.rstrip(" *_\n").endswith((".", "!", "?", "…")))
    )
    if (
        not signing_body
        and not (len(lines) == 1 and _kind_name(first))
        and (
            not ISSUER_WORDS.search(first) or named * 2 < len(words) or SUBJECT_ARTICLE.match(first)
        )
    ):
        return False
    at = draft.document.text.find(first, *span)
    draft.issuers.append(Issuer(first, None, (at, at + len(first)) if at >= 0 else None))
    draft.evidence.append("signed-by-organisation")  # the organisation's voice, to classify
    return True


def _emphasised(draft: Draft, span: tuple[int, int]) -> bool:
    """Whether the block holding ``span`` (a closing section's heading span leaves its
    markup out) is set wholly in bold or italics."""
    for block in reversed(draft.blocks):
        if block.span[0] <= span[0] and span[1] <= block.span[1]:
            return all(line.emphasis is not None for line in block.lines)
        if block.span[1] < span[0]:
            return False
    return False


def _signed_name(text: str) -> bool:
    """Whether a short line can be a name signing: a few words opening with a capital, one
    more capitalised, no figure, comma or verb ("Les gilets jaunes du Magny"; not "Liberté,
    Égalité, Fraternité", "Fin du communiqué", "Merci à tous" or "Les billets invités
    n'engagent que leurs auteurs")."""
    words = text.split()
    return (
        text[:1].isupper()
        and 2 <= len(words) <= _SIGNED_NAME_WORDS
        # a name past its first word ("… du Magny", "… CE"): a sentence in italics has none
        and any(word[:1].isupper() for word in words[1:])
        and not any(char.isdigit() or char in ',;«»"' for char in text)
        and CLAUSE_VERB.search(text) is None
        and ANNOUNCING_VERB.search(text) is None
        and _NO_SIGNATURE.match(text) is None
    )


_SIGNED_NAME_WORDS = 8
# Lines in emphasis closing a text that sign nothing: its end mark, thanks, a call.
_NO_SIGNATURE = re.compile(
    r"(?:fin\b|merci\b|contacts?\b|[àa]\s+propos\b|pour\s+(?:en\s+savoir|plus)\b|vive\b"
    r"|ensemble\b|rejoignez\b|suivez\b|retrouvez\b|plus\s+d['’]infos?\b|source\b|photo\b"
    # a credit ("Avec AFP", "Texte Marie Dupont"), a greeting ("Joyeux Noël", "Bonnes fêtes"),
    # a practical note ("Info pratique")
    r"|avec\b|texte\b|r[ée]daction\b|la\s+r[ée]daction\b|cr[ée]dits?\b|illustrations?\b"
    r"|joyeu(?:x|se|ses)\b|bonnes?\b|meilleurs?\b|infos?\b|informations?\s+pratiques?\b"
    r"|[àa]\s+noter\b|attention\b)",
    re.I,
)
# A name in bold, then a dash and what it does: "**Framasoft** — changer le monde …".
_BOLD_NAME_TAGLINE = re.compile(r"\s*\*\*([^*\n]{2,60})\*\*[ \t]*[—–-][ \t]+\S")


def _kind_name(line: str) -> bool:
    """A body's name opened by its kind and its qualifier, the rest in lower case as French
    writes it (``Agence nationale des transports publics``, ``Médiation nationale des
    transports``, ``Fédération régionale de …``): a few words, no figure, no mark but an
    apostrophe or a hyphen, no department. A line saying what a place does (``Musée fermé le
    mardi``, ``Centre culturel ouvert à tous``) has no such qualifier."""
    return (
        line[:1].isupper()
        and ISSUER_WORDS.match(line) is not None
        and _QUALIFIED_KIND.match(line) is not None
        and len(line.split()) <= _KIND_NAME_WORDS
        and _KIND_NAME.fullmatch(line) is not None
        and DEPARTMENT_LINE.search(line) is None
        and ANNOUNCING_VERB.search(line) is None
    )


_KIND_NAME_WORDS = 8
# Words joined by a space, a hyphen or an apostrophe (and a space after it): one separator
# a time, so that the engine has one way to read a run of apostrophes.
_KIND_NAME = re.compile(r"[^\W\d_]+(?:(?:['’] ?|[ -])[^\W\d_]+)*")
# The kind, then the qualifier a public or federal body's name carries: "Agence nationale",
# "Fédération régionale", "Délégation interministérielle", "Bureau international".
_QUALIFIED_KIND = re.compile(
    r"[^\W\d_]+(?:-[^\W\d_]+)?\s+(?:nationale?|r[ée]gionale?|d[ée]partementale?"
    r"|interminist[ée]rielle?|minist[ée]rielle?|internationale?|europ[ée]enne?|f[ée]d[ée]rale?"
    r"|interd[ée]partementale?|intercommunale?|g[ée]n[ée]rale?|fran[çc]aise?|mixte)\b",
    re.I,
)


def _closings(draft: Draft) -> Iterator[list[TextBlock]]:
    """The blocks that close the release's text, where a signature stands: the last body
    section's, then (asked only when the first held no signature) the same followed by what
    the contact sections after it hold besides contacts: a signature under ``Contact presse
    : Julie Marec – julie@…`` falls in that section."""
    body = [at for at, section in enumerate(draft.sections) if section.kind is SectionKind.BODY]
    if not body:
        return
    closing = list(draft.sections[body[-1]].blocks)
    if not closing and len(body) > 1:
        # a name in bold closing the text ("Le procureur de la République," / "**Laurent
        # MASSEBIEAU**") reads as the heading of a section holding nothing: it closes the
        # section before it
        named = draft.sections[body[-1]]
        closing = list(draft.sections[body[-2]].blocks)
        if named.heading is not None and named.heading_span is not None:
            closing.append(TextBlock(BlockKind.HEADING.value, named.heading, named.heading_span))
    yield _without_what_follows(closing)
    beyond = [
        block
        for section in itertools.takewhile(
            lambda section: section.kind is SectionKind.CONTACT, draft.sections[body[-1] + 1 :]
        )
        for block in section.blocks
    ]
    related = next(
        (at for at, block in enumerate(beyond) if RELATED_CONTENT.match(block.text)), None
    )
    beyond = beyond[:related]  # ("Dans la même rubrique" and the links under it: the page's)
    # only what follows the last contact details: a press officer's name over her e-mail, an
    # agency's over its phone, are the contact's
    last = max((at for at, block in enumerate(beyond) if _contact_details(block.text)), default=-1)
    kept = beyond[last + 1 :]
    if kept:
        yield _without_what_follows(closing + kept)


def _without_what_follows(blocks: list[TextBlock]) -> list[TextBlock]:
    """``blocks`` without what a page sets under the text: its ``Publié le`` stamp, a page
    builder's shortcode, a footer naming the type (``Communiqué de presse – Service
    communication – …``)."""
    closing = list(blocks)
    while closing and _under_the_text(closing[-1].text):
        closing.pop()
    return closing


def _contact_details(text: str) -> bool:
    """Whether a block gives an e-mail address or a phone number."""
    return email_in(text) is not None or phone_in(text) is not None


def _under_the_text(text: str) -> bool:
    """Whether ``text`` is a line a page or a template sets under the release: "Publié le 13
    novembre 2026", a shortcode ("[/et_pb_text]"), a footer naming the type, a PDF's page
    number ("Page 2")."""
    return bool(
        PUBLICATION_LABEL.match(text)
        or TEMPLATE_LINE.fullmatch(text)
        or (DOC_TYPE_PREFIX.match(text) and "\n" not in text.strip())
        or (PAGE_NUMBER.fullmatch(text) and any(char.isdigit() for char in text))
    )


def _closing_dateline(line: str) -> bool:
    """Whether ``line`` is a dateline alone (``Autun, le 1er décembre 2026``)."""
    found = match_dateline(strip_decoration(line), None)
    return found is not None and not found.glued


def _after_closing_dateline(draft: Draft, span: tuple[int, int]) -> bool:
    """Whether the block right above ``span`` is a dateline alone (``*Paris, le 14 octobre
    2026*``): the organisation's name under it signs the text."""
    above = None
    for block in draft.blocks:
        if block.span[1] > span[0]:
            break
        if block.text.strip():
            above = block
    return above is not None and len(above.lines) == 1 and _closing_dateline(above.text)


def _signature_block(first: str, below: list[str], *, under_body: bool) -> bool:
    """An organisation's name in a signature block, however many of its words are in lower
    case ("Fédération des associations de parents d'élèves ruraux du Rhône"): under its
    governing body ("Le Bureau national"), with its acronym in brackets ("… de la recherche
    (SUPR-Recherche)"), or over a person signing with an office ("Marion Delestre,
    présidente")."""
    if ISSUER_WORDS.match(first) is None or not first[:1].isupper():
        return False
    if DEPARTMENT_LINE.search(first) is not None or ANNOUNCING_VERB.search(first) is not None:
        return False
    if under_body or _BRACKETED_ACRONYM.search(first) is not None:
        return True
    signed = _signature(below[0]) if below else None
    return signed is not None and is_person_name(signed[0]) and OFFICE.match(signed[1]) is not None


# An acronym in brackets closing a name: "(SUPR-Recherche)", "(FBS)", "(UNJI)".
_BRACKETED_ACRONYM = re.compile(r"\((?=[^()\n]{0,30}[A-Z]{2})[^()\n]{2,30}\)$")


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
    parts = _AUTHOR_FIELDS.split(author, maxsplit=1)
    if len(parts) == 2 and SERVICE_LINE.fullmatch(parts[1]):
        author = parts[0]  # "Conseil départemental du Finistère -- Direction de la communication"
    elif len(parts) == 2 and DOC_TYPE.fullmatch(parts[1].strip()):
        author = parts[0]  # "Paris en Selle • Communiqué de presse": the author, and the type
        if is_person_name(author):
            return  # "Marie Dupont • Communiqué de presse": a person writes
    if author[:1].isupper() and (ISSUER_WORDS.search(author) or _brand_author(author)):
        draft.issuers.append(Issuer(author, None, None))


def _brand_author(author: str) -> bool:
    """An author that names a body by its brand, no organisation noun in it (``Nothing2Hide``,
    ``Framasoft``, ``OPENSIG``): capitalised words without a full stop (no initials, no
    ``Dr``), none of them a given name (``Clémence``, ``Marie-Claire``), a role (``Admin``,
    ``La Rédaction``, ``Présidente``), a content system's name or a company's legal form
    (``SAS``); no user name (``Kalon33``, ``Jean_Dupont``)."""
    words = author.split()
    if "_" in author or "." in author:
        return False
    # (a particle inside the name is the name's: "Paris en Selle", "Terre de Liens"; not
    # "et", which joins two people: "Marie et Jean")
    words = [word for at, word in enumerate(words) if at == 0 or word not in _BRAND_PARTICLES]
    if not 1 <= len(words) <= _BRAND_WORDS:
        return False
    if any(not word[:1].isupper() for word in words):
        return False
    if len(words) == 1 and words[0][-1:].isdigit():
        return False  # a user name's number: "Kalon33"
    parts = [part for word in words for part in folded(word).split()]
    if any(part in _NOT_A_BRAND or part in ROLE_NOUNS for part in parts):
        return False
    if len(words) > 1 and folded(words[0]).split("-")[0] in GIVEN_NAMES:
        return False  # "Jean-Pierre Martin": a given name first, a person
    return not (len(words) == 1 and any(part in GIVEN_NAMES for part in parts))


_BRAND_PARTICLES = NAME_PARTICLES - {"et"}
# A brand is a few words; more are a sentence or a list.
_BRAND_WORDS = 3
# The roles a site's software signs posts with, the software itself, a company's legal form
# and honorifics: none names a body.
_NOT_A_BRAND = frozenset(
    ("admin", "administrateur", "administratrice", "administrator", "webmaster", "webmestre",
     "redaction", "redac", "redacteur", "redactrice", "editeur", "editrice", "editor",
     "staff", "team", "equipe", "invite", "guest", "anonyme", "anonymous", "inconnu",
     "moderateur", "contributeur", "contributrice", "auteur", "author", "user", "utilisateur",
     "visiteur", "membre", "benevole", "stagiaire", "journaliste", "correspondant",
     "correspondante", "tresorier", "tresoriere", "contact", "bureau", "communication",
     "presse", "service", "communique", "wordpress", "drupal", "joomla", "spip", "dr", "pr",
     "m", "mme", "mlle", "me", "mr", "mrs", "ms", "sa", "sas", "sasu", "sarl", "eurl",
     "sci", "scop", "gie", "snc")
)  # fmt: skip


# Fields of an author line: the organisation, then its department.
_AUTHOR_FIELDS = re.compile(r"(?<!\s)\s+(?:-{1,3}|[–—|/•·])\s+")


# -- the subject announcing in the first sentence ------------------------------------------

# What follows a dateline glued to the first sentence: a wire tag ("/CNW/", "(Business
# Wire)") and a dash.
_AFTER_DATELINE = re.compile(
    r"\s*+(?:(?:/[^/\n]{1,40}/|\([^()\n]{1,40}\))\s*)?(?:[-–—:.]{1,2}\s*)?"
    # the hour a listed company publishes at: "Paris, le 5 novembre 2026 – 7h30 – Maréval …"
    r"(?:(?:[àa]\s+)?\d{1,2}\s?(?:h|:)\s?\d{0,2}(?:\s*(?:CET|CEST|HNE|HAE|UTC))?\s*[-–—]\s*)?"
)
# An issuer's name is short; a longer subject is a clause, not a name.
_MAX_SUBJECT_WORDS = 8
_MAX_SUBJECT = 300
# How many blocks after the header may hold the first paragraph.
_LEAD_BLOCKS = 4
_LEAD_LENGTH = 60
_PARENTHESES = re.compile(r"\([^()\n]{0,80}\)")
# Words that open a clause, never a name: pronouns, determiners, prepositions.
_NOT_A_NAME = frozenset(
    [
        "il",
        "elle",
        "ils",
        "elles",
        "nous",
        "on",
        "ce",
        "cette",
        "ces",
        "cet",
        "depuis",
        "dans",
        "pour",
        "après",
        "avec",
        "selon",
        "lors",
        "en",
        "à",
        "au",
        "aux",
        "aujourd'hui",
        "hier",
        "demain",
        "tout",
        "tous",
        "chaque",
        "un",
        "une",
        "des",
        "plus",
        "son",
        "sa",
        "ses",
        "leur",
        "leurs",
        "notre",
        "votre",
        "voici",
        "afin",
        "suite",
        "grâce",
        "face",
    ]
)
# Institutions whose name starts with a common noun: "ministère de la Culture".
_INSTITUTION = re.compile(
    r"(?:minist[èe]re|pr[ée]fecture|r[ée]gion|d[ée]partement|agence|ville|mairie|commune"
    r"|conseil|office|autorit[ée]|direction|secr[ée]tariat)\s+(?:\S+\s+){0,3}[A-ZÀ-Ý]"
)
_OFFICE_OPENING = re.compile(
    r"(?:le|la|l['’])\s*(?:(?:premi[eè]re?|vice|nouvelle?|haute?)[\s-]+)?", re.I
)


def issuer_from_company_header(draft: Draft) -> None:
    """The company a regulated-information portal names in its header over the release:
    ``Communiqué de la société METAVISIO (THOMSON COMPUTING) du 30/10/2024 - …``."""
    found = search_from_word(draft, COMPANY_RELEASE_HEADER, _COMMUNIQUE_WORD[0], 0, _WIRE_SCAN)
    if found is None:
        return
    name = found.group("name").strip()
    draft.issuers.append(Issuer(name, None, (found.start("name"), found.start("name") + len(name))))


def issuers_from_signatories(draft: Draft) -> None:
    """The bodies a joint release lists as its signatories, closing it ("Signataires : CGT
    FAPT 29, SUD PTT 29, FO Com 29"; a "Signataires" heading over a list set apart by
    semicolons): each is an issuer, two at least."""
    blocks = draft.blocks
    for at, block in enumerate(blocks):
        if "ignataires" not in block.text[:40]:
            continue
        labelled = _SIGNATORIES.match(block.text)
        if labelled is None:
            continue
        listed, start = block.text[labelled.end() :], labelled.end()
        if not listed.strip() and at + 1 < len(blocks):
            block, listed, start = blocks[at + 1], blocks[at + 1].text, 0
        names = _signatory_names(listed)
        if len(names) < _SIGNATORIES_AT_LEAST:
            return
        text = draft.document.text
        for name in names:
            found = text.find(name, block.span[0] + start)
            span = (found, found + len(name)) if found >= 0 else None
            draft.issuers.append(Issuer(name, None, span))
        return


def _signatory_names(listed: str) -> list[str]:
    """The names of a signatories' list, set apart by semicolons (or commas without them),
    each a name: a capital first, a few words, no sentence's mark."""
    parts = listed.split(";") if ";" in listed else listed.split(",")
    names = [part.strip().rstrip(".").strip() for part in parts]
    return names if all(map(_listed_name, names)) else []


def _listed_name(text: str) -> bool:
    """A name standing on its own in a list: a capital first, a few words, no sentence's
    mark."""
    return (
        text[:1].isupper()
        and len(text.split()) <= _SIGNATORY_WORDS
        and not any(mark in text for mark in (". ", ":", "!", "?"))
    )


# "Signataires :", "Organisations signataires :", a "### Signataires" heading alone.
_SIGNATORIES = re.compile(
    r"[ \t#*_]*(?:(?:les\s+)?(?:organisations|associations|structures)\s+)?signataires"
    r"[ \t*_]*(?::[ \t]*|$)",
    re.I,
)
_SIGNATORIES_AT_LEAST = 2
_SIGNATORY_WORDS = 14


def issuers_from_publisher_block(draft: Draft) -> None:
    """The bodies a closing ``Éditeur`` or ``Auteur`` block names, a line each (the Swiss
    federal administration's news pages: "Éditeur" / "Le Conseil fédéral" / "Office fédéral
    de l'énergie"), each line's web address aside."""
    blocks = draft.blocks
    for at in range(draft.body_start, len(blocks)):
        block = blocks[at]
        if len(block.text) > _PUBLISHER_LABEL or not _PUBLISHER.fullmatch(block.text):
            continue
        named: list[Issuer] = []
        for below in blocks[at + 1 : at + 1 + _PUBLISHER_BLOCKS]:
            if below.kind is BlockKind.HEADING:
                break
            for line in below.lines:
                name = _WEB_ADDRESS_AFTER.sub("", f" {line.text}").strip()
                if not name:
                    continue  # its web address on a line of its own
                if not _body_name(name):
                    return  # a sentence, not a body's name: no publisher's block
                start = line.text.find(name)
                named.append(Issuer(name, None, line.locate(start, start + len(name))))
        draft.issuers.extend(named)
        return


def _body_name(text: str) -> bool:
    """A body's name on its line: a listed name (`_listed_name`) holding a word of a kind of
    body (no person: a blog's author, a book's), no address nor closing full stop."""
    return (
        _listed_name(text)
        and ISSUER_WORDS.search(text) is not None
        and len(text) <= _PUBLISHER_NAME
        and "@" not in text
        and not text.endswith(".")
    )


# "Éditeur", "Editeurs :", "Auteur", "Herausgeber" alone on its line, closing the page.
_PUBLISHER = re.compile(r"[ \t#*_]*+(?:[ée]diteurs?|auteurs?|herausgeber)[ \t*_]*+:?[ \t]*+", re.I)
_PUBLISHER_LABEL = 30
_PUBLISHER_BLOCKS = 4
_PUBLISHER_NAME = 150
# A web address after a body's name on its line ("Le Conseil fédéral https://…"), or alone.
_WEB_ADDRESS_AFTER = re.compile(r"(?<!\s)\s+(?:https?://|www\.)\S+\s*$")


def issuer_from_logo_text(draft: Draft) -> None:
    """The organisation a captured page's letterhead image names in its text (``Bandeau du
    ministère de la Culture``, ``Logo de la Région Bretagne``), above the headline."""
    end = max(draft.body_start, draft.header_end)
    if end <= 0 or end > len(draft.blocks):
        return
    zone = draft.document.text[: draft.blocks[end - 1].span[1]]
    if not any(word in zone for word in LOGO_WORDS):
        return
    for found in LOGO_TEXT.finditer(zone):
        name = found.group("name").strip(" .,:;")
        if ISSUER_WORDS.match(name) or (name[:1].isupper() and not _sentence_like(name)):
            start = found.start("name")
            draft.issuers.append(Issuer(name, None, (start, start + len(name))))
            return


def issuer_from_state_banner(draft: Draft) -> None:
    """The authority a State site's banner names under the Republic's emblem, when a page
    captured as text keeps it among its chrome above the release (`name_by_emblem`:
    "RÉPUBLIQUE FRANÇAISE" / "Liberté" / "Égalité" / "Fraternité" / "Préfet de la
    Charente")."""
    end = max(draft.body_start, draft.header_end)
    lines = [line for block in draft.blocks[:end] for line in block.lines]
    found = name_by_emblem([line.text for line in lines])
    if found is None:
        return
    first, last = lines[found[0]], lines[found[1] - 1]
    names = [strip_decoration(line.text) for line in lines[found[0] : found[1]]]
    if any(council_session_title(name) for name in names):
        return  # "CONSEIL DES MINISTRES DU 6 MARS 2019" under the banner: the title
    at, below = first.text.find(names[0]), last.text.find(names[-1])
    span = (first.locate(at, at + len(names[0]))[0], last.locate(below, below + len(names[-1]))[1])
    draft.issuers.append(Issuer(" ".join(names), None, span))


def _sentence_like(text: str) -> bool:
    """A line that reads as prose rather than a name: many words, or more lower-case words
    than capitalised ones, the particles of a name aside ("Cabinet de la ministre de la
    Cybersécurité et du Numérique" is a name)."""
    words = text.split()
    if len(words) > _MAX_NAME_WORDS:
        return True
    lower = sum(w[:1].islower() and w.lower() not in _NAME_PARTICLES for w in words)
    return lower > len(words) - lower - sum(w.lower() in _NAME_PARTICLES for w in words)


# A name runs to this many words at most; its particles ("de la", "du", "et") count as
# neither lower-case words nor capitalised ones.
_MAX_NAME_WORDS = 14
_NAME_PARTICLES = NAME_PARTICLES | {"pour"}  # "Fondation pour la recherche"


def _attributed_in_header(draft: Draft) -> list[Issuer]:
    """The organisations a ``Communiqué par : …`` line of the header names (apart by bars,
    semicolons or slashes), as Luxembourg's government pages write it under the title."""
    if draft.body_start <= 0 or draft.body_start > len(draft.blocks):
        return []
    end = draft.blocks[draft.body_start - 1].span[1]
    if not text_may_hold(draft, _COMMUNIQUE_WORD, 0, end):
        return []
    found = COMMUNICATED_BY.search(draft.document.text, 0, end)
    if found is None or ":" not in found.group()[: found.start("name") - found.start()]:
        return []  # (the portal's field, "Communiqué par :", not a closing attribution)
    named: list[Issuer] = []
    start = found.start("name")
    for part in _ATTRIBUTION_JOINT.split(found.group("name")):
        name = part.strip(" \t.")
        at = draft.document.text.find(name, start, found.end("name"))
        if at < 0 or not (name[:1].isupper() or ISSUER_WORDS.match(name)):
            return []
        if DEPARTMENT_LINE.search(name) or SERVICE_LINE.fullmatch(name) or DATE.search(name):
            continue  # a department ("ministère X / Service de presse") or a date: not who issues
        named.append(Issuer(name, None, (at, at + len(name))))
    return named


# Organisations named side by side in an attribution: "ministère X | Ville de Y",
# "ministère X / ministère Y".
_ATTRIBUTION_JOINT = re.compile(r"\s[|;/]\s")


def issuer_from_communicated_by(draft: Draft) -> None:
    """The service a government's site says communicated the release, on a closing line of
    its own: ``Communiqué par le Service information et presse``."""
    text = draft.document.text
    closing = max(0, len(text) - _CLOSING_SCAN)
    if not text_may_hold(draft, _COMMUNIQUE_WORD, closing):
        return
    for found in COMMUNICATED_BY.finditer(text, closing):
        name = found.group("name").strip()
        if name[:1].isupper() or ISSUER_WORDS.match(name):
            draft.issuers.append(Issuer(name, None, found.span("name")))
            return


# How far from the end a closing attribution is looked for.
_CLOSING_SCAN = 3000
# What every match of `COMMUNICATED_BY` holds in lower case ("Communiqué par"), and what every
# match of `COMPANY_RELEASE_HEADER` opens with: where the text does not hold it, they are
# not run.
_COMMUNIQUE_WORD = ("commun",)


def issuer_from_provided_by(draft: Draft) -> None:
    """The organisation a wire's page names as the release's provider, on the label's line
    or the next one: ``Nouvelles fournies par`` / ``Ministère de l'Économie``."""
    end = max(draft.body_start, draft.header_end)
    header = draft.blocks[: min(len(draft.blocks), end + 1)]
    lines = [line for block in header for line in block.lines]
    for number, line in enumerate(lines):
        found = PROVIDED_BY.fullmatch(line.text)
        if found is None:
            continue
        if found.group("name"):
            name, span = found.group("name"), line.locate(*found.span("name"))
        elif number + 1 < len(lines):
            following = lines[number + 1]
            if match_dateline(following.text, None) is not None:
                return  # the wire's dateline, not the provider's name
            name, span = following.text.strip(), following.locate(0, len(following.text))
        else:
            return
        name = strip_decoration(name)
        named = ISSUER_WORDS.match(name) or (name[:1].isupper() and not _sentence_like(name))
        if named and not name.endswith("."):
            draft.issuers.append(Issuer(name, None, span))
        return


def issuer_from_type_label(draft: Draft) -> None:
    """The body the document's type label names, wherever the header sets it ("Titre" /
    "Communiqué de presse de ConsoFrance" under it): the header's own line naming who issues
    the release (the letterhead reads such a label above the title only)."""
    typed, headline = draft.doc_type, draft.headline
    if typed is None or typed.span is None:
        return
    title_span = headline.span if headline is not None else None
    if title_span is not None and title_span[0] <= typed.span[0] < title_span[1]:
        return  # "Déclaration de Claire Vasseur, maire, après l'incendie": the title's topic
    header_end = max(draft.body_start, draft.header_end)
    if header_end < len(draft.blocks) and typed.span[0] >= draft.blocks[header_end].span[1]:
        return  # a footer's label ("Communiqué de presse du BAC 2024" closing the text)
    text = draft.document.text
    end = text.find("\n", typed.span[0])
    label = text[typed.span[0] : end if end >= 0 else len(text)]
    # (the label ends at a separator or its markup: "… du Rhône – 5 mars 2024", "… FSU**")
    label = label[: cut.start()] if (cut := _LABEL_END.search(label)) is not None else label
    name = label_issuer(strip_decoration(label), text)
    at = label.find(name) if name is not None else -1
    if name is None or at < 0:
        return  # (a type naming no body, or a name not written as read)
    start = typed.span[0] + at
    draft.issuers.append(Issuer(name, None, (start, start + len(name))))


# Where a type label's line goes on past its body's name: a separator, markup, a gap.
_LABEL_END = re.compile(r"[ \t]+[–—|·•-][ \t]|\*\*|__|[ \t]{2,}|\\$")


def issuer_from_portal_strip(draft: Draft) -> None:
    """The issuer as a redistributing portal names it, on the line above its strip of fields
    (``President of French Polynesia`` over ``09/01/2025 | Press release | Distributed by
    Public on …``): the strip names a document type and a date."""
    end = max(draft.body_start, draft.header_end)
    previous: str | None = None
    previous_line: Line | None = None  # (located only when it names the issuer)
    for block in draft.blocks[: min(len(draft.blocks), end + 1)]:
        for line in block.lines:
            text = line.text.strip()
            if not text:
                continue
            if text.count(" | ") >= 2 and previous is not None and previous_line is not None:
                fields = [field.strip() for field in text.split(" | ")]
                typed = any(DOC_TYPE.fullmatch(field) for field in fields)
                dated = any(_NUMERIC_DATE.search(field) or DATE.search(field) for field in fields)
                name = strip_decoration(previous)
                short_name = 0 < len(name.split()) <= 6 and not name.endswith((".", ":"))
                if typed and dated and short_name and name[:1].isupper():
                    span = previous_line.locate(0, len(previous_line.text))
                    draft.issuers.append(Issuer(name, None, span))
                return
            previous, previous_line = text, line


def issuer_from_publisher_stamp(draft: Draft) -> None:
    """The body a page names right above its publication stamp, in the same block
    (Québec's government pages: "Ministère des Ressources naturelles et des Forêts" /
    "Publié le 21 avril 2026" under the title)."""
    end = max(draft.body_start, draft.header_end)
    for block in draft.blocks[: min(len(draft.blocks), end + 1)]:
        for above, line in itertools.pairwise(block.lines):
            if PUBLICATION_LABEL.match(line.text) is None:
                continue
            name = strip_decoration(above.text)
            if ISSUER_WORDS.match(name) and name[:1].isupper() and _body_name(name):
                start = above.text.find(name)
                draft.issuers.append(Issuer(name, None, above.locate(start, start + len(name))))
            return


# A date in numbers, whichever comes first (a portal may write its dates the American way).
_NUMERIC_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def issuer_from_announcer(draft: Draft) -> None:
    """The issuer a wire release names as the subject of its first sentence.

    Only for releases that came through a wire (a wire dateline, a service's name or tag, a
    ticker, the end mark ``-30-``) or whose subject is a listed company named with its market
    codes (``Orvalis (Euronext Paris : FR0013451234 – ORV) annonce …``): elsewhere the first
    sentence's subject is often an office holder speaking for an institution that the
    release names otherwise.
    """
    lead = _lead_sentence(draft)
    if lead is None:
        return
    sentence, block_span = lead
    stamp = TIMESTAMP_PREFIX.match(sentence)  # a capture's " date 2020-02 " before the lead
    opening = stamp.end() if stamp is not None else 0
    verb = ANNOUNCING_VERB.search(sentence, opening, opening + _MAX_SUBJECT)
    if verb is None:
        # a wire release's first sentence opens with its company whatever the verb ("TELUS
        # continue le déploiement…", "X (NYSE : X), une entreprise …, a publié aujourd'hui …")
        name = _leading_name(sentence[opening:]) if _through_a_wire(draft) else None
        if name is not None:
            at = draft.document.text.find(name, *block_span)
            draft.issuers.append(Issuer(name, None, (at, at + len(name)) if at >= 0 else None))
        return
    subject = sentence[opening : verb.start()]
    # (the wire, read from the whole text, is asked last: most releases stop before it)
    if MARKET_IDENTIFIERS.search(subject) is None and not _through_a_wire(draft):
        return
    name = _office_holder(subject) or _organisation(subject)
    if name is None:
        return
    names = [name]
    if verb.group().rstrip().endswith("nt"):  # "X et Y annoncent": two announcers
        parts = _JOINT.split(name)
        if len(parts) == 2 and all(part[:1].isupper() for part in parts):
            names = parts
    for named in names:
        at = draft.document.text.find(named, *block_span)
        draft.issuers.append(Issuer(named, None, (at, at + len(named)) if at >= 0 else None))


# Two announcers of one release: "Ardent Industries et Quorvane annoncent …".
_JOINT = re.compile(r"(?<!\s)\s+et\s+")  # ("Procter & Gamble" is one name)


# How far into the text a wire's name or tag is looked for (the end mark anywhere).
_WIRE_SCAN = 3000


def _through_a_wire(draft: Draft) -> bool:
    if "wire-format" in draft.evidence:
        return True
    text = draft.document.text
    if WIRE_END_MARK.search(text) is not None:
        return True
    head = text[:_WIRE_SCAN]
    lowered = head.lower()
    for name in _WIRE_WORDS:  # (a loop: any() over a generator costs more)
        if name in lowered:
            break
    else:
        return False  # no service's name at all: the pattern need not run
    return WIRE_SIGN.search(head) is not None


# The services' names, lower case, with and without accents: a cheap test before the
# pattern (a name's first word alone, "communiqué", would be in every release).
_WIRE_WORDS = frozenset(
    spelling for name in WIRE_SERVICES for spelling in (name, fold(name).replace(".", ""))
)


def _lead_sentence(draft: Draft) -> tuple[str, tuple[int, int]] | None:
    """The first paragraph's text after its dateline, and the paragraph's span: the
    paragraph the dateline opens when one does (a portal's subtitle, a chapô or a share line
    may come before it), else the first long paragraph of the body."""
    first: tuple[str, tuple[int, int]] | None = None
    dated = False
    dated_block = _dateline_block(draft)
    start = draft.body_start
    if dated_block is not None and dated_block > start:
        start = dated_block
    for index in range(start, min(len(draft.blocks), start + _LEAD_BLOCKS)):
        block = draft.blocks[index]
        if block.kind is not BlockKind.PARAGRAPH and index != dated_block:
            continue  # (a wire's dateline may run on from its last highlight's item)
        if DISTRIBUTION_LEGEND.match(block.text):
            continue  # "CE COMMUNIQUÉ NE DOIT PAS ÊTRE DIFFUSÉ … AUX ÉTATS-UNIS", under it
        opened = _after_its_dateline(draft, block)
        if opened is None and len(block.text) < _LEAD_LENGTH:
            continue
        if opened is not None:
            if len(opened.strip()) >= _LEAD_LENGTH:
                return opened, block.span
            dated = True  # the dateline's own paragraph ("PARIS--(…)--Regulatory News:")
        elif dated:
            return block.text, block.span  # the lead, under its dateline's paragraph
        elif first is None:
            first = (block.text, block.span)
    return first


def _dateline_block(draft: Draft) -> int | None:
    """The index of the block the dateline stands in: a wire's highlights, listed above it,
    may hold more blocks than the lead is looked for in."""
    dateline = draft.dateline
    if dateline is None or dateline.span is None:
        return None
    at = dateline.span[0]
    for index, block in enumerate(draft.blocks):
        if block.span[0] <= at < block.span[1]:
            return index
    return None


# What may stand between a wire's dateline and its day: nothing, or its dashes.
_DATE_NEXT = re.compile(r"[-–—\s]{0,4}")


def _after_its_dateline(draft: Draft, block: Block) -> str | None:
    """The text of ``block`` after the dateline that opens it, if one does."""
    dateline = draft.dateline
    if dateline is None or dateline.span is None or not dateline.text:
        return None
    start, end = block.span
    if not start <= dateline.span[0] < end:
        return None
    text = block.text
    at = text.find(dateline.text)
    if at < 0:
        return text
    end_of_dateline = at + len(dateline.text)
    dashes = _DATE_NEXT.match(text, end_of_dateline)
    day = DATE.match(text, dashes.end()) if dashes is not None else None
    if day is not None:
        # "LYON--(ACTUWIRE)--12 février 2026--Norvalis …": the wire's day right after it
        end_of_dateline = day.end()
    after = _AFTER_DATELINE.match(text, end_of_dateline)
    return text[after.end() :] if after is not None else text


def _office_holder(subject: str) -> str | None:
    """``Le premier ministre, François Legault,`` -> ``François Legault``."""
    opening = _OFFICE_OPENING.match(subject)
    if opening is None or OFFICE.match(subject, opening.end()) is None:
        return None
    for segment in _PARENTHESES.sub(" ", subject).split(",")[1:]:
        honorific = HONORIFIC.match(segment)
        name = segment[honorific.end() if honorific else 0 :].strip()
        if is_person_name(name):
            return name
    return None


def _organisation(subject: str) -> str | None:
    """The last comma-separated part of the subject that is shaped like a name."""
    segments = _PARENTHESES.sub(" ", subject).split(",")
    for index in range(len(segments) - 1, -1, -1):
        name = segments[index].strip()
        article = SUBJECT_ARTICLE.match(name)
        if article is not None:
            # "Le Groupe Tessier" is a name; "Le groupe de développement…" a common noun,
            # unless it is an institution named after it ("le ministère de la Culture"); after
            # a name, a common noun is its apposition ("X, le fournisseur de …, annonce")
            name = name[article.end() :]
            if not name[:1].isupper() and not _INSTITUTION.match(name):
                if index > 0 and segments[0].strip()[:1].isupper():
                    continue
                return None
        words = name.split()
        if not words or len(words) > _MAX_SUBJECT_WORDS or _opens_a_sentence(words[0]):
            continue
        if _no_name_word(words[0]) or OFFICE.match(name):
            continue
        if name[:1].isupper() or (ISSUER_WORDS.match(name) and any(w[:1].isupper() for w in words)):
            return name
        if name[:1].islower():
            continue  # an apposition ("leader européen de …"): the name is before it
        return None
    return None


def _leading_name(sentence: str) -> str | None:
    """The capitalised name a sentence opens with, up to a bracket, a comma or a word in lower
    case (its verb): "TELUS continue …" -> TELUS, "Le Groupe Keyrus a réalisé …" -> Groupe
    Keyrus, "Transat A.T. inc., référence …" -> Transat A.T. inc. One word in mixed case
    before its verb is a noun opening the sentence ("Mise à disposition du prospectus")."""
    match = _LEADING_NAME.match(sentence)
    if match is None:
        return None
    name = match["name"]
    words = name.split()
    if len(words) == 1 and not name.isupper() and sentence[match.end() :].lstrip()[:1] not in "(,":
        return None  # "Mise à disposition …", "Chiffre d'affaires …": a noun opening a sentence
    if _opens_a_sentence(words[0]):
        return None  # "Désormais, les clients …", "Lundi, le premier ministre …"
    if (
        len(words) > _MAX_SUBJECT_WORDS
        or _no_name_word(words[0])
        or name.lower() in _ARTICLES  # "Le gouvernement …": a common noun
        or OFFICE.match(name)
    ):
        return None
    return name


def _no_name_word(word: str) -> bool:
    """A word no name opens with ("Ses", "Depuis", "Chaque"); in capitals, a short one is an
    acronym ("SES S.A.", "CES Group")."""
    return word.lower() in _NOT_A_NAME and not (word.isupper() and len(word) <= _ACRONYM_LETTERS)


# A word in capitals this short is an acronym, not a determiner set in capitals.
_ACRONYM_LETTERS = 4


def _opens_a_sentence(word: str) -> bool:
    """A connective, an adverb of time or a weekday: "Désormais", "Lundi"."""
    return folded(word) in SENTENCE_OPENERS


# A name's words: capitalised (or digits), with the particles and company forms between them;
# it ends before a bracket, a comma or a word in lower case that is none of those.
_NAME_JOINTS = r"(?:de|du|des|et|inc\.?|lt[ée]e)"
_ARTICLES = frozenset(["le", "la", "les"])
_LEADING_NAME = re.compile(
    r"[ \t]*(?:(?:Le|La|Les)[ \t]+|L['’][ \t]*)?"
    r"(?P<name>[A-ZÀ-Ý0-9][\w&.'’-]{0,40}"
    rf"(?:[ \t]+(?:[A-ZÀ-Ý0-9][\w&.'’-]{{0,40}}"
    rf"|{_NAME_JOINTS}(?=[ \t]+[A-ZÀ-Ý0-9]|[ \t]*[(,]))){{0,7}})"
    r"(?=[ \t]*[(,]|[ \t]+[a-zà-ÿ])"
)


#: The rules that find issuers outside the header, by name, in order.
ISSUER_RULES: Rules[IssuerRule] = Rules(
    (
        ("about", issuers_from_about),
        ("type-label", issuer_from_type_label),
        ("signatories", issuers_from_signatories),
        ("publisher-block", issuers_from_publisher_block),
        ("company-header", issuer_from_company_header),
        ("logo-text", issuer_from_logo_text),
        ("state-banner", issuer_from_state_banner),
        ("provided-by", issuer_from_provided_by),
        ("portal-strip", issuer_from_portal_strip),
        ("publisher-stamp", issuer_from_publisher_stamp),
        ("announcer", issuer_from_announcer),
        ("signature", issuers_from_signature),
        ("communicated-by", issuer_from_communicated_by),
        ("signing-organisation", issuer_from_signing_organisation),
        ("metadata", issuer_from_metadata),
    )
)
