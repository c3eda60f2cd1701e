"""RSS and Atom feeds, including ones that are not strict XML (feedparser copes)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from urllib.parse import urljoin, urlsplit


@dataclass(frozen=True)
class Entry:
    url: str
    title: str | None
    published: date | None


def parse_feed(content: bytes, base_url: str, bad: list[tuple[str, str]] | None = None) -> list[Entry]:
    """The feed's entries; a malformed link is left out and, with ``bad``, noted there as (link, reason)."""
    import feedparser

    parsed = feedparser.parse(content.lstrip())
    out = []
    for e in parsed.entries:
        link = e.get("link") or e.get("id")
        if not link:
            continue
        try:
            url = urljoin(base_url, link.strip())
            urlsplit(url).port  # noqa: B018 - raises ValueError on a bad port
        except ValueError as exc:
            if bad is not None:
                bad.append((link.strip(), f"malformed link in the feed {base_url} ({exc})"))
            continue
        when = e.get("published_parsed") or e.get("updated_parsed")
        published = date(when.tm_year, when.tm_mon, when.tm_mday) if when and when.tm_year > 1971 else None
        out.append(Entry(url, e.get("title"), published))
    return out


def is_feed(content: bytes) -> bool:
    head = content.lstrip()[:600].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head
