"""Markdown (CommonMark, read with markdown-it-py), with YAML front matter and inline HTML.

Rules:

* Front matter (``---`` … ``---`` at the very top) becomes a METADATA block; its ``title``,
  ``date``, chapô (``chapeau``, ``chapo``, ``chapeau-text``, ``summary``, ``description``…),
  press-contact and category keys feed [`Metadata`][communique.blocks.Metadata].
* Each source line of a paragraph is one [`Line`][communique.blocks.Line]; a line wholly in
  ``**bold**`` or ``*italics*`` carries that emphasis. A line made of differently emphasised
  runs glued together (``*Paris, le …***Headline**``, common after PDF conversion) is split
  into one line per run.
* A paragraph of one line written ``#Titre`` (the marks glued to a title of three words or
  more, no other ``#``) is a heading, as the original Markdown read it; CommonMark requires
  the space, but files written for Markdown.pl keep the old habit. Hashtags stay text.
* Inline HTML is rendered to text: ``<sup>2</sup>`` → ``²``, ``1<sup>er</sup>`` → ``1er``,
  ``<br>`` → a line break; other tags are dropped, entities decoded.
* Links (``[text](target)`` and inline ``<a href>``) go to `Block.links`, with the span
  of their text in `Block.link_spans`.
* Raw HTML whose block element runs over blank lines (markdown-it ends an HTML block at a
  blank line, so ``<p>Contact :<br />``, a blank line, ``Claire Morel``, … ``</p>`` comes as
  many tokens) is read as HTML, from the token that opens the element to the one that closes
  it or to the next element: one block per element, lines at ``<br>``.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import tomllib
from collections.abc import Callable
from typing import Any, ClassVar

import attrs
import yaml
from markdown_it import MarkdownIt, rules_block
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore, normalize
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from .. import diagnostics
from ..blocks import Block, BlockKind, Document, Emphasis, Line, Metadata, collapse
from ..exceptions import CommuniqueError, UnsafeInputError, foreign_parser
from ..french.dates import DATE, metadata_date
from ..models import Diagnostic, Span
from ..source import Source
from . import BaseAdapter
from ._render import text_span
from .html import render_fragment

__all__ = ["MarkdownAdapter", "read_front_matter"]

_PARSER = MarkdownIt("commonmark", {"html": True}).enable("table")

# The inline rules `_PARSER` runs (CommonMark's) react to these characters only, each to its
# own: "\n" (a line break), "\\" (an escape), "`" (code), "*" and "_" (emphasis), "[" and "]"
# (a link's text, where it ends), "!" (an image), "<" (an autolink, a tag), "&" (an
# entity); "~" too (strikethrough, not enabled). markdown-it's text rule stops at some twenty
# more characters that only extensions read ("-", ":", "@", "%"…) and tries every rule there
# in vain: the text rule below runs on to the next of these only, and an inline content
# holding none of them is a text token a line, with the line breaks between (what
# `_plain_inline` makes). The tokens are the same (tests/test_properties.py compares them
# with markdown-it's own on generated texts, and checks which rules are enabled).
_INLINE_MARKUP = re.compile(r"[!&*<\[\\\]_`~]")
_INLINE_STOP = re.compile(r"[\n!&*<\[\\\]_`~]")
# markdown-it-py 4 gathers the pending text in a buffer (appending to the string is
# quadratic over a long run of text)
_BUFFERED_PENDING = hasattr(StateInline, "append_pending")


def _text_rule(state: StateInline, silent: bool) -> bool:
    """markdown-it's ``text`` rule: the characters up to the next one a rule reacts to."""
    start = state.pos
    stop = _INLINE_STOP.search(state.src, start, state.posMax)
    end = stop.start() if stop is not None else state.posMax
    if end == start:
        return False
    if not silent:
        if _BUFFERED_PENDING:
            state.append_pending(state.src[start:end])
        else:  # markdown-it-py 3
            state.pending += state.src[start:end]
    state.pos = end
    return True


def _inline_rule(state: StateCore) -> None:
    """markdown-it's ``inline`` core rule, without the children of plain contents.

    A content holding no character an inline rule reacts to has the children
    `_plain_inline` makes (text a line, breaks between): the renderer reads such a content
    from its text, so they are made only when read, by `_children`. Its tokens are left
    with no children (an empty list, as a core rule after this one expects).
    """
    for token in state.tokens:
        if token.type == "inline":
            if token.children is None:
                token.children = []
            if _INLINE_MARKUP.search(token.content) is not None:
                state.md.inline.parse(token.content, state.md, state.env, token.children)


def _children(token: Token) -> list[Token]:
    """The children of an inline token as markdown-it makes them: a plain content's made
    here (`_inline_rule` leaves them out), another's as parsed."""
    if not token.children and token.content and _INLINE_MARKUP.search(token.content) is None:
        return _plain_inline(token.content)
    return token.children or []


def _plain_inline(content: str) -> list[Token]:
    """The inline tokens of ``content`` holding no character an inline rule reacts to but line
    breaks: a text token a line (its indent dropped), a soft break between two lines, a hard
    break after two spaces or more (dropped with the spaces before it, as one space before a
    soft break is)."""
    tokens: list[Token] = []
    lines = content.split("\n")
    last = len(lines) - 1
    for number, line in enumerate(lines):
        if number:
            line = line.lstrip(" \t")
        if number == last:
            if line:
                tokens.append(Token("text", "", 0, content=line))
            break
        hard = line.endswith("  ")
        line = line.rstrip(" ") if hard else line.removesuffix(" ")
        if line:
            tokens.append(Token("text", "", 0, content=line))
        tokens.append(Token("hardbreak" if hard else "softbreak", "br", 0))
    return tokens


# The block rules that start on a mark each: the first character of the line (after its indent)
# they can start at. Every such rule returns at once where another stands.
_BLOCK_MARKS = {
    "fence": "`~",
    "blockquote": ">",
    "hr": "*-_",
    "list": "*-+0123456789",
    "reference": "[",
    "html_block": "<",
    "heading": "#",
}
# The first characters of a table's delimiter row, the line after the table's first: the
# table rule returns at once where another opens it.
_TABLE_DELIMITERS = "|-:"

_BlockRule = Callable[[StateBlock, int, int, bool], bool]


def _dispatcher(rules: list[tuple[_BlockRule, str | None]]) -> _BlockRule:
    """One rule that tries ``rules`` in order, each only where it can start: on a line opening
    with one of its marks, or, for the table (marks ``None``), when the next line opens with
    a delimiter row's character.

    markdown-it tries a chain of rules on a line one after the other: every block tries the
    marked rules, and a paragraph, a quote or a list item tries its chain of the rules that
    may end it on each of its lines. Almost every such line opens with none of the marks:
    one test of the line's first character spares it the calls of six or seven rules (the
    same tokens: tests/test_properties.py compares them with markdown-it's own).
    """
    marks = "".join(sorted({mark for _, rule_marks in rules for mark in rule_marks or ""}))
    tables = any(rule_marks is None for _, rule_marks in rules)

    def dispatch(state: StateBlock, line: int, end: int, silent: bool) -> bool:
        src = state.src
        at = state.bMarks[line] + state.tShift[line]
        first = src[at] if at < len(src) else ""  # (past the text: every rule is tried)
        ahead = line + 1
        table = (
            tables
            and line + 2 <= end
            and (position := state.bMarks[ahead] + state.tShift[ahead]) < state.eMarks[ahead]
            and src[position] in _TABLE_DELIMITERS
        )
        if first and first not in marks and not table:
            return False  # the usual case: none of the rules starts here
        for rule, rule_marks in rules:
            if rule_marks is None:
                if not table:
                    continue
            elif first and first not in rule_marks:
                continue
            if rule(state, line, end, silent):
                return True
        return False

    return dispatch


