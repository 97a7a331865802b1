"""Quotations in relevant passages, and who said them.

Quotation marks: curly and straight, double and single. A straight mark opens after white space or an
opening bracket and before a non-space, and closes otherwise; a single mark closes only before a non-letter,
so apostrophes ("Korea's", "countries’ ") never open or close one; quotes inside a quotation are part of it.
The text is the quoted words without the marks and without a comma or period just inside the closing mark
(that punctuation belongs to the attribution sentence). A quotation left open at the end of a paragraph
continues when the next paragraph opens with a mark (the news convention for quotes running over several
paragraphs); every piece is a row, with one speaker.

A quotation is kept when every passage it touches is relevant and it is not a title or name ("a report
titled ...", "so-called ..."), and it is either a clause (`direct`: four words or more, closing
punctuation, or words that open their sentence followed by a comma: "“It is regrettable,” the ministry
said") or a shorter phrase inside reported speech (`partial`: after a verb of the speech lexicon in
its sentence) that is neither a quoted term of art (curated/relevance.yaml: scare quotes such as "white lists")
nor a name (every word capitalised: "the “Candlelight Revolution”").

Its speaker comes from the parse (extract/speech.py, extract/speakers.py): the speech act whose verb the
quotation's words depend on ("“...,” Kim said", "Kim said that “...”", "..., insisting that “...”"), or
that depends on them ("“...,” according to X"), or, failing the parse, the act that follows the closing
mark with nothing but punctuation between ("“...,” the ministry said"), or an actor's name before a colon
that opens the sentence ("Moon: “...”"). A quotation with no attribution of
its own continues the one before it (curated/ANNOTATION.md 9.4): the previous attributed quotation of its
paragraph, or, when it opens its paragraph, the last attributed quotation of the paragraph before; it keeps
that speaker and attribution, but not the date. Otherwise the speaker is left empty: a guessed speaker is
an error.

Reported speech without quotation marks is `indirect`: the clausal complement of a speech verb ("<speaker>
said (that) <clause>", "<clause>, <speaker> said", "told reporters that", "urged that"), ending before a
trailing segment that is the reporter's own context (", and", ", but", ", as", ", when", ", a day after", a
participle clause ", effectively opposing ..."). A report is kept only when the speaker resolves to an
actor, or is people or a body a common noun describes ("analysts said ...", "the minister said ...",
"officials said ...": with no speaker when no rule ties them to one actor), and the verb stands outside
quotation marks; a clause that opens with a direct quotation is left to
it, and one that holds a quotation is kept only when the quotation ends it, up to its closing mark
("Kajiyama said he was confident that “...”" is both an indirect report and, inside it, a direct quotation).

`said_on` is the date of a temporal expression the parse attaches to the speech verb, directly or through
the occasion of the speech ("Kajiyama said Friday", "Moon on Monday said", "said during a rally on
Wednesday"; not "said after a meeting on Tuesday", which dates the meeting), or of one standing right before
the speaker ("a day after Moon urged that ...").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from jkec.curated import SpeechVerbs
from jkec.extract.parse import Parse
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex
from jkec.extract.speakers import NO_SPEAKER, Speaker, SpeakerResolver
from jkec.extract.speech import ACCORDING, SpeechAct
from jkec.extract.temporal import GERUND, TimeExpression

DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE = "“", "”", "‘", "’"
STRAIGHT = {'"': "double", "'": "single"}
MARK_CHARACTERS = re.compile("[“”‘’\"']")
TITLE_BEFORE = re.compile(r"\b(?:titled|entitled|named|dubbed|so-called|known as|slogan)\s*$", re.IGNORECASE)
SEGMENT_BREAK = re.compile(
    r",\s+(?:(?:while|whereas|although|when|as(?!\s+well\b))\s+"
    rf"|(?=(?:(?:a|an|one|two|three|hours|days|weeks)\s+(?:\w+\s+)?)?after\b)|(?=(?:\w+ly\s+)?{GERUND}))"
)
NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # "Candlelight Revolution": a name, not words said
ONLY_PUNCTUATION = re.compile(r"[\s,.;:—–-]*")
LABEL = re.compile(r"\s*(\S.*?)\s*:\s*")  # "Moon: “...”": a speaker's name as the label of the words
SPACES = re.compile(r" *")
REPORTING_CLASSES = ("report", "directive", "commissive")
ATTACHMENT = ("prep", "pobj", "npadvmod", "tmod")  # "said Friday", "said on Friday"
OCCASION = ("during", "at", "in")  # prepositions that give the occasion of the speech: "said at a briefing on Friday"
MAX_ATTACHMENT = 6
DIRECT_MIN_WORDS = 4
INDIRECT_MIN_WORDS = 2


def speech_verb_pattern(lexicon: SpeechVerbs) -> re.Pattern:
    """Any verb form of the speech lexicon, as a whole word."""
    return re.compile(rf"\b(?:{lexicon.forms()})\b", re.IGNORECASE)


@dataclass(frozen=True)
class Quote:
    span: Span
    passage_no: int
    kind: str
    speaker: Speaker
    said_on: TimeExpression | None
    verb: Span | None  # the speech verb that attributes it; None for one that continues another's words


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
    for character in MARK_CHARACTERS.finditer(text, paragraph.start, paragraph.end):
        position = character.start()
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


def quotation_chains(paragraphs: list[Span], marked: dict[Span, list[Marks]]) -> list[list[Marks]]:
    """Quotations (`marked`: the marks of each paragraph) grouped so that a quotation left open continues into
    the next paragraph that opens one."""
    chains: list[list[Marks]] = []
    open_chain: list[Marks] | None = None
    for paragraph in paragraphs:
        marks = marked[paragraph]
        starts_with_quote = bool(marks) and marks[0].opening == paragraph.start
        for index, quotation in enumerate(marks):
            if index == 0 and open_chain is not None and starts_with_quote:
                open_chain.append(quotation)
            else:
                chains.append([quotation])
        last = chains[-1] if marks else None
        open_chain = last if last is not None and last[-1].closing is None else None
    return chains




@dataclass(frozen=True)
class Chain:
    """One quotation's rows before attribution, with where it stands."""

    marks: list[Marks]
    pieces: list[tuple[Span, int]]  # (words, passage_no) per piece
    kind: str
    paragraph_no: int


