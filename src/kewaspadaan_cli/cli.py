"""The ``kwd`` command line: a thin Typer layer over the library.

Each command builds its settings, calls one library function, draws its progress and summary,
and maps library errors to the exit codes of ``errors.ExitCode``. Nothing else lives here.
"""

from __future__ import annotations

import contextlib
import json
import logging
import re
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, NoReturn

import typer
from typer.core import TyperGroup

from kewaspadaan_cli import __version__, interrupts
from kewaspadaan_cli.config import DEFAULT_LOCK_TIMEOUT, Settings
from kewaspadaan_cli.errors import ExitCode, KwdError
from kewaspadaan_cli.errors import UsageError as UsageErrorCli

# Click's UsageError as Typer uses it (Typer may vendor its own Click): BadParameter is one
ClickUsageError: type[Exception] = next(c for c in typer.BadParameter.__mro__ if c.__name__ == "UsageError")


class KwdGroup(TyperGroup):
    """The ``kwd`` group: usage errors exit 3 as documented (Click's default is 2, which ``kwd`` uses
    for "some inputs skipped"), and ``-v``/``-vv``/``--verbose`` are read after the command too."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if ctx.parent is None:  # the top group: move -v found after the command name to the front
            cut = args.index("--") if "--" in args else len(args)
            verbose = [a for a in args[:cut] if a == "--verbose" or re.fullmatch(r"-v+", a)]
            args = verbose + [a for a in args[:cut] if a not in verbose] + args[cut:]
        return super().parse_args(ctx, args)

    def make_context(self, *args: Any, **kwargs: Any) -> Any:
        try:
            return super().make_context(*args, **kwargs)
        except ClickUsageError as exc:
            exc.exit_code = int(ExitCode.USAGE)  # type: ignore[attr-defined]
            raise

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ClickUsageError as exc:
            exc.exit_code = int(ExitCode.USAGE)  # type: ignore[attr-defined]
            raise


app = typer.Typer(
    name="kwd",
    cls=KwdGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    help="kewaspadaan-cli: Indonesian regional news into tables and a weekly early-warning brief.\n\n"
    "Exit codes: 0 all fine; 1 nothing could be done; 2 finished with some inputs skipped; "
    "3 bad usage; 4 data directory locked; 5 a check failed; 130 interrupted (Ctrl-C, or SIGTERM to kwd run), "
    "nothing half-written kept.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)

_state: dict[str, Any] = {"debug": False, "config": None}

DataDir = Annotated[
    Path | None,
    typer.Option("--data-dir", "-d", help="Data directory (default: $KWD_DATA_DIR, else ./kwd-data)."),
]
LockTimeout = Annotated[
    float, typer.Option("--lock-timeout", help="Seconds to wait for another kwd process to finish.")
]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar and no summary (for cron).")]
AsJson = Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")]
ConfigFile = Annotated[
    Path | None,
    typer.Option("--config", help="Configuration file (default: $KWD_CONFIG, ./kwd.toml, ~/.config/kwd, /etc/kwd)."),
]


def settings(config: Path | None = None, **flags: Any) -> Settings:
    """The command's settings: its flags over $KWD_* over the configuration file over the defaults.

    Also makes them the process's: umask, lexicon directory and log file."""
    from kewaspadaan_cli import config as cfg
    from kewaspadaan_cli import logfile

    s = cfg.load_settings(config or _state["config"], flags)
    cfg.apply(s)
    logfile.setup(s.log_file)
    return s


def recorded(command: str, store: Any) -> Any:
    """``runs.recorded``, imported when a command writes (the store's imports are slow to load)."""
    from kewaspadaan_cli.runs import recorded as record

    return record(command, store)


def resolve_data_dir(flag: Path | None) -> Path:
    """Every command's data directory: ``--data-dir``, $KWD_DATA_DIR, the configuration file, ./kwd-data."""
    return settings(data_dir=flag).data_dir


Workers = Annotated[
    int | None,
    typer.Option(
        "--workers",
        "-w",
        min=1,
        help="Worker processes (local) or LocalCluster workers [default: workers in kwd.toml, else 1].",
    ),
]
Engine = Annotated[
    str, typer.Option("--engine", help="Where the work runs: local (this machine) or dask (a Dask cluster).")
]
Scheduler = Annotated[
    str | None,
    typer.Option("--scheduler", help="A running Dask scheduler, tcp://HOST:PORT (with --engine dask)."),
]


