"""Event frames on a dependency parse: a predicate of an event type's lemma class, its arguments, and the
phrases that hold its actor and its target.

A frame of the codebook (curated/event_types.yaml, `frames`) names a class of predicate lemmas (verbs, and
the nouns that nominalise them), optionally a class of lemmas its object must contain, and a class of lemmas
its own words (everything it governs but its subject) must contain. Matching reads the parse, not the word
order, so voice and tense do not matter:

- object: the direct object of an active verb, the subject of a passive one, the noun a participle or
  relative clause modifies ("controls imposed by ...", "the curbs that were lifted"), or the `of` phrase of a
  noun ("the removal of X from the list");
- actor phrase: the subject of an active verb, the `by` agent of a passive verb or a participle, the
  possessor (or `by` phrase) of a noun; a verb with no subject of its own takes it from the verb it depends on
  ("decided to loosen", "imposed curbs and removed ...");
- target phrase: the object, for frames whose target is the party acted on (removing a party from a list,
  summoning an envoy, urging a party), else the words the predicate governs outside its subject.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc, Token

from jkec.curated import Frame
from jkec.extract.parse import set_off_participle, text_length
from jkec.extract.spans import Span
from jkec.extract.time_words import CALENDAR_NAMES

SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubjpass", "csubjpass")
OBJECTS = ("dobj", "attr", "oprd")
MODIFYING_CLAUSES = ("acl", "relcl")
RELATIVE_PRONOUNS = ("which", "that", "who", "whom")
FUTURE_AUXILIARIES = ("will", "shall", "would", "'ll", "wo")
INHERITING = ("xcomp", "conj", "advcl", "ccomp")  # clauses that may leave their subject to the verb they depend on


@dataclass(frozen=True)
class FrameMatch:
    """A predicate that matched a frame, with the phrases that hold its actor and target (raw-text spans)."""

    frame: Frame
    predicate: Token
    trigger: Span
    extent: Span  # the predicate with everything it governs
    actor: Span | None
    target: Span | None
    actor_head: Token | None = None  # the head word of the actor phrase
    target_head: Token | None = None  # the head word of the target phrase
    announced: FrameMatch | None = None  # for a verb that announces or decides an act, that act


def _phrase(token: Token, offset: int) -> Span:
    return Span(offset + token.left_edge.idx, offset + token.right_edge.idx + len(token.right_edge))


def _child(token: Token, deps: tuple[str, ...]) -> Token | None:
    return next((child for child in token.children if child.dep_ in deps), None)


def _prep_object(token: Token, prepositions: tuple[str, ...]) -> Token | None:
    prep = next((c for c in token.children if c.dep_ in ("prep", "agent") and c.lower_ in prepositions), None)
    return _child(prep, ("pobj",)) if prep is not None else None


def is_passive(token: Token) -> bool:
    """A passive verb, or a participle that modifies a noun without a subject of its own ("the curbs imposed in
    July"; not "the first time Tokyo had removed a country")."""
    return any(child.dep_ in (*PASSIVE_SUBJECTS, "auxpass") for child in token.children) or (
        token.tag_ == "VBN" and token.dep_ in MODIFYING_CLAUSES and _child(token, SUBJECTS) is None
    )


def is_attributive(token: Token) -> bool:
    """A participle used as an adjective ("tightened controls")."""
    return token.dep_ == "amod" and token.tag_ == "VBN"


def _referent(noun: Token) -> Token:
    """What a noun stands for: the subject of a copula whose complement it is ("Japan became the first country to
    be removed ...": Japan), else the noun."""
    subject = _child(noun.head, SUBJECTS) if noun.dep_ == "attr" else None
    return subject if subject is not None else noun


def object_of(token: Token) -> Token | None:
    """The head of what the predicate acts on."""
    if token.pos_ in ("NOUN", "PROPN"):
        return _prep_object(token, ("of",))
    if is_attributive(token):
        return token.head
    if is_passive(token):
        found = _child(token, PASSIVE_SUBJECTS)
        if found is None and token.dep_ == "xcomp":  # "talks are expected to be held": the raised subject
            found = _child(token.head, (*SUBJECTS, *PASSIVE_SUBJECTS))
        return found if found is not None else (_referent(token.head) if token.dep_ in MODIFYING_CLAUSES else None)
    found = _child(token, OBJECTS)
    if found is None and token.dep_ == "relcl":
        return token.head
    shared = next((c for c in token.children if c.dep_ == "conj" and c.pos_ == "VERB"), None)
    if found is None and shared is not None and not is_passive(shared):
        return _child(shared, OBJECTS)  # "retract or renegotiate the controls": both act on the controls
    if found is not None and found.lower_ in RELATIVE_PRONOUNS and token.dep_ == "relcl":
        return token.head  # "a proposal, which Tokyo rejected": the proposal
    return found


def _performed_by(noun: Token, performing: frozenset[str]) -> Token | None:
    """The "by" agent of a participle of `performing` that describes the noun, also where the parser hangs it on
    the object of the noun's own phrase: "the downgrade of X's status, approved by the cabinet", like "the cabinet
    approved the downgrade", is the cabinet's act."""
    return next((agent for word in (noun, *_prep_objects(noun)) for clause in word.children
                 if clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lemma_.lower() in performing
                 and (agent := _prep_object(clause, ("by",))) is not None), None)


def _trailing_agent(noun: Token) -> Token | None:
    """The "by" agent of a noun that the parser hangs on the object of the noun's own phrase ("the removal of X
    from the list by Japan", "the restoration of X's status by Japan")."""
    return next((agent for obj in _prep_objects(noun) if (agent := _prep_object(obj, ("by",))) is not None), None)


def _prep_objects(noun: Token) -> Iterator[Token]:
    """The objects of the noun's own prepositions ("the removal of X from the list": X, the list)."""
    return (obj for prep in noun.children if prep.dep_ == "prep" for obj in prep.children if obj.dep_ == "pobj")


TIME_OWNERS = frozenset({"today", "yesterday", "tomorrow", "week", "month", "year", "day"})  # "last week's talks"


def _owner_of(noun: Token) -> Token | None:
    """The possessor of a noun, unless it tells a time ("Friday's meeting", "last week's talks")."""
    owner = _child(noun, ("poss",))
    return None if owner is not None and (owner.text in CALENDAR_NAMES or owner.lower_ in TIME_OWNERS) else owner


def actor_of(token: Token, performing: frozenset[str] = frozenset(), controlling: frozenset[str] = frozenset(),
             voiced: frozenset[str] = frozenset()) -> Token | None:
    """The head of the phrase that names who acts, following the verbs the predicate depends on; a noun with no
    owner of its own is the act of the subject of a verb of `performing` whose object it is ("Japan announced
    plans to ...", "Kim repeated the call"; not "Seoul denied the accusation", "Japan eased restrictions"); the
    infinitive of a verb of `controlling` is its object's act ("urged Tokyo to withdraw ..."); a noun that a
    participle of `performing` describes is its agent's ("plans approved by the cabinet"); a noun of speaking
    (`voiced`) is the act of the party its "from" phrase names ("drew protests from Seoul")."""
    if is_attributive(token):
        return _owner_of(token.head)  # "Japan's tightened controls": Japan tightened them
    if token.pos_ in ("NOUN", "PROPN"):
        found = _owner_of(token)
        found = found if found is not None else _prep_object(token, ("by", "between"))  # "talks between A and B"
        found = found if found is not None else _trailing_agent(token)
        found = found if found is not None else _performed_by(token, performing)
        if found is None and token.lemma_.lower() in voiced:  # "a request from X"; "drew protests from X"
            found = _prep_object(token, ("from",))
            if found is None and token.dep_ == "dobj":
                found = _prep_object(token.head, ("from",))
        if found is None and _prep_object(token, ("with",)) is not None and token.dep_ == "pobj" and (
                token.head.head.pos_ in ("VERB", "AUX")):
            return actor_of(token.head.head, performing, controlling, voiced)  # "Kim raised it during talks with Abe": Kim takes part
        if found is None and token.dep_ == "dobj" and token.head.pos_ in ("VERB", "AUX") and (
                token.head.lemma_.lower() in performing):
            return actor_of(token.head, performing, controlling, voiced)  # "Japan announced plans to ...": Japan's plans
        return found
    if is_passive(token):
        agent = _prep_object(token, ("by",))
        if agent is None and token.dep_ in MODIFYING_CLAUSES:
            return _owner_of(token.head)  # "Japan's curbs imposed in July": Japan imposed them
        return agent
    current = token
    while True:
        found = _child(current, SUBJECTS)
        if found is not None:
            return found
        if current.dep_ == "acl" and current.tag_ == "VBG" and current.i > 0 and (
                (before := current.doc[current.i - 1]).pos_ == "PROPN" and before.dep_ == "pobj"):
            return before  # "in exchange for Japan lifting the curbs": the name before the gerund is its subject
        if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
            return actor_of(current.head, performing, controlling, voiced)  # "Japan's decision to tighten ...": its owner tightens
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in ("VERB", "AUX"):
            current = current.head.head  # "after announcing the curbs, Japan ...", "by removing ...": the verb's subject
            continue
        if current.dep_ not in INHERITING or current.head == current:
            return None
        governor = current.head
        if current.dep_ == "xcomp" and _child(governor, ("dobj",)) is not None and (
                governor.lemma_.lower() in controlling):
            return _child(governor, ("dobj",))  # "urged Tokyo to withdraw ...": Tokyo withdraws, not "revised its rules to"
        if current.dep_ == "xcomp" and _child(governor, PASSIVE_SUBJECTS) is not None:
            return _child(governor, PASSIVE_SUBJECTS)  # "Seoul is set to restore ...": Seoul restores
        current = governor


def possessor_subject(token: Token) -> Token | None:
    """For a noun owned by a possessive pronoun and object of a verb, that verb's subject, whom the pronoun
    names ("Tokyo reiterated its demand ...": Tokyo's demand)."""
    owner = _child(token, ("poss",)) if token.pos_ == "NOUN" else None
    if owner is None or owner.tag_ != "PRP$" or token.dep_ != "dobj":
        return None
    return _child(token.head, SUBJECTS)


def subject_of(token: Token, performing: frozenset[str] = frozenset()) -> Token | None:
    """The head of the predicate's grammatical subject: the noun a participle modifies ("the meeting, set to
    take place ..."), the passive subject of the verb whose infinitive it is ("the change is expected to take
    effect"), else the subject found as for the actor."""
    current = token
    while current.dep_ in ("xcomp", "conj") and _child(current, SUBJECTS) is None and current.head != current:
        current = current.head
    if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
        return current.head
    if current is not token and _child(current, SUBJECTS) is None and (raised := _child(current, PASSIVE_SUBJECTS)) is not None:
        return raised  # "the change is expected to take effect": the change takes effect
    found = actor_of(current, performing)
    if found is not None and found.lower_ in RELATIVE_PRONOUNS and current.dep_ == "relcl":
        return current.head  # "the curbs, which took effect ...": the curbs
    return found


OTHER_CLAUSES = ("advcl", "conj", "parataxis")  # clauses beside the predicate's own words ("..., adding curbs on items")


def _across_semicolon(token: Token) -> bool:
    """Whether a semicolon stands between the token and its head: two clauses the parser joined ("Japan drops X
    from its list; Seoul vows to retaliate", "drops" parsed as what Seoul vows)."""
    low, high = sorted((token.i, token.head.i))
    return any(t.text == ";" for t in token.doc[low + 1 : high])


def _lemmas(token: Token, without: Token | None) -> set[str]:
    """The lemmas and forms of the words the token governs, without `without` and the clauses beside its own."""
    excluded = {t for c in token.children if c.dep_ in OTHER_CLAUSES or _across_semicolon(c) for t in c.subtree}
    excluded |= set(without.subtree) if without is not None else set()
    words = [t for t in token.subtree if t not in excluded]
    return {t.lemma_.lower() for t in words} | {t.lower_ for t in words}


OBJECT_PRONOUNS = frozenset({"it", "them"})


def _antecedents(pronoun: Token) -> list[Token]:
    """The nouns a pronoun object may stand for: the nouns before it in its sentence that are objects (or passive
    subjects), as many as the pronoun ("them": a plural, or nouns joined by "and"), nearest first ("imposed the
    curbs, citing security concerns, and lifted them": the curbs or the concerns)."""
    plural = pronoun.lower_ == "them"
    return [t for t in reversed(pronoun.doc[: pronoun.i]) if t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in ("dobj", "nsubjpass")
            and (t.tag_ in ("NNS", "NNPS") or any(c.dep_ == "conj" for c in t.children)) == plural]


def _heads(obj: Token, partitives: frozenset[str]) -> set[str]:
    """The object's head lemma; the lemma of the noun it belongs to when it is the `of` or `on` phrase of one
    ("controls of three materials imposed in 2019": the controls were imposed); and the head of its own `of`
    phrase when it counts or groups what it names ("the second round of talks", "a series of curbs"); a name's
    title before it ("summoned Ambassador Koji Tomita": an ambassador)."""
    lemmas = {obj.lemma_.lower()}
    lemmas |= {c.lemma_.lower() for c in obj.children if c.dep_ == "compound" and c.tag_ == "NNP"}
    if obj.lower_ in OBJECT_PRONOUNS:
        lemmas |= {antecedent.lemma_.lower() for antecedent in _antecedents(obj)}  # "imposed the restrictions in 2019 and lifted them in 2023"
    if obj.lemma_.lower() in partitives and (counted := _prep_object(obj, ("of",))) is not None:
        lemmas.add(counted.lemma_.lower())
    if obj.dep_ == "pobj" and obj.head.lower_ in ("of", "on"):
        owner = obj.head.head
        if owner.pos_ in ("VERB", "AUX"):  # "lift [controls] [on materials] imposed ...": attached to the verb
            owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
        lemmas.add(owner.lemma_.lower())
    return lemmas


def _dates(preposition: Token) -> bool:
    """Whether a prepositional phrase only dates ("on Wednesday", "in July")."""
    return any(c.dep_ == "pobj" and c.text in CALENDAR_NAMES for c in preposition.children)


def governs_preposition(token: Token, prepositions: frozenset[str]) -> bool:
    """Whether the token governs one of the prepositions: as a prepositional phrase ("called for talks"; not one
    that only dates: "called him on Monday"), or as the marker of a clause under it ("called for Japan to retract
    ...", "a call for Japan to retract ...")."""
    return any((c.dep_ == "prep" and c.lower_ in prepositions and not _dates(c))
               or (c.dep_ in ("advcl", "ccomp", "xcomp", "acl") and any(m.dep_ == "mark" and m.lower_ in prepositions for m in c.children))
               for c in token.children)


def has_infinitive(token: Token) -> bool:
    """Whether the token governs a to-infinitive ("told Seoul to tighten ...", "Seoul's call to lift ...")."""
    return any(c.dep_ in ("xcomp", "ccomp", "advcl", "acl") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in token.children)


def has_clause(token: Token) -> bool:
    return any(child.dep_ in ("ccomp", "xcomp") for child in token.children)


def asks_subjunctive(token: Token) -> bool:
    """Whether the predicate's clausal complement is a subjunctive: what it asks be done ("proposed that the issue
    be put to arbitration", "insisted Tokyo lift the curbs")."""
    return any(child.dep_ == "ccomp" and is_subjunctive(child) for child in token.children)


@lru_cache(maxsize=None)
def _phrasal(predicates: frozenset[str]) -> dict[str, frozenset[str]]:
    """The predicates written with a particle ("call in", "turn down"): lemma → particles."""
    found: dict[str, set[str]] = {}
    for predicate in predicates:
        if " " in predicate:
            lemma, particle = predicate.split(" ", 1)
            found.setdefault(lemma, set()).add(particle)
    return {lemma: frozenset(particles) for lemma, particles in found.items()}


def _particle(token: Token, predicates: frozenset[str]) -> Token | None:
    """The particle that makes the token one of the phrasal predicates, if one does."""
    particles = _phrasal(predicates).get(token.lemma_.lower(), frozenset())
    return next((c for c in token.children if c.dep_ in ("prt", "prep", "advmod") and c.lower_ in particles), None)


PREDICATE_POS = ("VERB", "NOUN", "AUX", "ADJ")


def _matches(frame: Frame, token: Token) -> Token | None:
    """The predicate's object when the token (of a part of speech in PREDICATE_POS) is a predicate of the frame
    (the token itself when it has none), else None. A noun is a predicate only with an owner who acts ("Japan's
    removal of ...", "a call by ...")."""
    particle = _particle(token, frame.predicates) if token.lemma_.lower() not in frame.predicates else None
    if token.lemma_.lower() not in frame.predicates and particle is None:
        return None
    if set_off_participle(token):
        return None
    if token.pos_ == "NOUN" and actor_of(token, frame.performing, frame.controlling, frame.voiced) is None and not _stands_alone(token, frame):
        return None
    if is_attributive(token) and actor_of(token, frame.performing, frame.controlling, frame.voiced) is None:
        return None  # "the tightened controls" describes; "Japan's tightened controls" tells who acted
    obj = object_of(token)
    if obj is None and token.pos_ == "NOUN" and frame.objects is not None:
        obj = _prep_object(token, ("on",))  # "restrictions on exports" (a list move "on X's list" is a place)
    if obj is None and particle is not None and particle.dep_ == "prep":
        obj = _child(particle, ("pobj",))  # "called in the envoy", parsed as a preposition
    if obj is None and frame.target_is_object and frame.context and _moves_to_or_from(token, frame):
        obj = _theme(token)
    if frame.objects is not None and (obj is None or not _heads(obj, frame.partitives) & frame.objects):
        return None
    if frame.clause and not has_clause(token):
        return None
    if frame.subjunctive and not asks_subjunctive(token):
        return None
    if frame.infinitive and not has_infinitive(token):
        return None
    if frame.preps is not None and not governs_preposition(token, frame.preps):
        return None
    if frame.not_preps and governs_preposition(token, frame.not_preps):
        return None
    if frame.no_object and _child(token, ("dobj",)) is not None:
        return None
    actor = actor_of(token, frame.performing, frame.controlling, frame.voiced)
    if frame.subjects is not None:
        subject = subject_of(token, frame.performing)
        if subject is None or not _heads(subject, frame.partitives) & frame.subjects:  # "the second round of talks"
            return None
        if frame.objects is None and _child(token, OBJECTS) is not None:
            return None  # "the curbs lifted" (a headline's passive), not "the curbs eased tensions"
    if frame.context or frame.unless:
        words = _lemmas(token, actor if actor is not None and actor in token.subtree else None)
        words |= {t.lemma_.lower() for prep in _stranded(token) for t in prep.subtree}
        if obj is not None and obj not in token.subtree:
            words |= _lemmas(obj, None)
        if not all(words & requirement for requirement in frame.context) or words & (frame.unless or frozenset()):
            return None
    return obj if obj is not None else token


STRANDED = ("from", "to", "onto", "off")  # where a noun's move goes, when the parser hangs it on the verb


def _stranded(token: Token) -> list[Token]:
    """The prepositional phrases of place that the parser hangs on the verb whose object the noun is ("approved
    the removal of X [from the list]"): they belong to the noun."""
    if token.pos_ != "NOUN" or token.dep_ != "dobj":
        return []
    return [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in STRANDED]


def describes_noun(token: Token) -> bool:
    """Whether the token heads a participle or relative clause that tells what a noun is ("the curbs imposed
    in July", "the curbs that were lifted"), not an infinitive of purpose or plan ("a plan to drop ...", "steps
    to return X to the list")."""
    return (token.dep_ == "relcl" and infinitive_marker(token) is None) or (token.dep_ == "acl" and token.tag_ in ("VBN", "VBD"))


TIME_MARKERS = frozenset({"since", "after", "before", "when", "while", "until", "once"})
PREPOSITIONAL_CLAUSES = ("pcomp",)  # "after announcing the curbs, Japan decided ...": beside the verb, not its content
MEANS = ("by", "through")  # "agreed to mend ties by lifting the curbs": the means is part of the verb's content


def governors(token: Token, steps: int = 5, through_prepositions: bool = True,
              contents: frozenset[str] = frozenset()) -> Iterator[Token]:
    """The words that govern the token through its complements and modifiers, nearest first (not through a
    subject, except the passive verb of a noun it acts on: "the lifting was announced"; nor out of a participle
    or relative clause that describes a noun: "urged the removal of the curbs
    imposed in July" governs the removal, not the imposing, unless the noun is one of `contents`, whose relative
    clause tells its content: "an ordinance that drops X"; with `through_prepositions` false, not out of a
    clause a preposition of a verb introduces either), and the subject of "be" whose content the token states
    ("the plan is to drop ...": the plan); the verb a conjunct is joined to is another act, not a governor,
    though what governs that verb governs the conjunct too ("urged Tokyo to lift and withdraw ...")."""
    current = token
    for _ in range(steps):
        if current.dep_ in PASSIVE_SUBJECTS and current.pos_ == "NOUN" and current.head != current:
            yield current.head  # "the lifting of the curbs was announced": what the passive verb acts on
            return
        if current.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) or current.head == current or _across_semicolon(current) or (
                describes_noun(current) and current.head.lemma_.lower() not in contents):
            return
        adverbial = (current.dep_ in PREPOSITIONAL_CLAUSES and current.head.head.pos_ in ("VERB", "AUX")
                     and current.head.lower_ not in MEANS)
        if adverbial and not through_prepositions:
            return  # an adverbial phrase of a verb ("after announcing ..."), not a noun's ("the process of restoring")
        if current.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in TIME_MARKERS for c in current.children):
            return  # "approved a shipment since the curbs took effect": a time clause is not the verb's content
        sibling = current.dep_ == "conj"  # "called the curbs unfair and referred them to the WTO": a second act
        current = _content_noun(current, contents) or current.head
        if sibling:
            continue
        yield current
        subject = _child(current, SUBJECTS) if current.lemma_ == "be" else None
        if subject is not None:
            yield subject


