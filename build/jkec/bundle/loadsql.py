"""load.sql: DuckDB tables typed from the Table Schemas, with their constraints, keys and comments, then filled
from data/*.csv, so that `duckdb < load.sql` in a release bundle needs no Python."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from jkec.documents.markdown import one_line
from jkec.errors import JkecError
from jkec.package.release import Release
from jkec.query.views import read_csv_sql
from jkec.tables.csvfiles import read_table
from jkec.tables.schema import ForeignKey, TableSchema


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(value: object) -> str:
    return "'" + str(value).replace("'", "''") + "'"


def _columns(names: tuple[str, ...] | list[str]) -> str:
    return ", ".join(quoted(name) for name in names)


def _bound(field: dict, value: object) -> str:
    return f"DATE {literal(value)}" if field["type"] == "date" else str(value)


def column_sql(schema: TableSchema, field: dict) -> str:
    """One column definition: type, NOT NULL, UNIQUE and the CHECKs of the field's constraints."""
    constraints = field.get("constraints", {})
    name = quoted(field["name"])
    parts = [name, schema.duckdb_columns()[field["name"]]]
    parts += ["NOT NULL"] if constraints.get("required") else []
    parts += ["UNIQUE"] if constraints.get("unique") and schema.primary_key != [field["name"]] else []
    if "enum" in constraints:
        parts.append(f"CHECK ({name} IN ({', '.join(literal(value) for value in constraints['enum'])}))")
    if "pattern" in constraints:
        parts.append(f"CHECK (regexp_full_match({name}, {literal(constraints['pattern'])}))")
    if "minimum" in constraints:
        parts.append(f"CHECK ({name} >= {_bound(field, constraints['minimum'])})")
    if "maximum" in constraints:
        parts.append(f"CHECK ({name} <= {_bound(field, constraints['maximum'])})")
    return " ".join(parts)


def create_table_sql(schema: TableSchema) -> str:
    lines = [column_sql(schema, field) for field in schema.fields]
    lines.append(f"PRIMARY KEY ({_columns(schema.primary_key)})")
    lines += [
        f"FOREIGN KEY ({_columns(fk.fields)}) REFERENCES {quoted(fk.resource)} ({_columns(fk.reference_fields)})"
        for fk in schema.foreign_keys
    ]
    return f"CREATE TABLE {quoted(schema.name)} (\n    " + ",\n    ".join(lines) + "\n);"


def _field_comment(field: dict) -> str:
    values = " | ".join(f"{c['value']}: {c['label']}" for c in field.get("categories", []))
    return one_line(field["description"]) + (f" Values: {values}." if values else "")


def comments_sql(schema: TableSchema, title: str) -> str:
    lines = [f"COMMENT ON TABLE {quoted(schema.name)} IS {literal(f'{title}: ' + one_line(schema.description))};"]
    lines += [
        f"COMMENT ON COLUMN {quoted(schema.name)}.{quoted(field['name'])} IS {literal(_field_comment(field))};"
        for field in schema.fields
    ]
    return "\n".join(lines)


def creation_order(schemas: dict[str, TableSchema]) -> list[str]:
    """The tables in package order, each after the tables its foreign keys refer to."""
    ordered: list[str] = []
    while len(ordered) < len(schemas):
        ready = [
            table for table, schema in schemas.items() if table not in ordered
            and all(fk.resource in ordered or fk.resource == table for fk in schema.foreign_keys)
        ]
        if not ready:
            raise JkecError(f"the foreign keys of {sorted(set(schemas) - set(ordered))} refer to each other in a cycle")
        ordered.append(ready[0])
    return ordered


def _ready(fk: ForeignKey, table: str) -> str:
    """SQL condition: row r's self-reference through `fk` is empty or already loaded."""
    empty = " OR ".join(f"r.{quoted(name)} IS NULL" for name in fk.fields)
    match = " AND ".join(f"t.{quoted(b)} = r.{quoted(a)}" for a, b in zip(fk.fields, fk.reference_fields))
    return f"({empty} OR EXISTS (SELECT 1 FROM {quoted(table)} t WHERE {match}))"


def _key(row: dict, names: tuple[str, ...] | list[str]) -> tuple:
    return tuple(row[name] for name in names)


def generations(frame: pd.DataFrame, schema: TableSchema, self_keys: list[ForeignKey]) -> int:
    """How many rounds load a table whose rows refer to rows of the same table, parents before children."""
    pending, loaded, rounds = frame.to_dict("records"), [], 0
    while pending:
        present = {fk: {_key(row, fk.reference_fields) for row in loaded} for fk in self_keys}
        ready = [
            all(any(pd.isna(row[name]) for name in fk.fields) or _key(row, fk.fields) in present[fk] for fk in self_keys)
            for row in pending
        ]
        if not any(ready):
            raise JkecError(f"table {schema.name}: rows refer to rows of {schema.name} that do not exist")
        loaded += [row for row, go in zip(pending, ready) if go]
        pending = [row for row, go in zip(pending, ready) if not go]
        rounds += 1
    return rounds


def insert_sql(schema: TableSchema, data_dir: Path) -> str:
    """Fill the table from data/<table>.csv; a table that refers to itself is filled parents first."""
    source = read_csv_sql(schema, f"data/{schema.name}.csv")
    self_keys = [fk for fk in schema.foreign_keys if fk.resource == schema.name]
    if not self_keys:
        return f"INSERT INTO {quoted(schema.name)} {source};"
    staged = quoted(f"{schema.name}_rows")
    pending = " AND ".join(
        [f"NOT EXISTS (SELECT 1 FROM {quoted(schema.name)} t WHERE "
         + " AND ".join(f"t.{quoted(n)} = r.{quoted(n)}" for n in schema.primary_key) + ")"]
        + [_ready(fk, schema.name) for fk in self_keys]
    )
    rounds = generations(read_table(data_dir / f"{schema.name}.csv"), schema, self_keys)
    step = f"INSERT INTO {quoted(schema.name)} SELECT * FROM {staged} r WHERE {pending};"
    return "\n".join([
        f"-- {schema.name} refers to itself: its rows go in parents first, one generation per statement",
        f"CREATE TEMP TABLE {staged} AS {source};",
        *[step] * rounds,
        f"DROP TABLE {staged};",
    ])


def load_sql(release: Release, schemas: dict[str, TableSchema], data_dir: Path) -> str:
    """The whole script; `data_dir` holds the tables it will load (read to order self-referring rows)."""
    order = creation_order(schemas)
    header = (
        f"-- {release.metadata['title']} {release.version}: every table of the package, typed, with its keys and\n"
        "-- comments, filled from data/*.csv. Generated by `jkec release` from the Table Schemas: do not edit.\n"
        "-- Run it inside the bundle folder: `duckdb my.duckdb < load.sql` (or `duckdb < load.sql` in memory).\n\n"
    )
    blocks = [f"{create_table_sql(schemas[t])}\n{comments_sql(schemas[t], release.table_title(t))}" for t in order]
    blocks += [insert_sql(schemas[t], data_dir) for t in order]
    return header + "\n\n".join(blocks) + "\n"
