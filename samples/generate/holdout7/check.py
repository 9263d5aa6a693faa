"""Expected JSON from the typed specs; page numbers and checks from the produced PDF."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber

from samples.generate.golden import PdfText, read_pdf
from samples.generate.holdout7.model import KOMPONEN, Doc, predikat
from samples.generate.holdout7.rows import colnums, sections

URL_RE = re.compile(r"https?://\S+")
SPLIT_RE = re.compile(r"\s+|(?<=[-/])")
Pos = tuple[int, int]


class CheckError(ValueError):
    """The PDF does not show what the spec says."""


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _find(pdf: PdfText, phrase: str, start: Pos) -> Pos | None:
    needle = f" {phrase} "
    for p in range(start[0], pdf.page_count):
        lines = pdf.pages[p]
        for li in range(start[1] if p == start[0] else 0, len(lines)):
            if needle in f" {lines[li]} ":
                return p, li
    return None


def _locate(pdf: PdfText, text: str, start: Pos, what: str, tail: bool = False) -> Pos:
    words = text.split()
    for k in (4, 3, 2, 1):
        if len(words) >= k:
            found = _find(pdf, " ".join(words[-k:] if tail else words[:k]), start)
            if found is not None:
                return found
    raise CheckError(f"cannot find {what} {text[:60]!r}")


def printed_texts(doc: Doc) -> list[str]:
    out: list[str] = list(doc.kop) * len(doc.tables)
    sigs = doc.signature.lines() + (doc.mengetahui.lines() if doc.mengetahui else [])
    for k, layout in enumerate(doc.tables):
        out += [*doc.title_lines[k], *doc.headers[layout], *sigs]
        if doc.colnum_row:
            out += colnums(len(doc.headers[layout]))
        out += [t for pair in doc.pj_rows for t in pair]
        for s in sections(doc, layout):
            out.append(s.label)
            for b in s.blocks:
                out += b.lead
                for r in b.rows:
                    out += [r.rek, r.ra, *r.extra]
    return out


def _tokens(text: str) -> list[str]:
    return [w for w in SPLIT_RE.split(text) if w]


def check_words(doc: Doc, pdf: PdfText) -> None:
    flat = " ".join(printed_texts(doc))
    want = Counter(_tokens(URL_RE.sub(" ", flat)))
    have = Counter(w for page in pdf.pages for line in page for w in _tokens(line))
    missing = want - have
    if missing:
        raise CheckError(f"{doc.name}: words missing from the PDF: {dict(missing)}")
    words = [w for page in pdf.pages for line in page for w in line.split()]
    for url in URL_RE.findall(flat):
        ok = False
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
                ok = True
                break
        if not ok:
            raise CheckError(f"{doc.name}: URL missing from the PDF: {url}")


def check_links(doc: Doc, path: Path) -> None:
    out = subprocess.run(["pdfinfo", "-url", str(path)], capture_output=True, text=True, check=True)
    have = {line.split()[-1] for line in out.stdout.splitlines()[1:] if line.strip()}
    want = {r.link.url for f in doc.findings for r in f.recs if r.link and r.link.annotated}
    if have != want:
        raise CheckError(f"{doc.name}: link annotations differ: {sorted(have ^ want)}")


def check_chars(path: Path) -> None:
    with pdfplumber.open(path) as pdf:
        for i, page in enumerate(pdf.pages, 1):
            if not page.chars:
                raise CheckError(f"{path.name}: pdfplumber reads no characters on page {i}")


def _header_pages(doc: Doc, pdf: PdfText, layout: str, span: range) -> list[int]:
    headers = doc.headers[layout]
    marks = {headers[c].split()[0] for c in (1, 2, 3)}
    titles = {line for tl in doc.title_lines for line in tl}
    out = []
    for p in span:
        words = {w for line in pdf.pages[p] if line not in titles for w in line.split()}
        if marks <= words and (not doc.colnum_row or "(3)" in words):
            out.append(p)
    return out


def _scan_table(doc: Doc, pdf: PdfText, layout: str, start: Pos) -> tuple[list, bool, Pos]:
    """Locate every finding and recommendation of a table; return rec pages and split."""
    cursor = start
    pages: list[tuple[int, int]] = []  # (hasil page, rec page) per recommendation
    split = False
    for s in sections(doc, layout):
        cursor = _locate(pdf, s.label, cursor, f"section {s.kode}")
        for b in s.blocks:
            f = b.finding
            at = _locate(pdf, f.hasil, cursor, f"HASIL {f.kode}{f.finding_no}")
            end = _locate(pdf, f.hasil, at, f"end of HASIL {f.kode}", tail=True)
            split = split or end[0] > at[0]
            cursor = at
            for no, r in enumerate(b.rows, 1):
                pos = _locate(pdf, r.rek, cursor, f"REK {f.kode}{f.finding_no}-{no}")
                rend = _locate(pdf, r.rek, pos, "end of REK", tail=True)
                split = split or rend[0] > pos[0]
                pages.append((at[0], pos[0]))
                cursor = (pos[0], pos[1] + 1)
    return pages, split, cursor


def check_pages(doc: Doc, pdf: PdfText) -> list[int]:
    """Check page-level features of every table; return the rec pages of the last table."""
    feats = set(doc.features)
    cursor: Pos = (0, 0)
    rec_pages: list[int] = []
    any_split = False
    for k, layout in enumerate(doc.tables):
        start = _locate(pdf, doc.title_lines[k][0], cursor, f"title of table {k + 1}")
        pages, split, end = _scan_table(doc, pdf, layout, start)
        any_split = any_split or split
        last_page = max(p for pair in pages for p in pair)
        span = range(start[0], last_page + 1)
        hp = _header_pages(doc, pdf, layout, span)
        if "header_repeated" in feats and hp != list(span):
            raise CheckError(f"{doc.name} table {k + 1}: header on pages {hp}, span {list(span)}")
        if "no_header_repeat" in feats and (len(span) < 2 or hp != [start[0]]):
            raise CheckError(f"{doc.name} table {k + 1}: header on pages {hp}, span {list(span)}")
        rec_pages = [p for _, p in pages]
        cursor = end
    if "row_split_across_pages" in feats and not any_split:
        raise CheckError(f"{doc.name}: no cell goes on over a page break")
    if "single_page" in feats and pdf.page_count != 1:
        raise CheckError(f"{doc.name}: {pdf.page_count} pages, want 1")
    if not 1 <= pdf.page_count <= 5:
        raise CheckError(f"{doc.name}: {pdf.page_count} pages, want 1-5")
    return rec_pages


def expected(doc: Doc, path: Path) -> dict[str, Any]:
    doc.check()
    pdf = read_pdf(path)
    check_words(doc, pdf)
    check_links(doc, path)
    check_chars(path)
    rec_pages = iter(check_pages(doc, pdf))
    mon = doc.layout == "monitoring"
    findings: list[dict[str, Any]] = []
    recs: list[dict[str, Any]] = []
    for f in doc.findings:
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": KOMPONEN[f.kode],
                "finding_no": f.finding_no,
                **f.scores.expected(),
                "hasil_evaluasi": collapse(f.hasil),
            }
        )
        for no, r in enumerate(f.recs, 1):
            target = collapse(r.target) if mon else ""
            recs.append(
                {
                    "komponen_kode": f.kode,
                    "komponen": KOMPONEN[f.kode],
                    "finding_no": f.finding_no,
                    "rekomendasi_no": no,
                    "rekomendasi": collapse(r.rek),
                    "rencana_aksi": collapse(r.ra) or None,
                    "target_data": None if target in ("", "-") else target,
                    "waktu_pelaksanaan": r.waktu.text if mon and r.waktu else None,
                    "waktu_tahun": r.waktu.tahun if mon and r.waktu else None,
                    "waktu_periode": r.waktu.periode if mon and r.waktu else None,
                    "penanggung_jawab": (collapse(r.pj) or None) if mon else None,
                    "status_progres": r.status.text if mon and r.status else None,
                    "status": r.status.label if mon and r.status else None,
                    "tautan": r.link.url if mon and r.link else None,
                    "tautan_teks": collapse(r.link.text) if mon and r.link else None,
                    "page": next(rec_pages) + 1,
                }
            )
    total = doc.total()
    sig = doc.signature
    document = {
        "page_count": pdf.page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit_kerja,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.tahun,
        "pj_nama": doc.pj_nama,
        "pj_hp": doc.hp_e164,
        "penandatangan_jabatan": sig.jabatan,
        "penandatangan_nama": sig.nama,
        "penandatangan_pangkat": sig.pangkat,
        "penandatangan_golongan": sig.golongan,
        "penandatangan_nip": sig.nip,
        "total_nilai": total,
        "predikat": predikat(total),
    }
    return {"document": document, "findings": findings, "recommendations": recs}
