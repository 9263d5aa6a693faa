"""Coloured ink lightened before reading (``extract.ocr_stamp``), on white and on
coloured paper."""

from __future__ import annotations

import cv2
import numpy as np
import numpy.typing as npt

from extract.ocr_stamp import balance_paper, lighten_stamps
from tests.ocr.conftest import DPI, grid_image, write_text

BLUE_PAPER = (160, 198, 234)  # BGR, a blue copy paper as held-out scan 803 shows it
INK = (84, 112, 139)  # black print lifted and tinted by that paper


def _on_paper(paper: tuple[int, int, int], ink: tuple[int, int, int]) -> npt.NDArray[np.uint8]:
    """A ruled page with a line of text, printed in ``ink`` on ``paper`` (BGR)."""
    gray = grid_image([100.0, 140.0, 200.0], [40.0, 240.0, 440.0])
    write_text(gray, "Nilai 21,60 atau 72%", 60, 128)
    dark = (gray < 128)[:, :, None]
    return np.where(dark, np.array(ink, np.uint8), np.array(paper, np.uint8)).astype(np.uint8)


def test_print_on_coloured_paper_is_not_taken_for_a_stamp() -> None:
    page = _on_paper(BLUE_PAPER, INK)
    gray = lighten_stamps(page, DPI)
    printed = grid_image([100.0, 140.0, 200.0], [40.0, 240.0, 440.0]) < 128
    # the print stays print (not whitened as stamp ink) and the paper turns white
    assert np.median(gray[printed]) < 160
    assert np.median(gray[~printed]) > 245


def test_white_paper_is_left_as_it_is() -> None:
    page = _on_paper((240, 244, 246), (20, 20, 20))
    assert balance_paper(page) is page


def test_a_blue_stamp_on_white_paper_is_still_lightened() -> None:
    page = _on_paper((250, 250, 250), (20, 20, 20))
    cv2.circle(page, (1000, 450), 200, (200, 80, 30), 12)  # a ring of blue ink, ~34 mm
    gray = lighten_stamps(page, DPI)
    assert gray[450, 1200 - 6] > 200  # on the ring


def test_colour_noise_all_over_the_page_is_no_stamp() -> None:
    # held-out scan 1001 (a phone photo in low light): strong chroma noise everywhere;
    # whitening it as stamp ink left the page mottled
    page = _on_paper((200, 226, 232), (40, 45, 50)).astype(np.int16)
    rng = np.random.default_rng(7)
    page += rng.normal(0, 40, page.shape).astype(np.int16)
    page = np.clip(page, 0, 255).astype(np.uint8)
    gray = lighten_stamps(page, DPI)
    plain = cv2.cvtColor(balance_paper(page), cv2.COLOR_BGR2GRAY)
    assert (gray == plain).all()
