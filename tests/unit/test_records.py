"""Rows built against a table's fields (tables/records.py), and the fields of the rows extraction writes."""

from __future__ import annotations

import pickle
from dataclasses import dataclass

import pytest
from jkec.errors import JkecError
from jkec.extract.rows import extraction_fields
from jkec.project import Project
from jkec.tables.records import Fields
from jkec.tables.schema import load_schema

from tests.support import PROJECT_ROOT

PLACES = Fields("places", ("place", "country"))


@dataclass(frozen=True)
class Place:
    place: str
    country: str
    aliases: tuple[str, ...] = ()


def test_a_row_takes_each_field_from_the_attribute_of_its_name_in_field_order():
    assert list(PLACES.record(Place("Vienna", "AUT", ("Wien",))).items()) == [("place", "Vienna"), ("country", "AUT")]


def test_a_computed_value_stands_for_the_attribute():
    assert PLACES.record(Place("Vienna", "AUT"), country=None) == {"place": "Vienna", "country": None}


def test_a_field_without_attribute_or_computed_value_names_the_table_and_the_field():
    @dataclass(frozen=True)
    class Nameless:
        country: str

    with pytest.raises(JkecError, match=r"table places: field place has no value \(Nameless has no attribute"):
        PLACES.record(Nameless("AUT"))


def test_a_computed_name_that_is_not_a_field_names_the_table_and_the_name():
    with pytest.raises(JkecError, match="table places: city, region computed but not among its fields"):
        PLACES.record(Place("Vienna", "AUT"), region="Europe", city="Vienna")


def test_a_published_table_has_its_schemas_fields():
    schema = load_schema(Project(PROJECT_ROOT), "quotes")
    assert Fields.of(schema) == Fields("quotes", tuple(schema.field_names))


def test_extraction_fields_travel_to_worker_processes():
    fields = extraction_fields(Project(PROJECT_ROOT))
    assert pickle.loads(pickle.dumps(fields)) == fields


def test_an_event_mention_candidate_has_the_published_mention_fields_but_the_event_id():
    fields = extraction_fields(Project(PROJECT_ROOT))["event_mention_candidates"].names
    published = load_schema(Project(PROJECT_ROOT), "event_mentions").field_names
    assert set(published) - set(fields) == {"event_id"}
    assert {"event_type", "status", "products", "location"} <= set(fields)
