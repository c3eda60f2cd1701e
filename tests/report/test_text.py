"""Article text in the brief: one line, escaped, links only to the web (issue #11 item 7, #12 item 2)."""

from __future__ import annotations

import pytest

from kewaspadaan_cli.report.text import clean_title, lead_title, md_escape, oneline, source_label, web_url


@pytest.mark.parametrize("brk", ["\r", "\n", "\r\n", "\u2028", "\u2029", "\x85", "\v", "\f"])
def test_every_line_break_becomes_a_space(brk: str) -> None:
    assert oneline(f"Bentrok{brk}di{brk}{brk}Malinau") == "Bentrok di Malinau"
    assert "|" not in md_escape(f"a{brk}b").replace("\\|", "")


def test_markdown_specials_are_text() -> None:
    got = md_escape("![x](https://t.example/p.png) [klik](javascript:alert(1)) *tebal* _miring_ `kode` a|b ~~c~~ <b>")
    assert "![" not in got and "](" not in got.replace("\\](", "")
    assert got.startswith("!\\[x\\](https://t.example/p.png) \\[klik\\](javascript:alert(1))")
    assert "\\*tebal\\*" in got and "\\_miring\\_" in got and "\\`kode\\`" in got and "a\\|b" in got
    assert "&lt;b&gt;" in got and "\\~\\~c\\~\\~" in got


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://kabarnusantara.id/a1", True),
        ("HTTP://kabarnusantara.id/a1", True),
        ("javascript:alert(1)", False),
        ("JaVaScRiPt:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox", False),
        ("file:///etc/passwd", False),
        ("/home/analis/berita/a.txt", False),
        ("https://x.id/a\nb", False),
        ('https://x.id/"onmouseover=alert(1)', False),
        ("http:///no-host", False),
        ("https://[::1", False),
    ],
)
def test_only_http_urls_are_links(url: str, ok: bool) -> None:
    assert (web_url(url) is not None) is ok


def test_sources_shown_by_file_name_or_url() -> None:
    assert source_label("/home/analis/berita/2024-11/rakor.txt") == "rakor.txt"
    assert source_label("/data/feed.jsonl:12") == "feed.jsonl:12"
    assert source_label("/data/arsip.json#3") == "arsip.json#3"
    assert source_label("C:\\Users\\analis\\berita\\a.txt") == "a.txt"
    assert source_label("https://kabarnusantara.id/a1") == "https://kabarnusantara.id/a1"
    assert source_label("javascript:alert(1)") == "javascript:alert(1)"  # text, never a link


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("Berita / Kalimantan / Rakor Timdu di Malinau", "Rakor Timdu di Malinau"),
        ("Home > Berita > Politik > Pilkada aman", "Pilkada aman"),
        ("![foto](https://t.example/p.png) Bentrok di Malinau", "Bentrok di Malinau"),
        ("Bentrok [di sini](javascript:alert(1)) pecah", "Bentrok di sini pecah"),
        ("Berita / Kalimantan /", None),
        ("Pilkada 2024/2025 berjalan aman", "Pilkada 2024/2025 berjalan aman"),
        ("KPU | Pilkada aman, kata ketua", "KPU | Pilkada aman, kata ketua"),
        ("Judul\rbaris\ndua", "Judul baris dua"),
    ],
)
def test_titles_cleaned(raw: str, clean: str | None) -> None:
    assert clean_title(raw) == clean


def test_lead_title_stands_in_for_a_missing_headline() -> None:
    assert lead_title("JAYAPURA, PE – Kerusuhan terjadi di Intan Jaya. Dilaporkan dua hari") == (
        "Kerusuhan terjadi di Intan Jaya."
    )
    long = lead_title("Bentrok " + "antarpendukung pecah di desa " * 10)
    assert long is not None and long.endswith(" …") and len(long) <= 92
