"""Grow the corpus: copy a new article into raw/ and record it in the manifest."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pandas as pd

from jkec.assemble.sources import source_rows
from jkec.errors import JkecError
from jkec.package.release import source_date_epoch
from jkec.precision import first_of_period
from jkec.project import Project
from jkec.sources.articles import Article, article_text, load_corpus, same_text
from jkec.sources.manifest import SourceEntry, append_to_manifest, file_sha256, parse_entry
from jkec.tables.checks import ValidationFailed, validate_tables
from jkec.tables.conform import conform
from jkec.tables.records import Fields
from jkec.tables.schema import TableSchema, load_schema

NUMBER_PREFIX = re.compile(r"^(\d+)_")


def _next_number(entries: list[SourceEntry]) -> int:
    numbers = [int(match.group(1)) for entry in entries if (match := NUMBER_PREFIX.match(entry.source_id))]
    return max(numbers, default=-1) + 1


def _check_precision(published: dt.date, precision: str) -> None:
    """A date at month or year precision is the first day of its period: a precision that would drop a given
    day or month is refused rather than silently applied."""
    if first_of_period(published, precision) != published:
        raise JkecError(f"--published {published.isoformat()} has a {'day' if precision == 'month' else 'month or day'} that "
                        f"--precision {precision} would drop; give the first day of the {precision} or a finer precision")


def _check_not_future(published: dt.date) -> None:
    """Refuse a publication date after today, or after the day of SOURCE_DATE_EPOCH when that is set."""
    epoch = source_date_epoch()
    today, name = (epoch.date(), "the day of SOURCE_DATE_EPOCH") if epoch else (dt.date.today(), "today")
    if published > today:
        raise JkecError(f"--published {published.isoformat()} is after {name} ({today.isoformat()})")


def _check_language(language: str, schema: TableSchema) -> None:
    """The codes the build accepts are those the sources schema lists (every two-letter code of ISO 639-1); a
    schema without a list leaves the language to the build's checks alone."""
    codes = schema.enum("language")
    if codes and language not in codes:
        raise JkecError(f"--language {language!r} is not a two-letter lowercase ISO 639-1 code "
                        f"(the codes {schema.path.name} accepts, e.g. en, ja, ko)")


def _check_as_the_build_does(entry: SourceEntry, text: str, schema: TableSchema, name: str) -> None:
    """Pass the entry's row of the sources table through the build's own gate and checks, so that an entry the
    next build would refuse is never written."""
    article = Article(entry.source_id, entry.title, text, entry.published, entry.published_precision)
    row = conform(pd.DataFrame(source_rows([entry], [article], Fields.of(schema))), schema)
    texts = pd.DataFrame({"source_id": [entry.source_id], "text": [text]})
    try:
        validate_tables({schema.name: row}, {schema.name: schema}, texts)
    except ValidationFailed as exc:
        raise JkecError(f"{name}: the build would refuse the new entry: {exc}") from exc


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
    file must have that digest (a corpus list records it so that the copy added is the copy captured). Every check
    the build makes on an entry runs first: a refused article changes nothing."""
    if path.suffix.lower() != ".txt":
        raise JkecError(f"{path}: only UTF-8 .txt files can be added (got {path.suffix or 'no suffix'})")
    if not path.is_file():
        raise JkecError(f"{path}: file not found")
    schema = load_schema(project, "sources")
    precisions = schema.enum("published_precision")
    if precision not in precisions:
        raise JkecError(f"--precision must be one of {', '.join(precisions)}, not {precision!r}")
    try:
        published_on = dt.date.fromisoformat(published)
    except ValueError as exc:
        raise JkecError(f"--published {published!r} is not a YYYY-MM-DD date") from exc
    _check_precision(published_on, precision)
    _check_not_future(published_on)
    _check_language(language, schema)
    data = path.read_bytes()
    text = article_text(data, str(path))
    corpus = load_corpus(project)
    digest = file_sha256(path)
    if sha256 is not None and sha256.lower() != digest:
        raise JkecError(f"{path}: sha256 is {digest}, not the expected {sha256}")
    key = same_text(text)
    if duplicate := next((article for article in corpus.articles if same_text(article.text) == key), None):
        raise JkecError(f"{path}: already in the corpus as {duplicate.source_id} (line ends, byte order mark and "
                        "surrounding white space aside)")
    source_id = f"{_next_number(corpus.entries):03d}_{digest[:16]}"
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
        precisions,
    )
    _check_as_the_build_does(entry, text, schema, str(path))
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
