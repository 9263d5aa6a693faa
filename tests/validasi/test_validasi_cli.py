"""``rencana-aksi validate DIR``: re-run the rules over an output folder an analyst corrected."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from rich.console import Console

from emit.tables import to_arrow
from emit.writers import BOM, write_tables
from normalize.validasi import validate
from pipeline.folder import FolderError, load, source_of
from pipeline.validate_cmd import validate_folder
from schemas import Finding, WarningRecord
from tests.validasi.rekaman import DOC_ID, SEED_DOCUMENT, SEED_FINDINGS, SEED_RECOMMENDATIONS

EXE = Path(sys.executable).with_name("rencana-aksi")
READING_WARNING = WarningRecord(
    document_id=DOC_ID,
    page=4,
    code="REKOMENDASI_HANYA_DI_SATU_TABEL",
    severity="info",
    message="Rekomendasi B1-3 hanya ada di salah satu tabel dokumen.",
)


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False
    )


def write_output(out: Path, a_nilai: float = 22.60) -> None:
    """An output folder as ``extract`` writes it, from the real document with A's nilai
    mistyped (22,60 for 72% of 30)."""
    findings = [
        f.model_copy(update={"nilai": a_nilai}) if f.komponen_kode == "A" else f
        for f in SEED_FINDINGS
    ]
    result = validate(
        SEED_DOCUMENT, findings, SEED_RECOMMENDATIONS, layout_warnings=[READING_WARNING]
    )
    write_tables(
        out,
        {
            "documents": to_arrow("documents", [result.document]),
            "findings": to_arrow("findings", result.findings),
            "recommendations": to_arrow("recommendations", result.recommendations),
            "matches": to_arrow("matches", []),
            "warnings": to_arrow("warnings", result.warnings),
        },
    )


def edit_csv(path: Path, old: str, new: str) -> None:
    """Edit a CSV as a person would, after the pipeline wrote it (so it is newer)."""
    text = path.read_bytes().decode("utf-8-sig")
    assert old in text
    path.write_bytes(BOM + text.replace(old, new, 1).encode("utf-8"))
    later = path.with_suffix(".parquet").stat().st_mtime_ns + 1_000_000_000
    os.utime(path, ns=(later, later))


def codes(out: Path) -> list[str]:
    return [w["code"] for w in pq.read_table(out / "warnings.parquet").to_pylist()]


def quiet() -> Console:
    return Console(file=io.StringIO())


def test_validate_command_picks_up_a_corrected_csv(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out)
    assert "SKOR_TIDAK_KONSISTEN" in codes(out)
    # run where no package of ours lies on the path, so only the installed one is used
    first = run(["validate", str(out)], cwd=tmp_path)
    assert first.returncode == 1, first.stderr
    assert "needs_review" in first.stderr
    assert "SKOR_TIDAK_KONSISTEN" in codes(out)
    # the analyst fixes A's nilai in findings.csv
    edit_csv(
        out / "findings.csv",
        ',"A","Perencanaan Kinerja",1,22.6,',
        ',"A","Perencanaan Kinerja",1,21.6,',
    )
    second = run(["validate", str(out)], cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert "needs_review -> ok" in second.stderr
    after = codes(out)
    assert "SKOR_TIDAK_KONSISTEN" not in after
    # the reading warning survives, the validation warnings are recomputed
    assert after[0] == "REKOMENDASI_HANYA_DI_SATU_TABEL"
    assert set(after) == {
        "REKOMENDASI_HANYA_DI_SATU_TABEL",
        "PEMANFAATAN_TIDAK_TERBACA",
        "PERIODE_TIDAK_VALID",
    }
    (doc,) = pq.read_table(out / "documents.parquet").to_pylist()
    assert (doc["status"], doc["total_nilai"], doc["predikat"]) == ("ok", 72.75, "BB")
    assert "SKOR_TIDAK_KONSISTEN" not in doc["warnings"]
    # CSV and Parquet were both rewritten
    rows = list(csv.DictReader(io.StringIO((out / "documents.csv").read_text("utf-8-sig"))))
    assert rows[0]["status"] == "ok"
    assert [f["skor_konsisten"] for f in pq.read_table(out / "findings.parquet").to_pylist()] == [
        True
    ] * 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", "missing"], "does not exist"),
        (["validate"], "Missing argument"),
    ],
)
def test_validate_usage_errors_exit_2(tmp_path: Path, args: list[str], message: str) -> None:
    proc = run(args, cwd=tmp_path)
    assert proc.returncode == 2
    assert message in proc.stderr


def test_validate_unreadable_cell_exits_2_and_says_where(tmp_path: Path) -> None:
    out = tmp_path / "out"
    write_output(out, a_nilai=21.60)
    edit_csv(out / "findings.csv", ",21.6,72,", ",dua satu,72,")
    before = (out / "warnings.parquet").read_bytes()
    proc = run(["validate", str(out)], cwd=tmp_path)
    assert proc.returncode == 2
    assert "findings.csv" in proc.stderr
    # nothing was rewritten
    assert (out / "warnings.parquet").read_bytes() == before


def test_validate_folder_exit_codes(tmp_path: Path) -> None:
    write_output(tmp_path / "bad")
    write_output(tmp_path / "good", a_nilai=21.60)
    assert validate_folder(tmp_path / "bad", console=quiet()) == 1
    assert validate_folder(tmp_path / "good", console=quiet()) == 0
    with pytest.raises(FolderError, match=r"documents\.csv atau documents\.parquet tidak ada"):
        validate_folder(tmp_path, console=quiet())


def test_newer_parquet_is_read_instead_of_the_csv(tmp_path: Path) -> None:
    write_output(tmp_path)
    assert source_of(tmp_path, "findings").name == "findings.csv"
    parquet = tmp_path / "findings.parquet"
    later = (tmp_path / "findings.csv").stat().st_mtime_ns + 1_000_000_000
    os.utime(parquet, ns=(later, later))
    assert source_of(tmp_path, "findings") == parquet


def test_csv_saved_by_an_indonesian_spreadsheet(tmp_path: Path) -> None:
    """Excel in an Indonesian locale saves ';'-separated CSV with decimal commas."""
    write_output(tmp_path, a_nilai=21.60)
    path = tmp_path / "findings.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    for row in rows:
        writer.writerow([c.replace(".", ",") if c.replace(".", "").isdigit() else c for c in row])
    path.write_bytes(BOM + buffer.getvalue().encode("utf-8"))
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    loaded = load(tmp_path, "findings", Finding)
    assert [f.nilai for f in loaded.rows] == [21.6, 21.6, 10.8, 18.75]
    assert [f.kualitas_nilai for f in loaded.rows] == [6.3, 6.3, 3.15, 6.0]
    assert validate_folder(tmp_path, console=quiet()) == 0


def test_columns_an_analyst_added_are_kept(tmp_path: Path) -> None:
    write_output(tmp_path, a_nilai=21.60)
    path = tmp_path / "recommendations.csv"
    rows = list(csv.reader(io.StringIO(path.read_text("utf-8-sig"))))
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for i, row in enumerate(rows):
        writer.writerow([*row, "catatan" if i == 0 else f"dicek {i}"])
    path.write_bytes(BOM + buffer.getvalue().encode("utf-8"))
    os.utime(path, ns=(path.stat().st_mtime_ns + 10**9,) * 2)
    validate_folder(tmp_path, console=quiet())
    table = pq.read_table(tmp_path / "recommendations.parquet")
    assert table.column("catatan").to_pylist() == [f"dicek {i}" for i in range(1, 12)]
    assert table.column("rencana_aksi_salinan").to_pylist() == [True] * 11


def test_a_value_outside_the_contract_names_file_line_and_column(tmp_path: Path) -> None:
    write_output(tmp_path, a_nilai=21.60)
    edit_csv(tmp_path / "recommendations.csv", '"selesai"', '"Selesai banget"')
    with pytest.raises(FolderError, match=r"recommendations\.csv baris 2: status: Input should be"):
        validate_folder(tmp_path, console=quiet())
