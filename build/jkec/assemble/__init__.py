"""Cross-article steps: turn the per-article rows into the package's tables, set-based in DuckDB."""