def _content_noun(token: Token, contents: frozenset[str]) -> Token | None:
    """The noun of `contents` that the parser leaves as the object of the verb above an infinitive that is the
    noun's content ("unveiled plans Tuesday to put ...", the infinitive hung on "unveiled")."""
    if token.dep_ != "xcomp" or infinitive_marker(token) is None:
        return None
    return next((c for c in token.head.children if c.dep_ == "dobj" and c.i < token.i
                 and c.lemma_.lower() in contents), None)


def governor(token: Token, lemmas: frozenset[str], steps: int = 5, contents: frozenset[str] = frozenset()) -> Token | None:
    """The nearest word of `lemmas` that governs the token ("announced that ... would lift", "approved a plan to
    drop ...", "decided to halt ...", with `contents` "approved an ordinance that drops ...")."""
    return next((word for word in governors(token, steps, contents=contents) if word.lemma_.lower() in lemmas), None)


def decided(token: Token, future_governors: frozenset[str], future_nouns: frozenset[str],
            announcing: frozenset[str] = frozenset(), measures: frozenset[str] = frozenset()) -> bool:
    """Whether a verb of deciding, agreeing or planning (`future_governors`), or a noun of `future_nouns`, has the
    act as its content ("agreed to restart the talks", "approved the removal of ...", "its plan to ..."; not
    "after agreeing ..., Japan decided", nor a noun that only shares a verb's form: "Tokyo's move to exclude
    Seoul" tells what Tokyo did), or a verb of `announcing` has the noun of a step as its object ("announced the
    lifting of the curbs", "the lifting of the curbs was announced"; not a noun of `measures`: "announced
    restrictions")."""
    above = list(governors(token, through_prepositions=False, contents=future_nouns))
    announced = (token.pos_ == "NOUN" and token.dep_ in ("dobj", *PASSIVE_SUBJECTS) and bool(above)
                 and above[0].lemma_.lower() in announcing and token.lemma_.lower() not in measures)
    return announced or any(word.lemma_.lower() in (future_nouns if word.pos_ == "NOUN" else future_governors)
                            for word in above)


