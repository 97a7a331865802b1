"""Quotations in relevant passages, and who said them.

Quotation marks: curly and straight, double and single. A straight mark opens after white space or an
opening bracket and before a non-space, and closes otherwise; a single mark closes only before a non-letter,
so apostrophes ("Korea's", "countries’ ") never open or close one; quotes inside a quotation are part of it.
The text is the quoted words without the marks and without a comma or period just inside the closing mark
(that punctuation belongs to the attribution sentence). A quotation left open at the end of a paragraph
continues when the next paragraph opens with a mark (the news convention for quotes running over several
paragraphs); every piece is a row, with one speaker.

A quotation is kept when every passage it touches is relevant and it is not a title or name ("a report titled ...",
"so-called ..."), and it is either a clause (`direct`: four words or more, closing punctuation, or words that open
their sentence followed by a comma or are a sentence of their own: "“It is regrettable,” the ministry said", "“We
want talks.”") or a phrase inside reported speech (`partial`: shorter, after a verb of the speech lexicon in its
sentence; or of any length, after such a verb or inside a clause a speech act reports, when the sentence carries it
on without a comma or colon before it and its words have no subject and are not the reported clause itself: "were
“a betrayal of trust”", "urged Tokyo to “withdraw the measures at once”", "are in place “to ensure proper trade
management,” the embassy said") that is neither a quoted term of art (curated/relevance.yaml: scare quotes such as
"white lists") nor a name (every word capitalised: "the “Candlelight Revolution”").

Its speaker comes from the parse (extract/speech.py, extract/speakers.py): the speech act whose verb the
quotation's words depend on ("“...,” Kim said", "Kim said that “...”", "..., insisting that “...”"), or that
depends on them ("“...,” according to X"), or whose reported clause holds them ("The curbs, he said, were
“unfair”"), or, failing the parse, the act that follows the closing mark with nothing but punctuation between
("“...,” the ministry said"), or the act whose verb opens it with only its own words and a comma or colon
between ("..., telling reporters, “...”", also from the end of the paragraph before: "the ministry said:"), or
an actor's name before a colon that opens the sentence ("Moon: “...”"). A quotation with no attribution of its
own continues the one before it (curated/ANNOTATION.md 9.4): the previous attributed quotation of its
paragraph or report by the verb of a sentence there ("Sung said the talks would go on. “We are ready.”"),
whichever is later, or, when it opens its paragraph, the same in the paragraph before; it
keeps that speaker and attribution, but not the date. Otherwise the speaker is left empty: a guessed speaker
is an error.

Reported speech without quotation marks is `indirect`: the clausal complement of a speech verb ("<speaker>
said (that) <clause>", "<clause>, <speaker> said", "told reporters that", "urged that"), ending before a
trailing segment that is the reporter's own context (", and", ", but", ", as", ", when", ", a day after",
"amid ...", ", according to ...", a participle clause ", effectively opposing ..."). A report is kept only
when the speaker resolves to an actor, or is people or a body a common noun describes ("analysts said ...",
"the minister said ...", "officials said ...": with no speaker when no rule ties them to one actor), and the
verb stands outside quotation marks; a clause that opens with a quotation as long as a clause (a direct one,
or a partial one of four words or more) is left to it, and one that holds such a quotation is kept only when
the quotation ends it, up to its closing mark ("Kajiyama said he was confident that “...”" is both an indirect
report and, inside it, a direct quotation); a shorter quoted phrase stays inside the report.

`said_on` is the date of a temporal expression the parse attaches to the speech verb, directly or through the
occasion of the speech ("Kajiyama said Friday", "Moon on Monday said", "said during a rally on Wednesday",
"Speaking to reporters on Tuesday, Kajiyama said"; not "said after a meeting on Tuesday", which dates the
meeting), or of one standing right before the speaker ("a day after Moon urged that ..."), or of one that a
lone preposition joins to the verb ("said on Sunday it had ...", which the parser may hang inside the reported
clause; that clause then opens after it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from jkec.curated import SpeechVerbs
from jkec.extract.parse import Parse
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex
from jkec.extract.speakers import NO_SPEAKER, Phrase, Speaker, SpeakerResolver
from jkec.extract.speech import ACCORDING, SUBJECTS, SpeechAct
from jkec.extract.temporal import GERUND, TimeExpression

DOUBLE_OPEN, DOUBLE_CLOSE, SINGLE_OPEN, SINGLE_CLOSE = "“", "”", "‘", "’"
STRAIGHT = {'"': "double", "'": "single"}
MARK_CHARACTERS = re.compile("[“”‘’\"']")
TITLE_BEFORE = re.compile(r"\b(?:titled|entitled|named|dubbed|so-called|known as|slogan)\s*$", re.IGNORECASE)
SEGMENT_BREAK = re.compile(  # a comma may stand inside the closing mark of a quotation ("“... culturally,” speaking")
    r",?\s+amid\b|,\s+(?=according\s+to\b)|,[”\"’]?\s+(?:(?:while|whereas|although|when|as(?!\s+well\b))\s+"
    rf"|(?=(?:(?:a|an|one|two|three|hours|days|weeks)\s+(?:\w+\s+)?)?after\b)|(?=(?:\w+ly\s+|without\s+)?{GERUND}))"
)
NAME_WORDS = re.compile(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)+")  # "Candlelight Revolution": a name, not words said
ONLY_PUNCTUATION = re.compile(r"[\s,.;:—–-]*")
INTRODUCING = re.compile(r"(?:[^,:\n]*[^\s,:])?\s*[,:]\s*")  # "telling reporters, “...”": a comma or colon last
LABEL = re.compile(r"\s*(\S.*?)\s*:\s*")  # "Moon: “...”": a speaker's name as the label of the words
TRAILING_LABEL = re.compile(r"\s*[:—–]\s*([^\s:—–,][^,]*?)\s*(?:,.*)?")  # "“...”: Moon", "“...” — Moon, in Seoul"
SPACES = re.compile(r" *")
CLAUSE_SUBJECTS = (*SUBJECTS, "expl")  # quoted words with one of these hold a clause of their own
CLAUSE_HEADS = ("ccomp", "ROOT")  # and so do quoted words whose head is a reported clause
REPORTING_CLASSES = ("report", "directive", "commissive")
ATTACHMENT = ("prep", "pobj", "npadvmod", "tmod", "nmod", "compound")  # "said Friday", "in his March 1 speech"
OCCASION = ("during", "at", "in")  # prepositions that give the occasion of the speech: "said at a briefing on Friday"
MAX_ATTACHMENT = 6
PARTICIPLES = ("VBG", "VBN")  # "Speaking to reporters on Tuesday, ...", "Asked on Tuesday about ..., ..."
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
        quotes = self._attributed(chains, paragraphs)
        direct = {Span(c.marks[0].opening, marks_span(c.marks[-1]).end): c.kind for c in chains
                  if clause_long(c.kind, c.pieces[0][0].text(self.text))}
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
        long = len(first_words.split()) >= DIRECT_MIN_WORDS
        embedded = self._reported(chain[0], before) and self._embedded_phrase(chain[0], before)
        if (len(pieces) > 1 or (long and not embedded) or first_words[-1] in ".!?"
                or self._opens_attributed(chain[0], before, first_words)):
            kind = "direct"
        elif (long and embedded) or ((embedded or self.speech_verbs.search(before))
                                     and not self.scare_terms.fullmatch(first_words.strip())
                                     and not NAME_WORDS.fullmatch(first_words)):
            kind = "partial"
        else:
            return None
        return Chain(chain, [(span, passages[0].passage_no) for span, passages in pieces], kind, number[chain[0].paragraph.start])

    def _reported(self, marks: Marks, before: str) -> bool:
        """Whether the quotation stands in reported speech: after a speech verb of its sentence, or inside a clause
        a speech act reports ("The curbs are in place “to ensure proper trade management,” the embassy said")."""
        return bool(self.speech_verbs.search(before)) or (
            marks.closing is not None and any(self._holds(act, marks) for act in self.ordered))

    def _embedded_phrase(self, marks: Marks, before: str) -> bool:
        """Whether the quotation is a phrase that a report carries on inside its sentence ("told reporters the curbs
        were “a betrayal of trust.”", "urged Tokyo to “withdraw the measures at once”", "The curbs “hurt us more than
        them,” he said"): neither a clause (words with a subject, or the reported clause itself with no subject
        outside the marks: "said that “...”") nor words set off by a comma or colon ("said: “Withdraw them.”")."""
        lead = before.rstrip()
        if marks.closing is None or not lead or lead[-1] in ",:":
            return False
        words = self.parse.tokens_in(Span(marks.opening + 1, marks.closing))
        inside = set(words)
        clause = any(t.dep_ in CLAUSE_SUBJECTS or (t.head not in inside and t.dep_ in CLAUSE_HEADS and not any(
            c.dep_ in CLAUSE_SUBJECTS and c not in inside for c in t.children)) for t in words)
        return bool(words) and not clause

    def _opens_attributed(self, marks: Marks, before: str, words: str) -> bool:
        """Whether a short quotation opens its sentence and either a comma follows its words, inside or after the
        closing mark (“It is regrettable,” the ministry said), or it is a sentence of its own (“We want talks.”)."""
        if before.strip() or marks.closing is None or self.scare_terms.fullmatch(words.strip()):
            return False
        inner = self.text[marks.opening + 1 : marks.closing].rstrip()
        return inner.endswith((",", ".", "!", "?")) or self.text[marks.closing + 1 : marks.closing + 2] == ","

    def _attributed(self, chains: list[Chain], paragraphs: list[Span]) -> list[Quote]:
        """Rows of every quotation with its speaker; one without an attribution continues the one before."""
        quotes: list[Quote] = []
        last: dict[int, tuple[int, Speaker]] = {}  # paragraph number -> its last attributed direct quotation
        for chain in chains:
            act = self._governing(chain.marks)
            if act is not None:
                speaker = self.resolver.resolve(act, chain.marks[0].opening)
                said_on = self._said_on(act, speaker)
            else:
                speaker = self._labelled(chain.marks[0]) or self._introduced(chain.marks[0])
                speaker, said_on = speaker or self._continued(chain, last, paragraphs), None
            if chain.kind == "direct" and speaker.attribution != "none":
                last[chain.paragraph_no] = (chain.marks[0].opening, speaker)
            verb = act.verb_span if act is not None else None
            quotes += [Quote(span, passage_no, chain.kind, speaker, said_on, verb) for span, passage_no in chain.pieces]
        return quotes

    def _introduced(self, marks: Marks) -> Speaker | None:
        """The actor named at the opening of the clause that introduces the quotation with a colon, whatever its
        verb ("Sato Min-ho, who chairs a business lobby, put it simply: “...”", "Seoul had a blunt message: “...”")."""
        covering = self.index.covering(Span(marks.opening, marks.opening + 1))
        if not covering:
            return None
        start = self.passages[covering[0]].span.start
        if not self.text[start : marks.opening].rstrip().endswith(":"):
            return None
        return self.resolver.opening(Span(start, marks.opening)) or self._introducing_subject(Span(start, marks.opening))

    def _introducing_subject(self, span: Span) -> Speaker | None:
        """Who the subject of the clause before a colon names, when no name opens it ("A senior Japanese official,
        speaking on condition of anonymity, put it plainly: “...”": the government)."""
        words = self.parse.tokens_in(span)
        subject = next((t for t in words if t.dep_ in SUBJECTS and t.head in words), None)
        if subject is None:
            return None
        speaker = self.resolver.names(Phrase.of(subject), span.start)
        return speaker if speaker.actor_id is not None else None

    def _labelled(self, marks: Marks) -> Speaker | None:
        """The actor named before a colon that opens the quotation's sentence ("Moon: “...”"), or, in a headline's
        style, after a colon or dash that ends the line the quotation opens ("‘No change in policy’: Suga")."""
        covering = self.index.covering(Span(marks.opening, marks.opening + 1))
        start = self.passages[covering[0]].span.start if covering else marks.opening
        label = LABEL.fullmatch(self.text, start, marks.opening)
        if label is None and marks.closing is not None and marks.opening == marks.paragraph.start:
            label = TRAILING_LABEL.fullmatch(self.text, marks.closing + 1, marks.paragraph.end)
        return self.resolver.named(Span(label.start(1), label.end(1))) if label else None

    def _continued(self, chain: Chain, last: dict[int, tuple[int, Speaker]], paragraphs: list[Span]) -> Speaker:
        """The speaker of the attributed quotation or report a direct one continues (curated/ANNOTATION.md 9.4):
        the later of the last of each in its paragraph before it ("Sung said the talks would go on. “We are
        ready.”"), or, for one that opens its paragraph, in the paragraph before."""
        if chain.kind != "direct":
            return NO_SPEAKER
        marks = chain.marks[0]
        if marks.opening == marks.paragraph.start:
            before = paragraphs[chain.paragraph_no - 1] if chain.paragraph_no > 0 else None
            found = [last.get(chain.paragraph_no - 1), self._report_in(before) if before else None]
        else:
            found = [last.get(chain.paragraph_no), self._report_in(Span(marks.paragraph.start, marks.opening))]
        found = [f for f in found if f is not None]
        return max(found, key=lambda f: f[0])[1] if found else NO_SPEAKER

    def _report_in(self, span: Span) -> tuple[int, Speaker] | None:
        """The last attributed report whose verb stands in the span, by the verb of its sentence (not "X disputed
        a Korean official's statement that ..."), with where that verb stands."""
        reports = [act for act in self.ordered if act.contents and act.phrase is not None and act.verb.dep_ == "ROOT"
                   and span.start <= act.verb_span.start < span.end]
        for act in reversed(reports):
            if (speaker := self.resolver.resolve(act, act.verb_span.start)).attribution != "none":
                return act.verb_span.start, speaker
        return None

    def _governing(self, chain: list[Marks]) -> SpeechAct | None:
        """The speech act that attributes a quotation, looked for from its last piece back to its first."""
        for marks in reversed(chain):
            words = [t for t in self.parse.tokens_in(Span(marks.opening + 1, _end(marks))) if not t.is_punct]
            inside = set(words)
            found = [act for token in words if (act := self._above(token, inside))]
            found += [self.acts[child] for token in words for child in token.children
                      if child not in inside and child in self.acts]
            found += [act for act in self.ordered if self._holds(act, marks)]
            if marks.closing is not None:
                found += [act for act in self.ordered if self._follows(act, marks)]
            found += [act for act in self.ordered if self._introduces(act, marks)]
            if found := [act for act in found if act.phrase is not None]:
                return found[0]
        return None

    def _holds(self, act: SpeechAct, marks: Marks) -> bool:
        """Whether a clause the act reports holds the quotation (from its opening mark to its last word) with no
        other speech verb or noun before it there ("The curbs, he said, were “unfair”"; not "X renewed its call to
        “retract” ..., the ministry said")."""
        words = self.text[marks.opening + 1 : _end(marks)].rstrip(" ,.")
        quoted = Span(marks.opening, marks.opening + 1 + len(words))
        return any(content.contains(quoted) and not any(
            other is not act and Span(content.start, quoted.start).contains(other.verb_span) for other in self.ordered)
            for content in act.contents)

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

    def _introduces(self, act: SpeechAct, marks: Marks) -> bool:
        """Whether the act's verb, with nothing after it but its own words ("telling reporters", "said in a
        statement") and a comma or colon, opens the quotation: "..., telling reporters, “...”" (a parse that hangs
        the verb's clause on the quoted words instead), or the paragraph it opens: "the ministry said:\n“...”"."""
        if not act.verb_span.end <= marks.opening or (act.verb_span.end < marks.paragraph.start
                                                       and marks.opening != marks.paragraph.start):
            return False
        between = [t for t in self.parse.tokens_in(Span(act.verb_span.end, marks.opening)) if not t.is_space]
        own = {t.i for t in act.verb.subtree}
        return (INTRODUCING.fullmatch(self.text, act.verb_span.end, marks.opening) is not None
                and all(t.is_punct or (t.doc is act.verb.doc and t.i in own) for t in between))

    def _said_on(self, act: SpeechAct, speaker: Speaker) -> TimeExpression | None:
        """The temporal expression attached to the speech verb in the parse ("said Friday", "on Monday said"),
        or standing right before the speaker in its sentence ("a day after Moon urged")."""
        start = min(s.start for s in (act.phrase, speaker.span) if s is not None) if act.phrase else None
        for expression in (e for e in self.times if e.date is not None):
            dates_what_follows = expression.anchoring
            attached = not dates_what_follows and any(_modifies(t, act.verb) for t in self.parse.tokens_in(expression.span))
            right_before = (start is not None and expression.span.end <= start
                            and SPACES.fullmatch(self.text[expression.span.end : start]) is not None)
            right_after = not dates_what_follows and self._dated_by_preposition(act.verb_span.end, expression)
            if attached or right_before or right_after:
                return expression
        return None

    def _dated_by_preposition(self, start: int, expression: TimeExpression) -> bool:
        """Whether the text from `start` is a preposition whose object is the temporal expression ("said on Sunday
        it had ...", where the parser may hang the date inside the reported clause; not "In Wednesday's talks")."""
        between = self.parse.tokens_in(Span(start, expression.span.start))
        words = self.parse.tokens_in(expression.span)
        return (len(between) == 1 and between[0].pos_ == "ADP" and bool(words) and words[-1].dep_ == "pobj"
                and self.text[start : expression.span.start].split() == [between[0].text])

    def _indirect(self, direct: dict[Span, str], marked: list[Span]) -> list[Quote]:
        """Reported speech without quotation marks: the clauses speech verbs report outside the quotations as
        long as a clause `direct` (each from its opening to after its closing mark); a report inside another's
        reported clause is part of it, not a row of its own, unless the other is "according to" a source of a sentence
        whose own verb reports ("According to Kyodo, Kajiyama told reporters ...": Kajiyama's report). `direct`
        gives each such quotation's kind; `marked` are all quotation marks' spans."""
        found: list[tuple[SpeechAct, Quote]] = []
        for act in self.ordered:
            if act.verb_class in REPORTING_CLASSES + (ACCORDING,) and not any(q.contains(act.verb_span) for q in direct):
                found += [(act, quote) for content in act.contents if (quote := self._report(act, content, direct, marked))]
        sources = {act.verb for act, _ in found if act.verb_class == ACCORDING and any(
            other is not act and other.verb == act.verb.sent.root for other, _ in found)}
        kept = [(act, quote) for act, quote in found if act.verb not in sources]
        return [quote for act, quote in kept
                if not any(other is not act and report.span.contains(act.verb_span) for other, report in kept)]

    def _clause(self, content: Span, direct: dict[Span, str], marked: list[Span]) -> Span | None:
        """The reported clause: without a date it opens with (with its preposition: "on Sunday it had"), cut at a
        trailing segment, and up to the closing mark of a quotation it ends in; none when a quotation opens it or a
        whole quoted sentence stands inside it (a partial quotation may: "said the change was needed because Japan
        “does not abide by ...” of export control")."""
        for expression in self.times:
            if expression.span.start == content.start or self._dated_by_preposition(content.start, expression):
                rest = self.text[expression.span.end : content.end]
                content = Span(content.end - len(rest.lstrip(" ,")), content.end)
        if cut := SEGMENT_BREAK.search(content.text(self.text)):
            content = Span(content.start, content.start + cut.start())
        held = [q for q in direct if content.overlaps(q)]
        sentences = [q for q in held if direct[q] != "partial"]
        if held and (min(q.start for q in held) <= content.start
                     or sentences and content.end - max(q.end for q in sentences) > 2):
            return None
        end = max([content.end] + [q.end for q in marked if q.start < content.end <= q.end])
        content = Span(content.start, end)
        return content if len(content.text(self.text).split()) >= INDIRECT_MIN_WORDS else None

    def _report(self, act: SpeechAct, content: Span, direct: dict[Span, str], marked: list[Span]) -> Quote | None:
        clause = self._clause(content, direct, marked)
        if clause is None or (passages := self._passages_of(clause)) is None:
            return None
        speaker = self.resolver.resolve(act, clause.start)
        if speaker.actor_id is None and not self.resolver.quotable_without_speaker(act):
            return None
        return Quote(clause, passages[0].passage_no, "indirect", speaker, self._said_on(act, speaker), act.verb_span)


def _modifies(token: Token, verb: Token) -> bool:
    """Whether the token hangs on the verb as a noun adverbial or the object of its preposition, directly or
    through the occasion of the speech ("said during a rally on Wednesday", "Speaking on Tuesday, he said"; not
    "after talks on Tuesday"): a phrase above the token's own preposition must be one of the occasion."""
    current = token
    for _ in range(MAX_ATTACHMENT):
        if current.i != token.i and _occasion_participle(current, verb):
            return True
        if current.dep_ not in ATTACHMENT:
            return False
        if current.head == verb:
            return True
        if current.dep_ == "pobj" and current.head != token.head and current.head.lower_ not in OCCASION:
            return False
        current = current.head
    return False


def _occasion_participle(token: Token, verb: Token) -> bool:
    """Whether the token is a participle clause of the verb or of its speaker with no conjunction, which gives the
    occasion of the speech ("Speaking to reporters on Tuesday, Kajiyama said", "Kajiyama, speaking at a news
    conference on Tuesday, said"; not "After meeting Kim on Tuesday, ...")."""
    of_verb = token.head == verb and token.dep_ == "advcl"
    of_speaker = token.dep_ == "acl" and token.head.dep_ in SUBJECTS and token.head.head == verb
    return (of_verb or of_speaker) and token.tag_ in PARTICIPLES and not any(
        child.dep_ == "mark" or child.pos_ == "ADP" and child.i < token.i for child in token.children)


def clause_long(kind: str, words: str) -> bool:
    """Whether a quotation gives someone's wording at the length of a clause: a direct one, or a partial one of
    four words or more ("to “check the current situation, rather than find a solution”"), not a word or two
    ("“unfair”")."""
    return kind == "direct" or (kind == "partial" and len(words.split()) >= DIRECT_MIN_WORDS)


def marks_span(marks: Marks) -> Span:
    """From the opening mark to after the closing mark (or to the end of the paragraph)."""
    return Span(marks.opening, _end(marks) + 1 if marks.closing is not None else marks.paragraph.end)


def _end(marks: Marks) -> int:
    """Where the quoted words end: the closing mark, or the end of the paragraph."""
    return marks.closing if marks.closing is not None else marks.paragraph.end
