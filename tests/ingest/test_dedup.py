"""The on-disk near-duplicate index finds what datasketch's in-memory MinHashLSH found (issue #14)."""

from __future__ import annotations

import numpy as np
import pytest
from datasketch import MinHashLSH

from kewaspadaan_cli.ingest import dedup


def signatures(n: int, seed: int = 1) -> list[np.ndarray]:
    """Random signatures, every tenth a near copy (12 of 64 values changed) of an earlier one."""
    rng = np.random.default_rng(seed)
    sigs = rng.integers(0, 2**32, (n, dedup.NUM_PERM), dtype=np.uint64)
    for i in range(1, n, 10):
        sigs[i] = sigs[rng.integers(0, i)]
        sigs[i, rng.integers(0, dedup.NUM_PERM, 12)] = rng.integers(0, 2**32, 12)
    return list(sigs)


def reference(sigs: list[np.ndarray], stored: int) -> list[str | None]:
    """What the index of kwd before issue #14 answered: datasketch's MinHashLSH in memory."""
    lsh = MinHashLSH(threshold=dedup.THRESHOLD, num_perm=dedup.NUM_PERM)
    first: dict[str, str] = {}

    def add(aid: str, values: np.ndarray, dup: str | None) -> None:
        lsh.insert(aid, dedup.from_bytes(values.tobytes()))
        first[aid] = dup or aid

    for i in range(stored):
        add(f"a{i:05d}", sigs[i], None)
    out = []
    for i in range(stored, len(sigs)):
        best, best_sim = None, 0.0
        for cand in lsh.query(dedup.from_bytes(sigs[i].tobytes())):
            sim = float(np.count_nonzero(sigs[int(cand[1:])] == sigs[i])) / dedup.NUM_PERM
            if sim >= dedup.THRESHOLD and (sim, cand) > (best_sim, best or ""):
                best, best_sim = cand, sim
        out.append(first[best] if best else None)
        add(f"a{i:05d}", sigs[i], out[-1])
    return out


@pytest.mark.parametrize("hold", [7, dedup.NearDuplicates.HOLD])
def test_same_duplicates_as_the_in_memory_lsh(monkeypatch: pytest.MonkeyPatch, hold: int) -> None:
    monkeypatch.setattr(dedup.NearDuplicates, "HOLD", hold)  # matches found in memory and on disk alike
    sigs = signatures(3000)
    near = dedup.NearDuplicates()
    near.load((f"a{i:05d}", sigs[i].tobytes(), None) for i in range(1000))
    found = []
    for i in range(1000, len(sigs)):
        mh = dedup.from_bytes(sigs[i].tobytes())
        found.append(near.match(mh))
        near.add(f"a{i:05d}", mh, found[-1])
    expected = reference(sigs, 1000)
    assert found == expected
    assert sum(f is not None for f in found) >= 150  # the near copies were there to be found
    assert len(near) == len(sigs)


def test_a_copy_links_to_the_first_of_its_story_and_an_id_is_indexed_once() -> None:
    text = " ".join(f"kata{i}" for i in range(300))
    near = dedup.NearDuplicates()
    near.add("first", dedup.signature(text))
    near.add("second", dedup.signature(text + " tambahan"), "first")
    near.add("second", dedup.signature("lain sama sekali " * 40))  # a known id is not indexed again
    assert near.match(dedup.signature(text + " lagi")) == "first"
    near.flush()
    assert near.match(dedup.signature(text + " tambahan")) == "first"  # the copy's own link, from disk
    assert near.match(dedup.signature("berita lain sama sekali tentang banjir " * 30)) is None
    assert len(near) == 2


def test_at_most_hold_articles_wait_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dedup.NearDuplicates, "HOLD", 50)
    near = dedup.NearDuplicates()
    for i, values in enumerate(signatures(400, seed=3)):
        near.add(f"a{i:05d}", dedup.from_bytes(values.tobytes()))
        assert len(near._held) < 50
    assert near.db.execute("SELECT count(*) FROM sig").fetchone()[0] >= 350
