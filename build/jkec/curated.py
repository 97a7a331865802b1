"""Curated knowledge from curated/: lexicons, the actor dictionary and the codebooks, loaded and checked."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from jkec.errors import JkecError
from jkec.extract.rows import extraction_fields
from jkec.project import Project, read_yaml, yaml_date
from jkec.tables.records import Fields
from jkec.tables.schema import DateWindow, load_schema

TARGET_RULES = ("addressee",)
SPEECH_CLASSES = ("report", "directive", "commissive", "characterise")
VERB_FORMS = ("base", "present", "past", "participle", "gerund")


@dataclass(frozen=True)
class Vocabulary:
    """The values a curated entry may give where a published column holds them: the schemas' enums."""

    actor_types: tuple[str, ...]
    alias_kinds: tuple[str, ...]
    measure_effects: tuple[str, ...]
    event_statuses: tuple[str, ...]


def load_vocabulary(project: Project) -> Vocabulary:
    return Vocabulary(
        actor_types=load_schema(project, "actors").enum("actor_type"),
        alias_kinds=load_schema(project, "actor_aliases").enum("alias_kind"),
        measure_effects=load_schema(project, "event_types").enum("measure_effect"),
        event_statuses=load_schema(project, "events").enum("status"),
    )


def load_date_window(project: Project) -> DateWindow:
    """Where an extracted date may fall: in the windows of both dated fields extraction fills (an event mention's
    date, whence events and measures date theirs, and a quotation's said_on)."""
    windows = (load_schema(project, "event_mentions").date_window("date"), load_schema(project, "quotes").date_window("said_on"))
    return DateWindow(max(w.first for w in windows), min(w.last for w in windows))


@dataclass(frozen=True)
class Relevance:
    """Patterns that decide whether a passage speaks about the dispute."""

    dispute_terms: re.Pattern
    other_story_terms: re.Pattern
    boilerplate: tuple[re.Pattern, ...]
    scare_quote_terms: re.Pattern
    backdrop: re.Pattern | None = None  # a phrase that gives only a sentence's circumstances ("amid the trade spat")


@dataclass(frozen=True)
class Actor:
    actor_id: str
    name: str
    actor_type: str
    country: str | None
    parent_actor_id: str | None
    title: str | None
    cameo_code: str | None
    aliases: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Holding:
    """One person's tenure of an office; a bound that was not established is None (never open-ended)."""

    actor_id: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, first: dt.date, last: dt.date) -> bool:
        return self.start is not None and self.end is not None and self.start <= first and last <= self.end

    def begun_by(self, day: dt.date) -> bool:
        """Whether the tenure may have begun by `day` (an unknown start may have)."""
        return self.start is None or self.start <= day


@dataclass(frozen=True)
class Office:
    office_id: str
    title: str
    organisation_actor_id: str
    country: str
    aliases: tuple[str, ...]
    holdings: tuple[Holding, ...]
    unique_to_country: bool = False  # no other government has it: its title needs no country word


@dataclass(frozen=True)
class Offices:
    """Offices and their holders, generic organisation words by country, the words naming a country, and the words
    that make a title its deputy's."""

    offices: tuple[Office, ...]
    organisations: dict[str, dict[str, str]]
    country_words: dict[str, tuple[str, ...]]
    deputy_words: tuple[str, ...] = ()

    def holders(self, first: dt.date, last: dt.date) -> frozenset[str]:
        """The persons who held one of the offices over the whole period."""
        return frozenset(h.actor_id for o in self.offices for h in o.holdings if h.covers(first, last))


@dataclass(frozen=True)
class Roles:
    """Words that introduce actors the dictionary lacks (curated/roles.yaml)."""

    person_roles: tuple[str, ...]
    organisation_suffixes: dict[str, str]
    official_groups: tuple[str, ...]
    office_roles: tuple[str, ...]  # role words with which an uncurated person speaks for a party
    news_sources: tuple[str, ...] = ()  # nouns for unnamed news media whose reports are quoted with no speaker
    organisation_appositions: dict[str, str] = field(default_factory=dict)  # noun -> actor_type it implies
    role_variants: dict[str, str] = field(default_factory=dict)  # role word -> the form titles use ("spokesman")
    private_sectors: frozenset[str] = frozenset()  # nouns that make a group of officials no state's ("industry officials")


