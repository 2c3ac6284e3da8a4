"""The header step reads its lines by named line rules (`SCAN_RULES`), and the issuer lines
above the headline by named letterhead rules (`LETTERHEAD_RULES`), in order: the default lists
are pinned, and a layout rule added by name changes only the parses that use it."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique import parse
from communique.adapters import BaseAdapter
from communique.adapters.markdown import MarkdownAdapter
from communique.adapters.text import TextAdapter
from communique.blocks import Line
from communique.extract.choice import HeaderCandidate
from communique.extract.header import SCAN_RULES, LineScan, header_step
from communique.extract.letterhead import LETTERHEAD_RULES, LetterheadScan
from communique.steps import Step, Steps

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
        "wire-dateline",
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


def _using(adapter: type[BaseAdapter], header: Step) -> BaseAdapter:
    """An ``adapter`` whose pipeline has ``header`` for its header step."""

    class Using(adapter):  # type: ignore[misc, valid-type]
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header)

    return Using()


def test_a_line_rule_added_by_name_consumes_its_lines() -> None:
    mine = SCAN_RULES.before("furniture", "intranet-banner", _banner)
    assert mine.names[mine.names.index("intranet-banner") + 1] == "furniture"
    assert "intranet-banner" not in SCAN_RULES.names  # the default list is unchanged
    assert parse(BANNER_PAGE).header.headline == (
        "[Bandeau] Votre espace agent pour suivre vos demandes"
    )
    release = parse(BANNER_PAGE, adapter=_using(MarkdownAdapter, header_step(scan=mine)))
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
    parse(BANNER_PAGE, adapter=_using(MarkdownAdapter, header_step(scan=mine)))
    assert "Fermeture de la route départementale 12" in seen


def test_an_unknown_anchor_names_the_rules() -> None:
    with pytest.raises(KeyError, match="remember-line"):
        SCAN_RULES.before("no-such-rule", "mine", _banner)


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name)
def test_the_header_step_given_the_default_rules_is_the_default_header(path: Path) -> None:
    text = path.read_text("utf-8")
    default = parse(text, adapter=TextAdapter())
    explicit = _using(TextAdapter, header_step(scan=SCAN_RULES, letterhead=LETTERHEAD_RULES))
    assert parse(text, adapter=explicit).to_dict() == default.to_dict()


# A letterhead naming a partner under the issuer: the default rules read both as issuers.
PARTNER_PAGE = (
    "PRÉFECTURE DU CANTAL\nPartenaire : Conseil départemental du Cantal\n\n"
    f"COMMUNIQUÉ DE PRESSE\n\nFermeture de la route départementale 12\n\n{BODY}\n"
)


def test_the_default_letterhead_rules_run_in_this_order() -> None:
    assert LETTERHEAD_RULES.names == (
        "contact-or-long",
        "remember-line",
        "legal-mention",
        "picture-credit",
        "descriptor",
        "name-goes-on",
        "column-goes-on",
        "person-office",
        "state-frame",
        "field-strip",
        "section-title",
        "kicker",
        "wire-name",
        "department",
        "department-goes-on",
        "office-under-name",
        "end-person",
        "acronym",
        "other-language",
        "tagline",
        "person",
        "person-communicates",
        "typed-issuer",
        "organisation",
    )


def _partner(scan: LetterheadScan, candidate: HeaderCandidate) -> bool:
    """A partner named under the letterhead is not an issuer."""
    return scan.text.startswith("Partenaire :")


def test_a_letterhead_rule_added_by_name_consumes_its_lines() -> None:
    mine = LETTERHEAD_RULES.before("organisation", "partner", _partner)
    assert mine.names[-2:] == ("partner", "organisation")
    assert "partner" not in LETTERHEAD_RULES.names  # the default list is unchanged

    default = parse(PARTNER_PAGE, adapter=TextAdapter())
    assert [i.name for i in default.header.issuers] == [
        "PRÉFECTURE DU CANTAL",
        "Partenaire : Conseil départemental du Cantal",
    ]
    release = parse(PARTNER_PAGE, adapter=_using(TextAdapter, header_step(letterhead=mine)))
    assert [i.name for i in release.header.issuers] == ["PRÉFECTURE DU CANTAL"]
    assert release.header.headline == default.header.headline
