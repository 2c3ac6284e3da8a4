"""The registry: built-ins, deterministic selection, and third-party adapters found through the
``communique.adapters`` entry point of an installed distribution (tests/plugin_example).
"""

from __future__ import annotations

import logging
import shutil
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest

from communique import AdapterError, DecodeError, parse, parse_file, registry
from communique.adapters import (
    Adapter,
    BaseAdapter,
    Block,
    BlockKind,
    Document,
    segment_text,
)
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
    registry._registered.clear()


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


# In-process registration: try an adapter before packaging it.


class _Dispatch(BaseAdapter):
    """A registrable test adapter: text that opens with ``DEPECHE//``."""

    name: ClassVar[str] = "dispatch-test"
    extensions: ClassVar[tuple[str, ...]] = (".dispatch",)

    def sniff(self, source: Source) -> float:
        return 0.9 if source.text.startswith("DEPECHE//") else 0.0

    def segment(self, source: Source) -> Document:
        if not source.text.startswith("DEPECHE//"):
            raise DecodeError("not a dispatch")
        marker = Block(BlockKind.METADATA, (), (0, 9))
        return Document(source.text, (marker, *segment_text(source.text, 9)))


DISPATCH = (
    "DEPECHE//\nBrest, le 4 mars 2024\n\nLe port de commerce rouvre aux navires\n\n"
    "Après deux semaines de travaux, le port de commerce de Brest rouvre lundi à 6 heures.\n"
)


@pytest.fixture
def clean_registrations() -> Iterator[None]:
    yield
    registry._registered.clear()


@pytest.mark.usefixtures("clean_registrations")
def test_a_registered_adapter_is_found_by_name_and_by_sniffing() -> None:
    assert "dispatch-test" not in registry.adapter_names()
    registered = registry.register(_Dispatch)
    assert isinstance(registered, _Dispatch)
    assert registry.adapter_names()[-1] == "dispatch-test"
    assert registry.get("dispatch-test") is registered
    release = parse(DISPATCH)
    assert (release.adapter, release.headline) == (
        "dispatch-test",
        "Le port de commerce rouvre aux navires",
    )
    assert parse(DISPATCH, adapter="dispatch-test").adapter == "dispatch-test"


@pytest.mark.usefixtures("clean_registrations")
def test_a_registered_adapter_claims_its_extension(tmp_path: Path) -> None:
    registry.register(_Dispatch())
    assert ".dispatch" in registry.extensions()
    path = tmp_path / "depeche.dispatch"
    path.write_text(DISPATCH, encoding="utf-8")
    assert parse_file(path).adapter == "dispatch-test"


@pytest.mark.usefixtures("clean_registrations")
def test_unregistering_removes_the_adapter() -> None:
    registry.register(_Dispatch())
    registry.unregister("dispatch-test")
    assert "dispatch-test" not in registry.adapter_names()
    assert parse(DISPATCH).adapter == "text"
    with pytest.raises(AdapterError, match="no adapter named 'dispatch-test'"):
        registry.get("dispatch-test")
    with pytest.raises(KeyError, match="no adapter registered in-process as 'dispatch-test'"):
        registry.unregister("dispatch-test")


@pytest.mark.usefixtures("clean_registrations")
def test_registering_a_name_again_replaces_the_earlier_registration() -> None:
    first = registry.register(_Dispatch())
    second = registry.register(_Dispatch())
    assert registry.get("dispatch-test") is second is not first
    assert registry.adapter_names().count("dispatch-test") == 1


def test_a_builtin_name_cannot_be_registered() -> None:
    class Html(_Dispatch):
        name: ClassVar[str] = "html"

    with pytest.raises(ValueError, match="'html' is the name of a built-in adapter"):
        registry.register(Html)
    assert registry.get("html").name == "html"
    assert "html" not in registry._registered


@pytest.mark.parametrize("name", ["", "Wire", "my wire", 42])
def test_a_registered_name_must_be_a_lower_case_word(name: object) -> None:
    adapter = _Dispatch()
    adapter.name = name  # type: ignore[misc]
    with pytest.raises(ValueError, match="non-empty lower-case word"):
        registry.register(adapter)


