"""Articles extracted together (their passages parsed in one call, as a worker extracts its chunk) give each
article the rows it has when extracted alone."""

from __future__ import annotations

from jkec.corpus import chunks
from jkec.extract.article import Extractor
from jkec.project import Project
from jkec.sources.articles import load_corpus

from tests.support import PROJECT_ROOT


def test_articles_extracted_together_give_the_rows_of_each_extracted_alone(extractor: Extractor):
    articles = load_corpus(Project(PROJECT_ROOT)).articles[:8]
    assert extractor.extract_many(articles) == [extractor.extract(article) for article in articles]


def test_a_corpus_goes_to_the_workers_in_order_in_chunks_of_a_size():
    assert chunks(list("abcde"), 2) == [["a", "b"], ["c", "d"], ["e"]]
    assert chunks([], 3) == []
