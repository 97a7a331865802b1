"""The actors table (every actor the other tables refer to, and their parents) and its aliases."""

from __future__ import annotations

import pandas as pd

from jkec.curated import Actor
from jkec.tables.records import Fields
from jkec.tables.schema import TableSchema


def state_of(actor_id: str, actors: dict[str, Actor]) -> str | None:
    """The state an actor belongs to: up its parents, else the state of its country."""
    current: str | None = actor_id
    while current is not None:
        if actors[current].actor_type == "state":
            return current
        current = actors[current].parent_actor_id
    country = actors[actor_id].country
    return next((a.actor_id for a in actors.values() if a.actor_type == "state" and a.country == country), None)


def candidate_actors(candidates: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, Actor]:
    """Uncurated actors found in the articles, one per id (the first article's description wins), with the
    name and every other form their mentions used as aliases."""
    if candidates.empty:
        return {}
    first = candidates.sort_values(["actor_id", "source_id"], kind="stable").drop_duplicates("actor_id")
    forms = (
        mentions.loc[mentions["actor_id"].isin(first["actor_id"]) & (mentions["alias_kind"] != "name"),
                     ["actor_id", "text", "alias_kind"]]
        .drop_duplicates().sort_values(["actor_id", "text"]).groupby("actor_id")
    )
    other_forms = {actor_id: tuple(zip(group["text"], group["alias_kind"])) for actor_id, group in forms}
    return {
        row.actor_id: Actor(row.actor_id, row.name, row.actor_type, _value(row.country), _value(row.parent_actor_id),
                            _value(row.title), None, ((row.name, "name"), *other_forms.get(row.actor_id, ())))
        for row in first.itertuples(index=False)
    }


def _value(value: object) -> object:
    return None if pd.isna(value) else value


def with_ancestors(actor_ids: set[str], actors: dict[str, Actor]) -> set[str]:
    found: set[str] = set()
    for actor_id in actor_ids:
        current: str | None = actor_id
        while current is not None and current not in found:
            found.add(current)
            current = actors[current].parent_actor_id
    return found


def referenced_actor_ids(tables: dict[str, pd.DataFrame], schemas: dict[str, TableSchema]) -> set[str]:
    """Every actor id that a table refers to by a foreign key of its schema (vectorised per column)."""
    ids: set[str] = set()
    for table, frame in tables.items():
        columns = [column for key in schemas[table].foreign_keys if key.resource == "actors" for column in key.fields]
        for column in columns:
            if column in frame:
                ids.update(frame[column].dropna().unique())
    return ids


def actor_rows(actor_ids: set[str], actors: dict[str, Actor], curated: set[str],
               fields: dict[str, Fields]) -> dict[str, list[dict]]:
    chosen = [actors[actor_id] for actor_id in sorted(with_ancestors(actor_ids, actors))]
    return {
        "actors": [fields["actors"].record(a, curated=a.actor_id in curated) for a in chosen],
        "actor_aliases": [fields["actor_aliases"].record(a, alias=alias, alias_kind=kind)
                          for a in chosen for alias, kind in a.aliases],
    }
