"""The manifest raw/sources.yaml (sources/manifest.py) and decoding (sources/articles.py) on a tiny project."""

from __future__ import annotations

import hashlib

import pytest
import yaml
from jkec.errors import JkecError
from jkec.project import Project
from jkec.sources.articles import decode_article
from jkec.sources.manifest import load_manifest, read_manifest, remove_from_manifest

from tests.support import raw_folder_project

TEXT = "Japan tightened export controls on South Korea.\n".encode()


def entry(source_id: str = "000_a", **changes) -> dict:
    return {
        "source_id": source_id, "path": f"{source_id}.txt", "sha256": hashlib.sha256(TEXT).hexdigest(),
        "title": "A title", "publisher": None, "published": "2019-07-01", "published_precision": "month",
        "published_basis": "stated", "url": None, "language": "en", **changes,
    }


@pytest.fixture
def project(tmp_path) -> Project:
    return Project(raw_folder_project(tmp_path))


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
        ([entry(path=None)], "missing path"),
        ([entry(sha256="")], "missing sha256"),
        ([entry(path="../outside.txt")], "path '../outside.txt' must be the name of a file directly in raw/"),
        ([entry(path="/etc/passwd")], "path '/etc/passwd' must be the name of a file directly in raw/"),
        ([entry(path="..")], "path '..' must be the name of a file directly in raw/"),
        ([entry(path="sub/000_a.txt")], "path 'sub/000_a.txt' must be the name of a file directly in raw/"),
        ([entry(path="..\\outside.txt")], "must be the name of a file directly in raw/"),
    ],
    ids=["bad-precision", "date-without-precision", "impossible-date", "duplicate-source-id", "duplicate-path",
         "missing-title", "bad-source-id", "unknown-field", "missing-path", "missing-sha256", "path-up-and-out",
         "absolute-path", "parent-folder", "path-in-a-folder", "windows-path-up"],
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


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sources:\n  - source_id: a\n    title: [unclosed\n", r"sources\.yaml line 4: malformed YAML"),
        ("sources:\n  - source_id: a\n\tpath: a.txt\n", r"sources\.yaml line 3: malformed YAML"),
        ("sources:\n  - source_id: a\n    published: 2019-02-30\n",
         r"sources\.yaml line 3: malformed YAML \('2019-02-30' is not a real date \(day is out of range for month\)\)"),
        ("sources:\n  - source_id: a\n    published: 2019-13-01\n",
         r"line 3: malformed YAML \('2019-13-01' is not a real date"),
    ],
    ids=["unclosed-bracket", "tab-indent", "unquoted-impossible-day", "unquoted-impossible-month"],
)
def test_malformed_yaml_names_file_and_line(project, text, message):
    project.manifest_path.write_text(text, encoding="utf-8")
    with pytest.raises(JkecError, match=message):
        read_manifest(project)


def test_file_names_with_spaces_and_non_ascii_characters_are_read(project):
    names = ["Seoul talks 2019.txt", "Séoul – 서울 “talks”.txt"]
    write(project, *[entry(f"00{n}_a", path=name) for n, name in enumerate(names)])
    assert [e.path for e in load_manifest(project)] == names


def test_a_symbolic_link_is_refused_even_to_a_listed_article(project, tmp_path):
    outside = tmp_path / "outside.txt"
    outside.write_bytes(TEXT)
    write(project, entry("000_a"), entry("001_b"), entry("002_c"), files=("000_a.txt",))
    (project.raw_dir / "001_b.txt").symlink_to(outside)
    (project.raw_dir / "002_c.txt").symlink_to("000_a.txt")
    with pytest.raises(JkecError) as failure:
        load_manifest(project)
    assert f"raw/001_b.txt: a symbolic link (to {outside}); raw/ holds the articles themselves" in str(failure.value)
    assert "raw/002_c.txt: a symbolic link (to 000_a.txt)" in str(failure.value)


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


LAYOUT = """\
# Manifest header.
sources:
  # Seed articles, kept apart by a blank line.

  - source_id: 000_a   # inline comment of a
    path: 000_a.txt
    # a's own comment
    title: A
    published_basis: stated
    language: en
  # leading comment of b
  # (two lines)
  - source_id: 001_b
    path: 001_b.txt
    title: B
    published_basis: stated
    language: en

  - source_id: 002_c
    path: 002_c.txt
    title: C
    published_basis: stated
    language: en
    # trailing comment of c
"""
BLOCKS = {
    "000_a": LAYOUT[LAYOUT.index("  - source_id: 000_a") : LAYOUT.index("  # leading comment of b")],
    "001_b": LAYOUT[LAYOUT.index("  # leading comment of b") : LAYOUT.index("  - source_id: 002_c")],
    "002_c": LAYOUT[LAYOUT.index("  - source_id: 002_c") :],
}


@pytest.mark.parametrize("source_id", sorted(BLOCKS))
def test_removal_takes_an_entry_with_its_leading_comments_and_leaves_every_other_line(project, source_id):
    project.manifest_path.write_text(LAYOUT, encoding="utf-8")
    remove_from_manifest(project, source_id)
    assert project.manifest_path.read_text(encoding="utf-8") == LAYOUT.replace(BLOCKS[source_id], "")
    remaining = yaml.safe_load(project.manifest_path.read_text(encoding="utf-8"))["sources"]
    assert [entry["source_id"] for entry in remaining] == [s for s in sorted(BLOCKS) if s != source_id]


def test_removal_keeps_the_keys_after_the_list(project):
    project.manifest_path.write_text(LAYOUT + "# notes\nnotes: kept\n", encoding="utf-8")
    remove_from_manifest(project, "001_b")
    expected = LAYOUT.replace(BLOCKS["001_b"], "") + "# notes\nnotes: kept\n"
    assert project.manifest_path.read_text(encoding="utf-8") == expected


def test_removal_refuses_an_entry_layout_it_cannot_edit_as_lines(project):
    text = "sources: [{source_id: 000_a, path: 000_a.txt, title: A, published_basis: s, language: en}]\n"
    project.manifest_path.write_text(text, encoding="utf-8")
    with pytest.raises(JkecError, match="does not begin its line with '- '"):
        remove_from_manifest(project, "000_a")
    assert project.manifest_path.read_text(encoding="utf-8") == text
    assert sorted(path.name for path in project.raw_dir.iterdir()) == ["sources.yaml"]
