"""The plain-text adapter reads a release as PDFs, e-mails and copied pages leave it.

Markdown's strong emphasis often survives in such text (a page or an e-mail copied as
text): paired ``**`` marks are markup, not characters of the line; an odd one is text.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import parse
from communique.adapters.text import segment_text
from communique.blocks import Emphasis

WORDS = st.sampled_from(
    ("Lyon", "le", "12 mars 2024", "Région", "annonce", "(Rhône)", "plan", "l'État")
)


def _only_line(text: str) -> tuple[str, Emphasis | None, tuple[int, int]]:
    (block,) = segment_text(text)
    (line,) = block.lines
    return line.text, line.emphasis, line.span


def test_paired_strong_marks_are_markup_and_a_whole_bold_line_says_so() -> None:
    text, emphasis, _ = _only_line("**Lyon, le 12 mars 2024**")
    assert (text, emphasis) == ("Lyon, le 12 mars 2024", Emphasis.STRONG)
    text, emphasis, _ = _only_line("**Lyon – 12 mars 2024 –** La Région annonce un plan.")
    assert (text, emphasis) == ("Lyon – 12 mars 2024 – La Région annonce un plan.", None)


def test_an_odd_star_pair_is_text() -> None:
    assert _only_line("Prix** indicatifs, hors taxes")[0] == "Prix** indicatifs, hors taxes"
    assert _only_line("Un ** seul ** écart")[0] == "Un ** seul ** écart"  # marks not at words


@given(st.lists(WORDS, min_size=1, max_size=6), st.data())
def test_marked_words_locate_back_to_the_source(words: list[str], data: st.DataObject) -> None:
    bold = data.draw(st.integers(0, len(words) - 1))
    marked = " ".join(f"**{w}**" if i == bold else w for i, w in enumerate(words))
    text, _, span = _only_line(marked)
    assert text == " ".join(words)
    (block,) = segment_text(marked)
    (line,) = block.lines
    start = text.index(words[bold])
    first, last = line.locate(start, start + len(words[bold]))
    assert marked[first:last] == words[bold]
    assert 0 <= span[0] < span[1] <= len(marked)


TEXT_LINES = [
    "Avec un niveau de sécheresse des sols jamais atteint début juillet, le service",
    "départemental mobilise chaque jour plus de mille sapeurs-pompiers sur le terrain",
    "et prépositionne ses colonnes de renfort dans les massifs les plus exposés.",
]


@pytest.mark.parametrize(
    "title",
    [
        ["Feux de forêt : le SDIS renforce son dispositif"],
        ["Feux de forêt : le SDIS renforce son dispositif", "pour l'été et appelle à la vigilance"],
    ],
)
def test_a_title_run_into_its_first_paragraph_is_a_block_of_its_own(title: list[str]) -> None:
    blocks = segment_text("\n".join([*title, *TEXT_LINES]) + "\n")
    assert [len(block.lines) for block in blocks] == [len(title), len(TEXT_LINES)]
    assert blocks[0].text == " ".join(title)


@pytest.mark.parametrize(
    "opening",
    [
        "Le service mobilise ses équipes.",  # a short sentence: the paragraph's own
        "Le service départemental,",  # a clause going on below
        "Camille Ferrandon          Yanis Belkacem",  # columns
        "Mesdames et Messieurs les journalistes",  # a letter's salutation
        "Chers amis de la presse",
        "Madame, Monsieur",
    ],
)
def test_a_paragraph_opening_with_text_stays_whole(opening: str) -> None:
    blocks = segment_text("\n".join([opening, *TEXT_LINES]) + "\n")
    assert len(blocks) == 1


@pytest.mark.parametrize(
    "opening", ["Madame Butterfly à l'Opéra de Lyon", "Monsieur le Maire inaugure le parc Blandan"]
)
def test_a_title_opening_with_madame_or_monsieur_is_no_salutation(opening: str) -> None:
    blocks = segment_text("\n".join([opening, *TEXT_LINES]) + "\n")
    assert [len(block.lines) for block in blocks] == [1, len(TEXT_LINES)]


def test_a_wide_letterhead_line_does_not_end_the_letterhead_s_columns() -> None:
    text = (
        "RÉGION AUVERGNE-RHÔNE-ALPES – DIRECTION DE LA COMMUNICATION ET DES RELATIONS PRESSE\n"
        "COMMUNIQUÉ DE PRESSE                                   Lyon, le 10 mars 2026\n"
    )
    lines = [line.text for block in segment_text(text) for line in block.lines]
    assert lines[1:] == ["COMMUNIQUÉ DE PRESSE", "Lyon, le 10 mars 2026"]


_BOXES = {
    "ascii": ("+", "-", "+", "|", "|", "+", "+"),
    "unicode": ("┌", "─", "┐", "│", "│", "└", "┘"),
}


@given(
    style=st.sampled_from(sorted(_BOXES)),
    indent=st.sampled_from(("", "   ", "\t")),
    pad=st.integers(1, 6),
)
def test_a_box_drawn_around_lines_is_read_without_its_borders_and_sides(
    style: str, indent: str, pad: int
) -> None:
    # A PDF's framed insert, or an e-mail's ASCII box, around a contact block.
    inside = ["CONTACT PRESSE", "Yann Le Bihan – chargé des relations presse", "02 00 00 00 00"]
    top_left, bar, top_right, left, right, bottom_left, bottom_right = _BOXES[style]
    width = max(map(len, inside)) + 2 * pad
    lines = [f"{indent}{top_left}{bar * width}{top_right}"]
    lines += [f"{indent}{left}{' ' * pad}{line.ljust(width - pad)}{right}" for line in inside]
    lines.append(f"{indent}{bottom_left}{bar * width}{bottom_right}")
    text = "\n".join(lines) + "\n"
    blocks = segment_text(text)
    read = [line.text for block in blocks for line in block.lines]
    assert read == inside
    for block in blocks:
        for line in block.lines:
            assert text[line.span[0] : line.span[1]] == line.text


def test_a_table_row_between_bars_keeps_its_cells() -> None:
    (block,) = segment_text("| Date | Événement |\n")
    assert block.lines[0].text == "| Date | Événement |"


# -- a letterhead in two columns, as ``pdftotext -layout`` gives it ---------------------------

BODY_TEXT = (
    "Réunis en session plénière ce jeudi, les élus régionaux ont adopté le nouveau programme\n"
    "régional de formation sanitaire et sociale, qui porte à 2 400 le nombre de places\n"
    "financées chaque année dans les instituts de formation du territoire.\n"
)


@given(
    column=st.integers(min_value=40, max_value=70),
    indent=st.integers(min_value=0, max_value=4),
    letterhead=st.sampled_from((["RÉGION", "CENTRE-VAL DE LOIRE"], ["VILLE DE TOURS"])),
    title=st.sampled_from(
        (
            ["LA RÉGION OUVRE 2 400 PLACES", "DE FORMATION AUX MÉTIERS", "DU SOIN"],
            ["Un nouveau plan pour les lycées", "de la région"],
        )
    ),
)
def test_a_two_column_letterhead_is_read_column_by_column(
    column: int, indent: int, letterhead: list[str], title: list[str]
) -> None:
    left = [*letterhead, "COMMUNIQUÉ DE PRESSE", *title]
    right = [
        "Orléans, le 12 mars 2026",
        "CONTACT PRESSE",
        "Élodie Marchais",
        "Tél. : 02 00 00 00 31",
    ]
    rows = []
    for row in range(max(len(left), len(right))):
        cell = left[row] if row < len(left) else ""
        beside = right[row] if row < len(right) else ""
        rows.append((" " * indent + cell).ljust(column) + beside if beside else " " * indent + cell)
    release = parse("\n".join(rows) + "\n\n" + BODY_TEXT)
    assert release.headline == " ".join(title)
    assert release.dateline is not None
    assert release.dateline.place == "Orléans"
    assert [contact.name for contact in release.contacts] == ["Élodie Marchais"]
    assert [issuer.name for issuer in release.header.issuers] == [" ".join(letterhead)]


def test_a_single_row_with_a_right_cell_stays_in_reading_order() -> None:
    (block,) = segment_text("Communiqué de presse" + " " * 30 + "Lyon, le 24 octobre 2024\n")
    assert [line.text for line in block.lines] == [
        "Communiqué de presse",
        "Lyon, le 24 octobre 2024",
    ]


# -- a page copied from a PDF viewer: no blank line anywhere -----------------------------------

RUN_ON_TEXT = [
    "À deux semaines de la fin de la trêve hivernale, le 31 mars, le",
    "Réseau Solidarité Logement alerte sur la situation de 1 300",
    "ménages du département sous le coup d'une procédure d'expulsion",
    "locative, dont près de 400 familles avec enfants. Selon les",
    "données recueillies par nos permanences, moins d'un ménage sur",
    "cinq s'est vu proposer une solution de relogement adaptée, et",
    "les délais d'attente dépassent deux ans dans la métropole pour",
    "un logement social, quand l'hébergement d'urgence est saturé.",
]


@given(
    title=st.sampled_from(
        (
            ["Fin de la trêve hivernale : 1 300 ménages menacés d'expulsion", "et sans solution"],
            [
                "UNE ÉQUIPE TOURANGELLE IDENTIFIE",
                "UN MARQUEUR PRÉCOCE DE LA MALADIE",
                "DE PARKINSON",
            ],
            ["LOGEMENT : 1 300 MÉNAGES MENACÉS D'EXPULSION EN ILLE-ET-VILAINE", "CE PRINTEMPS"],
        )
    ),
    head=st.sampled_from((["Communiqué de presse", "Le 17/03/2026"], ["COMMUNIQUÉ DE PRESSE"])),
)
def test_a_title_in_a_page_without_blank_lines_is_a_paragraph_of_its_own(
    title: list[str], head: list[str]
) -> None:
    # (a page: twelve lines and more run together, cut into paragraphs where lines end them)
    blocks = segment_text("\n".join([*head, *title, *RUN_ON_TEXT, *RUN_ON_TEXT]) + "\n")
    texts = [block.text for block in blocks]
    assert " ".join(title) in texts
    assert texts[-1] == " ".join(RUN_ON_TEXT)


def test_a_wrapped_line_before_a_capital_that_would_not_have_fitted_goes_on() -> None:
    # "Réseau" would not have fitted after "…le 31 mars, le": the text goes on
    blocks = segment_text("\n".join(["Un titre court", *RUN_ON_TEXT, *RUN_ON_TEXT]) + "\n")
    assert [block.text for block in blocks][-1].endswith(" ".join(RUN_ON_TEXT))


@given(
    place=st.sampled_from(("Bordeaux", "Saint-Lô", "Aix-en-Provence", "LA ROCHELLE")),
    joint=st.sampled_from((", le ", ", ", " – ")),
)
def test_a_dateline_opening_a_line_of_a_page_without_blank_lines_opens_the_text(
    place: str, joint: str
) -> None:
    title = [
        "Le pôle LUMAT et Photonéa inaugurent à Pessac une plateforme",
        "mutualisée de tests pour les lasers industriels",
    ]
    opening = f"{place}{joint}19 mars 2026 – Le pôle de compétitivité et la société"
    blocks = segment_text("\n".join(["COMMUNIQUÉ DE PRESSE", *title, opening, *RUN_ON_TEXT]) + "\n")
    texts = [block.text for block in blocks]
    assert " ".join(title) in texts
    assert any(text.startswith(opening) for text in texts)


def test_a_place_and_date_going_on_a_phrase_stay_in_it() -> None:
    lines = [
        *RUN_ON_TEXT[:3],
        "et, après deux ans de discussions, le nouveau protocole signé à",
        "Paris, le 3 mars 2026, par les partenaires du territoire engage",
        *RUN_ON_TEXT,
    ]
    texts = [block.text for block in segment_text("\n".join(lines) + "\n")]
    assert any("signé à Paris, le 3 mars 2026" in text for text in texts)


@pytest.mark.parametrize("heading", ["À propos de Nivéo Robotics", "À propos d’Alpes Capital"])
def test_an_about_heading_run_into_the_text_above_opens_a_block_of_its_own(heading: str) -> None:
    lines = [
        "Fondée en 2020 par deux ingénieurs issus d'un laboratoire grenoblois, la société",
        "conçoit des robots d'inspection pour les réseaux enterrés. Elle emploie 44 personnes.",
        heading,
        "Le fonds est dédié aux PME industrielles de la région, doté de 160 millions d'euros.",
    ]
    blocks = segment_text("\n".join(lines) + "\n")
    assert [block.lines[0].text for block in blocks] == [lines[0], heading]


def test_a_menu_s_about_item_under_a_title_stays_in_its_block() -> None:
    lines = ["Norvaléo – Le Groupe", "À propos", "Nos solutions"]
    assert len(segment_text("\n".join(lines) + "\n")) == 1


def test_a_sentence_opening_on_a_propos_de_is_no_heading() -> None:
    lines = [
        "La Fête du lac réunira samedi près de 40 000 spectateurs sur les rives d'Annecy.",
        "Le préfet a présidé ce mardi la dernière réunion de préparation avec les organisateurs.",
        "À propos de la circulation, la ville sera fermée aux voitures dès 14 heures et des",
        "navettes gratuites relieront les parkings relais au centre toute la soirée.",
    ]
    assert len(segment_text("\n".join(lines) + "\n")) == 1


@pytest.mark.parametrize("rule", ["───────────", "━━━━━━", "══════", "~~~~~~", "  -----  "])
def test_a_line_of_rule_characters_is_a_rule(rule: str) -> None:
    # (a text-mode browser draws a page's <hr> as a box-drawing line)
    blocks = segment_text(f"Préfecture maritime\n\n{rule}\n\nUn exercice de sauvetage en mer\n")
    assert [block.kind.value for block in blocks] == ["paragraph", "rule", "paragraph"]
    assert parse(f"{rule}\n\nUn exercice de sauvetage en mer\n\n{TEXT_LINES[0]}\n").headline != rule


@given(
    items=st.lists(
        st.sampled_from(
            [
                "Croissance des ventes de 13,7 %",
                "Marge opérationnelle à 13,2 %",
                "Résultat net en hausse",
            ]
        ),
        min_size=1,
        max_size=4,
    ),
    bullet=st.sampled_from(["- ", "• ", "– "]),
)
def test_an_unwrapped_line_under_a_list_is_a_paragraph_not_an_item(
    items: list[str], bullet: str
) -> None:
    # a web capture or a wire's text: highlights, then the lead on one long line, no blank line
    lead = (
        "PARIS, 28 avril 2011 – Les résultats du premier trimestre seront commentés lors de "
        "l'assemblée générale mixte qui se tiendra ce jour, à 11 heures, au siège du groupe, "
        "et retransmise en direct sur son site."
    )
    title = "Maréval annonce des résultats en progression au premier trimestre\n"
    text = title + "".join(f"{bullet}{item}\n" for item in items) + lead + "\n"
    kinds = [(block.kind.value, block.text[:5]) for block in segment_text(text)]
    assert kinds[-1] == ("paragraph", "PARIS")
    assert [kind for kind, _ in kinds].count("list_item") == len(items)
    release = parse(text, filename="communique.txt")
    assert release.dateline is not None
    assert release.dateline.place == "PARIS"
