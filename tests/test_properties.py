"""Properties of parse(): what must hold for the seeds under harmless rewrites, for generated
releases in every supported layout, and for any text at all.

The oracle is always a round trip: the values a release was built from (or the values of the
untouched seed) come back out of the parser.
"""

from __future__ import annotations

import bisect
import importlib
import itertools
import json
import pickle
import re
import unicodedata
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from communique import Diagnostic, PressRelease, blocks, parse
from communique.extract.text import folded
from communique.source import INVISIBLE, load, remove_invisible_characters

from . import strategies as gs
from .conftest import SEED_FILES, seed_text


def norm(value: str | None) -> str | None:
    """Compare text as a reader would: NFC, any whitespace (no-break too) as one space."""
    if value is None:
        return None
    return " ".join(unicodedata.normalize("NFC", value).split())


def fields(release: PressRelease) -> dict[str, Any]:
    """The extracted fields that harmless rewrites of the input must not change."""
    header = release.header
    dateline = release.dateline
    return {
        "headline": norm(header.headline),
        "doc_type": norm(header.doc_type),
        "reference": norm(header.reference),
        "issuers": [(norm(i.name), norm(i.title)) for i in header.issuers],
        "websites": list(header.websites),
        "place": norm(dateline.place) if dateline else None,
        "date": release.date,
        "contacts": [
            (
                norm(c.name),
                norm(c.role),
                norm(c.organisation),
                c.emails,
                [norm(p) for p in c.phones],
            )
            for c in release.contacts
        ],
        "about": [norm(s.heading) for s in release.about_sections()],
    }


SEEDS = {path.name: seed_text(path.name) for path in SEED_FILES}
BASELINES = {name: fields(parse(text)) for name, text in SEEDS.items()}


# -- the seeds, rewritten ---------------------------------------------------------------------


ASTECH = "000_27ed43d6ae4ba0dc.txt"

# Known gaps, each an xfail below and reported: (seed, transform) -> the fields that change.
# (Empty: "Direction la phase IV …" without emphasis is now read as the headline.)
KNOWN_GAPS: dict[tuple[str, str], set[str]] = {}


def _rewrite_cases() -> list[Any]:
    cases = []
    for seed in sorted(SEEDS):
        for transform in gs.TRANSFORMS:
            marks = []
            if (seed, transform.__name__) in KNOWN_GAPS:
                reason = "a plain-text headline opening with 'Direction' is taken for an issuer"
                marks.append(pytest.mark.xfail(strict=True, reason=reason))
            cases.append(
                pytest.param(seed, transform, marks=marks, id=f"{seed}-{transform.__name__}")
            )
    return cases


@pytest.mark.parametrize(("seed", "transform"), _rewrite_cases())
def test_each_rewrite_keeps_the_seed_fields(seed: str, transform: gs.Transform) -> None:
    assert fields(parse(transform(SEEDS[seed]))) == BASELINES[seed]


@given(chain=gs.transform_chains, seed=st.sampled_from(sorted(SEEDS)))
def test_any_chain_of_rewrites_keeps_the_seed_fields(chain: list[gs.Transform], seed: str) -> None:
    found, wanted = fields(parse(gs.apply_all(chain, SEEDS[seed]))), dict(BASELINES[seed])
    for transform in chain:  # the known gaps are xfail cases of the test above
        for name in KNOWN_GAPS.get((seed, transform.__name__), ()):
            found.pop(name)
            wanted.pop(name)
    assert found == wanted


@given(width=st.integers(40, 120), seed=st.sampled_from(sorted(SEEDS)))
def test_rewrapped_paragraphs_keep_the_seed_fields(width: int, seed: str) -> None:
    rewrapped = gs.rewrap(width)(SEEDS[seed])
    assert rewrapped != SEEDS[seed]  # the rewrite did something
    assert fields(parse(rewrapped)) == BASELINES[seed]


def test_seed_bytes_with_a_bom_keep_the_fields(seed_name: str) -> None:
    raw = b"\xef\xbb\xbf" + SEEDS[seed_name].encode("utf-8")
    assert fields(parse(raw)) == BASELINES[seed_name]


def test_seed_as_utf16_keeps_the_fields(seed_name: str) -> None:
    assert fields(parse(SEEDS[seed_name].encode("utf-16"))) == BASELINES[seed_name]


# -- generated releases -------------------------------------------------------------------------


