"""The adapters guide (``docs/adapters.md``) is true: its adapters are built from its own code.

Every ``python`` block of the guide runs, in order, in one namespace, as a reader pasting
them would; the adapters it defines then parse releases the guide never shows, refuse
foreign input the way the guide says, keep the contract of ``communique.testing``, and import
nothing but the public extension surface. Each example followed by a ``text`` block prints
exactly that block.
"""

from __future__ import annotations

import ast
import contextlib
import importlib
import io
import re
from pathlib import Path
from typing import Any

import attrs
import pytest

import communique
import communique.adapters
from communique import DecodeError, diagnostics, parse, parse_file, registry, testing
from communique.adapters import BlockKind

from .conftest import ROOT
from .test_docs import output_block, python_blocks

GUIDE = ROOT / "docs" / "adapters.md"
DOC_PAGES = [*sorted((ROOT / "docs").glob("*.md")), ROOT / "README.md"]

# A dispatch the guide does not show.
DISPATCH = """DEPECHE//
Lorient, le 18 septembre 2024

Communiqué de presse

La base sous-marine accueille un centre de recherche marine

Le centre ouvrira ses laboratoires au public le samedi 21 septembre 2024.

Contact presse : Yann Le Goff, yann.legoff@example.bzh
"""


@attrs.frozen
class Example:
    line: int
    code: str
    printed: str
    expected: str | None


@attrs.frozen
class Guide:
    namespace: dict[str, Any]
    examples: tuple[Example, ...]


@pytest.fixture(scope="module")
def guide() -> Guide:
    if not GUIDE.exists():
        pytest.skip("docs/ is not part of this test run")
    markdown = GUIDE.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": "docs_adapters"}
    examples = []
    try:
        for line, code in python_blocks(markdown):
            printed = io.StringIO()
            compiled = compile("\n" * (line - 1) + code, "docs/adapters.md", "exec")
            with contextlib.redirect_stdout(printed):
                exec(compiled, namespace)
            expected = output_block(markdown, line + code.count("\n"))
            examples.append(Example(line, code, printed.getvalue(), expected))
    finally:
        registry._registered.clear()
    return Guide(namespace, tuple(examples))


def test_the_guide_defines_the_adapters_it_describes(guide: Guide) -> None:
    for name in ("WireAdapter", "WireAdapterWithStep", "PressRoomJsonAdapter"):
        assert isinstance(guide.namespace[name](), communique.adapters.Adapter), name


def test_each_example_prints_what_the_guide_shows(guide: Guide) -> None:
    shown = [example for example in guide.examples if example.expected is not None]
    assert len(shown) >= 3
    for example in shown:
        assert example.printed == example.expected, f"docs/adapters.md:{example.line}"


def test_the_guides_examples_leave_no_adapter_registered(guide: Guide) -> None:
    assert "wire" not in registry.adapter_names()


def test_the_guides_wire_adapter_parses_a_release_by_name_by_sniffing_and_by_extension(
    guide: Guide, tmp_path: Path
) -> None:
    adapter = registry.register(guide.namespace["WireAdapterWithStep"])
    try:
        path = tmp_path / "depeche.wire"
        path.write_text(DISPATCH, encoding="utf-8")
        for release in (parse(DISPATCH, adapter="wire"), parse(DISPATCH), parse_file(path)):
            assert release.adapter == "wire"
            assert release.headline == "La base sous-marine accueille un centre de recherche marine"
            assert release.dateline is not None
            assert (release.dateline.place, str(release.date)) == ("Lorient", "2024-09-18")
            assert release.header.doc_type == "Communiqué de presse"
            assert [c.emails for c in release.contacts] == [("yann.legoff@example.bzh",)]
            assert "wire-dispatch" in release.evidence  # the guide's own step ran
    finally:
        registry.unregister(adapter.name)


def test_the_marker_line_is_kept_as_metadata_not_read_as_text(guide: Guide) -> None:
    document = guide.namespace["WireAdapter"]().segment(_source(DISPATCH))
    first = document.blocks[0]
    assert (first.kind, first.span) == (BlockKind.METADATA, (0, len("DEPECHE//")))
    assert all("DEPECHE" not in line.text for block in document.blocks for line in block.lines)


def test_foreign_input_is_a_decode_error_whichever_way_the_adapter_was_chosen(
    guide: Guide, tmp_path: Path
) -> None:
    plain = "Paris, le 4 mars 2024\n\nUn titre\n\nUn texte.\n"
    wire = guide.namespace["WireAdapter"]
    with pytest.raises(DecodeError, match="not a wire dispatch"):
        parse(plain, adapter=wire())
    registry.register(wire)
    try:
        with pytest.raises(DecodeError, match="not a wire dispatch"):
            parse(plain, adapter="wire")
        path = tmp_path / "mislabelled.wire"  # claimed by its extension, but not a dispatch
        path.write_text(plain, encoding="utf-8")
        with pytest.raises(DecodeError, match="not a wire dispatch"):
            parse_file(path)
        assert parse(plain).adapter == "text"  # not claimed, not sniffed: never chosen
    finally:
        registry.unregister("wire")


