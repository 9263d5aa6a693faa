"""Expected records of a document, from its typed spec (plus page_count and rec pages)."""

from __future__ import annotations

from typing import Any

from .model import Doc, Finding, Rec


def _join(text: str) -> str:
    return " ".join(text.split())


def _finding(f: Finding) -> dict[str, Any]:
    s = f.score
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.no,
        "nilai": s.nilai,
        "persen": float(s.persen),
        "keberadaan_nilai": s.keb,
        "keberadaan_persen": float(s.keb_p),
        "kualitas_nilai": s.kual,
        "kualitas_persen": float(s.kual_p),
        "pemanfaatan_nilai": s.pem,
        "pemanfaatan_persen": float(s.pem_p),
        "hasil_evaluasi": _join(" ".join(f.hasil)),
    }


def _rec(doc: Doc, f: Finding, pos: int, r: Rec, page: int) -> dict[str, Any]:
    mon = doc.layout == "monitoring"
    target = r.target if r.target and r.target.strip() != "-" else None
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.no,
        "rekomendasi_no": r.no if r.no is not None else pos,
        "rekomendasi": _join(r.rek),
        "rencana_aksi": _join(r.ra),
        "target_data": target if mon else None,
        "waktu_pelaksanaan": r.waktu[0] if mon and r.waktu else None,
        "waktu_tahun": r.waktu[2] if mon and r.waktu else None,
        "waktu_periode": r.waktu[1] if mon and r.waktu else None,
        "penanggung_jawab": _join(r.pj) if mon and r.pj else None,
        "status_progres": _join(r.status[0]) if mon and r.status else None,
        "status": r.status[1] if mon and r.status else None,
        "tautan": r.link[0] if mon and r.link else None,
        "tautan_teks": r.link[1] if mon and r.link else None,
        "page": page,
    }


def expected(doc: Doc, pages: int, rec_pages: list[int]) -> dict[str, Any]:
    s = doc.signer
    document = {
        "page_count": pages,
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
        "total_nilai": doc.total,
        "predikat": doc.predikat,
    }
    it = iter(rec_pages)
    recs = [_rec(doc, f, pos, r, next(it)) for f in doc.findings for pos, r in enumerate(f.recs, 1)]
    return {
        "document": document,
        "findings": [_finding(f) for f in doc.findings],
        "recommendations": recs,
    }
