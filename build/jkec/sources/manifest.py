"""raw/sources.yaml: one entry per article, checked against the files in raw/."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path, PurePosixPath

import yaml

from jkec.errors import JkecError
from jkec.project import Project, read_yaml, yaml_date
from jkec.tables.schema import load_schema

SOURCE_ID = re.compile(r"^[0-9a-z][0-9a-z_]*$")
REQUIRED = ("source_id", "path", "sha256", "title", "published_basis", "language")
OPTIONAL = ("publisher", "published", "published_precision", "url")

@dataclass(frozen=True)
class SourceEntry:
    """Provenance of one raw article."""

    source_id: str
    path: str
    sha256: str
    title: str
    publisher: str | None
    published: dt.date | None
    published_precision: str | None
    published_basis: str
    url: str | None
    language: str

    def as_yaml(self) -> dict:
        entry = asdict(self)
        entry["published"] = self.published.isoformat() if self.published else None
        return entry


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def parse_entry(raw: object, where: str, precisions: tuple[str, ...]) -> SourceEntry:
    """One manifest entry, checked; `where` names it in errors, `precisions` are those a publication date may have
    (the sources schema's)."""
    if not isinstance(raw, dict):
        raise JkecError(f"{where}: an entry must be a mapping")
    missing = [key for key in REQUIRED if not raw.get(key)]
    if missing:
        raise JkecError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(raw) - set(REQUIRED) - set(OPTIONAL))
    if unknown:
        raise JkecError(f"{where}: unknown field(s) {', '.join(unknown)}")
    if not SOURCE_ID.match(str(raw["source_id"])):
        raise JkecError(f"{where}: source_id {raw['source_id']!r} must match {SOURCE_ID.pattern}")
    path = str(raw["path"])
    if PurePosixPath(path).name != path or path == ".." or "\\" in path:
        raise JkecError(f"{where}: path {path!r} must be the name of a file directly in raw/ (no folder, no '..', "
                        "not absolute)")
    published = yaml_date(raw.get("published"), f"{where}: published")
    precision = raw.get("published_precision")
    if (published is None) != (precision is None) or (precision is not None and precision not in precisions):
        raise JkecError(f"{where}: published_precision must be one of {precisions} exactly when published is set")
    return SourceEntry(
        source_id=str(raw["source_id"]),
        path=path,
        sha256=str(raw["sha256"]).lower(),
        title=str(raw["title"]),
        publisher=raw.get("publisher"),
        published=published,
        published_precision=precision,
        published_basis=str(raw["published_basis"]),
        url=raw.get("url"),
        language=str(raw["language"]),
    )


def read_manifest(project: Project) -> list[SourceEntry]:
    """Parse raw/sources.yaml into entries, without looking at the files."""
    document = read_yaml(project.manifest_path)
    if not isinstance(document, dict) or not isinstance(document.get("sources"), list):
        raise JkecError(f"{project.manifest_path}: expected a mapping with a list under 'sources'")
    precisions = load_schema(project, "sources").enum("published_precision")
    entries = [
        parse_entry(raw, f"{project.manifest_path}: entry {number} ({raw.get('source_id') if isinstance(raw, dict) else raw})",
                    precisions)
        for number, raw in enumerate(document["sources"], start=1)
    ]
    for key in ("source_id", "path"):
        seen: set[str] = set()
        for entry in entries:
            value = getattr(entry, key)
            if value in seen:
                raise JkecError(f"{project.manifest_path}: {key} {value!r} appears twice")
            seen.add(value)
    return entries


def verify_manifest(project: Project, entries: list[SourceEntry]) -> None:
    """Refuse a manifest whose files are missing, altered or unlisted; name every problem."""
    problems = []
    listed = {entry.path for entry in entries}
    for entry in entries:
        path = project.raw_dir / entry.path
        if path.is_symlink():
            problems.append(f"raw/{entry.path}: a symbolic link (to {os.readlink(path)}); raw/ holds the articles "
                            "themselves")
        elif not path.is_file():
            problems.append(f"raw/{entry.path}: listed in raw/sources.yaml (source {entry.source_id}) but no such file")
        elif (actual := file_sha256(path)) != entry.sha256:
            problems.append(f"raw/{entry.path}: sha256 is {actual}, raw/sources.yaml records {entry.sha256}")
    for path in sorted(project.raw_dir.iterdir()):
        if path.name != project.manifest_path.name and not path.name.startswith(".") and path.name not in listed:
            problems.append(f"raw/{path.name}: file has no entry in raw/sources.yaml")
    if problems:
        raise JkecError("the raw articles do not match their manifest:\n  " + "\n  ".join(problems))


