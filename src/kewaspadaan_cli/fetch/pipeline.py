"""``kwd ingest`` from the web: feeds, sitemaps and sites give page URLs; pages not stored yet are
fetched politely and go through the same cleaning and deduplication as files; every request is
recorded in the ``fetch_log`` table."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, date, datetime
from typing import Any
from urllib.parse import urljoin

from kewaspadaan_cli.errors import FetchError
from kewaspadaan_cli.fetch.discover import USUAL_SITEMAPS, feeds_in_page, origin
from kewaspadaan_cli.fetch.feeds import is_feed, parse_feed
from kewaspadaan_cli.fetch.http import Fetcher, FetchSettings
from kewaspadaan_cli.fetch.sitemaps import parse_sitemap
from kewaspadaan_cli.fetch.sources import WebPlan
from kewaspadaan_cli.ingest.pipeline import ArticleBuilder, Candidate, IngestSummary, Progress, ingest_candidates
from kewaspadaan_cli.store import Store, read_table

log = logging.getLogger(__name__)
MAX_SITEMAP_DEPTH = 3
PAGE_BATCH = 20  # pages fetched, then stored in one commit: memory stays bounded, a killed run keeps them


def _conditional(data_dir: Any) -> dict[str, dict[str, str]]:
    """ETag and Last-Modified last seen per URL, for conditional GET of feeds and sitemaps."""
    rows = read_table(data_dir, "fetch_log", ["url", "status", "etag", "last_modified", "time"]).to_pylist()
    out: dict[str, dict[str, str]] = {}
    for r in sorted(rows, key=lambda r: r["time"]):
        if r["status"] == 200 and (r["etag"] or r["last_modified"]):
            h = {}
            if r["etag"]:
                h["If-None-Match"] = r["etag"]
            if r["last_modified"]:
                h["If-Modified-Since"] = r["last_modified"]
            out[r["url"]] = h
    return out


def _stored_urls(store: Store) -> set[str]:
    urls = set(read_table(store.data_dir, "articles", ["url"]).column(0).to_pylist())
    urls |= set(read_table(store.data_dir, "article_sources", ["url"]).column(0).to_pylist())
    return {u for u in urls if u}


async def _guarded(step: Any, url: str, skipped: list[tuple[str, str]], *args: Any) -> None:
    """Run one URL's step; whatever goes wrong with that URL is named and skipped, never the run's end."""
    try:
        await step(url, *args)
    except FetchError as exc:
        skipped.append((url, exc.message.split(": ", 1)[-1]))
    except Exception as exc:
        log.exception("fetching %s failed", url)
        skipped.append((url, f"cannot be fetched ({type(exc).__name__}: {exc})"))


async def _collect(
    plan: WebPlan, fetcher: Fetcher, cond: dict[str, dict[str, str]], since: date | None, skipped: list[tuple[str, str]]
) -> list[str]:
    """Page URLs from the plan's URLs, feeds, sitemaps and sites."""
    pages: list[str] = list(plan.urls)
    feeds, sitemaps = list(plan.feeds), [(s, 0) for s in plan.sitemaps]

    async def site(url: str) -> None:
        try:
            home = await fetcher.get(url, "site")
            found = feeds_in_page(home.content.decode("utf-8", "replace"), home.url)
        except FetchError as exc:
            skipped.append((url, exc.message.split(": ", 1)[-1]))
            found = []
        feeds.extend(found)
        try:
            maps = await fetcher.robots_sitemaps(url)
        except (FetchError, ValueError):
            maps = []
        if not maps and not found:
            maps = [urljoin(origin(url), p) for p in USUAL_SITEMAPS[:1]]
        sitemaps.extend((m, 0) for m in maps)

    await asyncio.gather(*(_guarded(site, s, skipped) for s in plan.sites))

    async def feed(url: str) -> None:
        try:
            r = await fetcher.get(url, "feed", cond.get(url))
        except FetchError as exc:
            skipped.append((url, exc.message.split(": ", 1)[-1]))
            return
        if r.status == 304:
            return
        if not is_feed(r.content):
            skipped.append((url, "not an RSS or Atom feed"))
            return
        for e in parse_feed(r.content, r.url, skipped):
            if since and e.published and e.published < since:
                continue
            pages.append(e.url)

    await asyncio.gather(*(_guarded(feed, f, skipped) for f in dict.fromkeys(feeds)))

    seen: set[str] = set()
    while sitemaps:
        batch = sitemaps
        found_children: list[tuple[str, int]] = []

        async def one(url: str, depth: int) -> None:
            if url in seen:
                return
            seen.add(url)
            try:
                r = await fetcher.get(url, "sitemap", cond.get(url))
                if r.status == 304:
                    return
                sm = parse_sitemap(r.content)
            except FetchError as exc:
                skipped.append((url, exc.message.split(": ", 1)[-1]))
                return
            for page, day in sm.pages:
                if since and day and day < since:
                    continue
                pages.append(page)
            if depth < MAX_SITEMAP_DEPTH:  # the children list is this round's, gathered below
                found_children.extend((c, depth + 1) for c in sm.children)  # noqa: B023

        await asyncio.gather(*(_guarded(one, u, skipped, d) for u, d in batch))
        sitemaps = found_children
    return list(dict.fromkeys(pages))


