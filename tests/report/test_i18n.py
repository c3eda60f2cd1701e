"""Every id of every vocabulary has a short label in both languages (report/labels.json)."""

from __future__ import annotations

from kewaspadaan_cli.lexicons import load
from kewaspadaan_cli.report.i18n import TEXTS, labels, number, vocab_label


def test_every_vocabulary_id_has_short_labels_in_id_and_en() -> None:
    vocab = load().files["vocab.json"][0]
    missing = [
        (name, ident, lang)
        for name, ids in vocab.items()
        if isinstance(ids, dict)
        for ident in ids
        for lang in ("id", "en")
        if not labels().get(name, {}).get(ident, {}).get(lang)
    ]
    assert not missing
    for name, ids in vocab.items():
        if isinstance(ids, dict):
            for ident in ids:
                en = vocab_label(name, ident, "en")
                assert "(" not in en or en.endswith(")"), en  # never a definition cut at "("
                assert len(en) <= 40 and "_" not in en and "_" not in vocab_label(name, ident, "id")


def test_both_languages_have_the_same_texts() -> None:
    assert set(TEXTS["id"]) == set(TEXTS["en"])


def test_numbers() -> None:
    assert (number(0.25, "id"), number(0.25, "en"), number(3.0, "id")) == ("0,25", "0.25", "3")
