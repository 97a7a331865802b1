"""The versioning policy: tables that differ from the last released version's need a higher version, by the step
the change needs, and words on what changed; the project as committed follows it."""

from __future__ import annotations

from pathlib import Path

import pytest

from jkec.package.release import load_release
from jkec.package.versions import Released, read_releases, table_signatures, version_problems, write_releases
from jkec.project import Project
from jkec.tables.schema import load_schemas
from tests.support import PROJECT_ROOT, edit_csv_cell, edit_yaml


def problems(root: Path) -> list[str]:
    project = Project(root)
    release = load_release(project)
    return version_problems(project, release, load_schemas(project, release.tables))


def test_the_committed_project_follows_the_versioning_policy():
    assert problems(PROJECT_ROOT) == []


def release_as_is(root: Path, **change) -> None:
    """Record the project's current tables as released under its current version, with `change` to the record."""
    project = Project(root)
    release = load_release(project)
    tables = table_signatures(project, release, load_schemas(project, release.tables))
    for table, signature in change.items():
        tables[table] = {**tables[table], **signature}
    write_releases(project, [Released(release.version, "2026-11-23", str(release.metadata["changes"]), None, [], tables)])


def set_version(root: Path, version: str, changes: str | None = None) -> None:
    def change(document):
        document["version"] = version
        document["changes"] = changes if changes is not None else document["changes"]
    edit_yaml(root / "build" / "release.yaml", change)


def test_unchanged_tables_keep_their_version(project_copy):
    release_as_is(project_copy)
    assert problems(project_copy) == []
    assert read_releases(Project(project_copy))[0].tables["events"]["rows"] > 0


def test_a_corrected_record_needs_a_new_version_and_new_words(project_copy):
    release_as_is(project_copy)
    edit_csv_cell(project_copy / "data" / "events.csv", 1, "status", "denied")
    assert problems(project_copy) == [
        "data/ differs from the tables released as 0.1.0 (records corrected: events): raise the version in "
        "build/release.yaml by at least a patch step and say what changed in `changes`"
    ]
    set_version(project_copy, "0.1.1")
    assert problems(project_copy) == ["build/release.yaml: `changes` still describes 0.1.0; say what changed in 0.1.1"]
    set_version(project_copy, "0.1.1", "One event status corrected.")
    assert problems(project_copy) == []


@pytest.mark.parametrize(
    ("recorded", "too_small", "enough", "reason"),
    [
        ({"events": {"rows": 1}}, "0.1.1", "0.2.0", "tables, columns or records added: events"),
        ({"quotes": {"columns": {"quote_id": "string", "gone": "string"}}}, "0.2.0", "1.0.0",
         "tables or columns removed or retyped: quotes.gone"),
    ],
    ids=["records added: minor", "column removed: major"],
)
def test_the_step_must_be_big_enough(project_copy, recorded, too_small, enough, reason):
    release_as_is(project_copy, **recorded)
    set_version(project_copy, too_small, "Changed.")
    assert problems(project_copy) == [f"build/release.yaml: 0.1.0 → {too_small} is a {'patch' if too_small == '0.1.1' else 'minor'} step; {reason} needs a {'minor' if enough == '0.2.0' else 'major'} step"]
    set_version(project_copy, enough, "Changed.")
    assert problems(project_copy) == []


def test_a_lower_version_and_missing_words_are_refused(project_copy):
    release_as_is(project_copy)
    set_version(project_copy, "0.0.9", "")
    assert problems(project_copy) == [
        "build/release.yaml: `changes` must say in words what changed in version 0.0.9",
        "build/release.yaml: version 0.0.9 is not above the released 0.1.0",
    ]
