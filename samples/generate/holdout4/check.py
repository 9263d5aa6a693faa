"""Expected JSON from the typed specs; page numbers and checks from the produced PDF."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber

from samples.generate.golden import PdfText, read_pdf
from samples.generate.holdout4.model import KOMPONEN, NO_SCORES, Doc, predikat
from samples.generate.holdout4.rows import extra_cells, rec_cells, sections

URL_RE = re.compile(r"https?://\S+")
SPLIT_RE = re.compile(r"\s+|(?<=[-/])")


class CheckError(ValueError):
    """The PDF does not show what the spec says."""


def collapse(text: str | None) -> str:
    return " ".join((text or "").split())


def _find(pdf: PdfText, phrase: str, start: tuple[int, int]) -> tuple[int, int] | None:
    needle = f" {phrase} "
    for p in range(start[0], pdf.page_count):
        lines = pdf.pages[p]
        for li in range(start[1] if p == start[0] else 0, len(lines)):
            if needle in f" {lines[li]} ":
                return p, li
    return None


def _locate(pdf: PdfText, text: str, start: tuple[int, int], what: str) -> tuple[int, int]:
    words = text.split()
    for k in (4, 3, 2):
        if len(words) >= k:
            found = _find(pdf, " ".join(words[:k]), start)
            if found is not None:
                return found
    raise CheckError(f"cannot find {what} {text[:60]!r}")


def printed_texts(doc: Doc) -> list[str]:
    sig = doc.signature
    out = [*doc.title_lines, *doc.headers, sig.nama, sig.pangkat_line, sig.nip_printed]
    out += [*sig.above, *sig.jabatan_lines]
    out += [t for pair in doc.pj_label_lines for t in pair]
    for s in sections(doc):
        out.append(s.label)
        for b in s.blocks:
            out += [b.no, b.hasil]
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
            for word in words[i + 1 : i + 300]:
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


def _trigrams(text: str) -> set[tuple[str, ...]]:
    w = text.split()
    return set(zip(w, w[1:], w[2:], strict=False))


def check_layout(doc: Doc, pdf: PdfText, hasil_pages: list[int]) -> None:
    feats = set(doc.features)
    if "four_plus_pages" in feats and pdf.page_count < 4:
        raise CheckError(f"{doc.name}: {pdf.page_count} pages, want 4+")
    split = False
    for f, p in zip(doc.findings, hasil_pages, strict=True):
        grams = _trigrams(collapse(f.hasil))
        for r in f.recs:
            grams |= _trigrams(collapse(r.rek)) | _trigrams(collapse(r.ra))
        if p + 1 < pdf.page_count:
            nxt = {g for line in pdf.pages[p + 1] for g in _trigrams(line)}
            split = split or bool(grams & nxt)
    wants_split = feats & {"row_split_across_pages", "long_hasil_split_across_pages"}
    if wants_split and not split:
        raise CheckError(f"{doc.name}: no row goes on over a page break")
    marks = {doc.headers[c].split()[0] for c in (1, 2, 3)}
    last_table_page = max(hasil_pages)
    pages_with_header = [
        p
        for p in range(last_table_page + 1)
        if marks
        <= {w for line in pdf.pages[p] if line not in doc.title_lines for w in line.split()}
    ]
    if "header_repeated" in feats and pages_with_header != list(range(last_table_page + 1)):
        raise CheckError(f"{doc.name}: header on pages {pages_with_header}")
    if "no_header_repeat" in feats and (last_table_page == 0 or pages_with_header != [0]):
        raise CheckError(
            f"{doc.name}: header on pages {pages_with_header}, table ends p{last_table_page}"
        )


def expected(doc: Doc, path: Path) -> dict[str, Any]:
    pdf = read_pdf(path)
    check_words(doc, pdf)
    check_links(doc, path)
    check_chars(path)
    cursor = (0, 0)
    recs: list[dict[str, Any]] = []
    findings: list[dict[str, Any]] = []
    hasil_pages = []
    monitoring = doc.layout == "monitoring"
    for f in doc.findings:
        at = _locate(pdf, f.hasil, cursor, f"HASIL {f.kode}{f.finding_no}")
        hasil_pages.append(at[0])
        cursor = at
        scores = f.scores.expected() if f.scores else dict(NO_SCORES)
        findings.append(
            {
                "komponen_kode": f.kode,
                "komponen": KOMPONEN[f.kode],
                "finding_no": f.finding_no,
                **scores,
                "hasil_evaluasi": collapse(f.hasil),
            }
        )
        for no, r in enumerate(f.recs, 1):
            rek_printed, _ = rec_cells(doc, no, r)
            at = _locate(pdf, rek_printed, cursor, f"recommendation {f.kode}{f.finding_no}-{no}")
            cursor = (at[0], at[1] + 1)
            assert not monitoring or len(extra_cells(doc, r)) == 5
            target = collapse(r.target) if monitoring else None
            recs.append(
                {
                    "komponen_kode": f.kode,
                    "komponen": KOMPONEN[f.kode],
                    "finding_no": f.finding_no,
                    "rekomendasi_no": no,
                    "rekomendasi": collapse(r.rek),
                    "rencana_aksi": collapse(r.ra) or None,
                    "target_data": None if target in ("", "-", None) else target,
                    "waktu_pelaksanaan": r.waktu.text if monitoring and r.waktu else None,
                    "waktu_tahun": r.waktu.tahun if monitoring and r.waktu else None,
                    "waktu_periode": r.waktu.periode if monitoring and r.waktu else None,
                    "penanggung_jawab": collapse(r.pj) or None if monitoring else None,
                    "status_progres": r.status.text if monitoring and r.status else None,
                    "status": r.status.label if monitoring and r.status else None,
                    "tautan": r.link.url if monitoring and r.link else None,
                    "tautan_teks": collapse(r.link.text) if monitoring and r.link else None,
                    "page": at[0] + 1,
                }
            )
    check_layout(doc, pdf, hasil_pages)
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
