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


ENUM_FIELDS = [(table, field) for table, field in FIELDS if field.get("constraints", {}).get("enum")]


@pytest.mark.parametrize(("table", "field"), ENUM_FIELDS, ids=[f"{t}.{f['name']}" for t, f in ENUM_FIELDS])
def test_every_enum_value_has_a_category_with_its_meaning(table, field):
    """Table Schema `categories` give each allowed value its meaning, in the order of the enum."""
    categories = field.get("categories") or []
    assert [category["value"] for category in categories] == field["constraints"]["enum"]
    assert all(str(category.get("label") or "").strip() for category in categories)


def test_categories_only_on_enum_fields():
    assert [f"{t}.{f['name']}" for t, f in FIELDS if f.get("categories") and (t, f) not in ENUM_FIELDS] == []


def test_the_same_values_mean_the_same_everywhere():
    """Fields with the same list of values (every precision, alias_kind, plover_type) describe each value alike."""
    meanings = defaultdict(set)
    for table, field in ENUM_FIELDS:
        meanings[tuple(field["constraints"]["enum"])].add(tuple(c["label"] for c in field["categories"]))
    assert {key: labels for key, labels in meanings.items() if len(labels) > 1} == {}
