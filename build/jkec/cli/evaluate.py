"""`jkec evaluate`: compare the built package with gold annotations; print the figures per split and the
findings of the dev articles."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
import yaml

from jkec.cli.common import RootOption, project_at, reported_errors
from jkec.cli.render import OutputFormat, render
from jkec.errors import JkecError

if TYPE_CHECKING:
    from jkec.evaluate.scores import Finding, Scorer


def _findings(findings: list[Finding], hidden: int) -> str:
    lines = [f"Findings ({len(findings)}): misses, false positives and wrong values"]
    for finding in findings:
        detail = finding.where if finding.kind != "wrong value" else f"{finding.where}: gold {finding.gold!r}, built {finding.predicted!r}"
        lines.append(f"  {finding.split} {finding.table}.{finding.field} {finding.kind} [{finding.source_id}] {detail}")
    if hidden:
        lines.append(f"  ({hidden} findings on test articles not listed: test articles measure unseen text; "
                     "--show-test lists them, to explain a figure, never to write a rule)")
    return "\n".join(lines)


def record_floor(scorer: Scorer, path: Path) -> None:
    """Write the current figures of each split as the accuracy floor that tests hold the next builds to."""
    from jkec.evaluate.gold import SPLITS

    floor = {
        split: {f"{s.table}/{s.field}/{s.rule}": dict(zip(("precision", "recall", "f1"), s.ratios()))
                for s in scorer.scores if s.split == split}
        for split in SPLITS
    }
    header = ("# Accuracy floor per split: a build whose figures fall below these fails the tests. Lower only in a\n"
              "# reviewed commit; `jkec evaluate --record-floor` writes it.\n")
    path.write_text(header + yaml.safe_dump(floor, sort_keys=True), encoding="utf-8")


def evaluate_command(
    gold: Annotated[Path | None, typer.Option("--gold", help="Folder of gold files <source_id>.yaml (default: the release's).")] = None,
    output: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format of the figures; csv and json print the figures only.")] = OutputFormat.table,
    findings: Annotated[bool, typer.Option("--findings/--no-findings", help="List every miss, false positive and wrong value of dev articles.")] = True,
    show_test: Annotated[bool, typer.Option("--show-test", help="Also list the findings of test articles (to explain a figure only).")] = False,
    record: Annotated[Path | None, typer.Option("--record-floor", help="Also write the figures as the accuracy floor file.")] = None,
    root: RootOption = None,
) -> None:
    """Compare data/ with gold annotations: precision, recall and F1 per split (test, dev, all), table and field."""
    from jkec.evaluate.run import EVALUATION_COLUMNS, evaluate
    from jkec.pipeline import load_package

    with reported_errors():
        project = project_at(root)
        package = load_package(project)
        folder = gold or (project.root / package.release.gold if package.release.gold else None)
        if folder is None:
            raise JkecError("no gold folder: pass --gold DIR or set `gold` in build/release.yaml")
        scorer = evaluate(package.frames, package.texts, folder)
    rows = [tuple(score.row()[column] for column in EVALUATION_COLUMNS) for score in scorer.scores]
    typer.echo(render(EVALUATION_COLUMNS, rows, output))
    if findings and output is OutputFormat.table:
        listed = [f for f in scorer.findings if f.split == "dev" or (show_test and f.split == "test")]
        hidden = sum(f.split == "test" for f in scorer.findings) - sum(f.split == "test" for f in listed)
        typer.echo(_findings(listed, hidden))
    if record:
        record_floor(scorer, record)
        typer.echo(f"accuracy floor written to {record}")
