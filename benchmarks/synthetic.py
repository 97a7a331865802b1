"""Synthetic corpora for the benchmarks: new articles recombined from the real paragraphs of raw/.

Article n of a corpus depends only on the seed and n (a corpus of 100 is the first 100 articles of a corpus of
1,000). It takes the shape of one real article, its template: as many paragraphs (non-empty lines), its title,
publisher and publication precision. Its paragraphs are runs of one to three consecutive paragraphs drawn
from any real article, so passages of different articles (and their page furniture) mix as they do in a
scraper's captures; paragraphs that name a year before 1945 ("colonial rule from 1910 to 1945") are left out,
because a relative date in a paragraph recombined after them ("four years after ...") resolves against that
year, outside the schemas' window of plausible dates, and fails the build. Then, consistently over the text, the title and the manifest:

- dates move by a whole number of weeks (so weekday names stay true): the publication date, written dates
  ("July 4, 2019", "4 July 2019", "Aug. 28", "July 2019", "July", a year from 2010 to 2030); a date written
  without its year is read in the year its paragraph was published;
- every person of curated/actors.yaml gets an invented name, the same within the article (full name and
  surname alike), drawn from a pool shared by the corpus, so that the same invented people recur across
  articles as uncurated actors. No invented name part is a word of the real articles, and no two persons of
  one article share one.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

from jkec.curated import Curated, load_curated
from jkec.precision import first_of_period
from jkec.project import Project
from jkec.sources.articles import load_corpus
from jkec.sources.manifest import SourceEntry

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
ABBREVIATIONS = {"Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9, "Oct": 10,
                 "Nov": 11, "Dec": 12}
MONTH = r"(?P<{}>" + "|".join([*MONTHS, *(fr"{a}\.?" for a in sorted(ABBREVIATIONS, key=len, reverse=True))]) + r")"
YEAR = r"(?P<{}>20[1-3]\d)"
DAY = r"(?P<{}>[0-3]?\d)(?P<{}>st|nd|rd|th)?"
DATES = re.compile(
    "|".join([
        rf"\b{MONTH.format('m1')} {DAY.format('d1', 's1')}(?P<c1>,? ){YEAR.format('y1')}\b",  # July 4, 2019
        rf"\b{DAY.format('d2', 's2')} {MONTH.format('m2')}(?P<c2>,? ){YEAR.format('y2')}\b",  # 4 July 2019
        rf"\b{MONTH.format('m3')} {DAY.format('d3', 's3')}\b",  # July 4
        rf"\b{MONTH.format('m4')}(?P<c4>,? ){YEAR.format('y4')}\b",  # July 2019
        rf"(?<![\d-]){YEAR.format('y5')}(?![\d])",  # 2019
        r"\b(?P<m6>" + "|".join(month for month in MONTHS if month != "May") + r")\b",  # July ("May" may be a verb)
    ])
)
MAX_SHIFT_WEEKS = 52
HISTORICAL_YEAR = re.compile(r"\b1(?:[0-8]\d\d|9[0-3]\d|94[0-4])\b")  # before 1945
WORD = re.compile(r"[\w'’-]+")
RUN = (1, 3)  # consecutive paragraphs taken from one article at a time
INVENTED_PEOPLE = 200  # per naming style, shared by the corpus
SYLLABLES = ("ka", "ri", "to", "mo", "na", "se", "hi", "ru", "ya", "ko", "mi", "sa", "no", "ta", "yu", "ke", "shi", "ho")
KOREAN_SYLLABLES = ("seo", "jun", "min", "ha", "yeon", "woo", "ji", "hoon", "soo", "eun", "tae", "gyu", "rin", "dal")
KOREAN_SURNAMES = ("Bae", "Bang", "Cha", "Chu", "Do", "Gil", "Gu", "Ha", "Hyeon", "Jeon", "Jin", "Ko", "Maeng", "Min",
                   "Na", "Nam", "Ok", "Pyo", "Seo", "Seol", "Tak", "Won", "Yang", "Yeom")


@dataclass(frozen=True)
class Paragraph:
    """One non-empty line of a real article, with the publication date its dates are read against."""

    source_id: str
    text: str
    published: dt.date | None


@dataclass(frozen=True)
class Person:
    """A curated person: how its surname stands in its names ('given surname' or 'surname given')."""

    names: tuple[str, ...]
    surnames: tuple[str, ...]
    surname_first: bool


def _ordinal(day: int) -> str:
    return "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _month_number(word: str) -> int:
    word = word.rstrip(".")
    return MONTHS.index(word) + 1 if word in MONTHS else ABBREVIATIONS[word]


def _month_word(like: str, month: int) -> str:
    """The month's name written as `like` is: in full, or abbreviated (with its full stop, if any)."""
    full = MONTHS[month - 1]
    if like in MONTHS or 3 <= month <= 7:  # news style writes March to July in full
        return full
    short = "Sept" if month == 9 and like.startswith("Sept") else full[:3]
    return short + ("." if like.endswith(".") else "")


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def shift_dates(text: str, days: int, read_in: int) -> str:
    """Move every written date of `text` by `days`; a day without its year is read in the year `read_in`."""
    shift = dt.timedelta(days=days)

    def day_text(day: int, suffix: str | None) -> str:
        return f"{day}{_ordinal(day) if suffix else ''}"

    def moved(match: re.Match) -> str:
        group = match.groupdict()
        if group["m1"] and (date := _safe_date(int(group["y1"]), _month_number(group["m1"]), int(group["d1"]))):
            new = date + shift
            return f"{_month_word(group['m1'], new.month)} {day_text(new.day, group['s1'])}{group['c1']}{new.year}"
        if group["m2"] and (date := _safe_date(int(group["y2"]), _month_number(group["m2"]), int(group["d2"]))):
            new = date + shift
            return f"{day_text(new.day, group['s2'])} {_month_word(group['m2'], new.month)}{group['c2']}{new.year}"
        if group["m3"] and (date := _safe_date(read_in, _month_number(group["m3"]), int(group["d3"]))):
            new = date + shift
            return f"{_month_word(group['m3'], new.month)} {day_text(new.day, group['s3'])}"
        if group["m4"]:
            new = dt.date(int(group["y4"]), _month_number(group["m4"]), 15) + shift
            return f"{_month_word(group['m4'], new.month)}{group['c4']}{new.year}"
        if group["y5"]:
            return str((dt.date(int(group["y5"]), 7, 1) + shift).year)
        if group["m6"]:
            return MONTHS[(dt.date(read_in, _month_number(group["m6"]), 15) + shift).month - 1]
        return match.group(0)

    return DATES.sub(moved, text)


