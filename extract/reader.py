"""One entry point for every PDF: text layer where it is usable, OCR where it is not.

Each page is first read through its text layer (``extract.textlayer.read_page``); the
page is then judged (:func:`page_kind`) from what that layer holds and how much of the
page is a picture:

* ``text``: the text layer reads well and the page is not a picture - keep it;
* ``image_text``: a picture with a text layer that reads well (an invisible OCR layer
  from another tool) but no table found in the vector drawing - the table's rules come
  from the picture, the words from the layer;
* ``ocr``: no text, unreadable text (wrong font encoding), or only a stamp, a header or
  a page number over a scanned page - Tesseract reads the picture.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal

import pdfplumber
import pypdfium2 as pdfium
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException
from pdfplumber.page import Page
from pdfplumber.utils.exceptions import PdfminerException

from extract.errors import UnreadablePdf
from extract.layout import DocumentLayout, PageLayout
from extract.ocr import DEFAULT_DPI, ocr_page
from extract.ocr_tesseract import tesseract_missing
from extract.textlayer import page_links, page_words, read_page

OcrMode = Literal["auto", "never", "always"]
PageKind = Literal["text", "image_text", "ocr"]

# Fewer characters than this is no text layer (a page number, a stray mark).
MIN_CHARS = 40
# Share of tokens that must look like words for the layer to count as readable; a wrong
# font encoding gives (cid:12) tokens or letter soup.
MIN_WORDLIKE = 0.6
# A page this much covered by pictures is a scan (or a photo of one).
SCAN_COVER = 0.5
# Text-layer words must cover this share of the pictured area to be the page's content;
# a receipt stamp or a header typed over a scan covers far less (a real table page
# measured 0.10-0.20).
MIN_TEXT_COVER = 0.03

_TOKEN_EDGE = re.compile(r"^[^\w]+|[^\w]+$")
_VOWEL = re.compile(r"[aeiouyAEIOUY]")
_PLAIN = re.compile(r"[0-9A-Za-z.,:;/()%\-'\"&+]+")


@dataclass(frozen=True)
class PageText:
    """What a page's text layer holds, measured for :func:`page_kind`."""

    chars: int
    wordlike: float  # share of tokens that look like words or numbers
    image_cover: float  # share of the page under pictures
    text_cover: float  # word boxes' area over the pictured area (0 without pictures)
    has_tables: bool


def _wordlike(token: str) -> bool:
    if "(cid:" in token or "\ufffd" in token:
        return False
    core = _TOKEN_EDGE.sub("", token)
    if not core:
        return True  # punctuation alone: neither evidence for nor against
    if not _PLAIN.fullmatch(core.replace("_", "")):
        return False
    # letters need a vowel unless short (SKPD, LKjIP, IV/b) or numeric
    return any(c.isdigit() for c in core) or len(core) <= 5 or bool(_VOWEL.search(core))


def wordlike_share(tokens: Iterable[str]) -> float:
    """Share of ``tokens`` that look like words or numbers (1.0 when there are none)."""
    flags = [_wordlike(t) for t in tokens]
    return sum(flags) / len(flags) if flags else 1.0


def _layout_tokens(layout: PageLayout) -> list[str]:
    lines = [ln.text for ln in layout.text_lines]
    lines += [line for t in layout.tables for c in t.cells for line in c.lines]
    return [tok for line in lines for tok in line.split()]


def _image_cover(page: Page) -> float:
    """Share of the page under images (overlaps counted once, on a coarse grid)."""
    n = 50
    width, height = float(page.width), float(page.height)
    covered = [[False] * n for _ in range(n)]
    for img in page.images:
        c0 = max(0, int(float(img["x0"]) / width * n))
        c1 = min(n, int(float(img["x1"]) / width * n + 0.999))
        r0 = max(0, int(float(img["top"]) / height * n))
        r1 = min(n, int(float(img["bottom"]) / height * n + 0.999))
        for r in range(r0, r1):
            for c in range(c0, c1):
                covered[r][c] = True
    return sum(map(sum, covered)) / (n * n)


def measure(page: Page, layout: PageLayout) -> PageText:
    """The measures :func:`page_kind` decides on, for one page read through its layer."""
    cover = _image_cover(page)
    text_cover = 0.0
    if cover > 0:
        area = sum(
            (float(w["x1"]) - float(w["x0"])) * (float(w["bottom"]) - float(w["top"]))
            for w in page.extract_words()
        )
        text_cover = area / (cover * float(page.width) * float(page.height))
    return PageText(
        chars=layout.char_count,
        wordlike=wordlike_share(_layout_tokens(layout)),
        image_cover=cover,
        text_cover=text_cover,
        has_tables=bool(layout.tables),
    )


