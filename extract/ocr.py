"""Image-only pages to the same ``PageLayout`` the text layer gives.

render (pypdfium2, colour) -> stamp ink whitened (``extract.ocr_stamp``) -> deskew ->
ruling lines (OpenCV morphology, ``extract.ocr_image``) -> cell boxes (pdfplumber's
intersections -> cells chain, ``extract.ocr_cells``) -> rules erased, shading whitened ->
Tesseract on the cells and on the rest of the page (``extract.ocr_read``) -> a second look
at inked cells left empty (``extract.ocr_recheck``) -> word boxes in PDF points ->
``extract.grid.build_table`` / ``text_lines`` -> score slips repaired, doubtful digits
noted (``extract.ocr_words``). Coordinates are those of the levelled
page: a scan's skew is removed before anything is measured.

A page whose text layer reads well but whose table is only in the picture (an invisible
OCR layer added by another tool) goes through the same steps with its own words instead
of Tesseract's.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np
import numpy.typing as npt
import pypdfium2 as pdfium

from extract.grid import build_table, text_lines
from extract.layout import Box, Link, PageLayout, PageSource, Table, Word
from extract.ocr_cells import (
    MIN_COLUMNS,
    cells_from_rules,
    column_count,
    join_rules,
    on_rules,
    segments_to_edges,
)
from extract.ocr_dotted import dotted_rules
from extract.ocr_image import (
    RULE_CONTRAST,
    Gray,
    Segment,
    binarize,
    clean_for_ocr,
    deskew,
    drop_show_through,
    line_mask,
    line_segments,
    rule_evidence,
    rule_mask,
)
from extract.ocr_inverse import invert_dark_fills
from extract.ocr_nip import recheck_nip
from extract.ocr_read import read_page_words
from extract.ocr_recheck import inked_empty_cells, reread, score_gaps
from extract.ocr_signature import reread_signatures
from extract.ocr_stamp import lighten_stamps
from extract.ocr_streak import remove_streaks, streak_columns
from extract.ocr_tesseract import OcrWord
from extract.ocr_words import (
    clean_words,
    doubt_note,
    doubts,
    mean_confidence,
    repair_table,
    repair_text_lines,
)
from extract.unruled import find_unruled_tables

DEFAULT_DPI = 300


@dataclass(frozen=True)
class PageImage:
    """A page rendered and levelled, with how to carry original coordinates onto it."""

    gray: Gray
    dpi: int
    skew: float
    # 2x3 affine from rendered (unlevelled) pixels to levelled pixels; None if not rotated
    matrix: npt.NDArray[np.float64] | None
    # pixel columns [x0, x1) of a fold's creases through the levelled page: painting them
    # out leaves pieces where the crease is darker, which are no rules either
    creases: tuple[tuple[int, int], ...] = ()


def render(page: pdfium.PdfPage, dpi: int = DEFAULT_DPI) -> npt.NDArray[np.uint8]:
    """The page as a BGR image at ``dpi`` (colour: stamps are told apart by their ink)."""
    bitmap = page.render(scale=dpi / 72)
    image = bitmap.to_numpy()
    return np.ascontiguousarray(image[:, :, :3]).astype(np.uint8)


def prepare(bgr: npt.NDArray[np.uint8], dpi: int) -> PageImage:
    """Stamp ink lightened, scanner streaks painted out, page levelled, then white print
    on dark fills made dark on light (``extract.ocr_inverse``) and creases painted out: a
    streak runs down the scan, a fold's crease down the page (with its skew), and either
    through both margins where no table rule reaches."""
    gray, _ = remove_streaks(lighten_stamps(bgr, dpi), dpi)
    levelled, skew, matrix = deskew(gray)
    # after levelling: a fill is then a rectangle upright on the page
    levelled = invert_dark_fills(levelled, dpi)
    creases = tuple(streak_columns(levelled, dpi))
    if creases:
        levelled, _ = remove_streaks(levelled, dpi)
    return PageImage(levelled, dpi, skew, matrix, creases)


# how far (pixels) from a crease a vertical segment is the crease's
CREASE_REACH = 4


def _on_crease(segment: Segment, creases: Sequence[tuple[int, int]]) -> bool:
    return segment.orientation == "v" and any(
        x0 - CREASE_REACH <= segment.x0 <= x1 + CREASE_REACH for x0, x1 in creases
    )


def _word(w: OcrWord, scale: float) -> Word:
    box = Box(w.left * scale, w.top * scale, (w.left + w.width) * scale, (w.top + w.height) * scale)
    return Word(w.text, box, w.conf, w.line or None)


def _moved(words: Sequence[Word], image: PageImage) -> list[Word]:
    """Text-layer words (points) carried onto the levelled image's coordinates."""
    if image.matrix is None:
        return list(words)
    px = image.dpi / 72
    out = []
    for w in words:
        x, y = w.box.cx * px, w.box.cy * px
        nx = image.matrix[0, 0] * x + image.matrix[0, 1] * y + image.matrix[0, 2]
        ny = image.matrix[1, 0] * x + image.matrix[1, 1] * y + image.matrix[1, 2]
        dx, dy = nx / px - w.box.cx, ny / px - w.box.cy
        b = w.box
        out.append(Word(w.text, Box(b.x0 + dx, b.top + dy, b.x1 + dx, b.bottom + dy), w.conf))
    return out


