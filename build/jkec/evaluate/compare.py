"""Compare the built package with the gold annotations, layer by layer."""

from __future__ import annotations

import pandas as pd

from jkec.evaluate.gold import Gold
from jkec.evaluate.matching import pair_spans
from jkec.evaluate.scores import Scorer, date_within, same, same_date
from jkec.precision import RANK

MEASURE_KEY = ["measure_type", "implementing", "affected_country"]


def _span(row: pd.Series) -> str:
    return f"{row.char_start}:{row.char_end} {str(row.text)[:70]!r}"


def _quotes(scorer: Scorer, gold: pd.DataFrame, predicted: pd.DataFrame) -> None:
    for rule in ("exact", "overlap"):
        scorer.detection("quotes", "span", rule, gold, predicted, pair_spans(gold, predicted, rule, prefer=("kind", "kind")), _span)
    pairs = pair_spans(gold, predicted, "overlap", prefer=("kind", "kind"))
    fields = {
        "speaker": (lambda r: r.speaker, lambda r: r.speaker_actor_id),
        "kind": (lambda r: r.kind, None),
        "attribution": (lambda r: r.attribution, None),
    }
    for field, (value, predicted_value) in fields.items():
        scorer.field("quotes", field, "overlap", gold, predicted, pairs, value, same, _span, predicted_value)
    scorer.field("quotes", "said_on", "overlap", gold, predicted, pairs, lambda r: (r.said_on, r.said_on_precision), same_date, _span)


def _actor_mentions(scorer: Scorer, gold: pd.DataFrame, predicted: pd.DataFrame) -> None:
    for rule in ("exact", "overlap"):
        scorer.detection("actor_mentions", "span", rule, gold, predicted, pair_spans(gold, predicted, rule), _span)
    pairs = pair_spans(gold, predicted, "overlap")
    scorer.field("actor_mentions", "actor_id", "overlap", gold, predicted, pairs, lambda r: r.actor_id, same, _span)


def _event_mentions(scorer: Scorer, gold: pd.DataFrame, predicted: pd.DataFrame) -> None:
    def describe(row: pd.Series) -> str:
        return f"{row.event_type} @{row.char_start} {str(row.text)[:60]!r}"

    pairs = pair_spans(gold, predicted, "overlap", key="event_type", prefer=("actor", "actor_id"))
    scorer.detection("event_mentions", "mention", "overlap+type", gold, predicted, pairs, describe)
    for field, gold_column, predicted_column in (("status", "status", "status"), ("actor", "actor", "actor_id"),
                                                 ("target", "target", "target_actor_id")):
        scorer.field("event_mentions", field, "overlap+type", gold, predicted, pairs,
                     lambda r, c=gold_column: r[c], same, describe, lambda r, c=predicted_column: r[c])
    date = lambda r: (r.date, r.date_precision)  # noqa: E731 - one accessor for both sides
    scorer.field("event_mentions", "date_exact", "overlap+type", gold, predicted, pairs, date, same_date, describe)
    scorer.field("event_mentions", "date_within_precision", "overlap+type", gold, predicted, pairs, date, date_within, describe)


def gold_measures(gold: pd.DataFrame, published: dict[str, str]) -> pd.DataFrame:
    """One row per gold measure key across articles: products united, each date the most precise given, the
    status as the latest article tells it."""
    if gold.empty:
        return pd.DataFrame(columns=[*MEASURE_KEY, "products", "status"])
    rows = []
    for key, group in gold.assign(published=gold.source_id.map(published)).groupby(MEASURE_KEY, dropna=False):
        row = dict(zip(MEASURE_KEY, key))
        row["products"] = sorted({p for products in group.products for p in products})
        for field in ("announced_on", "in_force_on", "removed_on"):
            dated = group[group[field].notna()]
            best = dated.assign(rank=dated[f"{field}_precision"].map(RANK)).sort_values(["rank", field], ascending=[False, True])
            row[field] = best[field].iloc[0] if len(best) else None
            row[f"{field}_precision"] = best[f"{field}_precision"].iloc[0] if len(best) else None
        row["status"] = group.sort_values("published").status.iloc[-1]
        row["source_id"] = "(all)"
        rows.append(row)
    return pd.DataFrame(rows)


def _measures(scorer: Scorer, gold: pd.DataFrame, predicted: pd.DataFrame, products: pd.DataFrame) -> None:
    predicted = predicted.rename(columns={"implementing_actor_id": "implementing"}).assign(source_id="(all)")
    describe = lambda r: f"{r.measure_type} by {r.implementing} on {r.affected_country}"  # noqa: E731
    merged = gold.reset_index().merge(predicted.reset_index(), on=MEASURE_KEY, suffixes=("_g", "_p"))
    pairs = list(zip(merged.index_g, merged.index_p))
    scorer.detection("measures", "measure", "key", gold, predicted, pairs, describe)
    for field in ("announced_on", "in_force_on", "removed_on"):
        value = lambda r, f=field: (r[f], r[f"{f}_precision"])  # noqa: E731
        scorer.field("measures", f"{field}_exact", "key", gold, predicted, pairs, value, same_date, describe)
        scorer.field("measures", f"{field}_within_precision", "key", gold, predicted, pairs, value, date_within, describe)
    scorer.field("measures", "status", "key", gold, predicted, pairs, lambda r: r.status, same, describe)
    gold_products = pd.DataFrame(
        [{**{k: r[k] for k in MEASURE_KEY}, "product": p, "source_id": "(all)"} for _, r in gold.iterrows() for p in r.products],
        columns=[*MEASURE_KEY, "product", "source_id"],
    )
    predicted_products = products.merge(predicted[["measure_id", *MEASURE_KEY, "source_id"]], on="measure_id")[
        [*MEASURE_KEY, "product", "source_id"]
    ]
    matched = gold_products.reset_index().merge(predicted_products.reset_index(), on=[*MEASURE_KEY, "product"], suffixes=("_g", "_p"))
    scorer.detection("measure_products", "product", "key+product", gold_products, predicted_products,
                     list(zip(matched.index_g, matched.index_p)), lambda r: f"{describe(r)}: {r['product']}")


def compare(gold: Gold, package: dict[str, pd.DataFrame], split: str = "all") -> Scorer:
    """Scores of the package's records for the gold articles against the gold, labelled with their split."""
    scorer = Scorer(split)
    only = lambda frame: frame[frame.source_id.isin(gold.sources)].reset_index(drop=True)  # noqa: E731
    _quotes(scorer, gold.layers["quotes"], only(package["quotes"]))
    _actor_mentions(scorer, gold.layers["actor_mentions"], only(package["actor_mentions"]))
    events = package["events"][["event_id", "event_type", "status", "actor_id", "target_actor_id"]]
    mentions = only(package["event_mentions"]).merge(events, on="event_id", suffixes=("", "_of_event"))
    for role in ("actor_id", "target_actor_id"):  # a mention that names no party reads as its event does
        mentions[role] = mentions[role].where(mentions[role].notna(), mentions[f"{role}_of_event"])
    _event_mentions(scorer, gold.layers["event_mentions"], mentions)
    published = dict(zip(package["sources"].source_id, package["sources"].published.astype(str)))
    in_gold_articles = package["event_mentions"][package["event_mentions"].source_id.isin(gold.sources)].event_id
    linked = package["events"][package["events"].event_id.isin(in_gold_articles)].measure_id.dropna()
    measures = package["measures"][package["measures"].measure_id.isin(linked)].reset_index(drop=True)
    _measures(scorer, gold_measures(gold.layers["measures"], published), measures, package["measure_products"])
    return scorer
