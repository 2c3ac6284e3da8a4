"""A command line that fits the shell (issue 14) and never loses an input (issue 15): one
output record per input in every format, one JSON document, --output-dir that stays in its
folder, --input-list, addresses fetched from a loopback server, errors in the user's words,
CSV that no spreadsheet runs, and a batch that survives dying and stuck workers."""

from __future__ import annotations

import csv
import http.server
import io
import json
import os
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from communique._outputs import OutputDir, UnsafeOutputError, clean
from communique.cli import _csv_cell, main

from . import hostile_adapters
from .batch_fixtures import headline, write_releases

ROOT = Path(__file__).resolve().parent.parent


def run(capsys: pytest.CaptureFixture[str], *argv: str, code: int = 0) -> tuple[str, str]:
    """Run the command; check its exit status; return (stdout, stderr)."""
    assert main(list(argv)) == code
    captured = capsys.readouterr()
    return captured.out, captured.err


def markdown_sources(out: str) -> list[str]:
    return [
        line.removeprefix("<!-- file: ").removesuffix(" -->")
        for line in out.splitlines()
        if line.startswith("<!-- file: ")
    ]


# -- every input yields exactly one record ----------------------------------------------


def write_mixed_folder(root: Path, count: int) -> list[str]:
    """``count`` tiny files in seven folders, a third of them broken (binary bytes named
    .html, damaged DOCX, truncated PDF, empty files); returns their paths, sorted as the
    command walks them."""
    kinds = [
        (".txt", "Paris, le {day} mars 2024\n\nLe port rouvre le quai {n}\n\nTexte.\n"),
        (".md", "# La ville ouvre la salle {n}\n\nLyon, le {day} mars 2021\n"),
        (".html", "<h1>Titre {n}</h1><p>Paris, le {day} mars 2024</p>"),
        (".eml", "Subject: Communiqué {n}\n\nParis, le {day} mars 2024\n"),
        (".html", b"\x89PNG\x00\x00\x01\x02"),
        (".docx", b"PK\x03\x04 damaged archive"),
        (".pdf", b"%PDF-1.4 truncated"),
        (".txt", b""),
        (".txt", "Rennes, le {day} mai 2022\n\nUne note {n}.\n"),
    ]
    for n in range(count):
        suffix, content = kinds[n % len(kinds)]
        path = root / f"d{n % 7}" / f"f{n:04d}{suffix}"
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content.format(n=n, day=1 + n % 28), encoding="utf-8")
    return sorted(str(p) for p in root.rglob("*") if p.is_file())


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("mixed")
    return root, write_mixed_folder(root, 2000)


