"""The evaluation gate: extraction quality on the development set may not drop below its floors.

Runs ``kwd ingest`` and ``kwd extract`` on ../shared/eval/dev and scores with ../shared/eval/score.py.
Skipped only where ../shared is absent.
"""

from __future__ import annotations

import json
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
    subprocess.run([*kwd, "extract", "--data-dir", str(data), "--quiet"], check=True)
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
