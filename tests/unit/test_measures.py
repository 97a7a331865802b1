"""Trade measures from events (assemble/measures.py) on small tables in a DuckDB workspace: a measure exists
when an event imposes or announces it; a lifting joins one and never makes one."""

from __future__ import annotations

import pandas as pd
from jkec.assemble.database import Workspace
from jkec.assemble.measures import derive_measures

EVENT_TYPES = pd.DataFrame(
    [("impose_export_control", "impose", "export_licensing_requirement", "Impose export control"),
     ("lift_export_control", "lift", "export_licensing_requirement", "Lift export control")],
    columns=["event_type", "measure_effect", "measure_type", "label"],
)
MEASURE_TYPES = pd.DataFrame([("export_licensing_requirement", "Export licensing requirement")],
                             columns=["measure_type", "label"])
STATES = pd.DataFrame([("rur", "rur", "RUR"), ("fre", "fre", "FRE")], columns=["actor_id", "state_id", "country"])
NAMES = pd.DataFrame([("rur", "Ruritania"), ("fre", "Freedonia")], columns=["actor_id", "name"])


def measures_of(events: list[tuple]) -> pd.DataFrame:
    workspace = Workspace()
    try:
        workspace.put("events", pd.DataFrame(events, columns=["event_id", "event_type", "status", "date", "date_precision",
                                                               "actor_id", "target_actor_id"]))
        workspace.put("event_types", EVENT_TYPES)
        workspace.put("measure_types", MEASURE_TYPES)
        workspace.put("actor_states", STATES)
        workspace.put("actor_names", NAMES)
        workspace.put("mention_products", pd.DataFrame(columns=["event_id", "product"]))
        workspace.put("products", pd.DataFrame(columns=["product", "hs_code", "hs_version", "hs_source"]))
        return derive_measures(workspace).measures
    finally:
        workspace.close()


def test_an_imposed_measure_is_removed_by_its_lifting():
    measures = measures_of([("e1", "impose_export_control", "occurred", "2019-07-04", "day", "rur", "fre"),
                            ("e2", "lift_export_control", "occurred", "2023-03-23", "day", "rur", None)])
    assert measures[["implementing_actor_id", "affected_country", "status"]].values.tolist() == [["rur", "FRE", "removed"]]


def test_a_lifting_alone_makes_no_measure():
    measures = measures_of([("e1", "lift_export_control", "planned", None, None, "fre", "rur"),
                            ("e2", "impose_export_control", "occurred", "2019-07-04", "day", "rur", "fre")])
    assert measures["implementing_actor_id"].tolist() == ["rur"]


def test_an_imposing_that_did_not_happen_makes_no_measure():
    assert measures_of([("e1", "impose_export_control", "denied", None, None, "rur", "fre")]).empty
