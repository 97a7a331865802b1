"""A DuckDB session for set-based steps over in-memory frames."""

from __future__ import annotations

import duckdb
import pandas as pd


class Workspace:
    """An in-memory DuckDB database where frames are registered as tables and SQL returns frames."""

    def __init__(self) -> None:
        self.connection = duckdb.connect(":memory:")

    def put(self, name: str, frame: pd.DataFrame) -> None:
        self.connection.register(f"{name}_frame", frame)
        self.connection.execute(f"CREATE OR REPLACE TABLE {name} AS SELECT * FROM {name}_frame")
        self.connection.unregister(f"{name}_frame")

    def run(self, sql: str) -> None:
        self.connection.execute(sql)

    def frame(self, sql: str) -> pd.DataFrame:
        return self.connection.execute(sql).df()

    def close(self) -> None:
        self.connection.close()
