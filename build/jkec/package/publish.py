"""Write the package into a staging folder, validate it there, then swap it in: data/, datapackage.yaml and
README.md (every file a build writes) are replaced together or left as they were. The README's generated sections
are rendered from the staged tables before the swap."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd

from jkec.package.descriptor import build_descriptor, dump_descriptor
from jkec.package.frictionless_check import frictionless_validate
from jkec.package.readme import render_readme
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


def swap_in(staging: Path, project: Project) -> None:
    """Move the staged data/, datapackage.yaml and README.md into place, each old one set aside first. If a move
    fails or is interrupted (Ctrl-C included), every step taken is undone, so that the project keeps its old
    package whole: every move is a rename within the project folder."""
    names = ["data", "datapackage.yaml", *(["README.md"] if (staging / "README.md").exists() else [])]
    targets = {"data": project.data_dir, "datapackage.yaml": project.descriptor_path, "README.md": project.readme_path}
    previous = staging / "previous"
    previous.mkdir()
    started: list[str] = []
    try:
        for name in names:
            started.append(name)
            if targets[name].exists():
                os.replace(targets[name], previous / name)
            os.replace(staging / name, targets[name])
    except BaseException:
        for name in reversed(started):
            if not (staging / name).exists() and targets[name].exists():
                os.replace(targets[name], staging / name)
            if (previous / name).exists():
                os.replace(previous / name, targets[name])
        raise


def publish(project: Project, frames: dict[str, pd.DataFrame], schemas: dict[str, TableSchema], release: Release,
            entries: list[SourceEntry]) -> None:
    """Stage, validate with Frictionless, and swap in the package."""
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=project.root))
    try:
        stage_package(staging, project, frames, schemas, release, entries)
        rows = {table: len(frames[table]) for table in release.tables}
        frictionless_validate(staging / "datapackage.yaml", rows)
        if project.readme_path.is_file():
            readme = render_readme(project.readme_path, release, schemas, rows, staging / "data")
            (staging / "README.md").write_text(readme, encoding="utf-8")
        swap_in(staging, project)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
