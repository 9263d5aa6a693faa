"""Run the per-file task over a batch and write the contract's tables."""

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
from pipeline.inputs import InputFile
from pipeline.process import FileResult, process_file
from schemas import Document


@dataclass
class BatchResult:
    results: list[FileResult] = field(default_factory=list)
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)

    @property
    def documents(self) -> list[Document]:
        return [r.document for r in self.results]

    def count(self, status: str) -> int:
        return sum(1 for d in self.documents if d.status == status)

    @property
    def pages(self) -> int:
        return sum(d.page_count or 0 for d in self.documents)

    @property
    def exit_code(self) -> int:
        return 0 if all(d.status == "ok" for d in self.documents) else 1


def tables_of(results: Sequence[FileResult]) -> dict[str, pa.Table]:
    return {
        "documents": to_arrow("documents", [r.document for r in results]),
        "findings": to_arrow("findings", [f for r in results for f in r.findings]),
        "recommendations": to_arrow(
            "recommendations", [x for r in results for x in r.recommendations]
        ),
        "matches": to_arrow("matches", []),
        "warnings": to_arrow("warnings", [w for r in results for w in r.warnings]),
    }


def write_outputs(out_dir: Path, tables: dict[str, pa.Table]) -> list[Path]:
    """Parquet and CSV per table, then the workbook and the report built from them."""
    written = write_tables(out_dir, tables)
    frames = {name: table.to_pandas() for name, table in tables.items()}
    written.append(write_bytes(out_dir / "rencana_aksi.xlsx", workbook_bytes(frames)))
    page = report_html(frames, today=dt.date.today())
    written.append(write_bytes(out_dir / "report.html", page.encode("utf-8")))
    return written


def run_batch(
    inputs: Sequence[InputFile],
    out_dir: Path,
    on_result: Callable[[FileResult], None] | None = None,
) -> BatchResult:
    started = time.perf_counter()
    batch = BatchResult()
    for item in inputs:
        result = process_file(item.path, item.source_file)
        batch.results.append(result)
        if on_result is not None:
            on_result(result)
    batch.written = write_outputs(out_dir, tables_of(batch.results))
    batch.seconds = time.perf_counter() - started
    return batch