def test_the_json_adapter_builds_its_text_and_refuses_what_is_not_its_json(guide: Guide) -> None:
    json_adapter = guide.namespace["PressRoomJsonAdapter"]()
    feed = (
        '{"communique": {"titre": "Ouverture du centre", "lieu_date": "Lorient, le 18 '
        'septembre 2024", "paragraphes": ["Premier paragraphe.\\nSur deux lignes.", ""]}}'
    )
    document = json_adapter.segment(_source(feed))
    assert document.text == (
        "Lorient, le 18 septembre 2024\n\nOuverture du centre\n\n"
        "Premier paragraphe.\nSur deux lignes."
    )
    for block in document.blocks:
        for line in block.lines:
            assert document.text[line.span[0] : line.span[1]] == line.text
    assert document.metadata.title == "Ouverture du centre"
    for foreign in ("pas du JSON", '{"autre": 1}', "[1, 2]", '{"communique": 3}'):
        with pytest.raises(DecodeError, match="not a press-room JSON item"):
            parse(foreign, adapter=json_adapter)


def test_the_json_adapter_never_crashes_on_odd_content(guide: Guide) -> None:
    json_adapter = guide.namespace["PressRoomJsonAdapter"]()
    odd = '{"communique": {"titre": 7, "lieu_date": null, "paragraphes": "pas une liste"}}'
    release = parse(odd, adapter=json_adapter)
    assert release.adapter == "pressroom-json"
    assert [d.message for d in release.diagnostics if d.code == "unreadable-part"] == [
        "titre is not text"
    ]


def test_the_guides_adapters_keep_the_contract(guide: Guide) -> None:
    for name in ("WireAdapterWithStep", "PressRoomJsonAdapter"):
        testing.check_adapter(guide.namespace[name](), max_examples=10)


# What the guide imports is the public extension surface, and nothing else.

PUBLIC = {
    "communique": communique,
    "communique.adapters": communique.adapters,
    "communique.registry": registry,
    "communique.testing": testing,
    "communique.diagnostics": diagnostics,
}


def _imports(code: str) -> list[tuple[str, str]]:
    found = []
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("communique"):
            found.extend((node.module or "", alias.name) for alias in node.names)
        elif isinstance(node, ast.Import):
            found.extend((a.name, "") for a in node.names if a.name.startswith("communique"))
    return found


def test_the_guide_imports_only_public_names(guide: Guide) -> None:
    imported = [pair for example in guide.examples for pair in _imports(example.code)]
    assert ("communique.adapters", "DocumentBuilder") in imported
    for module, name in imported:
        assert module in PUBLIC, f"the guide imports from {module}, not a public module"
        if name and f"{module}.{name}" not in PUBLIC:
            assert name in PUBLIC[module].__all__, f"{module}.{name} is not public"


def test_everything_the_extension_surface_exports_is_documented() -> None:
    for name in communique.adapters.__all__:
        value = getattr(communique.adapters, name)
        if name in ("DEFAULT_STEPS", "Step", "LineInput"):
            continue  # values and aliases: documented where they are defined
        assert value.__doc__, f"communique.adapters.{name} has no docstring"


@pytest.mark.parametrize(
    "name", ["Source", "Metadata", "Document", "Block", "Line", "Draft", "Field"]
)
def test_each_field_of_the_extension_records_is_documented(name: str) -> None:
    cls = getattr(communique.adapters, name)
    documented = _attributes_section(cls.__doc__ or "")
    fields = {f.name.lstrip("_") for f in attrs.fields(cls) if not f.name.startswith("_")}
    assert fields <= documented, f"{name}: undocumented fields {sorted(fields - documented)}"


def test_each_parameter_of_segment_text_is_documented() -> None:
    doc = communique.adapters.segment_text.__doc__ or ""
    assert {"text", "start", "end"} <= _section_names(doc, "Args")


# The section reader: ``Attributes:`` / ``Args:`` then ``name: text`` lines, indented.
_SECTION_ITEM = re.compile(r"^(?P<indent>[ ]*)(?P<name>\w+)(?: \([^)\n]{0,80}\))?: ")


def _section_names(doc: str, title: str) -> set[str]:
    names: set[str] = set()
    lines = doc.splitlines()
    for index, line in enumerate(lines):
        if line.strip() != f"{title}:":
            continue
        base = len(line) - len(line.lstrip())
        item_indent = None
        for item in lines[index + 1 :]:
            if item.strip() and len(item) - len(item.lstrip()) <= base:
                break
            match = _SECTION_ITEM.match(item)
            if match and item_indent in (None, len(match["indent"])):
                item_indent = len(match["indent"])
                names.add(match["name"])
    return names


def _attributes_section(doc: str) -> set[str]:
    return _section_names(doc, "Attributes")


def test_the_section_reader_reads_names_only_at_the_items_indent() -> None:
    doc = "Title.\n\n    Attributes:\n        a: one\n            b: not an item\n        c: two\n"
    assert _attributes_section(doc) == {"a", "c"}


# The command line accepts every ``--adapter`` value the documentation shows.

_ADAPTER_OPTION = re.compile(r"--adapter[ =](?P<value>[a-z][\w.-]{0,80})")


def test_every_adapter_option_the_docs_show_is_accepted_by_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cli = importlib.import_module("communique.cli")
    shown = {
        match["value"]
        for page in DOC_PAGES
        if page.exists()
        for match in _ADAPTER_OPTION.finditer(page.read_text(encoding="utf-8"))
    }
    assert shown, "the docs show --adapter"
    release = tmp_path / "release.txt"
    release.write_text("Paris, le 4 mars 2024\n\nUn titre\n", encoding="utf-8")
    for value in sorted(shown):
        output = tmp_path / f"{value}.json"
        status = cli.main(["parse", "--adapter", value, "-o", str(output), str(release)])
        assert status == 0, f"--adapter {value}: {capsys.readouterr().err}"


def _source(text: str) -> communique.adapters.Source:
    from communique.source import load

    return load(text, max_input_bytes=10**6)
