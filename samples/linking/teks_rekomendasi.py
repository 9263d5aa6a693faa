"""Recommendation texts for the linking samples, in the Inspektorat's own style.

The first eleven are the recommendations of the real document (Kecamatan Paringin, SAKIP
2023, shared/seed); the others are written in the same style from the PermenPANRB 88/2021
evaluation criteria the LHE quotes. Several are deliberately close to one another (the same
opening and document, a different object), as real LHE boilerplate is: they are the hard
negatives of the linking samples.
"""

from __future__ import annotations

KOMPONEN: dict[str, str] = {
    "A": "Perencanaan Kinerja",
    "B": "Pengukuran Kinerja",
    "C": "Pelaporan Kinerja",
    "D": "Evaluasi Akuntabilitas Kinerja Internal",
}

# (komponen_kode, rekomendasi as written in the LHE)
REKOMENDASI: tuple[tuple[str, str], ...] = (
    # --- from the real document (shared/seed/000_5b958bdea5027e42.txt) ---
    (
        "A",
        "Agar Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi "
        "kinerja yang akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan "
        "sebagainya)",
    ),
    ("A", "Agar Membuat diagram Crosscutting"),
    (
        "A",
        "Agar Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja "
        "atau target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja",
    ),
    ("B", "Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan)"),
    (
        "B",
        "Agar Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai "
        "kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)",
    ),
    ("B", "Agar Membuat laporan pengukuran kinerja triwulan di Internal SKPD"),
    (
        "C",
        "Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun "
        "evaluasi dan tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode RPJMD/ "
        "Renstra pada Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP).",
    ),
    (
        "C",
        "Agar kedepannya Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) Memberikan "
        "informasi mengenai perbandingan realisasi capaian kinerja SKPD dengan data realisasi "
        "capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi.",
    ),
    (
        "C",
        "Agar Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya seperti "
        "besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi Anggaran)/(Target "
        "Anggaran) x 100%) pada Dokumen LKjIP.",
    ),
    (
        "C",
        "Agar Menambahkan informasi gambaran umum mengenai target kinerja dan anggaran dengan "
        "realisasinya dari pegawai (berkaitan Seksi, JF dan pelaksanaannya terhadap Program, "
        "Kegiatan dan Sub Kegiatan) untuk mendukung capaian sasaran strategis pada Dokumen "
        "Laporan Kinerja Instansi Pemerintahan (LKjIP).",
    ),
    ("D", "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya."),
    # --- written in the same style ---
    (
        "A",
        "Agar menyusun Pohon Kinerja (cascading kinerja) sampai dengan level Seksi dan "
        "menjadikannya dasar penyusunan Renstra dan Renja",
    ),
    (
        "A",
        "Agar melakukan reviu Indikator Kinerja Utama (IKU) sehingga memenuhi kriteria SMART "
        "dan menggambarkan kondisi kinerja utama yang harus dicapai",
    ),
    (
        "A",
        "Agar menetapkan IKU Perangkat Daerah dengan Keputusan Kepala Perangkat Daerah dan "
        "mempublikasikannya pada website resmi Pemerintah Kabupaten Balangan",
    ),
    (
        "A",
        "Agar menyusun Perjanjian Kinerja sampai dengan level Pengawas dan Pelaksana sesuai "
        "hasil cascading kinerja",
    ),
    (
        "A",
        "Agar menyelaraskan sasaran dan indikator kinerja pada Renja dengan sasaran dan "
        "indikator kinerja pada Renstra Perangkat Daerah",
    ),
    (
        "A",
        "Agar mempublikasikan dokumen Renstra, Renja, IKU dan Perjanjian Kinerja tepat waktu "
        "pada website resmi Pemerintah Kabupaten Balangan",
    ),
    (
        "A",
        "Agar menyusun Rencana Aksi kinerja yang memuat target triwulanan atas setiap "
        "indikator kinerja dalam Perjanjian Kinerja",
    ),
    (
        "A",
        "Agar menyusun manual Indikator Kinerja yang memuat definisi operasional, formula "
        "perhitungan dan sumber data setiap indikator",
    ),
    (
        "A",
        "Agar memastikan target kinerja dalam Renstra dan Renja menantang dan realistis "
        "dengan mempertimbangkan capaian tahun sebelumnya",
    ),
    ("A", "Agar menyusun Renstra Perubahan yang selaras dengan RPJMD Perubahan Kabupaten Balangan"),
    (
        "A",
        "Agar mengintegrasikan dokumen perencanaan kinerja dengan dokumen perencanaan "
        "anggaran (DPA) sehingga setiap program dan kegiatan mendukung pencapaian sasaran",
    ),
    (
        "A",
        "Agar menyusun Perjanjian Kinerja Perubahan apabila terjadi perubahan anggaran yang "
        "mempengaruhi target kinerja",
    ),
    (
        "B",
        "Agar menyusun SOP pengukuran kinerja dan pengumpulan data kinerja yang ditetapkan oleh "
        "Kepala Perangkat Daerah",
    ),
    ("B", "Agar menyusun Definisi Operasional dan cara pengukuran setiap Indikator Kinerja"),
    (
        "B",
        "Agar melaksanakan pengukuran kinerja secara berkala setiap triwulan dan "
        "mendokumentasikan hasilnya",
    ),
    (
        "B",
        "Agar memanfaatkan hasil pengukuran kinerja sebagai dasar pemberian reward dan "
        "punishment kepada pegawai",
    ),
    (
        "B",
        "Agar memanfaatkan hasil pengukuran kinerja sebagai dasar penyesuaian strategi dalam "
        "mencapai kinerja",
    ),
    (
        "B",
        "Agar memanfaatkan aplikasi (teknologi informasi) dalam pengumpulan data dan "
        "pengukuran capaian kinerja",
    ),
    (
        "B",
        "Agar melakukan pemantauan capaian kinerja unit di bawahnya secara berjenjang dan "
        "melaporkannya kepada pimpinan",
    ),
    (
        "B",
        "Agar mengukur kinerja individu pegawai melalui Sasaran Kinerja Pegawai (SKP) yang "
        "selaras dengan Perjanjian Kinerja",
    ),
    (
        "B",
        "Agar melibatkan pimpinan sebagai pengambil keputusan (Decision Maker) dalam mengukur "
        "capaian kinerja",
    ),
    (
        "B",
        "Agar menyampaikan laporan capaian kinerja triwulanan kepada Bupati melalui Bagian "
        "Organisasi Sekretariat Daerah",
    ),
    (
        "B",
        "Agar memastikan data kinerja yang dikumpulkan relevan dan mendukung capaian kinerja "
        "yang diharapkan",
    ),
    (
        "C",
        "Agar menyampaikan LKjIP tepat waktu paling lambat akhir bulan Februari tahun berikutnya",
    ),
    ("C", "Agar mempublikasikan LKjIP pada website resmi Pemerintah Kabupaten Balangan"),
    (
        "C",
        "Agar menyajikan analisis penyebab keberhasilan dan kegagalan capaian kinerja beserta "
        "upaya perbaikannya pada Dokumen LKjIP",
    ),
    (
        "C",
        "Agar menyajikan perbandingan realisasi kinerja dengan target jangka menengah dalam "
        "Renstra pada Dokumen LKjIP",
    ),
    (
        "C",
        "Agar memanfaatkan informasi kinerja dalam LKjIP untuk perbaikan perencanaan dan "
        "penganggaran tahun berikutnya",
    ),
    (
        "C",
        "Agar menyajikan informasi capaian seluruh indikator kinerja yang mendukung sasaran "
        "strategis pada Dokumen LKjIP",
    ),
    (
        "C",
        "Agar Menambahkan informasi mengenai langkah perbaikan atas kinerja atau target yang "
        "tidak tercapai pada Dokumen LKjIP",
    ),
    (
        "C",
        "Agar menyajikan analisis efisiensi penggunaan sumber daya dalam pencapaian kinerja "
        "pada Dokumen LKjIP",
    ),
    (
        "D",
        "Agar menyusun pedoman teknis evaluasi akuntabilitas kinerja internal di lingkungan "
        "Perangkat Daerah",
    ),
    (
        "D",
        "Agar melaksanakan evaluasi internal atas pelaksanaan rencana aksi kinerja secara berkala",
    ),
    (
        "D",
        "Agar melaksanakan evaluasi akuntabilitas kinerja internal secara berjenjang sampai "
        "dengan unit kerja terkecil",
    ),
    (
        "D",
        "Agar menyusun laporan hasil evaluasi internal dan memanfaatkannya untuk perbaikan "
        "perencanaan kinerja",
    ),
    (
        "D",
        "Agar membentuk Tim Evaluasi Akuntabilitas Kinerja Internal dengan Surat Keputusan "
        "Kepala Perangkat Daerah",
    ),
    (
        "D",
        "Agar meningkatkan kompetensi SDM pelaksana evaluasi internal melalui bimbingan "
        "teknis SAKIP",
    ),
    (
        "D",
        "Agar memantau tindak lanjut rekomendasi hasil evaluasi internal dan "
        "mendokumentasikan bukti tindak lanjutnya",
    ),
    (
        "D",
        "Agar menindaklanjuti rekomendasi hasil evaluasi internal dan melaporkan progres "
        "tindak lanjutnya kepada pimpinan",
    ),
    # --- near neighbours of the above (the same boilerplate, another object) ---
    ("B", "Agar menyusun SOP validasi data kinerja sebelum dilaporkan kepada pimpinan"),
    (
        "C",
        "Agar mempublikasikan Perjanjian Kinerja dan LKjIP pada website resmi Pemerintah "
        "Kabupaten Balangan",
    ),
    (
        "D",
        "Agar melaksanakan evaluasi internal atas pelaksanaan Perjanjian Kinerja secara berkala",
    ),
    ("B", "Agar Membuat laporan pengukuran kinerja bulanan di Internal SKPD"),
    (
        "C",
        "Agar menyajikan perbandingan realisasi kinerja dengan target tahunan dalam "
        "Perjanjian Kinerja pada Dokumen LKjIP",
    ),
)

