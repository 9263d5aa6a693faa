"""Plausibility: periods, deadlines, the signatory's NIP and rank, the HP, the links.

Only the impossible is flagged. For the NIP (``yyyymmdd yyyymm s nnn``: birth date, CPNS
appointment, sex, sequence) that means:

* 18 ASCII digits; a birth date that exists (from 1900); sex digit 1 or 2; sequence not 000;
* appointment month 01-12. A "month" of 13-99 is read as a NI PPPK, whose 13th-14th digits
  count contracts (``202221``), not months: only its year is checked;
* appointment at 18 or older (the minimum age for CPNS, PP 11/2017), and not after the year
  the document was signed. A plan for SAKIP year T is signed in T or T+1 (the seed: SAKIP 2023,
  deadlines in 2024), so T+1 is the latest date anything on it can refer to;
* not older than 70 in year T (the highest retirement age, for guru besar);
* the golongan within reach of the appointment by the end of T+1. The highest CPNS entry is
  Penata III/c (a doctorate, PP 99/2000); the fastest promotion is one step a year (kenaikan
  pangkat pilihan into a structural post, which needs 1 year in rank) and one step may come
  at once (kenaikan pangkat istimewa). So golongan III/c + k needs at least k - 1 years.
  The usual pace is far slower (4 years a step, 2 for functional posts): IV/b from III/a
  usually takes 12-20 years, but 2 is the bound no path can beat, and that is all we flag.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Final
from urllib.parse import urlsplit

from normalize.kontak import hp_e164, is_mobile_e164
from normalize.pangkat import GOLONGAN_PANGKAT, PANGKAT_GOLONGAN
from normalize.validasi.catatan import catatan, hal
from normalize.waktu import is_periode_valid
from schemas import Document, Recommendation, WarningRecord

USIA_MIN_CPNS: Final = 18
USIA_MAX: Final = 70
TAHUN_TANDA_TANGAN: Final = 1  # years after the SAKIP year a document may be signed
GOLONGAN_MASUK_TERTINGGI: Final = "III/c"
TAHUN_PER_TINGKAT: Final = 1
TINGKAT_ISTIMEWA: Final = 1

_GOLONGAN_URUT: Final = list(GOLONGAN_PANGKAT)
_LABEL: Final = re.compile(r"(?!-)[a-z0-9-]{1,63}(?<!-)")
_TLD: Final = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_IPV4: Final = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")


def _ref(r: Recommendation) -> str:
    return f"rekomendasi {r.komponen_kode}{r.finding_no}-{r.rekomendasi_no}"


def _rec_catatan(r: Recommendation, code: str, message: str) -> WarningRecord:
    return catatan(r.document_id, code, message, page=r.page, recommendation_id=r.recommendation_id)


def periode_dan_tenggat(
    recommendations: Sequence[Recommendation], tahun_evaluasi: int | None
) -> list[WarningRecord]:
    """An invalid period ("Semester IV") is info: the year stays a usable deadline. A deadline
    year before the evaluation year is an error: that year cannot be right."""
    out: list[WarningRecord] = []
    for r in recommendations:
        if r.waktu_periode is not None and not is_periode_valid(r.waktu_periode):
            tahun = ""
            if r.waktu_tahun is not None:
                tahun = f"; tahun {r.waktu_tahun} tetap dipakai sebagai tenggat"
            message = (
                f'Periode "{r.waktu_periode}" pada waktu pelaksanaan {_ref(r)} tidak valid '
                f"(semester hanya I-II, triwulan I-IV){hal(r.page)}{tahun}."
            )
            out.append(_rec_catatan(r, "PERIODE_TIDAK_VALID", message))
        if (
            r.waktu_tahun is not None
            and tahun_evaluasi is not None
            and (r.waktu_tahun < tahun_evaluasi)
        ):
            message = (
                f"Tahun waktu pelaksanaan {_ref(r)} ({r.waktu_tahun}) lebih awal dari tahun "
                f"evaluasi {tahun_evaluasi}{hal(r.page)}; kemungkinan salah ketik."
            )
            out.append(_rec_catatan(r, "TENGGAT_SEBELUM_TAHUN_EVALUASI", message))
    return out


def _birth(digits: str) -> date | None:
    try:
        born = date(int(digits[0:4]), int(digits[4:6]), int(digits[6:8]))
    except ValueError:
        return None
    return born if born.year >= 1900 else None


def _min_tahun(golongan: str) -> int:
    """Fewest years from CPNS appointment to ``golongan`` that any promotion path allows."""
    steps = _GOLONGAN_URUT.index(golongan) - _GOLONGAN_URUT.index(GOLONGAN_MASUK_TERTINGGI)
    return max(0, (steps - TINGKAT_ISTIMEWA) * TAHUN_PER_TINGKAT)


def _golongan_problem(tmt: tuple[int, int], golongan: str, batas: int) -> str | None:
    need = _min_tahun(golongan)
    # months of service from the 1st of the appointment month to 31 December of ``batas``
    months = (batas - tmt[0]) * 12 + (12 - tmt[1]) + 1
    if need == 0 or months >= need * 12:
        return None
    return (
        f"golongan {golongan} butuh sedikitnya {need} tahun masa kerja sejak CPNS (masuk "
        f"paling tinggi {GOLONGAN_MASUK_TERTINGGI}, naik paling cepat satu tingkat per tahun "
        "dan satu kali kenaikan istimewa), "
        f"padahal TMT CPNS {tmt[0]}-{tmt[1]:02d} baru {months // 12} tahun {months % 12} bulan "
        f"pada akhir {batas}"
    )


def _format_problems(digits: str) -> list[str]:
    problems: list[str] = []
    if _birth(digits) is None:
        problems.append(
            f"tanggal lahir {digits[0:4]}-{digits[4:6]}-{digits[6:8]} tidak ada di kalender"
        )
    if int(digits[8:12]) < 1900 or int(digits[12:14]) == 0:
        problems.append(f"TMT CPNS {digits[8:12]}-{digits[12:14]} tidak mungkin")
    if digits[14] not in "12":
        problems.append(f"digit jenis kelamin {digits[14]} bukan 1 atau 2")
    if digits[15:18] == "000":
        problems.append("nomor urut 000")
    return problems


def _time_problems(digits: str, tahun: int | None, golongan: str | None) -> list[str]:
    born = _birth(digits)
    year, month = int(digits[8:12]), int(digits[12:14])
    pppk = month > 12
    problems: list[str] = []
    if born is not None and year >= 1900 and month > 0:
        too_young = (
            year < born.year + USIA_MIN_CPNS
            if pppk
            else (year, month) < (born.year + USIA_MIN_CPNS, born.month)
        )
        if too_young:
            problems.append(f"diangkat pada usia di bawah {USIA_MIN_CPNS} tahun")
    if tahun is None:
        return problems
    batas = tahun + TAHUN_TANDA_TANGAN
    if born is not None and tahun - born.year > USIA_MAX + 1:
        problems.append(
            f"berusia lebih dari {USIA_MAX} tahun pada {tahun}, melewati batas usia pensiun"
        )
    if year > batas:
        problems.append(f"TMT CPNS {year} sesudah {batas}, tahun terakhir dokumen ditandatangani")
    elif not pppk and month > 0 and golongan is not None and golongan in GOLONGAN_PANGKAT:
        problem = _golongan_problem((year, month), golongan, batas)
        if problem:
            problems.append(problem)
    return problems


def masalah_nip(nip: str, tahun_evaluasi: int | None, golongan: str | None) -> list[str]:
    """Why ``nip`` cannot be a real NIP of someone signing in ``tahun_evaluasi`` (+1) with
    ``golongan``; empty when it can."""
    if not (len(nip) == 18 and nip.isascii() and nip.isdigit()):
        return [f'"{nip}" bukan 18 digit angka']
    return _format_problems(nip) + _time_problems(nip, tahun_evaluasi, golongan)


def identitas(document: Document) -> list[WarningRecord]:
    """The signatory's NIP and the match of pangkat and golongan."""
    out: list[WarningRecord] = []
    pangkat, golongan = document.penandatangan_pangkat, document.penandatangan_golongan
    if pangkat and golongan and GOLONGAN_PANGKAT.get(golongan) != pangkat:
        expected = GOLONGAN_PANGKAT.get(golongan)
        why = f"golongan {golongan} berpangkat {expected}" if expected else "golongan tidak ada"
        message = f'Pangkat penandatangan "{pangkat}" tidak sesuai golongan {golongan} ({why}).'
        out.append(catatan(document.document_id, "PANGKAT_TIDAK_SESUAI_GOLONGAN", message))
    nip = document.penandatangan_nip
    if nip is not None:
        # the golongan decides the rank; the pangkat name stands in when it is missing
        gol = golongan if golongan in GOLONGAN_PANGKAT else PANGKAT_GOLONGAN.get(pangkat or "")
        problems = masalah_nip(nip, document.tahun_evaluasi, gol)
        if problems:
            message = f"NIP penandatangan {nip} tidak mungkin: " + "; ".join(problems) + "."
            out.append(catatan(document.document_id, "NIP_TIDAK_VALID", message))
    return out


