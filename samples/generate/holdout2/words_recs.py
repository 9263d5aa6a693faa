"""Recommendation wordings (rekomendasi, rencana aksi) of this set, worded afresh.

GENERAL holds wordings any unit may receive; UNIT holds wordings specific to one kind of
unit (transport, revenue, public order, kecamatan, disaster, politics). The documents draw
from both with a seeded random.Random, so the specs are the same on every run.
"""

from __future__ import annotations

Pair = tuple[str, str]

GENERAL: dict[str, tuple[Pair, ...]] = {
    "A": (
        (
            "Supaya merumuskan ulang sasaran strategis pada Renstra sehingga menggambarkan "
            "kondisi akhir yang dirasakan masyarakat, bukan upaya yang dilakukan perangkat daerah",
            "Merumuskan ulang sasaran strategis Renstra dalam forum reviu bersama Bappeda",
        ),
        (
            "Perlu menyusun pohon kinerja sampai level jabatan pelaksana dan menjadikannya "
            "acuan dalam penyusunan SKP seluruh pegawai",
            "Menyusun pohon kinerja sampai level pelaksana dan menyelaraskan SKP pegawai",
        ),
        (
            "Agar setiap indikator kinerja dilengkapi formula perhitungan, sumber data dan "
            "satuan yang jelas dalam dokumen Manual Indikator",
            "Menyusun Manual Indikator yang memuat formula, sumber data dan satuan setiap "
            "indikator",
        ),
        (
            "Agar Perjanjian Kinerja pejabat pengawas ditandatangani paling lambat satu bulan "
            "setelah DPA disahkan",
            "Menjadwalkan penandatanganan Perjanjian Kinerja pejabat pengawas pada bulan Januari",
        ),
        (
            "Disarankan untuk menyusun peta keterkaitan kinerja (crosscutting) dengan perangkat "
            "daerah dan instansi vertikal yang mendukung pencapaian sasaran",
            "Menyusun peta crosscutting bersama perangkat daerah dan instansi vertikal terkait",
        ),
        (
            "Agar target kinerja tahunan ditetapkan berdasarkan tren capaian dan kapasitas "
            "sumber daya sehingga menantang namun tetap realistis",
            "Menganalisis tren capaian lima tahun terakhir sebagai dasar penetapan target",
        ),
        (
            "Agar rencana aksi Perjanjian Kinerja disusun pada bulan Januari dengan target "
            "antara per triwulan yang dapat dipantau",
            "Menyusun rencana aksi Perjanjian Kinerja dengan target antara per triwulan",
        ),
        (
            "Supaya mengunggah dokumen perencanaan kinerja yang telah ditandatangani ke laman "
            "resmi paling lambat minggu kedua bulan Februari",
            "Mengunggah Renstra, Renja, IKU dan Perjanjian Kinerja bertanda tangan ke laman resmi",
        ),
    ),
    "B": (
        (
            "Agar menetapkan jadwal pengumpulan data kinerja bulanan beserta batas waktu "
            "penyampaian dari setiap bidang",
            "Menerbitkan surat edaran jadwal dan batas waktu pengumpulan data kinerja bulanan",
        ),
        (
            "Perlu melengkapi setiap data capaian kinerja dengan dokumen sumber yang dapat "
            "diverifikasi",
            "Menghimpun dokumen sumber capaian kinerja dalam folder bersama per triwulan",
        ),
        (
            "Supaya hasil pengukuran kinerja triwulanan dibahas dalam rapat evaluasi yang "
            "dipimpin langsung oleh Kepala Perangkat Daerah",
            "Melaksanakan rapat evaluasi capaian kinerja triwulanan yang dipimpin Kepala "
            "Perangkat Daerah",
        ),
        (
            "Agar menyusun Definisi Operasional untuk indikator program dan kegiatan",
            "Menyusun Definisi Operasional indikator program dan kegiatan",
        ),
        (
            "Disarankan untuk menggunakan hasil pengukuran kinerja sebagai dasar pergeseran "
            "anggaran pada perubahan APBD",
            "Menyusun usulan pergeseran anggaran perubahan berdasarkan hasil pengukuran kinerja",
        ),
        (
            "Agar mengidentifikasi indikator yang berisiko tidak tercapai sejak triwulan II "
            "dan menetapkan langkah antisipasinya",
            "Menyusun daftar indikator berisiko dan langkah antisipasi setiap triwulan",
        ),
    ),
    "C": (
        (
            "Agar Laporan Kinerja menyajikan perbandingan antara persentase realisasi anggaran "
            "dan persentase capaian kinerja untuk menunjukkan efisiensi",
            "Menambahkan tabel efisiensi penggunaan anggaran pada Bab III Laporan Kinerja",
        ),
        (
            "Supaya Laporan Kinerja disampaikan kepada Bupati melalui Bagian Organisasi paling "
            "lambat tanggal 28 Februari",
            "Menyampaikan Laporan Kinerja kepada Bupati paling lambat 28 Februari",
        ),
        (
            "Perlu menyajikan uraian penyebab tidak tercapainya target beserta rencana "
            "perbaikan yang terukur dan berbatas waktu",
            "Menyusun uraian penyebab dan rencana perbaikan untuk setiap indikator yang tidak "
            "mencapai target",
        ),
        (
            "Agar Laporan Kinerja membandingkan capaian dengan target akhir periode Renstra "
            "dan capaian tahun-tahun sebelumnya",
            "Menyajikan perbandingan capaian dengan target akhir Renstra dan tahun sebelumnya",
        ),
        (
            "Agar Laporan Kinerja dipublikasikan pada laman resmi dan aplikasi e-SAKIP",
            "Mempublikasikan Laporan Kinerja pada laman resmi dan aplikasi e-SAKIP",
        ),
    ),
    "D": (
        (
            "Agar membentuk tim evaluator internal dengan keputusan Kepala Perangkat Daerah "
            "yang memuat uraian tugas dan jadwal evaluasi",
            "Menerbitkan keputusan pembentukan tim evaluator internal beserta uraian tugasnya",
        ),
        (
            "Perlu mengikutsertakan anggota tim evaluator internal dalam pelatihan evaluasi "
            "akuntabilitas kinerja",
            "Mengusulkan anggota tim evaluator internal mengikuti pelatihan evaluasi AKIP",
        ),
        (
            "Supaya rekomendasi evaluasi internal dituangkan dalam rencana tindak lanjut yang "
            "memuat penanggung jawab dan batas waktu",
            "Menyusun rencana tindak lanjut rekomendasi evaluasi internal dengan penanggung "
            "jawab dan batas waktu",
        ),
        (
            "Agar memantau penyelesaian tindak lanjut rekomendasi LHE SAKIP setiap triwulan "
            "dan melaporkannya kepada Inspektorat",
            "Menyampaikan laporan pemantauan tindak lanjut LHE SAKIP kepada Inspektorat setiap "
            "triwulan",
        ),
    ),
}

