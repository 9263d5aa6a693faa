"""Score arithmetic: nilai = persen x bobot, the parts, the total, the framework."""

from __future__ import annotations

from typing import Any

import pytest

from normalize.validasi.skor import cocok, kerangka_of, periksa_skor, total
from schemas import Finding
from tests.validasi.rekaman import DOC_ID, SEED_FINDINGS, finding

A_SEED: dict[str, Any] = {
    "nilai": 21.60,
    "persen": 72.0,
    "keberadaan_nilai": 4.80,
    "keberadaan_persen": 80.0,
    "kualitas_nilai": 6.30,
    "kualitas_persen": 70.0,
}


def _codes(warnings: list[Any]) -> list[str]:
    return [w.code for w in warnings]


@pytest.mark.parametrize(
    ("kode", "fields", "konsisten"),
    [
        # the real document's findings, pemanfaatan cut off
        *[(f.komponen_kode, f.model_dump(include=set(A_SEED)), True) for f in SEED_FINDINGS],
        # all three parts read: 4,80 + 6,30 + 10,50 = 21,60
        ("A", {**A_SEED, "pemanfaatan_nilai": 10.50, "pemanfaatan_persen": 70.0}, True),
        # 73% of C: 2,19 + 3,29 + 5,48 = 10,96 against 10,95, within the sum's 0,02
        (
            "C",
            {
                "nilai": 10.95,
                "persen": 73.0,
                "keberadaan_nilai": 2.19,
                "keberadaan_persen": 73.0,
                "kualitas_nilai": 3.29,
                "kualitas_persen": 73.0,
                "pemanfaatan_nilai": 5.48,
                "pemanfaatan_persen": 73.0,
            },
            True,
        ),
        # a whole persen is a rounding: 21,70 is 72,33% of 30
        ("A", {"nilai": 21.70, "persen": 72.0}, True),
        # only the component pair
        ("D", {"nilai": 18.75, "persen": 75.0}, True),
        # wrong nilai for 72% of 30
        ("A", {**A_SEED, "nilai": 22.60}, False),
        # wrong keberadaan: 4,80 is 80% of 6, not 70%
        ("A", {**A_SEED, "keberadaan_persen": 70.0}, False),
        # parts add up to 22,60, not 21,60
        ("A", {**A_SEED, "pemanfaatan_nilai": 11.50}, False),
        # keberadaan + kualitas leave -1,10 for pemanfaatan
        ("A", {**A_SEED, "nilai": 10.00, "persen": None}, False),
        # what they leave (10,50) is not the stated pemanfaatan 60% of 15 (9,00)
        ("A", {**A_SEED, "pemanfaatan_persen": 60.0}, False),
        # impossible percentages and nilai above the weight
        ("A", {"nilai": 36.0, "persen": 120.0}, False),
        ("C", {"nilai": 16.00}, False),
        # too little to tell
        ("A", {"nilai": 21.60}, None),
        ("A", {}, None),
    ],
)
def test_skor_konsisten(kode: str, fields: dict[str, Any], konsisten: bool | None) -> None:
    checked, warnings = periksa_skor([finding(kode, **fields)], "2021")
    assert checked[0].skor_konsisten is konsisten
    assert ("SKOR_TIDAK_KONSISTEN" in _codes(warnings)) is (konsisten is False)


def test_inconsistency_message_names_komponen_page_and_numbers() -> None:
    _, warnings = periksa_skor([finding("A", page=3, **{**A_SEED, "nilai": 22.60})], "2021")
    (w,) = [w for w in warnings if w.code == "SKOR_TIDAK_KONSISTEN"]
    assert w.severity == "error"
    assert w.page == 3
    assert "komponen A (Perencanaan Kinerja)" in w.message
    assert "22,60 ≠ 72% × 30,00 = 21,60" in w.message
    assert "hal. 3" in w.message


@pytest.mark.parametrize(
    ("fields", "noted"),
    [
        (A_SEED, True),  # nilai, keberadaan and kualitas read, pemanfaatan not
        ({**A_SEED, "pemanfaatan_nilai": 10.50}, False),  # read
        ({**A_SEED, "keberadaan_nilai": None}, False),  # cannot be derived
        ({**A_SEED, "nilai": None}, False),
    ],
)
def test_pemanfaatan_tidak_terbaca(fields: dict[str, Any], noted: bool) -> None:
    checked, warnings = periksa_skor([finding("A", **fields)], "2021")
    notes = [w for w in warnings if w.code == "PEMANFAATAN_TIDAK_TERBACA"]
    assert bool(notes) is noted
    # the derived value is only in the message, never in the columns
    assert checked[0].pemanfaatan_nilai == fields.get("pemanfaatan_nilai")
    if noted:
        assert notes[0].severity == "info"
        assert "= 10,50 (70% dari bobot 15,00)" in notes[0].message
        assert "tetap kosong" in notes[0].message


