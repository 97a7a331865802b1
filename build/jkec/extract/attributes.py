"""The statistical pipeline's attribute ruler (part of speech and morphology from the tags, lemma and part-of-speech
exceptions), matched through an index. spaCy's `Matcher` tries each of the ruler's patterns at every token, most of
the ruler's cost; here a token tries only the patterns that name its lower form, tag or dependency label (and the
few that name none), finds the same matches and sets the same attributes."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

FACTORY = "indexed_attribute_ruler"
CACHED_KEYS = 2**16  # tokens' keys whose tests are remembered, most recent first
FIELDS = ("LOWER", "TAG", "DEP", "IS_SPACE")  # what a pattern may name, in the order of a token's key
ANCHORS = ("LOWER", "TAG", "DEP")  # a test is indexed under the first of these it names by value
Key = tuple[int, ...]  # a token's LOWER, TAG and DEP (string hashes) and IS_SPACE (0 or 1)
Check = tuple[int, Callable[[int], bool]]  # a position in the key, and what its value must satisfy
Match = tuple[int, int, int, int]  # the ruler's order of a pattern, its match id, start and end token


def _check(value: object, strings: StringStore) -> Callable[[int], bool]:
    """What one attribute of a token pattern asks of the attribute's value, as the `Matcher` reads it."""
    if isinstance(value, bool):
        return int(value).__eq__
    if isinstance(value, str):
        return get_string_id(value).__eq__
    if isinstance(value, dict) and len(value) == 1:
        [(operator, operand)] = value.items()
        if operator in ("IN", "NOT_IN"):
            values = frozenset(get_string_id(v) for v in operand)
            return values.__contains__ if operator == "IN" else lambda v: v not in values
        if operator == "REGEX":
            pattern = re.compile(operand)
            return lambda v: bool(pattern.search(strings[v]))
    raise ValueError(f"attribute ruler: no index for the pattern value {value!r}")


def _anchors(spec: dict) -> list[tuple[int, int]]:
    """The (position, value) pairs one of which a token must have to meet `spec`; none when it names no value."""
    for position, field in enumerate(ANCHORS):
        value = spec.get(field)
        if isinstance(value, str):
            return [(position, get_string_id(value))]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return [(position, get_string_id(v)) for v in value["IN"]]
    return []


class IndexedAttributeRuler:
    """Stands in for the pipeline's attribute ruler: the same matches, applied by the ruler's own code."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.ruler = ruler
        strings = ruler.vocab.strings
        self.tests: list[tuple[Check, ...]] = []  # one per token of every pattern
        self.indexed: dict[tuple[int, int], list[int]] = {}  # (position, value) → tests naming that value
        self.unindexed: list[int] = []  # tests that name no value of LOWER, TAG or DEP
        self.starting: dict[int, list[tuple[int, int, tuple[int, ...]]]] = {}  # first test → order, id, the rest
        self.holding = lru_cache(maxsize=CACHED_KEYS)(self._holding)
        for order, entry in enumerate(ruler.patterns):
            match_id = strings[str(order)]
            for pattern in entry["patterns"]:
                tests = tuple(self._add_test(spec, strings) for spec in pattern)
                self.starting.setdefault(tests[0], []).append((order, match_id, tests[1:]))

    def _add_test(self, spec: dict, strings: StringStore) -> int:
        if unknown := set(spec) - set(FIELDS):
            raise ValueError(f"attribute ruler: no index for the pattern attributes {sorted(unknown)}")
        test = len(self.tests)
        self.tests.append(tuple((FIELDS.index(field), _check(value, strings)) for field, value in spec.items()))
        anchors = _anchors(spec)
        for anchor in anchors:
            self.indexed.setdefault(anchor, []).append(test)
        if not anchors:
            self.unindexed.append(test)
        return test

    def _holding(self, key: Key) -> frozenset[int]:
        """The tests a token with this key meets."""
        candidates = [*self.unindexed, *(t for position in range(len(ANCHORS))
                                         for t in self.indexed.get((position, key[position]), ()))]
        return frozenset(t for t in candidates if all(check(key[position]) for position, check in self.tests[t]))

    def matches(self, doc: Doc) -> list[Match]:
        """The ruler's matches in `doc`, in the order the ruler applies them."""
        holding = [self.holding(tuple(key)) for key in doc.to_array([LOWER, TAG, DEP, IS_SPACE]).tolist()]
        found = set()
        for start, tests in enumerate(holding):
            for test in tests:
                for order, match_id, rest in self.starting.get(test, ()):
                    end = start + 1 + len(rest)
                    if end <= len(holding) and all(t in holding[start + 1 + i] for i, t in enumerate(rest)):
                        found.add((order, match_id, start, end))
        return sorted(found)

    def __call__(self, doc: Doc) -> Doc:
        """Set each match's attributes on its token, as the ruler's `set_annotations` does (without a `Span` per
        match)."""
        for order, _, start, end in self.matches(doc):
            index = self.ruler.indices[order]
            if not -(end - start) <= index < end - start:
                raise ValueError(f"attribute ruler: pattern {order} has no token {index} in tokens {start}-{end}")
            set_token_attrs(doc[(start if index >= 0 else end) + index], self.ruler.attrs[order])
        return doc


@Language.factory(FACTORY)
def indexed_attribute_ruler(nlp: Language, name: str) -> IndexedAttributeRuler:
    """The indexed stand-in for the pipeline's `attribute_ruler`, which must still be in the pipeline."""
    return IndexedAttributeRuler(nlp.get_pipe("attribute_ruler"))
