"""Build samples/holdout8: eight born-digital PDFs, expected JSON, README-listed features.

Run from the repository root: ``python -m samples.generate.holdout8`` (needs LibreOffice
and poppler). manifest.json is written last, atomically, once every self-check passed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from samples.generate.holdout8 import check
from samples.generate.holdout8.content import doc801, doc802, doc803, doc804
from samples.generate.holdout8.content2 import doc805, doc806, doc807, doc808
from samples.generate.holdout8.docx_w import write_docx
from samples.generate.holdout8.expected import document_json
from samples.generate.holdout8.model import Doc
from samples.generate.holdout8.readme import write_readme
from samples.generate.holdout8.rl_w import write_rl
from samples.generate.holdout8.xlsx_w import write_xlsx

OUT = Path("samples/holdout8")
DOCS = (doc801, doc802, doc803, doc804, doc805, doc806, doc807, doc808)


def _soffice(src: Path, outdir: Path, profile: Path) -> Path:
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            str(src),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = outdir / (src.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no {pdf}"
    return pdf


def render(doc: Doc, work: Path) -> Path:
    target = OUT / "born_digital" / f"{doc.name}.pdf"
    if doc.producer == "reportlab":
        write_rl(doc, target)
        return target
    ext = "docx" if doc.producer == "libreoffice-docx" else "xlsx"
    src = work / f"{doc.name}.{ext}"
    (write_docx if ext == "docx" else write_xlsx)(doc, src)
    pdf = _soffice(src, work, work / "profile")
    shutil.copyfile(pdf, target)
    return target


def build(doc: Doc, work: Path) -> dict:
    pdf = render(doc, work)
    check.check_words(doc, pdf)
    check.check_links(doc, pdf)
    lay = check.analyse(doc, pdf)
    check.check_features(doc, lay)
    expected = document_json(doc, lay.page_count, lay.pages)
    path = OUT / "expected" / f"{doc.name}.json"
    path.write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(
        f"{doc.name}: {lay.page_count} pages, recs on pages "
        f"{sorted(set(lay.pages.values()))}, splits {lay.splits}"
    )
    return {
        "pdf": f"born_digital/{doc.name}.pdf",
        "expected": f"expected/{doc.name}.json",
        "kind": "holdout8",
        "producer": doc.producer,
        "features": sorted(doc.features),
    }


def main(argv: list[str]) -> int:
    only = set(argv)
    for sub in ("born_digital", "expected"):
        (OUT / sub).mkdir(parents=True, exist_ok=True)
    entries = []
    docs = [make() for make in DOCS]
    with tempfile.TemporaryDirectory(prefix="holdout8_") as tmp:
        for doc in docs:
            if only and doc.code not in only:
                continue
            entries.append(build(doc, Path(tmp)))
    if only:
        return 0
    write_readme(docs, OUT / "README.md")
    manifest = OUT / "manifest.json"
    fd, tmp_name = tempfile.mkstemp(dir=OUT, prefix=".manifest", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(entries, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    os.chmod(tmp_name, 0o644)
    os.replace(tmp_name, manifest)
    print(f"wrote {manifest} ({len(entries)} documents)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
