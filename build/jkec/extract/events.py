"""Event mentions: sentences of relevant passages that match a trigger of the event codebook.

For each relevant passage and event type, the first trigger match makes one mention. Its actor is the last
actor named before the trigger in the sentence (the subject, in the plain word order of news prose); its
target the first actor named from the trigger on that belongs to another country (international bodies are
venues, not targets). A future marker before the trigger ("will", "plans to", "is set to") makes the event
planned, or scheduled for talks (PLOVER CONSULT); otherwise it occurred. The mention's date is the
temporal expression nearest the trigger, resolved in the tense of the clause.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from jkec.curated import Actor, EventType, Product
from jkec.extract.actors import ActorMention
from jkec.extract.passages import Passage
from jkec.extract.spans import Span
from jkec.extract.temporal import TimeExpression, find_time_expressions

FUTURE_MARKER = re.compile(
    r"\b(?:will|shall|plans? to|planned to|planning to|intends? to|(?:is|are) set to|(?:is|are) to be|to be held|aims? to)\b",
    re.IGNORECASE,
)
SCHEDULED_PLOVER_TYPES = ("CONSULT",)


@dataclass(frozen=True)
class EventMention:
    event_type: str
    passage_no: int
    passage: Span
    trigger: Span
    actor_id: str | None
    target_actor_id: str | None
    status: str
    time: TimeExpression | None
    products: tuple[str, ...]


def country_of(actor_id: str, actors: dict[str, Actor]) -> str | None:
    return actors[actor_id].country if actor_id in actors else None


def _actor_and_target(trigger: Span, mentions: list[ActorMention], actors: dict[str, Actor]) -> tuple[str | None, str | None]:
    before = [m for m in mentions if m.span.end <= trigger.start]
    actor_id = before[-1].actor_id if before else None
    actor_country = country_of(actor_id, actors) if actor_id else None
    target_id = next(
        (
            m.actor_id
            for m in mentions
            if m.span.start >= trigger.start
            and actors[m.actor_id].actor_type != "igo"
            and country_of(m.actor_id, actors) not in (None, actor_country)
        ),
        None,
    )
    return actor_id, target_id


def _status(text: str, passage: Span, trigger: Span, event_type: EventType) -> str:
    if not FUTURE_MARKER.search(text[passage.start : trigger.end]):
        return "occurred"
    return "scheduled" if event_type.plover_type in SCHEDULED_PLOVER_TYPES else "planned"


def _nearest(expressions: list[TimeExpression], trigger: Span) -> TimeExpression | None:
    return min(
        expressions,
        key=lambda e: min(abs(e.span.start - trigger.end), abs(trigger.start - e.span.end)),
        default=None,
    )


def product_pattern(products: dict[str, Product]) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every product alias, and the alias (lower case) → canonical product map."""
    canonical = {
        alias.lower(): product.product
        for product in products.values()
        for alias in (*product.aliases, *product.context_aliases)
    }
    aliases = sorted(canonical, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b", re.IGNORECASE), canonical


def find_event_mentions(
    text: str,
    passages: list[Passage],
    mentions: list[ActorMention],
    event_types: dict[str, EventType],
    actors: dict[str, Actor],
    products: tuple[re.Pattern, dict[str, str]],
    anchor: dt.date | None,
    anchor_precision: str | None,
) -> list[EventMention]:
    """Every (relevant passage, event type) whose trigger matches, with its actors, status and date."""
    product_regex, canonical = products
    found = []
    for passage in (p for p in passages if p.relevant):
        sentence = passage.span.text(text)
        in_passage = [m for m in mentions if m.passage_no == passage.passage_no]
        named_products = tuple(sorted({canonical[m.group(0).lower()] for m in product_regex.finditer(sentence)}))
        for event_type in event_types.values():
            match = next((m for pattern in event_type.triggers if (m := pattern.search(sentence))), None)
            if match is None:
                continue
            trigger = Span(passage.span.start + match.start(), passage.span.start + match.end())
            actor_id, target_id = _actor_and_target(trigger, in_passage, actors)
            status = _status(text, passage.span, trigger, event_type)
            expressions = find_time_expressions(text, passage.span, anchor, anchor_precision, status != "occurred")
            found.append(
                EventMention(
                    event_type=event_type.event_type,
                    passage_no=passage.passage_no,
                    passage=passage.span,
                    trigger=trigger,
                    actor_id=actor_id,
                    target_actor_id=target_id,
                    status=status,
                    time=_nearest(expressions, trigger),
                    products=named_products,
                )
            )
    return found