NEGATED_THROUGH = ("xcomp", "acl", "pcomp", "prep", "pobj", "dobj", "aux")  # "no intention of withdrawing"


def is_negation(token: Token) -> bool:
    """A negation marker: "not", "never" (the parser's `neg`), or the determiner "no"."""
    return token.dep_ == "neg" or (token.dep_ == "det" and token.lower_ == "no")


def negated(token: Token, steps: int = 4) -> bool:
    """Whether the text says the act did not or will not happen: a negation on the predicate, or on the verb or
    noun whose infinitive or complement it is ("will not lift", "does not plan to retract", "has no intention of
    withdrawing"); a negated verb of saying is not one ("did not say it would lift")."""
    current = token
    for _ in range(steps):
        if any(is_negation(child) for child in current.children):
            return True
        if current.dep_ not in NEGATED_THROUGH or current.head == current or _that_clause(current):
            return False  # "has not answered Seoul's demand that it explain its plans to lift ...": no refusal
        current = current.head
    return False


def _that_clause(token: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in token.children)


def marked(token: Token, words: frozenset[str] | tuple[str, ...], deps: tuple[str, ...] = ("aux",)) -> bool:
    """Whether one of `words` (an auxiliary, or with `deps` another marker) marks the predicate or the verb whose
    purpose or continuation it is ("will meet next month to discuss ...", "could expand ...", "whether
    Japan will lift ..."; not a clause in the past tense with its own subject: "will lift ..., as the leaders
    met")."""
    current = token
    while True:
        if any(child.dep_ in deps and child.lower_ in words for child in current.children):
            return True
        if current.dep_ not in ("xcomp", "advcl", "conj") or current.head == current or (
                current.tag_ == "VBD" and _child(current, SUBJECTS) is not None):
            return False  # "..., as the leaders met on Thursday": a past clause of its own
        current = current.head


