"""Map the per-article extraction over the corpus, in a process pool when asked to."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from jkec.curated import Curated
from jkec.extract.article import Extractor, Rows
from jkec.sources.articles import Article

_worker: Extractor | None = None


def _start_worker(curated: Curated) -> None:
    global _worker
    _worker = Extractor(curated)


def _extract_in_worker(article: Article) -> Rows:
    assert _worker is not None, "worker not started"
    return _worker.extract(article)


def extract_corpus(
    curated: Curated, articles: list[Article], jobs: int = 1, advance: Callable[[], None] = lambda: None
) -> dict[str, pd.DataFrame]:
    """Rows of every article, concatenated per table in article order."""
    results: Iterable[Rows]
    if jobs > 1 and len(articles) > 1:
        pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(curated,))
        chunksize = max(1, len(articles) // (jobs * 8))
        results = pool.map(_extract_in_worker, articles, chunksize=chunksize)
    else:
        pool, extractor = None, Extractor(curated)
        results = map(extractor.extract, articles)
    tables: dict[str, list[dict]] = {}
    try:
        for rows in results:
            for table, records in rows.items():
                tables.setdefault(table, []).extend(records)
            advance()
    finally:
        if pool is not None:
            pool.shutdown()
    return {table: pd.DataFrame.from_records(records) for table, records in tables.items()}
