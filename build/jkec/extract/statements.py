"""Statements: an attributed quotation of someone who speaks for a party is itself an event, coded as
ANNOTATION.md §5 says, by the codebook's `statements` block (curated/event_types.yaml):

- the speaker is an actor of one of its actor types; an uncurated person only with an office in the title
  (curated/roles.yaml, `office_roles`): a protester's or an analyst's words are no party's position;
- the type is the first of `by_words` whose words the statement holds ("the curbs are retaliation" accuses,
  "it is not retaliation" denies, "unfair" criticizes), with the other side as target (the party of another
  country the words name, else the article's other party); failing that, a direct quotation (or a quoted phrase
  of four words or more inside reported speech) is a statement of position (`otherwise`), with no target, and
  so is reported speech whose words name the dispute (a dispute term of curated/relevance.yaml: "the minister
  said the export curbs rest on security grounds", also when they tell the other side's act) or refer back to
  it by a noun of `about` ("the controls", "the restrictions", "the restoration"); other reported speech is left
  to the frames;
- one mention per speaker, sentence and type (a position and an added allegation are two), dated when the
  statement is (`said_on`);
- none when the speech verb is another event's predicate ("urged", "denied", "told Ruritania"), except a
  position the frames read that the words make an accusation, a denial or a criticism (then it is that); a
  position the frames read on a verb that is also another type's predicate is that type only ("told Seoul
  to tighten ..." demands);
- none when the words report an act of the speaker's own country ("it would drop its complaint": the act is
  coded, not the statement); an act of the other side reported in them does not stop the statement ("Japan's
  easing is not a solution, the minister said" is both).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from itertools import groupby

from spacy.tokens import Token

from jkec.curated import Actor, Roles, Statements
from jkec.extract.actors import ActorMention, office_word
from jkec.extract.events import EventMention, dispute_parties, other_party, products_named, side
from jkec.extract.frames import future_by_auxiliary, is_negation
from jkec.extract.parse import Parse, token_span, tokens_span
from jkec.extract.passages import Passage
from jkec.extract.quotes import Quote, clause_long
from jkec.extract.spans import Span


def _reports_own_act(words: list[Span], speaker: str, events: list[EventMention], actors: dict[str, Actor]) -> bool:
    """Whether the words report an act of the speaker or of the speaker's country."""
    country = side(speaker, actors)
    return any(
        e.actor_id is not None and (e.actor_id == speaker or (country is not None and side(e.actor_id, actors) == country))
        and any(w.contains(e.trigger) for w in words)
        for e in events
    )


def _clause_head(token: Token) -> Token:
    return next((t for t in (token, *token.ancestors) if t.pos_ in ("VERB", "AUX")), token)


FIRST_PERSON = frozenset({"we", "i", "our", "us"})
OWN_BODIES = frozenset({"government", "administration", "country", "nation"})  # "the government" in its officials' words


def _clause(token: Token) -> Token:
    """The verb of the clause the word stands in (the verb an auxiliary helps: "Tokyo should withdraw")."""
    return token.head if token.dep_ in ("aux", "auxpass") else _clause_head(token)


def _asks_of_another(token: Token, own_side: Callable[[Token], bool]) -> bool:
    """Whether the word's clause asks something of someone other than the speaker's side: its subject is not
    that side, and it does not only frame words of its own ("it must be said that ...")."""
    clause = _clause(token)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
    return not any(c.dep_ == "ccomp" for c in clause.children) and not any(map(own_side, subjects))


def _own_future(token: Token, own_side: Callable[[Token], bool]) -> bool:
    """Whether the word's clause tells what the speaker's side will do ("we will respond firmly"; not "Japan
    would take countermeasures" said by a Korean)."""
    clause = _clause(token)
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    return future_by_auxiliary(_clause_head(token)) and any(map(own_side, subjects))


def _names_side(country: str | None, mentions: list[ActorMention], actors: dict[str, Actor], subject: Token) -> bool:
    """Whether the subject is the speaker ("we"), the speaker's own body named with no owner ("the government
    would respond", in the words of one of its officials) or names an actor of the speaker's side (`country`)."""
    words = list(subject.subtree)
    if any(t.lower_ in FIRST_PERSON for t in words):
        return True
    if subject.lemma_.lower() in OWN_BODIES and [t.lower_ for t in words if t != subject] == ["the"]:
        return True
    span = tokens_span(words)
    return any(span.contains(m.span) and side(m.actor_id, actors) == country for m in mentions)


def _negated(token: Token) -> bool:
    """Whether a negation stands in the clause of the word ("it is not retaliation", "in no way retaliation")."""
    clause = _clause_head(token)
    return any(is_negation(t) and _clause_head(t.head) == clause for t in clause.subtree)