# An evaluator who rewrites a recommendation from scratch the next year: the same
# recommendation in other words (keyed by a phrase of the original). These are the true
# links that text similarity cannot be expected to find; they belong in `review` or are
# missed.
PARAFRASE: dict[str, str] = {
    "diagram Crosscutting": "Agar menyusun peta crosscutting yang menggambarkan keterkaitan "
    "sasaran kinerja dengan Perangkat Daerah lain",
    "jadwal / dokumentasi": "Agar menyusun jadwal pengukuran kinerja triwulanan beserta "
    "dokumentasi pelaksanaannya",
    "Rekomendasi atas LHE SAKIP": "Agar seluruh rekomendasi hasil evaluasi SAKIP tahun lalu "
    "ditindaklanjuti dan didokumentasikan",
    "Pohon Kinerja": "Agar melakukan cascading kinerja dalam bentuk pohon kinerja hingga level "
    "Seksi sebagai dasar penyusunan dokumen perencanaan",
    "reviu Indikator": "Agar IKU direviu sehingga memenuhi kriteria SMART",
    "SOP pengukuran": "Agar menetapkan Standar Operasional Prosedur (SOP) pengukuran dan "
    "pengumpulan data kinerja",
    "paling lambat": "Agar LKjIP disampaikan paling lambat akhir Februari",
    "reward dan punishment": "Agar hasil pengukuran kinerja dijadikan dasar pemberian "
    "penghargaan dan sanksi bagi pegawai",
    "Tim Evaluasi": "Agar menetapkan tim evaluator internal melalui SK Kepala Perangkat Daerah",
    "manual Indikator": "Agar membuat manual IKU berisi definisi operasional, rumus "
    "perhitungan dan sumber data",
    "penyebab keberhasilan": "Agar LKjIP memuat analisis keberhasilan/kegagalan capaian "
    "kinerja serta upaya perbaikannya",
    "level Pengawas": "Agar Perjanjian Kinerja disusun berjenjang hingga level Pengawas dan "
    "Pelaksana",
    "aplikasi (teknologi": "Agar pengumpulan data dan pengukuran capaian kinerja dilakukan "
    "dengan aplikasi",
    "pedoman teknis evaluasi": "Agar menyusun pedoman evaluasi internal untuk lingkungan "
    "Perangkat Daerah",
}

