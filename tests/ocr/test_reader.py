"""Which pages are read by OCR, and what happens without Tesseract."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pypdfium2 as pdfium
import pytest

import extract.ocr_tesseract as tess
from extract.errors import UnreadablePdf
from extract.reader import PageText, measure, page_kind, read_document, wordlike_share
from extract.textlayer import read_page
from pipeline.process import process_file
from tests.conftest import SAMPLES, manifest
from tests.ocr.conftest import needs_tesseract

SCANNED = {Path(e["pdf"]).stem: e for e in manifest("scanned")}
BORN = manifest("born_digital")


def _text(**kw: float) -> PageText:
    base = {"chars": 3000, "wordlike": 0.95, "image_cover": 0.0, "text_cover": 0.0}
    base.update(kw)
    return PageText(
        int(base["chars"]),
        base["wordlike"],
        base["image_cover"],
        base["text_cover"],
        has_tables=bool(kw.get("has_tables", 1)),
    )


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (_text(), "text"),  # a born-digital page
        (_text(chars=0, image_cover=1.0), "ocr"),  # a scanned page
        (_text(chars=0), "text"),  # a blank page: nothing to read
        (_text(wordlike=0.2), "ocr"),  # a font without a unicode map: (cid:12) soup
        (_text(chars=90, image_cover=1.0, text_cover=0.004), "ocr"),  # a typed note on a scan
        (_text(chars=2500, image_cover=1.0, text_cover=0.15), "text"),  # scan + OCR layer...
        (_text(chars=2500, image_cover=1.0, text_cover=0.15, has_tables=0), "image_text"),
        (_text(chars=3000, image_cover=0.2), "text"),  # a logo on a text page
    ],
)
def test_page_kind(text: PageText, kind: str) -> None:
    assert page_kind(text) == kind


@pytest.mark.parametrize(
    ("tokens", "share"),
    [
        (["Perencanaan", "Kinerja", "21,60", "(IV/b)", "LKjIP"], 1.0),
        (["(cid:12)(cid:7)", "(cid:3)", "Kinerja"], 1 / 3),
        (["\ufffd\ufffd", "ÿþ"], 0.0),
        ([], 1.0),
    ],
)
def test_wordlike_share(tokens: list[str], share: float) -> None:
    assert wordlike_share(tokens) == pytest.approx(share)


def _kinds(path: Path) -> list[str]:
    with pdfplumber.open(path) as pdf:
        return [page_kind(measure(p, read_page(p)[0])) for p in pdf.pages]


@pytest.mark.skipif(not BORN or not SCANNED, reason="samples/manifest.json has no samples")
def test_kinds_of_the_sample_pages() -> None:
    assert set(_kinds(SAMPLES / BORN[0]["pdf"])) == {"text"}
    assert set(_kinds(SAMPLES / "scanned/004_docx_awayan_2022__bw300_rot1.pdf")) == {"ocr"}
    # a line typed over the scan (a text layer that is only a note) is not the page
    assert set(_kinds(SAMPLES / "scanned/009_xlsx_disdik_2024__stamp_gray_note.pdf")) == {"ocr"}
    assert _kinds(SAMPLES / "scanned/005_docx_awayan_2023__mixed.pdf") == ["text", "ocr"]


def _invisible_layer(source: Path, out: Path) -> None:
    """A scan with an invisible text layer, as ocrmypdf and scanners make them."""
    from reportlab.pdfgen.canvas import Canvas

    pdf = pdfium.PdfDocument(source)
    canvas = Canvas(str(out), invariant=1)
    with pdfplumber.open(source) as plumber:
        for i, page in enumerate(plumber.pages):
            w, h = float(page.width), float(page.height)
            image = pdf[i].render(scale=200 / 72, grayscale=True).to_pil()
            path = out.parent / f"p{i}.png"
            image.save(path)
            canvas.setPageSize((w, h))
            canvas.drawImage(str(path), 0, 0, width=w, height=h)
            for word in page.extract_words():
                text = canvas.beginText(word["x0"], h - word["bottom"] + 1.5)
                text.setTextRenderMode(3)  # invisible
                text.setFont("Helvetica", max(word["bottom"] - word["top"], 4))
                text.textOut(word["text"])
                canvas.drawText(text)
            canvas.showPage()
    canvas.save()
    pdf.close()


@pytest.mark.skipif(not BORN, reason="samples/manifest.json has no samples")
def test_invisible_text_layer_over_a_scan_needs_no_ocr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = SAMPLES / "born_digital/004_docx_awayan_2022.pdf"
    scan = tmp_path / "ocrd.pdf"
    _invisible_layer(source, scan)
    # Tesseract must not be needed: the words come from the layer, the rules from the image
    monkeypatch.setattr(tess.shutil, "which", lambda _: None)
    layout = read_document(scan)
    assert {p.source for p in layout.pages} == {"text_layer"}
    expected = process_file(source, source.name)
    got = process_file(scan, scan.name)
    assert got.document.status != "failed", got.document.error
    key = lambda r: (r.komponen_kode, r.finding_no, r.rekomendasi_no)  # noqa: E731
    assert sorted(map(key, got.recommendations)) == sorted(map(key, expected.recommendations))


@pytest.mark.skipif(not SCANNED, reason="samples/manifest.json has no scanned samples")
def test_without_tesseract_scans_fail_with_one_clear_reason(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(tess.shutil, "which", lambda _: None)
    scan = SAMPLES / "scanned/008_xlsx_halong_2023__scan150.pdf"
    with pytest.raises(UnreadablePdf, match="Tesseract tidak terpasang"):
        read_document(scan)
    result = process_file(scan, scan.name)
    assert result.document.status == "failed"
    assert result.document.error == tess.TESSERACT_MISSING
    # the born-digital files of the same batch are read as ever
    born = SAMPLES / BORN[0]["pdf"]
    assert process_file(born, born.name).document.status != "failed"


@needs_tesseract
@pytest.mark.ocr
@pytest.mark.skipif(not SCANNED, reason="samples/manifest.json has no scanned samples")
def test_ocr_modes() -> None:
    mixed = SAMPLES / "scanned/005_docx_awayan_2023__mixed.pdf"
    assert [p.source for p in read_document(mixed).pages] == ["text_layer", "ocr"]
    assert [p.source for p in read_document(mixed, ocr="never").pages] == ["text_layer"] * 2
    born = SAMPLES / "born_digital/005_docx_awayan_2023.pdf"
    layout = read_document(born, ocr="always")
    assert {p.source for p in layout.pages} == {"ocr"}
    assert all(p.confidence is not None and p.confidence > 85 for p in layout.pages)
