"""Second readings: weak cell readings (``extract.ocr_retry``) and a NIP read short
under a stamp (``extract.ocr_nip``), a stamped signature block (``extract.ocr_signature``)."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extract.layout import Box, TextLine, Word
from extract.ocr_nip import recheck_nip, reread_nip
from extract.ocr_read import read_page_words
from extract.ocr_retry import coverage, quality, weak
from extract.ocr_signature import reread_signatures, signature_blocks
from extract.ocr_tesseract import OcrWord
from tests.ocr.conftest import DPI, needs_tesseract


def _print(lines: list[str], *, size: tuple[int, int] = (200, 900)) -> np.ndarray:
    img = np.full(size, 255, dtype=np.uint8)
    for i, text in enumerate(lines):
        cv2.putText(img, text, (20, 60 + 60 * i), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    return img


def _word(text: str, left: int, top: int, width: int, height: int, conf: float) -> OcrWord:
    return OcrWord(text, left, top, width, height, conf)


def test_a_reading_that_lost_a_line_is_weak() -> None:
    img = _print(["Merevisi Indikator Kinerja", "SMART"])
    # only the second line was read, at a good confidence
    lost = [_word("SMART", 15, 85, 160, 45, 96.0)]
    whole = [_word("Merevisi Indikator Kinerja", 15, 25, 600, 45, 90.0), *lost]
    assert coverage(img, lost) < 0.6 and weak(img, lost)
    assert coverage(img, whole) > 0.9 and not weak(img, whole)
    assert quality(img, whole) > quality(img, lost)


def test_nonsense_at_low_confidence_is_weak() -> None:
    img = _print(["memperoleh nilai 24,00"])
    nonsense = [_word("memperah", 15, 25, 300, 45, 52.0), _word("1123", 330, 25, 200, 45, 48.0)]
    assert weak(img, nonsense)
    assert not weak(img, [_word("memperoleh nilai 24,00", 15, 25, 520, 45, 91.0)])


@needs_tesseract
def test_nip_under_a_stamp_ring_reads_whole() -> None:
    img = np.full((70, 900), 255, dtype=np.uint8)
    cv2.putText(img, "NIP 19720605 199603 1 001", (20, 50), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 40, 3)
    # a stamp's ring in grey ink across the first digit groups (ink over print: the
    # darker stays)
    ring = np.full_like(img, 255)
    cv2.ellipse(ring, (200, 160), (190, 150), 0, 200, 340, 150, 6, cv2.LINE_AA)
    img = np.minimum(img, ring)
    assert reread_nip(img, DPI) == "NIP. 19720605 199603 1 001"


@pytest.mark.parametrize(
    "text",
    ["NIP.19681025 199403 1 001", "Tanjung, 14 Februari 2025", "Pembina Utama Muda (IV/c)"],
)
def test_lines_without_a_short_nip_are_left_alone(text: str) -> None:
    line = TextLine(text, Box(0, 0, 100, 10))
    # a blank page: any second reading would find nothing, none is asked for
    blank = np.full((100, 500), 255, dtype=np.uint8)
    assert recheck_nip([line], blank, DPI) == (line,)


def _signature_page() -> tuple[np.ndarray, list[TextLine]]:
    """A signature block in black print with a grey stamp ring across it (300 dpi)."""
    img = np.full((700, 1200), 255, dtype=np.uint8)
    texts = ["KEPALA DINAS", "Drs. H. ZAINAL ARIFIN, M.M", "Pembina Tk. I (IV/b)"]
    texts.append("NIP 19720605 199603 1 001")
    lines = []
    for i, text in enumerate(texts):
        y = 200 + 90 * i
        cv2.putText(img, text, (300, y), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 30, 3)
        # boxes in points (72 / 300)
        lines.append(TextLine(text, Box(300 * 0.24, (y - 35) * 0.24, 900 * 0.24, (y + 8) * 0.24)))
    ring = np.full_like(img, 255)
    cv2.ellipse(ring, (520, 330), (260, 200), 0, 0, 360, 150, 9, cv2.LINE_AA)
    return np.minimum(img, ring), lines


def test_signature_block_is_found_above_its_nip_line() -> None:
    _, lines = _signature_page()
    (block,) = signature_blocks(lines)
    assert block.top <= lines[0].box.top and block.bottom >= lines[-1].box.bottom
    # a table's foot below the NIP line: this is no signature block (the header block)
    assert signature_blocks(lines, below=lines[-1].box.bottom + 10) == []


@needs_tesseract
def test_stamped_signature_block_read_again() -> None:
    img, lines = _signature_page()
    # what the first, sparse reading made of it: fragments at low confidence
    garbled = [Word("Sa", Box(75, 85, 90, 95), 40.0), Word("Pe", Box(75, 100, 85, 110), 35.0)]
    words = reread_signatures(garbled, lines, img, DPI)
    text = " ".join(w.text for w in words)
    assert "ZAINAL" in text and "19720605" in text, text
    assert not set(garbled) & set(words)


@needs_tesseract
def test_a_page_without_ruled_tables_keeps_no_engine_lines() -> None:
    # read as sparse text, a header row's labels are one Tesseract "line" each; lines must
    # then go by position, or a table ruled with horizontal lines only loses its header
    img = np.full((300, 1800), 255, dtype=np.uint8)
    for x, label in ((40, "NO"), (200, "REKOMENDASI"), (700, "RENCANA AKSI"), (1300, "TARGET")):
        cv2.putText(img, label, (x, 150), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 0, 3)
    words = read_page_words(img, 255 - img, [], DPI)
    assert {w.text for w in words} >= {"NO", "REKOMENDASI", "TARGET"}
    assert all(w.line == 0 for w in words)
