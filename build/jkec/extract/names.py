"""Personal names in running text: capitalised names of two to four words, and a name's parts standing alone.

The English press writes the family name first in Korean and Chinese names and last in Japanese and Western
ones, so a later mention by one part of the name ("Sung", "Kajiyama") may be the first word or the last. Such
a part stands alone when no capitalised word joins it on either side ("Kim Jung-han" is another name), except
a title before it ("Minister Hagiuda", "Deputy Speaker Jeong").
"""

from __future__ import annotations

import re

from jkec.extract.spans import Span

NAME_WORD = r"[A-Z][a-z]+(?:-[A-Za-z][a-z]+)?"
NAME = rf"(?P<name>{NAME_WORD}(?:\s+(?:[A-Z]\.\s+)?{NAME_WORD}){{1,3}})"  # "Daniel A. Pinkston": a middle initial
WORD_BEFORE = re.compile(r"(?P<word>[A-Z][\w’'-]*)\s+$")
LOOK_BACK = 40


def name_parts(name: str) -> set[str]:
    words = name.split()
    return {words[0], words[-1]}


def full_names(text: str, title: re.Pattern) -> list[Span]:
    """Capitalised names of two words or more, without the title words before them ("Minister Hagiuda" is a
    title and a part, not a full name)."""
    found = []
    for match in re.finditer(NAME, text):
        words = list(re.finditer(r"\S+", match.group(0)))
        titles = [number for number, word in enumerate(words) if title.fullmatch(word.group(0))]
        rest = words[titles[-1] + 1 :] if titles else words
        if len(rest) > 1:
            found.append(Span(match.start() + rest[0].start(), match.end()))
    return found


def part_spans(text: str, name: str, after: int, title: re.Pattern) -> list[Span]:
    """Where a part of `name` stands alone after position `after`; `title` matches a title word."""
    forms = "|".join(re.escape(word) for word in sorted(name_parts(name), key=len, reverse=True))
    alone = re.compile(rf"(?<![\w-])(?:{forms})(?![\w-])(?!\s+[A-Z][a-z])")
    spans = []
    for match in alone.finditer(text, after):
        before = WORD_BEFORE.search(text, max(0, match.start() - LOOK_BACK), match.start())
        if before is None or title.fullmatch(before.group("word")):
            spans.append(Span(match.start(), match.end()))
    return spans
