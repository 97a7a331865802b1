"""build/release.yaml: the package's authored metadata and its list of tables."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass

from jkec.errors import JkecError
from jkec.project import Project, read_yaml

REQUIRED = ("name", "title", "description", "version", "released", "licenses", "contributors", "keywords", "tables")


def source_date_epoch() -> dt.datetime | None:
    """The moment SOURCE_DATE_EPOCH names (UTC), or None when it is not set."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    try:
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)
    except (ValueError, OverflowError, OSError) as exc:
        raise JkecError(f"SOURCE_DATE_EPOCH {epoch!r} is not a number of seconds since 1970-01-01 UTC") from exc


@dataclass(frozen=True)
class Release:
    metadata: dict

    @property
    def tables(self) -> list[str]:
        return [table["name"] for table in self.metadata["tables"]]

    def table_title(self, table: str) -> str:
        return next(t["title"] for t in self.metadata["tables"] if t["name"] == table)

    @property
    def gold(self) -> str | None:
        """Folder of the gold annotations, relative to the project root, if the release names one."""
        return self.metadata.get("gold")

    @property
    def license_files(self) -> dict[str, str]:
        """Licence text files at the project root (and in every bundle) → the SPDX id of their licence."""
        return dict(self.metadata.get("license_files") or {})

    @property
    def version(self) -> str:
        return str(self.metadata["version"])

    @property
    def released(self) -> dt.date:
        """The version's release date."""
        return dt.date.fromisoformat(str(self.metadata["released"]))

    def moment(self) -> dt.datetime:
        """The package's time stamp: SOURCE_DATE_EPOCH when set (reproducible builds), else the release date."""
        return source_date_epoch() or dt.datetime.combine(self.released, dt.time(), dt.timezone.utc)

    def created(self) -> str:
        return self.moment().strftime("%Y-%m-%dT%H:%M:%SZ")


def load_release(project: Project) -> Release:
    metadata = read_yaml(project.release_path)
    if not isinstance(metadata, dict):
        raise JkecError(f"{project.release_path}: expected a mapping")
    missing = [key for key in REQUIRED if key not in metadata]
    if missing:
        raise JkecError(f"{project.release_path}: missing {', '.join(missing)}")
    return Release(metadata)
