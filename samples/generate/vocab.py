"""Wording pools for the variations, modelled on the seed document and SAKIP.md."""

from __future__ import annotations

from samples.generate.spec import Status, StatusLabel

# (rekomendasi, rencana aksi or None when it restates the recommendation without "Agar")
RECS: dict[str, tuple[tuple[str, str | None], ...]] = {
    "A": (
        ("Agar Membuat diagram Crosscutting", None),
        (
            "Agar menyusun Rencana Strategis yang memuat tujuan dan sasaran berorientasi hasil "
            "beserta indikator kinerja yang memenuhi kriteria SMART",
            "Merevisi Rencana Strategis dengan tujuan dan sasaran berorientasi hasil serta "
            "indikator kinerja yang memenuhi kriteria SMART",
        ),
        (
            "Agar membuat pohon kinerja (cascading) sampai dengan level jabatan pengawas dan "
            "pelaksana",
            "Menyusun pohon kinerja (cascading) sampai dengan level jabatan pengawas dan "
            "pelaksana dan menetapkannya dengan Keputusan Kepala Perangkat Daerah",
        ),
        (
            "Agar menetapkan Indikator Kinerja Utama (IKU) melalui Keputusan Kepala Perangkat "
            "Daerah dan mempublikasikannya pada website",
            "Menetapkan IKU melalui Keputusan Kepala Perangkat Daerah dan mengunggahnya ke "
            "website resmi",
        ),
        (
            "Agar Perjanjian Kinerja ditandatangani paling lambat akhir Februari dan "
            "dipublikasikan tepat waktu",
            "Menandatangani Perjanjian Kinerja paling lambat akhir Februari dan "
            "mempublikasikannya tepat waktu",
        ),
        ("Agar menyusun Rencana Aksi atas Perjanjian Kinerja yang memuat target triwulanan", None),
        (
            "Agar Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja "
            "atau target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja",
            None,
        ),
        (
            "Agar menyelaraskan sasaran dan indikator kinerja pada Renja dengan Renstra dan RPJMD",
            None,
        ),
    ),
    "B": (
        (
            "Agar menyusun SOP pengukuran kinerja dan pengumpulan data kinerja yang ditetapkan "
            "oleh Kepala Perangkat Daerah",
            "Menyusun dan menetapkan SOP pengukuran kinerja dan pengumpulan data kinerja",
        ),
        ("Agar Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan", None),
        ("Agar Membuat laporan pengukuran kinerja triwulan di Internal SKPD", None),
        (
            "Agar menyusun Definisi Operasional dan cara pengukuran untuk setiap Indikator Kinerja",
            None,
        ),
        (
            "Agar memanfaatkan hasil pengukuran kinerja sebagai dasar pemberian reward dan "
            "punishment",
            "Menyusun mekanisme reward dan punishment berdasarkan hasil pengukuran kinerja",
        ),
        (
            "Agar memanfaatkan aplikasi e-SAKIP untuk pengumpulan data dan pengukuran capaian "
            "kinerja",
            "Menginput data capaian kinerja triwulanan pada aplikasi e-SAKIP",
        ),
        (
            "Agar melakukan pengukuran kinerja sampai dengan level individu melalui Sasaran "
            "Kinerja Pegawai (SKP) yang selaras dengan Perjanjian Kinerja",
            None,
        ),
    ),
    "C": (
        (
            "Agar menyusun Laporan Kinerja tepat waktu dan mempublikasikannya melalui website "
            "resmi",
            "Menyampaikan LKjIP paling lambat akhir Februari dan mengunggahnya pada website",
        ),
        (
            "Agar Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya pada "
            "Dokumen LKjIP",
            None,
        ),
        (
            "Agar Laporan Kinerja memuat perbandingan realisasi kinerja dengan target jangka "
            "menengah dalam Renstra",
            None,
        ),
        (
            "Agar Laporan Kinerja menyajikan analisis penyebab keberhasilan/kegagalan capaian "
            "kinerja beserta alternatif solusinya",
            "Menambahkan analisis penyebab keberhasilan/kegagalan dan alternatif solusi pada "
            "Bab III LKjIP",
        ),
        (
            "Agar kedepannya Dokumen LKjIP memberikan informasi mengenai perbandingan realisasi "
            "capaian kinerja dengan capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi",
            "Dokumen LKjIP memberikan informasi mengenai perbandingan realisasi capaian kinerja "
            "dengan capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi",
        ),
        (
            "Agar memanfaatkan informasi dalam Laporan Kinerja untuk perbaikan perencanaan tahun "
            "berikutnya",
            None,
        ),
    ),
    "D": (
        ("Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.", None),
        (
            "Agar melaksanakan evaluasi internal atas implementasi SAKIP secara berjenjang "
            "sampai dengan unit kerja terkecil",
            None,
        ),
        (
            "Agar membentuk tim evaluator internal SAKIP melalui Surat Keputusan Kepala "
            "Perangkat Daerah",
            "Membentuk tim evaluator internal SAKIP dengan Surat Keputusan Kepala Perangkat Daerah",
        ),
        (
            "Agar memanfaatkan hasil evaluasi akuntabilitas kinerja internal untuk perbaikan "
            "perencanaan dan penganggaran",
            None,
        ),
        (
            "Agar mendokumentasikan pelaksanaan evaluasi internal dalam bentuk laporan hasil "
            "evaluasi yang ditandatangani pimpinan",
            None,
        ),
    ),
}

