"""README.md of samples/holdout2/."""

from __future__ import annotations

from samples.generate.holdout2.model import Doc

HEAD = """# samples/holdout2/

A second held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout2`
(needs LibreOffice). It is for **measuring only, never for tuning**: its units, kabupaten,
people, recommendation wordings, HASIL wordings and layouts differ from samples/born_digital
and samples/holdout. Same expected-JSON format as samples/expected/ (see samples/README.md);
`manifest.json` has the same fields as samples/manifest.json with `"kind": "holdout2"`, its
paths relative to this folder.

The expected values are written from the specs typed in samples/generate/holdout2/ (never
from the pipeline); only `page_count` and each recommendation's `page` (where its
REKOMENDASI text starts) are read from the PDF with poppler. The generator also checks that
every printed word is in the text layer, that the link annotations are exactly the annotated
LINK cells, and that each layout feature listed in the manifest is visible in the PDF.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, the component nilai their sum, no total on a predikat boundary.

Conventions of the expected values:
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`, `1)`, whatever the mix in a document) is removed;
- a numbered item holding a `-` list is ONE recommendation: its text is the whole item with
  the `-` marks kept (`Agar ... dengan: - merumuskan ...; - menetapkan ...`);
- `waktu_periode` is the period as written without the year; `s.d. Desember 2025` (s.d. =
  sampai dengan, a deadline) has periode `Desember`; a range `Juni - Agustus` stays a range;
- status labels: `100%` / `Sudah sesuai` / `Sudah ditindaklanjuti (100%)` -> selesai;
  `50%` / `75%` / `Sesuai sebagian` / `Dalam proses (50%)` -> proses; `Belum sesuai` ->
  belum; an empty cell -> null status and status_progres;
- a short URL written without scheme (`bit.ly/X`): `tautan` is `https://bit.ly/X`,
  `tautan_teks` the text as written;
- two signature blocks side by side (left `Mengetahui, Sekretaris Daerah`, right the head of
  the unit): the penandatangan is the one on the RIGHT, the unit head who signs the unit's
  own plan; the Sekretaris Daerah only acknowledges it (`Mengetahui`), and his name, pangkat
  and NIP appear in no expected field;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped, `Plt.` kept; `pj_hp` is the first mobile number in E.164;
- `kabupaten` drops `Kabupaten`/`Kota` (`Banjarmasin`); `unit_kerja` drops a parenthesised
  acronym; section rows written `I.`..`IV.` are components A..D.

"""


def readme(docs: list[Doc]) -> str:
    out = [HEAD.rstrip("\n"), ""]
    for doc in docs:
        out.append(f"## {doc.name}")
        out.append(f"- producer {doc.style.producer}, layout {doc.layout}")
        out += [f"- {v}" for v in doc.variations]
        out += [f"- note: {n}" for n in doc.notes]
        out.append("")
    return "\n".join(out)
