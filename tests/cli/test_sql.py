"""`jkec sql` over the built package, read-only, and `--help` of every command."""

from __future__ import annotations

import csv
import io
import json

import pytest

from jkec.cli.app import app
from tests.support import edit_csv_cell, output_of, snapshot

SPEAKERS = """SELECT q.quote_id, a.name AS speaker, s.published
              FROM quotes q JOIN actors a ON a.actor_id = q.speaker_actor_id JOIN sources s USING (source_id)
              ORDER BY q.quote_id"""


def sql(runner, root, query, *options):
    return runner.invoke(app, ["sql", query, *options, "--root", str(root)])


def test_count_is_printed_as_a_table(runner, built_root, tables):
    result = sql(runner, built_root, "SELECT count(*) AS n FROM quotes")
    assert result.exit_code == 0, output_of(result)
    assert result.stdout.splitlines() == ["n", "-" * max(1, len(str(len(tables["quotes"])))), str(len(tables["quotes"]))]


def test_table_output_piped_keeps_every_value_whole(runner, built_root, tables):
    result = sql(runner, built_root, "SELECT quote_id, text FROM quotes ORDER BY length(text) DESC LIMIT 1")
    longest = max(tables["quotes"]["text"], key=len)
    assert result.exit_code == 0 and " ".join(longest.split()) in result.stdout


def test_csv_output_parses_to_the_joined_rows(runner, built_root, tables):
    result = sql(runner, built_root, SPEAKERS, "--format", "csv")
    assert result.exit_code == 0, output_of(result)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    quotes, actors, sources = tables["quotes"], tables["actors"].set_index("actor_id"), tables["sources"].set_index("source_id")
    attributed = quotes[quotes["speaker_actor_id"].notna()].sort_values("quote_id")
    assert [(r["quote_id"], r["speaker"], r["published"]) for r in rows] == [
        (q.quote_id, actors.at[q.speaker_actor_id, "name"], sources.at[q.source_id, "published"])
        for q in attributed.itertuples()
    ]
    assert any(r["speaker"] == "Yoshihide Suga" for r in rows)


def test_json_output_parses_with_typed_values(runner, built_root):
    result = sql(runner, built_root, "SELECT event_id, date, n_mentions FROM events WHERE date IS NOT NULL ORDER BY event_id",
                 "-f", "json")
    assert result.exit_code == 0, output_of(result)
    rows = json.loads(result.stdout)
    assert rows and all(isinstance(r["n_mentions"], int) and len(r["date"]) == 10 for r in rows)


@pytest.mark.parametrize(
    ("query", "message"),
    [("SELEC 1", "query failed: Parser Error"), ("SELECT * FROM no_such_table", "query failed: Catalog Error")],
)
def test_bad_query_exits_non_zero_with_a_clear_message(runner, built_root, query, message):
    result = sql(runner, built_root, query)
    assert result.exit_code == 1
    assert message in output_of(result)
    assert isinstance(result.exception, SystemExit)


REFUSED = {
    "copy-to-file": ("COPY quotes TO '{tmp}/quotes.csv'", "file system operations are disabled"),
    "copy-to-parquet": ("COPY (SELECT * FROM sources) TO '{tmp}/sources.parquet' (FORMAT parquet)",
                        "file system operations are disabled"),
    "export-database": ("EXPORT DATABASE '{tmp}/export'", "file system operations are disabled"),
    "attach-file": ("ATTACH '{tmp}/other.duckdb' AS other", "file system operations are disabled"),
    "install-extension": ("INSTALL httpfs", "file system operations are disabled"),
    "load-extension": ("LOAD httpfs", "Loading external extensions is disabled"),
    "read-outside-file": ("SELECT * FROM read_csv('{tmp}/outside.csv')", "file system operations are disabled"),
    "copy-after-select": ("SELECT 1; COPY quotes TO '{tmp}/quotes.csv'", "file system operations are disabled"),
    "enable-access": ("SET enable_external_access = true", "the configuration has been locked"),
    "unlock": ("SET lock_configuration = false", "the configuration has been locked"),
    "reset-access": ("RESET enable_external_access", "the configuration has been locked"),
    "spill-directory": ("SET temp_directory = '{tmp}/spill'", "the configuration has been locked"),
}


