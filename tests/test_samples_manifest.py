"""samples/manifest.json and the files it names are consistent (see samples/README.md)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pdfplumber
import pytest

SAMPLES = Path(__file__).resolve().parents[1] / "samples"
MANIFEST = SAMPLES / "manifest.json"

OptStr = (str, type(None))
OptInt = (int, type(None))
OptFloat = (float, type(None))

DOCUMENT_KEYS: dict[str, tuple[type, ...]] = {
    "page_count": (int,),
    "text_source": (str,),
    "table_layout": (str,),
    "unit_kerja": OptStr,
    "kabupaten": OptStr,
    "tahun_evaluasi": OptInt,
    "pj_nama": OptStr,
    "pj_hp": OptStr,
    "penandatangan_jabatan": OptStr,
    "penandatangan_nama": OptStr,
    "penandatangan_pangkat": OptStr,
    "penandatangan_golongan": OptStr,
    "penandatangan_nip": OptStr,
    "total_nilai": OptFloat,
    "predikat": OptStr,
}
FINDING_KEYS: dict[str, tuple[type, ...]] = {
    "komponen_kode": (str,),
    "komponen": (str,),
    "finding_no": (int,),
    "nilai": OptFloat,
    "persen": OptFloat,
    "keberadaan_nilai": OptFloat,
    "keberadaan_persen": OptFloat,
    "kualitas_nilai": OptFloat,
    "kualitas_persen": OptFloat,
    "pemanfaatan_nilai": OptFloat,
    "pemanfaatan_persen": OptFloat,
    "hasil_evaluasi": OptStr,
}
RECOMMENDATION_KEYS: dict[str, tuple[type, ...]] = {
    "komponen_kode": (str,),
    "komponen": (str,),
    "finding_no": (int,),
    "rekomendasi_no": (int,),
    "rekomendasi": (str,),
    "rencana_aksi": OptStr,
    "target_data": OptStr,
    "waktu_pelaksanaan": OptStr,
    "waktu_tahun": OptInt,
    "waktu_periode": OptStr,
    "penanggung_jawab": OptStr,
    "status_progres": OptStr,
    "status": OptStr,
    "tautan": OptStr,
    "tautan_teks": OptStr,
    "page": (int,),
}
PRODUCERS = {"libreoffice-docx", "libreoffice-xlsx", "reportlab"}


def _manifest() -> list[dict[str, Any]]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


ENTRIES = _manifest() if MANIFEST.exists() else []
IDS = [Path(e["pdf"]).stem for e in ENTRIES]


def _check_keys(record: dict[str, Any], keys: dict[str, tuple[type, ...]], where: str) -> None:
    assert set(record) == set(keys), f"{where}: keys {sorted(set(record) ^ set(keys))}"
    for key, types in keys.items():
        value = record[key]
        # bool is an int subclass: never accept it for a numeric field
        assert isinstance(value, types) and not isinstance(value, bool), (
            f"{where}.{key} = {value!r} is not {types}"
        )


def test_manifest_lists_every_born_digital_pdf() -> None:
    assert ENTRIES, "samples/manifest.json is missing or empty"
    listed = {e["pdf"] for e in ENTRIES if e["kind"] == "born_digital"}
    on_disk = {f"born_digital/{p.name}" for p in (SAMPLES / "born_digital").glob("*.pdf")}
    assert listed == on_disk
    assert len({e["pdf"] for e in ENTRIES}) == len(ENTRIES), "duplicate entries"


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_entry_files_exist(entry: dict[str, Any]) -> None:
    required = {"pdf", "expected", "kind", "producer", "features"}
    assert required <= set(entry), f"missing {sorted(required - set(entry))}"
    if entry["kind"] == "born_digital":
        assert set(entry) == required
    assert (SAMPLES / entry["pdf"]).is_file()
    assert (SAMPLES / entry["expected"]).is_file()
    assert isinstance(entry["kind"], str) and entry["kind"]
    assert isinstance(entry["producer"], str) and entry["producer"]
    if entry["kind"] == "born_digital":
        assert entry["producer"] in PRODUCERS
    assert isinstance(entry["features"], list)
    assert all(isinstance(f, str) for f in entry["features"])


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_expected_json_shape(entry: dict[str, Any]) -> None:
    data = json.loads((SAMPLES / entry["expected"]).read_text(encoding="utf-8"))
    assert set(data) == {"document", "findings", "recommendations"}
    doc = data["document"]
    _check_keys(doc, DOCUMENT_KEYS, "document")
    assert doc["text_source"] in {"text_layer", "ocr", "mixed"}
    assert doc["table_layout"] in {"rencana_aksi", "monitoring"}
    if doc["pj_hp"] is not None:
        assert re.fullmatch(r"\+628\d{8,11}", doc["pj_hp"])
    if doc["penandatangan_nip"] is not None:
        assert re.fullmatch(r"\d{18}", doc["penandatangan_nip"])
    assert (doc["total_nilai"] is None) == (doc["predikat"] is None)
    for i, finding in enumerate(data["findings"]):
        _check_keys(finding, FINDING_KEYS, f"findings[{i}]")
    for i, rec in enumerate(data["recommendations"]):
        _check_keys(rec, RECOMMENDATION_KEYS, f"recommendations[{i}]")
        assert 1 <= rec["page"] <= doc["page_count"]
        assert rec["status"] in {"selesai", "proses", "belum", None}


@pytest.mark.parametrize("entry", ENTRIES, ids=IDS)
def test_recommendation_numbers_run_from_one(entry: dict[str, Any]) -> None:
    data = json.loads((SAMPLES / entry["expected"]).read_text(encoding="utf-8"))
    findings = {(f["komponen_kode"], f["finding_no"]) for f in data["findings"]}
    numbers: dict[tuple[str, int], list[int]] = {}
    for rec in data["recommendations"]:
        key = (rec["komponen_kode"], rec["finding_no"])
        assert key in findings, f"recommendation of an unknown finding {key}"
        numbers.setdefault(key, []).append(rec["rekomendasi_no"])
    for key, nos in numbers.items():
        assert nos == list(range(1, len(nos) + 1)), f"{key}: {nos}"


@pytest.mark.parametrize(
    "entry", [e for e in ENTRIES if e["kind"] == "born_digital"], ids=lambda e: Path(e["pdf"]).stem
)
def test_born_digital_pdf_has_text_layer(entry: dict[str, Any]) -> None:
    expected = json.loads((SAMPLES / entry["expected"]).read_text(encoding="utf-8"))
    with pdfplumber.open(SAMPLES / entry["pdf"]) as pdf:
        assert len(pdf.pages) == expected["document"]["page_count"]
        text = pdf.pages[0].extract_text() or ""
    assert len(text.split()) > 20, "page 1 has no text layer"
