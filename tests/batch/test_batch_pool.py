"""The isolated pool: a worker that hangs, runs out of memory or dies fails its file alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.pool import IsolatedPool, Job, Limits
from pipeline.task import TaskOutcome, exit_reason
from tests.batch.fake_tasks import behave
from tests.conftest import SAMPLES

LIMITS = Limits(timeout=3, timeout_per_page=0, memory_mb=1024)


def _run(names: list[str], workers: int, limits: Limits = LIMITS) -> dict[str, TaskOutcome]:
    jobs = [Job(i, f"/nowhere/{n}", n, f"{i:064x}") for i, n in enumerate(names)]
    with IsolatedPool(workers, limits, task=behave) as pool:
        return {job.source_file: outcome for job, outcome in pool.run(jobs)}


@pytest.mark.parametrize("workers", [1, 2])
def test_each_failure_has_its_reason_and_the_pool_goes_on(workers: int) -> None:
    names = ["a", "sleep", "b", "hog", "c", "segv", "d", "exit", "e", "speechless"]
    out = _run(names, workers)
    assert sorted(out) == sorted(names)
    reasons = {name: o.result.document.error for name, o in out.items()}
    assert reasons["sleep"] == "melebihi batas waktu 3 s"
    assert reasons["hog"] == "melebihi batas memori 1024 MB"
    assert reasons["segv"] == "proses pekerja berhenti: signal 11 (SIGSEGV)"
    assert reasons["exit"] == "proses pekerja berhenti: kode keluar 3"
    assert reasons["speechless"] == "melebihi batas memori 1024 MB"
    for name in "abcde":
        assert reasons[name] == f"diproses: {name}"
        assert out[name].cacheable
    for name in ("sleep", "hog", "segv", "exit", "speechless"):
        doc = out[name].result.document
        assert doc.status == "failed"
        assert not out[name].cacheable, "a failure of the worker is tried again next run"
        assert doc.document_id == doc.sha256[:16]


def test_failed_rows_name_the_file_they_belong_to() -> None:
    out = _run(["segv", "ok"], 1)
    assert out["segv"].result.document.source_file == "segv"
    assert out["segv"].result.document.sha256 == f"{0:064x}"


def test_workers_report_their_peak_memory() -> None:
    out = _run(["a", "b"], 2)
    for outcome in out.values():
        assert outcome.worker is not None and outcome.worker.startswith("pid ")
        assert outcome.peak_rss_mb is not None and 10 < outcome.peak_rss_mb < 500


def test_timeout_grows_with_the_page_count(tmp_path: Path) -> None:
    limits = Limits(timeout=1, timeout_per_page=2)
    assert limits.seconds_for(None) == 1
    assert limits.seconds_for(0) == 1
    assert limits.seconds_for(300) == 601
    # a 2-page PDF whose task sleeps 60 s: its deadline is 1 + 2 * 2 s, not 1 s
    pdf = tmp_path / "sleep.pdf"
    pdf.write_bytes((SAMPLES / "born_digital/007_docx_batumandi_2024.pdf").read_bytes())
    with IsolatedPool(1, limits, task=behave) as pool:
        [(_, outcome)] = list(pool.run([Job(0, str(pdf), "sleep.pdf", "0" * 64)]))
    assert outcome.result.document.error == "melebihi batas waktu 5 s"
    assert 4.5 < outcome.seconds < 10


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (-9, "proses pekerja berhenti: signal 9 (SIGKILL)"),
        (-11, "proses pekerja berhenti: signal 11 (SIGSEGV)"),
        (1, "proses pekerja berhenti: kode keluar 1"),
        (None, "proses pekerja berhenti: kode keluar None"),
    ],
)
def test_exit_reason(code: int | None, reason: str) -> None:
    assert exit_reason(code) == reason


def test_workers_stay_for_the_next_run_until_closed() -> None:
    with IsolatedPool(1, LIMITS, task=behave) as pool:
        [(_, first)] = list(pool.run([Job(0, "/nowhere/a", "a", "0" * 64)]))
        [(_, second)] = list(pool.run([Job(1, "/nowhere/b", "b", "0" * 64)]))
        assert first.worker == second.worker
        process = pool._slots[0].process
        assert process is not None
    assert process.poll() == 0, "asked to leave, the worker left"


def test_no_workers_is_a_bug() -> None:
    with pytest.raises(ValueError):
        IsolatedPool(0, LIMITS)