class StatementCoder:
    """Codes the statements of one article after its other event mentions are found."""

    def __init__(self, statements: Statements, roles: Roles, curated_actors: dict[str, Actor],
                 products: tuple[re.Pattern, dict[str, str]], statuses: dict[str, str | None],
                 dispute_terms: re.Pattern) -> None:
        self.statements = statements
        self.dispute_terms = dispute_terms
        self.statuses = statuses  # the status every event of a type has, if the codebook gives one
        self.office = office_word(roles)
        self.curated_actors = curated_actors
        self.products = products

    def speaks_for_party(self, actor: Actor) -> bool:
        """Whether the actor's attributed words are a party's (a state, a body, an office holder)."""
        if actor.actor_type not in self.statements.speakers:
            return False
        return actor.actor_id in self.curated_actors or actor.actor_type != "person" or bool(self.office.search(actor.title or ""))

    def _type(self, tokens: list[Token], quoted: bool, own_side: Callable[[Token], bool]) -> tuple[str | None, bool]:
        """The statement's type, and whether it is one of the words' (with a target) rather than `otherwise`
        (`own_side`: whether a subject names the speaker's side); reported speech is a position only when its
        words name the dispute (a dispute term of curated/relevance.yaml) or refer back to it by a noun of the
        block's `about` ("the controls were Japan's to decide", in a passage on the dispute)."""
        for rule in self.statements.by_words:
            if any((t.lemma_.lower() in rule.words or t.lower_ in rule.words) and (not rule.negated or _negated(t))
                   and (not rule.other_subject or _asks_of_another(t, own_side))
                   and (not rule.future or _own_future(t, own_side)) for t in tokens):
                return rule.event_type, True
        about_dispute = self.dispute_terms.search("".join(t.text_with_ws for t in tokens)) is not None or any(
            t.pos_ == "NOUN" and t.lemma_.lower() in self.statements.about for t in tokens)
        return (self.statements.otherwise, False) if quoted or about_dispute else (None, False)

    def mentions(self, text: str, quotes: list[Quote], events: list[EventMention], passages: list[Passage],
                 actors: dict[str, Actor], parse: Parse, mentions: list[ActorMention]) -> list[EventMention]:
        """The article's event mentions with its statements coded: new ones added, a position the frames read
        replaced where the words make it another type."""
        parties = dispute_parties(mentions, actors)
        found: dict[tuple[int, str, str], EventMention] = {}
        replaced: set[Span] = set()
        attributed = sorted((q for q in quotes if q.verb is not None and q.speaker.actor_id is not None),
                            key=lambda q: (q.verb.start, q.span.start))
        for verb, group in groupby(attributed, key=lambda q: q.verb):
            pieces = list(group)
            speaker, said_on = pieces[0].speaker.actor_id, pieces[0].said_on
            passage = next((p for p in passages if p.span.contains(verb)), None)
            if (passage is None or not passage.relevant
                    or not self.speaks_for_party(actors[speaker])
                    or _reports_own_act([q.span for q in pieces], speaker, events, actors)):
                continue
            event_type, by_words = self._type([t for q in pieces for t in parse.tokens_in(q.span)],
                                              any(clause_long(q.kind, q.span.text(text)) for q in pieces),
                                              partial(_names_side, side(speaker, actors), mentions, actors))
            on_verb = [e for e in events if any(e.trigger.overlaps(s) for s in _uttered_by(verb, parse))]
            if (event_type is None or (passage.passage_no, speaker, event_type) in found
                    or any(e.event_type != self.statements.otherwise or not by_words for e in on_verb)):
                continue
            replaced |= {e.trigger for e in on_verb}
            target = _other_side(speaker, [q.span for q in pieces], mentions, actors, parties) if by_words else None
            found[(passage.passage_no, speaker, event_type)] = EventMention(
                event_type, passage.passage_no, passage.span, verb, speaker, target,
                self.statuses.get(event_type) or "occurred", said_on, None,
                products_named(passage.span.text(text), self.products))
        typed = {e.trigger for e in events if e.event_type != self.statements.otherwise}
        kept = [e for e in events if not (e.event_type == self.statements.otherwise and e.trigger in replaced | typed)]
        return kept + list(found.values())


def _uttered_by(verb: Span, parse: Parse) -> list[Span]:
    """The speech verb, and for a noun of speech the verb that utters it ("voiced concern that ...")."""
    nouns = [t for t in parse.tokens_in(verb) if t.pos_ == "NOUN" and t.dep_ == "dobj"]
    return [verb, *(token_span(t.head) for t in nouns)]


def _other_side(speaker: str, words: list[Span], mentions: list[ActorMention], actors: dict[str, Actor],
                parties: tuple[str, str] | None) -> str | None:
    """The party a statement is against: of another country than the speaker's, named in its words, else the
    article's other party."""
    country = side(speaker, actors)
    named = next((m.actor_id for m in mentions if any(w.contains(m.span) for w in words)
                  and side(m.actor_id, actors) not in (None, country)
                  and actors[m.actor_id].actor_type != "igo"), None)
    return named if named is not None else other_party(speaker, parties, actors)
