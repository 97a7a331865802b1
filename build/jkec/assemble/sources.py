"""The sources table: the manifest's provenance plus the length of each decoded text."""

from __future__ import annotations

from jkec.sources.articles import Article
from jkec.sources.manifest import SourceEntry


def source_rows(entries: list[SourceEntry], articles: list[Article]) -> list[dict]:
    lengths = {article.source_id: len(article.text) for article in articles}
    return [
        {
            "source_id": e.source_id, "path": e.path, "sha256": e.sha256, "title": e.title,
            "publisher": e.publisher, "published": e.published.isoformat() if e.published else None,
            "published_precision": e.published_precision, "published_basis": e.published_basis,
            "url": e.url, "language": e.language, "n_chars": lengths[e.source_id],
        }
        for e in entries
    ]
