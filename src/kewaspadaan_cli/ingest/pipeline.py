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

import pyarrow as pa

from kewaspadaan_cli import dates
from kewaspadaan_cli.engines import Engine, EngineSettings, InProcess, open_engine
from kewaspadaan_cli.errors import InputError
from kewaspadaan_cli.ingest import dedup
from kewaspadaan_cli.ingest import published as pubdate
from kewaspadaan_cli.ingest.clean import clean_text
from kewaspadaan_cli.ingest.readers import (
    DEFAULT_MAX_BYTES,
    InputFile,
    decode_noted,
    discover,
    has_surrogates,
    read_bytes,
)
from kewaspadaan_cli.store import Store, iter_batches

log = logging.getLogger(__name__)

BATCH = 500
WORK_BATCH = 50  # candidates per record batch sent to a worker
MIN_TEXT_CHARS = 80
NESTED = "JSON nested too deeply to read"
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
    decode_note: str | None = None  # bytes replaced while decoding (the article is flagged with it)


@dataclass
class IngestSummary:
    files_seen: int = 0
    new_articles: int = 0
    exact_duplicates: int = 0
    near_duplicates: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    engine: dict[str, Any] = field(default_factory=dict)

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
            **({"engine": self.engine} if self.engine else {}),
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
    text, note = decode_noted(data)
    if note:
        log.warning("%s: %s", source, note)
    if item.kind == "text":
        yield Candidate(source=source, raw=text, input_kind="text", reference=reference, decode_note=note)
        return
    if item.kind == "json":
        try:
            obj = json.loads(text)
        except ValueError as exc:
            raise InputError(f"malformed JSON: {exc}") from None
        except RecursionError:
            raise InputError(NESTED) from None
        records = obj.get("articles", obj) if isinstance(obj, dict) and "articles" in obj else obj
        records = records if isinstance(records, list) else [records]
        for i, rec in enumerate(records):
            where = f"{source}#{i}" if len(records) > 1 else source
            try:
                cand = candidates_from_record(rec, where, reference)
            except InputError as exc:
                yield where, exc.message
                continue
            cand.decode_note = note
            yield cand
    else:  # jsonl
        for lineno, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            where = f"{source}:{lineno}"
            try:
                cand = candidates_from_record(json.loads(line), where, reference)
            except ValueError as exc:
                yield where, f"malformed JSON line: {exc}"
                continue
            except RecursionError:
                yield where, NESTED
                continue
            except InputError as exc:
                yield where, exc.message
                continue
            cand.decode_note = note
            yield cand


def surrogate_problem(cand: Candidate, text: str | None = None) -> str | None:
    """What is wrong when a field holds a lone surrogate (a JSON escape such as \\ud800 is no text)."""
    fields = {"text": cand.raw if text is None else text, "title": cand.title, "url": cand.url}
    fields |= {"outlet": cand.site, "author": cand.author}
    for name, value in fields.items():
        if isinstance(value, str) and has_surrogates(value):
            return f"the {name} holds a lone surrogate (an escape such as \\ud800 is not text)"
    return None


def prepare(cand: Candidate, assigned: date | None = None) -> dict[str, Any]:
    """The pure step of ingest, run by any engine: parse, clean, identify and sign one candidate.

    Returns the article row without what depends on the store (``duplicate_of``, ``ingested_at``);
    raises InputError when the candidate holds no article."""
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
    if problem := surrogate_problem(cand, raw):
        raise InputError(problem)
    cleaned = clean_text(raw, reference=cand.published or cand.reference, title_hint=cand.title)
    if len(cleaned.text) < MIN_TEXT_CHARS:
        raise InputError(f"too little text after cleaning ({len(cleaned.text)} characters)")
    if cand.html and is_listing(cleaned.text):
        raise InputError("a listing or index page, not an article")
    kind = "metadata" if cand.input_kind in ("html", "web") else "field"
    when = pubdate.resolve(
        field=cand.published, field_kind=kind, dateline=cleaned.published, title=cleaned.title,
        text=cleaned.text, source=cand.source, url=cand.url, assigned=assigned,
    )  # fmt: skip
    return {
        "article_id": dedup.article_id(cleaned.text),
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
        "decode_note": cand.decode_note,
        "minhash": dedup.to_bytes(dedup.signature(cleaned.text)),
    }


CANDIDATE_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("raw", pa.string()),
        ("input_kind", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("published", pa.date32()),
        ("site", pa.string()),
        ("author", pa.string()),
        ("reference", pa.date32()),
        ("html", pa.bool_()),
        ("decode_note", pa.string()),
    ]
)


def to_record_batch(cands: list[Candidate]) -> pa.RecordBatch:
    """Candidates as one Arrow record batch: what is shipped to a worker."""
    return pa.RecordBatch.from_pylist([vars(c) for c in cands], schema=CANDIDATE_SCHEMA)


