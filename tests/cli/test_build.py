"""`jkec build`: refused inputs leave the published package byte for byte as it was; good inputs build the
same bytes every time, serially, in parallel, and through the installed console script."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from jkec.cli.app import app
from jkec.pipeline import build
from jkec.project import Project
from jkec.tables.csvfiles import write_table
from tests.support import PROJECT_ROOT, edit_yaml, output_of, snapshot, staging_leftovers

TAMPERED = "002_19717e54740cd5a9"
MISSING = "004_ce72c373e9b93a60"
UNDECODABLE = "003_ff6c9576868660d4"


def manifest_entry(root: Path, which: str, **changes):
    def change(document):
        entry = next(e for e in document["sources"] if e["source_id"] == which)
        entry.update(changes)
    edit_yaml(root / "raw" / "sources.yaml", change)


def tamper_one_byte(root: Path) -> list[str]:
    path = root / "raw" / f"{TAMPERED}.txt"
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    return [f"raw/{TAMPERED}.txt: sha256 is {hashlib.sha256(bytes(data)).hexdigest()}"]


def unlisted_file(root: Path) -> list[str]:
    (root / "raw" / "005_unlisted.txt").write_text("Japan tightened export controls.\n", encoding="utf-8")
    return ["raw/005_unlisted.txt: file has no entry in raw/sources.yaml"]


def listed_file_missing(root: Path) -> list[str]:
    (root / "raw" / f"{MISSING}.txt").unlink()
    return [f"raw/{MISSING}.txt: listed in raw/sources.yaml (source {MISSING}) but no such file"]


def invalid_precision(root: Path) -> list[str]:
    manifest_entry(root, "001_9ca7e5f3fb13f6a7", published_precision="weekly")
    return ["(001_9ca7e5f3fb13f6a7): published_precision must be one of"]


def duplicate_source_id(root: Path) -> list[str]:
    manifest_entry(root, "002_19717e54740cd5a9", source_id="001_9ca7e5f3fb13f6a7")
    return ["source_id '001_9ca7e5f3fb13f6a7' appears twice"]


def not_utf8(root: Path) -> list[str]:
    path = root / "raw" / f"{UNDECODABLE}.txt"
    data = path.read_bytes()
    offset = data.index(b"TOKYO (AP)")
    broken = data[:offset] + b"\xff" + data[offset + 1 :]
    path.write_bytes(broken)
    manifest_entry(root, UNDECODABLE, sha256=hashlib.sha256(broken).hexdigest())
    line = data[:offset].count(b"\n") + 1
    return [f"raw/{UNDECODABLE}.txt: not UTF-8 text (invalid byte at offset {offset}, line {line})"]


def malformed_manifest(root: Path) -> list[str]:
    with (root / "raw" / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - {source_id: [unclosed\n")
    return ["sources.yaml line", "malformed YAML"]


@pytest.mark.parametrize(
    "break_project",
    [tamper_one_byte, unlisted_file, listed_file_missing, invalid_precision, duplicate_source_id, not_utf8, malformed_manifest],
)
def test_refused_manifest_fails_the_build_naming_the_problem_and_changes_nothing(runner, project_copy, break_project):
    before = snapshot(project_copy)
    expected = break_project(project_copy)
    result = runner.invoke(app, ["build", "--root", str(project_copy)])
    assert result.exit_code == 1
    output = output_of(result)
    assert all(message in output for message in expected), output
    assert "Traceback" not in output
    assert snapshot(project_copy) == before
    assert staging_leftovers(project_copy) == []


def test_schema_violation_is_reported_with_table_column_row_and_value_and_changes_nothing(runner, project_copy, tables):
    def lowercase_country(document):
        next(a for a in document["actors"] if a["actor_id"] == "kajiyama_hiroshi")["country"] = "jpn"

    edit_yaml(project_copy / "curated" / "actors.yaml", lowercase_country)
    before = snapshot(project_copy)
    result = runner.invoke(app, ["build", "--root", str(project_copy)])
    output = output_of(result)
    row = tables["actors"]["actor_id"].tolist().index("kajiyama_hiroshi") + 1
    assert result.exit_code == 1
    assert f"actors.country row {row}: 'jpn'" in output, output
    assert "[A-Z]{3}" in output
    assert snapshot(project_copy) == before
    assert staging_leftovers(project_copy) == []


def test_parallel_build_writes_the_same_bytes_as_a_serial_one(runner, project_copy, built_root):
    result = runner.invoke(app, ["build", "--jobs", "2", "--root", str(project_copy)])
    assert result.exit_code == 0, output_of(result)
    assert snapshot(project_copy) == snapshot(built_root)


def test_installed_console_script_rebuilds_the_same_bytes(project_copy):
    """End to end: build in-process, then run the installed `jkec` from inside the project (no --root)."""
    build(Project(project_copy))
    first = snapshot(project_copy)
    script = shutil.which("jkec", path=str(Path(sys.executable).parent)) or shutil.which("jkec")
    assert script, "the jkec console script is not installed"
    completed = subprocess.run([script, "build"], cwd=project_copy / "raw", capture_output=True, text=True,
                               env={**os.environ, "COLUMNS": "120"}, timeout=300)
    assert completed.returncode == 0, completed.stderr
    assert "Tables written to data/" in completed.stdout
    assert snapshot(project_copy) == first
    assert staging_leftovers(project_copy) == []


def mark_published(root: Path) -> None:
    """Give the project a README and make its package differ from any that a build writes (a stale table, an
    edited descriptor and README section), so that an output a build touched cannot go unnoticed."""
    (root / "data" / "stale.csv").write_text("stale\n", encoding="utf-8")
    with (root / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# edited\n")
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    (root / "README.md").write_text(readme.replace("<!-- generated:tables -->\n", "<!-- generated:tables -->\nedited\n"),
                                    encoding="utf-8")


def failing_after(calls: int, failure: BaseException):
    def fail(*args, **kwargs):
        fail.calls += 1
        if fail.calls > calls:
            raise failure
        return write_table(*args, **kwargs)

    fail.calls = 0
    return fail


def failing_extraction(self, article):
    raise RuntimeError(f"extraction failed on {article.source_id}")


@pytest.mark.parametrize(
    ("target", "make_replacement", "failure", "calls"),
    [
        ("jkec.extract.article.Extractor.extract", lambda: failing_extraction, RuntimeError, None),
        ("jkec.package.publish.write_table", lambda: failing_after(5, OSError(errno.ENOSPC, "No space left on device")),
         OSError, 6),
        ("jkec.package.publish.write_table", lambda: failing_after(9, KeyboardInterrupt()), KeyboardInterrupt, 10),
    ],
    ids=["extraction-error", "disk-full-after-5-tables", "ctrl-c-after-9-tables"],
)
def test_a_build_that_fails_at_any_step_leaves_every_output_byte_for_byte(project_copy, monkeypatch, target,
                                                                          make_replacement, failure, calls):
    """Validation errors: test_schema_violation_...; a failure while swapping: tests/unit/test_publish.py."""
    mark_published(project_copy)
    before = snapshot(project_copy, "data", "datapackage.yaml", "README.md")
    replacement = make_replacement()
    monkeypatch.setattr(target, replacement)
    with pytest.raises(failure):
        build(Project(project_copy))
    assert getattr(replacement, "calls", None) == calls  # the failure struck with tables already written
    assert snapshot(project_copy, "data", "datapackage.yaml", "README.md") == before
    assert staging_leftovers(project_copy) == []
