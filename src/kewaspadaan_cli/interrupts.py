"""Whether this process was asked to stop (Ctrl-C, SIGTERM), remembered past the libraries that turn
the interrupt into an error of their own.

A signal handler raises ``KeyboardInterrupt`` wherever the main thread is. Inside a DuckDB query
DuckDB catches it and raises ``RuntimeError("Query interrupted")`` instead, which code that records a
failed step and goes on (``run.run_cycle``) would take for a bug: the stop would be lost and the run
would end as if a step had failed. The handlers call ``request()`` before raising; whoever catches a
broad exception asks ``requested()`` (or calls ``reraise``) and ends as interrupted.
"""

from __future__ import annotations

import signal
import threading
from typing import Any

__all__ = ["install", "request", "requested", "reraise", "reset"]

_stop = threading.Event()


def request() -> None:
    """Note that the process was asked to stop."""
    _stop.set()


def requested() -> bool:
    return _stop.is_set()


def reset() -> None:
    """Forget a stop (a process that goes on with other work after handling one; tests)."""
    _stop.clear()


def reraise(exc: BaseException) -> None:
    """Raise ``KeyboardInterrupt`` (from ``exc``) when a stop was requested: the error was the stop."""
    if _stop.is_set() and not isinstance(exc, KeyboardInterrupt):
        raise KeyboardInterrupt from exc


def _interrupted(signum: int, frame: Any) -> None:
    request()
    raise KeyboardInterrupt


def install(*signals: signal.Signals) -> None:
    """Handle these signals (in the main thread) as Ctrl-C is by default, remembering the request."""
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in signals:
        signal.signal(sig, _interrupted)
