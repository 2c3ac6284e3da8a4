"""HTML press-room pages and HTML e-mails, read with lxml.

Rules:

* Parsing is safe: lxml's HTML parser with no network access, comments and processing
  instructions removed, no huge-tree mode (libxml2 bounds the nesting). The HTML parser never
  loads a DTD nor expands external entities.
* Deep nesting is read, not refused: libxml2 stops building the tree at 256 levels (an old page
  with hundreds of unclosed ``<font>`` tags gets there), so a page it cuts short is parsed again
  with the tags nested deeper than `MAX_DEPTH` left out
  ([`flatten`][communique.adapters.html.flatten]): every character of its text is kept, and a
  ``flattened-nesting`` diagnostic says so. The tree is walked without recursion.
* The release is looked for in the page's content container: a single ``<article>``, else
  ``<main>`` (or ``role="main"``), else the longest of several articles, else the longest
  element whose id or class says content (``content``, ``contenu``, ``article``, ``post``…),
  else ``<body>``. Navigation, asides, forms (but those holding two headings or more: a
  listing a CMS wraps in its form), scripts and styles, hidden elements, and
  elements whose id or class name a menu, cookie banner, share widget, "related articles",
  breadcrumbs or comments are dropped; so are page-level ``<header>``/``<footer>`` when no
  container was found. A ``<h1>`` outside the container is kept when the container has none,
  and so is a press-contact box set beside it (a sidebar section opening with a contact
  heading, or a paragraph opening with one in bold that names the press, and giving an e-mail
  or a phone; not the site's footer), read after the release.
  A container found only by its class name must hold 30 % of the page's text; when it holds
  no ``<h1>`` and its parent does, with 1,500 characters more at most (the release's title,
  type, dateline and chapô beside its body's block), the parent is the container.
* ``h1``–``h6`` are HEADING blocks (level n); ``p``, ``div`` text, ``li`` (level = list
  depth), ``blockquote``, ``pre`` lines and ``dt``/``dd`` are blocks; a table row whose cells
  hold only inline content is one TABLE_ROW (cells joined with ``" | "``), other tables are
  layout and read as containers; empty cells before or after a row's text write no
  separator. ``<br>`` breaks lines, and two in a row end a paragraph (outside table rows and
  list items: older pages write their paragraphs between ``<br><br>``); a line wholly in
  ``b``/``strong`` or ``i``/``em`` carries that emphasis, and so does a line whose class
  the page's style sheet sets in bold or italics (``.P3 { font-weight:bold }``: word
  processors' and converters' exports style by class).
* Links: ``mailto:``, ``tel:`` and web targets, and relative targets naming a file
  (``cp.pdf``, not ``page.html``), go to `Block.links`, the span of their text to
  `Block.link_spans`; a bare e-mail address used as a target is a ``mailto:``
  link; a ``mailto:``/``tel:`` link whose text does not show the address is rendered
  ``text (address)`` so the contact steps see it.
* Word's Title and Subtitle styles (``<p class=MsoTitle>``, ``MsoSubtitle``) are headings.
* Metadata: JSON-LD ``NewsArticle``/``PressRelease``/``Article`` (headline, datePublished,
  description, author or publisher), OpenGraph and ``article:published_time``, Dublin Core,
  ``<meta name="author">`` (else the authority a State site's brand block names,
  ``<p class="fr-logo">Préfet<br>du Cher</p>``, else the name the page's first logo gives
  in its alternative text), ``<time datetime>`` and ``<title>`` (a site-name
  suffix is dropped; a heading that the ``<title>`` opens or closes after the site's name or
  the page's path, ``Site / Presse / Titre``, is the title).
  A meta description is used as the lede only when a paragraph of the text starts with it.
* WML sources (``.wml``, Debian's news): ``<define-tag pagetitle>`` is the title,
  ``<define-tag release_date>`` the date, and the preprocessor's lines (``#use wml::…``,
  ``# Status: …``) are blanked, never read as text.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Mapping
from typing import Any, ClassVar, cast

from lxml import etree

from .. import diagnostics
from ..blocks import REGISTRATION_FORM, BlockKind, Document, Emphasis, Metadata, collapse
from ..extract.metadata_title import shortened_copy
from ..extract.text import folded, is_state_frame, name_by_emblem, strip_decoration
from ..french.announcer import LOGO_TEXT
from ..french.dates import metadata_date
from ..french.vocabulary import (
    CONTACT_HEADING,
    EMAIL,
    ISSUER_WORDS,
    PRESS_ROOM_SECTION,
    email_in,
)
from ..models import Diagnostic
from ..source import INVISIBLE, Source
from . import BaseAdapter
from ._render import Builder, Record, RecordLine, runs_emphasis

__all__ = ["MAX_DEPTH", "HtmlAdapter", "flatten", "render_fragment", "render_html"]

#: How deep the elements of a page that libxml2 cut short are kept nested (real pages stay
#: under ~60; libxml2 stops at 256 levels): the tags below are left out, their text kept.
MAX_DEPTH = 200

_ParsedElement = Any  # lxml elements (lxml-stubs types them loosely)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Tags whose subtree is never release text.
_DROP_TAGS = _words(
    "script style noscript template nav aside form button select input textarea label legend "
    "iframe svg canvas object embed head title meta link video audio map dialog menu "
    "define-tag"  # a WML source's variable (its value is metadata, read by _wml_tags)
)
# Tags that end the current block and start a new one.
# What stands between the cells of a row read as one line (style -1: no emphasis of its own).
_CELL_SEPARATOR = (" | ", -1)
_BLOCK_TAGS = _words(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre address figcaption caption "
    "section article header footer main table thead tbody tfoot tr td th hr center body html "
    "figure details summary fieldset legend"
)
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# Word's "Save as Web Page" writes its Title and Subtitle styles as paragraphs of their class
# (``<p class=MsoTitle>``): the document's title and its subtitle, read as headings.
_WORD_STYLE_HEADINGS = {"MsoTitle": "h1", "MsoSubtitle": "h2"}
_STRONG_TAGS = frozenset(("b", "strong"))
_EM_TAGS = frozenset(("i", "em", "cite"))
# The tags the walk's start() and end() act on (every other tag is only walked through).
_WALKED_TAGS = (
    _BLOCK_TAGS
    | _HEADINGS.keys()
    | _STRONG_TAGS
    | _EM_TAGS
    | _words("li blockquote ul ol pre article tr td th br a")
)
# What the walk does at a walked tag's start and end (`_Walker.walk`): flush the block being
# read (a block tag that start() and end() treat in no other way), count a run in bold or in
# italics, or call start() and end() (every other walked tag); 0 for the tags only walked
# through.
_PLAIN_BLOCK, _STRONG, _EM, _OTHER = 1, 2, 3, 4
_ACTIONS: dict[str, int] = {
    **dict.fromkeys(_WALKED_TAGS, _OTHER),
    **{
        tag: _PLAIN_BLOCK
        for tag in _BLOCK_TAGS - _HEADINGS.keys()
        if tag not in _words("li blockquote ul ol pre article tr td th")
    },
    **dict.fromkeys(_STRONG_TAGS, _STRONG),
    **dict.fromkeys(_EM_TAGS, _EM),
}
# Inside a table cell, these make the table a layout table.
_LAYOUT_XPATH = etree.XPath(
    "boolean(.//p|.//div|.//table|.//ul|.//ol|.//br|.//h1|.//h2|.//h3|.//h4|.//h5|.//h6)"
)
# The XPath expressions the adapter evaluates, compiled once (``element.xpath(expression)``
# compiles its expression at each call, which costs more than evaluating it).
_STRING_VALUE = etree.XPath("string()", smart_strings=False)
_HOLDS_H1 = etree.XPath("boolean(.//h1)")
# (two headings at least: a listing's items, or a page; a sign-up box has its one title)
_HOLDS_HEADINGS = etree.XPath("count(.//h1|.//h2|.//h3|.//h4) >= 2")
_MAIL_OR_PHONE_LINK = etree.XPath(
    "boolean(.//a[starts-with(@href,'mailto:') or starts-with(@href,'tel:')])"
)
_BODIES = etree.XPath("//body")
# The elements whose role is "main": ``//*[@role='main']``, read from the page's role
# attributes (few) rather than from every element, four times faster; an element has one
# role attribute, so each comes once, in document order (a test holds both to one answer).
_MAIN_ROLES = etree.XPath("//@role[. = 'main']/parent::*")
_TITLES = etree.XPath("//title")
# The State's brand block (the DSFR "bloc-marque" of every ministry's and préfecture's site):
# ``<p class="fr-logo">Préfet<br>du Cher</p>``, in the page's header and again in its footer.
# (``contains(@class, 'fr-logo')`` first: a cheap test that every match passes, since the
# class word ``fr-logo`` holds no space, so the spaces normalised are tried on few elements;
# read from the page's class attributes rather than from every element, as `_MAIN_ROLES`)
_STATE_BRANDS = etree.XPath(
    "//@class[contains(., 'fr-logo')]"
    "/parent::*[contains(concat(' ', normalize-space(@class), ' '), ' fr-logo ')]"
)


def _text_of(element: _ParsedElement) -> str:
    """All the text inside ``element`` (XPath's ``string()``: its descendants' text, joined)."""
    return str(_STRING_VALUE(element))


def _all(path: etree.XPath, element: _ParsedElement) -> list[_ParsedElement]:
    """The elements a compiled path finds from ``element``."""
    return cast("list[_ParsedElement]", path(element))


# Words of an id or class (``pgSideNav``, ``share-buttons``, ``cookie_banner``) that name
# page furniture, and words that name the content container.
_NAME_WORD = re.compile(r"[A-Z]?[a-z]{1,40}|[A-Z]{1,40}(?![a-z])")
_FURNITURE_WORDS = _words(
    "nav navbar navigation menu menus breadcrumb breadcrumbs ariane cookie cookies consent gdpr "
    "rgpd tarteaucitron share sharing partage social sociaux related similar recommended "
    "sidebar side widget widgets newsletter comment comments commentaires skip skiplinks "
    "toolbar pagination subscribe popup modal login"
)
_CONTENT_WORDS = _words(
    "content contents contenu main article post entry story release communique texte text body"
)
_FURNITURE_ROLES = frozenset(("navigation", "banner", "contentinfo", "complementary", "search"))
# " | ", " - ", " – " or "::" between a page title and the site name; a separator starts
# only where a whitespace run starts, so a scan never restarts inside one.
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[|–—-]\s+|(?<!\s)\s*::\s*")
_ARTICLE_TYPES = frozenset(
    ("newsarticle", "pressrelease", "article", "reportagenewsarticle", "blogposting", "report")
)
_DATE_META = (
    "article:published_time",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "date",
    "pubdate",
    "publish-date",
    "publication_date",
    "og:published_time",
    "datepublished",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "dc.date.created",
)
# Date attributes of the root element, as some sites' sources write them
# (<html newsdate="2011-11-28">); an edit date ("lastmod", "updated") is not the release's.
_ROOT_DATE_ATTRIBUTE = re.compile(
    r"(?:news|pub(?:lication)?|release|publish(?:ed)?)?[-_]?date", re.I
)
_AUTHOR_META = ("author", "article:author", "dc.creator", "dcterms.creator", "dc.publisher")
_MAX_JSON_LD = 256 * 1024
_MIN_CONTAINER_TEXT = 200
# The share of the page's text that a container found only by its class name must hold.
_CONTAINER_SHARE = 0.3
# A release's head beside its body's block (type, dateline, title, chapô): this much text.
_RELEASE_HEAD_TEXT = 1500

_HTML_START = re.compile(r"(?:<\?xml[^>]{0,200}>\s*)?<(?:!doctype\s+html|html|head|body)\b", re.I)
_TAG = re.compile(
    r"<(?:p|div|br|h[1-6]|li|ul|table|tr|td|span|a|strong|em|b|i)\b[^<>]{0,500}>", re.I
)


# How many tags sniffing counts: 15 and more score 0.3 (15 * 0.02), the most tags give.
_TAGS_COUNTED = 15


class HtmlAdapter(BaseAdapter):
    """Web pages and HTML e-mail bodies.

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "html"
    media_types: ClassVar[tuple[str, ...]] = ("text/html", "application/xhtml+xml")
    extensions: ClassVar[tuple[str, ...]] = (".html", ".htm", ".xhtml", ".shtml", ".wml")

    def sniff(self, source: Source) -> float:
        if source.data is not None:
            return 0.0
        if "<" not in source.text[:20000]:
            return 0.0  # no tag in what is sniffed: every test below needs one
        head = source.text[:4096].lstrip()
        if _HTML_START.match(head):
            return 0.95
        sample = source.text[:20000]
        # Counted up to _TAGS_COUNTED: past it, every score below is the same.
        tags = sum(1 for _ in itertools.islice(_TAG.finditer(sample, 0, 20000), _TAGS_COUNTED))
        if head.startswith("<") and tags >= 3:
            return 0.7
        if re.search(r"<(?:html|body)\b", sample[:4096], re.I):
            return 0.6
        return min(0.3, tags * 0.02) if tags >= 5 else 0.0

    def segment(self, source: Source) -> Document:
        builder, metadata = render_html(source.text)
        return builder.document(metadata)


