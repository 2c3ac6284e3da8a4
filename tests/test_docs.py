"""The documentation tells the truth: its examples run, and its catalogues match the code.

* Every fenced ``python`` block of ``docs/*.md`` and of ``README.md`` runs, in order, in one
  namespace per page, from the repository root (examples may read ``seeds/``). A block
  preceded by the line ``<!-- no-test -->`` is skipped: use it only for code that cannot run
  here (network, a plug-in that is not installed), never to hide a broken example.
* ``docs/diagnostics.md`` lists exactly the codes of ``communique.diagnostics.CODES``, with
  the same severities.
* ``docs/getting-started.md`` describes every optional extra the package declares.
"""

from __future__ import annotations

import re
from importlib.metadata import metadata
from pathlib import Path

import pytest

from communique.diagnostics import CODES

from .conftest import ROOT

DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

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


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_page_examples_run(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    namespace: dict[str, object] = {"__name__": f"docs_{page.stem.replace('-', '_')}"}
    for line, code in python_blocks(page.read_text(encoding="utf-8")):
        # Padding keeps the line numbers of a traceback those of the page.
        compiled = compile("\n" * (line - 1) + code, str(page.relative_to(ROOT)), "exec")
        exec(compiled, namespace)


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
