"""``make bench``: ingest and extraction throughput and peak memory on generated corpora.

Not a test: it prints figures. Each stage runs as its own process so peak memory (ru_maxrss) is
that stage's alone (its largest pool worker's peak printed beside it: ``RUSAGE_CHILDREN``).
Sizes: KWD_BENCH_E2E (default 50,000 articles ingested and extracted end to end, also run at a fifth
of that to show memory stays flat), KWD_BENCH_INGEST (10,000 text articles), KWD_BENCH_EXTRACT
(20,000 articles of about 3 KB), KWD_BENCH_DASK (4,000 articles on a Dask LocalCluster of 1 and 2 workers).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PY = sys.executable


def stage(code: str, *args: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line of figures."""
    wrapper = (
        "import json, resource, sys, time\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        + code
        + "\nout['peak_mb'] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)"
        + "\nout['peak_child_mb'] = round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1)"
        + "\nprint(json.dumps(out))\n"
    )
    res = subprocess.run([PY, "-c", wrapper, *args], capture_output=True, text=True, check=False)
    if res.returncode != 0:
        sys.stderr.write(res.stderr)
        raise SystemExit(f"bench stage failed: {code.splitlines()[0]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def write_corpus(folder: Path, n: int, pad_to: int) -> None:
    sys.path.insert(0, str(HERE))
    from corpus import articles

    folder.mkdir(parents=True, exist_ok=True)
    for g in articles(n, seed=99, pad_to=pad_to):
        (folder / f"{g.name}.txt").write_text(g.text, encoding="utf-8")


INGEST = """
from pathlib import Path
from kewaspadaan_cli.engines import EngineSettings
from kewaspadaan_cli.store import Store
from kewaspadaan_cli.ingest.pipeline import ingest_paths
src, data = Path(sys.argv[1]), Path(sys.argv[2])
workers = int(sys.argv[3]) if len(sys.argv) > 3 else 1
engine = sys.argv[4] if len(sys.argv) > 4 else 'local'
t = time.perf_counter()
with Store(data) as store:
    s = ingest_paths(store, [src], engine=EngineSettings(engine=engine, workers=workers))
dt = time.perf_counter() - t
out = {'files': s.files_seen, 'new': s.new_articles, 'exact': s.exact_duplicates, 'near': s.near_duplicates,
       'skipped': len(s.skipped), 'seconds': round(dt, 2), 'per_second': round(s.files_seen / dt, 1)}
"""

EXTRACT = """
from pathlib import Path
from kewaspadaan_cli.engines import EngineSettings
from kewaspadaan_cli.store import Store
from kewaspadaan_cli.extract.pipeline import run_extract
data, workers = Path(sys.argv[1]), int(sys.argv[2])
engine = sys.argv[3] if len(sys.argv) > 3 else 'local'
t = time.perf_counter()
with Store(data) as store:
    s = run_extract(store, everything=True, engine=EngineSettings(engine=engine, workers=workers))
dt = time.perf_counter() - t
out = {'articles': s.extracted, 'failed': len(s.failed), 'workers': workers, 'seconds': round(dt, 2),
       'per_second': round(s.extracted / dt, 1), 'per_second_per_worker': round(s.extracted / dt / workers, 1)}
"""

TOKENIZER = """
from pathlib import Path
import pyarrow.dataset as ds
t0 = time.perf_counter()
import spacy
nlp = spacy.blank('id')
build = time.perf_counter() - t0
texts = ds.dataset(sys.argv[1] + '/articles', format='parquet').to_table(columns=['text']).column(0).to_pylist()
t = time.perf_counter()
for doc in nlp.tokenizer.pipe(texts, batch_size=256):
    pass
dt = time.perf_counter() - t
out = {'articles': len(texts), 'build_seconds': round(build, 2), 'seconds': round(dt, 2),
       'whole_process_seconds': round(time.perf_counter() - t0, 2), 'per_second': round(len(texts) / dt, 1)}
"""

TRAFILATURA = """
from pathlib import Path
import trafilatura
pages = sorted(p for p in Path(sys.argv[1]).iterdir() if p.suffix in ('.html', '.htm'))
data = [p.read_bytes() for p in pages]
t = time.perf_counter()
for d in data:
    trafilatura.extract(d, include_comments=False)
dt = time.perf_counter() - t
out = {'pages': len(data), 'seconds': round(dt, 2), 'per_second': round(len(data) / dt, 1)}
"""

KWD_TOKENIZER = """
from pathlib import Path
import pyarrow.dataset as ds
t0 = time.perf_counter()
from kewaspadaan_cli.nlp import get_nlp, sentence_spans
get_nlp()
build = time.perf_counter() - t0
texts = ds.dataset(sys.argv[1] + '/articles', format='parquet').to_table(columns=['text']).column(0).to_pylist()
t = time.perf_counter()
for text in texts:
    sentence_spans(text)
dt = time.perf_counter() - t
out = {'articles': len(texts), 'build_seconds': round(build, 2), 'seconds': round(dt, 2),
       'per_second': round(len(texts) / dt, 1)}
"""


def copies(src: Path, dst: Path, times: int) -> None:
    """Each saved page ``times`` times, each copy a different article (a marker paragraph)."""
    dst.mkdir(parents=True, exist_ok=True)
    for page in sorted(src.iterdir()):
        if page.suffix not in (".html", ".htm"):
            continue
        html = page.read_text(encoding="utf-8", errors="replace")
        for i in range(times):
            marked = html.replace("</body>", f"<p>Salinan bench nomor {i} dari {page.stem}.</p></body>", 1)
            (dst / f"{page.stem}-{i}{page.suffix}").write_text(marked, encoding="utf-8")


def line(step: str, r: dict, unit: str = "articles") -> None:
    print(
        f"{step}: {r.get('files', r.get('articles'))} {unit}, {r['per_second']} {unit}/s, {r['seconds']} s, "
        f"peak {r['peak_mb']} MB (largest worker {r['peak_child_mb']} MB)"
    )


def main() -> None:
    n_e2e = int(os.environ.get("KWD_BENCH_E2E", "50000"))
    n_small = max(1000, n_e2e // 5)
    n_ingest = int(os.environ.get("KWD_BENCH_INGEST", "10000"))
    n_extract = int(os.environ.get("KWD_BENCH_EXTRACT", "20000"))
    n_dask = int(os.environ.get("KWD_BENCH_DASK", "4000"))
    workers = min(2, os.cpu_count() or 1)
    tmp = Path(tempfile.mkdtemp(prefix="kwd-bench-"))
    try:
        print(f"# kwd bench ({os.cpu_count()} cores)")

        # end to end, text: ingest then extract with every core, at two corpus sizes (peak memory flat?)
        peaks: dict[int, tuple[dict, dict]] = {}
        for n in (n_small, n_e2e):
            write_corpus(tmp / f"e2e{n}", n, pad_to=3000)
            ing = stage(INGEST, str(tmp / f"e2e{n}"), str(tmp / f"e2e{n}-data"), str(workers))
            ext = stage(EXTRACT, str(tmp / f"e2e{n}-data"), str(workers))
            secs = ing["seconds"] + ext["seconds"]
            print(f"end to end, {n} text articles of ~3 KB, {workers} workers:")
            line("  ingest", ing)
            line("  extract", ext)
            print(
                f"  together {round(n / secs, 1)} articles/s; 1,000,000 articles would take "
                f"{round(1_000_000 / (n / secs) / 60, 1)} min"
            )
            peaks[n] = (ing, ext)
            shutil.rmtree(tmp / f"e2e{n}", ignore_errors=True)
            shutil.rmtree(tmp / f"e2e{n}-data", ignore_errors=True)
        (si, se), (li, le) = peaks[n_small], peaks[n_e2e]
        print(
            f"peak memory, {n_small} -> {n_e2e} articles: ingest {si['peak_mb']} -> {li['peak_mb']} MB "
            f"(workers {si['peak_child_mb']} -> {li['peak_child_mb']}), extract {se['peak_mb']} -> {le['peak_mb']} MB "
            f"(workers {se['peak_child_mb']} -> {le['peak_child_mb']})"
        )

        write_corpus(tmp / "text", n_ingest, pad_to=1500)
        r = stage(INGEST, str(tmp / "text"), str(tmp / "d1"))
        print(
            f"ingest text: {r['files']} files, {r['per_second']} articles/s, {r['seconds']} s, peak {r['peak_mb']} MB "
            f"(new {r['new']}, exact dup {r['exact']}, near dup {r['near']}, skipped {r['skipped']})"
        )
        pages = ROOT.parent / "shared" / "html" / "pages"
        if pages.exists():
            copies(pages, tmp / "pages", 5)
            bare = stage(TRAFILATURA, str(tmp / "pages"))
            print(f"trafilatura alone on the same pages: {bare['pages']} pages, {bare['per_second']} pages/s")
            for w in sorted({1, workers}):
                r = stage(INGEST, str(tmp / "pages"), str(tmp / f"d2-{w}"), str(w))
                print(
                    f"ingest html ({w} worker{'s' if w > 1 else ''}): {r['files']} pages, {r['per_second']} pages/s, "
                    f"peak {r['peak_mb']} MB; ratio to bare trafilatura {r['per_second'] / bare['per_second']:.2f}"
                )
        write_corpus(tmp / "ext", n_extract, pad_to=3000)
        stage(INGEST, str(tmp / "ext"), str(tmp / "d3"))
        shutil.copytree(tmp / "d3", tmp / "d4")  # the same articles, not yet extracted, for the 2-worker run
        floor = stage(TOKENIZER, str(tmp / "d3"))
        print(
            f"spacy.blank('id') tokenizer alone: {floor['articles']} articles, {floor['per_second']} articles/s, "
            f"build {floor['build_seconds']} s, whole process {floor['whole_process_seconds']} s, "
            f"peak {floor['peak_mb']} MB"
        )
        ours = stage(KWD_TOKENIZER, str(tmp / "d3"))
        print(
            f"kwd's tokenizer and sentences (same tokens, no whitespace specials, a call per line): "
            f"{ours['per_second']} articles/s, build {ours['build_seconds']} s, peak {ours['peak_mb']} MB"
        )
        t = time.perf_counter()
        ext = stage(EXTRACT, str(tmp / "d3"), "1")
        whole = time.perf_counter() - t
        print(
            f"extract (1 worker): {ext['articles']} articles, {ext['per_second_per_worker']} articles/s per worker, "
            f"{ext['seconds']} s, peak {ext['peak_mb']} MB, failed {ext['failed']}"
        )
        print(f"ratio extract / bare tokenizer (whole processes): {whole / floor['whole_process_seconds']:.2f}")
        if (os.cpu_count() or 1) > 1:
            ext2 = stage(EXTRACT, str(tmp / "d4"), "2")
            print(
                f"extract (2 workers): {ext2['per_second']} articles/s, {ext2['per_second_per_worker']} per worker, "
                f"peak {ext2['peak_mb']} MB (parent)"
            )
        try:
            import distributed  # noqa: F401
        except ImportError:
            print("dask: not installed (pip install 'kewaspadaan-cli[dask]')")
        else:
            write_corpus(tmp / "dask", n_dask, pad_to=3000)
            stage(INGEST, str(tmp / "dask"), str(tmp / "dask-1"))
            shutil.copytree(tmp / "dask-1", tmp / "dask-2")
            rates = {}
            for w in (1, 2):
                r = stage(EXTRACT, str(tmp / f"dask-{w}"), str(w), "dask")
                rates[w] = r["per_second"]
                print(
                    f"extract on a Dask LocalCluster of {w} worker(s): {r['articles']} articles, "
                    f"{r['per_second']} articles/s"
                )
            print(f"dask speed-up 1 -> 2 workers: {rates[2] / rates[1]:.2f}x")
        report = HERE / "bench_report.py"
        if report.exists():
            subprocess.run([PY, str(report)], check=False)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
