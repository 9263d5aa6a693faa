"""Criteria sentences of the HASIL EVALUASI cells (worded afresh for this set).

For each component and sub-component (k keberadaan, q kualitas, p pemanfaatan) a list of
(criterion, elaboration). Short cells use the criterion only; the very long cell of one
document (its HASIL runs over several pages) uses the criterion and the elaboration.
"""

from __future__ import annotations

Crit = tuple[str, str]

CRITERIA: dict[str, dict[str, tuple[Crit, ...]]] = {
    "A": {
        "k": (
            (
                "Telah tersedia pedoman teknis penyusunan dokumen perencanaan kinerja",
                "pedoman tersebut masih berupa salinan Peraturan Bupati dan belum dijabarkan "
                "ke dalam petunjuk kerja internal yang mengatur tahapan, jadwal dan pembagian "
                "tugas penyusunan Renstra, Renja dan Perjanjian Kinerja",
            ),
            (
                "Dokumen Rencana Strategis periode berjalan telah tersedia",
                "namun dokumen yang diunggah pada aplikasi e-SAKIP masih berupa rancangan akhir "
                "yang belum memuat halaman pengesahan",
            ),
            (
                "Rencana Kerja tahunan telah disusun",
                "dan telah dilengkapi dengan matriks program, kegiatan dan sub kegiatan beserta "
                "indikator dan targetnya, meskipun sebagian indikator kegiatan masih berupa "
                "keluaran administratif",
            ),
            (
                "Perjanjian Kinerja Kepala Perangkat Daerah dan pejabat administrator telah "
                "ditandatangani",
                "akan tetapi Perjanjian Kinerja pejabat pengawas belum seluruhnya ditandatangani "
                "sampai dengan akhir triwulan I",
            ),
            (
                "Dokumen perencanaan anggaran yang mendukung kinerja telah tersedia",
                "yaitu DPA yang telah dikaitkan dengan sub kegiatan, walaupun keterkaitan antara "
                "besaran anggaran dan target kinerja belum dijelaskan",
            ),
        ),
        "q": (
            (
                "Rumusan sasaran strategis belum sepenuhnya menggambarkan kondisi yang ingin "
                "diwujudkan",
                "karena sebagian sasaran masih menggunakan kata kerja seperti meningkatkan, "
                "mengoptimalkan dan memantapkan yang menunjukkan proses, bukan hasil akhir yang "
                "dirasakan oleh penerima layanan",
            ),
            (
                "Indikator kinerja sasaran belum seluruhnya memenuhi kriteria spesifik, terukur, "
                "dapat dicapai, relevan dan berbatas waktu",
                "di antaranya indikator persentase pelaksanaan kegiatan sesuai jadwal yang tidak "
                "menggambarkan kualitas hasil dan tidak memiliki formula perhitungan yang jelas",
            ),
            (
                "Target kinerja tahunan telah selaras dengan target jangka menengah",
                "kecuali pada dua indikator yang targetnya tidak berubah selama tiga tahun "
                "berturut-turut sehingga tidak menantang",
            ),
            (
                "Pohon kinerja baru disusun sampai level pejabat pengawas dan belum menjangkau "
                "jabatan pelaksana",
                "sehingga kontribusi SKP setiap pegawai terhadap sasaran organisasi belum "
                "dapat ditelusuri secara utuh",
            ),
            (
                "Dokumen perencanaan kinerja telah dipublikasikan pada laman resmi",
                "namun publikasi dilakukan setelah batas waktu yang ditetapkan dan tanpa tanggal "
                "unggah yang dapat diverifikasi",
            ),
            (
                "Keterkaitan kinerja dengan perangkat daerah lain belum dipetakan",
                "padahal beberapa sasaran strategis memerlukan dukungan instansi vertikal dan "
                "perangkat daerah teknis lainnya",
            ),
        ),
        "p": (
            (
                "Alokasi anggaran belum sepenuhnya diprioritaskan pada program yang berkontribusi "
                "langsung terhadap sasaran strategis",
                "terlihat dari porsi belanja program penunjang urusan yang lebih besar "
                "dibandingkan program teknis",
            ),
            (
                "Target pada Perjanjian Kinerja telah dijadikan acuan dalam penyusunan SKP",
                "meskipun penyesuaian target setelah perubahan anggaran belum didokumentasikan",
            ),
            (
                "Rencana aksi belum dimanfaatkan sebagai alat pengendalian pelaksanaan kegiatan",
                "karena capaian triwulanan tidak dibandingkan dengan target pada rencana aksi "
                "dan tidak ada tindak lanjut atas deviasi yang terjadi",
            ),
            (
                "Hasil evaluasi tahun sebelumnya telah digunakan untuk memperbaiki dokumen "
                "perencanaan",
                "sebagaimana terlihat pada revisi indikator kinerja utama yang ditetapkan pada "
                "pertengahan tahun",
            ),
        ),
    },
    "B": {
        "k": (
            (
                "Pedoman pengumpulan data kinerja telah ditetapkan",
                "namun belum mengatur batas waktu penyampaian data dari masing-masing bidang",
            ),
            (
                "Definisi operasional indikator kinerja belum disusun untuk seluruh indikator",
                "terutama untuk indikator program dan kegiatan",
            ),
            (
                "Mekanisme pengukuran kinerja secara berjenjang belum terdokumentasi",
                "sehingga tidak terdapat bukti bahwa pengukuran dilakukan dari level pelaksana "
                "sampai level pimpinan",
            ),
        ),
        "q": (
            (
                "Pengukuran capaian kinerja belum dilakukan secara berkala",
                "data capaian hanya dihimpun pada akhir tahun menjelang penyusunan laporan kinerja",
            ),
            (
                "Data capaian kinerja telah diinput pada aplikasi e-SAKIP",
                "meskipun sebagian data belum dilengkapi dokumen sumber",
            ),
            (
                "Pimpinan belum terlibat secara langsung dalam pemantauan capaian kinerja",
                "karena hasil pengukuran tidak dibahas dalam forum pimpinan",
            ),
            (
                "Pengukuran kinerja pegawai telah memanfaatkan aplikasi e-Kinerja",
                "akan tetapi indikator pada SKP belum sepenuhnya mengacu pada pohon kinerja",
            ),
        ),
        "p": (
            (
                "Hasil pengukuran kinerja belum dijadikan dasar dalam penyesuaian aktivitas "
                "untuk mencapai kinerja",
                "termasuk dalam pergeseran anggaran pada perubahan APBD",
            ),
            (
                "Hasil pengukuran kinerja telah dimanfaatkan sebagai dasar pemberian tambahan "
                "penghasilan pegawai",
                "sesuai ketentuan yang berlaku di lingkungan Pemerintah Daerah",
            ),
            (
                "Hasil pengukuran kinerja belum digunakan untuk mengidentifikasi indikator yang "
                "berisiko tidak tercapai",
                "sehingga langkah antisipasi baru diambil pada akhir tahun",
            ),
        ),
    },
    "C": {
        "k": (
            (
                "Laporan Kinerja Instansi Pemerintah tahun sebelumnya telah disusun",
                "dan ditandatangani oleh Kepala Perangkat Daerah",
            ),
            (
                "Laporan kinerja telah disampaikan kepada Bupati melalui Bagian Organisasi",
                "namun melewati batas waktu yang ditetapkan",
            ),
            (
                "Laporan kinerja belum dipublikasikan secara luas",
                "dan hanya tersedia dalam bentuk cetak di sekretariat",
            ),
        ),
        "q": (
            (
                "Laporan kinerja belum menyajikan analisis atas efisiensi penggunaan sumber daya",
                "misalnya perbandingan antara persentase realisasi anggaran dengan persentase "
                "capaian kinerja",
            ),
            (
                "Laporan kinerja telah membandingkan realisasi dengan target tahunan",
                "namun belum dengan target akhir periode Renstra",
            ),
            (
                "Uraian penyebab tidak tercapainya target masih bersifat normatif",
                "tanpa data pendukung dan rencana perbaikan yang terukur",
            ),
            (
                "Laporan kinerja belum menyajikan perbandingan dengan capaian daerah lain",
                "atau standar nasional yang relevan",
            ),
        ),
        "p": (
            (
                "Informasi dalam laporan kinerja belum dimanfaatkan dalam penyusunan perencanaan "
                "tahun berikutnya",
                "terlihat dari indikator bermasalah yang masih dipertahankan tanpa perbaikan",
            ),
            (
                "Laporan kinerja telah digunakan sebagai bahan rapat evaluasi internal",
                "walaupun notulen rapat belum mencatat keputusan tindak lanjutnya",
            ),
        ),
    },
    "D": {
        "k": (
            (
                "Evaluasi internal atas pelaksanaan SAKIP belum didukung pedoman tertulis",
                "sehingga ruang lingkup dan metode evaluasi ditentukan secara insidental",
            ),
            (
                "Evaluasi internal telah dilaksanakan pada seluruh bidang",
                "dengan menggunakan lembar kerja evaluasi yang diadaptasi dari Inspektorat",
            ),
            (
                "Tim evaluator internal belum ditetapkan dengan keputusan pimpinan",
                "dan anggotanya berganti pada setiap pelaksanaan evaluasi",
            ),
        ),
        "q": (
            (
                "Evaluasi internal belum dilaksanakan oleh personel yang memiliki kompetensi",
                "karena belum ada anggota tim yang mengikuti pelatihan evaluasi akuntabilitas "
                "kinerja",
            ),
            (
                "Evaluasi internal telah menghasilkan rekomendasi perbaikan",
                "namun rekomendasi tersebut belum spesifik dan tidak mencantumkan batas waktu",
            ),
            (
                "Pemantauan atas tindak lanjut hasil evaluasi belum dilakukan secara berkala",
                "sehingga status penyelesaian rekomendasi tidak diketahui pimpinan",
            ),
        ),
        "p": (
            (
                "Tindak lanjut atas rekomendasi LHE SAKIP tahun lalu baru sebagian yang "
                "diselesaikan",
                "terutama yang berkaitan dengan penyempurnaan indikator kinerja",
            ),
            (
                "Hasil evaluasi internal telah digunakan untuk memperbaiki pelaksanaan kegiatan",
                "khususnya pada kegiatan pelayanan yang menjadi prioritas",
            ),
        ),
    },
}

