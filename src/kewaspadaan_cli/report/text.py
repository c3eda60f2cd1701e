"""Text that goes into the brief: one line per cell, safe in Markdown and HTML, links only to the web.

Titles, outlets and quotes come from the articles, so from anyone who can publish a page: a
``javascript:`` URL, Markdown link or image syntax (an image is a tracking beacon when the brief
is opened), or a bare ``\\r`` that ends a table row are all text here, never markup.
"""

from __future__ import annotations

import re
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

_BREAKS = re.compile(r"[\r\n\v\f\x1c-\x1e\x85\u2028\u2029]+")
_SPACES = re.compile(r"[ \t]{2,}")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")  # with [ ] escaped, no ( ) ! can make a link or image
_TARGET = r"\((?:[^()\n]|\([^()\n]*\))*\)"  # "(url)", one level of parentheses inside
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]" + _TARGET)
_MD_LINK = re.compile(r"\[([^\]\n]*)\]" + _TARGET)
_CRUMB_SEP = re.compile(r"\s+[/>»›|]\s+|\s+[/>»›|]$")
_CRUMB_WORDS = {"home", "beranda", "berita", "news", "index", "indeks"}


def oneline(value: Any) -> str:
    """Any value as one line: every kind of line break a space, runs of blanks one."""
    s = "" if value is None else str(value)
    return _SPACES.sub(" ", _BREAKS.sub(" ", s)).strip()


def md_escape(value: Any) -> str:
    """Text safe in a Markdown table cell or paragraph: one line, no link, image, emphasis or raw HTML."""
    s = oneline(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", s)


def web_url(value: Any) -> str | None:
    """The URL when it is an http(s) URL with a host, else None: only these become links."""
    if not isinstance(value, str):
        return None
    url = value.strip()
    if any(ch in url for ch in "\r\n\t <>\"'`") or not url.isprintable():
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def source_label(value: Any) -> str:
    """How a source is shown: a web URL as itself, a file by its name (not the analyst's folders)."""
    if value is None:
        return "-"
    s = oneline(value)
    if web_url(s):
        return s
    if re.match(r"^[a-z][a-z0-9+.-]*:", s, re.IGNORECASE) and not re.match(r"^[a-z]:[\\/]", s, re.IGNORECASE):
        return s  # another scheme: shown as text, never a link
    path = re.sub(r"(?:#\d+|:\d+)$", "", s)  # a JSON record number or JSONL line
    name = PurePath(path.replace("\\", "/")).name or s
    return name + s[len(path) :]


def clean_title(value: Any) -> str | None:
    """A headline without image markdown, link syntax or a breadcrumb trail before it."""
    if value is None:
        return None
    s = _MD_IMAGE.sub(" ", str(value))
    s = _MD_LINK.sub(r"\1", s)
    s = oneline(s)
    if re.search(r"\s[/>»›|]$", s):
        return None  # only a breadcrumb trail: "Berita / Kalimantan /"
    parts = [p for p in _CRUMB_SEP.split(s) if p.strip()]
    # "Berita / Kalimantan / Judul", "Home > Politik > Judul": a trail of short sections before the headline
    if len(parts) > 1 and (
        parts[0].strip().lower() in _CRUMB_WORDS or (len(parts) > 2 and all(len(p.split()) <= 3 for p in parts[:-1]))
    ):
        s = parts[-1]
    s = s.strip(" /|>-»›")
    return s or None


def lead_title(text: Any, limit: int = 90) -> str | None:
    """A stand-in headline from an article's opening: its first sentence, cut at a word near ``limit``."""
    s = oneline(text)
    s = re.sub(r"^[A-Z][A-Za-z .,'-]{1,40}?\s*[,|]?\s*[\w.]*\s*[-–—|]\s+", "", s)  # "JAYAPURA, PE – "
    first = re.split(r"(?<=[.!?])\s", s, maxsplit=1)[0]
    if len(first) > limit:
        first = first[:limit].rsplit(" ", 1)[0] + " …"
    return first or None
