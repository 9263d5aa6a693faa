"""The worker side of :mod:`pipeline.pool`: a fresh interpreter that processes one file at a
time, jobs in and results out over two pipes.

A worker is started as ``python -I -c BOOTSTRAP SYS_PATH JOB_FD RESULT_FD``: isolated mode
(no current folder on the path, where a stray ``schemas`` folder could shadow ours), then
the parent's ``sys.path``, so that it imports what the parent imports. It imports the
pipeline first and only then caps its address space (``RLIMIT_AS``), so that the cap is
what a file may use on top of the libraries.
"""

from __future__ import annotations

import importlib
import json
import os
import pickle
import resource
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from extract.errors import count_pages

MB = 1024 * 1024
# the exit code of a worker that ran out of memory and could not even say so
MEMORY_EXIT = 86
# imported before the memory cap, which is then what a file may use on top of them
PRELOAD = ("pipeline.process", "pipeline.pool", "extract.errors")

BOOTSTRAP = (
    "import sys, json; sys.path[:] = json.loads(sys.argv[1]); "
    "from pipeline.worker import main; main(sys.argv[2:])"
)


@dataclass(frozen=True)
class WorkerInit:
    """The first message to a worker: which task to run (``module:function``) and its cap."""

    task: str
    memory_mb: int | None


def command(job_fd: int, result_fd: int) -> list[str]:
    """The command line that starts a worker reading ``job_fd`` and writing ``result_fd``."""
    return [sys.executable, "-I", "-c", BOOTSTRAP, json.dumps(sys.path), str(job_fd),
            str(result_fd)]  # fmt: skip


def task_name(task: Callable[..., Any]) -> str:
    return f"{task.__module__}:{task.__qualname__}"


def load_task(name: str) -> Callable[..., Any]:
    module, _, qualname = name.partition(":")
    target: Any = importlib.import_module(module)
    for part in qualname.split("."):
        target = getattr(target, part)
    return target  # type: ignore[no-any-return]


def limit_memory(memory_mb: int | None) -> None:
    if memory_mb:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        cap = memory_mb * MB
        if hard != resource.RLIM_INFINITY:
            cap = min(cap, hard)
        resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def serve(jobs: Connection, results: Connection, task: Callable[..., Any]) -> None:
    """Jobs in, results out, until told to stop (None) or out of memory."""
    while (job := jobs.recv()) is not None:
        # made now: there may be no memory left to make it when it is needed
        out_of_memory = pickle.dumps(("memory", job.key, None))
        try:
            results.send(("pages", job.key, count_pages(job.path)))
            outcome = task(job.path, job.source_file)
        except MemoryError:
            outcome = None  # leaving the handler frees the traceback and what it held
        if outcome is None:
            # what is left of this process is not to be trusted with another file
            try:
                results.send_bytes(out_of_memory)
            except MemoryError:
                os._exit(MEMORY_EXIT)
            return
        results.send(("done", job.key, outcome))


def main(argv: list[str]) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    jobs = Connection(int(argv[0]), writable=False)
    results = Connection(int(argv[1]), readable=False)
    try:
        init: WorkerInit = jobs.recv()
        task = load_task(init.task)
        for module in PRELOAD:  # the libraries, before the cap
            importlib.import_module(module)
        limit_memory(init.memory_mb)
        serve(jobs, results, task)
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass  # the parent has gone
