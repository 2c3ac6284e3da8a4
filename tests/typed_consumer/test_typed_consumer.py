"""mypy, run as a downstream user would run it, sees communique's types (py.typed).

One mypy run checks the three files (about 5 s cold; its cache under ``.mypy_cache/`` makes
later runs fast): ``consumer.py`` and ``adapter_author.py`` (an adapter written with the
guide's imports) must be clean, and ``misuse.py`` must be rejected on exactly the lines marked
``# error:``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CACHE = HERE.parent.parent / ".mypy_cache" / "typed_consumer"

pytest.importorskip("mypy", reason="mypy is in the dev extra")


@pytest.fixture(scope="module")
def mypy_errors(tmp_path_factory: pytest.TempPathFactory) -> dict[str, set[int]]:
    # Run from an empty directory with no configuration, so mypy finds communique where a
    # user's mypy would: installed in the environment, not through src/ or pyproject.toml.
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--config-file=",
            f"--cache-dir={CACHE}",
            "--python-version=3.11",
            str(HERE / "consumer.py"),
            str(HERE / "adapter_author.py"),
            str(HERE / "misuse.py"),
        ],
        capture_output=True,
        text=True,
        cwd=tmp_path_factory.mktemp("mypy"),
        check=False,
    )
    assert result.returncode in (0, 1), result.stdout + result.stderr
    errors: dict[str, set[int]] = {
        "consumer.py": set(),
        "adapter_author.py": set(),
        "misuse.py": set(),
    }
    for name, line in re.findall(r"(\w+\.py):(\d+): error", result.stdout):
        errors.setdefault(name, set()).add(int(line))
    return errors


def test_a_typed_consumer_type_checks(mypy_errors: dict[str, set[int]]) -> None:
    assert mypy_errors["consumer.py"] == set()
    assert set(mypy_errors) == {"consumer.py", "adapter_author.py", "misuse.py"}


def test_an_adapter_authors_code_type_checks(mypy_errors: dict[str, set[int]]) -> None:
    assert mypy_errors["adapter_author.py"] == set()


def test_misuse_is_caught_on_every_marked_line(mypy_errors: dict[str, set[int]]) -> None:
    source = (HERE / "misuse.py").read_text(encoding="utf-8").splitlines()
    marked = {i for i, line in enumerate(source, 1) if "# error:" in line}
    assert mypy_errors["misuse.py"] == marked
