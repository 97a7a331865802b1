"""`jkec build`: refused inputs leave the published package byte for byte as it was; good inputs build the
same bytes every time, serially, in parallel, and through the installed console script."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from jkec.cli.app import app
from jkec.corpus import available_cores
from jkec.errors import JkecError
from jkec.package.release import Release
from jkec.pipeline import build, check_refusals
from jkec.project import Project
from jkec.sources.add import add_article
from jkec.sources.articles import Corpus, Refusal
from jkec.sources.manifest import read_manifest
from jkec.tables.csvfiles import write_table

from tests.support import PROJECT_ROOT, edit_yaml, output_of, snapshot, staging_leftovers

TAMPERED = "002_19717e54740cd5a9"
MISSING = "004_ce72c373e9b93a60"
UNDECODABLE = "003_ff6c9576868660d4"


def manifest_entry(root: Path, which: str, **changes):
    def change(document):
        entry = next(e for e in document["sources"] if e["source_id"] == which)
        entry.update(changes)
    edit_yaml(root / "raw" / "sources.yaml", change)


def tamper_one_byte(root: Path) -> list[str]:
    path = root / "raw" / f"{TAMPERED}.txt"
    data = bytearray(path.read_bytes())
    data[100] ^= 0x01
    path.write_bytes(bytes(data))
    return [f"raw/{TAMPERED}.txt: sha256 is {hashlib.sha256(bytes(data)).hexdigest()}"]


def unlisted_file(root: Path) -> list[str]:
    (root / "raw" / "005_unlisted.txt").write_text("Japan tightened export controls.\n", encoding="utf-8")
    return ["raw/005_unlisted.txt: file has no entry in raw/sources.yaml"]


def listed_file_missing(root: Path) -> list[str]:
    (root / "raw" / f"{MISSING}.txt").unlink()
    return [f"raw/{MISSING}.txt: listed in raw/sources.yaml (source {MISSING}) but no such file"]


def invalid_precision(root: Path) -> list[str]:
    manifest_entry(root, "001_9ca7e5f3fb13f6a7", published_precision="weekly")
    return ["(001_9ca7e5f3fb13f6a7): published_precision must be one of"]


def duplicate_source_id(root: Path) -> list[str]:
    manifest_entry(root, "002_19717e54740cd5a9", source_id="001_9ca7e5f3fb13f6a7")
    return ["source_id '001_9ca7e5f3fb13f6a7' appears twice"]


def gold_article_not_utf8(root: Path) -> list[str]:
    """An article the build refuses, but one that the gold annotations score: refusing it would change the figures."""
    path = root / "raw" / f"{UNDECODABLE}.txt"
    data = path.read_bytes()
    offset = data.index(b"TOKYO (AP)")
    broken = data[:offset] + b"\xff" + data[offset + 1 :]
    path.write_bytes(broken)
    manifest_entry(root, UNDECODABLE, sha256=hashlib.sha256(broken).hexdigest())
    line = data[:offset].count(b"\n") + 1
    return [f"tests/gold/{UNDECODABLE}.yaml: annotates an article the build refuses (raw/{UNDECODABLE}.txt: not UTF-8 "
            f"text (invalid byte at offset {offset}, line {line}))"]


def malformed_manifest(root: Path) -> list[str]:
    with (root / "raw" / "sources.yaml").open("a", encoding="utf-8") as handle:
        handle.write("  - {source_id: [unclosed\n")
    return ["sources.yaml line", "malformed YAML"]


@pytest.mark.parametrize(
    "break_project",
    [tamper_one_byte, unlisted_file, listed_file_missing, invalid_precision, duplicate_source_id, gold_article_not_utf8,
     malformed_manifest],
)
def test_refused_manifest_fails_the_build_naming_the_problem_and_changes_nothing(runner, project_copy, break_project):
    before = snapshot(project_copy)
    expected = break_project(project_copy)
    result = runner.invoke(app, ["build", "--root", str(project_copy)])
    assert result.exit_code == 1
    output = output_of(result)
    assert all(message in output for message in expected), output
    assert "Traceback" not in output
    assert snapshot(project_copy) == before
    assert staging_leftovers(project_copy) == []


def test_schema_violation_is_reported_with_table_column_row_and_value_and_changes_nothing(runner, project_copy, tables):
    def lowercase_country(document):
        next(a for a in document["actors"] if a["actor_id"] == "kajiyama_hiroshi")["country"] = "jpn"

    edit_yaml(project_copy / "curated" / "actors.yaml", lowercase_country)
    before = snapshot(project_copy)
    result = runner.invoke(app, ["build", "--root", str(project_copy)])
    output = output_of(result)
    row = tables["actors"]["actor_id"].tolist().index("kajiyama_hiroshi") + 1
    assert result.exit_code == 1
    assert f"actors.country row {row}: 'jpn'" in output, output
    assert "[A-Z]{3}" in output
    assert snapshot(project_copy) == before
    assert staging_leftovers(project_copy) == []


def test_parallel_build_writes_the_same_bytes_as_a_serial_one(runner, project_copy, built_root):
    result = runner.invoke(app, ["build", "--jobs", "2", "--root", str(project_copy)])
    assert result.exit_code == 0, output_of(result)
    assert snapshot(project_copy) == snapshot(built_root)


def test_installed_console_script_rebuilds_the_same_bytes(project_copy):
    """End to end: build in-process, then run the installed `jkec` from inside the project (no --root)."""
    build(Project(project_copy))
    first = snapshot(project_copy)
    script = shutil.which("jkec", path=str(Path(sys.executable).parent)) or shutil.which("jkec")
    assert script, "the jkec console script is not installed"
    completed = subprocess.run([script, "build"], cwd=project_copy / "raw", capture_output=True, text=True,
                               env={**os.environ, "COLUMNS": "120"}, timeout=300)
    assert completed.returncode == 0, completed.stderr
    assert "Tables written to data/" in completed.stdout
    listed = len(read_manifest(Project(project_copy)))
    assert f"Articles in raw/sources.yaml: {listed}, built {listed}, refused none" in completed.stdout
    assert snapshot(project_copy) == first
    assert staging_leftovers(project_copy) == []


def mark_published(root: Path) -> None:
    """Make the project's package differ from any that a build writes (a stale table, an edited descriptor and
    README section), so that an output a build touched cannot go unnoticed."""
    (root / "data" / "stale.csv").write_text("stale\n", encoding="utf-8")
    with (root / "datapackage.yaml").open("a", encoding="utf-8") as handle:
        handle.write("# edited\n")
    readme, marker = (root / "README.md").read_text(encoding="utf-8"), "<!-- generated:tables -->\n"
    (root / "README.md").write_text(readme.replace(marker, f"{marker}edited\n"), encoding="utf-8")


def failing_after(calls: int, failure: BaseException):
    """write_table (or anything, once `calls` is 0) raising `failure` on call number calls + 1."""
    def fail(*args, **kwargs):
        fail.calls += 1
        if fail.calls > calls:
            raise failure
        return write_table(*args, **kwargs)

    fail.calls = 0
    return fail


def failing_extraction(self, articles):
    raise RuntimeError(f"extraction failed on {articles[0].source_id}")


@pytest.mark.parametrize(
    ("target", "make_replacement", "failure", "calls"),
    [
        ("jkec.extract.article.Extractor.extract_many", lambda: failing_extraction, RuntimeError, None),
        ("jkec.package.publish.write_table", lambda: failing_after(5, OSError(errno.ENOSPC, "No space left on device")),
         OSError, 6),
        ("jkec.package.publish.write_table", lambda: failing_after(9, KeyboardInterrupt()), KeyboardInterrupt, 10),
        ("jkec.package.publish.generate_documents", lambda: failing_after(0, KeyboardInterrupt()), KeyboardInterrupt, 1),
    ],
    ids=["extraction-error", "disk-full-after-5-tables", "ctrl-c-after-9-tables", "ctrl-c-rendering-the-documents"],
)
def test_a_build_that_fails_at_any_step_leaves_every_output_byte_for_byte(project_copy, monkeypatch, target,
                                                                          make_replacement, failure, calls):
    """Validation errors: test_schema_violation_...; a failure while swapping: tests/unit/test_publish.py."""
    mark_published(project_copy)
    before = snapshot(project_copy, ".")
    replacement = make_replacement()
    monkeypatch.setattr(target, replacement)
    with pytest.raises(failure):
        build(Project(project_copy))
    assert getattr(replacement, "calls", None) == calls  # the failure struck with tables already written
    assert snapshot(project_copy, ".") == before
    assert staging_leftovers(project_copy) == []



NEW_ARTICLE = """Seoul protests Japan's export curbs

