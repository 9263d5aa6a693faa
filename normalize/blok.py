"""The text around the table: title, header block and signature block.

Reads lines (in page order) that lie outside the tables: above the first table the
title (year, unit, kabupaten) and the header block (penanggung jawab data SAKIP and
nomor HP); below the last table the signature block (jabatan, name, pangkat (golongan),
NIP).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from extract.layout import Box, DocumentLayout, PageLayout
from normalize.kontak import hp_e164
from normalize.nama import rapikan_nama
from normalize.nip import parse_nip
from normalize.pangkat import split_pangkat
from normalize.teks import collapse_ws, kabupaten_name, title_case_unit

_YEAR = re.compile(r"\bTAHUN\s+(20\d\d|19\d\d)\b", re.IGNORECASE)
_ANY_YEAR = re.compile(r"\b(20\d\d)\b")
_UNIT = re.compile(
    r"\b((?:KEC\.|(?:KECAMATAN|DINAS|BADAN|SEKRETARIAT|RSUD|RUMAH\s+SAKIT|INSPEKTORAT|"
    r"SATUAN|KANTOR|BAGIAN|KELURAHAN|DISTRIK|UPTD|UPT|PUSKESMAS|KAPANEWON|KEMANTREN)\b).*?)"
    # a trailing acronym, "(BKPSDM)", "(DP3A)", "(SATPOL PP DAN WH)", is not part of the name
    r"(?:\s*\([A-Z][A-Z0-9 &./-]{1,30}\))?"
    # a kelurahan's kecamatan after its name is where it lies, not its name
    r"(?=\s+DI\s+LINGKUNGAN|\s+PEMERINTAH\b|\s+KABUPATEN\b|\s+KOTA\b|\s+KECAMATAN\b"
    # the unit above the title's own words: "BADAN ... (BAPPERIDA) / RENCANA AKSI ..."
    r"|\s+(?:RENCANA\s+AKSI|MONITORING|LAPORAN)\b|$)",
    re.IGNORECASE,
)
# the penanggung jawab's name, not the line giving the penanggung jawab's HP
# who keeps the unit's SAKIP data: "Penanggung Jawab", "PJ", "Pengelola Data SAKIP",
# "Admin e-SAKIP", "Operator SAKIP"
_PJ_LABEL = (
    r"(?:penanggung\s*jawab|\bPJ\b|\bpengelola\s+data\b|\badmin(?:istrator)?\s+e-?sakip\b"
    r"|\boperator\s+e-?sakip\b)"
)
_PJ = re.compile(
    rf"^(?!.*\b(?:hp|telepon|telp|handphone|wa)\b).*?{_PJ_LABEL}[^:]*:\s*(.*)",
    re.IGNORECASE,
)
# the PJ and the number in one sentence: "Penanggung jawab data SAKIP: ELFI SUSANTI, S.T.
# (HP 0813 7412 5566)"
_PJ_WITH_HP = re.compile(
    rf"^.*?{_PJ_LABEL}[^:]*:\s*(.*?)\s*[(,;]\s*(?:no\.?\s*)?(?:hp|telp|wa|handphone)\b",
    re.IGNORECASE,
)
# "Nomor HP", "No. Telp", and alone: "HP", "Telepon Seluler", "WA", "Kontak (HP/WA)"
_HP_LABEL = (
    r"(?:(?:(?:\bnomor|\bno\.?)\s*)?\b(?:hp|telepon(?:\s+seluler)?|telp|wa|whatsapp|handphone)\b"
    r"|\bkontak\b)"
)
_HP = re.compile(rf"{_HP_LABEL}[^:]*:\s*(.*)", re.IGNORECASE)
# The same without the colon, which OCR drops (a lone ":" in a column of its own is read as
# noise): the label's known words, then the value (or nothing: the value is the next row).
_PJ_BARE = re.compile(
    rf"^(?!.*\b(?:hp|telepon|telp|handphone|wa)\b).*?{_PJ_LABEL}"
    r"(?:\s+data)?(?:\s+sakip)?(?:\s*/\s*unit(?:\s+kerja)?)?"
    r"(?:\s+(?!(?:(?:data|sakip|unit|kerja)\b[\s/]*)+$)(\S.*))?\s*$",
    re.IGNORECASE,
)
_HP_BARE = re.compile(rf"{_HP_LABEL}.*?(\+?\d[\d\s().-]{{7,}}\d)", re.IGNORECASE)
# "a.n." (on behalf of) and "u.b." (by order of) head a block signed by someone else
_ATAS_NAMA = re.compile(r"^\s*(?:a\.?\s?n\.|u\.?\s?b\.)", re.IGNORECASE)
_NIP = re.compile(r"\bNIP\b", re.IGNORECASE)
_WORDLIKE = re.compile(r"[^\W_]{2}")
# "Kotabaru, 21 Februari 2023" (OCR may read the blank after the day as ":" or ".")
_DATE_LINE = re.compile(
    r",\s*\d{1,2}[\s:.]\s*[A-Za-z]+\s+\d{4}\s*$|^\s*(mengetahui|disetujui)"
    # the Hijri date beside the Gregorian: "Sigli, 14 Rajab 1445 H / 26 Januari 2024 M"
    r"|,\s*\d{1,2}\s+[A-Za-z' ]+\s+\d{4}\s*H\s*/\s*\d{1,2}\s+[A-Za-z]+\s+\d{4}\s*M?\s*$"
    # "Ditetapkan di : Tabanan" / "Pada tanggal : 17 Februari 2025"
    r"|^\s*(?:ditetapkan\s+di|(?:pada\s+)?tanggal)\s*:",
    re.I,
)


@dataclass(frozen=True)
class PlacedLine:
    page: int
    text: str
    box: Box


@dataclass(frozen=True)
class Blok:
    tahun_evaluasi: int | None = None
    unit_kerja: str | None = None
    kabupaten: str | None = None
    pj_nama: str | None = None
    pj_hp_tertulis: str | None = None
    pj_hp: str | None = None
    penandatangan_jabatan: str | None = None
    penandatangan_nama: str | None = None
    penandatangan_pangkat: str | None = None
    penandatangan_golongan: str | None = None
    penandatangan_nip: str | None = None
    # status codes a legend under the table explains ("S = Selesai; P = Dalam proses")
    legenda_status: dict[str, str] = field(default_factory=dict)


# "Keterangan status: S = Selesai; P = Dalam proses; B = Belum ditindaklanjuti"
_LEGEND_LINE = re.compile(r"\b(?:status|keterangan|ket\.)", re.IGNORECASE)
_LEGEND_ITEM = re.compile(r"(?<![\w])([A-Z]{1,3})\s*[=:]\s*([^;,=]+?)\s*(?=[;,]|$)")


def _legend(lines: Sequence[PlacedLine]) -> dict[str, str]:
    """Code -> words of the first line that explains two status codes or more."""
    for line in lines:
        if not _LEGEND_LINE.search(line.text):
            continue
        items = {code: collapse_ws(words) for code, words in _LEGEND_ITEM.findall(line.text)}
        if len(items) >= 2:
            return items
    return {}


def _rows(lines: Sequence[PlacedLine]) -> list[PlacedLine]:
    """Lines at the same height joined left to right (label and value may be apart)."""
    rows: list[list[PlacedLine]] = []
    for ln in sorted(lines, key=lambda ln: (ln.page, ln.box.top, ln.box.x0)):
        last = rows[-1][-1] if rows else None
        if last and last.page == ln.page and abs(last.box.top - ln.box.top) < 3:
            rows[-1].append(ln)
        else:
            rows.append([ln])
    out = []
    for group in rows:
        group.sort(key=lambda ln: ln.box.x0)
        box = Box(group[0].box.x0, group[0].box.top, group[-1].box.x1, group[0].box.bottom)
        out.append(PlacedLine(group[0].page, " ".join(g.text for g in group), box))
    return out


# The Rencana Aksi table has at least NO, HASIL EVALUASI, REKOMENDASI and RENCANA AKSI; a
# narrower bordered grid above it is the header block drawn as a table (No | Uraian | Isi).
MIN_MAIN_COLUMNS = 4


def _page_lines(page: PageLayout) -> list[PlacedLine]:
    """A page's text lines, with each row of a narrow (non-main) table read as a line."""
    lines = [PlacedLine(page.number, t.text, t.box) for t in page.text_lines]
    for table in page.tables:
        if table.n_cols >= MIN_MAIN_COLUMNS:
            continue
        for row in range(table.n_rows):
            cells = [c for c in table.row_cells(row) if c.text]
            if cells:
                box = Box(cells[0].box.x0, cells[0].box.top, cells[-1].box.x1, cells[0].box.bottom)
                lines.append(PlacedLine(page.number, " ".join(c.text for c in cells), box))
    return lines


