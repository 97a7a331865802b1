"""Temporal expressions of an article, resolved against its publication date (the anchor).

Absolute dates ("July 11, 2019", "11 July 2019", "July 2019", "in 2019") are parsed with dateparser, with
no default: a part the text does not give is never invented (dateparser would otherwise take today's date or
invent a day). The relative logic is ours:

- a bare or "on" weekday takes the tense of its clause (the future only when no past-tense verb stands between
  the future marker and the expression): past → the latest such day up to the anchor (news
  style: "said Friday" in a Friday paper is that day), future ("will be held Wednesday") → the next such day
  from the anchor; "last Friday" is strictly before the anchor, "next Friday" strictly after;
- "today", "yesterday", "tomorrow"; "last/this/next week|month|year"; "earlier this month";
- "during the 2019 dispute" (a preposition, "the", a year and a noun) is that year;
- a yearless date ("July 9", "in early July", "the third week of December") takes the year that puts it on
  the side of the anchor its clause's tense points to;
- "the following month", "a week later" count forward from the previous resolved expression of the article
  that is at least as precise as the unit;
  "a day after <clause>" dates that clause one unit before it ("Japan said yesterday ..., a day after Moon
  urged" puts the urging the day before yesterday);
- the precision is the text's (day, week, month, year); a week is dated by its Monday and ends on its Sunday.

An expression that is recognised but cannot be resolved (no anchor, or an anchor too coarse for it: "on
Friday" in a paper dated only by month) is kept with an empty date, so that builds can count them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

import dateparser

from jkec.extract.spans import Span
from jkec.precision import at_least, first_of_period, period_end

MONTH_NAMES = [name for name in calendar.month_name if name]
MONTH_NUMBER = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
WEEKDAY_NUMBER = {name.lower(): number for number, name in enumerate(calendar.day_name)}
MONTH = "(?P<month>" + "|".join(MONTH_NAMES) + ")"
WEEKDAY = "(?P<weekday>" + "|".join(calendar.day_name) + ")"
PART = r"(?:(?i:early|late|mid|the end of|the beginning of|the middle of)[\s-]+)?"
PREPOSITION = r"(?i:in|since|from|until|by|during|of|before|after)"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
UNIT_DAYS = {"day": 1, "week": 7}
FUTURE = re.compile(
    r"(?<!not )\b(?:will|shall|would be held|to be held|set to|scheduled to|due to|expected to|plans? to|planned to|"
    r"intends? to|is to|are to)\b",
    re.IGNORECASE,
)
PAST_VERB = re.compile(
    r"(?<!\bbe )(?<!been )(?<!being )(?<!\bhave )(?<!\bhas )(?<!\bto )"
    r"\b(?:\w+ed|took|met|said|told|made|held|began|came|went|was|were|had|did|gave|saw|sent|kept|left|put|won|lost)\b",
    re.IGNORECASE,
)
PAST_VERB_JUST_BEFORE = re.compile(rf"(?:{PAST_VERB.pattern})\s+(?:on\s+)?$", re.IGNORECASE)
GERUND = r"\b(?!during\b|including\b|according\b|regarding\b|following\b|concerning\b)\w+ing\b"  # not prepositions
CLAUSE_START = re.compile(r"[,;:—–]\s*(?!\d)")
PARSER_SETTINGS = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "STRICT_PARSING": True}


@dataclass(frozen=True)
class Anchor:
    """The publication date and its precision; relative words need an anchor at least as precise as they are."""

    date: dt.date | None
    precision: str | None

    def supports(self, precision: str) -> bool:
        return self.date is not None and at_least(self.precision or "year", precision)

    def precedes(self, day: dt.date) -> bool:
        """Whether the day falls after the whole publication period (so is still to come when published)."""
        return self.date is not None and day > period_end(self.date, self.precision or "year")


@dataclass(frozen=True)
class TimeExpression:
    span: Span
    date: dt.date | None
    precision: str | None
    date_end: dt.date | None = None


@dataclass(frozen=True)
class Context:
    match: re.Match
    anchor: Anchor
    ahead: bool
    previous: tuple[TimeExpression, ...]


Resolution = tuple[dt.date, str] | tuple[dt.date, str, dt.date] | None


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def parse_absolute(words: str) -> dt.date | None:
    """An absolute date through dateparser, or None when it is not a real date."""
    parsed = dateparser.parse(words, languages=["en"], settings=PARSER_SETTINGS)
    return parsed.date() if parsed else None


def _yearless(month: int, day: int, anchor: Anchor, ahead: bool, precision: str) -> dt.date | None:
    """A month or day (at `precision`) without a year, put on the side of the anchor that the tense points to:
    a future one ends on or after the anchor, a past one starts on or before the anchor's period ends."""
    if not anchor.supports("month"):
        return None
    year = anchor.date.year
    try:
        candidate = dt.date(year, month, day)
        if ahead and period_end(candidate, precision) < anchor.date:
            candidate = dt.date(year + 1, month, day)
        elif not ahead and candidate > period_end(anchor.date, anchor.precision):
            candidate = dt.date(year - 1, month, day)
    except ValueError:
        return None
    return candidate