def is_subjunctive(token: Token, requests: frozenset[str] = frozenset()) -> bool:
    """A bare verb with a subject and no auxiliary, or a passive with a bare "be": what someone asks to be done
    ("insisted that Tokyo lift the curbs", "proposed that the issue be put to arbitration"), not an act; in the
    "that" clause of a noun of `requests`, any verb in its base form ("its demand that Seoul tighten ...", which
    the tagger may read as a past)."""
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    subjects = [c for c in token.children if c.dep_ in SUBJECTS]
    if token.dep_ == "acl" and token.head.lemma_.lower() in requests and token.lower_ == token.lemma_.lower():
        return bool(subjects) and not auxiliaries
    if token.dep_ == "ROOT" and token.tag_ in ("VBP", "VB"):
        return False  # a main clause asks nothing: "Seoul, Tokyo restore ..." (a headline's present)
    if token.tag_ == "VBP":  # a plain present after a singular subject is the bare form: "insists Seoul tighten"
        return not auxiliaries and any(s.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in s.children)
                                       for s in subjects)
    if token.tag_ == "VB":
        return bool(subjects) and not auxiliaries
    return (any(c.dep_ in PASSIVE_SUBJECTS for c in token.children)
            and [(c.dep_, c.tag_) for c in auxiliaries] == [("auxpass", "VB")])


