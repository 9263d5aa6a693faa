"""The ``extract`` options of the batch runner: progress, summary, quiet, usage errors."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner
from rich.console import Console

from pipeline.batch import BatchSettings, run_batch
from pipeline.cli import cli
from pipeline.inputs import collect_inputs
from pipeline.progress import BatchProgress, choose_mode, summary_rows
from tests.batch.hostile import GOOD, OTHER


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    inputs = tmp_path / "masuk"
    inputs.mkdir()
    shutil.copy(GOOD, inputs / "a.pdf")
    shutil.copy(GOOD, inputs / "b sama.pdf")
    shutil.copy(OTHER, inputs / "c.pdf")
    (inputs / "d.pdf").write_bytes(b"")
    return inputs


def _extract(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.output


def test_a_line_per_file_when_not_on_a_terminal(folder: Path, tmp_path: Path) -> None:
    code, output = _extract(str(folder), "--out", str(tmp_path / "out"), "--workers", "1")
    assert code == 1
    lines = [line.strip() for line in output.splitlines()]
    assert f"ok  {folder / 'a.pdf'}" in lines
    assert f"failed  {folder / 'd.pdf'}" in lines
    assert f"ok  {folder / 'b sama.pdf'} (duplikat dari {folder / 'a.pdf'})" in lines
    assert "rencana-aksi: ringkasan" in output
    assert f"failed {folder / 'd.pdf'}: berkas kosong (0 byte)" in output
    _, again = _extract(str(folder), "--out", str(tmp_path / "out"), "--workers", "1")
    assert f"ok  {folder / 'c.pdf'} (dari cache)" in [line.strip() for line in again.splitlines()]


def test_quiet_prints_nothing_and_the_json_summary_goes_to_stdout(
    folder: Path, tmp_path: Path
) -> None:
    args = [str(folder), "--out", str(tmp_path / "out"), "--quiet", "--workers", "2"]
    code, output = _extract(*args, "--json-summary", "-")
    assert code == 1
    figures = json.loads(output)
    assert figures["files"] == 4
    assert (figures["processed"], figures["duplicates"], figures["failed"]) == (3, 1, 1)
    assert figures["workers"] == 2 and figures["executor"] == "local"
    assert len(figures["peak_rss_mb_by_worker"]) in (1, 2)
    code, output = _extract(*args)
    assert (code, output) == (1, "")


def test_the_progress_bar_on_a_terminal(folder: Path, tmp_path: Path) -> None:
    sink = io.StringIO()
    console = Console(file=sink, force_terminal=True, width=120)
    assert choose_mode(console, quiet=False) == "bar"
    assert choose_mode(console, quiet=True) == "none"
    files = collect_inputs([str(folder)])
    with BatchProgress(console, "bar") as progress:
        run_batch(files, tmp_path / "out", BatchSettings(workers=0),
                  on_hashed=progress.start, on_entry=progress.update)  # fmt: skip
    shown = sink.getvalue()
    assert "4/4" in shown
    assert "hlm/s" in shown
    assert "gagal: 1" in shown


def test_summary_rows(folder: Path, tmp_path: Path) -> None:
    batch = run_batch(collect_inputs([str(folder)]), tmp_path / "out", BatchSettings(workers=0))
    rows = dict(summary_rows(batch))
    assert rows["berkas"] == "4"
    assert (rows["ok"], rows["failed"], rows["duplikat"]) == ("3", "1", "1")


@pytest.mark.parametrize(
    "args",
    [
        ["--workers", "-1"],
        ["--timeout", "0"],
        ["--memory-mb", "-5"],
        ["--executor", "spark"],
    ],
)
def test_bad_options_are_usage_errors(tmp_path: Path, args: list[str]) -> None:
    assert _extract(str(GOOD), "--out", str(tmp_path / "out"), *args)[0] == 2


def test_help_lists_the_batch_options() -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    options = "--workers --timeout --timeout-per-page --memory-mb --force --dataset --executor"
    for option in [*options.split(), "--scheduler", "--json-summary", "--quiet"]:
        assert option in result.output, option
