"""One article in, its rows out: the pure per-article step that a process pool maps over the corpus."""

from __future__ import annotations

import hashlib

from jkec.curated import Curated
from jkec.extract.actors import ActorMatcher, ActorMention
from jkec.extract.candidates import CandidateFinder
from jkec.extract.events import EventMention, Quotation, find_event_mentions, product_pattern, speech_patterns
from jkec.extract.frames import FrameIndex
from jkec.extract.nlp import LemmaGuesser, parser
from jkec.extract.parse import GRAMMAR_WORDS, Parse, parser_text
from jkec.extract.passages import Passage, paragraph_spans, split_passages
from jkec.extract.places import PlaceFinder
from jkec.extract.quotes import Quote, QuoteFinder, marks_span, quotation_marks, speech_verb_pattern
from jkec.extract.spans import Span
from jkec.extract.speakers import SpeakerResolver
from jkec.extract.speech import ACCORDING, SpeechAct, SpeechFinder
from jkec.extract.statements import StatementCoder
from jkec.extract.temporal import Anchor, TimeExpression, tag_expressions
from jkec.extract.time_words import time_patterns
from jkec.extract.titles import TitleResolver
from jkec.precision import period_end
from jkec.sources.articles import Article

Rows = dict[str, list[dict]]
PARSE_BATCH = 64  # passages the model parses at once: about the speed of larger batches, a third of their memory


def offsets(span: Span | None, prefix: str = "") -> dict[str, int | None]:
    """A span's offsets as the fields `<prefix>char_start` and `<prefix>char_end` (empty without a span)."""
    return {f"{prefix}char_start": span.start if span else None, f"{prefix}char_end": span.end if span else None}


def words(text: str, span: Span | None, prefix: str = "") -> dict[str, int | str | None]:
    """A span's offsets and its words, the field `<prefix>text`."""
    return {**offsets(span, prefix), f"{prefix}text": span.text(text) if span else None}


def dated(time: TimeExpression | None, field: str) -> dict[str, str | None]:
    """An expression's date (ISO) and its precision as the fields `<field>` and `<field>_precision`."""
    return {field: time.date.isoformat() if time and time.date else None,
            f"{field}_precision": time.precision if time else None}


