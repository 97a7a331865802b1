"""`jkec remove`: take an article out of raw/ and the manifest."""

from __future__ import annotations

from typing import Annotated

import typer

from jkec.cli.common import RootOption, console, project_at, reported_errors


def remove_command(
    source_id: Annotated[str, typer.Argument(help="The article's source_id, as raw/sources.yaml lists it.")],
    root: RootOption = None,
) -> None:
    """Remove an article from raw/ and raw/sources.yaml; `jkec build` then drops its records."""
    from jkec.sources.remove import remove_article

    with reported_errors():
        entry = remove_article(project_at(root), source_id)
    console.print(f"removed raw/{entry.path} and source {entry.source_id}; run `jkec build` to drop its records")