def render_html(text: str) -> tuple[Builder, Metadata]:
    """Render an HTML page into blocks and read its metadata (see the module docstring)."""
    builder = Builder()
    root = _parse(_without_wml_directives(text), builder.diagnostics)
    if root is None:
        return builder, Metadata()
    container, found = _container(root)
    walker = _Walker(builder, drop_page_chrome=not found, class_styles=_class_styles(root))
    if _HOLDS_H1(container) is False:
        outside = [h for h in root.iter("h1") if not _dropped_ancestor(h)]
        if outside:
            walker.walk(outside[0], tail=False)
    walker.walk(container, tail=False)
    walker.flush()
    for box in _contact_boxes(root, container):
        if _is_furniture(box):  # the <aside> itself: read what it holds
            walker.run(box.text)
            for child in box:
                walker.walk(child, tail=True)
        else:
            walker.walk(box, tail=False)
        walker.flush()
    # (a page whose source writes none of the emblem's words has no State banner to read)
    emblem = _holds_emblem(text)
    return builder, _metadata(root, container, builder, emblem=emblem)


# A WML (Website Meta Language) source, as Debian's site keeps its news: its variables are
# `<define-tag pagetitle>…</define-tag>`, `<define-tag release_date>…</define-tag>`, and lines
# opening with "#" are the preprocessor's ("#use wml::debian::news", "#include …") or its
# comments ("# Status: [ready]"). Only a page that is one is read so (a "#" opening a line of
# any other page is its text: a hashtag).
_WML_SOURCE = re.compile(r"<define-tag\s|^#use\s+wml::", re.M)
# (spaces and tabs only after the mark: a bare "#" line is a comment too, and never takes
# the line under it)
_WML_DIRECTIVE = re.compile(r"^#(?:use|include)[ \t][^\n]*|^#(?:[ \t][^\n]*)?$", re.M)
# The page's own title first, in this order (a tuple: the choice never depends on a hash)
_WML_TITLE_TAGS = ("pagetitle", "title")


def _without_wml_directives(text: str) -> str:
    """``text`` with a WML source's preprocessor lines blanked (same length: spans hold)."""
    if _WML_SOURCE.search(text, 0, 20000) is None:
        return text
    return _WML_DIRECTIVE.sub(lambda m: " " * len(m.group()), text)


def _wml_tags(root: _ParsedElement) -> dict[str, str]:
    """A WML source's variables: ``{"pagetitle": "…", "release_date": "2013-05-04"}``."""
    tags: dict[str, str] = {}
    for element in root.iter("define-tag"):
        names = list(element.attrib)
        value = collapse(_text_of(element))
        if names and value:
            tags.setdefault(str(names[0]).lower(), value)
    return tags


# The emblem's words as a page's source writes them, entities or not ("Fraternit&eacute;",
# "R&Eacute;PUBLIQUE<br>FRAN&Ccedil;AISE"): the motto, or the Republic's name (not any
# "santé publique").
_EMBLEM_WORDS = (
    *("raternit", "RATERNIT"),
    *("publique fran", "publique Fran", "PUBLIQUE FRAN", "publique<br", "PUBLIQUE<br"),
    *("publique&nbsp;", "PUBLIQUE&nbsp;", "publique\nfran", "PUBLIQUE\nFRAN"),
)


def _holds_emblem(text: str) -> bool:
    """``any(word in text for word in _EMBLEM_WORDS)``, the page's source read four times
    when it writes none of them, not once for each word: the Republic's name in lower case
    only where "ublique" stands (each of its forms holds it), in capitals where "UBLIQUE"
    does."""
    if "raternit" in text or "RATERNIT" in text:
        return True
    if "ublique" in text and any(form in text for form in _LOWER_REPUBLIC):
        return True
    return "UBLIQUE" in text and any(form in text for form in _UPPER_REPUBLIC)


