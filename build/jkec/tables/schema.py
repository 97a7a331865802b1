"""Table Schemas in schemas/: the single definition of every column, and what derives from it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from jkec.errors import JkecError
from jkec.project import Project, read_yaml

DUCKDB_TYPES = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}


@dataclass(frozen=True)
class ForeignKey:
    fields: tuple[str, ...]
    resource: str
    reference_fields: tuple[str, ...]


@dataclass(frozen=True)
class DateWindow:
    """The dates a date field accepts: its schema's minimum and maximum, open where it gives none."""

    first: dt.date = dt.date.min
    last: dt.date = dt.date.max

    def holds(self, day: dt.date) -> bool:
        return self.first <= day <= self.last


@dataclass(frozen=True)
class TableSchema:
    """One table's Table Schema, read from schemas/<name>.yaml."""

    name: str
    path: Path
    descriptor: dict

    @cached_property
    def fields(self) -> list[dict]:
        return self.descriptor["fields"]

    @cached_property
    def field_names(self) -> list[str]:
        return [field["name"] for field in self.fields]

    @cached_property
    def primary_key(self) -> list[str]:
        return list(self.descriptor.get("primaryKey", []))

    @cached_property
    def foreign_keys(self) -> list[ForeignKey]:
        return [
            ForeignKey(tuple(fk["fields"]), fk["reference"]["resource"], tuple(fk["reference"]["fields"]))
            for fk in self.descriptor.get("foreignKeys", [])
        ]

    def field(self, name: str) -> dict:
        return next(field for field in self.fields if field["name"] == name)

    def enum(self, name: str) -> tuple[str, ...]:
        """The values field `name` may take (empty when its schema lists none)."""
        return tuple(self.field(name).get("constraints", {}).get("enum", ()))

    def date_window(self, name: str) -> DateWindow:
        constraints = self.field(name).get("constraints", {})
        bounds = {end: dt.date.fromisoformat(str(constraints[key]))
                  for end, key in (("first", "minimum"), ("last", "maximum")) if key in constraints}
        return DateWindow(**bounds)

    def fields_of_type(self, field_type: str) -> list[str]:
        return [field["name"] for field in self.fields if field["type"] == field_type]

    def duckdb_columns(self) -> dict[str, str]:
        """Column name → DuckDB type, in schema order."""
        return {field["name"]: DUCKDB_TYPES[field["type"]] for field in self.fields}

    @property
    def description(self) -> str:
        return self.descriptor.get("description", "")


def load_schema(project: Project, table: str) -> TableSchema:
    """Read and sanity-check schemas/<table>.yaml."""
    return read_schema(project.schema_path(table), table)


def read_schema(path: Path, table: str) -> TableSchema:
    """Read and sanity-check one Table Schema file (YAML, or JSON as in a release bundle)."""
    descriptor = read_yaml(path)
    if not isinstance(descriptor, dict) or not isinstance(descriptor.get("fields"), list):
        raise JkecError(f"{path}: a Table Schema needs a list of fields")
    for field in descriptor["fields"]:
        if field.get("type") not in DUCKDB_TYPES:
            raise JkecError(f"{path}: field {field.get('name')!r} has unsupported type {field.get('type')!r}")
    return TableSchema(table, path, descriptor)


def load_schemas(project: Project, tables: list[str]) -> dict[str, TableSchema]:
    """The schemas of the package's tables, in package order."""
    return {table: load_schema(project, table) for table in tables}
