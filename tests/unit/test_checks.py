"""The validation gate (tables/checks.py, tables/conform.py) on small hand-made tables."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from jkec.errors import JkecError
from jkec.tables.checks import SetChecks, ValidationFailed, Violation, validate_tables
from jkec.tables.conform import conform
from jkec.tables.schema import TableSchema

RAW = "Japan tightened export controls. Taiwan held drills."
TEXTS = pd.DataFrame({"source_id": ["s1"], "text": [RAW]})


def field(name: str, kind: str = "string", required: bool = False, **constraints) -> dict:
    return {"name": name, "type": kind, "description": name, "constraints": {"required": required, **constraints}}


DESCRIPTORS = {
    "sources": {"fields": [field("source_id", required=True)], "primaryKey": ["source_id"]},
    "passages": {
        "fields": [
            field("source_id", required=True), field("passage_no", "integer", True), field("char_start", "integer", True),
            field("char_end", "integer", True), field("relevant", "boolean", True),
        ],
        "primaryKey": ["source_id", "passage_no"],
        "foreignKeys": [{"fields": ["source_id"], "reference": {"resource": "sources", "fields": ["source_id"]}}],
    },
    "mentions": {
        "fields": [
            field("source_id", required=True), field("char_start", "integer", True), field("char_end", "integer", True),
            field("passage_no", "integer", True), field("text", required=True),
        ],
        "primaryKey": ["source_id", "char_start"],
        "foreignKeys": [
            {"fields": ["source_id", "passage_no"], "reference": {"resource": "passages", "fields": ["source_id", "passage_no"]}},
        ],
    },
    "events": {
        "fields": [
            field("event_id", required=True), field("date", "date"),
            field("date_precision", enum=["day", "week", "month", "year"]),
        ],
        "primaryKey": ["event_id"],
    },
}
SCHEMAS = {name: TableSchema(name, Path(f"{name}.yaml"), descriptor) for name, descriptor in DESCRIPTORS.items()}


def good_records() -> dict[str, list[dict]]:
    return {
        "sources": [{"source_id": "s1"}],
        "passages": [
            {"source_id": "s1", "passage_no": 1, "char_start": 0, "char_end": 32, "relevant": True},
            {"source_id": "s1", "passage_no": 2, "char_start": 33, "char_end": 52, "relevant": False},
        ],
        "mentions": [{"source_id": "s1", "char_start": 0, "char_end": 5, "passage_no": 1, "text": "Japan"}],
        "events": [
            {"event_id": "e1", "date": "2019-07-04", "date_precision": "day"},
            {"event_id": "e2", "date": "2019-07-01", "date_precision": "month"},
            {"event_id": "e3", "date": None, "date_precision": None},
        ],
    }


def frames_of(records: dict[str, list[dict]]) -> dict[str, pd.DataFrame]:
    return {name: conform(pd.DataFrame.from_records(rows, columns=SCHEMAS[name].field_names), SCHEMAS[name])
            for name, rows in records.items()}


def violations_of(records: dict[str, list[dict]]) -> list[Violation]:
    with pytest.raises(ValidationFailed) as failure:
        validate_tables(frames_of(records), SCHEMAS, TEXTS)
    return failure.value.violations


def test_consistent_tables_pass():
    validate_tables(frames_of(good_records()), SCHEMAS, TEXTS)


def duplicate_passage(records):
    records["passages"].append({**records["passages"][0], "char_end": 10})


def mention_of_missing_passage(records):
    records["mentions"][0]["passage_no"] = 3


def impossible_date(records):
    records["events"][0]["date"] = "2019-02-30"


def month_date_not_on_the_first(records):
    records["events"][1]["date"] = "2019-07-15"


def precision_without_date(records):
    records["events"][2]["date_precision"] = "day"


def evidence_differs_from_raw(records):
    records["mentions"][0]["text"] = "Japon"


def offsets_past_the_text(records):
    records["mentions"][0].update(char_start=60, char_end=65)


def evidence_in_irrelevant_passage(records):
    records["mentions"].append({"source_id": "s1", "char_start": 33, "char_end": 39, "passage_no": 2, "text": "Taiwan"})


def empty_text(records):
    records["mentions"][0]["text"] = " "


def missing_required_value(records):
    records["passages"][1]["relevant"] = None


@pytest.mark.parametrize(
    ("break_tables", "table", "column", "row", "check"),
    [
        (duplicate_passage, "passages", "source_id, passage_no", 1, "primary key duplicated"),
        (mention_of_missing_passage, "mentions", "source_id, passage_no", 1, "not found in passages"),
        (impossible_date, "events", "date", 1, "not a real YYYY-MM-DD date"),
        (month_date_not_on_the_first, "events", "date", 2, "first day of its date_precision period"),
        (precision_without_date, "events", "date", 3, "set exactly when date_precision is"),
        (evidence_differs_from_raw, "mentions", "char_start", 1, "evidence differs from the raw text"),
        (offsets_past_the_text, "mentions", "char_start", 1, "offsets outside the raw text"),
        (evidence_in_irrelevant_passage, "mentions", "char_start", 2, "overlaps a passage judged not relevant"),
        (empty_text, "mentions", "text", 1, "empty text"),
        (missing_required_value, "passages", "relevant", 2, "not_nullable"),
    ],
)
def test_each_violation_is_reported_with_table_column_and_row(break_tables, table, column, row, check):
    records = good_records()
    break_tables(records)
    violations = violations_of(records)
    assert {v.table for v in violations} == {table}
    matching = [v for v in violations if (v.table, v.column, v.row) == (table, column, row) and check in v.check]
    assert matching, [str(v) for v in violations]
    assert f"{table}.{column} row {row}" in str(matching[0])


def test_set_checks_report_the_offending_value():
    records = good_records()
    impossible_date(records)
    (violation,) = SetChecks(frames_of(records), SCHEMAS, TEXTS).run()
    assert violation.value == "2019-02-30"


def test_every_violation_is_listed_in_one_failure():
    records = good_records()
    for breaker in (impossible_date, evidence_differs_from_raw, mention_of_missing_passage):
        breaker(records)
    violations = violations_of(records)
    assert sorted((v.table, v.column) for v in violations) == [
        ("events", "date"), ("mentions", "char_start"), ("mentions", "source_id, passage_no")
    ]


def test_precision_outside_its_enum_is_reported_not_a_crash():
    records = good_records()
    records["events"][0]["date_precision"] = "fortnight"
    assert ("events", "date_precision", 1) in [(v.table, v.column, v.row) for v in violations_of(records)]


class TestConform:
    def test_orders_columns_as_the_schema_and_sorts_by_primary_key(self):
        frame = pd.DataFrame({"relevant": ["false", "true"], "char_end": [52, 32], "char_start": [33, 0],
                              "passage_no": [2, 1], "source_id": ["s1", "s1"]})
        conformed = conform(frame, SCHEMAS["passages"])
        assert list(conformed.columns) == SCHEMAS["passages"].field_names
        assert conformed["passage_no"].tolist() == [1, 2]
        assert conformed["relevant"].tolist() == [True, False]

    @pytest.mark.parametrize(
        ("frame", "message"),
        [
            (pd.DataFrame({"source_id": ["s1"], "passage_no": [1], "char_start": [0], "char_end": [5]}), "missing ['relevant']"),
            (pd.DataFrame({"source_id": ["s1"], "passage_no": [1], "char_start": [0], "char_end": [5], "relevant": [True],
                           "extra": [1]}), "not in the schema ['extra']"),
            (pd.DataFrame({"source_id": ["s1"], "passage_no": ["one"], "char_start": [0], "char_end": [5],
                           "relevant": [True]}), "table passages, column passage_no: cannot read as integer"),
        ],
        ids=["missing-column", "unknown-column", "not-an-integer"],
    )
    def test_refuses_frames_that_do_not_fit_the_schema(self, frame, message):
        with pytest.raises(JkecError) as failure:
            conform(frame, SCHEMAS["passages"])
        assert message in str(failure.value)