_LOWER_REPUBLIC = tuple(word for word in _EMBLEM_WORDS if "ublique" in word)
_UPPER_REPUBLIC = tuple(word for word in _EMBLEM_WORDS if "UBLIQUE" in word)

# A bold box title naming the press ("Contact presse", "Relations médias"): on an older site
# a bare bold "Contact" is the site's own box.
_PRESS_TITLE = re.compile(r"presse|m[ée]dias?|journalistes|press\b", re.I)
# A press contact set beside the release, in a sidebar: this much text at most.
_CONTACT_BOX_TEXT = 1500


def _within(element: _ParsedElement, top: _ParsedElement) -> bool:
    """Whether ``element`` is ``top`` or inside it."""
    return element is top or any(ancestor is top for ancestor in element.iterancestors())


def _contact_boxes(root: _ParsedElement, container: _ParsedElement) -> list[_ParsedElement]:
    """The press-contact boxes outside the release's container (a sidebar's "Contact presse"
    section): an element opening with a contact heading (or, on older sites, a bold title:
    ``<p><b>Contact presse</b><br>…``) and giving an e-mail or a phone.
    Press rooms set the contact beside the article; it belongs to the release."""
    boxes: list[_ParsedElement] = []
    for heading in root.iter("h2", "h3", "h4", "h5", "h6", "b", "strong"):
        box = heading.getparent()
        if box is None:
            continue
        if heading.tag in ("b", "strong") and ((box.text or "").strip() or box[0] is not heading):
            continue  # bold words within a sentence; older sites set a box's title in bold
        title = collapse(_text_of(heading))
        if not title or len(title) > 80 or CONTACT_HEADING.match(title) is None:
            continue
        if heading.tag in ("b", "strong") and _PRESS_TITLE.search(title) is None:
            continue  # a bare "Contact" in bold: the site's own box on every page
        if any(_within(box, found) for found in boxes):
            continue  # read with a box already found
        if (
            _within(box, container)
            and not _in_dropped_column(box, container)
            and not _in_aside(box, container)
        ):
            continue  # read with the release (not an <aside> of it, which the walk drops)
        if any(
            isinstance(a.tag, str) and a.tag in ("footer", "header", "nav")
            for a in box.iterancestors()
        ):
            continue  # the site's own "Nous contacter" in its footer is no press contact
        text = _text_of(box)
        if len(text) > _CONTACT_BOX_TEXT:
            continue
        means = _MAIL_OR_PHONE_LINK(box)
        if means or email_in(text):
            boxes.append(box)
        if len(boxes) >= 3:
            break
    return boxes


def _in_aside(box: _ParsedElement, container: _ParsedElement) -> bool:
    """Whether ``box`` is an ``<aside>`` of the release's container or inside one: a story's
    own contact box ("<aside class='story__contacts'><h3>Contacts presse</h3>…")."""
    for node in (box, *box.iterancestors()):
        if node is container:
            return False
        if isinstance(node.tag, str) and node.tag.lower() == "aside":
            return True
    return False


def render_fragment(text: str, found: list[Diagnostic] | None = None) -> tuple[Record, ...]:
    """Render a piece of HTML found inside another format (raw HTML in Markdown) to records.

    Everything in the piece is read: there is no page chrome to look for. Link targets are
    not added to the text (its lines must align with the piece), only to the records' links,
    with their link texts. What the reading noticed (a flattened nesting) goes to ``found``.
    """
    root = _parse(text, [] if found is None else found)
    if root is None:
        return ()
    bodies = _all(_BODIES, root)
    builder = Builder()
    walker = _Walker(builder, drop_page_chrome=False, show_targets=False)
    walker.walk(bodies[0] if bodies else root, tail=False)
    walker.flush()
    return tuple(builder.records)


def _parse(text: str, found: list[Diagnostic]) -> _ParsedElement | None:
    """The page's tree; a page libxml2 cut short for its depth is parsed again flattened."""
    if not text.strip():
        return None
    root, too_deep = _parse_tree(text)
    for depth in (MAX_DEPTH, 0):
        if not too_deep:
            break
        # Past the depth libxml2 builds, the rest of the page would be lost: left out are the
        # tags (never the text) below ``depth`` levels, then, if that is not enough, all of them.
        root, too_deep = _parse_tree(flatten(text, depth))
        note = (
            f"the HTML nests its elements deeper than the parser reads; the tags below "
            f"{depth} levels were left out and their text kept"
        )
        found.append(diagnostics.make("flattened-nesting", note))
    return root


def _parse_tree(text: str) -> tuple[_ParsedElement | None, bool]:
    """lxml's tree of ``text``, and whether libxml2 stopped at its depth limit."""
    # lxml's own HTML parser; lxml.html's subclass only adds Python element classes, whose
    # lookup costs a call for every element the walk touches.
    parser = etree.HTMLParser(  # type: ignore[call-arg]  # lxml-stubs lags behind lxml
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        encoding="utf-8",
        default_doctype=False,
    )
    try:
        root = etree.fromstring(text.encode("utf-8", errors="replace"), parser)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError):
        return None, False
    too_deep = any(
        error.type == _RESOURCE_LIMIT or "depth" in error.message.lower()
        for error in parser.error_log
    )
    return root, too_deep


# libxml2's resource-limit error; lxml names it from 6.0.1 on, and older libxml2 builds report
# the nesting limit by its message ("Excessive depth in document"), which is read too.
_RESOURCE_LIMIT: int | None = getattr(etree.ErrorTypes, "ERR_RESOURCE_LIMIT", None)

# The markup :func:`flatten` steps through: a comment or declaration (``<!--…-->``, ``<!…>``),
# a raw-text element whose content holds no tags (``<script>…</script>``, ``<textarea>``…),
# an end tag, a start tag. Every quantifier is bounded or scans forward once.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"
    r"|<![^>]{0,2000}>?"
    r"|<(?P<raw>script|style|textarea|title|xmp|iframe|noembed|noframes)\b.*?(?:</(?P=raw)\s*>|\Z)"
    r"|<(?P<slash>/?)(?P<name>[A-Za-z][A-Za-z0-9:-]{0,60})(?=[\s/>])[^<>]{0,2000}>?",
    re.I | re.S,
)
# Elements that never hold others.
_VOID_TAGS = _words(
    "area base basefont bgsound br col embed frame hr img input keygen link meta param source "
    "track wbr"
)


def flatten(text: str, depth: int) -> str:
    """``text`` without the start and end tags of the elements nested deeper than ``depth``
    (counted as written: an end tag closes the innermost open element of its name).

    Only tags are left out, so every character of text is kept; comments and raw-text
    elements (``<script>``) are stepped over whole.

    !!! info "Added in version 0.1"
    """
    parts: list[str] = []
    kept = 0
    open_names: list[str] = []
    dropped: dict[str, int] = {}
    for markup in _MARKUP.finditer(text):
        name = (markup.group("name") or "").lower()
        if not name or name in _VOID_TAGS:
            continue
        keep = True
        if markup.group("slash"):
            if dropped.get(name):
                dropped[name] -= 1
                keep = False
            elif name in open_names:
                del open_names[len(open_names) - 1 - open_names[::-1].index(name) :]
        elif len(open_names) >= depth:
            dropped[name] = dropped.get(name, 0) + 1
            keep = False
        else:
            open_names.append(name)
        if not keep:
            parts.append(text[kept : markup.start()])
            kept = markup.end()
    parts.append(text[kept:])
    return "".join(parts)


def _names(element: _ParsedElement) -> frozenset[str]:
    names = f"{element.get('id', '')} {element.get('class', '')}"[:500]
    return _name_words(names) if len(names) <= _CACHED_NAMES else _words_of(names)


def _words_of(names: str) -> frozenset[str]:
    """The lower-case words of an id and a class."""
    return frozenset(map(str.lower, _NAME_WORD.findall(names)))


# A page repeats its ids and classes from element to element: each short spelling is read once
# (the cache holds at most 1024 strings of at most _CACHED_NAMES characters).
_CACHED_NAMES = 200
_name_words = functools.lru_cache(maxsize=1024)(_words_of)


def _is_furniture(element: _ParsedElement) -> bool:
    tag = element.tag
    return not isinstance(tag, str) or _is_furniture_tag(element, tag.lower())


def _is_furniture_tag(element: _ParsedElement, tag: str) -> bool:
    """`_is_furniture` of an element whose tag, in lower case, is ``tag``."""
    if tag in _DROP_TAGS:
        # (a form is a search box, a sign-up, a comment box; one holding headings, two at
        # least, is a listing or a page a CMS wraps in its form, "adminForm", kept without
        # its controls and their labels)
        return tag != "form" or not _HOLDS_HEADINGS(element)
    # The element's attribute names, read once: each test below asks for its attribute's
    # value only when the element has it (most have a class or nothing).
    keys = element.keys()
    return bool(keys) and _furniture_attributes(element, keys)


