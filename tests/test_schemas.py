"""A snapshot of every table's schema: a contract change shows up here as a visible diff."""

from __future__ import annotations

import json
from pathlib import Path

from kewaspadaan_cli.schemas import TABLES

SNAPSHOT = Path(__file__).parent / "schemas_snapshot.json"
CONTRACT = {
    "articles": {
        "article_id": "string",
        "source": "string",
        "url": "string",
        "title": "string",
        "published": "date32[day]",
        "text": "string",
    },
    "mentions": {
        "article_id": "string",
        "kind": "string",
        "surface": "string",
        "start": "int64",
        "end": "int64",
        "canonical": "string",
    },
    "officials": {"article_id": "string", "name": "string", "title": "string"},
    "meetings": {
        "article_id": "string",
        "meeting_type": "string",
        "date": "date32[day]",
        "venue": "string",
        "chair": "string",
        "n_participants": "int64",
    },
    "article_labels": {
        "article_id": "string",
        "event_kind": "string",
        "region_code": "string",
        "regions": "list<item: string>",
        "institutions": "list<item: string>",
        "election_types": "list<item: string>",
        "phase": "string",
        "stages": "list<item: string>",
        "conflicts": "list<item: string>",
    },
}


def current() -> dict[str, dict[str, str]]:
    return {name: {f.name: str(f.type) for f in t.schema} for name, t in sorted(TABLES.items())}


def test_contract_columns_keep_their_names_and_types() -> None:
    schemas = current()
    for table, columns in CONTRACT.items():
        for column, typ in columns.items():
            assert schemas[table].get(column) == typ, (table, column)


def test_schema_snapshot() -> None:
    assert current() == json.loads(SNAPSHOT.read_text()), (
        "a table schema changed: if on purpose, update tests/schemas_snapshot.json in the same commit"
    )
