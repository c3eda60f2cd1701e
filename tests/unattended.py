"""Shared by the tests of ``kwd run``, ``kwd status`` and the configuration: a real ``kwd``
process, a site on 127.0.0.1 (tests/fetch/conftest.py's server), an inbox and a config file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kewaspadaan_cli.store import read_table
from tests.conftest import ROOT
from tests.fetch.conftest import Server, serving

ARTICLES = ROOT / "data" / "articles"


def env_for(tmp: Path, **extra: str) -> dict[str, str]:
    """The environment of a kwd process: no KWD_* of the caller's, a HOME of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("KWD_")}
    env["HOME"] = str(tmp / "home")
    env.update(extra)
    return env


def kwd_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kewaspadaan_cli", *args]


def kwd(tmp: Path, *args: str, env: dict[str, str] | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        kwd_cmd(*args), cwd=tmp, env=env or env_for(tmp), capture_output=True, text=True, timeout=timeout
    )


def start(tmp: Path, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        kwd_cmd(*args), cwd=tmp, env=env or env_for(tmp), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def write_config(tmp: Path, base: str | None, **over: Any) -> Path:
    """A kwd.toml in ``tmp``: data, an inbox, the site's feed as the sources, a log file."""
    if base is not None:
        (tmp / "sources.toml").write_text(f'[[source]]\nname = "Kabar Daerah"\nfeed = "{base}/feed.xml"\n')
    lines = {
        "data_dir": '"data"',
        "inbox": '["inbox"]',
        "sources": '"sources.toml"' if base is not None else None,
        "log_file": '"log/kwd.log"',
        "umask": '"0007"',
    }
    report = {"out": '"briefs"', "lang": '["id", "en"]'}
    fetch = {"rate": "20", "timeout": "5"}
    for key, value in over.items():
        section, _, name = key.rpartition("__")
        target = {"": lines, "report": report, "fetch": fetch}[section]
        target[name] = value
    text = "".join(f"{k} = {v}\n" for k, v in lines.items() if v is not None)
    text += "[fetch]\n" + "".join(f"{k} = {v}\n" for k, v in fetch.items() if v is not None)
    text += "[report]\n" + "".join(f"{k} = {v}\n" for k, v in report.items() if v is not None)
    path = tmp / "kwd.toml"
    path.write_text(text)
    return path


def make_inbox(tmp: Path, repeats: int = 0) -> Path:
    """The demo articles (text, HTML, JSONL); ``repeats`` lines of one article in a JSONL export
    make the inbox step last long enough to be killed in the middle."""
    inbox = tmp / "inbox"
    shutil.copytree(ARTICLES, inbox)
    if repeats:
        text = (ARTICLES / "teks" / "a00000.txt").read_text(encoding="utf-8")
        line = json.dumps({"title": "Ulang", "text": text}, ensure_ascii=False) + "\n"
        (inbox / "ekspor-ulang.jsonl").write_text(line * repeats, encoding="utf-8")
    return inbox


def rows(data_dir: Path, table: str) -> list[dict[str, Any]]:
    """A table's committed rows, as any reader sees them."""
    return read_table(data_dir, table).to_pylist() if data_dir.is_dir() else []


def log_lines(tmp: Path) -> list[str]:
    path = tmp / "log" / "kwd.log"
    return path.read_text(encoding="utf-8").splitlines() if path.exists() else []


def wait_for_line(tmp: Path, needle: str, proc: subprocess.Popen, timeout: float = 120) -> bool:
    """Poll the log file until a line holds ``needle``; False if the process ended first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(needle in line for line in log_lines(tmp)):
            return True
        if proc.poll() is not None:
            return False
        time.sleep(0.005)
    raise AssertionError(f"no log line with {needle!r} after {timeout} s")


def kill9(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=30)


@pytest.fixture
def site() -> Iterator[Server]:
    with serving() as s:
        yield s
