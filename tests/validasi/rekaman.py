"""Records for the validation tests: the real document's content typed in, and builders.

The seed (000_5b958bdea5027e42, Kecamatan Paringin 2023) as the pipeline should read it:
the monitoring table is the primary reading, every HASIL EVALUASI cell stops before the
pemanfaatan score, every waktu is "Semester IV Tahun 2024".
"""

from __future__ import annotations

from typing import Any

from schemas import Document, Finding, Recommendation

DOC_ID = "5b958bdea5027e42"
PJ = "Kasubbag Perencanaan dan Keuangan"
WAKTU = "Semester IV Tahun 2024"

SEED_DOCUMENT = Document(
    document_id=DOC_ID,
    source_file="000_5b958bdea5027e42.pdf",
    sha256=DOC_ID + "0" * 48,
    page_count=6,
    text_source="text_layer",
    table_layout="monitoring",
    unit_kerja="Kecamatan Paringin",
    kabupaten="Balangan",
    tahun_evaluasi=2023,
    pj_nama="HUDI DARMAWAN, M.I.P",
    pj_hp="+62811409172",
    penandatangan_jabatan="CAMAT PARINGIN",
    penandatangan_nama="HUDI DARMAWAN, M.I.P",
    penandatangan_pangkat="Pembina Tk. I",
    penandatangan_golongan="IV/b",
    penandatangan_nip="198604212004121001",
    status="ok",
)

_KOMPONEN = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}
# (kode, page, nilai, persen, keberadaan nilai/persen, kualitas nilai/persen)
_SKOR = (
    ("A", 4, 21.60, 72.0, 4.80, 80.0, 6.30, 70.0),
    ("B", 4, 21.60, 72.0, 4.80, 80.0, 6.30, 70.0),
    ("C", 5, 10.80, 72.0, 2.40, 80.0, 3.15, 70.0),
    ("D", 6, 18.75, 75.0, 4.00, 80.0, 6.00, 80.0),
)


def finding(kode: str = "A", **fields: Any) -> Finding:
    base: dict[str, Any] = {
        "document_id": DOC_ID,
        "komponen_kode": kode,
        "komponen": _KOMPONEN.get(kode, "Capaian Kinerja"),
        "finding_no": 1,
        "hasil_evaluasi": f"{_KOMPONEN.get(kode, '')} memperoleh nilai ...",
        "page": 4,
    }
    return Finding(**{**base, **fields})


SEED_FINDINGS = [
    finding(
        kode,
        page=page,
        nilai=nilai,
        persen=pct,
        keberadaan_nilai=kb,
        keberadaan_persen=kbp,
        kualitas_nilai=kl,
        kualitas_persen=klp,
    )
    for kode, page, nilai, pct, kb, kbp, kl, klp in _SKOR
]

