"""communique beside the tools a user would pick instead, on labelled corpora.

The same labelled documents (``NNN.md``, ``.txt``, ``.html``, ``.htm``, ``.xhtml`` beside their
gold ``NNN.json``, the format of ``docs/evaluation.md``) go through every system below, each
fed as its users would feed it, and every system is scored by the same rules:

=====================  ==============================================================  ========
system                 call                                                            reads
=====================  ==============================================================  ========
communique             ``communique.parse(data, filename=name)``                       the file
htmldate 1.11          ``htmldate.find_date(html, extensive_search=True)``             HTML
trafilatura 2.x        ``trafilatura.bare_extraction(html, with_metadata=True)``       HTML
dateparser 1.5         ``dateparser.search.search_dates(text[:1500], languages=["fr"],  text
                       settings=...)``, the first date found
first line, first      :func:`naive_baseline`, written here                            text
French date
=====================  ==============================================================  ========

Feeding (:func:`html_input`, :func:`text_input`):

* **HTML tools** get an HTML page as the document's bytes, untouched; Markdown rendered to HTML
  by markdown-it-py's CommonMark preset (YAML front matter stays in the text, as the renderer
  leaves it); plain text wrapped one ``<p>`` per paragraph (paragraphs are separated by blank
  lines; the lines of a paragraph stay lines, joined by ``<br>``). Rendered pages are a minimal
  ``<html lang="fr">`` with a UTF-8 ``<meta charset>`` and no ``<title>``.
* **Text tools** get plain text and Markdown as decoded (UTF-8, else Windows-1252), and an
  HTML page as the text of its ``<body>`` (scripts and styles dropped, one line per block).
* **dateparser** searches the first 1,500 characters of that text with its own search
  (``search_dates``), French only, for complete dates: ``REQUIRE_PARTS`` day, month and year
  (a bare year or month is not a release date), ``PARSERS`` absolute dates and custom formats
  only (a relative date such as ``hier`` would be resolved against today's clock), day before
  month (``DATE_ORDER: DMY``). Its first result is its release date.

Scoring, with the project's own normalisations and token F1 (``communique.evaluate``):

* Only press releases (gold ``is_press_release: true``) are scored, as in ``communique
  evaluate``. A gold ``null`` is right only when the system gives nothing.
* **release date**: the ISO date, by equality. **false dates**: among the press releases whose
  gold date is ``null``, how many got a date anyway. Negatives (documents that are not press
  releases) are not counted: their gold date is ``null`` by labelling practice even when the
  page carries a publication date, so a date found there is not necessarily false.
* **headline**: exact after :func:`communique.evaluate.normalise_exact`, and the mean token F1
  (:func:`communique.evaluate.token_f1`). trafilatura's ``title`` is its headline.
* **issuers**: set F1 after ``normalise_exact``, micro-averaged over the releases whose gold
  issuer list is not empty. trafilatura's ``author`` (split at ``;``) and ``sitename`` are its
  issuers.
* **doc type**, **place** (the dateline's): exact; only communique reads them.
* A field a system does not produce is ``—``. A system that raises on a document scores as if
  it had returned nothing there, and the error is counted.
* **ms/doc**: the mean wall time from the document's bytes to the system's answer, feeding
  included (rendering Markdown, wrapping text, reading an HTML body), as communique's own
  reading of the file is; after one warm-up call on an invented release (imports, lazy tables).

Usage::

    pip install -r benchmarks/requirements-peers.txt      # the peers; each one is optional
    python benchmarks/peers.py DIR [DIR...]               # one table per folder, totals only
    python benchmarks/peers.py DIR --markdown             # the same as Markdown tables
    python benchmarks/peers.py DIR --by-format            # also one table per input format
    python benchmarks/peers.py DIR --show-errors          # every wrong field of every document

A peer that is not installed is reported on standard error with what to install, and the
others still run. ``--show-errors`` and ``--by-format`` refuse a folder named ``blind``: a
blind corpus is measured in aggregate only.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import html
import importlib.metadata
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lxml.html
from markdown_it import MarkdownIt

import communique
from communique.evaluate import f1, normalise_exact, token_f1

INSTALL_PEERS = "pip install -r benchmarks/requirements-peers.txt"

#: Document suffixes read beside each gold file, and the format each one is fed as.
FORMATS: dict[str, str] = {
    ".md": "markdown",
    ".markdown": "markdown",
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
}

#: The fields of the table, in order: (key, column heading).
FIELDS: tuple[tuple[str, str], ...] = (
    ("date", "release date"),
    ("false_dates", "false dates (gold has none)"),
    ("headline", "headline"),
    ("headline_f1", "headline token F1"),
    ("issuers", "issuers (F1)"),
    ("doc_type", "doc type"),
    ("place", "place"),
)

BLIND_NAME = "blind"

# -- documents and feeding -------------------------------------------------------------------


@dataclass(frozen=True)
class Document:
    """One labelled document: its bytes, the format it is fed as, and its gold annotation."""

    name: str
    format: str
    data: bytes
    gold: dict[str, Any]

    @property
    def is_press_release(self) -> bool:
        return bool(self.gold.get("is_press_release"))


def decode(data: bytes) -> str:
    """Text as a user would read the file: UTF-8 (with or without BOM), else Windows-1252."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


