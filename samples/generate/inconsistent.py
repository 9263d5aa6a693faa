"""Render the deliberately inconsistent samples that the validation rules must flag.

    python -m samples.generate.inconsistent

Each sample is a copy of ``paringin_2024()`` (a clean reportlab document that raises no
warning) with one or two printed values changed; nothing else differs. The PDFs go to
samples/inconsistent/ next to expected_warnings.json, which lists the codes each must raise.

- ``901_skor_salah``: Perencanaan Kinerja is printed "memperoleh nilai 20,50 atau 65%",
  while 65% x bobot 30 = 19,50 (and its parts still add up to 19,50).
- ``902_nip_periode``: the signatory's NIP has birth month 13 ("19861321 200412 1 001") and
  the first recommendation of Pengukuran Kinerja is due "Semester III Tahun 2025".
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from samples.generate.__main__ import render
from samples.generate.catalog import paringin_2024
from samples.generate.spec import DocSpec, Finding, Nip, Waktu

OUT = Path(__file__).resolve().parents[1] / "inconsistent"

CLEAN_HEAD = "Perencanaan Kinerja memperoleh nilai 19,50 atau 65%"
WRONG_HEAD = "Perencanaan Kinerja memperoleh nilai 20,50 atau 65%"
BAD_NIP = Nip("NIP.19861321 200412 1 001", "198613212004121001")
BAD_WAKTU = Waktu("Semester III Tahun 2025", 2025, "Semester III")


def _finding(spec: DocSpec, kode: str) -> Finding:
    return next(f for f in spec.findings if f.kode == kode)


def _with_finding(spec: DocSpec, new: Finding) -> tuple[Finding, ...]:
    return tuple(new if f.kode == new.kode else f for f in spec.findings)


def skor_salah(base: DocSpec) -> DocSpec:
    """The component nilai of A printed 1,00 too high; everything else as in ``base``."""
    a = _finding(base, "A")
    if not a.hasil.startswith(CLEAN_HEAD) or a.scores.nilai != 19.5:
        raise ValueError(f"the A hasil of {base.name} changed: {a.hasil[:60]!r}")
    a = replace(
        a,
        hasil=WRONG_HEAD + a.hasil[len(CLEAN_HEAD) :],
        scores=replace(a.scores, nilai=20.5),
    )
    return replace(base, name="901_skor_salah", findings=_with_finding(base, a))


def nip_periode(base: DocSpec) -> DocSpec:
    """An impossible NIP (birth month 13) and one waktu in a third semester."""
    b = _finding(base, "B")
    b = replace(b, recs=(replace(b.recs[0], waktu=BAD_WAKTU), *b.recs[1:]))
    return replace(
        base,
        name="902_nip_periode",
        signature=replace(base.signature, nip=BAD_NIP),
        findings=_with_finding(base, b),
    )


def specs() -> list[DocSpec]:
    base = paringin_2024()
    out = [skor_salah(base), nip_periode(base)]
    for spec in out:
        spec.validate()
    return out


def main() -> int:
    todo = specs()
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="inconsistent-") as tmp:
        pdfs = render(todo, Path(tmp))
        for spec in todo:
            target = OUT / f"{spec.name}.pdf"
            shutil.copyfile(pdfs[spec.name], target)
            print(f"{target.relative_to(OUT.parent)}  {target.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
