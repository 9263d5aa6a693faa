"""Expected records of a document, from its typed spec (plus page_count and pages)."""

from __future__ import annotations

from .model import Doc, Finding, Rec


def _join(text: str) -> str:
    return " ".join(text.split())


def _hasil(f: Finding) -> str:
    parts = list(f.hasil)
    for row in f.hasil_table or []:
        parts.extend(row)
    parts.extend(f.hasil_after)
    return _join(" ".join(parts))


def _finding(f: Finding) -> dict:
    s = f.score
    pem = s is not None and f.pem_stated
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.no,
        "nilai": s.nilai if s else None,
        "persen": float(s.persen) if s else None,
        "keberadaan_nilai": s.keb if s else None,
        "keberadaan_persen": float(s.keb_p) if s else None,
        "kualitas_nilai": s.kual if s else None,
        "kualitas_persen": float(s.kual_p) if s else None,
        "pemanfaatan_nilai": s.pem if pem and s else None,
        "pemanfaatan_persen": float(s.pem_p) if pem and s else None,
        "hasil_evaluasi": _hasil(f),
    }


def _rec(doc: Doc, f: Finding, no: int, r: Rec, page: int) -> dict:
    mon = doc.layout == "monitoring"
    target = r.target if r.target and r.target.strip() != "-" else None
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.no,
        "rekomendasi_no": no,
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


def expected(doc: Doc, pages: int, rec_pages: list[int]) -> dict:
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
    recs = []
    it = iter(rec_pages)
    for f in doc.findings:
        for no, r in enumerate(f.recs, 1):
            recs.append(_rec(doc, f, no, r, next(it)))
    return {
        "document": document,
        "findings": [_finding(f) for f in doc.findings],
        "recommendations": recs,
    }