def _normalize_rule(state: StateCore) -> None:
    """markdown-it's ``normalize`` core rule (carriage returns to line feeds, NUL to U+FFFD),
    run only when the text holds either: otherwise its two substitutions give the text back
    (the first one rebuilds it at every line feed), and a loaded text never holds them."""
    if "\r" in state.src or "\0" in state.src:
        normalize(state)


def _chain(chain: str) -> list[tuple[_BlockRule, str | None]]:
    """markdown-it's own chain of block rules ``chain`` (``""``: every block's), each with its
    marks (``None``: the table's) — the marked rules and the table only, in order."""
    return [
        (rule.fn, _BLOCK_MARKS.get(rule.name))
        for rule in _PARSER.block.ruler.__rules__
        if rule.enabled
        and (rule.name in _BLOCK_MARKS or (rule.name == "table" and chain != ""))
        and (chain == "" or chain in rule.alt)
    ]


_PARSER.inline.ruler.at("text", _text_rule)
_PARSER.core.ruler.at("normalize", _normalize_rule)
_PARSER.core.ruler.at("inline", _inline_rule)
# Every block tries the marked rules through one dispatcher, in their place (the table and
# indented code before them, a setext heading and a paragraph after them); the rules that end
# a paragraph, a reference, a quote or a list item, through one dispatcher a chain, after the
# paragraph, which takes every line it is tried on: never tried as blocks of their own.
_CHAINS = {chain: _chain(chain) for chain in ("", "paragraph", "reference", "blockquote", "list")}
_PARSER.block.ruler.at("table", rules_block.table, {"alt": []})  # (tried by the chains' own)
_PARSER.block.ruler.before("fence", "marked", _dispatcher(_CHAINS[""]), {"alt": []})
for _name, _rules in _CHAINS.items():
    if _name:
        _PARSER.block.ruler.push(f"{_name}_end", _dispatcher(_rules), {"alt": [_name]})
_PARSER.block.ruler.disable(list(_BLOCK_MARKS))
del _name, _rules

# Markdown signals and their weights for sniffing: ATX headings, emphasis, links, list
# markers, front matter, hard breaks (two trailing spaces). Each comes with the strings one of
# which any match contains: where none is in the text, the pattern is not run (a single
# character where one will do: looking for one is several times faster than for two). The patterns
# read the text after a line break (the sniffer adds one in front), so that a line's start is
# a "\n" too; each starts with a single literal character (a look-behind reads what must
# stand before it: no letter), so that the engine skips from one such character to the next
# instead of trying every position (a class, even of three characters, is several times
# slower to skip through); sniffing only asks whether a pattern matches.
_SIGNALS: tuple[tuple[re.Pattern[str], float, tuple[str, ...]], ...] = (
    # "^#{1,6} \S" in multi-line mode
    (re.compile(r"\n#{1,6} \S"), 0.4, ("#",)),
    (
        # "**bold**", or "(?<![*\w])\*…\*(?!\w)": italics
        re.compile(r"\*\*[^*\n]{1,300}\*\*|\*(?<![*\w]\*)[^*\s][^*\n]{0,300}\*(?!\w)"),
        0.4,
        ("*",),
    ),
    (re.compile(r"\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)"), 0.4, ("]",)),
    (
        re.compile(
            r"\A\n(?:---|\+\+\+)\n|\A\n(?:title|date)[ \t]*:[^\n]*\n(?:title|date)[ \t]*:", re.I
        ),
        0.5,
        ("",),
    ),
    # a reader service's capture ("Title: …" … "Markdown Content:"), a Django or Jinja page
    (
        re.compile(r"\A\nTitle:[^\n]*\n(?:[^\n]*\n){0,12}Markdown Content:[ \t]*\n"),
        0.6,
        ("Title:",),
    ),
    # (weak: a template of an HTML page opens so too, and its tags then decide)
    (re.compile(r"\A\n\{%-?[ \t]*(?:extends|load|block)\b"), 0.3, ("{%",)),
    # "^[-*+] \S" in multi-line mode
    (re.compile(r"\n[-*+] \S"), 0.1, ("-", "*", "+")),
    # "\S  \n": two spaces ending a line after a word
    (re.compile(r"  \n(?<=\S  \n)"), 0.2, ("  \n",)),
)

# Markdown may open with an inline element: a converter's bookmark anchor (mammoth writes
# '<a id="_Toc…"></a>' before a Word heading), an image, a span.
_INLINE_TAG_OPENING = re.compile(r"<(?:a|img|span|sup|sub|br|em|strong|b|i|u)[\s/>]", re.I)

_FRONT_MATTER_END = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.M)
_TOML_FRONT_MATTER_END = re.compile(r"^\+\+\+[ \t]*$", re.M)
_FRONT_MATTER_LIMIT = 64 * 1024
_BRACKET = re.compile(r"[\[\]{}]")
# Unfenced metadata lines at the very top, up to a blank line.
# The keys are those of flat-page sites, Pelican ("Title:", "Date:", "Category:",
# "Modified:", "Status:"…) and MultiMarkdown metadata.
_UNFENCED = re.compile(
    r"(?:(?:title|titre|subtitle|date|published|modified|updated|author|authors|auteur|tags"
    r"|category|categories|keywords|layout|slug|summary|description|status|lang|type|image"
    r"|template|save_as|url)"
    r"[ \t]*:[^\n]*\n)+(?=[ \t]*\n)",
    re.I,
)

# JBake's header: ``key=value`` lines at the very top (``title=…``, ``date=2013-02-01``,
# ``type=post``, ``status=published``), then a line of tildes; or, without the tildes, a blank
# line when the lines name a title or a date.
_EQUALS_HEADER = re.compile(
    r"(?:[ \t]*[\w.-]{1,40}[ \t]*=[^\n]*\n)+(?P<tildes>[ \t]*~{3,}[ \t]*(?:\n|\Z))?"
)

# Metadata kept in an HTML comment at the very top (``<!--`` then ``title: …`` / ``date: …``
# lines, then ``-->``), as some site generators and hand-kept press rooms write it so that the
# lines never show on the page. Only ``key: value`` lines may stand in it.
_COMMENT_START = "<!--"
_COMMENT_END = re.compile(r"-->[ \t]*(?:\n|\Z)")
# (one line at a time: a pattern repeating over every line keeps a backtracking stack the
# size of the comment)
_COMMENT_LINE = re.compile(r"[ \t]*(?:[\w-]{1,40}[ \t]*:[^\n]*)?")