def split_around_tables(layout: DocumentLayout) -> tuple[list[PlacedLine], list[PlacedLine]]:
    """Lines before the first main table and lines after the last one, in reading order."""
    before: list[PlacedLine] = []
    after: list[PlacedLine] = []
    main = [(p, [t for t in p.tables if t.n_cols >= MIN_MAIN_COLUMNS]) for p in layout.pages]
    table_pages = [(p, tables) for p, tables in main if tables]
    if not table_pages:
        return [line for p in layout.pages for line in _page_lines(p)], []
    # the table the header block stands above has its header and a row at least: one row
    # of boxes above it is a letterhead's large capitals over its double rule (a scan)
    opening = [(p, [t for t in tables if t.n_rows >= 2]) for p, tables in table_pages]
    (first, first_tables) = next(((p, ts) for p, ts in opening if ts), table_pages[0])
    last, last_tables = table_pages[-1]
    first_top = min(t.box.top for t in first_tables)
    last_bottom = max(t.box.bottom for t in last_tables)
    for page in layout.pages:
        for placed in _page_lines(page):
            if page.number < first.number or (
                page.number == first.number and placed.box.bottom <= first_top
            ):
                before.append(placed)
            if page.number > last.number or (
                page.number == last.number and placed.box.top >= last_bottom
            ):
                after.append(placed)
    return before, after


