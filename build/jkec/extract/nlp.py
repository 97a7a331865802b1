"""The one language pipeline every extractor shares: a blank English spaCy pipeline, rules only."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language


@lru_cache(maxsize=1)
def english() -> Language:
    """A blank English pipeline with a rule-based sentencizer (no model, nothing downloaded)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp
