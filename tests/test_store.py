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
from kewaspadaan_cli.store import JOURNAL, TMP_DIR, KeyIndex, Store, read_table

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


# -- issue 11: readers read one committed snapshot ------------------------------------------------

import random  # noqa: E402
import shutil  # noqa: E402
import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402

from kewaspadaan_cli.errors import StoreError  # noqa: E402
from kewaspadaan_cli.store import MANIFEST, open_duckdb, snapshot  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def test_a_stray_copy_is_never_counted_and_compact_leaves_it_out(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention("a", 0)])
        store.append("mentions", [mention("b", 0)])
    part = sorted((data_dir / "mentions").glob("part-*.parquet"))[0]
    stray = part.with_name(part.stem + " (salinan).parquet")
    shutil.copy(part, stray)
    assert read_table(data_dir, "mentions").num_rows == 2
    con = open_duckdb(data_dir)
    assert con.execute("select count(*) from mentions").fetchone() == (2,)
    con.close()
    with Store(data_dir) as store:
        assert store.compact("mentions")["mentions"] == (2, 1)
    assert read_table(data_dir, "mentions").num_rows == 2
    assert stray.exists()  # left for kwd check to name and quarantine, never merged into the table
    names = json.loads((data_dir / MANIFEST).read_text())["tables"]["mentions"]
    assert len(names) == 1 and stray.name not in names


def test_a_data_dir_without_manifest_is_read_by_part_names(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention("a", 0)])
    (data_dir / MANIFEST).unlink()  # as written by an older kwd
    part = next((data_dir / "mentions").glob("part-*.parquet"))
    shutil.copy(part, part.with_name("salinan.parquet"))
    assert read_table(data_dir, "mentions").num_rows == 1
    with Store(data_dir) as store:
        store.append("mentions", [mention("b", 0)])
    assert read_table(data_dir, "mentions").num_rows == 2
    assert (data_dir / MANIFEST).exists()


def test_a_pending_journal_is_read_as_the_next_writer_will_apply_it(data_dir: Path) -> None:
    """A commit killed at each step: before, halfway through and after its renames, readers see
    exactly the state the next writer completes (never empty, never doubled)."""
    with Store(data_dir, auto_compact=0) as store:
        for aid in "abc":
            store.append("mentions", [mention(aid, 0)])
    for step in ("journal", "renamed", "manifest"):
        work = data_dir.parent / f"work-{step}"
        shutil.copytree(data_dir, work)
        store = Store(work, auto_compact=0)
        store.open()
        files = store._live("mentions")
        from kewaspadaan_cli.schemas import MENTIONS

        tmp, final = store._write_tmp(MENTIONS, read_table(work, "mentions"))
        plan = {
            "add": [[str(tmp), str(final)]],
            "remove": [str(f) for f in files],
            "manifest": store._next_manifest([(tmp, final)], files),
        }
        (work / JOURNAL).write_text(json.dumps(plan))
        if step in ("renamed", "manifest"):
            os.replace(tmp, final)
        if step == "manifest":
            (work / MANIFEST).write_text(json.dumps(plan["manifest"]))
            files[0].unlink()
        store._lock.release()
        store._lock = None
        seen = sorted(r["article_id"] for r in read_table(work, "mentions").to_pylist())
        assert seen == ["a", "b", "c"], step
        with Store(work):
            pass
        assert sorted(r["article_id"] for r in read_table(work, "mentions").to_pylist()) == ["a", "b", "c"]
        assert [p.name for p in (work / "mentions").glob("*.parquet")] == [final.name]


def test_a_damaged_part_file_is_named(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention("a", 0)])
        store.append("mentions", [mention("b", 0)])
    part = sorted((data_dir / "mentions").glob("part-*.parquet"))[1]
    part.write_bytes(part.read_bytes()[:100])  # truncated
    with pytest.raises(StoreError, match=rf"part file {part} is damaged .*kwd check --repair"):
        read_table(data_dir, "mentions")
    with pytest.raises(StoreError, match=rf"part file {part} is damaged"):
        open_duckdb(data_dir)
    assert read_table(data_dir, "articles").num_rows == 0  # other tables still read


def _kwd(*args: str) -> list[str]:
    return [sys.executable, "-m", "kewaspadaan_cli", *args]


