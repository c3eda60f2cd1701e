"""The command line: exact messages and exit codes, through typer's CliRunner."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.store import Store

runner = CliRunner()
BODY = (
    "MALINAU, SWARAKALTARA.COM - Bupati Malinau membuka rapat koordinasi kewaspadaan dini menjelang Pilkada "
    "di Aula Kantor Bupati, Senin (2/12/2024). Rapat dihadiri Forkopimda, KPU dan Bawaslu Malinau.\n"
)


OTHER = [
    "Polres Sanggau menggelar apel siaga pengamanan tahapan kampanye dengan melibatkan ratusan personel gabungan.",
    "Bawaslu Kutai Timur mengamankan tim sukses yang kedapatan membagikan amplop berisi uang kepada warga desa.",
    "Ratusan warga berunjuk rasa di depan kantor KPU Sikka menolak hasil rekapitulasi suara tingkat kabupaten.",
]


def test_help_lists_commands_and_exit_codes() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for word in ("ingest", "extract", "compact", "Exit codes: 0 all fine", "130"):
        assert word in result.output


def test_every_command_help_ends_with_an_example() -> None:
    import typer.main

    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        helptext = command.help or ""
        if hasattr(command, "commands"):
            continue
        assert "Example: kwd " in helptext.strip().splitlines()[-1], name


def test_ingest_summary_and_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("Rakor di Malinau\n" + BODY)
    data = str(tmp_path / "data")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--data-dir", data])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (
        "files seen: 1; new articles: 1; exact duplicates: 0; near-duplicates: 0; skipped: 0"
    )
    (tmp_path / "in" / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "in"), "--data-dir", data, "--json"])
    assert result.exit_code == 2
    summary = json.loads(result.stdout)
    assert summary["exact_duplicates"] == 1 and summary["new_articles"] == 0
    assert f"kwd: skipped {tmp_path / 'in' / 'empty.txt'}: empty file" in result.stderr


def test_ingest_nothing_could_be_done(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(app, ["ingest", str(tmp_path / "empty.txt"), "--data-dir", str(tmp_path / "d"), "-q"])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.strip() == f"kwd: skipped {tmp_path / 'empty.txt'}: empty file"


def test_ingest_without_paths_is_a_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["ingest", "--data-dir", str(tmp_path / "d")])
    assert result.exit_code == 3
    assert result.stderr.strip() == (
        "kwd: error: give at least one file or folder, or a --url/--feed/--sitemap/--site/--sources to ingest "
        "(see kwd ingest --help)"
    )


def test_data_dir_from_environment(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rakor di Malinau\n" + BODY)
    result = runner.invoke(app, ["ingest", str(tmp_path / "a.txt"), "-q"], env={"KWD_DATA_DIR": str(tmp_path / "env")})
    assert result.exit_code == 0
    assert list((tmp_path / "env" / "articles").glob("*.parquet"))


def test_lock_timeout_message_and_exit_code(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Rakor di Malinau\n" + BODY)
    data = tmp_path / "data"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from kewaspadaan_cli.store import Store\n"
            f"s = Store({str(data)!r}); s.open(); print('locked', flush=True); time.sleep(30)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        t = time.time()
        result = runner.invoke(
            app, ["ingest", str(tmp_path / "a.txt"), "--data-dir", str(data), "--lock-timeout", "0.5"]
        )
        assert time.time() - t < 10
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert result.exit_code == 4
    assert f"kwd: data directory {data} is locked by another kwd process; waiting up to 0.5 s" in result.stderr
    assert (
        f"kwd: error: data directory {data} is still locked by another kwd process after 0.5 s; "
        "try again later or raise --lock-timeout" in result.stderr
    )


def test_compact(tmp_path: Path) -> None:
    data = tmp_path / "d"
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Rakor nomor {i}\n" + OTHER[i])
        runner.invoke(app, ["ingest", str(tmp_path / f"a{i}.txt"), "--data-dir", str(data), "-q"])
    result = runner.invoke(app, ["compact", "--data-dir", str(data)])
    assert result.exit_code == 0
    assert "articles: 3 files -> 1" in result.stdout
    with Store(data):
        pass
    assert len(list((data / "articles").glob("*.parquet"))) == 1


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.startswith("kwd ")


INTERRUPTED_IN_A_STRING = """
import signal, sys
import typer
from kewaspadaan_cli.cli import guard

def stop(signum, frame):
    raise KeyboardInterrupt

signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    with guard():
        exec("while True: pass")  # the interrupt lands in code run from a string, as in a namedtuple
except typer.Exit as e:
    sys.exit(e.exit_code)
"""


def test_an_interrupt_inside_code_run_from_a_string_still_exits_130(tmp_path: Path) -> None:
    (tmp_path / "interrupted_module.py").write_text(INTERRUPTED_IN_A_STRING)
    out = subprocess.run(
        [sys.executable, "-m", "interrupted_module"], cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert out.returncode == 130, out.stderr  # not -2: ended by SIGINT after the exit
    assert out.stderr.splitlines() == [
        "kwd: error: interrupted; nothing half-written was kept, run the command again to finish"
    ]
