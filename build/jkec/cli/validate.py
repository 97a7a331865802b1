"""`jkec validate`: check the published package in data/."""

from __future__ import annotations

from typing import Annotated

import typer

from jkec.cli.common import RootOption, console, project_at, reported_errors


def validate_command(
    root: RootOption = None,
    fast: Annotated[bool, typer.Option("--fast", help="Skip the (slower) Frictionless row validation.")] = False,
) -> None:
    """Validate data/ against the schemas, the raw texts and, unless --fast, Frictionless."""
    from jkec.pipeline import validate_package

    with reported_errors():
        rows = validate_package(project_at(root), with_frictionless=not fast)
    console.print(f"valid: {len(rows)} tables, {sum(rows.values())} rows" + (" (Frictionless skipped)" if fast else ""))
