"""How long ``parse()`` takes on inputs crafted to be slow, each under 100 kB.

The aim (docs/robustness.md): every input under 100 kB parses in under 0.5 s on one core.
The inputs are the slow ones of issue 19 and the worst forms of each work limit: DOCX parts
that unpack to megabytes, a footer named by thousands of relationships, a body of empty
paragraphs, PDF pages sharing one content stream, a content-stream bomb, many distinct pages,
front matter that PyYAML finds hard, an e-mail carrying a DOCX bomb, and plain text dense in
contact cues. Built by ``tests/crafted.py``.

Usage::

    python benchmarks/worst_cases.py                # median of 5 runs after a warm-up
    python benchmarks/worst_cases.py --repeat 1 --limit 60   # stop any one parse after 60 s

The process is pinned to one core where the system allows it. The output gives the machine,
the date, the versions read, and per input its size, median time and the diagnostics that
record a limit. No test times anything: run this by hand after changing an adapter or a limit.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import os
import platform
import signal
import statistics
import sys
import time
import zipfile
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402
from tests import crafted  # noqa: E402

import communique  # noqa: E402

TARGET_SECONDS = 0.5
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx_members(members: dict[str, str]) -> bytes:
    import io

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def docx_footer_named_many_times(times: int = 3000) -> bytes:
    rels = "".join(
        f'<Relationship Id="r{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        f'relationships/footer" Target="footer1.xml"/>'
        for i in range(times)
    )
    footer = "<w:p><w:r><w:t>Contact presse : Jeanne Dupont 01 02 03 04 05</w:t></w:r></w:p>"
    return _docx_members(
        {
            "word/document.xml": f"<w:document {_W}><w:body><w:p><w:r><w:t>Titre</w:t></w:r>"
            "</w:p></w:body></w:document>",
            "word/_rels/document.xml.rels": '<Relationships xmlns="http://schemas.'
            f'openxmlformats.org/package/2006/relationships">{rels}</Relationships>',
            "word/footer1.xml": f"<w:ftr {_W}>{footer * 12_000}</w:ftr>",
        }
    )


def _under_the_ratio(element: str, unpacked: int) -> str:
    """``element`` repeated to ``unpacked`` bytes, with a scrambled attribute every 120
    elements so that the part compresses 100 to 200 times: under ``docx.MAX_RATIO``."""
    filler = []
    size = 0
    number = 0
    while size < unpacked:
        chunk = element * 120 + f'<w:bookmarkEnd w:id="{number * 2654435761 % 2**32:08X}"/>'
        filler.append(chunk)
        size += len(chunk)
        number += 1
    return "".join(filler)


def docx_empty_paragraphs(unpacked: int = 4_000_000) -> bytes:
    body = _under_the_ratio("<w:p/>", unpacked)
    return _docx_members(
        {"word/document.xml": f"<w:document {_W}><w:body>{body}</w:body></w:document>"}
    )


def docx_one_paragraph_of_runs(unpacked: int = 4_000_000) -> bytes:
    runs = _under_the_ratio("<w:r><w:t>x</w:t></w:r>", unpacked)
    return _docx_members(
        {"word/document.xml": f"<w:document {_W}><w:body><w:p>{runs}</w:p></w:body></w:document>"}
    )


def pdf_distinct_pages(budget: int = 95_000) -> bytes:
    pages = []
    size = 0
    number = 0
    while size < budget:
        lines = [f"Page {number} ligne {n} : contact presse 01 02 03 04 {n:02d}" for n in range(20)]
        page = crafted.text_page(lines)
        pages.append(page)
        size += len(page) + 200
        number += 1
    return crafted.pdf(pages)


def pdf_content_bomb(unpacked: int = 20_000_000) -> bytes:
    line = b"(Contact presse : Jeanne Dupont 01 02 03 04 05) ' "
    content = b"BT /F1 10 Tf 12 TL 40 800 Td " + line * (unpacked // len(line)) + b" ET"
    return crafted.pdf([content], deflate=1)


def yaml_hard_front_matter() -> str:
    keys = "\n".join(f"cle{n}: [{', '.join(['valeur'] * 8)}]" for n in range(180))
    return f"---\n{keys}\n---\n\n# La médiathèque ouvre\n\nTexte du communiqué.\n"


def yaml_laughs() -> str:
    lines = ["a: &a [" + ", ".join(["x"] * 10) + "]"]
    for p, c in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{c}: &{c} [" + ", ".join([f"*{p}"] * 10) + "]")
    return "---\n" + "\n".join(lines) + "\ncontact: *i\ntitle: *i\n---\n\nTexte.\n"


def email_with_docx_bomb() -> str:
    attachment = base64.encodebytes(crafted.docx_with_big_parts(parts=10, unpacked=1_000_000))
    return (
        "From: Service presse <presse@ville.example>\nTo: redaction@journal.example\n"
        "Subject: Communiqué\nDate: Tue, 4 Feb 2025 09:30:00 +0100\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="XX"\n\n--XX\n'
        "Content-Type: text/plain; charset=utf-8\n\nVeuillez trouver le communiqué ci-joint.\n"
        "\n--XX\nContent-Type: application/vnd.openxmlformats-officedocument."
        'wordprocessingml.document\nContent-Disposition: attachment; filename="cp.docx"\n'
        f"Content-Transfer-Encoding: base64\n\n{attachment.decode()}\n--XX--\n"
    )


def contact_lines(size: int = 99_000) -> str:
    line = "Contact presse : Jeanne Dupont 01 02 03 04 05\n\n"
    return line * (size // len(line))


CASES: dict[str, Callable[[], str | bytes]] = {
    "docx: 2 footers of 1 MB each (issue 19)": lambda: crafted.docx_with_big_parts(2, 1_000_000),
    "docx: 24 footers of 1 MB each": lambda: crafted.docx_with_big_parts(24, 1_000_000),
    "docx: a 1 MB footer named 3000 times": docx_footer_named_many_times,
    "docx: 4 MB of empty paragraphs": docx_empty_paragraphs,
    "docx: one paragraph of 4 MB of runs": docx_one_paragraph_of_runs,
    "pdf: 100 pages sharing a stream (issue 19)": lambda: crafted.pdf_sharing_one_stream(100),
    "pdf: distinct pages up to 95 kB": pdf_distinct_pages,
    "pdf: a 20 MB content stream deflated": pdf_content_bomb,
    "pdf: 1,000 pages in an object stream": lambda: crafted.pdf_of_packed_pages(1000),
    "pdf: 9,500 pages in an object stream": lambda: crafted.pdf_of_packed_pages(9500),
    "markdown: 180 keys of flow lists": yaml_hard_front_matter,
    "markdown: YAML billion laughs": yaml_laughs,
    "email: a DOCX bomb attached": email_with_docx_bomb,
    "text: 99 kB of contact lines": contact_lines,
}


class _TooLong(Exception):
    pass


def _alarm(signum: int, frame: object) -> None:
    raise _TooLong


def time_case(data: str | bytes, repeat: int, limit: int) -> tuple[float | None, str]:
    """The median time of ``repeat`` parses (``None`` past ``limit`` seconds) and the
    codes of the diagnostics that record a limit or an unreadable part."""
    times = []
    note = ""
    for _ in range(repeat):
        signal.alarm(limit)
        started = time.perf_counter()
        try:
            release = communique.parse(data)
            note = ", ".join(
                sorted(
                    {
                        d.code
                        for d in release.diagnostics
                        if d.code in ("limit-reached", "unreadable-part", "invalid-front-matter")
                    }
                )
            )
        except communique.CommuniqueError as error:
            note = f"{type(error).__name__}: {str(error)[:60]}"
        except _TooLong:
            return None, f"stopped after {limit} s"
        except Exception as error:  # an older version, measured for comparison, may crash
            return None, f"crashed: {type(error).__name__}: {str(error)[:50]}"
        finally:
            signal.alarm(0)
        times.append(time.perf_counter() - started)
    return statistics.median(times), note


def machine() -> str:
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{model}, {os.cpu_count()} logical CPUs, {platform.system()} {platform.release()}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="parses per input (median)")
    parser.add_argument("--limit", type=int, default=120, help="seconds before a parse stops")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGALRM, _alarm)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "pure Python"
    print(f"machine: {machine()}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "?"
    print(
        f"date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC; one core; median of "
        f"{args.repeat}; load average before the run {load}"
    )
    print(
        f"python {platform.python_version()}, communique {communique.__version__}, "
        f"pypdf {version('pypdf')}, lxml {version('lxml')}, PyYAML {version('PyYAML')} ({libyaml})"
    )
    communique.parse("Paris, le 3 mars 2025\n\n# Échauffement\n\nTexte.")  # imports, caches
    slowest = 0.0
    for name, build in CASES.items():
        data = build()
        seconds, note = time_case(data, args.repeat, args.limit)
        shown = f"{seconds:7.3f} s" if seconds is not None else "    n/a  "
        print(f"{name:44} {len(data):>7,} B  {shown}  {note}")
        slowest = max(slowest, seconds if seconds is not None else float("inf"))
    verdict = "met" if slowest < TARGET_SECONDS else "NOT met"
    print(f"slowest: {slowest:.3f} s; target {TARGET_SECONDS} s {verdict}")
    return 0 if slowest < TARGET_SECONDS else 1


if __name__ == "__main__":
    raise SystemExit(main())
