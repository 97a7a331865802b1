"""Actor mentions: the curated dictionary's aliases matched in an article's relevant passages.

Rules beyond the plain phrase match (an alias written with a straight apostrophe also matches the curly one):
- overlapping matches keep the longest ("South Korean Ministry of Trade, ..." over "South Korea");
- a span that two actors claim is ambiguous and dropped;
- a surname counts only after the person's full name has been mentioned earlier in the same article
  (in any passage: an introduction in an unrelated passage still introduces);
- a metonym (a capital for its government) counts only where the place acts, not after a preposition of
  place ("talks in Tokyo"), unless it owns what follows ("a response to Tokyo's curbs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from jkec.curated import Actor
from jkec.extract.nlp import english
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex

PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|from|at|into|near|via|around|outside|across|visit(?:s|ed|ing)?)\s+$", re.IGNORECASE
)
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
KEY_SEPARATOR = "\t"


@dataclass(frozen=True)
class ActorMention:
    actor_id: str
    span: Span
    alias_kind: str
    passage_no: int


class ActorMatcher:
    """Finds the dictionary's actors in a text."""

    def __init__(self, actors: dict[str, Actor]) -> None:
        self.nlp = english()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for actor in actors.values():
            for alias, kind in actor.aliases:
                forms = {alias, alias.replace("'", "’")}
                self.matcher.add(f"{actor.actor_id}{KEY_SEPARATOR}{kind}", [self.nlp.make_doc(form) for form in sorted(forms)])

    def _candidates(self, text: str) -> list[tuple[Span, str, str]]:
        """(span, actor_id, kind) for every longest match that exactly one actor claims."""
        doc = self.nlp.make_doc(text)
        claims: dict[tuple[int, int], set[str]] = {}
        for match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            claims.setdefault((span.start_char, span.end_char), set()).add(self.nlp.vocab.strings[match_id])
        longest = filter_spans([doc.char_span(start, end) for start, end in claims])
        result = []
        for span in longest:
            keys = claims[(span.start_char, span.end_char)]
            if len({key.split(KEY_SEPARATOR)[0] for key in keys}) == 1:
                actor_id, kind = sorted(keys)[0].split(KEY_SEPARATOR)
                result.append((Span(span.start_char, span.end_char), actor_id, kind))
        return result

    def mentions(self, text: str, passages: list[Passage]) -> list[ActorMention]:
        """Mentions inside relevant passages, in text order, with the rules of this module applied."""
        index = SpanIndex([passage.span for passage in passages])
        named_before: set[str] = set()
        found = []
        for span, actor_id, kind in self._candidates(text):
            if kind == "name":
                named_before.add(actor_id)
            if kind == "surname" and actor_id not in named_before:
                continue
            if (kind == "metonym" and PLACE_PREPOSITION_BEFORE.search(text[max(0, span.start - 20) : span.start])
                    and not POSSESSIVE_AFTER.match(text, span.end)):
                continue
            covering = index.covering(span)
            if len(covering) == 1 and passages[covering[0]].relevant:
                found.append(ActorMention(actor_id, span, kind, passages[covering[0]].passage_no))
        return found
