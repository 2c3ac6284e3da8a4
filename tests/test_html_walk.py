"""The HTML adapter's walk against the walk it replaced.

The walk is one pass of lxml's ``iterwalk`` (a dropped element's subtree skipped, its end still
read for its tail) that does inline what ``start``, ``end`` and ``run`` do for the commonest
tags, and makes each block's lines in one pass. The reference below is the walk
as it was: a stack of elements kept in Python, each line made by ``line_from_runs`` and made
again by ``Builder.add``. On generated pages, with comments and processing instructions kept
in the tree or not, both give the same records and the same diagnostics.
"""

from __future__ import annotations

from typing import Any

from hypothesis import example, given, settings
from lxml import etree

from communique.adapters import html
from communique.adapters._render import Builder, line_from_runs
from communique.blocks import BlockKind

from . import strategies as gs


class _StackWalker(html._Walker):
    """The walk before lxml's iterator: a stack of (element, closing tag) kept in Python."""

    def walk(self, top: Any, *, tail: bool) -> None:
        stack: list[tuple[Any, str | None]] = [(top, None)]
        while stack:
            element, closing = stack.pop()
            if closing is not None:
                if closing in html._WALKED_TAGS:
                    self.end(element, closing)
                if (element is not top or tail) and element.tail:
                    self.run(element.tail)
                continue
            tag = self._kept(element)
            if tag is None:
                if element is not top and element.tail:
                    self.run(element.tail)
                continue
            if tag in html._WALKED_TAGS:
                self.start(element, tag)
            if element.text:
                self.run(element.text)
            stack.append((element, tag))
            stack.extend((child, None) for child in reversed(element))

    def _kept(self, element: Any) -> str | None:
        if html._is_furniture(element):
            return None
        tag = str(element.tag).lower()
        if self.drop_page_chrome and tag in ("header", "footer") and not self.articles:
            return None
        if tag == "p" and element.get("class") in html._WORD_STYLE_HEADINGS:
            return html._WORD_STYLE_HEADINGS[str(element.get("class"))]
        if self.class_styles and tag not in html._WALKED_TAGS and (bits := self.styled(element)):
            return "b" if bits & 1 else "i"
        return tag

    def flush(self) -> None:
        if not self.links and len(self.lines) == 1 and not self.lines[0]:
            return
        if not self.links and not any(text.strip() for runs in self.lines for text, _ in runs):
            self.lines = [[]]
            return
        kind, level = self.kinds[-1] if self.kinds else (BlockKind.PARAGRAPH, 0)
        lines = [line_from_runs(runs) for runs in self.lines]
        self.builder.add(kind, lines, level, tuple(self.links), tuple(self.link_texts))
        self.lines = [[]]
        self.links = []
        self.link_texts = []


def _walked(
    walker_class: type[html._Walker],
    top: Any,
    *,
    drop_page_chrome: bool,
    class_styles: dict[str, int] | None = None,
) -> Builder:
    builder = Builder()
    walker = walker_class(builder, drop_page_chrome=drop_page_chrome, class_styles=class_styles)
    walker.walk(top, tail=False)
    for child in top:  # each child as its own top, its tail read (a contact box's walk)
        walker.walk(child, tail=True)
    walker.flush()
    return builder


_KEEPING = etree.HTMLParser(remove_comments=False, remove_pis=False)  # type: ignore[call-arg]


@settings(max_examples=300, deadline=None)
@given(gs.walk_pages)
def test_the_walk_reads_pages_as_the_stack_walk(page: str) -> None:
    for root in (html._parse(page, []), etree.fromstring(page.encode(), _KEEPING)):
        assert root is not None
        for drop_page_chrome in (False, True):
            new = _walked(html._Walker, root, drop_page_chrome=drop_page_chrome)
            old = _walked(_StackWalker, root, drop_page_chrome=drop_page_chrome)
            assert new.records == old.records
            assert new.diagnostics == old.diagnostics


# A page's style sheet setting classes in bold, in italics, in both (`_class_styles`).
_CLASS_STYLES = {"P3": 1, "T1": 2, "x": 3}


@settings(max_examples=300, deadline=None)
@given(gs.walk_pages)
@example(
    '<html><body><p><font class="P3">Jean Dupont</font></p>'
    '<p>Paris, <code class="T1">le 3</code></p></body></html>'
)
@example(
    '<html><body><p class="P3">Paris<br><b>le 3</b></p>'
    '<div class="x">oui<p>non</p></div></body></html>'
)
def test_the_walk_reads_classes_styled_by_the_style_sheet_as_the_stack_walk(page: str) -> None:
    # The walk keeps a run styled by its class as <b> or <i>, and a block styled so counts
    # its bits, inline; the stack walk asks start() and end() for every walked tag.
    root = html._parse(page, [])
    assert root is not None
    for drop_page_chrome in (False, True):
        new = _walked(
            html._Walker, root, drop_page_chrome=drop_page_chrome, class_styles=_CLASS_STYLES
        )
        old = _walked(
            _StackWalker, root, drop_page_chrome=drop_page_chrome, class_styles=_CLASS_STYLES
        )
        assert new.records == old.records


@given(text=gs.word_mixtures([*html._EMBLEM_WORDS, "ublique", "UBLIQUE", "Fraternité"]))
def test_the_emblem_is_found_as_any_of_its_words_would_find_it(text: str) -> None:
    # The gated search ("ublique" before the Republic's forms) answers as a search for each
    # word of the emblem would.
    assert html._holds_emblem(text) == any(word in text for word in html._EMBLEM_WORDS)
