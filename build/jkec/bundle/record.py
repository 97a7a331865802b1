"""Recording a release in build/releases.yaml (and CHANGELOG.md, generated from it): the tables as released, and the
record-level changes since the version before, read from that version's bundle or git ref and checked against
what was recorded for it."""

from __future__ import annotations

from dataclasses import asdict

from jkec.bundle.diff import diff_snapshots
from jkec.bundle.snapshot import Snapshot, open_snapshot
from jkec.documents.changelog import render_changelog
from jkec.errors import JkecError
from jkec.package.release import Release
from jkec.package.versions import Released, read_releases, table_signatures, version_problems, write_releases
from jkec.project import Project
from jkec.tables.schema import TableSchema


def previous_snapshot(project: Project, release: Release, last: Released, where: str | None) -> Snapshot:
    """The tables of the last released version: from `where` (a bundle or git ref), else its git tag v<version>,
    else its bundle in dist/; they must be the tables recorded for it."""
    candidates = [where] if where else [f"v{last.version}", str(project.root / "dist" / f"{release.metadata['name']}-{last.version}.zip")]
    for candidate in candidates:
        try:
            snapshot = open_snapshot(candidate, project.root)
        except JkecError:
            if where:
                raise
            continue
        differing = [t for t, s in last.tables.items() if snapshot.hashes.get(t) != s["sha256"]]
        if differing:
            raise JkecError(f"{candidate}: its tables ({', '.join(differing)}) are not the ones released as {last.version}")
        return snapshot
    raise JkecError(f"cannot find the tables of {last.version} to list what changed since: pass --previous with its "
                    f"bundle or the git ref it was released from")


def record_release(project: Project, release: Release, schemas: dict[str, TableSchema], previous: str | None) -> Released:
    """Check the versioning policy and, unless this version is recorded already, record it (newest first)."""
    problems = version_problems(project, release, schemas)
    if problems:
        raise JkecError("the version does not follow the versioning policy:\n  " + "\n  ".join(problems))
    releases = read_releases(project)
    if releases and releases[0].version == release.version:
        return releases[0]
    last = releases[0] if releases else None
    before = previous_snapshot(project, release, last, previous) if last else Snapshot("nothing", None, {}, {}, {})
    summaries, _ = diff_snapshots(before, open_snapshot(str(project.root), None))
    released = Released(
        version=release.version,
        released=release.released.isoformat(),
        summary=" ".join(str(release.metadata["changes"]).split()),
        previous=last.version if last else None,
        changes=[asdict(s) for s in summaries if not s.empty],
        tables=table_signatures(project, release, schemas),
    )
    write_releases(project, [released, *releases])
    (project.root / "CHANGELOG.md").write_text(render_changelog(release, [released, *releases]), encoding="utf-8")
    return released
