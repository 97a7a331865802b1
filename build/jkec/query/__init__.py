"""Querying the package with DuckDB."""
