"""Page furniture in the header zone: what a site, a portal or a template puts around the
release and what is never one of its fields.

The tests, each on a header line or a run of blocks: portal chrome (``Accueil > Actualités``,
``Partager``, ``Imprimer cette page``, links set side by side), a template's directives,
an image's stand-in (``LOGO``, ``[cid:image001.png]``), a site's menu (kept as one line with
its items set apart by runs of spaces, or captured one item a block), a breadcrumb, and the
name of the site's press section (``Espace presse``). The header step sets these lines
aside before it weighs the others.
"""

from __future__ import annotations

import re

from ..blocks import Block, BlockKind
from ..french.announcer import COMMUNICATED_BY, PROVIDED_BY
from ..french.dates import DATE, UPDATE_LABEL
from ..french.vocabulary import (
    COOKIE_HEADING,
    DOC_TYPE,
    FURNITURE,
    ISSUER_WORDS,
    LANGUAGE_SWITCH,
    OFFICE,
    PRESS_ROOM_SECTION,
    SERVICE_LINE,
    SITE_TITLE,
    WORD_STRIP,
    is_section_label,
)
from ..models import Span
from .text import is_caps, may_hold, word_count

__all__ = [
    "BREADCRUMB",
    "BREADCRUMB_WORDS",
    "SECTION_TITLE",
    "TEMPLATE_LINE",
    "furniture",
    "menu_blocks",
    "menu_line",
    "source_line",
]


def furniture(text: str) -> bool:
    """Portal chrome: a short line of links ("Accueil > Actualités", "Partager", "Imprimer
    cette page"), not a title that uses one of their words ("300 points d'accueil"); a
    template's directives (``{% block content %}``)."""
    if TEMPLATE_LINE.fullmatch(text) is not None or _IMAGE_PLACEHOLDER.fullmatch(text):
        return True  # a template's directive; an image's stand-in ("LOGO", "[cid:image001.png]")
    if LANGUAGE_SWITCH.fullmatch(text) or WORD_STRIP.fullmatch(text):
        return True
    if may_hold(text, _SITE_TITLE_WORDS) and SITE_TITLE.fullmatch(text):
        return True
    if COMMUNICATED_BY.match(text) or PROVIDED_BY.fullmatch(text):
        return True  # "Communiqué par : ministère…", "Nouvelles fournies par": who sent it
    update = UPDATE_LABEL.match(text)
    if update is not None and DATE.match(text, update.end()) is not None:
        return True  # "Mis à jour le 5 mai 2023 à 8 h 00": when the page was edited
    if len(text) <= _BANNER_LINE and COOKIE_HEADING.fullmatch(text):
        return True  # "Gestion des cookies", "À propos des cookies sur …": a consent banner's
    if ":" in text and _FILED_UNDER.fullmatch(text):
        return True  # "- Catégorie : Communiqués de presse": where the site files the page
    if ("[" in text and _LINKS_IN_BRACKETS.fullmatch(text)) or _glued_menu(text):
        return True  # "[Accueil] [Presse]", "AccueilLa Région…"
    if ("artag" in text or "ARTAG" in text or "hare" in text) and _SHARE_BAR.fullmatch(text):
        return True  # "Partager : Facebook Twitter Viadeo | RSS"
    if _ACTION_ON_TITLE.fullmatch(text) is not None:
        return True  # 'Partager "Commission permanente"', 'Download "30 juillet 2013 Communiqué"'
    parts = [part.strip() for part in _CHROME_JOINT.split(text)]
    if len(parts) > 1 and len(text) <= _CHROME_LINE and all(map(_chrome_item, parts)):
        return True  # "Aller au contenu | Aller à la navigation": links to skip, side by side
    if len(parts) >= _MENU_LINKS and len(text) <= _CHROME_LINE and _menu_of_links(parts):
        return True  # "Accueil | Le pôle | Projets | Adhérents | Agenda | Presse | Contact"
    if len(text) > 80:
        return False
    chrome = FURNITURE.search(text) if may_hold(text, _FURNITURE_WORDS) else None
    if chrome is None or ": " in text:  # a title's colon: "Accueil extrascolaire : …"
        return False
    words = word_count(text)
    if words <= _CHROME_WORDS or (chrome.start() <= 2 and words <= 2 * _CHROME_WORDS):
        return True
    # a row of widgets' labels, each several words long ("Suivre ce blog Administration +
    # Créer mon blog"): few words besides theirs
    # (a breadcrumb's match is the whole line: no label)
    labels = [m.group() for m in FURNITURE.finditer(text) if len(m.group()) < len(text.strip())]
    return (
        chrome.start() <= 2
        and len(labels) >= 2
        and words - sum(map(word_count, labels)) <= _CHROME_WORDS
    )


