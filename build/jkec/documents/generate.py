"""Every generated document by its path in the project: the one list that `jkec build` writes and that
`jkec release` ships."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jkec.curated import Curated
from jkec.documents.changelog import render_changelog
from jkec.documents.citation import citation_cff, zenodo_json
from jkec.documents.codebook import render_codebook
from jkec.documents.datasheet import render_datasheet
from jkec.documents.readme import render_readme
from jkec.package.release import Release
from jkec.package.versions import read_releases
from jkec.project import Project
from jkec.tables.schema import TableSchema


@dataclass(frozen=True)
class DocumentInputs:
    """What the documents are made from: the project's metadata and curated codebooks, and the package's tables."""

    project: Project
    release: Release
    schemas: dict[str, TableSchema]
    curated: Curated
    data_dir: Path
    rows: dict[str, int]


def generate_documents(inputs: DocumentInputs) -> dict[str, bytes]:
    """Path relative to the project root → content, for every generated document."""
    from jkec.documents.timeline import render_timeline  # matplotlib: imported here, not on the way to extraction

    documents = {
        "docs/codebook.md": render_codebook(inputs.release, inputs.schemas, inputs.rows, inputs.curated),
        "CITATION.cff": citation_cff(inputs.release),
        ".zenodo.json": zenodo_json(inputs.release),
        "CHANGELOG.md": render_changelog(inputs.release, read_releases(inputs.project)),
    }
    title = f"{inputs.release.metadata['title']} {inputs.release.version}: dated events and trade measures"
    png, svg = render_timeline(inputs.schemas, inputs.data_dir, title)
    datasheet = inputs.project.root / "docs" / "datasheet.md"
    if datasheet.is_file():
        documents["docs/datasheet.md"] = render_datasheet(datasheet, inputs.release, inputs.schemas, inputs.rows, inputs.data_dir)
    if inputs.project.readme_path.is_file():
        documents["README.md"] = render_readme(
            inputs.project.readme_path, inputs.release, inputs.schemas, inputs.rows, inputs.data_dir
        )
    return {**{path: content.encode("utf-8") for path, content in documents.items()},
            "docs/timeline.png": png, "docs/timeline.svg": svg}