@dataclass(frozen=True)
class SpeechVerb:
    lemma: str  # a particle verb carries its particle: "point out"
    forms: dict[str, tuple[str, ...]]  # by slot (VERB_FORMS): "past" -> ("said",)
    verb_class: str
    addressee: bool  # the object is the one spoken to ("told reporters")
    clausal: bool  # it reports speech only with a clause or quotation as complement ("countered that ...")


@dataclass(frozen=True)
class SpeechVerbs:
    """The speech lexicon (curated/speech_verbs.yaml): verbs that report speech, nouns naming documents, and nouns
    naming what someone said, by class."""

    verbs: tuple[SpeechVerb, ...]
    documents: frozenset[str]
    nouns: dict[str, str]  # lemma -> class: "claim" -> "report"
    uttering: frozenset[str] = frozenset()  # verbs whose subject speaks the noun they take ("expressed hope that")

    def selected(self, classes: tuple[str, ...] = SPEECH_CLASSES, addressee: bool | None = None) -> list[SpeechVerb]:
        return [v for v in self.verbs if v.verb_class in classes and addressee in (None, v.addressee)]

    def lemmas(self, classes: tuple[str, ...] = SPEECH_CLASSES) -> frozenset[str]:
        return frozenset(verb.lemma for verb in self.selected(classes))

    def forms(self, classes: tuple[str, ...] = SPEECH_CLASSES, addressee: bool | None = None,
              slots: tuple[str, ...] = VERB_FORMS) -> str:
        """A regular-expression alternation of the verbs' forms in `slots`, longest first (no word boundaries)."""
        return alternation({form for verb in self.selected(classes, addressee) for slot in slots for form in verb.forms[slot]})


@dataclass(frozen=True)
class TimeWords:
    """The time lexicon (curated/time_words.yaml): words marking the future, the negations that cancel them, the
    words that make a temporal expression a bound, those of them that make it the start of a period, and the past
    forms of verbs that do not end in -ed."""

    future_markers: tuple[str, ...]
    negations: tuple[str, ...]
    bound_words: tuple[str, ...]
    start_words: tuple[str, ...]
    irregular_past: tuple[str, ...]


@dataclass(frozen=True)
class Frame:
    """One way of expressing an event type on a parse (extract/frames.py): predicate lemmas, and the lemmas its
    object and its own words must contain (None: any); whether its target is its object."""

    predicates: frozenset[str]
    objects: frozenset[str] | None
    context: tuple[frozenset[str], ...]  # each a requirement: one of its lemmas among the predicate's words
    unless: frozenset[str] | None  # lemmas that, among the predicate's words, make it another type's
    subjects: frozenset[str] | None  # lemmas one of which must head the predicate's subject
    clause: bool  # the predicate must have a clausal complement ("insisted that ...", "asked X to ...")
    subjunctive: bool  # the complement must ask something be done ("proposed that the issue be put to ...")
    infinitive: bool  # the predicate must govern a to-infinitive ("told Ruritania to lift ...")
    preps: frozenset[str] | None  # prepositions one of which the predicate must govern ("called for ...")
    not_preps: frozenset[str]  # prepositions the predicate must not govern ("called on X to ..." characterises nothing)
    no_object: bool  # the predicate must have no direct object ("called for talks", not "called a meeting for Monday")
    target_is_object: bool
    target_is_subject: bool  # the subject is the party the act moves ("regained its place on X's list": X acts)
    target_required: bool  # the predicate counts only when its target names a party
    actor_required: bool  # the predicate counts only when its actor names a party ("Tokyo will require ...")
    announces: str | None  # the event type of the act the predicate announces or decides, if it is an announcing
    partitives: frozenset[str] = frozenset()  # nouns whose `of` phrase heads an object ("a round of talks")
    happening: frozenset[str] = frozenset()  # verbs whose subject names an act that happens ("took effect")
    performing: frozenset[str] = frozenset()  # verbs whose subject does the act their object names ("made the decision")
    controlling: frozenset[str] = frozenset()  # verbs whose object does the act of their infinitive ("urged X to ...")
    voiced: frozenset[str] = frozenset()  # nouns of speaking whose "from" phrase names the speaker ("protests from X")


