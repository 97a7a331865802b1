"""Evaluate a package against a gold folder: the figures as a table, the findings as a list."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from jkec.evaluate.compare import compare
from jkec.evaluate.gold import SPLITS, load_gold
from jkec.evaluate.scores import Scorer

EVALUATION_COLUMNS = ["split", "table_name", "field", "rule", "n_gold", "n_predicted", "n_correct", "precision", "recall", "f1"]


def evaluate(frames: dict[str, pd.DataFrame], texts: dict[str, str], gold_dir: Path) -> Scorer:
    """Scores of the package `frames` against the gold files in `gold_dir`: for the articles of each split that
    has any, and for all of them."""
    gold = load_gold(gold_dir, texts)
    scorer = Scorer()
    for split in (*SPLITS, "all"):
        part = gold.only(split)
        if part.sources:
            scorer.extend(compare(part, frames, split))
    return scorer


def evaluation_table(scorer: Scorer | None) -> pd.DataFrame:
    """The figures as the package's `evaluation` table (empty when there is no gold)."""
    return pd.DataFrame([score.row() for score in scorer.scores] if scorer else [], columns=EVALUATION_COLUMNS)
