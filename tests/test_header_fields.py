"""The document type, the lede and the reference are chosen by named rules and weights: every
rule's evidence has its documented weight, the rules are edited by name, and the explanation
names the rule that read the value held. Each release is written for the test."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.adapters.text import TextAdapter
from communique.extract.choice import FieldCandidate, HeaderScan
from communique.extract.doc_type import DOC_TYPE_RULES
from communique.extract.draft import Draft, Field
from communique.extract.header import (
    DOC_TYPE_FIELD,
    HEADLINE_FIELD,
    LEDE_FIELD,
    REFERENCE_FIELD,
    HeaderLine,
    header_step,
)
from communique.extract.lede import LEDE_RULES
from communique.french.vocabulary import DOC_TYPE, is_section_label
from communique.french.weights import DOC_TYPE_EVIDENCE, LEDE_EVIDENCE
from communique.steps import Steps

from . import strategies

BODY = (
    "La préfecture informe les habitants que la route départementale sera fermée à la "
    "circulation pendant trois semaines, le temps de reprendre la chaussée et les accotements."
)
MODEL = (Path(__file__).parents[1] / "docs" / "model.md").read_text("utf-8")


def _documented(section: str) -> dict[str, float]:
    """The evidence codes and weights of a section's table (its last two columns)."""
    return {
        m["code"]: float(m["weight"].replace("−", "-"))
        for m in re.finditer(
            r"^\|[^\n]*`(?P<code>[a-z-]+)` \| [^\n|]+(?:\\\|[^\n|]*)*"
            r"\| (?P<weight>[−-]?\d+(?:\.\d+)?) \|$",
            section,
            re.M,
        )
    }


def test_every_document_type_evidence_code_is_documented_with_its_weight() -> None:
    section = MODEL[MODEL.index("### `doc_type`") : MODEL.index("### `reference`")]
    assert _documented(section) == DOC_TYPE_EVIDENCE
    assert DOC_TYPE_FIELD.rules is DOC_TYPE_RULES


def test_every_lede_evidence_code_is_documented_with_its_weight() -> None:
    section = MODEL[MODEL.index("### `lede`") : MODEL.index("### `websites`")]
    assert _documented(section) == LEDE_EVIDENCE
    assert set(LEDE_RULES.names) == LEDE_EVIDENCE.keys()


def test_the_header_line_beats_the_metadata_and_the_explanation_says_so() -> None:
    text = (
        "---\ntitle: Fermeture de la route départementale 12\ncategory: Dossier de presse\n---\n\n"
        f"COMMUNIQUÉ DE PRESSE\n\n{BODY}\n"
    )
    release = parse(text)
    assert release.header.doc_type == "COMMUNIQUÉ DE PRESSE"
    explanation = release.explain("doc_type")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "header"
    assert explanation.chosen.evidence == ("header-line",)
    assert explanation.rejected is not None
    assert (explanation.rejected.source, explanation.rejected.value) == (
        "metadata",
        "Dossier de presse",
    )
    assert explanation.chosen.score > explanation.rejected.score


def test_the_first_document_type_written_wins_a_tie() -> None:
    text = f"Communiqué de presse\n\nInvitation presse\n\nFermeture de la RD 12\n\n{BODY}\n"
    release = parse(text)
    assert release.header.doc_type == "Communiqué de presse"
    explanation = release.explain("doc_type")
    assert explanation is not None
    assert explanation.rejected is not None
    assert explanation.rejected.value == "Invitation presse"


def test_a_rule_removed_by_name_no_longer_reads_its_place() -> None:
    text = "---\ntitle: Fermeture de la RD 12\ntype: communiqué de presse\n---\n\n" + BODY + "\n"
    assert parse(text).header.doc_type == "communiqué de presse"
    without = DOC_TYPE_FIELD.__class__(
        "doc_type", DOC_TYPE_FIELD.rules.remove("metadata"), DOC_TYPE_EVIDENCE
    )

    class NoMetadataType(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header_step(doc_type=without))

    from communique.adapters.markdown import MarkdownAdapter

    class MarkdownNoMetadataType(MarkdownAdapter):
        adjust_steps = NoMetadataType.adjust_steps

    assert parse(text, adapter=MarkdownNoMetadataType()).header.doc_type is None


