"""Event mentions: sentences of relevant passages that match a trigger of the event codebook.

Each non-overlapping trigger match in a relevant passage makes one mention (a second match of the same type
in the sentence with the same actor, target, status and date is the same mention). A trigger inside
quotation marks counts only when the quotation's speaker is known. Inside reported words, an actor named in
them acts ("Japan said ..., a day after Moon urged ..." is Moon urging); failing that, the speaker acts when
the act is verbal (a statement, a demand, a rejection: PLOVER's verbal categories) or quoted ("The measure
is not a subject for consultation ...," Suga told ... is Suga rejecting), and an announcement is always the
speaker's ("... will meet next month, Kajiyama said Friday" is Kajiyama announcing talks that Friday); a
verbal act of the speaker is dated when the speech is. The rules lean towards leaving a field empty rather
than filling it wrongly:

- actor: the nearest actor named before the trigger in subject position (not right after a preposition or
  a verb of telling or urging), unless a speech verb or another subject pronoun stands between them ("Lee
  said Japanese officials tightened ..." does not make Lee the actor), except where the reported clause's
  subject only refers back to the speaker ("METI announced that the country would lift ..."); a sentence
  opening with "It" or "They" as the trigger's subject takes the actor of the previous passage's first event
  ("Japan revoked ... It then removed Seoul ..."); "A and B <verb> each other's ..." is two mentions, A on B
  and B on A, and another joint act of A and B has A as actor and B as target; reported words whose subject
  is "the two sides" (or the like) are the parties' act, not the speaker's;
- target: the first actor named after the trigger in the same clause (no comma between) that belongs to
  another country and is not about to speak; international bodies are venues, not targets; a joint act
  (talks, an agreement) reported by someone other than its actor is done with the speaker ("“Y agreed ...,”
  X said"); for a type whose
  target is its addressee (a statement of position), only a party of another country right after a verb of
  telling ("Japan tells South Korea officials ...");
- status: the codebook's status where it gives one (a demand is `demanded`, a threat `threatened`, announced
  talks `planned`); otherwise planned when a future marker ("will", "would", "plans to", "set to") stands right
  before the trigger or in it, else occurred. A planned act with a date after the publication period is
  `scheduled`; one whose own date has come by publication occurred ("would lift export controls effective
  Thursday" in a Thursday report); a type that is planned by definition keeps no such past date, which
  belongs to the announcing, not to the act;
- date: a temporal expression (extract/temporal.py) from the same clause: before the trigger with no comma,
  speech verb or other verb ("will meet next month to discuss the tightened controls") in between (or opening
  the sentence, "In 2019, ..."), or after it with no comma in between and no verb just before the
  expression, which would claim it ("controls imposed in 2019" dates the imposing, not the lifting;
  "revoked ... materials used to produce semiconductors and display panels in early July" dates the
  revoking); expressions of duration or bounds ("since 2019", "beginning in", "before July") date a state
  or a limit, not the event, and are not used;
- location: a place named after "in" or "at" (extract/places.py) in the same clause, by the same rule as the
  date ("set to take place during the third week of December in Tokyo").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from jkec.curated import Actor, EventType, Product, SpeechVerbs
from jkec.extract.actors import ActorMention
from jkec.extract.passages import Passage
from jkec.extract.places import PlaceMention
from jkec.extract.spans import Span
from jkec.extract.temporal import GERUND, PAST_VERB, Anchor, TimeExpression

FUTURE_MARKER = re.compile(
    r"(?<!not )(?<!no )\b(?:will|would|shall|plans? to|planned to|planning to|intends? to|set to|scheduled to|due to|"
    r"expected to|to be held|aims? to)\b(?:\s+\w+){0,2}\s*$",
    re.IGNORECASE,
)
FUTURE_IN_TRIGGER = re.compile(r"\b(?:will|set to|scheduled to|to be held)\b", re.IGNORECASE)
OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|we|who|what)\b", re.IGNORECASE)
OTHER_VERB = re.compile(rf"\bto\s+(?!the\b|a\b|an\b)[a-z]+\b|{GERUND}")
VERB_JUST_BEFORE = re.compile(
    rf"(?:{PAST_VERB.pattern}|\b\w+en\b|{GERUND}|\bto\s+[a-z]+)(?:\s+[\w’'-]+)?\s*$", re.IGNORECASE
)
OPENING_PRONOUN = re.compile(r"^\s*(?:It|They)\s+(?:\w+\s+){0,2}$")
JOINT_SUBJECT = re.compile(
    r"\b(?:the|both)\s+(?:two\s+)?(?:sides|countries|nations|governments|neighbou?rs)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE
)
RECIPROCAL = re.compile(r"\beach\s+other\b", re.IGNORECASE)
BOUNDS = r"since|from|until|by|before|after"
BOUND_BEFORE = re.compile(rf"\b(?:{BOUNDS}|beginning|starting)(?:\s+in)?\s*$", re.IGNORECASE)
BOUND_OPENING = re.compile(rf"(?:{BOUNDS})\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r"[,;—–]")
VERBAL_PLOVER_TYPES = (None, "AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN")


@dataclass(frozen=True)
class SpeechPatterns:
    """The speech lexicon (curated/speech_verbs.yaml) as the surface patterns the event rules read."""

    verb: re.Pattern  # a verb that reports a statement
    self_reference: re.Pattern  # such a verb, then the reporting body's own stand-in ("said the ministry would")
    object_position: re.Pattern  # right after a preposition or a verb whose object is the one spoken to
    addressed: re.Pattern  # right after a verb of telling ("tells South Korea")


FINITE = ("present", "past")  # "warning", "reports" may be nouns; the finite forms read as verbs


def speech_patterns(lexicon: SpeechVerbs) -> SpeechPatterns:
    report = lexicon.forms(("report",), slots=FINITE)
    return SpeechPatterns(
        verb=re.compile(rf"\b(?:{report})\b", re.IGNORECASE),
        self_reference=re.compile(
            rf"\b(?:{report})\s+(?:that\s+)?(?:[^,]{{0,40}}?\s)?(?:the country|the government|it|the ministry)(?:\s+\w+){{0,2}}\s*$",
            re.IGNORECASE,
        ),
        object_position=re.compile(
            rf"\b(?:to|with|from|against|on|for|by|of|at|between|{lexicon.forms(addressee=True)})\s+(?:the\s+)?$",
            re.IGNORECASE,
        ),
        addressed=re.compile(rf"\b(?:{lexicon.forms(('report',), addressee=True, slots=FINITE)})\s+(?:the\s+)?$", re.IGNORECASE),
    )


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
    place: PlaceMention | None
    products: tuple[str, ...]


def country_of(actor_id: str, actors: dict[str, Actor]) -> str | None:
    return actors[actor_id].country if actor_id in actors else None


def _actor(text: str, trigger: Span, mentions: list[ActorMention], speech: SpeechPatterns) -> str | None:
    """The nearest actor named before the trigger (or as its first words), unless reported by someone else."""
    subjects = [
        m for m in mentions
        if m.span.start <= trigger.start and not speech.object_position.search(text[max(0, m.span.start - 25) : m.span.start])
    ]
    if not subjects:
        return None
    between = text[subjects[-1].span.end : trigger.start]
    if (speech.verb.search(between) or OTHER_SUBJECT.search(between)) and not speech.self_reference.search(between):
        return None
    return subjects[-1].actor_id


def _of_another_country(candidate_id: str, actor_id: str | None, actors: dict[str, Actor]) -> bool:
    """Whether the candidate belongs to a country, and not to the actor's."""
    return country_of(candidate_id, actors) not in (None, country_of(actor_id, actors) if actor_id else None)


