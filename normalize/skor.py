"""Scores stated in a HASIL EVALUASI cell, component weights and the predikat.

A hasil evaluasi reads "<Komponen> memperoleh nilai 21,60 atau 72% ... a. Keberadaan ...
memperoleh nilai 4,80 atau 80% ... b. Kualitas ... c. Pemanfaatan ...". The component score
is the first score before the first part marker; each part's score is the first score in its
segment (from its marker to the next marker). A part whose text was cut off before its score
gets None. Scores are taken as written; checking them against the weights is the validator's job.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Final

from rapidfuzz import fuzz

from normalize.angka import parse_angka

# PermenPANRB 88/2021: component weights (of a total of 100).
BOBOT_2021: Final[dict[str, int]] = {"A": 30, "B": 30, "C": 15, "D": 25}
# PermenPANRB 12/2015: Perencanaan, Pengukuran, Pelaporan, Evaluasi Internal, Capaian Kinerja.
BOBOT_2015: Final[dict[str, int]] = {"A": 30, "B": 25, "C": 15, "D": 10, "E": 20}
# Share of a component's weight per part (2021 framework).
SUB_BOBOT: Final[dict[str, float]] = {"keberadaan": 0.2, "kualitas": 0.3, "pemanfaatan": 0.5}

# Lower bounds (exclusive) of each predikat; anything from 0 up to 30 inclusive is D.
_PREDIKAT: Final[tuple[tuple[float, str], ...]] = (
    (90, "AA"),
    (80, "A"),
    (70, "BB"),
    (60, "B"),
    (50, "CC"),
    (30, "C"),
)

_Q = "[\"'“”‘’]?"
# OCR letters may sit inside the digits; parse_angka decides whether it is a number.
_NUM = r"[0-9lIOo]*[0-9][0-9lIOo]*(?:[.,][0-9lIOo]+)*"
_PCT = r"(?:%|\s*(?i:persen)\b)"
# "nilai 21,60 atau 72%", "sebesar 25,20 (84%)" (the word nilai may stand earlier: "Nilai
# Perencanaan Kinerja sebesar ..."), "nilai 11,85 dari bobot 15,00 (79,00%)"
_SCORE = re.compile(
    rf"(?<![^\W\d_])(?i:nilai|skor|sebesar)\b\s*(?:(?i:sebesar|senilai|yaitu|adalah)\b\s*)?:?\s*"
    rf"{_Q}(?P<a>{_NUM}){_Q}"
    rf"(?:\s*(?i:dari\s+(?:nilai\s+)?bobot)\s*{_Q}{_NUM}{_Q})?"
    rf"(?:\s*(?P<pct>{_PCT})"
    rf"|\s*,?\s*(?:(?i:atau|setara|dengan)\b|/)?\s*(?:(?i:sebesar)\s*)?\(?\s*"
    rf"{_Q}(?P<b>{_NUM}){_Q}\s*{_PCT})?"
)
_PART = re.compile(
    r"(?<![^\W\d_])(?:(?P<huruf>[abcABC])\s*[.)]\s*:?\s*)?"
    r"(?P<nama>(?i:keberadaan|kualitas|pemanfaatan))(?![^\W\d_])"
)
_PARTS: Final = ("keberadaan", "kualitas", "pemanfaatan")
# a part's name right before its score: "kualitas 7,56", "Keberadaan: 4,80"
_SCORED_PART = re.compile(
    r"(?:[abcABC]\s*[.)]\s*:?\s*)?[A-Za-z]+\s*[:=]?\s*(?:(?i:nilai|sebesar)\s*)?\d"
)
# the component's score after its parts: the sum row of a parts table ("Jumlah 18,66
# 62,2%") or a closing line ("Nilai komponen: 20,10 (67%)")
_JUMLAH = re.compile(
    r"(?<![^\W\d_])(?i:jumlah|total|nilai\s+komponen)\s*:?\s*(?P<nilai>\d{1,3}[.,]\d{1,2})\s*\(?\s*"
    r"(?P<persen>\d{1,3}(?:[.,]\d{1,2})?)\s*%"
)
# a list marker right before a score: "2) 7,20 (80%)"
_ORDINAL_SCORE = re.compile(r"(?<![\w.,])(?P<mark>[1-3abcABC])\s*[.)]\s*:?\s*\d")
# a part's weight written beside its name, "Keberadaan [bobot 20%] = 4,80 atau 80%": no
# score of the part
_WEIGHT_NOTE = re.compile(r"[\[(]\s*(?i:bobot)\s*\d{1,3}(?:[.,]\d+)?\s*%?\s*[\])]")
_LETTERED_SLIP = re.compile(
    r"(?<![^\W\d_])(?P<huruf>[abcABC])\s*[.)]\s*:?\s*(?P<word>[A-Za-z]{5,12})(?![^\W\d_])"
)
# rapidfuzz ratio from which a word after "a." / "b." / "c." is that part's name misread
SLIP_RATIO = 75.0


@dataclass(frozen=True)
class Skor:
    """Scores read from one hasil evaluasi; None where not stated (or cut off)."""

    nilai: float | None = None
    persen: float | None = None
    keberadaan_nilai: float | None = None
    keberadaan_persen: float | None = None
    kualitas_nilai: float | None = None
    kualitas_persen: float | None = None
    pemanfaatan_nilai: float | None = None
    pemanfaatan_persen: float | None = None


_Pair = tuple[float | None, float | None]


def _pair(m: re.Match[str]) -> _Pair:
    """(nilai, persen) of one score match; a lone number followed by % is a persen."""
    first = parse_angka(m["a"])
    if m["pct"]:
        return None, first
    if first is not None and first > 100 and not re.search(r"[.,]", m["a"]):
        # "sebesar 5796 dengan nilai 17,10": a persen whose "%" OCR read as "96"; a
        # nilai is written with decimals and is never above 100
        return None, None
    return first, parse_angka(m["b"]) if m["b"] else None


# a score as its arithmetic: "80% × 6,00 = 4,80" (persen, the part's maximum, nilai)
_PRODUCT = re.compile(
    r"(?<![\d.,])(?P<persen>\d{1,3}(?:[.,]\d{1,2})?)\s*%\s*[x×X*]\s*"
    r"(?P<max>\d{1,2}(?:[.,]\d{1,2})?)\s*=\s*(?P<nilai>\d{1,2}[.,]\d{1,2})(?![\d])"
)
# the parts' names abbreviated before their scores: "Keb. 5,10 (85%); Kual. ...; Pem. ..."
_ABBREVIATED = {
    "keberadaan": re.compile(r"(?<![^\W\d_])(?i:keb)\.(?=\s*:?\s*\d)"),
    "kualitas": re.compile(r"(?<![^\W\d_])(?i:kual)\.(?=\s*:?\s*\d)"),
    "pemanfaatan": re.compile(r"(?<![^\W\d_])(?i:pem)\.(?=\s*:?\s*\d)"),
}
# the parts named in a list, then their scores in the same order: "keberadaan, kualitas
# dan pemanfaatan masing-masing memperoleh 5,40 (90%), 7,02 (78%) dan 10,50 (70%)"
_RESPECTIVE = re.compile(
    r"(?P<names>(?i:keberadaan|kualitas|pemanfaatan)(?:\s*(?:,|dan|serta)\s*"
    r"(?i:keberadaan|kualitas|pemanfaatan)){1,2})"
    r"(?P<filler>[^\d]{0,40}?(?i:masing-masing|berturut-turut)[^\d]{0,30}?)"
    r"(?P<pairs>\d{1,2}[.,]\d{1,2}\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\)"
    r"(?:\s*(?:,|dan|serta)\s*\d{1,2}[.,]\d{1,2}\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\)){1,2})"
)
_PAIR_WRITTEN = re.compile(r"\d{1,2}[.,]\d{1,2}\s*\(\s*\d{1,3}(?:[.,]\d{1,2})?\s*%\s*\)")


def _product(m: re.Match[str]) -> str:
    """ "80% × 6,00 = 4,80" as "4,80 (80%)" when the arithmetic holds, else as written."""
    persen, most, nilai = (parse_angka(m[k]) for k in ("persen", "max", "nilai"))
    if persen is None or most is None or nilai is None or abs(persen * most / 100 - nilai) > 0.011:
        return m[0]
    return f"{m['nilai']} ({m['persen']}%)"


def _respective(m: re.Match[str]) -> str:
    """Each name of the list before its own score, in the order written."""
    names = [n.group(0) for n in _PART.finditer(m["names"])]
    pairs = _PAIR_WRITTEN.findall(m["pairs"])
    if len(names) != len(pairs):
        return m[0]
    return (
        m["filler"].strip() + " " + ", ".join(f"{n} {p}" for n, p in zip(names, pairs, strict=True))
    )


def _plain(hasil_evaluasi: str) -> str:
    """The text scores are read from: single spaces, parts' weight notes left out, scores
    written as arithmetic, with abbreviated names or after a list of names put as a
    name and its score."""
    text = " ".join(_WEIGHT_NOTE.sub(" ", hasil_evaluasi).split())
    text = _PRODUCT.sub(_product, text)
    for name, short in _ABBREVIATED.items():
        text = short.sub(name, text)
    return _RESPECTIVE.sub(_respective, text)


def _part_starts(text: str) -> list[int | None]:
    """Start of the keberadaan, kualitas and pemanfaatan segments (None if absent).

    A lettered marker ("b. Kualitas") wins over the bare word, because the bare word also
    occurs in the criteria text; parts must appear in order.
    """
    lettered: dict[str, list[int]] = {p: [] for p in _PARTS}
    bare: dict[str, list[int]] = {p: [] for p in _PARTS}
    for m in _PART.finditer(text):
        nama = m["nama"].lower()
        (lettered if m["huruf"] else bare)[nama].append(m.start())
    # "b. Kuaktas": an OCR slip in the name after its letter; the letter says which part
    for m in _LETTERED_SLIP.finditer(text):
        part = _PARTS["abc".index(m["huruf"].lower())]
        if fuzz.ratio(m["word"].lower(), part) >= SLIP_RATIO:
            lettered[part].append(m.start())
    for part in _PARTS:
        lettered[part].sort()
    starts: list[int | None] = []
    after = -1
    for part in _PARTS:
        pos = next((p for p in lettered[part] if p > after), None)
        if pos is None:
            pos = next((p for p in bare[part] if p > after), None)
        starts.append(pos)
        if pos is not None:
            after = pos
    # parts listed in another order ("pemanfaatan 12,00 (80%), kualitas 7,56 (84%),
    # keberadaan ..."): each part's name right before a score, wherever it stands, when
    # that finds more scored parts than the order did
    scored: list[int | None] = [
        next((p for p in sorted(lettered[part] + bare[part]) if _SCORED_PART.match(text, p)), None)
        for part in _PARTS
    ]

    def with_score(found: list[int | None]) -> int:
        return sum(1 for p in found if p is not None and _SCORED_PART.match(text, p))

    if with_score(scored) > with_score(starts):
        return scored
    return _unnamed_parts(
        text, [p if p is not None else q for p, q in zip(starts, scored, strict=True)]
    )


def _unnamed_parts(text: str, starts: list[int | None]) -> list[int | None]:
    """A part whose name OCR lost ("1) Keberadaan: 5,52 (92%); 2) 7,20 (80%); 3)
    Pemanfaatan: ..."): its list marker, the part's own number or letter, right before a
    score and between the parts before and after it, which were both found."""
    out = list(starts)
    for i in range(len(_PARTS)):
        if out[i] is not None:
            continue
        before = [p for p in out[:i] if p is not None]
        after = [p for p in out[i + 1 :] if p is not None]
        if not before or not after:
            continue
        ordinals = {str(i + 1), "abc"[i], "ABC"[i]}
        out[i] = next(
            (
                m.start()
                for m in _ORDINAL_SCORE.finditer(text, max(before), min(after))
                if m["mark"] in ordinals
            ),
            None,
        )
    return out


def _segment_end(starts: list[int | None], start: int, length: int) -> int:
    """Where the part segment beginning at ``start`` ends: at the next part's start."""
    return min((s for s in starts if s is not None and s > start), default=length)


def _first_in(scores: list[re.Match[str]], start: int, end: int) -> _Pair:
    """The first score starting inside [start, end)."""
    for m in scores:
        if start <= m.start() < end:
            return _pair(m)
    return None, None


# Looser wordings ("sebesar 73% dengan nilai 10,95", "keberadaan 75% (nilai 2,25)", "Nilai
# komponen X: 24,90 (83%)"): near the start of a segment, the first decimal number not
# followed by % is the nilai and the first number followed by % the persen.
_LOOSE_NILAI = re.compile(rf"(?<![\d.,]){_Q}(\d{{1,2}}[.,]\d{{1,2}}){_Q}(?!\d|[.,]\d|\s*%)")
_LOOSE_PERSEN = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|persen\b)", re.I)
# how far into a segment its own score is looked for
_LOOSE_WINDOW = 160


