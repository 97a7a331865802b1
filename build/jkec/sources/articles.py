"""Articles as extraction sees them: the decoded text plus the facts of its manifest entry."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from jkec.errors import JkecError
from jkec.project import Project
from jkec.sources.manifest import SourceEntry


@dataclass(frozen=True)
class Article:
    """One raw article; offsets everywhere are 0-based code-point offsets into `text`."""

    source_id: str
    title: str
    text: str
    published: dt.date | None
    published_precision: str | None


def decode_article(data: bytes, name: str) -> str:
    """Decode UTF-8 article bytes, naming the file and position of any invalid byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise JkecError(f"{name}: not UTF-8 text (invalid byte at offset {exc.start}, line {line})") from exc


def load_article(project: Project, entry: SourceEntry) -> Article:
    text = decode_article((project.raw_dir / entry.path).read_bytes(), f"raw/{entry.path}")
    return Article(entry.source_id, entry.title, text, entry.published, entry.published_precision)
