"""The time lexicon (curated/time_words.yaml) as the patterns that read it: the tense of a temporal expression's
clause (extract/temporal.py) and whether an event is told as still to come (extract/events.py) read the same future
markers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from jkec.curated import TimeWords, alternation


@dataclass(frozen=True)
class TimePatterns:
    future: re.Pattern  # a future marker not right after a negation ("will", "expected to"; not "not expected to")
    future_at_end: re.Pattern  # a future marker at most two words before the end of a text ("will soon |impose")
    bound_at_end: re.Pattern  # a bound word ending a text, "in" may follow ("since |July", "beginning in |April")
    bound_opening: re.Pattern  # a bound word at the start of a text ("|until the end of May")


def time_patterns(words: TimeWords) -> TimePatterns:
    negations = "".join(rf"(?<!{re.escape(word)} )" for word in words.negations)
    future = rf"{negations}\b(?:{alternation(words.future_markers)})\b"
    bound = rf"(?i:{alternation(words.bound_words)})"
    return TimePatterns(
        future=re.compile(future, re.IGNORECASE),
        future_at_end=re.compile(rf"{future}(?:\s+\w+){{0,2}}\s*$", re.IGNORECASE),
        bound_at_end=re.compile(rf"\b{bound}(?:\s+in)?\s*$"),
        bound_opening=re.compile(rf"{bound}\b"),
    )
