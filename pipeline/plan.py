"""What a batch has to do, and the tables it ends with.

Every input file becomes an :class:`Entry`: read once here for its sha256, then either
taken from the cache, marked as a duplicate of an earlier input with the same bytes, or
turned into a :class:`Job` for an executor. When every entry has its result the tables
are built from the entries, in input order: one ``documents`` row per input file, the
records of each distinct file once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Literal

import pyarrow as pa

from emit.tables import to_arrow
from pipeline.cache import Cached
from pipeline.inputs import InputFile
from pipeline.pool import Job
from pipeline.process import FileResult
from pipeline.task import TaskOutcome, failed_result
from schemas import Document

How = Literal["processed", "cached", "duplicate", "unreadable"]


@dataclass
class Entry:
    """One input file and, once known, its result and how it was had."""

    item: InputFile
    sha256: str
    how: How = "processed"
    result: FileResult | None = None
    first: Entry | None = None  # for a duplicate: the input with the same bytes
    seconds: float | None = None
    peak_rss_mb: float | None = None
    worker: str | None = None
    settled: bool = True  # False when the worker failed (timeout, memory, crash): not kept

    @property
    def source_file(self) -> str:
        return self.item.source_file

    @property
    def document(self) -> Document:
        """This input's ``documents`` row: the result's, under this input's name."""
        if self.first is not None:
            doc = self.first.document
            update = {"source_file": self.source_file, "duplicate_of": doc.source_file}
            return doc.model_copy(update={**update, "seconds": None})
        assert self.result is not None, f"{self.source_file} has no result yet"
        return self.result.document.model_copy(
            update={"source_file": self.source_file, "seconds": self.seconds}
        )

    @property
    def records_result(self) -> FileResult | None:
        """The result whose records this entry contributes (None for a duplicate)."""
        return None if self.first is not None else self.result

    def finish(self, outcome: TaskOutcome) -> None:
        self.result = outcome.result
        self.seconds = outcome.seconds
        self.peak_rss_mb = outcome.peak_rss_mb
        self.worker = outcome.worker
        self.settled = outcome.cacheable

    def take_cached(self, cached: Cached) -> None:
        self.how = "cached"
        self.result = cached.result
        self.seconds = cached.seconds
        self.peak_rss_mb = cached.peak_rss_mb


def hash_input(item: InputFile) -> Entry:
    """The entry of one input, its bytes hashed; a file that cannot be read is failed now."""
    try:
        data = item.path.read_bytes()
    except OSError as exc:
        # no bytes, no sha256: the path stands in, so the row still has an id
        key = hashlib.sha256(item.source_file.encode("utf-8")).hexdigest()
        reason = f"berkas tidak dapat dibaca: {type(exc).__name__}: {exc.strerror or exc}"
        return Entry(item, key, "unreadable", failed_result(key, item.source_file, reason),
                     settled=False)  # fmt: skip
    return Entry(item, hashlib.sha256(data).hexdigest())


def plan(entries: Sequence[Entry], lookup: Callable[[str], Cached | None] | None) -> list[Job]:
    """Mark duplicates and cached entries (``lookup`` None: cache ignored); the jobs left.

    A job's key is its entry's index in ``entries``.
    """
    first: dict[str, Entry] = {}
    jobs: list[Job] = []
    for i, entry in enumerate(entries):
        if entry.how == "unreadable":
            continue
        if entry.sha256 in first:
            entry.how, entry.first = "duplicate", first[entry.sha256]
            continue
        first[entry.sha256] = entry
        cached = lookup(entry.sha256) if lookup is not None else None
        if cached is not None:
            entry.take_cached(cached)
        else:
            jobs.append(Job(i, str(entry.item.path), entry.source_file, entry.sha256))
    return jobs


def tables_of(entries: Sequence[Entry]) -> dict[str, pa.Table]:
    """The contract's tables: a ``documents`` row per entry, records once per file."""
    results = [r for e in entries if (r := e.records_result) is not None]
    return {
        "documents": to_arrow("documents", [e.document for e in entries]),
        "findings": to_arrow("findings", [f for r in results for f in r.findings]),
        "recommendations": to_arrow(
            "recommendations", [x for r in results for x in r.recommendations]
        ),
        "matches": to_arrow("matches", []),
        "warnings": to_arrow("warnings", [w for r in results for w in r.warnings]),
    }


def settled(entries: Sequence[Entry]) -> list[Entry]:
    """Entries whose result is a fact about the file (kept in the cache and the dataset)."""
    return [e for e in entries if (e.first or e).settled]
