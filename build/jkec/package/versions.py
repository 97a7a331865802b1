"""The versioning policy (README, "Versions"). `jkec release` records each released version in
build/releases.yaml: for every table the sha256, row count and typed columns of its CSV, and the record-level
changes since the version before. Tables that differ from the last released version's must carry a higher version,
by the step the change needs (major: a table or column removed or retyped; minor: a table, column or rows added;
patch: corrections), and build/release.yaml must say in words what changed."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field

import yaml

from jkec.errors import JkecError
from jkec.package.release import Release
from jkec.project import Project, read_yaml
from jkec.tables.csvfiles import read_table
from jkec.tables.schema import TableSchema

STEPS = ("patch", "minor", "major")
HEADER = """\
# Released versions, newest first: written by `jkec release`, never by hand. For each version: what changed in
# words (build/release.yaml `changes` at the time), the records added, removed and changed per table since the
# version before (`jkec diff`), and what was released: each table's sha256, rows and typed columns. The versioning
# test compares data/ with the newest entry; CHANGELOG.md is generated from this file and build/release.yaml.
"""


@dataclass(frozen=True)
class Released:
    version: str
    released: str
    summary: str
    previous: str | None
    changes: list[dict] = field(default_factory=list)
    tables: dict[str, dict] = field(default_factory=dict)


def parse_version(version: str, where: str) -> tuple[int, int, int]:
    parts = str(version).split(".")
    if len(parts) != 3 or not all(part.isdigit() for part in parts):
        raise JkecError(f"{where}: version {version!r} is not MAJOR.MINOR.PATCH")
    return int(parts[0]), int(parts[1]), int(parts[2])


def read_releases(project: Project) -> list[Released]:
    """The released versions, newest first (none before the first `jkec release`)."""
    if not project.releases_path.is_file():
        return []
    document = read_yaml(project.releases_path)
    if not isinstance(document, dict) or not isinstance(document.get("releases"), list):
        raise JkecError(f"{project.releases_path}: expected a mapping with a list under 'releases'")
    try:
        return [Released(**entry) for entry in document["releases"]]
    except TypeError as exc:
        raise JkecError(f"{project.releases_path}: malformed entry ({exc})") from exc


def write_releases(project: Project, releases: list[Released]) -> None:
    body = yaml.safe_dump({"releases": [asdict(r) for r in releases]}, sort_keys=False, allow_unicode=True, width=110)
    project.releases_path.write_text(HEADER + body, encoding="utf-8")


def table_signatures(project: Project, release: Release, schemas: dict[str, TableSchema]) -> dict[str, dict]:
    """What the versioning policy compares: each table's CSV sha256, its rows and its typed columns."""
    signatures = {}
    for table in release.tables:
        data = project.table_path(table).read_bytes()
        signatures[table] = {
            "sha256": hashlib.sha256(data).hexdigest(),
            "rows": len(read_table(project.table_path(table))),
            "columns": {f["name"]: f["type"] for f in schemas[table].fields},
        }
    return signatures


def needed_step(old: dict[str, dict], new: dict[str, dict]) -> tuple[str | None, str]:
    """The smallest version step the change from `old` to `new` tables needs, and why."""
    removed = [t for t in old if t not in new]
    dropped = [f"{t}.{c}" for t in old if t in new for c, kind in old[t]["columns"].items()
               if new[t]["columns"].get(c, kind) != kind or c not in new[t]["columns"]]
    if removed or dropped:
        return "major", f"tables or columns removed or retyped: {', '.join(removed + dropped)}"
    added = [t for t in new if t not in old] + [f"{t}.{c}" for t in new if t in old for c in new[t]["columns"] if c not in old[t]["columns"]]
    grown = [t for t in new if t in old and new[t]["rows"] > old[t]["rows"]]
    if added or grown:
        return "minor", f"tables, columns or records added: {', '.join(added + grown)}"
    changed = [t for t in new if new[t]["sha256"] != old[t]["sha256"]]
    return ("patch", f"records corrected: {', '.join(changed)}") if changed else (None, "no table changed")


def step_taken(old: str, new: str) -> str | None:
    """The step from version `old` to `new` (None when `new` is not higher)."""
    a, b = parse_version(old, "build/releases.yaml"), parse_version(new, "build/release.yaml")
    if b <= a:
        return None
    return "major" if b[0] > a[0] else "minor" if b[1] > a[1] else "patch"


def version_problems(project: Project, release: Release, schemas: dict[str, TableSchema]) -> list[str]:
    """Everything that breaks the versioning policy, each naming what to do; empty when the version is right."""
    where = project.release_path.relative_to(project.root).as_posix()
    problems = [] if str(release.metadata.get("changes") or "").strip() else [
        f"{where}: `changes` must say in words what changed in version {release.version}"
    ]
    releases = read_releases(project)
    if not releases:
        return problems
    last, current = releases[0], table_signatures(project, release, schemas)
    if release.version == last.version:
        if current != last.tables:
            step, why = needed_step(last.tables, current)
            problems.append(f"data/ differs from the tables released as {last.version} ({why}): raise the version in "
                            f"{where} by at least a {step} step and say what changed in `changes`")
        return problems
    taken, (step, why) = step_taken(last.version, release.version), needed_step(last.tables, current)
    if taken is None:
        problems.append(f"{where}: version {release.version} is not above the released {last.version}")
    elif step and STEPS.index(taken) < STEPS.index(step):
        problems.append(f"{where}: {last.version} → {release.version} is a {taken} step; {why} needs a {step} step")
    if " ".join(str(release.metadata.get("changes")).split()) == " ".join(last.summary.split()):
        problems.append(f"{where}: `changes` still describes {last.version}; say what changed in {release.version}")
    return problems
