"""CITATION.cff is valid Citation File Format 1.2.0 for this version; .zenodo.json and the README's citation agree."""

from __future__ import annotations

import json

import jsonschema
import yaml

from jkec.documents.citation import citation_cff
from jkec.package.release import load_release
from jkec.project import Project
from tests.support import PROJECT_ROOT

RELEASE = load_release(Project(PROJECT_ROOT))
CFF_SCHEMA = json.loads((PROJECT_ROOT / "tests" / "vendor" / "cff-1.2.0.schema.json").read_text(encoding="utf-8"))


def cff_errors(text: str) -> list[str]:
    validator = jsonschema.Draft7Validator(CFF_SCHEMA, format_checker=jsonschema.Draft7Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, error.path))}: {error.message}" for error in validator.iter_errors(yaml.safe_load(text))]


def test_citation_cff_is_valid_cff_1_2_0_for_a_dataset_of_this_version():
    text = (PROJECT_ROOT / "CITATION.cff").read_text(encoding="utf-8")
    document = yaml.safe_load(text)
    assert cff_errors(text) == []
    assert text == citation_cff(RELEASE)
    assert (document["type"], document["version"], document["date-released"]) == ("dataset", RELEASE.version, str(RELEASE.metadata["released"]))
    assert document["authors"] and document["license"] == "CC-BY-4.0"


def test_the_cff_schema_rejects_what_it_should():
    document = yaml.safe_load(citation_cff(RELEASE))
    document["type"] = "database"
    del document["authors"]
    assert len(cff_errors(yaml.safe_dump(document))) == 2


def test_zenodo_metadata_is_a_dataset_of_this_version():
    document = json.loads((PROJECT_ROOT / ".zenodo.json").read_text(encoding="utf-8"))
    assert (document["upload_type"], document["version"], document["license"]) == ("dataset", RELEASE.version, "cc-by-4.0")
    assert document["creators"] and document["publication_date"] == str(RELEASE.metadata["released"])


def test_readme_shows_the_citation_of_the_current_version():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("<!-- generated:citation -->", 1)[1].split("<!-- /generated:citation -->", 1)[0]
    assert f"(Version {RELEASE.version})" in block and f"version = {{{RELEASE.version}}}" in block
