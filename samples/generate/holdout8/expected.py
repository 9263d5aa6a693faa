"""Expected records of a holdout8 document, written from its typed spec."""

from __future__ import annotations

import re
from decimal import Decimal

from samples.generate.holdout8.model import KOMPONEN, Doc, check_nip, check_total, predikat

# waktu as printed -> (waktu_periode, waktu_tahun); typed by hand, one entry per wording used
WAKTU = {
    "Tw. I 2025": ("Triwulan I", 2025),
    "Tw. II 2025": ("Triwulan II", 2025),
    "Tw. III 2025": ("Triwulan III", 2025),
    "Tw. IV 2025": ("Triwulan IV", 2025),
    "Sem. I 2025": ("Semester I", 2025),
    "Sem. II 2025": ("Semester II", 2025),
    "Januari 2025": ("Januari", 2025),
    "Bulan Maret 2023": ("Maret", 2023),
    "Bulan Mei 2023": ("Mei", 2023),
    "Bulan Agustus 2023": ("Agustus", 2023),
    "Bulan Oktober 2023": ("Oktober", 2023),
    "Bulan Maret 2024": ("Maret", 2024),
    "Bulan Mei 2024": ("Mei", 2024),
    "Bulan Agustus 2024": ("Agustus", 2024),
    "Bulan Oktober 2024": ("Oktober", 2024),
    "Paling lambat 30 September 2026": ("September", 2026),
    "Paling lambat 31 Maret 2026": ("Maret", 2026),
    "Paling lambat 30 Juni 2026": ("Juni", 2026),
    "Triwulan II Tahun 2026": ("Triwulan II", 2026),
    "Triwulan IV Tahun 2026": ("Triwulan IV", 2026),
    "Semester I Tahun 2024": ("Semester I", 2024),
    "Semester II Tahun 2024": ("Semester II", 2024),
    "Triwulan III Tahun 2024": ("Triwulan III", 2024),
    "Mei - Juli 2025": ("Mei - Juli", 2025),
    "Juni 2025": ("Juni", 2025),
    "September 2025": ("September", 2025),
    "Desember 2025": ("Desember", 2025),
}

# status as printed -> label; typed by hand
STATUS = {
    "Sudah dilaksanakan": "selesai",
    "Sedang berjalan": "proses",
    "Belum terlaksana": "belum",
    "Selesai": "selesai",
    "Berjalan": "proses",
    "Belum mulai": "belum",
    "Sudah ditindaklanjuti": "selesai",
    "Dalam proses": "proses",
    "Belum": "belum",
    "Sudah ditindaklanjuti seluruhnya": "selesai",
    "Sebagian ditindaklanjuti (60%)": "proses",
    "Belum ditindaklanjuti": "belum",
    "Sudah dilaksanakan dan didokumentasikan": "selesai",
    "Dalam tahap penyusunan": "proses",
    "Belum dilaksanakan": "belum",
}


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _f(d: Decimal | None) -> float | None:
    return None if d is None else float(d)


def finding_json(f) -> dict:
    nama = KOMPONEN[f.kode][0]
    out = {
        "komponen_kode": f.kode,
        "komponen": nama,
        "finding_no": f.no,
        "nilai": None,
        "persen": None,
    }
    for sub in ("keberadaan", "kualitas", "pemanfaatan"):
        out[f"{sub}_nilai"] = None
        out[f"{sub}_persen"] = None
    if f.score is not None:
        out["nilai"] = _f(f.score.nilai)
        out["persen"] = _f(f.score.persen)
        for sub in f.stated:
            out[f"{sub}_nilai"] = _f(f.score.sub(sub))
            out[f"{sub}_persen"] = float(f.score.pct(sub))
    out["hasil_evaluasi"] = one_line(" ".join(f.hasil))
    return out


def rec_json(doc: Doc, f, n: int, r, page: int) -> dict:
    mon = doc.layout == "monitoring"
    periode, tahun = WAKTU[r.waktu] if (mon and r.waktu) else (None, None)
    target = r.target if mon and r.target not in (None, "-") else None
    status = r.status if mon else None
    url = r.url if mon else None
    return {
        "komponen_kode": f.kode,
        "komponen": KOMPONEN[f.kode][0],
        "finding_no": f.no,
        "rekomendasi_no": n,
        "rekomendasi": one_line(r.rek),
        "rencana_aksi": one_line(r.ra),
        "target_data": target,
        "waktu_pelaksanaan": r.waktu if mon else None,
        "waktu_tahun": tahun,
        "waktu_periode": periode,
        "penanggung_jawab": one_line(r.pj) if mon and r.pj else None,
        "status_progres": status,
        "status": STATUS[status] if status else None,
        "tautan": url,
        "tautan_teks": (r.label or r.url) if url else None,
        "page": page,
    }


def document_json(doc: Doc, page_count: int, pages: dict) -> dict:
    check_nip(doc.signer)
    scored = [f for f in doc.findings if f.score is not None]
    total = sum((f.score.nilai for f in scored), Decimal(0))
    assert sorted(f.kode for f in scored) == ["A", "B", "C", "D"]
    check_total(total)
    head = {
        "page_count": page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit_kerja,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.tahun,
        "pj_nama": doc.pj_nama,
        "pj_hp": doc.pj_hp,
        "penandatangan_jabatan": doc.jabatan,
        "penandatangan_nama": doc.signer.nama,
        "penandatangan_pangkat": doc.signer.pangkat,
        "penandatangan_golongan": doc.signer.golongan,
        "penandatangan_nip": doc.signer.nip,
        "total_nilai": float(total),
        "predikat": predikat(total),
    }
    recs = []
    for f in doc.findings:
        for n, r in enumerate(f.recs, start=1):
            recs.append(rec_json(doc, f, n, r, pages[(f.kode, f.no, n)]))
    return {
        "document": head,
        "findings": [finding_json(f) for f in doc.findings],
        "recommendations": recs,
    }
