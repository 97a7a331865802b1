"""Markdown pieces shared by the generated documents: tables, and sections rewritten between markers."""

from __future__ import annotations

import re
from pathlib import Path

from jkec.errors import JkecError


def _cell(value: object) -> str:
    return "" if value is None else str(value).replace("|", "\\|").replace("\n", " ")


def markdown_table(columns: list[str], rows: list[tuple]) -> str:
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def one_line(text: str) -> str:
    """A folded YAML paragraph as one line."""
    return " ".join(str(text).split())


def replace_generated(text: str, name: str, content: str, path: Path) -> str:
    """`text` with the part between `<!-- generated:NAME -->` and `<!-- /generated:NAME -->` replaced."""
    pattern = re.compile(rf"(<!-- generated:{name} -->\n)(?:.*?\n)?(<!-- /generated:{name} -->)", re.DOTALL)
    if not pattern.search(text):
        raise JkecError(f"{path}: missing the <!-- generated:{name} --> … <!-- /generated:{name} --> markers")
    return pattern.sub(lambda match: match.group(1) + content + "\n" + match.group(2), text)
