"""Where the pure batch functions run: in this process, in a local process pool, or on a Dask cluster.

``kwd ingest`` and ``kwd extract`` hand an engine a module-level function and an iterator of Arrow
record batches; the engine yields ``(batch, result)`` pairs, and the caller alone writes the store.
So the store stays single-writer whatever runs the work, and the workers need the package and its
lexicons but never the data directory.

Every engine keeps a bounded window of batches in flight (submitted as workers take them, never the
whole input at once), so the caller's memory does not grow with the corpus. With ``ordered=True``
results come back in input order (ingest needs it: the first copy of a near-duplicate is the one
read first); otherwise as they complete.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Any, TypeVar

from kewaspadaan_cli.errors import EngineError, UsageError

log = logging.getLogger(__name__)

T = TypeVar("T")
ENGINES = ("local", "dask")


@dataclass
class EngineStats:
    """What the engine did, for the run's summary."""

    engine: str = "local"
    workers: int = 1
    batches: int = 0
    retried: int = 0  # batches run again because the worker running them died
    scheduler: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class EngineSettings:
    engine: str = "local"
    workers: int = 1
    scheduler: str | None = None  # tcp://HOST:PORT of a running Dask scheduler
    window: int = 0  # batches in flight; 0: two per worker
    connect_timeout: float = 5.0
    extra: dict[str, Any] = field(default_factory=dict)

    def validate(self) -> None:
        if self.engine not in ENGINES:
            raise UsageError(f"--engine {self.engine!r} is not one of {', '.join(ENGINES)}")
        if self.scheduler and self.engine != "dask":
            raise UsageError("--scheduler needs --engine dask")
        if self.workers < 1:
            raise UsageError("--workers must be at least 1")


def _watch_parent(parent: int) -> None:
    """A pool worker's thread: end the worker when the process that started it is gone."""
    import time

    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(1)


def _init_worker(parent: int, warm: Callable[[], None] | None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides; a Ctrl-C reaches the whole group
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the handler forked from the parent: terminate() ends it
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM})  # forked while the parent held it back
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if warm is not None:
        warm()


class Engine:
    """Runs ``fn(batch, *args)`` over batches; a context manager that owns its workers."""

    stats: EngineStats

    def map(
        self, fn: Callable[..., Any], batches: Iterable[T], *args: Any, ordered: bool = False
    ) -> Iterator[tuple[T, Any]]:
        raise NotImplementedError

    def __enter__(self) -> Engine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        pass


class InProcess(Engine):
    def __init__(self, warm: Callable[[], None] | None = None) -> None:
        self.stats = EngineStats("local", 1)
        if warm is not None:
            warm()

    def map(
        self, fn: Callable[..., Any], batches: Iterable[T], *args: Any, ordered: bool = False
    ) -> Iterator[tuple[T, Any]]:
        for batch in batches:
            self.stats.batches += 1
            yield batch, fn(batch, *args)


class LocalPool(Engine):
    """A process pool on this machine whose workers never outlive the run: on SIGTERM (in the main
    thread) or any exception the workers are terminated, and a worker whose parent died (SIGKILL,
    which nothing else would tell it) ends itself."""

    def __init__(self, workers: int, warm: Callable[[], None] | None = None, window: int = 0) -> None:
        self.stats = EngineStats("local", workers)
        self.window = window or workers * 2
        self.pool = ProcessPoolExecutor(max_workers=workers, initializer=_init_worker, initargs=(os.getpid(), warm))
        self._previous: Any = None
        self._signalled = 0
        if threading.current_thread() is threading.main_thread():

            def terminated(signum: int, frame: Any) -> None:
                self._signalled = signum
                self._stop(signum, frame)

            self._previous = signal.signal(signal.SIGTERM, terminated)

    def _stop(self, signum: int, frame: Any) -> None:
        if callable(self._previous):  # the command's own handler (kwd run records the stop)
            self._previous(signum, frame)
        raise SystemExit(128 + signum)

    def _check(self) -> None:
        """Stop here if a SIGTERM came and its exception was lost: raised while the interpreter ran
        a fork hook or a finalizer (a worker being started), it is printed and ignored."""
        if self._signalled:
            self._stop(self._signalled, None)

    def _submit(self, fn: Callable[..., Any], batch: Any, *args: Any) -> Future[Any]:
        """Submit with SIGTERM held back: a submit may fork the workers, and a handler run inside
        the fork hooks would have its exception printed and ignored. The signal comes after."""
        held = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGTERM})
        try:
            return self.pool.submit(fn, batch, *args)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, held)

    def map(
        self, fn: Callable[..., Any], batches: Iterable[T], *args: Any, ordered: bool = False
    ) -> Iterator[tuple[T, Any]]:
        pending: deque[tuple[Future[Any], T]] = deque()
        for batch in batches:
            pending.append((self._submit(fn, batch, *args), batch))
            self.stats.batches += 1
            self._check()
            if len(pending) >= self.window:
                fut, done = pending.popleft()
                result = fut.result()
                self._check()
                yield done, result
        while pending:
            fut, done = pending.popleft()
            result = fut.result()
            self._check()
            yield done, result

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None:
            for proc in list((getattr(self.pool, "_processes", None) or {}).values()):
                proc.terminate()
            self.pool.shutdown(wait=False, cancel_futures=True)
            self._restore()
        else:
            self.close()

    def close(self) -> None:
        try:
            self.pool.shutdown(wait=True, cancel_futures=True)
        finally:
            self._restore()

    def _restore(self) -> None:
        if self._previous is not None:
            signal.signal(signal.SIGTERM, self._previous)
            self._previous = None


