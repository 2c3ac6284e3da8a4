"""Every registered adapter passes the checks communique.testing ships to adapter authors."""

from __future__ import annotations

import pytest

from communique import registry, testing
from communique.source import load

from .renderers import blocks_of, to_docx, to_eml, to_html, to_pdf, to_text


@pytest.mark.parametrize("name", registry.adapter_names())
def test_adapter_keeps_the_contract(name: str) -> None:
    testing.check_adapter(registry.get(name), max_examples=25)


RENDER = {
    "text": lambda md: to_text(blocks_of(md)),
    "markdown": lambda md: md,
    "html": lambda md: to_html(blocks_of(md)),
    "docx": lambda md: to_docx(blocks_of(md)),
    "pdf": lambda md: to_pdf(blocks_of(md)),
    "email": lambda md: to_eml(blocks_of(md), "Le pont de pierre rouvre"),
}


@pytest.mark.parametrize("name", sorted(RENDER))
def test_the_seed_fields_survive_each_builtin(name: str) -> None:
    testing.check_seed_fields_survive(registry.get(name), RENDER[name])


def test_the_checks_can_fail() -> None:
    from communique.adapters.text import TextAdapter

    class Liar(TextAdapter):
        name = "liar"

        def sniff(self, source):  # type: ignore[no-untyped-def]
            return 2.0

    with pytest.raises(AssertionError, match="outside"):
        testing.check_sniff_in_range(Liar(), load("Texte", max_input_bytes=100))
    with pytest.raises(AssertionError, match="headline"):
        testing.check_seed_fields_survive(registry.get("text"), lambda md: "Autre chose\n")