@dataclass(frozen=True)
class EventType:
    event_type: str
    label: str
    definition: str
    plover_type: str | None
    plover_mode: str | None
    measure_effect: str | None
    measure_type: str | None
    fixed_status: str | None
    addressee_target: bool  # the target is only the party addressed ("tells South Korea"), not one spoken of
    joint: bool  # done by both parties together (talks, agreements): "each other" does not make it two acts
    frames: tuple[Frame, ...]
    examples: tuple[str, ...] = ()
    refused_as: str | None = None  # the type a negated act of this type takes (a refusal to yield)


@dataclass(frozen=True)
class StatementRule:
    """A type a statement takes when its words hold one of `words` (and a negation, when `negated`; a subject
    that is not the speaker's side, when `other_subject`; a future, when `future`)."""

    event_type: str
    words: frozenset[str]
    negated: bool
    other_subject: bool = False
    future: bool = False


@dataclass(frozen=True)
class Statements:
    """How an attributed statement of someone who speaks for a party is coded (event_types.yaml `statements`)."""

    speakers: tuple[str, ...]  # actor types that speak for a party
    by_words: tuple[StatementRule, ...]  # in order: the first whose words the statement holds
    otherwise: str  # the type of a quoted statement no rule takes
    about: frozenset[str] = frozenset()  # nouns by which reported speech refers back to the dispute ("the controls")


@dataclass(frozen=True)
class MeasureType:
    measure_type: str
    label: str
    definition: str
    gta_intervention_type: str | None


@dataclass(frozen=True)
class Product:
    product: str
    aliases: tuple[str, ...]
    context_aliases: tuple[str, ...]
    hs_code: str | None
    hs_version: str | None
    hs_source: str | None
    note: str | None


@dataclass(frozen=True)
class Place:
    """A place where events take place: canonical name, ISO3 country, surface forms."""

    place: str
    country: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Curated:
    """Everything extraction knows that does not come from the articles."""

    relevance: Relevance
    actors: dict[str, Actor]
    offices: Offices
    roles: Roles
    event_types: dict[str, EventType]
    statements: Statements
    measure_types: dict[str, MeasureType]
    products: dict[str, Product]
    places: dict[str, Place]
    word_classes: dict[str, frozenset[str]]  # the event codebook's lemma classes (future_governors, not_realised ...)
    speech_verbs: SpeechVerbs
    time_words: TimeWords
    date_window: DateWindow  # the dates the tables accept (the schemas'): an expression resolving outside it stays undated
    language_model: str  # the importable name of the statistical pipeline (curated/language_model.yaml)
    row_fields: dict[str, Fields]  # the fields of each table extraction writes (extract/rows.py)


def alternation(phrases: Iterable[str]) -> str:
    """A regular-expression alternation of literal phrases, longest first, any white space between their words
    (no word boundaries)."""
    return "|".join(re.escape(phrase).replace(r"\ ", r"\s+") for phrase in sorted(phrases, key=lambda p: (-len(p), p)))


def _compile(pattern: str, where: str, flags: int = re.IGNORECASE) -> re.Pattern:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise JkecError(f"{where}: invalid pattern {pattern!r} ({exc})") from exc


def word_alternation(patterns: list[str], where: str) -> re.Pattern:
    """One case-insensitive pattern matching any of `patterns` as whole words."""
    for pattern in patterns:
        _compile(pattern, where)
    return _compile(r"\b(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\b", where)


def _entries(path: Path, key: str) -> list[dict]:
    document = read_yaml(path)
    if not isinstance(document, dict) or not isinstance(document.get(key), list):
        raise JkecError(f"{path}: expected a mapping with a list under {key!r}")
    return document[key]


def _require(entry: dict, keys: tuple[str, ...], where: str) -> None:
    missing = [key for key in keys if not entry.get(key)]
    if missing:
        raise JkecError(f"{where}: missing {', '.join(missing)}")


def _unique(items: dict, key: str, path: Path) -> None:
    if key in items:
        raise JkecError(f"{path}: {key!r} is defined twice")


