"""``kwd ingest`` for files: discover, read, clean, deduplicate and store articles in batches."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from kewaspadaan_cli import dates
from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.ingest import dedup
from kewaspadaan_cli.ingest import published as pubdate
from kewaspadaan_cli.ingest.clean import clean_text
from kewaspadaan_cli.ingest.readers import DEFAULT_MAX_BYTES, InputFile, decode, discover, read_bytes
from kewaspadaan_cli.store import Store, iter_batches

log = logging.getLogger(__name__)

BATCH = 500
MIN_TEXT_CHARS = 80
Progress = Callable[[int, int | None], None]


@dataclass
class Candidate:
    """One article read from an input, before deduplication."""

    source: str
    raw: str
    input_kind: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    site: str | None = None
    author: str | None = None
    reference: date | None = None
    html: bool = False


@dataclass
class IngestSummary:
    files_seen: int = 0
    new_articles: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.skipped

    @property
    def nothing_done(self) -> bool:
        """No input gave an article, new or known: every one failed (or there were none)."""
        return self.new_articles + self.exact_duplicates + self.near_duplicates == 0 and bool(self.skipped)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files_seen": self.files_seen,
            "new_articles": self.new_articles,
            "exact_duplicates": self.exact_duplicates,
            "near_duplicates": self.near_duplicates,
            "skipped": [{"input": s, "reason": r} for s, r in self.skipped],
        }


@dataclass
class IngestOptions:
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    max_bytes: int = DEFAULT_MAX_BYTES
    date: date | None = None  # --date: the publication date of articles nothing else dates


def _text_field(obj: dict[str, Any]) -> str | None:
    for key in ("text", "content", "body", "article", "isi"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value
    return None


def _first_str(obj: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def candidates_from_record(obj: Any, source: str, reference: date | None) -> Candidate:
    if not isinstance(obj, dict):
        raise InputError("expected a JSON object with a text, content or body field")
    text = _text_field(obj)
    if text is None:
        raise InputError("no text: the object has no non-empty text, content or body field")
    raw_date = _first_str(obj, "published", "date", "published_at", "pubdate", "tanggal")
    published = dates.parse_date(raw_date, reference) if raw_date else None
    return Candidate(
        source=source,
        raw=text,
        input_kind="jsonl",
        url=_first_str(obj, "url", "link"),
        title=_first_str(obj, "title", "judul", "headline"),
        published=published,
        site=_first_str(obj, "outlet", "source", "site", "media"),
        author=_first_str(obj, "author", "reporter", "penulis"),
        reference=reference,
        html=bool(re.search(r"<(?:p|div|br|span)\b", text[:2000], re.IGNORECASE)),
    )


def read_file(item: InputFile, max_bytes: int) -> Iterator[Candidate | tuple[str, str]]:
    """The articles in one file; (where, reason) for each part that cannot be read."""
    source = str(item.path)
    data = read_bytes(item, max_bytes)
    if not data.strip():
        raise InputError("empty file")
    reference = datetime.fromtimestamp(item.path.stat().st_mtime, UTC).date()
    if item.kind == "html":
        # bytes carried as latin-1 text, decoded for real (charset checks) by the HTML reader
        yield Candidate(source=source, raw=data.decode("latin-1"), input_kind="html", reference=reference, html=True)
        return
    text = decode(data)
    if item.kind == "text":
        yield Candidate(source=source, raw=text, input_kind="text", reference=reference)
    elif item.kind == "json":
        try:
            obj = json.loads(text)
        except ValueError as exc:
            raise InputError(f"malformed JSON: {exc}") from None
        records = obj.get("articles", obj) if isinstance(obj, dict) and "articles" in obj else obj
        records = records if isinstance(records, list) else [records]
        for i, rec in enumerate(records):
            where = f"{source}#{i}" if len(records) > 1 else source
            try:
                yield candidates_from_record(rec, where, reference)
            except InputError as exc:
                yield where, exc.message
    else:  # jsonl
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                yield candidates_from_record(json.loads(line), where, reference)
            except ValueError as exc:
                yield where, f"malformed JSON line: {exc}"
            except InputError as exc:
                yield where, exc.message


class ArticleBuilder:
    """Turns candidates into article rows: cleaning, ids, near-duplicate links."""

    def __init__(self, store: Store, assigned: date | None = None) -> None:
        self.store = store
        self.assigned = assigned
        self.near = dedup.NearDuplicates()
        self.near.load(
            (row["article_id"], row["minhash"], row["duplicate_of"])
            for batch in iter_batches(store.data_dir, "articles", ["article_id", "minhash", "duplicate_of"])
            for row in batch.to_pylist()
        )
        self.pending: dict[str, list[dict[str, Any]]] = {"articles": [], "article_sources": []}
        self.pending_ids: set[str] = set()

    def add(self, cand: Candidate, summary: IngestSummary) -> None:
        """Clean and classify one candidate; raises InputError when it holds no article."""
        from kewaspadaan_cli.ingest.html import is_listing, parse_html

        raw = cand.raw
        if cand.html:
            data = raw.encode("latin-1") if cand.input_kind in ("html", "web") else raw
            page = parse_html(data, url=cand.url)
            raw = page.text
            cand.url = cand.url or page.url
            cand.title = cand.title or page.title
            cand.site = cand.site or page.site
            cand.author = cand.author or page.author
            cand.published = cand.published or page.published
        cleaned = clean_text(raw, reference=cand.published or cand.reference, title_hint=cand.title)
        if len(cleaned.text) < MIN_TEXT_CHARS:
            raise InputError(f"too little text after cleaning ({len(cleaned.text)} characters)")
        if cand.html and is_listing(cleaned.text):
            raise InputError("a listing or index page, not an article")
        kind = "metadata" if cand.input_kind in ("html", "web") else "field"
        when = pubdate.resolve(
            field=cand.published, field_kind=kind, dateline=cleaned.published, title=cleaned.title,
            text=cleaned.text, source=cand.source, url=cand.url, assigned=self.assigned,
        )  # fmt: skip
        aid = dedup.article_id(cleaned.text)
        now = datetime.now(UTC)
        self.pending["article_sources"].append(
            {"article_id": aid, "source": cand.source, "url": cand.url, "ingested_at": now}
        )
        if aid in self.pending_ids or self.store.has("articles", aid):
            summary.exact_duplicates += 1
            return
        sig = dedup.signature(cleaned.text)
        first = self.near.match(sig)
        if first:
            summary.near_duplicates += 1
        else:
            summary.new_articles += 1
        self.near.add(aid, sig, first)
        self.pending_ids.add(aid)
        self.pending["articles"].append(
            {
                "article_id": aid,
                "source": cand.source,
                "url": cand.url,
                "title": cleaned.title,
                "published": when.value,
                "date_source": when.source,
                "text": cleaned.text,
                "raw_text": cand.raw if not cand.html else raw,
                "input_kind": cand.input_kind,
                "site": cand.site or cleaned.site,
                "author": cand.author or cleaned.author,
                "dateline": cleaned.dateline,
                "advertorial": cleaned.advertorial,
                "date_note": cleaned.date_note or when.note,
                "duplicate_of": first,
                "minhash": dedup.to_bytes(sig),
                "ingested_at": now,
            }
        )

    def flush(self) -> None:
        if self.pending["articles"] or self.pending["article_sources"]:
            self.store.write(dict(self.pending))
        self.pending = {"articles": [], "article_sources": []}
        self.pending_ids = set()

    def __len__(self) -> int:
        return len(self.pending["article_sources"])


def ingest_candidates(
    store: Store,
    candidates: Iterable[Candidate | tuple[str, str]],
    summary: IngestSummary,
    advance: Progress | None = None,
    batch: int = BATCH,
    assigned: date | None = None,
) -> IngestSummary:
    """Store candidates (from files or the web) in batches; one atomic commit per batch."""
    builder = ArticleBuilder(store, assigned)
    for cand in candidates:
        if isinstance(cand, tuple):
            summary.skipped.append(cand)
            continue
        try:
            builder.add(cand, summary)
        except InputError as exc:
            summary.skipped.append((cand.source, exc.message))
        if len(builder) >= batch:
            builder.flush()
    builder.flush()
    return summary


def ingest_paths(
    store: Store, paths: Iterable[Path], options: IngestOptions | None = None, advance: Progress | None = None
) -> IngestSummary:
    """Ingest files and folders into the store's ``articles`` table."""
    options = options or IngestOptions()
    summary = IngestSummary()
    items = list(discover(paths, options.include, options.exclude))
    if advance:
        advance(0, len(items))

    def candidates() -> Iterator[Candidate | tuple[str, str]]:
        for item in items:
            if isinstance(item, tuple):
                yield str(item[0]), item[1]
                continue
            summary.files_seen += 1
            try:
                yield from read_file(item, options.max_bytes)
            except InputError as exc:
                yield str(item.path), exc.message
            if advance:
                advance(1, None)

    return ingest_candidates(store, candidates(), summary, advance, assigned=options.date)
