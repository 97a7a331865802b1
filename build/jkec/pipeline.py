"""The runner: raw articles → extraction → cross-article tables → the gate → validation → published package."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from jkec.assemble.tables import assemble_tables
from jkec.corpus import extract_corpus, extraction_workers
from jkec.curated import load_curated
from jkec.errors import JkecError
from jkec.evaluate.run import evaluate, evaluation_table
from jkec.package.frictionless_check import frictionless_validate
from jkec.package.publish import publish, validator
from jkec.package.release import Release, load_release
from jkec.project import Project
from jkec.sources.articles import Article, Corpus, Refusal, load_corpus
from jkec.tables.checks import validate_tables
from jkec.tables.conform import conform
from jkec.tables.csvfiles import read_table
from jkec.tables.schema import TableSchema, load_schemas


@dataclass(frozen=True)
class BuildSummary:
    """What a build produced, for the one-screen report."""

    articles: int  # built
    refused: list[Refusal]
    rows: dict[str, int]
    passages: pd.DataFrame
    date_conflicts: pd.DataFrame
    undated_event_mentions: int
    unresolved_time_expressions: pd.DataFrame
    uncurated_actors: pd.DataFrame


def evaluate_build(project: Project, frames: dict[str, pd.DataFrame], articles: list[Article]):
    """Scores against the release's gold folder, or None when the project has none."""
    gold = load_release(project).gold
    if not gold or not (project.root / gold).is_dir():
        return None
    return evaluate(frames, {a.source_id: a.text for a in articles}, project.root / gold)


def raw_texts(articles: list[Article]) -> pd.DataFrame:
    return pd.DataFrame({"source_id": [a.source_id for a in articles], "text": [a.text for a in articles]})


def _unresolved(expressions: pd.DataFrame) -> pd.DataFrame:
    if expressions.empty:
        return pd.DataFrame(columns=["source_id", "char_start", "text"])
    return expressions.loc[~expressions["resolved"].astype(bool), ["source_id", "char_start", "text"]].reset_index(drop=True)


def check_refusals(project: Project, release: Release, corpus: Corpus) -> None:
    """A build needs an article, and refuses none that the gold annotations score (their figures would change)."""
    if not corpus.articles:
        raise JkecError("no article can be built:\n  " + "\n  ".join(
            [refusal.reason for refusal in corpus.refused] or [f"{project.manifest_path} lists none"]))
    for refusal in corpus.refused:
        if (gold := release.gold) and (annotated := project.root / gold / f"{refusal.source_id}.yaml").is_file():
            raise JkecError(f"{annotated}: annotates an article the build refuses ({refusal.reason}); mend the file "
                            "or remove the gold file")


def build(project: Project, jobs: int = 1, on_start: Callable[[int], None] = lambda total: None,
          advance: Callable[[], None] = lambda: None, scheduler: str | None = None) -> BuildSummary:
    """Rebuild every table from raw/ and publish the package; no file is touched if anything fails. An article
    that cannot be read is refused (the summary says why) and the others are built. Articles are extracted by
    `jobs` processes, or by the workers of the Dask scheduler at `scheduler`; the cross-article steps run here."""
    with validator() as background:  # Frictionless's process starts while this one reads and extracts
        release = load_release(project)
        schemas = load_schemas(project, release.tables)
        curated = load_curated(project)
        with extraction_workers(curated, 1 if scheduler else jobs) as workers:  # they start while the corpus is read
            corpus = load_corpus(project)
            check_refusals(project, release, corpus)
            articles, entries = corpus.articles, corpus.built_entries
            on_start(len(articles))
            extracted = extract_corpus(curated, articles, jobs, advance, scheduler, workers)
        assembled = assemble_tables(curated, entries, articles, extracted, schemas)
        frames = {table: conform(assembled.frames[table], schemas[table]) for table in assembled.frames}
        frames["evaluation"] = conform(evaluation_table(evaluate_build(project, frames, articles)), schemas["evaluation"])
        publish(project, frames, schemas, release, entries, curated,
                checks=lambda: validate_tables(frames, schemas, raw_texts(articles)), background=background)
    passages = frames["passages"]
    return BuildSummary(
        articles=len(articles),
        refused=corpus.refused,
        rows={table: len(frame) for table, frame in frames.items()},
        passages=passages.groupby(["relevant", "reason"]).size().reset_index(name="passages"),
        date_conflicts=assembled.date_conflicts,
        undated_event_mentions=int(frames["event_mentions"]["date"].isna().sum()),
        unresolved_time_expressions=_unresolved(extracted.get("time_expressions", pd.DataFrame())),
        uncurated_actors=assembled.uncurated_actors,
    )


@dataclass(frozen=True)
class Package:
    """The published tables as typed frames, with the raw texts they point into."""

    release: Release
    schemas: dict[str, TableSchema]
    frames: dict[str, pd.DataFrame]
    articles: list[Article]

    @property
    def texts(self) -> dict[str, str]:
        return {article.source_id: article.text for article in self.articles}


def load_package(project: Project) -> Package:
    """Read data/ through the gate (schema order and types, rows as in the files) and the verified raw articles
    (those a build does not refuse)."""
    release = load_release(project)
    schemas = load_schemas(project, release.tables)
    articles = load_corpus(project).articles
    frames = {
        table: conform(read_table(project.table_path(table)), schema, sort_by_key=False) for table, schema in schemas.items()
    }
    return Package(release, schemas, frames, articles)


def validate_package(project: Project, with_frictionless: bool = True) -> dict[str, int]:
    """Check the published tables in data/ against the schemas, the raw texts and (standard) Frictionless."""
    package = load_package(project)
    validate_tables(package.frames, package.schemas, raw_texts(package.articles))
    rows = {table: len(frame) for table, frame in package.frames.items()}
    if with_frictionless:
        frictionless_validate(project.descriptor_path, rows)
    return rows
