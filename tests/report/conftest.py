"""Fixture tables with known numbers, written through the store (not by running extract)."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from kewaspadaan_cli.store import Store

WEEK = date(2024, 11, 25)  # Monday of 2024-W48
NOW = datetime(2024, 12, 2, tzinfo=UTC)


def article(aid: str, day: date, title: str, site: str = "Kabarnusantara.id", dup: str | None = None) -> dict:
    return {
        "article_id": aid,
        "source": f"/berita/{aid}.txt",
        "url": f"https://kabarnusantara.id/{aid}",
        "title": title,
        "published": day,
        "text": title + " isi berita.",
        "input_kind": "text",
        "site": site,
        "advertorial": False,
        "duplicate_of": dup,
        "ingested_at": NOW,
    }


def label(aid: str, kind: str, region: str | None, conflicts: list[str], phase: str | None = "pra") -> dict:
    return {
        "article_id": aid,
        "event_kind": kind,
        "region_code": region,
        "regions": [region] if region else [],
        "institutions": ["polri"],
        "election_types": ["pilkada"],
        "phase": phase,
        "stages": ["kampanye"],
        "conflicts": conflicts,
        "lexicon_digest": "abc123",
        "extractor_version": "t",
        "extracted_at": NOW,
    }


@pytest.fixture
def fixture_dir(tmp_path: Path) -> Path:
    """Week W48: Malinau (65.02) 2 incidents + 1 risk article; Sintang (61.05) 1 risk meeting;
    a near-duplicate of one incident. W47: 1 Sintang incident. W44: Malinau 1 risk. Older weeks quiet."""
    arts, labs, meets, offs, srcs, quotes = [], [], [], [], [], []
    d = WEEK
    arts += [
        article("a1", d, "Bentrok pendukung di Malinau"),
        article("a2", d + timedelta(days=2), "Rumah dibakar di Malinau"),
        article("a3", d + timedelta(days=3), "<script>alert(1)</script> Waspada hoaks"),
        article("a4", d + timedelta(days=4), "Rakor Timdu Sintang"),
        article("a1b", d + timedelta(days=1), "Bentrok pendukung di Malinau (salinan)", site="Lain.com", dup="a1"),
    ]
    labs += [
        label("a1", "insiden", "65.02", ["bentrok_pendukung", "kekerasan"]),
        label("a2", "insiden", "65.02", ["kekerasan"]),
        label("a3", "lainnya", "65.02", ["hoaks"]),
        label("a4", "pertemuan", "61.05", ["konflik_sosial"]),
        label("a1b", "insiden", "65.02", ["bentrok_pendukung"]),
    ]
    meets.append(
        {
            "article_id": "a4",
            "meeting_type": "rakor",
            "date": d + timedelta(days=4),
            "venue": "Aula Kantor Bupati",
            "chair": "Jarot Winarno",
            "n_participants": 50,
            "region_code": "61.05",
            "institutions": ["timdu"],
            "start": 0,
            "end": 4,
        }
    )
    offs += [
        {"article_id": "a4", "name": "Jarot Winarno", "title": "Bupati Sintang"},
        {"article_id": "a1", "name": "Wempi Mawa", "title": "Bupati Malinau"},
        {"article_id": "a2", "name": "Wempi Mawa", "title": "Bupati Malinau"},
    ]
    quotes.append(
        {
            "article_id": "a4",
            "speaker": "Jarot Winarno",
            "text": "Kita cegah konflik sosial sejak dini di seluruh kecamatan.",
            "start": 0,
            "end": 10,
        }
    )
    prev = WEEK - timedelta(days=7)
    arts.append(article("p1", prev, "Bentrok di Sintang"))
    labs.append(label("p1", "insiden", "61.05", ["bentrok_pendukung"]))
    old = WEEK - timedelta(days=28)
    arts.append(article("o1", old, "Waspada hoaks Malinau"))
    labs.append(label("o1", "lainnya", "65.02", ["hoaks"]))
    for a in arts:
        srcs.append({"article_id": a["article_id"], "source": a["source"], "url": a["url"], "ingested_at": NOW})
    data = tmp_path / "data"
    with Store(data) as store:
        store.write(
            {
                "articles": arts,
                "article_labels": labs,
                "meetings": meets,
                "officials": offs,
                "article_sources": srcs,
                "quotes": quotes,
            }
        )
    return data


def screenshot(html: Path, png: Path, width: int, height: int, profile: Path) -> None:
    """Draw ``html`` in headless Chromium at ``width`` x ``height`` into ``png``; skip the test when
    no Chromium is installed (.ci/run installs the Debian package)."""
    browser = next((p for n in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(n))), None)
    if browser is None:
        pytest.skip("no Chromium found (Debian package chromium); .ci/run installs it")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--hide-scrollbars",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size={width},{height}",
            html.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
