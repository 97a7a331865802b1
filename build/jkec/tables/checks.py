"""Validation of the package's tables: the Table Schemas through pandera, and, set-based in DuckDB, what a
Table Schema cannot say (composite keys, foreign keys, real dates and their precision, evidence spans that
equal the raw text, evidence only from relevant passages)."""

from __future__ import annotations

import duckdb
import pandas as pd
import pandera.api.pandas.container
import pandera.errors
from pandera.io.pandas_io import from_frictionless_schema

from jkec.errors import ValidationFailed, Violation
from jkec.precision import PRECISIONS
from jkec.tables.schema import TableSchema

NULLABLE_DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean"}
ROW = "__row"


def _pandera_schema(schema: TableSchema) -> pandera.api.pandas.container.DataFrameSchema:
    """pandera schema from the Table Schema; nullable columns get pandas' nullable dtypes."""
    model = from_frictionless_schema(schema.descriptor)
    for field in schema.fields:
        required = field.get("constraints", {}).get("required", False)
        if not required and field["type"] in NULLABLE_DTYPES:
            model = model.update_column(field["name"], dtype=NULLABLE_DTYPES[field["type"]])
    return model


def pandera_violations(frame: pd.DataFrame, schema: TableSchema) -> list[Violation]:
    try:
        _pandera_schema(schema).validate(frame, lazy=True)
    except pandera.errors.SchemaErrors as errors:
        cases = errors.failure_cases
        return [
            Violation(
                schema.name,
                str(case["column"]),
                int(case["index"]) + 1 if pd.notna(case["index"]) else None,
                case["failure_case"],
                f"schema: {case['check']}",
            )
            for case in cases.to_dict("records")
        ]
    return []


def _rows(connection: duckdb.DuckDBPyConnection, sql: str) -> list[tuple]:
    return connection.execute(sql).fetchall()


def _span_pairs(schema: TableSchema) -> list[tuple[str, str, str | None]]:
    """(start, end, evidence) column triples: `<p>char_start`, `<p>char_end` and `<p>text` or `<p>mention`."""
    pairs = []
    for name in schema.field_names:
        if name.endswith("char_start") and (end := name.replace("char_start", "char_end")) in schema.field_names:
            prefix = name[: -len("char_start")]
            evidence = next((c for c in (f"{prefix}text", f"{prefix}mention") if c in schema.field_names), None)
            pairs.append((name, end, evidence))
    return pairs


