"""Self-checks of a built PDF and the two things read from it: page count and the page
where each recommendation starts.

Pages are found with pdfplumber: the REKOMENDASI column is located from its header word
(on the header line that also holds 'NO') and the table's vertical rules; the first words
of each recommendation's text are searched, in document order, in that column's word
stream, and likewise the HASIL texts in the HASIL column.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from .model import Doc


@dataclass
class Located:
    starts: list[int] = field(default_factory=list)  # start page of each recommendation
    ends: list[int] = field(default_factory=list)
    hasil_spans: list[tuple[int, int]] = field(default_factory=list)
    header_pages: list[int] = field(default_factory=list)
    table_pages: list[int] = field(default_factory=list)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    m = re.search(r"Pages:\s+(\d+)", out.stdout)
    assert m
    return int(m.group(1))


def pdftext(pdf: Path, mode: str) -> str:
    out = subprocess.run(
        ["pdftotext", mode, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def printed_strings(doc: Doc) -> list[str]:
    s = doc.signer
    out = [*doc.title_lines, *doc.headers, *doc.extra]
    for label, value in doc.pj_rows:
        out += [label, value]
    out += [*s.lines_above, *s.jabatan_lines, s.person.name, s.pangkat_line, s.nip_line]
    for o in doc.others:
        out += o.lines
    for f in doc.findings:
        out += f.hasil
        for r in f.recs:
            out += [r.rek, r.ra, r.target or "", r.pj or "", r.ket or ""]
            out += [r.waktu[0] if r.waktu and doc.layout == "monitoring" else ""]
            out += [r.status[0] if r.status else "", r.link[1] if r.link else ""]
    return [x for x in out if x]


def missing_words(doc: Doc, pdf: Path) -> list[str]:
    layout = pdftext(pdf, "-layout")
    tokens = set(layout.split())
    raw = "".join(pdftext(pdf, "-raw").split())
    missing = []
    for text in printed_strings(doc):
        for tok in text.split():
            # only URLs (narrow LINK columns) and words at a hyphen ('e-' / 'Kinerja')
            # may be wrapped over two lines inside a cell
            urlish = "/" in tok or tok.startswith("http") or "-" in tok
            if tok not in tokens and not (urlish and tok in raw):
                missing.append(tok)
    return missing


def annotated_urls(pdf: Path) -> list[str]:
    urls = []
    with pdfplumber.open(str(pdf)) as p:
        for page in p.pages:
            for a in page.annots or []:
                if a.get("uri"):
                    urls.append(a["uri"])
    return sorted(set(urls))  # a label wrapped over two lines has one annotation per line


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(str(pdf)) as p:
        return [(round(float(pg.width), 1), round(float(pg.height), 1)) for pg in p.pages]


def pages_with_chars(pdf: Path) -> bool:
    with pdfplumber.open(str(pdf)) as p:
        return all(len(pg.chars) > 20 for pg in p.pages)


def page_texts(pdf: Path) -> list[str]:
    with pdfplumber.open(str(pdf)) as p:
        return [" ".join((pg.extract_text() or "").split()) for pg in p.pages]


def _column(page, word: str) -> tuple[float, float, float] | None:
    """x-range of the header cell holding `word` and the header line's top."""
    words = page.extract_words()
    nos = [w for w in words if w["text"] == "NO"]
    for w in words:
        if w["text"] != word:
            continue
        if not any(abs(n["top"] - w["top"]) < 14 for n in nos):
            continue
        xs = sorted({round(float(e["x0"]), 1) for e in page.edges if e["orientation"] == "v"})
        left = max((x for x in xs if x <= w["x0"] + 0.5), default=None)
        right = min((x for x in xs if x >= w["x1"] - 0.5), default=None)
        if left is None or right is None:
            continue
        return left, right, float(w["top"])
    return None


def _stream(pdf: Path, word: str) -> tuple[list[tuple[int, str]], list[int]]:
    """Words of the column headed `word`, page by page, top to bottom; header pages."""
    out: list[tuple[int, str]] = []
    header_pages: list[int] = []
    col = None
    with pdfplumber.open(str(pdf)) as p:
        for n, page in enumerate(p.pages, 1):
            here = _column(page, word)
            if here:
                header_pages.append(n)
                col = here
            if col is None:
                continue
            left, right, _top = col
            below = here[2] + 4 if here else 0
            ws = [
                w
                for w in page.extract_words()
                if left - 0.5 <= w["x0"] and w["x1"] <= right + 0.5 and w["top"] > below
            ]
            ws.sort(key=lambda w: (round(w["top"]), w["x0"]))
            out += [(n, w["text"]) for w in ws]
    return out, header_pages


def _find(stream: list[tuple[int, str]], tokens: list[str], start: int) -> int:
    k = len(tokens)
    for i in range(start, len(stream) - k + 1):
        if [t for _, t in stream[i : i + k]] == tokens:
            return i
    return -1


def locate(doc: Doc, pdf: Path) -> tuple[Located, list[str]]:
    loc = Located()
    errors: list[str] = []
    rek, heads = _stream(pdf, doc.rek_col)
    loc.header_pages = heads
    pos = 0
    for f, i, r in doc.recs():
        toks = r.rek.split()
        at = _find(rek, toks[:5], pos)
        end = _find(rek, toks[-3:], max(at, 0))
        if at < 0 or end < 0:
            errors.append(f"{f.kode}{f.no}-{i} not found in the REKOMENDASI column")
            loc.starts.append(0)
            loc.ends.append(0)
            continue
        loc.starts.append(rek[at][0])
        loc.ends.append(rek[end + 2][0])
        pos = at + 1
    hasil, _ = _stream(pdf, doc.hasil_col)
    pos = 0
    for f in doc.findings:
        toks = " ".join(f.hasil).split()
        at = _find(hasil, toks[:4], pos)
        end = _find(hasil, toks[-3:], max(at, 0))
        if at < 0 or end < 0:
            errors.append(f"HASIL {f.kode} not found in its column")
            loc.hasil_spans.append((0, 0))
            continue
        loc.hasil_spans.append((hasil[at][0], hasil[end + 2][0]))
        pos = at + 1
    pages = set(loc.starts) | set(loc.ends) | {p for s in loc.hasil_spans for p in s}
    loc.table_pages = sorted(pages - {0})
    return loc, errors
