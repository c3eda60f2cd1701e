"""The log file: one line per event, appended by processes at once, reopened after logrotate."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from pathlib import Path

from kewaspadaan_cli import logfile

LINE = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (INFO|WARNING|ERROR) (\S+) (\S+) (.*)$")


def test_one_line_per_event_with_command_and_run_id_reopened_after_a_move(tmp_path: Path) -> None:
    path = tmp_path / "log" / "kwd.log"
    log = logging.getLogger("kewaspadaan_cli.test")
    logfile.setup(path)
    try:
        with logfile.bind("run") as run_id:
            log.info("first")
            try:
                raise ValueError("bad\nthing")
            except ValueError:
                log.exception("failed step")
        log.warning("outside")
        path.rename(tmp_path / "log" / "kwd.log.1")  # what logrotate does
        log.info("after the move")
    finally:
        logfile.close()
    old = (tmp_path / "log" / "kwd.log.1").read_text().splitlines()
    assert [LINE.match(x).groups()[1:] for x in old[:1]] == [("run", run_id, "first")]  # type: ignore[union-attr]
    assert len(old) == 3 and old[1].startswith(old[1][:20]) and "failed step | Traceback" in old[1]
    assert "ValueError: bad | thing" in old[1]
    assert LINE.match(old[2]).groups()[1:] == ("-", "-", "outside")  # type: ignore[union-attr]
    assert [LINE.match(x).group(4) for x in path.read_text().splitlines()] == ["after the move"]  # type: ignore[union-attr]


WRITER = """
import logging, sys
from kewaspadaan_cli import logfile
logfile.setup(__import__('pathlib').Path(sys.argv[1]))
log = logging.getLogger('kewaspadaan_cli.writer')
with logfile.bind('ingest', 'writer-' + sys.argv[2]):
    for i in range(400):
        log.info('line %d %s', i, 'x' * 300)
"""


def test_processes_append_at_once_without_mixing_lines(tmp_path: Path) -> None:
    path = tmp_path / "kwd.log"
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), str(n)]) for n in range(4)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0, 0, 0]
    lines = path.read_text().splitlines()
    assert len(lines) == 1600
    seen: dict[str, list[int]] = {}
    for line in lines:
        m = LINE.match(line)
        assert m and m.group(2) == "ingest", line
        number, filler = m.group(4).removeprefix("line ").split(" ")
        assert filler == "x" * 300
        seen.setdefault(m.group(3), []).append(int(number))
    assert {k: v for k, v in seen.items()} == {f"writer-{n}": list(range(400)) for n in range(4)}
