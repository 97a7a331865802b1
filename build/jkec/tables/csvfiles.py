"""Tables as CSV files: UTF-8, RFC 4180 quoting, header row, LF line ends, empty cell for null.

Values are written verbatim: a cell that begins with `=`, `+`, `-` or `@` is not altered or prefixed against
spreadsheet formula injection (a research dataset keeps its evidence as the source has it; README.md says so)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd

from jkec.errors import JkecError

DIALECT = {"delimiter": ",", "lineTerminator": "\n", "quoteChar": '"', "doubleQuote": True, "skipInitialSpace": False,
           "header": True}  # as a Table Dialect, declared in datapackage.yaml so that no reader has to guess it


def _cell(value: object) -> str:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    return str(value)


def _quoted(cell: str) -> str:
    """A cell with a comma, a quotation mark or a line break (a lone CR too, which Python's csv module leaves
    bare) is quoted with its quotation marks doubled; so is one that begins or ends with white space, which some
    readers trim and a whitespace-only row of which pandas skips as a blank line."""
    needs_quotes = ('"' in cell or "," in cell or "\r" in cell or "\n" in cell  # string tests: a regular expression
                    or cell[:1].isspace() or cell[-1:].isspace())  # takes longer, and this runs for every cell
    return '"' + cell.replace('"', '""') + '"' if needs_quotes else cell


def _line(cells: tuple[str, ...] | list[str]) -> str:
    return ",".join(cells) + "\n"


def write_table(frame: pd.DataFrame, path: Path) -> None:
    """The frame as CSV, its cells made column by column (the same cells as row by row, with fewer calls)."""
    columns = [list(map(_quoted, map(_cell, frame.iloc[:, position]))) for position in range(frame.shape[1])]
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write(_line([_quoted(str(column)) for column in frame.columns]))
        handle.writelines(map(_line, zip(*columns)))


def read_table(path: Path) -> pd.DataFrame:
    """Every cell as text, empty cells as null (types come from the schema, in `conform`)."""
    if not path.is_file():
        raise JkecError(f"{path}: table not found (run `jkec build`)")
    return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
