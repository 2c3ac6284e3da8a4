"""Memory of parsing: peak RSS of one ``parse()`` at 1 MB and 10 MB per adapter, and RSS over a
long stream of documents.

    python benchmarks/memory.py                      # both parts
    python benchmarks/memory.py --sizes 1 --adapters text html
    python benchmarks/memory.py --stream 100000      # only the stream, 100,000 documents

Part one builds, for every adapter, an input of about each ``--sizes`` megabytes (a long
French release rendered by ``tests/renderers.py``: plain text, Markdown, an HTML page, an
e-mail, a Word file, a PDF; the Word file and the PDF reach the larger size with an attached
image, as real ones do, since their text is bounded by the adapters' limits), then parses it in
a fresh interpreter and reports the growth of its peak RSS (``VmHWM``, not ``ru_maxrss``,
which Linux carries over from the parent process) over the RSS it held with the library
imported and the input read, and
that growth as a multiple of the input's size. Part two parses ``--stream`` small releases
one after another in one process (``parse_many`` over a generator, nothing kept) and prints
its RSS every tenth of the way: a flat line means nothing leaks.

Not a test: the figures depend on the machine; it prints the machine and the date with them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ADAPTERS = ("text", "markdown", "html", "email", "docx", "pdf")
MB = 1024 * 1024

PARAGRAPH = (
    "Le conseil municipal de {city} a adopté le {n}e programme de rénovation des équipements "
    "sportifs : la piscine, deux gymnases et le stade seront remis aux normes d'ici à 2026, "
    "pour un montant de {n} 500 000 euros, dont un tiers financé par la région."
)
CITIES = ("Lyon", "Rennes", "Nantes", "Lille", "Brest", "Dijon", "Metz")


def release_markdown(size: int) -> str:
    """A Markdown release of about ``size`` characters."""
    head = (
        "Communiqué de presse\n\nLyon, le 4 mars 2024\n\n"
        "# La métropole rénove ses équipements sportifs\n\n"
        "*Un programme de six ans pour la piscine, les gymnases et le stade.*\n\n"
    )
    tail = "\n\nContact presse : Claire Martin – claire.martin@lyon.example – 04 72 00 00 00\n"
    parts = [head]
    length = len(head) + len(tail)
    n = 0
    while length < size:
        paragraph = PARAGRAPH.format(city=CITIES[n % len(CITIES)], n=n)
        if n % 12 == 11:
            paragraph = f"## Étape {n // 12 + 1}\n\n{paragraph}"
        parts.append(paragraph + "\n\n")
        length += len(paragraph) + 2
        n += 1
    return "".join(parts) + tail


def build(adapter: str, size: int) -> bytes:
    """An input of about ``size`` bytes for ``adapter``."""
    from tests.renderers import to_docx, to_eml, to_html, to_pdf, to_text

    from communique.adapters.markdown import MarkdownAdapter
    from communique.source import load

    if adapter in ("docx", "pdf"):
        text_size = min(size, 300_000 if adapter == "docx" else 60_000)
    else:
        text_size = {"html": size * 3 // 4, "email": size * 9 // 20}.get(adapter, size)
    markdown = release_markdown(text_size)
    if adapter == "markdown":
        return markdown.encode("utf-8")
    document = MarkdownAdapter().segment(load(markdown, max_input_bytes=10**9))
    if adapter == "text":
        data = to_text(document).encode("utf-8")
    elif adapter == "html":
        data = to_html(document, title="La métropole rénove").encode("utf-8")
    elif adapter == "email":
        data = to_eml(document, subject="Communiqué : équipements sportifs").encode("utf-8")
    elif adapter == "docx":
        data = _with_image(to_docx(document), size)
    else:
        data = _pdf_with_image(to_pdf(document), size)
    return data


def _with_image(docx: bytes, size: int) -> bytes:
    """The Word file with an incompressible image that brings it to ``size`` bytes."""
    import io
    import zipfile

    missing = size - len(docx)
    if missing <= 0:
        return docx
    buffer = io.BytesIO(docx)
    with zipfile.ZipFile(buffer, "a", zipfile.ZIP_STORED) as archive:
        archive.writestr("word/media/image1.png", os.urandom(missing))
    return buffer.getvalue()


def _pdf_with_image(pdf: bytes, size: int) -> bytes:
    """The PDF with an incompressible attached file (as a scanned annex) up to ``size``."""
    import io

    from pypdf import PdfReader, PdfWriter

    missing = size - len(pdf)
    if missing <= 0:
        return pdf
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.add_attachment("annexe.bin", os.urandom(missing))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _peak(adapter: str, path: Path, warm_up: Path) -> dict[str, object]:
    """Parse ``path`` in a fresh interpreter, after a small input of the same kind (so that
    every module the adapter imports is loaded); its peak RSS growth and time."""
    code = f"""