def nomor_hp(document: Document, pj_hp_tertulis: str | None = None) -> list[WarningRecord]:
    """``pj_hp`` must be an Indonesian mobile number in E.164; a number written in the
    document that gave no ``pj_hp`` is reported too (when the caller has it)."""
    hp = document.pj_hp
    if hp is not None and not is_mobile_e164(hp):
        fixed = hp_e164(hp)
        hint = f"; mungkin maksudnya {fixed}" if fixed else ""
        message = (
            f'Nomor HP penanggung jawab data "{hp}" bukan nomor seluler Indonesia dalam format '
            f"+628… (9-12 digit sesudah +62){hint}."
        )
    elif hp is None and pj_hp_tertulis and pj_hp_tertulis.strip():
        message = (
            f'Nomor HP penanggung jawab data tertulis "{pj_hp_tertulis.strip()}" bukan nomor '
            "seluler Indonesia; kolom pj_hp dibiarkan kosong."
        )
    else:
        return []
    return [catatan(document.document_id, "HP_TIDAK_VALID", message)]


def _host_problem(host: str) -> str | None:
    if _IPV4.fullmatch(host) or host == "localhost":
        return None
    labels = host.rstrip(".").split(".")
    if len(labels) < 2 or not all(_LABEL.fullmatch(label) for label in labels):
        return f'nama host "{host}" tidak sah'
    if not _TLD.fullmatch(labels[-1]):
        return f'akhiran domain ".{labels[-1]}" tidak sah'
    return None


