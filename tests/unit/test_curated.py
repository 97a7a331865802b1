"""The event codebook loader refuses bad entries, naming the file and the entry."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from jkec.curated import load_event_types
from jkec.errors import JkecError

GOOD = {"code": "hold_talks", "label": "Hold talks", "definition": "Officials meet.", "triggers": [r"\bmet\b"]}


def write_codebook(folder: Path, **changes) -> Path:
    path = folder / "event_types.yaml"
    path.write_text(yaml.safe_dump({"event_types": [{**GOOD, **changes}]}), encoding="utf-8")
    return path


def test_good_entry_loads_with_its_rules(tmp_path):
    (event_type,) = load_event_types(write_codebook(tmp_path, status="planned", target="addressee", joint=True), {}).values()
    assert (event_type.fixed_status, event_type.addressee_target, event_type.joint) == ("planned", True, True)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        pytest.param({"status": "happened"}, "status 'happened' is not one of", id="status"),
        pytest.param({"target": "object"}, "target 'object' is not one of", id="target-rule"),
        pytest.param({"joint": "yes"}, "joint 'yes' is not true or false", id="joint"),
        pytest.param({"measure_effect": "tighten"}, "measure_effect 'tighten' is not one of", id="measure-effect"),
        pytest.param({"measure_type": "embargo"}, "unknown measure_type 'embargo'", id="measure-type"),
        pytest.param({"triggers": ["(unclosed"]}, "invalid pattern", id="trigger"),
        pytest.param({"label": None}, "missing label", id="missing-label"),
    ],
)
def test_bad_entry_is_refused_naming_file_and_entry(tmp_path, changes, message):
    path = write_codebook(tmp_path, **changes)
    with pytest.raises(JkecError, match=message) as error:
        load_event_types(path, {})
    assert str(path) in str(error.value) and "event type 1 (hold_talks)" in str(error.value)
