"""Officials as people: one person's spellings merged with the title as evidence (issue #12 item 5)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kewaspadaan_cli.report.aggregate import Period, build_brief
from kewaspadaan_cli.report.officials import merge, name_key
from kewaspadaan_cli.report.render import render
from kewaspadaan_cli.store import Store
from tests.report.conftest import WEEK, article, label

W48 = Period(WEEK, date(2024, 12, 1))


def row(name: str, title: str, *aids: str, inst: str | None = None, region: str | None = None) -> dict:
    return {
        "name": name,
        "titles": [title],
        "article_ids": list(aids),
        "institutions": [inst] if inst else [],
        "regions": [region] if region else [],
    }


def test_spellings_of_one_person_merge() -> None:
    people = merge(
        [
            row("Muhammad Tito Karnavian", "Menteri Dalam Negeri", "a1", "a2", inst="kemendagri"),
            row("Tito Karnavian", "Mendagri Tito Karnavian Menteri Dalam Negeri", "a3", inst="kemendagri"),
            row("Tito  Karnavian,", "Menteri Dalam Negeri RI", "a4"),
            row("Ahmad Musthofa Kamal", "Kabid Humas Polda Papua", "b1", inst="polri", region="91"),
            row("AM Kamal", "Kabid Humas Polda Papua", "b2", inst="polri", region="91"),
            row("Dicky Sondani", "Kabid Humas Polda Sulawesi Selatan", "c1"),
            row("Dicky Sondani", "Kabid Humas Polda Sulsel", "c2"),
        ]
    )
    by_name = {p["name"]: p for p in people}
    assert set(by_name) == {"Muhammad Tito Karnavian", "Ahmad Musthofa Kamal", "Dicky Sondani"}
    tito = by_name["Muhammad Tito Karnavian"]
    assert tito["articles"] == 4 and set(tito["spellings"]) == {"Tito Karnavian", "Tito  Karnavian,"}
    assert by_name["Ahmad Musthofa Kamal"]["spellings"] == ["AM Kamal"]


def test_different_people_stay_apart() -> None:
    people = merge(
        [
            row("Ahmad", "Camat Sanggar", "a1"),
            row("Ahmad Zaini", "Ketua KPU Kota Semarang", "a2"),  # a bare given name never merges
            row("Abdul Rasyid", "Ketua DPRD Kab. Kukar", "a3"),
            row("Abdul Rasyid Hasan", "Kapolres Sintang", "a4"),  # close names, other posts
            row("Budi Gunawan", "Kepala Badan Intelijen Negara", "a5"),
            row("Budi Gunadi", "Menteri Kesehatan", "a6"),
        ]
    )
    assert len(people) == 6


def test_name_key() -> None:
    assert name_key("  Tito  Karnavian, ") == name_key("tito karnavian") == "tito karnavian"
    assert name_key("Zumi Zóla") == "zumi zola"


def test_the_brief_counts_people_not_strings(fixture_dir: Path) -> None:
    with Store(fixture_dir) as store:
        store.write(
            {
                "articles": [article("t1", WEEK, "Mendagri di Malinau")],
                "article_labels": [label("t1", "lainnya", "65.02", [])],
                "officials": [{"article_id": "t1", "name": "Wempi W. Mawa", "title": "Bupati Malinau"}],
            }
        )
    b = build_brief(fixture_dir, W48)
    assert b.figures["officials"][0] == 2  # Jarot Winarno and Wempi Mawa, under two spellings
    md = render(b, "md", "id")
    assert "| Wempi Mawa | Bupati Malinau | 3 | Wempi W. Mawa |" in md
