"""Tables as CSV files: UTF-8, RFC 4180 quoting, header row, LF line ends, empty cell for null."""

from __future__ import annotations

import csv
from pathlib import Path

import numpy as np
import pandas as pd

from jkec.errors import JkecError


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return str(value)


def write_table(frame: pd.DataFrame, path: Path) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(frame.columns)
        for row in frame.itertuples(index=False, name=None):
            writer.writerow([_cell(value) for value in row])


def read_table(path: Path) -> pd.DataFrame:
    """Every cell as text, empty cells as null (types come from the schema, in `conform`)."""
    if not path.is_file():
        raise JkecError(f"{path}: table not found (run `jkec build`)")
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
