"""Which files of a labelled folder are scored: each document paired with its gold annotation.

A document is a file in a format the library reads (an extension one of the installed adapters
claims: `communique.registry.extensions`), and its gold is the ``.json`` file of the same
stem beside it (``042.xhtml`` and ``042.json``). A document may share its gold with another
format of the same release (``042.md`` and ``042.html``): each is scored.

Nothing is dropped in silence: a document without a gold and a gold without a document are
`UnpairedFile` entries that the report lists. Hidden files, sub-folders, files in formats
no adapter reads, and a ``README`` describing the folder are not documents.
"""

from __future__ import annotations

import enum
import json
from pathlib import Path
from typing import Any

import attrs

from .. import registry

__all__ = ["GOLD_SUFFIX", "LabelledFolder", "Unpaired", "UnpairedFile", "read_gold", "scan"]

GOLD_SUFFIX = ".json"
#: The stem of a file that describes the folder rather than labels a release.
_FOLDER_DESCRIPTION = "readme"


class Unpaired(enum.StrEnum):
    """Why a file could not be paired."""

    NO_GOLD = "no-gold"  # a document without its NNN.json
    NO_DOCUMENT = "no-document"  # a gold without a document in a format the library reads


@attrs.frozen
class UnpairedFile:
    """A file of the folder that was not scored, and why (``problem`` says it in words)."""

    file: str
    reason: Unpaired
    problem: str


@attrs.frozen
class LabelledFolder:
    """The ``(document, gold)`` pairs of a folder, in name order, and the files left unpaired."""

    pairs: tuple[tuple[Path, Path], ...]
    unpaired: tuple[UnpairedFile, ...]


def scan(directory: Path) -> LabelledFolder:
    """Pair every document of ``directory`` with its gold; list what cannot be paired."""
    readable = registry.extensions()
    files = sorted(
        (path for path in directory.iterdir() if not path.name.startswith(".") and path.is_file()),
        key=lambda path: path.name,
    )
    golds = {path.stem: path for path in files if path.suffix.lower() == GOLD_SUFFIX}
    pairs: list[tuple[Path, Path]] = []
    unpaired: list[UnpairedFile] = []
    paired_golds: set[str] = set()
    for path in files:
        if path.suffix.lower() not in readable or path.stem.lower() == _FOLDER_DESCRIPTION:
            continue
        gold = golds.get(path.stem)
        if gold is None:
            problem = f"a document without its gold annotation {path.stem}{GOLD_SUFFIX}"
            unpaired.append(UnpairedFile(path.name, Unpaired.NO_GOLD, problem))
            continue
        pairs.append((path, gold))
        paired_golds.add(path.stem)
    for stem, gold in golds.items():
        if stem not in paired_golds:
            unpaired.append(
                UnpairedFile(gold.name, Unpaired.NO_DOCUMENT, _no_document(gold, files))
            )
    unpaired.sort(key=lambda item: item.file)
    return LabelledFolder(tuple(pairs), tuple(unpaired))


def _no_document(gold: Path, files: list[Path]) -> str:
    others = [p.name for p in files if p.stem == gold.stem and p != gold]
    if others:
        found = ", ".join(others)
        return f"a gold annotation whose document is in a format no adapter reads ({found})"
    return "a gold annotation without a document"


def read_gold(path: Path) -> dict[str, Any]:
    """The gold annotation in ``path``; `ValueError` when it is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: unreadable gold annotation ({error})") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a gold annotation must be a JSON object")
    return data
