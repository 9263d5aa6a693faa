"""Plausibility: periods, deadlines, NIP, pangkat, HP, links."""

from __future__ import annotations

import pytest

from normalize.validasi.wajar import (
    identitas,
    masalah_nip,
    masalah_tautan,
    nomor_hp,
    periode_dan_tenggat,
    tautan,
)
from tests.validasi.rekaman import SEED_RECOMMENDATIONS, document, recommendation

NIP = "198604212004121001"


@pytest.mark.parametrize(
    ("periode", "tahun", "codes"),
    [
        ("Semester II", 2024, []),
        ("Semester I - II", 2024, []),
        ("Triwulan IV", 2024, []),
        ("Desember", 2024, []),
        ("Juni - Desember", 2024, []),
        (None, 2024, []),
        (None, 2023, []),  # the evaluation year itself is a possible deadline
        (None, None, []),
        ("Semester IV", 2024, ["PERIODE_TIDAK_VALID"]),
        ("Semester III", 2024, ["PERIODE_TIDAK_VALID"]),
        ("Triwulan V", 2024, ["PERIODE_TIDAK_VALID"]),
        ("Triwulan IV - II", 2024, ["PERIODE_TIDAK_VALID"]),
        (None, 2022, ["TENGGAT_SEBELUM_TAHUN_EVALUASI"]),
        ("Semester IV", 2014, ["PERIODE_TIDAK_VALID", "TENGGAT_SEBELUM_TAHUN_EVALUASI"]),
    ],
)
def test_periode_dan_tenggat(periode: str | None, tahun: int | None, codes: list[str]) -> None:
    rec = recommendation("A", 1, 2, page=3, waktu_periode=periode, waktu_tahun=tahun)
    warnings = periode_dan_tenggat([rec], 2023)
    assert [w.code for w in warnings] == codes
    assert all(w.recommendation_id == rec.recommendation_id and w.page == 3 for w in warnings)


def test_periode_severity_and_message() -> None:
    (w,) = periode_dan_tenggat(SEED_RECOMMENDATIONS[:1], 2023)
    # info: "Semester IV Tahun 2024" still gives a usable deadline year
    assert w.severity == "info"
    assert w.message == (
        'Periode "Semester IV" pada waktu pelaksanaan rekomendasi A1-1 tidak valid (semester '
        "hanya I-II, triwulan I-IV) (hal. 4); tahun 2024 tetap dipakai sebagai tenggat."
    )


def test_tenggat_is_an_error_and_needs_the_evaluation_year() -> None:
    rec = recommendation(waktu_tahun=2014)
    (w,) = periode_dan_tenggat([rec], 2023)
    assert w.severity == "error"
    assert "(2014) lebih awal dari tahun evaluasi 2023" in w.message
    assert periode_dan_tenggat([rec], None) == []


@pytest.mark.parametrize(
    ("nip", "tahun", "golongan", "problem"),
    [
        # the real document
        (NIP, 2023, "IV/b", None),
        (NIP, None, None, None),
        # a NI PPPK: "21" in the month slot counts contracts
        ("199203152022211001", 2023, None, None),
        # appointed at exactly 18
        ("199001012008011001", 2023, "III/a", None),
        # golongan just within reach: IV/a is two steps above III/c, needs 1 year by end 2024
        ("199001012024011001", 2023, "IV/a", None),
        # entry golongan needs no years at all
        ("199801012024011001", 2023, "III/c", None),
        # format
        ("19860421200412100", 2023, None, "bukan 18 digit angka"),
        ("19860421 200412 1 001", 2023, None, "bukan 18 digit angka"),
        ("1.98604E+17", 2023, None, "bukan 18 digit angka"),
        # impossible dates
        ("198613212004121001", 2023, None, "tanggal lahir 1986-13-21 tidak ada di kalender"),
        ("198602302004121001", 2023, None, "tanggal lahir 1986-02-30 tidak ada"),
        ("198604212004001001", 2023, None, "TMT CPNS 2004-00 tidak mungkin"),
        ("198604212004123001", 2023, None, "digit jenis kelamin 3"),
        ("198604212004121000", 2023, None, "nomor urut 000"),
        # appointed at 17
        ("199001012007121001", 2023, None, "diangkat pada usia di bawah 18 tahun"),
        ("199206152009211001", 2023, None, "diangkat pada usia di bawah 18 tahun"),  # PPPK
        # appointed after the document could be signed (2023 + 1)
        ("198604212026011001", 2023, None, "TMT CPNS 2026 sesudah 2024"),
        # older than any retirement age
        ("194001012004121001", 2023, None, "berusia lebih dari 70 tahun"),
        # IV/b is three steps above III/c: at least 2 years; appointed 2024-01, 1 year by 2024
        ("199001012024011001", 2023, "IV/b", "golongan IV/b butuh sedikitnya 2 tahun"),
        ("199001012023011001", 2023, "IV/e", "golongan IV/e butuh sedikitnya 5 tahun"),
    ],
)
def test_masalah_nip(
    nip: str, tahun: int | None, golongan: str | None, problem: str | None
) -> None:
    problems = masalah_nip(nip, tahun, golongan)
    if problem is None:
        assert problems == []
    else:
        assert any(problem in p for p in problems), problems


