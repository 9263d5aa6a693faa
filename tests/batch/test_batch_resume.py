"""Resumable and incremental: finished files come from the cache in ``--out``."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import pipeline.cache
from pipeline.batch import BatchResult, BatchSettings, run_batch
from pipeline.cache import ResultCache, parse_cached
from pipeline.executors import in_process
from pipeline.inputs import InputFile, collect_inputs
from pipeline.plan import Entry, hash_input, plan
from pipeline.pool import Job
from pipeline.task import TaskOutcome, worker_failure
from tests.batch.hostile import distinct_copies
from tests.conftest import SAMPLES

SOURCES = [SAMPLES / "born_digital" / n for n in ("007_docx_batumandi_2024.pdf",
                                                  "011_reportlab_lampihong_2024.pdf")]  # fmt: skip
INLINE = BatchSettings(workers=0)


def _inputs(folder: Path, n: int = 3) -> list[InputFile]:
    distinct_copies(folder, n, SOURCES)
    return collect_inputs([str(folder)])


def _run(inputs: list[InputFile], out: Path, **settings: object) -> BatchResult:
    return run_batch(inputs, out, BatchSettings(workers=0, **settings))  # type: ignore[arg-type]


def test_a_second_run_takes_every_file_from_the_cache(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    first = _run(inputs, tmp_path / "out")
    assert first.count_how("processed") == 3
    before = pq.read_table(tmp_path / "out/documents.parquet")
    second = _run(inputs, tmp_path / "out")
    assert (second.count_how("processed"), second.count_how("cached")) == (0, 3)
    after = pq.read_table(tmp_path / "out/documents.parquet")
    assert after.equals(before), "the same tables, seconds included"


def test_force_processes_every_file_again(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in")
    _run(inputs, tmp_path / "out")
    again = _run(inputs, tmp_path / "out", force=True)
    assert (again.count_how("processed"), again.count_how("cached")) == (3, 0)


def test_a_new_file_is_processed_and_the_others_are_not(tmp_path: Path) -> None:
    _run(_inputs(tmp_path / "in", 2), tmp_path / "out")
    more = _run(_inputs(tmp_path / "in", 3), tmp_path / "out")
    assert (more.count_how("processed"), more.count_how("cached")) == (1, 2)
    assert len(pq.read_table(tmp_path / "out/documents.parquet")) == 3


def test_a_renamed_file_is_found_by_its_bytes(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 1)
    _run(inputs, tmp_path / "out")
    renamed = tmp_path / "in" / "nama baru.pdf"
    inputs[0].path.rename(renamed)
    again = _run([InputFile(renamed, str(renamed))], tmp_path / "out")
    assert again.count_how("cached") == 1
    assert again.documents[0].source_file == str(renamed)


def test_another_pipeline_version_does_not_use_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs(tmp_path / "in", 1)
    _run(inputs, tmp_path / "out")
    monkeypatch.setattr(pipeline.cache, "PIPELINE_VERSION", "99.0")
    assert _run(inputs, tmp_path / "out").count_how("processed") == 1
    versions = sorted(p.name for p in (tmp_path / "out/.rencana-aksi/results").iterdir())
    assert len(versions) == 2 and "99.0" in versions


def test_a_damaged_cache_entry_is_redone(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 1)
    first = _run(inputs, tmp_path / "out")
    cache = ResultCache(tmp_path / "out")
    cache.path(first.entries[0].sha256).write_text("{not json", encoding="utf-8")
    assert _run(inputs, tmp_path / "out").count_how("processed") == 1
    assert cache.load(first.entries[0].sha256) is not None, "and stored again"


def test_parse_cached_refuses_what_it_cannot_use() -> None:
    assert parse_cached(b"") is None
    assert parse_cached(b"[]") is None
    assert parse_cached(b'{"format": 0}') is None
    assert parse_cached(b'{"format": 1, "document": {}}') is None


def _fail_every_file(jobs: Iterable[Job]) -> Iterator[tuple[Job, TaskOutcome]]:
    for job in jobs:
        yield job, worker_failure(job.sha256, job.source_file, "melebihi batas waktu 1 s", 1.0)


def test_a_failure_of_the_worker_is_tried_again_next_run(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 2)
    failed = run_batch(inputs, tmp_path / "out", INLINE, executor=_fail_every_file)
    assert failed.count("failed") == 2
    assert [d.error for d in failed.documents] == ["melebihi batas waktu 1 s"] * 2
    again = run_batch(inputs, tmp_path / "out", INLINE, executor=in_process)
    assert (again.count_how("processed"), again.count("ok")) == (2, 2)


def test_a_failure_of_the_file_is_kept(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"%PDF-1.4\nnothing else")
    inputs = [InputFile(bad, "rusak.pdf")]
    assert _run(inputs, tmp_path / "out").count("failed") == 1
    again = _run(inputs, tmp_path / "out")
    assert again.count_how("cached") == 1 and again.count("failed") == 1


def test_plan_marks_duplicates_and_cached_files(tmp_path: Path) -> None:
    a, b = distinct_copies(tmp_path, 2, SOURCES)
    a_again = tmp_path / "a lagi.pdf"
    shutil.copy(a, a_again)
    entries = [hash_input(InputFile(p, p.name)) for p in (a, b, a_again)]
    cached_sha = entries[1].sha256
    stored = run_batch([InputFile(b, b.name)], tmp_path / "out", INLINE).entries[0]
    assert stored.sha256 == cached_sha
    jobs = plan(entries, ResultCache(tmp_path / "out").load)
    assert [j.source_file for j in jobs] == [a.name]
    assert [e.how for e in entries] == ["processed", "cached", "duplicate"]
    assert entries[2].first is entries[0]


def test_an_unreadable_input_is_failed_without_stopping(tmp_path: Path) -> None:
    missing = InputFile(tmp_path / "hilang.pdf", "hilang.pdf")
    entry: Entry = hash_input(missing)
    assert entry.how == "unreadable"
    assert entry.document.status == "failed"
    assert entry.document.error is not None
    assert entry.document.error.startswith("berkas tidak dapat dibaca: FileNotFoundError")
    assert plan([entry], None) == []
