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
import contextlib
import csv
import datetime as dt
import fnmatch
import functools
import importlib
import io
import json
import logging
import os
import sys
import time
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, TextIO

import attrs

from . import __version__, registry
from .exceptions import CommuniqueError

if TYPE_CHECKING:
    from .batch import BatchInput, BatchItem
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
        nargs="*",
        metavar="PATH",
        help="files, folders (walked recursively), http(s):// addresses (fetched), "
        "or - for standard input",
    )
    parse_command.add_argument(
        "--input-list",
        metavar="FILE",
        help="also parse the inputs listed in FILE, one a line (- reads the list from "
        "standard input: find archive -name '*.html' | communique parse --input-list -)",
    )
    parse_command.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        default="json",
        help="json: one JSON document, an array when there are several inputs (default); "
        "jsonl: one line per input, streaming; csv: one row per input; markdown: a clean "
        "re-rendering. A failed input is a record too, with its file and an error",
    )
    outputs = parse_command.add_mutually_exclusive_group()
    outputs.add_argument(
        "-o", "--output", metavar="FILE", help="write here instead of standard output"
    )
    outputs.add_argument(
        "--output-dir",
        metavar="DIR",
        help="write one file per input under DIR (created if missing), mirroring the input "
        "folders; nothing is ever written outside DIR",
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
        "--timeout",
        type=_seconds,
        default=DEFAULT_TIMEOUT,
        metavar="SECONDS",
        help=f"give up on an input after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit): "
        "it becomes a failure and the batch goes on",
    )
    parse_command.add_argument(
        "--max-input-bytes",
        type=_positive_bytes,
        metavar="N",
        help="refuse inputs larger than N bytes (default 20 MiB: 20,971,520)",
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
    talk = parse_command.add_mutually_exclusive_group()
    talk.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")
    talk.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also say which adapter read each input, and what the library logs "
        "(adapter fallbacks, skipped inputs)",
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


def _adapter_name(value: str) -> str:
    """An adapter's name, checked only when the option is given: listing the installed
    plug-ins reads every package's entry points, which `--help` and `--version` need not."""
    names = registry.adapter_names()
    if value not in names:
        raise argparse.ArgumentTypeError(
            f"unknown adapter {value!r}; choose from {', '.join(map(repr, sorted(names)))}"
        )
    return value


def _add_parse_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--adapter",
        type=_adapter_name,
        metavar="NAME",
        help="force the input format instead of guessing it from content and extension "
        "(text, markdown, html, docx, pdf, email, or an installed plug-in's name)",
    )
    command.add_argument(
        "--strict", action="store_true", help="treat warnings as failures of the input"
    )
    command.add_argument(
        "--reference-date",
        type=_date,
        metavar="YYYY-MM-DD",
        help="resolve year-less dates against this date",
    )


#: The default of --timeout: far above any real release, short enough to unstick a batch.
DEFAULT_TIMEOUT = 60.0


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if jobs < 0:
        raise argparse.ArgumentTypeError("must be 0 (one per CPU) or more")
    return jobs  # 0 is resolved by the batch, as parse_many(jobs=0) is


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not 0 <= seconds < float("inf"):
        raise argparse.ArgumentTypeError("must be a number of seconds, or 0 for no limit")
    return seconds


