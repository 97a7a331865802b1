"""`jkec validate` on a built package, and on copies with one cell corrupted."""

from __future__ import annotations

import pytest

from jkec.cli.app import app
from tests.support import edit_csv_cell, output_of


def test_built_package_is_valid(runner, built_root, tables):
    result = runner.invoke(app, ["validate", "--root", str(built_root)])
    assert result.exit_code == 0, output_of(result)
    assert f"valid: {len(tables)} tables, {sum(map(len, tables.values()))} rows" in output_of(result)


def first_row(tables, table, column, predicate=lambda value: True) -> int:
    return next(i for i, value in enumerate(tables[table][column].tolist(), start=1) if isinstance(value, str) and predicate(value))


@pytest.mark.parametrize(
    ("table", "column", "value", "expected"),
    [
        ("passages", "reason", "bogus", "passages.reason row {row}: 'bogus'"),
        ("quotes", "text", "words nobody wrote", "quotes.char_start row {row}"),
        ("actor_mentions", "actor_id", "nobody", "actor_mentions.actor_id row {row}: 'nobody' — not found in actors.actor_id"),
        ("events", "date", "2019-02-30", "events.date row {row}: '2019-02-30' — not a real YYYY-MM-DD date"),
        ("sources", "n_chars", "many", "table sources, column n_chars: cannot read as integer"),
    ],
)
def test_corrupted_cell_fails_validation_naming_the_table(runner, built_copy, tables, table, column, value, expected):
    row = first_row(tables, table, column)
    edit_csv_cell(built_copy / "data" / f"{table}.csv", row, column, value)
    result = runner.invoke(app, ["validate", "--fast", "--root", str(built_copy)])
    assert result.exit_code == 1
    assert expected.format(row=row) in output_of(result), output_of(result)


def test_frictionless_stage_catches_a_table_that_no_longer_matches_its_recorded_hash(runner, built_copy):
    edit_csv_cell(built_copy / "data" / "sources.csv", 1, "published_basis", "edited by hand")
    assert runner.invoke(app, ["validate", "--fast", "--root", str(built_copy)]).exit_code == 0
    result = runner.invoke(app, ["validate", "--root", str(built_copy)])
    assert result.exit_code == 1
    assert "frictionless validation failed" in output_of(result) and "sources:" in output_of(result), output_of(result)


def test_changed_raw_article_fails_validation(runner, built_copy):
    raw = next((built_copy / "raw").glob("003_*.txt"))
    raw.write_bytes(raw.read_bytes().replace(b"TOKYO", b"TOKIO"))
    result = runner.invoke(app, ["validate", "--fast", "--root", str(built_copy)])
    assert result.exit_code == 1 and f"raw/{raw.name}: sha256 is" in output_of(result)


def test_precision_outside_its_enum_is_reported(runner, built_copy, tables):
    row = first_row(tables, "events", "date_precision")
    edit_csv_cell(built_copy / "data" / "events.csv", row, "date_precision", "fortnight")
    result = runner.invoke(app, ["validate", "--fast", "--root", str(built_copy)])
    assert result.exit_code == 1
    assert f"events.date_precision row {row}: 'fortnight'" in output_of(result)


def test_reported_row_is_the_csv_data_row(runner, built_copy, tables):
    edit_csv_cell(built_copy / "data" / "quotes.csv", 1, "quote_id", "q_zzzzzzzzzzzz")
    result = runner.invoke(app, ["validate", "--fast", "--root", str(built_copy)])
    assert "quotes.quote_id row 1: 'q_zzzzzzzzzzzz'" in output_of(result), output_of(result)


def test_missing_descriptor_is_a_clear_error(runner, built_copy):
    (built_copy / "datapackage.yaml").unlink()
    result = runner.invoke(app, ["validate", "--root", str(built_copy)])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert "datapackage.yaml" in output_of(result)
