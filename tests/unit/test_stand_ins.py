"""The stand-ins for two components of the statistical pipeline give exactly what spaCy's own give: the indexed
attribute ruler (extract/attributes.py) the same matches, the lemmatizer that remembers (extract/lemmas.py) the
same lemmas, so the parse keeps the same part of speech, morphology and lemmas."""

from __future__ import annotations

import pytest
import spacy

from jkec.curated import Curated
from jkec.extract.attributes import IndexedAttributeRuler
from jkec.extract.lemmas import CachedLemmatizer
from jkec.extract.nlp import parser

TEXTS = [
    "Japan tightened export controls on South Korea in July 2019, and Seoul said it would take the case to the WTO.",
    "I'm gonna go, y'all. Let's c'mon, we gotta! It ain't  over, you know.  But I said it to you.",
    "There is a plan; there's none. He didn't do it, did he? Do it! Has he had it?\n\n"
    "  The ministry gets it; it got them.",
    "Y'all ain't gonna get it. Got ta go. Which one? That one, which is all. Both of them did.",
    "",
]


@pytest.fixture(scope="module")
def model(curated: Curated):
    return spacy.load(curated.language_model, exclude=["ner"])


@pytest.mark.parametrize("text", TEXTS)
def test_the_matches_are_the_matchers(model, text):
    ruler = model.get_pipe("attribute_ruler")
    doc = model(text, disable=["attribute_ruler", "lemmatizer"])
    assert IndexedAttributeRuler(ruler).matches(doc) == ruler.match(doc)


def test_the_parse_is_the_models(model, curated: Curated):
    def attributes(nlp):
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i)
                for doc in nlp.pipe(TEXTS) for t in doc]

    stood_in = parser(curated.language_model)
    assert stood_in.pipe_names == model.pipe_names
    assert isinstance(stood_in.get_pipe("attribute_ruler"), IndexedAttributeRuler)
    assert isinstance(stood_in.get_pipe("lemmatizer"), CachedLemmatizer)
    assert attributes(stood_in) == attributes(model)
    assert attributes(stood_in) == attributes(model)  # again, from what the lemmatizer remembers


def test_a_pattern_it_cannot_index_is_refused():
    ruler = spacy.blank("en").add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "a"})
    with pytest.raises(ValueError, match="OP"):
        IndexedAttributeRuler(ruler)


def test_only_a_rule_lemmatizer_is_stood_in_for():
    lemmatizer = spacy.blank("en").add_pipe("lemmatizer", config={"mode": "lookup"})
    with pytest.raises(ValueError, match="lookup"):
        CachedLemmatizer(lemmatizer)
