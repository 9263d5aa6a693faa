"""Hostile inputs: each is a ``failed`` row with a precise reason and the batch goes on."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.batch.hostile import NON_ASCII, hostile_folder, many_pages


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("hostile")
    files = hostile_folder(root / "masuk")
    out = root / "keluar"
    summary = root / "summary.json"
    args = ["extract", str(root / "masuk"), "--out", str(out), "--workers", "2"]
    result = CliRunner().invoke(cli, [*args, "--json-summary", str(summary)])
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    return {
        "files": files,
        "exit_code": result.exit_code,
        "output": result.output,
        "summary": json.loads(summary.read_text(encoding="utf-8")),
        "docs": {d["source_file"]: d for d in docs},
        "recommendations": pq.read_table(out / "recommendations.parquet").to_pylist(),
        "out": out,
    }


def _doc(run: dict[str, Any], role: str) -> dict[str, Any]:
    doc: dict[str, Any] = run["docs"][str(run["files"][role])]
    return doc


@pytest.mark.parametrize(
    ("role", "reason"),
    [
        ("zero", "berkas kosong (0 byte)"),
        ("truncated", "PDF rusak atau tidak dapat dibaca"),
        ("not_pdf", "bukan berkas PDF (tanda %PDF- tidak ada di awal berkas)"),
        ("encrypted", "PDF terenkripsi: kata sandi diperlukan"),
        ("not_ra", "tidak ditemukan tabel Rencana Aksi"),
        ("no_pages", "PDF tanpa halaman"),
    ],
)
def test_hostile_file_is_failed_with_its_reason(
    hostile_run: dict[str, Any], role: str, reason: str
) -> None:
    doc = _doc(hostile_run, role)
    assert doc["status"] == "failed"
    assert doc["error"].startswith(reason), doc["error"]
    assert doc["document_id"] == doc["sha256"][:16]


def test_the_batch_goes_on_and_exits_1(hostile_run: dict[str, Any]) -> None:
    assert hostile_run["exit_code"] == 1, hostile_run["output"]
    assert len(hostile_run["docs"]) == len(hostile_run["files"])  # one row per input path
    for role in ("good", "encrypted_empty", "non_ascii", "duplicate"):
        assert _doc(hostile_run, role)["status"] == "ok", role


def test_empty_user_password_is_tried_first(hostile_run: dict[str, Any]) -> None:
    doc = _doc(hostile_run, "encrypted_empty")
    assert doc["status"] == "ok"
    assert doc["unit_kerja"] == _doc(hostile_run, "good")["unit_kerja"]


def test_names_with_spaces_and_non_ascii_letters_are_kept(hostile_run: dict[str, Any]) -> None:
    assert _doc(hostile_run, "non_ascii")["source_file"].endswith(NON_ASCII)
    csv = (hostile_run["out"] / "documents.csv").read_bytes().decode("utf-8-sig")
    assert NON_ASCII in csv
    assert "tanpa halaman.pdf" in csv


def test_same_bytes_under_two_names_is_processed_once(hostile_run: dict[str, Any]) -> None:
    first, second = _doc(hostile_run, "good"), _doc(hostile_run, "duplicate")
    assert first["document_id"] == second["document_id"]
    assert first["duplicate_of"] is None
    assert second["duplicate_of"] == str(hostile_run["files"]["good"])
    summary = hostile_run["summary"]
    assert summary["duplicates"] == 1
    assert summary["processed"] == len(hostile_run["files"]) - 1
    recs = [r for r in hostile_run["recommendations"] if r["document_id"] == first["document_id"]]
    ids = [r["recommendation_id"] for r in recs]
    assert ids and len(ids) == len(set(ids)), "the records of the file are there once"


def test_the_summary_names_each_failure(hostile_run: dict[str, Any]) -> None:
    for role in ("zero", "encrypted", "no_pages"):
        assert str(hostile_run["files"][role]) in hostile_run["output"]
    assert "PDF tanpa halaman" in hostile_run["output"]


def test_300_page_pdf_fails_alone_on_its_timeout(tmp_path: Path) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    big = many_pages(folder / "tebal 300 halaman.pdf")
    hostile_folder(tmp_path / "lain")  # a good file beside it
    good = tmp_path / "lain" / "baik.pdf"
    args = ["extract", str(big), str(good), "--out", str(tmp_path / "out"), "--quiet"]
    limits = ["--timeout", "2", "--timeout-per-page", "0", "--workers", "2"]
    result = CliRunner().invoke(cli, [*args, *limits])
    assert result.exit_code == 1
    rows = pq.read_table(tmp_path / "out/documents.parquet").to_pylist()
    docs = {d["source_file"]: d for d in rows}
    assert docs[str(big)]["status"] == "failed"
    assert docs[str(big)]["error"] == "melebihi batas waktu 2 s"
    assert docs[str(good)]["status"] == "ok"


@pytest.mark.slow
def test_300_page_pdf_finishes_within_its_page_scaled_timeout(tmp_path: Path) -> None:
    big = many_pages(tmp_path / "tebal.pdf")
    summary = tmp_path / "summary.json"
    args = ["extract", str(big), "--out", str(tmp_path / "out"), "--quiet", "--workers", "1"]
    # 10 s alone would not do; 10 s + 1 s per page does
    limits = ["--timeout", "10", "--timeout-per-page", "1", "--json-summary", str(summary)]
    result = CliRunner().invoke(cli, [*args, *limits])
    assert result.exit_code == 0, result.output
    [doc] = pq.read_table(tmp_path / "out/documents.parquet").to_pylist()
    assert doc["status"] == "ok"
    assert doc["page_count"] == 300
    assert 10 < doc["seconds"] < 310
    peak = json.loads(summary.read_text())["peak_rss_mb_by_worker"]
    assert max(peak.values()) < 500


def test_a_file_over_the_memory_cap_fails_with_the_cap(tmp_path: Path) -> None:
    good = hostile_folder(tmp_path / "masuk")["good"]
    out = tmp_path / "out"
    args = ["extract", str(good), "--out", str(out), "--quiet", "--workers", "1"]
    result = CliRunner().invoke(cli, [*args, "--memory-mb", "256"])
    assert result.exit_code == 1
    [doc] = pq.read_table(out / "documents.parquet").to_pylist()
    assert doc["error"] == "melebihi batas memori 256 MB"
    # not cached: with the default cap the next run reads it
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 0