# Criteria phrases for the HASIL EVALUASI text, per component and aspect.
KRITERIA: dict[str, dict[str, tuple[str, ...]]] = {
    "A": {
        "keberadaan": (
            "Terdapat pedoman teknis perencanaan kinerja",
            "Terdapat dokumen perencanaan kinerja jangka menengah",
            "Terdapat dokumen perencanaan jangka pendek",
            "Terdapat dokumen perencanaan aktivitas yang mendukung kinerja",
            "Terdapat dokumen perencanaan anggaran yang mendukung kinerja",
        ),
        "kualitas": (
            "Dokumen Perencanaan Kinerja telah diformalkan",
            "Dokumen Perencanaan Kinerja belum dipublikasikan tepat waktu",
            "Kualitas Rumusan Hasil (Tujuan/Sasaran) belum sepenuhnya menggambarkan kondisi "
            "kinerja yang akan dicapai",
            "Ukuran keberhasilan (Indikator Kinerja) belum sepenuhnya memenuhi kriteria SMART",
            "Target yang ditetapkan dalam Perencanaan Kinerja dapat dicapai (achievable), "
            "menantang, dan realistis",
            "Setiap dokumen perencanaan kinerja belum menggambarkan hubungan yang berkesinambungan "
            "serta terdapat keselarasan (cascading)",
        ),
        "pemanfaatan": (
            "Dokumen Perencanaan Kinerja telah digunakan untuk mewujudkan kinerja yang "
            "berkesinambungan",
            "Anggaran yang ditetapkan belum sepenuhnya mengacu pada kinerja yang ingin dicapai",
            "Target kinerja yang diperjanjikan telah digunakan untuk mengukur keberhasilan",
        ),
    },
    "B": {
        "keberadaan": (
            "Terdapat SOP pedoman teknis pengukuran kinerja dan pengumpulan data kinerja",
            "Terdapat Definisi Operasional yang jelas dan cara mengukur Indikator Kinerja",
            "Terdapat mekanisme yang jelas terhadap pengumpulan data Kinerja yang dapat diandalkan",
        ),
        "kualitas": (
            "Pimpinan selalu terlibat sebagai pengambil keputusan (Decision Maker) dalam "
            "mengukur capaian Kinerja",
            "Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian Kinerja yang "
            "diharapkan",
            "Pengukuran kinerja belum sepenuhnya dilakukan secara berkala yaitu belum terdapat "
            "jadwal/dokumentasi kegiatan pengukuran kinerja setiap triwulan",
            "Pengumpulan data Kinerja telah memanfaatkan Teknologi Informasi (Aplikasi)",
        ),
        "pemanfaatan": (
            "Pengukuran Kinerja belum dijadikan dasar dalam pemberian Reward dan Punishment",
            "Hasil pengukuran kinerja telah digunakan untuk penyesuaian strategi dalam mencapai "
            "kinerja",
        ),
    },
    "C": {
        "keberadaan": (
            "Dokumen Laporan Kinerja telah disusun secara berkala",
            "Dokumen Laporan Kinerja telah diformalkan",
            "Dokumen Laporan Kinerja telah dipublikasikan",
            "Dokumen Laporan Kinerja telah disampaikan tepat waktu",
        ),
        "kualitas": (
            "Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar",
            "Dokumen Laporan Kinerja belum menginfokan perbandingan realisasi Kinerja dengan "
            "target jangka menengah",
            "Dokumen Laporan Kinerja belum menginfokan kualitas atas analisis capaian kinerja",
            "Dokumen Laporan Kinerja belum menginfokan efisiensi atas penggunaan sumber daya",
        ),
        "pemanfaatan": (
            "Informasi dalam laporan kinerja belum sepenuhnya digunakan untuk perbaikan "
            "perencanaan",
            "Informasi dalam laporan kinerja telah digunakan untuk menilai dan memperbaiki "
            "pelaksanaan program dan kegiatan",
        ),
    },
    "D": {
        "keberadaan": (
            "Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal",
            "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja",
            "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang",
        ),
        "kualitas": (
            "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar",
            "Evaluasi Akuntabilitas Kinerja Internal belum dilaksanakan oleh SDM yang memadai",
            "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan dengan pendalaman yang "
            "memadai",
        ),
        "pemanfaatan": (
            "Seluruh rekomendasi atas hasil evaluasi akuntabilitas kinerja internal belum "
            "ditindaklanjuti",
            "Hasil Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan untuk perbaikan "
            "dan peningkatan akuntabilitas kinerja",
        ),
    },
}