async def _fetch_pages(urls: list[str], fetcher: Fetcher, skipped: list[tuple[str, str]]) -> list[Candidate]:
    """Fetch pages concurrently (within the fetcher's limits); the caller keeps ``urls`` short."""
    today = datetime.now(UTC).date()
    out: list[Candidate] = []

    async def one(url: str) -> None:
        try:
            r = await fetcher.get(url, "page")
        except FetchError as exc:
            skipped.append((url, exc.message.split(": ", 1)[-1]))
            return
        out.append(
            Candidate(
                source=url, raw=r.content.decode("latin-1"), input_kind="web", url=r.url, html=True, reference=today
            )
        )

    await asyncio.gather(*(_guarded(one, u, skipped) for u in urls))
    return out


def ingest_web(
    store: Store,
    plan: WebPlan,
    settings: FetchSettings | None = None,
    since: date | None = None,
    advance: Progress | None = None,
    summary: IngestSummary | None = None,
    known: set[str] | None = None,
) -> IngestSummary:
    """Fetch what the plan names and store the articles; returns the ingest summary.

    Page URLs stored already, or in ``known`` (pages ``kwd run`` fetched before), are not fetched."""
    settings = settings or FetchSettings()
    summary = summary or IngestSummary()
    cond = _conditional(store.data_dir)
    stored = _stored_urls(store) | (known or set())
    skipped: list[tuple[str, str]] = []

    builder = ArticleBuilder(store)

    def commit(fetcher: Fetcher, cands: list[Candidate]) -> None:
        """Store what was fetched so far (articles and the fetch log) in one commit each."""
        summary.files_seen += len(cands) + len(skipped)
        summary.skipped += skipped
        skipped.clear()
        ingest_candidates(store, cands, summary, advance, builder=builder)
        if fetcher.log_rows:
            store.append("fetch_log", fetcher.log_rows)
            fetcher.log_rows.clear()

    async def run() -> None:
        async with Fetcher(settings) as fetcher:
            try:
                pages = await _collect(plan, fetcher, cond, since, skipped)
                todo = [u for u in pages if u not in stored]
                log.info("%d page URL(s), %d already stored", len(pages), len(pages) - len(todo))
                if advance:
                    advance(0, len(todo))
                for i in range(0, len(todo), PAGE_BATCH):
                    commit(fetcher, await _fetch_pages(todo[i : i + PAGE_BATCH], fetcher, skipped))
            finally:
                commit(fetcher, [])

    asyncio.run(run())
    return summary


def source_health(data_dir: Any) -> list[dict[str, Any]]:
    """Per site: requests that worked and failed, the last success, and since when it has been failing."""
    rows = read_table(data_dir, "fetch_log", ["host", "status", "error", "time", "url"]).to_pylist()
    hosts: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: r["time"]):
        h = hosts.setdefault(
            r["host"],
            {"host": r["host"], "fetched": 0, "failed": 0, "last_ok": None, "failing_since": None, "last_error": None},
        )
        ok = r["error"] is None and r["status"] is not None and r["status"] < 400
        if ok:
            h["fetched"] += 1
            h["last_ok"] = r["time"]
            h["failing_since"] = None
        else:
            h["failed"] += 1
            h["last_error"] = f"{r['url']}: {r['error'] or 'HTTP ' + str(r['status'])}"
            h["failing_since"] = h["failing_since"] or r["time"]
    return sorted(hosts.values(), key=lambda h: (h["failing_since"] is None, h["host"]))
