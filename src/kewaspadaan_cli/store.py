"""The Parquet data directory: one folder of part files per table (../shared/CONTRACT.md).

Guarantees, for every reader that opens ``<data-dir>/<table>`` as one dataset:

* every visible file is complete: files are written under ``.tmp/`` (not a table folder), flushed
  and fsynced, then renamed into place (an atomic step on POSIX);
* no duplicate rows: every table has a key (``schemas.Table.key``) and the store never adds a row
  whose key is already stored;
* a change that touches several files (replacing an article's extraction results, compaction) is
  written as a journal first and rolled forward by the next command if the process dies halfway;
* one writer at a time: ``Store`` holds an exclusive lock on ``<data-dir>/.lock`` while open.

Readers need no lock: ``read_table`` sees the committed files.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq
from filelock import FileLock
from filelock import Timeout as FileLockTimeout

from kewaspadaan_cli import lockinfo
from kewaspadaan_cli.errors import LockTimeout, SchemaError, StoreError
from kewaspadaan_cli.schemas import TABLES, Table, table

log = logging.getLogger(__name__)

JOURNAL = ".journal.json"
TMP_DIR = ".tmp"
LOCK_FILE = ".lock"
COMPRESSION = "zstd"
AUTO_COMPACT_FILES = 48  # compact a table automatically once it has more part files than this


def now_utc() -> datetime:
    return datetime.now(UTC)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _part_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix == ".parquet" and not p.name.startswith((".", "_")))


def to_arrow(spec: Table, rows: pa.Table | list[dict[str, Any]]) -> pa.Table:
    """Check rows against the table's schema and return them as an Arrow table in schema order."""
    try:
        if isinstance(rows, pa.Table):
            missing = [n for n in spec.schema.names if n not in rows.column_names]
            for name in missing:
                rows = rows.append_column(
                    spec.schema.field(name), pa.nulls(rows.num_rows, spec.schema.field(name).type)
                )
            return rows.select(spec.schema.names).cast(spec.schema)
        return pa.Table.from_pylist(rows, schema=spec.schema)
    except (pa.ArrowInvalid, pa.ArrowTypeError, KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"rows for table {spec.name!r} do not match its schema: {exc}") from exc


def _dataset(data_dir: Path, spec: Table, files: list[Path] | None = None) -> ds.Dataset | None:
    files = _part_files(data_dir / spec.name) if files is None else files
    if not files:
        return None
    try:
        return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet")
    except (pa.ArrowInvalid, OSError) as exc:
        raise StoreError(f"cannot open table {spec.name!r} in {data_dir}: {exc}") from exc


def _live_files(data_dir: Path, spec: Table) -> list[Path]:
    """Committed part files, less those a pending journal is about to remove."""
    files = _part_files(data_dir / spec.name)
    journal = data_dir / JOURNAL
    if journal.exists():
        try:
            removing = {Path(p).name for p in json.loads(journal.read_text())["remove"]}
            files = [f for f in files if f.name not in removing]
        except (OSError, ValueError, KeyError):
            pass
    return files


def read_table(
    data_dir: Path, name: str, columns: list[str] | None = None, filter: pc.Expression | None = None
) -> pa.Table:
    """Read a table's current rows (an empty table with the schema when there are none)."""
    spec = table(name)
    dataset = _dataset(Path(data_dir), spec, _live_files(Path(data_dir), spec))
    schema = spec.schema if columns is None else pa.schema([spec.schema.field(c) for c in columns])
    if dataset is None:
        return schema.empty_table()
    try:
        return dataset.to_table(columns=columns, filter=filter)
    except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
        raise SchemaError(f"table {name!r} in {data_dir} does not match its schema: {exc}") from exc


