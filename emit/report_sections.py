"""The report's sections as HTML: small escaping builders and one body renderer per section.

Every value goes through ``esc`` (``html.escape``) unless it is already ``Html``. Each
renderer returns the body of its section; ``SECTIONS`` gives ids, headings and intros.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from typing import Any, NamedTuple

from emit import report_data as rd
from emit.report_charts import grouped_bars, stacked_bars

MAX_ROWS = 200


class Html(str):
    """Markup that is already safe to put in the page (everything else is escaped)."""

    __slots__ = ()


class Section(NamedTuple):
    id: str
    nav: str
    heading: str
    intro: str


SECTIONS = {
    s.id: s
    for s in (
        Section(
            "ringkasan-berkas",
            "Berkas",
            "Ringkasan berkas",
            "Jumlah berkas PDF dalam batch menurut hasil pembacaannya.",
        ),
        Section(
            "nilai-komponen",
            "Nilai",
            "Nilai komponen per unit",
            "Nilai tiap komponen SAKIP per unit kerja dan tahun evaluasi, dengan nilai "
            "total dan predikatnya.",
        ),
        Section(
            "status-tindak-lanjut",
            "Tindak lanjut",
            "Status tindak lanjut per unit",
            "Status tindak lanjut rekomendasi per unit kerja dan tahun evaluasi; «kosong» "
            "berarti kolom status tidak diisi.",
        ),
        Section(
            "rekomendasi-berulang",
            "Berulang",
            "Rekomendasi berulang",
            "Rekomendasi yang muncul lagi di tahun lain atau di unit kerja lain (temuan berulang).",
        ),
        Section(
            "salinan",
            "Salinan",
            "Rencana aksi yang hanya menyalin rekomendasi",
            "Rencana aksi yang hanya mengulang bunyi rekomendasinya, tanpa langkah "
            "konkret; perlu diminta perbaikannya.",
        ),
        Section(
            "lewat-tenggat",
            "Lewat tenggat",
            "Lewat tenggat",
            "Rencana aksi yang tenggatnya sudah lewat per {today} dan statusnya belum "
            "selesai (tenggat = akhir periode waktu pelaksanaan).",
        ),
        Section(
            "tinjauan",
            "Tinjauan",
            "Antrian tinjauan",
            "Berkas yang gagal dibaca atau perlu ditinjau, dengan peringatannya dan "
            "halaman tempat masalah ditemukan.",
        ),
    )
}


def esc(value: Any) -> Html:
    """A value as escaped text: ``None`` as a dash, floats with a decimal comma."""
    if isinstance(value, Html):
        return value
    if value is None:
        return Html('<span class="kosong">–</span>')
    if isinstance(value, float):
        return Html(f"{value:.2f}".replace(".", ","))
    return Html(html.escape(str(value)))


def badge(value: str | None, kind: str, label: str | None = None) -> Html:
    """A coloured label; its class is ``{kind}-{value}`` (e.g. ``s-needs-review``)."""
    if value is None:
        return esc(None)
    css = "".join(c if c.isalnum() else "-" for c in value.lower())
    return Html(f'<span class="badge {kind}-{css}">{esc(label or value)}</span>')


def _status(document: rd.Row) -> Html:
    status = document.get("status")
    return badge(status, "s", rd.DOCUMENT_STATUS_LABEL.get(status or ""))


def _column_class(name: str) -> str:
    return {"#": ' class="num"', "~": ' class="nowrap"', "*": ' class="teks"'}.get(name[-1:], "")


def table(
    table_id: str, headers: str, rows: Sequence[Sequence[Any]], *, compact: bool = False
) -> Html:
    """A table of escaped cells showing at most ``MAX_ROWS`` rows.

    ``headers`` is ``|``-separated; a name ending in ``#`` marks a numeric column
    (right-aligned), ``~`` a column that does not wrap, ``*`` a column of long text.
    """
    names = headers.split("|")
    classes = [_column_class(name) for name in names]
    head = "".join(
        f'<th{c} scope="col">{esc(h.rstrip("#~*"))}</th>'
        for h, c in zip(names, classes, strict=True)
    )
    shown = rows[:MAX_ROWS]
    body = "".join(
        "<tr>"
        + "".join(f"<td{c}>{esc(v)}</td>" for v, c in zip(row, classes, strict=True))
        + "</tr>"
        for row in shown
    )
    more = ""
    if len(rows) > len(shown):
        more = (
            f'<p class="catatan">Ditampilkan {len(shown)} dari {len(rows)} baris; '
            "daftar lengkap ada di rencana_aksi.xlsx.</p>"
        )
    css = "data ringkas" if compact else "data"
    return Html(
        f'<div class="gulir"><table id="{table_id}" class="{css}"><thead><tr>{head}</tr>'
        f"</thead><tbody>{body}</tbody></table></div>{more}"
    )


def note(text: str) -> Html:
    return Html(f'<p class="kosong-bagian">{esc(text)}</p>')


def figure(svg: str) -> Html:
    return Html(f'<figure class="grafik">{svg}</figure>')


def section(section_id: str, today: dt.date, *body: str) -> Html:
    s = SECTIONS[section_id]
    intro = s.intro.format(today=rd.tanggal(today))
    return Html(
        f'<section id="{s.id}"><h2>{esc(s.heading)}</h2><p class="intro">{esc(intro)}</p>'
        + "".join(body)
        + "</section>"
    )


def summary(documents: list[rd.Row]) -> Html:
    if not documents:
        return note("Tidak ada berkas dalam batch ini.")
    rows: list[tuple[Any, ...]] = [
        (badge(s, "s", rd.DOCUMENT_STATUS_LABEL.get(s, s)), n, f"{100 * n / len(documents):.0f}%")
        for s, n in rd.status_counts(documents)
    ]
    rows.append((Html("<strong>jumlah</strong>"), len(documents), "100%"))
    return table("status-berkas", "Status|Berkas#|Bagian#", rows, compact=True)


def scores(documents: list[rd.Row], findings: list[rd.Row]) -> Html:
    found = rd.component_scores(documents, findings)
    if not found.rows:
        return note("Belum ada nilai komponen yang terbaca.")
    labels = [rd.unit_label(d) for d, _ in found.rows]
    series = {
        f"{code} {found.names.get(code, '')}".strip(): [n.get(code) for _, n in found.rows]
        for code in found.codes
    }
    title = "Nilai komponen per unit kerja dan tahun"
    chart = grouped_bars("grafik-nilai-komponen", title, labels, series, xlabel="nilai")
    rows = [
        (
            d.get("unit_kerja") or d.get("source_file"),
            d.get("tahun_evaluasi"),
            *(n.get(code) for code in found.codes),
            d.get("total_nilai"),
            badge(d.get("predikat"), "p"),
            _status(d),
        )
        for d, n in found.rows
    ]
    codes = "|".join(f"{c}#" for c in found.codes)
    headers = f"Unit kerja|Tahun#|{codes}|Total#|Predikat|Status berkas"
    return Html(figure(chart) + table("nilai-per-unit", headers, rows))


def followup(recommendations: list[rd.Row]) -> Html:
    counts = rd.followup_counts(recommendations)
    if not counts:
        return note("Tidak ada rekomendasi yang terbaca.")
    chart = stacked_bars(
        "grafik-status-tindak-lanjut",
        "Status tindak lanjut per unit kerja",
        [label for label, _ in counts],
        [c for _, c in counts],
        xlabel="jumlah rekomendasi",
    )
    rows = []
    for label, c in counts:
        total = sum(c.values())
        share = f"{100 * c['selesai'] / total:.0f}%"
        rows.append((label, *(c[s] for s in rd.STATUS_ORDER), total, share))
    headers = "Unit kerja · tahun|Selesai#|Proses#|Belum#|Kosong#|Jumlah#|Selesai (%)#"
    return Html(figure(chart) + table("tindak-lanjut-per-unit", headers, rows))


def recurring(groups: list[rd.Row], matches: list[rd.Row], recs: list[rd.Row]) -> Html:
    found = rd.recurring(groups, matches, recs)
    if not found.linked:
        return note(
            "Penautan antartahun tidak dijalankan untuk batch ini, sehingga rekomendasi "
            "berulang belum dapat ditampilkan."
        )
    review = ""
    if found.n_review:
        review = note(
            f"{found.n_review} pasangan rekomendasi yang mirip perlu diputuskan oleh petugas "
            "(keputusan «review» di tabel matches)."
        )
    rows: list[tuple[Any, ...]]
    if found.groups:
        rows = [
            (
                g.get("rekomendasi"),
                g.get("komponen_kode"),
                g.get("n_units"),
                g.get("n_years"),
                rd.years(g.get("tahun_first"), g.get("tahun_last")),
                g.get("n_recommendations"),
                g.get("unit_kerja_list"),
            )
            for g in found.groups
        ]
        headers = "Rekomendasi*|Komponen|Unit#|Tahun#|Rentang tahun~|Muncul#|Unit kerja"
        return Html(table("daftar-berulang", headers, rows) + review)
    if found.matches:
        rows = [
            (
                m.get("unit_kerja"),
                rd.years(m.get("tahun_prev"), m.get("tahun_next")),
                r.get("rekomendasi") if r else m.get("recommendation_id_next"),
                m.get("score"),
            )
            for m, r in found.matches
        ]
        headers = "Unit kerja|Tahun~|Rekomendasi*|Kemiripan#"
        return Html(table("daftar-berulang", headers, rows) + review)
    text = "Tidak ada rekomendasi yang muncul di lebih dari satu tahun atau unit kerja."
    return Html(note(text) + review)


def copies(recs: list[rd.Row]) -> Html:
    items = rd.copies(recs)
    if not items:
        return note("Tidak ada rencana aksi yang hanya menyalin rekomendasinya.")
    rows = [
        (rd.unit_label(r), rd.rec_no(r), r.get("rekomendasi"), r.get("rencana_aksi"), r.get("page"))
        for r in items
    ]
    return table("daftar-salinan", "Unit kerja · tahun|No.~|Rekomendasi*|Rencana aksi*|Hal.#", rows)


def _with_plan(r: rd.Row) -> Html:
    """The recommendation with its action plan beneath it."""
    plan = r.get("rencana_aksi")
    below = f'<span class="rencana">{esc(plan)}</span>' if plan else ""
    return Html(f"{esc(r.get('rekomendasi'))}{below}")


def overdue(recs: list[rd.Row], today: dt.date) -> Html:
    items = rd.overdue(recs, today)
    if not items:
        return note(f"Tidak ada rencana aksi yang lewat tenggat per {rd.tanggal(today)}.")
    rows = [
        (
            rd.unit_label(o.row),
            rd.rec_no(o.row),
            _with_plan(o.row),
            o.row.get("waktu_pelaksanaan"),
            rd.tanggal(o.deadline),
            o.days,
            badge(o.row.get("status") or "kosong", "t"),
            o.row.get("penanggung_jawab"),
            o.row.get("page"),
        )
        for o in items
    ]
    headers = (
        "Unit kerja · tahun|No.~|Rekomendasi → rencana aksi*|Waktu pelaksanaan|Tenggat~|"
        "Lewat (hari)#|Status|Penanggung jawab|Hal.#"
    )
    return table("daftar-lewat-tenggat", headers, rows)


def queue(docs: list[rd.Row], warnings: list[rd.Row], recs: list[rd.Row]) -> Html:
    problems = rd.review_queue(docs, warnings, recs)
    if not problems:
        return note("Tidak ada berkas yang perlu ditinjau.")
    rows = [
        (
            p.document.get("source_file"),
            rd.unit_label(p.document) if p.document.get("unit_kerja") else None,
            _status(p.document),
            badge(p.severity, "w"),
            p.code,
            p.page,
            p.message,
        )
        for p in problems
    ]
    headers = "Berkas|Unit kerja · tahun|Status|Tingkat|Kode~|Hal.#|Pesan*"
    return table("antrian-tinjauan", headers, rows)