def _loose(text: str, start: int, end: int, found: _Pair) -> _Pair:
    """Fill what the strict patterns missed from the segment's first numbers."""
    nilai, persen = found
    window = text[start : min(end, start + _LOOSE_WINDOW)]
    if nilai is None and (m := _LOOSE_NILAI.search(window)):
        nilai = parse_angka(m.group(1))
    if persen is None and (m := _LOOSE_PERSEN.search(window)):
        persen = parse_angka(m.group(1))
    return nilai, persen


# A persen whose "%" OCR read as digits or a letter: "59,546" for 59,5%, "(5296)" for
# (52%), "60Y6" for 60%. It stands where the persen stands: after the nilai and "atau"
# or an opening bracket.
_SLIPPED_PERSEN = re.compile(
    rf"\s*(?:(?i:dari\s+(?:nilai\s+)?bobot)\s*{_Q}{_NUM}{_Q}\s*)?,?\s*"
    rf"(?:(?i:atau|setara|dengan)\b)?\s*\(?\s*{_Q}(?P<raw>\d[0-9.,]*[0-9A-Za-z]{{0,3}})(?![\w%])"
)
_RAW_NUMBER = re.compile(r"(?<![\w.,])\d[0-9.,]*[0-9A-Za-z]{0,3}(?![\w%])")
_LEADING_NUMBER = re.compile(r"\d{1,3}(?:[.,]\d{1,2})?")


