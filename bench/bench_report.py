"""Benchmark: the weekly brief over a year of national news (generated tables, 1,000,000 articles).

    .venv/bin/python bench/bench_report.py   (KWD_BENCH_REPORT sets the number of articles)
"""

from __future__ import annotations

import os
import random
import resource
import shutil
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pyarrow as pa

from kewaspadaan_cli.extract.regions import gazetteer
from kewaspadaan_cli.report.aggregate import Period, build_brief
from kewaspadaan_cli.report.render import render
from kewaspadaan_cli.schemas import ARTICLE_LABELS, ARTICLES, MEETINGS
from kewaspadaan_cli.store import Store

CONFLICTS = ["konflik_sosial", "bentrok_pendukung", "hoaks", "politik_uang", "kekerasan", "unjuk_rasa", "netralitas"]


def main() -> None:
    n = int(os.environ.get("KWD_BENCH_REPORT", "1000000"))
    rng = random.Random(3)
    codes = [c for c, r in gazetteer().regions.items() if r.level == 1]
    start = date(2024, 1, 1)
    tmp = Path(tempfile.mkdtemp(prefix="kwd-bench-report-"))
    now = datetime.now(UTC)
    t = time.perf_counter()
    chunk = 100_000
    with Store(tmp, auto_compact=0) as store:
        for base in range(0, n, chunk):
            m = min(chunk, n - base)
            ids = [f"a{base + i:08d}" for i in range(m)]
            days = [start + timedelta(days=rng.randrange(365)) for _ in range(m)]
            regions = [rng.choice(codes) for _ in range(m)]
            kinds = rng.choices(["insiden", "pertemuan", "lainnya"], [2, 3, 5], k=m)
            arts = pa.table({
                "article_id": ids, "source": [f"https://news.example.id/{i}" for i in ids],
                "url": [f"https://news.example.id/{i}" for i in ids], "title": [f"Berita {i}" for i in ids],
                "published": pa.array(days, pa.date32()), "text": ["..."] * m, "input_kind": ["web"] * m,
                "site": [rng.choice(["A.id", "B.com", "C.co.id"]) for _ in range(m)], "advertorial": [False] * m,
                "duplicate_of": [None] * m, "ingested_at": pa.array([now] * m, pa.timestamp("us", tz="UTC")),
            })
            labels = pa.table({
                "article_id": ids, "event_kind": kinds, "region_code": regions, "regions": [[r] for r in regions],
                "institutions": [["polri"]] * m, "election_types": [["pilkada"]] * m, "phase": ["pra"] * m,
                "stages": [["kampanye"]] * m,
                "conflicts": [rng.sample(CONFLICTS, rng.randrange(0, 3)) for _ in range(m)],
                "lexicon_digest": ["bench"] * m, "extractor_version": ["bench"] * m,
                "extracted_at": pa.array([now] * m, pa.timestamp("us", tz="UTC")),
            })
            meet_ids = [i for i, k in zip(ids, kinds, strict=True) if k == "pertemuan"]
            meets = pa.table({"article_id": meet_ids, "meeting_type": ["rakor"] * len(meet_ids),
                              "start": pa.array([0] * len(meet_ids), pa.int64())})
            store.write({"articles": arts, "article_labels": labels, "meetings": meets})
        store.compact()
    gen = time.perf_counter() - t
    t = time.perf_counter()
    brief = build_brief(tmp, Period(date(2024, 11, 25), date(2024, 12, 1)))
    agg = time.perf_counter() - t
    t = time.perf_counter()
    html = render(brief, "html", "id")
    md = render(brief, "md", "id")
    rend = time.perf_counter() - t
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"report: {n:,} articles over 2024 ({gen:.1f} s to generate); brief for 2024-W48 "
          f"({brief.figures['articles'][0]:,} articles, {len(brief.hotspots)} hotspots): aggregation {agg:.2f} s, "
          f"rendering {rend:.2f} s ({len(html) // 1024} KB HTML, {len(md) // 1024} KB Markdown); peak {peak:.0f} MB")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    _ = (ARTICLES, ARTICLE_LABELS, MEETINGS)
    main()
