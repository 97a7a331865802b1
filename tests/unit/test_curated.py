"""The curated loaders refuse bad entries, naming the file and the entry; the speech lexicon fits the parser."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from jkec.curated import load_event_types, load_speech_verbs
from jkec.errors import JkecError
from jkec.extract.nlp import parser

GOOD = {"code": "hold_talks", "label": "Hold talks", "definition": "Officials meet.", "triggers": [r"\bmet\b"]}


def write_codebook(folder: Path, **changes) -> Path:
    path = folder / "event_types.yaml"
    path.write_text(yaml.safe_dump({"event_types": [{**GOOD, **changes}]}), encoding="utf-8")
    return path


def test_good_entry_loads_with_its_rules(tmp_path):
    (event_type,) = load_event_types(write_codebook(tmp_path, status="planned", target="addressee", joint=True), {}).values()
    assert (event_type.fixed_status, event_type.addressee_target, event_type.joint) == ("planned", True, True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"status": "happened"}, "status 'happened' is not one of", id="status"),
        pytest.param({"target": "object"}, "target 'object' is not one of", id="target-rule"),
        pytest.param({"joint": "yes"}, "joint 'yes' is not true or false", id="joint"),
        pytest.param({"measure_effect": "tighten"}, "measure_effect 'tighten' is not one of", id="measure-effect"),
        pytest.param({"measure_type": "embargo"}, "unknown measure_type 'embargo'", id="measure-type"),
        pytest.param({"triggers": ["(unclosed"]}, "invalid pattern", id="trigger"),
        pytest.param({"label": None}, "missing label", id="missing-label"),
    ],
)
def test_bad_entry_is_refused_naming_file_and_entry(tmp_path, changes, message):
    path = write_codebook(tmp_path, **changes)
    with pytest.raises(JkecError, match=message) as error:
        load_event_types(path, {})
    assert str(path) in str(error.value) and "event type 1 (hold_talks)" in str(error.value)


GOOD_VERB = {"lemma": "say", "class": "report", "present": "says", "past": "said", "gerund": "saying"}


def write_lexicon(folder: Path, **changes) -> Path:
    path = folder / "speech_verbs.yaml"
    path.write_text(yaml.safe_dump({"verbs": [{**GOOD_VERB, **changes}], "documents": ["Statement"]}), encoding="utf-8")
    return path


def test_speech_lexicon_gives_forms_by_slot_and_the_participle_defaults_to_the_past(tmp_path):
    lexicon = load_speech_verbs(write_lexicon(tmp_path, past=["spoke"], participle="spoken", lemma="speak"))
    assert lexicon.forms(slots=("past",)) == "spoke"
    assert lexicon.forms(slots=("participle",)) == "spoken"
    assert load_speech_verbs(write_lexicon(tmp_path)).forms(slots=("participle",)) == "said"
    assert lexicon.documents == frozenset({"statement"})


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"class": "gossip"}, "class 'gossip' is not one of", id="class"),
        pytest.param({"addressee": "yes"}, "addressee 'yes' is not true or false", id="addressee"),
        pytest.param({"past": None}, "missing past", id="missing-form"),
    ],
)
def test_bad_speech_verb_is_refused_naming_file_and_entry(tmp_path, changes, message):
    path = write_lexicon(tmp_path, **changes)
    with pytest.raises(JkecError, match=message) as error:
        load_speech_verbs(path)
    assert str(path) in str(error.value) and "verb 1 (say)" in str(error.value)


def test_every_speech_lemma_is_the_lemma_the_parser_gives_its_forms(curated):
    """The parse finds speech verbs by lemma, so the lexicon's lemmas must be the model's."""
    nlp = parser(curated.language_model)
    wrong = []
    for verb in curated.speech_verbs.verbs:
        for form in verb.forms["past"]:
            doc = nlp(f"The officials {form} that the talks failed.")
            token = doc[2]
            particle = [child.lower_ for child in token.children if child.dep_ == "prt"]
            found = " ".join([token.lemma_.lower(), *particle])
            if found != verb.lemma:
                wrong.append((form, found, verb.lemma))
    assert wrong == []
