"""``kwd run``: one unattended cycle, for cron or a systemd timer.

Under the data directory's lock (the caller's open ``Store``): fetch the configured sources, ingest
the inbox folders, extract what is new or stale, and write every brief that is due and not yet
written. Each step calls the same library functions as ``kwd ingest``, ``kwd extract`` and
``kwd report``; a step that fails is recorded and the next one still runs.

Every step is safe to repeat, which is what makes a killed run harmless: pages already stored are
not fetched again, inbox files already read (same path, size and modification time, else the same
content) are not read again, only articles without current extraction results are extracted, and
a brief is recorded in ``briefs`` once its files are in place.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from kewaspadaan_cli import interrupts
from kewaspadaan_cli.config import Settings
from kewaspadaan_cli.errors import ExitCode, KwdError
from kewaspadaan_cli.store import Store, read_table

log = logging.getLogger(__name__)
Progress = Callable[[int, int | None], None]
SAME_CONTENT = "same content as an inbox file already read"


@dataclass
class Step:
    """One step's outcome: ``ok``, ``partial`` (some inputs skipped), ``failed`` or ``idle`` (not configured)."""

    name: str
    status: str = "ok"
    counts: dict[str, Any] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {
            "status": self.status,
            "seconds": round(self.seconds, 2),
            "counts": self.counts,
            "errors": self.errors,
        }


@dataclass
class RunSummary:
    steps: list[Step] = field(default_factory=list)

    @property
    def exit_code(self) -> ExitCode:
        """0 all fine; 2 some inputs skipped or a step failed; 1 every step with work failed."""
        busy = [s for s in self.steps if s.status != "idle"]
        if any(s.status in ("partial", "failed") for s in busy):
            return ExitCode.ERROR if all(s.status == "failed" for s in busy) else ExitCode.PARTIAL
        return ExitCode.OK

    @property
    def errors(self) -> list[str]:
        return [f"{s.name}: {e}" for s in self.steps for e in s.errors]

    def counts(self) -> dict[str, Any]:
        return {s.name: {"status": s.status, **s.counts} for s in self.steps}

    def to_dict(self) -> dict[str, Any]:
        return {"exit_code": int(self.exit_code), "steps": {s.name: s.to_dict() for s in self.steps}}


