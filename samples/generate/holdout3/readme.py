# ruff: noqa: E501
"""README.md of samples/holdout3."""

from __future__ import annotations

from samples.generate.holdout3.model import Doc

HEAD = """# samples/holdout3/

A third held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout3`
(needs LibreOffice and poppler). It is for **measuring only, never for tuning**: its units,
kabupaten, people, recommendation wordings, HASIL wordings and layouts differ from
samples/born_digital, samples/holdout and samples/holdout2. Same expected-JSON format as
samples/expected/ (see samples/README.md); `manifest.json` has the same fields with
`"kind": "holdout3"`, its paths relative to this folder.

The expected values are written from the specs typed in samples/generate/holdout3/ (never
from the pipeline); only `page_count` and each recommendation's `page` (where its
REKOMENDASI text starts) are read from the PDF with poppler. The generator also checks that
every printed word is in the text layer, that the link annotations are exactly the annotated
LINK cells, and that the page-level features listed (row split across pages, header repeated
or not) are visible in the PDF.

Status: the set was measured at first contact on 2026-11-28 (docs/benchmarks.md: 73 % of
recommendations found, two reportlab files `failed`, scores and NIP exact in 6 of 8
documents), then the pipeline was fixed against it; it is no longer unseen. The
reportlab files of that first build had wrong cross-reference offsets (a metadata rewrite in
samples/generate/convert.py dropped a blank); the generator is fixed and the pipeline now
reads such files through a copy pdfium rewrites (tests/extract/test_reader_repair.py).

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, the component nilai their sum, no total on a predikat boundary.

Conventions of the expected values (the same as samples/holdout2/README.md):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`, `1)`, `a.`) is removed; lettered items `a.` `b.` `c.` count as
  rekomendasi_no 1, 2, 3;
- a numbered item holding a `-` list is ONE recommendation, the `-` marks kept;
- `waktu_periode` is the period as written without the year (`Triwulan II`, `Semester I`,
  `Juni`); a range `Juni - Desember` stays a range;
- status labels per SAKIP.md: `Sudah ditindaklanjuti ...`, `Selesai (100%)` -> selesai;
  `Dalam proses ...`, `On progress` -> proses; `Belum ditindaklanjuti`, `Belum` -> belum; an
  empty cell -> null status and status_progres;
- a URL written out in the cell without a link annotation: `tautan` is that URL and
  `tautan_teks` the same text as written; a label with a link annotation: `tautan` is the
  annotation URL, `tautan_teks` the visible label;
- two signature blocks side by side: the penandatangan is the one on the RIGHT (the unit
  head who signs the unit's own plan); the `Mengetahui` block on the left only acknowledges
  and appears in no expected field;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped; `pj_hp` is the mobile number in E.164;
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym and is
  written in title case with the conjunction `dan` and an acronym prefix (UPTD) as printed.

Links: LibreOffice 7.4 on the build machine writes no link annotations for DOCX/XLSX
hyperlinks, so the DOCX/XLSX documents carry URLs written out in the cell (no annotation)
and the annotated links (labels and written-out URLs) are in the reportlab document 306.
Each document is one table of one finding per component (finding_no 1).
"""

EXTRA = {
    "301": [
        "HASIL wording 'Hasil evaluasi atas komponen ... menunjukkan nilai 22,02 atau setara 73,4%, yang terdiri dari sub komponen Keberadaan dengan nilai 5,16 (86%), ...' then 'Uraian: ...'",
        "section rows 'A Perencanaan Kinerja' (letter without dot); waktu 'Triwulan II Tahun 2024', 'Semester I Tahun 2024', 'Juni 2024'",
        "status 'Dalam proses penyelarasan SKP pejabat fungsional' is proses",
    ],
    "302": [
        "HASIL wording 'Komponen ... mendapatkan nilai 23,04 (76,8%) dengan rincian: Keberadaan 5,40 (90%); Kualitas ...; Pemanfaatan ...'",
        "title line 'PEMERINTAH KABUPATEN HULU SUNGAI TENGAH'; section rows 'A Perencanaan Kinerja'",
    ],
    "303": [
        "title lines 'KECAMATAN BATULICIN' / 'KABUPATEN TANAH BUMBU'; section rows 'A. PERENCANAAN KINERJA'"
    ],
    "304": [
        "HASIL wording 'Pada komponen ..., unit kerja mencapai nilai 24,72 (82,4%). Nilai tersebut berasal dari Keberadaan sebesar 5,64 atau 94%, ...'"
    ],
    "305": [
        "HASIL wording as 301 ('menunjukkan nilai ... atau setara ...%'); section rows 'A. PERENCANAAN KINERJA'"
    ],
    "306": [
        "HASIL wording as 304 ('mencapai nilai ... Nilai tersebut berasal dari ...'); B2 target '-'",
        "jabatan 'SEKRETARIS DPRD KABUPATEN KAPUAS,' while the title spells the unit out",
    ],
    "307": [
        "section rows 'A Perencanaan Kinerja'; waktu 'Semester I Tahun 2023', 'Triwulan II Tahun 2023', 'Juni 2023'"
    ],
    "308": [
        "HASIL wording as 302 ('mendapatkan nilai ... dengan rincian: ...'); section rows 'A. PERENCANAAN KINERJA'"
    ],
}


def readme(docs: list[Doc]) -> str:
    parts = [HEAD]
    for d in docs:
        parts.append(
            f"\n## {d.name}\n- producer {d.producer.replace('libreoffice-', '')}, layout {d.layout}\n"
        )
        parts.append(f"- {d.layout_desc}\n")
        parts.append(f"- features: {', '.join(sorted(d.features))}\n")
        for n in EXTRA.get(d.name[:3], []):
            parts.append(f"- {n}\n")
        for n in d.notes:
            parts.append(f"- note: {n}\n")
    return "".join(parts)
