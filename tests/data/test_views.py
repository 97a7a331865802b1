"""DuckDB views over the built package (query/views.py) are typed from the schemas, and so are the tables that
`jkec sql` loads."""

from __future__ import annotations

import pytest

from jkec.documents.readme import EXAMPLE_QUERY
from jkec.project import Project
from jkec.query.views import connect, connect_read_only
from tests.support import PROJECT_ROOT, schema_documents

DUCKDB_TYPE = {"string": "VARCHAR", "integer": "BIGINT", "number": "DOUBLE", "boolean": "BOOLEAN", "date": "DATE"}
DOCUMENTS = schema_documents(PROJECT_ROOT)


@pytest.fixture(scope="module")
def connection(built_root):
    connection = connect(Project(built_root))
    yield connection
    connection.close()


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_view_columns_have_the_declared_types(connection, table):
    described = {name: kind for name, kind, *_ in connection.execute(f"DESCRIBE {table}").fetchall()}
    assert described == {field["name"]: DUCKDB_TYPE[field["type"]] for field in DOCUMENTS[table]["fields"]}


@pytest.fixture(scope="module")
def loaded(built_root):
    connection = connect_read_only(Project(built_root))
    yield connection
    connection.close()


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_loaded_table_has_the_columns_types_and_rows_of_the_view(connection, loaded, table):
    assert loaded.execute(f"DESCRIBE {table}").fetchall() == connection.execute(f"DESCRIBE {table}").fetchall()
    rows = f"SELECT * FROM {table}"
    assert loaded.execute(rows).fetchall() == connection.execute(rows).fetchall()


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_view_reads_every_csv_row(connection, tables, table):
    assert connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0] == len(tables[table])


def test_typed_values_support_date_and_boolean_logic(connection, tables):
    relevant = connection.execute("SELECT count(*) FROM passages WHERE relevant").fetchone()[0]
    assert relevant == (tables["passages"]["relevant"] == "true").sum()
    (earliest,) = connection.execute("SELECT min(published) FROM sources").fetchone()
    assert earliest.isoformat() == min(tables["sources"]["published"].dropna())


def test_readme_example_keeps_every_quotation_even_without_a_speaker(connection, tables):
    """Researchers copy the README's query: it must not drop unattributed quotations."""
    query = EXAMPLE_QUERY.rsplit("LIMIT", 1)[0]
    (count,) = connection.execute(f"SELECT count(*) FROM ({query})").fetchone()
    assert tables["quotes"]["speaker_actor_id"].isna().any()
    assert count == len(tables["quotes"])
