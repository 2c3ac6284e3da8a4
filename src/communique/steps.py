"""Named extraction steps: an ordered, immutable list that adapters edit relative to a name.

Modelled on markdown-it-py's ``Ruler``: the default pipeline fits on one screen (see
:data:`communique.extract.DEFAULT_STEPS`), and an adapter that knows its layout better can
insert, replace or remove a step for its own inputs only. Every edit returns a new
:class:`Steps`; nothing is changed in place, so no adapter changes the pipeline of another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, TypeAlias

import attrs

if TYPE_CHECKING:
    from .extract.draft import Draft

__all__ = ["Step", "Steps"]

#: A step reads and fills the shared draft.
Step: TypeAlias = "Callable[[Draft], None]"


@attrs.frozen
class Steps:
    """An ordered tuple of ``(name, step)`` pairs with edits by name.

    .. versionadded:: 0.1
    """

    items: tuple[tuple[str, Step], ...]

    def __iter__(self) -> Iterator[tuple[str, Step]]:
        return iter(self.items)

    @property
    def names(self) -> tuple[str, ...]:
        """The step names, in order."""
        return tuple(name for name, _ in self.items)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no extraction step named {name!r}; steps are {self.names}") from None

    def _check_new(self, name: str) -> None:
        if name in self.names:
            raise ValueError(f"an extraction step named {name!r} already exists")

    def before(self, anchor: str, name: str, step: Step) -> Steps:
        """A copy with ``step`` inserted before the step named ``anchor``."""
        self._check_new(name)
        i = self._index(anchor)
        return Steps((*self.items[:i], (name, step), *self.items[i:]))

    def after(self, anchor: str, name: str, step: Step) -> Steps:
        """A copy with ``step`` inserted after the step named ``anchor``."""
        self._check_new(name)
        i = self._index(anchor) + 1
        return Steps((*self.items[:i], (name, step), *self.items[i:]))

    def replace(self, name: str, step: Step) -> Steps:
        """A copy with the step named ``name`` replaced by ``step``."""
        i = self._index(name)
        return Steps((*self.items[:i], (name, step), *self.items[i + 1 :]))

    def remove(self, name: str) -> Steps:
        """A copy without the step named ``name``."""
        i = self._index(name)
        return Steps((*self.items[:i], *self.items[i + 1 :]))
