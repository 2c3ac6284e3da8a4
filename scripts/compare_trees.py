"""Compare two source trees document by document on the labelled sets a rule is studied on.

    python scripts/compare_trees.py OLD_TREE                 # OLD_TREE/src against this tree
    python scripts/compare_trees.py OLD_TREE --sets DIR...   # other folders (default: dev and
                                                             # every tests/holdout*)
    python scripts/compare_trees.py OLD_TREE --quiet         # the failure counts only

A tree is a folder holding ``src/communique`` (``git archive REV src | tar -x -C /tmp/old``).
Each set is evaluated once per tree (``communique evaluate --json``, in parallel), then the
script prints, per field, how many documents fail it with each tree, and every document whose
result changed: ``FIXED``, ``BROKE`` or ``CHANGED`` (still wrong, otherwise). It is how a
change is checked before it lands: no document worse on any field, or a reason in the commit
message. The blind set is refused: it is measured in aggregate only (``docs/evaluation.md``).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"

#: document -> field -> (expected, got), for the fields a document fails
Failures = dict[str, dict[str, tuple[object, object]]]


def evaluate(tree: Path, sets: list[Path], out: Path) -> Failures:
    """Evaluate every set with ``tree``'s code; the failures of each document."""
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))

    def run(folder: Path) -> Path:
        report = out / f"{folder.name}.json"
        command = [sys.executable, "-m", "communique", "evaluate", str(folder), "--json"]
        subprocess.run([*command, str(report)], env=env, capture_output=True, check=False)
        return report

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        reports = list(pool.map(run, sets))
    failures: Failures = {}
    for report in reports:
        if not report.exists():
            continue
        for document in json.loads(report.read_text(encoding="utf-8"))["documents"]:
            failed: dict[str, tuple[object, object]] = {}
            if document["is_press_release"] != document["predicted_press_release"]:
                failed["classification"] = (
                    document["is_press_release"],
                    document["predicted_press_release"],
                )
            for field in document["fields"]:
                if field["exact"] < 1.0:
                    failed[field["field"]] = (field["expected"], field["got"])
            failures[f"{report.stem}/{document['document']}"] = failed
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("old", type=Path, help="the tree to compare with (holds src/)")
    parser.add_argument("--new", type=Path, default=ROOT, help="the new tree (default: this one)")
    parser.add_argument("--sets", type=Path, nargs="*", help="labelled folders to evaluate")
    parser.add_argument("--quiet", action="store_true", help="the failure counts only")
    args = parser.parse_args(argv)
    sets = args.sets or [DEV, *sorted(ROOT.glob("tests/holdout*"))]
    if any(folder.resolve().name == "blind" for folder in sets):
        print("the blind set is measured in aggregate only: not compared", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as work:
        old = evaluate(args.old, sets, Path(work) / "old")
        new = evaluate(args.new, sets, Path(work) / "new")
    counts = {name: collections.Counter(f for failed in tree.values() for f in failed)
              for name, tree in (("old", old), ("new", new))}  # fmt: skip
    print("documents failing each field, old -> new")
    for field in sorted(set(counts["old"]) | set(counts["new"])):
        print(f"  {field:16} {counts['old'][field]:5} -> {counts['new'][field]:5}")
    if args.quiet:
        return 0
    for document in sorted(set(old) | set(new)):
        before, after = old.get(document, {}), new.get(document, {})
        for field in sorted(set(before) | set(after)):
            if before.get(field) == after.get(field):
                continue
            tag = "FIXED" if field not in after else "BROKE" if field not in before else "CHANGED"
            expected = (before.get(field) or after[field])[0]
            print(f"{tag:7} {document} {field}: expected {str(expected)[:100]!r}")
            for name, result in (("old", before), ("new", after)):
                got = result[field][1] if field in result else "(right)"
                print(f"        {name}: {str(got)[:110]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