def _target(text: str, trigger: Span, clause_end: int, actor_id: str | None, mentions: list[ActorMention],
            actors: dict[str, Actor], speech: SpeechPatterns) -> str | None:
    for mention in (m for m in mentions if m.span.start > trigger.start):
        if CLAUSE_BREAK.search(text[trigger.end : mention.span.start]) or mention.span.start >= clause_end:
            return None
        follows = text[mention.span.end : mention.span.end + 12]
        if (
            actors[mention.actor_id].actor_type != "igo"
            and _of_another_country(mention.actor_id, actor_id, actors)
            and not speech.verb.match(follows.strip())
        ):
            return mention.actor_id
    return None


def _addressee(text: str, actor_id: str | None, mentions: list[ActorMention], actors: dict[str, Actor],
               speech: SpeechPatterns) -> str | None:
    """The party of another country the sentence addresses ("Japan tells South Korea officials ...")."""
    return next(
        (
            m.actor_id for m in mentions
            if speech.addressed.search(text[max(0, m.span.start - 20) : m.span.start]) and _of_another_country(m.actor_id, actor_id, actors)
        ),
        None,
    )


def _is_future(text: str, passage: Span, trigger: Span, event_type: EventType) -> bool:
    """Whether the act is still to come: planned by its type, or a future marker stands before or in the trigger."""
    if event_type.fixed_status is not None:
        return event_type.fixed_status == "planned"
    return bool(FUTURE_MARKER.search(text[passage.start : trigger.start]) or FUTURE_IN_TRIGGER.search(trigger.text(text)))


