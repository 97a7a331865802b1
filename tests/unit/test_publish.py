"""The swap of a staged package into the project (package/publish.py): data/ and every generated file, or none of
them, whichever move fails or is interrupted; and the checks before it, failing in the order of a build that ran
them in turn."""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace

import pytest
from jkec.errors import JkecError
from jkec.package import publish
from jkec.package.publish import check_and_render, swap_in
from jkec.project import Project

from tests.support import snapshot

FILES = ["datapackage.yaml", "README.md", "docs/codebook.md"]


def lay_out(root: Path, version: str, files: list[str] = FILES) -> None:
    (root / "data").mkdir(parents=True)
    (root / "data" / f"{version}.csv").write_text(f"{version}\n", encoding="utf-8")
    for name in files:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(f"{name} {version}\n", encoding="utf-8")


def everything(root: Path) -> dict[str, bytes]:
    """Every file of the project, and its folders (a folder the swap made must go when it is undone)."""
    folders = {path.relative_to(root).as_posix() + "/": b"" for path in root.rglob("*") if path.is_dir()
               and ".staging-x" not in path.parts}
    files = {name: data for name, data in snapshot(root, ".").items() if not name.startswith(".staging-x/")}
    return {**folders, **files}


@pytest.fixture
def project(tmp_path: Path) -> Project:
    lay_out(tmp_path / "project", "old", FILES[:2])
    lay_out(tmp_path / "project" / ".staging-x", "new")
    return Project(tmp_path / "project")


def test_swap_replaces_every_output_and_leaves_nothing_of_the_old(project):
    swap_in(project.root / ".staging-x", project, FILES)
    assert everything(project.root) == {"data/": b"", "docs/": b"", "data/new.csv": b"new\n",
                                        **{name: f"{name} new\n".encode() for name in FILES}}


def test_a_first_build_swaps_into_an_empty_project(tmp_path):
    lay_out(tmp_path / ".staging-x", "new")
    swap_in(tmp_path / ".staging-x", Project(tmp_path), FILES)
    assert snapshot(tmp_path, "data", *FILES) == {"data/new.csv": b"new\n",
                                                   **{name: f"{name} new\n".encode() for name in FILES}}


MOVES = [f"{step}-{name}" for name in ["data", *FILES] for step in ("aside", "in") if (step, name) != ("aside", FILES[2])]


@pytest.mark.parametrize("failure", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
@pytest.mark.parametrize("move", range(len(MOVES)), ids=MOVES)
def test_a_move_that_fails_or_is_interrupted_leaves_every_file_as_it_was(project, monkeypatch, move, failure):
    """Moves alternate: set the old file aside (when there is one), move the new one in; the failure strikes move
    number `move`. The project had no docs/ folder: one made for the new codebook goes again."""
    before = everything(project.root)
    real_replace, moves = os.replace, []

    def replace(source, target):
        moves.append((source, target))
        if len(moves) == move + 1:
            raise failure
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(type(failure)):
        swap_in(project.root / ".staging-x", project, FILES)
    monkeypatch.undo()
    assert everything(project.root) == before


def fail(message: str) -> Callable[..., None]:
    """A step that fails with `message`."""

    def failing(*args) -> None:
        raise RuntimeError(message)
    return failing


def test_failed_checks_come_before_a_failed_frictionless_validation(tmp_path):
    with pytest.raises(RuntimeError, match="checks"):  # the staging folder has no descriptor: Frictionless fails too
        check_and_render(tmp_path, SimpleNamespace(rows={}), fail("checks"))


def test_a_failed_frictionless_validation_comes_before_failed_documents(tmp_path, monkeypatch):
    monkeypatch.setattr(publish, "stage_documents", fail("documents"))
    with pytest.raises(JkecError, match="package descriptor not found"):
        check_and_render(tmp_path, SimpleNamespace(rows={}), lambda: None)
