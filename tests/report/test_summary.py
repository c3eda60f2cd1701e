"""The summary's figures against the fixture tables' known numbers (tests/report/conftest.py)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from kewaspadaan_cli.report.aggregate import Period, build_brief, iso_week
from kewaspadaan_cli.report.render import render
from kewaspadaan_cli.report.summary import serious_incidents, severity, summarise
from kewaspadaan_cli.store import Store
from tests.report.conftest import WEEK, article, label

W48 = Period(WEEK, date(2024, 12, 1))


def test_summary_id_states_the_fixture_figures(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    assert b.averages["incidents"] == 0.25  # W47 1, W46-W44 0
    assert b.conflict_avg == {"bentrok_pendukung": 0.25, "hoaks": 0.25}
    s = summarise(b, "id")
    assert 3 <= len(s) <= 6
    assert s[0] == "Periode ini tercatat 4 berita, 2 insiden dan 1 kegiatan pencegahan."
    assert s[1] == "Insiden naik dibanding periode sebelumnya (1) dan rata-rata empat periode (0,25)."
    assert s[2] == "Jenis konflik yang paling meningkat: Kekerasan (2 artikel; rata-rata 0)."
    assert s[3] == (
        "Titik rawan tertinggi: Kabupaten Malinau (Kalimantan Utara, skor 7) dan "
        "Kabupaten Sintang (Kalimantan Barat, skor 1)."
    )
    assert s[4] == (
        "Insiden paling serius: Bentrok pendukung di Malinau (Kabupaten Malinau, 2024-11-25); "
        "Rumah dibakar di Malinau (Kabupaten Malinau, 2024-11-27)."
    )


def test_summary_en_and_in_both_formats(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    s = summarise(b, "en")
    assert s[0] == "This period counts 4 stories, 2 incidents and 1 prevention activities."
    assert s[1] == "Incidents rose against the previous period (1) and the four-period average (0.25)."
    assert "Top hotspots: Kabupaten Malinau (Kalimantan Utara, score 7)" in s[3]
    md, html = render(b, "md", "en"), render(b, "html", "en")
    assert md.split("## Summary\n\n", 1)[1].startswith(s[0] + " " + s[1])
    assert f"<p>{s[0]}</p>" in html


def test_summary_when_incidents_fall_and_new_regions_appear(fixture_dir: Path) -> None:
    w47 = iso_week("2024-W47")
    s = summarise(build_brief(fixture_dir, w47), "id")
    # W47: 1 incident, 0 before; W44's hoax article is the only thing in the 4 weeks before
    assert s[1] == "Insiden naik dibanding periode sebelumnya (0) dan rata-rata empat periode (0)."
    assert "Kabupaten Sintang (Kalimantan Barat, skor 3, baru)" in s[3]
    w49 = iso_week("2024-W49")
    with Store(fixture_dir) as store:
        store.write(
            {
                "articles": [article("n1", w49.start, "Hoaks di Sambas")],
                "article_labels": [label("n1", "lainnya", "61.01", ["hoaks"])],
            }
        )
    s = summarise(build_brief(fixture_dir, w49), "id")
    assert s[0] == "Periode ini tercatat 1 berita, 0 insiden dan 0 kegiatan pencegahan."
    assert s[1] == "Insiden turun dibanding periode sebelumnya (2) dan rata-rata empat periode (0,75)."


def test_empty_period_summary(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, Period(WEEK - timedelta(days=700), WEEK - timedelta(days=694)))
    assert summarise(b, "id") == ["Tidak ada artikel bertanggal pada periode ini untuk wilayah yang dipilih."]


def test_severity_ranks_violence_over_hoaxes(fixture_dir: Path) -> None:
    assert severity(["hoaks"]) < severity(["unjuk_rasa"]) < severity(["kekerasan"])
    assert severity([]) == 0
    b = build_brief(fixture_dir, W48)
    assert [i["article_id"] for i in serious_incidents(b)] == ["a1", "a2"]  # a1 has two sources


def test_decimals_as_the_language_writes_them(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    assert "| Bentrok antarpendukung | 1 | 0,25 |" in render(b, "md", "id")
    assert "| Supporter clashes | 1 | 0.25 |" in render(b, "md", "en")
