"""Everyday use of the command line (issue #12 item 6): regions by name, export by extension, one
language of headers, readers refuse a missing data directory, usage errors exit 3, -h, -v anywhere,
--json summaries, and kwd query's view with region names."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from tests.report import conftest as tables


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    """The report tests' fixture tables with known numbers (tests/report/conftest.py)."""
    return tables.fixture_dir.__wrapped__(tmp_path)


runner = CliRunner()
W48 = ["--week", "2024-W48"]


def report(data: Path, out: Path, *args: str) -> object:
    return runner.invoke(app, ["report", "--data-dir", str(data), *W48, "--out", str(out), "--format", "md", *args])


def test_report_regions_by_name_repeatable_and_comma_separated(fixture_dir: Path, tmp_path: Path) -> None:
    one = report(fixture_dir, tmp_path / "a", "--province", "Kalimantan Utara", "--json")
    assert one.exit_code == 0, one.output
    got = json.loads(one.stdout)
    assert got["regions"] == ["65"] and got["paths"][0].endswith("brief-2024-11-25_2024-12-01-65-id.md")
    assert got["summary"][0] == "Periode ini tercatat 3 berita, 2 insiden dan 0 kegiatan pencegahan."
    assert got["undated"] == 0
    md = Path(got["paths"][0]).read_text()
    assert "Wilayah: Kalimantan Utara" in md and "Kabupaten Sintang" not in md
    both = report(fixture_dir, tmp_path / "b", "--province", "61,Kalimantan Utara", "--json")
    md = Path(json.loads(both.stdout)["paths"][0]).read_text()
    assert "Kabupaten Sintang" in md and "Kabupaten Malinau" in md
    assert "Wilayah: Kalimantan Barat, Kalimantan Utara" in md
    again = report(fixture_dir, tmp_path / "c", "--province", "61", "--province", "65", "--json")
    assert json.loads(again.stdout)["regions"] == ["61", "65"]  # a second --province adds, never replaces
    named = report(fixture_dir, tmp_path / "d", "--region", "Malinau", "--json")
    assert json.loads(named.stdout)["regions"] == ["65.02"]


def test_unknown_region_is_a_usage_error_with_suggestions(fixture_dir: Path, tmp_path: Path) -> None:
    r = report(fixture_dir, tmp_path / "o", "--province", "Kalimantan Utra")
    assert r.exit_code == 3
    assert "kwd: error: --province 'Kalimantan Utra' is no province known to kwd; did you mean Kalimantan Utara" in (
        r.stderr
    )
    assert not (tmp_path / "o").exists()
    code = report(fixture_dir, tmp_path / "o", "--province", "99")
    assert code.exit_code == 3 and "--province '99' is no Kemendagri province code" in code.stderr


