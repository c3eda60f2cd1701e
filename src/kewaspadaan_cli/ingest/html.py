"""HTML pages: body and metadata with trafilatura, then the same cleaning as plain text."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.ingest.readers import decode

if TYPE_CHECKING:
    from trafilatura.settings import Document

log = logging.getLogger(__name__)

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_CANONICAL = re.compile(r"""<link[^>]+rel=["']canonical["'][^>]*>""", re.IGNORECASE)
_OG = re.compile(r"""<meta[^>]+property=["']og:(url|type|site_name|title)["'][^>]*>""", re.IGNORECASE)
_HREF = re.compile(r"""(?:href|content)=["']([^"']+)["']""", re.IGNORECASE)
# " - Kompas.com", " | ihram.co.id", " - Tribunnews.com Mobile", " : Okezone Lifestyle"
_SUFFIX_SEP = re.compile(r"\s+[-|–—:»]\s+")
MIN_ARTICLE_CHARS = 250


@dataclass
class Page:
    title: str | None
    text: str
    url: str | None
    site: str | None
    author: str | None
    published: date | None


def _attr_url(tag: str) -> str | None:
    m = _HREF.search(tag)
    return m.group(1).strip() if m else None


def page_meta(html: str) -> dict[str, str]:
    meta: dict[str, str] = {}
    can = _CANONICAL.search(html)
    if can and (u := _attr_url(can.group(0))):
        meta["canonical"] = u
    for m in _OG.finditer(html):
        if (v := _attr_url(m.group(0))) is not None:
            meta.setdefault(m.group(1).lower(), v)
    return meta


def strip_site_suffix(title: str, site: str | None, host: str | None) -> str:
    """Drop the outlet's name from a page title: "Judul - Kompas.com" -> "Judul"."""
    parts = _SUFFIX_SEP.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    brands = {b.lower() for b in (site, host) if b}
    brand_words = {
        w for b in brands for w in re.split(r"[\s.]+", b) if len(w) > 2 and w not in {"www", "com", "co", "id"}
    }

    def is_brand(part: str) -> bool:
        p = part.lower().strip()
        return (
            bool(re.search(r"\.(?:com|co\.id|id|net|tv|co)\b", p))
            or p in brands
            or bool(brand_words & set(re.split(r"[\s.]+", p)))
            or len(p.split()) <= 2
            and p.replace(" ", "").isalpha()
            and any(c.isupper() for c in part)
            and len(parts) > 2
        )

    while len(parts) > 1 and is_brand(parts[-1]):
        parts.pop()
    return _join(title.strip(), parts)


def _join(title: str, parts: list[str]) -> str:
    """The title up to the end of the kept parts, with its own separators."""
    end = 0
    pos = 0
    for part in parts:
        pos = title.find(part, pos)
        end = pos + len(part)
        pos = end
    return title[:end].strip()


def decode_html(data: bytes) -> str:
    m = _META_CHARSET.search(data[:4096])
    return decode(data, m.group(1).decode("ascii", "ignore") if m else None)


def parse_html(data: bytes | str, url: str | None = None) -> Page:
    """Extract an article page. Raises InputError for a page that is not an article."""
    import trafilatura
    from trafilatura.settings import use_config

    html = data if isinstance(data, str) else decode_html(data)
    meta = page_meta(html)
    cfg = use_config()
    cfg.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    doc = cast(
        "Document | None",
        trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_precision=True,
            config=cfg,
            date_extraction_params={"extensive_search": False, "original_date": True},
        ),
    )
    text = (doc.text or "") if doc is not None else ""
    if len(text) < MIN_ARTICLE_CHARS:
        # trafilatura's precise mode can keep only a related-links block: retry for recall
        recall = cast(
            "Document | None",
            trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_recall=True, config=cfg),
        )
        if recall is not None and len(recall.text or "") > len(text):
            doc, text = recall, recall.text or ""
    if doc is None or not text.strip():
        raise InputError("no article text found in the page")
    page_url = meta.get("canonical") or meta.get("url") or getattr(doc, "url", None) or url
    site = meta.get("site_name") or getattr(doc, "sitename", None)
    if site and re.match(r"https?://", site):
        site = None
    host = getattr(doc, "hostname", None)
    title = doc.title or meta.get("title")
    if title:
        title = strip_site_suffix(title, site, host)
        title = re.sub(r"^[\w.]+\.(?:com|co\.id|id|net|tv)\s*[:|-]\s*", "", title, flags=re.IGNORECASE)
    published = None
    if getattr(doc, "date", None):
        try:
            published = date.fromisoformat(str(doc.date)[:10])
        except ValueError:
            published = None
    return Page(
        title=title or None, text=text, url=page_url, site=site or host, author=doc.author or None, published=published
    )


def is_listing(text: str) -> bool:
    """A page of headlines: many short lines, few sentences."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if len(text) < MIN_ARTICLE_CHARS:
        return True
    sentences = len(re.findall(r"[.!?][\"”]?(?:\s|$)", text))
    short = sum(1 for line in lines if len(line) < 90 and not line.endswith((".", "!", "?", '"', "”")))
    return len(lines) >= 8 and short / len(lines) > 0.7 and sentences < len(lines) / 3