def _furniture_attributes(element: _ParsedElement, keys: list[str]) -> bool:
    """`_is_furniture_tag` of an element whose tag is no dropped tag and whose attribute
    names, none missing, are ``keys``: hidden, a furniture role, a furniture name."""
    if "hidden" in keys or ("aria-hidden" in keys and element.get("aria-hidden") == "true"):
        return True
    if "role" in keys and (element.get("role") or "").lower() in _FURNITURE_ROLES:
        return True
    if "style" in keys:
        style = (element.get("style") or "").replace(" ", "").lower()
        if "display:none" in style or "visibility:hidden" in style:
            return True
    if "id" not in keys and "class" not in keys:
        return False  # no name to read
    names = _names(element)
    if not names.isdisjoint(_PAGE_BUILDERS):
        names = names - _BUILDER_WIDGET_WORDS  # every block of a built page is a "widget"
    # (a layout's wrapper named for its sidebar's colour, "two_columns background_color_
    # sidebar", holds the article too: chrome never wraps the page's article)
    return not names.isdisjoint(_FURNITURE_WORDS) and not _HOLDS_ARTICLE(element)


_HOLDS_ARTICLE = etree.XPath("boolean(.//article)")


# Page builders whose every block, the text's own included, is named a widget
# ("elementor-widget-text-editor", "fl-widget", "wpb_widget"): their widget names no chrome;
# their menus and share buttons still say so ("elementor-widget-nav-menu").
_PAGE_BUILDERS = frozenset(("elementor", "wpb", "fl", "fusion", "siteorigin", "so"))
_BUILDER_WIDGET_WORDS = frozenset(("widget", "widgets"))


def _in_dropped_column(box: _ParsedElement, container: _ParsedElement) -> bool:
    """Whether ``box`` stands, inside ``container``, in a part the walk drops as page chrome
    (a sidebar column): a contact box there would be lost with it."""
    node = box.getparent()
    while node is not None and node is not container:
        if _is_furniture(node):
            return True
        node = node.getparent()
    return False


def _dropped_ancestor(element: _ParsedElement) -> bool:
    node = element
    while node is not None:
        if _is_furniture(node) or (isinstance(node.tag, str) and node.tag in ("header", "footer")):
            return node is not element or _is_furniture(node)
        node = node.getparent()
    return False


def _collapsed_length(text: str) -> int:
    """``len(collapse(text))``, without building the collapsed text.

    Every run of whitespace between words becomes one character; a run at either end is
    stripped, unless it is a single no-break space (which collapse() keeps).
    """
    words = text.split()
    if not words:
        return 1 if len(text) == 1 and text in _KEPT_SPACES else 0
    length = sum(map(len, words)) + len(words) - 1
    if text[0] in _KEPT_SPACES and (len(text) == 1 or not text[1].isspace()):
        length += 1
    if text[-1] in _KEPT_SPACES and not text[-2].isspace():
        length += 1
    return length


_KEPT_SPACES = "\u00a0\u202f"


def _container(root: _ParsedElement) -> tuple[_ParsedElement, bool]:
    """The element holding the release, and whether a real container was found."""
    lengths: dict[_ParsedElement, int] = {}

    def _text_length(element: _ParsedElement, text: str | None = None) -> int:
        """The length of the element's text (``text`` when read already), collapsed; each
        element measured once."""
        if element not in lengths:
            lengths[element] = _collapsed_length(_text_of(element) if text is None else text)
        return lengths[element]

    def _reaches(element: _ParsedElement, least: float) -> bool:
        """Whether the element's collapsed text is ``least`` long: never when its text as
        written is shorter (collapsing only shortens), which needs no collapsing."""
        text = _text_of(element)
        return len(text) >= least and _text_length(element, text) >= least

    articles = [a for a in root.iter("article") if not _dropped_ancestor(a)][:50]
    long_articles = [a for a in articles if _text_length(a) >= _MIN_CONTAINER_TEXT]
    if len(long_articles) == 1:
        return long_articles[0], True
    mains = [m for m in root.iter("main") if not _dropped_ancestor(m)]
    if mains:
        return mains[0], True
    mains = _all(_MAIN_ROLES, root)  # (looked for only when no <main> is kept: it comes after)
    if mains:
        return mains[0], True
    if long_articles:
        return max(long_articles, key=_text_length), True
    named = [
        e
        for e in root.iter("div", "section", "td")
        if not _names(e).isdisjoint(_CONTENT_WORDS) and not _is_furniture(e)
    ][:50]
    bodies = _all(_BODIES, root)
    page = bodies[0] if bodies else root
    if not named:
        return page, False
    # A block named "content" that holds a small part of the page's text is one of its
    # layout blocks (a page builder's "media-text__content"), not the release: reading
    # only it would lose the rest of the release.
    least: float = _MIN_CONTAINER_TEXT
    page_text = _text_of(page)
    if len(page_text) * _CONTAINER_SHARE > _MIN_CONTAINER_TEXT:  # else the share is below
        least = max(_MIN_CONTAINER_TEXT, _text_length(page, page_text) * _CONTAINER_SHARE)
    named = [e for e in named if _reaches(e, least)]
    if not named:
        return page, False
    best = max(named, key=_text_length)
    parent = best.getparent()
    if (
        parent is not None
        and parent is not page
        and _HOLDS_H1(best) is False
        and _HOLDS_H1(parent) is True
        and not _is_furniture(parent)
        and _text_length(parent) <= _text_length(best) + _RELEASE_HEAD_TEXT
    ):
        # the release's body in a block of its own ("cp-body"), its title, type, dateline and
        # chapô beside it, before it: the release is their parent
        return parent, True
    return best, True


# Page extensions: a relative link to one is navigation, not an attachment.
_PAGE_EXTENSIONS = frozenset(("html", "htm", "php", "asp", "aspx", "jsp", "shtml"))


def _names_a_file(href: str) -> bool:
    """Whether a relative target names a file that is not a page: ``cp.pdf``,
    ``/medias/kit.zip?v=2``."""
    path = href.split("#", 1)[0].split("?", 1)[0]
    name = path.rsplit("/", 1)[-1]
    if ":" in path or "." not in name:
        return False
    extension = name.rsplit(".", 1)[1].lower()
    return 0 < len(extension) <= 5 and extension.isalnum() and extension not in _PAGE_EXTENSIONS


def _class_styles(root: _ParsedElement) -> dict[str, int]:
    """The classes the page's style sheet sets in bold or italics, and their style bits.

    Word processors' and converters' exports (LibreOffice's ``.P3 { font-weight:bold }``,
    Google Docs' ``.c4{font-style:italic}``, Calibre's chapters) set a release's title in
    bold and its chapô in italics by class, not with ``<b>`` or ``<i>``. Only rules whose
    selector is one class, bare or on a tag (``.T1``, ``p.P3``), are read.
    """
    sheet = "".join(
        style.text or "" for style in root.iter("style", "{http://www.w3.org/1999/xhtml}style")
    )[:_STYLE_SHEET_LIMIT]
    styles: dict[str, int] = {}
    if "font-" not in sheet:
        return styles
    # Each rule ends with "}": its declarations follow the last "{" before it, its selectors
    # the "{", "}" or ";" before them (an @media block's, an @import's). Split, not searched:
    # an embedded font's base64 runs for kilobytes without a brace.
    for rule in sheet.split("}"):
        selectors, brace, declarations = rule.rpartition("{")
        if not brace or "font-" not in declarations:
            continue
        declarations = declarations.lower().replace(" ", "")
        bits = (1 if _CSS_BOLD.search(declarations) else 0) | (
            2 if _CSS_ITALIC.search(declarations) else 0
        )
        if not bits:
            continue
        selectors = selectors.rpartition("{")[2].rpartition(";")[2]
        for selector in selectors.split(","):
            single = _CSS_CLASS.fullmatch(selector.strip())
            if single is not None:
                styles[single.group(1)] = styles.get(single.group(1), 0) | bits
    return styles


_STYLE_SHEET_LIMIT = 1_000_000
_CSS_CLASS = re.compile(r"(?:[a-z][a-z0-9]{0,10})?\.([\w-]{1,60})", re.I)
_CSS_BOLD = re.compile(r"font-weight:(?:bold|bolder|[6-9]00)\b")
_CSS_ITALIC = re.compile(r"font-style:(?:italic|oblique)\b")


