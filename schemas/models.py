"""The data contract (shared/DATA_CONTRACT.md) as pydantic models.

These models are the single source of truth for the output tables: their field order
is the column order, their annotations the column types. Columns beyond the contract
are allowed (the contract says "add columns freely") and are marked as such.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from schemas.types import Int16, Int32

TextSource = Literal["text_layer", "ocr", "mixed"]
TableLayout = Literal["rencana_aksi", "monitoring"]
DocumentStatus = Literal["ok", "needs_review", "failed"]
KomponenKode = Literal["A", "B", "C", "D", "E"]
StatusTindakLanjut = Literal["selesai", "proses", "belum"]
Decision = Literal["match", "review"]
Severity = Literal["error", "info"]


class _Row(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Document(_Row):
    """One row per input file, whatever happened to it."""

    document_id: str
    source_file: str
    sha256: str
    page_count: Int32 | None = None
    text_source: TextSource | None = None
    table_layout: TableLayout | None = None
    unit_kerja: str | None = None
    kabupaten: str | None = None
    tahun_evaluasi: Int16 | None = None
    pj_nama: str | None = None
    pj_hp: str | None = None
    penandatangan_jabatan: str | None = None
    penandatangan_nama: str | None = None
    penandatangan_pangkat: str | None = None
    penandatangan_golongan: str | None = None
    penandatangan_nip: str | None = None
    total_nilai: float | None = None
    predikat: str | None = None
    status: DocumentStatus
    error: str | None = None
    warnings: str | None = None
    # beyond the contract
    pipeline_version: str | None = None
    # the batch runner: the source_file of the first input with the same bytes (this row's
    # records are kept once, under that one), and the seconds spent reading the file
    duplicate_of: str | None = None
    seconds: float | None = None


class Finding(_Row):
    """One row per evaluated component (komponen) of a document."""

    document_id: str
    komponen_kode: KomponenKode
    komponen: str
    finding_no: Int16
    nilai: float | None = None
    persen: float | None = None
    keberadaan_nilai: float | None = None
    keberadaan_persen: float | None = None
    kualitas_nilai: float | None = None
    kualitas_persen: float | None = None
    pemanfaatan_nilai: float | None = None
    pemanfaatan_persen: float | None = None
    hasil_evaluasi: str | None = None
    skor_konsisten: bool | None = None
    # beyond the contract
    page: Int16 | None = None


# A finding's eight scores: the component's nilai and persen, then each part's.
SCORE_FIELDS: tuple[str, ...] = tuple(
    n for n in Finding.model_fields if n in ("nilai", "persen") or n.endswith(("_nilai", "_persen"))
)


class Recommendation(_Row):
    """One row per numbered recommendation (rekomendasi) with its action plan."""

    recommendation_id: str
    document_id: str
    unit_kerja: str | None = None
    tahun_evaluasi: Int16 | None = None
    komponen_kode: KomponenKode
    komponen: str
    finding_no: Int16
    rekomendasi_no: Int16
    rekomendasi: str
    rencana_aksi: str | None = None
    target_data: str | None = None
    waktu_pelaksanaan: str | None = None
    waktu_tahun: Int16 | None = None
    waktu_periode: str | None = None
    penanggung_jawab: str | None = None
    status_progres: str | None = None
    status: StatusTindakLanjut | None = None
    tautan: str | None = None
    tautan_teks: str | None = None
    rencana_aksi_salinan: bool | None = None
    page: Int16 | None = None
    # beyond the contract: filled by link/ when linking ran
    recommendation_group: str | None = None


class Match(_Row):
    """A link between recommendations of the same unit in consecutive years."""

    recommendation_id_prev: str
    recommendation_id_next: str
    unit_kerja: str
    tahun_prev: Int16
    tahun_next: Int16
    score: float
    decision: Decision
    # beyond the contract: what a person needs to audit the decision
    scorer: str | None = None
    cutoff_match: float | None = None
    cutoff_review: float | None = None
    runner_up_score: float | None = None


class Group(_Row):
    """The same recommendation wherever it appears, across units and years."""

    recommendation_group: str
    rekomendasi: str
    komponen_kode: KomponenKode | None = None
    n_recommendations: Int32
    n_units: Int32
    n_years: Int32
    tahun_first: Int16 | None = None
    tahun_last: Int16 | None = None
    unit_kerja_list: str | None = None


class WarningRecord(_Row):
    """One row per problem found while reading or validating."""

    document_id: str
    recommendation_id: str | None = None
    page: Int16 | None = None
    code: str
    severity: Severity
    message: str


TABLES: dict[str, type[_Row]] = {
    "documents": Document,
    "findings": Finding,
    "recommendations": Recommendation,
    "matches": Match,
    "warnings": WarningRecord,
    "groups": Group,
}
