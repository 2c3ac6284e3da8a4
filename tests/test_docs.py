"""The documentation tells the truth: its examples run, and its catalogues match the code.

* Every fenced ``python`` block of ``docs/*.md`` and of ``README.md`` runs, in order, in one
  namespace per page, from the repository root (examples may read ``seeds/``). A block
  preceded by the line ``<!-- no-test -->`` is skipped: use it only for code that cannot run
  here (network, a plug-in that is not installed), never to hide a broken example.
* ``README.md`` is also the PyPI page, read by people who ran ``pip install communique``
  and have no clone: its examples run from an empty folder, its first example prints exactly
  the ``text`` block that follows it, and it has no relative link (PyPI cannot resolve one);
  the repository files it names instead exist.
* The project metadata (``pyproject.toml``, ``mkdocs.yml``) and the contributor pages give no
  URL for the project's own home until it has one (:data:`PROJECT_HOMES`).
* ``docs/diagnostics.md`` lists exactly the codes of ``communique.diagnostics.CODES``, with
  the same severities.
* ``docs/getting-started.md`` describes every optional extra the package declares.
"""

from __future__ import annotations

import contextlib
import io
import re
import tomllib
from importlib.metadata import metadata
from pathlib import Path

import pytest

from communique.diagnostics import CODES

from .conftest import ROOT

DOCS = ROOT / "docs"
README = ROOT / "README.md"
PAGES = [*sorted(DOCS.glob("*.md")), README]

# A fenced block: an opening fence of three or more backticks with its info string, the body,
# and the same fence closing it. Fences are matched line by line (see ``python_blocks``), so
# no pattern here can backtrack across the file.
_FENCE = re.compile(r"^(?P<indent>[ ]{0,3})(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`\n]*)$")
_SKIP_MARKER = "<!-- no-test -->"


def python_blocks(markdown: str) -> list[tuple[int, str]]:
    """The ``python`` fenced blocks of ``markdown`` as (first line number, code)."""
    blocks: list[tuple[int, str]] = []
    lines = markdown.split("\n")
    index = 0
    while index < len(lines):
        match = _FENCE.match(lines[index])
        if match is None:
            index += 1
            continue
        fence = match["fence"]
        language = match["info"].strip().split(" ")[0].strip("{}.")
        skipped = index > 0 and lines[index - 1].strip() == _SKIP_MARKER
        body: list[str] = []
        index += 1
        while index < len(lines) and lines[index].strip() != fence:
            body.append(lines[index])
            index += 1
        if language in ("python", "py") and not skipped:
            blocks.append((index - len(body) + 1, "\n".join(body) + "\n"))
        index += 1
    return blocks


def test_the_fence_reader_finds_python_blocks_only() -> None:
    page = (
        "Text\n\n```python\nx = 1\n```\n\n```sh\nls\n```\n\n<!-- no-test -->\n"
        "```python\nraise SystemExit\n```\n\n````py\ny = '```'\n````\n"
    )
    assert python_blocks(page) == [(4, "x = 1\n"), (17, "y = '```'\n")]


