"""The seed document's content (Kecamatan Paringin 2023) as a spec, faithfully.

Quirks kept from the real document: the B1 recommendation has no "Agar" (and a stray ")"),
every HASIL EVALUASI cell stops before the pemanfaatan score (so pemanfaatan is null), the
pangkat is printed "Pembina Tk. I (IV/b)" after the first table and "Pembina Tk. 1 (IV/b)"
after the second, several status cells are empty, one LINK cell is a label over a link
annotation and one holds a long URL written out, the B3 target cell is empty, the waktu is
the invalid "Semester IV Tahun 2024", and the first table has the recommendations of A and
B numbered in one cell while C has one row per recommendation.

Below the seed: the units of Kabupaten Balangan and the people (signers, penanggung jawab
data) the variations in catalog.py are built from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from samples.generate import seed_text as t
from samples.generate.spec import (
    DocSpec,
    Finding,
    HeaderBlock,
    Hp,
    LinkCell,
    Nip,
    Rec,
    Render,
    Scores,
    Signature,
    Status,
    Waktu,
)
from samples.generate.variations import Person, Unit

SEED_TITLE = (
    "RENCANA AKSI ATAS TINDAK LANJUT HASIL EVALUASI SAKIP TAHUN 2023",
    "KECAMATAN PARINGIN",
    "DI LINGKUNGAN PEMERINTAH KABUPATEN BALANGAN",
)
SEED_NIP = Nip("NIP.19860421 200412 1 001", "198604212004121001")
SEED_SIGNATURE = Signature(
    jabatan="CAMAT PARINGIN",
    nama="HUDI DARMAWAN, M.I.P",
    pangkat_line="Pembina Tk. 1 (IV/b)",
    pangkat="Pembina Tk. I",
    golongan="IV/b",
    nip=SEED_NIP,
)
SEED_SIGNATURE_FIRST = replace(SEED_SIGNATURE, pangkat_line="Pembina Tk. I (IV/b)")
SEED_HEADER = HeaderBlock("HUDI DARMAWAN, M.I.P", Hp("+62 811 - 409 - 172", "+62811409172"))

# The real document shows these two labels; the URLs behind them are not in the seed's
# text rendering, so these are stand-ins of the same shape.
CROSSCUTTING_URL = "https://drive.google.com/drive/folders/1pRgN7cK2wQ8sZ4vL0mT6yB3xH9jD5aEf"
TABEL_URL = "https://drive.google.com/file/d/1hT5mQ9vR2kW7yZ3nB8cX4dF6gJ0sL1pA/view"
SEED_URL = "https://drive.google.com/file/d/1Xc-wn3rU7dFA_tu623jbcjuibvnbW8GH/view?usp=sharing"

WAKTU = Waktu("Semester IV Tahun 2024", 2024, "Semester IV")
PJ = "Kasubbag Perencanaan dan Keuangan"
SUDAH = Status("sudah ditindaklanjuti", "selesai")


def _rec(
    rek: str,
    ra: str | None = None,
    *,
    target: str = "-",
    status: Status | None = None,
    link: LinkCell | None = None,
    first: str | None = None,
) -> Rec:
    """A seed recommendation; ``first`` is its text in the first table where it differs."""
    return Rec(
        rekomendasi=rek,
        rencana_aksi=ra if ra is not None else rek,
        target=target,
        waktu=WAKTU,
        pj=PJ,
        status=status,
        link=link,
        rekomendasi_first=first,
        rencana_aksi_first=first,
    )


SEED_FINDINGS: tuple[Finding, ...] = (
    Finding(
        kode="A",
        hasil=t.A_HASIL,
        hasil_first=t.A_HASIL_FIRST,
        scores=Scores(21.6, 72.0, 4.8, 80.0, 6.3, 70.0),
        multi_rec_cell=True,
        recs=(
            _rec(t.A1_REK, t.A1_RA, status=Status("Sudah ditindaklanjuti", "selesai")),
            _rec(
                "Agar Membuat diagram Crosscutting",
                "Membuat diagram Crosscutting",
                status=Status(t.A2_STATUS, "selesai"),
                link=LinkCell("Gambaran Crosscutting Kecamatan", CROSSCUTTING_URL),
            ),
            _rec(t.A3_REK, t.A3_RA),
        ),
    ),
    Finding(
        kode="B",
        hasil=t.B_HASIL,
        hasil_first=t.B_HASIL_FIRST,
        scores=Scores(21.6, 72.0, 4.8, 80.0, 6.3, 70.0),
        multi_rec_cell=True,
        recs=(
            _rec(
                t.B1_REK,
                status=Status(t.B1_STATUS, "selesai"),
                link=LinkCell("tabel perbandingan realisasi capaian kinerja", TABEL_URL),
            ),
            _rec(t.B2_REK, t.B2_RA, status=SUDAH),
            _rec(
                "Agar Membuat laporan pengukuran kinerja triwulan di Internal SKPD",
                "Membuat laporan pengukuran kinerja triwulan di Internal SKPD",
                target="",
                status=SUDAH,
            ),
        ),
    ),
    Finding(
        kode="C",
        hasil=t.C_HASIL,
        hasil_first=t.C_HASIL_FIRST,
        scores=Scores(10.8, 72.0, 2.4, 80.0, 3.15, 70.0),
        multi_rec_cell=False,
        recs=(
            _rec(t.C1_REK, status=SUDAH, first=t.C1_REK_FIRST),
            _rec(t.C2_REK, t.C2_RA, status=SUDAH),
            _rec(t.C3_REK, t.C3_RA, status=SUDAH),
            _rec(t.C4_REK, t.C4_RA),
        ),
    ),
    Finding(
        kode="D",
        hasil=t.D_HASIL,
        hasil_first=t.D_HASIL_FIRST,
        scores=Scores(18.75, 75.0, 4.0, 80.0, 6.0, 80.0),
        recs=(
            _rec(
                "Agar Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.",
                "Menindaklanjuti seluruh Rekomendasi atas LHE SAKIP Tahun Sebelumnya.",
                link=LinkCell(SEED_URL, SEED_URL, annotated=False),
            ),
        ),
    ),
)


def seed_spec(name: str, render: Render, expect_features: tuple[str, ...] = ()) -> DocSpec:
    """The real document in its two-table form, rendered with ``render``."""
    return DocSpec(
        name=name,
        title_lines=SEED_TITLE,
        unit_kerja="Kecamatan Paringin",
        kabupaten="Balangan",
        tahun=2023,
        header=SEED_HEADER,
        signature=SEED_SIGNATURE,
        signature_first=SEED_SIGNATURE_FIRST,
        layout="monitoring",
        findings=SEED_FINDINGS,
        render=replace(render, two_tables=True),
        expect_features=expect_features,
    )


# --- units and people of the variations -------------------------------------------------

KEC_PJS = (
    "Kasubbag Perencanaan dan Keuangan",
    "Sekretaris Camat",
    "Kasubbag Umum dan Kepegawaian",
    "Kasi Pemerintahan",
)


def _kecamatan(slug: str, name: str, title: str | None = None) -> Unit:
    return Unit(
        slug, title or f"KECAMATAN {name}", f"Kecamatan {name.title()}", f"CAMAT {name}", KEC_PJS
    )


PARINGIN = _kecamatan("paringin", "PARINGIN")
AWAYAN = _kecamatan("awayan", "AWAYAN")
BATUMANDI = _kecamatan("batumandi", "BATUMANDI")
HALONG = _kecamatan("halong", "HALONG", title="KEC. HALONG")
JUAI = _kecamatan("juai", "JUAI")
LAMPIHONG = _kecamatan("lampihong", "LAMPIHONG")
TEBING_TINGGI = _kecamatan("tebingtinggi", "TEBING TINGGI")
PARINGIN_SELATAN = _kecamatan("paringinselatan", "PARINGIN SELATAN")
DINKES = Unit(
    "dinkes",
    "DINAS KESEHATAN",
    "Dinas Kesehatan",
    "KEPALA DINAS KESEHATAN",
    (
        "Sekretaris Dinas",
        "Kasubbag Perencanaan, Evaluasi dan Pelaporan",
        "Kepala Bidang Kesehatan Masyarakat",
        "Kepala Bidang Pelayanan dan SDK",
    ),
)
DISDIK = Unit(
    "disdik",
    "DINAS PENDIDIKAN",
    "Dinas Pendidikan",
    "KEPALA DINAS PENDIDIKAN",
    (
        "Sekretaris Dinas",
        "Kasubbag Program dan Pelaporan",
        "Kepala Bidang Pembinaan SD",
        "Kepala Bidang Pembinaan SMP",
    ),
)
BAPPEDA = Unit(
    "bappeda",
    "BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    "Badan Perencanaan Pembangunan Daerah",
    "KEPALA BADAN PERENCANAAN PEMBANGUNAN DAERAH",
    (
        "Sekretaris Bappeda",
        "Kasubbag Perencanaan dan Keuangan",
        "Kepala Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    ),
)
SETDA = Unit(
    "setda",
    "SEKRETARIAT DAERAH",
    "Sekretariat Daerah",
    "SEKRETARIS DAERAH",
    ("Kepala Bagian Organisasi", "Kepala Bagian Perencanaan dan Keuangan", "Kepala Bagian Umum"),
)
RSUD = Unit(
    "rsud",
    "RUMAH SAKIT UMUM DAERAH BALANGAN",
    "Rumah Sakit Umum Daerah Balangan",
    "DIREKTUR RSUD BALANGAN",
    (
        "Kepala Bagian Perencanaan dan Keuangan",
        "Kepala Bidang Pelayanan Medik",
        "Kepala Bagian Umum dan Kepegawaian",
    ),
)

D = dt.date
HUDI = Person("HUDI DARMAWAN, M.I.P", 1, D(1986, 4, 21), (2004, 12), 1, "IV/b")
SIGNERS = {
    "awayan": Person("H. AHMAD RIDHANI, S.Sos., M.AP", 1, D(1975, 3, 14), (2001, 3), 2, "IV/a"),
    "batumandi": Person("MUHAMMAD NOOR, S.STP, M.Si", 1, D(1983, 8, 2), (2005, 12), 1, "III/d"),
    "halong": Person("RUSDIANSYAH, S.Sos", 1, D(1972, 11, 20), (1998, 4), 1, "IV/a"),
    "juai": Person("HJ. NOOR AINAH, S.Sos., M.Si", 2, D(1978, 6, 9), (2003, 1), 2, "IV/a"),
    "lampihong": Person("AKHMAD FAHRIANI, S.IP", 1, D(1980, 1, 27), (2006, 2), 1, "III/d"),
    "tebingtinggi": Person("YUSRAN EFENDI, S.STP", 1, D(1985, 10, 5), (2007, 9), 1, "III/d"),
    "paringinselatan": Person("SUPRIYADI, S.Sos., M.AP", 1, D(1976, 4, 18), (2000, 3), 1, "IV/a"),
    "dinkes": Person("dr. RAHMI HIDAYATI, M.Kes", 2, D(1974, 7, 22), (2002, 2), 2, "IV/b"),
    "disdik": Person("H. ABDUL HALIM, S.Pd., M.Pd", 1, D(1969, 12, 1), (1994, 3), 1, "IV/c"),
    "bappeda": Person("Ir. MASRIANI, M.Sc", 2, D(1971, 5, 30), (1997, 3), 1, "IV/c"),
    "setda": Person("Drs. H. SUTIKNO, M.Si", 1, D(1967, 2, 11), (1990, 3), 1, "IV/d"),
    "rsud": Person("dr. FAUZI RAHMAN, Sp.PD", 1, D(1979, 9, 16), (2006, 4), 2, "IV/b"),
}
PJ_DATA = (
    Person("SITI NORJANAH, S.E.", 2, D(1988, 2, 3), (2011, 1), 1, "III/c"),
    Person("M. RIZKY ANSHARI, S.Kom", 1, D(1990, 9, 12), (2015, 3), 1, "III/b"),
    Person("RAHMAWATI, S.AP", 2, D(1987, 12, 25), (2010, 4), 3, "III/c"),
    Person("ARBAIN, S.Sos", 1, D(1982, 7, 7), (2006, 1), 1, "III/d"),
    Person("NOR HIDAYAH, S.KM", 2, D(1991, 3, 19), (2017, 6), 2, "III/b"),
)
