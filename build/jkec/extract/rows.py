"""The fields of the rows extraction writes: the published tables' from their schemas, and those of the
intermediate tables that only assembly reads, each defined here once."""

from __future__ import annotations

from jkec.project import Project
from jkec.tables.records import Fields
from jkec.tables.schema import TableSchema, load_schema

PUBLISHED = ("passages", "actor_mentions", "quotes")
TIME_EXPRESSIONS = Fields("time_expressions", ("source_id", "char_start", "text", "resolved"))
CANDIDATE_ACTORS = Fields(
    "candidate_actors", ("source_id", "actor_id", "name", "actor_type", "country", "parent_actor_id", "title"))
EVENT_FIELDS = ("event_type", "status", "products", "location")  # what a mention tells of its event


def candidate_fields(event_mentions: TableSchema) -> Fields:
    """An event mention as extraction finds it: the published mention's fields but its event's id, which
    assembly assigns, and what the mention tells of its event."""
    mention_fields = (name for name in event_mentions.field_names if name != "event_id")
    return Fields("event_mention_candidates", (*mention_fields, *EVENT_FIELDS))


def extraction_fields(project: Project) -> dict[str, Fields]:
    """The fields of each table extraction writes, by table."""
    return {
        **{table: Fields.of(load_schema(project, table)) for table in PUBLISHED},
        "time_expressions": TIME_EXPRESSIONS,
        "candidate_actors": CANDIDATE_ACTORS,
        "event_mention_candidates": candidate_fields(load_schema(project, "event_mentions")),
    }