# What every match of `SITE_TITLE` holds in lower case: "officiel", the State's "services" or
# a domain's dot.
_SITE_TITLE_WORDS = ("officiel", "services", ".")
# What every match of `FURNITURE` holds in lower case, a word of each chrome link or a
# breadcrumb's separator: a line holding none of them is not searched (the pattern is tried
# at every position).
_FURNITURE_WORDS = (
    *("partager", "imprimer", "charger", "envoyer", "retour", "acc", "menu", "rechercher"),
    *("facebook", "twitter", "linkedin", "jour", "publi", "vous", "ariane", "suivez-nous"),
    *("aller", "passer", "sauter", "skip", "abonner", "newsletter", "lire", "plan", "cookie"),
    *("fermer", "taille", "blog", "version", "actions", "table", "outils", "logo"),
    *(">", "›", "»", "/"),
)

# A button acting on the page, its title quoted after it: 'Partager "Commission permanente…"',
# 'Download "30 juillet 2013 Communiqué"', 'Télécharger « Dossier de presse »'.
_ACTION_ON_TITLE = re.compile(
    r"[ \t]*(?:partager|t[ée]l[ée]charger|download|imprimer|share|print)[ \t]*+:?[ \t]*"
    r"[\"«“][^\n]{1,200}[\"»”][ \t]*",
    re.I,
)
# Where a site files the page, a field of its stamp: "Catégorie : Communiqués de presse",
# "- Rubrique : Économie", "Tags : emploi, formation", "Mots-clés : …".
_FILED_UNDER = re.compile(
    r"[ \t\-–—•|·]*(?:cat[ée]gories?|rubriques?|tags?|mots[- ]cl[ée]s|[ée]tiquettes?)[ \t]*:"
    r"[ \t]*[^\n]{1,120}",
    re.I,
)
# Links each in its brackets, as a text browser or an old site shows them: "[Accueil]
# [L'association] [Presse]", "[Retour au sommaire des communiqués] [Page d'accueil]".
_LINKS_IN_BRACKETS = re.compile(
    r"[ \t]*\[[^\[\]\n]{1,60}\](?:[ \t]{0,4}\[[^\[\]\n]{1,60}\]){1,20}[ \t]*"
)
# A share bar: its label, then the networks it sends the page to ("Partager : Facebook
# Twitter Viadeo | RSS", "Partagez cet article : LinkedIn · X").
_SHARE_BAR = re.compile(
    r"[ \t]*(?:partager|partagez|share)"
    r"(?:[ \t]+(?:sur|cet[ \t]+article|cette[ \t]+page|la[ \t]+page))?"
    r"[ \t]*:?(?:[ \t|·•,/]{1,4}(?:facebook|twitter|linkedin|viadeo|x|rss|e-?mail|courriel|mail"
    r"|whatsapp|bluesky|mastodon|google\+?|pinterest|imprimer)){1,12}[ \t]*",
    re.I,
)


# A consent banner's heading or button holds this many characters at most.
_BANNER_LINE = 140


