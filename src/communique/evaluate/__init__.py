"""Field-level accuracy on a labelled corpus: ``communique evaluate DIR``.

A labelled corpus is a folder of documents (``NNN.md``, ``NNN.txt``, ``NNN.html``, ``NNN.xhtml``
— every format an installed adapter reads), each with its gold annotation ``NNN.json`` beside
it (format: ``docs/evaluation.md``). Every document is parsed with
[`communique.parse_file`][communique.parse_file] and each field is scored at two tolerances, as
GROBID does for scholarly headers:

* **exact** — equal after typographic normalisation (`normalise_exact`: Unicode NFC,
  no-break spaces as spaces, whitespace collapsed, ``’`` as ``'``, ``« »`` and curly quotes as
  ``"``, dashes as ``-``, trailing ``. , ; : ! ?`` removed);
* **loose** — equal after `normalise_loose`, which also ignores case, accents and
  punctuation.

Rules of scoring (each one is a decision, written down in ``docs/evaluation.md``):

* Only press releases (gold ``is_press_release: true``) are scored on their fields; every
  document counts for the press-release classification.
* A scalar field (date, dateline place, headline, doc type, reference, lede) is scored on every
  press release: a null gold value is right only when the prediction is null too.
* Set fields (issuers, contact e-mails, phones and names, ``À propos`` headings) are scored by
  F1, micro-averaged over documents (true positives, predictions and gold items are summed
  first); a document where gold and prediction are both empty scores 1 on its own.
* Contacts are not scored on documents marked ``truncated``; issuers are not scored when the
  gold issuer list is empty (the issuer is only implicit).
* A document whose parse raises is a *crash*: it is listed, never aborts the run, and scores
  as an empty prediction (so crashes lower the scores instead of vanishing from them).
* Whole-record accuracy is the share of press releases whose every scored field is right
  (at each tolerance; a set field is right when its document F1 is 1).
* A document without a gold, or a gold without a document, is listed in the report
  (`Report.unpaired`), never dropped in silence.

This package only re-exports; the work is done by one module per job: ``normalise`` (how
values are compared), ``fields`` (the scored fields and the per-field scorers, usable on
another parser's output: `score_value`, `field_score`), ``corpus`` (pairing
documents with their gold), ``scoring`` (`evaluate`), ``results`` (`Report`),
``render`` (the tables) and ``command`` (the body of the command, whose arguments
`communique.cli` declares).

!!! info "Added in version 0.1"
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .command import run
from .corpus import Unpaired, UnpairedFile
from .fields import (
    ANNOTATED_FIELDS,
    FIELD_NAMES,
    FIELDS,
    Counts,
    Field,
    FieldKind,
    FieldResult,
    FieldScore,
    Value,
    field_score,
    score_field,
    score_value,
    scored_fields,
)
from .normalise import (
    f1,
    normalise_email,
    normalise_exact,
    normalise_loose,
    normalise_phone,
    normalise_phone_loose,
    token_f1,
)
from .render import format_errors, format_report
from .results import Crash, DocumentResult, Report
from .scoring import evaluate, evaluate_document

__all__ = [
    "ANNOTATED_FIELDS",
    "FIELDS",
    "FIELD_NAMES",
    "Counts",
    "Crash",
    "DocumentResult",
    "Field",
    "FieldKind",
    "FieldResult",
    "FieldScore",
    "Report",
    "Unpaired",
    "UnpairedFile",
    "Value",
    "add_arguments",
    "evaluate",
    "evaluate_document",
    "f1",
    "field_score",
    "format_errors",
    "format_report",
    "main",
    "normalise_email",
    "normalise_exact",
    "normalise_loose",
    "normalise_phone",
    "normalise_phone_loose",
    "run",
    "score_field",
    "score_value",
    "scored_fields",
    "token_f1",
]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the ``evaluate`` arguments to ``parser``: ``DIR``, ``--show-errors``, ``--json``.

    They are declared once, with the rest of the command line (`communique.cli`); this
    gives them to a parser of your own, whose parsed arguments `run` accepts.
    """
    from ..cli import add_evaluate_arguments

    add_evaluate_arguments(parser)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m communique.evaluate DIR``: the same as ``communique evaluate DIR``."""
    from ..cli import main as cli_main

    return cli_main(["evaluate", *(sys.argv[1:] if argv is None else argv)])
