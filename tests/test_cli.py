"""The installed ``rencana-aksi`` command, run from outside the repository."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from schemas import TABLES, arrow_schema
from tests.conftest import SAMPLES, manifest

EXE = Path(sys.executable).with_name("rencana-aksi")
CONTRACT_TABLES = ("documents", "findings", "recommendations", "matches", "warnings")


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args], cwd=cwd, capture_output=True, text=True, timeout=600, check=False
    )


def test_command_is_installed() -> None:
    assert EXE.exists(), "the console script is installed beside the interpreter"


def test_extract_writes_every_table(tmp_path: Path) -> None:
    entries = manifest("born_digital")[:2]
    if not entries:
        pytest.skip("no samples yet")
    inputs = tmp_path / "in dir"
    inputs.mkdir()
    for e in entries:
        shutil.copy(SAMPLES / e["pdf"], inputs / Path(e["pdf"]).name)
    # run where no package of ours lies on the path, so only the installed one is used
    proc = run(["extract", str(inputs), "--out", str(tmp_path / "out")], cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    for name in CONTRACT_TABLES:
        table = pq.read_table(tmp_path / "out" / f"{name}.parquet")
        assert table.schema.equals(arrow_schema(TABLES[name]), check_metadata=False)
        raw = (tmp_path / "out" / f"{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), "CSV starts with a BOM for Excel"
        header = next(csv.reader([raw[3:].decode("utf-8").splitlines()[0]]))
        assert header == list(TABLES[name].model_fields)
    docs = pq.read_table(tmp_path / "out" / "documents.parquet").to_pylist()
    assert sorted(d["source_file"] for d in docs) == sorted(
        str(inputs / Path(e["pdf"]).name) for e in entries
    )
    assert {d["status"] for d in docs} == {"ok"}


def test_bad_file_is_a_failed_row_and_exit_code_1(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"not a pdf at all")
    empty = tmp_path / "kosong.pdf"
    empty.write_bytes(b"")
    proc = run(["extract", str(bad), str(empty), "--out", str(tmp_path / "out")], cwd=tmp_path)
    assert proc.returncode == 1
    docs = {
        d["source_file"]: d for d in pq.read_table(tmp_path / "out/documents.parquet").to_pylist()
    }
    assert docs[str(bad)]["status"] == "failed"
    assert "bukan berkas PDF" in docs[str(bad)]["error"]
    assert docs[str(empty)]["status"] == "failed"
    assert "0 byte" in docs[str(empty)]["error"]


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert run(["extract", "--out", str(tmp_path)], cwd=tmp_path).returncode == 2
    assert (
        run(["extract", str(tmp_path / "missing.pdf"), "--out", "o"], cwd=tmp_path).returncode == 2
    )
    (tmp_path / "empty").mkdir()
    assert run(["extract", str(tmp_path / "empty"), "--out", "o"], cwd=tmp_path).returncode == 2


def test_every_command_has_help(tmp_path: Path) -> None:
    proc = run(["--help"], cwd=tmp_path)
    assert proc.returncode == 0
    for line in proc.stdout.split("Commands:")[1].strip().splitlines():
        command = line.split()[0]
        sub = run([command, "--help"], cwd=tmp_path)
        assert sub.returncode == 0
        assert "Example" in sub.stdout, f"{command} --help shows an example"


def test_without_tesseract_one_line_and_born_digital_files_still_read(tmp_path: Path) -> None:
    born = manifest("born_digital")[0]["pdf"]
    scan = manifest("scanned")[0]["pdf"]
    for pdf in (born, scan):
        shutil.copy(SAMPLES / pdf, tmp_path / Path(pdf).name)
    # a PATH without Tesseract on it
    env = {**os.environ, "PATH": str(EXE.parent)}
    proc = subprocess.run(
        [str(EXE), "extract", str(tmp_path), "--out", str(tmp_path / "out")],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, check=False, env=env,
    )  # fmt: skip
    assert proc.returncode == 1, proc.stderr
    # one line up front (the summary then lists the failed file with the same reason)
    warnings = [ln for ln in proc.stderr.splitlines() if ln.startswith("Peringatan:")]
    assert len(warnings) == 1 and "Tesseract tidak terpasang" in warnings[0], proc.stderr
    assert proc.stderr.startswith("Peringatan:"), proc.stderr
    docs = {
        Path(d["source_file"]).name: d
        for d in pq.read_table(tmp_path / "out/documents.parquet").to_pylist()
    }
    assert docs[Path(born).name]["status"] == "ok"
    assert docs[Path(scan).name]["status"] == "failed"
    assert "Tesseract tidak terpasang" in docs[Path(scan).name]["error"]