South Korean Trade Minister Yoo Myung-hee said Japan's export controls should end.
“We want the white list restored,” Yoo told reporters.
Japan tightened export controls on South Korea in July 2019.
"""
ADDED = {  # source_id: (file name, bytes, refusal or None)
    "900_a": ("Séoul talks – 서울 “draft”.txt", "\ufeff".encode() + NEW_ARTICLE.replace("\n", "\r\n").encode(), None),
    "901_a": ("901 nul.txt", b"Japan curbs exports\x00\n",
              "raw/901 nul.txt: control character U+0000 at offset 19, line 1"),
    "902_a": ("902_empty.txt", b"", "raw/902_empty.txt: the file has no text"),
    "903_a": ("903_page.txt", b"<html><body><p>Japan curbs exports</p></body></html>\n",
              "raw/903_page.txt: an HTML page, not an article's text (tag '<html>' on line 1)"),
    "904_a": ("904_large.txt", None,
              "raw/904_large.txt: 50,000,000 bytes, more than the 1,000,000 that one article may have"),
    "905_a": ("905_copy.txt", (PROJECT_ROOT / "raw" / "001_9ca7e5f3fb13f6a7.txt").read_bytes().replace(b"\n", b"\r\n"),
              "raw/905_copy.txt: the same text as raw/001_9ca7e5f3fb13f6a7.txt (001_9ca7e5f3fb13f6a7)"),
    "906_a": ("906_latin1.txt", "Japan’s curbs on Seoul".encode("cp1252"),
              "raw/906_latin1.txt: not UTF-8 text (invalid byte at offset 5, line 1)"),
}


def add_files(root: Path) -> None:
    """ADDED's files in raw/ and in the manifest (the 50 MB one sparse, so that it costs no time to write)."""
    entries = []
    for source_id, (name, data, _) in ADDED.items():
        path = root / "raw" / name
        if data is None:
            with path.open("wb") as handle:
                handle.truncate(50_000_000)
        else:
            path.write_bytes(data)
        entries.append({"source_id": source_id, "path": name, "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
                        "title": "Added", "published": "2020-07-01", "published_precision": "day",
                        "published_basis": "stated", "language": "en"})
    edit_yaml(root / "raw" / "sources.yaml", lambda document: document["sources"].extend(entries))


