"""Run the per-file task over a batch and write the contract's tables.

The order of things, so that a batch can be stopped at any moment and run again:

1. every input is hashed; inputs with the same bytes are processed once;
2. files already done by this pipeline version under ``--out`` come from its cache;
3. the rest go to an executor; each result is stored in the cache as soon as it is back;
4. only at the end are the tables rebuilt from every entry and replaced, each atomically,
   so a run killed before that leaves the previous outputs as they were.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from emit.report import report_html
from emit.tables import to_arrow
from emit.writers import write_bytes, write_tables
from emit.xlsx import workbook_bytes
from pipeline.cache import ResultCache
from pipeline.dataset import DatasetAppend, append_dataset
from pipeline.executors import Executor, default_workers, local_executor
from pipeline.inputs import InputFile
from pipeline.linking import link_tables, should_link
from pipeline.plan import Entry, hash_input, plan, settled, tables_of
from pipeline.pool import Limits
from schemas import Document


@dataclass(frozen=True)
class BatchSettings:
    """How to run a batch; the defaults are the command line's."""

    workers: int = field(default_factory=default_workers)
    limits: Limits = field(default_factory=Limits)
    force: bool = False  # ignore the cache: process every file again
    use_cache: bool = True  # False: neither read nor write the cache
    dataset: Path | None = None  # a Parquet dataset to append the batch to


@dataclass
class BatchResult:
    entries: list[Entry] = field(default_factory=list)
    seconds: float = 0.0  # the whole run
    processing_seconds: float = 0.0  # hashing and processing, without writing the outputs
    written: list[Path] = field(default_factory=list)
    dataset: DatasetAppend | None = None

    @property
    def documents(self) -> list[Document]:
        return [e.document for e in self.entries]

    def count(self, status: str) -> int:
        return sum(1 for d in self.documents if d.status == status)

    def count_how(self, how: str) -> int:
        return sum(1 for e in self.entries if e.how == how)

    @property
    def pages(self) -> int:
        return sum(d.page_count or 0 for d in self.documents)

    @property
    def pages_processed(self) -> int:
        return sum(e.document.page_count or 0 for e in self.entries if e.how == "processed")

    @property
    def recommendations(self) -> int:
        return sum(len(r.recommendations) for e in self.entries if (r := e.records_result))

    @property
    def exit_code(self) -> int:
        return 0 if all(d.status == "ok" for d in self.documents) else 1

    def peak_rss_by_worker(self) -> dict[str, float]:
        """The highest peak RSS (MB) each worker reported, over the files it processed."""
        peaks: dict[str, float] = {}
        for e in self.entries:
            if e.how == "processed" and e.worker and e.peak_rss_mb is not None:
                peaks[e.worker] = max(peaks.get(e.worker, 0.0), e.peak_rss_mb)
        return peaks


def remove_partial_outputs(out_dir: Path, names: Sequence[str]) -> None:
    """The temporary files a run killed while writing its outputs left (``.NAME.xxxx``)."""
    if out_dir.is_dir():
        for name in names:
            for path in out_dir.glob(f".{name}.*"):
                path.unlink(missing_ok=True)


def write_outputs(out_dir: Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Parquet and CSV per table, then the workbook and the report built from them."""
    files = [f"{name}.{ext}" for name in tables for ext in ("parquet", "csv")]
    remove_partial_outputs(out_dir, [*files, "rencana_aksi.xlsx", "report.html"])
    written = write_tables(out_dir, tables)
    frames = {name: table.to_pandas() for name, table in tables.items()}
    written.append(write_bytes(out_dir / "rencana_aksi.xlsx", workbook_bytes(frames)))
    # the report counts documents: a second name for the same file is not a second one
    docs = frames["documents"]
    if "duplicate_of" in docs.columns:
        frames["documents"] = docs[docs["duplicate_of"].isna()].reset_index(drop=True)
    page = report_html(frames, today=dt.date.today())
    written.append(write_bytes(out_dir / "report.html", page.encode("utf-8")))
    return written


def process_entries(
    entries: Sequence[Entry],
    out_dir: Path,
    settings: BatchSettings,
    executor: Executor | None = None,
    on_entry: Callable[[Entry], None] | None = None,
) -> None:
    """Give every entry its result: from the cache, its first copy, or an executor."""
    cache = ResultCache(out_dir) if settings.use_cache else None
    if cache is not None:
        cache.clean_partial()
    lookup = cache.load if cache is not None and not settings.force else None
    jobs = plan(entries, lookup)
    notify = on_entry or (lambda entry: None)
    for entry in entries:
        if entry.how in ("cached", "unreadable"):
            notify(entry)
    run = executor or local_executor(settings.workers, settings.limits)
    for job, outcome in run(jobs):
        entry = entries[job.key]
        entry.finish(outcome)
        if cache is not None and outcome.cacheable:
            cache.store(entry.sha256, outcome)
        notify(entry)
    for entry in entries:
        if entry.how == "duplicate":
            notify(entry)


def with_links(tables: dict[str, pa.Table]) -> dict[str, pa.Table]:
    """Link across years and units when the batch holds several; else empty link tables."""
    if should_link(tables["recommendations"]):
        return link_tables(tables)
    return {**tables, "groups": to_arrow("groups", [])}


def run_batch(
    inputs: Sequence[InputFile],
    out_dir: Path,
    settings: BatchSettings | None = None,
    *,
    executor: Executor | None = None,
    on_entry: Callable[[Entry], None] | None = None,
    on_hashed: Callable[[Sequence[Entry]], None] | None = None,
) -> BatchResult:
    """Process ``inputs`` and write the tables to ``out_dir``.

    ``executor`` runs the jobs (default: isolated worker processes per ``settings``);
    ``on_hashed`` hears of every entry before any is processed, ``on_entry`` of each one as
    it gets its result (cached ones first, duplicates last).
    """
    settings = settings or BatchSettings()
    started = time.perf_counter()
    entries = [hash_input(item) for item in inputs]
    if on_hashed is not None:
        on_hashed(entries)
    process_entries(entries, out_dir, settings, executor, on_entry)
    batch = BatchResult(entries, processing_seconds=time.perf_counter() - started)
    batch.written = write_outputs(out_dir, with_links(tables_of(entries)))
    if settings.dataset is not None:
        batch.dataset = append_dataset(settings.dataset, tables_of(settled(entries)))
    batch.seconds = time.perf_counter() - started
    return batch
