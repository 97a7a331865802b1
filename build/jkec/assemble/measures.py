"""Trade measures from the events that announce, impose, suspend or lift them, set-based in DuckDB.

A measure is identified by its type, the implementing state (the acting actor's state) and the affected
country (the target's). It exists when an event imposes or announces it (an act the text says did not happen,
status denied, is no step on a measure): a lifting or suspension joins a
measure, it does not make one (a misread "lifting" must not invent a measure nobody imposed). An event whose
target is unknown joins the measure of the same type and state when the imposing and announcing events name
exactly one affected country; otherwise it is linked to no measure, since a measure, like a Global Trade Alert
intervention, always has an affected jurisdiction. Dates come from the occurred events: in force from the imposing event, removed from
the lifting one, announced from the announcing one; the most precise date wins, then the earliest.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from jkec.assemble.database import Workspace
from jkec.precision import rank_sql

CREATING = "('impose', 'announce')"  # the steps that show a measure exists; a lifting or suspension joins one
LINKED_SQL = f"""
CREATE OR REPLACE TABLE linked_raw AS
SELECT e.event_id, e.status, CAST(e.date AS DATE) AS date, e.date_precision, t.measure_effect, t.measure_type,
       sa.state_id AS implementing_actor_id, tc.country AS target_country,
       {rank_sql('e.date_precision')} AS rank
FROM events e
JOIN event_types t USING (event_type)
JOIN actor_states sa ON sa.actor_id = e.actor_id
LEFT JOIN actor_states tc ON tc.actor_id = e.target_actor_id
WHERE t.measure_type IS NOT NULL AND t.measure_effect IS NOT NULL AND sa.state_id IS NOT NULL
  AND e.status <> 'denied';

CREATE OR REPLACE TABLE keyed AS
SELECT l.*, coalesce(l.target_country, u.only_country) AS affected_country
FROM linked_raw l
LEFT JOIN (
    SELECT measure_type, implementing_actor_id, any_value(target_country) AS only_country
    FROM linked_raw WHERE target_country IS NOT NULL AND measure_effect IN {CREATING}
    GROUP BY ALL HAVING count(DISTINCT target_country) = 1
) u USING (measure_type, implementing_actor_id)
WHERE coalesce(l.target_country, u.only_country) IS NOT NULL;

CREATE OR REPLACE TABLE linked AS
SELECT k.* EXCLUDE (affected_country), k.affected_country,
       'ms_' || left(sha256(concat_ws(chr(31), k.measure_type, k.implementing_actor_id, k.affected_country)), 12) AS measure_id
FROM keyed k
WHERE EXISTS (SELECT 1 FROM keyed c
              WHERE c.measure_type = k.measure_type AND c.implementing_actor_id = k.implementing_actor_id
                AND c.affected_country = k.affected_country AND c.measure_effect IN {CREATING});
"""

DATE_SQL = """
SELECT measure_id, date AS {effect}_on, date_precision AS {effect}_on_precision FROM (
    SELECT measure_id, date, date_precision,
           row_number() OVER (PARTITION BY measure_id ORDER BY rank DESC, date) AS r
    FROM linked WHERE measure_effect = '{source_effect}' AND status = 'occurred' AND date IS NOT NULL)
WHERE r = 1
"""

MEASURES_SQL = f"""
SELECT l.measure_id,
       any_value(s.name) || ': ' || lower(any_value(t.label)) || coalesce(' (' || any_value(l.affected_country) || ')', '') AS name,
       l.measure_type,
       any_value(l.implementing_actor_id) AS implementing_actor_id,
       any_value(l.affected_country) AS affected_country,
       any_value(a.announced_on) AS announced_on, any_value(a.announced_on_precision) AS announced_on_precision,
       any_value(i.in_force_on) AS in_force_on, any_value(i.in_force_on_precision) AS in_force_on_precision,
       any_value(r.removed_on) AS removed_on, any_value(r.removed_on_precision) AS removed_on_precision,
       CASE WHEN bool_or(l.measure_effect = 'lift' AND l.status = 'occurred') THEN 'removed'
            WHEN bool_or(l.measure_effect = 'suspend' AND l.status = 'occurred') THEN 'suspended'
            WHEN bool_or(l.measure_effect = 'impose' AND l.status = 'occurred') THEN 'in_force'
            ELSE 'planned' END AS status,
       count(DISTINCT l.event_id) AS n_events
FROM linked l
JOIN measure_types t USING (measure_type)
JOIN actor_names s ON s.actor_id = l.implementing_actor_id
LEFT JOIN ({DATE_SQL.format(effect='announced', source_effect='announce')}) a USING (measure_id)
LEFT JOIN ({DATE_SQL.format(effect='in_force', source_effect='impose')}) i USING (measure_id)
LEFT JOIN ({DATE_SQL.format(effect='removed', source_effect='lift')}) r USING (measure_id)
GROUP BY l.measure_id, l.measure_type
"""

PRODUCTS_SQL = """
SELECT DISTINCT l.measure_id, p.product, p.hs_code, p.hs_version, p.hs_source
FROM linked l
JOIN mention_products mp USING (event_id)
JOIN products p USING (product)
"""


@dataclass(frozen=True)
class Measures:
    measures: pd.DataFrame
    measure_products: pd.DataFrame
    event_measures: pd.DataFrame


def derive_measures(workspace: Workspace) -> Measures:
    """Measures from the `events`, `event_types`, `measure_types`, `actor_states`, `actor_names`,
    `mention_products` and `products` tables."""
    workspace.run(LINKED_SQL)
    return Measures(
        measures=workspace.frame(MEASURES_SQL),
        measure_products=workspace.frame(PRODUCTS_SQL),
        event_measures=workspace.frame("SELECT DISTINCT event_id, measure_id FROM linked"),
    )