def _holds_invisible(text: str) -> bool:
    """Whether ``text`` holds one of the invisible characters `Builder.visible` removes."""
    for character in INVISIBLE:  # noqa: SIM110 -- a loop: any() over a generator costs more
        if character in text:
            return True
    return False


def _href(element: _ParsedElement) -> str:
    """A link's target, a bare e-mail address read as a ``mailto:`` link."""
    href = (element.get("href") or "").strip()
    return f"mailto:{href}" if EMAIL.fullmatch(href) else href


class _Walker:
    """Walks an element tree without recursion, emitting blocks into a builder."""

    def __init__(
        self,
        builder: Builder,
        *,
        drop_page_chrome: bool,
        show_targets: bool = True,
        class_styles: Mapping[str, int] | None = None,
    ) -> None:
        self.builder = builder
        self.drop_page_chrome = drop_page_chrome
        # class -> style bits (1 bold, 2 italic) of the page's style sheet (`_class_styles`)
        self.class_styles = class_styles or {}
        # Whether a mailto:/tel: target the link text hides is shown after it as text.
        self.show_targets = show_targets
        self.lines: list[list[tuple[str, int]]] = [[]]  # runs of (text, style bits)
        self.links: list[str] = []
        self.link_texts: list[str] = []
        # The open links' targets and, when read, their text (start and end read them once).
        self.anchors: list[tuple[str, str | None]] = []
        self.kinds: list[tuple[BlockKind, int]] = []
        self.strong = 0
        self.em = 0
        self.lists = 0
        self.pre = 0
        self.articles = 0
        self.data_rows = 0

    # -- text accumulation -------------------------------------------------------------

    def run(self, text: str | None) -> None:
        if not text:
            return
        if "{" in text:
            text = _TRANSLATED.sub(_translated, text)  # a template's source: its own words
        style = (1 if self.strong else 0) | (2 if self.em else 0)
        if not self.pre:
            self.lines[-1].append((text, style))
            return
        for number, part in enumerate(text.split("\n")):
            if number:
                if not "".join(t for t, _ in self.lines[-1]).strip() and len(self.lines) > 1:
                    self.flush()  # a blank line inside <pre> separates blocks
                else:
                    self.lines.append([])
            self.lines[-1].append((part, style))

    def separator(self) -> None:
        if any(t.strip() for t, _ in self.lines[-1]):
            self.lines[-1].append(_CELL_SEPARATOR)

    def end_row(self) -> None:
        """Drop the separators a row's last cells left after its text: they were empty (a
        button's image, a layout's spacer: "Titre | | |" is "Titre"); an empty cell between
        two that hold text keeps its place in the row."""
        runs = self.lines[-1]
        while runs and (not runs[-1][0].strip() or runs[-1] == _CELL_SEPARATOR):
            runs.pop()

    def newline(self) -> None:
        self.lines.append([])

    def line_break(self) -> None:
        """A ``<br>``: a new line; a second one with nothing between them ends the paragraph
        (pages of the 1990s and 2000s write their paragraphs as text between ``<br><br>``,
        in one ``<font>`` or one cell), except in a table's row or a list's item."""
        if (
            len(self.lines) > 1
            and not self.data_rows
            and (not self.kinds or self.kinds[-1][0] is BlockKind.PARAGRAPH)
            and not any(text.strip() for text, _ in self.lines[-1])
        ):
            self.flush()
        else:
            self.newline()

    def flush(self) -> None:
        """Close the block being read: its lines become a record (each line's runs joined,
        invisible characters removed, whitespace collapsed, blank lines dropped), made here
        in one pass rather than as `line_from_runs` lines that `Builder.add` makes again."""
        lines = self.lines
        if not self.links and len(lines) == 1:
            if not lines[0]:
                return  # nothing since the last block: the usual case at a block's start
            if len(lines[0]) == 1 and not lines[0][0][0].strip():
                self.lines = [[]]  # only the source's line break and indent between blocks
                return
        texts = [runs[0][0] if len(runs) == 1 else "".join([t for t, _ in runs]) for runs in lines]
        # (any text but whitespace: the texts joined, one strip, rather than a generator)
        if not self.links and not "".join(texts).strip():
            self.lines = [[]]
            return
        visible = self.builder.visible
        kept = []
        for text, runs in zip(texts, lines, strict=True):
            # (visible() asked only of a text holding an invisible character: it returns
            # any other as it is, and says nothing of it)
            if not text.isascii() and _holds_invisible(text):
                text = visible(text)
            shown = collapse(text)
            if not shown:
                continue
            if len(runs) == 1:  # runs_emphasis() of one run, the usual line
                style = runs[0][1]
                if style <= 0 or not runs[0][0].strip():
                    emphasis = None
                else:
                    emphasis = Emphasis.STRONG if style & 1 else Emphasis.EM if style & 2 else None
            else:
                emphasis = runs_emphasis(runs)
            kept.append(RecordLine(shown, emphasis))
        if kept:
            kind, level = self.kinds[-1] if self.kinds else (BlockKind.PARAGRAPH, 0)
            if self.links:
                self.builder.add_kept(
                    kind, tuple(kept), level, tuple(self.links), tuple(self.link_texts)
                )
            else:  # what add_kept() makes of a block without links
                self.builder.records.append(Record(kind, tuple(kept), level))
        self.lines = [[]]
        self.links = []
        self.link_texts = []

    # -- the walk ----------------------------------------------------------------------

    def walk(self, top: _ParsedElement, *, tail: bool) -> None:
        # One pass of lxml's own iterator over the tree (no Python stack): an element's start
        # reads its tag once, in lower case, and skips the subtree of a dropped element (whose
        # end still comes, at once, for its tail); comments and processing instructions are
        # dropped nodes too, with their tails read.
        #
        # What `start`, `end` and `run` do is done here inline for the elements
        # most pages are made of (a paragraph or a division, a run in bold or italics, a tag
        # the walk only goes through, a text outside <pre>): the tag's action is looked up
        # once (`_ACTIONS`), a block is flushed only when it holds something, and the methods
        # are called for the rest. tests/test_html_walk.py holds the walk to the methods.
        if not isinstance(top.tag, str):
            return  # a comment at the top: dropped, its tail not the walk's
        walker = etree.iterwalk(top, events=("start", "end", "comment", "pi"))
        skip_subtree = walker.skip_subtree
        run, start, end, flush = self.run, self.start, self.end, self.flush
        class_styles = self.class_styles
        drop_page_chrome = self.drop_page_chrome
        actions = _ACTIONS
        tags: list[str] = []  # the open elements' tags, as the walk keeps them
        skipped = False  # the last start was a dropped element's: its end comes next
        for event, element in walker:
            if event == "start":
                tag = element.tag
                if not isinstance(tag, str):
                    skip_subtree()
                    skipped = True
                    continue
                tag = tag.lower()
                # The tag as the walk keeps it, or the element dropped: furniture, page
                # chrome; Word's Title and Subtitle are headings, a run styled by its
                # class ("<span class=T1>" in italics) is read as <b> or <i>.
                if tag in _DROP_TAGS:
                    if tag != "form" or not _HOLDS_HEADINGS(element):
                        skip_subtree()
                        skipped = True
                        continue
                    named = True  # (its attributes not read: it may have a class)
                else:
                    keys = element.keys()
                    if keys and _furniture_attributes(element, keys):
                        skip_subtree()
                        skipped = True
                        continue
                    named = bool(keys)
                if drop_page_chrome and tag in ("header", "footer") and not self.articles:
                    skip_subtree()
                    skipped = True
                    continue
                kept = tag
                if named:
                    if tag == "p" and element.get("class") in _WORD_STYLE_HEADINGS:
                        kept = _WORD_STYLE_HEADINGS[str(element.get("class"))]
                    elif (
                        class_styles and tag not in _WALKED_TAGS and (bits := self.styled(element))
                    ):
                        kept = "b" if bits & 1 else "i"
                action = actions.get(kept, 0)
                if action:
                    if action == _PLAIN_BLOCK and not class_styles:
                        if self.links or len(self.lines) > 1 or self.lines[0]:
                            flush()
                    elif action == _STRONG:
                        self.strong += 1
                    elif action == _EM:
                        self.em += 1
                    else:
                        start(element, kept)
                text = element.text
                if text:
                    if self.pre or "{" in text:
                        run(text)
                    else:
                        self.lines[-1].append(
                            (text, (1 if self.strong else 0) | (2 if self.em else 0))
                        )
                tags.append(kept)
                continue
            if event == "end":
                if skipped:
                    skipped = False
                    if element is top:
                        continue
                else:
                    kept = tags.pop()
                    action = actions.get(kept, 0)
                    if action:
                        if action == _PLAIN_BLOCK and not class_styles:
                            if self.links or len(self.lines) > 1 or self.lines[0]:
                                flush()
                        elif action == _STRONG:
                            if self.strong > 0:
                                self.strong -= 1
                            else:
                                self.strong = 0
                        elif action == _EM:
                            if self.em > 0:
                                self.em -= 1
                            else:
                                self.em = 0
                        else:
                            end(element, kept)
                    if element is top and not tail:
                        continue
            # (the end of an element, or a comment or a processing instruction: dropped,
            # never the top) its tail
            text = element.tail
            if text:
                if self.pre or "{" in text:
                    run(text)
                else:
                    self.lines[-1].append((text, (1 if self.strong else 0) | (2 if self.em else 0)))

    def block_styled(self, element: _ParsedElement) -> int:
        """The style bits of a block that holds text, not other blocks: a wrapper's class
        (``<div class=texte>`` in a semibold font) says nothing of any line in it."""
        bits = self.styled(element)
        if bits and any(
            isinstance(child.tag, str) and child.tag.lower() in _BLOCK_TAGS for child in element
        ):
            return 0
        return bits

    def styled(self, element: _ParsedElement) -> int:
        """The style bits the page's style sheet gives ``element`` by its classes."""
        names = element.get("class")
        if not names:
            return 0
        bits = 0
        for name in names.split():
            bits |= self.class_styles.get(name, 0)
        return bits

    def start(self, element: _ParsedElement, tag: str) -> None:
        if tag in _BLOCK_TAGS and not (self.data_rows and tag in ("td", "th")):
            self.flush()
        if tag in _HEADINGS:
            self.kinds.append((BlockKind.HEADING, _HEADINGS[tag]))
        elif tag == "li":
            self.kinds.append((BlockKind.LIST_ITEM, max(self.lists, 1)))
        elif tag == "blockquote":
            self.kinds.append((BlockKind.QUOTE, 0))
        elif tag in ("ul", "ol"):
            self.lists += 1
        elif tag == "pre":
            self.pre += 1
        elif tag == "article":
            self.articles += 1
        elif tag == "tr" and not _LAYOUT_XPATH(element):
            self.data_rows += 1
            self.kinds.append((BlockKind.TABLE_ROW, 0))
        elif tag in ("td", "th") and self.data_rows:
            self.separator()
        elif tag == "br":
            self.line_break()
        elif tag in _STRONG_TAGS:
            self.strong += 1
        elif tag in _EM_TAGS:
            self.em += 1
        elif tag == "a":
            self.link(element)
        if self.class_styles and tag in _BLOCK_TAGS:
            bits = self.block_styled(element)  # "<p class=P3>": a paragraph in bold
            self.strong += bits & 1
            self.em += bits >> 1

    def end(self, element: _ParsedElement, tag: str) -> None:
        if tag == "tr" and self.data_rows:
            self.end_row()
        if tag in _BLOCK_TAGS and not (self.data_rows and tag in ("td", "th")):
            self.flush()
        if tag in _HEADINGS or tag in ("li", "blockquote"):
            if self.kinds:
                self.kinds.pop()
        elif tag in ("ul", "ol"):
            self.lists = max(self.lists - 1, 0)
        elif tag == "pre":
            self.pre = max(self.pre - 1, 0)
        elif tag == "article":
            self.articles = max(self.articles - 1, 0)
        elif tag == "tr" and self.kinds and self.kinds[-1][0] is BlockKind.TABLE_ROW:
            self.data_rows = max(self.data_rows - 1, 0)
            self.kinds.pop()
        elif tag in _STRONG_TAGS:
            self.strong = max(self.strong - 1, 0)
        elif tag in _EM_TAGS:
            self.em = max(self.em - 1, 0)
        elif tag == "a":
            self.link_end(element)
        if self.class_styles and tag in _BLOCK_TAGS:
            bits = self.block_styled(element)
            self.strong = max(self.strong - (bits & 1), 0)
            self.em = max(self.em - (bits >> 1), 0)

    def link(self, element: _ParsedElement) -> None:
        href = _href(element)
        shown = None
        # Web, e-mail and phone targets, and relative targets naming a file: a release's
        # attachments ("cp.pdf", "/medias/dossier.zip"), read by the attachments step.
        if href.lower().startswith(("mailto:", "tel:", "http://", "https://")) or _names_a_file(
            href
        ):
            shown = _text_of(element)
            self.links.append(href)
            self.link_texts.append(collapse(shown))
        self.anchors.append((href, shown))  # for link_end: the same element, read once

    def link_end(self, element: _ParsedElement) -> None:
        href, shown = self.anchors.pop() if self.anchors else (_href(element), None)
        if not self.show_targets:
            return
        scheme, _, target = href.partition(":")
        if scheme.lower() not in ("mailto", "tel") or not target:
            return
        target = target.split("?", 1)[0].strip()
        if shown is None:
            shown = _text_of(element)
        if scheme.lower() == "tel":
            digits = "".join(c for c in target if c.isdigit())[-9:]
            if digits and digits in "".join(c for c in shown if c.isdigit()):
                return  # +33 2 99… shown as 02 99…
        if target and target.lower() not in shown.lower():
            self.lines[-1].append((f" ({target})", 0))


