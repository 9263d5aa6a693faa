"""The batch bench: its batch is valid and distinct, its report readable."""

from __future__ import annotations

import hashlib
from pathlib import Path

from bench.batch_bench import make_batch, markdown, run_workers
from pipeline.batch import BatchSettings, run_batch
from pipeline.inputs import collect_inputs


def test_the_batch_is_distinct_copies_that_read_like_the_samples(tmp_path: Path) -> None:
    files = make_batch(tmp_path / "in", 6)
    assert len({hashlib.sha256(p.read_bytes()).hexdigest() for p in files}) == 6
    batch = run_batch(collect_inputs([str(tmp_path / "in")]), tmp_path / "out",
                      BatchSettings(workers=0))  # fmt: skip
    assert batch.count_how("processed") == 6
    assert batch.count("failed") == 0


def test_a_run_reports_throughput_and_worker_memory(tmp_path: Path) -> None:
    make_batch(tmp_path / "in", 3)
    figures = run_workers(tmp_path / "in", tmp_path / "out", 1)
    assert figures["files"] == 3 and figures["ok"] == 3
    assert figures["files_per_second"] > 0
    assert 10 < figures["peak_rss_mb_per_worker"] < 500
    assert figures["worker_processes"] == 1


def test_markdown_shows_every_run() -> None:
    run = {
        "workers": 1,
        "files_per_second": 5.0,
        "pages_per_second": 16.0,
        "processing_seconds": 100.0,
        "total_seconds": 104.0,
        "peak_rss_mb_per_worker": 120.0,
        "worker_cpu_per_second": 0.99,
        "runs_of": 2,
    }
    report = {
        "files": 500, "cores": 2, "runs": [run, {**run, "workers": 2}],
        "speedup_2_workers": 1.9, "load_average_before": [0, 0, 0],
        "load_average_after": [1, 1, 1],
        "plain_pdfplumber_loop": {"files_per_second": 4.0, "pages_per_second": 13.0,
                                  "seconds": 125.0, "peak_rss_mb": 230.0},
    }  # fmt: skip
    text = markdown(report)
    assert "1 worker(s)" in text and "2 worker(s)" in text
    assert "plain pdfplumber" in text
    assert "1.9x" in text
