"""Re-measure one labelled set and pin its accuracy floors in ``tests/accuracy_floors.json``.

    python scripts/pin_floors.py floors ../shared/corpus/dev            # print, change nothing
    python scripts/pin_floors.py floors ../shared/corpus/dev --write    # rewrite that entry

The first argument is the entry of the floors file (``floors``, ``blind_floors``,
``holdout_floors``…), the second the folder to evaluate. Every figure is rounded *down* to two
decimals, the rule of ``docs/evaluation.md``. Only aggregate figures are printed, so the script
is safe to run on the blind set. Lowering a floor still needs a reason in the commit message:
the script prints every figure that would fall, so the commit can say why.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

from communique.evaluate import evaluate

FLOORS_FILE = Path(__file__).resolve().parents[1] / "tests" / "accuracy_floors.json"


def rounded_down(value: float) -> float:
    """``value`` rounded down to two decimals (0.8789 → 0.87; 1.0 stays 1.0)."""
    return math.floor(value * 100 + 1e-9) / 100


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("entry", help="entry of the floors file, e.g. floors or blind_floors")
    parser.add_argument("directory", type=Path, help="the labelled folder to evaluate")
    parser.add_argument("--write", action="store_true", help="rewrite the entry in the file")
    args = parser.parse_args(argv)

    report = evaluate(args.directory)
    if report.crashes:
        print(f"{len(report.crashes)} documents crash: fix them before pinning", file=sys.stderr)
        return 1
    if report.unpaired:
        print(
            f"{len(report.unpaired)} files cannot be paired with a gold: pair them before pinning",
            file=sys.stderr,
        )
        return 1
    formats = ", ".join(f"{n} {suffix}" for suffix, n in report.documents_by_format().items())
    print(f"{len(report.documents)} documents ({formats})")
    measured = {
        field: {measure: rounded_down(value) for measure, value in measures.items()}
        for field, measures in report.scores().items()
    }
    data = json.loads(FLOORS_FILE.read_text(encoding="utf-8"))
    previous = data.get(args.entry, {})
    for field, measures in measured.items():
        for measure, value in measures.items():
            old = previous.get(field, {}).get(measure)
            change = "" if old is None or old == value else f"  (was {old:.2f})"
            falls = "  FALLS" if old is not None and value < old else ""
            print(f"{field:16} {measure:9} {value:.2f}{change}{falls}")
    if args.write:
        data[args.entry] = measured
        FLOORS_FILE.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", "utf-8")
        print(f"wrote {args.entry} to {FLOORS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
