"""Quotations in relevant passages, and who said them.

Quotation marks: curly and straight, double and single. A straight mark opens after white space or an
opening bracket and before a non-space, and closes otherwise; a single mark closes only before a non-letter,
so apostrophes ("Korea's", "countries’ ") never open or close one; quotes inside a quotation are part of it.
The text is the quoted words without the marks and without a comma or period just inside the closing mark
(that punctuation belongs to the attribution sentence). A quotation left open at the end of a paragraph continues when the next paragraph opens with a mark (the
news convention for quotes running over several paragraphs); every piece is a row, with one speaker.

A quotation is kept when every passage it touches is relevant and it is not a title or name ("a report
titled ...", "so-called ..."), and it is either a clause (`direct`: four words or more, or closing
punctuation) or a shorter phrase inside reported speech (`partial`: after a speech or characterising verb in
its sentence) that is not a quoted term of art (curated/relevance.yaml: scare quotes such as "white lists").

Reported speech without quotation marks is `indirect`: "<speaker> said (that) <clause>" or "<clause>,
<speaker> said." (also "has said", "argues", "told reporters", "announced that", "insisted that", "have
hinted that", "urged that", "maintains through a press release that", ...), the clause being the text. A
sentence is read in segments: ", and", ", but", ", as", ", a day after" and a participle clause (",
effectively opposing ...") end one report and may start another. A report is kept only when the speaker
resolves to an actor; a clause that opens with a direct quotation is left to it, and one that holds a
quotation is kept only when the quotation ends it ("Kajiyama said he was confident that “...”" is both an
indirect report and, inside it, a direct quotation).

The speaker comes only from what the sentence says: the subject of a speech verb after the quotation
("..., Suga told a news conference", "..., said Kajiyama") or before it ("Kajiyama said ... that “...”");
"according to a ... statement" and "said in a statement" (attribution `statement`); a pronoun ("he told a
news briefing"), resolved to the nearest person named before the quotation. Otherwise the speaker is left
empty: a guessed speaker is an error. `said_on` is the date of a temporal expression attached to the speech
verb ("Kajiyama said Friday", "Moon on Monday said") or, for reported speech, standing in the subject phrase
outside a relative clause ("a day after Moon urged that ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jkec.extract.actors import ActorMention
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex
from jkec.extract.temporal import GERUND, TimeExpression

DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE = "“", "”", "‘", "’"
STRAIGHT = {'"': "double", "'": "single"}
SPEECH_VERBS = (
    r"said|says|say|told|tells|added|adding|stated|states|noted|warned|insisted|argued|asked|urged|wrote"
    r"|declared|explained|announced|maintained|stressed|emphasi[sz]ed"
)
CHARACTERISING_VERBS = r"called|calling|calls|described|describing|describes|termed|labell?ed|branded"
AUDIENCE = r"(?:reporters|journalists|lawmakers|(?:a|the) news conference|(?:a|the) news briefing|(?:a|the) briefing|parliament)"
PERFECT = r"(?:(?:have|has|had)\s+)?"
REPORTING = (
    rf"(?:{PERFECT}(?:said|says|stated|argues|suggested)(?:\s+{AUDIENCE})?|(?:told|tells)\s+{AUDIENCE}"
    rf"|{PERFECT}(?:added|announced|insisted|insists|argued|maintained|maintains|noted|warned|emphasi[sz]ed|hinted"
    r"|urged)(?:\s+(?:through|in)\s+an?\s+(?:press\s+release|statement))?(?=\s+that\b))"
)
LEAD = r"^[\s,—–-]*"
SUBJECT_AFTER = re.compile(rf"{LEAD}(?P<subject>[^.“”\"]{{1,100}}?)\s+(?:{SPEECH_VERBS})\b(?P<rest>[^.]*)")
VERB_FIRST_AFTER = re.compile(rf"{LEAD}(?:{SPEECH_VERBS})\s+(?P<subject>[^.“”\",]{{1,100}})")
STATEMENT_AFTER = re.compile(rf"{LEAD}according to (?P<subject>[^.“”\"]{{1,80}}?)\s+statement\b")
SUBJECT_BEFORE = re.compile(
    rf"(?P<subject>[^.“”\"]{{1,100}}?)\s+(?P<verb>{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b(?P<rest>[^.“”\"]*)$"
)
VERB_BEFORE = re.compile(rf"\b(?:{SPEECH_VERBS}|{CHARACTERISING_VERBS})\b")
IN_A_STATEMENT = re.compile(r"^\s*(?:\w+\s+){0,3}?in a (?:\w+\s+)?statement\b", re.IGNORECASE)
TITLE_BEFORE = re.compile(r"\b(?:titled|entitled|named|dubbed|so-called|known as|slogan)\s*$", re.IGNORECASE)
PRONOUN = re.compile(r"^(?:\w+\s+)?(?:he|she)$", re.IGNORECASE)
WHEN = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
INDIRECT_SUBJECT_FIRST = re.compile(
    rf"^(?P<subject>[^“”\"]{{1,160}}?)\s+(?P<verb>{REPORTING}){WHEN}\s+(?:that\s+)?(?P<clause>\w.{{10,}}?)\s*[.;]?$"
)
INDIRECT_CLAUSE_FIRST = re.compile(
    rf"^(?P<clause>[^“”\"]{{10,}}?),\s+(?!(?:and|but|while|which|who)\b)(?P<subject>[^,]{{1,100}}?)\s+(?P<verb>{REPORTING}){WHEN}(?:,\s+[^“”\"]*)?[.]?$"
)
RELATIVE_CLAUSE = re.compile(r",\s*(?P<clause>(?:who|whom|whose|which|that)\b[^,]*)(?:,|$)")
SEGMENT_BREAK = re.compile(
    r",\s+(?:(?:and|while|but|whereas|although|as(?!\s+well\b))\s+"
    rf"|(?=(?:(?:a|an|one|two|three|hours|days|weeks)\s+(?:\w+\s+)?)?after\b)|(?=(?:\w+ly\s+)?{GERUND}))"
)
DIRECT_MIN_WORDS = 4
SUBJECT_MAX_WORDS = 12


@dataclass(frozen=True)
class Speaker:
    actor_id: str | None
    span: Span | None
    attribution: str
    verb_end: int | None = None


NO_SPEAKER = Speaker(None, None, "none")


@dataclass(frozen=True)
class Quote:
    span: Span
    passage_no: int
    kind: str
    speaker: Speaker
    said_on: TimeExpression | None


@dataclass(frozen=True)
class Marks:
    """One quotation's marks: `closing` is None when it runs on to the end of its paragraph."""

    opening: int
    closing: int | None
    paragraph: Span


