"""Walk the table rows in reading order and collect findings and recommendations.

The walker is a small state machine over the rows of every table of a document:
section rows (``A Perencanaan Kinerja``) set the komponen, a number in the NO column
opens a finding, the HASIL EVALUASI text accumulates on the open finding (a merged cell
or a cell continued on the next page), and the REKOMENDASI / RENCANA AKSI cells are
split into numbered items. A row that continues a row broken across pages extends the
open recommendation instead of opening a new one.

A document may hold the same table twice (rencana aksi, then monitoring): each pass
through the komponen is kept apart and merged later (``normalize.gabung``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.layout import Cell, DocumentLayout, Table
from normalize.kolom import (
    ColumnMap,
    after_header,
    inherit_columns,
    map_header,
    restates_header,
    split_number_row,
    split_open_header,
)
from normalize.komponen import KOMPONEN, parse_section
from normalize.teks import join_lines, split_items

MONITORING_TEXT_FIELDS = ("target_data", "waktu_pelaksanaan", "penanggung_jawab", "status_progres")
_ROW_OPENERS = ("no", "hasil_evaluasi", "rekomendasi", "rencana_aksi")
# a monitoring value may sit a little above the line of its recommendation (points)
STACK_TOLERANCE = 2.0
_FINDING_NO = re.compile(r"^\s*(?:[A-E][.\s]*)?(\d{1,2})[.)]?\s*$")
# on OCR pages a lone finding number may come back as a look-alike; it is put right only
# when the look-alike reading is the number the komponen's sequence expects
_OCR_NUMBER = re.compile(r"^\s*(?:[A-E][.\s]*)?([0-9lI|iZSBGOo]{1,2})[.)]?\s*$")
_OCR_DIGIT_SLIPS = str.maketrans(
    {
        "7": "1",
        "l": "1",
        "I": "1",
        "|": "1",
        "i": "1",
        "Z": "2",
        "S": "5",
        "B": "8",
        "G": "6",
        "O": "0",
        "o": "0",
    }
)


@dataclass
class DraftRekomendasi:
    komponen_kode: str | None
    finding_no: int | None
    number: int | None
    page: int
    rekomendasi: list[str] = field(default_factory=list)
    rencana_aksi: list[str] = field(default_factory=list)
    fields: dict[str, list[str]] = field(default_factory=dict)
    tautan: list[str] = field(default_factory=list)
    # the link cell's lines, from every row the recommendation runs over: a URL wrapped
    # at a page break goes on in the next piece (``normalize.tautan.join_link_lines``)
    tautan_teks: list[str] = field(default_factory=list)


@dataclass
class DraftFinding:
    komponen_kode: str | None
    komponen: str | None
    finding_no: int
    page: int
    hasil: list[str] = field(default_factory=list)
    # a NILAI column's text: the scores written beside the HASIL EVALUASI, not in it
    nilai: list[str] = field(default_factory=list)
    # read by OCR: copies of it are readings, not the unit's own repetition
    ocr: bool = False


@dataclass
class Pass:
    """One reading of the komponen A..D: a whole table of the document."""

    layout: str
    findings: list[DraftFinding] = field(default_factory=list)
    rekomendasi: list[DraftRekomendasi] = field(default_factory=list)
    komponen_order: list[str] = field(default_factory=list)


@dataclass
class WalkIssue:
    """Something the walker noticed and output as it judged; becomes an info warning."""

    code: str
    page: int
    message: str


@dataclass
class Walk:
    passes: list[Pass] = field(default_factory=list)
    issues: list[WalkIssue] = field(default_factory=list)
    tables_read: int = 0
    layouts: set[str] = field(default_factory=set)


def _row_fields(table: Table, columns: ColumnMap, row: int) -> dict[str, Cell]:
    out: dict[str, Cell] = {}
    for cell in table.row_cells(row):
        name = columns.field_of(cell.col)
        if name and name not in out:
            out[name] = cell
    return out


def _merged_value(cell: Cell, name: str, created: list[DraftRekomendasi]) -> None:
    """A cell merged over the rows of several recommendations holds the value of each
    (one WAKTU for all of a finding's recommendations)."""
    value = _cell_text(cell).strip()
    for rec in created if value else []:
        rec.fields.setdefault(name, []).append(value)


def _spanning(table: Table, columns: ColumnMap, row: int) -> dict[str, Cell]:
    """Field -> the cell merged over ``row`` from a row above it."""
    out: dict[str, Cell] = {}
    for cell in table.cells:
        name = columns.field_of(cell.col)
        if name and cell.row < row < cell.row + cell.rowspan:
            out.setdefault(name, cell)
    return out


def _cell_text(cell: Cell | None) -> str:
    return join_lines(cell.lines) if cell is not None else ""


# NO holding the komponen's letter only: the komponen's one finding
_KOMPONEN_LETTER = re.compile(r"^\s*[A-E]\s*[.)]?\s*$")


def _heading(no: Cell | None, hasil: Cell | None) -> tuple[str, str] | None:
    """(kode, name) of a komponen a finding's row names itself: a name heading the HASIL
    cell above its text (on one line or two), else the letter alone in NO."""
    lines = hasil.lines if hasil is not None else ()
    for n in (1, 2):
        if len(lines) > n and (named := parse_section(" ".join(lines[:n]))) is not None:
            return named
    letter = _KOMPONEN_LETTER.match(_cell_text(no))
    if letter is not None and _cell_text(hasil):
        kode = _cell_text(no).strip()[0]
        return kode, KOMPONEN.get(kode, kode)
    return None


class _Walker:
    def __init__(self) -> None:
        self.walk = Walk()
        self.current: Pass | None = None
        self.komponen: tuple[str, str] | None = None
        self.finding: DraftFinding | None = None
        self.open_rec: DraftRekomendasi | None = None

    # -- passes and sections -------------------------------------------------
    def _start_pass(self, layout: str) -> Pass:
        self.current = Pass(layout)
        self.walk.passes.append(self.current)
        self.finding = None
        self.open_rec = None
        return self.current

    def _section(self, kode: str, nama: str, layout: str) -> None:
        current = self.current
        if current is None or kode in current.komponen_order:
            # the komponen come round again: the document's next table
            current = self._start_pass(layout)
        current.komponen_order.append(kode)
        self.komponen = (kode, nama)
        self.finding = None
        self.open_rec = None

    # -- rows ------------------------------------------------------------------
    def row(
        self, table: Table, columns: ColumnMap, row: int, first_body_row: bool, ocr: bool = False
    ) -> None:
        cells = _row_fields(table, columns, row)
        texts = {name: _cell_text(cell) for name, cell in cells.items()}
        if not any(t.strip() for t in texts.values()):
            return
        # a KOMPONEN column names the komponen of the rows its merged cell spans
        named = parse_section(texts.get("komponen", ""))
        if named is not None and (self.komponen is None or named[0] != self.komponen[0]):
            self._section(named[0], named[1], columns.layout)
        # a section row is short text naming a komponen; its merged cell may have been
        # cut at the column edges, so read the whole row
        section = _section_of(table.row_cells(row)) if named is None else None
        if section is None and named is None and ocr:
            section = _lettered_section(table.row_cells(row), self._next_komponen())
        if section is not None:
            self._section(section[0], section[1], columns.layout)
            return
        # a komponen named in its finding's own cells, with no section row: its letter
        # alone in NO ("A") or its name heading the HASIL cell ("PERENCANAAN KINERJA")
        heading = _heading(cells.get("no"), cells.get("hasil_evaluasi"))
        if heading is not None and (self.komponen is None or heading[0] != self.komponen[0]):
            self._section(heading[0], heading[1], columns.layout)
        if _KOMPONEN_LETTER.match(texts.get("no", "")):
            texts["no"] = "1"  # the komponen's letter stands for its one finding
        if restates_header(texts):
            # a row below the repeated header may have joined it (``after_header``)
            below = after_header(cells)
            if below is None:
                return
            cells = below
            texts = {name: _cell_text(cell) for name, cell in cells.items()}
        elif _total_row(table.row_cells(row)):
            return
        if self.current is None:
            self._start_pass(columns.layout)
        self._finding(texts, table.page, ocr)
        # the rest of the open recommendation: the first row of a page (a row broken across
        # pages), or a row holding none of NO, HASIL, REKOMENDASI and RENCANA AKSI (a rule
        # drawn inside a cell, such as a link's underline, split it off)
        continuing = self.open_rec is not None and (
            (first_body_row and not texts.get("no"))
            or not any(texts.get(k, "").strip() for k in _ROW_OPENERS)
        )
        continued = self.open_rec if continuing else None
        spanning = self._carried(_spanning(table, columns, row), columns.body_start)
        created = self._rekomendasi(texts.get("rekomendasi", ""), table.page, continuing)
        self._rencana_aksi(texts.get("rencana_aksi", ""), created, continuing, continued)
        self._monitoring(cells, texts, created, continuing, spanning)

    def _carried(self, spanning: dict[str, Cell], body_start: int) -> dict[str, Cell]:
        """``spanning`` with a merged cell the page break left empty given the value it
        has above the break: Word prints a merged cell's text on its first page only, so
        the open finding's last recommendation holds it."""
        before = self.open_rec
        if before is None or self.finding is None or before.finding_no != self.finding.finding_no:
            return spanning
        out = dict(spanning)
        for name, cell in spanning.items():
            value = join_lines(before.fields.get(name, []))
            if cell.row == body_start and not _cell_text(cell).strip() and value:
                out[name] = replace(cell, lines=(value,))
        return out

    def _next_komponen(self) -> str:
        """The letter of the komponen that comes next in the table (A first)."""
        if self.komponen is None:
            return "A"
        return chr(ord(self.komponen[0]) + 1)

    def _next_number(self) -> int:
        assert self.current is not None
        kode = self.komponen[0] if self.komponen else None
        return 1 + sum(1 for f in self.current.findings if f.komponen_kode == kode)

    def _numbers_restart(self) -> bool:
        """Whether the findings so far are numbered per komponen: two earlier komponen or
        more, each begun at 1 (the first begins at 1 in a running NO too)."""
        assert self.current is not None
        kode = self.komponen[0] if self.komponen else None
        first: dict[str | None, int] = {}
        for f in self.current.findings:
            if f.komponen_kode != kode:
                first.setdefault(f.komponen_kode, f.finding_no)
        return len(first) >= 2 and all(n == 1 for n in first.values())

    def _finding_number(self, text: str, page: int, ocr: bool) -> int | None:
        match = _FINDING_NO.match(text)
        read = int(match.group(1)) if match is not None else None
        if not ocr or not text.strip():
            return read
        expected = self._next_number()
        if read == expected or (self.finding is not None and read == self.finding.finding_no):
            return read
        slip = _OCR_NUMBER.match(text)
        if slip is None:
            return read
        repaired = slip.group(1).translate(_OCR_DIGIT_SLIPS)
        if len(repaired) == 1 and expected == 1 and self._numbers_restart():
            # where the komponen so far (two or more) each began at 1, a komponen's first
            # finding is 1 whatever single digit OCR made of a lone "1" ("4": Tesseract
            # scales it as lower case; "5" blurred); a running NO may well go on at 4 or 5
            repaired = "1"
        # only the next number: a look-alike of the open finding's is more likely a stray mark
        if not repaired.isdigit() or int(repaired) != expected:
            return read
        self.walk.issues.append(
            WalkIssue(
                "NOMOR_TEMUAN_OCR",
                page,
                f"Nomor temuan terbaca {text.strip()!r} (OCR); dibaca {int(repaired)} sesuai "
                "urutan temuan komponen.",
            )
        )
        return int(repaired)

    def _finding(self, texts: dict[str, str], page: int, ocr: bool) -> None:
        assert self.current is not None
        number = self._finding_number(texts.get("no", ""), page, ocr)
        hasil = texts.get("hasil_evaluasi", "").strip()
        if number is not None:
            kode, nama = self.komponen if self.komponen else (None, None)
            self.finding = DraftFinding(kode, nama, number, page, ocr=ocr)
            self.current.findings.append(self.finding)
            self.open_rec = None
        elif hasil and self.finding is None:
            # HASIL EVALUASI without a number: the komponen's only finding
            kode, nama = self.komponen if self.komponen else (None, None)
            self.finding = DraftFinding(kode, nama, 1, page, ocr=ocr)
            self.current.findings.append(self.finding)
            self.walk.issues.append(
                WalkIssue(
                    "NOMOR_TEMUAN_KOSONG",
                    page,
                    f"Kolom NO kosong pada temuan: {hasil[:60]!r}; dianggap temuan nomor 1.",
                )
            )
        if hasil and self.finding is not None:
            self.finding.hasil.append(hasil)
        nilai = texts.get("nilai", "").strip()
        if nilai and self.finding is not None:
            self.finding.nilai.append(nilai)

    def _new_rec(self, number: int | None, page: int) -> DraftRekomendasi:
        assert self.current is not None
        kode = self.komponen[0] if self.komponen else None
        finding_no = self.finding.finding_no if self.finding else None
        rec = DraftRekomendasi(kode, finding_no, number, page)
        self.current.rekomendasi.append(rec)
        self.open_rec = rec
        return rec

    def _continues(self, continuing: bool) -> int | None:
        """The number of the item a continued cell goes on with, if known."""
        return self.open_rec.number if continuing and self.open_rec is not None else None

    def _rekomendasi(self, text: str, page: int, continuing: bool) -> list[DraftRekomendasi]:
        created: list[DraftRekomendasi] = []
        if not text.strip() or _NO_RECOMMENDATION.match(text):
            return created
        for i, (number, item) in enumerate(split_items(text, self._continues(continuing))):
            if i == 0 and number is None and continuing and self.open_rec is not None:
                self.open_rec.rekomendasi.append(item)
                continue
            rec = self._new_rec(number, page)
            rec.rekomendasi.append(item)
            created.append(rec)
        return created

    def _rencana_aksi(
        self,
        text: str,
        created: list[DraftRekomendasi],
        continuing: bool,
        continued: DraftRekomendasi | None = None,
    ) -> None:
        """``continued``: the recommendation the row's cells go on with."""
        if not text.strip():
            return
        by_number = {r.number: r for r in created if r.number is not None}
        pending = list(created)
        items = split_items(text, continued.number if continued is not None else None)
        for i, (number, item) in enumerate(items):
            target: DraftRekomendasi | None = None
            if number is not None and number in by_number:
                target = by_number[number]
            elif i == 0 and continuing and self.open_rec is not None and number is None:
                # the head of a continued cell whose next item is numbered goes on with the
                # continued recommendation, not with the one the row opens
                before = continued if len(items) > 1 else None
                target = before or (self.open_rec if not created else created[0])
            elif pending:
                target = pending[0]
            elif self.open_rec is not None:
                target = self.open_rec
            if target is None:
                continue
            target.rencana_aksi.append(item)
            if target in pending:
                pending.remove(target)

    def _monitoring(
        self,
        cells: dict[str, Cell],
        texts: dict[str, str],
        created: list[DraftRekomendasi],
        continuing: bool,
        spanning: dict[str, Cell],
    ) -> None:
        targets = created or ([self.open_rec] if continuing and self.open_rec else [])
        if not targets:
            return
        # several recommendations in one row: their values stacked in each cell
        tops = _item_tops(cells.get("rekomendasi"), created)
        for name in MONITORING_TEXT_FIELDS:
            value = texts.get(name, "").strip()
            if not value and created and name in spanning:
                _merged_value(spanning[name], name, created)
                continue
            if not value:
                continue
            stacked = _stacked(cells[name], tops) if tops else None
            if stacked is None:
                for rec in targets:
                    rec.fields.setdefault(name, []).append(value)
                continue
            for rec, lines in zip(created, stacked, strict=True):
                if lines:
                    rec.fields.setdefault(name, []).append(join_lines(lines))
        if (link_cell := cells.get("tautan")) is not None:
            _link(link_cell, targets, _stacked(link_cell, tops) if tops else None)
        elif created and (merged := spanning.get("tautan")) is not None:
            _link(merged, created, None)


def _section_of(cells: list[Cell]) -> tuple[str, str] | None:
    """The komponen a section row names: read across the whole row (its merged cell may
    have been cut at the column edges), else across its first cells only (on a scan the
    empty cells beside the name can hold specks read as letters, or the other side of
    the sheet showing through). A finding's row names its komponen in its first cells too
    ("1 | Komponen Evaluasi ... | 1. Agar ..."): a row opening with a finding number, or
    with a numbered item after the name, is no section row."""
    texts = [join_lines(c.lines) for c in cells if c.lines]
    for n in (len(texts), 3, 2):
        if n > len(texts):
            continue
        if n < len(texts) and (
            _FINDING_NO.match(texts[0]) or any(_ITEM.match(t) for t in texts[n:])
        ):
            continue
        if (section := parse_section(" ".join(texts[:n]))) is not None:
            return section
    return None


# a section row's letter first ("A.", "A. P:") on a scan
_SECTION_LETTER = re.compile(r"^\s*(?P<kode>[A-E])\s*[.,:]")
# the name after it is at most this long (characters)
MAX_SECTION_NAME = 60


def _lettered_section(cells: list[Cell], expected: str) -> tuple[str, str] | None:
    """On a scan, a section row whose name OCR garbled ("A. P: SNSNCANAAN KNIERJA"): the
    komponen's letter in its first cell, the next one in the table's order, and nothing
    but a short name without digits beside it."""
    texts = [join_lines(c.lines) for c in cells if c.lines and join_lines(c.lines).strip()]
    if not texts or len(texts) > 3 or (m := _SECTION_LETTER.match(texts[0])) is None:
        return None
    rest = " ".join([texts[0][m.end() :], *texts[1:]])
    if m["kode"] != expected or len(rest) > MAX_SECTION_NAME or re.search(r"\d", rest):
        return None
    return expected, KOMPONEN[expected]


# a REKOMENDASI cell saying the finding has none: "Tidak ada rekomendasi", "Nihil", "-"
_NO_RECOMMENDATION = re.compile(
    r"^\s*(?:tidak\s+ada(?:\s+rekomendasi)?|nihil|[-–—])\s*[.]?\s*$", re.IGNORECASE
)
# a row under the findings adding up their scores: "Jumlah nilai ...", "Total"
_TOTAL = re.compile(r"^\s*(?:jumlah|total)\b", re.IGNORECASE)


def _total_row(cells: list[Cell]) -> bool:
    """A row adding up the scores: "Jumlah"/"Total" in its first cells (after a speck a
    scan left in the NO cell), no numbered item."""
    texts = [join_lines(c.lines) for c in cells if c.lines and join_lines(c.lines).strip()]
    return any(_TOTAL.match(t) for t in texts[:2]) and not any(_ITEM.match(t) for t in texts)


# a numbered item opening a cell: "1. Agar ...", "(1) Menyusun ..." (a word after the
# number: a scan's specks read "1. T" are none)
_ITEM = re.compile(r"^\s*\(?\d{1,2}[.)]\s*[^\W\d_]{2}")


def _link(cell: Cell, targets: list[DraftRekomendasi], stacked: list[list[str]] | None) -> None:
    """The link cell's annotations and visible text to the row's recommendations: one
    annotation each when there are as many, the text's lines stacked as their values."""
    uris = list(cell.links)
    one_each = len(targets) > 1 and len(uris) == len(targets)
    if one_each:
        for rec, uri in zip(targets, uris, strict=True):
            rec.tautan.append(uri)
    else:
        targets[0].tautan.extend(uris)
    if stacked is not None:
        for rec, lines in zip(targets, stacked, strict=True):
            rec.tautan_teks.extend(lines)
    elif not one_each:
        targets[0].tautan_teks.extend(line for line in cell.lines if line.strip())


def _item_tops(cell: Cell | None, recs: list[DraftRekomendasi]) -> list[float] | None:
    """Where each of a row's recommendations (``recs``, the items of the REKOMENDASI
    ``cell`` in order) begins: the top of the line opening it; None unless every one
    is found."""
    if cell is None or len(recs) < 2 or len(cell.line_tops) != len(cell.lines):
        return None
    tops = [cell.line_tops[0]]
    j = 1
    for rec in recs[1:]:
        while j < len(cell.lines):
            line, top = cell.lines[j], cell.line_tops[j]
            j += 1
            if rec.number is not None and line.strip() and split_items(line)[0][0] == rec.number:
                tops.append(top)
                break
        else:
            return None
    return tops


def _stacked(cell: Cell, tops: list[float]) -> list[list[str]] | None:
    """A monitoring cell's lines shared out to the recommendations stacked in the row:
    each line to the last recommendation that begins above it. None when the cell's
    lines all fall to one of them (one value for the row: every recommendation has it)."""
    if len(cell.line_tops) != len(cell.lines):
        return None
    shares: list[list[str]] = [[] for _ in tops]
    for line, top in zip(cell.lines, cell.line_tops, strict=True):
        if line.strip():
            k = max((i for i, t in enumerate(tops) if t <= top + STACK_TOLERANCE), default=0)
            shares[k].append(line)
    return shares if sum(1 for s in shares if s) >= 2 else None


def walk_document(layout: DocumentLayout) -> Walk:
    """All findings and recommendation drafts of a document, pass by pass."""
    walker = _Walker()
    previous: tuple[Table, ColumnMap] | None = None
    for page in layout.pages:
        for table in page.tables:
            columns = map_header(table)
            if columns is None and previous is not None:
                columns = inherit_columns(previous[0], previous[1], table)
            if columns is None or "rekomendasi" not in columns.fields.values():
                continue
            opened = split_open_header(table, columns)
            if opened is not table:
                table, columns = opened, map_header(opened) or columns
            table, columns = split_number_row(table, columns)
            walker.walk.tables_read += 1
            walker.walk.layouts.add(columns.layout)
            for row in range(columns.body_start, table.n_rows):
                walker.row(
                    table,
                    columns,
                    row,
                    first_body_row=row == columns.body_start,
                    ocr=page.source == "ocr",
                )
            previous = (table, columns)
    return walker.walk
