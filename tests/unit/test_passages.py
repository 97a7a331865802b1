"""Passage splitting and relevance verdicts (extract/passages.py) on hand-written texts."""

from __future__ import annotations

import pytest
from jkec.extract.passages import paragraph_spans, split_passages

TITLE = "Japan tightens export rules"
ARTICLE = f"""{TITLE}

Photo: AP
Business News
Regional Carrier Unveils Plan to Expand Northern Routes Next Spring
Japan tightened export controls on South Korea in July 2019. The ministry said more steps may follow.
Taiwan held military drills near its coast. The drills lasted three days.
Seoul protested the curbs. The ministry called in the ambassador.
Grain Exporter Delays Harbor Expansion as Freight Costs Climb Again
The ministry said nothing else.
"""

EXPECTED = [
    (TITLE, True, "dispute_term"),
    ("Photo: AP", False, "boilerplate"),
    ("Business News", False, "navigation"),
    ("Regional Carrier Unveils Plan to Expand Northern Routes Next Spring", False, "headline_list"),
    ("Japan tightened export controls on South Korea in July 2019.", True, "dispute_term"),
    ("The ministry said more steps may follow.", True, "context"),
    ("Taiwan held military drills near its coast.", False, "other_story"),
    ("The drills lasted three days.", False, "no_dispute_term"),
    ("Seoul protested the curbs.", True, "dispute_term"),
    ("The ministry called in the ambassador.", True, "context"),
    ("Grain Exporter Delays Harbor Expansion as Freight Costs Climb Again", False, "headline_list"),
    ("The ministry said nothing else.", False, "no_dispute_term"),
]


@pytest.fixture(scope="module")
def passages(curated):
    return split_passages(ARTICLE, TITLE, curated.relevance)


def test_each_passage_gets_the_expected_verdict(passages):
    assert [(p.span.text(ARTICLE), p.relevant, p.reason) for p in passages] == EXPECTED


def test_passages_are_numbered_in_order_with_their_paragraph(passages):
    assert [p.passage_no for p in passages] == list(range(1, len(EXPECTED) + 1))
    assert [p.paragraph_no for p in passages] == [1, 2, 3, 4, 5, 5, 6, 6, 7, 7, 8, 9]


def test_passages_cover_every_non_blank_character_once(passages):
    covered = [0] * len(ARTICLE)
    for passage in passages:
        for position in range(passage.span.start, passage.span.end):
            covered[position] += 1
    assert [i for i, char in enumerate(ARTICLE) if not char.isspace() and covered[i] != 1] == []
    assert all(p.span.text(ARTICLE) == p.span.text(ARTICLE).strip() for p in passages)


def test_matched_records_the_words_behind_the_verdict(passages):
    matched = {p.span.text(ARTICLE): p.matched for p in passages}
    assert matched["Taiwan held military drills near its coast."] == "Taiwan"
    assert matched["Seoul protested the curbs."] == "the curbs"
    assert matched["The ministry said more steps may follow."] is None


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("Koreas Diplomacy", "navigation"),
        ("Latest Korea Trade News", "navigation"),
        ("Latest Korea Trade News Today", "headline_list"),
        ("Advertisement", "boilerplate"),
        ("Kim reported from Seoul, South Korea.", "boilerplate"),
        ("By subscribing, you can help us keep this newsroom going.", "boilerplate"),
    ],
)
def test_line_furniture_is_dropped_with_its_reason(curated, line, reason):
    text = f"Japan tightened export controls.\n{line}\n"
    verdicts = [(p.span.text(text), p.relevant, p.reason) for p in split_passages(text, "Untitled", curated.relevance)]
    assert verdicts[-1] == (line, False, reason)


def test_headline_list_ends_the_story_it_follows(curated):
    text = "Japan tightened export controls.\nSpaceX Prioritizes Moon Mission Before Mars Again\nThe ministry said more.\n"
    assert [p.reason for p in split_passages(text, "Untitled", curated.relevance)] == [
        "dispute_term", "headline_list", "no_dispute_term"
    ]


def test_title_line_without_punctuation_is_judged_as_a_sentence(curated):
    text = "Export curbs hit Seoul\nThe ministry said more.\n"
    assert [(p.relevant, p.reason) for p in split_passages(text, "Export curbs hit Seoul", curated.relevance)] == [
        (True, "dispute_term"), (True, "context")
    ]
    assert [p.reason for p in split_passages(text, "Another title", curated.relevance)][0] == "navigation"


def test_title_line_is_found_whatever_its_quotation_marks(curated):
    text = "Seoul’s “white list” move angers Tokyo\nThe ministry said more.\n"
    title = "Seoul's \"white list\" move angers Tokyo"
    assert [p.reason for p in split_passages(text, title, curated.relevance)] == ["dispute_term", "context"]


def test_title_line_after_page_furniture_is_still_the_title(curated):
    text = "Home | World\nRuritania curbs exports of solvents to Freedonia\nThe trade office said more.\n"
    title = "Ruritania curbs exports of solvents to Freedonia"
    assert [(p.relevant, p.reason) for p in split_passages(text, title, curated.relevance)] == [
        (False, "navigation"), (True, "dispute_term"), (True, "context")
    ]


def test_the_line_after_the_title_is_its_sub_headline(curated):
    title = "Freedonia and Ruritania trade blows"
    text = f"{title}\nRuritania's minister blames the export curbs for the slump\nOther page: markets fall on oil worries\n"
    assert [(p.relevant, p.reason) for p in split_passages(text, title, curated.relevance)] == [
        (False, "no_dispute_term"), (True, "dispute_term"), (False, "headline_list")
    ]


