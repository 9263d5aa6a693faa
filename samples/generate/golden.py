"""Expected JSON of a sample, from its spec; page numbers read from the produced PDF.

Only ``page_count`` and each recommendation's ``page`` come from the PDF (poppler's
``pdfinfo`` and ``pdftotext -layout``); everything else is the spec. The PDF is also checked
against the spec: every word of every cell must be in its text layer (nothing clipped), and
the features a spec expects (a row split across pages, a repeated header) must be visible.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from samples.generate.spec import (
    MONITORING_COLUMNS,
    RENCANA_AKSI_COLUMNS,
    SEED_HEADERS,
    DocSpec,
    Finding,
    Rec,
    TableLayout,
    hasil_text,
    multi_cell,
    rec_texts,
    tables_of,
)

Position = tuple[int, int]  # (0-based page, line)
PREDIKAT = ((90.0, "AA"), (80.0, "A"), (70.0, "BB"), (60.0, "B"), (50.0, "CC"), (30.0, "C"))
URL_RE = re.compile(r"https?://\S+")
BREAK_RE = re.compile(r"\s+|(?<=[-/])")


class GoldenError(ValueError):
    """The PDF does not show what the spec says it should."""


def collapse(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class PdfText:
    page_count: int
    pages: tuple[tuple[str, ...], ...]  # whitespace-collapsed lines of each page

    def find(self, phrase: str, start: Position = (0, 0)) -> Position | None:
        """First line at or after ``start`` holding ``phrase`` between word boundaries."""
        needle = f" {phrase} "
        for p in range(start[0], self.page_count):
            lines = self.pages[p]
            for li in range(start[1] if p == start[0] else 0, len(lines)):
                if needle in f" {lines[li]} ":
                    return p, li
        return None

    def find_words(self, text: str, start: Position) -> Position | None:
        """Where the first words of ``text`` are (3 words, else 2), at or after ``start``."""
        words = text.split()
        for k in (3, 2):
            if len(words) >= k:
                found = self.find(" ".join(words[:k]), start)
                if found is not None:
                    return found
        return None


def read_pdf(path: Path) -> PdfText:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True)
    match = re.search(r"^Pages:\s+(\d+)", info.stdout, re.M)
    if match is None:
        raise GoldenError(f"{path}: pdfinfo shows no page count")
    count = int(match.group(1))
    pages = []
    for n in range(1, count + 1):
        out = subprocess.run(
            ["pdftotext", "-layout", "-enc", "UTF-8", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        pages.append(tuple(collapse(line) for line in out.splitlines()))
    return PdfText(count, tuple(pages))


def predikat(total: float) -> str:
    for threshold, label in PREDIKAT:
        if total > threshold:
            return label
    return "D"


def _total(spec: DocSpec) -> float | None:
    nilai = {f.kode: f.scores.nilai for f in spec.findings}
    if sorted(nilai) != ["A", "B", "C", "D"] or any(v is None for v in nilai.values()):
        return None
    total = round(sum(v for v in nilai.values() if v is not None), 2)
    if total in (30.0, 50.0, 60.0, 70.0, 80.0, 90.0):
        raise GoldenError(f"{spec.name}: total {total} sits on a predikat boundary")
    return total


def _document(spec: DocSpec, pdf: PdfText) -> dict[str, Any]:
    sig = spec.signature
    total = _total(spec)
    return {
        "page_count": pdf.page_count,
        "text_source": "text_layer",
        "table_layout": spec.expected_layout,
        "unit_kerja": spec.unit_kerja,
        "kabupaten": spec.kabupaten,
        "tahun_evaluasi": spec.tahun,
        "pj_nama": spec.header.pj_nama,
        "pj_hp": spec.header.hp.e164,
        "penandatangan_jabatan": sig.jabatan,
        "penandatangan_nama": sig.nama,
        "penandatangan_pangkat": sig.pangkat,
        "penandatangan_golongan": sig.golongan,
        "penandatangan_nip": sig.nip.digits,
        "total_nilai": total,
        "predikat": predikat(total) if total is not None else None,
    }


def _finding(f: Finding, spec: DocSpec) -> dict[str, Any]:
    s = f.scores
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.finding_no,
        "nilai": s.nilai,
        "persen": s.persen,
        "keberadaan_nilai": s.keberadaan_nilai,
        "keberadaan_persen": s.keberadaan_persen,
        "kualitas_nilai": s.kualitas_nilai,
        "kualitas_persen": s.kualitas_persen,
        "pemanfaatan_nilai": s.pemanfaatan_nilai,
        "pemanfaatan_persen": s.pemanfaatan_persen,
        "hasil_evaluasi": collapse(hasil_text(f, spec.expected_layout, spec.render.two_tables)),
    }


def _opt(text: str | None) -> str | None:
    value = collapse(text or "")
    return value or None


def _recommendation(f: Finding, no: int, rec: Rec, spec: DocSpec, page: int) -> dict[str, Any]:
    table = spec.expected_layout
    rek, ra = rec_texts(rec, table, spec.render.two_tables)
    monitoring = table == "monitoring"
    waktu = rec.waktu if monitoring else None
    status = rec.status if monitoring else None
    link = rec.link if monitoring else None
    target = _opt(rec.target) if monitoring else None
    return {
        "komponen_kode": f.kode,
        "komponen": f.komponen,
        "finding_no": f.finding_no,
        "rekomendasi_no": no,
        "rekomendasi": collapse(rek),
        "rencana_aksi": _opt(ra),
        "target_data": None if target == "-" else target,
        "waktu_pelaksanaan": _opt(waktu.text) if waktu else None,
        "waktu_tahun": waktu.tahun if waktu else None,
        "waktu_periode": waktu.periode if waktu else None,
        "penanggung_jawab": _opt(rec.pj) if monitoring else None,
        "status_progres": _opt(status.text) if status else None,
        "status": status.label if status else None,
        "tautan": link.url if link else None,
        "tautan_teks": _opt(link.text) if link else None,
        "page": page,
    }


Trigram = tuple[str, str, str]


def _trigrams(text: str) -> set[Trigram]:
    w = text.split()
    return set(zip(w, w[1:], w[2:], strict=False))


@dataclass
class _Table:
    """Where a table's cells start: (cell text, 0-based start page)."""

    rec_pages: list[int] = field(default_factory=list)  # 1-based, one per recommendation
    cells: list[tuple[str, int]] = field(default_factory=list)