@pytest.fixture(scope="module")
def extracted_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data directory of 12 real articles, ingested and extracted by the command line."""
    from tests.ingest.test_pipeline import BODY, OTHER

    base = tmp_path_factory.mktemp("concurrency")
    src = base / "in"
    src.mkdir()
    towns = ["Sintang", "Melawi", "Sanggau", "Sekadau", "Ketapang", "Landak"]
    for i in range(12):
        text = f"Berita {i}\n" + BODY.replace("Sintang", towns[i % 6]) + f" Catatan {i}. " + OTHER[i % 2]
        (src / f"a{i}.txt").write_text(text)
    data = base / "data"
    for args in (("ingest", str(src)), ("extract",)):
        subprocess.run(_kwd(*args, "--data-dir", str(data), "-q"), check=True, cwd=ROOT, timeout=300)
    return data


def _counts(data: Path) -> tuple[int, int, int]:
    con = open_duckdb(data)
    try:
        row = con.execute(
            "select (select count(*) from articles), (select count(*) from article_labels),"
            " (select count(*) - count(distinct article_id) from article_labels)"
        ).fetchone()
    finally:
        con.close()
    return row


@pytest.mark.slow
def test_readers_looping_during_extract_all_and_compact_never_fail(extracted_dir: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(extracted_dir, data)
    expected = _counts(data)
    assert expected[0] == 12 and expected[1] == 12
    stop = threading.Event()
    seen: list[tuple[int, int, int]] = []
    failures: list[str] = []

    def reader() -> None:
        while not stop.is_set():
            try:
                seen.append(_counts(data))
                seen.append((read_table(data, "articles").num_rows, read_table(data, "article_labels").num_rows, 0))
            except Exception as exc:  # noqa: BLE001 - every failure is the finding
                failures.append(f"{type(exc).__name__}: {exc}")

    t = threading.Thread(target=reader)
    t.start()
    try:
        for _ in range(2):
            for args in (("extract", "--all"), ("compact",)):
                subprocess.run(_kwd(*args, "--data-dir", str(data), "-q"), check=True, cwd=ROOT, timeout=300)
    finally:
        stop.set()
        t.join()
    assert failures == []
    assert len(seen) > 10
    assert set(seen) == {expected, (12, 12, 0)}


@pytest.mark.slow
def test_kill_9_of_a_writer_mid_commit_then_a_reader(extracted_dir: Path, tmp_path: Path) -> None:
    """A writer killed at random moments of extract --all and compact: the next reader (before any
    writer ran again) sees every article and one label each, never an empty or doubled table."""
    data = tmp_path / "data"
    shutil.copytree(extracted_dir, data)
    rng = random.Random(11)
    for i in range(6):
        args = ("extract", "--all") if i % 2 == 0 else ("compact",)
        proc = subprocess.Popen(_kwd(*args, "--data-dir", str(data), "-q"), cwd=ROOT)
        time.sleep(rng.uniform(1.0, 4.0) if args[0] == "extract" else rng.uniform(0.3, 1.5))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert _counts(data) == (12, 12, 0), (i, args)
        assert read_table(data, "article_labels").num_rows == 12
    subprocess.run(_kwd("compact", "--data-dir", str(data), "-q"), check=True, cwd=ROOT, timeout=300)
    assert _counts(data) == (12, 12, 0)


def test_snapshot_holds_its_files_while_a_writer_replaces_them(data_dir: Path) -> None:
    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention("a", 0)])
        store.append("mentions", [mention("b", 0)])
    with snapshot(data_dir, ["mentions"]) as snap:
        with Store(data_dir) as store:
            store.compact("mentions")  # removes both files the snapshot holds
        assert snap.dataset("mentions").to_table().num_rows == 2


@pytest.mark.slow
def test_kwd_query_processes_during_compaction_never_fail(data_dir: Path) -> None:
    """The issue's race, as a user meets it: `kwd query` while `kwd compact` replaces 40 part files
    (before the snapshot: 13 of 23 queries failed with "No files found")."""
    results: list[tuple[int, str, str, int]] = []
    expected = 0
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            p = subprocess.run(
                _kwd("query", "select count(*) as n from mentions", "--csv", "--data-dir", str(data_dir)),
                cwd=ROOT,
                capture_output=True,
                text=True,
                timeout=120,
            )
            results.append((p.returncode, p.stdout, p.stderr, expected))

    for cycle in range(3):
        with Store(data_dir, auto_compact=0) as store:
            for i in range(40):
                store.append("mentions", [mention(f"a{cycle}-{i}", j) for j in range(50)])
        expected = 40 * 50 * (cycle + 1)
        stop.clear()
        t = threading.Thread(target=reader)
        t.start()
        time.sleep(0.5)
        subprocess.run(_kwd("compact", "--data-dir", str(data_dir), "-q"), check=True, cwd=ROOT, timeout=300)
        stop.set()
        t.join()
    assert results
    bad = [r for r in results if r[0] != 0 or r[1].split() != ["n", str(r[3])]]
    assert bad == []


def test_key_index_before_and_after_a_merge(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(KeyIndex, "MERGE_AT", 3)
    index = KeyIndex()
    index.add([("a", 1), ("b", 2)])
    assert ("a", 1) in index and ("a", 2) not in index
    index.add([("c", 3), ("d", 4)])  # the fourth key merges them into the sorted digests
    assert len(index._recent) == 0 and len(index._sorted) == 4
    assert index.contains([("d", 4), ("e", 5), ("a", 1), (None, 1)]) == [True, False, True, False]
    index.add([("e", 5)])
    index.discard([("a", 1), ("e", 5)])
    assert index.contains([("a", 1), ("b", 2), ("e", 5)]) == [False, True, False]
    assert index._sorted.nbytes == 16 * len(index._sorted)  # 16 bytes a key, whatever the key


def test_stored_keys_are_read_in_batches_and_still_refuse_repeats(data_dir: Path) -> None:
    with Store(data_dir) as store:
        store.append("mentions", [mention(f"a{i}", i) for i in range(2500)])
    with Store(data_dir) as store:
        assert len(store.keys("mentions")) == 2500
        assert store.append("mentions", [mention("a7", 7), mention("a7", 8), mention("b", 0)]) == 2
        assert store.has("mentions", "a7", "region", 8, 15, "61.05")


def test_row_groups_of_long_texts_stay_small(data_dir: Path) -> None:
    import pyarrow.parquet as pq

    from kewaspadaan_cli import store as st

    rows = [mention(f"a{i}", 0, surface="x" * 20_000) for i in range(3000)]  # 60 MB of text
    with Store(data_dir) as store:
        store.append("mentions", rows)
    (part,) = (data_dir / "mentions").glob("part-*.parquet")
    meta = pq.ParquetFile(part).metadata
    assert meta.num_rows == 3000 and meta.num_row_groups >= 2
    assert max(meta.row_group(i).num_rows for i in range(meta.num_row_groups)) * 20_000 <= 1.1 * st.ROW_GROUP_BYTES


def test_streamed_batches_equal_the_table_and_fill_columns_an_older_file_lacks(data_dir: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kewaspadaan_cli.store import iter_batches

    with Store(data_dir, auto_compact=0) as store:
        store.append("mentions", [mention(f"a{i}", i) for i in range(250)])
    (data_dir / MANIFEST).unlink()  # an older kwd's data directory, read by part names
    old = pa.table({"article_id": ["z1", "z2"], "kind": ["region"] * 2, "surface": ["Sintang"] * 2})
    old = old.append_column("start", pa.array([0, 3], pa.int64())).append_column("end", pa.array([7, 10], pa.int64()))
    pq.write_table(old, data_dir / "mentions" / "part-20200101T000000-0123456789ab.parquet")  # no 'canonical'

    batches = list(iter_batches(data_dir, "mentions", ["article_id", "canonical", "start"], batch_size=100))
    assert all(b.schema.names == ["article_id", "canonical", "start"] for b in batches)
    assert all(b.num_rows <= 100 for b in batches)
    streamed = sorted(r for b in batches for r in zip(*(b.column(i).to_pylist() for i in range(3)), strict=True))
    whole = read_table(data_dir, "mentions", ["article_id", "canonical", "start"])
    assert streamed == sorted(zip(*(whole.column(i).to_pylist() for i in range(3)), strict=True))
    assert ("z1", None, 0) in streamed and ("a7", "61.05", 7) in streamed and len(streamed) == 252


def test_compaction_of_many_files_keeps_every_row_in_order_in_bounded_row_groups(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Compaction streams row groups: its result is the files' rows, in order, whatever their number."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from kewaspadaan_cli import store as st

    monkeypatch.setattr(st, "ROW_GROUP_BYTES", 256 * 1024)
    monkeypatch.setattr(st, "SCAN_ROWS", 7)
    with Store(data_dir, auto_compact=0) as store:
        for f in range(30):
            store.append("mentions", [mention(f"a{f}", i, surface=f"Sintang {f} {i} " + "x" * 2000) for i in range(40)])
        files = store._live("mentions")
        before = pa.concat_tables(pq.read_table(p) for p in files)
        assert store.compact("mentions") == {"mentions": (30, 1)}
        (part,) = store._live("mentions")
    after = pq.read_table(part)
    assert after.equals(before)  # same rows, same order, same types
    meta = pq.ParquetFile(part).metadata
    assert meta.num_row_groups >= 8
    assert max(meta.row_group(i).num_rows for i in range(meta.num_row_groups)) * 2000 <= 1.1 * st.ROW_GROUP_BYTES
    assert read_table(data_dir, "mentions").num_rows == 1200


@pytest.mark.skipif(not __import__("sys").platform.startswith("linux"), reason="jemalloc is chosen on Linux")
@pytest.mark.parametrize(("env", "backend"), [(None, "jemalloc"), ("system", "system")])
def test_arrow_allocates_from_jemalloc_unless_the_user_chose(env: str | None, backend: str) -> None:
    import subprocess
    import sys

    environ = {k: v for k, v in os.environ.items() if k != "ARROW_DEFAULT_MEMORY_POOL"}
    if env:
        environ["ARROW_DEFAULT_MEMORY_POOL"] = env
    code = "import kewaspadaan_cli.store, pyarrow as pa; print(pa.default_memory_pool().backend_name)"
    out = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == backend
