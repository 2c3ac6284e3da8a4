"""The registry: built-ins, deterministic selection, and third-party adapters found through the
``communique.adapters`` entry point of an installed distribution (tests/plugin_example).
"""

from __future__ import annotations

import shutil
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

import pytest

from communique import AdapterError, parse, registry
from communique.adapters import Adapter
from communique.extract import DEFAULT_STEPS
from communique.source import Source, load

PLUGIN = Path(__file__).parent / "plugin_example"


def _source(raw: str | bytes, filename: str | None = None) -> Source:
    return load(raw, max_input_bytes=10**7, filename=filename)


def test_every_builtin_is_registered_and_loads() -> None:
    assert set(registry.BUILTIN_ADAPTERS) == {"docx", "pdf", "email", "html", "markdown", "text"}
    for name in registry.BUILTIN_ADAPTERS:
        adapter = registry.get(name)
        assert isinstance(adapter, Adapter)
        assert adapter.name == name


def test_a_builtin_is_found_by_its_module_path() -> None:
    assert registry.get("communique.adapters.html").name == "html"


def test_an_unknown_name_is_a_clear_error() -> None:
    with pytest.raises(AdapterError, match=r"no adapter named 'rtf'.*html"):
        registry.get("rtf")


def test_an_explicit_name_beats_the_content() -> None:
    html = "<!DOCTYPE html><html><body><p>Paris, le 1er mars 2024</p></body></html>"
    assert registry.select(_source(html)).name == "html"
    assert registry.select(_source(html), "text").name == "text"


def test_a_claimed_extension_decides_between_weak_sniffs() -> None:
    plain = "Paris, le 1er mars 2024\n\nUn titre\n"
    assert registry.select(_source(plain)).name == "text"
    assert registry.select(_source(plain, "note.md")).name == "markdown"
    assert registry.select(_source(plain), media_type="text/markdown").name == "markdown"


def test_clear_content_beats_a_wrong_extension() -> None:
    page = "<!DOCTYPE html><html><body><h1>Titre</h1></body></html>"
    assert registry.select(_source(page, "release.txt")).name == "html"


def test_selection_is_deterministic() -> None:
    source = _source("Sans signe particulier.")
    assert {registry.select(source).name for _ in range(5)} == {"text"}


@pytest.fixture
def installed_plugin(tmp_path: Path) -> Iterator[Path]:
    """The example distribution, installed the way pip lays it out: code plus .dist-info."""
    project = tomllib.loads((PLUGIN / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    site = tmp_path / "site-packages"
    shutil.copytree(PLUGIN / "src", site)
    dist_info = site / f"{project['name'].replace('-', '_')}-{project['version']}.dist-info"
    dist_info.mkdir()
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project['name']}\nVersion: {project['version']}\n",
        encoding="utf-8",
    )
    points = project["entry-points"]["communique.adapters"]
    (dist_info / "entry_points.txt").write_text(
        "[communique.adapters]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()),
        encoding="utf-8",
    )
    sys.path.insert(0, str(site))
    _reset_registry()
    try:
        yield site
    finally:
        sys.path.remove(str(site))
        sys.modules.pop("communique_example_adapter", None)
        _reset_registry()


def _reset_registry() -> None:
    registry._third_party.cache_clear()
    registry._loaded.clear()
    registry._broken.clear()


def test_a_third_party_adapter_is_found_through_its_entry_point(installed_plugin: Path) -> None:
    assert "communique_example_adapter" not in sys.modules  # not imported by the test
    names = registry.adapter_names()
    assert names[: len(registry.BUILTIN_ADAPTERS)] == tuple(registry.BUILTIN_ADAPTERS)
    assert "wire-example" in names
    release = parse("DEPECHE//\nParis, le 4 mars 2024\n\nLe port rouvre\n\nTexte.\n")
    assert release.adapter == "wire-example"
    assert "wire-dispatch" in release.evidence  # its own extra step ran


def test_a_plugin_adjusts_the_steps_for_its_inputs_only(installed_plugin: Path) -> None:
    wire = registry.get("wire-example")
    assert wire.adjust_steps(DEFAULT_STEPS).names[-1] == "note-wire"
    assert "note-wire" not in DEFAULT_STEPS.names
    assert "wire-dispatch" not in parse("Paris, le 4 mars 2024\n\nTitre\n").evidence


def test_a_broken_plugin_never_breaks_other_inputs(installed_plugin: Path) -> None:
    assert "broken-example" in registry.adapter_names()
    assert parse("<html><body><h1>Titre</h1></body></html>").adapter == "html"
    with pytest.raises(AdapterError, match=r"broken-example.*failed to load"):
        registry.get("broken-example")
