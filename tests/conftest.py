"""Fixtures: one session-wide build of a copy of the project and one release bundle of it, fresh copies for tests
that change a project, and the curated knowledge and extractor for unit tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from jkec.bundle.make import Bundle, make_bundle
from jkec.curated import Curated, load_curated
from jkec.extract.article import Extractor, Rows
from jkec.pipeline import build
from jkec.project import Project
from jkec.sources.articles import Article
from tests.support import PROJECT_ROOT, copy_project, read_csv_tables, read_raw_texts, schema_documents


@pytest.fixture(scope="session")
def built_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the project, built once for the whole session. Read it; never change it."""
    root = copy_project(PROJECT_ROOT, tmp_path_factory.mktemp("built"))
    build(Project(root))
    return root


@pytest.fixture(scope="session")
def bundle(built_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    """The release bundle of the session's build, written outside it, once. Read it; never change it."""
    return make_bundle(Project(built_root), tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="session")
def tables(built_root: Path) -> dict[str, pd.DataFrame]:
    return read_csv_tables(built_root)


@pytest.fixture(scope="session")
def raw_texts(built_root: Path) -> dict[str, str]:
    return read_raw_texts(built_root)


@pytest.fixture(scope="session")
def schema_docs() -> dict[str, dict]:
    return schema_documents(PROJECT_ROOT)


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A fresh copy of the project as committed (inputs plus the published package), for tests that change it."""
    return copy_project(PROJECT_ROOT, tmp_path / "project")


@pytest.fixture
def built_copy(built_root: Path, tmp_path: Path) -> Path:
    """A fresh copy of the session's built project, for tests that corrupt a published package."""
    return copy_project(built_root, tmp_path / "built")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def curated() -> Curated:
    return load_curated(Project(PROJECT_ROOT))


@pytest.fixture(scope="session")
def extractor(curated: Curated) -> Extractor:
    return Extractor(curated)


@pytest.fixture(scope="session")
def extract(extractor: Extractor):
    """Run the per-article extraction on a hand-written text."""

    def run(text: str, title: str = "Untitled", published: dt.date | None = dt.date(2019, 11, 29),
            precision: str | None = "day") -> Rows:
        return extractor.extract(Article("900_handwritten", title, text, published, precision))

    return run
