"""`jkec build --scheduler`: extraction on the workers of a Dask cluster writes the same bytes as a local build."""

from __future__ import annotations

from collections.abc import Iterator

import dask
import pytest
from distributed import LocalCluster

from jkec.cli.app import app
from tests.support import output_of, snapshot, staging_leftovers


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """The address of a cluster of two worker processes on this machine, as `dask scheduler` and two
    `dask worker --nthreads 1` would make it."""
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


def test_build_on_a_dask_cluster_writes_the_same_bytes_as_a_local_build(runner, project_copy, built_root, scheduler):
    result = runner.invoke(app, ["build", "--scheduler", scheduler, "--root", str(project_copy)])
    assert result.exit_code == 0, output_of(result)
    assert snapshot(project_copy) == snapshot(built_root)
    assert staging_leftovers(project_copy) == []


def test_an_unreachable_scheduler_is_a_clear_error_and_changes_nothing(runner, project_copy):
    before = snapshot(project_copy)
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        result = runner.invoke(app, ["build", "--scheduler", "tcp://127.0.0.1:9", "--root", str(project_copy)])
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in output_of(result)
    assert snapshot(project_copy) == before