# The chapô's own keys first; a summary key (a listing's teaser) only when none is given.
_CHAPO_KEYS = (
    "chapeau",
    "chapo",
    "chapô",
    "chapeau-text",
    "chapo-text",
    "chapeau_text",
    "lede",
    "lead",
)
_SUMMARY_KEYS = ("summary", "resume", "résumé")
# A page's description for listings and search engines: the chapô only when the text repeats it.
_DESCRIPTION_KEYS = ("description", "excerpt", "subtitle", "sous-titre", "sous_titre")
# The post's own address (Jekyll's and Hugo's "permalink", "url"), which may date it.
_ADDRESS_KEYS = ("permalink", "url", "canonical", "canonical_url")
_LEDE_KEYS = _CHAPO_KEYS + _SUMMARY_KEYS
_TITLE_KEYS = ("title", "titre")
# Publication dates only ("lastmod", "updated" and "modified" date a later edit), by their
# key's letters: "publishDate", "publish_date" and "date-de-publication" are one key each.
_DATE_KEYS = (
    "date",
    "published",
    "publishdate",
    "pubdate",
    "publishedat",
    "publishedon",
    "posted",
    "postedon",
    "dateposted",
    "datepublished",
    "datepublication",
    "datedepublication",
    "publicationdate",
    "publication",
    "dateparution",
    "datedeparution",
    "parution",
    "misenligne",
    "datedemiseenligne",
    "created",
    "createdat",
    "datecreation",
    "datedecreation",
    "creationdate",
)
_KEY_LETTERS = re.compile(r"[\W_]+")
_CONTACT_KEYS = (
    "contact-presse",
    "contact_presse",
    "contacts-presse",
    "press-contact",
    "contact",
    "contacts",
)
# (a kicker, "surtitre", names the type when it is one: "Communiqué de presse")
_TYPE_KEYS = (
    "categories",
    "category",
    "type",
    "tags",
    "layout",
    "doc_type",
    "surtitre",
    "kicker",
)
_AUTHOR_KEYS = (
    "author",
    "authors",
    "auteur",
    "auteurs",
    "organisation",
    "organization",
    "publisher",
)

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_TAG = re.compile(r"<[^<>]{0,2000}>")
_BREAK_TAG = re.compile(r"<(?:br|/p|/div|/li|/h[1-6]|/tr)\b[^<>]{0,2000}>", re.I)


# A mailto link in raw HTML: its address is shown after the link text when the text hides it.
_MAILTO = re.compile(
    r"<a\s[^<>]{0,500}?href=[\"']mailto:([^\"'<>?]{1,200})[^<>]{0,500}>([^<]{0,300})</a>", re.I
)


def _show_address(match: re.Match[str]) -> str:
    address, text = match.group(1), match.group(2)
    return match.group() if address in text else f"{match.group()} ({address})"


def _unspaced_heading(block: Block) -> Block:
    """A paragraph of one line written ``#Titre`` (no space after the marks): a heading in
    the original Markdown (Markdown.pl), a paragraph in CommonMark; a few words with no
    other ``#`` (a line of hashtags, ``#COP21 #climat``, stays a paragraph)."""
    if len(block.lines) != 1:
        return block
    line = block.lines[0]
    marks = _UNSPACED_HEADING.fullmatch(line.text)
    if marks is None or len(marks.group(2).split()) < _UNSPACED_TITLE_WORDS:
        return block
    first, second = marks.group(2).split()[:2]
    if first[:1].isdigit() or _CAMEL_TAG.fullmatch(first) or second[:1].isupper():
        return block  # "#1 de la location", "#BalanceTonPorc …", "#Grève Les agents …": tags
    level = len(marks.group(1))
    title = line.part(level)
    return attrs.evolve(block, kind=BlockKind.HEADING, lines=(title,), level=level)


# One to six marks glued to a title, with no other "#"; the title has three words or more.
_UNSPACED_HEADING = re.compile(r"(#{1,6})([^#\s][^#\n]*)")
_UNSPACED_TITLE_WORDS = 3
# A hashtag's words run together, each capitalised: "BalanceTonPorc", "NoGoingBack".
_CAMEL_TAG = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]{1,30}(?:[A-ZÀ-Ý][a-zà-ÿ]{0,30}){1,8}")


class MarkdownAdapter(BaseAdapter):
    """Markdown with optional YAML front matter.

    !!! info "Added in version 0.1"
    """

    name: ClassVar[str] = "markdown"
    media_types: ClassVar[tuple[str, ...]] = ("text/markdown", "text/x-markdown")
    extensions: ClassVar[tuple[str, ...]] = (".md", ".markdown", ".mdown", ".mkd")

    def sniff(self, source: Source) -> float:
        if source.data is not None:
            return 0.0
        sample = source.text[:20000]
        if sample.lstrip().startswith("<") and not _INLINE_TAG_OPENING.match(sample.lstrip()):
            return 0.0  # a page, not Markdown that opens with an anchor or an image
        lined = "\n" + sample  # what the signals read (see _SIGNALS)
        score = 0.0
        for pattern, weight, needles in _SIGNALS:
            for needle in needles:  # (a loop, not any() over a generator: sniffed every parse)
                if needle in sample:
                    if pattern.search(lined):
                        score += weight
                    break
        return min(1.0, score)

    def segment(self, source: Source) -> Document:
        text = source.text
        found: list[Diagnostic] = []
        metadata, body_start = read_front_matter(text, found)
        blocks: list[Block] = []
        if metadata.span is not None:
            blocks.append(Block(BlockKind.METADATA, (), metadata.span))
        # Blank out the front matter, keeping its lines, so token line maps stay true.
        masked = "\n" * text.count("\n", 0, body_start) + text[body_start:]
        if ":::" in masked:
            # pandoc's fenced divs (``::: {.contact-presse}`` … ``:::``) fence blocks: their
            # fence lines are blank lines here, and the blocks inside them are read as usual
            masked = _DIV_FENCE.sub("", masked)
        blocks.extend(_Renderer(text, found).render(_PARSER.parse(masked)))
        return Document(text, tuple(blocks), metadata, tuple(found))


def read_front_matter(text: str, found: list[Diagnostic]) -> tuple[Metadata, int]:
    """Read front matter at the top of ``text``: its metadata and where the body starts.

    YAML between ``---`` lines (Jekyll, Hugo, Eleventy…), TOML between ``+++`` lines (Hugo),
    metadata lines in an HTML comment, JBake's ``title=…`` lines, pandoc's ``%`` title block,
    a Django or Jinja page's one-line ``{% block title %}…{% endblock %}`` blocks, or
    unfenced ``title:`` / ``date:`` lines.
    """
    if text.startswith("+++\n"):
        return _toml_front_matter(text, found)
    if text.startswith(_COMMENT_START):
        return _comment_front_matter(text, found)
    if text.startswith("---\n"):
        end = _FRONT_MATTER_END.search(text, 4, _FRONT_MATTER_LIMIT)
        if end is None:
            return Metadata(), 0
        body_start = min(end.end() + 1, len(text))
        span = (0, end.end())
        content = text[4 : end.start()]
    elif (equals := _equals_front_matter(text, found)) is not None:
        return equals
    elif text.startswith("{%") and (blocks := _template_blocks(text, found)) is not None:
        return blocks
    elif text.startswith("Title:") and (reader := _reader_capture(text, found)) is not None:
        return reader
    elif text.startswith("%") and (block := _pandoc_title_block(text, found)) is not None:
        return block
    else:
        # Flat-page sites write "title: …" / "date: …" lines with no fences.
        unfenced = _UNFENCED.match(text, 0, _FRONT_MATTER_LIMIT)
        if unfenced is None or unfenced.group().count("\n") < 2:
            return Metadata(), 0
        span = (0, unfenced.end() - 1)
        content = unfenced.group()
        data = _header_lines(content)
        if not isinstance(data, dict):
            return Metadata(span=span), unfenced.end()
        return _metadata(data, span, found), unfenced.end()
    data = _load(lambda: _read_yaml(content), "YAML", span, found)
    if not isinstance(data, dict):
        return Metadata(span=span), body_start
    return _metadata(data, span, found), body_start


