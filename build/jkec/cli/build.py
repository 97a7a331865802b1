"""`jkec build`: rebuild every table from raw/ and publish the package."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer
from rich.progress import Progress
from rich.table import Table

from jkec.cli.common import RootOption, console, project_at, reported_errors

if TYPE_CHECKING:
    from jkec.pipeline import BuildSummary


def _report(summary: BuildSummary) -> None:
    rows = Table(title="Tables written to data/")
    rows.add_column("table")
    rows.add_column("rows", justify="right")
    for table, count in summary.rows.items():
        rows.add_row(table, str(count))
    console.print(rows)
    passages = Table(title="Passages: kept (relevant) and dropped")
    for column in ("relevant", "reason", "passages"):
        passages.add_column(column)
    for record in summary.passages.itertuples(index=False):
        passages.add_row("kept" if record.relevant else "dropped", record.reason, str(record.passages))
    console.print(passages)
    console.print(f"Event mentions with no date: {summary.undated_event_mentions}")
    unresolved = summary.unresolved_time_expressions
    console.print(f"Temporal expressions that could not be resolved: {len(unresolved)}")
    for expression in unresolved.itertuples(index=False):
        console.print(f"  {expression.source_id} @{expression.char_start}: {expression.text!r}", markup=False)
    if len(summary.date_conflicts):
        console.print(f"[yellow]Date conflicts (mentions compatible with several events, kept apart): {len(summary.date_conflicts)}[/]")
        for conflict in summary.date_conflicts.itertuples(index=False):
            console.print(
                f"  {conflict.source_id} @{conflict.char_start}: {conflict.event_type} {conflict.date_text!r} ({conflict.date_precision})",
                markup=False,
            )
    else:
        console.print("Date conflicts: none")
    if len(summary.uncurated_actors):
        console.print(f"[yellow]Actors found in the text but not in curated/actors.yaml (curated = false): {len(summary.uncurated_actors)}[/]")
        for actor in summary.uncurated_actors.itertuples(index=False):
            console.print(f"  {actor.actor_id}: {actor.name} ({actor.actor_type}, {actor.title or 'no title'})", markup=False)
    else:
        console.print("Uncurated actors: none")
    _report_articles(summary)


def _report_articles(summary: BuildSummary) -> None:
    """Every article of the manifest: built, or refused with the reason."""
    counts = f"Articles in raw/sources.yaml: {summary.articles + len(summary.refused)}, built {summary.articles}"
    if not summary.refused:
        console.print(f"{counts}, refused none")
        return
    console.print(f"[yellow]{counts}, refused {len(summary.refused)} (left out of every table):[/]")
    for refusal in summary.refused:
        console.print(f"  {refusal.source_id}: {refusal.reason}", markup=False, soft_wrap=True)


def build_command(
    root: RootOption = None,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=0, help="Worker processes for extraction (default, or 0: one per available core).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", help="Extract on the workers of this Dask scheduler (e.g. tcp://10.0.0.5:8786) instead of "
        "local processes; needs jkec[cluster]. The cross-article steps still run here.")] = None,
) -> None:
    """Rebuild data/ and datapackage.yaml from raw/, validating before anything is replaced; an article file that
    cannot be read is refused, with its reason, and the others are built. The tables are the same bytes whatever
    --jobs or --scheduler."""
    from jkec.corpus import available_cores
    from jkec.pipeline import build

    with reported_errors():
        project = project_at(root)
        with Progress(console=console, transient=True) as progress:
            task = progress.add_task("Extracting articles", total=None)
            summary = build(
                project,
                jobs=jobs or available_cores(),
                scheduler=scheduler,
                on_start=lambda total: progress.update(task, total=total),
                advance=lambda: progress.advance(task),
            )
        _report(summary)
