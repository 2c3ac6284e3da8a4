"""The header step reads its lines by named line rules (`SCAN_RULES`), in order: the default
list is pinned, and a layout rule added by name changes only the parses that use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import parse
from communique.adapters.markdown import MarkdownAdapter
from communique.adapters.text import TextAdapter
from communique.blocks import Line
from communique.extract.header import SCAN_RULES, LineScan, header_step
from communique.steps import Steps

SEEDS = Path(__file__).parents[1] / "seeds"

BODY = (
    "La préfecture informe les habitants que la route départementale sera fermée à la "
    "circulation pendant trois semaines, le temps de reprendre la chaussée et les accotements."
)
# An intranet's banner set as the page's top heading, above the release's bold title.
BANNER_PAGE = (
    "# [Bandeau] Votre espace agent pour suivre vos demandes\n\n"
    f"**Fermeture de la route départementale 12**\n\n{BODY}\n"
)


def test_the_default_line_rules_run_in_this_order() -> None:
    assert SCAN_RULES.names == (
        "type-continued",
        "timestamp",
        "doc-type",
        "dateline",
        "remember-line",
        "release-marker",
        "portal-field",
        "reference",
        "website",
        "navigation",
        "furniture",
        "section-title",
        "unpacked-title",
        "subject-line",
        "candidate",
    )


def _banner(scan: LineScan, line: Line) -> bool:
    """The intranet's banner is no title."""
    return line.text.startswith("[Bandeau]")


class _IntranetMarkdown(MarkdownAdapter):
    def adjust_steps(self, steps: Steps) -> Steps:
        mine = SCAN_RULES.before("furniture", "intranet-banner", _banner)
        return steps.replace("header", header_step(scan=mine))


def test_a_line_rule_added_by_name_consumes_its_lines() -> None:
    mine = SCAN_RULES.before("furniture", "intranet-banner", _banner)
    assert mine.names[mine.names.index("intranet-banner") + 1] == "furniture"
    assert "intranet-banner" not in SCAN_RULES.names  # the default list is unchanged
    assert parse(BANNER_PAGE).header.headline == (
        "[Bandeau] Votre espace agent pour suivre vos demandes"
    )
    release = parse(BANNER_PAGE, adapter=_IntranetMarkdown())
    assert release.header.headline == "Fermeture de la route départementale 12"
    explanation = release.explain("headline")
    assert explanation is not None
    assert explanation.candidates == 1  # the banner is no candidate any more


def test_a_rule_added_after_another_sees_the_lines_it_leaves() -> None:
    seen: list[str] = []

    def spy(scan: LineScan, line: Line) -> bool:
        seen.append(line.text)
        return False

    mine = SCAN_RULES.after("furniture", "spy", spy)

    class Spying(MarkdownAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header_step(scan=mine))

    parse(BANNER_PAGE, adapter=Spying())
    assert "Fermeture de la route départementale 12" in seen


def test_an_unknown_anchor_names_the_rules() -> None:
    with pytest.raises(KeyError, match="remember-line"):
        SCAN_RULES.before("no-such-rule", "mine", _banner)


class _ExplicitText(TextAdapter):
    def adjust_steps(self, steps: Steps) -> Steps:
        return steps.replace("header", header_step(scan=SCAN_RULES))


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_the_header_step_given_the_default_rules_is_the_default_header(path: Path) -> None:
    text = path.read_text("utf-8")
    default = parse(text, adapter=TextAdapter())
    assert parse(text, adapter=_ExplicitText()).to_dict() == default.to_dict()