def _tables(
    number: int, boxes: list[list[Box]], words: Sequence[Word], links: Sequence[Link]
) -> tuple[list[Table], list[Word]]:
    tables: list[Table] = []
    rest = list(words)
    for cells in boxes:
        table, outside = build_table(number, cells, rest, links)
        tables.append(table)
        rest = outside
    return tables, rest


@dataclass(frozen=True)
class OcrPage:
    """One page read from its picture."""

    layout: PageLayout
    # column edges of a table found without vertical rules (as ``read_page`` returns),
    # for a continuation page to reuse
    edges: tuple[float, ...] | None
    # document notes: low-confidence words with digits (``extract.ocr_words.doubt_note``)
    notes: tuple[str, ...] = ()


@dataclass
class _Reading:
    """A page's words and the tables they fell into, as the steps refine them."""

    words: list[Word]
    tables: list[Table]
    rest: list[Word]
    edges: tuple[float, ...] | None = None


def _ocr_words(
    image: PageImage, binary: Gray, rules: Gray, tables: list[list[Box]]
) -> tuple[list[Word], Gray, Gray]:
    """Tesseract's words (points) for the page with its rules (``rules``: their pixels)
    erased; also that image and the ink left once the rules are gone (for the second
    look)."""
    mask = rules
    cleaned = clean_for_ocr(image.gray, mask, image.dpi)
    ink = np.asarray(cv2.subtract(binary, mask), dtype=np.uint8)
    scale = 72 / image.dpi
    found = read_page_words(cleaned, ink, tables, image.dpi)
    words = clean_words([_word(w, scale) for w in found])
    return words, cleaned, ink


def _second_look(
    reading: _Reading,
    number: int,
    boxes: list[list[Box]],
    links: Sequence[Link],
    cleaned: Gray,
    ink: Gray,
    dpi: int,
) -> _Reading:
    """Cells with ink but no word, and scores lost between "nilai" and "atau", are read
    again (``extract.ocr_recheck``)."""
    cutouts = inked_empty_cells(reading.tables, cleaned, ink, dpi)
    cutouts += score_gaps(reading.words, cleaned, ink, dpi)
    if not cutouts:
        return reading
    extra = [
        w
        for w in clean_words([_word(w, 72 / dpi) for w in reread(cutouts, dpi)])
        if not _read_already(w, reading.words)
    ]
    if not extra:
        return reading
    words = reading.words + extra
    tables, rest = _tables(number, boxes, words, links)
    return _Reading(words, tables, rest)


def _read_already(word: Word, words: Sequence[Word]) -> bool:
    """A second-look word lying over a word already read: a cell found inside a larger
    one whose reading took the words (read twice they would print twice)."""
    area = max((word.box.x1 - word.box.x0) * (word.box.bottom - word.box.top), 1e-6)
    return any(word.box.overlap_area(w.box) > 0.5 * area for w in words)