def test_a_long_line_cut_short_is_prose_not_a_headline(curated):
    line = ("Freedonia answered with a plan for firms of both countries to pay into a joint fund, which the "
            "Ruritanian cabinet rejected as “unworkab")
    assert [p.reason for p in split_passages(f"Ruritania tightened its export controls.\n{line}\n", "Untitled",
                                             curated.relevance)] == ["dispute_term", "context"]


@pytest.mark.parametrize("sentence", [
    "Freedonia said it would tighten regulations on the export of two solvents.",
    "The cabinet lifted its limits on exports of etching gas last spring.",
    "Curbs on chemical exports to Ruritania stay in place, officials said.",
    "Freedonia eased its curbs on two display materials in May.",
    "The ministry kept its restrictions on the three industrial chemicals.",
    "Freedonia's ministers called the levy economic retaliation.",
    "The quarrel over exports between the two neighbours has lasted two years.",
    "Freedonia restricted shipments of two solvents to its neighbour.",
    "Ruritania dropped Freedonia from its roster of trusted partners.",
    "The export row between the two neighbours deepened in the autumn.",
    "Ruritania will restore Freedonia's fast-track status next month.",
    "Freedonia regained its white-list status after four years.",
    "Ruritania kept its preferential trading status with the bloc.",
    "Ruritania eased chip material curbs on Tuesday.",
    "Ruritania's latest curbs hit two of Freedonia's chipmakers hardest.",
    "Chipmakers waited ninety days for export licences on each shipment.",
    "Exporters of strategic goods now file a form for every contract.",
    "The cabinet called the levy a retaliatory trade measure.",
    "Freedonia will strike its neighbour off the list of buyers it trusts.",
    "The ministry plans to put Ruritania back on its roster list next month.",
])
def test_rules_on_exports_are_a_dispute_term(curated, sentence):
    assert [p.reason for p in split_passages(sentence, "Untitled", curated.relevance)] == ["dispute_term"]


@pytest.mark.parametrize("mark", ['"', "“"])
def test_opening_quote_left_at_a_sentence_end_moves_to_the_next_sentence(curated, mark):
    closing = '"' if mark == '"' else "”"
    text = f"Japan tightened export controls. {mark}We will keep talking,{closing} Hiroshi Kajiyama said."
    sentences = [p.span.text(text) for p in split_passages(text, "Untitled", curated.relevance)]
    assert sentences == ["Japan tightened export controls.", f"{mark}We will keep talking,{closing} Hiroshi Kajiyama said."]


@pytest.mark.parametrize("lead", ["“We will not back down,” the minister told reporters on Monday.",
                                  "The minister spoke to reporters for an hour on Monday."])
def test_a_sentence_before_the_dispute_term_of_its_paragraph_is_relevant(curated, lead):
    text = f"{lead} Ruritania tightened its export controls on two solvents last week.\nThe ministry said more.\n"
    verdicts = [(p.relevant, p.reason) for p in split_passages(text, "Untitled", curated.relevance)]
    assert verdicts == [(True, "paragraph"), (True, "dispute_term"), (True, "context")]


@pytest.mark.parametrize(("sentence", "reason"), [
    ("Freedonia's presidential office scrapped a naval pact with Ruritania on Monday amid the export row.",
     "no_dispute_term"),
    ("The two navies ended joint drills, amidst the trade spat between the neighbours, after a decade.",
     "no_dispute_term"),
    ("Amid a wider feud, Ruritania tightened its export controls on two solvents.", "dispute_term"),
])
def test_a_dispute_term_only_in_the_circumstances_of_a_sentence_does_not_make_it_relevant(curated, sentence, reason):
    assert [p.reason for p in split_passages(sentence, "Untitled", curated.relevance)] == [reason]


def test_a_sentence_of_another_story_stays_out_of_the_paragraph_it_shares(curated):
    text = "Taiwan held military drills near its coast. Ruritania tightened its export controls last week.\n"
    verdicts = [(p.relevant, p.reason) for p in split_passages(text, "Untitled", curated.relevance)]
    assert verdicts == [(False, "other_story"), (True, "dispute_term")]


def test_paragraphs_are_stripped_non_empty_lines():
    text = "  first line  \n\n\t\nsecond\r\nthird"
    assert [span.text(text) for span in paragraph_spans(text)] == ["first line", "second", "third"]


@pytest.mark.parametrize(
    "sports",
    ["The national team beat its rival 2-1 in a World Cup qualifier on Sunday.",
     "The weather agency expects the rainy season to end in the Kanto region next week.",
     "A typhoon is forecast to reach the southern islands by Tuesday, officials said.",
     "Their striker scored twice before the break, and the coach praised the defence.",
     "Tickets for the baseball final sold out within an hour."],
)
def test_a_sports_paragraph_beside_a_dispute_paragraph_is_not_its_context(curated, sports):
    text = f"Freedonia tightened export controls on the resin last month.\n{sports}\n"
    verdicts = [(p.relevant, p.reason) for p in split_passages(text, "Untitled", curated.relevance)]
    assert verdicts == [(True, "dispute_term"), (False, "other_story")]


@pytest.mark.parametrize("line", [
    "Tokyo drops Seoul from trusted-exporter list",
    "Seoul puts Tokyo back on fast-approval list after four years",
])
def test_a_list_move_written_without_a_determiner_names_the_dispute(curated, line):
    passage, = split_passages(line, line, curated.relevance)
    assert (passage.relevant, passage.reason) == (True, "dispute_term")


@pytest.mark.parametrize("sentence", [
    "Seoul's cabinet approved a decree that moves Japan to a lower tier of trading partners.",
    "The ministry will put Korea back into the top category of export destinations in July.",
])
def test_a_move_between_tiers_or_categories_of_partners_is_on_the_dispute(curated, sentence):
    assert [p.reason for p in split_passages(sentence + "\n", "Untitled", curated.relevance)] == ["dispute_term"]