def load_relevance(path: Path, products: dict[str, Product]) -> Relevance:
    document = read_yaml(path)
    if not isinstance(document, dict):
        raise JkecError(f"{path}: expected a mapping")
    _require(document, ("dispute_terms", "other_story_terms", "boilerplate", "scare_quote_terms"), str(path))
    product_terms = [re.escape(alias) for product in products.values() for alias in product.aliases]
    return Relevance(
        dispute_terms=word_alternation([*document["dispute_terms"], *product_terms], f"{path}: dispute_terms"),
        other_story_terms=word_alternation(document["other_story_terms"], f"{path}: other_story_terms"),
        boilerplate=tuple(_compile(p, f"{path}: boilerplate") for p in document["boilerplate"]),
        scare_quote_terms=word_alternation(document["scare_quote_terms"], f"{path}: scare_quote_terms"),
        backdrop=(word_alternation([rf"(?:{word})\b[^,;.]*" for word in document["backdrop_words"]],
                                   f"{path}: backdrop_words") if document.get("backdrop_words") else None),
    )


def _check_parents(actors: dict[str, Actor], path: Path) -> None:
    """Every parent is an actor of the file, and no actor is its own ancestor."""
    for actor in actors.values():
        chain = [actor.actor_id]
        while (parent := actors[chain[-1]].parent_actor_id) is not None:
            if parent not in actors:
                raise JkecError(f"{path}: actor {chain[-1]!r} has unknown parent {parent!r}")
            if parent in chain:
                cycle = " → ".join([*chain, parent])
                raise JkecError(f"{path}: the parents of actor {actor.actor_id!r} form a cycle ({cycle})")
            chain.append(parent)


def load_actors(path: Path, vocabulary: Vocabulary) -> dict[str, Actor]:
    actors: dict[str, Actor] = {}
    owners: dict[str, str] = {}  # alias → the actor it names
    for number, entry in enumerate(_entries(path, "actors"), start=1):
        where = f"{path}: actor {number} ({entry.get('actor_id')})"
        _require(entry, ("actor_id", "name", "actor_type"), where)
        if entry["actor_type"] not in vocabulary.actor_types:
            raise JkecError(f"{where}: actor_type {entry['actor_type']!r} is not one of {vocabulary.actor_types}")
        aliases = tuple((alias["alias"], alias["kind"]) for alias in entry.get("aliases") or [])
        if bad := [kind for _, kind in aliases if kind not in vocabulary.alias_kinds]:
            raise JkecError(f"{where}: alias kind {bad[0]!r} is not one of {vocabulary.alias_kinds}")
        _unique(actors, entry["actor_id"], path)
        for alias, _ in aliases:
            if (owner := owners.setdefault(alias, entry["actor_id"])) != entry["actor_id"]:
                raise JkecError(f"{where}: alias {alias!r} already names actor {owner!r}; an alias names one actor")
        actors[entry["actor_id"]] = Actor(
            actor_id=entry["actor_id"],
            name=entry["name"],
            actor_type=entry["actor_type"],
            country=entry.get("country"),
            parent_actor_id=entry.get("parent_actor_id"),
            title=entry.get("title"),
            cameo_code=entry.get("cameo_code"),
            aliases=aliases,
        )
    _check_parents(actors, path)
    return actors


def load_offices(path: Path, actors: dict[str, Actor]) -> Offices:
    offices = []
    for number, entry in enumerate(_entries(path, "offices"), start=1):
        where = f"{path}: office {number} ({entry.get('office_id')})"
        _require(entry, ("office_id", "title", "organisation_actor_id", "country", "aliases"), where)
        holdings = []
        for holder in entry.get("holders") or []:
            if holder["actor_id"] not in actors or entry["organisation_actor_id"] not in actors:
                raise JkecError(f"{where}: unknown actor {holder['actor_id']!r} or {entry['organisation_actor_id']!r}")
            start = yaml_date(holder.get("from") or holder.get("known_from"), where)
            end = yaml_date(holder.get("to") or holder.get("known_until"), where)
            holdings.append(Holding(holder["actor_id"], start, end))
        offices.append(Office(entry["office_id"], entry["title"], entry["organisation_actor_id"], entry["country"],
                              tuple(entry["aliases"]), tuple(holdings), bool(entry.get("unique_to_country"))))
    document = read_yaml(path)
    organisations = {item["alias"]: dict(item["by_country"]) for item in document.get("generic_organisations") or []}
    unknown = sorted({actor for by_country in organisations.values() for actor in by_country.values()} - set(actors))
    if unknown:
        raise JkecError(f"{path}: generic_organisations name unknown actors {unknown}")
    words = {country: tuple(items) for country, items in (document.get("country_words") or {}).items()}
    return Offices(tuple(offices), organisations, words, tuple(document.get("deputy_words") or ()))


