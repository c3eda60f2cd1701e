"""The log file of a server: one line per event (time, level, command, run id, message).

Lines are appended (``O_APPEND``), one ``write`` each, so processes running at once do not
interleave within a line; ``WatchedFileHandler`` reopens the file when logrotate moves it. The
command and run id come from context variables that ``bind`` sets for the duration of a run.
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
import logging.handlers
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from kewaspadaan_cli.errors import UsageError

LOGGER = "kewaspadaan_cli"
_command: contextvars.ContextVar[str] = contextvars.ContextVar("kwd_command", default="-")
_run_id: contextvars.ContextVar[str] = contextvars.ContextVar("kwd_run_id", default="-")


def new_run_id() -> str:
    """Sortable by time, unique across processes and hosts: ``20261203T125959Z-3f9a1c2b``."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime()) + "-" + uuid.uuid4().hex[:8]


def current() -> tuple[str, str]:
    """The (command, run id) being logged now."""
    return _command.get(), _run_id.get()


@contextlib.contextmanager
def bind(command: str, run_id: str | None = None) -> Iterator[str]:
    """Log lines inside carry this command and run id (a new one unless given); yields the id."""
    rid = run_id or new_run_id()
    t1, t2 = _command.set(command), _run_id.set(rid)
    try:
        yield rid
    finally:
        _run_id.reset(t2)
        _command.reset(t1)


class _Context(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.kwd_command, record.kwd_run_id = current()
        return True


class OneLineFormatter(logging.Formatter):
    """``2026-12-03T12:59:59Z WARNING run 20261203T125959Z-3f9a1c2b message``, never two lines."""

    converter = time.gmtime  # type: ignore[assignment]  # UTC times in the log

    def __init__(self) -> None:
        super().__init__("%(asctime)s %(levelname)s %(kwd_command)s %(kwd_run_id)s %(message)s", "%Y-%m-%dT%H:%M:%SZ")

    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        return " | ".join(part.strip() for part in line.splitlines() if part.strip())


_handler: logging.Handler | None = None


def setup(path: Path | None, level: int = logging.INFO) -> None:
    """Send the library's log events at ``level`` and above to ``path`` (once per process).

    Handlers already on the root logger (the terminal's) keep the level they showed before, so
    the log file's detail does not reach the terminal.
    """
    global _handler
    if path is None or _handler is not None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.WatchedFileHandler(path, mode="a", encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"log_file {path}: cannot open for appending: {exc.strerror or exc}") from None
    handler.setLevel(level)
    handler.setFormatter(OneLineFormatter())
    handler.addFilter(_Context())
    root = logging.getLogger()
    for h in root.handlers:
        if type(h) is logging.StreamHandler and h.level == logging.NOTSET:  # the terminal's (basicConfig)
            h.setLevel(root.getEffectiveLevel())
    lib = logging.getLogger(LOGGER)
    lib.addHandler(handler)
    if lib.getEffectiveLevel() > level:
        lib.setLevel(level)
    _handler = handler


def close() -> None:
    """Detach the log file (tests that run several commands in one process)."""
    global _handler
    if _handler is not None:
        logging.getLogger(LOGGER).removeHandler(_handler)
        _handler.close()
        _handler = None
