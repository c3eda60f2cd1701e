"""The Parquet data directory: one folder of part files per table (../shared/CONTRACT.md).

Guarantees, for every reader that opens ``<data-dir>/<table>`` as one dataset:

* every visible file is complete: files are written under ``.tmp/`` (not a table folder), flushed
  and fsynced, then renamed into place (an atomic step on POSIX);
* no duplicate rows: every table has a key (``schemas.Table.key``) and the store never adds a row
  whose key is already stored;
* every commit is written as a journal first (the files it adds and removes, and the new
  manifest) and rolled forward by the next command if the process dies halfway;
* the manifest ``<data-dir>/.manifest.json`` lists the part files of every table that the store
  committed: a copy dropped beside them (``part-... (salinan).parquet``) is never live for kwd, and
  ``kwd check`` names it;
* one writer at a time: ``Store`` holds an exclusive lock on ``<data-dir>/.lock`` while open.

Readers need no lock. ``snapshot`` gives them one committed state: the manifest (or a pending
journal's manifest, which the next writer is bound to apply), with every listed file opened at once,
so a writer that replaces files afterwards cannot take them away (on Linux the open descriptors are
read through ``/proc/self/fd``); a file that vanished before it was opened means a newer commit, and
the snapshot is taken again. ``read_table``, ``iter_batches``, ``count_rows`` and ``open_duckdb``
all read through one.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import json
import logging
import os
import re
import shutil
import time
import uuid
import weakref
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import numpy as np
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
MANIFEST = ".manifest.json"
PART_NAME = re.compile(r"^part-\d{8}T\d{6}-[0-9a-f]{12}\.parquet$")  # the names the store gives part files
SNAPSHOT_TRIES = 50
TMP_DIR = ".tmp"
LOCK_FILE = ".lock"
COMPRESSION = "zstd"
AUTO_COMPACT_FILES = 48  # compact a table automatically once it has more part files than this
ROW_GROUP_BYTES = 8 * 2**20  # data per row group: a scan, and a compaction writing one, hold about this
MAX_ROW_GROUP = 50_000
SCAN_ROWS = 2_000  # rows per record batch when a writer streams a table (compact, deduplicate, key indexes)
READAHEAD = {"batch_readahead": 2, "fragment_readahead": 1}  # a scan holds a few batches, not 16 of 4 files


def os_error(exc: OSError, doing: str) -> StoreError:
    """One line for an OS error: what was being done, the path, the reason (and what to do)."""
    where = f" {exc.filename}:" if exc.filename else ""
    reason = exc.strerror or str(exc)
    doing = doing.rstrip(":") + ":"
    hint = {
        errno.ENOSPC: "; free some space and run the command again (nothing half-written was kept)",
        errno.EDQUOT: "; free some space and run the command again (nothing half-written was kept)",
        errno.EROFS: "; the file system is read-only",
        errno.EACCES: "; check who owns it and its permissions",
        errno.EPERM: "; check who owns it and its permissions",
    }.get(exc.errno or 0, "")
    return StoreError(f"{doing}{where} {reason}{hint}")


@contextlib.contextmanager
def _os_errors(doing: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise os_error(exc, doing) from exc


def _writes(doing: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A writer method whose OS errors (disk full, read-only, permissions) become one StoreError;
    its temporary files are gone (``_write_tmp``) and a journal, if written, is rolled forward by
    the next writer."""

    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def inner(self: Any, *args: Any, **kwargs: Any) -> Any:
            with _os_errors(doing):
                return fn(self, *args, **kwargs)

        return inner

    return wrap


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
    """Part files in a table folder named as the store names them (no committed-state check)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if PART_NAME.match(p.name))


def _read_json(path: Path) -> dict[str, Any] | None:
    """A JSON object from a file, or None when absent or not (fully) written."""
    try:
        obj = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (ValueError, UnicodeDecodeError):
        return None
    except OSError as exc:
        raise StoreError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return obj if isinstance(obj, dict) else None


def _write_json_atomic(path: Path, obj: Any) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            json.dump(obj, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_dir(path.parent)


def _globbed_manifest(data_dir: Path) -> dict[str, Any]:
    """The manifest of a data directory written before manifests: every part file the store named."""
    return {
        "seq": 0,
        "tables": {spec.name: [p.name for p in _part_files(data_dir / spec.name)] for spec in TABLES.values()},
    }


def committed_state(data_dir: Path) -> tuple[dict[str, list[str]], dict[str, Path]]:
    """The live part-file names per table, and for files of a pending commit not yet renamed into
    their folder, where they wait (name -> temporary path).

    A pending journal counts as committed, as the next writer will roll it forward; one that was
    not fully written counts for nothing, as the next writer will discard it.
    """
    data_dir = Path(data_dir)
    for _ in range(SNAPSHOT_TRIES):
        manifest = _read_json(data_dir / MANIFEST)
        journal = _read_json(data_dir / JOURNAL)
        again = _read_json(data_dir / MANIFEST)
        if (manifest or {}).get("seq") != (again or {}).get("seq"):
            continue  # a commit landed while we looked: look again
        state = manifest if manifest and isinstance(manifest.get("tables"), dict) else _globbed_manifest(data_dir)
        waiting: dict[str, Path] = {}
        if (
            journal
            and isinstance(journal.get("manifest"), dict)
            and journal["manifest"].get("seq", 0) > state.get("seq", 0)
        ):
            state = journal["manifest"]
            waiting = {Path(dst).name: Path(src) for src, dst in journal.get("add", [])}
        elif journal and "manifest" not in journal and "remove" in journal:  # a journal of an older kwd
            removing = {Path(p).name for p in journal.get("remove", [])}
            tables = {t: [n for n in names if n not in removing] for t, names in state["tables"].items()}
            for src, dst in journal.get("add", []):
                tables.setdefault(Path(dst).parent.name, []).append(Path(dst).name)
                waiting[Path(dst).name] = Path(src)
            state = {"seq": state.get("seq", 0), "tables": tables}
        tables = {spec.name: list(state["tables"].get(spec.name, [])) for spec in TABLES.values()}
        for spec in TABLES.values():  # a table the manifest does not know yet holds what the store named
            if spec.name not in state["tables"]:
                tables[spec.name] = [p.name for p in _part_files(data_dir / spec.name)]
        return tables, waiting
    raise StoreError(f"the data directory {data_dir} kept changing while being read; try again")


class Snapshot:
    """One committed state of some tables, its files held open until ``close``.

    ``path(file)`` is what a reader opens: the held descriptor where the platform lets a path name
    one (``/proc/self/fd/N``), else the file's own path.
    """

    def __init__(self, data_dir: Path, files: dict[str, list[Path]], fds: dict[Path, int]) -> None:
        self.data_dir = data_dir
        self.files = files
        self._fds = fds
        self._names = {self._fd_path(fd): str(p) for p, fd in fds.items()}

    @staticmethod
    def _fd_path(fd: int) -> str:
        return f"/proc/self/fd/{fd}"

    def paths(self, name: str) -> list[str]:
        if Path("/proc/self/fd").is_dir():
            return [self._fd_path(self._fds[p]) for p in self.files.get(name, [])]
        return [str(p) for p in self.files.get(name, [])]

    def dataset(self, name: str) -> ds.Dataset | None:
        spec = table(name)
        paths = self.paths(name)
        if not paths:
            return None
        try:
            return ds.dataset(paths, schema=spec.schema, format="parquet")
        except (pa.ArrowInvalid, OSError) as exc:
            raise StoreError(self.explain(f"cannot open table {name!r} in {self.data_dir}: {exc}")) from exc

    def explain(self, message: str) -> str:
        """An error message with held descriptors named by their files."""
        for fd_path, real in self._names.items():
            message = re.sub(re.escape(fd_path) + r"\b", lambda _m: real, message)  # noqa: B023 (used at once)
        return message

    def close(self) -> None:
        for fd in self._fds.values():
            try:
                os.close(fd)
            except OSError:
                pass
        self._fds = {}

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _check_part(path: str, shown: Path, spec: Table) -> None:
    """A part file's footer is readable and its columns have the table's types; else a one-line error."""
    try:
        schema = pq.read_schema(path)
    except (pa.ArrowInvalid, OSError) as exc:
        raise StoreError(
            f"part file {shown} is damaged ({str(exc).splitlines()[0].replace(path, str(shown))}); "
            "run kwd check --repair to move it aside"
        ) from None
    for fld in schema:
        if fld.name in spec.schema.names and not fld.type.equals(spec.schema.field(fld.name).type):
            raise SchemaError(
                f"part file {shown} does not match table {spec.name!r}: column {fld.name!r} is {fld.type}, "
                f"expected {spec.schema.field(fld.name).type}; run kwd check --repair to move it aside"
            )


def snapshot(data_dir: Path | str, names: Iterable[str] | None = None, verify: bool = True) -> Snapshot:
    """Open one committed state of the named tables (all by default); close it when done.

    With ``verify`` every file's footer and column types are checked, so a damaged file is named in
    one error instead of failing a query halfway.
    """
    data_dir = Path(data_dir)
    specs = [table(n) for n in names] if names is not None else list(TABLES.values())
    for _ in range(SNAPSHOT_TRIES):
        live, waiting = committed_state(data_dir)
        files: dict[str, list[Path]] = {}
        fds: dict[Path, int] = {}
        vanished = False
        for spec in specs:
            files[spec.name] = []
            for fname in live.get(spec.name, []):
                path = data_dir / spec.name / fname
                fd = None
                for candidate in (path, waiting.get(fname)):
                    if candidate is None:
                        continue
                    try:
                        fd = os.open(candidate, os.O_RDONLY)
                        break
                    except FileNotFoundError:
                        continue
                    except OSError as exc:
                        for held in fds.values():
                            os.close(held)
                        raise StoreError(f"cannot read part file {candidate}: {exc.strerror or exc}") from None
                if fd is None:
                    vanished = True
                    break
                fds[path] = fd
                files[spec.name].append(path)
            if vanished:
                break
        if vanished:  # a newer commit removed a file of the state we read: read the new state
            for fd in fds.values():
                os.close(fd)
            time.sleep(0.01)
            continue
        snap = Snapshot(data_dir, files, fds)
        if verify:
            try:
                for spec in specs:
                    for path, opened in zip(files[spec.name], snap.paths(spec.name), strict=True):
                        _check_part(opened, path, spec)
            except BaseException:
                snap.close()
                raise
        return snap
    raise StoreError(f"the data directory {data_dir} kept changing while being read; try again")


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
    """A dataset over given files (a writer's own, under its lock) or the committed ones."""
    if files is None:
        files = _live_files(data_dir, spec)
    if not files:
        return None
    try:
        return ds.dataset([str(f) for f in files], schema=spec.schema, format="parquet")
    except (pa.ArrowInvalid, OSError) as exc:
        raise StoreError(f"cannot open table {spec.name!r} in {data_dir}: {exc}") from exc


def _live_files(data_dir: Path, spec: Table) -> list[Path]:
    """The committed part files of a table (a pending journal applied, as the next writer will)."""
    live, waiting = committed_state(Path(data_dir))
    folder = Path(data_dir) / spec.name
    return [folder / n if (folder / n).exists() or n not in waiting else waiting[n] for n in live.get(spec.name, [])]


def _read_error(snap: Snapshot, name: str, exc: Exception) -> StoreError:
    message = snap.explain(str(exc).splitlines()[0])
    return SchemaError(f"table {name!r} in {snap.data_dir} cannot be read: {message}; run kwd check")


def read_table(
    data_dir: Path, name: str, columns: list[str] | None = None, filter: pc.Expression | None = None
) -> pa.Table:
    """Read a table's current rows (an empty table with the schema when there are none)."""
    spec = table(name)
    schema = spec.schema if columns is None else pa.schema([spec.schema.field(c) for c in columns])
    with snapshot(data_dir, [name]) as snap:
        dataset = snap.dataset(name)
        if dataset is None:
            return schema.empty_table()
        try:
            return dataset.to_table(columns=columns, filter=filter)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
            raise _read_error(snap, name, exc) from exc


def iter_batches(
    data_dir: Path,
    name: str,
    columns: list[str] | None = None,
    batch_size: int = 1000,
    filter: pc.Expression | None = None,
) -> Iterator[pa.RecordBatch]:
    """Stream a table in record batches, so memory does not grow with the table.

    Without a filter each part file is read one row group at a time (``ParquetFile.iter_batches``):
    a dataset scan of one merged file of 50,000 articles held about 260 MB where this holds about 70."""
    with snapshot(data_dir, [name]) as snap:
        if filter is None:
            paths = snap.paths(name)
            spec = table(name)
            want = list(columns or spec.schema.names)
            schema = pa.schema([spec.schema.field(c) for c in want])
            try:
                for path in paths:
                    with pq.ParquetFile(path, pre_buffer=False) as part:
                        have = [c for c in want if c in part.schema_arrow.names]
                        for batch in part.iter_batches(batch_size=batch_size, columns=have):
                            yield _conform(schema, batch)
            except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
                raise _read_error(snap, name, exc) from exc
            return
        dataset = snap.dataset(name)
        if dataset is None:
            return
        try:
            yield from dataset.to_batches(columns=columns, batch_size=batch_size, filter=filter, **READAHEAD)
        except (pa.ArrowInvalid, pa.ArrowTypeError, OSError) as exc:
            raise _read_error(snap, name, exc) from exc


def _conform(schema: pa.Schema, batch: pa.RecordBatch) -> pa.RecordBatch:
    """A batch of some of a table's columns in ``schema``: columns an older part file lacks as nulls."""
    if batch.schema.equals(schema):
        return batch
    t = pa.Table.from_batches([batch])
    for f in schema:
        if f.name not in t.column_names:
            t = t.append_column(f, pa.nulls(t.num_rows, f.type))
    t = t.select(schema.names).cast(schema).combine_chunks()
    return t.to_batches()[0] if t.num_rows else pa.RecordBatch.from_pylist([], schema=schema)


def count_rows(data_dir: Path, name: str) -> int:
    with snapshot(data_dir, [name]) as snap:
        dataset = snap.dataset(name)
        return 0 if dataset is None else dataset.count_rows()


def _duck_type(t: Any) -> str:
    if pa.types.is_list(t):
        return _duck_type(t.value_type) + "[]"
    for test, name in (
        (pa.types.is_string, "VARCHAR"),
        (pa.types.is_int64, "BIGINT"),
        (pa.types.is_boolean, "BOOLEAN"),
        (pa.types.is_date, "DATE"),
        (pa.types.is_timestamp, "TIMESTAMPTZ"),
        (pa.types.is_binary, "BLOB"),
        (pa.types.is_floating, "DOUBLE"),
    ):
        if test(t):
            return name
    return "VARCHAR"


def open_duckdb(
    data_dir: Path | str,
    read_only_sql: bool = False,
    views: Iterable[str] = (),
    prepare: Callable[[Any], None] | None = None,
) -> Any:
    """A DuckDB connection over one committed snapshot: one view per table (empty where it has no
    files). The snapshot's files stay open as long as the connection lives.

    With ``read_only_sql`` the connection can reach no file or network (the tables are handed over
    as Arrow datasets), load no extension, and its configuration is locked.
    """
    import duckdb

    snap = snapshot(data_dir)
    try:
        con = duckdb.connect(config={"autoinstall_known_extensions": False, "autoload_known_extensions": False})
        for name, spec in TABLES.items():
            paths = snap.paths(name)
            if paths and not read_only_sql:  # DuckDB's own Parquet reader: the fastest for reports
                listing = ", ".join("'" + f.replace("'", "''") + "'" for f in paths)
                source = f"read_parquet([{listing}], union_by_name = true)"
                present = {row[0] for row in con.execute(f"DESCRIBE SELECT * FROM {source}").fetchall()}
                # a column added to the schema after these files were written reads as NULL
                missing = "".join(
                    f', CAST(NULL AS {_duck_type(spec.schema.field(c).type)}) AS "{c}"'
                    for c in spec.columns
                    if c not in present
                )
                con.execute(f"CREATE VIEW {name} AS SELECT *{missing} FROM {source}")
                continue
            dataset = snap.dataset(name)
            con.register(f"_{name}_data", dataset if dataset is not None else spec.schema.empty_table())
            con.execute(f"CREATE VIEW {name} AS SELECT * FROM _{name}_data")
        for view in views:  # e.g. a report's derived views, made before the configuration is locked
            con.execute(view)
        if prepare is not None:  # views that need Python objects (the gazetteer's names)
            prepare(con)
        if read_only_sql:
            con.execute("SET enable_external_access = false")
            con.execute("SET lock_configuration = true")
    except BaseException:
        snap.close()
        raise
    weakref.finalize(con, snap.close)
    return con


def _row_group_rows(nbytes: int, rows: int) -> int:
    """Rows per row group for data of this size: about ``ROW_GROUP_BYTES`` each (a table of long texts
    gets small row groups, one of short mentions big ones)."""
    per_row = max(1, nbytes // max(1, rows))
    return max(100, min(MAX_ROW_GROUP, ROW_GROUP_BYTES // per_row))


def _stream(spec: Table, files: list[Path]) -> Iterator[pa.RecordBatch]:
    """A writer's read of whole part files, in order: one file and one row group at a time (a dataset
    scan reads ahead in the background, well over 100 MB when the writer is slower), each batch in
    the table's schema."""
    for path in files:
        with pq.ParquetFile(path) as part:
            for batch in part.iter_batches(batch_size=SCAN_ROWS):
                yield from to_arrow(spec, pa.Table.from_batches([batch])).to_batches()


class KeyIndex:
    """Which keys a table holds, at 16 bytes a key: a sorted array of 128-bit digests of the key
    tuples, plus a set of the keys added since the last merge.

    A writer checks each batch's rows against it instead of a Python set of every stored key (about
    200 bytes a key), so a store of a million articles holds 16 MB per table, not 200. Two different
    keys share a digest with probability about n^2 / 2^129 (10^-27 for a million keys).
    """

    MERGE_AT = 50_000

    def __init__(self) -> None:
        self._sorted = np.empty(0, dtype="S16")
        self._recent: set[bytes] = set()

    @staticmethod
    def digest(key: tuple[Any, ...]) -> bytes:
        return hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent)

    def _in_sorted(self, digests: list[bytes]) -> np.ndarray:
        if not len(self._sorted) or not digests:
            return np.zeros(len(digests), dtype=bool)
        query = np.array(digests, dtype="S16")
        pos = np.searchsorted(self._sorted, query)
        pos[pos >= len(self._sorted)] = 0
        return self._sorted[pos] == query

    def contains(self, keys: Iterable[tuple[Any, ...]]) -> list[bool]:
        """For each key, whether it is held (one vectorised lookup for a batch)."""
        digests = [self.digest(k) for k in keys]
        found = self._in_sorted(digests)
        return [bool(f) or d in self._recent for f, d in zip(found, digests, strict=True)]

    def __contains__(self, key: object) -> bool:
        return self.contains([key])[0]  # type: ignore[list-item]

    def add(self, keys: Iterable[tuple[Any, ...]]) -> None:
        self._recent.update(self.digest(k) for k in keys)
        if len(self._recent) >= self.MERGE_AT:
            self._merge()

    def discard(self, keys: Iterable[tuple[Any, ...]]) -> None:
        gone = [self.digest(k) for k in keys]
        self._recent.difference_update(gone)
        if gone and len(self._sorted):
            self._sorted = self._sorted[~np.isin(self._sorted, np.array(gone, dtype="S16"))]

    def _merge(self) -> None:
        if self._recent:
            self._sorted = np.union1d(self._sorted, np.array(list(self._recent), dtype="S16"))
            self._recent = set()


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
        self._manifest: dict[str, Any] = {"seq": 0, "tables": {}}
        self._keys: dict[str, KeyIndex] = {}
        self._groups: dict[str, KeyIndex] = {}
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
            try:
                lock.acquire(timeout=0)
            except FileLockTimeout:  # (a TimeoutError, so an OSError: caught first)
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
        except LockTimeout:
            raise
        except OSError as exc:  # a lock file of another user, a read-only file system
            exc.filename = exc.filename or str(self.data_dir / LOCK_FILE)
            raise os_error(exc, "cannot lock the data directory:") from None
        self._lock = lock
        lockinfo.claim(self.data_dir)  # who holds it, for kwd status; a dead holder's record is taken over
        try:
            with _os_errors("cannot recover the data directory:"):
                self.recover()
        except BaseException:
            lockinfo.clear(self.data_dir)
            self._lock.release()
            self._lock = None
            raise

    def close(self, compact: bool = True) -> None:
        if self._lock is None:
            return
        try:
            if compact and self.auto_compact:
                for name in sorted(self._touched):
                    if len(self._live(name)) > self.auto_compact:
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
        """Roll a pending journal forward, write the manifest if there is none, and drop
        uncommitted temporary files."""
        manifest = _read_json(self.data_dir / MANIFEST)
        if manifest is None or not isinstance(manifest.get("tables"), dict):
            manifest = _globbed_manifest(self.data_dir)
            self._manifest = manifest
            self._write_manifest(manifest)
        self._manifest = manifest
        journal = self.data_dir / JOURNAL
        if journal.exists():
            plan = _read_json(journal)
            if plan is None:
                # the journal itself was not fully written: nothing of that commit was applied
                log.warning("discarding an incomplete journal in %s", self.data_dir)
            else:
                log.info("completing an interrupted commit in %s", self.data_dir)
                if "manifest" not in plan:  # a journal of an older kwd: its manifest is worked out
                    plan["manifest"] = self._next_manifest(
                        [(Path(a), Path(b)) for a, b in plan.get("add", [])], [Path(r) for r in plan.get("remove", [])]
                    )
                if plan["manifest"].get("seq", 0) > self._manifest.get("seq", 0):
                    self._apply(plan)
                else:  # the manifest was written: only removals may be left
                    for path in plan.get("remove", []):
                        Path(path).unlink(missing_ok=True)
            journal.unlink(missing_ok=True)
        shutil.rmtree(self.data_dir / TMP_DIR, ignore_errors=True)
        for stray in self.data_dir.glob(".*.tmp"):  # a manifest or journal a killed writer left half-written
            stray.unlink(missing_ok=True)
        for spec in TABLES.values():  # stray temp files of an older layout or a killed writer
            folder = self.data_dir / spec.name
            if folder.is_dir():
                for stray in folder.glob(".*.tmp"):
                    stray.unlink(missing_ok=True)

    def _live(self, name: str) -> list[Path]:
        """The part files of a table this store committed (under the lock: no journal pending)."""
        return [self.data_dir / name / n for n in self._manifest["tables"].get(name, [])]

    def _write_manifest(self, manifest: dict[str, Any]) -> None:
        _write_json_atomic(self.data_dir / MANIFEST, manifest)

    def _next_manifest(self, add: list[tuple[Path, Path]], remove: list[Path]) -> dict[str, Any]:
        tables = {t: list(names) for t, names in self._manifest["tables"].items()}
        for spec in TABLES.values():  # a table the manifest does not know yet holds what the store named
            if spec.name not in tables:
                tables[spec.name] = [p.name for p in _part_files(self.data_dir / spec.name)]
        gone = {(p.parent.name, p.name) for p in remove}
        tables = {t: [n for n in names if (t, n) not in gone] for t, names in tables.items()}
        for _, dst in add:
            if dst.name not in tables.setdefault(dst.parent.name, []):
                tables[dst.parent.name].append(dst.name)
        return {"seq": self._manifest.get("seq", 0) + 1, "tables": tables}

    def _apply(self, plan: dict[str, Any]) -> None:
        """Roll a journal forward: files in, the manifest (the commit point for kwd's readers),
        then the replaced files out. Idempotent: a crash anywhere is finished by running it again."""
        for src, dst in plan["add"]:
            if Path(src).exists():
                os.replace(src, dst)
        for folder in {Path(d).parent for _, d in plan["add"]}:
            _fsync_dir(folder)
        self._write_manifest(plan["manifest"])
        self._manifest = plan["manifest"]
        for path in plan["remove"]:
            Path(path).unlink(missing_ok=True)
        for folder in {Path(p).parent for p in plan["remove"]}:
            _fsync_dir(folder)

    def _commit(self, add: list[tuple[Path, Path]], remove: list[Path]) -> None:
        if not add and not remove:
            return
        plan = {
            "add": [[str(s), str(d)] for s, d in add],
            "remove": [str(p) for p in remove],
            "manifest": self._next_manifest(add, remove),
        }
        _write_json_atomic(self.data_dir / JOURNAL, plan)
        self._apply(plan)
        (self.data_dir / JOURNAL).unlink()
        _fsync_dir(self.data_dir)

    def _write_tmp(self, spec: Table, data: pa.Table | Iterable[pa.RecordBatch]) -> tuple[Path, Path]:
        tmp_dir = self.data_dir / TMP_DIR
        tmp_dir.mkdir(exist_ok=True)
        stamp = now_utc().strftime("%Y%m%dT%H%M%S")
        name = f"part-{stamp}-{uuid.uuid4().hex[:12]}.parquet"
        tmp = tmp_dir / f"{spec.name}-{name}"
        try:
            with pq.ParquetWriter(str(tmp), spec.schema, compression=COMPRESSION) as writer:
                if isinstance(data, pa.Table):
                    writer.write_table(data, row_group_size=_row_group_rows(data.nbytes, data.num_rows))
                else:  # batches gathered into row groups of about ROW_GROUP_BYTES
                    held: list[pa.RecordBatch] = []
                    rows = 0
                    for batch in data:
                        held.append(batch)
                        rows += batch.num_rows
                        if rows >= _row_group_rows(sum(b.nbytes for b in held), rows):
                            writer.write_table(pa.Table.from_batches(held, schema=spec.schema), row_group_size=rows)
                            held, rows = [], 0
                    if held:
                        writer.write_table(pa.Table.from_batches(held, schema=spec.schema), row_group_size=rows)
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
        except BaseException as exc:
            tmp.unlink(missing_ok=True)  # no half-written file survives
            if isinstance(exc, OSError):
                exc.filename = exc.filename or str(tmp)
            raise
        return tmp, self.data_dir / spec.name / name

    # -- keys ------------------------------------------------------------------------------
    def _index(self, name: str, columns: list[str]) -> KeyIndex:
        """A KeyIndex of the committed rows' ``columns``, read in batches (memory bounded by the index)."""
        index = KeyIndex()
        for batch in iter_batches(self.data_dir, name, columns, batch_size=SCAN_ROWS * 10):
            index.add(zip(*(batch.column(i).to_pylist() for i in range(len(columns))), strict=True))
        index._merge()
        return index

    def keys(self, name: str) -> KeyIndex:
        """The keys of every stored row of a table (kept while the store is open)."""
        self._require_lock()
        if name not in self._keys:
            self._keys[name] = self._index(name, list(table(name).key))
        return self._keys[name]

    def has(self, name: str, *key: Any) -> bool:
        return tuple(key) in self.keys(name)

    def groups(self, name: str) -> KeyIndex:
        """Distinct values of the table's ``replace_by`` column (e.g. article ids with rows), as 1-tuples."""
        self._require_lock()
        spec = table(name)
        if spec.replace_by is None:
            raise StoreError(f"table {name!r} has no replace_by column")
        if name not in self._groups:
            self._groups[name] = self._index(name, [spec.replace_by])
        return self._groups[name]

    # -- writes ----------------------------------------------------------------------------
    def _new_rows(self, spec: Table, data: pa.Table, replaced: set[Any] | None = None) -> pa.Table:
        """Drop rows whose key is stored already or repeated within the batch.

        Rows of a ``replaced`` group are new by definition: their stored rows are being removed.
        """
        cols = [data.column(k).to_pylist() for k in spec.key]
        groups = data.column(spec.replace_by).to_pylist() if replaced and spec.replace_by else None
        keys = list(zip(*cols, strict=True))
        if self._all_replaced(spec, data, replaced):
            known = [False] * len(keys)  # every row's group is new or being replaced: no stored key can clash
        else:
            known = self.keys(spec.name).contains(keys)
        keep, seen = [], set()
        for i, key in enumerate(keys):
            if key in seen or (
                known[i] and not (groups is not None and replaced is not None and groups[i] in replaced)
            ):
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

    @_writes("cannot write to the data directory:")
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
                present = self.groups(name).contains((v,) for v in replace)
                stale = {v for v, hit in zip(replace, present, strict=True) if hit}
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
                    self._keys[name].add(zip(*cols, strict=True))
                if spec.replace_by and name in self._groups:
                    self._groups[name].add((v,) for v in set(data.column(spec.replace_by).to_pylist()))
        return added

    def _without(self, spec: Table, values: set[Any]) -> tuple[list[tuple[Path, Path]], list[Path]]:
        """Rewrite the part files holding rows whose replace_by value is in ``values``."""
        assert spec.replace_by is not None
        add, remove = [], []
        value_set = pa.array(sorted(values), type=spec.schema.field(spec.replace_by).type)
        files = self._live(spec.name)
        self._verify(spec, files)
        for path in files:
            col = pq.read_table(path, columns=[spec.replace_by]).column(0)
            hit = pc.is_in(col, value_set=value_set)
            if not pc.any(hit).as_py():
                continue
            data = to_arrow(spec, pq.read_table(path)).filter(pc.invert(hit))
            remove.append(path)
            if data.num_rows:
                add.append(self._write_tmp(spec, data))
        if spec.name in self._groups:
            self._groups[spec.name].discard((v,) for v in values)
        return add, remove

    def _verify(self, spec: Table, files: list[Path]) -> None:
        for path in files:
            _check_part(str(path), path, spec)

    @_writes("cannot rewrite a table:")
    def deduplicate(self, name: str) -> tuple[int, int]:
        """Rewrite a table keeping the first row of each key; returns (rows before, after)."""
        self._require_lock()
        spec = table(name)
        files = self._live(name)
        self._verify(spec, files)
        if not files:
            return 0, 0
        seen: set[tuple[Any, ...]] = set()
        before = after = 0

        def unique() -> Iterator[pa.RecordBatch]:
            nonlocal before, after
            for batch in _stream(spec, files):
                cols = [batch.column(k).to_pylist() for k in spec.key]
                keep = []
                for i, key in enumerate(zip(*cols, strict=True)):
                    if key not in seen:
                        seen.add(key)
                        keep.append(i)
                before += batch.num_rows
                after += len(keep)
                yield batch.take(pa.array(keep, type=pa.int64()))

        tmp, final = self._write_tmp(spec, unique())
        self._commit([(tmp, final)], files)
        self._keys.pop(name, None)
        self._groups.pop(name, None)
        return before, after

    @_writes("cannot compact the data directory:")
    def compact(self, name: str | None = None) -> dict[str, tuple[int, int]]:
        """Merge each table's part files into one; returns {table: (files before, after)}."""
        self._require_lock()
        result = {}
        for spec in [table(name)] if name else list(TABLES.values()):
            files = self._live(spec.name)
            if len(files) <= 1:
                result[spec.name] = (len(files), len(files))
                continue
            self._verify(spec, files)
            tmp, final = self._write_tmp(spec, _stream(spec, files))
            self._commit([(tmp, final)], files)
            result[spec.name] = (len(files), 1)
            log.info("compacted %s: %d files into 1", spec.name, len(files))
        return result
