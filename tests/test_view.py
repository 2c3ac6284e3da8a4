"""The views: terminal text, Markdown re-rendering, and the highlighted HTML page."""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.view import _highlight, _Mark, render_html, render_markdown, render_terminal

from .batch_fixtures import headline, release_date, release_text

HOSTILE = """\
Paris, le 3 mars 2021

Communiqué de presse

Le <script>alert("x")</script> & les « balises » n'y changent rien

Contact presse :
Anne Leroy – anne.leroy@exemple.fr
"""


class _Checker(HTMLParser):
    """Collects the tag structure, failing on any close tag that does not match."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.classes: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "br", "link"):
            return
        self.scripts += tag == "script"
        self.stack.append(tag)
        self.classes.extend(value or "" for name, value in attrs if name == "class")

    def handle_endtag(self, tag: str) -> None:
        assert self.stack, f"</{tag}> closes nothing"
        assert self.stack.pop() == tag, f"</{tag}> closes another element"


def _check(page: str) -> _Checker:
    checker = _Checker()
    checker.feed(page)
    checker.close()
    assert checker.stack == []
    return checker


_TAG_LABEL = re.compile(r'<span class="tag">[^<]*</span>')
_ANY_TAG = re.compile(r"<[^<>]*>")


def _visible_text(fragment: str) -> str:
    return html.unescape(_ANY_TAG.sub("", _TAG_LABEL.sub("", fragment)))


@given(
    text=st.text(alphabet="ab<>&\"' \n", max_size=40),
    raw=st.lists(st.tuples(st.integers(0, 45), st.integers(0, 45)), max_size=8),
)
def test_highlighting_keeps_the_text_and_always_nests(
    text: str, raw: list[tuple[int, int]]
) -> None:
    marks = [_Mark(a, b, "headline", "headline", "v") for a, b in raw if a < b <= len(text)]
    fragment = _highlight(text, marks)
    assert _visible_text(fragment) == text
    checker = _check(fragment)
    assert len([c for c in checker.classes if c == "tag"]) == len(marks)  # one label each


def test_crossing_spans_are_split_to_nest() -> None:
    marks = [_Mark(0, 4, "place", "place", ""), _Mark(2, 6, "date", "date", "")]
    fragment = _highlight("abcdefgh", marks)
    _check(fragment)
    assert _visible_text(fragment) == "abcdefgh"
    assert fragment.count('class="m m-date"') == 2  # reopened after "place" closed


def test_page_labels_every_extracted_field() -> None:
    page = render_html(parse(release_text(0)), "release-000.txt")
    classes = set(_check(page).classes)
    for kind in ("issuer", "doctype", "reference", "headline", "dateline", "place", "date",
                 "contact", "heading"):  # fmt: skip
        assert f"m m-{kind}" in classes, kind
    assert '<span class="tag">headline</span>' + html.escape(headline(0)) in page


def test_page_lists_what_was_not_found() -> None:
    page = render_html(parse(release_text(0)))
    assert '<tr><th>Lede</th><td><span class="missing">not found</span></td></tr>' in page


def test_page_escapes_the_input_and_is_self_contained() -> None:
    page = render_html(parse(HOSTILE), 'fichier "<b>".txt')
    checker = _check(page)
    assert checker.scripts == 0
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; les" in page
    assert "fichier &quot;&lt;b&gt;&quot;.txt" in page
    for external in ("<link", "src=", "url(", "@import", "http://", "https://"):
        assert external not in page


def test_terminal_view_has_every_part() -> None:
    view = render_terminal(parse(release_text(1)), "release-001.txt", width=80)
    lines = view.splitlines()
    assert lines[0] == (
        "release-001.txt · adapter: text · press release: yes "
        "(contact-block, doc-type, dateline, reference)"
    )
    assert f"Dateline    Rennes, le 2 février 2021  →  Rennes · {release_date(1)}" in lines
    for part in ("SECTIONS", "CONTACTS", "DIAGNOSTICS"):
        assert part in lines
    assert "      e-mail  julien.martin@metropole-exemple.fr" in lines
    assert "      phone   04 72 00 00 01  (+33472000001)" in lines
    assert max(len(line) for line in lines[1:]) <= 80


def test_markdown_rendering_parses_back_to_the_same_fields() -> None:
    original = parse(release_text(4))
    again = parse(render_markdown(original), filename="rendu.md")
    assert again.adapter == "markdown"
    assert again.headline == original.headline
    assert again.date == original.date
    assert again.header.reference == original.header.reference
    assert [c.emails for c in again.contacts] == [c.emails for c in original.contacts]
