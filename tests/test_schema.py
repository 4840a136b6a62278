"""The claims file's JSON Schema: generated from the models, shipped, and kept in sync."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from factcheck.corpus.schema import json_schema_text
from tests.ci_corpus import CLAIMS, split_by_source
from tests.conftest import Run

REPO = Path(__file__).resolve().parent.parent
SCHEMA_LINE = "# yaml-language-server: $schema=schema/claims.schema.json"


def validator() -> jsonschema.protocols.Validator:
    schema = json.loads(json_schema_text())
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def claims_data(text: str) -> Any:
    return YAML(typ="safe").load(text)


def test_command_prints_the_generated_schema(run: Run) -> None:
    result = run("schema")
    assert result.exit_code == 0
    assert result.stdout == json_schema_text()
    assert json.loads(result.stdout)["$schema"] == "http://json-schema.org/draft-07/schema#"


def test_committed_schema_is_the_generated_one() -> None:
    committed = (REPO / "schema" / "claims.schema.json").read_text(encoding="utf-8")
    assert committed == json_schema_text(), "run: factcheck schema > schema/claims.schema.json"


def test_packaged_schema_is_the_generated_one() -> None:
    packaged = resources.files("factcheck").joinpath("data/claims.schema.json")
    assert packaged.read_text(encoding="utf-8") == json_schema_text()


def test_schema_accepts_a_valid_claims_file() -> None:
    assert list(validator().iter_errors(claims_data(CLAIMS))) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("value: 57%", "value: [57]"), "is not valid under any of the given schemas"),
        (("    unit: week\n", "    unit: week\n    tolerence: 1\n"), "Additional properties"),
        (("  - id: alpha\n", "  - id: Alpha!\n"), "does not match"),
        (
            ("    value: 57%\n", "    value: 57%\n    accept: [unsupported]\n"),
            "'note' is a dependency of 'accept'",
        ),
    ],
)
def test_schema_rejects_what_the_loader_rejects(change: tuple[str, str], message: str) -> None:
    errors = list(validator().iter_errors(claims_data(CLAIMS.replace(*change))))
    assert errors and any(message in e.message for e in errors), [e.message for e in errors]


def test_example_claims_file_points_editors_at_the_schema() -> None:
    example = REPO / "claims.yaml"
    if not example.exists():
        pytest.skip("the example corpus (claims.yaml at the repository root) is not here yet")
    first = example.read_text(encoding="utf-8").splitlines()[0]
    assert first == SCHEMA_LINE
    assert list(validator().iter_errors(claims_data(example.read_text(encoding="utf-8")))) == []


def folder_validator() -> jsonschema.protocols.Validator:
    schema = json.loads(json_schema_text(folder=True))
    jsonschema.Draft7Validator.check_schema(schema)
    return jsonschema.Draft7Validator(schema)


def test_the_folder_schema_is_printed_shipped_and_packaged(run: Run) -> None:
    result = run("schema", "--folder")
    assert result.exit_code == 0
    assert result.stdout == json_schema_text(folder=True)
    committed = (REPO / "schema" / "claims-folder.schema.json").read_text(encoding="utf-8")
    assert committed == result.stdout, (
        "run: factcheck schema --folder > schema/claims-folder.schema.json"
    )
    packaged = resources.files("factcheck").joinpath("data/claims-folder.schema.json")
    assert packaged.read_text(encoding="utf-8") == result.stdout


@pytest.mark.parametrize("name", sorted(split_by_source()))
def test_the_folder_schema_accepts_each_file_of_a_folder(name: str) -> None:
    data = claims_data(split_by_source()[name])
    assert list(folder_validator().iter_errors(data)) == []
    single = [e.message for e in validator().iter_errors(data)]
    assert single == (
        ["'sources' is a required property"] if name.endswith("subjects.yaml") else []
    )


@pytest.mark.parametrize("change", [("version: 1", "version: 2"), ("version: 1\n", "")])
def test_the_folder_schema_still_requires_version_1(change: tuple[str, str]) -> None:
    data = claims_data(split_by_source()["claims/subjects.yaml"].replace(*change))
    assert list(folder_validator().iter_errors(data)) != []


def test_the_folder_schema_checks_what_the_file_schema_checks() -> None:
    """The two differ only in what a file must declare."""
    single, folder = json.loads(json_schema_text()), json.loads(json_schema_text(folder=True))
    assert single["definitions"] == folder["definitions"]
    assert single["properties"] == folder["properties"]
    assert (single["required"], folder["required"]) == (["version", "sources"], ["version"])
