"""No record draws evidence from a passage judged irrelevant; the noise of the captures is kept in passages
with the reason it was dropped."""

from __future__ import annotations

import pytest

EVIDENCE_TABLES = ["actor_mentions", "quotes", "event_mentions"]
EVIDENCE_COLUMNS = {"actor_mentions": ["text"], "quotes": ["text", "speaker_mention"],
                    "event_mentions": ["text", "trigger_text", "date_text"]}
NOISE = {
    "Taiwan": {"other_story"},
    "Venezuela": {"other_story"},
    "Maduro": {"other_story"},
    "SpaceX": {"headline_list"},
    "Nasdaq": {"headline_list"},
    "stealth fighter": {"headline_list", "other_story"},
    "Oops": {"boilerplate"},
    "By subscribing": {"boilerplate"},
    "Photo: AP": {"boilerplate"},
    "Koreas US Diplomacy": {"navigation"},
}


def passage_texts(tables, raw_texts):
    passages = tables["passages"]
    return passages.assign(passage_text=[
        raw_texts[s][int(a) : int(b)] for s, a, b in zip(passages["source_id"], passages["char_start"], passages["char_end"])
    ])


@pytest.mark.parametrize("table", EVIDENCE_TABLES)
def test_no_evidence_span_overlaps_an_irrelevant_passage(tables, table):
    passages = tables["passages"]
    irrelevant = passages[passages["relevant"] == "false"].astype({"char_start": int, "char_end": int})
    frame = tables[table]
    starts = [c for c in frame.columns if c.endswith("char_start")]
    overlaps = []
    for start in starts:
        end = start.replace("char_start", "char_end")
        spans = frame[frame[start].notna()].astype({start: int, end: int})
        joined = spans.merge(irrelevant, on="source_id", suffixes=("", "_p"))
        hit = joined[(joined[start] < joined["char_end_p"]) & (joined["char_start_p"] < joined[end])]
        overlaps += hit[["source_id", start]].values.tolist()
    assert len(frame) > 0 and overlaps == []


@pytest.mark.parametrize("word", sorted(NOISE))
def test_no_evidence_contains_noise_words(tables, word):
    found = [
        (table, column, value)
        for table, columns in EVIDENCE_COLUMNS.items()
        for column in columns
        for value in tables[table][column].dropna()
        if word in value
    ]
    assert found == []


@pytest.mark.parametrize(("word", "reasons"), sorted(NOISE.items()))
def test_noise_passages_exist_and_are_dropped_with_their_reason(tables, raw_texts, word, reasons):
    passages = passage_texts(tables, raw_texts)
    holding = passages[passages["passage_text"].str.contains(word, regex=False)]
    assert len(holding) > 0
    assert set(holding["relevant"]) == {"false"}
    assert set(holding["reason"]) == reasons


def test_every_article_keeps_some_relevant_passages(tables):
    relevant = tables["passages"].groupby("source_id")["relevant"].apply(lambda column: (column == "true").sum())
    assert sorted(relevant.index) == sorted(tables["sources"]["source_id"]) and (relevant > 0).all()
