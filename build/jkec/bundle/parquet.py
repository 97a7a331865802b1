"""The tables as Parquet: typed from the Table Schemas, sorted by primary key, zstd-compressed, written by DuckDB
with one thread so that a rebuild gives the same bytes."""

from __future__ import annotations

from pathlib import Path

from jkec.bundle.loadsql import literal, quoted
from jkec.query.views import connect_tables
from jkec.tables.schema import TableSchema


def write_parquet(data_dir: Path, target: Path, schemas: dict[str, TableSchema]) -> list[Path]:
    """target/<table>.parquet for every table in data_dir; return the files."""
    target.mkdir(parents=True, exist_ok=True)
    connection = connect_tables(schemas, data_dir)
    connection.execute("SET threads = 1")
    paths = []
    for table, schema in schemas.items():
        path = target / f"{table}.parquet"
        order = ", ".join(quoted(name) for name in schema.primary_key)
        connection.execute(
            f"COPY (SELECT * FROM {table} ORDER BY {order}) TO {literal(path)} (FORMAT parquet, COMPRESSION zstd)"
        )
        paths.append(path)
    connection.close()
    return paths
