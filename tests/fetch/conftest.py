"""A real HTTP server on 127.0.0.1 serving ../shared/html pages plus feeds, sitemaps, robots.txt and faults."""

from __future__ import annotations

import contextlib
import gzip
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from tests.conftest import SHARED

PAGES = SHARED / "html" / "pages"
ARTICLE = (
    "<html><head><title>{title} - Kabar Daerah</title><meta charset='utf-8'></head><body><article><h1>{title}</h1>"
    "<p>SINTANG - Bupati Sintang membuka rapat koordinasi Tim Terpadu Penanganan Konflik Sosial menjelang Pilkada "
    "serentak di Aula Kantor Bupati, Senin (2/12/2024). {body}</p><p>Rapat dihadiri unsur Forkopimda, KPU, Bawaslu, "
    "tokoh agama dan tokoh masyarakat yang berkomitmen menjaga kondusivitas daerah selama tahapan kampanye.</p>"
    "</article></body></html>"
)
LISTING = (
    "<html><head><title>Indeks</title></head><body><ul>"
    + "".join(f"<li><a href='/berita/{i}'>Berita daerah nomor {i}</a></li>" for i in range(40))
    + "</ul></body></html>"
)


class Server:
    def __init__(self) -> None:
        self.log: list[str] = []
        self.counts: dict[str, int] = {}
        # extra routes a test adds: path -> handler(request_handler); checked before the built-in ones
        self.routes: dict[str, Any] = {}
        handler = self._handler()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def requests_for(self, prefix: str) -> list[str]:
        return [p for p in self.log if p.startswith(prefix)]

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def send(self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for k, v in headers.items():
                    self.send_header(k.replace("_", "-"), v)
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:  # noqa: N802
                path = self.path
                server.log.append(path)
                n = server.counts[path] = server.counts.get(path, 0) + 1
                if path in server.routes:
                    server.routes[path](self)
                elif path == "/robots.txt":
                    self.send(
                        200,
                        f"User-agent: *\nDisallow: /private/\nSitemap: {server.base}/sitemap.xml\n".encode(),
                        "text/plain",
                    )
                elif path == "/":
                    self.send(
                        200,
                        b"<html><head><link rel='alternate' type='application/rss+xml' href='/feed.xml'>"
                        b"</head><body>Kabar Daerah</body></html>",
                    )
                elif path == "/feed.xml":
                    if self.headers.get("If-None-Match") == '"feed-v1"':
                        self.send(304, b"")
                        return
                    items = "".join(
                        f"<item><title>Berita {i}</title><link>{server.base}/berita/{i}.html</link>"
                        f"<pubDate>Mon, 02 Dec 2024 10:00:00 +0700</pubDate></item>"
                        for i in range(3)
                    )
                    items += f"<item><title>Indeks</title><link>{server.base}/indeks.html</link></item>"
                    items += (
                        f"<item><title>Lama</title><link>{server.base}/berita/lama.html</link>"
                        f"<pubDate>Mon, 02 Jan 2023 10:00:00 +0700</pubDate></item>"
                    )
                    channel = f"<channel><title>Kabar</title>{items}</channel>"
                    body = f"\n<?xml version='1.0'?><rss version='2.0'>{channel}</rss>"
                    self.send(200, body.encode(), "application/rss+xml", ETag='"feed-v1"')
                elif path == "/sitemap.xml":
                    body = (
                        f"<?xml version='1.0'?><sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
                        f"<sitemap><loc>{server.base}/sitemap-news.xml.gz</loc></sitemap></sitemapindex>"
                    )
                    self.send(200, body.encode(), "application/xml")
                elif path == "/sitemap-news.xml.gz":
                    urls = "".join(
                        f"<url><loc>{server.base}/berita/s{i}.html</loc><news:news><news:publication_date>"
                        f"2024-12-0{i + 1}</news:publication_date></news:news></url>"
                        for i in range(2)
                    )
                    body = (
                        "<?xml version='1.0'?><urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9' "
                        "xmlns:news='http://www.google.com/schemas/sitemap-news/0.9'>" + urls + "</urlset>"
                    )
                    self.send(200, gzip.compress(body.encode()), "application/x-gzip")
                elif path.startswith("/berita/"):
                    name = path.rsplit("/", 1)[1]
                    self.send(
                        200,
                        ARTICLE.format(
                            title=f"Rakor kewaspadaan {name}", body=f"Laporan nomor {name} dari wilayah perbatasan."
                        ).encode(),
                    )
                elif path.startswith("/shared/"):
                    data = (PAGES / path.rsplit("/", 1)[1]).read_bytes()
                    self.send(200, data, "text/html")
                elif path == "/indeks.html":
                    self.send(200, LISTING.encode())
                elif path == "/flaky.html":
                    if n == 1:
                        self.send(503, b"busy")
                    else:
                        self.send(200, ARTICLE.format(title="Setelah 503", body="Halaman ini pulih.").encode())
                elif path == "/ratelimited.html":
                    if n == 1:
                        self.send(429, b"slow down", Retry_After="1")
                    else:
                        self.send(200, ARTICLE.format(title="Setelah 429", body="Batas laju dihormati.").encode())
                elif path == "/slow.html":
                    time.sleep(2.5)
                    self.send(200, b"<html>late</html>")
                elif path == "/endless":
                    self.send_response(200)
                    self.send_header("Content-Type", "text/html")
                    self.end_headers()
                    try:
                        for _ in range(100_000):
                            self.wfile.write(b"<p>" + b"x" * 8192 + b"</p>")
                    except (BrokenPipeError, ConnectionResetError):
                        pass
                elif path == "/loop1":
                    self.send(302, b"", Location="/loop2")
                elif path == "/loop2":
                    self.send(302, b"", Location="/loop1")
                elif path == "/image.png":
                    self.send(200, b"\x89PNG\r\n\x1a\n", "image/png")
                else:
                    self.send(404, b"not found")

        return Handler


@contextlib.contextmanager
def serving() -> Iterator[Server]:
    """A test site on 127.0.0.1 for the length of the block."""
    s = Server()
    s.thread.start()
    try:
        yield s
    finally:
        s.httpd.shutdown()
        s.httpd.server_close()


@pytest.fixture
def server() -> Iterator[Server]:
    with serving() as s:
        yield s
