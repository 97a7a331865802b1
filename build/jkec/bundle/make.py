"""`jkec release`: one version of the published package as a folder and a zip in dist/. The core (everything but
the DuckDB database) is listed in SHA256SUMS and is byte-identical on a rebuild; the bundle is verified before it
replaces an older build of the same version."""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jkec.bundle.archive import write_zip
from jkec.bundle.checksums import write_sums
from jkec.bundle.database import write_database
from jkec.bundle.loadsql import load_sql
from jkec.bundle.parquet import write_parquet
from jkec.bundle.readme import bundle_readme
from jkec.bundle.verify import Verified, verify_folder
from jkec.curated import load_curated
from jkec.documents.generate import DocumentInputs, generate_documents
from jkec.errors import JkecError
from jkec.package.descriptor import build_descriptor
from jkec.package.release import Release, load_release
from jkec.pipeline import validate_package
from jkec.project import Project
from jkec.sources.articles import load_corpus
from jkec.tables.schema import TableSchema, load_schemas

DOCUMENTS = ("CITATION.cff", "CHANGELOG.md", "docs/codebook.md", "docs/datasheet.md", "docs/timeline.png", "docs/timeline.svg")


@dataclass(frozen=True)
class Bundle:
    folder: Path
    archive: Path
    database: Path
    verified: Verified


def bundle_name(release: Release, with_texts: bool) -> str:
    return f"{release.metadata['name']}-{release.version}" + ("-with-texts" if with_texts else "")


def database_name(release: Release) -> str:
    return f"{release.metadata['name']}.duckdb"


def _write(folder: Path, name: str, content: bytes | str) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return name


def _json(document: dict) -> str:
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def stage_core(folder: Path, project: Project, release: Release, schemas: dict[str, TableSchema], rows: dict[str, int],
               with_texts: bool) -> list[str]:
    """Write every checksummed file of the bundle into folder; return their names."""
    names = [_write(folder, f"data/{t}.csv", project.table_path(t).read_bytes()) for t in release.tables]
    names += [_write(folder, f"schemas/{t}.json", _json(schemas[t].descriptor)) for t in release.tables]
    corpus = load_corpus(project)
    descriptor = build_descriptor(release, schemas, corpus.built_entries, folder / "data")
    for resource in descriptor["resources"]:
        resource["schema"] = f"schemas/{resource['name']}.json"
    names.append(_write(folder, "datapackage.json", _json(descriptor)))
    names.append(_write(folder, "load.sql", load_sql(release, schemas, folder / "data")))
    names += [p.relative_to(folder).as_posix() for p in write_parquet(folder / "data", folder / "parquet", schemas)]
    documents = generate_documents(DocumentInputs(project, release, schemas, load_curated(project), folder / "data", rows))
    missing = [name for name in DOCUMENTS if name not in documents]
    missing += [name for name in release.license_files if not (project.root / name).is_file()]
    if missing:
        raise JkecError(f"{project.root}: cannot release without {', '.join(missing)}")
    names += [_write(folder, name, documents[name]) for name in DOCUMENTS]
    names += [_write(folder, name, (project.root / name).read_bytes()) for name in release.license_files]
    names.append(_write(folder, "README.md", bundle_readme(release, schemas, rows, database_name(release), with_texts)))
    if with_texts:
        names.append(_write(folder, "raw/sources.yaml", project.manifest_path.read_bytes()))
        names += [_write(folder, f"raw/{e.path}", (project.raw_dir / e.path).read_bytes()) for e in corpus.entries]
    return names


def make_bundle(project: Project, dist: Path, with_texts: bool = False) -> Bundle:
    """Validate data/, write and verify the bundle in a staging folder, then move folder and zip into dist/."""
    release = load_release(project)
    schemas = load_schemas(project, release.tables)
    rows = validate_package(project, with_frictionless=False)
    dist.mkdir(parents=True, exist_ok=True)
    name = bundle_name(release, with_texts)
    staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=dist))
    try:
        folder = staging / name
        core = stage_core(folder, project, release, schemas, rows, with_texts)
        write_sums(folder, core)
        database = write_database(folder, database_name(release), (folder / "load.sql").read_text(encoding="utf-8"))
        verified = verify_folder(folder)
        write_zip(folder, staging / f"{name}.zip", [*core, "SHA256SUMS"], release.moment())
        shutil.rmtree(dist / name, ignore_errors=True)
        (dist / f"{name}.zip").unlink(missing_ok=True)
        (staging / f"{name}.zip").rename(dist / f"{name}.zip")
        folder.rename(dist / name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return Bundle(dist / name, dist / f"{name}.zip", dist / name / database.name, verified)
