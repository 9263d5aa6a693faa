"""Expected JSON (from the spec; page numbers from poppler) and checks of each PDF.

Only ``page_count`` and each recommendation's ``page`` are read from the PDF (pdfinfo,
pdftotext -layout, via golden.read_pdf). The PDF is also checked against the spec: every
word printed is in its text layer, the link annotations are exactly the annotated cells,
and the layout features claimed in the manifest are visible.
"""

from __future__ import annotations

import itertools
import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from samples.generate.golden import (
    URL_RE,
    GoldenError,
    PdfText,
    _has_url,
    _tokens,
    collapse,
    predikat,
)
from samples.generate.holdout2.model import Doc, Grid, build_grid, labels

Trigram = tuple[str, ...]


def _all_texts(doc: Doc, grid: Grid) -> list[str]:
    texts = [*doc.title_lines]
    for pj_row in ([doc.pj.head] if doc.pj.head else []) + list(doc.pj.rows):
        texts += list(pj_row)
    texts += [t for t, _, _ in doc.sig.right + (doc.sig.left or ())]
    for row in grid.rows:
        texts += [c.text for c in row if c is not None]
    return texts


def check_words(doc: Doc, grid: Grid, pdf: PdfText) -> None:
    flat = " ".join(_all_texts(doc, grid))
    urls = URL_RE.findall(flat)
    want = Counter(_tokens(URL_RE.sub(" ", flat)))
    have = Counter(w for page in pdf.pages for line in page for w in _tokens(line))
    missing = want - have
    if missing:
        raise GoldenError(f"{doc.name}: words missing from the PDF: {dict(missing)}")
    words = [w for page in pdf.pages for line in page for w in line.split()]
    lost = [u for u in urls if not _has_url(u, words)]
    if lost:
        raise GoldenError(f"{doc.name}: URLs missing from the PDF: {lost}")


def check_links(doc: Doc, path: Path) -> None:
    out = subprocess.run(["pdfinfo", "-url", str(path)], capture_output=True, text=True, check=True)
    have = {line.split()[-1] for line in out.stdout.splitlines()[1:] if line.strip()}
    want = {
        r.link.url
        for f in doc.findings
        for r in f.recs
        if r.link and r.link.annotated and doc.layout == "monitoring"
    }
    if have != want:
        raise GoldenError(f"{doc.name}: link annotations differ: {sorted(have ^ want)}")


def rec_pages(doc: Doc, pdf: PdfText) -> list[int]:
    """1-based page where each recommendation's REKOMENDASI text starts, in order."""
    cursor = (0, 0)
    pages = []
    for f in doc.findings:
        for no, rec in enumerate(f.recs, 1):
            label, _ = labels(doc, f, no)
            phrase = f"{label} {rec.rek.split(chr(10))[0]}"
            at = pdf.find_words(phrase, cursor)
            if at is None:
                raise GoldenError(f"{doc.name}: cannot find {f.kode}{no} {phrase[:50]!r}")
            pages.append(at[0] + 1)
            cursor = (at[0], at[1] + 1)
    return pages


def _trigrams(text: str) -> set[Trigram]:
    w = text.split()
    return set(zip(w, w[1:], w[2:], strict=False))


def cell_pages(grid: Grid, pdf: PdfText) -> dict[str, list[int]]:
    """For each body cell text printed once: the 0-based pages holding (3 of) its own
    trigrams, i.e. the pages the cell runs over."""
    occurrences = Counter(
        c.text
        for k, row in zip(grid.kinds, grid.rows, strict=True)
        if k == "body"
        for c in row
        if c
    )
    counts: Counter[Trigram] = Counter()
    for t in occurrences:
        counts.update(_trigrams(t))
    page_grams = [{g for line in page for g in _trigrams(line)} for page in pdf.pages]
    out = {}
    for t, n in occurrences.items():
        unique = {g for g in _trigrams(t) if counts[g] == 1}
        # pdftotext -layout lines mix columns, so one shared trigram may be chance
        need = min(3, len(unique))
        if n == 1 and unique:
            out[t] = [p for p, grams in enumerate(page_grams) if len(unique & grams) >= need]
    return out


def _table_pages(doc: Doc, pdf: PdfText, last: int) -> tuple[int, int]:
    """(pages 1..last showing the header row, pages showing the column-number row)."""
    marks = {doc.headers[c].split()[0] for c in ("hasil", "rekomendasi", "rencana_aksi")}
    n = len(doc.columns)
    fmt = "({})" if doc.style.number_row == "paren" else "{}"
    number_line = " ".join(fmt.format(i) for i in range(1, n + 1))
    titles = {collapse(t) for t in doc.title_lines}
    heads = numbers = 0
    for p in range(last):
        lines = [line for line in pdf.pages[p] if line not in titles]
        heads += marks <= {w for line in lines for w in line.split()}
        numbers += any(line == number_line for line in lines)
    return heads, numbers


