"""Event mentions: the predicates of relevant passages that express a type of the event codebook, read on the
dependency parse (extract/frames.py: the codebook's frames name lemma classes and argument slots, never a
country or an article's phrase).

A predicate inside quotation marks counts only when the quotation's speaker is known; one governed by a
request, refusal or wish ("urged Tokyo to withdraw ...") is not reported as done or planned, and one that
only states the purpose of another act of its type ("will meet ... to discuss") is part of it. Inside
reported words, an actor named in them acts ("Japan said ..., a day after Moon urged ..." is Moon urging);
failing that, the speaker acts when the act is verbal (a statement, a demand, a rejection: PLOVER's verbal
categories) or quoted ("The measure is not a subject for consultation ...," Suga told ... is Suga
rejecting); a measure of the speaker's own side that the speaker says could come ("the country could expand
trade restrictions if ...") is the speaker's threat. Speech verbs are those of curated/speech_verbs.yaml. The rules lean towards leaving a field
empty rather than filling it wrongly:

- actor: the party named in the predicate's subject, passive agent or possessor (a verb with no subject of
  its own takes that of the verb it depends on: "decided to loosen"; a passive verb with no agent has none, and a
  participle takes the owner of the noun it modifies: "Japan's curbs imposed in July"); when the parse gives none or the
  subject names no party ("it", "the country"), the nearest actor named before the predicate in subject
  position, unless a speech verb or another subject pronoun stands between them; a sentence opening with
  "It" or "They" takes the actor of the previous passage's first event; "A and B <verb> each other's ..."
  is two mentions, A on B and B on A, and another joint act of A and B has A as actor and B as target;
  reported words whose subject is "the two sides" (or the like) are the parties' act, not the speaker's;
- target: the party named in the object for frames whose target is the party acted on (removed, urged,
  summoned), else the first actor of another country named after the predicate in its clause (no comma
  between) that is not about to speak; international bodies are venues, not targets; for a type whose
  target is its addressee, only a party addressed ("Japan tells South Korea officials ..."); a joint act
  (talks, an agreement) reported by someone other than its actor is done with the speaker ("“Y agreed ...,”
  X said"); failing all that, an act of one of the article's two parties is done to the other (a complaint at
  the WTO, a demand, talks), except a step of a measure, whose affected country must be named;
- status: the codebook's status where it gives one (a demand is `demanded`, a threat `threatened`; a type
  that is still to come, or has taken place, by definition takes only such acts); otherwise planned when
  the act is told as still to come (a future marker right before it, "will" on it or on the verb it
  completes, a verb of deciding or agreeing governing it), else occurred. A planned act with a date after
  the publication period is `scheduled`; one whose own date has come by publication occurred;
- date: a temporal expression (extract/temporal.py) the parse attaches to the predicate's own clause, or
  to a non-finite modifier under it that is no event of its own ("revoked ... materials used to produce
  chips in early July" dates the revoking; "controls imposed in 2019" dates the imposing, not the lifting);
  for a verbal act that has taken place, also one of the verb that reports it; failing those, one it
  shares with the words its phrase depends on: inside the phrase of the noun that tells it ("Tokyo's
  tightened controls last month on ...", "the decision last week to grant ..."; such words never date the
  verb that governs that noun: "criticized Japan's removal last month of ..."), opening the clause of the
  verb it is conjoined to ("In 2019, X imposed A and removed B"), of the verb of saying it goes along with
  ("..., the minister said Sunday, urging ..."), or of a verb of performing whose object is that noun ("made
  a request Friday for ...", "took the step on Tuesday of dropping ..."); a bound or duration ("since 2019",
  "before July": a `bound` expression) dates a state or a limit, not the event, except that the start of a
  period dates an act still to come ("will drop X from its list from May 3");
- location: a place named after "in" or "at" (extract/places.py) that modifies the predicate by the rule
  of its dates ("set to take place during the third week of December in Tokyo").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from jkec.curated import Actor, EventType, Product, SpeechVerbs
from jkec.extract.actors import ActorMention
from jkec.extract.frames import (
    OBJECT_PRONOUNS,
    PASSIVE_SUBJECTS,
    SUBJECTS,
    FrameIndex,
    FrameMatch,
    announcing,
    clause_of,
    decided,
    enters_into_force,
    future_by_auxiliary,
    governors,
    in_other_act,
    infinitive_marker,
    is_attributive,
    is_negation,
    is_subjunctive,
    marked,
    modifies_predicate,
    negated,
    possessor_subject,
    shares_date,
    subject_of,
    subject_to_come,
    told_ahead,
)
from jkec.extract.parse import token_span, tokens_span
from jkec.extract.passages import Passage
from jkec.extract.places import PlaceMention
from jkec.extract.spans import Span
from jkec.extract.speakers import LED_BODIES, Phrase, SpeakerResolver
from jkec.extract.speech import RELATIVE_PRONOUN_TAGS
from jkec.extract.temporal import Anchor, TimeExpression
from jkec.extract.time_words import TimePatterns

OTHER_SUBJECT = re.compile(r"\b(?:he|she|they|we|who|what)\b", re.IGNORECASE)
OPENING_PRONOUN = re.compile(r"^\s*(?:It|They)\s+(?:\w+\s+){0,2}$")
JOINT_PHRASE = re.compile(  # "the two sides", "both neighbouring nations", "their leaders"
    r"(?:the|both|their)\s+(?:two\s+)?(?:[a-z-]+\s+){0,2}?"
    r"(?:sides|countries|nations|governments|neighbou?rs|leaders|ministers|delegations|negotiators|envoys)",
    re.IGNORECASE)
PEOPLE = re.compile(r"(?:leaders|ministers|envoys|negotiators|presidents|diplomats)$", re.IGNORECASE)  # of a joint phrase
JOINT_SUBJECT = re.compile(rf"\b{JOINT_PHRASE.pattern}\s+(?:[a-z]+\s+){{0,2}}$", re.IGNORECASE)
RECIPROCAL = re.compile(r"\beach\s+other\b", re.IGNORECASE)
PASSIVE_MARKS = (*PASSIVE_SUBJECTS, "auxpass")
JOINING = re.compile(r"\s+and\s+|\s*,\s*|\s+&\s+")  # "A and B", and in headlines "A, B" and "A & B"
CLAUSE_BREAK = re.compile(r"[,;—–]")
REQUESTED = ("demanded", "threatened")  # statuses of the types whose predicate asks for or threatens an act
VERBAL_PLOVER_TYPES = (None, "AGREE", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT", "THREATEN")


@dataclass(frozen=True)
class SpeechPatterns:
    """The speech lexicon (curated/speech_verbs.yaml) as the surface patterns the event rules read."""

    verb: re.Pattern  # a verb that reports a statement
    self_reference: re.Pattern  # such a verb, then the reporting body's own stand-in ("said the ministry would")
    object_position: re.Pattern  # right after a preposition or a verb whose object is the one spoken to
    addressed: re.Pattern  # right after a verb of telling ("tells South Korea")
    reporting: frozenset[str]  # the lemmas of the verbs that report a statement ("said", "added")


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
        reporting=lexicon.lemmas(("report",)),
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


def _announces_another(match: FrameMatch, actor_id: str | None, mentions: list[ActorMention],
                       actors: dict[str, Actor]) -> bool:
    """Whether a verb of announcing tells of another country's act ("Seoul said Tokyo would lift ..." reports
    Tokyo's act; a government announces only its own)."""
    act = match.announced
    if act is None or act.actor is None or actor_id is None:
        return False
    named = next((m.actor_id for m in mentions if act.actor.contains(m.span)), None)
    return named is not None and _of_another_country(named, actor_id, actors)