def _positive_bytes(value: str) -> int:
    try:
        count = int(value.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {value!r}") from None
    if count < 1:
        raise argparse.ArgumentTypeError("must be a positive number of bytes")
    return count


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError as error:
        # "month must be in 1..12" helps; "Invalid isoformat string: '…'" only repeats.
        reason = "" if str(error).startswith("Invalid isoformat") else f" ({error})"
        raise argparse.ArgumentTypeError(
            f"{value!r} is not a date{reason}; write it as YYYY-MM-DD, such as 2024-03-01"
        ) from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = _parser().parse_args(argv)
    if getattr(args, "verbose", False):
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("communique: %(message)s"))
        library = logging.getLogger("communique")
        library.addHandler(handler)
        library.setLevel(logging.INFO)
    try:
        if args.command == "evaluate":
            return _evaluate_command(args)
        if args.command == "show":
            return _show_command(args)
        return _parse_command(args)
    except _Usage as error:
        print(f"communique: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("communique: interrupted", file=sys.stderr)
        return 130


def _options(args: argparse.Namespace) -> Options:
    from .options import Options

    options = Options(adapter=args.adapter, strict=args.strict, reference_date=args.reference_date)
    limit = getattr(args, "max_input_bytes", None)  # parse has it, show does not
    return options if limit is None else attrs.evolve(options, max_input_bytes=limit)


# -- parse -------------------------------------------------------------------------------
#
# Every input yields exactly one output record, in input order: its release, or a row that
# names it and says why it failed (``{"file": …, "error": …}`` in JSON, the ``error``
# column in CSV, a quoted line in Markdown). Inputs are parsed and rendered in worker
# processes, which get the settings once; a worker that dies or an input past --timeout
# costs that input alone (see communique.batch).


@attrs.frozen
class _Address:
    """An ``http(s)://`` argument, fetched by the worker that parses it."""

    url: str


@attrs.frozen
class _Input:
    """One input as the command line names it, and its output file's name below
    ``--output-dir`` (``parts``, cleaned when written)."""

    item: BatchInput | _Address
    parts: tuple[str, ...]


@attrs.frozen
class _Settings:
    """What every input is parsed and rendered with: sent once to each worker."""

    options: Options
    format: str
    fetch_timeout: float


@attrs.frozen
class _Done:
    """The output record of one input (``text``), and what the report needs to know."""

    source: str
    text: str
    parts: tuple[str, ...]
    error: str | None = None
    adapter: str | None = None


def _render(settings: _Settings, task: tuple[int, _Input]) -> _Done:
    """Read, parse and render one input, in a worker: the main process only writes."""
    index, given = task
    outcome = _outcome(given.item, settings, index)
    if outcome.release is None:
        return _failure(settings, given, outcome.source, outcome.error or "failed")
    release = outcome.release
    if settings.format == "markdown":
        from .view import render_markdown

        text = render_markdown(release)
    elif settings.format == "csv":
        from .records import ERROR_COLUMN, to_record

        text = _csv_line({**to_record(release, outcome.source), ERROR_COLUMN: None})
    else:
        text = _record_text(settings.format, {"file": outcome.source, **release.to_dict()})
    return _Done(outcome.source, text, given.parts, adapter=release.adapter)


def _outcome(item: BatchInput | _Address, settings: _Settings, index: int) -> BatchItem:
    """``parse_item`` for the command line: addresses are fetched, and a size over the limit
    is told in the command's words before any reading."""
    from .batch import BatchItem, parse_item

    options = settings.options
    limit = options.max_input_bytes
    if isinstance(item, _Address):
        from ._fetch import FetchError, fetch

        try:
            page = fetch(item.url, max_bytes=limit, timeout=settings.fetch_timeout)
        except FetchError as error:
            return BatchItem(item.url, error=f"FetchError: {error}")
        options = attrs.evolve(options, media_type=page.media_type or None)
        return parse_item((item.url, page.data), options, index)
    if isinstance(item, tuple) and len(item[1]) > limit:  # standard input, read to limit + 1
        return BatchItem(
            item[0],
            error=f"InputTooLargeError: more than the limit of {limit:,} bytes; pass a larger "
            "--max-input-bytes N to read it",
        )
    if isinstance(item, Path):
        with contextlib.suppress(OSError):  # a missing file is the batch's to report
            size = item.stat().st_size
            if size > limit:
                return BatchItem(_input_name(item), error=_too_large(size, limit))
    return parse_item(item, options, index)


def _too_large(size: int, limit: int) -> str:
    return (
        f"InputTooLargeError: {size:,} bytes, over the limit of {limit:,}; "
        f"pass --max-input-bytes {size} (or more) to read it"
    )


def _failure(settings: _Settings, given: _Input, source: str, error: str) -> _Done:
    """The output record of an input that gave no release."""
    if settings.format == "markdown":
        text = f"> communique could not read this input: {error}\n"
    elif settings.format == "csv":
        from .records import COLUMNS, ERROR_COLUMN

        text = _csv_line({**dict.fromkeys(COLUMNS), "file": source, ERROR_COLUMN: error})
    else:
        text = _record_text(settings.format, {"file": source, "error": error})
    return _Done(source, text, given.parts, error=error)


def _lost(settings: _Settings, task: tuple[int, _Input], reason: str) -> _Done:
    """The record of an input whose worker died or ran out of time (``on_failure``)."""
    _, given = task
    if reason.startswith("TimeoutError:"):
        reason += " (--timeout SECONDS raises the limit, --timeout 0 removes it)"
    return _failure(settings, given, _input_name(given.item), reason)


def _input_name(item: BatchInput | _Address) -> str:
    if isinstance(item, _Address):
        return item.url
    if isinstance(item, tuple):
        return item[0]
    return str(os.fspath(item)) if isinstance(item, os.PathLike) else "<input>"


def _record_text(format: str, record: dict[str, object]) -> str:
    if format == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return json.dumps(record, ensure_ascii=False, indent=2)


#: What a spreadsheet reads as the start of a formula, and so runs (OWASP, CSV injection).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(value: object) -> object:
    """A CSV cell that no spreadsheet runs: text starting like a formula gets a ``'``."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def _csv_line(row: dict[str, object]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow([_csv_cell(row[c]) for c in _csv_columns()])
    return buffer.getvalue()


def _csv_columns() -> tuple[str, ...]:
    from .records import COLUMNS, ERROR_COLUMN

    return (*COLUMNS, ERROR_COLUMN)


_SUFFIXES = {"json": ".json", "jsonl": ".jsonl", "csv": ".csv", "markdown": ".md"}


class _Stream:
    """The records of every input as one document on one stream: a JSON array (or a lone
    object for one named file), JSON Lines, one CSV table, Markdown separated by rules."""

    def __init__(self, out: IO[str], format: str, *, many: bool) -> None:
        self.out = out
        self.format = format
        self.many = many
        self.count = 0
        if format == "csv":
            out.write(",".join(_csv_columns()) + "\n")
        elif format == "json" and many:
            out.write("[\n")

    def add(self, done: _Done) -> None:
        if self.format == "json":
            if self.many:
                self.out.write(",\n" if self.count else "")
            self.out.write(done.text)
        elif self.format == "markdown":
            if self.count:
                self.out.write("\n---\n\n")
            if self.many:  # which input the rendering is of, invisible once rendered
                self.out.write(f"<!-- file: {done.source.replace('--', '- -')} -->\n\n")
            self.out.write(done.text)
        else:
            self.out.write(done.text)
        self.count += 1

    def close(self) -> None:
        if self.format == "json":
            if self.many:
                self.out.write("\n]\n" if self.count else "]\n")
            elif self.count:
                self.out.write("\n")


def _file_text(format: str, done: _Done) -> str:
    """The content of ``done``'s own file under --output-dir."""
    if format == "csv":
        return ",".join(_csv_columns()) + "\n" + done.text
    return done.text + "\n" if format == "json" else done.text


class _Usage(Exception):
    """A mistake in the command line found after parsing it: exit status 2."""


def _parse_command(args: argparse.Namespace) -> int:
    started = time.monotonic()
    _check_parse_arguments(args)
    options = _options(args)
    settings = _Settings(options, args.format, fetch_timeout=args.timeout or 30.0)
    named = _named_inputs(args)
    many = args.input_list is not None or len(args.paths) != 1 or Path(args.paths[0]).is_dir()
    inputs: Iterable[_Input] = _inputs(named, args.include, args.exclude, options)
    progress: _Progress | None = None
    if not args.quiet and sys.stderr.isatty():
        inputs = list(inputs)  # names only: the total gives the progress bar its ETA
        progress = _Progress(len(inputs), sys.stderr)
    report = _Report(progress, verbose=args.verbose)
    from .batch import ordered_map

    results = ordered_map(
        functools.partial(_render, settings),
        enumerate(inputs),
        jobs=args.jobs,
        timeout=args.timeout or None,
        on_failure=functools.partial(_lost, settings),
    )
    try:
        if args.output_dir is not None:
            _write_files(results, args, report)
        else:
            with _open_output(args.output) as out:
                stream = _Stream(out, args.format, many=many)
                for done in results:
                    report.add(done)
                    stream.add(done)
                stream.close()
    except BrokenPipeError:  # `communique parse … | head`: the reader has had enough
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 -- silence the final flush
        return 1
    except OSError as error:  # the output cannot be written any more (disk full…)
        report.finish()
        print(f"communique: cannot write the output: {_os_reason(error)}", file=sys.stderr)
        return 1
    report.finish()
    if report.files == 0:
        print("communique: no input found: nothing was parsed", file=sys.stderr)
        return 1
    if not args.quiet:
        print(report.summary(time.monotonic() - started), file=sys.stderr)
    return 1 if report.failures else 0


def _check_parse_arguments(args: argparse.Namespace) -> None:
    """Mistakes argparse cannot see, found before any work (raises `_Usage`)."""
    if not args.paths and args.input_list is None:
        raise _Usage(
            "nothing to parse: name files, folders, http(s) addresses or - (standard input), "
            "or pass --input-list FILE"
        )
    if args.input_list == "-" and "-" in args.paths:
        raise _Usage("standard input cannot be both the --input-list and an input (-)")
    if args.input_list not in (None, "-") and not Path(args.input_list).is_file():
        raise _Usage(f"cannot read --input-list {args.input_list}: no such file")
    if args.output is not None and args.output != "-":
        target = Path(args.output)
        if target.is_dir():
            raise _Usage(
                f"-o {args.output} is a folder: -o names one file; to write one file per "
                f"input into a folder, pass --output-dir {args.output}"
            )
        if not target.parent.is_dir():
            raise _Usage(
                f"cannot write -o {args.output}: the folder {target.parent} does not exist"
            )
    if (
        args.output_dir is not None
        and Path(args.output_dir).exists()
        and not Path(args.output_dir).is_dir()
    ):
        raise _Usage(f"--output-dir {args.output_dir} exists and is not a folder")


def _nothing_in_folder(include: Sequence[str]) -> str:
    if include:
        return "no file matched " + " ".join(f"--include {p!r}" for p in include)
    return "no file that an adapter reads (pass --include GLOB to choose files)"


def _write_files(results: Iterable[_Done], args: argparse.Namespace, report: _Report) -> None:
    """One file per input under --output-dir, mirroring the input tree."""
    from ._outputs import OutputDir

    folder = OutputDir(args.output_dir)
    suffix = _SUFFIXES[args.format]
    for done in results:
        try:
            folder.write(done.parts, suffix, _file_text(args.format, done))
        except OSError as error:
            report.add(attrs.evolve(done, error=f"cannot write its output: {_os_reason(error)}"))
        else:
            report.add(done)


def _os_reason(error: OSError) -> str:
    if error.strerror and error.filename:
        return f"{error.filename}: {error.strerror}"
    return error.strerror or str(error)


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


def _named_inputs(args: argparse.Namespace) -> Iterator[str]:
    """The inputs named on the command line, then those of --input-list, lazily."""
    yield from args.paths
    if args.input_list is None:
        return
    if args.input_list == "-":
        lines: Iterable[str] = sys.stdin
        yield from (line.rstrip("\r\n") for line in lines if line.strip())
        return
    try:
        with open(args.input_list, encoding="utf-8", errors="surrogateescape") as file:
            yield from (line.rstrip("\r\n") for line in file if line.strip())
    except OSError as error:
        raise _Usage(f"cannot read --input-list {args.input_list}: {_os_reason(error)}") from None


# Web archives, read record by record (communique.warc.WARC_EXTENSIONS, written here so that
# the command imports the WARC reader only when it is given one).
_WARC_EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")


def _inputs(
    names: Iterable[str], include: Sequence[str], exclude: Sequence[str], options: Options
) -> Iterator[_Input]:
    """Every input, lazily: ``-`` is read from stdin, folders are walked in name order, a
    web archive gives its records, ``http(s)://`` addresses are left for a worker to fetch."""
    from ._fetch import is_url

    extensions = None if include else registry.extensions()
    for name in names:
        if name == "-":
            data = sys.stdin.buffer.read(options.max_input_bytes + 1)
            yield _Input(("-", data), ("stdin",))
        elif is_url(name):
            yield _Input(_Address(name), _url_parts(name))
        elif name.lower().endswith(_WARC_EXTENSIONS) and Path(name).is_file():
            from .warc import warc_inputs

            for uri, body in warc_inputs(name):  # each HTML or PDF response, named by its URI
                parts = _url_parts(uri) if "://" in uri else (Path(name).name, uri)
                yield _Input((uri, body), parts)
        elif Path(name).is_dir():
            found = 0
            for path in _walk(Path(name), include, exclude, extensions):
                found += 1
                yield _Input(path, path.relative_to(name).parts)
            if not found:
                print(f"communique: {name}: {_nothing_in_folder(include)}", file=sys.stderr)
        else:
            # a missing file is reported by the batch, like any failure
            yield _Input(Path(name), (Path(name).name or "input",))


def _url_parts(url: str) -> tuple[str, ...]:
    split = urllib.parse.urlsplit(url)
    path = [part for part in split.path.split("/") if part] or ["index"]
    if split.query:
        path[-1] += "_" + split.query
    return (split.netloc or "address", *path)


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

    def __init__(self, progress: _Progress | None, *, verbose: bool = False) -> None:
        self.progress = progress
        self.verbose = verbose
        self.files = 0
        self.releases = 0
        self.failures = 0
        self.timeouts = 0
        self.deaths = 0

    def add(self, done: _Done) -> None:
        self.files += 1
        if done.error is None:
            self.releases += 1
            if self.verbose:
                self._say(f"communique: {done.source}: parsed ({done.adapter})")
        else:
            self.failures += 1
            self.timeouts += done.error.startswith("TimeoutError:")
            self.deaths += done.error.startswith("WorkerError:")
            self._say(f"communique: {done.source}: {done.error}")
        if self.progress is not None:
            self.progress.update(self.files)

    def _say(self, line: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        print(line, file=sys.stderr)

    def finish(self) -> None:
        if self.progress is not None:
            self.progress.close()

    def summary(self, elapsed: float) -> str:
        rate = self.files / elapsed if elapsed > 0 else 0.0
        causes = [
            f"{self.timeouts} timed out" if self.timeouts else "",
            f"{self.deaths} killed a worker" if self.deaths else "",
        ]
        detail = f" ({', '.join(c for c in causes if c)})" if any(causes) else ""
        return (
            f"communique: {_plural(self.files, 'file')}, {_plural(self.releases, 'release')}, "
            f"{_plural(self.failures, 'failure')}{detail} in {elapsed:.1f} s "
            f"({rate:.1f} files/s)"
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
    from .view import render_html, render_terminal

    item: BatchInput = ("-", sys.stdin.buffer.read()) if args.file == "-" else Path(args.file)
    from .batch import parse_item

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
