"""The ``communique`` command: parse (formats, folders, jobs, failures), show, evaluate, help."""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import types
from pathlib import Path

import pytest

from communique import __version__, registry
from communique.cli import _Progress, main
from communique.records import COLUMNS

from .batch_fixtures import headline, release_date, release_text, write_releases


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    """Run the command; check its exit status; return (stdout, stderr)."""
    assert main(list(argv)) == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def jsonl(out: str) -> list[dict[str, object]]:
    return [json.loads(line) for line in out.splitlines()]


# -- parse -------------------------------------------------------------------------------


def test_one_file_prints_its_json_with_the_file_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (path,) = write_releases(tmp_path, 1)
    out, _ = run(capsys, "parse", str(path), "-q")
    document = json.loads(out)
    assert document["file"] == str(path)
    assert document["header"]["headline"] == headline(0)


def test_a_folder_is_walked_in_name_order_one_jsonl_line_per_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_releases(tmp_path / "b", 2)
    write_releases(tmp_path / "a", 2)
    out, _ = run(capsys, "parse", str(tmp_path), "--format", "jsonl", "-q")
    files = [Path(str(line["file"])).relative_to(tmp_path).as_posix() for line in jsonl(out)]
    assert files == ["a/release-000.txt", "a/release-001.txt", "b/release-000.txt",
                     "b/release-001.txt"]  # fmt: skip


def test_jobs_do_not_change_the_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_releases(tmp_path, 12)
    one, _ = run(capsys, "parse", str(tmp_path), "-f", "jsonl", "-q")
    two, _ = run(capsys, "parse", str(tmp_path), "-f", "jsonl", "-q", "--jobs", "2")
    assert two == one
    assert len(one.splitlines()) == 12


