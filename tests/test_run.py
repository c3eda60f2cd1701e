"""``kwd run`` as cron runs it: real processes, a site on 127.0.0.1, an inbox, a config file."""

from __future__ import annotations

import json
import os
import re
import signal
import stat
import subprocess
import sys
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kewaspadaan_cli.report.aggregate import last_complete_week
from kewaspadaan_cli.run import due_weeks
from kewaspadaan_cli.schemas import TABLES
from kewaspadaan_cli.store import Store
from tests.unattended import (
    kill9,
    kwd,
    log_lines,
    make_inbox,
    rows,
    site,  # noqa: F401  (fixture)
    start,
    wait_for_line,
    write_config,
)

LOG_LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (DEBUG|INFO|WARNING|ERROR|CRITICAL) (\S+) (\S+) (.+)$")


def assert_no_duplicates(data: Path) -> None:
    for name, spec in TABLES.items():
        keys = [tuple(r[k] for k in spec.key) for r in rows(data, name)]
        assert len(keys) == len(set(keys)), f"duplicate keys in {name}"
    assert not (data / ".journal.json").exists()
    assert not list(data.glob("*/.*.tmp")) and not (data / ".tmp").exists()


def brief_keys(data: Path) -> list[tuple[date, str, str]]:
    return sorted((r["period_start"], r["lang"], r["scope"]) for r in rows(data, "briefs"))


@pytest.mark.slow
def test_run_twice_the_second_fetches_reads_and_writes_nothing_new(site, tmp_path: Path) -> None:  # noqa: F811
    make_inbox(tmp_path)
    write_config(tmp_path, site.base)
    first = kwd(tmp_path, "run", "--json")
    # the feed lists an index page: read once, named, and the run says some input was skipped
    assert first.returncode == 2, first.stderr
    assert f"kwd: fetch: {site.base}/indeks.html: a listing or index page, not an article" in first.stderr
    one = json.loads(first.stdout)
    assert one["steps"]["fetch"]["counts"]["new_articles"] >= 3
    assert one["steps"]["inbox"]["counts"]["files_read"] == len(rows(tmp_path / "data", "inbox_files"))
    assert one["steps"]["extract"]["counts"]["extracted"] == len(rows(tmp_path / "data", "articles"))
    week = last_complete_week()
    assert brief_keys(tmp_path / "data") == [(week.start, "en", ""), (week.start, "id", "")]
    briefs = sorted((tmp_path / "briefs").iterdir())
    assert [p.name for p in briefs] == [
        f"brief-{week.start}_{week.end}-{lang}.{fmt}" for lang in ("en", "id") for fmt in ("html", "md")
    ]
    mtimes = {p: p.stat().st_mtime_ns for p in briefs}
    pages_before = len(site.requests_for("/berita/")) + len(site.requests_for("/indeks"))
    tables_before = {name: sorted(map(str, (tmp_path / "data" / name).glob("*.parquet"))) for name in TABLES}

    second = kwd(tmp_path, "run", "--json")
    assert second.returncode == 0, second.stderr
    assert second.stderr == ""
    two = json.loads(second.stdout)
    assert two["exit_code"] == 0
    assert len(site.requests_for("/berita/")) + len(site.requests_for("/indeks")) == pages_before  # no page again
    assert two["steps"]["fetch"]["counts"]["new_articles"] == 0
    assert two["steps"]["inbox"]["counts"]["files_read"] == 0
    assert two["steps"]["inbox"]["counts"]["files_unchanged"] == one["steps"]["inbox"]["counts"]["files_read"]
    assert two["steps"]["extract"]["counts"]["extracted"] == 0
    assert two["steps"]["report"]["counts"]["briefs"] == 0
    assert {p: p.stat().st_mtime_ns for p in briefs} == mtimes
    tables_after = {name: sorted(map(str, (tmp_path / "data" / name).glob("*.parquet"))) for name in TABLES}
    changed = {name for name in TABLES if tables_after[name] != tables_before[name]}
    assert changed <= {"runs", "fetch_log"}  # the run's own record, and the feed asked again (304)

    runs = sorted(rows(tmp_path / "data", "runs"), key=lambda r: r["started"])
    assert [(r["command"], r["exit_code"]) for r in runs] == [("run", 2), ("run", 0)]
    assert [r["run_id"] for r in runs] == [one_id := json.loads(first.stdout)["run_id"], two["run_id"]]
    assert all(r["finished"] is not None and r["pid"] > 0 and r["host"] for r in runs)
    assert json.loads(runs[0]["counts"])["fetch"]["status"] == "partial"
    assert runs[0]["errors"] == [f"fetch: {site.base}/indeks.html: a listing or index page, not an article"]

    # the log: one line per event, each with time, level, command and run id; no progress bars
    lines = log_lines(tmp_path)
    parsed = [LOG_LINE.match(line) for line in lines]
    assert all(parsed), [line for line, m in zip(lines, parsed, strict=True) if not m]
    assert {m.group(2) for m in parsed if m} == {"run"}
    assert [m.group(3) for m in parsed if m and m.group(4).startswith("started run")] == [one_id, two["run_id"]]
    assert any(
        m.group(1) == "WARNING" and m.group(3) == one_id and "finished run: exit 2" in m.group(4) for m in parsed if m
    )
    assert any(m.group(3) == two["run_id"] and "finished run: exit 0" in m.group(4) for m in parsed if m)
    assert any(m.group(3) == one_id and m.group(4).startswith("wrote the brief of") for m in parsed if m)
    assert not any("\r" in line or "━" in line for line in lines)


