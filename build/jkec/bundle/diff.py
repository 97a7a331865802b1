"""Record-level differences between two versions: per table and primary key, the records added, removed and
changed (with each changed field, old → new), and the columns added or removed. A table whose primary key the two
versions do not share is compared record by record as a whole."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd

from jkec.bundle.snapshot import Snapshot

KEY_SEPARATOR = " | "


@dataclass(frozen=True)
class Change:
    """One line of a diff: a record added or removed, or one changed field of a record."""

    table: str
    change: str  # added, removed or changed
    key: str
    field: str | None = None
    old: str | None = None
    new: str | None = None


@dataclass(frozen=True)
class TableDiff:
    """What changed in one table."""

    table: str
    added: int
    removed: int
    changed: int
    fields: dict[str, int] = field(default_factory=dict)  # changed field → records in which it changed
    columns_added: list[str] = field(default_factory=list)
    columns_removed: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.columns_added or self.columns_removed)


def _joined(frame: pd.DataFrame, columns: list[str]) -> list[str]:
    """Each row's values in `columns`, as one text (an empty cell as nothing)."""
    return [KEY_SEPARATOR.join(values) for values in frame[columns].fillna("").itertuples(index=False, name=None)]


def _keyed(frame: pd.DataFrame, key: list[str]) -> pd.DataFrame:
    return frame.set_index(pd.Index(_joined(frame, key), name="key")).sort_index()


def _value(value: object) -> str | None:
    return None if pd.isna(value) else str(value)


def _whole_records(table: str, old: pd.DataFrame, new: pd.DataFrame, columns: list[str]) -> list[Change]:
    """Records without a shared unique key: each is its values in the shared columns, added or removed as a whole."""
    before, after = Counter(_joined(old, columns)), Counter(_joined(new, columns))
    return ([Change(table, "added", k) for k in sorted((after - before).elements())]
            + [Change(table, "removed", k) for k in sorted((before - after).elements())])


def diff_table(table: str, old: pd.DataFrame, new: pd.DataFrame, key: list[str]) -> tuple[TableDiff, list[Change]]:
    """Compare one table's two versions record by record on its primary key."""
    columns_added = [c for c in new.columns if c not in old.columns]
    columns_removed = [c for c in old.columns if c not in new.columns]
    shared = [c for c in new.columns if c in old.columns]
    if not key or not set(key) <= set(shared) or old.duplicated(key).any() or new.duplicated(key).any():
        changes = _whole_records(table, old, new, shared)
        added = sum(c.change == "added" for c in changes)
        return TableDiff(table, added, len(changes) - added, 0, {}, columns_added, columns_removed), changes
    old, new = _keyed(old, key), _keyed(new, key)
    added, removed = new.index.difference(old.index), old.index.difference(new.index)
    common = new.index.intersection(old.index)
    compared = [c for c in shared if c not in key]
    before, after = old.loc[common, compared], new.loc[common, compared]
    differs = (before != after) & ~(before.isna() & after.isna())
    changes = [Change(table, "added", k) for k in added] + [Change(table, "removed", k) for k in removed]
    changes += [
        Change(table, "changed", k, column, _value(before.at[k, column]), _value(after.at[k, column]))
        for k in differs.index[differs.any(axis=1)] for column in compared if differs.at[k, column]
    ]
    fields = {column: int(count) for column, count in differs.sum().items() if count}
    summary = TableDiff(table, len(added), len(removed), int(differs.any(axis=1).sum()), fields, columns_added, columns_removed)
    return summary, sorted(changes, key=lambda c: (c.key, c.change, c.field or ""))


def diff_snapshots(old: Snapshot, new: Snapshot) -> tuple[list[TableDiff], list[Change]]:
    """Every table of either version, in the new version's order then the removed tables."""
    summaries, changes = [], []
    for table in [*new.tables, *(t for t in old.tables if t not in new.tables)]:
        empty = pd.DataFrame(columns=(new.tables.get(table) if table in new.tables else old.tables[table]).columns)
        summary, table_changes = diff_table(
            table, old.tables.get(table, empty), new.tables.get(table, empty),
            new.primary_keys.get(table) or old.primary_keys[table],
        )
        summaries.append(summary)
        changes += table_changes
    return summaries, changes
