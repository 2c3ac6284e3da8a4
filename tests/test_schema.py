"""The JSON Schema shipped in the package describes ``PressRelease.to_dict()`` exactly."""

from __future__ import annotations

import importlib.resources
import importlib.util
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

from communique import PressRelease, parse, parse_file

from .conftest import SEED_FILES, script_module


def _schema() -> dict[str, Any]:
    text = importlib.resources.files("communique").joinpath("schema.json").read_text("utf-8")
    schema = json.loads(text)
    assert isinstance(schema, dict)
    return schema


SCHEMA = _schema()
VALIDATOR = jsonschema.Draft202012Validator(
    SCHEMA, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)

MARKDOWN_RELEASE = """\
---
title: "La Région lance un appel à projets pour les tiers-lieux"
date: 2024-03-12
chapeau: "Doté de 2 millions d’euros, l’appel à projets soutient les tiers-lieux ruraux."
---

**RÉGION OCCITANIE**

Toulouse, le 12 mars 2024

# La Région lance un appel à projets pour les tiers-lieux

La Région Occitanie ouvre aujourd’hui un appel à projets destiné aux tiers-lieux situés en
zone rurale. Les candidatures sont reçues jusqu’au 30 avril 2024 sur la plateforme régionale,
et les lauréats seront annoncés lors de la session plénière du mois de juin suivant.

## Contact presse

Camille Durand – chargée de relations presse : 05 61 33 50 50 – camille.durand@example.org
"""

TEXT_RELEASE = """\
PRÉFET DE LA HAUTE-GARONNE

COMMUNIQUÉ DE PRESSE

Toulouse, le 3 février 2023

Vigilance orange neige et verglas sur le département

Le préfet de la Haute-Garonne appelle chacun à la plus grande prudence sur les routes du
département à partir de ce soir, en raison de chutes de neige attendues au-dessus de
400 mètres et de formation de verglas sur l’ensemble du réseau secondaire.

Contact presse :
Bureau de la communication interministérielle
pref-communication@example.gouv.fr
05 34 45 34 45
"""


def assert_valid(release: PressRelease) -> None:
    data = json.loads(json.dumps(release.to_dict(), ensure_ascii=False))
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_schema_is_itself_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_schema_is_up_to_date_with_the_models() -> None:
    module = script_module("gen_schema")
    assert module.build_schema() == SCHEMA, "run: python scripts/gen_schema.py"


@pytest.mark.parametrize("path", SEED_FILES, ids=lambda p: Path(p).name)
def test_seed_output_validates(path: Path) -> None:
    assert_valid(parse_file(path))


@pytest.mark.parametrize("text", [MARKDOWN_RELEASE, TEXT_RELEASE, "", "\ufeff\x00\x01"])
def test_handwritten_release_output_validates(text: str) -> None:
    assert_valid(parse(text))


@given(st.text(max_size=400))
def test_output_for_any_text_validates(text: str) -> None:
    assert_valid(parse(text))


@pytest.mark.parametrize(
    "mutation",
    [
        pytest.param(lambda d: d.pop("header"), id="missing-key"),
        pytest.param(lambda d: d.update(surprise=1), id="unknown-key"),
        pytest.param(lambda d: d["header"].update(headline=3), id="wrong-type"),
        pytest.param(lambda d: d["dateline"].update(date="24/07/2012"), id="non-iso-date"),
        pytest.param(lambda d: d["dateline"].update(span=[1, 2, 3]), id="three-offset-span"),
        pytest.param(lambda d: d["diagnostics"].append({"code": "x"}), id="partial-diagnostic"),
    ],
)
def test_schema_rejects_malformed_output(mutation: Any) -> None:
    data = parse_file(SEED_FILES[1]).to_dict()
    mutation(data)
    assert not VALIDATOR.is_valid(data)
