"""Lint of the Table Schemas in schemas/ and of the table list in build/release.yaml."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest

from tests.support import PROJECT_ROOT, release_tables, schema_documents

SCHEMAS = schema_documents(PROJECT_ROOT)
FIELDS = [(table, field) for table, document in SCHEMAS.items() for field in document["fields"]]
SNAKE_CASE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")


@pytest.mark.parametrize(("table", "field"), FIELDS, ids=[f"{t}.{f['name']}" for t, f in FIELDS])
def test_field_has_a_snake_case_name_a_known_type_and_a_description(table, field):
    assert SNAKE_CASE.fullmatch(field["name"])
    assert field["type"] in {"string", "integer", "number", "boolean", "date"}
    assert str(field.get("description") or "").strip()


@pytest.mark.parametrize(
    ("table", "field"),
    [(t, f) for t, f in FIELDS if "enum" in f.get("constraints", {})],
    ids=[f"{t}.{f['name']}" for t, f in FIELDS if "enum" in f.get("constraints", {})],
)
def test_enum_values_are_distinct_and_read_as_the_field_type(table, field):
    values = field["constraints"]["enum"]
    python_type = {"string": str, "integer": int, "number": (int, float), "boolean": bool}[field["type"]]
    assert len(values) == len(set(values)) and all(isinstance(value, python_type) for value in values), values


def test_every_table_has_a_description_and_a_primary_key_of_its_own_fields():
    for table, document in SCHEMAS.items():
        names = {field["name"] for field in document["fields"]}
        assert str(document.get("description") or "").strip(), table
        assert document["primaryKey"] and set(document["primaryKey"]) <= names, table


def test_columns_with_the_same_name_have_the_same_type_everywhere():
    types = defaultdict(set)
    for table, field in FIELDS:
        types[field["name"]].add(field["type"])
    assert {name: kinds for name, kinds in types.items() if len(kinds) > 1} == {}


def test_release_lists_exactly_the_tables_that_have_a_schema():
    tables = release_tables(PROJECT_ROOT)
    assert len(tables) == len(set(tables))
    assert sorted(tables) == sorted(SCHEMAS)


def test_foreign_keys_point_at_declared_tables_and_fields():
    for table, document in SCHEMAS.items():
        names = {field["name"] for field in document["fields"]}
        for fk in document.get("foreignKeys", []):
            target = SCHEMAS[fk["reference"]["resource"]]
            assert set(fk["fields"]) <= names, table
            assert set(fk["reference"]["fields"]) <= {field["name"] for field in target["fields"]}, table
            assert len(fk["fields"]) == len(fk["reference"]["fields"]), table


@pytest.mark.parametrize(
    ("table", "field"),
    [(t, f) for t, f in FIELDS if f["type"] == "date"],
    ids=[f"{t}.{f['name']}" for t, f in FIELDS if f["type"] == "date"],
)
def test_every_date_has_a_precision_partner_or_ends_a_period(table, field):
    names = {f["name"] for f in SCHEMAS[table]["fields"]}
    assert field["name"] == "date_end" or f"{field['name']}_precision" in names


def test_span_columns_come_in_start_end_pairs():
    for table, document in SCHEMAS.items():
        names = {field["name"] for field in document["fields"]}
        starts = {name[: -len("char_start")] for name in names if name.endswith("char_start")}
        ends = {name[: -len("char_end")] for name in names if name.endswith("char_end")}
        assert starts == ends, table
