"""Speed of ``link_years`` on 10,000 x 10,000 recommendations (target <= 60 s, 2 cores).

Two cases, each 10,000 recommendations in the earlier year and 10,000 in the later:

- ``one_block``: one unit with all 20,000 (the worst case: one 10,000 x 10,000 score
  matrix and one assignment over every candidate pair);
- ``many_units``: 500 units of 20 recommendations a year (the realistic shape).

Texts are built from SAKIP phrases (verb x object x qualifier x sasaran x document) so
that many share most of their words, as boilerplate does; 70 % of the later year's texts are
drifted copies of earlier ones (typos, "Agar" dropped or added, a word changed), the rest
new. Since the drift is known, each case also reports precision and recall.

    python -m bench.link_bench            # prints the figures as JSON
    /usr/bin/time -v python -m bench.link_bench one_block
"""

from __future__ import annotations

import json
import os
import random
import resource
import sys
import time
from typing import Any

import pandas as pd

from link import LinkSettings, assign_groups, link_years

VERBS = (
    "menyusun", "menetapkan", "melengkapi", "menambahkan informasi mengenai", "mereviu",
    "memutakhirkan", "mempublikasikan", "menyelaraskan", "mendokumentasikan",
    "melaksanakan evaluasi atas", "memantau", "menyajikan analisis", "mengintegrasikan",
    "menyampaikan", "membuat", "merumuskan", "mengukur", "memanfaatkan",
)  # fmt: skip
OBJECTS = (
    "Pohon Kinerja", "cascading kinerja", "Indikator Kinerja Utama (IKU)", "Perjanjian Kinerja",
    "Rencana Aksi kinerja", "SOP pengukuran kinerja", "Definisi Operasional indikator",
    "target kinerja triwulanan", "capaian kinerja", "efisiensi penggunaan anggaran",
    "data kinerja", "hasil evaluasi internal", "tindak lanjut rekomendasi LHE SAKIP",
    "diagram Crosscutting", "Sasaran Kinerja Pegawai", "reward dan punishment",
    "manual indikator kinerja", "rumusan tujuan dan sasaran", "kondisi kinerja yang dicapai",
    "realisasi anggaran", "pedoman evaluasi internal", "langkah perbaikan kinerja",
    "perbandingan realisasi dengan target", "strategi pencapaian kinerja", "jadwal pengukuran",
)  # fmt: skip
QUALIFIERS = (
    "sampai dengan level Seksi", "secara berjenjang", "setiap triwulan", "secara berkala",
    "tepat waktu", "sesuai kriteria SMART", "dengan Keputusan Kepala Perangkat Daerah",
    "untuk tahun berikutnya", "bagi seluruh pegawai", "di Internal SKPD",
    "berdasarkan capaian tahun sebelumnya", "dengan memanfaatkan aplikasi",
    "sesuai Permenpan RB Nomor 88 Tahun 2021", "dalam 1 periode RPJMD",
    "beserta bukti dukungnya", "antar Kabupaten/Kota dalam 1 Provinsi",
)  # fmt: skip
DOCUMENTS = (
    "Renstra", "Renja", "LKjIP", "Perjanjian Kinerja", "Rencana Aksi", "IKU",
    "Laporan Kinerja Triwulanan", "Dokumen Evaluasi Internal", "DPA", "RKA", "SKP", "RPJMD",
)  # fmt: skip
SASARAN = (
    "meningkatnya kualitas pelayanan publik", "meningkatnya akuntabilitas kinerja",
    "terwujudnya tata kelola pemerintahan yang baik", "meningkatnya kualitas perencanaan",
    "meningkatnya derajat kesehatan masyarakat", "meningkatnya mutu pendidikan",
    "terkendalinya inflasi daerah", "meningkatnya pendapatan asli daerah",
    "menurunnya angka kemiskinan", "meningkatnya kualitas infrastruktur jalan",
    "meningkatnya ketahanan pangan", "meningkatnya kualitas lingkungan hidup",
    "meningkatnya partisipasi masyarakat", "meningkatnya kapasitas aparatur kecamatan",
    "tertibnya administrasi kependudukan", "meningkatnya ketenteraman dan ketertiban umum",
    "meningkatnya pemberdayaan masyarakat desa", "meningkatnya daya saing UMKM",
    "meningkatnya kunjungan wisata", "meningkatnya kualitas pengelolaan keuangan",
    "meningkatnya cakupan air bersih", "menurunnya prevalensi stunting",
    "meningkatnya kualitas pengawasan internal", "meningkatnya pelayanan perizinan",
)  # fmt: skip
SYNONYMS = (("menyusun", "membuat"), ("informasi", "data"), ("mengenai", "tentang"),
            ("setiap", "per"), ("seluruh", "semua"), ("dan", "serta"))  # fmt: skip