def _glued_menu(text: str) -> bool:
    """A menu whose items a capture glued together, each capital opening an item inside a
    word ("AccueilSociétéProduitsInvestisseursPresse", "AccueilLa RégionVos élusLes aides"):
    three such joints or more, at least half as many as the spaces, and one of the site's own
    links among them ("Accueil", "Contact", "Presse"). A title naming brands has more spaces
    between its words and no such link ("BlaBlaCar et TotalEnergies s'associent", "LeBonCoin rachète
    MeilleursAgents")."""
    if len(text) > _CHROME_LINE * 2 or text.count(" ") * 2 > len(text) // 3:
        return False  # (a line of words: a glued menu is mostly letters)
    joints = len(_GLUED_ITEM.findall(text))
    lowered = text.lower()
    return (
        joints >= _GLUED_ITEMS
        and joints * 2 >= text.count(" ")
        and any(link in lowered for link in _GLUED_SITE_LINKS)
    )


# A lower-case letter then a capital: where two glued menu items meet.
_GLUED_ITEM = re.compile(r"[a-zß-öø-ÿ][A-ZÀ-ÖØ-Þ]")
_GLUED_ITEMS = 3
# The site's own links a menu holds, one of which a glued menu shows.
_GLUED_SITE_LINKS = ("accueil", "contact", "presse", "actualit", "home")


# Links set side by side: " | ", " · ", " • ", or a breadcrumb's " > ", " › ".
_CHROME_JOINT = re.compile(r"\s[|·•>›]\s")
_CHROME_LINE = 200


def _menu_of_links(parts: list[str]) -> bool:
    """A site's menu set on one line: four items or more of a few words each, no figure, one
    of them a link of the site's chrome ("Accueil", "Contact", "Presse")."""
    return (
        len(parts) >= _MENU_LINKS
        and all(part and word_count(part) <= _CHROME_WORDS for part in parts)
        and not any(char.isdigit() for part in parts for char in part)
        and any(map(_chrome_item, parts))
    )


_MENU_LINKS = 4


def _chrome_item(part: str) -> bool:
    """One link of a row of chrome: a few words, one of them a chrome word, or a press room's
    section ("Communiqués", "Médiathèque", "Contacts")."""
    if not part or word_count(part) > 2 * _CHROME_WORDS:
        return False
    return (
        (may_hold(part, _FURNITURE_WORDS) and FURNITURE.search(part) is not None)
        or PRESS_ROOM_SECTION.fullmatch(part) is not None
        or _SHARE_TARGET.fullmatch(part) is not None
    )


# Where a share bar sends the page, one link each ("Partager : LinkedIn | X | E-mail").
_SHARE_TARGET = re.compile(
    r"x|e-?mail|courriel|mail|whatsapp|bluesky|mastodon|threads|instagram|youtube|pinterest"
    r"|reddit|telegram|messenger|copier\s+le\s+lien|lien",
    re.I,
)


# A line of portal chrome holds a few words; a title using one of them holds more.
_CHROME_WORDS = 3


# A page template's source: directives only ("{% extends "base.html" %}", "{{ page.title }}",
# "<%= t(:title) %>"), never text of the release; and a page builder's shortcodes a capture
# keeps ("[vc_row][vc_column_text]", "[et_pb_text admin_label="Texte"]", "[/et_pb_section]").
_TEMPLATE_DIRECTIVE = (
    r"(?:\{%[^%\n]{0,300}%\}|\{\{[^}\n]{0,300}\}\}|<%=?[^%\n]{0,300}%>"
    r"|\[/?(?-i:[a-z]{1,20}_[a-z0-9_]{1,40}|[a-z]{1,20}(?=\s[\w-]{1,40}=))(?:\s[^\[\]\n]{0,300})?\])"
)
TEMPLATE_LINE = re.compile(rf"\s*{_TEMPLATE_DIRECTIVE}(?:\s*{_TEMPLATE_DIRECTIVE}){{0,20}}\s*")