# Closing notes appended to the very long HASIL cell.
LONG_NOTE: dict[str, str] = {
    "A": (
        "Berdasarkan reviu atas dokumen Renstra, Renja dan Perjanjian Kinerja, tim evaluasi "
        "mencatat bahwa sasaran strategis penegakan peraturan daerah dirumuskan sebagai "
        "meningkatnya kualitas penegakan Perda tanpa ukuran yang menggambarkan tingkat "
        "kepatuhan masyarakat dan pelaku usaha. Indikator persentase penegakan Perda dihitung "
        "dari jumlah operasi yang dilaksanakan dibandingkan jumlah operasi yang direncanakan, "
        "sehingga nilai capaian selalu mendekati seratus persen walaupun jumlah pelanggaran "
        "berulang tidak berkurang. Indikator penanganan gangguan ketenteraman dan ketertiban "
        "umum belum dibedakan antara laporan yang ditangani dan laporan yang tuntas, dan data "
        "dasarnya dihimpun dari buku piket tanpa rekapitulasi bulanan. Target tahunan pada "
        "Renja tidak mengikuti target pada Renstra untuk tahun yang sama dan perbedaan "
        "tersebut tidak dijelaskan dalam dokumen. Perjanjian Kinerja Kepala Bidang Penegakan "
        "Perundang-undangan Daerah dan Kepala Bidang Ketenteraman dan Ketertiban Umum memuat "
        "indikator yang sama dengan Perjanjian Kinerja Kepala Satuan, sehingga pembagian peran "
        "antar level jabatan belum tergambar. Rencana aksi triwulanan baru disusun pada bulan "
        "Mei dan tidak memuat target antara yang dapat dipantau. Tim evaluasi juga mencatat "
        "bahwa dukungan Perangkat Daerah lain, kecamatan dan instansi vertikal dalam operasi "
        "gabungan belum dipetakan sebagai bagian dari perencanaan kinerja, padahal sebagian "
        "besar kegiatan penertiban dilaksanakan bersama-sama. Anggaran sub kegiatan patroli "
        "wilayah dialokasikan merata untuk seluruh kecamatan tanpa mempertimbangkan peta "
        "kerawanan, sehingga wilayah dengan jumlah laporan gangguan tertinggi tidak "
        "memperoleh frekuensi patroli yang lebih besar. Dokumen perencanaan kinerja juga "
        "belum memuat analisis risiko atas pencapaian sasaran, termasuk risiko keterbatasan "
        "personel Polisi Pamong Praja yang berstatus tenaga kontrak dan risiko keterlambatan "
        "pengadaan sarana operasional."
    ),
}
