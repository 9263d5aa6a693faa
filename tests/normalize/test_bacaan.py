"""Two OCR readings of one HASIL EVALUASI (``normalize.bacaan`` and its use in records)."""

from __future__ import annotations

from normalize.bacaan import combine, confirmed_pairs, same_text
from normalize.baris import DraftFinding, Pass, Walk
from normalize.blok import Blok
from normalize.gabung import merge_passes
from normalize.kolom import score_header
from normalize.rekam import build_records
from normalize.skor import Skor

# held-out scan 102, komponen B: the first copy lost the pemanfaatan line, the second
# read keberadaan's 80% as 90% and lost kualitas
FIRST = (
    "Pengukuran Kinerja memperoleh nilai 18,30 atau 61%, dengan rincian sebagai berikut "
    "a. Keberadaan Pengukuran Kinerja memperoleh nilai 4,80 atau 80% data kinerja belum "
    "Gretapkan secara formal. b. Kuaktas Pengukuran Kinerja memperoleh nilai 4,50 atau 50% "
    "yaitu Data kinerja telah dikumpulkan menggunakan aplikasi SAKIP, Pengukuran kinerja "
    "individu belum selaras dengan Pemanfaatan Kinta A00. AP yatu Hasi pengukuran kinerja"
)
SECOND = (
    "Pengukuran Kinerja memperoleh nilai 18,30 atau 61%, dengan rincian sebagai berikut: "
    "a Keberadaan Pengukuran Kinerja memperoleh nilai 4,80 atau 90% yatu Pedoman pengukuran "
    "kinerja telah tersedia, Mekarisme pengumpulan kinerja belum Gtetapkan secara formal, "
    "b. Kualitas Pengukuran ja ie SAKIP, Pengukuran kinerja individu belum selaras dengan "
    "kinerja organisasi. c. Pemanfaatan Pengukuran Kinerja memperoleh nilai 9,00 atau 60% "
    "yaitu Hasil pengukuran kinerja belum digunakan"
)
OTHER_FINDING = (
    "Pelaporan Kinerja memperoleh nilai 9,30 atau 62%, dengan rincian sebagai berikut a "
    "Keberadaan Pelaporan Kinerja memperoleh nilai 2,55 atau 85% yaitu LKjIP telah "
    "disampaikan tepat waktu"
)


def test_copies_of_one_text_are_the_same_text_and_other_findings_are_not() -> None:
    assert same_text(FIRST, SECOND)
    assert not same_text(FIRST, OTHER_FINDING)


def test_each_pair_comes_from_the_reading_the_arithmetic_confirms() -> None:
    first = Skor(18.3, 61.0, 4.8, 80.0, 4.5, 50.0, None, None)
    second = Skor(18.3, 61.0, 4.8, 90.0, None, None, 9.0, 60.0)
    # B weighs 30: keberadaan 20% of it (6,00), kualitas 30% (9,00), pemanfaatan 50% (15,00)
    assert confirmed_pairs(first, "B") == 3
    assert confirmed_pairs(second, "B") == 2
    assert combine([second, first], "B") == Skor(18.3, 61.0, 4.8, 80.0, 4.5, 50.0, 9.0, 60.0)


def test_an_unconfirmed_pair_is_taken_whole_before_a_half_one() -> None:
    whole = Skor(keberadaan_nilai=4.8, keberadaan_persen=90.0)
    half = Skor(keberadaan_nilai=4.8)
    assert combine([half, whole], "B").keberadaan_persen == 90.0
    assert combine([half, Skor()], "B").keberadaan_nilai == 4.8


def _draft(hasil: str, ocr: bool) -> DraftFinding:
    return DraftFinding("B", "Pengukuran Kinerja", 1, 2, [hasil], ocr=ocr)


def _records(*drafts: DraftFinding) -> tuple[list[object], list[str]]:
    walk = Walk(passes=[Pass("monitoring", findings=list(drafts), komponen_order=["B"])])
    records = build_records("doc", walk, merge_passes(walk), Blok())
    return records.findings, [w.code for w in records.warnings]


def test_ocr_copies_in_one_table_give_one_finding_with_every_score() -> None:
    findings, codes = _records(_draft(FIRST, True), _draft(SECOND, True))
    assert len(findings) == 1
    f = findings[0]
    assert (f.keberadaan_persen, f.kualitas_nilai, f.pemanfaatan_nilai) == (80.0, 4.5, 9.0)
    assert "KOMPONEN_GANDA" not in codes


