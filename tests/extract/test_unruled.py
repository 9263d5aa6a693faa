"""Helpers of the tables drawn with horizontal rules only (``extract.unruled``)."""

from __future__ import annotations

from extract.layout import Box, Word
from extract.unruled import _is_header_line, _table_sides, _widest_free_gap


def _word(x0: float, x1: float, top: float = 100.0) -> Word:
    return Word("w", Box(x0, top, x1, top + 8))


def test_header_keywords_start_words() -> None:
    assert _is_header_line("NO HASIL EVALUASI INSPEKTORAT REKOMENDASI RENCANA AKSI")
    # a body line: "Perencanaan" holds "RENCANA", "target" and "progress" are no labels here
    assert not _is_header_line("Kabid Perencanaan target Standar Pelayanan On progress")


def test_a_section_row_does_not_close_the_gap_between_no_and_hasil() -> None:
    # held-out document 303: "A. PERENCANAAN KINERJA" runs from x 39 across the gap at
    # 54..61 that every numbered line leaves between NO ("1" at 44) and HASIL (from 61)
    body = [_word(39, 47), _word(51, 120), *(_word(61, 200, 110 + 10 * i) for i in range(8))]
    body += [_word(44, 48, 110)]
    edge = _widest_free_gap(body, 54, 86)
    assert edge is not None and 54 <= edge <= 61


def test_table_sides_ignore_a_longer_scan_artefact() -> None:
    rules = [Box(36, y, 559, y) for y in (140, 170, 190, 300)] + [Box(0, 400, 593, 400)]
    assert _table_sides(rules) == (36, 559)
