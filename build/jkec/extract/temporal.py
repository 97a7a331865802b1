"""Temporal expressions of an article, resolved against its publication date (the anchor).

Each rule is a pattern over English date grammar (month and weekday names from `calendar`, full or
abbreviated, with or without a period: "Aug. 28", "Sept 11") and a resolver; a part the text does not give is
never invented and nothing defaults to today:

- absolute dates: "July 11, 2019", "Nov. 22, 2019", "11 July 2019", "the 4th of July, 2019", "2019-07-11"
  (day); "July 2019", "Jan. 2020" (month); "in 2019", "during the 2019 dispute" (year);
- a range of days ("Dec. 3-4", "3-4 December 2019") is dated by the smallest period that holds it;
- a yearless date ("July 9", "July 4th", "28 August", "the 4th of July", "in early July", "the third week of
  December"; a weekday before it, "Friday, Oct. 9", "Monday (June 14)", is part of it) takes the year that
  puts it on the side of the anchor its clause's tense points to, or the nearer side when the clause shows no
  tense ("the rules, which take effect from July 4, ...") or the future of a past report ("announced on July 1
  that it would tighten the rules from July 4"); "last July", "next March" are the nearest such
  month strictly before or after the anchor's month;
- "on the 25th" is the 25th of the month named by an earlier expression of its sentence, else of the anchor's
  month (the latest 25th up to the anchor, or the next one for the future);
- "Tuesday last week", "July 4 last year", "in August of next year" are that day or month of the week or year
  the words name;
- a weekday takes the tense of its clause (the future only when no past-tense verb stands between the future
  marker, one of curated/time_words.yaml, and the expression): past or no tense → the latest such day up to
  the anchor (news style: "said Friday" in a Friday paper is that day); future, "would" too → the next one; "last Friday"
  is strictly before the anchor, "next Friday" strictly after;
- deictic words count from the anchor: "today" ("tonight", "this morning"), "yesterday", "tomorrow";
  "last/this/next week|month|year" (also "earlier this month", "late last year", "the end of the month", "the
  second half of the year": a part of a period is dated by the period); "eight months ago"; "two years ago this
  month" (the anchor's month, two years back);
- anaphoric words count from the article's previous resolved expression that is at least as precise as their
  unit, leaving out one that dates a clause told in passing ("a day after <clause>": the story's time stays
  where it was): "that day", "the same day", "later that day", "the following month", "the previous day", "the
  day before" (ending its clause), "two months later", "five months earlier"; "earlier in the day", "later in
  the week" with nothing before are the anchor's period; "a day after <clause>" dates that clause one unit
  before it ("Japan said yesterday ..., a day after Moon urged" puts the urging the day before yesterday) and
  "four days before <clause>" four days after it;
- the precision is the text's (day, week, month, year; see jkec.precision); a week is dated by its Monday.

A date in a dateline ("SEOUL, Dec. 22 (Yonhap) --") dates the report, which the anchor already does, and is
not an expression of the story. An expression is kept with an empty date when it is recognised but cannot be
resolved: no anchor, an anchor too coarse for it ("on Friday" in a paper dated only by month), no earlier
expression to count from, an imprecise amount ("more than a year ago", "a few days later"), or a date outside
the window the tables accept (the schemas'; "nearly four years after" a story of the early 20th century). An
expression is a `bound` when it limits or spans a period rather than placing an act in it ("since 2019", "from
March 3", "until the end of May", "over the past year"; the bound words are those of curated/time_words.yaml):
it is resolved where it can be, but dates no event, except that a bound opening a period (a `start`: "from
March 3", "starting Aug. 1") dates an act still to come, which begins then (curated/ANNOTATION.md 9.1).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from jkec.extract.spans import Span
from jkec.extract.time_words import TimePatterns
from jkec.precision import at_least, first_of_period, period_end, smallest_period
from jkec.tables.schema import DateWindow

MONTH_NUMBER = {name[:3].lower(): number for number, name in enumerate(calendar.month_name) if name}
WEEKDAY_NUMBER = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_FULL_MONTH = "|".join(name for name in calendar.month_name if name)
_SHORT_MONTH = "|".join(sorted({*calendar.month_abbr[1:], "Sept"} - {"May"}, key=len, reverse=True))
MONTH = rf"(?P<month>(?:{_FULL_MONTH})\b|(?:{_SHORT_MONTH})\b\.?)"  # before a day or a year
BARE_MONTH = rf"(?P<month>(?:{_FULL_MONTH})\b|(?:{_SHORT_MONTH})\.)"  # alone: an abbreviation needs its period
MONTH2 = MONTH.replace("?P<month>", "?P<month2>")  # the month of a range's last day
WEEKDAY = "(?P<weekday>" + "|".join(calendar.day_name) + r")\b"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?\b"
DAY2 = DAY.replace("?P<day>", "?P<day2>")
YEAR = r"(?P<year>(?:19|20)\d\d)\b"
PART = (
    r"(?i:early|late|mid|earlier|later|the\s+(?:very\s+)?(?:end|beginning|start|middle|turn)\s+of|"
    r"the\s+(?:first|second)\s+half\s+of|the\s+(?:first|second|third|fourth|last)\s+quarter\s+of)"
)
PREPOSITION = r"(?i:in|since|from|until|by|during|of|before|after|for)"
ANCHORING = re.compile(r"\b(?:after|before)$", re.IGNORECASE)  # "a day after <clause>" dates that clause
NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
COUNT = r"(?P<count>(?i:a\s+few|several|" + "|".join(NUMBERS) + r")|\d{1,2})"
APPROXIMATELY = r"(?i:nearly|almost|about|around|roughly|some|just)"
INEXACTLY = r"(?i:more\s+than|less\s+than|over|under|at\s+least|up\s+to|just\s+over|just\s+under)"
UNIT = r"(?P<unit>(?i:day|week|month|year))s?"
PERIOD = r"(?P<unit>(?i:day|week|month|year))\b"
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
STEP = {"last": -1, "this": 0, "next": 1}  # the period before, of, or after the anchor's
DAYTIME = r"(?i:the\s+(?:morning|afternoon|evening|night)\s+of\s+)"
NOT_AFTER_NUMBER = r"(?<![\d.,-])"  # "19 July" is no date inside "COVID-19 July"
BEFORE_ORDINAL_DAY = "(?:" + "|".join(rf"(?<=\b{word} )" for word in ("on", "by", "from", "since", "until", "before",
                                                                         "after")) + ")"
AFTER_ORDINAL_DAY = (  # "on the 25th" ends a phrase; "the 25th anniversary" is no day
    r"(?=\s*(?:[,.;:)—–]|$)|\s+(?i:to|and|in|at|with|when|after|before|for|that|as|but|while|during|amid)\b)"
)
GERUND = r"\b(?!during\b|including\b|according\b|regarding\b|following\b|concerning\b)\w+ing\b"  # not prepositions
CLAUSE_START = re.compile(r"[,;:—–](?!\s*(?:\d|effective\b))\s*")  # ", effective Friday" dates the clause before it
CLAUSE_END = re.compile(r"[,;:—–]|$")
INFINITIVE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|\d)[a-z]+\b")  # "to drop", not "to the list"
DATELINE = (  # "SEOUL, Dec. 22 (Agency) --" and "MOSCOW (Agency - 17th February, 2020)": the date of the report
    (re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z],\s*"), re.compile(r"\s*(?:\([^()]{0,60}\)\s*)?(?:--|—|–)")),
    (re.compile(r"\s*[A-Z][A-Z.'’ -]*[A-Z]\s*\([^()]*"), re.compile(r"[^()]*\)")),
)
PAST, FUTURE_TENSE = "past", "future"
FUTURE_IN_PAST = "future in the past"  # "said on July 1 it would tighten the rules from July 4": a date either side


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

    def still_open(self, day: dt.date, precision: str) -> bool:
        """Whether the period of `precision` that starts on `day` ends after the publication date (so part of it
        is still to come when published: "later this month")."""
        return self.date is not None and period_end(day, precision) > self.date


@dataclass(frozen=True)
class TimeExpression:
    span: Span
    date: dt.date | None
    precision: str | None
    date_end: dt.date | None = None
    bound: bool = False  # a limit or a stretch of time ("since 2019", "over the past year"): dates no event
    start: bool = False  # a bound that opens a period ("from March 3"): it dates an act still to come
    anchoring: bool = False  # "a day after <clause>", "four years before <clause>": dates that clause only


@dataclass(frozen=True)
class Context:
    match: re.Match
    anchor: Anchor
    tense: str | None  # PAST, FUTURE_TENSE, or None when the clause shows none
    previous: tuple[TimeExpression, ...]  # the article's resolved expressions before this one
    sentence_start: int

    def group(self, name: str) -> str:
        return (self.match.groupdict().get(name) or "").lower()

    def last(self, precision: str) -> TimeExpression | None:
        """The latest previous expression at least as precise as `precision`."""
        return next((e for e in reversed(self.previous) if at_least(e.precision, precision)), None)


Resolution = tuple[dt.date, str] | tuple[dt.date, str, dt.date] | None


def dated(day: dt.date, precision: str) -> Resolution:
    """A resolution at `precision` (a week carries its last day)."""
    start = first_of_period(day, precision)
    return (start, precision, period_end(start, precision)) if precision == "week" else (start, precision)


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def shift(day: dt.date, unit: str, count: int) -> dt.date:
    """`day` moved by `count` units (a month or year move lands on the first of the period)."""
    if unit == "day":
        return day + dt.timedelta(days=count)
    if unit == "week":
        return day + dt.timedelta(weeks=count)
    if unit == "month":
        return add_months(day, count)
    return dt.date(day.year + count, 1, 1)


def _month_number(c: Context) -> int:
    return MONTH_NUMBER[c.group("month")[:3]]


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _distance(candidate: dt.date, precision: str, anchor: Anchor) -> int:
    """Days between the candidate's period and the anchor's period (0 when they overlap)."""
    low, high = anchor.date, period_end(anchor.date, anchor.precision)
    end = period_end(candidate, precision)
    return max((low - end).days, (candidate - high).days, 0)


def _yearless(month: int, day: int, anchor: Anchor, tense: str | None, precision: str) -> dt.date | None:
    """A month or day (at `precision`) without a year, put on the side of the anchor that the tense points to:
    a future one ends on or after the anchor, a past one starts on or before the anchor's period ends, one
    without tense is the nearer of the two."""
    if not anchor.supports("month"):
        return None
    candidates = [d for d in (_date(anchor.date.year + k, month, day) for k in (-1, 0, 1)) if d is not None]
    if not candidates:
        return None
    if tense == FUTURE_TENSE:
        return next((d for d in candidates if period_end(d, precision) >= anchor.date), None)
    past = [d for d in candidates if d <= period_end(anchor.date, anchor.precision)]
    if tense == PAST:
        return past[-1] if past else None
    return min(candidates, key=lambda d: (_distance(d, precision, anchor), d not in past))


def _full_date(c: Context) -> Resolution:
    day = _date(int(c.group("year")), _month_number(c), int(c.group("day")))
    return (day, "day") if day else None


def _iso_date(c: Context) -> Resolution:
    day = _date(*(int(part) for part in c.match.group(0).split("-")))
    return (day, "day") if day else None


def _range(c: Context) -> Resolution:
    """"Dec. 3-4", "30 Nov.-2 Dec. 2020": the smallest period that holds both days (a year given is the last
    day's)."""
    first_month = MONTH_NUMBER[(c.group("month") or c.group("month2"))[:3]]
    last_month = MONTH_NUMBER[(c.group("month2") or c.group("month"))[:3]]
    first_day, last_day = int(c.group("day")), int(c.group("day2"))
    if c.group("year"):
        first = _date(int(c.group("year")) - (first_month > last_month), first_month, first_day)
    else:
        first = _yearless(first_month, first_day, c.anchor, c.tense, "day")
    last = first and _date(first.year + (last_month < first_month), last_month, last_day)
    return dated(*smallest_period(first, last)) if first and last and first < last else None


def _month_year(c: Context) -> Resolution:
    return dt.date(int(c.group("year")), _month_number(c), 1), "month"


def _year(c: Context) -> Resolution:
    return dt.date(int(c.group("year")), 1, 1), "year"


def _month_day(c: Context) -> Resolution:
    day = _yearless(_month_number(c), int(c.group("day")), c.anchor, c.tense, "day")
    return (day, "day") if day else None


def _month(c: Context) -> Resolution:
    first = _yearless(_month_number(c), 1, c.anchor, c.tense, "month")
    return (first, "month") if first else None


def _named_month(c: Context) -> Resolution:
    """"last July" / "next July": the nearest July strictly before / after the anchor's month; "this July"
    the one of the anchor's year."""
    if not c.anchor.supports("month"):
        return None
    month, anchor = _month_number(c), c.anchor.date
    step = {"last": -(month >= anchor.month), "next": int(month <= anchor.month), "this": 0}[c.group("which")]
    return dt.date(anchor.year + step, month, 1), "month"


def _in_named_week(c: Context) -> Resolution:
    """"Tuesday last week", "on Friday next week": that weekday of the week before or after the anchor's."""
    if not c.anchor.supports("day"):
        return None
    monday = first_of_period(c.anchor.date, "week") + dt.timedelta(weeks=STEP[c.group("which")])
    return monday + dt.timedelta(days=WEEKDAY_NUMBER[c.group("weekday")]), "day"


def _in_named_year(c: Context) -> Resolution:
    """"July 4 last year", "in July last year", "August of next year": the day or month in the year before,
    of, or after the anchor's."""
    if not c.anchor.supports("year"):
        return None
    year = c.anchor.date.year + STEP[c.group("which")]
    if not c.group("day"):
        return dt.date(year, _month_number(c), 1), "month"
    day = _date(year, _month_number(c), int(c.group("day")))
    return (day, "day") if day else None


def _nth_week(c: Context) -> Resolution:
    first = _yearless(_month_number(c), 1, c.anchor, c.tense, "month")
    if first is None:
        return None
    days = (first + dt.timedelta(days=i) for i in range(period_end(first, "month").day))
    mondays = [d for d in days if d.weekday() == 0]
    ordinal = ORDINALS[c.group("ordinal")]
    return dated(mondays[ordinal - 1 if ordinal > 0 else ordinal], "week")


def _ordinal_day(c: Context) -> Resolution:
    """"on the 25th": in the month an earlier expression of the sentence names, else around a day anchor."""
    day = int(c.group("day"))
    named = next((e for e in reversed(c.previous)
                  if e.span.start >= c.sentence_start and e.precision in ("day", "month")), None)
    if named is not None:
        found = _date(named.date.year, named.date.month, day)
        return (found, "day") if found else None
    if not c.anchor.supports("day"):
        return None
    anchor = c.anchor.date
    months = (0, 1) if c.tense == FUTURE_TENSE else (0, -1)
    candidates = [d for d in (_date(m.year, m.month, day) for m in (add_months(anchor, k) for k in months)) if d]
    fitting = [d for d in candidates if (d >= anchor if c.tense == FUTURE_TENSE else d <= anchor)]
    return (fitting[0], "day") if fitting else None


def _weekday(c: Context) -> Resolution:
    if not c.anchor.supports("day"):
        return None
    target = WEEKDAY_NUMBER[c.group("weekday")]
    modifier = c.group("modifier")
    anchor = c.anchor.date
    if modifier == "last" or (not modifier and c.tense not in (FUTURE_TENSE, FUTURE_IN_PAST)):
        back = (anchor.weekday() - target) % 7 or (7 if modifier == "last" else 0)
        return anchor - dt.timedelta(days=back), "day"
    forward = (target - anchor.weekday()) % 7 or (7 if modifier == "next" else 0)
    return anchor + dt.timedelta(days=forward), "day"  # "would ... Monday" in a report: the coming one


def _deictic_day(c: Context) -> Resolution:
    if not c.anchor.supports("day"):
        return None
    offset = {"yesterday": -1, "tomorrow": 1}.get(c.group("word"), 0)  # "today", "tonight", "this morning"
    return c.anchor.date + dt.timedelta(days=offset), "day"


def _deictic_period(c: Context) -> Resolution:
    """"last week", "later this month", "late last year", "the end of the month" (the anchor's month)."""
    unit = c.group("unit")
    if not c.anchor.supports(unit):
        return None
    step = {**STEP, "the": 0}[c.group("which")]
    return dated(shift(first_of_period(c.anchor.date, unit), unit, step), unit)


def _anaphoric(c: Context) -> Resolution:
    """"that day", "the same week", "later that day", "the following month", "the previous day", "the day
    before": the period of the previous expression at least as precise as the unit, or the one after or
    before it. "earlier in the day", "later in the week" fall back to the anchor's period when nothing was
    dated before."""
    unit = c.group("unit")
    previous = c.last(unit)
    if previous is None:
        return dated(c.anchor.date, unit) if c.group("in_period") and c.anchor.supports(unit) else None
    step = {"following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "before": -1}.get(
        c.group("which"), 0)
    return dated(shift(first_of_period(previous.date, unit), unit, step), unit)


def _counted(c: Context) -> Resolution:
    """"eight months ago" (from the anchor); "two months later", "five months earlier" (from the previous
    expression); "a day after <clause>" / "four days before <clause>" (the clause is that far before / after
    the previous expression). An inexact amount ("more than a year ago", "a few days later") is not dated."""
    count = _count(c)
    if count is None or c.group("inexact"):
        return None
    unit, relation = c.group("unit"), c.group("relation")
    if relation == "ago":
        return dated(shift(c.anchor.date, unit, -count), unit) if c.anchor.supports(unit) else None
    previous = c.last(unit)
    if previous is None:
        return None
    sign = {"later": 1, "afterwards": 1, "before": 1, "prior": 1, "earlier": -1, "after": -1}[relation]
    return dated(shift(previous.date, unit, sign * count), unit)


def _count(c: Context) -> int | None:
    """The number a count gives ("eight", "8"); None for an inexact one ("a few", "several")."""
    return NUMBERS.get(c.group("count"), int(c.group("count")) if c.group("count").isdigit() else None)


def _ago_this(c: Context) -> Resolution:
    """"two years ago this month", "a year ago this week": the anchor's month or week that many units back."""
    count = _count(c)
    period = c.group("period").lower()
    if count is None or not c.anchor.supports(period):
        return None
    unit, anchor = c.group("unit").lower(), c.anchor.date
    if unit in ("day", "week"):
        return dated(anchor - dt.timedelta(days=count * (7 if unit == "week" else 1)), period)
    first = add_months(anchor, -count * (12 if unit == "year" else 1))
    return dated(first.replace(day=min(anchor.day, calendar.monthrange(first.year, first.month)[1])), period)


def _duration(c: Context) -> Resolution:
    """"over the past year", "for the next two weeks": a stretch of time up to or from the anchor, not a date."""
    return None


# Cues: what every match of a rule holds; a passage is scanned for a rule only when it holds all the rule's cues.
MONTH_CUE = re.compile("|".join(calendar.month_abbr[1:]))  # how every month name and abbreviation starts
WEEKDAY_CUE = re.compile("|".join(calendar.day_name))
DIGIT_CUE = re.compile(r"\d")
UNIT_CUE = re.compile(r"(?i:day|week|month|year)")
CUES = (MONTH_CUE, WEEKDAY_CUE, DIGIT_CUE, UNIT_CUE)

RULES: tuple[tuple[re.Pattern, Callable[[Context], Resolution], tuple[re.Pattern, ...]], ...] = (  # with their cues
    (re.compile(rf"\b{MONTH}\s+{DAY}\s*[-–]\s*(?:{MONTH2}\s+)?{DAY2}(?:,?\s+{YEAR})?"), _range, (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"{NOT_AFTER_NUMBER}\b{DAY}(?:\s+{MONTH})?\s*[-–]\s*{DAY2}\s+{MONTH2}(?:,?\s+{YEAR})?"), _range,
     (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"\b(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY},?\s+{YEAR}"), _full_date, (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"\b(?:{WEEKDAY},?\s+)?(?:(?i:the)\s+)?{NOT_AFTER_NUMBER}{DAY}\s+(?:of\s+)?{MONTH},?\s+{YEAR}"),
     _full_date, (MONTH_CUE, DIGIT_CUE)),
    (re.compile(r"\b\d{4}-\d{2}-\d{2}\b"), _iso_date, (DIGIT_CUE,)),
    (re.compile(rf"\b{WEEKDAY},?\s+(?P<which>(?i:last|this|next))\s+(?i:week)\b"),
     _in_named_week, (WEEKDAY_CUE, UNIT_CUE)),
    (re.compile(rf"\b(?:{PREPOSITION}\s+)?(?:{PART}[\s-]+)?{MONTH}(?:\s+{DAY})?,?\s+(?:of\s+)?"
                rf"(?P<which>(?i:last|this|next))\s+(?i:year)\b"), _in_named_year, (MONTH_CUE, UNIT_CUE)),
    (re.compile(rf"\b(?i:the\s+)?(?P<ordinal>(?i:first|second|third|fourth|last))\s+(?i:week)\s+of\s+{MONTH}(?!\s*\d)"),
     _nth_week, (MONTH_CUE, UNIT_CUE)),
    (re.compile(rf"\b(?:{PART}[\s-]+)?{MONTH}\s+(?:of\s+)?{YEAR}"), _month_year, (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"\b(?:{PART}[\s-]+)?(?P<which>(?i:last|next|this))\s+{BARE_MONTH}(?!\s*\d)"),
     _named_month, (MONTH_CUE,)),
    (re.compile(rf"\b{WEEKDAY},\s*{MONTH}\s+{DAY}(?!,?\s+\d{{4}})"), _month_day, (WEEKDAY_CUE, MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"\b{WEEKDAY}\s*\(\s*{MONTH}\s+{DAY}\s*\)"), _month_day, (WEEKDAY_CUE, MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"\b{MONTH}\s+{DAY}(?!,?\s+\d{{4}})"), _month_day, (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"(?:\b(?i:the)\s+)?{NOT_AFTER_NUMBER}\b{DAY}\s+(?:of\s+)?{MONTH}(?!,?\s+\d{{4}})"), _month_day,
     (MONTH_CUE, DIGIT_CUE)),
    (re.compile(rf"{BEFORE_ORDINAL_DAY}{DAYTIME}?(?i:the)\s+{DAY}(?<=st|nd|rd|th){AFTER_ORDINAL_DAY}"),
     _ordinal_day, (DIGIT_CUE,)),
    (re.compile(rf"\b(?:{PREPOSITION}\s+(?:{PART}[\s-]+)?|{PART}[\s-]+){BARE_MONTH}(?!\s*\d)"), _month, (MONTH_CUE,)),
    (re.compile(rf"\b(?:{PREPOSITION}\s+(?:{PART}[\s-]+)?|{PART}[\s-]+){YEAR}(?![-–]\d)"), _year, (DIGIT_CUE,)),
    (re.compile(rf"\b(?:{PREPOSITION}|(?i:amid))\s+(?i:the)\s+{YEAR}\s+[a-z][a-z-]+\b"), _year, (DIGIT_CUE,)),
    (re.compile(rf"\b{COUNT}\s+{UNIT}\s+(?i:ago)\s+(?i:this)\s+(?P<period>(?i:week|month))\b"), _ago_this, (UNIT_CUE,)),
    (re.compile(rf"\b(?:(?P<inexact>{INEXACTLY})\s+|{APPROXIMATELY}\s+)?{COUNT}\s+{UNIT}\s+"
                r"(?P<relation>(?i:ago|later|afterwards|after|before|earlier|prior))\b"), _counted, (UNIT_CUE,)),
    (re.compile(rf"\b(?i:over|within|for|in|during)\s+the\s+(?i:past|last|next|coming)\s+(?:{COUNT}\s+)?{UNIT}"),
     _duration, (UNIT_CUE,)),
    (re.compile(rf"\b(?:(?i:earlier|later)\s+)?(?:(?i:that)|(?i:the\s+same))\s+{PERIOD}(?!-)"),
     _anaphoric, (UNIT_CUE,)),
    (re.compile(rf"\b(?i:earlier|later)\s+(?P<in_period>(?i:in\s+the))\s+{PERIOD}"), _anaphoric, (UNIT_CUE,)),
    (re.compile(rf"\b(?i:the)\s+{PERIOD}\s+(?P<which>(?i:before|after))(?=\s*(?:[,.;:)—–]|$))"),
     _anaphoric, (UNIT_CUE,)),
    (re.compile(rf"\b(?i:the)\s+(?P<which>(?i:following|next|previous|preceding))\s+{PERIOD}"),
     _anaphoric, (UNIT_CUE,)),
    (re.compile(rf"\b(?:{PART}[\s-]+)?(?P<which>(?i:last|this|next))\s+{PERIOD}"), _deictic_period, (UNIT_CUE,)),
    (re.compile(rf"\b{PART}\s+(?P<which>(?i:the))\s+{PERIOD}"), _deictic_period, (UNIT_CUE,)),
    (re.compile(rf"\b(?:(?P<modifier>(?i:last|next|this))\s+)?{WEEKDAY}"), _weekday, (WEEKDAY_CUE,)),
    (re.compile(r"\b(?:(?P<word>(?i:yesterday|today|tomorrow|tonight))|(?i:this\s+(?:morning|afternoon|evening)))\b"),
     _deictic_day, ()),
)


def _future(marker: re.Match) -> str:
    """The future a marker tells: "would" is the future of a past report, on either side of the anchor."""
    return FUTURE_IN_PAST if marker.group(0).lower() == "would" else FUTURE_TENSE


def _tense(text: str, within: Span, span: Span, words: TimePatterns) -> str | None:
    """The tense of the verb governing the expression. Future: a future marker in its clause with no
    past-tense verb between the marker and the expression ("will be the first since Japan took ... in July" is
    past), or one just after the expression unless a past-tense verb governs it ("said on Tuesday that it will
    ..." is past) or comes first ("on Tuesday approved a plan to ..." is past). Past: a past-tense verb earlier in the
    clause with no to-infinitive after it (what was decided may be still to come), or, failing any verb there, the first verb
    of the rest of the clause (of the main clause for an expression opening its sentence: "On July 4, Japan
    imposed ..."). None when the clause shows no tense."""
    starts = [m.end() for m in CLAUSE_START.finditer(text, within.start, span.start)]
    clause = text[starts[-1] if starts else within.start : span.start]
    futures = list(words.future.finditer(clause))
    if futures:
        pasts = [m for m in words.past.finditer(clause, futures[-1].end())
                 if clause[futures[-1].end() : m.start()].strip()]  # "will put": the verb the marker governs
        return PAST if pasts else _future(futures[-1])
    if words.past_at_end.search(clause):
        return PAST
    after = text[span.end : min(span.end + 20, within.end)]  # "... on Thursday. Seoul will ...": another passage's
    marker = words.future.search(after)
    if marker and not words.past.search(after, 0, marker.start()):
        return _future(marker)
    if pasts := list(words.past.finditer(clause)):
        return None if INFINITIVE.search(clause, pasts[-1].end()) else PAST  # "decided to drop X from the list on Aug. 28"
    rest = text[span.end : within.end]
    if len(text[within.start : span.start].split()) <= 1 and rest[:1] == ",":
        rest = rest[1:]  # an expression opening its sentence: its main clause follows the comma
    rest = rest[: CLAUSE_END.search(rest).start()]
    ahead, past = words.future.search(rest), words.past.search(rest)
    if ahead and (past is None or ahead.start() < past.start()):
        return FUTURE_TENSE
    return PAST if past else None


def _opened(text: str, within: Span, span: Span, at_end: re.Pattern, opening: re.Pattern) -> bool:
    """Whether a word of a class opens the expression or stands just before it (`at_end`, `opening`: the
    class's patterns, extract/time_words.py)."""
    before = text[max(within.start, span.start - 20) : span.start]
    return bool(opening.match(text, span.start) or at_end.search(before))


def _in_dateline(text: str, within: Span, span: Span) -> bool:
    """Whether the expression dates the report in its dateline rather than anything the report tells."""
    return any(before.fullmatch(text, within.start, span.start) and after.match(text, span.end, within.end)
               for before, after in DATELINE)


def _in_window(expression: TimeExpression, window: DateWindow) -> TimeExpression:
    """The expression, undated when its date falls outside the window ("some three years later" after 1911)."""
    days = [day for day in (expression.date, expression.date_end) if day is not None]
    if all(window.holds(day) for day in days):
        return expression
    return TimeExpression(expression.span, None, None, bound=expression.bound, start=expression.start,
                          anchoring=expression.anchoring)


def tag_expressions(text: str, spans: list[Span], anchor: Anchor, words: TimePatterns,
                    window: DateWindow) -> list[TimeExpression]:
    """Every temporal expression inside `spans` (in text order), resolved where the anchor allows and the date
    falls in `window`; one outside it still gives the date that later expressions count from."""
    found: list[TimeExpression] = []
    counted: list[TimeExpression] = []  # every resolved expression, in the window or not, that tells the story's time
    for within in spans:
        matches: list[tuple[Span, re.Match, Callable[[Context], Resolution]]] = []
        cued = {cue for cue in CUES if cue.search(text, within.start, within.end)}
        for pattern, resolve, cues in RULES:
            if not cued.issuperset(cues):
                continue
            for match in pattern.finditer(text, within.start, within.end):
                span = Span(match.start(), match.end())
                overlaps = any(span.overlaps(other) for other, _, _ in matches)
                if not overlaps and not _in_dateline(text, within, span):
                    matches.append((span, match, resolve))
        for span, match, resolve in sorted(matches, key=lambda item: item[0].start):
            resolution = resolve(Context(match, anchor, _tense(text, within, span, words), tuple(counted),
                                         within.start))
            bound = _opened(text, within, span, words.bound_at_end, words.bound_opening) or resolve is _duration
            start = bound and _opened(text, within, span, words.start_at_end, words.start_opening)
            expression = TimeExpression(span, *(resolution or (None, None)), bound=bound, start=start,
                                        anchoring=ANCHORING.search(span.text(text)) is not None)
            counted += [expression] if resolution and not expression.anchoring else []
            found.append(_in_window(expression, window))
    return found