def record_id(prefix: str, *parts: object) -> str:
    """A stable identifier derived from the record's content, never from its row number."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:12]}"


class Extractor:
    """Holds what is costly to build once (matchers, patterns); `extract` depends only on its article."""

    def __init__(self, curated: Curated) -> None:
        self.curated = curated
        self.actor_matcher = ActorMatcher(curated.actors, curated.roles, frozenset(curated.speech_verbs.nouns)
                                          | curated.speech_verbs.documents | curated.word_classes["voiced"])
        self.title_resolver = TitleResolver(curated.offices)
        self.candidate_finder = CandidateFinder(curated.roles, curated.offices, curated.speech_verbs, curated.actors)
        self.products = product_pattern(curated.products)
        self.statement_coder = StatementCoder(curated.statements, curated.roles, curated.actors, self.products,
                                              {code: t.fixed_status for code, t in curated.event_types.items()},
                                              curated.relevance.dispute_terms)
        self.place_finder = PlaceFinder(curated.places)
        self.nlp = parser(curated.language_model)
        self.lemma_guesser = LemmaGuesser(self.nlp)
        self.frames = FrameIndex({code: event_type.frames for code, event_type in curated.event_types.items()})
        self.predicates = frozenset(  # a phrasal predicate ("turn down") may stand where its verb does
            p.split(" ", 1)[0] for t in curated.event_types.values() for f in t.frames for p in f.predicates)
        self.speech_finder = SpeechFinder(curated.speech_verbs)
        self.speech_verbs = speech_verb_pattern(curated.speech_verbs)
        self.event_speech = speech_patterns(curated.speech_verbs)
        self.time_words = time_patterns(curated.time_words)
        speech_words = ({lemma.split()[0] for lemma in curated.speech_verbs.lemmas()} | {ACCORDING}
                        | set(curated.speech_verbs.nouns))
        self.parsed_lemmas = self.predicates | speech_words  # a passage is parsed where one of them may stand
        self.common_words = self.parsed_lemmas | GRAMMAR_WORDS | {w for words in curated.word_classes.values() for w in words}

    def actor_mentions(self, article: Article, passages: list, acts: list[SpeechAct]) -> tuple[list[ActorMention], dict]:
        """Dictionary, title and candidate mentions (in text order), and the actors they refer to."""
        text = article.text
        known = (self.curated.offices.holders(article.published, period_end(article.published, article.published_precision))
                 if article.published and article.published_precision else frozenset())
        named = self.actor_matcher.mentions(text, passages, known)
        titles = self.title_resolver.mentions(text, passages, named, article.published, article.published_precision)
        titles = [t for t in titles if not any(m.span.contains(t.span) for m in named)]
        named = [m for m in named if not any(t.span.contains(m.span) for t in titles)] + titles
        candidates = self.candidate_finder.find(text, passages, named, self.candidate_finder.speakers(text, acts))
        found = [m for c in candidates for m in c.mentions]
        named = [m for m in named if not any(f.span != m.span and f.span.contains(m.span) for f in found)]
        mentions = sorted([*named, *found], key=lambda m: (m.span.start, m.span.end))
        return mentions, {**self.curated.actors, **{c.actor.actor_id: c.actor for c in candidates}}

    def extract(self, article: Article) -> Rows:
        return self.extract_many([article])[0]

    def extract_many(self, articles: list[Article]) -> list[Rows]:
        """The rows of each article, as `extract` gives them; the passages of all of them are parsed in one
        `nlp.pipe` call, in batches of PARSE_BATCH (the same parse, in less time than a call per article)."""
        passages = [split_passages(article.text, article.title, self.curated.relevance) for article in articles]
        parsed = [self.parsed_passages(article.text, found) for article, found in zip(articles, passages)]
        texts = [parser_text(p.span.text(article.text), self.common)
                 for article, chosen in zip(articles, parsed) for p in chosen]
        docs = iter(self.nlp.pipe(texts, batch_size=PARSE_BATCH))
        return [self.rows(article, found, Parse(chosen, [next(docs) for _ in chosen]))
                for article, found, chosen in zip(articles, passages, parsed)]

    def common(self, word: str) -> bool:
        """Whether a word may be one of the codebook's or a grammar word (in any of its forms)."""
        return bool(self.lemma_guesser.lemmas(word) & self.common_words)

    def parsed_passages(self, text: str, passages: list[Passage]) -> list[Passage]:
        """The relevant passages where a codebook predicate or a speech word may stand: those parsed."""
        may_hold = self.lemma_guesser.may_hold
        return [p for p in passages if p.relevant and may_hold(p.span.text(text), self.parsed_lemmas)]

    def rows(self, article: Article, passages: list[Passage], parse: Parse) -> Rows:
        """The article's rows, from its passages and their parse."""
        text, source_id = article.text, article.source_id
        acts = self.speech_finder.find(parse)
        mentions, actors = self.actor_mentions(article, passages, list(acts.values()))
        paragraphs = paragraph_spans(text)
        anchor = Anchor(article.published, article.published_precision)
        relevant = [p.span for p in passages if p.relevant]
        times = tag_expressions(text, relevant, anchor, self.time_words, self.curated.date_window)
        marked = {paragraph: quotation_marks(text, paragraph) for paragraph in paragraphs}
        quoted = [marks_span(marks) for paragraph_marks in marked.values() for marks in paragraph_marks]
        resolver = SpeakerResolver(text, mentions, actors, self.curated.roles, self.curated.offices, quoted, parse,
                                   list(acts.values()), [p for p in passages if p.relevant])
        quotes = QuoteFinder(text, passages, self.curated.relevance.scare_quote_terms, self.speech_verbs, times, parse, acts,
                             resolver).find(paragraphs, marked)
        attributed = {q.span.start - 1: q for q in quotes if q.kind != "indirect"}
        quotations = [
            Quotation(
                marks_span(marks),
                attributed[marks.opening].speaker.actor_id if marks.opening in attributed else None,
                attributed[marks.opening].said_on if marks.opening in attributed else None,
                quoted=True,
            )
            for paragraph in paragraphs
            for marks in marked[paragraph]
        ] + [Quotation(q.span, q.speaker.actor_id, q.said_on, quoted=False) for q in quotes if q.kind == "indirect"]
        events = find_event_mentions(text, passages, mentions, self.curated.event_types, self.frames, actors, self.products, times, quotations,
                                     anchor, self.place_finder.find(text, relevant), parse.docs, self.curated.word_classes,
                                     self.event_speech, self.time_words, resolver)
        events = self.statement_coder.mentions(text, quotes, events, passages, actors, parse, mentions)
        fields = self.curated.row_fields
        return {
            "passages": [fields["passages"].record(p, source_id=source_id, **offsets(p.span)) for p in passages],
            "actor_mentions": [fields["actor_mentions"].record(m, source_id=source_id, **words(text, m.span))
                               for m in mentions],
            "quotes": [self.quote_record(q, source_id, text) for q in quotes],
            "time_expressions": [fields["time_expressions"].record(t, source_id=source_id, char_start=t.span.start,
                                                                   text=t.span.text(text), resolved=t.date is not None)
                                 for t in times],
            "candidate_actors": [fields["candidate_actors"].record(a, source_id=source_id)
                                 for a in actors.values() if a.actor_id not in self.curated.actors],
            "event_mention_candidates": [self.event_record(e, source_id, text) for e in events],
        }

    def quote_record(self, q: Quote, source_id: str, text: str) -> dict:
        """A quote's row: its words, its speaker and when it was said."""
        speaker = q.speaker
        return self.curated.row_fields["quotes"].record(
            q, quote_id=record_id("q", source_id, q.span.start, q.span.end), source_id=source_id, **words(text, q.span),
            speaker_actor_id=speaker.actor_id, speaker_mention=speaker.span.text(text) if speaker.span else None,
            **offsets(speaker.span, "speaker_"), attribution=speaker.attribution, **dated(q.said_on, "said_on"),
        )

    def event_record(self, e: EventMention, source_id: str, text: str) -> dict:
        """An event mention's row: its passage, trigger, date, place, and what it tells of its event."""
        return self.curated.row_fields["event_mention_candidates"].record(
            e, source_id=source_id, **words(text, e.passage), **words(text, e.trigger, "trigger_"),
            **words(text, e.time.span if e.time else None, "date_"), **dated(e.time, "date"),
            location=e.place.place if e.place else None, **words(text, e.place.span if e.place else None, "location_"),
            products="|".join(e.products) or None,
        )
