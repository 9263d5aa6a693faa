"""A second look at a signatory's NIP line that came back short of its 18 digits.

A stamp's ring or a pen stroke across ``NIP 19720605 199603 1 001`` leaves grey strokes
over black print; Tesseract then reads "9720605 603 1 001". The print is darker than
what crosses it, so the line's band, cut with a threshold below the stamp's grey, reads
whole. A reading is taken only when it holds the NIP's shape (8, 6, 1 and 3 digits);
anything else leaves the line as it was.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from extract.layout import TextLine
from extract.ocr_image import Gray
from extract.ocr_tesseract import OcrWord, run_tesseract

NIP_LABEL = re.compile(r"\bN\s*[I1l|]\s*[PF]\b", re.IGNORECASE)
NIP_SHAPE = re.compile(r"(?<!\d)(\d{8})\s*(\d{6})\s*(\d)\s*(\d{3})(?!\d)")
# Lines with at least this many digits and no NIP's shape may be a NIP read short.
MIN_DIGITS = 10
# Grey levels (0-255) below which the band's pixels are print; darkest first.
THRESHOLDS = (110, 90, 135)
# Margins of the band around the line's box (points): the lost digits may lie outside it.
MARGIN_X, MARGIN_Y = 60.0, 3.0
LINE_PSM = 7


def _short_nip(text: str) -> bool:
    digits = sum(ch.isdigit() for ch in text)
    return NIP_SHAPE.search(text) is None and (
        (NIP_LABEL.search(text) is not None and digits >= 4) or digits >= MIN_DIGITS
    )


def _band(gray: Gray, line: TextLine, dpi: int) -> Gray:
    px = dpi / 72
    h, w = gray.shape
    x0, x1 = max(0, int((line.box.x0 - MARGIN_X) * px)), min(w, int((line.box.x1 + MARGIN_X) * px))
    y0 = max(0, int((line.box.top - MARGIN_Y) * px))
    y1 = min(h, int((line.box.bottom + MARGIN_Y) * px))
    return gray[y0:y1, x0:x1]


# White margin (pixels) around a band given to Tesseract.
PAD = 12


def read_print(band: Gray, threshold: int, dpi: int, psm: int) -> list[OcrWord]:
    """Tesseract's words of ``band`` cut to its print: darker than ``threshold`` is ink,
    the rest (a stamp's lighter ink, paper) white. Word boxes are in ``band``'s pixels."""
    binary = np.where(band < threshold, 0, 255).astype(np.uint8)
    found = run_tesseract(np.pad(binary, PAD, constant_values=255), dpi, psm=psm)
    return [replace(w, left=w.left - PAD, top=w.top - PAD) for w in found]


def reread_nip(band: Gray, dpi: int) -> str | None:
    """``NIP <digits>`` from a line's band when one threshold gives the NIP's shape."""
    if band.size == 0:
        return None
    for threshold in THRESHOLDS:
        found = read_print(band, threshold, dpi, LINE_PSM)
        text = " ".join(w.text for w in found)
        m = NIP_SHAPE.search(text)
        if m is not None:
            return "NIP. " + " ".join(m.groups())
    return None


def recheck_nip(lines: Sequence[TextLine], gray: Gray, dpi: int) -> tuple[TextLine, ...]:
    """``lines`` with a NIP read short replaced by its second reading, when it has one."""
    out = []
    for line in lines:
        if _short_nip(line.text) and (nip := reread_nip(_band(gray, line, dpi), dpi)):
            line = replace(line, text=nip)
        out.append(line)
    return tuple(out)