@dataclass
class _Scan:
    """Walks the PDF in reading order, table by table, row by row."""

    spec: DocSpec
    pdf: PdfText
    cursor: Position = (0, 0)

    def locate(self, text: str, what: str) -> Position:
        """Where ``text`` starts, after the cursor and not on a section row ("D Evaluasi
        Akuntabilitas Kinerja Internal" also starts the D finding's HASIL EVALUASI)."""
        sections = {f"{f.kode} {f.komponen}" for f in self.spec.findings}
        start = self.cursor
        while (found := self.pdf.find_words(text, start)) is not None:
            if self.pdf.pages[found[0]][found[1]] not in sections:
                return found
            start = (found[0], found[1] + 1)
        raise GoldenError(f"{self.spec.name}: cannot find {what} {text[:60]!r} in the PDF")

    def table(self, table: TableLayout) -> _Table:
        two = self.spec.render.two_tables
        out = _Table()
        for f in self.spec.findings:
            at = self.locate(hasil_text(f, table, two), f"HASIL EVALUASI {f.kode}")
            out.cells.append((hasil_text(f, table, two), at[0]))
            for no, rec in enumerate(f.recs, 1):
                rek, ra = rec_texts(rec, table, two)
                at = self.locate(f"{no}. {rek}", f"recommendation {f.kode}{no}")
                out.rec_pages.append(at[0] + 1)
                out.cells += [(f"{no}. {rek}", at[0]), (f"{no}. {ra}", at[0])]
                if table == "monitoring" and rec.status:
                    out.cells.append((rec.status.text, at[0]))
                self.cursor = (at[0], at[1] + 1)
        return out


def _continued(pdf: PdfText, t: _Table, stop: int) -> set[int]:
    """Indexes of the cells of ``t`` that go on to the next page (before page ``stop``).

    A cell goes on when a word trigram found in no other cell of its table is on the page
    after the one where the cell starts."""
    counts: Counter[Trigram] = Counter()
    for text, _ in t.cells:
        counts.update(_trigrams(text))
    out = set()
    for i, (text, page) in enumerate(t.cells):
        if page + 1 >= stop:
            continue
        unique = {g for g in _trigrams(text) if counts[g] == 1}
        if unique & {g for line in pdf.pages[page + 1] for g in _trigrams(line)}:
            out.add(i)
    return out


def _header_pages(spec: DocSpec, pdf: PdfText, span: tuple[int, int]) -> int:
    """How many pages of ``span`` show the table's header row."""
    marks = {spec.headers[c].split()[0] for c in ("hasil", "rekomendasi", "rencana_aksi")}
    titles = {collapse(t) for t in spec.title_lines}
    count = 0
    for p in range(span[0], span[1] + 1):
        words = {w for line in pdf.pages[p] if line not in titles for w in line.split()}
        count += marks <= words
    return count


def _tokens(text: str) -> list[str]:
    """Words, cut after "-" and "/" too: producers may break a line there."""
    return [w for w in BREAK_RE.split(text) if w]


def _has_url(url: str, words: list[str]) -> bool:
    """Whether ``url`` is the concatenation of words in reading order (a wrapped URL's
    pieces sit on consecutive lines, between the words of other columns)."""
    for i, first in enumerate(words):
        if not url.startswith(first):
            continue
        rest = url[len(first) :]
        for word in words[i + 1 : i + 400]:
            if not rest:
                break
            if rest.startswith(word):
                rest = rest[len(word) :]
        if not rest:
            return True
    return False