def load_roles(path: Path, vocabulary: Vocabulary) -> Roles:
    document = read_yaml(path)
    if not isinstance(document, dict):
        raise JkecError(f"{path}: expected a mapping")
    _require(document, ("person_roles", "organisation_suffixes"), str(path))
    suffixes = {word: actor_type for actor_type, words in document["organisation_suffixes"].items() for word in words}
    if bad := sorted(set(suffixes.values()) - set(vocabulary.actor_types)):
        raise JkecError(f"{path}: organisation_suffixes use unknown actor types {bad}")
    office_roles = tuple(document.get("office_roles") or ())
    if unknown := sorted(set(office_roles) - set(document["person_roles"])):
        raise JkecError(f"{path}: office_roles are not person_roles: {unknown}")
    appositions = {word: actor_type for actor_type, words in (document.get("organisation_appositions") or {}).items()
                   for word in words}
    if bad := sorted(set(appositions.values()) - set(vocabulary.actor_types)):
        raise JkecError(f"{path}: organisation_appositions use unknown actor types {bad}")
    variants = {variant: role for role, forms in (document.get("role_variants") or {}).items() for variant in forms}
    if unknown := sorted(set(variants.values()) - set(document["person_roles"])):
        raise JkecError(f"{path}: role_variants are not person_roles: {unknown}")
    return Roles(tuple(document["person_roles"]), suffixes, tuple(document.get("official_groups") or ()), office_roles,
                 tuple(document.get("news_sources") or ()), appositions, variants,
                 frozenset(document.get("private_sectors") or ()))


def load_measure_types(path: Path) -> dict[str, MeasureType]:
    measure_types: dict[str, MeasureType] = {}
    for number, entry in enumerate(_entries(path, "measure_types"), start=1):
        _require(entry, ("code", "label", "definition"), f"{path}: measure type {number}")
        _unique(measure_types, entry["code"], path)
        measure_types[entry["code"]] = MeasureType(
            entry["code"], entry["label"], entry["definition"], entry.get("gta_intervention_type")
        )
    return measure_types


def load_event_types(path: Path, measure_types: dict[str, MeasureType], vocabulary: Vocabulary) -> dict[str, EventType]:
    event_types: dict[str, EventType] = {}
    classes = load_word_classes(path)
    for number, entry in enumerate(_entries(path, "event_types"), start=1):
        where = f"{path}: event type {number} ({entry.get('code')})"
        _require(entry, ("code", "label", "definition", "frames"), where)
        if entry.get("measure_effect") not in (None, *vocabulary.measure_effects):
            raise JkecError(f"{where}: measure_effect {entry['measure_effect']!r} is not one of {vocabulary.measure_effects}")
        if entry.get("status") not in (None, *vocabulary.event_statuses):
            raise JkecError(f"{where}: status {entry['status']!r} is not one of {vocabulary.event_statuses}")
        if entry.get("joint") not in (None, True, False):
            raise JkecError(f"{where}: joint {entry['joint']!r} is not true or false")
        if entry.get("target") not in (None, *TARGET_RULES):
            raise JkecError(f"{where}: target {entry['target']!r} is not one of {TARGET_RULES}")
        if entry.get("measure_type") is not None and entry["measure_type"] not in measure_types:
            raise JkecError(f"{where}: unknown measure_type {entry['measure_type']!r}")
        _unique(event_types, entry["code"], path)
        event_types[entry["code"]] = EventType(
            event_type=entry["code"],
            label=entry["label"],
            definition=entry["definition"],
            plover_type=entry.get("plover_type"),
            plover_mode=entry.get("plover_mode"),
            measure_effect=entry.get("measure_effect"),
            measure_type=entry.get("measure_type"),
            fixed_status=entry.get("status"),
            addressee_target=entry.get("target") == "addressee",
            joint=bool(entry.get("joint")),
            frames=tuple(_frame(frame, classes, f"{where}: frame {n}") for n, frame in enumerate(entry["frames"], start=1)),
            examples=tuple(entry.get("examples") or ()),
            refused_as=entry.get("refused_as"),
        )
    for number, event_type in enumerate(event_types.values(), start=1):
        for frame in event_type.frames:
            if frame.announces is not None and frame.announces not in event_types:
                raise JkecError(f"{path}: event type {number} ({event_type.event_type}): announces unknown type {frame.announces!r}")
        if event_type.refused_as is not None and event_type.refused_as not in event_types:
            raise JkecError(f"{path}: event type {number} ({event_type.event_type}): refused_as unknown type {event_type.refused_as!r}")
    return event_types