def _comment_front_matter(text: str, found: list[Diagnostic]) -> tuple[Metadata, int]:
    """Metadata lines in an HTML comment at the top: read like unfenced lines, and only when
    every line of the comment is a ``key: value`` line and one of them names a title or a date
    (any other comment is the author's and stays out of the metadata)."""
    end = _COMMENT_END.search(text, len(_COMMENT_START), _FRONT_MATTER_LIMIT)
    if end is None:
        return Metadata(), 0
    content = text[len(_COMMENT_START) : end.start()]
    if not all(_COMMENT_LINE.fullmatch(line) for line in content.split("\n")):
        return Metadata(), 0
    data = _header_lines(content.strip())
    if not isinstance(data, dict) or not data.keys() & {*_TITLE_KEYS, *_DATE_KEYS}:
        return Metadata(), 0
    span = (0, end.start() + 3)
    return _metadata(data, span, found), end.end()


def _header_lines(content: str) -> Any:
    """Unfenced ``key: value`` lines: Flask-FlatPages reads them as YAML (``title: "…"``
    unquoted); Pelican and MultiMarkdown as ``Key: value``, where a value may hold a colon
    that YAML refuses."""
    try:
        with foreign_parser("YAML"):
            return _read_yaml(content)
    except CommuniqueError:
        return _key_value_lines(content)


def _key_value_lines(content: str, separator: str = ":") -> dict[str, str]:
    """Pelican's and MultiMarkdown's metadata: ``Key: value`` a line, the value as written
    to the end of its line (``Title: Travaux du pont : circulation alternée`` keeps the
    colon that YAML refuses); JBake's with ``=``. A key written twice keeps its first value."""
    data: dict[str, str] = {}
    for line in content.splitlines():
        key, _, value = line.partition(separator)
        data.setdefault(key.strip().lower(), value.strip())
    return data


def _pandoc_title_block(text: str, found: list[Diagnostic]) -> tuple[Metadata, int] | None:
    """Pandoc's title block: up to three ``%`` lines at the very top, the title, the authors
    (apart by ``;``) and the date, each going on over indented lines, then a blank line."""
    fields: list[str] = []
    position = 0
    while position < len(text) and len(fields) <= _TITLE_BLOCK_LINES:
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end]
        if line.startswith("%"):
            fields.append(line[1:].strip())
        elif line[:1] in (" ", "\t") and fields and line.strip():
            fields[-1] = f"{fields[-1]} {line.strip()}".strip()
        else:
            break
        position = end + 1
    if (
        not fields
        or len(fields) > _TITLE_BLOCK_LINES
        or text[position : position + 1] not in ("\n", "")
    ):
        return None
    data = dict(zip(("title", "author", "date"), fields, strict=False))
    data = {key: value for key, value in data.items() if value}
    if "author" in data:
        data["author"] = data["author"].split(";")[0].strip()
    span = (0, max(0, position - 1))
    return _metadata(data, span, found), min(position, len(text))


_TITLE_BLOCK_LINES = 3


def _equals_front_matter(text: str, found: list[Diagnostic]) -> tuple[Metadata, int] | None:
    """JBake's ``key=value`` header (``None`` when the text does not open with one): closed by
    its line of tildes, or by a blank line when its keys name a title or a date."""
    header = _EQUALS_HEADER.match(text, 0, _FRONT_MATTER_LIMIT)
    if header is None:
        return None
    lines = text[: header.start("tildes") if header.group("tildes") else header.end()]
    data = _key_value_lines(lines, "=")
    closed = header.group("tildes") is not None
    blank_after = text[header.end() : header.end() + 1] in ("\n", "")
    if not closed and not (blank_after and data.keys() & {*_TITLE_KEYS, *_DATE_KEYS}):
        return None
    end = header.end()
    span = (0, end - 1 if text[end - 1 : end] == "\n" else end)
    return _metadata(data, span, found), end


def _template_blocks(text: str, found: list[Diagnostic]) -> tuple[Metadata, int] | None:
    """A Django or Jinja page's source (``None`` when the text does not open with one): its
    directives (``{% extends "base.html" %}``, ``{% load static %}``) and its one-line blocks
    (``{% block title %}Titre{% endblock %}``), each block's name a metadata key, up to the
    block the body stands in (``{% block content %}``), which ends the header."""
    data: dict[str, str] = {}
    position = 0
    while position < min(len(text), _FRONT_MATTER_LIMIT):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        line = text[position:end].strip()
        position = end + 1
        if not line:
            continue
        block = _TEMPLATE_BLOCK.fullmatch(line)
        if block is not None:
            key = block["name"].lower()
            if _TEMPLATE_KEY_PREFIX.sub("", key) in _TITLE_KEYS:
                key = "title"  # "page_title"; a "meta_description" is for search engines
            data.setdefault(key, block["value"].strip())
        elif _TEMPLATE_OPENING.fullmatch(line) is not None:
            break  # the block the body stands in
        elif _TEMPLATE_DIRECTIVE.fullmatch(line) is None:
            position = text.rfind("\n", 0, end) + 1 if end < len(text) else end
            break  # the page's text begins without a block of its own
    else:
        position = len(text)
    if not data:
        return None
    span = (0, max(0, min(position, len(text)) - 1))
    return _metadata(data, span, found), min(position, len(text))


# One directive alone on its line: "{% load static %}", "{%- extends 'base.html' -%}".
_TEMPLATE_DIRECTIVE = re.compile(r"\{%-?[^%\n]{1,300}-?%\}")
# A paragraph of directives only: "{% endblock %}", "{% include "citation.html" %}".
_TEMPLATE_ONLY = re.compile(r"(?:[ \t\n]*\{%-?[^%\n]{1,300}-?%\})+[ \t\n]*")
# A block on one line: "{% block title %}Titre{% endblock %}" ("{% endblock title %}").
_TEMPLATE_BLOCK = re.compile(
    r"\{%-?\s*block\s+(?P<name>\w{1,40})\s*-?%\}(?P<value>[^{}\n]{0,2000})"
    r"\{%-?\s*endblock(?:\s+\w{1,40})?\s*-?%\}"
)
# A block left open on its line: the body's ("{% block content %}").
_TEMPLATE_OPENING = re.compile(r"\{%-?\s*block\s+\w{1,40}\s*-?%\}")
# A title block's name may say where the title goes: "page_title", "head_title".
_TEMPLATE_KEY_PREFIX = re.compile(r"^(?:meta|page|head|seo)_")


def _reader_capture(text: str, found: list[Diagnostic]) -> tuple[Metadata, int] | None:
    """A reader service's capture of a web page (``Title:`` / ``URL Source:`` / ``Published
    Time:`` lines, then ``Markdown Content:`` and the page as Markdown), ``None`` when the text
    does not open with one. The ``Title:`` is the page's ``<title>`` (a site's name after it, a
    section before it): the title only when the page shows no heading of its own."""
    end = _READER_CONTENT.search(text, 0, _READER_HEADER_LIMIT)
    if end is None:
        return None
    fields = _key_value_lines(text[: end.start()].replace("\n\n", "\n").strip())
    if "title" not in fields or not fields.keys() <= _READER_KEYS:
        return None
    data: dict[str, str] = {"date": fields.get("published time", "")}
    body = text[end.end() : end.end() + _READER_BODY_SCAN]
    if _MARKDOWN_HEADING.search(body) is None:
        data["title"] = _TITLE_SITE_SUFFIX.sub("", fields["title"]).strip()
    span = (0, end.end() - 1 if text[end.end() - 1 : end.end()] == "\n" else end.end())
    return _metadata(data, span, found), end.end()


