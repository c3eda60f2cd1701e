from __future__ import annotations

import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli.cli import app
from kewaspadaan_cli.fetch.feeds import parse_feed
from kewaspadaan_cli.fetch.http import FetchSettings
from kewaspadaan_cli.fetch.pipeline import ingest_web, source_health
from kewaspadaan_cli.fetch.sitemaps import parse_sitemap
from kewaspadaan_cli.fetch.sources import WebPlan, read_sources
from kewaspadaan_cli.store import Store, read_table
from tests.conftest import SHARED
from tests.fetch.conftest import Server

FAST = FetchSettings(rate=100, backoff=0.05, timeout=1.0, max_bytes=300_000, retries=2)


def run(data: Path, plan: WebPlan, settings: FetchSettings = FAST, since=None):
    with Store(data) as store:
        return ingest_web(store, plan, settings, since)


def test_faults_each_give_one_line_and_the_run_goes_on(server: Server, data_dir: Path) -> None:
    urls = [
        "/flaky.html",
        "/ratelimited.html",
        "/slow.html",
        "/endless",
        "/loop1",
        "/private/secret.html",
        "/image.png",
        "/missing.html",
        "/indeks.html",
    ]
    s = run(data_dir, WebPlan(urls=[server.url(u) for u in urls] + ["ftp://127.0.0.1/x"]))
    reasons = dict(s.skipped)
    assert reasons[server.url("/slow.html")] == "timed out after 1 s; gave up after 3 attempts"
    assert reasons[server.url("/endless")] == "response is over the 300,000-byte limit"
    assert reasons[server.url("/loop1")] == f"redirect loop at {server.url('/loop1')}"
    assert reasons[server.url("/private/secret.html")] == "disallowed by robots.txt"
    assert reasons[server.url("/image.png")] == "unexpected content type 'image/png' for a page"
    assert reasons[server.url("/missing.html")] == "HTTP 404"
    assert reasons[server.url("/indeks.html")] == "a listing or index page, not an article"
    assert reasons["ftp://127.0.0.1/x"] == "only http and https URLs can be fetched"
    assert server.counts["/flaky.html"] == 2 and server.counts["/ratelimited.html"] == 2
    assert "/private/secret.html" not in server.log
    titles = {r["title"] for r in read_table(data_dir, "articles").to_pylist()}
    assert titles == {"Setelah 503", "Setelah 429"}
    log = read_table(data_dir, "fetch_log").to_pylist()
    assert any(r["status"] == 503 and r["error"] == "HTTP 503" for r in log)


def test_retry_after_is_honoured(server: Server, data_dir: Path) -> None:
    t = time.monotonic()
    run(data_dir, WebPlan(urls=[server.url("/ratelimited.html")]))
    assert time.monotonic() - t >= 1.0


def test_feed_sitemap_and_a_second_run_fetches_nothing_new(server: Server, data_dir: Path) -> None:
    plan = WebPlan(feeds=[server.url("/feed.xml")], sitemaps=[server.url("/sitemap.xml")])
    first = run(data_dir, plan, since=__import__("datetime").date(2024, 1, 1))
    assert first.new_articles + first.near_duplicates == 5  # 3 feed entries + 2 sitemap pages
    assert dict(first.skipped)[server.url("/indeks.html")] == "a listing or index page, not an article"
    assert "/berita/lama.html" not in server.log  # older than --since
    before = list(server.log)
    second = run(data_dir, plan)
    new_requests = server.log[len(before) :]
    assert not [p for p in new_requests if p.startswith("/berita/")]  # stored pages are not fetched again
    assert second.new_articles == 0
    feed_log = [r for r in read_table(data_dir, "fetch_log").to_pylist() if r["url"].endswith("/feed.xml")]
    assert [r["status"] for r in sorted(feed_log, key=lambda r: r["time"])] == [200, 304]  # conditional GET


