"""`jkec sql`: query the package with DuckDB, read-only."""

from __future__ import annotations

from typing import Annotated

import typer

from jkec.cli.common import RootOption, project_at, reported_errors
from jkec.cli.render import OutputFormat, render


def sql_command(
    query: Annotated[str, typer.Argument(help="SQL over the package's tables, e.g. \"SELECT count(*) FROM quotes\".")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    root: RootOption = None,
) -> None:
    """Run a DuckDB query against every table (typed from the schemas), read-only.

    The tables are loaded into memory, then file and network access is
    switched off and the configuration locked: no statement can read or
    write a file (COPY, EXPORT, ATTACH, read_csv ...), install or load an
    extension, or switch access back on. Changes to the tables last for
    this query only; nothing spills to disk.
    """
    from jkec.query.views import connect_read_only, run_query

    with reported_errors():
        columns, rows = run_query(connect_read_only(project_at(root)), query)
    typer.echo(render(columns, rows, output))
