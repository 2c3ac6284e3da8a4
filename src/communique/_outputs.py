"""Writing one output file per input under a folder, never outside it (``--output-dir``).

Rules of this module:

* A file is written only below the folder: its name is built from components, each cleaned
  (no separator, no ``..``, no control character, a bounded length), never from a path
  taken as given.
* Nothing is written through a symbolic link, whatever was planted in the folder: each
  folder on the way is opened relative to its parent with ``O_NOFOLLOW``, and so is the
  file (where the platform lacks ``dir_fd``, the resolved path is checked instead).
* Two inputs never share an output: a name already written in this run gets ``-2``,
  ``-3``… before its extension.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path

__all__ = ["OutputDir", "UnsafeOutputError"]

# What may not appear in a name component: separators of any platform, NUL and the other
# control characters, and the characters Windows refuses in a file name.
_FORBIDDEN = re.compile(r'[\x00-\x1f\x7f/\\:*?"<>|]')
_LONGEST = 150  # characters of a component, room left for a suffix within 255 bytes
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_WITH_DIR_FD = os.open in os.supports_dir_fd and os.mkdir in os.supports_dir_fd


class UnsafeOutputError(OSError):
    """An output would have been written through a symbolic link, or outside its folder."""


def clean(component: str) -> str:
    """``component`` as a safe file or folder name (never empty, never ``.`` or ``..``)."""
    name = _FORBIDDEN.sub("_", component).strip()
    if name.strip(".") == "":
        name = "_" + name
    return name[:_LONGEST]


class OutputDir:
    """The folder ``root`` (created if missing) and the names written in it so far."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._used: set[tuple[str, ...]] = set()

    def write(self, parts: Sequence[str], suffix: str, text: str) -> Path:
        """Write ``text`` to ``root/parts…`` + ``suffix``; returns the path written."""
        names = [clean(part) for part in parts] or ["output"]
        folders, stem = names[:-1], names[-1]
        name = stem + suffix
        count = 1
        while (*folders, name) in self._used:
            count += 1
            name = f"{stem}-{count}{suffix}"
        self._used.add((*folders, name))
        data = text.encode("utf-8")
        if _WITH_DIR_FD:
            self._write_below(folders, name, data)
        else:  # pragma: no cover - Windows
            self._write_checked(folders, name, data)
        return self.root.joinpath(*folders, name)

    def _write_below(self, folders: list[str], name: str, data: bytes) -> None:
        fd = os.open(self.root, os.O_RDONLY | _DIRECTORY)
        try:
            for folder in folders:
                with contextlib.suppress(FileExistsError):
                    os.mkdir(folder, dir_fd=fd)
                below = self._open(folder, os.O_RDONLY | _DIRECTORY, fd)
                os.close(fd)
                fd = below
            out = self._open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, fd)
            with os.fdopen(out, "wb") as file:
                file.write(data)
        finally:
            os.close(fd)

    def _open(self, name: str, flags: int, parent: int) -> int:
        try:
            return os.open(name, flags | _NOFOLLOW, 0o666, dir_fd=parent)
        except OSError:
            try:
                link = stat.S_ISLNK(os.stat(name, dir_fd=parent, follow_symlinks=False).st_mode)
            except OSError:
                link = False
            if link:
                raise UnsafeOutputError(
                    f"{name!r} in the output folder is a symbolic link: nothing is written "
                    "through one"
                ) from None
            raise

    def _write_checked(self, folders: list[str], name: str, data: bytes) -> None:
        root = self.root.resolve()
        folder = root.joinpath(*folders)
        folder.mkdir(parents=True, exist_ok=True)
        target = folder / name
        if target.is_symlink() or not folder.resolve().is_relative_to(root):
            raise UnsafeOutputError(f"{target} leads outside the output folder: not written")
        target.write_bytes(data)
