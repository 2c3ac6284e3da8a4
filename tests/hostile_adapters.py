"""Plug-in adapters that misbehave the way real parsers do, for the batch survival tests.

* :class:`SleepingAdapter` (``sleeper``) reads inputs starting with ``DORMIR//`` and never
  finishes: a file stuck in a parser.
* :class:`DyingAdapter` (``dying``) reads inputs starting with ``MOURIR//`` and kills its own
  process, as the kernel's out-of-memory killer or a crash in a C extension would.

:func:`install` lays them out as an installed distribution (code on ``sys.path`` plus a
``.dist-info`` with their ``communique.adapters`` entry points), so the registry finds them
exactly as it finds a third-party plug-in, in this process, in forked workers and in a
``communique`` subprocess given the folder on ``PYTHONPATH``.
"""

from __future__ import annotations

import os
import shutil
import signal
import time
from pathlib import Path
from typing import ClassVar

from communique.adapters import BaseAdapter
from communique.adapters.text import segment_text
from communique.blocks import Document
from communique.source import Source

SLEEP = "DORMIR//"
DIE = "MOURIR//"


class SleepingAdapter(BaseAdapter):
    name: ClassVar[str] = "sleeper"
    media_types: ClassVar[tuple[str, ...]] = ()
    extensions: ClassVar[tuple[str, ...]] = (".sleep",)

    def sniff(self, source: Source) -> float:
        return 1.0 if source.data is None and source.text.startswith(SLEEP) else 0.0

    def segment(self, source: Source) -> Document:
        time.sleep(3600)
        return Document(source.text, segment_text(source.text))


class DyingAdapter(BaseAdapter):
    name: ClassVar[str] = "dying"
    media_types: ClassVar[tuple[str, ...]] = ()
    extensions: ClassVar[tuple[str, ...]] = (".die",)

    def sniff(self, source: Source) -> float:
        return 1.0 if source.data is None and source.text.startswith(DIE) else 0.0

    def segment(self, source: Source) -> Document:
        os.kill(os.getpid(), signal.SIGKILL)
        return Document(source.text, segment_text(source.text))


def install(site: Path) -> Path:
    """Install this module as the distribution ``hostile-adapters`` under ``site``."""
    site.mkdir(parents=True, exist_ok=True)
    shutil.copy(Path(__file__), site / "communique_hostile_adapters.py")
    dist_info = site / "communique_hostile_adapters-1.0.dist-info"
    dist_info.mkdir(exist_ok=True)
    (dist_info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: communique-hostile-adapters\nVersion: 1.0\n",
        encoding="utf-8",
    )
    (dist_info / "entry_points.txt").write_text(
        "[communique.adapters]\n"
        "sleeper = communique_hostile_adapters:SleepingAdapter\n"
        "dying = communique_hostile_adapters:DyingAdapter\n",
        encoding="utf-8",
    )
    return site