# A reader service's header: its fields, then the page's Markdown after "Markdown Content:".
_READER_CONTENT = re.compile(r"^Markdown Content:[ \t]*(?:\n|\Z)", re.M)
_READER_KEYS = frozenset(("title", "url source", "published time", "description", "warning"))
_READER_HEADER_LIMIT = 4096
_READER_BODY_SCAN = 20000
# A heading in Markdown, ATX or setext.
_MARKDOWN_HEADING = re.compile(r"^#{1,2}[ \t]+\S|^[^\n]{3,300}\n(?:=+|-{3,})[ \t]*$", re.M)
# A site's name after a page's title: "Titre | Chambre d'agriculture", "Titre - Site".
_TITLE_SITE_SUFFIX = re.compile(r"(?<!\s)\s+[|–—-]\s+[^|–—\n]{1,80}$")


def _toml_front_matter(text: str, found: list[Diagnostic]) -> tuple[Metadata, int]:
    end = _TOML_FRONT_MATTER_END.search(text, 4, _FRONT_MATTER_LIMIT)
    if end is None:
        return Metadata(), 0
    span = (0, end.end())
    body_start = min(end.end() + 1, len(text))
    content = text[4 : end.start()]
    data = _load(lambda: tomllib.loads(_within_limits(content)), "TOML", span, found)
    if not isinstance(data, dict):
        return Metadata(span=span), body_start
    return _metadata(data, span, found), body_start


def _load(read: Callable[[], Any], syntax: str, span: Span, found: list[Diagnostic]) -> Any:
    """The front matter as PyYAML or tomllib reads it, behind the library's boundary around
    foreign parsers: whatever they raise (a syntax error, ``ValueError`` for an integer too
    long to convert, ``RecursionError`` for deep nesting) is an ``invalid-front-matter``
    diagnostic, and the body is read without the front matter."""
    try:
        with foreign_parser(syntax):
            return read()
    except CommuniqueError as error:
        note = f"the front matter was not read: {error}"
        found.append(diagnostics.make("invalid-front-matter", note, span))
        return None