def future_by_auxiliary(token: Token) -> bool:
    """Whether "will", "shall" or "would" marks the predicate or the verb it completes."""
    return marked(token, FUTURE_AUXILIARIES)


def _prepositions(token: Token) -> list[Token]:
    """The prepositions the predicate governs, itself or through its particle ("came back onto the list")."""
    heads = [token, *(c for c in token.children if c.dep_ in ("prt", "advmod"))]
    return [c for head in heads for c in head.children if c.dep_ == "prep"]


def _owner(token: Token) -> Token | None:
    """The possessor of the list or status the predicate moves its object from or to ("removed from X's
    list": X acts); not the possessor of a noun's object ("the restoration of X's status": X is restored)."""
    for prep in _prepositions(token):
        if prep.lower_ == "of":
            continue
        place = _child(prep, ("pobj",))
        owner = _child(place, ("poss",)) if place is not None else None
        if owner is not None and owner.pos_ != "PRON":
            return owner
    return None


def _list_owner(predicate: Token) -> Token | None:
    """Who keeps the list or status the predicate's object or prepositional phrases name: a possessor there that
    is no pronoun ("lost its place on X's list"), or a name an "of" phrase gives ("lost its status as a trusted
    partner of X")."""
    phrases = [c for c in predicate.children if c.dep_ in ("dobj", "prep")]
    for token in (t for phrase in phrases for t in phrase.subtree):
        if token.dep_ == "poss" and token.pos_ != "PRON":
            return token
        if token.dep_ == "pobj" and token.pos_ == "PROPN" and token.head.lower_ == "of":
            return token
    return None


def _stands_alone(token: Token, frame: Frame) -> bool:
    """Whether a noun with no owner is still told as an act: the subject of a verb of happening ("the removal
    of X from the list took effect", "the restoration of X to the list was completed") or the passive subject of
    a verb of performing ("the lifting of the curbs was announced"), moving its object from or to a list whose
    owner is named ("the removal of X from Y's list"), or acting on an owned thing ("the lifting of X's curbs")."""
    happens = token.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) and token.head.lemma_.lower() in frame.happening
    performed = token.dep_ in PASSIVE_SUBJECTS and token.head.lemma_.lower() in frame.performing
    return happens or performed or (frame.target_is_object and _owner(token) is not None) or _owned_object(token, frame)


