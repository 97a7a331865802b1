"""The language pipelines every extractor shares: a blank English pipeline for sentences and tokens, and the
statistical pipeline of curated/language_model.yaml for part of speech, lemmas and the dependency parse.
Each is loaded once per process (a worker of a pool loads it once, then maps over many articles)."""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

from jkec.extract import attributes, lemmas

UNUSED_COMPONENTS = ("ner",)  # entities do not pay here: actors come from the dictionary, dates from the tagger
STAND_INS = {"attribute_ruler": attributes.FACTORY, "lemmatizer": lemmas.FACTORY}  # the same output in less time


@lru_cache(maxsize=1)
def english() -> Language:
    """A blank English pipeline with a rule-based sentencizer (no model, nothing downloaded)."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@lru_cache(maxsize=1)
def parser(package: str) -> Language:
    """The statistical English pipeline of `package` (tagger, parser, lemmatizer), installed from the lock and
    never downloaded; its attribute ruler matched through an index (extract/attributes.py) and its lemmatizer
    remembering its lemmas (extract/lemmas.py), under their own names."""
    nlp = spacy.load(package, exclude=list(UNUSED_COMPONENTS))
    for name, factory in STAND_INS.items():
        nlp.add_pipe(factory, before=name)
        nlp.remove_pipe(name)
        nlp.rename_pipe(factory, name)
    return nlp


WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


class LemmaGuesser:
    """What lemmas a word could have, from the pipeline's own lemmatizer tables (its exceptions and its suffix
    rules, for every part of speech), without parsing: an over-generous guess that lets extraction parse only
    the passages where a predicate of the codebook may stand."""

    def __init__(self, nlp: Language) -> None:
        lookups = nlp.get_pipe("lemmatizer").lookups
        exceptions, rules = lookups.get_table("lemma_exc"), lookups.get_table("lemma_rules")
        self.exceptions: dict[str, set[str]] = {}
        for key in exceptions.keys():
            for form, known in exceptions[key].items():
                self.exceptions.setdefault(form, set()).update(known)
        self.rules = {tuple(rule) for key in rules.keys() for rule in rules[key] if rule[0].isalpha()}

    def lemmas(self, word: str) -> set[str]:
        word = word.lower()
        found = {word, *self.exceptions.get(word, ())}
        for suffix, replacement in self.rules:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                stem = word[: -len(suffix)] + replacement
                found.add(stem)
                if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                    found.add(stem[:-1])  # "dropped" → "dropp" → "drop"
        return found

    def may_hold(self, text: str, lemmas: frozenset[str]) -> bool:
        """Whether any word of the text could have one of the lemmas."""
        return any(self.lemmas(word) & lemmas for word in WORD.findall(text))
