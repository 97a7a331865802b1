"""The generated parts of README.md: the table list (from the schemas), the measured accuracy (from the
`evaluation` table), an example query with its real output (from the published data) and the citation of the
current version (from build/release.yaml). Each part sits between `<!-- generated:NAME -->` and
`<!-- /generated:NAME -->` markers and is rewritten by every build."""

from __future__ import annotations

from pathlib import Path

from jkec.documents.citation import citation_section
from jkec.documents.markdown import markdown_table, one_line, replace_generated
from jkec.package.release import Release
from jkec.query.views import connect_tables, run_query
from jkec.tables.schema import TableSchema

EXAMPLE_QUERY = """\
SELECT a.name AS speaker, q.kind, s.published, q.text AS quotation
FROM quotes q
LEFT JOIN actors a ON a.actor_id = q.speaker_actor_id  -- keeps quotations whose speaker the text does not name
JOIN sources s USING (source_id)
ORDER BY s.published, q.source_id, q.char_start
LIMIT 5"""


def tables_section(release: Release, schemas: dict[str, TableSchema], rows: dict[str, int]) -> str:
    return markdown_table(
        ["table", "rows", "primary key", "what one row is"],
        [
            (f"`{table}`", rows[table], ", ".join(schemas[table].primary_key), one_line(schemas[table].description))
            for table in release.tables
        ],
    )


def example_section(schemas: dict[str, TableSchema], data_dir: Path) -> str:
    columns, rows = run_query(connect_tables(schemas, data_dir), EXAMPLE_QUERY)
    return f"```sql\n{EXAMPLE_QUERY}\n```\n\n{markdown_table(columns, rows)}"


ACCURACY_QUERY = """\
SELECT t.table_name, t.field, t.rule,
       t.n_gold AS test_gold, t.precision AS test_precision, t.recall AS test_recall, t.f1 AS test_f1,
       d.n_gold AS dev_gold, d.precision AS dev_precision, d.recall AS dev_recall, d.f1 AS dev_f1
FROM (SELECT * FROM evaluation WHERE split = 'test') t
FULL JOIN (SELECT * FROM evaluation WHERE split = 'dev') d USING (table_name, field, rule)
ORDER BY table_name, field, rule"""


def accuracy_section(schemas: dict[str, TableSchema], data_dir: Path) -> str:
    """The test figures (articles the rules were not written from) as the headline, the dev figures beside."""
    columns, rows = run_query(connect_tables(schemas, data_dir), ACCURACY_QUERY)
    if not rows:
        return "No gold annotations: this build was not evaluated."
    return markdown_table(columns, rows)


def render_readme(path: Path, release: Release, schemas: dict[str, TableSchema], rows: dict[str, int], data_dir: Path) -> str:
    """README.md with its generated sections rewritten from the tables in data_dir."""
    text = path.read_text(encoding="utf-8")
    text = replace_generated(text, "tables", tables_section(release, schemas, rows), path)
    text = replace_generated(text, "accuracy", accuracy_section(schemas, data_dir), path)
    text = replace_generated(text, "citation", citation_section(release), path)
    return replace_generated(text, "example", example_section(schemas, data_dir), path)