class SetChecks:
    """Checks over all tables at once, in one DuckDB database."""

    def __init__(self, frames: dict[str, pd.DataFrame], schemas: dict[str, TableSchema], texts: pd.DataFrame | None) -> None:
        self.schemas = schemas
        self.with_texts = texts is not None
        self.connection = duckdb.connect(":memory:")
        for name, frame in frames.items():
            self.connection.register(name, frame.assign(**{ROW: range(1, len(frame) + 1)}))
        if texts is not None:
            self.connection.register("raw_texts", texts)

    def run(self) -> list[Violation]:
        violations: list[Violation] = []
        for schema in self.schemas.values():
            violations += self.primary_key(schema)
            violations += self.foreign_keys(schema)
            violations += self.dates(schema)
            violations += self.empty_strings(schema)
            violations += self.spans(schema)
        return violations

    def primary_key(self, schema: TableSchema) -> list[Violation]:
        if not schema.primary_key:
            return []
        key = ", ".join(schema.primary_key)
        sql = f"""SELECT min({ROW}), concat_ws(' | ', {key}) FROM {schema.name}
                  GROUP BY {key} HAVING count(*) > 1 OR bool_or({' OR '.join(f'{c} IS NULL' for c in schema.primary_key)})"""
        return [Violation(schema.name, key, row, value, "primary key duplicated or null") for row, value in _rows(self.connection, sql)]

    def foreign_keys(self, schema: TableSchema) -> list[Violation]:
        violations = []
        for fk in schema.foreign_keys:
            on = " AND ".join(f"t.{a} = r.{b}" for a, b in zip(fk.fields, fk.reference_fields))
            present = " AND ".join(f"t.{a} IS NOT NULL" for a in fk.fields)
            sql = f"""SELECT t.{ROW}, concat_ws(' | ', {', '.join('t.' + a for a in fk.fields)}) FROM {schema.name} t
                      WHERE {present} AND NOT EXISTS (SELECT 1 FROM {fk.resource} r WHERE {on}) ORDER BY 1"""
            check = f"not found in {fk.resource}.{', '.join(fk.reference_fields)}"
            violations += [Violation(schema.name, ", ".join(fk.fields), row, value, check) for row, value in _rows(self.connection, sql)]
        return violations

    def dates(self, schema: TableSchema) -> list[Violation]:
        violations = []
        for name in schema.fields_of_type("date"):
            window = schema.date_window(name)
            low, high = window.first.isoformat(), window.last.isoformat()
            parsed = f"try_strptime({name}, '%Y-%m-%d')"
            sql = f"""SELECT {ROW}, {name}, CASE
                        WHEN {parsed} IS NULL OR length({name}) <> 10 THEN 'not a real YYYY-MM-DD date'
                        ELSE 'outside the plausible window {low} … {high}' END
                      FROM {schema.name} WHERE {name} IS NOT NULL
                        AND ({parsed} IS NULL OR length({name}) <> 10 OR {name} < '{low}' OR {name} > '{high}')"""
            violations += [Violation(schema.name, name, row, value, check) for row, value, check in _rows(self.connection, sql)]
            precision = f"{name}_precision" if f"{name}_precision" in schema.field_names else None
            if precision:
                sql = f"""SELECT {ROW}, concat_ws(' @ ', {name}, {precision}) FROM {schema.name}
                          WHERE ({name} IS NULL) <> ({precision} IS NULL)
                             OR ({parsed} IS NOT NULL AND {precision} IN {PRECISIONS}
                                 AND CAST({parsed} AS DATE) <> CAST(date_trunc({precision}, {parsed}) AS DATE))"""
                check = f"{name} must be the first day of its {precision} period, and set exactly when {precision} is"
                violations += [Violation(schema.name, name, row, value, check) for row, value in _rows(self.connection, sql)]
        return violations

    def empty_strings(self, schema: TableSchema) -> list[Violation]:
        violations = []
        for name in schema.fields_of_type("string"):
            sql = f"SELECT {ROW} FROM {schema.name} WHERE {name} IS NOT NULL AND trim({name}) = ''"
            violations += [Violation(schema.name, name, row, "", "empty text (write null instead)") for (row,) in _rows(self.connection, sql)]
        return violations

    def spans(self, schema: TableSchema) -> list[Violation]:
        if "source_id" not in schema.field_names:
            return []
        violations = []
        for start, end, evidence in _span_pairs(schema):
            violations += self.evidence(schema, start, end, evidence) if self.with_texts else []
            if schema.name != "passages" and "passages" in self.schemas:
                sql = f"""SELECT t.{ROW}, concat_ws(':', t.{start}, t.{end}) FROM {schema.name} t
                          WHERE t.{start} IS NOT NULL AND EXISTS (SELECT 1 FROM passages p WHERE p.source_id = t.source_id
                            AND NOT p.relevant AND p.char_start < t.{end} AND t.{start} < p.char_end)"""
                check = "evidence overlaps a passage judged not relevant"
                violations += [Violation(schema.name, start, row, value, check) for row, value in _rows(self.connection, sql)]
        return violations

    def evidence(self, schema: TableSchema, start: str, end: str, evidence: str | None) -> list[Violation]:
        """Offsets inside the raw text, and the evidence equal to the raw text at them."""
        sql = f"""SELECT t.{ROW}, concat_ws(':', t.{start}, t.{end}), CASE
                        WHEN x.text IS NULL THEN 'no raw text for this source_id'
                        WHEN NOT (0 <= t.{start} AND t.{start} < t.{end} AND t.{end} <= length(x.text)) THEN 'offsets outside the raw text'
                        ELSE 'evidence differs from the raw text at these offsets' END
                      FROM {schema.name} t LEFT JOIN raw_texts x USING (source_id)
                      WHERE t.{start} IS NOT NULL AND (x.text IS NULL
                         OR NOT (0 <= t.{start} AND t.{start} < t.{end} AND t.{end} <= length(x.text))
                     {f"OR substring(x.text, t.{start} + 1, t.{end} - t.{start}) IS DISTINCT FROM t.{evidence}" if evidence else ""})"""
        return [Violation(schema.name, start, row, value, check) for row, value, check in _rows(self.connection, sql)]


def validate_tables(frames: dict[str, pd.DataFrame], schemas: dict[str, TableSchema], texts: pd.DataFrame | None) -> None:
    """Raise ValidationFailed with every violation, or return quietly. Without the raw texts (a release bundle
    leaves them out) the evidence is not compared with them."""
    violations = [v for name, frame in frames.items() for v in pandera_violations(frame, schemas[name])]
    violations += SetChecks(frames, schemas, texts).run()
    if violations:
        raise ValidationFailed(violations)
