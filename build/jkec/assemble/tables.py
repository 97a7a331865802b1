"""From the corpus's per-article rows to every table of the package."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from jkec.assemble.actors import actor_rows, candidate_actors, referenced_actor_ids, state_of
from jkec.assemble.codebooks import codebook_rows
from jkec.assemble.database import Workspace
from jkec.assemble.events import deduplicate_events
from jkec.assemble.measures import derive_measures
from jkec.assemble.sources import source_rows
from jkec.curated import Actor, Curated
from jkec.precision import iso_label
from jkec.sources.articles import Article
from jkec.sources.manifest import SourceEntry
from jkec.tables.records import Fields
from jkec.tables.schema import TableSchema


@dataclass(frozen=True)
class Assembled:
    frames: dict[str, pd.DataFrame]
    date_conflicts: pd.DataFrame
    uncurated_actors: pd.DataFrame


def _frame(records: list[dict]) -> pd.DataFrame:
    return pd.DataFrame.from_records(records)


def _summaries(events: pd.DataFrame, curated: Curated, actors: dict[str, Actor]) -> pd.Series:
    """One generated line per event: actor, event label, target, location, status and date."""
    names = {actor_id: actor.name for actor_id, actor in actors.items()}
    labels = {code: t.label for code, t in curated.event_types.items()}

    def line(actor_id: str, target_actor_id: str | None, event_type: str, status: str, date: object,
             date_precision: str | None, location: str | None) -> str:
        actor = names.get(actor_id, "unknown actor")
        target = f" → {names[target_actor_id]}" if pd.notna(target_actor_id) else ""
        when = f", {iso_label(str(date), date_precision)}" if pd.notna(date) else ""
        where = f" in {location}" if pd.notna(location) else ""
        return f"{actor}: {labels[event_type].lower()}{target}{where} ({status}{when})"

    if not len(events):
        return pd.Series([], dtype=object)
    fields = events[["actor_id", "target_actor_id", "event_type", "status", "date", "date_precision", "location"]]
    return pd.Series([line(*event) for event in fields.itertuples(index=False, name=None)], index=events.index)


def assemble_tables(curated: Curated, entries: list[SourceEntry], articles: list[Article],
                    rows: dict[str, pd.DataFrame], schemas: dict[str, TableSchema]) -> Assembled:
    """Every table of the package, each row built against its schema's fields."""
    fields = {table: Fields.of(schema) for table, schema in schemas.items()}
    codebooks = codebook_rows(curated, fields)
    actors = {**curated.actors, **candidate_actors(rows.get("candidate_actors", pd.DataFrame()), rows.get("actor_mentions", pd.DataFrame()))}
    candidates = rows.get("event_mention_candidates", pd.DataFrame())
    if not len(candidates.columns):
        candidates = pd.DataFrame(columns=curated.row_fields["event_mention_candidates"].names)
    workspace = Workspace()
    try:
        workspace.put("candidates", candidates.astype({"date": "object", "products": "object"}))
        workspace.put("actor_states", pd.DataFrame(
            [{"actor_id": a, "state_id": state_of(a, actors), "country": actor.country} for a, actor in actors.items()],
            columns=["actor_id", "state_id", "country"]))
        workspace.put("actor_names", pd.DataFrame([{"actor_id": a, "name": actor.name} for a, actor in actors.items()]))
        for name in ("event_types", "measure_types", "products"):
            workspace.put(name, _frame(codebooks[name]))
        dated = deduplicate_events(workspace, fields["event_mentions"])
        workspace.put("events", dated.events)
        workspace.put("mention_products", dated.mention_products)
        measures = derive_measures(workspace)
    finally:
        workspace.close()
    events = dated.events.merge(measures.event_measures, on="event_id", how="left")
    events["summary"] = _summaries(events, curated, actors)
    frames = {
        "sources": _frame(source_rows(entries, articles, fields["sources"])),
        "passages": rows.get("passages", pd.DataFrame()),
        "actor_mentions": rows.get("actor_mentions", pd.DataFrame()),
        "quotes": rows.get("quotes", pd.DataFrame()),
        "events": events,
        "event_mentions": dated.event_mentions,
        "measures": measures.measures,
        "measure_products": measures.measure_products,
        **{name: _frame(records) for name, records in codebooks.items()},
    }
    actor_tables = actor_rows(referenced_actor_ids(frames, schemas), actors, set(curated.actors), fields)
    frames.update({name: _frame(records) for name, records in actor_tables.items()})
    uncurated = frames["actors"].loc[~frames["actors"]["curated"], ["actor_id", "name", "actor_type", "country", "title"]]
    return Assembled(frames, dated.conflicts, uncurated.reset_index(drop=True))
