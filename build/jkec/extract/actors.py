"""Actor mentions: the curated dictionary's aliases matched in an article's relevant passages.

Rules beyond the plain phrase match (an alias written with a straight apostrophe also matches the curly one):
- overlapping matches keep the longest ("South Korean Ministry of Trade, ..." over "South Korea");
- a span that two actors claim is ambiguous and dropped;
- a surname counts only after the person's full name has been mentioned earlier in the same article
  (in any passage: an introduction in an unrelated passage still introduces); besides the surnames the
  dictionary lists, the first or last word of a person's name standing alone (extract/names.py) names the
  person whose full name is the nearest before it that has that word ("Sung said" after "Sung Yun-mo"), and a
  surname the dictionary lists is not its person's after another person's full name with that word ("Moon"
  after "Moon Sung-wook");
- a metonym (a capital for its government) counts only where the place acts, not after a preposition of
  place ("talks in Tokyo"), unless it owns what follows ("a response to Tokyo's curbs");
- a place that only locates someone in a compound adjective ("a Seoul-based economist", "a Tokyo-listed maker")
  is no mention of its state, and a capital that opens a longer name in prose ("the Tokyo Stock Exchange",
  "Seoul National University") is no mention of its government (in a line written in title case, as headlines
  are, a capitalised word after it may be its verb: "Tokyo Eases Curbs").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.util import filter_spans

from jkec.curated import Actor, Roles, alternation
from jkec.extract.names import full_names, part_spans
from jkec.extract.nlp import english
from jkec.extract.passages import Passage, title_case
from jkec.extract.spans import Span, SpanIndex
from jkec.extract.time_words import CALENDAR_NAMES

PLACE_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|to|from|at|into|near|via|around|outside|across|visit(?:s|ed|ing)?)\s+$", re.IGNORECASE
)
PLACE_COMPOUND_AFTER = re.compile(r"-(?:based|listed|headquartered|born|made|registered)\b", re.IGNORECASE)
NAME_CONTINUES = re.compile(  # a capitalised word after it on its line, not a day or month ("Seoul Friday said")
    rf"[^\S\n]+(?!(?:{'|'.join(sorted(CALENDAR_NAMES))})\b)[A-Z]")
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
NAME_GOES_ON = re.compile(r"-|[^\S\n]+[A-Z]")  # "Moon Sung-wook": the surname is part of another name (on its line)
KEY_SEPARATOR = "\t"


def title_word(roles: Roles) -> re.Pattern:
    """A role word (curated/roles.yaml person_roles), any case."""
    words = "|".join(re.escape(word) for word in sorted(roles.person_roles, key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def office_word(roles: Roles) -> re.Pattern:
    """A role word of an office of a state or its government (curated/roles.yaml office_roles), any case."""
    return re.compile(rf"\b(?:{alternation(roles.office_roles)})\b", re.IGNORECASE)


@dataclass(frozen=True)
class ActorMention:
    actor_id: str
    span: Span
    alias_kind: str
    passage_no: int


def _title_case(text: str, span: Span) -> bool:
    """Whether the line holding the span is written in title case."""
    start, end = text.rfind("\n", 0, span.start) + 1, text.find("\n", span.end)
    return title_case(text[start : end if end >= 0 else len(text)])


def _other_order(actor: Actor, alias: str, kind: str) -> tuple[str, ...]:
    """A person's two-word name in the other order ("Kishida Fumio" for "Fumio Kishida", "Jae-in Moon" for "Moon
    Jae-in"): outlets write Japanese and Korean names family name first or last."""
    words = alias.split()
    return (f"{words[1]} {words[0]}",) if actor.actor_type == "person" and kind == "name" and len(words) == 2 else ()


