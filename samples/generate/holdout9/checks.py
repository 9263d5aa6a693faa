"""Self-checks of a built PDF and the two things read from it: page count, recommendation pages.

Pages are found with pdfplumber: the REKOMENDASI column is located from its bold header
word and the table's vertical rules; the recommendation's first words (item number
included) are searched, in document order, in that column's word stream.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber

from .common import finding_rows, hasil_text_lines, marker
from .model import Doc

URLISH = re.compile(r"https?://|\.go\.id|drive\.google|/")


@dataclass
class Located:
    pages: list[int] = field(default_factory=list)  # start page of each recommendation
    rec_end_pages: list[int] = field(default_factory=list)
    hasil_spans: list[tuple[int, int]] = field(default_factory=list)
    header_pages: list[int] = field(default_factory=list)
    table_pages: list[int] = field(default_factory=list)


def page_count(pdf: Path) -> int:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    return int(re.search(r"Pages:\s+(\d+)", out.stdout).group(1))


def _layout_text(pdf: Path) -> str:
    out = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return out.stdout


def printed_strings(doc: Doc, extra: list[str]) -> list[str]:
    s = doc.signer
    out = [*doc.title_lines, *extra, *doc.footnotes, *doc.left_block]
    for label, value in doc.pj_rows:
        out += [label, value]
    out += [doc.intro or "", doc.page_header or "", doc.total_line or ""]
    out += [s.place_date or "", *s.jabatan_lines, s.person.name, s.pangkat_line, s.nip_line]
    out += list(s.labels or ())
    for f in doc.findings:
        out += hasil_text_lines(f)
        for row in finding_rows(doc, f):
            out += row
    return [x for x in out if x]


def _url_in_cells(url: str, words: list[dict]) -> bool:
    """The URL wrapped over lines of one cell: left-aligned fragments, top to bottom."""
    for w in words:
        if not url.startswith(w["text"]):
            continue
        same = sorted(
            (v for v in words if v["page"] == w["page"] and abs(v["x0"] - w["x0"]) < 2.5),
            key=lambda v: v["top"],
        )
        got = ""
        for v in same:
            if v["top"] < w["top"] - 0.5:
                continue
            if not url.startswith(got + v["text"]):
                break
            got += v["text"]
            if got == url:
                return True
    return False


def _all_words(pdf: Path) -> list[dict]:
    out = []
    with pdfplumber.open(str(pdf)) as p:
        for no, page in enumerate(p.pages, 1):
            for w in page.extract_words():
                w["page"] = no
                out.append(w)
    return out


def _hyphen_split(word: str, tokens: set[str]) -> bool:
    parts = word.split("-")
    return any(
        "-".join(parts[:i]) + "-" in tokens and "-".join(parts[i:]) in tokens
        for i in range(1, len(parts))
    )


def check_words(doc: Doc, pdf: Path, extra: list[str]) -> list[str]:
    text = _layout_text(pdf)
    tokens = set(text.split())
    flat = re.sub(r"\s+", "", text)
    words = None
    missing = []
    for string in printed_strings(doc, extra):
        for word in string.split():
            if word in tokens or _hyphen_split(word, tokens):
                continue
            if URLISH.search(word):
                if word in flat:
                    continue
                words = words if words is not None else _all_words(pdf)
                if _url_in_cells(word, words):
                    continue
            missing.append(word)
    return missing


def _bold(w: dict) -> bool:
    return "Bold" in w.get("fontname", "") or "bold" in w.get("fontname", "").lower()


def _column(page, words: list[dict], header_word: str, ref: float | None = None):
    """(left, right) of the column under the bold header word, and the word's top."""
    heads = [w for w in words if w["text"].upper() == header_word and _bold(w)]
    if not heads:
        return None
    if ref is None:
        head = min(heads, key=lambda w: w["top"])
    else:
        head = min(heads, key=lambda w: abs(w["top"] - ref))
        if abs(head["top"] - ref) > 30:
            return None
    mid = (head["top"] + head["bottom"]) / 2
    xs = sorted(
        {
            round(e["x0"], 1)
            for e in page.edges
            if e["orientation"] == "v" and e["top"] <= mid <= e["bottom"]
        }
    )
    left = max((x for x in xs if x < head["x0"] - 0.5), default=None)
    right = min((x for x in xs if x > head["x1"] + 0.5), default=None)
    if left is None or right is None:
        return None
    return left, right, head["top"], head["bottom"]


def _stream(words: list[dict], rng, page_no: int, below: float) -> list[tuple[str, int]]:
    inside = [
        w for w in words if w["x0"] >= rng[0] - 0.5 and w["x1"] <= rng[1] + 0.5 and w["top"] > below
    ]
    inside.sort(key=lambda w: (round(w["top"]), w["x0"]))
    return [(w["text"], page_no) for w in inside]


def _find(stream: list[tuple[str, int]], phrase: list[str], start: int) -> int:
    n = len(phrase)
    for i in range(start, len(stream) - n + 1):
        if all(stream[i + k][0] == phrase[k] for k in range(n)):
            return i
    raise LookupError(f"phrase not found: {' '.join(phrase)}")


def locate(doc: Doc, pdf: Path, first_table_page: int, hasil_head: str) -> Located:
    """Pages of each recommendation (start, end) and of each HASIL (start, end)."""
    loc = Located()
    rek: list[tuple[str, int]] = []
    has: list[tuple[str, int]] = []
    with pdfplumber.open(str(pdf)) as p:
        rng_r = rng_h = None
        for no, page in enumerate(p.pages, 1):
            if no < first_table_page:
                continue
            words = page.extract_words(extra_attrs=["fontname"], keep_blank_chars=False)
            found = _column(page, words, "REKOMENDASI")
            below = found[3] + 1 if found else 0.0
            if found:
                loc.header_pages.append(no)
                rng_r = found[:2]
                found_h = _column(page, words, hasil_head, found[2])
                rng_h = found_h[:2] if found_h else rng_h
            if rng_r is None or rng_h is None:
                continue
            rek += _stream(words, rng_r, no, below)
            has += _stream(words, rng_h, no, below)
    pos_r = pos_h = 0
    for f in doc.findings:
        hasil_words = " ".join(hasil_text_lines(f)).split()
        i = _find(has, hasil_words[:6], pos_h)
        j = _find(has, hasil_words[-4:], i)
        loc.hasil_spans.append((has[i][1], has[j][1]))
        pos_h = j
        for k, r in enumerate(f.recs, 1):
            words = f"{marker(doc, f, k)} {r.rek}".split()
            i = _find(rek, words[:8], pos_r)
            j = _find(rek, words[-3:], i)
            loc.pages.append(rek[i][1])
            loc.rec_end_pages.append(rek[j][1])
            pos_r = i + 1
    last = max([*loc.rec_end_pages, *(b for _a, b in loc.hasil_spans)])
    loc.table_pages = list(range(loc.header_pages[0], last + 1))
    return loc


def annotated_urls(pdf: Path) -> list[str]:
    with pdfplumber.open(str(pdf)) as p:
        return sorted(h["uri"] for page in p.pages for h in page.hyperlinks if h.get("uri"))


def page_sizes(pdf: Path) -> list[tuple[float, float]]:
    with pdfplumber.open(str(pdf)) as p:
        return [(round(float(pg.width)), round(float(pg.height))) for pg in p.pages]


def pages_with_chars(pdf: Path) -> bool:
    with pdfplumber.open(str(pdf)) as p:
        return all(len(pg.chars) > 20 for pg in p.pages)