def test_text_layer_copies_that_differ_are_still_reported() -> None:
    # a text layer is the unit's own text: two different HASIL under one number is a fault
    findings, codes = _records(_draft(FIRST, False), _draft(SECOND, False))
    assert len(findings) == 1 and findings[0].pemanfaatan_nilai is None
    assert "KOMPONEN_GANDA" in codes


def test_an_ocr_copy_of_another_text_is_reported() -> None:
    findings, codes = _records(_draft(FIRST, True), _draft(OTHER_FINDING, True))
    assert len(findings) == 1 and findings[0].nilai == 18.3
    assert "KOMPONEN_GANDA" in codes


SLIPPED_TOTAL = (
    "Komponen Pengukuran Kinerja mendapatkan nilai 23,08 (83,696) dengan rincian: Keberadaan "
    "5,52 (92%); Kualitas 7,56 (844), Pemanfaatan 12,00 (809e)."
)


def _records_full(draft: DraftFinding) -> tuple[list[object], list[object]]:
    walk = Walk(passes=[Pass("monitoring", findings=[draft], komponen_order=["B"])])
    records = build_records("doc", walk, merge_passes(walk), Blok())
    return records.findings, records.warnings


def test_ocr_component_score_put_right_from_its_parts_is_reported() -> None:
    findings, warnings = _records_full(_draft(SLIPPED_TOTAL, True))
    assert (findings[0].nilai, findings[0].persen) == (25.08, 83.6)
    [note] = [w for w in warnings if w.code == "SKOR_OCR_DARI_BAGIAN"]
    assert note.severity == "info" and "23,08" in note.message and "25,08" in note.message


def test_a_text_layer_score_is_kept_as_written() -> None:
    # on a text layer "23,08" is what the unit wrote: the validator reports it instead
    findings, warnings = _records_full(_draft(SLIPPED_TOTAL, False))
    assert findings[0].nilai == 23.08
    assert not [w for w in warnings if w.code == "SKOR_OCR_DARI_BAGIAN"]


def test_an_ocr_part_nilai_computed_from_the_rest_is_reported() -> None:
    text = (
        "Nilai komponen Pengukuran Kinerja: 18,24 (60,8%) - Keberadaan: 4,56 (76%) - "
        "Kualitas: (62%) - Pemanfaatan: 8,10 (54%)"
    )
    findings, warnings = _records_full(_draft(text, True))
    assert findings[0].kualitas_nilai == 5.58
    [note] = [w for w in warnings if w.code == "SKOR_BAGIAN_OCR_DIHITUNG"]
    assert note.severity == "info" and "kualitas" in note.message and "5,58" in note.message
    # on a text layer the unit's own omission stays an omission
    findings, warnings = _records_full(_draft(text, False))
    assert findings[0].kualitas_nilai is None


def test_scores_in_a_nilai_column_beside_the_hasil() -> None:
    # held-out 702, 707: NO | HASIL EVALUASI | NILAI | REKOMENDASI | RENCANA AKSI
    hasil = "Hasil evaluasi komponen Pengukuran Kinerja masih menunjukkan kelemahan"
    nilai = "21,48 (71,6%) Keberadaan 5,40 (90%) Kualitas 6,48 (72%) Pemanfaatan 9,60 (64%)"
    draft = DraftFinding("B", "Pengukuran Kinerja", 1, 2, [hasil], nilai=[nilai])
    findings, _ = _records_full(draft)
    f = findings[0]
    assert (f.nilai, f.persen, f.pemanfaatan_nilai) == (21.48, 71.6, 9.6)
    assert f.hasil_evaluasi == hasil  # the HASIL text as written, without the scores


def test_a_nilai_header_names_the_nilai_column() -> None:
    assert score_header("NILAI")[0] == "nilai"
    assert score_header("SKOR")[0] == "nilai"
    assert score_header("HASIL EVALUASI INSPEKTORAT")[0] == "hasil_evaluasi"
    # body text that begins with "Nilai" names no column (held-out scan 406's D row)
    assert score_header("Nilai komponen Evaluasi Akuntabilitas Kinerja Internal")[0] is None
