"""Where the per-file task runs: in this process, in isolated worker processes, or on a Dask
cluster. Each executor takes jobs and yields ``(job, outcome)`` as files finish."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator

from pipeline.pool import IsolatedPool, Job, Limits
from pipeline.task import TaskOutcome, memory_reason, run_task, worker_failure

Executor = Callable[[Iterable[Job]], Iterator[tuple[Job, TaskOutcome]]]


class SchedulerUnavailable(Exception):  # noqa: N818 - named for what happened
    """The Dask scheduler cannot be reached; the message says which address."""


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def run_inline(job: Job, memory_mb: int | None = None) -> TaskOutcome:
    """The task in this process and thread: no timeout, no memory cap of its own."""
    started = time.perf_counter()
    try:
        return run_task(job.path, job.source_file)
    except MemoryError:
        seconds = time.perf_counter() - started
        return worker_failure(job.sha256, job.source_file, memory_reason(memory_mb), seconds)


def in_process(jobs: Iterable[Job]) -> Iterator[tuple[Job, TaskOutcome]]:
    """``--workers 0``: one file after the other in this process, for debugging."""
    for job in jobs:
        yield job, run_inline(job)


def local_executor(workers: int, limits: Limits) -> Executor:
    if workers == 0:
        return in_process

    def run(jobs: Iterable[Job]) -> Iterator[tuple[Job, TaskOutcome]]:
        with IsolatedPool(workers, limits) as pool:
            yield from pool.run(jobs)

    return run


def dask_executor(scheduler: str, limits: Limits) -> Executor:
    from pipeline.dask_executor import run_on_dask  # dask is optional

    def run(jobs: Iterable[Job]) -> Iterator[tuple[Job, TaskOutcome]]:
        return run_on_dask(jobs, scheduler, limits)

    return run
