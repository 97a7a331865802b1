"""Date precisions: the one definition of the periods a date can stand for, their order, and their bounds.

A date at a given precision is the first day of its period: a week is its ISO Monday, a month its 1st, a
year 1 January. The names are DuckDB's `date_trunc` parts, so SQL truncates with them as they are; the SQL
fragments the assembly and checks need are generated here from the same definitions. The schemas' `enum`s
for `*_precision` fields list these values (for a source's publication date, those it may be known to); a unit
test holds them to it.
"""

from __future__ import annotations

import calendar
import datetime as dt

PRECISIONS = ("day", "week", "month", "year")  # finest first
RANK = {precision: len(PRECISIONS) - index for index, precision in enumerate(PRECISIONS)}  # finer is higher
ISO_LENGTH = {"day": 10, "week": 10, "month": 7, "year": 4}  # characters of YYYY-MM-DD the period needs


def rank(precision: str) -> int:
    """Higher for a finer precision: year 1, month 2, week 3, day 4."""
    return RANK[precision]


def at_least(precision: str, other: str) -> bool:
    """Whether `precision` is as fine as `other` or finer."""
    return RANK[precision] >= RANK[other]


def first_of_period(day: dt.date, precision: str) -> dt.date:
    """First day of the period at `precision` that contains `day`."""
    if precision == "year":
        return day.replace(month=1, day=1)
    if precision == "month":
        return day.replace(day=1)
    if precision == "week":
        return day - dt.timedelta(days=day.weekday())
    return day


def period_end(start: dt.date, precision: str) -> dt.date:
    """Last day of the period at `precision` that contains `start`."""
    start = first_of_period(start, precision)
    if precision == "year":
        return start.replace(month=12, day=31)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    if precision == "week":
        return start + dt.timedelta(days=6)
    return start


def smallest_period(first: dt.date, last: dt.date) -> tuple[dt.date, str]:
    """The finest period that contains every day from `first` to `last`, as (first day, precision)."""
    precision = next(p for p in PRECISIONS if first_of_period(first, p) == first_of_period(last, p))
    return first_of_period(first, precision), precision


def iso_label(date: str, precision: str) -> str:
    """An ISO date cut to what its precision says ("2019-07" for July 2019)."""
    return date[: ISO_LENGTH[precision]]


def rank_sql(column: str) -> str:
    """A DuckDB expression for the rank of the precision held in `column` (NULL when it is NULL)."""
    cases = " ".join(f"WHEN '{precision}' THEN {RANK[precision]}" for precision in PRECISIONS)
    return f"CASE {column} {cases} END"


def period_end_sql(date: str, precision: str) -> str:
    """A DuckDB expression for the last day of the period that starts on `date` at the precision in `precision`."""
    return (f"CAST(date_trunc({precision}, {date}) + ('1 ' || {precision})::INTERVAL - INTERVAL 1 DAY AS DATE)")
