"""The sources table: the manifest's provenance plus the length of each decoded text."""

from __future__ import annotations

from jkec.sources.articles import Article
from jkec.sources.manifest import SourceEntry
from jkec.tables.records import Fields


def source_rows(entries: list[SourceEntry], articles: list[Article], fields: Fields) -> list[dict]:
    lengths = {article.source_id: len(article.text) for article in articles}
    return [fields.record(e, n_chars=lengths[e.source_id]) for e in entries]
