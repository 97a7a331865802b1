"""Precision, recall and F1 per table and field, with every miss, false positive and wrong value.

For a detection criterion, a pair counts when the records match (the span rules of `matching`). For a field
criterion, a pair counts when the records match under the overlap rule AND the field agrees; precision is
over all predicted records and recall over all gold ones, so a missed record costs every field. An empty
field agrees with an empty field (a speaker rightly left empty is right). Dates agree exactly when date and
precision are equal, and "within precision" when either period contains the other.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from jkec.precision import period_end

DECIMALS = 4


@dataclass(frozen=True)
class Score:
    split: str
    table: str
    field: str
    rule: str
    n_gold: int
    n_predicted: int
    n_correct: int

    def ratios(self) -> tuple[float, float, float]:
        precision = self.n_correct / self.n_predicted if self.n_predicted else 0.0
        recall = self.n_correct / self.n_gold if self.n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return round(precision, DECIMALS), round(recall, DECIMALS), round(f1, DECIMALS)

    def row(self) -> dict:
        precision, recall, f1 = self.ratios()
        return {"split": self.split, "table_name": self.table, "field": self.field, "rule": self.rule, "n_gold": self.n_gold,
                "n_predicted": self.n_predicted, "n_correct": self.n_correct, "precision": precision,
                "recall": recall, "f1": f1}


@dataclass(frozen=True)
class Finding:
    """One disagreement: a miss (gold only), a false positive (prediction only) or a wrong value."""

    split: str
    table: str
    field: str
    kind: str
    source_id: str
    where: str
    gold: object
    predicted: object


def _value(value: object) -> object:
    return None if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA else value


def same(gold: object, predicted: object) -> bool:
    return _value(gold) == _value(predicted)


def _period(date: object, precision: object) -> tuple[dt.date, dt.date] | None:
    if _value(date) is None or _value(precision) is None:
        return None
    start = dt.date.fromisoformat(str(date)[:10])
    return start, period_end(start, str(precision))


def _day(value: object) -> str | None:
    value = _value(value)
    return None if value is None else str(value)[:10]


def same_date(gold: tuple, predicted: tuple) -> bool:
    return _day(gold[0]) == _day(predicted[0]) and same(gold[1], predicted[1])


def date_within(gold: tuple, predicted: tuple) -> bool:
    g, p = _period(*gold), _period(*predicted)
    if g is None or p is None:
        return g is None and p is None
    return (g[0] <= p[0] and p[1] <= g[1]) or (p[0] <= g[0] and g[1] <= p[1])


class Scorer:
    """Collects scores and findings for one evaluation of the articles of one split (dev, test or all)."""

    def __init__(self, split: str = "all") -> None:
        self.split = split
        self.scores: list[Score] = []
        self.findings: list[Finding] = []

    def extend(self, other: Scorer) -> None:
        """Add the scores and findings of another evaluation (of another split)."""
        self.scores += other.scores
        self.findings += other.findings

    def detection(self, table: str, field: str, rule: str, gold: pd.DataFrame, predicted: pd.DataFrame,
                  pairs: list[tuple[int, int]], describe: Callable[[pd.Series], str]) -> None:
        self.scores.append(Score(self.split, table, field, rule, len(gold), len(predicted), len(pairs)))
        matched_gold, matched_predicted = {g for g, _ in pairs}, {p for _, p in pairs}
        for index, row in gold.iterrows():
            if index not in matched_gold:
                self.findings.append(Finding(self.split, table, field, "miss", row.source_id, describe(row), describe(row), None))
        for index, row in predicted.iterrows():
            if index not in matched_predicted:
                self.findings.append(Finding(self.split, table, field, "false positive", row.source_id, describe(row), None, describe(row)))

    def field(self, table: str, field: str, rule: str, gold: pd.DataFrame, predicted: pd.DataFrame,
              pairs: list[tuple[int, int]], value: Callable[[pd.Series], object], agree: Callable[[object, object], bool],
              describe: Callable[[pd.Series], str], predicted_value: Callable[[pd.Series], object] | None = None) -> None:
        correct = 0
        for g, p in pairs:
            expected, got = value(gold.loc[g]), (predicted_value or value)(predicted.loc[p])
            if agree(expected, got):
                correct += 1
            else:
                self.findings.append(Finding(self.split, table, field, "wrong value", gold.loc[g].source_id, describe(gold.loc[g]), expected, got))
        self.scores.append(Score(self.split, table, field, rule, len(gold), len(predicted), correct))