def _owned_object(token: Token, frame: Frame) -> bool:
    """Whether the noun acts on a thing of its frame's objects that someone owns, not a party it moves ("the easing
    of Japan's export curbs": the owner of the curbs eases them)."""
    if frame.target_is_object or frame.objects is None:
        return False
    measure = _prep_object(token, ("of",))
    return measure is not None and bool(_heads(measure, frame.partitives) & frame.objects) and _owner_of(measure) is not None


def _moves_to_or_from(token: Token, frame: Frame) -> bool:
    """Whether a prepositional phrase of the predicate names the place its frame's context asks for ("from
    the white list", "to Japan's list of trusted partners")."""
    return any(all({t.lemma_.lower() for t in prep.subtree} & requirement for requirement in frame.context)
               for prep in _prepositions(token))


def _theme(token: Token) -> Token | None:
    """What a predicate with no object of its own moves: the possessor of a noun ("Korea's removal from the
    list"), the subject of an intransitive verb ("Korea returned to the list")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return _child(token, ("poss",))
    return _child(token, SUBJECTS) if token.pos_ == "VERB" and not is_passive(token) else None


def _match(token: Token, obj: Token | None, frame: Frame, offset: int,
           announced: FrameMatch | None = None) -> FrameMatch:
    actor = actor_of(token, frame.performing, frame.controlling, frame.voiced)
    if frame.subjects is not None and actor is not None:
        actor = actor_of(actor)  # "talks between A and B took place": the subject is the act, its owner acts
    if actor is not None and actor == obj:
        actor = None  # "Korea's removal from the list": Korea is removed
    if actor is None and frame.target_is_object:
        actor = _owner(token)
    elif actor is None and obj is not None and obj != token and is_passive(token):
        actor = _child(obj, ("poss",))  # "Japan's curbs were lifted": a measure is its owner's to impose or lift
    target = obj if frame.target_is_object and obj is not None and obj != token else None
    if frame.target_is_subject:
        actor, target = _list_owner(token), actor
    return FrameMatch(
        frame,
        token,
        Span(offset + token.idx, offset + token.idx + len(token)),
        _phrase(token.head if is_attributive(token) else token, offset),  # "tightened controls on X": the noun's phrase
        _phrase(actor, offset) if actor is not None else None,
        _phrase(target, offset) if target is not None else None,
        actor,
        target,
        announced,
    )


def subject_to_come(token: Token, future_governors: frozenset[str]) -> bool:
    """Whether the token is the subject of a verb that tells it as still to come ("talks between the two sides
    are scheduled for next week", "the talks will ...")."""
    head = token.head
    return token.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS) and head != token and (
        head.lemma_.lower() in future_governors or future_by_auxiliary(head))


def told_ahead(token: Token, future_governors: frozenset[str], future_nouns: frozenset[str],
               announcing: frozenset[str] = frozenset(), measures: frozenset[str] = frozenset()) -> bool:
    """Whether the act is told as one to come from the moment it is spoken of: an infinitive ("a plan to
    drop ..."), a future ("would drop ..."), or governed by a verb of deciding or agreeing, or announced."""
    return (infinitive_marker(token) is not None or future_by_auxiliary(token)
            or decided(token, future_governors, future_nouns, announcing, measures))


def announcing(frame: Frame, acts: list[FrameMatch], offset: int, contents: frozenset[str]) -> list[FrameMatch]:
    """The verbs of the frame that announce or decide one of the acts (each verb once), also through a noun of
    `contents` whose relative clause tells the act ("promulgated an ordinance that drops ...")."""
    found: dict[int, FrameMatch] = {}
    for act in acts:
        verb = governor(act.predicate, frame.predicates, contents=contents)
        if verb is not None and verb.i not in found:
            found[verb.i] = _match(verb, None, frame, offset, act)
    return list(found.values())


class FrameIndex:
    """The frames of several event types that match acts (not announcing ones), by the first word of their
    predicates ("turn" for "turn down"), so that a token tries only the frames it may be the predicate of."""

    def __init__(self, frames: dict[str, tuple[Frame, ...]]) -> None:
        self.event_types = tuple(frames)
        self._by_lemma: dict[str, list[tuple[str, Frame]]] = {}
        for event_type, type_frames in frames.items():
            for frame in (f for f in type_frames if f.announces is None):
                for lemma in {predicate.split(" ", 1)[0] for predicate in frame.predicates}:
                    self._by_lemma.setdefault(lemma, []).append((event_type, frame))

    def match(self, doc: Doc, offset: int) -> dict[str, list[FrameMatch]]:
        """Every token of the parsed passage that is the predicate of a frame, by event type: one match per token
        and type, its first frame that matches; frames that announce an act are matched by `announcing`."""
        found: dict[str, list[FrameMatch]] = {event_type: [] for event_type in self.event_types}
        for token in doc:
            candidates = self._by_lemma.get(token.lemma_.lower())
            if candidates is None or token.pos_ not in PREDICATE_POS:
                continue
            matched: set[str] = set()
            for event_type, frame in candidates:
                obj = _matches(frame, token) if event_type not in matched else None
                if obj is not None:
                    found[event_type].append(_match(token, obj, frame, offset))
                    matched.add(event_type)
        return found


def _tokens_in(doc: Doc, offset: int, span: Span) -> list[Token]:
    """The tokens of `doc` (a passage starting at `offset`) lying wholly inside `span`."""
    start, end = max(0, span.start - offset), min(text_length(doc), max(0, span.end - offset))
    inside = doc.char_span(start, end, alignment_mode="contract")
    return list(inside) if inside is not None else []


NOUN_COMPLEMENTS = ("of", "on")  # the prepositions of what a noun act acts on ("the removal of X", "curbs on Y")


def _head_of(tokens: list[Token]) -> Token:
    return next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])