def expected(release: gs.GenRelease) -> dict[str, Any]:
    return {
        "headline": release.headline,
        "doc_type": release.doc_type,
        "reference": release.reference,
        "issuers": list(release.issuers),
        "place": release.expected_place(),
        "date": release.date,
        "about": list(release.about_headings()),
        "contacts": [(c.name, (c.email,) if c.email else (), (c.phone,)) for c in release.contacts],
    }


def actual(release: PressRelease) -> dict[str, Any]:
    return {
        "headline": norm(release.header.headline),
        "doc_type": norm(release.header.doc_type),
        "reference": norm(release.header.reference),
        "issuers": [norm(i.name) for i in release.header.issuers],
        "place": norm(release.dateline.place) if release.dateline else None,
        "date": release.date,
        "about": [norm(s.heading) for s in release.about_sections()],
        "contacts": [
            (norm(c.name), c.emails, tuple(norm(p) for p in c.phones)) for c in release.contacts
        ],
    }


@given(gs.gen_releases())
def test_generated_plain_text_release_parses_back(release: gs.GenRelease) -> None:
    parsed = parse(gs.render_text(release))
    assert parsed.adapter == "text"
    assert actual(parsed) == expected(release)


@given(gs.gen_releases())
def test_generated_markdown_release_parses_back(release: gs.GenRelease) -> None:
    parsed = parse(gs.render_markdown(release))
    assert parsed.adapter == "markdown"
    assert actual(parsed) == expected(release)
    assert norm(parsed.header.lede) == release.lede  # the italic paragraph under the headline


@given(gs.gen_releases())
def test_every_contact_layout_keeps_roles_and_organisations(release: gs.GenRelease) -> None:
    parsed = parse(gs.render_text(release))
    for made, found in zip(release.contacts, parsed.contacts, strict=True):
        if made.layout == "service":  # the service is the organisation, or read as a role
            assert found.name is None
            assert made.organisation in (found.organisation, found.role)
        else:
            assert (found.role, found.organisation) == (made.role, made.organisation)


@pytest.mark.parametrize("service", gs.SERVICES)
def test_a_service_contact_keeps_the_service_name(service: str) -> None:
    text = (
        "PRÉFECTURE DU RHÔNE\n\nCommuniqué de presse\n\nLyon, le 3 mars 2021\n\n"
        "La préfète inaugure le nouveau centre de vaccination\n\n"
        f"{gs.SENTENCES[0]} {gs.SENTENCES[1]} {gs.SENTENCES[2]}\n\n"
        f"Contact presse\n\n{service}\nTél. : 04 72 61 60 60\npresse@rhone.gouv.fr\n"
    )
    (contact,) = parse(text).contacts
    assert contact.name is None
    assert service in (contact.organisation, contact.role)


@given(gs.gen_releases(), gs.transform_chains)
def test_generated_release_survives_rewrites(
    release: gs.GenRelease, chain: list[gs.Transform]
) -> None:
    for text in (gs.render_text(release), gs.render_markdown(release)):
        assert actual(parse(gs.apply_all(chain, text))) == actual(parse(text))


# -- spans ---------------------------------------------------------------------------------------


def _collapse(text: str) -> str:
    return " ".join(text.split())


def located_values(release: PressRelease) -> list[tuple[str, tuple[int, int]]]:
    """Every (value, span) pair the result exposes."""
    header, dateline = release.header, release.dateline
    pairs: list[tuple[str | None, tuple[int, int] | None]] = [
        (header.headline, header.headline_span),
        (header.doc_type, header.doc_type_span),
        (header.reference, header.reference_span),
        (header.lede, header.lede_span),
        *zip(header.websites, header.website_spans, strict=False),
    ]
    if dateline is not None:
        pairs += [(dateline.place, dateline.place_span), (dateline.text or None, dateline.span)]
    for section in release.sections:
        pairs.append((section.heading, section.heading_span))
        pairs += [(block.text, block.span) for block in section.blocks]
    pairs += [(m.text, m.span) for m in release.mentions]
    return [(v, s) for v, s in pairs if v is not None and s is not None]


def all_spans(release: PressRelease) -> list[tuple[int, int]]:
    spans = [s for _, s in located_values(release)]
    spans += [i.span for i in release.header.issuers if i.span]
    spans += [i.title_span for i in release.header.issuers if i.title_span]
    spans += [c.span for c in release.contacts if c.span]
    spans += [s.span for s in release.sections]
    spans += [d.span for d in release.diagnostics if d.span]
    if release.dateline and release.dateline.date_span:
        spans.append(release.dateline.date_span)
    return spans


