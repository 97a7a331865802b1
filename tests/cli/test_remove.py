"""`jkec remove`: an article leaves raw/ and the manifest, every other entry keeps its text; refused removals change
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from jkec.cli.app import app
from jkec.project import Project
from jkec.sources.manifest import load_manifest, read_manifest
from tests.support import edit_yaml, output_of, snapshot

ARTICLE = "Japan and South Korea resume export control talks\n\nTrade minister Hiroshi Kajiyama met officials.\n"


def remove(runner, root: Path, source_id: str):
    return runner.invoke(app, ["remove", source_id, "--root", str(root)])


def entry_block(manifest: str, source_id: str) -> str:
    """The lines of one entry, from its '- source_id' line to the next entry's (or the end of the file)."""
    start = manifest.index(f"  - source_id: {source_id}\n")
    following = manifest.find("\n  - source_id: ", start)
    return manifest[start : following + 1 if following >= 0 else len(manifest)]


def test_remove_after_add_gives_back_the_manifest_byte_for_byte(runner, project_copy, tmp_path):
    before = snapshot(project_copy, "raw")
    article = tmp_path / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = runner.invoke(app, ["add", str(article), "--title", "Talks", "--published", "2019-12-04",
                                "--publisher", "Kyodo", "--root", str(project_copy)])
    assert added.exit_code == 0, output_of(added)
    (new,) = [e.source_id for e in read_manifest(Project(project_copy)) if e.title == "Talks"]
    result = remove(runner, project_copy, new)
    assert result.exit_code == 0, output_of(result)
    assert f"removed raw/{new}.txt" in output_of(result)
    assert snapshot(project_copy, "raw") == before


@pytest.mark.parametrize("number", [0, 1, 2, -1], ids=["first", "second", "third", "last"])
def test_removal_takes_out_exactly_the_entry_and_keeps_every_other_comment(runner, project_copy, number):
    entries = read_manifest(Project(project_copy))
    source_id = entries[number].source_id
    (project_copy / "tests" / "gold" / f"{source_id}.yaml").unlink()
    manifest = project_copy / "raw" / "sources.yaml"
    before = manifest.read_text(encoding="utf-8")
    block = entry_block(before, source_id)
    result = remove(runner, project_copy, source_id)
    assert result.exit_code == 0, output_of(result)
    after = manifest.read_text(encoding="utf-8")
    assert after == before.replace(block, "")
    kept_comments = [line for line in before.splitlines() if "#" in line and line not in block.splitlines()]
    assert kept_comments and all(line in after.splitlines() for line in kept_comments)
    remaining = [e.source_id for e in load_manifest(Project(project_copy))]
    assert remaining == [e.source_id for e in entries if e.source_id != source_id]
    assert not (project_copy / "raw" / f"{source_id}.txt").exists()


def test_next_build_drops_the_removed_article(runner, project_copy):
    source_id = read_manifest(Project(project_copy))[1].source_id
    (project_copy / "tests" / "gold" / f"{source_id}.yaml").unlink()
    assert remove(runner, project_copy, source_id).exit_code == 0
    built = runner.invoke(app, ["build", "--root", str(project_copy)])
    assert built.exit_code == 0, output_of(built)
    assert f"\n{source_id}," not in (project_copy / "data" / "sources.csv").read_text(encoding="utf-8")
    assert f"\n{source_id}," not in (project_copy / "data" / "passages.csv").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("source_id", "message"),
    [
        ("999_nope", "raw/sources.yaml: no entry has source_id '999_nope'"),
        ("001_9ca7e5", "no entry has source_id '001_9ca7e5'"),
        ("001_9ca7e5f3fb13f6a7.txt", "no entry has source_id '001_9ca7e5f3fb13f6a7.txt'"),
        ("001_9ca7e5f3fb13f6a7", "tests/gold/001_9ca7e5f3fb13f6a7.yaml: gold annotations of 001_9ca7e5f3fb13f6a7"),
    ],
    ids=["unknown", "prefix-only", "file-name", "has-gold"],
)
def test_refused_removal_fails_with_a_clear_message_and_changes_nothing(runner, project_copy, source_id, message):
    before = snapshot(project_copy, "raw", "data", "tests", "datapackage.yaml")
    result = remove(runner, project_copy, source_id)
    assert result.exit_code == 1
    assert message in " ".join(output_of(result).split()), output_of(result)
    assert isinstance(result.exception, SystemExit)
    assert snapshot(project_copy, "raw", "data", "tests", "datapackage.yaml") == before


def test_the_last_article_is_not_removed(runner, project_copy):
    manifest = project_copy / "raw" / "sources.yaml"
    edit_yaml(manifest, lambda document: document.update(sources=document["sources"][:1]))
    (source_id,) = [e.source_id for e in read_manifest(Project(project_copy))]
    (project_copy / "tests" / "gold" / f"{source_id}.yaml").unlink()
    before = snapshot(project_copy, "raw")
    result = remove(runner, project_copy, source_id)
    assert result.exit_code == 1 and f"{source_id} is the only article" in output_of(result)
    assert snapshot(project_copy, "raw") == before
