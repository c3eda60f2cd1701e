"""Sitemaps: indexes, news sitemaps, gzipped sitemaps and plain-text lists of URLs."""

from __future__ import annotations

import gzip
import re
import zlib
from dataclasses import dataclass, field
from datetime import date

from kewaspadaan_cli.errors import FetchError

LOC = re.compile(r"<(?:\w+:)?loc>\s*(?:<!\[CDATA\[)?\s*(.*?)\s*(?:\]\]>)?\s*</(?:\w+:)?loc>", re.IGNORECASE | re.DOTALL)
BLOCK = re.compile(r"<(?:\w+:)?(url|sitemap)\b[^>]*>(.*?)</(?:\w+:)?\1>", re.IGNORECASE | re.DOTALL)
DATE = re.compile(r"<(?:\w+:)?(?:lastmod|publication_date)>\s*(\d{4}-\d{2}-\d{2})", re.IGNORECASE)
MAX_UNZIPPED = 50 * 1024 * 1024


@dataclass
class Sitemap:
    pages: list[tuple[str, date | None]] = field(default_factory=list)
    children: list[str] = field(default_factory=list)


def _unzip(content: bytes) -> bytes:
    if content[:2] != b"\x1f\x8b":
        return content
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    out = d.decompress(content, MAX_UNZIPPED + 1)
    if len(out) > MAX_UNZIPPED:
        raise FetchError(f"gzipped sitemap expands past {MAX_UNZIPPED:,} bytes")
    return out


def parse_sitemap(content: bytes) -> Sitemap:
    try:
        text = _unzip(content).decode("utf-8", "replace")
    except (OSError, zlib.error, gzip.BadGzipFile):
        raise FetchError("not a valid gzipped sitemap") from None
    out = Sitemap()
    blocks = list(BLOCK.finditer(text))
    if not blocks and "<" not in text[:200]:  # a plain-text sitemap: one URL a line
        out.pages = [(line.strip(), None) for line in text.splitlines() if line.strip().startswith("http")]
        return out
    for b in blocks:
        loc = LOC.search(b.group(2))
        if not loc:
            continue
        when = DATE.search(b.group(2))
        day = date.fromisoformat(when.group(1)) if when else None
        if b.group(1).lower() == "sitemap":
            out.children.append(loc.group(1))
        else:
            out.pages.append((loc.group(1), day))
    return out
