"""The language pipelines every extractor shares: a blank English pipeline for sentences and tokens, and the
statistical pipeline of curated/language_model.yaml for part of speech, lemmas and the dependency parse.
Each is loaded once per process (a worker of a pool loads it once, then maps over many articles)."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

UNUSED_COMPONENTS = ("ner",)  # entities do not pay here: actors come from the dictionary, dates from the tagger


@lru_cache(maxsize=1)
def english() -> Language:
    """A blank English pipeline with a rule-based sentencizer (no model, nothing downloaded)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def parser(package: str) -> Language:
    """The statistical English pipeline of `package` (tagger, parser, lemmatizer), installed from the lock and
    never downloaded."""
    return spacy.load(package, exclude=list(UNUSED_COMPONENTS))
