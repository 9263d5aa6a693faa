"""Cell texts of the real document (Kecamatan Paringin, SAKIP 2023), verbatim.

Copied from shared/seed/000_5b958bdea5027e42.txt with the renderer artefacts removed (`<p>`
tags, the NO cell glued to the text, the formula typeset as LaTeX). The HASIL EVALUASI cells
end where the real document cuts them off. ``*_FIRST`` are the texts of the first (4-column)
table where they differ from the monitoring table's.
"""

A_HASIL = (
    "Perencanaan Kinerja memperoleh nilai 21,60 atau 72% dengan kriteria sebagai berikut "
    ": a. Keberadaan : Keberadaan Perencanaan Kinerja memperoleh nilai 4,80 atau 80% "
    "dengan kriteria sebagai berikut : Terdapat pedoman teknis perencanaan kinerja, "
    "Terdapat dokumen perencanaan jangka panjang, Terdapat dokumen perencanaan kinerja "
    "jangka menengah, Terdapat dokumen perencanaan jangka pendek, Terdapat dokumen "
    "perencanaan aktivitas yang mendukung kinerja dan Terdapat dokumen perencanaan "
    "anggaran yang mendukung kinerja b. Kualitas Perencanaan Kinerja memperoleh nilai "
    "6,30 atau 70% dengan kriteria : Dokumen Perencanaan Kinerja telah diformalkan, "
    "Dokumen Perencanaan Kinerja dipublikasikan tepat waktu, Dokumen Perencanaan Kinerja "
    "telah menggambarkan kebutuhan atas kinerja sebenarnya yang perlu dicapai, Kualitas "
    "Rumusan Hasil (Tujuan/Sasaran) belum sepenuhnya menggambarkan kondisi kinerja yang "
    "akan dicapai yaitu Pemilihan kata pada Tujuan/Sasaran Renja belum berorientasi hasil "
    'karena menggunakan kata "Meningkatkan", "Mewujudkan", Ukuran keberhasilan (Indikator '
    "Kinerja) telah memenuhi kriteria SMART, Indikator Kinerja Utama (IKU) telah "
    "menggambarkan kondisi Kinerja Utama yang harus dicapai, Tertuang secara "
    "berkelanjutan (sustainable- mengalami pergantian dalam 1 periode Perencanaan "
    "Strategis), Target yang ditetapkan dalam Perencanaan Kinerja dapat "
    "dicapai(achievable), Menantang, dan realistis, Setiap dokumen"
)

A_HASIL_FIRST = (
    "Perencanaan Kinerja memperoleh nilai 21,60 atau 72% dengan kriteria sebagai berikut "
    ": a. Keberadaan : Keberadaan Perencanaan Kinerja memperoleh nilai 4,80 atau 80% "
    "dengan kriteria sebagai berikut : Terdapat pedoman teknis perencanaan kinerja, "
    "Terdapat dokumen perencanaan jangka panjang, Terdapat dokumen perencanaan kinerja "
    "jangka menengah, Terdapat dokumen perencanaan jangka pendek, Terdapat dokumen "
    "perencanaan aktivitas yang mendukung kinerja dan Terdapat dokumen perencanaan "
    "anggaran yang mendukung kinerja b. Kualitas Kualitas Perencanaan Kinerja memperoleh "
    "nilai 6,30 atau 70% dengan kriteria : Dokumen Perencanaan Kinerja telah diformalkan, "
    "Dokumen Perencanaan Kinerja dipublikasikan tepat waktu, Dokumen Perencanaan Kinerja "
    "telah menggambarkan kebutuhan atas kinerja sebenarnya yang perlu dicapai, Kualitas "
    "Rumusan Hasil (Tujuan/Sasaran) belum sepenuhnya menggambarkan kondisi kinerja yang "
    "akan dicapai yaitu Pemilihan kata pada Tujuan/Sasaran Renja belum berorientasi hasil "
    "karena menggunakan"
)

