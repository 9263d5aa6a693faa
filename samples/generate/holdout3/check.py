"""What is read back from the produced PDF: page count, recommendation pages, self-checks."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

from samples.generate.golden import PdfText, read_pdf
from samples.generate.holdout3.model import Doc

URL_RE = re.compile(r"https?://\S+")
BREAK_RE = re.compile(r"\s+|(?<=[-/])")


class CheckError(ValueError):
    pass


def _tokens(text: str) -> list[str]:
    return [w for w in BREAK_RE.split(text) if w]


def printed_texts(doc: Doc) -> list[str]:
    out = [*doc.title_lines, *doc.pj_label, doc.pj_nama, doc.hp_printed, *doc.headers]
    out += [doc.section_label[f.kode] for f in doc.findings]
    for sig in (doc.signer, doc.left_signer):
        if sig:
            out += [*sig.lead, *sig.jabatan_lines, sig.nama, sig.pangkat_line, sig.nip_line]
    if doc.sign_place_date:
        out.append(doc.sign_place_date)
    for f in doc.findings:
        out.append(f.hasil)
        for no, r in enumerate(f.recs, 1):
            out += [f"{doc.label(no)} {r.rek}", f"{doc.label(no)} {r.ra}"]
            if doc.layout == "monitoring":
                out += [r.target or "", r.waktu.text if r.waktu else "", r.pj or ""]
                out += [r.status.text if r.status else "", r.link.text if r.link else ""]
    return out


def _has_url(url: str, words: list[str]) -> bool:
    for i, first in enumerate(words):
        if not first or not url.startswith(first):
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


def check_words(doc: Doc, pdf: PdfText) -> None:
    flat = " ".join(printed_texts(doc))
    urls = URL_RE.findall(flat)
    want = Counter(_tokens(URL_RE.sub(" ", flat)))
    have = Counter(w for page in pdf.pages for line in page for w in _tokens(line))
    missing = want - have
    if missing:
        raise CheckError(f"{doc.name}: words missing from the PDF: {dict(missing)}")
    words = [w for page in pdf.pages for line in page for w in line.split()]
    lost = [u for u in urls if not _has_url(u, words)]
    if lost:
        raise CheckError(f"{doc.name}: URLs missing from the PDF: {lost}")


def check_links(doc: Doc, path: Path) -> None:
    out = subprocess.run(["pdfinfo", "-url", str(path)], capture_output=True, text=True, check=True)
    have = {line.split()[-1] for line in out.stdout.splitlines()[1:] if line.strip()}
    want = set()
    if doc.layout == "monitoring":
        want = {r.link.url for f in doc.findings for r in f.recs if r.link and r.link.annotated}
    if have != want:
        raise CheckError(f"{doc.name}: link annotations differ: {sorted(have ^ want)}")


def _find(pdf: PdfText, phrase: str, start: tuple[int, int]) -> tuple[int, int] | None:
    needle = f" {phrase} "
    for p in range(start[0], pdf.page_count):
        lines = pdf.pages[p]
        for li in range(start[1] if p == start[0] else 0, len(lines)):
            if needle in f" {lines[li]} ":
                return p, li
    return None


def _find_words(pdf: PdfText, text: str, start, first=True):
    words = text.split()
    for k in (3, 2):
        if len(words) >= k:
            chunk = words[:k] if first else words[-k:]
            found = _find(pdf, " ".join(chunk), start)
            if found is not None:
                return found
    return None


def scan(doc: Doc, pdf: PdfText) -> tuple[list[int], bool, tuple[int, int]]:
    """1-based page of each recommendation; whether a cell runs onto the next page; the table's
    page span (0-based first and last)."""
    cursor = (0, 0)
    pages: list[int] = []
    split = False
    first_page = last_page = None
    for f in doc.findings:
        sec = _find(pdf, doc.section_label[f.kode], cursor)
        if sec is None:
            raise CheckError(f"{doc.name}: section row {f.kode} not found")
        cursor = (sec[0], sec[1] + 1)
        first_page = sec[0] if first_page is None else first_page
        cells = [f.hasil] + [f"{doc.label(n)} {r.rek}" for n, r in enumerate(f.recs, 1)]
        cells += [f"{doc.label(n)} {r.ra}" for n, r in enumerate(f.recs, 1)]
        hs = _find_words(pdf, f.hasil, cursor)
        if hs is None:
            raise CheckError(f"{doc.name}: HASIL {f.kode} not found")
        for text in cells:
            st = _find_words(pdf, text, cursor)
            en = _find_words(pdf, text, st or cursor, first=False) if st else None
            if st and en and en[0] > st[0]:
                split = True
            if en:
                last_page = max(last_page or 0, en[0])
        for no, r in enumerate(f.recs, 1):
            at = _find_words(pdf, f"{doc.label(no)} {r.rek}", cursor)
            if at is None:
                raise CheckError(f"{doc.name}: recommendation {f.kode}{no} not found")
            pages.append(at[0] + 1)
            cursor = (at[0], at[1] + 1)
    return pages, split, (first_page, last_page)


def header_pages(doc: Doc, pdf: PdfText, span: tuple[int, int]) -> int:
    marks = {doc.headers[2].split()[0], doc.headers[3].split()[0], doc.headers[1].split()[0]}
    n = 0
    for p in range(span[0], span[1] + 1):
        words = {w for line in pdf.pages[p] for w in line.split()}
        n += marks <= words
    return n


def verify(doc: Doc, path: Path) -> tuple[int, list[int]]:
    pdf = read_pdf(path)
    check_words(doc, pdf)
    check_links(doc, path)
    pages, split, span = scan(doc, pdf)
    npages = span[1] - span[0] + 1
    hp = header_pages(doc, pdf, span)
    feats = set(doc.features)
    problems = []
    if "row_split_across_pages" in feats and not split:
        problems.append("no cell runs across a page boundary")
    if "header_repeated" in feats and not (npages > 1 and hp == npages):
        problems.append(f"header on {hp} of {npages} table pages")
    if "no_header_repeat" in feats and not (npages > 1 and hp == 1):
        problems.append(f"header on {hp} of {npages} table pages (want 1)")
    if "merged_hasil_evaluasi" in feats and not any(len(f.recs) > 1 for f in doc.findings):
        problems.append("no finding with several recommendations")
    if "two_signatures" in feats and doc.left_signer is None:
        problems.append("no left signer")
    if "signature_on_next_page" in feats:
        at = _find(pdf, doc.signer.nama, (0, 0))
        if at is None or at[0] <= span[1]:
            problems.append("signature block not on a page after the table")
    if problems:
        raise CheckError(f"{doc.name}: {'; '.join(problems)}")
    print(f"  {doc.name}: table pages {span[0] + 1}-{span[1] + 1}, header on {hp}, split {split}")
    return pdf.page_count, pages