def _stamped_reference(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
    """An organisation's own convention: "[CP-2024-031]" closing its first body paragraph."""
    for block in draft.blocks[draft.body_start : draft.body_start + 1]:
        found = re.search(r"\[(CP-\d{4}-\d{3})\]", block.text)
        if found is not None:
            yield FieldCandidate(Field(found.group(1), None), ("stamped",))


def test_a_layout_rule_is_added_by_name_with_its_weight() -> None:
    mine = REFERENCE_FIELD.with_rule("stamped", _stamped_reference, weight=0.5)
    assert mine.rules.names == ("header", "stamped")
    assert mine.weights["stamped"] == 0.5
    assert "stamped" not in REFERENCE_FIELD.weights  # the default is unchanged
    first = LEDE_FIELD.with_rule("mine", _stamped_reference, before="metadata", weight=1.0)
    assert first.rules.names[0] == "mine"
    with pytest.raises(ValueError, match="already exists"):
        mine.with_rule("stamped", _stamped_reference, weight=1.0)

    class Intranet(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header_step(reference=mine))

    text = f"Fermeture de la route départementale 12\n\n{BODY} [CP-2024-031]\n"
    assert parse(text).header.reference is None
    release = parse(text, adapter=Intranet())
    assert release.header.reference == "CP-2024-031"
    explanation = release.explain("reference")
    assert explanation is not None
    assert explanation.chosen is not None
    assert (explanation.chosen.source, explanation.chosen.score) == ("stamped", 0.5)
    # A header line's reference still wins over the stamp.
    text = f"N° 046\n\nFermeture de la route départementale 12\n\n{BODY} [CP-2024-031]\n"
    assert parse(text, adapter=Intranet()).header.reference == "N° 046"


def test_a_candidate_without_a_positive_score_is_never_chosen() -> None:
    def doubtful(draft: Draft, scan: HeaderScan) -> Iterator[FieldCandidate]:
        yield FieldCandidate(Field("Note", None), ("doubtful",))

    mine = DOC_TYPE_FIELD.with_rule("doubtful", doubtful, weight=-1.0)

    class Doubting(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header_step(doc_type=mine))

    release = parse(f"Fermeture de la RD 12\n\n{BODY}\n", adapter=Doubting())
    assert release.header.doc_type is None
    explanation = release.explain("doc_type")
    assert explanation is not None
    assert explanation.chosen is None
    assert explanation.rejected is not None
    assert explanation.rejected.value == "Note"


def test_the_lede_explanation_names_its_rule() -> None:
    lede = (
        "*La route départementale 12 fermera trois semaines pour des travaux de chaussée, "
        "avec une déviation par Saint-Martin.*"
    )
    text = f"# Fermeture de la route départementale 12\n\n{lede}\n\n{BODY}\n"
    release = parse(text)
    assert release.header.lede is not None
    assert release.header.lede.startswith("La route")
    explanation = release.explain("lede")
    assert explanation is not None
    assert explanation.chosen is not None
    assert (
        explanation.chosen.source == "header-paragraph"
    )  # an emphasised block stays in the header


def test_a_letterhead_set_in_bold_under_the_title_is_no_chapo() -> None:
    page = (
        "<html><body><h1>Recrutement de 150 techniciens d'électrification rurale</h1>"
        "<p><b>RÉPUBLIQUE DU CAMEROUN<br>Paix – Travail – Patrie<br>----------<br>"
        "MINISTÈRE DE LA PROMOTION DES ÉNERGIES RURALES<br>----------<br>CABINET DU MINISTRE"
        f"</b></p><p>{BODY}</p></body></html>"
    )
    assert parse(page, filename="cp.html").header.lede is None


# -- a document type in the plural names a site's section, not the text's type ---------------


def _words(text: str | None) -> list[str]:
    return (text or "").split()


@given(label=strategies.singular_doc_types)
def test_a_singular_document_type_is_the_texts_type(label: str) -> None:
    assert DOC_TYPE.fullmatch(label) is not None
    assert not is_section_label(label)
    text = f"{label}\n\nFermeture de la route départementale 12\n\n{BODY}\n"
    release = parse(text)
    assert _words(release.header.doc_type) == _words(label)
    assert release.headline == "Fermeture de la route départementale 12"


@given(label=strategies.plural_doc_types)
def test_a_plural_document_type_is_a_sections_name(label: str) -> None:
    assert is_section_label(label)
    text = f"{label}\n\nFermeture de la route départementale 12\n\n{BODY}\n"
    release = parse(text)
    assert release.header.doc_type is None
    assert release.headline == "Fermeture de la route départementale 12"
    assert "press-section" in release.evidence
    explanation = release.explain("doc_type")
    assert explanation is not None
    assert explanation.rejected is not None
    assert "section-label" in explanation.rejected.evidence


@given(label=strategies.plural_doc_types, joint=st.sampled_from([" – ", " | ", " - "]))
def test_a_plural_document_type_closing_the_title_is_the_site_s_section(
    label: str, joint: str
) -> None:
    """ "Inauguration du nouveau bâtiment – Discours et communiqués de presse": the page's
    title names the site's section it stands in, not the text's type."""
    text = (
        f"Inauguration du nouveau bâtiment{joint}Discours et {label}\n\n"
        "Je suis très heureux de vous accueillir aujourd'hui dans ce bâtiment rénové, au cœur "
        "de Paris.\n"
    )
    release = parse(text)
    assert release.header.doc_type is None
    assert "doc-type" not in release.evidence


# -- the release's abbreviation before a title ("CP - …") ---------------------------------------

ABBREVIATED_TITLE = "Les nouvelles dates de pêche à l'anguille"


@given(separator=st.sampled_from([" - ", " – ", " — ", " -- "]))
def test_the_abbreviation_before_a_dash_types_the_title(separator: str) -> None:
    for text in (
        f"CP{separator}{ABBREVIATED_TITLE}\n\n{BODY}\n",
        f"# CP{separator}{ABBREVIATED_TITLE}\n\n{BODY}\n",
        f'---\ntitle: "CP{separator}{ABBREVIATED_TITLE}"\n---\n\n{BODY}\n',
    ):
        release = parse(text)
        assert release.header.doc_type == "CP"
        assert release.is_press_release


@given(
    label=st.sampled_from(["CP", "Communiqué de presse", "COMMUNIQUÉ DE PRESSE"]),
    separator=st.sampled_from([" - ", " – "]),
    title=st.sampled_from(
        [
            "Inauguration des services de pédiatrie du CHU",
            "inauguration des services de pédiatrie du CHU [ après travaux ]",
        ]
    ),
)
def test_the_title_after_the_generic_label_is_the_headline_whatever_its_case(
    label: str, separator: str, title: str
) -> None:
    text = f"{label}{separator}{title}\n\n{BODY}\n"
    release = parse(text)
    assert release.headline == title
    assert release.header.doc_type == label
    assert not release.header.issuers  # a title, not a letterhead


@pytest.mark.parametrize(
    "tag", ["Rennes Métropole", "Santé", "Mars 2024", "Mise à jour", "Version française"]
)
def test_a_tag_after_the_generic_label_is_not_the_title(tag: str) -> None:
    # the issuer, a section, a month: the title is on the next line
    text = f"Communiqué de presse – {tag}\n\nOuverture du guichet des familles\n\n{BODY}\n"
    assert parse(text).headline == "Ouverture du guichet des familles"


def test_the_abbreviation_in_brackets_types_a_front_matter_title() -> None:
    release = parse(f'---\ntitle: "[CP] {ABBREVIATED_TITLE}"\n---\n\n{BODY}\n')
    assert release.header.doc_type == "CP"


@pytest.mark.parametrize(
    "title",
    [
        f"cp - {ABBREVIATED_TITLE}",  # in capitals only
        "CPAM : les nouvelles dates de remboursement",  # a longer word
        "CP-CE1 : les nouvelles classes de l'école",  # a school's classes
        "Les élèves de CP - une rentrée réussie",  # not before the title
        "CP : Les nouvelles dates de pêche",  # a dash only, not a colon
        "CP – 69200 Vénissieux",  # a postcode's label
        "CP – CE1 : sortie à la ferme",  # a school's level
        "CP - congés payés du mois d'août",  # paid leave
    ],
)
def test_letters_cp_that_are_no_prefix_type_nothing(title: str) -> None:
    assert parse(f"{title}\n\n{BODY}\n").header.doc_type is None


@given(section=strategies.plural_doc_types, label=strategies.singular_doc_types)
def test_the_texts_own_type_under_a_sections_name_is_read(section: str, label: str) -> None:
    text = f"{section}\n\n{label}\n\nFermeture de la route départementale 12\n\n{BODY}\n"
    assert _words(parse(text).header.doc_type) == _words(label)


@given(
    label=st.one_of(strategies.singular_doc_types, strategies.plural_doc_types),
    determiner=st.sampled_from(
        ("le", "la", "les", "l'", "un", "une", "des", "ce", "nos", "vos", "ses")
    ),
    verb=st.sampled_from(("Recevoir", "Lire", "Abonnez-vous à", "Retrouvez")),
)
def test_a_heading_speaking_of_releases_names_no_type(
    label: str, determiner: str, verb: str
) -> None:
    # "Recevoir nos communiqués", "Lire le communiqué": a heading further down speaks of
    # releases (a subscription box, a link); the determiner says so.
    spoken_of = (
        f"{determiner}{label.lower()}"
        if determiner.endswith("'")
        else f"{determiner} {label.lower()}"
    )
    text = (
        "# Fermeture de la route départementale 12\n\n"
        f"{BODY}\n\n## {verb} {spoken_of}\n\nInscrivez-vous à la liste de diffusion.\n"
    )
    assert parse(text).header.doc_type is None


@pytest.mark.parametrize(
    ("title", "doc_type"),
    [
        ("Inauguration de la médiathèque : votre invitation presse", "invitation presse"),
        ("Rentrée scolaire 2026 : notre dossier de presse", "dossier de presse"),
    ],
)
def test_an_issuer_names_its_own_type_with_votre_or_notre(title: str, doc_type: str) -> None:
    assert parse(f"# {title}\n\n{BODY}\n").header.doc_type == doc_type


_CLOSING_BODY = (
    "Le maire informe la population que des travaux de voirie auront lieu rue du Collège du "
    "8 au 26 juin. La circulation sera interdite de 7 h 30 à 18 h.\n\n"
    "Fait à Figeac, le 2 juin 2026\n\nLe Maire,\nClaire Vidal\n\n"
)


@given(
    # (a footer opens with a capital: a line starting in lower case goes on from the line above;
    # "Réaction" labels a release only on a line of its own: "Réaction du maire : « … »" closing
    # a text is a quotation's heading)
    label=strategies.singular_doc_types.filter(
        lambda label: label[:1].isupper() and not label.lower().startswith(("réaction", "reaction"))
    ),
    rest=st.sampled_from(
        (
            "",
            " – Service communication – communication@example.fr",
            " de la Ville de Figeac – 1, place de la Mairie",
            " | Mairie de Figeac",
            " de l’Agence régionale de santé",
        )
    ),
)
def test_a_footer_opening_with_the_type_types_a_body_only_release(label: str, rest: str) -> None:
    release = parse(f"{_CLOSING_BODY}{label}{rest}\n")
    assert _words(release.header.doc_type) == _words(label)


@pytest.mark.parametrize(
    "footer",
    [
        "Communiqué par le service de presse de la mairie",  # who communicated it
        "Communiqués de presse – Archives 2026",  # the site's section
        "Lire le communiqué de presse de la préfecture",  # a link speaking of one
        "- Communiqué de presse (PDF, 120 Ko)",  # a list of downloads
        "Communiqué de presse – PDF – 245 Ko",  # a download
        "Communiqué de presse de la CGT Santé, publié le 3 mars.",  # a report's source
    ],
)
def test_a_footer_that_names_no_type_of_its_own_is_none(footer: str) -> None:
    assert parse(f"{_CLOSING_BODY}{footer}\n").header.doc_type is None


@pytest.mark.parametrize(
    "footer",
    [
        "Communiqué de presse de Santé publique France.",
        "Communiqué de presse – Ministère de la Transformation et de la Fonction publiques.",
        "Communiqué de presse de la Fédération française de canoë-polo",
    ],
)
def test_a_body_only_release_closed_by_its_type_is_a_release(footer: str) -> None:
    release = parse(f"{_CLOSING_BODY}{footer}\n")
    assert release.header.doc_type == "Communiqué de presse"
    assert release.is_press_release


@pytest.mark.parametrize("label", ["COMMUNIQUÉ DE PRESSE", "Dossier de presse"])
def test_the_header_s_type_outranks_a_footer_s(label: str) -> None:
    text = f"{label}\n\nTravaux rue du Collège\n\n{_CLOSING_BODY}Communiqué – Mairie de Figeac\n"
    assert parse(text).header.doc_type == label


@given(label=strategies.singular_doc_types, at=st.integers(0, 2))
def test_a_document_type_on_a_cover_without_blank_lines_is_read(label: str, at: int) -> None:
    # A PDF turned into text with no blank line: the cover's lines open the body's block.
    title = "Groupe Ardent : des résultats records"
    cover = [title, "Ardent SA"]
    cover.insert(at, label)
    lines = [*cover, title, *BODY.replace(", ", ",\n").split("\n")]
    text = f"{title}\n\n" + "\n".join(lines) + "\n"
    release = parse(text)
    assert _words(release.header.doc_type) == _words(label)
    assert release.headline == title


@pytest.mark.parametrize("key", ["layout", "type", "category", "categories", "doc_type"])
def test_a_machine_name_in_the_metadata_is_no_document_type(key: str) -> None:
    text = f"---\ntitle: Fermeture de la RD 12\n{key}: communique\n---\n\n{BODY}\n"
    release = parse(text)
    assert release.header.doc_type is None
    assert "press-section" in release.evidence
    written = f"---\ntitle: Fermeture de la RD 12\n{key}: Communiqué\n---\n\n{BODY}\n"
    assert parse(written).header.doc_type == "Communiqué"


@pytest.mark.parametrize("level", [2, 3, 4])
def test_a_chapo_set_as_a_heading_under_the_headline_is_the_lede(level: int) -> None:
    chapo = (
        "Fermeture, déviation, calendrier : la route départementale 12 sera refaite sur six "
        "kilomètres entre Vaise et Saint-Martin, et les riverains garderont un accès à toute "
        "heure pendant les trois semaines du chantier."
    )
    html = (
        f"<h1>Fermeture de la route départementale 12</h1><h{level}>{chapo}</h{level}>"
        f"<p>{BODY}</p><h2>Le calendrier des travaux</h2><p>{BODY}</p>"
    )
    release = parse(html, adapter="html")
    assert release.header.lede == chapo
    explanation = release.explain("lede")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "subheading"
    # A sentence of sixteen words and more closing with its full stop reads as prose too.
    short = (
        "Du 29 au 31 mars, la vitrine des savoir-faire industriels du territoire "
        "s'installe à Micropolis avec un espace recrutement."
    )
    html = f"<h1>Salon des savoir-faire : 120 exposants</h1><h2>{short}</h2><p>{BODY}</p>"
    assert parse(html, adapter="html").header.lede == short
    # A deck under the title is a phrase, not a sentence: no chapô.
    deck = "Un nouveau salon pour les industriels du territoire."
    html = f"<h1>Salon des savoir-faire : 120 exposants</h1><h2>{deck}</h2><p>{BODY}</p>"
    assert parse(html, adapter="html").header.lede is None
    # A section heading under the headline is no chapô.
    html = f"<h1>Fermeture de la RD 12</h1><h2>Le calendrier des travaux</h2><p>{BODY}</p>"
    assert parse(html, adapter="html").header.lede is None


_STANDFIRST = (
    "Pour réduire les temps de trajet des collégiens des communes éloignées, le Département "
    "ouvre à la rentrée des internats de semaine dans six collèges, à 95 euros le trimestre."
)


@pytest.mark.parametrize("adapter", ["markdown", "html"])
def test_a_chapo_set_as_a_block_quotation_under_the_headline_is_the_lede(adapter: str) -> None:
    if adapter == "markdown":
        text = f"# Collèges : six internats de semaine\n\n> {_STANDFIRST}\n\n{BODY}\n"
    else:
        text = (
            f"<h1>Collèges : six internats de semaine</h1><blockquote><p>{_STANDFIRST}</p>"
            f"</blockquote><p>{BODY}</p>"
        )
    release = parse(text, adapter=adapter)
    assert release.header.lede == _STANDFIRST
    explanation = release.explain("lede")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "quote-opening"


@pytest.mark.parametrize("opening", ["« ", '"', "“", "– "])
def test_a_quotation_under_the_headline_is_no_chapo(opening: str) -> None:
    quotation = f"{opening}Aucun enfant ne doit renoncer à une option parce que le car part tôt."
    text = f"# Collèges : six internats de semaine\n\n> {quotation}\n\n{BODY}\n"
    assert parse(text).header.lede is None
    # nor a block quotation further down the body
    text = f"# Collèges : six internats de semaine\n\n{BODY}\n\n> {_STANDFIRST}\n"
    assert parse(text).header.lede is None


@pytest.mark.parametrize(
    "quoted",
    [
        "Contact presse : Marie Dupont, attachée de presse, 04 75 66 77 88, m.dupont@example.org.",
        "Correctif : une erreur s'est glissée dans le montant annoncé le 3 mars pour les lycées.",
        "[!NOTE] Les horaires d'ouverture des internats seront publiés en juin sur le site.",
        "[…] nous ouvrirons six internats de semaine à la rentrée dans les collèges du sud.",
    ],
)
def test_a_note_set_as_a_block_quotation_is_no_chapo(quoted: str) -> None:
    text = f"# Collèges : six internats de semaine\n\n> {quoted}\n\n{BODY}\n"
    assert parse(text).header.lede is None


@pytest.mark.parametrize(
    "capitals",
    [
        "AVIS À LA POPULATION : EN RAISON DE LA CANICULE, LES PARCS ET JARDINS DE LA VILLE "
        "SERONT FERMÉS À PARTIR DE 14 HEURES JUSQU'À NOUVEL ORDRE.",
        "CE COMMUNIQUÉ NE CONSTITUE PAS UNE OFFRE DE VENTE NI LA SOLLICITATION D'UNE OFFRE "
        "D'ACHAT DE VALEURS MOBILIÈRES DANS UN QUELCONQUE PAYS.",
    ],
)
def test_a_notice_or_a_legend_in_capitals_is_no_chapo(capitals: str) -> None:
    text = f"Préfecture du Rhône\n\nVigilance canicule\n\n{capitals}\n\n{BODY}\n"
    assert parse(text).header.lede is None


def test_a_release_written_all_in_capitals_has_no_chapo_in_capitals() -> None:
    first = _STANDFIRST.upper()
    text = f"FEU DE FORÊT À SAINT-AGRÈVE\n\n{first}\n\n{BODY.upper()}\n"
    assert parse(text).header.lede is None


def test_a_chapo_in_capitals_under_the_headline_of_pdf_text_is_the_lede() -> None:
    # PDF text loses the chapô's bold, not its capitals.
    chapo = _STANDFIRST.upper()
    text = (
        "PRÉFET DU RHÔNE\n\nCOMMUNIQUÉ DE PRESSE\nLyon, le 3 juillet 2026\n\n"
        f"Collèges : six internats de semaine\n\n{chapo}\n\n{BODY}\n"
    )
    assert parse(text).header.lede == chapo
    # a heading in capitals (no full stop), a short sentence in capitals: no chapô
    for line in ("LE CALENDRIER DES TRAVAUX ET LES DÉVIATIONS PRÉVUES SUR LA ROUTE", "ATTENTION."):
        text = f"PRÉFET DU RHÔNE\n\nLyon, le 3 juillet 2026\n\nCollèges\n\n{line}\n\n{BODY}\n"
        assert parse(text).header.lede is None, line


@pytest.mark.parametrize(
    "dateline",
    [
        "Nancy, le 28 avril 2026 –",
        "NANCY, 28 avril 2026 —",
        "Nancy (Meurthe-et-Moselle), le 28 avril 2026 -",
    ],
)
def test_a_plain_paragraph_above_the_one_the_dateline_opens_is_the_lede(dateline: str) -> None:
    # the body starts at the dateline: what stands between it and the title summarises
    text = (
        "Office national des sols\n\nCommuniqué de presse\n\nLes sols agricoles se "
        f"stabilisent\n\n{_STANDFIRST}\n\n{dateline} {BODY}\n"
    )
    release = parse(text)
    assert release.header.lede == _STANDFIRST
    assert release.explain("lede").chosen.evidence == ("before-dateline",)


@pytest.mark.parametrize(
    "second",
    [
        f"Lancé le 20 mars 2025 avec les banques, le dispositif garantit les prêts. {BODY}",
        BODY,  # no dateline at all
    ],
)
@pytest.mark.parametrize(
    "above",
    [
        _STANDFIRST,
        "Merci de bien vouloir trouver ci-dessous le communiqué de presse de la Ville relatif "
        "à la réouverture de la médiathèque.",
        "Information sous embargo : merci de ne pas diffuser cette information avant le "
        "samedi 7 mars 2026 à 10 heures.",
    ],
)
def test_a_plain_paragraph_above_one_the_dateline_does_not_open_is_no_lede(
    second: str, above: str
) -> None:
    text = f"Les sols agricoles se stabilisent\n\n{above}\n\n{second}\n"
    assert parse(text).header.lede is None


def test_a_note_about_the_release_above_its_dateline_is_no_lede() -> None:
    note = (
        "Merci de bien vouloir trouver ci-dessous le communiqué de presse de la Ville relatif "
        "à la réouverture de la médiathèque."
    )
    text = f"Les sols agricoles se stabilisent\n\n{note}\n\nVannes, le 3 mars 2026 – {BODY}\n"
    assert parse(text).header.lede is None


@pytest.mark.parametrize(
    "published", ["Publié le 03/04/2024 – Mis à jour le 05/04/2024", "Mis en ligne le 3 avril 2024"]
)
def test_a_bold_chapo_under_a_pages_publication_line_is_the_lede(published: str) -> None:
    chapo = (
        "Le conseil d'administration de l'agence a adopté un programme de 38 millions d'euros "
        "sur quatre ans pour effacer ou aménager 112 seuils sur le bassin de l'Adour."
    )
    text = (
        f"# Qualité des rivières : 38 millions d'euros pour l'Adour\n\n*{published}*\n\n"
        f"Communiqué de presse\n\n**{chapo}**\n\n{BODY}\n"
    )
    release = parse(text)
    assert release.header.lede == chapo
    assert release.header.doc_type == "Communiqué de presse"


@given(
    label=st.sampled_from(["Type", "Type de document", "Nature", "Catégorie", "Rubrique"]),
    doc_type=strategies.singular_doc_types,
)
def test_a_portal_field_giving_the_type_is_read(label: str, doc_type: str) -> None:
    text = f"Préfecture du Rhône\n{label} : {doc_type}\n\nFermeture de la RD 12\n\n{BODY}\n"
    release = parse(text)
    assert _words(release.header.doc_type) == _words(doc_type)
    assert release.headline == "Fermeture de la RD 12"


def test_a_headline_evidence_rule_is_added_by_name_with_its_weight() -> None:
    # An intranet marks its titles with a leading "▶": a rule and a weight, nothing else.
    def marked(line: HeaderLine) -> bool:
        return line.text.startswith("▶")

    mine = HEADLINE_FIELD.with_rule("marked-title", marked, weight=5.0, before="heading")
    assert mine.rules.names[0] == "marked-title"
    assert "marked-title" not in HEADLINE_FIELD.weights  # the default is unchanged

    class Intranet(TextAdapter):
        def adjust_steps(self, steps: Steps) -> Steps:
            return steps.replace("header", header_step(headline=mine))

    text = (
        "Direction des ressources humaines : note à tous les agents du site\n\n"
        f"▶ Fermeture de la cantine du 3 au 7 juin\n\n{BODY}\n"
    )
    assert parse(text).headline != "▶ Fermeture de la cantine du 3 au 7 juin"
    release = parse(text, adapter=Intranet())
    assert release.headline == "▶ Fermeture de la cantine du 3 au 7 juin"
    explanation = release.explain("headline")
    assert explanation is not None
    assert explanation.chosen is not None
    assert "marked-title" in explanation.chosen.evidence


WIRE_CHAPO = (
    "Orvalis, société de technologies médicales qui développe des implants de vision "
    "artificielle, annonce avoir obtenu le marquage CE de classe III pour son implant rétinien."
)


@pytest.mark.parametrize("bold", ["**", "__"])
@pytest.mark.parametrize(
    "dateline",
    [
        "Grenoble, France, 3 avr. 2024 (GLOBE NEWSWIRE) -- ",
        "PARIS, 3 avril 2024 - ",
        "",
        "**Grenoble, le 3 avril 2024** — ",  # the dateline in bold of its own
    ],
)
@pytest.mark.parametrize("wrapped", [False, True])
def test_a_bold_sentence_opening_the_first_paragraph_is_the_lede(
    bold: str, dateline: str, wrapped: bool
) -> None:
    chapo = WIRE_CHAPO.replace(" de classe", "\nde classe") if wrapped else WIRE_CHAPO
    text = (
        "# Orvalis obtient le marquage CE de son implant rétinien\n\n"
        f"{dateline}{bold}{chapo}{bold} {BODY}\n\n{BODY}\n"
    )
    release = parse(text)
    assert release.header.lede == WIRE_CHAPO
    explanation = release.explain("lede")
    assert explanation is not None
    assert explanation.chosen is not None
    assert explanation.chosen.source == "bold-opening"


@pytest.mark.parametrize(
    "paragraph",
    [
        f"{BODY} **Les inscriptions ferment le 30 juin, à midi, sans aucune exception possible.**",
        "Le programme est **doté de 12 millions d'euros**, selon le ministère, pour trois ans.",
        f"**[{WIRE_CHAPO}](https://example.org/cp)** {BODY}",
    ],
)
def test_bold_words_further_in_the_paragraph_are_emphasis_not_a_lede(paragraph: str) -> None:
    text = f"# La route départementale 12 refaite\n\n{paragraph}\n\n{BODY}\n"
    assert parse(text).header.lede is None


def test_the_bold_paragraph_under_the_text_s_own_title_is_the_front_matter_title_s_lede() -> None:
    text = (
        "---\ntitle: Tiers-lieux nourriciers, l'appel à projets 2021\ndate: 2021-03-15\n---\n\n"
        "*Communiqué de presse*\n\n# 12 millions d'euros pour 150 tiers-lieux nourriciers\n\n"
        f"**{WIRE_CHAPO}**\n\n{BODY}\n"
    )
    release = parse(text)
    assert release.headline == "Tiers-lieux nourriciers, l'appel à projets 2021"
    assert release.header.lede == WIRE_CHAPO


@pytest.mark.parametrize(
    "label",
    [
        "Communiqué de presse / Press release",
        "Communiqué de presse – Information financière",
        "COMMUNIQUÉ RADIO-PRESSE",
        "Communiqué du procureur de la République",
        "Déclaration conjointe",
        "LETTRE OUVERTE",
        "RÉACTION",
    ],
)
def test_a_type_line_is_read_whole_with_its_kind_or_translation(label: str) -> None:
    text = f"Fédération des épiceries solidaires\n\n{label}\n\nUn titre de déclaration\n\n{BODY}\n"
    release = parse(text)
    assert release.header.doc_type == label
    assert release.headline == "Un titre de déclaration"


def test_a_reaction_in_a_title_is_the_news_not_the_type() -> None:
    # "RÉACTION" on its own line labels the release; "Réaction de … à …" is a title's words
    text = (
        f"# Réaction de la fédération à la suppression du fonds d'urgence alimentaire\n\n{BODY}\n"
    )
    assert parse(text).header.doc_type is None


@pytest.mark.parametrize(
    "label",
    [
        "Communiqué de presse – Information réglementée",
        "COMMUNIQUÉ DE PRESSE – INFORMATION PRIVILÉGIÉE",
        "Communiqué – Information de sécurité",  # a health agency's safety information
    ],
)
def test_a_legal_status_on_the_type_s_line_is_written_with_it(label: str) -> None:
    text = f"NORÉVA\n\n{label}\n\nUn titre de communiqué financier\n\n{BODY}\n"
    release = parse(text)
    assert release.header.doc_type == label
    assert release.headline == "Un titre de communiqué financier"


def test_a_legal_status_on_a_line_of_its_own_is_the_filing_s() -> None:
    text = f"NORÉVA\n\nCommuniqué de presse\nInformation réglementée\n\nUn titre\n\n{BODY}\n"
    assert parse(text).header.doc_type == "Communiqué de presse"


@pytest.mark.parametrize("state", ["REPUBLIC OF CAMEROON", "République du Cameroun"])
def test_a_bilingual_state_letterhead_names_no_issuer(state: str) -> None:
    text = (
        f"{state}\nPaix – Travail – Patrie\nPeace – Work – Fatherland\n\n"
        "MINISTÈRE DE L'EAU ET DE L'ÉNERGIE\n\nCOMMUNIQUÉ RADIO-PRESSE\n\n"
        f"Perturbations de la distribution d'électricité à Yaoundé\n\n{BODY}\n"
    )
    release = parse(text)
    assert [i.name for i in release.header.issuers] == ["MINISTÈRE DE L'EAU ET DE L'ÉNERGIE"]
    assert release.headline == "Perturbations de la distribution d'électricité à Yaoundé"


@pytest.mark.parametrize(
    "legend",
    [
        "**NE PAS DISTRIBUER AUX AGENCES DE TRANSMISSION AMÉRICAINES NI DIFFUSER AUX ÉTATS-UNIS.**",
        "**Not for release, publication or distribution in the United States of America.**",
    ],
)
def test_a_distribution_legend_in_bold_is_no_lede(legend: str) -> None:
    text = f"# Orvalis obtient le marquage CE de son implant\n\n{legend}\n\n{BODY}\n\n{BODY}\n"
    assert parse(text).header.lede is None


@pytest.mark.parametrize("label", ["FLASH INFO", "Flash info", "Flash-info", "Info flash"])
@pytest.mark.parametrize("section", ["Flash info", "Communiqués de presse", "Actualités"])
def test_a_breadcrumb_s_last_step_is_the_section_and_the_label_below_is_the_type(
    label: str, section: str
) -> None:
    text = (
        f"Mairie de Saint-Herblain\nAccueil > Actualités > {section}\n\n{label}\n\n"
        "Saint-Herblain, le 9 février 2026\n\nCoupure d’eau programmée mardi 10 février\n\n"
        "En raison de travaux urgents sur une canalisation, la distribution d’eau potable sera "
        "interrompue le mardi 10 février de 8 h 30 à 16 h dans le quartier de la Bernardière.\n"
    )
    header = parse(text).header
    assert header.doc_type == label
    assert [issuer.name for issuer in header.issuers] == ["Mairie de Saint-Herblain"]


@pytest.mark.parametrize(
    "stamp",
    [
        "*Industrie Ouest Mag — rubrique Communiqués — publié par la rédaction le 2 juillet 2026*",
        "*Publié par la rédaction le 2 juillet 2026 · Rubrique Communiqués*",
    ],
)
def test_a_portal_s_stamp_under_the_title_is_neither_lede_nor_dateline(stamp: str) -> None:
    text = f"# Une chaudronnerie de Cholet certifiée pour l'aéronautique\n\n{stamp}\n\n{BODY}\n"
    release = parse(text, adapter="markdown")
    assert release.header.lede is None
    assert release.dateline.place is None


@pytest.mark.parametrize("pictographs", ["📢 ", "🔴 ", "⚠️ ", "📢📢 "])
def test_a_post_s_pictographs_before_a_prefixed_type_leave_the_type(pictographs: str) -> None:
    text = f"{pictographs}COMMUNIQUÉ – La piscine municipale rouvre samedi\n\n{BODY}\n"
    assert parse(text).header.doc_type == "COMMUNIQUÉ"


def test_a_title_after_its_type_prefix_is_no_type_of_issuer() -> None:
    # ("Communiqué du maire" names a type and its issuer; "Communiqué de presse : <title>"
    # is a title with its type before it, a headline candidate like any other)
    text = (
        "Communiqué de presse : La piscine municipale rouvre samedi\n\n"
        f"Vaison, le 3 juin 2026\n\n{BODY}\n"
    )
    release = parse(text)
    assert release.header.doc_type == "Communiqué de presse"
    assert release.headline is not None
    assert release.headline.endswith("La piscine municipale rouvre samedi")


def test_a_subtitle_of_thirteen_words_stays_a_subtitle() -> None:
    text = (
        "# La Région lance un plan vélo de 40 millions d'euros\n\n"
        "## Le plan sera présenté aux élus régionaux lors de la session du 12 mars.\n\n"
        f"Lyon, le 3 mars 2026 – {BODY}\n"
    )
    assert parse(text).header.lede is None


@pytest.mark.parametrize(
    "chapo",
    [
        "**La Région investit 40 millions d'euros\npour développer les pistes cyclables\n"
        "entre 2026 et 2030 autour des lycées.**",
    ],
)
def test_a_bold_chapo_wrapped_in_short_lines_is_the_lede(chapo: str) -> None:
    text = f"# La Région lance un plan vélo\n\n{chapo}\n\nLyon, le 3 mars 2026 – {BODY}\n"
    assert parse(text).header.lede == " ".join(chapo.strip("*").split())
