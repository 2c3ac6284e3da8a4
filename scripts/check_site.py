"""Fail when the built documentation site shows reStructuredText markup as literal text.

The API reference is rendered by mkdocstrings from the docstrings, which are Markdown with
autorefs links (``[`Name`][communique.Name]``) and admonitions (``!!! info "Added in version
0.1"``). Sphinx markup is not rendered there: a role (``:class:`Name```) shows up as
``:class:`` before a code span, a directive (``.. versionadded:: 0.1``) as a paragraph. This
reads every HTML page of a site built by ``mkdocs build`` and lists each such leftover with
its page, so CI fails on it (``.ci/run``, step 4)::

    python scripts/check_site.py SITE_DIR

What is looked for, in the text outside code (a page may quote markup inside a code span or
block):

* a role: ``:name:`` or ``:domain:name:`` glued to a code span;
* a directive: ``.. name::``;
* a field list line: ``:param x:``, ``:returns:``, ``:raises X:``… at the start of a line;
* a literal-block marker: a paragraph that ends with ``::``;
* a reStructuredText hyperlink: a code span followed by ``_`` (```text <url>`_``);
* a doctest written as text: ``>>>`` read by Markdown as three nested block quotes.
"""

from __future__ import annotations

import argparse
import re
import sys
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["leftovers", "main", "site_leftovers"]

# Stands for a code span in the text handed to the patterns below: roles and hyperlinks are
# recognised by what is glued to a code span, and what is inside one is never looked at.
CODE = "\x00"

# Elements whose content is never prose: a code sample may quote markup on purpose.
_VERBATIM = frozenset({"code", "pre", "script", "style", "kbd", "samp"})
# Elements that end a line of text (so ``^``/``$`` in the patterns mean a block's edges).
_BLOCKS = frozenset(
    {"p", "div", "li", "td", "th", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr"}
    | {"blockquote", "section", "article", "summary", "details", "ul", "ol", "table"}
)

# (name, pattern, what to write instead); every pattern is linear (no nested quantifiers).
_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "role",
        # ``:class:`` or ``:py:class:`` right before a code span, not inside a word or a URL
        re.compile(r"(?<![\w:/]):[a-z][\w.+-]*(?::[a-z][\w.+-]*)?:" + CODE),
        "an autorefs link [`Name`][communique.Name], or a plain code span",
    ),
    (
        "directive",
        re.compile(r"(?<![\w.])\.\. [a-z][\w-]*(?::[a-z][\w-]*)?::"),
        'a Markdown admonition (!!! info "Added in version X")',
    ),
    (
        "field list",
        re.compile(
            r"(?m)^[ \t]*:(?:param|parameter|arg|argument|key|keyword|type|raises?|except"
            r"|exception|var|ivar|cvar|vartype|returns?|rtype|yields?|meta)\b[^:\n]{0,200}:"
        ),
        "a section of the configured docstring style (Args:, Returns:, Raises:, Attributes:)",
    ),
    (
        "literal block",
        re.compile(r"(?m)(?<![:\s])::[ \t]*$"),
        "a single colon and a fenced code block",
    ),
    (
        "hyperlink",
        re.compile(CODE + r"__?(?!\w)"),
        "a Markdown link [text](url)",
    ),
)


class _Text(HTMLParser):
    """The text of a page outside code, one line per block, each code span as ``CODE``."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.verbatim = 0
        self.quotes = 0
        self.deepest_quotes = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VERBATIM:
            if self.verbatim == 0:
                self.parts.append(CODE)
            self.verbatim += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "blockquote":
            self.quotes += 1
            self.deepest_quotes = max(self.deepest_quotes, self.quotes)

    def handle_endtag(self, tag: str) -> None:
        if tag in _VERBATIM:
            self.verbatim = max(0, self.verbatim - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")
        if tag == "blockquote":
            self.quotes = max(0, self.quotes - 1)

    def handle_data(self, data: str) -> None:
        if self.verbatim == 0:
            self.parts.append(data)


def leftovers(html: str) -> list[str]:
    """The reStructuredText markup that ``html`` shows as text, one description each."""
    reader = _Text()
    reader.feed(html)
    reader.close()
    text = "".join(reader.parts)
    found: list[str] = []
    for name, pattern, instead in _PATTERNS:
        for match in pattern.finditer(text):
            start = max(0, match.start() - 40)
            excerpt = text[start : match.end() + 40].replace(CODE, "`…`")
            excerpt = " ".join(excerpt.split())
            found.append(f"{name} ({excerpt!r}); write {instead}")
    if reader.deepest_quotes >= 3:
        found.append("doctest written as text ('>>>' became block quotes); fence it as pycon")
    return found


def site_leftovers(site: Path) -> list[str]:
    """Every leftover of every HTML page under ``site``, prefixed with the page's path."""
    found: list[str] = []
    for page in sorted(site.rglob("*.html")):
        relative = page.relative_to(site)
        found.extend(f"{relative}: {item}" for item in leftovers(page.read_text("utf-8")))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path, help="the folder mkdocs built (site_dir)")
    arguments = parser.parse_args(argv)
    site: Path = arguments.site
    if not any(site.rglob("*.html")):
        print(f"check_site: no HTML page under {site}", file=sys.stderr)
        return 2
    found = site_leftovers(site)
    for item in found:
        print(item, file=sys.stderr)
    if found:
        print(f"check_site: {len(found)} literal reStructuredText markup left", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
