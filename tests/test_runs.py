"""The runs table: a row at the start of every writing command, the same row completed at its end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli import __version__
from kewaspadaan_cli.cli import app
from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.runs import read_runs, recorded
from kewaspadaan_cli.store import Store
from tests.unattended import ARTICLES


def test_a_row_at_the_start_and_the_same_row_completed_at_the_end(data_dir: Path) -> None:
    with recorded("ingest", Store(data_dir)) as (store, rec):
        during = read_runs(data_dir)
        assert [(r["run_id"], r["command"], r["finished"], r["exit_code"]) for r in during] == [
            (rec.run_id, "ingest", None, None)
        ]
        rec.set_result({"new_articles": 3}, ["a.txt: empty file"], 2)
    after = read_runs(data_dir)
    assert len(after) == 1
    row = after[0]
    assert row["run_id"] == rec.run_id and row["finished"] >= row["started"]
    assert (row["exit_code"], row["counts"], row["errors"]) == (2, {"new_articles": 3}, ["a.txt: empty file"])
    assert row["version"] == __version__ and row["pid"] > 0 and row["host"] and row["user"]
    assert len(row["lexicon_digest"]) == 16


def test_a_library_error_is_recorded_with_its_exit_code(data_dir: Path) -> None:
    with pytest.raises(InputError):
        with recorded("extract", Store(data_dir)):
            raise InputError("no text in article x")
    (row,) = read_runs(data_dir)
    assert row["exit_code"] == 1 and row["errors"] == ["[E020] no text in article x"] and row["finished"]


def test_a_killed_run_keeps_its_first_row_with_finished_null(data_dir: Path) -> None:
    code = (
        "import os, signal, sys\n"
        "from kewaspadaan_cli.runs import recorded\n"
        "from kewaspadaan_cli.store import Store\n"
        "with recorded('compact', Store(sys.argv[1])):\n"
        "    os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(data_dir)], capture_output=True)
    assert proc.returncode == -9
    (row,) = read_runs(data_dir)
    assert (row["command"], row["finished"], row["exit_code"]) == ("compact", None, None)


def test_every_writing_command_is_recorded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    data = str(tmp_path / "data")
    env = {"KWD_CONFIG": None, "HOME": str(tmp_path)}
    assert runner.invoke(app, ["ingest", str(ARTICLES / "teks"), "-d", data, "-q"], env=env).exit_code == 0
    assert runner.invoke(app, ["ingest", str(tmp_path / "nothing-here"), "-d", data, "-q"], env=env).exit_code == 1
    assert runner.invoke(app, ["compact", "-d", data, "-q"], env=env).exit_code == 0
    assert runner.invoke(app, ["query", "select 1", "-d", data], env=env).exit_code == 0  # a reader: no row
    runs = read_runs(Path(data))
    assert [(r["command"], r["exit_code"]) for r in runs] == [("ingest", 0), ("ingest", 1), ("compact", 0)]
    assert runs[0]["counts"]["new_articles"] > 0 and runs[0]["errors"] == []
    assert runs[1]["errors"] == [f"{tmp_path / 'nothing-here'}: no such file or directory"]
    assert json.dumps(runs[2]["counts"])  # per table: files before and after
    assert len({r["run_id"] for r in runs}) == 3