def weights(komponen_kode: str | None) -> list[float]:
    """The component weights a komponen can have (both frameworks; all when unknown)."""
    frameworks = (BOBOT_2021, BOBOT_2015)
    if komponen_kode:
        return sorted({float(b[komponen_kode]) for b in frameworks if komponen_kode in b})
    return sorted({float(w) for b in frameworks for w in b.values()})


def _persen_readings(raw: str) -> list[tuple[float, int]]:
    """(value, decimals) of every leading number of ``raw``; an integer head of 3 digits
    also as if its decimal comma were lost ("514" of "51446" for "51,4%")."""
    out: list[tuple[float, int]] = []
    for end in range(len(raw), 0, -1):
        head = raw[:end]
        if not _LEADING_NUMBER.fullmatch(head):
            continue
        value = parse_angka(head)
        if value is None:
            continue
        decimals = len(re.split(r"[.,]", head)[1]) if re.search(r"[.,]", head) else 0
        out.append((value, decimals))
        if decimals == 0 and len(head) == 3:
            out.append((value / 10, 1))
    return out


def slipped_persen(raw: str, nilai: float, bobot: list[float]) -> float | None:
    """The persen in ``raw`` whose "%" was misread, if the arithmetic confirms it.

    A score's persen is its nilai over its weight. The leading digits of ``raw`` that
    equal nilai / weight (to the decimals they show) for one of the weights it can have
    are the persen, the reading with the most decimals first ("51446" is 51,4 with its
    comma lost, not 51); anything else is no persen. Only the arithmetic decides, so a
    misread digit inside the persen itself is never "repaired" into a wrong one.
    """
    fitting = [
        (decimals, value)
        for value, decimals in _persen_readings(raw)
        if any(abs(value - nilai / w * 100) <= 0.5 * 10**-decimals + 1e-9 for w in bobot if w > 0)
    ]
    return max(fitting)[1] if fitting else None