def test_site_discovery(server: Server, data_dir: Path) -> None:
    s = run(data_dir, WebPlan(sites=[server.url("/")]))
    assert "/feed.xml" in server.log and "/sitemap.xml" in server.log  # from <link> and robots.txt
    assert s.new_articles + s.near_duplicates >= 5


def test_shared_pages_over_http(server: Server, data_dir: Path) -> None:
    if not (SHARED / "html" / "pages").exists():
        pytest.skip("../shared/html/pages is absent")
    pages = sorted(p.name for p in (SHARED / "html" / "pages").glob("*.html"))
    s = run(data_dir, WebPlan(urls=[server.url(f"/shared/{p}") for p in pages]))
    assert s.new_articles == len(pages), s.skipped
    rows = read_table(data_dir, "articles").to_pylist()
    assert all(r["input_kind"] == "web" and r["url"] for r in rows)
    kapanlagi = next(r for r in rows if "Brandon" in (r["title"] or ""))
    assert "Ã" not in kapanlagi["text"]


@pytest.mark.slow
def test_default_rate_limit_spaces_requests(server: Server, data_dir: Path) -> None:
    settings = FetchSettings(timeout=2.0, retries=0)  # 1 request a second per host
    t = time.monotonic()
    run(data_dir, WebPlan(urls=[server.url(f"/berita/r{i}.html") for i in range(3)]), settings)
    assert time.monotonic() - t >= 2.0  # robots.txt at 0 s, then pages at 1, 2 and 3 s


def test_shared_feeds_parse() -> None:
    feeds = SHARED / "html" / "feeds"
    if not feeds.exists():
        pytest.skip("../shared/html/feeds is absent")
    counts = {p.name: len(parse_feed(p.read_bytes(), "http://example.id/")) for p in feeds.glob("*.xml")}
    assert counts == {
        "antara-rss-terkini-2015.xml": 20,
        "detik-news-rss-2015.xml": 20,
        "kapanlagi-rss-2015.xml": 3,
        "republika-rss-2015.xml": 10,
    }


def test_plain_text_and_bad_sitemaps() -> None:
    sm = parse_sitemap(b"https://a.id/1\nhttps://a.id/2\n")
    assert [u for u, _ in sm.pages] == ["https://a.id/1", "https://a.id/2"]
    with pytest.raises(Exception, match="not a valid gzipped sitemap"):
        parse_sitemap(b"\x1f\x8b garbage")


def test_sources_file(tmp_path: Path) -> None:
    toml = tmp_path / "s.toml"
    toml.write_text('[[source]]\nname = "A"\nsite = "https://a.id"\n[[source]]\nfeed = "https://b.id/feed"\n')
    plan = read_sources(toml)
    assert plan.sites == ["https://a.id"] and plan.feeds == ["https://b.id/feed"]
    yml = tmp_path / "s.yaml"
    yml.write_text("source:\n  - name: C\n    sitemap: https://c.id/sitemap.xml\n")
    assert read_sources(yml).sitemaps == ["https://c.id/sitemap.xml"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[source]]\nfeeed = "x"\n')
    with pytest.raises(Exception, match="unknown key"):
        read_sources(bad)


