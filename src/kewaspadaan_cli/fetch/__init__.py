"""Fetch: URLs, feeds and sitemaps over HTTP, politely and incrementally."""
