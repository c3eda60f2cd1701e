from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from kewaspadaan_cli.ingest.pipeline import ingest_paths
from kewaspadaan_cli.store import Store, read_table

ROOT = Path(__file__).resolve().parents[2]
BODY = (
    "SINTANG | Pojokkalbar.com- Bupati Sintang, dr. H. Jarot Winarno, memimpin rapat koordinasi Tim Terpadu "
    "Penanganan Konflik Sosial menjelang Pilkada, Senin (2/12/2024). Rapat diikuti unsur Forkopimda, KPU dan "
    'Bawaslu. "Kita cegah potensi konflik sejak dini," ujar Jarot. Ia meminta semua pihak menjaga kondusivitas '
    "wilayah selama tahapan kampanye dan hari pemungutan suara. (RED)\n"
)


OTHER = [
    "Polres Sanggau menggelar apel siaga pengamanan tahapan kampanye Pilkada dengan melibatkan ratusan personel "
    "gabungan TNI dan Polri, Selasa (3/12/2024), di halaman Mapolres Sanggau.",
    "Bawaslu Kutai Timur mengamankan empat orang tim sukses yang kedapatan membagikan amplop berisi uang kepada "
    "warga desa menjelang hari pemungutan suara, Rabu (4/12/2024).",
]


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return path


def ingest(data_dir: Path, *paths: Path):
    with Store(data_dir) as store:
        return ingest_paths(store, list(paths))


def test_folder_ingest_is_idempotent(tmp_path: Path, data_dir: Path) -> None:
    write(tmp_path / "in" / "a.txt", "Rakor di Sintang\n" + BODY)
    write(tmp_path / "in" / "sub" / "b.txt", "Apel Siaga di Sanggau\n" + OTHER[0])
    first = ingest(data_dir, tmp_path / "in")
    assert (first.files_seen, first.new_articles, first.exact_duplicates, first.skipped) == (2, 2, 0, [])
    second = ingest(data_dir, tmp_path / "in")
    assert (second.new_articles, second.exact_duplicates) == (0, 2)
    assert read_table(data_dir, "articles").num_rows == 2
    assert read_table(data_dir, "article_sources").num_rows == 2


def test_same_text_other_file_is_an_exact_duplicate_with_its_source_kept(tmp_path: Path, data_dir: Path) -> None:
    write(tmp_path / "a.txt", "Judul\n" + BODY)
    write(tmp_path / "b.txt", "Judul\n" + BODY + "\nBagikan:\n")  # furniture only differs
    s = ingest(data_dir, tmp_path / "a.txt", tmp_path / "b.txt")
    assert (s.new_articles, s.exact_duplicates) == (1, 1)
    sources = sorted(Path(r["source"]).name for r in read_table(data_dir, "article_sources").to_pylist())
    assert sources == ["a.txt", "b.txt"]


def test_syndicated_copy_is_linked_to_the_first(tmp_path: Path, data_dir: Path) -> None:
    story = BODY.replace(" (RED)", "") + OTHER[0] + " " + OTHER[1] + " " + BODY.split(". ", 2)[2]
    write(tmp_path / "a.txt", "Judul Pertama\n" + story + "\nBagikan:\n(RED)")
    ingest(data_dir, tmp_path / "a.txt")
    edited = story.replace("SINTANG | Pojokkalbar.com- ", "SINTANG, KALBARNEWS.COM - ").replace("Senin", "Senin pagi")
    write(tmp_path / "b.txt", "Judul Versi Lain\n" + edited + "\nBaca Juga: Harga Karet Turun\n(ANT)")
    s = ingest(data_dir, tmp_path / "b.txt")
    assert (s.new_articles, s.near_duplicates) == (0, 1)
    rows = {Path(r["source"]).name: r for r in read_table(data_dir, "articles").to_pylist()}
    assert rows["b.txt"]["duplicate_of"] == rows["a.txt"]["article_id"]
    assert rows["a.txt"]["duplicate_of"] is None


