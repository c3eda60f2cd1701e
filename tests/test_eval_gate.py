"""The evaluation gate: extraction quality on the development set may not drop below its floors.

Runs ``kwd ingest`` and ``kwd extract`` on ../shared/eval/dev and scores with ../shared/eval/score.py.
The floors hold the rules alone (the officials tagger off; it is on by default): the shipped tagger was
trained on these articles, and a model's score on its training articles does not count. The tagger is gated by
cross-validation instead: each fold scored with a model trained without it, and on by default only while
that gains. Skipped only where
../shared is absent.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import needs_shared

BASELINE = Path(__file__).parent / "eval_baseline.json"
TARGETS = {"overall": 0.90, "provenance": 1.0}  # the minimums: no floor may sit below them
MIN_FLOOR = 0.85


@pytest.mark.eval
@pytest.mark.slow
def test_dev_set_meets_floors(tmp_path: Path) -> None:
    dev = needs_shared("eval/dev")
    score = needs_shared("eval/score.py")
    data = tmp_path / "data"
    kwd = [sys.executable, "-m", "kewaspadaan_cli"]
    subprocess.run([*kwd, "ingest", str(dev / "articles"), "--data-dir", str(data), "--quiet"], check=True)
    rules_only = {**os.environ, "KWD_OFFICIALS_MODEL": "off"}
    subprocess.run([*kwd, "extract", "--data-dir", str(data), "--quiet"], check=True, env=rules_only)
    out = tmp_path / "figures.json"
    run = subprocess.run(
        [sys.executable, str(score), "--data", str(data), "--gold", str(dev / "gold.jsonl"), "--json", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    figures = json.loads(out.read_text())
    baseline = json.loads(BASELINE.read_text())
    below = baseline.get("_below_target", {})
    floors = {k: v for k, v in baseline.items() if not k.startswith("_")}
    for key, floor in floors.items():
        if key not in below:
            assert floor >= TARGETS.get(key, MIN_FLOOR), f"floor for {key} sits below the target without a reason"
    failing = {k: (figures[k], floor) for k, floor in floors.items() if figures[k] < floor}
    assert not failing, f"below the floors (got, floor): {failing}\n{run.stdout}"
    assert figures["unmatched"] == 0


FOLDS = 5
ROOT = Path(__file__).resolve().parents[1]


def _fold_figures(dev: Path, score: Path, data: Path, fold: int, out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(score), "--data", str(data), "--gold", str(dev / "gold.jsonl"), "--json", str(out)]
        + ["--fold", f"{fold}/{FOLDS}"],
        capture_output=True,
        check=True,
    )
    return dict(json.loads(out.read_text()))


@pytest.mark.eval
@pytest.mark.slow
def test_the_officials_tagger_does_no_harm_on_articles_it_never_saw(tmp_path: Path) -> None:
    """5-fold cross-validation: for each fold, a model trained without it against the rules alone.
    (Measured 2026.12.6: officials F1 .970 both, by fold .980/.993/.961/.992/.925 both; 2026.12.7:
    .971 both, .980/.993/.961/.992/.930 both, hence off by default then; 2026.12.153: .975 -> .977,
    fold 4 .939 -> .949, and on by default since 2026.12.155, after unseen sets confirmed it. Being the
    default, its cross-validated mean may not fall below the rules'.)"""
    dev = needs_shared("eval/dev")
    score = needs_shared("eval/score.py")
    kwd = [sys.executable, "-m", "kewaspadaan_cli"]
    base = tmp_path / "rules"
    subprocess.run([*kwd, "ingest", str(dev / "articles"), "--data-dir", str(base), "--quiet"], check=True)
    fresh = tmp_path / "ingested"
    shutil.copytree(base, fresh)
    off = {**os.environ, "KWD_OFFICIALS_MODEL": "off"}
    subprocess.run([*kwd, "extract", "--data-dir", str(base), "--quiet"], check=True, env=off)
    with_tagger: list[float] = []
    rules: list[float] = []
    for k in range(FOLDS):
        model = tmp_path / f"fold{k}.crfsuite"
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "train_officials_tagger.py"), "--exclude-fold", f"{k}/{FOLDS}"]
            + ["--dev", str(dev), "--out", str(model)],
            capture_output=True,
            check=True,
        )
        data = tmp_path / f"fold{k}"
        shutil.copytree(fresh, data)
        env = {**os.environ, "KWD_OFFICIALS_MODEL": str(model)}
        subprocess.run([*kwd, "extract", "--data-dir", str(data), "--quiet"], check=True, env=env)
        got = _fold_figures(dev, score, data, k, tmp_path / f"with{k}.json")
        alone = _fold_figures(dev, score, base, k, tmp_path / f"rules{k}.json")
        with_tagger.append(got["officials_f1"])
        rules.append(alone["officials_f1"])
        assert got["provenance"] == 1.0
        assert got["officials_f1"] >= alone["officials_f1"] - 0.01, (k, got["officials_f1"], alone["officials_f1"])
    assert sum(with_tagger) / FOLDS >= sum(rules) / FOLDS, (with_tagger, rules)
