"""Every speed figure the project publishes, in one command (issue 16's table and more).

Sections (``--only`` picks some, comma-separated):

``throughput``
    For each corpus, in one run, repeat after repeat: ``parse()`` over every text and Markdown
    release, then markdown-it-py tokenising the same texts (the Markdown adapter's
    configuration); ``parse()`` over every HTML page, then lxml parsing the same bytes (the
    HTML adapter's parser) and trafilatura's ``bare_extraction(with_metadata=True)`` when it
    is installed. Documents per second and the ratios, median and spread (min–max) over the
    repeats; each ratio is taken within one repeat, so a busy machine slows both sides alike.
``import``
    ``import communique``, ``from communique import parse``, ``communique --version`` and
    ``communique --help``, each in a fresh interpreter, minus the interpreter's own start-up.
``scaling``
    One ``parse()`` of a release grown to 1 KB, 10 KB … 10 MB, for every adapter, each size in
    a fresh process: microseconds per KB, the best of the repeats (flat when linear; a single
    parse on a shared machine can lose a time slice to another process), and the peak
    resident memory the parse added, as a multiple of the input's size.
``batch``
    ``communique parse DIR --format jsonl --jobs N`` over the generated folder: releases per
    second and the peak resident memory of the largest process.
``stages``
    The share of ``parse()`` time each stage takes (loading, choosing the adapter, segmenting,
    each extraction step, building the result).
``stream`` (``--stream N``)
    ``N`` parses in one process, the resident memory at ten checkpoints: flat when nothing
    accumulates.

Corpora: ``built`` is made here (``benchmarks/make_corpus.py`` releases, and the same
releases as web pages with navigation, header and footer), ``repository`` is the seeds and the
hold-out sets of ``tests/``, and every ``--corpus DIR`` (default: ``../shared/corpus/dev``
beside the checkout, when present) is read as it is (``.txt``, ``.md``, ``.html``, ``.xhtml``).

Usage::

    python benchmarks/bench.py                       # everything, 5 repeats
    python benchmarks/bench.py --quick               # 3 repeats, scaling up to 1 MB
    python benchmarks/bench.py --only throughput,import --corpus DIR
    python benchmarks/bench.py --stream 100000       # and the long stream
    python benchmarks/bench.py --profile text        # cProfile of parse() (text, html)

The output is Markdown; ``docs/performance.md`` and ``docs/scaling.md`` quote it. The process
is pinned to one core where the system allows (not the batch section). No test times
anything: this is run by hand.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import json
import os
import platform
import pstats
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_corpus  # noqa: E402

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
SECTIONS = ("throughput", "stages", "import", "scaling", "batch", "stream")

Document = tuple[str, bytes]  # (file name, content)


# -- the machine ---------------------------------------------------------------------------------


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def machine() -> list[str]:
    """Where and when the figures were taken, and with what."""
    import lxml.etree
    import yaml

    import communique

    load = " ".join(f"{x:.1f}" for x in os.getloadavg())
    libxml2 = ".".join(map(str, lxml.etree.LIBXML_VERSION))
    libyaml = "with libyaml" if getattr(yaml, "__with_libyaml__", False) else "pure Python"
    return [
        f"- date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- machine: {_cpu()}, {os.cpu_count()} CPUs, {platform.system()} "
        f"{platform.release()}, load average {load} at the start",
        f"- Python {platform.python_version()} ({platform.python_implementation()})",
        f"- communique {communique.__version__} (from {Path(communique.__file__).parent}), "
        f"markdown-it-py {_version('markdown-it-py')}, lxml {_version('lxml')} "
        f"(libxml2 {libxml2}), PyYAML {_version('PyYAML')} ({libyaml}), "
        f"trafilatura {_version('trafilatura')}",
    ]


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            return "pinned to one core"
        except OSError:
            pass
    return "not pinned"


# -- corpora -------------------------------------------------------------------------------------

_NAV = (
    '<header class="site-header"><a href="/">Accueil</a> <nav><ul><li><a href="/actu">'
    'Actualités</a></li><li><a href="/presse">Espace presse</a></li></ul></nav></header>'
)
_FOOTER = (
    '<footer><p>© Région – <a href="/mentions">Mentions légales</a></p>'
    '<div class="share-buttons"><a href="#">Partager</a></div></footer>'
)


def as_web_page(text: str) -> str:
    """A generated release as a press-room page: chrome around an ``<article>``."""
    from html import escape

    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    first, *rest = paragraphs
    body = "".join(
        "<p>" + "<br>".join(escape(line.lstrip("#*_ ")) for line in p.split("\n")) + "</p>"
        for p in rest
    )
    title = escape(first.split("\n")[0].strip("#*_ "))
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">'
        f"<title>{title} | Espace presse</title>"
        '<meta name="viewport" content="width=device-width"></head><body>'
        f"{_NAV}<main><article><h1>{title}</h1>{body}</article></main>"
        '<aside class="related"><h2>À lire aussi</h2><ul><li><a href="/a">Autre '
        f"communiqué</a></li></ul></aside>{_FOOTER}</body></html>"
    )


def built_corpus(count: int) -> list[Document]:
    releases = make_corpus.make(count, seed=2024)
    docs = [(name, text.encode("utf-8")) for name, text in releases]
    docs += [
        (f"page-{n:05d}.html", as_web_page(text).encode("utf-8"))
        for n, (_, text) in enumerate(releases[: max(count // 3, 1)])
    ]
    return docs


def folder_corpus(folders: Sequence[Path]) -> list[Document]:
    docs = []
    for folder in folders:
        for path in sorted(folder.iterdir()):
            if path.suffix.lower() in (*TEXT_SUFFIXES, *HTML_SUFFIXES) and path.is_file():
                docs.append((path.name, path.read_bytes()))
    return docs


def corpora(args: argparse.Namespace) -> dict[str, list[Document]]:
    found = {
        "built": built_corpus(args.count),
        "repository": folder_corpus(
            [ROOT / "seeds", *sorted(p for p in (ROOT / "tests").glob("holdout*") if p.is_dir())]
        ),
    }
    for folder in args.corpus:
        found[folder.name if folder.name != "dev" else "corpus dev"] = folder_corpus([folder])
    return {name: docs for name, docs in found.items() if docs}


def _split(docs: list[Document]) -> tuple[list[Document], list[Document]]:
    text = [d for d in docs if d[0].lower().endswith(TEXT_SUFFIXES)]
    pages = [d for d in docs if d[0].lower().endswith(HTML_SUFFIXES)]
    return text, pages


# -- statistics ----------------------------------------------------------------------------------


def spread(values: Sequence[float], digits: int = 2) -> str:
    """``median (min–max)``."""
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{mid:.{digits}f} ({low:.{digits}f}–{high:.{digits}f})"


def _clock(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


# -- throughput ----------------------------------------------------------------------------------


def throughput(corpus: dict[str, list[Document]], repeats: int) -> list[str]:
    from lxml import etree
    from lxml.html import HTMLParser
    from markdown_it import MarkdownIt

    import communique

    markdown = MarkdownIt("commonmark", {"html": True}).enable("table")
    try:
        import trafilatura
    except ImportError:
        trafilatura = None

    def lxml_parse(data: bytes) -> object:
        parser = HTMLParser(  # type: ignore[call-arg]
            no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
        )
        return etree.fromstring(data, parser)

    lines = [
        "| corpus | documents | `parse()` documents/s | ÷ markdown-it-py tokenise "
        "| ÷ lxml parse | ÷ trafilatura `bare_extraction` |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name, docs in corpus.items():
        text_docs, pages = _split(docs)
        for label, group in (("text and Markdown", text_docs), ("HTML", pages)):
            if not group:
                continue
            sides: dict[str, Callable[[str, bytes, str], object]] = {
                "parse": lambda f, d, _t: communique.parse(d, filename=f)
            }
            if label == "HTML":
                sides["lxml"] = lambda _f, d, _t: lxml_parse(d)
                if trafilatura is not None:
                    sides["trafilatura"] = lambda _f, d, _t: trafilatura.bare_extraction(
                        d, with_metadata=True
                    )
            else:
                sides["tokenise"] = lambda _f, _d, t: markdown.parse(t)
            items = [(f, d, d.decode("utf-8", "replace")) for f, d in group]
            for item in items:  # warm up: imports, lazy tables, regex caches
                for side in sides.values():
                    side(*item)
            rates: list[float] = []
            ratios: dict[str, list[float]] = {"tokenise": [], "lxml": [], "trafilatura": []}
            for _ in range(repeats):
                # Document by document, each side in turn: a busy machine slows all alike.
                spent = dict.fromkeys(sides, 0.0)
                for item in items:
                    for side, work in sides.items():
                        spent[side] += _clock(lambda w=work, i=item: w(*i))  # type: ignore[misc]
                rates.append(len(group) / spent["parse"])
                for side in sides.keys() - {"parse"}:
                    ratios[side].append(spent["parse"] / spent[side])
            cells = [spread(ratios[k]) + "×" if ratios[k] else "—" for k in ratios]
            lines.append(
                f"| {name}, {label} | {len(group)} | {spread(rates, 0)} | "
                + " | ".join(cells)
                + " |"
            )
    return lines


# -- stages -------------------------------------------------------------------------------------


def stages(corpus: dict[str, list[Document]], repeats: int) -> list[str]:
    """The share of ``parse()`` time each stage takes: loading, choosing the adapter,
    segmenting, each extraction step, building the result (timed by wrapping each)."""
    import importlib

    import communique

    api = importlib.import_module("communique.api")
    extract = importlib.import_module("communique.extract")
    spent: dict[str, float] = {}

    def timed(name: str, work: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **keywords: object) -> object:
            start = time.perf_counter()
            try:
                return work(*args, **keywords)
            finally:
                spent[name] = spent.get(name, 0.0) + time.perf_counter() - start

        return run

    originals = (api.load, api._segment, api.registry.select, extract.build)
    steps = extract.DEFAULT_STEPS
    api.load = timed("load", api.load)
    api._segment = timed("segment (adapter)", api._segment)
    api.registry.select = timed("select adapter", api.registry.select)
    extract.build = timed("build result", extract.build)
    extract.DEFAULT_STEPS = type(steps)(tuple((n, timed(n, f)) for n, f in steps))
    lines = ["| stage | text and Markdown | HTML |", "|---|---:|---:|"]
    shares: dict[str, dict[str, float]] = {}
    try:
        for label, pick in (("text and Markdown", 0), ("HTML", 1)):
            docs = [d for group in corpus.values() for d in _split(group)[pick]]
            for name, data in docs:  # warm up: the first parse's imports are no stage's
                communique.parse(data, filename=name)
            spent.clear()
            total = 0.0
            for _ in range(repeats):
                for name, data in docs:
                    start = time.perf_counter()
                    communique.parse(data, filename=name)
                    total += time.perf_counter() - start
            shares[label] = {stage: value / total for stage, value in spent.items()}
    finally:
        api.load, api._segment, api.registry.select, extract.build = originals
        extract.DEFAULT_STEPS = steps
    order = sorted(shares["text and Markdown"], key=lambda k: -shares["text and Markdown"][k])
    for stage in order:
        cells = [f"{shares[label].get(stage, 0.0) * 100:.0f} %" for label in shares]
        lines.append(f"| {stage} | " + " | ".join(cells) + " |")
    return lines


# -- import time ---------------------------------------------------------------------------------


def _run_seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def import_times(repeats: int) -> list[str]:
    python = sys.executable
    cases = {
        "`import communique`": [python, "-c", "import communique"],
        "`from communique import parse`": [python, "-c", "from communique import parse"],
        "`communique --version`": [python, "-m", "communique", "--version"],
        "`communique --help`": [python, "-m", "communique", "--help"],
        "first `parse()` (imports, adapters, tables)": [
            python,
            "-c",
            "import communique; communique.parse('Paris, le 1er mars 2005\\n\\nTitre\\n')",
        ],
    }
    bare = [python, "-c", "pass"]
    runs: dict[str, list[float]] = {case: [] for case in cases}
    for _ in range(max(repeats, 5)):
        for case, command in cases.items():
            # Each measure minus a bare interpreter started just before it.
            runs[case].append((_run_seconds(command) - _run_seconds(bare)) * 1000)
    lines = ["| command | ms beyond the interpreter's start-up |", "|---|---:|"]
    lines += [f"| {case} | {spread(values, 0)} |" for case, values in runs.items()]
    return lines


# -- scaling and memory --------------------------------------------------------------------------

_CHILD = r"""
import json, sys, time
import communique
path, filename, repeats = sys.argv[1], sys.argv[2], int(sys.argv[3])
data = open(path, "rb").read()
options = communique.Options(max_input_bytes=64 * 2**20)
communique.parse("Paris, le 1er mars 2005\n\nUn titre\n")  # imports, tables