def test_json_lines_and_json(tmp_path: Path, data_dir: Path) -> None:
    lines = [
        json.dumps(
            {"title": "Satu", "content": BODY, "url": "https://x.id/1", "published": "2024-12-02", "outlet": "X"}
        ),
        "{not json",
        json.dumps({"title": "Tanpa teks"}),
        json.dumps({"title": "Dua", "body": OTHER[0], "date": "Senin, 2 Desember 2024"}),
    ]
    write(tmp_path / "e.jsonl.gz", gzip.compress("\n".join(lines).encode()))
    write(tmp_path / "f.json", json.dumps([{"text": OTHER[1]}]))
    s = ingest(data_dir, tmp_path)
    assert s.new_articles == 3
    reasons = {Path(w).name: r for w, r in s.skipped}
    assert reasons["e.jsonl.gz:2"].startswith("malformed JSON line")
    assert reasons["e.jsonl.gz:3"] == "no text: the object has no non-empty text, content or body field"
    rows = {r["title"]: r for r in read_table(data_dir, "articles").to_pylist()}
    assert rows["Satu"]["url"] == "https://x.id/1" and rows["Satu"]["site"] == "X"
    assert str(rows["Satu"]["published"]) == "2024-12-02" and str(rows["Dua"]["published"]) == "2024-12-02"


def test_bad_inputs_are_named_and_the_run_goes_on(tmp_path: Path, data_dir: Path) -> None:
    write(tmp_path / "good.txt", "Judul\n" + BODY)
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    write(tmp_path / "short.txt", "Hanya satu kalimat.")
    unreadable = write(tmp_path / "locked.txt", BODY)
    unreadable.chmod(0)
    s = ingest(data_dir, tmp_path)
    reasons = {Path(w).name: r for w, r in s.skipped}
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["short.txt"].startswith("too little text after cleaning")
    if os.geteuid() != 0:  # root reads anything
        assert reasons["locked.txt"] == "cannot read the file: permission denied"
    assert s.new_articles >= 1


def test_shared_html_pages_ingest(data_dir: Path) -> None:
    from tests.conftest import needs_shared

    pages = needs_shared("html/pages")
    s = ingest(data_dir, pages)
    assert s.files_seen == len(list(pages.glob("*.html")))
    assert s.new_articles == s.files_seen, s.skipped
    titles = [r["title"] for r in read_table(data_dir, "articles").to_pylist()]
    assert all(t and " - Kompas.com" not in t for t in titles)


def _corpus(folder: Path, n: int) -> None:
    sys.path.insert(0, str(ROOT / "bench"))
    from corpus import articles

    for g in articles(n, seed=11, pad_to=1500):
        write(folder / f"{g.name}.txt", g.text)


@pytest.mark.slow
def test_killed_ingest_leaves_a_readable_store_and_rerun_completes(tmp_path: Path, data_dir: Path) -> None:
    _corpus(tmp_path / "in", 1500)
    cmd = [sys.executable, "-m", "kewaspadaan_cli", "ingest", str(tmp_path / "in"), "--data-dir", str(data_dir), "-q"]
    proc = subprocess.Popen(cmd)
    deadline = time.time() + 60
    while time.time() < deadline and not list((data_dir / "articles").glob("*.parquet")):
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = ds.dataset(str(data_dir / "articles"), format="parquet").to_table(columns=["article_id"])
    ids = partial.column(0).to_pylist()
    assert len(ids) == len(set(ids))  # readable, no duplicates
    assert len(ids) < 1500
    subprocess.run(cmd, check=True)
    final = ds.dataset(str(data_dir / "articles"), format="parquet").to_table(columns=["article_id", "source"])
    ids = final.column(0).to_pylist()
    assert len(ids) == len(set(ids))
    assert len(set(final.column(1).to_pylist())) == len(ids)
    expected = len({r for r in ids})
    assert expected >= 1400  # near-identical generated stories may be exact duplicates of each other


@pytest.mark.slow
def test_two_ingests_at_once(tmp_path: Path, data_dir: Path) -> None:
    _corpus(tmp_path / "in", 600)
    cmd = [
        sys.executable,
        "-m",
        "kewaspadaan_cli",
        "ingest",
        str(tmp_path / "in"),
        "--data-dir",
        str(data_dir),
        "--json",
    ]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    summaries = [json.loads(o) for o, _ in outs]
    assert sorted(s["new_articles"] for s in summaries)[0] == 0  # the second found everything stored
    assert any("locked by another kwd process" in e for _, e in outs)
    ids = read_table(data_dir, "articles", ["article_id"]).column(0).to_pylist()
    assert len(ids) == len(set(ids)) == max(s["new_articles"] + s["near_duplicates"] for s in summaries)


# -- issue 11: every input in its own guard ---------------------------------------------------


