"""Compare extracted records with a sample's expected JSON, field by field.

Used by the golden tests (thresholds asserted per sample) and by ``make bench``
(accuracy per field over all samples). Recommendations are paired by their key
(komponen_kode, finding_no, rekomendasi_no); a missing key is a miss, an extra key an
extra. Texts are compared with rapidfuzz's ratio, everything else exactly (floats to
two decimals, as SAKIP.md rounds).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

TEXT_FIELDS = frozenset(
    {
        "rekomendasi",
        "rencana_aksi",
        "hasil_evaluasi",
        "status_progres",
        "penanggung_jawab",
        "target_data",
        "tautan_teks",
        "penandatangan_jabatan",
    }
)
# a text field counts as right at or above this rapidfuzz ratio
TEXT_OK = 98.0
DOCUMENT_FIELDS = (
    "table_layout",
    "unit_kerja",
    "kabupaten",
    "tahun_evaluasi",
    "pj_nama",
    "pj_hp",
    "penandatangan_jabatan",
    "penandatangan_nama",
    "penandatangan_pangkat",
    "penandatangan_golongan",
    "penandatangan_nip",
    "total_nilai",
    "predikat",
    "page_count",
    "text_source",
)


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) or isinstance(b, float):
        if a is None or b is None:
            return a is b
        return math.isclose(round(float(a), 2), round(float(b), 2))
    return bool(a == b)


def similarity(expected: Any, actual: Any) -> float:
    if expected is None and actual is None:
        return 100.0
    if expected is None or actual is None:
        return 0.0
    return float(fuzz.ratio(str(expected), str(actual)))


@dataclass
class FieldScore:
    right: int = 0
    total: int = 0
    similarities: list[float] = field(default_factory=list)

    def add(self, ok: bool, sim: float | None = None) -> None:
        self.total += 1
        self.right += int(ok)
        if sim is not None:
            self.similarities.append(sim)

    @property
    def rate(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class Comparison:
    fields: dict[str, FieldScore] = field(default_factory=lambda: defaultdict(FieldScore))
    expected_recs: int = 0
    found_recs: int = 0
    extra_recs: int = 0
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def merge(self, other: Comparison) -> None:
        for name, score in other.fields.items():
            mine = self.fields[name]
            mine.right += score.right
            mine.total += score.total
            mine.similarities.extend(score.similarities)
        self.expected_recs += other.expected_recs
        self.found_recs += other.found_recs
        self.extra_recs += other.extra_recs
        self.missing += other.missing
        self.extra += other.extra
        self.mismatches += other.mismatches

    @property
    def recall(self) -> float:
        return self.found_recs / self.expected_recs if self.expected_recs else 1.0


def _compare_fields(
    out: Comparison, table: str, where: str, expected: Mapping[str, Any], actual: Mapping[str, Any]
) -> None:
    for name, want in expected.items():
        got = actual.get(name)
        key = f"{table}.{name}"
        if name in TEXT_FIELDS:
            sim = similarity(want, got)
            ok = sim >= TEXT_OK
            out.fields[key].add(ok, sim)
        else:
            ok = _same(want, got)
            out.fields[key].add(ok)
        if not ok:
            out.mismatches.append(f"{where} {name}: expected {want!r}, got {got!r}")


def _keyed(rows: Iterable[Mapping[str, Any]], names: tuple[str, ...]) -> dict[tuple, Mapping]:
    return {tuple(r.get(n) for n in names): r for r in rows}


def compare(expected: Mapping[str, Any], actual: Mapping[str, Any]) -> Comparison:
    """``actual`` has the same shape as the expected JSON (lists of row dicts)."""
    out = Comparison()
    _compare_fields(out, "documents", "document", expected["document"], actual["document"])
    fkey = ("komponen_kode", "finding_no")
    got_findings = _keyed(actual["findings"], fkey)
    for want in expected["findings"]:
        key = tuple(want[n] for n in fkey)
        got = got_findings.get(key, {})
        _compare_fields(out, "findings", f"finding {key}", want, got)
    rkey = ("komponen_kode", "finding_no", "rekomendasi_no")
    got_recs = _keyed(actual["recommendations"], rkey)
    want_keys = set()
    for want in expected["recommendations"]:
        key = tuple(want[n] for n in rkey)
        want_keys.add(key)
        out.expected_recs += 1
        got = got_recs.get(key)
        if got is None:
            out.missing.append(str(key))
            continue
        out.found_recs += 1
        _compare_fields(out, "recommendations", f"rec {key}", want, got)
    for key in got_recs:
        if key not in want_keys:
            out.extra_recs += 1
            out.extra.append(str(key))
    return out