def _full_date(c: Context) -> Resolution:
    date = parse_absolute(c.match.group(0))
    return (date, "day") if date else None


def _month_year(c: Context) -> Resolution:
    month, year = MONTH_NUMBER[c.match.group("month").lower()], int(c.match.group("year"))
    return dt.date(year, month, 1), "month"


def _year(c: Context) -> Resolution:
    return dt.date(int(c.match.group("year")), 1, 1), "year"


def _month_day(c: Context) -> Resolution:
    day = int(c.match.group("day"))
    date = _yearless(MONTH_NUMBER[c.match.group("month").lower()], day, c.anchor, c.ahead, "day")
    return (date, "day") if date and parse_absolute(f"{date:%B} {day}, {date.year}") else None


def _month(c: Context) -> Resolution:
    date = _yearless(MONTH_NUMBER[c.match.group("month").lower()], 1, c.anchor, c.ahead, "month")
    return (date, "month") if date else None


def _nth_week(c: Context) -> Resolution:
    first = _yearless(MONTH_NUMBER[c.match.group("month").lower()], 1, c.anchor, c.ahead, "month")
    if first is None:
        return None
    mondays = [d for d in (first + dt.timedelta(days=i) for i in range(period_end(first, "month").day)) if d.weekday() == 0]
    monday = mondays[ORDINALS[c.match.group("ordinal").lower()] - (0 if c.match.group("ordinal").lower() == "last" else 1)]
    return monday, "week", monday + dt.timedelta(days=6)


def _weekday(c: Context) -> Resolution:
    if not c.anchor.supports("day"):
        return None
    target = WEEKDAY_NUMBER[c.match.group("weekday").lower()]
    modifier = (c.match.group("modifier") or "").lower()
    anchor = c.anchor.date
    if modifier == "last" or (not modifier and not c.ahead):
        back = (anchor.weekday() - target) % 7 or (7 if modifier == "last" else 0)
        return anchor - dt.timedelta(days=back), "day"
    forward = (target - anchor.weekday()) % 7 or (7 if modifier == "next" else 0)
    return anchor + dt.timedelta(days=forward), "day"


def _deictic_day(c: Context) -> Resolution:
    if not c.anchor.supports("day"):
        return None
    offset = {"yesterday": -1, "today": 0, "tomorrow": 1}[c.match.group("word").lower()]
    return c.anchor.date + dt.timedelta(days=offset), "day"


def _deictic_period(c: Context) -> Resolution:
    unit, which = c.match.group("unit").lower(), c.match.group("which").lower()
    if not c.anchor.supports(unit):
        return None
    step = {"last": -1, "this": 0, "next": 1}[which]
    anchor = c.anchor.date
    if unit == "week":
        start = first_of_period(anchor, "week") + dt.timedelta(weeks=step)
        return start, "week", start + dt.timedelta(days=6)
    if unit == "month":
        return add_months(anchor, step), "month"
    return dt.date(anchor.year + step, 1, 1), "year"


def _relative_to_previous(c: Context) -> Resolution:
    """"the following month", "a week later" (one unit after the article's previous resolved expression) and
    "a day after <clause>" (the clause happened one unit before the previous expression); the previous
    expression is the latest one at least as precise as the unit."""
    unit = c.match.group("unit").lower()
    previous = next((e for e in reversed(c.previous) if at_least(e.precision, unit)), None)
    if previous is None:
        return None
    step = -1 if (c.match.groupdict().get("relation") or "").lower() == "after" else 1
    if unit in UNIT_DAYS:
        day = previous.date + dt.timedelta(days=step * UNIT_DAYS[unit])
        return (first_of_period(day, "week"), "week", first_of_period(day, "week") + dt.timedelta(days=6)) if unit == "week" else (day, "day")
    if unit == "month":
        return add_months(previous.date, step), "month"
    return dt.date(previous.date.year + step, 1, 1), "year"


