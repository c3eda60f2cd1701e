"""``kwd check``: is a data directory sound? Every part file readable with its table's schema, no
duplicate keys, no pending journal, no stray files. ``repair`` moves unreadable and stray files to
``<data-dir>/_quarantine/``, completes a pending commit and drops duplicate rows.

Checking waits for a running writer (it takes the data directory's lock) but changes nothing;
repairing goes through ``store.Store`` like any writer.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock
from filelock import Timeout as FileLockTimeout

from kewaspadaan_cli.errors import LockTimeout, StoreError
from kewaspadaan_cli.schemas import TABLES, Table
from kewaspadaan_cli.store import JOURNAL, LOCK_FILE, TMP_DIR, Store, committed_state, now_utc, to_arrow

log = logging.getLogger(__name__)

QUARANTINE = "_quarantine"


@dataclass(frozen=True)
class Problem:
    path: str
    message: str
    kind: str  # unreadable, schema, duplicates, journal, stray, missing

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


@dataclass
class CheckResult:
    data_dir: Path
    problems: list[Problem] = field(default_factory=list)
    repairs: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "data_dir": str(self.data_dir),
            "problems": [{"path": p.path, "kind": p.kind, "message": p.message} for p in self.problems],
            "repairs": self.repairs,
        }


def _read_part(path: Path, spec: Table) -> tuple[pa.Table | None, Problem | None]:
    """The whole file read and cast to the table's schema, or the problem that stops it."""
    try:
        data = pq.read_table(path)
    except (pa.ArrowInvalid, OSError) as exc:
        return None, Problem(str(path), f"unreadable part file ({str(exc).splitlines()[0]})", "unreadable")
    for fld in data.schema:
        if fld.name in spec.schema.names and not fld.type.equals(spec.schema.field(fld.name).type):
            return None, Problem(
                str(path),
                f"column {fld.name!r} is {fld.type}, table {spec.name!r} expects {spec.schema.field(fld.name).type}",
                "schema",
            )
    try:
        return to_arrow(spec, data), None
    except StoreError as exc:
        return None, Problem(str(path), exc.message, "schema")


def _duplicates(parts: list[pa.Table], spec: Table) -> int:
    seen: set[tuple[Any, ...]] = set()
    dup = 0
    for data in parts:
        cols = [data.column(k).to_pylist() for k in spec.key]
        for key in zip(*cols, strict=True):
            if key in seen:
                dup += 1
            else:
                seen.add(key)
    return dup


def inspect(data_dir: Path) -> CheckResult:
    """Every problem of a data directory, changing nothing."""
    result = CheckResult(data_dir)
    if not data_dir.is_dir():
        raise StoreError(f"no data directory at {data_dir}")
    if (data_dir / JOURNAL).exists():
        result.problems.append(
            Problem(
                str(data_dir / JOURNAL), "an interrupted commit is pending (the next writer completes it)", "journal"
            )
        )
    tmp = data_dir / TMP_DIR
    if tmp.is_dir() and any(tmp.iterdir()):
        result.problems.append(Problem(str(tmp), "temporary files of an interrupted write", "stray"))
    live, waiting = committed_state(data_dir)
    for spec in TABLES.values():
        folder = data_dir / spec.name
        names = live.get(spec.name, [])
        if folder.is_dir():
            for entry in sorted(folder.iterdir(), key=lambda p: p.name):
                if entry.name not in names:
                    result.problems.append(
                        Problem(str(entry), f"not a part file the store committed to table {spec.name!r}", "stray")
                    )
        parts = []
        for name in names:
            path = folder / name
            if not path.exists() and name in waiting:
                path = waiting[name]
            if not path.exists():
                result.problems.append(Problem(str(folder / name), "listed in the manifest but missing", "missing"))
                continue
            data, problem = _read_part(path, spec)
            if problem:
                result.problems.append(problem)
            elif data is not None:
                parts.append(data.select(list(spec.key)))
        dup = _duplicates(parts, spec)
        if dup:
            result.problems.append(
                Problem(str(folder), f"{dup} duplicate row(s) by key ({', '.join(spec.key)})", "duplicates")
            )
    return result


def _quarantine(data_dir: Path, path: Path) -> Path:
    dest_dir = data_dir / QUARANTINE / now_utc().strftime("%Y%m%dT%H%M%S") / path.parent.name
    dest_dir.mkdir(parents=True, exist_ok=True)
    dest = dest_dir / path.name
    os.replace(path, dest)
    return dest


def repair(store: Store) -> list[str]:
    """Move unreadable and stray files aside, drop duplicate rows; returns what was done.

    A pending commit was completed when the store opened (``Store.recover``).
    """
    done: list[str] = []
    data_dir = store.data_dir
    found = inspect(data_dir)
    dedupe: set[str] = set()
    for p in found.problems:
        path = Path(p.path)
        if p.kind == "stray" and path.name == TMP_DIR:
            continue
        if p.kind in ("unreadable", "schema"):
            dest = _quarantine(data_dir, path)
            store._commit([], [path])  # out of the manifest (the file itself has moved)
            done.append(f"moved {path} to {dest} ({p.message})")
        elif p.kind == "stray":
            dest = _quarantine(data_dir, path)
            done.append(f"moved {path} to {dest} (not committed by the store)")
        elif p.kind == "missing":
            store._commit([], [path])
            done.append(f"dropped {path} from the manifest (the file was missing)")
        elif p.kind == "duplicates":
            dedupe.add(path.name)
    for name in sorted(dedupe):
        before, after = store.deduplicate(name)
        done.append(f"table {name}: {before - after} duplicate row(s) dropped ({after} rows kept)")
    return done


def check_data_dir(
    data_dir: Path,
    fix: bool = False,
    lock_timeout: float = 600.0,
    on_wait: Callable[[str], None] | None = None,
) -> CheckResult:
    """Check a data directory (waiting for a running writer); with ``fix``, repair it and check again."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        raise StoreError(f"no data directory at {data_dir}")
    if fix:
        had_journal = (data_dir / JOURNAL).exists()
        with Store(data_dir, lock_timeout, on_wait, auto_compact=0) as store:  # opening completes a commit
            repairs = repair(store)
        result = inspect(data_dir)
        result.repairs = (["completed an interrupted commit"] if had_journal else []) + repairs
        return result
    file_lock = FileLock(str(data_dir / LOCK_FILE))
    lock: FileLock | None = file_lock
    try:
        file_lock.acquire(timeout=0)
    except FileLockTimeout:
        if on_wait:
            on_wait(f"data directory {data_dir} is locked by another kwd process; waiting up to {lock_timeout:g} s")
        try:
            file_lock.acquire(timeout=lock_timeout)
        except FileLockTimeout:
            raise LockTimeout(f"data directory {data_dir} is still locked after {lock_timeout:g} s") from None
    except OSError:  # a read-only data directory: no writer can be running in it
        lock = None
    try:
        return inspect(data_dir)
    finally:
        if lock is not None:
            lock.release()
