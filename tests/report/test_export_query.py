from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import load_workbook
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app

runner = CliRunner()


def test_export_csv_with_readable_names_and_region_names(fixture_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "labels.csv"
    result = runner.invoke(
        app,
        [
            "export",
            "labels",
            "--data-dir",
            str(fixture_dir),
            "--out",
            str(out),
            "--since",
            "2024-11-25",
            "--until",
            "2024-12-01",
            "--province",
            "65",
        ],
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"{out}: 4 rows"
    with out.open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["Nama wilayah"] for r in rows} == {"Kabupaten Malinau"}
    assert "Jenis konflik" in rows[0]


def test_export_xlsx_and_jsonl(fixture_dir: Path, tmp_path: Path) -> None:
    x = tmp_path / "m.xlsx"
    assert (
        runner.invoke(
            app, ["export", "meetings", "--data-dir", str(fixture_dir), "--out", str(x), "--format", "xlsx"]
        ).exit_code
        == 0
    )
    ws = load_workbook(x).active
    assert ws.cell(1, 2).value == "Jenis kegiatan" and ws.cell(2, 2).value == "rakor"
    j = tmp_path / "a.jsonl"
    assert (
        runner.invoke(
            app, ["export", "articles", "--data-dir", str(fixture_dir), "--out", str(j), "--format", "jsonl"]
        ).exit_code
        == 0
    )
    lines = [json.loads(x) for x in j.read_text().splitlines()]
    assert len(lines) == 7 and "raw_text" not in lines[0]


def test_export_errors(fixture_dir: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["export", "nope", "--data-dir", str(fixture_dir), "--out", str(tmp_path / "x")])
    assert r.exit_code == 1 and "kwd: error: unknown table 'nope'" in r.stderr


def test_query_csv(fixture_dir: Path) -> None:
    r = runner.invoke(
        app,
        [
            "query",
            "select region_code, count(*) as n from article_labels group by 1 order by 2 desc",
            "--data-dir",
            str(fixture_dir),
            "--csv",
        ],
    )
    assert r.exit_code == 0
    assert r.stdout.splitlines()[:2] == ["region_code,n", "65.02,5"]
    bad = runner.invoke(app, ["query", "select * from nowhere", "--data-dir", str(fixture_dir)])
    assert bad.exit_code == 1 and "kwd: error: query failed:" in bad.stderr


def test_export_keeps_formulas_as_text(fixture_dir: Path, tmp_path: Path) -> None:
    from kewaspadaan_cli.store import Store
    from tests.report.conftest import WEEK, article

    evil = article("x1", WEEK, '=HYPERLINK("https://evil.example","klik")', site="@SUM(A1)")
    with Store(fixture_dir) as store:
        store.write({"articles": [evil]})
    x = tmp_path / "a.xlsx"
    r = runner.invoke(app, ["export", "articles", "--data-dir", str(fixture_dir), "--out", str(x)])
    assert r.exit_code == 0, r.output
    ws = load_workbook(x).active
    heads = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2, values_only=True) if r[0] == "x1")
    assert row[heads.index("Judul")] == '\'=HYPERLINK("https://evil.example","klik")'
    assert row[heads.index("Media")] == "'@SUM(A1)"
    assert ws.cell(2, 1).data_type != "f" and all(c.data_type != "f" for r in ws.iter_rows() for c in r)
