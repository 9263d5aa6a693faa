"""LibreOffice conversion with a private profile (other jobs may run soffice at once)."""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path


def soffice_to_pdf(src: Path, out_pdf: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="h11lo_") as tmp:
        profile = Path(tmp) / "profile"
        cmd = [
            "soffice",
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            tmp,
            str(src),
        ]
        subprocess.run(cmd, check=True, capture_output=True, timeout=300)
        produced = Path(tmp) / (src.stem + ".pdf")
        if not produced.exists():
            raise RuntimeError(f"LibreOffice produced nothing for {src}")
        out_pdf.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(produced, out_pdf)
