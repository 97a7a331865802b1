"""Places (extract/places.py, curated/places.yaml) and the location of event mentions."""

from __future__ import annotations

from pathlib import Path

import pytest

from jkec.curated import load_places
from jkec.errors import JkecError
from jkec.extract.places import PlaceFinder
from jkec.extract.spans import Span


@pytest.fixture(scope="module")
def finder(curated) -> PlaceFinder:
    return PlaceFinder(curated.places)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Talks will be held in Vienna.", [("Vienna", "Vienna")], id="after-in"),
        pytest.param("Officials met at Geneva on Friday.", [("Geneva", "Geneva")], id="after-at"),
        pytest.param("They met In Washington last week.", [("Washington", "Washington, D.C.")], id="alias-to-canonical"),
        pytest.param("Tokyo tightened its controls.", [], id="the-government-is-no-place"),
        pytest.param("TOKYO (AP) — Japan lifted its controls.", [], id="dateline-is-no-place"),
        pytest.param("In Tokyo's view the curbs are lawful.", [], id="possessive-is-no-place"),
        pytest.param("They met in tokyo.", [], id="names-are-case-sensitive"),
    ],
)
def test_place_is_a_name_after_a_preposition_of_place(finder, text, expected):
    assert [(m.span.text(text), m.place) for m in finder.find(text, [Span(0, len(text))])] == expected


def test_only_the_given_spans_are_read(finder):
    text = "Talks in Vienna. Talks in Seoul."
    assert [m.place for m in finder.find(text, [Span(17, len(text))])] == ["Seoul"]


def location_rows(extract, text: str):
    return [(e["event_type"], e["location"], e["location_text"]) for e in extract(text)["event_mention_candidates"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Preparatory talks on the export controls will be held Wednesday in Vienna.",
                     [("announce_talks", "Vienna", "Vienna")], id="place-after-the-trigger-and-date"),
        pytest.param("In Geneva, officials held talks on the export controls.",
                     [("hold_talks", "Geneva", "Geneva")], id="place-opening-the-sentence"),
        pytest.param("The meeting on the export controls, set to take place in Tokyo, will be the first since Japan took the "
                     "measures in July.",
                     [("impose_export_control", None, None), ("announce_talks", "Tokyo", "Tokyo")],
                     id="place-of-another-clause-does-not-locate-the-event"),
        pytest.param("Preparatory talks on the export controls will be held Wednesday in Vienna, Kajiyama said, adding "
                     "officials met on Thursday to discuss the export curbs.",
                     [("hold_talks", None, None), ("announce_talks", "Vienna", "Vienna"), ("state_position", None, None)],
                     id="place-before-a-comma-does-not-reach-the-next-clause"),
    ],
)
def test_event_mention_is_located_by_a_place_of_its_own_clause(extract, text, expected):
    assert location_rows(extract, text) == expected


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        pytest.param("- {place: Vienna, country: at, aliases: [Vienna]}", "is not an ISO 3166-1 alpha-3 code", id="country-code"),
        pytest.param("- {place: Vienna, country: AUT}", "missing aliases", id="missing-aliases"),
        pytest.param("- {place: Vienna, country: AUT, aliases: [Vienna]}\n- {place: Vienna, country: AUT, aliases: [Wien]}",
                     "'Vienna' is defined twice", id="duplicate"),
    ],
)
def test_bad_place_entry_is_refused_naming_the_file_and_entry(tmp_path: Path, entries, message):
    path = tmp_path / "places.yaml"
    path.write_text("places:\n" + entries + "\n", encoding="utf-8")
    with pytest.raises(JkecError, match=message) as error:
        load_places(path)
    assert str(path) in str(error.value)
