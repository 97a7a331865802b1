"""`jkec sql`: query the package with DuckDB."""

from __future__ import annotations

from typing import Annotated

import typer

from jkec.cli.common import RootOption, project_at, reported_errors
from jkec.cli.render import OutputFormat, render
from jkec.query.views import connect, run_query


def sql_command(
    query: Annotated[str, typer.Argument(help="SQL over the package's tables, e.g. \"SELECT count(*) FROM quotes\".")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    root: RootOption = None,
) -> None:
    """Run a DuckDB query against every table (as views typed from the schemas)."""
    with reported_errors():
        columns, rows = run_query(connect(project_at(root)), query)
    typer.echo(render(columns, rows, output))
