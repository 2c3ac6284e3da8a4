"""What an evaluation returns: per-document results and the `Report` over a folder."""

from __future__ import annotations

import collections
from pathlib import PurePath

import attrs

from .corpus import UnpairedFile
from .fields import FieldResult, FieldScore

__all__ = ["Crash", "DocumentResult", "Report"]


@attrs.frozen
class Crash:
    """A document whose parse raised: ``error`` is ``Type: message``."""

    document: str
    error: str
    traceback: str


@attrs.frozen
class DocumentResult:
    """How one document scored. ``fields`` is empty for negatives (only classified)."""

    document: str
    is_press_release: bool
    predicted_press_release: bool | None  # None when the parse crashed
    truncated: bool
    fields: tuple[FieldResult, ...]
    crash: Crash | None = None

    @property
    def format(self) -> str:
        """The document's format as its file extension, lower case with its dot (``.xhtml``)."""
        return PurePath(self.document).suffix.lower()

    @property
    def classified_right(self) -> bool:
        """Whether the press-release classification matches the gold."""
        return self.predicted_press_release is self.is_press_release

    @property
    def record_exact(self) -> bool:
        """Whether every scored field is right at the exact tolerance."""
        return all(f.exact == 1.0 for f in self.fields)

    @property
    def record_loose(self) -> bool:
        """Whether every scored field is right at the loose tolerance."""
        return all(f.loose == 1.0 for f in self.fields)

    def to_dict(self) -> dict[str, object]:
        """A JSON-ready dict."""
        return {
            "document": self.document,
            "is_press_release": self.is_press_release,
            "predicted_press_release": self.predicted_press_release,
            "truncated": self.truncated,
            "crash": attrs.asdict(self.crash) if self.crash is not None else None,
            "record_exact": self.record_exact if self.is_press_release else None,
            "record_loose": self.record_loose if self.is_press_release else None,
            "fields": [f.to_dict() for f in self.fields],
        }


@attrs.frozen
class Report:
    """The result of `evaluate`: per-field scores, per-document
    results, and the files of the folder that could not be paired (``unpaired``)."""

    directory: str
    documents: tuple[DocumentResult, ...]
    fields: tuple[FieldScore, ...]
    whole_record: FieldScore
    classification: FieldScore
    unpaired: tuple[UnpairedFile, ...] = ()

    @property
    def crashes(self) -> tuple[Crash, ...]:
        """The documents whose parse raised."""
        return tuple(d.crash for d in self.documents if d.crash is not None)

    @property
    def press_releases(self) -> int:
        """How many documents the gold marks as press releases."""
        return sum(d.is_press_release for d in self.documents)

    def documents_by_format(self) -> dict[str, int]:
        """How many documents of each format were evaluated (``{".md": 35, ".xhtml": 2}``),
        the most frequent first, ties in name order."""
        counts = collections.Counter(d.format for d in self.documents)
        return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))

    def field(self, name: str) -> FieldScore:
        """The score of the field called ``name`` (``whole_record`` and ``classification``
        included)."""
        for score in (*self.fields, self.whole_record, self.classification):
            if score.field == name:
                return score
        raise KeyError(name)

    def scores(self) -> dict[str, dict[str, float]]:
        """Every measured figure as ``{field: {measure: value}}``, the shape of the floors file.

        Classification has the single measure ``accuracy``.
        """
        result = {s.field: s.scores() for s in (*self.fields, self.whole_record)}
        result["classification"] = {"accuracy": self.classification.exact}
        return result

    def to_dict(self) -> dict[str, object]:
        """Everything, JSON-ready: summary, scores, crashes, unpaired files and per-document
        results."""
        return {
            "directory": self.directory,
            "documents_total": len(self.documents),
            "documents_by_format": self.documents_by_format(),
            "press_releases": self.press_releases,
            "negatives": len(self.documents) - self.press_releases,
            "crash_count": len(self.crashes),
            "unpaired_count": len(self.unpaired),
            "scores": self.scores(),
            "fields": [
                attrs.asdict(s) for s in (*self.fields, self.whole_record, self.classification)
            ],
            "crashes": [attrs.asdict(c) for c in self.crashes],
            "unpaired": [attrs.asdict(u) for u in self.unpaired],
            "documents": [d.to_dict() for d in self.documents],
        }
