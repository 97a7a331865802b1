"""Actor mentions (extract/actors.py) on hand-written texts: surname, metonym, apostrophe and overlap rules; the
actors the assembled tables refer to (assemble/actors.py)."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from jkec.assemble.actors import referenced_actor_ids
from jkec.project import Project
from jkec.sources.articles import Article
from jkec.tables.schema import load_schemas

from tests.support import PROJECT_ROOT


def mentions(extract, text):
    return [(m["actor_id"], m["text"], m["alias_kind"]) for m in extract(text)["actor_mentions"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Hayashi defended the export controls. Yoshimasa Hayashi said the export controls stay. Hayashi left.",
            [("hayashi_yoshimasa", "Yoshimasa Hayashi", "name"), ("hayashi_yoshimasa", "Hayashi", "surname")],
            id="surname-counts-only-after-the-full-name-unless-in-office",
        ),
        pytest.param(
            "Taiwan hosted Hiroshi Kajiyama on Monday. Kajiyama defended the export controls.",
            [("kajiyama_hiroshi", "Kajiyama", "surname")],
            id="introduction-in-an-irrelevant-passage-still-introduces",
        ),
        pytest.param(
            "Tokyo tightened export controls after talks in Tokyo.",
            [("jpn_gov", "Tokyo", "metonym")],
            id="metonym-acting-counts-place-after-preposition-does-not",
        ),
        pytest.param(
            "Officials met in Seoul to discuss export controls; Seoul wants the curbs lifted.",
            [("kor_gov", "Seoul", "metonym")],
            id="metonym-after-in-is-a-place",
        ),
        pytest.param(
            "Japan’s government tightened export controls. Japan's government defended the export controls.",
            [("jpn_gov", "Japan’s government", "name"), ("jpn_gov", "Japan's government", "name")],
            id="straight-apostrophe-alias-matches-curly-too",
        ),
        pytest.param(
            "South Korea’s trade ministry criticised the export controls.",
            [("kor_motie", "South Korea’s trade ministry", "name")],
            id="longest-match-wins-over-the-state",
        ),
        pytest.param(
            "The ROK trade ministry and the ROK government answered the export controls, the ROK said.",
            [("kor_motie", "ROK trade ministry", "title"), ("kor_gov", "ROK government", "title"), ("kor", "ROK", "acronym")],
            id="the-republics-acronym-names-the-state-and-qualifies-its-bodies",
        ),
        pytest.param(
            "Japan's economy, trade and industry ministry and Korea's trade, industry and energy ministry met on export controls.",
            [("jpn_meti", "Japan's economy, trade and industry ministry", "title"),
             ("kor_motie", "Korea's trade, industry and energy ministry", "title")],
            id="a-ministrys-full-name-written-as-a-generic-word",
        ),
        pytest.param(
            "Taiwan said Hiroshi Kajiyama visited the island.",
            [],
            id="no-mention-from-an-irrelevant-passage",
        ),
        pytest.param(
            "Negotiators flew in from Tokyo after a formal request from Seoul for talks on the export curbs.",
            [("kor_gov", "Seoul", "metonym")],
            id="a-capital-a-request-comes-from-speaks-one-flown-from-is-a-place",
        ),
        pytest.param(
            "A Tokyo-based lawyer and a Korea-listed chipmaker doubt that the export curbs will last; Seoul objects.",
            [("kor_gov", "Seoul", "metonym")],
            id="a-place-in-a-compound-adjective-only-locates",
        ),
        pytest.param(
            "The Japanese cabinet kept the export curbs that South Korea's administration wants gone.",
            [("jpn_gov", "Japanese cabinet", "title"), ("kor_gov", "South Korea's administration", "title")],
            id="a-countrys-cabinet-or-administration-is-its-government",
        ),
        pytest.param(
            "Chip shares fell on the Tokyo Stock Exchange after the export curbs; Seoul Friday called them unfair.",
            [("kor_gov", "Seoul", "metonym")],
            id="a-capital-opening-a-longer-name-is-no-government",
        ),
    ],
)
def test_actor_mentions(extract, text, expected):
    assert mentions(extract, text) == expected


def test_a_title_case_headline_keeps_its_capitals(extract):
    title = "Tokyo Eases Export Curbs On Seoul"
    found = [(m["actor_id"], m["text"]) for m in extract(f"{title}\nThe quarrel went on.", title=title)["actor_mentions"]]
    assert found == [("jpn_gov", "Tokyo"), ("kor_gov", "Seoul")]


def test_mention_offsets_and_passage_point_at_the_words(extract):
    text = "The curbs stay. Japan tightened export controls on South Korea."
    rows = extract(text)["actor_mentions"]
    assert [(text[m["char_start"] : m["char_end"]], m["passage_no"]) for m in rows] == [("Japan", 2), ("South Korea", 2)]
    assert all(text[m["char_start"] : m["char_end"]] == m["text"] for m in rows)


def test_repeated_full_name_of_an_uncurated_person_is_one_mention(extract):
    text = ("South Korean Trade Minister Park Min-jun said the export controls should end. "
            "Later Park Min-jun told reporters the export curbs were unfair, and Park left.")
    mentions = [(m["text"], m["alias_kind"]) for m in extract(text)["actor_mentions"] if m["actor_id"] == "cand_park_min_jun"]
    assert mentions == [("Park Min-jun", "name"), ("Park Min-jun", "name"), ("Park", "surname")]


def test_a_name_part_two_uncurated_persons_share_names_neither(extract):
    text = ("Seoul will take the curbs to the WTO, Trade Minister Jang Du-ri said on Monday.\n"
            "Vice Minister Jang Se-bom called the export curbs unfair, and Jang added that talks would go on.\n")
    mentions = [(m["actor_id"], m["text"]) for m in extract(text)["actor_mentions"] if m["actor_id"].startswith("cand_")]
    assert mentions == [("cand_jang_du_ri", "Jang Du-ri"), ("cand_jang_se_bom", "Jang Se-bom")]


def test_an_uncurated_official_has_the_country_of_the_body_that_employs_them(extract):
    text = ("Sato Kenji, director of the Korea desk at Japan's trade ministry, said the export controls would stay "
            "in force.")
    rows = {a["actor_id"]: (a["country"], a["parent_actor_id"]) for a in extract(text)["candidate_actors"]}
    assert rows["cand_sato_kenji"] == ("JPN", "jpn_meti")


@pytest.mark.parametrize(("text", "expected"), [
    ("Shipments of etching gas to Korea fell by half after the export curbs, according to the Korea Chemical "
     "Importers Association.", ("cand_korea_chemical_importers_association", "group")),
    ("The Federation of Japanese Chipmakers welcomed the end of the export curbs, saying in a statement that "
     "trade would recover.", ("cand_federation_of_japanese_chipmakers", "group")),
    ("A spokesman for Busan-based Daehan Fluoro Chemicals said the company had found new suppliers after the "
     "export curbs.", ("cand_daehan_fluoro_chemicals", "company")),
    ("A spokesman for the Korea Chamber of Commerce and Industry said member firms had found new suppliers after the "
     "export curbs.", ("cand_korea_chamber_of_commerce_and_industry", "group")),
    ("“The export curbs case will take years,” said Anna Berg, a former WTO legal affairs officer now at a Geneva "
     "law firm.", ("cand_anna_berg", "person")),
])
def test_an_organisation_named_in_a_speaker_phrase_is_an_uncurated_actor(extract, text, expected):
    rows = extract(text)
    assert [(a["actor_id"], a["actor_type"]) for a in rows["candidate_actors"]] == [expected]
    assert [q["speaker_actor_id"] for q in rows["quotes"]] == [expected[0]]


def test_a_unit_named_in_a_persons_role_or_a_generic_ministry_is_no_organisation_that_speaks(extract):
    rows = extract("Sato Kenji, director of the Korea Office at the Trade Ministry, said the export curbs would stay.")
    assert [a["actor_id"] for a in rows["candidate_actors"]] == ["cand_sato_kenji"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ruling Liberal Democratic Party said on Tuesday that the export controls on South Korea must stay.",
     ("cand_liberal_democratic_party", "group")),
    ("“The white list removal hurts exporters on both sides,” the Justice Party said in a statement.",
     ("cand_justice_party", "group")),
])
def test_a_political_party_that_speaks_is_an_uncurated_organisation(extract, text, expected):
    rows = extract(text)
    assert [(a["actor_id"], a["actor_type"]) for a in rows["candidate_actors"]] == [expected]
    assert [q["speaker_actor_id"] for q in rows["quotes"]] == [expected[0]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        ("Kishida said the export controls on Korea were lifted.", dt.date(2023, 3, 24), ["kishida_fumio"]),
        ("Kishida said the export controls on Korea were lifted.", dt.date(2019, 7, 4), []),  # not yet in office
        ("Moon Sung-wook said the export curbs would stay.", dt.date(2019, 7, 4), ["moon_sungwook"]),
    ],
    ids=["office-holder-by-surname", "surname-of-someone-not-in-office", "surname-inside-another-name"],
)
def test_a_surname_alone_names_an_office_holder_of_the_publication_period(extractor, text, published, expected):
    rows = extractor.extract(Article("900_handwritten", "Untitled", text, published, "day"))["actor_mentions"]
    assert [m["actor_id"] for m in rows if m["actor_id"] not in ("kor", "jpn")] == expected


def test_the_referenced_actors_are_those_a_schemas_foreign_key_to_actors_names():
    schemas = load_schemas(Project(PROJECT_ROOT), ["quotes", "event_mentions", "passages"])
    tables = {
        "quotes": pd.DataFrame({"source_id": ["s1", "s1"], "speaker_actor_id": ["jpn_gov", None]}),
        "event_mentions": pd.DataFrame({"source_id": ["s1"], "actor_id": ["kor"], "target_actor_id": ["jpn"]}),
        "passages": pd.DataFrame(columns=["source_id"]),
    }
    assert referenced_actor_ids(tables, schemas) == {"jpn_gov", "kor", "jpn"}
