"""Web archives as input: parse_warc() and `communique parse crawl.warc.gz`, on WARC files the
tests write with warcio itself (tiny: a few records each)."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from pathlib import Path

import pytest

from communique import MissingDependencyError, WarcItem, parse_warc
from communique.cli import main
from communique.warc import warc_items

from .conftest import ROOT

warcio = pytest.importorskip("warcio")
from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

BODY = (
    "La préfecture présente le bilan de la campagne de prévention des risques liés aux fortes "
    "chaleurs, menée pendant tout l'été auprès des communes du département."
)
DATED = f"""<!DOCTYPE html><html lang="fr"><head><title>Bilan canicule</title></head><body>
<h1>Bilan de la campagne canicule</h1><p>COMMUNIQUÉ DE PRESSE</p>
<p>Toulouse, le 3 septembre 2024</p><p>{BODY}</p>
<p><a href="cp-canicule.pdf">Télécharger le communiqué (PDF)</a></p></body></html>"""
UNDATED = f"""<!DOCTYPE html><html lang="fr"><head><title>Plan grand froid</title></head><body>
<h1>Plan grand froid</h1><p>COMMUNIQUÉ DE PRESSE</p><p>{BODY}</p></body></html>"""


def http(status: str, content_type: str) -> StatusAndHeaders:
    return StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")


def write_warc(path: Path, gzip: bool = True) -> Path:
    """Two HTML responses, then one of each record the reader skips."""
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def response(uri: str, body: bytes, status: str, kind: str, date: str) -> None:
            record = writer.create_warc_record(
                uri, "response", payload=io.BytesIO(body), http_headers=http(status, kind),
                warc_headers_dict={"WARC-Date": date},
            )  # fmt: skip
            writer.write_record(record)

        response("https://www.exemple.gouv.fr/presse/canicule.html", DATED.encode(), "200 OK",
                 "text/html; charset=utf-8", "2024-09-05T08:00:00Z")  # fmt: skip
        response("https://www.exemple.gouv.fr/presse/grand-froid.html", UNDATED.encode(),
                 "200 OK", "text/html", "2025-01-10T09:30:00Z")  # fmt: skip
        response("https://www.exemple.gouv.fr/logo.png", b"\x89PNG", "200 OK", "image/png",
                 "2025-01-10T09:30:01Z")  # fmt: skip
        response("https://www.exemple.gouv.fr/absent.html", b"<p>absent</p>", "404 Not Found",
                 "text/html", "2025-01-10T09:30:02Z")  # fmt: skip
        writer.write_record(
            writer.create_warc_record("https://www.exemple.gouv.fr/presse/canicule.html",
                                      "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        )  # fmt: skip
        writer.write_record(
            writer.create_revisit_record(
                "https://www.exemple.gouv.fr/presse/canicule.html",
                digest="sha1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
                refers_to_uri="https://www.exemple.gouv.fr/presse/canicule.html",
                refers_to_date="2024-09-05T08:00:00Z",
            )
        )
    return path


@pytest.mark.parametrize("gzip", [True, False], ids=["warc.gz", "warc"])
def test_every_html_response_is_parsed_with_its_uri_and_capture_date(
    tmp_path: Path, gzip: bool
) -> None:
    path = write_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip)
    reader = parse_warc(path)
    items = list(reader)
    assert [item.uri for item in items] == [
        "https://www.exemple.gouv.fr/presse/canicule.html",
        "https://www.exemple.gouv.fr/presse/grand-froid.html",
    ]
    assert items[0].captured == dt.datetime(2024, 9, 5, 8, 0, tzinfo=dt.UTC)
    assert all(item.ok and item.release is not None for item in items)
    assert dict(reader.skipped) == {"not-html": 1, "http-error": 1, "not-a-response": 1,
                                    "revisit": 1}  # fmt: skip
    assert (reader.parsed, reader.failed) == (2, 0)


def test_the_capture_date_is_only_a_fallback_and_says_so(tmp_path: Path) -> None:
    dated, undated = list(parse_warc(write_warc(tmp_path / "crawl.warc.gz")))
    assert dated.release is not None
    assert undated.release is not None
    assert dated.release.date == dt.date(2024, 9, 3)  # the release's own, not the capture's
    assert "date-from-capture" not in [d.code for d in dated.release.diagnostics]
    assert undated.release.date == dt.date(2025, 1, 10)
    assert "date-from-capture" in [d.code for d in undated.release.diagnostics]


def test_relative_attachments_resolve_against_the_target_uri(tmp_path: Path) -> None:
    dated, _ = list(parse_warc(write_warc(tmp_path / "crawl.warc.gz")))
    assert dated.release is not None
    (pdf,) = dated.release.attachments
    assert pdf.resolved_url == "https://www.exemple.gouv.fr/presse/cp-canicule.pdf"


def test_the_command_line_parses_a_warc_file_record_by_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz")
    assert main(["parse", str(path), "--format", "jsonl", "--quiet"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["file"] for line in lines] == [
        "https://www.exemple.gouv.fr/presse/canicule.html",
        "https://www.exemple.gouv.fr/presse/grand-froid.html",
    ]


def test_without_warcio_the_extra_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "warcio.archiveiterator", None)
    with pytest.raises(MissingDependencyError, match=r"pip install 'communique\[warc\]'"):
        parse_warc(tmp_path / "crawl.warc.gz")


def test_the_scaling_page_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """docs/scaling.md's WARC example, run where the extra is installed."""
    page = (ROOT / "docs" / "scaling.md").read_text(encoding="utf-8")
    start = page.index("```python\nimport io")
    code = page[start + len("```python\n") : page.index("```", start + 10)]
    exec(compile(code, "docs/scaling.md", "exec"), {"__name__": "docs_scaling"})
    assert capsys.readouterr().out == "https://www.exemple.fr/presse/guichet.html 2024-09-03\n{}\n"


def _uri_and_date(item: WarcItem) -> tuple[str, str | None]:
    assert item.release is not None, item.error
    return item.uri, item.release.date.isoformat() if item.release.date else None


def test_one_warc_file_a_dask_task_on_the_process_scheduler(tmp_path: Path) -> None:
    """docs/scaling.md's WARC-per-task recipe, in worker processes."""
    db = pytest.importorskip("dask.bag")
    paths = [write_warc(tmp_path / f"crawl-{n}.warc.gz") for n in range(3)]
    bag = db.from_sequence(paths, npartitions=3).map(warc_items).flatten().map(_uri_and_date)
    rows = bag.compute(scheduler="processes", num_workers=2)
    expected = [_uri_and_date(item) for path in paths for item in parse_warc(path)]
    assert rows == expected
    assert len(rows) == 6