def _yaml_text(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """A timestamp as the text it is written in: `_date` checks it, so that
    ``date: 2024-13-01`` is a diagnostic, not PyYAML's ``ValueError``."""
    return loader.construct_scalar(node)  # type: ignore[arg-type]


def _yaml_int(loader: yaml.SafeLoader, node: yaml.Node) -> Any:
    """An integer, or its text when it is longer than any value a release needs (Python
    refuses to convert integers of more than 4,300 digits)."""
    written = loader.construct_scalar(node)  # type: ignore[arg-type]
    if isinstance(written, str) and len(written) > _LONGEST_NUMBER:
        return written
    return loader.construct_yaml_int(node)  # type: ignore[arg-type]


# libyaml's parser when PyYAML was built with it (the wheels are): ten times faster than the
# pure-Python one, which scans deeply nested flow collections in quadratic time.
_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _FrontMatterLoader(_SafeLoader):  # type: ignore[misc, valid-type]
    """PyYAML's safe loader, with timestamps kept as text and over-long integers as text."""


def _read_yaml(content: str) -> Any:
    return yaml.load(_within_limits(content), Loader=_FrontMatterLoader)  # a safe loader


# What the front-matter parsers are given: PyYAML's pure-Python parser reads about 40 KB a
# second of pathological YAML, and nesting costs it (and tomllib) recursion.
_LONGEST_FRONT_MATTER = 16 * 1024
_DEEPEST_FRONT_MATTER = 64


def _within_limits(content: str) -> str:
    """``content``, or [`UnsafeInputError`][communique.UnsafeInputError] when it is longer or nests
    its brackets deeper than the parsers are given (a press release's front matter is a few
    lines)."""
    if len(content) > _LONGEST_FRONT_MATTER:
        raise UnsafeInputError(f"{len(content):,} characters (limit {_LONGEST_FRONT_MATTER:,})")
    depth = deepest = 0
    for bracket in _BRACKET.findall(content):
        depth = depth + 1 if bracket in "[{" else max(depth - 1, 0)
        deepest = max(deepest, depth)
    if deepest > _DEEPEST_FRONT_MATTER:
        raise UnsafeInputError(f"brackets nested {deepest} deep (limit {_DEEPEST_FRONT_MATTER})")
    return content


_FrontMatterLoader.add_constructor("tag:yaml.org,2002:timestamp", _yaml_text)
_FrontMatterLoader.add_constructor("tag:yaml.org,2002:int", _yaml_int)

# The values a front matter may hold: the keys read here sit at the top level or one or two
# levels down (a contact mapping in a list); aliases can make a small YAML text a huge or
# cyclic structure, so the values are copied within these bounds before they are read.
_DEEPEST_VALUE = 6
_MOST_VALUES = 2000
_LONGEST_NUMBER = 100  # digits


def _bounded(data: dict[Any, Any], span: Span, found: list[Diagnostic]) -> dict[str, Any]:
    """A copy of the front matter within `_DEEPEST_VALUE` levels and
    `_MOST_VALUES` values, keys lowered; what is cut is a ``limit-reached`` diagnostic."""
    budget = _MOST_VALUES
    cut = False

    def copy(value: Any, depth: int) -> Any:
        nonlocal budget, cut
        budget -= 1
        if budget < 0 or depth > _DEEPEST_VALUE:
            cut = True
            return None
        if isinstance(value, dict):
            return {str(copy(k, depth + 1)): copy(v, depth + 1) for k, v in value.items()}
        if isinstance(value, list | tuple | set):
            return [copy(item, depth + 1) for item in value]
        if isinstance(value, int) and not isinstance(value, bool):
            return value if value.bit_length() <= _LONGEST_NUMBER * 4 else None
        return value

    fields = {str(copy(k, 1)).lower(): copy(v, 1) for k, v in data.items()}
    if cut:
        found.append(
            diagnostics.make(
                "limit-reached",
                f"the front matter holds more than {_MOST_VALUES:,} values or nests deeper "
                f"than {_DEEPEST_VALUE} levels; the rest was not read",
                span,
            )
        )
    return fields


def _metadata(data: dict[Any, Any], span: Span, found: list[Diagnostic]) -> Metadata:
    """The metadata of a front matter's keys (YAML or TOML)."""
    fields = _bounded(data, span, found)
    return Metadata(
        title=_text(_first(fields, _TITLE_KEYS)),
        date=_date({_KEY_LETTERS.sub("", k): v for k, v in fields.items()}, span, found),
        lede=_text(_first(fields, _LEDE_KEYS), blocks=True),
        lede_is_summary=_first(fields, _CHAPO_KEYS) is None,
        description=_text(_first(fields, _DESCRIPTION_KEYS)),
        address=_address(_first(fields, _ADDRESS_KEYS)),
        doc_type=_doc_type(fields),
        author=_text(_first(fields, _AUTHOR_KEYS)),
        contact=_contact_text(_first(fields, _CONTACT_KEYS)),
        span=span,
        release_hints=_release_hints(fields),
        page_hints=tuple(key for key in fields if _PAGE_KEY.fullmatch(key)),
    )


# Front-matter keys that press-room sites use for releases: a chapô, a press contact, the
# release's PDF ("communique_file"), a "press" category.
_RELEASE_KEY = re.compile(r"communiqu|press|chap[eoô]|contact", re.I)


# Front-matter keys of other pages: an event's (its start and end, its venue, its price and
# box office: "event_start", "date_debut", "lieu", "tarif", "billetterie", as agenda themes
# write them) or a standing page's entry in the site's menu ("menu"). A release is a post.
_PAGE_KEY = re.compile(
    r"(?i:event[_-]?(?:start|end|date|time)|(?:start|end)[_-]?date|date[_-]?(?:d[ée]but|fin)"
    r"|horaires?|lieu|venue|tarifs?|billetterie|menu)"
)


def _release_hints(fields: dict[str, Any]) -> tuple[str, ...]:
    return tuple(key for key in fields if _RELEASE_KEY.search(key))


def _first(fields: dict[str, Any], keys: tuple[str, ...]) -> Any:
    for key in keys:
        value = fields.get(key)
        if value not in (None, "", [], {}):
            return value
    return None


def _address(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip()[:_LONGEST_ADDRESS] or None


_LONGEST_ADDRESS = 2000


def _text(value: Any, *, blocks: bool = False) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        return collapse(_markdown_text(str(value), blocks=blocks)) or None
    return None


def _date(fields: dict[str, Any], span: Span, found: list[Diagnostic]) -> dt.date | None:
    """The front matter's publication date: the first of `_DATE_KEYS` whose value is a date,
    in any form a date is written. A key may hold something else under the same name
    (Jekyll's ``published: true`` says whether the post is shown, not when), so a value that
    is no date passes to the next key; one that names no calendar day (``2024-13-01``) is an
    ``invalid-date`` diagnostic and no date."""
    for key in _DATE_KEYS:
        value = fields.get(key)
        if value is None or isinstance(value, bool):
            continue
        date = metadata_date(value)
        if date is not None:
            return date
        if isinstance(value, str) and DATE.match(value.strip()[:64]):
            found.append(
                diagnostics.make(
                    "invalid-date",
                    f"the front matter's date {value.strip()[:64]!r} names no calendar day; "
                    "it was left out",
                    span,
                )
            )
    return None


def _doc_type(fields: dict[str, Any]) -> str | None:
    from ..french.vocabulary import DOC_TYPE

    for key in _TYPE_KEYS:
        values = fields.get(key)
        for value in values if isinstance(values, list) else [values]:
            if isinstance(value, str) and DOC_TYPE.fullmatch(value.strip()):
                if _PLURAL_SECTION.match(value.strip()):
                    continue  # "Communiqués": the site's section, not this text's type
                return value.strip()
    return None


# A plural label in a site's categories names the press room's section of releases.
_PLURAL_SECTION = re.compile(r"(?:communiqu[ée]s|dossiers|invitations)(?:\s|$)", re.I)


def _contact_text(value: Any) -> str | None:
    """A press-contact value (mapping, list or text) as lines for the contact reader."""
    if isinstance(value, dict):
        lines = [_contact_text(v) for v in value.values()]
        return "\n".join(line for line in lines if line) or None
    if isinstance(value, list):
        # Each list item is one contact: a blank line keeps people apart.
        return "\n".join(line for v in value if (line := _contact_text(v))) or None
    return _text(value) if value is not None else None


# What makes a front-matter value more than its words to Markdown: an escape, code, emphasis,
# a link or an image, a tag or an entity, a line break or a NUL (which markdown-it replaces);
# at its start, what opens a heading, a quote, a list, a rule, a fence, a table or indented
# code; at either end, whitespace (a paragraph is stripped of all of it, collapse() of plain
# spaces only). A value with none of these reads as itself (checked over random values).
_MARKUP_IN_VALUE = re.compile(r"[\\`*_\[\]<>&!\n\r\x00]|^[\s#>\-+=~|0-9]|\s\Z")


def _markdown_text(text: str, *, blocks: bool) -> str:
    """A front-matter value read as Markdown: its words, without emphasis, links, images or
    tags (``selon [le classement](https://…)`` -> ``selon le classement``). With ``blocks``
    (a chapô may be a bullet list) list markers go too; a title is read inline only, so that
    ``+ 15 % d'emplois`` or ``1. …`` keeps its first characters."""
    if _MARKUP_IN_VALUE.search(text) is None:
        return text  # nothing Markdown reads otherwise than as words: no need to tokenise
    words: list[str] = []
    tokens = _PARSER.parse(text) if blocks else _PARSER.parseInline(text)
    for token in tokens:
        if token.type != "inline":
            continue
        if words:
            words.append("\n")
        for child in _children(token):
            if child.type == "text" and "{" in child.content:
                words.append(_without_pandoc_attributes(child.content))
            elif child.type in ("text", "code_inline"):
                words.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                words.append("\n")
    return "".join(words)


# Tokens the renderer reads nothing from (a paragraph's inline token, a cell's, holds its text).
_INERT_TOKENS = frozenset((
    "paragraph_open", "paragraph_close", "heading_close", "table_open", "table_close",
    "thead_open", "thead_close", "tbody_open", "tbody_close", "th_open", "th_close", "td_open",
    "td_close",
))  # fmt: skip


class _Renderer:
    """Walks the markdown-it token stream and emits blocks with per-line alignment."""

    def __init__(self, text: str, found: list[Diagnostic]) -> None:
        self.text = text
        self.found = found
        self.line_starts = [0]
        newline = text.find("\n")
        while newline >= 0:  # str.find, not a Python loop over every character
            self.line_starts.append(newline + 1)
            newline = text.find("\n", newline + 1)

    def _line_span(self, number: int) -> tuple[int, int]:
        number = min(number, len(self.line_starts) - 1)
        start = self.line_starts[number]
        end = (
            self.line_starts[number + 1] - 1
            if number + 1 < len(self.line_starts)
            else len(self.text)
        )
        raw = self.text[start:end]
        left = len(raw) - len(raw.lstrip())
        return start + left, start + max(left, len(raw.rstrip()))  # a blank line: empty

    def render(self, tokens: list[Token]) -> list[Block]:
        blocks: list[Block] = []
        kind_stack: list[BlockKind] = []
        list_depth = 0
        heading_level = 0
        # (a file that writes spaced headings follows CommonMark: its "#Mot" is a hashtag)
        spaced_headings = any(t.type == "heading_open" and t.markup.startswith("#") for t in tokens)
        cells: list[str] = []
        row_map: list[int] | None = None
        skip_to = 0
        for index, token in enumerate(tokens):
            if index < skip_to:
                continue
            kind = token.type
            if kind in _INERT_TOKENS:
                continue
            if kind == "html_block" and token.map is not None and not kind_stack:
                last = _html_region_end(tokens, index)
                if last > index:
                    lines = max(t.map[1] for t in tokens[index : last + 1] if t.map is not None)
                    blocks.extend(self._html_region(token.map[0], lines))
                    skip_to = last + 1
                    continue
            if kind in ("bullet_list_open", "ordered_list_open"):
                list_depth += 1
            elif kind in ("bullet_list_close", "ordered_list_close"):
                list_depth -= 1
            elif kind == "list_item_open":
                kind_stack.append(BlockKind.LIST_ITEM)
            elif kind == "blockquote_open":
                kind_stack.append(BlockKind.QUOTE)
            elif kind in ("list_item_close", "blockquote_close") and kind_stack:
                kind_stack.pop()
            elif kind == "heading_open":
                heading_level = int(token.tag[1:])
            elif kind == "tr_open":
                cells, row_map = [], token.map
            elif (
                kind == "inline"
                and row_map is not None
                and tokens[index - 1].type in ("th_open", "td_open")
            ):
                runs = self._inline_lines(_children(token))
                cells.append(collapse(" ".join("".join(t for t, _ in line) for line in runs)))
            elif kind == "tr_close" and row_map is not None:
                blocks.extend(self._table_row(cells, row_map))
                row_map = None
            elif kind == "inline" and token.map is not None:
                if (
                    not heading_level
                    and "{%" in token.content
                    and _TEMPLATE_ONLY.fullmatch(token.content)
                ):
                    continue  # "{% endblock %}", "{% include … %}": the page's template
                block_kind = (
                    BlockKind.HEADING
                    if heading_level
                    else kind_stack[-1]
                    if kind_stack
                    else BlockKind.PARAGRAPH
                )
                level = heading_level or list_depth
                inline_blocks = self._inline_block(token, block_kind, level)
                if (
                    block_kind is BlockKind.PARAGRAPH
                    and len(inline_blocks) == 1
                    and not spaced_headings
                    and token.content.startswith("#")  # (not an escaped "\\#")
                ):
                    inline_blocks = [_unspaced_heading(inline_blocks[0])]
                blocks.extend(inline_blocks)
                heading_level = 0
            elif kind in ("fence", "code_block") and token.map is not None:
                blocks.extend(self._raw_block(token.content, token.map, BlockKind.CODE))
            elif kind == "html_block" and token.map is not None:
                content = _MAILTO.sub(_show_address, token.content)
                rendered = html.unescape(_TAG.sub("", _BREAK_TAG.sub("\n", content)))
                blocks.extend(self._raw_block(rendered, token.map, BlockKind.PARAGRAPH))
            elif kind == "hr" and token.map is not None:
                start, end = self._line_span(token.map[0])
                blocks.append(Block(BlockKind.RULE, (), (start, end)))
        return blocks

    def _html_region(self, first: int, stop: int) -> list[Block]:
        """Blocks of the raw HTML on source lines ``first``..``stop`` (excluded), read as HTML."""
        start = self._line_span(first)[0]
        end = self._line_span(stop - 1)[1]
        records = render_fragment(self.text[start:end], self.found)
        blocks: list[Block] = []
        cursor = start
        for record in records:
            lines: list[Line] = []
            for rendered in record.lines:
                line = Line.aligned_to(rendered.text, self.text, cursor, end, rendered.emphasis)
                lines.append(line)
                cursor = max(cursor, line.span[1])
            span = (lines[0].span[0], max(line.span[1] for line in lines))
            link_spans = tuple(text_span(lines, text, span) for text in record.link_texts)
            blocks.append(
                Block(record.kind, tuple(lines), span, record.level, record.links, link_spans)
            )
        return blocks

    def _table_row(self, cells: list[str], row_map: list[int]) -> list[Block]:
        start, end = self._line_span(row_map[0])
        plain = " | ".join(c for c in cells if c)
        if not plain:
            return []
        return [
            Block(BlockKind.TABLE_ROW, (Line(plain, (start, end), source=self.text),), (start, end))
        ]

    def _raw_block(self, content: str, line_map: list[int], kind: BlockKind) -> list[Block]:
        first, last = self._line_span(line_map[0]), self._line_span(line_map[1] - 1)
        lines: list[Line] = []
        cursor = first[0]  # each line after the one before (a "<" left by a tag, fuzz-found)
        for raw in content.split("\n"):
            plain = collapse(raw)
            if plain:
                lines.append(Line.aligned_to(plain, self.text, cursor, last[1]))
                cursor = max(cursor, min(lines[-1].span[1], last[1] - 1))
        if not lines:
            return []
        return [Block(kind, tuple(lines), (first[0], last[1]))]

    def _inline_block(self, token: Token, kind: BlockKind, level: int) -> list[Block]:
        assert token.map is not None
        content = token.content
        if "{" not in content and "^" not in content and _INLINE_MARKUP.search(content) is None:
            return self._plain_block(content, token.map[0], kind, level)
        rendered = _render_inline(_children(token))
        made: list[list[Line]] = []  # the lines made from each rendered line
        rows = rendered.rows  # in order: the lines of one source line are neighbours
        for number, runs in enumerate(rendered.lines):
            row = rows[number]
            start, end = self._line_span(token.map[0] + row)
            lines = self._lines_from_runs(runs, start, end)
            if (number and rows[number - 1] == row) or rows[number + 1 : number + 2] == [row]:
                # Several lines from one source line (split at <br>): each where its text is.
                if made and made[-1] and number and rendered.rows[number - 1] == row:
                    start = made[-1][-1].span[1]
                lines = [Line.aligned_to(line.text, self.text, start, end) for line in lines]
            made.append(lines)
        lines = [line for group in made for line in group]
        if not lines:
            return []
        span = (lines[0].span[0], max([line.span[1] for line in lines]))
        links = tuple(target for target, _, _ in rendered.anchors)
        link_spans = tuple(
            text_span(made[number], text, made[number][0].span if made[number] else span)
            for _, number, text in rendered.anchors
        )
        return [Block(kind, tuple(lines), span, level=level, links=links, link_spans=link_spans)]

    def _plain_block(self, content: str, first: int, kind: BlockKind, level: int) -> list[Block]:
        """The block of an inline content without markup (its children are `_plain_inline`'s:
        a text token a source line, breaks between them), read from the content itself: a
        line for each source line with text, the line's span its source line's, no emphasis
        and no link (what the general path makes of those tokens, without rendering them)."""
        parts = content.split("\n")
        last = len(parts) - 1
        lines: list[Line] = []
        for number, part in enumerate(parts):
            if number:
                part = part.lstrip(" \t")
            if number != last:
                part = part.rstrip(" ") if part.endswith("  ") else part.removesuffix(" ")
            plain = collapse(part)
            if plain:
                lines.append(Line(plain, self._line_span(first + number), None, self.text))
        if not lines:
            return []
        span = (lines[0].span[0], max([line.span[1] for line in lines]))
        return [Block(kind, tuple(lines), span, level=level, links=(), link_spans=())]

    def _lines_from_runs(self, runs: list[tuple[str, str]], start: int, end: int) -> list[Line]:
        if len(runs) == 1:  # the usual case: one run, what the general case below makes of it
            text, style = runs[0]
            plain = collapse(text)
            if not plain:
                return []
            return [Line(plain, (start, end), _emphasis(style if text.strip() else ""), self.text)]
        plain = collapse("".join([text for text, _ in runs]))
        if not plain:
            return []
        styled = [(collapse(text), style) for text, style in runs if text.strip()]
        styles = [style for _, style in styled]
        if all(styles) and len(styled) > 1 and len(set(styles)) > 1:
            # Differently emphasised runs glued on one line: one line per run.
            whole = Line(plain, (start, end), source=self.text)
            lines, cursor = [], 0
            for text, style in styled:
                at = plain.find(text, cursor)
                if at < 0:
                    break
                cursor = at + len(text)
                lines.append(Line(text, whole.locate(at, cursor), _emphasis(style), self.text))
            else:
                return lines
        style = styles[0] if styles and all(s == styles[0] for s in styles) else ""
        return [Line(plain, (start, end), _emphasis(style), self.text)]

    @staticmethod
    def _inline_lines(children: list[Token]) -> list[list[tuple[str, str]]]:
        """The inline content as lines of ``(text, style)`` runs; style is strong/em/''."""
        return _render_inline(children).lines


# Tags of HTML elements that hold blocks of text.
_CONTAINER_TAG = re.compile(
    r"<(/?)(?:p|div|blockquote|li|ul|ol|h[1-6]|table|tr|td|th|dl|dt|dd|center|section|article"
    r"|pre)\b[^<>]{0,2000}>",
    re.I,
)
# The tokens raw HTML can run over: HTML blocks, and the paragraphs markdown-it makes of the
# lines between them that do not start with a tag.
_REGION_TOKENS = frozenset(("html_block", "paragraph_open", "inline", "paragraph_close"))
# How many tokens one region of raw HTML may span.
_REGION_LIMIT = 400


def _html_region_end(tokens: list[Token], index: int) -> int:
    """The last token of raw HTML that opens an element at ``tokens[index]`` and closes it
    further down, over blank lines (``<p>Contact :<br>`` … ``</p>``), or that comes before the
    next element starts; ``index`` when the element closes in the same token, or when
    something else than raw HTML and paragraphs comes first.

    Markdown-it ends an HTML block at a blank line, so a page of HTML with blank lines between
    its lines (common after a static-site migration) comes as many tokens.
    """
    if not _opens_element(tokens[index].content):
        return index
    for number in range(index + 1, min(len(tokens), index + _REGION_LIMIT)):
        token = tokens[number]
        if token.type not in _REGION_TOKENS or token.level > 1:
            return index
        if token.type == "html_block" and _starts_element(token.content):
            return number - 1  # a new element: the open one ends before it (HTML closes it)
        if token.type in ("html_block", "inline") and _closes_element(token.content):
            following = number + 1
            if token.type == "inline" and following < len(tokens):
                return following  # the paragraph_close after it
            return number
    return index


def _opens_element(content: str) -> bool:
    """Whether the last block element tag of ``content`` opens an element."""
    tags = _CONTAINER_TAG.findall(content)
    return bool(tags) and tags[-1] == ""


def _starts_element(content: str) -> bool:
    """Whether ``content`` starts with a block element's opening tag."""
    first = _CONTAINER_TAG.match(content.lstrip())
    return first is not None and first.group(1) == ""


def _closes_element(content: str) -> bool:
    """Whether the last block element tag of ``content`` closes an element."""
    tags = _CONTAINER_TAG.findall(content)
    return bool(tags) and tags[-1] == "/"


@attrs.define
class _Inline:
    """Inline content rendered: lines of ``(text, style)`` runs, and where they come from."""

    lines: list[list[tuple[str, str]]] = attrs.Factory(lambda: [[]])
    #: for each line, the source line it is on (relative to the block's first line)
    rows: list[int] = attrs.Factory(lambda: [0])
    #: each link as (target, the line its text starts on, its text)
    anchors: list[tuple[str, int, str]] = attrs.Factory(list)


# An <a href="…"> tag in inline HTML: its target.
_ANCHOR_TAG = re.compile(r"<a\s[^<>]{0,500}?href\s*=\s*[\"']([^\"'<>]{1,500})[\"']", re.I)


def _render_inline(children: list[Token]) -> _Inline:
    """Render inline tokens: ``<br>`` and line breaks start lines, links are noted."""
    result = _Inline()
    strong = em = 0
    in_sup = False
    anchor: list[str] | None = None  # the open link: its target, then its text runs

    def style() -> str:
        return "strong" if strong else "em" if em else ""

    def open_link(target: str) -> None:
        nonlocal anchor
        close_link()
        anchor = [target]
        result.anchors.append((target, len(result.lines) - 1, ""))

    def close_link() -> None:
        nonlocal anchor
        if anchor is not None:
            target, number, _ = result.anchors[-1]
            result.anchors[-1] = (target, number, collapse("".join(anchor[1:])))
        anchor = None

    def new_line(row: int) -> None:
        result.lines.append([])
        result.rows.append(row)

    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            content = child.content
            if in_sup and content.isdigit():
                content = content.translate(_SUPERSCRIPT)
            if "&" in content:
                content = html.unescape(content)
            if "{" in content and kind == "text":
                content = _without_pandoc_attributes(content)
            if ("^" in content or "~" in content) and kind == "text":
                content = _without_pandoc_scripts(content)
            result.lines[-1].append((content, style()))
            if anchor is not None:
                anchor.append(content)
        elif kind in ("softbreak", "hardbreak"):
            new_line(result.rows[-1] + 1)
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong = max(strong - 1, 0)
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em = max(em - 1, 0)
        elif kind == "link_open" and child.attrs.get("href"):
            open_link(str(child.attrs["href"]))
        elif kind == "link_close":
            close_link()
        elif kind == "html_inline":
            tag = child.content.lower()
            if tag.startswith("<sup"):
                in_sup = True
            elif tag.startswith("</sup"):
                in_sup = False
            elif tag.startswith("<br"):
                new_line(result.rows[-1])
            elif (found := _ANCHOR_TAG.match(child.content)) is not None:
                open_link(html.unescape(found.group(1)).strip())
            elif tag.startswith("</a"):
                close_link()
    close_link()
    return result


# A fence of pandoc's fenced divs, alone on its line: "::: {.contact-presse}", "::: navbar",
# ":::" (the fence before a block may follow a paragraph's last line: it is no text).
_DIV_FENCE = re.compile(
    r"^[ \t]{0,3}:{3,}(?:[ \t]*\{[^{}\n]{0,200}\}|[ \t]*[\w-]{1,40})?[ \t]*:*[ \t]*$", re.M
)

# What pandoc writes when it converts a word processor's file to Markdown: bracketed spans
# with their attributes (``[Communiqué de presse]{.underline}``, ``[mot]{.mark}``) and a
# heading's attributes (``Titre {#sec-1 .unnumbered}``); CommonMark reads them as text.
_PANDOC_SPAN = re.compile(r"\[([^\[\]\n]{1,300})\]\{[^{}\n]{1,200}\}")
# kramdown's (Jekyll's) inline attribute lists, after a link or a paragraph:
# ``[le rapport](https://…){:target="_blank"}``, ``{: .lead}``.
_KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^{}\n]{0,200}\}")
_PANDOC_ATTRIBUTES = re.compile(
    r"(?<![ \t])[ \t]*\{(?:(?=[#.])|[\w-]{1,40}=)[^{}\n]{1,200}\}[ \t]*$"
)
# A link's or an image's attributes, right after it: "[Partager](…){.btn} [Imprimer](…)".
_LINK_ATTRIBUTES = re.compile(r"\{(?=[#.])[^{}\s]{1,200}\}")