def _run_blocks(page: Path, blocks: list[tuple[int, str]]) -> None:
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for line, code in blocks:
        # Padding keeps the line numbers of a traceback those of the page.
        compiled = compile("\n" * (line - 1) + code, str(page.relative_to(ROOT)), "exec")
        exec(compiled, namespace)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_page_examples_run(
    page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The README is read after `pip install communique`: no seeds/, no docs/, no clone.
    monkeypatch.chdir(tmp_path if page == README else ROOT)
    _run_blocks(page, python_blocks(page.read_text(encoding="utf-8")))


def output_block(markdown: str, after_line: int) -> str | None:
    """The body of the first ``text`` fenced block that starts after line ``after_line``."""
    lines = markdown.split("\n")
    for index in range(after_line, len(lines)):
        match = _FENCE.match(lines[index])
        if match is None:
            continue
        if match["info"].strip() != "text":
            return None
        body: list[str] = []
        for line in lines[index + 1 :]:
            if line.strip() == match["fence"]:
                return "\n".join(body) + "\n"
            body.append(line)
        return None
    return None


def test_the_readme_example_prints_what_the_readme_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    markdown = README.read_text(encoding="utf-8")
    line, code = python_blocks(markdown)[0]
    expected = output_block(markdown, line + code.count("\n"))
    assert expected is not None, "the README's first example is followed by a ```text block"
    monkeypatch.chdir(tmp_path)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        _run_blocks(README, [(line, code)])
    assert printed.getvalue() == expected


# A Markdown link or image: ``[text](target)``, ``<target>`` autolinks, and reference
# definitions ``[label]: target``. Each alternative is bounded by a character it cannot cross.
_LINK = re.compile(r"\]\((?P<inline>[^)\s]{1,500})|^\[[^\]\n]{1,200}\]:\s*(?P<ref>\S{1,500})", re.M)
_HTML_LINK = re.compile(r"""(?:href|src)=["'](?P<target>[^"'\s]{1,500})["']""")
# A repository path named in a code span: ``docs/usage.md``, ``CHANGELOG.md``, ``LICENSE``.
_NAMED_PATH = re.compile(
    r"`(?P<path>(?:[A-Za-z0-9_.-]{1,100}/){0,4}[A-Za-z0-9_-]{1,100}(?:\.md)?)`"
)


def readme_links(markdown: str) -> list[str]:
    """Every link target of ``markdown``: inline, reference-style and HTML."""
    found = [m["inline"] or m["ref"] for m in _LINK.finditer(markdown)]
    return found + [m["target"] for m in _HTML_LINK.finditer(markdown)]


def test_the_link_reader_finds_every_kind_of_link() -> None:
    page = '[a](docs/a.md) and [b](https://x.org/b)\n\n[c]: ../c.md\n<img src="d.png">\n'
    assert readme_links(page) == ["docs/a.md", "https://x.org/b", "../c.md", "d.png"]


def test_the_readme_has_no_relative_link() -> None:
    links = readme_links(README.read_text(encoding="utf-8"))
    relative = [link for link in links if not re.match(r"(https?|mailto):", link)]
    assert not relative, f"PyPI cannot resolve these README links: {relative}"


def test_the_repository_files_the_readme_names_exist() -> None:
    markdown = README.read_text(encoding="utf-8")
    named = {m["path"] for m in _NAMED_PATH.finditer(markdown)}
    files = {path for path in named if path.endswith(".md") or path.isupper()}
    assert {"CHANGELOG.md", "LICENSE", "docs/usage.md"} <= files
    missing = sorted(path for path in files if not (ROOT / path).is_file())
    assert not missing, f"the README names files that do not exist: {missing}"


#: URL prefixes of the project's own public home (repository, docs site, issue tracker).
#: It has none yet; when it does, list them here and the metadata may point at them.
PROJECT_HOMES: tuple[str, ...] = ()

_URL = re.compile(r"https?://[^\s\"'<>)\]]{1,300}")


def test_the_metadata_points_at_no_home_the_project_does_not_have() -> None:
    pages = [ROOT / "pyproject.toml", ROOT / "mkdocs.yml", ROOT / "CONTRIBUTING.md", README]
    invented = sorted(
        f"{page.name}: {url}"
        for page in pages
        for url in _URL.findall(page.read_text(encoding="utf-8"))
        if "communique" in url.lower() and not url.startswith(PROJECT_HOMES)
    )
    assert not invented, f"these URLs name a home the project does not have: {invented}"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert all(url.startswith(PROJECT_HOMES) for url in project.get("urls", {}).values())


def test_the_docs_have_examples_to_run() -> None:
    counted = {p.name: len(python_blocks(p.read_text(encoding="utf-8"))) for p in PAGES}
    for name in ("README.md", "usage.md", "model.md", "architecture.md", "getting-started.md"):
        assert counted[name] > 0, name


def _catalogue() -> dict[str, str]:
    text = (DOCS / "diagnostics.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([a-z0-9-]{1,80})` \| (info|warning|error) \|", text, re.M)
    codes = [code for code, _ in rows]
    assert len(codes) == len(set(codes)), "a code is listed twice in docs/diagnostics.md"
    return dict(rows)


def test_every_diagnostic_code_is_documented() -> None:
    missing = sorted(set(CODES) - set(_catalogue()))
    assert not missing, f"add these codes to docs/diagnostics.md: {missing}"


def test_every_documented_code_exists() -> None:
    stale = sorted(set(_catalogue()) - set(CODES))
    assert not stale, f"docs/diagnostics.md lists codes the library does not have: {stale}"


def test_documented_severities_match_the_code() -> None:
    documented = _catalogue()
    wrong = {
        code: (documented[code], severity.value)
        for code, (severity, _) in CODES.items()
        if code in documented and documented[code] != severity.value
    }
    assert not wrong, f"(documented, actual) severities differ: {wrong}"


def test_every_extra_is_documented() -> None:
    extras = metadata("communique").get_all("Provides-Extra") or []
    page = (DOCS / "getting-started.md").read_text(encoding="utf-8")
    undocumented = [extra for extra in extras if f"| `{extra}` |" not in page]
    assert not undocumented, f"describe these extras in docs/getting-started.md: {undocumented}"