@pytest.mark.slow
def test_inbox_files_are_known_by_path_size_mtime_then_content(tmp_path: Path) -> None:
    inbox = make_inbox(tmp_path)
    write_config(tmp_path, None)
    assert kwd(tmp_path, "run", "-q").returncode == 0
    one = inbox / "teks" / "a00001.txt"
    os.utime(one, ns=(time.time_ns(), time.time_ns() + 10**9))  # touched: same content
    (inbox / "copy-of-a00002.txt").write_bytes((inbox / "teks" / "a00002.txt").read_bytes())
    (inbox / "teks" / "a00003.txt").write_text(
        (inbox / "teks" / "a00003.txt").read_text(encoding="utf-8") + "\nTambahan paragraf dari redaksi daerah.\n",
        encoding="utf-8",
    )
    out = kwd(tmp_path, "run", "--json")
    assert out.returncode == 0, out.stderr
    counts = json.loads(out.stdout)["steps"]["inbox"]["counts"]
    assert (counts["files_same_content"], counts["files_read"]) == (2, 1)
    assert counts["new_articles"] + counts["near_duplicates"] == 1


@pytest.mark.slow
def test_kill_9_in_each_step_then_a_run_finishes(site, tmp_path: Path) -> None:  # noqa: F811
    regions = '["61", "62", "63", "64", "65"]'  # ten briefs: a report step long enough to be killed in
    ref, work = tmp_path / "ref", tmp_path / "work"
    for d in (ref, work):
        d.mkdir()
        make_inbox(d, repeats=1500)
        write_config(d, site.base, fetch__rate="4", report__regions=regions)
    out = kwd(ref, "run", "-q")
    assert out.returncode == 2, out.stderr  # the index page in the feed

    killed_in = []
    for marker in ("fetch: starting", "inbox: starting", "extract: starting", "report: starting"):
        before = len(log_lines(work))
        proc = start(work, "run", "-q")
        reached = wait_for_line(work, marker, proc)
        if reached:
            time.sleep(0.05)
            kill9(proc)
        else:
            proc.communicate(timeout=60)
        step = marker.split(":")[0]
        new = log_lines(work)[before:]
        killed_in.append((step, reached and not any(re.search(rf" {step} (ok|partial|failed) in ", x) for x in new)))
    # each step was cut in the middle (its end never logged)
    assert killed_in == [("fetch", True), ("inbox", True), ("extract", True), ("report", True)], killed_in
    assert os.path.exists(work / "data" / ".lock.info")  # the last holder never cleared it

    out = kwd(work, "run", "--json")
    assert out.returncode in (0, 2), out.stderr
    assert "took over a stale lock" in "\n".join(log_lines(work))
    for d in (ref, work):
        assert_no_duplicates(d / "data")
    for table, key in (("articles", "article_id"), ("article_labels", "article_id"), ("mentions", "article_id")):
        assert sorted(r[key] for r in rows(work / "data", table)) == sorted(r[key] for r in rows(ref / "data", table))
    assert brief_keys(work / "data") == brief_keys(ref / "data")
    assert len(brief_keys(work / "data")) == 10  # the last closed week: five provinces, id and en
    runs = sorted(rows(work / "data", "runs"), key=lambda r: r["started"])
    assert [r["finished"] is None for r in runs] == [True, True, True, True, False]
    assert runs[-1]["exit_code"] == out.returncode
    assert not (work / "data" / ".lock.info").exists()
    assert not [p for p in (work / "briefs").iterdir() if p.name.endswith(".tmp")]


