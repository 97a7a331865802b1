"""Map the per-article extraction over the corpus: in this process, in a pool of worker processes (one per
available core by default), or on a Dask cluster. Results come back in article order whatever runs them, so
the tables are the same bytes."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from typing import TypeVar

import pandas as pd

from jkec.curated import Curated
from jkec.errors import JkecError
from jkec.extract.article import Extractor, Rows
from jkec.sources.articles import Article

CHUNKS_PER_JOB = 8  # articles go to the pool in chunks: few enough to pay no overhead, enough to balance the jobs
MAX_CHUNK = 16  # articles (their passages parsed in one call): about half a second of work, so the jobs finish
# their last chunks close together
T = TypeVar("T")

_worker: Extractor | None = None


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the system says, else every core), at least 1."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # no affinity on this system
        return os.cpu_count() or 1


def _start_worker(curated: Curated) -> None:
    global _worker
    _worker = Extractor(curated)


def _extract_in_worker(articles: list[Article]) -> list[Rows]:
    assert _worker is not None, "worker not started"
    return _worker.extract_many(articles)


def chunks(items: list[T], size: int) -> list[list[T]]:
    """`items` in order, in lists of `size` (the last may be shorter)."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def _chunk_size(articles: int, jobs: int) -> int:
    """Articles a worker takes at a time: about CHUNKS_PER_JOB chunks a job, none longer than MAX_CHUNK."""
    return max(1, min(MAX_CHUNK, articles // (jobs * CHUNKS_PER_JOB)))


def _in_this_process(curated: Curated, articles: list[Article]) -> Iterator[Rows]:
    extractor = Extractor(curated)
    for chunk in chunks(articles, _chunk_size(len(articles), 1)):
        yield from extractor.extract_many(chunk)


@contextmanager
def extraction_workers(curated: Curated, jobs: int) -> Iterator[ProcessPoolExecutor | None]:
    """`jobs` worker processes for `extract_corpus` (none for one job), started at once: each builds its extractor
    (the language model's loading included) while this process goes on, reading the corpus; shut down on exit."""
    if jobs <= 1:
        yield None
        return
    pool = ProcessPoolExecutor(jobs, initializer=_start_worker, initargs=(curated,))
    try:
        pool.submit(int)  # a first task starts every worker
        yield pool
    finally:
        pool.shutdown(cancel_futures=True)


def _in_processes(pool: ProcessPoolExecutor, articles: list[Article], jobs: int) -> Iterator[Rows]:
    for rows in pool.map(_extract_in_worker, chunks(articles, _chunk_size(len(articles), jobs))):
        yield from rows


def extract_corpus(
    curated: Curated, articles: list[Article], jobs: int = 1, advance: Callable[[], None] = lambda: None,
    scheduler: str | None = None, workers: ProcessPoolExecutor | None = None,
) -> dict[str, pd.DataFrame]:
    """Rows of every article, concatenated per table in article order: by the `jobs` processes of `workers` (from
    `extraction_workers`), by the workers of the Dask scheduler at `scheduler` when one is given, else here."""
    results: Iterator[Rows]
    if scheduler:
        if importlib.util.find_spec("distributed") is None:
            raise JkecError("a build on a Dask cluster needs dask.distributed: install jkec[cluster]")
        from jkec.cluster import extract_on_cluster

        results = extract_on_cluster(curated, articles, scheduler)
    elif workers is not None:
        results = _in_processes(workers, articles, jobs)
    else:
        results = _in_this_process(curated, articles)
    tables: dict[str, list[dict]] = {}
    try:
        for rows in results:
            for table, records in rows.items():
                tables.setdefault(table, []).extend(records)
            advance()
    finally:
        results.close()
    return {table: pd.DataFrame.from_records(records) for table, records in tables.items()}
