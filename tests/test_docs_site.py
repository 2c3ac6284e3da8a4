"""The documentation site shows no reStructuredText markup as literal text.

Docstrings are Markdown for mkdocstrings (autorefs links, admonitions); a Sphinx role or
directive left in one shows up verbatim on the API page. ``scripts/check_site.py`` finds such
leftovers in a built site, and CI runs it after ``mkdocs build --strict`` (``.ci/run``, step
4). These tests plant each kind of leftover and expect the check to name it; where MkDocs is
installed (the ``docs`` extra), they also build a site from a planted docstring, and the
project's own site.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import ROOT, script_module


@pytest.fixture(scope="module")
def check_site() -> ModuleType:
    return script_module("check_site")


def page(body: str) -> str:
    return f"<html><body><article>{body}</article></body></html>"


# What Python-Markdown makes of each piece of Sphinx markup in a docstring.
PLANTED = {
    "role": "<p>Raises :class:<code>~communique.ParseError</code> when strict.</p>",
    "domain role": "<p>See :py:func:<code>parse</code>.</p>",
    "directive": "<p>Parse one release.</p>\n<p>.. versionadded:: 0.1</p>",
    "field list": "<p>Parse it.\n:param source: the text</p>",
    "literal block": "<p>Replace the step with it::</p>\n<pre><code>steps = ...</code></pre>",
    "hyperlink": "<p>See <code>the guide &lt;https://example.org&gt;</code>_ first.</p>",
    "doctest": "<blockquote><blockquote><blockquote><p>parse(text)</p>"
    "</blockquote></blockquote></blockquote>",
}


@pytest.mark.parametrize("kind", PLANTED)
def test_each_kind_of_planted_markup_is_reported(check_site: ModuleType, kind: str) -> None:
    found = check_site.leftovers(page(PLANTED[kind]))
    assert len(found) == 1, found


def test_markdown_docstrings_pass(check_site: ModuleType) -> None:
    rendered = page(
        '<p>Raises <a href="#communique.ParseError"><code>ParseError</code></a> when strict;'
        " the mapping is <code>{key: value}</code>, the time 10:30, see https://example.org.</p>"
        '<div class="admonition info"><p class="admonition-title">Added in version 0.1</p></div>'
        "<p>Replace the step with it:</p><pre><code>steps = ...</code></pre>"
        "<blockquote><p>A quoted sentence.</p></blockquote>"
    )
    assert check_site.leftovers(rendered) == []


def test_markup_quoted_in_code_is_not_a_leftover(check_site: ModuleType) -> None:
    quoted = page(
        "<p>Write <code>[`Name`][communique.Name]</code>, not <code>:class:`Name`</code>"
        " nor <code>.. versionadded:: 0.1</code>.</p>"
        "<pre><code>:param source: the text\n.. note::\n&gt;&gt;&gt; parse(text)</code></pre>"
    )
    assert check_site.leftovers(quoted) == []


def test_the_command_fails_on_a_site_with_a_leftover_and_names_the_page(
    check_site: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "api").mkdir()
    (tmp_path / "index.html").write_text(page("<p>Fine.</p>"), encoding="utf-8")
    (tmp_path / "api" / "index.html").write_text(page(PLANTED["role"]), encoding="utf-8")
    assert check_site.main([str(tmp_path)]) == 1
    assert "api/index.html: role" in capsys.readouterr().err
    (tmp_path / "api" / "index.html").write_text(page("<p>Fine.</p>"), encoding="utf-8")
    assert check_site.main([str(tmp_path)]) == 0


def test_the_command_refuses_a_folder_without_a_site(
    check_site: ModuleType, tmp_path: Path
) -> None:
    assert check_site.main([str(tmp_path)]) == 2


# Building a site needs MkDocs and mkdocstrings (the ``docs`` extra): not in every test run.


def mkdocs_available() -> bool:
    names = ("mkdocs", "mkdocstrings", "mkdocstrings_handlers.python", "material")
    return all(importlib.util.find_spec(name) is not None for name in names)


needs_mkdocs = pytest.mark.skipif(
    not mkdocs_available() or not (ROOT / "mkdocs.yml").exists(),
    reason="building the site needs the docs extra and mkdocs.yml",
)


def build(config: Path, site: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr


PLANTED_MODULE = '''\
"""A module whose docstrings keep Sphinx markup."""


def shout(text: str) -> str:
    """Upper-case ``text``; see :func:`whisper`.

    .. versionadded:: 0.1
    """
    return text.upper()


def whisper(text: str) -> str:
    """Lower-case ``text``, like :meth:`str.lower`."""
    return text.lower()
'''


@needs_mkdocs
def test_a_site_built_with_the_projects_docstring_settings_reports_a_planted_role(
    check_site: ModuleType, tmp_path: Path
) -> None:
    import yaml

    settings = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    mkdocstrings = next(
        plugin["mkdocstrings"]
        for plugin in settings["plugins"]
        if isinstance(plugin, dict) and "mkdocstrings" in plugin
    )
    mkdocstrings["handlers"]["python"]["paths"] = [str(tmp_path / "src")]
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "planted.py").write_text(PLANTED_MODULE, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Planted\n\n::: planted\n", encoding="utf-8")
    config = {
        "site_name": "planted",
        "docs_dir": str(tmp_path / "docs"),
        "theme": settings["theme"],
        "markdown_extensions": settings["markdown_extensions"][:-1],  # not the snippets
        "plugins": [{"mkdocstrings": mkdocstrings}],
    }
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    build(tmp_path / "mkdocs.yml", tmp_path / "site")
    found = check_site.site_leftovers(tmp_path / "site")
    kinds = sorted(item.split(": ", 1)[1].split(" ", 1)[0] for item in found)
    assert kinds == ["directive", "role", "role"], found


@needs_mkdocs
@pytest.mark.skipif(not (ROOT / "src").is_dir(), reason="the API page is built from src/")
def test_the_projects_own_site_shows_no_restructuredtext(
    check_site: ModuleType, tmp_path: Path
) -> None:
    build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert check_site.site_leftovers(tmp_path / "site") == []
