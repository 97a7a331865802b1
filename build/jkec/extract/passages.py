"""Split an article into passages and decide, for each, whether it speaks about the dispute.

A passage is a sentence of a paragraph (a non-empty line), or a whole line that is not a sentence
(a headline, a navigation crumb). Verdicts, in order of precedence:

- boilerplate: the passage matches a page-furniture pattern (paywall, error message, photo credit);
- navigation / headline_list: a line that is not a sentence (no closing punctuation, nor, after more words
  than a crumb has, a colon that introduces the next line: "the ministry said:", nor a quoted sentence that a
  dash attributes: "“We will not yield.” — Kim Min-su, a lawmaker") and not the article's
  title (wherever the page puts it: after a crumb, under a list of other headlines) nor the line right after
  it (its sub-headline): up to four words is a navigation crumb, longer is a headline of some other page;
- dispute_term: the passage names a dispute term -> relevant;
- other_story: it names a term of an unrelated story -> not relevant;
- paragraph: it names neither, and a later sentence of its paragraph names a dispute term (a lead that opens
  with a quotation and names the dispute in its next sentence) -> relevant;
- context / no_dispute_term: it names neither, and takes the verdict of the story it continues (the last
  passage that had a verdict of its own); a headline list ends a story.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jkec.curated import Relevance
from jkec.extract.nlp import english
from jkec.extract.spans import Span, strip_span

SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
INTRODUCING_END = re.compile(r"\w\s*:$")  # "the ministry said:": a line that introduces the next
ATTRIBUTED_QUOTATION = re.compile(r"[.!?,][\"”’]\s*[—–]\s*[A-Z]")  # "“We will not yield.” — Kim Min-su, ..."
OPENING_QUOTE_AT_END = re.compile(r"\s([\"“‘])$")
NAVIGATION_MAX_WORDS = 4
Verdict = tuple[bool, str, str | None]  # relevant, reason, matched
PARAGRAPH_MIN_WORDS = 20  # a line this long is prose cut short (a capture ends mid-sentence), not a headline


@dataclass(frozen=True)
class Passage:
    passage_no: int
    paragraph_no: int
    span: Span
    relevant: bool
    reason: str
    matched: str | None


def paragraph_spans(text: str) -> list[Span]:
    """Non-empty lines, without surrounding white space."""
    spans, offset = [], 0
    for line in text.splitlines(keepends=True):
        span = strip_span(text, offset, offset + len(line))
        if span.end > span.start:
            spans.append(span)
        offset += len(line)
    return spans


def sentence_spans(text: str, paragraph: Span) -> list[Span]:
    """Sentences of one paragraph; an opening quotation mark left at a sentence's end moves to the next, and a
    "sentence" that opens in lower case continues the one before (“Why now?” asked the minister.)."""
    doc = english()(paragraph.text(text))
    bounds: list[tuple[int, int]] = []
    for sentence in doc.sents:
        start, end = paragraph.start + sentence.start_char, paragraph.start + sentence.end_char
        if bounds and sentence.text[:1].islower():
            bounds[-1] = (bounds[-1][0], end)
        else:
            bounds.append((start, end))
    for index in range(len(bounds) - 1):
        start, end = bounds[index]
        if OPENING_QUOTE_AT_END.search(text[start:end]):
            bounds[index], bounds[index + 1] = (start, end - 1), (end - 1, bounds[index + 1][1])
    return [span for start, end in bounds if (span := strip_span(text, start, end)).end > span.start]


TITLE_CASE_SHARE = 0.6  # a line whose words are mostly capitalised is a headline in title case
WORD = re.compile(r"[A-Za-z][\w'’-]*")


def title_case(line: str) -> bool:
    """Whether the line is written in title case (most of its words capitalised, as some headlines are)."""
    words = WORD.findall(line)
    return len(words) > 2 and sum(w[0].isupper() for w in words) >= TITLE_CASE_SHARE * len(words)


QUOTE_FORMS = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})  # the title in the manifest may straighten them


def _same_words(left: str, right: str) -> bool:
    return left.translate(QUOTE_FORMS).split() == right.translate(QUOTE_FORMS).split()


def _is_sentence_paragraph(line: str, is_title: bool) -> bool:
    introduces = bool(INTRODUCING_END.search(line)) and len(line.split()) > NAVIGATION_MAX_WORDS
    return (is_title or introduces or bool(SENTENCE_END.search(line)) or bool(ATTRIBUTED_QUOTATION.search(line))
            or len(line.split()) >= PARAGRAPH_MIN_WORDS)


class PassageClassifier:
    """Carries the verdict of the story being read from one passage to the next."""

    def __init__(self, relevance: Relevance) -> None:
        self.relevance = relevance
        self.story_relevant = False

    def boilerplate(self, passage: str) -> str | None:
        return next((p.pattern for p in self.relevance.boilerplate if p.search(passage)), None)

    def judge_line(self, line: str) -> Verdict:
        """Verdict for a line that is not a sentence."""
        if pattern := self.boilerplate(line):
            return False, "boilerplate", pattern
        if len(line.split()) <= NAVIGATION_MAX_WORDS:
            return False, "navigation", None
        self.story_relevant = False
        return False, "headline_list", None

    def _without_backdrop(self, sentence: str) -> str:
        """The sentence with its circumstance phrases ("amid the trade spat") blank."""
        backdrop = self.relevance.backdrop
        return backdrop.sub(lambda phrase: " " * len(phrase.group(0)), sentence) if backdrop else sentence

    def judge_sentence(self, sentence: str) -> Verdict:
        """Verdict for a sentence (or the title)."""
        if pattern := self.boilerplate(sentence):
            return False, "boilerplate", pattern
        if match := self.relevance.dispute_terms.search(self._without_backdrop(sentence)):
            self.story_relevant = True
            return True, "dispute_term", match.group(0)
        if match := self.relevance.other_story_terms.search(sentence):
            self.story_relevant = False
            return False, "other_story", match.group(0)
        return self.story_relevant, "context" if self.story_relevant else "no_dispute_term", None


def _within_paragraph(judged: list[tuple[Span, Verdict]]) -> list[tuple[Span, Verdict]]:
    """The sentences of a paragraph before its first dispute term that name neither kind of term are relevant:
    a paragraph speaks about what any of its sentences names."""
    first = next((i for i, (_, (_, reason, _)) in enumerate(judged) if reason == "dispute_term"), 0)
    return [(span, (True, "paragraph", None) if index < first and verdict[1] == "no_dispute_term" else verdict)
            for index, (span, verdict) in enumerate(judged)]


def split_passages(text: str, title: str, relevance: Relevance) -> list[Passage]:
    """Every passage of the article with its verdict; together they cover every non-blank line."""
    classifier = PassageClassifier(relevance)
    passages: list[Passage] = []
    after_title = False
    for paragraph_no, paragraph in enumerate(paragraph_spans(text), start=1):
        line = paragraph.text(text)
        is_title = _same_words(line, title)
        deck = after_title and len(line.split()) > NAVIGATION_MAX_WORDS
        if _is_sentence_paragraph(line, is_title=is_title or deck):
            judged = _within_paragraph([(span, classifier.judge_sentence(span.text(text)))
                                        for span in sentence_spans(text, paragraph)])
        else:
            judged = [(paragraph, classifier.judge_line(line))]
        after_title = is_title
        for span, (relevant, reason, matched) in judged:
            passages.append(Passage(len(passages) + 1, paragraph_no, span, relevant, reason, matched))
    return passages
