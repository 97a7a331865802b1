"""`jkec verify`: check a release bundle offline."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jkec.cli.common import reported_errors


def verify_command(
    path: Annotated[Path, typer.Argument(help="A release bundle: its .zip or its unpacked folder.")],
) -> None:
    """Check every file against SHA256SUMS, then validate every table (Frictionless and the project's checks)."""
    with reported_errors():
        from jkec.bundle.verify import verify_bundle

        verified = verify_bundle(path)
    extras = [" the article texts match their sha256 and every evidence span;" if verified.with_texts else "",
              " the DuckDB database holds the same rows;" if verified.database else ""]
    typer.echo(f"verified {path}: {verified.files} files match SHA256SUMS; {len(verified.rows)} tables, "
               f"{sum(verified.rows.values())} rows valid;{''.join(extras)} Parquet equal to CSV")

