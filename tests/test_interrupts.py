"""An interrupt (Ctrl-C, SIGTERM) that DuckDB turns into its own error is still a stop."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
import typer

from kewaspadaan_cli import interrupts, run
from kewaspadaan_cli.config import Settings
from kewaspadaan_cli.errors import StoreError
from kewaspadaan_cli.store import Store

LONG_QUERY = "SELECT count(*) FROM range(2000000000) t(a) WHERE a % 7 = 3"  # some seconds


def _query_interrupted() -> None:
    """A long DuckDB query, and a signal 0.2 s into it."""
    con = duckdb.connect()
    signal.setitimer(signal.ITIMER_REAL, 0.2)
    con.execute(LONG_QUERY).fetchall()


@pytest.fixture
def alarm_interrupts() -> Iterator[None]:
    """SIGALRM handled as kwd handles SIGTERM and Ctrl-C (``_query_interrupted`` sends a real one)."""
    previous = signal.getsignal(signal.SIGALRM)
    interrupts.reset()
    interrupts.install(signal.SIGALRM)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        interrupts.reset()


def test_duckdb_turns_the_interrupt_into_its_own_error_and_the_stop_is_remembered(alarm_interrupts: None) -> None:
    caught: Exception | None = None
    for _ in range(5):  # DuckDB now and then lets the signal through as it is (then it is a KeyboardInterrupt)
        try:
            _query_interrupted()
        except KeyboardInterrupt:
            interrupts.reset()
            continue
        except Exception as exc:  # what DuckDB does: RuntimeError("Query interrupted")
            caught = exc
            break
    assert caught is not None and interrupts.requested()
    with pytest.raises(KeyboardInterrupt):
        interrupts.reraise(caught)


def test_an_error_without_a_stop_is_left_alone() -> None:
    interrupts.reset()
    interrupts.reraise(RuntimeError("a bug"))  # nothing raised: no stop was asked for
    assert not interrupts.requested()


def test_a_cycle_stopped_inside_a_duckdb_query_ends_interrupted_not_as_a_failed_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, alarm_interrupts: None
) -> None:
    reached: list[str] = []

    def querying_step(store: Store, settings: Settings, advance: object) -> run.Step:
        _query_interrupted()  # the stop arrives here
        return run.Step("extract")

    def report_step(*args: object) -> run.Step:
        reached.append("report")
        return run.Step("report")

    monkeypatch.setattr(run, "extract_step", querying_step)
    monkeypatch.setattr(run, "report_step", report_step)
    settings = Settings(data_dir=tmp_path / "data")
    with Store(settings.data_dir, settings.lock_timeout) as store, pytest.raises(KeyboardInterrupt):
        run.run_cycle(store, settings, "run-test")
    assert reached == []  # the cycle stopped; it did not go on to the next step


@pytest.mark.parametrize(
    "exc", [StoreError("cannot read the data"), RuntimeError("Query interrupted"), OSError(5, "Input/output error")]
)
def test_the_cli_ends_a_stopped_command_with_130_whatever_error_carried_the_stop(
    exc: Exception, capsys: pytest.CaptureFixture[str]
) -> None:
    from kewaspadaan_cli import cli

    interrupts.reset()
    with pytest.raises((typer.Exit, RuntimeError)) as plain, cli.guard():
        raise exc
    # no stop asked for: the error is reported as it is (a bug's RuntimeError goes on up)
    assert plain.value is exc if isinstance(exc, RuntimeError) else plain.value.exit_code != 130
    interrupts.request()
    try:
        with pytest.raises(typer.Exit) as stopped, cli.guard():
            raise exc
    finally:
        interrupts.reset()
    assert stopped.value.exit_code == 130
    assert capsys.readouterr().err.strip().splitlines()[-1].startswith("kwd: error: interrupted")
