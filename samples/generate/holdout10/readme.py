"""samples/holdout10/README.md, written from the specs and the expected values."""

from __future__ import annotations

from typing import Any

from .model import Doc, num

HEAD = """# samples/holdout10/

A tenth held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout10`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten/kota ({places}), unit types (satpol PP dan wilayatul hisbah, RSUD,
dinas lingkungan hidup, dinas perhubungan, dinas pendidikan, dinas koperasi dan UKM, one
kecamatan and one kapanewon), people, NIPs, recommendation wordings, HASIL wordings and
layouts differ from samples/born_digital, samples/holdout and holdout2 .. holdout9. Same
expected-JSON format as samples/expected/ (see samples/README.md); `manifest.json` has the
same fields with `"kind": "holdout10"`, its paths relative to this folder.

Status: not yet measured.

The expected values are written from the specs typed in samples/generate/holdout10/
content_a.py and content_b.py (texts, waktu and status labels typed per recommendation;
scores computed from the typed sub-component percentages in model.py), never from the
pipeline, which the author of this set did not read or run. Only `page_count` and each
recommendation's `page` (where its REKOMENDASI text starts, found with pdfplumber in the
REKOMENDASI column located from its bold header word and the table's vertical rules) are
read from the PDF. The generator also checks that every printed word is in the text layer
(`pdftotext -layout`: titles, PJ block, headers, section rows, cells, legend, signature;
URLs and dates with their wrapping removed), that the link annotations are exactly the
annotated LINK cells (none in the LibreOffice files), that pdfplumber reads characters on
every page, and the page-level features listed (page size, header repeated on every table
page, a row or merged HASIL going on over a page break or not, single page, merged
PENANGGUNG JAWAB / WAKTU / LINK cells printed once per merged run); it writes the manifest
only when every check passes.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum (so the
component percentage has one decimal at most), no total within 0,5 of a predikat boundary.
NIPs are 18 digits: a valid birth date, a CPNS TMT (yyyymm) at age 19 or more, sex digit 1/2
matching the person, sequence.

Links: LibreOffice 7.4 writes no link annotations for DOCX/XLSX hyperlinks, so the DOCX/XLSX
documents carry URLs written out in the LINK cell (tautan = tautan_teks = the URL); the
annotated labels are in the reportlab document 1006.

Conventions of the expected values (those of samples/holdout2 .. holdout9):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`) is removed;
- `waktu_periode` is the period as written without the year, in canonical case (Roman
  numerals for Triwulan / Semester); a range stays a range in the form `X - Y`; a date ->
  its month;
- status labels per SAKIP.md and the earlier sets (`Sebagian` -> proses); an empty cell ->
  null;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  label with a link annotation: `tautan` is the annotation URL, `tautan_teks` the label; an
  empty LINK cell: both null; TARGET `-` gives target_data null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped; `pj_hp` in E.164 (the mobile number only);
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym;
  pangkat and golongan in canonical form;
- a printed NO running on over the components gives finding_no the printed number
  (holdout6's 603); HASIL lead words (`Catatan:`, `Uraian:`, `Kelemahan:`,
  `Permasalahan:`) and marks are kept in hasil_evaluasi; a number that is a maximum
  (bobot or bobot x share) is no score.

Conventions this set relies on that earlier READMEs do not state (judgement calls):
- a cell merged vertically over several recommendation rows of a finding (PENANGGUNG JAWAB
  and WAKTU in 1001, LINK in 1002) applies to every recommendation it spans: each gets the
  value (for LINK: tautan = tautan_teks = the one URL);
- recommendations numbered 1-7 running on over the components (1008): rekomendasi_no is
  the printed number (B's first recommendation is 3), as finding_no follows a running NO;
  the recommendation_id stays unique;
- a komponen heading inside the HASIL cell instead of a section row (1003: the bold
  `PERENCANAAN KINERJA` opening the cell): the komponen comes from that heading, and
  hasil_evaluasi is the WHOLE cell, the heading line included (DATA_CONTRACT.md: "the whole
  HASIL EVALUASI INSPEKTORAT cell");
- HASIL numbers that are no current scores: a terbilang in brackets (`20,52 (dua puluh koma
  lima dua)`; 1003), last year's value (`naik dari 16,20 pada Tahun 2022`; 1005), the
  maxima in multiplication lines (`80% × 6,00 = 4,80`; 1004), the LKE codes `1.a` `1.b`
  `1.c` (1002);
- waktu `Akhir Triwulan I 2024` -> periode `Triwulan I`, `Awal Juni 2024` -> `Juni` (the
  words `Akhir` / `Awal` are no part of the period; 1001); `Triwulan 3 Tahun 2025` ->
  `Triwulan III` (1002); a numeric date `30/06/2025` -> `Juni`, tahun 2025 (1008);
- status `Telah dipenuhi` selesai, `Dalam pemenuhan` proses, `Belum dipenuhi` belum (1001);
  `Sudah (100%)` selesai, `Progres 60%` proses, `Belum (0%)` belum (1002); `Sudah` selesai,
  `Sedang berlangsung` proses (1007); `Terlaksana` selesai, `Sebagian terlaksana` proses,
  `Belum terlaksana` belum (1008); status cells coloured green / yellow / red carry the
  same word, the colour is no extra information (1006);
- column headers `URAIAN TEMUAN` (HASIL EVALUASI), `SARAN/ REKOMENDASI`, `LANGKAH TINDAK
  LANJUT` (RENCANA AKSI), `OUTPUT` (TARGET), `JADWAL` (WAKTU), `PELAKSANA` (PENANGGUNG
  JAWAB), `HASIL TINDAK LANJUT` (STATUS/PROGRES), `TAUTAN` (LINK) (1007); `PIC`,
  `PROGRES`, `DOKUMEN PENDUKUNG (LINK)` (1002); `BATAS WAKTU`, `LINK BUKTI` (1008);
- a unit whose official name keeps a lower-case title (`Rumah Sakit Umum Daerah dr.
  Djasamen Saragih`; 1002): unit_kerja as printed with that `dr.`; a DI Yogyakarta
  kapanewon (`Kapanewon Wonosari`, head `Panewu`; 1008) is the unit as written;
- the PJ block as ONE sentence `Penanggung jawab data SAKIP: NAME (HP 0813 7412 5566)`
  (1003): pj_nama is the name, pj_hp the number; a 13-digit mobile number `0812-8765-43210`
  (1007) -> `+62812876543210`;
- pangkat and golongan on two lines `Pembina Utama Muda` / `Golongan IV/c` (1004);
- a date line in Hijriah and Masehi (`Sigli, 14 Rajab 1445 H / 26 Januari 2024 M`; 1001)
  and a colour legend under the table (1006) are no part of any field;
- a section row left alone at the bottom of a page, its finding starting on the next page
  (1002, 1006, 1007: the spreadsheet / reportlab break between rows) changes nothing.
"""


def _kind(doc: Doc) -> str:
    return "Kota" if "kota_not_kabupaten" in doc.features else "Kabupaten"


def _section(doc: Doc, res: dict[str, Any]) -> str:
    d = res["document"]
    lines = [
        f"## {doc.stem}",
        f"- producer {doc.producer}, layout {doc.layout}",
        f"- {doc.province}: {doc.unit}, {_kind(doc)} {doc.kabupaten}",
        f"- {doc.summary}",
        f"- features: {', '.join(sorted(doc.features))}",
        f"- {d['page_count']} page{'s' if d['page_count'] > 1 else ''}, "
        f"{len(res['findings'])} findings, {len(res['recommendations'])} recommendations; "
        f"total {num(d['total_nilai'])}, predikat {d['predikat']}",
    ]
    lines += [f"- note: {n}" for n in doc.notes]
    return "\n".join(lines) + "\n"


def readme(docs: list[Doc], results: dict[str, dict[str, Any]]) -> str:
    places = "; ".join(
        f"{d.province}: {'Kota ' if 'kota_not_kabupaten' in d.features else ''}{d.kabupaten}"
        for d in docs
    )
    body = "\n".join(_section(d, results[d.stem]) for d in docs)
    return HEAD.format(places=places) + "\n" + body
