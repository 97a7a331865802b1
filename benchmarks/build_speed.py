"""Benchmark: `jkec build` and three typical `jkec sql` queries on synthetic corpora of N articles.

Run by hand (Linux: memory is read from /proc), from the project folder:

    .venv/bin/python benchmarks/build_speed.py --articles 100 --articles 1000 --articles 10000

For each size it writes a synthetic project (benchmarks/synthetic.py) into a temporary folder, untimed; runs
the installed `jkec build --root FOLDER` as a user would (with `--jobs N` when given, else on every available
core), sampling the resident memory of the whole process tree (the command and its worker processes, summed:
pages shared between processes count once per process, so this is an upper bound); then runs each query as its
own `jkec sql` process (start-up and loading the tables included). It prints the machine and one Markdown
table row per size.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from synthetic import synthetic_project

from jkec.corpus import available_cores

ROOT = Path(__file__).resolve().parents[1]
JKEC = Path(sys.executable).parent / "jkec"
PAGE = os.sysconf("SC_PAGE_SIZE")
SAMPLE_SECONDS = 0.05
QUERIES = {
    "events per month": "SELECT date_trunc('month', date) AS month, count(*) AS events FROM events "
                        "WHERE date IS NOT NULL GROUP BY month ORDER BY month",
    "quotes per speaker": "SELECT a.actor_id, a.name, count(q.quote_id) AS quotes FROM actors a "
                          "LEFT JOIN quotes q ON q.speaker_actor_id = a.actor_id "
                          "GROUP BY a.actor_id, a.name ORDER BY quotes DESC, a.actor_id",
    "measures with products": "SELECT m.measure_id, m.measure_type, m.status, "
                              "string_agg(p.product, ', ' ORDER BY p.product) AS products FROM measures m "
                              "LEFT JOIN measure_products p USING (measure_id) GROUP BY ALL ORDER BY m.measure_id",
}


def tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            parent = int(stat.read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(stat.parent.name))
    total, pending = 0, [root]
    while pending:
        pid = pending.pop()
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
        except (OSError, IndexError, ValueError):
            continue
        pending += children.get(pid, [])
    return total


def run_measured(command: list[str]) -> tuple[float, int]:
    """Wall seconds and peak resident bytes of the process tree of `command`; fails if the command fails."""
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "COLUMNS": "120"})
    peak, done = 0, threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, tree_rss(process.pid))
            done.wait(SAMPLE_SECONDS)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, errors = process.communicate()
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{' '.join(command)} failed:\n{errors}")
    return seconds, peak


def data_rows(folder: Path) -> int:
    """Rows of every table written (records, not lines: a cell may hold a line break)."""
    rows = 0
    for path in (folder / "data").glob("*.csv"):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += sum(1 for _ in csv.reader(handle)) - 1
    return rows


def machine() -> str:
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor())
    return (f"{os.cpu_count()} cores ({available_cores()} available to this process, `nproc`), {memory:.0f} GiB, "
            f"{model}; Python {platform.python_version()}, {platform.system()} {platform.release()}")


SOURCE_DIGEST = ".source-digest"  # in a kept corpus: the digest of the project files it was made from
SOURCES = ("raw", "curated", "schemas", "build/release.yaml")


def source_digest() -> str:
    """A digest of the project files a synthetic corpus is made from (articles, curated knowledge, schemas)."""
    digest = hashlib.sha256()
    for source in SOURCES:
        path = ROOT / source
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file():
                digest.update(str(file.relative_to(ROOT)).encode() + b"\0" + file.read_bytes())
    return digest.hexdigest()


def _read(path: Path) -> str | None:
    return path.read_text(encoding="utf-8") if path.is_file() else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, action="append", help="corpus size (repeat for several)")
    parser.add_argument("--jobs", type=int, default=None, help="passed to jkec build (default: every core)")
    parser.add_argument("--seed", type=int, default=0, help="seed of the synthetic corpora")
    parser.add_argument("--keep", type=Path, default=None, help="write the corpora into this folder and keep them")
    arguments = parser.parse_args()
    print(f"Machine: {machine()}", flush=True)
    header = ["articles", "jobs", "build s", "articles/s", "peak MiB", "rows", *(f"{name} s" for name in QUERIES)]
    print("| " + " | ".join(header) + " |\n|" + "---|" * len(header), flush=True)
    jobs = arguments.jobs or available_cores()
    for articles in arguments.articles or [100]:
        with tempfile.TemporaryDirectory() as temporary:
            folder = arguments.keep / f"corpus-{articles}-seed-{arguments.seed}" if arguments.keep else Path(temporary)
            if _read(folder / SOURCE_DIGEST) != source_digest():  # a kept corpus is rebuilt when the project's
                shutil.rmtree(folder, ignore_errors=True)  # articles or knowledge have changed since it was made
                synthetic_project(ROOT, folder, articles, arguments.seed)
                (folder / SOURCE_DIGEST).write_text(source_digest(), encoding="utf-8")
            seconds, peak = run_measured([str(JKEC), "build", "--root", str(folder), "--jobs", str(jobs)])
            queries = [run_measured([str(JKEC), "sql", sql, "--root", str(folder)])[0] for sql in QUERIES.values()]
            cells = [articles, jobs, f"{seconds:.1f}", f"{articles / seconds:.1f}", f"{peak / 2**20:.0f}",
                     data_rows(folder), *(f"{query:.2f}" for query in queries)]
            print("| " + " | ".join(map(str, cells)) + " |", flush=True)


if __name__ == "__main__":
    main()
