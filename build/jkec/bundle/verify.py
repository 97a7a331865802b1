"""`jkec verify`: a release bundle (folder or zip) checked offline: every file against SHA256SUMS, every table's
size and hash against datapackage.json, then the tables against their schemas (Frictionless, and the project's own
checks: types, keys, foreign keys, dates, evidence), the Parquet copies against the CSVs and, if present, the
DuckDB database."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pandas as pd

from jkec.bundle.checksums import checksum_problems, read_sums, sha256
from jkec.bundle.loadsql import literal, quoted
from jkec.bundle.archive import extract_zip
from jkec.errors import JkecError
from jkec.package.frictionless_check import frictionless_validate
from jkec.project import Project
from jkec.query.views import connect_tables
from jkec.sources.articles import load_corpus
from jkec.tables.checks import validate_tables
from jkec.tables.conform import conform
from jkec.tables.csvfiles import read_table
from jkec.tables.schema import TableSchema, read_schema

DESCRIPTOR = "datapackage.json"


@dataclass(frozen=True)
class Verified:
    """What a verified bundle holds."""

    rows: dict[str, int]
    files: int
    with_texts: bool
    database: bool


def _fail(folder: Path, what: str, problems: list[str]) -> None:
    if problems:
        raise JkecError(f"{folder.name}: {what}:\n  " + "\n  ".join(problems))


def resource_problems(folder: Path, descriptor: dict) -> list[str]:
    problems = []
    for resource in descriptor["resources"]:
        path = folder / resource["path"]
        if not path.is_file():
            problems.append(f"{resource['path']}: listed in {DESCRIPTOR} but missing")
            continue
        if (size := path.stat().st_size) != resource["bytes"]:
            problems.append(f"{resource['path']}: {size} bytes, {DESCRIPTOR} records {resource['bytes']}")
        if f"sha256:{sha256(path)}" != resource["hash"]:
            problems.append(f"{resource['path']}: hash differs from the one {DESCRIPTOR} records")
    return problems


def raw_texts(folder: Path) -> pd.DataFrame | None:
    """The article texts of a bundle that includes them (checked against their manifest; those a build refuses
    left out, as from the tables), else None."""
    if not (folder / "raw" / "sources.yaml").is_file():
        return None
    articles = load_corpus(Project(folder)).articles
    return pd.DataFrame({"source_id": [a.source_id for a in articles], "text": [a.text for a in articles]})


def parquet_problems(folder: Path, schemas: dict[str, TableSchema]) -> list[str]:
    """Each Parquet file holds exactly the rows of its CSV."""
    connection = connect_tables(schemas, folder / "data")
    problems = []
    for table in schemas:
        path = folder / "parquet" / f"{table}.parquet"
        if not path.is_file():
            problems.append(f"parquet/{table}.parquet: missing")
            continue
        parquet = f"read_parquet({literal(path)})"
        (differ,) = connection.execute(
            f"SELECT (SELECT count(*) FROM (FROM {parquet} EXCEPT ALL FROM {table}))"
            f" + (SELECT count(*) FROM (FROM {table} EXCEPT ALL FROM {parquet}))"
        ).fetchone()
        if differ:
            problems.append(f"parquet/{table}.parquet: {differ} rows differ from data/{table}.csv")
    connection.close()
    return problems


def database_problems(path: Path, rows: dict[str, int]) -> list[str]:
    try:
        connection = duckdb.connect(str(path), read_only=True)
        counts = {table: connection.execute(f"SELECT count(*) FROM {quoted(table)}").fetchone()[0] for table in rows}
        connection.close()
    except duckdb.Error as exc:
        return [f"{path.name}: cannot be read ({exc})"]
    return [f"{path.name}: table {t} has {counts[t]} rows, data/{t}.csv {n}" for t, n in rows.items() if counts[t] != n]


def verify_folder(folder: Path) -> Verified:
    """Check an unpacked bundle; raise JkecError naming every file or row that fails."""
    databases = sorted(path.name for path in folder.glob("*.duckdb"))
    _fail(folder, "files differ from SHA256SUMS", checksum_problems(folder, set(databases)))
    descriptor = json.loads((folder / DESCRIPTOR).read_text(encoding="utf-8"))
    _fail(folder, f"tables differ from {DESCRIPTOR}", resource_problems(folder, descriptor))
    schemas = {r["name"]: read_schema(folder / r["schema"], r["name"]) for r in descriptor["resources"]}
    frames = {
        table: conform(read_table(folder / "data" / f"{table}.csv"), schema, sort_by_key=False)
        for table, schema in schemas.items()
    }
    texts = raw_texts(folder)
    validate_tables(frames, schemas, texts)
    rows = {table: len(frame) for table, frame in frames.items()}
    frictionless_validate(folder / DESCRIPTOR, rows)
    _fail(folder, "Parquet files differ from the CSVs", parquet_problems(folder, schemas))
    for name in databases:
        _fail(folder, "the DuckDB database differs from the CSVs", database_problems(folder / name, rows))
    return Verified(rows, len(read_sums(folder)), texts is not None, bool(databases))


def verify_bundle(path: Path) -> Verified:
    """Check a bundle folder, or a bundle zip unpacked into a temporary folder."""
    if path.is_dir():
        return verify_folder(path)
    if not path.is_file():
        raise JkecError(f"{path}: no such bundle (a folder or a .zip)")
    with tempfile.TemporaryDirectory(prefix="jkec-verify-") as target:
        return verify_folder(extract_zip(path, Path(target)))
