"""The ``communique`` command.

``communique parse FILE...`` prints the JSON of each release (``-`` reads standard input).
Every file is parsed even when one fails; failures are reported on standard error and the
exit status is 1 when any file failed (2 for usage errors).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence

from . import __version__
from .api import parse, parse_file
from .exceptions import CommuniqueError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Turn French press releases into structured JSON.",
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)
    parse_command = commands.add_parser(
        "parse",
        help="parse files and print their JSON",
        description="Parse press releases and print one JSON document per input.",
        epilog="examples:\n  communique parse seeds/*.txt\n  cat release.md | communique parse -",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parse_command.add_argument(
        "files", nargs="+", metavar="FILE", help="files to parse; - for stdin"
    )
    parse_command.add_argument("--adapter", help="force the input format (text, markdown, …)")
    parse_command.add_argument("--strict", action="store_true", help="fail on warnings")
    parse_command.add_argument(
        "--reference-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="resolve year-less dates against this date",
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    return _parse_command(args)


def _parse_command(args: argparse.Namespace) -> int:
    failures = 0
    for name in args.files:
        try:
            if name == "-":
                release = parse(
                    sys.stdin.buffer.read(),
                    adapter=args.adapter,
                    strict=args.strict,
                    reference_date=args.reference_date,
                )
            else:
                release = parse_file(
                    name,
                    adapter=args.adapter,
                    strict=args.strict,
                    reference_date=args.reference_date,
                )
        except (CommuniqueError, OSError) as error:
            failures += 1
            print(f"communique: {name}: {error}", file=sys.stderr)
            continue
        record = {"file": name, **release.to_dict()}
        json.dump(record, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    return 1 if failures else 0
