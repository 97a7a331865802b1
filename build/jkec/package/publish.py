"""Write the package into a staging folder, validate it there (Frictionless in another process, while the build's
own checks run and the documents are rendered), then swap it in: data/, datapackage.yaml and the
generated documents (README.md's generated sections, the codebook ...: every file a build writes) are replaced
together or left as they were. The documents are rendered from the staged tables before the swap."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from importlib import import_module
from multiprocessing import get_context
from pathlib import Path

import pandas as pd

from jkec.curated import Curated
from jkec.documents.generate import DocumentInputs, generate_documents
from jkec.package.descriptor import build_descriptor, dump_descriptor
from jkec.package.frictionless_check import frictionless_validate
from jkec.package.release import Release
from jkec.project import Project
from jkec.sources.manifest import SourceEntry
from jkec.tables.csvfiles import write_table
from jkec.tables.schema import TableSchema


def stage_package(staging: Path, project: Project, frames: dict[str, pd.DataFrame], schemas: dict[str, TableSchema],
                  release: Release, entries: list[SourceEntry]) -> None:
    """The complete package (data/, datapackage.yaml and a copy of schemas/) inside `staging`."""
    data_dir = staging / "data"
    data_dir.mkdir()
    for table in release.tables:
        write_table(frames[table], data_dir / f"{table}.csv")
    shutil.copytree(project.schemas_dir, staging / "schemas")
    descriptor = build_descriptor(release, schemas, entries, data_dir)
    (staging / "datapackage.yaml").write_text(dump_descriptor(descriptor), encoding="utf-8")


def stage_documents(staging: Path, inputs: DocumentInputs) -> list[str]:
    """Write the generated documents into `staging` at their project paths; return those paths."""
    documents = generate_documents(inputs)
    for name, content in documents.items():
        (staging / name).parent.mkdir(parents=True, exist_ok=True)
        (staging / name).write_bytes(content)
    return sorted(documents)


def validator() -> ProcessPoolExecutor:
    """A fresh process for Frictionless (it shares no memory with this one), started at once with its imports: made
    before extraction, it is ready when the package is staged."""
    background = ProcessPoolExecutor(1, mp_context=get_context("spawn"))
    background.submit(import_module, frictionless_validate.__module__)
    return background


def check_and_render(staging: Path, inputs: DocumentInputs, checks: Callable[[], None],
                     background: ProcessPoolExecutor | None = None) -> list[str]:
    """Run `checks`, then stage the documents, while Frictionless validates the staged package in `background` (a
    `validator()`, made here when not given, and shut down on return); a failure is raised as when the three ran
    in turn: the checks', then Frictionless's, then the documents'."""
    with background or validator() as pool:
        validation = pool.submit(frictionless_validate, staging / "datapackage.yaml", inputs.rows)
        checks()
        try:
            return stage_documents(staging, inputs)
        finally:
            validation.result()


def _make_folder(folder: Path, made: list[Path]) -> None:
    """Make `folder` and any missing parent, noting each one made."""
    if not folder.exists():
        _make_folder(folder.parent, made)
        folder.mkdir()
        made.append(folder)


def swap_in(staging: Path, project: Project, files: list[str]) -> None:
    """Move the staged data/ and `files` (paths from the project root) into place, each old one set aside first.
    If a move fails or is interrupted (Ctrl-C included), every step taken is undone, so that the project keeps its
    old package and documents whole: every move is a rename within the project folder."""
    previous = staging / "previous"
    started: list[str] = []
    made: list[Path] = []
    try:
        for name in ["data", *files]:
            started.append(name)
            target, aside = project.root / name, previous / name
            _make_folder(target.parent, made)
            if target.exists():
                aside.parent.mkdir(parents=True, exist_ok=True)
                os.replace(target, aside)
            os.replace(staging / name, target)
    except BaseException:
        for name in reversed(started):
            target, aside = project.root / name, previous / name
            if not (staging / name).exists() and target.exists():
                os.replace(target, staging / name)
            if aside.exists():
                os.replace(aside, target)
        for folder in reversed(made):
            folder.rmdir()
        raise


def publish(project: Project, frames: dict[str, pd.DataFrame], schemas: dict[str, TableSchema], release: Release,
            entries: list[SourceEntry], curated: Curated, checks: Callable[[], None] = lambda: None,
            background: ProcessPoolExecutor | None = None) -> None:
    """Stage; run `checks` (the build's own, on the frames) and render the documents while Frictionless validates
    the staged package (in `background`, a `validator()`, when given); swap everything in once all have passed."""
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=project.root))
    try:
        stage_package(staging, project, frames, schemas, release, entries)
        rows = {table: len(frames[table]) for table in release.tables}
        inputs = DocumentInputs(project, release, schemas, curated, staging / "data", rows)
        documents = check_and_render(staging, inputs, checks, background)
        swap_in(staging, project, [project.descriptor_path.name, *documents])
    finally:
        shutil.rmtree(staging, ignore_errors=True)