class QuoteFinder:
    """Finds the quotations (direct, partial, indirect) of one article and attributes them."""

    def __init__(self, text: str, passages: list[Passage], scare_terms: re.Pattern, speech_verbs: re.Pattern,
                 times: list[TimeExpression], parse: Parse, acts: dict[Token, SpeechAct], resolver: SpeakerResolver) -> None:
        self.text = text
        self.passages = passages
        self.index = SpanIndex([passage.span for passage in passages])
        self.scare_terms = scare_terms
        self.speech_verbs = speech_verbs
        self.times = times
        self.parse = parse
        self.acts = acts
        self.ordered = sorted(acts.values(), key=lambda act: act.verb_span.start)
        self.resolver = resolver

    def find(self, paragraphs: list[Span], marked: dict[Span, list[Marks]]) -> list[Quote]:
        """The quotations of the article whose paragraphs carry the quotation marks `marked`."""
        number = {paragraph.start: paragraph_no for paragraph_no, paragraph in enumerate(paragraphs)}
        chains = [c for marks in quotation_chains(paragraphs, marked) if (c := self._chain(marks, number))]
        quotes = self._attributed(chains)
        direct = [Span(c.marks[0].opening, marks_span(c.marks[-1]).end) for c in chains if c.kind == "direct"]
        quoted = [marks_span(m) for marks in marked.values() for m in marks]
        return quotes + self._indirect(direct, quoted)

    def _passages_of(self, span: Span) -> list[Passage] | None:
        covering = self.index.covering(span)
        if not covering or not all(self.passages[i].relevant for i in covering):
            return None
        return [self.passages[i] for i in covering]

    def _chain(self, chain: list[Marks], number: dict[int, int]) -> Chain | None:
        """The pieces of one (possibly multi-paragraph) quotation and its kind, or None if it is no quotation."""
        pieces = []
        for marks in chain:
            inner = Span(marks.opening + 1, _end(marks))
            words = inner.text(self.text).rstrip(" ,.")
            passages = self._passages_of(Span(marks.opening, _end(marks)))
            if not words.strip() or passages is None:
                return None
            pieces.append((Span(inner.start, inner.start + len(words)), passages))
        first_words = pieces[0][0].text(self.text)
        before = self.text[pieces[0][1][0].span.start : chain[0].opening]
        if TITLE_BEFORE.search(before):
            return None
        if (len(pieces) > 1 or len(first_words.split()) >= DIRECT_MIN_WORDS or first_words[-1] in ".!?"
                or self._opens_attributed(chain[0], before, first_words)):
            kind = "direct"
        elif (self.speech_verbs.search(before) and not self.scare_terms.fullmatch(first_words.strip())
              and not NAME_WORDS.fullmatch(first_words)):
            kind = "partial"
        else:
            return None
        return Chain(chain, [(span, passages[0].passage_no) for span, passages in pieces], kind, number[chain[0].paragraph.start])

    def _opens_attributed(self, marks: Marks, before: str, words: str) -> bool:
        """Whether a short quotation opens its sentence and a comma follows its words, inside or after the closing
        mark: “It is regrettable,” the ministry said."""
        if before.strip() or marks.closing is None or self.scare_terms.fullmatch(words.strip()):
            return False
        inner = self.text[marks.opening + 1 : marks.closing].rstrip()
        return inner.endswith(",") or self.text[marks.closing + 1 : marks.closing + 2] == ","

    def _attributed(self, chains: list[Chain]) -> list[Quote]:
        """Rows of every quotation with its speaker; one without an attribution continues the one before."""
        quotes: list[Quote] = []
        last: dict[int, Speaker] = {}  # paragraph number -> speaker of its last attributed direct quotation
        for chain in chains:
            act = self._governing(chain.marks)
            if act is not None:
                speaker = self.resolver.resolve(act, chain.marks[0].opening)
                said_on = self._said_on(act, speaker)
            else:
                speaker, said_on = self._labelled(chain.marks[0]) or self._continued(chain, last), None
            if chain.kind == "direct" and speaker.attribution != "none":
                last[chain.paragraph_no] = speaker
            verb = act.verb_span if act is not None else None
            quotes += [Quote(span, passage_no, chain.kind, speaker, said_on, verb) for span, passage_no in chain.pieces]
        return quotes

    def _labelled(self, marks: Marks) -> Speaker | None:
        """The actor named before a colon that opens the quotation's sentence: "Moon: “...”"."""
        covering = self.index.covering(Span(marks.opening, marks.opening + 1))
        start = self.passages[covering[0]].span.start if covering else marks.opening
        if not (label := LABEL.fullmatch(self.text, start, marks.opening)):
            return None
        return self.resolver.named(Span(label.start(1), label.end(1)))

    @staticmethod
    def _continued(chain: Chain, last: dict[int, Speaker]) -> Speaker:
        """The speaker of the attributed quotation a direct one continues (curated/ANNOTATION.md 9.4)."""
        if chain.kind != "direct":
            return NO_SPEAKER
        opens_paragraph = chain.marks[0].opening == chain.marks[0].paragraph.start
        previous = last.get(chain.paragraph_no) or (last.get(chain.paragraph_no - 1) if opens_paragraph else None)
        return previous or NO_SPEAKER

    def _governing(self, chain: list[Marks]) -> SpeechAct | None:
        """The speech act that attributes a quotation, looked for from its last piece back to its first."""
        for marks in reversed(chain):
            words = [t for t in self.parse.tokens_in(Span(marks.opening + 1, _end(marks))) if not t.is_punct]
            inside = set(words)
            found = [act for token in words if (act := self._above(token, inside))]
            found += [self.acts[child] for token in words for child in token.children
                      if child not in inside and child in self.acts]
            if marks.closing is not None:
                found += [act for act in self.ordered if self._follows(act, marks)]
            if found := [act for act in found if act.phrase is not None]:
                return found[0]
        return None

    def _above(self, token: Token, inside: set[Token]) -> SpeechAct | None:
        """The first speech verb among the heads above a quoted word, outside the quotation."""
        current = token
        while current.head.i != current.i:
            current = current.head
            if current in inside:
                return None
            if current in self.acts:
                return self.acts[current]
        return None

    def _follows(self, act: SpeechAct, marks: Marks) -> bool:
        """Whether the act stands right after the closing mark, in its paragraph: “...,” <speaker> said."""
        start = min(act.verb_span.start, act.phrase.start if act.phrase else act.verb_span.start)
        return (marks.closing < start < marks.paragraph.end
                and ONLY_PUNCTUATION.fullmatch(self.text[marks.closing + 1 : start]) is not None)

    def _said_on(self, act: SpeechAct, speaker: Speaker) -> TimeExpression | None:
        """The temporal expression attached to the speech verb in the parse ("said Friday", "on Monday said"),
        or standing right before the speaker in its sentence ("a day after Moon urged")."""
        start = min(s.start for s in (act.phrase, speaker.span) if s is not None) if act.phrase else None
        for expression in (e for e in self.times if e.date is not None):
            dates_what_follows = expression.anchoring
            attached = not dates_what_follows and any(_modifies(t, act.verb) for t in self.parse.tokens_in(expression.span))
            right_before = (start is not None and expression.span.end <= start
                            and SPACES.fullmatch(self.text[expression.span.end : start]) is not None)
            if attached or right_before:
                return expression
        return None

    def _indirect(self, direct: list[Span], marked: list[Span]) -> list[Quote]:
        """Reported speech without quotation marks: the clauses speech verbs report outside the direct
        quotations `direct` (each from its opening to after its closing mark); a report inside another's
        reported clause is part of it, not a row of its own. `marked` are all quotation marks' spans."""
        found: list[tuple[SpeechAct, Quote]] = []
        for act in self.ordered:
            if act.verb_class in REPORTING_CLASSES + (ACCORDING,) and not any(q.contains(act.verb_span) for q in direct):
                found += [(act, quote) for content in act.contents if (quote := self._report(act, content, direct, marked))]
        return [quote for act, quote in found
                if not any(other is not act and report.span.contains(act.verb_span) for other, report in found)]

    def _clause(self, content: Span, direct: list[Span], marked: list[Span]) -> Span | None:
        """The reported clause: without a date it opens with, cut at a trailing segment, and up to the closing
        mark of a quotation it ends in."""
        for expression in self.times:
            if expression.span.start == content.start:
                rest = self.text[expression.span.end : content.end]
                content = Span(content.end - len(rest.lstrip(" ,")), content.end)
        if cut := SEGMENT_BREAK.search(content.text(self.text)):
            content = Span(content.start, content.start + cut.start())
        held = [q for q in direct if content.overlaps(q)]
        if held and (min(q.start for q in held) <= content.start or content.end - max(q.end for q in held) > 2):
            return None
        end = max([content.end] + [q.end for q in marked if q.start < content.end <= q.end])
        content = Span(content.start, end)
        return content if len(content.text(self.text).split()) >= INDIRECT_MIN_WORDS else None

    def _report(self, act: SpeechAct, content: Span, direct: list[Span], marked: list[Span]) -> Quote | None:
        clause = self._clause(content, direct, marked)
        if clause is None or (passages := self._passages_of(clause)) is None:
            return None
        speaker = self.resolver.resolve(act, clause.start)
        if speaker.actor_id is None and not self.resolver.quotable_without_speaker(act):
            return None
        return Quote(clause, passages[0].passage_no, "indirect", speaker, self._said_on(act, speaker), act.verb_span)


def _modifies(token: Token, verb: Token) -> bool:
    """Whether the token hangs on the verb as a noun adverbial or the object of its preposition, directly or
    through the occasion of the speech ("said during a rally on Wednesday", not "after talks on Tuesday"): a
    phrase above the token's own preposition must be one of the occasion."""
    current = token
    for _ in range(MAX_ATTACHMENT):
        if current.dep_ not in ATTACHMENT:
            return False
        if current.head == verb:
            return True
        if current.dep_ == "pobj" and current.head != token.head and current.head.lower_ not in OCCASION:
            return False
        current = current.head
    return False


def marks_span(marks: Marks) -> Span:
    """From the opening mark to after the closing mark (or to the end of the paragraph)."""
    return Span(marks.opening, _end(marks) + 1 if marks.closing is not None else marks.paragraph.end)


def _end(marks: Marks) -> int:
    """Where the quoted words end: the closing mark, or the end of the paragraph."""
    return marks.closing if marks.closing is not None else marks.paragraph.end
