"""Unit tests are written on fresh sentences: no sentence of 40 characters or more in a string literal of
tests/unit/*.py occurs verbatim in an article of raw/ (a rule tested on the articles' own words says nothing
about text nobody has read yet)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.support import PROJECT_ROOT, read_raw_texts

MIN_LENGTH = 40
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’]?\s+")


def _literals(path: Path) -> list[str]:
    return [node.value for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if isinstance(node, ast.Constant) and isinstance(node.value, str)]


def _sentences(literal: str) -> list[str]:
    return [s for s in (part.strip() for part in SENTENCE_END.split(literal)) if len(s) >= MIN_LENGTH]


def test_no_unit_test_sentence_is_copied_from_an_article():
    articles = read_raw_texts(PROJECT_ROOT).values()
    copied = sorted(
        f"{path.name}: {sentence!r}"
        for path in sorted((PROJECT_ROOT / "tests" / "unit").glob("*.py"))
        for literal in _literals(path)
        for sentence in _sentences(literal)
        if any(sentence in article for article in articles)
    )
    assert copied == []
