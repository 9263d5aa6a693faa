"""Self-checks of a built PDF, and the two things read from it: page count, rec pages.

Recommendation pages are found with pdfplumber: the REKOMENDASI column is located from
its bold header word and the vertical rules around it; the recommendation's first words
(item number included) are searched, in document order, in that column's word stream.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pdfplumber

from .common import cell_text, merged_runs, printed_strings
from .model import Doc

SIZES = {
    "a4_landscape": (842, 595),
    "a4_portrait": (595, 842),
    "legal_landscape": (1008, 612),
    "f4_landscape": (936, 612),
}


@dataclass
class Located:
    pages: list[int] = field(default_factory=list)  # start page of each recommendation
    end_pages: list[int] = field(default_factory=list)
    hasil_spans: list[tuple[int, int]] = field(default_factory=list)
    header_pages: list[int] = field(default_factory=list)


def text_layer(pdf: Path) -> str:
    cmd = ["pdftotext", "-layout", str(pdf), "-"]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def _all_words(pdf: Path) -> list[dict[str, Any]]:
    out = []
    with pdfplumber.open(str(pdf)) as p:
        for no, page in enumerate(p.pages, 1):
            for w in page.extract_words():
                w["page"] = no
                out.append(w)
    return out


def _stacked(word: str, words: list[dict[str, Any]]) -> bool:
    """`word` wrapped over lines of one cell: left-aligned fragments, top to bottom."""
    for w in words:
        if not word.startswith(w["text"]):
            continue
        below = sorted(
            (
                v
                for v in words
                if v["page"] == w["page"]
                and abs(v["x0"] - w["x0"]) < 2.5
                and v["top"] >= w["top"] - 0.5
            ),
            key=lambda v: v["top"],
        )
        got = ""
        for v in below:
            if not word.startswith(got + v["text"]):
                break
            got += v["text"]
            if got == word:
                return True
    return False


def _hyphen_split(word: str, tokens: set[str]) -> bool:
    parts = word.split("-")
    return any(
        "-".join(parts[:i]) + "-" in tokens and "-".join(parts[i:]) in tokens
        for i in range(1, len(parts))
    )


def missing_words(doc: Doc, pdf: Path) -> list[str]:
    tokens = set(text_layer(pdf).split())
    words: list[dict[str, Any]] | None = None
    missing = []
    for string in printed_strings(doc):
        for word in string.split():
            if word in tokens or _hyphen_split(word, tokens):
                continue
            words = words if words is not None else _all_words(pdf)
            if "/" in word and _stacked(word, words):  # URLs wrapped inside a cell
                continue
            missing.append(word)
    return missing


def _bold(w: dict[str, Any]) -> bool:
    return "bold" in str(w.get("fontname", "")).lower()


def _column(
    page: Any, words: list[dict[str, Any]], head: str, ref: float | None = None
) -> tuple[float, ...] | None:
    """(left, right, bottom) of the header cell holding the bold word `head`."""
    heads = [w for w in words if w["text"].upper() == head and _bold(w)]
    if ref is not None:
        heads = [w for w in heads if abs(w["top"] - ref) < 30]
    for h in sorted(heads, key=lambda w: w["top"]):
        mid = (h["top"] + h["bottom"]) / 2
        xs = sorted(
            {
                round(e["x0"], 1)
                for e in page.edges
                if e["orientation"] == "v" and e["top"] - 1 <= mid <= e["bottom"] + 1
            }
        )
        left = max((x for x in xs if x < h["x0"] - 0.5), default=None)
        right = min((x for x in xs if x > h["x1"] + 0.5), default=None)
        if left is not None and right is not None:
            return left, right, h["bottom"]
    return None


def _find(stream: list[tuple[str, int]], phrase: list[str], start: int) -> int:
    n = len(phrase)
    for i in range(start, len(stream) - n + 1):
        if all(stream[i + k][0] == phrase[k] for k in range(n)):
            return i
    raise LookupError(f"phrase not found: {' '.join(phrase)}")


def _streams(doc: Doc, pdf: Path, loc: Located) -> tuple[list[Any], list[Any]]:
    rek: list[tuple[str, int]] = []
    has: list[tuple[str, int]] = []
    heads = {k: h for k, h in doc.columns}
    hasil_head = heads["hasil"].split()[0].upper()
    ranges: dict[str, tuple[float, ...]] = {}
    with pdfplumber.open(str(pdf)) as p:
        for no, page in enumerate(p.pages, 1):
            words = page.extract_words(extra_attrs=["fontname"])
            found = _column(page, words, "REKOMENDASI")
            if found and "hasil" not in ranges:
                ranges["hasil"] = ()
            below = 0.0
            if found:
                loc.header_pages.append(no)
                ranges["rek"] = found
                ranges["hasil"] = _column(page, words, hasil_head, found[2]) or ranges["hasil"]
                below = found[2] + 1
            if "rek" not in ranges:
                continue
            for key, out in (("rek", rek), ("hasil", has)):
                lo, hi = ranges[key][0], ranges[key][1]
                inside = [
                    w
                    for w in words
                    if w["x0"] >= lo - 0.5 and w["x1"] <= hi + 0.5 and w["top"] > below
                ]
                inside.sort(key=lambda w: (round(w["top"]), w["x0"]))
                out += [(w["text"], no) for w in inside]
    return rek, has


def locate(doc: Doc, pdf: Path) -> Located:
    loc = Located()
    rek, has = _streams(doc, pdf, loc)
    pos_r = pos_h = 0
    for f in doc.findings:
        words = " ".join(f.hasil).split()
        i = _find(has, words[:6], pos_h)
        j = _find(has, words[-4:], i) + 3
        loc.hasil_spans.append((has[i][1], has[j][1]))
        pos_h = j
        for k, r in enumerate(f.recs, 1):
            words = f"{doc.marker(k, r)} {r.rek}".split()
            i = _find(rek, words[:7], pos_r)
            j = _find(rek, words[-3:], i) + 2
            loc.pages.append(rek[i][1])
            loc.end_pages.append(rek[j][1])
            pos_r = i + 1
    return loc


def annotated_urls(pdf: Path) -> list[str]:
    with pdfplumber.open(str(pdf)) as p:
        return sorted(h["uri"] for page in p.pages for h in page.hyperlinks if h.get("uri"))


def page_sizes(pdf: Path) -> list[tuple[int, int]]:
    with pdfplumber.open(str(pdf)) as p:
        return [(round(float(pg.width)), round(float(pg.height))) for pg in p.pages]


def chars_on_every_page(pdf: Path) -> bool:
    with pdfplumber.open(str(pdf)) as p:
        return all(len(pg.chars) > 20 for pg in p.pages)


def column_text(doc: Doc, pdf: Path, key: str) -> str:
    """The words of one column on every page, in reading order, blanks removed."""
    head = dict(doc.columns)[key].split()[0].upper()
    out = []
    with pdfplumber.open(str(pdf)) as p:
        for page in p.pages:
            words = page.extract_words(extra_attrs=["fontname"])
            found = _column(page, words, head)
            if not found:
                continue
            inside = [
                w
                for w in words
                if w["x0"] >= found[0] - 0.5
                and w["x1"] <= found[1] + 0.5
                and w["top"] > found[2] + 1
            ]
            inside.sort(key=lambda w: (round(w["top"]), w["x0"]))
            out += [w["text"] for w in inside]
    return "".join(out)


def _merge_errors(doc: Doc, pdf: Path) -> list[str]:
    """A merged cell's text is printed once per merged run, not once per row."""
    errs = []
    for key in doc.look.get("merge_same", []):
        flat = column_text(doc, pdf, key)
        want: dict[str, int] = {}
        for f in doc.findings:
            for a, _b in merged_runs(doc, f, key):
                text = re.sub(r"\s+", "", cell_text(doc, key, a + 1, f.recs[a]))
                if text:
                    want[text] = want.get(text, 0) + 1
        errs += [
            f"{key} '{t}' printed {flat.count(t)} times, merged runs {n}"
            for t, n in want.items()
            if flat.count(t) != n
        ]
        if all(n == sum(len(f.recs) for f in doc.findings) for n in want.values()):
            errs.append(f"{key}: nothing merged")
    return errs


def feature_errors(doc: Doc, pdf: Path, loc: Located, pages: int) -> list[str]:
    feats = set(doc.features)
    errs = []
    last = max([*loc.end_pages, *(b for _a, b in loc.hasil_spans)])
    table_pages = list(range(loc.header_pages[0], last + 1))
    if "header_repeated" in feats and not (
        len(table_pages) >= 2 and set(table_pages) <= set(loc.header_pages)
    ):
        errs.append(f"header not on every table page: {loc.header_pages} / {table_pages}")
    if ("single_page" in feats) != (pages == 1):
        errs.append(f"single_page but {pages} pages")
    split = any(a != b for a, b in loc.hasil_spans) or loc.pages != loc.end_pages
    if ("row_split_across_pages" in feats) != split:
        errs.append(f"row split across pages is {split}")
    for feat, size in SIZES.items():
        if feat in feats and any(s != size for s in page_sizes(pdf)):
            errs.append(f"{feat}: page sizes {page_sizes(pdf)}")
    if "very_tall_row" in feats and not any(b > a for a, b in loc.hasil_spans):
        errs.append("no HASIL cell runs over a page break")
    errs += _merge_errors(doc, pdf)
    return errs
