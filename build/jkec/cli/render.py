"""Rows as text for the terminal or another program: an aligned plain table, CSV or JSON. No format cuts a
value short, whatever the width of the output."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from enum import Enum


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(_plain(value)).split())


def plain_table(columns: list[str], rows: list[tuple]) -> str:
    """Columns padded to their widest value, a rule under the header; nothing is truncated."""
    cells = [list(columns), *([_cell(value) for value in row] for row in rows)]
    widths = [max(len(line[i]) for line in cells) for i in range(len(columns))]
    lines = ["  ".join(value.ljust(width) for value, width in zip(line, widths)).rstrip() for line in cells]
    lines.insert(1, "  ".join("-" * width for width in widths))
    return "\n".join(lines)


def render(columns: list[str], rows: list[tuple], output: OutputFormat) -> str:
    if output is OutputFormat.json:
        return json.dumps([dict(zip(columns, map(_plain, row))) for row in rows], ensure_ascii=False, indent=2)
    if output is OutputFormat.csv:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])
        return buffer.getvalue().rstrip("\n")
    return plain_table(columns, rows)