def image_layout(
    number: int,
    size: tuple[float, float],
    image: PageImage,
    *,
    links: Sequence[Link] = (),
    words: Sequence[Word] | None = None,
    prior_edges: tuple[float, ...] | None = None,
) -> OcrPage:
    """The layout of a levelled page image; OCR unless ``words`` (in points) are given."""
    binary = binarize(image.gray, image.dpi)
    faint = binarize(image.gray, image.dpi, RULE_CONTRAST)
    masks = {o: line_mask(faint, image.dpi, o) for o in ("h", "v")}
    segments = drop_show_through(
        [
            s
            for o in ("h", "v")
            for s in line_segments(faint, image.dpi, o, masks[o])
            if not _on_crease(s, image.creases)
        ],
        image.gray,
        image.dpi,
    )
    # dotted column rules, which the line finder's opening does not keep
    dotted = dotted_rules(faint, image.dpi, segments)
    segments += [s for s in dotted if not _on_crease(s, image.creases)]
    scale = 72 / image.dpi
    joined = join_rules(
        segments_to_edges(segments, scale), evidence=rule_evidence(image.gray, image.dpi)
    )
    boxes = [t for t in cells_from_rules(joined) if column_count(t) >= MIN_COLUMNS]
    source: PageSource = "text_layer" if words is not None else "ocr"
    if words is None:
        # erase what the strict threshold sees of the rules: on the sensitive one a rule
        # and the tops of glyphs just below it melt together in a blurred scan
        strict = {o: line_mask(binary, image.dpi, o) for o in ("h", "v")}
        mask = rule_mask(image.gray.shape, on_rules(segments, joined, scale), image.dpi, strict)
        placed, cleaned, ink = _ocr_words(image, binary, mask, boxes)
    else:
        placed = _moved(words, image)
    reading = _Reading(placed, *_tables(number, boxes, placed, links))
    if source == "ocr" and reading.tables:
        reading = _second_look(reading, number, boxes, links, cleaned, ink, image.dpi)
    if not reading.tables:
        # a table ruled with horizontal lines only: columns from the words' alignment
        rules = [
            Box(s.x0 * scale, s.top * scale, s.x1 * scale, s.bottom * scale)
            for s in segments
            if s.orientation == "h"
        ]
        tables, rest, edges = find_unruled_tables(number, reading.words, rules, links, prior_edges)
        reading = _Reading(reading.words, tables, rest, edges)
    if source == "ocr":
        foot = max((t.box.bottom for t in reading.tables), default=0.0)
        reading.rest = reread_signatures(
            reading.rest, text_lines(reading.rest), cleaned, image.dpi, below=foot
        )
    lines = text_lines(reading.rest)
    notes: tuple[str, ...] = ()
    if source == "ocr":
        reading.tables = [repair_table(t) for t in reading.tables]
        lines = recheck_nip(repair_text_lines(lines), cleaned, image.dpi)
        notes = tuple(doubt_note(d) for d in doubts(number, reading.tables, reading.words))
    layout = PageLayout(
        number=number,
        width=size[0],
        height=size[1],
        tables=tuple(reading.tables),
        text_lines=lines,
        source=source,
        char_count=sum(len(w.text) for w in reading.words),
        confidence=mean_confidence(reading.words) if source == "ocr" else None,
    )
    return OcrPage(layout, reading.edges, notes)


def ocr_page(
    page: pdfium.PdfPage,
    number: int,
    *,
    dpi: int = DEFAULT_DPI,
    links: Sequence[Link] = (),
    words: Sequence[Word] | None = None,
    prior_edges: tuple[float, ...] | None = None,
) -> OcrPage:
    """Render, level and read one page (see the module docstring)."""
    width, height = page.get_size()
    image = prepare(render(page, dpi), dpi)
    return image_layout(
        number,
        (float(width), float(height)),
        image,
        links=links,
        words=words,
        prior_edges=prior_edges,
    )