B_HASIL = (
    'Pengukuran Kinerja memperoleh nilai "21,60" atau 72%, dengan kriteria sebagai '
    "berikut : a. Keberadaan Keberadaan Pengukuran Kinerja memperoleh nilai 4,80 atau 80% "
    "dengan kriteria : Terdapat SOP pedoman teknis pengukuran kinerja dan pengumpulan "
    "data kinerja, Terdapat Definisi Operasional yang jelas dan cara mengukur Indikator "
    "Kinerja, dan Terdapat mekanisme yang jelas terhadap pengumpulan data Kinerja yang "
    "dapat diandalkan. b. Kualitas Pengukuran Kinerja telah menjadi kebutuhan dalam "
    "mewujudkan Kinerja secara Efektif dan Efisien, dan Telah dilakukan secara berjenjang "
    "dan berkelanjutan, Memperoleh nilai 6,30 atau 70% dengan kriteria : Pimpinan selalu "
    "terlibat sebagai pengambil keputusan (Decision Maker) dalam mengukur capaian "
    "Kinerja, Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian Kinerja "
    "yang diharapkan, Data kinerja yang dikumpulkan telah mendukung capaian Kinerja yang "
    "diharapkan, Pengukuran kinerja belum sepenuhnya dilakukan secara berkala yaitu belum "
    "terdapat jadwal/ dokumentasi kegiatan pengukuran kinerja setiap triwulan, Setiap "
    "level organisasi melakukan pemantauan atas pengukuran capaian kinerja unit "
    "dibawahnya secara berjenjang, Pengumpulan data Kinerja telah memanfaatkan Teknologi "
    "Informasi (Aplikasi) dan Pengukuran capaian Kinerja telah memanfaatkan Teknologi "
    "Informasi (Aplikasi). c. Pemanfaatan Pengukuran Kinerja telah dijadikan dasar dalam "
    "pemberian Reward dan Punishment. Serta"
)

B_HASIL_FIRST = (
    'Pengukuran Kinerja memperoleh nilai "21,60" atau 72%, dengan kriteria sebagai '
    "berikut : a. Keberadaan Keberadaan Pengukuran Kinerja memperoleh nilai 4,80 atau 80% "
    "dengan kriteria : Terdapat SOP pedoman teknis pengukuran kinerja dan pengumpulan "
    "data kinerja, Terdapat Definisi Operasional yang jelas dan cara mengukur Indikator "
    "Kinerja, dan Terdapat mekanisme yang jelas terhadap pengumpulan data Kinerja yang "
    "dapat diandalkan. b. Kualitas Pengukuran Kinerja telah menjadi kebutuhan dalam "
    "mewujudkan Kinerja secara Efektif dan Efisien, dan Telah dilakukan secara berjenjang "
    "dan berkelanjutan, Memperoleh nilai 6,30 atau 70% dengan kriteria : Pimpinan selalu "
    "terlibat sebagai pengambil keputusan (Decision Maker) dalam mengukur capaian "
    "Kinerja, Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian Kinerja "
    "yang diharapkan, Data kinerja yang dikumpulkan telah mendukung capaian Kinerja yang "
    "diharapkan, Pengukuran kinerja belum sepenuhnya dilakukan secara berkala yaitu belum "
    "terdapat jadwal/dokumentasi kegiatan pengukuran kinerja setiap triwulan, Setiap "
    "level organisasi melakukan pemantauan atas pengukuran capaian kinerja unit "
    "dibawahnya secara berjenjang, Pengumpulan data Kinerja telah memanfaatkan Teknologi "
    "Informasi (Aplikasi) dan Pengukuran capaian Kinerja telah memanfaatkan Teknologi "
    "Informasi (Aplikasi). c. Pemanfaatan Pengukuran Kinerja telah dijadikan dasar dalam "
    "pemberian Reward dan Punishment, Serta penyesuaian strategi dalam mencapai"
)

