"""Scoring rules of `jkec evaluate` (evaluate/matching.py, evaluate/scores.py) on small hand-made frames."""

from __future__ import annotations

import pandas as pd
import pytest

from jkec.evaluate.matching import pair_spans
from jkec.evaluate.scores import Scorer, date_within, same, same_date


def spans(*rows: tuple) -> pd.DataFrame:
    """(source_id, char_start, char_end[, event_type]) rows as a frame."""
    columns = ["source_id", "char_start", "char_end", "event_type"][: len(rows[0])]
    return pd.DataFrame(rows, columns=columns)


def test_exact_rule_pairs_only_identical_spans():
    gold = spans(("a", 0, 10), ("a", 20, 30))
    predicted = spans(("a", 0, 10), ("a", 21, 30))
    assert pair_spans(gold, predicted, "exact") == [(0, 0)]


def test_overlap_rule_pairs_spans_sharing_a_character_one_to_one():
    gold = spans(("a", 0, 10))
    predicted = spans(("a", 8, 12), ("a", 2, 9))
    assert pair_spans(gold, predicted, "overlap") == [(0, 1)]  # the prediction sharing most characters wins


def test_touching_spans_and_other_articles_do_not_overlap():
    gold = spans(("a", 0, 10))
    assert pair_spans(gold, spans(("a", 10, 20)), "overlap") == []
    assert pair_spans(gold, spans(("b", 0, 10)), "overlap") == []


def test_key_must_agree():
    gold = spans(("a", 0, 10, "hold_talks"))
    assert pair_spans(gold, spans(("a", 0, 10, "announce_talks")), "overlap", key="event_type") == []
    assert pair_spans(gold, spans(("a", 0, 10, "hold_talks")), "overlap", key="event_type") == [(0, 0)]


def test_preferred_column_decides_between_equal_overlaps():
    gold = spans(("a", 0, 10), ("a", 0, 10)).assign(actor=["jpn", "kor"])
    predicted = spans(("a", 0, 10), ("a", 0, 10)).assign(actor_id=["kor", "jpn"])
    assert sorted(pair_spans(gold, predicted, "overlap", prefer=("actor", "actor_id"))) == [(0, 1), (1, 0)]


def test_pairing_does_not_depend_on_row_order():
    gold = spans(("a", 0, 10), ("a", 12, 30), ("b", 5, 9))
    predicted = spans(("a", 5, 15), ("a", 0, 4), ("b", 0, 20), ("a", 25, 40))
    pairs = {(tuple(gold.loc[g]), tuple(predicted.loc[p])) for g, p in pair_spans(gold, predicted, "overlap")}
    reversed_pairs = pair_spans(gold[::-1], predicted[::-1], "overlap")
    assert {(tuple(gold.loc[g]), tuple(predicted.loc[p])) for g, p in reversed_pairs} == pairs


@pytest.mark.parametrize(
    ("gold", "predicted", "exact", "within"),
    [
        pytest.param(("2019-07-04", "day"), ("2019-07-04", "day"), True, True, id="same-day"),
        pytest.param(("2019-07-01", "month"), ("2019-07-04", "day"), False, True, id="day-inside-the-gold-month"),
        pytest.param(("2019-07-04", "day"), ("2019-07-01", "month"), False, True, id="month-containing-the-gold-day"),
        pytest.param(("2019-07-01", "week"), ("2019-07-08", "day"), False, False, id="day-after-the-gold-week"),
        pytest.param(("2019-07-01", "month"), ("2019-07-01", "day"), False, True, id="same-date-other-precision"),
        pytest.param(("2019-01-01", "year"), ("2020-03-01", "month"), False, False, id="other-year"),
        pytest.param((None, None), (None, None), True, True, id="both-undated"),
        pytest.param(("2019-07-01", "month"), (None, None), False, False, id="undated-prediction"),
        pytest.param((None, None), ("2019-07-01", "month"), False, False, id="date-where-gold-has-none"),
    ],
)
def test_date_scoring(gold, predicted, exact, within):
    assert (same_date(gold, predicted), date_within(gold, predicted)) == (exact, within)


def test_speaker_scoring_counts_a_wrong_and_a_missing_speaker_as_errors():
    gold = spans(("a", 0, 10), ("a", 20, 30), ("a", 40, 50)).assign(speaker=["suga_yoshihide", "moon_jaein", None])
    predicted = spans(("a", 0, 10), ("a", 20, 30), ("a", 40, 50)).assign(
        speaker_actor_id=["suga_yoshihide", None, None])
    scorer = Scorer()
    scorer.field("quotes", "speaker", "overlap", gold, predicted, pair_spans(gold, predicted, "overlap"),
                 lambda r: r.speaker, same, lambda r: f"{r.char_start}", lambda r: r.speaker_actor_id)
    (score,) = scorer.scores
    assert (score.n_gold, score.n_predicted, score.n_correct) == (3, 3, 2)
    (finding,) = scorer.findings
    assert (finding.kind, finding.gold, pd.isna(finding.predicted)) == ("wrong value", "moon_jaein", True)


def test_precision_and_recall_come_from_predictions_and_gold_records():
    gold = spans(("a", 0, 10), ("a", 20, 30))
    predicted = spans(("a", 0, 10), ("a", 40, 50), ("a", 60, 70), ("a", 80, 90))
    scorer = Scorer()
    scorer.detection("quotes", "span", "exact", gold, predicted, pair_spans(gold, predicted, "exact"), lambda r: "")
    precision, recall, f1 = scorer.scores[0].ratios()
    assert (precision, recall, round(f1, 4)) == (0.25, 0.5, 0.3333)
    assert sorted(f.kind for f in scorer.findings) == ["false positive"] * 3 + ["miss"]