def _persen_after(text: str, start: int, end: int, pair: _Pair, bobot: list[float]) -> _Pair:
    """A missing persen read from the token after the segment's nilai (``slipped_persen``)."""
    nilai, persen = pair
    if nilai is None or persen is not None:
        return pair
    window = text[start : min(end, start + _LOOSE_WINDOW)]
    # where the nilai is written (not a weight before it: "(bobot 6,00) ... nilai 3,90")
    written = next(
        (m for m in re.finditer(r"\d{1,2}[.,]\d{1,2}", window) if parse_angka(m[0]) == nilai),
        None,
    )
    after = _SLIPPED_PERSEN.match(window, written.end()) if written else None
    if after is not None and (persen := slipped_persen(after["raw"], nilai, bobot)) is not None:
        return nilai, persen
    # written before the nilai: "sebesar 5796 dengan nilai 17,10"
    for m in _RAW_NUMBER.finditer(window):
        if written is not None and m.start() == written.start():
            continue
        if (persen := slipped_persen(m[0], nilai, bobot)) is not None:
            return nilai, persen
    return pair


def parse_skor(hasil_evaluasi: str, komponen_kode: str | None = None) -> Skor:
    """Read the component and part scores from a hasil evaluasi text.

    ``komponen_kode`` gives the weights that confirm a persen whose "%" was misread.
    """
    if not isinstance(hasil_evaluasi, str) or not hasil_evaluasi:
        return Skor()
    text = _plain(hasil_evaluasi)
    scores = list(_SCORE.finditer(text))
    starts = _part_starts(text)
    first_part = min((s for s in starts if s is not None), default=len(text))
    bobot = weights(komponen_kode)
    component = _loose(text, 0, first_part, _first_in(scores, 0, first_part))
    if component == (None, None) and (total := _JUMLAH.search(text, first_part)) is not None:
        # the parts first, then their sum: a small score table's "Jumlah 18,66 62,2%"
        component = (parse_angka(total["nilai"]), parse_angka(total["persen"]))
    component = _persen_after(text, 0, first_part, component, bobot)
    parts: list[_Pair] = []
    for i, start in enumerate(starts):
        if start is None:
            parts.append((None, None))
            continue
        end = _segment_end(starts, start, len(text))
        pair = _loose(text, start, end, _first_in(scores, start, end))
        share = [w * SUB_BOBOT[_PARTS[i]] for w in bobot]
        parts.append(_persen_after(text, start, end, pair, share))
    (kb_n, kb_p), (kl_n, kl_p), (pm_n, pm_p) = parts
    return Skor(component[0], component[1], kb_n, kb_p, kl_n, kl_p, pm_n, pm_p)


