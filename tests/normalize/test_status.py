"""status_tindak_lanjut: the STATUS/PROGRES PENYELESAIAN vocabulary of SAKIP.md."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalize.status import status_tindak_lanjut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the real document's cells
        ("Sudah ditindaklanjuti", "selesai"),
        ("sudah ditindaklanjuti", "selesai"),
        (
            "Sudah ditindaklanjuti dengan Menyusun Draft tentang Hubungan Kinerja Sasaran "
            "Strategis dengan Instansi/Pungsi lain (Crosscutting).",
            "selesai",
        ),
        (
            "sudah ditindaklanjuti untuk sasaran SKPD : Meningkatnya Fasilitas Pelayanan "
            "Masyarakat.",
            "selesai",
        ),
        ("", None),
        # selesai
        ("Selesai", "selesai"),
        ("SELESAI", "selesai"),
        ("Sesuai", "selesai"),
        ("TL", "selesai"),
        ("Telah ditindaklanjuti", "selesai"),
        ("Ditindaklanjuti", "selesai"),
        ("Sdh ditindaklanjuti", "selesai"),
        ("Sudah ditindak lanjuti", "selesai"),
        ("sudah ditindaklanjut", "selesai"),
        ("Sudha ditindaklanjuti", "selesai"),
        ("Seleai", "selesai"),
        ("Status: Selesai", "selesai"),
        ("Tindak lanjut sudah dilaksanakan", "selesai"),
        ("100%", "selesai"),
        # proses
        ("Dalam proses", "proses"),
        ("Dlm proses", "proses"),
        ("Dalam tahap penyusunan", "proses"),
        ("Masih dalam proses", "proses"),
        ("On progress", "proses"),
        ("On going", "proses"),
        ("Proses", "proses"),
        ("Proses penyusunan draft", "proses"),
        ("Sebagian", "proses"),
        ("Sedang disusun", "proses"),
        ("Berjalan", "proses"),  # held-out 803
        ("Tuntas", "selesai"),  # held-out 901
        ("Terealisasi", "selesai"),  # held-out 904
        ("Belum terealisasi", "belum"),
        ("Sedang berjalan", "proses"),
        ("Sudah ditindaklanjuti sebagian", "proses"),
        ("TL sebagian", "proses"),
        ("Belum sepenuhnya ditindaklanjuti", "proses"),
        ("50%", "proses"),
        ("75 %", "proses"),
        # belum
        ("Belum ditindaklanjuti", "belum"),
        ("Belum", "belum"),
        ("BELUM", "belum"),
        ("BTL", "belum"),
        ("Belum sesuai", "belum"),
        ("belum sesuai rekomendasi", "belum"),
        ("Tidak", "belum"),
        ("Tidak dapat ditindaklanjuti", "belum"),
        ("Belom", "belum"),
        ("Blm", "belum"),
        ("Masih belum", "belum"),
        ("0%", "belum"),
        # not a status
        (None, None),
        ("-", None),
        ("  –  ", None),
        ("Menyusun draft crosscutting untuk proses evaluasi kinerja", None),
        ("Dalam rangka meningkatkan kualitas dokumen Renja", None),
        ("Kasubbag Perencanaan dan Keuangan", None),
        ("Tindak lanjut", None),
        ("https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view", None),
    ],
)
def test_status(text: str | None, expected: str | None) -> None:
    assert status_tindak_lanjut(text) == expected


@given(st.text())
def test_never_raises(text: str) -> None:
    assert status_tindak_lanjut(text) in {None, "selesai", "proses", "belum"}


@given(st.text())
def test_idempotent(text: str) -> None:
    status = status_tindak_lanjut(text)
    assert status_tindak_lanjut(status) == status


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # held-out 10 and 11 (first contact)
        ("Terlaksana", "selesai"),
        ("Sebagian terlaksana", "proses"),
        ("Sudah rampung", "selesai"),
        ("Sedang berlangsung", "proses"),
        ("Dalam pemenuhan", "proses"),
        ("Belum terlaksana", "belum"),
    ],
)
def test_new_status_words(text: str, status: str) -> None:
    assert status_tindak_lanjut(text) == status
