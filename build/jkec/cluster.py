"""Per-article extraction on a Dask cluster (`dask.distributed`): the same `Extractor.extract_many`, chunk by
chunk, as the local pool, run by the workers of an existing scheduler. The workers need the jkec package and its
language model installed, nothing else: the curated knowledge travels with the build, in a worker plugin that
builds one extractor per worker process."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

from distributed import Client, WorkerPlugin, get_worker

from jkec.corpus import MAX_CHUNK, chunks
from jkec.curated import Curated
from jkec.errors import JkecError
from jkec.extract.article import Extractor, Rows
from jkec.sources.articles import Article

BATCHES_PER_THREAD = 8  # enough batches to balance the workers, few enough to keep the scheduler idle


class ExtractorPlugin(WorkerPlugin):
    """Carries the build's curated knowledge to each worker; the extractor is built there on first use (in a
    task, not in the worker's event loop) and shared by that worker's threads one article at a time."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self._extractor: Extractor | None = None
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"curated": self.curated}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["curated"])

    def extract(self, articles: list[Article]) -> list[Rows]:
        with self._lock:
            if self._extractor is None:
                self._extractor = Extractor(self.curated)
            return [rows for chunk in chunks(articles, MAX_CHUNK) for rows in self._extractor.extract_many(chunk)]


def _extract_batch(articles: list[Article], plugin_name: str) -> list[Rows]:
    return get_worker().plugins[plugin_name].extract(articles)


def _connect(scheduler: str) -> Client:
    try:
        return Client(scheduler)  # waits for the connect timeout of the Dask configuration (default 30 s)
    except (OSError, TimeoutError) as exc:
        raise JkecError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from exc


def extract_on_cluster(curated: Curated, articles: list[Article], scheduler: str) -> Iterator[Rows]:
    """Rows of every article, in article order, extracted by the workers of the scheduler at `scheduler`."""
    with _connect(scheduler) as client:
        threads = sum(client.nthreads().values())
        if not threads:
            raise JkecError(f"the Dask scheduler at {scheduler} has no workers")
        size = max(1, len(articles) // (threads * BATCHES_PER_THREAD))
        batches = chunks(articles, size)
        name = f"jkec-extractor-{uuid.uuid4().hex}"  # one per build: concurrent builds on one cluster never mix
        client.register_plugin(ExtractorPlugin(curated), name=name)
        try:
            futures = client.map(_extract_batch, batches, plugin_name=name, pure=False)
            try:
                for future in futures:
                    yield from future.result()
                    future.release()
            finally:
                client.cancel(futures)
        finally:
            client.unregister_worker_plugin(name)