def predikat(total: float) -> str | None:
    """Predikat of a total score (0-100); None for a value outside that range.

    Each band's lower bound is exclusive: 80.00 is BB, 80.01 is A; 30.00 is D. The total is
    rounded to 2 decimals first, so float noise (80.0000001) does not cross a boundary.
    """
    try:
        value = round(float(total), 2)
    except (TypeError, ValueError, OverflowError):
        return None
    if not math.isfinite(value) or not 0 <= value <= 100:
        return None
    return next((name for bound, name in _PREDIKAT if value > bound), "D")


def _fits(nilai: float | None, persen: float | None, bobot: float) -> bool:
    """nilai is persen % of bobot, to the cent."""
    return nilai is not None and persen is not None and abs(persen * bobot / 100 - nilai) <= 0.011


def _part_pairs(skor: Skor) -> dict[str, tuple[float | None, float | None]]:
    """(nilai, persen) of each sub-component, by name."""
    return {n: (getattr(skor, f"{n}_nilai"), getattr(skor, f"{n}_persen")) for n in _PARTS}


@dataclass(frozen=True)
class Perbaikan:
    """A component score put right from its parts (OCR only), and what it was read as."""

    skor: Skor
    read_as: str


def component_from_parts(
    hasil_evaluasi: str, skor: Skor, komponen_kode: str | None
) -> Perbaikan | None:
    """The component's nilai (and persen) when OCR misread it and the arithmetic says which.

    Two things must agree on one value besides the reading: the parts, each confirmed by
    its own pair (nilai = persen x share x bobot), sum to it; and the component's persen,
    as read or as its leading digits when the "%" was misread ("83,696" for 83,6%), is that
    value over the bobot. Then the reading ("23,08" for 25,08) is the single slip.
    """
    parts = [(n, p, SUB_BOBOT[name]) for name, (n, p) in _part_pairs(skor).items()]
    text = _plain(hasil_evaluasi)
    first_part = min((s for s in _part_starts(text) if s is not None), default=len(text))
    for bobot in weights(komponen_kode):
        if not all(_fits(n, p, share * bobot) for n, p, share in parts):
            continue
        total = round(sum(n for n, _, _ in parts if n is not None), 2)
        if skor.nilai is not None and abs(skor.nilai - total) < 0.005:
            return _persen_slip(skor, bobot)
        persen = skor.persen if _fits(total, skor.persen, bobot) else None
        for m in _RAW_NUMBER.finditer(text, 0, first_part):
            if persen is not None:
                break
            persen = slipped_persen(m[0], total, [bobot])
        if persen is None:
            continue
        read = "tidak terbaca" if skor.nilai is None else f"{skor.nilai:.2f}".replace(".", ",")
        fixed = Skor(total, persen, *(v for n, p, _ in parts for v in (n, p)))
        return Perbaikan(fixed, read)
    return None


