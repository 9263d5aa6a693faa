"""The report's figures: pure functions from the tables' rows to what each section shows.

Rows are plain dicts (``records``) whose values are ``None`` or Python values of the
model's column types, whatever pandas dtypes the tables came in.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from emit.xlsx import cell_value, column_kinds
from schemas import TABLES

Row = dict[str, Any]

STATUS_ORDER = ("selesai", "proses", "belum", "kosong")
DOCUMENT_STATUS_LABEL = {"ok": "berhasil", "needs_review": "perlu ditinjau", "failed": "gagal"}
DOCUMENT_STATUS_ORDER = ("ok", "needs_review", "failed")

_MONTH_NAMES = (
    "januari jan",
    "februari pebruari feb peb",
    "maret mar",
    "april apr",
    "mei",
    "juni jun",
    "juli jul",
    "agustus agu agt agus",
    "september sep sept",
    "oktober okt",
    "november nopember nov nop",
    "desember des",
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
BULAN = tuple(names.split()[0].capitalize() for names in _MONTH_NAMES)
_PERIOD_MONTHS = {"semester": 6, "triwulan": 3, "kuartal": 3, "caturwulan": 4}
_PERIOD_COUNT = {"semester": 2, "triwulan": 4, "kuartal": 4, "caturwulan": 3}
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6}
_NUMERAL = r"(?:vi|v|iv|iii|ii|i|[1-6])"
_PERIOD_RE = re.compile(
    rf"\b(semester|triwulan|kuartal|caturwulan|tw)\s*({_NUMERAL}"
    rf"(?:\s*(?:-|–|—|s\.?\s?d\.?|s/d|sampai(?:\s+dengan)?|dan|,|&)\s*{_NUMERAL})*)\b"
)
_MONTH_RE = re.compile(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\b")
_NUMERAL_RE = re.compile(rf"\b{_NUMERAL}\b")


def records(tables: Mapping[str, pd.DataFrame], name: str) -> list[Row]:
    """The rows of one table as dicts with every model column, nulls as ``None``."""
    frame = tables.get(name)
    kinds = column_kinds(TABLES[name])
    if frame is None or frame.empty:
        return []
    columns: dict[str, list[Any]] = {}
    for column in [*kinds, *(str(c) for c in frame.columns if str(c) not in kinds)]:
        if column in frame.columns:
            kind = kinds.get(column)
            columns[column] = [cell_value(v, kind) for v in frame[column].tolist()]
        else:
            columns[column] = [None] * len(frame)
    return [
        dict(zip(columns, values, strict=True)) for values in zip(*columns.values(), strict=True)
    ]


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _period_end_month(kind: str, numerals: str) -> int:
    kind = "triwulan" if kind == "tw" else kind
    numeral = _NUMERAL_RE.findall(numerals)[-1]
    last = int(numeral) if numeral.isdigit() else _ROMAN[numeral]
    if not 1 <= last <= _PERIOD_COUNT[kind]:
        return 12  # an invalid period (Semester IV...): the year's end
    return last * _PERIOD_MONTHS[kind]


def deadline(
    tahun: int | None, periode: str | None, pelaksanaan: str | None = None
) -> dt.date | None:
    """The last day of the period an action plan is due in, or None without a valid year.

    Semester I → 30 June, Semester II → 31 December, Triwulan I–IV → the quarter's end,
    a month → its last day, a range → its last month, a year alone or an invalid period
    (Semester IV) → 31 December. ``periode`` is read first, ``pelaksanaan`` without it.
    """
    if tahun is None or not dt.MINYEAR <= tahun <= dt.MAXYEAR:
        return None
    text = (periode or pelaksanaan or "").lower()
    months = [_period_end_month(m.group(1), m.group(2)) for m in _PERIOD_RE.finditer(text)]
    months += [_MONTHS[m.group(1)] for m in _MONTH_RE.finditer(text)]
    return _last_day(tahun, max(months, default=12))


def tanggal(day: dt.date) -> str:
    """``1 Maret 2025``."""
    return f"{day.day} {BULAN[day.month - 1]} {day.year}"


def years(first: int | None, last: int | None) -> str | None:
    """``2022–2023``, ``2023`` or None."""
    if first is None or last is None or first == last:
        return str(first or last) if (first or last) else None
    return f"{first}–{last}"


def rec_no(r: Row) -> str:
    """``A1-2``: komponen, finding number, recommendation number (as in the id)."""
    return f"{r.get('komponen_kode') or ''}{r.get('finding_no') or ''}-{r.get('rekomendasi_no')}"


def _sort_key(row: Row) -> tuple[str, int]:
    return (row.get("unit_kerja") or "\uffff", row.get("tahun_evaluasi") or 0)


def unit_label(row: Row) -> str:
    """``Kecamatan Paringin · 2023`` (or the file name when the unit was not read)."""
    unit = row.get("unit_kerja") or row.get("source_file") or row.get("document_id") or "?"
    tahun = row.get("tahun_evaluasi")
    return f"{unit} · {tahun}" if tahun is not None else str(unit)


def status_counts(documents: list[Row]) -> list[tuple[str, int]]:
    """Files per status, every status listed (unknown ones after the known)."""
    counts = Counter(d.get("status") or "?" for d in documents)
    extra = sorted(s for s in counts if s not in DOCUMENT_STATUS_ORDER)
    return [(s, counts.get(s, 0)) for s in (*DOCUMENT_STATUS_ORDER, *extra)]


@dataclass(frozen=True)
class Scores:
    """Component nilai per document (unit and year), with its total and predikat."""

    codes: list[str]
    names: dict[str, str]
    rows: list[tuple[Row, dict[str, float]]]


def component_scores(documents: list[Row], findings: list[Row]) -> Scores:
    nilai: dict[str, dict[str, float]] = defaultdict(dict)
    names: dict[str, str] = {}
    for f in findings:
        code = f.get("komponen_kode")
        if code and f.get("komponen"):
            names.setdefault(code, f["komponen"])
        if code and f.get("nilai") is not None:
            nilai[f["document_id"]].setdefault(code, f["nilai"])
    codes = sorted({c for per_doc in nilai.values() for c in per_doc} | {"A", "B", "C", "D"})
    rows = [
        (d, nilai.get(d["document_id"], {}))
        for d in sorted(documents, key=_sort_key)
        if d.get("status") != "failed"
        and (d["document_id"] in nilai or d.get("total_nilai") is not None)
    ]
    return Scores(codes=codes, names=names, rows=rows)


def followup_counts(recommendations: list[Row]) -> list[tuple[str, dict[str, int]]]:
    """Recommendations per unit and year by follow-up status (``kosong`` = empty cell)."""
    counts: dict[tuple[str, int], Counter[str]] = defaultdict(Counter)
    labels: dict[tuple[str, int], str] = {}
    for r in recommendations:
        unit, tahun = _sort_key(r)
        key = (unit if r.get("unit_kerja") else unit + str(r.get("document_id")), tahun)
        labels[key] = unit_label(r)
        counts[key][r.get("status") or "kosong"] += 1
    return [(labels[k], {s: counts[k].get(s, 0) for s in STATUS_ORDER}) for k in sorted(counts)]


@dataclass(frozen=True)
class Recurring:
    linked: bool
    groups: list[Row]
    matches: list[tuple[Row, Row | None]]
    n_review: int


def recurring(groups: list[Row], matches: list[Row], recommendations: list[Row]) -> Recurring:
    """Groups seen in more than one year or unit; or, without groups, the matched pairs."""
    repeated = [g for g in groups if (g.get("n_years") or 0) > 1 or (g.get("n_units") or 0) > 1]
    repeated.sort(
        key=lambda g: (
            -(g.get("n_years") or 0),
            -(g.get("n_units") or 0),
            -(g.get("n_recommendations") or 0),
            g.get("rekomendasi") or "",
        )
    )
    by_id = {r["recommendation_id"]: r for r in recommendations}
    pairs = (
        []
        if groups
        else [
            (m, by_id.get(m["recommendation_id_next"]))
            for m in sorted(matches, key=lambda m: (m.get("unit_kerja") or "", -(m["score"] or 0)))
            if m.get("decision") == "match"
        ]
    )
    n_review = sum(1 for m in matches if m.get("decision") == "review")
    return Recurring(bool(groups or matches), repeated, pairs, n_review)


def copies(recommendations: list[Row]) -> list[Row]:
    """Action plans that only restate their recommendation."""
    return sorted((r for r in recommendations if r.get("rencana_aksi_salinan")), key=_rec_key)


def _rec_key(r: Row) -> tuple[Any, ...]:
    return (
        *_sort_key(r),
        r.get("komponen_kode") or "",
        r.get("finding_no") or 0,
        r.get("rekomendasi_no") or 0,
    )


@dataclass(frozen=True)
class Overdue:
    row: Row
    deadline: dt.date
    days: int


def overdue(recommendations: list[Row], today: dt.date) -> list[Overdue]:
    """Action plans whose deadline passed before ``today`` and that are not ``selesai``."""
    items = []
    for r in recommendations:
        if r.get("status") == "selesai":
            continue
        due = deadline(r.get("waktu_tahun"), r.get("waktu_periode"), r.get("waktu_pelaksanaan"))
        if due is not None and due < today:
            items.append(Overdue(r, due, (today - due).days))
    return sorted(items, key=lambda o: (o.deadline, _rec_key(o.row)))


@dataclass(frozen=True)
class Problem:
    document: Row
    severity: str | None
    code: str | None
    page: int | None
    message: str | None


def review_queue(
    documents: list[Row], warnings: list[Row], recommendations: list[Row]
) -> list[Problem]:
    """Failed then needs-review documents, each with its error and warnings (errors first)."""
    rec_pages = {r["recommendation_id"]: r.get("page") for r in recommendations}
    by_doc: dict[str, list[Row]] = defaultdict(list)
    for w in warnings:
        by_doc[w["document_id"]].append(w)
    order = {"failed": 0, "needs_review": 1}
    queue = sorted(
        (d for d in documents if d.get("status") in order),
        key=lambda d: (order[d["status"]], *_sort_key(d), d.get("source_file") or ""),
    )
    problems: list[Problem] = []
    for d in queue:
        rows = [Problem(d, "error", "GAGAL", None, d["error"])] if d.get("error") else []
        for w in sorted(by_doc.get(d["document_id"], []), key=_warning_key):
            page = w.get("page")
            if page is None and w.get("recommendation_id"):
                page = rec_pages.get(w["recommendation_id"])
            rows.append(Problem(d, w.get("severity"), w.get("code"), page, w.get("message")))
        problems.extend(rows or [Problem(d, None, None, None, None)])
    return problems


def _warning_key(w: Row) -> tuple[int, int, str]:
    return (0 if w.get("severity") == "error" else 1, w.get("page") or 0, w.get("code") or "")


def count_units(rows: Iterable[Row]) -> int:
    return len({r["unit_kerja"] for r in rows if r.get("unit_kerja")})
