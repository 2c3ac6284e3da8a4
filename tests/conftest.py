"""Shared fixtures and the hypothesis profiles (``ci``: bounded, derandomised; ``repeat``: the
same, fewer examples, for CI's second and third runs of the suite, which check other
dependency versions and the sdist rather than explore again; ``dev``: longer)."""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "repeat",
    max_examples=15,
    derandomize=True,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev",
    max_examples=1000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))


def script_module(name: str) -> ModuleType:
    """``scripts/NAME.py`` imported as a module; the test is skipped where scripts/ is absent."""
    script = ROOT / "scripts" / f"{name}.py"
    if not script.exists():
        pytest.skip("scripts/ is not part of this test run (installed-wheel run)")
    spec = importlib.util.spec_from_file_location(name, script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(params=[p.name for p in SEED_FILES])
def seed_name(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def seed_text(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")
