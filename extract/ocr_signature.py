"""The signature block read again where a stamp or a pen stroke crossed it.

Units sign and stamp over the signatory's block: the ring and the pen cross the jabatan,
the name and the pangkat, and Tesseract's sparse reading of the page returns fragments
("Sa 5. ZAINAL H.", "Pe", "ka (IV/b)"). Print is black; a stamp's ink, once lightened
(``extract.ocr_stamp``) or in a greyscale scan, is lighter. The block (the lines above a
NIP line, within its column) is cut out with a threshold between the two and read again
as one block of text; the new words replace the old only when Tesseract is clearly surer
of them, so a faint print the threshold would thin keeps its first reading.
"""

from __future__ import annotations

from collections.abc import Sequence

from extract.layout import Box, TextLine, Word
from extract.ocr_image import Gray
from extract.ocr_nip import NIP_LABEL, read_print
from extract.ocr_words import mean_confidence

# How far above its NIP line a signature block reaches (points): date, jabatan (up to
# three lines), the space for the signature, name, pangkat.
BLOCK_HEIGHT = 150.0
# A line of the block overlaps the NIP line's x-range widened by this (points).
SIDE = 40.0
MARGIN = 2.0
THRESHOLD = 110
BLOCK_PSM = 6
# Confidence points the second reading must gain to replace the first.
MIN_GAIN = 5.0


def _is_nip_line(text: str) -> bool:
    """A NIP line, its label perhaps lost under the stamp: mostly digits, ten or more."""
    if NIP_LABEL.search(text) and sum(ch.isdigit() for ch in text) >= 4:
        return True
    digits = sum(ch.isdigit() for ch in text)
    phone = "+" in text or text.lstrip()[:1] == "0"
    return digits >= 10 and sum(ch.isalpha() for ch in text) <= 3 and not phone


def signature_blocks(lines: Sequence[TextLine], below: float = 0.0) -> list[Box]:
    """The area of each signature block: its NIP line and the lines of its column above;
    only NIP lines lower than ``below`` (the tables' foot: the header block is above)."""
    blocks = []
    for nip in lines:
        if nip.box.top < below or not _is_nip_line(nip.text):
            continue
        column = [
            ln
            for ln in lines
            if ln.box.x1 > nip.box.x0 - SIDE
            and ln.box.x0 < nip.box.x1 + SIDE
            and nip.box.bottom - BLOCK_HEIGHT <= ln.box.top <= nip.box.top
        ]
        blocks.append(
            Box(
                min(ln.box.x0 for ln in column) - MARGIN,
                min(ln.box.top for ln in column) - MARGIN,
                max(ln.box.x1 for ln in column) + MARGIN,
                max(ln.box.bottom for ln in column) + MARGIN,
            )
        )
    return blocks


def _read_block(gray: Gray, block: Box, dpi: int) -> list[Word]:
    px = dpi / 72
    h, w = gray.shape
    x0, y0 = max(0, int(block.x0 * px)), max(0, int(block.top * px))
    x1, y1 = min(w, int(block.x1 * px)), min(h, int(block.bottom * px))
    if x1 - x0 < 8 or y1 - y0 < 8:
        return []
    found = read_print(gray[y0:y1, x0:x1], THRESHOLD, dpi, BLOCK_PSM)
    return [
        Word(
            o.text,
            Box(
                (o.left + x0) / px,
                (o.top + y0) / px,
                (o.left + x0 + o.width) / px,
                (o.top + y0 + o.height) / px,
            ),
            o.conf,
        )
        for o in found
    ]


def reread_signatures(
    words: Sequence[Word], lines: Sequence[TextLine], gray: Gray, dpi: int, below: float = 0.0
) -> list[Word]:
    """``words`` (outside the tables) with each signature block's words read again when
    the second reading is surer (see the module docstring)."""
    out = list(words)
    for block in signature_blocks(lines, below):
        inside = [w for w in out if block.contains_point(w.box.cx, w.box.cy)]
        again = _read_block(gray, block, dpi)
        if again and (mean_confidence(again) or 0.0) >= (mean_confidence(inside) or 0.0) + MIN_GAIN:
            out = [w for w in out if w not in inside] + again
    return out
