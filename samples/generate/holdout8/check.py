"""Self-checks of a rendered holdout8 PDF and the two values read from it (pages)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pdfplumber

from samples.generate.holdout8.model import Doc
from samples.generate.holdout8.rows import printed_strings

URL_RE = re.compile(r"https?://\S+")


@dataclass
class TableGeo:
    page: int  # 0-based page of its (first) header
    top: float  # bottom of the header's NO word
    xs: list[float]  # column boundaries
    header_pages: list[int]


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def check_words(doc: Doc, pdf: Path) -> None:
    text = _text(pdf)
    words = set(text.split())
    missing = []
    for s in printed_strings(doc):
        for tok in URL_RE.sub(" ", s).split():
            if tok not in words:
                missing.append(tok)
    assert not missing, f"{doc.name}: not in the text layer: {sorted(set(missing))[:20]}"


def check_links(doc: Doc, pdf: Path) -> None:
    want = {r.url for f in doc.findings for r in f.recs if r.url and r.label}
    got = set()
    with pdfplumber.open(pdf) as p:
        for page in p.pages:
            for link in page.hyperlinks:
                got.add(link.get("uri"))
    assert got == want, f"{doc.name}: link annotations {got ^ want}"


def _crossing_xs(page, y: float) -> list[float]:
    xs: list[float] = []
    for e in page.edges:
        if e["orientation"] == "v" and e["top"] - 1 <= y <= e["bottom"] + 1:
            xs.append(round(e["x0"], 1))
    xs.sort()
    out: list[float] = []
    for x in xs:
        if not out or x - out[-1] > 2.0:
            out.append(x)
    return out


def find_tables(pages_words, plumber_pages, ncols: list[int]) -> list[TableGeo]:
    """The header occurrences of each table (told apart by their number of columns)."""
    geos: dict[int, TableGeo] = {}
    for pi, words in enumerate(pages_words):
        for w in words:
            if w["text"] != "NO":
                continue
            xs = _crossing_xs(plumber_pages[pi], (w["top"] + w["bottom"]) / 2)
            if len(xs) - 1 in ncols:
                n = len(xs) - 1
                if n not in geos:
                    geos[n] = TableGeo(pi, w["bottom"], xs, [])
                geos[n].header_pages.append(pi)
    return [geos[n] for n in ncols]


def column_stream(pages_words, geo: TableGeo, col: int) -> list[tuple[str, int]]:
    lo, hi = geo.xs[col] + 0.5, geo.xs[col + 1] - 0.5
    out = []
    for pi in range(geo.page, len(pages_words)):
        for w in pages_words[pi]:
            if pi == geo.page and w["top"] <= geo.top:
                continue
            xc = (w["x0"] + w["x1"]) / 2
            if lo <= xc <= hi:
                out.append((w["text"], pi + 1))
    return out


def locate(stream, tokens: list[str], start: int = 0) -> int:
    toks = [t for t, _ in stream]
    n = len(tokens)
    for i in range(start, len(toks) - n + 1):
        if toks[i : i + n] == tokens:
            return i
    raise AssertionError(f"not found in column: {' '.join(tokens)}")


@dataclass
class Layout:
    page_count: int
    pages: dict  # (kode, no, rekno) -> 1-based page
    tables: list[TableGeo]
    words: list
    splits: list[str]  # cells that start and end on different pages


def _rek_start(doc: Doc, f, n: int) -> list[str]:
    r = f.recs[n - 1]
    text = r.rek if "rekno" in doc.opts else f"{n}. {r.rek}"
    return text.split()[:6]


def analyse(doc: Doc, pdf: Path) -> Layout:
    with pdfplumber.open(pdf) as p:
        pages = list(p.pages)
        words = [pg.extract_words() for pg in pages]
        assert all(pg.chars for pg in pages), f"{doc.name}: a page without characters"
        tables_cols = [doc.opts["cols"]] + ([doc.opts["cols2"]] if "cols2" in doc.opts else [])
        geos = find_tables(words, pages, [len(c) for c in tables_cols])
        mon_cols = tables_cols[-1]
        keys = [c[0] for c in mon_cols]
        geo = geos[-1]
        rek_stream = column_stream(words, geo, keys.index("rek"))
        pos = 0
        found = {}
        for f in doc.findings:
            for n in range(1, len(f.recs) + 1):
                pos = locate(rek_stream, _rek_start(doc, f, n), pos)
                found[(f.kode, f.no, n)] = rek_stream[pos][1]
        splits = _splits(doc, words, geo, keys)
        if "link" in keys:
            flat = "".join(t for t, _ in column_stream(words, geo, keys.index("link")))
            for f in doc.findings:
                for r in f.recs:
                    shown = r.label or r.url
                    assert not shown or shown.replace(" ", "") in flat, (doc.name, shown)
        return Layout(len(pages), found, geos, words, splits)


def _splits(doc: Doc, words, geo: TableGeo, keys: list[str]) -> list[str]:
    out = []
    for key in ("hasil", "rek", "ra"):
        stream = column_stream(words, geo, keys.index(key))
        for f in doc.findings:
            texts = ["\n".join(f.hasil)] if key == "hasil" else [getattr(r, key) for r in f.recs]
            for t in texts:
                toks = t.split()
                try:
                    a = stream[locate(stream, toks[:5])][1]
                    b = stream[locate(stream, toks[-5:])][1]
                except AssertionError:
                    continue
                if b > a:
                    out.append(f"{key} {f.kode}{f.no} p{a}-{b}")
    return out


def check_features(doc: Doc, lay: Layout) -> None:
    feats = set(doc.features)
    last = lay.tables[-1]
    table_pages = list(range(last.page, lay.page_count))
    if "two_tables" in feats:
        assert len(lay.tables) == 2, doc.name
    if "header_repeated" in feats:
        # a table ending on a page whose only content is the signature may lack it
        assert len(last.header_pages) >= len(table_pages) - 1 >= 1, (doc.name, last)
    if "no_header_repeat" in feats:
        assert last.header_pages == [last.page], (doc.name, last.header_pages)
        assert len(table_pages) > 1, doc.name
    if "monitoring_table_same_page" in feats:
        assert lay.tables[0].header_pages[-1] <= last.page, doc.name
        assert any(w["text"] == "CAMAT" and w["bottom"] < last.top for w in lay.words[last.page]), (
            doc.name
        )
    if "row_split_across_pages" in feats or "long_hasil_over_pages" in feats:
        assert lay.splits, f"{doc.name}: no cell split over a page break"
    if "merged_cell_across_page_break" in feats:
        assert any(
            lay.pages[(f.kode, f.no, 1)] < lay.pages[(f.kode, f.no, len(f.recs))]
            for f in doc.findings
        ), doc.name
    if "long_table_3plus_pages" in feats:
        assert max(lay.pages.values()) >= 3, doc.name
