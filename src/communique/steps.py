"""Named extraction steps: an ordered, immutable list that adapters edit relative to a name.

Modelled on markdown-it-py's ``Ruler``: the default pipeline fits on one screen (see
`communique.extract.DEFAULT_STEPS`), and an adapter that knows its layout better can
insert, replace or remove a step for its own inputs only. Every edit returns a new
[`Steps`][communique.steps.Steps]; nothing is changed in place, so no adapter changes the pipeline
of another.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Generic, Self, TypeAlias, TypeVar

import attrs

if TYPE_CHECKING:
    from .extract.draft import Draft

__all__ = ["Rules", "Step", "Steps"]

#: A step reads and fills the shared draft.
Step: TypeAlias = "Callable[[Draft], None]"


_Rule = TypeVar("_Rule")


@attrs.frozen
class Rules(Generic[_Rule]):
    """An ordered tuple of named rules with edits by name; every edit returns a new list.

    The extraction steps are one ([`Steps`][communique.steps.Steps]); a step's own rules are others:
    the collectors of dateline candidates (``communique.extract.dateline.COLLECTORS``), the rules
    that find issuers outside the header (``communique.extract.issuers.ISSUER_RULES``).

    !!! info "Added in version 0.1"
    """

    items: tuple[tuple[str, _Rule], ...]

    def __iter__(self) -> Iterator[tuple[str, _Rule]]:
        return iter(self.items)

    def __len__(self) -> int:
        return len(self.items)

    @property
    def names(self) -> tuple[str, ...]:
        """The rule names, in order."""
        return tuple(name for name, _ in self.items)

    def _index(self, name: str) -> int:
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no rule named {name!r}; the rules are {self.names}") from None

    def _check_new(self, name: str) -> None:
        if name in self.names:
            raise ValueError(f"a rule named {name!r} already exists")

    def before(self, anchor: str, name: str, rule: _Rule) -> Self:
        """A copy with ``rule`` inserted before the rule named ``anchor``."""
        self._check_new(name)
        i = self._index(anchor)
        return type(self)((*self.items[:i], (name, rule), *self.items[i:]))

    def after(self, anchor: str, name: str, rule: _Rule) -> Self:
        """A copy with ``rule`` inserted after the rule named ``anchor``."""
        self._check_new(name)
        i = self._index(anchor) + 1
        return type(self)((*self.items[:i], (name, rule), *self.items[i:]))

    def replace(self, name: str, rule: _Rule) -> Self:
        """A copy with the rule named ``name`` replaced by ``rule``."""
        i = self._index(name)
        return type(self)((*self.items[:i], (name, rule), *self.items[i + 1 :]))

    def remove(self, name: str) -> Self:
        """A copy without the rule named ``name``."""
        i = self._index(name)
        return type(self)((*self.items[:i], *self.items[i + 1 :]))


@attrs.frozen
class Steps(Rules["Step"]):
    """An ordered tuple of ``(name, step)`` pairs with edits by name.

    !!! info "Added in version 0.1"
    """
