"""An office's list of outlets for cron, as TOML or YAML.

[[source]]                       # sources.toml
name = "Swara Kaltara"
site = "https://swarakaltara.com"
# or: feed = "...", sitemap = "...", url = "...", urls = ["...", ...]
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kewaspadaan_cli.errors import UsageError


@dataclass
class WebPlan:
    urls: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)
    sites: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.urls or self.feeds or self.sitemaps or self.sites)

    def extend(self, other: WebPlan) -> None:
        self.urls += other.urls
        self.feeds += other.feeds
        self.sitemaps += other.sitemaps
        self.sites += other.sites


def read_urls_file(path: Path) -> list[str]:
    """One URL a line; blank lines and # comments allowed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise UsageError(f"cannot read --urls-file {path}: {exc.strerror}") from None
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def read_sources(path: Path) -> WebPlan:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read --sources {path}: {exc.strerror}") from None
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml

            data = yaml.safe_load(raw) or {}
        else:
            import tomllib

            data = tomllib.loads(raw.decode("utf-8"))
    except Exception as exc:  # tomllib and yaml raise their own families
        raise UsageError(
            f"{path}: not valid {'YAML' if path.suffix.lower() in ('.yaml', '.yml') else 'TOML'}: {exc}"
        ) from None
    entries = data.get("source") or data.get("sources") or []
    if not isinstance(entries, list):
        raise UsageError(f"{path}: expected a list of sources under 'source'")
    plan = WebPlan()
    for i, e in enumerate(entries, start=1):
        if not isinstance(e, dict):
            raise UsageError(f"{path}: source {i} is not a table")
        known = {"name", "site", "feed", "sitemap", "url", "urls", "feeds", "sitemaps"}
        if unknown := set(e) - known:
            raise UsageError(f"{path}: source {i} has unknown key(s) {sorted(unknown)}; use {sorted(known)}")
        plan.sites += [e["site"]] if e.get("site") else []
        plan.feeds += ([e["feed"]] if e.get("feed") else []) + list(e.get("feeds", []))
        plan.sitemaps += ([e["sitemap"]] if e.get("sitemap") else []) + list(e.get("sitemaps", []))
        plan.urls += ([e["url"]] if e.get("url") else []) + list(e.get("urls", []))
    return plan
