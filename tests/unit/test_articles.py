"""Raw files as articles (sources/articles.py): what is refused and why, naming the file and line; what is read
as it is (a byte order mark, CRLF line ends, names with spaces), with offsets exact against the file as stored."""

from __future__ import annotations

import gzip
import hashlib

import pytest
import yaml
from jkec.project import Project
from jkec.sources.articles import MAX_BYTES, Refused, article_text, read_articles, same_text
from jkec.sources.manifest import SourceEntry, read_manifest

from tests.support import PROJECT_ROOT, raw_folder_project

ARTICLE = (PROJECT_ROOT / "raw" / "001_9ca7e5f3fb13f6a7.txt").read_bytes()
HTML_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><title>Japan curbs exports</title></head>
<body><p>Japan tightened export controls on South Korea.</p></body></html>
"""


@pytest.mark.parametrize(
    ("data", "message"),
    [
        pytest.param(b"", "x.txt: the file has no text", id="empty"),
        pytest.param(b" \r\n\t\n", "x.txt: the file has no text", id="white-space-only"),
        pytest.param(b"\xef\xbb\xbf\n", "x.txt: the file has no text", id="byte-order-mark-only"),
        pytest.param("Seoul’s café\n".encode("cp1252"), "x.txt: not UTF-8 text (invalid byte at offset 5, line 1)",
                     id="not-utf8"),
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "x.txt: not UTF-8 text (invalid byte at offset 0, line 1)",
                     id="binary-png"),
        pytest.param(gzip.compress(b"Japan curbs exports", mtime=0), "x.txt: not UTF-8 text (invalid byte at offset 1",
                     id="binary-gzip"),
        pytest.param("Japan curbs exports".encode("utf-16"), "x.txt: not UTF-8 text (invalid byte at offset 0, line 1)",
                     id="utf-16-with-bom"),
        pytest.param("Japan curbs exports".encode("utf-16-le"), "x.txt: control character U+0000 at offset 1, line 1",
                     id="utf-16-without-bom"),
        pytest.param(b"Japan curbs exports\nto Seoul\x00 today\n",
                     "x.txt: control character U+0000 at offset 28, line 2", id="nul"),
        pytest.param(b"Japan\r\ncurbs\texports\n\x1b[1mSeoul\n", "x.txt: control character U+001B at offset 21, line 3",
                     id="escape"),
        pytest.param(b"Japan\x7f curbs\n", "x.txt: control character U+007F at offset 5, line 1", id="delete"),
        pytest.param("Japan’s curbs\n\u0085Seoul\n".encode(), "x.txt: control character U+0085 at offset 14, line 2",
                     id="c1-control"),
        pytest.param(HTML_PAGE, "x.txt: an HTML page, not an article's text (tag '<!DOCTYPE html>' on line 1)",
                     id="html-page"),
        pytest.param(b"Japan curbs exports.<br>\nSeoul protests.\n", "(tag '<br>' on line 1)", id="html-fragment"),
        pytest.param(b"Japan curbs exports. " * 2_500_000, f"x.txt: 52,500,000 bytes, more than the {MAX_BYTES:,}",
                     id="50-megabytes"),
    ],
)
def test_a_file_that_is_not_an_article_is_refused_naming_file_and_line(data, message):
    with pytest.raises(Refused) as refused:
        article_text(data, "raw/x.txt")
    assert message in str(refused.value)


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(ARTICLE, id="plain"),
        pytest.param(b"\xef\xbb\xbf" + ARTICLE, id="byte-order-mark"),
        pytest.param(ARTICLE.replace(b"\n", b"\r\n"), id="crlf"),
        pytest.param(ARTICLE.replace(b"\n", b"\r"), id="cr"),
        pytest.param("Japan 🇯🇵 and Korea 🇰🇷: “a trade war” — عربي\u2028עברית\t\n".encode(), id="emoji-rtl-tab"),
        pytest.param(b"Tokyo <3 Seoul; 2 < 3 and a <b> tag-like word\n", id="angle-brackets"),
        pytest.param(b"x" * MAX_BYTES, id="exactly-the-size-limit"),
    ],
)
def test_an_article_is_read_with_every_code_point_kept(data):
    assert article_text(data, "raw/x.txt") == data.decode("utf-8")


def test_copies_of_one_article_share_their_text_line_ends_bom_and_edge_space_aside():
    text = ARTICLE.decode()
    variants = [text, "\ufeff" + text, text.replace("\n", "\r\n"), f"\n  {text}\n\n"]
    assert len({same_text(variant) for variant in variants}) == 1
    assert same_text(text.replace("Japan", "Japan ", 1)) != same_text(text)


def write_project(root, files: dict[str, bytes]) -> tuple[Project, list[SourceEntry]]:
    raw_folder_project(root)
    entries = []
    for number, (name, data) in enumerate(files.items()):
        (root / "raw" / name).write_bytes(data)
        entries.append({"source_id": f"{number:03d}_x", "path": name, "sha256": hashlib.sha256(data).hexdigest(),
                        "title": "T", "published_basis": "stated", "language": "en"})
    manifest = yaml.safe_dump({"sources": entries}, allow_unicode=True)
    (root / "raw" / "sources.yaml").write_text(manifest, encoding="utf-8")
    project = Project(root)
    return project, read_manifest(project)


def test_every_entry_is_read_or_refused_with_its_reason_and_a_repeated_text_is_refused(tmp_path):
    project, entries = write_project(tmp_path, {
        "first article.txt": ARTICLE,
        "Séoul – 서울.txt": b"\xef\xbb\xbf" + ARTICLE.replace(b"\n", b"\r\n"),
        "nul.txt": b"Japan\x00\n",
        "other.txt": ARTICLE.replace(b"Japan", b"Tokyo"),
    })
    articles, refused = read_articles(project, entries)
    assert [article.source_id for article in articles] == ["000_x", "003_x"]
    assert [(refusal.source_id, refusal.reason) for refusal in refused] == [
        ("001_x", "raw/Séoul – 서울.txt: the same text as raw/first article.txt (000_x), line ends, byte order mark "
                  "and surrounding white space aside"),
        ("002_x", "raw/nul.txt: control character U+0000 at offset 5, line 1 (only tab, line feed and carriage "
                  "return are allowed)"),
    ]


def findings(rows: list[dict]) -> list[dict]:
    """Rows without their offsets and the quote ids made from them."""
    return [{key: value for key, value in row.items() if "char_" not in key and key != "quote_id"} for row in rows]


@pytest.mark.parametrize(
    "transform",
    [lambda text: "\ufeff" + text, lambda text: text.replace("\n", "\r\n")],
    ids=["byte-order-mark", "crlf"],
)
def test_a_bom_or_crlf_changes_offsets_only_and_every_offset_is_exact_against_the_stored_text(extract, transform):
    """The findings are those of the plain text; offsets count the BOM and the CRs, as the file stores them."""
    plain, stored = ARTICLE.decode(), transform(ARTICLE.decode())
    expected, found = extract(plain), extract(stored)
    assert {table: findings(rows) for table, rows in found.items()} == {
        table: findings(rows) for table, rows in expected.items()}
    assert found["quotes"] and found["actor_mentions"] and found["event_mention_candidates"]
    for table in ("actor_mentions", "quotes"):
        assert all(stored[row["char_start"] : row["char_end"]] == row["text"] for row in found[table]), table
