"""The ``communique`` command: ``parse``, ``show`` and ``evaluate``.

* ``communique parse PATH...`` parses files, folders (recursively) and ``-`` (standard
  input) and writes JSON, JSON Lines, CSV or Markdown, in input order, streaming, optionally
  over several processes (``--jobs``).
* ``communique show FILE`` prints a readable view of one release; ``--html OUT.html``
  writes a page with every extracted field highlighted in the source text.
* ``communique evaluate DIR`` scores the parser against a folder of annotated releases; its
  arguments are declared here, its work is done by `communique.evaluate`, imported only
  when the subcommand runs.

Standard output carries results only; progress, failures and the summary go to standard
error. Exit status: 0 when everything parsed, 1 when any input failed, 2 for usage errors.
``docs/cli.md`` is the user guide.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import fnmatch
import importlib
import io
import json
import os
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO

import attrs

from . import __version__, registry
from .exceptions import CommuniqueError

if TYPE_CHECKING:
    from .batch import BatchInput
    from .models import PressRelease
    from .options import Options

# The parsing machinery (the batch runner, the records, the extraction steps behind them) is
# imported by the commands that run it, so that --version and --help stay instant.

__all__ = ["main"]

FORMATS = ("json", "jsonl", "csv", "markdown")

_RAW = argparse.RawDescriptionHelpFormatter

_MAIN_EPILOG = """\
examples:
  communique parse release.txt                 JSON of one release
  communique parse archive/ --format jsonl -o releases.jsonl --jobs 4
  communique show release.md --html view.html  see what was extracted
  communique <command> --help                  help on one command