# The letterhead (kop surat) above the title: the address and contact lines. Their
# "Telepon (0341) 395217" is no header-block HP, their street no part of the title.
_KOP = re.compile(
    r"^\s*(?:jalan|jl\.|alamat)\b|\b(?:telepon|telp|faks|fax|laman|website|pos-?el|e-?mail|"
    r"surel|kode\s+pos)\b",
    re.IGNORECASE,
)
_HEADER_BLOCK = (_PJ, _HP, _PJ_BARE, _HP_BARE)


# a line naming the penanggung jawab or a mobile number is the header block's, whatever
# else it says ("Telepon Seluler")
_BLOCK_WORDS = re.compile(
    r"\b(?:hp|seluler|genggam|ponsel|wa|whatsapp|penanggung|pj)\b", re.IGNORECASE
)


def _kop(row: PlacedLine) -> bool:
    return bool(_KOP.search(row.text)) and not _BLOCK_WORDS.search(row.text)


# the header block's name labelled only "Nama", right above its HP (or Jabatan and HP)
_NAMA = re.compile(r"^\s*(?:\d{1,2}[.)]?\s*)?nama\s*:\s*(.*)", re.IGNORECASE)


def _nama_above_hp(rows: Sequence[PlacedLine], i: int) -> bool:
    return bool(_NAMA.match(rows[i].text)) and any(
        _HP.search(r.text) or _HP_BARE.search(r.text) for r in rows[i + 1 : i + 3]
    )


def _block_start(rows: Sequence[PlacedLine]) -> int:
    """Index of the header block's first row (the penanggung jawab's or the HP's, not the
    letterhead's); ``len(rows)`` when there is none."""
    for i, row in enumerate(rows):
        if _kop(row):
            continue
        if any(p.search(row.text) for p in _HEADER_BLOCK) or _nama_above_hp(rows, i):
            return i
    return len(rows)


def _title(lines: Sequence[PlacedLine]) -> tuple[int | None, str | None, str | None]:
    title = [ln.text for ln in lines if not _kop(ln)]
    text = collapse_ws(" ".join(title))
    year_match = _YEAR.search(text) or _ANY_YEAR.search(text)
    tahun = int(year_match.group(1)) if year_match else None
    rest = text[year_match.end() :] if year_match else text
    # the unit after the year ("... SAKIP TAHUN 2023 / KECAMATAN X"), else before it
    # (the year alone on the title's last line)
    unit_match = _UNIT.search(rest) or (
        _UNIT.search(text[: year_match.start()]) if year_match else None
    )
    unit = title_case_unit(unit_match.group(1)) if unit_match else None
    # the name on its own line first: the words of a next line ("Posisi s.d. ...", a PJ
    # label) are no part of it; a name wrapped onto the next line needs the whole title
    kabupaten = next(filter(None, map(kabupaten_name, title)), None) or kabupaten_name(text)
    return tahun, unit, kabupaten


