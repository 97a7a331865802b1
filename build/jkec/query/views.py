"""DuckDB over data/*.csv, typed from the Table Schemas (no second list of columns): views for the build's own
queries, and a locked, in-memory copy of the tables for `jkec sql`."""

from __future__ import annotations

from pathlib import Path

import duckdb

from jkec.errors import JkecError
from jkec.package.release import load_release
from jkec.project import Project
from jkec.tables.schema import TableSchema, load_schemas

LOCK_DOWN = (
    "SET temp_directory = ''",  # no spilling to disk: a query larger than memory fails instead of writing files
    "SET enable_external_access = false",  # no file or network access, no extension installed or loaded
    "SET lock_configuration = true",  # and no statement can change these settings back
)


def read_csv_sql(schema: TableSchema, csv_path: str) -> str:
    """SELECT reading one CSV with the schema's column types."""
    columns = ", ".join(f"'{name}': '{sql_type}'" for name, sql_type in schema.duckdb_columns().items())
    path = csv_path.replace("'", "''")
    return (
        f"SELECT * FROM read_csv('{path}', header = true, auto_detect = false, delim = ',', quote = '\"', "
        f"escape = '\"', nullstr = '', columns = {{{columns}}})"
    )


def connect_tables(schemas: dict[str, TableSchema], data_dir: Path, load: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table, reading data_dir/<table>.csv when queried; with
    `load`, one table of the same name and types instead, read into memory now."""
    connection = duckdb.connect(":memory:")
    for table, schema in schemas.items():
        path = data_dir / f"{table}.csv"
        if not path.is_file():
            raise JkecError(f"{path}: table not built yet (run `jkec build`)")
        statement = f"CREATE TABLE {table} AS " if load else f"CREATE OR REPLACE VIEW {table} AS "
        try:
            connection.execute(statement + read_csv_sql(schema, str(path)))
        except duckdb.Error as exc:
            raise JkecError(f"{path}: cannot be read with the columns and types of {schema.path.name}; run `jkec build` "
                            f"({exc})") from exc
    return connection


def connect(project: Project, load: bool = False) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view (with `load`, one loaded table) per table of the package."""
    return connect_tables(load_schemas(project, load_release(project).tables), project.data_dir, load)


def connect_read_only(project: Project) -> duckdb.DuckDBPyConnection:
    """The package's tables loaded into memory, then every file, network and extension access switched off and
    the configuration locked: no statement run on this connection can read or write a file."""
    connection = connect(project, load=True)
    for statement in LOCK_DOWN:
        connection.execute(statement)
    return connection


def run_query(connection: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple]]:
    """Column names and rows of a query (of its last statement, when it has several)."""
    try:
        result = connection.execute(sql) if sql.strip() else None
    except duckdb.Error as exc:
        raise JkecError(f"query failed: {exc}") from exc
    if result is None:
        raise JkecError("the query is empty: give an SQL statement, e.g. \"SELECT count(*) FROM quotes\"")
    columns = [column[0] for column in result.description or []]
    return columns, result.fetchall()
