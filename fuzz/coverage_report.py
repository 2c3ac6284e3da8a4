"""Branch coverage of ``src/communique`` reached by a fuzz campaign's corpus.

    python fuzz/coverage_report.py CORPUS_DIR             # every harness folder in it
    python fuzz/coverage_report.py CORPUS_DIR --only docx pdf --report coverage.txt

``fuzz/campaign.py --corpus CORPUS_DIR`` keeps, per harness, the inputs libFuzzer found
interesting (those that reached new branches). This replays each of them through the same
oracle as the harness (`tests.test_robustness.check_text` or `check_bytes`, without
atheris) twice: under coverage.py with branch measurement, then plainly, timing each input
(a hang is an input over ``--hang`` seconds, 2 by default, measured without the fuzzer's
instrumentation, which slows Python code about tenfold, and without coverage's tracing).
It prints the slowest inputs, the total branch coverage of the package and of its parsing
modules (the package without the command line, the evaluation, the batch runner and the
renderers, which no harness calls), and writes the per-file report to ``--report``. An
input the oracle fails on, or a hang, is counted and named, and the exit status is then 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Modules no harness calls: the command line, the evaluation, batches, views, records.
NOT_PARSING = ("*/cli.py", "*/evaluate/*", "*/batch.py", "*/view.py", "*/records.py",
               "*/testing.py", "*/__main__.py", "*/_fetch.py", "*/_outputs.py")  # fmt: skip
#: Inputs larger than this are skipped, as the harness skips them.
LARGEST_INPUT = 256 * 1024


def inputs(corpus: Path, only: list[str] | None) -> dict[str, list[Path]]:
    """Harness name -> the corpus files it replays."""
    from fuzz.targets import TARGETS

    found: dict[str, list[Path]] = {}
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        if folder.name in TARGETS and (not only or folder.name in only):
            found[folder.name] = [
                path for path in sorted(folder.iterdir()) if path.stat().st_size <= LARGEST_INPUT
            ]
    return found


def replay(found: dict[str, list[Path]], failures: list[str]) -> list[tuple[float, str]]:
    """Run every input through its harness's oracle; (seconds, name) of each."""
    from fuzz.targets import TARGETS
    from tests.test_robustness import check_bytes, check_text

    times: list[tuple[float, str]] = []
    for harness, paths in found.items():
        kind, adapter = TARGETS[harness]
        check: Callable[[bytes], None] = (
            (lambda data, a=adapter: check_text(data.decode("utf-8", errors="replace"), a))
            if kind == "text"
            else (lambda data, a=adapter: check_bytes(data, a))
        )
        for path in paths:
            data = path.read_bytes()
            started = time.perf_counter()
            try:
                check(data)
            except Exception as error:  # the oracle's failure: a finding
                failures.append(f"{path}: {type(error).__name__}: {error}"[:300])
            times.append((time.perf_counter() - started, f"{harness}/{path.name}"))
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--only", nargs="+", help="these harness folders")
    parser.add_argument("--report", type=Path, help="write the per-file report here")
    parser.add_argument("--hang", type=float, default=2.0, help="seconds that make a hang")
    args = parser.parse_args(argv)
    measure = coverage.Coverage(branch=True, source_pkgs=["communique"], data_file=None)
    measure.start()  # before the library is imported: its module code counts too
    found = inputs(args.corpus, args.only)
    print("inputs: " + ", ".join(f"{name} {len(paths):,}" for name, paths in found.items()))
    failures: list[str] = []
    replay(found, failures)
    measure.stop()
    times = sorted(replay(found, []), reverse=True)  # timed without coverage's tracing
    hangs = [(seconds, name) for seconds, name in times if seconds > args.hang]
    print("slowest inputs: " + ", ".join(f"{name} {seconds:.2f} s" for seconds, name in times[:5]))
    print(f"{len(hangs)} input(s) over {args.hang:g} s" + "".join(f"\n  {n}" for _, n in hangs))
    with open(args.report or "/dev/null", "w", encoding="utf-8") as report:
        total = measure.report(file=report, show_missing=False)
        parsing = measure.report(file=report, omit=list(NOT_PARSING), show_missing=False)
    print(f"coverage of src/communique (statements and branches): {total:.1f} %")
    print(f"coverage of its parsing modules (without {', '.join(NOT_PARSING)}): "
          f"{parsing:.1f} %")  # fmt: skip
    print(f"{len(failures)} input(s) the oracle failed on" + "".join(f"\n  {f}" for f in failures))
    return 1 if failures or hangs else 0


if __name__ == "__main__":
    raise SystemExit(main())
