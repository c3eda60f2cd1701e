"""The officials tagger: features, a real (small) training run, loading, the override and provenance."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kewaspadaan_cli.errors import LexiconError
from kewaspadaan_cli.extract import tagger as tg

ROOT = Path(__file__).resolve().parents[2]


def _train_module():
    spec = importlib.util.spec_from_file_location(
        "train_officials_tagger", ROOT / "scripts" / "train_officials_tagger.py"
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


# hand-written sentences: a title, then a name (with ranks and degrees), or a name, then its title
TRAIN = [
    "Kapolres Garut AKBP Wirdhanto Hadicaksono mengatakan situasi aman .",
    "Bupati Sintang Jarot Winarno membuka rapat di aula .",
    "Ketua KPU Sambas Ridwan Maulana hadir dalam acara itu .",
    "Hadir pula Dandim 1204 Letkol Inf Maulana Sidik bersama warga .",
    "Kepala Badan Kesbangpol Sularto menyampaikan imbauan kepada warga .",
    "Rapat dipimpin Ketua Bawaslu Ketapang Hendra Kusuma di kantor .",
    "Wakil Bupati Sanggau Yohanes Ontot meninjau lokasi banjir .",
    "Kapolsek Sungai Raya Iptu Darmawan Saputra meminta warga tenang .",
    "Ketua DPRD Landak Heri Saman menerima aspirasi warga .",
    "Camat Belitang Hilir Antonius Rinto memberikan sambutan .",
    "Warga desa menggelar rapat di balai desa .",
    "Panitia menyiapkan tenda untuk kegiatan warga .",
]
NAMES = {
    "Wirdhanto Hadicaksono",
    "Jarot Winarno",
    "Ridwan Maulana",
    "Maulana Sidik",
    "Sularto",
    "Hendra Kusuma",
    "Yohanes Ontot",
    "Darmawan Saputra",
    "Heri Saman",
    "Antonius Rinto",
}


def _labels(sentence: str) -> tuple[list[str], list[str]]:
    toks = sentence.split()
    labels = ["O"] * len(toks)
    for name in NAMES:
        parts = name.split()
        for i in range(len(toks) - len(parts) + 1):
            if toks[i : i + len(parts)] == parts:
                labels[i] = "B-NAME"
                for k in range(i + 1, i + len(parts)):
                    labels[k] = "I-NAME"
    # the title: from the head up to the name (or its ranks)
    for i, tok in enumerate(toks):
        if tok.lower() in tg.words().heads and tok[:1].isupper():
            j = i
            while j < len(toks) and labels[j] == "O" and not tg.is_affix(toks[j]) and toks[j][:1].isupper():
                j += 1
            if j < len(toks) and (labels[j] != "O" or tg.is_affix(toks[j])):
                labels[i] = "B-TITLE"
                for k in range(i + 1, j):
                    labels[k] = "I-TITLE"
            break
    return toks, labels


@pytest.fixture(scope="module")
def small_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    train = _train_module()
    data = []
    for s in TRAIN:
        toks, labels = _labels(s)
        data.append((tg.sentence_features(toks), labels))
    out = tmp_path_factory.mktemp("model") / "small.crfsuite"
    train.train(data, out, {"max_iterations": 100})
    return out


@pytest.fixture(autouse=True)
def _fresh_state():
    tg._state.clear()
    yield
    tg._state.clear()


def test_word_features_carry_the_evidence() -> None:
    assert "f=head" in tg.word_features("Bupati")
    assert "f=rank" in tg.word_features("AKBP")
    assert "f=dict" in tg.word_features("rumah")
    assert "f=place" in tg.word_features("Sintang")
    name = tg.word_features("Winarno,")
    assert "sh=Xx" in name and "comma" in name and "f=dict" not in name
    assert "w=winarno" in name and "s3=rno" in name


def test_sentence_features_see_two_neighbours_each_side() -> None:
    feats = tg.sentence_features(["Bupati", "Sintang", "Jarot", "Winarno", "hadir"])
    assert "BOS" in feats[0] and "EOS" in feats[-1]
    assert "-2:w=bupati" in feats[2] and "-1:f=place" in feats[2] and "+2:w=hadir" in feats[2]
    assert not any(f.startswith("-1:") for f in feats[0])


def test_spans_of_bio_labels() -> None:
    spans = tg.spans_of(["B-TITLE", "I-TITLE", "O", "I-NAME", "I-NAME", "B-NAME"], [1, 0.9, 1, 0.8, 0.7, 1])
    assert [(s.kind, s.first, s.last) for s in spans] == [("TITLE", 0, 1), ("NAME", 3, 4), ("NAME", 5, 5)]
    assert spans[1].prob == 0.7


def test_a_model_trained_here_tags_an_unseen_sentence(small_model: Path) -> None:
    loaded = tg._Loaded(small_model)
    toks = "Kapolres Sintang AKBP Budiman Sentosa meminta warga menjaga keamanan .".split()
    labels, probs = tg.tag_tokens(toks, loaded)
    assert labels[:5] == ["B-TITLE", "I-TITLE", "O", "B-NAME", "I-NAME"]
    assert labels[5:] == ["O"] * (len(toks) - 5)
    assert all(0.0 <= p <= 1.0 for p in probs)


def test_proposals_keep_exact_offsets(small_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tg.ENV, str(small_model))
    text = "Pontianak - Kapolres Sintang AKBP Budiman Wirjosaputro meminta warga menjaga keamanan."
    got = tg.propose(text, [])
    assert len(got) == 1
    p = got[0]
    assert text[p.name_start : p.name_end] == "Budiman Wirjosaputro"
    assert text[p.title_start : p.title_end] == "Kapolres Sintang"
    # a title the rules gave a holder already opens no window
    assert tg.propose(text, [(text.index("Kapolres"), len(text))]) == []
    # a window with no word that could only be a name is not tagged (plain words: "Bangun Sentosa"; "Budiman"
    # is a given and family name of lexicons/person_names.jsonl)
    assert tg.propose("Kapolres Sintang AKBP Bangun Sentosa meminta warga tenang.", []) == []


def test_the_shipped_model_loads() -> None:
    path = tg.default_model_path()
    assert path.is_file() and path.stat().st_size < 2_000_000
    loaded = tg._Loaded(path)
    assert set(loaded.tagger.labels()) == set(tg.LABELS)


def test_the_environment_overrides_the_model(small_model: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tg.ENV, "off")
    assert tg.model_path() is None and tg.tagger() is None and tg.propose("Bupati Sintang Jarot Winarno.", []) == []
    monkeypatch.setenv(tg.ENV, str(small_model))
    loaded = tg.tagger()
    assert loaded is not None and loaded.path == small_model
    assert tg.tagger() is loaded  # loaded once per process
    monkeypatch.delenv(tg.ENV)
    assert tg.model_path() == (tg.default_model_path() if tg.ENABLED_BY_DEFAULT else None)
    monkeypatch.setenv(tg.ENV, "on")
    assert tg.model_path() == tg.default_model_path()


def test_labels_made_with_another_model_or_none_are_not_current(
    small_model: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kewaspadaan_cli import lexicons
    from kewaspadaan_cli.extract.pipeline import current_digest

    monkeypatch.delenv(tg.ENV, raising=False)
    default = current_digest()
    assert default == lexicons.load().digest  # the default setting goes with the extractor's version
    monkeypatch.setenv(tg.ENV, "off" if tg.ENABLED_BY_DEFAULT else "on")
    other_setting = current_digest()
    monkeypatch.setenv(tg.ENV, str(small_model))
    other_model = current_digest()
    assert len({default, other_setting, other_model}) == 3 and len(other_model) == len(default)


def test_a_missing_or_corrupt_model_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(tg.ENV, str(tmp_path / "nothing.crfsuite"))
    with pytest.raises(LexiconError, match=r"does not exist \(set KWD_OFFICIALS_MODEL"):
        tg.tagger()
    bad = tmp_path / "bad.crfsuite"
    bad.write_bytes(b"not a model at all" * 10)
    monkeypatch.setenv(tg.ENV, str(bad))
    with pytest.raises(LexiconError, match="cannot load the officials tagger model"):
        tg.tagger()


def test_training_labels_align_gold_strings_to_tokens() -> None:
    train = _train_module()
    toks = "Bupati Sintang , dr. H. Jarot Winarno , membuka rapat . Jarot mengatakan".split()
    gold = [{"name": "Jarot Winarno", "title": "Bupati Sintang"}]
    labels = train.label_sentence(toks, gold, set(tg.words().heads), tg.is_affix)
    assert labels == [
        "B-TITLE", "I-TITLE", "O", "O", "O", "B-NAME", "I-NAME", "O", "O", "O", "O", "B-NAME", "O",
    ]  # fmt: skip


def test_training_is_deterministic(tmp_path: Path) -> None:
    train = _train_module()
    data = [(tg.sentence_features(t), lab) for t, lab in map(_labels, TRAIN)]
    a, b = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    train.train(data, a, {"max_iterations": 30})
    train.train(data, b, {"max_iterations": 30})
    assert a.read_bytes() == b.read_bytes()
