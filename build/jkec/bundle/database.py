"""The bundle's DuckDB database: load.sql run into a file in the oldest storage format DuckDB can write, so that
DuckDB releases from 1.1 on open it (1.0 reads the format but not the indexes of the keys). Its bytes vary between
runs, so it stays outside the checksummed core."""

from __future__ import annotations

import contextlib
from pathlib import Path

import duckdb

from jkec.bundle.loadsql import literal
from jkec.errors import JkecError

STORAGE_VERSION = "v1.0.0"  # the file header then says storage version 64


def write_database(folder: Path, name: str, script: str) -> Path:
    """Run `script` (load.sql) inside the bundle `folder` into `folder/name`; return the file."""
    path = folder / name
    path.unlink(missing_ok=True)
    connection = duckdb.connect(":memory:")
    try:
        connection.execute(f"ATTACH {literal(path.resolve())} AS bundle (STORAGE_VERSION {literal(STORAGE_VERSION)})")
        connection.execute("USE bundle")
        with contextlib.chdir(folder):  # load.sql names data/*.csv relative to the bundle, as a user runs it
            connection.execute(script)
        connection.execute("USE memory")
        connection.execute("DETACH bundle")
    except duckdb.Error as exc:
        raise JkecError(f"{path}: load.sql failed ({exc})") from exc
    finally:
        connection.close()
    return path
