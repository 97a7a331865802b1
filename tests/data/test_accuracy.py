"""The build's measured accuracy against the gold annotations (the `evaluation` table) never falls below the
floor recorded per split (test and dev) in tests/accuracy_floor.yaml."""

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
        (row.split, f"{row.table_name}/{row.field}/{row.rule}"): {m: float(getattr(row, m)) for m in ("precision", "recall", "f1")}
        for row in evaluation.itertuples()
    }


CRITERIA = sorted((split, criterion) for split, criteria in FLOOR.items() for criterion in criteria)


def test_both_splits_have_a_floor():
    assert sorted(FLOOR) == ["dev", "test"]


def test_every_floored_criterion_is_measured(figures):
    assert sorted(CRITERIA) == sorted(set(CRITERIA) & set(figures))


@pytest.mark.parametrize(("split", "criterion"), CRITERIA)
def test_accuracy_is_not_below_the_floor(figures, split, criterion):
    measured, floor = figures[split, criterion], FLOOR[split][criterion]
    assert {m: measured[m] for m in floor if measured[m] < floor[m]} == {}