def status(field):
    with open("/proc/self/status") as lines:
        for line in lines:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024

def reset_peak():
    # The peak resident memory from now on (Linux >= 4.0): the process's own peak so far,
    # and pages the system reclaimed since, would otherwise blur what one parse adds.
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
    except OSError:
        pass

times, added = [], []
for _ in range(repeats):
    reset_peak()
    before = status("VmRSS")
    start = time.perf_counter()
    release = communique.parse(data, filename=filename, options=options)
    times.append(time.perf_counter() - start)
    added.append(status("VmHWM") - before)
    del release
# The first parse's memory: later ones reuse what the allocator kept from it.
print(json.dumps({"seconds": min(times), "added": max(added[0], 0)}))
"""


def _docx(paragraphs: list[str]) -> bytes:
    sys.path.insert(0, str(ROOT))
    from tests import crafted

    escaped = tuple(p.replace("&", "&amp;").replace("<", "&lt;") for p in paragraphs)
    return crafted.docx(escaped, compression=zipfile.ZIP_STORED)  # its size is its XML


def _pdf(paragraphs: list[str]) -> bytes:
    sys.path.insert(0, str(ROOT))
    from tests import crafted

    lines = [p[i : i + 90] for p in paragraphs for i in range(0, len(p), 90)]
    latin = [line.encode("latin-1", "replace").decode("latin-1") for line in lines]
    escaped = [x.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for x in latin]
    pages = [crafted.text_page(escaped[i : i + 60]) for i in range(0, len(escaped), 60)]
    return crafted.pdf(pages or [crafted.text_page(["vide"])])


def grown(adapter: str, size: int) -> tuple[str, bytes]:
    """A release of about ``size`` bytes for ``adapter``: the header and contacts once, the
    body repeated."""
    rng = random.Random(size)
    paragraphs = [p for p in make_corpus.from_template(rng).split("\n\n") if p.strip()]
    body = list(make_corpus.SENTENCES)
    while sum(len(p) + 2 for p in paragraphs) < size:
        paragraphs.insert(-1, " ".join(rng.sample(body, 3)))
    text = "\n\n".join(paragraphs)[:size] + "\n"
    if adapter == "text":
        return "release.txt", text.encode()
    if adapter == "markdown":
        marked = text.replace("Communiqué de presse", "*Communiqué de presse*", 1)
        return "release.md", ("---\ntitle: Un communiqué\n---\n\n" + marked).encode()
    if adapter == "html":
        return "release.html", as_web_page(text).encode()
    if adapter == "email":
        header = "From: presse@exemple.fr\nSubject: Communiqué\nContent-Type: text/plain; "
        return "release.eml", (header + 'charset="utf-8"\n\n' + text).encode()
    if adapter == "docx":
        return "release.docx", _docx(text.split("\n"))
    return "release.pdf", _pdf(text.split("\n"))


def scaling(sizes: Sequence[int], repeats: int) -> list[str]:
    adapters = ("text", "markdown", "html", "email", "docx", "pdf")
    lines = [
        "| adapter | " + " | ".join(_size(s) for s in sizes) + " | peak memory added ÷ input |",
        "|---|" + "---:|" * (len(sizes) + 1),
    ]
    with tempfile.TemporaryDirectory() as folder:
        for adapter in adapters:
            cells, memory = [], []
            for size in sizes:
                name, data = grown(adapter, size)
                path = Path(folder) / name
                path.write_bytes(data)
                runs = repeats if size < 1_000_000 else 2 if size < 10_000_000 else 1
                done = subprocess.run(
                    [sys.executable, "-c", _CHILD, str(path), name, str(runs)],
                    check=False,
                    capture_output=True,
                    text=True,
                )
                if done.returncode:  # past a reading limit: the error's class says which
                    error = done.stderr.strip().splitlines()[-1].split(":")[0]
                    cells.append("refused: " + error.rsplit(".", 1)[-1])
                    continue
                result = json.loads(done.stdout)
                cells.append(f"{result['seconds'] * 1e6 / (len(data) / 1000):.0f}")
                if size >= 1_000_000:
                    memory.append(f"{result['added'] / len(data):.0f}× at {_size(size)}")
            lines.append(f"| {adapter} | " + " | ".join(cells) + f" | {', '.join(memory)} |")
    return lines


def _size(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1000} KB"


# -- batch and stream ----------------------------------------------------------------------------


# The command line, reporting at its exit the peak resident memory of its own process and of
# its workers (the peak of a process forked from this script would count this script's own).
_BATCH = r"""
import resource, sys
from communique.cli import main
try:
    code = main(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        own = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    sys.stderr.write(f"PEAK-KB {max(own, workers)}\n")
sys.exit(code)
"""


def batch(count: int, repeats: int) -> list[str]:
    lines = ["| command | releases/s | peak RSS, largest process |", "|---|---:|---:|"]
    with tempfile.TemporaryDirectory() as folder:
        for name, text in make_corpus.make(count, seed=2024):
            path = Path(folder) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text.encode("utf-8"))
        for jobs in (1, 2):
            rates, peaks = [], []
            for _ in range(repeats):
                command = [sys.executable, "-c", _BATCH, "parse", folder, "--format", "jsonl"]
                command += ["-o", os.devnull, "--jobs", str(jobs)]
                start = time.perf_counter()
                done = subprocess.run(command, capture_output=True, text=True, check=True)
                rates.append(count / (time.perf_counter() - start))
                peak = done.stderr.rsplit("PEAK-KB ", 1)[-1].split()[0]
                peaks.append(int(peak) / 1024)
            lines.append(
                f"| `communique parse` {count} files `--jobs {jobs}` | {spread(rates, 0)} "
                f"| {statistics.median(peaks):.0f} MB |"
            )
    return lines


def stream(total: int) -> list[str]:
    import communique

    docs = built_corpus(300)
    checkpoints = {total * k // 10 for k in range(1, 11)}
    lines = ["| documents parsed | resident memory |", "|---:|---:|"]
    for number in range(1, total + 1):
        name, data = docs[number % len(docs)]
        communique.parse(data, filename=name)
        if number in checkpoints:
            with open("/proc/self/statm") as statm:
                rss = int(statm.read().split()[1]) * resource.getpagesize()
            lines.append(f"| {number:,} | {rss / 2**20:.1f} MB |")
    return lines


# -- profile -------------------------------------------------------------------------------------


def profile(corpus: dict[str, list[Document]], kind: str, repeats: int) -> None:
    import communique

    docs = [d for docs in corpus.values() for d in _split(docs)[kind == "html"]]
    for name, data in docs:
        communique.parse(data, filename=name)
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeats):
        for name, data in docs:
            communique.parse(data, filename=name)
    profiler.disable()
    print(f"{len(docs)} documents x {repeats}")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


# -- main ----------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=5, help="runs per figure (default 5)")
    parser.add_argument("--quick", action="store_true", help="3 repeats, sizes up to 1 MB")
    parser.add_argument("--only", default=",".join(SECTIONS[:-1]), help="sections to run")
    parser.add_argument("--count", type=int, default=300, help="releases in the built corpus")
    parser.add_argument("--batch-count", type=int, default=3000, help="files for `batch`")
    parser.add_argument(
        "--stream", type=int, default=0, help="documents for `stream` (20,000 with --only stream)"
    )
    parser.add_argument("--corpus", type=Path, action="append", default=None, metavar="DIR")
    parser.add_argument("--profile", choices=("text", "html"), help="print a cProfile report")
    args = parser.parse_args(argv)
    if args.corpus is None:
        default = ROOT.parent / "shared" / "corpus" / "dev"
        args.corpus = [default] if default.is_dir() else []
    repeats = 3 if args.quick else args.repeats
    sizes = [s for s in SIZES if s <= 1_000_000] if args.quick else list(SIZES)
    sections = [s.strip() for s in args.only.split(",") if s.strip()]
    if args.stream and "stream" not in sections:
        sections.append("stream")
    if "stream" in sections and not args.stream:
        args.stream = 20_000

    if args.profile:
        profile(corpora(args), args.profile, repeats)
        return 0
    print("## Machine\n")
    print("\n".join(machine()))
    print(f"- {repeats} repeats; {pin_to_one_core()} (except `batch`)\n", flush=True)
    if "throughput" in sections:
        corpus = corpora(args)
        counts = ", ".join(f"{name}: {len(docs)}" for name, docs in corpus.items())
        print(f"## Throughput, one core ({counts} documents)\n")
        print("\n".join(throughput(corpus, repeats)) + "\n", flush=True)
    if "stages" in sections:
        print("## Where the time goes: share of parse() time per stage, all corpora\n")
        print("\n".join(stages(corpora(args), repeats)) + "\n", flush=True)
    if "import" in sections:
        print("## Import time\n")
        print("\n".join(import_times(repeats)) + "\n", flush=True)
    if "scaling" in sections:
        print("## Scaling: µs per KB of input, best of the repeats, in a fresh process\n")
        print("\n".join(scaling(sizes, repeats)) + "\n", flush=True)
    if "batch" in sections:
        if hasattr(os, "sched_setaffinity"):
            os.sched_setaffinity(0, range(os.cpu_count() or 1))
        print("## Batch: the command line over a folder\n")
        print("\n".join(batch(args.batch_count, max(repeats // 2, 1))) + "\n", flush=True)
    if "stream" in sections:
        print(f"## Stream: {args.stream:,} parses in one process\n")
        print("\n".join(stream(args.stream)) + "\n", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