def test_an_article_that_cannot_be_read_is_refused_with_its_reason_and_the_others_are_built(runner, project_copy):
    add_files(project_copy)
    result = runner.invoke(app, ["build", "--root", str(project_copy)])
    output = output_of(result)
    assert result.exit_code == 0, output
    refused = {source_id: reason for source_id, (_, _, reason) in ADDED.items() if reason}
    assert "Articles in raw/sources.yaml: 40, built 34, refused 6 (left out of every table):" in output
    assert all(f"  {source_id}: {reason}" in output for source_id, reason in refused.items()), output
    sources = pd.read_csv(project_copy / "data" / "sources.csv", dtype=str)
    assert "900_a" in set(sources["source_id"]) and not set(refused) & set(sources["source_id"])
    stored = (project_copy / "raw" / ADDED["900_a"][0]).read_bytes().decode("utf-8")
    quotes = pd.read_csv(project_copy / "data" / "quotes.csv", dtype=str).query("source_id == '900_a'")
    assert "We want the white list restored" in set(quotes["text"])
    spans = quotes[["char_start", "char_end", "text"]].values
    assert all(stored[int(start) : int(end)] == text for start, end, text in spans)
    validated = runner.invoke(app, ["validate", "--root", str(project_copy)])
    assert validated.exit_code == 0, output_of(validated)


def test_a_build_with_no_article_left_fails_naming_every_refusal(tmp_path):
    corpus = Corpus([], [], [Refusal("000_a", "raw/a.txt: the file has no text"), Refusal("001_b", "raw/b.txt: …")])
    with pytest.raises(JkecError, match="no article can be built:\n  raw/a.txt: the file has no text\n  raw/b.txt"):
        check_refusals(Project(tmp_path), Release({}), corpus)


@pytest.mark.parametrize(("arguments", "expected"), [([], None), (["--jobs", "0"], None), (["--jobs", "3"], 3)])
def test_extraction_runs_on_every_available_core_unless_told(runner, project_copy, monkeypatch, arguments, expected):
    asked = []

    def record(project, jobs, **_):
        asked.append(jobs)
        raise JkecError("stopped before extraction")

    monkeypatch.setattr("jkec.pipeline.build", record)
    result = runner.invoke(app, ["build", *arguments, "--root", str(project_copy)])
    assert result.exit_code == 1 and "stopped before extraction" in output_of(result)
    assert asked == [expected or available_cores()]
    assert available_cores() == len(os.sched_getaffinity(0))


def test_an_article_dating_acts_before_the_schemas_window_builds_with_those_mentions_undated(project_copy, tmp_path):
    article = tmp_path / "silk.txt"
    article.write_text("Japan tightened export controls on South Korea in July 2019.\n\nJapan's trade ministry first "
                       "restricted exports of raw silk to Korea in 1911. Some three years later, Japan imposed export "
                       "restrictions on Korea again.\n", encoding="utf-8")
    entry = add_article(Project(project_copy), article, title="Silk", publisher=None, published="2019-12-04")
    build(Project(project_copy))
    mentions = pd.read_csv(project_copy / "data" / "event_mentions.csv", dtype=str).query(f"source_id == '{entry.source_id}'")
    assert list(mentions["date"].fillna("")) == ["2019-07-01", "", ""]
