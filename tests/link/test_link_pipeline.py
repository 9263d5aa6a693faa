"""Linking inside the pipeline: the `link` command over two years' outputs."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from tests.conftest import SAMPLES

EXE = Path(sys.executable).with_name("rencana-aksi")
AWAYAN = ("004_docx_awayan_2022", "005_docx_awayan_2023")


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(EXE), *args], cwd=cwd, capture_output=True, text=True, check=False)


def _expected(name: str) -> dict[tuple[str, int, int], str]:
    recs = json.loads((SAMPLES / "expected" / f"{name}.json").read_text())["recommendations"]
    return {
        (r["komponen_kode"], r["finding_no"], r["rekomendasi_no"]): r["rekomendasi"] for r in recs
    }


def _key(recommendation_id: str) -> tuple[str, int, int]:
    _, kode_finding, number = recommendation_id.rsplit("-", 2)
    return kode_finding[0], int(kode_finding[1:]), int(number)


def test_link_two_years_of_one_unit(tmp_path: Path) -> None:
    for name in AWAYAN:
        proc = _run(
            ["extract", str(SAMPLES / "born_digital" / f"{name}.pdf"), "--out", name, "--quiet"],
            tmp_path,
        )
        assert proc.returncode == 0, proc.stderr
    proc = _run(["link", *AWAYAN, "--out", "linked"], tmp_path)
    assert proc.returncode == 0, proc.stderr

    # by construction the 2023 document repeats every 2022 recommendation word for word
    # and adds one: each 2022 text must be matched to the same text in 2023, nothing else
    before, after = (_expected(name) for name in AWAYAN)
    shared = set(before.values()) & set(after.values())
    matches = pq.read_table(tmp_path / "linked" / "matches.parquet").to_pylist()
    decided = [m for m in matches if m["decision"] == "match"]
    assert len(decided) == len(shared) == len(before)
    for m in decided:
        assert before[_key(m["recommendation_id_prev"])] == after[_key(m["recommendation_id_next"])]
        assert (m["tahun_prev"], m["tahun_next"]) == (2022, 2023)
        assert m["scorer"] and m["cutoff_match"] is not None

    recs = pq.read_table(tmp_path / "linked" / "recommendations.parquet").to_pylist()
    assert len(recs) == len(before) + len(after)
    assert all(r["recommendation_group"] for r in recs)
    groups = pq.read_table(tmp_path / "linked" / "groups.parquet").to_pylist()
    assert sum(g["n_years"] == 2 for g in groups) == len(shared)
    assert (tmp_path / "linked" / "rencana_aksi.xlsx").exists()


def test_link_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "kosong").mkdir()
    assert _run(["link", "kosong", "--out", "o"], tmp_path).returncode == 2
    assert _run(["link", "tidak-ada", "--out", "o"], tmp_path).returncode == 2


def test_extract_links_a_batch_of_several_years(tmp_path: Path) -> None:
    batch = tmp_path / "berkas"
    batch.mkdir()
    for name in AWAYAN:
        (batch / f"{name}.pdf").write_bytes((SAMPLES / "born_digital" / f"{name}.pdf").read_bytes())
    proc = _run(["extract", "berkas", "--out", "out", "--quiet"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    matches = pq.read_table(tmp_path / "out" / "matches.parquet").to_pylist()
    assert sum(m["decision"] == "match" for m in matches) == len(_expected(AWAYAN[0]))
    recs = pq.read_table(tmp_path / "out" / "recommendations.parquet").to_pylist()
    assert all(r["recommendation_group"] for r in recs)


def test_extract_of_one_document_writes_empty_link_tables(tmp_path: Path) -> None:
    pdf = SAMPLES / "born_digital" / f"{AWAYAN[0]}.pdf"
    proc = _run(["extract", str(pdf), "--out", "out", "--quiet"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert pq.read_table(tmp_path / "out" / "matches.parquet").num_rows == 0
    assert pq.read_table(tmp_path / "out" / "groups.parquet").num_rows == 0