C_HASIL = (
    'Pelaporan kinerja dengan nilai "10,80" atau 72% dengan kriteria sebagai berikut : a. '
    "Keberadaan Keberadaan atas Pelaporan Kinerja memperoleh nilai 2,40 atau 80%, dengan "
    "kriteria : Dokumen Laporan Kinerja telah disusun, Dokumen Laporan Kinerja telah "
    "disusun secara berkala, Dokumen Laporan Kinerja telah diformalkan, Dokumen Laporan "
    "Kinerja untuk level Pemerintah Daerah Kabupaten Balangan telah direviu, Dokumen "
    "Laporan Kinerja telah dipublikasikan, dan Dokumen Laporan Kinerja telah disampaikan "
    "tepat waktu. b. Kualitas Dokumen Laporan Kinerja telah memenuhi standar, "
    "Menggambarkan kualitas atas Pencapaian Kinerja, Informasi keberhasilan/kegagalan "
    "Kinerja serta upaya perbaikan/penyempurnaannya memperoleh nilai 3,15 atau 70% dengan "
    "kriteria : Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar, "
    "Dokumen Laporan Kinerja telah mengungkap seluruh informasi tentang pencapaian "
    "Kinerja, Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi Kinerja "
    "dengan target tahunan, Dokumen Laporan Kinerja telah menginfokan perbandingan "
    "realisasi Kinerja dengan jangka menengah, Dokumen Laporan Kinerja telah menginfokan "
    "perbandingan realisasi Kinerja dengan realisasi Kinerja tahun-tahun sebelumnya yaitu "
    "dokumen Laporan Kinerja Instansi Pemerintahan (LKIP) sudah memberikan informasi "
    "mengenai target dan realisasi Kinerja tahunan sebelumnya (n-1) maupun untuk tahun"
)

C_HASIL_FIRST = (
    'Pelaporan kinerja dengan nilai "10,80" atau 72% dengan kriteria sebagai berikut : a. '
    "Keberadaan Keberadaan atas Pelaporan Kinerja memperoleh nilai 2,40 atau 80%, dengan "
    "kriteria : Dokumen Laporan Kinerja telah disusun, Dokumen Laporan Kinerja telah "
    "disusun secara berkala, Dokumen Laporan Kinerja telah diformalkan, Dokumen Laporan "
    "Kinerja untuk level Pemerintah Daerah Kabupaten Balangan telah direviu, Dokumen "
    "Laporan Kinerja telah dipublikasikan, dan Dokumen Laporan Kinerja telah disampaikan "
    "tepat waktu. b. Kualitas Dokumen Laporan Kinerja telah memenuhi standar, "
    "Menggambarkan kualitas atas Pencapaian Kinerja, Informasi keberhasilan/kegagalan "
    "Kinerja serta upaya perbaikan/penyempurnaannya memperoleh nilai 3,15 atau 70% dengan "
    "kriteria : Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar, "
    "Dokumen Laporan Kinerja telah mengungkap seluruh informasi tentang pencapaian "
    "Kinerja, Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi Kinerja "
    "dengan target tahunan, Dokumen Laporan Kinerja telah menginfokan perbandingan "
    "realisasi Kinerja dengan jangka menengah, Dokumen Laporan Kinerja telah menginfokan "
    "perbandingan realisasi Kinerja dengan realisasi Kinerja tahun-tahun sebelumnya yaitu "
    "dokumen Laporan Kinerja Instansi Pemerintahan (LKIP) sudah memberikan informasi "
    "mengenai target dan realisasi Kinerja tahunan sebelumnya (n-1) namun untuk tahun "
    "sebelumnya lagi (n-2) tidak dapat"
)

D_HASIL = (
    'Evaluasi Akuntabilitas Kinerja Internal memperoleh nilai "18,75" atau 75%, dengan '
    "kriteria sebagai berikut :a. Keberadaan Keberadaan atas Evaluasi Akuntabilitas "
    "Kinerja Internal memperoleh nilai 4,00 atau 80%, dengan kriteria : Terdapat pedoman "
    "teknis Evaluasi Akuntabilitas Kinerja Internal, Evaluasi Akuntabilitas Kinerja "
    "Internal telah dilaksanakan pada seluruh unit kerja/ perangkat daerah, dan Evaluasi "
    "Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang. b. Kualitas "
    "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berkualitas dengan "
    "Sumber Daya yang memadai memperoleh nilai 6,00 atau 80%, dengan kriteria sebagai "
    "berikut : Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar "
    "Evaluasi Akuntabilitas Kinerja Internal telah"
)

D_HASIL_FIRST = (
    'Evaluasi Akuntabilitas Kinerja Internal memperoleh nilai "18,75" atau 75%, dengan '
    "kriteria sebagai berikut :a. Keberadaan Keberadaan atas Evaluasi Akuntabilitas "
    "Kinerja Internal memperoleh nilai 4,00 atau 80%, dengan kriteria : Terdapat pedoman "
    "teknis Evaluasi Akuntabilitas Kinerja Internal, Evaluasi Akuntabilitas Kinerja "
    "Internal telah dilaksanakan pada seluruh unit kerja/ perangkat daerah, dan Evaluasi "
    "Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang. b. Kualitas "
    "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berkualitas dengan "
    "Sumber Daya yang memadai memperoleh nilai 6,00 atau 80%, dengan kriteria sebagai "
    "berikut : Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar "
    "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan oleh SDM yang"
)

