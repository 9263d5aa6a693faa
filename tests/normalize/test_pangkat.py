"""split_pangkat: pangkat and golongan of the signatory."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.pangkat import GOLONGAN_PANGKAT, PANGKAT_GOLONGAN, split_pangkat


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document, both pages
        ("Pembina Tk. I (IV/b)", ("Pembina Tk. I", "IV/b")),
        ("Pembina Tk. 1 (IV/b)", ("Pembina Tk. I", "IV/b")),
        ("Pembina Tingkat I, IV/b", ("Pembina Tk. I", "IV/b")),
        ("PEMBINA TK. I / IV.b", ("Pembina Tk. I", "IV/b")),
        ("PENATA TK.I / III.d", ("Penata Tk. I", "III/d")),
        ("Penata Tk I - III/d", ("Penata Tk. I", "III/d")),
        ("Pembina Utama Muda (IV/c)", ("Pembina Utama Muda", "IV/c")),
        ("Pembina Utama Madya, IV/d", ("Pembina Utama Madya", "IV/d")),
        ("Pembina Utama (IV/e)", ("Pembina Utama", "IV/e")),
        ("Penata Muda Tk.I (III/b)", ("Penata Muda Tk. I", "III/b")),
        ("Penata Muda (III/a)", ("Penata Muda", "III/a")),
        ("PENATA (III/c)", ("Penata", "III/c")),
        ("Pembina (IV/a)", ("Pembina", "IV/a")),
        ("Pembina IVb", ("Pembina", "IV/b")),
        # a blank between ruang and letter (held-out 701, 707)
        ("Pembina Tingkat I (IV b)", ("Pembina Tk. I", "IV/b")),
        ("Penata Tingkat I / III d", ("Penata Tk. I", "III/d")),
        ("Pengatur Tk. I (II/d)", ("Pengatur Tk. I", "II/d")),
        ("Pangkat/Gol: Pembina Tk. I / IV.b", ("Pembina Tk. I", "IV/b")),
        # OCR slips
        ("Pembna Tk. I (IV/b)", ("Pembina Tk. I", "IV/b")),
        ("Pembina Utama Mud (IV/c)", ("Pembina Utama Muda", "IV/c")),
        ("Pembina Tk. l (lV/b)", ("Pembina Tk. I", "IV/b")),
        # the golongan spoilt beyond reading (held-out 606's scan): the pangkat before it
        ("Penata Tk. I / NI.d", ("Penata Tk. I", None)),
        ("FREDERIK OHEE, S.Sos., M.AP.", (None, None)),
        # one part missing or impossible: nothing is inferred
        ("Pembina Tk. I", ("Pembina Tk. I", None)),
        ("(IV/b)", (None, "IV/b")),
        ("Pembina Tk. I (IV/f)", ("Pembina Tk. I", None)),
        ("Pembina (IV/b)", ("Pembina", "IV/b")),
        ("CAMAT PARINGIN", (None, None)),
        ("HUDI DARMAWAN, M.I.P", (None, None)),
        ("", (None, None)),
        (None, (None, None)),
    ],
)
def test_split_pangkat(text: str | None, expected: tuple[str | None, str | None]) -> None:
    assert split_pangkat(text) == expected


def test_table_is_complete() -> None:
    assert len(GOLONGAN_PANGKAT) == 17
    assert GOLONGAN_PANGKAT["IV/b"] == "Pembina Tk. I"
    assert PANGKAT_GOLONGAN["Penata Muda Tk. I"] == "III/b"


@pytest.mark.parametrize(("golongan", "pangkat"), sorted(GOLONGAN_PANGKAT.items()))
def test_every_official_pair_splits(golongan: str, pangkat: str) -> None:
    assert split_pangkat(f"{pangkat} ({golongan})") == (pangkat, golongan)
    assert split_pangkat(f"{pangkat.upper()} / {golongan.replace('/', '.')}") == (
        pangkat,
        golongan,
    )


@given(st.text())
def test_never_raises_and_idempotent(text: str) -> None:
    pangkat, golongan = split_pangkat(text)
    assert pangkat is None or pangkat in PANGKAT_GOLONGAN
    assert golongan is None or golongan in GOLONGAN_PANGKAT
    if pangkat is not None:
        assert split_pangkat(pangkat) == (pangkat, None)
    if golongan is not None:
        assert split_pangkat(golongan) == (None, golongan)