# -- metadata ----------------------------------------------------------------------------


def _metadata(
    root: _ParsedElement, container: _ParsedElement, builder: Builder, *, emblem: bool = True
) -> Metadata:
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = collapse(meta.get("content") or "")
        if key and content:
            metas.setdefault(key, content)
    ld = _json_ld(root)
    wml = _wml_tags(root)
    wml_title = next((wml[name] for name in _WML_TITLE_TAGS if name in wml), None)
    if wml_title:
        metas.setdefault("og:title", wml_title)  # the page's own title, as explicit as it
    # (a heading broken by <br> is one title: "CERFONTAINE ANNONCE LE SUCCÈS<br>DE SON …")
    headings = [
        " ".join(line.text for line in r.lines)
        for r in builder.records
        if r.kind is BlockKind.HEADING
    ]
    first_level = [
        " ".join(line.text for line in r.lines)
        for r in builder.records
        if r.kind is BlockKind.HEADING and r.level == 1
    ]
    title = _title(root, metas, ld, headings, first_level)
    date = metadata_date(ld.get("datePublished")) or next(
        (d for key in _DATE_META if (d := metadata_date(metas.get(key))) is not None), None
    )
    if date is None:
        date = next(
            (
                d
                for name, value in wml.items()
                if _ROOT_DATE_ATTRIBUTE.fullmatch(name) and (d := metadata_date(value)) is not None
            ),
            None,
        )
    if date is None:
        date = next(
            (
                d
                for t in container.iter("time")
                if (d := metadata_date(t.get("datetime"))) is not None
            ),
            None,
        )
    if date is None:
        date = next(
            (
                d
                for name, value in root.attrib.items()
                if _ROOT_DATE_ATTRIBUTE.fullmatch(str(name).removeprefix("data-"))
                and (d := metadata_date(value)) is not None
            ),
            None,
        )
    author = _ld_name(ld.get("author")) or _ld_name(ld.get("publisher"))
    author = author or next((metas[k] for k in _AUTHOR_META if k in metas), None)
    author = author or _state_brand(root, emblem=emblem) or _letterhead_logo(root)
    description = _text(ld.get("description")) or metas.get("og:description")
    description = description or metas.get("description")
    lede = _lede(description, builder) or _lede(_marked_lede(container), builder)
    return Metadata(
        title=title,
        date=date,
        lede=lede,
        author=author,
        base_url=_base_url(root, metas),
        page_hints=(REGISTRATION_FORM,) if _registration_page(root) else (),
    )


def _registration_page(root: _ParsedElement) -> bool:
    """Whether the page's own content (not its header, footer, sidebar or menus, where a
    site sets its newsletter's sign-up on every page) holds a registration form."""
    return any(
        _registration_form(form)
        for form in root.iter("form")
        if not any(
            isinstance(node.tag, str) and node.tag.lower() in _SITE_FRAME
            for node in form.iterancestors()
        )
    )


# Where a site frames every page: a form there is the site's, not the page's.
_SITE_FRAME = frozenset(("header", "footer", "aside", "nav"))


