"""The views: terminal text, Markdown re-rendering, and the highlighted HTML page."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
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


# -- a hostile release executes nothing (issue 15, item 5) ------------------------------

#: Payloads that would run if any reached the page as markup; each sets an attribute on the
#: body, which a browser's final DOM shows.
_PAYLOADS = (
    "<script>document.body.setAttribute('data-pwned','script')</script>",
    "<img src=x onerror=\"document.body.setAttribute('data-pwned','onerror')\">",
    "<svg onload=\"document.body.setAttribute('data-pwned','svg')\"></svg>",
    "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">Cliquez</a>",
    '<div style="width: expression(alert(1))">css</div>',
    "\" onmouseover=\"document.body.setAttribute('data-pwned','attribute')\" x=\"",
    "</title><script>document.body.setAttribute('data-pwned','title')</script>",
)
HOSTILE_FIELDS = f"""\
MAIRIE DE {_PAYLOADS[5]}

Communiqué de presse {_PAYLOADS[1]}

Paris{_PAYLOADS[2]}, le 3 mars 2021

{_PAYLOADS[6]} La ville {_PAYLOADS[0]} ouvre une salle

*{_PAYLOADS[3]} et {_PAYLOADS[4]}*

Le texte du communiqué {_PAYLOADS[0]} continue ici.

Site : www.ville-exemple.fr/{_PAYLOADS[5]}

Contact presse :
Anne {_PAYLOADS[2]} Leroy – anne.leroy@exemple.fr – 01 02 03 04 05
"""

_ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "h1", "h2", "p",
                 "main", "div", "span", "aside", "table", "tr", "th", "td", "br"}  # fmt: skip
_ALLOWED_TAGS.add("code")
_ALLOWED_ATTRIBUTES = {"class", "title", "lang", "charset", "name", "content", "http-equiv"}


class _Inventory(HTMLParser):
    """Every tag and attribute of a page, and the text of its <style>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: set[str] = set()
        self.attributes: set[str] = set()
        self.style = ""
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.add(tag)
        self.attributes.update(name for name, _ in attrs)
        self._in_style = tag == "style"

    def handle_endtag(self, tag: str) -> None:
        self._in_style = False

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data


def _hostile_pages() -> list[str]:
    from communique.view import to_html

    return [
        to_html(parse(HOSTILE_FIELDS, adapter=adapter), source=_PAYLOADS[6] + ".txt")
        for adapter in ("text", "markdown")
    ] + [to_html(parse(html.escape(HOSTILE_FIELDS).replace("\n\n", "<p>"), adapter="html"))]


def test_release_content_never_becomes_a_tag_an_attribute_or_a_style() -> None:
    from communique.view import _CSS

    for page in _hostile_pages():
        inventory = _Inventory()
        inventory.feed(page)
        assert inventory.tags <= _ALLOWED_TAGS
        assert inventory.attributes <= _ALLOWED_ATTRIBUTES
        assert inventory.style == _CSS
        assert "Content-Security-Policy" in page
        assert "&lt;script&gt;document.body.setAttribute(&#x27;data-pwned&#x27;" in page


_CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _final_dom(page: Path) -> str:
    """The DOM of ``page`` after a headless Chromium has loaded it and run what it would."""
    assert _CHROMIUM is not None
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={page.parent / 'profile'}", "--dump-dom"]  # fmt: skip
    done = subprocess.run([_CHROMIUM, *flags, page.as_uri()], capture_output=True, text=True,
                          timeout=120, check=False)  # fmt: skip
    return done.stdout


@pytest.mark.skipif(_CHROMIUM is None, reason="Chromium is not installed (Debian: chromium)")
def test_a_hostile_release_runs_nothing_in_a_real_browser(tmp_path: Path) -> None:
    control = tmp_path / "control.html"  # proves the check sees a payload that runs
    control.write_text(f"<!DOCTYPE html><html><body>{_PAYLOADS[0]}</body></html>", "utf-8")
    assert 'data-pwned="script"' in _final_dom(control)
    for number, page in enumerate(_hostile_pages()):
        path = tmp_path / f"page{number}.html"
        path.write_text(page, encoding="utf-8")
        dom = _final_dom(path)
        assert "What communique understood" in dom
        assert 'data-pwned="' not in dom
