"""Temporal expressions (extract/temporal.py): resolution against the publication date (the anchor), with the
tense of the clause deciding which side of the anchor a yearless date falls on."""

from __future__ import annotations

import datetime as dt

import pytest

from jkec.extract.spans import Span
from jkec.extract.temporal import Anchor, tag_expressions

D = dt.date


def tagged(text: str, anchor: dt.date | None, precision: str | None) -> list[tuple[str, str | None, str | None]]:
    found = tag_expressions(text, [Span(0, len(text))], Anchor(anchor, precision))
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
    (expression,) = tag_expressions(text, [Span(0, len(text))], Anchor(D(2019, 11, 29), "day"))
    assert (expression.date, expression.date_end) == (D(2019, 12, 16), D(2019, 12, 22))


def test_only_the_given_spans_are_read():
    text = "Japan acted in July 2019. Taiwan acted in May 2020."
    assert [e.span.text(text) for e in tag_expressions(text, [Span(0, 25)], Anchor(None, None))] == ["July 2019"]


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
