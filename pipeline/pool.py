"""Worker processes that a bad file cannot take down with it.

Each worker is an interpreter of its own (:mod:`pipeline.worker`, started afresh, so it
holds nothing of the parent) with a cap on its address space (``RLIMIT_AS``); the parent
sends it one file at a time over a pipe and waits for the result with a deadline. The
worker first counts the file's pages, so that the deadline grows with them. A file that
runs past its deadline gets its worker killed; a worker that runs out of memory or dies
(a segfault in a C library, the kernel's OOM killer) is replaced. Either way the file gets
a ``failed`` row with the reason and the pool goes on with the next file.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from typing import Any

from pipeline.task import (
    Task,
    TaskOutcome,
    exit_reason,
    memory_reason,
    run_task,
    timeout_reason,
    worker_failure,
)
from pipeline.worker import MEMORY_EXIT, WorkerInit, command, task_name

# how long a worker may take to leave after being asked to, before it is killed
STOP_GRACE = 5.0
# how long a worker whose pipe closed may take to end, so that its exit code tells why
DEATH_GRACE = 2.0
# a new worker's time to import the pipeline, on top of a file's first deadline
STARTUP_SECONDS = 60.0


@dataclass(frozen=True)
class Limits:
    """Per-file limits: ``timeout`` seconds plus ``timeout_per_page`` for each page, and
    ``memory_mb`` of address space per worker (None: no cap)."""

    timeout: float = 120.0
    timeout_per_page: float = 10.0
    memory_mb: int | None = 1536

    def seconds_for(self, pages: int | None) -> float:
        return self.timeout + self.timeout_per_page * (pages or 0)


@dataclass(frozen=True)
class Job:
    """One file to process; ``key`` comes back with its result."""

    key: int
    path: str
    source_file: str
    sha256: str


@dataclass
class _Slot:
    process: subprocess.Popen[bytes] | None = None
    jobs: Connection | None = None  # to the worker
    conn: Connection | None = None  # from the worker
    job: Job | None = None
    started: float = 0.0
    limit: float = 0.0

    @property
    def deadline(self) -> float:
        return self.started + self.limit


class IsolatedPool:
    """``workers`` processes running ``task`` on jobs, each job within ``limits``.

    Workers start when there is a job for them and stay for the next :meth:`run` until
    :meth:`close` (or the end of a ``with`` block); a worker whose job was abandoned (the
    caller stopped iterating) is killed.
    """

    def __init__(self, workers: int, limits: Limits, task: Task = run_task) -> None:
        if workers < 1:
            raise ValueError("an isolated pool needs at least one worker")
        self.workers = workers
        self.limits = limits
        self.init = WorkerInit(task_name(task), limits.memory_mb)
        self._slots = [_Slot() for _ in range(workers)]

    def __enter__(self) -> IsolatedPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for slot in self._slots:
            self._stop(slot)

    def run(self, jobs: Iterable[Job]) -> Iterator[tuple[Job, TaskOutcome]]:
        """Each job with its outcome, in the order they finish."""
        pending = iter(jobs)
        try:
            while True:
                for slot in self._slots:
                    if slot.job is None and (job := next(pending, None)) is not None:
                        self._assign(slot, job)
                busy = [s for s in self._slots if s.job is not None]
                if not busy:
                    return
                timeout = max(0.0, min(s.deadline for s in busy) - time.monotonic())
                ready = set(wait(_waitables(busy), timeout))
                for slot in busy:
                    job = slot.job
                    outcome = self._check(slot, ready)
                    if job is not None and outcome is not None:
                        # the worker's next file first, so it works while the caller
                        # stores this result
                        if (upcoming := next(pending, None)) is not None:
                            self._assign(slot, upcoming)
                        yield job, outcome
        finally:
            for slot in self._slots:
                if slot.job is not None:
                    self._kill(slot)
                    slot.job = None

    def _spawn(self, slot: _Slot) -> None:
        job_r, job_w = os.pipe()
        result_r, result_w = os.pipe()
        try:
            process = subprocess.Popen(
                command(job_r, result_w), pass_fds=(job_r, result_w), stdin=subprocess.DEVNULL
            )
        finally:
            os.close(job_r)
            os.close(result_w)
        slot.process = process
        slot.jobs = Connection(job_w, readable=False)
        slot.conn = Connection(result_r, writable=False)

    def _assign(self, slot: _Slot, job: Job) -> None:
        for _ in range(2):
            try:
                if slot.process is None or slot.process.poll() is not None:
                    self._kill(slot)
                    self._spawn(slot)
                    assert slot.jobs is not None
                    slot.jobs.send(self.init)
                assert slot.jobs is not None
                slot.jobs.send(job)
                break
            except OSError:
                self._kill(slot)
        slot.job, slot.started = job, time.monotonic()
        # until the worker says it has begun (with the page count), allow for its start
        slot.limit = self.limits.seconds_for(None) + STARTUP_SECONDS

    def _check(self, slot: _Slot, ready: set[Any]) -> TaskOutcome | None:
        """The slot's outcome when its job ended (result, death or deadline), else None."""
        assert slot.conn is not None and slot.job is not None
        if slot.conn in ready:
            try:
                kind, key, value = slot.conn.recv()
            except (EOFError, OSError):
                # the pipe closed: the worker is gone, its exit code says how
                code = self._kill(slot, grace=DEATH_GRACE)
                if code == MEMORY_EXIT:
                    return self._fail(slot, memory_reason(self.limits.memory_mb))
                return self._fail(slot, exit_reason(code))
            if key != slot.job.key:
                return None
            if kind == "pages":
                # the file's own clock starts now, its limit grown with its pages
                slot.started, slot.limit = time.monotonic(), self.limits.seconds_for(value)
                return None
            if kind == "memory":
                self._kill(slot)
                return self._fail(slot, memory_reason(self.limits.memory_mb))
            slot.job = None
            outcome: TaskOutcome = value
            return outcome
        if time.monotonic() >= slot.deadline:
            self._kill(slot)
            return self._fail(slot, timeout_reason(slot.limit))
        return None

    def _fail(self, slot: _Slot, reason: str) -> TaskOutcome:
        assert slot.job is not None
        job, slot.job = slot.job, None
        seconds = time.monotonic() - slot.started
        return worker_failure(job.sha256, job.source_file, reason, seconds)

    def _kill(self, slot: _Slot, grace: float = 0.0) -> int | None:
        """End the slot's process, after ``grace`` seconds to leave by itself; its exit code
        (negative: the signal)."""
        code = None
        if slot.process is not None:
            try:
                code = slot.process.wait(grace)
            except subprocess.TimeoutExpired:
                slot.process.kill()
                code = slot.process.wait()
        for conn in (slot.jobs, slot.conn):
            if conn is not None:
                conn.close()
        slot.process, slot.jobs, slot.conn = None, None, None
        return code

    def _stop(self, slot: _Slot) -> None:
        """Ask an idle worker to leave; a busy one (the caller gave up) is killed."""
        if slot.process is not None and slot.jobs is not None and slot.job is None:
            try:
                slot.jobs.send(None)
                slot.process.wait(STOP_GRACE)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill(slot)


def _waitables(slots: Iterable[_Slot]) -> list[Any]:
    return [slot.conn for slot in slots if slot.conn is not None]
