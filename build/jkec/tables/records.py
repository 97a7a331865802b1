"""Rows built against a table's field names: each value is the item's attribute of the same name, or computed."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from jkec.errors import JkecError
from jkec.tables.schema import TableSchema

_MISSING = object()


@dataclass(frozen=True)
class Fields:
    """The fields of one table's rows, in order: a published table's from its schema, or an intermediate one's."""

    table: str
    names: tuple[str, ...]

    @classmethod
    def of(cls, schema: TableSchema) -> Fields:
        return cls(schema.name, tuple(schema.field_names))

    @cached_property
    def _known(self) -> frozenset[str]:
        return frozenset(self.names)

    def record(self, item: object, **computed: object) -> dict[str, object]:
        """One row: each field the value computed for it, else the attribute of `item` of the same name."""
        if unknown := sorted(computed.keys() - self._known):
            raise JkecError(f"table {self.table}: {', '.join(unknown)} computed but not among its fields")
        return {name: computed[name] if name in computed else self._attribute(item, name) for name in self.names}

    def _attribute(self, item: object, name: str) -> object:
        value = getattr(item, name, _MISSING)
        if value is _MISSING:
            raise JkecError(f"table {self.table}: field {name} has no value ({type(item).__name__} has no attribute "
                            "of that name and none is computed)")
        return value
