"""The curated codebooks as tables: event types, measure types, products, places."""

from __future__ import annotations

from jkec.curated import Curated


def codebook_rows(curated: Curated) -> dict[str, list[dict]]:
    return {
        "event_types": [
            {
                "event_type": t.event_type, "label": t.label, "definition": t.definition,
                "plover_type": t.plover_type, "plover_mode": t.plover_mode,
                "measure_effect": t.measure_effect, "measure_type": t.measure_type,
            }
            for t in curated.event_types.values()
        ],
        "measure_types": [
            {
                "measure_type": t.measure_type, "label": t.label, "definition": t.definition,
                "gta_intervention_type": t.gta_intervention_type,
            }
            for t in curated.measure_types.values()
        ],
        "products": [
            {
                "product": p.product, "hs_code": p.hs_code, "hs_version": p.hs_version,
                "hs_source": p.hs_source, "note": p.note,
            }
            for p in curated.products.values()
        ],
        "places": [{"place": p.place, "country": p.country} for p in curated.places.values()],
    }