FRAME_KEYS = {"predicates", "objects", "subjects", "context", "unless", "clause", "subjunctive", "infinitive", "preps", "not_preps",
              "no_object", "target", "target_required", "actor_required", "announces"}


def _words(values: list, classes: dict[str, frozenset[str]], where: str) -> frozenset[str]:
    """Lemmas, with `@name` standing for the word class of that name."""
    words: set[str] = set()
    for value in values:
        if str(value).startswith("@"):
            if value[1:] not in classes:
                raise JkecError(f"{where}: unknown word class {value!r}")
            words |= classes[value[1:]]
        else:
            words.add(str(value).lower())
    return frozenset(words)


def _frame(entry: object, classes: dict[str, frozenset[str]], where: str) -> Frame:
    if not isinstance(entry, dict) or not entry.get("predicates") or set(entry) - FRAME_KEYS:
        raise JkecError(f"{where}: a frame is a mapping with predicates and optionally {', '.join(sorted(FRAME_KEYS - {'predicates'}))}")
    if entry.get("target") not in (None, "object", "subject"):
        raise JkecError(f"{where}: target {entry['target']!r} is not 'object' or 'subject'")
    if entry.get("infinitive") not in (None, True, False):
        raise JkecError(f"{where}: infinitive {entry['infinitive']!r} is not true or false")
    for key in ("clause", "subjunctive", "no_object"):
        if entry.get(key) not in (None, True, False):
            raise JkecError(f"{where}: {key} {entry[key]!r} is not true or false")
    context = tuple(_words(item if isinstance(item, list) else [item], classes, where) for item in entry.get("context") or [])
    return Frame(
        predicates=_words(entry["predicates"], classes, where),
        objects=_words(entry["objects"], classes, where) if entry.get("objects") else None,
        context=context,
        unless=_words(entry["unless"], classes, where) if entry.get("unless") else None,
        subjects=_words(entry["subjects"], classes, where) if entry.get("subjects") else None,
        clause=bool(entry.get("clause")),
        subjunctive=bool(entry.get("subjunctive")),
        infinitive=bool(entry.get("infinitive")),
        preps=_words(entry["preps"], classes, where) if entry.get("preps") else None,
        not_preps=_words(entry["not_preps"], classes, where) if entry.get("not_preps") else frozenset(),
        no_object=bool(entry.get("no_object")),
        target_is_object=entry.get("target") == "object",
        target_is_subject=entry.get("target") == "subject",
        target_required=bool(entry.get("target_required")),
        actor_required=bool(entry.get("actor_required")),
        announces=entry.get("announces"),
        partitives=classes.get("partitive", frozenset()),
        happening=classes.get("happening", frozenset()),
        performing=classes.get("performing", frozenset()),
        controlling=classes.get("controlling", frozenset()),
        voiced=classes.get("voiced", frozenset()),
    )