def engine_settings(engine: str, workers: int, scheduler: str | None) -> Any:
    from kewaspadaan_cli.engines import EngineSettings

    settings = EngineSettings(engine=engine, workers=workers, scheduler=scheduler)
    settings.validate()
    return settings


def reader_dir(flag: Path | None) -> Path:
    """The data directory a reading command uses: it must exist (only ``kwd ingest`` creates one)."""
    from kewaspadaan_cli.errors import StoreError

    path = resolve_data_dir(flag)
    if not path.is_dir():
        raise StoreError(f"no data directory at {path}: check --data-dir or $KWD_DATA_DIR (kwd ingest creates one)")
    return path


def err(message: str) -> None:
    typer.echo(f"kwd: {message}", err=True)


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """Turn library errors into ``kwd: error: ...`` and their exit code. Any error after a stop was asked for
    (Ctrl-C, SIGTERM) is that stop, turned by a library (DuckDB) into an error of its own (see interrupts.py)."""
    try:
        yield
    except KwdError as exc:
        if interrupts.requested():
            _interrupted()
        if _state["debug"]:
            raise
        err(f"error: {exc.message}")
        raise typer.Exit(int(exc.exit_code)) from None
    except KeyboardInterrupt:
        _interrupted()
    except OSError as exc:  # permissions, a read-only file system, a full disk: one line, never a traceback
        if interrupts.requested():
            _interrupted()
        if _state["debug"]:
            raise
        from kewaspadaan_cli.store import os_error

        err(f"error: {os_error(exc, 'cannot read or write:').message}")
        raise typer.Exit(int(ExitCode.ERROR)) from None
    except Exception as exc:
        if interrupts.requested():  # DuckDB's "Query interrupted"
            _interrupted()
        # a part file damaged past its footer meets DuckDB or Arrow halfway through a read
        if _state["debug"] or not type(exc).__module__.startswith(("duckdb", "pyarrow", "_duckdb")):
            raise
        err(f"error: cannot read the data: {str(exc).splitlines()[0]}; run kwd check")
        raise typer.Exit(int(ExitCode.ERROR)) from None


def _interrupted() -> NoReturn:
    err("error: interrupted; nothing half-written was kept, run the command again to finish")
    # An interrupt raised inside code that CPython runs from a string (a namedtuple or a
    # dataclass made while a module loads) marks it unhandled, and ``python -m`` then ends the
    # process by SIGINT after exit, not with 130. Running a string again clears that mark.
    exec("")
    raise typer.Exit(130) from None


@contextlib.contextmanager
def progress(label: str, quiet: bool) -> Iterator[Callable[[int, int | None], None]]:
    """A Rich progress bar on a terminal; nothing when quiet or not a terminal.

    Yields ``advance(n, total)``: the library calls it as work is done.
    """
    if quiet or not sys.stderr.isatty():

        def nothing(n: int, total: int | None = None) -> None:
            pass

        yield nothing
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), transient=True) as bar:
        task = bar.add_task(label, total=None)

        def advance(n: int, total: int | None = None) -> None:
            if total is not None:
                bar.update(task, total=total)
            bar.advance(task, n)

        yield advance