UNIT: dict[str, dict[str, tuple[Pair, ...]]] = {
    "dishub": {
        "A": (
            (
                "Agar indikator sasaran bidang lalu lintas dirumuskan dalam bentuk penurunan "
                "angka kecelakaan dan tingkat kelancaran arus lalu lintas",
                "Merevisi indikator sasaran bidang lalu lintas menjadi indikator hasil",
            ),
            (
                "Supaya target kinerja pengujian kendaraan bermotor mempertimbangkan jumlah "
                "kendaraan wajib uji yang terdaftar",
                "Menyesuaikan target pengujian kendaraan bermotor dengan data kendaraan wajib uji",
            ),
        ),
        "B": (
            (
                "Agar data jumlah penumpang angkutan sungai dan terminal dihimpun setiap bulan "
                "menggunakan format baku",
                "Menyusun format baku rekapitulasi penumpang angkutan sungai dan terminal",
            ),
        ),
    },
    "bapenda": {
        "A": (
            (
                "Agar sasaran strategis dirumuskan sebagai meningkatnya kemandirian keuangan "
                "daerah dengan indikator rasio Pendapatan Asli Daerah terhadap total pendapatan",
                "Merumuskan sasaran kemandirian keuangan daerah dengan indikator rasio PAD",
            ),
            (
                "Perlu menetapkan target penerimaan per jenis pajak daerah berdasarkan potensi "
                "hasil pendataan, bukan realisasi tahun sebelumnya",
                "Menyusun kajian potensi per jenis pajak daerah sebagai dasar penetapan target",
            ),
        ),
        "B": (
            (
                "Agar realisasi penerimaan pajak dan retribusi daerah direkonsiliasi setiap "
                "bulan dengan Bank Kalsel dan BPKAD",
                "Melaksanakan rekonsiliasi penerimaan bulanan dengan Bank Kalsel dan BPKAD",
            ),
        ),
        "C": (
            (
                "Agar Laporan Kinerja menyajikan analisis penyebab tidak tercapainya target "
                "Pajak Bumi dan Bangunan Perdesaan dan Perkotaan",
                "Menambahkan analisis capaian PBB-P2 pada Laporan Kinerja",
            ),
        ),
    },
    "satpolpp": {
        "A": (
            (
                "Agar indikator penegakan Perda diukur dari persentase pelanggaran yang "
                "diselesaikan, bukan dari jumlah operasi yang dilaksanakan",
                "Mengganti indikator penegakan Perda menjadi persentase pelanggaran yang "
                "diselesaikan",
            ),
            (
                "Supaya alokasi anggaran patroli wilayah mempertimbangkan peta kerawanan "
                "gangguan ketenteraman dan ketertiban umum",
                "Menyusun peta kerawanan trantibum sebagai dasar alokasi anggaran patroli",
            ),
        ),
        "B": (
            (
                "Agar rekapitulasi laporan gangguan trantibum disusun setiap bulan dengan "
                "membedakan laporan yang ditangani dan laporan yang tuntas",
                "Menyusun rekapitulasi bulanan laporan gangguan trantibum yang ditangani dan "
                "yang tuntas",
            ),
        ),
    },
    "kecamatan": {
        "A": (
            (
                "Agar Renja Kecamatan memuat indikator kinerja pelayanan administrasi terpadu "
                "kecamatan (PATEN) beserta targetnya",
                "Menambahkan indikator kinerja layanan PATEN pada Renja Kecamatan",
            ),
            (
                "Perlu menyelaraskan sasaran kecamatan dengan hasil Musrenbang Kecamatan dan "
                "sasaran RPJMD",
                "Menyelaraskan sasaran kecamatan dengan hasil Musrenbang dan RPJMD",
            ),
        ),
        "B": (
            (
                "Agar mengukur indeks kepuasan masyarakat atas layanan kecamatan setiap semester",
                "Melaksanakan survei kepuasan masyarakat atas layanan kecamatan setiap semester",
            ),
        ),
        "D": (
            (
                "Agar melakukan evaluasi atas pelaksanaan kegiatan pemberdayaan masyarakat "
                "kelurahan/desa di wilayah kecamatan",
                "Melaksanakan evaluasi kegiatan pemberdayaan masyarakat di kelurahan/desa",
            ),
        ),
    },
    "bpbd": {
        "A": (
            (
                "Agar sasaran strategis menggambarkan menurunnya indeks risiko bencana daerah",
                "Merumuskan sasaran penurunan indeks risiko bencana pada Renstra",
            ),
        ),
        "B": (
            (
                "Agar waktu tanggap kejadian bencana dicatat sejak laporan diterima sampai tim "
                "reaksi cepat tiba di lokasi",
                "Menyusun format pencatatan waktu tanggap kejadian bencana",
            ),
        ),
    },
    "kesbangpol": {
        "A": (
            (
                "Agar indikator sasaran memuat persentase konflik sosial yang tertangani dan "
                "indeks demokrasi daerah",
                "Menetapkan indikator konflik sosial tertangani dan indeks demokrasi daerah",
            ),
        ),
        "C": (
            (
                "Agar Laporan Kinerja menyajikan data penanganan konflik sosial per kecamatan",
                "Menambahkan data penanganan konflik sosial per kecamatan pada Laporan Kinerja",
            ),
        ),
    },
}


def pool(unit: str, kode: str) -> tuple[Pair, ...]:
    """The unit's own wordings first, then the general ones."""
    return UNIT.get(unit, {}).get(kode, ()) + GENERAL[kode]
