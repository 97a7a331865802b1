"""`jkec add`: copy a new article into raw/ and record it in the manifest."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from jkec.cli.common import RootOption, console, project_at, reported_errors


def add_command(
    path: Annotated[Path, typer.Argument(help="The article, a UTF-8 .txt file.")],
    title: Annotated[str, typer.Option("--title", help="Headline as the article shows it.")],
    published: Annotated[str, typer.Option("--published", help="Publication date, YYYY-MM-DD.")],
    publisher: Annotated[str | None, typer.Option("--publisher", help="Publisher or agency as the text shows it.")] = None,
    precision: Annotated[str, typer.Option("--precision", help="Precision of --published: day, month or year.")] = "day",
    basis: Annotated[str | None, typer.Option("--basis", help="How the publication date was established.")] = None,
    url: Annotated[str | None, typer.Option("--url", help="Original address of the article.")] = None,
    language: Annotated[str, typer.Option("--language", help="ISO 639-1 language code.")] = "en",
    sha256: Annotated[str | None, typer.Option("--sha256", help="Refuse the file unless its sha256 is this.")] = None,
    root: RootOption = None,
) -> None:
    """Add an article to raw/ and raw/sources.yaml; `jkec build` then extracts it."""
    from jkec.sources.add import add_article

    with reported_errors():
        entry = add_article(
            project_at(root), path, title=title, publisher=publisher, published=published, precision=precision,
            basis=basis, url=url, language=language, sha256=sha256,
        )
    console.print(f"added raw/{entry.path} as source {entry.source_id}; run `jkec build` to extract it")