def _mark(text: str, position: int, paragraph: Span) -> tuple[str, str] | None:
    """(kind, role) of a quotation mark: kind double/single, role open/close; None for other characters."""
    char = text[position]
    before = text[position - 1] if position > paragraph.start else " "
    after = text[position + 1] if position + 1 < paragraph.end else " "
    if char == DOUBLE_OPEN:
        return "double", "open"
    if char == DOUBLE_CLOSE:
        return "double", "close"
    if char == SINGLE_OPEN and not after.isspace():
        return "single", "open"
    if char in STRAIGHT:
        kind = STRAIGHT[char]
        if (before.isspace() or before in "([—“") and not after.isspace():
            return kind, "open"
        if kind == "double" or not after.isalpha():
            return kind, "close"
        return None
    if char == SINGLE_CLOSE and not after.isalpha():
        return "single", "close"
    return None


def quotation_marks(text: str, paragraph: Span) -> list[Marks]:
    """The outermost quotations of one paragraph, paired left to right."""
    found, opened = [], None
    for position in range(paragraph.start, paragraph.end):
        mark = _mark(text, position, paragraph)
        if mark is None:
            continue
        kind, role = mark
        if opened is None and role == "open":
            opened = (position, kind)
        elif opened is not None and role == "close" and kind == opened[1]:
            found.append(Marks(opened[0], position, paragraph))
            opened = None
    if opened is not None:
        found.append(Marks(opened[0], None, paragraph))
    return found


