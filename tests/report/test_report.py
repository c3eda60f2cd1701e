from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.report.aggregate import Period, Scope, build_brief, iso_week, last_complete_week
from kewaspadaan_cli.report.render import render, write_report
from tests.report.conftest import WEEK, screenshot

runner = CliRunner()
W48 = Period(WEEK, date(2024, 12, 1))


def test_iso_week_and_default_week() -> None:
    assert iso_week("2024-W48") == W48
    assert last_complete_week(date(2024, 12, 4)) == W48
    with pytest.raises(Exception, match="not an ISO week"):
        iso_week("minggu lalu")


def test_key_figures_and_previous_week(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    assert b.figures["articles"] == (5, 1)
    assert b.figures["stories"] == (4, 1)  # the syndicated copy is not a story of its own
    assert b.figures["incidents"] == (2, 1)
    assert b.figures["meetings"] == (1, 0)
    assert b.figures["regions"] == (2, 1)
    assert b.figures["officials"] == (2, 0)
    assert b.duplicates == 1


def test_hotspots_ranking_trends_and_new(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    hot = {h["code"]: h for h in b.hotspots}
    assert [h["code"] for h in b.hotspots] == ["65.02", "61.05"]
    assert hot["65.02"]["score"] == 3 * 2 + 1  # two incidents, one risk article
    assert hot["65.02"]["previous_mean"] == 0.25 and hot["65.02"]["trend"] == "↑"
    assert hot["65.02"]["new"] is False  # W44 had a risk article: not quiet before
    assert hot["61.05"]["score"] == 1 and hot["61.05"]["previous_mean"] == 0.75  # 3 the week before, over 4 weeks
    assert hot["61.05"]["trend"] == "↑" and hot["61.05"]["new"] is False
    assert hot["61.05"]["province_name"] == "Kalimantan Barat"


def test_conflicts_and_chart_weeks(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    assert dict(b.conflicts) == {"kekerasan": 2, "bentrok_pendukung": 1, "hoaks": 1, "konflik_sosial": 1}
    assert len(b.week_labels) == 8 and b.conflict_weeks["bentrok_pendukung"][-2:] == [1, 1]
    assert b.conflict_weeks["hoaks"][-5] == 1  # W44


def test_incident_links_every_source(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    first = next(i for i in b.incidents if i["article_id"] == "a1")
    assert first["links"] == ["https://kabarnusantara.id/a1", "https://kabarnusantara.id/a1b"]


def test_scope(fixture_dir: Path) -> None:
    assert build_brief(fixture_dir, W48, Scope(province="61")).figures["articles"] == (1, 1)
    assert build_brief(fixture_dir, W48, Scope(region="65.02")).figures["incidents"] == (2, 0)


def test_empty_week_says_so(fixture_dir: Path, tmp_path: Path) -> None:
    b = build_brief(fixture_dir, iso_week("2023-W01"))
    assert b.empty
    html = render(b, "html", "id")
    assert "Tidak ada artikel pada periode ini" in html
    assert "Titik Rawan" not in html


def test_titles_are_escaped(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    html = render(b, "html", "id")
    assert "<script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    md = render(b, "md", "en")
    assert "<script>" not in md


def test_html_is_self_contained(fixture_dir: Path) -> None:
    html = render(build_brief(fixture_dir, W48), "html", "en")
    assert 'src="data:image/png;base64,' in html
    assert not re.search(r'<(?:script|link|img)[^>]+(?:src|href)="https?://', html)
    assert "@media print" in html and "viewport" in html


def _numbers(text: str, label: str) -> list[str]:
    line = next(x for x in text.splitlines() if label in x)
    return re.findall(r">?(\d+)<?", re.sub(r"<[^>]+>", " ", line))[:2]


def test_markdown_and_html_agree(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    html, md = render(b, "html", "id"), render(b, "md", "id")
    for label in ("Berita</td>", "Insiden</td>"):  # "Artikel" left the table (issue #12: it repeated "Berita")
        md_label = label.replace("</td>", " |")
        assert _numbers(html, label) == _numbers(md, md_label)
    for code in ("65.02", "61.05"):
        assert code in html and code in md


def test_cli_report_prints_paths(fixture_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(
        app, ["report", "--data-dir", str(fixture_dir), "--week", "2024-W48", "--out", str(out), "--lang", "en"]
    )
    assert result.exit_code == 0, result.output
    paths = result.stdout.split()
    assert [Path(p).name for p in paths] == ["brief-2024-11-25_2024-12-01-en.html", "brief-2024-11-25_2024-12-01-en.md"]
    assert "Weekly Early-Warning Brief" in Path(paths[0]).read_text()
    bad = runner.invoke(app, ["report", "--data-dir", str(fixture_dir), "--week", "2024-48"])
    assert bad.exit_code == 1 and "kwd: error: --week '2024-48' is not an ISO week" in bad.stderr
    both = runner.invoke(app, ["report", "--data-dir", str(fixture_dir), "--week", "2024-W48", "--since", "2024-01-01"])
    assert both.exit_code == 3 and "give either --week or --since/--until" in both.stderr


def test_empty_data_dir_gives_an_empty_brief(tmp_path: Path) -> None:
    # an existing, empty data directory (issue #12: a missing one is refused, see tests/test_cli.py)
    (tmp_path / "none").mkdir()
    result = runner.invoke(
        app,
        [
            "report",
            "--data-dir",
            str(tmp_path / "none"),
            "--week",
            "2024-W48",
            "--out",
            str(tmp_path / "o"),
            "--format",
            "md",
        ],
    )
    assert result.exit_code == 0
    assert "Tidak ada artikel" in Path(result.stdout.strip()).read_text()


@pytest.mark.slow
def test_html_renders_in_headless_chromium(fixture_dir: Path, tmp_path: Path) -> None:
    (html,) = write_report(build_brief(fixture_dir, W48), tmp_path, ["html"], "id")
    png = tmp_path / "brief.png"
    screenshot(html, png, 1000, 1600, tmp_path / "profile")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    from matplotlib import image

    pixels = image.imread(str(png))
    assert pixels.std() > 0.05  # not a blank page


def test_undated_articles_stay_out_of_the_week_and_meetings_go_by_their_own_date(fixture_dir: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from kewaspadaan_cli.store import Store
    from tests.report.conftest import article, label

    undated = article("u1", WEEK, "Bentrok lama tanpa tanggal") | {"published": None}
    undated["ingested_at"] = datetime(2024, 11, 27, tzinfo=UTC)
    late = article("m1", WEEK - timedelta(days=5), "Laporan rakor")  # dated W47, its meeting held in W48
    early = article("m2", WEEK + timedelta(days=1), "Rakor bulan lalu")  # dated W48, its meeting held W46
    meeting = {"meeting_type": "rakor", "region_code": "61.05", "start": 0, "end": 5}
    with Store(fixture_dir) as store:
        store.write(
            {
                "articles": [undated, late, early],
                "article_labels": [
                    label("u1", "insiden", "65.02", ["kekerasan"]),
                    label("m1", "pertemuan", "61.05", []),
                    label("m2", "pertemuan", "61.05", []),
                ],
                "meetings": [
                    meeting | {"article_id": "m1", "date": WEEK + timedelta(days=2)},
                    meeting | {"article_id": "m2", "date": WEEK - timedelta(days=14)},
                ],
            }
        )
    b = build_brief(fixture_dir, W48)
    assert b.figures["articles"] == (6, 2)  # m2 joins W48, m1 W47; u1 is in no week
    assert b.figures["incidents"] == (2, 1)
    assert [u["title"] for u in b.undated] == ["Bentrok lama tanpa tanggal"]
    assert sorted(str(m["date"]) for m in b.meetings) == ["2024-11-27", "2024-11-29"]
    assert b.figures["meetings"] == (2, 0)
    assert build_brief(fixture_dir, iso_week("2024-W47")).undated == []


def test_undated_articles_listed_apart_and_counted_in_the_methodology(fixture_dir: Path) -> None:
    from datetime import UTC, datetime

    from kewaspadaan_cli.store import Store
    from tests.report.conftest import article

    undated = article("u1", WEEK, "Bentrok lama tanpa tanggal") | {"published": None}
    undated["ingested_at"] = datetime(2024, 11, 27, tzinfo=UTC)
    with Store(fixture_dir) as store:
        store.write({"articles": [undated]})
    b = build_brief(fixture_dir, W48)
    md = render(b, "md", "id")
    assert "## Artikel Tanpa Tanggal" in md and "| 2024-11-27 | Kabarnusantara.id | Bentrok lama tanpa tanggal |" in md
    assert "1 artikel tanpa tanggal terbit diterima pada periode ini" in md
    assert "1 articles without a publication date" in render(b, "html", "en")


def test_a_data_dir_written_before_date_source_still_reads(fixture_dir: Path) -> None:
    import pyarrow.parquet as pq

    from kewaspadaan_cli.report.aggregate import connect

    for f in (fixture_dir / "articles").glob("*.parquet"):
        t = pq.read_table(f)
        pq.write_table(t.drop_columns(["date_source"]), f)  # as an older kwd wrote it
    assert "date_source" not in pq.read_schema(next((fixture_dir / "articles").glob("*.parquet"))).names
    assert build_brief(fixture_dir, W48).figures["articles"] == (5, 1)
    con = connect(fixture_dir)
    assert con.execute("select count(*), count(date_source) from articles_named").fetchone() == (7, 0)
