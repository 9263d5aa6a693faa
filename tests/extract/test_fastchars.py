"""The lean character step gives pdfplumber's own words, edges and tables."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from extract.fastchars import use_lean_chars
from extract.textlayer import LATTICE_SETTINGS, WORD_SETTINGS
from tests.conftest import SAMPLES

PDFS = sorted((SAMPLES / "born_digital").glob("*.pdf"))


@pytest.mark.parametrize("pdf_path", PDFS, ids=[p.name for p in PDFS])
def test_lean_chars_read_like_pdfplumber(pdf_path: Path) -> None:
    with pdfplumber.open(pdf_path) as plain, pdfplumber.open(pdf_path) as lean:
        for a, b in zip(plain.pages, lean.pages, strict=True):
            use_lean_chars(b)
            assert a.extract_words(**WORD_SETTINGS) == b.extract_words(**WORD_SETTINGS)
            assert [t.cells for t in a.find_tables(LATTICE_SETTINGS)] == [
                t.cells for t in b.find_tables(LATTICE_SETTINGS)
            ]
            keys = ("text", "x0", "x1", "top", "bottom", "upright", "fontname", "size")
            assert [{k: c[k] for k in keys} for c in a.chars] == [
                {k: c[k] for k in keys} for c in b.chars
            ]
