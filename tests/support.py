"""Helpers shared by the test modules: project copies, snapshots, raw texts, CSV and YAML edits."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pandas as pd
import yaml

PROJECT_ROOT = Path(__file__).resolve().parents[1]
COPIED_DIRS = ("raw", "curated", "schemas", "data")
COPIED_FILES = (
    "build/release.yaml", "build/releases.yaml", "datapackage.yaml", "README.md", "docs/datasheet.md", "LICENSE", "LICENSE-DATA",
)
IGNORED = shutil.ignore_patterns("__pycache__", ".git", ".staging-*")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def copy_project(source: Path, target: Path) -> Path:
    """Copy the inputs and the published package of a project (no code, no caches) into `target`, with the
    gold annotations that build/release.yaml names, if any (the build scores itself against them)."""
    gold = yaml.safe_load((source / "build" / "release.yaml").read_text(encoding="utf-8")).get("gold")
    for folder in (*COPIED_DIRS, *([gold] if gold and (source / gold).is_dir() else [])):
        shutil.copytree(source / folder, target / folder, ignore=IGNORED)
    for name in COPIED_FILES:
        (target / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source / name, target / name)
    return target


def raw_folder_project(root: Path) -> Path:
    """A project of an empty raw/ and the sources schema, whose enums the manifest is held to."""
    (root / "raw").mkdir()
    (root / "schemas").mkdir()
    shutil.copy(PROJECT_ROOT / "schemas" / "sources.yaml", root / "schemas")
    return root


def snapshot(root: Path, *parts: str) -> dict[str, bytes]:
    """Bytes of every file under the given parts (default: the published package)."""
    files: dict[str, bytes] = {}
    for part in parts or ("data", "datapackage.yaml"):
        path = root / part
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file():
                files[file.relative_to(root).as_posix()] = file.read_bytes()
    return files


def staging_leftovers(root: Path) -> list[str]:
    return sorted(path.name for path in root.glob(".staging-*"))


def schema_documents(root: Path = PROJECT_ROOT) -> dict[str, dict]:
    """schemas/*.yaml parsed with plain PyYAML, keyed by table name."""
    return {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted((root / "schemas").glob("*.yaml"))}


def release_tables(root: Path = PROJECT_ROOT) -> list[str]:
    return [table["name"] for table in yaml.safe_load((root / "build" / "release.yaml").read_text(encoding="utf-8"))["tables"]]


def read_csv_tables(root: Path) -> dict[str, pd.DataFrame]:
    """Every data/*.csv as text; empty cells are NaN."""
    return {
        path.stem: pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
        for path in sorted((root / "data").glob("*.csv"))
    }


def read_raw_texts(root: Path) -> dict[str, str]:
    """The raw articles, decoded here (not by the code under test), keyed by file name without .txt."""
    return {path.stem: path.read_bytes().decode("utf-8") for path in sorted((root / "raw").glob("*.txt"))}


SPAN_EVIDENCE = {"": ("text",), "speaker_": ("speaker_mention",), "trigger_": ("trigger_text",), "date_": ("date_text",),
                 "location_": ("location_text",)}


def span_columns(document: dict) -> list[tuple[str, str, str | None]]:
    """(start, end, evidence) column triples declared by one Table Schema document."""
    names = [field["name"] for field in document["fields"]]
    triples = []
    for name in names:
        if name.endswith("char_start") and name.replace("char_start", "char_end") in names:
            prefix = name[: -len("char_start")]
            evidence = next((column for column in SPAN_EVIDENCE.get(prefix, ()) if column in names), None)
            triples.append((name, name.replace("char_start", "char_end"), evidence))
    return triples


def edit_csv_cell(path: Path, data_row: int, column: str, value: str) -> str:
    """Set one cell (data_row counts from 1 after the header); return the old value."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    index = rows[0].index(column)
    old, rows[data_row][index] = rows[data_row][index], value
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    return old


def edit_yaml(path: Path, change) -> None:
    """Load a YAML file, let `change` modify the document in place, write it back."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(document)
    path.write_text(yaml.safe_dump(document, sort_keys=False, allow_unicode=True), encoding="utf-8")


def output_of(result) -> str:
    """Everything a CliRunner result printed (stdout and stderr), without terminal escapes."""
    return ANSI.sub("", result.output)