def iter_batches(
    data_dir: Path,
    name: str,
    columns: list[str] | None = None,
    batch_size: int = 1000,
    filter: pc.Expression | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a table in record batches, so memory does not grow with the table."""
    spec = table(name)
    dataset = _dataset(Path(data_dir), spec, _live_files(Path(data_dir), spec))
    if dataset is None:
        return
    yield from dataset.to_batches(columns=columns, batch_size=batch_size, filter=filter)


def count_rows(data_dir: Path, name: str) -> int:
    spec = table(name)
    dataset = _dataset(Path(data_dir), spec, _live_files(Path(data_dir), spec))
    return 0 if dataset is None else dataset.count_rows()


class Store:
    """A writer's handle on a data directory. Use as a context manager: it holds the lock.

    ``on_wait`` is called once with a message when another process holds the lock.
    """

    def __init__(
        self,
        data_dir: Path | str,
        lock_timeout: float = 600.0,
        on_wait: Callable[[str], None] | None = None,
        auto_compact: int = AUTO_COMPACT_FILES,
    ) -> None:
        self.data_dir = Path(data_dir)
        self.lock_timeout = lock_timeout
        self.on_wait = on_wait
        self.auto_compact = auto_compact
        self._lock: FileLock | None = None
        self._keys: dict[str, set[tuple[Any, ...]]] = {}
        self._groups: dict[str, set[Any]] = {}
        self._touched: set[str] = set()

    # -- lifecycle -------------------------------------------------------------------------
    def __enter__(self) -> Store:
        self.open()
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self.close(compact=exc_type is None)

    def open(self) -> None:
        try:
            self.data_dir.mkdir(parents=True, exist_ok=True)
            for spec in TABLES.values():
                (self.data_dir / spec.name).mkdir(exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create data directory {self.data_dir}: {exc.strerror}") from exc
        lock = FileLock(str(self.data_dir / LOCK_FILE))
        try:
            lock.acquire(timeout=0)
        except FileLockTimeout:
            if self.on_wait:
                self.on_wait(
                    f"data directory {self.data_dir} is locked by another kwd process; "
                    f"waiting up to {self.lock_timeout:g} s"
                )
            try:
                lock.acquire(timeout=self.lock_timeout)
            except FileLockTimeout:
                raise LockTimeout(
                    f"data directory {self.data_dir} is still locked by another kwd process after "
                    f"{self.lock_timeout:g} s; try again later or raise --lock-timeout"
                ) from None
        self._lock = lock
        lockinfo.claim(self.data_dir)  # who holds it, for kwd status; a dead holder's record is taken over
        self.recover()

    def close(self, compact: bool = True) -> None:
        if self._lock is None:
            return
        try:
            if compact and self.auto_compact:
                for name in sorted(self._touched):
                    if len(_part_files(self.data_dir / name)) > self.auto_compact:
                        self.compact(name)
        finally:
            shutil.rmtree(self.data_dir / TMP_DIR, ignore_errors=True)
            lockinfo.clear(self.data_dir)
            self._lock.release()
            self._lock = None

    def _require_lock(self) -> None:
        if self._lock is None:
            raise StoreError("the store is not open: use it as a context manager")

    # -- crash recovery --------------------------------------------------------------------
    def recover(self) -> None:
        """Roll a pending journal forward and drop uncommitted temporary files."""
        journal = self.data_dir / JOURNAL
        if journal.exists():
            try:
                plan = json.loads(journal.read_text())
            except ValueError:
                # the journal itself was not fully written: nothing of that commit was applied
                log.warning("discarding an incomplete journal in %s", self.data_dir)
                plan = None
            if plan is not None:
                log.info("completing an interrupted commit in %s", self.data_dir)
                self._apply(plan)
            journal.unlink(missing_ok=True)
        shutil.rmtree(self.data_dir / TMP_DIR, ignore_errors=True)
        for spec in TABLES.values():  # stray temp files of an older layout or a killed writer
            folder = self.data_dir / spec.name
            if folder.is_dir():
                for stray in folder.glob(".*.tmp"):
                    stray.unlink(missing_ok=True)

    def _apply(self, plan: dict[str, list]) -> None:
        for path in plan["remove"]:
            Path(path).unlink(missing_ok=True)
        for src, dst in plan["add"]:
            if Path(src).exists():
                os.replace(src, dst)
        for folder in {Path(d).parent for _, d in plan["add"]} | {Path(p).parent for p in plan["remove"]}:
            _fsync_dir(folder)

    def _commit(self, add: list[tuple[Path, Path]], remove: list[Path]) -> None:
        if not add and not remove:
            return
        if len(add) == 1 and not remove:
            os.replace(add[0][0], add[0][1])
            _fsync_dir(add[0][1].parent)
            return
        plan = {"add": [[str(s), str(d)] for s, d in add], "remove": [str(p) for p in remove]}
        tmp = self.data_dir / TMP_DIR / f"journal-{uuid.uuid4().hex}.json"
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(plan, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.data_dir / JOURNAL)
        _fsync_dir(self.data_dir)
        self._apply(plan)
        (self.data_dir / JOURNAL).unlink()

    def _write_tmp(self, spec: Table, data: pa.Table | Iterable[pa.RecordBatch]) -> tuple[Path, Path]:
        tmp_dir = self.data_dir / TMP_DIR
        tmp_dir.mkdir(exist_ok=True)
        stamp = now_utc().strftime("%Y%m%dT%H%M%S")
        name = f"part-{stamp}-{uuid.uuid4().hex[:12]}.parquet"
        tmp = tmp_dir / f"{spec.name}-{name}"
        with pq.ParquetWriter(str(tmp), spec.schema, compression=COMPRESSION) as writer:
            if isinstance(data, pa.Table):
                writer.write_table(data, row_group_size=50_000)
            else:
                for batch in data:
                    writer.write_batch(batch, row_group_size=50_000)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        return tmp, self.data_dir / spec.name / name

    # -- keys ------------------------------------------------------------------------------
    def keys(self, name: str) -> set[tuple[Any, ...]]:
        """The keys of every stored row of a table (cached while the store is open)."""
        self._require_lock()
        if name not in self._keys:
            spec = table(name)
            data = read_table(self.data_dir, name, columns=list(spec.key))
            cols = [data.column(k).to_pylist() for k in spec.key]
            self._keys[name] = set(zip(*cols, strict=True)) if cols else set()
        return self._keys[name]

    def has(self, name: str, *key: Any) -> bool:
        return tuple(key) in self.keys(name)

    def groups(self, name: str) -> set[Any]:
        """Distinct values of the table's ``replace_by`` column (e.g. article ids with rows)."""
        self._require_lock()
        spec = table(name)
        if spec.replace_by is None:
            raise StoreError(f"table {name!r} has no replace_by column")
        if name not in self._groups:
            data = read_table(self.data_dir, name, columns=[spec.replace_by])
            self._groups[name] = set(data.column(0).to_pylist())
        return self._groups[name]

    # -- writes ----------------------------------------------------------------------------
    def _new_rows(self, spec: Table, data: pa.Table, replaced: set[Any] | None = None) -> pa.Table:
        """Drop rows whose key is stored already or repeated within the batch.

        Rows of a ``replaced`` group are new by definition: their stored rows are being removed.
        """
        cols = [data.column(k).to_pylist() for k in spec.key]
        groups = data.column(spec.replace_by).to_pylist() if replaced and spec.replace_by else None
        if self._all_replaced(spec, data, replaced):
            known: set[tuple[Any, ...]] = set()  # every row's group is new or being replaced: no stored key can clash
        else:
            known = self.keys(spec.name)
        keep, seen = [], set()
        for i, key in enumerate(zip(*cols, strict=True)):
            if key in seen or (key in known and not (groups is not None and groups[i] in replaced)):
                continue
            seen.add(key)
            keep.append(i)
        if len(keep) == data.num_rows:
            return data
        return data.take(pa.array(keep, type=pa.int64()))

    def _all_replaced(self, spec: Table, data: pa.Table, replaced: set[Any] | None) -> bool:
        if spec.replace_by is None or replaced is None or spec.replace_by not in spec.key:
            return False
        return set(data.column(spec.replace_by).to_pylist()) <= replaced

    def append(self, name: str, rows: pa.Table | list[dict[str, Any]]) -> int:
        """Add rows whose key is not stored yet; returns how many were added. One atomic commit."""
        return self.write({name: rows})[name]

    def write(
        self,
        tables: dict[str, pa.Table | list[dict[str, Any]]],
        replace: set[Any] | None = None,
    ) -> dict[str, int]:
        """Write rows to several tables in one commit.

        With ``replace``, rows of those tables whose ``replace_by`` value is in ``replace`` are
        removed in the same commit (an article's old extraction results give way to the new).
        Returns the number of rows added per table.
        """
        self._require_lock()
        add: list[tuple[Path, Path]] = []
        remove: list[Path] = []
        added: dict[str, int] = {}
        new_data: dict[str, pa.Table] = {}
        for name, rows in tables.items():
            spec = table(name)
            data = to_arrow(spec, rows)
            stale: set[Any] = set()
            if replace:
                if spec.replace_by is None:
                    raise StoreError(f"table {name!r} cannot replace rows: it has no replace_by column")
                stale = replace & self.groups(name)
            data = self._new_rows(spec, data, replace if replace else None)
            if stale:
                add_r, remove_r = self._without(spec, stale)
                add += add_r
                remove += remove_r
                self._keys.pop(name, None)
            added[name] = data.num_rows
            new_data[name] = data
            if data.num_rows:
                add.append(self._write_tmp(spec, data))
        self._commit(add, remove)
        for name, data in new_data.items():
            spec = table(name)
            if data.num_rows:
                self._touched.add(name)
                if name in self._keys:
                    cols = [data.column(k).to_pylist() for k in spec.key]
                    self._keys[name].update(zip(*cols, strict=True))
                if spec.replace_by and name in self._groups:
                    self._groups[name].update(data.column(spec.replace_by).to_pylist())
        return added

    def _without(self, spec: Table, values: set[Any]) -> tuple[list[tuple[Path, Path]], list[Path]]:
        """Rewrite the part files holding rows whose replace_by value is in ``values``."""
        assert spec.replace_by is not None
        add, remove = [], []
        value_set = pa.array(sorted(values), type=spec.schema.field(spec.replace_by).type)
        for path in _part_files(self.data_dir / spec.name):
            col = pq.read_table(path, columns=[spec.replace_by]).column(0)
            hit = pc.is_in(col, value_set=value_set)
            if not pc.any(hit).as_py():
                continue
            data = to_arrow(spec, pq.read_table(path)).filter(pc.invert(hit))
            remove.append(path)
            if data.num_rows:
                add.append(self._write_tmp(spec, data))
        if spec.name in self._groups:
            self._groups[spec.name] -= values
        return add, remove

    def compact(self, name: str | None = None) -> dict[str, tuple[int, int]]:
        """Merge each table's part files into one; returns {table: (files before, after)}."""
        self._require_lock()
        result = {}
        for spec in [table(name)] if name else list(TABLES.values()):
            files = _part_files(self.data_dir / spec.name)
            if len(files) <= 1:
                result[spec.name] = (len(files), len(files))
                continue
            dataset = _dataset(self.data_dir, spec, files)
            assert dataset is not None
            tmp, final = self._write_tmp(spec, dataset.to_batches(batch_size=20_000))
            self._commit([(tmp, final)], files)
            result[spec.name] = (len(files), 1)
            log.info("compacted %s: %d files into 1", spec.name, len(files))
        return result
