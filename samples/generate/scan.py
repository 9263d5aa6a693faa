"""Scanned variants of the born-digital samples: image-only PDFs that share their expected JSON.

    python -m samples.generate.scan

Each variant renders a born-digital sample's pages (pypdfium2), degrades them the way a
printer, a pen, a stamp and a scanner do (rotation, blur, noise, faint or broken rules,
a round stamp and a signature over the last rows, JPEG compression), and writes a PDF
holding one JPEG per page and no text (reportlab, invariant mode: the same bytes every
run). The variant shares the original's expected JSON: the content is the same, only the
way to read it differs. Entries of kind ``scanned`` in samples/manifest.json are
replaced; entries of other kinds are kept. Fixed seeds: the output is deterministic.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np
import numpy.typing as npt
import pdfplumber
import pypdfium2 as pdfium
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from samples.generate.convert import fix_pdf_metadata

SAMPLES = Path(__file__).resolve().parents[1]
# written into the PDFs instead of the time of the run (as samples/generate/convert.py)
FIXED_DATE = time.gmtime(1709280000)  # 2024-03-01 08:00 UTC
Image = npt.NDArray[np.uint8]


@dataclass(frozen=True)
class Variant:
    """One scanned variant of a born-digital sample: how its pages are degraded."""

    source: str  # stem of the born-digital sample
    name: str  # suffix of the variant's file name
    dpi: int
    angle: float  # degrees, counter-clockwise
    seed: int
    quality: int = 60  # JPEG quality
    blur: float = 0.0  # gaussian sigma in pixels
    noise: float = 0.0  # gaussian noise sigma in grey levels
    faint_lines: bool = False  # rules printed light and broken
    stamp: str | None = None  # "color" or "gray": round stamp and signature on the last page
    text_pages: tuple[int, ...] = ()  # 1-based pages kept born-digital (a mixed document)
    typed_note: bool = False  # a typed line over the scan (a text layer that is only a note)
    bilevel: bool = False  # black-and-white scan, CCITT G4 instead of JPEG

    @property
    def features(self) -> list[str]:
        coding = "bilevel_g4" if self.bilevel else f"jpeg_q{self.quality}"
        out = [f"dpi_{self.dpi}", f"rotated_{self.angle:+.1f}", coding]
        out += ["blur"] * bool(self.blur) + ["noise"] * bool(self.noise)
        out += ["faint_broken_lines"] * self.faint_lines
        if self.stamp:
            out.append(f"stamp_signature_{self.stamp}")
        out += ["mixed_text_and_scan"] * bool(self.text_pages)
        out += ["typed_note_over_scan"] * self.typed_note
        return out


@dataclass(frozen=True)
class Marks:
    """Where the stamp and the signature go on the last page (points)."""

    table_bottom: float  # lowest long rule: the table's last row ends here
    table_right: float
    sign_x: float  # left edge of the signature block (the NIP line)
    sign_top: float  # the jabatan line above the signature space
    nip_top: float


def find_marks(page: pdfplumber.page.Page) -> Marks:
    """The last table's bottom right and the signature block, from the page's layout."""
    width, height = float(page.width), float(page.height)
    # table-wide rules only: the signer's name is often underlined too
    rules = [e for e in page.horizontal_edges if e["x1"] - e["x0"] > width / 2]
    bottom = max((float(e["top"]) for e in rules), default=height * 0.6)
    right = max((float(e["x1"]) for e in rules), default=width * 0.9)
    words = page.extract_words()
    nip = [w for w in words if w["text"].upper().startswith("NIP") and w["top"] > bottom]
    nip_w = nip[-1] if nip else {"x0": right - 200, "top": bottom + 90}
    return Marks(bottom, right, float(nip_w["x0"]), bottom + 20, float(nip_w["top"]))


def _ink(color: bool) -> tuple[int, ...] | int:
    # stamp-pad violet-blue (BGR) in colour, a mid grey in a greyscale scan
    return (185, 70, 60) if color else 115


def _multiply(image: Image, overlay: Image) -> Image:
    """Ink over ink darkens, as a stamp over print does."""
    return (image.astype(np.uint16) * overlay // 255).astype(np.uint8)


def stamp(image: Image, marks: Marks, dpi: int, *, color: bool) -> Image:
    """A round office stamp over the table's last rows and the jabatan line."""
    px = dpi / 72
    radius = int(58 * px)  # ~41 mm across
    cx = int((marks.sign_x - 20) * px)
    # over the table's last row and the jabatan line below it
    cy = int((marks.table_bottom + 12) * px)
    overlay = np.full_like(image, 255)
    ink = _ink(color)
    thick = max(2, dpi // 90)
    cv2.circle(overlay, (cx, cy), radius, ink, thick, cv2.LINE_AA)
    cv2.circle(overlay, (cx, cy), int(radius * 0.72), ink, max(1, thick // 2), cv2.LINE_AA)
    font, scale = cv2.FONT_HERSHEY_SIMPLEX, dpi / 300 * 0.9
    for text, dy in (("PEMERINTAH KAB.", -0.45), ("BALANGAN", 0.0), ("KECAMATAN", 0.45)):
        (tw, th), _ = cv2.getTextSize(text, font, scale, thick)
        org = (cx - tw // 2, cy + int(dy * radius * 0.72) + th // 2)
        cv2.putText(overlay, text, org, font, scale, ink, thick, cv2.LINE_AA)
    star = (cx - int(radius * 0.86), cy)
    cv2.drawMarker(overlay, star, ink, cv2.MARKER_STAR, int(radius * 0.12), thick)
    return _multiply(image, overlay)


def signature(
    image: Image, marks: Marks, dpi: int, rng: np.random.Generator, *, color: bool
) -> Image:
    """A pen scribble in the space between the jabatan line and the name."""
    px = dpi / 72
    # between the jabatan line and the name, two lines above the NIP
    x0, y0 = marks.sign_x * px, (marks.nip_top - 34) * px
    t = np.linspace(0, 1, 160)
    loops = rng.uniform(3, 5)
    xs = x0 + t * 150 * px + np.sin(t * loops * 2 * np.pi) * 12 * px
    ys = y0 + np.cos(t * loops * 2 * np.pi) * 14 * px * (1 - t) + t * 10 * px
    ys += np.cumsum(rng.normal(0, 0.4 * px, t.size))
    points = np.stack([xs, ys], axis=1).astype(np.int32).reshape(-1, 1, 2)
    overlay = np.full_like(image, 255)
    cv2.polylines(overlay, [points], False, _ink(color), max(2, dpi // 100), cv2.LINE_AA)
    return _multiply(image, overlay)


# JPEG of dense 8 pt text costs ~150 KB per page at 150 dpi and ~250 KB at 200 dpi, so the
# JPEG variants use two- and three-page originals at those resolutions; the 300 dpi
# variant is a black-and-white scan (CCITT G4), as office scanners make in that mode.
VARIANTS: tuple[Variant, ...] = (
    Variant("004_docx_awayan_2022", "bw300_rot1", 300, 1.0, 1, noise=30, bilevel=True),
    Variant("005_docx_awayan_2023", "scan150_blur", 150, -1.5, 2, quality=40, blur=1.0),
    Variant(
        "006_docx_dinkes_2024", "faint_lines", 150, 0.6, 3, quality=40, blur=0.6, faint_lines=True
    ),
    Variant("007_docx_batumandi_2024", "stamp", 150, 0.8, 4, quality=45, blur=0.6, stamp="color"),
    Variant("008_xlsx_halong_2023", "scan150", 150, -0.8, 5, quality=45, blur=0.6),
    Variant("009_xlsx_disdik_2024", "rot2_noise", 200, 2.0, 6, quality=40, blur=0.7, noise=4),
    Variant("010_xlsx_juai_2022", "blur_jpeg40", 150, -0.5, 7, quality=40, blur=1.0),
    Variant(
        "011_reportlab_lampihong_2024", "no_vrules", 150, 1.2, 8, quality=40, blur=0.6, noise=4
    ),
    Variant(
        "009_xlsx_disdik_2024",
        "stamp_gray_note",
        150,
        -1.0,
        9,
        quality=50,
        blur=0.5,
        stamp="gray",
        typed_note=True,
    ),
    Variant("005_docx_awayan_2023", "mixed", 200, -0.7, 10, quality=50, blur=0.6, text_pages=(1,)),
)


def render(page: pdfium.PdfPage, dpi: int, color: bool) -> Image:
    """A page as the printer put it on paper: BGR when ``color``, else grey."""
    bitmap = page.render(scale=dpi / 72, grayscale=not color)
    image = bitmap.to_numpy()
    if color:
        return np.ascontiguousarray(image[:, :, :3]).astype(np.uint8)
    return np.ascontiguousarray(image.reshape(image.shape[0], image.shape[1])).astype(np.uint8)


def _faint(image: Image, dpi: int, rng: np.random.Generator) -> Image:
    """Rules printed light grey and broken: a worn toner cartridge, a faint copy."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    ink = (gray < 160).astype(np.uint8)
    length = int(dpi * 0.2)
    rules = np.asarray(cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((1, length), np.uint8)))
    rules = rules | np.asarray(
        cv2.morphologyEx(ink, cv2.MORPH_OPEN, np.ones((length, 1), np.uint8))
    )
    # gaps: blocks of a coarse random field (~2.5 mm), about one in five
    cell = max(4, dpi // 10)
    h, w = gray.shape
    field = rng.random((h // cell + 1, w // cell + 1)) < 0.2
    gaps = np.kron(field, np.ones((cell, cell), dtype=bool))[:h, :w]
    out = image.copy()
    on_rule = rules.astype(bool)
    out[on_rule & ~gaps] = 205
    out[on_rule & gaps] = 250
    return out


def _rotate(image: Image, angle: float) -> Image:
    h, w = image.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    white = (255, 255, 255) if image.ndim == 3 else 255
    out = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_CUBIC, borderValue=white)
    return np.asarray(out, dtype=np.uint8)


def degrade(image: Image, v: Variant, rng: np.random.Generator, marks: Marks | None) -> Image:
    """The scanner's view of one printed page."""
    if v.faint_lines:
        image = _faint(image, v.dpi, rng)
    if marks is not None and v.stamp:
        image = stamp(image, marks, v.dpi, color=v.stamp == "color")
        image = signature(image, marks, v.dpi, rng, color=v.stamp == "color")
    image = _rotate(image, v.angle)
    # toner and paper grain first, then the scanner's optics soften both
    if v.noise:
        noisy = image.astype(np.float32) + rng.normal(0, v.noise, image.shape)
        image = np.clip(noisy, 0, 255).astype(np.uint8)
    if v.blur:
        image = np.asarray(cv2.GaussianBlur(image, (0, 0), v.blur), dtype=np.uint8)
    return image


def _jpeg(image: Image, quality: int) -> bytes:
    params = [cv2.IMWRITE_JPEG_QUALITY, quality, cv2.IMWRITE_JPEG_OPTIMIZE, 1]
    ok, data = cv2.imencode(".jpg", image, params)
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return bytes(data.tobytes())


def _bilevel(image: Image) -> Image:
    """A black-and-white scanner's fixed threshold."""
    gray = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
    return np.where(gray > 150, 255, 0).astype(np.uint8)


def _g4_pdf(images: list[Image], dpi: int, out: Path) -> None:
    """Black-and-white pages as CCITT G4 images (Pillow's PDF writer, dates fixed)."""
    from PIL import Image as Pil

    pages = [Pil.fromarray(im).convert("1") for im in images]
    pages[0].save(
        out,
        "PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=float(dpi),
        creationDate=FIXED_DATE,
        modDate=FIXED_DATE,
    )


def _image_pdf(pages: list[tuple[bytes, float, float]], out: Path, note: str | None) -> None:
    """One JPEG per page, drawn over the whole page; reportlab embeds JPEG as is.

    From memory, not from files: reportlab names an image after its file's path, and a
    temporary directory's path differs on every run.
    """
    canvas = Canvas(str(out), invariant=1, pageCompression=1)
    for i, (jpeg, width, height) in enumerate(pages):
        canvas.setPageSize((width, height))
        canvas.drawImage(ImageReader(io.BytesIO(jpeg)), 0, 0, width=width, height=height)
        if note and i == 0:
            canvas.setFont("Helvetica", 7)
            canvas.drawString(width - 330, height - 14, note)
        canvas.showPage()
    canvas.save()


TYPED_NOTE = "Diterima Inspektorat Kabupaten Balangan, 12 Maret 2024, No. Agenda 700/123/ITKAB"


def _mixed(source: Path, scanned: Path, text_pages: tuple[int, ...], out: Path) -> None:
    """Born-digital pages from ``source`` where listed, scanned pages elsewhere."""
    original, images = pdfium.PdfDocument(source), pdfium.PdfDocument(scanned)
    merged = pdfium.PdfDocument.new()
    for i in range(len(original)):
        donor = original if i + 1 in text_pages else images
        merged.import_pages(donor, [i])
    merged.save(out)
    for pdf in (merged, images, original):
        pdf.close()
    # pdfium writes a random /ID: replaced by a digest of the file, as for LibreOffice's
    fix_pdf_metadata(out)


def _pages(v: Variant, source: Path) -> tuple[list[Image], list[tuple[float, float]]]:
    """Every page of ``source`` printed, marked and scanned as ``v`` says."""
    rng = np.random.default_rng(v.seed)
    with pdfplumber.open(source) as plumber:
        marks = find_marks(plumber.pages[-1]) if v.stamp else None
    pdf = pdfium.PdfDocument(source)
    images, sizes = [], []
    for i in range(len(pdf)):
        page = pdf[i]
        last = i == len(pdf) - 1
        image = render(page, v.dpi, color=v.stamp == "color")
        images.append(degrade(image, v, rng, marks if last else None))
        width, height = page.get_size()
        sizes.append((float(width), float(height)))
    pdf.close()
    return images, sizes


def make(v: Variant, out_dir: Path) -> Path:
    """Write the variant's PDF; returns its path."""
    source = SAMPLES / "born_digital" / f"{v.source}.pdf"
    out = out_dir / f"{v.source}__{v.name}.pdf"
    images, sizes = _pages(v, source)
    if v.bilevel:
        _g4_pdf([_bilevel(im) for im in images], v.dpi, out)
        return out
    pages = [(_jpeg(im, v.quality), w, h) for im, (w, h) in zip(images, sizes, strict=True)]
    with tempfile.TemporaryDirectory(prefix="ra-scan-") as tmp:
        target = Path(tmp) / "scan.pdf" if v.text_pages else out
        _image_pdf(pages, target, TYPED_NOTE if v.typed_note else None)
        if v.text_pages:
            _mixed(source, target, v.text_pages, out)
    return out


def entry(v: Variant, pdf: Path) -> dict[str, Any]:
    return {
        "pdf": f"scanned/{pdf.name}",
        "expected": f"expected/{v.source}.json",
        "kind": "scanned",
        "producer": "scan",
        "source_pdf": f"born_digital/{v.source}.pdf",
        "features": v.features,
        # what documents.text_source must say for this file
        "text_source": "mixed" if v.text_pages else "ocr",
    }


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m samples.generate.scan", description=__doc__)
    parser.parse_args(argv)
    manifest_path = SAMPLES / "manifest.json"
    if not manifest_path.exists():
        print(
            "samples/manifest.json missing: run `python -m samples.generate` first", file=sys.stderr
        )
        return 2
    entries = json.loads(manifest_path.read_text(encoding="utf-8"))
    known = {Path(e["pdf"]).stem for e in entries if e.get("kind") == "born_digital"}
    out_dir = SAMPLES / "scanned"
    out_dir.mkdir(exist_ok=True)
    for stale in out_dir.glob("*.pdf"):
        stale.unlink()
    kept = {e["pdf"]: e for e in entries if e.get("kind") != "scanned"}
    for v in VARIANTS:
        if v.source not in known:
            print(f"skipped {v.source}__{v.name}: no born-digital sample {v.source}")
            continue
        pdf = make(v, out_dir)
        e = entry(v, pdf)
        kept[e["pdf"]] = e
        print(f"{e['pdf']:<56} {pdf.stat().st_size // 1024:>4} KB  {', '.join(v.features)}")
    manifest_path.write_text(_dump([kept[k] for k in sorted(kept)]), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
