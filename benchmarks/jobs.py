"""Throughput of ``communique parse --jobs N`` over a folder: how much a second worker buys.

    python benchmarks/jobs.py                       # 3000 generated releases, --jobs 1 and 2
    python benchmarks/jobs.py --count 6000 --repeats 5 --jobs 1 2 4
    python benchmarks/jobs.py --folder ../shared/corpus/dev

Each setting runs the installed command (``python -m communique parse FOLDER --format jsonl
-o /dev/null -q``) ``--repeats`` times, alternating settings so that a change in the
machine's load falls on all of them; the table gives releases per second (best and median)
and the ratio of each setting's best to ``--jobs 1``'s best. The corpus is written by
``benchmarks/make_corpus.py`` unless ``--folder`` is given. The machine, its CPUs and load,
Python and the date are printed with the figures. Not a test: run it on a quiet machine.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(folder: Path, jobs: int, extra: list[str]) -> float:
    """Seconds one ``communique parse`` of ``folder`` with ``--jobs jobs`` takes."""
    command = [sys.executable, "-m", "communique", "parse", str(folder), "--format", "jsonl",
               "-o", os.devnull, "-q", "--jobs", str(jobs), *extra]  # fmt: skip
    started = time.perf_counter()
    subprocess.run(command, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=3000, help="generated releases")
    parser.add_argument("--folder", type=Path, help="parse this folder instead")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("extra", nargs="*", help="more options for communique parse (after --)")
    args = parser.parse_args(argv)
    folder = args.folder
    if folder is None:
        folder = Path(tempfile.mkdtemp(prefix="communique-jobs-"))
        make = [sys.executable, str(ROOT / "benchmarks" / "make_corpus.py"), str(folder)]
        subprocess.run([*make, "--count", str(args.count)], check=True, stdout=subprocess.DEVNULL)
    files = sum(1 for p in folder.rglob("*") if p.is_file())
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC · {platform.node()} · "
          f"{os.cpu_count()} CPUs · load {os.getloadavg()[0]:.2f} · Python "
          f"{platform.python_version()} · {files} files in {folder}")  # fmt: skip
    times: dict[int, list[float]] = {jobs: [] for jobs in args.jobs}
    for _ in range(args.repeats):
        for jobs in args.jobs:
            times[jobs].append(run(folder, jobs, args.extra))
    base = files / min(times[args.jobs[0]])
    print(f"{'setting':<10} {'best/s':>8} {'median/s':>9} {'ratio':>6}   runs (s)")
    for jobs, seconds in times.items():
        best, median = files / min(seconds), files / statistics.median(seconds)
        runs = " ".join(f"{s:.2f}" for s in seconds)
        print(f"--jobs {jobs:<3} {best:>8.0f} {median:>9.0f} {best / base:>6.2f}   {runs}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
