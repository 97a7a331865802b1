"""`jkec diff`: record-level changes between two versions, from bundles, project folders or git refs."""

from __future__ import annotations

import csv
import json
import subprocess

from jkec.cli.app import app
from tests.support import edit_csv_cell, output_of


def changes(runner, old, new, *options) -> list[dict]:
    result = runner.invoke(app, ["diff", str(old), str(new), "--format", "json", *options])
    assert result.exit_code == 0, output_of(result)
    return json.loads(result.stdout)


def test_one_hand_changed_record_is_reported_alone_with_its_old_and_new_value(runner, built_root, built_copy, tables):
    old = edit_csv_cell(built_copy / "data" / "events.csv", 2, "status", "denied")
    assert old != "denied"
    event_id = tables["events"]["event_id"].iloc[1]
    expected = {"table": "events", "change": "changed", "key": event_id, "field": "status", "old": old, "new": "denied"}
    assert changes(runner, built_root, built_copy) == [expected]
    summary = output_of(runner.invoke(app, ["diff", str(built_root), str(built_copy)]))
    assert "events  0      0        1        status (1)" in summary


def test_added_and_removed_records_by_primary_key(runner, built_root, built_copy, tables):
    path = built_copy / "data" / "places.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    removed = rows.pop(1)
    rows.append(["Zzyzx", "USA"])
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)
    found = changes(runner, built_root, built_copy)
    assert [(c["change"], c["key"]) for c in found] == sorted([("removed", removed[0]), ("added", "Zzyzx")], key=lambda c: c[1])


def test_a_bundle_and_the_build_it_was_made_from_do_not_differ(runner, built_root, bundle):
    assert changes(runner, bundle.archive, built_root) == []
    assert "no differences" in output_of(runner.invoke(app, ["diff", str(bundle.folder), str(built_root)]))


def test_two_git_refs_of_a_project(runner, built_copy):
    git = ["git", "-C", str(built_copy), "-c", "user.name=test", "-c", "user.email=test@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "first"], check=True)
    old = edit_csv_cell(built_copy / "data" / "sources.csv", 1, "publisher", "Edited Press")
    subprocess.run([*git, "commit", "-q", "-am", "second"], check=True)
    found = changes(runner, "HEAD~1", "HEAD", "--root", str(built_copy))
    assert [(c["table"], c["field"], c["old"], c["new"]) for c in found] == [("sources", "publisher", old or None, "Edited Press")]


def test_unknown_version_is_a_clear_error(runner, built_root):
    result = runner.invoke(app, ["diff", "no-such-ref", str(built_root), "--root", str(built_root)])
    assert result.exit_code == 1 and "no-such-ref: neither a release bundle" in output_of(result)