class ActorMatcher:
    """Finds the dictionary's actors in a text."""

    def __init__(self, actors: dict[str, Actor], roles: Roles, sent_words: frozenset[str] = frozenset()) -> None:
        self.actors = actors
        self.sent_from = re.compile(  # "a request from Seoul", "protests from Tokyo": the capital speaks
            rf"\b(?:{'|'.join(sorted(sent_words))})s?\s+from\s+$", re.IGNORECASE) if sent_words else None
        self.title = title_word(roles)
        self.nlp = english()
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        for actor in actors.values():
            for alias, kind in actor.aliases:
                forms = {alias, alias.replace("'", "’"), *_other_order(actor, alias, kind)}
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

    def _unshadowed(self, text: str, claimed: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """The claims without a surname whose nearest full name before it that has the word is another person's
        ("Moon" after "Moon Sung-wook" is not Moon Jae-in)."""
        names = full_names(text, self.title)

        def shadowed(span: Span, actor_id: str) -> bool:
            word = span.text(text)
            nearest = [n for n in names if n.end <= span.start and word in re.split(r"[\s-]+", n.text(text))]
            own = {alias for alias, kind in self.actors[actor_id].aliases if kind == "name"}
            return bool(nearest) and not any(nearest[-1].text(text) in (alias, " ".join(reversed(alias.split())))
                                             for alias in own)

        return [(span, actor_id, kind) for span, actor_id, kind in claimed
                if kind != "surname" or not shadowed(span, actor_id)]

    def _name_parts(self, text: str, claimed: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
        """A dictionary person's name part standing alone, where the nearest full name before it that has that
        word is the person's."""
        taken = [span for span, _, _ in claimed]
        owners = [(span, actor_id) for span, actor_id, kind in claimed if kind == "name" and self.actors[actor_id].actor_type == "person"]
        names = full_names(text, self.title)
        found: dict[Span, str] = {}
        introduced: dict[str, Span] = {}
        for span, actor_id in owners:
            introduced.setdefault(actor_id, span)
        for actor_id, first in introduced.items():
            for alias in (alias for alias, kind in self.actors[actor_id].aliases if kind == "name"):
                for part in part_spans(text, alias, first.end, self.title):
                    if part in found or any(part.overlaps(t) for t in taken):
                        continue
                    word = part.text(text)
                    nearest = [n for n in names if n.end <= part.start and word in re.split(r"[\s-]+", n.text(text))]
                    if nearest and any(nearest[-1].start < s.end and s.start < nearest[-1].end for s, a in owners if a == actor_id):
                        found[part] = actor_id
        return [(span, actor_id, "surname") for span, actor_id in found.items()]

    def mentions(self, text: str, passages: list[Passage], known: frozenset[str] = frozenset()) -> list[ActorMention]:
        """Mentions inside relevant passages, in text order, with the rules of this module applied; the persons
        `known` (office holders over the publication period) are named by their surname alone without an
        earlier full name ("Kishida said" in a 2023 report), where it stands alone."""
        index = SpanIndex([passage.span for passage in passages])
        named_before: set[str] = set()
        found = []
        claimed = self._unshadowed(text, self._candidates(text))
        for span, actor_id, kind in sorted(claimed + self._name_parts(text, claimed), key=lambda c: (c[0].start, c[0].end)):
            if kind == "name":
                named_before.add(actor_id)
            if kind == "surname" and actor_id not in named_before and not (
                    actor_id in known and not NAME_GOES_ON.match(text, span.end)):
                continue
            if (kind == "metonym" or self.actors[actor_id].actor_type == "state") and PLACE_COMPOUND_AFTER.match(text, span.end):
                continue
            if kind == "metonym" and NAME_CONTINUES.match(text, span.end) and not _title_case(text, span):
                continue
            before = text[max(0, span.start - 30) : span.start]
            if (kind == "metonym" and PLACE_PREPOSITION_BEFORE.search(before[-20:])
                    and not POSSESSIVE_AFTER.match(text, span.end)
                    and not (self.sent_from is not None and self.sent_from.search(before))):
                continue
            covering = index.covering(span)
            if len(covering) == 1 and passages[covering[0]].relevant:
                found.append(ActorMention(actor_id, span, kind, passages[covering[0]].passage_no))
        return found