def quotation_chains(text: str, paragraphs: list[Span]) -> list[list[Marks]]:
    """Quotations grouped so that a quotation left open continues into the next paragraph that opens one."""
    chains: list[list[Marks]] = []
    open_chain: list[Marks] | None = None
    for paragraph in paragraphs:
        marks = quotation_marks(text, paragraph)
        starts_with_quote = bool(marks) and marks[0].opening == paragraph.start
        for index, quotation in enumerate(marks):
            if index == 0 and open_chain is not None and starts_with_quote:
                open_chain.append(quotation)
            else:
                chains.append([quotation])
        last = chains[-1] if marks else None
        open_chain = last if last is not None and last[-1].closing is None else None
    return chains


class QuoteFinder:
    """Finds the quotations (direct, partial, indirect) of one article and attributes them."""

    def __init__(self, text: str, passages: list[Passage], mentions: list[ActorMention], actor_types: dict[str, str],
                 scare_terms: re.Pattern, times: list[TimeExpression]) -> None:
        self.text = text
        self.passages = passages
        self.index = SpanIndex([passage.span for passage in passages])
        self.mentions = mentions
        self.actor_types = actor_types
        self.scare_terms = scare_terms
        self.times = times

    def find(self, paragraphs: list[Span]) -> list[Quote]:
        quotes = [quote for chain in quotation_chains(self.text, paragraphs) for quote in self._chain(chain)]
        return quotes + self._indirect(quotes)

    def _passages_of(self, span: Span) -> list[Passage] | None:
        covering = self.index.covering(span)
        if not covering or not all(self.passages[i].relevant for i in covering):
            return None
        return [self.passages[i] for i in covering]

    def _chain(self, chain: list[Marks]) -> list[Quote]:
        """The rows of one (possibly multi-paragraph) quotation, all with the speaker the chain names."""
        pieces = []
        for marks in chain:
            end = marks.closing if marks.closing is not None else marks.paragraph.end
            inner = Span(marks.opening + 1, end)
            words = inner.text(self.text).rstrip(" ,.")
            passages = self._passages_of(Span(marks.opening, end))
            if not words.strip() or passages is None:
                return []
            pieces.append((marks, Span(inner.start, inner.start + len(words)), words, passages))
        first_marks, _, first_words, first_passages = pieces[0]
        before = self.text[first_passages[0].span.start : first_marks.opening]
        if TITLE_BEFORE.search(before):
            return []
        if len(pieces) > 1 or len(first_words.split()) >= DIRECT_MIN_WORDS or first_words[-1] in ".!?":
            kind = "direct"
        elif VERB_BEFORE.search(before) and not self.scare_terms.fullmatch(first_words.strip()):
            kind = "partial"
        else:
            return []
        last_marks, _, _, last_passages = pieces[-1]
        speaker = NO_SPEAKER
        if kind == "direct" and last_marks.closing is not None:
            after = self.text[last_marks.closing + 1 : last_passages[-1].span.end]
            speaker = self._speaker_after(last_marks.closing + 1, after)
        if speaker is NO_SPEAKER:
            speaker = self._speaker_before(first_passages[0].span.start, before, first_marks.opening)
        said_on = self._said_on(speaker)
        return [Quote(inner, passages[0].passage_no, kind, speaker, said_on) for _, inner, _, passages in pieces]

    def _speaker_after(self, offset: int, after: str) -> Speaker:
        if match := STATEMENT_AFTER.match(after):
            return self._speaker_in(self._group_span(offset, match, "subject"), "statement", offset, offset + match.end())
        for pattern in (SUBJECT_AFTER, VERB_FIRST_AFTER):
            if match := pattern.match(after):
                rest = match.groupdict().get("rest") or ""
                attribution = "statement" if IN_A_STATEMENT.match(rest) else "name"
                verb_end = offset + match.start("rest") if "rest" in match.groupdict() else offset + match.start("subject")
                return self._speaker_in(self._group_span(offset, match, "subject"), attribution, offset, verb_end)
        return NO_SPEAKER

    def _speaker_before(self, offset: int, before: str, quote_start: int) -> Speaker:
        if match := SUBJECT_BEFORE.search(before):
            attribution = "statement" if IN_A_STATEMENT.match(match.group("rest")) else "name"
            return self._speaker_in(self._group_span(offset, match, "subject"), attribution, quote_start, offset + match.end("verb"))
        return NO_SPEAKER

    @staticmethod
    def _group_span(offset: int, match: re.Match, group: str) -> Span:
        return Span(offset + match.start(group), offset + match.end(group))

    def _relative_clauses(self, subject: Span) -> list[Span]:
        """Relative clauses in a subject phrase (", who met Kajiyama last week,"): they speak of someone else."""
        return [self._group_span(subject.start, m, "clause") for m in RELATIVE_CLAUSE.finditer(subject.text(self.text))]

    def _speaker_in(self, subject: Span, attribution: str, quote_start: int, verb_end: int) -> Speaker:
        """The actor named in a subject phrase: a person if one is named there, else the last actor named; a
        relative clause in the phrase ("the minister, who met Kajiyama, said") names someone else."""
        words = subject.text(self.text).strip()
        if PRONOUN.match(words):
            return self._pronoun_antecedent(subject, quote_start, verb_end)
        if len(words.split()) > SUBJECT_MAX_WORDS:
            return NO_SPEAKER
        relative = self._relative_clauses(subject)
        inside = [m for m in self.mentions if subject.contains(m.span) and not any(r.contains(m.span) for r in relative)]
        if not inside:
            return NO_SPEAKER
        persons = [m for m in inside if self.actor_types[m.actor_id] == "person"]
        chosen = (persons or inside)[-1]
        kind = "title" if chosen.alias_kind == "title" else attribution
        return Speaker(chosen.actor_id, chosen.span, kind, verb_end)

    def _pronoun_antecedent(self, pronoun: Span, quote_start: int, verb_end: int) -> Speaker:
        """The nearest person named before the quotation; the pronoun itself is the speaker mention."""
        before = [m for m in self.mentions if m.span.end <= min(quote_start, pronoun.start) and self.actor_types[m.actor_id] == "person"]
        if not before:
            return NO_SPEAKER
        word = re.search(r"\w+$", pronoun.text(self.text))
        return Speaker(before[-1].actor_id, Span(pronoun.end - len(word.group(0)), pronoun.end), "pronoun", verb_end)

    def _said_on(self, speaker: Speaker) -> TimeExpression | None:
        """The temporal expression attached to the speech verb: between speaker and verb, or right after it."""
        if speaker.span is None or speaker.verb_end is None:
            return None
        low, high = min(speaker.span.end, speaker.verb_end), max(speaker.span.end, speaker.verb_end)
        for expression in self.times:
            attached = low <= expression.span.start and expression.span.end <= high
            right_after = 0 <= expression.span.start - high <= 4
            if expression.date is not None and (attached or right_after):
                return expression
        return None

    def _indirect(self, quotes: list[Quote]) -> list[Quote]:
        """Reported speech without quotation marks in relevant passages, read segment by segment."""
        found = []
        direct = [q.span for q in quotes if q.kind == "direct"]
        for passage in (p for p in self.passages if p.relevant):
            starts = [passage.span.start] + [passage.span.start + m.end() for m in SEGMENT_BREAK.finditer(passage.span.text(self.text))]
            ends = [passage.span.start + m.start() for m in SEGMENT_BREAK.finditer(passage.span.text(self.text))] + [passage.span.end]
            for start, end in zip(starts, ends):
                if quote := self._report(Span(start, end), passage.passage_no, direct):
                    found.append(quote)
        return found

    def _report(self, segment: Span, passage_no: int, direct: list[Span]) -> Quote | None:
        words = segment.text(self.text)
        match = INDIRECT_CLAUSE_FIRST.match(words) or INDIRECT_SUBJECT_FIRST.match(words)
        if match is None:
            return None
        clause = self._group_span(segment.start, match, "clause")
        subject = self._group_span(segment.start, match, "subject")
        held = [d for d in direct if clause.start < d.end and d.start < clause.end]
        if held and (min(d.start for d in held) - 1 <= clause.start or clause.end - max(d.end for d in held) > 2):
            return None
        speaker = self._speaker_in(subject, "name", min(clause.start, subject.start), segment.start + match.end("verb"))
        if speaker.actor_id is None:
            return None
        relative = self._relative_clauses(subject)
        in_subject = [t for t in self.times if t.date is not None and subject.contains(t.span)
                      and not any(r.contains(t.span) for r in relative)]
        return Quote(clause, passage_no, "indirect", speaker, self._said_on(speaker) or next(iter(in_subject), None))
