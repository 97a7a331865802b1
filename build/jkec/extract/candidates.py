"""Actors the dictionary lacks: named persons introduced with a role, and organisations that speak.

- "Trade Minister Taro Yamada", "spokesman Kim Min-su": a role word right before a capitalised name of two to
  four words;
- "Park Ji-won, director-general for trade policy at the trade ministry,": a name followed by an apposition
  that contains a role word (a comma or the end of the passage closes it: "“...” — Park Ji-won, economist at X");
- "the Korea International Trade Association said": a capitalised name ending in an organisation word, as the
  subject of a speech verb;
- from the parse, a person who speaks (extract/speech.py): a capitalised name of two to four words as the
  subject of a speech act, with a role in apposition ("said Kim Min-su, a researcher at ...", "Another
  protester, Kim So-hee, said", also when the parser hangs the name on a noun inside the role: "Japan's
  ambassador to South Korea, Koji Tomita, said"), the role as written, or with a relative clause about a
  person ("said Park Ji-hoon, who heads ...") or with a name that is a person's by its form (a family name and
  a hyphenated given name: "Park Ji-hoon said"), no title; an organisation, with an organisation noun of
  curated/roles.yaml in apposition ("SK Hynix, the world's second-largest memory chipmaker, said"), or a
  capitalised name that opens or ends with an organisation word, in the speaker phrase before any apposition
  ("according to the Korea International Trade Association", "a spokesman for Osaka-based Kansai Fluoro
  Chemicals": Kansai Fluoro Chemicals; not a generic organisation: "the Trade Ministry").

A title before a name ("Trade Minister Park Min-jun") is the role, not part of the name.

Each candidate gets a deterministic id from its name (`cand_<slug>`), its role as title, as parent the
dictionary actor its role names (a body before a state: "director of the Korea desk at Japan's trade ministry"
works for the ministry; a capital names a government only in an office, else a place: "an analyst at a Seoul
brokerage"), and that parent's country, else the country a country word in its role names (else,
for a match of the patterns above, one just before it); later repetitions of the full name in the article, and
of a person's first or last name standing alone, are mentions of it too, unless another candidate of the
article has the same part. A country named inside an organisation's name ("the Korea International Trade
Association said") is a word of that name, not a mention of its own.
Candidates enter `actors` with curated = false.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from jkec.curated import Actor, Offices, Roles, SpeechVerbs
from jkec.extract.actors import ActorMention, office_word, title_word
from jkec.extract.names import NAME, NAME_WORD, part_spans
from jkec.extract.parse import token_span, tokens_span
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex
from jkec.extract.speech import SpeechAct
from jkec.extract.titles import country_pattern


HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]+ [A-Z][a-z]+-[a-z]+")  # "Park Ji-hoon": a person's name by its form
# a capitalised name whose words may be joined by "of", "and" or "for", not opening with "The" or a place it is based in
JOINER = re.compile(r"\s+(?:of|and|for)\s+")
ORGANISATION_NAME = re.compile(r"(?<![\w-])(?!\w+-based\b|The\b)[A-Z][\w&.’'-]*(?:\s+(?:(?:of|and|for)\s+)?[A-Z][\w&.’'-]*)+")


def candidate_id(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return "cand_" + re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_")


@dataclass(frozen=True)
class Candidate:
    actor: Actor
    mentions: tuple[ActorMention, ...]


@dataclass(frozen=True)
class NamedSpeaker:
    """A person or organisation the parse shows speaking: the name, the role the text gives a person, and the
    actor type."""

    name: Span
    role: Span | None
    actor_type: str = "person"


class CandidateFinder:
    """Finds actors the dictionary lacks, mentioned in the relevant passages of one article (a person may be
    introduced in a sentence off the dispute: "Kim Min-su, a deputy minister, told a briefing on the pact ...")."""

    def __init__(self, roles: Roles, offices: Offices, speech_verbs: SpeechVerbs, actors: dict[str, Actor]) -> None:
        self.actors = actors
        role = "|".join(re.escape(word) for word in sorted(roles.person_roles, key=len, reverse=True))
        self.role_word = title_word(roles)
        self.leading_role = re.compile(rf"^(?:[A-Z][\w’'-]*\s+){{0,3}}?(?i:{role})\s+")
        self.name = re.compile(NAME)
        speech = speech_verbs.forms(("report",), slots=("present", "past"))
        suffix = "|".join(re.escape(word) for word in sorted(roles.organisation_suffixes, key=len, reverse=True))
        self.suffix_type = roles.organisation_suffixes
        self.apposition_type = roles.organisation_appositions
        self.office = office_word(roles)
        self.country_words = re.compile(country_pattern(offices.country_words))
        self.country_of_word = {word.lower(): code for code, words in offices.country_words.items() for word in words}
        self.generic = frozenset(alias.lower() for alias in offices.organisations)
        self.suffix = re.compile(suffix)  # a sentence without one is not scanned for the patterns that need one
        self.patterns = (  # kind, pattern, whether its matches hold an organisation suffix
            ("person", re.compile(rf"(?P<role>(?:\b[A-Z][\w’'-]*\s+){{0,3}}\b(?i:{role})s?)\s+{NAME}"), False),  # "ministers X and Y"
            ("person", re.compile(rf"{NAME},\s+(?:an?\s+|the\s+)?(?P<role>[^,.;]{{0,80}}?\b(?i:{role})\b[^,.;]{{0,80}})(?:,|\s*$)"),
             False),
            ("organisation", re.compile(rf"(?:\bThe\s+)?(?P<name>(?:{NAME_WORD}\s+|of\s+|and\s+){{1,6}}(?:{suffix}))\s+(?:{speech})\b"),
             True),
            ("person", re.compile(rf"\b(?!The\b){NAME},?\s+(?:of|at|from)\s+(?:the\s+)?(?:{NAME_WORD}\s+|of\s+|and\s+)"
                                  rf"{{0,5}}(?:{suffix})\b"), True),  # "Jane Doe of the Freedonia Institute", "... at Ruritania University"
        )

    def _actor(self, kind: str, name: str, role: str | None, context: str, named: list[ActorMention],
               role_span: Span | None) -> Actor:
        mentioned = [m for m in named if role_span and role_span.contains(m.span)]
        office = bool(self.office.search(role or ""))  # "analyst at a Seoul brokerage": the capital is a place
        in_role = [m.actor_id for m in mentioned if office or m.alias_kind != "metonym"]
        parent = next((a for a in in_role if self.actors[a].actor_type != "state"), in_role[0] if in_role else None)
        country_match = self.country_words.search(role or "") or self.country_words.search(context)
        country = self.country_of_word[country_match.group("country").lower()] if country_match else None
        if places := [self.actors[m.actor_id].country for m in mentioned if m.alias_kind == "metonym"]:
            country = places[0]
        if parent is not None and self.actors[parent].country is not None:
            country = self.actors[parent].country  # "director of the Ruritania office at Freedonia's ministry"
        actor_type = self.suffix_type[name.split()[-1]] if kind == "organisation" else kind
        title = " ".join(role.split()) if role and kind == "person" else None
        return Actor(candidate_id(name), name, actor_type, country, parent, title, None, ((name, "name"),))

    def _name_at(self, text: str, token: Token) -> Span | None:
        """The capitalised name of two to four words that the token is part of, without a role before it."""
        sentence = token.sent
        position = token_span(token).start
        for match in self.name.finditer(text, token_span(sentence[0]).start, token_span(sentence[-1]).end):
            if match.start() <= position < match.end():
                leading = self.leading_role.match(match.group(0))
                start = match.start() + (leading.end() if leading else 0)
                return Span(start, match.end()) if start <= position and len(text[start : match.end()].split()) > 1 else None
        return None

    def _personal_name(self, text: str, name: Span) -> bool:
        """Whether a name alone is a person's by its form, a family name and a hyphenated given name ("Park
        Ji-hoon", "Kim So-hee"), with no role word right before it (which its own pattern reads)."""
        before = text[: name.start].split()[-1:]
        return bool(HYPHENATED_GIVEN_NAME.fullmatch(name.text(text))) and not (
            before and self.role_word.fullmatch(before[0].strip(",")))

    def _role(self, text: str, tokens: list[Token]) -> Span | None:
        """A role phrase without leading determiners or punctuation, if it has a role word."""
        while tokens and (tokens[0].dep_ in ("det", "predet") or tokens[0].is_punct):
            tokens = tokens[1:]
        while tokens and tokens[-1].is_punct:
            tokens = tokens[:-1]
        span = tokens_span(tokens) if tokens else None
        return span if span is not None and self.role_word.search(span.text(text)) else None

    def _organisation_apposition(self, head: Token) -> str | None:
        """The actor type an organisation noun in apposition to the name implies ("the world's largest chipmaker")."""
        return next((self.apposition_type[c.lemma_.lower()] for c in head.children
                     if c.dep_ == "appos" and c.lemma_.lower() in self.apposition_type), None)

    def _organisations_in(self, text: str, act: SpeechAct) -> list[NamedSpeaker]:
        """Organisations named before any apposition of a speaker phrase by a capitalised name that opens with an
        organisation word ("the Federation of Korean Industries said") or a part of one, between "of", "and" or
        "for", that ends with one ("according to the Korea International Trade Association", "a spokesman for
        Osaka-based Kansai Fluoro Chemicals"; not "Nora Feld of Ruritania Risk Group", whose head is a person's
        name outside it), without a place it is based in; not a generic organisation of curated/offices.yaml
        ("the Trade Ministry") nor a state's agency named by its country ("the Korea Office at ...")."""
        found = []
        comma = text.find(",", act.phrase.start, act.phrase.end)
        for match in ORGANISATION_NAME.finditer(text, act.phrase.start, act.phrase.end if comma < 0 else comma):
            cuts = [match.start(), *(j for joint in JOINER.finditer(text, match.start(), match.end()) for j in joint.span()),
                    match.end()]
            parts = [Span(a, b) for a, b in zip(cuts[::2], cuts[1::2])]
            first = parts[0].text(text).split()
            opening = next((w for w in (first[0], first[-1]) if w in self.suffix_type), None)
            if opening is not None:  # "Federation of Korean Industries", "Korea Chamber of Commerce and Industry"
                named = [(Span(match.start(), match.end()), opening)]
            else:  # "Nora Feld of Ruritania Risk Group": a later part that ends with one
                named = [(part, part.text(text).split()[-1]) for part in parts[1:]]
            for name, suffix in named:
                words = name.text(text).split()
                kind = self.suffix_type.get(suffix)
                state_body = kind == "agency" and any(w.lower() in self.country_of_word for w in words)
                generic = " ".join(w for w in words if w.lower() not in self.country_of_word).lower() in self.generic
                headed = any(name.contains(token_span(h)) for h in act.subject) or all(h.pos_ != "PROPN" for h in act.subject)
                if kind is not None and len(words) > 1 and headed and not (generic or state_body):
                    found.append(NamedSpeaker(name, None, kind))
        return found

    def speakers(self, text: str, acts: list[SpeechAct]) -> list[NamedSpeaker]:
        """Persons named as the subject of a speech act with a role in apposition ("Kim Min-su, a researcher at
        ..., said", "said Kim Min-su, a researcher at ...", "Another protester, Kim So-hee, said") or a relative
        clause about a person ("said Park Ji-hoon, who heads ...", no title); organisations named in the
        speaker phrase of one (_organisations_in)."""
        found = [o for act in acts if act.phrase is not None for o in self._organisations_in(text, act)]
        for head in (head for act in acts for head in act.subject):
            if head.pos_ == "PROPN" and (kind := self._organisation_apposition(head)):
                found.append(NamedSpeaker(_proper_name(head), None, kind))  # "SK Hynix, the ... chipmaker, said"
                continue
            appositions = [c for c in head.children if c.dep_ == "appos"] or _closing_apposition(head)
            if name := self._name_at(text, head):
                in_name = [t for t in head.sent if name.contains(token_span(t))]
                roles = [self._role(text, list(c.subtree)) for t in in_name for c in t.children if c.dep_ == "appos"]
                role = next((r for r in roles if r), None)
                if role is None and (any(_who_clause(c) for t in in_name for c in t.children)
                                     or self._personal_name(text, name)):
                    found.append(NamedSpeaker(name, None))  # "said Park Ji-hoon, who heads ...", "Park Ji-hoon said"
                    continue
            elif head.pos_ == "NOUN" and appositions and (name := self._name_at(text, appositions[0])):
                role = self._role(text, [t for t in head.subtree if t.i < appositions[0].left_edge.i])
            else:
                continue
            if role is not None:
                found.append(NamedSpeaker(name, role))
        return found

    def find(self, text: str, passages: list[Passage], named: list[ActorMention],
             speakers: list[NamedSpeaker]) -> list[Candidate]:
        index = SpanIndex([passage.span for passage in passages])
        taken = [m.span for m in named]
        countries = [m.span for m in named if self.actors[m.actor_id].actor_type == "state"]
        candidates: dict[str, Actor] = {}
        for speaker in speakers:
            inside = countries if speaker.actor_type != "person" else []
            if any(speaker.name.overlaps(t) and not _part_of(t, speaker.name, inside) for t in taken):
                continue
            role = speaker.role.text(text) if speaker.role else None
            actor = self._actor(speaker.actor_type, speaker.name.text(text), role, role or "", named, speaker.role)
            candidates.setdefault(actor.actor_id, actor)
            taken.append(speaker.name)
        for passage in (p for p in passages if p.relevant or p.reason == "no_dispute_term"):
            sentence = passage.span.text(text)
            has_suffix = self.suffix.search(sentence) is not None
            for kind, pattern, needs_suffix in self.patterns:
                if needs_suffix and not has_suffix:
                    continue
                for match in pattern.finditer(sentence):
                    name = match.group("name").strip()
                    start = passage.span.start + match.start("name")
                    if kind == "person" and (leading := self.leading_role.match(name)):
                        name, start = name[leading.end() :], start + leading.end()
                    span = Span(start, start + len(name))
                    inside = countries if kind == "organisation" else []
                    if len(name.split()) < 2 or (kind == "person" and name.split()[-1] in self.suffix_type) or any(
                            span.overlaps(t) and not _part_of(t, span, inside) for t in taken):
                        continue
                    role = match.groupdict().get("role")
                    role_span = Span(passage.span.start + match.start("role"), passage.span.start + match.end("role")) if role else None
                    context = sentence[max(0, match.start() - 40) : match.end()]
                    actor = self._actor(kind, name, role, context, named, role_span)
                    candidates.setdefault(actor.actor_id, actor)
                    taken.append(span)
        found = []
        for actor in candidates.values():
            spans = [(Span(m.start(), m.end()), "name") for m in re.finditer(rf"\b{re.escape(actor.name)}\b", text)]
            if actor.actor_type == "person" and spans:
                spans += [(span, "surname") for span in part_spans(text, actor.name, spans[0][0].end, self.role_word)]
            mentions = tuple(
                ActorMention(actor.actor_id, span, kind, passages[covering[0]].passage_no)
                for span, kind in spans
                if len(covering := index.covering(span)) == 1 and passages[covering[0]].relevant
                and not any(span.overlaps(m.span) and not _part_of(m.span, span, countries) for m in named)
            )
            if mentions:
                found.append(Candidate(actor, mentions))
        return unshared(found)


