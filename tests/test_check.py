"""``kwd check``: a damaged data directory named problem by problem, and repaired."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.store import JOURNAL, MANIFEST, Store, read_table
from tests.test_store import mention

runner = CliRunner()


def filled(data_dir: Path) -> list[Path]:
    with Store(data_dir, auto_compact=0) as store:
        for aid in "abc":
            store.append("mentions", [mention(aid, 0)])
    return sorted((data_dir / "mentions").glob("part-*.parquet"))


def test_a_sound_directory_is_ok(data_dir: Path) -> None:
    filled(data_dir)
    result = runner.invoke(app, ["check", "--data-dir", str(data_dir)])
    assert result.exit_code == 0, result.output
    assert f"{data_dir}: ok" in result.output


def test_every_problem_named_then_repaired(data_dir: Path) -> None:
    parts = filled(data_dir)
    stray = parts[0].with_name(parts[0].stem + " (salinan).parquet")
    shutil.copy(parts[0], stray)
    import pyarrow.parquet as pq

    lost = pq.read_table(parts[1]).column("article_id")[0].as_py()
    parts[1].write_bytes(b"garbage, not parquet")
    # a duplicate row the store would never write: a committed file holding a copy of another's row
    dup = parts[2].with_name(parts[2].name.replace(parts[2].name[-20:-8], "0123456789ab"))
    shutil.copy(parts[2], dup)
    manifest = json.loads((data_dir / MANIFEST).read_text())
    manifest["tables"]["mentions"].append(dup.name)
    (data_dir / MANIFEST).write_text(json.dumps(manifest))

    result = runner.invoke(app, ["check", "--data-dir", str(data_dir)])
    assert result.exit_code == 5, result.output
    out = result.output
    assert f"kwd: problem: {stray}: not a part file the store committed to table 'mentions'" in out
    assert f"kwd: problem: {parts[1]}: unreadable part file (" in out
    assert f"kwd: problem: {data_dir / 'mentions'}: 1 duplicate row(s) by key" in out
    assert "kwd: 3 problem(s) in" in out and "kwd check --repair fixes them" in out

    # every other command names the damaged file in one line
    for args in (["query", "select count(*) from mentions"], ["compact"], ["export", "mentions", "--out", "x.csv"]):
        r = runner.invoke(app, [*args, "--data-dir", str(data_dir)])
        assert r.exit_code == 1, (args, r.output)
        assert r.output.startswith(f"kwd: error: part file {parts[1]} is damaged"), (args, r.output)
        assert r.output.count("\n") == 1 and "Traceback" not in r.output

    result = runner.invoke(app, ["check", "--data-dir", str(data_dir), "--repair"])
    assert result.exit_code == 0, result.output
    assert f"repaired: moved {parts[1]} to {data_dir / '_quarantine'}" in result.output
    assert f"repaired: moved {stray} to" in result.output
    assert "repaired: table mentions: 1 duplicate row(s) dropped (2 rows kept)" in result.output
    kept = sorted(r["article_id"] for r in read_table(data_dir, "mentions").to_pylist())
    assert kept == sorted({"a", "b", "c"} - {lost})
    assert len(list((data_dir / "_quarantine").rglob("*.parquet"))) == 2
    assert runner.invoke(app, ["check", "--data-dir", str(data_dir)]).exit_code == 0


def test_a_pending_journal_is_a_problem_and_repair_completes_it(data_dir: Path) -> None:
    filled(data_dir)
    (data_dir / JOURNAL).write_text(json.dumps({"add": [], "remove": []}))
    result = runner.invoke(app, ["check", "--data-dir", str(data_dir)])
    assert result.exit_code == 5
    assert "an interrupted commit is pending" in result.output
    result = runner.invoke(app, ["check", "--data-dir", str(data_dir), "--repair"])
    assert result.exit_code == 0, result.output
    assert "repaired: completed an interrupted commit" in result.output
    assert not (data_dir / JOURNAL).exists()
    assert read_table(data_dir, "mentions").num_rows == 3