def test_cli_web_ingest_and_sources(server: Server, data_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    urls = tmp_path / "urls.txt"
    urls.write_text(f"# daftar\n{server.url('/berita/a.html')}\n{server.url('/missing.html')}  # hilang\n")
    result = runner.invoke(app, ["ingest", "--urls-file", str(urls), "--data-dir", str(data_dir), "--rate", "100"])
    assert result.exit_code == 2, result.output
    assert f"kwd: skipped {server.url('/missing.html')}: HTTP 404" in result.stderr
    assert "new articles: 1" in result.stdout
    result = runner.invoke(app, ["sources", "--data-dir", str(data_dir)])
    assert result.exit_code == 0
    host = server.base.split("//")[1]
    assert f"{host}: FAILING since" in result.stdout  # the last request failed
    health = source_health(data_dir)
    assert health[0]["fetched"] >= 1 and health[0]["failed"] == 1


def test_crawl_delay_and_user_agent() -> None:
    import urllib.robotparser

    from kewaspadaan_cli.fetch.http import Fetcher

    settings = FetchSettings(contact="kesbangpol@example.go.id", rate=2.0)
    assert settings.user_agent.startswith("kewaspadaan-cli/") and "+kesbangpol@example.go.id" in settings.user_agent
    rp = urllib.robotparser.RobotFileParser()
    rp.parse(["User-agent: *", "Crawl-delay: 5"])
    fetcher = Fetcher(settings)
    assert fetcher._delay("a.id", None) == 0.5  # 2 requests a second
    assert fetcher._delay("a.id", rp) == 5.0  # robots.txt asks for more


# -- issue 11: every URL in its own guard ------------------------------------------------------


def test_redirect_to_data_url_and_malformed_feed_link_are_named(server: Server, data_dir: Path) -> None:
    def to_data(h) -> None:
        h.send(302, b"", Location="data:text/html,<p>halo</p>")

    def bad_feed(h) -> None:
        items = (
            f"<item><title>Rusak</title><link>http://[::1/berita/rusak.html</link></item>"
            f"<item><title>Baik</title><link>{server.base}/berita/baik.html</link></item>"
        )
        body = f"<?xml version='1.0'?><rss version='2.0'><channel><title>K</title>{items}</channel></rss>"
        h.send(200, body.encode(), "application/rss+xml")

    server.routes["/to-data"] = to_data
    server.routes["/bad-feed.xml"] = bad_feed
    plan = WebPlan(urls=[server.url("/to-data"), "http://[::1/x"], feeds=[server.url("/bad-feed.xml")])
    s = run(data_dir, plan)
    reasons = dict(s.skipped)
    assert reasons[server.url("/to-data")].startswith("malformed URL or redirect")
    assert "malformed URL" in reasons["http://[::1/x"]
    assert "malformed link in the feed" in reasons["http://[::1/berita/rusak.html"]
    assert "Invalid IPv6 URL" in reasons["http://[::1/berita/rusak.html"]
    assert s.new_articles == 1
    assert read_table(data_dir, "articles", ["url"]).column(0).to_pylist() == [server.url("/berita/baik.html")]


def test_cli_names_bad_urls_and_exits_2(server: Server, tmp_path: Path) -> None:
    server.routes["/to-data"] = lambda h: h.send(302, b"", Location="data:,x")
    result = CliRunner().invoke(
        app,
        ["ingest", "--url", server.url("/to-data"), "--url", server.url("/berita/ok.html"), "--rate", "100"]
        + ["--data-dir", str(tmp_path / "d"), "-q"],
    )
    assert result.exit_code == 2, result.output
    assert f"kwd: skipped {server.url('/to-data')}: malformed URL or redirect" in result.output


# -- issue 11: deadline per response, robots.txt everywhere, pages stored as they arrive ---------

import os  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402

from tests.fetch.conftest import ARTICLE  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]


