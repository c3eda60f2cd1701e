"""``kwd status``: is the unattended ``kwd run`` healthy? What ran, what waits, what fails.

Reads only (no lock): the ``runs``, ``articles``, ``article_labels``, ``fetch_log`` and ``briefs``
tables and the lock holder's record. ``problems`` lists what needs attention; the CLI exits 5
when it is not empty, so a monitor can call it.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from kewaspadaan_cli import lockinfo
from kewaspadaan_cli.errors import KwdError
from kewaspadaan_cli.runs import read_runs
from kewaspadaan_cli.store import read_table

SOURCE_FAILING_FOR = timedelta(hours=24)
WAITING_RUNS = 2
OK_EXITS = (0, 2)  # 2: finished, some inputs skipped (each named in the run's errors): not a failure


def _run(row: dict[str, Any] | None) -> dict[str, Any] | None:
    if row is None:
        return None
    took = (row["finished"] - row["started"]).total_seconds() if row["finished"] else None
    return {
        "run_id": row["run_id"],
        "command": row["command"],
        "started": row["started"],
        "finished": row["finished"],
        "seconds": round(took, 1) if took is not None else None,
        "exit_code": row["exit_code"],
        "errors": len(row["errors"] or []),
    }


def _left_waiting(run: dict[str, Any]) -> bool:
    """Did this ``kwd run`` end with articles still waiting (some failed, or the step failed)?"""
    step = run["counts"].get("extract") or {}
    return step.get("status") == "failed" or step.get("unextracted", 0) > 0


def unextracted(data_dir: Path) -> int:
    """Articles without extraction results from the current lexicons and code (as ``kwd extract`` decides)."""
    from kewaspadaan_cli.extract.pipeline import EXTRACTOR_VERSION, current_digest

    digest = current_digest()
    labels = read_table(data_dir, "article_labels", ["article_id", "lexicon_digest", "extractor_version"])
    current = {
        a
        for a, d, v in zip(*(labels.column(i).to_pylist() for i in range(3)), strict=True)
        if d == digest and v == EXTRACTOR_VERSION
    }
    ids = read_table(data_dir, "articles", ["article_id"]).column(0).to_pylist()
    return sum(1 for a in ids if a not in current)


def dir_size(path: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(path):
        for f in files:
            try:
                total += os.lstat(os.path.join(root, f)).st_size
            except OSError:
                pass
    return total


def status(data_dir: Path, now: datetime | None = None) -> dict[str, Any]:
    """Every figure ``kwd status`` shows, and ``problems``: what needs attention."""
    from kewaspadaan_cli.fetch.pipeline import source_health

    data_dir = Path(data_dir)
    now = now or datetime.now(UTC)
    problems: list[str] = []
    runs = read_runs(data_dir) if data_dir.is_dir() else []
    holder = lockinfo.read(data_dir)

    last = runs[-1] if runs else None
    running = (
        last is not None
        and last["finished"] is None
        and holder is not None
        and holder.get("alive") is not False
        and holder.get("run_id") == last["run_id"]
    )
    done = runs[:-1] if running else runs
    last_done = done[-1] if done else None
    last_ok = next((r for r in reversed(runs) if r["exit_code"] == 0 and r["finished"] is not None), None)
    if last_done is not None and last_done["finished"] is None:
        problems.append(f"the last run ({last_done['command']}, {last_done['run_id']}) never finished: killed?")
    elif last_done is not None and last_done["exit_code"] not in OK_EXITS:
        problems.append(f"the last run ({last_done['command']}) ended with exit code {last_done['exit_code']}")

    lock: dict[str, Any] | None = None
    if holder is not None:
        lock = {k: holder.get(k) for k in ("pid", "host", "user", "since", "command", "run_id")}
        lock["stale"] = holder.get("alive") is False
        if lock["stale"]:
            problems.append(f"stale lock: pid {holder['pid']} on {holder['host']} is gone (since {holder['since']})")

    articles = read_table(data_dir, "articles", ["ingested_at", "published"]).to_pylist() if data_dir.is_dir() else []
    week_ago = now - timedelta(days=7)
    recent = sum(1 for a in articles if a["ingested_at"] and a["ingested_at"] >= week_ago)
    waiting: int | None = 0
    if articles:
        try:
            waiting = unextracted(data_dir)
        except KwdError as exc:  # the lexicons cannot be loaded: nothing can be extracted
            waiting = None
            problems.append(f"cannot tell which articles wait for extraction: {exc.message}")
    cycles = [r for r in runs if r["command"] == "run" and r["finished"] is not None]
    if waiting != 0 and len(cycles) >= WAITING_RUNS and all(_left_waiting(r) for r in cycles[-WAITING_RUNS:]):
        how_many = waiting if waiting is not None else "some"
        problems.append(f"{how_many} article(s) still wait for extraction after {WAITING_RUNS} runs")

    failing = []
    for h in source_health(data_dir) if data_dir.is_dir() else []:
        if h["failing_since"] is None:
            continue
        failing.append({"host": h["host"], "since": h["failing_since"], "last_error": h["last_error"]})
        if now - h["failing_since"] > SOURCE_FAILING_FOR:
            problems.append(f"source {h['host']} failing since {h['failing_since']:%Y-%m-%d %H:%M} UTC")

    briefs = read_table(data_dir, "briefs").to_pylist() if data_dir.is_dir() else []
    last_brief = max(briefs, key=lambda b: (b["written_at"], b["period_start"]), default=None)

    return {
        "data_dir": str(data_dir),
        "healthy": not problems,
        "problems": problems,
        "last_run": _run(last_done),
        "running": _run(last) if running else None,
        "last_success": _run(last_ok),
        "articles": {"total": len(articles), "last_7_days": recent},
        "unextracted": waiting,
        "failing_sources": failing,
        "last_brief": None
        if last_brief is None
        else {
            "period_start": last_brief["period_start"],
            "period_end": last_brief["period_end"],
            "lang": last_brief["lang"],
            "scope": last_brief["scope"] or None,
            "paths": last_brief["paths"],
            "written_at": last_brief["written_at"],
        },
        "lock": lock,
        "size_bytes": dir_size(data_dir) if data_dir.is_dir() else 0,
    }
