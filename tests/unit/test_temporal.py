"""Temporal expressions (extract/temporal.py): resolution against the publication date (the anchor), with the
tense of the clause deciding which side of the anchor a yearless date falls on."""

from __future__ import annotations

import datetime as dt

import pytest
from jkec.curated import load_date_window, load_time_words
from jkec.extract.spans import Span
from jkec.extract.temporal import Anchor, tag_expressions
from jkec.extract.time_words import time_patterns
from jkec.project import Project
from jkec.tables.schema import DateWindow

from tests.support import PROJECT_ROOT

D = dt.date
WORDS = time_patterns(load_time_words(PROJECT_ROOT / "curated" / "time_words.yaml"))
WINDOW = load_date_window(Project(PROJECT_ROOT))  # the dates the schemas accept


def tagged(text: str, anchor: dt.date | None, precision: str | None,
           window: DateWindow = WINDOW) -> list[tuple[str, str | None, str | None]]:
    found = tag_expressions(text, [Span(0, len(text))], Anchor(anchor, precision), WORDS, window)
    return [(e.span.text(text), e.date.isoformat() if e.date else None, e.precision) for e in found]


@pytest.mark.parametrize(
    ("text", "anchor", "precision", "expected"),
    [
        pytest.param("Japan acted on July 11, 2019.", None, None, [("July 11, 2019", "2019-07-11", "day")], id="full-date-day"),
        pytest.param("Japan acted on 11 July 2019.", None, None, [("11 July 2019", "2019-07-11", "day")], id="day-month-year"),
        pytest.param("Japan acted in July 2019.", None, None, [("July 2019", "2019-07-01", "month")], id="month-year-is-a-month"),
        pytest.param("In 2019, Japan acted.", None, None, [("In 2019", "2019-01-01", "year")], id="in-2019-is-a-year"),
        pytest.param("Japan acted in early July.", D(2019, 11, 29), "day", [("in early July", "2019-07-01", "month")],
                     id="early-july-takes-the-anchor-year"),
        pytest.param("Japan acted on July 9.", D(2019, 7, 20), "day", [("July 9", "2019-07-09", "day")],
                     id="july-9-anchor-in-july"),
        pytest.param("Japan acted on July 9.", D(2020, 1, 15), "day", [("July 9", "2019-07-09", "day")],
                     id="july-9-anchor-in-january-is-last-year"),
        pytest.param("Japan acted on July 9.", D(2019, 7, 1), "month", [("July 9", "2019-07-09", "day")],
                     id="month-precision-anchor-covers-its-whole-month"),
        pytest.param("Japan acted on July 25.", D(2019, 7, 10), "day", [("July 25", "2018-07-25", "day")],
                     id="past-day-after-the-anchor-is-last-year"),
        pytest.param("Japan acted in December.", D(2019, 11, 29), "day", [("in December", "2018-12-01", "month")],
                     id="past-december-is-last-year"),
        pytest.param("Japan will act in December.", D(2019, 11, 29), "day", [("in December", "2019-12-01", "month")],
                     id="future-december-is-this-year"),
        pytest.param("Japan will act in January.", D(2019, 12, 20), "day", [("in January", "2020-01-01", "month")],
                     id="future-january-crosses-the-year"),
        pytest.param("Japan acted on February 30, 2019.", D(2019, 7, 1), "day", [("February 30, 2019", None, None)],
                     id="impossible-date-unresolved"),
        pytest.param("Japan acted on July 9 and in December.", None, None, [("July 9", None, None), ("in December", None, None)],
                     id="no-anchor-leaves-yearless-unresolved"),
        pytest.param("Japan acted on July 9.", D(2019, 1, 1), "year", [("July 9", None, None)],
                     id="year-anchor-too-coarse-for-a-yearless-day"),
        pytest.param("Japan acted on Friday.", D(2019, 11, 29), "day", [("Friday", "2019-11-29", "day")],
                     id="past-weekday-is-latest-up-to-the-anchor"),
        pytest.param("Talks will be held Wednesday.", D(2019, 11, 29), "day", [("Wednesday", "2019-12-04", "day")],
                     id="future-weekday-is-the-next-one"),
        pytest.param("Japan acted on Friday.", D(2019, 11, 1), "month", [("Friday", None, None)],
                     id="weekday-needs-a-day-anchor"),
        pytest.param("Japan acted yesterday.", D(2019, 7, 10), "day", [("yesterday", "2019-07-09", "day")], id="yesterday"),
        pytest.param("Talks will take place during the third week of December.", D(2019, 11, 29), "day",
                     [("the third week of December", "2019-12-16", "week")], id="nth-week-dated-by-its-monday"),
        pytest.param("Japan acted in early July. It acted again the following month.", D(2019, 11, 29), "day",
                     [("in early July", "2019-07-01", "month"), ("the following month", "2019-08-01", "month")],
                     id="following-month-counts-from-the-previous-expression"),
        pytest.param("They downgraded each other during the 2019 dispute.", D(2023, 3, 23), "day",
                     [("during the 2019 dispute", "2019-01-01", "year")], id="during-the-year-dispute-is-that-year"),
        pytest.param("Japan acted in the 2019 July talks.", D(2023, 3, 23), "day", [], id="the-year-before-a-month-is-not-a-noun-phrase"),
        pytest.param("Japan kept the 2019 measures.", D(2023, 3, 23), "day", [],
                     id="the-year-as-a-modifier-without-preposition-dates-nothing"),
        pytest.param("Japan acted.", D(2019, 11, 29), "day", [], id="no-expression"),
    ],
)
def test_expression_resolves_to_date_and_precision(text, anchor, precision, expected):
    assert tagged(text, anchor, precision) == expected


