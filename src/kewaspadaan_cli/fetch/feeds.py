"""RSS and Atom feeds, including ones that are not strict XML (feedparser copes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None
    published: date | None


def parse_feed(content: bytes, base_url: str) -> list[Entry]:
    import feedparser

    parsed = feedparser.parse(content.lstrip())
    out = []
    for e in parsed.entries:
        link = e.get("link") or e.get("id")
        if not link:
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        published = date(when.tm_year, when.tm_mon, when.tm_mday) if when and when.tm_year > 1971 else None
        out.append(Entry(urljoin(base_url, link.strip()), e.get("title"), published))
    return out


def is_feed(content: bytes) -> bool:
    head = content.lstrip()[:600].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
