"""rencana_aksi_salinan: the plan only restates the recommendation."""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from normalize.validasi.salinan import SALINAN_CUTOFF, inti, is_salinan, tandai_salinan
from tests.validasi.rekaman import SEED_RECOMMENDATIONS, recommendation

CROSSCUTTING = "Agar Membuat diagram Crosscutting"
LAPORAN = "Agar Membuat laporan pengukuran kinerja triwulan di Internal SKPD"
TINDAK_LANJUT = "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Agar Membuat diagram Crosscutting", "membuat diagram crosscutting"),
        ("2. Agar Membuat diagram Crosscutting.", "membuat diagram crosscutting"),
        ("Agar kedepannya Dokumen LKjIP Memberikan", "dokumen lkjip memberikan"),
        ("Agar  ke depan, menyusun SOP", "menyusun sop"),
        ("kedepannya melibatkan pimpinan", "melibatkan pimpinan"),
        ("Diharapkan agar menyusun SOP", "menyusun sop"),
        ("Membuat jadwal / dokumentasi ... triwulan)", "membuat jadwal dokumentasi triwulan"),
        # "Agar" inside the text stays
        ("Menyusun SOP agar data valid", "menyusun sop agar data valid"),
    ],
)
def test_inti(text: str, expected: str) -> None:
    assert inti(text) == expected


@pytest.mark.parametrize(
    ("rekomendasi", "rencana_aksi", "expected"),
    [
        # every plan of the real document restates its recommendation
        *[(r.rekomendasi, r.rencana_aksi, True) for r in SEED_RECOMMENDATIONS],
        # restated with a verb swapped, shortened, or a word of timing added (84-89)
        (CROSSCUTTING, "Menyusun diagram Crosscutting", True),
        (TINDAK_LANJUT, "Menindaklanjuti rekomendasi LHE SAKIP tahun sebelumnya", True),
        (LAPORAN, "Membuat laporan pengukuran kinerja triwulan di Internal SKPD setiap akhir "
         "triwulan", True),
        (LAPORAN, "Menyusun laporan pengukuran kinerja triwulanan internal SKPD", True),
        # plans that say how, with whom, by when (30-67)
        (CROSSCUTTING, "Menyusun diagram crosscutting bersama Bappeda dan menetapkannya dengan "
         "SK Camat", False),
        (CROSSCUTTING, "Berkoordinasi dengan Bappeda untuk memetakan program lintas sektor",
         False),
        (LAPORAN, "Menyusun jadwal pengukuran kinerja triwulanan, menugaskan Kasubbag "
         "Perencanaan mengumpulkan data dan melaporkannya kepada Camat", False),
        (TINDAK_LANJUT, "Membentuk tim tindak lanjut LHE SAKIP dan memantau progres setiap "
         "bulan", False),
        # nothing to compare
        (CROSSCUTTING, None, None),
        (CROSSCUTTING, " - ", None),
        ("", "Membuat diagram Crosscutting", None),
    ],
)  # fmt: skip
def test_is_salinan(rekomendasi: str, rencana_aksi: str | None, expected: bool | None) -> None:
    assert is_salinan(rekomendasi, rencana_aksi) is expected


def test_scorer_and_cutoff_are_parameters() -> None:
    pair = (CROSSCUTTING, "Menyusun diagram crosscutting bersama Bappeda")
    assert is_salinan(*pair) is False
    assert is_salinan(*pair, scorer=fuzz.token_set_ratio) is True
    assert is_salinan(CROSSCUTTING, "Menyusun diagram Crosscutting", cutoff=90) is False
    assert SALINAN_CUTOFF == 80


def test_tandai_salinan_sets_the_column_only() -> None:
    recs = [recommendation(), recommendation(no=2, rencana_aksi="Rapat koordinasi lintas OPD")]
    marked = tandai_salinan(recs)
    assert [r.rencana_aksi_salinan for r in marked] == [True, False]
    assert [r.model_dump(exclude={"rencana_aksi_salinan"}) for r in marked] == [
        r.model_dump(exclude={"rencana_aksi_salinan"}) for r in recs
    ]