def _value_after(rows: Sequence[PlacedLine], pattern: re.Pattern[str]) -> str | None:
    for i, row in enumerate(rows):
        match = pattern.search(row.text)
        if match is None:
            continue
        value = collapse_ws(match.group(1) or "")
        if not value and i + 1 < len(rows) and not _HP.search(rows[i + 1].text):
            # the label may wrap too: "Nama Penanggung Jawab Data" / "1 SAKIP/Unit Kerja :
            # MARIA ...": the value is after the colon of the next row
            value = collapse_ws(rows[i + 1].text.split(":", 1)[-1])
        return value or None
    return None


# "Nama :", "Pangkat/Gol. :", "NIP :" before a signature block's values (OCR may drop the
# colon: "Nama ROBERTUS ...")
_LABEL_WORDS = r"(?:nama|nip|pangkat(?:\s*/\s*gol(?:ongan)?\.?)?|gol(?:ongan)?\.?|jabatan)"
_SIGNATURE_LABEL = re.compile(rf"^\s*(?!nip\b){_LABEL_WORDS}\s*(?::\s*|\s+(?=\S))", re.I)
_BARE_LABEL = re.compile(rf"^\s*{_LABEL_WORDS}\s*:?\s*$", re.I)


def _labelled(rows: list[PlacedLine]) -> list[PlacedLine]:
    """A signature block written as labelled lines ("Nama : X", "NIP : Y"): each label
    joined to its value (a line at the same height starting with ":", or any after a
    label alone), the labels but "NIP" dropped."""
    out: list[PlacedLine] = []
    for row in rows:
        last = out[-1] if out else None
        if (
            last is not None
            and (row.text.lstrip().startswith(":") or _BARE_LABEL.match(last.text))
            and last.page == row.page
            and abs(last.box.top - row.box.top) < 3
        ):
            box = Box(last.box.x0, last.box.top, row.box.x1, last.box.bottom)
            out[-1] = PlacedLine(last.page, f"{last.text} {row.text}", box)
        else:
            out.append(row)
    return [
        PlacedLine(r.page, _SIGNATURE_LABEL.sub("", r.text), r.box)
        if _SIGNATURE_LABEL.match(r.text)
        else r
        for r in out
    ]


# NIP lines this close in height (points, about two lines) stand side by side
SIDE_BY_SIDE = 30.0


