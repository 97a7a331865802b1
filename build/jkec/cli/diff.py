"""`jkec diff`: what changed, record by record, between two versions of the package."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from jkec.cli.common import RootOption, reported_errors
from jkec.cli.render import OutputFormat, plain_table, render
from jkec.errors import JkecError
from jkec.project import find_project

if TYPE_CHECKING:
    from jkec.bundle.diff import Change, TableDiff

CHANGE_COLUMNS = ["table", "change", "key", "field", "old", "new"]


def _project_root(root: Path | None) -> Path | None:
    """The project to read git refs from; none is needed when both versions are paths."""
    try:
        return find_project(root).root
    except JkecError:
        return None


def fields_text(summary: TableDiff) -> str:
    return ", ".join(f"{name} ({count})" for name, count in summary.fields.items())


def summary_table(summaries: list[TableDiff]) -> str:
    rows = [
        (s.table, s.added, s.removed, s.changed, fields_text(s), ", ".join(s.columns_added), ", ".join(s.columns_removed))
        for s in summaries if not s.empty
    ]
    if not rows:
        return "no differences"
    return plain_table(["table", "added", "removed", "changed", "changed fields", "columns added", "columns removed"], rows)


def change_rows(changes: list[Change]) -> list[tuple]:
    return [(c.table, c.change, c.key, c.field, c.old, c.new) for c in changes]


def diff_command(
    old: Annotated[str, typer.Argument(help="The older version: a bundle .zip or folder, a project folder, or a git ref.")],
    new: Annotated[str, typer.Argument(help="The newer version, likewise (e.g. `.` for the working tree).")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="table: summary and records; csv, json: records.")] = OutputFormat.table,
    root: RootOption = None,
) -> None:
    """Records added, removed and changed (field by field, old → new) in each table, by primary key."""
    with reported_errors():
        project_root = _project_root(root)
        from jkec.bundle.diff import diff_snapshots
        from jkec.bundle.snapshot import open_snapshot

        before, after = open_snapshot(old, project_root), open_snapshot(new, project_root)
        summaries, changes = diff_snapshots(before, after)
    if output is not OutputFormat.table:
        typer.echo(render(CHANGE_COLUMNS, change_rows(changes), output))
        return
    typer.echo(f"{old} ({before.version}) → {new} ({after.version})\n\n{summary_table(summaries)}")
    if changes:
        typer.echo("\n" + plain_table(CHANGE_COLUMNS, change_rows(changes)))