KOMPONEN = "ABCD"


def _text(rng: random.Random) -> str:
    return (
        f"Agar {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)} untuk "
        f"mendukung sasaran {rng.choice(SASARAN)} pada Dokumen {rng.choice(DOCUMENTS)}"
    )


def _distinct_texts(rng: random.Random, n: int) -> list[str]:
    seen: dict[str, None] = {}
    while len(seen) < n:
        seen.setdefault(_text(rng), None)
    return list(seen)


def _drift(rng: random.Random, text: str) -> str:
    if rng.random() < 0.3:
        text = text.removeprefix("Agar ") if text.startswith("Agar ") else "Agar " + text
    if rng.random() < 0.3:
        a, b = rng.choice(SYNONYMS)
        text = text.replace(f" {a} ", f" {b} ", 1)
    if rng.random() < 0.3:
        words = text.split(" ")
        i = rng.randrange(len(words))
        w = words[i]
        if len(w) > 4:
            j = rng.randrange(1, len(w) - 1)
            words[i] = w[:j] + w[j + 1 :]
        text = " ".join(words)
    return text


def make_case(n: int, units: int, seed: int = 0) -> tuple[pd.DataFrame, set[tuple[str, str]]]:
    """``n`` recommendations in 2023 and ``n`` in 2024 spread over ``units`` units, and the
    true links between them."""
    rng = random.Random(seed)
    texts = _distinct_texts(rng, 2 * n)
    rows: list[dict[str, Any]] = []
    truth: set[tuple[str, str]] = set()
    per_unit = n // units
    fresh = iter(texts[n:])
    for u in range(units):
        unit = f"Unit Kerja {u:04d}"
        prev_texts = texts[u * per_unit : (u + 1) * per_unit]
        for i, text in enumerate(prev_texts):
            kode = KOMPONEN[i % 4]
            rows.append(_row(f"{u}-2023-{i}", unit, 2023, kode, text))
            if rng.random() < 0.7:
                truth.add((f"{u}-2023-{i}", f"{u}-2024-{i}"))
                moved = KOMPONEN[(i + 1) % 4] if rng.random() < 0.05 else kode
                rows.append(_row(f"{u}-2024-{i}", unit, 2024, moved, _drift(rng, text)))
            else:
                rows.append(_row(f"{u}-2024-{i}", unit, 2024, kode, next(fresh)))
    return pd.DataFrame(rows), truth


def _row(rid: str, unit: str, year: int, kode: str, text: str) -> dict[str, Any]:
    return {
        "recommendation_id": rid,
        "unit_kerja": unit,
        "tahun_evaluasi": year,
        "komponen_kode": kode,
        "rekomendasi": text,
    }


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def time_case(n: int, units: int, settings: LinkSettings, groups: bool = False) -> dict[str, Any]:
    recs, truth = make_case(n, units)
    start = time.perf_counter()
    matches = link_years(recs, settings)
    seconds = time.perf_counter() - start
    decided = matches[matches["decision"] == "match"]
    found = set(zip(decided["recommendation_id_prev"], decided["recommendation_id_next"],
                    strict=True))  # fmt: skip
    result: dict[str, Any] = {
        "prev_x_next": f"{n} x {n}",
        "units": units,
        "link_years_seconds": round(seconds, 2),
        "matches": len(decided),
        "review": int((matches["decision"] == "review").sum()),
        "precision": round(len(found & truth) / len(found), 4) if found else None,
        "recall": round(len(found & truth) / len(truth), 4) if truth else None,
    }
    if groups:
        start = time.perf_counter()
        _, table = assign_groups(recs, settings, matches=matches)
        result["assign_groups_seconds"] = round(time.perf_counter() - start, 2)
        result["groups"] = len(table)
    result["peak_rss_mb_so_far"] = _peak_mb()
    return result


def run(n: int = 10_000, cases: tuple[str, ...] = ("one_block", "many_units")) -> dict[str, Any]:
    """Time ``link_years`` on ``n`` x ``n`` recommendations; the figures as a dict."""
    settings = LinkSettings()
    report: dict[str, Any] = {
        "cpus": os.cpu_count(),
        "settings": settings.to_dict(),
        "target_seconds": 60,
    }
    if "one_block" in cases:
        report["one_block"] = time_case(n, 1, settings)
        report["one_block"]["note"] = (
            "a speed case: 10,000 boilerplate texts in one unit, where every new text has a "
            "near twin among the dropped ones, so its precision is no quality figure"
        )
    if "many_units" in cases:
        report["many_units"] = time_case(n, max(1, n // 20), settings, groups=True)
    report["peak_rss_mb"] = _peak_mb()
    return report


if __name__ == "__main__":
    chosen = tuple(sys.argv[1:]) or ("one_block", "many_units")
    print(json.dumps(run(cases=chosen), indent=2))
