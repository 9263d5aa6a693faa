"""``--executor dask``: the same per-file task on a dask.distributed cluster."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from tests.batch.hostile import GOOD, NON_ASCII, many_pages, no_pages

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=False,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield str(cluster.scheduler_address)


def _extract(args: list[str]) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["extract", *args])
    return result.exit_code, result.output


def _documents(out: Path) -> dict[str, dict[str, object]]:
    rows = pq.read_table(out / "documents.parquet").to_pylist()
    return {Path(str(d["source_file"])).name: d for d in rows}


def test_dask_gives_the_same_tables_as_local_workers(tmp_path: Path, scheduler: str) -> None:
    folder = tmp_path / "masuk"
    folder.mkdir()
    (folder / NON_ASCII).write_bytes(GOOD.read_bytes())
    no_pages(folder / "tanpa halaman.pdf")
    summary = tmp_path / "summary.json"
    code, output = _extract(
        [str(folder), "--out", str(tmp_path / "dask"), "--executor", "dask",
         "--scheduler", scheduler, "--json-summary", str(summary)]
    )  # fmt: skip
    assert code == 1, output
    local_code, _ = _extract([str(folder), "--out", str(tmp_path / "local"), "--quiet"])
    assert local_code == 1
    on_dask, local = _documents(tmp_path / "dask"), _documents(tmp_path / "local")
    assert on_dask.keys() == local.keys() == {NON_ASCII, "tanpa halaman.pdf"}
    for name, row in on_dask.items():
        for column in ("document_id", "status", "error", "unit_kerja", "page_count"):
            assert row[column] == local[name][column], (name, column)
    assert on_dask["tanpa halaman.pdf"]["error"] == "PDF tanpa halaman"
    recs = pq.read_table(tmp_path / "dask" / "recommendations.parquet")
    assert recs.equals(pq.read_table(tmp_path / "local" / "recommendations.parquet"))
    figures = json.loads(summary.read_text(encoding="utf-8"))
    assert figures["executor"] == "dask"
    assert figures["processed"] == 2
    assert all(w.startswith("inproc://") or "127.0.0.1" in w
               for w in figures["peak_rss_mb_by_worker"])  # fmt: skip


def test_dask_keeps_the_per_file_timeout(tmp_path: Path, scheduler: str) -> None:
    big = many_pages(tmp_path / "tebal.pdf", pages=120)
    code, _ = _extract(
        [str(big), "--out", str(tmp_path / "out"), "--executor", "dask", "--scheduler",
         scheduler, "--timeout", "1", "--timeout-per-page", "0", "--quiet"]
    )  # fmt: skip
    assert code == 1
    [row] = _documents(tmp_path / "out").values()
    assert row["error"] == "melebihi batas waktu 1 s"


def test_dask_results_are_cached_like_local_ones(tmp_path: Path, scheduler: str) -> None:
    args = [str(GOOD), "--out", str(tmp_path / "out"), "--executor", "dask",
            "--scheduler", scheduler, "--json-summary", "-", "--quiet"]  # fmt: skip
    assert _extract(args)[0] == 0
    code, output = _extract(args)
    assert code == 0
    assert json.loads(output)["cached"] == 1


def test_an_unreachable_scheduler_is_a_usage_error(tmp_path: Path) -> None:
    code, output = _extract(
        [str(GOOD), "--out", str(tmp_path / "out"), "--executor", "dask",
         "--scheduler", "tcp://127.0.0.1:9"]
    )  # fmt: skip
    assert code == 2
    assert "tidak dapat dihubungi" in output


def test_dask_needs_a_scheduler_and_local_refuses_one(tmp_path: Path) -> None:
    out = ["--out", str(tmp_path / "out")]
    assert _extract([str(GOOD), *out, "--executor", "dask"])[0] == 2
    assert _extract([str(GOOD), *out, "--scheduler", "tcp://127.0.0.1:8786"])[0] == 2


@pytest.mark.filterwarnings("ignore:Port 8787 is already in use")
def test_dask_worker_processes_run_the_isolated_task_too(tmp_path: Path) -> None:
    # a Dask worker process is daemonic: the per-file worker is started all the same
    with distributed.LocalCluster(
        n_workers=1,
        threads_per_worker=1,
        processes=True,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        code, output = _extract(
            [str(GOOD), "--out", str(tmp_path / "out"), "--executor", "dask",
             "--scheduler", str(cluster.scheduler_address), "--json-summary", "-", "--quiet"]
        )  # fmt: skip
    assert code == 0, output
    [worker] = json.loads(output)["peak_rss_mb_by_worker"]
    assert " pid " in worker