# Rewordings an evaluator or a unit applies from one year to the next (both directions).
SINONIM: tuple[tuple[str, str], ...] = (
    ("Membuat", "Menyusun"),
    ("membuat", "menyusun"),
    ("Menambahkan", "Melengkapi"),
    ("menambahkan", "melengkapi"),
    ("mengenai", "tentang"),
    ("informasi", "data"),
    ("menyajikan", "memuat"),
    ("Dokumen LKjIP", "LKjIP"),
    ("Laporan Kinerja Instansi Pemerintahan (LKjIP)", "LKjIP"),
    ("Perangkat Daerah", "SKPD"),
    ("setiap triwulan", "per triwulan"),
    ("triwulanan", "per triwulan"),
    ("secara berkala", "secara rutin"),
    ("website resmi", "laman resmi"),
    ("sampai dengan", "hingga"),
    ("melaksanakan", "melakukan"),
    ("dan", "serta"),
    ("pegawai", "ASN"),
    ("Indikator Kinerja Utama (IKU)", "IKU"),
    ("tahun sebelumnya", "tahun lalu"),
)

# Clauses added to (or found added to) a recommendation in a later year.
KLAUSA: tuple[str, ...] = (
    " sesuai ketentuan yang berlaku",
    " secara tepat waktu",
    " pada tahun berikutnya",
    " dan mendokumentasikannya",
    " sesuai Permenpan RB Nomor 88 Tahun 2021",
)
