"""CSV writing and reading (tables/csvfiles.py): RFC 4180 quoting, LF ends, empty cell for null, and any text
back verbatim in pandas, DuckDB and Frictionless."""

from __future__ import annotations

from pathlib import Path

import duckdb
import frictionless
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jkec.query.views import read_csv_sql
from jkec.tables.csvfiles import DIALECT, read_table, write_table
from jkec.tables.schema import TableSchema

FIELDS = [{"name": "key", "type": "string"}, {"name": "text", "type": "string"}]
READERS = ("pandas", "duckdb", "frictionless")


def test_csv_round_trip_keeps_text_and_writes_nulls_and_booleans_plainly(tmp_path):
    frame = pd.DataFrame({
        "text": ['He said "no", then left', "Seoul’s “white list”", None],
        "flag": pd.array([True, False, None], dtype="boolean"),
        "n": pd.array([1, None, 3], dtype="Int64"),
    })
    path = tmp_path / "t.csv"
    write_table(frame, path)
    assert path.read_bytes().decode("utf-8") == (
        'text,flag,n\n"He said ""no"", then left",true,1\nSeoul’s “white list”,false,\n,,3\n'
    )
    back = read_table(path)
    assert back["text"].tolist()[:2] == frame["text"].tolist()[:2] and pd.isna(back["text"][2])
    assert back["flag"].tolist()[:2] == ["true", "false"] and back["n"].tolist()[0] == "1"


def read_back(path: Path) -> dict[str, list[str]]:
    """The text column as pandas (the package's reader), DuckDB (as `jkec sql` reads it) and Frictionless (with
    the dialect datapackage.yaml declares) read it."""
    schema = TableSchema("t", path, {"fields": FIELDS})
    resource = frictionless.Resource.from_descriptor(
        {"name": "t", "path": path.name, "format": "csv", "encoding": "utf-8", "dialect": DIALECT,
         "schema": {"fields": FIELDS}},
        basepath=str(path.parent),
    )
    with resource:
        by_frictionless = [row["text"] for row in resource.row_stream]
    return {
        "pandas": read_table(path)["text"].tolist(),
        "duckdb": [text for (text,) in duckdb.sql(f"SELECT text FROM ({read_csv_sql(schema, str(path))})").fetchall()],
        "frictionless": by_frictionless,
    }


def round_trip(texts: list[str], folder: Path) -> dict[str, list[str]]:
    path = folder / "t.csv"
    write_table(pd.DataFrame({"key": [str(n) for n in range(len(texts))], "text": texts}), path)
    return read_back(path)


HOSTILE = {
    "quotes-inside-quotes": 'He said "it is \\"final\\"", then "left"',
    "lone-quote": '"',
    "commas": "Seoul, Tokyo, and Geneva,",
    "newline": "first line\nsecond line",
    "crlf": "first line\r\nsecond line",
    "lone-cr": "first\rsecond",
    "formula-equals": "=HYPERLINK(\"http://example.com\",\"click\")",
    "formula-plus": "+82 2 1234",
    "formula-minus": "-1+1",
    "formula-at": "@SUM(A1:A2)",
    "tab": "a\tb",
    "leading-and-trailing-space": "  spaced  ",
    "whitespace-only": " \t ",
    "emoji": "Trade war 😤🇯🇵🇰🇷",
    "right-to-left": "قال الوزير \u202bמשפט\u202c end",
    "null-words": "NULL",
    "other-delimiters": "a;b|c\td",
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_text_survives_write_and_read_verbatim(tmp_path, text):
    assert round_trip([text, "plain"], tmp_path) == {reader: [text, "plain"] for reader in READERS}


@pytest.mark.parametrize("text", [HOSTILE[name] for name in HOSTILE if name.startswith("formula-")])
def test_formula_like_cells_are_written_unaltered(tmp_path, text):
    path = tmp_path / "t.csv"
    write_table(pd.DataFrame({"text": [text]}), path)
    assert path.read_text(encoding="utf-8").splitlines()[1].lstrip('"').startswith(text[0])


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.text(st.characters(codec="utf-8"), min_size=1), min_size=1, max_size=4))
def test_any_text_survives_write_and_read_identically(tmp_path, texts):
    """Any non-empty string (the empty one is written as null, which the tables use instead of empty text)."""
    assert round_trip(texts, tmp_path) == {reader: texts for reader in READERS}


def test_the_package_declares_the_dialect_the_writer_writes(built_root):
    import yaml

    descriptor = yaml.safe_load((built_root / "datapackage.yaml").read_text(encoding="utf-8"))
    assert [resource["dialect"] for resource in descriptor["resources"]] == [DIALECT] * len(descriptor["resources"])