def trickle(h) -> None:
    """Headers, then one byte every 0.3 s for as long as the client listens."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.end_headers()
    try:
        for _ in range(200):
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.3)
    except (BrokenPipeError, ConnectionResetError):
        pass


def test_a_trickling_server_is_cut_by_the_deadline_per_response(server: Server, data_dir: Path) -> None:
    server.routes["/trickle.html"] = trickle
    t = time.monotonic()
    s = run(data_dir, WebPlan(urls=[server.url("/trickle.html"), server.url("/berita/ok.html")]))
    took = time.monotonic() - t
    assert dict(s.skipped)[server.url("/trickle.html")].startswith("timed out after 1 s")
    assert s.new_articles == 1
    assert took < 10, took  # 3 attempts of 1 s and the backoff; never the 60 s the trickle lasts


@pytest.fixture
def other() -> Server:
    s = Server()
    s.thread.start()
    yield s
    s.httpd.shutdown()
    s.httpd.server_close()


def test_robots_txt_is_checked_for_redirect_targets_on_any_host(server: Server, other: Server, data_dir: Path) -> None:
    other.routes["/robots.txt"] = lambda h: h.send(200, b"User-agent: *\nDisallow: /tertutup/\n", "text/plain")
    server.routes["/ke-private"] = lambda h: h.send(302, b"", Location="/private/rahasia.html")
    server.routes["/ke-host-lain"] = lambda h: h.send(302, b"", Location=other.url("/tertutup/a.html"))
    server.routes["/ke-host-lain-boleh"] = lambda h: h.send(302, b"", Location=other.url("/berita/boleh.html"))
    urls = ["/ke-private", "/ke-host-lain", "/ke-host-lain-boleh"]
    s = run(data_dir, WebPlan(urls=[server.url(u) for u in urls]))
    reasons = dict(s.skipped)
    assert reasons[server.url("/ke-private")] == (
        f"redirect to {server.url('/private/rahasia.html')}: disallowed by robots.txt"
    )
    assert reasons[server.url("/ke-host-lain")] == (
        f"redirect to {other.url('/tertutup/a.html')}: disallowed by robots.txt"
    )
    assert server.requests_for("/private/") == [] and other.requests_for("/tertutup/") == []
    assert other.requests_for("/robots.txt") == ["/robots.txt"]
    assert s.new_articles == 1


def test_robots_txt_answering_5xx_disallows_everything(server: Server, data_dir: Path) -> None:
    server.routes["/robots.txt"] = lambda h: h.send(503, b"down", "text/plain")
    s = run(data_dir, WebPlan(urls=[server.url("/berita/a.html"), server.url("/berita/b.html")]))
    origin = server.base
    assert dict(s.skipped) == {
        server.url(f"/berita/{n}.html"): f"robots.txt of {origin} unavailable (HTTP 503): everything disallowed"
        for n in "ab"
    }
    assert server.requests_for("/berita/") == []


def test_robots_txt_4xx_allows_everything(server: Server, data_dir: Path) -> None:
    server.routes["/robots.txt"] = lambda h: h.send(404, b"none", "text/plain")
    s = run(data_dir, WebPlan(urls=[server.url("/berita/a.html")]))
    assert s.new_articles == 1 and not s.skipped


@pytest.mark.slow
def test_a_killed_web_ingest_keeps_the_pages_it_fetched(server: Server, tmp_path: Path) -> None:
    def page(h) -> None:
        n = h.path.rsplit("/", 1)[1]
        time.sleep(0.05)
        body = ARTICLE.format(title=f"Rakor nomor {n}", body=f"Laporan khusus nomor {n} dari perbatasan. " * 3)
        h.send(200, body.encode())

    urls = tmp_path / "urls.txt"
    urls.write_text("".join(f"{server.url(f'/banyak/{i}')}\n" for i in range(400)))
    for i in range(400):
        server.routes[f"/banyak/{i}"] = page
    data = tmp_path / "data"
    proc = subprocess.Popen(
        [sys.executable, "-m", "kewaspadaan_cli", "ingest", "--urls-file", str(urls), "--rate", "1000"]
        + ["--data-dir", str(data), "-q"],
        cwd=ROOT,
    )
    deadline = time.monotonic() + 120
    while len(server.requests_for("/banyak/")) < 150 and time.monotonic() < deadline:
        time.sleep(0.1)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    fetched = len(server.requests_for("/banyak/"))
    assert 150 <= fetched < 400
    kept = read_table(data, "articles", ["url"]).column(0).to_pylist()
    assert len(kept) == len(set(kept))
    assert len(kept) >= 100  # every full batch of 20 before the kill was stored
    assert len(read_table(data, "fetch_log")) >= len(kept)
