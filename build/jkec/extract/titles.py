"""Title-only mentions ("the trade minister", "South Korea's trade ministry") resolved to an actor.

A title resolves to the person of that office introduced earlier in the same article (one who held it by the
article's date, not one who took it later); failing that, when a country word attaches it to one country
("Japan's trade minister"), to the office's holder over the whole publication period of the article
(curated/offices.yaml; on a handover day, the incoming holder), or, for a title of several offices of one
organisation, to that organisation; otherwise to nobody. A title of an office no other government
has needs no country word ("the chief cabinet secretary"). A deputy's title ("Japan's vice foreign minister") names
the office's organisation, never its holder. A generic organisation word ("trade ministry") resolves by its country
word, or to the one such organisation the article named before, or to the organisation of the one country that has
one ("the presidential office"). A longer title that resolves to nobody may open with an organisation's, which is
then the mention ("Japan's Foreign Ministry spokesperson": the ministry, where only Korea's office is curated). A
title right before a name ("trade minister Hiroshi Kajiyama") or in apposition after one ("Lee Ho-hyeon,
director-general for ...") describes that name's mention; it is not a mention of its own. """

from __future__ import annotations

import datetime as dt
import re

from jkec.curated import Office, Offices
from jkec.extract.actors import ActorMention
from jkec.extract.parse import DATELINE
from jkec.extract.passages import Passage
from jkec.extract.spans import Span, SpanIndex
from jkec.precision import period_end


def country_pattern(country_words: dict[str, tuple[str, ...]]) -> str:
    words = sorted((word for words in country_words.values() for word in words), key=len, reverse=True)
    return r"(?<!North )\b(?P<country>" + "|".join(re.escape(word) for word in words) + r")(?:['’]s)?"


APPOSITION = re.compile(r",\s*(?:an?\s+|the\s+)?")


