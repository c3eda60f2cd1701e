"""The extraction pipeline over the store: idempotence, re-extraction, evidence for every row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kewaspadaan_cli import lexicons
from kewaspadaan_cli.extract.pipeline import extract_article, run_extract
from kewaspadaan_cli.ingest.pipeline import ingest_paths
from kewaspadaan_cli.store import Store, read_table

ROOT = Path(__file__).resolve().parents[2]
MEETING = (
    "Jelang Pilkada, Pemkab Sintang Gelar Rakor Kewaspadaan Dini\n"
    "SINTANG | Pojokkalbar.com- Bupati Sintang, dr. H. Jarot Winarno, memimpin rapat koordinasi Tim Terpadu "
    "Penanganan Konflik Sosial di Aula Kantor Bupati Sintang, Senin (2/12/2024). Rapat dihadiri Forkopimda, "
    "Kapolres Sintang AKBP Tommy Ferdian, Ketua KPU Sintang dan Bawaslu. Kegiatan diikuti 50 peserta.\n"
    '"Kita harus mengantisipasi potensi konflik sosial dan bentrok antarpendukung pasangan calon selama masa '
    'kampanye," ujar Jarot.\n'
    "Kepala Kesbangpol Sintang, Kusnidar, menekankan pentingnya mencegah penyebaran hoaks dan politik uang. (RED)\n"
)
INCIDENT = (
    "Bentrok Pendukung Paslon Pecah di Kolaka\n"
    "KOLAKA - Dua kelompok massa pendukung pasangan calon bupati terlibat bentrok usai rekapitulasi suara "
    "Pilkada di depan kantor KPU Kolaka, Rabu (4/12/2024). Sebuah rumah dibakar massa.\n"
    'Kapolres Kolaka AKBP Bambang Satriawan mengatakan situasi sudah kondusif. "Kami imbau warga tidak '
    'terprovokasi," kata Bambang.\n'
)


@pytest.fixture
def store_with_articles(tmp_path: Path) -> Path:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rakor.txt").write_text(MEETING)
    (tmp_path / "in" / "bentrok.txt").write_text(INCIDENT)
    data = tmp_path / "data"
    with Store(data) as store:
        ingest_paths(store, [tmp_path / "in"])
    return data


def counts(data: Path) -> dict[str, int]:
    return {t: read_table(data, t).num_rows for t in ("mentions", "officials", "meetings", "quotes", "article_labels")}


def test_extract_writes_every_table_and_is_idempotent(store_with_articles: Path) -> None:
    data = store_with_articles
    with Store(data) as store:
        first = run_extract(store)
    assert (first.articles, first.extracted, first.failed) == (2, 2, [])
    before = counts(data)
    assert before["article_labels"] == 2 and before["mentions"] > 10 and before["officials"] >= 3
    with Store(data) as store:
        again = run_extract(store)
    assert (again.extracted, again.up_to_date) == (0, 2)
    assert counts(data) == before
    with Store(data) as store:
        forced = run_extract(store, everything=True)
    assert forced.extracted == 2
    assert counts(data) == before  # replaced, never duplicated


def test_lexicon_change_reextracts(store_with_articles: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    data = store_with_articles
    with Store(data) as store:
        run_extract(store)
    before = counts(data)
    user = tmp_path / "user-lexicons"
    user.mkdir()
    (user / "institutions.jsonl").write_text('{"id": "ormas", "terms": ["Laskar Adat Sintang"]}\n')
    monkeypatch.setenv("KWD_LEXICON_DIR", str(user))
    lexicons.load.cache_clear()
    try:
        with Store(data) as store:
            again = run_extract(store)
        assert again.extracted == 2
        assert counts(data) == before
        digests = set(read_table(data, "article_labels", ["lexicon_digest"]).column(0).to_pylist())
        assert digests == {lexicons.load().digest}
    finally:
        monkeypatch.delenv("KWD_LEXICON_DIR")
        lexicons.load.cache_clear()


def test_every_mention_points_at_its_text(store_with_articles: Path) -> None:
    data = store_with_articles
    with Store(data) as store:
        run_extract(store)
    texts = {r["article_id"]: r["text"] for r in read_table(data, "articles").to_pylist()}
    mentions = read_table(data, "mentions").to_pylist()
    assert all(texts[m["article_id"]][m["start"] : m["end"]] == m["surface"] for m in mentions)
    kinds = {m["kind"] for m in mentions}
    assert {"region", "official", "institution", "conflict", "meeting"} <= kinds


def test_workers_give_the_same_rows(store_with_articles: Path, tmp_path: Path) -> None:
    other = tmp_path / "copy"
    shutil.copytree(store_with_articles, other)
    with Store(store_with_articles) as store:
        run_extract(store, workers=1)
    with Store(other) as store:
        run_extract(store, workers=2, batch_size=1)
    for table in ("mentions", "officials", "meetings", "article_labels"):
        a = read_table(store_with_articles, table).drop_columns(["extracted_at"] if table == "article_labels" else [])
        b = read_table(other, table).drop_columns(["extracted_at"] if table == "article_labels" else [])
        assert sorted(map(str, a.to_pylist())) == sorted(map(str, b.to_pylist())), table


WORDS = st.sampled_from(
    [
        "Bupati",
        "Sintang",
        "Kapolres",
        "Kab.",
        "Malinau",
        "rapat",
        "koordinasi",
        "Pilkada",
        "bentrok",
        "hoaks",
        "KPU",
        "Bawaslu",
        "Jl.",
        "Sudirman",
        "H.",
        "Agus",
        "(2/12/2024)",
        '"',
        ",",
        ".",
        "\n",
        "\nuang",  # a line break inside a sentence: hard-wrapped text is read across it
        "\nKabupaten",
        "Kesbangpol",
        "di",
        "Aula",
        "Senin",
        "pendukung",
        "ujar",
        "Kota",
        "Bogor",
        "Plt",
        "Asisten",
        "I",
        "potensi",
        "konflik",
        "Jaya",
        "é",
        "—",
    ]
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, min_size=1, max_size=60))
def test_offsets_invariant_on_any_text(words: list[str]) -> None:
    text = " ".join(words)
    rows = extract_article({"article_id": "x", "text": text, "title": None, "published": None, "dateline": None})
    for m in rows["mentions"]:
        assert text[m["start"] : m["end"]] == m["surface"]


def test_record_batch_in_arrow_tables_out(store_with_articles: Path) -> None:
    from kewaspadaan_cli.extract.pipeline import ARTICLE_COLUMNS, extract_record_batch
    from kewaspadaan_cli.schemas import table

    batch = read_table(store_with_articles, "articles", ARTICLE_COLUMNS).combine_chunks().to_batches()[0]
    out, failed = extract_record_batch(batch, "digest")
    assert failed == []
    for name, data in out.items():
        assert data.schema == table(name).schema
    labels = out["article_labels"].to_pylist()
    assert sorted(r["event_kind"] for r in labels) == ["insiden", "pertemuan"]
    assert {r["lexicon_digest"] for r in labels} == {"digest"}
    texts = dict(zip(batch.column("article_id").to_pylist(), batch.column("text").to_pylist(), strict=True))
    for m in out["mentions"].to_pylist():
        assert texts[m["article_id"]][m["start"] : m["end"]] == m["surface"]


def test_officials_carry_the_region_their_title_names() -> None:
    from datetime import UTC, datetime

    text = (
        "Karo Penmas Divisi Humas Polri Brigjen Pol Ahmad Ramadhan mengatakan situasi aman. "
        "Bupati Sintang, Jarot Winarno, membuka rapat koordinasi, Senin (2/12/2024)."
    )
    out = extract_article({"article_id": "a", "text": text, "published": None, "ingested_at": datetime.now(UTC)})
    regions = {r["name"]: r["region_code"] for r in out["officials"]}
    assert regions == {"Ahmad Ramadhan": None, "Jarot Winarno": "61.05"}
    assert "12.06" not in out["article_labels"][0]["regions"]  # "Karo Penmas" is a title, not Kabupaten Karo


def test_a_place_inside_a_person_s_name_is_no_region() -> None:
    from datetime import UTC, datetime

    text = (
        "Ketua KPU Purwadi Batubara memantau rekapitulasi suara di Kota Medan, Senin (2/12/2024). "
        '"Semua berjalan aman," kata Batubara.'
    )
    out = extract_article({"article_id": "a", "text": text, "published": None, "ingested_at": datetime.now(UTC)})
    assert [(o["name"], o["title"]) for o in out["officials"]] == [("Purwadi Batubara", "Ketua KPU")]
    assert out["article_labels"][0]["regions"] == ["12.71"]  # Kota Medan, not Kabupaten Batu Bara (12.19)


# -- issue 11: extraction bounded in time, workers never outlive their parent --------------------

import signal  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402


def test_an_article_over_its_time_budget_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "rakor.txt").write_text(MEETING)
    (tmp_path / "in" / "bentrok.txt").write_text(INCIDENT)
    words = "rapat koordinasi bupati sintang membahas pilkada bersama forkopimda dan tokoh masyarakat desa "
    (tmp_path / "in" / "panjang.txt").write_text("Judul panjang\n" + words * 40_000)  # 3.9 MB, no full stop
    data = tmp_path / "data"
    with Store(data) as store:
        ingest_paths(store, [tmp_path / "in"])
    ids = read_table(data, "articles", ["article_id", "source"]).to_pylist()
    long_id = next(r["article_id"] for r in ids if r["source"].endswith("panjang.txt"))
    t = time.monotonic()
    with Store(data) as store:
        s = run_extract(store, budget=5)
    took = time.monotonic() - t
    assert s.failed == [(long_id, "took longer than the 5 s budget per article; skipped")]
    assert s.extracted == 2
    assert took < 30, took
    assert read_table(data, "article_labels").num_rows == 2


def test_unpunctuated_runs_are_cut_into_bounded_sentences() -> None:
    from kewaspadaan_cli.nlp import MAX_SENTENCE_TOKENS, sentence_spans

    text = "kata " * 5000 + "Akhir kalimat. Kalimat lain."
    spans = sentence_spans(text)
    assert len(spans) >= 5000 // MAX_SENTENCE_TOKENS
    assert max(len(text[s:e].split()) for s, e in spans) <= MAX_SENTENCE_TOKENS
    assert text[spans[-1][0] : spans[-1][1]] == "Kalimat lain."
    assert all(text[s:e] == text[s:e].strip() or text[s:e].strip() for s, e in spans)


def _children(pid: int) -> set[int]:
    out = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.add(int(stat.parent.name))
    return out


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.fixture(scope="module")
def busy_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("workers")
    (base / "in").mkdir()
    towns = ["Sintang", "Melawi", "Sanggau", "Sekadau", "Ketapang", "Landak", "Bengkayang", "Sambas"]
    for i in range(400):
        town = towns[i % len(towns)]
        body = MEETING.replace("Sintang", town).replace("50 peserta", f"{50 + i} peserta")
        (base / "in" / f"a{i}.txt").write_text(body + f"Catatan redaksi nomor {i} tentang {town}.\n" + INCIDENT)
    data = base / "data"
    with Store(data) as store:
        ingest_paths(store, [base / "in"])
    return data


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the pool's worker processes")
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_pool_workers_end_with_their_parent(busy_data: Path, tmp_path: Path, sig: signal.Signals) -> None:
    data = tmp_path / "data"
    shutil.copytree(busy_data, data)
    proc = subprocess.Popen(
        [sys.executable, "-m", "kewaspadaan_cli", "extract", "--all", "--workers", "2", "--data-dir", str(data), "-q"],
        cwd=ROOT,
    )
    workers: set[int] = set()
    deadline = time.monotonic() + 120
    while len(workers) < 2 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        workers = {p for p in _children(proc.pid) if _alive(p)}
    assert len(workers) >= 2, "the pool never started two workers"
    time.sleep(1.0)  # let them get busy
    proc.send_signal(sig)
    proc.wait(timeout=60)
    deadline = time.monotonic() + 10
    while any(_alive(p) for p in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not [p for p in workers if _alive(p)], f"workers left alive after {sig.name} of their parent"
    # and the data directory is whole: a reader sees no half-applied commit
    ids = read_table(data, "article_labels", ["article_id"]).column(0).to_pylist()
    assert len(ids) == len(set(ids))


def test_a_mention_detail_is_encoded_once_and_keeps_its_types() -> None:
    from kewaspadaan_cli.extract import pipeline

    first = pipeline._detail_json({"via": "term", "term": "KPU"})
    assert pipeline._detail_json({"via": "term", "term": "KPU"}) is first  # remembered, not encoded again
    assert pipeline._detail_json({"dateline": True}) == '{"dateline": true}'
    assert pipeline._detail_json({"dateline": 1}) == '{"dateline": 1}'  # equal to True as a key, not in JSON
    assert pipeline._detail_json({"x": -0.0}) == '{"x": -0.0}' and pipeline._detail_json({"x": 0.0}) == '{"x": 0.0}'
    assert pipeline._detail_json({"name": "Jarot", "acting": None}) == '{"name": "Jarot", "acting": null}'


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plenary held is administration: the meeting is kept, the article's news is no coordination activity
        (
            "KPU Sukoharjo menggelar Rapat Pleno Terbuka Rekapitulasi Hasil Penghitungan Suara Pilkada di Hotel "
            "Tosan, Senin (9/12/2024). Ketua KPU Sukoharjo, Nur Rosyid, membuka rapat.",
            "lainnya",
        ),
        # (traps) a coordination meeting, and a plenary disrupted
        (
            "Bupati Sukoharjo membuka rapat koordinasi pengamanan Pilkada di Hotel Tosan, Senin (9/12/2024).",
            "pertemuan",
        ),
        (
            "Rapat Pleno Rekapitulasi KPU Ricuh\nMassa pendukung paslon merusak kursi saat rapat pleno terbuka "
            "rekapitulasi di Hotel Tosan, Senin (9/12/2024).",
            "insiden",
        ),
    ],
)
def test_a_plenary_held_is_no_coordination_activity(text: str, kind: str) -> None:
    from datetime import UTC, datetime

    out = extract_article({"article_id": "a", "text": text, "published": None, "ingested_at": datetime.now(UTC)})
    assert out["article_labels"][0]["event_kind"] == kind
    assert len(out["meetings"]) == 1


def test_the_chief_a_press_officer_speaks_for_leads_his_unit_s_activity() -> None:
    from datetime import UTC, datetime

    text = (
        "Polres Sumbawa Barat menggelar apel pengamanan pilkades, Minggu (23/10/2022). Kapolres Sumbawa Barat "
        "AKBP Heru Muslimin melalui Kasi Humas IPDA Eddy Soebandi menjelaskan, apel itu diikuti 200 personel."
    )
    out = extract_article({"article_id": "a", "text": text, "published": None, "ingested_at": datetime.now(UTC)})
    assert [m["chair"] for m in out["meetings"]] == ["Heru Muslimin"]


def test_a_hard_wrapped_article_is_read_across_its_line_breaks_and_offsets_stay_the_stored_text_s() -> None:
    text = (
        "SIGLI - Badan Kesbangpol Kabupaten Pidie menggelar rapat koordinasi Tim\n"
        "Terpadu Penanganan Konflik Sosial di Aula Setdakab Pidie, Rabu (9/10/2024),\n"
        "membahas potensi konflik menjelang pemungutan suara Pilkada. Rapat dibuka\n"
        "oleh Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Pidie Muhammad\n"
        "Rizal yang mengingatkan maraknya politik\n"
        "uang di sejumlah gampong.\n"
    )
    out = extract_article({"article_id": "w", "text": text, "title": None, "published": None, "dateline": None})
    people = {(r["name"], r["title"]) for r in out["officials"]}
    assert ("Muhammad Rizal", "Kepala Badan Kesatuan Bangsa dan Politik Kabupaten Pidie") in people
    labels = out["article_labels"][0]
    assert {"konflik_sosial", "politik_uang"} <= set(labels["conflicts"])
    assert "timdu" in labels["institutions"]
    (meeting,) = out["meetings"]
    assert meeting["chair"] == "Muhammad Rizal"
    assert any("\n" in m["surface"] for m in out["mentions"])  # a name read across a line break
    for m in out["mentions"]:
        assert text[m["start"] : m["end"]] == m["surface"]


@pytest.mark.parametrize(
    "text,phase",
    [
        # a drill rehearses the vote and what may follow it: held before the vote, whatever its scenario
        (
            "Polres Kotim menggelar simulasi sistem pengamanan kota (Sispamkota) di Stadion 29 November, Senin "
            "(26/8/2024). Dalam skenario, ratusan pendukung paslon yang kalah menolak hasil rekapitulasi pasca "
            "penetapan pemenang Pilkada dan bentrok dengan aparat di depan kantor KPU.",
            "pra",
        ),
        # a trap: the same clash told as it happened
        (
            "Ratusan pendukung paslon yang kalah menolak hasil rekapitulasi pasca penetapan pemenang Pilkada dan "
            "bentrok dengan aparat di depan kantor KPU Kotim, Senin (9/12/2024).",
            "pasca",
        ),
    ],
)
def test_a_drill_is_set_before_the_vote_it_rehearses(text: str, phase: str) -> None:
    out = extract_article({"article_id": "d", "text": text, "title": None, "published": None, "dateline": None})
    assert out["article_labels"][0]["phase"] == phase