def _status_and_date(event_type: EventType, future: bool, time: TimeExpression | None,
                     anchor: Anchor) -> tuple[str, TimeExpression | None]:
    """The status, and the date it keeps: a type planned by definition drops a date that is not to come."""
    if not future:
        return event_type.fixed_status or "occurred", time
    if time is None or time.date is None:
        return "planned", time
    if anchor.precedes(time.date):
        return "scheduled", time
    return ("planned", None) if event_type.fixed_status == "planned" else ("occurred", time)


def _modifies(text: str, passage: Span, trigger: Span, span: Span, verbal: bool, speech: SpeechPatterns) -> bool:
    """Whether the words at `span` belong to the trigger's own clause: before it with no comma, speech verb
    or other verb in between (or opening the sentence), or after it with no comma in between and no verb just
    before them, which would claim them."""
    if span.end <= trigger.start:
        between = text[span.end : trigger.start]
        opens_sentence = not text[passage.start : span.start].strip()
        other_verb = OTHER_VERB.search(between) or (speech.verb.search(between) and not verbal)
        return not other_verb and (opens_sentence or not CLAUSE_BREAK.search(between))
    if span.start >= trigger.end:
        between = text[trigger.end : span.start]
        return not (CLAUSE_BREAK.search(between) or VERB_JUST_BEFORE.search(between))
    return False


def _date(text: str, passage: Span, trigger: Span, expressions: list[TimeExpression], verbal: bool,
          speech: SpeechPatterns) -> TimeExpression | None:
    """The expression that dates the trigger's own clause, if one does; a bound or duration does not. For a
    verbal act (a statement, a rejection, a demand) the date of the speech verb that performs it counts too
    ("Japan yesterday said that it does not plan to retract ...")."""
    return next(
        (
            expression for expression in expressions
            if not BOUND_BEFORE.search(text[max(passage.start, expression.span.start - 20) : expression.span.start])
            and not BOUND_OPENING.match(text, expression.span.start)
            and _modifies(text, passage, trigger, expression.span, verbal, speech)
        ),
        None,
    )


def _location(text: str, passage: Span, trigger: Span, places: list[PlaceMention], speech: SpeechPatterns) -> PlaceMention | None:
    """The place named in the trigger's own clause ("talks will be held Wednesday in Vienna")."""
    return next((p for p in places if passage.contains(p.phrase) and _modifies(text, passage, trigger, p.phrase, False, speech)),
                None)


