"""The statistical pipeline's lemmatizer, remembering every lemma it gives. spaCy's rule lemmatizer gives a token's
lemma from its form, part of speech and morphology alone, but remembers only the forms it changes, so it works out
every uninflected word (most of a text) again; here each form, part of speech and morphology is worked out once,
by the lemmatizer itself."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "cached_lemmatizer"


class CachedLemmatizer:
    """Stands in for the pipeline's rule lemmatizer: the same lemmas, each worked out once by the lemmatizer."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        if lemmatizer.mode != "rule" or lemmatizer.overwrite:
            raise ValueError(f"lemmatizer: only a rule lemmatizer that keeps set lemmas has a stand-in, "
                             f"not {lemmatizer.mode!r}")
        self.lemmatizer = lemmatizer
        self.lookups = lemmatizer.lookups  # the tables it lemmatizes by
        self.lemmas: dict[tuple[int, int, int], str] = {}  # (form, part of speech, morphology) → lemma

    def __call__(self, doc: Doc) -> Doc:
        for token in doc:
            if token.lemma == 0:  # not set by the attribute ruler's exceptions
                key = (token.orth, token.pos, token.morph.key)
                if key not in self.lemmas:
                    self.lemmas[key] = self.lemmatizer.lemmatize(token)[0]
                token.lemma_ = self.lemmas[key]
        return doc


@Language.factory(FACTORY)
def cached_lemmatizer(nlp: Language, name: str) -> CachedLemmatizer:
    """The caching stand-in for the pipeline's `lemmatizer`, which must still be in the pipeline."""
    return CachedLemmatizer(nlp.get_pipe("lemmatizer"))