# What a PDF or an e-mail leaves of an image: "LOGO", "[cid:image001.png@01DB…]", "[image]".
_IMAGE_PLACEHOLDER = re.compile(
    r"\s*(?:logo|image|photo|\[cid:[^\]\n]{1,200}\]|\[(?:image|photo)[^\]\n]{0,100}\]"
    # a logo's alt text in capitals, as a conversion writes it: "LOGO SDIS 13"
    r"|(?-i:LOGO)(?:\s+[\w'’&.-]{1,20}){1,3})\s*",
    re.I,
)


def menu_line(text: str) -> bool:
    """A site's menu kept as one line, its items set apart by runs of spaces or tabs
    ("Accueil  Le Groupe  Nos solutions  Carrières  Contact"): three gaps or more, and short
    items."""
    if len(text) > 300 or ("  " not in text and "\t" not in text):
        return False  # (no gap to split at: one item, one cell)
    items = [item for item in _MENU_GAP.split(text.strip()) if item]
    if items and len(items) >= _MENU_ITEMS and max(len(item) for item in items) <= _MENU_ITEM:
        return True
    # Widgets set wide apart, one of them a link of the site's chrome: a listing's filters
    # ("Rechercher dans les communiqués   Département : tous   Année : 2023").
    cells = [cell for cell in _WIDE_GAP.split(text.strip()) if cell]
    return len(cells) > 1 and any(FURNITURE.match(cell) for cell in cells)


# Menu items are set apart by two spaces or more (or a tab); an item is a few words.
_MENU_GAP = re.compile(r" {2,}|\t+")
_MENU_ITEMS = 4
_WIDE_GAP = re.compile(r" {3,}|\t+")
_MENU_ITEM = 30


def menu_blocks(blocks: tuple[Block, ...], end: int) -> set[int]:
    """The blocks of a site's menu captured one item a line ("Nouvelles", "Produits",
    "Contact", "Connexion", "Toutes les nouvelles"…): runs of `_MENU_RUN` one-line blocks or
    more, each a short label in lower or title case (a letterhead's lines are capitals, a
    title is longer, a line of text ends with punctuation)."""
    found: set[int] = set()
    run: list[int] = []
    items = 0  # the labels of the run (a block may hold several, one a line)
    for index in range(end + 1):
        block = blocks[index] if index < end else None
        if block is not None and _menu_item(block):
            run.append(index)
            items += len(block.lines)
            continue
        # (a letterhead typed a line a paragraph names its organisation and services)
        named = sum(_names_a_body(blocks[i]) for i in run)
        if items >= _MENU_RUN and len(run) > 1 and named * 2 < len(run):
            # the body a run's last items name opens the letterhead under the menu (a share
            # bar, then "Préfecture de la Côte-d'Or" / its service / "COMMUNIQUÉ DE PRESSE")
            while _letterhead_goes_on(block) and run and _names_a_body(blocks[run[-1]]):
                run.pop()
            found.update(run)
        run = []
        items = 0
    return found


def _menu_item(block: Block) -> bool:
    """A block of menu labels: one, or a few a line each (a menu captured as text keeps some
    of its items together: "Accueil" / "La CCI")."""
    if not block.lines or block.kind not in (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM):
        return False
    if len(block.lines) > _MENU_BLOCK_LINES:
        return False
    return all(_menu_label(line.text.strip()) for line in block.lines)


# A block of a menu's labels holds this many lines at most.
_MENU_BLOCK_LINES = 12


def _menu_label(text: str) -> bool:
    if DOC_TYPE.fullmatch(text) and not is_section_label(text):
        return False  # "Communiqué de presse" alone under a menu: the release's own label
    return (
        0 < len(text) <= _MENU_ITEM
        and word_count(text) <= _MENU_ITEM_WORDS
        and not is_caps(text)
        and text[-1:].isalnum()
        and not any(map(str.isdigit, text))
    )


