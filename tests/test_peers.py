"""The peers benchmark (``benchmarks/peers.py``) without the peers: the baseline, the feeding,
the scoring on an invented labelled folder, the message when a peer is missing, and the refusal
to show a blind corpus document by document."""

from __future__ import annotations

import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import ROOT


@pytest.fixture(scope="module")
def peers() -> Iterator[ModuleType]:
    path = ROOT / "benchmarks" / "peers.py"
    spec = importlib.util.spec_from_file_location("peers_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building
    spec.loader.exec_module(module)
    yield module
    del sys.modules[spec.name]


RELEASE_TEXT = """\
Lyon, le 1er mars 2024

COMMUNIQUÉ DE PRESSE

La Ville de Lyon ouvre trois nouvelles pistes cyclables

Les travaux commencés le 12 janvier 2024 s'achèvent ce mois-ci.

Contact presse : Claire Martin – 04 72 00 00 00
"""

RELEASE_MARKDOWN = """\
# Le département du Rhône rénove ses collèges

Villeurbanne, 15 avril 2024 – Le département engage un plan de rénovation.
"""

NEGATIVE_HTML = """\
<html><head><title>Revue de presse</title></head>
<body><h1>Revue de presse de la semaine</h1><p>Publié le 2 mai 2024.</p></body></html>
"""

RELEASE_XHTML = """\
<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Région</title></head>
<body><p>COMMUNIQUÉ DE PRESSE</p><h1>La Région soutient les apprentis</h1>
<p>Marseille – La Région annonce une aide aux apprentis.</p></body></html>
"""


def gold(**values: object) -> dict[str, object]:
    base: dict[str, object] = {
        "is_press_release": True,
        "truncated": False,
        "issuer": [],
        "doc_type": None,
        "dateline_place": None,
        "date": None,
        "headline": None,
    }
    return base | values


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Four invented documents with their gold: a text, a Markdown, an HTML negative, an XHTML."""
    folder = tmp_path / "dev"
    folder.mkdir()
    documents = {
        "a.txt": (
            RELEASE_TEXT,
            gold(
                date="2024-03-01",
                headline="La Ville de Lyon ouvre trois nouvelles pistes cyclables",
                issuer=["Ville de Lyon"],
                doc_type="COMMUNIQUÉ DE PRESSE",
                dateline_place="Lyon",
            ),
        ),
        "b.md": (RELEASE_MARKDOWN, gold(headline="Le département du Rhône rénove ses collèges")),
        "c.html": (NEGATIVE_HTML, gold(is_press_release=False, headline="Revue de presse")),
        "d.xhtml": (
            RELEASE_XHTML,
            gold(headline="La Région soutient les apprentis", issuer=["La Région"]),
        ),
    }
    for name, (text, annotation) in documents.items():
        (folder / name).write_text(text, encoding="utf-8")
        (folder / name).with_suffix(".json").write_text(json.dumps(annotation), encoding="utf-8")
    (folder / "orphan.txt").write_text("Un document sans annotation.\n", encoding="utf-8")
    return folder


# -- the baseline ------------------------------------------------------------------------------


def test_the_baseline_takes_the_first_line_and_the_first_french_date(peers: ModuleType) -> None:
    prediction = peers.naive_baseline(RELEASE_TEXT)
    assert prediction.headline == "Lyon, le 1er mars 2024"
    assert prediction.date == "2024-03-01"


def test_the_baseline_strips_markdown_heading_marks_and_skips_lines_without_letters(
    peers: ModuleType,
) -> None:
    prediction = peers.naive_baseline("---\n\n## **Un titre**\n\nParis, le 3 aout 2023\n")
    assert prediction.headline == "Un titre"
    assert prediction.date == "2023-08-03"


def test_the_baseline_skips_impossible_dates_and_finds_none_in_a_dateless_text(
    peers: ModuleType,
) -> None:
    assert peers.naive_baseline("Le 31 février 2024, puis le 2 MARS 2024.").date == "2024-03-02"
    assert peers.naive_baseline("Un titre\n\nAucune date ici, seulement 2024.").date is None
    assert peers.naive_baseline("").headline is None


# -- feeding -----------------------------------------------------------------------------------


def document(peers: ModuleType, name: str, format_: str, text: str) -> object:
    return peers.Document(name, format_, text.encode("utf-8"), gold())


def test_plain_text_is_wrapped_one_paragraph_per_p_with_its_lines_kept(peers: ModuleType) -> None:
    page = peers.wrap_paragraphs(
        "Lyon, le 1er mars 2024\nCOMMUNIQUÉ\r\n\r\n  \nTarifs <5 €> & aides\n"
    )
    assert page.count("<p>") == 2
    assert "<p>Lyon, le 1er mars 2024<br>\nCOMMUNIQUÉ</p>" in page
    assert "<p>Tarifs &lt;5 €&gt; &amp; aides</p>" in page
    assert '<meta charset="utf-8">' in page


def test_each_format_is_fed_to_html_tools_as_its_users_would(peers: ModuleType) -> None:
    page = peers.Document("c.html", "html", NEGATIVE_HTML.encode("utf-8"), gold())
    assert peers.html_input(page) == NEGATIVE_HTML.encode("utf-8")  # as found, bytes
    rendered = peers.html_input(document(peers, "b.md", "markdown", RELEASE_MARKDOWN))
    assert "<h1>Le département du Rhône rénove ses collèges</h1>" in rendered
    wrapped = peers.html_input(document(peers, "a.txt", "text", RELEASE_TEXT))
    assert "<p>COMMUNIQUÉ DE PRESSE</p>" in wrapped


def test_text_tools_read_an_html_body_one_line_per_block(peers: ModuleType) -> None:
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html><head><title>Onglet</title>'
        "<style>p {color: red}</style></head><body><h1>Un titre</h1><script>var x = 1;</script>"
        "<p>Paris, le <b>1er mars</b> 2024</p><ul><li>un</li><li>deux</li></ul></body></html>"
    )
    assert peers.html_text(page) == "Un titre\nParis, le 1er mars 2024\nun\ndeux"
    assert peers.html_text("  ") == ""


def test_text_and_markdown_are_decoded_as_users_read_files(peers: ModuleType) -> None:
    legacy = peers.Document("e.txt", "text", "Communiqué".encode("cp1252"), gold())
    assert peers.text_input(legacy) == "Communiqué"
    with_bom = peers.Document("f.md", "markdown", "\ufeff# Titre".encode(), gold())
    assert peers.text_input(with_bom) == "# Titre"


def test_the_corpus_holds_every_annotated_document_xhtml_included(
    peers: ModuleType, corpus: Path
) -> None:
    documents = peers.read_corpus(corpus)
    assert [(d.name, d.format) for d in documents] == [
        ("a.txt", "text"),
        ("b.md", "markdown"),
        ("c.html", "html"),
        ("d.xhtml", "html"),
    ]


# -- scoring -----------------------------------------------------------------------------------


def fake_system(peers: ModuleType, answers: dict[str, object], produces: set[str]) -> object:
    def run(doc: Any) -> object:
        answer = answers[doc.name]
        if isinstance(answer, Exception):
            raise answer
        return answer

    return peers.System("fake", "1.0", "fake(doc)", "text", frozenset(produces), run)


def test_scores_follow_the_rules_of_communique_evaluate(peers: ModuleType, corpus: Path) -> None:
    prediction = peers.Prediction
    system = fake_system(
        peers,
        {
            # right date; headline right after normalisation; one issuer right, one extra
            "a.txt": prediction(
                date="2024-03-01",
                headline="La Ville de Lyon ouvre trois nouvelles pistes cyclables.",
                issuers=("Ville de Lyon", "Métropole"),
            ),
            # a date where gold has none: wrong, and a false date
            "b.md": prediction(date="2024-04-15"),
            # a negative: not scored, its date is not counted as false
            "c.html": prediction(date="2024-05-02", headline="Revue"),
            # no date where gold has none: right; a partial headline
            "d.xhtml": prediction(headline="La Région soutient", issuers=("La Région",)),
        },
        {"date", "headline", "issuers"},
    )
    documents = peers.read_corpus(corpus)
    result = peers.score(system, peers.run_system(system, documents))
    assert (result.documents, result.releases) == (4, 3)
    assert result.values["date"] == pytest.approx(2 / 3)
    assert (result.false_dates, result.undated) == (1, 2)
    assert result.values["headline"] == pytest.approx(1 / 3)
    # token F1: 1 for a, 0 for b, 0.75 for d (3 of 5 gold tokens, all 3 given right)
    assert result.values["headline_f1"] == pytest.approx((1 + 0 + 0.75) / 3)
    # issuers over a and d only (b has no gold issuer): 2 right of 3 given, 2 expected
    assert result.values["issuers"] == pytest.approx(0.8)
    assert result.values["doc_type"] is None  # not produced: shown as —
    row = peers.score_row(result)
    assert row[1:3] == ["0.67", "1 of 2"]
    assert row[6:8] == ["—", "—"]


def test_a_system_that_raises_scores_as_empty_and_counts_an_error(
    peers: ModuleType, corpus: Path
) -> None:
    empty = peers.Prediction()
    system = fake_system(
        peers,
        {"a.txt": ValueError("boom"), "b.md": empty, "c.html": empty, "d.xhtml": empty},
        {"date"},
    )
    outcomes = peers.run_system(system, peers.read_corpus(corpus))
    result = peers.score(system, outcomes)
    assert result.errors == 1
    assert result.values["date"] == pytest.approx(2 / 3)  # a missed; b and d rightly undated
    assert outcomes[0].error == "ValueError: boom"


def test_the_dates_communique_misses_are_counted_for_each_other_system(
    peers: ModuleType, corpus: Path
) -> None:
    documents = peers.read_corpus(corpus)
    nothing = peers.Prediction()
    answers: dict[str, object] = dict.fromkeys(("a.txt", "b.md", "c.html", "d.xhtml"), nothing)
    ours = peers.System(
        "communique", "0", "parse", "file", frozenset({"date"}), lambda d: answers[d.name]
    )
    theirs = fake_system(peers, answers | {"a.txt": peers.Prediction(date="2024-03-01")}, {"date"})
    systems = [ours, theirs]
    runs = {s.name: peers.run_system(s, documents) for s in systems}
    assert peers.complement(systems, runs) == (
        "Release dates communique misses: 1 of 1 dated releases; of these, found by fake 1."
    )
    assert peers.complement([theirs], {"fake": runs["fake"]}) is None


# -- the command -------------------------------------------------------------------------------


def test_a_missing_peer_says_what_to_install_and_the_others_still_run(
    peers: ModuleType,
    corpus: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setitem(sys.modules, "htmldate", None)  # import htmldate raises ImportError
    systems, missing = peers.load_systems(["htmldate", "baseline"])
    assert [s.name for s in systems] == ["first line, first French date"]
    assert len(missing) == 1
    assert missing[0].startswith("htmldate is not available")
    assert "pip install -r benchmarks/requirements-peers.txt" in missing[0]

    assert peers.main([str(corpus), "--systems", "communique,htmldate,baseline"]) == 0
    output = capsys.readouterr()
    assert "htmldate is not available" in output.err
    assert "pip install -r benchmarks/requirements-peers.txt" in output.err
    rows = [
        line.split()[0] for line in output.out.splitlines() if line.startswith(("comm", "first"))
    ]
    assert rows == ["communique", "first", "communique", "first"]  # systems list, then the table


def test_the_table_prints_totals_and_no_document_by_default(
    peers: ModuleType, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert peers.main([str(corpus), "--systems", "communique,baseline", "--markdown"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Generated by `python benchmarks/peers.py ")
    assert "### dev: 4 documents (3 press releases, 2 of them without a date;" in out
    assert "| system | release date | false dates (gold has none) |" in out
    for name in ("a.txt", "b.md", "c.html", "d.xhtml"):
        assert name not in out


def test_show_errors_lists_each_wrong_field_of_each_document(
    peers: ModuleType, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert peers.main([str(corpus), "--systems", "baseline", "--show-errors"]) == 0
    out = capsys.readouterr().out
    assert "b.md\tfirst line, first French date\tdate\tNone\t'2024-04-15'" in out


@pytest.mark.parametrize("flag", ["--show-errors", "--by-format"])
def test_a_blind_folder_is_never_shown_document_by_document(
    peers: ModuleType,
    corpus: Path,
    flag: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    blind = corpus.rename(corpus.parent / "blind")
    assert peers.main([str(blind), "--systems", "baseline", flag]) == 2
    output = capsys.readouterr()
    assert output.out == ""
    assert f"{flag} refused" in output.err
    assert "aggregate only" in output.err
    assert peers.main([str(blind), "--systems", "baseline"]) == 0  # totals are allowed
    assert "b.md" not in capsys.readouterr().out
