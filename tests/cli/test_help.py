"""`jkec --help` stays quick: the command line loads the pipeline's heavy libraries only inside the command that
runs, never to print help."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("spacy", "pandas", "duckdb", "frictionless", "pandera", "matplotlib", "distributed")

LOADED_AFTER_HELP = """
import json, sys
from jkec.cli.app import app
try:
    app(sys.argv[1:], prog_name="jkec")
except SystemExit:
    pass
print(json.dumps(sorted({name.split(".")[0] for name in sys.modules})))
"""


@pytest.mark.parametrize("arguments", [["--help"], *([command, "--help"] for command in
                                                       ("build", "validate", "sql", "add", "remove", "evaluate"))])
def test_help_does_not_import_the_pipeline_libraries(arguments):
    """In a fresh interpreter, as the console script runs; a timed test would be noise on a shared machine."""
    completed = subprocess.run([sys.executable, "-c", LOADED_AFTER_HELP, *arguments], capture_output=True, text=True,
                               timeout=60)
    assert completed.returncode == 0, completed.stderr
    output, _, loaded = completed.stdout.rstrip("\n").rpartition("\n")
    assert "Usage" in output
    assert [name for name in HEAVY if name in json.loads(loaded)] == []
