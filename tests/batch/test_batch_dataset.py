"""``--dataset DIR``: batches appended to a Parquet dataset partitioned by tahun_evaluasi."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pyarrow as pa
from click.testing import CliRunner

from emit.tables import to_arrow
from pipeline.cli import cli
from pipeline.dataset import append_dataset, partitioning, read_dataset, with_year
from schemas import Document, Finding
from tests.conftest import SAMPLES

BORN = SAMPLES / "born_digital"
Y2022 = BORN / "004_docx_awayan_2022.pdf"
Y2023 = BORN / "005_docx_awayan_2023.pdf"
Y2024 = BORN / "007_docx_batumandi_2024.pdf"


def _extract(files: list[Path], out: Path, dataset: Path) -> int:
    args = ["extract", *map(str, files), "--out", str(out), "--dataset", str(dataset)]
    return CliRunner().invoke(cli, [*args, "--quiet", "--workers", "0"]).exit_code


def _years(root: Path, name: str) -> list[str]:
    return sorted(p.name for p in (root / name).iterdir() if not p.name.startswith("."))


def test_batches_append_by_year_and_never_twice(tmp_path: Path) -> None:
    data = tmp_path / "konsolidasi"
    assert _extract([Y2022, Y2023], tmp_path / "out2023", data) == 0
    assert _years(data, "documents") == ["tahun_evaluasi=2022", "tahun_evaluasi=2023"]
    first = read_dataset(data, "recommendations").num_rows
    assert first > 0
    # the next year's batch, with one file of the earlier batch again
    assert _extract([Y2023, Y2024], tmp_path / "out2024", data) == 0
    docs = read_dataset(data, "documents")
    assert sorted(docs["tahun_evaluasi"].to_pylist()) == [2022, 2023, 2024]
    assert docs.num_rows == 3, "the 2023 file was not added twice"
    recs = read_dataset(data, "recommendations")
    ids = recs["recommendation_id"].to_pylist()
    assert len(ids) == len(set(ids))
    findings = read_dataset(data, "findings")
    assert set(findings["tahun_evaluasi"].to_pylist()) == {2022, 2023, 2024}
    # re-running a batch adds nothing
    before = sorted(p.name for p in data.rglob("*.parquet"))
    assert _extract([Y2022, Y2023], tmp_path / "out2023", data) == 0
    assert sorted(p.name for p in data.rglob("*.parquet")) == before
    assert not [p for p in data.iterdir() if p.name.startswith(".staging")]


def test_failed_documents_go_under_the_null_partition(tmp_path: Path) -> None:
    bad = tmp_path / "rusak.pdf"
    bad.write_bytes(b"bukan pdf")
    good = tmp_path / "baik.pdf"
    shutil.copy(Y2022, good)
    assert _extract([bad, good], tmp_path / "out", tmp_path / "data") == 1
    docs = read_dataset(tmp_path / "data", "documents").to_pylist()
    assert {(d["status"], d["tahun_evaluasi"]) for d in docs} == {("failed", None), ("ok", 2022)}
    frame = pd.read_parquet(tmp_path / "data" / "documents", partitioning=partitioning())
    assert len(frame) == 2


def test_with_year_gives_findings_their_documents_year() -> None:
    doc = Document(document_id="a" * 16, source_file="a.pdf", sha256="a" * 64, status="ok",
                   tahun_evaluasi=2023)  # fmt: skip
    finding = Finding(document_id="a" * 16, komponen_kode="A", komponen="Perencanaan Kinerja",
                      finding_no=1)  # fmt: skip
    tables = {
        "documents": to_arrow("documents", [doc]),
        "findings": to_arrow("findings", [finding]),
        "recommendations": to_arrow("recommendations", []),
        "warnings": to_arrow("warnings", []),
    }
    out = with_year(tables)
    assert out["findings"]["tahun_evaluasi"].to_pylist() == [2023]
    assert out["findings"].schema.field("tahun_evaluasi").type == pa.int16()


def test_an_absent_dataset_reads_as_empty(tmp_path: Path) -> None:
    assert read_dataset(tmp_path, "documents").num_rows == 0
    empty = {n: to_arrow(n, []) for n in ("documents", "findings", "recommendations", "warnings")}
    added = append_dataset(tmp_path / "data", empty, batch_id="b1")
    assert added.rows == {"findings": 0, "recommendations": 0, "warnings": 0, "documents": 0}
