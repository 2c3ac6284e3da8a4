"""Which files of a labelled folder are scored: each document paired with its gold annotation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

__all__ = ["DOCUMENT_SUFFIXES", "read_gold", "scan"]

#: Document suffixes looked for next to each gold file, in this order.
DOCUMENT_SUFFIXES = (".md", ".txt", ".html", ".htm", ".docx", ".pdf", ".eml")


def scan(directory: Path) -> list[tuple[Path, Path]]:
    """``(document, gold)`` pairs: each gold ``NNN.json`` with every ``NNN.<suffix>`` beside it."""
    pairs = []
    for gold in sorted(directory.glob("*.json")):
        for suffix in DOCUMENT_SUFFIXES:
            document = gold.with_suffix(suffix)
            if document.is_file():
                pairs.append((document, gold))
    return pairs


def read_gold(path: Path) -> dict[str, Any]:
    """The gold annotation in ``path``; :class:`ValueError` when it is not a JSON object."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ValueError(f"{path}: unreadable gold annotation ({error})") from error
    if not isinstance(data, dict):
        raise ValueError(f"{path}: a gold annotation must be a JSON object")
    return data
