"""Finding the feeds and sitemaps a site advertises: its homepage's <link rel="alternate"> and
its robots.txt "Sitemap:" lines, then the usual places."""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

ALTERNATE = re.compile(r"<link\b[^>]*>", re.IGNORECASE)
FEED_TYPE = re.compile(r"""type\s*=\s*["']application/(?:rss|atom)\+xml["']""", re.IGNORECASE)
HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
USUAL_SITEMAPS = ("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml")


def feeds_in_page(html: str, base_url: str) -> list[str]:
    out = []
    for tag in ALTERNATE.findall(html):
        if FEED_TYPE.search(tag) and (h := HREF.search(tag)):
            try:
                out.append(urljoin(base_url, h.group(1)))
            except ValueError:  # a malformed link ("Invalid IPv6 URL"): not a feed we can fetch
                continue
    return list(dict.fromkeys(out))


def origin(url: str) -> str:
    p = urlsplit(url)
    return f"{p.scheme}://{p.netloc}"