@pytest.mark.parametrize(
    ("fields", "codes"),
    [
        ({}, []),
        ({"penandatangan_nip": None}, []),
        ({"penandatangan_nip": "198613212004121001"}, ["NIP_TIDAK_VALID"]),
        # golongan from the pangkat when the golongan was not read
        (
            {"penandatangan_nip": "199001012024011001", "penandatangan_golongan": None},
            ["NIP_TIDAK_VALID"],
        ),
        ({"penandatangan_pangkat": "Pembina"}, ["PANGKAT_TIDAK_SESUAI_GOLONGAN"]),
        ({"penandatangan_golongan": "IV/f"}, ["PANGKAT_TIDAK_SESUAI_GOLONGAN"]),
        ({"penandatangan_pangkat": None}, []),
    ],
)
def test_identitas(fields: dict[str, object], codes: list[str]) -> None:
    warnings = identitas(document(**fields))
    assert [w.code for w in warnings] == codes
    severity = {"NIP_TIDAK_VALID": "error", "PANGKAT_TIDAK_SESUAI_GOLONGAN": "info"}
    assert all(w.severity == severity[w.code] for w in warnings)


def test_nip_message() -> None:
    (w,) = identitas(document(penandatangan_nip="198613212004121001"))
    assert w.message == (
        "NIP penandatangan 198613212004121001 tidak mungkin: tanggal lahir 1986-13-21 tidak "
        "ada di kalender."
    )


@pytest.mark.parametrize(
    ("hp", "tertulis", "flagged", "hint"),
    [
        ("+62811409172", None, False, None),
        ("+6281254123456", None, False, None),
        (None, None, False, None),
        ("+625262028123", None, True, None),  # a landline of Paringin
        ("0811409172", None, True, "+62811409172"),  # not E.164 (an edited CSV)
        ("62811409172", None, True, "+62811409172"),  # a spreadsheet dropped the "+"
        (None, "0526 2028123", True, None),  # written, but not a mobile number
        (None, "  ", False, None),
    ],
)
def test_nomor_hp(hp: str | None, tertulis: str | None, flagged: bool, hint: str | None) -> None:
    warnings = nomor_hp(document(pj_hp=hp), tertulis)
    assert bool(warnings) is flagged
    if flagged:
        assert (warnings[0].code, warnings[0].severity) == ("HP_TIDAK_VALID", "info")
    if hint:
        assert f"mungkin maksudnya {hint}" in warnings[0].message


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing",
         None),
        ("http://balangankab.go.id/sakip", None),
        ("https://drive.google.com:443/drive/folders/1pRgN7cK2wQ8", None),
        ("http://10.1.2.3/berkas.pdf", None),
        ("htps://drive.google.com/file/d/1Xc", 'skema "htps" bukan http/https'),
        ("drive.google.com/file/d/1Xc", 'skema "-" bukan http/https'),
        ("https://drive google.com/file", "berisi spasi"),
        ("https:///file/d/1Xc", "tanpa nama host"),
        ("https://drive/file", 'nama host "drive" tidak sah'),
        ("https://drive..google.com/x", "tidak sah"),
        ("https://drive.google.c0m/x", 'akhiran domain ".c0m" tidak sah'),
        ("https://drive.google.com:99999/x", "tidak dapat diurai"),
    ],
)  # fmt: skip
def test_masalah_tautan(url: str, problem: str | None) -> None:
    found = masalah_tautan(url)
    if problem is None:
        assert found is None
    else:
        assert found is not None and problem in found


def test_tautan_rows() -> None:
    good = recommendation("A", 1, 1, tautan="https://drive.google.com/x")
    bad = recommendation("A", 1, 2, tautan="htps://drive.google.com/x", page=2)
    none = recommendation("A", 1, 3, tautan=None)
    (w,) = tautan([good, bad, none])
    assert (w.code, w.severity, w.recommendation_id, w.page) == (
        "TAUTAN_TIDAK_VALID",
        "info",
        bad.recommendation_id,
        2,
    )
    assert "rekomendasi A1-2" in w.message