def load_manifest(project: Project) -> list[SourceEntry]:
    """The verified manifest, sorted by source_id."""
    entries = read_manifest(project)
    verify_manifest(project, entries)
    return sorted(entries, key=lambda entry: entry.source_id)


def append_to_manifest(project: Project, entry: SourceEntry) -> None:
    """Append one entry to raw/sources.yaml as text, so that the comments and order of the others stay as they
    are; the result is read back before it replaces the file (atomically)."""
    existing = project.manifest_path.read_text(encoding="utf-8")
    item = yaml.safe_dump([entry.as_yaml()], sort_keys=False, allow_unicode=True, width=110)
    indented = "".join(f"  {line}" if line.strip() else line for line in item.splitlines(keepends=True))
    staging = project.manifest_path.with_suffix(".yaml.tmp")
    staging.write_text(existing + ("" if existing.endswith("\n") else "\n") + indented, encoding="utf-8")
    try:
        document = read_yaml(staging)
        if not isinstance(document, dict) or document.get("sources", [])[-1:] != [entry.as_yaml()]:
            raise JkecError(f"{project.manifest_path}: the new entry could not be appended to the list under 'sources'")
    except Exception:
        staging.unlink()
        raise
    staging.replace(project.manifest_path)


def _line_start(text: str, index: int) -> int:
    return text.rfind("\n", 0, index) + 1


def _entry_starts(text: str, items: list[yaml.Node], where: Path) -> list[int]:
    """Where each entry's text begins: at the comment lines directly above its `-`, at the same indentation (its
    leading comments), or else at the line of its `-`."""
    starts = []
    for item in items:
        start = _line_start(text, item.start_mark.index)
        dash = text[start : item.start_mark.index]
        if dash.strip() != "-":
            raise JkecError(f"{where}: an entry does not begin its line with '- ' (as jkec add writes it); edit by hand")
        while start and text[_line_start(text, start - 1) : start].startswith(dash[: dash.index("-")] + "#"):
            start = _line_start(text, start - 1)
        starts.append(start)
    return starts


def _entry_span(text: str, number: int, where: Path) -> tuple[int, int]:
    """Where entry `number` (0-based) of the list under 'sources' lies in the manifest's text: from its leading
    comments to the next entry's, or to the end of the list."""
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    items = next(value for key, value in root.value if key.value == "sources").value
    starts = _entry_starts(text, items, where)
    end = starts[number + 1] if number + 1 < len(items) else items[-1].end_mark.index
    if end != _line_start(text, end) and end != len(text):
        raise JkecError(f"{where}: the list under 'sources' does not end at a line end; edit the file by hand")
    return starts[number], end


def remove_from_manifest(project: Project, source_id: str) -> None:
    """Take the entry of `source_id` (one the manifest lists) out of raw/sources.yaml as text, so that every other
    entry keeps its comments and order; the result is read back before it replaces the file (atomically)."""
    existing = project.manifest_path.read_text(encoding="utf-8")
    document = yaml.safe_load(existing)
    number = [str(raw["source_id"]) for raw in document["sources"]].index(source_id)
    start, end = _entry_span(existing, number, project.manifest_path)
    del document["sources"][number]
    staging = project.manifest_path.with_suffix(".yaml.tmp")
    staging.write_text(existing[:start] + existing[end:], encoding="utf-8")
    try:
        if read_yaml(staging) != document:
            raise JkecError(f"{project.manifest_path}: the entry {source_id} could not be taken out of the list")
    except Exception:
        staging.unlink()
        raise
    staging.replace(project.manifest_path)
