"""Every table's schema, defined once (see ../shared/CONTRACT.md).

Each table has a key: the columns that identify a row. The store never writes two rows with the
same key, which is what makes every command safe to repeat. ``replace_by`` names the column whose
value groups rows that are replaced together (an article's extraction results).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Table:
    name: str
    schema: pa.Schema
    key: tuple[str, ...]
    replace_by: str | None = None

    @property
    def columns(self) -> list[str]:
        return list(self.schema.names)


def _s(*fields: tuple[str, pa.DataType, bool]) -> pa.Schema:
    return pa.schema([pa.field(n, t, nullable=null) for n, t, null in fields])


STR, INT, BOOL = pa.string(), pa.int64(), pa.bool_()
DATE, TS = pa.date32(), pa.timestamp("us", tz="UTC")
STRLIST = pa.list_(pa.string())

ARTICLES = Table(
    "articles",
    _s(
        ("article_id", STR, False),
        ("source", STR, False),
        ("url", STR, True),
        ("title", STR, True),
        ("published", DATE, True),
        ("text", STR, False),
        # beyond the contract
        ("raw_text", STR, True),  # the text as read, before cleaning: nothing removed is lost
        ("input_kind", STR, False),  # text, html, jsonl, json, web
        ("site", STR, True),  # the outlet
        ("author", STR, True),  # reporter or editor code
        ("dateline", STR, True),  # "SINTANG", "TANJUNG SELOR"
        ("advertorial", BOOL, False),
        ("date_note", STR, True),  # e.g. "weekday-mismatch: Senin for 2024-11-12"
        ("decode_note", STR, True),  # e.g. "utf-8: 1 invalid byte(s) replaced by U+FFFD"
        ("date_source", STR, True),  # where `published` came from (ingest.published): field, text, filename ...
        ("duplicate_of", STR, True),  # the first copy of a near-duplicate story
        ("minhash", pa.binary(), True),  # near-duplicate signature (ingest.dedup)
        ("ingested_at", TS, False),
    ),
    key=("article_id",),
)

ARTICLE_SOURCES = Table(
    "article_sources",
    _s(
        ("article_id", STR, False),
        ("source", STR, False),
        ("url", STR, True),
        ("ingested_at", TS, False),
    ),
    key=("article_id", "source"),
)

MENTIONS = Table(
    "mentions",
    _s(
        ("article_id", STR, False),
        ("kind", STR, False),
        ("surface", STR, False),
        ("start", INT, False),
        ("end", INT, False),
        ("canonical", STR, True),
        # beyond the contract
        ("modality", STR, True),  # conflicts: "risk" or "fact"
        ("detail", STR, True),  # free-form JSON of extractor-specific attributes
    ),
    key=("article_id", "kind", "start", "end", "canonical"),
    replace_by="article_id",
)

OFFICIALS = Table(
    "officials",
    _s(
        ("article_id", STR, False),
        ("name", STR, False),
        ("title", STR, False),
        ("institution", STR, True),
        ("region_code", STR, True),
        ("acting", STR, True),  # Plt, Pj, Pjs, Plh
        ("start", INT, True),  # the evidence mention
        ("end", INT, True),
    ),
    key=("article_id", "name"),
    replace_by="article_id",
)

MEETINGS = Table(
    "meetings",
    _s(
        ("article_id", STR, False),
        ("meeting_type", STR, False),
        ("date", DATE, True),
        ("venue", STR, True),
        ("chair", STR, True),
        ("n_participants", INT, True),
        ("region_code", STR, True),
        ("organiser", STR, True),
        ("institutions", STRLIST, True),
        ("theme", STR, True),
        ("start", INT, True),
        ("end", INT, True),
    ),
    key=("article_id", "meeting_type", "start"),
    replace_by="article_id",
)

QUOTES = Table(
    "quotes",
    _s(
        ("article_id", STR, False),
        ("speaker", STR, True),
        ("text", STR, False),
        ("start", INT, False),
        ("end", INT, False),
    ),
    key=("article_id", "start"),
    replace_by="article_id",
)

ARTICLE_LABELS = Table(
    "article_labels",
    _s(
        ("article_id", STR, False),
        ("event_kind", STR, False),
        ("region_code", STR, True),
        ("regions", STRLIST, False),
        ("institutions", STRLIST, False),
        ("election_types", STRLIST, False),
        ("phase", STR, True),
        ("stages", STRLIST, False),
        ("conflicts", STRLIST, False),
        # beyond the contract: what produced this row
        ("lexicon_digest", STR, False),
        ("extractor_version", STR, False),
        ("extracted_at", TS, False),
    ),
    key=("article_id",),
    replace_by="article_id",
)

FETCH_LOG = Table(
    "fetch_log",
    _s(
        ("url", STR, False),
        ("host", STR, False),
        ("status", INT, True),
        ("bytes", INT, True),
        ("duration", pa.float64(), True),
        ("error", STR, True),
        ("time", TS, False),
        ("kind", STR, True),  # page, feed, sitemap, robots
        ("etag", STR, True),
        ("last_modified", STR, True),
    ),
    key=("url", "time"),
)

RUNS = Table(
    "runs",
    _s(
        ("run_id", STR, False),
        ("command", STR, False),
        ("started", TS, False),
        ("finished", TS, True),  # null while running, or when the run was killed
        ("exit_code", INT, True),
        ("counts", STR, False),  # JSON object of the counts each step reports
        ("errors", STRLIST, False),
        ("version", STR, False),
        ("lexicon_digest", STR, True),
        ("host", STR, False),
        ("user", STR, False),
        ("pid", INT, False),
    ),
    key=("run_id",),
    replace_by="run_id",  # the row written at the start gives way to the row written at the end
)

INBOX_FILES = Table(
    "inbox_files",
    _s(
        ("path", STR, False),
        ("size", INT, False),
        ("mtime_ns", INT, False),
        ("sha256", STR, False),
        ("outcome", STR, True),  # null when read; else why it gave no article
        ("run_id", STR, True),
        ("seen_at", TS, False),
    ),
    key=("path", "size", "mtime_ns"),
)

BRIEFS = Table(
    "briefs",
    _s(
        ("period_start", DATE, False),
        ("period_end", DATE, False),
        ("lang", STR, False),
        ("scope", STR, False),  # "" for every region, else a Kemendagri code
        ("paths", STRLIST, False),
        ("run_id", STR, True),
        ("written_at", TS, False),
    ),
    key=("period_start", "lang", "scope"),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        ARTICLES,
        ARTICLE_SOURCES,
        MENTIONS,
        OFFICIALS,
        MEETINGS,
        QUOTES,
        ARTICLE_LABELS,
        FETCH_LOG,
        RUNS,
        INBOX_FILES,
        BRIEFS,
    )
}


def table(name: str) -> Table:
    from kewaspadaan_cli.errors import SchemaError

    try:
        return TABLES[name]
    except KeyError:
        raise SchemaError(f"unknown table {name!r}; known tables: {', '.join(sorted(TABLES))}") from None
