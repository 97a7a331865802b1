"""The curated codebooks as tables: event types, measure types, products, places."""

from __future__ import annotations

from jkec.curated import Curated
from jkec.tables.records import Fields


def codebook_rows(curated: Curated, fields: dict[str, Fields]) -> dict[str, list[dict]]:
    """One row per codebook entry, each field from the entry's attribute of the same name."""
    codebooks = {"event_types": curated.event_types, "measure_types": curated.measure_types,
                 "products": curated.products, "places": curated.places}
    return {table: [fields[table].record(entry) for entry in entries.values()] for table, entries in codebooks.items()}