def features(doc: Doc, grid: Grid, pdf: PdfText, pages: list[int]) -> list[str]:
    st = doc.style
    recs = [r for f in doc.findings for r in f.recs]
    mon = doc.layout == "monitoring"
    last = max(pages)
    heads, numbers = _table_pages(doc, pdf, last)
    spans = cell_pages(grid, pdf)
    fmts = {
        labels(doc, f, i)[k][-1]
        for f in doc.findings
        for i in range(1, len(f.recs) + 1)
        for k in (0, 1)
    }
    long_hasil = max(len(spans.get(f.hasil, [])) for f in doc.findings)
    split = any(
        any(b == a + 1 for a, b in itertools.pairwise(on)) for on in spans.values() if len(on) > 1
    )
    checks = {
        "merged_hasil_evaluasi": st.hasil_mode == "merged"
        and any(len(f.recs) > 1 for f in doc.findings),
        "multi_rec_cell": st.hasil_mode == "multi",
        "column_number_row": st.number_row is not None,
        "header_repeated": last > 1 and heads == last,
        "no_header_repeat": last > 1 and heads == 1,
        "number_row_repeated": last > 1 and numbers == last,
        "hasil_spans_3_pages": long_hasil >= 3,
        "row_split_across_pages": split,
        "mixed_numbering": {".", ")"} <= fmts,
        "bullet_list_in_rec": any("\n-" in r.rek for r in recs),
        "hasil_line_breaks": any("\n" in f.hasil for f in doc.findings),
        "status_percent": mon and any(r.status and r.status.text.endswith("%") for r in recs),
        "status_sesuai": mon and any(r.status and "sesuai" in r.status.text.lower() for r in recs),
        "waktu_sd": mon and any(r.waktu and r.waktu.text.startswith("s.d.") for r in recs),
        "pj_line_breaks": mon and any("\n" in r.pj for r in recs),
        "short_url_in_cell": mon
        and any(r.link and r.link.text.startswith("bit.ly/") for r in recs),
        "url_in_cell": mon and any(r.link and r.link.url_in_cell for r in recs),
        "link_annotation": mon and any(r.link and r.link.annotated for r in recs),
        "two_signatories": doc.sig.left is not None,
        "header_block_table": doc.pj.form == "table3",
        "grey_borders": st.border != "000000",
        "table_banding": st.table_style is not None,
        "section_row_spanning": st.section[0] is None,
    }
    orient = "portrait" if st.portrait else "landscape"
    out = {f"{st.page.lower()}_{orient}", "font_" + re.sub(r"\W+", "_", st.font.lower())}
    out |= {name for name, on in checks.items() if on}
    return sorted(out)


def _opt(text: str | None) -> str | None:
    value = collapse(text or "")
    return value or None


def expected(doc: Doc, pdf: PdfText, pages: list[int]) -> dict[str, Any]:
    total = round(sum(f.scores.nilai or 0.0 for f in doc.findings), 2)
    if total in (30.0, 50.0, 60.0, 70.0, 80.0, 90.0):
        raise GoldenError(f"{doc.name}: total {total} sits on a predikat boundary")
    sig, pj = doc.sig, doc.pj
    document = {
        "page_count": pdf.page_count,
        "text_source": "text_layer",
        "table_layout": doc.layout,
        "unit_kerja": doc.unit_kerja,
        "kabupaten": doc.kabupaten,
        "tahun_evaluasi": doc.tahun,
        "pj_nama": pj.pj_nama,
        "pj_hp": pj.hp.e164,
        "penandatangan_jabatan": sig.jabatan,
        "penandatangan_nama": sig.nama,
        "penandatangan_pangkat": sig.pangkat,
        "penandatangan_golongan": sig.golongan,
        "penandatangan_nip": sig.nip.digits,
        "total_nilai": total,
        "predikat": predikat(total),
    }
    findings = []
    for f in doc.findings:
        s = f.scores
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": f.komponen,
                "finding_no": 1,
                "nilai": s.nilai,
                "persen": s.persen,
                "keberadaan_nilai": s.keberadaan_nilai,
                "keberadaan_persen": s.keberadaan_persen,
                "kualitas_nilai": s.kualitas_nilai,
                "kualitas_persen": s.kualitas_persen,
                "pemanfaatan_nilai": s.pemanfaatan_nilai,
                "pemanfaatan_persen": s.pemanfaatan_persen,
                "hasil_evaluasi": collapse(f.hasil),
            }
        )
    mon = doc.layout == "monitoring"
    it = iter(pages)
    recs = []
    for f in doc.findings:
        for no, rec in enumerate(f.recs, 1):
            target = _opt(rec.target) if mon else None
            link = rec.link if mon else None
            recs.append(
                {
                    "komponen_kode": f.kode,
                    "komponen": f.komponen,
                    "finding_no": 1,
                    "rekomendasi_no": no,
                    "rekomendasi": collapse(rec.rek),
                    "rencana_aksi": _opt(rec.ra),
                    "target_data": None if target == "-" else target,
                    "waktu_pelaksanaan": _opt(rec.waktu.text) if mon and rec.waktu else None,
                    "waktu_tahun": rec.waktu.tahun if mon and rec.waktu else None,
                    "waktu_periode": rec.waktu.periode if mon and rec.waktu else None,
                    "penanggung_jawab": _opt(rec.pj) if mon else None,
                    "status_progres": _opt(rec.status.text) if mon and rec.status else None,
                    "status": rec.status.label if mon and rec.status else None,
                    "tautan": link.url if link else None,
                    "tautan_teks": _opt(link.text) if link else None,
                    "page": next(it),
                }
            )
    return {"document": document, "findings": findings, "recommendations": recs}


def check_all(doc: Doc, pdf_path: Path, pdf: PdfText) -> tuple[dict[str, Any], list[str]]:
    grid = build_grid(doc)
    check_words(doc, grid, pdf)
    check_links(doc, pdf_path)
    pages = rec_pages(doc, pdf)
    return expected(doc, pdf, pages), features(doc, grid, pdf, pages)