def _check_words(spec: DocSpec, pdf: PdfText) -> None:
    """Every word of every cell is in the text layer: nothing was clipped."""
    two = spec.render.two_tables
    sig, hb = spec.signature, spec.header
    texts = [*spec.title_lines, hb.pj_nama, hb.hp.printed, sig.jabatan, sig.nama]
    texts += [sig.pangkat_line, sig.nip.printed]
    texts += [spec.headers[c] for c in spec.columns]
    for table in tables_of(spec):
        for f in spec.findings:
            texts.append(hasil_text(f, table, two))
            for rec in f.recs:
                texts.extend(rec_texts(rec, table, two))
                if table == "monitoring":
                    texts += [rec.target, rec.waktu.text if rec.waktu else "", rec.pj]
                    texts += [rec.status.text if rec.status else ""]
                    texts += [rec.link.text if rec.link else ""]
    flat = " ".join(t for t in texts)
    urls = URL_RE.findall(flat)
    want = Counter(_tokens(URL_RE.sub(" ", flat)))
    have = Counter(w for page in pdf.pages for line in page for w in _tokens(line))
    missing = want - have
    if missing:
        raise GoldenError(f"{spec.name}: words missing from the PDF: {dict(missing)}")
    words = [w for page in pdf.pages for line in page for w in line.split()]
    lost = [u for u in urls if not _has_url(u, words)]
    if lost:
        raise GoldenError(f"{spec.name}: URLs missing from the PDF: {lost}")


def _check_links(spec: DocSpec, path: Path) -> None:
    """The PDF's link annotations are exactly the annotated LINK cells."""
    out = subprocess.run(["pdfinfo", "-url", str(path)], capture_output=True, text=True, check=True)
    have = {line.split()[-1] for line in out.stdout.splitlines()[1:] if line.strip()}
    want = set()
    if "monitoring" in tables_of(spec):
        want = {r.link.url for f in spec.findings for r in f.recs if r.link and r.link.annotated}
    if have != want:
        raise GoldenError(f"{spec.name}: link annotations {sorted(have ^ want)} differ from spec")


def features(spec: DocSpec, scan_split: bool, header_counts: list[tuple[int, int]]) -> list[str]:
    """What the sample exercises, from the spec and from what the PDF shows."""
    r = spec.render
    out = {"a4_landscape" if r.page_size == "A4" else "f4_landscape"}
    recs = [rec for f in spec.findings for rec in f.recs]
    tables = tables_of(spec)
    checks = {
        "two_tables": r.two_tables,
        "multi_rec_cell": any(multi_cell(spec, f, t) for t in tables for f in spec.findings),
        "merged_hasil_evaluasi": any(
            len(f.recs) > 1 and not multi_cell(spec, f, t) for t in tables for f in spec.findings
        ),
        "no_vertical_rules": not r.vertical_rules,
        "column_number_row": r.column_number_row,
        "header_variant": any(spec.headers[c] != SEED_HEADERS[c] for c in spec.columns),
        "column_order": spec.columns not in (MONITORING_COLUMNS, RENCANA_AKSI_COLUMNS),
        "link_annotation": any(rec.link and rec.link.annotated for rec in recs)
        and "monitoring" in tables,
        "url_in_cell": any(rec.link and rec.link.url_in_cell for rec in recs)
        and "monitoring" in tables,
        "row_split_across_pages": scan_split,
        "header_repeated": any(n > 1 and h == n for n, h in header_counts),
        "no_header_repeat": any(n > 1 and h == 1 for n, h in header_counts),
    }
    out |= {name for name, on in checks.items() if on}
    missing = set(spec.expect_features) - out
    if missing:
        raise GoldenError(f"{spec.name}: expected features not in the PDF: {sorted(missing)}")
    return sorted(out)


def golden(spec: DocSpec, pdf_path: Path) -> tuple[dict[str, Any], list[str]]:
    """The expected JSON of ``spec`` rendered at ``pdf_path``, and the sample's features."""
    pdf = read_pdf(pdf_path)
    _check_words(spec, pdf)
    _check_links(spec, pdf_path)
    scan = _Scan(spec, pdf)
    tables = [scan.table(t) for t in tables_of(spec)]
    starts = [min(p for _, p in t.cells) for t in tables] + [pdf.page_count]
    split = False
    header_counts: list[tuple[int, int]] = []
    for k, t in enumerate(tables):
        going_on = _continued(pdf, t, starts[k + 1])
        split = split or bool(going_on)
        last = max(p + (i in going_on) for i, (_, p) in enumerate(t.cells))
        span = (starts[k], last)
        header_counts.append((last - starts[k] + 1, _header_pages(spec, pdf, span)))
    it = iter(tables[-1].rec_pages)  # the monitoring table's in the two-table form
    recs: list[dict[str, Any]] = []
    for f in spec.findings:
        recs += [_recommendation(f, no, rec, spec, next(it)) for no, rec in enumerate(f.recs, 1)]
    expected = {
        "document": _document(spec, pdf),
        "findings": [_finding(f, spec) for f in spec.findings],
        "recommendations": recs,
    }
    return expected, features(spec, split, header_counts)
