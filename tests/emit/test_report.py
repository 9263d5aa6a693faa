"""emit.report: the batch summary page, checked with the stdlib HTML parser and, when
Chromium is installed, rendered in headless Chromium."""

from __future__ import annotations

import datetime as dt
import html
import shutil
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from emit.report import report_html
from emit.report_data import deadline

SECTIONS = [
    "ringkasan-berkas",
    "nilai-komponen",
    "status-tindak-lanjut",
    "rekomendasi-berulang",
    "salinan",
    "lewat-tenggat",
    "tinjauan",
]
CHARTS = {
    "grafik-nilai-komponen": "nilai-komponen",
    "grafik-status-tindak-lanjut": "status-tindak-lanjut",
}
TABLE_IDS = {
    "status-berkas": "ringkasan-berkas",
    "nilai-per-unit": "nilai-komponen",
    "tindak-lanjut-per-unit": "status-tindak-lanjut",
    "daftar-berulang": "rekomendasi-berulang",
    "daftar-salinan": "salinan",
    "daftar-lewat-tenggat": "lewat-tenggat",
    "antrian-tinjauan": "tinjauan",
}
VOID = {"meta", "link", "br", "img", "input", "hr", "col", "source", "wbr"}


class Page(HTMLParser):
    """Elements with an id: their tag, enclosing ids, text and child tags."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str | None]] = []
        self.tags: dict[str, str] = {}
        self.parents: dict[str, list[str]] = {}
        self.text: dict[str, list[str]] = {}
        self.children: dict[str, list[str]] = {}
        self.all_tags: list[str] = []
        self.attributes: list[tuple[str, str, str]] = []
        self.feed(text)
        self.close()

    def _open_ids(self) -> list[str]:
        return [i for _, i in self.stack if i]

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        self.all_tags.append(tag)
        self.attributes += [(tag, k, v or "") for k, v in attrs]
        for open_id in self._open_ids():
            self.children[open_id].append(tag)
        element_id = dict(attrs).get("id")
        if element_id:
            assert element_id not in self.tags, f"duplicate id {element_id}"
            self.tags[element_id] = tag
            self.parents[element_id] = self._open_ids()
            self.text[element_id] = []
            self.children[element_id] = []
        return element_id

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        element_id = self._element(tag, attrs)
        if tag not in VOID:
            self.stack.append((tag, element_id))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._element(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data: str) -> None:
        for open_id in self._open_ids():
            self.text[open_id].append(data)

    def text_of(self, element_id: str) -> str:
        return " ".join(" ".join(self.text[element_id]).split())


def _check_structure(page: Page, *, charts: bool = True) -> None:
    for section_id in SECTIONS:
        assert page.tags.get(section_id) == "section", section_id
        assert "h2" in page.children[section_id]
    for table_id, section_id in TABLE_IDS.items():
        assert page.tags.get(table_id) == "table", table_id
        assert section_id in page.parents[table_id]
    if charts:
        for chart_id, section_id in CHARTS.items():
            assert page.tags.get(chart_id) == "svg", chart_id
            assert section_id in page.parents[chart_id]
            assert page.tags.get(f"{chart_id}-title") == "title"
            assert {"rect", "path"} & set(page.children[chart_id])


@pytest.fixture
def page_text(batch: dict[str, pd.DataFrame], today: dt.date) -> str:
    return report_html(batch, today=today)


def test_sections_charts_and_tables_are_present(page_text: str) -> None:
    page = Page(page_text)
    _check_structure(page)
    assert page.text_of("grafik-nilai-komponen-title")
    assert "Kecamatan Paringin · 2023" in page.text_of("grafik-nilai-komponen")


def test_summary_counts_files_by_status(page_text: str) -> None:
    text = Page(page_text).text_of("status-berkas")
    assert "berhasil 4" in text
    assert "perlu ditinjau 1" in text
    assert "gagal 1" in text
    assert "jumlah 6" in text


def test_scores_table_has_total_and_predikat(page_text: str) -> None:
    text = Page(page_text).text_of("nilai-per-unit")
    assert "Kecamatan Paringin 2022 21,60 19,50 10,80 18,75 70,65 BB" in text
    assert "Dinas Kesehatan 2023" in text


def test_followup_counts_per_unit(page_text: str) -> None:
    text = Page(page_text).text_of("tindak-lanjut-per-unit")
    assert "Kecamatan Paringin · 2023 0 1 1 0 2 0%" in text
    assert "Kecamatan Awayan · 2022 1 0 0 0 1 100%" in text


def test_recurring_recommendations_come_from_groups(page_text: str) -> None:
    text = Page(page_text).text_of("daftar-berulang")
    assert "Agar menyusun Pohon Kinerja hingga level individu" in text
    assert "2022–2023" in text
    assert "Crosscutting" not in text  # a group of one


def test_copied_action_plans_are_listed(page_text: str) -> None:
    text = Page(page_text).text_of("daftar-salinan")
    assert "Agar laporan kinerja dipublikasikan tepat waktu" in text
    assert "Membuat diagram Crosscutting" in text


def test_overdue_items_are_listed(page_text: str) -> None:
    text = Page(page_text).text_of("daftar-lewat-tenggat")
    assert "Agar melaksanakan evaluasi internal secara berkala" in text
    assert "30 Juni 2024" in text  # Triwulan II 2024 and Semester I 2024
    assert "31 Desember 2024" in text  # Semester IV: invalid, the year's end
    assert "Crosscutting" not in text  # due Desember 2025
    assert "cascading" not in text  # selesai
    assert "Dinas Kesehatan" not in text  # no deadline given
    # most overdue first
    assert text.index("30 Juni 2024") < text.index("31 Desember 2024")


def test_review_queue_lists_problems_with_pages(page_text: str) -> None:
    page = Page(page_text)
    text = page.text_of("antrian-tinjauan")
    assert text.index("Dinas Kesehatan rusak.pdf") < text.index("Kec Awayan.pdf")  # failed first
    assert "Berkas PDF tidak dapat dibuka" in text
    assert "SKOR_TIDAK_KONSISTEN 2 Skor komponen B <Pengukuran> tidak sesuai bobot" in text
    assert "PERIODE_TIDAK_VALID 2" in text
    assert "Kec Paringin" not in text


def test_text_is_escaped(page_text: str, escape_me: str) -> None:
    assert escape_me not in page_text
    assert html.escape(escape_me) in page_text
    assert "<Pengukuran>" not in page_text
    assert escape_me in Page(page_text).text_of("daftar-lewat-tenggat")
    title = report_html({}, today=dt.date(2025, 1, 1), title="Batch <1> & co")
    assert "<title>Batch &lt;1&gt; &amp; co</title>" in title


def test_page_is_self_contained(page_text: str) -> None:
    page = Page(page_text)
    assert "script" not in page.all_tags
    assert not {"img", "link", "iframe", "object", "embed"} & set(page.all_tags)
    for tag, name, value in page.attributes:
        if name in {"src", "href", "xlink:href", "action"}:
            assert value.startswith("#"), (tag, name, value)
    assert "@import" not in page_text
    assert "url(http" not in page_text
    assert "@font-face" not in page_text
    assert "default-src 'none'" in page_text


def test_same_tables_give_the_same_page(
    batch: dict[str, pd.DataFrame], today: dt.date, page_text: str
) -> None:
    assert report_html(batch, today=today) == page_text


@pytest.mark.parametrize("flavor", ["arrow", "object", "numpy"])
def test_dtype_flavours_give_the_same_page(
    flavor: str,
    make_frames: Callable[[str], dict[str, pd.DataFrame]],
    today: dt.date,
    page_text: str,
) -> None:
    assert report_html(make_frames(flavor), today=today) == page_text


def test_an_empty_batch_still_gives_every_section(
    empty_batch: dict[str, pd.DataFrame], today: dt.date
) -> None:
    for tables in (empty_batch, {}):
        page = Page(report_html(tables, today=today))
        for section_id in SECTIONS:
            assert page.tags.get(section_id) == "section"
        assert "svg" not in page.all_tags
        assert "tidak dijalankan" in page.text_of("rekomendasi-berulang")


def test_a_batch_where_everything_failed(batch: dict[str, pd.DataFrame], today: dt.date) -> None:
    failed = batch["documents"][batch["documents"]["status"] == "failed"]
    page = Page(report_html({"documents": failed}, today=today))
    assert "gagal 1" in page.text_of("status-berkas")
    assert "rusak.pdf" in page.text_of("antrian-tinjauan")
    assert "Belum ada nilai" in page.text_of("nilai-komponen")


def test_without_linking_a_sentence_says_so(batch: dict[str, pd.DataFrame], today: dt.date) -> None:
    tables = {k: v for k, v in batch.items() if k not in {"groups", "matches"}}
    text = Page(report_html(tables, today=today)).text_of("rekomendasi-berulang")
    assert "Penautan antartahun tidak dijalankan" in text


def test_matches_alone_list_the_repeated_pairs(
    batch: dict[str, pd.DataFrame], today: dt.date
) -> None:
    tables = {k: v for k, v in batch.items() if k != "groups"}
    text = Page(report_html(tables, today=today)).text_of("daftar-berulang")
    assert "Kecamatan Paringin 2022–2023 Agar menyusun Pohon Kinerja" in text
    assert "96,50" in text


@pytest.mark.parametrize(
    ("tahun", "periode", "expected"),
    [
        (2024, "Semester I", dt.date(2024, 6, 30)),
        (2024, "Semester II", dt.date(2024, 12, 31)),
        (2024, "Semester IV", dt.date(2024, 12, 31)),
        (2024, "Triwulan I", dt.date(2024, 3, 31)),
        (2024, "Triwulan II", dt.date(2024, 6, 30)),
        (2024, "Triwulan III", dt.date(2024, 9, 30)),
        (2024, "Triwulan IV", dt.date(2024, 12, 31)),
        (2024, "Triwulan I-IV", dt.date(2024, 12, 31)),
        (2024, "Triwulan V", dt.date(2024, 12, 31)),
        (2024, "Februari", dt.date(2024, 2, 29)),
        (2023, "Februari", dt.date(2023, 2, 28)),
        (2024, "Juni - Desember", dt.date(2024, 12, 31)),
        (2024, "Maret s.d. Agustus", dt.date(2024, 8, 31)),
        (2024, "Nopember", dt.date(2024, 11, 30)),
        (2024, None, dt.date(2024, 12, 31)),
        (2024, "Tahun 2024", dt.date(2024, 12, 31)),
        (None, "Semester I", None),
        (0, "Semester I", None),
    ],
)
def test_deadline(tahun: int | None, periode: str | None, expected: dt.date | None) -> None:
    assert deadline(tahun, periode) == expected


def test_deadline_falls_back_to_the_written_time() -> None:
    assert deadline(2024, None, "Triwulan III Tahun 2024") == dt.date(2024, 9, 30)


CHROMIUM = shutil.which("chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
]


def _chromium(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    assert CHROMIUM is not None
    command = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={tmp_path / 'profile'}", *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=180, check=True)


@pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (apt-get install chromium)")
def test_page_renders_in_headless_chromium(page_text: str, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(page_text, encoding="utf-8")

    dom = _chromium(tmp_path, "--dump-dom", report.as_uri()).stdout
    page = Page(dom)
    _check_structure(page)
    assert "Agar melaksanakan evaluasi internal" in page.text_of("daftar-lewat-tenggat")

    png = tmp_path / "report.png"
    _chromium(tmp_path, f"--screenshot={png}", "--window-size=1280,3000", report.as_uri())
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    assert len(data) > 20_000
