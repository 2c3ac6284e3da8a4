"""Which WARC library reads a crawl faster: warcio or FastWARC (the ``warc`` extra's choice).

Builds a gzipped WARC of ``--records`` HTML responses (with request, revisit, image and
error records between them) with warcio, then times reading every response's target URI,
date, content type and body with each library (median of ``--repeats``). No test times
anything: this script is run by hand and its figures go in ``docs/performance.md``.

Usage::

    python benchmarks/warc_readers.py --records 5000
"""

from __future__ import annotations

import argparse
import io
import statistics
import tempfile
import time
from pathlib import Path

PAGE = (
    "<!DOCTYPE html><html lang='fr'><head><title>Communiqué {n}</title></head><body>"
    "<h1>La préfecture communique {n}</h1><p>Paris, le 3 mars 2024</p>"
    "<p>" + "Le texte du communiqué, assez long pour peser comme une vraie page. " * 40 + "</p>"
    "</body></html>"
)


def build(path: Path, records: int) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n in range(records):
            uri = f"https://www.exemple.gouv.fr/presse/cp-{n}.html"
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            body = PAGE.format(n=n).encode()
            writer.write_record(
                writer.create_warc_record(
                    uri, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            if n % 10 == 0:
                image = StatusAndHeaders("200 OK", [("Content-Type", "image/jpeg")], "HTTP/1.1")
                writer.write_record(
                    writer.create_warc_record(
                        uri + ".jpg",
                        "response",
                        payload=io.BytesIO(b"\xff" * 2000),
                        http_headers=image,
                    )
                )


def read_warcio(path: Path) -> int:
    from warcio.archiveiterator import ArchiveIterator

    total = 0
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            uri = record.rec_headers.get_header("WARC-Target-URI")
            date = record.rec_headers.get_header("WARC-Date")
            kind = record.http_headers.get_header("Content-Type") if record.http_headers else ""
            body = record.content_stream().read()
            total += len(body) + len(uri or "") + len(date or "") + len(kind or "")
    return total


def read_fastwarc(path: Path) -> int:
    from fastwarc.warc import ArchiveIterator, WarcRecordType

    total = 0
    with path.open("rb") as stream:  # the stream is detected (gzip), as FastWARC 2 does
        for record in ArchiveIterator(stream, record_types=WarcRecordType.response):
            uri = record.headers.get("WARC-Target-URI")
            date = record.headers.get("WARC-Date")
            kind = record.http_headers.get("Content-Type") if record.http_headers else ""
            body = record.reader.read()
            total += len(body) + len(uri or "") + len(date or "") + len(kind or "")
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "crawl.warc.gz"
        build(path, args.records)
        size = path.stat().st_size
        print(f"{args.records} HTML responses, {size / 1e6:.1f} MB gzipped")
        for name, reader in (("warcio", read_warcio), ("fastwarc", read_fastwarc)):
            times = []
            for _ in range(args.repeats):
                started = time.perf_counter()
                reader(path)
                times.append(time.perf_counter() - started)
            best = statistics.median(times)
            print(f"{name:9} {best * 1000:8.1f} ms  {args.records / best:9.0f} records/s")


if __name__ == "__main__":
    main()