def curated_people(curated: Curated) -> list[Person]:
    """Persons of the actor dictionary; the first part of an actor id is the surname (surname_givenname)."""
    people = []
    for actor in curated.actors.values():
        if actor.actor_type != "person":
            continue
        names = tuple(alias for alias, kind in actor.aliases if kind == "name")
        surnames = tuple(alias for alias, kind in actor.aliases if kind == "surname")
        surname = actor.actor_id.split("_")[0]
        first_word = re.split(r"[\s-]", actor.name)[0].lower()
        people.append(Person(names, surnames, surname_first=first_word == surname))
    return people


def invented_people(rng: random.Random, taken: set[str]) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(given name, surname) pairs in two naming styles, none of them a word of `taken` (the words of the real
    articles, so that no invented person shares a name part with a person the texts name)."""

    def word(syllables: tuple[str, ...], parts: int) -> str:
        return "".join(rng.choice(syllables) for _ in range(parts)).capitalize()

    given_first, surname_first = set(), set()
    while len(given_first) < INVENTED_PEOPLE:
        pair = (word(SYLLABLES, rng.randint(2, 3)), word(SYLLABLES, 3))
        if not taken & set(pair):
            given_first.add(pair)
    while len(surname_first) < INVENTED_PEOPLE:
        pair = (f"{word(KOREAN_SYLLABLES, 1)}-{word(KOREAN_SYLLABLES, 1).lower()}", rng.choice(KOREAN_SURNAMES))
        if not taken & set(pair):
            surname_first.add(pair)
    return sorted(given_first), sorted(surname_first)


class Recombiner:
    """Makes synthetic article n from the real articles of a project."""

    def __init__(self, project: Project, seed: int) -> None:
        self.seed = seed
        self.curated = load_curated(project)
        self.templates: list[tuple[SourceEntry, int]] = []
        self.articles: list[list[Paragraph]] = []
        corpus = load_corpus(project)
        for entry, text in zip(corpus.built_entries, (article.text for article in corpus.articles)):
            lines = [line.strip() for line in text.splitlines() if line.strip()]
            self.templates.append((entry, len(lines)))
            self.articles.append([Paragraph(entry.source_id, line, entry.published) for line in lines
                                  if not HISTORICAL_YEAR.search(line)])
        self.people = curated_people(self.curated)
        taken = {word for paragraphs in self.articles for p in paragraphs for word in WORD.findall(p.text)}
        self.given_first, self.surname_first = invented_people(random.Random(f"{seed}:people"), taken)
        aliases = sorted({alias for person in self.people for alias in (*person.names, *person.surnames)}, key=len,
                         reverse=True)
        self.person_names = re.compile(r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b")

    def rename(self, rng: random.Random) -> dict[str, str]:
        """Each curated person's names and surnames → one invented person's; no two persons of one article share
        a name part, as no two curated persons share an alias (a shared part would make two mentions of one
        word)."""
        renamed, used = {}, set()
        for person in self.people:
            given, surname = rng.choice(self.surname_first if person.surname_first else self.given_first)
            while used & {given, surname}:
                given, surname = rng.choice(self.surname_first if person.surname_first else self.given_first)
            used |= {given, surname}
            full = f"{surname} {given}" if person.surname_first else f"{given} {surname}"
            renamed.update({name: full for name in person.names} | {name: surname for name in person.surnames})
        return renamed

    def article(self, number: int) -> tuple[SourceEntry, str]:
        """The manifest entry (without path and sha256) and the text of synthetic article `number`."""
        rng = random.Random(f"{self.seed}:{number}")
        template, length = rng.choice(self.templates)
        paragraphs: list[Paragraph] = []
        while len(paragraphs) < length:
            donor = rng.choice(self.articles)
            start = rng.randrange(len(donor))
            paragraphs += donor[start : start + rng.randint(*RUN)]
        paragraphs = paragraphs[:length]
        days = 7 * rng.randint(-MAX_SHIFT_WEEKS, MAX_SHIFT_WEEKS)
        names = self.rename(rng)
        reference = template.published.year if template.published else 2019

        def rewrite(text: str, published: dt.date | None) -> str:
            text = self.person_names.sub(lambda match: names[match.group(0)], text)
            return shift_dates(text, days, published.year if published else reference)

        title = rewrite(template.title, template.published)
        lines = [rewrite(p.text, p.published) for p in paragraphs]
        if not title.startswith("[untitled"):
            lines.insert(0, title)
        published = template.published and first_of_period(template.published + dt.timedelta(days=days),
                                                            template.published_precision)
        donors = ", ".join(sorted({p.source_id for p in paragraphs}))
        entry = SourceEntry(
            source_id="", path="", sha256="", title=title, publisher=template.publisher, published=published,
            published_precision=template.published_precision,
            published_basis=f"synthetic: paragraphs of {donors}, dates moved by {days} days, persons renamed",
            url=None, language="en",
        )
        return entry, "\n".join(lines) + "\n"


def synthetic_project(source: Path, target: Path, articles: int, seed: int = 0) -> Project:
    """A project in `target` with the curated knowledge, schemas and release of `source` and `articles`
    synthetic articles (no gold annotations, so the build evaluates nothing)."""
    for part in ("curated", "schemas"):
        shutil.copytree(source / part, target / part)
    (target / "build").mkdir(parents=True)
    shutil.copy(source / "build" / "release.yaml", target / "build" / "release.yaml")
    project = Project(target)
    project.raw_dir.mkdir()
    recombiner = Recombiner(Project(source), seed)
    entries = []
    for number in range(articles):
        entry, text = recombiner.article(number)
        data = text.encode("utf-8")
        source_id = f"{number:05d}_{hashlib.sha256(data).hexdigest()[:16]}"
        (project.raw_dir / f"{source_id}.txt").write_bytes(data)
        entries.append(SourceEntry(**{**entry.__dict__, "source_id": source_id, "path": f"{source_id}.txt",
                                      "sha256": hashlib.sha256(data).hexdigest()}))
    header = f"# Synthetic corpus of {articles} articles recombined from the real ones (benchmarks/synthetic.py, seed {seed}).\n"
    manifest = yaml.safe_dump({"sources": [entry.as_yaml() for entry in entries]}, sort_keys=False, allow_unicode=True)
    project.manifest_path.write_text(header + manifest, encoding="utf-8")
    return project
