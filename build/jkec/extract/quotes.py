"""Quotations in relevant passages and who said them.

A quotation is text between double quotation marks (curly or straight, mixed pairs too) inside one
paragraph. It is kept when:
- every passage it touches is relevant;
- it is not a title or a name ("a report titled ...", "so-called ...");
- it is a clause (direct: four words or more, or closing punctuation), or a shorter phrase standing in
  reported speech (partial: a speech or characterising verb earlier in its sentence) that is not a quoted
  term of art from curated/relevance.yaml (scare quotes such as "white lists").

The speaker comes only from what the sentence says: the subject of a speech verb right after the quotation
("..., Suga told a news conference", "..., said Kajiyama") or before it ("Kajiyama said he was confident
that ..."); "according to a ... statement"; or a pronoun ("he told a news briefing"), resolved to the nearest
person mentioned before the quotation. Otherwise the speaker is left empty: a guessed speaker is an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jkec.extract.actors import ActorMention
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex

OPENING, CLOSING, STRAIGHT = "“", "”", '"'
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adding|stated|states|noted|warned|insisted|argued|asked|urged|wrote"
    r"|declared|explained|announced|maintained|stressed|emphasi[sz]ed"
)
CHARACTERISING_VERBS = r"called|calling|calls|described|describing|describes|termed|labell?ed|branded"
SUBJECT_AFTER = re.compile(rf"^[\s,—–-]*(?P<subject>[^.“”\"]{{1,100}}?)\s+(?:{SPEECH_VERBS})\b")
VERB_FIRST_AFTER = re.compile(rf"^[\s,—–-]*(?:{SPEECH_VERBS})\s+(?P<subject>[^.“”\",]{{1,100}})")
STATEMENT_AFTER = re.compile(r"^[\s,—–-]*according to (?P<subject>[^.“”\"]{1,80}?)\s+statement\b")
SUBJECT_BEFORE = re.compile(
    rf"(?P<subject>[^.“”\"]{{1,100}}?)\s+(?:{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b[^.“”\"]*$"
)
VERB_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b")
TITLE_BEFORE = re.compile(r"\b(?:titled|entitled|named|dubbed|so-called|known as|slogan)\s*$", re.IGNORECASE)
PRONOUN = re.compile(r"^(?:\w+\s+)?(?:he|she)$", re.IGNORECASE)
DIRECT_MIN_WORDS = 4


@dataclass(frozen=True)
class Quote:
    span: Span
    passage_no: int
    kind: str
    speaker_actor_id: str | None
    speaker_span: Span | None
    attribution: str


@dataclass(frozen=True)
class Speaker:
    actor_id: str | None
    span: Span | None
    attribution: str


NO_SPEAKER = Speaker(None, None, "none")


def quotation_spans(text: str, paragraph: Span) -> list[tuple[int, int]]:
    """(opening mark, closing mark) offsets of the quotations in one paragraph, paired left to right."""
    pairs, opened = [], None
    for position in range(paragraph.start, paragraph.end):
        mark = text[position]
        if mark not in (OPENING, CLOSING, STRAIGHT):
            continue
        before = text[position - 1] if position > paragraph.start else " "
        after = text[position + 1] if position + 1 < paragraph.end else " "
        is_opening = mark == OPENING or (mark == STRAIGHT and (before.isspace() or before in "([—") and not after.isspace())
        if is_opening and opened is None:
            opened = position
        elif not is_opening and opened is not None:
            pairs.append((opened, position))
            opened = None
    return pairs


class QuoteFinder:
    """Finds the quotations of one article and attributes them."""

    def __init__(self, text: str, passages: list[Passage], mentions: list[ActorMention], actor_types: dict[str, str], scare_terms: re.Pattern) -> None:
        self.text = text
        self.passages = passages
        self.index = SpanIndex([passage.span for passage in passages])
        self.mentions = mentions
        self.actor_types = actor_types
        self.scare_terms = scare_terms

    def find(self, paragraphs: list[Span]) -> list[Quote]:
        quotes = []
        for paragraph in paragraphs:
            for opening, closing in quotation_spans(self.text, paragraph):
                if quote := self._quote(opening, closing):
                    quotes.append(quote)
        return quotes

    def _quote(self, opening: int, closing: int) -> Quote | None:
        inner = Span(opening + 1, closing)
        words = inner.text(self.text).rstrip(" ,").strip()
        if not words:
            return None
        inner = Span(inner.start, inner.start + len(inner.text(self.text).rstrip(" ,")))
        covering = self.index.covering(Span(opening, closing + 1))
        if not covering or not all(self.passages[i].relevant for i in covering):
            return None
        first, last = self.passages[covering[0]], self.passages[covering[-1]]
        before = self.text[first.span.start : opening]
        after = self.text[closing + 1 : last.span.end]
        if TITLE_BEFORE.search(before):
            return None
        if len(words.split()) >= DIRECT_MIN_WORDS or words[-1] in ".!?":
            kind = "direct"
        elif VERB_BEFORE.search(before) and not self.scare_terms.fullmatch(words):
            kind = "partial"
        else:
            return None
        speaker = self._speaker_after(closing + 1, after) if kind == "direct" else NO_SPEAKER
        if speaker is NO_SPEAKER:
            speaker = self._speaker_before(first.span.start, before, opening)
        return Quote(inner, first.passage_no, kind, speaker.actor_id, speaker.span, speaker.attribution)

    def _speaker_after(self, offset: int, after: str) -> Speaker:
        for pattern, attribution in ((STATEMENT_AFTER, "statement"), (SUBJECT_AFTER, "name"), (VERB_FIRST_AFTER, "name")):
            if match := pattern.match(after):
                return self._speaker_in(Span(offset + match.start("subject"), offset + match.end("subject")), attribution, offset)
        return NO_SPEAKER

    def _speaker_before(self, offset: int, before: str, quote_start: int) -> Speaker:
        if match := SUBJECT_BEFORE.search(before):
            return self._speaker_in(Span(offset + match.start("subject"), offset + match.end("subject")), "name", quote_start)
        return NO_SPEAKER

    def _speaker_in(self, subject: Span, attribution: str, quote_start: int) -> Speaker:
        """The actor named in a subject phrase: a person if one is named there, else the last actor named."""
        if PRONOUN.match(subject.text(self.text).strip()):
            return self._pronoun_antecedent(subject, quote_start)
        inside = [m for m in self.mentions if subject.contains(m.span)]
        if not inside:
            return NO_SPEAKER
        persons = [m for m in inside if self.actor_types[m.actor_id] == "person"]
        chosen = (persons or inside)[-1]
        kind = "title" if chosen.alias_kind == "title" else attribution
        return Speaker(chosen.actor_id, chosen.span, kind)

    def _pronoun_antecedent(self, pronoun: Span, quote_start: int) -> Speaker:
        """The nearest person mentioned before the quotation; the pronoun itself is the speaker mention."""
        before = [m for m in self.mentions if m.span.end <= quote_start and self.actor_types[m.actor_id] == "person"]
        if not before:
            return NO_SPEAKER
        word = re.search(r"\w+$", pronoun.text(self.text))
        return Speaker(before[-1].actor_id, Span(pronoun.end - len(word.group(0)), pronoun.end), "pronoun")
