"""De-duplicate event mentions across articles into events, set-based in DuckDB.

Mentions are grouped by event type and status; within a group their actors and their targets must agree by
state (so "Japan", "Tokyo" and "Japan's government" tightening the same controls fall together), an unknown
actor or target agreeing with any. Within a group, the most precise dated mentions are the seeds of events; a
less precise mention joins the one seed its date is compatible with ("July 2019" joins "2019-07-04"), and so
does an equally precise one that knows less of actor and target (a same-day mention with no target joins the
one that names it). A mention compatible with several seeds is a date conflict: it is not merged, it stands
as its own event and the build reports it; except the mention of a step on a trade measure, which joins the
seed that most dated mentions tell, by the rule below for undated steps ("in 2019, Japan tightened ..." joins
the July 2019 tightening that a month-precise "eight months ago" elsewhere does not take from it).

An undated mention stays an event of its own (without a date, two statements or meetings cannot be told to
be the same), except the mention of a step on a trade measure (imposing, lifting, announcing or suspending
it) that names its actor or target: a state imposes a given measure on a given country once, so such a
mention joins the seed of its group that most dated mentions tell ("after Tokyo restricted exports ..." joins
the July 2019 tightening); when two seeds are told equally often it stays apart.

An event's actor, target and location are the ones its mentions name most often; on a tie of actors, a
government or person before the bare state ("Government of Japan" before "Japan").

An event's id names its first mention (the earliest source, then the first offset; the mention's own actor
and target tell the two acts of a reciprocal sentence apart), never the event's fields: an
article added later has a later source id, so it can add mentions to an event, narrow its date or name its
actor without changing the id that researchers cite.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from jkec.assemble.database import Workspace
from jkec.precision import period_end_sql, rank_sql
from jkec.tables.records import Fields

GROUP = "event_type, status"
AGREE = (
    "(a.actor_group = s.actor_group OR a.actor_group = '' OR s.actor_group = '')"
    " AND (a.target_group = s.target_group OR a.target_group = '' OR s.target_group = '')"
)

KNOWN = "((({t}.actor_group <> '')::INT) + (({t}.target_group <> '')::INT))"  # how much of actor and target is known

MENTIONS_SQL = f"""
CREATE OR REPLACE TABLE m AS
SELECT c.*, changes_measure,
       row_number() OVER (ORDER BY source_id, char_start, trigger_char_start, event_type) AS mention_key,
       coalesce(sa.state_id, c.actor_id, '') AS actor_group,
       coalesce(st.state_id, c.target_actor_id, '') AS target_group,
       CAST(c.date AS DATE) AS d,
       {rank_sql('c.date_precision')} AS rank
FROM candidates c
JOIN (SELECT event_type, measure_effect IS NOT NULL AS changes_measure FROM event_types) USING (event_type)
LEFT JOIN actor_states sa ON sa.actor_id = c.actor_id
LEFT JOIN actor_states st ON st.actor_id = c.target_actor_id;

CREATE OR REPLACE TABLE seeds AS
SELECT DISTINCT {GROUP}, actor_group, target_group, d, date_precision, rank
FROM m s
WHERE d IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM m a
    WHERE a.d IS NOT NULL AND (a.rank > s.rank OR (a.rank = s.rank AND {KNOWN.format(t='a')} > {KNOWN.format(t='s')}))
      AND a.event_type = s.event_type AND a.status = s.status AND {AGREE}
      AND date_trunc(s.date_precision, a.d) = date_trunc(s.date_precision, s.d));

CREATE OR REPLACE TABLE seed_support AS
SELECT s.*, (SELECT count(*) FROM m a
             WHERE a.event_type = s.event_type AND a.status = s.status AND a.d IS NOT NULL AND {AGREE}
               AND s.rank >= a.rank AND date_trunc(a.date_precision, s.d) = date_trunc(a.date_precision, a.d)) AS support
FROM seeds s;

CREATE OR REPLACE TABLE fits AS
SELECT mention_key, count(*) AS n_seeds, min(d) AS seed_d, min(date_precision) AS seed_precision,
       max(actor_group) AS seed_actor, max(target_group) AS seed_target
FROM (
    SELECT a.mention_key, a.d IS NULL OR a.changes_measure AS by_support, s.d, s.date_precision, s.actor_group,
           s.target_group, s.support
    FROM m a JOIN seed_support s USING ({GROUP})
    WHERE {AGREE} AND (
          (a.d IS NOT NULL AND s.rank >= a.rank AND date_trunc(a.date_precision, s.d) = date_trunc(a.date_precision, a.d))
       OR (a.d IS NULL AND a.changes_measure AND {KNOWN.format(t='a')} > 0))
    QUALIFY NOT by_support OR support = max(support) OVER (PARTITION BY mention_key))
