"""`jkec release`: write the release bundle of the current version into dist/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jkec.bundle.checksums import sha256
from jkec.bundle.make import make_bundle
from jkec.cli.common import RootOption, project_at, reported_errors


def release_command(
    with_texts: Annotated[bool, typer.Option("--with-texts", help="Include the article texts (raw/), for private use only: their publishers hold the copyright.")] = False,
    dist: Annotated[Path | None, typer.Option("--dist", help="Folder to write into (default: dist/ in the project).")] = None,
    root: RootOption = None,
) -> None:
    """Write dist/<name>-<version>.zip and its unpacked folder (with a DuckDB database), verified."""
    with reported_errors():
        project = project_at(root)
        bundle = make_bundle(project, dist or project.root / "dist", with_texts=with_texts)
    verified = bundle.verified
    typer.echo(f"wrote {bundle.archive} (sha256 {sha256(bundle.archive)})")
    typer.echo(f"and {bundle.folder}/ with {bundle.database.name}: {verified.files} files, {len(verified.rows)} tables, "
               f"{sum(verified.rows.values())} rows, verified")
