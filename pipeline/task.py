"""The per-file task as every executor runs it: :func:`process_file` plus what the batch
needs around it (seconds, peak memory, which worker), never raising.

The task runs in a worker process (or a Dask worker); what it returns travels back
pickled. A failure that says something about the file (not a PDF, encrypted, no table) is
a ``failed`` row from :func:`process_file` and may be cached; a failure of the worker
(out of memory, timeout, crash, a bug of ours) is a ``failed`` row that is not cached, so
that a later run with other limits or a fixed pipeline tries the file again.
"""

from __future__ import annotations

import hashlib
import os
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.process import PIPELINE_VERSION, FileResult, process_file
from schemas import Document

MB = 1024 * 1024


@dataclass
class TaskOutcome:
    """One file's result and how it went."""

    result: FileResult
    seconds: float = 0.0
    peak_rss_mb: float | None = None  # of the worker process, over its life so far
    worker: str | None = None  # "pid 1234" or a Dask worker address
    cacheable: bool = True  # False for failures of the worker rather than of the file


Task = Callable[[str, str], TaskOutcome]


def failed_result(sha256: str, source_file: str, reason: str) -> FileResult:
    """The ``documents`` row of a file whose processing failed outside :func:`process_file`."""
    return FileResult(
        Document(
            document_id=sha256[:16],
            source_file=source_file,
            sha256=sha256,
            status="failed",
            error=reason,
            pipeline_version=PIPELINE_VERSION,
        )
    )


def worker_failure(
    sha256: str, source_file: str, reason: str, seconds: float, worker: str | None = None
) -> TaskOutcome:
    """A failure of the worker, not of the file: reported, never cached."""
    return TaskOutcome(
        failed_result(sha256, source_file, reason), seconds, worker=worker, cacheable=False
    )


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    Linux: ``VmHWM``, the high-water mark of this process's own memory. Not ``ru_maxrss``:
    a process started by another keeps, after exec, the peak of the process it was forked
    from, so a worker started by a large parent would report the parent's peak.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def memory_reason(memory_mb: int | None) -> str:
    cap = f" {memory_mb} MB" if memory_mb else ""
    return f"melebihi batas memori{cap}"


def timeout_reason(seconds: float) -> str:
    return f"melebihi batas waktu {seconds:.0f} s"


def exit_reason(exitcode: int | None) -> str:
    """Why a worker process ended without a result, from its exit code."""
    if exitcode is not None and exitcode < 0:
        try:
            name = f" ({signal.Signals(-exitcode).name})"
        except ValueError:
            name = ""
        return f"proses pekerja berhenti: signal {-exitcode}{name}"
    return f"proses pekerja berhenti: kode keluar {exitcode}"


def _sha256_of(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return hashlib.sha256(str(path).encode()).hexdigest()


def run_task(path: str, source_file: str) -> TaskOutcome:
    """:func:`process_file` on one file; an exception becomes a ``failed`` row, except
    ``MemoryError``, which the executor turns into one (it knows the memory cap)."""
    started = time.perf_counter()
    cacheable = True
    try:
        result = process_file(Path(path), source_file)
    except MemoryError:
        raise
    except OSError as exc:
        reason = f"berkas tidak dapat dibaca: {type(exc).__name__}: {exc.strerror or exc}"
        result = failed_result(_sha256_of(Path(path)), source_file, reason)
        cacheable = False
    except Exception as exc:  # a bug of ours must not stop the batch either
        reason = f"kesalahan tak terduga: {type(exc).__name__}: {exc}"
        result = failed_result(_sha256_of(Path(path)), source_file, reason)
        cacheable = False
    return TaskOutcome(
        result=result,
        seconds=time.perf_counter() - started,
        peak_rss_mb=peak_rss_mb(),
        worker=f"pid {os.getpid()}",
        cacheable=cacheable,
    )
