"""Date precisions (jkec/precision.py): their order, their periods, the SQL generated from them, and the
schemas' enums, which must list the same values."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from jkec.precision import (
    PRECISIONS,
    at_least,
    first_of_period,
    iso_label,
    period_end,
    period_end_sql,
    rank,
    rank_sql,
    smallest_period,
)

from tests.support import schema_documents

D = dt.date
SAMPLE_DAYS = [D(2019, 7, 4), D(2019, 12, 31), D(2020, 2, 29), D(2021, 1, 1), D(2023, 3, 19)]


def test_finer_precisions_rank_higher():
    assert [rank(p) for p in ("year", "month", "week", "day")] == [1, 2, 3, 4]
    assert at_least("day", "week") and at_least("month", "month") and not at_least("year", "month")


@pytest.mark.parametrize(
    ("day", "precision", "first", "last"),
    [
        pytest.param(D(2019, 7, 4), "day", D(2019, 7, 4), D(2019, 7, 4), id="a-day-is-itself"),
        pytest.param(D(2019, 7, 4), "week", D(2019, 7, 1), D(2019, 7, 7), id="a-week-runs-monday-to-sunday"),
        pytest.param(D(2020, 2, 10), "month", D(2020, 2, 1), D(2020, 2, 29), id="a-leap-february"),
        pytest.param(D(2019, 7, 4), "year", D(2019, 1, 1), D(2019, 12, 31), id="a-year"),
        pytest.param(D(2019, 12, 31), "week", D(2019, 12, 30), D(2020, 1, 5), id="a-week-across-new-year"),
    ],
)
def test_period_of_a_day(day, precision, first, last):
    assert (first_of_period(day, precision), period_end(day, precision)) == (first, last)


@pytest.mark.parametrize(
    ("first", "last", "expected"),
    [
        pytest.param(D(2019, 12, 3), D(2019, 12, 3), (D(2019, 12, 3), "day"), id="one-day"),
        pytest.param(D(2019, 12, 3), D(2019, 12, 4), (D(2019, 12, 2), "week"), id="two-days-of-one-week"),
        pytest.param(D(2019, 12, 6), D(2019, 12, 9), (D(2019, 12, 1), "month"), id="across-a-weekend"),
        pytest.param(D(2019, 12, 30), D(2020, 1, 2), (D(2019, 12, 30), "week"), id="one-week-across-two-years"),
        pytest.param(D(2019, 11, 28), D(2019, 12, 2), (D(2019, 1, 1), "year"), id="across-two-months"),
    ],
)
def test_smallest_period_holding_a_range(first, last, expected):
    assert smallest_period(first, last) == expected


def test_iso_label_cuts_the_date_to_its_precision():
    assert [iso_label("2019-07-01", p) for p in PRECISIONS] == ["2019-07-01", "2019-07-01", "2019-07", "2019"]


@pytest.mark.parametrize("precision", PRECISIONS)
def test_sql_agrees_with_python(precision):
    connection = duckdb.connect()
    for day in SAMPLE_DAYS:
        first = first_of_period(day, precision)
        truncated, end, ranked = connection.execute(
            f"SELECT CAST(date_trunc('{precision}', DATE '{day}') AS DATE), "
            f"{period_end_sql(f'DATE {first.isoformat()!r}', repr(precision))}, {rank_sql(repr(precision))}"
        ).fetchone()
        assert (truncated, end, ranked) == (first, period_end(first, precision), rank(precision))
    assert connection.execute(f"SELECT {rank_sql('NULL')}").fetchone() == (None,)


def test_schemas_list_the_precisions_of_the_module():
    enums = {
        f"{table}.{field['name']}": field.get("constraints", {}).get("enum")
        for table, document in schema_documents().items()
        for field in document["fields"]
        if field["name"].endswith("_precision")
    }
    published = enums.pop("sources.published_precision")
    assert published and published == [precision for precision in PRECISIONS if precision in published]
    assert enums and all(enum == list(PRECISIONS) for enum in enums.values()), enums
