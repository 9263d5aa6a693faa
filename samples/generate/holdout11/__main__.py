"""Build samples/holdout11: python -m samples.generate.holdout11 (from the repository root)."""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from . import checks, docx_build, rl_build, xlsx_build
from .content_a import doc1101, doc1102, doc1103, doc1104
from .content_b import doc1105, doc1106, doc1107, doc1108
from .convert import soffice_to_pdf
from .expected import expected
from .model import Doc
from .readme import readme

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "samples" / "holdout11"
MM = 72 / 25.4
SIZES = {
    "f4_landscape": (330 * MM, 215 * MM),
    "f4_landscape_mm": (330 * MM, 215 * MM),
    "f4_portrait_mm": (215 * MM, 330 * MM),
    "a4_landscape": (841.9, 595.3),
    "a4_portrait": (595.3, 841.9),
}
BREAKS = {"manual_page_break_before_c": "C", "manual_page_break_before_d": "D"}


def build(doc: Doc, pdf: Path, tmp: Path) -> None:
    if doc.producer == "reportlab":
        rl_build.BUILDERS[doc.num](doc, pdf)
        return
    ext = "docx" if doc.producer == "libreoffice-docx" else "xlsx"
    src = tmp / f"{doc.stem}.{ext}"
    module = docx_build if ext == "docx" else xlsx_build
    module.BUILDERS[doc.num](doc, src)
    soffice_to_pdf(src, pdf)


def feature_errors(doc: Doc, pdf: Path, loc: checks.Located) -> list[str]:
    errs = []
    feats = set(doc.features)
    tp, hp = loc.table_pages, loc.header_pages
    if "header_repeated" in feats and not (len(tp) >= 2 and set(tp) <= set(hp)):
        errs.append(f"header not on every table page: header {hp}, table {tp}")
    if "no_header_repeat" in feats and not (len(tp) >= 2 and hp == tp[:1]):
        errs.append(f"header repeated: header {hp}, table {tp}")
    split = any(a != b for a, b in loc.hasil_spans) or loc.starts != loc.ends
    if ("row_split_across_pages" in feats) != split:
        errs.append(f"row split across pages is {split}")
    if "rows_kept_whole_gap_at_page_foot" in feats and (split or len(tp) < 2):
        errs.append(f"rows kept whole: split {split}, table pages {tp}")
    sizes = checks.page_sizes(pdf)
    for feat, (w, h) in SIZES.items():
        if feat in feats and any(abs(a - w) > 2 or abs(b - h) > 2 for a, b in sizes):
            errs.append(f"{feat}: page sizes {sizes}")
    return errs + _content_feature_errors(doc, pdf, loc)


def _content_feature_errors(doc: Doc, pdf: Path, loc: checks.Located) -> list[str]:
    errs = []
    feats = set(doc.features)
    texts = checks.page_texts(pdf)
    if "footer_unit_page_of" in feats:
        n = len(texts)
        errs += [
            f"no footer on {i}" for i, t in enumerate(texts, 1) if f"Halaman {i} dari {n}" not in t
        ]
    for feat, kode in BREAKS.items():
        if feat in feats:
            k = [f.kode for f in doc.findings].index(kode)
            prev, this = loc.hasil_spans[k - 1], loc.hasil_spans[k]
            if this[0] != prev[1] + 1:
                errs.append(f"{feat}: HASIL pages {loc.hasil_spans}")
    if "merged_waktu_and_pj_over_finding" in feats:
        raw = " ".join(checks.pdftext(pdf, "-raw").split())
        for f in doc.findings:
            assert f.recs[0].waktu
            wt = f.recs[0].waktu[0]
            if raw.count(wt) != 1 or any(r.waktu != f.recs[0].waktu for r in f.recs):
                errs.append(f"waktu '{wt}' printed {raw.count(wt)} times")
    if "three_signature_blocks" in feats and len(doc.others) != 2:
        errs.append("three signature blocks expected")
    if "link_annotation" in feats and not checks.annotated_urls(pdf):
        errs.append("no link annotation")
    return errs


def check(doc: Doc, pdf: Path) -> tuple[int, list[int], list[str]]:
    errors = []
    missing = checks.missing_words(doc, pdf)
    if missing:
        errors.append(f"words not in the text layer: {missing[:12]}")
    want = sorted(r.link[0] for _, _, r in doc.recs() if r.link and r.link[2])
    got = checks.annotated_urls(pdf)
    if want != got:
        errors.append(f"link annotations {got} != {want}")
    if not checks.pages_with_chars(pdf):
        errors.append("a page without text")
    loc, errs = checks.locate(doc, pdf)
    errors += errs
    if not errs:
        errors += feature_errors(doc, pdf, loc)
    return checks.page_count(pdf), loc.starts, errors


def main() -> int:
    docs = [doc1101(), doc1102(), doc1103(), doc1104(), doc1105(), doc1106(), doc1107(), doc1108()]
    (OUT / "born_digital").mkdir(parents=True, exist_ok=True)
    (OUT / "expected").mkdir(parents=True, exist_ok=True)
    failed = False
    results = {}
    with tempfile.TemporaryDirectory(prefix="holdout11_") as tmp:
        for doc in docs:
            pdf = OUT / "born_digital" / f"{doc.stem}.pdf"
            build(doc, pdf, Path(tmp))
            pages, rec_pages, errors = check(doc, pdf)
            for e in errors:
                print(f"{doc.stem}: {e}", file=sys.stderr)
            failed = failed or bool(errors)
            results[doc.stem] = expected(doc, pages, rec_pages)
            print(f"{doc.stem}: {pages} pages, recommendation pages {rec_pages}")
    if failed:
        print("self-check failed: manifest not written", file=sys.stderr)
        return 1
    for doc in docs:
        path = OUT / "expected" / f"{doc.stem}.json"
        path.write_text(json.dumps(results[doc.stem], indent=1, ensure_ascii=False) + "\n")
    (OUT / "README.md").write_text(readme(docs, results))
    manifest = [
        {
            "pdf": f"born_digital/{d.stem}.pdf",
            "expected": f"expected/{d.stem}.json",
            "kind": "holdout11",
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
