"""The README.md of a release bundle: what the version is, how to cite it, what each file holds, how to use and
check it."""

from __future__ import annotations

from jkec.documents.citation import citation_text
from jkec.documents.markdown import markdown_table, one_line
from jkec.documents.readme import tables_section
from jkec.package.release import Release
from jkec.tables.schema import TableSchema


def bundle_readme(release: Release, schemas: dict[str, TableSchema], rows: dict[str, int], database: str,
                  with_texts: bool) -> str:
    files = [
        ("`datapackage.json`", "Frictionless Data Package descriptor: tables, schemas, licences, each table's size and hash"),
        ("`data/<table>.csv`", "the tables: CSV, UTF-8, header row, empty cell for null"),
        ("`parquet/<table>.parquet`", "the same tables as Parquet: typed, sorted by primary key, zstd"),
        ("`schemas/<table>.json`", "the Table Schema of each table: columns, types, constraints, keys, descriptions"),
        ("`load.sql`", "DuckDB script: typed tables with primary and foreign keys and comments, filled from data/"),
        (f"`{database}`", "the same DuckDB database, ready to open with DuckDB 1.1 or later (built on release: outside "
                          "SHA256SUMS and the zip; `duckdb x.duckdb < load.sql` makes it again)"),
        ("`docs/codebook.md`", "every table, column and coded value, the event types with definitions and examples"),
        ("`docs/datasheet.md`", "the datasheet (motivation, composition, collection, uses, distribution, maintenance)"),
        ("`docs/timeline.png`, `docs/timeline.svg`", "the dispute at a glance: dated events and trade measures"),
        ("`CITATION.cff`", "how to cite this version (Citation File Format)"),
        ("`CHANGELOG.md`", "what changed in each version, in words and record by record"),
        ("`LICENSE-DATA`, `LICENSE`", "CC-BY-4.0 for the tables, schemas and codebooks; MIT for load.sql"),
        ("`SHA256SUMS`", "the sha256 of every other file (`sha256sum -c SHA256SUMS`)"),
    ]
    if with_texts:
        files.append(("`raw/`", "the article texts and their manifest: for private verification only, the "
                                "publishers hold their copyright; do not redistribute"))
    texts = ("This bundle includes the article texts (`raw/`), for private use only." if with_texts else
             "The article texts are not included (their publishers hold the copyright): `sources` gives each article's "
             "bibliographic data, address and sha256, and every record keeps its short verbatim evidence.")
    return f"""# {release.metadata['title']}, version {release.version}

{one_line(release.metadata['description'])}

Released {release.released.isoformat()}. Cite as:

> {citation_text(release)}

{texts}

## Tables

{tables_section(release, schemas, rows)}

## Files

{markdown_table(["file", "what it holds"], files)}

## Use

```sh
# every table, typed, with its keys and comments
duckdb {database}
# the same tables, built from data/ in memory (inside this folder)
duckdb < load.sql
# every file as released
sha256sum -c SHA256SUMS
```

In Python: `pandas.read_parquet("parquet/events.parquet")`; with the project's code, `jkec verify` checks the
checksums and validates every table (Frictionless and the project's own checks).

## Licence

{one_line(release.metadata.get('rights', ''))}
"""
