"""`jkec release`: record the current version and write its release bundle into dist/."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jkec.cli.common import RootOption, project_at, reported_errors


def release_command(
    with_texts: Annotated[bool, typer.Option("--with-texts", help="Include the article texts (raw/), for private use only: their publishers hold the copyright.")] = False,
    dist: Annotated[Path | None, typer.Option("--dist", help="Folder to write into (default: dist/ in the project).")] = None,
    previous: Annotated[str | None, typer.Option("--previous", help="The last released version's bundle or git ref (default: tag v<version>, or its zip in dist/).")] = None,
    root: RootOption = None,
) -> None:
    """Release the current version: check the versioning policy, record the version in build/releases.yaml and
    CHANGELOG.md (first time only), and write dist/<name>-<version>.zip and its folder (with a DuckDB database)."""
    from jkec.bundle.checksums import sha256
    from jkec.bundle.make import make_bundle
    from jkec.bundle.record import record_release
    from jkec.package.release import load_release
    from jkec.tables.schema import load_schemas

    with reported_errors():
        project = project_at(root)
        release = load_release(project)
        released = record_release(project, release, load_schemas(project, release.tables), previous)
        bundle = make_bundle(project, dist or project.root / "dist", with_texts=with_texts)
    verified = bundle.verified
    typer.echo(f"version {released.version} of {released.released} recorded in build/releases.yaml and CHANGELOG.md")
    typer.echo(f"wrote {bundle.archive} (sha256 {sha256(bundle.archive)})")
    typer.echo(f"and {bundle.folder}/ with {bundle.database.name}: {verified.files} files, {len(verified.rows)} tables, "
               f"{sum(verified.rows.values())} rows, verified")
