"""The bundle as a zip: entries sorted, one fixed time stamp and mode, so that a rebuild gives the same bytes;
and reading one back safely."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path, PurePosixPath

from jkec.errors import JkecError

ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.timezone.utc)  # the earliest time a zip entry can carry


def write_zip(folder: Path, path: Path, names: list[str], moment: dt.datetime) -> Path:
    """path: the files `names` of `folder`, under one top folder named like `folder`."""
    stamp = max(moment, ZIP_EPOCH).astimezone(dt.timezone.utc).timetuple()[:6]
    with zipfile.ZipFile(path, "w") as archive:
        for name in sorted(names):
            entry = zipfile.ZipInfo(f"{folder.name}/{name}", date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.create_system = 3  # Unix, whatever the machine, so that the mode below is read
            entry.external_attr = 0o100644 << 16
            archive.writestr(entry, (folder / name).read_bytes(), compresslevel=9)
    return path


def extract_zip(path: Path, target: Path) -> Path:
    """Unpack a bundle zip into target; return its one top folder. Refuses entries that would land outside it."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            tops = {PurePosixPath(name).parts[0] for name in names if name}
            unsafe = [n for n in names if PurePosixPath(n).is_absolute() or ".." in PurePosixPath(n).parts]
            if len(tops) != 1 or unsafe:
                raise JkecError(f"{path}: not a bundle zip (one top folder, no absolute or '..' paths): {sorted(tops)[:3]} {unsafe[:3]}")
            archive.extractall(target)
    except zipfile.BadZipFile as exc:
        raise JkecError(f"{path}: not a zip file ({exc})") from exc
    return target / tops.pop()
