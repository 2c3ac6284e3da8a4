"""The CI script cleans up after itself.

``.ci/run`` builds three virtual environments and a site in a work folder of about 1.5 GB;
runs repeated on one machine used to fill its disk because the folder was kept under
``CI=true``. These tests run the script's prologue (everything before its first step) in a
scratch ``TMPDIR`` and look at what is left when it exits. The script is in a clone of the
repository, not in the wheel's test tree, so there they are skipped.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from .conftest import ROOT

CI_SCRIPT = ROOT / ".ci" / "run"

pytestmark = [
    pytest.mark.skipif(not CI_SCRIPT.is_file(), reason="no .ci/run outside a clone"),
    pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash"),
]


def prologue() -> str:
    """The script up to (not including) its first step: settings, work folder, clean-up."""
    text = CI_SCRIPT.read_text(encoding="utf-8")
    first_step = text.index('\nstep "')
    return text[:first_step]


def run_prologue(tmp_path: Path, environment: dict[str, str], then: str) -> list[Path]:
    """Run the prologue, then ``then``; return what is left in the scratch TMPDIR."""
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    script = tmp_path / "prologue.sh"
    script.write_text(prologue() + "\n" + then + "\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "TMPDIR": str(scratch), **environment}
    # The prologue cd's to the script's parent's parent: give it the repository's layout.
    (tmp_path / ".ci").mkdir()
    moved = tmp_path / ".ci" / "run"
    script.rename(moved)
    subprocess.run(["bash", str(moved)], env=env, check=False, capture_output=True)
    return list(scratch.iterdir())


@pytest.mark.parametrize("ci", ["true", ""])
def test_the_work_folder_is_removed_when_the_run_passes(tmp_path: Path, ci: str) -> None:
    left = run_prologue(tmp_path, {"CI": ci}, 'touch "$work/venv-marker"; exit 0')
    assert left == []


@pytest.mark.parametrize("ci", ["true", ""])
def test_the_work_folder_is_removed_when_the_run_fails(tmp_path: Path, ci: str) -> None:
    left = run_prologue(tmp_path, {"CI": ci}, 'touch "$work/venv-marker"; false')
    assert left == []


def test_keep_ci_dir_keeps_the_work_folder_to_look_into(tmp_path: Path) -> None:
    left = run_prologue(tmp_path, {"CI": "true", "KEEP_CI_DIR": "1"}, 'touch "$work/marker"')
    assert len(left) == 1
    assert left[0].name.startswith("communique-ci.")
    assert (left[0] / "marker").exists()
