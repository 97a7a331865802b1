"""The tables of one version, as text, read from wherever that version is: a release bundle (zip or folder), a
project folder, or a git ref of the project."""

from __future__ import annotations

import hashlib
import io
import subprocess
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import pandas as pd
import yaml

from jkec.errors import JkecError

DESCRIPTORS = ("datapackage.json", "datapackage.yaml")
Reader = Callable[[str], bytes | None]  # a path inside the version → its bytes, or None when there is no such file


@dataclass(frozen=True)
class Snapshot:
    """One version's tables: every cell as text (empty cell: null), with each table's primary key."""

    label: str
    version: str | None
    tables: dict[str, pd.DataFrame]
    primary_keys: dict[str, list[str]]
    hashes: dict[str, str]  # table → sha256 of its CSV file


def folder_reader(folder: Path) -> Reader:
    return lambda name: (folder / name).read_bytes() if (folder / name).is_file() else None


def zip_reader(path: Path) -> Reader:
    """The members of a bundle zip, by their path below its top folder."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = {PurePosixPath(*PurePosixPath(n).parts[1:]).as_posix(): archive.read(n) for n in archive.namelist()}
    except zipfile.BadZipFile as exc:
        raise JkecError(f"{path}: not a zip file ({exc})") from exc
    return members.get


def git_reader(root: Path, ref: str) -> Reader:
    check = subprocess.run(["git", "-C", str(root), "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"],
                           capture_output=True, text=True)
    if check.returncode != 0:
        raise JkecError(f"{ref}: neither a release bundle (zip or folder) nor a git ref of {root}")

    def read(name: str) -> bytes | None:
        shown = subprocess.run(["git", "-C", str(root), "show", f"{ref}:{name}"], capture_output=True)
        return shown.stdout if shown.returncode == 0 else None

    return read


def read_snapshot(read: Reader, label: str) -> Snapshot:
    """The tables that the version's descriptor lists, with the primary keys of their schemas."""
    raw = next((data for name in DESCRIPTORS if (data := read(name)) is not None), None)
    if raw is None:
        raise JkecError(f"{label}: no datapackage.json or datapackage.yaml")
    descriptor = yaml.safe_load(raw)
    tables, keys, hashes = {}, {}, {}
    for resource in descriptor["resources"]:
        data, schema = read(resource["path"]), read(resource["schema"])
        if data is None or schema is None:
            raise JkecError(f"{label}: {resource['path']} or {resource['schema']} is missing")
        tables[resource["name"]] = pd.read_csv(io.BytesIO(data), dtype=str, keep_default_na=False, na_values=[""])
        keys[resource["name"]] = list(yaml.safe_load(schema).get("primaryKey", []))
        hashes[resource["name"]] = hashlib.sha256(data).hexdigest()
    return Snapshot(label, descriptor.get("version"), tables, keys, hashes)


def open_snapshot(where: str, root: Path | None) -> Snapshot:
    """A bundle zip or folder (or a project folder) when `where` is a path, else a git ref of the project at root."""
    path = Path(where)
    if path.is_dir():
        return read_snapshot(folder_reader(path), where)
    if path.is_file():
        return read_snapshot(zip_reader(path), where)
    if root is None:
        raise JkecError(f"{where}: no such bundle, and no project to read it as a git ref from")
    return read_snapshot(git_reader(root, where), where)