@pytest.mark.slow
def test_two_runs_at_once(site, tmp_path: Path) -> None:  # noqa: F811
    make_inbox(tmp_path)
    write_config(tmp_path, site.base)
    a, b = start(tmp_path, "run", "--json"), start(tmp_path, "run", "--json")
    (out_a, err_a), (out_b, err_b) = a.communicate(timeout=300), b.communicate(timeout=300)
    assert sorted([a.returncode, b.returncode]) == [0, 2], (err_a, err_b)
    waited = [e for e in (err_a, err_b) if "is locked by another kwd process; waiting up to 600 s" in e]
    assert len(waited) == 1
    later = json.loads(out_a if waited[0] is err_a else out_b)
    assert later["steps"]["extract"]["counts"]["extracted"] == 0 and later["steps"]["report"]["counts"]["briefs"] == 0
    assert_no_duplicates(tmp_path / "data")
    assert len(brief_keys(tmp_path / "data")) == 2
    assert [r["finished"] is not None for r in rows(tmp_path / "data", "runs")] == [True, True]

    # a third while another process holds the lock, with a short --lock-timeout: exit 4, nothing recorded
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(tmp_path / "data")], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        out = kwd(tmp_path, "run", "--lock-timeout", "0.2")
        assert out.returncode == 4
        assert out.stderr.splitlines()[-1] == (
            f"kwd: error: data directory {tmp_path / 'data'} is still locked by another kwd process after 0.2 s; "
            "try again later or raise --lock-timeout"
        )
    finally:
        holder.kill()
        holder.communicate()
    assert len(rows(tmp_path / "data", "runs")) == 2


HOLD = """
import sys, time
from kewaspadaan_cli.store import Store
store = Store(sys.argv[1])
store.open()
print("held", flush=True)
time.sleep(120)
"""


@pytest.mark.slow
def test_a_stale_lock_is_taken_over_with_a_warning(tmp_path: Path) -> None:
    make_inbox(tmp_path, repeats=1500)
    write_config(tmp_path, None)
    proc = start(tmp_path, "run", "-q")
    assert wait_for_line(tmp_path, "inbox: starting", proc)
    dead = proc.pid
    kill9(proc)
    info = json.loads((tmp_path / "data" / ".lock.info").read_text())
    assert info["pid"] == dead and info["command"] == "run"
    status = kwd(tmp_path, "status", "--json")
    assert status.returncode == 5
    st = json.loads(status.stdout)
    assert st["lock"]["pid"] == dead and st["lock"]["stale"] is True
    assert any(p.startswith(f"stale lock: pid {dead} on ") for p in st["problems"])

    out = kwd(tmp_path, "run", "-q")
    assert out.returncode == 0, out.stderr
    warnings = [x for x in log_lines(tmp_path) if " WARNING run " in x and "took over a stale lock" in x]
    assert len(warnings) == 1 and f"its holder pid {dead} on " in warnings[0]
    st = json.loads(kwd(tmp_path, "status", "--json").stdout)
    assert st["lock"] is None


