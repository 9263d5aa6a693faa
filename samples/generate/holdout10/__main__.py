"""Build samples/holdout10: python -m samples.generate.holdout10 (from the repository root)."""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import checks, docx_build, pdf_build, xlsx_build
from .common import soffice_to_pdf
from .content_a import doc1001, doc1002, doc1003, doc1004
from .content_b import doc1005, doc1006, doc1007, doc1008
from .expected import expected
from .model import Doc
from .readme import readme

ROOT = Path(__file__).resolve().parents[3]
OUT = ROOT / "samples" / "holdout10"
ENV = {"SOURCE_DATE_EPOCH": "1735689600"}  # fixed reportlab creation date


def build(doc: Doc, pdf: Path, tmp: Path) -> None:
    if doc.producer == "reportlab":
        pdf_build.build(doc, pdf)
        return
    ext = "docx" if doc.producer == "libreoffice-docx" else "xlsx"
    src = tmp / f"{doc.stem}.{ext}"
    (docx_build if ext == "docx" else xlsx_build).build(doc, src)
    soffice_to_pdf(src, pdf)


def check(doc: Doc, pdf: Path) -> tuple[int, list[int], list[str]]:
    errors = []
    missing = checks.missing_words(doc, pdf)
    if missing:
        errors.append(f"words not in the text layer: {missing[:12]}")
    want = sorted(r.link[0] for f in doc.findings for r in f.recs if r.link and r.link[2])
    got = sorted(set(checks.annotated_urls(pdf)))  # a label over two lines: two rectangles
    if want != got:
        errors.append(f"link annotations {got} != {want}")
    if not checks.chars_on_every_page(pdf):
        errors.append("a page without text")
    pages = len(checks.page_sizes(pdf))
    if not 1 <= pages <= 3:
        errors.append(f"{pages} pages")
    loc = checks.locate(doc, pdf)
    errors += checks.feature_errors(doc, pdf, loc, pages)
    return pages, loc.pages, errors


def _write_manifest(docs: list[Doc]) -> None:
    manifest = [
        {
            "pdf": f"born_digital/{d.stem}.pdf",
            "expected": f"expected/{d.stem}.json",
            "kind": "holdout10",
            "producer": d.producer,
            "features": sorted(d.features),
        }
        for d in docs
    ]
    tmp = OUT / ".manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1) + "\n")
    os.chmod(tmp, 0o644)
    os.replace(tmp, OUT / "manifest.json")


def main() -> int:
    os.environ.update(ENV)
    docs = [doc1001(), doc1002(), doc1003(), doc1004(), doc1005(), doc1006(), doc1007(), doc1008()]
    (OUT / "born_digital").mkdir(parents=True, exist_ok=True)
    (OUT / "expected").mkdir(parents=True, exist_ok=True)
    failed = False
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="holdout10_") as tmp:
        for doc in docs:
            pdf = OUT / "born_digital" / f"{doc.stem}.pdf"
            build(doc, pdf, Path(tmp))
            pages, rec_pages, errors = check(doc, pdf)
            for e in errors:
                print(f"{doc.stem}: {e}", file=sys.stderr)
            failed = failed or bool(errors)
            results[doc.stem] = expected(doc, pages, rec_pages)
            print(f"{doc.stem}: {pages} pages, rec pages {rec_pages}")
    if failed:
        print("self-check failed: manifest not written", file=sys.stderr)
        return 1
    for doc in docs:
        text = json.dumps(results[doc.stem], indent=1, ensure_ascii=False) + "\n"
        if re.search(r"/(work|tmp|home)/", text):
            raise RuntimeError("a machine path in the expected values")
        (OUT / "expected" / f"{doc.stem}.json").write_text(text)
    (OUT / "README.md").write_text(readme(docs, results))
    _write_manifest(docs)
    print(f"wrote {OUT / 'manifest.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
