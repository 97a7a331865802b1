"""The curated loaders refuse bad entries (event codebook, actor dictionary), naming the file and the entry; the
speech lexicon fits the parser."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from jkec.curated import (
    REQUIRED_WORD_CLASSES,
    load_actors,
    load_event_types,
    load_measure_types,
    load_speech_verbs,
    load_statements,
    load_time_words,
    load_vocabulary,
    load_word_classes,
)
from jkec.errors import JkecError
from jkec.extract.nlp import parser
from jkec.project import Project

from tests.support import PROJECT_ROOT

GOOD = {"code": "hold_talks", "label": "Hold talks", "definition": "Officials meet.",
        "frames": [{"predicates": ["meet", "@talk_verbs"], "objects": ["talk"], "context": ["@talk_verbs", ["for", "on"]],
                    "preps": ["with"], "clause": False, "target": "object"}]}
CLASSES = {"talk_verbs": ["Discuss", "negotiate"], **{name: ["word"] for name in sorted(REQUIRED_WORD_CLASSES)}}
VOCABULARY = load_vocabulary(Project(PROJECT_ROOT))  # the schemas' enums


def write_codebook(folder: Path, classes: dict | None = None, **changes) -> Path:
    path = folder / "event_types.yaml"
    document = {"word_classes": CLASSES if classes is None else classes, "event_types": [{**GOOD, **changes}]}
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return path


def test_good_entry_loads_with_its_rules(tmp_path):
    (event_type,) = load_event_types(write_codebook(tmp_path, status="planned", target="addressee", joint=True), {}, VOCABULARY).values()
    assert (event_type.fixed_status, event_type.addressee_target, event_type.joint) == ("planned", True, True)
    (frame,) = event_type.frames
    assert frame.predicates == {"meet", "discuss", "negotiate"} and frame.objects == {"talk"}
    assert frame.context == (frozenset({"discuss", "negotiate"}), frozenset({"for", "on"}))
    assert (frame.preps, frame.clause, frame.target_is_object, frame.announces) == ({"with"}, False, True, None)


def test_a_codebook_without_word_classes_is_refused(tmp_path):
    with pytest.raises(JkecError, match="expected a mapping under 'word_classes'"):
        load_event_types(write_codebook(tmp_path, classes="none"), {}, VOCABULARY)


def test_a_codebook_without_a_class_extraction_reads_is_refused_naming_it(tmp_path):
    classes = {name: words for name, words in CLASSES.items() if name != "voiced"}
    with pytest.raises(JkecError, match=r"event_types.yaml: word_classes lacks voiced, which extraction reads"):
        load_event_types(write_codebook(tmp_path, classes=classes), {}, VOCABULARY)


@pytest.mark.parametrize(("old", "new", "message"), [
    ("  about: [", "  about: ['@nothing', ", "statements: about: unknown word class '@nothing'"),
    ("\nstatements:\n", "\nstatements:\n  after: [said]\n", r"statements: unknown keys \['after'\]"),
])
def test_a_statements_block_with_an_unknown_class_or_key_is_refused(tmp_path, old, new, message):
    text = (PROJECT_ROOT / "curated" / "event_types.yaml").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "event_types.yaml"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    vocabulary = load_vocabulary(Project(PROJECT_ROOT))
    event_types = load_event_types(path, load_measure_types(PROJECT_ROOT / "curated" / "measure_types.yaml"), vocabulary)
    with pytest.raises(JkecError, match=message):
        load_statements(path, event_types, load_word_classes(path), vocabulary)


def test_every_class_extraction_reads_by_name_is_required():
    code = "\n".join(path.read_text(encoding="utf-8") for path in (PROJECT_ROOT / "build").rglob("*.py"))
    read = set(re.findall(r'word_classes\["([a-z_]+)"\]', code))
    assert read and read <= REQUIRED_WORD_CLASSES


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"status": "happened"}, "status 'happened' is not one of", id="status"),
        pytest.param({"target": "object"}, "target 'object' is not one of", id="target-rule"),
        pytest.param({"joint": "yes"}, "joint 'yes' is not true or false", id="joint"),
        pytest.param({"measure_effect": "tighten"}, "measure_effect 'tighten' is not one of", id="measure-effect"),
        pytest.param({"measure_type": "embargo"}, "unknown measure_type 'embargo'", id="measure-type"),
        pytest.param({"frames": [{"objects": ["talk"]}]}, "frame 1: a frame is a mapping with predicates", id="frame-without-predicates"),
        pytest.param({"frames": [{"predicates": ["meet"], "verb": "meet"}]}, "a frame is a mapping", id="frame-unknown-key"),
        pytest.param({"frames": [{"predicates": ["@nothing"]}]}, "unknown word class '@nothing'", id="frame-unknown-class"),
        pytest.param({"frames": [{"predicates": ["meet"], "target": "speaker"}]}, "target 'speaker' is not 'object' or 'subject'", id="frame-target"),
        pytest.param({"frames": [{"predicates": ["meet"], "no_object": "often"}]}, "no_object 'often' is not true or false",
                     id="frame-no-object"),
        pytest.param({"frames": [{"predicates": ["meet"], "announces": "no_type"}]}, "announces unknown type 'no_type'",
                     id="frame-announces"),
        pytest.param({"frames": []}, "missing frames", id="no-frames"),
        pytest.param({"label": None}, "missing label", id="missing-label"),
    ],
)
def test_bad_entry_is_refused_naming_file_and_entry(tmp_path, changes, message):
    path = write_codebook(tmp_path, **changes)
    with pytest.raises(JkecError, match=message) as error:
        load_event_types(path, {}, VOCABULARY)
    assert str(path) in str(error.value) and "event type 1 (hold_talks)" in str(error.value)


def actor(actor_id: str, parent: str | None = None, *aliases: str) -> dict:
    return {"actor_id": actor_id, "name": actor_id.title(), "actor_type": "agency", "parent_actor_id": parent,
            "aliases": [{"alias": alias, "kind": "name"} for alias in aliases]}


@pytest.mark.parametrize(
    ("actors", "message"),
    [
        pytest.param([actor("jpn"), actor("jpn")], "'jpn' is defined twice", id="duplicate-id"),
        pytest.param([actor("meti", None, "METI", "Trade Ministry"), actor("motie", None, "Trade Ministry")],
                     "actor 2 (motie): alias 'Trade Ministry' already names actor 'meti'; an alias names one actor",
                     id="alias-of-two-actors"),
        pytest.param([actor("jpn"), actor("meti", "jpn_gov")], "actor 'meti' has unknown parent 'jpn_gov'",
                     id="missing-parent"),
        pytest.param([actor("jpn", "meti"), actor("jpn_gov", "jpn"), actor("meti", "jpn_gov")],
                     "the parents of actor 'jpn' form a cycle (jpn → meti → jpn_gov → jpn)", id="cycle"),
        pytest.param([actor("jpn", "jpn")], "the parents of actor 'jpn' form a cycle (jpn → jpn)", id="own-parent"),
        pytest.param([{**actor("kita"), "actor_type": "association"}], "actor_type 'association' is not one of",
                     id="actor-type-outside-the-schema"),
    ],
)
def test_bad_actor_dictionary_is_refused_naming_file_and_actor(tmp_path, actors, message):
    path = tmp_path / "actors.yaml"
    path.write_text(yaml.safe_dump({"actors": actors}), encoding="utf-8")
    with pytest.raises(JkecError) as error:
        load_actors(path, VOCABULARY)
    assert str(path) in str(error.value) and message in str(error.value)


def test_an_actor_may_list_one_alias_under_two_kinds(tmp_path):
    path = tmp_path / "actors.yaml"
    entry = {**actor("ap"), "aliases": [{"alias": "AP", "kind": "acronym"}, {"alias": "AP", "kind": "name"}]}
    path.write_text(yaml.safe_dump({"actors": [entry]}), encoding="utf-8")
    assert load_actors(path, VOCABULARY)["ap"].aliases == (("AP", "acronym"), ("AP", "name"))


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


def test_speech_nouns_are_read_by_class_and_an_unknown_class_is_refused(tmp_path):
    path = tmp_path / "speech_verbs.yaml"
    path.write_text(yaml.safe_dump({"verbs": [GOOD_VERB], "nouns": {"report": ["Claim"], "directive": ["appeal"]}}),
                    encoding="utf-8")
    assert load_speech_verbs(path).nouns == {"claim": "report", "appeal": "directive"}
    path.write_text(yaml.safe_dump({"verbs": [GOOD_VERB], "nouns": {"rumour": ["hearsay"]}}), encoding="utf-8")
    with pytest.raises(JkecError, match="nouns class 'rumour' is not one of"):
        load_speech_verbs(path)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"class": "gossip"}, "class 'gossip' is not one of", id="class"),
        pytest.param({"addressee": "yes"}, "addressee 'yes' is not true or false", id="addressee"),
        pytest.param({"clausal": "often"}, "clausal 'often' is not true or false", id="clausal"),
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


GOOD_TIME_WORDS = {"future_markers": ["will", "expected to"], "negations": ["not"], "bound_words": ["since", "from"],
                   "start_words": ["from"], "irregular_past": ["broke", "met"]}


def write_time_words(folder: Path, **changes) -> Path:
    path = folder / "time_words.yaml"
    path.write_text(yaml.safe_dump({**GOOD_TIME_WORDS, **changes}), encoding="utf-8")
    return path


def test_time_words_load_as_listed(tmp_path):
    words = load_time_words(write_time_words(tmp_path))
    assert (words.future_markers, words.negations, words.bound_words, words.start_words, words.irregular_past) == (
        ("will", "expected to"), ("not",), ("since", "from"), ("from",), ("broke", "met"))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"future_markers": ["will", "plans? to"]}, r"future_markers entry 2 \('plans\? to'\) is not lowercase words",
                     id="pattern"),
        pytest.param({"bound_words": ["since", "since"]}, r"bound_words entry 2 \('since'\) is listed twice", id="twice"),
        pytest.param({"start_words": ["starting"]}, r"start_words \['starting'\] are not bound_words", id="start-unbound"),
        pytest.param({"negations": []}, "non-empty list under each of future_markers, negations, bound_words, start_words, irregular_past",
                     id="empty"),
    ],
)
def test_bad_time_word_is_refused_naming_file_and_entry(tmp_path, changes, message):
    path = write_time_words(tmp_path, **changes)
    with pytest.raises(JkecError, match=message) as error:
        load_time_words(path)
    assert str(path) in str(error.value)
