"""The brief as rendered: hostile article text stays text, ids show as labels, sources by name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from kewaspadaan_cli.report.aggregate import Period, build_brief
from kewaspadaan_cli.report.render import render
from kewaspadaan_cli.store import Store
from tests.report.conftest import WEEK, article, label

W48 = Period(WEEK, date(2024, 12, 1))
HOSTILE_TITLE = "![b](https://track.example/p.gif) Bentrok [klik](javascript:alert(1)) di\rMalinau | *palsu*"


def _hostile(data: Path) -> None:
    a = article("h1", WEEK, HOSTILE_TITLE, site="Media|Palsu\n**tebal**")
    a["url"] = "javascript:alert(document.cookie)"
    a["source"] = "/home/analis/rahasia/h1.txt"
    with Store(data) as store:
        store.write(
            {
                "articles": [a],
                "article_labels": [label("h1", "insiden", "65.02", ["kekerasan"])],
                "article_sources": [
                    {"article_id": "h1", "source": a["source"], "url": a["url"], "ingested_at": a["ingested_at"]}
                ],
                "quotes": [
                    {
                        "article_id": "h1",
                        "speaker": "Wempi [x](javascript:1)",
                        "text": "Kami ![img](https://track.example/q.gif) minta\r\nwarga tenang dan menjaga keamanan.",
                        "start": 0,
                        "end": 5,
                    }
                ],
            }
        )


def _md_rows(md: str, heading: str) -> list[str]:
    block = md.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]
    return [ln for ln in block.splitlines() if ln.startswith("|")]


def test_hostile_text_stays_text_in_markdown(fixture_dir: Path) -> None:
    _hostile(fixture_dir)
    md = render(build_brief(fixture_dir, W48), "md", "id")
    assert not re.search(r"(?<!\\)!\[", md) and not re.search(r"(?<!\\)\]\(", md)  # no image, no link syntax
    assert "javascript:" not in md.replace("javascript:alert(document.cookie)", "").replace("(javascript:1)", "")
    assert "<javascript:" not in md and "\r" not in md
    for heading in ("Insiden", "Daftar Sumber"):
        rows = _md_rows(md, heading)
        widths = {len(re.findall(r"(?<!\\)\|", r)) for r in rows}
        assert len(widths) == 1, rows  # every row has as many cells as the header
    assert "Bentrok klik di Malinau \\| \\*palsu\\*" in md  # title cleaned, then escaped
    assert "/home/analis" not in md


def test_hostile_text_stays_text_in_html(fixture_dir: Path) -> None:
    _hostile(fixture_dir)
    html = render(build_brief(fixture_dir, W48), "html", "en")
    assert 'href="javascript' not in html.lower() and not re.search(r"<img[^>]+src=\"https?:", html)
    assert re.findall(r'href="([^"]+)"', html) and all(
        h.startswith("https://") for h in re.findall(r'href="([^"]+)"', html)
    )
    assert "\r" not in html and "/home/analis" not in html
    assert '<span class="file">javascript:alert(document.cookie)</span>' in html


def test_ids_shown_by_labels_in_the_briefs_language(fixture_dir: Path) -> None:
    b = build_brief(fixture_dir, W48)
    md_id, md_en = render(b, "md", "id"), render(b, "md", "en")
    for raw in ("bentrok\\_pendukung", "bentrok_pendukung", "konflik\\_sosial", "rakor |", "timdu"):
        assert raw not in md_id and raw not in md_en
    assert "Bentrok antarpendukung" in md_id and "Supporter clashes" in md_en
    assert "Rapat koordinasi" in md_id and "Coordination meeting" in md_en
    assert "Tim Terpadu PKS" in md_id and "Social-conflict task force (Timdu)" in md_en


def test_order_summary_incidents_hotspots_then_the_rest(fixture_dir: Path) -> None:
    md = render(build_brief(fixture_dir, W48), "md", "id")
    heads = re.findall(r"^## (.+)$", md, re.M)
    assert heads[:4] == ["Ringkasan", "Insiden", "Titik Rawan", "Angka Kunci"]
    hot = _md_rows(md, "Titik Rawan")
    assert len(hot) == 4  # one table: header, rule, two regions
    assert hot[2].startswith("| 1 | Kabupaten Malinau `65.02` | Kalimantan Utara | 7 |")
    assert hot[3].startswith("| 2 | Kabupaten Sintang `61.05` | Kalimantan Barat | 1 |")


def test_weekly_title_only_for_a_week(fixture_dir: Path) -> None:
    assert render(build_brief(fixture_dir, W48), "md", "id").startswith("# Brief Mingguan Kewaspadaan Dini")
    long = Period(date(2010, 1, 1), date(2024, 12, 1))
    md = render(build_brief(fixture_dir, long), "md", "id")
    assert md.startswith("# Brief Kewaspadaan Dini\n") and "Mingguan" not in md


def test_a_file_source_is_shown_by_its_name(fixture_dir: Path) -> None:
    a = article("f1", WEEK, "Rakor di Malinau") | {"url": None, "source": "/home/analis/berita/2024-11/rakor.txt"}
    with Store(fixture_dir) as store:
        store.write({"articles": [a], "article_labels": [label("f1", "pertemuan", "65.02", [])]})
    b = build_brief(fixture_dir, W48)
    md, html = render(b, "md", "id"), render(b, "html", "id")
    assert "| rakor.txt |" in md and '<span class="file">rakor.txt</span>' in html
    assert "/home/analis" not in md + html


def test_new_regions_marked_in_the_hotspot_table(fixture_dir: Path) -> None:
    from kewaspadaan_cli.report.aggregate import iso_week

    md = render(build_brief(fixture_dir, iso_week("2024-W47")), "md", "en")
    row = next(r for r in _md_rows(md, "Hotspots") if "Kabupaten Sintang" in r)
    assert row.endswith("| ↑ NEW |")
