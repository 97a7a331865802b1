"""What every command shares: the --root option and error reporting. The command modules import the pipeline
(spaCy, pandas, DuckDB, Frictionless) inside their functions, so that `jkec --help` loads none of it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.text import Text

from jkec.errors import JkecError, ValidationFailed
from jkec.project import Project, find_project

RootOption = Annotated[
    Path | None, typer.Option("--root", help="Project folder (default: the one containing the working directory).")
]
console = Console()
errors = Console(stderr=True)


def project_at(root: Path | None) -> Project:
    return find_project(root)


@contextmanager
def reported_errors() -> Iterator[None]:
    """Print a project error as one clear message and exit 1, instead of a traceback."""
    try:
        yield
    except (JkecError, ValidationFailed) as exc:
        errors.print(Text.assemble(("error:", "bold red"), f" {exc}"), highlight=False, soft_wrap=True)
        raise typer.Exit(1) from exc
