"""Generate ``src/communique/schema.json``, the JSON Schema of ``PressRelease.to_dict()``.

The schema is derived from the attrs field annotations of :mod:`communique.models` with the
same rules as the (un)structuring code there: an attrs class is an object with every field
required (``to_dict`` always writes every key) and no other keys; a tuple is an array (a
``Span`` is an array of exactly two integers); ``X | None`` accepts ``null``; a date is an
ISO ``YYYY-MM-DD`` string, a (naive) datetime ``YYYY-MM-DDTHH:MM:SS``, a time ``HH:MM:SS``;
an enum is one of its values.

Usage::

    python scripts/gen_schema.py           # rewrite src/communique/schema.json
    python scripts/gen_schema.py --check   # exit 1 if the committed file is out of date

``tests/test_schema.py`` runs the check, so a new model field cannot ship without its schema.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from communique import PressRelease

SCHEMA_PATH = Path(__file__).resolve().parent.parent / "src" / "communique" / "schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _type_schema(hint: Any, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        (inner,) = options
        return {"anyOf": [_type_schema(inner, defs), {"type": "null"}]}
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) == 2 and args[1] is Ellipsis:
            return {"type": "array", "items": _type_schema(args[0], defs)}
        return {
            "type": "array",
            "prefixItems": [_type_schema(a, defs) for a in args],
            "items": False,
            "minItems": len(args),
        }
    if hint is dt.datetime:  # naive: its zone is a field beside it, so no "date-time" format
        return {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$"}
    if hint is dt.time:  # naive too, hence no "time" format (which requires an offset)
        return {"type": "string", "pattern": r"^\d{2}:\d{2}:\d{2}(\.\d+)?$"}
    if hint is dt.date:
        return {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}
    if hint is bool:
        return {"type": "boolean"}
    if hint is int:
        return {"type": "integer"}
    if hint is float:
        return {"type": "number"}
    if hint is str:
        return {"type": "string"}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return {"type": "string", "enum": [member.value for member in hint]}
    if isinstance(hint, type) and attrs.has(hint):
        name = hint.__name__
        if name not in defs:
            defs[name] = {}  # reserve the name first: recursion stops here
            defs[name] = _class_schema(hint, defs)
        return {"$ref": f"#/$defs/{name}"}
    raise TypeError(f"no JSON Schema rule for the annotation {hint!r}")


def _class_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    fields = attrs.fields(cls)
    doc = (cls.__doc__ or "").strip().split("\n\n")[0]
    schema: dict[str, Any] = {
        "type": "object",
        "description": " ".join(doc.split()),
        "properties": {f.name: _type_schema(hints[f.name], defs) for f in fields},
        "required": [f.name for f in fields],
        "additionalProperties": False,
    }
    return schema


def build_schema() -> dict[str, Any]:
    """The JSON Schema of :meth:`communique.PressRelease.to_dict` output."""
    defs: dict[str, Any] = {}
    root = _class_schema(PressRelease, defs)
    return {
        "$schema": DIALECT,
        "$id": "https://communique-fr.github.io/communique/schema/press-release.json",
        "title": "PressRelease",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def render() -> str:
    return json.dumps(build_schema(), ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is out of date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        if SCHEMA_PATH.read_text(encoding="utf-8") != text:
            print(f"{SCHEMA_PATH} is out of date: run scripts/gen_schema.py", file=sys.stderr)
            return 1
        return 0
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
