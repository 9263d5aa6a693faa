"""``--executor dask``: the same per-file task on a dask.distributed cluster.

The client reads each file and sends its bytes with the task, so the workers need no
shared folder. On a Dask worker the task runs in an isolated worker process of ours (the
same as ``--executor local``, with its timeout and memory cap), one per Dask worker
thread, kept for the next file. A task that Dask gives up on (``KilledWorker``, a lost
worker) is a ``failed`` row like any other.
"""

from __future__ import annotations

import tempfile
import threading
import time
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

from distributed import Client, Future, as_completed, get_worker

from pipeline.executors import SchedulerUnavailable
from pipeline.pool import IsolatedPool, Job, Limits
from pipeline.task import TaskOutcome, worker_failure

CONNECT_TIMEOUT = "20s"


def _worker_name() -> str | None:
    try:
        return str(get_worker().address)
    except ValueError:
        return None


_local = threading.local()


def _pool(limits: Limits) -> IsolatedPool:
    """This Dask worker thread's isolated worker, started on first use and kept."""
    pool: IsolatedPool | None = getattr(_local, "pool", None)
    if pool is None or pool.limits != limits:
        if pool is not None:
            pool.close()
        pool = _local.pool = IsolatedPool(1, limits)
    return pool


def dask_task(data: bytes, job: Job, limits: Limits) -> TaskOutcome:
    """Runs on a Dask worker: the file's bytes to a temporary file, then the task."""
    with tempfile.TemporaryDirectory(prefix="rencana-aksi-") as tmp:
        path = Path(tmp) / "input.pdf"
        path.write_bytes(data)
        [(_, outcome)] = list(_pool(limits).run([replace(job, path=str(path))]))
    worker = _worker_name()
    if worker is not None:
        outcome.worker = f"{worker} {outcome.worker or ''}".strip()
    return outcome


def connect(scheduler: str) -> Client:
    try:
        return Client(scheduler, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise SchedulerUnavailable(
            f"scheduler Dask {scheduler} tidak dapat dihubungi: {exc}"
        ) from exc


def run_on_dask(
    jobs: Iterable[Job], scheduler: str, limits: Limits
) -> Iterator[tuple[Job, TaskOutcome]]:
    """Each job with its outcome as the cluster finishes them; a bounded number in flight,
    so that a batch of thousands does not hold every file's bytes at once."""
    client = connect(scheduler)
    try:
        window = max(2, 2 * sum(client.nthreads().values()))
        pending = iter(jobs)
        running: dict[str, tuple[Job, float]] = {}
        done: Any = as_completed()
        batch = uuid.uuid4().hex[:8]

        def submit(job: Job) -> TaskOutcome | None:
            try:
                data = Path(job.path).read_bytes()
            except OSError as exc:
                reason = f"berkas tidak dapat dibaca: {type(exc).__name__}: {exc.strerror or exc}"
                return worker_failure(job.sha256, job.source_file, reason, 0.0)
            key = f"rencana-aksi-{batch}-{job.key}"
            future = client.submit(dask_task, data, job, limits, key=key, pure=False)
            running[key] = (job, time.perf_counter())
            done.add(future)
            return None

        def refill() -> Iterator[tuple[Job, TaskOutcome]]:
            while len(running) < window and (job := next(pending, None)) is not None:
                if (failure := submit(job)) is not None:
                    yield job, failure

        yield from refill()
        for future in done:
            job, started = running.pop(future.key)
            yield job, _outcome(future, job, started)
            yield from refill()
    finally:
        client.close()


def _outcome(future: Future, job: Job, started: float) -> TaskOutcome:
    try:
        outcome: TaskOutcome = future.result()
    except Exception as exc:  # KilledWorker, a lost worker, a task that could not run
        reason = f"proses pekerja berhenti: {type(exc).__name__}: {exc}"
        return worker_failure(job.sha256, job.source_file, reason, time.perf_counter() - started)
    return outcome
