"""The ``runs`` table: one row per command run that wrote to the data directory.

``recorded`` opens the store (taking its lock), writes the run's row at once with ``finished``
null, and writes it again when the command ends (the store replaces the first row in one atomic
commit). A run killed with ``kill -9`` keeps its first row: ``finished`` null says it never ended.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from kewaspadaan_cli import __version__, interrupts, logfile
from kewaspadaan_cli.errors import ExitCode, KwdError
from kewaspadaan_cli.lockinfo import _user
from kewaspadaan_cli.store import Store, now_utc, read_table

log = logging.getLogger(__name__)


def _digest() -> str | None:
    try:
        from kewaspadaan_cli import lexicons

        return lexicons.load().digest
    except Exception:  # a broken lexicon directory must not stop the record of the run that met it
        return None


@dataclass
class RunRecord:
    run_id: str
    command: str
    started: datetime = field(default_factory=now_utc)
    finished: datetime | None = None
    exit_code: int | None = None
    counts: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)

    def set_result(self, counts: dict[str, Any], errors: list[str], exit_code: int) -> None:
        """What the command did: its summary's counts, one line per input skipped, its exit code."""
        self.counts = counts
        self.errors = list(errors)
        self.exit_code = int(exit_code)

    def row(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "command": self.command,
            "started": self.started,
            "finished": self.finished,
            "exit_code": self.exit_code,
            "counts": json.dumps(self.counts, ensure_ascii=False, default=str, sort_keys=True),
            "errors": self.errors,
            "version": __version__,
            "lexicon_digest": _digest(),
            "host": socket.gethostname(),
            "user": _user(),
            "pid": os.getpid(),
        }


def _exit_code_of(exc: BaseException) -> int:
    if isinstance(exc, KeyboardInterrupt) or interrupts.requested() and isinstance(exc, Exception):
        return 130  # (an interrupt a library turned into its own error, DuckDB's or ours, is one too)
    if isinstance(exc, KwdError):
        return int(exc.exit_code)
    if isinstance(exc, SystemExit):
        return exc.code if isinstance(exc.code, int) else int(ExitCode.ERROR)
    code = getattr(exc, "exit_code", None)  # the CLI's own exit exception (click/typer Exit)
    return code if isinstance(code, int) else int(ExitCode.ERROR)


def save(store: Store, rec: RunRecord) -> None:
    store.write({"runs": [rec.row()]}, replace={rec.run_id})


@contextlib.contextmanager
def recorded(command: str, store: Store) -> Iterator[tuple[Store, RunRecord]]:
    """Open ``store`` and record the command run in ``runs`` (and the log) from start to end.

    The body may call ``rec.set_result``; otherwise the exit code is 0, or the one of the
    exception that ends the body (a library error, an interrupt, the CLI's exit).
    """
    _, bound = logfile.current()
    with logfile.bind(command, None if bound == "-" else bound) as run_id, store:
        rec = RunRecord(run_id, command)
        save(store, rec)
        log.info("started %s in %s (pid %d)", command, store.data_dir, os.getpid())
        try:
            yield store, rec
        except BaseException as exc:
            code = _exit_code_of(exc)
            if code != 0:
                rec.exit_code = code
                rec.errors.append("interrupted" if code == 130 else str(exc) or repr(exc))
                # a commit cut short (an interrupt, a full disk) is finished first, or the record's
                # own commit would write its journal over the pending one
                with contextlib.suppress(Exception):
                    store.recover()
            else:
                rec.exit_code = rec.exit_code if rec.exit_code is not None else 0
            _finish(store, rec)
            raise
        else:
            if rec.exit_code is None:
                rec.exit_code = 0
            _finish(store, rec)


def _finish(store: Store, rec: RunRecord) -> None:
    rec.finished = now_utc()
    try:
        save(store, rec)
    except KwdError as exc:  # the command's own outcome matters more than its record
        log.error("could not record the end of run %s: %s", rec.run_id, exc.message)
    level = logging.INFO if rec.exit_code == 0 else logging.WARNING
    took = (rec.finished - rec.started).total_seconds()
    # for the log file: the terminal already shows the command's own error lines
    only = {"file_only": True}
    log.log(level, "finished %s: exit %s in %.1f s; %s", rec.command, rec.exit_code, took, _short(rec), extra=only)
    for line in rec.errors[:50]:
        log.warning("%s", line, extra=only)


def _short(rec: RunRecord) -> str:
    parts = []
    for k, v in rec.counts.items():
        if isinstance(v, int | float | str) and not isinstance(v, bool):
            parts.append(f"{k} {v}")
        elif isinstance(v, list):
            parts.append(f"{k} {len(v)}")
        elif isinstance(v, dict) and "status" in v:  # kwd run: one entry per step
            parts.append(f"{k} {v['status']}")
    return ", ".join(parts[:12]) or "no counts"


def read_runs(data_dir: Path) -> list[dict[str, Any]]:
    """Every recorded run, oldest first, ``counts`` parsed."""
    rows = read_table(Path(data_dir), "runs").to_pylist()
    for r in rows:
        try:
            r["counts"] = json.loads(r["counts"])
        except ValueError:
            r["counts"] = {}
    return sorted(rows, key=lambda r: (r["started"], r["run_id"]))
