"""Skew estimation, rule detection and cells from rules, on synthetic page images."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from extract.grid import build_table
from extract.layout import Word
from extract.ocr_cells import (
    _edge,
    cells_from_rules,
    join_rules,
    segments_to_edges,
    table_cells,
)
from extract.ocr_image import (
    RULE_CONTRAST,
    binarize,
    clean_for_ocr,
    deskew,
    drop_show_through,
    estimate_skew,
    line_segments,
    rotate,
    rule_evidence,
)
from tests.ocr.conftest import DPI, PX, grid_image, write_text

ROWS = [40.0, 70.0, 130.0, 190.0, 250.0]
COLS = [30.0, 60.0, 250.0, 400.0, 460.0]


def _page() -> np.ndarray:
    img = grid_image(ROWS, COLS)
    for i, y in enumerate(ROWS[:-1]):
        write_text(img, f"Baris {i} kinerja", COLS[1] + 6, y + 18)
        write_text(img, "Agar membuat", COLS[2] + 6, y + 18)
    return img


@pytest.mark.parametrize("angle", [-2.0, -1.3, -0.5, 0.0, 0.4, 1.0, 2.0, 2.8])
def test_skew_recovered_within_a_fifth_of_a_degree(angle: float) -> None:
    rotated, _ = rotate(_page(), angle)
    assert estimate_skew(rotated) == pytest.approx(angle, abs=0.2)


def test_deskew_levels_the_rules() -> None:
    rotated, _ = rotate(_page(), 1.5)
    level, skew, matrix = deskew(rotated)
    assert skew == pytest.approx(1.5, abs=0.2)
    assert matrix is not None
    assert abs(estimate_skew(level)) < 0.2


def _cells(img: np.ndarray) -> list[list]:
    faint = binarize(img, DPI, RULE_CONTRAST)
    segments = line_segments(faint, DPI, "h") + line_segments(faint, DPI, "v")
    edges = segments_to_edges(segments, 72 / DPI)
    return cells_from_rules(join_rules(edges, evidence=rule_evidence(img, DPI)))


def _spans(img: np.ndarray) -> set[tuple[int, int, int, int]]:
    tables = _cells(img)
    assert len(tables) == 1
    table, _ = build_table(1, tables[0], [])
    return {(c.row, c.col, c.rowspan, c.colspan) for c in table.cells}


def test_full_grid_gives_every_cell() -> None:
    spans = _spans(grid_image(ROWS, COLS))
    assert spans == {(r, c, 1, 1) for r in range(4) for c in range(4)}


def test_merged_cell_spans_its_rows() -> None:
    # the HASIL EVALUASI cell of a finding spans its three recommendation rows
    spans = _spans(grid_image(ROWS, COLS, merged=(1, 1, 3, 1)))
    assert (1, 1, 3, 1) in spans
    assert (2, 1, 1, 1) not in spans
    assert {(r, 2, 1, 1) for r in range(4)} <= spans


def test_merged_section_row_is_one_cell_box() -> None:
    # (build_table then cuts a horizontal merge at the column edges, by design)
    (cells,) = _cells(grid_image(ROWS, COLS, merged=(1, 1, 1, 3)))
    boxes = {(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in cells}
    assert (60, 70, 460, 130) in boxes
    assert (30, 70, 60, 130) in boxes
    assert len(boxes) == 16 - 2


def test_grid_survives_skew_noise_and_jpeg() -> None:
    img = grid_image(ROWS, COLS, merged=(1, 1, 3, 1))
    img, _ = rotate(img, 1.7)
    noisy = img.astype(np.float32) + np.random.default_rng(1).normal(0, 10, img.shape)
    ok, data = cv2.imencode(
        ".jpg", np.clip(noisy, 0, 255).astype(np.uint8), [cv2.IMWRITE_JPEG_QUALITY, 40]
    )
    assert ok
    level, _, _ = deskew(cv2.imdecode(data, cv2.IMREAD_GRAYSCALE))
    spans = _spans(level)
    assert (1, 1, 3, 1) in spans
    assert len(spans) == 4 * 4 - 2


def test_faint_broken_rules_are_joined() -> None:
    img = grid_image(ROWS, COLS)
    # light grey rules with gaps of ~5 mm every 25 mm
    img[img < 128] = 200
    period, gap = int(70 * PX), int(14 * PX)
    for x in range(0, img.shape[1], period):
        img[:, x : x + gap][img[:, x : x + gap] == 200] = 255
    assert _spans(img) == {(r, c, 1, 1) for r in range(4) for c in range(4)}


def test_words_fall_into_their_cells() -> None:
    tables = _cells(grid_image(ROWS, COLS, merged=(1, 1, 3, 1)))
    from extract.layout import Box

    words = [
        Word("hasil", Box(70, 80, 110, 90), 95.0),
        Word("1.", Box(255, 80, 265, 90), 95.0),
        Word("2.", Box(255, 140, 265, 150), 95.0),
        Word("judul", Box(40, 10, 80, 20), 95.0),
    ]
    table, outside = build_table(1, tables[0], words)
    texts = {(c.row, c.col): c.text for c in table.cells}
    assert texts[(1, 1)] == "hasil"
    assert texts[(1, 2)] == "1."
    assert texts[(2, 2)] == "2."
    assert [w.text for w in outside] == ["judul"]


def test_text_strokes_make_no_rules() -> None:
    img = np.full((800, 1600), 255, dtype=np.uint8)
    for i in range(8):
        write_text(img, "Perencanaan Kinerja memperoleh nilai 21,60 atau 72%", 20, 40 + 22 * i)
    assert (
        table_cells(
            segments_to_edges(line_segments(binarize(img, DPI, RULE_CONTRAST), DPI, "h"), 72 / DPI)
        )
        == []
    )


def _h(y: float, x0: float, x1: float) -> dict:
    return _edge("h", x0, y, x1, y)


def _v(x: float, top: float, bottom: float) -> dict:
    return _edge("v", x, top, x, bottom)


def test_implied_rule_reaches_the_columns_that_run_on() -> None:
    # held-out scan 014: the last row on the page closes in columns 2-4 (their rules end
    # together at 200, no rule drawn) while NO and HASIL run on to the page's foot
    edges = [_h(100, 30, 460)] + [_v(x, 100, 260) for x in (30, 60, 250, 460)]
    edges += [_v(x, 100, 200) for x in (320, 360, 400)]
    (cells,) = cells_from_rules(edges)
    boxes = {(round(b.x0), round(b.top), round(b.x1), round(b.bottom)) for b in cells}
    # the row's own cells, and no box over the row and the space below it together
    assert {(250, 100, 320, 200), (360, 100, 400, 200), (400, 100, 460, 200)} <= boxes
    assert not [b for b in boxes if b[0] >= 250 and b[1] == 100 and b[3] == 260]


def test_section_row_text_does_not_close_a_column_rule() -> None:
    # a section row merged across NO and HASIL, its text crossing the NO column's line
    # (one text line high: a gap that short in a rule is otherwise taken for wear)
    rows = [40.0, 70.0, 81.0, 190.0, 250.0]
    img = grid_image(rows, COLS, merged=(1, 0, 1, 2))
    write_text(img, "A. Komponen Perencanaan", COLS[0] + 3, rows[1] + 9)
    tables = _cells(img)
    assert len(tables) == 1
    boxes = {(round(b.x0), round(b.top), round(b.x1)) for b in tables[0]}
    assert (30, 70, 250) in boxes  # one box over both columns: one crop, one reading


def _segments(img: np.ndarray) -> list:
    faint = binarize(img, DPI, RULE_CONTRAST)
    return line_segments(faint, DPI, "h") + line_segments(faint, DPI, "v")


def _xs(segments: list) -> set[int]:
    return {round(s.x0 / PX) for s in segments if s.orientation == "v"}


def test_show_through_rules_are_dropped() -> None:
    img = grid_image(ROWS, COLS)
    # the back page's grid seen through the paper: 12 grey levels on white, elsewhere
    ghost = grid_image(ROWS, [100.0, 200.0, 330.0])
    img[(ghost < 128) & (img > 128)] = 243
    segments = _segments(img)
    assert {100, 200, 330} <= _xs(segments)  # found as rules by the sensitive threshold
    kept = drop_show_through(segments, img, DPI)
    assert _xs(kept) == {round(c) for c in COLS}


def test_a_page_of_faint_rules_keeps_them() -> None:
    img = grid_image(ROWS, COLS)
    img[img < 128] = 238  # every rule faint: nothing darker to compare with
    segments = _segments(img)
    assert drop_show_through(segments, img, DPI) == segments


def _grain(img: np.ndarray, sigma: float, seed: int = 5) -> np.ndarray:
    """Paper grain as a scan has it: noise smoothed over a few pixels (JPEG, the optics)."""
    noise = np.random.default_rng(seed).normal(0, sigma, img.shape).astype(np.float32)
    noisy = img.astype(np.float32) + cv2.GaussianBlur(noise, (5, 5), 0)
    return np.clip(noisy, 0, 255).astype(np.uint8)


def _blotches(out: np.ndarray, box: tuple[int, int, int, int]) -> float:
    """Share of grey (neither paper nor print) pixels in a box: what Tesseract misreads."""
    x0, y0, x1, y1 = box
    area = out[y0:y1, x0:x1]
    return float(np.mean((area > 140) & (area < 255)))


def test_a_light_fill_on_tinted_paper_is_cleaned_without_blotches() -> None:
    # tinted paper of 238 with a header row shaded 226: a fill around the near-white
    # threshold, whose grain was left half painted (a carbon copy's header, 502)
    img = np.full((900, 1400), 238, dtype=np.uint8)
    img[200:400, 100:1300] = 226
    write_text(img, "HASIL EVALUASI", 40, 70)
    out = clean_for_ocr(_grain(img, 6), np.zeros_like(img), DPI)
    assert _blotches(out, (700, 220, 1250, 380)) < 0.01  # inside the fill, beside the text
    assert out[int(70 * PX) - 8, int(40 * PX) + 4 : int(200 * PX)].min() < 120  # text kept


def test_paper_as_grey_as_the_threshold_is_flattened() -> None:
    # a scan through a plastic sleeve's haze: paper at 225 all over
    img = np.full((900, 1400), 225, dtype=np.uint8)
    write_text(img, "NIP: 19720614 199803 2 002", 40, 100)
    out = clean_for_ocr(_grain(img, 6), np.zeros_like(img), DPI)
    assert _blotches(out, (0, 500, 1400, 900)) < 0.01
    assert out[int(100 * PX) - 8, int(40 * PX) : int(300 * PX)].min() < 120


def test_white_paper_keeps_its_small_marks() -> None:
    img = np.full((600, 800), 255, dtype=np.uint8)
    img[300:304, 300:304] = 150  # the dot of "1."
    out = clean_for_ocr(img, np.zeros_like(img), DPI)
    assert out[301, 301] == 150
