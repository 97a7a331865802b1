"""Benchmark: build time and peak memory on a synthetic corpus of N articles.

The corpus is the project's own raw articles, copied N/5 times under new source ids (each copy gets a
distinct marker line so that its sha256 differs). Run:

    python benchmarks/build_speed.py --articles 1000 --jobs 1 --jobs 2

It builds in a temporary copy of the project and prints one line per run: articles, jobs, seconds, peak
resident memory of the process tree (MiB), rows written.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import tempfile
import time
from pathlib import Path

import yaml

from jkec.pipeline import build
from jkec.project import Project
from jkec.sources.manifest import SourceEntry, file_sha256, load_manifest

ROOT = Path(__file__).resolve().parents[1]


def synthetic_project(folder: Path, articles: int) -> Project:
    """A copy of the project whose raw/ holds `articles` articles cloned from the real ones."""
    for part in ("curated", "schemas", "raw"):
        shutil.copytree(ROOT / part, folder / part)
    (folder / "build").mkdir()
    shutil.copy(ROOT / "build" / "release.yaml", folder / "build" / "release.yaml")
    project = Project(folder)
    seeds = load_manifest(project)
    entries: list[SourceEntry] = list(seeds)
    for number in range(len(seeds), articles):
        seed = seeds[number % len(seeds)]
        source_id = f"{number:06d}_bench"
        path = project.raw_dir / f"{source_id}.txt"
        text = (project.raw_dir / seed.path).read_text(encoding="utf-8")
        path.write_text(f"{text}\nCopy {number}.\n", encoding="utf-8")
        entries.append(SourceEntry(**{**seed.__dict__, "source_id": source_id, "path": path.name, "sha256": file_sha256(path)}))
    manifest = {"sources": [entry.as_yaml() for entry in entries]}
    project.manifest_path.write_text(yaml.safe_dump(manifest, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return project


def peak_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--jobs", type=int, action="append", default=None)
    arguments = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        project = synthetic_project(Path(folder), arguments.articles)
        for jobs in arguments.jobs or [1]:
            started = time.perf_counter()
            summary = build(project, jobs=jobs)
            seconds = time.perf_counter() - started
            print(
                f"articles={arguments.articles} jobs={jobs} seconds={seconds:.1f} "
                f"peak_mib={peak_mib():.0f} rows={sum(summary.rows.values())}"
            )


if __name__ == "__main__":
    main()