GROUP BY mention_key;

CREATE OR REPLACE TABLE assigned AS
SELECT m.*,
       m.d IS NOT NULL AND coalesce(f.n_seeds, 0) > 1 AS conflicting,
       CASE WHEN f.n_seeds = 1 THEN f.seed_d ELSE m.d END AS event_date,
       CASE WHEN f.n_seeds = 1 THEN f.seed_precision ELSE m.date_precision END AS event_precision,
       CASE WHEN f.n_seeds = 1 THEN f.seed_actor ELSE m.actor_group END AS event_actor,
       CASE WHEN f.n_seeds = 1 THEN f.seed_target ELSE m.target_group END AS event_target
FROM m LEFT JOIN fits f USING (mention_key);

CREATE OR REPLACE TABLE clustered AS
SELECT *,
       concat_ws(chr(31), event_type, event_actor, event_target, status,
                 coalesce(CAST(event_date AS VARCHAR) || chr(31) || event_precision,
                          concat_ws(chr(31), 'undated', source_id, trigger_char_start))) AS cluster,
       concat_ws(chr(31), source_id, lpad(CAST(char_start AS VARCHAR), 10, '0'),
                 lpad(CAST(trigger_char_start AS VARCHAR), 10, '0'), event_type, actor_group, target_group) AS mention_name
FROM assigned;

CREATE OR REPLACE TABLE keyed AS
SELECT *, 'ev_' || left(sha256(min(mention_name) OVER (PARTITION BY cluster)), 12) AS event_id
FROM clustered;
"""

MOST_FREQUENT_SQL = """
SELECT event_id, value FROM (
    SELECT k.event_id, k.{column} AS value, row_number() OVER (
               PARTITION BY k.event_id ORDER BY count(*) DESC, bool_or(s.state_id = k.{column}), k.{column}) AS r
    FROM keyed k LEFT JOIN actor_states s ON s.actor_id = k.{column}
    WHERE k.{column} IS NOT NULL GROUP BY k.event_id, k.{column})
WHERE r = 1
"""

EVENTS_SQL = f"""
SELECT k.event_id,
       any_value(k.event_date) AS date,
       any_value(k.event_precision) AS date_precision,
       CASE WHEN any_value(k.event_precision) = 'week'
            THEN {period_end_sql('any_value(k.event_date)', 'any_value(k.event_precision)')} END AS date_end,
       any_value(k.event_type) AS event_type,
       any_value(t.plover_type) AS plover_type,
       any_value(t.plover_mode) AS plover_mode,
       any_value(k.status) AS status,
       any_value(a.value) AS actor_id,
       any_value(g.value) AS target_actor_id,
       any_value(l.value) AS location,
       count(*) AS n_mentions,
       count(DISTINCT k.source_id) AS n_sources
FROM keyed k
JOIN event_types t USING (event_type)
LEFT JOIN ({MOST_FREQUENT_SQL.format(column='actor_id')}) a USING (event_id)
LEFT JOIN ({MOST_FREQUENT_SQL.format(column='target_actor_id')}) g USING (event_id)
LEFT JOIN ({MOST_FREQUENT_SQL.format(column='location')}) l USING (event_id)
GROUP BY k.event_id
"""

@dataclass(frozen=True)
class DatedEvents:
    events: pd.DataFrame
    event_mentions: pd.DataFrame
    mention_products: pd.DataFrame
    conflicts: pd.DataFrame


def deduplicate_events(workspace: Workspace, mention_fields: Fields) -> DatedEvents:
    """Events and their mentions (with `mention_fields`) from the `candidates`, `actor_states` and `event_types`
    tables."""
    workspace.run(MENTIONS_SQL)
    return DatedEvents(
        events=workspace.frame(EVENTS_SQL),
        event_mentions=workspace.frame(f"SELECT {', '.join(mention_fields.names)} FROM keyed"),
        mention_products=workspace.frame(
            "SELECT DISTINCT event_id, unnest(string_split(products, '|')) AS product FROM keyed WHERE products IS NOT NULL"
        ),
        conflicts=workspace.frame(
            "SELECT event_type, status, source_id, char_start, date_text, CAST(d AS VARCHAR) AS date, date_precision "
            "FROM keyed WHERE conflicting ORDER BY source_id, char_start"
        ),
    )