def product_pattern(products: dict[str, Product]) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every product alias, and the alias (lower case) → canonical product map."""
    canonical = {
        alias.lower(): product.product
        for product in products.values()
        for alias in (*product.aliases, *product.context_aliases)
    }
    aliases = sorted(canonical, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b", re.IGNORECASE), canonical


@dataclass(frozen=True)
class Quotation:
    """Words someone is reported to have said (quoted, or reported speech), their speaker and its date."""

    span: Span
    speaker_actor_id: str | None
    said_on: TimeExpression | None
    quoted: bool


def _triggers(event_type: EventType, sentence: str, offset: int, quotations: list[Quotation]) -> list[tuple[Span, Quotation | None]]:
    """Non-overlapping trigger matches in the sentence, each with the reported words it stands in (if any).
    A match inside quotation marks counts only when the quotation's speaker is known."""
    found: list[tuple[Span, Quotation | None]] = []
    for pattern in event_type.triggers:
        for match in pattern.finditer(sentence):
            span = Span(offset + match.start(), offset + match.end())
            if any(span.start < other.end and other.start < span.end for other, _ in found):
                continue
            inside = next((q for q in quotations if q.span.contains(span)), None)
            if inside is None or inside.speaker_actor_id is not None or not inside.quoted:
                found.append((span, inside))
    return sorted(found, key=lambda item: item[0].start)


def _actor_and_date(text: str, passage: Passage, trigger: Span, reported: Quotation | None, event_type: EventType,
                    future: bool, mentions: list[ActorMention], expressions: list[TimeExpression],
                    speech: SpeechPatterns) -> tuple[str | None, TimeExpression | None]:
    """Who acts and when. Inside reported words, an actor named in them acts ("..., a day after Moon urged");
    otherwise the speaker does when the act is verbal or quoted, and a verbal act of the speaker that has
    taken place is dated when the speech is (a future one by its own words); a material act in reported
    speech is read like narration."""
    verbal = event_type.plover_type in VERBAL_PLOVER_TYPES
    in_passage_times = [e for e in expressions if passage.span.contains(e.span)]
    own_date = _date(text, passage.span, trigger, in_passage_times, verbal, speech)
    if reported is None or reported.speaker_actor_id is None:
        return _actor(text, trigger, mentions, speech), own_date
    clause_actor = _actor(text, trigger, [m for m in mentions if reported.span.contains(m.span)], speech)
    if clause_actor is not None:
        return clause_actor, own_date
    if JOINT_SUBJECT.search(text[max(reported.span.start, trigger.start - 60) : trigger.start]):
        return None, own_date  # "“The two sides agreed ...,” Kim said": the parties act, not the speaker
    if verbal:
        return reported.speaker_actor_id, own_date if future else reported.said_on
    if reported.quoted:
        return reported.speaker_actor_id, own_date
    return _actor(text, trigger, mentions, speech), own_date


