"""Stand-ins for the per-file task that misbehave on purpose (imported by worker processes)."""

from __future__ import annotations

import os
import signal
import time

from pipeline.task import TaskOutcome, failed_result, peak_rss_mb
from pipeline.worker import MEMORY_EXIT


def _outcome(path: str, source_file: str) -> TaskOutcome:
    result = failed_result("0" * 64, source_file, f"diproses: {os.path.basename(path)}")
    return TaskOutcome(result, 0.0, peak_rss_mb(), f"pid {os.getpid()}")


def behave(path: str, source_file: str) -> TaskOutcome:
    """What the file's name says: sleep, hog, segv, exit, speechless; otherwise return."""
    name = os.path.basename(path)
    if name.startswith("sleep"):
        time.sleep(60)
    elif name.startswith("hog"):
        hog = [bytearray(64 * 1024 * 1024) for _ in range(1000)]
        del hog
    elif name.startswith("segv"):
        os.kill(os.getpid(), signal.SIGSEGV)
    elif name.startswith("exit"):
        os._exit(3)
    elif name.startswith("speechless"):
        os._exit(MEMORY_EXIT)  # out of memory, unable even to say so
    return _outcome(path, source_file)
