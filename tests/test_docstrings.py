"""Docstrings are Markdown for mkdocstrings, in every module, rendered on the site or not.

The API page renders docstrings with mkdocstrings (Google style, autorefs links, admonitions)
and ``help()`` shows them as written: a Sphinx role (``:class:`Name```), directive
(``.. versionadded::``), field list (``:param x:``) or literal-block marker (a paragraph
ending in ``::``) is literal text in both. ``scripts/check_site.py`` finds those the site
shows; this test reads every docstring of the package (module, class, function and attribute
docstrings), so a module the site does not render yet cannot collect them either.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import communique

PACKAGE = Path(communique.__file__).resolve().parent

# Code is never read: fenced blocks first, then double-backtick spans (which may quote markup).
_FENCED = re.compile(r"^[ \t]*```[^\n]*\n.*?^[ \t]*```[ \t]*$", re.MULTILINE | re.DOTALL)
_DOUBLE_CODE = re.compile(r"``[^`\n]+(?:`[^`\n]+)*``")

# (name, pattern, what to write instead); each is linear: no nested unbounded repetition.
_MARKUP: tuple[tuple[str, re.Pattern[str], str], ...] = (
    (
        "role",
        re.compile(r"(?<![\w:/`]):[a-z][\w.+-]*(?::[a-z][\w.+-]*)?:`"),
        "[`Name`][communique.Name] when the API page shows it, else `Name`",
    ),
    (
        "directive",
        re.compile(r"(?m)^[ \t]*\.\. [a-z][\w-]*(?::[a-z][\w-]*)?::"),
        '!!! info "Added in version X"',
    ),
    (
        "field list",
        re.compile(
            r"(?m)^[ \t]*:(?:param|parameter|arg|argument|key|keyword|type|raises?|except"
            r"|exception|var|ivar|cvar|vartype|returns?|rtype|yields?)\b"
        ),
        "an Args:, Returns:, Raises: or Attributes: section",
    ),
    (
        "literal block",
        re.compile(r"(?m)(?<![:\s])::[ \t]*$"),
        "a single colon and a fenced code block",
    ),
)


def markup_in(docstring: str) -> list[str]:
    """The reStructuredText markup left in ``docstring``, outside code."""
    prose = _DOUBLE_CODE.sub("``", _FENCED.sub("", docstring))
    found = []
    for name, pattern, instead in _MARKUP:
        for match in pattern.finditer(prose):
            line = prose[: match.start()].count("\n")
            found.append(f"{name} ({prose.splitlines()[line].strip()!r}): write {instead}")
    return found


def docstrings(source: str) -> list[tuple[int, str]]:
    """Every bare string statement of ``source`` (what tools read as docstrings), by line."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found.append((node.lineno, node.value.value))
    return found


PLANTED = {
    "role": '"""Raises :class:`~communique.ParseError` when strict."""',
    "domain role": '"""Like :py:func:`parse`."""',
    "directive": '"""Parse.\n\n    .. versionadded:: 0.1\n    """',
    "field list": '"""Parse.\n\n    :param source: the text\n    """',
    "literal block": '"""Replace the step with it::\n\n        steps = ...\n    """',
}


@pytest.mark.parametrize("kind", PLANTED)
def test_each_kind_of_planted_markup_is_found(kind: str) -> None:
    source = f"def f() -> None:\n    {PLANTED[kind]}\n"
    ((_, docstring),) = docstrings(source)
    found = markup_in(docstring)
    assert len(found) == 1, found
    assert found[0].startswith(kind.split()[-1] if kind == "domain role" else kind)


def test_markdown_and_quoted_markup_pass() -> None:
    docstring = (
        "Raises [`ParseError`][communique.ParseError] when strict; the time 10:30, the key"
        " ``a:b``, a URL https://example.org.\n\n"
        "Quoting: ``:class:`Name``` and ``.. versionadded::`` are what not to write.\n\n"
        "Replace the step with it:\n\n```python\nx = {'a': 1}  # ::\n:param y: quoted\n```\n\n"
        '!!! info "Added in version 0.1"\n'
    )
    assert markup_in(docstring) == []


def test_attribute_docstrings_are_read_too() -> None:
    source = 'X = 1\n"""The :data:`X` constant."""\n'
    assert [line for line, _ in docstrings(source)] == [2]
    assert markup_in(docstrings(source)[0][1])


def test_no_docstring_of_the_package_holds_restructuredtext() -> None:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for line, docstring in docstrings(path.read_text(encoding="utf-8")):
            found.extend(f"{path.relative_to(PACKAGE)}:{line}: {m}" for m in markup_in(docstring))
    assert not found, "\n".join(found)
