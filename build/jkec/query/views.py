"""DuckDB views over data/*.csv, typed from the Table Schemas (no second list of columns)."""

from __future__ import annotations

from pathlib import Path

import duckdb

from jkec.errors import JkecError
from jkec.package.release import load_release
from jkec.project import Project
from jkec.tables.schema import TableSchema, load_schemas


def read_csv_sql(schema: TableSchema, csv_path: str) -> str:
    """A read_csv() call reading one of the package's CSV files with the schema's column types."""
    columns = ", ".join(f"'{name}': '{sql_type}'" for name, sql_type in schema.duckdb_columns().items())
    path = csv_path.replace("'", "''")
    return (
        f"read_csv('{path}', header = true, auto_detect = false, delim = ',', quote = '\"', escape = '\"', "
        f"nullstr = '', columns = {{{columns}}})"
    )


def view_sql(schema: TableSchema, csv_path: str) -> str:
    """CREATE VIEW statement reading one CSV with the schema's column types."""
    return f"CREATE OR REPLACE VIEW {schema.name} AS SELECT * FROM {read_csv_sql(schema, csv_path)}"


def connect_tables(schemas: dict[str, TableSchema], data_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table, reading data_dir/<table>.csv."""
    connection = duckdb.connect(":memory:")
    for table, schema in schemas.items():
        path = data_dir / f"{table}.csv"
        if not path.is_file():
            raise JkecError(f"{path}: table not built yet (run `jkec build`)")
        connection.execute(view_sql(schema, str(path)))
    return connection


def connect(project: Project) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of the project's package."""
    return connect_tables(load_schemas(project, load_release(project).tables), project.data_dir)


def run_query(connection: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a query."""
    try:
        result = connection.execute(sql)
    except duckdb.Error as exc:
        raise JkecError(f"query failed: {exc}") from exc
    columns = [column[0] for column in result.description or []]
    return columns, result.fetchall()