class TitleResolver:
    """Finds title-only mentions and resolves them with the offices dictionary."""

    def __init__(self, offices: Offices) -> None:
        self.offices = offices
        self.country_of_word = {word.lower(): code for code, words in offices.country_words.items() for word in words}
        titles = {alias.lower() for office in offices.offices for alias in office.aliases} | {
            alias.lower() for alias in offices.organisations
        }
        self.pattern = _title_pattern(titles, offices.country_words, offices.deputy_words)
        self.organisation_pattern = _title_pattern({alias.lower() for alias in offices.organisations},
                                                   offices.country_words, ())
        self.setting = re.compile(rf"(?:(?:Back|Meanwhile|Over),?\s+)?[Ii]n\s+{country_pattern(offices.country_words)}\s*,")

    def _offices(self, title: str, country: str | None) -> tuple[list[Office], str | None]:
        """The offices a title names in the country (a country word's, else the one country whose office alone
        has the title) and that country."""
        offices = [o for o in self.offices.offices if title in (a.lower() for a in o.aliases)]
        if country is None and offices and all(o.unique_to_country for o in offices):
            country = offices[0].country if len({o.country for o in offices}) == 1 else None  # "the chief cabinet secretary"
        return [o for o in offices if country is None or o.country == country], country

    def _deputy(self, title: str, country: str | None) -> str | None:
        """The organisation a deputy of the office speaks for ("South Korea's vice foreign minister")."""
        offices, country = self._offices(title, country)
        bodies = {o.organisation_actor_id for o in offices}
        return bodies.pop() if country is not None and len(bodies) == 1 else None

    def _office_holder(self, title: str, country: str | None, before: list[ActorMention], named: list[ActorMention],
                       period: tuple[dt.date, dt.date] | None) -> str | None:
        offices, country = self._offices(title, country)
        holders = {h.actor_id for o in offices for h in o.holdings}
        held_by_then = {h.actor_id for o in offices for h in o.holdings if period is None or h.begun_by(period[1])}
        introduced = [m.actor_id for m in before if m.actor_id in held_by_then]  # not an office held only later
        if introduced:
            return introduced[-1]
        if country is None or period is None:
            return None
        if len(offices) != 1:  # "trade minister": one of two MOTIE ministers, unless the article names either
            bodies = {o.organisation_actor_id for o in offices}
            return bodies.pop() if len(bodies) == 1 and not any(m.actor_id in holders for m in named) else None
        current = [h for h in offices[0].holdings if h.covers(*period)]
        if len(current) > 1:
            current = [h for h in current if h.start == period[0]]
        return current[0].actor_id if len(current) == 1 else None

    def _organisation(self, title: str, country: str | None, before: list[ActorMention]) -> str | None:
        by_country = next((v for k, v in self.offices.organisations.items() if k.lower() == title), {})
        if country is not None:
            return by_country.get(country)
        named = {m.actor_id for m in before if m.actor_id in by_country.values()}
        if not named and len(by_country) == 1:
            return next(iter(by_country.values()))  # only one country has one ("the presidential office")
        return named.pop() if len(named) == 1 else None

    def _resolve(self, match: re.Match, before: list[ActorMention], named: list[ActorMention],
                 period: tuple[dt.date, dt.date] | None, setting: str | None = None) -> str | None:
        """The actor a matched title names (`before` it, `named` in the article): an organisation by its
        country (its own country word, else the `setting` country of its passage), or an office's holder."""
        country = self.country_of_word.get(match.group("country").lower()) if match.group("country") else setting
        title = match.group("title").lower()
        if title in (k.lower() for k in self.offices.organisations):
            return self._organisation(title, country, before)
        if match.groupdict().get("deputy"):
            return self._deputy(title, country)
        return self._office_holder(title, country, before, named, period)

    def _setting(self, text: str, start: int, end: int) -> str | None:
        """The country a phrase opening the passage places it in ("In Seoul, the trade ministry said ...", or a
        dateline of one place: "TOKYO (Reuters) - The trade ministry said ..."), when the phrase ends before
        `end`."""
        if found := self.setting.match(text, start, end):
            return self.country_of_word[found.group("country").lower()]
        dateline = DATELINE.match(text, start, end)
        place = re.match(r"[^,(\n—–-]+", dateline.group(0)) if dateline else None
        return self.country_of_word.get(place.group(0).strip().lower()) if place else None

    def mentions(self, text: str, passages: list[Passage], named: list[ActorMention],
                 published: dt.date | None, precision: str | None) -> list[ActorMention]:
        """Title mentions in relevant passages that resolve to an actor."""
        index = SpanIndex([passage.span for passage in passages])
        period = (published, period_end(published, precision)) if published and precision else None
        found = []
        for match in self.pattern.finditer(text):
            span = _mention_span(match)
            covering = index.covering(span)
            if len(covering) != 1 or not passages[covering[0]].relevant:
                continue
            before = sorted([*named, *found], key=lambda m: m.span.start)
            before = [m for m in before if m.span.end <= span.start]
            if before and APPOSITION.fullmatch(text[before[-1].span.end : span.start]):
                continue
            setting = self._setting(text, passages[covering[0]].span.start, span.start)
            actor_id = self._resolve(match, before, named, period, setting)
            if actor_id is None and (shorter := self.organisation_pattern.match(text, match.start())):
                match, span = shorter, _mention_span(shorter)  # "Japan's Foreign Ministry spokesperson"
                actor_id = self._resolve(match, before, named, period, setting)
            if actor_id:
                found.append(ActorMention(actor_id, span, "title", passages[covering[0]].passage_no))
        return found


def _mention_span(match: re.Match) -> Span:
    """The words of a matched title that make the mention: with its country word, without a leading "the"."""
    if match.group("country"):
        return Span(match.start(), match.end())
    deputy = match.groupdict().get("deputy")
    return Span(match.start("deputy") if deputy else match.start("title"), match.end())


def _title_pattern(titles: set[str], country_words: dict[str, tuple[str, ...]], deputy_words: tuple[str, ...]) -> re.Pattern:
    """Any of the titles, with a country word, "the" and a deputy word before it, not right before a capitalised
    name; a deputy word never stands before a title without being part of the match. A match opens with the first
    letter of one of those words: a lookahead tries that letter first, so that the scan passes other positions at
    once instead of trying every word there."""
    alternation = "|".join(re.escape(title) for title in sorted(titles, key=len, reverse=True))
    deputies = "|".join(re.escape(word) for word in sorted(deputy_words, key=len, reverse=True))
    deputy = rf"(?P<deputy>\b(?:{deputies})[\s-]+)?" if deputy_words else ""
    countries = [word for words in country_words.values() for word in words]
    opening = "".join(re.escape(letter) for letter in sorted({word[0] for word in (*countries, "the", *deputy_words, *titles)}))
    return re.compile(
        rf"(?=[{opening}])(?:{country_pattern(country_words)}\s+)?(?:the\s+)?{deputy}(?P<title>{alternation})\b"
        r"(?!\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    )
