"""The body of ``communique evaluate``; its arguments are declared with the rest of the command
line, in `communique.cli`."""

from __future__ import annotations

import argparse
import json
import sys

from .render import format_errors, format_report
from .scoring import evaluate

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Evaluate ``args.directory``, print the report, write ``args.json_file`` if given.

    Prints the mismatches too when ``args.show_errors``. Returns 0, 1 when a document crashed,
    2 when the folder could not be evaluated or the JSON file could not be written.
    """
    try:
        report = evaluate(args.directory)
    except (OSError, ValueError) as error:
        print(f"communique evaluate: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(format_report(report))
    if args.show_errors:
        sys.stdout.write("\n" + format_errors(report))
    if args.json_file is not None:
        try:
            args.json_file.write_text(
                json.dumps(report.to_dict(), ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as error:
            print(f"communique evaluate: cannot write {args.json_file}: {error}", file=sys.stderr)
            return 2
    return 1 if report.crashes else 0