def test_registering_what_is_not_an_adapter_names_what_it_lacks() -> None:
    class Half:
        name = "half"

        def sniff(self, source: Source) -> float:
            return 0.0

    with pytest.raises(
        TypeError,
        match=r"adapter must be an Adapter instance or class.*"
        r"it lacks media_types, extensions, segment, adjust_steps",
    ):
        registry.register(Half())  # type: ignore[arg-type]


# Plug-ins that shadow a name are left out, with a warning and a log record.


def _install(site: Path, name: str, points: dict[str, str]) -> None:
    """A distribution's metadata on ``site``: a .dist-info with its entry points."""
    dist_info = site / f"{name.replace('-', '_')}-1.0.dist-info"
    dist_info.mkdir(parents=True)
    (dist_info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (dist_info / "entry_points.txt").write_text(
        "[communique.adapters]\n" + "".join(f"{k} = {v}\n" for k, v in points.items()),
        encoding="utf-8",
    )


@pytest.fixture
def shadowing_plugins(tmp_path: Path) -> Iterator[None]:
    """Two distributions, on two sys.path entries: one shadows a built-in, both use a name."""
    first, second = tmp_path / "first", tmp_path / "second"
    shutil.copytree(PLUGIN / "src", first)
    wire = "communique_example_adapter:WireAdapter"
    _install(first, "communique-shadow-a", {"html": wire, "wire-twice": wire})
    _install(second, "communique-shadow-b", {"wire-twice": "communique_example_adapter:Other"})
    sys.path[:0] = [str(first), str(second)]
    _reset_registry()
    try:
        yield
    finally:
        sys.path.remove(str(first))
        sys.path.remove(str(second))
        sys.modules.pop("communique_example_adapter", None)
        _reset_registry()


@pytest.mark.usefixtures("shadowing_plugins")
def test_a_plugin_named_like_a_builtin_is_ignored_with_a_warning_and_a_log_record(
    caplog: pytest.LogCaptureFixture,
) -> None:
    with (
        caplog.at_level(logging.WARNING, logger="communique"),
        pytest.warns(registry.AdapterWarning) as warned,
    ):
        names = registry.adapter_names()
    messages = [str(warning.message) for warning in warned]
    shadow = [m for m in messages if "'html'" in m]
    assert len(shadow) == 1
    assert "is a built-in adapter's name" in shadow[0]
    assert "communique_example_adapter:WireAdapter" in shadow[0]
    assert shadow[0] in caplog.messages
    assert names.count("html") == 1
    assert registry.get("html").name == "html"  # the built-in, not the plug-in
    assert parse("<html><body><h1>Titre</h1></body></html>").adapter == "html"


@pytest.mark.usefixtures("shadowing_plugins")
def test_of_two_plugins_with_one_name_the_first_on_the_path_is_kept_with_a_warning() -> None:
    with pytest.warns(registry.AdapterWarning) as warned:
        names = registry.adapter_names()
    twice = [str(w.message) for w in warned if "'wire-twice'" in str(w.message)]
    assert twice == [
        "two plug-in adapters are named 'wire-twice': communique_example_adapter:WireAdapter "
        "is used, communique_example_adapter:Other is ignored"
    ]
    assert names.count("wire-twice") == 1


def test_a_registered_adapter_replacing_an_installed_plugin_warns(installed_plugin: Path) -> None:
    class Wire(_Dispatch):
        name: ClassVar[str] = "wire-example"

    try:
        with pytest.warns(registry.AdapterWarning, match="replaces the installed plug-in"):
            registry.register(Wire)
        assert isinstance(registry.get("wire-example"), Wire)
    finally:
        registry._registered.clear()
    assert type(registry.get("wire-example")).__name__ == "WireAdapter"


def test_a_broken_plugin_is_logged(
    installed_plugin: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger="communique"):
        parse("Paris, le 4 mars 2024\n\nTitre\n")
    assert any("'broken-example' failed to load" in m for m in caplog.messages)


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: registry.get(123), r"name must be an adapter name \(str\).*not an int \(123\)"),
        (lambda: registry.unregister(None), r"name must be the name \(str\).*not None"),
        (lambda: registry.select("text"), r"source must be a communique.adapters.Source"),
    ],
)
def test_a_wrong_argument_to_the_registry_names_it(call: object, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        call()  # type: ignore[operator]
