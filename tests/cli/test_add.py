"""`jkec add`: a new article enters raw/ and the manifest, and the next build extracts it without changing the
ids of what was there; refused articles change nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pandas as pd
import pytest
import yaml

from jkec.cli.app import app
from jkec.project import Project
from jkec.sources.manifest import read_manifest
from jkec.extract.temporal import period_end
from tests.support import PROJECT_ROOT, copy_project, output_of, read_csv_tables, snapshot

ARTICLE = """Japan and South Korea resume export control talks

Trade minister Hiroshi Kajiyama met South Korean officials in Vienna to discuss the export controls.
“We will keep talking,” Kajiyama told reporters.
Japan tightened export controls on South Korea in July 2019.
A month later Japan removed South Korea from its white list of trusted trading partners.
South Korean Trade Minister Park Min-jun said the export controls should end.
“We want the white list restored,” Park told reporters.
"""
TITLE = "Japan and South Korea resume export control talks"
TOMORROW = (dt.date.today() + dt.timedelta(days=1)).isoformat()


def add(runner, root: Path, path: Path, *options: str):
    return runner.invoke(app, ["add", str(path), "--title", TITLE, "--published", "2019-12-04", *options, "--root", str(root)])


@pytest.fixture(scope="module")
def grown(tmp_path_factory):
    """A project copy with the article added and built: (root, article file, output of add)."""
    from typer.testing import CliRunner

    runner = CliRunner()
    root = copy_project(PROJECT_ROOT, tmp_path_factory.mktemp("grown"))
    article = tmp_path_factory.mktemp("incoming") / "talks.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    added = add(runner, root, article, "--publisher", "Kyodo")
    assert added.exit_code == 0, output_of(added)
    built = runner.invoke(app, ["build", "--root", str(root)])
    assert built.exit_code == 0, output_of(built)
    return root, article, output_of(added)


@pytest.fixture(scope="module")
def new_entry(grown):
    root, article, _ = grown
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    return next(e for e in read_manifest(Project(root)) if e.sha256 == digest)


@pytest.fixture(scope="module")
def grown_tables(grown):
    return read_csv_tables(grown[0])


def test_manifest_gains_one_entry_with_the_file_hash(grown, new_entry):
    root, article, message = grown
    before = read_manifest(Project(PROJECT_ROOT))
    after = read_manifest(Project(root))
    assert len(after) == len(before) + 1
    assert [e for e in after if e.source_id != new_entry.source_id] == before
    digest = hashlib.sha256(article.read_bytes()).hexdigest()
    assert new_entry.source_id == f"{len(before):03d}_{digest[:16]}"
    assert (new_entry.path, new_entry.title, new_entry.publisher) == (f"{new_entry.source_id}.txt", TITLE, "Kyodo")
    assert (new_entry.published.isoformat(), new_entry.published_precision) == ("2019-12-04", "day")
    assert (root / "raw" / new_entry.path).read_bytes() == article.read_bytes()
    assert new_entry.source_id in message


@pytest.mark.parametrize("table", ["sources", "passages", "actor_mentions", "quotes", "event_mentions"])
def test_new_article_reaches_every_extracted_table(grown_tables, new_entry, table):
    assert new_entry.source_id in set(grown_tables[table]["source_id"])


def test_new_article_quote_is_attributed_to_kajiyama(grown_tables, new_entry):
    quotes = grown_tables["quotes"]
    quote = quotes[(quotes["source_id"] == new_entry.source_id) & (quotes["text"] == "We will keep talking")].iloc[0]
    assert (quote["kind"], quote["speaker_actor_id"], quote["speaker_mention"]) == ("direct", "kajiyama_hiroshi", "Kajiyama")


def test_new_article_event_is_dated_and_joins_the_same_event_of_the_other_articles(grown_tables, new_entry):
    mentions = grown_tables["event_mentions"].merge(grown_tables["events"], on="event_id", suffixes=("", "_event"))
    mine = mentions[(mentions["source_id"] == new_entry.source_id) & (mentions["event_type"] == "impose_export_control")]
    assert set(zip(mine["date_text"], mine["date"], mine["date_precision"])) == {("July 2019", "2019-07-01", "month")}
    countries = grown_tables["actors"].set_index("actor_id")["country"]
    assert {(countries[a], t) for a, t in zip(mine["actor_id"], mine["target_actor_id"])} == {("JPN", "kor")}
    (event_id,) = set(mine["event_id"])
    others = mentions[(mentions["event_id"] == event_id) & (mentions["source_id"] != new_entry.source_id)]
    assert not others.empty


def test_new_titled_speaker_enters_actors_uncurated_with_their_quotations(grown_tables, new_entry):
    actors = grown_tables["actors"].set_index("actor_id")
    park = actors.loc["cand_park_min_jun"]
    assert (park["name"], park["actor_type"], park["country"], park["title"], park["curated"]) == (
        "Park Min-jun", "person", "KOR", "South Korean Trade Minister", "false")
    quotes = grown_tables["quotes"]
    mine = quotes[(quotes["source_id"] == new_entry.source_id) & (quotes["speaker_actor_id"] == "cand_park_min_jun")]
    assert set(zip(mine["text"], mine["kind"], mine["speaker_mention"])) == {
        ("We want the white list restored", "direct", "Park"),
        ("the export controls should end", "indirect", "Park Min-jun"),
    }
    aliases = grown_tables["actor_aliases"]
    assert set(zip(*aliases[aliases["actor_id"] == "cand_park_min_jun"][["alias", "alias_kind"]].T.values)) == {
        ("Park Min-jun", "name"), ("Park", "surname")}


KEYS = {"quotes": ["quote_id"], "passages": ["source_id", "passage_no"], "actor_mentions": ["source_id", "char_start", "char_end"]}


@pytest.mark.parametrize("table", sorted(KEYS))
def test_existing_records_keep_their_keys_and_values(tables, grown_tables, new_entry, table):
    old = tables[table]
    kept = grown_tables[table][grown_tables[table]["source_id"] != new_entry.source_id]
    pd.testing.assert_frame_equal(kept.reset_index(drop=True), old.reset_index(drop=True))


def within(date: str, precision: str, outer_date: str, outer_precision: str) -> bool:
    """Whether the period of (date, precision) lies inside the period of (outer_date, outer_precision)."""
    start, outer = dt.date.fromisoformat(date), dt.date.fromisoformat(outer_date)
    return outer <= start and period_end(start, precision) <= period_end(outer, outer_precision)


def typed_mentions(tables: dict) -> pd.DataFrame:
    events = tables["events"][["event_id", "event_type"]]
    return tables["event_mentions"][["source_id", "char_start", "trigger_char_start", "event_id"]].merge(events, on="event_id")


def test_adding_an_article_keeps_every_mention_in_its_event(tables, grown_tables, new_entry):
    """The merge is monotone: no earlier mention leaves its event, so no event splits or changes its id."""
    key = ["source_id", "char_start", "trigger_char_start", "event_type", "event_id"]
    after = set(map(tuple, typed_mentions(grown_tables)[key].values))
    assert [row for row in map(tuple, typed_mentions(tables)[key].values) if row not in after] == []


def test_adding_an_article_changes_no_event_but_by_narrowing_its_date(tables, grown_tables, new_entry):
    """Every earlier event keeps its type, status, actor and target; its date stays within its earlier period."""
    fields = ["event_type", "status", "actor_id", "target_actor_id"]
    paired = tables["events"].merge(grown_tables["events"], on="event_id", how="left", suffixes=("", "_after"))
    for field in fields:
        assert (paired[field].fillna("") == paired[f"{field}_after"].fillna("")).all(), field
    dated = paired[paired["date"].notna()]
    assert dated["date_after"].notna().all()
    assert all(within(*row) for row in zip(dated["date_after"], dated["date_precision_after"], dated["date"],
                                            dated["date_precision"]))


def test_the_new_article_joins_the_july_tightening_and_the_august_removal(grown_tables, new_entry):
    mentions = typed_mentions(grown_tables)
    mine = mentions[mentions["source_id"] == new_entry.source_id]
    for event_type in ("impose_export_control", "remove_from_preferential_list"):
        (event_id,) = set(mine.loc[mine["event_type"] == event_type, "event_id"])
        assert (mentions["event_id"] == event_id).sum() > 1, event_type


def test_events_of_types_the_new_article_does_not_mention_keep_their_ids(tables, grown_tables, new_entry):
    mentions = grown_tables["event_mentions"].merge(grown_tables["events"][["event_id", "event_type"]], on="event_id")
    touched = set(mentions.loc[mentions["source_id"] == new_entry.source_id, "event_type"])
    untouched = tables["events"][~tables["events"]["event_type"].isin(touched)]
    assert len(untouched) > 0
    assert set(untouched["event_id"]) <= set(grown_tables["events"]["event_id"])


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as handle:
        handle.truncate(size)
    return path


@pytest.mark.parametrize(
    ("make_file", "options", "message"),
    [
        pytest.param(lambda d: write(d / "article.pdf", ARTICLE.encode()), [], "only UTF-8 .txt files can be added (got .pdf)",
                     id="pdf"),
        pytest.param(lambda d: write(d / "article.docx", ARTICLE.encode()), [], "(got .docx)", id="docx"),
        pytest.param(lambda d: d / "missing.txt", [], "missing.txt: file not found", id="missing-file"),
        pytest.param(lambda d: write(d / "latin1.txt", "Japan’s export curbs on Seoul\ncafé".encode("cp1252")), [],
                     "latin1.txt: not UTF-8 text (invalid byte at offset 5, line 1)", id="not-utf8"),
        pytest.param(lambda d: write(d / "blank.txt", b" \n\n"), [], "blank.txt: the file has no text", id="blank"),
        pytest.param(lambda d: write(d / "again.txt", next((PROJECT_ROOT / "raw").glob("001_*.txt")).read_bytes()), [],
                     "already in the corpus as 001_9ca7e5f3fb13f6a7", id="already-added"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", "2019-02-30"],
                     "--published '2019-02-30' is not a YYYY-MM-DD date", id="impossible-date"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", "July 2019"],
                     "--published 'July 2019' is not a YYYY-MM-DD date", id="not-iso-date"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--precision", "week"],
                     "--precision must be one of day, month, year", id="bad-precision"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", "2019-12-18", "--precision", "month"],
                     "has a day that --precision month would drop", id="precision-drops-day"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", "2019-12-01", "--precision", "year"],
                     "has a month or day that --precision year would drop", id="precision-drops-month"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--sha256", "0" * 64],
                     "not the expected " + "0" * 64, id="sha256-differs"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", TOMORROW],
                     f"--published {TOMORROW} is after today", id="published-tomorrow"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()),
                     ["--published", "2035-01-01", "--precision", "year"],
                     "--published 2035-01-01 is after today", id="published-in-a-future-year"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--published", "2017-06-01"],
                     "the build would refuse the new entry", id="published-before-the-window"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--language", "eng"],
                     "--language 'eng' is not a two-letter lowercase ISO 639-1 code", id="three-letter-language"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--language", "EN"],
                     "--language 'EN' is not a two-letter lowercase ISO 639-1 code", id="uppercase-language"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--language", "xx"],
                     "--language 'xx' is not a two-letter lowercase ISO 639-1 code", id="unassigned-language"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--language", "en-GB"],
                     "--language 'en-GB' is not a two-letter lowercase ISO 639-1 code", id="language-tag"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--publisher", ""],
                     "the build would refuse the new entry", id="empty-publisher"),
        pytest.param(lambda d: write(d / "a.txt", ARTICLE.encode()), ["--title", "  "],
                     "sources.title row 1: '' — empty text", id="blank-title"),
        pytest.param(lambda d: write(d / "nul.txt", b"Japan curbs exports\nto Seoul\x00 today\n"), [],
                     "nul.txt: control character U+0000 at offset 28, line 2", id="nul-byte"),
        pytest.param(lambda d: write(d / "utf16.txt", "Japan curbs exports".encode("utf-16-le")), [],
                     "utf16.txt: control character U+0000 at offset 1, line 1", id="utf-16"),
        pytest.param(lambda d: write(d / "esc.txt", b"Japan\r\ncurbs\texports\n\x1b[1mSeoul\n"), [],
                     "esc.txt: control character U+001B at offset 21, line 3", id="escape-code"),
        pytest.param(lambda d: write(d / "ff.txt", b"Japan\n\n\x0cSeoul\n"), [],
                     "ff.txt: control character U+000C at offset 7, line 3", id="form-feed"),
        pytest.param(lambda d: write(d / "page.txt", b"<!doctype html>\n<html><body>Japan curbs</body></html>\n"), [],
                     "page.txt: an HTML page, not an article's text (tag '<!doctype html>' on line 1)", id="html-page"),
        pytest.param(lambda d: sparse(d / "large.txt", 50_000_000), [],
                     "large.txt: 50,000,000 bytes, more than the 1,000,000 that one article may have",
                     id="50-megabytes"),
        pytest.param(lambda d: write(d / "empty.txt", b""), [], "empty.txt: the file has no text", id="empty"),
        pytest.param(lambda d: write(d / "again.txt", b"\xef\xbb\xbf" + next((PROJECT_ROOT / "raw").glob("001_*.txt"))
                                     .read_bytes().replace(b"\n", b"\r\n")), [],
                     "already in the corpus as 001_9ca7e5f3fb13f6a7 (line ends, byte order mark",
                     id="already-added-as-crlf"),
    ],
)
def test_refused_article_fails_with_a_clear_message_and_changes_nothing(runner, project_copy, tmp_path, make_file, options, message):
    path = make_file(tmp_path)
    before = snapshot(project_copy, "raw", "data", "datapackage.yaml")
    result = add(runner, project_copy, path, *options)
    assert result.exit_code != 0
    assert message in output_of(result), output_of(result)
    assert snapshot(project_copy, "raw", "data", "datapackage.yaml") == before


def test_month_precision_publication_on_the_first_is_taken(runner, project_copy, tmp_path):
    path = write(tmp_path / "a.txt", ARTICLE.encode())
    digest = hashlib.sha256(ARTICLE.encode()).hexdigest()
    result = add(runner, project_copy, path, "--published", "2019-12-01", "--precision", "month", "--sha256", digest.upper())
    assert result.exit_code == 0, output_of(result)
    (entry,) = [e for e in read_manifest(Project(project_copy)) if e.title == TITLE]
    assert (entry.published.isoformat(), entry.published_precision, entry.sha256) == ("2019-12-01", "month", digest)


@pytest.mark.parametrize(
    ("epoch", "published", "message"),
    [
        ("1575331200", "2019-12-04", "--published 2019-12-04 is after the day of SOURCE_DATE_EPOCH (2019-12-03)"),
        ("1575331200", "2019-12-03", None),
        ("1575417599", "2019-12-03", None),
        ("next tuesday", "2019-12-03", "SOURCE_DATE_EPOCH 'next tuesday' is not a number of seconds"),
    ],
    ids=["after-the-epoch", "on-the-epoch-day", "end-of-the-epoch-day", "unreadable-epoch"],
)
def test_publication_date_is_judged_against_source_date_epoch(runner, project_copy, tmp_path, monkeypatch, epoch,
                                                              published, message):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", epoch)
    before = snapshot(project_copy, "raw")
    result = add(runner, project_copy, write(tmp_path / "a.txt", ARTICLE.encode()), "--published", published)
    if message is None:
        assert result.exit_code == 0, output_of(result)
    else:
        assert result.exit_code == 1 and message in output_of(result), output_of(result)
        assert snapshot(project_copy, "raw") == before


@pytest.mark.parametrize("language", ["ja", "ko", "no"])
def test_any_iso_639_1_language_is_taken(runner, project_copy, tmp_path, language):
    result = add(runner, project_copy, write(tmp_path / "a.txt", ARTICLE.encode()), "--language", language)
    assert result.exit_code == 0, output_of(result)
    (entry,) = [e for e in read_manifest(Project(project_copy)) if e.title == TITLE]
    assert entry.language == language


def test_tabs_both_line_ends_a_byte_order_mark_and_any_file_name_are_taken(runner, project_copy, tmp_path):
    data = b"\xef\xbb\xbf" + ARTICLE.replace("\n", "\r\n").replace("Trade minister", "Trade\tminister").encode()
    result = add(runner, project_copy, write(tmp_path / "Séoul talks – 서울 “draft”.txt", data))
    assert result.exit_code == 0, output_of(result)
    (entry,) = [e for e in read_manifest(Project(project_copy)) if e.title == TITLE]
    assert (project_copy / "raw" / entry.path).read_bytes() == data and entry.path == f"{entry.source_id}.txt"


def test_add_keeps_the_manifest_comments_and_order(runner, project_copy, tmp_path):
    manifest = project_copy / "raw" / "sources.yaml"
    before = manifest.read_text(encoding="utf-8")
    result = add(runner, project_copy, write(tmp_path / "a.txt", ARTICLE.encode()))
    assert result.exit_code == 0, output_of(result)
    after = manifest.read_text(encoding="utf-8")
    assert after.startswith(before) and "#" not in after[len(before):]
    assert [e.title for e in read_manifest(Project(project_copy))][-1] == TITLE


@pytest.mark.parametrize("option", [["--title", ""], ["--language", ""]], ids=["empty-title", "empty-language"])
def test_added_entry_is_one_the_manifest_reader_accepts(runner, project_copy, tmp_path, option):
    path = write(tmp_path / "a.txt", ARTICLE.encode())
    result = runner.invoke(app, ["add", str(path), "--title", TITLE, "--published", "2019-12-04", *option,
                                 "--root", str(project_copy)])
    if result.exit_code == 0:
        read_manifest(Project(project_copy))
    else:
        assert yaml.safe_load((project_copy / "raw" / "sources.yaml").read_text())["sources"] == yaml.safe_load(
            (PROJECT_ROOT / "raw" / "sources.yaml").read_text())["sources"]


@pytest.mark.parametrize("name", ["[draft] notes.txt", "[/draft] notes.txt"])
def test_error_message_keeps_square_brackets(runner, project_copy, tmp_path, name):
    result = add(runner, project_copy, tmp_path / name)
    assert result.exit_code == 1 and f"{name}: file not found" in output_of(result)


def test_evaluate_measures_a_gold_file_for_the_added_article(runner, grown, new_entry, tmp_path):
    root = grown[0]
    text = (root / "raw" / new_entry.path).read_text(encoding="utf-8")
    words = "We will keep talking"
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / f"{new_entry.source_id}.yaml").write_text(yaml.safe_dump({
        "source_id": new_entry.source_id,
        "split": "dev",
        "quotes": [{"text": words, "char_start": text.index(words), "char_end": text.index(words) + len(words),
                    "kind": "direct", "speaker": "kajiyama_hiroshi", "attribution": "name", "said_on": None,
                    "said_on_precision": None}],
    }), encoding="utf-8")
    result = runner.invoke(app, ["evaluate", "--gold", str(gold), "--root", str(root)])
    output = " ".join(output_of(result).split())
    assert result.exit_code == 0, output
    assert "quotes.span false positive" in output  # Park's quotations, which this gold leaves out
    assert "quotes.span miss" not in output and "quotes.speaker wrong value" not in output
