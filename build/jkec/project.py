"""Where each part of a project lives on disk."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from jkec.errors import JkecError

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser where PyYAML has it: same documents, faster


@dataclass(frozen=True)
class Project:
    """A dataset project folder: raw articles in, data package out."""

    root: Path

    @property
    def raw_dir(self) -> Path:
        return self.root / "raw"

    @property
    def manifest_path(self) -> Path:
        return self.raw_dir / "sources.yaml"

    @property
    def data_dir(self) -> Path:
        return self.root / "data"

    @property
    def schemas_dir(self) -> Path:
        return self.root / "schemas"

    @property
    def curated_dir(self) -> Path:
        return self.root / "curated"

    @property
    def release_path(self) -> Path:
        return self.root / "build" / "release.yaml"

    @property
    def releases_path(self) -> Path:
        return self.root / "build" / "releases.yaml"

    @property
    def descriptor_path(self) -> Path:
        return self.root / "datapackage.yaml"

    @property
    def readme_path(self) -> Path:
        return self.root / "README.md"

    def schema_path(self, table: str) -> Path:
        """schemas/<table>.yaml, or the .json a release bundle holds instead."""
        path = self.schemas_dir / f"{table}.yaml"
        bundled = path.with_suffix(".json")
        return bundled if bundled.is_file() and not path.is_file() else path

    def table_path(self, table: str) -> Path:
        return self.data_dir / f"{table}.csv"


def find_project(start: Path | None = None) -> Project:
    """The project containing `start` (default: the working directory), found by its build/release.yaml."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "build" / "release.yaml").is_file():
            return Project(folder)
    raise JkecError(f"no jkec project (a folder with build/release.yaml) at or above {here}")


class _Loader(SAFE_LOADER):  # type: ignore[misc, valid-type]
    """PyYAML's safe loader (libyaml's where PyYAML has it), but an impossible date (2019-02-30) is a YAML error with its line, not a crash."""

    def construct_yaml_timestamp(self, node: yaml.Node) -> dt.date:
        try:
            return super().construct_yaml_timestamp(node)
        except ValueError as exc:
            raise yaml.constructor.ConstructorError(None, None, f"{node.value!r} is not a real date ({exc})",
                                                    node.start_mark) from exc


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _Loader.construct_yaml_timestamp)


def read_yaml(path: Path) -> object:
    """Parse a YAML file, naming the file and line in the error when it is malformed."""
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    except FileNotFoundError as exc:
        raise JkecError(f"{path}: file not found") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise JkecError(f"{path}{where}: malformed YAML ({getattr(exc, 'problem', exc)})") from exc


def yaml_date(value: object, where: str) -> dt.date | None:
    """A date from a YAML value (parsed by YAML, or an ISO string), naming `where` when it is not one."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise JkecError(f"{where}: {value!r} is not a YYYY-MM-DD date") from exc