def _target(text: str, trigger: Span, clause_end: int, actor_id: str | None, mentions: list[ActorMention],
            actors: dict[str, Actor], phrase: Span | None, extent: Span, speech: SpeechPatterns) -> str | None:
    """The party the act is directed at: in the phrase the parse gives for it (the party removed, urged ...),
    else the first party of another country named after the trigger in its clause, among the words the
    predicate governs (`extent`)."""
    if phrase is not None:
        return next((m.actor_id for m in mentions if phrase.contains(m.span) and actors[m.actor_id].actor_type != "igo"
                     and _of_another_country(m.actor_id, actor_id, actors)), None)
    for mention in (m for m in mentions if m.span.start > trigger.start and extent.contains(m.span)):
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


def _described_target(match: FrameMatch, actor_id: str | None, resolver: SpeakerResolver) -> str | None:
    """The party a target phrase with no name stands for by its group noun ("summoned the South Korean
    ambassador", "met his Japanese counterpart"), as the speaker rules read it, when it is of another country."""
    head = match.target_head
    if head is None or match.target is None or head.lemma_.lower() not in resolver.official_groups:
        return None
    target = resolver.names(Phrase((head,), match.target), match.target.start).actor_id
    return target if target is not None and _of_another_country(target, actor_id, resolver.actors) else None


def _country_word_target(match: FrameMatch, actor_id: str | None, resolver: SpeakerResolver) -> str | None:
    """The state of the one country that country words name in the target phrase of a verb (else among the words
    it governs after it, or before it when passive), when no actor is named there and the country is not the
    actor's ("rejected a South Korean proposal", "curbs on Japanese chemicals")."""
    if actor_id is None or match.predicate.pos_ != "VERB":  # a noun's phrase may run on into its clause
        return None
    acted_on = next((c for c in match.predicate.children if c.dep_ in PASSIVE_SUBJECTS), None)
    words = match.target or (Span(match.trigger.end, match.extent.end) if acted_on is None
                             else Span(match.extent.start, match.trigger.start))  # "a Korean proposal was rejected"
    countries = resolver.countries(words.text(resolver.text)) - {side(actor_id, resolver.actors)}
    return state_actors(resolver.actors).get(countries.pop()) if len(countries) == 1 else None


def _pronoun_target(match: FrameMatch, actor_id: str | None, mentions: list[ActorMention],
                    actors: dict[str, Actor]) -> str | None:
    """The party a pronoun object of a frame that acts on a party stands for ("Seoul slammed Japan's decision to
    remove it from the list"): not the act's own actor (that would be "itself"), so the last party named before it
    of another country."""
    head = match.target_head
    if not match.frame.target_is_object or head is None or head.lower_ not in OBJECT_PRONOUNS or actor_id is None:
        return None
    before = sorted((m for m in mentions if m.span.end <= match.trigger.start), key=lambda m: m.span.start, reverse=True)
    return next((m.actor_id for m in before if actors[m.actor_id].actor_type != "igo"
                 and _of_another_country(m.actor_id, actor_id, actors)), None)


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


def _to_come(text: str, passage: Span, match: FrameMatch, word_classes: dict[str, frozenset[str]],
             future: re.Pattern) -> bool:
    """Whether the act is told as still to come: a future marker stands right before the predicate, it is the
    to-infinitive a headline opens with its subject ("Japan to remove Seoul from list"), "will"
    marks it or the verb whose prepositional object it is ("will take part in talks"), a verb of deciding,
    agreeing or planning governs it ("agreed to restart the talks"; not an announcing, which is
    what is told now: "approved a plan to ..."), or, for a noun, the verb it is the subject of tells it so
    ("talks ... are scheduled for next week")."""
    predicate = match.predicate
    if is_attributive(predicate):
        return False  # "to review Japan's tightened controls": a participle tells what was done
    verb = predicate.head.head if predicate.pos_ == "NOUN" and predicate.dep_ == "pobj" else None  # "will engage in talks"
    headline_future = infinitive_marker(predicate) is not None and (
        not any(a.pos_ in ("VERB", "AUX") for a in predicate.ancestors)  # no finite verb above the infinitive
        or (any(c.dep_ == "nsubj" for c in predicate.children) and not any(c.dep_ == "mark" for c in predicate.children))
    )  # or one with its own subject: "Japan to lift curbs; Seoul to drop case"
    return bool(future.search(text[passage.start : match.trigger.start])
                or headline_future  # "Japan to remove Seoul from list": a headline's future
                or future_by_auxiliary(predicate)
                or (verb is not None and verb.pos_ == "VERB" and future_by_auxiliary(verb))
                or (match.announced is None and decided(predicate, *_future_words(word_classes)))
                or (predicate.pos_ == "NOUN" and subject_to_come(predicate, word_classes["future_governors"])))


