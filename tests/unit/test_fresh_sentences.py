"""Unit tests run on sentences written for them: no string of 40 characters or more in tests/unit/*.py occurs
verbatim in an article of raw/, so that a rule passes a test by holding on unseen text, not by remembering one."""

from __future__ import annotations

import ast

import pytest

from tests.support import PROJECT_ROOT

MIN_CHARACTERS = 40
TEST_FILES = sorted((PROJECT_ROOT / "tests" / "unit").glob("*.py"))


def string_literals(path) -> list[str]:
    """The string constants of a module (adjacent literals are one constant)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def fragments(literal: str) -> list[str]:
    """The literal and its lines and paragraphs, each as long as the minimum or longer."""
    parts = {literal, *literal.splitlines()}
    return sorted(part.strip() for part in parts if len(part.strip()) >= MIN_CHARACTERS)


@pytest.fixture(scope="module")
def articles() -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted((PROJECT_ROOT / "raw").glob("*.txt")))


@pytest.mark.parametrize("path", TEST_FILES, ids=[path.name for path in TEST_FILES])
def test_no_unit_test_sentence_is_copied_from_an_article(path, articles):
    copied = [part for literal in string_literals(path) for part in fragments(literal) if part in articles]
    assert copied == []