def inside_noun_phrase(noun: Token, tokens: list[Token]) -> bool:
    """Whether the words stand inside the noun's phrase, after the noun and before words that complete it: its
    own dependents, or an `of` or `on` phrase or an infinitive the parser hangs on the verb above ("the decision
    last week to grant ...", "Tokyo's tightened controls last month on shipments ..."); they hang on the noun
    (a bare "its decision last week" too) or, when the parser hangs them on the verb above, follow it at once."""
    head, first, last = _head_of(tokens), tokens[0], tokens[-1]
    if first.i <= noun.i:
        return False
    following = noun.doc[last.i + 1] if last.i + 1 < len(noun.doc) else None
    completed = following is not None and (
        following.i <= noun.right_edge.i
        or (following.dep_ == "prep" and following.lower_ in NOUN_COMPLEMENTS)
        or (following.dep_ == "aux" and following.lower_ == "to"))
    if noun in head.ancestors:
        return completed or (head.dep_ == "npadvmod" and head.head == noun)
    return first.i == noun.right_edge.i + 1 and completed


def _before_reported_subject(verb: Token, tokens: list[Token]) -> bool:
    """Whether the words stand between a verb of a reported clause and the verb that reports it, before the
    clause's subject and with no "that" before them: they modify the reporting verb, wherever the parser hangs
    them ("said on Monday it will ...")."""
    subject = _child(verb, SUBJECTS)
    return (verb.dep_ == "ccomp" and subject is not None and verb.head.i < tokens[0].i and tokens[-1].i < subject.i
            and not any(c.dep_ == "mark" and c.i < tokens[0].i for c in verb.children))


