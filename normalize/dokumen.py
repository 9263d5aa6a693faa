"""From a document's raw layout to its contract records: the pure core of the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from extract.layout import DocumentLayout
from normalize.baris import walk_document
from normalize.bingkai import unframe
from normalize.blok import read_blok
from normalize.gabung import merge_passes
from normalize.keyakinan import lost_findings, missing_scores, ocr_warnings
from normalize.rekam import Records, build_records
from schemas import WarningRecord


@dataclass
class Extraction:
    """What one document yielded: document fields, records, and why it may have failed."""

    fields: dict[str, Any] = field(default_factory=dict)
    records: Records = field(default_factory=Records)
    error: str | None = None
    # the HP as printed, for the validator's message when it is not a mobile number
    pj_hp_tertulis: str | None = None


def text_source(layout: DocumentLayout) -> str:
    sources = {p.source for p in layout.pages}
    if sources == {"ocr"}:
        return "ocr"
    return "mixed" if len(sources) > 1 else "text_layer"


def extract_records(document_id: str, layout: DocumentLayout) -> Extraction:
    # a title and a signature printed in the table's own grid are read as the text they are
    layout = unframe(layout)
    walk = walk_document(layout)
    merged = merge_passes(walk)
    blok = read_blok(layout)
    fields: dict[str, Any] = {
        "page_count": len(layout.pages),
        "text_source": text_source(layout),
        "table_layout": merged.layout if merged.rekomendasi else None,
        "unit_kerja": blok.unit_kerja,
        "kabupaten": blok.kabupaten,
        "tahun_evaluasi": blok.tahun_evaluasi,
        "pj_nama": blok.pj_nama,
        "pj_hp": blok.pj_hp,
        "penandatangan_jabatan": blok.penandatangan_jabatan,
        "penandatangan_nama": blok.penandatangan_nama,
        "penandatangan_pangkat": blok.penandatangan_pangkat,
        "penandatangan_golongan": blok.penandatangan_golongan,
        "penandatangan_nip": blok.penandatangan_nip,
    }
    if walk.tables_read == 0:
        return Extraction(
            fields,
            error="tidak ditemukan tabel Rencana Aksi "
            "(kolom REKOMENDASI tidak ada di tabel mana pun)",
        )
    if not merged.rekomendasi:
        return Extraction(fields, error="tabel Rencana Aksi ditemukan tetapi tanpa rekomendasi")
    records = build_records(document_id, walk, merged, blok)
    if layout.repaired:
        records.warnings.append(
            WarningRecord(
                document_id=document_id,
                code="PDF_DIPERBAIKI",
                severity="info",
                message=f"Berkas PDF rusak: {layout.repaired}.",
            )
        )
    # where OCR was unsure (a page, a score, a NIP), a person must look
    records.warnings.extend(ocr_warnings(document_id, layout))
    records.warnings.extend(missing_scores(document_id, records.findings, layout))
    records.warnings.extend(
        lost_findings(document_id, records.findings, records.recommendations, layout)
    )
    return Extraction(fields, records, pj_hp_tertulis=blok.pj_hp_tertulis)
