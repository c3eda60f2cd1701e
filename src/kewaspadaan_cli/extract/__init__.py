"""Extraction: articles in, mentions, officials, meetings, quotes and labels out."""
