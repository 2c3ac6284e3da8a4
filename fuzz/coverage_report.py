"""Branch coverage of ``src/communique`` reached by a fuzz campaign's corpus.

    python fuzz/coverage_report.py CORPUS_DIR             # every harness folder in it
    python fuzz/coverage_report.py CORPUS_DIR --only docx pdf --report coverage.txt

``fuzz/campaign.py --corpus CORPUS_DIR`` keeps, per harness, the inputs libFuzzer found
interesting (those that reached new branches). This replays each of them through the same
oracle as the harness (:func:`tests.test_robustness.check_text` or :func:`check_bytes`,
without atheris) under coverage.py with branch measurement, then prints the total branch
coverage of the package and of its parsing modules (the package without the command line,
the evaluation, the batch runner and the renderers, which no harness calls), and writes the
per-file report to ``--report``. An input the oracle fails on is counted and named: the
campaign should have saved it already.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import coverage

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

#: Modules no harness calls: the command line, the evaluation, batches, views, records.
NOT_PARSING = ("*/cli.py", "*/evaluate/*", "*/batch.py", "*/view.py", "*/records.py",
               "*/testing.py", "*/__main__.py", "*/_fetch.py", "*/_outputs.py")  # fmt: skip
#: Inputs larger than this are skipped, as the harness skips them.
LARGEST_INPUT = 256 * 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--only", nargs="+", help="these harness folders")
    parser.add_argument("--report", type=Path, help="write the per-file report here")
    args = parser.parse_args(argv)
    measure = coverage.Coverage(branch=True, source_pkgs=["communique"], data_file=None)
    measure.start()
    from fuzz.targets import TARGETS
    from tests.test_robustness import check_bytes, check_text

    failures: list[str] = []
    counts: dict[str, int] = {}
    for folder in sorted(p for p in args.corpus.iterdir() if p.is_dir()):
        if folder.name not in TARGETS or (args.only and folder.name not in args.only):
            continue
        kind, adapter = TARGETS[folder.name]
        counts[folder.name] = 0
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            if len(data) > LARGEST_INPUT:
                continue
            counts[folder.name] += 1
            try:
                if kind == "text":
                    check_text(data.decode("utf-8", errors="replace"), adapter)
                else:
                    check_bytes(data, adapter)
            except Exception as error:  # the oracle's failure: a finding
                failures.append(f"{path}: {type(error).__name__}: {error}"[:300])
    measure.stop()
    print("inputs replayed: " + ", ".join(f"{name} {n:,}" for name, n in counts.items()))
    with open(args.report or "/dev/null", "w", encoding="utf-8") as report:
        total = measure.report(file=report, show_missing=False)
        parsing = measure.report(file=report, omit=list(NOT_PARSING), show_missing=False)
    print(f"branch coverage of src/communique: {total:.1f} %")
    print(f"branch coverage of its parsing modules (without {', '.join(NOT_PARSING)}): "
          f"{parsing:.1f} %")  # fmt: skip
    print(f"{len(failures)} input(s) the oracle failed on" + "".join(f"\n  {f}" for f in failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
