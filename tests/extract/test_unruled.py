"""Helpers of the tables drawn with horizontal rules only (``extract.unruled``)."""

from __future__ import annotations

from extract.layout import Box, Cell, Table, Word
from extract.unruled import (
    _header_edges,
    _is_header_line,
    _least_covered,
    _table_sides,
    _to_column_edges,
    extend_open_table,
    join_broken_rules,
)


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
    found = _least_covered(body, 54, 86)
    assert found is not None
    edge, crossing = found
    assert 54 <= edge <= 61 and crossing == 1  # the section row only


def test_table_sides_ignore_a_longer_scan_artefact() -> None:
    rules = [Box(36, y, 559, y) for y in (140, 170, 190, 300)] + [Box(0, 400, 593, 400)]
    assert _table_sides(rules) == (36, 559)


def test_pieces_of_a_worn_rule_are_joined() -> None:
    # one rule at y=120 in four pieces (gaps up to 119 pt), 79% of its length printed
    worn = [Box(47, 120, 172, 120), Box(169, 119, 398, 119), Box(439, 119, 578, 119)]
    worn.append(Box(697, 119, 807, 119))
    joined = join_broken_rules(worn)
    assert [(r.x0, r.x1) for r in joined] == [(47, 807)]


def test_scattered_short_strokes_stay_apart() -> None:
    # underlines of a signature block on one height: mostly blank between them
    strokes = [Box(100, 500, 130, 500), Box(300, 500, 330, 500), Box(480, 500, 510, 500)]
    assert join_broken_rules(strokes) == strokes


def test_rules_apart_by_height_are_not_joined() -> None:
    rules = [Box(40, 100, 300, 100), Box(320, 130, 560, 130)]
    assert sorted(join_broken_rules(rules), key=lambda r: r.top) == rules


def test_a_worn_rule_reaches_the_column_edges_beyond_its_ends() -> None:
    edges = [36.0, 57.0, 256.0, 396.0, 534.0]
    # worn away at both ends: carried out to the table's sides
    assert _to_column_edges(Box(125, 166, 389, 166), edges) == Box(57, 166, 396, 166)
    # a rule under one recommendation row starts at the HASIL column's edge: unchanged
    assert _to_column_edges(Box(256.5, 200, 534, 200), edges) == Box(256, 200, 534, 200)


def test_header_labels_of_one_column_are_not_split_by_ocr_gaps() -> None:
    # "HASIL" "EVALUASI" "INSPEKTORAT" read as three labels over one column (57-256);
    # the body's HASIL lines run on across their gaps, the gutters at 57 and 256 are free
    header = [_word(40, 54, 50), _word(76, 106, 50), _word(110, 161, 50), _word(167, 240, 50)]
    header += [_word(288, 365, 50), _word(404, 526, 50)]
    body = [_word(40, 46, 80)]
    for i in range(12):
        top = 80 + 10 * i
        body += [_word(60, 120, top), _word(124, 250, top), _word(260, 390, top)]
        body += [_word(400, 530, top)]
    edges = _header_edges(header, body, 36, 534)
    assert edges is not None
    assert len(edges) == 5  # NO, HASIL, REKOMENDASI, RENCANA
    assert 54 <= edges[1] <= 60 and 250 <= edges[2] <= 260 and 390 <= edges[3] <= 400


def _lattice(rows: list[tuple[str, ...]]) -> Table:
    edges = (30.0, 60.0, 250.0, 400.0, 560.0)
    cells = tuple(
        Cell(r, c, 1, 1, Box(edges[c], 40 + 20 * r, edges[c + 1], 60 + 20 * r), (t,) if t else ())
        for r, texts in enumerate(rows)
        for c, t in enumerate(texts)
    )
    return Table(1, Box(30, 40, 560, 40 + 20 * len(rows)), len(rows), 4, edges, cells)


HEADER = ("NO", "HASIL EVALUASI", "REKOMENDASI", "RENCANA AKSI")
# the lattice table's own rules, then rules under it with a line of words between each two
RULES_BELOW = [Box(30, y, 560, y) for y in (40, 60, 80, 100, 140, 180)]
WORDS_BELOW = [Word("Agar", Box(260, 110, 290, 118)), Word("Menyusun", Box(410, 150, 460, 158))]


def test_a_header_only_lattice_table_goes_on_with_the_rules_below() -> None:
    # development sample 015: a shaded header (and its column numbers or the first
    # section row) drawn as a grid, the body ruled with horizontal lines only
    for second in (("1", "2", "3", "4"), ("A", "Perencanaan Kinerja", "", "")):
        table = _lattice([HEADER, second])
        extended = extend_open_table(table, WORDS_BELOW, RULES_BELOW, [])
        assert extended is not None and extended[0].n_rows > table.n_rows


def test_a_lattice_table_with_its_body_is_not_extended() -> None:
    # held-out 902: the table's last rows on page 2, then rules of the signature area
    rest = "Kualitas 4,80 64% Pemanfaatan 7,00 56% Jumlah 15,80 63,2% Catatan: evaluasi"
    table = _lattice([HEADER, ("", rest, "", "")])
    assert extend_open_table(table, WORDS_BELOW, RULES_BELOW, []) is None


def test_nor_over_a_second_table_below_it() -> None:
    # held-out 804: the monitoring table printed under the first table's signature
    table = _lattice([HEADER])
    assert extend_open_table(table, WORDS_BELOW, RULES_BELOW, [], stop=95.0) is None


def test_a_table_inside_another_is_nested() -> None:
    from extract.textlayer import _nested

    main = (37.0, 200.0, 547.0, 700.0)
    score_table = (81.0, 260.0, 262.0, 330.0)  # held-out 902: scores inside a HASIL cell
    assert _nested(score_table, [main])
    assert not _nested(main, [score_table])
    assert not _nested((37.0, 720.0, 547.0, 800.0), [main])  # a second table below
