from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pyarrow.dataset as ds
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kewaspadaan_cli.errors import LockTimeout, SchemaError
from kewaspadaan_cli.store import JOURNAL, TMP_DIR, Store, read_table

NOW = datetime(2024, 11, 12, tzinfo=UTC)


def mention(aid: str, start: int, surface: str = "Sintang", kind: str = "region") -> dict:
    return {
        "article_id": aid,
        "kind": kind,
        "surface": surface,
        "start": start,
        "end": start + len(surface),
        "canonical": "61.05",
    }


def label(aid: str, kind: str = "pertemuan") -> dict:
    return {
        "article_id": aid,
        "event_kind": kind,
        "region_code": "61.05",
        "regions": ["61.05"],
        "institutions": [],
        "election_types": [],
        "phase": None,
        "stages": [],
        "conflicts": [],
        "lexicon_digest": "x",
        "extractor_version": "1",
        "extracted_at": NOW,
    }


def test_append_skips_known_keys(data_dir: Path) -> None:
    with Store(data_dir) as store:
        assert store.append("mentions", [mention("a", 0), mention("a", 10)]) == 2
        assert store.append("mentions", [mention("a", 0), mention("b", 0)]) == 1
        assert store.append("mentions", [mention("c", 0), mention("c", 0)]) == 1  # repeated within the batch
    rows = read_table(data_dir, "mentions").to_pylist()
    assert sorted((r["article_id"], r["start"]) for r in rows) == [("a", 0), ("a", 10), ("b", 0), ("c", 0)]


def test_reopened_store_still_knows_keys(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.append("mentions", [mention("a", 0)])
    with Store(data_dir) as store:
        assert store.append("mentions", [mention("a", 0)]) == 0


def test_replace_swaps_an_articles_rows(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.write(
            {
                "mentions": [mention("a", 0), mention("a", 5), mention("b", 0)],
                "article_labels": [label("a"), label("b")],
            }
        )
    with Store(data_dir) as store:
        store.write({"mentions": [mention("a", 7)], "article_labels": [label("a", "insiden")]}, replace={"a"})
    ments = read_table(data_dir, "mentions").to_pylist()
    assert sorted((r["article_id"], r["start"]) for r in ments) == [("a", 7), ("b", 0)]
    labels = {r["article_id"]: r["event_kind"] for r in read_table(data_dir, "article_labels").to_pylist()}
    assert labels == {"a": "insiden", "b": "pertemuan"}


def test_schema_is_checked_on_write(data_dir: Path) -> None:
    with Store(data_dir) as store, pytest.raises(SchemaError, match="table 'mentions'"):
        store.append("mentions", [{"article_id": "a", "kind": "region", "start": "zero"}])


def test_compaction_keeps_rows_and_merges_files(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=0) as store:
        for i in range(5):
            store.append("mentions", [mention(f"a{i}", 0)])
        assert len(list((data_dir / "mentions").glob("*.parquet"))) == 5
        assert store.compact("mentions") == {"mentions": (5, 1)}
    assert len(list((data_dir / "mentions").glob("*.parquet"))) == 1
    assert read_table(data_dir, "mentions").num_rows == 5


def test_auto_compaction(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=3) as store:
        for i in range(4):
            store.append("mentions", [mention(f"a{i}", 0)])
    assert len(list((data_dir / "mentions").glob("*.parquet"))) == 1
    assert read_table(data_dir, "mentions").num_rows == 4


def test_interrupted_commit_is_rolled_forward(data_dir: Path) -> None:
    """A journal left by a killed process is completed by the next writer."""
    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention("a", 0)])
        store.append("mentions", [mention("b", 0)])
        files = sorted((data_dir / "mentions").glob("*.parquet"))
        # simulate a compaction killed after writing its journal and removing one old file
        tmp, final = store._write_tmp(
            store_table := __import__("kewaspadaan_cli.schemas").schemas.MENTIONS, read_table(data_dir, "mentions")
        )
        (data_dir / JOURNAL).write_text(
            json.dumps({"add": [[str(tmp), str(final)]], "remove": [str(f) for f in files]})
        )
        files[0].unlink()
        assert store_table.name == "mentions"
        store._lock.release()
        store._lock = None
    # a reader never sees the files the journal removes
    assert read_table(data_dir, "mentions").num_rows <= 2
    with Store(data_dir):
        pass
    assert not (data_dir / JOURNAL).exists()
    assert not (data_dir / TMP_DIR).exists()
    rows = read_table(data_dir, "mentions").to_pylist()
    assert sorted(r["article_id"] for r in rows) == ["a", "b"]


def test_second_writer_waits_then_times_out(data_dir: Path) -> None:
    said: list[str] = []
    with Store(data_dir):
        with pytest.raises(LockTimeout, match="still locked by another kwd process after 0.2 s"):
            with Store(data_dir, lock_timeout=0.2, on_wait=said.append):
                pass
    assert said and "waiting up to 0.2 s" in said[0]


def test_tables_read_as_one_dataset_by_outside_readers(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.append("mentions", [mention("a", 0)])
        store.append("mentions", [mention("b", 0)])
    assert ds.dataset(str(data_dir / "mentions"), format="parquet").count_rows() == 2
    import duckdb

    n = duckdb.connect().execute(f"select count(*) from read_parquet('{data_dir}/mentions/*.parquet')").fetchall()
    assert n == [(2,)]


def test_empty_table_reads_as_empty(data_dir: Path) -> None:
    assert read_table(data_dir, "articles").num_rows == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from("abc"), st.integers(0, 50), st.text(min_size=1, max_size=12)), max_size=30))
def test_round_trip_has_no_duplicate_keys(tmp_path_factory: pytest.TempPathFactory, rows: list) -> None:
    data_dir = tmp_path_factory.mktemp("rt")
    with Store(data_dir) as store:
        half = len(rows) // 2
        store.append("mentions", [mention(a, s, t) for a, s, t in rows[:half]])
        store.append("mentions", [mention(a, s, t) for a, s, t in rows[half:]])
    got = read_table(data_dir, "mentions").to_pylist()
    keys = [(r["article_id"], r["kind"], r["start"], r["end"], r["canonical"]) for r in got]
    assert len(keys) == len(set(keys))
    expected = {(a, "region", s, s + len(t), "61.05") for a, s, t in rows}
    assert set(keys) == expected
    for r in got:
        first = next(t for a, s, t in rows if (a, s, s + len(t)) == (r["article_id"], r["start"], r["end"]))
        assert r["surface"] == first


def test_lock_file_is_not_a_table(data_dir: Path) -> None:
    with Store(data_dir):
        assert (data_dir / ".lock").exists()
    assert os.path.isdir(data_dir / "articles")
