"""The time lexicon's patterns (extract/time_words.py): one list of future markers, cancelled by a negation, read
by the tense of a clause and, near a predicate, by the status of an event; bound words before an expression; verbs
in the past tense, in -ed or listed."""

from __future__ import annotations

from jkec.curated import TimeWords
from jkec.extract.time_words import time_patterns

PATTERNS = time_patterns(TimeWords(("will", "expected to"), ("not",), ("since", "beginning"), ("beginning",),
                                   ("broke", "met")))


def test_a_future_marker_counts_unless_negated():
    assert PATTERNS.future.search("Talks are expected  to resume")
    assert not PATTERNS.future.search("Talks are not expected to resume")
    assert not PATTERNS.future.search("The willing parties met")


def test_a_future_marker_at_the_end_stands_at_most_two_words_before_it():
    assert PATTERNS.future_at_end.search("Japan will soon formally ")
    assert not PATTERNS.future_at_end.search("Japan will soon formally and quietly ")


def test_a_bound_word_ends_the_text_or_opens_it():
    assert PATTERNS.bound_at_end.search("exports fell sharply beginning in ")
    assert PATTERNS.bound_opening.match("Since July")
    assert not PATTERNS.bound_at_end.search("exports fell in ")


def test_a_start_word_ends_the_text_or_opens_it_and_no_other_bound_word_does():
    assert PATTERNS.start_at_end.search("the rules apply beginning in ")
    assert PATTERNS.start_opening.match("Beginning March")
    assert not PATTERNS.start_at_end.search("exports fell since ")


def test_a_past_tense_ends_in_ed_or_is_listed_and_is_no_participle_or_adjective():
    assert PATTERNS.past.search("Talks broke down")
    assert PATTERNS.past.search("Seoul protested")
    assert not PATTERNS.past.search("Talks had broken down")
    assert not PATTERNS.past.search("the list of trusted partners")
    assert not PATTERNS.past.search("Seoul's preferred partners")
    assert not PATTERNS.past.search("a simplified-procedure group")
    assert not PATTERNS.past.search("the curbs need a review")
    assert PATTERNS.past_at_end.search("the envoys met on ")
    assert not PATTERNS.past_at_end.search("the envoys meet on ")
