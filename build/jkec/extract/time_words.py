"""The time lexicon (curated/time_words.yaml) as the patterns that read it: the tense of a temporal expression's
clause (extract/temporal.py) and whether an event is told as still to come (extract/events.py) read the same future
markers."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from jkec.curated import TimeWords, alternation

CALENDAR_NAMES = frozenset(name for name in (*calendar.day_name, *calendar.month_name) if name)  # "Friday", "July"


@dataclass(frozen=True)
class TimePatterns:
    future: re.Pattern  # a future marker not right after a negation ("will", "expected to"; not "not expected to")
    future_at_end: re.Pattern  # a future marker at most two words before the end of a text ("will soon |impose")
    bound_at_end: re.Pattern  # a bound word ending a text, "in" may follow ("since |July", "beginning in |April")
    bound_opening: re.Pattern  # a bound word at the start of a text ("|until the end of May")
    start_at_end: re.Pattern  # a start word ending a text ("from |March 3", "starting in |April")
    start_opening: re.Pattern  # a start word at the start of a text ("|from March 3")
    past: re.Pattern  # a verb in the past tense, not a participle or adjective ("Japan imposed", "talks broke down")
    past_at_end: re.Pattern  # such a verb ending a text, "on" may follow ("held |talks", "met on |Monday")


def _at_end_and_opening(words: tuple[str, ...]) -> tuple[re.Pattern, re.Pattern]:
    """A word of `words` ending a text ("in" may follow), and one at the start of a text."""
    alternatives = rf"(?i:{alternation(words)})"
    return re.compile(rf"\b{alternatives}(?:\s+in)?\s*$"), re.compile(rf"{alternatives}\b")


NOT_A_FINITE_VERB = (  # after an auxiliary or "to" (a participle or infinitive: "is slated", "has lifted"), a
    # determiner, a possessive, a preposition or a hyphen (an adjective: "the list of trusted partners", "eligible
    # for simplified procedures", "the so-called white list", "Seoul's preferred partners")
    r"(?<!\bbe )(?<!been )(?<!being )(?<!\bis )(?<!\bare )(?<!\bhave )(?<!\bhas )(?<!\bto )"
    r"(?<!\bthe )(?<!\ba )(?<!\ban )(?<!\bits )(?<!\btheir )(?<!\bthese )(?<!\bthose )(?<!\bsuch )"
    r"(?<!\bof )(?<!\bfor )(?<!\bwith )(?<!\bon )(?<!\bin )(?<!\bunder )(?<!\babout )(?<!\bover )"
    r"(?<!\bagainst )(?<!\binto )(?<!\bfrom )(?<!-)(?<!'s )(?<!’s )"
)
NOT_A_MODIFIER = r"(?![-‑])"  # a word joined to the next by a hyphen modifies it ("a simplified-procedure group")
NOT_PAST = r"(?!(?:need|proceed|exceed|succeed|indeed|speed|hundred)\b)"  # words in -ed that are no past tense


def _past(irregular: tuple[str, ...]) -> str:
    return rf"{NOT_A_FINITE_VERB}\b{NOT_PAST}(?:\w+ed|{alternation(irregular)})\b{NOT_A_MODIFIER}"


def time_patterns(words: TimeWords) -> TimePatterns:
    negations = "".join(rf"(?<!{re.escape(word)} )" for word in words.negations)
    future = rf"{negations}\b(?:{alternation(words.future_markers)})\b"
    past = _past(words.irregular_past)
    return TimePatterns(
        re.compile(future, re.IGNORECASE),
        re.compile(rf"{future}(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE),
        *_at_end_and_opening(words.bound_words),
        *_at_end_and_opening(words.start_words),
        re.compile(past, re.IGNORECASE),
        re.compile(rf"(?:{past})\s+(?:on\s+)?$", re.IGNORECASE),
    )
