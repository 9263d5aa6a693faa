"""Hostile inputs for the batch runner, made from the committed samples in a test's folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from tests.conftest import SAMPLES

GOOD = SAMPLES / "born_digital" / "004_docx_awayan_2022.pdf"
OTHER = SAMPLES / "born_digital" / "011_reportlab_lampihong_2024.pdf"
NON_ASCII = "Rencana Aksi Kecamatan Paringin – Ümit.pdf"


def variant(data: bytes, n: int) -> bytes:
    """The same PDF with other bytes: a comment after the end, which readers skip."""
    return data + f"\n% rencana-aksi variant {n}\n".encode("ascii")


def truncated(target: Path, source: Path = GOOD) -> Path:
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def encrypted(target: Path, user_password: str, source: Path = GOOD) -> Path:
    writer = PdfWriter(clone_from=source)
    writer.encrypt(user_password=user_password, owner_password="pemilik", algorithm="AES-128")
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def no_pages(target: Path) -> Path:
    with target.open("wb") as fh:
        PdfWriter().write(fh)
    return target


def not_rencana_aksi(target: Path) -> Path:
    styles = getSampleStyleSheet()
    text = (
        "Undangan rapat koordinasi penyusunan Laporan Kinerja Instansi Pemerintah "
        "Kecamatan Paringin, Kamis 14 Maret 2024 pukul 09.00 WITA di aula kantor camat."
    )
    SimpleDocTemplate(str(target), pagesize=A4).build([Paragraph(text, styles["Normal"])])
    return target


def many_pages(target: Path, pages: int = 300, source: Path = GOOD) -> Path:
    reader = PdfReader(source)
    writer = PdfWriter()
    for i in range(pages):
        writer.add_page(reader.pages[i % len(reader.pages)])
    with target.open("wb") as fh:
        writer.write(fh)
    return target


def hostile_folder(folder: Path) -> dict[str, Path]:
    """Every hostile input of issue 6 but the 300-page PDF, and two good files, by role."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        "good": folder / "baik.pdf",
        "zero": folder / "kosong.pdf",
        "truncated": folder / "terpotong.pdf",
        "not_pdf": folder / "bukan pdf.pdf",
        "encrypted": folder / "terkunci.pdf",
        "encrypted_empty": folder / "terkunci tanpa sandi.pdf",
        "not_ra": folder / "undangan.pdf",
        "no_pages": folder / "tanpa halaman.pdf",
        "non_ascii": folder / NON_ASCII,
        "duplicate": folder / "salinan" / "baik lagi.pdf",
    }
    shutil.copy(GOOD, files["good"])
    files["zero"].write_bytes(b"")
    truncated(files["truncated"])
    files["not_pdf"].write_bytes(b"<html><body>Rencana Aksi</body></html>\n")
    encrypted(files["encrypted"], "rahasia")
    encrypted(files["encrypted_empty"], "")
    not_rencana_aksi(files["not_ra"])
    no_pages(files["no_pages"])
    shutil.copy(OTHER, files["non_ascii"])
    files["duplicate"].parent.mkdir(exist_ok=True)
    shutil.copy(GOOD, files["duplicate"])
    return files


def distinct_copies(folder: Path, n: int, sources: list[Path]) -> list[Path]:
    """``n`` valid PDFs, each with its own sha256, cycling through ``sources``."""
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for i in range(n):
        source = sources[i % len(sources)]
        target = folder / f"{i:04d}_{source.name}"
        target.write_bytes(variant(source.read_bytes(), i))
        made.append(target)
    return made
