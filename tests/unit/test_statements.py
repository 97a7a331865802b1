"""A quoted statement of someone who speaks for a party is a state_position (extract/statements.py), on sentences
written for this test: office holders of either country in and out of the dictionary, people who speak for no
party, and statements whose words or verb are coded as another event."""

from __future__ import annotations

import pytest


def events(extract, text):
    rows = extract(text)
    assert rows["quotes"], "the sentence must hold a quotation for the test to say anything"
    return [(e["event_type"], e["actor_id"], e["status"]) for e in rows["event_mention_candidates"]]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“Our export rules follow international practice and nothing else,” Hiroshi Kajiyama said on Tuesday.",
         "kajiyama_hiroshi"),
        ("“Seoul keeps a strict watch over the trade it runs under its export controls,” said Sung Yun-mo.", "sung_yunmo"),
        ("“The export curbs hurt the firms of both countries,” said Lee Do-hyun, a director at the trade ministry.",
         "cand_lee_do_hyun"),
    ],
)
def test_a_quoted_office_holder_states_a_position(extract, text, speaker):
    assert ("state_position", speaker, "occurred") in events(extract, text)


@pytest.mark.parametrize(
    "text",
    [
        "“We will keep buying local beer while the export curbs last,” said Park Min-ji, a protester outside the embassy.",
        "“Both sides lose from the export controls,” said Choi Ha-eun, an analyst at a bank in Seoul.",
    ],
)
def test_people_who_speak_for_no_party_state_no_position(extract, text):
    assert [row for row in events(extract, text) if row[0] == "state_position"] == []


def test_words_reporting_the_speakers_own_act_are_that_act(extract):
    rows = events(extract, "“We will withdraw our complaint at the WTO next month,” Sung Yun-mo said.")
    assert ("withdraw_wto_complaint", "sung_yunmo", "scheduled") in rows
    assert [row for row in rows if row[0] == "state_position"] == []


def test_an_act_of_the_other_side_in_the_words_keeps_the_statement(extract):
    rows = events(extract, "“Japan's easing of the export curbs is far too little,” Sung Yun-mo said on Friday.")
    assert ("state_position", "sung_yunmo", "occurred") in rows
    assert ("lift_export_control", "jpn", "occurred") in rows


