"""The installed statistical pipeline is the one curated/language_model.yaml describes: en_core_web_sm 3.8.0
with the labels and accuracy figures of its official published meta."""

from __future__ import annotations

import pytest
import spacy
import yaml

from jkec.curated import Curated
from jkec.extract.nlp import parser
from tests.support import PROJECT_ROOT

CARD = yaml.safe_load((PROJECT_ROOT / "curated" / "language_model.yaml").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def full_model(curated: Curated):
    return spacy.load(curated.language_model)


def test_the_model_is_the_version_and_licence_of_the_card(full_model):
    assert (full_model.meta["version"], full_model.meta["license"], full_model.pipe_names) == (
        CARD["version"], CARD["license"], CARD["pipeline"])


@pytest.mark.parametrize("component", sorted(CARD["labels"]))
def test_labels_are_the_published_ones(full_model, component):
    assert full_model.meta["labels"][component] == CARD["labels"][component]


@pytest.mark.parametrize("figure", sorted(CARD["performance"]))
def test_performance_is_the_published_figure(full_model, figure):
    assert full_model.meta["performance"][figure] == pytest.approx(CARD["performance"][figure], abs=1e-9)


def test_extraction_loads_it_once_without_entities(curated: Curated):
    assert parser(curated.language_model) is parser(curated.language_model)
    assert "ner" not in parser(curated.language_model).pipe_names and "parser" in parser(curated.language_model).pipe_names


def test_every_verb_of_the_codebook_in_its_s_form_lemmatises_to_a_listed_lemma(curated: Curated):
    """The model reads some -es forms of verbs in -e as another verb ("hopes" -> hop): a class must list both."""
    nlp = parser(curated.language_model)
    verbs = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["verb"]
    listed = {w for words in curated.word_classes.values() for w in words} | {
        p for t in curated.event_types.values() for f in t.frames for p in f.predicates} | {
        v.lemma for v in curated.speech_verbs.verbs}
    lemmas = {verb: [t.lemma_ for t in nlp(f"Japan {verb}s to act.") if t.text == f"{verb}s"]
              for verb in sorted(listed) if verb.endswith("e") and verb in verbs}
    assert {verb: found for verb, found in lemmas.items() if found and found[0] not in listed} == {}
