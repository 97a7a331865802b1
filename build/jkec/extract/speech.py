"""Speech acts in the parse: a verb of the speech lexicon (curated/speech_verbs.yaml), or "according to", with
the phrase that names who speaks and, for reported speech, the clauses reported.

- The speaker phrase is the verb's subject, before or after it ("Kim said", "said Kim"). A verb without a
  subject of its own takes the subject of the verb it depends on: a participle ("..., insisting to reporters
  that", "telling lawmakers that", "adding that"), a second verb of a conjunction ("met reporters and said"),
  a passive frame ("was quoted as saying"); a relative clause's verb speaks for the noun it modifies ("Kim,
  who said ..."); "a statement saying ..." speaks for whoever issued the statement. A speech participle the
  parser hangs inside a reported clause ("Kim said Tokyo erred, noting that ...") still speaks for the one
  who reports, as does one the parser hangs on a noun it reads as the reported clause ("Kim stressed that the
  controls comply, saying ..."). Relative clauses inside the phrase, and the verb's own clause ("officials
  saying ..."), speak of someone else and are set apart.
- A verb that reports speech only with a clause (curated/speech_verbs.yaml `clausal`) is a speech act only
  with a clausal complement or as an aside to a clause ("Seoul countered that ...", "“...,” he countered"; not
  "countered with a proposal", "responding to Moon's appeal").
- A noun of what was said (curated/speech_verbs.yaml `nouns`) speaks for its possessor or its "by" phrase and
  reports its "that" clause, also as the subject of "is" ("Abe's claim that ...", "a pledge by Tokyo that ...",
  "Tokyo's position is that ..."); with neither it is no act.
- "according to X" names X, and reports the sentence it stands in.
- A document that speaks ("according to a press release", "a ministry statement said", "a statement saying")
  marks the act as a statement, issued by the subject of the verb whose object it is ("the ministry issued a
  statement saying"); "the ministry said in a statement" is the ministry speaking.
- The reported clauses are the verb's clausal complement ("said (that) <clause>", "<clause>, X said", also
  when the parser reads the attribution as an aside to the clause before it, or as an adverbial clause after a
  comma, which then ends the clause from the aside's subject on: "<clause>, he said, and ...", "<clause>,
  earlier in the day, the ministry said in a release", or as an aside between commas inside it, which the
  clause then spans: "The curbs, he said, were unfair", or hangs a "that" clause on a noun of the verb's
  prepositional phrases: "said in an interview with a broadcaster that <clause>", or on its object: "told a
  news conference that <clause>"), one per coordinated "that"
  ("said that A and that B"), without "that", a dateline before it ("SEOUL, May 2 (AP) --", "TOKYO (Reuters) -") or a report of
  someone else's that it holds in an adverbial clause ("..., while Seoul said ...", "..., with the minister
  telling reporters ..."), nor the speaker's next speech act that the parser joins to it ("said the curbs were
  regrettable and urged ..."), nor the speaker of a speech verb right after it that the parser hung inside it
  ("... against the North, spokesman Kim said"). A negated verb ("did not say") and an indirect question
  ("said whether ...") report no clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from jkec.curated import SpeechVerbs
from jkec.extract.parse import Parse, set_off_participle, tokens_span
from jkec.extract.spans import Span

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
RELATIVE_PRONOUN_TAGS = ("WP", "WDT")  # who, which, that
DEPENDENT_VERB = ("advcl", "xcomp", "conj", "pcomp", "prep", "acl")  # a verb that borrows its head's subject
DOCUMENT_PREPOSITIONS = ("in", "through", "via")
TOPIC_PREPOSITIONS = ("on", "about", "over", "regarding", "concerning", "of")  # what is spoken about
MAX_CLIMB = 4
MAX_NAME_AND_TITLE = 14  # tokens between a closing quotation mark and its verb that may name the speaker
ACCORDING = "according"
DASHES = ("--", "—", "–")
QUESTION_WORDS = frozenset({"whether", "if", "who", "what", "when", "where", "why", "how", "which"})
CLOSING_MARKS = "”\"’'"
QUOTING = ("quote", "cite")  # "quoted the minister as saying ...": the minister speaks
OPENING_MARKS = "“\"‘'"


@dataclass(frozen=True)
class SpeechAct:
    verb: Token  # the speech verb, or "according" of "according to"
    verb_class: str  # a class of the lexicon, or "according"
    subject: tuple[Token, ...]  # the head word(s) of the speaker phrase (a split name may have two)
    phrase: Span | None  # the speaker phrase in raw offsets
    excluded: tuple[Span, ...]  # relative clauses inside the phrase
    contents: tuple[Span, ...]  # the reported clauses, without "that"
    document: bool  # the words are attributed to a document

    @property
    def verb_span(self) -> Span:
        return tokens_span([self.verb])


class SpeechFinder:
    """Finds the speech acts of a parse."""

    def __init__(self, lexicon: SpeechVerbs) -> None:
        self.lexicon = lexicon
        self.classes = {verb.lemma: verb.verb_class for verb in lexicon.verbs}
        self.clausal = frozenset(verb.lemma for verb in lexicon.verbs if verb.clausal)
        self.pasts = {form: verb.lemma for verb in lexicon.verbs if " " not in verb.lemma
                      for form in verb.forms.get("past", ())}

    def _lemma(self, token: Token) -> str | None:
        """The lexicon lemma a verb token realises, its particle included ("point out"); also a past form the
        tagger reads as a noun though it has a subject ("Moon Jae-in said", where "in" misleads it)."""
        if token.pos_ != "VERB":
            mistagged = token.lower_ in self.pasts and any(child.dep_ in SUBJECTS for child in token.children)
            return self.pasts[token.lower_] if mistagged else None
        particles = [child.lower_ for child in token.children if child.dep_ == "prt"]
        for lemma in (f"{token.lemma_.lower()} {particle}" for particle in particles):
            if lemma in self.classes:
                return lemma
        return token.lemma_.lower() if token.lemma_.lower() in self.classes else None

    def _document(self, token: Token) -> bool:
        return token.lemma_.lower() in self.lexicon.documents

    def _subject(self, verb: Token) -> tuple[tuple[Token, ...], bool]:
        """The subject head(s) the verb speaks through, and whether it spoke through a document."""
        if quoted := _quoted_as_saying(verb):
            return quoted, False
        if verb.dep_ in ("ccomp", "conj") and set_off_participle(verb.head):
            return tuple(c for c in verb.head.children if c.dep_ in SUBJECTS), False  # "Seko, asked ..., said"
        current, document = verb, False
        for _ in range(MAX_CLIMB):
            if current.i != verb.i and current.dep_ == "ccomp" and self._lemma(current.head):
                current = current.head  # a reported clause: the participle belongs to the one reporting it
                continue
            if current.dep_ == "acl" and current.head.dep_ == "ccomp" and self._lemma(current.head.head):
                current = current.head.head  # a participle hung on a noun the parser made the reported clause
                continue
            subjects = tuple(child for child in current.children if child.dep_ in SUBJECTS) or _inverted(current)
            if current.dep_ == "relcl" and all(s.tag_ in RELATIVE_PRONOUN_TAGS for s in subjects):
                return (current.head,), document  # "Kim, who said ...": the noun the clause modifies
            if subjects:
                documents = tuple(s for s in subjects if self._document(s))  # "a release issued after the talks said"
                return documents or subjects, document or bool(documents)
            if current.dep_ == "acl" and current.head.pos_ in ("NOUN", "PROPN"):
                if not self._document(current.head):
                    return (current.head,), document
                document = True
            elif not (document and current.dep_ == "dobj") and (
                    current.dep_ not in DEPENDENT_VERB or current.head.i == current.i):
                break  # (a document that is an object speaks for the verb's subject: "issued a statement saying")
            current = current.head
        return _after_quotation(verb), document

    @staticmethod
    def _phrase(subjects: tuple[Token, ...]) -> tuple[Span | None, tuple[Span, ...]]:
        if not subjects:
            return None, ()
        tokens = [t for s in subjects for t in s.subtree if not t.is_punct or t.i in (s.i for s in subjects)]
        relative = tuple(tokens_span(list(t.subtree)) for s in subjects for t in s.subtree if t.dep_ == "relcl")
        return tokens_span(tokens), relative

    def _documents(self, verb: Token) -> list[Token]:
        """Documents the verb speaks through ("said in a statement")."""
        return [o for child in verb.children if child.dep_ == "prep" and child.lower_ in DOCUMENT_PREPOSITIONS
                for o in child.children if o.dep_ == "pobj" and self._document(o)]

    def _clauses(self, verb: Token) -> list[Token]:
        """The heads of the reported clauses: the complement and any "that" clause coordinated with it (unless it
        is a quotation); a "that" clause the parser hangs on the document instead ("said in a statement that
        ...") counts too; none for a verb whose object stands before it, a noun its clause describes ("a claim
        Tokyo denies")."""
        if any(child.dep_ == "neg" for child in verb.children) or any(
                child.dep_ == "dobj" and child.i < verb.i for child in verb.children):
            return []  # "did not say ...", "<clause>, a charge Tokyo denies": the clause is not its words
        clauses = [child for child in verb.children if child.dep_ == "ccomp"] or [
            clause for document in self._documents(verb) for clause in document.children
            if clause.dep_ in ("relcl", "acl") and clause.left_edge.lower_ == "that"
        ] or _hung_on_object(verb) or _hung_on_phrase(verb)
        if not clauses and (_aside(verb) and verb.head.i < verb.i or verb.dep_ == "parataxis" and _set_off(verb)):
            return [verb.head]  # "<clause>, the ministry said", "<subject>, he said, <rest>": an aside to the clause
        if not clauses:
            return []
        return clauses[:1] + [conj for conj in clauses[0].children if conj.dep_ == "conj" and self._that_clause(conj)]

    @staticmethod
    def _that_clause(head: Token) -> bool:
        """A clause of its own, "that ...", whose words are not a quotation (one that ends a report belongs to it)."""
        words = [t for t in head.subtree if t.dep_ != "cc"]
        return len(words) > 1 and _complementiser(words[0]) and words[0].dep_ == "mark" and words[1].text not in OPENING_MARKS

    def _ends_report(self, token: Token, head: Token, verb: Token) -> bool:
        """A clause of its own inside the report: someone else's report ("while Seoul said ...", "with the
        minister telling reporters ..."), or the speaker's next speech act, a speech verb in the reporting verb's
        form without a subject that the parser joins to the reported clause ("said the curbs were regrettable and
        urged Tokyo to ...", not "..., but didn't say whether ...")."""
        lemma = self._lemma(token)
        if token.dep_ not in ("advcl", "conj", "pcomp", "acl") or lemma is None or (
                lemma in self.clausal and not _reports_clause(token)):  # "and that trade would continue"
            return False
        subject = any(child.dep_ in SUBJECTS for child in token.children)
        return subject or (token.dep_ == "conj" and token.head.i == head.i and token.tag_ == verb.tag_)

    def _contents(self, verb: Token, heads: list[Token]) -> tuple[Span, ...]:
        """The words of each reported clause, from after a leading "that" to its last word."""
        spans = []
        own = _aside_words(verb) if heads and heads[0].i == verb.head.i else set()  # the aside itself
        for number, head in enumerate(heads):
            following = heads[number + 1] if number + 1 < len(heads) else None
            words = sorted((t for t in head.subtree if (following is None or t.i < following.left_edge.i)
                            and t.i not in own), key=lambda t: t.i)  # a non-projective subtree is out of order
            if own and verb.head.i < verb.i and any(t.i > max(own) for t in words):
                words = [t for t in words if t.i < min(own)]  # "<clause>, he said, and ...": up to the aside
            if number == 0 and following is not None:
                words = [t for t in words if not (t.head.i == head.i and t.dep_ == "cc" and t.i > head.i)]
            stop = next((_below(t, head).left_edge.i for t in words if t.i != head.i and self._ends_report(t, head, verb)),
                        None)
            words = [t for t in words if stop is None or t.i < stop]
            dashes = [t.i for t in words if _dash(t) and t.i < head.i]
            dash = dashes[-1] if len(dashes) % 2 else None  # a pair sets off an aside ("X — a and b — are ...")
            words = [t for t in words if dash is None or t.i > dash]
            words = _trimmed(self._before_aside(words))
            if words and words[0].lower_ not in QUESTION_WORDS:
                spans.append(tokens_span(words))
        return tuple(spans)

    def _before_aside(self, words: list[Token]) -> list[Token]:
        """The words without a trailing ", <speaker>" that a misparse hangs in the clause when the speech verb right
        after it attributes the whole sentence ("..., sanctions against the North, spokesman Kim said")."""
        if not words or words[-1].i + 1 >= len(words[-1].doc) or not self._lemma(words[-1].doc[words[-1].i + 1]):
            return words
        comma = max((n for n, t in enumerate(words) if t.text == ","), default=None)
        return words[:comma] if comma is not None else words

    def _according(self, token: Token) -> SpeechAct | None:
        """ "according to X": X speaks, and the clause the phrase stands in is what X says."""
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            return None
        objects = tuple(c for c in to.children if c.dep_ == "pobj")
        phrase, excluded = self._phrase(objects)
        clause = token.sent.root
        own = {t.i for t in token.subtree}
        words = _trimmed([t for t in clause.subtree if t.i not in own]) if clause.pos_ in ("VERB", "AUX") else []
        contiguous = words and words[-1].i - words[0].i + 1 == len(words)
        contents = (tokens_span(words),) if contiguous and words[0].lower_ not in QUESTION_WORDS else ()
        return SpeechAct(token, ACCORDING, objects, phrase, excluded, contents, any(self._document(o) for o in objects))

    def _nominal(self, noun: Token) -> SpeechAct | None:
        """ "X's claim that <clause>", "X's position is that <clause>": the subject of a verb of uttering whose
        object the noun is ("X expressed hope that", "X repeated Tokyo's position that"), else the possessor (or the
        object of "by") speaks, and the clause is what it says."""
        uttered = noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lexicon.uttering
        speakers = self._subject(noun.head)[0] if uttered else ()  # "Kono repeated Tokyo's position that ...": Kono
        speakers = speakers or tuple(c for c in noun.children if c.dep_ == "poss") or tuple(
            o for c in noun.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children if o.dep_ == "pobj")
        if not speakers:
            return None
        phrase, excluded = self._phrase(speakers)
        stated = noun.head if noun.dep_ == "nsubj" and noun.head.lemma_ == "be" else None  # "X's position is that ..."
        heads = [c for c in (*noun.children, *(stated.children if stated is not None else ())) if c.dep_ in ("acl", "ccomp")
                 and any(m.dep_ == "mark" and _complementiser(m) for m in c.children)]
        contents = self._contents(noun, heads[:1])
        return SpeechAct(noun, self.lexicon.nouns[noun.lemma_.lower()], speakers, phrase, excluded, contents, False)

    def find(self, parse: Parse) -> dict[Token, SpeechAct]:
        """Every speech act of the parse, keyed by its verb."""
        acts: dict[Token, SpeechAct] = {}
        for token in parse.tokens:
            if token.lower_ == ACCORDING and (act := self._according(token)):
                acts[token] = act
            elif (lemma := self._lemma(token)) and (lemma not in self.clausal or _reports_clause(token)) and (
                    not set_off_participle(token)):  # "Seko, asked whether ..., said": Seko asks nothing
                subjects, document = self._subject(token)
                phrase, excluded = self._phrase(subjects)
                if phrase is not None and phrase.contains(tokens_span([token])):
                    excluded += (tokens_span(token.subtree),)  # "officials saying ...": what they say is not who
                contents = self._contents(token, self._clauses(token))
                acts[token] = SpeechAct(token, self.classes[lemma], subjects, phrase, excluded, contents, document)
            elif token.pos_ == "NOUN" and token.lemma_.lower() in self.lexicon.nouns and (act := self._nominal(token)):
                acts[token] = act
        return acts


def _hung_on_phrase(verb: Token) -> list[Token]:
    """A "that" clause the parser hangs on a noun of the verb's prepositional phrases ("said in an interview
    with a broadcaster that <clause>"): with "that" as its complementiser, not a relative pronoun, it is what
    was said; not one on what the verb speaks about ("commented on media reports that ...")."""
    nouns = [o for prep in verb.children if prep.dep_ == "prep" and prep.lower_ not in TOPIC_PREPOSITIONS
             for o in prep.children if o.dep_ == "pobj"]
    for _ in range(MAX_CLIMB):
        clauses = [clause for noun in nouns for clause in noun.children if clause.dep_ in ("relcl", "acl")
                   and any(mark.dep_ == "mark" and _complementiser(mark) for mark in clause.children)]
        if clauses:
            return clauses[:1]
        nouns = [o for noun in nouns for prep in noun.children if prep.dep_ == "prep" for o in prep.children
                 if o.dep_ == "pobj"]
    return []


def _quoted_as_saying(verb: Token) -> tuple[Token, ...]:
    """The one quoted in "<source> quoted <speaker> as saying ...": the object of the verb of quoting."""
    if not (verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() in QUOTING):
        return ()
    return tuple(child for child in verb.head.head.children if child.dep_ == "dobj")[:1]


def _after_quotation(verb: Token) -> tuple[Token, ...]:
    """The speaker of a verb the parser left with no subject, named between a closing quotation mark and the
    verb ("“...,” Kim Min-su, South Korea's trade minister, told reporters"): the last noun before the first
    comma there."""
    close = next((t for t in reversed(verb.doc[max(0, verb.i - MAX_NAME_AND_TITLE) : verb.i]) if t.text in CLOSING_MARKS), None)
    if close is None:
        return ()
    between = verb.doc[close.i + 2 if verb.doc[close.i + 1].text == "," else close.i + 1 : verb.i]  # '”, Kim' too
    comma = next((t.i for t in between if t.text == ","), verb.i)
    head = next((t for t in reversed(verb.doc[between.start : comma]) if t.pos_ in ("PROPN", "NOUN")), None)
    return (head,) if head is not None else ()


def _inverted(verb: Token) -> tuple[Token, ...]:
    """The speaker of an inverted attribution that the parser reads as the verb's object: in "“Why now?” asked
    the minister" the verb follows the closing mark and has no subject of its own."""
    before = [t for t in verb.doc[max(verb.i - 2, 0) : verb.i] if t.text != ","]
    if not before or before[-1].text not in CLOSING_MARKS:
        return ()
    return tuple(child for child in verb.children if child.dep_ == "dobj" and child.i > verb.i)[:1]


def _aside(verb: Token) -> bool:
    """Whether the verb is an attribution the parser hangs on the clause before it: as an aside, or as an
    adverbial clause after a comma with no conjunction of its own ("<clause>, the ministry said in a release";
    not "..., after Seoul said ...")."""
    if verb.dep_ == "parataxis":
        return True
    left = verb.left_edge
    return (verb.dep_ == "advcl" and left.i > 0 and verb.doc[left.i - 1].text == ","
            and not any(child.dep_ == "mark" for child in verb.children) and any(
                child.dep_ in SUBJECTS for child in verb.children))


def _aside_words(verb: Token) -> set[int]:
    """The words of an aside, from its subject on: words the parser hangs on the verb before its subject belong
    to the clause ("<clause>, earlier in the day, the ministry said")."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS and child.i < verb.i]
    start = min((s.left_edge.i for s in subjects), default=verb.left_edge.i)
    return {t.i for t in verb.subtree if t.i >= start}


def _dash(token: Token) -> bool:
    """A dash, or a hyphen standing between spaces ("TOKYO (Reuters) - Japan will ..."), not one inside a name."""
    spaced = token.text == "-" and bool(token.whitespace_) and token.i > 0 and bool(token.doc[token.i - 1].whitespace_)
    return token.text in DASHES or spaced


def _set_off(verb: Token) -> bool:
    """Whether the verb's own words stand between commas inside the clause it is an aside to ("The curbs, he
    said, were unfair")."""
    words = sorted((t for t in verb.subtree if not t.is_punct), key=lambda t: t.i)
    doc = verb.doc
    return (0 < words[0].i and words[-1].i + 1 < len(doc) and doc[words[0].i - 1].text == ","
            and doc[words[-1].i + 1].text == "," and verb.head.i > words[-1].i)


def _hung_on_object(verb: Token) -> list[Token]:
    """A "that" clause with a subject of its own that the parser reads as a relative clause of the verb's object
    ("told a news conference that the curbs were unfair": not a conference that ...)."""
    return [clause for obj in verb.children if obj.dep_ == "dobj" for clause in obj.children
            if clause.dep_ == "relcl" and clause.left_edge.lower_ == "that"
            and any(c.dep_ in SUBJECTS and c.lower_ != "that" for c in clause.children)]


def _reports_clause(verb: Token) -> bool:
    """Whether the verb has a clausal complement or stands as an aside to a clause."""
    return _aside(verb) or any(child.dep_ == "ccomp" for child in verb.children) or bool(
        _hung_on_phrase(verb))


def _complementiser(token: Token) -> bool:
    """ "that" introducing a clause, not the demonstrative."""
    return token.lower_ == "that" and token.tag_ != "DT"


def _trimmed(words: list[Token]) -> list[Token]:
    """The words without leading punctuation or "that", nor trailing punctuation or conjunction (a closing
    quotation mark stays)."""
    start, end = 0, len(words)
    while start < end and (words[start].is_punct or words[start].is_space or _complementiser(words[start])):
        start += 1
    while end > start and (words[end - 1].is_punct or words[end - 1].is_space or words[end - 1].dep_ == "cc") \
            and words[end - 1].text not in CLOSING_MARKS:
        end -= 1
    return words[start:end]


def _below(token: Token, head: Token) -> Token:
    """The token's ancestor (or itself) that depends on `head` directly."""
    while token.head.i != head.i and token.head.i != token.i:
        token = token.head
    return token
