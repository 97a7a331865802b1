"""CHANGELOG.md: every version, newest first, with what changed in words and the records added, removed and
changed per table since the version before; from build/release.yaml (the version being made) and
build/releases.yaml (the released ones)."""

from __future__ import annotations

from jkec.documents.markdown import markdown_table, one_line
from jkec.package.release import Release
from jkec.package.versions import Released

INTRODUCTION = """\
# Changelog

Every version of the dataset, newest first: what changed, in words, and the records added, removed and changed in
each table since the version before, by primary key (`jkec diff` lists them one by one). Versions follow the policy
in README.md ("Versions"). Generated from build/release.yaml and build/releases.yaml: do not edit."""


def changes_table(changes: list[dict]) -> str:
    if not changes:
        return "No table changed."
    return markdown_table(
        ["table", "added", "removed", "changed", "changed fields", "columns added", "columns removed"],
        [
            (f"`{c['table']}`", c["added"], c["removed"], c["changed"],
             ", ".join(f"{name} ({count})" for name, count in c["fields"].items()),
             ", ".join(c["columns_added"]), ", ".join(c["columns_removed"]))
            for c in changes
        ],
    )


def _entry(released: Released) -> str:
    since = f"Since {released.previous}:" if released.previous else "First release; every record is new:"
    return f"## {released.version} ({released.released})\n\n{one_line(released.summary)}\n\n{since}\n\n{changes_table(released.changes)}"


def render_changelog(release: Release, releases: list[Released]) -> str:
    entries = [_entry(released) for released in releases]
    if not releases or releases[0].version != release.version:
        entries.insert(0, f"## {release.version} (not released yet)\n\n{one_line(release.metadata.get('changes') or '')}\n\n"
                          "The records added, removed and changed are listed here once `jkec release` releases it.")
    return INTRODUCTION + "\n\n" + "\n\n".join(entries) + "\n"
