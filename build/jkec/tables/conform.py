"""The one gate every table passes before it is checked and written: schema columns in schema order,
values cast to the declared types, rows sorted by the primary key."""

from __future__ import annotations

import pandas as pd

from jkec.errors import JkecError
from jkec.tables.schema import TableSchema

BOOLEAN_TEXT = {"true": True, "false": False}
PANDAS_TYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean", "string": "object", "date": "object"}


def _as_boolean(value: object) -> object:
    if isinstance(value, str):
        return BOOLEAN_TEXT.get(value, value)
    return value


def _as_date_text(value: object) -> object:
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return value


def cast_column(column: pd.Series, field_type: str, where: str) -> pd.Series:
    """Cast one column to its declared type; nulls become <NA>/None."""
    column = column.astype(object).where(column.notna(), None)
    try:
        if field_type == "boolean":
            column = column.map(_as_boolean, na_action="ignore")
        elif field_type == "date":
            return column.map(_as_date_text, na_action="ignore").astype(object).where(column.notna(), None)
        elif field_type in ("integer", "number"):
            column = pd.to_numeric(column)
        return column.astype(PANDAS_TYPES[field_type])
    except (TypeError, ValueError) as exc:
        raise JkecError(f"{where}: cannot read as {field_type} ({exc})") from exc


def conform(frame: pd.DataFrame, schema: TableSchema, sort_by_key: bool = True) -> pd.DataFrame:
    """The table in schema order and types, sorted by primary key unless told to keep its row order (so that
    a published file's rows keep their numbers); refuses missing or unknown columns."""
    if frame.empty and not len(frame.columns):
        frame = pd.DataFrame(columns=schema.field_names)
    missing = [name for name in schema.field_names if name not in frame.columns]
    unknown = [name for name in frame.columns if name not in schema.field_names]
    if missing or unknown:
        raise JkecError(
            f"table {schema.name}: columns do not match {schema.path.name}"
            + (f"; missing {missing}" if missing else "")
            + (f"; not in the schema {unknown}" if unknown else "")
        )
    conformed = pd.DataFrame(
        {
            field["name"]: cast_column(frame[field["name"]], field["type"], f"table {schema.name}, column {field['name']}")
            for field in schema.fields
        }
    )
    if schema.primary_key and sort_by_key:
        conformed = conformed.sort_values(schema.primary_key, kind="stable", na_position="first")
    return conformed.reset_index(drop=True)