A1_REK = (
    "Agar Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi "
    "kinerja yang akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan "
    "sebagainya)"
)

A1_RA = (
    "Membuat Kualitas Rumusan Hasil (Tujuan/ Sasaran yang menggambarkan kondisi kinerja "
    "yang akan dicapai seperti meningkatnya, terciptanya, terwujudnya, dan sebagainya)"
)

A3_REK = (
    "Agar Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja "
    "atau target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja"
)

A3_RA = (
    "Menambahkan informasi mengenai langkah perbaikan terhadap kendala atas kinerja atau "
    "target yang tidak tercapai pada tahun sebelumnya pada Dokumen Renja"
)

A2_STATUS = (
    "Sudah ditindaklanjuti dengan Menyusun Draft tentang Hubungan Kinerja Sasaran "
    "Strategis dengan Instansi/Pungsi lain (Crosscutting)."
)

B1_REK = "Membuat jadwal / dokumentasi kegiatan pengukuran kinerja setiap triwulan)"

B1_STATUS = (
    "sudah ditindaklanjuti untuk sasaran SKPD : Meningkatnya Fasilitas Pelayanan Masyarakat."
)

B2_REK = (
    "Agar Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam "
    "mencapai kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)"
)

B2_RA = (
    "Menambahkan informasi mengenai efisiensi atas penggunaan anggaran dalam mencapai "
    "kinerja pada Dokumen Laporan Kinerja Instansi Pemerintahan (LKjIP)"
)

C1_REK = (
    "Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun "
    "evaluasi dan tahun tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode "
    "RPJMD/ Renstra pada Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP)."
)

C1_REK_FIRST = (
    "Memuat informasi perbandingan target dan realisasi atas capaian kinerja tahun "
    "evaluasi dan tahun-tahun sebelumnya (n-2) dan seterusnya selama 1 periode RPJMD/ "
    "Renstra pada Dokumen Laporan Kinerja Internal Pemerintahan (LKjIP)."
)

C2_REK = (
    "Agar kedepannya Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) Memberikan "
    "informasi mengenai perbandingan realisasi capaian kinerja SKPD dengan data realisasi "
    "capaian antar Kabupaten/Kota dalam 1 (satu) Provinsi."
)

C2_RA = (
    "Dokumen LKjIP (Laporan Kinerja Instansi Pemerintahan) Memberikan informasi mengenai "
    "perbandingan realisasi capaian kinerja SKPD dengan data realisasi capaian antar "
    "Kabupaten/Kota dalam 1 (satu) Provinsi."
)

C3_REK = (
    "Agar Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya seperti "
    "besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi Anggaran)/(Target "
    "Anggaran) x 100%) pada Dokumen LKjIP."
)

C3_RA = (
    "Menambahkan informasi mengenai upaya dan besaran efisiensi sumber daya seperti "
    "besaran efisiensi anggaran dengan perhitungan (100% - (Realisasi Anggaran)/(Target "
    "Anggaran) x 100%) pada Dokumen LKjIP."
)

C4_REK = (
    "Agar Menambahkan informasi gambaran umum mengenai target kinerja dan anggaran dengan "
    "realisasinya dari pegawai (berkaitan Seksi, JF dan pelaksanaannya terhadap Program, "
    "Kegiatan dan Sub Kegiatan) untuk mendukung capaian sasaran strategis pada Dokumen "
    "Laporan Kinerja Instansi Pemerintahan (LKjIP)."
)

C4_RA = (
    "Menambahkan informasi gambaran umum mengenai target kinerja dan anggaran dengan "
    "realisasinya dari pegawai (berkaitan Seksi, JF dan pelaksanaannya terhadap Program, "
    "Kegiatan dan Sub Kegiatan) untuk mendukung capaian sasaran strategis pada Dokumen "
    "Laporan Kinerja Instansi Pemerintahan (LKjIP)."
)