def _signature(lines: Sequence[PlacedLine]) -> dict[str, str | None]:
    # lines as placed, not joined by height: two signatories may stand side by side
    rows = _labelled(sorted(lines, key=lambda ln: (ln.page, round(ln.box.top), ln.box.x0)))
    nips = [i for i, r in enumerate(rows) if _NIP.search(r.text)]
    if not nips:
        return {}
    # the lowest NIP; beside another, the right one (the unit head signs on the right,
    # "Mengetahui" or "Disusun oleh" on the left, its block a line or two lower or higher)
    last = rows[nips[-1]]
    nip_idx = max(
        (
            i
            for i in nips
            if rows[i].page == last.page and abs(rows[i].box.top - last.box.top) < SIDE_BY_SIDE
        ),
        key=lambda i: rows[i].box.x0,
    )
    nip_line = rows[nip_idx]
    # the signature column: lines that overlap the NIP line horizontally (the block
    # may begin on one page and end on the next); a line without two letters or digits
    # together is a speck a scan read as "-" or "|", not a line of the block
    column = [
        r
        for r in rows[:nip_idx]
        if r.box.x1 > nip_line.box.x0 - 40
        and r.box.x0 < nip_line.box.x1
        and _WORDLIKE.search(r.text)
        # the header block printed beside the signature, at the document's end
        and not (_PJ.search(r.text) or _HP.search(r.text))
    ]
    pangkat_text = column[-1].text if column else None
    pangkat, golongan = split_pangkat(pangkat_text)
    # a line with a golongan is the pangkat line even where OCR garbled the pangkat's name
    name_pos = len(column) - (2 if pangkat or golongan else 1)
    if pangkat is None and golongan and len(column) >= 3:
        # the pangkat on a line of its own above "Golongan IV/c"
        above, _ = split_pangkat(column[-2].text)
        if above is not None:
            pangkat, name_pos = above, len(column) - 3
    nama = collapse_ws(column[name_pos].text) if 0 <= name_pos < len(column) else None
    jabatan_lines: list[str] = []
    for r in reversed(column[: max(name_pos, 0)]):
        if _DATE_LINE.search(r.text):
            break
        jabatan_lines.insert(0, r.text)
        if len(jabatan_lines) == 3:
            break
    if any(_ATAS_NAMA.match(line) for line in jabatan_lines):
        # "a.n. KEPALA DINAS ... / SEKRETARIS,": the signer's own title is the last line
        jabatan_lines = jabatan_lines[-1:]
    return {
        "penandatangan_nip": parse_nip(nip_line.text),
        "penandatangan_pangkat": pangkat,
        "penandatangan_golongan": golongan,
        "penandatangan_nama": rapikan_nama(nama),
        "penandatangan_jabatan": collapse_ws(" ".join(jabatan_lines)).rstrip(" ,") or None,
    }


_DIGITS = re.compile(r"\d")
# the number closing the label's second line, after its colon (which OCR may drop)
_PHONE_AT_END = re.compile(r"(?::\s*|\s)(\+?\d[\d\s().-]{7,}\d)\s*$")


def _wrapped_hp(rows: Sequence[PlacedLine]) -> str | None:
    """The HP whose label wraps: "No. HP Penanggung Jawab Data" / "SAKIP : +62 812-...".

    The label's first line has the HP word and no value, the next row its colon and the
    number.
    """
    for row, nxt in pairwise(rows):
        if (
            re.search(_HP_LABEL, row.text, re.IGNORECASE)
            and ":" not in row.text
            and not _DIGITS.search(re.sub(r"^\s*\d{1,2}[.)]?\s", "", row.text))
        ):
            m = _PHONE_AT_END.search(nxt.text)
            if m:
                return collapse_ws(m.group(1))
    return None


def _beside_signature(after: Sequence[PlacedLine]) -> list[PlacedLine]:
    """Rows of the lines after the table left of the signature (the header block printed
    at the end, beside it): joined by height, but without the signature's lines."""
    nips = [ln.box.x0 for ln in after if _NIP.search(ln.text)]
    edge = min(nips) if nips else float("inf")
    return _rows([ln for ln in after if ln.box.x1 < edge - 5])


def read_blok(layout: DocumentLayout) -> Blok:
    before, after = split_around_tables(layout)
    rows = _rows(before)
    start = _block_start(rows)
    tahun, unit, kabupaten = _title(rows[:start])
    # the header block's own HP, not the letterhead's telephone
    block = [r for r in rows[start:] if not _kop(r)] or rows
    pj_nama = (
        _value_after(block, _PJ)
        or _value_after(block, _PJ_BARE)
        or _value_after(block, _PJ_WITH_HP)
    )
    nama = _NAMA.match(block[0].text) if block else None
    if pj_nama is None and nama is not None and _nama_above_hp(block, 0):
        pj_nama = collapse_ws(nama.group(1)) or None
    hp_tertulis = _value_after(block, _HP) or _value_after(block, _HP_BARE) or _wrapped_hp(block)
    if pj_nama is None and hp_tertulis is None:
        end = _beside_signature(after)
        pj_nama = _value_after(end, _PJ) or _value_after(end, _PJ_BARE)
        hp_tertulis = _value_after(end, _HP) or _value_after(end, _HP_BARE)
    return Blok(
        tahun_evaluasi=tahun,
        unit_kerja=unit,
        kabupaten=kabupaten,
        pj_nama=rapikan_nama(pj_nama),
        pj_hp_tertulis=hp_tertulis,
        pj_hp=hp_e164(hp_tertulis),
        **_signature(after),
        legenda_status=_legend([*before, *after]),
    )
