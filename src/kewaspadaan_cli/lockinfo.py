"""Who holds a data directory's lock: ``<data-dir>/.lock.info`` beside ``.lock``.

The lock itself is an ``flock`` (``store.Store``), which the kernel releases when its holder dies,
so a killed ``kwd`` never blocks the next one. What a killed holder leaves is this file: the next
holder finds it naming a process that no longer exists, says so in the log and takes over. ``kwd
status`` reads the file to show the holder (pid, host, since) or a stale lock.
"""

from __future__ import annotations

import getpass
import json
import logging
import os
import socket
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from kewaspadaan_cli import logfile

log = logging.getLogger(__name__)
INFO_FILE = ".lock.info"


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a uid without a passwd entry (containers)
        return str(os.getuid())


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, another user's
        return True
    return True


def read(data_dir: Path) -> dict[str, Any] | None:
    """The recorded holder, or None; with ``alive``: False when it ran on this host and is gone."""
    try:
        info = json.loads((Path(data_dir) / INFO_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(info, dict) or not isinstance(info.get("pid"), int):
        return None
    info["alive"] = pid_alive(info["pid"]) if info.get("host") == socket.gethostname() else None
    return info


def claim(data_dir: Path) -> dict[str, Any] | None:
    """Record this process as the holder (call right after acquiring the lock).

    Returns the previous holder's record when one was left behind (a holder killed before it
    could clear it), after logging a warning.
    """
    data_dir = Path(data_dir)
    for leftover in data_dir.glob(".lock.info.*.tmp"):  # a holder killed while writing its record
        leftover.unlink(missing_ok=True)
    stale = read(data_dir)
    if stale is not None and stale.get("pid") != os.getpid():
        log.warning(
            "took over a stale lock on %s: its holder pid %s on %s (%s, since %s) is gone",
            data_dir,
            stale.get("pid"),
            stale.get("host"),
            stale.get("command"),
            stale.get("since"),
        )
    command, run_id = logfile.current()
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "user": _user(),
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": command,
        "run_id": run_id,
    }
    tmp = data_dir / f".lock.info.{uuid.uuid4().hex[:8]}.tmp"
    try:
        tmp.write_text(json.dumps(info), encoding="utf-8")
        os.replace(tmp, data_dir / INFO_FILE)
    except OSError as exc:  # the lock holds without it; status just cannot name the holder
        log.warning("cannot record the lock holder in %s: %s", data_dir, exc)
        tmp.unlink(missing_ok=True)
    return stale if stale is not None and stale.get("pid") != os.getpid() else None


def clear(data_dir: Path) -> None:
    """Forget the holder (call right before releasing the lock)."""
    path = Path(data_dir) / INFO_FILE
    info = read(data_dir)
    if info is None or info.get("pid") == os.getpid():
        path.unlink(missing_ok=True)