RULES: tuple[tuple[re.Pattern, Callable[[Context], Resolution]], ...] = (
    (re.compile(rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+\d{{1,2}},?\s+\d{{4}}\b"), _full_date),
    (re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+\d{{4}}\b"), _full_date),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _full_date),
    (re.compile(rf"\b(?i:the\s+)?(?P<ordinal>(?i:first|second|third|fourth|last))\s+(?i:week)\s+of\s+{MONTH}\b(?!\s+\d)"), _nth_week),
    (re.compile(rf"\b{PART}{MONTH}\s+(?:of\s+)?(?P<year>\d{{4}})\b"), _month_year),
    (re.compile(rf"\b{MONTH}\s+(?P<day>\d{{1,2}})\b(?!,?\s+\d{{4}})"), _month_day),
    (re.compile(rf"\b(?:{PREPOSITION}\s+{PART}|(?i:early|late|mid)[\s-]+){MONTH}\b(?!\s+\d)"), _month),
    (re.compile(rf"\b{PREPOSITION}\s+{PART}(?P<year>(?:19|20)\d\d)\b(?![-–]\d)"), _year),
    (re.compile(rf"\b(?:{PREPOSITION}|(?i:amid))\s+(?i:the)\s+(?P<year>(?:19|20)\d\d)\s+(?!(?i:{'|'.join(MONTH_NAMES)})\b)[a-z][a-z-]+\b"), _year),
    (re.compile(rf"\b(?:(?P<modifier>(?i:last|next|this))\s+)?{WEEKDAY}\b"), _weekday),
    (re.compile(r"\b(?P<word>(?i:yesterday|today|tomorrow))\b"), _deictic_day),
    (re.compile(r"\b(?:(?i:earlier|later)\s+)?(?P<which>(?i:last|this|next))\s+(?P<unit>(?i:week|month|year))\b"), _deictic_period),
    (re.compile(r"\b(?i:the\s+following)\s+(?P<unit>(?i:day|week|month|year))\b"), _relative_to_previous),
    (re.compile(r"\b(?i:an?|one)\s+(?P<unit>(?i:day|week|month|year))\s+(?P<relation>(?i:later|after|before))\b"), _relative_to_previous),
)


def _looks_ahead(text: str, clause_from: int, span: Span) -> bool:
    """Whether the verb governing the expression speaks of the future: a future marker in its clause with no
    past-tense verb between the marker and the expression ("will be the first since Japan took ... in July"
    is past), or one just after the expression unless a past-tense verb governs it ("said on Tuesday that it
    will ..." is past)."""
    starts = [m.end() for m in CLAUSE_START.finditer(text, clause_from, span.start)]
    clause = text[starts[-1] if starts else clause_from : span.start]
    futures = [m.end() for m in FUTURE.finditer(clause)]
    if not futures:
        if PAST_VERB_JUST_BEFORE.search(clause):
            return False
        return bool(FUTURE.match(text, span.end, span.end + 20) or FUTURE.search(text[span.end : span.end + 20]))
    return not PAST_VERB.search(clause, futures[-1])


def tag_expressions(text: str, spans: list[Span], anchor: Anchor) -> list[TimeExpression]:
    """Every temporal expression inside `spans` (in text order), resolved where the anchor allows."""
    found: list[TimeExpression] = []
    for within in spans:
        matches: list[tuple[Span, re.Match, Callable[[Context], Resolution]]] = []
        for pattern, resolve in RULES:
            for match in pattern.finditer(text, within.start, within.end):
                span = Span(match.start(), match.end())
                if not any(span.start < other.end and other.start < span.end for other, _, _ in matches):
                    matches.append((span, match, resolve))
        for span, match, resolve in sorted(matches, key=lambda item: item[0].start):
            resolved = tuple(e for e in found if e.date is not None)
            resolution = resolve(Context(match, anchor, _looks_ahead(text, within.start, span), resolved))
            found.append(TimeExpression(span, *resolution) if resolution else TimeExpression(span, None, None))
    return found
