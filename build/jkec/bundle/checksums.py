"""SHA256SUMS: the sha256 of every file of a bundle's core, in the format `sha256sum -c` reads."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

from jkec.errors import JkecError

SUMS = "SHA256SUMS"
LINE = re.compile(r"([0-9a-f]{64})  (\S.*)")


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def write_sums(folder: Path, names: list[str]) -> Path:
    """folder/SHA256SUMS for the files `names` (paths relative to folder), sorted."""
    path = folder / SUMS
    path.write_text("".join(f"{sha256(folder / name)}  {name}\n" for name in sorted(names)), encoding="utf-8")
    return path


def read_sums(folder: Path) -> dict[str, str]:
    """File name → recorded sha256; a malformed line is an error naming it."""
    path = folder / SUMS
    if not path.is_file():
        raise JkecError(f"{path}: not found (not a release bundle?)")
    sums = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = LINE.fullmatch(line)
        if not match:
            raise JkecError(f"{SUMS} line {number}: not `<sha256>  <file>`: {line!r}")
        sums[match.group(2)] = match.group(1)
    return sums


def checksum_problems(folder: Path, outside: set[str]) -> list[str]:
    """Every listed file that is missing or whose bytes changed, and every file not listed (except `outside`)."""
    sums = read_sums(folder)
    problems = []
    for name, recorded in sums.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: listed in {SUMS} but missing")
        elif (actual := sha256(path)) != recorded:
            problems.append(f"{name}: sha256 is {actual} ({path.stat().st_size} bytes), {SUMS} records {recorded}")
    present = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    problems += [f"{name}: not listed in {SUMS}" for name in present if name not in sums and name not in outside | {SUMS}]
    return problems
