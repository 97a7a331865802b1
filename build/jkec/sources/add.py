"""Grow the corpus: copy a new article into raw/ and record it in the manifest."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from jkec.errors import JkecError
from jkec.project import Project
from jkec.sources.articles import decode_article
from jkec.sources.manifest import PRECISIONS, SourceEntry, append_to_manifest, file_sha256, parse_entry, read_manifest

NUMBER_PREFIX = re.compile(r"^(\d+)_")


def _next_number(entries: list[SourceEntry]) -> int:
    numbers = [int(match.group(1)) for entry in entries if (match := NUMBER_PREFIX.match(entry.source_id))]
    return max(numbers, default=-1) + 1


def _check_precision(published: dt.date, precision: str) -> None:
    """A date at month or year precision is the first day of its period: a precision that would drop a given
    day or month is refused rather than silently applied."""
    if (precision == "month" and published.day != 1) or (precision == "year" and (published.month, published.day) != (1, 1)):
        raise JkecError(f"--published {published.isoformat()} has a {'day' if precision == 'month' else 'month or day'} that "
                        f"--precision {precision} would drop; give the first day of the {precision} or a finer precision")


def add_article(
    project: Project,
    path: Path,
    *,
    title: str,
    publisher: str | None,
    published: str,
    precision: str = "day",
    basis: str | None = None,
    url: str | None = None,
    language: str = "en",
    sha256: str | None = None,
) -> SourceEntry:
    """Copy a UTF-8 .txt article into raw/ and append its manifest entry; return the entry. With `sha256`, the
    file must have that digest (a corpus list records it so that the copy added is the copy captured)."""
    if path.suffix.lower() != ".txt":
        raise JkecError(f"{path}: only UTF-8 .txt files can be added (got {path.suffix or 'no suffix'})")
    if not path.is_file():
        raise JkecError(f"{path}: file not found")
    if precision not in PRECISIONS:
        raise JkecError(f"--precision must be one of {', '.join(PRECISIONS)}, not {precision!r}")
    try:
        published_on = dt.date.fromisoformat(published)
    except ValueError as exc:
        raise JkecError(f"--published {published!r} is not a YYYY-MM-DD date") from exc
    _check_precision(published_on, precision)
    data = path.read_bytes()
    if not decode_article(data, str(path)).strip():
        raise JkecError(f"{path}: the file has no text")
    entries = read_manifest(project)
    digest = file_sha256(path)
    if sha256 is not None and sha256.lower() != digest:
        raise JkecError(f"{path}: sha256 is {digest}, not the expected {sha256}")
    if duplicate := next((entry for entry in entries if entry.sha256 == digest), None):
        raise JkecError(f"{path}: already in the corpus as {duplicate.source_id}")
    source_id = f"{_next_number(entries):03d}_{digest[:16]}"
    entry = parse_entry(
        {
            "source_id": source_id,
            "path": f"{source_id}.txt",
            "sha256": digest,
            "title": title,
            "publisher": publisher,
            "published": published_on,
            "published_precision": precision,
            "published_basis": basis or "given when the article was added with jkec add",
            "url": url,
            "language": language,
        },
        f"{path}: the new manifest entry",
    )
    target = project.raw_dir / entry.path
    staging = target.with_suffix(".txt.tmp")
    staging.write_bytes(data)
    staging.replace(target)
    try:
        append_to_manifest(project, entry)
    except Exception:
        target.unlink()
        raise
    return entry
