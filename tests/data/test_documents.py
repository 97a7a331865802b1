"""The generated documents of the built package: the codebook covers every table, column and coded value; the
timeline figure is drawn in PNG and SVG, the same bytes every time."""

from __future__ import annotations

import pytest
import yaml

from jkec.documents.timeline import render_timeline
from jkec.package.release import load_release
from jkec.project import Project
from jkec.tables.schema import load_schemas
from tests.support import PROJECT_ROOT, schema_documents

DOCUMENTS = schema_documents(PROJECT_ROOT)


@pytest.fixture(scope="module")
def codebook(built_root) -> str:
    return (built_root / "docs" / "codebook.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("table", sorted(DOCUMENTS))
def test_codebook_describes_every_column_and_every_value(codebook, table):
    section = codebook.split(f"## `{table}`: ", 1)[1].split("\n## ", 1)[0]
    for field in DOCUMENTS[table]["fields"]:
        assert f"| `{field['name']}` | {field['type']} |" in section
        assert " ".join(field["description"].split()) in section
        for category in field.get("categories", []):
            assert f"| `{category['value']}` | {category['label']} |" in section


def test_codebook_gives_every_event_type_its_definition_and_examples(codebook):
    event_types = yaml.safe_load((PROJECT_ROOT / "curated" / "event_types.yaml").read_text(encoding="utf-8"))["event_types"]
    for event_type in event_types:
        assert f"### {event_type['label']} (`{event_type['code']}`)" in codebook
        assert " ".join(event_type["definition"].split()) in codebook
        assert all(f"“{example}”" in codebook for example in event_type.get("examples") or [])


def test_timeline_is_drawn_by_the_build_in_png_and_svg_and_redrawn_byte_for_byte(built_root):
    png, svg = (built_root / "docs" / "timeline.png").read_bytes(), (built_root / "docs" / "timeline.svg").read_bytes()
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and b"<svg" in svg
    assert b"<dc:date>" not in svg and b"Software" not in png
    release = load_release(Project(built_root))
    schemas = load_schemas(Project(built_root), release.tables)
    title = f"{release.metadata['title']} {release.version}: dated events and trade measures"
    assert render_timeline(schemas, built_root / "data", title) == (png, svg)


def test_readme_embeds_the_timeline():
    assert "](docs/timeline.svg)" in (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")


def test_datasheet_gives_the_figures_of_the_build_with_test_accuracy_first(built_root, tables):
    datasheet = (built_root / "docs" / "datasheet.md").read_text(encoding="utf-8")
    for section in ("Motivation", "Composition", "Collection process", "Preprocessing", "Uses", "Distribution", "Maintenance"):
        assert f"\n## {section}" in datasheet
    assert f"<!-- generated:version -->\nVersion {load_release(Project(built_root)).version}, released" in datasheet
    for table, frame in tables.items():
        assert f"| `{table}` | {len(frame)} |" in datasheet
    assert f"| articles | {len(tables['sources'])} |" in datasheet
    accuracy = datasheet.split("<!-- generated:accuracy -->", 1)[1].split("<!-- /generated:accuracy -->", 1)[0]
    header = accuracy.strip().splitlines()[0]
    assert header.index("test_precision") < header.index("dev_precision")
    criteria = tables["evaluation"].query("split != 'all'")[["table_name", "field", "rule"]].drop_duplicates()
    assert len(accuracy.strip().splitlines()) == 2 + len(criteria)
