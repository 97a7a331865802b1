"""Statements: an attributed direct quotation of someone who speaks for a party is itself an event
of the codebook's statement type (curated/event_types.yaml, `statements`), coded as ANNOTATION.md §5 says:

- the speaker is an actor of one of the type's actor types; an uncurated person only with an office in the
  title (curated/roles.yaml, `office_roles`): a protester's or an analyst's words are no party's position;
- one mention per speaker and sentence of the speech verb, dated when the statement is (`said_on`);
- reported speech is left to the frames: its words are the writer's summary, which more often makes the
  statement an accusation, a demand or a refusal than a position;
- none when the speech verb is another event's predicate ("urged", "denied", "told Ruritania": the act is
  coded by its own type), or when the words report an act of the speaker's own country ("it would drop its
  complaint": the act is coded, not the statement); an act of the other side reported in them does not stop
  the statement ("Japan's easing is not a solution, the minister said" is both).
"""

from __future__ import annotations

import re
from itertools import groupby

from jkec.curated import Actor, EventType, Roles
from jkec.extract.events import EventMention, products_named
from jkec.extract.passages import Passage
from jkec.extract.quotes import Quote
from jkec.extract.spans import Span


def side(actor_id: str, actors: dict[str, Actor]) -> str | None:
    """The country an actor stands for: its own, else its parent's (an official of a ministry)."""
    actor = actors.get(actor_id)
    if actor is None:
        return None
    parent = actors.get(actor.parent_actor_id) if actor.parent_actor_id else None
    return actor.country or (parent.country if parent else None)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _reports_own_act(words: list[Span], speaker: str, events: list[EventMention], actors: dict[str, Actor]) -> bool:
    """Whether the words report an act of the speaker or of the speaker's country."""
    country = side(speaker, actors)
    return any(
        e.actor_id is not None and (e.actor_id == speaker or (country is not None and side(e.actor_id, actors) == country))
        and any(w.contains(e.trigger) for w in words)
        for e in events
    )


class StatementCoder:
    """Codes the statements of one article after its other event mentions are found."""

    def __init__(self, event_type: EventType, roles: Roles, curated_actors: dict[str, Actor],
                 products: tuple[re.Pattern, dict[str, str]]) -> None:
        self.event_type = event_type
        words = sorted(roles.office_roles, key=len, reverse=True)
        self.office = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in words) + r")\b", re.IGNORECASE)
        self.curated_actors = curated_actors
        self.products = products

    def speaks_for_party(self, actor: Actor) -> bool:
        """Whether the actor's attributed words are a position (a state, a body, an office holder)."""
        if actor.actor_type not in self.event_type.statements:
            return False
        return actor.actor_id in self.curated_actors or actor.actor_type != "person" or bool(self.office.search(actor.title or ""))

    def mentions(self, text: str, quotes: list[Quote], events: list[EventMention], passages: list[Passage],
                 actors: dict[str, Actor]) -> list[EventMention]:
        """The statement events of one article's attributed quotations, given its other event mentions."""
        found: dict[tuple[int, str], EventMention] = {}
        attributed = sorted((q for q in quotes if q.kind == "direct" and q.verb is not None and q.speaker.actor_id is not None),
                            key=lambda q: (q.verb.start, q.span.start))
        for verb, group in groupby(attributed, key=lambda q: q.verb):
            pieces = list(group)
            speaker, said_on = pieces[0].speaker.actor_id, pieces[0].said_on
            passage = next((p for p in passages if p.span.contains(verb)), None)
            if (passage is None or not passage.relevant or (passage.passage_no, speaker) in found
                    or not self.speaks_for_party(actors[speaker])
                    or any(_overlaps(e.trigger, verb) for e in events)
                    or _reports_own_act([q.span for q in pieces], speaker, events, actors)):
                continue
            found[(passage.passage_no, speaker)] = EventMention(
                self.event_type.event_type, passage.passage_no, passage.span, verb, speaker, None, "occurred", said_on,
                None, products_named(passage.span.text(text), self.products))
        return list(found.values())
