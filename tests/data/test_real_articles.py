"""What the five seed articles must yield: attributed quotations, non-quotations, dates and the measure. Articles
added later may add mentions to these events, never split or change them."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

QUOTES = [
    pytest.param("002_", "The measure is not a subject for consultation", "direct", "suga_yoshihide", "name", "Yoshihide Suga",
                 id="suga-named-after-the-quote"),
    pytest.param("004_", "This is the most important item on the agenda", "direct", "lee_hohyeon", "pronoun", "he",
                 id="lee-by-pronoun"),
    pytest.param("001_", "Even more Japanese products could have gone to North Korea", "direct", None, "none", None,
                 id="unattributed-stays-empty"),
    pytest.param("001_", "retaliatory", "partial", "kor_gov", "name", "Seoul", id="partial-by-seoul"),
    pytest.param("002_", "sincere", "partial", "moon_jaein", "name", "Moon", id="partial-in-a-noun-of-speech-by-moon"),
    pytest.param("004_", "through continuous conversation", "direct", "kajiyama_hiroshi", "name", "Kajiyama",
                 id="kajiyama-named-before-the-quote"),
]


def quote_starting(tables, source_prefix, words):
    quotes = tables["quotes"]
    rows = quotes[quotes["source_id"].str.startswith(source_prefix) & quotes["text"].str.startswith(words)]
    assert len(rows) == 1, rows
    return rows.iloc[0]


@pytest.mark.parametrize(("source", "words", "kind", "speaker", "attribution", "mention"), QUOTES)
def test_quotation_is_attributed(tables, source, words, kind, speaker, attribution, mention):
    quote = quote_starting(tables, source, words)
    assert quote["kind"] == kind
    assert quote["attribution"] == attribution
    assert (quote["speaker_actor_id"] if isinstance(quote["speaker_actor_id"], str) else None) == speaker
    assert (quote["speaker_mention"] if isinstance(quote["speaker_mention"], str) else None) == mention


def test_quoted_words_exclude_the_marks_and_trailing_comma(tables):
    quote = quote_starting(tables, "002_", "The measure is not a subject for consultation")
    assert quote["text"] == "The measure is not a subject for consultation and we have no intention of withdrawing it either"


@pytest.mark.parametrize("words", ["white lists", "strategic", "Justice Mission 2025", "Taiwanese independence",
                                   "delighted to meet with Minister Kwon without delay."])
def test_scare_quotes_titles_and_quotes_of_irrelevant_passages_are_not_quotations(tables, raw_texts, words):
    assert any(words in text for text in raw_texts.values())
    assert words not in tables["quotes"]["text"].tolist()


@pytest.mark.parametrize(
    ("source", "date_text", "date", "precision"),
    [
        pytest.param("001_", "July 9", "2019-07-09", "day", id="yearless-day-in-a-paper-dated-by-month"),
        pytest.param("003_", "In 2019", "2019-01-01", "year", id="year-opening-the-sentence"),
        pytest.param("004_", "in July", "2019-07-01", "month", id="yearless-month-in-the-past"),
    ],
)
def test_event_mention_is_dated_from_the_text(tables, source, date_text, date, precision):
    mentions = tables["event_mentions"]
    rows = mentions[mentions["source_id"].str.startswith(source) & (mentions["date_text"] == date_text)]
    assert len(rows) >= 1
    assert set(zip(rows["date"], rows["date_precision"])) == {(date, precision)}


def period_of(start: str, precision: str) -> tuple[dt.date, dt.date]:
    first = dt.date.fromisoformat(start)
    last = {
        "day": first,
        "week": first + dt.timedelta(days=6),
        "month": first.replace(day=calendar.monthrange(first.year, first.month)[1]),
        "year": first.replace(month=12, day=31),
    }[precision]
    return first, last


def test_japanese_licensing_requirement_on_korea_covers_the_three_materials(tables):
    """The curbs took effect on 4 July 2019: the in-force period the package gives must contain that day."""
    measures = tables["measures"]
    (measure,) = measures[(measures["implementing_actor_id"] == "jpn") & (measures["affected_country"] == "KOR")
                          & (measures["measure_type"] == "export_licensing_requirement")].itertuples()
    first, last = period_of(measure.in_force_on, measure.in_force_on_precision)
    assert first <= dt.date(2019, 7, 4) <= last
    products = tables["measure_products"]
    assert sorted(products[products["measure_id"] == measure.measure_id]["product"]) == [
        "fluorinated polyimide", "hydrogen fluoride", "resist"
    ]


def events_of(tables, event_type: str):
    """The events of a type, one row per mention, with the mention's source."""
    events = tables["events"]
    mentions = tables["event_mentions"][["event_id", "source_id", "date_text"]]
    return events[events["event_type"] == event_type].merge(mentions, on="event_id")


SEEDS = ("000", "001", "002", "003", "004")


def test_the_july_2019_tightening_is_one_event_told_by_four_seed_articles(tables):
    rows = events_of(tables, "impose_export_control")
    july = rows[rows["date"].notna() & rows["date"].str.startswith("2019-07") & rows["source_id"].str[:3].isin(SEEDS)]
    (event_id,) = set(july["event_id"])
    assert {s[:3] for s in july["source_id"]} == {"001", "002", "003", "004"}
    assert int(july["n_sources"].iloc[0]) >= 4


def test_the_december_meeting_and_its_preparatory_talks_are_scheduled_in_the_november_article(tables):
    rows = events_of(tables, "announce_talks")
    november = rows[rows["source_id"].str.startswith("004") & rows["date"].notna()]
    assert set(zip(november["date"], november["date_precision"], november["status"])) == {
        ("2019-12-16", "week", "scheduled"), ("2019-12-04", "day", "scheduled"), ("2019-12-01", "month", "scheduled")}


def test_the_2023_lifting_occurred_and_the_complaint_withdrawal_is_told_as_done_and_as_planned(tables):
    """003 reports both steps as taken on Thursday ("dropped their export claims against each other") and
    quotes Seoul saying it "would drop its complaint": the lifting occurred, the withdrawal occurred in the
    lead and is planned, undated, in the quoted words."""
    in_003 = lambda rows: rows[rows["source_id"].str.startswith("003")]  # noqa: E731
    lifting = in_003(events_of(tables, "lift_export_control"))
    assert set(zip(lifting["date"], lifting["status"])) == {("2023-03-23", "occurred")}
    withdrawal = in_003(events_of(tables, "withdraw_wto_complaint"))
    assert set(zip(withdrawal["date"].fillna(""), withdrawal["status"])) == {("2023-03-23", "occurred"), ("", "planned")}


def test_demands_and_threats_are_kept_apart_from_what_occurred(tables):
    events = tables["events"]
    assert set(events[events["event_type"] == "demand"]["status"]) == {"demanded"}
    assert set(events[events["event_type"] == "threaten_countermeasure"]["status"]) == {"threatened"}


def test_the_december_meeting_is_in_tokyo_and_the_preparatory_talks_in_vienna(tables):
    in_004 = tables["event_mentions"][tables["event_mentions"]["source_id"].str.startswith("004")]["event_id"]
    events = tables["events"]
    located = events[events["location"].notna() & events["event_id"].isin(in_004)]
    assert set(zip(located["event_type"], located["date"], located["location"])) == {
        ("announce_talks", "2019-12-16", "Tokyo"), ("announce_talks", "2019-12-04", "Vienna")}