def test_export_format_from_the_extension_and_headers_in_one_language(fixture_dir: Path, tmp_path: Path) -> None:
    x = tmp_path / "rapat.xlsx"
    r = runner.invoke(app, ["export", "officials", "--data-dir", str(fixture_dir), "--out", str(x), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout) == {"path": str(x), "format": "xlsx", "rows": 3}
    ws = load_workbook(x).active  # a real workbook, not CSV under an .xlsx name
    heads = [c.value for c in ws[1]]
    assert heads[:3] == ["ID artikel", "Nama", "Jabatan"] and "Judul" not in heads
    assert all(h in {"ID artikel", "Nama", "Jabatan", "Lembaga", "Kode wilayah", "Plt/Pj", "Awal", "Akhir", "Tanggal",
                     "Nama wilayah"} for h in heads), heads  # fmt: skip
    c = tmp_path / "artikel.csv"
    r = runner.invoke(app, ["export", "articles", "--data-dir", str(fixture_dir), "--out", str(c), "--lang", "en"])
    assert r.exit_code == 0, r.output
    with c.open(encoding="utf-8-sig") as fh:
        first = next(csv.reader(fh))
    assert first[:6] == ["Article ID", "Source", "URL", "Title", "Published", "Text"]
    assert all(not h.islower() or h == "" for h in first), first  # no raw column names left
    bad = runner.invoke(app, ["export", "articles", "--data-dir", str(fixture_dir), "--out", str(tmp_path / "x.txt")])
    assert bad.exit_code == 3
    assert "kwd: error: cannot tell the format of --out 'x.txt': name it .csv, .xlsx or .jsonl" in bad.stderr
    clash = runner.invoke(
        app, ["export", "articles", "--data-dir", str(fixture_dir), "--out", str(x), "--format", "csv"]
    )
    assert clash.exit_code == 3 and "--format csv does not fit --out rapat.xlsx" in clash.stderr


def test_export_meetings_by_their_own_date_and_region_name(fixture_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "m.jsonl"
    r = runner.invoke(
        app,
        ["export", "meetings", "--data-dir", str(fixture_dir), "--out", str(out), "--since", "2024-11-29",
         "--until", "2024-11-29", "--province", "Kalimantan Barat"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    (row,) = [json.loads(x) for x in out.read_text().splitlines()]
    assert row["meeting_type"] == "rakor" and row["region_name"] == "Kabupaten Sintang"


@pytest.mark.parametrize(
    "argv",
    [
        ["report", *W48],
        ["export", "articles", "--out", "x.csv"],
        ["query", "select 1"],
        ["sources"],
        ["extract"],
        ["compact"],
    ],
)
def test_readers_refuse_a_missing_data_dir(tmp_path: Path, argv: list[str]) -> None:
    missing = tmp_path / "kwd-dat"  # a typo
    r = runner.invoke(app, [*argv, "--data-dir", str(missing)])
    assert r.exit_code == 1
    assert (
        f"kwd: error: no data directory at {missing}: check --data-dir or $KWD_DATA_DIR (kwd ingest creates one)"
        in (r.stderr)
    )
    assert not missing.exists()


@pytest.mark.parametrize(
    "argv",
    [
        ["report", "--no-such-option"],
        ["report", "--week"],
        ["nosuchcommand"],
        ["extract", "--workers", "zero"],
        ["lexicon", "show"],
    ],
)
def test_usage_errors_exit_3(argv: list[str]) -> None:
    r = runner.invoke(app, argv)
    assert r.exit_code == 3, (r.exit_code, r.output)
    assert "Error:" in r.output


def test_dash_h_is_help_everywhere() -> None:
    for argv in (["-h"], ["report", "-h"], ["lexicon", "-h"], ["lexicon", "show", "-h"]):
        r = runner.invoke(app, argv)
        assert r.exit_code == 0 and "Usage:" in r.stdout, argv


def test_verbose_after_the_command(fixture_dir: Path, tmp_path: Path) -> None:
    r = runner.invoke(app, ["query", "select 1 as x", "--data-dir", str(fixture_dir), "--csv", "-v"])
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == ["x", "1"]
    r = runner.invoke(app, ["compact", "-vv", "--data-dir", str(fixture_dir), "--json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["articles"]["files_after"] == 1


def test_query_view_with_region_names(fixture_dir: Path) -> None:
    r = runner.invoke(
        app,
        ["query", "select article_id, region_name, province_name from articles_named where article_id = 'a4'",
         "--data-dir", str(fixture_dir), "--csv"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.stdout.splitlines() == ["article_id,region_name,province_name", "a4,Kabupaten Sintang,Kalimantan Barat"]
    r = runner.invoke(
        app, ["query", "select name from regions where code = '65.02'", "--data-dir", str(fixture_dir), "--csv"]
    )
    assert r.stdout.splitlines() == ["name", "Kabupaten Malinau"]


def test_json_summaries() -> None:
    r = runner.invoke(app, ["lexicon", "check", "--json"])
    assert r.exit_code == 0 and json.loads(r.stdout) == {"ok": True, "problems": []}