def prepare_record_batch(
    batch: pa.RecordBatch, assigned: date | None = None
) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
    """Arrow in: each candidate prepared (in input order), or (source, reason) for one that holds no
    article. A candidate that breaks the code is named with its error, never stopping the batch."""
    rows: list[dict[str, Any]] = []
    failed: list[tuple[str, str]] = []
    for rec in batch.to_pylist():
        cand = Candidate(**rec)
        try:
            rows.append(prepare(cand, assigned))
        except InputError as exc:
            failed.append((cand.source, exc.message))
        except RecursionError:
            failed.append((cand.source, "nested too deeply to read"))
        except Exception as exc:  # noqa: BLE001 - one bad input is named and skipped
            log.exception("ingest failed for %s", cand.source)
            failed.append((cand.source, f"cannot be read ({type(exc).__name__}: {exc})"))
    return rows, failed


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
        self.admit(prepare(cand, self.assigned), summary)

    def admit(self, row: dict[str, Any], summary: IngestSummary) -> None:
        """Deduplicate one prepared article against the store and this run, and hold it for the commit."""
        aid = row["article_id"]
        now = datetime.now(UTC)
        self.pending["article_sources"].append(
            {"article_id": aid, "source": row["source"], "url": row["url"], "ingested_at": now}
        )
        if aid in self.pending_ids or self.store.has("articles", aid):
            summary.exact_duplicates += 1
            return
        sig = dedup.from_bytes(row["minhash"])
        first = self.near.match(sig)
        if first:
            summary.near_duplicates += 1
        else:
            summary.new_articles += 1
        self.near.add(aid, sig, first)
        self.pending_ids.add(aid)
        self.pending["articles"].append({**row, "duplicate_of": first, "ingested_at": now})

    def flush(self) -> None:
        if self.pending["articles"] or self.pending["article_sources"]:
            self.store.write(dict(self.pending))
        self.pending = {"articles": [], "article_sources": []}
        self.pending_ids = set()

    def __len__(self) -> int:
        return len(self.pending["article_sources"])


def _chunks(
    candidates: Iterable[Candidate | tuple[str, str]], size: int, summary: IngestSummary
) -> Iterator[pa.RecordBatch]:
    held: list[Candidate] = []
    for cand in candidates:
        if isinstance(cand, tuple):
            summary.skipped.append(cand)
            continue
        if problem := surrogate_problem(cand):  # Arrow cannot carry it to a worker
            summary.skipped.append((cand.source, problem))
            continue
        held.append(cand)
        if len(held) >= size:
            yield to_record_batch(held)
            held = []
    if held:
        yield to_record_batch(held)


def ingest_candidates(
    store: Store,
    candidates: Iterable[Candidate | tuple[str, str]],
    summary: IngestSummary,
    advance: Progress | None = None,
    batch: int = BATCH,
    runner: Engine | None = None,
    builder: ArticleBuilder | None = None,
    assigned: date | None = None,
) -> IngestSummary:
    """Store candidates (from files or the web) in batches; one atomic commit per batch.

    With an engine of several workers (or a Dask cluster) the pure step (``prepare``) runs there on
    record batches of ``WORK_BATCH`` candidates, in input order; deduplication and the store stay here.
    A caller storing several rounds (web pages as they arrive) passes one ``builder`` to all.
    """
    builder = builder or ArticleBuilder(store, assigned)
    if runner is None or isinstance(runner, InProcess):
        for cand in candidates:
            if isinstance(cand, tuple):
                summary.skipped.append(cand)
                continue
            try:
                builder.add(cand, summary)
            except InputError as exc:
                summary.skipped.append((cand.source, exc.message))
            except RecursionError:
                summary.skipped.append((cand.source, "nested too deeply to read"))
            except Exception as exc:  # one bad article never stops a run: it is named and skipped
                log.exception("ingest failed for %s", cand.source)
                summary.skipped.append((cand.source, f"cannot be read ({type(exc).__name__}: {exc})"))
            if len(builder) >= batch:
                builder.flush()
        builder.flush()
        return summary
    for _, (rows, failed) in runner.map(
        prepare_record_batch, _chunks(candidates, WORK_BATCH, summary), assigned, ordered=True
    ):
        summary.skipped.extend(failed)
        for row in rows:
            builder.admit(row, summary)
        if len(builder) >= batch:
            builder.flush()
    builder.flush()
    summary.engine = runner.stats.to_dict()
    return summary


def ingest_paths(
    store: Store,
    paths: Iterable[Path],
    options: IngestOptions | None = None,
    advance: Progress | None = None,
    engine: EngineSettings | None = None,
) -> IngestSummary:
    """Ingest files and folders into the store's ``articles`` table."""
    options = options or IngestOptions()
    summary = IngestSummary()
    # the engine first: a cluster that cannot be reached fails the run before anything is read
    with open_engine(engine or EngineSettings()) as runner:
        paths = list(paths)
        if advance:  # the total for the progress bar: a counting pass, not a list of every file
            advance(0, sum(1 for _ in discover(paths, options.include, options.exclude)))
        items = discover(paths, options.include, options.exclude)

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
                except RecursionError:
                    yield str(item.path), NESTED
                except Exception as exc:  # one bad file never stops a run: it is named and skipped
                    log.exception("reading %s failed", item.path)
                    yield str(item.path), f"cannot be read ({type(exc).__name__}: {exc})"
                if advance:
                    advance(1, None)

        return ingest_candidates(store, candidates(), summary, advance, runner=runner, assigned=options.date)