import json, time
from pathlib import Path
from communique import parse, Options
parse(Path({str(warm_up)!r}).read_bytes(), options=Options(adapter={adapter!r}))
data = Path({str(path)!r}).read_bytes()
def status_kb(field):
    with open("/proc/self/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith(field + ":"))
before = status_kb("VmRSS")
started = time.perf_counter()
try:
    release = parse(data, options=Options(adapter={adapter!r}, max_input_bytes=10**9))
    cut = {{d.code for d in release.diagnostics if d.code in ("limit-reached", "unreadable-part")}}
    outcome = f"{{len(release.text):,}} chars, " + (",".join(sorted(cut)) or "read whole")
except Exception as error:
    outcome = type(error).__name__ + ": " + str(error)[:80]
seconds = time.perf_counter() - started
after = status_kb("VmHWM")
print(json.dumps(dict(before_kb=before, after_kb=after, seconds=seconds, outcome=outcome)))
"""
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1] if done.stderr else "failed"}
    result: dict[str, object] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def peaks(adapters: list[str], sizes: list[float]) -> None:
    print(f"{'adapter':<9} {'input':>9} {'peak growth':>12} {'× input':>8} {'time':>7}   outcome")
    folder = Path(tempfile.mkdtemp(prefix="communique-memory-"))
    for adapter in adapters:
        warm_up = folder / f"{adapter}-small"
        warm_up.write_bytes(build(adapter, 20_000))
        for megabytes in sizes:
            data = build(adapter, int(megabytes * MB))
            path = folder / f"{adapter}-{megabytes:g}MB"
            path.write_bytes(data)
            result = _peak(adapter, path, warm_up)
            if "error" in result:
                print(f"{adapter:<9} {len(data) / MB:>7.2f}MB   failed: {result['error']}")
                continue
            growth = (int(str(result["after_kb"])) - int(str(result["before_kb"]))) * 1024
            print(
                f"{adapter:<9} {len(data) / MB:>7.2f}MB {growth / MB:>10.1f}MB "
                f"{growth / len(data):>7.1f}× {float(str(result['seconds'])):>6.2f}s   "
                f"{result['outcome']}",
                flush=True,
            )


def stream(count: int) -> None:
    """Parse ``count`` small releases one after another; RSS every tenth of the way."""
    from tests.batch_fixtures import release_text

    from communique import parse_many

    def rss_mb() -> float:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / MB

    step = max(count // 10, 1)
    started = time.perf_counter()
    texts = (release_text(n) for n in range(count))
    print(f"stream of {count:,} releases (parse_many, jobs=1): RSS in MB every {step:,}")
    marks = []
    for done, item in enumerate(parse_many(texts, strings="texts"), 1):
        assert item.ok, item.error
        if done % step == 0:
            marks.append(rss_mb())
            print(
                f"  {done:>9,}: {marks[-1]:.1f} MB  ({time.perf_counter() - started:.0f} s)",
                flush=True,
            )
    with open("/proc/self/status") as status:
        peak = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    print(
        f"RSS from the first tenth to the end: {marks[0]:.1f} → {marks[-1]:.1f} MB "
        f"(+{marks[-1] - marks[0]:.1f}); peak {peak:.1f} MB"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--adapters", nargs="+", default=list(ADAPTERS), choices=ADAPTERS)
    parser.add_argument("--sizes", nargs="+", type=float, default=[1, 10], help="megabytes")
    parser.add_argument("--stream", type=int, default=0, help="documents in the stream (0: skip)")
    parser.add_argument("--peaks", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    print(
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {platform.node()} · "
        f"{os.cpu_count()} CPUs · load {os.getloadavg()[0]:.2f} · "
        f"Python {platform.python_version()}"
    )
    if args.peaks:
        peaks(args.adapters, args.sizes)
    if args.stream:
        stream(args.stream)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
