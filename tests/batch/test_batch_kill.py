"""A run killed half-way leaves the earlier outputs intact; the next run completes it."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from pipeline.cache import ResultCache
from tests.batch.hostile import distinct_copies
from tests.conftest import SAMPLES

EXE = Path(sys.executable).with_name("rencana-aksi")
SOURCES = sorted((SAMPLES / "born_digital").glob("*.pdf"))[:6]
N_FILES = 16


def _digests(out: Path) -> dict[str, str]:
    """Every output file (not the cache) with its hash."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(out.iterdir())
        if p.is_file()
    }


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _extract(inputs: list[Path], out: Path, *extra: str) -> subprocess.Popen[str]:
    args = [str(EXE), "extract", *map(str, inputs), "--out", str(out), "--workers", "1"]
    return subprocess.Popen(
        [*args, "--quiet", *extra],
        cwd=out.parent,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group: the workers die with it
        # a shell starts background jobs with SIGINT ignored, and a child keeps that; a
        # terminal's Ctrl-C reaches a foreground program, which is what is tested here
        preexec_fn=_default_sigint,
    )


def _wait_for_results(cache: ResultCache, count: int, proc: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and proc.poll() is None:
        if cache.folder.is_dir() and len(list(cache.folder.glob("*.json"))) >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"the run ended or stalled before {count} results: {proc.poll()}")


def test_killed_run_keeps_outputs_and_the_next_run_completes(tmp_path: Path) -> None:
    files = distinct_copies(tmp_path / "in", N_FILES, SOURCES)
    out = tmp_path / "out"
    cache = ResultCache(out)

    earlier = _extract(files[:2], out)
    assert earlier.wait(300) == 0, earlier.stderr.read() if earlier.stderr else ""
    before = _digests(out)
    assert "documents.parquet" in before

    killed = _extract(files, out)
    _wait_for_results(cache, 5, killed)
    os.killpg(killed.pid, signal.SIGKILL)
    killed.wait(30)
    assert killed.returncode == -signal.SIGKILL
    done_when_killed = len(list(cache.folder.glob("*.json")))
    assert done_when_killed < N_FILES, "killed before the end"
    assert _digests(out) == before, "the outputs of the earlier run are untouched"

    summary = tmp_path / "summary.json"
    resumed = _extract(files, out, "--json-summary", str(summary))
    assert resumed.wait(300) == 0, resumed.stderr.read() if resumed.stderr else ""
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert figures["files"] == N_FILES
    assert figures["cached"] >= done_when_killed
    assert figures["processed"] == N_FILES - figures["cached"]
    assert figures["ok"] == N_FILES
    assert len(list(cache.folder.glob("*.json"))) == N_FILES
    assert not [p for p in cache.folder.iterdir() if p.name.startswith(".")], "no partial file"


def test_ctrl_c_stops_cleanly_and_says_how_to_resume(tmp_path: Path) -> None:
    files = distinct_copies(tmp_path / "in", N_FILES, SOURCES)
    out = tmp_path / "out"
    cache = ResultCache(out)
    proc = _extract(files, out)
    _wait_for_results(cache, 2, proc)
    os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole group
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert "jalankan perintah yang sama lagi" in stderr
    assert "Traceback" not in stderr
    assert not (out / "documents.parquet").exists(), "no tables from a stopped run"
    # no worker of the stopped run is left behind
    time.sleep(0.5)
    leftover = subprocess.run(["pgrep", "-s", str(proc.pid)], capture_output=True, text=True)
    assert leftover.stdout.strip() == ""