def assert_spans_in_range(release: PressRelease) -> None:
    for start, end in all_spans(release):
        assert 0 <= start <= end <= len(release.text)


@given(gs.gen_releases())
def test_plain_text_spans_slice_back_to_their_values(release: gs.GenRelease) -> None:
    parsed = parse(gs.render_text(release))
    assert_spans_in_range(parsed)
    for value, (start, end) in located_values(parsed):
        assert _collapse(parsed.text[start:end]) == _collapse(value)


def letter_words(text: str) -> list[str]:
    """Runs of letters: markup rendered to text (``m<sup>2</sup>`` -> ``m²``) splits no word."""
    return "".join(c if c.isalpha() else " " for c in text).split()


def words_in_order(words: list[str], text: str) -> bool:
    position = 0
    for word in words:
        position = text.find(word, position)
        if position < 0:
            return False
        position += len(word)
    return True


@given(gs.gen_releases())
def test_markdown_spans_hold_their_values_words_in_order(release: gs.GenRelease) -> None:
    parsed = parse(gs.render_markdown(release))
    assert_spans_in_range(parsed)
    for value, (start, end) in located_values(parsed):
        assert words_in_order(letter_words(value), parsed.text[start:end]), value


def test_seed_spans_hold_their_values(seed_name: str) -> None:
    parsed = parse(SEEDS[seed_name])
    assert_spans_in_range(parsed)
    located = located_values(parsed)
    assert len(located) > 5
    for value, (start, end) in located:
        assert words_in_order(letter_words(value), parsed.text[start:end]), value


@given(st.text())
@example("")
@example("\ud800")
def test_any_string_parses_with_spans_in_range(text: str) -> None:
    release = parse(text)
    assert_spans_in_range(release)


# -- serialisation -------------------------------------------------------------------------------


def _round_trips(release: PressRelease) -> None:
    data = release.to_dict()
    assert PressRelease.from_dict(data) == release
    assert PressRelease.from_dict(json.loads(json.dumps(data))) == release
    assert pickle.loads(pickle.dumps(release)) == release


def test_seeds_round_trip(seed_name: str) -> None:
    _round_trips(parse(SEEDS[seed_name]))


@given(gs.gen_releases(), st.booleans())
def test_generated_releases_round_trip(release: gs.GenRelease, markdown: bool) -> None:
    _round_trips(parse(gs.render_markdown(release) if markdown else gs.render_text(release)))


@given(gs.release_like_text)
def test_release_like_noise_round_trips(text: str) -> None:
    _round_trips(parse(text))


# -- the aligner --------------------------------------------------------------------------------


