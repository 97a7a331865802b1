"""The swap of a staged package into the project (package/publish.py): all of data/, datapackage.yaml and
README.md, or none of them, whichever move fails or is interrupted."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from jkec.package.publish import swap_in
from jkec.project import Project
from tests.support import snapshot

OUTPUTS = ("data", "datapackage.yaml", "README.md")


def lay_out(root: Path, version: str, readme: bool = True) -> None:
    (root / "data").mkdir(parents=True)
    (root / "data" / f"{version}.csv").write_text(f"{version}\n", encoding="utf-8")
    (root / "datapackage.yaml").write_text(f"version: {version}\n", encoding="utf-8")
    if readme:
        (root / "README.md").write_text(f"# {version}\n", encoding="utf-8")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    lay_out(tmp_path / "project", "old")
    lay_out(tmp_path / "project" / ".staging-x", "new")
    return Project(tmp_path / "project")


def test_swap_replaces_every_output_and_leaves_nothing_of_the_old(project):
    swap_in(project.root / ".staging-x", project)
    assert snapshot(project.root, *OUTPUTS) == {"data/new.csv": b"new\n", "datapackage.yaml": b"version: new\n",
                                                  "README.md": b"# new\n"}


def test_a_first_build_swaps_into_an_empty_project(tmp_path):
    lay_out(tmp_path / ".staging-x", "new", readme=False)
    swap_in(tmp_path / ".staging-x", Project(tmp_path))
    assert snapshot(tmp_path, *OUTPUTS) == {"data/new.csv": b"new\n", "datapackage.yaml": b"version: new\n"}


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
@pytest.mark.parametrize("move", range(6), ids=[f"{step}-{name}" for name in OUTPUTS for step in ("aside", "in")])
def test_a_move_that_fails_or_is_interrupted_leaves_every_output_as_it_was(project, monkeypatch, move, failure):
    """Moves alternate: set the old output aside, move the new one in; the failure strikes move number `move`."""
    before = snapshot(project.root, *OUTPUTS)
    real_replace, moves = os.replace, []

    def replace(source, target):
        moves.append((source, target))
        if len(moves) == move + 1:
            raise failure
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(type(failure)):
        swap_in(project.root / ".staging-x", project)
    monkeypatch.undo()
    assert snapshot(project.root, *OUTPUTS) == before
