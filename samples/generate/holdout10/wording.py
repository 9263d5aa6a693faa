"""HASIL EVALUASI wordings of the tenth set, one family per document."""

from __future__ import annotations

from .model import KOMPONEN, Hasil, Score, num, pct

_ONES = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def _words_int(n: int) -> str:
    if n < 10:
        return _ONES[n]
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 20:
        return f"{_ONES[n - 10]} belas"
    tens, ones = divmod(n, 10)
    head = f"{_ONES[tens]} puluh"
    return head if ones == 0 else f"{head} {_ONES[ones]}"


def terbilang(x: float) -> str:
    """'20,52' -> 'dua puluh koma lima dua' (decimals read digit by digit)."""
    whole, dec = num(x).split(",")
    return f"{_words_int(int(whole))} koma {_ONES[int(dec[0])]} {_ONES[int(dec[1])]}"


def w1001(s: Score, note: str) -> Hasil:
    k = KOMPONEN[s.kode][0]
    return Hasil(
        [
            f"Capaian komponen {k} {pct(s.persen)} (nilai {num(s.nilai)}). Rincian: keberadaan "
            f"{pct(s.keb_p)} (nilai {num(s.keb)}), kualitas {pct(s.kual_p)} (nilai {num(s.kual)}), "
            f"pemanfaatan {pct(s.pem_p)} (nilai {num(s.pem)}).",
            f"Catatan: {note}",
        ],
        s,
    )


def w1002(s: Score, note: str) -> Hasil:
    k = KOMPONEN[s.kode][0]
    i = "ABCD".index(s.kode) + 1
    return Hasil(
        [
            f"Nilai Komponen {i} ({k}): {num(s.nilai)} ({pct(s.persen)})",
            f"{i}.a Keberadaan: {num(s.keb)} ({pct(s.keb_p)})",
            f"{i}.b Kualitas: {num(s.kual)} ({pct(s.kual_p)})",
            f"{i}.c Pemanfaatan: {num(s.pem)} ({pct(s.pem_p)})",
            f"Catatan: {note}",
        ],
        s,
    )


def w1003(s: Score, note: str) -> Hasil:
    k = KOMPONEN[s.kode][0]
    return Hasil(
        [
            k.upper(),
            f"Nilai komponen {num(s.nilai)} ({terbilang(s.nilai)}) atau {pct(s.persen)}, terdiri "
            f"dari keberadaan {num(s.keb)} ({pct(s.keb_p)}), kualitas {num(s.kual)} "
            f"({pct(s.kual_p)}) dan pemanfaatan {num(s.pem)} ({pct(s.pem_p)}). {note}",
        ],
        s,
    )


def w1004(s: Score, note: str) -> Hasil:
    b = s.bobot
    return Hasil(
        [
            f"Keberadaan: {pct(s.keb_p)} × {num(b * 0.2)} = {num(s.keb)}",
            f"Kualitas: {pct(s.kual_p)} × {num(b * 0.3)} = {num(s.kual)}",
            f"Pemanfaatan: {pct(s.pem_p)} × {num(b * 0.5)} = {num(s.pem)}",
            f"Nilai komponen: {num(s.nilai)} ({pct(s.persen)})",
            f"Uraian: {note}",
        ],
        s,
    )


def w1005(s: Score, prev: float, note: str) -> Hasil:
    k = KOMPONEN[s.kode][0]
    trend = "naik dari" if prev < s.nilai else "turun dari"
    return Hasil(
        [
            f"Nilai komponen {k} Tahun 2023 sebesar {num(s.nilai)} atau {pct(s.persen)}, {trend} "
            f"{num(prev)} pada Tahun 2022. Sub komponen: keberadaan {num(s.keb)} "
            f"({pct(s.keb_p)}), kualitas {num(s.kual)} ({pct(s.kual_p)}), pemanfaatan "
            f"{num(s.pem)} ({pct(s.pem_p)}). {note}",
        ],
        s,
    )


def w1006(s: Score, note: str) -> Hasil:
    return Hasil(
        [
            f"Nilai akhir komponen: {num(s.nilai)} (capaian {pct(s.persen)}).",
            f"Nilai per sub komponen — keberadaan: {num(s.keb)} ({pct(s.keb_p)}); kualitas: "
            f"{num(s.kual)} ({pct(s.kual_p)}); pemanfaatan: {num(s.pem)} ({pct(s.pem_p)}).",
            note,
        ],
        s,
    )


def w1007(s: Score, problems: list[str]) -> Hasil:
    k = KOMPONEN[s.kode][0]
    items = "; ".join(f"({i}) {p}" for i, p in enumerate(problems, 1))
    return Hasil(
        [
            f"Permasalahan: {items}.",
            f"Atas kondisi tersebut, komponen {k} Kecamatan Labuan memperoleh nilai "
            f"{num(s.nilai)} atau {pct(s.persen)}, dengan rincian keberadaan {num(s.keb)} "
            f"({pct(s.keb_p)}), kualitas {num(s.kual)} ({pct(s.kual_p)}), dan pemanfaatan "
            f"{num(s.pem)} ({pct(s.pem_p)}).",
        ],
        s,
    )


def w1008(s: Score, note: str) -> Hasil:
    k = KOMPONEN[s.kode][0]
    return Hasil(
        [
            f"Komponen {k} memperoleh nilai {num(s.nilai)} ({pct(s.persen)}). Keberadaan "
            f"memperoleh {num(s.keb)} ({pct(s.keb_p)}), Kualitas memperoleh {num(s.kual)} "
            f"({pct(s.kual_p)}), Pemanfaatan memperoleh {num(s.pem)} ({pct(s.pem_p)}).",
            f"Kelemahan: {note}",
        ],
        s,
    )
