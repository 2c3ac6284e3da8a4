"""How fast ``communique.parse()`` is, measured against markdown-it-py alone.

For each input (the two seed releases, and variants of them: CRLF line endings, no-break
spaces, the text ten times longer), the script times ``parse()`` and, in the same run, the
time markdown-it-py needs only to tokenise the same text with the configuration the Markdown
adapter uses. Each figure is the median of ``--repeats`` runs of ``--number`` iterations;
parsing and tokenising are timed in alternation, and the ratio of each input is the median of
the per-run ratios. The summary lines divide total times over the inputs.

The ratio ``parse / tokenise`` says how much work the library does beyond reading the
Markdown: extraction must stay a small multiple of tokenising, never a re-scan per field.

Usage::

    python benchmarks/bench.py                 # 7 repeats of 50 iterations
    python benchmarks/bench.py --repeats 11 --number 200
    python benchmarks/bench.py --profile       # cProfile of parse() on the seeds, top 25

No test times anything: this script is run by hand and its figures go in
``docs/performance.md``.
"""

from __future__ import annotations

import argparse
import cProfile
import platform
import pstats
import statistics
import sys
import timeit
from pathlib import Path

from markdown_it import MarkdownIt

import communique

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# The same parser configuration as communique.adapters.markdown.
_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable("table")


def inputs(with_variants: bool) -> dict[str, str]:
    """Name -> text of every input to time."""
    texts = {path.name: path.read_text(encoding="utf-8") for path in SEEDS}
    if not with_variants:
        return texts
    variants: dict[str, str] = {}
    for name, text in texts.items():
        stem = name.removesuffix(".txt")
        variants[f"{stem}+crlf"] = text.replace("\n", "\r\n")
        variants[f"{stem}+nbsp"] = text.replace(" :", "\N{NARROW NO-BREAK SPACE}:")
        # A long release: the body repeated, the header and contacts once.
        head, _, tail = text.partition("\n\n")
        variants[f"{stem}x10"] = head + "\n\n" + "\n\n".join([tail] * 10)
    return texts | variants


def measure(text: str, repeats: int, number: int) -> tuple[float, float, float]:
    """Median seconds per call of ``parse()`` and of tokenising, and the median ratio.

    The two are timed in alternation, run after run, so that a machine busy with something
    else slows both alike and the ratio stays meaningful.
    """
    parse_runs: list[float] = []
    tokenise_runs: list[float] = []
    for _ in range(repeats):
        parse_runs.append(timeit.timeit(lambda: communique.parse(text), number=number) / number)
        tokenise_runs.append(timeit.timeit(lambda: _MARKDOWN.parse(text), number=number) / number)
    ratios = [p / t for p, t in zip(parse_runs, tokenise_runs, strict=True)]
    return (
        statistics.median(parse_runs),
        statistics.median(tokenise_runs),
        statistics.median(ratios),
    )


def profile(texts: dict[str, str], number: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(number):
        for text in texts.values():
            communique.parse(text)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=7, help="runs per figure (median)")
    parser.add_argument("--number", type=int, default=50, help="iterations per run")
    parser.add_argument("--seeds-only", action="store_true", help="skip the generated variants")
    parser.add_argument("--profile", action="store_true", help="print a cProfile report")
    args = parser.parse_args(argv)

    texts = inputs(with_variants=not args.seeds_only)
    if args.profile:
        profile(texts, args.number)
        return 0

    print(
        f"communique {communique.__version__}, Python {platform.python_version()} "
        f"({platform.python_implementation()}), {platform.machine()}"
    )
    print(f"median of {args.repeats} runs x {args.number} iterations\n")
    columns = ("input", "chars", "parse ms", "rel/s", "tokenise ms", "ratio")
    header = "{:<30} {:>7} {:>9} {:>8} {:>12} {:>6}".format(*columns)
    print(header)
    print("-" * len(header))
    results: dict[str, tuple[float, float]] = {}
    for name, text in texts.items():
        communique.parse(text)  # warm up: lazy imports, regex compilation
        parse_s, tokenise_s, ratio = measure(text, args.repeats, args.number)
        results[name] = (parse_s, tokenise_s)
        print(
            f"{name:<30} {len(text):>7} {parse_s * 1e3:>9.3f} {1 / parse_s:>8.0f} "
            f"{tokenise_s * 1e3:>12.3f} {ratio:>6.1f}"
        )
    print("-" * len(header))
    for label, names in (
        ("the seeds", [p.name for p in SEEDS]),
        ("all inputs", list(results)),
    ):
        parse_total = sum(results[n][0] for n in names)
        tokenise_total = sum(results[n][1] for n in names)
        print(
            f"{label}: parse() runs at {len(names) / parse_total:.0f} releases/s and takes "
            f"{parse_total / tokenise_total:.1f}x the time markdown-it-py alone needs to "
            "tokenise the same text"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