def load_statements(path: Path, event_types: dict[str, EventType], classes: dict[str, frozenset[str]],
                    vocabulary: Vocabulary) -> Statements:
    """The `statements` block of the event codebook, checked against its types and word classes (`classes`)."""
    document = read_yaml(path)
    block = document.get("statements") if isinstance(document, dict) else None
    where = f"{path}: statements"
    if not isinstance(block, dict):
        raise JkecError(f"{where}: expected a mapping with speakers, by_words and otherwise")
    _require(block, ("speakers", "by_words", "otherwise"), where)
    if set(block) - {"speakers", "by_words", "otherwise", "about"}:
        raise JkecError(f"{where}: unknown keys {sorted(set(block) - {'speakers', 'by_words', 'otherwise', 'about'})}")
    if bad := sorted(set(block["speakers"]) - set(vocabulary.actor_types)):
        raise JkecError(f"{where}: speakers name unknown actor types {bad}")
    rules = []
    for number, rule in enumerate(block["by_words"], start=1):
        if not isinstance(rule, dict) or set(rule) - {"event_type", "words", "negated", "other_subject", "future"} or (
                not rule.get("words")):
            raise JkecError(f"{where}: rule {number} is a mapping with event_type, words and optionally negated, "
                            "other_subject, future")
        rules.append(StatementRule(str(rule["event_type"]), _words(rule["words"], classes, f"{where}: rule {number}"),
                                   bool(rule.get("negated")), bool(rule.get("other_subject")), bool(rule.get("future"))))
    if unknown := sorted({r.event_type for r in rules} - set(event_types) | ({block["otherwise"]} - set(event_types))):
        raise JkecError(f"{where}: unknown event types {unknown}")
    about = _words(block.get("about") or [], classes, f"{where}: about")
    return Statements(tuple(block["speakers"]), tuple(rules), block["otherwise"], about)


REQUIRED_WORD_CLASSES = frozenset({  # the classes extraction reads by name, besides those frames name as `@class`
    "announce", "conditional", "controlling", "deontic", "entering", "future_governors", "future_nouns", "happening",
    "in_force", "lift", "measure", "not_realised", "open_question", "other_side_nouns", "performing", "request",
    "speculative", "step_nouns", "voiced"})


def load_word_classes(path: Path) -> dict[str, frozenset[str]]:
    """The codebook's shared lemma classes (`word_classes`), which frames name as `@class`."""
    document = read_yaml(path)
    classes = document.get("word_classes") if isinstance(document, dict) else None
    if not isinstance(classes, dict):
        raise JkecError(f"{path}: expected a mapping under 'word_classes'")
    if missing := sorted(REQUIRED_WORD_CLASSES - set(classes)):
        raise JkecError(f"{path}: word_classes lacks {', '.join(missing)}, which extraction reads")
    return {name: frozenset(str(word).lower() for word in words) for name, words in classes.items()}


def load_products(path: Path) -> dict[str, Product]:
    products: dict[str, Product] = {}
    for number, entry in enumerate(_entries(path, "products"), start=1):
        where = f"{path}: product {number} ({entry.get('product')})"
        _require(entry, ("product", "aliases"), where)
        if entry.get("hs_code") and not entry.get("hs_source"):
            raise JkecError(f"{where}: an hs_code needs the hs_source that gives it")
        _unique(products, entry["product"], path)
        products[entry["product"]] = Product(
            product=entry["product"],
            aliases=tuple(entry["aliases"]),
            context_aliases=tuple(entry.get("context_aliases") or ()),
            hs_code=entry.get("hs_code"),
            hs_version=entry.get("hs_version"),
            hs_source=entry.get("hs_source"),
            note=entry.get("note"),
        )
    return products


def load_places(path: Path) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for number, entry in enumerate(_entries(path, "places"), start=1):
        where = f"{path}: place {number} ({entry.get('place')})"
        _require(entry, ("place", "country", "aliases"), where)
        if not re.fullmatch(r"[A-Z]{3}", str(entry["country"])):
            raise JkecError(f"{where}: country {entry['country']!r} is not an ISO 3166-1 alpha-3 code")
        _unique(places, entry["place"], path)
        places[entry["place"]] = Place(entry["place"], entry["country"], tuple(entry["aliases"]))
    return places


def _forms(entry: dict) -> dict[str, tuple[str, ...]]:
    """A verb's forms by slot: the base is the lemma, the participle is the past unless given."""
    def listed(value: object) -> tuple[str, ...]:
        return tuple(value) if isinstance(value, list) else (str(value),)
    forms = {"base": (entry["lemma"],), **{slot: listed(entry[slot]) for slot in ("present", "past", "gerund")}}
    return {**forms, "participle": listed(entry["participle"]) if entry.get("participle") else forms["past"]}


