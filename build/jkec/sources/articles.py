"""Articles as extraction sees them: the decoded text plus the facts of its manifest entry; and the checks a raw
file must pass to become one. A file that fails is refused with its reason while the rest of the corpus is built.

Offsets everywhere count the code points of the file's bytes decoded as UTF-8 with nothing taken away or
normalised: a byte order mark is the text's first character (U+FEFF) and a CRLF line end is two characters, so
that `raw_text[char_start:char_end] == text` holds against the file as stored."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from jkec.errors import JkecError
from jkec.project import Project
from jkec.sources.manifest import SourceEntry, load_manifest

MAX_BYTES = 1_000_000  # a long news article is tens of kilobytes; the language pipeline reads at most 10⁶ characters
BOM = "\ufeff"
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")  # C0 but tab, line feed and carriage return; DEL; C1
HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|meta|script|style|div|p|br)\b[^<>]*>", re.IGNORECASE)


class Refused(JkecError):
    """A raw file that cannot be read as an article; the message names the file and why."""


@dataclass(frozen=True)
class Article:
    """One raw article; offsets everywhere are 0-based code-point offsets into `text`."""

    source_id: str
    title: str
    text: str
    published: dt.date | None
    published_precision: str | None


@dataclass(frozen=True)
class Refusal:
    """An article of the manifest that the build leaves out, and why."""

    source_id: str
    reason: str


def _line(text: str | bytes, offset: int) -> int:
    return text[:offset].count("\n" if isinstance(text, str) else b"\n") + 1


def decode_article(data: bytes, name: str) -> str:
    """Decode UTF-8 article bytes, naming the file and position of any invalid byte."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        where = f"offset {exc.start}, line {_line(data, exc.start)}"
        raise Refused(f"{name}: not UTF-8 text (invalid byte at {where})") from exc


def article_text(data: bytes, name: str) -> str:
    """The text of an article file, refused when the file is larger than MAX_BYTES, is not UTF-8, holds a
    control character other than tab and line ends (a NUL betrays a binary or UTF-16 file), has no text, or is an
    HTML page rather than an article's text."""
    if len(data) > MAX_BYTES:
        raise Refused(f"{name}: {len(data):,} bytes, more than the {MAX_BYTES:,} that one article may have")
    text = decode_article(data, name)
    if match := CONTROL.search(text):
        raise Refused(f"{name}: control character U+{ord(match.group()):04X} at offset {match.start()}, line "
                      f"{_line(text, match.start())} (only tab, line feed and carriage return are allowed)")
    if not text.removeprefix(BOM).strip():
        raise Refused(f"{name}: the file has no text")
    if match := HTML_TAG.search(text):
        raise Refused(f"{name}: an HTML page, not an article's text (tag {match.group()[:40]!r} on line "
                      f"{_line(text, match.start())}); save the article's text alone")
    return text


def same_text(text: str) -> bytes:
    """A digest that two copies of one article share: of the text without a byte order mark, CR before LF, or
    surrounding white space."""
    return hashlib.sha256(text.removeprefix(BOM).replace("\r\n", "\n").strip().encode()).digest()


def read_articles(project: Project, entries: list[SourceEntry]) -> tuple[list[Article], list[Refusal]]:
    """The article of every entry, in entry order, and the refusal of every file that cannot be read as one or
    repeats the text of an earlier entry."""
    articles: list[Article] = []
    refused: list[Refusal] = []
    first: dict[bytes, SourceEntry] = {}  # same_text → the entry that first had it
    for entry in entries:
        name = f"raw/{entry.path}"
        try:
            text = article_text((project.raw_dir / entry.path).read_bytes(), name)
        except Refused as exc:
            refused.append(Refusal(entry.source_id, str(exc)))
            continue
        earlier = first.setdefault(same_text(text), entry)
        if earlier is not entry:
            reason = (f"{name}: the same text as raw/{earlier.path} ({earlier.source_id}), line ends, byte order mark "
                      "and surrounding white space aside")
            refused.append(Refusal(entry.source_id, reason))
            continue
        articles.append(Article(entry.source_id, entry.title, text, entry.published, entry.published_precision))
    return articles, refused


@dataclass(frozen=True)
class Corpus:
    """The verified manifest's entries (by source_id), the articles read from them and the refusals."""

    entries: list[SourceEntry]
    articles: list[Article]
    refused: list[Refusal]

    @property
    def built_entries(self) -> list[SourceEntry]:
        built = {article.source_id for article in self.articles}
        return [entry for entry in self.entries if entry.source_id in built]


def load_corpus(project: Project) -> Corpus:
    """The articles of raw/: a manifest that does not match the files fails loudly (load_manifest); a file that
    cannot be read as an article is refused, with its reason, and the others are read."""
    entries = load_manifest(project)
    return Corpus(entries, *read_articles(project, entries))