@pytest.mark.parametrize("format", ["json", "jsonl", "csv", "markdown"])
def test_two_thousand_mixed_files_give_two_thousand_records_in_every_format(
    mixed_folder: tuple[Path, list[str]], format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    root, names = mixed_folder
    out, err = run(capsys, "parse", str(root), "-f", format, "--jobs", "2", code=1)
    if format == "json":
        records = json.loads(out)
        sources = [r["file"] for r in records]
        failed = [r for r in records if "error" in r]
    elif format == "jsonl":
        records = [json.loads(line) for line in out.splitlines()]
        sources = [r["file"] for r in records]
        failed = [r for r in records if "error" in r]
    elif format == "csv":
        records = list(csv.DictReader(io.StringIO(out)))
        sources = [r["file"] for r in records]
        failed = [r for r in records if r["error"]]
    else:
        sources = markdown_sources(out)
        failed = [line for line in out.splitlines() if line.startswith("> communique could")]
    assert sources == names
    # the binary .html, the damaged DOCX and the truncated PDF are the broken ones
    assert len(failed) == sum(1 for n in range(2000) if n % 9 in (4, 5, 6))
    assert f"2000 files, {2000 - len(failed)} releases, {len(failed)} failures" in err


def test_an_output_dir_gets_one_file_per_input_mirroring_the_tree(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = write_mixed_folder(tmp_path / "in", 30)
    run(capsys, "parse", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out"), code=1)
    written = sorted(
        str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*.json")
    )
    assert written == sorted(str(Path(n).relative_to(tmp_path / "in")) + ".json" for n in names)
    broken = json.loads((tmp_path / "out" / "d5" / "f0005.docx.json").read_text("utf-8"))
    assert broken["error"].startswith("DecodeError: the DOCX archive is damaged")
    assert json.loads((tmp_path / "out" / "d0" / "f0000.txt.json").read_text("utf-8"))["header"]


def test_several_inputs_are_one_json_array_and_one_input_one_object(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    paths = write_releases(tmp_path, 2)
    out, _ = run(capsys, "parse", str(paths[0]), str(tmp_path / "absent.txt"), str(paths[1]),
                 "-q", code=1)  # fmt: skip
    records = json.loads(out)
    assert [r["file"] for r in records] == [str(paths[0]), str(tmp_path / "absent.txt"),
                                           str(paths[1])]  # fmt: skip
    assert records[1] == {"file": str(tmp_path / "absent.txt"),
                          "error": "FileNotFoundError: No such file or directory"}  # fmt: skip
    out, _ = run(capsys, "parse", str(paths[0]), "-q")
    assert json.loads(out)["header"]["headline"] == headline(0)


# -- --output-dir stays in its folder ---------------------------------------------------


@pytest.mark.parametrize("name", ["..", ".", "", "a/../../b", "/etc/passwd", "c:\\x", "\x00"])
def test_an_output_name_part_is_always_one_plain_name(name: str) -> None:
    part = clean(name)
    assert part not in ("", ".", "..")
    assert not {"/", "\\", "\x00"} & set(part)


@given(st.lists(st.text(alphabet="./\\:\x00 \n.a\u00e9", max_size=6), max_size=4))
@settings(max_examples=60)
def test_any_name_is_written_below_the_output_folder(parts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder, "out")
        written = OutputDir(root).write(parts, ".json", "{}")
        assert written.resolve().is_relative_to(root.resolve())
        assert written.read_text(encoding="utf-8") == "{}"
        assert list(Path(folder).iterdir()) == [root]


def test_names_never_leave_the_output_folder(tmp_path: Path) -> None:
    folder = OutputDir(tmp_path / "out")
    written = folder.write(["..", "..", "etc", "passwd"], ".json", "{}")
    assert written.resolve().is_relative_to((tmp_path / "out").resolve())
    assert folder.write(["..", "..", "etc", "passwd"], ".json", "{}").name == "passwd-2.json"
    assert not (tmp_path / "etc").exists()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_nothing_is_written_through_a_symbolic_link(tmp_path: Path) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    (out / "planted").symlink_to(outside, target_is_directory=True)
    (out / "file.txt.json").symlink_to(outside / "victim.json")
    folder = OutputDir(out)
    with pytest.raises(UnsafeOutputError, match="'planted' in the output folder is a symbolic"):
        folder.write(["planted", "a.txt"], ".json", "{}")
    with pytest.raises(UnsafeOutputError, match="symbolic link"):
        folder.write(["file.txt"], ".json", "{}")
    assert list(outside.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_a_planted_link_costs_its_input_in_the_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    write_releases(tmp_path / "in" / "sub", 1)
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "sub").symlink_to(outside, target_is_directory=True)
    _, err = run(capsys, "parse", str(tmp_path / "in"), "--output-dir", str(tmp_path / "out"),
                 code=1)  # fmt: skip
    assert "cannot write its output: 'sub' in the output folder is a symbolic link" in err
    assert list(outside.iterdir()) == []


# -- inputs ------------------------------------------------------------------------------


def test_an_input_list_names_files_and_folders_one_a_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_releases(tmp_path / "a", 2)
    write_releases(tmp_path / "b", 1)
    listing = tmp_path / "list.txt"
    listing.write_text(f"{paths[1]}\n\n{tmp_path / 'b'}\n", encoding="utf-8")
    out, _ = run(capsys, "parse", str(paths[0]), "--input-list", str(listing), "-f", "jsonl",
                 "-q")  # fmt: skip
    files = [json.loads(line)["file"] for line in out.splitlines()]
    assert files == [str(paths[0]), str(paths[1]), str(tmp_path / "b" / "release-000.txt")]
    monkeypatch.setattr(sys, "stdin", io.StringIO(f"{paths[0]}\n"))
    out, _ = run(capsys, "parse", "--input-list", "-", "-f", "jsonl", "-q")
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(paths[0])]


def test_nothing_to_parse_is_said_and_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_releases(tmp_path, 2)
    _, err = run(capsys, "parse", str(tmp_path), "--include", "nomatch*", code=1)
    assert f"communique: {tmp_path}: no file matched --include 'nomatch*'" in err
    assert "nothing was parsed" in err
    _, err = run(capsys, "parse", code=2)
    assert "nothing to parse: name files, folders" in err


def test_the_size_limit_names_the_option_and_the_path_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (path,) = write_releases(tmp_path, 1)
    size = path.stat().st_size
    _, err = run(capsys, "parse", str(path), "--max-input-bytes", "100", "-q", code=1)
    assert err == (
        f"communique: {path}: InputTooLargeError: {size:,} bytes, over the limit of 100; "
        f"pass --max-input-bytes {size} (or more) to read it\n"
    )
    run(capsys, "parse", str(path), "--max-input-bytes", str(size), "-q")


def test_verbose_says_which_adapter_read_each_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (path,) = write_releases(tmp_path, 1, suffix=".md")
    _, err = run(capsys, "parse", str(path), "-v")
    assert f"communique: {path}: parsed (markdown)" in err
    with pytest.raises(SystemExit):
        main(["parse", str(path), "-v", "-q"])
    assert "not allowed with argument" in capsys.readouterr().err


# -- errors in the user's words ----------------------------------------------------------


def test_an_impossible_reference_date_is_explained(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["parse", "x.txt", "--reference-date", "2024-13-01"])
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "--reference-date: '2024-13-01' is not a date (month must be in 1..12); " in err
    assert "fromisoformat" not in err


def test_an_output_in_a_missing_folder_is_refused_before_any_work(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (path,) = write_releases(tmp_path, 1)
    missing = tmp_path / "missing" / "out.json"
    _, err = run(capsys, "parse", str(path), "-o", str(missing), code=2)
    assert err == (
        f"communique: cannot write -o {missing}: the folder {missing.parent} does not exist\n"
    )
    _, err = run(capsys, "parse", str(path), "-o", str(tmp_path), code=2)
    assert f"pass --output-dir {tmp_path}" in err


# -- addresses, fetched from a server on the loopback ------------------------------------


class _Pages(http.server.BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, tuple[int, dict[str, str], bytes]]] = {}

    def do_GET(self) -> None:
        status, headers, body = self.routes.get(self.path, (404, {}, b"absent"))
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    page = f"<html><body><h1>{headline(2)}</h1><p>Lyon, le 3 mars 2021</p></body></html>"
    html = {"Content-Type": "text/html; charset=utf-8"}
    _Pages.routes = {
        "/cp.html": (200, html, page.encode("utf-8")),
        "/moved": (301, {"Location": "/cp.html"}, b""),
        "/loop": (302, {"Location": "/loop"}, b""),
        "/file": (302, {"Location": "file:///etc/passwd"}, b""),
        "/big": (200, html, b"x" * 5000),
    }
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_an_address_is_fetched_and_parsed(server: str, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(capsys, "parse", f"{server}/cp.html", f"{server}/moved", "-f", "jsonl", "-q")
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["file"] for r in records] == [f"{server}/cp.html", f"{server}/moved"]
    assert {r["adapter"] for r in records} == {"html"}
    assert {r["header"]["headline"] for r in records} == {headline(2)}


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/absent", "FetchError: the server answered 404 Not Found"),
        ("/loop", "FetchError: more than 5 redirections"),
        ("/file", "FetchError: redirected to 'file:///etc/passwd', which is not an http(s)"),
        ("/big", "FetchError: the page is larger than the limit of 1,000 bytes (pass --max"),
    ],
)
def test_an_address_that_cannot_be_fetched_is_a_record_with_its_reason(
    server: str, path: str, reason: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = run(capsys, "parse", server + path, "-f", "jsonl", "-q", "--max-input-bytes",
                 "1000", code=1)  # fmt: skip
    (record,) = [json.loads(line) for line in out.splitlines()]
    assert record["file"] == server + path
    assert record["error"].startswith(reason)


def test_other_schemes_are_refused_with_a_sentence(capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = run(capsys, "parse", "ftp://example.org/cp.txt", "-f", "jsonl", "-q", code=1)
    assert json.loads(out)["error"] == (
        "FetchError: only http:// and https:// addresses can be fetched, not ftp://"
    )


# -- output that cannot hurt ------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_csv_cells_never_start_a_formula(
    start: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    formula = f'{start}HYPERLINK("http://evil.example/","Cliquez")'
    path = tmp_path / "cp.md"
    path.write_text(f"# {formula}\n\nParis, le 4 mars 2024\n\nTexte.\n", encoding="utf-8")
    out, _ = run(capsys, "parse", str(path), "-f", "csv", "-q")
    (row,) = csv.DictReader(io.StringIO(out))
    assert row["headline"] == "'" + formula.strip()
    for value in row.values():
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r"))


@pytest.mark.parametrize("value", ["=1+1", "+33 1 02 03 04 05", "-2", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_starting_like_a_formula_is_quoted(value: str) -> None:
    assert _csv_cell(value) == "'" + value
    assert _csv_cell("Paris") == "Paris"
    assert _csv_cell(None) == ""
    assert _csv_cell(3) == 3


def test_markdown_keeps_contact_lines_apart_and_the_document_type_once(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "cp.txt"
    path.write_text(
        "MINISTÈRE DE LA MER\n\nCommuniqué de presse\n\nParis, le 4 mars 2024\nN° 046\n\n"
        "Le port de Brest rouvre son quai de commerce\n\nCommuniqué de presse\n\n"
        "Le quai rouvre lundi aux navires de commerce, après six mois de travaux menés "
        "par le port.\n\n"
        "Contact presse :\nClaire Martin\nclaire.martin@port-exemple.fr\n01 02 03 04 05\n",
        encoding="utf-8",
    )
    out, _ = run(capsys, "parse", str(path), "-f", "markdown", "-q")
    assert out.count("Communiqué de presse") == 1
    assert "Claire Martin  \nclaire.martin@port-exemple.fr  \n01 02 03 04 05" in out


# -- a batch survives its workers --------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="the adapter kills with a POSIX signal")
def test_parse_jobs_survives_a_dying_worker_and_a_stuck_file(tmp_path: Path) -> None:
    site = hostile_adapters.install(tmp_path / "site-packages")
    folder = tmp_path / "in"
    write_releases(folder, 6)
    (folder / "release-001.die").write_text(hostile_adapters.DIE + "\n", encoding="utf-8")
    (folder / "release-003.sleep").write_text(hostile_adapters.SLEEP + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(site), str(ROOT / "src")])}
    done = subprocess.run(
        [sys.executable, "-m", "communique", "parse", str(folder), "-f", "jsonl",
         "--jobs", "2", "--timeout", "1.5"],
        capture_output=True, text=True, env=env, check=False, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    records = [json.loads(line) for line in done.stdout.splitlines()]
    names = [Path(r["file"]).name for r in records]
    assert names == sorted(p.name for p in folder.iterdir())
    errors = {Path(r["file"]).name: r.get("error", "") for r in records}
    assert errors["release-001.die"].startswith("WorkerError: the worker process died")
    assert errors["release-003.sleep"].startswith("TimeoutError: no result after 1.5 s")
    assert "--timeout 0 removes it" in errors["release-003.sleep"]
    assert sum(1 for e in errors.values() if not e) == 6
    assert "8 files, 6 releases, 2 failures (1 timed out, 1 killed a worker)" in done.stderr
