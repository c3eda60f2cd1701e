"""Output files written whole or not at all: a failed write (disk full, no permission) leaves
neither a truncated file nor a temporary one behind."""

from __future__ import annotations

import contextlib
import os
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

from kewaspadaan_cli.store import os_error


@contextlib.contextmanager
def atomic_path(out: Path) -> Iterator[Path]:
    """A temporary path beside ``out`` to write to; renamed onto ``out`` when the block succeeds,
    removed when it fails."""
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        yield tmp
        if tmp.exists():
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.replace(tmp, out)
    except OSError as exc:
        exc.filename = str(out)  # the file the user asked for, not our temporary name
        raise os_error(exc, "cannot write") from None
    finally:
        tmp.unlink(missing_ok=True)


@contextlib.contextmanager
def temp_files_removed(folder: Path) -> Iterator[None]:
    """When the block fails, remove the ``*.tmp`` files it left in ``folder`` (a writer that writes
    a temporary file then renames it, stopped between the two)."""
    started = time.time() - 1
    before = set(folder.glob("*.tmp")) if folder.is_dir() else set()
    try:
        yield
    except BaseException as exc:
        if folder.is_dir():
            for tmp in set(folder.glob("*.tmp")) - before:
                with contextlib.suppress(OSError):
                    if tmp.stat().st_mtime >= started:
                        tmp.unlink()
        if isinstance(exc, OSError):
            exc.filename = exc.filename or str(folder)
            raise os_error(exc, "cannot write to") from None
        raise