STATUSES: tuple[tuple[str, StatusLabel | None], ...] = (
    ("Sudah ditindaklanjuti", "selesai"),
    ("sudah ditindaklanjuti", "selesai"),
    ("Selesai", "selesai"),
    ("SELESAI", "selesai"),
    ("Sesuai", "selesai"),
    ("TL", "selesai"),
    ("Dalam proses", "proses"),
    ("On progress", "proses"),
    ("Proses", "proses"),
    ("Sebagian", "proses"),
    ("Belum ditindaklanjuti", "belum"),
    ("Belum", "belum"),
    ("BTL", "belum"),
    ("", None),
)

# Longer status texts, as units write them.
STATUS_SENTENCES: tuple[tuple[str, StatusLabel], ...] = (
    ("Sudah ditindaklanjuti dengan menyusun dokumen dan menetapkannya melalui SK", "selesai"),
    ("Dalam proses penyusunan draft dokumen, target selesai akhir triwulan", "proses"),
    ("Belum ditindaklanjuti karena menunggu petunjuk teknis dari Bagian Organisasi", "belum"),
    ("On progress - draft sudah dibahas bersama tim SAKIP", "proses"),
)


def status(text: str, label: StatusLabel | None) -> Status | None:
    return Status(text, label) if text else None


# (printed, periode, years after the SAKIP year)
WAKTU: tuple[tuple[str, str, int], ...] = (
    ("Triwulan II Tahun {y}", "Triwulan II", 1),
    ("Triwulan IV Tahun {y}", "Triwulan IV", 1),
    ("Semester I Tahun {y}", "Semester I", 2),
    ("Semester II Tahun {y}", "Semester II", 1),
    ("Desember {y}", "Desember", 1),
    ("Juni - Desember {y}", "Juni - Desember", 1),
    ("Maret {y}", "Maret", 2),
)

LINK_LABELS: tuple[str, ...] = (
    "Dokumen Renstra",
    "SK Penetapan IKU",
    "Pohon Kinerja",
    "Laporan Pengukuran Kinerja TW",
    "Bukti dukung",
    "Draft LKjIP",
    "Notulen rapat evaluasi internal",
)

# Longer narrative sentences an evaluator adds to a HASIL EVALUASI (used for long cells).
URAIAN: dict[str, tuple[str, ...]] = {
    "A": (
        "Berdasarkan hasil reviu atas dokumen Renstra dan Renja, sasaran strategis perangkat "
        "daerah masih dirumuskan dalam bentuk kegiatan dan belum menggambarkan kondisi yang "
        "ingin dicapai, sehingga indikator kinerja yang digunakan lebih banyak mengukur output "
        "dibandingkan outcome.",
        "Pohon kinerja telah disusun namun belum diturunkan sampai dengan level jabatan "
        "pelaksana, sehingga keterkaitan antara kinerja individu dengan kinerja organisasi "
        "belum dapat ditelusuri secara utuh.",
    ),
    "B": (
        "Data capaian kinerja triwulanan dikumpulkan oleh masing-masing bidang tanpa format "
        "baku dan belum diverifikasi oleh pimpinan sebelum dilaporkan, sehingga terdapat "
        "perbedaan angka capaian antara laporan triwulan dan laporan tahunan.",
        "Aplikasi pengukuran kinerja telah tersedia, tetapi belum seluruh indikator kinerja "
        "diinput secara berkala dan hasil pengukuran belum dibahas dalam rapat evaluasi "
        "bulanan perangkat daerah.",
    ),
    "C": (
        "Laporan Kinerja telah disusun tepat waktu, namun analisis capaian kinerja masih "
        "bersifat deskriptif dan belum menjelaskan penyebab keberhasilan atau kegagalan "
        "serta langkah perbaikan yang akan dilakukan pada tahun berikutnya.",
        "Informasi efisiensi penggunaan sumber daya belum disajikan, sehingga pembaca laporan "
        "belum dapat menilai apakah capaian kinerja diperoleh dengan anggaran yang wajar.",
    ),
    "D": (
        "Evaluasi internal telah dilaksanakan oleh tim yang ditunjuk, tetapi kertas kerja "
        "evaluasi belum didokumentasikan dan rekomendasi hasil evaluasi belum dipantau tindak "
        "lanjutnya secara berkala.",
        "Rekomendasi hasil evaluasi tahun sebelumnya sebagian besar telah ditindaklanjuti, "
        "namun masih terdapat rekomendasi yang berulang terkait kualitas indikator kinerja.",
    ),
}