def find_event_mentions(
    text: str,
    passages: list[Passage],
    mentions: list[ActorMention],
    event_types: dict[str, EventType],
    actors: dict[str, Actor],
    products: tuple[re.Pattern, dict[str, str]],
    expressions: list[TimeExpression],
    quotations: list[Quotation],
    anchor: Anchor,
    places: list[PlaceMention],
    speech: SpeechPatterns,
) -> list[EventMention]:
    """Every (relevant passage, event type) whose trigger matches outside quotations, with actors, status, date."""
    product_regex, canonical = products
    found = []
    previous_actor: str | None = None
    parties = dispute_parties(mentions, actors)
    for passage in (p for p in passages if p.relevant):
        sentence = passage.span.text(text)
        in_passage = [m for m in mentions if m.passage_no == passage.passage_no]
        named_products = tuple(sorted({canonical[m.group(0).lower()] for m in product_regex.finditer(sentence)}))
        first_actor: str | None = None
        for event_type in event_types.values():
            seen: set[tuple] = set()
            for trigger, reported in _triggers(event_type, sentence, passage.span.start, quotations):
                future = _is_future(text, passage.span, trigger, event_type)
                actor_id, time = _actor_and_date(text, passage, trigger, reported, event_type, future, in_passage,
                                                 expressions, speech)
                if actor_id is None and reported is None and OPENING_PRONOUN.match(text[passage.span.start : trigger.start]):
                    actor_id = previous_actor
                status, time = _status_and_date(event_type, future, time, anchor)
                place = _location(text, passage.span, trigger, places, speech)
                for actor, target in _actor_target_pairs(text, trigger, passage.span.end, event_type, actor_id, in_passage,
                                                         actors, parties, speech):
                    if event_type.joint and actor and target is None and reported and reported.speaker_actor_id not in (None, actor):
                        target = reported.speaker_actor_id  # "“Y agreed ...,” X said": Y agreed with X
                    key = (actor, target, status, time.date if time else None)
                    if key in seen:
                        continue
                    seen.add(key)
                    first_actor = first_actor or actor
                    found.append(
                        EventMention(event_type.event_type, passage.passage_no, passage.span, trigger, actor, target,
                                     status, time, place, named_products)
                    )
        previous_actor = first_actor
    return found


def dispute_parties(mentions: list[ActorMention], actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The two states an article is about: the two countries its relevant passages name most often (a tie
    goes to the one named first), as their state actors, in the order the article first names them."""
    states = {actor.country: actor.actor_id for actor in actors.values() if actor.actor_type == "state" and actor.country}
    countries = [c for c in (country_of(m.actor_id, actors) for m in mentions) if c in states]
    top = [country for country, _ in Counter(countries).most_common(2)]
    if len(top) < 2:
        return None
    first, second = sorted(top, key=countries.index)
    return states[first], states[second]


def _actor_target_pairs(text: str, trigger: Span, clause_end: int, event_type: EventType, actor_id: str | None,
                        mentions: list[ActorMention], actors: dict[str, Actor], parties: tuple[str, str] | None,
                        speech: SpeechPatterns) -> list[tuple[str | None, str | None]]:
    """(actor, target) of a trigger: one pair, or two for a reciprocal act of two parties ("Tokyo and Seoul
    downgraded each other's trade status" is Tokyo acting on Seoul and Seoul on Tokyo), unless the type is
    one both parties do together (talks, agreements). A joint act of two
    parties ("officials from Japan and South Korea will meet") has the first named as actor and the other as
    target (curated/ANNOTATION.md), and so does "the two sides" (or "the countries", "both nations" ...) with
    the article's two parties. A type whose target is its addressee takes the party addressed."""
    pair = _joint_parties(text, trigger, mentions, actors)
    if pair is None and actor_id is None and JOINT_SUBJECT.search(text[max(0, trigger.start - 60) : trigger.start]):
        pair = parties
        actor_id = parties[0] if parties else None
    if pair and RECIPROCAL.search(trigger.text(text)) and not event_type.joint:
        return [pair, pair[::-1]]
    if pair and actor_id in pair:
        return [pair]
    if event_type.addressee_target:
        return [(actor_id, _addressee(text, actor_id, mentions, actors, speech))]
    return [(actor_id, _target(text, trigger, clause_end, actor_id, mentions, actors, speech))]


def _joint_parties(text: str, trigger: Span, mentions: list[ActorMention],
                   actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The two actors of different countries joined by "and" right before the trigger, if the subject is such."""
    before = [m for m in mentions if m.span.end <= trigger.start]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    joined = re.fullmatch(r"\s+and\s+", text[first.span.end : second.span.start])
    verb_next = re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[second.span.end : trigger.start])
    countries = {country_of(first.actor_id, actors), country_of(second.actor_id, actors)}
    if joined and verb_next and None not in countries and len(countries) == 2:
        return first.actor_id, second.actor_id
    return None
