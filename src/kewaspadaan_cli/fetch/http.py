"""A polite HTTP client: robots.txt (Crawl-delay included) for every URL fetched, redirect
targets and other hosts included, a rate limit per host, retries with backoff honouring
Retry-After, a streamed size cap, an overall deadline per response (a server trickling bytes is cut
however often it sends one), a redirect limit, http/https only, content types checked. Hosts are
fetched concurrently, each within its own limit.

robots.txt follows RFC 9309: a 4xx answer (none there) allows everything; a 5xx answer or no answer
at all disallows everything for that site until the next run.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import urllib.robotparser
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import httpx

from kewaspadaan_cli import __version__
from kewaspadaan_cli.errors import FetchError

log = logging.getLogger(__name__)

ACCEPT = {
    "page": ("text/html", "application/xhtml+xml"),
    "feed": ("xml", "rss", "atom", "text/plain", "text/html"),
    "sitemap": ("xml", "gzip", "x-gzip", "text/plain", "octet-stream"),
    "robots": ("text/plain", "text/html", ""),
    "site": ("text/html", "application/xhtml+xml"),
}


@dataclass
class FetchSettings:
    contact: str | None = None
    rate: float = 1.0  # requests per second per host
    timeout: float = 20.0
    retries: int = 3
    backoff: float = 1.0  # seconds, doubled each retry
    max_retry_after: float = 120.0
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    concurrency: int = 8
    respect_robots: bool = True

    @property
    def user_agent(self) -> str:
        contact = f"; +{self.contact}" if self.contact else ""
        return f"kewaspadaan-cli/{__version__} (kwd; early-warning news monitor{contact})"


@dataclass
class Response:
    url: str
    status: int
    content: bytes
    headers: dict[str, str]
    elapsed: float


@dataclass
class Fetcher:
    settings: FetchSettings
    log_rows: list[dict[str, Any]] = field(default_factory=list)
    _client: httpx.AsyncClient | None = None
    _hosts: dict[str, asyncio.Lock] = field(default_factory=dict)
    _next: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser | None] = field(default_factory=dict)
    _robots_why: dict[str, str] = field(default_factory=dict)  # origin -> why everything is disallowed
    _robots_locks: dict[str, asyncio.Lock] = field(default_factory=dict)
    _sem: asyncio.Semaphore | None = None

    async def __aenter__(self) -> Fetcher:
        self._client = httpx.AsyncClient(
            headers={"User-Agent": self.settings.user_agent},
            follow_redirects=False,
            timeout=httpx.Timeout(self.settings.timeout),
            trust_env=False,
        )
        self._sem = asyncio.Semaphore(self.settings.concurrency)
        return self

    async def __aexit__(self, *exc: object) -> None:
        if self._client is not None:
            await self._client.aclose()

    # -- politeness ----------------------------------------------------------------------
    async def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}"
        async with self._robots_locks.setdefault(origin, asyncio.Lock()):  # one fetch of robots.txt per site
            if origin not in self._robots:
                try:
                    resp = await self._request(urljoin(origin, "/robots.txt"), "robots", {}, check_robots=False)
                    rp = urllib.robotparser.RobotFileParser()
                    rp.parse(resp.content.decode("utf-8", "replace").splitlines())
                    rp.modified()
                    self._robots[origin] = rp
                except FetchError as exc:
                    status = getattr(exc, "status", None)
                    if status is not None and 400 <= status < 500:
                        self._robots[origin] = None  # no robots.txt: everything allowed
                    else:  # RFC 9309 2.3.1.3-4: a server error or no answer means complete disallow
                        rp = urllib.robotparser.RobotFileParser()
                        rp.disallow_all = True  # type: ignore[attr-defined]  # set by read() on 401/403
                        self._robots[origin] = rp
                        why = f"HTTP {status}" if status else exc.message.split(": ", 1)[-1]
                        self._robots_why[origin] = f"robots.txt of {origin} unavailable ({why}): everything disallowed"
        return self._robots[origin]

    async def _allowed(self, url: str) -> str | None:
        """None when robots.txt lets us fetch ``url``, else why not."""
        robots = await self._robots_for(url)
        if robots is None or robots.can_fetch(self.settings.user_agent, url):
            return None
        parts = urlsplit(url)
        return self._robots_why.get(f"{parts.scheme}://{parts.netloc}", "disallowed by robots.txt")

    def _delay(self, host: str, robots: urllib.robotparser.RobotFileParser | None) -> float:
        delay = 1.0 / self.settings.rate if self.settings.rate > 0 else 0.0
        if robots is not None:
            crawl = robots.crawl_delay(self.settings.user_agent)
            if crawl:
                delay = max(delay, float(crawl))
        return delay

    async def robots_sitemaps(self, url: str) -> list[str]:
        rp = await self._robots_for(url)
        return list(rp.site_maps() or []) if rp is not None else []

    # -- requests ------------------------------------------------------------------------
    async def get(self, url: str, kind: str, headers: dict[str, str] | None = None) -> Response:
        """GET one URL politely; raises FetchError with one line that names the URL."""
        return await self._request(url, kind, headers or {}, check_robots=self.settings.respect_robots)

    async def _request(self, url: str, kind: str, headers: dict[str, str], check_robots: bool) -> Response:
        assert self._client is not None and self._sem is not None
        try:
            parts = urlsplit(url)
            parts.port  # noqa: B018 - raises ValueError on a bad port
        except ValueError as exc:
            raise self._fail(url, kind, None, f"malformed URL ({exc})") from None
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise self._fail(url, kind, None, "only http and https URLs can be fetched")
        robots = await self._robots_for(url) if check_robots else None
        if check_robots and (why := await self._allowed(url)):
            raise self._fail(url, kind, None, why)
        host = parts.netloc.lower()
        # robots.txt is fetched outside the per-host and global limits: it may be asked for while
        # they are held (for a redirect target), and there is one request per site
        lock: Any = self._hosts.setdefault(host, asyncio.Lock()) if kind != "robots" else contextlib.nullcontext()
        sem: Any = self._sem if kind != "robots" else contextlib.nullcontext()
        attempt = 0
        while True:
            async with sem, lock:
                wait = self._next.get(host, 0.0) - time.monotonic()
                if wait > 0 and kind != "robots":
                    await asyncio.sleep(wait)
                start = time.monotonic()
                try:
                    async with asyncio.timeout(self.settings.timeout):  # the whole response, not each read
                        resp = await self._follow(url, kind, headers, check_robots)
                    error, retry_after = None, None
                except (httpx.TimeoutException, TimeoutError):
                    resp, error, retry_after = None, f"timed out after {self.settings.timeout:g} s", None
                except httpx.HTTPError as exc:
                    resp, error, retry_after = None, f"connection failed: {type(exc).__name__}", None
                except FetchError:
                    raise
                except (httpx.InvalidURL, ValueError) as exc:  # a malformed URL or redirect: no retry helps
                    raise self._fail(url, kind, None, f"malformed URL or redirect ({exc})") from None
                finally:
                    self._next[host] = time.monotonic() + self._delay(host, robots)
                elapsed = time.monotonic() - start
            if resp is not None and (resp.status == 429 or resp.status >= 500):
                error = f"HTTP {resp.status}"
                retry_after = _retry_after(resp.headers.get("retry-after"))
            if error is None and resp is not None:
                self._log(resp.url, kind, resp.status, len(resp.content), elapsed, None, resp.headers)
                if resp.status == 304:
                    return resp
                if resp.status >= 400:
                    raise self._fail(url, kind, resp.status, f"HTTP {resp.status}", logged=True)
                ctype = resp.headers.get("content-type", "").lower()
                if ctype and not any(a in ctype for a in ACCEPT.get(kind, ("",))):
                    raise self._fail(
                        url,
                        kind,
                        resp.status,
                        f"unexpected content type {ctype.split(';')[0]!r} for a {kind}",
                        logged=True,
                    )
                return resp
            attempt += 1
            if attempt > self.settings.retries:
                raise self._fail(url, kind, resp.status if resp else None, f"{error}; gave up after {attempt} attempts")
            pause = self.settings.backoff * 2 ** (attempt - 1)
            if retry_after is not None:
                pause = min(max(pause, retry_after), self.settings.max_retry_after)
            log.info("retrying %s in %.1f s (%s)", url, pause, error)
            self._log(url, kind, resp.status if resp else None, None, elapsed, error, {})
            await asyncio.sleep(pause)

    async def _follow(self, url: str, kind: str, headers: dict[str, str], check_robots: bool = False) -> Response:
        assert self._client is not None
        seen = {url}
        current = url
        for _ in range(self.settings.max_redirects + 1):
            t = time.monotonic()
            async with self._client.stream("GET", current, headers=headers) as r:
                if r.status_code in (301, 302, 303, 307, 308) and "location" in r.headers:
                    try:
                        nxt = urljoin(current, r.headers["location"])
                        urlsplit(nxt).port  # noqa: B018 - raises ValueError on a bad port
                    except ValueError as exc:
                        raise self._fail(url, kind, r.status_code, f"malformed redirect ({exc})") from None
                    if nxt in seen:
                        raise self._fail(url, kind, r.status_code, f"redirect loop at {nxt}")
                    if urlsplit(nxt).scheme not in ("http", "https"):
                        raise self._fail(url, kind, r.status_code, f"redirect to a non-http URL {nxt}")
                    if check_robots and (why := await self._allowed(nxt)):
                        raise self._fail(url, kind, r.status_code, f"redirect to {nxt}: {why}")
                    seen.add(nxt)
                    current = nxt
                    continue
                declared = r.headers.get("content-length")
                if declared and declared.isdigit() and int(declared) > self.settings.max_bytes:
                    raise self._fail(
                        url,
                        kind,
                        r.status_code,
                        f"response of {int(declared):,} bytes is over the {self.settings.max_bytes:,}-byte limit",
                    )
                body = bytearray()
                async for chunk in r.aiter_bytes():  # decompressed as it streams: bombs hit the cap too
                    body += chunk
                    if len(body) > self.settings.max_bytes:
                        raise self._fail(
                            url, kind, r.status_code, f"response is over the {self.settings.max_bytes:,}-byte limit"
                        )
                return Response(
                    str(r.url),
                    r.status_code,
                    bytes(body),
                    {k.lower(): v for k, v in r.headers.items()},
                    time.monotonic() - t,
                )
        raise self._fail(url, kind, None, f"more than {self.settings.max_redirects} redirects")

    def _fail(self, url: str, kind: str, status: int | None, message: str, logged: bool = False) -> FetchError:
        if not logged:
            self._log(url, kind, status, None, None, message, {})
        else:
            self.log_rows[-1]["error"] = message
        exc = FetchError(f"{url}: {message}")
        exc.status = status  # type: ignore[attr-defined]
        return exc

    def _log(
        self,
        url: str,
        kind: str,
        status: int | None,
        size: int | None,
        duration: float | None,
        error: str | None,
        headers: dict[str, str],
    ) -> None:
        self.log_rows.append(
            {
                "url": url,
                "host": _host(url),
                "status": status,
                "bytes": size,
                "duration": round(duration, 3) if duration is not None else None,
                "error": error,
                "time": datetime.now(UTC),
                "kind": kind,
                "etag": headers.get("etag"),
                "last_modified": headers.get("last-modified"),
            }
        )


def _host(url: str) -> str:
    try:
        return urlsplit(url).netloc.lower()
    except ValueError:
        return ""


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
