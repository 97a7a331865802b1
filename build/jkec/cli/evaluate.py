"""`jkec evaluate`: compare the built package with gold annotations; print the figures and every finding."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.table import Table
from rich.text import Text

from jkec.cli.common import RootOption, console, project_at, reported_errors
from jkec.errors import JkecError
from jkec.evaluate.run import evaluate
from jkec.evaluate.scores import Scorer
from jkec.pipeline import load_package


def _figures(scorer: Scorer) -> Table:
    table = Table("table", "field", "rule", "gold", "predicted", "correct", "precision", "recall", "F1")
    for score in scorer.scores:
        table.add_row(score.table, score.field, score.rule, str(score.n_gold), str(score.n_predicted),
                      str(score.n_correct), *(f"{value:.3f}" for value in score.ratios()))
    return table


def _findings(scorer: Scorer) -> None:
    console.print(f"Findings ({len(scorer.findings)}): misses, false positives and wrong values")
    for finding in scorer.findings:
        detail = finding.where if finding.kind != "wrong value" else f"{finding.where}: gold {finding.gold!r}, built {finding.predicted!r}"
        console.print(Text(f"  {finding.table}.{finding.field} {finding.kind} [{finding.source_id}] {detail}"))


def record_floor(scorer: Scorer, path: Path) -> None:
    """Write the current figures as the accuracy floor that tests hold the next builds to."""
    floor = {f"{s.table}/{s.field}/{s.rule}": dict(zip(("precision", "recall", "f1"), s.ratios())) for s in scorer.scores}
    header = "# Accuracy floor: a build whose figures fall below these fails the tests. Lower only in a reviewed commit.\n"
    path.write_text(header + yaml.safe_dump(floor, sort_keys=True), encoding="utf-8")


def evaluate_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Folder of gold files <source_id>.yaml (default: the release's).")] = None,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every miss, false positive and wrong value.")] = True,
    record: Annotated[Path | None, typer.Option("--record-floor", help="Also write the figures as the accuracy floor file.")] = None,
    root: RootOption = None,
) -> None:
    """Compare data/ with gold annotations: precision, recall and F1 per table and field."""
    with reported_errors():
        project = project_at(root)
        package = load_package(project)
        folder = gold or (project.root / package.release.gold if package.release.gold else None)
        if folder is None:
            raise JkecError("no gold folder: pass --gold DIR or set `gold` in build/release.yaml")
        scorer = evaluate(package.frames, package.texts, folder)
    console.print(_figures(scorer))
    if findings:
        _findings(scorer)
    if record:
        record_floor(scorer, record)
        console.print(f"accuracy floor written to {record}")
