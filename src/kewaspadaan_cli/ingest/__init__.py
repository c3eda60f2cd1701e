"""Ingest: article files and fetched pages into the articles table."""
