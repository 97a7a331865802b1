"""The licence files, the package descriptor, pyproject.toml and the README say the same."""

from __future__ import annotations

import tomllib

import yaml

from tests.support import PROJECT_ROOT

FIRST_LINES = {"CC-BY-4.0": "Creative Commons Attribution 4.0 International", "MIT": "MIT License"}
RELEASE = yaml.safe_load((PROJECT_ROOT / "build" / "release.yaml").read_text(encoding="utf-8"))


def test_every_licence_file_holds_the_text_of_its_licence():
    assert RELEASE["license_files"]
    for name, spdx in RELEASE["license_files"].items():
        assert (PROJECT_ROOT / name).read_text(encoding="utf-8").splitlines()[0] == FIRST_LINES[spdx], name


def test_the_dataset_licences_of_the_descriptor_have_their_text_and_the_code_licence_is_pyprojects():
    descriptor = yaml.safe_load((PROJECT_ROOT / "datapackage.yaml").read_text(encoding="utf-8"))
    pyproject = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    shipped = set(RELEASE["license_files"].values())
    assert descriptor["licenses"] == RELEASE["licenses"]
    assert {licence["name"] for licence in descriptor["licenses"]} | {pyproject["project"]["license"]} == shipped


def test_readme_names_each_licence_with_its_file():
    licence_section = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8").split("## Licence", 1)[1]
    for name, spdx in RELEASE["license_files"].items():
        assert spdx in licence_section and f"`{name}`" in licence_section
