"""The `jkec` application: registers the commands and turns project errors into clear messages."""

from __future__ import annotations

import typer

from jkec.cli import add, build, diff, evaluate, release, remove, sql, validate, verify

app = typer.Typer(
    help="Japan–Korea export controls dispute dataset: build, validate, query, grow and release the data package.",
    no_args_is_help=True,
    add_completion=False,
)
app.command("build")(build.build_command)
app.command("validate")(validate.validate_command)
app.command("sql")(sql.sql_command)
app.command("add")(add.add_command)
app.command("remove")(remove.remove_command)
app.command("evaluate")(evaluate.evaluate_command)
app.command("release")(release.release_command)
app.command("verify")(verify.verify_command)
app.command("diff")(diff.diff_command)