def unshared(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates without the words that two of them claim: a name part that two persons of the article
    share ("Kim" after "Kim Jung-woo" and "Kim Hyun-chong") names neither for sure."""
    claims = Counter(mention.span for candidate in candidates for mention in candidate.mentions)
    kept = [Candidate(c.actor, tuple(m for m in c.mentions if claims[m.span] == 1)) for c in candidates]
    return [candidate for candidate in kept if candidate.mentions]


def _who_clause(token: Token) -> bool:
    """A relative clause about a person ("..., who heads ...")."""
    return token.dep_ == "relcl" and any(child.lower_ == "who" for child in token.children)


def _part_of(mention: Span, name: Span, countries: list[Span]) -> bool:
    """Whether a country's mention is a word of an organisation's name ("Korea" of "Korea International Trade
    Association"): the name takes it."""
    return mention in countries and name.contains(mention) and mention != name


def _closing_apposition(head: Token) -> list[Token]:
    """A name in apposition that closes the subject phrase though the parser hangs it on a noun inside it
    ("Japan's ambassador to South Korea, Koji Tomita, said": on "Korea")."""
    words = [t for t in head.subtree if not t.is_punct]
    last = words[-1] if words else head  # a subject the parser gives as punctuation has no apposition
    return [last] if last.dep_ == "appos" and last.head.i != head.i and last.pos_ == "PROPN" else []


def _proper_name(head: Token) -> Span:
    """The proper noun with the proper nouns compounded right before it ("SK Hynix")."""
    start = head.i
    while start > 0 and head.doc[start - 1].dep_ == "compound" and head.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return tokens_span(head.doc[start : head.i + 1])
