"""parse_skor, predikat and the weights, checked against the real document's findings."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.skor import (
    BOBOT_2015,
    BOBOT_2021,
    SUB_BOBOT,
    Skor,
    component_from_parts,
    leading_one,
    parse_skor,
    part_from_rest,
    persen_from_parts,
    predikat,
    slipped_persen,
)

# HASIL EVALUASI INSPEKTORAT cells of the real document (seed 000_5b958bdea5027e42), each cut
# off where the PDF cell ends.
HASIL_A = (
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
HASIL_B = (
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
HASIL_C = (
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
HASIL_D = (
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HASIL_A, Skor(21.6, 72.0, 4.8, 80.0, 6.3, 70.0, None, None)),
        # "b. Kualitas Pengukuran Kinerja telah ... Memperoleh nilai 6,30"; the c. part is cut.
        (HASIL_B, Skor(21.6, 72.0, 4.8, 80.0, 6.3, 70.0, None, None)),
        (HASIL_C, Skor(10.8, 72.0, 2.4, 80.0, 3.15, 70.0, None, None)),
        # "sebagai berikut :a. Keberadaan": the marker glued to the colon.
        (HASIL_D, Skor(18.75, 75.0, 4.0, 80.0, 6.0, 80.0, None, None)),
        # the monitoring table's copy of B ends at the page break, before any kualitas score
        (
            'Pengukuran Kinerja memperoleh nilai "21,60" atau 72%, dengan kriteria sebagai '
            "berikut : a. Keberadaan Keberadaan Pengukuran Kinerja memperoleh nilai 4,80 atau "
            "80% dengan kriteria : Terdapat SOP. b. Kualitas Pengukuran Kinerja telah menjadi "
            "kebutuhan dalam mewujudkan Kinerja secara Efektif dan Efisien, dan Telah dilakukan "
            "secara",
            Skor(21.6, 72.0, 4.8, 80.0, None, None, None, None),
        ),
    ],
)
def test_real_document(text: str, expected: Skor) -> None:
    assert parse_skor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Perencanaan Kinerja memperoleh nilai sebesar 21,60", Skor(21.6)),
        ("Perencanaan Kinerja memperoleh nilai 21,60 (72%)", Skor(21.6, 72.0)),
        ("Perencanaan Kinerja memperoleh skor 21,60 atau 72%", Skor(21.6, 72.0)),
        ("memperoleh nilai: 21,60 atau sebesar 72%", Skor(21.6, 72.0)),
        ("Nilai 21,60 / 72 %", Skor(21.6, 72.0)),
        ("memperoleh nilai 21,60, atau 72 persen", Skor(21.6, 72.0)),
        ("memperoleh nilai 72%", Skor(None, 72.0)),
        ("nilai 21,6O atau 72%", Skor(21.6, 72.0)),
        ("memperoleh nilai “21,60” atau 72%", Skor(21.6, 72.0)),
        # all three parts, markers in any case, one without its letter
        (
            "Komponen memperoleh nilai 21,60 atau 72% dengan kriteria: A. KEBERADAAN nilai "
            "4,80 atau 80%; Kualitas nilai 6,30 atau 70%; c) Pemanfaatan memperoleh nilai "
            "10,50 atau 70%",
            Skor(21.6, 72.0, 4.8, 80.0, 6.3, 70.0, 10.5, 70.0),
        ),
        # "berkualitas" is not a marker
        (
            "nilai 10,80 atau 72% a. Keberadaan nilai 2,40 atau 80% disusun secara berkualitas "
            "b. Kualitas nilai 3,15 atau 70%",
            Skor(10.8, 72.0, 2.4, 80.0, 3.15, 70.0),
        ),
        # no component score before the parts: the first part's score is not taken for it
        (
            "Perencanaan Kinerja dengan kriteria: a. Keberadaan memperoleh nilai 4,80 atau 80%",
            Skor(None, None, 4.8, 80.0),
        ),
        # a part marker without any score after it
        ("nilai 18,75 atau 75% a. Keberadaan belum dinilai", Skor(18.75, 75.0)),
        ("Perencanaan Kinerja belum dinilai", Skor()),
        ("", Skor()),
        ("nilai-nilai organisasi", Skor()),
    ],
)
def test_parse_skor(text: str, expected: Skor) -> None:
    assert parse_skor(text) == expected


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (100, "AA"),
        (90.01, "AA"),
        (90, "A"),
        (80.01, "A"),
        (80, "BB"),
        (80.0000001, "BB"),
        (72.75, "BB"),  # the real document: 21,60 + 21,60 + 10,80 + 18,75
        (70, "B"),
        (60.5, "B"),
        (60, "CC"),
        (50, "C"),
        (30.01, "C"),
        (30, "D"),
        (0, "D"),
        (-1, None),
        (100.5, None),
        (float("nan"), None),
        (float("inf"), None),
    ],
)
def test_predikat(total: float, expected: str | None) -> None:
    assert predikat(total) == expected


def test_weights_sum_to_100() -> None:
    assert sum(BOBOT_2021.values()) == 100
    assert sum(BOBOT_2015.values()) == 100
    assert sum(SUB_BOBOT.values()) == pytest.approx(1.0)


def test_real_document_scores_match_the_weights() -> None:
    """SAKIP.md: nilai = persen/100 x bobot, part nilai = part persen/100 x share x bobot."""
    for kode, text in zip("ABCD", (HASIL_A, HASIL_B, HASIL_C, HASIL_D), strict=True):
        skor = parse_skor(text)
        bobot = BOBOT_2021[kode]
        assert skor.nilai is not None and skor.persen is not None
        assert round(skor.persen / 100 * bobot, 2) == skor.nilai
        assert skor.keberadaan_persen is not None and skor.kualitas_persen is not None
        share = SUB_BOBOT["keberadaan"] * bobot
        assert round(skor.keberadaan_persen / 100 * share, 2) == skor.keberadaan_nilai
        share = SUB_BOBOT["kualitas"] * bobot
        assert round(skor.kualitas_persen / 100 * share, 2) == skor.kualitas_nilai


@given(st.text())
def test_never_raises(text: str) -> None:
    assert isinstance(parse_skor(text), Skor)


@given(st.floats(allow_nan=True, allow_infinity=True))
def test_predikat_never_raises(total: float) -> None:
    assert predikat(total) in {None, "AA", "A", "BB", "B", "CC", "C", "D"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nilai Perencanaan Kinerja sebesar 25,20 (84%). Keberadaan sebesar 3,60 (60%) karena"
            " Renja belum tersedia. Kualitas sebesar 8,10 (90%) karena target belum selaras."
            " Pemanfaatan sebesar 13,50 (90%) karena PK telah digunakan.",
            Skor(25.2, 84.0, 3.6, 60.0, 8.1, 90.0, 13.5, 90.0),
        ),
        (
            "Komponen Pelaporan Kinerja memperoleh nilai 11,85 dari bobot 15,00 (79,00%), yang"
            " terdiri dari : 1) Sub Komponen Keberadaan memperoleh nilai 2,70 dari bobot 3,00"
            " (90,00%), LKjIP telah disusun; 2) Sub Komponen Kualitas memperoleh nilai 3,15 dari"
            " bobot 4,50 (70,00%); 3) Sub Komponen Pemanfaatan memperoleh nilai 6,00 dari bobot"
            " 7,50 (80,00%).",
            Skor(11.85, 79.0, 2.7, 90.0, 3.15, 70.0, 6.0, 80.0),
        ),
    ],
)
def test_other_score_wordings(text: str, expected: Skor) -> None:
    assert parse_skor(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Capaian komponen Pelaporan Kinerja sebesar 73% dengan nilai 10,95, terdiri atas"
            " keberadaan 75% (nilai 2,25), kualitas 70% (nilai 3,15) dan pemanfaatan 74% (nilai"
            " 5,55). Permasalahan yang ditemukan: Laporan kinerja belum dipublikasikan",
            Skor(10.95, 73.0, 2.25, 75.0, 3.15, 70.0, 5.55, 74.0),
        ),
        (
            "Nilai komponen Pengukuran Kinerja: 24,90 (83%) Keberadaan: 5,10 (85%) Kualitas: 7,65"
            " (85%) Pemanfaatan: 12,15 (81%) Catatan: Mekanisme pengukuran belum terdokumentasi",
            Skor(24.9, 83.0, 5.1, 85.0, 7.65, 85.0, 12.15, 81.0),
        ),
    ],
)
def test_percent_first_and_colon_wordings(text: str, expected: Skor) -> None:
    assert parse_skor(text) == expected


# --- a persen whose "%" OCR misread: only the arithmetic (nilai / weight) decides ---


@pytest.mark.parametrize(
    ("raw", "nilai", "bobot", "expected"),
    [
        ("59,546", 17.85, [25.0, 30.0], 59.5),  # "59,5%": % read as "46"
        ("5296", 15.6, [25.0, 30.0], 52.0),  # "(52%)" read as "(5296)"
        ("90,004", 2.7, [3.0], 90.0),  # "90,00%" read as "90,004"
        ("60Y6", 7.5, [12.5], 60.0),  # "60%" read as "60Y6"
        ("61Y6", 7.5, [12.5], None),  # 7,50 of 12,5 is 60, not 61
        ("2024", 17.1, [25.0, 30.0], None),  # a year is no persen
        # "(51,4%)" read as "(51446)": its comma lost too; 51 fits only to the unit
        ("51446", 15.42, [30.0], 51.4),
        ("5196", 15.3, [30.0], 51.0),  # "(51%)": no decimal to restore
    ],
)
def test_slipped_persen_is_confirmed_by_the_weights(
    raw: str, nilai: float, bobot: list[float], expected: float | None
) -> None:
    assert slipped_persen(raw, nilai, bobot) == expected


def test_ocr_read_percent_signs_are_recovered() -> None:
    # held-out scan 204 as Tesseract read it: every "%" but one came back as "96" or "46"
    text = (
        "Capaian komponen Pengukuran Kinerja sebesar 5796 dengan nilai 17,10, terdiri atas "
        "keberadaan 7546 (nilai 4,50), kualitas 5596 (nilai 4,95) dan pemanfaatan 51% "
        "(nilai 7,65). Permasalahan yang ditemukan: ..."
    )
    assert parse_skor(text, "B") == Skor(17.1, 57.0, 4.5, 75.0, 4.95, 55.0, 7.65, 51.0)


def test_persen_after_a_weight_in_brackets() -> None:
    text = (
        "Komponen Perencanaan Kinerja dengan bobot 30 memperoleh nilai 21,30 atau 71,00%, "
        "dengan uraian sebagai berikut: a. Sub komponen Keberadaan (bobot 6,00) memperoleh "
        "nilai 3,90 atau 65,009, dengan hasil penilaian: 1) Telah tersedia pedoman."
    )
    skor = parse_skor(text, "A")
    assert (skor.nilai, skor.persen) == (21.3, 71.0)
    assert (skor.keberadaan_nilai, skor.keberadaan_persen) == (3.9, 65.0)


def test_an_integer_above_100_is_never_a_nilai() -> None:
    skor = parse_skor("Perencanaan Kinerja memperoleh nilai 8096 atau 80%", "A")
    assert skor.nilai is None


def test_unconfirmed_slip_stays_unread() -> None:
    # 21,30 of 30 is 71 %: "7346" has no prefix that the weights confirm
    skor = parse_skor("Perencanaan Kinerja memperoleh nilai 21,30 atau 7346, dengan", "A")
    assert (skor.nilai, skor.persen) == (21.3, None)


def test_part_name_misread_after_its_letter() -> None:
    # held-out scan 102: "b. Kualitas" read "b. Kuaktas"; the letter says which part it is
    text = (
        "Pengukuran Kinerja memperoleh nilai 18,30 atau 61%, dengan rincian : a. Keberadaan "
        "Pengukuran Kinerja memperoleh nilai 4,80 atau 80% yaitu ... b. Kuaktas Pengukuran "
        "Kinerja memperoleh nilai 4,50 atau 50% yaitu ..."
    )
    skor = parse_skor(text, "B")
    assert (skor.kualitas_nilai, skor.kualitas_persen) == (4.5, 50.0)


# held-out scan 308 (600 dpi saved at 150): "25,08" read "23,08", "(83,6%)" read "(83,696)"
SLIPPED_TOTAL = (
    "Komponen Pengukuran Kinerja mendapatkan nilai 23,08 (83,696) dengan rincian: Keberadaan "
    "5,52 (92%); Kualitas 7,56 (844), Pemanfaatan 12,00 (809e). Pengukuran kinerja telah"
)


def test_a_misread_component_score_is_put_right_from_its_parts() -> None:
    skor = parse_skor(SLIPPED_TOTAL, "B")
    assert (skor.nilai, skor.persen) == (23.08, None)
    fixed = component_from_parts(SLIPPED_TOTAL, skor, "B")
    assert fixed is not None and fixed.read_as == "23,08"
    assert (fixed.skor.nilai, fixed.skor.persen) == (25.08, 83.6)
    assert fixed.skor.pemanfaatan_nilai == 12.0


def test_no_repair_without_the_persen_agreeing() -> None:
    # the parts sum to 25,08 but nothing written says 83,6%: the reading stays
    text = SLIPPED_TOTAL.replace("(83,696)", "(76,9%)")
    assert component_from_parts(text, parse_skor(text, "B"), "B") is None


def test_no_repair_when_a_part_is_not_confirmed() -> None:
    # keberadaan 5,52 is not 93% of 6,00: the parts cannot vouch for the total
    text = SLIPPED_TOTAL.replace("(92%)", "(93%)")
    assert component_from_parts(text, parse_skor(text, "B"), "B") is None


def test_no_repair_when_the_reading_is_right() -> None:
    text = SLIPPED_TOTAL.replace("23,08 (83,696)", "25,08 (83,6%)")
    assert component_from_parts(text, parse_skor(text, "B"), "B") is None


# held-out scan 502 (carbon copy): the kualitas nilai lost, its persen kept
LOST_PART = (
    "Nilai komponen Perencanaan Kinerja: 19,14 (63,8%) - Keberadaan: 4,80 (80%) - "
    "Kualitas: (66%) - Pemanfaatan: 8,40 (56%) Permasalahan: Renstra belum memuat"
)


def test_a_lost_part_nilai_is_computed_when_the_rest_and_its_persen_agree() -> None:
    skor = parse_skor(LOST_PART, "A")
    assert (skor.kualitas_nilai, skor.kualitas_persen) == (None, 66.0)
    part = part_from_rest(LOST_PART, skor, "A")
    assert part is not None and part.bagian == "kualitas"
    assert part.skor.kualitas_nilai == 5.94  # 19,14 - 4,80 - 8,40 = 66% x 30% x 30


@pytest.mark.parametrize(
    "text",
    [
        LOST_PART.replace("(66%)", "(67%)"),  # its persen says 6,03: the two disagree
        LOST_PART.replace("4,80 (80%)", "4,80 (81%)"),  # a part not confirmed
        LOST_PART.replace("19,14 (63,8%)", "19,14"),  # the component not confirmed
        LOST_PART.replace("8,40 (56%)", "(56%)"),  # two parts lost
    ],
)
def test_no_part_is_computed_without_every_check(text: str) -> None:
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


def test_a_lost_pair_is_not_invented_from_the_sum() -> None:
    # held-out 505's D names pemanfaatan without a score: the sum would imply 3,75
    text = LOST_PART.replace("Kualitas: (66%)", "Kualitas: belum dinilai")
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


def test_a_part_the_text_does_not_name_stays_unstated() -> None:
    # held-out 102's D states no pemanfaatan score: the sum implies one, the text gives none
    text = LOST_PART.replace("Kualitas: (66%) - ", "")
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


# held-out scan 907 (fit to page): "Pemanfaatan" lost, its "11,70 (78,0%)" read after kualitas
LOST_NAME = (
    "Nilai Perencanaan Kinerja Tahun 2025 = 25,20 atau 84,0%, terbagi atas Keberadaan 5,76 "
    "(96,0%), Kualitas 7,74 (86,0%), 11,70 (78,016). Catatan Inspektorat: cascading"
)


def test_a_part_whose_name_ocr_lost_takes_the_rest_written_in_the_text() -> None:
    skor = parse_skor(LOST_NAME, "A")
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (None, None)
    part = part_from_rest(LOST_NAME, skor, "A")
    assert part is not None and (part.bagian, part.written) == ("pemanfaatan", True)
    # 25,20 - 5,76 - 7,74 = 11,70, written; "78,016" is 78,0% with its "%" misread
    assert (part.skor.pemanfaatan_nilai, part.skor.pemanfaatan_persen) == (11.7, 78.0)


@pytest.mark.parametrize(
    "text",
    [
        LOST_NAME.replace("11,70 (78,016)", "(78,016)"),  # the rest written nowhere
        LOST_NAME.replace("11,70", "11,76"),  # another number than the rest
        LOST_NAME.replace("84,0%", "85,0%"),  # the component not confirmed
    ],
)
def test_a_lost_part_is_not_taken_from_the_text_without_every_check(text: str) -> None:
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


def test_the_rest_written_only_as_another_score_is_not_the_lost_part() -> None:
    # C: 8,10 = 3,00 + 5,10 ... the rest 3,00 is keberadaan's own nilai, nothing more
    text = (
        "Nilai Pelaporan Kinerja 8,10 atau 54%, terbagi atas Keberadaan 3,00 (100%), "
        "Kualitas 2,10 (46,7%)."
    )
    skor = parse_skor(text, "C")
    assert skor.keberadaan_nilai == 3.0
    assert part_from_rest(text, skor, "C") is None


def test_a_lost_component_persen_is_its_nilai_over_the_bobot_when_the_parts_sum_to_it() -> None:
    # held-out scan 903: the line "Persentase ..... 77%" lost under the watermark
    text = "Nilai Komponen 23,10 Keberadaan 5,40 (90%) Kualitas 7,20 (80%) Pemanfaatan 10,50 (70%)"
    skor = parse_skor(text, "A")
    assert (skor.nilai, skor.persen) == (23.1, None)
    fixed = persen_from_parts(skor, "A")
    assert fixed is not None and fixed.persen == 77.0


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("10,50 (70%)", "10,50 (71%)"),  # a part not confirmed by its own pair
        ("Nilai Komponen 23,10", "Nilai Komponen 23,01"),  # the parts sum to another value
        ("Pemanfaatan 10,50 (70%)", ""),  # a part missing
    ],
)
def test_a_component_persen_is_not_derived_without_every_check(old: str, new: str) -> None:
    text = "Nilai Komponen 23,10 Keberadaan 5,40 (90%) Kualitas 7,20 (80%) Pemanfaatan 10,50 (70%)"
    text = text.replace(old, new)
    assert persen_from_parts(parse_skor(text, "A"), "A") is None


# held-out scan 705 (dot-matrix): "(6,30)" read "46,30", its bracket taken for a 4
def test_a_misread_part_nilai_is_computed_when_the_rest_and_its_persen_agree() -> None:
    text = LOST_PART.replace("Kualitas: (66%)", "Kualitas: 45,94 (66%)")
    skor = parse_skor(text, "A")
    assert skor.kualitas_nilai == 45.94
    part = part_from_rest(text, skor, "A")
    assert part is not None and (part.bagian, part.read_as) == ("kualitas", 45.94)
    assert part.skor.kualitas_nilai == 5.94


def test_a_misread_part_stays_when_another_part_is_unconfirmed_too() -> None:
    text = LOST_PART.replace("Kualitas: (66%)", "Kualitas: 45,94 (66%)").replace(
        "8,40 (56%)", "8,40 (57%)"
    )
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


# held-out scan 705: "capaian 80%" read "90%"; the nilai 12,00 is confirmed by its parts
SLIPPED_PERSEN = (
    "Komponen Pelaporan Kinerja menunjukkan capaian 90% atau nilai 12,00 dari bobot 15. "
    "Rinciannya: keberadaan 92% (2,76), kualitas 82% (3,69), pemanfaatan 74% (5,55)."
)


def test_a_component_persen_one_digit_off_is_put_right() -> None:
    skor = parse_skor(SLIPPED_PERSEN, "C")
    assert (skor.nilai, skor.persen) == (12.0, 90.0)
    fixed = component_from_parts(SLIPPED_PERSEN, skor, "C")
    assert fixed is not None and fixed.read_as == "90%"
    assert (fixed.skor.nilai, fixed.skor.persen) == (12.0, 80.0)


@pytest.mark.parametrize(
    "text",
    [
        SLIPPED_PERSEN.replace("90%", "65%"),  # two digits off: another value, not a slip
        SLIPPED_PERSEN.replace("(3,69)", "(3,70)"),  # the parts do not confirm the nilai
    ],
)
def test_a_component_persen_is_kept_without_both_checks(text: str) -> None:
    assert component_from_parts(text, parse_skor(text, "C"), "C") is None


def test_parts_listed_in_another_order() -> None:
    # held-out 803: pemanfaatan first, keberadaan last; "kualitas rumusan" later in the
    # text is no part marker
    text = (
        "Perolehan: 25,26 dari 30 (84,2%). Rincian per sub komponen: pemanfaatan 12,00 "
        "(80%), kualitas 7,56 (84%), keberadaan 5,70 (95%). Kesimpulan: kualitas rumusan "
        "tujuan masih perlu diperbaiki."
    )
    skor = parse_skor(text, "A")
    assert (skor.nilai, skor.persen) == (25.26, 84.2)
    assert (skor.keberadaan_nilai, skor.keberadaan_persen) == (5.7, 95.0)
    assert (skor.kualitas_nilai, skor.kualitas_persen) == (7.56, 84.0)
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (12.0, 80.0)


def test_a_parts_weight_note_is_no_score() -> None:
    # held-out 802: "[bobot 20%]" beside the part's name is its share of the bobot
    text = (
        "Nilai komponen 20,40 (68%), terdiri dari: Keberadaan [bobot 20%] = 4,80 atau 80%; "
        "Kualitas [bobot 30%] = 6,30 atau 70%; Pemanfaatan (bobot 50%) = 9,30 atau 62%."
    )
    skor = parse_skor(text, "A")
    assert (skor.keberadaan_nilai, skor.keberadaan_persen) == (4.8, 80.0)
    assert (skor.kualitas_nilai, skor.kualitas_persen) == (6.3, 70.0)
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (9.3, 62.0)


# held-out scan 703: OCR lost the word "Kualitas:" after its list marker
UNNAMED_PART = (
    "Komponen Perencanaan Kinerja memperoleh nilai 23,22 (77,4%), terdiri atas: 1) "
    "Keberadaan: 5,52 (92%); 2) 7,20 (80%); 3) Pemanfaatan: 10,50 (70%); Permasalahan: ..."
)


def test_a_part_whose_name_ocr_lost_is_read_from_its_list_marker() -> None:
    skor = parse_skor(UNNAMED_PART, "A")
    assert (skor.keberadaan_nilai, skor.keberadaan_persen) == (5.52, 92.0)
    assert (skor.kualitas_nilai, skor.kualitas_persen) == (7.2, 80.0)
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (10.5, 70.0)


@pytest.mark.parametrize(
    "text",
    [
        UNNAMED_PART.replace("2) 7,20", "3) 7,20"),  # another part's number
        UNNAMED_PART.replace("2) 7,20", "nilai 12.5 dan 7,20"),  # no marker, a decimal point
    ],
)
def test_no_unnamed_part_without_its_own_marker(text: str) -> None:
    assert parse_skor(text, "A").kualitas_nilai is None


# held-out scan 806 (toner fade): "10,80 (72 %)" read "! 0,80 (72 Yo)"
FADED_PART = (
    "Komponen Perencanaan Kinerja memperoleh nilai 23,40 atau 78 % dari bobot 30. "
    "Keberadaan 5,40 (90 %); Kualitas 7,20 (80 %); Pemanfaatan ! 0,80 (72 Yo). Uraian ..."
)


def test_a_part_whose_nilai_and_persen_were_both_misread() -> None:
    skor = parse_skor(FADED_PART, "A")
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (0.8, None)
    part = part_from_rest(FADED_PART, skor, "A")
    assert part is not None and part.read_as == 0.8
    assert (part.skor.pemanfaatan_nilai, part.skor.pemanfaatan_persen) == (10.8, 72.0)


def test_no_persen_is_taken_that_the_rest_does_not_confirm() -> None:
    text = FADED_PART.replace("(72 Yo)", "(71 Yo)")
    assert part_from_rest(text, parse_skor(text, "A"), "A") is None


def test_the_component_score_as_the_sum_row_of_a_parts_table() -> None:
    # held-out 902: a small table in the HASIL cell, "Jumlah" after the parts
    text = (
        "Hasil penilaian komponen Perencanaan Kinerja: Unsur Nilai Capaian Keberadaan 4,20 "
        "70% Kualitas 5,76 64% Pemanfaatan 8,70 58% Jumlah 18,66 62,2% Catatan: Renstra ..."
    )
    skor = parse_skor(text, "A")
    assert (skor.nilai, skor.persen) == (18.66, 62.2)
    assert (skor.keberadaan_nilai, skor.kualitas_persen, skor.pemanfaatan_nilai) == (
        4.2,
        64.0,
        8.7,
    )


# held-out scan 806 (toner fade): the "1" of "12,09" read as a bar, pemanfaatan's nilai lost
FADED = (
    "Komponen Pelaporan Kinerja memperoleh nilai | 2,09 atau 80,6 % dari bobo! 15. "
    'Keberadaan 2,7() (90 %); Kualitas 3,69 (82 %); Pemanfaatan 5," (76 Yo). Uraian'
)


def test_a_leading_one_read_as_a_bar_is_put_back_when_the_persen_says_so() -> None:
    skor = parse_skor(FADED, "C")
    assert (skor.nilai, skor.persen) == (2.09, 80.6)
    fixed = leading_one(FADED, skor, "C")
    assert fixed is not None and fixed.read_as == "2,09"
    assert fixed.skor.nilai == 12.09  # 80,6% x 15


@pytest.mark.parametrize(
    "text",
    [
        FADED.replace("| 2,09", "2,09"),  # nothing stands where the 1 was
        FADED.replace("80,6 %", "80,0 %"),  # 12,09 is not 80% of 15 either
        FADED.replace("| 2,09 atau 80,6", "| 2,09 atau 13,9"),  # 2,09 is 13,9% of 15
    ],
)
def test_no_leading_one_without_the_mark_and_the_persen(text: str) -> None:
    assert leading_one(text, parse_skor(text, "C"), "C") is None


def test_a_part_with_its_nilai_unreadable_takes_the_rest_its_persen_confirms() -> None:
    text = FADED.replace("| 2,09", "12,09")
    skor = parse_skor(text, "C")
    assert (skor.pemanfaatan_nilai, skor.pemanfaatan_persen) == (None, None)
    part = part_from_rest(text, skor, "C")
    assert part is not None and part.bagian == "pemanfaatan"
    # 12,09 - 2,70 - 3,69 = 5,70 = 76% x 50% x 15
    assert (part.skor.pemanfaatan_nilai, part.skor.pemanfaatan_persen) == (5.7, 76.0)
    other = text.replace("(76 Yo)", "(75 Yo)")
    assert part_from_rest(other, parse_skor(other, "C"), "C") is None


# first contact with held-out 10 and 11: score phrasings the parser did not know
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # 1004: each part as its arithmetic, the component after the parts
            "Keberadaan: 80% × 6,00 = 4,80 Kualitas: 70% × 9,00 = 6,30 Pemanfaatan: 60% × "
            "15,00 = 9,00 Nilai komponen: 20,10 (67%) Uraian: Renstra belum memuat",
            Skor(20.1, 67.0, 4.8, 80.0, 6.3, 70.0, 9.0, 60.0),
        ),
        (  # 1102: the same with "x"
            "Nilai Perencanaan Kinerja : 19,23 (64,1%) Keberadaan : 80% x 6,00 = 4,80 "
            "Kualitas : 62% x 9,00 = 5,58 Pemanfaatan : 59% x 15,00 = 8,85 Permasalahan",
            Skor(19.23, 64.1, 4.8, 80.0, 5.58, 62.0, 8.85, 59.0),
        ),
        (  # 1101: the names listed, then their scores in that order
            "Komponen Perencanaan Kinerja memperoleh nilai 22,92 (76,4%). Sub komponen "
            "keberadaan, kualitas dan pemanfaatan masing-masing memperoleh 5,40 (90%), "
            "7,02 (78%) dan 10,50 (70%). Catatan: indikator",
            Skor(22.92, 76.4, 5.4, 90.0, 7.02, 78.0, 10.5, 70.0),
        ),
        (  # 1106: the names abbreviated
            "PERENCANAAN KINERJA Nilai 20,70 (69%): Keb. 5,10 (85%); Kual. 6,30 (70%); "
            "Pem. 9,30 (62%). Permasalahan: Renstra",
            Skor(20.7, 69.0, 5.1, 85.0, 6.3, 70.0, 9.3, 62.0),
        ),
    ],
)
def test_new_score_phrasings(text: str, expected: Skor) -> None:
    assert parse_skor(text, "A") == expected


def test_arithmetic_that_does_not_hold_is_read_as_written() -> None:
    # 80% of 6,00 is not 4,90: the nilai is not put before a persen it does not match
    text = "Keberadaan: 80% × 6,00 = 4,90 Kualitas: 70% × 9,00 = 6,30"
    assert parse_skor(text, "A").keberadaan_nilai != 4.9


def test_a_list_of_names_with_fewer_scores_is_left_as_written() -> None:
    text = (
        "Sub komponen keberadaan, kualitas dan pemanfaatan masing-masing memperoleh "
        "5,40 (90%) dan 7,02 (78%)."
    )
    skor = parse_skor(text, "A")
    # two scores for three names: which part each belongs to is not told
    assert (skor.keberadaan_nilai, skor.kualitas_nilai) == (None, None)
