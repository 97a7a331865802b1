"""Character spans and where they fall among an article's passages."""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """Half-open range [start, end) of code points in an article's text."""

    start: int
    end: int

    def text(self, source: str) -> str:
        return source[self.start : self.end]

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


def strip_span(text: str, start: int, end: int) -> Span:
    """The span without leading and trailing white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


class SpanIndex:
    """Finds the item (a passage) whose span contains a position, by binary search."""

    def __init__(self, spans: list[Span]) -> None:
        self._spans = spans
        self._starts = [span.start for span in spans]

    def find(self, position: int) -> int | None:
        """Index of the span containing `position`, or None."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and self._spans[index].start <= position < self._spans[index].end:
            return index
        return None

    def covering(self, span: Span) -> list[int]:
        """Indexes of the spans that `span` touches, or [] if any part of it lies outside all of them."""
        first, last = self.find(span.start), self.find(span.end - 1)
        if first is None or last is None:
            return []
        return list(range(first, last + 1))
