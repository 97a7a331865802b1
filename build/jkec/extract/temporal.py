"""Temporal expressions with an explicit calendar anchor in the text ("July 11, 2019", "in July 2019",
"July 9", "in early July", "in 2019"), resolved against the article's publication date.

The precision is always the text's: a month-only expression is a month, never a day. A month or day
without a year takes the year that puts it on the side of the publication date that the clause's tense
points to: the latest such date up to the end of the publication period for past reference, the earliest
from its start for future reference. Relative expressions ("on Thursday", "last week", "next month") are not resolved here.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from jkec.extract.spans import Span

MONTH_NAMES = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
MONTH = "(?P<month>" + "|".join(name for name in calendar.month_name if name) + ")"
PART = r"(?:(?:early|late|mid|the end of|the beginning of)[\s-]+)?"
PREPOSITION = r"(?i:in|since|from|until|by|during|of)"
PATTERNS = (
    ("day", re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})\b")),
    ("month", re.compile(rf"\b{PART}{MONTH}\s+(?:of\s+)?(?P<year>\d{{4}})\b")),
    ("day", re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})")),
    ("month", re.compile(rf"\b{PREPOSITION}\s+{PART}{MONTH}\b(?!\s+\d)")),
    ("year", re.compile(rf"\b{PREPOSITION}\s+{PART}(?P<year>(?:19|20)\d\d)\b(?![-–]\d)")),
)


@dataclass(frozen=True)
class TimeExpression:
    span: Span
    date: dt.date
    precision: str


def period_end(start: dt.date, precision: str) -> dt.date:
    """Last day of the period that starts on `start`."""
    if precision == "year":
        return start.replace(month=12, day=31)
    if precision == "month":
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start


def _resolve(groups: dict[str, str | None], anchor: dt.date | None, anchor_precision: str | None, looking_ahead: bool) -> dt.date | None:
    month = MONTH_NAMES[groups["month"].lower()] if groups.get("month") else 1
    day = int(groups["day"]) if groups.get("day") else 1
    try:
        if groups.get("year"):
            return dt.date(int(groups["year"]), month, day)
        if anchor is None or anchor_precision == "year":
            return None
        if looking_ahead:
            year = anchor.year if dt.date(anchor.year, month, calendar.monthrange(anchor.year, month)[1]) >= anchor else anchor.year + 1
        else:
            year = anchor.year if dt.date(anchor.year, month, 1) <= period_end(anchor, anchor_precision) else anchor.year - 1
        return dt.date(year, month, day)
    except ValueError:
        return None


def find_time_expressions(
    text: str, within: Span, anchor: dt.date | None, anchor_precision: str | None, looking_ahead: bool = False
) -> list[TimeExpression]:
    """Resolvable expressions inside `within` (the first pattern wins where they overlap), in text order."""
    found: list[TimeExpression] = []
    segment = within.text(text)
    for precision, pattern in PATTERNS:
        for match in pattern.finditer(segment):
            span = Span(within.start + match.start(), within.start + match.end())
            if any(span.start < other.span.end and other.span.start < span.end for other in found):
                continue
            if (date := _resolve(match.groupdict(), anchor, anchor_precision, looking_ahead)) is not None:
                found.append(TimeExpression(span, date, precision))
    return sorted(found, key=lambda expression: expression.span.start)