def test_include_exclude_hidden_and_unknown_extensions(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_releases(tmp_path / "drafts", 1)
    write_releases(tmp_path / "sent", 1)
    write_releases(tmp_path / "sent", 1, suffix=".md")
    write_releases(tmp_path / ".cache", 1)
    (tmp_path / "sent" / "logo.xyz").write_text(release_text(0), encoding="utf-8")

    def parsed(*options: str) -> list[str]:
        out, _ = run(capsys, "parse", str(tmp_path), "-f", "jsonl", "-q", *options)
        return [Path(str(r["file"])).relative_to(tmp_path).as_posix() for r in jsonl(out)]

    assert parsed() == ["drafts/release-000.txt", "sent/release-000.md", "sent/release-000.txt"]
    assert parsed("--include", "*.md") == ["sent/release-000.md"]
    assert parsed("--exclude", "drafts/*") == ["sent/release-000.md", "sent/release-000.txt"]
    assert parsed("--include", "*.xyz") == ["sent/logo.xyz"]


def test_a_file_named_explicitly_is_parsed_whatever_its_extension(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "annonce.data"
    path.write_text(release_text(5), encoding="utf-8")
    out, _ = run(capsys, "parse", str(path), "-f", "jsonl", "-q")
    assert jsonl(out)[0]["file"] == str(path)


def test_csv_has_the_record_columns_and_one_row_per_release(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_releases(tmp_path, 3)
    out, _ = run(capsys, "parse", str(tmp_path), "--format", "csv", "-q")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert tuple(rows[0]) == (*COLUMNS, "error")
    assert {row["error"] for row in rows} == {""}
    assert [row["date"] for row in rows] == [release_date(n).isoformat() for n in range(3)]
    assert rows[1]["headline"] == headline(1)
    assert rows[1]["reference"] == "N° 101"


def test_markdown_renders_each_release(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_releases(tmp_path, 2)
    out, _ = run(capsys, "parse", str(tmp_path), "--format", "markdown", "-q")
    assert f"# {headline(0)}" in out
    assert f"# {headline(1)}" in out
    assert out.count("\n---\n") == 1


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(release_text(3).encode("utf-8")))
    monkeypatch.setattr(sys, "stdin", stdin)
    out, _ = run(capsys, "parse", "-", "-f", "jsonl", "-q")
    (record,) = jsonl(out)
    assert record["file"] == "-"
    assert record["dateline"]["date"] == release_date(3).isoformat()  # type: ignore[index]


def test_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = write_releases(tmp_path / "in", 2)
    target = tmp_path / "out.jsonl"
    out, _ = run(capsys, "parse", *map(str, paths), "-f", "jsonl", "-o", str(target), "-q")
    assert out == ""
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_a_bad_file_is_a_row_with_its_error_and_the_others_still_come_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_releases(tmp_path, 2)
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\x00\x00\x00")
    out, err = run(capsys, "parse", str(good[0]), str(binary), str(good[1]), "-f", "jsonl",
                   code=1)  # fmt: skip
    rows = jsonl(out)
    assert [r["file"] for r in rows] == [str(good[0]), str(binary), str(good[1])]
    assert str(rows[1]["error"]).startswith("DecodeError: ")
    assert set(rows[1]) == {"file", "error"}
    assert "error" not in rows[0]
    assert f"communique: {binary}: DecodeError: " in err
    assert "3 files, 2 releases, 1 failure in " in err


def test_strict_turns_warnings_into_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    loose = tmp_path / "note.txt"
    loose.write_text("Une note interne sans date ni contact.\n", encoding="utf-8")
    run(capsys, "parse", str(loose), "-q")
    _, err = run(capsys, "parse", str(loose), "-q", "--strict", code=1)
    assert "ParseError" in err


def test_quiet_and_piped_stderr_show_no_progress_and_no_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_releases(tmp_path, 2)
    _, err = run(capsys, "parse", str(tmp_path), "-q")
    assert err == ""
    _, err = run(capsys, "parse", str(tmp_path))
    assert "\r" not in err  # captured stderr is not a terminal: no bar
    assert err.startswith("communique: 2 files, 2 releases, 0 failures in ")


def test_progress_line_counts_rate_and_eta() -> None:
    bar = _Progress(total=200, stream=io.StringIO())
    line = bar.line(50, elapsed=10.0)
    assert "50/200 files" in line
    assert " 25%" in line
    assert "5.0/s" in line
    assert "ETA 00:30" in line
    assert line.startswith("[" + "#" * 7 + "." * 21 + "]")


def test_progress_draws_on_its_stream_and_ends_the_line() -> None:
    stream = io.StringIO()
    bar = _Progress(total=2, stream=stream)
    bar.update(1, now=bar.started + 1.0)
    bar.update(2, now=bar.started + 1.05)  # the last update is always drawn
    bar.close()
    assert stream.getvalue().count("\r") == 2
    assert stream.getvalue().endswith("2/2 files 100%  1.9/s  ETA 00:00\n")


# -- arguments and help ------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.strip() == f"communique {__version__}"


@pytest.mark.parametrize("command", [[], ["parse"], ["show"]])
def test_help_has_examples(command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    assert "examples:\n  communique " in capsys.readouterr().out


def test_adapter_choices_come_from_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "x.txt", "--adapter", "nonsense"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    for name in registry.adapter_names():
        assert repr(name) in err


def test_unknown_options_are_usage_errors(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "x.txt", "--frobnicate"])
    assert exit_.value.code == 2
    assert "--frobnicate" in capsys.readouterr().err


def test_python_dash_m_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "communique", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert done.stdout.strip() == f"communique {__version__}"


# -- show --------------------------------------------------------------------------------


def test_show_prints_a_readable_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = write_releases(tmp_path, 1)
    out, _ = run(capsys, "show", str(path))
    assert f"Headline    {headline(0)}" in out
    assert f"→  Lyon · {release_date(0).isoformat()}" in out
    assert "claire.martin@metropole-exemple.fr" in out


def test_show_html_writes_a_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (path,) = write_releases(tmp_path, 1)
    page = tmp_path / "view.html"
    run(capsys, "show", str(path), "--html", str(page))
    text = page.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    assert 'class="m m-headline"' in text


def test_show_reports_an_unreadable_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, err = run(capsys, "show", str(tmp_path / "absent.txt"), code=1)
    assert "FileNotFoundError" in err


# -- evaluate ----------------------------------------------------------------------------


def test_evaluate_parses_its_arguments_and_hands_them_to_the_evaluate_module(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen: list[argparse.Namespace] = []

    def run_evaluation(args: argparse.Namespace) -> int:
        seen.append(args)
        return 3

    fake = types.ModuleType("communique.evaluate")
    fake.run = run_evaluation  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "communique.evaluate", fake)
    assert main(["evaluate", "gold/", "--show-errors"]) == 3
    (args,) = seen
    assert (args.directory, args.show_errors, args.json_file) == (Path("gold/"), True, None)


def test_evaluate_without_its_module_says_so(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "communique.evaluate", None)
    assert main(["evaluate", "gold/"]) == 2
    assert "evaluate is not available" in capsys.readouterr().err


def test_show_explain_says_why_the_date_and_the_headline_were_chosen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    release = tmp_path / "release.txt"
    release.write_text(
        "Communiqué de presse\n\nLyon, le 12 mars 2024\n\nUn centre de secours ouvre à Vaise\n\n"
        "Le nouveau centre accueillera dès lundi quarante sapeurs-pompiers, qui couvriront six "
        "communes du nord de la métropole avec deux véhicules de secours.\n",
        encoding="utf-8",
    )
    assert main(["show", str(release), "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Why these values" in out
    assert "date (" in out
    assert "chosen: '2024-03-12' from header-dateline" in out
    assert "from header-line" in out


@pytest.mark.parametrize("argv", [["--version"], ["--help"], ["parse", "--help"]])
def test_help_and_version_never_list_the_installed_plug_ins(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Listing the adapters reads every installed package's entry points: only an --adapter
    given on the command line needs it."""

    def refuse() -> list[str]:
        raise AssertionError("the plug-ins were listed")

    monkeypatch.setattr(registry, "adapter_names", refuse)
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 0
