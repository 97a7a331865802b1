"""The standard check: Frictionless validates the package as a reader would (types, constraints, keys,
foreign keys, sizes and hashes), and must have read every resource it lists."""

from __future__ import annotations

from pathlib import Path

import frictionless

from jkec.errors import JkecError


def frictionless_validate(descriptor_path: Path, expected_rows: dict[str, int] | None = None) -> dict[str, int]:
    """Validate the package; return rows read per resource. Fails on any error and on any resource not read
    (a misnamed descriptor is otherwise reported valid without a row being read)."""
    if not descriptor_path.is_file():
        raise JkecError(f"{descriptor_path}: package descriptor not found (run `jkec build`)")
    try:
        descriptor = frictionless.Package(str(descriptor_path))  # read once: it lists every source
        report = descriptor.validate()
    except frictionless.FrictionlessException as exc:
        raise JkecError(f"{descriptor_path}: cannot be read as a data package ({exc.error.message})") from exc
    rows = {task.name: task.stats.get("rows", 0) for task in report.tasks}
    problems = [
        f"{task.name}: {error.message}" for task in report.tasks for error in task.errors[:20]
    ] + [f"package: {error.message}" for error in report.errors]
    listed = [resource.name for resource in descriptor.resources]
    if not listed:
        problems.append(f"{descriptor_path.name}: lists no resources")
    problems += [f"{name}: not read by the validator" for name in listed if name not in rows]
    if expected_rows:
        problems += [
            f"{name}: validator read {rows.get(name)} rows, the build wrote {count}"
            for name, count in expected_rows.items()
            if rows.get(name) != count
        ]
    if problems or not report.valid:
        raise JkecError("frictionless validation failed:\n  " + "\n  ".join(problems or ["report invalid"]))
    return rows
