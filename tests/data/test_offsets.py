"""Every offset in the built package points at its verbatim evidence in the raw text (read here from raw/)."""

from __future__ import annotations

import hashlib

import pytest

from tests.support import PROJECT_ROOT, schema_documents, span_columns

SPANS = [(table, *triple) for table, document in schema_documents(PROJECT_ROOT).items() for triple in span_columns(document)
         if "source_id" in {field["name"] for field in document["fields"]}]


def test_the_schemas_declare_the_expected_evidence_spans():
    declared = {(table, start, evidence) for table, start, _, evidence in SPANS}
    assert [s for s in declared if s[2] is None] == [("passages", "char_start", None)]
    assert declared >= {
        ("passages", "char_start", None),
        ("actor_mentions", "char_start", "text"),
        ("quotes", "char_start", "text"),
        ("quotes", "speaker_char_start", "speaker_mention"),
        ("event_mentions", "char_start", "text"),
        ("event_mentions", "trigger_char_start", "trigger_text"),
        ("event_mentions", "date_char_start", "date_text"),
        ("event_mentions", "location_char_start", "location_text"),
    }


@pytest.mark.parametrize(("table", "start", "end", "evidence"), [s for s in SPANS if s[3]],
                         ids=[f"{s[0]}.{s[1]}" for s in SPANS if s[3]])
def test_raw_text_at_the_offsets_equals_the_evidence(tables, raw_texts, table, start, end, evidence):
    frame = tables[table]
    present = frame[frame[start].notna()]
    assert frame[[start, end, evidence]].isna().nunique(axis=1).eq(1).all(), "offsets and evidence are null together"
    mismatches = [
        (row.Index, row.source_id, cut, text)
        for row in present.itertuples()
        if (cut := raw_texts[row.source_id][int(getattr(row, start)) : int(getattr(row, end))]) != (text := getattr(row, evidence))
    ]
    assert mismatches == []
    if table != "quotes" or start == "char_start":
        assert len(present) > 0


def test_passages_tile_the_non_blank_text_of_every_article(tables, raw_texts):
    passages = tables["passages"].astype({"char_start": int, "char_end": int, "passage_no": int})
    for source_id, text in raw_texts.items():
        rows = passages[passages["source_id"] == source_id].sort_values("passage_no")
        assert rows["char_start"].is_monotonic_increasing
        assert (rows["char_start"].to_numpy()[1:] >= rows["char_end"].to_numpy()[:-1]).all(), "passages overlap"
        covered = "".join(text[start:end] for start, end in zip(rows["char_start"], rows["char_end"]))
        assert "".join(covered.split()) == "".join(text.split()), source_id
        assert all(text[s:e] == text[s:e].strip() and text[s:e] for s, e in zip(rows["char_start"], rows["char_end"]))


def test_sources_record_length_and_hash_of_the_raw_files(tables, raw_texts, built_root):
    sources = tables["sources"].set_index("source_id")
    assert sorted(sources.index) == sorted(raw_texts)
    for source_id, text in raw_texts.items():
        assert int(sources.at[source_id, "n_chars"]) == len(text)
        data = (built_root / "raw" / sources.at[source_id, "path"]).read_bytes()
        assert sources.at[source_id, "sha256"] == hashlib.sha256(data).hexdigest()