def test_a_quotation_attributed_by_an_event_verb_is_that_event(extract):
    rows = events(extract, "“Withdraw the export curbs without delay,” Moon Jae-in urged Japan on Monday.")
    assert [row for row in rows if row[0] == "state_position"] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan tightened its export controls. “Japan's curbs are pure retaliation,” Sung Yun-mo said on Friday.",
         ("accuse", "sung_yunmo", "jpn")),
        ("Japan tightened its export controls on South Korea. “This is in no way retaliation,” Suga told reporters.",
         ("deny_allegation", "suga_yoshihide", "kor")),
        ("Japan tightened its export controls on South Korea. Seoul's trade ministry said the controls were unfair.",
         ("criticize", "kor_motie", "jpn")),
        ("Tokyo eased its export curbs. Freedonia's envoy said the step was arbitrary and discriminatory.", None),
        ("Seoul filed a WTO complaint. “We will respond sternly,” Hiroshi Kajiyama said on Friday.",
         ("threaten_countermeasure", "kajiyama_hiroshi", "kor")),
        ("Seoul struck Japan off its white list. “Tokyo will take corresponding measures,” Hiroshi Kajiyama said.",
         ("threaten_countermeasure", "kajiyama_hiroshi", "kor")),
        ("Japan tightened its export controls. “Our response to the export curbs has been calm,” Sung Yun-mo said.",
         ("state_position", "sung_yunmo", None)),
        ("Seoul dropped Japan from its white list. “We will take all necessary steps,” Hiroshi Kajiyama told reporters.",
         ("threaten_countermeasure", "kajiyama_hiroshi", "kor")),
        ("Seoul dropped Japan from its white list. Hiroshi Kajiyama said the government would respond firmly.",
         ("threaten_countermeasure", "kajiyama_hiroshi", "kor_gov")),
    ],
    ids=["quoted-allegation", "negated-allegation-denies", "reported-criticism", "no-party-speaks",
         "a-countermeasure-told-in-the-future-threatens", "corresponding-measures-to-come-threaten",
         "a-response-told-as-past-is-a-position", "all-necessary-steps-to-come-threaten",
         "the-government-in-its-ministers-words-is-the-speakers-side"],
)
def test_the_words_of_a_statement_give_its_type_and_the_other_side_as_target(extract, text, expected):
    rows = [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in extract(text)["event_mention_candidates"]
            if e["event_type"] in ("accuse", "deny_allegation", "criticize", "state_position", "threaten_countermeasure")]
    assert rows == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sung Yun-mo said Tokyo should scrap its curbs on exports of resist without delay.",
         [("demand", "sung_yunmo", "demanded")]),
        ("Hiroshi Kajiyama said on Tuesday that the export control dispute must be settled through talks.",
         [("demand", "kajiyama_hiroshi", "demanded")]),
        ("Sung Yun-mo said South Korea must cut its reliance on imported etching gas after the export curbs.",
         [("state_position", "sung_yunmo", "occurred")]),
        ("“It must be noted that our export rules follow international practice,” Hiroshi Kajiyama said.",
         [("state_position", "kajiyama_hiroshi", "occurred")]),
    ],
)
def test_what_a_party_says_another_should_do_is_a_demand(extract, text, expected):
    """A modal of obligation asks something of the other side or of no one in particular; of the speaker's own
    side ("we must", "South Korea must" said by a Korean minister) it asks nothing (a position, when it speaks of
    the dispute), nor when it only frames words."""
    assert [row for row in events(extract, text) if row[0] in ("demand", "state_position")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hiroshi Kajiyama said on Tuesday that the export controls rest on security grounds alone.",
         [("state_position", "kajiyama_hiroshi", "occurred")]),
        ("Sung Yun-mo said the export curbs had done Korean chipmakers no lasting harm.",
         [("state_position", "sung_yunmo", "occurred")]),
        ("Sung Yun-mo said the export curbs had done no harm. Sung Yun-mo said he would visit Osaka in May.",
         [("state_position", "sung_yunmo", "occurred")]),
    ],
)
def test_reported_speech_of_a_party_on_the_dispute_is_a_position(extract, text, expected):
    """Reported speech is a position only when its words name the dispute; a travel plan is none."""
    assert [row for row in events(extract, text) if row[0] == "state_position"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tokyo tightened its export controls on Seoul in July. Sung Yun-mo said on Friday the restrictions were Japan's "
         "own doing and would not last.", [("state_position", "sung_yunmo", "occurred")]),
        ("Seoul dropped Tokyo from its white list in September. Hiroshi Kajiyama said the removal changed nothing for "
         "Japanese exporters.", [("state_position", "kajiyama_hiroshi", "occurred")]),
        ("Tokyo tightened its export controls on Seoul in July. Sung Yun-mo said the screening of his visa took a week.",
         []),
    ],
)
def test_reported_speech_referring_back_to_the_dispute_is_a_position(extract, text, expected):
    """A noun that refers back to the dispute ("the restrictions", "the removal") makes reported speech a position in
    a passage on it; a word of screening in general does not."""
    assert [row for row in events(extract, text) if row[0] == "state_position"] == expected


@pytest.mark.parametrize("text", [
    "Seoul's presidential office said Tokyo had distorted the outcome of the export control talks in Seoul.",
    "Japan's trade ministry said South Korea's sloppy handling of sensitive chemicals had forced the export curbs.",
])
def test_a_statement_alleging_distortion_or_sloppy_controls_is_an_accusation(extract, text):
    assert "accuse" in [e["event_type"] for e in extract(text)["event_mention_candidates"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("“Our export controls on South Korea are a matter of routine,” Hiroshi Kajiyama told reporters, adding that "
     "Seoul's lax controls had let sensitive chemicals slip away.",
     [("state_position", "kajiyama_hiroshi", None), ("accuse", "kajiyama_hiroshi", "kor_gov")]),
    ("Tokyo tightened its export controls on Seoul. “The curbs are discriminatory,” Sung Yun-mo said, adding that "
     "Seoul would respond sternly to the measures.",
     [("accuse", "sung_yunmo", "jpn"), ("threaten_countermeasure", "sung_yunmo", "jpn")]),
])
def test_one_speaker_making_two_kinds_of_statement_in_a_sentence_makes_both(extract, text, expected):
    """A sentence in which one speaker states a position and adds an allegation, or accuses and threatens, codes
    each statement (ANNOTATION.md §5: a sentence may carry several events)."""
    rows = [(e["event_type"], e["actor_id"], e["target_actor_id"]) for e in extract(text)["event_mention_candidates"]
            if e["event_type"] in ("accuse", "criticize", "state_position", "threaten_countermeasure")]
    assert sorted(rows) == sorted(expected)
