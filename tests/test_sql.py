"""``kwd query`` is read-only: one SELECT, no file, no network, no extension, no configuration change."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.store import Store
from tests.test_store import label, mention

runner = CliRunner()


@pytest.fixture
def filled(data_dir: Path) -> Path:
    with Store(data_dir) as store:
        store.append("mentions", [mention("a", 0), mention("b", 0)])
        store.append("article_labels", [label("a")])
    return data_dir


def query(data_dir: Path, sql: str):
    return runner.invoke(app, ["query", sql, "--data-dir", str(data_dir), "--csv"])


def test_select_and_with_select_run(filled: Path) -> None:
    r = query(filled, "select count(*) as n from mentions")
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "2"]
    r = query(
        filled, "with m as (select * from mentions) select count(*) as n from m join article_labels using (article_id)"
    )
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "1"]
    r = query(filled, "select count(*) as n from dated")
    assert r.exit_code == 0 and r.stdout.splitlines() == ["n", "0"]


@pytest.mark.parametrize(
    "sql,reason",
    [
        ("copy (select * from mentions) to '{out}'", "a COPY statement is refused"),
        ("attach '{db}' as x", "a ATTACH statement is refused"),
        ("install httpfs", "statement is refused"),
        ("load httpfs", "statement is refused"),
        ("set enable_external_access = true", "a SET statement is refused"),
        ("select 1; copy (select 1) to '{out}'", "this holds 2 statements"),
        ("create table t as select 1", "a CREATE statement is refused"),
        ("select * from read_text('/etc/passwd')", "refused: Permission Error"),
        ("select * from read_csv('/etc/passwd')", "refused: Permission Error"),
        ("select * from read_parquet('{parts}/*.parquet')", "refused: Permission Error"),
        ("select * from query('copy (select 1) to ''{out}''')", "refused"),
    ],
)
def test_anything_else_is_refused_with_exit_3(filled: Path, tmp_path: Path, sql: str, reason: str) -> None:
    out, db = tmp_path / "leak.csv", tmp_path / "x.duckdb"
    r = query(filled, sql.format(out=out, db=db, parts=filled / "mentions"))
    assert r.exit_code == 3, r.output
    assert r.stderr.startswith("kwd: error: kwd query runs one read-only SELECT"), r.stderr
    assert reason in r.stderr
    assert "root:" not in r.output
    assert not out.exists() and not db.exists()


def test_no_extension_autoloads(filled: Path) -> None:
    r = query(filled, "select * from read_json_auto('https://127.0.0.1:9/x.json')")
    assert r.exit_code == 3 and "refused" in r.stderr
