"""Places named after a preposition of place ("talks will be held Wednesday in Vienna"): where events happen.

A place name right after "in" or "at" is a place; the same name elsewhere is not ("Tokyo's tightened controls"
names the government, "TOKYO (AP)" is a dateline). A possessive ("in Tokyo's view") is not a place either.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jkec.curated import Place
from jkec.extract.spans import Span


@dataclass(frozen=True)
class PlaceMention:
    span: Span  # the place name only
    phrase: Span  # the name with its preposition ("in Vienna")
    place: str


class PlaceFinder:
    """One pattern for every alias of the curated places."""

    def __init__(self, places: dict[str, Place]) -> None:
        self.place_of = {alias: place.place for place in places.values() for alias in place.aliases}
        aliases = sorted(self.place_of, key=len, reverse=True)
        alternation = "|".join(re.escape(alias) for alias in aliases) or r"(?!x)x"
        self.pattern = re.compile(rf"\b(?i:in|at)\s+(?P<name>{alternation})\b(?![’']s\b)")

    def find(self, text: str, spans: list[Span]) -> list[PlaceMention]:
        """Every place named inside `spans`, in text order."""
        return [
            PlaceMention(Span(match.start("name"), match.end("name")), Span(match.start(), match.end()),
                         self.place_of[match.group("name")])
            for within in spans
            for match in self.pattern.finditer(text, within.start, within.end)
        ]