def _registration_form(form: _ParsedElement) -> bool:
    """A form asking the visitor's name, e-mail and more, four fields at least (``Nom``,
    ``Prénom``, ``Courriel``, ``Nombre de personnes``; a journalist's ``Média``): an event's
    registration or an accreditation page. Not a search, a login (a password), a
    newsletter's sign-up (an e-mail, a name and a first name) nor a comment or contact form
    (a message's text area), which a release's page may hold beside it."""
    if form.get("role") == "search" or next(form.iter("textarea"), None) is not None:
        return False
    personal = 0
    for field in form.iter("input"):
        kind = str(field.get("type") or "text").lower()
        if kind in _NOT_REGISTRATION_INPUTS:
            return False
        personal += kind in _PERSONAL_INPUTS
    # (a list to choose from counts beside the visitor's details: a session, a number of
    # people; alone, it is a comment thread's display settings)
    choices = sum(1 for _ in form.iter("select"))
    return personal >= _PERSONAL_FIELDS and personal + choices >= _REGISTRATION_FIELDS


_PERSONAL_INPUTS = frozenset(("text", "email", "tel", "number"))
_NOT_REGISTRATION_INPUTS = frozenset(("password", "search"))
_PERSONAL_FIELDS = 2
_REGISTRATION_FIELDS = 4


def _state_brand(root: _ParsedElement, *, emblem: bool = True) -> str | None:
    """The authority a State site's brand block names (``Préfet du Cher``, ``Ministère de la
    Mer``), its lines joined by a space; not the bare emblem (``République française``), which
    names no one in particular. The issuer step takes it only when the text names no issuer."""
    for brand in _all(_STATE_BRANDS, root)[:1]:
        # (the Republic's motto set under the name, a word a line, is the emblem's)
        lines = [line for line in _lines_of(brand) if not _motto_line(line)]
        name = collapse(" ".join(lines))
        if name and folded(name) not in _STATE_EMBLEMS and len(name) <= _MAX_BRAND:
            return name
    # a banner of another make: the emblem (its text, or a Marianne's alternative text), the
    # authority's name by it, above the page's title (only on a page whose source writes the
    # emblem's words)
    if not emblem:
        return None
    lines = _banner_lines(root)
    found = name_by_emblem(lines)
    if found is None:
        return None
    return collapse(" ".join(strip_decoration(line) for line in lines[found[0] : found[1]]))


def _banner_lines(root: _ParsedElement) -> list[str]:
    """The lines at the top of the page, in reading order, up to its title or main content:
    a block element, a ``<br>`` or an image breaks a line; inline markup (``<strong>``,
    ``<span>``, a link) goes on in it ("Ministère de la <strong>Culture</strong>" is one
    line) unless the source sets it on a line of its own; an image's alternative text is a
    line of its own. (Read by start and end events, not by recursion: a page may nest deeper
    than Python's stack.)"""
    lines = [""]

    def add(text: str | None) -> None:
        if text and "\n" in text and not text.strip():
            lines.append("")  # (inline elements set on lines of their own in the source)
        else:
            lines[-1] += f" {text or ''}"

    skipped: _ParsedElement | None = None  # a script or a style being passed over
    for seen, (event, element) in enumerate(etree.iterwalk(root, events=("start", "end"))):
        tag = element.tag
        if seen > _BANNER_EVENTS or (event == "start" and tag in _BANNER_ENDS):
            break
        if skipped is not None:
            if event == "end" and element is skipped:
                skipped = None
                add(element.tail)
            continue
        if not isinstance(tag, str):
            if event == "end":
                add(element.tail)
            continue
        if event == "start":
            if tag in _NOT_TEXT:
                skipped = element
            elif tag == "img":
                lines += [str(element.get("alt") or ""), ""]
            elif tag == "br":
                lines.append("")
            else:
                if tag not in _INLINE_TAGS:
                    lines.append("")
                add(element.text)
            continue
        if tag not in _INLINE_TAGS and tag not in ("br", "img"):
            lines.append("")  # a block ends its line
        add(element.tail)
    return [collapse(line) for line in lines if line.strip()]


# A banner sits in the page's first elements, above its title and its main content.
_BANNER_EVENTS = 240
_BANNER_ENDS = frozenset(("h1", "main", "article"))
_NOT_TEXT = frozenset(("script", "style", "head", "title", "noscript", "template"))
_INLINE_TAGS = frozenset(
    ("a", "span", "strong", "b", "em", "i", "u", "small", "font", "abbr", "sup", "sub", "mark")
)


def _motto_line(line: str) -> bool:
    """A line of the Republic's motto or of a State's frame ("Liberté", "Égalité",
    "Fraternité", "Liberté Égalité Fraternité")."""
    return folded(collapse(line)) in _MOTTO_WORDS or is_state_frame(collapse(line))


_MOTTO_WORDS = frozenset(("liberte", "egalite", "fraternite"))


def _letterhead_logo(root: _ParsedElement) -> str | None:
    """The organisation the page's first logo names in its alternative text (``<img
    class="logo" alt="Gouvernement Princier – Principauté de Monaco">``, ``alt="Logo de la
    Ville de Brest"``): a letterhead the text does not repeat. The issuer step takes it only
    when the text names no issuer."""
    for image in _all(_LOGOS, root)[:1]:
        alt = collapse(str(image.get("alt") or ""))
        named = LOGO_TEXT.fullmatch(alt)
        name = named.group("name").strip() if named is not None else alt
        if _MIN_LOGO_NAME <= len(name) <= _MAX_BRAND and folded(name) not in _NOT_LOGO_NAMES:
            return name
    return None


# An image the page marks as its logo, by its class, its id or its file's name.
_LOGOS = etree.XPath(
    "//img[@alt and (contains(translate(@class, 'LOGO', 'logo'), 'logo')"
    " or contains(translate(@id, 'LOGO', 'logo'), 'logo')"
    " or contains(translate(@src, 'LOGO', 'logo'), 'logo'))]"
)
_MIN_LOGO_NAME = 3
# What a logo's alternative text says when it names no one.
_NOT_LOGO_NAMES = frozenset(("logo", "accueil", "home", "retour a l'accueil", "image", "marianne"))


# The emblem the brand block shows when the site speaks for no authority of its own.
_STATE_EMBLEMS = frozenset(("republique francaise", "liberte egalite fraternite"))
_MAX_BRAND = 150


def _lines_of(element: _ParsedElement) -> list[str]:
    """The text of ``element`` cut at its ``<br>``s (a brand block sets a line a ``<br>``)."""
    lines = [""]

    def walk(node: _ParsedElement, depth: int) -> None:
        if node.tag == "br":
            lines.append("")
        elif isinstance(node.tag, str):
            lines[-1] += node.text or ""
            if depth < _BRAND_DEPTH:
                for child in node:
                    walk(child, depth + 1)
        if node is not element:
            lines[-1] += node.tail or ""

    walk(element, 0)
    return lines


# A brand block is a line or two of text in a span or two: deeper is not a brand block.
_BRAND_DEPTH = 4


def _base_url(root: _ParsedElement, metas: dict[str, str]) -> str | None:
    """Where relative links point from: ``<base href>``, a canonical link, ``og:url``."""
    for element in root.iter("base", "link"):
        href = (element.get("href") or "").strip()
        if href and (element.tag == "base" or "canonical" in (element.get("rel") or "").lower()):
            return href
    return metas.get("og:url")


# The class a CMS gives the chapô: SPIP's "chapo", Drupal's "field--name-field-chapeau",
# "lead", "lede", "intro", "accroche", "standfirst", Ghost's "gh-article-excerpt" and the
# "article-excerpt" of other themes (one word of the class, between - or _); eZ Publish's
# "attribute-short", Joomla's "introtext" (not a theme's "subheader": a byline, a tagline).
# The marker ends the class ("field--name-field-chapo", "article__lead"): "lead-image" or
# "intro-video" name a picture or a film, not the chapô.
_LEDE_CLASS = re.compile(
    r"(?:^|[-_])(?:chap[oô]|chapeau|lead|lede|intro|introduction|accroche|standfirst"
    r"|article[-_]excerpt|post[-_]excerpt|attribute[-_]short|introtext)$",
    re.I,
)
# A chapô is a sentence or two: shorter is a caption, longer a wrapper around the article.
_LEDE_LENGTH = (40, 600)
# How many elements of the content are looked at for a marked chapô (it opens the text).
_LEDE_SEARCH = 400


def _marked_lede(container: _ParsedElement) -> str | None:
    """The text of the first element whose class marks it as the chapô."""
    for count, element in enumerate(container.iter()):
        if count >= _LEDE_SEARCH:
            return None
        if not isinstance(element.tag, str):
            continue  # a comment or a processing instruction
        classes = str(element.get("class") or "")
        if not (_marks_a_lede(classes) if len(classes) <= _CACHED_NAMES else _lede_class(classes)):
            continue
        if any(True for _ in element.iter("img", "figure", "figcaption", "video")):
            continue  # a picture and its credit
        text = collapse(_text_of(element))
        if _LEDE_LENGTH[0] <= len(text) <= _LEDE_LENGTH[1]:
            return text
    return None