def _skipped_lines(skipped: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {reason}" for where, reason in skipped]


def _ingest_status(summary: Any) -> str:
    if summary.nothing_done:
        return "failed"
    return "partial" if summary.skipped else "ok"


# -- fetch ---------------------------------------------------------------------------------


def fetched_pages(data_dir: Path) -> set[str]:
    """Page URLs already fetched with success: stored, or read and found not to be an article.

    A page that failed (an error, a 5xx) is tried again by the next run; one that answered is not.
    """
    rows = read_table(data_dir, "fetch_log", ["url", "status", "error", "kind"]).to_pylist()
    return {r["url"] for r in rows if r["kind"] == "page" and r["status"] == 200 and r["error"] is None}


def fetch_step(store: Store, settings: Settings, advance: Progress | None) -> Step:
    from kewaspadaan_cli.fetch.http import FetchSettings
    from kewaspadaan_cli.fetch.pipeline import ingest_web
    from kewaspadaan_cli.fetch.sources import read_sources
    from kewaspadaan_cli.ingest.pipeline import IngestSummary

    step = Step("fetch")
    if settings.sources is None:
        step.status = "idle"
        return step
    plan = read_sources(settings.sources)
    fetch = FetchSettings(contact=settings.contact, rate=settings.rate, timeout=settings.timeout)
    summary = ingest_web(
        store, plan, fetch, settings.since, advance, IngestSummary(), known=fetched_pages(store.data_dir)
    )
    step.counts = {k: v for k, v in summary.to_dict().items() if k != "skipped"}
    step.errors = _skipped_lines(summary.skipped)
    step.status = _ingest_status(summary)
    return step


# -- inbox ---------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def inbox_step(store: Store, settings: Settings, run_id: str, advance: Progress | None) -> Step:
    """Ingest the inbox files not read before: a file is known by path, size and modification
    time, else by its content (a file copied or touched again is not read twice)."""
    from kewaspadaan_cli.engines import EngineSettings
    from kewaspadaan_cli.ingest.pipeline import IngestOptions, ingest_paths
    from kewaspadaan_cli.ingest.readers import discover

    step = Step("inbox")
    if not settings.inbox:
        step.status = "idle"
        return step
    seen = read_table(store.data_dir, "inbox_files", ["path", "size", "mtime_ns", "sha256"]).to_pylist()
    known = {(r["path"], r["size"], r["mtime_ns"]) for r in seen}
    known_content = {r["sha256"] for r in seen}
    todo: list[Path] = []
    pending: dict[str, dict[str, Any]] = {}
    unchanged = same_content = 0
    problems: list[tuple[str, str]] = []
    for item in discover([Path(p) for p in settings.inbox]):
        if isinstance(item, tuple):
            problems.append((str(item[0]), item[1]))
            continue
        path = item.path.absolute()
        try:
            st = path.stat()
            key = (str(path), st.st_size, st.st_mtime_ns)
            if key in known:
                unchanged += 1
                continue
            digest = _sha256(path)
        except OSError as exc:
            problems.append((str(path), f"cannot read the file: {exc.strerror or exc}"))
            continue
        row = {
            "path": key[0],
            "size": key[1],
            "mtime_ns": key[2],
            "sha256": digest,
            "outcome": None,
            "run_id": run_id,
            "seen_at": datetime.now(UTC),
        }
        if digest in known_content or any(r["sha256"] == digest for r in pending.values()):
            same_content += 1
            row["outcome"] = SAME_CONTENT
        else:
            todo.append(path)
        pending[key[0]] = row
    engine = EngineSettings(workers=settings.workers)
    summary = ingest_paths(store, todo, IngestOptions(), advance, engine) if todo else None
    if summary is not None:
        for where, reason in summary.skipped:
            if where in pending:
                pending[where]["outcome"] = reason
    if pending:
        store.append("inbox_files", list(pending.values()))
    step.counts = {"files_unchanged": unchanged, "files_same_content": same_content, "files_read": len(todo)}
    if summary is not None:
        step.counts.update({k: v for k, v in summary.to_dict().items() if k not in ("skipped", "files_seen")})
        problems += summary.skipped
    step.errors = _skipped_lines(problems)
    if problems:
        nothing = summary is None or summary.nothing_done
        step.status = "failed" if nothing and not unchanged and not same_content else "partial"
    return step


# -- extract -------------------------------------------------------------------------------


def extract_step(store: Store, settings: Settings, advance: Progress | None) -> Step:
    from kewaspadaan_cli.extract.pipeline import run_extract

    step = Step("extract")
    summary = run_extract(store, workers=settings.workers, advance=advance)
    counts = summary.to_dict()
    counts.pop("failed", None)
    counts["unextracted"] = len(summary.failed)  # still waiting after this run
    step.counts = counts
    step.errors = [f"article {aid}: {reason}" for aid, reason in summary.failed]
    if summary.failed:
        step.status = "partial" if summary.extracted else "failed"
    return step


# -- briefs --------------------------------------------------------------------------------


def due_weeks(last_written: date | None, today: date | None = None) -> list[date]:
    """Mondays of the closed ISO weeks whose brief is due: every week after the last one written,
    up to the last closed week; only the last closed week when none was written yet."""
    from kewaspadaan_cli.report.aggregate import last_complete_week

    latest = last_complete_week(today).start
    if last_written is None:
        return [latest]
    monday = last_written - timedelta(days=last_written.weekday()) + timedelta(days=7)
    out = []
    while monday <= latest:
        out.append(monday)
        monday += timedelta(days=7)
    return out


def report_step(store: Store, settings: Settings, run_id: str, today: date | None = None) -> Step:
    from kewaspadaan_cli.report.aggregate import Period, Scope, build_brief
    from kewaspadaan_cli.report.render import write_report

    step = Step("report")
    written = read_table(store.data_dir, "briefs", ["period_start", "lang", "scope"]).to_pylist()
    last: dict[tuple[str, str], date] = {}
    for r in written:
        k = (r["lang"], r["scope"])
        last[k] = max(last.get(k, r["period_start"]), r["period_start"])
    scopes = list(settings.regions) or [""]
    briefs = files = 0
    weeks: set[str] = set()
    for scope_code in scopes:
        scope = Scope(region=scope_code) if "." in scope_code else Scope(province=scope_code or None)
        todo: dict[date, list[str]] = {}
        for lang in settings.lang:
            for monday in due_weeks(last.get((lang, scope_code)), today):
                todo.setdefault(monday, []).append(lang)
        for monday, langs in sorted(todo.items()):
            period = Period(monday, monday + timedelta(days=6))
            brief = build_brief(store.data_dir, period, scope)
            for lang in langs:
                paths = write_report(brief, settings.out, list(settings.formats), lang)
                store.append(
                    "briefs",
                    [
                        {
                            "period_start": period.start,
                            "period_end": period.end,
                            "lang": lang,
                            "scope": scope_code,
                            "paths": [str(p) for p in paths],
                            "run_id": run_id,
                            "written_at": datetime.now(UTC),
                        }
                    ],
                )
                log.info(
                    "wrote the brief of %s (%s) in %s: %s",
                    period.label,
                    lang,
                    scope_code or "all regions",
                    ", ".join(str(p) for p in paths),
                )
                briefs += 1
                files += len(paths)
                iso = monday.isocalendar()
                weeks.add(f"{iso.year}-W{iso.week:02d}")
    step.counts = {"briefs": briefs, "files": files, "weeks": sorted(weeks)}
    return step


# -- the cycle -----------------------------------------------------------------------------


def run_cycle(
    store: Store, settings: Settings, run_id: str, advance: Progress | None = None, today: date | None = None
) -> RunSummary:
    """One cycle under the caller's lock; a step that fails is recorded and the next one runs."""
    summary = RunSummary()
    steps: list[tuple[str, Callable[[], Step]]] = [
        ("fetch", lambda: fetch_step(store, settings, advance)),
        ("inbox", lambda: inbox_step(store, settings, run_id, advance)),
        ("extract", lambda: extract_step(store, settings, advance)),
        ("report", lambda: report_step(store, settings, run_id, today)),
    ]
    for name, fn in steps:
        t0 = time.monotonic()
        log.info("%s: starting", name)
        try:
            step = fn()
        except KwdError as exc:
            interrupts.reraise(exc)  # a stop that a library turned into its own error is still a stop
            step = Step(name, "failed", errors=[exc.message])
            log.error("%s failed: %s", name, exc.message)
        except Exception as exc:  # a bug in one step must not stop the others, nor go unrecorded
            interrupts.reraise(exc)
            step = Step(name, "failed", errors=[f"{type(exc).__name__}: {exc}"])
            log.exception("%s failed", name)
        step.seconds = time.monotonic() - t0
        summary.steps.append(step)
        if step.status != "idle":
            shown = ", ".join(f"{k} {v}" for k, v in step.counts.items() if not isinstance(v, dict | list))
            level = logging.INFO if step.status == "ok" else logging.WARNING
            log.log(level, "%s %s in %.1f s: %s", name, step.status, step.seconds, shown or "-")
    return summary
