"""`jkec release` and `jkec verify`: the bundle holds what the issue lists, is byte-identical when rebuilt, loads
into DuckDB without Python's help, and fails verification, naming the file, after one changed byte."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pytest
import yaml
from jkec.bundle.database import write_database
from jkec.bundle.make import make_bundle
from jkec.cli.app import app
from jkec.project import Project

from tests.support import edit_csv_cell, output_of, release_tables, schema_documents

TABLES = release_tables()
NAME = "japan-korea-export-controls"


def core_files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.suffix != ".duckdb")


def test_bundle_holds_tables_parquet_schemas_sql_documents_licences_and_checksums(bundle):
    files = set(core_files(bundle.folder))
    expected = {"datapackage.json", "load.sql", "README.md", "CITATION.cff", "SHA256SUMS", "LICENSE", "LICENSE-DATA",
                "docs/codebook.md", "docs/datasheet.md", "docs/timeline.png", "docs/timeline.svg"}
    expected |= {f"data/{t}.csv" for t in TABLES} | {f"parquet/{t}.parquet" for t in TABLES} | {f"schemas/{t}.json" for t in TABLES}
    assert expected <= files and not any(name.startswith("raw/") for name in files)
    assert bundle.archive.name == f"{bundle.folder.name}.zip" and bundle.database.is_file()
    with zipfile.ZipFile(bundle.archive) as archive:
        assert archive.namelist() == sorted(f"{bundle.folder.name}/{name}" for name in files)


def test_rebuilt_bundle_is_byte_identical(bundle, built_root, tmp_path):
    again = make_bundle(Project(built_root), tmp_path / "dist")
    assert again.archive.read_bytes() == bundle.archive.read_bytes()
    assert (again.folder / "SHA256SUMS").read_bytes() == (bundle.folder / "SHA256SUMS").read_bytes()


def test_load_sql_builds_every_table_with_its_keys_using_duckdb_alone(bundle, tmp_path):
    """`duckdb < load.sql` inside the bundle: the script is fed on standard input, relative paths and all."""
    database = tmp_path / "loaded.duckdb"
    script = f"import duckdb, sys; duckdb.connect({str(database)!r}).execute(sys.stdin.read())"
    completed = subprocess.run([sys.executable, "-c", script], cwd=bundle.folder, capture_output=True, text=True,
                               stdin=(bundle.folder / "load.sql").open(encoding="utf-8"), timeout=120)
    assert completed.returncode == 0, completed.stderr
    connection = duckdb.connect(str(database), read_only=True)
    for table in TABLES:
        lines = (bundle.folder / "data" / f"{table}.csv").read_text(encoding="utf-8").splitlines()
        assert connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0] == len(lines) - 1
    kinds = dict(connection.execute("SELECT constraint_type, count(*) FROM duckdb_constraints() GROUP BY 1").fetchall())
    assert kinds["PRIMARY KEY"] == len(TABLES) and kinds["FOREIGN KEY"] >= 20
    comments = connection.execute("SELECT table_name, column_name, comment FROM duckdb_columns() WHERE NOT internal").fetchall()
    assert len(comments) == sum(len(document["fields"]) for document in schema_documents().values())
    assert all(comment for *_, comment in comments)


def test_database_file_is_written_in_the_storage_format_older_duckdb_reads(bundle):
    header = bundle.database.read_bytes()[:20]
    assert header[8:12] == b"DUCK" and int.from_bytes(header[12:20], "little") == 64  # DuckDB 1.0/1.1 storage


@pytest.mark.parametrize("which", ["archive", "folder"])
def test_verify_passes_on_the_zip_and_on_the_folder(runner, bundle, which):
    result = runner.invoke(app, ["verify", str(getattr(bundle, which))])
    assert result.exit_code == 0, output_of(result)
    assert f"{len(TABLES)} tables" in output_of(result)


def flip_one_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("member", ["data/events.csv", "parquet/quotes.parquet", "docs/codebook.md", "load.sql"])
def test_one_changed_byte_in_the_folder_fails_naming_the_file(runner, bundle, tmp_path, member):
    folder = shutil.copytree(bundle.folder, tmp_path / bundle.folder.name)
    flip_one_byte(folder / member)
    result = runner.invoke(app, ["verify", str(folder)])
    assert result.exit_code == 1
    assert f"{member}: sha256 is" in output_of(result) and "Traceback" not in output_of(result)


def test_one_changed_byte_in_the_zip_fails_naming_the_file(runner, bundle, tmp_path):
    tampered = tmp_path / bundle.archive.name
    member = f"{bundle.folder.name}/data/sources.csv"
    with zipfile.ZipFile(bundle.archive) as source, zipfile.ZipFile(tampered, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            target.writestr(entry, data.replace(b"Kyodo", b"Kyodp", 1) if entry.filename == member else data)
    result = runner.invoke(app, ["verify", str(tampered)])
    assert result.exit_code == 1 and "data/sources.csv: sha256 is" in output_of(result), output_of(result)


def test_an_added_file_and_a_missing_file_are_named(runner, bundle, tmp_path):
    folder = shutil.copytree(bundle.folder, tmp_path / bundle.folder.name)
    (folder / "data" / "extra.csv").write_text("a\n1\n", encoding="utf-8")
    (folder / "docs" / "datasheet.md").unlink()
    output = output_of(runner.invoke(app, ["verify", str(folder)]))
    assert "data/extra.csv: not listed in SHA256SUMS" in output and "docs/datasheet.md: listed in SHA256SUMS but missing" in output


def test_release_records_the_version_then_ships_the_articles_with_texts(runner, built_copy, tmp_path):
    result = runner.invoke(app, ["release", "--with-texts", "--dist", str(tmp_path), "--root", str(built_copy)])
    assert result.exit_code == 0, output_of(result)
    released = yaml.safe_load((built_copy / "build" / "releases.yaml").read_text(encoding="utf-8"))["releases"]
    assert [(r["version"], r["previous"]) for r in released] == [("0.1.0", None)]
    assert {c["table"] for c in released[0]["changes"]} == set(TABLES) and set(released[0]["tables"]) == set(TABLES)
    folder = next(tmp_path.glob(f"{NAME}-*-with-texts"))
    for changelog in (built_copy / "CHANGELOG.md", folder / "CHANGELOG.md"):
        assert "## 0.1.0 (2026-11-23)" in changelog.read_text(encoding="utf-8")
    assert len(list((folder / "raw").glob("*.txt"))) == len(list((built_copy / "raw").glob("*.txt")))
    raw = next((folder / "raw").glob("*.txt"))
    raw.write_bytes(raw.read_bytes().replace(b"Japan", b"Japon", 1))
    assert f"raw/{raw.name}: sha256 is" in output_of(runner.invoke(app, ["verify", str(folder)]))
    edit_csv_cell(built_copy / "data" / "events.csv", 1, "status", "denied")
    refused = runner.invoke(app, ["release", "--dist", str(tmp_path), "--root", str(built_copy)])
    assert refused.exit_code == 1 and "data/ differs from the tables released as 0.1.0" in output_of(refused)


def test_the_bundle_database_loads_the_bundles_tables_wherever_it_is_made_from(tmp_path, monkeypatch):
    bundle, elsewhere = tmp_path / "bundle", tmp_path / "elsewhere"
    for folder, value in ((bundle, "from-the-bundle"), (elsewhere, "from-the-working-folder")):
        (folder / "data").mkdir(parents=True)
        (folder / "data" / "t.csv").write_text(f"v\n{value}\n", encoding="utf-8")
    monkeypatch.chdir(elsewhere)
    path = write_database(bundle, "t.duckdb", "CREATE TABLE t AS SELECT * FROM read_csv('data/t.csv');")
    connection = duckdb.connect(str(path), read_only=True)
    try:
        assert connection.execute("SELECT v FROM t").fetchall() == [("from-the-bundle",)]
    finally:
        connection.close()