_MARKDOWN = MarkdownIt("commonmark")
_PAGE = (
    '<!DOCTYPE html>\n<html lang="fr"><head><meta charset="utf-8"></head><body>\n{}</body></html>\n'
)
# Blank lines (possibly holding spaces) separate paragraphs; bounded runs keep this linear.
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]{0,80}\n\s*")


def wrap_paragraphs(text: str) -> str:
    """Plain text as an HTML page, one ``<p>`` per paragraph, its lines joined by ``<br>``."""
    paragraphs = _PARAGRAPH_BREAK.split(text.replace("\r\n", "\n").replace("\r", "\n").strip())
    body = "".join(
        "<p>" + "<br>\n".join(html.escape(line.strip()) for line in p.split("\n")) + "</p>\n"
        for p in paragraphs
        if p.strip()
    )
    return _PAGE.format(body)


def render_markdown(text: str) -> str:
    """Markdown as an HTML page, rendered by markdown-it-py's CommonMark preset."""
    return _PAGE.format(_MARKDOWN.render(text))


def html_input(document: Document) -> str | bytes:
    """What an HTML tool is given: a page as found, Markdown rendered, text wrapped."""
    if document.format == "html":
        return document.data
    if document.format == "markdown":
        return render_markdown(decode(document.data))
    return wrap_paragraphs(decode(document.data))