def _schedules(match: FrameMatch, event_type: EventType, word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether a verb of scheduling (both of happening and of the future) tells an act of a type still to come by
    definition ("the next round of talks is slated for January")."""
    return event_type.fixed_status == "planned" and (
        match.predicate.lemma_.lower() in word_classes["happening"] & word_classes["future_governors"])


def _tense_fits(event_type: EventType, to_come: bool) -> bool:
    """A type whose every event is still to come (planned) takes only acts to come; one whose every event has
    taken place (occurred) only acts that have."""
    return {"planned": to_come, "occurred": not to_come}.get(event_type.fixed_status, True)


def _status_and_date(event_type: EventType, future: bool, time: TimeExpression | None,
                     anchor: Anchor) -> tuple[str, TimeExpression | None]:
    """The status, and the date it keeps: a type planned by definition drops a date that is not to come; an
    act dated after the publication period is still to come whatever the tense ("returns to the list in July"
    in a June report); one told as still to come is scheduled when part of its period is ("will lift the
    curbs later this month")."""
    to_come = time is not None and time.date is not None and anchor.precedes(time.date)
    if not future and not (to_come and event_type.fixed_status is None):
        return event_type.fixed_status or "occurred", time
    if time is None or time.date is None:
        return "planned", time
    if to_come or anchor.still_open(time.date, time.precision):
        return "scheduled", time
    return ("planned", None) if event_type.fixed_status == "planned" else ("occurred", time)


def _as_told(event_type: EventType, match: FrameMatch, event_types: dict[str, EventType]) -> tuple[EventType, bool] | None:
    """The type of the act as the text tells it, and whether the text says it did not or will not happen: a
    negated act ("will not lift", "has no intention of withdrawing") is a refusal, told now, where its type
    names one (`refused_as`: a refusal to yield); else it keeps its type and is denied; a demand or threat the
    text says was not made is no event (None)."""
    if not negated(match.predicate):
        return event_type, False
    if event_type.refused_as is not None:
        return event_types[event_type.refused_as], False
    return None if event_type.fixed_status is not None else (event_type, True)


def _decided_in_past(predicate: Token, deciding: frozenset[str]) -> Token | None:
    """For a verb of deciding in the past tense ("decided", "agreed", "moved"), its to-infinitive: the act
    decided."""
    if predicate.lemma_.lower() not in deciding or predicate.tag_ != "VBD":
        return None
    return next((c for c in predicate.children if c.dep_ == "xcomp" and infinitive_marker(c) is not None), None)


def _date(match: FrameMatch, expressions: list[TimeExpression], verbal: bool, doc: Doc,
          word_classes: dict[str, frozenset[str]], events: frozenset[int],
          reporting: frozenset[str], anchor: Anchor) -> TimeExpression | None:
    """The expression that dates the predicate, among `expressions` that may date it (`_may_date`): one the parse
    attaches to it (extract/frames.py `modifies_predicate`) that does not stand inside the phrase of another
    event's noun (`in_other_act`), else one it shares with the words its phrase depends on (`shares_date`: the
    noun that tells it, the verb it is conjoined to or the participle of, a verb of performing). For a verbal
    act (a statement, a rejection, a demand) the date of the speech verb that performs it counts too ("Japan
    yesterday said that it does not plan to retract ..."). "N days after <clause>" dates that clause, not a
    predicate before it ("lifted the curbs four years after their imposition"), and a date of the clause's own
    goes before it ("a week before X takes effect on Sept. 18": Sept. 18). A day gone by the publication
    date in the infinitive of a verb of deciding in the past tense dates the deciding, not the act decided
    ("Seoul decided to put Tokyo back on its list on Thursday", in a Friday report)."""
    candidates = [e for e in expressions if not e.anchoring or match.trigger.start >= e.span.end]
    offset = doc.user_data["offset"]
    deciding = word_classes["future_governors"]

    def dates(predicate: Token, expression: TimeExpression) -> bool:
        return modifies_predicate(doc, offset, predicate, expression.span, verbal, word_classes["happening"],
                                  events) and not in_other_act(doc, offset, predicate, expression.span, events)

    def gone(expression: TimeExpression) -> bool:
        return expression.date is not None and not expression.start and not anchor.still_open(expression.date, expression.precision)

    decision = match.predicate.head if match.predicate.dep_ == "xcomp" else None
    decided_act = decision is not None and _decided_in_past(decision, deciding) == match.predicate
    own = sorted((e for e in candidates if dates(match.predicate, e) and not (decided_act and gone(e))),
                 key=lambda e: e.anchoring)  # "a week before X takes effect on Sept. 18": its own date first
    act = _decided_in_past(match.predicate, deciding)
    of_decision = (e for e in candidates if act is not None and clause_of(doc, offset, e.span) == act and gone(e))
    speaking = reporting if verbal else frozenset()
    shared = (e for e in candidates if shares_date(doc, offset, match.predicate, e.span, speaking,
                                                   word_classes["performing"], events))
    return next(iter(own), None) or next(of_decision, None) or next(shared, None)


def _may_date(expression: TimeExpression, future: bool, lasting: bool = False) -> bool:
    """Whether the expression may date an act: a bound or duration ("since 2019", "before July") dates a state or
    a limit, not an act, except the start of a period from which an act to come, or a step on a measure that is
    not `lasting` (told in a perfect tense, "has restricted exports from 2019", it is a state), takes effect
    ("will drop X from its list from May 3", "lifted the curbs from March 23")."""
    return not expression.bound or (expression.start and (future or not lasting))


def _location(passage: Span, match: FrameMatch, places: list[PlaceMention], doc: Doc, happening: frozenset[str],
              events: frozenset[int]) -> PlaceMention | None:
    """The place that modifies the predicate, by the rule of its dates ("talks will be held Wednesday in Vienna")."""
    return next((p for p in places if passage.contains(p.phrase)
                 and modifies_predicate(doc, doc.user_data["offset"], match.predicate, p.phrase, False, happening, events)), None)


def product_pattern(products: dict[str, Product]) -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every product alias, and the alias (lower case) → canonical product map."""
    canonical = {
        alias.lower(): product.product
        for product in products.values()
        for alias in (*product.aliases, *product.context_aliases)
    }
    aliases = sorted(canonical, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in aliases) + r")\b", re.IGNORECASE), canonical


def products_named(sentence: str, products: tuple[re.Pattern, dict[str, str]]) -> tuple[str, ...]:
    """The canonical products a sentence names, sorted."""
    pattern, canonical = products
    return tuple(sorted({canonical[m.group(0).lower()] for m in pattern.finditer(sentence)}))


@dataclass(frozen=True)
class Quotation:
    """Words someone is reported to have said (quoted, or reported speech), their speaker and its date."""

    span: Span
    speaker_actor_id: str | None
    said_on: TimeExpression | None
    quoted: bool


def _frame_matches(event_type: EventType, acts: dict[str, list[FrameMatch]], offset: int,
                   word_classes: dict[str, frozenset[str]]) -> list[FrameMatch]:
    """The predicates of the parsed passage that express the type (`acts`: the passage's act frames matched, by
    type); for an announcing, the verbs that announce or decide an act told as one to come (and not only
    as a possibility, a condition or a wish: "told reporters Seoul had not asked for the curbs to be lifted")."""
    matches = list(acts[event_type.event_type])
    for frame in (f for f in event_type.frames if f.announces is not None):
        ahead = [a for a in acts[frame.announces] if told_ahead(a.predicate, *_future_words(word_classes))
                 and not _hypothetical(a, word_classes) and not negated(a.predicate)  # "said it would not lift"
                 and not _wished(a.predicate, word_classes)]
        matches += announcing(frame, ahead, offset, word_classes["future_nouns"])
    return matches


def _subject_of_same(noun: Token, same_type: set[int]) -> bool:
    """Whether the noun stands in the subject of a predicate of its own type, which tells the act ("talks ...
    broke down", "the next round of talks is expected to be held ...", the subject raised from "held")."""
    for word in (noun, *noun.ancestors):
        if word.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS):
            verbs = (word.head, *(c for c in word.head.children if c.dep_ == "xcomp"))
            return any(verb.i in same_type for verb in verbs)
    return False


def _forum_addressed(match: FrameMatch, mentions: list[ActorMention], actors: dict[str, Actor]) -> bool:
    """Whether the act's addressee names an international body and no party ("urged the WTO to ...")."""
    addressed = [m for m in mentions if match.target is not None and match.target.contains(m.span)]
    return bool(addressed) and all(actors[m.actor_id].actor_type == "igo" for m in addressed)


def _adopted(noun: Token, word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether a noun is the object of a verb of announcing that adopts it ("approved a proposal to ...")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in word_classes["announce"] & word_classes["performing"]


def _wished(predicate: Token, word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether a word of wishing or asking governs the act ("had not asked for the curbs to be lifted", "the
    goal was to reinstate ..."), unless it is a proposal or plan that a verb of announcing adopts ("approved a
    proposal to remove ...")."""
    return any(word.lemma_.lower() in word_classes["not_realised"] and not _adopted(word, word_classes)
               for word in governors(predicate))


def _undone(predicate: Token, undoing: frozenset[str]) -> bool:
    """Whether a noun act is the object of a verb that undoes it ("lift its restrictions on exports", "drop its
    complaint"): the undoing is the event, not the act it names."""
    return predicate.pos_ == "NOUN" and predicate.dep_ in ("dobj", "nsubjpass") and predicate.head.lemma_.lower() in undoing


def _future_words(word_classes: dict[str, frozenset[str]]) -> tuple[frozenset[str], ...]:
    """The verbs and the nouns that tell an act they govern as one to come, the verbs of announcing that do so
    for the noun of a step that is their object (announcing verbs that perform: not "said", "confirmed"), and the
    measure's own nouns, which are no step ("announced restrictions on exports" tells the restrictions)."""
    return (word_classes["future_governors"], word_classes["future_nouns"],
            word_classes["announce"] & word_classes["performing"], word_classes["measure"])


def _hypothetical(match: FrameMatch, word_classes: dict[str, frozenset[str]]) -> bool:
    """Whether the act is told as a possibility ("Japan could tighten ..."), an obligation someone sees ("Tokyo
    should lift ..."), an open question ("whether Japan will lift ..."), a condition ("if / unless Tokyo lifts
    ...") or what would follow from one ("Tokyo would lift the curbs if Seoul ...")."""
    return (marked(match.predicate, word_classes["speculative"] | word_classes["deontic"])
            or marked(match.predicate, word_classes["open_question"] | word_classes["conditional"], ("mark",))
            or (marked(match.predicate, ("would",)) and any(
                marked(clause, word_classes["conditional"], ("mark",))
                for clause in match.predicate.children if clause.dep_ == "advcl")))


def _outsider(match: FrameMatch, actor_id: str | None, mentions: list[ActorMention], parties: tuple[str, str] | None,
              resolver: SpeakerResolver) -> bool:
    """Whether a trade measure is another country's: its actor stands for neither party of the article, or its
    subject is a name the dictionary lacks that is no body or role ("China imposed export controls on gallium";
    not "the Cabinet approved ...")."""
    actors = resolver.actors
    if actor_id is not None:
        return parties is not None and side(actor_id, actors) not in {side(party, actors) for party in parties}
    head = match.actor_head
    return (head is not None and head.pos_ == "PROPN" and match.actor is not None
            and head.lower_ not in resolver.organisation_words | resolver.person_roles | LED_BODIES
            and not any(match.actor.contains(m.span) for m in mentions))


def _owned_act(predicate: Token) -> bool:
    """A noun of an act with its actor as possessor ("rejected Seoul's demand", "discussed Japan's removal of
    ..."): the act was done, whatever verb governs the noun."""
    return predicate.pos_ == "NOUN" and any(child.dep_ == "poss" for child in predicate.children)


def _relative_clause(predicate: Token) -> bool:
    """Whether the predicate heads a relative clause ("the curbs, which he called retaliation", "what he described
    as ..."): a word someone says in it is said, whatever asks for the noun it describes."""
    return predicate.dep_ == "relcl" or any(c.tag_ in RELATIVE_PRONOUN_TAGS and c.dep_ in ("dobj", "nsubj")
                                            for c in predicate.children)


def _frame_triggers(event_type: EventType, acts: dict[str, list[FrameMatch]], offset: int,
                    quotations: list[Quotation], word_classes: dict[str, frozenset[str]],
                    requests: frozenset[int]) -> list[tuple[FrameMatch, Quotation | None]]:
    """The predicates of the passage that express the type, each with the reported words it stands in (if
    any). A predicate inside quotation marks counts only when the quotation's speaker is known; one governed
    by a request, refusal or wish ("urged Tokyo to withdraw ...", "told Seoul to tighten ...": `requests` are
    the passage's predicates of demands and threats) is not reported as done or planned."""
    found = []
    matches = _frame_matches(event_type, acts, offset, word_classes)
    same_type = {match.predicate.i for match in matches}
    for match in matches:
        if _hypothetical(match, word_classes):
            continue  # "Japan could tighten ...", "whether / if Japan lifts ...": speculation or a condition, not an act
        if is_subjunctive(match.predicate, word_classes["request"]):
            continue  # "insisted that Tokyo lift ...": asked for
        if _undone(match.predicate, word_classes["lift"]):
            continue  # "Japan will lift its restrictions on ...": the restrictions are what is lifted
        if event_type.fixed_status in REQUESTED and _adopted(match.predicate, word_classes):
            continue  # "the cabinet approved a proposal to ...": the adopter's own plan, asked of nobody
        above = list(governors(match.predicate))
        # "Japan's tightened controls", "rejected Seoul's demand", "scrap what he called retaliation": done
        done = is_attributive(match.predicate) or _owned_act(match.predicate) or (
            event_type.plover_type in VERBAL_PLOVER_TYPES and _relative_clause(match.predicate))
        wish = None if done else next((w for w in above if w.lemma_.lower() in word_classes["not_realised"]), None)
        refusal = (wish is not None and event_type.refused_as is not None and any(map(is_negation, wish.children))
                   and wish.lemma_.lower() not in word_classes["controlling"])
        if wish is not None and not refusal:
            continue  # "urged Tokyo (not) to lift", "had not asked for ... to be withdrawn": asked for or not;
            # "has no intention of lifting" is a refusal
        if not done and any(word.i in requests for word in above):
            continue
        if any(word.i in same_type for word in above) or _subject_of_same(match.predicate, same_type):
            continue  # "will meet next month to discuss ...": the purpose is part of the act that governs it
        inside = next((q for q in quotations if q.span.contains(match.trigger)), None)
        if inside is None or inside.speaker_actor_id is not None or not inside.quoted:
            found.append((match, inside))
    return found


def _relative_antecedent(match: FrameMatch) -> Phrase | None:
    """The noun phrase a relative clause's subject pronoun stands for ("the ministry, which imposed ...": the
    ministry), without the clause."""
    head = match.actor_head
    if head is None or head.tag_ not in RELATIVE_PRONOUN_TAGS or match.predicate.dep_ != "relcl":
        return None
    antecedent = match.predicate.head
    return Phrase((antecedent,), tokens_span([t for t in antecedent.subtree if t.i <= antecedent.i]))


def _measure_owner(match: FrameMatch, measures: frozenset[str], resolver: SpeakerResolver) -> str | None:
    """Who owns the measure that a step of it told as a noun acts on, and so takes the step (and announces it):
    "the lifting of Japan's curbs was announced" (Japan lifts them), as "Japan's curbs were lifted"."""
    measure = next((o for prep in match.predicate.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for o in prep.children if o.dep_ == "pobj"), None) if match.predicate.pos_ == "NOUN" else None
    owner = next((c for c in measure.children if c.dep_ == "poss"), None) if measure is not None else None
    if owner is None or measure.lemma_.lower() not in measures:
        return None
    return resolver.names(Phrase.of(owner), match.trigger.start).actor_id


def _acting_head(match: FrameMatch) -> Token | None:
    """The head of the phrase that does the act: its subject, agent or possessor, or for a relative clause's
    subject pronoun the subject of the verb that has the antecedent as object (_holder_subject)."""
    antecedent = _relative_antecedent(match)
    return match.actor_head if antecedent is None else _holder_subject(antecedent.heads[-1])


def _holder_subject(noun: Token) -> Token | None:
    """The subject of the verb whose object the noun is, or holds it in a phrase ("the Cabinet approved a
    revision to the order that removes ...": the Cabinet)."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ not in ("VERB", "AUX"):
        noun = noun.head.head
    holder = noun.head.head if noun.dep_ == "pobj" else noun.head if noun.dep_ == "dobj" else None
    return next((c for c in holder.children if c.dep_ in SUBJECTS), None) if holder is not None else None


def _antecedent_actor(antecedent: Phrase, match: FrameMatch, resolver: SpeakerResolver) -> str | None:
    """Who the antecedent of a relative clause's subject names, or, for a noun that names nobody, the subject of
    the verb that holds it (_holder_subject: "Seoul promulgated a decree that drops ..."); else nobody ("a move that
    requires ...")."""
    named = resolver.names(antecedent, match.trigger.start).actor_id
    subject = _holder_subject(antecedent.heads[-1])
    if named is None and subject is not None:
        named = resolver.names(Phrase.of(subject), match.trigger.start).actor_id
    return named


def _narrated_actor(text: str, match: FrameMatch, mentions: list[ActorMention], speech: SpeechPatterns,
                    actors: dict[str, Actor], resolver: SpeakerResolver | None = None) -> str | None:
    """The actor the phrase the parse gives as the predicate's subject, agent or possessor refers to by the rules
    for speakers (`resolver`, in narration: "the ministry", "South Korea's trade minister", "Japanese officials",
    "he"), unless it names both parties; else the first actor named in it; for a noun owned by "its" or "their",
    the subject of the verb whose object it is; failing that, or with no phrase, the nearest actor named before
    it in subject position, outside the phrase of what the act moves ("Korea's removal from the list")."""
    if resolver is not None and (antecedent := _relative_antecedent(match)) is not None:
        return _antecedent_actor(antecedent, match, resolver)
    inside = [m.actor_id for m in mentions if match.actor and match.actor.contains(m.span)]
    named = None
    if resolver is not None and match.actor is not None and match.actor_head is not None and (
            len({country_of(actor_id, resolver.actors) for actor_id in inside}) <= 1):  # "officials of A and B": joint
        named = resolver.names(Phrase((match.actor_head,), match.actor), match.actor.start).actor_id
    named = named or next(iter(inside), None)
    subject = possessor_subject(match.predicate) if named is None and resolver is not None else None
    if subject is not None:
        named = resolver.names(Phrase.of(subject), match.trigger.start).actor_id
    if named is None and match.actor is None and any(c.dep_ in PASSIVE_MARKS for c in match.predicate.children):
        return None  # the subject of a passive verb ("was removed", "to be removed") is acted on, not who acts
    outside_target = [m for m in mentions if (match.target is None or not match.target.contains(m.span))
                      and actors[m.actor_id].actor_type != "igo"]  # "its WTO complaint": a forum, not who acts
    return named or _actor(text, match.trigger, outside_target, speech)


def _actor_and_date(text: str, passage: Passage, match: FrameMatch, reported: Quotation | None, event_type: EventType,
                    future: bool, mentions: list[ActorMention], expressions: list[TimeExpression], doc: Doc,
                    word_classes: dict[str, frozenset[str]], events: frozenset[int], speech: SpeechPatterns,
                    resolver: SpeakerResolver, anchor: Anchor) -> tuple[str | None, TimeExpression | None]:
    """Who acts and when. Inside reported words, an actor named in them acts ("..., a day after Moon urged"),
    except that a countermeasure of the speaker's own side told by the speaker is the speaker's threat;
    otherwise the speaker does when the act is verbal or quoted, and a verbal act of the speaker that has
    taken place is dated when the speech is (a future one by its own words); a material act in reported
    speech is read like narration."""
    verbal = event_type.plover_type in VERBAL_PLOVER_TYPES
    lasting = event_type.measure_effect in (None, "announce") or any(  # only a step on a measure takes effect
        child.dep_ == "aux" and child.lemma_ == "have" for child in match.predicate.children)
    in_passage_times = [e for e in expressions if passage.span.contains(e.span) and _may_date(e, future, lasting)]
    own_date = _date(match, in_passage_times, verbal and not future, doc, word_classes, events,
                     speech.reporting, anchor)
    if reported is None or reported.speaker_actor_id is None:
        return _narrated_actor(text, match, mentions, speech, resolver.actors, resolver), own_date
    clause_actor = _narrated_actor(text, match, [m for m in mentions if reported.span.contains(m.span)], speech,
                                   resolver.actors)
    if clause_actor is not None and event_type.fixed_status == "threatened" and (
            side(clause_actor, resolver.actors) == side(reported.speaker_actor_id, resolver.actors)):
        return reported.speaker_actor_id, own_date  # "Moon said Seoul would take countermeasures": Moon threatens
    if clause_actor is not None:
        return clause_actor, own_date
    if _joint_subject(text, match, reported.span.start) or (event_type.joint and _unnamed_group(text, match, mentions, resolver)):
        return None, own_date  # "“The two sides agreed ...,” Kim said": the parties act, not the speaker
    if verbal:
        return reported.speaker_actor_id, own_date if future else reported.said_on
    if reported.quoted:
        return reported.speaker_actor_id, own_date
    return _narrated_actor(text, match, mentions, speech, resolver.actors, resolver), own_date


def find_event_mentions(
    text: str,
    passages: list[Passage],
    mentions: list[ActorMention],
    event_types: dict[str, EventType],
    frames: FrameIndex,
    actors: dict[str, Actor],
    products: tuple[re.Pattern, dict[str, str]],
    expressions: list[TimeExpression],
    quotations: list[Quotation],
    anchor: Anchor,
    places: list[PlaceMention],
    docs: dict[int, Doc],
    word_classes: dict[str, frozenset[str]],
    speech: SpeechPatterns,
    time_words: TimePatterns,
    resolver: SpeakerResolver,
) -> list[EventMention]:
    """Every predicate of a relevant passage (`docs`: its parse) that expresses an event type (`frames`: the
    frames of `event_types`), outside quotations, with actors, status, date."""
    found = []
    previous_actor: str | None = None
    parties = dispute_parties(mentions, actors)
    for passage in (p for p in passages if p.relevant and p.passage_no in docs):  # parsed: a predicate may stand there
        sentence = passage.span.text(text)
        in_passage = [m for m in mentions if m.passage_no == passage.passage_no]
        named_products = products_named(sentence, products)
        first_actor: str | None = None
        doc = docs[passage.passage_no]
        offset = doc.user_data["offset"]  # where the parsed text starts (after a dateline)
        acts = frames.match(doc, offset)
        requests = frozenset(match.predicate.i for code, found in acts.items()
                             if event_types[code].fixed_status in REQUESTED for match in found)
        matches = {code: _frame_triggers(event_type, acts, offset, quotations, word_classes, requests)
                   for code, event_type in event_types.items()}
        predicates = frozenset(match.predicate.i for found in matches.values() for match, _ in found)
        seen: set[tuple] = set()
        for event_type in event_types.values():
            for match, reported in matches[event_type.event_type]:
                trigger = match.trigger
                told = _as_told(event_type, match, event_types)
                if told is None:
                    continue
                told_type, denied = told
                refusal = told_type is not event_type  # told now, whatever tense the refused act has
                to_come = not refusal and (_to_come(text, passage.span, match, word_classes, time_words.future_at_end)
                                           or _schedules(match, told_type, word_classes))
                if not _tense_fits(told_type, to_come):
                    continue
                future = to_come if told_type.fixed_status is None else told_type.fixed_status == "planned"
                actor_id, time = _actor_and_date(text, passage, match, reported, told_type, future, in_passage,
                                                 expressions, doc, word_classes, predicates, speech, resolver, anchor)
                if match.actor is None and (owner := _measure_owner(match, word_classes["measure"], resolver)) is not None:
                    actor_id = owner  # "Seoul welcomed the easing of Japan's curbs": Japan eases them
                if actor_id is None and reported is None and (
                        OPENING_PRONOUN.match(text[passage.span.start : trigger.start]) or match.frame.subjects is not None):
                    actor_id = previous_actor  # "It then ...", "The new rules take effect ...": the act told before
                if actor_id is None and (told_type.measure_type or match.announced is not None):
                    actor_id = _measure_owner(match.announced or match, word_classes["measure"], resolver)
                if _announces_another(match, actor_id, in_passage, actors):
                    continue
                status, time = _status_and_date(told_type, future, time, anchor)
                status = "denied" if denied else status
                code = told_type.event_type
                place = _location(passage.span, match, places, doc, word_classes["happening"], predicates)
                countries = resolver.countries(match.actor.text(text)) if match.actor else set()
                unnamed = match.actor is None or _unnamed_group(text, match, in_passage, resolver)
                for actor, target in _actor_target_pairs(text, match, passage.span.end, event_type, actor_id, in_passage,
                                                         actors, parties, speech, countries, unnamed,
                                                         _last_two_persons(mentions, match.trigger.start, actors)):
                    target = target or _described_target(match, actor, resolver) or _pronoun_target(match, actor, mentions, actors)
                    if target is None and not (event_type.addressee_target or match.frame.target_required):
                        target = _country_word_target(match, actor, resolver)
                    if match.frame.target_required and target is None:
                        continue  # "told reporters ...", "is pushing to ...": no party addressed
                    if target is None and told_type.fixed_status == "demanded" and _forum_addressed(match, in_passage, actors):
                        continue  # "urged the WTO to ...": a request of the forum, not a demand on the other party
                    if target is None and match.target_head is not None and (
                            match.target_head.lemma_.lower() in word_classes["other_side_nouns"]):
                        target = other_party(actor, parties, actors)  # "removed its neighbour from the list"
                    if event_type.joint and actor and target is None and reported and reported.speaker_actor_id not in (None, actor):
                        target = reported.speaker_actor_id  # "“Y agreed ...,” X said": Y agreed with X
                    if target is None and not event_type.addressee_target and event_type.measure_effect is None:
                        target = other_party(actor, parties, actors)  # the dispute's acts are done to the other side
                    if actor is None and target is not None and (head := _acting_head(match)) is not None:
                        actor = _generic_body_facing(target, resolver.generic_bodies(head), actors)
                    key = (code, actor, target, status, time.date if time else None)
                    if key in seen or (match.frame.actor_required and actor is None) or (
                            event_type.measure_effect is not None and _outsider(match, actor, in_passage, parties, resolver)) or (
                            event_type.joint and actor is not None and actors[actor].actor_type == "igo"):
                        continue  # "the WTO agreed to set up a panel": a venue's own decision, not the parties'
                    seen.add(key)
                    first_actor = first_actor or actor
                    found.append(
                        EventMention(code, passage.passage_no, passage.span, trigger, actor, target,
                                     status, time, place, named_products)
                    )
        found += _steps_told_again(passage, doc, found, event_types, word_classes, expressions, anchor, named_products)
        threats = {(e.passage_no, e.actor_id) for e in found if event_types[e.event_type].fixed_status == "threatened"}
        found += [w for w in _warned_measures(text, passage, acts, quotations, event_types, word_classes, in_passage,
                                              parties, speech, resolver)
                  if (w.passage_no, w.actor_id) not in threats]  # "warned that it could tighten ...": one threat
        previous_actor = first_actor
    return _carried_targets(found, event_types, actors)


def _steps_told_again(passage: Passage, doc: Doc, found: list[EventMention], event_types: dict[str, EventType],
                      word_classes: dict[str, frozenset[str]], expressions: list[TimeExpression], anchor: Anchor,
                      products: tuple[str, ...]) -> list[EventMention]:
    """A step on a trade measure told again by a noun that names no act, as the subject of its entry into force
    ("The change, which takes effect on Aug. 28, ...", "the revised ordinance will come into force on July 21"):
    the first step of the passage that told one last before it (its main act, not one reported beside it), with
    its actor and target, and the status and date of this clause (a present tense tells a step to come)."""
    told = []
    offset = doc.user_data["offset"]
    for verb in doc:
        if not enters_into_force(verb, word_classes["entering"], word_classes["in_force"]):
            continue
        subject = subject_of(verb)
        trigger = token_span(verb)
        if subject is None or subject.lemma_.lower() not in word_classes["step_nouns"] or any(
                e.trigger.overlaps(trigger) for e in found):
            continue
        steps = [e for e in found if e.trigger.start < trigger.start
                 and event_types[e.event_type].measure_effect not in (None, "announce")]
        if not steps:
            continue
        last = min((e for e in steps if e.passage_no == max(e.passage_no for e in steps)),
                   key=lambda e: e.trigger.start)  # the first of the passage told last
        future = future_by_auxiliary(verb) or verb.tag_ in ("VBZ", "VBP") or (
            verb.dep_ == "xcomp" and verb.head.lemma_.lower() in word_classes["future_governors"])
        time = next((e for e in expressions if passage.span.contains(e.span) and _may_date(e, future)
                     and modifies_predicate(doc, offset, verb, e.span, False, word_classes["happening"], frozenset())),
                    None)
        status, time = _status_and_date(event_types[last.event_type], future, time, anchor)
        told.append(EventMention(last.event_type, passage.passage_no, passage.span, trigger, last.actor_id,
                                 last.target_actor_id, status, time, None, products))
    return told


def _carried_targets(found: list[EventMention], event_types: dict[str, EventType],
                     actors: dict[str, Actor]) -> list[EventMention]:
    """A step of a measure whose text names no affected country takes the one the article names for a step of
    the same measure by the same side, the nearest before it, else the first after ("Japan tightened exports to
    South Korea ... since Japan's curbs took effect": South Korea)."""
    named = sorted((e.trigger.start, event_types[e.event_type].measure_type, side(e.actor_id, actors), e.target_actor_id)
                   for e in found if e.actor_id and e.target_actor_id and event_types[e.event_type].measure_type)
    carried = []
    for mention in found:
        measure = event_types[mention.event_type].measure_type
        if mention.target_actor_id is None and mention.actor_id and measure:
            same = [(at, target) for at, m, s, target in named if m == measure and s == side(mention.actor_id, actors)]
            before = [target for at, target in same if at < mention.trigger.start]
            target = before[-1] if before else next((t for at, t in same if at > mention.trigger.start), None)
            mention = replace(mention, target_actor_id=target)
        carried.append(mention)
    return carried


def _warned_measures(text: str, passage: Passage, acts: dict[str, list[FrameMatch]], quotations: list[Quotation],
                     event_types: dict[str, EventType], word_classes: dict[str, frozenset[str]],
                     mentions: list[ActorMention], parties: tuple[str, str] | None, speech: SpeechPatterns,
                     resolver: SpeakerResolver) -> list[EventMention]:
    """A measure of the speaker's own side told as a possibility in the speaker's words ("the country could
    expand trade restrictions if ..., the minister added"): the speaker threatens it (PLOVER THREATEN), dated
    when the words were said. Speculation by someone else, about the other side, or about what will not be
    done is no threat."""
    threat = next((t for t in event_types.values() if t.fixed_status == "threatened"), None)
    if threat is None:
        return []
    actors = resolver.actors
    found = []
    for code, matches in acts.items():
        for match in (m for m in matches if event_types[code].measure_effect == "impose"
                      and marked(m.predicate, word_classes["speculative"]) and not negated(m.predicate)):
            reported = next((q for q in quotations if q.span.contains(match.trigger) and q.speaker_actor_id), None)
            if reported is None:
                continue
            speaker = reported.speaker_actor_id
            actor = _narrated_actor(text, match, mentions, speech, resolver.actors, resolver)
            if actor is not None and side(actor, actors) == side(speaker, actors):
                found.append(EventMention(threat.event_type, passage.passage_no, passage.span, match.trigger, speaker,
                                          other_party(speaker, parties, actors), "threatened", reported.said_on,
                                          None, ()))
    return found


def _generic_body_facing(target: str, bodies: dict[str, str], actors: dict[str, Actor]) -> str | None:
    """Of the bodies a generic organisation noun may name (one per country), the one of the other country than
    the act's target: in a two-party dispute "the Cabinet approved removing Ruritania from the list" is the
    other party's cabinet."""
    others = [body for country, body in bodies.items() if country != side(target, actors)]
    return others[0] if len(bodies) == 2 and len(others) == 1 else None


def side(actor_id: str, actors: dict[str, Actor]) -> str | None:
    """The country an actor stands for: its own, else its parent's (an official of a ministry)."""
    actor = actors.get(actor_id)
    if actor is None:
        return None
    parent = actors.get(actor.parent_actor_id) if actor.parent_actor_id else None
    return actor.country or (parent.country if parent else None)


def other_party(actor_id: str | None, parties: tuple[str, str] | None, actors: dict[str, Actor]) -> str | None:
    """The article's party (`parties`, from dispute_parties) on the other side from the actor, if the actor
    stands for one of them."""
    country = side(actor_id, actors) if actor_id else None
    if parties is None or country is None or country not in (side(p, actors) for p in parties):
        return None
    others = [p for p in parties if side(p, actors) != country]
    return others[0] if len(others) == 1 else None


NOT_PARTIES = ("media", "company", "group", "igo")  # actor types whose country a mention does not name as a party


def state_actors(actors: dict[str, Actor]) -> dict[str, str]:
    """The state actor of each country."""
    return {actor.country: actor.actor_id for actor in actors.values() if actor.actor_type == "state" and actor.country}


def dispute_parties(mentions: list[ActorMention], actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The two states an article is about: the two countries its relevant passages name most often (a tie
    goes to the one named first) by their states, governments and officials (not by a news agency, a company or
    a group based there: "SEOUL (AP) —"), as their state actors, in the order the article first names them."""
    states = state_actors(actors)
    countries = [c for c in (country_of(m.actor_id, actors) for m in mentions
                             if actors[m.actor_id].actor_type not in NOT_PARTIES) if c in states]
    top = [country for country, _ in Counter(countries).most_common(2)]
    if len(top) < 2:
        return None
    first, second = sorted(top, key=countries.index)
    return states[first], states[second]


def _actor_target_pairs(text: str, match: FrameMatch, clause_end: int, event_type: EventType, actor_id: str | None,
                        mentions: list[ActorMention], actors: dict[str, Actor], parties: tuple[str, str] | None,
                        speech: SpeechPatterns, subject_countries: set[str], unnamed: bool,
                        persons: tuple[str, str] | None = None) -> list[tuple[str | None, str | None]]:
    """(actor, target) of a trigger: one pair, or two for a reciprocal act of two parties ("Tokyo and Seoul
    downgraded each other's trade status" is Tokyo acting on Seoul and Seoul on Tokyo), unless the type is
    one both parties do together (talks, agreements). A joint act of two
    parties ("officials from Japan and South Korea will meet") has the first named as actor and the other as
    target (curated/ANNOTATION.md), and so does "the two sides" (or "the countries", "both nations" ...) with
    the article's two parties, as does a joint act that names no one (`unnamed`: "talks were held in Geneva",
    "senior officials will meet") or whose subject names both parties' countries by their words
    (`subject_countries`: "Japanese and Korean officials"). A type whose target is its addressee takes the party
    addressed."""
    trigger = match.trigger
    pair = _phrase_parties(match.actor, mentions, actors) or _joint_parties(text, trigger, mentions, actors)
    if pair is None and event_type.joint and parties and {country_of(party, actors) for party in parties} <= subject_countries:
        pair, actor_id = parties, parties[0]  # "Japanese and South Korean officials met ...": both parties
    unnamed_joint = event_type.joint and unnamed  # "talks were held in Geneva": the parties held them
    if pair is None and (actor_id is None or event_type.joint) and (unnamed_joint or _joint_subject(text, match, 0)):
        people = persons if persons and match.actor is not None and PEOPLE.search(match.actor.text(text)) else None
        pair = people or parties  # "the two ministers agreed": the two ministers named last
        actor_id = pair[0] if pair else None
    if pair and RECIPROCAL.search(match.extent.text(text)) and not event_type.joint:
        return [pair, pair[::-1]]
    if pair and actor_id in pair:
        return [pair]
    if event_type.addressee_target and match.target is None:
        return [(actor_id, _addressee(text, actor_id, mentions, actors, speech))]
    if event_type.measure_effect is not None:  # a measure applies to a country or a body, never to a person
        mentions = [m for m in mentions if actors[m.actor_id].actor_type != "person"]
    return [(actor_id, _target(text, trigger, clause_end, actor_id, mentions, actors, match.target, match.extent, speech))]


def _unnamed_group(text: str, match: FrameMatch, mentions: list[ActorMention], resolver: SpeakerResolver) -> bool:
    """Whether the subject is a group of officials that names no party nor country ("senior trade officials will
    meet next week"): for a joint act, the parties' people."""
    head = match.actor_head
    return (head is not None and match.actor is not None and head.tag_ in ("NNS", "NNPS")
            and head.lemma_.lower() in resolver.official_groups
            and not any(match.actor.contains(m.span) for m in mentions) and not resolver.countries(match.actor.text(text)))


def _last_two_persons(mentions: list[ActorMention], before: int, actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The last two persons of different sides named before `before`, in the order named ("Park met Hayashi. The
    two ministers agreed ...": Park and Hayashi)."""
    people = [m for m in mentions if m.span.end <= before and actors[m.actor_id].actor_type == "person"]
    last = people[-1] if people else None
    other = next((m for m in reversed(people) if last is not None and _side_key(m.actor_id, actors)
                  != _side_key(last.actor_id, actors)), None)
    return (other.actor_id, last.actor_id) if last is not None and other is not None else None


def _joint_subject(text: str, match: FrameMatch, since: int) -> bool:
    """Whether the subject is "the two sides" (or "both countries" ...): in the parse, or right before the
    predicate (after position `since`)."""
    return bool((match.actor is not None and JOINT_PHRASE.fullmatch(match.actor.text(text)))
                or JOINT_SUBJECT.search(text[max(since, match.trigger.start - 60) : match.trigger.start]))


def _side_key(actor_id: str, actors: dict[str, Actor]) -> str | None:
    """The side an actor stands for in a joint act: its country, or a person of no known country on their own."""
    country = country_of(actor_id, actors)
    return country if country is not None or actors[actor_id].actor_type != "person" else actor_id


def _phrase_parties(phrase: Span | None, mentions: list[ActorMention], actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The two parties of different sides that the subject phrase names ("officials from A and B", "Minister X and
    Y")."""
    inside = [m.actor_id for m in mentions if phrase is not None and phrase.contains(m.span)]
    by_side = {_side_key(actor_id, actors): actor_id for actor_id in reversed(inside)}
    parties = [by_side[c] for c in dict.fromkeys(_side_key(a, actors) for a in inside) if c is not None]
    return (parties[0], parties[1]) if len(parties) == 2 else None


def _joint_parties(text: str, trigger: Span, mentions: list[ActorMention],
                   actors: dict[str, Actor]) -> tuple[str, str] | None:
    """The two actors of different countries joined by "and" (or, in a headline's style, a comma or "&") right
    before the trigger, if the subject is such ("Seoul, Tokyo restore ...")."""
    before = [m for m in mentions if m.span.end <= trigger.start]
    if len(before) < 2:
        return None
    first, second = before[-2], before[-1]
    joined = JOINING.fullmatch(text[first.span.end : second.span.start])
    verb_next = re.fullmatch(r"\s*(?:\w+\s+){0,2}", text[second.span.end : trigger.start])
    countries = {_side_key(first.actor_id, actors), _side_key(second.actor_id, actors)}
    if joined and verb_next and None not in countries and len(countries) == 2:
        return first.actor_id, second.actor_id
    return None