def _letterhead_goes_on(block: Block | None) -> bool:
    """Whether ``block``, after a menu's run, goes on with a letterhead: a service's line
    (``Direction départementale …``, ``Cabinet``) or the release's type."""
    if block is None or not block.lines:
        return False  # (a run the header's end cuts leads to nothing)
    text = block.lines[0].text.strip()
    return bool(SERVICE_LINE.match(text) or DOC_TYPE.fullmatch(text))


def _names_a_body(block: Block) -> bool:
    text = block.lines[0].text.strip()
    return bool(ISSUER_WORDS.search(text) or OFFICE.match(text) or SERVICE_LINE.match(text))


# A menu captured one item a line has this many items at least; each is a few words.
_MENU_RUN = 5
_MENU_ITEM_WORDS = 4


# A breadcrumb: "Vous êtes ici : Accueil > Médias", "Accueil › Presse › Communiqués",
# "Accueil / Actualités / Presse / <the title>".
BREADCRUMB = re.compile(
    r"vous\s+[êe]tes\s+ici|fil\s+d['’]ariane"
    # (no step opens a quotation: "Vigilance « pluie » et « crues » : …" is a title)
    r"|^[^>›»«/\n]{1,60}(?:\s[>›»]\s[^>›»«/\n]{1,120}){2,8}$"
    # two steps, with an arrow (not "»", which closes a quotation), a few words each and no
    # figure or colon: "Investisseurs > Agenda financier" ("Nantes > Paris en 1 h 50 dès le 6
    # juillet", "Rennes > Paris : le TGV …" are titles)
    r"|^\s*(?:[^\s>›»/:\d]+\s){0,3}[^\s>›»/:\d]+\s[>›]\s(?:[^\s>›»/:\d]+\s){0,3}"
    r"[^\s>›»/:\d]+\s*$"
    # two steps apart by a slash, a word or two each, capitalised: "Actus / Club"
    r"|^\s*(?-i:[A-ZÀ-Ý])[^\s>›»/:\d]*(?:\s[^\s>›»/:\d]+)?\s/\s(?-i:[A-ZÀ-Ý])[^\s>›»/:\d]*"
    r"(?:\s[^\s>›»/:\d]+)?\s*$"
    # with slashes, only from the home page: "Accueil / Actualités / Presse / <titre>"
    # ("Rennes / Nantes / Brest : le TER renforcé" is a title)
    r"|^\s*(?:accueil|home|page\s+d['’]accueil)(?:\s/\s[^/\n]{1,120}){2,8}$",
    re.I,
)
#: What every match of `BREADCRUMB` holds in lower case ("vous êtes ici", "fil d'ariane", an
#: arrow or a slash between steps): a line holding none is not searched.
BREADCRUMB_WORDS = ("vou", "ane", ">", "›", "»", "/")


# A page title naming the press room's section, not the release: "Communiqués de presse
# 2024", "Actualités", "Salle de presse", "Espace médias", "Presse et réseaux sociaux".
SECTION_TITLE = re.compile(
    r"(?:communiqu[ée]s(?:\s+de\s+presse)?|actualit[ée]s|salle\s+de\s+presse|espace\s+"
    r"(?:presse|m[ée]dias?)|presse(?:\s+(?:et|&)\s+(?:m[ée]dias|r[ée]seaux\s+sociaux))?"
    r"|m[ée]dias(?:\s+(?:et|&)\s+presse)?|news(?:room)?|press(?:\s+releases|\s+room)?)"
    r"(?:\s+(?:19|20)\d\d)?",
    re.I,
)


def source_line(text: str, span: Span) -> str:
    """The whole line of the source that holds ``span``, as written (an adapter may have cut
    it into cells and collapsed its spaces)."""
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    return text[start : end if end >= 0 else len(text)]