_XML_DECLARATION = re.compile(r"^\s{0,80}<\?xml[^>]{0,200}\?>")
_DROPPED = ("script", "style", "noscript", "template", "head")
_BLOCKS = (
    *("p", "div", "li", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article"),
    *("header", "footer", "blockquote", "pre", "table", "ul", "ol", "dt", "dd", "figcaption"),
    *("td", "th"),
)


def html_text(page: str) -> str:
    """The visible text of an HTML page's body, one line per block, blank lines dropped."""
    # lxml refuses a str that declares its own encoding; the bytes were decoded already.
    page = _XML_DECLARATION.sub("", page)
    if not page.strip():
        return ""
    root = lxml.html.document_fromstring(page)
    for element in list(root.iter(*_DROPPED)):
        element.drop_tree()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def text_input(document: Document) -> str:
    """What a text tool is given: text and Markdown as decoded, an HTML page's body text."""
    text = decode(document.data)
    return html_text(text) if document.format == "html" else text


def read_corpus(directory: Path) -> list[Document]:
    """Every ``NNN.<suffix>`` of :data:`FORMATS` beside a gold ``NNN.json``, in name order."""
    documents = []
    for gold_path in sorted(directory.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if not isinstance(gold, dict):
            raise ValueError(f"{gold_path}: a gold annotation must be a JSON object")
        for suffix, format_ in FORMATS.items():
            path = gold_path.with_suffix(suffix)
            if path.is_file():
                documents.append(Document(path.name, format_, path.read_bytes(), gold))
    return documents


# -- the systems -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Prediction:
    """What one system says about one document (``None``: nothing found)."""

    date: str | None = None
    headline: str | None = None
    issuers: tuple[str, ...] = ()
    doc_type: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class System:
    """A system under test: how it is called, what it is fed, which fields it produces."""

    name: str
    version: str
    call: str
    fed: str
    produces: frozenset[str]
    run: Callable[[Document], Prediction]


_MONTHS = {
    **dict.fromkeys(("janvier",), 1),
    **dict.fromkeys(("février", "fevrier"), 2),
    **dict.fromkeys(("mars",), 3),
    **dict.fromkeys(("avril",), 4),
    **dict.fromkeys(("mai",), 5),
    **dict.fromkeys(("juin",), 6),
    **dict.fromkeys(("juillet",), 7),
    **dict.fromkeys(("août", "aout"), 8),
    **dict.fromkeys(("septembre",), 9),
    **dict.fromkeys(("octobre",), 10),
    **dict.fromkeys(("novembre",), 11),
    **dict.fromkeys(("décembre", "decembre"), 12),
}
_FRENCH_DATE = re.compile(
    r"\b(1er|\d{1,2})\s{1,3}(" + "|".join(_MONTHS) + r")\s{1,3}(\d{4})\b", re.IGNORECASE
)


def naive_baseline(text: str) -> Prediction:
    """The first line with a letter is the headline (Markdown ``#`` and emphasis marks
    stripped); the first valid ``1er mars 2024``-style date anywhere is the release date."""
    lines = (line.strip().strip("#*_ \t").strip() for line in text.splitlines())
    headline = next((line for line in lines if any(c.isalpha() for c in line)), None)
    for match in _FRENCH_DATE.finditer(text):
        day = 1 if match[1].lower() == "1er" else int(match[1])
        try:
            date = dt.date(int(match[3]), _MONTHS[match[2].lower()], day)
        except ValueError:
            continue
        return Prediction(date=date.isoformat(), headline=headline)
    return Prediction(headline=headline)


def _communique_system() -> System:
    def run(document: Document) -> Prediction:
        release = communique.parse(document.data, filename=document.name)
        return Prediction(
            date=release.date.isoformat() if release.date is not None else None,
            headline=release.header.headline,
            issuers=tuple(issuer.name for issuer in release.header.issuers),
            doc_type=release.header.doc_type,
            place=release.dateline.place if release.dateline is not None else None,
        )

    return System(
        "communique",
        communique.__version__,
        "communique.parse(data, filename=name)",
        "the file as found",
        frozenset({"date", "headline", "issuers", "doc_type", "place"}),
        run,
    )


def _htmldate_system() -> System:
    from htmldate import find_date

    def run(document: Document) -> Prediction:
        return Prediction(date=find_date(html_input(document), extensive_search=True))

    return System(
        "htmldate",
        importlib.metadata.version("htmldate"),
        "find_date(html, extensive_search=True)",
        "HTML",
        frozenset({"date"}),
        run,
    )


def _trafilatura_system() -> System:
    from trafilatura import bare_extraction

    def run(document: Document) -> Prediction:
        result = bare_extraction(html_input(document), with_metadata=True)
        if result is None:
            return Prediction()
        # A ``Document`` with slots in trafilatura 2.x; a dict with the older ``as_dict=True``.
        values: dict[str, Any] = result if isinstance(result, dict) else result.as_dict()
        issuers = [name.strip() for name in (values.get("author") or "").split(";")]
        issuers.append((values.get("sitename") or "").strip())
        return Prediction(
            date=values.get("date") or None,
            headline=values.get("title") or None,
            issuers=tuple(dict.fromkeys(name for name in issuers if name)),
        )

    return System(
        "trafilatura",
        importlib.metadata.version("trafilatura"),
        "bare_extraction(html, with_metadata=True)",
        "HTML",
        frozenset({"date", "headline", "issuers"}),
        run,
    )


_DATEPARSER_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month", "year"],
    "PARSERS": ["custom-formats", "absolute-time"],
    "DATE_ORDER": "DMY",
}


def _dateparser_system() -> System:
    from dateparser.search import search_dates

    def run(document: Document) -> Prediction:
        found = search_dates(
            text_input(document)[:1500], languages=["fr"], settings=_DATEPARSER_SETTINGS
        )
        return Prediction(date=found[0][1].date().isoformat() if found else None)

    return System(
        "dateparser",
        importlib.metadata.version("dateparser"),
        'search_dates(text[:1500], languages=["fr"]), first result',
        "text",
        frozenset({"date"}),
        run,
    )


def _baseline_system() -> System:
    def run(document: Document) -> Prediction:
        return naive_baseline(text_input(document))

    return System(
        "first line, first French date",
        "(this script)",
        "naive_baseline(text)",
        "text",
        frozenset({"date", "headline"}),
        run,
    )


#: Every system, in table order: (name, factory, what to install when its import fails).
SYSTEMS: tuple[tuple[str, Callable[[], System], str | None], ...] = (
    ("communique", _communique_system, None),
    ("htmldate", _htmldate_system, INSTALL_PEERS),
    ("trafilatura", _trafilatura_system, INSTALL_PEERS),
    ("dateparser", _dateparser_system, INSTALL_PEERS),
    ("baseline", _baseline_system, None),
)


def load_systems(names: Iterable[str] | None = None) -> tuple[list[System], list[str]]:
    """The systems that can run, and one message per peer that cannot (with what to install)."""
    wanted = set(names) if names is not None else None
    systems: list[System] = []
    missing: list[str] = []
    for name, factory, install in SYSTEMS:
        if wanted is not None and name not in wanted:
            continue
        try:
            systems.append(factory())
        except ImportError as error:
            missing.append(f"{name} is not available ({error}); to compare with it: {install}")
    return systems, missing


# -- running and scoring ---------------------------------------------------------------------

_WARM_UP = Document(
    "warm-up.txt",
    "text",
    "Paris, le 1er mars 2024\n\nCOMMUNIQUÉ DE PRESSE\n\nUn titre\n\nLe texte.\n".encode(),
    {},
)


@dataclass
class Outcome:
    """One system on one document."""

    document: Document
    prediction: Prediction
    seconds: float
    error: str | None = None


def run_system(system: System, documents: Sequence[Document]) -> list[Outcome]:
    """Run ``system`` on every document; an exception is an empty prediction and an error."""
    # The warm-up only loads things (imports, tables); its errors show on real documents.
    with contextlib.suppress(Exception):
        system.run(_WARM_UP)
    outcomes = []
    for document in documents:
        started = time.perf_counter()
        try:
            prediction, error = system.run(document), None
        except Exception as exception:  # a peer's failure is a result, not the end of the run
            prediction, error = Prediction(), f"{type(exception).__name__}: {exception}"
        outcomes.append(Outcome(document, prediction, time.perf_counter() - started, error))
    return outcomes


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def _same(expected: str | None, got: str | None) -> bool:
    """Scalar agreement at the exact tolerance; a gold ``None`` wants ``None``."""
    gold = normalise_exact(expected) if expected is not None else ""
    ours = normalise_exact(got) if got is not None else ""
    return gold == ours


def _mean(values: Iterable[float]) -> float | None:
    items = list(values)
    return sum(items) / len(items) if items else None


def issuers_f1(outcomes: Sequence[Outcome]) -> float | None:
    """Issuer F1 after ``normalise_exact``, micro-averaged over the releases with a gold issuer
    (sets: a duplicate counts once); ``None`` when no release has one."""
    tp = predicted = expected = 0
    scored = [o for o in outcomes if o.document.gold.get("issuer")]
    for outcome in scored:
        gold = {normalise_exact(str(v)) for v in outcome.document.gold["issuer"] if v} - {""}
        ours = {normalise_exact(v) for v in outcome.prediction.issuers} - {""}
        tp, predicted, expected = tp + len(gold & ours), predicted + len(ours), expected + len(gold)
    return f1(tp, predicted, expected) if scored else None


#: The scalar fields, each scored exact: (column key, gold key, the Prediction attribute).
SCALARS: tuple[tuple[str, str, str], ...] = (
    ("date", "date", "date"),
    ("headline", "headline", "headline"),
    ("doc_type", "doc_type", "doc_type"),
    ("place", "dateline_place", "place"),
)


@dataclass(frozen=True)
class Score:
    """One system's totals on one set of documents (a value is ``None``: not produced)."""

    system: System
    documents: int
    releases: int
    values: dict[str, float | None]
    false_dates: int
    undated: int
    errors: int
    ms_per_document: float


def score(system: System, outcomes: Sequence[Outcome]) -> Score:
    """Score ``outcomes`` by the rules of the module docstring."""
    releases = [o for o in outcomes if o.document.is_press_release]
    undated = [o for o in releases if o.document.gold.get("date") is None]
    values: dict[str, float | None] = {
        key: _mean(
            float(_same(_text(o.document.gold.get(gold_key)), getattr(o.prediction, attribute)))
            for o in releases
        )
        if attribute in system.produces
        else None
        for key, gold_key, attribute in SCALARS
    }
    values["headline_f1"] = (
        _mean(
            token_f1(_text(o.document.gold.get("headline")), o.prediction.headline)
            for o in releases
        )
        if "headline" in system.produces
        else None
    )
    values["issuers"] = issuers_f1(releases) if "issuers" in system.produces else None
    seconds = sum(o.seconds for o in outcomes)
    return Score(
        system,
        documents=len(outcomes),
        releases=len(releases),
        values=values,
        false_dates=sum(o.prediction.date is not None for o in undated),
        undated=len(undated),
        errors=sum(o.error is not None for o in outcomes),
        ms_per_document=1000 * seconds / len(outcomes) if outcomes else 0.0,
    )


# -- output ----------------------------------------------------------------------------------


def _rate(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def score_row(result: Score) -> list[str]:
    """One table row: the system, its fields, false dates, speed and errors."""
    cells = [f"{result.system.name} {result.system.version}"]
    for key, _heading in FIELDS:
        if key == "false_dates":
            cells.append(
                f"{result.false_dates} of {result.undated}"
                if "date" in result.system.produces
                else "—"
            )
        else:
            cells.append(_rate(result.values.get(key)))
    cells += [f"{result.ms_per_document:.1f}", str(result.errors)]
    return cells


HEADINGS = ["system", *(heading for _key, heading in FIELDS), "ms/doc", "errors"]


def render_table(rows: Sequence[Sequence[str]], markdown: bool) -> str:
    """Rows under :data:`HEADINGS`, as a Markdown table or aligned plain text."""
    if markdown:
        lines = ["| " + " | ".join(HEADINGS) + " |", "|---" + "|---:" * (len(HEADINGS) - 1) + "|"]
        lines += ["| " + " | ".join(row) + " |" for row in rows]
        return "\n".join(lines)
    widths = [max(len(r[i]) for r in [HEADINGS, *rows]) for i in range(len(HEADINGS))]
    lines = [
        "  ".join(
            cell.ljust(widths[i]) if i == 0 else cell.rjust(widths[i]) for i, cell in enumerate(r)
        )
        for r in [HEADINGS, *rows]
    ]
    lines.insert(1, "-" * len(lines[0]))
    return "\n".join(lines)


def describe(documents: Sequence[Document]) -> str:
    """``98 documents (77 press releases, 19 of them without a date; 35 markdown, …)``."""
    releases = [d for d in documents if d.is_press_release]
    undated = sum(d.gold.get("date") is None for d in releases)
    formats: dict[str, int] = {}
    for document in documents:
        formats[document.format] = formats.get(document.format, 0) + 1
    shown = ", ".join(f"{n} {name}" for name, n in sorted(formats.items()))
    return (
        f"{len(documents)} documents ({len(releases)} press releases, {undated} of them "
        f"without a date; {shown})"
    )


def render_systems(systems: Sequence[System], markdown: bool) -> str:
    """How each system was called and fed."""
    rows = [(f"{s.name} {s.version}", s.call, s.fed) for s in systems]
    if markdown:
        lines = ["| system | call | fed |", "|---|---|---|"]
        lines += [f"| {name} | `{call}` | {fed} |" for name, call, fed in rows]
        return "\n".join(lines)
    width = max(len(name) for name, _, _ in rows)
    return "\n".join(f"{name.ljust(width)}  {call}  [{fed}]" for name, call, fed in rows)


def environment(argv: Sequence[str]) -> str:
    """The command, the date and the machine, for the head of the output."""
    command = " ".join(["python benchmarks/peers.py", *argv])
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    machine = (
        f"{platform.system()} {platform.release()} {platform.machine()}, "
        f"{os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    return f"`{command}` on {now}, {machine}"


def mismatches(system: System, outcomes: Sequence[Outcome]) -> Iterable[str]:
    """Per-document lines ``document  system  field  expected  got`` for every wrong field."""
    for o in outcomes:
        if o.error is not None:
            yield f"{o.document.name}\t{system.name}\terror\t\t{o.error}"
        if not o.document.is_press_release:
            continue
        for key, gold_key, attribute in SCALARS:
            expected, got = _text(o.document.gold.get(gold_key)), getattr(o.prediction, attribute)
            if attribute in system.produces and not _same(expected, got):
                yield f"{o.document.name}\t{system.name}\t{key}\t{expected!r}\t{got!r}"


def dates_missed(outcomes: Sequence[Outcome]) -> set[str]:
    """The dated press releases (by name) whose release date ``outcomes`` miss or get wrong."""
    return {
        o.document.name
        for o in outcomes
        if o.document.is_press_release
        and o.document.gold.get("date") is not None
        and o.prediction.date != _text(o.document.gold["date"])
    }


def complement(systems: Sequence[System], runs: dict[str, list[Outcome]]) -> str | None:
    """How many of the release dates communique misses each other system finds (totals)."""
    if "communique" not in runs:
        return None
    missed = dates_missed(runs["communique"])
    dated = sum(
        o.document.is_press_release and o.document.gold.get("date") is not None
        for o in runs["communique"]
    )
    found = [
        f"{s.name} {len(missed - dates_missed(runs[s.name]))}"
        for s in systems
        if s.name != "communique" and "date" in s.produces
    ]
    line = f"Release dates communique misses: {len(missed)} of {dated} dated releases"
    return line + (f"; of these, found by {'; '.join(found)}." if found else ".")


def is_blind(directory: Path) -> bool:
    """Whether ``directory`` is (inside) a folder named ``blind``."""
    return BLIND_NAME in directory.resolve().parts


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python benchmarks/peers.py",
        description="communique beside htmldate, trafilatura, dateparser and a naive baseline "
        "on labelled corpora (totals only unless asked).",
    )
    parser.add_argument("directories", nargs="+", type=Path, metavar="DIR")
    parser.add_argument("--markdown", action="store_true", help="Markdown tables for the docs")
    parser.add_argument(
        "--by-format", action="store_true", help="also one table per input format (not on blind)"
    )
    parser.add_argument(
        "--show-errors",
        action="store_true",
        help="every wrong field of every document (refused on a folder named blind)",
    )
    parser.add_argument(
        "--systems",
        help="comma-separated subset of: " + ", ".join(name for name, _, _ in SYSTEMS),
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    args = parse_arguments(arguments)
    detailed = [flag for flag in ("show_errors", "by_format") if getattr(args, flag)]
    for directory in args.directories:
        if detailed and is_blind(directory):
            flag = "--" + detailed[0].replace("_", "-")
            print(
                f"{flag} refused on {directory}: a blind corpus is measured in aggregate only",
                file=sys.stderr,
            )
            return 2
        if not directory.is_dir():
            print(f"{directory}: not a directory", file=sys.stderr)
            return 2
    names = args.systems.split(",") if args.systems else None
    systems, missing = load_systems(names)
    for message in missing:
        print(message, file=sys.stderr)
    markdown = args.markdown
    out: list[str] = [
        ("Generated by " if markdown else "") + environment(arguments),
        "",
        render_systems(systems, markdown),
    ]
    for directory in args.directories:
        documents = read_corpus(directory)
        if not documents:
            print(f"{directory}: no labelled document", file=sys.stderr)
            return 2
        runs = {system.name: run_system(system, documents) for system in systems}
        title = f"{directory.name}: {describe(documents)}"
        out += ["", f"### {title}" if markdown else title, ""]
        out.append(render_table([score_row(score(s, runs[s.name])) for s in systems], markdown))
        if (found := complement(systems, runs)) is not None:
            out += ["", found]
        if args.by_format:
            for format_ in sorted({d.format for d in documents}):
                subset = [d for d in documents if d.format == format_]
                in_format = {
                    name: [o for o in outcomes if o.document.format == format_]
                    for name, outcomes in runs.items()
                }
                rows = [score_row(score(s, in_format[s.name])) for s in systems]
                heading = f"{directory.name}, {format_} only: {describe(subset)}"
                out += ["", f"#### {heading}" if markdown else heading, ""]
                out.append(render_table(rows, markdown))
                if (found := complement(systems, in_format)) is not None:
                    out += ["", found]
        if args.show_errors:
            out += ["", "document\tsystem\tfield\texpected\tgot"]
            for system in systems:
                out.extend(mismatches(system, runs[system.name]))
    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
