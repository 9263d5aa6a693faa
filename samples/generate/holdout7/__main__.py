"""Build samples/holdout7: PDFs, expected JSON, manifest and README.

The manifest is written once, at the end, and only when every document passed its checks
(another tool waits for it); ``python -m samples.generate.holdout7 601 604`` rebuilds some
documents and writes their manifest entries to /tmp/holdout7-build/manifest.partial.json.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

from samples.generate.convert import fix_pdf_metadata, soffice_to_pdf
from samples.generate.holdout7.check import CheckError, expected
from samples.generate.holdout7.content import all_docs
from samples.generate.holdout7.docx_w import write_docx
from samples.generate.holdout7.readme import readme
from samples.generate.holdout7.rl_w import write_reportlab
from samples.generate.holdout7.xlsx_w import write_xlsx

ROOT = Path(__file__).resolve().parents[2] / "holdout7"
BUILD = Path("/tmp/holdout7-build")
MAX_BYTES = 1_500_000


def main() -> int:
    docs = all_docs()
    partial = len(sys.argv) > 1
    if partial:
        docs = [d for d in docs if d.name[:3] in sys.argv[1:]]
    src_dir, pdf_dir = BUILD / "src", BUILD / "pdf"
    for d in (src_dir, pdf_dir, ROOT / "born_digital", ROOT / "expected"):
        d.mkdir(parents=True, exist_ok=True)
    sources = []
    for doc in docs:
        if doc.producer == "libreoffice-docx":
            sources.append(write_docx(doc, src_dir))
        elif doc.producer == "libreoffice-xlsx":
            sources.append(write_xlsx(doc, src_dir))
        else:
            write_reportlab(doc, pdf_dir / f"{doc.name}.pdf")
    for pdf in soffice_to_pdf(sources, pdf_dir, BUILD / "profile"):
        fix_pdf_metadata(pdf)
    manifest = []
    errors: list[str] = []
    for doc in docs:
        out = ROOT / "born_digital" / f"{doc.name}.pdf"
        shutil.copyfile(pdf_dir / f"{doc.name}.pdf", out)
        if out.stat().st_size > MAX_BYTES:
            raise SystemExit(f"{out.name} is larger than 1.5 MB")
        try:
            exp = expected(doc, out)
        except CheckError as err:
            errors.append(str(err))
            print("ERROR", err, flush=True)
            continue
        (ROOT / "expected" / f"{doc.name}.json").write_text(
            json.dumps(exp, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        manifest.append(
            {
                "pdf": f"born_digital/{doc.name}.pdf",
                "expected": f"expected/{doc.name}.json",
                "kind": "holdout7",
                "producer": doc.producer,
                "features": sorted(doc.features),
            }
        )
        print(doc.name, exp["document"]["page_count"], "pages", flush=True)
    if errors:
        return 1
    text = json.dumps(manifest, indent=2) + "\n"
    if partial:
        (BUILD / "manifest.partial.json").write_text(text, "utf-8")
        return 0
    (ROOT / "README.md").write_text(readme(docs), encoding="utf-8")
    (ROOT / "manifest.json").write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
