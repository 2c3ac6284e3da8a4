"""``communique evaluate``: how a labelled corpus is scored.

Each test writes a tiny synthetic corpus (gold ``NNN.json`` beside a document) in a temporary
folder. Most replace the parser by a table of ready-made results, so that what is tested is
the scoring, not the extraction; one test runs the real parser end to end.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from communique import evaluate as ev
from communique import registry
from communique.evaluate import scoring
from communique.models import (
    Contact,
    Dateline,
    Header,
    Issuer,
    PressRelease,
    Section,
    SectionKind,
)

# -- helpers -----------------------------------------------------------------------------------


def release(
    *,
    headline: str | None = None,
    doc_type: str | None = None,
    reference: str | None = None,
    lede: str | None = None,
    place: str | None = None,
    date: dt.date | None = None,
    issuers: tuple[str, ...] = (),
    contacts: tuple[Contact, ...] = (),
    about: tuple[str, ...] = (),
    is_press_release: bool = True,
) -> PressRelease:
    """A parse result built by hand."""
    dateline = Dateline(text="", place=place, date=date) if place or date else None
    sections = tuple(
        Section(kind=SectionKind.ABOUT, heading=h, blocks=(), span=(0, 0)) for h in about
    )
    return PressRelease(
        header=Header(
            issuers=tuple(Issuer(name) for name in issuers),
            doc_type=doc_type,
            reference=reference,
            headline=headline,
            lede=lede,
        ),
        dateline=dateline,
        sections=sections,
        contacts=contacts,
        diagnostics=(),
        adapter="text",
        text="",
        is_press_release=is_press_release,
    )


def gold(**values: Any) -> dict[str, Any]:
    """A gold annotation of a press release with every field empty unless given."""
    return {
        "source": "synthetic",
        "format": "text",
        "is_press_release": True,
        "truncated": False,
        "issuer": [],
        "doc_type": None,
        "reference": None,
        "dateline_place": None,
        "date": None,
        "headline": None,
        "lede": None,
        "contacts": [],
        "about_sections": [],
        "notes": "",
        **values,
    }


Outcome = PressRelease | Exception


def corpus(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    cases: Mapping[str, tuple[dict[str, Any], Outcome]],
) -> Path:
    """Write ``NNN.txt`` + ``NNN.json`` for each case; parsing ``NNN.txt`` gives its outcome."""
    for stem, (annotation, _) in cases.items():
        (tmp_path / f"{stem}.txt").write_text("(synthetic)", encoding="utf-8")
        (tmp_path / f"{stem}.json").write_text(json.dumps(annotation), encoding="utf-8")

    def fake_parse_file(path: Path) -> PressRelease:
        outcome = cases[Path(path).stem][1]
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(scoring, "parse_file", fake_parse_file)
    return tmp_path


def field_result(report: ev.Report, document: str, field: str) -> ev.FieldResult:
    (result,) = (
        f for d in report.documents if d.document == document for f in d.fields if f.field == field
    )
    return result


def run_cli(directory: Path, *options: str) -> int:
    parser = argparse.ArgumentParser()
    ev.add_arguments(parser)
    return ev.run(parser.parse_args([str(directory), *options]))


# -- normalisation -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "other"),
    [
        ("L’État s’engage", "L'État s'engage"),
        ("Le plan « France 2030 »", 'Le plan "France 2030"'),
        ("Le plan “France 2030”", 'Le plan "France 2030"'),
        ("Numérique – les chiffres", "Numérique - les chiffres"),
        ("Numérique — les chiffres", "Numérique - les chiffres"),
        ("Bilan\N{NARROW NO-BREAK SPACE}: 1\N{NO-BREAK SPACE}600 emplois", "Bilan : 1 600 emplois"),
        ("  Un   titre\nsur deux lignes ", "Un titre sur deux lignes"),
        ("Un titre.", "Un titre"),
        ("Un titre :", "Un titre"),
        ("Cafe\N{COMBINING ACUTE ACCENT}", "Café"),  # NFD -> NFC
        ("Attendez…", "Attendez..."),
    ],
)
def test_exact_normalisation_unifies_typography(written: str, other: str) -> None:
    assert ev.normalise_exact(written) == ev.normalise_exact(other)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("COMMUNIQUÉ DE PRESSE", "Communiqué de presse"),
        ("Communique de presse", "Communiqué de presse"),
        ("Préfecture de l’Hérault", "PREFECTURE DE L HERAULT"),
        ("Bilan : 1 600 emplois", "Bilan: 1 600 emplois"),
        ("Cœur de ville", "Coeur de ville"),
    ],
)
def test_loose_ignores_case_accents_and_punctuation_but_exact_does_not(
    first: str, second: str
) -> None:
    assert ev.normalise_loose(first) == ev.normalise_loose(second)
    assert ev.normalise_exact(first) != ev.normalise_exact(second)


def test_loose_still_tells_different_words_apart() -> None:
    assert ev.normalise_loose("Dossier de presse") != ev.normalise_loose("Communiqué de presse")


def test_phones_match_by_digits_and_loose_reads_the_french_international_prefix() -> None:
    assert ev.normalise_phone("01.71.21.12.50") == ev.normalise_phone("01 71 21 12 50")
    assert ev.normalise_phone("+33 1 71 21 12 50") != ev.normalise_phone("01 71 21 12 50")
    for international in ("+33 1 71 21 12 50", "+33 (0)1 71 21 12 50", "0033 1 71 21 12 50"):
        assert ev.normalise_phone_loose(international) == "0171211250"


@pytest.mark.parametrize(
    ("expected", "got", "score"),
    [
        ("Un titre en cinq mots", "Un titre en cinq mots", 1.0),
        ("Un titre en cinq mots", "un TITRE, en cinq mots !", 1.0),
        # 3 shared tokens: precision 3/3, recall 3/6 -> F1 2/3
        ("Le plan vélo est lancé demain", "Le plan vélo", 2 / 3),
        # the apostrophe splits tokens: 7 expected, 3 shared -> F1 0.6
        ("Le plan vélo est lancé aujourd’hui", "le plan vélo", 0.6),
        ("Un titre", "Autre chose", 0.0),
        ("Un titre", None, 0.0),
        (None, None, 1.0),
        # repeated tokens count once each: 1 common "la", precision 1/1, recall 1/2
        ("la la", "la", 2 / 3),
    ],
)
def test_token_f1(expected: str | None, got: str | None, score: float) -> None:
    assert ev.token_f1(expected, got) == pytest.approx(score)


# -- scalar fields -----------------------------------------------------------------------------


def test_scalar_fields_at_both_tolerances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annotation = gold(
        headline="L’État lance « Alliance numérique »",
        doc_type="COMMUNIQUÉ DE PRESSE",
        dateline_place="Paris",
        date="2021-03-04",
        reference="N° 046",
    )
    ours = release(
        headline='L\'État lance "Alliance numérique".',
        doc_type="Communiqué de presse",
        place="Lyon",
        date=dt.date(2021, 3, 4),
        reference="N°\N{NO-BREAK SPACE}046",
    )
    report = ev.evaluate(corpus(tmp_path, monkeypatch, {"001": (annotation, ours)}))

    def scores(field: str) -> tuple[float, float]:
        result = field_result(report, "001.txt", field)
        return result.exact, result.loose

    assert scores("headline") == (1.0, 1.0)
    assert scores("doc_type") == (0.0, 1.0)
    assert scores("dateline_place") == (0.0, 0.0)
    assert scores("date") == (1.0, 1.0)
    assert scores("reference") == (1.0, 1.0)
    assert field_result(report, "001.txt", "headline").token_f1 == 1.0


@pytest.mark.parametrize(
    ("expected", "got", "right"),
    [
        (None, None, True),  # nothing to find, nothing found: right
        (None, "Dossier de presse", False),  # a value invented
        ("Dossier de presse", None, False),  # a value missed
    ],
)
def test_null_gold_is_right_only_when_we_say_null(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    expected: str | None,
    got: str | None,
    right: bool,
) -> None:
    folder = corpus(
        tmp_path, monkeypatch, {"001": (gold(doc_type=expected), release(doc_type=got))}
    )
    score = ev.evaluate(folder).field("doc_type")
    assert (score.n, score.exact) == (1, 1.0 if right else 0.0)


def test_a_scalar_field_is_scored_on_every_press_release(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(headline="Un"), release(headline="Un")),
            "002": (gold(headline="Deux"), release(headline="Autre")),
            "003": (gold(), release()),
            "004": (gold(truncated=True, headline="Quatre"), release(headline="Quatre")),
        },
    )
    score = ev.evaluate(folder).field("headline")
    assert (score.n, score.exact) == (4, 0.75)


# -- set fields --------------------------------------------------------------------------------


def test_set_f1_is_micro_averaged_over_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    many = ["À propos de A", "À propos de B", "À propos de C", "À propos de D"]
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(about_sections=many), release(about=tuple(many))),  # F1 1
            "002": (gold(about_sections=["À propos de E"]), release()),  # F1 0
        },
    )
    score = ev.evaluate(folder).field("about_sections")
    # summed: 4 right of 4 predicted, 5 expected -> P 1, R 0.8 (a macro average would be 0.5)
    assert score.exact == pytest.approx(2 * 0.8 / 1.8)
    assert (score.n, score.gold_items) == (2, 5)


def test_empty_gold_and_empty_prediction_score_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = ev.evaluate(corpus(tmp_path, monkeypatch, {"001": (gold(), release())}))
    assert field_result(report, "001.txt", "about_sections").exact == 1.0
    assert report.field("about_sections").exact == 1.0
    assert report.field("emails").exact == 1.0


def test_set_fields_at_both_tolerances(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    annotation = gold(
        issuer=["Préfecture de l’Hérault", "DINUM"],
        about_sections=["À propos de la DINUM"],
        contacts=[
            {
                "name": "Camille DURAND",
                "role": None,
                "organisation": None,
                "emails": ["Camille.Durand@exemple.gouv.fr"],
                "phones": ["01.71.21.12.50", "+33 6 10 20 30 40"],
            }
        ],
    )
    ours = release(
        issuers=("PREFECTURE DE L'HERAULT", "DINUM"),
        about=("A propos de la DINUM",),
        contacts=(
            Contact(
                name="Camille Durand",
                emails=("camille.durand@exemple.gouv.fr",),
                phones=("01 71 21 12 50", "06 10 20 30 40"),
            ),
        ),
    )
    report = ev.evaluate(corpus(tmp_path, monkeypatch, {"001": (annotation, ours)}))

    def scores(field: str) -> tuple[float, float]:
        result = field_result(report, "001.txt", field)
        return result.exact, round(result.loose, 9)

    assert scores("issuers") == (0.5, 1.0)
    assert scores("about_sections") == (0.0, 1.0)
    assert scores("contact_names") == (0.0, 1.0)
    assert scores("emails") == (1.0, 1.0)  # addresses compare without case
    assert scores("phones") == (0.5, 1.0)  # +33 6 … is 06 … only at the loose tolerance


def test_contacts_are_not_scored_on_truncated_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    contact = {"name": "Léa Martin", "emails": ["lea@exemple.fr"], "phones": ["01 02 03 04 05"]}
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(truncated=True, contacts=[contact]), release()),
            "002": (gold(contacts=[contact]), release()),
        },
    )
    report = ev.evaluate(folder)
    scored = {f.field for d in report.documents if d.document == "001.txt" for f in d.fields}
    assert not scored & {"emails", "phones", "contact_names"}
    assert "headline" in scored
    for field in ("emails", "phones", "contact_names"):
        assert report.field(field).n == 1


def test_issuers_are_not_scored_when_the_gold_names_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(issuer=[]), release(issuers=("Quelqu’un",))),
            "002": (gold(issuer=["Région Occitanie"]), release(issuers=("Région Occitanie",))),
        },
    )
    score = ev.evaluate(folder).field("issuers")
    assert (score.n, score.exact) == (1, 1.0)


# -- documents, classification, crashes --------------------------------------------------------


def test_negatives_count_only_for_classification(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(headline="Un"), release(headline="Un")),
            "002": (
                gold(is_press_release=False, headline="Un article"),
                release(headline="Autre", is_press_release=True),
            ),
            "003": (gold(is_press_release=False), release(is_press_release=False)),
        },
    )
    report = ev.evaluate(folder)
    assert report.field("headline").n == 1
    assert report.field("headline").exact == 1.0
    assert report.classification.n == 3
    assert report.classification.exact == pytest.approx(2 / 3)
    assert [d.fields for d in report.documents if not d.is_press_release] == [(), ()]


def test_a_crash_is_listed_scores_as_empty_and_never_aborts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (gold(headline="Un"), RuntimeError("boom")),
            "002": (gold(headline="Deux"), release(headline="Deux")),
        },
    )
    report = ev.evaluate(folder)
    (crash,) = report.crashes
    assert (crash.document, crash.error) == ("001.txt", "RuntimeError: boom")
    assert "RuntimeError" in crash.traceback
    assert report.field("headline").exact == 0.5  # the crashed document counts as a miss
    assert report.classification.exact == 0.5
    assert run_cli(folder) == 1


def test_whole_record_needs_every_scored_field_right(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (
                gold(headline="Un", doc_type="Communiqué"),
                release(headline="Un", doc_type="Communiqué"),
            ),
            "002": (
                gold(headline="Deux", doc_type="Communiqué"),
                release(headline="Deux", doc_type="COMMUNIQUE"),
            ),
            "003": (gold(headline="Trois"), release(headline="Autre")),
        },
    )
    whole = ev.evaluate(folder).whole_record
    assert (whole.n, whole.exact, whole.loose) == (3, pytest.approx(1 / 3), pytest.approx(2 / 3))


def test_the_formats_evaluated_are_those_every_built_in_adapter_reads() -> None:
    for name in registry.BUILTIN_ADAPTERS:
        assert set(registry.get(name).extensions) <= registry.extensions(), name
    assert {".xhtml", ".htm", ".markdown", ".docx", ".pdf", ".eml"} <= registry.extensions()


@pytest.mark.parametrize("suffix", sorted(registry.extensions()))
def test_every_format_an_adapter_reads_is_evaluated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, suffix: str
) -> None:
    (tmp_path / f"001{suffix}").write_bytes(b"(synthetic)")
    (tmp_path / "001.json").write_text(json.dumps(gold(headline="Un titre")), encoding="utf-8")
    monkeypatch.setattr(scoring, "parse_file", lambda path: release(headline="Un titre"))
    report = ev.evaluate(tmp_path)
    assert [d.document for d in report.documents] == [f"001{suffix}"]
    assert report.documents_by_format() == {suffix: 1}
    assert report.unpaired == ()


def test_an_xhtml_release_is_parsed_and_scored(tmp_path: Path) -> None:
    page = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" lang="fr"><head><title>Presse</title></head>'
        "<body><p>Communiqué de presse</p><p>Nantes, le 3 février 2023</p>"
        "<h1>Le Département rénove douze collèges</h1>"
        "<p>Les travaux commencent au printemps dans douze collèges du département.</p>"
        "</body></html>\n"
    )
    (tmp_path / "001.xhtml").write_text(page, encoding="utf-8")
    annotation = gold(date="2023-02-03", dateline_place="Nantes")
    (tmp_path / "001.json").write_text(json.dumps(annotation), encoding="utf-8")
    report = ev.evaluate(tmp_path)
    assert [d.document for d in report.documents] == ["001.xhtml"]
    assert report.crashes == ()
    assert report.field("date").exact == 1.0
    assert report.field("dateline_place").exact == 1.0


def write_unpaired_folder(folder: Path) -> Path:
    """001 paired; 002.md without gold; 003.json without document; 004.json beside 004.odt."""
    folder.mkdir(exist_ok=True)
    (folder / "001.md").write_text("# Un titre\n", encoding="utf-8")
    (folder / "001.json").write_text(json.dumps(gold(headline="Un titre")), encoding="utf-8")
    (folder / "002.md").write_text("# Sans annotation\n", encoding="utf-8")
    (folder / "003.json").write_text(json.dumps(gold()), encoding="utf-8")
    (folder / "004.odt").write_bytes(b"PK\x03\x04")
    (folder / "004.json").write_text(json.dumps(gold()), encoding="utf-8")
    return folder


def test_files_that_cannot_be_paired_are_reported_not_dropped(tmp_path: Path) -> None:
    report = ev.evaluate(write_unpaired_folder(tmp_path))
    assert [d.document for d in report.documents] == ["001.md"]
    unpaired = {item.file: (item.reason, item.problem) for item in report.unpaired}
    assert unpaired == {
        "002.md": (ev.Unpaired.NO_GOLD, "a document without its gold annotation 002.json"),
        "003.json": (ev.Unpaired.NO_DOCUMENT, "a gold annotation without a document"),
        "004.json": (
            ev.Unpaired.NO_DOCUMENT,
            "a gold annotation whose document is in a format no adapter reads (004.odt)",
        ),
    }


def test_the_output_and_the_json_list_the_unpaired_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_unpaired_folder(tmp_path / "corpus")
    target = tmp_path / "report.json"
    assert run_cli(folder, "--json", str(target)) == 0
    out = capsys.readouterr().out
    assert "1 document (1 .md): 1 press release, 0 negatives; 0 crashes; 3 unpaired files" in out
    listed = out[out.index("unpaired files: 3") :].splitlines()[1:]
    assert [line.split(":")[0].strip() for line in listed] == ["002.md", "003.json", "004.json"]
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["unpaired_count"] == 3
    assert [(u["file"], u["reason"]) for u in data["unpaired"]] == [
        ("002.md", "no-gold"),
        ("003.json", "no-document"),
        ("004.json", "no-document"),
    ]


def test_hidden_files_and_the_folder_readme_are_not_documents(tmp_path: Path) -> None:
    (tmp_path / "001.txt").write_text("Un titre\n", encoding="utf-8")
    (tmp_path / "001.json").write_text(json.dumps(gold()), encoding="utf-8")
    (tmp_path / "README.md").write_text("# Ce corpus\n", encoding="utf-8")
    (tmp_path / ".brouillon.txt").write_text("brouillon\n", encoding="utf-8")
    (tmp_path / "sous-dossier").mkdir()
    report = ev.evaluate(tmp_path)
    assert [d.document for d in report.documents] == ["001.txt"]
    assert report.unpaired == ()


def test_the_header_counts_the_documents_of_each_format(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("001.md", "002.md", "003.xhtml", "004.txt", "005.md"):
        (tmp_path / name).write_text("(synthetic)", encoding="utf-8")
        (tmp_path / name).with_suffix(".json").write_text(json.dumps(gold()), encoding="utf-8")
    monkeypatch.setattr(scoring, "parse_file", lambda path: release())
    report = ev.evaluate(tmp_path)
    assert report.documents_by_format() == {".md": 3, ".txt": 1, ".xhtml": 1}
    assert (
        ev.format_report(report)
        .splitlines()[1]
        .startswith("5 documents (3 .md, 1 .txt, 1 .xhtml): 5 press releases")
    )


def test_an_unusable_folder_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(FileNotFoundError, match="no labelled document"):
        ev.evaluate(tmp_path)
    assert run_cli(tmp_path / "missing") == 2
    assert "not a directory" in capsys.readouterr().err
    (tmp_path / "001.txt").write_text("texte", encoding="utf-8")
    (tmp_path / "001.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"001\.json"):
        ev.evaluate(tmp_path)


# -- the command -------------------------------------------------------------------------------


@pytest.fixture
def small_corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    return corpus(
        tmp_path,
        monkeypatch,
        {
            "001": (
                gold(headline="Un titre juste", doc_type="Communiqué de presse"),
                release(headline="Un titre juste", doc_type="COMMUNIQUE DE PRESSE"),
            ),
            "002": (gold(headline="Le titre attendu"), release(headline="Un autre titre")),
        },
    )


def test_the_report_is_an_aligned_table(
    small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(small_corpus) == 0
    out = capsys.readouterr().out
    assert "2 documents (2 .txt): 2 press releases, 0 negatives; 0 crashes" in out
    lines = out.splitlines()
    header = next(line for line in lines if line.startswith("field"))
    headline = next(line for line in lines if line.startswith("headline "))
    assert headline.split() == ["headline", "2", "0.500", "0.500", "0.667"]
    # numbers are right-aligned under their column titles
    assert headline.index("0.500") + len("0.500") == header.index("exact") + len("exact")
    for label in ("date", "issuers (F1)", "À propos headings (F1)", "whole record"):
        assert any(line.startswith(label) for line in lines)
    assert "classification (accuracy)" in out


def test_show_errors_lists_each_mismatch(
    small_corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run_cli(small_corpus, "--show-errors")
    lines = capsys.readouterr().out.splitlines()
    start = lines.index(next(line for line in lines if line.startswith("document")))
    errors = [line.split("  ") for line in lines[start + 2 :]]
    rows = [[cell.strip() for cell in row if cell.strip()] for row in errors]
    assert rows == [
        ["001.txt", "doc_type~", '"Communiqué de presse"', '"COMMUNIQUE DE PRESSE"'],
        ["002.txt", "headline", '"Le titre attendu"', '"Un autre titre"'],
    ]


def test_json_output_holds_scores_and_every_document(small_corpus: Path, tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    target.parent.mkdir()
    assert run_cli(small_corpus, "--json", str(target)) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["scores"]["headline"] == {
        "exact": 0.5,
        "loose": 0.5,
        "token_f1": pytest.approx(2 / 3),
    }
    assert data["scores"]["classification"] == {"accuracy": 1.0}
    assert data["crash_count"] == 0
    by_name = {d["document"]: d for d in data["documents"]}
    assert set(by_name) == {"001.txt", "002.txt"}
    headline = next(f for f in by_name["002.txt"]["fields"] if f["field"] == "headline")
    assert headline == {
        "field": "headline",
        "expected": "Le titre attendu",
        "got": "Un autre titre",
        "exact": 0.0,
        "loose": 0.0,
        "token_f1": pytest.approx(1 / 3),  # "titre" of three words each side
    }
    assert by_name["001.txt"]["record_loose"] is True


def test_an_unwritable_json_file_is_reported(
    small_corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run_cli(small_corpus, "--json", str(tmp_path / "missing" / "report.json")) == 2
    assert "cannot write" in capsys.readouterr().err


def test_scores_have_the_shape_of_the_floors_file(small_corpus: Path) -> None:
    scores = ev.evaluate(small_corpus).scores()
    assert set(scores) == {*ev.FIELD_NAMES, "whole_record", "classification"}
    assert all(0.0 <= v <= 1.0 for measures in scores.values() for v in measures.values())


def test_end_to_end_with_the_real_parser(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (
        "Communiqué de presse\n\n"
        "Montpellier, le 12 mai 2022\n\n"
        "# La Région ouvre trois lycées à la rentrée\n\n"
        "Trois lycées neufs accueilleront 2 400 élèves en septembre.\n"
    )
    (tmp_path / "001.md").write_text(text, encoding="utf-8")
    (tmp_path / "001.json").write_text(
        json.dumps(gold(date="2022-05-12", dateline_place="Montpellier")), encoding="utf-8"
    )
    assert ev.main([str(tmp_path)]) == 0
    assert "0 crashes" in capsys.readouterr().out
    report = ev.evaluate(tmp_path)
    assert report.field("date").exact == 1.0
    assert report.crashes == ()


# -- scoring another parser's values ----------------------------------------------------------


def test_score_value_scores_one_field_with_the_rules_of_the_command() -> None:
    annotation = gold(headline="L’État lance « Alliance »", issuer=["Région Bretagne"])
    headline = ev.score_value("headline", "L'État lance “Alliance”.", annotation)
    assert headline is not None
    assert (headline.exact, headline.loose, headline.token_f1) == (1.0, 1.0, 1.0)
    issuers = ev.score_value("issuers", ["REGION BRETAGNE", "Autre"], annotation)
    assert issuers is not None
    assert (issuers.exact, issuers.loose) == (0.0, pytest.approx(2 / 3))
    missed = ev.score_value("date", None, gold(date="2024-03-04"))
    assert missed is not None
    assert missed.exact == 0.0


@pytest.mark.parametrize(
    ("field", "annotation"),
    [
        ("headline", gold(is_press_release=False, headline="Un article")),  # a negative
        ("emails", gold(truncated=True)),  # contacts of a truncated document
        ("issuers", gold(issuer=[])),  # the issuer is only implicit
    ],
)
def test_score_value_says_none_where_the_rules_do_not_score(
    field: str, annotation: dict[str, Any]
) -> None:
    assert ev.score_value(field, (), annotation) is None


def test_score_value_refuses_unknown_fields_and_values_of_the_wrong_shape() -> None:
    with pytest.raises(KeyError, match="not a scored field"):
        ev.score_value("titre", "Un titre", gold())
    with pytest.raises(TypeError, match="set field"):
        ev.score_value("emails", "presse@exemple.fr", gold())
    with pytest.raises(TypeError, match="scalar field"):
        ev.score_value("headline", ["Un titre"], gold())


def test_field_score_over_score_value_gives_the_figures_of_evaluate(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cases = {
        "001": (
            gold(headline="Un titre juste", contacts=[{"emails": ["a@exemple.fr"]}]),
            release(
                headline="Un titre juste",
                contacts=(Contact(emails=("a@exemple.fr", "b@exemple.fr")),),
            ),
        ),
        "002": (gold(headline="Le titre attendu"), release(headline="Un autre titre")),
        "003": (gold(is_press_release=False), release(headline="Un article")),
    }
    report = ev.evaluate(corpus(tmp_path, monkeypatch, cases))
    for spec in ev.FIELDS:
        results = [
            ev.score_value(spec.name, spec.ours(ours), annotation)
            for annotation, ours in cases.values()
            if isinstance(ours, PressRelease)
        ]
        scored = [r for r in results if r is not None]
        assert ev.field_score(spec.name, scored) == report.field(spec.name), spec.name


def test_python_dash_m_communique_evaluate_is_the_command() -> None:
    completed = subprocess.run(
        [sys.executable, "-m", "communique.evaluate", "--help"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0
    assert completed.stdout.startswith("usage: communique evaluate")
    assert "--show-errors" in completed.stdout


# -- scripts/compare_trees.py: two trees, document by document ---------------------------------

_COMPARE = Path(__file__).resolve().parents[1] / "scripts" / "compare_trees.py"


def test_comparing_a_tree_with_itself_changes_no_document() -> None:
    tree = _COMPARE.parents[1]
    holdout = Path(__file__).with_name("holdout51")
    done = subprocess.run(
        [sys.executable, str(_COMPARE), str(tree), "--new", str(tree), "--sets", str(holdout)],
        capture_output=True,
        text=True,
        check=True,
    )
    counts = [line.split() for line in done.stdout.splitlines() if "->" in line][1:]
    assert counts, done.stdout
    assert all(old == new for _field, old, _arrow, new in counts)
    assert not any(
        line.startswith(("FIXED", "BROKE", "CHANGED")) for line in done.stdout.splitlines()
    )


def test_the_blind_set_is_never_compared_document_by_document(tmp_path: Path) -> None:
    blind = tmp_path / "blind"
    blind.mkdir()
    done = subprocess.run(
        [sys.executable, str(_COMPARE), str(tmp_path), "--sets", str(blind)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "aggregate only" in done.stderr
