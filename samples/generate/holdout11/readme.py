"""README of samples/holdout11, written from the specs (and the page counts read)."""

from __future__ import annotations

from typing import Any

from .model import Doc, idn, predikat

HEAD = """# samples/holdout11/

An eleventh held-out set of Rencana Aksi PDFs, made by `python -m samples.generate.holdout11`
(needs LibreOffice and poppler). It is for **measuring at first contact, never for tuning**:
its units and kabupaten (Bali: Tabanan; Nusa Tenggara Barat: Lombok Barat; Sulawesi Tengah:
Poso; Sulawesi Selatan: Maros; Gorontalo: Boalemo; Maluku: Maluku Tengah; Papua Pegunungan:
Jayawijaya; Kalimantan Utara: Nunukan), unit types (sekretariat DPRD, dinas sosial, dinas
PUPR, dinas kependudukan dan pencatatan sipil, BKPSDM, dinas komunikasi dan informatika,
bapperida (the newer name of a bappeda), kecamatan), people, NIPs, recommendation wordings,
HASIL wordings and layouts differ from samples/born_digital, samples/holdout and holdout2 ..
holdout9. Same expected-JSON format as samples/expected/ (see samples/README.md);
`manifest.json` has the same fields with `"kind": "holdout11"`, its paths relative to this
folder.

Status: not yet measured.

The expected values are written from the specs typed in samples/generate/holdout11/content_a.py
and content_b.py (texts, waktu and status labels typed per recommendation; scores computed
from the typed sub-component percentages), never from the pipeline, which the author of this
set did not read or run. Only `page_count` and each recommendation's `page` (where its
REKOMENDASI text starts, found with pdfplumber in the REKOMENDASI column located from its
header word on the header line and the table's vertical rules) are read from the PDF. The
generator also checks that every printed word is in the text layer (`pdftotext`: titles, PJ
block, headers, cells, legend, every signature block; words wrapped inside a cell, such as
long URLs, in the raw text with the blanks removed), that the link annotations are exactly the
annotated LINK cells (none in the LibreOffice files), that pdfplumber reads characters on every
page, and the page-level features listed (page size, header repeated or on the first page
only, a row or spanned HASIL going on over a page break or not, rows kept whole, the manual
page breaks of the spreadsheets, the merged JADWAL cells printed once per finding, the
`Halaman n dari N` footer); it writes the manifest only when every check passes.

Scores follow PermenPANRB 88/2021 (SAKIP.md): every sub-component nilai is its percentage x
share (20/30/50%) x bobot, exact to 2 decimals, the component nilai their sum (so the
component percentage has one decimal at most), no total within 0,5 of a predikat boundary.
NIPs are 18 digits: a valid birth date, a CPNS TMT (yyyymm) at age 19 or more, sex digit 1/2
matching the person, sequence.

Links: LibreOffice 7.4 writes no link annotations for DOCX/XLSX hyperlinks, so the DOCX/XLSX
documents carry URLs written out in the LINK cell; the annotated labels are in the reportlab
document 1103.

Conventions of the expected values (those of samples/holdout2 .. holdout9):
- texts are the cell contents as written, line breaks and wrapping undone (single spaces);
  the item number (`1.`) is removed;
- `waktu_periode` is the period as written without the year, in canonical case; a range
  stays a range in the canonical form `X - Y`; a date -> its month; `Tahun 2024` alone ->
  null;
- status labels per SAKIP.md and the earlier sets; an empty cell -> null;
- a URL written out in the cell without annotation: `tautan` = `tautan_teks` = the URL; a
  short URL without scheme (`bit.ly/X` in holdout2, here `s.id/X`): `tautan` is
  `https://` + the text, `tautan_teks` as written; a label with a link annotation: `tautan`
  is the annotation URL, `tautan_teks` the label; an empty LINK cell: both null; TARGET `-`
  gives target_data null;
- `penandatangan_jabatan` is the signer's own jabatan line(s), joined, trailing comma
  dropped; `pj_hp` in E.164 (the mobile number only);
- `kabupaten` drops `Kabupaten`/`Kota`; `unit_kerja` drops a parenthesised acronym and keeps
  a comma of the official name; pangkat and golongan in canonical form;
- signature blocks other than the unit head's (preparer, `Mengetahui`, ...): the
  penandatangan is the unit head;
- one row per finding with all recommendations in one cell, each item numbered: one
  recommendation per item (holdout 103, holdout8 806);
- HASIL marks and lead words (`Catatan:`, `Kondisi:`, `Permasalahan:`) are kept in
  hasil_evaluasi; a number after `dari` / `bobot` is the weight, no score.

Conventions this set relies on that earlier READMEs do not state (judgement calls):
- a title naming TWO years, `... LHE AKIP TAHUN 2024` and `TAHUN PELAKSANAAN 2025` (1101):
  tahun_evaluasi is the year of the evaluation (2024), the other is when the plan runs;
- WAKTU and PENANGGUNG JAWAB cells merged vertically over a finding's recommendation rows
  (1101): every recommendation of the finding takes the one printed value;
- HASIL giving the sub-component values after a list of names, `keberadaan, kualitas dan
  pemanfaatan masing-masing memperoleh 5,40 (90%), 7,02 (78%) dan 10,50 (70%)` (1101): the
  values go to the names in order;
- HASIL as arithmetic `Keberadaan : 80% x 6,00 = 4,80` (1102): persen 80, nilai 4,80 (6,00
  is the sub-component's maximum); as a sum `Nilai komponen: 23,70 (79%) = keberadaan 5,40
  (90%) + kualitas ... + pemanfaatan ...` (1105); with abbreviations `Keb.`, `Kual.`, `Pem.`
  (1106); with an em dash `Nilai 22,20 (74%) — Keberadaan ...` (1103, the dash kept);
- THREE signature blocks in one row, `Disusun oleh,` / `Diperiksa oleh,` / the unit head
  (1102): penandatangan_* are the unit head's (right);
- a tenth column `KET.` after STATUS holding remarks (1103): no field; status comes from the
  STATUS column; the LINK column placed BEFORE STATUS and PENANGGUNG JAWAB before TARGET and
  WAKTU: fields follow the header names;
- waktu with `TA` (tahun anggaran): `Triwulan II TA 2025` -> periode `Triwulan II`, tahun
  2025; `TA 2025` alone -> periode null, tahun 2025 (as `Tahun 2024`) (1103);
- a title line `Posisi s.d. 31 Maret 2025` (the date the monitoring reports on; 1103) and a
  status header `PROGRES S.D. DESEMBER 2024` (1106): no field;
- Word automatic list numbering in the REKOMENDASI / RENCANA AKSI cells (1104): the rendered
  `1.` `2.` are item numbers like typed ones;
- the PJ block as a bordered table with the PJ's NIP, jabatan and e-mail (1105): only the
  name and the mobile number are fields; the PJ's NIP is no penandatangan_nip;
- waktu typed as numeric dates `30/06/2025` (1105): periode the month (`Juni`), tahun 2025;
  `Akhir Juni 2024` (end of June; 1108): periode `Juni`;
- status `Sudah rampung` selesai, `Sedang berlangsung` proses, `Belum ada progres` belum
  (1101); `Terlaksana` selesai, `Dalam pelaksanaan` proses, `Belum dilakukan` belum (1103);
  `Sudah` selesai, `Sedang diproses` proses, `Belum` belum (1105); `Telah dilaksanakan`
  selesai, `Masih berjalan` proses, `Belum dilaksanakan` belum (1106);
- STATUS as one-letter codes `S` / `P` / `B` explained by a legend line under the table
  (`Keterangan status: S = Selesai; P = Dalam proses; B = Belum ditindaklanjuti`; 1108):
  status_progres is the code as written, status the legend's meaning; the legend is no field;
- no section rows, the component letter in the NO column and the component name as the
  first (bold) line of the HASIL cell (1106): finding_no 1 (one finding per component);
  hasil_evaluasi is the whole cell, the name line included;
- manual page breaks in a spreadsheet before a component's section row (1105, 1108): no
  field changes;
- a word with a hyphen wrapped after the hyphen inside a cell (`e-` / `Kinerja`, `se-` /
  `Sulawesi`, `2022-` / `2026`; 1104, 1106) is one word, the hyphen kept (`e-Kinerja`);
- a link label wrapped over two lines carries one annotation per line, both with the same
  URL (1103): one tautan.
"""


def readme(docs: list[Doc], results: dict[str, dict[str, Any]]) -> str:
    out = [HEAD]
    for d in docs:
        res = results[d.stem]
        total = res["document"]["total_nilai"]
        out.append(f"\n## {d.stem}\n")
        out.append(f"- producer {d.producer}, layout {d.layout}\n")
        out.append(f"- {d.description}\n")
        out.append(f"- features: {', '.join(sorted(d.features))}\n")
        out.append(
            f"- {res['document']['page_count']} pages, {len(res['findings'])} findings,"
            f" {len(res['recommendations'])} recommendations; total {idn(total)}, predikat"
            f" {predikat(total)}\n"
        )
        for note in d.notes:
            out.append(f"- note: {note}\n")
    return "".join(out)
