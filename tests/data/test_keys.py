"""Keys of the built package, checked with our own pandas code driven by schemas/*.yaml, and the standard
Frictionless report, which must have read every resource the descriptor lists."""

from __future__ import annotations

import shutil
from pathlib import Path

import frictionless
import pytest
import yaml

from jkec.errors import JkecError
from jkec.package.frictionless_check import frictionless_validate
from tests.support import PROJECT_ROOT, schema_documents

DOCUMENTS = schema_documents(PROJECT_ROOT)
FOREIGN_KEYS = [(table, fk) for table, document in DOCUMENTS.items() for fk in document.get("foreignKeys", [])]


@pytest.mark.parametrize(
    ("table", "fk"), FOREIGN_KEYS,
    ids=[f"{t}({','.join(fk['fields'])})->{fk['reference']['resource']}" for t, fk in FOREIGN_KEYS],
)
def test_declared_foreign_key_holds(tables, table, fk):
    frame = tables[table][fk["fields"]].dropna()
    reference = tables[fk["reference"]["resource"]][fk["reference"]["fields"]].dropna()
    referenced = set(map(tuple, reference.to_numpy().tolist()))
    missing = [row for row in map(tuple, frame.to_numpy().tolist()) if row not in referenced]
    assert missing == []


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_primary_key_is_unique_and_complete(tables, table):
    key = tables[table][DOCUMENTS[table]["primaryKey"]]
    assert not key.isna().any().any()
    assert not key.duplicated().any()


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_csv_header_is_the_schema_field_list(built_root, table):
    header = (built_root / "data" / f"{table}.csv").read_text(encoding="utf-8").split("\n", 1)[0]
    assert header.split(",") == [field["name"] for field in DOCUMENTS[table]["fields"]]


def assert_report_covers(report, descriptor_path: Path, data_dir: Path) -> None:
    """The report is valid and read every resource the descriptor lists, all its rows."""
    listed = [resource["name"] for resource in yaml.safe_load(descriptor_path.read_text(encoding="utf-8"))["resources"]]
    assert report.valid, report.flatten(["type", "message"])
    read = {task.name: task.stats.get("rows") or 0 for task in report.tasks}  # an empty table has no "rows" stat
    csv_rows = {name: len((data_dir / f"{name}.csv").read_text(encoding="utf-8").splitlines()) - 1 for name in listed}
    assert listed and read == csv_rows


@pytest.fixture(scope="module")
def frictionless_report(built_root):
    return frictionless.validate(str(built_root / "datapackage.yaml"))


def test_frictionless_reads_every_resource_and_every_row(frictionless_report, built_root):
    assert_report_covers(frictionless_report, built_root / "datapackage.yaml", built_root / "data")
    assert len(frictionless_report.tasks) == len(DOCUMENTS)


def test_coverage_check_catches_a_misnamed_descriptor_reported_valid(built_copy):
    misnamed = built_copy / "datapackage.yml"
    shutil.copy(built_copy / "datapackage.yaml", misnamed)
    report = frictionless.validate(str(misnamed))
    with pytest.raises(AssertionError):
        assert_report_covers(report, misnamed, built_copy / "data")


def test_frictionless_validate_refuses_a_misnamed_descriptor(built_copy):
    misnamed = built_copy / "datapackage.yml"
    shutil.copy(built_copy / "datapackage.yaml", misnamed)
    with pytest.raises(Exception, match="datapackage.yml"):
        frictionless_validate(misnamed)


def test_frictionless_validate_refuses_a_descriptor_without_resources(built_copy):
    path = built_copy / "datapackage.yaml"
    descriptor = yaml.safe_load(path.read_text(encoding="utf-8"))
    path.write_text(yaml.safe_dump({**descriptor, "resources": []}), encoding="utf-8")
    with pytest.raises(JkecError, match="lists no resources"):
        frictionless_validate(path, {"sources": 5})


def test_frictionless_validate_refuses_a_row_count_other_than_the_build_wrote(built_root, tables):
    rows = len(tables["sources"])
    with pytest.raises(JkecError, match=f"sources: validator read {rows} rows, the build wrote {rows + 1}"):
        frictionless_validate(built_root / "datapackage.yaml", {"sources": rows + 1})


def test_every_actor_is_mentioned_or_the_parent_of_one_that_is(tables):
    parents = dict(zip(tables["actors"]["actor_id"], tables["actors"]["parent_actor_id"]))
    kept = set(tables["actor_mentions"]["actor_id"])
    frontier = set(kept)
    while frontier:
        frontier = {parents[a] for a in frontier if isinstance(parents.get(a), str)} - kept
        kept |= frontier
    assert set(tables["actors"]["actor_id"]) - kept == set()
