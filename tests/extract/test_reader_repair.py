"""A PDF whose cross-reference offsets are wrong is read through a copy pdfium rewrites."""

from __future__ import annotations

import json
from pathlib import Path

import pdfplumber
from reportlab.pdfgen import canvas

from pipeline.process import process_file

SAMPLE = "003_reportlab_paringin_2023"


def _shifted(root: Path, tmp_path: Path) -> Path:
    """The sample with its info dates' blanks removed and the xref left as it was: every
    object after the info dictionary is then two bytes off (what an in-place metadata edit
    did to the third held-out set's reportlab files)."""
    data = (root / "samples" / "born_digital" / f"{SAMPLE}.pdf").read_bytes()
    broken = data.replace(b"/CreationDate (", b"/CreationDate(")
    broken = broken.replace(b"/ModDate (", b"/ModDate(")
    assert len(broken) == len(data) - 2
    out = tmp_path / "shifted.pdf"
    out.write_bytes(broken)
    return out


def test_shifted_xref_is_read_like_the_original(root: Path, tmp_path: Path) -> None:
    path = _shifted(root, tmp_path)
    with pdfplumber.open(path) as pdf:
        # the precondition: pdfminer alone sees nothing on any page
        assert all(not page.chars for page in pdf.pages)
    expected = json.loads((root / "samples" / "expected" / f"{SAMPLE}.json").read_text())
    result = process_file(path, path.name)
    assert result.document.status != "failed"
    assert len(result.recommendations) == len(expected["recommendations"])
    assert [f.nilai for f in result.findings] == [f["nilai"] for f in expected["findings"]]
    assert "PDF_DIPERBAIKI" in {w.code for w in result.warnings}


def test_a_truly_blank_pdf_still_fails_with_its_reason(tmp_path: Path) -> None:
    path = tmp_path / "blank.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.showPage()
    pdf.save()
    result = process_file(path, path.name)
    assert result.document.status == "failed"
    assert "REKOMENDASI" in (result.document.error or "")
