"""The generated parts of docs/datasheet.md: the version, the row counts, the corpus in figures and the measured
accuracy, rewritten between their markers by every build (the answers around them are written by hand)."""

from __future__ import annotations

from pathlib import Path

from jkec.documents.citation import citation_text
from jkec.documents.markdown import markdown_table, replace_generated
from jkec.documents.readme import accuracy_section, tables_section
from jkec.package.release import Release
from jkec.query.views import connect_tables, run_query
from jkec.tables.schema import TableSchema

CORPUS_QUERY = """\
SELECT 'articles' AS figure, count(*)::VARCHAR AS value FROM sources
UNION ALL SELECT 'publishers named by the texts', count(DISTINCT publisher)::VARCHAR FROM sources
UNION ALL SELECT 'published', min(published) || ' to ' || max(published) FROM sources
UNION ALL SELECT 'publication date known to the day', count(*) FILTER (WHERE published_precision = 'day') || ' of ' || count(*) FROM sources
UNION ALL SELECT 'languages', string_agg(DISTINCT language, ', ' ORDER BY language) FROM sources
UNION ALL SELECT 'passages about the dispute', count(*) FILTER (WHERE relevant) || ' of ' || count(*) FROM passages
UNION ALL SELECT 'events with a date', count(date) || ' of ' || count(*) FROM events
UNION ALL SELECT 'quotations with a speaker', count(speaker_actor_id) || ' of ' || count(*) FROM quotes"""


def corpus_section(schemas: dict[str, TableSchema], data_dir: Path) -> str:
    columns, rows = run_query(connect_tables(schemas, data_dir), CORPUS_QUERY)
    return markdown_table(columns, rows)


def render_datasheet(path: Path, release: Release, schemas: dict[str, TableSchema], rows: dict[str, int],
                     data_dir: Path) -> str:
    """docs/datasheet.md with its generated sections rewritten from the tables in data_dir."""
    sections = {
        "version": f"Version {release.version}, released {release.released.isoformat()}. Cite as: {citation_text(release)}",
        "tables": tables_section(release, schemas, rows),
        "corpus": corpus_section(schemas, data_dir),
        "accuracy": accuracy_section(schemas, data_dir),
    }
    text = path.read_text(encoding="utf-8")
    for name, content in sections.items():
        text = replace_generated(text, name, content, path)
    return text
