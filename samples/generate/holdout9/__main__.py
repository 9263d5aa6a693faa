"""Build samples/holdout9: python -m samples.generate.holdout9 (from the repository root)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from . import checks, docx_build, pdf_build, xlsx_build
from .common import soffice_to_pdf
from .content1 import doc901, doc902, doc903, doc904
from .content2 import doc905, doc906, doc907, doc908
from .expected import expected
from .model import Doc
from .readme import readme

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "samples" / "holdout9"
SIZES = {"a4_landscape": (842, 595), "a4_portrait": (595, 842), "legal_landscape": (1008, 612)}


def build(doc: Doc, pdf: Path, tmp: Path) -> None:
    if doc.producer == "reportlab":
        pdf_build.BUILDERS[doc.num](doc, pdf)
        return
    ext = "docx" if doc.producer == "libreoffice-docx" else "xlsx"
    src = tmp / f"{doc.stem}.{ext}"
    module = docx_build if ext == "docx" else xlsx_build
    module.BUILDERS[doc.num](doc, src)
    soffice_to_pdf(src, pdf)


def extra_strings(doc: Doc) -> list[str]:
    out: list[str] = []
    for module in (docx_build, xlsx_build, pdf_build):
        out += module.EXTRA.get(doc.num, [])
    return out


def _page_texts(pdf: Path) -> list[str]:
    import pdfplumber

    with pdfplumber.open(str(pdf)) as p:
        return [" ".join((pg.extract_text() or "").split()) for pg in p.pages]


def _feature_errors(doc: Doc, pdf: Path, loc: checks.Located, first: int) -> list[str]:
    errs = []
    feats = set(doc.features)
    tp, hp = loc.table_pages, loc.header_pages
    if "header_repeated" in feats and not (len(tp) >= 2 and set(tp) <= set(hp)):
        errs.append(f"header not on every table page: header {hp}, table {tp}")
    if "no_header_repeat" in feats and not (len(tp) >= 2 and hp == tp[:1]):
        errs.append(f"header repeated: header {hp}, table {tp}")
    split = any(a != b for a, b in loc.hasil_spans) or loc.pages != loc.rec_end_pages
    if ("row_split_across_pages" in feats) != split:
        errs.append(f"row split across pages is {split}")
    if ("two_tables" in feats) != (first > 1):
        errs.append("two_tables does not match the monitoring table's first page")
    sizes = checks.page_sizes(pdf)
    for feat, size in SIZES.items():
        if feat in feats and any(s != size for s in sizes):
            errs.append(f"{feat}: page sizes {sizes}")
    texts = _page_texts(pdf)
    if "page_header_title_repeated" in feats:
        head = " ".join((doc.page_header or "").split())
        errs += [
            f"page header missing on page {i}" for i, t in enumerate(texts, 1) if head not in t
        ]
    if "page_footer_halaman" in feats:
        n = len(texts)
        errs += [
            f"no footer on {i}" for i, t in enumerate(texts, 1) if f"Halaman {i} dari {n}" not in t
        ]
    if "footer_page_number_dashes" in feats:
        errs += [f"no footer on {i}" for i, t in enumerate(texts, 1) if f"- {i} -" not in t]
    if "title_and_pj_repeated_every_page" in feats:
        errs += [
            f"title/PJ not repeated on page {i}"
            for i, t in enumerate(texts, 1)
            if doc.title_lines[0] not in t or doc.pj_nama not in t
        ]
    return errs


def check(doc: Doc, pdf: Path) -> tuple[int, list[int], list[str]]:
    errors = []
    missing = checks.check_words(doc, pdf, extra_strings(doc))
    if missing:
        errors.append(f"words not in the text layer: {missing[:12]}")
    want = sorted(r.link[0] for f in doc.findings for r in f.recs if r.link and r.link[2])
    got = checks.annotated_urls(pdf)
    if want != got:
        errors.append(f"link annotations {got} != {want}")
    if not checks.pages_with_chars(pdf):
        errors.append("a page without text")
    sizes = checks.page_sizes(pdf)
    first = 1
    if doc.num == 908:
        first = next(i for i, (w, h) in enumerate(sizes, 1) if w > h)
    head = "URAIAN" if doc.num == 901 else "HASIL"
    loc = checks.locate(doc, pdf, first, head)
    errors += _feature_errors(doc, pdf, loc, first)
    return checks.page_count(pdf), loc.pages, errors


def main() -> int:
    docs = [doc901(), doc902(), doc903(), doc904(), doc905(), doc906(), doc907(), doc908()]
    (OUT / "born_digital").mkdir(parents=True, exist_ok=True)
    (OUT / "expected").mkdir(parents=True, exist_ok=True)
    failed = False
    results = {}
    with tempfile.TemporaryDirectory(prefix="holdout9_") as tmp:
        for doc in docs:
            pdf = OUT / "born_digital" / f"{doc.stem}.pdf"
            build(doc, pdf, Path(tmp))
            pages, rec_pages, errors = check(doc, pdf)
            for e in errors:
                print(f"{doc.stem}: {e}", file=sys.stderr)
            failed = failed or bool(errors)
            results[doc.stem] = expected(doc, pages, rec_pages)
            print(f"{doc.stem}: {pages} pages, {len(rec_pages)} recommendations")
    if failed:
        print("self-check failed: manifest not written", file=sys.stderr)
        return 1
    for doc in docs:
        path = OUT / "expected" / f"{doc.stem}.json"
        path.write_text(json.dumps(results[doc.stem], indent=1, ensure_ascii=False) + "\n")
    (OUT / "README.md").write_text(readme(docs, results))
    if "--no-manifest" in sys.argv:
        return 0
    manifest = [
        {
            "pdf": f"born_digital/{d.stem}.pdf",
            "expected": f"expected/{d.stem}.json",
            "kind": "holdout9",
            "producer": d.producer,
            "features": sorted(d.features),
        }
        for d in docs
    ]
    tmp_manifest = OUT / ".manifest.json.tmp"
    tmp_manifest.write_text(json.dumps(manifest, indent=1) + "\n")
    os.chmod(tmp_manifest, 0o644)
    os.replace(tmp_manifest, OUT / "manifest.json")
    print(f"wrote {OUT / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