def _without_pandoc_attributes(content: str) -> str:
    """``content`` without pandoc's span brackets and attribute blocks and kramdown's attribute
    lists: the words remain."""
    if "{:" in content:
        content = _KRAMDOWN_ATTRIBUTES.sub("", content)
    if content.startswith("{") and (attributes := _LINK_ATTRIBUTES.match(content)) is not None:
        content = content[attributes.end() :]
    return _PANDOC_ATTRIBUTES.sub("", _PANDOC_SPAN.sub(r"\1", content))


# Pandoc's superscripts and subscripts, which CommonMark reads as text: "le 1^er^ mars",
# "n^o^ 12", "10 m^2^", "CO~2~". A superscript's digits are written as superscripts (as
# from ``<sup>``), its letters as letters ("1er"); a subscript's digits as digits.
_PANDOC_SUPERSCRIPT = re.compile(r"(?<=\w)\^([^\s^]{1,12})\^")
_PANDOC_SUBSCRIPT = re.compile(r"(?<=\w)~(\d{1,3})~")


def _without_pandoc_scripts(content: str) -> str:
    """``content`` with pandoc's ``^…^`` and ``~…~`` markers dropped, their text kept."""
    content = _PANDOC_SUPERSCRIPT.sub(_superscript, content)
    return _PANDOC_SUBSCRIPT.sub(r"\1", content)


def _superscript(match: re.Match[str]) -> str:
    raised = match.group(1)
    return raised.translate(_SUPERSCRIPT) if raised.isdigit() else raised


def _emphasis(style: str) -> Emphasis | None:
    return Emphasis(style) if style else None
