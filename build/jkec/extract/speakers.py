"""Who a speech act's speaker phrase names (curated/ANNOTATION.md, sections 3 and 9.5).

In order:
- a pronoun: "he"/"she" is the speaker of the last speech act before it when a singular role noun names that
  speaker and no person is named after it outside its words ("A spokeswoman said Moon would not go. She added":
  the spokeswoman's body); else the person named before it outside quotation marks in the last sentence that names
  one, the subject of that sentence if a person is ("Moon criticised Abe. He said": Moon), else the last
  named, unless that person is joined to another ("Sung and Kajiyama met. He said": either); "it" is the most
  recent organisation or state that spoke, or was the subject of a clause not reported by someone (in a
  passage not parsed: that opens it), before it, unless a later sentence before it names another organisation
  or state; "they" is the group that spoke last when a plural group noun names it ("Japanese officials said
  ... . They added"); other pronouns name nobody; "the country" and "the nation" are the most recent state (or its
  government) by the rule of "it";
- an actor named on the phrase's head word ("Kajiyama said", "South Korea's trade ministry said", "Kim Min-su,
  an economist at ..., said");
- an organisation word whose possessor is a person ("Moon's office", "Kajiyama's ministry"): the body above the
  person whose name has that word, else nobody;
- a group of a body's people ("Japanese officials", "officials of the trade ministry"; curated/roles.yaml
  official_groups): the organisation the phrase names (also by a role noun: "an official at the ministry"),
  else the government of the country it names (nobody when a sector noun qualifies it: "industry officials";
  curated/roles.yaml private_sectors), else, for one that refers back ("the official", "one official"),
  whom the same noun stood for last (the speaker it named, or the government of the country its phrase named),
  else, for "the official", the person named last before if their title is an office, else nobody;
- an actor named elsewhere in the phrase, outside its relative clauses, when the phrase is headed by a common
  noun: a person first ("an aide to Moon", "a spokesman for the ministry"; a body a role noun serves is named
  by a title: "Seoul's trade envoy"); a country names only where the
  speaker belongs ("South Korea's top court" is not the state), and a name the dictionary lacks is someone
  else than the body its apposition names ("Akira Sato, head of a Tokyo chemical maker");
- a person's role serving a body named by a role noun ("a spokesperson for the ministry"): that body, found as
  below;
- a singular role noun ("the minister", "the ministry", "the foreign ministry", "South Korea's trade minister";
  curated/roles.yaml): the most recent actor named before whose title or name has that word and the nouns
  that qualify it, of the country the phrase names if it names one (and, for a phrase that names its country
  or qualifies the noun, failing anyone before, the first named after it; failing anyone at all, the generic
  organisation of curated/offices.yaml of that country: "the trade ministry in Seoul");
- a name standing alone or after a title ("Sung", "Deputy Speaker Jeong"): the most recent person named before
  whose name has that word;
- a noun that an organisation word qualifies ("a ministry statement"): that word, as a role noun;
- otherwise nobody: a describing noun ("analysts", "industry insiders") is attribution `title`.

A phrase that joins two actors ("South Korea and Japan said") speaks for neither alone: no speaker.

The attribution is `pronoun`, `title` (a title mention, a group, a role noun, a describing noun), `statement`
(the act speaks through a document, whoever issued it: "a statement from the presidential office said") or
`name`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from spacy.tokens import Token

from jkec.curated import Actor, Offices, Roles
from jkec.extract.actors import ActorMention
from jkec.extract.parse import Parse, token_span, tokens_span
from jkec.extract.passages import Passage
from jkec.extract.spans import Span
from jkec.extract.speech import SUBJECTS, SpeechAct
from jkec.extract.titles import country_pattern

PERSON_PRONOUNS = frozenset({"he", "she", "his", "her"})  # "his claim that ...": a possessor speaks too
PLURAL_TAGS = ("NNS", "NNPS")  # "the governments of both countries" refer to no one actor
THING_PRONOUNS = frozenset({"it", "its"})
GROUP_PRONOUNS = frozenset({"they", "their"})
STATE_NOUNS = frozenset({"country", "nation"})  # "the country" refers back to a state as "it" does
LED_BODIES = frozenset({"government", "administration", "cabinet"})  # "the Kishida government": Japan's government
GOVERNMENT = "government"
BODY_PREPOSITIONS = ("for", "of", "at", "from")  # "a spokesperson for the ministry"
MODIFIERS = ("det", "poss", "case", "predet")
JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*")  # "Sung and Kajiyama met": "he" may be either
GROUP_WORDS_BEFORE = 30  # characters before a group noun that may name its country ("senior Japanese trade officials")
BACK_REFERENCE = ("the", "one", "another")  # "one official said": one of the officials named before
OPENING = re.compile(r"(?:the\s+)?", re.IGNORECASE)  # what may stand before a subject that opens its sentence
SETTING = re.compile(r"(?:in|at|on|during|after|before|for|when|asked|speaking|writing)\b[^,:;\n“”\"]{0,80},\s*",
                     re.IGNORECASE)  # a phrase set off before the subject ("In a column for a daily, X wrote: ...")


@dataclass(frozen=True)
class Phrase:
    """A phrase that may name an actor: its head word(s) (a split name may have two), its raw span, and the
    relative clauses inside it, which name someone else."""

    heads: tuple[Token, ...]
    span: Span
    excluded: tuple[Span, ...] = ()

    @classmethod
    def of(cls, head: Token) -> Phrase:
        """The phrase a word heads, all it governs included."""
        return cls((head,), tokens_span(list(head.subtree)))


@dataclass(frozen=True)
class Speaker:
    actor_id: str | None
    span: Span | None
    attribution: str


NO_SPEAKER = Speaker(None, None, "none")


class SpeakerResolver:
    """Resolves the speaker phrases of one article's speech acts against its actor mentions."""

    def __init__(self, text: str, mentions: list[ActorMention], actors: dict[str, Actor], roles: Roles, offices: Offices,
                 quoted: list[Span], parse: Parse, acts: list[SpeechAct], passages: list[Passage]) -> None:
        self.text = text
        self.mentions = mentions
        self.actors = actors
        self.outside = [m for m in mentions if not any(q.contains(m.span) for q in quoted)]
        reported = [content for act in acts for content in act.contents]
        subjects = [token_span(t) for t in parse.tokens if t.dep_ in SUBJECTS]
        openings = [p.span.start for p in passages if p.passage_no not in parse.docs]  # unparsed: the subject opens it
        self.sentences = [p.span for p in passages]
        self.subject_mentions = [
            m for m in self.outside
            if (any(m.span.overlaps(s) for s in subjects)
                or any(OPENING.fullmatch(text[start : m.span.start]) for start in openings if start <= m.span.start))
            and not any(r.contains(m.span) for r in reported)
        ]
        self.person_roles = frozenset(word.lower() for word in roles.person_roles)
        self.official_groups = frozenset(roles.official_groups)
        self.private_sectors = roles.private_sectors
        self.role_variants = roles.role_variants
        self.news_sources = frozenset(roles.news_sources)
        self.office_roles = frozenset(word.lower() for word in roles.office_roles)
        self.organisation_words = frozenset(word.lower() for word in roles.organisation_suffixes) | {
            alias.split()[-1].lower() for alias in offices.organisations
        }
        self.organisations = {alias.lower(): by_country for alias, by_country in offices.organisations.items()}
        self.governments = offices.organisations.get(GOVERNMENT, {})
        self.country_words = re.compile(country_pattern(offices.country_words))
        self.office_titles = re.compile(r"\b(?:" + "|".join(
            re.escape(title) for o in offices.offices for title in (o.title, *o.aliases)) + r")\b", re.IGNORECASE)
        self.country_of_word = {word.lower(): code for code, words in offices.country_words.items() for word in words}
        self.acts = sorted(acts, key=lambda act: act.verb_span.start)
        self.tokens = parse.tokens
        self.spoken = {act.subject[-1]: act for act in self.acts if act.subject and act.phrase is not None}
        self.resolved: dict[tuple[int, int], Speaker] = {}

    def _inside(self, phrase: Phrase) -> list[ActorMention]:
        return [m for m in self.mentions if phrase.span.contains(m.span) and not any(r.contains(m.span) for r in phrase.excluded)]

    def _before(self, position: int) -> list[ActorMention]:
        return [m for m in self.outside if m.span.end <= position]

    def _country(self, phrase: Phrase, inside: list[ActorMention]) -> str | None:
        """The country the phrase names: its first state, else its country word, unless it names two ("South
        Korean and Japanese officials" speak for neither alone)."""
        states = [self.actors[m.actor_id].country for m in inside if self.actors[m.actor_id].actor_type == "state"]
        if states:
            return states[0]
        head = phrase.heads[-1]
        before_head = self.countries(" ".join(t.text for t in head.subtree if t.i < head.i))
        if len(before_head) == 1:  # "the Japanese ambassador in Seoul": the ambassador is Japan's
            return before_head.pop()
        countries = self.countries(" ".join(t.text for t in head.subtree if t.i <= head.i or t.dep_ != "relcl"))
        return countries.pop() if len(countries) == 1 else None

    def countries(self, words: str) -> set[str]:
        """The countries that words name by a country word ("Japanese and South Korean officials": both)."""
        return {self.country_of_word[m.group("country").lower()] for m in self.country_words.finditer(words)}

    def _pronoun(self, pronoun: Token, before: int) -> Speaker:
        span = token_span(pronoun)
        if pronoun.lower_ in PERSON_PRONOUNS:
            start = min(before, span.start)
            persons = [m for m in self._before(start) if self.actors[m.actor_id].actor_type == "person"]
            if (act := self._role_spoke_last(start, persons)) is not None:
                return replace(self.resolve(act, act.verb_span.start), span=span, attribution="pronoun")
            joined = len(persons) > 1 and JOINED.fullmatch(self.text, persons[-2].span.end, persons[-1].span.start)
            return Speaker(self._subject_person(persons) if persons and not joined else None, span, "pronoun")
        if pronoun.lower_ in THING_PRONOUNS:
            return Speaker(self._last_body(span, lambda actor: actor.actor_type != "person"), span, "pronoun")
        if pronoun.lower_ in GROUP_PRONOUNS and (act := self._group_spoke_last(min(before, span.start))) is not None:
            return replace(self.resolve(act, act.verb_span.start), span=span, attribution="pronoun")
        return Speaker(None, span, "pronoun")

    def _last_act_before(self, start: int) -> SpeechAct | None:
        """The last speech act before `start` whose speaker phrase the parse gives."""
        return next((a for a in reversed(self.acts) if a.verb_span.end <= start and a.subject and a.phrase is not None), None)

    def _group_spoke_last(self, start: int) -> SpeechAct | None:
        """The last speech act before `start` when a plural group noun names its speaker ("Japanese officials said
        ... . They added": the officials), or "they" as before."""
        act = self._last_act_before(start)
        head = act.subject[-1] if act is not None else None
        group = head is not None and head.tag_ in PLURAL_TAGS and head.lemma_.lower() in self.official_groups
        return act if group or (head is not None and head.lower_ in GROUP_PRONOUNS) else None  # "They said" again

    def _last_body(self, span: Span, fits: Callable[[Actor], bool]) -> str | None:
        """The most recent actor that `fits` and spoke, or was the subject of a clause, before the span, unless a
        later sentence before it names another organisation or state."""
        spoke = [(act.verb_span.start, self.resolve(act, act.verb_span.start).actor_id)
                 for act in self.acts if act.verb_span.end <= span.start]
        acted = [(m.span.start, m.actor_id) for m in self.subject_mentions if m.span.end <= span.start]
        found = [(at, a) for at, a in spoke + acted if a is not None and fits(self.actors[a])]
        if not found:
            return None
        at, actor_id = max(found)
        return None if self._rivalled(at, actor_id, span.start) else actor_id

    def _role_spoke_last(self, start: int, persons: list[ActorMention]) -> SpeechAct | None:
        """The last speech act before `start` whose speaker is one person named by a role noun ("a spokeswoman for
        the office said Moon would not attend. She added": the spokeswoman), when no person is named after its
        speaker phrase but in its words: "he" or "she" then refers to that speaker, not to a person its words name."""
        act = self._last_act_before(start)
        if act is None or not self._role_noun(act.subject[-1]):
            return None
        later = [m for m in persons if m.span.start > act.phrase.end and not any(c.contains(m.span) for c in act.contents)]
        return None if later else act

    def _role_noun(self, head: Token) -> bool:
        """A singular common noun of a person's role ("spokeswoman", "official"), not a name."""
        return (head.pos_ == "NOUN" and head.tag_ not in PLURAL_TAGS
                and head.lemma_.lower() in self.person_roles | self.official_groups)

    def _subject_person(self, persons: list[ActorMention]) -> str:
        """Of the persons named in the sentence of the last one, the last that is a subject ("Moon criticised Abe.
        He said": Moon), else the last named."""
        sentence = next((p for p in self.sentences if p.contains(persons[-1].span)), persons[-1].span)
        subjects = [m for m in persons if sentence.contains(m.span) and m in self.subject_mentions]
        return (subjects or persons)[-1].actor_id

    def _rivalled(self, at: int, actor_id: str, pronoun: int) -> bool:
        """Whether a sentence after the one where the actor spoke or acted, before the pronoun, names another
        organisation or state ("Japan tightened ... . Kajiyama met officials of the Korean ministry. It said"):
        "it" may then be either."""
        sentence_end = next((p.end for p in self.sentences if p.start <= at < p.end), at)
        return any(sentence_end <= m.span.start and m.span.end <= pronoun and m.actor_id != actor_id
                   and self.actors[m.actor_id].actor_type != "person" for m in self.outside)

    def _group(self, phrase: Phrase, inside: list[ActorMention], span: Span) -> Speaker:
        if any(c.dep_ in ("compound", "amod") and c.lemma_.lower() in self.private_sectors for c in phrase.heads[-1].children):
            return Speaker(None, span, "title")  # "industry officials in Seoul": no state's people
        if (body := self._qualifying_body(phrase, inside)) is not None:
            return Speaker(body, span, "title")  # "a foreign ministry official in Seoul", "a presidential official"
        bodies = [m for m in inside if self.actors[m.actor_id].actor_type != "state"]
        if bodies:
            return Speaker(bodies[-1].actor_id, span, "title")
        if (body := self._body_of(phrase.heads[-1])) is not None and (
                served := self._role(phrase, body, inside, span)).actor_id is not None:
            return served  # "an official at the ministry" named before
        country = self._country(phrase, inside)
        if country is None and _refers_back(phrase.heads[-1]):
            found = self._group_before(phrase.heads[-1], span.start)
            if found is None and _definite(phrase.heads[-1]):
                found = self._office_holder_before(span.start)
            return Speaker(found, span, "title")
        if country is None:
            return Speaker(self._government_speaking_before(span), span, "title")
        return Speaker(self.governments.get(country), span, "title")

    def _government_speaking_before(self, span: Span) -> str | None:
        """The government whose state or body spoke earlier in the same sentence ("Japan said it approved a
        licence, but a senior official said ...": a Japanese official)."""
        sentence = next((s for s in self.sentences if s.contains(span)), None)
        earlier = [act for act in self.acts if sentence is not None and sentence.contains(act.verb_span)
                   and act.verb_span.end <= span.start and act.phrase is not None and not act.phrase.overlaps(span)]
        for act in reversed(earlier):
            speaker = self.resolve(act, act.verb_span.start).actor_id
            if speaker is not None and self.actors[speaker].actor_type != "person":
                return self.governments.get(self.actors[speaker].country)
        return None

    def _office_holder_before(self, start: int) -> str | None:
        """The person named last before `start`, if the title they hold is an office ("Na Seung-sik, a deputy trade
        minister, said ... the official added"): "the official" with no group before it is that person."""
        persons = [m for m in self._before(start) if self.actors[m.actor_id].actor_type == "person"]
        if not persons:
            return None
        title = (self.actors[persons[-1].actor_id].title or "").lower()
        return persons[-1].actor_id if any(re.search(rf"\b{re.escape(role)}\b", title) for role in self.office_roles) else None

    def _qualifying_body(self, phrase: Phrase, inside: list[ActorMention]) -> str | None:
        """The generic organisation the words before a group noun name ("trade ministry officials", "a
        presidential official": the presidential office), in the country the phrase names, or the one country
        that has it; None when the words name none."""
        head = phrase.heads[-1]
        words = [t.lower_ for t in head.subtree if t.i < head.i and t.dep_ in ("compound", "amod") and t.is_alpha]
        aliases = [" ".join(words[i:]) for i in range(len(words))] + [f"{word} office" for word in words[-1:]]
        by_country = next((self.organisations[a] for a in aliases if a in self.organisations), None)
        if by_country is None:
            return None
        countries = {self.actors[m.actor_id].country for m in inside} | {self._country(phrase, inside)}
        found = [by_country[c] for c in countries if c in by_country]
        if len(found) == 1:
            return found[0]
        return next(iter(by_country.values())) if len(by_country) == 1 else None

    def _group_before(self, head: Token, start: int) -> str | None:
        """Whom the same group noun stood for last before: the speaker it named ("a Korean official said ... the
        official added": the Korean government), or the government of the country its phrase named ("Japanese
        officials dismissed the remarks. ... one official said": the Japanese government)."""
        lemma = head.lemma_.lower()
        for token in self._same_word_before(lemma, start):
            if token in self.spoken:
                act = self.spoken[token]
                return self.resolve(act, act.verb_span.start).actor_id
            phrase = Phrase.of(token)
            if (country := self._country(phrase, self._inside(phrase))) is not None:
                return self.governments.get(country)
        return self._group_in_text(lemma, start)

    def _same_word_before(self, lemma: str, start: int) -> list[Token]:
        """The parsed words of this lemma that end before `start`, the nearest first."""
        return [t for t in reversed(self.tokens) if t.lemma_.lower() == lemma and token_span(t).end <= start]

    def _group_in_text(self, lemma: str, start: int) -> str | None:
        """The government of the country named just before the same group noun in an earlier sentence the parse
        did not read ("Japanese officials defended the curbs."), the nearest such noun first."""
        for found in reversed(list(re.finditer(rf"\b{re.escape(lemma)}s?\b", self.text[:start], re.IGNORECASE))):
            countries = self.countries(self.text[max(0, found.start() - GROUP_WORDS_BEFORE) : found.start()])
            if len(countries) == 1:
                return self.governments.get(countries.pop())
        return None

    def _fits(self, actor: Actor, words: list[str], country: str | None) -> bool:
        """Whether a role noun with its compound modifiers ("trade minister", "foreign ministry") can refer to the
        actor: a person whose title has all the words, or a body whose name has them."""
        if country is not None and actor.country != country:
            return False
        if actor.actor_type == "person":
            words = [self.role_variants.get(w, w) for w in words]  # "the spokesman": a "Spokesperson, ..."
            return words[-1] in self.person_roles and all(w in (actor.title or "").lower() for w in words)
        return words[-1] in self.organisation_words and all(w in actor.name.lower().split() for w in words)

    def _role(self, phrase: Phrase, head: Token, inside: list[ActorMention], span: Span) -> Speaker:
        """The most recent actor named before that the role noun fits; when the phrase names a country or
        qualifies the noun ("the foreign ministry") and no one before fits, the first named after (a lead that
        gives the title before the name); else the generic organisation the words before a person's role name
        ("a presidential spokesman"), else, for an office of a country the phrase names that curated/offices.yaml
        does not list, that country's government."""
        words = self._role_words(head)
        country = self._country(phrase, inside)
        fitting = [m for m in self.outside if self._fits(self.actors[m.actor_id], words, country)]
        before = [(m.span.start, m.actor_id) for m in fitting if m.span.end <= phrase.span.start]
        if _definite(head):  # "the ministry", not "their government"
            before += [(m.span.start, body) for m in self._before(phrase.span.start)
                       if (body := self._served(m.actor_id, words, country)) is not None]
        after = [m.actor_id for m in fitting if m.span.start >= phrase.span.end]
        chosen = max(before)[1] if before else after[0] if after and (country is not None or len(words) > 1) else None
        if chosen is None and head is phrase.heads[-1] and (body := self._qualifying_body(phrase, inside)) is not None:
            return Speaker(body, span, "title")  # "a presidential spokesman": someone of the presidential office
        if chosen is None and country is not None:
            generic = self.organisations.get(" ".join(words), {}).get(country)
            if generic is None and head.lemma_.lower() in self.office_roles and not self._curated_office(phrase.span):
                generic = self.governments.get(country)  # "Japan's vice minister for ...": an official of its government
            return Speaker(generic, span, "title")
        return Speaker(chosen, span, "title")

    def _role_words(self, head: Token) -> list[str]:
        """The role noun's lemma after the nouns that qualify it, and for an organisation word its adjectives
        too, but not a country word ("the foreign ministry": foreign ministry)."""
        organisation = head.lemma_.lower() in self.organisation_words
        return [t.lower_ for t in head.children if t.is_alpha and (t.dep_ == "compound" or (
            organisation and t.dep_ == "amod" and t.lower_ not in self.country_of_word))] + [head.lemma_.lower()]

    def generic_bodies(self, head: Token) -> dict[str, str]:
        """The body of each country that a generic organisation noun determined by "the" names when its phrase
        names no country and no owner ("the Cabinet", "the trade ministry"; curated/offices.yaml): which of them
        acts is for its act to tell. Empty for any other phrase."""
        phrase = Phrase.of(head)
        if not _definite(head) or any(c.dep_ == "poss" for c in head.children) or self._country(phrase, self._inside(phrase)):
            return {}
        return self.organisations.get(" ".join(self._role_words(head)), {})

    def _curated_office(self, span: Span) -> bool:
        """Whether the words name an office of curated/offices.yaml ("South Korea's foreign minister"), whose holder,
        when the article's date does not tell, is no one the text identifies."""
        return bool(self.office_titles.search(span.text(self.text)))

    def _served(self, actor_id: str, words: list[str], country: str | None) -> str | None:
        """The body a person serves that an organisation noun fits ("Industry Minister Lee ... the ministry
        added": Lee's ministry)."""
        if self.actors[actor_id].actor_type != "person":
            return None
        return next((body.actor_id for body in self._bodies_above(actor_id)
                     if body.actor_type != "state" and self._fits(body, words, country)), None)

    def _owns(self, mention: ActorMention, head: Token) -> bool:
        """Whether the mention is a person named as the possessor of the head noun ("Moon's office")."""
        return self.actors[mention.actor_id].actor_type == "person" and any(
            child.dep_ == "poss" and tokens_span(child.subtree).contains(mention.span) for child in head.children)

    def _bodies_above(self, actor_id: str) -> Iterator[Actor]:
        """The bodies above an actor in the dictionary, nearest first."""
        current = self.actors[actor_id].parent_actor_id
        while current is not None and current in self.actors:
            yield self.actors[current]
            current = self.actors[current].parent_actor_id

    def _organisation_of(self, actor_id: str, word: str) -> str | None:
        """The body above a person whose name has the word ("office" of Moon: the Office of the President)."""
        return next((body.actor_id for body in self._bodies_above(actor_id) if word in body.name.lower().split()), None)

    def _body_of(self, head: Token) -> Token | None:
        """The organisation word a person's role names as where they serve ("a spokesperson for the ministry",
        "an official at the ministry", also through a unit the organisation owns: "an official at the ministry's
        trade control department"): they speak for it."""
        if head.lemma_.lower() not in self.person_roles:
            return None
        served = (o for prep in head.children if prep.dep_ == "prep" and prep.lower_ in BODY_PREPOSITIONS
                  for pobj in prep.children if pobj.dep_ == "pobj"
                  for o in (*(c for c in pobj.children if c.dep_ == "poss"), pobj))  # the owner first
        return next((o for o in served if o.lemma_.lower() in self.organisation_words and o.tag_ not in PLURAL_TAGS), None)

    def _lone_name(self, head: Token, span: Span) -> Speaker:
        for mention in reversed(self._before(span.start)):
            actor = self.actors[mention.actor_id]
            if actor.actor_type == "person" and head.text in re.split(r"[\s-]+", actor.name):
                return Speaker(actor.actor_id, span, "name")
        return Speaker(None, span, "name")

    @staticmethod
    def _head_phrase(head: Token) -> Span:
        """The head word with its modifiers before it, without determiners ("Japanese officials", "ministry")."""
        left = [t for t in head.subtree
                if t.i == head.i or (t.i < head.i and t.dep_ not in MODIFIERS and not t.is_punct)]
        return tokens_span(left or [head])

    def resolve(self, act: SpeechAct, before: int) -> Speaker:
        """The speaker of `act` for words that start at `before` (a pronoun looks back from the earlier of the two)."""
        key = (act.verb_span.start, before)
        if key not in self.resolved:
            self.resolved[key] = self._resolve(act, before)
        return self.resolved[key]

    def _resolve(self, act: SpeechAct, before: int) -> Speaker:
        if act.phrase is None:
            return NO_SPEAKER
        speaker = self.names(Phrase(act.subject, act.phrase, act.excluded), before)
        if speaker.actor_id is None and act.document and act.subject:
            speaker = replace(speaker, actor_id=self._issuer_before(act.subject[-1]))
        if self._joint(act):
            speaker = replace(speaker, actor_id=None, span=act.phrase)
        statement = act.document and speaker.attribution in ("name", "title")
        return replace(speaker, attribution="statement") if statement else speaker

    def _issuer_before(self, document: Token) -> str | None:
        """Who issued the document "the statement" refers back to: the subject of the verb whose object the same
        noun last was ("the ministry issued a statement ... “...,” the statement said")."""
        if not _definite(document):
            return None
        start, lemma = token_span(document).start, document.lemma_.lower()
        for token in self._same_word_before(lemma, start):
            subject = next((c for c in token.head.children if c.dep_ in SUBJECTS), None) if token.dep_ == "dobj" else None
            if subject is not None:
                return self.names(Phrase.of(subject), token_span(subject).start).actor_id
        return None

    def quotable_without_speaker(self, act: SpeechAct) -> bool:
        """Whether the act's words are quoted though its speaker resolves to no actor: people or a body that a
        common noun of curated/roles.yaml describes, whether they speak for nobody ("analysts", "some experts",
        "local media";
        curated/ANNOTATION.md 9.5) or for someone no rule ties to one actor ("the minister", "officials", "the
        ministry"), two actors joined ("Seoul and Tokyo said"), or "he", "she" or "it" that may be more than one
        ("Sung and Kajiyama met. He said"), or a document (curated/ANNOTATION.md 3: attribution `statement`).
        Their speaker is left empty, since a guessed speaker is an error. A thing ("data showed"), another pronoun
        ("they") or a name that names no actor is left unquoted."""
        if act.phrase is None or not act.subject:
            return False
        if act.document:
            return True  # "a joint press release said ...": words of a document that names no issuer
        head = act.subject[-1]
        lemma = head.lemma_.lower()
        common = head.pos_ == "NOUN" or head.is_lower  # "the trade ministry said": a common noun the parser may tag PROPN
        return self._joint(act) or lemma in THING_PRONOUNS | PERSON_PRONOUNS or (common and (
            lemma in self.person_roles | self.official_groups | self.organisation_words
            or {lemma, head.lower_} & self.news_sources))

    def _joint(self, act: SpeechAct) -> bool:
        """Whether the speaker phrase joins two actors ("South Korea and Japan said in a joint statement"): the
        words are both's, and no one actor's."""
        head = act.subject[-1]
        named = {m.actor_id for m in self.mentions if m.span.overlaps(token_span(head))}
        joined = {m.actor_id for conj in head.children if conj.dep_ == "conj"
                  for m in self.mentions if tokens_span(conj.subtree).contains(m.span)}
        return bool(named) and bool(joined - named)

    def opening(self, span: Span) -> Speaker | None:
        """The actor named by the mention that opens the words at `span`, after any phrase set off before it ("Kim
        Min-su, a lawmaker, put it simply: “...”", "In an interview, Kim Min-su said: “...”"), if one does."""
        setting = SETTING.match(self.text, span.start, span.end)
        start = setting.end() if setting else span.start
        first = min((m for m in self.outside if m.span.start >= start and span.contains(m.span)),
                    key=lambda m: m.span.start, default=None)
        if first is None or not OPENING.fullmatch(self.text[start : first.span.start]):
            return None
        return _mention_speaker(first)

    def named(self, span: Span) -> Speaker | None:
        """The actor a mention of exactly these words names, if any."""
        return next((_mention_speaker(m) for m in self.outside if m.span == span), None)

    def names(self, phrase: Phrase, before: int) -> Speaker:
        """Who the phrase names, by the rules of this module (a pronoun looks back from `before`, and so does "the
        country" or "the nation", for a state)."""
        head = phrase.heads[-1]
        if head.lemma_.lower() in STATE_NOUNS and [c.lower_ for c in head.children] == ["the"]:
            span = token_span(head)
            return Speaker(self._last_body(span, lambda actor: actor.actor_type in ("state", "government")), span, "title")
        return self._pronoun(head, before) if head.pos_ == "PRON" else self._named(phrase, head)

    def _named(self, phrase: Phrase, head: Token) -> Speaker:
        inside = self._inside(phrase)
        subject_spans = [token_span(t) for t in phrase.heads]
        on_head = [m for m in self.mentions if any(m.span.overlaps(s) for s in subject_spans)]
        span = self._head_phrase(head)
        if on_head:
            return _mention_speaker(on_head[-1])
        named_person = any(self.actors[m.actor_id].actor_type == "person" for m in inside)  # "its envoy, Kim"
        if head.lemma_.lower() in self.official_groups and not named_person:
            return self._group(phrase, inside, span)
        role = head.lemma_.lower() in self.person_roles | self.organisation_words and head.tag_ not in PLURAL_TAGS
        proper = _describing(head) == "name" and not role
        if (leader := self._leader(head, inside)) is not None:
            return Speaker(self.governments.get(self.actors[leader.actor_id].country), span, "title")
        if head.lemma_.lower() in self.organisation_words and head.tag_ not in PLURAL_TAGS and (
                owners := [m for m in inside if self._owns(m, head)]):
            return Speaker(self._organisation_of(owners[-1].actor_id, head.lemma_.lower()), span, "title")
        bodies = [m for m in inside if self.actors[m.actor_id].actor_type != "state"]
        if bodies and not proper:
            persons = [m for m in bodies if self.actors[m.actor_id].actor_type == "person"]
            speaker = _mention_speaker((persons or bodies)[-1])
            return replace(speaker, attribution="title") if role and not persons else speaker  # "Seoul's envoy"
        if role and (body := self._body_of(head)) is not None:
            return replace(self._role(phrase, body, inside, span), span=span)
        if role:
            return self._role(phrase, head, inside, span)
        if proper:
            return self._lone_name(head, token_span(head))
        if (issuer := self._issuer(head)) is not None:
            return self._role(phrase, issuer, inside, span)
        return Speaker(None, span, _describing(head))

    def _leader(self, head: Token, inside: list[ActorMention]) -> ActorMention | None:
        """The person whose name qualifies a government noun ("the Yoon administration", "Abe's cabinet")."""
        if head.lemma_.lower() not in LED_BODIES:
            return None
        names = [token_span(c) for c in head.children if c.dep_ in ("compound", "nmod", "poss")]
        return next((m for m in inside if self.actors[m.actor_id].actor_type == "person"
                     and any(m.span.overlaps(n) for n in names)), None)

    def _issuer(self, head: Token) -> Token | None:
        """An organisation word that qualifies a noun which is no role ("a ministry statement", "the ministry's
        letter"): the body it names issued it."""
        return next((c for c in head.children if c.dep_ in ("compound", "poss")
                     and c.lemma_.lower() in self.organisation_words and c.tag_ not in PLURAL_TAGS), None)


def _refers_back(head: Token) -> bool:
    """Whether a singular noun refers back to people named before: "the official", "one official", "another
    official"."""
    return head.tag_ not in PLURAL_TAGS and any(c.lower_ in BACK_REFERENCE and c.dep_ in ("det", "nummod")
                                                for c in head.children)


def _definite(head: Token) -> bool:
    """Whether the noun is determined by "the" ("the official": someone named before, not one of a group)."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _describing(head: Token) -> str:
    """The attribution of a speaker phrase that names no actor: `name` for a proper name, else `title` (a
    possessor is not part of the name: "Seoul's statement")."""
    owned = {t.i for child in head.children if child.dep_ == "poss" for t in child.subtree}
    return "name" if any(t.pos_ == "PROPN" for t in head.subtree if t.i <= head.i and t.i not in owned) else "title"


def _mention_speaker(mention: ActorMention) -> Speaker:
    return Speaker(mention.actor_id, mention.span, "title" if mention.alias_kind == "title" else "name")
