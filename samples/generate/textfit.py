"""Estimates of wrapped text height, for producers that do not lay text out themselves.

Calc does not grow merged cells to fit their text, so the xlsx writer sizes rows itself.
Arial and Liberation Sans share Helvetica's metrics, which reportlab knows.
"""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

SAFETY = 1.03  # text measured a little wider than it is: rows come out slightly loose


def _font(bold: bool) -> str:
    return "Helvetica-Bold" if bold else "Helvetica"


def wrapped_lines(text: str, width_pt: float, size: float, bold: bool = False) -> int:
    """Number of lines ``text`` takes when wrapped greedily at spaces into ``width_pt``."""
    font = _font(bold)
    space = stringWidth(" ", font, size) * SAFETY
    total = 0
    for paragraph in text.split("\n"):
        lines, used = 1, 0.0
        for word in paragraph.split():
            w = stringWidth(word, font, size) * SAFETY
            while w > width_pt:  # a word longer than the line is broken inside
                if used:
                    lines += 1
                lines += 1
                w -= width_pt
                used = 0.0
            if used and used + space + w > width_pt:
                lines += 1
                used = w
            else:
                used = used + space + w if used else w
        total += lines
    return total


def text_height(text: str, width_pt: float, size: float, bold: bool = False) -> float:
    """Height in points of ``text`` wrapped into ``width_pt`` (no cell padding)."""
    if not text.strip():
        return 0.0
    return wrapped_lines(text, width_pt, size, bold) * size * 1.17
