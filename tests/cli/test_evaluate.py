"""`jkec evaluate`: figures and findings against a gold folder, including a deliberately wrong one."""

from __future__ import annotations

from pathlib import Path

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
        "quotes": [quote(SUGA_QUOTE, raw, "moon_jaein"), quote(NOT_A_QUOTE, raw, "jpn_gov")],
    })
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    output = " ".join(output_of(result).split())  # findings are wrapped to the terminal's width
    assert result.exit_code == 0, output
    assert f"quotes.span miss [{SOURCE}] {raw.index(NOT_A_QUOTE)}:" in output
    assert f"quotes.speaker wrong value [{SOURCE}]" in output and "gold 'moon_jaein', built 'suga_yoshihide'" in output
    assert f"quotes.span false positive [{SOURCE}]" in output  # the article's other quotations are not in this gold


def test_gold_span_that_is_not_in_the_text_is_refused(runner, built_copy, raw_texts, tmp_path):
    entry = quote(SUGA_QUOTE, raw_texts[SOURCE], "suga_yoshihide") | {"char_start": 0}
    gold = write_gold(tmp_path / "gold", {"source_id": SOURCE, "quotes": [entry]})
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    assert result.exit_code == 1
    assert f"{SOURCE}.yaml: quotes text 'The measure" in output_of(result)


def test_gold_for_an_article_not_in_the_corpus_is_refused(runner, built_copy, tmp_path):
    gold = write_gold(tmp_path / "gold", {"source_id": "999_unknown", "quotes": [quote("abc", "abc", None)]})
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(built_copy)])
    assert result.exit_code == 1 and "no article 999_unknown in the corpus" in output_of(result)
