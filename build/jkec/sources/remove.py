"""Shrink the corpus: take an article out of raw/ and out of the manifest."""

from __future__ import annotations

from jkec.errors import JkecError
from jkec.package.release import load_release
from jkec.project import Project
from jkec.sources.manifest import SourceEntry, read_manifest, remove_from_manifest


def remove_article(project: Project, source_id: str) -> SourceEntry:
    """Delete an article's file from raw/ and its entry from raw/sources.yaml; return the entry. Refused while a gold
    file annotates the article (the evaluation would find gold for an article not in the corpus)."""
    entries = read_manifest(project)
    entry = next((entry for entry in entries if entry.source_id == source_id), None)
    if entry is None:
        raise JkecError(f"{project.manifest_path}: no entry has source_id {source_id!r}")
    gold = load_release(project).gold
    if gold and (gold_file := project.root / gold / f"{source_id}.yaml").is_file():
        raise JkecError(f"{gold_file}: gold annotations of {source_id}; remove that file first (the evaluation would "
                        "find gold for an article not in the corpus)")
    if len(entries) == 1:
        raise JkecError(f"{project.manifest_path}: {source_id} is the only article; a corpus cannot be empty")
    target = project.raw_dir / entry.path
    parked = target.with_suffix(".txt.removed")
    if target.is_file():
        target.replace(parked)
    try:
        remove_from_manifest(project, source_id)
    except Exception:
        if parked.is_file():
            parked.replace(target)
        raise
    parked.unlink(missing_ok=True)
    return entry
