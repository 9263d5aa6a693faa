"""A self-contained HTML page summarising a batch (``report.html``), for managers.

Pure: ``report_html`` returns the page; the caller writes it. The page loads nothing: the
style is inline, charts are inline SVG (``emit.report_charts``), there is no script, and a
Content-Security-Policy forbids any request. The figures come from ``emit.report_data``,
their HTML from ``emit.report_sections``.

Stable hooks for tests and readers: sections ``#ringkasan-berkas``, ``#nilai-komponen``,
``#status-tindak-lanjut``, ``#rekomendasi-berulang``, ``#salinan``, ``#lewat-tenggat``,
``#tinjauan``; charts ``svg#grafik-nilai-komponen``, ``svg#grafik-status-tindak-lanjut``;
tables ``#status-berkas``, ``#nilai-per-unit``, ``#tindak-lanjut-per-unit``,
``#daftar-berulang``, ``#daftar-salinan``, ``#daftar-lewat-tenggat``, ``#antrian-tinjauan``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import pandas as pd

from emit import report_data as rd
from emit import report_sections as sec
from emit.report_sections import Html, esc

CSS = """
:root{--ink:#1f2933;--muted:#5f6b7a;--line:#d9dee4;--bg:#f5f7fa;--accent:#1f4e79}
*{box-sizing:border-box}
body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.45 "DejaVu Sans","Segoe UI",
Roboto,Helvetica,Arial,sans-serif}
header,main,footer{max-width:1200px;margin:0 auto;padding:0 24px}
header{padding-top:24px}
h1{margin:0 0 4px;font-size:26px;color:var(--accent)}
h2{margin:0 0 4px;font-size:19px;color:var(--accent)}
.acuan,.intro,.catatan,footer{color:var(--muted)}
.intro{margin:0 0 12px}
.kartu{display:flex;flex-wrap:wrap;gap:12px;margin:16px 0}
.kartu>div{flex:1 1 150px;background:#fff;border:1px solid var(--line);border-radius:8px;
padding:10px 14px;border-top:4px solid var(--accent)}
.kartu .angka{display:block;font-size:28px;font-weight:bold}
.kartu .label{color:var(--muted)}
.kartu-tenggat{border-top-color:#c62828!important}.kartu-tinjauan{border-top-color:#f9a825!important}
nav{display:flex;flex-wrap:wrap;gap:6px;margin-bottom:8px}
nav a{color:var(--accent);text-decoration:none;border:1px solid var(--line);border-radius:14px;
padding:2px 12px;background:#fff}
section{background:#fff;border:1px solid var(--line);border-radius:8px;padding:18px 20px;
margin:16px 0}
figure.grafik{margin:0 0 12px}
svg.chart{display:block;width:100%;height:auto}
.gulir{overflow-x:auto}
table.data{border-collapse:collapse;width:100%;font-size:13px}
table.data th{background:#e9eef5;text-align:left;vertical-align:bottom}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:5px 8px;vertical-align:top}
table.data tbody tr:nth-child(even){background:#fafbfc}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.nowrap{white-space:nowrap}
.teks{min-width:16em}
.rencana{display:block;margin-top:2px;color:var(--muted)}.rencana::before{content:"→ "}
table.data.ringkas{width:auto;min-width:40%}
.kosong{color:#9aa5b1}
.kosong-bagian{margin:0;padding:10px 12px;background:var(--bg);border-radius:6px}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;white-space:nowrap;
background:#e4e7eb}
.s-ok,.t-selesai{background:#d8f0da;color:#1b5e20}
.s-needs-review,.t-proses,.w-info{background:#fff0c2;color:#7a5200}
.s-failed,.t-belum,.w-error{background:#f8d4d4;color:#8e1b1b}
.t-kosong{background:#e4e7eb;color:#3e4c59}
.p-aa,.p-a{background:#d8f0da;color:#1b5e20}.p-bb,.p-b{background:#dbe8f7;color:#1f4e79}
.p-cc,.p-c{background:#fff0c2;color:#7a5200}.p-d{background:#f8d4d4;color:#8e1b1b}
footer{padding-bottom:32px;font-size:12px}
@media print{body{background:#fff}section{break-inside:avoid;border:none}}
"""
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _cards(docs: list[rd.Row], recs: list[rd.Row], today: dt.date) -> Html:
    n_review = sum(1 for d in docs if d.get("status") in {"needs_review", "failed"})
    cards = [
        ("berkas", len(docs), "berkas"),
        ("unit", rd.count_units(docs), "unit kerja"),
        ("rekomendasi", len(recs), "rekomendasi"),
        ("tenggat", len(rd.overdue(recs, today)), "lewat tenggat"),
        ("tinjauan", n_review, "perlu ditinjau / gagal"),
    ]
    return Html(
        '<div class="kartu">'
        + "".join(
            f'<div class="kartu-{key}"><span class="angka">{n}</span>'
            f'<span class="label">{esc(label)}</span></div>'
            for key, n, label in cards
        )
        + "</div>"
    )


def report_html(
    tables: Mapping[str, pd.DataFrame],
    *,
    today: dt.date,
    title: str = "Rencana Aksi — ringkasan batch",
) -> str:
    """The batch summary as one self-contained HTML page (no script, no network).

    ``today`` is the reference date for overdue items; the page holds no other date, so
    the same tables and ``today`` give the same page.
    """
    docs = rd.records(tables, "documents")
    findings = rd.records(tables, "findings")
    recs = rd.records(tables, "recommendations")
    warnings = rd.records(tables, "warnings")
    bodies = {
        "ringkasan-berkas": sec.summary(docs),
        "nilai-komponen": sec.scores(docs, findings),
        "status-tindak-lanjut": sec.followup(recs),
        "rekomendasi-berulang": sec.recurring(
            rd.records(tables, "groups"), rd.records(tables, "matches"), recs
        ),
        "salinan": sec.copies(recs),
        "lewat-tenggat": sec.overdue(recs, today),
        "tinjauan": sec.queue(docs, warnings, recs),
    }
    nav = "".join(f'<a href="#{s.id}">{esc(s.nav)}</a>' for s in sec.SECTIONS.values())
    main = "\n".join(sec.section(key, today, body) for key, body in bodies.items())
    return (
        "<!DOCTYPE html>\n"
        '<html lang="id"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(title)}</title><style>{CSS}</style></head>\n<body>"
        f"<header><h1>{esc(title)}</h1>"
        f'<p class="acuan">Tanggal acuan: <time datetime="{today.isoformat()}">'
        f"{esc(rd.tanggal(today))}</time></p>{_cards(docs, recs, today)}"
        f'<nav aria-label="Bagian">{nav}</nav></header>\n<main>{main}</main>\n'
        "<footer>Dibuat oleh rencana-aksi dari tabel documents, findings, recommendations, "
        "matches, warnings dan groups; data lengkap ada di rencana_aksi.xlsx.</footer>\n"
        "</body></html>\n"
    )