"""

_PARSE_EPILOG = """\
examples:
  communique parse seeds/*.txt
  cat release.md | communique parse -
  communique parse archive/ --format jsonl -o releases.jsonl --jobs 4
  communique parse archive/ --include '*.md' --exclude 'drafts/*' --format csv -o table.csv
  communique parse release.txt --format markdown --strict

Folders are walked recursively in name order; hidden files and folders are skipped. Without
--include, a folder contributes the files whose extension an installed adapter reads. Files
named on the command line are always parsed. The exit status is 1 when any input failed.
"""

_SHOW_EPILOG = """\
examples:
  communique show release.txt
  communique show release.md --html release.html
  cat release.txt | communique show -
"""

_EVALUATE_EPILOG = """\
examples:
  communique evaluate ANNOTATED/                  the score table
  communique evaluate ANNOTATED/ --show-errors    and every mismatch
  communique evaluate ANNOTATED/ --json out.json  everything, per document, as JSON

Every document in a format an adapter reads (NNN.md, NNN.txt, NNN.html, NNN.xhtml, ...) is
scored against its gold NNN.json; files that cannot be paired are listed under the table.
The exit status is 1 when a document crashed, 2 when the folder cannot be evaluated.
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="communique",
        description="Turn French press releases into structured records.",
        epilog=_MAIN_EPILOG,
        formatter_class=_RAW,
    )
    parser.add_argument("--version", action="version", version=f"communique {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    parse_command = commands.add_parser(
        "parse",
        help="parse files and folders to JSON, JSON Lines, CSV or Markdown",
        description="Parse press releases; write one result per input, in input order.",
        epilog=_PARSE_EPILOG,
        formatter_class=_RAW,
    )
    parse_command.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders (walked recursively) or - for standard input",
    )
    parse_command.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help="json: one pretty document per input (default); jsonl: one line per release; "
        "csv: one row per release; markdown: a clean re-rendering",
    )
    parse_command.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    parse_command.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        default=1,
        metavar="N",
        help="parse in N processes (0: one per CPU); output order does not change",
    )
    parse_command.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, parse only files matching GLOB (repeatable; a GLOB with / matches "
        "the path below the folder, otherwise the file name)",
    )
    parse_command.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="in folders, skip files matching GLOB (repeatable; same matching as --include)",
    )
    parse_command.add_argument(
        "-q", "--quiet", action="store_true", help="no progress bar and no summary"
    )
    _add_parse_options(parse_command)

    show_command = commands.add_parser(
        "show",
        help="show what was extracted from one release",
        description="Print a readable view of one release, or write it as an HTML page with "
        "every extracted field highlighted in the source text.",
        epilog=_SHOW_EPILOG,
        formatter_class=_RAW,
    )
    show_command.add_argument("file", metavar="FILE", help="the release; - for standard input")
    show_command.add_argument(
        "--html", metavar="OUT.html", help="write a self-contained HTML page to OUT.html"
    )
    show_command.add_argument(
        "--explain",
        action="store_true",
        help="also say why each field chosen among candidates holds its value: the candidate "
        "chosen, its evidence and score, and the best one rejected",
    )
    _add_parse_options(show_command)

    evaluate_command = commands.add_parser(
        "evaluate",
        help="measure extraction accuracy against annotated releases",
        description="Score the parser against a folder of annotated releases (gold NNN.json\n"
        "files), field by field, at an exact and a loose tolerance.",
        epilog=_EVALUATE_EPILOG,
        formatter_class=_RAW,
    )
    add_evaluate_arguments(evaluate_command)
    return parser


def _add_parse_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--adapter",
        choices=registry.adapter_names(),
        help="force the input format instead of guessing it from content and extension",
    )
    command.add_argument(
        "--strict", action="store_true", help="treat warnings as failures of the input"
    )
    command.add_argument(
        "--reference-date",
        type=dt.date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="resolve year-less dates against this date",
    )


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs or os.cpu_count() or 1


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "evaluate":
            return _evaluate_command(args)
        if args.command == "show":
            return _show_command(args)
        return _parse_command(args)
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


def _options(args: argparse.Namespace) -> Options:
    from .options import Options

    return Options(adapter=args.adapter, strict=args.strict, reference_date=args.reference_date)


# -- parse -------------------------------------------------------------------------------


@attrs.frozen
class _Job:
    """One input and how to render it; crosses the process boundary, so it pickles."""

    item: BatchInput
    index: int
    options: Options
    format: str


@attrs.frozen
class _Done:
    """A rendered result (``text``) or a failure (``error``) for one input."""

    source: str
    text: str | None
    error: str | None


def _render_job(job: _Job) -> _Done:
    """Parse and render in the worker, so the main process only writes strings."""
    from .batch import parse_item
    from .records import to_record

    outcome = parse_item(job.item, job.options, job.index)
    if outcome.release is None:
        return _Done(outcome.source, None, outcome.error)
    release = outcome.release
    if job.format == "jsonl":
        text = json.dumps({"file": outcome.source, **release.to_dict()}, ensure_ascii=False)
        return _Done(outcome.source, text + "\n", None)
    if job.format == "json":
        record = {"file": outcome.source, **release.to_dict()}
        return _Done(outcome.source, json.dumps(record, ensure_ascii=False, indent=2) + "\n", None)
    if job.format == "csv":
        return _Done(outcome.source, _csv_line(to_record(release, outcome.source)), None)
    from .view import render_markdown

    return _Done(outcome.source, render_markdown(release), None)


def _csv_line(row: dict[str, object]) -> str:
    from .records import COLUMNS

    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["" if row[c] is None else row[c] for c in COLUMNS])
    return buffer.getvalue()


def _parse_command(args: argparse.Namespace) -> int:
    from .batch import ordered_map
    from .records import COLUMNS

    started = time.monotonic()
    options = _options(args)
    items: Iterable[BatchInput] = _inputs(args.paths, args.include, args.exclude)
    progress: _Progress | None = None
    if not args.quiet and sys.stderr.isatty():
        items = list(items)  # paths only: the total gives the progress bar its ETA
        progress = _Progress(len(items), sys.stderr)
    jobs = (_Job(item, index, options, args.format) for index, item in enumerate(items))
    report = _Report(progress)
    try:
        with _open_output(args.output) as out:
            if args.format == "csv":
                out.write(",".join(COLUMNS) + "\n")
            for done in ordered_map(_render_job, jobs, jobs=args.jobs):
                report.add(done)
                if done.text is not None:
                    if args.format == "markdown" and report.releases > 1:
                        out.write("\n---\n\n")
                    out.write(done.text)
    except BrokenPipeError:  # `communique parse … | head`: the reader has had enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- silence the final flush
        return 1
    except OSError as error:  # the output file cannot be written
        report.finish()
        print(f"communique: {error}", file=sys.stderr)
        return 1
    report.finish()
    if not args.quiet:
        elapsed = time.monotonic() - started
        print(report.summary(elapsed), file=sys.stderr)
    return 1 if report.failures else 0


class _open_output:  # lower case: used like open()
    """Standard output, or the file ``path`` (UTF-8), as a context manager."""

    def __init__(self, path: str | None) -> None:
        self._path = path
        self._file: TextIO | None = None

    def __enter__(self) -> IO[str]:
        if self._path is None or self._path == "-":
            return sys.stdout
        self._file = open(self._path, "w", encoding="utf-8")
        return self._file

    def __exit__(self, *exc: object) -> None:
        if self._file is not None:
            self._file.close()
        else:
            sys.stdout.flush()


# Web archives, read record by record (communique.warc.WARC_EXTENSIONS, written here so that
# the command imports the WARC reader only when it is given one).
_WARC_EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")


def _inputs(
    paths: Sequence[str], include: Sequence[str], exclude: Sequence[str]
) -> Iterator[BatchInput]:
    """Every input, lazily: ``-`` is read from stdin, folders are walked in name order."""
    extensions = None if include else registry.extensions()
    for name in paths:
        if name == "-":
            yield ("-", sys.stdin.buffer.read())
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path, include, exclude, extensions)
        elif name.lower().endswith(_WARC_EXTENSIONS) and path.is_file():
            from .warc import warc_inputs

            yield from warc_inputs(path)  # each HTML or PDF response, named by its URI
        else:
            yield path  # a missing file is reported by the batch, like any failure


def _walk(
    root: Path, include: Sequence[str], exclude: Sequence[str], extensions: frozenset[str] | None
) -> Iterator[Path]:
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for filename in sorted(filenames):
            if filename.startswith("."):
                continue
            path = Path(folder, filename)
            relative = path.relative_to(root).as_posix()
            if include and not _matches(relative, filename, include):
                continue
            if exclude and _matches(relative, filename, exclude):
                continue
            if extensions is not None and path.suffix.lower() not in extensions:
                continue
            yield path


def _matches(relative: str, filename: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatch(relative if "/" in p else filename, p) for p in patterns)


class _Report:
    """Counts, failure messages on stderr, and the progress bar."""

    def __init__(self, progress: _Progress | None) -> None:
        self.progress = progress
        self.files = 0
        self.releases = 0
        self.failures = 0

    def add(self, done: _Done) -> None:
        self.files += 1
        if done.error is None:
            self.releases += 1
        else:
            self.failures += 1
            if self.progress is not None:
                self.progress.clear()
            print(f"communique: {done.source}: {done.error}", file=sys.stderr)
        if self.progress is not None:
            self.progress.update(self.files)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.close()

    def summary(self, elapsed: float) -> str:
        rate = self.files / elapsed if elapsed > 0 else 0.0
        return (
            f"communique: {_plural(self.files, 'file')}, {_plural(self.releases, 'release')}, "
            f"{_plural(self.failures, 'failure')} in {elapsed:.1f} s ({rate:.1f} files/s)"
        )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


class _Progress:
    """A one-line progress bar: files done, percentage, rate and ETA, redrawn at most 10/s."""

    WIDTH = 28

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.started = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False

    def update(self, done: int, *, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        if done < self.total and now - self._drawn_at < 0.1:
            return
        self._drawn_at = now
        self.stream.write("\r" + self.line(done, now - self.started))
        self.stream.flush()
        self._shown = True

    def line(self, done: int, elapsed: float) -> str:
        """The bar for ``done`` files after ``elapsed`` seconds."""
        fraction = done / self.total if self.total else 1.0
        filled = round(fraction * self.WIDTH)
        rate = done / elapsed if elapsed > 0 else 0.0
        eta = _duration((self.total - done) / rate) if rate > 0 else "--:--"
        bar = "#" * filled + "." * (self.WIDTH - filled)
        return f"[{bar}] {done}/{self.total} files {fraction:4.0%}  {rate:.1f}/s  ETA {eta}"

    def clear(self) -> None:
        if self._shown:
            self.stream.write("\r\033[K")
            self._shown = False
            self._drawn_at = 0.0

    def close(self) -> None:
        if self._shown:
            self.stream.write("\n")
            self.stream.flush()
            self._shown = False


def _duration(seconds: float) -> str:
    minutes, secs = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


# -- show --------------------------------------------------------------------------------


def _show_command(args: argparse.Namespace) -> int:
    from .batch import parse_item
    from .view import render_html, render_terminal

    item: BatchInput = ("-", sys.stdin.buffer.read()) if args.file == "-" else Path(args.file)
    outcome = parse_item(item, _options(args))
    if outcome.release is None:
        print(f"communique: {outcome.source}: {outcome.error}", file=sys.stderr)
        return 1
    if args.html:
        try:
            Path(args.html).write_text(
                render_html(outcome.release, outcome.source), encoding="utf-8"
            )
        except OSError as error:
            print(f"communique: {error}", file=sys.stderr)
            return 1
        print(f"communique: wrote {args.html}", file=sys.stderr)
        return 0
    sys.stdout.write(render_terminal(outcome.release, outcome.source))
    if args.explain:
        sys.stdout.write(format_explanations(outcome.release))
    return 0


def format_explanations(release: PressRelease) -> str:
    """Why each explained field holds its value, one paragraph a field, for ``show --explain``."""
    lines = ["", "Why these values"]
    for explanation in release.explanations:
        lines.append(f"  {explanation.field} ({explanation.candidates} candidates)")
        for label, candidate in (
            ("chosen", explanation.chosen),
            ("rejected", explanation.rejected),
        ):
            if candidate is None:
                lines.append(f"    {label}: none")
                continue
            evidence = ", ".join(candidate.evidence) or "no evidence"
            lines.append(
                f"    {label}: {candidate.value!r} from {candidate.source}, "
                f"score {candidate.score:g} ({evidence})"
            )
    return "\n".join(lines) + "\n"


# -- evaluate ----------------------------------------------------------------------------


def add_evaluate_arguments(command: argparse.ArgumentParser) -> None:
    """The arguments of ``communique evaluate``: ``DIR``, ``--show-errors``, ``--json FILE``."""
    command.add_argument(
        "directory",
        metavar="DIR",
        type=Path,
        help="folder of documents, each beside its gold NNN.json",
    )
    command.add_argument(
        "--show-errors",
        action="store_true",
        help="list each mismatch as document, field, expected, got",
    )
    command.add_argument(
        "--json",
        metavar="FILE",
        type=Path,
        dest="json_file",
        help="write every score, crash, unpaired file and per-document result to FILE as JSON",
    )


def _evaluate_command(args: argparse.Namespace) -> int:
    try:
        evaluate = importlib.import_module("communique.evaluate")
    except ImportError as error:
        print(f"communique: evaluate is not available: {error}", file=sys.stderr)
        return 2
    try:
        status: int = evaluate.run(args)
    except CommuniqueError as error:
        print(f"communique: {error}", file=sys.stderr)
        return 1
    return status