def _lede_class(classes: str) -> bool:
    """Whether one of the words of a class attribute marks the chapô."""
    for name in classes.split():  # noqa: SIM110 -- a loop: any() over a generator costs more
        if _LEDE_CLASS.search(name):
            return True
    return False


# A page repeats its class attributes from element to element: each short one is read once.
_marks_a_lede = functools.lru_cache(maxsize=1024)(_lede_class)


def _json_ld(root: _ParsedElement) -> dict[str, Any]:
    """The first article-like JSON-LD object of the page (bounded size and walk)."""
    for script in root.iter("script"):
        if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
            continue
        if len(script.text) > _MAX_JSON_LD:
            continue
        try:
            data = json.loads(script.text)
        except (ValueError, RecursionError):
            continue
        pending: list[Any] = [data]
        visited = 0
        while pending and visited < 1000:
            visited += 1
            node = pending.pop(0)
            if isinstance(node, list):
                pending.extend(node[:100])
            elif isinstance(node, dict):
                kinds = node.get("@type")
                kinds = kinds if isinstance(kinds, list) else [kinds]
                if any(isinstance(k, str) and k.lower() in _ARTICLE_TYPES for k in kinds):
                    return node
                graph = node.get("@graph")
                if isinstance(graph, list):
                    pending.extend(graph[:100])
    return {}


def _text(value: Any) -> str | None:
    return collapse(value) or None if isinstance(value, str) else None


def _ld_name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _text(value)


def _title(
    root: _ParsedElement,
    metas: dict[str, str],
    ld: dict[str, Any],
    headings: list[str],
    first_level: list[str],
) -> str | None:
    """The page's title for the release: its JSON-LD ``headline``, ``og:title`` or
    ``dc.title`` (less the site's name), unless the article's one first-level heading says
    otherwise (a social network's title is a teaser; the ``<h1>`` is the release's), then its
    ``<title>`` when a heading of the text matches it; ``None`` lets the text decide."""
    explicit = _text(ld.get("headline")) or metas.get("og:title") or metas.get("dc.title")
    if explicit:
        site = metas.get("og:site_name")
        parts = _TITLE_SEPARATOR.split(explicit)
        if site and len(parts) > 1 and collapse(parts[-1]) == site:
            explicit = collapse(explicit[: explicit.rfind(parts[-1])].rstrip(" |–—-:"))
        if first_level and _names_the_site(explicit, site):
            return None  # the site's name on every page ("Ville de Lyon"): the <h1> decides
        if (
            len(first_level) == 1
            and not _same_title(explicit, first_level[0])
            and (
                len(first_level[0].split()) >= _TITLE_WORDS
                or _shares_a_word(first_level[0], f"{explicit} {metas.get('og:description', '')}")
            )
        ):
            # the article's own <h1> tells the news otherwise: the text decides (a short <h1>
            # that shares no word with it is the site's name or its section: "Actualités")
            return None
        if len(first_level) == 1 and shortened_copy(explicit, first_level[0]):
            # a social network's cut of the <h1> ("212 tiers-lieux labellisés" under "<h1>
            # Fabriques de territoire : 212 tiers-lieux labellisés"): the <h1> is the title
            return first_level[0]
        return explicit
    titles = _all(_TITLES, root)
    page_title = collapse(_text_of(titles[0])) if titles else ""
    if not page_title:
        return None
    parts = [collapse(p) for p in _TITLE_SEPARATOR.split(page_title) if collapse(p)]
    if any(PRESS_ROOM_SECTION.fullmatch(part) for part in parts[1:]):
        # "Titre - Communiqués de presse - Ministère": the title, then the site's section and
        # name; "MATE - Communiqués de presse - Février 2001", "Université X :: Actualités ::
        # Communiqués de presse": the site and its sections, no title (the text decides)
        first = parts[0]
        if len(first.split()) >= _TITLE_WORDS and not _names_the_site(first, None):
            return first
        return None
    for heading in headings:
        if heading in (page_title, *parts[:1]):
            return heading
        if len(parts) > 1 and len(parts[0]) >= 10 and heading.endswith(parts[0]):
            return parts[0]  # "Category | Headline" in the page, "Headline - Site" in <title>
        if _is_title(heading) and _title_part(page_title, heading):
            # "Site - Headline", "Site / Presse / Communiqués / Headline", "Headline /
            # Communiqués / Presse - Site": older CMS (SPIP, eZ Publish) write the page's path
            return heading
    if headings:
        return None  # the text has its own headings: let the header step choose
    if len(parts) > 1 and _names_the_site(parts[0], None) and _is_title(parts[-1]):
        # "Site - Title", "Site - Section - Title": older CMS name the site (and the page's
        # section) first (SPIP, Joomla's "site - title")
        if all(not _is_title(part) for part in parts[1:-1]):
            return parts[-1]
        return collapse(page_title[page_title.find(parts[1], len(parts[0])) :])
    if len(parts) > 1:
        return collapse(page_title[: page_title.rfind(parts[-1])].rstrip(" |–—-:"))
    return page_title


def _title_part(page_title: str, heading: str) -> bool:
    """Whether ``page_title`` opens with ``heading`` before a separator (``|``, a dash, ``/``,
    ``:``, ``>``, ``»``, ``›``) or ends with it after one."""
    if len(page_title) <= len(heading):
        return False
    if page_title.startswith(heading):
        return page_title[len(heading) :].lstrip().startswith(_PATH_SEPARATORS)
    return page_title.endswith(heading) and page_title[: -len(heading)].rstrip().endswith(
        _PATH_SEPARATORS
    )


_PATH_SEPARATORS = ("|", "-", "–", "—", "/", ":", ">", "»", "›")


def _is_title(text: str) -> bool:
    """Whether a part of a page's ``<title>`` reads as an article's title, no site's name."""
    return len(text.split()) >= _TITLE_WORDS and not _names_the_site(text, None)


# A template's string marked for translation, shown as written in the source's language:
# Django's "{% trans "Communiqué de presse" %}" ("{% translate … %}", "{% trans … as x %}"
# aside: it shows nothing), Jinja's and gettext's "{{ _("Contact presse") }}".
_TRANSLATED = re.compile(
    r"\{%-?[ \t]{0,8}trans(?:late)?[ \t]{1,8}(?P<q>[\"'])(?P<django>[^\"'\n{}]{0,300})(?P=q)"
    r"(?P<rest>[^%\n{}]{0,100})-?%\}"
    r"|\{\{-?[ \t]{0,8}(?:_|gettext|pgettext|trans)\([ \t]{0,8}(?P<r>[\"'])"
    r"(?P<jinja>[^\"'\n{}]{0,300})(?P=r)[ \t]{0,8}\)[ \t]{0,8}-?\}\}"
)


def _translated(found: re.Match[str]) -> str:
    """The words a translation tag shows; nothing for one that stores them (``as x``)."""
    if found.group("django") is not None:
        return "" if _STORED.search(found.group("rest")) else found.group("django")
    return found.group("jinja")


_STORED = re.compile(r"\bas\b")


def _names_the_site(title: str, site: str | None) -> bool:
    """Whether a page's metadata title is its site's name, not an article's: the
    ``og:site_name`` itself, or a body's name of a few words ("Ville de Lyon", "Préfecture du
    Rhône")."""
    if site and collapse(title).casefold() == collapse(site).casefold():
        return True
    return len(title.split()) <= _SITE_NAME_WORDS and ISSUER_WORDS.match(title) is not None


_SITE_NAME_WORDS = 5


# A first-level heading this long is an article's title, not a site's or a section's name.
_TITLE_WORDS = 6


def _shares_a_word(heading: str, text: str) -> bool:
    """Whether ``heading`` and ``text`` share a word of four letters or more (case and
    accents aside)."""
    words = {word for word in folded(text).split() if len(word) >= 4}
    return any(len(word) >= 4 and word in words for word in folded(heading).split())


def _same_title(title: str, heading: str) -> bool:
    """Whether a metadata title and a heading are one title (one holds the other, case and
    spacing aside)."""
    a, b = (" ".join(value.casefold().split()) for value in (title, heading))
    return a in b or b in a


def _lede(description: str | None, builder: Builder) -> str | None:
    if not description:
        return None
    probe = description.rstrip(".… ")[:80]
    if len(probe) < 20:
        return None
    for record in builder.records:
        if record.kind is BlockKind.PARAGRAPH:
            text = " ".join(line.text for line in record.lines)
            if text.startswith(probe):
                return text
    return None
