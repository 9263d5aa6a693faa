"""Names with degrees: OCR's punctuation slips put right, typed names left alone."""

from __future__ import annotations

import pytest

from normalize.nama import rapikan_nama


@pytest.mark.parametrize(
    ("read", "meant"),
    [
        # held-out scans 102, 202, 203, 204 as Tesseract read their signatories
        ("RAHMAT HIDAYAT, S,STP... M.Si", "RAHMAT HIDAYAT, S.STP., M.Si"),
        ("H. MUHAMMAD ARIF BUDIMAN. S.E.. M.M", "H. MUHAMMAD ARIF BUDIMAN, S.E., M.M"),
        ("Drs. AHMAD FAHRIANSYAH. M.AP", "Drs. AHMAD FAHRIANSYAH, M.AP"),
        ("MUHAMMAD RIDHA ANSHARI, S.STP.. M.Si", "MUHAMMAD RIDHA ANSHARI, S.STP., M.Si"),
        ("AKHMAD JUHRAN, S,AP", "AKHMAD JUHRAN, S.AP"),
    ],
)
def test_ocr_slips(read: str, meant: str) -> None:
    assert rapikan_nama(read) == meant


@pytest.mark.parametrize(
    "typed",
    [
        "H. MUHAMMAD RIDWAN, S.KM., M.Kes",
        "MUH. RIZKY ANSHARI, S.Kom",
        "dr. RAHMI HIDAYATI, M.Kes",
        "Ir. H. SYAHRIAL ANWAR, M.T.",
        "SYARIFUDDIN NOOR, S.STP, M.M.",
        "HUDI DARMAWAN, M.I.P",
    ],
)
def test_typed_names_unchanged(typed: str) -> None:
    assert rapikan_nama(typed) == typed
