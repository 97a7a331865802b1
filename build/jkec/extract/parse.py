"""The parse of an article's passages (curated/language_model.yaml), with offsets into the raw text.

The extractor parses the relevant passages where an event predicate or a speech verb may stand (guessed from
the lemmatizer's tables, extract/nlp.py), each passage as one text, those of several articles in one `nlp.pipe`
call. A passage's Doc carries its start in the article as `user_data["offset"]`, so every token has a raw offset
(`token_span`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Token

from jkec.extract.passages import WORD, Passage, title_case
from jkec.extract.spans import Span

GRAMMAR_WORDS = frozenset({  # the words a title-case headline capitalises that are never names
    "a", "an", "the", "and", "or", "but", "as", "at", "by", "for", "from", "in", "into", "of", "on", "over", "to",
    "with", "against", "amid", "after", "before", "despite", "its", "their", "is", "are", "was", "will", "not"})


DATELINE = re.compile(  # "SEOUL, South Korea (AP) — ", "TOKYO (Reuters) - ", "Seoul (AFP) - ", "TOKYO -- "
    r"[A-Z][A-Za-z.'’/ -]{1,30}?(?:,[^,()\n]{1,30})?\s*\([^()\n]{1,30}\)\s*(?:--|—|–|-)\s*"
    r"|[A-Z][A-Z.'’/ -]{1,30}(?:,[^,()\n]{1,30})?\s*(?:--|—|–)\s*")


def parser_text(text: str, common: Callable[[str], bool]) -> str:
    """A passage as the parser reads it: without a dateline that opens it (the place of the report is no subject
    of its first sentence), so the end of the passage (what the parser reads is always its end), and with a
    headline written in title case having its capitalised words that are `common` (codebook and grammar words:
    "S. Korea Suspends WTO Case Against Japan") in lower case after its first word, so that the parser sees
    their part of speech; the length of what is read, and so every offset, is kept."""
    if dateline := DATELINE.match(text):
        text = text[dateline.end() :]
    if not title_case(text):
        return text

    def lowered(word: re.Match) -> str:
        form = word.group(0)
        keep = word.start() == 0 or not form.isascii() or form.isupper() or not common(form)
        return form if keep else form.lower()

    return WORD.sub(lowered, text)


def text_length(doc: Doc) -> int:
    """The length of the parsed text (`len(doc.text)`, without joining the text of every token)."""
    return doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0


def token_span(token: Token) -> Span:
    start = token.doc.user_data["offset"] + token.idx
    return Span(start, start + len(token.text))


def tokens_span(tokens: Iterable[Token]) -> Span:
    """The raw span from the first to the last of `tokens` (which must not be empty)."""
    spans = [token_span(token) for token in tokens]
    return Span(min(s.start for s in spans), max(s.end for s in spans))


class Parse:
    """The parsed passages of one article (`docs`, by passage number), and the tokens at raw offsets."""

    def __init__(self, passages: list[Passage], docs: list[Doc]) -> None:
        """`docs`: the parse of each of `passages`' texts as the parser reads them (`parser_text`: the end of
        the passage), in the same order."""
        self.docs: dict[int, Doc] = {passage.passage_no: doc for passage, doc in zip(passages, docs, strict=True)}
        self.tokens: list[Token] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        for passage, doc in zip(passages, docs):
            doc.user_data["offset"] = offset = passage.span.end - text_length(doc)
            for token in doc:
                self.tokens.append(token)
                self._starts.append(offset + token.idx)
                self._ends.append(offset + token.idx + len(token))

    def tokens_in(self, span: Span) -> list[Token]:
        """The tokens lying wholly inside `span`, in text order."""
        first = bisect.bisect_left(self._starts, span.start)
        last = bisect.bisect_left(self._starts, span.end, lo=first)
        return [self.tokens[i] for i in range(first, last) if self._ends[i] <= span.end]


SAYING = ("say", "tell", "add")  # the verb a participle set off after the subject leads to


def set_off_participle(token: Token) -> bool:
    """Whether a past form set off by commas right after the subject is a participle the parser read as a verb
    ("Seko, asked whether Tokyo would reconsider, said ...": Seko was asked; he asked nothing): the saying verb after
    its closing comma has no subject of its own and is joined to it."""
    doc = token.doc
    if token.tag_ != "VBD" or token.i < 2 or doc[token.i - 1].text != ",":
        return False
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.i > token.i or subject.right_edge.i not in (token.i - 2, token.i - 1):
        return False
    saying = [t for t in (*token.children, token.head) if t.i > token.i and t.lemma_.lower() in SAYING
              and doc[t.i - 1].text == "," and not any(c.dep_ == "nsubj" for c in t.children)]
    return bool(saying)
