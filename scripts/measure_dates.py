"""Share of dev articles whose publication date is found, and share right (issue #12).

Usage: .venv/bin/python scripts/measure_dates.py ../shared/eval/dev
Right: within 2 days of the date in the gold URL, or 0-7 days after a gold meeting date.
"""

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

from kewaspadaan_cli.ingest import published as P
from kewaspadaan_cli.ingest.clean import clean_text

dev = Path(sys.argv[1])
gold = {g["file"]: g for g in map(json.loads, (dev / "gold.jsonl").open())}
n = found = 0
src = Counter()
checked = right = 0
wrong = []
undated = []
for f in sorted((dev / "articles").iterdir()):
    raw = f.read_text(encoding="utf-8")
    c = clean_text(raw)
    w = P.resolve(
        field=None, field_kind="field", dateline=c.published, title=c.title, text=c.text, source=str(f), url=None
    )
    n += 1
    g = gold.get(f.name, {})
    if w.value:
        found += 1
        src[w.source] += 1
    else:
        undated.append(f.name)
    truth = P.from_url(g.get("url"))
    mdates = [date.fromisoformat(m["date"]) for m in g.get("meetings", []) if m.get("date")]
    if w.value and (truth or mdates):
        checked += 1
        ok = (truth and abs((w.value - truth).days) <= 2) or any(0 <= (w.value - d).days <= 7 for d in mdates)
        right += bool(ok)
        if not ok:
            wrong.append((f.name, w.value, w.source, truth, mdates))
print(f"articles {n}; dated {found} ({found / n:.0%}); by source {dict(src)}")
print(f"checkable (gold URL date or gold meeting date) {checked}; right {right} ({right / max(checked, 1):.0%})")
for x in wrong:
    print("WRONG", x)
print("UNDATED", " ".join(undated))