def _suspicious(dask_scheduler: Any, keys: list[str]) -> int:
    """On the scheduler: how many of these tasks were on a worker that died (and so ran again)."""
    n = 0
    for key in keys:
        ts = dask_scheduler.tasks.get(key)
        if ts is not None and ts.suspicious:
            n += 1
    return n


class DaskEngine(Engine):
    """A Dask cluster: an existing scheduler (``tcp://HOST:PORT``) or a LocalCluster of ``workers``."""

    def __init__(self, settings: EngineSettings) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise EngineError("--engine dask needs the dask extra: pip install 'kewaspadaan-cli[dask]'") from None
        self.cluster: Any = None
        self.stats = EngineStats("dask", settings.workers, scheduler=settings.scheduler)
        try:
            if settings.scheduler:
                self.client = Client(settings.scheduler, timeout=settings.connect_timeout, set_as_default=False)
                self.stats.workers = len(self.client.scheduler_info().get("workers", {})) or settings.workers
            else:
                self.cluster = LocalCluster(
                    n_workers=settings.workers,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                )
                self.client = Client(self.cluster, set_as_default=False)
        except (OSError, TimeoutError) as exc:
            where = settings.scheduler or "a local cluster"
            raise EngineError(f"cannot reach the Dask scheduler at {where}: {exc}") from None
        self.window = settings.window or max(2, self.stats.workers * 2)

    def map(
        self, fn: Callable[..., Any], batches: Iterable[T], *args: Any, ordered: bool = False
    ) -> Iterator[tuple[T, Any]]:
        from distributed import as_completed

        it = iter(batches)
        batch_of: dict[Any, T] = {}  # by the future's key
        seq_of: dict[Any, int] = {}
        done_results: dict[int, tuple[T, Any]] = {}
        next_out = 0
        seq = 0

        def submit() -> Any:
            nonlocal seq
            try:
                batch = next(it)
            except StopIteration:
                return None
            fut = self.client.submit(fn, batch, *args, pure=False)
            batch_of[fut.key] = batch
            seq_of[fut.key] = seq
            seq += 1
            self.stats.batches += 1
            return fut

        def refill() -> None:
            # in flight plus held for ordering stays within the window: memory bounded either way
            while len(batch_of) + len(done_results) < self.window:
                fut = submit()
                if fut is None:
                    return
                queue.add(fut)

        queue = as_completed([], loop=self.client.loop)
        refill()
        for fut in queue:
            key = fut.key
            result = fut.result()  # a task that failed on every try raises here, with its own error
            self.stats.retried += self.client.run_on_scheduler(_suspicious, keys=[key])
            fut.release()
            batch = batch_of.pop(key)
            n = seq_of.pop(key)
            if ordered:
                done_results[n] = (batch, result)
                while next_out in done_results:
                    yield done_results.pop(next_out)
                    next_out += 1
            else:
                yield batch, result
            refill()

    def close(self) -> None:
        try:
            self.client.close()
        finally:
            if self.cluster is not None:
                self.cluster.close()


def open_engine(settings: EngineSettings, warm: Callable[[], None] | None = None) -> Engine:
    """The engine the settings ask for. Raises UsageError or EngineError (unreachable scheduler)."""
    settings.validate()
    if settings.engine == "dask":
        return DaskEngine(settings)
    workers = min(settings.workers, os.cpu_count() or 1)
    if workers <= 1:
        return InProcess(warm)
    return LocalPool(workers, warm, settings.window)
