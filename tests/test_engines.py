"""The engines: a local process pool and a Dask cluster give the same rows as one process.

Real processes throughout: a ``LocalCluster``, and a scheduler and two workers started as separate
``dask`` processes on 127.0.0.1, one of them killed while it holds a batch.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pytest

from kewaspadaan_cli.engines import EngineSettings, InProcess, LocalPool, open_engine
from kewaspadaan_cli.errors import EngineError, UsageError
from kewaspadaan_cli.store import read_table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
from corpus import articles, html_page  # noqa: E402

KWD = [sys.executable, "-m", "kewaspadaan_cli"]
VOLATILE = {"ingested_at", "extracted_at"}


def square(batch: pa.RecordBatch, k: int) -> list[int]:
    return [x * x + k for x in batch.column("x").to_pylist()]


def slow_square(batch: pa.RecordBatch, k: int) -> list[int]:
    time.sleep(0.05 * (batch.column("x")[0].as_py() % 3))  # completes out of order
    return square(batch, k)


def _batches(n: int) -> list[pa.RecordBatch]:
    return [pa.RecordBatch.from_pydict({"x": [i, i + 1]}) for i in range(0, 2 * n, 2)]


def _corpus(folder: Path, n: int, html_every: int = 0) -> Path:
    folder.mkdir(parents=True)
    for i, g in enumerate(articles(n, seed=5)):
        if html_every and i % html_every == 0:
            (folder / f"{g.name}.html").write_text(html_page(g), encoding="utf-8")
        else:
            (folder / f"{g.name}.txt").write_text(g.text, encoding="utf-8")
    return folder


def _kwd(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    res = subprocess.run([*KWD, *args], capture_output=True, text=True, check=False, timeout=600)
    if check and res.returncode not in (0,):
        raise AssertionError(f"kwd {' '.join(args)} exited {res.returncode}: {res.stderr}")
    return res


def _rows(data: Path, name: str) -> list[tuple]:
    t = read_table(data, name)
    cols = [c for c in t.column_names if c not in VOLATILE]
    rows = t.select(cols).to_pylist()
    return sorted(tuple(json.dumps(r[c], default=str, sort_keys=True) for c in cols) for r in rows)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_settings_refuse_unknown_engine_and_scheduler_without_dask() -> None:
    with pytest.raises(UsageError, match="not one of local, dask"):
        EngineSettings(engine="spark").validate()
    with pytest.raises(UsageError, match="--scheduler needs --engine dask"):
        EngineSettings(scheduler="tcp://127.0.0.1:8786").validate()


def test_local_pool_keeps_input_order_when_asked() -> None:
    batches = _batches(12)
    with InProcess() as one:
        expected = [r for _, r in one.map(square, batches, 1)]
    with LocalPool(2, window=3) as pool:
        got = [r for _, r in pool.map(slow_square, batches, 1, ordered=True)]
        assert pool.stats.batches == 12
    assert got == expected


def test_open_engine_picks_in_process_for_one_worker() -> None:
    with open_engine(EngineSettings(workers=1)) as runner:
        assert isinstance(runner, InProcess)


@pytest.mark.slow
def test_local_pool_workers_end_with_their_parent(tmp_path: Path) -> None:
    """kill -9 of the process that owns the pool leaves no worker behind."""
    script = (
        "import os, sys, time\n"
        "from kewaspadaan_cli.engines import LocalPool\n"
        "pool = LocalPool(2)\n"
        "pids = list(pool.pool.submit(os.getpid).result() for _ in range(4))\n"
        "print(' '.join(str(p) for p in pool.pool._processes), flush=True)\n"
        "time.sleep(60)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    with proc.stdout:
        workers = [int(p) for p in proc.stdout.readline().split()]
    assert len(workers) == 2
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    deadline = time.monotonic() + 10
    alive = workers
    while alive and time.monotonic() < deadline:
        time.sleep(0.2)
        alive = [p for p in workers if _alive(p)]
    assert not alive, f"pool workers {alive} outlived their parent"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie waiting for its (gone) parent's reaper counts as ended
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(") ")[1][0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
def test_ingest_with_workers_stores_the_same_rows_as_one_process(tmp_path: Path) -> None:
    src = _corpus(tmp_path / "in", 120, html_every=4)
    (src / "kosong.txt").write_text("")
    one, two = tmp_path / "one", tmp_path / "two"
    a = _kwd("ingest", str(src), "--data-dir", str(one), "--quiet", check=False)
    b = _kwd("ingest", str(src), "--data-dir", str(two), "--quiet", "--workers", "2", "--json", check=False)
    assert a.returncode == b.returncode == 2  # the empty file is named and skipped by both
    assert "kosong.txt" in b.stderr
    assert json.loads(b.stdout)["engine"]["workers"] == 2
    for table in ("articles", "article_sources"):
        assert _rows(one, table) == _rows(two, table)
    assert len(_rows(two, "articles")) >= 100


@pytest.mark.slow
def test_dask_local_cluster_matches_the_local_engine(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    src = _corpus(tmp_path / "in", 80, html_every=5)
    local, dask = tmp_path / "local", tmp_path / "dask"
    _kwd("ingest", str(src), "--data-dir", str(local), "--quiet")
    res = _kwd("ingest", str(src), "--data-dir", str(dask), "--quiet", "--engine", "dask", "--workers", "2", "--json")
    assert json.loads(res.stdout)["engine"]["engine"] == "dask"
    _kwd("extract", "--data-dir", str(local), "--quiet")
    res = _kwd("extract", "--data-dir", str(dask), "--engine", "dask", "--workers", "2", "--json")
    summary = json.loads(res.stdout)
    assert summary["extracted"] == summary["articles"] > 0
    for table in ("articles", "mentions", "officials", "meetings", "quotes", "article_labels"):
        assert _rows(local, table) == _rows(dask, table), table


@pytest.mark.slow
def test_unreachable_scheduler_is_one_line_and_exit_1(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    src = _corpus(tmp_path / "in", 3)
    port = _free_port()  # nobody listens there
    data = tmp_path / "data"
    res = _kwd(
        "ingest",
        str(src),
        "--data-dir",
        str(data),
        "--engine",
        "dask",
        "--scheduler",
        f"tcp://127.0.0.1:{port}",
        check=False,
    )
    assert res.returncode == 1
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kwd: error: cannot reach the Dask scheduler at tcp://127.0.0.1:")
    assert not (data / "articles").exists() or not any((data / "articles").glob("*.parquet"))


def test_open_engine_names_an_unreachable_scheduler() -> None:
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    settings = EngineSettings(engine="dask", scheduler=f"tcp://127.0.0.1:{_free_port()}", connect_timeout=2)
    with pytest.raises(EngineError, match="cannot reach the Dask scheduler"):
        open_engine(settings)


@pytest.mark.slow
def test_separate_scheduler_and_workers_survive_a_worker_killed_mid_run(tmp_path: Path) -> None:
    """A scheduler and two workers as their own processes; one worker is killed while it holds a
    batch: the batch runs again elsewhere, the rows equal the local engine's, the counts say so."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    from distributed import Client

    dask_bin = shutil.which("dask", path=str(Path(sys.executable).parent)) or shutil.which("dask")
    assert dask_bin, "the dask command comes with the dask extra"
    src = _corpus(tmp_path / "in", 900)
    local, cluster = tmp_path / "local", tmp_path / "cluster"
    _kwd("ingest", str(src), "--data-dir", str(local), "--quiet")
    _kwd("ingest", str(src), "--data-dir", str(cluster), "--quiet")
    _kwd("extract", "--data-dir", str(local), "--quiet")

    port = _free_port()
    address = f"tcp://127.0.0.1:{port}"
    procs = [
        subprocess.Popen(
            [
                dask_bin,
                "scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--dashboard-address",
                ":0",
                "--no-show",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    ]
    try:
        workers = [
            subprocess.Popen(
                [dask_bin, "worker", address, "--no-nanny", "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard"],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for _ in range(2)
        ]
        procs += workers
        with Client(address, timeout=30) as watcher:
            watcher.wait_for_workers(2, timeout=60)
            pids = watcher.run(os.getpid)
            run = subprocess.Popen(
                [*KWD, "extract", "--data-dir", str(cluster), "--engine", "dask", "--scheduler", address, "--json"],
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
            )
            killed = None
            deadline = time.monotonic() + 120
            while killed is None and time.monotonic() < deadline and run.poll() is None:
                busy = {w: tasks for w, tasks in watcher.processing().items() if tasks}
                for addr in busy:
                    pid = pids.get(addr)
                    victim = next((w for w in workers if w.pid == pid), None)
                    if victim is not None:
                        victim.kill()
                        killed = victim
                        break
                time.sleep(0.05)
            out, errs = run.communicate(timeout=600)
        assert killed is not None, "no worker was seen holding a batch"
        assert run.returncode == 0, errs
        summary = json.loads(out)
        assert summary["engine"]["retried"] >= 1
        assert summary["extracted"] == summary["articles"] >= 800
        for table in ("mentions", "officials", "meetings", "quotes", "article_labels"):
            assert _rows(local, table) == _rows(cluster, table), table
    finally:
        for p in procs:
            p.kill()
            p.wait()


@pytest.mark.slow
def test_ingest_with_workers_skips_a_bad_record_and_keeps_the_rest(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    good = [g.text for g in articles(3, seed=11)]
    lines = [json.dumps({"title": "Baik", "text": t}) for t in good]
    lines.insert(1, '{"title": "Rusak", "text": "' + "Teks " * 40 + '\\ud800"}')
    (src / "ekspor.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data = tmp_path / "data"
    res = _kwd("ingest", str(src), "--data-dir", str(data), "--workers", "2", "--json", check=False)
    assert res.returncode == 2
    assert "ekspor.jsonl:2" in res.stderr and "lone surrogate" in res.stderr
    assert json.loads(res.stdout)["new_articles"] == 3
