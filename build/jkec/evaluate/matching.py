"""How a predicted record is paired with a gold one.

Span rules (stated once, used everywhere):
- exact: same article, same char_start and char_end;
- overlap: same article and the two spans share at least one character.
Pairing is one-to-one: candidate pairs are taken greedily, exact ones first, then pairs that agree on a
preferred column (for quotations: the kind, so that a direct quotation inside an indirect one pairs with the
gold direct one; for event mentions: the actor, so that the two mentions of a reciprocal act pair with
their gold twins), then by the number of shared characters (largest first), ties broken by position, so that
the result does not depend on row order. A key (for event mentions: the event type) must also be equal.
"""

from __future__ import annotations

import pandas as pd


def shared_characters(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def pair_spans(gold: pd.DataFrame, predicted: pd.DataFrame, rule: str, key: str | None = None,
               prefer: tuple[str, str] | None = None) -> list[tuple[int, int]]:
    """(gold index, predicted index) pairs under `rule` ("exact" or "overlap"); `prefer` names a gold and a
    predicted column whose agreement ranks a pair first."""
    candidates = gold.reset_index().merge(
        predicted.reset_index(), on=["source_id", *([key] if key else [])], suffixes=("_g", "_p")
    )
    if candidates.empty:
        return []
    candidates["shared"] = [
        shared_characters(gs, ge, ps, pe)
        for gs, ge, ps, pe in zip(candidates.char_start_g, candidates.char_end_g, candidates.char_start_p, candidates.char_end_p)
    ]
    candidates["exact"] = (candidates.char_start_g == candidates.char_start_p) & (candidates.char_end_g == candidates.char_end_p)
    candidates["preferred"] = (
        candidates[prefer[0] if prefer[0] != prefer[1] else f"{prefer[0]}_g"]
        == candidates[prefer[1] if prefer[0] != prefer[1] else f"{prefer[1]}_p"]
        if prefer else True
    )
    candidates = candidates[candidates["exact"] if rule == "exact" else candidates["shared"] > 0]
    ordered = candidates.sort_values(
        ["exact", "preferred", "shared", "source_id", "char_start_g", "char_start_p"],
        ascending=[False, False, False, True, True, True], kind="stable",
    )
    pairs, used_gold, used_predicted = [], set(), set()
    for row in ordered.itertuples(index=False):
        if row.index_g not in used_gold and row.index_p not in used_predicted:
            pairs.append((row.index_g, row.index_p))
            used_gold.add(row.index_g)
            used_predicted.add(row.index_p)
    return pairs