def test_week_expression_ends_on_its_sunday():
    text = "Talks will take place during the third week of December."
    (expression,) = tag_expressions(text, [Span(0, len(text))], Anchor(D(2019, 11, 29), "day"), WORDS, WINDOW)
    assert (expression.date, expression.date_end) == (D(2019, 12, 16), D(2019, 12, 22))


def test_only_the_given_spans_are_read():
    text = "Japan acted in July 2019. Taiwan acted in May 2020."
    assert [e.span.text(text) for e in tag_expressions(text, [Span(0, 25)], Anchor(None, None), WORDS, WINDOW)] == ["July 2019"]


def test_future_day_before_the_anchor_is_next_year():
    assert tagged("Japan will act on July 9.", D(2019, 7, 20), "day") == [("July 9", "2020-07-09", "day")]


def test_weekday_after_a_past_speech_verb_is_past_even_before_will():
    assert tagged("Japan said on Tuesday that it will keep the curbs.", D(2019, 11, 29), "day") == [
        ("Tuesday", "2019-11-26", "day")
    ]


@pytest.mark.parametrize(
    ("anchor", "day", "expected"),
    [
        pytest.param(Anchor(dt.date(2019, 11, 29), "day"), dt.date(2019, 11, 29), False, id="the-publication-day-has-come"),
        pytest.param(Anchor(dt.date(2019, 11, 29), "day"), dt.date(2019, 11, 30), True, id="the-next-day-is-to-come"),
        pytest.param(Anchor(dt.date(2019, 7, 1), "month"), dt.date(2019, 7, 31), False, id="inside-a-month-anchor"),
        pytest.param(Anchor(dt.date(2019, 7, 1), "month"), dt.date(2019, 8, 1), True, id="after-a-month-anchor"),
        pytest.param(Anchor(dt.date(2020, 1, 1), "year"), dt.date(2020, 12, 31), False, id="inside-a-year-anchor"),
        pytest.param(Anchor(None, None), dt.date(2030, 1, 1), False, id="no-anchor-nothing-is-known-to-come"),
    ],
)
def test_anchor_tells_whether_a_day_is_still_to_come(anchor, day, expected):
    assert anchor.precedes(day) is expected


WED = D(2021, 6, 16)  # a Wednesday
JUNE = D(2021, 6, 1)  # a paper dated only by its month


