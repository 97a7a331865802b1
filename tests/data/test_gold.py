"""The gold annotations themselves: one file per article, each with its split, its codes from the codebooks and
the dictionary (or an uncurated `cand_` id), and the test split as ANNOTATION.md §10 fixed it."""

from __future__ import annotations

import re

import pytest
import yaml

from jkec.curated import Curated
from tests.support import PROJECT_ROOT

GOLD_DIR = PROJECT_ROOT / "tests" / "gold"
DOCUMENTS = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in sorted(GOLD_DIR.glob("*.yaml"))}
UNCURATED_ID = re.compile(r"^cand_[a-z0-9]+(?:_[a-z0-9]+)*$")


def test_every_article_has_a_gold_file_and_every_gold_file_an_article():
    articles = {path.stem for path in (PROJECT_ROOT / "raw").glob("*.txt")}
    assert set(DOCUMENTS) == articles
    assert all(document["source_id"] == stem for stem, document in DOCUMENTS.items())


def test_the_split_is_the_one_fixed_before_rule_work():
    """Seeds (000-004) and the odd-numbered corpus articles are dev; the even-numbered corpus articles test."""
    expected = {stem: "test" if int(stem[:3]) >= 5 and int(stem[:3]) % 2 == 0 else "dev" for stem in DOCUMENTS}
    assert {stem: document["split"] for stem, document in DOCUMENTS.items()} == expected


def actor_ids(document: dict) -> list[tuple[str, str]]:
    ids = [("quote speaker", q["speaker"]) for q in document.get("quotes") or []]
    ids += [("actor mention", m["actor_id"]) for m in document.get("actor_mentions") or []]
    ids += [(f"event {role}", e[role]) for e in document.get("event_mentions") or [] for role in ("actor", "target")]
    ids += [("measure", m["implementing"]) for m in document.get("measures") or []]
    return [(where, value) for where, value in ids if value is not None]


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_gold_codes_are_codebook_and_dictionary_codes(curated: Curated, stem):
    document = DOCUMENTS[stem]
    unknown = [(where, value) for where, value in actor_ids(document)
               if value not in curated.actors and not UNCURATED_ID.match(value)]
    unknown += [("event type", e["event_type"]) for e in document.get("event_mentions") or []
                if e["event_type"] not in curated.event_types]
    unknown += [("measure type", m["measure_type"]) for m in document.get("measures") or []
                if m["measure_type"] not in curated.measure_types]
    assert unknown == []


@pytest.mark.parametrize("stem", sorted(DOCUMENTS))
def test_speaker_in_dictionary_says_whether_the_speaker_is_curated(curated: Curated, stem):
    wrong = [q["text"][:40] for q in DOCUMENTS[stem].get("quotes") or []
             if "speaker_in_dictionary" in q and q["speaker_in_dictionary"] != (q["speaker"] in curated.actors)]
    assert wrong == []
