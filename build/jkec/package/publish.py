"""Write the package into a staging folder, validate it there, then swap it in: data/ is replaced whole or
left as it was. The README's generated sections are rendered from the staged tables before the swap."""

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
    """Replace data/, datapackage.yaml and README.md by the staged ones; restore the old data/ if the swap fails."""
    previous = staging / "previous-data"
    if project.data_dir.exists():
        os.rename(project.data_dir, previous)
    try:
        os.rename(staging / "data", project.data_dir)
    except OSError:
        if previous.exists():
            os.rename(previous, project.data_dir)
        raise
    os.replace(staging / "datapackage.yaml", project.descriptor_path)
    if (staging / "README.md").exists():
        os.replace(staging / "README.md", project.readme_path)


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