@pytest.mark.parametrize(
    ("text", "anchor", "precision", "expected"),
    [
        # abbreviated months, with and without their period
        pytest.param("The tariff board met on Aug. 28 to review the duties.", WED, "day",
                     [("Aug. 28", "2020-08-28", "day")], id="abbreviated-month-with-period-past"),
        pytest.param("The tariff board will meet on Aug 28 to review the duties.", WED, "day",
                     [("Aug 28", "2021-08-28", "day")], id="abbreviated-month-without-period-future"),
        pytest.param("Freedonia raised the levy on Sept. 11, its customs office said.", WED, "day",
                     [("Sept. 11", "2020-09-11", "day")], id="sept-with-period"),
        pytest.param("Ruritania will publish the revised list on Sep 11.", WED, "day",
                     [("Sep 11", "2021-09-11", "day")], id="sep-without-period"),
        pytest.param("Seoul lodged its appeal on Nov. 22, 2019, a filing shows.", WED, "day",
                     [("Nov. 22, 2019", "2019-11-22", "day")], id="abbreviated-full-date"),
        pytest.param("Tokyo first floated the licensing rules in Jan. 2020.", WED, "day",
                     [("Jan. 2020", "2020-01-01", "month")], id="abbreviated-month-and-year"),
        pytest.param("Trade envoys tentatively expect a ruling in Oct.", WED, "day",
                     [("in Oct.", "2021-10-01", "month")], id="bare-abbreviation-needs-its-period"),
        pytest.param("Envoys of both sides will gather in Geneva on Dec. 3-4.", WED, "day",
                     [("Dec. 3-4", "2021-11-29", "week")], id="two-day-range-is-its-week"),
        pytest.param("Freedonia hosted the round on 30 Nov.-2 Dec. 2020.", WED, "day",
                     [("30 Nov.-2 Dec. 2020", "2020-11-30", "week")], id="a-range-across-two-months"),
        pytest.param("Freedonia hosted the round on 29 Nov.-2 Dec. 2020.", WED, "day",
                     [("29 Nov.-2 Dec. 2020", "2020-01-01", "year")], id="a-range-across-two-weeks-and-months-is-its-year"),
        pytest.param("The talks between Ruritania and Freedonia ran Dec. 30-Jan. 2.", WED, "day",
                     [("Dec. 30-Jan. 2", "2020-12-28", "week")], id="a-range-across-new-year"),
        # ordinals and day-month order
        pytest.param("The delegation from Freedonia arrived on July 4th.", WED, "day",
                     [("July 4th", "2020-07-04", "day")], id="ordinal-suffix-past"),
        pytest.param("Ruritania’s delegation is due to land on the 4th of July.", WED, "day",
                     [("the 4th of July", "2021-07-04", "day")], id="the-nth-of-month-future"),
        pytest.param("Seoul’s delegates and Tokyo’s signed a memorandum on 28 August 2019.", WED, "day",
                     [("28 August 2019", "2019-08-28", "day")], id="day-month-year"),
        pytest.param("The panel ruled against Freedonia on 3 May.", WED, "day",
                     [("3 May", "2021-05-03", "day")], id="day-month-without-year"),
        pytest.param("The trade ministers met on the 28th to settle the quotas.", WED, "day",
                     [("the 28th", "2021-05-28", "day")], id="ordinal-day-alone-is-the-latest-one-up-to-a-day-anchor"),
        pytest.param("The trade ministers will meet on the 28th to settle the quotas.", WED, "day",
                     [("the 28th", "2021-06-28", "day")], id="ordinal-day-alone-in-the-future"),
        pytest.param("The trade ministers met on the 28th to settle the quotas.", JUNE, "month",
                     [("the 28th", None, None)], id="ordinal-day-alone-needs-a-day-anchor"),
        pytest.param("Tokyo tightened the rules in March and Seoul answered on the 12th.", WED, "day",
                     [("in March", "2021-03-01", "month"), ("the 12th", "2021-03-12", "day")],
                     id="ordinal-day-takes-the-month-named-in-its-sentence"),
        pytest.param("Relations sank to a low unseen since the 20th century.", WED, "day", [], id="an-ordinal-before-a-noun-is-no-day"),
        # bounds and durations: resolved, but flagged
        pytest.param("The curbs on Freedonian steel apply from March 3, the cabinet said.", WED, "day",
                     [("March 3", "2021-03-03", "day")], id="from-a-day-is-resolved"),
        # the previous expression
        pytest.param("Seoul approved the rules on Monday and gazetted them later that day.", WED, "day",
                     [("Monday", "2021-06-14", "day"), ("later that day", "2021-06-14", "day")], id="later-that-day"),
        pytest.param("Tokyo’s envoy arrived on Tuesday. The talks opened the same day.", WED, "day",
                     [("Tuesday", "2021-06-15", "day"), ("the same day", "2021-06-15", "day")], id="the-same-day"),
        pytest.param("The talks opened that day.", WED, "day", [("that day", None, None)], id="that-day-with-nothing-before"),
        pytest.param("The regulator met on Friday. It had warned the exporters the previous day.", WED, "day",
                     [("Friday", "2021-06-11", "day"), ("the previous day", "2021-06-10", "day")], id="the-previous-day"),
        pytest.param("Freedonia filed the case in March. Ruritania answered the following month.", WED, "day",
                     [("in March", "2021-03-01", "month"), ("the following month", "2021-04-01", "month")],
                     id="the-following-month"),
        pytest.param("The rules were imposed in July 2020. Two months later, the quotas followed.", WED, "day",
                     [("July 2020", "2020-07-01", "month"), ("Two months later", "2020-09-01", "month")], id="n-months-later"),
        pytest.param("The envoy spoke on Sunday about limits put in place nearly five months earlier.", WED, "day",
                     [("Sunday", "2021-06-13", "day"), ("nearly five months earlier", "2021-01-01", "month")],
                     id="about-n-months-earlier"),
        pytest.param("The move came Friday, four days before the two leaders are to meet.", WED, "day",
                     [("Friday", "2021-06-11", "day"), ("four days before", "2021-06-15", "day")], id="n-days-before-a-clause"),
        pytest.param("Tokyo loosened the curbs a few days later.", WED, "day", [("a few days later", None, None)],
                     id="an-inexact-count-is-not-dated"),
        # the anchor
        pytest.param("South Korean and Japanese officials met last week.", WED, "day",
                     [("last week", "2021-06-07", "week")], id="last-week"),
        pytest.param("Japanese and South Korean officials will meet next week.", WED, "day",
                     [("next week", "2021-06-21", "week")], id="next-week"),
        pytest.param("Ruritanian officials are in Seoul this week.", WED, "day", [("this week", "2021-06-14", "week")], id="this-week"),
        pytest.param("The envoys met last week.", JUNE, "month", [("last week", None, None)], id="last-week-needs-a-day-anchor"),
        pytest.param("The customs office acted last Friday.", WED, "day", [("last Friday", "2021-06-11", "day")], id="last-friday"),
        pytest.param("Freedonia flagged the shortfall earlier this month.", WED, "day",
                     [("earlier this month", "2021-06-01", "month")], id="earlier-this-month"),
        pytest.param("Freedonia flagged the shortfall earlier this month.", JUNE, "month",
                     [("earlier this month", "2021-06-01", "month")], id="this-month-at-a-month-anchor"),
        pytest.param("Ruritania flagged the shortfall earlier this year.", WED, "day",
                     [("earlier this year", "2021-01-01", "year")], id="earlier-this-year"),
        pytest.param("Seoul loosened its own list late last year.", WED, "day", [("late last year", "2020-01-01", "year")],
                     id="late-last-year"),
        pytest.param("Tokyo expects a settlement in the second half of the year.", WED, "day",
                     [("the second half of the year", "2021-01-01", "year")], id="a-half-year-is-its-year"),
        pytest.param("Ruritania wants a settlement at the end of the month.", WED, "day",
                     [("the end of the month", "2021-06-01", "month")], id="the-end-of-the-month"),
        pytest.param("The duties were raised eight months ago.", WED, "day", [("eight months ago", "2020-10-01", "month")],
                     id="n-months-ago"),
        pytest.param("The duties were raised more than a year ago.", WED, "day", [("more than a year ago", None, None)],
                     id="more-than-a-year-ago-is-not-dated"),
        pytest.param("Three years ago this month, Ruritania raised the duties. A month later, Freedonia answered.", WED,
                     "day", [("Three years ago this month", "2018-06-01", "month"), ("A month later", "2018-07-01", "month")],
                     id="n-years-ago-this-month-is-that-month-and-later-counts-from-it"),
        pytest.param("A year ago this week the duties were cut.", WED, "day",
                     [("A year ago this week", "2020-06-15", "week")], id="a-year-ago-this-week"),
        pytest.param("Last July, Freedonia restricted exports of resins.", WED, "day", [("Last July", "2020-07-01", "month")],
                     id="last-july"),
        pytest.param("Ruritania will review the quotas next March.", WED, "day", [("next March", "2022-03-01", "month")],
                     id="next-march"),
        pytest.param("Earlier in the day, Seoul’s ministry issued a statement.", WED, "day",
                     [("Earlier in the day", "2021-06-16", "day")], id="earlier-in-the-day-is-the-report-day"),
        # tense
        pytest.param("On July 25, Ruritania imposed the curbs.", D(2021, 7, 10), "day", [("July 25", "2020-07-25", "day")],
                     id="opening-date-takes-the-tense-of-the-main-clause"),
        pytest.param("The rules, which take effect on July 4, cover three resins.", D(2021, 7, 1), "day",
                     [("July 4", "2021-07-04", "day")], id="no-tense-is-the-nearer-side"),
        pytest.param("Starting Aug. 1, exporters need licences.", D(2021, 7, 10), "day", [("Aug. 1", "2021-08-01", "day")],
                     id="need-is-no-past-tense"),
        pytest.param("The levy cut is slated for Feb. 3 under the new budget.", WED, "day", [("Feb. 3", "2022-02-03", "day")],
                     id="a-participle-after-is-is-no-past-tense"),
        pytest.param("The quota review is scheduled for September.", WED, "day", [("for September", "2021-09-01", "month")],
                     id="a-month-after-for"),
        pytest.param("The two envoys struck a deal on the quotas in March.", WED, "day", [("in March", "2021-03-01", "month")],
                     id="an-irregular-past-puts-a-month-before-the-anchor"),
        # adjectives in -ed are no past tense
        pytest.param("The board will add Freedonia to its so-called priority list on Aug. 28.", WED, "day",
                     [("Aug. 28", "2021-08-28", "day")], id="a-hyphenated-adjective-is-no-past-verb"),
        pytest.param("The board will add Freedonia to its register of trusted buyers on Aug. 28.", WED, "day",
                     [("Aug. 28", "2021-08-28", "day")], id="an-adjective-after-of-is-no-past-verb"),
        # a day or month of a named week or year
        pytest.param("The levy board met on Tuesday last week.", WED, "day", [("Tuesday last week", "2021-06-08", "day")],
                     id="weekday-last-week-is-in-the-week-before"),
        pytest.param("The levy board meets on Friday next week.", WED, "day", [("Friday next week", "2021-06-25", "day")],
                     id="weekday-next-week-is-in-the-week-after"),
        pytest.param("Ruritania lodged its appeal on Oct. 2 last year.", WED, "day",
                     [("Oct. 2 last year", "2020-10-02", "day")], id="day-last-year"),
        pytest.param("Freedonia raised the levy in March of last year.", WED, "day",
                     [("in March of last year", "2020-03-01", "month")], id="month-of-last-year"),
        pytest.param("Freedonia will lower the levy in early February next year.", WED, "day",
                     [("in early February next year", "2022-02-01", "month")], id="part-of-a-month-next-year"),
        pytest.param("Freedonia raised the levy in May last year.", JUNE, "month",
                     [("in May last year", "2020-05-01", "month")], id="a-month-anchor-is-enough-for-a-month-last-year"),
        pytest.param("The levy board met on Tuesday last week.", JUNE, "month", [("Tuesday last week", None, None)],
                     id="a-weekday-last-week-needs-a-day-anchor"),
        # a weekday with its date, parts of a day, the day before or after
        pytest.param("The levy board met on Monday (June 14) in Vienna.", WED, "day",
                     [("Monday (June 14)", "2021-06-14", "day")], id="weekday-with-its-date-in-parentheses"),
        pytest.param("Freedonia raised the levy on Friday, Oct. 9, its customs office said.", WED, "day",
                     [("Friday, Oct. 9", "2020-10-09", "day")], id="weekday-with-its-date-after-a-comma"),
        pytest.param("Ruritania lodged its appeal this morning.", WED, "day", [("this morning", "2021-06-16", "day")],
                     id="this-morning-is-the-anchor-day"),
        pytest.param("The envoys will meet tonight.", WED, "day", [("tonight", "2021-06-16", "day")], id="tonight"),
        pytest.param("Freedonia raised the levy on March 2. Ruritania had lodged its appeal the day before.", WED, "day",
                     [("March 2", "2021-03-02", "day"), ("the day before", "2021-03-01", "day")],
                     id="the-day-before-counts-back-from-the-previous-day"),
        pytest.param("Freedonia raised the levy on March 2, and Ruritania protested the day after.", WED, "day",
                     [("March 2", "2021-03-02", "day"), ("the day after", "2021-03-03", "day")],
                     id="the-day-after-counts-on-from-the-previous-day"),
        pytest.param("The levy board had met earlier in the week.", WED, "day",
                     [("earlier in the week", "2021-06-14", "week")], id="earlier-in-the-week-is-the-anchor-week"),
        pytest.param("Freedonia lowered the levy the day after the talks ended.", WED, "day", [],
                     id="the-day-after-a-clause-is-not-anaphoric"),
        pytest.param("Ruritania's cabinet on Monday approved a plan to lift the levy.", WED, "day",
                     [("Monday", "2021-06-14", "day")], id="a-past-verb-before-a-future-marker-after-the-weekday"),
        pytest.param("Ruritania's cabinet on Monday will approve a plan to lift the levy.", WED, "day",
                     [("Monday", "2021-06-21", "day")], id="a-future-marker-right-after-the-weekday"),
        pytest.param("Freedonia approved an order that will move Ruritania to the group eligible for simplified "
                     "checks, effective July 21.", WED, "day", [("July 21", "2021-07-21", "day")],
                     id="a-participle-after-a-preposition-is-no-past-verb"),
        pytest.param("The board met with revised figures in hand on Aug. 3.", WED, "day", [("Aug. 3", "2020-08-03", "day")],
                     id="a-past-verb-still-dates-a-day-before-the-anchor"),
        # a clause dated in passing leaves the story's time where it was
        pytest.param("Ruritania renewed its plea on Wednesday, a day after Freedonia tightened the rules. Earlier in the "
                     "day, its envoy had met the trade minister.", WED, "day",
                     [("Wednesday", "2021-06-16", "day"), ("a day after", "2021-06-15", "day"),
                      ("Earlier in the day", "2021-06-16", "day")], id="earlier-in-the-day-skips-a-day-after"),
        pytest.param("Freedonia eased the levy in March, two weeks after Ruritania lodged its appeal. The following "
                     "month, the two sides met in Vienna.", WED, "day",
                     [("in March", "2021-03-01", "month"), ("two weeks after", None, None),
                      ("The following month", "2021-04-01", "month")], id="the-following-month-skips-weeks-after"),
        # report furniture
        pytest.param("TOKYO, Dec. 22 (Wire) -- Ruritania eased the rules.", WED, "day", [], id="a-dateline-dates-the-report-not-the-story"),
        pytest.param("VIENNA (Wire Service - 17th February, 2021) Freedonia eased the rules.", WED, "day", [],
                     id="a-parenthesised-dateline"),
    ],
)
def test_fresh_expression_resolves_to_date_and_precision(text, anchor, precision, expected):
    assert tagged(text, anchor, precision) == expected


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        pytest.param("The curbs apply from March 3.", [True], id="from"),
        pytest.param("Seoul has kept the rules since the 25th.", [True], id="since-an-ordinal-day"),
        pytest.param("Tokyo wants a deal by the end of the month.", [True], id="by-the-end-of"),
        pytest.param("Exports have fallen over the past year.", [True], id="a-duration"),
        pytest.param("Starting Aug. 1, exporters need licences.", [True], id="starting"),
        pytest.param("The curbs took effect on March 3.", [False], id="a-point-is-no-bound"),
        pytest.param("Talks opened a day after Freedonia relented.", [False], id="a-counted-offset-is-no-bound"),
    ],
)
def test_bounds_and_durations_are_flagged(text, bounds):
    assert [e.bound for e in tag_expressions(text, [Span(0, len(text))], Anchor(WED, "day"), WORDS, WINDOW)] == bounds


def test_a_range_carries_the_end_of_its_week():
    text = "The round ran Dec. 3-4, 2019 in Geneva."
    (expression,) = tag_expressions(text, [Span(0, len(text))], Anchor(WED, "day"), WORDS, WINDOW)
    assert (expression.date, expression.precision, expression.date_end) == (D(2019, 12, 2), "week", D(2019, 12, 8))


HARBOUR = "The harbour first shipped raw silk abroad in 1911. Some three years later, its cranes fell silent."


def test_a_date_outside_the_schemas_window_is_left_undated_and_so_is_one_counted_from_it():
    assert WINDOW.first > D(1914, 1, 1)
    assert tagged(HARBOUR, D(2019, 7, 5), "day") == [("in 1911", None, None), ("Some three years later", None, None)]


def test_an_open_window_dates_the_same_expressions():
    assert tagged(HARBOUR, D(2019, 7, 5), "day", DateWindow()) == [
        ("in 1911", "1911-01-01", "year"), ("Some three years later", "1914-01-01", "year")]
