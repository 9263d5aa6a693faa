"""Expected JSON of one document, from its typed spec (page numbers from the PDF)."""

from __future__ import annotations

from typing import Any

from .model import Doc, predikat


def expected(doc: Doc, page_count: int, rec_pages: list[int]) -> dict[str, Any]:
    s = doc.signer
    total = doc.total
    document = {
        "page_count": page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.year,
        "pj_nama": doc.pj_nama,
        "pj_hp": doc.pj_hp,
        "penandatangan_jabatan": s.jabatan,
        "penandatangan_nama": s.person.name,
        "penandatangan_pangkat": s.pangkat,
        "penandatangan_golongan": s.golongan,
        "penandatangan_nip": s.person.nip,
        "total_nilai": total,
        "predikat": predikat(total),
    }
    findings = []
    for f in doc.findings:
        sc = f.score
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": f.komponen,
                "finding_no": f.no,
                "nilai": sc.nilai if sc else None,
                "persen": sc.persen if sc else None,
                "keberadaan_nilai": sc.keb if sc else None,
                "keberadaan_persen": float(sc.keb_p) if sc else None,
                "kualitas_nilai": sc.kual if sc else None,
                "kualitas_persen": float(sc.kual_p) if sc else None,
                "pemanfaatan_nilai": sc.pem if sc else None,
                "pemanfaatan_persen": float(sc.pem_p) if sc else None,
                "hasil_evaluasi": " ".join(" ".join(f.hasil).split()),
            }
        )
    recs = []
    mon = doc.layout == "monitoring"
    for (f, i, r), page in zip(doc.recs(), rec_pages, strict=True):
        target = r.target if mon and r.target not in (None, "-") else None
        recs.append(
            {
                "komponen_kode": f.kode,
                "komponen": f.komponen,
                "finding_no": f.no,
                "rekomendasi_no": i,
                "rekomendasi": " ".join(r.rek.split()),
                "rencana_aksi": " ".join(r.ra.split()),
                "target_data": target,
                "waktu_pelaksanaan": r.waktu[0] if mon and r.waktu else None,
                "waktu_tahun": r.waktu[2] if mon and r.waktu else None,
                "waktu_periode": r.waktu[1] if mon and r.waktu else None,
                "penanggung_jawab": r.pj if mon else None,
                "status_progres": r.status[0] if mon and r.status else None,
                "status": r.status[1] if mon and r.status else None,
                "tautan": r.link[0] if mon and r.link else None,
                "tautan_teks": r.link[1] if mon and r.link else None,
                "page": page,
            }
        )
    return {"document": document, "findings": findings, "recommendations": recs}