@pytest.mark.parametrize(("query", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_statement_reaching_a_file_is_refused_and_writes_nothing(runner, built_root, tmp_path, monkeypatch, query,
                                                                  message):
    (tmp_path / "outside.csv").write_text("secret\nnot for the package\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    package = snapshot(built_root, "data", "raw", "datapackage.yaml")
    result = sql(runner, built_root, query.format(tmp=tmp_path))
    assert result.exit_code == 1, output_of(result)
    assert message in output_of(result) and "not for the package" not in output_of(result)
    assert isinstance(result.exception, SystemExit)
    assert sorted(path.name for path in tmp_path.iterdir()) == ["outside.csv"]
    assert snapshot(built_root, "data", "raw", "datapackage.yaml") == package


def test_tables_made_within_a_query_are_queryable(runner, built_root):
    result = sql(runner, built_root, "CREATE TABLE japan AS SELECT * FROM actors WHERE country = 'JPN'; "
                                     "SELECT count(*) > 0 AS any FROM japan", "-f", "csv")
    assert result.exit_code == 0 and result.stdout.splitlines() == ["any", "True"], output_of(result)


@pytest.mark.parametrize("query", ["", "   ", "\n\t", ";", "/* nothing */"],
                         ids=["empty", "spaces", "newline-tab", "semicolon", "comment"])
def test_empty_query_is_refused_with_a_clear_message(runner, built_root, query):
    result = sql(runner, built_root, query)
    assert result.exit_code == 1
    assert "the query is empty" in output_of(result)
    assert isinstance(result.exception, SystemExit)


def test_help_states_the_read_only_guarantee(runner):
    help_text = " ".join(output_of(runner.invoke(app, ["sql", "--help"])).split())
    assert "no statement can read or write a file" in help_text and "configuration locked" in help_text


def test_unknown_format_is_refused(runner, built_root):
    result = sql(runner, built_root, "SELECT 1", "--format", "xml")
    assert result.exit_code == 2 and "xml" in output_of(result)


def test_query_before_any_build_names_the_missing_table(runner, built_copy):
    (built_copy / "data" / "quotes.csv").unlink()
    result = sql(runner, built_copy, "SELECT 1")
    assert result.exit_code == 1 and "quotes.csv: table not built yet" in output_of(result)


def test_table_that_does_not_match_its_schema_is_named(runner, built_copy):
    edit_csv_cell(built_copy / "data" / "quotes.csv", 1, "char_start", "early")
    result = sql(runner, built_copy, "SELECT count(*) FROM sources")
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "quotes.csv: cannot be read with the columns and types of quotes.yaml; run `jkec build`" in output_of(result)


def test_project_is_found_from_a_folder_inside_it(runner, built_root, tables, monkeypatch):
    monkeypatch.chdir(built_root / "data")
    result = runner.invoke(app, ["sql", "SELECT count(*) FROM sources", "-f", "csv"])
    assert result.exit_code == 0 and result.stdout.splitlines()[1] == str(len(tables["sources"]))


COMMANDS = [command.name for command in app.registered_commands]
WITHOUT_PROJECT = {"verify"}  # checks a release bundle wherever it lies


def test_app_has_the_documented_commands():
    assert {"build", "validate", "sql", "add", "remove", "evaluate"} <= set(COMMANDS)


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_help_works_for_every_command(runner, command):
    result = runner.invoke(app, [*([command] if command else []), "--help"])
    assert result.exit_code == 0
    assert "Usage:" in output_of(result)
    if command:
        assert ("--root" in output_of(result)) == (command not in WITHOUT_PROJECT)
    else:
        assert all(name in output_of(result) for name in COMMANDS)