def masalah_tautan(url: str) -> str | None:
    """Why ``url`` is not a whole http(s) URL; None when it is."""
    if any(c.isspace() or ord(c) < 32 for c in url):
        return "berisi spasi atau karakter kontrol"
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a port that is not a number 0-65535
    except ValueError as exc:
        return f"tidak dapat diurai ({exc})"
    if parts.scheme.lower() not in ("http", "https"):
        return f'skema "{parts.scheme or "-"}" bukan http/https'
    if not parts.hostname:
        return "tanpa nama host"
    return _host_problem(parts.hostname)


def tautan(recommendations: Sequence[Recommendation]) -> list[WarningRecord]:
    out: list[WarningRecord] = []
    for r in recommendations:
        if r.tautan is None:
            continue
        problem = masalah_tautan(r.tautan)
        if problem:
            message = f'Tautan {_ref(r)} "{r.tautan}" bukan URL yang utuh: {problem}{hal(r.page)}.'
            out.append(_rec_catatan(r, "TAUTAN_TIDAK_VALID", message))
    return out


def periksa_wajar(
    document: Document,
    recommendations: Sequence[Recommendation],
    *,
    pj_hp_tertulis: str | None = None,
) -> list[WarningRecord]:
    return [
        *periode_dan_tenggat(recommendations, document.tahun_evaluasi),
        *identitas(document),
        *nomor_hp(document, pj_hp_tertulis),
        *tautan(recommendations),
    ]