def load_speech_verbs(path: Path) -> SpeechVerbs:
    verbs: dict[str, SpeechVerb] = {}
    for number, entry in enumerate(_entries(path, "verbs"), start=1):
        where = f"{path}: verb {number} ({entry.get('lemma')})"
        _require(entry, ("lemma", "class", "present", "past", "gerund"), where)
        if entry["class"] not in SPEECH_CLASSES:
            raise JkecError(f"{where}: class {entry['class']!r} is not one of {SPEECH_CLASSES}")
        for flag in ("addressee", "clausal"):
            if entry.get(flag) not in (None, True, False):
                raise JkecError(f"{where}: {flag} {entry[flag]!r} is not true or false")
        _unique(verbs, entry["lemma"], path)
        verbs[entry["lemma"]] = SpeechVerb(entry["lemma"], _forms(entry), entry["class"], bool(entry.get("addressee")),
                                            bool(entry.get("clausal")))
    document = read_yaml(path)
    nouns: dict[str, str] = {}
    for verb_class, lemmas in (document.get("nouns") or {}).items():
        if verb_class not in SPEECH_CLASSES:
            raise JkecError(f"{path}: nouns class {verb_class!r} is not one of {SPEECH_CLASSES}")
        for lemma in lemmas:
            _unique(nouns, str(lemma).lower(), path)
            nouns[str(lemma).lower()] = verb_class
    documents = document.get("documents") or []
    uttering = frozenset(str(verb).lower() for verb in document.get("uttering") or [])
    return SpeechVerbs(tuple(verbs.values()), frozenset(str(noun).lower() for noun in documents), nouns, uttering)


def load_time_words(path: Path) -> TimeWords:
    document = read_yaml(path)
    keys = ("future_markers", "negations", "bound_words", "start_words", "irregular_past")
    if not isinstance(document, dict) or any(not isinstance(document.get(key), list) or not document[key] for key in keys):
        raise JkecError(f"{path}: expected a mapping with a non-empty list under each of {', '.join(keys)}")
    for key in keys:
        for number, word in enumerate(document[key], start=1):
            if not isinstance(word, str) or not re.fullmatch(r"[a-z]+(?: [a-z]+)*", word):
                raise JkecError(f"{path}: {key} entry {number} ({word!r}) is not lowercase words with one space between them")
            if word in document[key][: number - 1]:
                raise JkecError(f"{path}: {key} entry {number} ({word!r}) is listed twice")
    if unbound := [word for word in document["start_words"] if word not in document["bound_words"]]:
        raise JkecError(f"{path}: start_words {unbound} are not bound_words")
    return TimeWords(*(tuple(document[key]) for key in keys))


def load_language_model(path: Path) -> str:
    """The importable package name of the statistical pipeline the model card describes."""
    card = read_yaml(path)
    if not isinstance(card, dict) or not card.get("package"):
        raise JkecError(f"{path}: a model card is a mapping with a package")
    return str(card["package"]).replace("-", "_")


def load_curated(project: Project) -> Curated:
    """Load and cross-check every curated file."""
    folder = project.curated_dir
    products = load_products(folder / "products.yaml")
    measure_types = load_measure_types(folder / "measure_types.yaml")
    vocabulary = load_vocabulary(project)
    actors = load_actors(folder / "actors.yaml", vocabulary)
    event_types = load_event_types(folder / "event_types.yaml", measure_types, vocabulary)
    word_classes = load_word_classes(folder / "event_types.yaml")
    return Curated(
        relevance=load_relevance(folder / "relevance.yaml", products),
        actors=actors,
        offices=load_offices(folder / "offices.yaml", actors),
        roles=load_roles(folder / "roles.yaml", vocabulary),
        event_types=event_types,
        statements=load_statements(folder / "event_types.yaml", event_types, word_classes, vocabulary),
        measure_types=measure_types,
        products=products,
        places=load_places(folder / "places.yaml"),
        word_classes=word_classes,
        speech_verbs=load_speech_verbs(folder / "speech_verbs.yaml"),
        time_words=load_time_words(folder / "time_words.yaml"),
        date_window=load_date_window(project),
        language_model=load_language_model(folder / "language_model.yaml"),
        row_fields=extraction_fields(project),
    )
