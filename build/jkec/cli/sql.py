"""`jkec sql`: query the package with DuckDB."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from enum import Enum
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from jkec.cli.common import RootOption, console, project_at, reported_errors
from jkec.query.views import connect, run_query


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def render(columns: list[str], rows: list[tuple], output: OutputFormat) -> str | Table:
    if output is OutputFormat.json:
        return json.dumps([dict(zip(columns, map(_plain, row))) for row in rows], ensure_ascii=False, indent=2)
    if output is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])
        return buffer.getvalue().rstrip("\n")
    table = Table(*columns)
    for row in rows:
        table.add_row(*(Text("" if value is None else str(_plain(value))) for value in row))
    return table


def sql_command(
    query: Annotated[str, typer.Argument(help="SQL over the package's tables, e.g. \"SELECT count(*) FROM quotes\".")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.table,
    root: RootOption = None,
) -> None:
    """Run a DuckDB query against every table (as views typed from the schemas)."""
    with reported_errors():
        columns, rows = run_query(connect(project_at(root)), query)
    rendered = render(columns, rows, output)
    if isinstance(rendered, str):
        typer.echo(rendered)
    else:
        console.print(rendered)