@pytest.mark.slow
@pytest.mark.parametrize("workers", [None, "2"], ids=["in-process", "pool"])
def test_sigterm_ends_the_run_recorded_and_unlocked(tmp_path: Path, workers: str | None) -> None:
    make_inbox(tmp_path, repeats=1500)
    write_config(tmp_path, None, workers=workers)
    proc = start(tmp_path, "run", "-q")
    assert wait_for_line(tmp_path, "extract: starting", proc)
    if workers:  # the stop must reach the run while its pool's workers are extracting
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        deadline = time.monotonic() + 60
        while not children.read_text().split() and time.monotonic() < deadline:
            time.sleep(0.01)
        assert children.read_text().split(), "no pool worker started"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert err.splitlines() == [  # one line: no worker's or lost handler's traceback beside it
        "kwd: error: interrupted; nothing half-written was kept, run the command again to finish"
    ]
    (row,) = rows(tmp_path / "data", "runs")
    assert (row["exit_code"], row["errors"]) == (130, ["interrupted"]) and row["finished"] is not None
    assert not (tmp_path / "data" / ".lock.info").exists()
    assert any("WARNING run " in x and "finished run: exit 130" in x for x in log_lines(tmp_path))
    out = kwd(tmp_path, "run", "--json")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["steps"]["extract"]["counts"]["extracted"] > 0
    assert_no_duplicates(tmp_path / "data")


@pytest.mark.slow
def test_a_brief_is_written_exactly_once_per_closed_week(tmp_path: Path) -> None:
    make_inbox(tmp_path)
    write_config(tmp_path, None, report__lang='["id"]', report__formats='["md"]')
    latest = last_complete_week().start
    old = latest - timedelta(weeks=3)
    with Store(tmp_path / "data") as store:  # a brief written three weeks before the last closed week
        store.append(
            "briefs",
            [
                {
                    "period_start": old,
                    "period_end": old + timedelta(days=6),
                    "lang": "id",
                    "scope": "",
                    "paths": [],
                    "run_id": "earlier",
                    "written_at": datetime.now(UTC),
                }
            ],
        )
    out = kwd(tmp_path, "run", "--json")
    assert out.returncode == 0, out.stderr
    weeks = [latest - timedelta(weeks=n) for n in (2, 1, 0)]
    assert json.loads(out.stdout)["steps"]["report"]["counts"]["briefs"] == 3
    assert brief_keys(tmp_path / "data") == [(d, "id", "") for d in [old, *weeks]]
    assert sorted(p.name for p in (tmp_path / "briefs").iterdir()) == [
        f"brief-{d}_{d + timedelta(days=6)}-id.md" for d in weeks
    ]
    for _ in range(2):
        out = kwd(tmp_path, "run", "--json")
        assert json.loads(out.stdout)["steps"]["report"]["counts"]["briefs"] == 0
    assert len(brief_keys(tmp_path / "data")) == 4


def test_due_weeks() -> None:
    monday = date(2024, 12, 9)
    assert due_weeks(None, monday) == [date(2024, 12, 2)]
    assert due_weeks(None, date(2024, 12, 8)) == [date(2024, 11, 25)]  # Sunday: its week is not closed
    assert due_weeks(date(2024, 11, 18), monday) == [date(2024, 11, 25), date(2024, 12, 2)]
    assert due_weeks(date(2024, 12, 2), monday) == []
    assert due_weeks(date(2024, 12, 2), date(2024, 12, 15)) == []
    assert due_weeks(date(2024, 12, 2), date(2024, 12, 16)) == [date(2024, 12, 9)]


@pytest.mark.slow
def test_files_honour_the_umask_and_the_setgid_group(tmp_path: Path) -> None:
    groups = os.getgroups()
    other = next((g for g in ([100] if os.geteuid() == 0 else groups) if g != os.getegid()), None)
    if other is None:
        pytest.skip("needs root or a second group to give the data directory a group of its own")
    make_inbox(tmp_path)
    write_config(tmp_path, None, umask='"0027"')
    data = tmp_path / "data"
    data.mkdir()
    os.chown(data, -1, other)
    os.chmod(data, 0o2770)
    out = kwd(tmp_path, "run", "-q")
    assert out.returncode == 0, out.stderr
    for root, dirs, files in os.walk(data):
        for name in dirs + files:
            st = os.stat(os.path.join(root, name))
            assert st.st_gid == other, (name, st.st_gid)
            assert st.st_mode & 0o027 == 0, (name, oct(st.st_mode))
            if stat.S_ISDIR(st.st_mode):
                assert st.st_mode & stat.S_ISGID, name  # keeps passing the group down
    for p in [*(tmp_path / "briefs").iterdir(), tmp_path / "log" / "kwd.log"]:
        assert p.stat().st_mode & 0o027 == 0, (p, oct(p.stat().st_mode))