def _digits(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def _one_digit_apart(a: float, b: float) -> bool:
    """Written alike but for one digit ("90" and "80"): OCR's slip, not another value."""
    x, y = _digits(a), _digits(b)
    return len(x) == len(y) and sum(c != d for c, d in zip(x, y, strict=True)) == 1


def _persen_slip(skor: Skor, bobot: float) -> Perbaikan | None:
    """The component's persen when OCR misread one of its digits ("90%" for 80%) and its
    nilai, confirmed by the parts, over the bobot gives the persen written otherwise."""
    if skor.nilai is None or skor.persen is None or _fits(skor.nilai, skor.persen, bobot):
        return None
    persen = round(skor.nilai / bobot * 100, 2)
    if not _fits(skor.nilai, persen, bobot) or not _one_digit_apart(skor.persen, persen):
        return None
    return Perbaikan(replace(skor, persen=persen), f"{_digits(skor.persen).replace('.', ',')}%")


@dataclass(frozen=True)
class BagianDihitung:
    """A sub-component nilai OCR lost or misread, computed from the rest (OCR only)."""

    skor: Skor
    bagian: str
    # what OCR read in its place; None when nothing was read
    read_as: float | None = None
    # True when the part's own score was read nowhere but the rest is written in the text
    written: bool = False


def _only_unconfirmed(skor: Skor, bobot: float) -> str | None:
    """The one part its own pair does not confirm, when the component's pair does."""
    if not _fits(skor.nilai, skor.persen, bobot):
        return None
    pairs = _part_pairs(skor)
    unconfirmed = [n for n in _PARTS if not _fits(*pairs[n], SUB_BOBOT[n] * bobot)]
    return unconfirmed[0] if len(unconfirmed) == 1 else None


def _persen_in(segment: str, nilai: float, share: float) -> float | None:
    """The first number of ``segment`` that, read as a persen, is ``nilai`` over ``share``."""
    for m in _RAW_NUMBER.finditer(segment):
        if (persen := slipped_persen(m[0], nilai, [share])) is not None:
            return persen
    return None


def part_from_rest(
    hasil_evaluasi: str, skor: Skor, komponen_kode: str | None
) -> BagianDihitung | None:
    """A part's nilai OCR lost ("Kualitas: (66%)") or misread ("46,30" for "(6,30)"), when
    two things agree on it: the component's nilai less the other two parts, and the part's
    own persen x share x bobot.

    The component and the other parts must each be confirmed by their own pairs first, so
    that one misread number cannot be passed on into another. A part with neither nilai
    nor persen read needs the rest written in the text (its name lost: "11,70 (78,016)")
    or a persen written in its own segment that agrees with the rest ('Pemanfaatan 5,"
    (76 Yo)'); otherwise it is left alone: a HASIL may name a part without scoring it
    ("pemanfaatan belum dinilai"), and the component's sum alone would invent a score the
    document does not give. A part whose nilai and persen were both misread takes as its
    persen a number written in its own segment, only when that agrees with the rest.
    """
    values = _part_pairs(skor)
    if skor.nilai is None:
        return None
    text = _plain(hasil_evaluasi)
    starts = _part_starts(text)
    for bobot in weights(komponen_kode):
        name = _only_unconfirmed(skor, bobot)
        if name is None:
            continue
        others = [n for n in _PARTS if n != name]
        rest = round(skor.nilai - sum(values[n][0] or 0.0 for n in others), 2)
        share = SUB_BOBOT[name] * bobot
        start = starts[_PARTS.index(name)]
        segment = text[start : _segment_end(starts, start, len(text))] if start is not None else ""
        if values[name] == (None, None):
            if (written := _rest_written(text, rest, skor, share)) is not None:
                fixed = replace(skor, **{f"{name}_nilai": rest, f"{name}_persen": written})
                return BagianDihitung(fixed, name, None, written=True)
            # its nilai unreadable ('Pemanfaatan 5," (76 Yo)'): its own persen agrees
            if (persen := _persen_in(segment, rest, share)) is not None:
                fixed = replace(skor, **{f"{name}_nilai": rest, f"{name}_persen": persen})
                return BagianDihitung(fixed, name, None)
            continue
        if start is None:
            continue
        persen = values[name][1]
        if persen is None and values[name][0] is not None:
            # a nilai read wrong and its persen with it ("! 0,80 (72 Yo)" for "10,80
            # (72 %)"): a number written in the part's own segment the rest confirms
            persen = _persen_in(segment, rest, share)
        if persen is not None and _fits(rest, persen, share):
            fixed = replace(skor, **{f"{name}_nilai": rest, f"{name}_persen": persen})
            return BagianDihitung(fixed, name, values[name][0])
    return None


def _rest_written(text: str, rest: float, skor: Skor, share: float) -> float | None:
    """The persen of a part whose name and score OCR both lost ("11,70 (78,016)" where
    "Pemanfaatan 11,70 (78,0%)" was printed), when the rest of the component is written
    in the text as a nilai of its own.

    The rest must be a positive score of the part's size, written more often than the
    component and the other parts account for, so that one of them is not taken for it.
    Its persen is the slipped reading after it when that agrees, else rest over share.
    """
    if not 0 < rest <= share:
        return None
    whole, cents = f"{rest:.2f}".split(".")
    pattern = re.compile(rf"(?<![\d.,]){whole}[.,]{cents}(?![\d])")
    found = list(pattern.finditer(text))
    used = sum(
        v is not None and abs(v - rest) < 0.005
        for v in (skor.nilai, skor.keberadaan_nilai, skor.kualitas_nilai, skor.pemanfaatan_nilai)
    )
    if len(found) <= used:
        return None
    after = _SLIPPED_PERSEN.match(text, found[-1].end())
    if after is not None and (persen := slipped_persen(after["raw"], rest, [share])) is not None:
        return persen
    return round(rest / share * 100, 2)


def persen_from_parts(skor: Skor, komponen_kode: str | None) -> Skor | None:
    """The component's persen OCR lost, when its nilai is the sum of its three parts, each
    confirmed by its own pair: SAKIP defines the persen as that nilai over the bobot."""
    if skor.nilai is None or skor.persen is not None:
        return None
    pairs = _part_pairs(skor)
    fitting = [
        bobot
        for bobot in weights(komponen_kode)
        if all(_fits(n, p, SUB_BOBOT[name] * bobot) for name, (n, p) in pairs.items())
        and abs(sum(n or 0.0 for n, _ in pairs.values()) - skor.nilai) < 0.005
    ]
    if len(fitting) != 1:
        return None
    return replace(skor, persen=round(skor.nilai / fitting[0] * 100, 2))


def leading_one(hasil_evaluasi: str, skor: Skor, komponen_kode: str | None) -> Perbaikan | None:
    """The component's nilai whose leading "1" OCR read as a bar or a letter ("nilai
    | 2,09" for 12,09), when the persen says so: the nilai as read is not persen x bobot
    for any weight the komponen can have, and the nilai with its "1" is."""
    if skor.nilai is None or skor.persen is None or not 0 <= skor.nilai < 10:
        return None
    whole, cents = f"{skor.nilai:.2f}".split(".")
    if not re.search(rf"[|lI!\]]\s?{whole}[.,]{cents}(?!\d)", _plain(hasil_evaluasi)):
        return None
    bobot = weights(komponen_kode)
    candidate = round(skor.nilai + 10, 2)
    if any(_fits(skor.nilai, skor.persen, b) for b in bobot):
        return None
    if not any(_fits(candidate, skor.persen, b) for b in bobot):
        return None
    return Perbaikan(replace(skor, nilai=candidate), f"{whole},{cents}")
