"""The parse of an article's relevant passages (curated/language_model.yaml), with offsets into the raw text.

Each run of adjacent relevant passages of one paragraph is parsed as one text, so that the model finds its
own sentence bounds inside it; all runs of an article go through one `nlp.pipe` call. A run's Doc carries
its start in the article as `user_data["offset"]`, so every token has a raw offset (`token_span`).
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Token

from jkec.extract.passages import Passage
from jkec.extract.spans import Span


def relevant_runs(passages: list[Passage]) -> list[Span]:
    """Spans of maximal runs of adjacent relevant passages within one paragraph."""
    runs: list[Span] = []
    previous: Passage | None = None
    for passage in passages:
        if passage.relevant:
            if previous is not None and previous.relevant and previous.paragraph_no == passage.paragraph_no:
                runs[-1] = Span(runs[-1].start, passage.span.end)
            else:
                runs.append(passage.span)
        previous = passage
    return runs


def token_span(token: Token) -> Span:
    start = token.doc.user_data["offset"] + token.idx
    return Span(start, start + len(token.text))


def tokens_span(tokens: Iterable[Token]) -> Span:
    """The raw span from the first to the last of `tokens` (which must not be empty)."""
    spans = [token_span(token) for token in tokens]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


class Parse:
    """The parsed relevant text of one article, and the token at a raw offset."""

    def __init__(self, nlp: Language, text: str, passages: list[Passage]) -> None:
        runs = relevant_runs(passages)
        self.docs: list[Doc] = list(nlp.pipe(run.text(text) for run in runs))
        for doc, run in zip(self.docs, runs):
            doc.user_data["offset"] = run.start
        self.tokens: list[Token] = [token for doc in self.docs for token in doc]
        self._starts = [token_span(token).start for token in self.tokens]

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens lying wholly inside `span`, in text order."""
        first = bisect.bisect_left(self._starts, span.start)
        found = []
        for token in self.tokens[first:]:
            if token_span(token).start >= span.end:
                break
            if token_span(token).end <= span.end:
                found.append(token)
        return found

    def token_at(self, position: int) -> Token | None:
        """The token whose characters include `position`."""
        index = bisect.bisect_right(self._starts, position) - 1
        if index >= 0 and token_span(self.tokens[index]).end > position:
            return self.tokens[index]
        return None