def page_kind(text: PageText) -> PageKind:
    """Whether a page's text layer is usable as it is (see the module docstring)."""
    if text.chars < MIN_CHARS:
        # nothing to read in the layer: read the picture, if there is one
        return "ocr" if text.image_cover > 0 else "text"
    if text.wordlike < MIN_WORDLIKE:
        return "ocr"
    if text.image_cover < SCAN_COVER:
        return "text"
    if text.text_cover < MIN_TEXT_COVER:
        return "ocr"  # only a stamp, a header or a page number typed over a scan
    return "text" if text.has_tables else "image_text"


def ocr_unavailable() -> str | None:
    """The one line to show when scanned pages cannot be read here (None when they can)."""
    return tesseract_missing()


def read_document(
    path: Path, *, ocr: OcrMode = "auto", dpi: int = DEFAULT_DPI, password: str = ""
) -> DocumentLayout:
    """Every page's layout, each from its text layer or by OCR (``ocr`` says when).

    ``UnreadablePdf`` with the reason when the file cannot be read, including a scanned
    page on a machine without Tesseract.
    """
    try:
        layout = _read(path, ocr, dpi, password)
        if _blank(layout) and (copy := _rewritten(path, password)) is not None:
            return replace(_read(copy, ocr, dpi, password), repaired=REPAIRED)
        return layout
    except PDFPasswordIncorrect as exc:
        raise UnreadablePdf("PDF terenkripsi: kata sandi diperlukan") from exc
    except (PSException, PDFSyntaxError, PdfminerException, ValueError, KeyError) as exc:
        reason = f"{type(exc).__name__}: {exc}"
        raise UnreadablePdf(f"PDF rusak atau tidak dapat dibaca: {reason}") from exc
    except pdfium.PdfiumError as exc:
        raise UnreadablePdf(f"halaman PDF tidak dapat digambar untuk OCR: {exc}") from exc


REPAIRED = (
    "pdfminer tidak membaca isi halaman (tabel xref rusak); dibaca dari salinan yang "
    "disusun ulang oleh pdfium"
)


def _blank(layout: DocumentLayout) -> bool:
    """Nothing at all came out of any page: no character, table or picture."""
    return bool(layout.pages) and all(
        p.char_count == 0 and not p.tables and not p.text_lines and p.source == "text_layer"
        for p in layout.pages
    )


def _rewritten(path: Path, password: str) -> bytes | None:
    """The file saved anew by pdfium, when pdfium finds text where pdfminer found none.

    A file whose cross-reference offsets are wrong (a tool edited it in place) opens in
    pdfminer with every page empty; pdfium rebuilds the table from the objects themselves,
    and its copy carries a correct one.
    """
    try:
        document = pdfium.PdfDocument(path, password=password or None)
    except pdfium.PdfiumError:
        return None  # pdfium cannot open it either: the file stays as pdfminer read it
    try:
        if not any(page.get_textpage().count_chars() for page in document):
            return None  # truly blank pages: nothing to recover
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()
    finally:
        document.close()


def _kind(page: Page, layout: PageLayout, ocr: OcrMode) -> PageKind:
    if ocr == "never":
        return "text"
    if ocr == "always":
        return "ocr"
    return page_kind(measure(page, layout))


def _read(source: Path | bytes, ocr: OcrMode, dpi: int, password: str) -> DocumentLayout:
    pages: list[PageLayout] = []
    notes: list[str] = []
    rendered: pdfium.PdfDocument | None = None
    opened = io.BytesIO(source) if isinstance(source, bytes) else source
    try:
        with pdfplumber.open(opened, password=password) as pdf:
            edges: tuple[float, ...] | None = None
            for page in pdf.pages:
                layout, page_edges = read_page(page, edges)
                kind = _kind(page, layout, ocr)
                if kind != "text":
                    if kind == "ocr" and (missing := ocr_unavailable()):
                        raise UnreadablePdf(missing)
                    rendered = rendered or pdfium.PdfDocument(source, password=password or None)
                    words = page_words(page) if kind == "image_text" else None
                    read = ocr_page(
                        rendered[page.page_number - 1],
                        page.page_number,
                        dpi=dpi,
                        links=page_links(page),
                        words=words,
                        prior_edges=edges,
                    )
                    layout, page_edges = read.layout, read.edges
                    notes.extend(read.notes)
                pages.append(layout)
                edges = page_edges
                # pdfplumber caches parsed objects per page; free them as we go
                page.close()
    finally:
        if rendered is not None:
            rendered.close()
    return DocumentLayout(pages=tuple(pages), notes=tuple(notes))
