"""Errors that reach the user as a clear message rather than a traceback. Kept free of heavy imports, so that
the command line can catch them without loading the pipeline."""

from __future__ import annotations

from dataclasses import dataclass

MAX_SHOWN = 50


class JkecError(Exception):
    """A problem with the project's inputs that the user can fix; the message names the file, row or value."""


@dataclass(frozen=True)
class Violation:
    table: str
    column: str
    row: int | None
    value: object
    check: str

    def __str__(self) -> str:
        where = f"row {self.row}" if self.row is not None else "table"
        return f"{self.table}.{self.column} {where}: {self.value!r} — {self.check}"


class ValidationFailed(Exception):
    """The tables break their schemas; carries every violation."""

    def __init__(self, violations: list[Violation]) -> None:
        self.violations = violations
        shown = "\n  ".join(str(v) for v in violations[:MAX_SHOWN])
        more = f"\n  … and {len(violations) - MAX_SHOWN} more" if len(violations) > MAX_SHOWN else ""
        super().__init__(f"{len(violations)} validation error(s) (row = data row, 1 after the header):\n  {shown}{more}")
