"""``kwd status``: its fields and its exit codes (0 healthy, 5 needs attention), from real runs."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from kewaspadaan_cli.report.aggregate import last_complete_week
from kewaspadaan_cli.store import Store
from tests.test_run import HOLD
from tests.unattended import kwd, make_inbox, write_config


def status(tmp: Path) -> tuple[int, dict]:
    out = kwd(tmp, "status", "--json")
    assert out.returncode in (0, 5), out.stderr
    return out.returncode, json.loads(out.stdout)


@pytest.mark.slow
def test_fields_after_a_run_and_healthy(tmp_path: Path) -> None:
    make_inbox(tmp_path)
    write_config(tmp_path, None)
    code, st = status(tmp_path)  # nothing ran yet: nothing wrong either
    assert code == 0 and st["last_run"] is None and st["articles"] == {"total": 0, "last_7_days": 0}

    run = kwd(tmp_path, "run", "--json")
    assert run.returncode == 0, run.stderr
    run_id = json.loads(run.stdout)["run_id"]
    code, st = status(tmp_path)
    assert code == 0, st["problems"]
    assert st["healthy"] is True and st["problems"] == []
    assert st["last_run"]["run_id"] == run_id and st["last_run"]["exit_code"] == 0
    assert st["last_run"]["started"] < st["last_run"]["finished"]
    assert st["last_success"]["run_id"] == run_id
    n = json.loads(run.stdout)["steps"]["extract"]["counts"]["articles"]
    assert st["articles"] == {"total": n, "last_7_days": n} and n > 30
    assert st["unextracted"] == 0
    assert st["failing_sources"] == []
    week = last_complete_week()
    assert st["last_brief"]["period_start"] == str(week.start) and st["last_brief"]["lang"] in ("id", "en")
    assert st["lock"] is None
    assert st["size_bytes"] > 10_000

    text = kwd(tmp_path, "status")
    assert text.returncode == 0
    assert f"last run: run {run_id} started " in text.stdout
    assert "lock: free" in text.stdout and text.stdout.rstrip().endswith("healthy")


@pytest.mark.slow
def test_a_failed_last_run_needs_attention(tmp_path: Path) -> None:
    write_config(tmp_path, None)
    out = kwd(tmp_path, "ingest", "missing-folder")
    assert out.returncode == 1
    code, st = status(tmp_path)
    assert code == 5
    assert st["last_run"]["exit_code"] == 1 and st["last_success"] is None
    assert st["problems"] == ["the last run (ingest) ended with exit code 1"]


@pytest.mark.slow
def test_a_source_failing_for_more_than_a_day_needs_attention(tmp_path: Path) -> None:
    write_config(tmp_path, None)
    now = datetime.now(UTC)

    def failure(host: str, hours: float) -> dict:
        return {
            "url": f"https://{host}/feed",
            "host": host,
            "status": None,
            "bytes": None,
            "duration": 0.1,
            "error": "connection refused",
            "time": now - timedelta(hours=hours),
            "kind": "feed",
            "etag": None,
            "last_modified": None,
        }

    with Store(tmp_path / "data") as store:
        store.append("fetch_log", [failure("baru.example", 2)])
    code, st = status(tmp_path)
    assert code == 0  # failing for two hours: shown, not yet an alarm
    assert [f["host"] for f in st["failing_sources"]] == ["baru.example"]
    assert st["failing_sources"][0]["last_error"] == "https://baru.example/feed: connection refused"

    with Store(tmp_path / "data") as store:
        store.append("fetch_log", [failure("lama.example", 30), failure("lama.example", 1)])
    code, st = status(tmp_path)
    assert code == 5
    since = datetime.fromisoformat(next(f["since"] for f in st["failing_sources"] if f["host"] == "lama.example"))
    assert abs((now - since) - timedelta(hours=30)) < timedelta(minutes=1)
    assert len(st["problems"]) == 1 and st["problems"][0].startswith("source lama.example failing since ")


@pytest.mark.slow
def test_articles_waiting_longer_than_two_runs_need_attention(tmp_path: Path) -> None:
    make_inbox(tmp_path)
    write_config(tmp_path, None, lexicon_dir='"missing-lexicons"')  # extraction cannot run
    for _ in range(2):
        out = kwd(tmp_path, "run", "-q")
        assert out.returncode == 2 and "user lexicon directory" in out.stderr
    code, st = status(tmp_path)
    assert code == 5
    assert "still wait for extraction after 2 runs" in " ".join(st["problems"])
    assert st["last_run"]["exit_code"] == 2  # some steps failed, the run finished: not itself an alarm


@pytest.mark.slow
def test_a_stale_lock_and_a_running_holder(tmp_path: Path) -> None:
    write_config(tmp_path, None)
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / "data")], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    code, st = status(tmp_path)
    assert code == 0 and st["lock"]["pid"] == proc.pid and st["lock"]["stale"] is False
    assert "lock: held by pid" in kwd(tmp_path, "status").stdout
    proc.kill()
    proc.communicate()
    code, st = status(tmp_path)
    assert code == 5 and st["lock"]["stale"] is True
    assert st["problems"] == [
        f"stale lock: pid {proc.pid} on {st['lock']['host']} is gone (since {st['lock']['since']})"
    ]
