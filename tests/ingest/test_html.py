from __future__ import annotations

from pathlib import Path

import pytest

from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.ingest.clean import clean_text
from kewaspadaan_cli.ingest.html import is_listing, parse_html, strip_site_suffix
from tests.conftest import SHARED

PAGES = sorted((SHARED / "html" / "pages").glob("*.html")) if (SHARED / "html" / "pages").exists() else []


@pytest.mark.parametrize(
    "title,site,expected",
    [
        ("Judul Berita - Kompas.com", "KOMPAS.com", "Judul Berita"),
        ("Umrah Aman | ihram.co.id", None, "Umrah Aman"),
        ("Polisi: Cuma Diperlihatkan - detikNews", "detiknews", "Polisi: Cuma Diperlihatkan"),
        ("Bentrok - Dua Kubu Saling Serang", None, "Bentrok - Dua Kubu Saling Serang"),
    ],
)
def test_strip_site_suffix(title: str, site: str | None, expected: str) -> None:
    assert strip_site_suffix(title, site, None) == expected


@pytest.mark.skipif(not PAGES, reason="../shared/html/pages is absent")
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_shared_pages(page: Path) -> None:
    """Every real saved page: a title without the site's suffix, the body kept, furniture gone."""
    result = parse_html(page.read_bytes())
    cleaned = clean_text(result.text, title_hint=result.title)
    assert result.title and len(result.title) > 10
    assert not result.title.lower().endswith(("kompas.com", "detiknews", "okezone", "republika online"))
    assert len(cleaned.text) > 400
    assert not is_listing(cleaned.text)
    for furniture in ("Baca Juga", "BACA JUGA", "Copyright", "COPYRIGHT", "All Rights Reserved", "Load More"):
        assert furniture not in cleaned.text
    assert "\ufffd" not in cleaned.text and "Ã" not in cleaned.text  # decoded right


@pytest.mark.skipif(not PAGES, reason="../shared/html/pages is absent")
def test_kapanlagi_declares_latin1_but_is_utf8() -> None:
    page = parse_html((SHARED / "html" / "pages" / "13-kapanlagi.html").read_bytes())
    assert page.title == "Brandon Salim Makin Dekat Dengan Sivia Blink di 'HEART BEAT'"
    assert "Ã" not in page.text


def test_listing_page_is_not_an_article() -> None:
    items = "".join(f"<li><a href='/b/{i}'>Berita nomor {i} tentang daerah</a></li>" for i in range(30))
    html = f"<html><head><title>Indeks Berita</title></head><body><ul>{items}</ul></body></html>"
    with pytest.raises(InputError):
        page = parse_html(html.encode())
        if is_listing(clean_text(page.text).text):
            raise InputError("listing")
