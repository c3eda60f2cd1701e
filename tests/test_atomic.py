"""OS errors (a full disk, a read-only file system, another user's lock file, an unwritable --out)
give one ``kwd: error:`` line with the path and exit 1, and leave no temporary file behind.

The full and read-only file systems are small tmpfs mounts made by the test (we may mount as root);
elsewhere these tests are skipped with the reason."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.store import Store, read_table
from tests.ingest.test_pipeline import BODY, OTHER, without_dac_override

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _mount(path: Path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    proc = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({proc.stderr.decode().strip() or 'not permitted'})")


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs needs root")
    mnt = tmp_path / "mnt"
    _mount(mnt, "1m")
    try:
        yield mnt
    finally:
        subprocess.run(["umount", "-l", str(mnt)], check=False)


def fill(fs: Path) -> None:
    """Fill a file system to the last byte."""
    fd = os.open(fs / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND)
    try:
        for size in (65536, 4096, 512, 1):
            try:
                while True:
                    os.write(fd, b"\0" * size)
            except OSError:
                continue
    finally:
        os.close(fd)


def remount_ro(fs: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(fs)], check=True)


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.endswith(".tmp") or p.name == ".tmp"]


def one_error_line(output: str) -> str:
    lines = output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("kwd: error: "), output
    assert "Traceback" not in output
    return lines[0]


def articles(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir(exist_ok=True)
    (src / "a.txt").write_text("Rakor di Sintang\n" + BODY)
    (src / "b.txt").write_text("Apel\n" + OTHER[0] + " " + OTHER[1])
    return src


def test_a_full_disk_during_ingest(tmpfs: Path, tmp_path: Path) -> None:
    data = tmpfs / "data"
    with Store(data):
        pass
    fill(tmpfs)
    r = runner.invoke(app, ["ingest", str(articles(tmp_path)), "--data-dir", str(data), "-q"])
    assert r.exit_code == 1
    line = one_error_line(r.output)
    assert line.startswith("kwd: error: cannot write to the data directory:")
    assert "No space left on device; free some space" in line
    assert leftovers(data) == []
    (tmpfs / "filler").unlink()
    assert read_table(data, "articles").num_rows == 0  # nothing half-written was kept
    r = runner.invoke(app, ["ingest", str(articles(tmp_path)), "--data-dir", str(data), "-q"])
    assert r.exit_code == 0 and read_table(data, "articles").num_rows == 2


def test_a_read_only_data_directory(tmpfs: Path, tmp_path: Path) -> None:
    data = tmpfs / "data"
    assert runner.invoke(app, ["ingest", str(articles(tmp_path)), "--data-dir", str(data), "-q"]).exit_code == 0
    remount_ro(tmpfs)
    r = runner.invoke(app, ["ingest", str(articles(tmp_path)), "--data-dir", str(data), "-q"])
    assert r.exit_code == 1
    assert one_error_line(r.output) == (
        f"kwd: error: cannot lock the data directory: {data / '.lock'}: Read-only file system; "
        "the file system is read-only"
    )
    # readers need no write access
    r = runner.invoke(app, ["query", "select count(*) as n from articles", "--data-dir", str(data), "--csv"])
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "2"]
    r = runner.invoke(app, ["check", "--data-dir", str(data)])
    assert r.exit_code == 0, r.output


def test_a_full_disk_or_a_read_only_out_for_report_and_export(tmpfs: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert runner.invoke(app, ["ingest", str(articles(tmp_path)), "--data-dir", str(data), "-q"]).exit_code == 0
    out = tmpfs / "briefs"
    out.mkdir()
    fill(tmpfs)
    r = runner.invoke(
        app, ["report", "--since", "2024-01-01", "--until", "2024-12-31", "--out", str(out)] + ["--data-dir", str(data)]
    )
    assert r.exit_code == 1
    line = one_error_line(r.output)
    assert str(out) in line and "No space left on device" in line
    assert leftovers(tmpfs) == []
    r = runner.invoke(app, ["export", "articles", "--out", str(out / "a.csv"), "--data-dir", str(data)])
    assert r.exit_code == 1
    assert "No space left on device" in one_error_line(r.output)
    assert leftovers(tmpfs) == [] and not (out / "a.csv").exists()
    (tmpfs / "filler").unlink()
    remount_ro(tmpfs)
    r = runner.invoke(app, ["export", "articles", "--out", str(out / "a.csv"), "--data-dir", str(data)])
    assert r.exit_code == 1
    assert "Read-only file system" in one_error_line(r.output) and str(out) in r.output


def test_a_lock_file_of_another_user(tmp_path: Path) -> None:
    data = tmp_path / "data"
    with Store(data):
        pass
    lock = data / ".lock"
    lock.chmod(0o644)
    prefix = without_dac_override()
    if not prefix:
        pytest.skip("needs root to give the lock file to another user")
    os.chown(lock, 65534, 65534)
    proc = subprocess.run(
        [*prefix, sys.executable, "-m", "kewaspadaan_cli", "ingest", str(articles(tmp_path)), "--data-dir", str(data)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert one_error_line(proc.stderr) == (
        f"kwd: error: cannot lock the data directory: {lock}: Permission denied; check who owns it and its permissions"
    )
