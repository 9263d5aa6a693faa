"""What a person sees while a batch runs, and after.

On a terminal: a progress bar (files done of all, pages per second, failures so far).
Elsewhere (a log, a pipe): one line per file. ``--quiet``: nothing. Then the summary
table and the files that did not come out ``ok``, each with its reason.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import Any, Literal

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from pipeline.batch import BatchResult
from pipeline.plan import Entry

Mode = Literal["bar", "lines", "none"]

HOW_NOTE = {"cached": " (dari cache)", "unreadable": ""}


def choose_mode(console: Console, quiet: bool) -> Mode:
    if quiet:
        return "none"
    return "bar" if console.is_terminal else "lines"


def line_of(entry: Entry) -> str:
    """One file's line in a log: status, name, and where the result came from."""
    doc = entry.document
    note = HOW_NOTE.get(entry.how, "")
    if entry.how == "duplicate" and doc.duplicate_of is not None:
        note = f" (duplikat dari {doc.duplicate_of})"
    return f"{doc.status:>12}  {doc.source_file}{note}"


class BatchProgress:
    """Told of each entry as it finishes; draws the bar or prints the line."""

    def __init__(self, console: Console, mode: Mode) -> None:
        self.console = console
        self.mode = mode
        self.started = time.perf_counter()
        self.pages = 0
        self.failed = 0
        self._progress: Progress | None = None
        self._task: TaskID | None = None

    def __enter__(self) -> BatchProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self, entries: Sequence[Entry]) -> None:
        self.started = time.perf_counter()
        if self.mode != "bar":
            return
        self._progress = Progress(
            TextColumn("[bold]rencana-aksi"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} hlm/s"),
            TextColumn("gagal: {task.fields[failed]}"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
        )
        self._task = self._progress.add_task("berkas", total=len(entries), rate="-", failed=0)
        self._progress.start()

    def update(self, entry: Entry) -> None:
        doc = entry.document
        if entry.how == "processed":
            self.pages += doc.page_count or 0
        self.failed += doc.status == "failed"
        if self.mode == "lines":
            self.console.print(line_of(entry), highlight=False, soft_wrap=True)
        elif self._progress is not None and self._task is not None:
            elapsed = max(time.perf_counter() - self.started, 1e-9)
            self._progress.update(
                self._task, advance=1, rate=f"{self.pages / elapsed:.1f}", failed=self.failed
            )

    def stop(self) -> None:
        if self._progress is not None:
            self._progress.stop()
            self._progress = None


def _rate(count: float, seconds: float) -> str:
    return f"{count / seconds:.1f}" if seconds > 0 and count else "-"


def summary_rows(batch: BatchResult) -> list[tuple[str, str]]:
    """The summary as (measure, value) pairs, in the order shown."""
    rows = [
        ("berkas", str(len(batch.entries))),
        ("ok", str(batch.count("ok"))),
        ("needs_review", str(batch.count("needs_review"))),
        ("failed", str(batch.count("failed"))),
        ("halaman", str(batch.pages)),
        ("rekomendasi", str(batch.recommendations)),
        ("diproses", str(batch.count_how("processed"))),
        ("dari cache", str(batch.count_how("cached"))),
        ("duplikat", str(batch.count_how("duplicate"))),
        ("detik", f"{batch.seconds:.1f}"),
        ("halaman/detik", _rate(batch.pages_processed, batch.processing_seconds)),
    ]
    peaks = batch.peak_rss_by_worker()
    if peaks:
        rows.append(("memori puncak/pekerja (MB)", f"{max(peaks.values()):.0f}"))
    return rows


def print_summary(console: Console, batch: BatchResult) -> None:
    """A narrow two-column table (it fits any terminal), then each file not ``ok``."""
    table = Table(title="rencana-aksi: ringkasan", show_header=False)
    table.add_column("ukuran")
    table.add_column("nilai", justify="right")
    for name, value in summary_rows(batch):
        table.add_row(name, value)
    console.print(table)
    for doc in batch.documents:
        if doc.status != "ok":
            reason = doc.error or doc.warnings or ""
            console.print(f"[bold]{doc.status}[/bold] {doc.source_file}: {reason}", soft_wrap=True)


def summary_dict(batch: BatchResult, **extra: Any) -> dict[str, Any]:
    """The run in numbers, for scripts (``--json-summary``)."""
    peaks = batch.peak_rss_by_worker()
    return {
        "files": len(batch.entries),
        "ok": batch.count("ok"),
        "needs_review": batch.count("needs_review"),
        "failed": batch.count("failed"),
        "processed": batch.count_how("processed"),
        "cached": batch.count_how("cached"),
        "duplicates": batch.count_how("duplicate"),
        "unreadable": batch.count_how("unreadable"),
        "pages": batch.pages,
        "pages_processed": batch.pages_processed,
        "recommendations": batch.recommendations,
        "seconds": round(batch.seconds, 3),
        "processing_seconds": round(batch.processing_seconds, 3),
        "peak_rss_mb_by_worker": {k: round(v, 1) for k, v in sorted(peaks.items())},
        "exit_code": batch.exit_code,
        **extra,
    }