def test_one_bad_record_of_each_kind_is_named_and_the_rest_lands(tmp_path: Path, data_dir: Path) -> None:
    """A lone surrogate, deep nesting, a non-UTF-8 file name: each skipped with a reason, good ones stored."""
    good = json.dumps({"title": "Rakor", "text": BODY})
    bad_surrogate = '{"title": "x", "text": "' + "Teks berita \\ud800 " * 10 + '"}'
    write(tmp_path / "in" / "a.jsonl", good + "\n" + bad_surrogate + "\n" + json.dumps({"text": OTHER[0]}) + "\n")
    write(tmp_path / "in" / "deep.json", "[" * 100_000 + "]" * 100_000)
    write(tmp_path / "in" / "deep.jsonl", json.dumps({"text": OTHER[1]}) + "\n" + "[" * 100_000 + "]" * 100_000)
    bad_name = os.fsdecode(b"berita-\xff.txt")
    write(tmp_path / "in" / bad_name, "Judul\n" + BODY.replace("Sintang", "Melawi"))
    s = ingest(data_dir, tmp_path / "in")
    reasons = dict(s.skipped)
    assert "lone surrogate" in reasons[f"{tmp_path / 'in' / 'a.jsonl'}:2"]
    assert reasons[str(tmp_path / "in" / "deep.json")] == "JSON nested too deeply to read"
    assert reasons[f"{tmp_path / 'in' / 'deep.jsonl'}:2"] == "JSON nested too deeply to read"
    shown = str(tmp_path / "in") + "/berita-\\xff.txt"
    assert "not valid UTF-8" in reasons[shown]
    assert s.new_articles == 3
    stored = read_table(data_dir, "articles", ["source"]).column(0).to_pylist()
    assert len(stored) == 3
    # a re-run does not fail at the same place: the good ones are known, the bad ones named again
    again = ingest(data_dir, tmp_path / "in")
    assert again.exact_duplicates == 3 and len(again.skipped) == 4


def without_dac_override() -> list[str]:
    """A command prefix under which permission bits bind, also for root (skips when impossible)."""
    import shutil

    if os.geteuid() != 0:
        return []
    if shutil.which("setpriv") is None:
        pytest.skip("running as root without setpriv: a mode-0 folder stays readable, so it cannot be tested")
    return ["setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search"]


def test_unreadable_subfolder_is_named_and_exit_2(tmp_path: Path) -> None:
    tree = tmp_path / "tree"
    write(tree / "a.txt", "Rakor di Sintang\n" + BODY)
    write(tree / "terkunci" / "b.txt", "Apel\n" + OTHER[0])
    (tree / "terkunci").chmod(0)
    try:
        proc = subprocess.run(
            [*without_dac_override(), sys.executable, "-m", "kewaspadaan_cli", "ingest", str(tree), "-q"]
            + ["--data-dir", str(tmp_path / "data")],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    finally:
        (tree / "terkunci").chmod(0o755)
    assert proc.returncode == 2, proc.stderr
    assert f"kwd: skipped {tree / 'terkunci'}: cannot read the folder: permission denied" in proc.stderr
    assert read_table(tmp_path / "data", "articles").num_rows == 1


def test_utf8_with_a_stray_byte_stays_utf8_and_is_flagged(tmp_path: Path, data_dir: Path) -> None:
    text = "Rakor di Sintang \u2013 kewaspadaan\n" + BODY.replace("Senin", "Senin \u2013 pagi")
    data = text.encode("utf-8").replace(b"Bawaslu", b"Bawa\xfflu", 1)
    write(tmp_path / "a.txt", data)
    s = ingest(data_dir, tmp_path / "a.txt")
    assert s.new_articles == 1 and not s.skipped
    row = read_table(data_dir, "articles", ["text", "title", "decode_note"]).to_pylist()[0]
    assert "\u2013 pagi" in row["text"] and "â€" not in row["text"]
    assert "Bawa\ufffdlu" in row["text"]
    assert row["decode_note"] == "utf-8: 1 invalid byte(s) replaced by U+FFFD"


def test_cp1252_text_still_goes_to_detection(tmp_path: Path, data_dir: Path) -> None:
    text = "Rakor di Sintang \u2013 kewaspadaan\n" + BODY.replace("Senin", "Senin \u2013 caf\u00e9")
    write(tmp_path / "a.txt", text.encode("cp1252"))
    ingest(data_dir, tmp_path / "a.txt")
    row = read_table(data_dir, "articles", ["text", "decode_note"]).to_pylist()[0]
    assert "Senin \u2013 caf\u00e9" in row["text"] and row["decode_note"] is None
