"""A small realistic batch for the emit tests, built from the contract's models.

Three units, two evaluation years; one document needs review (an error warning), one
failed; some action plans are overdue on ``TODAY``, one only copies its recommendation,
and one recommendation recurs across units and years (linking ran).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Literal

import pandas as pd
import pyarrow as pa
import pytest
from pydantic import BaseModel

from schemas import (
    TABLES,
    Document,
    Finding,
    Group,
    Match,
    Recommendation,
    WarningRecord,
    arrow_schema,
)

TODAY = dt.date(2025, 3, 1)

Flavor = Literal["nullable", "arrow", "object", "numpy"]

_NULLABLE: dict[pa.DataType, Any] = {
    pa.int16(): pd.Int16Dtype(),
    pa.int32(): pd.Int32Dtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.float64(): pd.Float64Dtype(),
    pa.bool_(): pd.BooleanDtype(),
    pa.string(): pd.StringDtype(),
}

BOBOT = {"A": 30.0, "B": 30.0, "C": 15.0, "D": 25.0}
KOMPONEN = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}


def frame(model: type[BaseModel], rows: Sequence[BaseModel], flavor: Flavor = "nullable"):
    """Model instances as a DataFrame whose columns and types come from the schema."""
    table = pa.Table.from_pylist([r.model_dump() for r in rows], schema=arrow_schema(model))
    if flavor == "arrow":
        return table.to_pandas(types_mapper=pd.ArrowDtype)
    if flavor == "numpy":  # pandas' defaults: integer columns with nulls become float64
        return table.to_pandas()
    nullable = table.to_pandas(types_mapper=_NULLABLE.get)
    if flavor == "object":
        return nullable.astype(object).where(nullable.notna(), None)
    return nullable


def _doc_id(source_file: str) -> str:
    return hashlib.sha256(source_file.encode()).hexdigest()[:16]


def _predikat(total: float) -> str:
    for floor, label in ((90, "AA"), (80, "A"), (70, "BB"), (60, "B"), (50, "CC"), (30, "C")):
        if total > floor:
            return label
    return "D"


def _document(source: str, unit: str, tahun: int, persen: Mapping[str, float], **kw: Any):
    total = round(sum(BOBOT[k] * p / 100 for k, p in persen.items()), 2)
    digest = hashlib.sha256(source.encode()).hexdigest()
    fields: dict[str, Any] = {
        "page_count": 3,
        "text_source": "text_layer",
        "table_layout": "monitoring",
        "status": "ok",
    }
    fields.update(kw)
    return Document(
        document_id=digest[:16],
        source_file=source,
        sha256=digest,
        unit_kerja=unit,
        kabupaten="Balangan",
        tahun_evaluasi=tahun,
        pj_nama="HUDI DARMAWAN, M.I.P",
        pj_hp="+62811409172",
        total_nilai=total,
        predikat=_predikat(total),
        **fields,
    )


def _findings(document: Document, persen: Mapping[str, float]) -> list[Finding]:
    rows = []
    for no, (kode, p) in enumerate(persen.items(), start=1):
        bobot = BOBOT[kode]
        rows.append(
            Finding(
                document_id=document.document_id,
                komponen_kode=kode,  # type: ignore[arg-type]
                komponen=KOMPONEN[kode],
                finding_no=no,
                nilai=round(p / 100 * bobot, 2),
                persen=p,
                keberadaan_nilai=round(0.8 * 0.2 * bobot, 2),
                keberadaan_persen=80.0,
                kualitas_nilai=round(0.7 * 0.3 * bobot, 2),
                kualitas_persen=70.0,
                pemanfaatan_nilai=None,
                pemanfaatan_persen=None,
                hasil_evaluasi=f"Dokumen {KOMPONEN[kode].lower()} telah tersedia namun "
                "belum dimanfaatkan sepenuhnya dalam pengambilan keputusan.",
                skor_konsisten=True if kode != "B" else None,
                page=1 if kode in "AB" else 2,
            )
        )
    return rows


def _rec(document: Document, kode: str, no: int, rekomendasi: str, **kw: Any) -> Recommendation:
    return Recommendation(
        recommendation_id=f"{document.document_id}-{kode}1-{no}",
        document_id=document.document_id,
        unit_kerja=document.unit_kerja,
        tahun_evaluasi=document.tahun_evaluasi,
        komponen_kode=kode,  # type: ignore[arg-type]
        komponen=KOMPONEN[kode],
        finding_no=1,
        rekomendasi_no=no,
        rekomendasi=rekomendasi,
        page=kw.pop("page", 1),
        **kw,
    )


POHON = "Agar menyusun Pohon Kinerja hingga level individu"
CROSSCUTTING = "Agar Membuat diagram Crosscutting"
ESCAPE_ME = "Agar IKU <Sasaran & Program> diselaraskan"
STATUS = {"Sudah ditindaklanjuti": "selesai", "Selesai": "selesai", "Dalam proses": "proses",
          "Belum": "belum", "Belum ditindaklanjuti": "belum"}  # fmt: skip

# fmt: off
DOCUMENTS = {  # key: (source_file, unit_kerja, tahun, persen A-D, extra fields)
    "p22": ("2022/Kec Paringin.pdf", "Kecamatan Paringin", 2022, (72, 65, 72, 75), {}),
    "p23": ("2023/Kec Paringin.pdf", "Kecamatan Paringin", 2023, (80, 75, 80, 78), {}),
    "a22": ("2022/Kec Awayan.pdf", "Kecamatan Awayan", 2022, (60, 55, 70, 50), {}),
    "a23": ("2023/Kec Awayan.pdf", "Kecamatan Awayan", 2023, (66, 60, 71, 58),
            {"status": "needs_review", "warnings": "Skor komponen B tidak sesuai bobot"}),
    "d23": ("2023/Dinas Kesehatan.pdf", "Dinas Kesehatan", 2023, (85, 82, 90, 88),
            {"table_layout": "rencana_aksi"}),
}
# (document, kode, no, rekomendasi, rencana aksi, periode, tahun, status progres, page)
RECOMMENDATIONS = [
    ("p22", "A", 1, POHON, "Menyusun cascading kinerja sampai eselon IV", "Semester II", 2022,
     "Sudah ditindaklanjuti", 1),
    ("p23", "A", 1, POHON, "Menyusun pohon kinerja level staf", "Semester I", 2024,
     "Dalam proses", 1),
    ("p23", "C", 2, CROSSCUTTING, "Membuat diagram Crosscutting", "Juni - Desember", 2025,
     "Belum", 2),
    ("a22", "A", 1, POHON, "Menyusun pohon kinerja", "Triwulan IV", 2022, "Selesai", 1),
    ("a23", "B", 1, ESCAPE_ME, "Menyelaraskan IKU dengan Renstra", "Semester IV", 2024, None, 2),
    ("a23", "D", 2, "Agar melaksanakan evaluasi internal secara berkala",
     "Melaksanakan evaluasi internal triwulanan", "Triwulan II", 2024, "Belum ditindaklanjuti", 3),
    ("d23", "A", 1, POHON, "Menyusun pohon kinerja seluruh bidang", None, None, None, 1),
    ("d23", "C", 2, "Agar laporan kinerja dipublikasikan tepat waktu",
     "Agar laporan kinerja dipublikasikan tepat waktu", None, None, None, 2),
]
# fmt: on


def _is_copy(rekomendasi: str, rencana_aksi: str) -> bool:
    def core(text: str) -> str:
        return text.lower().removeprefix("agar ").strip()

    return core(rekomendasi) == core(rencana_aksi)


def _recommendations(documents: Mapping[str, Document]) -> list[Recommendation]:
    recs = []
    for key, kode, no, rek, plan, periode, tahun, progres, page in RECOMMENDATIONS:
        extra: dict[str, Any] = {}
        if rek == CROSSCUTTING:
            extra = {"tautan": "https://balangankab.go.id/crosscutting",
                     "tautan_teks": "Gambaran Crosscutting"}  # fmt: skip
        recs.append(
            _rec(documents[key], kode, no, rek, rencana_aksi=plan,
                 rencana_aksi_salinan=_is_copy(rek, plan), waktu_periode=periode,
                 waktu_tahun=tahun, waktu_pelaksanaan=periode and f"{periode} Tahun {tahun}",
                 status_progres=progres, status=STATUS.get(progres or ""), page=page,
                 penanggung_jawab="Kasubbag Perencanaan dan Keuangan" if tahun else None,
                 recommendation_group="G0001" if rek == POHON else None, **extra)
        )  # fmt: skip
    return recs


def _linking(recs: list[Recommendation]) -> tuple[list[Match], list[Group]]:
    match = Match(
        recommendation_id_prev=recs[0].recommendation_id,
        recommendation_id_next=recs[1].recommendation_id,
        unit_kerja="Kecamatan Paringin", tahun_prev=2022, tahun_next=2023, score=96.5,
        decision="match", scorer="token_set_ratio", cutoff_match=90.0, cutoff_review=75.0,
        runner_up_score=41.0,
    )  # fmt: skip
    pohon = Group(
        recommendation_group="G0001", rekomendasi=POHON, komponen_kode="A", n_recommendations=4,
        n_units=3, n_years=2, tahun_first=2022, tahun_last=2023,
        unit_kerja_list="Dinas Kesehatan; Kecamatan Awayan; Kecamatan Paringin",
    )  # fmt: skip
    once = Group(
        recommendation_group="G0002", rekomendasi=CROSSCUTTING, komponen_kode="C",
        n_recommendations=1, n_units=1, n_years=1, tahun_first=2023, tahun_last=2023,
        unit_kerja_list="Kecamatan Paringin",
    )  # fmt: skip
    return [match], [pohon, once]


def build_batch() -> dict[str, list[BaseModel]]:
    """The batch as lists of model instances, one list per table."""
    documents = {
        key: _document(source, unit, tahun, dict(zip("ABCD", persen, strict=True)), **extra)
        for key, (source, unit, tahun, persen, extra) in DOCUMENTS.items()
    }
    findings = [
        f
        for key, d in documents.items()
        for f in _findings(d, dict(zip("ABCD", DOCUMENTS[key][3], strict=True)))
    ]
    broken = "2022/Dinas Kesehatan rusak.pdf"
    failed = Document(
        document_id=_doc_id(broken), source_file=broken,
        sha256=hashlib.sha256(broken.encode()).hexdigest(), status="failed",
        error="Berkas PDF tidak dapat dibuka (rusak atau terenkripsi)",
    )  # fmt: skip
    recs = _recommendations(documents)
    matches, groups = _linking(recs)
    review = documents["a23"].document_id
    warnings = [
        WarningRecord(document_id=review, page=2, code="SKOR_TIDAK_KONSISTEN", severity="error",
                      message="Skor komponen B <Pengukuran> tidak sesuai bobot"),
        WarningRecord(document_id=review, recommendation_id=recs[4].recommendation_id, page=2,
                      code="PERIODE_TIDAK_VALID", severity="info",
                      message="Periode 'Semester IV' tidak valid; dipakai akhir tahun"),
        WarningRecord(document_id=failed.document_id, code="BERKAS_RUSAK", severity="error",
                      message="Berkas tidak dapat dibuka"),
    ]  # fmt: skip
    return {
        "documents": [*documents.values(), failed],
        "findings": findings,
        "recommendations": recs,
        "matches": matches,
        "warnings": warnings,
        "groups": groups,
    }


def batch_frames(flavor: Flavor = "nullable") -> dict[str, pd.DataFrame]:
    """The batch as DataFrames, in the dtype flavour given."""
    return {name: frame(TABLES[name], rows, flavor) for name, rows in build_batch().items()}


def empty_frames(flavor: Flavor = "nullable") -> dict[str, pd.DataFrame]:
    """Every table with its columns and no rows."""
    return {name: frame(model, [], flavor) for name, model in TABLES.items()}


@pytest.fixture
def batch() -> dict[str, pd.DataFrame]:
    return batch_frames()


@pytest.fixture
def batch_models() -> dict[str, list[BaseModel]]:
    return build_batch()


@pytest.fixture
def make_frames() -> Callable[[Flavor], dict[str, pd.DataFrame]]:
    return batch_frames


@pytest.fixture
def empty_batch() -> dict[str, pd.DataFrame]:
    return empty_frames()


@pytest.fixture
def today() -> dt.date:
    return TODAY


@pytest.fixture
def escape_me() -> str:
    """A recommendation of the batch that holds HTML's special characters."""
    return ESCAPE_ME