def clause_of(doc: Doc, offset: int, span: Span) -> Token | None:
    """The verb (or the root) whose clause holds the words at `span`: the first verb above their head (not a
    participle used as their preposition: "starting Jan. 6"), or the verb that reports that clause when they
    stand before the clause's subject."""
    tokens = _tokens_in(doc, offset, span)
    if not tokens:
        return None
    head = current = _head_of(tokens)
    if head.head.lower_ == EFFECTIVE:  # "lift the curbs on three chemicals, effective Friday": the verb's date
        return next((t for t in head.head.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while current.head != current and (current.pos_ not in ("VERB", "AUX") or (
            current.dep_ == "prep" and current == head.head)):
        current = current.head
        if current.dep_ in SUBJECTS and head.dep_ == "pobj" and head.head.head == current and head.head.i > current.i:
            return current.head  # "Japan's cabinet on Friday approved ...": the parser hangs the verb's date on its subject
        if current.pos_ in ("NOUN", "PROPN") and current.dep_ not in ("pobj", "compound", "npadvmod") and not (
                current.dep_ == "dobj" and head.dep_ == "pobj"):  # "tightened controls on exports ... in July": the verb's
            return current  # inside a noun phrase: "the July 2019 curbs"
    return current.head if _before_reported_subject(current, tokens) else current


NON_FINITE_MODIFIERS = ("acl", "xcomp", "relcl", "advcl")
EFFECTIVE = "effective"


def reporting_verb(predicate: Token) -> Token | None:
    """The verb whose reported clause holds the predicate ("Japan said it would ..." → said), if any."""
    current = predicate
    while current.dep_ in ("xcomp", "conj", "aux") and current.head != current:
        current = current.head
    return current.head if current.dep_ == "ccomp" else None


def modifies_predicate(doc: Doc, offset: int, predicate: Token, span: Span, speech: bool,
                       happening: frozenset[str], events: frozenset[int]) -> bool:
    """Whether the temporal (or place) words at `span` modify the predicate: they stand in its own clause (or, for a
    noun, inside its phrase), or in a non-finite modifier clause under it (no subject or "by" agent of its own)
    that is no event of its own (`events`: the indices of every event predicate of the passage) — "revoked the
    status of materials used to make chips in early July" dates the revoking, "lift the controls imposed in 2019"
    not the lifting, "the downgrade, approved by the cabinet last month," not the downgrade; for an act done by
    speaking, in the clause of the verb that reports it ("Japan yesterday said it does not plan to ..."); or
    in the clause of a verb of happening whose subject holds the predicate ("the move to ease the curbs came
    Friday")."""
    clause = clause_of(doc, offset, span)
    if clause is None:
        return False
    while (clause != predicate and clause.dep_ in NON_FINITE_MODIFIERS and clause.i not in events
           and _child(clause, (*SUBJECTS, *PASSIVE_SUBJECTS, "agent")) is None and clause.head != clause):
        clause = clause.head if clause.head.pos_ in ("VERB", "AUX") else next(
            (t for t in clause.head.ancestors if t.pos_ in ("VERB", "AUX")), clause.head)
    if clause == predicate or (predicate.pos_ in ("NOUN", "PROPN") and clause in predicate.subtree and clause.pos_ not in ("VERB", "AUX")):
        return True
    if predicate.dep_ in SUBJECTS and clause == predicate.head and all(
            t in predicate.subtree for t in _tokens_in(doc, offset, span)):
        return True  # "talks on Friday ended ...": the subject's own date
    if speech and clause == reporting_verb(predicate):
        return True
    subject = next((c for c in clause.children if c.dep_ in (*SUBJECTS, *PASSIVE_SUBJECTS)), None)
    return clause.lemma_.lower() in happening and subject is not None and predicate in subject.subtree


def enters_into_force(verb: Token, entering: frozenset[str], in_force: frozenset[str]) -> bool:
    """Whether the verb tells an entry into force: a verb of `entering` whose object, or the object of its
    preposition, is an `in_force` word ("takes effect", "came into force")."""
    if verb.lemma_.lower() not in entering:
        return False
    objects = [*verb.children, *(o for prep in verb.children if prep.dep_ == "prep" for o in prep.children)]
    return any(o.dep_ in ("dobj", "pobj") and o.lemma_.lower() in in_force for o in objects)


def infinitive_marker(token: Token) -> Token | None:
    """The "to" of a to-infinitive."""
    return next((c for c in token.children if c.dep_ == "aux" and c.lower_ == "to"), None)


def _noun_before(tokens: list[Token]) -> Token | None:
    """The noun temporal words hang on (directly or through a preposition), else the word right before them."""
    head = _head_of(tokens)
    hung = head.head.head if head.head.pos_ == "ADP" else head.head
    if hung.pos_ == "NOUN":
        return hung
    return tokens[0].doc[tokens[0].i - 1] if tokens[0].i > 0 else None


def _of_clause_noun(predicate: Token) -> Token | None:
    """The noun whose `of` phrase the predicate heads ("the step of dropping Seoul from its list")."""
    of = predicate.head
    return of.head if predicate.dep_ == "pcomp" and of.lower_ == "of" and of.head.pos_ == "NOUN" else None


def act_noun(predicate: Token, tokens: list[Token], events: frozenset[int]) -> Token | None:
    """The noun whose phrase tells the act, for temporal words `tokens`: the predicate itself, the noun an
    attributive participle describes ("Tokyo's tightened controls"), or a noun that is no event of its own
    whose `of` phrase or infinitive the predicate is ("took the step on Tuesday of dropping ...", "Japan's
    decision last week to grant a permit", "its move in July to tighten ..."; the parser may hang such an
    infinitive on the verb above: then the noun before the temporal words, when the infinitive follows them)."""
    if predicate.pos_ in ("NOUN", "PROPN"):
        return predicate
    if is_attributive(predicate):
        return predicate.head
    owner = _of_clause_noun(predicate)
    if owner is not None:
        return owner if owner.i not in events else None
    to = infinitive_marker(predicate)
    if to is None:
        return None
    if predicate.dep_ == "acl":
        noun = predicate.head
    elif to.i == tokens[-1].i + 1:
        noun = _noun_before(tokens)
    else:
        return None
    return noun if noun is not None and noun.pos_ == "NOUN" and noun.i not in events else None


def in_other_act(doc: Doc, offset: int, predicate: Token, span: Span, events: frozenset[int]) -> bool:
    """Whether temporal words stand inside the phrase of the noun that tells another event (`act_noun`), which
    they date rather than the predicate that governs it ("criticized Japan's removal last month of Seoul ...";
    a back reference is dated only by words inside it)."""
    tokens = _tokens_in(doc, offset, span)
    if not tokens:
        return False
    own = act_noun(predicate, tokens, events)
    others = {act_noun(doc[i], tokens, events) for i in events if i != predicate.i} - {None, own, predicate}
    return any(inside_noun_phrase(noun, tokens) for noun in others)


def _first_conjunct(predicate: Token) -> Token:
    current = predicate
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    return current


def _own_subject(token: Token) -> bool:
    return _child(token, (*SUBJECTS, *PASSIVE_SUBJECTS)) is not None


def _fronted_on_first_conjunct(predicate: Token, clause: Token, tokens: list[Token]) -> bool:
    """Whether the words open the clause of the verb the predicate is conjoined to: before that verb when the
    predicate shares its subject ("In 2019, X imposed A and removed B", "X on Friday eased A and dropped B"),
    before its subject too when the predicate has its own ("In December, X eased A and Y withdrew B"); not
    when an auxiliary of its own sets it in another time ("In July, X tightened A and will remove B")."""
    first = _first_conjunct(predicate)
    subject = _child(first, (*SUBJECTS, *PASSIVE_SUBJECTS))
    opening = (subject.left_edge if subject is not None else None) if _own_subject(predicate) else first
    own_time = _child(predicate, ("aux",)) is not None
    return (first != predicate and clause == first and opening is not None and tokens[-1].i < opening.i
            and not own_time)


def _said_along(predicate: Token, clause: Token, speaking: frozenset[str]) -> bool:
    """Whether the predicate is a participle or infinitive, with no subject of its own, of a verb of saying
    (`speaking`) whose clause the words modify ("..., the minister said Sunday, urging ...")."""
    return (clause.lemma_.lower() in speaking and predicate.dep_ in ("advcl", "xcomp") and predicate.head == clause
            and not _own_subject(predicate)
            and (predicate.tag_ == "VBG" or infinitive_marker(predicate) is not None))


def _performed(noun: Token | None, clause: Token, performing: frozenset[str], events: frozenset[int]) -> bool:
    """Whether the noun that tells the act is the object of a verb of `performing` that is no event of its own
    and whose clause the words modify ("made a request Friday for ...", "renewed its call on Wednesday for ...",
    "took the step on Tuesday of dropping ...")."""
    return (noun is not None and noun.dep_ == "dobj" and noun.head == clause
            and clause.lemma_.lower() in performing and clause.i not in events)


def shares_date(doc: Doc, offset: int, predicate: Token, span: Span, speaking: frozenset[str],
                performing: frozenset[str], events: frozenset[int]) -> bool:
    """Whether temporal words that do not modify the predicate's own clause date it through the words its phrase
    depends on: they stand inside the phrase of the noun that tells the act (`act_noun`), open the clause of
    the verb it is conjoined to, modify the verb of saying it goes along with (`speaking`: empty for an act
    not done by speaking), or the verb of `performing` whose object it is."""
    tokens = _tokens_in(doc, offset, span)
    if not tokens:
        return False
    noun = act_noun(predicate, tokens, events)
    if noun is not None and inside_noun_phrase(noun, tokens):
        return True
    if _when_of(predicate, tokens):
        return True
    clause = clause_of(doc, offset, span)
    return clause is not None and (_fronted_on_first_conjunct(predicate, clause, tokens)
                                   or _said_along(predicate, clause, speaking)
                                   or _performed(noun, clause, performing, events)
                                   or _means_of(predicate, clause))


def _when_of(predicate: Token, tokens: list[Token]) -> bool:
    """Whether the temporal words are the time a clause the parser hangs on them describes: a "when" clause
    ("began in July 2019, when Japan required licences": July 2019 dates the requiring), or the clause a count
    of days is after or before ("said, a day after Seoul gave Tokyo a deadline": the giving's day)."""
    return predicate.dep_ == "relcl" and predicate.head in tokens and any(
        child.lower_ in ("when", "after", "before") for child in predicate.children)


def _means_of(predicate: Token, clause: Token) -> bool:
    """Whether the predicate is the means of the clause's verb ("responded that year by filing a complaint": the
    filing is dated with the responding)."""
    return predicate.dep_ == "pcomp" and predicate.head.lower_ == "by" and predicate.head.head == clause
