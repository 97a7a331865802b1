"""The build's measured accuracy against the gold annotations (the `evaluation` table) never falls below the
floor recorded in tests/accuracy_floor.yaml."""

from __future__ import annotations

import pytest
import yaml

from tests.support import PROJECT_ROOT

FLOOR_PATH = PROJECT_ROOT / "tests" / "accuracy_floor.yaml"
FLOOR = yaml.safe_load(FLOOR_PATH.read_text(encoding="utf-8")) if FLOOR_PATH.is_file() else {}
pytestmark = pytest.mark.skipif(not FLOOR, reason="no accuracy floor recorded")


@pytest.fixture(scope="module")
def figures(tables):
    evaluation = tables["evaluation"]
    return {
        f"{row.table_name}/{row.field}/{row.rule}": {m: float(getattr(row, m)) for m in ("precision", "recall", "f1")}
        for row in evaluation.itertuples()
    }


def test_every_floored_criterion_is_measured(figures):
    assert sorted(FLOOR) == sorted(set(FLOOR) & set(figures))


@pytest.mark.parametrize("criterion", sorted(FLOOR))
def test_accuracy_is_not_below_the_floor(figures, criterion):
    measured = figures[criterion]
    assert {m: measured[m] for m in FLOOR[criterion] if measured[m] < FLOOR[criterion][m]} == {}
