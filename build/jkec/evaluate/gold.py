"""Gold annotations: one YAML file per article (tests/gold/<source_id>.yaml), written by reading the article
(curated/ANNOTATION.md says how). Loaded into one frame per layer."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from jkec.errors import JkecError
from jkec.project import read_yaml

LAYERS = {
    "quotes": ("text", "char_start", "char_end", "kind", "speaker", "attribution", "said_on", "said_on_precision"),
    "actor_mentions": ("text", "char_start", "char_end", "actor_id"),
    "event_mentions": ("text", "char_start", "char_end", "event_type", "status", "actor", "target", "date", "date_precision", "date_text"),
    "measures": ("measure_type", "implementing", "affected_country", "products", "announced_on", "announced_on_precision",
                 "in_force_on", "in_force_on_precision", "removed_on", "removed_on_precision", "status"),
}
SPAN_LAYERS = ("quotes", "actor_mentions", "event_mentions")
SPLITS = ("dev", "test")


@dataclass(frozen=True)
class Gold:
    """The gold layers of the annotated articles, each a frame with a source_id column."""

    sources: tuple[str, ...]
    layers: dict[str, pd.DataFrame]
    splits: dict[str, str]

    def only(self, split: str) -> Gold:
        """The gold of the articles of one split (`all`: every article)."""
        if split == "all":
            return self
        sources = tuple(source for source in self.sources if self.splits[source] == split)
        layers = {name: frame[frame.source_id.isin(sources)].reset_index(drop=True) for name, frame in self.layers.items()}
        return Gold(sources, layers, {source: split for source in sources})


def _text(value: object) -> object:
    return None if value is None else str(value)


def _rows(document: dict, layer: str, source_id: str, path: Path) -> list[dict]:
    rows = []
    for number, item in enumerate(document.get(layer) or [], start=1):
        missing = [key for key in LAYERS[layer] if key not in item]
        if missing:
            raise JkecError(f"{path}: {layer} entry {number} lacks {', '.join(missing)}")
        row = {"source_id": source_id, **{key: item[key] for key in LAYERS[layer]}}
        for key in ("date", "said_on", "announced_on", "in_force_on", "removed_on"):
            if key in row:
                row[key] = _text(row[key])
        rows.append(row)
    return rows


def check_offsets(layers: dict[str, pd.DataFrame], texts: dict[str, str], folder: Path) -> None:
    """Every gold span must be verbatim at its offsets, as the package's own evidence is."""
    for layer in SPAN_LAYERS:
        for row in layers[layer].itertuples(index=False):
            if row.source_id not in texts:
                raise JkecError(f"{folder}/{row.source_id}.yaml: no article {row.source_id} in the corpus (add it with jkec add)")
            if texts[row.source_id][row.char_start : row.char_end] != row.text:
                raise JkecError(f"{folder}/{row.source_id}.yaml: {layer} text {row.text[:40]!r} is not at {row.char_start}:{row.char_end}")


def load_gold(folder: Path, texts: dict[str, str]) -> Gold:
    """Every <source_id>.yaml in `folder`, checked against the raw texts."""
    if not folder.is_dir():
        raise JkecError(f"{folder}: no such gold folder")
    rows: dict[str, list[dict]] = {layer: [] for layer in LAYERS}
    sources = []
    splits = {}
    for path in sorted(folder.glob("*.yaml")):
        document = read_yaml(path)
        if not isinstance(document, dict) or "source_id" not in document:
            raise JkecError(f"{path}: a gold file is a mapping with a source_id")
        if document.get("split") not in SPLITS:
            raise JkecError(f"{path}: split must be one of {', '.join(SPLITS)}, not {document.get('split')!r}")
        sources.append(str(document["source_id"]))
        splits[sources[-1]] = document["split"]
        for layer in LAYERS:
            rows[layer] += _rows(document, layer, sources[-1], path)
    if not sources:
        raise JkecError(f"{folder}: no gold files (<source_id>.yaml)")
    layers = {layer: pd.DataFrame(records, columns=["source_id", *LAYERS[layer]]) for layer, records in rows.items()}
    check_offsets(layers, texts, folder)
    return Gold(tuple(sources), layers, splits)