def align_character_by_character(
    plain: str, source: str, start: int, end: int
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The aligner's specification, one character at a time (``communique.blocks.align``
    maps whole words and whole stretches of text in one step and must give the same map)."""
    starts: list[int] = []
    offsets: list[int] = []
    j, expected = start, -1
    for i, char in enumerate(plain):
        if char.isspace():
            while j < end and source[j].isspace():
                j += 1
            continue
        if j < end and source[j] == "<" and char != "<":
            j = blocks._past_tags(source, j, end)
        k = source.find(char, j, min(j + blocks._LOOKAHEAD, end))
        if k < 0:
            k = min(j, end - 1) if end > start else start
        else:
            j = k + 1
        if k != expected:
            starts.append(i)
            offsets.append(k)
        expected = k + 1
    return (tuple(starts), tuple(offsets)) if starts else ((0,), (start,))


def merged(alignment: tuple[tuple[int, ...], tuple[int, ...]]) -> tuple[tuple[int, ...], ...]:
    """The same map with no run that only goes on from the one before it (the aligner gives
    each run once, however many words it maps)."""
    starts: list[int] = []
    offsets: list[int] = []
    for start, offset in zip(*alignment, strict=True):
        if not starts or offset - offsets[-1] != start - starts[-1]:
            starts.append(start)
            offsets.append(offset)
    return tuple(starts), tuple(offsets)


def mapped(plain: str, alignment: tuple[tuple[int, ...], ...]) -> list[int]:
    """Where each character of ``plain`` maps to, as `Line.locate` reads the runs."""
    starts, offsets = alignment
    places = []
    for index in range(len(plain)):
        run = max(bisect.bisect_right(starts, index) - 1, 0)
        places.append(offsets[run] + max(index - starts[run], 0))
    return places


_MARKED_WORDS = st.sampled_from(
    ["Paris", "le", "1er", "é", "<", "&", "**", "_", "<b>", "</b>", "<a href='x'>", "</a>",
     "&amp;", "<br>", "](http://x)", "\u00a0", "ab<c", " ", "  ", "\n", "\t"]
)  # fmt: skip


@given(
    st.lists(_MARKED_WORDS, max_size=20).map("".join),
    st.lists(_MARKED_WORDS, max_size=12).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
# text written as it is, up to a space the source writes otherwise ("a " then "\u00a0")
@example(source="a \u00a0", other="a <", first=0, length=0)
@example(source="Le  <b>préfet</b> a dit", other="Le préfet a dit", first=0, length=0)
def test_the_aligner_maps_words_as_it_maps_characters(
    source: str, other: str, first: int, length: int
) -> None:
    start = min(first, len(source))
    end = min(start + length, len(source)) if length else len(source)
    rendered = " ".join(source.replace("**", "").replace("<b>", "").split())
    for plain in (rendered, source, other):
        specified = align_character_by_character(plain, source, start, end)
        aligned = blocks.align(plain, source, start, end)
        assert aligned == merged(specified)
        assert mapped(plain, aligned) == mapped(plain, specified)


def _located_as_first_written(line: blocks.Line, start: int, end: int) -> tuple[int, int]:
    """`Line.locate` as first written: both ends through one ``offset`` with a search of the
    runs (the line's alignment as `Line.locate` computed it)."""
    first, last = line.span
    if end <= start or not line.source or last <= first:
        return line.span
    line.locate(0, 1)  # computes and keeps the alignment
    starts, offsets = line._alignment  # type: ignore[misc]

    def offset(index: int) -> int:
        run = max(bisect.bisect_right(starts, index) - 1, 0)
        return max(first, min(offsets[run] + max(index - starts[run], 0), last - 1))

    return (offset(start), offset(end - 1) + 1)


@given(
    st.lists(_MARKED_WORDS, max_size=20).map("".join),
    st.lists(_MARKED_WORDS, max_size=12).map("".join),
    st.integers(0, 40),
    st.integers(0, 40),
)
@example(source="  Le  <b>préfet</b> a dit", other="Le préfet a dit", first=0, length=0)
@example(source="Paris", other="Paris", first=0, length=0)  # one run
def test_a_line_locates_as_it_first_did(source: str, other: str, first: int, length: int) -> None:
    start = min(first, len(source))
    end = min(start + length, len(source)) if length else len(source)
    rendered = " ".join(source[start:end].replace("**", "").replace("<b>", "").split())
    for plain in (rendered, source[start:end], other):
        for text in (source, ""):  # with the document text, and without (the whole span)
            line = blocks.Line(plain, (start, end), source=text)
            for low in range(-2, len(plain) + 3):
                for high in range(low - 1, len(plain) + 3):
                    assert line.locate(low, high) == _located_as_first_written(line, low, high)


def _collapse_by_runs(text: str) -> str:
    """collapse() as its docstring says it: each run of two or more whitespace characters,
    and each single one but a plain or no-break space, becomes one space; ends stripped."""
    parts = []
    for space, run in itertools.groupby(text, key=str.isspace):
        chars = "".join(run)
        kept = not space or (len(chars) == 1 and chars in " \u00a0\u202f")
        parts.append(chars if kept else " ")
    return "".join(parts).strip(" ")


@given(gs.whitespace_texts)
def test_collapse_replaces_runs_and_odd_spaces(text: str) -> None:
    assert blocks.collapse(text) == _collapse_by_runs(text)


def _folded_by_characters(text: str) -> str:
    """folded() as its docstring says it, character by character."""
    lowered = text.casefold().translate(str.maketrans({"œ": "oe", "æ": "ae", "ß": "ss"}))
    decomposed = unicodedata.normalize("NFKD", lowered)
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


@given(gs.folding_texts)
@example("Jean_Pierre\x1f-DUPONT [n3]\t~Éric")
def test_folding_drops_case_accents_ligatures_and_punctuation(text: str) -> None:
    assert folded(text) == _folded_by_characters(text)


def test_split_whitespace_is_the_patterns_whitespace() -> None:
    # collapse() joins str.split()'s words when no no-break space is kept: it relies on this.
    space = re.compile(r"\s")
    differ = [c for c in map(chr, range(0x110000)) if (space.match(c) is not None) != c.isspace()]
    assert differ == []


@given(gs.whitespace_texts)
def test_collapse_without_no_break_spaces_joins_the_words(text: str) -> None:
    text = text.replace("\u00a0", "\t").replace("\u202f", "\n")
    assert blocks.collapse(text) == " ".join(text.split()) == _collapse_by_runs(text)


def test_invisible_characters_go_and_joiners_stay() -> None:
    # The pattern is built from the INVISIBLE tuple that the substring test reads: each of them
    # goes, with a diagnostic; the joiners that shape emoji and scripts stay.
    for character in INVISIBLE:
        found: list[Diagnostic] = []
        assert remove_invisible_characters(f"ma{character}i", found) == "mai"
        assert [d.code for d in found] == ["removed-invisible-characters"]
    joined = "\N{ZERO WIDTH JOINER}\N{ZERO WIDTH NON-JOINER}é"
    found = []
    assert remove_invisible_characters(joined, found) == joined
    assert found == []


def test_the_only_printable_whitespace_is_the_plain_space() -> None:
    # collapse() leaves a printable text without two spaces in a row as it is: it relies on this.
    printable = [c for c in map(chr, range(0x110000)) if c.isspace() and c.isprintable()]
    assert printable == [" "]


# The Markdown sniffer's signals as they read plainly, over the text itself (the library's
# start with a literal character, for speed, and read the text after a line break): where one
# matches, so does the other.
_PLAIN_SIGNALS = (
    re.compile(r"^#{1,6} \S", re.M),
    re.compile(r"\*\*[^*\n]{1,300}\*\*|(?<![*\w])\*[^*\s][^*\n]{0,300}\*(?!\w)"),
    re.compile(r"\[[^\]\n]{1,300}\]\([^)\s]{1,500}\)"),
    re.compile(r"\A(?:---|\+\+\+)\n|\A(?:title|date)[ \t]*:[^\n]*\n(?:title|date)[ \t]*:", re.I),
    re.compile(r"\ATitle:[^\n]*\n(?:[^\n]*\n){0,12}Markdown Content:[ \t]*\n"),
    re.compile(r"\A\{%-?[ \t]*(?:extends|load|block)\b"),
    re.compile(r"^[-*+] \S", re.M),
    re.compile(r"\S  \n"),
)


@given(gs.markdown_mark_texts)
@example("---\ntitle: Titre\n---\n")
@example("Title: Titre\ndate: 2024-01-02\n")
@example("x\n+++\n[lien](http://exemple.fr)")
@example("- point\n# Titre")
@example("Title: Titre\n\nURL Source: https://example.fr\n\nMarkdown Content:\n# Titre\n")
@example("{% extends 'base.html' %}\n# Titre\n")
def test_the_markdown_signals_match_where_their_plain_forms_do(text: str) -> None:
    markdown = importlib.import_module("communique.adapters.markdown")
    source = load(text, max_input_bytes=10**6)
    sample = source.text[:20000]
    plainly = sum(
        weight
        for plain, (_pattern, weight, _needles) in zip(
            _PLAIN_SIGNALS, markdown._SIGNALS, strict=True
        )
        if plain.search(sample)
    )
    expected = 0.0 if sample.lstrip().startswith("<") else min(1.0, plainly)
    assert markdown.MarkdownAdapter().sniff(source) == expected


def _stock_markdown_parser() -> Any:
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": True}).enable("table")


_STOCK_MARKDOWN = _stock_markdown_parser()


def _tokens(tokens: list[Any]) -> list[Any]:
    """The adapter's tokens with the children it makes only when read (a plain content's)
    made: what it reads of them."""
    markdown = importlib.import_module("communique.adapters.markdown")
    for token in tokens:
        if token.type == "inline":
            token.children = markdown._children(token)
    return tokens


def test_the_markdown_parser_enables_the_inline_rules_its_text_rule_knows() -> None:
    # The Markdown adapter's text rule runs on past every character no enabled inline rule
    # reacts to: a rule enabled later may react to others (and `_INLINE_STOP` must say so).
    markdown = importlib.import_module("communique.adapters.markdown")
    assert markdown._PARSER.inline.ruler.get_active_rules() == [
        "text", "newline", "escape", "backticks", "emphasis", "link", "image", "autolink",
        "html_inline", "entity",
    ]  # fmt: skip
    assert markdown._PARSER.core.ruler.get_active_rules() == [
        "normalize", "block", "inline", "text_join"
    ]  # fmt: skip


@given(gs.inline_markup_texts)
@example("a  \nb \nc\n  d\t\n")
@example("  \n \n\n")
@example("[a -: b](http://x.fr) c: d")
@example("x\t  \ny")
@example("a\n\t b")
def test_the_markdown_parser_makes_markdown_its_tokens(text: str) -> None:
    # Its text rule and its plain inline contents give what markdown-it's own rules give.
    markdown = importlib.import_module("communique.adapters.markdown")
    assert _tokens(markdown._PARSER.parse(text)) == _STOCK_MARKDOWN.parse(text)
    assert _tokens(markdown._PARSER.parseInline(text)) == _STOCK_MARKDOWN.parseInline(text)


def test_one_dispatcher_a_chain_tries_markdown_its_block_rules_in_their_order() -> None:
    # Every block tries the marked rules through one dispatcher in their place, and each chain
    # of the rules that end a block (a paragraph, a reference, a quote, a list item) through
    # one of its own: markdown-it's own rules of the chain, in its order.
    markdown = importlib.import_module("communique.adapters.markdown")
    ruler, stock = markdown._PARSER.block.ruler, _STOCK_MARKDOWN.block.ruler
    for chain in ("paragraph", "reference", "blockquote", "list"):
        assert len(ruler.getRules(chain)) == 1
        assert [rule.__name__ for rule, _ in markdown._CHAINS[chain]] == [
            rule.__name__ for rule in stock.getRules(chain)
        ]
    marked = [rule.__name__ for rule, _ in markdown._CHAINS[""]]
    assert [rule.__name__ for rule in stock.getRules("")] == [
        "table", "code", *marked, "lheading", "paragraph"
    ]  # fmt: skip
    # ("code" stays a rule of its own: the other rules ask whether it is enabled)
    assert ruler.get_active_rules()[:5] == ["table", "code", "marked", "lheading", "paragraph"]


@given(gs.markdown_block_texts)
@example("Texte\n- point\n1. un\n2) deux\n> cité\n# Titre\n```\n<div>\n[ref]: http://x.fr")
@example("Texte\n| a | b |\n|---|:-:|\n| 1 | 2 |\nsuite\n  | c |\n  -|-\n")
@example("Titre\n===\nTexte\n---\nTexte\n| a |\n- |\n")
def test_the_markdown_parser_reads_blocks_as_markdown_it_does(text: str) -> None:
    # Its block rules tried only where their mark is give markdown-it's own tokens.
    markdown = importlib.import_module("communique.adapters.markdown")
    assert _tokens(markdown._PARSER.parse(text)) == _STOCK_MARKDOWN.parse(text)


@given(st.one_of(gs.release_like_text, gs.gen_releases().map(gs.render_markdown)))
def test_the_markdown_parser_reads_releases_as_markdown_it_does(text: str) -> None:
    markdown = importlib.import_module("communique.adapters.markdown")
    assert _tokens(markdown._PARSER.parse(text)) == _STOCK_MARKDOWN.parse(text)


@given(gs.inline_markup_texts)
@example("a<br>b<br />c\nd  \ne")
def test_markdown_lines_come_in_source_line_order(text: str) -> None:
    # The renderer finds the lines split from one source line (at <br>) among their neighbours.
    markdown = importlib.import_module("communique.adapters.markdown")
    for token in markdown._PARSER.parse(text):
        if token.type == "inline":
            rows = markdown._render_inline(markdown._children(token)).rows
            assert rows == sorted(rows)


@given(
    st.text(st.sampled_from(" \t\n\u00a0\u202fab*"), max_size=12),
    st.sampled_from(["", "strong", "em"]),
)
def test_a_markdown_line_of_one_run_is_read_as_runs_are(text: str, style: str) -> None:
    # One run takes a shorter way; an empty run after it changes nothing in the general one.
    markdown = importlib.import_module("communique.adapters.markdown")
    renderer = markdown._Renderer(text, [])
    one = renderer._lines_from_runs([(text, style)], 0, len(text))
    assert one == renderer._lines_from_runs([(text, style), ("", style)], 0, len(text))
