"""The manifest raw/sources.yaml (sources/manifest.py) and decoding (sources/articles.py) on a tiny project."""

from __future__ import annotations

import hashlib

import pytest
import yaml

from jkec.errors import JkecError
from jkec.project import Project
from jkec.sources.articles import decode_article
from jkec.sources.manifest import load_manifest, read_manifest

TEXT = "Japan tightened export controls on South Korea.\n".encode()


def entry(source_id: str = "000_a", **changes) -> dict:
    return {
        "source_id": source_id, "path": f"{source_id}.txt", "sha256": hashlib.sha256(TEXT).hexdigest(),
        "title": "A title", "publisher": None, "published": "2019-07-01", "published_precision": "month",
        "published_basis": "stated", "url": None, "language": "en", **changes,
    }


@pytest.fixture
def project(tmp_path) -> Project:
    (tmp_path / "raw").mkdir()
    return Project(tmp_path)


def write(project: Project, *entries: dict, files: tuple[str, ...] | None = None) -> None:
    for name in files if files is not None else [e["path"] for e in entries]:
        (project.raw_dir / name).write_bytes(TEXT)
    project.manifest_path.write_text(yaml.safe_dump({"sources": list(entries)}), encoding="utf-8")


def test_valid_manifest_is_loaded_sorted_by_source_id(project):
    write(project, entry("001_b"), entry("000_a", published=None, published_precision=None))
    entries = load_manifest(project)
    assert [e.source_id for e in entries] == ["000_a", "001_b"]
    assert entries[0].published is None and entries[1].published.isoformat() == "2019-07-01"


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([entry(published_precision="weekly")], "entry 1 (000_a): published_precision must be one of"),
        ([entry(published_precision=None)], "published_precision must be one of"),
        ([entry(published="2019-02-30")], "'2019-02-30' is not a YYYY-MM-DD date"),
        ([entry(), entry(path="other.txt")], "source_id '000_a' appears twice"),
        ([entry(), entry("001_b", path="000_a.txt")], "path '000_a.txt' appears twice"),
        ([entry(title="")], "missing title"),
        ([entry(source_id="Bad ID")], "source_id 'Bad ID' must match"),
        ([entry(colour="red")], "unknown field(s) colour"),
    ],
    ids=["bad-precision", "date-without-precision", "impossible-date", "duplicate-source-id", "duplicate-path",
         "missing-title", "bad-source-id", "unknown-field"],
)
def test_malformed_entries_are_refused_with_the_entry_named(project, entries, message):
    write(project, *entries, files=())
    with pytest.raises(JkecError) as failure:
        read_manifest(project)
    assert message in str(failure.value)


def test_every_file_problem_is_listed_at_once(project):
    write(project, entry("000_a"), entry("001_b"), entry("002_c"), files=("000_a.txt", "002_c.txt", "stray.txt"))
    (project.raw_dir / "002_c.txt").write_bytes(TEXT + b"!")
    (project.raw_dir / ".hidden").write_bytes(b"ignored")
    with pytest.raises(JkecError) as failure:
        load_manifest(project)
    message = str(failure.value)
    assert "raw/001_b.txt: listed in raw/sources.yaml (source 001_b) but no such file" in message
    assert f"raw/002_c.txt: sha256 is {hashlib.sha256(TEXT + b'!').hexdigest()}" in message
    assert "raw/stray.txt: file has no entry in raw/sources.yaml" in message
    assert "000_a" not in message and ".hidden" not in message


def test_malformed_yaml_names_file_and_line(project):
    project.manifest_path.write_text("sources:\n  - source_id: a\n    title: [unclosed\n", encoding="utf-8")
    with pytest.raises(JkecError, match=r"sources\.yaml line \d+: malformed YAML"):
        read_manifest(project)


@pytest.mark.parametrize(
    ("data", "offset", "line"),
    [(b"abc\xffdef", 3, 1), (b"line one\nline two \xe2\x80\nx", 18, 2), ("caf\u00e9\n".encode("latin-1"), 3, 1)],
)
def test_undecodable_bytes_are_reported_with_offset_and_line(data, offset, line):
    with pytest.raises(JkecError) as failure:
        decode_article(data, "raw/x.txt")
    assert str(failure.value) == f"raw/x.txt: not UTF-8 text (invalid byte at offset {offset}, line {line})"


def test_decoding_keeps_every_code_point():
    assert decode_article("a\r\nb “c”\u2028".encode(), "x") == "a\r\nb “c”\u2028"
