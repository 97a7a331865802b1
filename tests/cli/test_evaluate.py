"""`jkec evaluate`: figures and findings against a gold folder, including a deliberately wrong one."""

from __future__ import annotations

from pathlib import Path

import csv
import io

import pytest
import yaml

from jkec.cli.app import app
from tests.support import output_of

SOURCE = "002_19717e54740cd5a9"
SUGA_QUOTE = "The measure is not a subject for consultation and we have no intention of withdrawing it either"
NOT_A_QUOTE = "Tokyo last week tightened the approval process"


def quote(text: str, raw: str, speaker: str | None) -> dict:
    start = raw.index(text)
    return {"text": text, "char_start": start, "char_end": start + len(text), "kind": "direct", "speaker": speaker,
            "attribution": "name", "said_on": None, "said_on_precision": None}


def write_gold(folder: Path, document: dict) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{document['source_id']}.yaml").write_text(yaml.safe_dump(document, allow_unicode=True), encoding="utf-8")
    return folder


def test_wrong_gold_file_is_reported_miss_by_miss(runner, built_copy, raw_texts, tmp_path):
    raw = raw_texts[SOURCE]
    gold = write_gold(tmp_path / "gold", {
        "source_id": SOURCE,
        "split": "dev",
        "quotes": [quote(SUGA_QUOTE, raw, "moon_jaein"), quote(NOT_A_QUOTE, raw, "jpn_gov")],
    })
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    output = " ".join(output_of(result).split())
    assert result.exit_code == 0, output
    assert f"dev quotes.span miss [{SOURCE}] {raw.index(NOT_A_QUOTE)}:" in output
    assert f"dev quotes.speaker wrong value [{SOURCE}]" in output and "gold 'moon_jaein', built 'suga_yoshihide'" in output
    assert f"dev quotes.span false positive [{SOURCE}]" in output  # the article's other quotations are not in this gold


def test_gold_span_that_is_not_in_the_text_is_refused(runner, built_copy, raw_texts, tmp_path):
    entry = quote(SUGA_QUOTE, raw_texts[SOURCE], "suga_yoshihide") | {"char_start": 0}
    gold = write_gold(tmp_path / "gold", {"source_id": SOURCE, "split": "dev", "quotes": [entry]})
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    assert result.exit_code == 1
    assert f"{SOURCE}.yaml: quotes text 'The measure" in output_of(result)


def test_gold_for_an_article_not_in_the_corpus_is_refused(runner, built_copy, tmp_path):
    gold = write_gold(tmp_path / "gold", {"source_id": "999_unknown", "split": "dev", "quotes": [quote("abc", "abc", None)]})
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    assert result.exit_code == 1 and "no article 999_unknown in the corpus" in output_of(result)


@pytest.mark.parametrize("split", [None, "train"])
def test_gold_file_without_a_known_split_is_refused(runner, built_copy, raw_texts, tmp_path, split):
    document = {"source_id": SOURCE, "quotes": [quote(SUGA_QUOTE, raw_texts[SOURCE], "suga_yoshihide")]}
    gold = write_gold(tmp_path / "gold", document | ({"split": split} if split else {}))
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    assert result.exit_code == 1 and f"{SOURCE}.yaml: split must be one of dev, test, not {split!r}" in output_of(result)


@pytest.fixture
def test_split_gold(built_copy, raw_texts, tmp_path):
    """The wrong gold file above, once as a test article."""
    raw = raw_texts[SOURCE]
    return write_gold(tmp_path / "gold", {"source_id": SOURCE, "split": "test",
                                          "quotes": [quote(SUGA_QUOTE, raw, "moon_jaein"), quote(NOT_A_QUOTE, raw, "jpn_gov")]})


def test_findings_of_test_articles_are_listed_only_when_asked(runner, built_copy, test_split_gold):
    hidden = runner.invoke(app, ["evaluate", "--gold", str(test_split_gold), "--root", str(built_copy)])
    shown = runner.invoke(app, ["evaluate", "--gold", str(test_split_gold), "--show-test", "--root", str(built_copy)])
    assert hidden.exit_code == shown.exit_code == 0
    assert "test quotes.span miss" not in hidden.stdout and "findings on test articles not listed" in hidden.stdout
    assert f"test quotes.span miss [{SOURCE}]" in shown.stdout


def test_csv_figures_have_a_row_per_split_table_field_and_rule(runner, built_copy, test_split_gold):
    result = runner.invoke(app, ["evaluate", "--gold", str(test_split_gold), "--format", "csv", "--root", str(built_copy)])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert result.exit_code == 0 and {r["split"] for r in rows} == {"test", "all"}
    speaker = {r["split"]: r for r in rows if (r["table_name"], r["field"]) == ("quotes", "speaker")}
    assert (speaker["test"]["n_gold"], speaker["test"]["n_correct"]) == ("2", "0")
    assert "Findings" not in result.stdout