# (kode, no, page, rekomendasi, rencana aksi, status_progres, tautan, tautan_teks)
_REKS: tuple[tuple[str, int, int, str, str, str | None, str | None, str | None], ...] = (
    ("A", 1, 4,
     "Agar Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi kinerja "
     "yang akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan sebagainya)",
     "Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi kinerja yang "
     "akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan sebagainya)",
     "Sudah ditindaklanjuti", None, None),
    ("A", 2, 4, "Agar Membuat diagram Crosscutting", "Membuat diagram Crosscutting",
     "Sudah ditindaklanjuti dengan Menyusun Draft tentang Hubungan Kinerja Sasaran Strategis "
     "dengan Instansi/Pungsi lain (Crosscutting).",
     "https://drive.google.com/drive/folders/1pRgN7cK2wQ8sZ4vL0mT6yB3xH9jD5aEf",
     "Gambaran Crosscutting Kecamatan"),
    ("A", 3, 4,
     "Agar Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja atau "
     "target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja",
     "Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja atau "
     "target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja", None, None, None),
    ("B", 1, 4,
     "Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan)",
     "Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan)",
     "sudah ditindaklanjuti untuk sasaran SKPD : Meningkatnya Fasilitas Pelayanan Masyarakat.",
     "https://drive.google.com/file/d/1hT5mQ9vR2kW7yZ3nB8cX4dF6gJ0sL1pA/view",
     "tabel perbandingan realisasi capaian kinerja"),
    ("B", 2, 5,
     "Agar Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai "
     "kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)",
     "Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai kinerja "
     "pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)",
     "sudah ditindaklanjuti", None, None),
    ("B", 3, 5, "Agar Membuat laporan pengukuran kinerja triwulan di Internal SKPD",
     "Membuat laporan pengukuran kinerja triwulan di Internal SKPD", "sudah ditindaklanjuti",
     None, None),
    ("C", 1, 5,
     "Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun evaluasi "
     "dan tahun tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode RPJMD/ Renstra "
     "pada Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP).",
     "Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun evaluasi "
     "dan tahun tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode RPJMD/ Renstra "
     "pada Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP).",
     "sudah ditindaklanjuti", None, None),
    ("C", 2, 5,
     "Agar kedepannya Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) Memberikan "
     "informasi mengenai perbandingan realisasi capaian kinerja SKPD dengan data realisasi "
     "capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi.",
     "Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) Memberikan informasi mengenai "
     "perbandingan realisasi capaian kinerja SKPD dengan data realisasi capaian antar "
     "Kabupaten/Kota dalam 1 (satu) Provinsi.",
     "sudah ditindaklanjuti", None, None),
    ("C", 3, 5,
     "Agar Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya seperti "
     "besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi Anggaran)/(Target "
     "Anggaran) x 100%) pada Dokumen LKjIP.",
     "Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya seperti besaran "
     "efisiensi anggaran dengan perhitungan (100% - (Realisasi Anggaran)/(Target Anggaran) x "
     "100%) pada Dokumen LKjIP.",
     "sudah ditindaklanjuti", None, None),
    ("C", 4, 6,
     "Agar Menambahkan informasi gambaran umum mengenai target kinerja dan anggaran dengan "
     "realisasinya dari pegawai (berkaitan Seksi, JF dan pelaksanaannya terhadap Program, "
     "Kegiatan dan Sub Kegiatan) untuk mendukung capaian sasaran strategis pada Dokumen "
     "Laporan Kinerja Instansi Pemerintahan (LKjIP).",
     "Menambahkan informasi gambaran umum mengenai target kinerja dan anggaran dengan "
     "realisasinya dari pegawai (berkaitan Seksi, JF dan pelaksanaannya terhadap Program, "
     "Kegiatan dan Sub Kegiatan) untuk mendukung capaian sasaran strategis pada Dokumen "
     "Laporan Kinerja Instansi Pemerintahan (LKjIP).",
     None, None, None),
    ("D", 1, 6,
     "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.",
     "Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.", None,
     "https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing",
     "https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing"),
)  # fmt: skip


def recommendation(
    kode: str = "A", finding_no: int = 1, no: int = 1, **fields: Any
) -> Recommendation:
    base: dict[str, Any] = {
        "recommendation_id": f"{DOC_ID}-{kode}{finding_no}-{no}",
        "document_id": DOC_ID,
        "unit_kerja": "Kecamatan Paringin",
        "tahun_evaluasi": 2023,
        "komponen_kode": kode,
        "komponen": _KOMPONEN.get(kode, "Capaian Kinerja"),
        "finding_no": finding_no,
        "rekomendasi_no": no,
        "rekomendasi": "Agar Membuat diagram Crosscutting",
        "rencana_aksi": "Membuat diagram Crosscutting",
        "waktu_pelaksanaan": "Semester II Tahun 2024",
        "waktu_tahun": 2024,
        "waktu_periode": "Semester II",
        "penanggung_jawab": PJ,
        "page": 4,
    }
    return Recommendation(**{**base, **fields})


SEED_RECOMMENDATIONS = [
    recommendation(
        kode,
        1,
        no,
        page=page,
        rekomendasi=rek,
        rencana_aksi=ra,
        target_data=None,
        waktu_pelaksanaan=WAKTU,
        waktu_tahun=2024,
        waktu_periode="Semester IV",
        status_progres=status,
        status="selesai" if status else None,
        tautan=tautan,
        tautan_teks=teks,
    )
    for kode, no, page, rek, ra, status, tautan, teks in _REKS
]


def document(**fields: Any) -> Document:
    return SEED_DOCUMENT.model_copy(update=fields)