WITHOUT_C = [f for f in SEED_FINDINGS if f.komponen_kode != "C"]
C_UNREAD = [
    f.model_copy(update={"nilai": None}) if f.komponen_kode == "C" else f for f in SEED_FINDINGS
]


def test_pemanfaatan_that_cannot_be_derived() -> None:
    _, warnings = periksa_skor([finding("A", **{**A_SEED, "nilai": 10.0, "persen": None})], "2021")
    assert [w.code for w in warnings] == ["SKOR_TIDAK_KONSISTEN", "PEMANFAATAN_TIDAK_TERBACA"]
    assert "tidak dapat dihitung" in warnings[1].message


def test_total_and_predikat_of_the_real_document() -> None:
    assert total(DOC_ID, SEED_FINDINGS, "2021") == (72.75, "BB", [])


@pytest.mark.parametrize(
    ("findings", "kerangka", "missing"),
    [
        (WITHOUT_C, "2021", "C (Pelaporan Kinerja) tidak ada"),
        (C_UNREAD, "2021", "C (Pelaporan Kinerja) nilainya tidak terbaca"),
        (SEED_FINDINGS, "2015", "E (Capaian Kinerja) tidak ada"),
        ([], "2021", "A (Perencanaan Kinerja) tidak ada"),
    ],
)  # fmt: skip
def test_total_tidak_lengkap(findings: list[Finding], kerangka: Any, missing: str) -> None:
    value, label, warnings = total(DOC_ID, findings, kerangka)
    assert (value, label) == (None, None)
    (w,) = warnings
    assert (w.code, w.severity) == ("TOTAL_TIDAK_LENGKAP", "info")
    assert missing in w.message


def test_the_later_finding_of_a_komponen_does_not_replace_its_score() -> None:
    second = finding("A", finding_no=2, nilai=None)
    assert total(DOC_ID, [*SEED_FINDINGS, second], "2021")[0] == 72.75


# PermenPANRB 12/2015: A 30, B 25, C 15, D 10, E 20
FINDINGS_2015 = [
    finding("A", nilai=21.60, persen=72.0),
    finding("B", nilai=18.00, persen=72.0),
    finding("C", nilai=10.80, persen=72.0),
    finding("D", nilai=7.20, persen=72.0),
    finding("E", komponen="Capaian Kinerja", nilai=14.40, persen=72.0),
]


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        (SEED_FINDINGS, "2021"),
        (FINDINGS_2015, "2015"),
        # recognised by the weights of B and D even without component E
        (FINDINGS_2015[:4], "2015"),
        (FINDINGS_2015[3:4], "2015"),
        ([finding("D", komponen="Evaluasi Internal")], "2015"),
        # one B that fits neither weight is a 2021 inconsistency, not a 2015 document
        ([finding("B", nilai=19.00, persen=72.0)], "2021"),
        # 2021 B beside a 2015-looking D: mixed evidence stays 2021
        ([SEED_FINDINGS[1], FINDINGS_2015[3]], "2021"),
        ([], "2021"),
    ],
)
def test_kerangka(findings: list[Finding], expected: str) -> None:
    assert kerangka_of(findings) == expected


def test_2015_document_is_checked_against_its_own_weights() -> None:
    checked, warnings = periksa_skor(FINDINGS_2015, kerangka_of(FINDINGS_2015))
    assert [f.skor_konsisten for f in checked] == [True] * 5
    assert warnings == []
    assert total(DOC_ID, checked, "2015") == (72.0, "BB", [])
    # the same scores read as 2021 would be flagged
    _, as_2021 = periksa_skor(FINDINGS_2015[:4], "2021")
    assert _codes(as_2021) == ["SKOR_TIDAK_KONSISTEN", "SKOR_TIDAK_KONSISTEN"]


@pytest.mark.parametrize(
    ("nilai", "persen", "bobot", "expected"),
    [
        (21.60, 72.0, 30, True),
        (3.15, 70.0, 4.5, True),  # 0.7 * 4.5 = 3.1500000000000004
        (21.61, 72.0, 30, True),  # within 0,01
        (21.70, 72.0, 30, True),  # 72,33% written 72%
        (21.80, 72.0, 30, False),  # 72,67% would be written 73%
        (21.70, 72.5, 30, False),  # a persen with decimals is not a rounding to whole
        (22.60, 72.0, 30, False),
    ],
)
def test_cocok(nilai: float, persen: float, bobot: float, expected: bool) -> None:
    assert cocok(nilai, persen, bobot) is expected