def print_json(obj: Any) -> None:
    typer.echo(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


def on_wait(quiet: bool) -> Callable[[str], None]:
    def wait(message: str) -> None:
        err(message)  # always said: a cron log should show why a run took long

    return wait


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kwd {__version__}")
        raise typer.Exit(0)


@app.callback()
def main_callback(
    verbose: Annotated[int, typer.Option("--verbose", "-v", count=True, help="-v info, -vv debug logs.")] = 0,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    config: ConfigFile = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """kwd: Indonesian regional news analysis for early warning of social conflict."""
    _state["debug"] = debug
    _state["config"] = config
    interrupts.install(signal.SIGINT)  # Ctrl-C as by default, remembered past DuckDB (see interrupts.py)
    level = logging.WARNING if verbose == 0 else logging.INFO if verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    for handler in logging.getLogger().handlers:  # a run's record lines go to the log file, not the terminal
        if not any(isinstance(f, _NotFileOnly) for f in handler.filters):
            handler.addFilter(_NotFileOnly())


class _NotFileOnly(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not getattr(record, "file_only", False)


@app.command("sources")
def sources_cli(data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Show, per site, what was fetched, what failed and since when: a site that stopped answering shows first.

    Example: kwd sources --data-dir /srv/kwd-data
    """
    from kewaspadaan_cli.fetch.pipeline import source_health

    with guard():
        rows = source_health(reader_dir(data_dir))
    if as_json:
        print_json(rows)
        return
    if not rows:
        typer.echo("no fetches recorded yet")
        return
    for h in rows:
        state = f"FAILING since {h['failing_since']:%Y-%m-%d %H:%M}" if h["failing_since"] else "ok"
        last = f"{h['last_ok']:%Y-%m-%d %H:%M}" if h["last_ok"] else "never"
        typer.echo(
            f"{h['host']}: {state}; fetched {h['fetched']}, failed {h['failed']}, last success {last}"
            + (f"; last error {h['last_error']}" if h["failing_since"] else "")
        )


@app.command("compact")
def compact_cli(
    data_dir: DataDir = None,
    lock_timeout: LockTimeout = DEFAULT_LOCK_TIMEOUT,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """Merge each table's small part files into one, so reads stay fast.

    Example: kwd compact --data-dir /srv/kwd-data
    """
    from kewaspadaan_cli.store import Store

    with guard(), recorded("compact", Store(reader_dir(data_dir), lock_timeout, on_wait(quiet))) as (store, rec):
        result = store.compact()
        rec.counts = {name: {"before": b, "after": a} for name, (b, a) in result.items()}
    if as_json:
        print_json({name: {"files_before": b, "files_after": a} for name, (b, a) in sorted(result.items())})
    elif not quiet:
        for name, (before, after) in sorted(result.items()):
            if before != after:
                typer.echo(f"{name}: {before} files -> {after}")
        typer.echo("compacted")


@app.command("check")
def check_cli(
    data_dir: DataDir = None,
    repair: Annotated[
        bool,
        typer.Option("--repair", help="Move unreadable and stray files to <data-dir>/_quarantine/, drop duplicates."),
    ] = False,
    lock_timeout: LockTimeout = DEFAULT_LOCK_TIMEOUT,
    as_json: AsJson = False,
) -> None:
    """Check a data directory: every part file readable with its schema, no duplicate keys, no pending
    journal, no stray files. Exit 0 when sound, 5 with one line per problem.

    Example: kwd check --data-dir /srv/kwd-data --repair
    """
    from kewaspadaan_cli.check import check_data_dir

    with guard():
        result = check_data_dir(resolve_data_dir(data_dir), repair, lock_timeout, on_wait(False))
    for line in result.repairs:
        typer.echo(f"repaired: {line}")
    if as_json:
        print_json(result.to_dict())
    for p in result.problems:
        err(f"problem: {p}")
    if result.problems:
        hint = "" if repair else "; kwd check --repair fixes them"
        err(f"{len(result.problems)} problem(s) in {result.data_dir}{hint}")
        raise typer.Exit(int(ExitCode.CHECK_FAILED))
    if not as_json:
        typer.echo(f"{result.data_dir}: ok")


@app.command("ingest")
def ingest_cli(
    paths: Annotated[
        list[Path] | None, typer.Argument(help="Files and folders of articles (.txt .md .html .json .jsonl, and .gz).")
    ] = None,
    include: Annotated[
        list[str] | None, typer.Option("--include", help="Only files matching this glob (repeatable).")
    ] = None,
    exclude: Annotated[
        list[str] | None, typer.Option("--exclude", help="Skip files matching this glob (repeatable).")
    ] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", help="Skip files larger than this.")] = 20 * 1024 * 1024,
    url: Annotated[list[str] | None, typer.Option("--url", help="Fetch this article page (repeatable).")] = None,
    urls_file: Annotated[
        Path | None, typer.Option("--urls-file", help="A file of URLs, one a line (# comments).")
    ] = None,
    feed: Annotated[list[str] | None, typer.Option("--feed", help="An RSS or Atom feed (repeatable).")] = None,
    sitemap: Annotated[
        list[str] | None, typer.Option("--sitemap", help="A sitemap or sitemap index (repeatable).")
    ] = None,
    site: Annotated[
        list[str] | None, typer.Option("--site", help="A homepage: its feeds and sitemaps (repeatable).")
    ] = None,
    sources: Annotated[Path | None, typer.Option("--sources", help="An office's outlets, as TOML or YAML.")] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Skip feed and sitemap entries older than this date.")
    ] = None,
    assign_date: Annotated[
        str | None,
        typer.Option("--date", help="Publication date (YYYY-MM-DD) of the articles nothing else dates."),
    ] = None,
    contact: Annotated[str | None, typer.Option("--contact", help="Contact (URL or e-mail) in the User-Agent.")] = None,
    rate: Annotated[float | None, typer.Option("--rate", help="Requests per second per host [default: 1].")] = None,
    timeout: Annotated[
        float | None, typer.Option("--timeout", help="Seconds before a request times out [default: 20].")
    ] = None,
    workers: Workers = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    data_dir: DataDir = None,
    lock_timeout: LockTimeout = DEFAULT_LOCK_TIMEOUT,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """Read article files and web pages into the articles table: cleaned, deduplicated, stored as Parquet.

    Web sources honour robots.txt and a rate limit per host; pages already stored are not fetched
    again. Exit 0 when every input was read, 2 when some were skipped (each named on stderr), 1
    when nothing could be read.

    Files are parsed by --workers processes, or on a Dask cluster with --engine dask; this process
    alone writes the data directory.

    Example: kwd ingest ~/berita/2024-11 --feed https://swarakaltara.com/feed --data-dir /srv/kwd-data
    """
    from datetime import date

    from kewaspadaan_cli.fetch.sources import WebPlan, read_sources, read_urls_file
    from kewaspadaan_cli.ingest.pipeline import IngestOptions, IngestSummary, ingest_paths
    from kewaspadaan_cli.store import Store

    with guard():
        plan = WebPlan(list(url or []), list(feed or []), list(sitemap or []), list(site or []))
        if urls_file:
            plan.urls += read_urls_file(urls_file)
        if sources:
            plan.extend(read_sources(sources))
        try:
            since_date = date.fromisoformat(since) if since else None
        except ValueError:
            raise UsageErrorCli(f"--since {since!r} is not a date; use YYYY-MM-DD") from None
        if not paths and not plan:
            raise UsageErrorCli(
                "give at least one file or folder, or a --url/--feed/--sitemap/--site/--sources "
                "to ingest (see kwd ingest --help)"
            )
        try:
            assigned = date.fromisoformat(assign_date) if assign_date else None
        except ValueError:
            raise UsageErrorCli(f"--date {assign_date!r} is not a date; use YYYY-MM-DD") from None
        options = IngestOptions(tuple(include or ()), tuple(exclude or ()), max_bytes, assigned)
        conf = settings(data_dir=data_dir, contact=contact, rate=rate, timeout=timeout, workers=workers)
        runner = engine_settings(engine, conf.workers, scheduler)
        with recorded("ingest", Store(conf.data_dir, lock_timeout, on_wait(quiet))) as (store, rec):
            with progress("ingest", quiet or as_json) as advance:
                summary = ingest_paths(store, paths, options, advance, runner) if paths else IngestSummary()
                if plan:
                    from kewaspadaan_cli.fetch.http import FetchSettings
                    from kewaspadaan_cli.fetch.pipeline import ingest_web

                    fetch = FetchSettings(contact=conf.contact, rate=conf.rate, timeout=conf.timeout)
                    ingest_web(store, plan, fetch, since_date, advance, summary)
            rec.set_result(summary.to_dict(), [f"{w}: {r}" for w, r in summary.skipped], _ingest_exit(summary))
    finish_ingest(summary, quiet, as_json)


def _ingest_exit(summary: Any) -> ExitCode:
    if summary.nothing_done or (summary.files_seen == 0 and not summary.new_articles and summary.skipped):
        return ExitCode.ERROR
    return ExitCode.PARTIAL if summary.skipped else ExitCode.OK


def finish_ingest(summary: Any, quiet: bool, as_json: bool) -> None:
    """Print the ingest summary and exit with its code."""
    for where, reason in summary.skipped:
        err(f"skipped {where}: {reason}")
    if as_json:
        print_json(summary.to_dict())
    elif not quiet:
        typer.echo(
            f"files seen: {summary.files_seen}; new articles: {summary.new_articles}; "
            f"exact duplicates: {summary.exact_duplicates}; near-duplicates: {summary.near_duplicates}; "
            f"skipped: {len(summary.skipped)}"
        )
    if summary.nothing_done or (summary.files_seen == 0 and not summary.new_articles and summary.skipped):
        raise typer.Exit(int(ExitCode.ERROR))
    if summary.skipped:
        raise typer.Exit(int(ExitCode.PARTIAL))


@app.command("extract")
def extract_cli(
    data_dir: DataDir = None,
    everything: Annotated[
        bool, typer.Option("--all", help="Extract every article again, not only new or stale ones.")
    ] = False,
    since: Annotated[
        str | None, typer.Option("--since", help="Only articles published on or after this date (YYYY-MM-DD).")
    ] = None,
    workers: Workers = None,
    engine: Engine = "local",
    scheduler: Scheduler = None,
    budget: Annotated[
        float, typer.Option("--budget", min=0, help="Seconds one article may take before it is skipped (0: no limit).")
    ] = 60.0,
    lock_timeout: LockTimeout = DEFAULT_LOCK_TIMEOUT,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """Find regions, officials, institutions, elections, conflicts and meetings in stored articles.

    By default only articles not yet extracted with the current lexicons and code; their old rows
    are replaced, never duplicated. Exit 0 when all went well, 2 when some articles failed.

    --engine dask runs the batches on a Dask cluster (--scheduler tcp://HOST:PORT, else a local
    cluster of --workers processes); this process alone writes the data directory.

    Example: kwd extract --data-dir /srv/kwd-data --workers 2
    """
    from datetime import date

    from kewaspadaan_cli.extract.pipeline import run_extract
    from kewaspadaan_cli.store import Store

    try:
        since_date = date.fromisoformat(since) if since else None
    except ValueError:
        err(f"error: --since {since!r} is not a date; use YYYY-MM-DD")
        raise typer.Exit(int(ExitCode.USAGE)) from None
    with guard():
        runner = engine_settings(engine, settings(data_dir=data_dir, workers=workers).workers, scheduler)
    with guard(), recorded("extract", Store(reader_dir(data_dir), lock_timeout, on_wait(quiet))) as (store, rec):
        with progress("extract", quiet or as_json) as advance:
            summary = run_extract(
                store, everything=everything, since=since_date, advance=advance, engine=runner, budget=budget or None
            )
        code = (ExitCode.PARTIAL if summary.extracted else ExitCode.ERROR) if summary.failed else ExitCode.OK
        rec.set_result(summary.to_dict(), [f"article {a}: {r}" for a, r in summary.failed], code)
    for aid, reason in summary.failed:
        err(f"failed article {aid}: {reason}")
    if as_json:
        print_json(summary.to_dict())
    elif not quiet:
        rows = ", ".join(f"{k} {v}" for k, v in summary.rows.items())
        typer.echo(
            f"articles: {summary.articles}; extracted: {summary.extracted}; up to date: {summary.up_to_date}; "
            f"failed: {len(summary.failed)}; rows added: {rows}"
        )
    if summary.failed:
        raise typer.Exit(int(ExitCode.PARTIAL if summary.extracted else ExitCode.ERROR))


def _period(week: str | None, since: str | None, until: str | None) -> Any:
    from datetime import date

    from kewaspadaan_cli.report.aggregate import Period, iso_week, last_complete_week

    if week and (since or until):
        raise UsageErrorCli("give either --week or --since/--until, not both")
    if week:
        return iso_week(week)
    if since or until:
        try:
            start = date.fromisoformat(since) if since else date(1970, 1, 1)
            end = date.fromisoformat(until) if until else date.today()
        except ValueError:
            raise UsageErrorCli("--since and --until take dates as YYYY-MM-DD") from None
        if end < start:
            raise UsageErrorCli(f"--until {end} is before --since {start}")
        return Period(start, end)
    return last_complete_week()


Week = Annotated[str | None, typer.Option("--week", help="ISO week, e.g. 2024-W48 (default: the last complete week).")]
Since = Annotated[str | None, typer.Option("--since", help="First day, YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option("--until", help="Last day, YYYY-MM-DD.")]
Province = Annotated[str | None, typer.Option("--province", help="Only this province (Kemendagri code, e.g. 65).")]
Region = Annotated[str | None, typer.Option("--region", help="Only this kabupaten/kota (e.g. 65.02).")]
Provinces = Annotated[
    list[str] | None,
    typer.Option(
        "--province", help='Only these provinces, by name or code: "Kalimantan Utara", 65 (repeatable, or 61,65).'
    ),
]
Regions = Annotated[
    list[str] | None,
    typer.Option("--region", help='Only these kabupaten/kota, by name or code: Malinau, "Kota Bima", 65.02.'),
]


@app.command("report")
def report_cli(
    data_dir: DataDir = None,
    week: Week = None,
    since: Since = None,
    until: Until = None,
    province: Provinces = None,
    region: Regions = None,
    formats: Annotated[
        str | None, typer.Option("--format", help="html, md, pdf, or several: html,md,pdf [default: html,md].")
    ] = None,
    lang: Annotated[str | None, typer.Option("--lang", help="id (Bahasa Indonesia) or en [default: id].")] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="Folder to write the brief into [default: kwd-reports].")
    ] = None,
    as_json: AsJson = False,
) -> None:
    """Write the early-warning brief (HTML, Markdown, PDF) and print the paths written.

    Example: kwd report --week 2024-W48 --province "Kalimantan Utara" --format html,pdf --out ~/briefs
    """
    from kewaspadaan_cli.atomic import temp_files_removed
    from kewaspadaan_cli.places import resolve_all
    from kewaspadaan_cli.report.aggregate import Scope, build_brief
    from kewaspadaan_cli.report.render import write_report

    with guard():
        period = _period(week, since, until)
        fmts = [f.strip() for f in formats.split(",") if f.strip()] if formats else None
        conf = settings(data_dir=data_dir, out=out, lang=[lang] if lang else None, formats=fmts)
        scope = Scope(codes=resolve_all(province, region))
        brief = build_brief(reader_dir(data_dir), period, scope)
        with temp_files_removed(conf.out):
            paths = [p for code in conf.lang for p in write_report(brief, conf.out, list(conf.formats), code)]
    if as_json:
        from kewaspadaan_cli.report.summary import summarise

        print_json(
            {
                "paths": [str(p) for p in paths],
                "period": brief.period.label,
                "regions": list(scope.all_codes),
                "summary": summarise(brief, conf.lang[0]),
                "undated": len(brief.undated),
            }
        )
        return
    for p in paths:
        typer.echo(str(p))


@app.command("export")
def export_cli(
    table: Annotated[str, typer.Argument(help="articles, officials, meetings, mentions, labels, quotes or fetch_log.")],
    out: Annotated[Path, typer.Option("--out", help="The file to write (.csv, .xlsx or .jsonl).")],
    fmt: Annotated[
        str | None, typer.Option("--format", help="csv, xlsx or jsonl (default: from the --out file's extension).")
    ] = None,
    data_dir: DataDir = None,
    since: Since = None,
    until: Until = None,
    province: Provinces = None,
    region: Regions = None,
    lang: Annotated[str, typer.Option("--lang", help="Column headers in id (Bahasa Indonesia) or en.")] = "id",
    as_json: AsJson = False,
) -> None:
    """Export a table for Excel or other tools, with readable column names and region names.

    Example: kwd export meetings --since 2024-11-01 --province "Kalimantan Barat" --out rapat.xlsx
    """
    from kewaspadaan_cli.atomic import atomic_path
    from kewaspadaan_cli.errors import ReportError
    from kewaspadaan_cli.places import resolve_all
    from kewaspadaan_cli.report.aggregate import Scope
    from kewaspadaan_cli.report.export import EXPORTABLE, export_table, format_for

    with guard():
        period = _period(None, since, until) if (since or until) else None
        scope = Scope(codes=resolve_all(province, region))
        if table not in EXPORTABLE:
            raise ReportError(f"unknown table {table!r}; choose one of: {', '.join(sorted(EXPORTABLE))}")
        kind = format_for(out, fmt)
        source = reader_dir(data_dir)
        with atomic_path(out) as tmp:
            n = export_table(source, table, tmp, kind, period, scope, lang)
    if as_json:
        print_json({"path": str(out), "format": kind, "rows": n})
        return
    typer.echo(f"{out}: {n} rows")


@app.command("query")
def query_cli(
    sql: Annotated[str, typer.Argument(help="DuckDB SQL; each table is a view by its name.")],
    data_dir: DataDir = None,
    csv_out: Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")] = False,
    limit: Annotated[int, typer.Option("--limit", help="At most this many rows (0: all).")] = 200,
) -> None:
    """Run one read-only DuckDB SELECT over the tables and print the result (anything else: exit 3).
    The views regions and articles_named carry region names.

    Example: kwd query "select region_code, count(*) from article_labels group by 1 order by 2 desc"
    """
    from kewaspadaan_cli.sql import run_query

    with guard():
        cols, rows = run_query(reader_dir(data_dir), sql, limit or None)
    if csv_out or not sys.stdout.isatty():
        import csv as _csv

        w = _csv.writer(sys.stdout)
        w.writerow(cols)
        w.writerows(rows)
        return
    from rich.console import Console
    from rich.table import Table

    tbl = Table(*cols)
    for r in rows:
        tbl.add_row(*("" if v is None else str(v) for v in r))
    Console().print(tbl)


@app.command("run")
def run_cli(
    config: ConfigFile = None,
    data_dir: DataDir = None,
    lock_timeout: Annotated[
        float | None, typer.Option("--lock-timeout", help="Seconds to wait for another kwd process [default: 600].")
    ] = None,
    quiet: Quiet = False,
    as_json: AsJson = False,
) -> None:
    """One unattended cycle, for cron or a systemd timer: fetch the sources, ingest the inbox folders,
    extract what is new or stale, and write every weekly brief that is due, as the configuration says.

    Safe to repeat and to kill: a second run does nothing twice. Exit 0 all fine, 2 some inputs
    skipped or a step failed (see the summary and the log), 1 nothing could be done, 4 locked.

    Example: kwd run --config /etc/kwd/kwd.toml --quiet
    """
    from kewaspadaan_cli.run import run_cycle
    from kewaspadaan_cli.store import Store

    interrupts.install(signal.SIGTERM)  # systemd's stop or timeout: end as Ctrl-C does, recorded
    with guard():
        conf = settings(config, data_dir=data_dir, lock_timeout=lock_timeout)
        with recorded("run", Store(conf.data_dir, conf.lock_timeout, on_wait(quiet))) as (store, rec):
            with progress("run", quiet or as_json) as advance:
                summary = run_cycle(store, conf, rec.run_id, advance)
            rec.set_result(summary.counts(), summary.errors, summary.exit_code)
    for line in summary.errors:
        err(line)
    if as_json:
        print_json({"run_id": rec.run_id, "data_dir": str(conf.data_dir), **summary.to_dict()})
    elif not quiet:
        for step in summary.steps:
            shown = ", ".join(f"{k} {v}" for k, v in step.counts.items() if not isinstance(v, dict | list))
            typer.echo(f"{step.name}: {step.status}" + (f"; {shown}" if shown and step.status != "idle" else ""))
    raise typer.Exit(int(summary.exit_code))


@app.command("status")
def status_cli(config: ConfigFile = None, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Is the unattended kwd run healthy? The last run and the last successful one, articles,
    articles waiting for extraction, failing sources, the last brief, the lock holder, the size.

    Exit 0 when healthy, 5 when something needs attention (each named), for a monitor.

    Example: kwd status --config /etc/kwd/kwd.toml --json
    """
    from kewaspadaan_cli.status import status

    with guard():
        conf = settings(config, data_dir=data_dir)
        st = status(conf.data_dir)
    if as_json:
        print_json(st)
    else:
        for line in _status_lines(st):
            typer.echo(line)
    if st["problems"]:
        raise typer.Exit(int(ExitCode.CHECK_FAILED))


def _when(value: Any) -> str:
    return f"{value:%Y-%m-%d %H:%M:%S} UTC" if value is not None else "-"


def _status_lines(st: dict[str, Any]) -> list[str]:
    def run_line(r: dict[str, Any] | None) -> str:
        if r is None:
            return "none"
        took = f"{r['seconds']:.1f} s" if r["seconds"] is not None else "never finished"
        return f"{r['command']} {r['run_id']} started {_when(r['started'])}, {took}, exit {r['exit_code']}"

    lines = [f"data directory: {st['data_dir']} ({st['size_bytes'] / 1e6:.1f} MB)"]
    lines.append(f"last run: {run_line(st['last_run'])}")
    if st["running"]:
        lines.append(f"running now: {run_line(st['running'])}")
    lines.append(f"last successful run: {run_line(st['last_success'])}")
    a = st["articles"]
    lines.append(
        f"articles: {a['total']} ({a['last_7_days']} in the last 7 days); waiting for extraction: {st['unextracted']}"
    )
    for f in st["failing_sources"]:
        lines.append(f"failing source: {f['host']} since {_when(f['since'])}: {f['last_error']}")
    b = st["last_brief"]
    lines.append(
        f"last brief: {b['period_start']} to {b['period_end']} ({b['lang']}), written {_when(b['written_at'])}"
        if b
        else "last brief: none"
    )
    lock = st["lock"]
    if lock is None:
        lines.append("lock: free")
    else:
        lines.append(
            f"lock: {'STALE, ' if lock['stale'] else ''}held by pid {lock['pid']} on {lock['host']} "
            f"({lock['user']}, {lock['command']}) since {lock['since']}"
        )
    lines += [f"NEEDS ATTENTION: {p}" for p in st["problems"]] or ["healthy"]
    return lines


@app.command("config")
def config_cli(config: ConfigFile = None, data_dir: DataDir = None, as_json: AsJson = False) -> None:
    """Print the effective settings and where each came from (file, environment, flag, default).

    Example: kwd config --config /etc/kwd/kwd.toml
    """
    with guard():
        conf = settings(config, data_dir=data_dir)
    rows = conf.describe()
    if as_json:
        print_json(
            {
                "config_file": str(conf.config_file) if conf.config_file else None,
                "settings": {k: {"value": v, "origin": o} for k, v, o in rows},
            }
        )
        return
    typer.echo(f"# configuration file: {conf.config_file or 'none found'}")
    for key, value, origin in rows:
        if isinstance(value, tuple):
            value = ", ".join(str(v) for v in value)
        elif key == "umask" and value is not None:
            value = f"{value:04o}"
        typer.echo(f"{origin}\t{key} = {'' if value is None else value}")


lexicon_app = typer.Typer(help="Inspect and check the lexicons extraction uses.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")
LexiconDir = Annotated[
    Path | None,
    typer.Option(
        "--lexicon-dir",
        help="A directory of your own lexicon files on top of the shipped ones (default: $KWD_LEXICON_DIR).",
    ),
]


def _use_lexicon_dir(lexicon_dir: Path | None) -> None:
    import os

    from kewaspadaan_cli import lexicons

    with guard():
        settings(lexicon_dir=lexicon_dir)  # a lexicon_dir in the configuration file, unless the flag
    if lexicon_dir is not None:
        os.environ["KWD_LEXICON_DIR"] = str(lexicon_dir)
        lexicons.load.cache_clear()


@lexicon_app.command("list")
def lexicon_list_cli(lexicon_dir: LexiconDir = None) -> None:
    """List the lexicon files with their versions, entries and digests.

    Example: kwd lexicon list
    """
    from kewaspadaan_cli import lexicons

    _use_lexicon_dir(lexicon_dir)
    with guard():
        lex = lexicons.load()
        for entry in lex.manifest["files"]:
            name = entry["file"]
            typer.echo(
                f"{name:<22} v{entry['version']:<14} {len(lex.files.get(name, [])):>6} entries  "
                f"{lex.digests[name][:12]}  {entry.get('vocabulary') or ''}"
            )
        for name in lex.user_files:
            typer.echo(f"{name:<22} {'user':<15} {'':>6}          {lex.digests['user:' + name][:12]}  {lex.user}")
        typer.echo(f"digest {lex.digest}")


@lexicon_app.command("show")
def lexicon_show_cli(
    name: Annotated[str, typer.Argument(help="A lexicon file, e.g. conflicts.jsonl or region_aliases.tsv.")],
    lexicon_dir: LexiconDir = None,
) -> None:
    """Show the entries of one lexicon file.

    Example: kwd lexicon show conflicts.jsonl
    """
    from kewaspadaan_cli import lexicons

    _use_lexicon_dir(lexicon_dir)
    with guard():
        lex = lexicons.load()
        if name not in lex.files:
            raise UsageErrorCli(f"no lexicon named {name!r}; see kwd lexicon list")
        for row in lex.files[name]:
            shown = {k: v for k, v in row.items() if not k.startswith("_")}
            typer.echo(json.dumps(shown, ensure_ascii=False))


@lexicon_app.command("check")
def lexicon_check_cli(lexicon_dir: LexiconDir = None, as_json: AsJson = False) -> None:
    """Validate the lexicons: ids, region codes and parents, duplicates, ambiguous aliases, digests.

    Exit 0 when all is well, 5 with one FILE:LINE: message per problem.

    Example: kwd lexicon check --lexicon-dir ~/kesbangpol-lexicons
    """
    from kewaspadaan_cli import lexicons

    with guard():
        problems = lexicons.check(settings(lexicon_dir=lexicon_dir).lexicon_dir)
    if as_json:
        print_json({"ok": not problems, "problems": [str(p) for p in problems]})
        if problems:
            raise typer.Exit(int(ExitCode.CHECK_FAILED))
        return
    for p in problems:
        typer.echo(str(p), err=True)
    if problems:
        err(f"{len(problems)} problem(s) in the lexicons")
        raise typer.Exit(int(ExitCode.CHECK_FAILED))
    typer.echo("lexicons ok")


def run() -> None:
    app()


_ = ExitCode  # re-exported for documentation tools
