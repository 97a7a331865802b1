"""The actors table (every actor the other tables refer to, and their parents) and its aliases."""

from __future__ import annotations

import pandas as pd

from jkec.curated import Actor

ACTOR_COLUMNS = {
    "actor_mentions": ["actor_id"],
    "quotes": ["speaker_actor_id"],
    "events": ["actor_id", "target_actor_id"],
    "measures": ["implementing_actor_id"],
}


def state_of(actor_id: str, actors: dict[str, Actor]) -> str | None:
    """The state an actor belongs to, walking up its parents."""
    current: str | None = actor_id
    while current is not None:
        if actors[current].actor_type == "state":
            return current
        current = actors[current].parent_actor_id
    return None


def with_ancestors(actor_ids: set[str], actors: dict[str, Actor]) -> set[str]:
    found: set[str] = set()
    for actor_id in actor_ids:
        current: str | None = actor_id
        while current is not None and current not in found:
            found.add(current)
            current = actors[current].parent_actor_id
    return found


def referenced_actor_ids(tables: dict[str, pd.DataFrame]) -> set[str]:
    """Every actor id that a table refers to (vectorised per column)."""
    ids: set[str] = set()
    for table, columns in ACTOR_COLUMNS.items():
        for column in columns:
            if column in tables[table]:
                ids.update(tables[table][column].dropna().unique())
    return ids


def actor_rows(actor_ids: set[str], actors: dict[str, Actor]) -> dict[str, list[dict]]:
    chosen = [actors[actor_id] for actor_id in sorted(with_ancestors(actor_ids, actors))]
    return {
        "actors": [
            {
                "actor_id": a.actor_id, "name": a.name, "actor_type": a.actor_type, "country": a.country,
                "parent_actor_id": a.parent_actor_id, "title": a.title, "cameo_code": a.cameo_code,
                "curated": True,
            }
            for a in chosen
        ],
        "actor_aliases": [
            {"alias": alias, "actor_id": a.actor_id, "alias_kind": kind} for a in chosen for alias, kind in a.aliases
        ],
    }
